package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// longNames are indicators as reports print them, for made-up paragraphs
// of many targets: short and long names, in the order a province's report
// gives them.
var longNames = []string{
	"地区生产总值", "规模以上工业增加值", "全社会固定资产投资", "社会消费品零售总额", "一般公共预算收入",
	"城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "外贸进出口总额", "实际使用外资", "服务业增加值",
	"高新技术产业增加值", "战略性新兴产业增加值", "数字经济核心产业增加值", "研究与试验发展经费投入", "民间投资",
	"工业投资", "网络零售额", "旅游总收入", "金融机构本外币贷款余额", "税收收入",
	"居民消费价格", "粮食产量", "城镇新增就业", "城镇调查失业率", "单位地区生产总值能耗",
	"单位地区生产总值二氧化碳排放", "常住人口城镇化率", "森林覆盖率", "细颗粒物平均浓度", "人口自然增长率",
}

// longReport is a made-up paragraph of n targets of every kind the page
// charts: growth rates (some about, some at least, some ranges), cuts, caps,
// floors of amounts and changes in points.
func longReport(n int) string {
	var clauses []string
	for k := 0; k < n; k++ {
		name := longNames[k%len(longNames)]
		if k >= len(longNames) {
			name += strconv.Itoa(k)
		}
		x := 5 + k%7
		switch k % 6 {
		case 0, 3:
			clauses = append(clauses, fmt.Sprintf("%s增长%d%%左右", name, x))
		case 1:
			clauses = append(clauses, fmt.Sprintf("%s增长%d%%以上", name, x))
		case 2:
			clauses = append(clauses, fmt.Sprintf("%s增长%d.5-%d%%", name, x, x+1))
		case 4:
			clauses = append(clauses, fmt.Sprintf("%s下降%d.%d%%", name, x/3, k%10))
		default:
			clauses = append(clauses, fmt.Sprintf("%s控制在%d.5%%以内", name, x-2))
		}
	}
	return "2026年主要预期目标是：" + strings.Join(clauses, "，") + "。"
}

// unnamedGrowth lists the growth targets (as the chart's data table names
// them) whose name the growth chart does not draw whole (its lines may be
// apart).
const unnamedGrowth = `(() => { const drawn = [...document.querySelectorAll("#chart-growth svg text")].map(t => t.textContent).join("").replace(/\s/g, "");
  return [...document.querySelectorAll("#fig-growth .view-data tbody th")].map(th => th.textContent).filter(n => !drawn.includes(n.replace(/\s/g, ""))); })()`

// TestLongReportLabels reads made-up reports of 1 to 30 targets and reads
// every drawn text of every chart, at phone to desktop widths and in both
// languages: every growth target named, none crossing its chart's edge, no
// two overlapping.
func TestLongReportLabels(t *testing.T) {
	site := serveSite(t, "")
	for _, n := range []int{1, 5, 12, 20, 30} {
		for _, w := range []int64{320, 360, 390, 768, 1280} {
			for _, lang := range []string{"zh", "en"} {
				t.Run(fmt.Sprintf("%d-targets-%d-%s", n, w, lang), func(t *testing.T) {
					p := phoneAt(t, w, site.URL+"/?lang="+lang)
					pasteReport(t, p, longReport(n), "")
					eval[bool](t, p, `new Promise(r => setTimeout(() => r(true), 400))`) // the update animations
					for _, problem := range eval[[]string](t, p, labelProblems) {
						t.Error(problem)
					}
					missing := eval[[]string](t, p, unnamedGrowth)
					for _, name := range missing {
						t.Errorf("the growth chart does not name %q", name)
					}
				})
			}
		}
	}
}
