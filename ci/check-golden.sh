#!/usr/bin/env bash
# The golden check as CI runs it: `article-oracle check` on seeds/ against Golden/, then
# every golden and every file the check writes validated against the repo's schemas
# (Python jsonschema), junit.xml against junit-10.xsd (xmllint) and report.sarif against
# the OASIS SARIF 2.1.0 schema, those two when ../shared/schemas exists, and report.tap
# through `prove`. Exits with the check's status when the files are valid.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT

status=0
swift run article-oracle check --report-dir "$reports" || status=$?
if [ "$status" -ge 2 ]; then
  echo "ci/check-golden: the check could not run (exit $status)" >&2
  exit "$status"
fi

python3 - "$reports" <<'PY'
import glob, json, os, sys
import jsonschema

reports = sys.argv[1]
def validator(path):
    schema = json.load(open(path))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)

problems = 0
def check(v, path):
    global problems
    errors = sorted(v.iter_errors(json.load(open(path))), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}", file=sys.stderr)
    problems += len(errors)

golden = validator("docs/schemas/golden.schema.json")
goldens = sorted(glob.glob("Golden/*.json"))
pending = sorted(glob.glob(os.path.join(reports, "pending", "*.json")))
pending = [p for p in pending if not p.endswith(".patch.json")]
if not goldens:
    print("Golden/ holds no goldens", file=sys.stderr); problems += 1
for path in goldens + pending:
    check(golden, path)
check(validator("docs/schemas/report.schema.json"), os.path.join(reports, "report.json"))

# Every JSON Patch must turn its golden into the pending golden (when jsonpatch is there).
patches = sorted(glob.glob(os.path.join(reports, "patches", "*.patch.json")))
try:
    import jsonpatch
except ImportError:
    jsonpatch = None
    print(f"note: python jsonpatch not installed; {len(patches)} patch(es) not applied")
for path in patches if jsonpatch else []:
    ident = os.path.basename(path)[: -len(".patch.json")]
    doc = json.load(open(f"Golden/{ident}.json"))
    want = json.load(open(os.path.join(reports, "pending", ident + ".json")))
    got = jsonpatch.JsonPatch(json.load(open(path))).apply(doc)
    if got != want:
        print(f"{path}: does not turn Golden/{ident}.json into the pending golden", file=sys.stderr); problems += 1

shared = "../shared/schemas/sarif-schema-2.1.0.json"
if os.path.exists(shared):
    check(validator(shared), os.path.join(reports, "report.sarif"))
print(f"ci/check-golden: {len(goldens)} golden(s), {len(pending)} pending, report.json, {len(patches)} patch(es)"
      + (", report.sarif" if os.path.exists(shared) else "") + f": {problems} problem(s)")
sys.exit(1 if problems else 0)
PY

# TAP 13 must parse; when the check passed, every point must be ok.
if command -v prove >/dev/null; then
  tap="$(prove --exec cat "$reports/report.tap" 2>&1)" && tap_ok=1 || tap_ok=0
  if printf '%s' "$tap" | grep -q "Parse errors"; then
    printf '%s\n' "$tap" >&2
    echo "ci/check-golden: report.tap does not parse as TAP" >&2
    exit 1
  fi
  if [ "$status" -eq 0 ] && [ "$tap_ok" -ne 1 ]; then
    printf '%s\n' "$tap" >&2
    exit 1
  fi
  echo "report.tap parses (prove)"
fi

if [ -d ../shared/schemas ]; then
  xmllint --noout --schema ../shared/schemas/junit-10.xsd "$reports/junit.xml"
fi
exit "$status"
