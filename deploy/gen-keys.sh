#!/usr/bin/env bash
# Generates the keys of a docker-compose deployment into deploy/keys/: the token key pair (the private key is the
# gateway's; the services get only the public key) and checkpoint-service's pass key-encryption key (the compose
# secret pass_kek: 32 random bytes, base64; it seals the pass-signing keys in the database, so keep a copy: without
# it checkpoint-service does not start, and a new one does not open the stored keys) and the sealing keys of flow 3 (the
# secret sealing_keys, "k1:" + 32 random bytes in base64, for checkpoint-service and personnel-service only: the
# traveller's phone travels sealed with it in referral.opened; to rotate, put "k2:<new>," in front and keep k1 until
# the topic's retention has passed).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p keys
if [ ! -f keys/token-private.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/token-private.pem
  openssl pkey -in keys/token-private.pem -pubout -out keys/token-public.pem
fi
if [ ! -f keys/pass-kek ]; then
  openssl rand -base64 32 > keys/pass-kek
fi
if [ ! -f keys/sealing-keys ]; then
  echo "k1:$(openssl rand -base64 32)" > keys/sealing-keys
fi
# the secrets are bind-mounted as is: readable by the container's user (185); the directory keeps others out on the host
chmod 700 keys
chmod 644 keys/pass-kek keys/sealing-keys
echo "keys in $(pwd)/keys"
