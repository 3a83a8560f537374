-- The shared kit's tables, the same in every service's database (location db/kit, own history kit_schema_history).

-- Transactional outbox: a row per event, inserted in the transaction of the change it reports.
create table outbox_event (
    seq            bigserial    primary key,           -- commit order within this database
    id             uuid         not null unique,       -- CloudEvents id (ce_id): the consumers' dedupe key
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(64)  not null,              -- Kafka key: order holds per aggregate
    type           varchar(160) not null,              -- CloudEvents type, e.g. cn.gov.epidemic.personnel.deployment.activated
    topic          varchar(120) not null,
    payload        jsonb        not null,
    request_id     varchar(128),
    actor          varchar(200),
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
-- the relay's query: oldest unpublished first
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumers: one row per consumed event id, inserted in the consumer's transaction.
create table processed_event (
    consumer     varchar(120) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key: the first response to a creating POST, replayed to a retry with the same key and body.
create table idempotency_key (
    caller        varchar(200) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        int,
    location      varchar(1000),
    etag          varchar(100),
    response_body text,
    created_at    timestamptz  not null default now(),
    primary key (caller, key)
);
create index idempotency_key_created on idempotency_key (created_at);

-- Audit trail: every write and every read of unmasked personal data.
create table audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       varchar(200) not null,
    action      varchar(60)  not null,
    target_type varchar(64)  not null,
    target_id   varchar(64),
    request_id  varchar(128),
    detail      varchar(500)
);
create index audit_log_target on audit_log (target_type, target_id);
