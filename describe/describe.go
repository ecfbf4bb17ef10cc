package describe

import (
	"math"

	"xigong/data"
	"xigong/i18n"
	"xigong/internal/tmpl"
	"xigong/model"
)

// Kind says what kind of target in is, with its value:
// "增长目标：不低于 10.5%".
func Kind(m *i18n.Messages, in data.Indicator) string {
	v := Target(in)
	switch in.Bound {
	case data.Range:
		return tmpl.Fill(m.KindRange, v)
	case data.ReductionAbout:
		return tmpl.Fill(m.KindReductionAbout, v, i18n.Number(in.Tolerance, -1))
	case data.AtLeast:
		return tmpl.Fill(m.KindAtLeast, v)
	case data.About:
		return tmpl.Fill(m.KindAbout, v, i18n.Number(in.Tolerance, -1))
	case data.Reduction:
		return tmpl.Fill(m.KindReduction, v)
	case data.Cap:
		return tmpl.Fill(m.KindCap, v)
	case data.Floor:
		return tmpl.Fill(m.KindFloor, v)
	case data.Band:
		return tmpl.Fill(m.KindBand, v, i18n.Number(in.Tolerance, -1))
	}
	return tmpl.Fill(m.KindGrowth, v)
}

// Target is a target's value with its unit, a range's two ends:
// "10.5%", "6–6.5%", "1100 万人".
func Target(in data.Indicator) string {
	if in.Bound == data.Range {
		return i18n.Number(in.Value, -1) + "–" + i18n.Value(in.Max, -1, in.Unit)
	}
	return i18n.Value(in.Value, -1, in.Unit)
}

// Verdict says whether a target is met and by how much, and which way
// a miss is: "✗ 未达标，差 1.5 个百分点", "✗ missed, over the cap by 1.1
// percentage points".
func Verdict(m *i18n.Messages, v model.Verdict, in data.Indicator) string {
	return m.FormatVerdict(v.Met) + m.Comma + Room(m, v, i18n.Decimals(in.Scenario.Step), in.Unit)
}

// Scenario is a scenario value with the decimals of its slider: "9.0%".
func Scenario(v model.Verdict, in data.Indicator) string {
	return i18n.Value(v.Value, i18n.Decimals(in.Scenario.Step), in.Unit)
}

// Room says by how much a target is met, or by how much and which
// way it is missed, without a sign: "余量 0.5 个百分点", "差 1.5 个百分点",
// "over the cap by 1.1 percentage points", "0.3 percentage points above the
// band".
func Room(m *i18n.Messages, v model.Verdict, d int, unit string) string {
	t := m.Room
	switch v.Miss {
	case model.Short:
		t = m.Short
	case model.OverCap:
		t = m.OverCapBy
	case model.BelowBand:
		t = m.BelowBand
	case model.AboveBand:
		t = m.AboveBand
	}
	return tmpl.Fill(t, m.Points(i18n.Number(math.Abs(v.Margin), d), unit))
}
