#!/usr/bin/env bash
# Start the two real CKANs the CKAN target's live tests and benchmark use, and the test organisation in each.
#
#   plain CKAN 2.11 (core schema)          http://127.0.0.1:5000  home /tmp/ckan-test
#   CKAN with HRI's schema (CKAN_SCHEMA=hri) http://127.0.0.1:5050  home /tmp/ckan-hri
#     and ckanext-dcat 2.4.4 (plugin `dcat`: /dataset/<name>.ttl, tests/targets/ckan/test_ckan_dcat.py)
#
# Idempotent: a rerun only starts what is not running (../shared/ckan/setup-ckan.sh). Writes
# $HARVESTER_CKAN_ENV (default /tmp/hri-harvester-ckan.env) with CKAN_URL, CKAN_API_TOKEN, CKAN_HRI_URL,
# CKAN_HRI_API_TOKEN and CKAN_TEST_ORGANIZATION; `set -a; . FILE; set +a` before pytest runs the live tests.
# The harvester itself never creates organisations; this script does, for tests only.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
setup="${HARVESTER_SHARED:-$repo/../shared}/ckan/setup-ckan.sh"
env_file=${HARVESTER_CKAN_ENV:-/tmp/hri-harvester-ckan.env}
organization=${CKAN_TEST_ORGANIZATION:-hri-harvester-test}

if [[ ! -f "$setup" ]]; then
  echo "start-ckan: $setup not found (the shared/ folder must sit beside the repository)" >&2
  exit 1
fi

bash "$setup" >&2
# An HRI CKAN started before ckanext-dcat was added here keeps running without it: stop-ckan.sh it first.
CKAN_SCHEMA=hri CKAN_HOME=/tmp/ckan-hri CKAN_PORT=5050 SOLR_PORT=8993 \
  CKAN_DB=ckan_hri CKAN_DS_DB=datastore_hri \
  CKAN_EXTRA_PIP="ckanext-dcat==2.4.4" CKAN_PLUGINS="activity datastore dcat" bash "$setup" >&2

value() { sed -n "s/^$1=//p" "$2" | tail -n 1; }
plain_url=$(value CKAN_URL /tmp/ckan-test/ckan.env)
plain_token=$(value CKAN_API_TOKEN /tmp/ckan-test/ckan.env)
hri_url=$(value CKAN_URL /tmp/ckan-hri/ckan.env)
hri_token=$(value CKAN_API_TOKEN /tmp/ckan-hri/ckan.env)
python=$(value CKAN_VENV /tmp/ckan-test/ckan.env)/bin/python

ensure_organization() {
  CKAN_ORG_URL=$1 CKAN_ORG_TOKEN=$2 CKAN_ORG_NAME=$organization "$python" - <<'PY'
import os
import ckanapi

ckan = ckanapi.RemoteCKAN(os.environ["CKAN_ORG_URL"], apikey=os.environ["CKAN_ORG_TOKEN"])
name = os.environ["CKAN_ORG_NAME"]
call = {"requests_kwargs": {"timeout": 30}}
try:
    ckan.call_action("organization_show", {"id": name}, **call)
    print(f"organisation {name} exists in {os.environ['CKAN_ORG_URL']}")
except ckanapi.NotFound:
    ckan.call_action("organization_create", {"name": name, "title": "hri-harvester tests"}, **call)
    print(f"organisation {name} created in {os.environ['CKAN_ORG_URL']}")
PY
}
ensure_organization "$plain_url" "$plain_token" >&2
ensure_organization "$hri_url" "$hri_token" >&2

umask 077
cat >"$env_file" <<ENV
CKAN_URL=$plain_url
CKAN_API_TOKEN=$plain_token
CKAN_HRI_URL=$hri_url
CKAN_HRI_API_TOKEN=$hri_token
CKAN_TEST_ORGANIZATION=$organization
ENV
echo "start-ckan: wrote $env_file (set -a; . $env_file; set +a)" >&2
