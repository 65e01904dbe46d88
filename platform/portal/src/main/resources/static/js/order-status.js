// Keeps an order page current: each status the order service reports arrives as a Server-Sent Event through the
// portal; once the order has ended, the page's lines and totals are fetched once more and swapped in place.
(function () {
  const page = document.getElementById('order-page');
  if (!page) return;
  // tells a reader (and the browser tests) that the page shows the order's final state
  const settle = () => { document.body.dataset.settled = 'true'; };
  if (page.dataset.finished === 'true') return settle();
  const finals = ['CONFIRMED', 'CANCELLED', 'EXPIRED', 'REJECTED'];
  const source = new EventSource(page.dataset.events);

  function show(change) {
    const badge = document.getElementById('status');
    badge.textContent = change.status;
    badge.className = 'badge status-' + change.status;
    const timeline = document.getElementById('timeline');
    if (!timeline.querySelector('[data-status="' + change.status + '"]')) {
      const item = document.createElement('li');
      item.dataset.status = change.status;
      item.innerHTML = '<span class="badge status-' + change.status + '"></span> <time></time> <span class="muted"></span>';
      item.querySelector('.badge').textContent = change.status;
      item.querySelector('time').textContent = change.at;
      item.querySelector('.muted').textContent = change.reason || '';
      timeline.appendChild(item);
    }
  }

  function refresh() {
    fetch(window.location.href, {headers: {'Accept': 'text/html'}})
      .then(response => response.text())
      .then(html => {
        const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('order-page');
        if (fresh) page.replaceWith(fresh);
        settle();
      });
  }

  source.addEventListener('status', event => {
    const change = JSON.parse(event.data);
    show(change);
    if (finals.includes(change.status)) {
      source.close();
      refresh();
    }
  });
})();
