package i18n

import (
	"math"
	"strconv"
	"strings"
)

// Decimals returns how many decimals a slider step shows: 0.1 → 1, 0.05 → 2,
// 1 → 0; at most 4.
func Decimals(step float64) int {
	for d := 0; d < 4; d++ {
		p := math.Pow(10, float64(d))
		if math.Abs(step*p-math.Round(step*p)) < 1e-9 {
			return d
		}
	}
	return 4
}

// Number formats x with d decimals, or with as many as it needs when d < 0.
// Negative numbers take a true minus sign.
func Number(x float64, d int) string {
	if x == 0 {
		x = 0 // no "-0"
	}
	s := strconv.FormatFloat(x, 'f', d, 64)
	if strings.HasPrefix(s, "-") {
		if strings.Trim(s, "-0.") == "" {
			return s[1:]
		}
		return "−" + s[1:]
	}
	return s
}

// Value formats x with its unit: "10.5%", "6.7‰", "1,100 万人".
func Value(x float64, d int, unit string) string {
	if unit == "%" || unit == "‰" {
		return Number(x, d) + unit
	}
	return Number(x, d) + " " + unit
}

// Signed formats x with an explicit sign: "+0.5", "−1.5", "0".
func Signed(x float64, d int) string {
	s := Number(x, d)
	if x > 0 && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

// Points is a difference n (a number as written) in the points of unit:
// "1.5 个百分点", "1 percentage point", "0.5 ‰ points".
func (m *Messages) Points(n, unit string) string {
	if unit != "%" && unit != "‰" {
		return n + " " + unit // an amount: "100 万人"
	}
	many, one := m.PointsPct, m.PointPct
	if unit == "‰" {
		many, one = m.PointsPerMille, m.PointPerMille
	}
	if strings.TrimLeft(n, "+-−") == "1" {
		return n + " " + one
	}
	return n + " " + many
}

// FormatMargin formats a margin with its sign and unit: "+0.5 个百分点".
func (m *Messages) FormatMargin(x float64, d int, unit string) string {
	return m.Points(Signed(x, d), unit)
}

// FormatVerdict returns the mark and word for met or missed: "✓ 达标".
func (m *Messages) FormatVerdict(met bool) string {
	if met {
		return "✓ " + m.Met
	}
	return "✗ " + m.Missed
}
