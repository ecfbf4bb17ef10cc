package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"xigong/data"
)

// tap taps (on a touch screen) or clicks the element of selector, first
// scrolled to the middle of the window.
func tap(t *testing.T, p *page, selector string, touch bool) {
	t.Helper()
	at := eval[[]float64](t, p, `(() => { const e = document.querySelector(`+jsString(selector)+`); e.scrollIntoView({block: "center"});
  const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	if !touch {
		if _, err := chromedp.Call(p.ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMousePressed, X: at[0], Y: at[1], Button: input.MouseButtonLeft, ClickCount: 1}); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(p.ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseReleased, X: at[0], Y: at[1], Button: input.MouseButtonLeft, ClickCount: 1}); err != nil {
			t.Fatal(err)
		}
		return
	}
	touchAt(t, p, at[0], at[1])
}

// waitShown waits for the page to show targets anew after interactive
// mark before (a startTime).
func waitShown(t *testing.T, p *page, before float64) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](t, p, `performance.getEntriesByName("interactive").some(m => m.startTime > `+strconv.FormatFloat(before, 'f', -1, 64)+`)`) {
			settle(t, p)
			return
		}
	}
	t.Fatalf("the page did not show the corrected targets (problems: %v)", p.Problems())
}

// deskState is what a test reads of the desk and the page it corrects.
type deskState struct {
	Rows, Corrected   int
	TableCorrected    int    // the targets table's marks of a target corrected
	GDP, Unemployment string // their targets in the targets table
	Names             []string
	Title             string
}

const readDesk = `(() => { const cell = (id) => { const r = document.querySelector('#targets-table tr[data-id="' + id + '"]'); return r ? r.cells[2].textContent + " " + r.cells[3].textContent : ""; };
  return {Rows: document.querySelectorAll(".desk-row").length, Corrected: document.querySelectorAll(".desk-row .desk-corrected").length,
    TableCorrected: document.querySelectorAll("#targets-table .desk-corrected").length,
    GDP: cell("gross-regional-product"), Unemployment: cell("registered-urban-unemployment"),
    Names: [...document.querySelectorAll(".desk-target b")].map(b => b.textContent), Title: document.getElementById("title").textContent}; })()`

// TestProofreadingDesk reads the seed's paragraph, as a journalist would on
// a 360 × 780 touch screen in Chinese and at 1280 in English: each number
// of the reading leads to its target on the desk; a number, a bound and a
// name are corrected there and a target dropped; the corrections show in
// the charts' table at once and survive a reload of the page's link, the
// embed code and the downloaded file.
func TestProofreadingDesk(t *testing.T) {
	seed, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	paragraph := strings.Join(strings.Split(string(seed), "\n")[8:31], "\n")
	site := serveSite(t, "")
	for _, tt := range []struct {
		name, lang    string
		width, height int64
		touch         bool
		renamed       string // the name given to the retail sales target
		nameField     string
	}{
		{"phone zh", "zh", 360, 780, true, "社会消费品零售总额（改）", "name"},
		{"desktop en", "en", 1280, 900, false, "Retail sales (corrected)", "nameEN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(t, int(tt.width), int(tt.height))
			if _, err := chromedp.Call(p.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: tt.width, Height: tt.height, DeviceScaleFactor: 2, Mobile: tt.touch}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(p.ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: tt.touch, MaxTouchPoints: 1}); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate(site.URL+"/?lang="+tt.lang))
			p.waitReady(t)
			// "Read a report" is at the top of the page.
			tap(t, p, "#to-report", tt.touch)
			if got := eval[string](t, p, `document.getElementById("own-report").open + " " + document.activeElement.id`); got != "true report-text" {
				t.Errorf("after tapping the header's button: panel open and focus %q; want the panel open and its text box focused", got)
			}
			pasteReport(t, p, paragraph, "")
			got := eval[deskState](t, p, readDesk)
			if got.Rows != 10 || got.Corrected != 0 || got.GDP == "" {
				t.Fatalf("the desk after reading: %+v; want the 10 targets, none corrected", got)
			}

			// A number of the reading leads to its target on the desk.
			tap(t, p, `.reading li[data-desk="8"] mark.n-target`, tt.touch)
			if focused := eval[string](t, p, `document.activeElement.closest(".desk-row") ? document.activeElement.closest(".desk-row").id : document.activeElement.tagName`); focused != "desk-8" {
				t.Errorf("tapping the 9th target's number in the reading focused %q; want its row on the desk, desk-8", focused)
			}

			correct := func(row int, fields map[string]string, button string) {
				t.Helper()
				sel := "#desk-" + strconv.Itoa(row)
				if eval[bool](t, p, `document.querySelector("`+sel+` .desk-form").hidden`) {
					tap(t, p, sel+" .desk-edit", tt.touch)
				}
				for name, v := range fields {
					eval[bool](t, p, `(() => { const f = document.querySelector("`+sel+` .desk-form").elements.namedItem(`+jsString(name)+`);
  f.value = `+jsString(v)+`; f.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
				}
				before := eval[float64](t, p, `performance.getEntriesByName("interactive").at(-1).startTime`)
				tap(t, p, sel+" "+button, tt.touch)
				waitShown(t, p, before)
			}
			correct(0, map[string]string{"value": "１１"}, `button[type=submit]`) // full-width, as a Chinese keyboard types
			correct(8, map[string]string{"bound": "about"}, `button[type=submit]`)
			correct(2, map[string]string{tt.nameField: tt.renamed}, `button[type=submit]`)
			correct(9, nil, `.desk-drop`)

			want := func(where string, got deskState) {
				t.Helper()
				if got.Rows != 9 || got.Corrected != 3 || got.TableCorrected != 3 || !strings.HasPrefix(got.GDP, "11") || !strings.Contains(got.Unemployment, "4.5") || len(got.Names) < 3 || got.Names[2] != tt.renamed {
					t.Errorf("%s: %+v; want 9 targets, 3 corrected (on the desk and in the table), GDP 11, unemployment about 4.5, the third named %q", where, got, tt.renamed)
				}
			}
			after := eval[deskState](t, p, readDesk)
			want("after correcting", after)
			about := map[string]string{"zh": "左右", "en": "about"}[tt.lang]
			if !strings.Contains(after.Unemployment, about) {
				t.Errorf("the unemployment target after its bound was corrected: %q; want it %q", after.Unemployment, about)
			}

			// The link.
			settle(t, p)
			time.Sleep(400 * time.Millisecond) // the address follows 250 ms late
			link := eval[string](t, p, `location.href`)
			q := newPage(t, int(tt.width), int(tt.height))
			q.do(t, chromedp.Navigate(link))
			q.waitReady(t)
			want("the link reloaded", eval[deskState](t, q, readDesk))

			// The embed code carries the same targets as the link.
			snippet := eval[string](t, p, `document.getElementById("embed-script").value`)
			_, hash, _ := strings.Cut(link, "#")
			carried, _, _ := strings.Cut(hash, ";")
			if !strings.Contains(snippet, `data-targets="`+carried+`"`) {
				t.Errorf("the embed code %s; want it to carry the corrected targets of the link (%.40s…)", snippet, carried)
			}
			// The frame that code makes (embed.js opens the page so, with
			// embed= for its height) shows the growth chart of the
			// corrected targets.
			e := newPage(t, int(tt.width), int(tt.height))
			e.do(t, chromedp.Navigate(site.URL+"/?chart=growth&embed=x&lang="+tt.lang+"#"+carried))
			e.waitReady(t)
			if row := eval[string](t, e, `document.querySelector("#fig-growth .chart-data tbody tr").textContent`); !strings.Contains(row, "11") || strings.Contains(row, "10.5") {
				t.Errorf("the embedded growth chart's first row: %q; want the corrected GDP target, 11", row)
			}

			// The download loads as it is.
			tap(t, p, "#report-file", tt.touch)
			var file []byte
			for range 100 {
				if names, _ := filepath.Glob(filepath.Join(dir, "*.json")); len(names) == 1 {
					if b, err := os.ReadFile(names[0]); err == nil && len(b) > 0 {
						file = b
						break
					}
				}
				time.Sleep(100 * time.Millisecond)
			}
			targets, err := data.Parse(file)
			if err != nil {
				t.Fatalf("the downloaded file: %v", err)
			}
			if n := len(targets.Indicators) + len(targets.Words); n != 9 || strings.Count(string(file), `"corrected": true`) != 3 {
				t.Errorf("the downloaded file has %d targets, %d corrected; want 9, 3", n, strings.Count(string(file), `"corrected": true`))
			}
			if probs := append(p.Problems(), q.Problems()...); len(probs) > 0 {
				t.Errorf("console errors, warnings or policy violations: %q", probs)
			}
		})
	}
}
