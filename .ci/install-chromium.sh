#!/usr/bin/env bash
# The browser test drives Debian's chromium through playwright-core (browser downloads fail on these machines).
# Idempotent: installs only when /usr/bin/chromium is missing and we may use apt.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: /usr/bin/chromium is missing and this is not root; run: sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
