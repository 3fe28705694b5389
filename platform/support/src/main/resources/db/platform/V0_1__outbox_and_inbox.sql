-- Shared by every service, created in the service's own schema.

-- Transactional outbox: written in the same transaction as the change it describes, relayed to Kafka.
CREATE TABLE outbox_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       uuid        NOT NULL UNIQUE,
    topic          text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    event_type     text        NOT NULL,
    payload        bytea       NOT NULL,
    occurred_at    timestamptz NOT NULL,
    published_at   timestamptz
);
-- The relay reads only what is waiting, oldest first.
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;

-- Idempotent consumers: one row per (consumer, CloudEvents id), written with the consumer's own effect.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    event_type   text,
    outcome      text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
