package data

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
)

func TestSeedPlanFollowsThePage(t *testing.T) {
	p, err := SeedPlan()
	if err != nil {
		t.Fatalf("SeedPlan() error: %v", err)
	}
	ts, err := Seed()
	if err != nil {
		t.Fatalf("Seed() error: %v", err)
	}
	if err := p.Check(ts); err != nil {
		t.Errorf("Check(seed targets) = %v; want nil", err)
	}
	// The parts the page lays out, by node id: how many children each has.
	want := map[string]int{
		"plan": 6, "strategies": 3, "goals": 3, "prosperous": 3, "beautiful": 4, "happy": 5,
		"opportunities": 5, "levers": 5, "emphases": 5, "tasks": 9,
	}
	got := map[string]int{}
	p.Walk(func(n *PlanNode, _ int) {
		if len(n.Children) > 0 {
			got[n.ID] = len(n.Children)
		}
	})
	for id, n := range want {
		if got[id] != n {
			t.Errorf("node %s has %d children; want %d", id, got[id], n)
		}
	}
	if len(got) != len(want) {
		t.Errorf("nodes with children: %v; want those of %v", got, want)
	}
}

// TestPlanQuotesThePage checks that every Chinese quote is the page's own
// words (line breaks of the printed columns aside) and that the English is
// there and all English.
func TestPlanQuotesThePage(t *testing.T) {
	p, err := SeedPlan()
	if err != nil {
		t.Fatalf("SeedPlan() error: %v", err)
	}
	page := strings.Join(strings.Fields(readSeedPage(t)), "")
	p.Walk(func(n *PlanNode, _ int) {
		for _, part := range n.QuoteParts() {
			if !strings.Contains(page, part) {
				t.Errorf("node %s: quote %q is not in the seed page", n.ID, part)
			}
		}
		texts := []Text{n.Name, n.Quote}
		if n.Note != nil {
			texts = append(texts, *n.Note)
		}
		for _, l := range n.Targets {
			texts = append(texts, l.Phrase)
		}
		for _, tx := range texts {
			if i := strings.IndexFunc(tx.EN, func(r rune) bool { return unicode.Is(unicode.Han, r) }); i >= 0 {
				t.Errorf("node %s: English %q has Chinese characters", n.ID, tx.EN)
			}
		}
	})
}

