#!/usr/bin/env bash
# Installs Node.js and npm (Debian's packages) when node is missing, for the Spark SQL grammar tests, which build
# tests/sql-grammar with npm and run it with node. Idempotent; prints the versions found.
# Usage: scripts/install-node.sh
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v node >/dev/null 2>&1; then
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm >&2
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "node $(node --version) is installed but npm is not: install npm to build tests/sql-grammar." >&2
    exit 1
fi

echo "node $(node --version), npm $(npm --version)"
