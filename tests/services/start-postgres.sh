#!/usr/bin/env bash
# Starts Debian's PostgreSQL (installed by tests/run.sh) and makes sure the role the tests log in
# with exists. Tests create and drop their own databases with it.
# Prints nothing on success; the connection string the tests use is in RC_TEST_POSTGRES
# (default: Host=127.0.0.1;Port=5432;Username=responsecentre;Password=responsecentre).
set -euo pipefail

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres bash -c "$*"; fi; }

version=$(pg_lsclusters --no-header | awk 'NR==1 { print $1 }')
cluster=$(pg_lsclusters --no-header | awk 'NR==1 { print $2 }')
if [ -z "$version" ]; then
  echo "No PostgreSQL cluster found (pg_lsclusters is empty)" >&2
  exit 1
fi

if ! pg_lsclusters --no-header | awk 'NR==1 { print $4 }' | grep -q online; then
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" "$cluster" start; else sudo pg_ctlcluster "$version" "$cluster" start; fi
fi

# Test clusters run side by side (several silos, each with a connection pool): more than the
# default 100 connections. The setting takes effect on restart.
if [ "$(as_postgres "psql -Atq -d postgres -c 'SHOW max_connections'")" -lt 300 ]; then
  as_postgres "psql -q -d postgres -c 'ALTER SYSTEM SET max_connections = 300'" >/dev/null
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" "$cluster" restart; else sudo pg_ctlcluster "$version" "$cluster" restart; fi
fi

as_postgres "psql -v ON_ERROR_STOP=1 -q -d postgres" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'responsecentre') THEN
    CREATE ROLE responsecentre LOGIN CREATEDB PASSWORD 'responsecentre';
  END IF;
END
$$;
-- Tests drop their databases WITH (FORCE); an autovacuum worker on one belongs to the superuser,
-- and only pg_signal_backend lets the test role end it.
GRANT pg_signal_backend TO responsecentre;
SQL
