#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs and starts the third-party peers the tests
# drive (Debian's Mosquitto broker and clients, PostgreSQL, InfluxDB, time zone data), then builds
# and tests the whole solution.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

apt_packages=()
command -v mosquitto_pub >/dev/null || apt_packages+=(mosquitto-clients)
# The cluster tests start their own Mosquitto broker processes.
[ -x /usr/sbin/mosquitto ] || apt_packages+=(mosquitto)
# Cluster mode keeps Orleans membership, grain state and reminders in PostgreSQL.
command -v pg_ctlcluster >/dev/null || apt_packages+=(postgresql postgresql-client)
# Sensor series go to InfluxDB; the tests start their own influxd processes.
command -v influxd >/dev/null || apt_packages+=(influxdb)
# Rosters and routing rules use IANA time zones, which .NET reads from the OS.
[ -e /usr/share/zoneinfo/Europe/Oslo ] || apt_packages+=(tzdata)
# The browser tests drive Debian's Chromium through Playwright (Playwright's own browser downloads are not used).
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
if ((${#apt_packages[@]})); then
  echo "Installing ${apt_packages[*]} from Debian's packages"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# The tests log in as role responsecentre and make a database of their own each.
tests/services/start-postgres.sh

# --blame-hang-timeout turns a hung test into a failure with a dump instead of a stalled run.
dotnet test ResponseCentre.sln --nologo --blame-hang-timeout 5m "$@"
