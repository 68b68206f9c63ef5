#!/usr/bin/env bash
# The whole test suite, as the README's second command runs it:
#   Biome → typecheck → unit tests → two lanes side by side: [integration tests on PostgreSQL (throwaway database) →
#   production build → HTTP, crash and upload tests → onboarding and journey in Chromium] and [the same integration
#   tests on embedded PGlite] → the main end-to-end suite in Chromium (two workers, each with its own servers).
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

# Two lanes side by side (CI has two cores): the PGlite integration pass (CPU-bound in Node, the longest single stage)
# in one; in the other the PostgreSQL integration pass, then everything else that does not need the main Playwright
# suite's two cores: the production build and the stages on PostgreSQL that use it. Measured in docs/testing.md.
# A lane stops at its first failing stage; when one lane fails the other is stopped. Each lane writes its own log,
# printed whole when the lane is done, so the output stays readable.
LOG_DIR="$(mktemp -d)"

# stage NAME COMMAND…: one stage of a lane, with its header and its time in the lane's log.
stage() {
  local name="$1" start=$SECONDS rc=0
  shift
  step "$name"
  "$@" || rc=$?
  if [ "$rc" = 0 ]; then
    printf '(%s: %d s)\n' "$name" $((SECONDS - start))
  else
    printf '\nGEFAALD: %s (exitcode %d)\n' "$name" "$rc"
    echo "$name" >"$LANE_FAILED"
  fi
  return "$rc"
}

postgres_lane() {
  stage "Integratietests op PostgreSQL" env MIGRATE_TEST_PG_URL="$PG_SERVER/postgres" \
    TEST_DATABASE_URL="$PG_SERVER/gr_volg_test_$(date +%s)_$$" npx vitest run --project integration &&
    stage "Productiebuild" npx next build &&
    stage "HTTP-tests op twee instanties (na de build, PostgreSQL)" env HTTP_TESTS=1 \
      TEST_DATABASE_URL="$PG_SERVER/gr_volg_http_$(date +%s)_$$" npx vitest run --project integration tests/integration/http &&
    stage "Crashtest (kill -9 midden in een burst, daarna consistentie)" env CRASH_PG_URL="$PG_SERVER" \
      node scripts/crash/run.mjs &&
    stage "Uploads over HTTP (te groot → Nederlandse melding of 413, nooit 5xx; download uit de database)" \
      env UPLOAD_PG_URL="$PG_SERVER" node scripts/http/upload-limit.mjs &&
    stage "End-to-end: productiestart op een lege PostgreSQL-database (onboarding, geen demo)" \
      npx playwright test -c playwright.onboarding.config.ts &&
    stage "End-to-end: een hele GR-procedure door de browser, elke stap door het eigen account (issue 15)" \
      npx playwright test -c playwright.journey.config.ts
}

pglite_lane() {
  # (the migration runner's own suite covers both engines already in the PostgreSQL pass)
  stage "Integratietests op PGlite (ingebouwd)" env TEST_DATABASE_URL="pglite:memory://" \
    npx vitest run --project integration --exclude "tests/integration/migrate/**"
}

step "Twee banen naast elkaar: (1) integratietests op PostgreSQL, build, HTTP-, crash- en uploadtests, onboarding en journey; (2) integratietests op PGlite"
declare -A LANE_TITLE=()
# Job control: each lane runs in its own process group, so a failing lane can stop the other with all its children
# (stdin from /dev/null: a background process group must never wait for the terminal).
set -m
(LANE_FAILED="$LOG_DIR/postgres.failed" postgres_lane) </dev/null >"$LOG_DIR/postgres.log" 2>&1 &
POSTGRES_PID=$!
LANE_TITLE[$POSTGRES_PID]="Baan 1: PostgreSQL, build, HTTP, crash, uploads, onboarding, journey"
(LANE_FAILED="$LOG_DIR/pglite.failed" pglite_lane) </dev/null >"$LOG_DIR/pglite.log" 2>&1 &
PGLITE_PID=$!
LANE_TITLE[$PGLITE_PID]="Baan 2: integratietests op PGlite"
set +m
RUNNING=("$POSTGRES_PID" "$PGLITE_PID")
LANES_FAILED=0
while [ "${#RUNNING[@]}" -gt 0 ]; do
  LANE_RC=0
  wait -n -p DONE_PID "${RUNNING[@]}" || LANE_RC=$?
  STILL=()
  for PID in "${RUNNING[@]}"; do [ "$PID" = "$DONE_PID" ] || STILL+=("$PID"); done
  RUNNING=("${STILL[@]}")
  LOG="$LOG_DIR/postgres.log"
  [ "$DONE_PID" = "$PGLITE_PID" ] && LOG="$LOG_DIR/pglite.log"
  step "${LANE_TITLE[$DONE_PID]} (klaar, $SECONDS s na de start, exitcode $LANE_RC)"
  cat "$LOG"
  if [ "$LANE_RC" != 0 ] && [ "$LANES_FAILED" = 0 ]; then
    LANES_FAILED=1
    for PID in "${RUNNING[@]}"; do
      kill -TERM -- "-$PID" 2>/dev/null || true
    done
  fi
done
if [ "$LANES_FAILED" != 0 ]; then
  echo "Gefaald: $(cat "$LOG_DIR"/*.failed 2>/dev/null | paste -sd ';' -) (de andere baan is gestopt)"
  exit 1
fi

# One worker by default. Two (E2E_WORKERS=2, each with its own servers and embedded databases, tests/e2e/slot.ts)
# take 7 instead of 18 minutes, but on a 2-core machine they exposed hydration races (a click before React took over
# the page) in 2 of 125 tests in one of two runs; docs/testing.md. Two workers return once specs wait for hydration.
E2E_WORKERS="${E2E_WORKERS:-1}"
step "End-to-end-tests (Chromium, $E2E_WORKERS worker(s))"
E2E_WORKERS="$E2E_WORKERS" npx playwright test
