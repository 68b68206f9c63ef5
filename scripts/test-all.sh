#!/usr/bin/env bash
# The whole test suite, as the README's second command runs it:
#   typecheck → unit tests → integration tests on PostgreSQL (throwaway database) → the same
#   integration tests on embedded PGlite → production build → end-to-end tests in Chromium.
# PostgreSQL: TEST_PG_URL (server URL without database), default postgres:postgres@127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

step() { printf '\n=== %s ===\n' "$*"; }

PG_SERVER="${TEST_PG_URL:-postgresql://postgres:postgres@127.0.0.1:5432}"
if ! node scripts/pg-ready.mjs "$PG_SERVER/postgres" 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
    step "PostgreSQL starten"
    pg_ctlcluster --skip-systemctl-redirect 15 main start || true
    su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1 || true
  fi
  node scripts/pg-ready.mjs "$PG_SERVER/postgres" || { echo "PostgreSQL is niet bereikbaar op $PG_SERVER (zet TEST_PG_URL)"; exit 1; }
fi

step "Prisma-client genereren"
npm run --silent prisma:generate >/dev/null

step "Biome (opmaak en lint; waarschuwingen tellen, fouten falen)"
npx biome check --diagnostic-level=error .

step "Typecontrole"
npx next typegen >/dev/null
npx tsc --noEmit

step "Unit-tests"
npx vitest run --project unit

# The two integration passes run side by side: the PostgreSQL pass mostly waits on the server, the PGlite pass
# is CPU-bound in Node, so together they take little longer than the slower one (CI has two cores).
# Each pass writes its own log, printed whole when both are done, so the output stays readable.
step "Integratietests op PostgreSQL en op PGlite (ingebouwd), naast elkaar"
LOG_DIR="$(mktemp -d)"
TEST_DB_NAME="gr_volg_test_$(date +%s)_$$"
MIGRATE_TEST_PG_URL="$PG_SERVER/postgres" TEST_DATABASE_URL="$PG_SERVER/$TEST_DB_NAME" \
  npx vitest run --project integration >"$LOG_DIR/pg.log" 2>&1 &
PG_PID=$!
# (the migration runner's own suite covers both engines already in the PostgreSQL pass)
TEST_DATABASE_URL="pglite:memory://" npx vitest run --project integration --exclude "tests/integration/migrate/**" \
  >"$LOG_DIR/pglite.log" 2>&1 &
PGLITE_PID=$!
PG_RC=0; PGLITE_RC=0
wait "$PG_PID" || PG_RC=$?
wait "$PGLITE_PID" || PGLITE_RC=$?
step "Integratietests op PostgreSQL (exitcode $PG_RC)"
cat "$LOG_DIR/pg.log"
step "Integratietests op PGlite (exitcode $PGLITE_RC)"
cat "$LOG_DIR/pglite.log"
[ "$PG_RC" = 0 ] && [ "$PGLITE_RC" = 0 ] || { echo "Integratietests gefaald (PostgreSQL: $PG_RC, PGlite: $PGLITE_RC)"; exit 1; }

step "Productiebuild"
npx next build

step "HTTP-tests op twee instanties (na de build, PostgreSQL)"
HTTP_TESTS=1 TEST_DATABASE_URL="$PG_SERVER/gr_volg_http_$(date +%s)_$$" npx vitest run --project integration tests/integration/http

step "Crashtest (kill -9 midden in een burst, daarna consistentie)"
CRASH_PG_URL="$PG_SERVER" node scripts/crash/run.mjs

step "Uploads over HTTP (te groot → Nederlandse melding of 413, nooit 5xx; download uit de database)"
UPLOAD_PG_URL="$PG_SERVER" node scripts/http/upload-limit.mjs

step "End-to-end-tests (Chromium)"
npx playwright test

step "End-to-end: productiestart op een lege PostgreSQL-database (onboarding, geen demo)"
npx playwright test -c playwright.onboarding.config.ts

step "End-to-end: een hele GR-procedure door de browser, elke stap door het eigen account (issue 15)"
npx playwright test -c playwright.journey.config.ts
