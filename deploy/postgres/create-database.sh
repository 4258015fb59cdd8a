#!/usr/bin/env bash
# Creates a PostgreSQL database for a ResponseCentre cluster (if it does not exist yet) and
# applies the Orleans schema in this folder to it.
#
#   deploy/postgres/create-database.sh <database-name>
#
# Connects over TCP as PGUSER (a role with CREATEDB), from the usual libpq variables:
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=responsecentre PGPASSWORD=responsecentre (the defaults).
# The new database is owned by PGUSER.
#
# Idempotent: running it again on an existing database leaves the data alone, creates whatever
# table or index is missing, and brings the functions and the stored query texts up to date.
# The schema files are applied in one transaction: a failure leaves the database as it was.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 <database-name>" >&2
  exit 2
fi
database=$1
here=$(cd "$(dirname "$0")" && pwd)

export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-responsecentre}
export PGPASSWORD=${PGPASSWORD:-responsecentre}
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}

# CREATE DATABASE cannot run inside a function or transaction, so psql builds the statement
# (quoting the name with %I) and runs it with \gexec only when the database is absent.
psql -X -q -v ON_ERROR_STOP=1 -d postgres -v database="$database" <<'SQL'
SELECT format('CREATE DATABASE %I', :'database')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database')
\gexec
SQL

psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "$database" \
  -c 'SET client_min_messages = warning' \
  -f "$here/orleans-main.sql" \
  -f "$here/orleans-clustering.sql" \
  -f "$here/orleans-persistence.sql" \
  -f "$here/orleans-reminders.sql" \
  >/dev/null
