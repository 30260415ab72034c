#!/usr/bin/env bash
# Remakes the seed corpus of fuzz_sync_import (tests/fuzz/corpus/sync) with the command line of a
# dev build: small, real packages of a handful of changes each, so that the fuzzer starts from
# every kind of record, a tombstone, a series, a month close and a conflict. Run it again when the
# package format or schema changes (fuzz_sync_import refuses to start on a stale corpus).
#
#   tests/fuzz/make-corpus.sh [path/to/rpb-hijau]      (default build/dev/rpb-hijau)
#
# The packages:
#   ach-1      a new batch with two waste lines and a machine, a booking, a demo batch archived;
#              the fuzz target imports it into its database before fuzzing
#   ach-2      then: that batch deleted, the booking cancelled, a maintenance window, a weekly
#              series of three bookings, a month closed
#   ach-fork   a copy of the ACH database taken before ach-1 that deleted the demo batch which
#              ach-1 archived: the same record and version with other content, a conflict
#   ntt-1      another site's database: a batch and a booking
#   bad-*      ntt-1 or ach-2 with one field of one record made to break a rule and the package
#              sealed again (a right checksum, wrong content): each must be refused
set -euo pipefail
cd "$(dirname "$0")/../.."

cli=$(realpath "${1:-build/dev/rpb-hijau}")
out=tests/fuzz/corpus/sync
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# A day of the site's calendar some days from now that is not a Sunday (the demo sites close then).
workday() {
    local day
    day=$(date -u -d "+$1 days" +%F)
    [ "$(date -u -d "$day" +%u)" = 7 ] && day=$(date -u -d "$day +1 day" +%F)
    echo "$day"
}
yesterday=$(date -u -d '-1 day' +%F)
month_ago=$(date -u -d "$(date -u +%Y-%m-01) -5 months" +%Y-%m)

# Fills a database with one demo site and signs in as its manager for the commands that follow.
demo() {
    local db=$1 site=$2 json
    json=$("$cli" --lang en --db "$db" --json demo --scale small --site "$site")
    export RPB_USER RPB_PASSWORD
    RPB_USER=$(grep -o '"name": "manajer\.[a-z]*"' <<<"$json" | head -n1 | cut -d'"' -f4)
    RPB_PASSWORD=$(grep -A1 "\"name\": \"$RPB_USER\"" <<<"$json" | grep -o '"password": "[^"]*"' \
        | cut -d'"' -f4)
}

batch() {
    local site=$1 line=$2 member=$3 machine=$4 material=$5 category=$6 unit=$7
    cat <<EOF
{ "site": "$site", "product_line": "$line", "member": "$member", "date": "$yesterday", "shift": 1,
  "input": { "material": "$material", "quantity": "250", "unit": "kg" },
  "output": { "quantity": "6.5" }, "energy_kwh": "120", "water_l": "800", "machines": [ "$machine" ],
  "waste": [ { "category": "$category", "quantity": "225.5", "unit": "kg", "route": "compost" },
             { "category": "$category", "quantity": "12.25", "unit": "$unit", "route": "byproduct" } ],
  "notes": "seed corpus" }
EOF
}

# ACH: demo data, a first full export to count from (too large for the corpus), then small ones.
ach="$work/ach.sqlite"
rpb() { "$cli" --lang en --db "$ach" "$@"; }
demo "$ach" ACH
rpb sync export --full --out "$work/ach-0.rpbsync" >/dev/null
rpb backup --to "$work/ach-fork.sqlite" >/dev/null
demo_batch=$(rpb --json batch list --site ACH --from "$(date -u -d '-60 days' +%F)" \
    --to "$yesterday" --limit 1 | grep -o '"code": "[^"]*"' | head -n1 | cut -d'"' -f4)

batch ACH PATCHOULI ACH-M01 ACH-KET1 "daun nilam kering" SPENT_BIOMASS kg \
    | rpb batch add --file - --acknowledge "seed corpus" >/dev/null
new_batch=$(rpb --json batch list --site ACH --from "$yesterday" --to "$yesterday" \
    --search "seed corpus" | grep -o '"code": "[^"]*"' | head -n1 | cut -d'"' -f4)
