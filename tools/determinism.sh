#!/usr/bin/env bash
# The whole suite under other dates, time zones, locales and test orders (docs/testing.md).
# Each variant is one `./dev test` run; extra arguments go to pytest. Exits non-zero if any fails.
#   ./dev determinism            # all variants, about 3 minutes each
#   ./dev determinism -x -q      # pytest arguments for every run
set -uo pipefail
cd "$(dirname "$0")/.."
LOGS=${DETERMINISM_LOGS:-/tmp/smartcourse-determinism}
mkdir -p "$LOGS"

# name | faketime date | TZ | locale | seed
VARIANTS=(
    "wednesday-30-september|2026-09-30 10:00:00|UTC|C.UTF-8|1"
    "sunday-29-november|2026-11-29 10:00:00|Europe/Stockholm|en_GB.UTF-8|2"
    "new-year-midnight|2026-12-31 23:58:00|America/Los_Angeles|en_US.UTF-8|3"
    "leap-day|2028-02-29 12:00:00|Australia/Adelaide|de_DE.UTF-8|4"
    "kiritimati|||sv_SE.UTF-8|5"
    "kathmandu||Asia/Kathmandu|sv_SE.UTF-8|6"
    "swedish-utc||UTC|sv_SE.UTF-8|7"
)

failed=()
for variant in "${VARIANTS[@]}"; do
    IFS='|' read -r name when zone locale seed <<< "$variant"
    log="$LOGS/$name.log"
    echo "== $name: faketime='${when:-none}' TZ=${zone:-Pacific/Kiritimati} locale=$locale seed=$seed"
    if SMARTCOURSE_TEST_FAKETIME="$when" SMARTCOURSE_TEST_TZ="${zone:-Pacific/Kiritimati}" \
        SMARTCOURSE_TEST_LOCALE="$locale" SMARTCOURSE_TEST_SEED="$seed" ./dev test -q "$@" > "$log" 2>&1; then
        echo "   passed: $(tail -n 1 "$log")"
    else
        echo "   FAILED: $(tail -n 1 "$log") (log: $log)"
        failed+=("$name")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "determinism: failed under ${failed[*]}"
    exit 1
fi
echo "determinism: every variant passed"
