-- Test only: the effect of the idempotent-consumer probe, counted per event id.
create table probe_effect (
    event_id varchar(200) primary key,
    effects  integer not null
);
