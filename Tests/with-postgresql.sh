#!/usr/bin/env bash
# Runs a command (the test suite) beside a throw-away PostgreSQL server: Debian's postgresql, in a
# temporary folder, on a free loopback port, stopped and removed on exit even when the command fails.
# The command finds the server in LDM_TEST_POSTGRES_URL. Its temporary files (the tests' campaigns
# and documents) go to a folder of their own, TMPDIR, removed on exit too: a run leaves nothing behind.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
folder=$(mktemp -d)
scratch=$(mktemp -d)
chown postgres "$folder"
stop() {
  runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder" "$scratch"
}
trap stop EXIT
export TMPDIR=$scratch
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$bin/initdb" -D "$folder/data" -A trust -U ldm >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log"; exit 1; }
runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -l "$folder/log" -w \
  -o "-p $port -k $folder -c listen_addresses=127.0.0.1" start >/dev/null \
  || { cat "$folder/log"; exit 1; }
export LDM_TEST_POSTGRES_URL="postgres://ldm@127.0.0.1:$port/postgres?sslmode=disable"
echo "PostgreSQL de test sur 127.0.0.1:$port"
"$@"