day=$(workday 30)
booking=$(rpb --json book --equipment ACH-KET2 --member ACH-M02 --start "${day}T08:00" \
    --end "${day}T10:00" --purpose "seed corpus" | grep -o '"id": "[^"]*"' | head -n1 | cut -d'"' -f4)
rpb batch archive "$demo_batch" >/dev/null
rpb sync export --out "$out/ach-1.rpbsync" >/dev/null

rpb batch delete "$new_batch" >/dev/null
rpb booking cancel "$booking" >/dev/null
day=$(workday 37)
rpb maintenance add --equipment ACH-BLR --start "${day}T07:00" --end "${day}T12:00" \
    --reason "pembersihan kerak boiler" --cancel-clashing >/dev/null
day=$(workday 44)
rpb book --equipment ACH-SEP --member ACH-M03 --start "${day}T13:00" --end "${day}T15:00" \
    --repeat "FREQ=WEEKLY;COUNT=3" --skip-conflicts >/dev/null
rpb month close --site ACH --month "$month_ago" >/dev/null
rpb sync export --out "$out/ach-2.rpbsync" >/dev/null

# The fork: the same site and records, another change to the batch that ach-1 archived.
"$cli" --lang en --db "$work/ach-fork.sqlite" batch delete "$demo_batch" >/dev/null
"$cli" --lang en --db "$work/ach-fork.sqlite" sync export --out "$out/ach-fork.rpbsync" >/dev/null

# NTT: another site in its own database.
ntt="$work/ntt.sqlite"
demo "$ntt" NTT
"$cli" --lang en --db "$ntt" sync export --full --out "$work/ntt-0.rpbsync" >/dev/null
batch NTT SEI NTT-M01 NTT-SMK "daging sapi" BONES kg \
    | "$cli" --lang en --db "$ntt" batch add --file - --acknowledge "seed corpus" >/dev/null
day=$(workday 31)
"$cli" --lang en --db "$ntt" book --equipment NTT-SMK --member NTT-M02 --start "${day}T09:00" \
    --end "${day}T11:00" >/dev/null
"$cli" --lang en --db "$ntt" sync export --out "$out/ntt-1.rpbsync" >/dev/null

# A seed made from a package above: in the first record of a kind, sed's s command applied, and
# the trailer written again to fit (the checksum of every line before it, the number of records).
broken() {
    local name=$1 base=$2 kind=$3 change=$4 file="$out/bad-$1.rpbsync" sha records
    head -n -1 "$out/$base.rpbsync" \
        | sed "0,/^{\"kind\":\"$kind\"/{/^{\"kind\":\"$kind\"/$change}" >"$file"
    cmp -s "$file" <(head -n -1 "$out/$base.rpbsync") && { echo "error: $name changed nothing" >&2; exit 1; }
    sha=$(sha256sum <"$file" | cut -d' ' -f1)
    records=$(($(wc -l <"$file") - 1))
    echo "{\"sha256\":\"$sha\",\"records\":$records}" >>"$file"
}
broken site-time-zone-mars ntt-1 site 's/"time_zone":"[^"]*"/"time_zone":"Mars\/Olympus"/'
broken member-joined-kemarin ntt-1 member 's/"joined":\("[^"]*"\|null\)/"joined":"kemarin"/'
broken member-empty-code ntt-1 member 's/"code":"[^"]*"/"code":""/'
broken batch-production-date-2026-02-30 ntt-1 batch \
    's/"production_date":"[^"]*"/"production_date":"2026-02-30"/'
broken batch-local-month-not-its-date ntt-1 batch 's/"local_month":[0-9]*/"local_month":200001/'
broken waste-line-litres-for-kg ntt-1 waste_line 's/"unit":"kg"/"unit":"L"/'
broken series-rrule-sometimes ach-2 booking_series 's/"rrule":"[^"]*"/"rrule":"FREQ=SOMETIMES"/'

for f in "$out"/*.rpbsync; do
    size=$(stat -c %s "$f")
    echo "$f: $size bytes"
    # libFuzzer mutates small inputs far faster; a seed this large means a change pulled in more.
    if [ "$size" -gt 65536 ]; then
        echo "error: $f is larger than 64 KiB" >&2
        exit 1
    fi
done
