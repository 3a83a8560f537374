-- Imported medical supplies (境外采购紧缺医疗物资): the service's own tables. The kit's tables come from db/kit.
-- Quantities are whole units (integer); money is numeric(16,2).

-- Catalogue ------------------------------------------------------------------------------------------------------
create table item (
    id              uuid         primary key,
    code            varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
    name            varchar(120) not null,
    category        varchar(30)  not null,
    unit_of_measure varchar(20)  not null,
    standard        varchar(120) not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table supplier (
    id         uuid         primary key,
    name       varchar(200) not null unique,
    country    varchar(2)     not null check (country ~ '^[A-Z]{2}$'),   -- ISO 3166-1 alpha-2
    city       varchar(100),
    created_at timestamptz  not null,
    version    bigint       not null default 0
);

create table warehouse (
    id            uuid         primary key,
    code          varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
    name          varchar(120) not null,
    division_code varchar(12)  not null check (division_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

-- who asks for supplies or receives them: banners/counties/districts, hospitals, organisations (a Red Cross society)
create table recipient (
    id            uuid         primary key,
    name          varchar(200) not null unique,
    kind          varchar(20)  not null check (kind in ('DIVISION', 'HOSPITAL', 'ORGANISATION')),
    division_code varchar(12)  check (division_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

-- Procurement and inbound shipments ------------------------------------------------------------------------------
create table procurement_order (
    id          uuid         primary key,
    supplier_id uuid         not null references supplier (id),
    reference   varchar(60)  not null unique,
    ordered_on  date         not null,
    currency    varchar(3)   not null check (currency ~ '^[A-Z]{3}$'),
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table order_line (
    id         uuid          primary key,
    order_id   uuid          not null references procurement_order (id),
    line_no    integer       not null check (line_no > 0),
    item_id    uuid          not null references item (id),
    quantity   integer       not null check (quantity > 0),
    unit_price numeric(16,2) check (unit_price >= 0),
    unique (order_id, line_no)
);

create table shipment (
    id               uuid         primary key,
    order_id         uuid         references procurement_order (id),
    supplier_id      uuid         not null references supplier (id),
    reference        varchar(60)  not null unique,
    origin           varchar(100) not null,
    port_of_entry    varchar(100) not null,
    warehouse_id     uuid         not null references warehouse (id),
    carrier          varchar(120),
    planned_arrival  date,
    state            varchar(20)  not null check (state in ('PLANNED', 'DISPATCHED', 'AT_PORT', 'CUSTOMS_CLEARED', 'HELD', 'ARRIVED', 'RECEIVED')),
    state_changed_at timestamptz  not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index shipment_state on shipment (state);

create table shipment_line (
    id                 uuid         primary key,
    shipment_id        uuid         not null references shipment (id),
    line_no            integer      not null check (line_no > 0),
    item_id            uuid         not null references item (id),
    quantity           integer      not null check (quantity > 0),
    lot_number         varchar(60),
    expiry             date,
    received_quantity  integer      check (received_quantity >= 0),
    discrepancy_reason varchar(20)  check (discrepancy_reason in ('DAMAGED', 'SHORT', 'EXCESS')),
    discrepancy_note   varchar(500),
    lot_id             uuid,
    unique (shipment_id, line_no),
    check ((received_quantity is null or received_quantity = quantity) = (discrepancy_reason is null))
);
create index shipment_line_item on shipment_line (item_id);

-- every state change of a shipment, with its time (append-only)
create table shipment_transition (
    id          uuid         primary key,
    shipment_id uuid         not null references shipment (id),
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null,
    actor       varchar(200) not null,
    note        varchar(500)
);
create index shipment_transition_shipment on shipment_transition (shipment_id, occurred_at);

-- Lots and stock ---------------------------------------------------------------------------------------------------
create table lot (
    id                    uuid         primary key,
    item_id               uuid         not null references item (id),
    lot_number            varchar(60)  not null,
    expiry                date,
    state                 varchar(20)  not null check (state in ('QUARANTINED', 'RELEASED', 'HELD')),
    shipment_id           uuid         references shipment (id),
    donation_id           uuid,
    directed_recipient_id uuid         references recipient (id),
    checked_standard      varchar(120),
    certificate_reference varchar(120),
    state_reason          varchar(500),
    released_at           timestamptz,
    released_by           varchar(200),
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    unique (item_id, lot_number)
);

-- the balance per warehouse and lot: maintained in the same transaction as every ledger row, by conditional updates;
-- on_hand = available + reserved + quarantined/held; none of them can go negative
create table stock_balance (
    warehouse_id uuid    not null references warehouse (id),
    lot_id       uuid    not null references lot (id),
    item_id      uuid    not null references item (id),
    on_hand      integer not null default 0 check (on_hand >= 0),
    available    integer not null default 0 check (available >= 0),
    reserved     integer not null default 0 check (reserved >= 0),
    primary key (warehouse_id, lot_id),
    check (available + reserved <= on_hand)
);
create index stock_balance_item on stock_balance (item_id, warehouse_id);

-- the append-only ledger: balances are its sums (GET /stock/reconciliation shows it)
create table stock_movement (
    seq             bigserial    primary key,
    id              uuid         not null unique,
    kind            varchar(30)  not null check (kind in ('RECEIPT', 'RELEASE', 'HOLD', 'RESERVATION', 'RESERVATION_CANCELLED',
                                                         'DISPATCH', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT', 'DONATION_RECEIPT')),
    warehouse_id    uuid         not null references warehouse (id),
    item_id         uuid         not null references item (id),
    lot_id          uuid         not null references lot (id),
    on_hand_delta   integer      not null,
    available_delta integer      not null,
    reserved_delta  integer      not null,
    reason          varchar(30),
    note            varchar(500),
    reference_type  varchar(30),
    reference_id    uuid,
    recipient_id    uuid,
    occurred_at     timestamptz  not null,
    actor           varchar(200) not null
);
create index stock_movement_balance on stock_movement (warehouse_id, lot_id);
create index stock_movement_reference on stock_movement (reference_id);

create function stock_movement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movement is append-only';
end $$;
create trigger stock_movement_no_update before update or delete on stock_movement
    for each row execute function stock_movement_append_only();

-- Requests, allocation, reservations -------------------------------------------------------------------------------
create table supply_request (
    id           uuid         primary key,
    recipient_id uuid         not null references recipient (id),
    item_id      uuid         not null references item (id),
    quantity     integer      not null check (quantity > 0),
    allocated    integer      not null default 0 check (allocated >= 0),
    priority     varchar(30)  not null,
    needed_by    date,
    note         varchar(500),
    state        varchar(20)  not null check (state in ('OPEN', 'PARTIALLY_ALLOCATED', 'ALLOCATED', 'CANCELLED')),
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    check (allocated <= quantity)
);
create index supply_request_item_state on supply_request (item_id, state);

create table allocation_plan (
    id           uuid         primary key,
    item_id      uuid         not null references item (id),
    warehouse_id uuid         not null references warehouse (id),
    quantity     integer      not null check (quantity >= 0),
    available    integer      not null check (available >= 0),
    rule         varchar(1000) not null,
    state        varchar(20)  not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by  varchar(200) not null,
    approved_by  varchar(200),
    decided_at   timestamptz,
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);

create table allocation_line (
    id           uuid         primary key,
    plan_id      uuid         not null references allocation_plan (id),
    line_no      integer      not null,
    request_id   uuid         not null references supply_request (id),
    recipient_id uuid         not null references recipient (id),
    priority     varchar(30)  not null,
    outstanding  integer      not null check (outstanding >= 0),
    quantity     integer      not null check (quantity >= 0),
    reason       varchar(500) not null,
    reservation_id uuid,
    unique (plan_id, line_no),
    check (quantity <= outstanding)
);

create table reservation (
    id             uuid         primary key,
    recipient_id   uuid         not null references recipient (id),
    item_id        uuid         not null references item (id),
    warehouse_id   uuid         not null references warehouse (id),
    quantity       integer      not null check (quantity > 0),
    request_id     uuid         references supply_request (id),
    plan_id        uuid         references allocation_plan (id),
    dispatch_id    uuid,
    state          varchar(20)  not null check (state in ('ACTIVE', 'DISPATCHED', 'CANCELLED')),
    created_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index reservation_recipient on reservation (recipient_id, item_id);

create table reservation_lot (
    id             uuid    primary key,
    reservation_id uuid    not null references reservation (id),
    lot_id         uuid    not null references lot (id),
    quantity       integer not null check (quantity > 0)
);
create index reservation_lot_reservation on reservation_lot (reservation_id);

-- Dispatches -------------------------------------------------------------------------------------------------------
create table dispatch (
    id               uuid         primary key,
    recipient_id     uuid         not null references recipient (id),
    warehouse_id     uuid         not null references warehouse (id),
    vehicle_plate    varchar(12)  not null,
    driver_name      varchar(60)  not null,
    route            varchar(300) not null,
    expected_arrival timestamptz  not null,
    pass_id          uuid,
    pass_code        varchar(512),
    pass_recorded_at timestamptz,
    state            varchar(20)  not null check (state in ('PLANNED', 'DEPARTED', 'DELIVERED', 'CANCELLED')),
    departed_at      timestamptz,
    delivered_at     timestamptz,
    received_by      varchar(60),
    cancelled_at     timestamptz,
    cancel_reason    varchar(500),
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
alter table reservation add foreign key (dispatch_id) references dispatch (id);

-- Donations ----------------------------------------------------------------------------------------------------------
create table donation (
    id                    uuid          primary key,
    donor                 varchar(200)  not null,
    kind                  varchar(10)   not null check (kind in ('MONEY', 'GOODS')),
    received_on           date          not null,
    received_by           varchar(200)  not null,
    division_code         varchar(12)   check (division_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    amount                numeric(16,2) check (amount > 0),
    currency              varchar(3),
    directed              boolean       not null,
    directed_recipient_id uuid          references recipient (id),
    purpose               varchar(500),
    created_at            timestamptz   not null,
    version               bigint        not null default 0,
    check (directed = (directed_recipient_id is not null)),
    check ((kind = 'MONEY') = (amount is not null and currency is not null) or kind = 'GOODS')
);
create index donation_division on donation (division_code);
alter table lot add foreign key (donation_id) references donation (id);

create table donation_line (
    id           uuid        primary key,
    donation_id  uuid        not null references donation (id),
    line_no      integer     not null,
    item_id      uuid        not null references item (id),
    warehouse_id uuid        not null references warehouse (id),
    quantity     integer     not null check (quantity > 0),
    lot_id       uuid        not null references lot (id),
    unique (donation_id, line_no)
);

create table donation_forwarding (
    id           uuid          primary key,
    donation_id  uuid          not null references donation (id),
    recipient_id uuid          not null references recipient (id),
    amount       numeric(16,2) not null check (amount > 0),
    forwarded_on date          not null,
    reference    varchar(120),
    created_at   timestamptz   not null
);
create index donation_forwarding_donation on donation_forwarding (donation_id);

-- Consumption (for days of cover) -----------------------------------------------------------------------------------
create table consumption_record (
    id           uuid        primary key,
    warehouse_id uuid        not null references warehouse (id),
    item_id      uuid        not null references item (id),
    day          date        not null,
    quantity     integer     not null check (quantity >= 0),
    created_at   timestamptz not null,
    unique (warehouse_id, item_id, day)
);
