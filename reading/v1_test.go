package reading

import (
	"os"
	"strings"
	"testing"

	"xigong/data"
)

// TestChartSeed: the seed's block, charted, is a valid v1 targets file with
// the bundled targets' names, quotes, bounds, values and units.
func TestChartSeed(t *testing.T) {
	page, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	cs := Read(strings.Join(strings.Split(string(page), "\n")[8:31], "\n"))
	if y := Year(cs); y != 2015 {
		t.Fatalf("Year() = %d; want 2015", y)
	}
	c, err := Chart(cs, 2015, "洛阳市西工区", "Xigong District, Luoyang")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Other) != 0 {
		t.Errorf("not charted: %+v; want none", c.Other)
	}
	got, err := data.Parse(c.File)
	if err != nil {
		t.Fatalf("the charted file does not parse: %v\n%s", err, c.File)
	}
	seed, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range seed.Indicators {
		g := got.Indicators[i]
		if g.Name.ZH != want.Name.ZH || g.Quote != want.Quote || g.Bound != want.Bound || g.Value != want.Value || g.Unit != want.Unit {
			t.Errorf("indicator %d = %+v; want %+v", i, g, want)
		}
	}
}

func TestChart(t *testing.T) {
	cs := Read("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民收入增长和经济增长同步；单位国内生产总值能耗降低2.5%左右。")
	c, err := Chart(cs, 2024, "", "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := data.Parse(c.File)
	if err != nil {
		t.Fatalf("the charted file does not parse: %v\n%s", err, c.File)
	}
	var got []string
	for _, in := range f.Indicators {
		got = append(got, in.Name.ZH+" "+string(in.Bound))
	}
	if g, want := strings.Join(got, "; "), "国内生产总值 about; 城镇新增就业 floor; 城镇调查失业率 band"; g != want {
		t.Errorf("charted %s; want %s", g, want)
	}
	var other []string
	for _, o := range c.Other {
		other = append(other, o.Indicator)
	}
	if g, want := strings.Join(other, "; "), "居民收入增长和经济增长同步; 单位国内生产总值能耗"; g != want {
		t.Errorf("not charted %s; want %s", g, want)
	}
	if _, err := Chart(cs, 0, "", ""); err == nil {
		t.Error("Chart() with no year: want an error")
	}
}
