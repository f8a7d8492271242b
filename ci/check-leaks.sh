#!/usr/bin/env bash
# Runs the normalizer under valgrind over hostile inputs and the seeds, and fails on any
# memory error or on memory definitely or indirectly lost. valgrind 3.19 cannot read the
# DWARF 5 debug info Swift 6.3 emits, so a stripped copy of the binary is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product article-oracle >/dev/null
strip -o "$work/article-oracle" "$(swift build --show-bin-path)/article-oracle"
mkdir "$work/corpus"
python3 ci/make-hostile-inputs.py "$work/corpus"
cp seeds/* "$work/corpus/"

set +e
valgrind --suppressions=ci/valgrind-swift.supp --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=9 "$work/article-oracle" normalize --json "$work/corpus" >/dev/null 2>"$work/valgrind.log"
status=$?
set -e
grep -E "definitely lost|indirectly lost|ERROR SUMMARY" "$work/valgrind.log" | sed 's/^==[0-9]*== /valgrind: /'
# Exit 2 is the tool's own status for the deliberately unreadable inputs; 9 is valgrind's.
if [ "$status" -eq 9 ]; then
  cat "$work/valgrind.log" >&2
  echo "check-leaks: memory errors or leaks (see above)" >&2
  exit 1
fi
echo "check-leaks: no memory errors, nothing definitely or indirectly lost"
