#!/usr/bin/env bash
# Fuzz smoke for CI: runs every fuzz target for a few seconds (FUZZTIME,
# default 5s) on top of its seed corpus. Any crasher found is written to the
# package's testdata/fuzz/<Target>/ and makes the script fail; minimise it,
# fix the bug and commit the crasher as a regression seed.
#
#   .ci/fuzz-smoke.sh            # every target, 5 s each
#   FUZZTIME=10m .ci/fuzz-smoke.sh FuzzCable   # long run of one target
#   FUZZTIME=10m FUZZFLAGS=-parallel=1 .ci/fuzz-smoke.sh quantity.FuzzFind period.FuzzFind
#                                # two targets of the same name told apart by package,
#                                # one fuzzing worker each (to run two scripts side by side)
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-5s}

# package target (one line each)
targets='
./extract/cable FuzzParse
./extract/cable FuzzWalk
./extract/quantity FuzzFind
./extract/quantity FuzzFindIn
./extract/period FuzzFind
./extract/period FuzzFindAnchored
./extract FuzzCable
'
status=0
while read -r pkg target; do
	[ -n "$pkg" ] || continue
	if [ $# -gt 0 ] && [[ " $* " != *" $target "* && " $* " != *" ${pkg##*/}.$target "* ]]; then
		continue
	fi
	echo "== $pkg $target ($fuzztime)"
	if ! go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 5s ${FUZZFLAGS:-}; then
		echo "FAIL: $pkg $target" >&2
		status=1
	fi
done <<< "$targets"
exit $status
