#!/usr/bin/env bash
# Measures the journey map's layout, first paint and repaint on a generated 2,000-touchpoint
# journey (not part of the normal test run). Writes
# bundles/dev.touchline.ui.tests/target/benchmarks/map.md.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
. releng/scripts/find-java.sh
touchline_find_java
. releng/scripts/display.sh
touchline_ensure_display
./mvnw -B -q verify -pl releng/target-platform,features/dev.touchline.rcp.feature,bundles/dev.touchline.ui.tests -am \
  -DskipTests=false -Dtest=MapPaintBenchmark -Dtouchline.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false "$@"
cat bundles/dev.touchline.ui.tests/target/benchmarks/map.md
