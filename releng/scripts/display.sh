# Sourced by releng/test.sh: makes sure the UI tests have a display and GTK 3.
#   touchline_ensure_display   installs Xvfb and GTK 3 from Debian's packages when missing,
#                              starts a virtual display when DISPLAY is not set, exports DISPLAY.
. "$(dirname "${BASH_SOURCE[0]}")/wait.sh"
touchline_ensure_display() {
  local missing=()
  if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
    command -v xauth >/dev/null 2>&1 || missing+=(xauth)
  fi
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} for the UI tests (Debian packages)..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q >/dev/null || true
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || {
      echo "Could not install ${missing[*]}: the UI tests need a display (Xvfb) and GTK 3." >&2
      return 1
    }
  fi
  if [ -z "${DISPLAY:-}" ]; then
    local n=99
    while [ -e "/tmp/.X${n}-lock" ] || [ -e "/tmp/.X11-unix/X${n}" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
    TOUCHLINE_XVFB_PID=$!
    trap 'kill "$TOUCHLINE_XVFB_PID" 2>/dev/null || true' EXIT
    export DISPLAY=":$n"
    # (the X server's own socket path, not a file of ours)
    touchline_wait_until 5 test -e "/tmp/.X11-unix/X${n}" ||
      { echo "The virtual display (Xvfb :$n) did not start within 5 s." >&2; return 1; }
    echo "Started a virtual display (Xvfb) on $DISPLAY"
  fi
}
