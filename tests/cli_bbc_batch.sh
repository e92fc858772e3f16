#!/usr/bin/env bash
# The CLI's batch mode on every BBC dev article, texts as they are: a result for each line,
# in order, and no error line. Usage: cli_bbc_batch.sh PRECIS BBC_JSONL
set -euo pipefail
precis=$1
data=$2
[ -f "$data" ] || { echo "the BBC dev set is missing: $data" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$precis" --jsonl <"$data" >"$out"
expected=$(grep -c . "$data")
lines=$(wc -l <"$out")
errors=$(grep -c '"error"' "$out" || true)
ids_in=$(grep -o '"id": *"[^"]*"' "$data" | sed 's/"id": *//' | md5sum)
ids_out=$(grep -o '^{"id":"[^"]*"' "$out" | sed 's/^{"id"://' | md5sum)
echo "$lines results for $expected articles, $errors errors"
[ "$lines" -eq "$expected" ] && [ "$errors" -eq 0 ] && [ "$ids_in" = "$ids_out" ]
