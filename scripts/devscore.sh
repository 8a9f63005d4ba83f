#!/bin/sh
# devscore.sh: extract the figures of the development cables and score them
# against the answer key.
#
#   scripts/devscore.sh [--verbose] [--min LEVEL=F1 ...]
#
# It runs `tipx extract` over every cable that has a key in
# ../shared/gold/dev/ (the cable files are ../shared/corpus/cables/<ID>.html
# or .txt) and passes the figures to ../shared/tools/score.py; extra
# arguments go to score.py. Run it from anywhere inside the repository.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TIPX_SHARED:-$root/../shared}
gold=$shared/gold/dev
cables=$shared/corpus/cables
[ -d "$gold" ] || { echo "devscore: no answer key at $gold" >&2; exit 2; }

files=""
for key in "$gold"/*.jsonl; do
	id=$(basename "$key" .jsonl)
	if [ -f "$cables/$id.html" ]; then
		files="$files $cables/$id.html"
	elif [ -f "$cables/$id.txt" ]; then
		files="$files $cables/$id.txt"
	else
		echo "devscore: no cable file for $id" >&2
		exit 2
	fi
done

out=$(mktemp "${TMPDIR:-/tmp}/tipx-dev.XXXXXX.jsonl")
trap 'rm -f "$out"' EXIT
# shellcheck disable=SC2086 # the file list is split on purpose
(cd "$root" && go run ./cmd/tipx extract -o "$out" $files)
python3 "$shared/tools/score.py" "$gold" "$out" "$@"
