#!/usr/bin/env bash
# Measures how long the workbench takes to show something after `./touchline open`: the first
# window on the screen (the splash, or before the splash existed the workbench window), the
# workbench window opening and the first map painted (both from -Dtouchline.startupTrace), over
# RUNS launches (default 5) on a fresh Touchline home each. Needs a built workbench, xdotool
# and a display (starts Xvfb when there is none). Not part of the test run.
#
#   releng/benchmark-startup.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
. releng/scripts/display.sh
touchline_ensure_display
command -v xdotool >/dev/null || { echo "benchmark-startup: needs xdotool (apt-get install xdotool)" >&2; exit 2; }
runs="${1:-5}"
ms() { date +%s%3N; }
windows() { xdotool search --onlyvisible --name '.*' 2>/dev/null | wc -l; }
first=(); window=(); painted=()
for run in $(seq 1 "$runs"); do
  home="$(mktemp -d)"
  cp samples/northwind-movers.touchline "$home/map.touchline"
  before="$(windows)"
  start="$(ms)"
  TOUCHLINE_HOME="$home" TOUCHLINE_JAVA_OPTS="-Dtouchline.startupTrace=true" \
    ./touchline open "$home/map.touchline" >"$home/out" 2>&1 &
  pid=$!
  seen=""
  for _ in $(seq 1 600); do
    if [ -z "$seen" ] && [ "$(windows)" -gt "$before" ]; then seen=$(( $(ms) - start )); fi
    grep -q "first map painted" "$home/out" 2>/dev/null && [ -n "$seen" ] && break
    sleep 0.05
  done
  pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  first+=("${seen:-?}")
  window+=("$(sed -n 's/.*window open at \([0-9]*\) ms.*/\1/p' "$home/out")")
  painted+=("$(sed -n 's/.*first map painted at \([0-9]*\) ms.*/\1/p' "$home/out")")
  rm -rf "$home"
done
median() { printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "?")}'; }
echo "startup over $runs launches (median, ms; the first from the launch command, the others from JVM start)"
echo "  first window on screen: $(median "${first[@]}")   (each: ${first[*]})"
echo "  workbench window open:  $(median "${window[@]}")   (each: ${window[*]})"
echo "  first map painted:      $(median "${painted[@]}")   (each: ${painted[*]})"
