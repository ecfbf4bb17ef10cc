package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestMissesSayWhichWay opens a scenario with unemployment over its cap,
// income above its band and GDP short, in each language: every place that
// states a verdict (the slider's verdict, the summary, the charts' aria
// descriptions, the CSV) says which way each is missed.
func TestMissesSayWhichWay(t *testing.T) {
	for _, tt := range []struct {
		lang                 string
		over, above, short   string
		summaryOver, csvOver string
	}{
		{"zh", "✗ 未达标，超出上限 1.1 个百分点", "✗ 未达标，高于目标区间 0.3 个百分点", "✗ 未达标，差 0.5 个百分点",
			"城镇登记失业率（超出上限 1.1 个百分点）", "✗ 未达标，超出上限 1.1 个百分点"},
		{"en", "✗ missed, over the cap by 1.1 percentage points", "✗ missed, 0.3 percentage points above the band", "✗ missed, short by 0.5 percentage points",
			"Registered urban unemployment rate (over the cap by 1.1 percentage points)", "✗ missed, over the cap by 1.1 percentage points"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			p := newPage(t, 1200, 900)
			p.do(t, chromedp.Navigate("file://"+dist(t, "xigong-2015.html")+"?lang="+tt.lang+"#v1:gdp=10,income=10.8,unemployment=5.6"))
			p.waitReady(t)
			verdict := func(id string) string {
				return eval[string](t, p, `document.getElementById("v-`+id+`").textContent`)
			}
			for id, want := range map[string]string{"unemployment": tt.over, "income": tt.above, "gdp": tt.short} {
				if got := verdict(id); got != want {
					t.Errorf("%s's verdict = %q; want %q", id, got, want)
				}
			}
			if missed := eval[string](t, p, `document.getElementById("summary-missed").textContent`); !strings.Contains(missed, tt.summaryOver) {
				t.Errorf("summary = %q; want it to say %q", missed, tt.summaryOver)
			}
			charts := readChartsBy(t, p)
			if label := charts["unemployment"].Label; !strings.Contains(label, tt.over) {
				t.Errorf("unemployment chart's description = %q; want %q", label, tt.over)
			}
			if label := charts["growth"].Label; !strings.Contains(label, tt.above) || !strings.Contains(label, tt.short) {
				t.Errorf("growth chart's description = %q; want %q and %q", label, tt.above, tt.short)
			}
			// A reduction's axis name says it is a cut on a line of its own,
			// not broken inside a word.
			if cut := map[string]string{"zh": "|（降幅）|", "en": "|(cut)|"}[tt.lang]; !strings.Contains("|"+charts["growth"].Text+"|", cut) {
				t.Errorf("growth chart's texts = %q; want the line %q", charts["growth"].Text, cut)
			}
			if csv := eval[string](t, p, `globalThis.xigong.csv()`); !strings.Contains(csv, tt.csvOver) {
				t.Errorf("CSV = %.300q; want %q", csv, tt.csvOver)
			}
		})
	}
}
