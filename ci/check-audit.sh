#!/usr/bin/env bash
# The batch audit as CI runs it (CI=true, fresh machine):
#  1. `article-oracle audit seeds/` into a report folder that is kept (.build/ci-audit, or
#     $AUDIT_REPORT_DIR); exit 0 or 1 is a finished audit (seeds have findings), 2+ fails;
#  2. audit.json against docs/schemas/audit.schema.json (Python jsonschema); audit.sarif
#     against the OASIS SARIF 2.1.0 schema and junit.xml against junit-10.xsd (xmllint),
#     those two when ../shared/schemas exists;
#  3. audit.html rendered in headless Chromium (installed from Debian when missing): the
#     rendered DOM must hold every article, a highlight for every extracted date, actor
#     mention and figure (with its value on hover), every finding that has a span marked at
#     it, the batch summary, and no script or network reference; a screenshot is kept as
#     audit.png beside the reports;
#  4. the seeds audited as 3 shards and merged must give the same audit.json as one run.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="${AUDIT_REPORT_DIR:-.build/ci-audit}"
rm -rf "$reports"
mkdir -p "$reports"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --product article-oracle >/dev/null
tool="$(swift build --show-bin-path)/article-oracle"

status=0
"$tool" audit seeds --report-dir "$reports" --quiet || status=$?
if [ "$status" -ge 2 ]; then
  echo "ci/check-audit: the audit could not run (exit $status)" >&2
  exit "$status"
fi

# --- 2. schemas -------------------------------------------------------------------------
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
python3 - "$reports" <<'PY'
import json, os, sys
import jsonschema

reports = sys.argv[1]
def check(schema_path, path):
    schema = json.load(open(schema_path))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(json.load(open(path))), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:300]}", file=sys.stderr)
    return len(errors)

problems = check("docs/schemas/audit.schema.json", os.path.join(reports, "audit.json"))
shared = "../shared/schemas/sarif-schema-2.1.0.json"
if os.path.exists(shared):
    problems += check(shared, os.path.join(reports, "audit.sarif"))
print(f"ci/check-audit: audit.json" + (", audit.sarif" if os.path.exists(shared) else "") + f": {problems} problem(s)")
sys.exit(1 if problems else 0)
PY
if [ -d ../shared/schemas ]; then
  xmllint --noout --schema ../shared/schemas/junit-10.xsd "$reports/junit.xml"
fi

# --- 3. the page in a real browser ---------------------------------------------------------
chromium=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null; then chromium="$name"; break; fi
done
if [ -z "$chromium" ]; then
  echo "ci/check-audit: installing chromium from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  chromium=chromium
fi
page="file://$(cd "$reports" && pwd)/audit.html"
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --no-first-run
  --user-data-dir="$work/profile")
timeout 120 "$chromium" "${flags[@]}" --dump-dom "$page" >"$work/dom.html" 2>"$work/chromium.log" || {
  cat "$work/chromium.log" >&2
  echo "ci/check-audit: chromium could not render $page" >&2
  exit 1
}
timeout 120 "$chromium" "${flags[@]}" --window-size=1280,2400 --screenshot="$reports/audit.png" "$page" \
  >>"$work/chromium.log" 2>&1 || true
python3 - "$reports" "$work/dom.html" <<'PY'
import json, os, sys
from html.parser import HTMLParser

reports, dom_path = sys.argv[1], sys.argv[2]
report = json.load(open(os.path.join(reports, "audit.json")))
dom = open(dom_path, encoding="utf-8").read()

class Page(HTMLParser):
    """Collects, per article section, the highlights and finding marks of the rendered DOM."""
    def __init__(self):
        super().__init__()
        self.article = None
        self.depth = 0
        self.articles = {}
        self.scripts = 0
        self.external = []
        self.summary_articles = None
        self._in_stat = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            value = a.get(key) or ""
            if value.startswith(("http:", "https:", "//")):
                self.external.append(value)
        if tag == "section" and "data-article" in a:
            self.article = a["data-article"]
            self.articles[self.article] = {"hl": {"date": set(), "actor": set(), "figure": set()},
                                           "untitled": 0, "marks": {}}
        if tag == "td" and a.get("id") == "stat-articles":
            self._in_stat = True
        if self.article is None:
            return
        entry = self.articles[self.article]
        classes = (a.get("class") or "").split()
        if "hl" in classes:
            entry["hl"][a["data-kind"]].add(a["data-item"])
            if not (a.get("title") or "").strip():
                entry["untitled"] += 1
        if tag == "mark" and "fm" in classes:
            entry["marks"].setdefault(a["data-finding"], a["data-rule"])
    def handle_endtag(self, tag):
        if tag == "section":
            self.article = None
        if tag == "td":
            self._in_stat = False
    def handle_data(self, data):
        if self._in_stat and data.strip():
            self.summary_articles = int(data.strip())

page = Page()
page.feed(dom)
problems = []
if page.scripts:
    problems.append(f"{page.scripts} script element(s) in the page")
if page.external:
    problems.append(f"network references: {page.external[:3]}")
if page.summary_articles != len(report["articles"]):
    problems.append(f"batch summary shows {page.summary_articles} articles, audit.json has {len(report['articles'])}")
totals = {"date": 0, "actor": 0, "figure": 0, "marks": 0}
for article in report["articles"]:
    ident = article["id"]
    seen = page.articles.get(ident)
    if seen is None:
        problems.append(f"{ident}: no section in the rendered page"); continue
    want = article["summary"]["extracted"]
    for kind, key in (("date", "dates"), ("actor", "actors"), ("figure", "figures")):
        got = len(seen["hl"][kind])
        totals[kind] += got
        if got != want[key]:
            problems.append(f"{ident}: {got} {kind} highlight(s) rendered, {want[key]} extracted")
    if seen["untitled"]:
        problems.append(f"{ident}: {seen['untitled']} highlight(s) without a value on hover")
    for index, finding in enumerate(article["findings"]):
        if "start" not in finding:
            continue
        rule = seen["marks"].get(f"f{index}")
        totals["marks"] += rule is not None
        if rule != finding["rule"]:
            problems.append(f"{ident}: finding {index} ({finding['rule']}) is not marked at its span")
for kind in ("date", "actor", "figure"):
    if totals[kind] == 0:
        problems.append(f"no {kind} highlight on the whole page")
if totals["marks"] == 0:
    problems.append("no finding marked on the whole page")
for p in problems:
    print("ci/check-audit: " + p, file=sys.stderr)
print(f"ci/check-audit: rendered DOM: {len(page.articles)} articles, {totals['date']} dates, {totals['actor']} actor "
      f"mentions, {totals['figure']} figures highlighted, {totals['marks']} findings marked: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
PY
if [ ! -s "$reports/audit.png" ] || [ "$(head -c 4 "$reports/audit.png" | od -An -c | tr -d ' ')" != "211PNG" ]; then
  echo "ci/check-audit: no screenshot written" >&2
  exit 1
fi
echo "ci/check-audit: screenshot $reports/audit.png"

# --- 4. shards merged equal one run ---------------------------------------------------------
for k in 1 2 3; do
  "$tool" audit seeds --shard "$k/3" --report-dir "$work/shard-$k" --quiet || [ $? -eq 1 ]
done
"$tool" merge "$work/shard-1" "$work/shard-2" "$work/shard-3" --report-dir "$work/merged" --quiet || [ $? -eq 1 ]
for name in audit.json audit.sarif junit.xml audit.html; do
  cmp "$reports/$name" "$work/merged/$name"
done
echo "ci/check-audit: 3 shards merged equal the single run"
echo "ci/check-audit: ok (audit exit $status)"
