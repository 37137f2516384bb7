#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are missing.
# Idempotent: a second run installs nothing. Usage: scripts/setup-debian.sh [build|runtime|test]...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
roles=("$@")
[ ${#roles[@]} -gt 0 ] || roles=(build runtime)
want=()
while read -r role pkg; do
  case "$role" in ''|'#'*) continue ;; esac
  for r in "${roles[@]}"; do [ "$r" = "$role" ] && want+=("$pkg"); done
done < "$here/packaging/debian-packages.txt"
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
