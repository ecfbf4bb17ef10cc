package data_test

import (
	"fmt"

	"xigong/data"
)

func ExampleParse() {
	t, err := data.Parse([]byte(`{"schema": "xigong-targets/v1", "year": 2016, "baseYear": 2015,
 "title": {"zh": "甲", "en": "A"}, "region": {"zh": "乙", "en": "B"},
 "source": {"zh": "丙", "en": "C"}, "projection": {},
 "indicators": [{"id": "a", "name": {"zh": "丁", "en": "D"}, "quote": "丁增长5%",
   "bound": "growth", "value": 5, "unit": "%", "scenario": {"min": 0, "max": 10, "step": 1}}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	in := t.Indicators[0]
	fmt.Println(t.Year, in.ID, in.Name.In("en"), in.Bound, in.Value, in.Unit)
	// Output: 2016 a D growth 5 %
}

// Every field at fault is listed, in the reader's language.
func ExampleErrors_In() {
	_, err := data.Parse([]byte(`{"schema": "xigong-targets/v1", "year": "2016"}`))
	es := err.(data.Errors)
	fmt.Println(len(es), "errors; the first two:")
	for _, lang := range []string{"zh", "en"} {
		fmt.Println(es.In(lang)[:2])
	}
	// Output:
	// 9 errors; the first two:
	// [年份（“year”）：应为数字，实为字符串 基年（“baseYear”）：缺少此项（或为空值），应为数字]
	// [year: want a number, got string baseYear: want a number; it is missing or null]
}
