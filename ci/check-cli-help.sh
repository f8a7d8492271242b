#!/usr/bin/env bash
# The command line's help and usage exit codes, as a user meets them:
#  1. for every subcommand (read from `article-oracle --help`), `help <cmd>` prints exactly
#     what `<cmd> --help` prints, and that help names the tool (`USAGE: article-oracle <cmd>`);
#  2. audit, merge and check exit 2 on bad usage (docs/audit.md, check --help), other commands
#     keep the parser's 64.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product article-oracle >/dev/null
tool="$(swift build --show-bin-path)/article-oracle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

problems=0
commands=$("$tool" --help | sed -n '/^SUBCOMMANDS:/,$p' | awk '/^  [a-z]/ {print $1}')
[ -n "$commands" ] || { echo "ci/check-cli-help: no subcommands found in --help" >&2; exit 1; }
count=0
for command in $commands; do
  count=$((count + 1))
  "$tool" help "$command" >"$work/help.txt"
  "$tool" "$command" --help >"$work/flag.txt"
  if ! cmp -s "$work/help.txt" "$work/flag.txt"; then
    echo "ci/check-cli-help: 'help $command' and '$command --help' differ:" >&2
    diff "$work/help.txt" "$work/flag.txt" >&2 || true
    problems=$((problems + 1))
  fi
  if ! grep -q "^USAGE: article-oracle $command" "$work/flag.txt"; then
    echo "ci/check-cli-help: '$command --help' has no 'USAGE: article-oracle $command' line" >&2
    problems=$((problems + 1))
  fi
done

expect_status() {  # expected status, then the arguments
  local expected="$1"; shift
  local status=0
  "$tool" "$@" >/dev/null 2>"$work/err.txt" || status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "ci/check-cli-help: '$*' exited $status, expected $expected:" >&2
    cat "$work/err.txt" >&2
    problems=$((problems + 1))
  fi
}
expect_status 2 audit
expect_status 2 audit --no-such-option seeds
expect_status 2 audit --jobs 0 seeds
expect_status 2 merge
expect_status 2 merge --fail-on nothing x.json
expect_status 2 check --no-such-option
expect_status 64 extract --no-such-option

echo "ci/check-cli-help: $count subcommands, $problems problem(s)"
[ "$problems" -eq 0 ]
