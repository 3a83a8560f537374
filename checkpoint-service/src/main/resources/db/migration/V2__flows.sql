-- Flow 1: a green-lane pass issued for a supplies dispatch carries its id; one pass per dispatch, ever.
alter table pass add column dispatch_id uuid;
create unique index pass_dispatch on pass (dispatch_id) where dispatch_id is not null;

-- Flow 3: where a traveller is heading, as a division code, so that a fever referral reaches that village or community.
alter table inspection add column destination_division_code varchar(12);
alter table referral add column plate varchar(12);
alter table referral add column origin varchar(200);
alter table referral add column destination varchar(200);
alter table referral add column destination_division_code varchar(12);
