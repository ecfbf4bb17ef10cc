package reading

import "testing"

// readOne reads text as the one clause after a heading and returns its
// targets.
func readOne(text string) []Target {
	var out []Target
	for _, c := range Read("2015年主要预期目标：" + text + "。") {
		out = append(out, c.Targets...)
	}
	return out
}

// The words of each family of the reader's vocabulary, written here by hand:
// TestEveryWordOfTheVocabulary reads a clause that needs each, so a word
// dropped from the reader's lists fails its case, and TestVocabularyCovered
// fails for a word added to a list but not here.
var (
	leadingWords = []string{"其中", "全年", "今年的", "今年", "全市", "全省", "全区", "全县", "本市", "本区", "本县", "我市", "我省", "我区", "我县", "力争", "确保", "努力", "继续", "实现",
		"预期", "预计", "并要求", "要求", "目标", "是", "完成", "建议", "将", "把"}
	trailingWords = []string{"分别", "平均", "年均", "均", "都", "继续", "力争", "可比", "同口径", "实际", "同比", "比上年", "较上年", "比去年", "较去年", "至少", "约", "全年", "按", "预期", "目标", "设定在", "设定为", "锚定在", "设在", "定在", "确定为", "定为", "订为", "为", "在", "率先", "首次"}
	verbWords     = []string{"控制在", "稳定在", "保持", "增长", "成长", "增速", "增幅", "涨幅", "上涨", "下降", "降低", "减少", "提高", "提升", "达到", "达", "完成", "实现", "突破", "超过", "不低于", "不少于", "不超过", "不高于", "低于", "争取"}
	unitWords     = []string{"个百分点", "个千分点", "万亿斤", "亿斤", "万吨标准煤", "万吨标煤", "万吨", "亿吨", "万亩", "亿元", "万亿元", "万元", "元", "万人次", "人次", "万人", "人", "万户", "户", "微克/立方米", "万平方米", "平方米", "平方公里", "公里", "千米", "万公顷", "公顷", "亿立方米", "万立方米", "立方米", "万辆", "辆", "万台", "台", "万头", "头", "万只", "天", "岁", "件", "万套", "家", "个", "项", "所", "座", "吨标准煤", "吨", "斤", "亩",
		"兆元", "兆斤", "亿美元", "万美元", "美元", "万标箱", "标箱", "万个", "万家", "万千瓦时", "万千瓦", "千瓦时", "千瓦", "亿千瓦时", "万", "亿"}
	qualifierWords = map[string]Bound{"以上": AtLeast, "及以上": AtLeast, "或以上": AtLeast, "不低于": AtLeast, "以内": AtMost, "之内": AtMost, "以下": AtMost, "左右": About, "上下": About}
)

// TestEveryWordOfTheVocabulary reads, for each word of each family (leading
// and trailing words, verbs, units, qualifiers), a clause that needs it.
func TestEveryWordOfTheVocabulary(t *testing.T) {
	type want struct {
		indicator string
		value     float64
		unit      string
		bound     Bound
	}
	check := func(family, word, text string, w want) {
		t.Helper()
		got := readOne(text)
		if len(got) != 1 || got[0].Indicator != w.indicator || got[0].Value != w.value || got[0].Unit != w.unit || (w.bound != "" && got[0].Bound != w.bound) {
			t.Errorf("%s %q: Read(%q) = %+v; want one target %+v", family, word, text, got, w)
		}
	}
	for _, w := range leadingWords {
		check("leading", w, w+"地区生产总值增长8%", want{"地区生产总值", 8, "%", ""})
	}
	for _, w := range trailingWords {
		check("trailing", w, "地区生产总值"+w+"增长8%", want{"地区生产总值", 8, "%", ""})
	}
	for _, w := range verbWords {
		check("verb", w, "地区生产总值"+w+"8%", want{"地区生产总值", 8, "%", ""})
	}
	for _, u := range unitWords {
		check("unit", u, "城镇新增就业达到5"+u, want{"城镇新增就业", 5, u, ""})
	}
	for q, b := range qualifierWords {
		check("qualifier", q, "城镇新增就业5万人"+q, want{"城镇新增就业", 5, "万人", b})
	}
}

