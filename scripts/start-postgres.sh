#!/usr/bin/env bash
# Installs (when missing) and starts a PostgreSQL server on loopback for the database tests, creates the test role
# and database, and prints the connection string to export as I2S_TEST_POSTGRES. Idempotent.
# Usage: eval "$(scripts/start-postgres.sh)"
set -euo pipefail

port="${I2S_TEST_POSTGRES_PORT:-5432}"
role="i2s_test"
database="i2s_test"
# A throwaway password for a loopback-only test server; never a real credential.
password="${I2S_TEST_POSTGRES_PASSWORD:-i2s-test-only}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

read -r version cluster _ < <(pg_lsclusters -h | head -n 1)
if ! pg_lsclusters -h | head -n 1 | grep -q online; then
    as_root pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 30); do
    if as_root su postgres -c "psql -p $port -qtAc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done

as_root su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtA" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password' CREATEDB;
  ELSE
    ALTER ROLE $role LOGIN PASSWORD '$password' CREATEDB;
  END IF;
END \$\$;
SQL
if ! as_root su postgres -c "psql -p $port -qtAc \"select 1 from pg_database where datname = '$database'\"" | grep -q 1; then
    as_root su postgres -c "createdb -p $port -O $role $database" >&2
fi

echo "export I2S_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database'"
