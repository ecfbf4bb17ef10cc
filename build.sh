#!/usr/bin/env bash
# build.sh: build, test and measure the Xigong 2015 targets page.
#
#   ./build.sh [build]   build dist/xigong-2015.html (one offline file) and dist/site/
#   ./build.sh test      build, then every check: gofmt, go vet, host tests, wasm tests
#                        under Node, real-browser tests in headless Chromium, a short fuzz
#   ./build.sh bench     build this page and the plain-JavaScript reference, then compare
#                        them in headless Chromium; writes bench/results.md
#   ./build.sh serve     build, then serve dist/site on http://127.0.0.1:8015/
#   ./build.sh screenshot  build, then take the README's pictures (docs/*.png)
#   ./build.sh page FILE   build the page of other targets into dist/page/: a targets
#                        file (.json) or a report's words (-year, -region when not given)
set -euo pipefail
cd "$(dirname "$0")"

# Every command runs Go (the module, cmd/assemble), npm (ECharts) and Node
# (the charts drawn at build time, web/ssr.mjs): each one missing is named
# before any is used.
missing=0
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "build.sh: $1 is missing: $2" >&2; missing=1; }
}
need go "install Go 1.26 or later (https://go.dev/dl/)"
need node "install Node.js 20 or later (https://nodejs.org/)"
need npm "install npm (it comes with Node.js; Debian: apt-get install -y npm)"
[ "$missing" = 0 ] || exit 1

GOROOT_WASM="$(go env GOROOT)/lib/wasm"

# The module is built with inlining (8% larger gzip than without, 4% smaller
# raw, faster updates) but in packages view, data and reading, which build the page
# and read targets files and reports, never on a slider move's path: inlined, they were
# 27 kB and 15 kB of the module; and in qrcode, internal/safehtml and
# internal/foldtable (off that path too), internal/minijson, fragment and
# internal/tmpl (on it: the JSON of each move's patches, the address's
# scenario, the summary's sentences), 11 kB gzip, which the hosted first
# load's budget needed; the benchmark's moves keep their budgets. See
# docs/performance.md.
WASM_FLAGS=(-trimpath "-ldflags=-s -w" -gcflags=xigong/view=-l -gcflags=xigong/data=-l -gcflags=xigong/reading=-l
  -gcflags=xigong/qrcode=-l -gcflags=xigong/internal/safehtml=-l -gcflags=xigong/internal/foldtable=-l
  -gcflags=xigong/internal/minijson=-l -gcflags=xigong/fragment=-l -gcflags=xigong/internal/tmpl=-l)

step() { printf '\n== %s (at %d s)\n' "$*" "$SECONDS"; }

# The copy of package-lock.json that node_modules/ was installed from.
INSTALLED_LOCK=node_modules/.build.sh-package-lock.json

# prepare installs ECharts (npm ci, only when node_modules/ is missing or
# package-lock.json changed since the last install) and builds the module
# into dist/.
prepare() {
  if cmp -s package-lock.json "$INSTALLED_LOCK"; then
    step "npm ci skipped: node_modules/ is installed from this package-lock.json"
  else
    step "npm ci (ECharts 6.1.0)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$INSTALLED_LOCK"
  fi
  step "go build GOOS=js GOARCH=wasm ./wasm"
  mkdir -p dist
  # go build leaves an output whose build ID is current as it is, whatever
  # its bytes: a module changed after its build would stay in dist/.
  rm -f dist/xigong.wasm
  GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o dist/xigong.wasm ./wasm
}

build() {
  prepare
  step "assemble dist/"
  go run ./cmd/assemble -root . -out dist -wasm dist/xigong.wasm -wasm-exec "$GOROOT_WASM/wasm_exec.js" "$@"
  printf '\nOpen the page offline: file://%s/dist/xigong-2015.html\n' "$PWD"
  printf 'Hosted build: %s/dist/site/ (./build.sh serve)\n' "$PWD"
}

