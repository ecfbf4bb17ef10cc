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

// Value formats x with its unit ("%" or "‰"): "10.5%".
func Value(x float64, d int, unit string) string { return Number(x, d) + unit }

// Signed formats x with an explicit sign: "+0.5", "−1.5", "0".
func Signed(x float64, d int) string {
	s := Number(x, d)
	if x > 0 && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

// Points names the unit of a difference: "个百分点" for "%".
func (m *Messages) Points(unit string) string {
	if unit == "‰" {
		return m.PointsPerMille
	}
	return m.PointsPct
}

// FormatMargin formats a margin with its sign and unit: "+0.5 个百分点".
func (m *Messages) FormatMargin(x float64, d int, unit string) string {
	return Signed(x, d) + " " + m.Points(unit)
}

// FormatVerdict returns the mark and word for met or missed: "✓ 达标".
func (m *Messages) FormatVerdict(met bool) string {
	if met {
		return "✓ " + m.Met
	}
	return "✗ " + m.Missed
}

// FormatRoom says by how much a target is met or missed, without a sign:
// "余量 0.5 个百分点", "差 1.5 个百分点".
func (m *Messages) FormatRoom(margin float64, d int, unit string) string {
	tmpl := m.Room
	if margin < 0 {
		tmpl, margin = m.Short, -margin
	}
	return Fill(tmpl, Number(margin, d)+" "+m.Points(unit))
}

// Fill replaces the verbs %s and %d of a template, in order, with args:
// Fill("情景达标 %d / %d 项", "8", "10"). Other % signs stay as they are,
// and what args insert is not read again. It keeps fmt out of the
// WebAssembly module.
func Fill(tmpl string, args ...string) string {
	var b strings.Builder
	n := len(tmpl)
	for _, a := range args {
		n += len(a)
	}
	b.Grow(n)
	for len(args) > 0 {
		i := strings.IndexByte(tmpl, '%')
		if i < 0 || i+1 >= len(tmpl) {
			break
		}
		if v := tmpl[i+1]; v != 's' && v != 'd' {
			b.WriteString(tmpl[:i+1])
			tmpl = tmpl[i+1:]
			continue
		}
		b.WriteString(tmpl[:i])
		b.WriteString(args[0])
		tmpl, args = tmpl[i+2:], args[1:]
	}
	b.WriteString(tmpl)
	return b.String()
}
