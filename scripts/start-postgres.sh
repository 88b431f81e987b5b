#!/usr/bin/env bash
# Start a PostgreSQL server for the state store's PostgreSQL tests and create their database and role.
#
# Idempotent: installs Debian's `postgresql` when missing, reuses a cluster that is already there (CKAN's
# setup starts PostgreSQL 15 on port 5432), starts it when it is down, and creates the role and database
# `harvester_test` only when they do not exist. Writes $HARVESTER_POSTGRES_ENV (default
# /tmp/hri-harvester-postgres.env) with HARVESTER_TEST_POSTGRES_URL; `set -a; . FILE; set +a` before pytest.
# Needs root (apt-get, and `su postgres` to create the role).
set -euo pipefail

env_file=${HARVESTER_POSTGRES_ENV:-/tmp/hri-harvester-postgres.env}
database=${HARVESTER_TEST_POSTGRES_DB:-harvester_test}
role=${HARVESTER_TEST_POSTGRES_ROLE:-harvester_test}
password=${HARVESTER_TEST_POSTGRES_PASSWORD:-harvester-test-only}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "start-postgres: installing Debian postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  echo "start-postgres: creating cluster $version/main" >&2
  pg_createcluster "$version" main >/dev/null
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != online ]; then
  echo "start-postgres: starting cluster $version/$name" >&2
  pg_ctlcluster "$version" "$name" start
fi
for _ in $(seq 1 50); do
  su postgres -c "psql -p $port -Atqc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 0.2
done

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -Atq $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != 1 ]; then
  psql_admin "-c \"CREATE ROLE $role LOGIN PASSWORD '$password'\"" >/dev/null
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$database'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $database OWNER $role\"" >/dev/null
fi

url="postgresql://$role:$password@127.0.0.1:$port/$database"
umask 077
printf 'HARVESTER_TEST_POSTGRES_URL=%s\n' "$url" >"$env_file"
echo "start-postgres: PostgreSQL $version on port $port, database $database; wrote $env_file" >&2
echo "HARVESTER_TEST_POSTGRES_URL=$url"
