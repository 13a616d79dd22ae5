#!/usr/bin/env bash
# The browser test drives Debian's chromium through playwright-core (browser downloads fail on these machines).
# The emoji font only makes the page's screenshot show emoji instead of empty boxes.
# Idempotent: installs only what is missing, and only when we may use apt; as root a failed install fails.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  # Not root: nothing can be installed here. npm test goes on and skips only the browser test, saying so; CI runs
  # as root (and sets NUTGRAF_REQUIRE_BROWSER=1), so there the browser test always runs.
  if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
    echo "install-chromium: no /usr/bin/chromium and not root; the browser test will be skipped (sudo apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
  fi
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