# faults_build builds the page into dist/test/ with the "faults" tag, for the
# browser test of a Go panic (see wasm/faults.go).
faults_build() {
  step "build dist/test/ (a page whose Go panics on purpose, for the tests)"
  mkdir -p dist/test
  rm -f dist/test/xigong.wasm # as in prepare
  GOOS=js GOARCH=wasm go build -tags faults "${WASM_FLAGS[@]}" -o dist/test/xigong.wasm ./wasm
  go run ./cmd/assemble -root . -out dist/test -wasm dist/test/xigong.wasm -wasm-exec "$GOROOT_WASM/wasm_exec.js" >/dev/null
}

# fuzz runs one fuzz target: name, runs, package. Minimizing each new input
# is bounded by a number of runs too (not 5 s each: FuzzParsePlan finds ~100
# new inputs a run from its 32 kB seed, and took 70-125 s minimizing them;
# 200 runs each, 43 s).
fuzz() {
  go test -run '^$' -fuzz "^$1\$" -fuzztime "${FUZZTIME:-$2}" -fuzzminimizetime 200x "$3"
}

# reproducible builds the page a second time from nothing, module included,
# into a temporary folder and fails unless every file it makes is byte for
# byte the one in dist/ (the single file, site/, xigong.wasm), naming each
# file that differs. dist/'s other folders (test/, bench/, page/) are other
# commands' builds.
reproducible() {
  step "build again from nothing, module included: dist/ must be byte-identical"
  again=$(mktemp -d)
  GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o "$again/xigong.wasm" ./wasm
  go run ./cmd/assemble -root . -out "$again" -wasm "$again/xigong.wasm" -wasm-exec "$GOROOT_WASM/wasm_exec.js" >/dev/null
  same=true
  for f in "$again"/*; do
    diff -r -q "dist/${f##*/}" "$f" || same=false
  done
  if [ "$same" != true ]; then
    echo "build.sh: not reproducible: the files above differ between dist/ and the second build ($again)" >&2
    exit 1
  fi
  echo "identical: $(find "$again" -type f | wc -l) files, $(du -sb "$again" | cut -f1) bytes"
  rm -rf "$again"
}

# skipped_browser_tests prints a line for each part of ./e2e that will skip
# for want of a program: the tests skip then (need in e2e/browser_test.go),
# and pass, unless CI=true, under which they fail.
skipped_browser_tests() {
  if [ "${CI:-}" = true ]; then return; fi
  local fix="; .ci/run installs it, CI=true fails instead"
  [ -x /usr/bin/chromium ] ||
    echo "BROWSER TESTS SKIPPED: all in Chromium: /usr/bin/chromium is missing (apt-get install -y chromium)$fix"
  command -v pdftotext >/dev/null ||
    echo "BROWSER TESTS SKIPPED: printing: pdftotext is missing (apt-get install -y poppler-utils)$fix"
  command -v firefox-esr >/dev/null ||
    echo "BROWSER TESTS SKIPPED: Firefox's engine: firefox-esr is missing (apt-get install -y firefox-esr)$fix"
  { command -v WebKitWebDriver && command -v xvfb-run; } >/dev/null ||
    echo "BROWSER TESTS SKIPPED: Safari's engine: WebKitWebDriver or xvfb-run is missing (apt-get install -y webkit2gtk-driver xvfb)$fix"
}

