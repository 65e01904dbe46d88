-- Every message seen on the log exchange, valid envelope or not.
CREATE TABLE logged_message (
    id                bigserial   PRIMARY KEY,
    received_at       timestamptz NOT NULL,
    exchange          text        NOT NULL,
    routing_key       text        NOT NULL,
    message_id        text,
    message_type      text,
    message_timestamp timestamptz,
    event_uuid        text,        -- the envelope's event_uuid, else the AMQP message_id
    event_name        text,        -- only for envelopes
    sender            text,        -- the envelope's event_sender_id, else the AMQP app_id
    correlation_id    text,
    reply_to          text,
    errors_count      integer,     -- only for envelopes
    headers           jsonb       NOT NULL,
    body              text        NOT NULL,
    body_base64       boolean     NOT NULL  -- the body was not UTF-8 text, so it is kept in base64
);

-- received_at serves time ranges, newest-first listing and the retention cleanup
CREATE INDEX logged_message_received_at_idx ON logged_message (received_at);
-- text_pattern_ops lets anchored regular expressions (topic patterns) use the index prefix
CREATE INDEX logged_message_routing_key_idx ON logged_message (routing_key text_pattern_ops, received_at);
CREATE INDEX logged_message_sender_idx ON logged_message (sender, received_at);
CREATE INDEX logged_message_event_uuid_idx ON logged_message (event_uuid);
CREATE INDEX logged_message_correlation_id_idx ON logged_message (correlation_id);
