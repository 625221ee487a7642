#!/usr/bin/env bash
# Whole-program comparison of `./ixwire mrt -m` with `bgpdump -m` (GUIDE §6), on a full-size
# generated TABLE_DUMP_V2 RIB (~1M prefixes, ~3M entries, ~170 MB; cached under
# benchmarks/target/mrt-bench/). Runs the commands alternately N times (default 5), output to
# /dev/null, and prints the median wall time of each and the median ratios:
#   1. uncompressed RIB: bgpdump -m vs ixwire mrt -m (both cores)
#   2. the RIB gzipped: gzip -dc alone vs ixwire mrt -m on the .gz
#   3. one core (taskset -c 0) vs both, for ixwire (and bgpdump on one core, for reference)
# Then checks that the outputs are byte-identical, and that the RIB streams with -Xmx256m
# (ixwire exits 0 and prints every line; its peak RSS is printed — for the mapped uncompressed
# file it includes the page cache pages of the mapping, which the kernel can drop at will).
#
# usage: benchmarks/mrt-vs-bgpdump.sh [N]      (needs python3, bgpdump, gzip, taskset, ../shared)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
n=${1:-5}
work=benchmarks/target/mrt-bench
corpus=${IXWIRE_CORPUS:-../shared/corpus}
source_rib=$corpus/mrt/pyasn/rib.20140523.0600_firstMB.bz2
gen=$corpus/mrt/tools/gen_synthetic_rib.py

for tool in python3 bgpdump gzip taskset; do
  command -v "$tool" >/dev/null || { echo "mrt-vs-bgpdump: $tool not found" >&2; exit 2; }
done
[ -f "$gen" ] && [ -f "$source_rib" ] || {
  echo "mrt-vs-bgpdump: $gen or $source_rib missing (shared corpus absent)" >&2
  exit 2
}

mkdir -p "$work"
rib=$work/rib.mrt
if [ ! -s "$rib" ]; then
  echo "generating $rib (1M prefixes, up to 3 peers each) from $source_rib" >&2
  python3 "$gen" "$source_rib" "$rib.tmp" --prefixes 1000000 --peers 3 --seed 1 >&2
  mv "$rib.tmp" "$rib"
fi
if [ ! -s "$rib.gz" ] || [ "$rib.gz" -ot "$rib" ]; then
  gzip -c "$rib" > "$rib.gz.tmp" && mv "$rib.gz.tmp" "$rib.gz"
fi
# build the CLI now (the launcher's first-run build must not be timed)
./ixwire mrt --help >/dev/null

# run CMD...: prints "seconds maxrss_kib" of one run, stdout to /dev/null, stderr kept on failure
run() {
  python3 - "$@" <<'PY'
import os, subprocess, sys, time
t = time.monotonic()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, ru = os.wait4(p.pid, 0)
dt = time.monotonic() - t
if os.waitstatus_to_exitcode(status) != 0:
    sys.stderr.write(err.decode(errors="replace"))
    sys.exit("command failed: " + " ".join(sys.argv[1:]))
print(f"{dt:.3f} {ru.ru_maxrss}")
PY
}

declare -A times
labels=(bgpdump ixwire gzip ixwire_gz ixwire_1core bgpdump_1core)
cmd_bgpdump=(bgpdump -m "$rib")
cmd_ixwire=(./ixwire mrt -m "$rib")
cmd_gzip=(gzip -dc "$rib.gz")
cmd_ixwire_gz=(./ixwire mrt -m "$rib.gz")
cmd_ixwire_1core=(taskset -c 0 ./ixwire mrt -m "$rib")
cmd_bgpdump_1core=(taskset -c 0 bgpdump -m "$rib")

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "input: $rib ($(stat -c %s "$rib") bytes), $rib.gz ($(stat -c %s "$rib.gz") bytes)"
for ((i = 1; i <= n; i++)); do
  for l in "${labels[@]}"; do
    declare -n c="cmd_$l"
    t=$(run "${c[@]}")
    times[$l]+="${t%% *} "
    unset -n c
  done
  echo "round $i: $(for l in "${labels[@]}"; do printf '%s=%ss ' "$l" "$(echo ${times[$l]} | awk '{print $NF}')"; done)"
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
[ "$n" -ge 1 ] || { echo "N must be at least 1" >&2; exit 2; }
declare -A med
for l in "${labels[@]}"; do med[$l]=$(echo "${times[$l]}" | median); done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo
echo "median wall time over $n alternating rounds (stdout to /dev/null):"
for l in "${labels[@]}"; do printf '  %-14s %6.3f s\n' "$l" "${med[$l]}"; done
echo
echo "uncompressed -m:  bgpdump / ixwire             = $(ratio "${med[bgpdump]}" "${med[ixwire]}")x  (target >= 5)"
echo ".gz -m:           ixwire(.gz) / gzip -dc alone = $(ratio "${med[ixwire_gz]}" "${med[gzip]}")x  (target <= 1.3)"
echo "cores:            ixwire 1 core / 2 cores      = $(ratio "${med[ixwire_1core]}" "${med[ixwire]}")x"
echo "one core each:    bgpdump / ixwire             = $(ratio "${med[bgpdump_1core]}" "${med[ixwire_1core]}")x"

echo
echo "output check:"
a=$(bgpdump -m "$rib" 2>/dev/null | md5sum)
b=$(./ixwire mrt -m "$rib" | md5sum)
c=$(./ixwire mrt -m "$rib.gz" | md5sum)
lines=$(./ixwire mrt -m -j 1 "$rib" | wc -l)
echo "  bgpdump ${a%% *}  ixwire ${b%% *}  ixwire(.gz) ${c%% *}  ($lines lines)"
[ "$a" = "$b" ] && [ "$a" = "$c" ] || { echo "OUTPUT DIFFERS" >&2; exit 1; }

echo
echo "-Xmx256m streaming check:"
for f in "$rib" "$rib.gz"; do
  out=$(IXWIRE_JAVA_OPTS="-Xmx256m -Xlog:gc*:file=$work/gc.log::filecount=0" run ./ixwire mrt -m "$f")
  got=$(IXWIRE_JAVA_OPTS=-Xmx256m ./ixwire mrt -m "$f" | wc -l)
  gcs=$(grep -c 'Pause' "$work/gc.log" || true)
  # heap in use at exit: G1 prints one "garbage-first heap" line, the serial collector (the
  # launcher's default) one line per generation; summed
  heap=$(grep -E 'heap,exit\] +(garbage-first heap|def new generation|tenured generation)' \
    "$work/gc.log" | grep -o 'used [0-9]*K' | grep -o '[0-9]*' | awk '{s+=$1} END {if (NR) print "used " s "K"}' || true)
  echo "  $f: exit 0, $got lines (expected $lines), peak RSS $((${out##* } / 1024)) MiB," \
    "$gcs GC pause(s), heap at exit: ${heap:-n/a}"
  [ "$got" = "$lines" ] || { echo "LINE COUNT DIFFERS under -Xmx256m" >&2; exit 1; }
done
