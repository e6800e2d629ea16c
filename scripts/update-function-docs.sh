#!/usr/bin/env bash
# Rewrites the function table of docs/expressions.md from the registry (i2s functions --format markdown).
set -euo pipefail
cd "$(dirname "$0")/.."
table="$(mktemp)"
dotnet run --project src/Informatica2Spark.Cli -- functions --format markdown --output "$table"
python3 - "$table" <<'PY'
import sys, re
table = open(sys.argv[1]).read()
path = "docs/expressions.md"
doc = open(path).read()
start, end = "<!-- functions:begin -->\n", "<!-- functions:end -->"
doc = doc[:doc.index(start) + len(start)] + table + doc[doc.index(end):]
open(path, "w").write(doc)
PY
rm -f "$table"
echo "docs/expressions.md: function table rewritten"
