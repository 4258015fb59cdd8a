#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs the third-party peers the tests drive
# (Debian's mosquitto clients, time zone data), then builds and tests the whole solution.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
command -v mosquitto_pub >/dev/null || apt_packages+=(mosquitto-clients)
# Rosters and routing rules use IANA time zones, which .NET reads from the OS.
[ -e /usr/share/zoneinfo/Europe/Oslo ] || apt_packages+=(tzdata)
if ((${#apt_packages[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "Installing ${apt_packages[*]} from Debian's packages"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# --blame-hang-timeout turns a hung test into a failure with a dump instead of a stalled run.
dotnet test ResponseCentre.sln --nologo --blame-hang-timeout 5m "$@"
