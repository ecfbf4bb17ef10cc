package reading

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"xigong/data"
)

func TestCorrect(t *testing.T) {
	r, err := ReadReport("2015年主要预期目标：地区生产总值增长10.5%，城镇登记失业率控制在4.5%以内，新经济增加值增长20%，进出口回稳向好。", 0, "西工区", "Xigong District")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		c       Correction
		want    string // the corrected indicator, as "id name.zh/name.en measure bound value unit corrected untranslated"
		wantErr string
		wantN   int // indicators left
	}{
		{"a number", Correction{Index: 0, Target: Target{Measure: Growth, Bound: AtLeast, Value: 11, Unit: "%"}},
			"gross-regional-product 地区生产总值/Gross regional product growth atLeast 11 % true false", "", 4},
		{"a bound", Correction{Index: 1, Target: Target{Measure: Level, Bound: About, Value: 4.5, Unit: "%"}},
			"registered-urban-unemployment 城镇登记失业率/Registered urban unemployment rate level about 4.5 % true false", "", 4},
		{"names kept with no numbers given", Correction{Index: 0},
			"gross-regional-product 地区生产总值/Gross regional product growth atLeast 10.5 % true false", "", 4},
		{"an English name", Correction{Index: 2, NameEN: "New-economy value added"},
			"target 新经济增加值/New-economy value added growth atLeast 20 % true false", "", 4},
		{"a Chinese name from the dictionary", Correction{Index: 2, Name: "规模以上工业增加值"},
			"target 规模以上工业增加值/Industrial value added growth atLeast 20 % true false", "", 4},
		{"words made a target", Correction{Index: 3, Name: "进出口总额", Target: Target{Measure: Growth, Bound: AtLeast, Value: 5, Unit: "%"}},
			"target-2 进出口总额/Imports and exports growth atLeast 5 % true false", "", 4},
		{"a target made words", Correction{Index: 0, Target: Target{Bound: Qualitative}},
			"gross-regional-product 地区生产总值/Gross regional product  qualitative 0  true false", "", 4},
		{"dropped", Correction{Index: 1, Drop: true}, "", "", 3},
		{"no such target", Correction{Index: 4}, "", ErrNoSuchTarget.Error(), 0},
		{"no unit", Correction{Index: 0, Target: Target{Measure: Growth, Bound: AtLeast, Value: 11}}, "", "reading: correction: unit: a target with a number needs one", 0},
		{"a range upside down", Correction{Index: 0, Target: Target{Measure: Growth, Bound: Range, Min: 7, Max: 6, Unit: "%"}}, "", "reading: correction: min, max: want min below max", 0},
		{"a bound of no kind", Correction{Index: 0, Target: Target{Measure: Growth, Bound: "most", Value: 1, Unit: "%"}}, "", `reading: correction: bound "most" is not atLeast, atMost, about, exact, range or qualitative`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Correct(r.File, tt.c)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Correct() error = %v; want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Correct() error = %v", err)
			}
			f, err := data.ParseV2(b)
			if err != nil {
				t.Fatalf("the corrected file: %v", err)
			}
			if len(f.Indicators) != tt.wantN {
				t.Fatalf("got %d indicators, want %d", len(f.Indicators), tt.wantN)
			}
			if tt.want == "" {
				return
			}
			in := f.Indicators[tt.c.Index]
			v := "0"
			if in.Value != nil {
				v = strconv.FormatFloat(float64(*in.Value), 'g', -1, 64)
			}
			got := strings.Join([]string{in.ID, in.Name.ZH + "/" + in.Name.EN, in.Measure, in.Bound, v, in.Unit, strconv.FormatBool(in.Corrected), strconv.FormatBool(in.Untranslated)}, " ")
			if got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCorrectNotAFile(t *testing.T) {
	var fe data.Errors
	if _, err := Correct([]byte(`{"schema": "xigong-targets/v1"}`), Correction{}); !errors.As(err, &fe) {
		t.Errorf("Correct(a v1 file) error = %v; want data.Errors", err)
	}
}
