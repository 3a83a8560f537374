#!/usr/bin/env bash
# Generates the token key pair for a docker-compose deployment into deploy/keys/ (the private key stays there:
# it belongs to whatever issues the tokens, later the gateway; the services get only the public key).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p keys
if [ ! -f keys/token-private.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/token-private.pem
  openssl pkey -in keys/token-private.pem -pubout -out keys/token-public.pem
fi
echo "keys in $(pwd)/keys"
