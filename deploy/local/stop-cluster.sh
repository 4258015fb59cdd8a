#!/usr/bin/env bash
# Stops the local cluster started by start-cluster.sh, by the pid files in its run folder:
#
#   deploy/local/stop-cluster.sh                      every node, then Mosquitto
#   deploy/local/stop-cluster.sh gateway|dashboard N  one node (start it again with start-node.sh)
#   --kill (first argument)                           SIGKILL at once, to try out a crashed node
#
# Otherwise SIGTERM, so a silo leaves the cluster cleanly and Mosquitto saves its store, and
# SIGKILL after RC_STOP_TIMEOUT seconds (default 30). Logs, the app and Mosquitto's data stay.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
run=${RC_RUN_DIR:-$here/run}
signal=TERM
if [ "${1:-}" = --kill ]; then signal=KILL; shift; fi

if [ $# -eq 2 ]; then
  names=("$1-$2")
elif [ $# -eq 0 ]; then
  names=()
  for pidfile in "$run"/pids/*.pid; do
    [ -e "$pidfile" ] || continue
    name=$(basename "$pidfile" .pid)
    [ "$name" = mosquitto ] || names+=("$name")
  done
  names+=(mosquitto) # last: the nodes disconnect from it first
else
  echo "usage: $0 [--kill] [gateway|dashboard N]" >&2
  exit 2
fi

# Signals only a process that is still the one we started (a stale pid may have been reused).
ours() {
  local pid=$1
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qE 'ResponseCentre\.Dashboard\.dll|mosquitto'
}

stop_group() {
  local pids=() name pid
  for name in "$@"; do
    [ -f "$run/pids/$name.pid" ] || { [ $# -eq 1 ] && echo "$name: no pid file" >&2; continue; }
    pid=$(cat "$run/pids/$name.pid")
    if ours "$pid"; then
      kill -s "$signal" "$pid" 2>/dev/null || true
      echo "$name: SIG$signal to $pid"
      pids+=("$pid")
    fi
    rm -f "$run/pids/$name.pid"
  done
  local deadline=$((SECONDS + ${RC_STOP_TIMEOUT:-30}))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do
      if [ $SECONDS -ge $deadline ]; then
        echo "pid $pid still running after ${RC_STOP_TIMEOUT:-30}s: SIGKILL"
        kill -s KILL "$pid" 2>/dev/null || true
      fi
      sleep 0.5
    done
  done
}

if [ $# -eq 2 ]; then
  stop_group "${names[@]}"
else
  # All nodes at once, then the broker.
  nodes=("${names[@]:0:${#names[@]}-1}")
  [ ${#nodes[@]} -eq 0 ] || stop_group "${nodes[@]}"
  stop_group mosquitto
fi
