package view

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strconv"

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
	w := csv.NewWriter(&b)
	rows := [][]string{{"id", m.Indicator, m.Quote, m.Kind, m.Unit, m.Target, m.Scenario, m.Verdict, m.MarginPoints}}
	for i, in := range t.Indicators {
		v := r.Verdicts[i]
		dec := i18n.Decimals(in.Scenario.Step)
		rows = append(rows, []string{
			in.ID, in.Name.In(lang), in.Quote, m.KindOf(in), in.Unit,
			strconv.FormatFloat(in.Value, 'f', -1, 64),
			strconv.FormatFloat(v.Value, 'f', dec, 64),
			m.FormatVerdict(v.Met),
			strconv.FormatFloat(v.Margin, 'f', dec, 64),
		})
	}
	for _, row := range rows {
		for k, cell := range row {
			row[k] = cellSafe(cell)
		}
		if err := w.Write(row); err != nil {
			return nil, errors.New("view: csv: " + err.Error())
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, errors.New("view: csv: " + err.Error())
	}
	return b.Bytes(), nil
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
