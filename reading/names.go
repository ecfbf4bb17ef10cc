package reading

import "strings"

// names are English names of the common indicators: the first whose words
// are all in an indicator's name gives its English name. Longer, more
// particular entries come first.
var names = []struct {
	words []string
	en    string
}{
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
// and whether it has one.
func English(name string) (string, bool) {
	for _, n := range names {
		all := true
		for _, w := range n.words {
			if !strings.Contains(name, w) {
				all = false
				break
			}
		}
		if all {
			return n.en, true
		}
	}
	return "", false
}
