#!/usr/bin/env bash
# The test command from the README, then the checks that read what the tool writes.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build
swift test   # the README's test command

for check in ci/check-*.sh; do
  [ -e "$check" ] || continue
  echo "== $check"
  bash "$check"
done
