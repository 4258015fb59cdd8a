#!/usr/bin/env bash
# Starts a whole ResponseCentre cluster as local processes on 127.0.0.1:
#   a Mosquitto broker of its own, G gateway nodes (default 2) and D dashboard nodes (default 1),
#   all of them silos of one Orleans cluster on a local PostgreSQL database.
#
#   deploy/local/start-cluster.sh [--gateways G] [--dashboards D] [--no-publish]
#
# Settings (environment, defaults in brackets); they are saved in $RC_RUN_DIR/cluster.env so that
# start-node.sh restarts a node with the same ones:
#   RC_RUN_DIR [deploy/local/run]      pids, logs, the published app, Mosquitto's config and data
#   RC_MQTT_PORT [1883]                Mosquitto's port; devices publish here
#   RC_HTTP_PORT [5080]                dashboard-1's HTTP port; node i of a role gets the base + i - 1,
#   RC_SILO_PORT [11111]               gateway nodes start 50 above the dashboard nodes
#   RC_ORLEANS_GATEWAY_PORT [30000]    (dashboard-1: 5080/11111/30000, gateway-1: 5130/11161/30050)
#   RC_DATABASE [responsecentre_local] created and brought up to date by deploy/postgres/create-database.sh
#   PGHOST PGPORT PGUSER PGPASSWORD    [127.0.0.1 5432 responsecentre responsecentre]
#   RC_START_TIMEOUT [120]             seconds to wait for each node's /health
# Any Orleans__*/Gateway__*/Logging__* variable in your environment reaches the nodes as well
# (e.g. Orleans__Membership__ProbeTimeout=00:00:02).
#
# PostgreSQL must be running (here: tests/services/start-postgres.sh). Stop with stop-cluster.sh.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

gateways=${RC_GATEWAYS:-2}
dashboards=${RC_DASHBOARDS:-1}
publish=1
while [ $# -gt 0 ]; do
  case $1 in
    --gateways) gateways=$2; shift 2 ;;
    --dashboards) dashboards=$2; shift 2 ;;
    --no-publish) publish=0; shift ;;
    *) echo "usage: $0 [--gateways G] [--dashboards D] [--no-publish]" >&2; exit 2 ;;
  esac
done
if ! [[ $gateways =~ ^[0-9]+$ && $dashboards =~ ^[1-9][0-9]*$ ]] || [ "$gateways" -gt 50 ] || [ "$dashboards" -gt 50 ]; then
  echo "need 0-50 gateway nodes and 1-50 dashboard nodes" >&2
  exit 2
fi

run=${RC_RUN_DIR:-$here/run}
mkdir -p "$run/pids" "$run/logs" "$run/mosquitto"
run=$(cd "$run" && pwd)

