package reading

import (
	"fmt"
	"strings"
	"testing"
)

// brief writes targets as "indicator measure bound value unit" lines.
func brief(ts []Target) string {
	var out []string
	for _, t := range ts {
		switch t.Bound {
		case Qualitative:
			out = append(out, t.Indicator+" qualitative")
		case Range:
			out = append(out, fmt.Sprintf("%s %s range %g-%g %s", t.Indicator, t.Measure, t.Min, t.Max, t.Unit))
		default:
			out = append(out, fmt.Sprintf("%s %s %s %g %s", t.Indicator, t.Measure, t.Bound, t.Value, t.Unit))
		}
	}
	return strings.Join(out, "; ")
}

func TestForms(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"growth as printed", "地区生产总值增长10.5%", "地区生产总值 growth atLeast 10.5 %"},
		{"growth or more", "一般公共预算收入增长11%以上", "一般公共预算收入 growth atLeast 11 %"},
		{"about", "城乡居民收入增长10%左右", "城乡居民收入 growth about 10 %"},
		{"at most", "城镇登记失业率4.5%以内", "城镇登记失业率 level atMost 4.5 %"},
		{"held within", "城镇登记失业率控制在4.5%以内", "城镇登记失业率 level atMost 4.5 %"},
		{"held about, not a cap", "居民消费价格涨幅控制在3%左右", "居民消费价格 growth about 3 %"},
		{"range with two units", "国内生产总值增长6.5%-7%", "国内生产总值 growth range 6.5-7 %"},
		{"range with a long dash", "国内生产总值增长6.5%—7%", "国内生产总值 growth range 6.5-7 %"},
		{"range with one unit", "城镇调查失业率4.5-5%", "城镇调查失业率 level range 4.5-5 %"},
		{"range in words", "国内生产总值增长6到6.5%左右", "国内生产总值 growth range 6-6.5 %"},
		{"a cut", "单位国内生产总值能耗下降3%", "单位国内生产总值能耗 reduction atLeast 3 %"},
		{"a cut or more", "单位国内生产总值能耗降低3.4%以上", "单位国内生产总值能耗 reduction atLeast 3.4 %"},
		{"a cut about", "单位国内生产总值能耗降低2.5%左右", "单位国内生产总值能耗 reduction about 2.5 %"},
		{"per mille", "人口自然增长率控制在6.7‰以内", "人口自然增长率 level atMost 6.7 ‰"},
		{"per mille in words", "人口自然增长率控制在千分之四点五以内", "人口自然增长率 level atMost 4.5 ‰"},
		{"a share", "先进制造业增加值占制造业比重达到66%左右", "先进制造业增加值占制造业比重 level about 66 %"},
		{"R&D intensity", "研究与试验发展经费支出占生产总值比重1.9%左右", "研究与试验发展经费支出占生产总值比重 level about 1.9 %"},
		{"an amount", "城镇新增就业1100万人以上", "城镇新增就业 level atLeast 1100 万人"},
		{"a compound unit", "粮食产量1.3万亿斤以上", "粮食产量 level atLeast 1.3 万亿斤"},
		{"an amount to complete", "固定资产投资完成127亿元", "固定资产投资 level atLeast 127 亿元"},
		{"thousands comma", "城镇新增就业1,200万人", "城镇新增就业 level exact 1200 万人"},
		{"points", "常住人口城镇化率提高2个百分点左右", "常住人口城镇化率 change about 2 个百分点"},
		{"in words", "主要预期目标：居民收入增长和经济增长基本同步", "居民收入增长和经济增长基本同步 qualitative"},
		{"in words, balance", "主要预期目标：国际收支基本平衡", "国际收支基本平衡 qualitative"},
		{"in words, only up", "主要预期目标：耕地面积只增不减", "耕地面积只增不减 qualitative"},
		{"one qualifier for two", "一般公共预算收入和税收收入分别增长10.6%和12.3%左右",
			"一般公共预算收入 growth about 10.6 %; 税收收入 growth about 12.3 %"},
		{"three caps", "城镇调查失业率、城镇登记失业率、人口自然增长率分别控制在4.2%、3%、2.5‰以内",
			"城镇调查失业率 level atMost 4.2 %; 城镇登记失业率 level atMost 3 %; 人口自然增长率 level atMost 2.5 ‰"},
		{"both", "城镇居民人均可支配收入和农民人均纯收入均增长8%", "城镇居民人均可支配收入 growth atLeast 8 %; 农民人均纯收入 growth atLeast 8 %"},
		{"urban and rural, split", "城乡居民人均可支配收入分别增长8%和9%", "城镇居民人均可支配收入 growth atLeast 8 %; 农村居民人均可支配收入 growth atLeast 9 %"},
		{"urban and rural, one", "城乡居民收入增长10%左右", "城乡居民收入 growth about 10 %"},
		{"full-width digits", "地区生产总值增长１０．５％", "地区生产总值 growth atLeast 10.5 %"},
		{"traditional", "國內生產總值增長5%左右", "国内生产总值 growth about 5 %"},
		{"a name with digits", "PM2.5平均浓度下降5%以上", "PM2.5平均浓度 reduction atLeast 5 %"},
		{"words alone, no heading", "今年是全面贯彻落实党的十八大精神的开局之年。", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(Targets(Read(tt.text))); got != tt.want {
				t.Errorf("Read(%q) = %s; want %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestLayouts(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"numbered list", "今年发展主要预期目标是：\n一、国内生产总值增长6%以上;\n二、城镇登记失业率4.5%以内;",
			"国内生产总值 growth atLeast 6 %; 城镇登记失业率 level atMost 4.5 %"},
		{"digits list", "主要预期目标：\n1、地区生产总值增长7%左右\n2、一般公共预算收入增长5%\n3. 城镇新增就业1.2万人",
			"地区生产总值 growth about 7 %; 一般公共预算收入 growth atLeast 5 %; 城镇新增就业 level exact 1.2 万人"},
		{"a list numbered in running text", "主要预期目标是：一、地区生产总值增长6%左右；二、国际收支基本平衡；（三）城镇登记失业率4.5%以内。",
			"地区生产总值 growth about 6 %; 国际收支基本平衡 qualitative; 城镇登记失业率 level atMost 4.5 %"},
		{"the next part of the report after the list", "主要预期目标\n1.地区生产总值增长6%左右。\n2.生态环境质量持续改善。\n二、重点工作\n（一）扎实推动产业升级。",
			"地区生产总值 growth about 6 %; 生态环境质量持续改善 qualitative"},
		{"lines that end in a unit that ends in another", "主要预期目标：\n地区生产总值达到1万亿元\n全社会用电量1.2亿千瓦时\n城镇新增就业3万人",
			"地区生产总值 level atLeast 1 万亿元; 全社会用电量 level exact 1.2 亿千瓦时; 城镇新增就业 level exact 3 万人"},
		{"lines with no punctuation", "GDP增长5%左右\n城镇新增就业1200万人以上\n城镇调查失业率5.5%左右",
			"GDP growth about 5 %; 城镇新增就业 level atLeast 1200 万人; 城镇调查失业率 level about 5.5 %"},
		{"a qualifier on the next line", "主要预期目标：城镇新增就业1200万人\n以上，城镇调查失业率5.5%左右",
			"城镇新增就业 level atLeast 1200 万人; 城镇调查失业率 level about 5.5 %"},
		{"a name, a colon, its number", "经济社会发展主要预期目标：\n地区生产总值：增长6%左右\n城镇新增就业：1.5万人",
			"地区生产总值 growth about 6 %; 城镇新增就业 level exact 1.5 万人"},
		{"a heading on its own, then a paragraph of targets", "主要预期目标\n\n地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3万人，居民消费价格涨幅3%左右。",
			"地区生产总值 growth about 6 %; 一般公共预算收入 growth atLeast 5 %; 城镇新增就业 level exact 3 万人; 居民消费价格 growth about 3 %"},
		{"prose after a list", "主要预期目标\n●地区生产总值增长6%左右\n●城镇新增就业3万人\n\n我们将坚定信心，实干争先，为完成全年目标任务而努力奋斗，奋力谱写新篇章。",
			"地区生产总值 growth about 6 %; 城镇新增就业 level exact 3 万人"},
		{"other bullets", "主要预期目标：\n▲地区生产总值增长6%左右\n√一般公共预算收入增长5%\n——城镇新增就业3万人",
			"地区生产总值 growth about 6 %; 一般公共预算收入 growth atLeast 5 %; 城镇新增就业 level exact 3 万人"},
		{"circled list numbers", "主要预期目标：①地区生产总值增长6%左右；②一般公共预算收入增长5%。",
			"地区生产总值 growth about 6 %; 一般公共预算收入 growth atLeast 5 %"},
		{"names set apart", "主要预期目标：\n【地区生产总值】增长6%左右\n一般公共预算收入｜增长5%",
			"地区生产总值 growth about 6 %; 一般公共预算收入 growth atLeast 5 %"},
		{"targets apart by spaces or slashes", "主要预期目标：地区生产总值增长6%左右 一般公共预算收入增长5%/城镇新增就业3万人 以上",
			"地区生产总值 growth about 6 %; 一般公共预算收入 growth atLeast 5 %; 城镇新增就业 level atLeast 3 万人"},
		{"a heading on its own, then words and targets", "今年的主要预期目标是：\n\n坚持稳中求进，锚定全年目标，实现GDP增速高于全市平均水平。力争固定资产投资增长16%以上，城镇新增就业3万人。",
			"GDP增速高于全市平均水平 qualitative; 固定资产投资 growth atLeast 16 %; 城镇新增就业 level exact 3 万人"},
		{"a date in the heading", "新华社北京3月5日电 总理在报告中提出\n今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。提出上述预期目标，综合考虑了各方面因素。",
			"国内生产总值 growth about 5 %; 城镇新增就业 level atLeast 1200 万人"},
		{"bulleted items after the heading's sentence", "具体预期目标为：国内生产总值增长6.5%左右\n●进出口回稳向好，国际收支基本平衡\n●单位国内生产总值能耗下降3.4%以上",
			"国内生产总值 growth about 6.5 %; 进出口回稳向好 qualitative; 国际收支基本平衡 qualitative; 单位国内生产总值能耗 reduction atLeast 3.4 %"},
		{"a heading with no colon, then 确保实现", "本区2012年主要预期目标是确保实现财政收入18亿元；确保完成固定资产投资146亿元。",
			"财政收入 level exact 18 亿元; 固定资产投资 level exact 146 亿元"},
		{"a quoted paragraph whose last words quote a name", "“主要预期目标是：地区生产总值增长6%左右，单位生产总值能耗完成“十四五”考核目标”",
			"地区生产总值 growth about 6 %; 单位生产总值能耗完成“十四五”考核目标 qualitative"},
		{"heading broken over lines", "2026年经济社会发展\n主要预期目标是：地区生产总值\n增长6%左右。赤字率拟按3%安排。",
			"地区生产总值 growth about 6 %"},
		{"a sentence that explains", "主要预期目标是：生产总值增长5%左右。上述目标的设定，考虑了增长5%的需要。",
			"生产总值 growth about 5 %"},
		{"a sentence that goes on", "主要预期目标是：生产总值增长5%左右。城镇登记失业率4.5%以内。",
			"生产总值 growth about 5 %; 城镇登记失业率 level atMost 4.5 %"},
		{"ASCII punctuation", "main: 主要预期目标是: 地区生产总值增长6%; 居民消费价格涨幅3%左右, 国际收支基本平衡.",
			"地区生产总值 growth atLeast 6 %; 居民消费价格 growth about 3 %; 国际收支基本平衡 qualitative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(Targets(Read(tt.text))); got != tt.want {
				t.Errorf("Read(%q) = %s; want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestEveryNumberAccounted: every number of a text is in a target or listed
// as not one, with why.
func TestEveryNumberAccounted(t *testing.T) {
	text := "展望2018年，“十三五”规划第3年。2018年发展主要预期目标是：\n1、国内生产总值增长6.5%左右；\n2、城镇新增就业1100万人以上。"
	cs := Read(text)
	var others []string
	for _, c := range cs {
		for _, n := range c.Others {
			others = append(others, n.Text+":"+string(n.Why))
		}
	}
	if got, want := strings.Join(others, " "), "2018:year 3:ordinal 2018:year 1:ordinal 2:ordinal"; got != want {
		t.Errorf("numbers not targets = %s; want %s", got, want)
	}
	if got, want := brief(Targets(cs)), "国内生产总值 growth about 6.5 %; 城镇新增就业 level atLeast 1100 万人"; got != want {
		t.Errorf("targets = %s; want %s", got, want)
	}
}

// TestClausesKeepTheText: the clauses' quotes, put together, are the text
// less its spaces, line breaks and punctuation.
func TestClausesKeepTheText(t *testing.T) {
	text := "●地区生产总值增长10.5%\n\n制图 闵敏\n\n●城镇登记失业率控制在4.5%以内"
	var quotes []string
	for _, c := range Read(text) {
		quotes = append(quotes, c.Quote+"["+string(c.Kind)+"]")
	}
	if got, want := strings.Join(quotes, " "), "地区生产总值增长10.5%[numeric] 制图闵敏[left out] 城镇登记失业率控制在4.5%以内[numeric]"; got != want {
		t.Errorf("clauses = %s; want %s", got, want)
	}
}

func TestID(t *testing.T) {
	tests := []struct{ en, want string }{
		{"Gross regional product", "gross-regional-product"},
		{"Consumer prices (CPI)", "consumer-prices-cpi"},
		{"PM2.5 concentration", "pm2-5-concentration"},
		{"", "target"},
		{"Per-capita disposable income of urban residents", "per-capita-disposable-income"},
		{"2030 goal", "t-2030-goal"},
		{"Registered urban unemployment rate", "registered-urban-unemployment"}, // whole words within 29
		{"Growth", "t-growth"},         // the growth chart's id
		{"Projection", "t-projection"}, // the projection chart's id
	}
	for _, tt := range tests {
		if got := ID(tt.en); got != tt.want {
			t.Errorf("ID(%q) = %q; want %q", tt.en, got, tt.want)
		}
	}
}

func TestEnglish(t *testing.T) {
	tests := []struct{ zh, want string }{
		{"国内生产总值", "Gross domestic product"},
		{"研发经费支出占地区生产总值比重", "Research and development spending as a share of gross regional product"},
		{"单位地区生产总值二氧化碳排放", ""}, // not gross regional product: a part of a longer indicator
		{"新经济增加值", ""}, // not economic growth
		{"环保投入相当于全市生产总值的比例", ""},
		{"单位国内生产总值能耗", "Energy use per unit of GDP"},
		{"城镇居民人均可支配收入", "Per-capita disposable income of urban residents"},
		{"先进制造业增加值占制造业比重", ""},
	}
	for _, tt := range tests {
		if got, _ := English(tt.zh); got != tt.want {
			t.Errorf("English(%q) = %q; want %q", tt.zh, got, tt.want)
		}
	}
}
