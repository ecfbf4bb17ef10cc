package view

import (
	"bytes"
	"strconv"
	"strings"

	"xigong/data"
	"xigong/describe"
	"xigong/i18n"
	"xigong/model"
)

// CSV is the targets, the scenario and the verdicts as a CSV file in UTF-8
// with a byte order mark (so that spreadsheet programs show Chinese): the
// title, source, credit and this tool's assumptions in both languages, a
// blank line, then a table in lang, the targets not charted last. Text cells that a spreadsheet would read
// as a formula are prefixed with "'".
func CSV(t *data.Targets, r model.Result, lang string) ([]byte, error) {
	m := i18n.For(lang)
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	rows := append(preamble(t), []string{"id", m.Indicator, m.Quote, m.Kind, m.Unit, m.Target, m.Scenario, m.Verdict, m.MarginPoints})
	for i, in := range t.Indicators {
		v := r.Verdicts[i]
		dec := i18n.Decimals(in.Scenario.Step)
		rows = append(rows, []string{
			in.ID, in.Name.In(lang), in.Quote, describe.Kind(m, in), in.Unit,
			target(in),
			strconv.FormatFloat(v.Value, 'f', dec, 64),
			describe.Verdict(m, v, in),
			strconv.FormatFloat(v.Margin, 'f', dec, 64),
		})
	}
	for _, w := range t.Words {
		kind := wordKind(w, m)
		rows = append(rows, []string{"", w.Name.In(lang), w.Quote, kind, "", "", "", "", ""})
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

// target is a target's figure: a range's two ends "6–6.5".
func target(in data.Indicator) string {
	v := strconv.FormatFloat(in.Value, 'f', -1, 64)
	if in.Bound == data.Range {
		v += "–" + strconv.FormatFloat(in.Max, 'f', -1, 64)
	}
	return v
}

// preamble are the rows that say what the file is, in both languages:
// "标题,…", "Title,…", the source, the credit and each assumption, then a
// blank row.
func preamble(t *data.Targets) [][]string {
	zh, en := i18n.For("zh"), i18n.For("en")
	rows := [][]string{
		{zh.TitleLabel, t.Title.ZH}, {en.TitleLabel, t.Title.EN},
		{zh.SourceLabel, t.Source.ZH}, {en.SourceLabel, t.Source.EN},
	}
	if t.Source.Credit != "" {
		rows = append(rows, []string{zh.CreditLabel, t.Source.Credit}, []string{en.CreditLabel, t.Source.Credit})
	}
	zhNotes, enNotes := aboutNotes(t, zh), aboutNotes(t, en)
	for k := range zhNotes {
		rows = append(rows, []string{zh.AssumptionLabel, zhNotes[k]}, []string{en.AssumptionLabel, enNotes[k]})
	}
	return append(rows, []string{})
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
