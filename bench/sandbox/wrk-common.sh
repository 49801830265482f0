# Shared by run-wrk.sh and run-record.sh (sourced, after here, duration, connections and threads
# are set): wrk installed, a work folder removed at exit with every server started, start,
# measure, median, and the apps file with the app request.lua calls ($work/apps.json).
if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk not found; installing it with apt-get" >&2
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null; }
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# start NAME COMMAND...: runs it in the background, stdout to $work/NAME.out, and waits (10 s
# at most) for its first line: the bare URL (bench_bare_httpserver) or otpctl's
# {"event":"listening","url":"http://127.0.0.1:PORT"}. Sets NAME_pid and NAME_url. Not in a
# subshell, so cleanup() knows the pid.
start() {
    local name=$1; shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    local pid=$!
    pids+=("$pid")
    printf -v "${name}_pid" '%s' "$pid"
    local first url
    for _ in $(seq 100); do
        if [ -s "$work/$name.out" ]; then
            first=$(head -n1 "$work/$name.out")
            case $first in
            '{'*) url=$(printf '%s' "$first" | python3 -c 'import json, sys
e = json.load(sys.stdin)
print(e["url"] if e.get("event") == "listening" else "")') ;;
            *) url=$first ;;
            esac
            if [ -z "$url" ]; then
                echo "$name: unexpected first line: $first" >&2
                exit 3
            fi
            printf -v "${name}_url" '%s' "$url"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "$name did not start: $(cat "$work/$name.err")" >&2
    exit 3
}

# to_ms VALUE: wrk's "436.00us" / "1.23ms" / "1.01s" in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
        else printf "nan" }'
}

# measure NAME URL OUT: the measured run into OUT; prints "requests/s p50 p99".
measure() {
    local name=$1 url=$2 out=$3
    wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/request.lua" "$url" >"$out"
    if grep -q "Non-2xx" "$out"; then
        echo "warning: $name answered non-2xx: $(grep Non-2xx "$out")" >&2
    fi
    printf '%s %s %s\n' "$(awk '/^Requests\/sec:/ {print $2}' "$out")" \
        "$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")" \
        "$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
}

# median: the middle of the numbers on stdin (the lower middle for an even count).
median() {
    sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# The apps file (export format) with the one app request.lua calls: its key and secret.
key=$(sed -n 's/.*[?"&]key=\([0-9]*\).*/\1/p' "$here/request.lua")
secret=$(sed -n 's/.*&secret=\([0-9a-f]*\).*/\1/p' "$here/request.lua")
if [ ${#key} -ne 16 ] || [ ${#secret} -ne 32 ]; then
    echo "cannot read the key and secret from $here/request.lua" >&2
    exit 2
fi
cat >"$work/apps.json" <<JSON
{"format":"otp-manager-apps","version":1,"apps":[{"name":"Bench","contactEmail":"qa@example.com",
"contactName":"QA","digits":6,
"template":"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes.",
"expiry":"00:05","environment":"sandbox","key":"$key","secret":"$secret"}]}
JSON

