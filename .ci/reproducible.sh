#!/usr/bin/env bash
# Reproducible builds, checked: builds the published modules twice from clean (no tests) and compares every
# jar they make, main, -sources and -javadoc, and the BOM, byte for byte. Exits 1 naming the files that differ.
# About a minute and a half on 2 cores. .ci/run runs it before the full build.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=bom,core,features,scenario,backtest,cli,spark
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in 1 2; do
  ./mvnw -B -ntp -q clean package -DskipTests -pl "$modules" > "$out/build-$run.log" 2>&1 \
    || { cat "$out/build-$run.log"; echo "reproducible: build $run failed"; exit 1; }
  mkdir -p "$out/$run"
  # The artifacts a release deploys: every jar of the published modules and the BOM's POM.
  for f in */target/*.jar bom/pom.xml; do
    case "$f" in examples/*|benchmarks/*) continue ;; esac
    cp "$f" "$out/$run/$(echo "$f" | tr / _)"
  done
done
count=$(ls "$out/1" | wc -l)
if [ "$count" -lt 19 ]; then
  echo "reproducible: expected at least 19 artifacts (6 modules x 3 jars and the BOM), found $count:"; ls "$out/1"; exit 1
fi
if diff -r "$out/1" "$out/2" > "$out/diff.txt"; then
  echo "reproducible: $count artifacts byte-identical across two clean builds:"
  (cd "$out/1" && sha256sum * | sed 's/^/  /')
else
  echo "reproducible: FAILED, two clean builds differ:"; cat "$out/diff.txt"; exit 1
fi