func TestPlanLinked(t *testing.T) {
	p, err := SeedPlan()
	if err != nil {
		t.Fatalf("SeedPlan() error: %v", err)
	}
	tests := []struct {
		id   string
		want string
	}{
		{"income", "happy-4"},
		{"unemployment", "lever-3"},
		{"industry", "industry-strategy prosperous-2 emphasis-upgrading task-2"},
		{"population", ""},
		{"no-such-target", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(p.Linked(tc.id), " "); got != tc.want {
			t.Errorf("Linked(%q) = %q; want %q", tc.id, got, tc.want)
		}
	}
}

// editPlan returns the bundled plan as a generic JSON tree changed by f.
func editPlan(f func(root map[string]any)) func(t *testing.T) []byte {
	return func(t *testing.T) []byte {
		t.Helper()
		var m map[string]any
		if err := json.Unmarshal(planJSON, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
}

// child returns the i-th child of node n of a generic plan tree.
func child(n any, i int) map[string]any {
	return n.(map[string]any)["children"].([]any)[i].(map[string]any)
}

func TestParsePlanErrors(t *testing.T) {
	root := func(m map[string]any) map[string]any { return m["root"].(map[string]any) }
	tests := []struct {
		name string
		in   func(t *testing.T) []byte
		want string // one line of the error
	}{
		{"malformed JSON", raw(`{"schema": `), "data: not valid JSON: the file ends after byte 11 (line 1, column 11), before the JSON does"},
		{"trailing data", raw(string(planJSON) + "[]"), `data: not valid JSON at byte 32741 (line 457, column 1): unexpected "["`},
		{"children not a list", editPlan(func(m map[string]any) { child(root(m), 1)["children"] = map[string]any{} }), "data: root.children[1].children: want an array, got object"},
		{"link not an object", editPlan(func(m map[string]any) { child(child(root(m), 3), 0)["targets"] = []any{"gdp"} }), "data: root.children[3].children[0].targets[0]: want an object, got string"},
		{"too large", raw(`{"x":"` + strings.Repeat("a", MaxSize) + `"}`), "data: file is 1048584 bytes; want at most 1048576"},
		{"too deep", raw(strings.Repeat("[", 17) + strings.Repeat("]", 17)), "data: nesting is 17 deep; want at most 16"},
		{"wrong schema", editPlan(func(m map[string]any) { m["schema"] = "xigong-targets/v1" }), `data: schema: want "xigong-plan/v1", got "xigong-targets/v1"`},
		{"root not an object", editPlan(func(m map[string]any) { m["root"] = "plan" }), "data: root: want an object, got string"},
		{"bad id", editPlan(func(m map[string]any) { child(root(m), 1)["id"] = "Goals" }), `data: root.children[1].id: want 1 to 32 of a-z, 0-9 and '-', starting with a letter, got "Goals"`},
		{"duplicate id", editPlan(func(m map[string]any) { child(child(root(m), 3), 4)["id"] = "lever-1" }), `data: root.children[3].children[4].id: "lever-1" is already the id of another node`},
		{"missing name", editPlan(func(m map[string]any) { delete(child(root(m), 0), "name") }), "data: root.children[0].name.zh: want a non-empty string"},
		{"missing english quote", editPlan(func(m map[string]any) {
			child(root(m), 2)["quote"].(map[string]any)["en"] = ""
		}), "data: root.children[2].quote.en: want a non-empty string"},
		{"long quote", editPlan(func(m map[string]any) {
			child(root(m), 2)["quote"].(map[string]any)["zh"] = strings.Repeat("字", 1001)
		}), "data: root.children[2].quote.zh: want at most 1000 characters, got 1001"},
		{"empty elided part", editPlan(func(m map[string]any) {
			child(root(m), 2)["quote"].(map[string]any)["zh"] = "把握“五个机遇”……"
		}), `data: root.children[2].quote.zh: want text on both sides of "……"`},
		{"empty note", editPlan(func(m map[string]any) { child(root(m), 0)["note"] = map[string]any{} }), "data: root.children[0].note.zh: want a non-empty string"},
		{"link to a bad id", editPlan(func(m map[string]any) {
			child(child(root(m), 3), 0)["targets"].([]any)[0].(map[string]any)["id"] = "GDP"
		}), `data: root.children[3].children[0].targets[0].id: want the id of a target, got "GDP"`},
		{"linked twice", editPlan(func(m map[string]any) {
			n := child(child(root(m), 3), 0)
			n["targets"] = append(n["targets"].([]any), n["targets"].([]any)[0])
		}), `data: root.children[3].children[0].targets[1].id: "gdp" is linked twice`},
		{"phrase not in the sentence", editPlan(func(m map[string]any) {
			child(child(root(m), 3), 0)["targets"].([]any)[0].(map[string]any)["phrase"] = map[string]any{"zh": "地区生产总值", "en": "grow the economy"}
		}), `data: root.children[3].children[0].targets[0].phrase.zh: want words of the node's name or quote, got "地区生产总值"`},
		{"english phrase not in the translation", editPlan(func(m map[string]any) {
			child(child(root(m), 3), 0)["targets"].([]any)[0].(map[string]any)["phrase"] = map[string]any{"zh": "千方百计把经济搞上去", "en": "GDP"}
		}), `data: root.children[3].children[0].targets[0].phrase.en: want words of the node's name or quote, got "GDP"`},
		{"too many levels", editPlan(func(m map[string]any) {
			n := root(m)
			for i := 0; i < MaxPlanDepth; i++ {
				c := map[string]any{"id": "deep-" + string(rune('a'+i)), "name": n["name"], "quote": n["quote"]}
				n["children"] = []any{c}
				n = c
			}
			n["children"] = []any{map[string]any{"id": "deepest"}} // no name object: within MaxDepth
		}), "data: root.children[0].children[0].children[0].children[0].children[0].children[0].children: want at most 6 levels below the root"},
		{"too many nodes", editPlan(func(m map[string]any) {
			n := child(root(m), 2)
			var list []any
			for i := 0; i < MaxPlanNodes; i++ {
				list = append(list, map[string]any{"id": "n" + strings.Repeat("x", i%30) + string(rune('a'+i/30)), "name": n["name"], "quote": n["quote"]})
			}
			n["children"] = list
		}), "data: root.children[2].children[178]: want at most 200 nodes in the plan"}, // 22 nodes come before
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ParsePlan(tc.in(t))
			if err == nil {
				t.Fatalf("ParsePlan() = %v, nil; want error %q", p, tc.want)
			}
			if p != nil {
				t.Errorf("ParsePlan() = %v with an error; want nil", p)
			}
			if !strings.Contains("\n"+err.Error()+"\n", "\n"+tc.want+"\n") {
				t.Errorf("ParsePlan() error:\n%v\nwant a line %q", err, tc.want)
			}
		})
	}
}

func TestPlanCheck(t *testing.T) {
	p, err := SeedPlan()
	if err != nil {
		t.Fatalf("SeedPlan() error: %v", err)
	}
	ts, err := Parse(mutateIndicators(t, "income"))
	if err != nil {
		t.Fatal(err)
	}
	want := `data: root.children[1].children[2].children[3].targets[0].id: want the id of a target, got "income"`
	if err := p.Check(ts); err == nil || err.Error() != want {
		t.Errorf("Check(targets without income) = %v; want %q", err, want)
	}
}

// mutateIndicators returns the seed targets without the indicator id.
func mutateIndicators(t *testing.T, id string) []byte {
	t.Helper()
	return mutate(t, func(m map[string]any) {
		var kept []any
		for _, in := range m["indicators"].([]any) {
			if in.(map[string]any)["id"] != id {
				kept = append(kept, in)
			}
		}
		m["indicators"] = kept
	})
}
