package view

import (
	"bytes"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/i18n"
	"xigong/model"
)

// CSV is the targets, the scenario and the verdicts as a CSV file in UTF-8
// with a byte order mark (so that spreadsheet programs show Chinese). Text
// cells that a spreadsheet would read as a formula are prefixed with "'".
func CSV(t *data.Targets, r model.Result, lang string) ([]byte, error) {
	m := i18n.For(lang)
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	rows := [][]string{{"id", m.Indicator, m.Quote, m.Kind, m.Unit, m.Target, m.Scenario, m.Verdict, m.MarginPoints}}
	for i, in := range t.Indicators {
		v := r.Verdicts[i]
		dec := i18n.Decimals(in.Scenario.Step)
		rows = append(rows, []string{
			in.ID, in.Name.In(lang), in.Quote, m.KindOf(in), in.Unit,
			strconv.FormatFloat(in.Value, 'f', -1, 64),
			strconv.FormatFloat(v.Value, 'f', dec, 64),
			m.VerdictLine(v, in),
			strconv.FormatFloat(v.Margin, 'f', dec, 64),
		})
	}
	for _, row := range rows {
		for k, cell := range row {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(csvField(cellSafe(cell)))
		}
		b.WriteString("\r\n")
	}
	return b.Bytes(), nil
}

// csvField quotes a field as RFC 4180 asks: when it holds a comma, a quote
// or a line break, in double quotes with its quotes doubled. (Not
// encoding/csv: it would add bufio and 20 KB to the WebAssembly module.)
func csvField(s string) string {
	if !strings.ContainsAny(s, ",\"\r\n") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// cellSafe keeps a spreadsheet from running a cell as a formula: text
// starting with = + - @ or a tab or carriage return gets a leading "'".
// Numbers, negative ones included, are left as they are.
func cellSafe(s string) string {
	if s == "" || !bytes.ContainsAny([]byte{s[0]}, "=+-@\t\r") {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}
