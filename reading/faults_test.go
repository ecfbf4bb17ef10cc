package reading

import (
	"strings"
	"testing"
)

// TestFaultClasses reads one made-up clause of each class of fault found
// by trying the reader on reports it had not seen (in the shapes real
// reports use): a cap written 低于 or 不高于, lead-ins and words between a
// name and its verb, 增幅 as a growth rate, 达 as 达到, a headline target
// "按增长X%安排", and units outside the first list.
func TestFaultClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Target
	}{
		{"pinyin a converter wrote is not the name", "地區(qū)生產(chǎn)總值增長8%以上",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"an amount in a currency", "实际利用外资达到10亿美元",
			[]Target{{Indicator: "实际利用外资", Measure: Level, Bound: AtLeast, Value: 10, Unit: "亿美元"}}},
		{"a multiplier alone is the unit", "农村贫困人口减少130万",
			[]Target{{Indicator: "农村贫困人口", Measure: Level, Bound: Exact, Value: 130, Unit: "万"}}},
		{"不少于 is a floor", "新增信用融资不少于2000亿元",
			[]Target{{Indicator: "新增信用融资", Measure: Level, Bound: AtLeast, Value: 2000, Unit: "亿元"}}},
		{"a share stated with 为", "研发支出占生产总值的比重为1.9%",
			[]Target{{Indicator: "研发支出占生产总值的比重", Measure: Level, Bound: Exact, Value: 1.9, Unit: "%"}}},
		{"a year before the name", "2009年上海市生产总值增长9%",
			[]Target{{Indicator: "上海市生产总值", Measure: Growth, Bound: AtLeast, Value: 9, Unit: "%"}}},
		{"how before 力争 is not the name", "本区今年将采取六项措施力争实现地区生产总值增长7%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"}}},
		{"三产 apart by 、", "其中一、二、三产业分别增长5%、13%、10%",
			[]Target{{Indicator: "第一产业", Measure: Growth, Bound: AtLeast, Value: 5, Unit: "%"},
				{Indicator: "第二产业", Measure: Growth, Bound: AtLeast, Value: 13, Unit: "%"},
				{Indicator: "第三产业", Measure: Growth, Bound: AtLeast, Value: 10, Unit: "%"}}},
		{"a forum's jammer text is space", "财政总收入增长18%以上4 t% ~; K3 G, O",
			[]Target{{Indicator: "财政总收入", Measure: Growth, Bound: AtLeast, Value: 18, Unit: "%"}}},
		{"a heading in 【】", "【经济社会发展主要预期目标建议】地区生产总值增长8.5%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8.5, Unit: "%"}}},
		{"a heading of 建议为", "主要预期目标建议为地区生产总值增长8.5%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8.5, Unit: "%"}}},
		{"低于 is a cap", "城镇登记失业率低于4.6%",
			[]Target{{Indicator: "城镇登记失业率", Measure: Level, Bound: AtMost, Value: 4.6, Unit: "%"}}},
		{"不高于 is a cap", "居民消费价格涨幅不高于3%",
			[]Target{{Indicator: "居民消费价格", Measure: Growth, Bound: AtMost, Value: 3, Unit: "%"}}},
		{"不低于 stays a floor", "城镇新增就业不低于5万人",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 5, Unit: "万人"}}},
		{"控制在…以下 is a cap", "城镇调查失业率控制在5.5%以下",
			[]Target{{Indicator: "城镇调查失业率", Measure: Level, Bound: AtMost, Value: 5.5, Unit: "%"}}},
		{"力争实现 is a lead-in", "力争实现地区生产总值增长12%以上",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 12, Unit: "%"}}},
		{"全年 before the verb", "地区生产总值全年增长8%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"达 is 达到", "城镇新增就业达5万人",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 5, Unit: "万人"}}},
		{"增幅 is a growth rate", "财政总收入增幅10%以上",
			[]Target{{Indicator: "财政总收入", Measure: Growth, Bound: AtLeast, Value: 10, Unit: "%"}}},
		{"实现增长 is a growth rate", "规模以上工业增加值实现增长9%以上",
			[]Target{{Indicator: "规模以上工业增加值", Measure: Growth, Bound: AtLeast, Value: 9, Unit: "%"}}},
		{"a headline target 按增长X%安排", "地区生产总值按增长6%安排",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"the indicator after 达到", "达到全年目标任务的90%",
			[]Target{{Indicator: "全年目标任务", Measure: Level, Bound: AtLeast, Value: 90, Unit: "%"}}},
		{"an amount that looks like a year", "粮食产量稳定在1980万吨以上",
			[]Target{{Indicator: "粮食产量", Measure: Level, Bound: AtLeast, Value: 1980, Unit: "万吨"}}},
		{"a count that looks like a year", "城镇新增就业2000人以上",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 2000, Unit: "人"}}},
		{"complete targets joined by 、", "城镇新增就业5万人以上、城镇调查失业率控制在5.5%以内",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 5, Unit: "万人"},
				{Indicator: "城镇调查失业率", Measure: Level, Bound: AtMost, Value: 5.5, Unit: "%"}}},
		{"two growth targets joined by 、", "地区生产总值增长7%、一般公共预算收入增长6%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"},
				{Indicator: "一般公共预算收入", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"two cuts joined by 、", "单位地区生产总值能耗降低3%、二氧化碳排放降低4%",
			[]Target{{Indicator: "单位地区生产总值能耗", Measure: Reduction, Bound: AtLeast, Value: 3, Unit: "%"},
				{Indicator: "二氧化碳排放", Measure: Reduction, Bound: AtLeast, Value: 4, Unit: "%"}}},
		{"names, then their numbers, stay paired", "地区生产总值、一般公共预算收入分别增长7%、6%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"},
				{Indicator: "一般公共预算收入", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"a number the source lost is not borrowed", "城镇新增就业万人以上、新增市场主体1.3万户",
			[]Target{{Indicator: "新增市场主体", Measure: Level, Bound: Exact, Value: 1.3, Unit: "万户"}}},
		{"names sharing one number still share it", "进出口、实际利用外资均增长5%",
			[]Target{{Indicator: "进出口", Measure: Growth, Bound: AtLeast, Value: 5, Unit: "%"},
				{Indicator: "实际利用外资", Measure: Growth, Bound: AtLeast, Value: 5, Unit: "%"}}},
		{"a part with a verb and no name is of the name before", "财政总收入达到20亿元、增幅10%以上",
			[]Target{{Indicator: "财政总收入", Measure: Level, Bound: AtLeast, Value: 20, Unit: "亿元"},
				{Indicator: "财政总收入", Measure: Growth, Bound: AtLeast, Value: 10, Unit: "%"}}},
		{"a clause with a verb and no name is of the name before", "实际利用外资8亿美元，增长6%",
			[]Target{{Indicator: "实际利用外资", Measure: Level, Bound: Exact, Value: 8, Unit: "亿美元"},
				{Indicator: "实际利用外资", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"a level after 力争, no name", "地区生产总值增长9%以上，力争达450亿元",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 9, Unit: "%"},
				{Indicator: "地区生产总值", Measure: Level, Bound: AtLeast, Value: 450, Unit: "亿元"}}},
		{"a growth named after its number", "力争固定资产投资500亿元以上，实现15%以上的增长",
			[]Target{{Indicator: "固定资产投资", Measure: Level, Bound: AtLeast, Value: 500, Unit: "亿元"},
				{Indicator: "固定资产投资", Measure: Growth, Bound: AtLeast, Value: 15, Unit: "%"}}},
		{"no name in the next sentence is no target", "地区生产总值增长9%。增长6%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 9, Unit: "%"}}},
		{"who before 将 is not the name", "本市将今年的经济增长目标锚定在6%左右",
			[]Target{{Indicator: "经济", Measure: Growth, Bound: About, Value: 6, Unit: "%"}}},
		{"建议 and a year before the name", "建议2021年GDP增长目标为增长6%左右",
			[]Target{{Indicator: "GDP", Measure: Growth, Bound: About, Value: 6, Unit: "%"}}},
		{"将 before the name", "将城镇登记失业率控制在4%以内",
			[]Target{{Indicator: "城镇登记失业率", Measure: Level, Bound: AtMost, Value: 4, Unit: "%"}}},
		{"在 before the number", "城镇调查失业率在5.5%以内",
			[]Target{{Indicator: "城镇调查失业率", Measure: Level, Bound: AtMost, Value: 5.5, Unit: "%"}}},
		{"a target quoted with its sentence", "“地区生产总值增长5%左右。”",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"a quoted name keeps its marks", "新增“四上”企业200家",
			[]Target{{Indicator: "新增“四上”企业", Measure: Level, Bound: Exact, Value: 200, Unit: "家"}}},
		{"the small semicolon of big5 pages", "地区生产总值增长6%﹔城镇新增就业2万人",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"},
				{Indicator: "城镇新增就业", Measure: Level, Bound: Exact, Value: 2, Unit: "万人"}}},
		{"我市 before the name", "我市经济预期增长目标为12%以上",
			[]Target{{Indicator: "经济", Measure: Growth, Bound: AtLeast, Value: 12, Unit: "%"}}},
		{"where it ranks is not the name", "地区生产总值增长7%、在全省同类城市中率先突破3000亿元",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"},
				{Indicator: "地区生产总值", Measure: Level, Bound: AtLeast, Value: 3000, Unit: "亿元"}}},
		{"首次 before the verb", "进出口总额首次突破100亿美元",
			[]Target{{Indicator: "进出口总额", Measure: Level, Bound: AtLeast, Value: 100, Unit: "亿美元"}}},
		{"a rate in words", "地区生产总值增长百分之八左右",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 8, Unit: "%"}}},
		{"an amount in words before a multiplier", "地区生产总值首次突破一万亿元",
			[]Target{{Indicator: "地区生产总值", Measure: Level, Bound: AtLeast, Value: 1, Unit: "万亿元"}}},
		{"a change in words", "常住人口城镇化率提高两个百分点",
			[]Target{{Indicator: "常住人口城镇化率", Measure: Change, Bound: AtLeast, Value: 2, Unit: "个百分点"}}},
		{"三次产业", "三次产业增加值分别增长4%、8%和10%",
			[]Target{{Indicator: "第一产业增加值", Measure: Growth, Bound: AtLeast, Value: 4, Unit: "%"},
				{Indicator: "第二产业增加值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"},
				{Indicator: "第三产业增加值", Measure: Growth, Bound: AtLeast, Value: 10, Unit: "%"}}},
		{"a stretch after 、 is not a target", "地区生产总值增长6.5%左右、力争7%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 6.5, Unit: "%"}}},
		{"a stretch after a comma is not a target", "地区生产总值增长6%，争取7%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"成长 is a growth", "GDP成长目标为5%左右",
			[]Target{{Indicator: "GDP", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"a 成长率 with 目标 after it", "经济成长率目标5%左右",
			[]Target{{Indicator: "经济成长率", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"a target set at a level", "通胀目标设在3%",
			[]Target{{Indicator: "通胀", Measure: Level, Bound: Exact, Value: 3, Unit: "%"}}},
		{"目标是 before the name", "目标是GDP增长5%",
			[]Target{{Indicator: "GDP", Measure: Growth, Bound: AtLeast, Value: 5, Unit: "%"}}},
		{"兆 is 万亿", "粮食产量1.4兆斤左右",
			[]Target{{Indicator: "粮食产量", Measure: Level, Bound: About, Value: 1.4, Unit: "兆斤"}}},
		{"城乡 with two numbers and no 分别", "城乡居民人均可支配收入增长7%和8%",
			[]Target{{Indicator: "城镇居民人均可支配收入", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"},
				{Indicator: "农村居民人均可支配收入", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"一是 numbers a clause", "一是地区生产总值增长6%左右",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 6, Unit: "%"}}},
		{"a share of a plan after 完成", "完成年度重点项目目标任务的80%",
			[]Target{{Indicator: "年度重点项目目标任务", Measure: Level, Bound: AtLeast, Value: 80, Unit: "%"}}},
		{"a number in quotation marks", "城镇新增就业「1200万人以上」",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 1200, Unit: "万人"}}},
		{"who before 今年 is not the name", "中央今年经济增长目标定为5%左右",
			[]Target{{Indicator: "经济", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"raised to a level", "赤字率提高至4%",
			[]Target{{Indicator: "赤字率", Measure: Level, Bound: AtLeast, Value: 4, Unit: "%"}}},
		{"lowered to a level", "城镇登记失业率下降到3.5%",
			[]Target{{Indicator: "城镇登记失业率", Measure: Level, Bound: AtMost, Value: 3.5, Unit: "%"}}},
		{"约 before the number is about", "地区生产总值增长约8%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 8, Unit: "%"}}},
		{"约 before the verb is about", "地区生产总值约增长8%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 8, Unit: "%"}}},
		{"a word that ends with 约 is no about", "招商引资签约100亿元",
			[]Target{{Indicator: "招商引资签约", Measure: Level, Bound: Exact, Value: 100, Unit: "亿元"}}},
		{"至少 is a floor", "地区生产总值至少增长8%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"比上年 is not the name", "地区生产总值比上年增长8%",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"a growth kept, named after its number", "地区生产总值保持8%以上的增长",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 8, Unit: "%"}}},
		{"a growth with words between", "地区生产总值实现7%左右的较快增长",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 7, Unit: "%"}}},
		{"a change with a verb is met at or above", "城镇登记失业率下降0.5个百分点",
			[]Target{{Indicator: "城镇登记失业率", Measure: Change, Bound: AtLeast, Value: 0.5, Unit: "个百分点"}}},
		{"a digit before a letter is part of a name", "5G基站新建1000个",
			[]Target{{Indicator: "5G基站新建", Measure: Level, Bound: Exact, Value: 1000, Unit: "个"}}},
		{"pinyin inside a number's unit", "城鎮新增就業1200萬(wàn)人以上",
			[]Target{{Indicator: "城镇新增就业", Measure: Level, Bound: AtLeast, Value: 1200, Unit: "万人"}}},
		{"the small percent sign", "地区生产总值增长6﹪",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"第一、二、三产业", "第一、二、三产业增加值分别增长3.5%、7%和6%",
			[]Target{{Indicator: "第一产业增加值", Measure: Growth, Bound: AtLeast, Value: 3.5, Unit: "%"},
				{Indicator: "第二产业增加值", Measure: Growth, Bound: AtLeast, Value: 7, Unit: "%"},
				{Indicator: "第三产业增加值", Measure: Growth, Bound: AtLeast, Value: 6, Unit: "%"}}},
		{"a dateline and byline before the name", "本报讯（记者 某某）“地区生产总值增长5%左右",
			[]Target{{Indicator: "地区生产总值", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"the three sectors", "一二三产增加值分别增长3%、6%、5%左右",
			[]Target{{Indicator: "第一产业增加值", Measure: Growth, Bound: About, Value: 3, Unit: "%"},
				{Indicator: "第二产业增加值", Measure: Growth, Bound: About, Value: 6, Unit: "%"},
				{Indicator: "第三产业增加值", Measure: Growth, Bound: About, Value: 5, Unit: "%"}}},
		{"万人次", "接待游客达到1200万人次",
			[]Target{{Indicator: "接待游客", Measure: Level, Bound: AtLeast, Value: 1200, Unit: "万人次"}}},
		{"微克/立方米 and its qualifier", "细颗粒物平均浓度控制在35微克/立方米左右",
			[]Target{{Indicator: "细颗粒物平均浓度", Measure: Level, Bound: About, Value: 35, Unit: "微克/立方米"}}},
	}
	for _, tc := range tests {
		got := readOne(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("%s: Read(%q) = %+v; want %+v", tc.name, tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: Read(%q) target %d = %+v; want %+v", tc.name, tc.text, i, got[i], tc.want[i])
			}
		}
	}
}

// TestAPlanStaysAPlan: a figure arranged (拟, 安排) that is not a growth
// target is a plan, not a target.
func TestAPlanStaysAPlan(t *testing.T) {
	if got := readOne("赤字率拟按3%安排"); len(got) != 0 {
		t.Errorf("Read(赤字率拟按3%%安排) = %+v; want no target (a plan)", got)
	}
}

// TestNotTargets: words that are not targets, though they read as words
// among the targets: filler that qualifies the target before it, a
// speaker's lead-in, and the heading written into the first target's
// clause without a colon (in the shapes reports use; made up here).
func TestNotTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the targets read: indicator, or "words" for a target in words
		why        map[string]Reason
	}{
		{"filler after the headline target", "2026年主要预期目标是：国内生产总值增长5%左右，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右。",
			[]string{"国内生产总值", "城镇调查失业率"}, map[string]Reason{"在实际工作中努力争取更好结果": WhyQualifies}},
		{"a speaker's lead-in", "报告指出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。",
			[]string{"地区生产总值", "一般公共预算收入"}, map[string]Reason{"报告指出": WhyBefore}},
		{"the heading in the first target's clause", "谈到今年发展目标，某某说，经济社会发展主要预期目标是地区生产总值增长7.5%，城镇新增就业5000人。",
			[]string{"地区生产总值", "城镇新增就业"}, map[string]Reason{"谈到今年发展目标": WhyHeading, "某某说": WhyHeading}},
		{"a speaker with no heading", "某某表示，地区生产总值增长8%，城镇登记失业率控制在4%以内。",
			[]string{"地区生产总值", "城镇登记失业率"}, map[string]Reason{"某某表示": WhyHeading}},
		{"a speaker with no heading (说)", "李某某说，地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"李某某说": WhyHeading}},
		{"a speaker with no heading (指出)", "某某指出，地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"某某指出": WhyHeading}},
		{"a speaker with no heading (强调)", "某某强调，地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"某某强调": WhyHeading}},
		{"a speaker between sentences of targets (提到)", "今年经济增长目标为5%左右。报告也提到，城镇调查失业率5.5%左右。",
			[]string{"经济", "城镇调查失业率"}, map[string]Reason{"报告也提到": WhyHeading}},
		{"a speaker with no heading (称)", "报告称，地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"报告称": WhyHeading}},
		{"a speaker with no heading (提出)", "某某提出，地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"某某提出": WhyHeading}},
		{"no heading: the meeting before the first number", "4月11日，市人大会议开幕，市长作政府工作报告。今年，本市将全面落实发展战略，预期今年全市地区生产总值增长8%，城镇登记失业率控制在4%以内。",
			[]string{"地区生产总值", "城镇登记失业率"}, map[string]Reason{"市人大会议开幕": WhyBefore, "本市将全面落实发展战略": WhyBefore}},
		{"安排 in a heading above the list", "2011年工作安排\n今年经济社会发展主要预期目标\n生产总值增长15%；\n城镇登记失业率控制在3.2%以内；", []string{"生产总值", "城镇登记失业率"}, nil},
		{"a heading of 预期指标", "2007年本市经济发展的主要预期指标是：生产总值增长16%。", []string{"生产总值"}, map[string]Reason{"2007年本市经济发展的主要预期指标是": WhyHeading}},
		{"a date", "3月5日上午，会议开幕。2021年主要预期目标：地区生产总值增长8%。", []string{"地区生产总值"}, map[string]Reason{"3月5日上午": WhyBefore}},
		{"a heading of 目标包括 after last year's figure", "本市去年地区生产总值预计增长4.5%，今年经济社会发展主要预期目标包括地区生产总值增长6%左右，一般公共预算收入增长5%。",
			[]string{"地区生产总值", "一般公共预算收入"}, map[string]Reason{"本市去年地区生产总值预计增长4.5%": WhyBefore}},
		{"a count of the targets in the heading", "《计划》明确了8个主要预期目标：地区生产总值增长5%左右；城镇新增就业3万人。",
			[]string{"地区生产总值", "城镇新增就业"}, map[string]Reason{"《计划》明确了8个主要预期目标": WhyHeading}},
		{"a count with 目标 further on is a target", "今年主要目标是新建5G基站500个以上确保完成省定目标",
			[]string{"新建5G基站"}, nil},
		{"a comment on the target before", "某市建议今年GDP增长目标为增长6%左右，这是近年首次将这一数字下调至7%以下。",
			[]string{"GDP"}, map[string]Reason{"这是近年首次将这一数字下调至7%以下": WhyQualifies}},
		{"a measure of policy", "主要预期目标是：地区生产总值增长8%，扩大消费需求，社会消费品零售总额增长9%。",
			[]string{"地区生产总值", "社会消费品零售总额"}, map[string]Reason{"扩大消费需求": WhyPolicy}},
		{"a measure after who takes it", "主要预期目标是：地区生产总值增长8%，今年本市将千方百计增投资，固定资产投资增长9%。",
			[]string{"地区生产总值", "固定资产投资"}, map[string]Reason{"今年本市将千方百计增投资": WhyPolicy}},
		{"a condition", "今年的主要目标是，预计在调整结构、提高效益的基础上，地区生产总值增长8%。",
			[]string{"地区生产总值"}, map[string]Reason{"预计在调整结构、提高效益的基础上": WhyPolicy}},
		{"a comparison with no subject", "主要预期目标是：合同利用外资15亿美元，与上年持平，城镇新增就业2万人。",
			[]string{"合同利用外资", "城镇新增就业"}, map[string]Reason{"与上年持平": WhyQualifies}},
		{"a text cut off on a verb's first character", "主要预期目标是：地区生产总值增长8%，社会消费品零售总额增",
			[]string{"地区生产总值"}, map[string]Reason{"社会消费品零售总额增": WhyTruncated}},
		{"a text cut off on 降", "主要预期目标是：地区生产总值增长8%；万元生产总值能耗降",
			[]string{"地区生产总值"}, map[string]Reason{"万元生产总值能耗降": WhyTruncated}},
		{"a phrase that ends on a verb is not cut off", "主要预期目标是：地区生产总值增长8%；全社会固定资产投资稳中有增",
			[]string{"地区生产总值", "words:全社会固定资产投资稳中有增"}, nil},
		{"a comparison with last year", "主要预期目标是：地区生产总值增长6%，比上年提高0.5个百分点。",
			[]string{"地区生产总值"}, map[string]Reason{"比上年提高0.5个百分点": WhyQualifies}},
		{"clauses numbered 一是, 二是", "今年的主要预期目标：一是地区生产总值增长6%左右；二是居民收入增长与经济增长同步。",
			[]string{"地区生产总值", "words:居民收入增长与经济增长同步"}, nil},
		{"a heading of 主要指标", "主要指标：地区生产总值增长6%左右，城镇新增就业3万人。",
			[]string{"地区生产总值", "城镇新增就业"}, map[string]Reason{"主要指标": WhyHeading}},
		{"a policy of the year's requirements", "今年的总体要求和主要目标是：完整准确全面贯彻新发展理念，统筹发展和安全。地区生产总值增长6%左右。",
			[]string{"地区生产总值"}, map[string]Reason{"完整准确全面贯彻新发展理念": WhyPolicy, "统筹发展和安全": WhyPolicy}},
		{"a comparison with the country", "主要预期目标是：地区生产总值增长6.5%以上，高于全国平均水平。",
			[]string{"地区生产总值"}, map[string]Reason{"高于全国平均水平": WhyQualifies}},
		{"what the targets are for", "主要预期目标是：地区生产总值增长6%左右，为全面建设现代化开好局，以优异成绩迎接大会召开。",
			[]string{"地区生产总值"}, map[string]Reason{"为全面建设现代化开好局": WhyPolicy, "以优异成绩迎接大会召开": WhyPolicy}},
		{"why the targets were set", "主要预期目标是：地区生产总值增长6%左右，综合考虑各方面因素，体现了积极进取。",
			[]string{"地区生产总值"}, map[string]Reason{"综合考虑各方面因素": WhyQualifies, "体现了积极进取": WhyQualifies}},
		{"filler of 最好的结果", "主要预期目标是：地区生产总值增长8%，努力争取最好的结果。",
			[]string{"地区生产总值"}, map[string]Reason{"努力争取最好的结果": WhyQualifies}},
		{"the lead-ins of a target in words", "主要预期目标是：地区生产总值增长8%，力争实现农村居民收入增速快于城镇居民，确保完成节能减排任务。",
			[]string{"地区生产总值", "words:农村居民收入增速快于城镇居民", "words:完成节能减排任务"}, nil},
		{"a date with a year", "2019年11月，区委全会召开。会议提出，2020年全区地区生产总值增长5%左右。", []string{"地区生产总值"}, map[string]Reason{"2019年11月": WhyDate, "区委全会召开": WhyBefore}},
	}
	for _, tc := range tests {
		var got []string
		whys := map[string]Reason{}
		for _, c := range Read(tc.text) {
			for _, tg := range c.Targets {
				if tg.Bound == Qualitative {
					got = append(got, "words:"+tg.Indicator)
				} else {
					got = append(got, tg.Indicator)
				}
			}
			if c.Kind == KindLeftOut {
				whys[c.Quote] = c.Why
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: targets read %q; want %q", tc.name, got, tc.want)
		}
		for quote, why := range tc.why {
			if whys[quote] != why {
				t.Errorf("%s: %q left out for %q; want %q", tc.name, quote, whys[quote], why)
			}
		}
	}
}

// TestTargetsAfterAFullStop: in running text, the targets go on after a 。
// as long as a later sentence of the paragraph states targets; words after
// the last such sentence, or a sentence about the targets, end them.
func TestTargetsAfterAFullStop(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"words between sentences of targets", "今年的主要预期目标是：地区生产总值增长6%左右。居民收入增长和经济增长同步。城镇新增就业1万人以上，城镇调查失业率5.5%左右。",
			[]string{"地区生产总值", "words:居民收入增长和经济增长同步", "城镇新增就业", "城镇调查失业率"}},
		{"a target met of a set target is no word about the targets", "今年的主要预期目标是：地区生产总值增长6%左右。城镇新增就业1万人以上，节能减排完成市定目标任务。",
			[]string{"地区生产总值", "城镇新增就业", "words:节能减排完成市定目标任务"}},
		{"a quoted list cut short, then the reporter", "“今年主要预期目标是：地区生产总值增长6%以上，服务业增加值增长9%以上……”一个个具体的目标，满是希望。",
			[]string{"地区生产总值", "服务业增加值"}},
		{"a sentence of targets in words after the targets", "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。生态环境质量持续改善，完成省下达的节能减排任务。",
			[]string{"地区生产总值", "城镇新增就业", "words:生态环境质量持续改善", "words:完成省下达的节能减排任务"}},
		{"a sentence of measures after the targets", "今年的主要预期目标是：地区生产总值增长6%左右。巩固经济向好态势，加强生态建设。",
			[]string{"地区生产总值"}},
		{"no heading: prose after the targets", "“地区生产总值增长6%左右。”对于今年的工作，市长说了三个“聚焦”：聚焦实体经济，推动产业融合发展。",
			[]string{"地区生产总值"}},
		{"a target stated with 目标 in a later sentence", "今年的主要预期目标是：地区生产总值增长6%左右。报告指出，城镇新增就业目标为1万人以上，城镇调查失业率5.5%左右。",
			[]string{"地区生产总值", "城镇新增就业", "城镇调查失业率"}},
		{"a target restated to explain it", "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上。经济增长目标确定为6%左右，主要考虑是稳就业的需要。",
			[]string{"地区生产总值", "城镇新增就业"}},
		{"a figure of a target explained", "今年的主要预期目标是：地区生产总值增长6%左右。确定6%的增长目标，是广泛听取意见后决定的。",
			[]string{"地区生产总值"}},
		{"a quote between sentences of targets", "今年的主要预期目标是：地区生产总值增长5%左右。某某说，经济长期向好的基本面没有改变。城镇新增就业1万人以上。",
			[]string{"地区生产总值", "城镇新增就业"}},
		{"no heading, then words that look like one", "地区生产总值增长6%左右，城镇新增就业3万人。我们要坚定信心，奋力完成全年目标任务。",
			[]string{"地区生产总值", "城镇新增就业"}},
		{"prose after the last target", "今年的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%左右。我们要坚持稳中求进工作总基调。",
			[]string{"地区生产总值", "城镇调查失业率"}},
		{"a sentence about the targets", "今年的主要预期目标是：地区生产总值增长6%左右。提出上述预期目标，主要考虑了以下因素。就业优先，城镇新增就业1万人以上。",
			[]string{"地区生产总值"}},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range Read(tc.text) {
			for _, tg := range c.Targets {
				if tg.Bound == Qualitative {
					got = append(got, "words:"+tg.Indicator)
				} else {
					got = append(got, tg.Indicator)
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: targets read %q; want %q", tc.name, got, tc.want)
		}
	}
}

// TestNoChineseNoTargets: Latin words with a number are no indicator, and a
// text with no Chinese states no target.
func TestNoChineseNoTargets(t *testing.T) {
	for _, text := range []string{"abc=2", "GDP 6%", "主要预期目标：abc增长2%，x=5"} {
		if got := Targets(Read(text)); len(got) != 0 {
			t.Errorf("Read(%q) = %+v; want no target", text, got)
		}
	}
	if got := Targets(Read("主要预期目标：GDP增长6%")); len(got) != 1 || got[0].Indicator != "GDP" {
		t.Errorf("Read(GDP增长6%%) = %+v; want GDP, an acronym reports use", got)
	}
}