tests() {
  build
  reproducible
  faults_build
  step "gofmt"
  unformatted=$(gofmt -l $(find . -name '*.go' -not -path './node_modules/*' -not -path './dist/*'))
  if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted" >&2; exit 1; fi
  step "tsc: type-check web/ (JSDoc; the page's, the worker's and the build's Node script's configs)"
  for project in . web/tsconfig.worker.json web/tsconfig.node.json; do npx tsc --noEmit -p "$project"; done
  step "go vet"
  go vet ./...
  GOOS=js GOARCH=wasm go vet ./wasm
  # Explicit timeouts, far from what the tests take, for a slow or shared
  # machine: go test's default of 10 min a package is what the real-browser
  # tests came within 102 s of (498 s on 2 cores shared with another
  # browser job); host tests take about 5 s, wasm tests about 15 s.
  step "go test, host tests (all but ./e2e)"
  go test -count=1 -timeout 5m $(go list ./... | grep -vx xigong/e2e)
  skipped=$(skipped_browser_tests)
  step "go test ./e2e, real-browser tests"
  if [ -n "$skipped" ]; then printf '%s\n' "$skipped"; fi
  go test -count=1 -timeout 30m ./e2e
  step "wasm tests under Node"
  PATH="$GOROOT_WASM:$PATH" GOOS=js GOARCH=wasm go test -count=1 -timeout 10m ./wasm
  # A fixed number of runs each (about a minute in all here), not a duration: Go 1.26 may
  # fail a duration-bounded fuzz at its deadline having found nothing
  # (golang/go#75804). FUZZTIME (e.g. 20s or 100000x) overrides them all.
  step "fuzz the parsers of targets, plan, link, JSON and report text, and the JSON string writer"
  fuzz FuzzParse 200000x ./data
  fuzz FuzzParsePlan 500000x ./data
  fuzz FuzzDecode 700000x ./fragment
  fuzz FuzzParse 400000x ./internal/minijson
  fuzz FuzzMarshalString 150000x ./internal/minijson
  fuzz FuzzRead 150000x ./reading
  step "all checks passed"
  if [ -n "$skipped" ]; then printf '%s\n' "$skipped"; fi
}

bench() {
  build -reference
  step "assemble the page of a report of 30 targets into dist/bench/long/"
  rm -rf dist/bench/long
  mkdir -p dist/bench/long
  go run ./cmd/assemble -root . -out dist/bench/long -wasm dist/xigong.wasm -wasm-exec "$GOROOT_WASM/wasm_exec.js" -report bench/long-30.txt -region 某省
  step "benchmark against the plain-JavaScript reference (${RUNS:=9} runs each)"
  go run ./cmd/bench -dist dist -runs "$RUNS" -out bench/results.md
}

# page builds the page of other targets into dist/page/: a targets file
# (.json, data/SCHEMA.md) or a report's words (any other file), with the
# year and region the words may not give (-year 2026 -region 某市).
page() {
  if [ $# -lt 1 ]; then
    echo "usage: ./build.sh page FILE [-year YYYY] [-region NAME]   (FILE: a targets .json, or a report's text)" >&2
    exit 2
  fi
  src=$1
  shift
  kind=-report
  case "$src" in *.json) kind=-targets ;; esac
  prepare
  step "assemble dist/page/ from $src"
  rm -rf dist/page
  mkdir -p dist/page
  go run ./cmd/assemble -root . -out dist/page -wasm dist/xigong.wasm -wasm-exec "$GOROOT_WASM/wasm_exec.js" "$kind" "$src" "$@"
  printf '\nOpen the page offline: the .html file above, in %s/dist/page/\n' "$PWD"
  printf 'Hosted build: %s/dist/page/site/\n' "$PWD"
}

screenshot() {
  build
  step "screenshots for the README"
  go run ./cmd/screenshot -dist dist -out docs
}

serve() {
  build
  step "serving dist/site on http://127.0.0.1:8015/ (Ctrl-C to stop)"
  go run ./cmd/serve -dir dist/site -addr 127.0.0.1:8015
}

case "${1:-build}" in
  build) build ;;
  test) tests ;;
  bench) bench ;;
  serve) serve ;;
  screenshot) screenshot ;;
  page) shift; page "$@" ;;
  *) echo "usage: ./build.sh [build|test|bench|serve|screenshot|page FILE]" >&2; exit 2 ;;
esac
