#!/usr/bin/env bash
# Runs the examples of docs/testing-your-app.md exactly as written: every block marked
# `<!-- doc-test: NAME -->` is extracted from the markdown now, and run with bash against a real
# `otpctl sandbox` started here, as a CI job would run them. A marked block this script does not
# know, or a known one missing from the page, fails the test: nothing is skipped.
#   run-doc-examples.sh OTPCTL DOC.md
set -euo pipefail

otpctl=$(realpath "$1")
doc=$2
expected_blocks="note-time curl otpctl" # the fetch-code examples: curl, otpctl
key=1234567890123456
secret=0123456789abcdef0123456789abcdef
msisdn=0812345678

fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
sandbox_pid=
cleanup() {
    [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The lines of the fenced block right after the marker of that name.
block() {
    awk -v marker="<!-- doc-test: $1 -->" '
        $0 == marker { marked = 1; next }
        marked && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }
    ' "$doc"
}

found_blocks=$(sed -n 's/^<!-- doc-test: \(.*\) -->$/\1/p' "$doc" | tr '\n' ' ' | sed 's/ $//')
[[ $found_blocks == "$expected_blocks" ]] \
    || fail "marked blocks are \"$found_blocks\", this test runs \"$expected_blocks\""
for name in $expected_blocks; do
    [[ -n $(block "$name") ]] || fail "the block marked $name is empty"
done

# The sandbox, as the page's CI job starts it (on a free port here).
cat > "$work/ci-apps.json" <<JSON
{"format": "otp-manager-apps", "version": 1, "apps": [
  {"name": "CI Shop", "environment": "sandbox", "contactEmail": "qa@example.com",
   "contactName": "QA", "digits": 6, "expiry": "00:05",
   "template": "Your {app} code is {otp} (Ref: {ref}).", "key": "$key", "secret": "$secret"}]}
JSON
"$otpctl" sandbox --port 0 --apps "$work/ci-apps.json" > "$work/sandbox.jsonl" 2> "$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '"listening"' "$work/sandbox.jsonl" && break
    sleep 0.1
done
OTP_SANDBOX_URL=$(grep '"listening"' "$work/sandbox.jsonl" | head -1 | jq -r .url)
[[ $OTP_SANDBOX_URL == http://127.0.0.1:* ]] || fail "the sandbox did not start: $(cat "$work/sandbox.log")"
export OTP_SANDBOX_URL
PATH="$(dirname "$otpctl"):$PATH"
export PATH

# What the user's backend does when the test submits its form.
request_otp() {
    curl -fsS -X POST "$OTP_SANDBOX_URL/v2/otp/request" \
        --data-urlencode "key=$key" --data-urlencode "secret=$secret" \
        --data-urlencode "msisdn=$msisdn" > /dev/null
}
export -f request_otp
export key secret msisdn

for name in curl otpctl; do
    request_otp # an older message: the example must not pick it (after=$SINCE)
    sleep 0.1
    cat > "$work/$name.sh" <<SCRIPT
set -euo pipefail
$(block note-time)
(sleep 1; request_otp) & # the backend sends the OTP while the example waits
$(block "$name")
wait
SCRIPT
    output=$(cd "$work" && bash "$work/$name.sh") || fail "the $name example failed (exit $?)"
    expected=$(grep '"event":"sms"' "$work/sandbox.jsonl" | tail -1 | jq -r .code)
    [[ $expected =~ ^[0-9]{6}$ ]] || fail "no sms line for the $name example"
    [[ $output == "$expected" ]] || fail "the $name example printed \"$output\", the SMS had $expected"
    echo "ok: the $name example printed the code $output"
done
