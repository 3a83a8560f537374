-- A dispatch's reservations are read by dispatch_id on every view of it (each change answers and publishes the view)
-- and on departure: without an index that was a scan of every reservation ever made.
create index reservation_dispatch on reservation (dispatch_id) where dispatch_id is not null;
