#!/bin/sh
# narratives.sh: set each 2009 TIP Report country chapter of
# ../shared/corpus/tipreport/ against the cables of the same country and
# report how many of the chapter's figures the cables state.
#
#   scripts/narratives.sh [OUTDIR]
#
# For each country it runs
#   tipx draft CABLES --country NAME --year 2009 --previous NARRATIVE -o OUTDIR/XXX.md
# and prints the count line tipx writes to standard error, then the
# chapter's figures found in the cables (matches) and those no cable gives
# (misses) from the draft's Compare section. OUTDIR defaults to a temporary
# directory (never the repository).
#
# The STATE cables that carry the published chapters themselves
# (09STATE60490, 09STATE60599, 09STATE60608, 09STATE60550) are left out:
# they are the narrative, not the post's reporting. Suriname has no post
# cable in the corpus (only 04THEHAGUE4 mentions it), so its count is an
# honest zero or close to it.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${TIPX_SHARED:-$root/../shared}
cables=$shared/corpus/cables
narr=$shared/corpus/tipreport
[ -d "$narr" ] || { echo "narratives: no narratives at $narr" >&2; exit 2; }
out=${1:-$(mktemp -d)}
mkdir -p "$out"
bin=$out/tipx
(cd "$root" && go build -o "$bin" ./cmd/tipx)

run() { # CODE COUNTRY CABLE...
	code=$1 country=$2
	shift 2
	echo "== $country ($code): $# cables"
	"$bin" draft "$@" --country "$country" --year 2009 \
		--previous "$narr/${code}_2009.txt" -o "$out/$code.md" 2>"$out/$code.err" || true
	grep 'found in the cables' "$out/$code.err" || cat "$out/$code.err"
	sed -n '/^### Figures of .* found in the cables/,$p' "$out/$code.md" | grep -v '^$'
}

run ARG Argentina "$cables"/*BUENOSAIRES*
run CHL Chile "$cables"/*SANTIAGO*
run ISL Iceland "$cables"/*REYKJAVIK*
run SUR Suriname "$cables"/04THEHAGUE4.html
echo "drafts in $out"
