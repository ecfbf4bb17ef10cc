package data

import (
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// fieldsOf returns the JSON keys of struct v's tags.
func fieldsOf(v any) []string {
	var keys []string
	t := reflect.TypeOf(v)
	for i := range t.NumField() {
		if key, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); key != "" {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys
}

// tableFields returns the field names (in backticks, first column) of the
// first table after heading in the schema document.
func tableFields(doc, heading, after string) []string {
	_, section, _ := strings.Cut(doc, heading)
	_, section, _ = strings.Cut(section, after)
	var keys []string
	rows := false
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "|") {
			if rows {
				break
			}
			continue
		}
		rows = true
		first := strings.Split(line, "|")[1]
		for _, m := range regexp.MustCompile("`([a-zA-Z.]+)`").FindAllStringSubmatch(first, -1) {
			key, _, _ := strings.Cut(m[1], ".")
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return compact(keys)
}

func compact(keys []string) []string {
	var out []string
	for i, k := range keys {
		if i == 0 || k != keys[i-1] {
			out = append(out, k)
		}
	}
	return out
}

// TestSchemaDocumentsV2 checks data/SCHEMA.md against FileV2: its table of
// a v2 indicator names every key of IndicatorV2 and no other, and every key
// of the top level is named either in v1's table or in the v2 section.
func TestSchemaDocumentsV2(t *testing.T) {
	b, err := os.ReadFile("SCHEMA.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	const v2 = "## A report's targets (`xigong-targets/v2`)"
	if got, want := tableFields(doc, v2, "Each indicator:"), fieldsOf(IndicatorV2{}); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("SCHEMA.md's v2 indicator fields = %q; want IndicatorV2's %q", got, want)
	}
	named := map[string]bool{}
	for _, key := range tableFields(doc, "# The targets file", "| field |") {
		named[key] = true
	}
	_, section, _ := strings.Cut(doc, v2)
	section, _, _ = strings.Cut(section, "Each indicator:")
	for _, key := range fieldsOf(FileV2{}) {
		if !named[key] && !strings.Contains(section, "`"+key+"`") {
			t.Errorf("SCHEMA.md does not name the v2 file's key %q (in v1's table or the v2 section)", key)
		}
	}
}
