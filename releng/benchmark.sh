#!/usr/bin/env bash
# Touchline's benchmark suite (JMH, not part of the test run): load, save, validation,
# revalidation, stats, XLSX export on generated models of 1,000, 10,000 and 100,000 touchpoints,
# and the journey-map editor's layout and paint, side by side in one run. Writes
# docs/performance.md and docs/performance.json. About 25 minutes on 2 cores.
#   releng/benchmark.sh            the full suite
#   releng/benchmark.sh --quick    short iterations, two sizes, into target/: checks the suite itself
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
. releng/scripts/find-java.sh
touchline_find_java
. releng/scripts/display.sh
touchline_ensure_display
out=docs
quick=false
if [ "${1:-}" = "--quick" ]; then quick=true; out=releng/benchmarks/target/quick; fi
jar=releng/benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find bundles releng/benchmarks/src -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]; then
  ./mvnw -B -q -o -DskipTests verify 2>/dev/null || ./mvnw -B -q -DskipTests verify
fi
exec "$JAVA_HOME/bin/java" -Xmx2g -Dtouchline.bench.quick=$quick \
  -Dtouchline.bench.dir="$here/releng/benchmarks/target/models" -jar "$jar" "$out"
