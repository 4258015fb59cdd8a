#!/usr/bin/env bash
# Starts one node of the local cluster that start-cluster.sh set up, with the settings it saved in
# the run folder; use it to bring a stopped or killed node back:
#
#   deploy/local/start-node.sh [--no-wait | --wait-only] gateway|dashboard N
#
# A node's ports follow from its role and number (see start-cluster.sh), and gateway node N always
# connects to Mosquitto as client id gateway-N: the broker keeps that session, with the alarms
# queued for it, while the node is away and hands them over when it returns.
# Waits (bounded by RC_START_TIMEOUT) until the node's /health answers unless --no-wait.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
start=1 wait=1
case ${1:-} in
  --no-wait) wait=0; shift ;;
  --wait-only) start=0; shift ;;
esac
if [ $# -ne 2 ] || ! [[ $1 =~ ^(gateway|dashboard)$ && $2 =~ ^[1-9][0-9]?$ ]]; then
  echo "usage: $0 [--no-wait | --wait-only] gateway|dashboard N" >&2
  exit 2
fi
role=$1 n=$2 name=$1-$2

env_file=${RC_RUN_DIR:-$here/run}/cluster.env
[ -f "$env_file" ] || { echo "$env_file not found: run start-cluster.sh first" >&2; exit 1; }
source "$env_file"
run=$RC_RUN_DIR

# dashboard-N uses base + N - 1, gateway-N base + 50 + N - 1, for all three ports.
index=$((n - 1))
[ "$role" = gateway ] && index=$((50 + n - 1))
http_port=$((RC_HTTP_PORT + index))
pidfile=$run/pids/$name.pid
log=$run/logs/$name.log

if [ "$start" = 1 ]; then
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$name is already running (pid $(cat "$pidfile"))" >&2
    exit 1
  fi
  gateway=false dashboard=false
  [ "$role" = gateway ] && gateway=true
  [ "$role" = dashboard ] && dashboard=true
  echo "--- $(date -Is) start $name" >>"$log"
  # The working directory is the content root: appsettings.json and seed/demo.json come from there.
  (
    cd "$run/app"
    export Urls="http://127.0.0.1:$http_port"
    export Roles__Gateway=$gateway Roles__Dashboard=$dashboard
    export Orleans__Mode=AdoNet Orleans__AdoNet__ConnectionString="$RC_CONNECTION_STRING"
    # Loopback only: every silo advertises 127.0.0.1 and its own pair of ports.
    export Orleans__AdvertisedIPAddress=127.0.0.1
    export Orleans__SiloPort=$((RC_SILO_PORT + index)) Orleans__GatewayPort=$((RC_ORLEANS_GATEWAY_PORT + index))
    export Gateway__Mode=ExternalBroker Gateway__ExternalBroker__Host=127.0.0.1
    export Gateway__ExternalBroker__Port=$RC_MQTT_PORT Gateway__ExternalBroker__ClientId=$name
    export Logging__Console__FormatterOptions__TimestampFormat="HH:mm:ss.fff "
    # A file handle per connection: raise the soft limit as far as the hard limit allows.
    ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    exec setsid dotnet ResponseCentre.Dashboard.dll >>"$log" 2>&1 </dev/null
  ) &
  echo $! >"$pidfile"
  echo "$name: pid $!, http://127.0.0.1:$http_port, log $log"
fi

if [ "$wait" = 1 ]; then
  deadline=$((SECONDS + RC_START_TIMEOUT))
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$http_port/health"; do
    if ! kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null; then
      echo "$name exited; the end of $log:" >&2
      tail -n 30 "$log" >&2
      exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "$name: no answer on http://127.0.0.1:$http_port/health after ${RC_START_TIMEOUT}s; see $log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$name: healthy"
fi
