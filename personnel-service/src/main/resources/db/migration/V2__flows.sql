-- Flow 3: an observation opened from a checkpoint's fever referral keeps the referral's id (one observation per
-- referral, however often the event arrives) and the officers deployed in the division it was assigned to.
alter table key_person add column referral_id uuid;
create unique index key_person_referral on key_person (referral_id) where referral_id is not null;

create table key_person_assignment (
    key_person_id uuid        not null references key_person (id),
    deployment_id uuid        not null,
    person_id     uuid        not null,
    assigned_at   timestamptz not null,
    primary key (key_person_id, deployment_id)
);
