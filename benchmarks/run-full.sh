#!/usr/bin/env bash
# The full benchmark run, one command from the repository root:
#
#   benchmarks/run-full.sh
#
# It builds benchmarks/target/benchmarks.jar, runs every benchmark with the settings annotated on its class
# (2 forks; 5 warm-up and 5 measured one-second iterations, or single shots for training and the backtest; the
# *Vector* classes in JVMs started with --add-modules jdk.incubator.vector) under JMH's GC profiler, writes the
# JSON to benchmarks/target/jmh-full.json and renders benchmarks/RESULTS.md from it, with the machine (lscpu) and
# the JVM (java -version). Takes about 17 minutes; run it on a quiet machine (other builds disturb the timings).
# Extra arguments go to JMH (e.g. a regular expression selecting benchmarks); RESULTS.md then covers only what ran.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OUT=benchmarks/target

./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
"$JAVA" -jar "$OUT/benchmarks.jar" -prof gc -rf json -rff "$OUT/jmh-full.json" "$@" | tee "$OUT/jmh-full.log"
lscpu > "$OUT/lscpu.txt"
"$JAVA" -version 2> "$OUT/java-version.txt"
"$JAVA" -cp "$OUT/benchmarks.jar" org.forecast4j.benchmarks.ResultsReport "$OUT/jmh-full.json" "$OUT/lscpu.txt" \
    "$OUT/java-version.txt" benchmarks/RESULTS.md "$(date -u +%Y-%m-%d)"
