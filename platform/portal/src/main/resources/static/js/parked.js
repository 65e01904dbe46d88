// Says what a replay or discard did, or why it failed, in the page's outcome line.
document.addEventListener('htmx:afterRequest', function (event) {
  const outcome = document.getElementById('outcome');
  if (!outcome) return;
  const xhr = event.detail.xhr;
  let text;
  try {
    const body = JSON.parse(xhr.responseText);
    text = event.detail.successful
      ? 'Message ' + body.id + ' ' + body.outcome + (body.queue ? ' into ' + body.queue : '') + '.'
      : (body.detail || body.title || ('HTTP ' + xhr.status));
  } catch (notJson) {
    text = event.detail.successful ? 'Done.' : 'HTTP ' + xhr.status;
  }
  outcome.textContent = text;
  outcome.className = 'alert' + (event.detail.successful ? '' : ' error');
});
