#!/usr/bin/env bash
# Touchline's test command: builds everything from a clean clone and runs every test.
#   releng/test.sh            (what CI runs, through .ci/run)
# It needs a JDK 21 or newer (found by releng/scripts/find-java.sh) and reaches Maven Central only;
# for the UI tests it installs Xvfb and GTK 3 from Debian's packages when missing and starts a
# virtual display when DISPLAY is not set (releng/scripts/display.sh). Microsoft's SARIF validator
# comes from the npm registry, so it needs npm too; on a machine without npm,
# TOUCHLINE_SKIP_SARIF_VALIDATOR=1 skips that check (and says so) instead of failing it.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
. releng/scripts/find-java.sh
touchline_find_java
echo "Using JAVA_HOME=$JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
. releng/scripts/display.sh
touchline_ensure_display
. releng/scripts/wait.sh

# 1. Build every bundle, regenerate-check the EMF code, run all unit tests, build the p2 repository;
#    -Pfuzz adds a bounded Jazzer run of each fuzz target (TOUCHLINE_FUZZ_DURATION each, default 60s).
./mvnw -B verify -Pfuzz -Dtouchline.fuzz.duration="${TOUCHLINE_FUZZ_DURATION:-60s}"

# 2. The launcher itself, as a user runs it.
passed=0
failed=0

