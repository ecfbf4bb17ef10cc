package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// phone opens the single file as a phone of width × 780 CSS px would: 2×
// pixels, touch, mobile viewport.
func phone(t *testing.T, width int64, query string) *page {
	t.Helper()
	return phoneAt(t, width, "file://"+dist(t, "xigong-2015.html")+query)
}

// phoneAt opens url in a touch screen width px wide and 780 tall (a
// phone's, at 2 device pixels a px, when width is under 500).
func phoneAt(t *testing.T, width int64, url string) *page {
	t.Helper()
	p := phonePage(t, width)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)
	return p
}

// phonePage is a blank page in a touch screen width px wide and 780 tall,
// in a browser started with extra options.
func phonePage(t *testing.T, width int64, extra ...chromedp.ExecAllocatorOption) *page {
	t.Helper()
	p := newPage(t, int(width), 780, extra...)
	if _, err := chromedp.Call(p.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: 780, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 1}); err != nil {
		t.Fatal(err)
	}
	return p
}

// swipe moves a finger from one point of the viewport to another in steps.
func swipe(t *testing.T, p *page, x0, y0, x1, y1 float64) {
	t.Helper()
	const steps = 8
	touch := func(kind input.DispatchTouchEventType, x, y float64) {
		points := []*input.TouchPoint{{X: x, Y: y}}
		if kind == input.DispatchTouchEventTypeTouchEnd {
			points = []*input.TouchPoint{}
		}
		if _, err := chromedp.Call(p.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: kind, TouchPoints: points}); err != nil {
			t.Fatal(err)
		}
	}
	touch(input.DispatchTouchEventTypeTouchStart, x0, y0)
	for k := 1; k <= steps; k++ {
		touch(input.DispatchTouchEventTypeTouchMove, x0+(x1-x0)*float64(k)/steps, y0+(y1-y0)*float64(k)/steps)
		time.Sleep(16 * time.Millisecond)
	}
	touch(input.DispatchTouchEventTypeTouchEnd, x1, y1)
	time.Sleep(150 * time.Millisecond)
}

// touchAt touches the viewport at (x, y) with one finger, and lifts it.
func touchAt(t *testing.T, p *page, x, y float64) {
	t.Helper()
	for _, kind := range []input.DispatchTouchEventType{input.DispatchTouchEventTypeTouchStart, input.DispatchTouchEventTypeTouchEnd} {
		points := []*input.TouchPoint{{X: x, Y: y}}
		if kind == input.DispatchTouchEventTypeTouchEnd {
			points = []*input.TouchPoint{}
		}
		if _, err := chromedp.Call(p.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: kind, TouchPoints: points}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPhoneFirstScreen(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			p := phone(t, 360, "?lang="+lang)
			top := eval[float64](t, p, `document.getElementById("chart-growth").getBoundingClientRect().top`)
			if top >= 780-80 {
				t.Errorf("the growth chart starts at %.0f px; want its top (80 px of it) inside the first 780 px screen", top)
			}
			t.Logf("growth chart top at 360 × 780 (%s): %.0f px", lang, top)
		})
	}
}

