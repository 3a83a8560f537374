-- Flow 1: checkpoint-service may refuse the automatic green-lane pass of a dispatch; the reason is kept with it.
alter table dispatch add column pass_refusal varchar(600);
