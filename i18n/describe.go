package i18n

import (
	"xigong/data"
	"xigong/internal/tmpl"
	"xigong/model"
)

// KindOf says what kind of target in is, with its value:
// "增长目标：不低于 10.5%".
func (m *Messages) KindOf(in data.Indicator) string {
	v := TargetValue(in)
	switch in.Bound {
	case data.Range:
		return tmpl.Fill(m.KindRange, v)
	case data.ReductionAbout:
		return tmpl.Fill(m.KindReductionAbout, v, Number(in.Tolerance, -1))
	case data.AtLeast:
		return tmpl.Fill(m.KindAtLeast, v)
	case data.About:
		return tmpl.Fill(m.KindAbout, v, Number(in.Tolerance, -1))
	case data.Reduction:
		return tmpl.Fill(m.KindReduction, v)
	case data.Cap:
		return tmpl.Fill(m.KindCap, v)
	case data.Floor:
		return tmpl.Fill(m.KindFloor, v)
	case data.Band:
		return tmpl.Fill(m.KindBand, v, Number(in.Tolerance, -1))
	}
	return tmpl.Fill(m.KindGrowth, v)
}

// TargetValue is a target's value with its unit, a range's two ends:
// "10.5%", "6–6.5%", "1100 万人".
func TargetValue(in data.Indicator) string {
	if in.Bound == data.Range {
		return Number(in.Value, -1) + "–" + Value(in.Max, -1, in.Unit)
	}
	return Value(in.Value, -1, in.Unit)
}

// VerdictLine says whether a target is met and by how much, and which way
// a miss is: "✗ 未达标，差 1.5 个百分点", "✗ missed, over the cap by 1.1
// percentage points".
func (m *Messages) VerdictLine(v model.Verdict, in data.Indicator) string {
	return m.FormatVerdict(v.Met) + m.Comma + m.FormatRoom(v, Decimals(in.Scenario.Step), in.Unit)
}

// ScenarioValue is a scenario value with the decimals of its slider: "9.0%".
func ScenarioValue(v model.Verdict, in data.Indicator) string {
	return Value(v.Value, Decimals(in.Scenario.Step), in.Unit)
}