# Each check runs in a scratch folder of its own, $work, removed after it (the functions below
# write there: they run through check).
check() { # description, expected exit code, command...
  local description="$1" expected="$2"
  shift 2
  local actual=0 work
  work="$(mktemp -d)"
  "$@" > "$work/.check-output" 2>&1 || actual=$?
  if [ "$actual" -eq "$expected" ]; then
    passed=$((passed + 1))
    echo "ok   $description"
  else
    failed=$((failed + 1))
    echo "FAIL $description: exit $actual, expected $expected"
    head -20 "$work/.check-output" | sed 's/^/     /' # (not sed | head: a long output would end sed by SIGPIPE)
  fi
  rm -rf "$work"
}
# The README's first command on a fresh clone (no build outputs): it builds Touchline, then runs;
# the next command does not build again; a changed pom.xml makes it build (a stub build here).
first_run_on_a_fresh_clone() {
  local clone
  clone="$work/touchline"
  # (what is committed: this runs on CI's clean clone; locally, commit first)
  git -c safe.directory='*' clone --quiet "$here" "$clone" || return 1
  (cd "$clone" && ./touchline --help > "$work/help.out" 2> "$work/first.err") ||
    { echo "the first run failed:"; tail -20 "$work/first.err"; return 1; }
  grep -q "first run" "$work/first.err" || { echo "the first run did not say it builds"; return 1; }
  grep -q "validate" "$work/help.out" || { echo "--help listed no commands"; return 1; }
  (cd "$clone" && ./touchline stats samples/northwind-movers.touchline > /dev/null 2> "$work/second.err") || return 1
  if grep -q "building" "$work/second.err"; then echo "it built again with nothing changed"; return 1; fi
  printf '#!/bin/sh\necho stub build >&2\n' > "$clone/mvnw"
  touch "$clone/pom.xml"
  (cd "$clone" && ./touchline --help > /dev/null 2> "$work/third.err") || return 1
  grep -q "sources changed" "$work/third.err" && grep -q "stub build" "$work/third.err" ||
    { echo "a changed pom.xml did not rebuild:"; cat "$work/third.err"; return 1; }
}
check "the first command on a fresh clone builds Touchline and runs" 0 first_run_on_a_fresh_clone
check "touchline validate finds the sample's gaps" 1 ./touchline validate samples/northwind-movers.touchline
check "touchline validate --format sarif" 1 ./touchline validate samples/northwind-movers.touchline --format sarif
check "touchline stats" 0 ./touchline stats samples/northwind-movers.touchline
check "touchline refuses a missing file" 2 ./touchline validate no-such-file.touchline
check "touchline --help" 0 ./touchline --help
sheet_round_trip() { # export the sample as a workbook and import it back: nothing changes
  cp samples/northwind-movers.touchline "$work/m.touchline"
  ./touchline export "$work/m.touchline" --out "$work/m.xlsx" && ./touchline import "$work/m.touchline" "$work/m.xlsx" &&
    cmp samples/northwind-movers.touchline "$work/m.touchline"
}
check "touchline export writes a workbook that imports back unchanged" 0 sheet_round_trip
workshop_pack() { # the pack through the launcher (its class path is the script's own)
  ./touchline pack samples/northwind-movers.touchline --out "$work/pack.zip" &&
    grep -aq "posters/move-house.svg" "$work/pack.zip" && grep -aq "handouts/billing-accounting.html" "$work/pack.zip" &&
    grep -aq "workshop.xlsx" "$work/pack.zip"
}
check "touchline pack writes the workshop pack" 0 workshop_pack
concurrent_imports() { # two `touchline import` processes into one model at once, 20 rounds: no edit is lost
  local round a b ea eb
  for round in $(seq 1 20); do
    cp samples/northwind-movers.touchline "$work/m.touchline"
    for w in a b; do
      printf 'Touchpoint id,Journey,Stage,Touchpoint\n,Move house,Book,Round %s writer %s\n' "$round" "$w" > "$work/$w.csv"
    done
    ./touchline import "$work/m.touchline" "$work/a.csv" > "$work/a.out" 2>&1 & a=$!
    ./touchline import "$work/m.touchline" "$work/b.csv" > "$work/b.out" 2>&1 & b=$!
    ea=0; wait "$a" || ea=$?; eb=0; wait "$b" || eb=$?
    for w in a b; do
      if grep -q "; saved" "$work/$w.out"; then
        grep -q "Round $round writer $w" "$work/m.touchline" ||
          { echo "round $round: writer $w said saved but its edit is not in the model"; cat "$work/$w.out"; return 1; }
      elif ! grep -q "changed on disk since Touchline read it" "$work/$w.out"; then
        echo "round $round: writer $w neither saved nor was refused:"; cat "$work/$w.out"; return 1
      fi
    done
    [ "$ea" -eq 0 ] || [ "$eb" -eq 0 ] || { echo "round $round: both imports failed"; cat "$work"/*.out; return 1; }
  done
}
check "two imports into one model at once never lose an edit (20 rounds)" 0 concurrent_imports
non_ascii_name_under_lang_c() { # a file name with non-ASCII letters opens even in the C locale
  cp samples/northwind-movers.touchline "$work/Lojística 物流.touchline"
  # (to a file, then grep: under pipefail a `grep -q` that stops reading kills the writer with SIGPIPE)
  LANG=C LC_ALL=C ./touchline stats "$work/Lojística 物流.touchline" > "$work/stats.out" &&
    grep -q "touchpoints 30" "$work/stats.out"
}
check "a non-ASCII file name opens under LANG=C" 0 non_ascii_name_under_lang_c
fifo_refused() { # exit 2 when touchline refuses a FIFO saying why
  mkfifo "$work/fifo"
  ./touchline validate "$work/fifo" > "$work/fifo.out" 2>&1 || true
  cat "$work/fifo.out"
  grep -q "not a regular file" "$work/fifo.out" && return 2
}
check "touchline refuses a FIFO with a clear message" 2 fifo_refused
check "touchline open refuses a missing file" 2 ./touchline open no-such-file.touchline
other_machine() { # the workbench on a machine it is not built for: a clear message, exit 2
  local fake="$work/bin"
  mkdir "$fake"
  printf '#!/bin/sh\ncase "$1" in -m) echo aarch64;; *) echo Linux;; esac\n' > "$fake/uname"
  chmod +x "$fake/uname"
  local rc=0
  DISPLAY=:0 PATH="$fake:$PATH" ./touchline open samples/northwind-movers.touchline > "$fake/out" 2>&1 || rc=$?
  cat "$fake/out"
  [ "$rc" -eq 2 ] && grep -q "built for Linux on x86_64 only, and this machine is Linux on aarch64" "$fake/out"
}
check "touchline open on another architecture says the workbench is not built for it" 0 other_machine
no_lock_when_up_to_date() { # another user holding a build lock cannot hang an up-to-date command
  # the old shared lock in /tmp and this checkout's own, both held by someone else for a minute
  local old="${TMPDIR:-/tmp}/touchline-build-$(printf '%s' "$here" | cksum | cut -d' ' -f1).lock"
  local own="$here/releng/cli/target/.touchline-build.lock"
  flock "$own" sleep 60 & local holder_own=$!
  { flock "$old" sleep 60 2>/dev/null || true; } & local holder_old=$!
  local rc=0
  timeout 30 ./touchline --help > "$work/help.out" 2>&1 || rc=$?
  kill "$holder_own" "$holder_old" 2>/dev/null || true
  wait "$holder_own" "$holder_old" 2>/dev/null || true
  [ "$rc" -eq 0 ] || { echo "exit $rc (124: it waited for the lock)"; cat "$work/help.out"; return 1; }
}
check "an up-to-date command takes no build lock (another user's lock cannot hang it)" 0 no_lock_when_up_to_date
broken_jdk_named() { # a JDK that cannot start under a memory limit: named, exit 2 (1 means findings)
  local rc=0
  (ulimit -v 150000; ./touchline --help) > "$work/out" 2>&1 || rc=$?
  cat "$work/out"
  [ "$rc" -eq 2 ] && grep -q "did not start" "$work/out" && grep -q "ulimit -v" "$work/out"
}
check "a JDK that cannot start is named, with exit 2" 0 broken_jdk_named
# The workbench as a user starts it: it must come up on a working copy of the sample (outside the
# repository, its title saying so) and stay up, with nothing in its error log; the tracked sample
# stays as it is.
workbench_runs() {
  local home="$work/home" pid
  mkdir "$home"
  TOUCHLINE_HOME="$home" TOUCHLINE_JAVA_OPTS="-Dtouchline.startedFile=$home/started -Dtouchline.recovery=$home/recovery" ./touchline &
  pid=$!
  gone() { ! kill -0 "$pid" 2>/dev/null; }
  started_or_gone() { touchline_started "$home/started" || gone; }
  # a late failure: the process ended, or it logged an error or a warning
  failed_late() { gone || grep -qs '^!ENTRY [^ ]* [24] ' "$home/workspace/.metadata/.log"; }
  touchline_wait_until 60 started_or_gone || { echo "no startup report within 60 s"; kill "$pid"; return 1; }
  if gone; then echo "the workbench exited early"; return 1; fi
  grep -q "editors=1" "$home/started" || { echo "the sample map did not open:"; cat "$home/started"; kill "$pid"; return 1; }
  # Staying up is the one wait with a fixed length: it ends early only when something goes wrong.
  if touchline_wait_until 3 failed_late && gone; then echo "the workbench exited after starting"; return 1; fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -qx "title=northwind-movers (sample copy).touchline" "$home/started" ||
    { echo "the editor's title does not say it is the sample copy:"; cat "$home/started"; return 1; }
  cmp -s samples/northwind-movers.touchline "$home/northwind-movers (sample copy).touchline" ||
    { echo "no working copy of the sample in TOUCHLINE_HOME"; return 1; }
  git diff --quiet -- samples/ && [ ! -e samples/northwind-movers.touchline.bak ] ||
    { echo "the repository's sample was changed"; return 1; }
  if [ -f "$home/workspace/.metadata/.log" ] && grep -q '^!ENTRY [^ ]* [24] ' "$home/workspace/.metadata/.log"; then
    echo "errors or warnings in the workbench log:"; head -40 "$home/workspace/.metadata/.log"; return 1
  fi
}
check "touchline (no arguments) opens the workbench on the sample" 0 workbench_runs
check "the features install into a bare Eclipse platform with the p2 director, and Touchline starts there" 0 \
  releng/install-test.sh
# 3. SARIF output checked by Microsoft's SARIF validator (schema and spec rules), from the npm registry.
sarif_clean() { # exit 0 only when the validator runs cleanly and reports no error or warning for $1
  local out rc=0
  rm -f "$tools/validation.sarif"
  out="$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 300 "$multitool" validate "$1" -o "$tools/validation.sarif" 2>&1)" || rc=$?
  echo "$out"
  [ "$rc" -eq 0 ] && ! grep -qE ': (error|warning) ' <<< "$out"
}
sarif_validator_runs() { # installs the validator once (its errors shown), then checks it starts
  if [ ! -x "$multitool" ]; then
    command -v npm >/dev/null 2>&1 ||
      { echo "npm is not installed (or set TOUCHLINE_SKIP_SARIF_VALIDATOR=1 to skip this check)"; return 1; }
    mkdir -p "$tools"
    timeout 300 npm install --loglevel=error --no-audit --no-fund --prefix "$tools" \
      @microsoft/sarif-multitool-linux@5.7.0 ||
      { echo "npm could not install @microsoft/sarif-multitool-linux@5.7.0 (output above)"; return 1; }
    chmod +x "$multitool"
  fi
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 60 "$multitool" --version
}
tools="$here/releng/target/sarif-multitool"
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ -n "${TOUCHLINE_SKIP_SARIF_VALIDATOR:-}" ]; then
  echo "skip SARIF validator: TOUCHLINE_SKIP_SARIF_VALIDATOR is set"
else
  before=$failed
  check "the SARIF validator installs from npm and runs" 0 sarif_validator_runs
  if [ "$failed" -eq "$before" ]; then
    ./touchline validate samples/northwind-movers.touchline --format sarif > "$tools/sample.sarif" || true
    check "SARIF output passes the SARIF validator with no error or warning" 0 sarif_clean "$tools/sample.sarif"
    sed 's/"version": "2.1.0"/"version": "2.0.0"/' "$tools/sample.sarif" > "$tools/broken.sarif"
    check "the SARIF validator does reject a broken log" 1 sarif_clean "$tools/broken.sarif"
  fi
fi
echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
