#!/usr/bin/env bash
# Old and new threadtutor side by side: the app-level figures of `make bench` (first frame against vim and rich,
# the bare process, a first frame with a 16-thread demo pane, key to frame on a pty against vim's echo, `show` of
# every lesson and a 50 KB blog post, terminal bytes per frame and CPU playing / paused), both binaries timed in
# the same interleaved rounds, printed as figure | old | new | new ÷ old.
#
#   scripts/bench-compare.sh OLD NEW
#
# OLD and NEW are each a threadtutor executable, or a git revision (commit, branch, tag), which is exported with
# `git archive` into .build/bench-compare/REV and built there with the Makefile's release flags (a few minutes).
# Run from the package root: both binaries read this checkout's Lessons/, so both must accept its lesson format
# and the commands the bench uses (render-frame, show, --lessons, --lang). SMOKE=1 runs every figure once.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: scripts/bench-compare.sh OLD NEW   (each a threadtutor binary or a git revision)" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
# The Makefile's RELEASE_FLAGS, so that both binaries are built the way `make release` ships them.
read -r -a release_flags <<< "$(make -s --no-print-directory -f Makefile -f - print-release-flags <<'MAKE'
print-release-flags:
	@echo $(RELEASE_FLAGS)
MAKE
)"

binary_for() {
    local what=$1
    if [ -f "$what" ] && [ -x "$what" ]; then
        realpath "$what"
        return
    fi
    local commit
    commit=$(git rev-parse --verify --quiet "$what^{commit}") || { echo "bench-compare: $what is neither an executable nor a git revision" >&2; exit 2; }
    local folder=.build/bench-compare/${commit:0:12}
    if [ ! -x "$folder/.build/release/threadtutor" ]; then
        echo "bench-compare: building $what (${commit:0:12}) in $folder" >&2
        rm -rf "$folder"
        mkdir -p "$folder"
        git archive "$commit" | tar -x -C "$folder"
        (cd "$folder" && "$SWIFT" build "${release_flags[@]}" --product threadtutor >&2)
    fi
    realpath "$folder/.build/release/threadtutor"
}

old=$(binary_for "$1")
new=$(binary_for "$2")
THREADTUTOR_BENCH_DEPS=1 scripts/install-deps.sh || echo "bench-compare: could not install the anchors (vim, rich); they will show as unavailable" >&2
"$SWIFT" build "${release_flags[@]}" --product threadtutor-bench >&2
smoke=()
[ "${SMOKE:-0}" = 1 ] && smoke=(--smoke)
echo "old: $old"
echo "new: $new"
.build/release/threadtutor-bench "${smoke[@]}" --compare "$old" "$new"
