#!/usr/bin/env bash
# Installs Touchline's features into a fresh, bare Eclipse platform (no Touchline in it) from the
# p2 repository that releng/dev.touchline.repository builds, with the p2 director the platform
# carries (from Maven Central), then starts Touchline in that platform and checks it comes up.
# Run after `./mvnw verify`; releng/test.sh runs it. Needs a display for the last step.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
. "$here/releng/scripts/find-java.sh"
. "$here/releng/scripts/wait.sh"
touchline_find_java
java="$JAVA_HOME/bin/java"
bare="$here/releng/dev.touchline.installtest/target/products/dev.touchline.installtest.platform/linux/gtk/x86_64"
repository="$here/releng/dev.touchline.repository/target/repository"
[ -d "$bare" ] && [ -d "$repository" ] || { echo "build first: ./mvnw verify"; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
platform="$work/eclipse"
cp -r "$bare" "$platform"
launcher() { ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | sort -V | tail -n 1; }
if ls "$platform"/plugins/dev.touchline.* >/dev/null 2>&1; then
  echo "the bare platform already contains Touchline"; exit 1
fi

echo "1. p2 director: install dev.touchline.feature and dev.touchline.ui.feature from $repository"
(cd "$platform" && "$java" -jar "$(launcher)" -nosplash -consoleLog \
  -application org.eclipse.equinox.p2.director \
  -repository "file:$repository" \
  -installIU dev.touchline.feature.feature.group,dev.touchline.ui.feature.feature.group \
  -destination "$platform" -profile DefaultProfile \
  -p2.os linux -p2.ws gtk -p2.arch x86_64) > "$work/director.log" 2>&1 || {
  echo "the p2 director failed:"; cat "$work/director.log"; exit 1; }
grep -E "Installing|Operation completed" "$work/director.log" | sed 's/^/   /'
ls "$platform"/plugins/dev.touchline.ui_*.jar >/dev/null || { echo "dev.touchline.ui was not installed"; exit 1; }
grep -q "^dev.touchline.ui," "$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" || {
  echo "dev.touchline.ui is not in the platform's bundles.info"; exit 1; }

echo "2. start Touchline in the platform it was installed into"
workspace="$work/workspace"
(cd "$platform" && "$java" -Dtouchline.startedFile="$work/started" -jar "$(launcher)" -consoleLog \
  -application dev.touchline.ui.application \
  -data "$workspace" "$here/samples/northwind-movers.touchline") > "$work/run.log" 2>&1 &
pid=$!
started_or_gone() { touchline_started "$work/started" || ! kill -0 "$pid" 2>/dev/null; }
touchline_wait_until 60 started_or_gone || {
  echo "Touchline wrote no startup report within 60 s:"; cat "$work/run.log"; kill "$pid"; exit 1; }
if ! kill -0 "$pid" 2>/dev/null; then
  echo "Touchline exited in the installed platform:"; cat "$work/run.log"; exit 1
fi
grep -q "editors=1" "$work/started" 2>/dev/null || {
  echo "the workbench did not open the sample map:"; cat "$work/started" "$work/run.log" 2>/dev/null; exit 1; }
kill "$pid"; wait "$pid" 2>/dev/null || true
if [ -f "$workspace/.metadata/.log" ] && grep -q '^!ENTRY [^ ]* [24] ' "$workspace/.metadata/.log"; then
  echo "errors in the installed platform's log:"; head -60 "$workspace/.metadata/.log"; exit 1
fi
echo "Touchline installed with the p2 director and started in a bare platform"
