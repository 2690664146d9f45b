#!/usr/bin/env bash
# Fuzzes every reader of untrusted input with Jazzer for a set time each, then copies the inputs that reached
# new code into the committed corpus (replayed by `./mvnw verify` as regression tests) and prints one line per
# target: executions, seconds, corpus size, crashes.
#
#   reliability/fuzz.sh [DURATION] [TARGET...]      e.g. reliability/fuzz.sh 5m    or    reliability/fuzz.sh 30s questions
#
# DURATION is Jazzer's (30s, 5m, 1h; default 2m). TARGETs are ReaderFuzzTest's methods (default: all eight).
# A crash fails the run; its input is left in reliability/src/test/resources/.../ReaderFuzzTestInputs/TARGET/,
# where it stays as a regression test once the reader is fixed.
set -uo pipefail
cd "$(dirname "$0")/.."
duration=${1:-2m}
shift || true
all=(eventsJsonLines eventsCsv questions featureSpecs forecastBench modelFiles sweepFiles scoreTables)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  if [[ " ${all[*]} " != *" $t "* ]]; then
    echo "fuzz.sh: no fuzz target '$t' (targets: ${all[*]})" >&2
    exit 2
  fi
done
inputs=reliability/src/test/resources/org/forecast4j/reliability/fuzz/ReaderFuzzTestInputs
corpus=reliability/.cifuzz-corpus/org.forecast4j.reliability.fuzz.ReaderFuzzTest
logs=reliability/target/fuzz
mkdir -p "$logs"
status=0
printf '%-16s %12s %8s %8s %8s\n' target executions seconds corpus crashes
for t in "${targets[@]}"; do
  JAZZER_FUZZ=1 ./mvnw -B -ntp -o -pl reliability -am test -Dtest="ReaderFuzzTest#$t" \
      -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="$duration" -Djacoco.skip=true \
      -Dsurefire.redirectTestOutputToFile=false > "$logs/$t.log" 2>&1
  rc=$?
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$logs/$t.log" | tail -1)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  mkdir -p "$inputs/$t"
  [ -d "$corpus/$t" ] && cp -n "$corpus/$t"/* "$inputs/$t"/ 2>/dev/null
  crashes=$(grep -c '== Java Exception' "$logs/$t.log")
  printf '%-16s %12s %8s %8s %8s\n' "$t" "${runs:-?}" "${secs:-?}" "$(ls "$inputs/$t" | wc -l)" "$crashes"
  if [ $rc -ne 0 ] || [ -z "$done_line" ]; then status=1; echo "  fuzz.sh: $t failed or did not fuzz; see $logs/$t.log"; fi
done
exit $status
