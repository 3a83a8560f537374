-- The pass-signing private key is kept only sealed with the key-encryption key (AES-256-GCM, PassKeyCipher). A key
-- stored in plaintext by an earlier version is sealed at the next start and its plaintext column cleared.
alter table pass_signing_key add column sealed_private_key bytea;
-- when another key took over signing; a retired key stays published while a pass it signed is still valid
alter table pass_signing_key add column retired_at timestamptz;
create index pass_key_id on pass (key_id, valid_until);
