# Sourced by the launcher and the test script: sets JAVA_HOME to a JDK of version 21 or newer.
# Order: $JAVA_HOME if new enough, then JDKs under /usr/lib/jvm (newest first), then `java` on PATH.
touchline_java_version() { # prints the major version of the java binary $1
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
touchline_find_java() {
  local candidate version broken="" why=""
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    candidate="${candidate%/}"
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ]; then
      version="$(touchline_java_version "$candidate/bin/java")"
      if [ "$version" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"
        return 0
      elif [ -z "$version" ] && [ -z "$broken" ]; then
        # a JDK that does not even say its version: it could not start (a memory limit, a broken install)
        broken="$candidate"
        why="$("$candidate/bin/java" -version 2>&1 | head -n 2 | tr '\n' ' ')"
      fi
    fi
  done
  if [ -n "$broken" ]; then
    echo "touchline: the JDK in $broken did not start: ${why:-no output}" >&2
    echo "  If a memory limit is set (ulimit -v), raise it; otherwise reinstall the JDK or set JAVA_HOME to another one (21 or newer)." >&2
  else
    echo "touchline: no JDK 21 or newer found. Install one (for example Temurin 21+) and set JAVA_HOME." >&2
  fi
  return 1
}
