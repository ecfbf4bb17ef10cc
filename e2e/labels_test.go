package e2e

import (
	"fmt"
	"testing"
)

// inkBox defines ink(t), the box on screen of what an SVG text element
// draws: its advance across, and from the top of its highest glyph to the
// bottom of its lowest (measured on a canvas in the text's font, scaled as
// the text is). Its layout box is taller by the font's own room above and
// below the glyphs, which differs from font to font (a Chinese font's is a
// fifth of its size more than DejaVu Sans'), and nobody sees.
const inkBox = `const ink = (t) => {
  const r = t.getBoundingClientRect(), cs = getComputedStyle(t);
  const c = ink.c || (ink.c = document.createElement("canvas").getContext("2d"));
  c.font = cs.fontStyle + " " + cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily;
  const m = c.measureText(t.textContent);
  const scale = r.height / (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent);
  const base = r.top + m.fontBoundingBoxAscent * scale;
  return {left: r.left, right: r.right, top: base - m.actualBoundingBoxAscent * scale, bottom: base + m.actualBoundingBoxDescent * scale};
};`

// labelProblems lists, for every chart shown, the drawn texts whose layout
// box crosses the chart's edge or whose ink overlaps another text's (by more
// than 2 px each way).
const labelProblems = `(() => { ` + inkBox + `
return [...document.querySelectorAll(".chart-box")].filter(b => b.offsetParent !== null).flatMap(box => {
  const edge = box.getBoundingClientRect();
  const texts = [...box.querySelectorAll("svg text")].filter(t => t.textContent.trim() !== "" && getComputedStyle(t).display !== "none")
    .map(t => ({s: t.textContent, r: t.getBoundingClientRect(), ink: ink(t)})).filter(t => t.r.width > 0);
  const out = [];
  for (const t of texts) {
    if (t.r.left < edge.left - 1 || t.r.right > edge.right + 1 || t.r.top < edge.top - 1 || t.r.bottom > edge.bottom + 1) out.push(box.id + ": '" + t.s + "' crosses the edge");
  }
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const a = texts[i].ink, b = texts[j].ink;
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 2 && h > 2) out.push(box.id + ": '" + texts[i].s + "' overlaps '" + texts[j].s + "'");
  }
  return out;
}); })()`

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
