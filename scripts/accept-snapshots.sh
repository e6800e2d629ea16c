#!/usr/bin/env bash
# Accepts reviewed snapshot output: renames every *.received.* file under tests/ to *.verified.*.
# Review the received files (git diff after accepting) before committing. CI never accepts.
set -euo pipefail
cd "$(dirname "$0")/.."
count=0
while IFS= read -r -d '' received; do
    mv -f "$received" "${received/.received./.verified.}"
    count=$((count + 1))
done < <(find tests -name '*.received.*' -print0)
echo "accepted $count snapshot file(s)"
