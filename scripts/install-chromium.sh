#!/usr/bin/env bash
# Installs Chromium (Debian's package) when it is missing, for the tests that open assessment.html in headless
# Chromium. Idempotent; prints the version found.
# Usage: scripts/install-chromium.sh
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2
fi

chromium --version
