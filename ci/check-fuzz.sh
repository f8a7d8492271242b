#!/usr/bin/env bash
# Random texts through every extractor (ci/make-fuzz-texts.py): a trap (an index out of
# range, a failed precondition) stops a whole batch, so each text must come out as one
# JSON line and the tool must exit 0. Debug build: Swift's bounds checks are on.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --product article-oracle >/dev/null
tool="$(swift build --show-bin-path)/article-oracle"

expected="$(python3 ci/make-fuzz-texts.py seeds "$work/in.jsonl")"
status=0
"$tool" extract --jsonl "$work/in.jsonl" >"$work/out.jsonl" 2>"$work/err.txt" || status=$?
got="$(wc -l <"$work/out.jsonl")"
if [ "$status" -ne 0 ] || [ "$got" -ne "$expected" ]; then
  echo "ci/check-fuzz: extract exited $status after $got of $expected texts" >&2
  next="$(sed -n "$((got + 1))p" "$work/in.jsonl")"
  echo "ci/check-fuzz: the text it stopped at: $next" >&2
  grep -m 5 "Sources/" "$work/err.txt" >&2 || true
  exit 1
fi
echo "ci/check-fuzz: $got random texts extracted, no trap"