// TestVocabularyCovered: every word of the reader's lists is one the test
// above reads.
func TestVocabularyCovered(t *testing.T) {
	in := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	for _, f := range []struct {
		name       string
		list, mine []string
	}{{"leading", leading, leadingWords}, {"trailing", trailing, trailingWords}, {"verbs", verbs, verbWords}, {"units", units, unitWords}} {
		tested := in(f.mine)
		for _, w := range f.list {
			if !tested[w] {
				t.Errorf("%s %q is not read by TestEveryWordOfTheVocabulary; add a case", f.name, w)
			}
		}
	}
	for _, q := range qualifiers {
		if _, ok := qualifierWords[q.word]; !ok {
			t.Errorf("qualifier %q is not read by TestEveryWordOfTheVocabulary; add a case", q.word)
		}
	}
}

// namesRead are indicators as reports print them, one for each entry of
// the dictionary of English names, with the name it gives.
var namesRead = []struct{ zh, en string }{
	{"研发经费支出占国内生产总值比重", "Research and development spending as a share of GDP"},
	{"全社会研发经费支出相当于全市生产总值的比例", "Research and development spending as a share of gross regional product"},
	{"研究与试验发展经费支出占国内生产总值比重", "Research and development spending as a share of GDP"},
	{"研究与试验发展经费支出占地区生产总值比重", "Research and development spending as a share of gross regional product"},
	{"研发经费投入", "Research and development spending"},
	{"研究与试验发展经费支出", "Research and development spending"},
	{"城镇居民人均可支配收入", "Per-capita disposable income of urban residents"},
	{"农村居民人均可支配收入", "Per-capita disposable income of rural residents"},
	{"全体居民人均可支配收入", "Per-capita disposable income of residents"},
	{"农民人均纯收入", "Per-capita net income of rural residents"},
	{"城乡居民收入", "Urban and rural residents' income"},
	{"单位国内生产总值能耗", "Energy use per unit of GDP"},
	{"单位地区生产总值能耗", "Energy use per unit of gross regional product"},
	{"万元GDP能耗", "Energy use per unit of GDP"},
	{"国内生产总值", "Gross domestic product"},
	{"地区生产总值", "Gross regional product"},
	{"经济增长", "Economic growth"},
	{"一般公共预算收入", "General public budget revenue"},
	{"公共财政预算收入", "Public budget revenue"},
	{"财政总收入", "Fiscal revenue"},
	{"社会消费品零售总额", "Retail sales of consumer goods"},
	{"全社会固定资产投资", "Fixed-asset investment"},
	{"规模以上工业增加值", "Industrial value added"},
	{"外贸进出口总额", "Imports and exports"},
	{"外贸出口", "Exports"},
	{"实际利用外资", "Foreign investment used"},
	{"居民消费价格涨幅", "Consumer prices (CPI)"},
	{"城镇调查失业率", "Surveyed urban unemployment rate"},
	{"城镇登记失业率", "Registered urban unemployment rate"},
	{"城镇新增就业", "New urban jobs"},
	{"农村劳动力转移就业", "Rural workers moved into jobs"},
	{"粮食产量", "Grain output"},
	{"人口自然增长率", "Natural population growth rate"},
	{"森林覆盖率", "Forest coverage"},
	{"PM2.5平均浓度", "PM2.5 concentration"},
	{"常住人口城镇化率", "Urbanization rate"},
	{"综合能耗", "Energy intensity"},
}

// TestEveryName reads each indicator of namesRead, and checks that every
// entry of the dictionary is read by one of them.
func TestEveryName(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range namesRead {
		got, ok := English(n.zh)
		if !ok || got != n.en {
			t.Errorf("English(%q) = %q, %v; want %q", n.zh, got, ok, n.en)
		}
		seen[n.en] = true
	}
	for _, n := range names {
		if !seen[n.en] {
			t.Errorf("the dictionary's %q is read by no case of namesRead; add one", n.en)
		}
	}
}
