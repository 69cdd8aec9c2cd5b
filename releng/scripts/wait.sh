# Sourced by the releng scripts: waiting for a condition rather than for a fixed time.
#   touchline_wait_until SECONDS COMMAND...  runs COMMAND every 0.1 s until it succeeds (returns 0)
#                                            or about SECONDS have passed (returns 1)
#   touchline_started FILE                   the workbench's startup report (-Dtouchline.startedFile)
#                                            is complete: its editors=N line and N title lines
touchline_wait_until() {
  local tries=$(($1 * 10))
  shift
  until "$@"; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || return 1
    sleep 0.1
  done
}

# The report is written in place (no rename), so a poll can find the file there but half written:
# complete means every line the editors=N line promises is there, the last one ended.
touchline_started() {
  local editors
  editors="$(sed -n 's/^editors=//p' "$1" 2>/dev/null)"
  [ -n "$editors" ] && [ "$(grep -c '^title=' "$1")" -eq "$editors" ] && [ -z "$(tail -c 1 "$1")" ]
}
