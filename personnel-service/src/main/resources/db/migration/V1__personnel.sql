-- Personnel deployment (下沉基层): the service's own tables. The kit's tables come from db/kit.

-- Administrative divisions, keyed by the national division code (GB/T 2260 style: 6, 9 or 12 digits).
create table division (
    code        varchar(12)  primary key check (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    parent_code varchar(12)  references division (code),
    households  integer      check (households >= 0),
    version     bigint       not null default 0
);
create index division_parent on division (parent_code);

-- Units people are sent from (政法委, 公安, 检察院, 法院, 司法局, 综合行政执法局 ...).
create table source_unit (
    id            uuid         primary key,
    name          varchar(120) not null unique,
    kind          varchar(40)  not null,
    division_code varchar(12)  references division (code),
    version       bigint       not null default 0
);

create table person (
    id             uuid         primary key,
    name           varchar(60)  not null,
    category       varchar(40)  not null,
    unit_id        uuid         references source_unit (id),
    party_member   boolean      not null default false,
    id_card_number varchar(18)  unique,
    phone          varchar(20),
    created_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index person_unit on person (unit_id);
create index person_category on person (category);

create table deployment_plan (
    id                uuid         primary key,
    name              varchar(200) not null,
    issuing_authority varchar(200) not null,
    division_code     varchar(12)  not null references division (code),
    target            integer      not null check (target > 0),
    period_start      date         not null,
    period_end        date,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (period_end is null or period_end >= period_start)
);

create table plan_quota (
    plan_id uuid    not null references deployment_plan (id) on delete cascade,
    unit_id uuid    not null references source_unit (id),
    quota   integer not null check (quota >= 0),
    primary key (plan_id, unit_id)
);

create table deployment (
    id               uuid         primary key,
    person_id        uuid         not null references person (id),
    plan_id          uuid         references deployment_plan (id),
    destination_type varchar(20)  not null,
    division_code    varchar(12)  references division (code),
    checkpoint_id    uuid,
    work_group       varchar(120),
    duties           varchar(400) not null,
    state            varchar(20)  not null,
    planned_start    date,
    activated_at     timestamptz,
    relieved_at      timestamptz,
    cancelled_at     timestamptz,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    check ((destination_type = 'DIVISION' and division_code is not null)
        or (destination_type = 'CHECKPOINT' and checkpoint_id is not null))
);
-- the rule "at most one active deployment per person" is the database's, so concurrent activations cannot break it
create unique index deployment_one_active_per_person on deployment (person_id) where state = 'ACTIVE';
create index deployment_plan_state on deployment (plan_id, state);
create index deployment_division on deployment (division_code);
create index deployment_checkpoint on deployment (checkpoint_id);
create index deployment_person on deployment (person_id);

create table team (
    id            uuid         primary key,
    name          varchar(120) not null,
    kind          varchar(40)  not null,
    division_code varchar(12)  references division (code),
    leader_id     uuid         references person (id),
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table team_member (
    team_id   uuid        not null references team (id) on delete cascade,
    person_id uuid        not null references person (id),
    role      varchar(60),
    joined_at timestamptz not null,
    primary key (team_id, person_id)
);

create table duty_post (
    id            uuid         primary key,
    name          varchar(120) not null,
    kind          varchar(40)  not null,
    division_code varchar(12)  references division (code),
    location      varchar(200),
    version       bigint       not null default 0
);

create table shift (
    id        uuid        primary key,
    post_id   uuid        not null references duty_post (id),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    team_id   uuid        references team (id),
    person_id uuid        references person (id),
    check (ends_at > starts_at),
    check (team_id is not null or person_id is not null)
);
create index shift_post_time on shift (post_id, starts_at);

create table screening_visit (
    id            uuid         primary key,
    division_code varchar(12)  not null references division (code),
    household     varchar(120) not null,
    visited_at    timestamptz  not null,
    worker_id     uuid         references person (id),
    residents     integer      not null check (residents >= 0),
    outcome       varchar(30)  not null,
    notes         varchar(500),
    created_at    timestamptz  not null
);
create index screening_visit_division on screening_visit (division_code);

create table key_person (
    id                uuid         primary key,
    name              varchar(60)  not null,
    id_card_number    varchar(18),
    phone             varchar(20),
    category          varchar(30)  not null,
    came_from         varchar(120),
    arrived_on        date         not null,
    division_code     varchar(12)  not null references division (code),
    address           varchar(200),
    observation_start date         not null,
    observation_days  integer      not null check (observation_days between 1 and 60),
    state             varchar(20)  not null,
    ended_at          timestamptz,
    end_reason        varchar(300),
    hospital          varchar(200),
    source_reference  varchar(200),
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);
create index key_person_division on key_person (division_code);
create index key_person_state on key_person (state);

create table observation_change (
    id            bigserial    primary key,
    key_person_id uuid         not null references key_person (id),
    changed_at    timestamptz  not null,
    changed_by    varchar(200) not null,
    old_days      integer      not null,
    new_days      integer      not null,
    reason        varchar(300) not null
);

create table follow_up (
    id            uuid         primary key,
    key_person_id uuid         not null references key_person (id),
    day           date         not null,
    temperature   numeric(3,1) not null check (temperature between 30.0 and 45.0),
    symptoms      varchar(300) not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null,
    unique (key_person_id, day)
);
