package reading

import (
	"os"
	"strings"
	"testing"

	"xigong/data"
)

// TestFileSeed: the seed's block, read into a file, parses as the bundled
// targets' names, quotes, bounds, values and units, and no other.
func TestFileSeed(t *testing.T) {
	page, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	cs := Read(strings.Join(strings.Split(string(page), "\n")[8:31], "\n"))
	if y := Year(cs); y != 2015 {
		t.Fatalf("Year() = %d; want 2015", y)
	}
	b, err := File(cs, 2015, "洛阳市西工区", "Xigong District, Luoyang").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err := data.Parse(b)
	if err != nil {
		t.Fatalf("the file does not parse: %v\n%s", err, b)
	}
	seed, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Indicators) != len(seed.Indicators) || len(got.Words) != 0 {
		t.Fatalf("charted %d, listed %d; want %d, 0", len(got.Indicators), len(got.Words), len(seed.Indicators))
	}
	for i, want := range seed.Indicators {
		g := got.Indicators[i]
		if g.Name.ZH != want.Name.ZH || g.Quote != want.Quote || g.Bound != want.Bound || g.Value != want.Value || g.Unit != want.Unit {
			t.Errorf("indicator %d = %+v; want %+v", i, g, want)
		}
	}
}

// TestFile: every target of a national paragraph is in the file, charted
// or listed with its words, a cut of about X charted as such.
func TestFile(t *testing.T) {
	cs := Read("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民收入增长和经济增长同步；单位国内生产总值能耗降低2.5%左右；经济增速6%-6.5%。")
	b, err := File(cs, 2024, "", "").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	f, err := data.Parse(b)
	if err != nil {
		t.Fatalf("the file does not parse: %v\n%s", err, b)
	}
	var got []string
	for _, in := range f.Indicators {
		got = append(got, in.Name.ZH+" "+string(in.Bound))
	}
	if g, want := strings.Join(got, "; "), "国内生产总值 about; 城镇新增就业 floor; 城镇调查失业率 band; 单位国内生产总值能耗 reductionAbout; 经济 range"; g != want {
		t.Errorf("charted %s; want %s", g, want)
	}
	var words []string
	for _, w := range f.Words {
		words = append(words, w.Name.ZH+" "+w.Kind)
	}
	if g, want := strings.Join(words, "; "), "居民收入增长和经济增长同步 words"; g != want {
		t.Errorf("listed %s; want %s", g, want)
	}
	if f.Title.ZH != "（未注明地区）2024年预期目标" {
		t.Errorf("title = %q", f.Title.ZH)
	}
	b, err = File(cs, 0, "", "").Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := data.Parse(b); err == nil || !strings.Contains(err.Error(), "data: year:") {
		t.Errorf("a file with no year: error %v; want one on the year", err)
	}
}

func TestYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"a heading", "2025年经济社会发展的主要预期目标\n地区生产总值增长5%左右", 2025},
		{"in the first clause", "本市已确定2014年发展目标：地区生产总值增长11.5%，财政总收入增长15%。", 2014},
		{"a sentence before", "4月11日，市人大会议开幕。2021年，本市将全面落实发展战略。地区生产总值增长7%以上。", 2021},
		{"the nearest before", "2019年11月，区委全会召开。会议提出，2020年全区地区生产总值增长5%左右。", 2020},
		{"a base year after", "地区生产总值增长7%，比2010年翻一番。", 0},
		{"none", "地区生产总值增长6%左右。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Year(Read(tt.text)); got != tt.want {
				t.Errorf("Year(%q) = %d; want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestRegion(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a city before the heading", "南宁市十四届人大六次会议开幕。主要预期目标是：地区生产总值增长8%。", "南宁市"},
		{"after the year", "2011年兴义市的预期目标是：全市生产总值达到156.6亿元。", "兴义市"},
		{"in the first target's clause", "长沙市已确定2014年发展目标：地区生产总值增长11.5%。", "长沙市"},
		{"a province's governor", "云南省代省长在政府工作报告中提出，全年生产总值增长12%以上。", "云南省"},
		{"the whole city is no name", "今年全市地区生产总值增长8%。", ""},
		{"an office is no name", "新区长表示，今年地区生产总值增长10%。", ""},
		{"a market is no place", "主要预期目标：新增市场主体1万户。", ""},
		{"none", "主要预期目标：地区生产总值增长6%左右。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Region(Read(tt.text)); got != tt.want {
				t.Errorf("Region(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}
