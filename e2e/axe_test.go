package e2e

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeViolation is one rule axe-core finds broken, with where.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// axe runs axe-core (npm, pinned in package.json) on the page as it is, over
// WCAG 2.0, 2.1 and 2.2 A and AA and best practices, and returns what it
// finds broken. It is injected through the test driver, which the page's
// policy does not restrict. What the browser lays out only when it comes
// near the screen (content-visibility: auto: the charts' boxes) is laid out
// first, as for a reader who scrolls to it: axe takes what has no layout box
// for hidden and leaves it out.
func axe(t *testing.T, p *page) []axeViolation {
	t.Helper()
	src, err := os.ReadFile("../node_modules/axe-core/axe.min.js")
	need(t, err == nil, "node_modules/axe-core is missing: run npm ci")
	eval[bool](t, p, `[...document.querySelectorAll("*")].filter(e => getComputedStyle(e).contentVisibility === "auto").forEach(e => e.style.contentVisibility = "visible"), true`)
	eval[bool](t, p, string(src)+"\n;true")
	return eval[[]axeViolation](t, p, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]}})
  .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map(n => n.target.join(" "))})))`)
}

// TestAccessibility runs axe-core over every view a reader can get: zero
// violations.
func TestAccessibility(t *testing.T) {
	file := "file://" + dist(t, "xigong-2015.html")
	views := []struct {
		name, url string
		phone     bool
		before    string // script that brings the page to the view
	}{
		{"zh", file, false, ""},
		{"en", file + "?lang=en", false, ""},
		{"dark, view data open", file + "?theme=dark", false, `document.querySelectorAll(".view-data").forEach(d => d.open = true)`},
		{"missed targets", file + "#v1:gdp=9,income=11,unemployment=5.5,population=8", false, ""},
		{"chart growth", file + "?chart=growth", false, ""},
		{"chart unemployment en", file + "?chart=unemployment&lang=en", false, ""},
		{"chart population", file + "?chart=population", false, ""},
		{"chart projection", file + "?chart=projection&controls=0", false, ""},
		{"plan expanded", file, false, `document.querySelectorAll("#plan details").forEach(d => d.open = true)`},
		{"phone 360 touch", file, true, ""},
	}
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			var p *page
			if v.phone {
				p = phone(t, 360, strings.TrimPrefix(v.url, file))
			} else {
				p = newPage(t, 1280, 900)
				p.do(t, chromedp.Navigate(v.url))
				p.waitReady(t)
			}
			if v.before != "" {
				eval[bool](t, p, v.before+"; true")
			}
			for _, x := range axe(t, p) {
				t.Errorf("%s (%s): %s, at %q", x.ID, x.Impact, x.Help, x.Targets)
			}
		})
	}
	t.Run("own-data errors shown", func(t *testing.T) {
		p := newPage(t, 1280, 900)
		p.do(t, chromedp.Navigate(file))
		p.waitReady(t)
		path := t.TempDir() + "/bad.json"
		if err := os.WriteFile(path, []byte(`{"schema": "v0"}`), 0o644); err != nil {
			t.Fatal(err)
		}
		loadFile(t, p, path)
		for _, x := range axe(t, p) {
			t.Errorf("%s (%s): %s, at %q", x.ID, x.Impact, x.Help, x.Targets)
		}
	})
}
