-- a rejected plan names who rejected it in its own column; approved_by is for approvals only
alter table allocation_plan add column rejected_by varchar(200);
update allocation_plan set rejected_by = approved_by, approved_by = null where state = 'REJECTED';