// TestPhoneSwipesScroll swipes vertically over every slider: the page
// scrolls and no value changes; a tap on a track changes nothing either; a
// sideways drag of the thumb still moves it.
func TestPhoneSwipesScroll(t *testing.T) {
	p := phone(t, 360, "")
	values := func() string {
		return eval[string](t, p, `[...document.querySelectorAll("#controls input[type=range]")].map(i => i.value).join(" ")`)
	}
	before := values()
	ids := eval[[]string](t, p, `[...document.querySelectorAll("#controls input[type=range]")].map(i => i.id)`)
	for _, id := range ids {
		eval[bool](t, p, `document.getElementById("`+id+`").scrollIntoView({block: "center"}), true`)
		box := eval[[]float64](t, p, `(() => { const r = document.getElementById("`+id+`").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
		x, y := box[0]+box[2]*0.8, box[1]+box[3]/2 // on the track, away from the thumb
		scrolled := eval[float64](t, p, `scrollY`)
		swipe(t, p, x, y, x+3, y-200)
		if after := eval[float64](t, p, `scrollY`); after <= scrolled {
			t.Errorf("swiping up over %s left the page at %.0f (from %.0f); want it scrolled", id, after, scrolled)
		}
		if got := values(); got != before {
			t.Fatalf("after a vertical swipe over %s the values are %s; want %s", id, got, before)
		}
	}
	// A tap on the track, far from the thumb.
	eval[bool](t, p, `document.getElementById("s-retail").scrollIntoView({block: "center"}), true`)
	box := eval[[]float64](t, p, `(() => { const r = document.getElementById("s-retail").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	swipe(t, p, box[0]+box[2]*0.95, box[1]+box[3]/2, box[0]+box[2]*0.95, box[1]+box[3]/2)
	if got := values(); got != before {
		t.Errorf("after a tap on a track the values are %s; want %s", got, before)
	}
	// A sideways drag from the thumb (retail 13 of 0–30: 43% along).
	thumb := box[0] + box[2]*13/30
	swipe(t, p, thumb, box[1]+box[3]/2, thumb+box[2]*0.2, box[1]+box[3]/2)
	// On a busy machine the answer may come a moment after the finger lifts.
	s := readState(t, p, "retail")
	for deadline := time.Now().Add(3 * time.Second); (s.Value == "13" || s.Output == "13.0%") && time.Now().Before(deadline); s = readState(t, p, "retail") {
		settle(t, p)
		time.Sleep(50 * time.Millisecond)
	}
	if s.Value == "13" || s.Output == "13.0%" {
		t.Errorf("after a sideways drag retail is %+v; want it moved", s)
	}
}

// TestPhoneNoSidewaysScroll checks that no width from 320 to 390 px scrolls
// the page sideways, the plan expanded included.
func TestPhoneNoSidewaysScroll(t *testing.T) {
	for _, w := range []int64{320, 360, 390} {
		for _, lang := range []string{"zh", "en"} {
			t.Run(fmt.Sprintf("%d-%s", w, lang), func(t *testing.T) {
				p := phone(t, w, "?lang="+lang)
				eval[bool](t, p, `(document.querySelectorAll("details").forEach(d => d.open = true), true)`)
				got := eval[[]float64](t, p, `new Promise(r => setTimeout(() => r([document.documentElement.scrollWidth, innerWidth]), 300))`)
				if got[0] > got[1] {
					wide := eval[string](t, p, `[...document.querySelectorAll("#page *")].filter(e => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 3).map(e => e.tagName + "." + e.className + "#" + e.id).join(" ")`)
					t.Errorf("the page is %.0f px wide at %.0f; want no sideways scroll (too wide: %s)", got[0], got[1], wide)
				}
			})
		}
	}
}

// TestPhoneGrowthBars checks that at 360 px the growth chart's bars take
// most of its width: the longest at least 40%.
func TestPhoneGrowthBars(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		p := phone(t, 360, "?lang="+lang)
		got := eval[[]float64](t, p, `(() => { const box = document.getElementById("chart-growth").getBoundingClientRect();
  const bars = [...document.querySelectorAll("#chart-growth path")].map(e => e.getBoundingClientRect()).filter(r => r.height > 4 && r.height < 40 && r.width > 0);
  return [Math.max(...bars.map(r => r.width)), box.width]; })()`)
		if got[0] < 0.4*got[1] {
			t.Errorf("%s: the longest growth bar is %.0f px in a %.0f px chart; want at least 40%%", lang, got[0], got[1])
		}
		t.Logf("%s: longest bar %.0f of %.0f px (%.0f%%)", lang, got[0], got[1], 100*got[0]/got[1])
		texts := eval[string](t, p, `[...document.querySelectorAll("#chart-growth text")].map(t => t.textContent).join("|")`)
		if !strings.Contains(texts, "固定资产投资") && !strings.Contains(texts, "Fixed-asset investment") {
			t.Errorf("%s: growth chart texts %q; want the names drawn", lang, texts)
		}
	}
}

// TestTapTargets checks that every control a finger uses on a phone is at
// least 24 px tall and wide (WCAG 2.2, 2.5.8), with every disclosure open.
func TestTapTargets(t *testing.T) {
	for _, query := range []string{"", "?lang=en", "?chart=unemployment"} {
		p := phone(t, 360, query)
		small := eval[[]string](t, p, `(document.querySelectorAll("details").forEach(d => d.open = true), [...document.querySelectorAll("#page summary, #page button, #page input, #page select, #page .plan-links a")]
  .filter(e => e.offsetParent !== null).map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.height < 24 || r.width < 24)
  .map(([e, r]) => (e.id || e.className || e.tagName) + " " + Math.round(r.width) + "×" + Math.round(r.height)))`)
		for _, s := range small {
			t.Errorf("%q: %s is smaller than 24 × 24 px", query, s)
		}
	}
}

// A tap on a bar shows its tooltip next to the finger, in a chart far down
// the page too. (The page names the tooltip's container, tooltip.appendTo,
// which spares a style recalculation at every update; zrender then put the
// tooltip one scroll height too low after a tap, until the build mended it:
// cmd/assemble/patch.go.)
func TestPhoneTapShowsTooltip(t *testing.T) {
	p := phone(t, 360, "")
	eval[bool](t, p, `(document.getElementById("fig-unemployment").scrollIntoView(), new Promise(r => setTimeout(() => r(true), 300)))`)
	at := eval[[]float64](t, p, `(() => {
  const r = [...document.querySelectorAll("#chart-unemployment path")].map(e => e.getBoundingClientRect()).filter(r => r.width > 20 && r.height > 20)[0];
  return [r.left + r.width / 2, r.top + r.height / 2, scrollY];
})()`)
	if at[2] < 780 {
		t.Fatalf("scrolled to %.0f px; want the chart beyond the first screen", at[2])
	}
	touchAt(t, p, at[0], at[1])
	tip := eval[[]float64](t, p, `new Promise(r => setTimeout(() => r([...document.querySelectorAll("div")]
  .filter(d => d.style.zIndex === "9999999" && d.style.display !== "none" && d.innerText.trim() !== "")
  .map(d => d.getBoundingClientRect()).flatMap(b => [b.top, b.bottom])), 400))`)
	if len(tip) != 2 {
		t.Fatalf("a tap on the unemployment bar at (%.0f, %.0f) showed %d tooltips; want 1", at[0], at[1], len(tip)/2)
	}
	if tip[0] > at[1]+120 || tip[1] < at[1]-120 {
		t.Errorf("the tooltip spans %.0f–%.0f px of the screen; want it within 120 px of the tap at %.0f", tip[0], tip[1], at[1])
	}
}