for pidfile in "$run"/pids/*.pid; do
  [ -e "$pidfile" ] || continue
  if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$(basename "$pidfile" .pid) is still running (pid $(cat "$pidfile")): run $here/stop-cluster.sh first" >&2
    exit 1
  fi
  rm -f "$pidfile"
done

trap 'echo "start-cluster.sh failed; whatever it started is stopped by $here/stop-cluster.sh" >&2' ERR

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-responsecentre} PGPASSWORD=${PGPASSWORD:-responsecentre}
mqtt_port=${RC_MQTT_PORT:-1883}
database=${RC_DATABASE:-responsecentre_local}

# The settings every node (and a later start-node.sh) reads; %q keeps them safe to source.
{
  printf 'RC_RUN_DIR=%q\n' "$run"
  printf 'RC_MQTT_PORT=%q\n' "$mqtt_port"
  printf 'RC_HTTP_PORT=%q\n' "${RC_HTTP_PORT:-5080}"
  printf 'RC_SILO_PORT=%q\n' "${RC_SILO_PORT:-11111}"
  printf 'RC_ORLEANS_GATEWAY_PORT=%q\n' "${RC_ORLEANS_GATEWAY_PORT:-30000}"
  printf 'RC_START_TIMEOUT=%q\n' "${RC_START_TIMEOUT:-120}"
  printf 'RC_CONNECTION_STRING=%q\n' "Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD"
  printf 'RC_GATEWAYS=%q\nRC_DASHBOARDS=%q\n' "$gateways" "$dashboards"
} >"$run/cluster.env"

echo "== database $database on $PGHOST:$PGPORT"
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "PostgreSQL does not answer on $PGHOST:$PGPORT (locally: tests/services/start-postgres.sh)" >&2
  exit 1
fi
"$repo/deploy/postgres/create-database.sh" "$database"

echo "== mosquitto on 127.0.0.1:$mqtt_port"
# The cluster's own broker settings (deploy/mosquitto/mosquitto.conf: persistence on, queue and
# in-flight limits), with the port, the store and the log moved into the run folder. `user` keeps
# Mosquitto from switching to the 'mosquitto' account when started as root (it could not write here).
{
  echo "# Written by deploy/local/start-cluster.sh from deploy/mosquitto/mosquitto.conf on every start."
  sed -e "s|^listener 1883\$|listener $mqtt_port 127.0.0.1|" \
      -e "s|^persistence_location .*|persistence_location $run/mosquitto/|" \
      -e "s|^log_dest stdout\$|log_dest file $run/logs/mosquitto.log|" \
      "$repo/deploy/mosquitto/mosquitto.conf"
  echo "user $(id -un)"
} >"$run/mosquitto/mosquitto.conf"
grep -q "^listener $mqtt_port 127.0.0.1\$" "$run/mosquitto/mosquitto.conf" \
  || { echo "deploy/mosquitto/mosquitto.conf no longer has the line 'listener 1883'" >&2; exit 1; }
mosquitto=$(command -v mosquitto || echo /usr/sbin/mosquitto)
# setsid: the broker and the nodes outlive this script and a Ctrl-C in its terminal.
(exec setsid "$mosquitto" -c "$run/mosquitto/mosquitto.conf" >>"$run/logs/mosquitto.log" 2>&1 </dev/null) &
echo $! >"$run/pids/mosquitto.pid"
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$mqtt_port") 2>/dev/null && break
  kill -0 "$(cat "$run/pids/mosquitto.pid")" 2>/dev/null || { tail -n 20 "$run/logs/mosquitto.log" >&2; exit 1; }
  sleep 0.2
done

if [ "$publish" = 1 ] || [ ! -f "$run/app/ResponseCentre.Dashboard.dll" ]; then
  echo "== dotnet publish src/Dashboard -> $run/app"
  dotnet publish "$repo/src/Dashboard" -c Release -o "$run/app" --nologo -v quiet
fi

echo "== nodes"
nodes=()
for i in $(seq 1 "$dashboards"); do nodes+=("dashboard $i"); done
for i in $(seq 1 "$gateways"); do nodes+=("gateway $i"); done
# Start them all at once (they join the cluster in parallel), then wait for each one's /health.
for node in "${nodes[@]}"; do "$here/start-node.sh" --no-wait $node; done
for node in "${nodes[@]}"; do "$here/start-node.sh" --wait-only $node; done

source "$run/cluster.env"
echo
echo "Cluster is up (run folder $run):"
for i in $(seq 1 "$dashboards"); do
  echo "  dashboard-$i  http://127.0.0.1:$((RC_HTTP_PORT + i - 1))/  (API /api/incidents, hub /hubs/incidents)"
done
echo "  MQTT         127.0.0.1:$mqtt_port  (devices publish on rc/v1/devices/{deviceId}/events)"
echo "  logs         $run/logs/"
echo "Restart one node: $here/stop-cluster.sh gateway 1 && $here/start-node.sh gateway 1"
echo "Stop all:         $here/stop-cluster.sh"
