-- The CloudEvents dataschema of each event: its payload schema's name and version (kit EventType.dataschema).
alter table outbox_event add column dataschema varchar(300);
