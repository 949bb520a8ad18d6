#!/usr/bin/env bash
# Runs every program in bench/programs under looplab (release build) and under
# CPython 3.11 on the virtual clock, and prints, per program, the CPU time
# (user + sys) and the peak memory (max RSS) of each side and the ratios
# looplab / CPython, and whether the two outputs are the same. Not a test:
# figures go in bench/README.md.
#
#   bash bench/run.sh            CPU seconds and max RSS (GNU time)
#   bash bench/run.sh --instr    instructions executed instead of CPU seconds
#                                (valgrind's cachegrind, no cache simulation):
#                                independent of the load of a shared machine,
#                                about 50x slower to run
#   bash bench/run.sh [--instr] PROGRAM.py ...   only those programs
#
# CPU time rather than wall time: the machine is shared, and wall time counts
# the minutes other processes held the cores.
set -u
cd "$(dirname "$0")/.."
instr=0
if [ "${1:-}" = "--instr" ]; then instr=1; shift; fi
progs=("$@")
[ ${#progs[@]} -gt 0 ] || progs=(bench/programs/*.py)
cargo build --release --quiet || exit 1
LOOPLAB=target/release/looplab
# The interpreter itself, not a pyenv shim: the shim is a shell script whose own
# time would count, and valgrind would measure the shell.
PY=$(python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure OUT CMD...: runs CMD, stdout+stderr to OUT; prints "cost max_rss_kib".
measure() {
    local out=$1; shift
    if [ $instr = 1 ]; then
        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
            --log-file="$tmp/vg" "$@" >"$out" 2>&1
        local ir
        ir=$(grep -o 'I *refs: *[0-9,]*' "$tmp/vg" | grep -o '[0-9,]*$' | tr -d ,)
        /usr/bin/time -f '%M' -o "$tmp/time" "$@" >/dev/null 2>&1
        echo "$ir $(cat "$tmp/time")"
    else
        /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$out" 2>&1
        awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$tmp/time"
    fi
}

unit=$([ $instr = 1 ] && echo Minstr || echo cpu_s)
printf '%-20s %12s %12s %7s %9s %9s %7s  %s\n' program "cpython_$unit" "looplab_$unit" ratio cp_rss_MB ll_rss_MB rss outputs
for prog in "${progs[@]}"; do
    name=$(basename "$prog")
    read -r cp_cost cp_rss < <(measure "$tmp/ref" "$PY" tests/reference/vclock.py "$prog")
    read -r ll_cost ll_rss < <(measure "$tmp/ours" "$LOOPLAB" run "$prog")
    same=$(cmp -s "$tmp/ref" "$tmp/ours" && echo same || echo DIFFER)
    awk -v n="$name" -v cc="$cp_cost" -v lc="$ll_cost" -v cr="$cp_rss" -v lr="$ll_rss" \
        -v i="$instr" -v s="$same" 'BEGIN {
        if (i == 1) { cc /= 1e6; lc /= 1e6 }
        printf "%-20s %12.3f %12.3f %7.2f %9.1f %9.1f %7.2f  %s\n", n, cc, lc, lc / cc, cr / 1024, lr / 1024, lr / cr, s
    }'
done
