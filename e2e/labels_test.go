package e2e

import (
	"fmt"
	"testing"
)

// labelProblems lists, for every chart shown, the drawn texts that cross
// the chart's edge or overlap another text (by more than 2 px each way).
const labelProblems = `[...document.querySelectorAll(".chart-box")].filter(b => b.offsetParent !== null).flatMap(box => {
  const edge = box.getBoundingClientRect();
  const texts = [...box.querySelectorAll("svg text")].filter(t => t.textContent.trim() !== "" && getComputedStyle(t).display !== "none")
    .map(t => ({s: t.textContent, r: t.getBoundingClientRect()})).filter(t => t.r.width > 0);
  const out = [];
  for (const t of texts) {
    if (t.r.left < edge.left - 1 || t.r.right > edge.right + 1 || t.r.top < edge.top - 1 || t.r.bottom > edge.bottom + 1) out.push(box.id + ": '" + t.s + "' crosses the edge");
  }
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const a = texts[i].r, b = texts[j].r;
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 2 && h > 2) out.push(box.id + ": '" + texts[i].s + "' overlaps '" + texts[j].s + "'");
  }
  return out;
})`

// TestChartLabels reads every drawn text of every chart at phone, tablet and
// desktop widths, in both languages, with targets met and missed: none
// crosses its chart's edge and no two overlap.
func TestChartLabels(t *testing.T) {
	for _, w := range []int64{320, 360, 390, 768, 1280} {
		for _, lang := range []string{"zh", "en"} {
			for _, sc := range []struct{ name, frag string }{{"met", ""}, {"missed", "#v1:gdp=9,income=11,energy=0,unemployment=5.5,population=8"}} {
				t.Run(fmt.Sprintf("%d-%s-%s", w, lang, sc.name), func(t *testing.T) {
					p := phone(t, w, "?lang="+lang+sc.frag)
					eval[bool](t, p, `new Promise(r => setTimeout(() => r(true), 400))`) // the update animations
					for _, problem := range eval[[]string](t, p, labelProblems) {
						t.Error(problem)
					}
				})
			}
		}
	}
}
