#!/usr/bin/env bash
# Whole-program throughput of `ixwire sflow` against tshark on one large generated capture.
#
#   benchmarks/sflow-vs-tshark.sh [SAMPLES] [ROUNDS]      (defaults: 1000000 flow samples, 3 rounds)
#
# The capture is made once with the encoder (org.ixwire.bench.sflow.GenerateCapture: the typical
# 1,372-byte switch datagram, 7 flow samples with 128-byte headers, sequence advanced) and cached
# under benchmarks/target/. Each round runs every command once, in turn, so that the machine's
# drift hits all of them alike; the table gives the median elapsed time (JVM start included) and
# the flow samples per second that makes, the max RSS, and the ratio to tshark's full decode.
#
#   ixwire -l        ./ixwire sflow -l --pcap F          (sflowtool -l lines)
#   ixwire kv        ./ixwire sflow --pcap F             (sflowtool's default key-value form)
#   ixwire json      ./ixwire sflow --json --pcap F
#   tshark           tshark -r F -d udp.port==6343,sflow                  (one summary line per packet)
#   tshark -V        tshark -r F -d udp.port==6343,sflow -V               (the whole dissection tree)
#
# Every output goes to /dev/null. tshark comes from Debian's package (`apt-get install tshark`).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
samples=${1:-1000000}
rounds=${2:-3}
cd "$here"

command -v tshark >/dev/null || { echo "tshark is not installed (apt-get install tshark)" >&2; exit 1; }
if [ ! -f benchmarks/target/benchmarks.jar ] || [ ! -f cli/target/ixwire.jar ]; then
  ./mvnw -B -q -pl cli,benchmarks -am package -Dmaven.test.skip=true -Djacoco.skip=true \
    -Dspotless.check.skip=true -Denforcer.skip=true
fi
capture="benchmarks/target/sflow-$samples.pcap"
if [ ! -f "$capture" ]; then
  java -cp benchmarks/target/benchmarks.jar org.ixwire.bench.sflow.GenerateCapture "$capture" "$samples" >/dev/null 2>&1
fi
actual=$(( (samples + 6) / 7 * 7 ))
jar=cli/target/ixwire.jar

names=("ixwire -l" "ixwire kv" "ixwire json" "tshark" "tshark -V")
cmds=(
  "java -jar $jar sflow -l --pcap $capture"
  "java -jar $jar sflow --pcap $capture"
  "java -jar $jar sflow --json --pcap $capture"
  "tshark -r $capture -d udp.port==6343,sflow"
  "tshark -r $capture -d udp.port==6343,sflow -V"
)
results=$(mktemp)
timing=$(mktemp)
trap 'rm -f "$results" "$timing"' EXIT

echo "capture: $capture ($(du -h "$capture" | cut -f1), $actual flow samples); $rounds rounds; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for i in "${!cmds[@]}"; do
    # /usr/bin/time -f: elapsed seconds and max RSS (KiB)
    /usr/bin/time -o "$timing" -f '%e %M' ${cmds[$i]} >/dev/null 2>/dev/null
    out=$(tail -n 1 "$timing")
    echo "$i $out" >> "$results"
    printf 'round %d  %-12s %6ss  %s KiB\n' "$r" "${names[$i]}" ${out}
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
tv=$(awk '$1==4 {print $2}' "$results" | median)
echo
echo "| command | median elapsed (s) | flow samples/s | max RSS (MB) | tshark -V time ÷ this |"
echo "|---|---|---|---|---|"
for i in "${!cmds[@]}"; do
  t=$(awk -v i="$i" '$1==i {print $2}' "$results" | median)
  rss=$(awk -v i="$i" '$1==i {print $3}' "$results" | median)
  awk -v n="${names[$i]}" -v t="$t" -v s="$actual" -v rss="$rss" -v tv="$tv" \
    'BEGIN {printf "| `%s` | %.2f | %.0f | %.0f | %.1f |\n", n, t, s / t, rss / 1024, tv / t}'
done
