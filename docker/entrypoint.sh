#!/bin/sh
# Container entrypoint for Bündnisnetz.
#
#   1. node dist/apps/api/main.js migrate   applies all pending database migrations, then exits
#   2. node dist/apps/api/main.js seed      only if SEED_DEMO=true: loads the demo data (idempotent)
#   3. exec node dist/apps/api/main.js      starts the API, which also serves the web client
#
# Any failing step stops the container (set -e), so the server never starts on a database whose
# schema is behind the code. `exec` makes Node the main process, so `docker stop` (SIGTERM)
# reaches it directly and it can shut down gracefully.
set -eu

cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL is not set (for example postgres://user:password@db:5432/buendnisnetz)}"

API_MAIN=dist/apps/api/main.js

echo "entrypoint: applying database migrations"
node "$API_MAIN" migrate

if [ "${SEED_DEMO:-false}" = "true" ]; then
  echo "entrypoint: loading the demo seed (SEED_DEMO=true)"
  node "$API_MAIN" seed
fi

echo "entrypoint: starting the server on port ${PORT:-3000}"
exec node "$API_MAIN"
