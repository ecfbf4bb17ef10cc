package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// loadFile picks a file in the page's "own targets" panel and waits until
// the page shows it (a new interactive mark) or lists its errors.
func loadFile(t *testing.T, p *page, path string) {
	t.Helper()
	before := eval[float64](t, p, `(performance.getEntriesByName("interactive").at(-1) || {startTime: 0}).startTime`)
	p.do(t, chromedp.SetUploadFiles("#data-file", []string{path}))
	shown := `!document.getElementById("data-errors") || !document.getElementById("data-errors").hidden ||
  performance.getEntriesByName("interactive").some(m => m.startTime > ` + strconv.FormatFloat(before, 'f', -1, 64) + `)`
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, p, shown) {
			return
		}
	}
	t.Fatalf("loading %s: the page neither showed it nor listed errors (problems: %v)", path, p.Problems())
}

func TestOwnTargets(t *testing.T) {
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")))
	p.waitReady(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	t.Run("a bad file lists its errors and keeps the charts", func(t *testing.T) {
		loadFile(t, p, write("bad.json", `{"schema": "xigong-targets/v1", "year": 2015, "baseYear": 2014,
  "title": {"zh": "甲", "en": "A"}, "region": {"zh": "乙", "en": "B"}, "source": {"zh": "丙", "en": "C"},
  "indicators": [{"id": "Bad Id", "name": {"zh": "丁", "en": "D"}, "quote": "丁", "bound": "cap", "value": -1, "unit": "pct",
  "scenario": {"min": 0, "max": 10, "step": 1}}]}`))
		errs := eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
		want := []string{
			`data: indicators[0].id: want 1 to 32 of a-z, 0-9 and '-', starting with a letter, got "Bad Id"`,
			`data: indicators[0].unit: want "%" or "‰", got "pct"`,
			`data: indicators[0].value: want a cap of 0 or more, got -1`,
			`data: indicators[0].value: want within scenario range [0, 10], got -1`,
		}
		if strings.Join(errs, "\n") != strings.Join(want, "\n") {
			t.Errorf("errors listed:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
		}
		if n := len(readChartsBy(t, p)); n != 4 {
			t.Errorf("%d charts after a bad file; want the 4 kept", n)
		}
		if s := readState(t, p, "gdp"); s.Summary != "情景达标 10 / 10 项" {
			t.Errorf("summary after a bad file = %q; want the old data", s.Summary)
		}
	})

	t.Run("a hostile file is shown as text and runs nothing", func(t *testing.T) {
		abs, err := filepath.Abs("../data/testdata/hostile.json")
		if err != nil {
			t.Fatal(err)
		}
		loadFile(t, p, abs)
		got := eval[[]string](t, p, `[document.getElementById("title").textContent, document.querySelector("#targets-table tbody th").textContent,
  document.querySelector(".chart-box").getAttribute("aria-label"),
  String([...document.querySelectorAll("#page img, #page svg, #page script, #page image, #page foreignObject")].filter(e => !e.closest(".chart-box") || e.tagName !== "svg").length)]`)
		if got[0] != "<img src=x onerror=alert(1)>" || got[1] != "<i>名</i>" || !strings.HasPrefix(got[2], "<i>名</i>。") || got[3] != "0" {
			t.Errorf("hostile file shown as %q; want the names literally, no element made from them (but the charts' own <svg>)", got)
		}
		p.do(t, chromedp.Focus("#s-x"), chromedp.KeyEvent("\u0303")) // ArrowRight
		if s := readState(t, p, "x"); s.Output != "1.5%" || s.VerdictClass != "verdict missed" {
			t.Errorf("the hostile file's slider: %+v; want 1.5%% and missed", s)
		}
	})

	t.Run("a 20 MB file is refused before it is read", func(t *testing.T) {
		loadFile(t, p, write("huge.json", `{"x": "`+strings.Repeat("a", 20<<20)+`"}`))
		errs := eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
		if len(errs) != 1 || errs[0] != "文件超过 1 MB" {
			t.Errorf("errors listed for a 20 MB file: %q; want 文件超过 1 MB", errs)
		}
	})

	t.Run("a small file: the charts adapt", func(t *testing.T) {
		abs, err := filepath.Abs("../data/testdata/minimal.json")
		if err != nil {
			t.Fatal(err)
		}
		loadFile(t, p, abs)
		cs := readChartsBy(t, p)
		if c, ok := cs["growth"]; len(cs) != 1 || !ok || c.Shapes < 5 || !strings.Contains(c.Label, "丁：增长目标：不低于 5%") {
			t.Errorf("charts = %+v; want one growth chart of target 丁", cs)
		}
	})

	t.Run("the language switch keeps your targets and scenario", func(t *testing.T) {
		p.do(t, chromedp.Focus("#s-a"), chromedp.KeyEvent(kb.ArrowLeft))
		before := eval[float64](t, p, `performance.getEntriesByName("interactive").at(-1).startTime`)
		eval[bool](t, p, `document.getElementById("lang-switch").click(), true`)
		got := eval[[]string](t, p, `new Promise(r => { const wait = () => {
  if (performance.getEntriesByName("interactive").at(-1).startTime <= `+strconv.FormatFloat(before, 'f', -1, 64)+`) return setTimeout(wait, 20);
  r([document.documentElement.lang, document.getElementById("title").textContent, document.getElementById("s-a").value,
     document.getElementById("summary-count").textContent, location.search, location.hash,
     document.querySelector("#chart-growth").getAttribute("aria-label")]);
}; wait(); })`)
		want := []string{"en", "A", "4", "The scenario meets 0 of 1 targets", "?lang=en", "#v1:a=4", "Growth targets: target and scenario. D: growth target: at least 5%; Scenario 4%; ✗ missed, short by 1 percentage points. "}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("after switching language with own targets: %q; want %q", got, want)
		}
	})
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or dialogs: %q", probs)
	}
}

// TestDataParameter loads targets named by ?data= on the hosted build: from
// the same site they are shown, from another site they are refused.
func TestDataParameter(t *testing.T) {
	minimal, err := os.ReadFile("../data/testdata/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	srv := serveSite(t, string(minimal)) // served as /article.html
	for _, tt := range []struct {
		name, query, wantError string
		wantCharts             int
	}{
		{"same site", "?data=/article.html", "", 1},
		{"another site", "?data=http://example.org/targets.json", "?data=: only a file on this same site can be loaded", 4},
		{"not found", "?data=/missing.json", "?data=: 404 Not Found", 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(t, 1000, 800)
			p.do(t, chromedp.Navigate(srv.URL+"/"+tt.query))
			p.waitReady(t)
			var errs []string
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				errs = eval[[]string](t, p, `[...document.querySelectorAll("#data-errors li")].map(li => li.textContent)`)
				if len(errs) > 0 || len(readChartsBy(t, p)) == tt.wantCharts {
					break
				}
			}
			if got := strings.Join(errs, "; "); got != tt.wantError || len(readChartsBy(t, p)) != tt.wantCharts {
				t.Errorf("errors %q, %d charts; want %q, %d", got, len(readChartsBy(t, p)), tt.wantError, tt.wantCharts)
			}
			for _, r := range p.Requests() {
				if !strings.HasPrefix(r, srv.URL+"/") {
					t.Errorf("request to %.100s; want none off the site", r)
				}
			}
		})
	}
}
