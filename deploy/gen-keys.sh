#!/usr/bin/env bash
# Generates the keys of a docker-compose deployment into deploy/keys/: the token key pair (the private key is the
# gateway's; the services get only the public key) and checkpoint-service's pass key-encryption key (the compose
# secret pass_kek: 32 random bytes, base64; it seals the pass-signing keys in the database, so keep a copy: without
# it checkpoint-service does not start, and a new one does not open the stored keys).
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
# the secret is bind-mounted as is: readable by the container's user (185); the directory keeps others out on the host
chmod 700 keys
chmod 644 keys/pass-kek
echo "keys in $(pwd)/keys"
