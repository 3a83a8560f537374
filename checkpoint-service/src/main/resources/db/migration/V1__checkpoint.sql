-- Road traffic checkpoints (公路交通管控): the service's own tables. The kit's tables come from db/kit.

create table checkpoint (
    id                  uuid          primary key,
    code                varchar(40)   not null unique,
    name                varchar(120)  not null,
    kind                varchar(30)   not null,
    road                varchar(60),
    km_marker           numeric(8, 3) check (km_marker >= 0),
    latitude            numeric(9, 6) check (latitude between -90 and 90),
    longitude           numeric(9, 6) check (longitude between -180 and 180),
    division_code       varchar(12)   not null check (division_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    agencies            varchar(100)  not null,
    state               varchar(20)   not null,
    green_lane          boolean       not null default false,
    designated_hospital varchar(120),
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index checkpoint_division on checkpoint (division_code);

-- Requests to close or interrupt a road section; in effect only when approved and a detour is published.
create table road_closure (
    id                     uuid          primary key,
    road                   varchar(60)   not null,
    road_class             varchar(30)   not null,
    section_from           varchar(120)  not null,
    section_to             varchar(120)  not null,
    reason                 varchar(500)  not null,
    method                 varchar(30)   not null,
    period_start           timestamptz   not null,
    period_end             timestamptz,
    requesting_body        varchar(120)  not null,
    requested_by           varchar(120)  not null,
    state                  varchar(20)   not null,
    decided_by             varchar(120),
    decided_at             timestamptz,
    decision_note          varchar(500),
    detour_route           varchar(1000),
    detour_announcing_body varchar(120),
    detour_published_at    timestamptz,
    effective_at           timestamptz,
    lifted_at              timestamptz,
    lifted_by              varchar(120),
    lift_reason            varchar(500),
    created_at             timestamptz   not null,
    version                bigint        not null default 0,
    check (period_end is null or period_end > period_start)
);
create index road_closure_state on road_closure (state);

-- The signing keys of pass codes (Ed25519). The private key never leaves this table (or the configured file).
create table pass_signing_key (
    key_id      varchar(40)  primary key,
    algorithm   varchar(20)  not null,
    public_key  bytea        not null,
    private_key bytea,
    active      boolean      not null,
    created_at  timestamptz  not null
);
create unique index pass_signing_key_one_active on pass_signing_key (active) where active;

create table pass (
    id               uuid          primary key,
    type             varchar(30)   not null,
    plate            varchar(12)   not null,
    issuing_body     varchar(120)  not null,
    issued_by        varchar(120)  not null,
    driver_name      varchar(60)   not null,
    driver_id_card   varchar(18),
    driver_phone     varchar(20),
    matter           varchar(300),
    cargo            varchar(300),
    enterprise       varchar(200),
    goods            varchar(300),
    origin           varchar(200),
    route            varchar(500),
    destination      varchar(200),
    departure_date   date,
    valid_from       timestamptz   not null,
    valid_until      timestamptz   not null,
    holders          integer       not null check (holders between 1 and 60),
    green_lane       boolean       not null,
    state            varchar(20)   not null,
    voided_at        timestamptz,
    void_reason      varchar(300),
    arrival_checkpoint_id uuid,
    code             varchar(800)  not null,
    key_id           varchar(40)   not null references pass_signing_key (key_id),
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    check (valid_until > valid_from),
    check ((state = 'ACTIVE') = (voided_at is null))
);
create index pass_plate on pass (plate, type, state);
create index pass_voided on pass (voided_at) where voided_at is not null;
create index pass_issuing_body on pass (issuing_body);

create table pass_passenger (
    pass_id        uuid        not null references pass (id) on delete cascade,
    seq            integer     not null,
    name           varchar(60) not null,
    id_card_number varchar(18),
    phone          varchar(20),
    primary key (pass_id, seq)
);

-- Every issue filed with the city transport bureau, one record per pass, by issuing body.
create table pass_filing (
    id           uuid          primary key,
    pass_id      uuid          not null unique references pass (id),
    pass_type    varchar(30)   not null,
    issuing_body varchar(120)  not null,
    filed_with   varchar(120)  not null,
    filed_at     timestamptz   not null
);
create index pass_filing_body on pass_filing (issuing_body, filed_at);

-- The hot write path: one row per vehicle checked (occupants inline), referrals for fevers.
create table inspection (
    id             uuid          primary key,
    checkpoint_id  uuid          not null references checkpoint (id),
    inspected_at   timestamptz   not null,
    day            date          not null,
    plate          varchar(12)   not null,
    vehicle_kind   varchar(20)   not null,
    origin         varchar(200),
    destination    varchar(200),
    pass_id        uuid,
    pass_result    varchar(30),
    occupant_count integer       not null check (occupant_count between 1 and 80),
    fever_count    integer       not null,
    occupants      jsonb         not null,
    outcome        varchar(20)   not null,
    note           varchar(300),
    inspector      varchar(120)  not null
);
create index inspection_checkpoint_day on inspection (checkpoint_id, day);
create index inspection_plate on inspection (plate);

create table referral (
    id                  uuid          primary key,
    inspection_id       uuid          not null references inspection (id),
    checkpoint_id       uuid          not null references checkpoint (id),
    person_name         varchar(60),
    id_card_number      varchar(18),
    phone               varchar(20),
    temperature         numeric(3, 1) not null,
    hospital            varchar(120)  not null,
    state               varchar(20)   not null,
    detected_at         timestamptz   not null,
    transfer_started_at timestamptz,
    transferred_by      varchar(120),
    handed_over_at      timestamptz,
    received_by         varchar(120),
    created_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index referral_checkpoint on referral (checkpoint_id, detected_at);
create index referral_inspection on referral (inspection_id);

-- Read model fed by personnel-service: who is on duty at which checkpoint (one row per active deployment).
create table staffing (
    deployment_id  uuid          primary key,
    checkpoint_id  uuid          not null,
    person_id      uuid          not null,
    person_name    varchar(60),
    work_group     varchar(120),
    duties         varchar(400),
    on_duty_since  timestamptz,
    updated_at     timestamptz   not null
);
create index staffing_checkpoint on staffing (checkpoint_id);
