package view

import (
	"strings"
	"testing"

	"xigong/data"
	"xigong/internal/fixture"
	"xigong/internal/golden"
	"xigong/model"
)

func seedPlan(t *testing.T) *data.Plan {
	t.Helper()
	p, err := data.SeedPlan()
	if err != nil {
		t.Fatalf("SeedPlan() error: %v", err)
	}
	return p
}

func TestPlanGolden(t *testing.T) {
	ts, p := fixture.Seed(t), seedPlan(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			got := Plan(p, ts, model.Evaluate(ts, model.AtTargets(ts)), lang).String()
			golden.Check(t, "plan."+lang+".html", []byte(strings.ReplaceAll(got, "><", ">\n<")+"\n"))
		})
	}
}

func TestPlanShowsEveryNodeAndVerdict(t *testing.T) {
	ts, p := fixture.Seed(t), seedPlan(t)
	s := model.AtTargets(ts)
	s[ts.Index("income")] = 8 // "about 10%" missed
	got := Plan(p, ts, model.Evaluate(ts, s), "zh").String()
	p.Walk(func(n *data.PlanNode, _ int) {
		if !strings.Contains(got, `<li id="plan-`+n.ID+`"`) {
			t.Errorf("Plan() lacks node %s", n.ID)
		}
	})
	for _, want := range []string{
		`<span class="verdict missed" data-verdict-for="income">✗</span> 城乡居民收入`,
		`<span class="verdict met" data-verdict-for="retail">✓</span>`,
		`四是<mark>居民收入不断增加</mark>，<mark>购物消费持续增长</mark>，`,
		`<li id="plan-happy-4" data-targets="income retail">`,
		`<option value="industry">规模以上工业增加值 (4)</option>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Plan(income 8%%) lacks %q", want)
		}
	}
	if strings.Contains(got, `<option value="population">`) {
		t.Errorf("Plan() offers to filter by population, which no sentence names")
	}
}

func TestMarked(t *testing.T) {
	tests := []struct {
		name    string
		s       string
		phrases []string
		want    string
	}{
		{"none", "a<b", nil, "a&lt;b"},
		{"one", "grow the economy", []string{"economy"}, "grow the <mark>economy</mark>"},
		{"in order of place", "a b c", []string{"c", "a"}, "<mark>a</mark> b <mark>c</mark>"},
		{"the same phrase twice", "main indicators", []string{"main", "main"}, "<mark>main</mark> indicators"},
		{"overlapping", "abcd", []string{"abc", "bcd"}, "<mark>abc</mark>d"},
		{"absent", "abc", []string{"x", ""}, "abc"},
		{"escaped inside", "x <y> z", []string{"<y>"}, "x <mark>&lt;y&gt;</mark> z"},
	}
	for _, tc := range tests {
		if got := marked(tc.s, tc.phrases).String(); got != tc.want {
			t.Errorf("%s: marked(%q, %q) = %q; want %q", tc.name, tc.s, tc.phrases, got, tc.want)
		}
	}
}
