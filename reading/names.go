package reading

import "strings"

// names are English names of the common indicators: the first whose words
// are all in an indicator's name gives its English name. Longer, more
// particular entries come first.
var names = []struct {
	words []string
	en    string
}{
	{[]string{"研发", "国内生产总值"}, "Research and development spending as a share of GDP"},
	{[]string{"研发", "生产总值"}, "Research and development spending as a share of gross regional product"},
	{[]string{"研究与试验发展", "国内生产总值"}, "Research and development spending as a share of GDP"},
	{[]string{"研究与试验发展", "生产总值"}, "Research and development spending as a share of gross regional product"},
	{[]string{"研发"}, "Research and development spending"},
	{[]string{"研究与试验发展"}, "Research and development spending"},
	{[]string{"城镇", "居民", "可支配收入"}, "Per-capita disposable income of urban residents"},
	{[]string{"农村", "居民", "可支配收入"}, "Per-capita disposable income of rural residents"},
	{[]string{"居民", "可支配收入"}, "Per-capita disposable income of residents"},
	{[]string{"农民", "纯收入"}, "Per-capita net income of rural residents"},
	{[]string{"城乡居民收入"}, "Urban and rural residents' income"},
	{[]string{"国内生产总值", "能耗"}, "Energy use per unit of GDP"},
	{[]string{"生产总值", "能耗"}, "Energy use per unit of gross regional product"},
	{[]string{"GDP", "能耗"}, "Energy use per unit of GDP"},
	{[]string{"国内生产总值"}, "Gross domestic product"},
	{[]string{"生产总值"}, "Gross regional product"},
	{[]string{"经济"}, "Economic growth"},
	{[]string{"一般公共预算收入"}, "General public budget revenue"},
	{[]string{"公共财政预算收入"}, "Public budget revenue"},
	{[]string{"财政", "收入"}, "Fiscal revenue"},
	{[]string{"社会消费品零售总额"}, "Retail sales of consumer goods"},
	{[]string{"固定资产投资"}, "Fixed-asset investment"},
	{[]string{"工业增加值"}, "Industrial value added"},
	{[]string{"进出口"}, "Imports and exports"},
	{[]string{"出口"}, "Exports"},
	{[]string{"利用外资"}, "Foreign investment used"},
	{[]string{"居民消费价格"}, "Consumer prices (CPI)"},
	{[]string{"调查失业率"}, "Surveyed urban unemployment rate"},
	{[]string{"登记失业率"}, "Registered urban unemployment rate"},
	{[]string{"新增就业"}, "New urban jobs"},
	{[]string{"转移就业"}, "Rural workers moved into jobs"},
	{[]string{"粮食"}, "Grain output"},
	{[]string{"人口自然增长率"}, "Natural population growth rate"},
	{[]string{"森林覆盖率"}, "Forest coverage"},
	{[]string{"PM2.5"}, "PM2.5 concentration"},
	{[]string{"城镇化率"}, "Urbanization rate"},
	{[]string{"能耗"}, "Energy intensity"},
}

// English returns the English name of an indicator from the dictionary,
// and whether it has one. An entry names the whole indicator only: what
// the indicator has besides the entry's words must be words that do not
// change what it measures (filler: "全社会", "规模以上", "总额", "增长率"…),
// so that "单位地区生产总值二氧化碳排放" is not "Gross regional product" nor
// "新经济增加值" "Economic growth".
func English(name string) (string, bool) {
	for _, n := range names {
		rest, all := name, true
		for _, w := range n.words {
			if !strings.Contains(rest, w) {
				all = false
				break
			}
			rest = strings.Replace(rest, w, "", 1)
		}
		if all && onlyFiller(rest) {
			return n.en, true
		}
	}
	return "", false
}

// filler are words an indicator's name may have besides its dictionary
// entry's: whose it is, its scope and the form of its figure. Longest first
// where one starts another.
var filler = []string{
	"全社会", "全体", "全区", "全市", "全省", "全县", "全国", "区属", "地区", "地方级", "地方", "本级",
	"城镇", "农村", "劳动力", "常住人口", "居民", "农民", "人均", "万元", "单位",
	"规模以上", "规上", "规模", "外贸", "商品", "实际", "综合", "平均", "经费", "投入", "支出", "一般预算",
	"总水平", "总产量", "总额", "总值", "总量", "总", "产量", "浓度", "指数",
	"增长率", "成长率", "增速", "增幅", "涨幅", "增长",
	"占", "相当于", "的比例", "比例", "比重",
	"(GDP)", "(CPI)", "（GDP）", "（CPI）",
}

// onlyFiller reports whether s is made of filler words alone (or nothing).
func onlyFiller(s string) bool {
	for s != "" {
		cut := false
		for _, f := range filler {
			if strings.HasPrefix(s, f) {
				s, cut = s[len(f):], true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}
