#!/usr/bin/env bash
# The Dockerfile's recipe, without Docker: what CI can run on a machine with no Docker daemon.
#   1. a fresh venv in a temp dir; torch==2.13.0 (CPU) first, then the project, NOT editable,
#      from a copy of only what the image copies (pyproject.toml, README.md, bot/, coaching/, models/)
#   2. `checkpost model prepare` (reuses a prepared model: CHECKPOST_MODEL_DIR, or var/models/)
#   3. `checkpost db upgrade` against a temp SQLite, with the image's production settings
#   4. `checkpost serve` on a free port; /readyz until 200, then /healthz, /metrics, /api/check
#   5. stop it (SIGTERM) and check it exits cleanly
# Exits non-zero, with the reason, on the first failure.
#   scripts/smoke-image.sh                       (or `make smoke`)
#   CHECKPOST_MODEL_DIR=path/to/model scripts/smoke-image.sh    reuse that prepared model
#   SMOKE_VAR_DIR=dir   where models are prepared/reused (default: ./var, what `make run` uses)
#   SMOKE_READY_TIMEOUT=seconds (default 300)    SMOKE_KEEP=1 keeps the temp dir for a look
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VAR_DIR="$(mkdir -p "${SMOKE_VAR_DIR:-$ROOT/var}" && cd "${SMOKE_VAR_DIR:-$ROOT/var}" && pwd)"
MODEL_DIR="${CHECKPOST_MODEL_DIR:-}"
READY_TIMEOUT="${SMOKE_READY_TIMEOUT:-300}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/checkpost-smoke.XXXXXX")"
SERVER_PID=""

say() { printf 'smoke-image: %s\n' "$*"; }
fail() {
  printf 'smoke-image: FAILED: %s\n' "$*" >&2
  local log
  for log in "$WORK/pip.err" "$WORK/serve.log"; do
    [[ -s "$log" ]] || continue
    printf -- '--- last lines of %s ---\n' "$(basename "$log")" >&2
    grep -v "is ignored: it is neither a file nor a directory" "$log" | tail -n 40 >&2 || true
  done
  exit 1
}
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${SMOKE_KEEP:-0}" == 1 ]]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Only what this script sets reaches checkpost: no .env, no developer's Slack or Teams tokens.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(CHECKPOST_|SLACK_|MICROSOFT_|DATABASE_URL$)' || true)
cd "$WORK"

"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
  || fail "$PYTHON is not Python 3.11 (set PYTHON=python3.11)"

say "[1/5] fresh venv in $WORK, torch==2.13.0 first, then the project (not editable)"
mkdir src
cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/bot" "$ROOT/coaching" "$ROOT/models" src/
find src -name __pycache__ -type d -prune -exec rm -rf {} +
"$PYTHON" -m venv venv || fail "cannot create a venv"
PIP=(venv/bin/pip --disable-pip-version-check --quiet)
"${PIP[@]}" install torch==2.13.0 2>"$WORK/pip.err" || fail "pip install torch==2.13.0"
"${PIP[@]}" install ./src 2>"$WORK/pip.err" || fail "pip install . (the project, as in the image)"
BIN="$WORK/venv/bin"
[[ -x "$BIN/checkpost" ]] || fail "the checkpost command was not installed"

say "[2/5] checkpost model prepare (var: $VAR_DIR${MODEL_DIR:+, model: $MODEL_DIR})"
SECRET="$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(48))')"
export CHECKPOST_VAR_DIR="$VAR_DIR" CHECKPOST_SECRET_KEY="$SECRET" HF_HUB_OFFLINE=1
[[ -n "$MODEL_DIR" ]] && export CHECKPOST_MODEL_DIR="$MODEL_DIR"
"$BIN/checkpost" model prepare || fail "checkpost model prepare"
PREPARED="$("$BIN/checkpost" model path)"
[[ -f "$PREPARED/classifier.json" ]] || fail "no prepared model in $PREPARED"

say "[3/5] checkpost db upgrade (temp SQLite), with the image's production settings"
export CHECKPOST_ENV=production CHECKPOST_LOG_FORMAT=json PYTHONUNBUFFERED=1
export DATABASE_URL="sqlite:///$WORK/smoke.db"
"$BIN/checkpost" db upgrade || fail "checkpost db upgrade (are the migrations in the wheel?)"

PORT="$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"
say "[4/5] checkpost serve on $URL; waiting for /readyz (up to ${READY_TIMEOUT}s)"
"$BIN/checkpost" serve --host 127.0.0.1 --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!

"$BIN/python" - "$URL" "$READY_TIMEOUT" "$SERVER_PID" "$WORK/serve.log" <<'PY' || fail "the server checks above"
import json, os, sys, time, urllib.error, urllib.request

url, timeout, pid, log_path = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def get(path, data=None, headers=None):
    request = urllib.request.Request(url + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)

def check(ok, message):
    if not ok:
        sys.exit(f"smoke-image: FAILED: {message}")

deadline, status, body = time.monotonic() + timeout, 0, ""
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        sys.exit("smoke-image: FAILED: checkpost serve exited before it was ready")
    try:
        status, body, _ = get("/readyz")
    except OSError:
        status = 0
    if status == 200:
        break
    time.sleep(1)
check(status == 200, f"/readyz not 200 after {timeout:.0f}s (last: {status} {body})")
print(f"smoke-image:   /readyz 200 {body}")
status, _, _ = get("/healthz")
check(status == 200, f"/healthz answered {status}")
marker = "marqueur-smoke-" + os.urandom(6).hex()
draft = json.dumps({"text": f"Notre chiffre d'affaires du trimestre : 30 M€ {marker}"}).encode()
status, body, headers = get(
    "/api/check", draft, {"content-type": "application/json", "x-request-id": "smoke-1"}
)
check(status == 200 and "guidance" in body, f"/api/check answered {status}: {body[:300]}")
check(headers.get("x-request-id") == "smoke-1", "X-Request-ID was not echoed")
status, page, _ = get("/metrics")
check(status == 200, f"/metrics answered {status}")
for needed in ("checkpost_model_ready 1.0", "checkpost_http_requests_total", "checkpost_checks_total"):
    check(needed in page, f"/metrics lacks {needed}")
check(marker not in page, "/metrics shows draft text")
print("smoke-image:   /healthz 200, /api/check 200, /metrics has the checkpost series")
time.sleep(0.5)
log = open(log_path, encoding="utf-8").read()
check(marker not in log, "the server log contains draft text")
lines = [line for line in log.splitlines() if line.startswith("{")]
check(lines and all(json.loads(line).get("level") for line in lines), "log lines are not JSON")
print(f"smoke-image:   {len(lines)} JSON log lines, no draft text in them")
PY

say "[5/5] stopping the server (SIGTERM)"
kill -TERM "$SERVER_PID"
for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
kill -0 "$SERVER_PID" 2>/dev/null && fail "checkpost serve did not stop within 30 s of SIGTERM"
wait "$SERVER_PID" && code=0 || code=$?
SERVER_PID=""
# uvicorn shuts down gracefully, then re-raises the signal: 143 (128 + SIGTERM) is a clean exit.
[[ "$code" == 0 || "$code" == 143 ]] || fail "checkpost serve exited with code $code after SIGTERM"
grep -q "Finished server process" "$WORK/serve.log" || fail "no graceful shutdown in the server log"
say "OK: the image recipe installs, prepares, migrates, serves and stops cleanly"
