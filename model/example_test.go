package model_test

import (
	"fmt"

	"xigong/data"
	"xigong/model"
)

// A scenario in which GDP grows 9% instead of 10.5%.
func ExampleEvaluate() {
	t, err := data.Seed()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := model.AtTargets(t) // every indicator at its target
	s[t.Index("gdp")] = 9
	r := model.Evaluate(t, s)
	gdp := r.Verdicts[t.Index("gdp")]
	fmt.Printf("met %d of %d; GDP met: %v, margin %+.1f points\n", r.Met, len(t.Indicators), gdp.Met, gdp.Margin)
	fmt.Printf("computed GDP index: %.1f at the target rate, %.1f in the scenario\n", r.Projection.GDP.Target, r.Projection.GDP.Scenario)
	// Output:
	// met 9 of 10; GDP met: false, margin -1.5 points
	// computed GDP index: 110.5 at the target rate, 109.0 in the scenario
}
