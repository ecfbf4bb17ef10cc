package charts_test

import (
	"fmt"

	"xigong/charts"
	"xigong/charts/skeleton"
	"xigong/data"
	"xigong/model"
)

// The whole options of the charts, each kind's skeleton filled, and the
// patch of a change: the filled parts that the change alters.
func ExampleOptions() {
	t, err := data.Seed()
	if err != nil {
		fmt.Println(err)
		return
	}
	sk, err := skeleton.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := model.AtTargets(t)
	opts, err := charts.Options(sk, t, model.Evaluate(t, s), "en")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range opts {
		fmt.Println(c.ID, c.Option["baseOption"].(map[string]any)["title"].(map[string]any)["text"])
	}
	s[t.Index("unemployment")] = 4.9
	for _, c := range charts.PatchChanged(t, model.Evaluate(t, s), "en", []int{t.Index("unemployment")}, &charts.Memo{}) {
		fmt.Println("patch:", c.ID, c.Option["title"].(map[string]any)["subtext"])
	}
	// Output:
	// growth Growth targets: target and scenario
	// unemployment Registered urban unemployment rate: cap 4.5%
	// population Natural population growth rate: cap 6.7‰
	// projection Projection (illustrative): 2014 = 100
	// patch: unemployment Scenario 4.9% · ✗ missed, over the cap by 0.4 percentage points
}
