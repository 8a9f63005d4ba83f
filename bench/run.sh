#!/usr/bin/env bash
# bench/run.sh: whole-corpus throughput and memory of tipx, end to end.
#
#   bench/run.sh [--runs N] [--go-bench]
#
# Builds tipx, then measures with /usr/bin/time -v (wall, user+sys CPU,
# peak RSS) and prints a Markdown table:
#   - the 6,712-cable archive unpacked into a temporary directory (462 MB of
#     HTML), to JSON Lines and to a comparison workbook, --jobs 1 and 2;
#   - the same archive read directly as .tar.xz, --jobs 1 and 2;
#   - the 155 TIP cables of corpus/cables/ (every file not listed in
#     corpus/non-tip.tsv), to JSON Lines, --jobs 1 and 2.
# It checks that the JSON Lines are byte-identical for --jobs 1 and 2 and
# that every archive cable is accounted for. Each row is the median of
# --runs runs (default 3) by wall time. --go-bench also runs the Go
# benchmarks of extract/batch. Needs ../shared/corpus (TIPX_SHARED to
# override), xz, tar and GNU time (apt-get install time).
# Run it on a quiet machine: numbers taken while something else compiles
# are noise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TIPX_SHARED:-$root/../shared}
corpus=$shared/corpus
archive=$corpus/wikileaks-cables-6712.tar.xz
runs=3
gobench=0
while [ $# -gt 0 ]; do
	case $1 in
	--runs) runs=$2; shift 2 ;;
	--go-bench) gobench=1; shift ;;
	*) echo "usage: bench/run.sh [--runs N] [--go-bench]" >&2; exit 2 ;;
	esac
done
[ -f "$archive" ] || { echo "bench: no archive at $archive" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "building tipx ..." >&2
(cd "$root" && go build -o "$tmp/tipx" ./cmd/tipx)
echo "unpacking the archive into $tmp/arch ..." >&2
mkdir "$tmp/arch"
xz -dc "$archive" | tar -x -C "$tmp/arch"
arch_mb=$(du -sm --apparent-size "$tmp/arch" | cut -f1)
arch_docs=$(find "$tmp/arch" -type f | wc -l)

tip_files=()
for f in "$corpus"/cables/*; do
	id=$(basename "$f"); id=${id%.*}
	if ! cut -f1 "$corpus/non-tip.tsv" | grep -qx "$id"; then
		tip_files+=("$f")
	fi
done
tip_mb=$(cat "${tip_files[@]}" | wc -c | awk '{printf "%.1f", $1/1048576}')

# measure NAME MB DOCS CMD... : runs CMD $runs times, prints the median row.
measure() {
	local name=$1 mb=$2 docs=$3; shift 3
	local rows=()
	for i in $(seq "$runs"); do
		/usr/bin/time -v -o "$tmp/time" "$@" 2>"$tmp/stderr" >/dev/null || {
			echo "bench: $name failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
		local wall cpu rss
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/time")
		cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tmp/time")
		rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$tmp/time")
		rows+=("$wall $cpu $rss")
	done
	summary=$(grep -E 'inputs, ' "$tmp/stderr" | tail -1 | sed 's/^tipx [a-z]*: //')
	printf '%s\n' "${rows[@]}" | sort -n | awk -v n="$name" -v mb="$mb" -v docs="$docs" -v s="$summary" -v r="$runs" '
		NR == int((r+1)/2) {
			printf "| %s | %.2f | %.2f | %s | %.1f | %.0f | %s |\n", n, $1, $2, $3, mb/$1, docs/$1, s
		}'
}

echo
echo "| run | wall s | CPU s | peak RSS MB | MB/s | docs/s | summary |"
echo "|---|---|---|---|---|---|---|"
for j in 1 2; do
	measure "dir → JSONL, --jobs $j" "$arch_mb" "$arch_docs" "$tmp/tipx" extract --jobs "$j" -o "$tmp/dir$j.jsonl" "$tmp/arch"
done
for j in 1 2; do
	measure "dir → comparison workbook, --jobs $j" "$arch_mb" "$arch_docs" "$tmp/tipx" report --jobs "$j" -o "$tmp/cmp$j.xlsx" "$tmp/arch"
done
for j in 1 2; do
	measure ".tar.xz → JSONL, --jobs $j" "$arch_mb" "$arch_docs" "$tmp/tipx" extract --jobs "$j" -o "$tmp/xz$j.jsonl" "$archive"
done
for j in 1 2; do
	measure ".tar.xz → comparison workbook, --jobs $j" "$arch_mb" "$arch_docs" "$tmp/tipx" report --jobs "$j" -o "$tmp/xzcmp$j.xlsx" "$archive"
done
for j in 1 2; do
	measure "155 TIP cables → JSONL, --jobs $j" "$tip_mb" "${#tip_files[@]}" "$tmp/tipx" extract --jobs "$j" -o "$tmp/tip$j.jsonl" "${tip_files[@]}"
done
echo

ok=1
for pair in "dir1 dir2" "xz1 xz2" "tip1 tip2"; do
	set -- $pair
	if ! cmp -s "$tmp/$1.jsonl" "$tmp/$2.jsonl"; then
		echo "DIFFERENT: $1.jsonl and $2.jsonl" >&2
		ok=0
	fi
done
[ $ok = 1 ] && echo "JSON Lines byte-identical for --jobs 1 and 2 ($(wc -l <"$tmp/dir1.jsonl") figures from the archive)."
"$tmp/tipx" extract --jobs 2 -o /dev/null "$archive" 2>&1 | tail -1
echo "Archive: $arch_docs documents, $arch_mb MB unpacked; TIP set: ${#tip_files[@]} cables, $tip_mb MB."

if [ $gobench = 1 ]; then
	(cd "$root" && TIPX_BENCH_DIR=$tmp/arch go test -run '^$' -bench . -benchtime 1x ./extract/batch/)
fi
