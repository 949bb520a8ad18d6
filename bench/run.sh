#!/usr/bin/env bash
# Runs every program in bench/programs under looplab (release build) and under
# CPython 3.11 on the virtual clock, and prints the wall-time ratio
# looplab / CPython per program. Not a test: figures go in bench/README.md.
set -u
cd "$(dirname "$0")/.."
cargo build --release --quiet || exit 1
LOOPLAB=target/release/looplab
now() { date +%s.%N; }
printf '%-22s %10s %10s %8s  %s\n' program cpython_s looplab_s ratio outputs
for prog in bench/programs/*.py; do
    name=$(basename "$prog")
    t0=$(now); ref=$(python3 tests/reference/vclock.py "$prog" 2>&1); t1=$(now)
    ours=$("$LOOPLAB" run "$prog" 2>&1); t2=$(now)
    cp=$(echo "$t1 - $t0" | bc -l); ll=$(echo "$t2 - $t1" | bc -l)
    ratio=$(echo "$ll / $cp" | bc -l)
    same=$([ "$ref" = "$ours" ] && echo same || echo DIFFER)
    printf '%-22s %10.3f %10.3f %8.2f  %s\n' "$name" "$cp" "$ll" "$ratio" "$same"
done
