#!/usr/bin/env bash
# Touchline's test command: builds everything from a clean clone and runs every test.
#   releng/test.sh            (what CI runs, through .ci/run)
# It needs a JDK 21 or newer (found by releng/scripts/find-java.sh) and reaches Maven Central only.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
. releng/scripts/find-java.sh
touchline_find_java
echo "Using JAVA_HOME=$JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"

# 1. Build every bundle, regenerate-check the EMF code, run all unit tests, build the p2 repository.
./mvnw -B verify

# 2. The launcher itself, as a user runs it.
passed=0
failed=0
check() { # description, expected exit code, command...
  local description="$1" expected="$2"
  shift 2
  local actual=0
  "$@" > /tmp/touchline-check.out 2>&1 || actual=$?
  if [ "$actual" -eq "$expected" ]; then
    passed=$((passed + 1))
    echo "ok   $description"
  else
    failed=$((failed + 1))
    echo "FAIL $description: exit $actual, expected $expected"
    sed 's/^/     /' /tmp/touchline-check.out | head -20
  fi
}
check "touchline validate finds the sample's gaps" 1 ./touchline validate samples/northwind-movers.touchline
check "touchline validate --format sarif" 1 ./touchline validate samples/northwind-movers.touchline --format sarif
check "touchline stats" 0 ./touchline stats samples/northwind-movers.touchline
check "touchline refuses a missing file" 2 ./touchline validate no-such-file.touchline
check "touchline --help" 0 ./touchline --help
echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
