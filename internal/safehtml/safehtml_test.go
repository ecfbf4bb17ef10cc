package safehtml

import (
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"xigong/internal/minijson"
)

func TestText(t *testing.T) {
	for _, s := range []string{"", "plain", `<script>alert("x")</script>`, `a & b 'c' "d"`, "&amp;", "名<i>", "\x00\xff"} {
		if got, want := Text(s).String(), html.EscapeString(s); got != want {
			t.Errorf("Text(%q) = %q; want %q (html.EscapeString)", s, got, want)
		}
	}
}

func TestFill(t *testing.T) {
	tests := []struct {
		name string
		got  HTML
		want string
	}{
		{"text is escaped", Fill(`<p title="%s">%s</p>`, Text(`"x"`), Text("<b>")), `<p title="&#34;x&#34;">&lt;b&gt;</p>`},
		{"HTML goes in as it is", Fill(`<li>%s</li>`, Fill(`<b>%s</b>`, Text("a<"))), `<li><b>a&lt;</b></li>`},
		{"inserted markup is not read again", Fill(`%s and %s`, Text("%s"), Text("b")), `%s and b`},
		{"other percent signs stay", Fill(`<td width="100%">%s</td>`, Text("1")), `<td width="100%">1</td>`},
		{"a constant", Const(`<hr>`), `<hr>`},
		{"the zero value", HTML{}, ``},
		{"joined", Join([]HTML{Text("a&"), Const(`<br>`)}, Const(", ")), `a&amp;, <br>`},
		{"reviewed markup as it is", Reviewed(`<svg><text>a &lt; b</text></svg>`, "a test's own markup"), `<svg><text>a &lt; b</text></svg>`},
	}
	for _, tc := range tests {
		if got := tc.got.String(); got != tc.want {
			t.Errorf("%s: got %q; want %q", tc.name, got, tc.want)
		}
	}
}

func TestBuilder(t *testing.T) {
	var b Builder
	if b.Len() != 0 || b.HTML().String() != "" {
		t.Errorf("empty Builder: Len %d, HTML %q; want 0, empty", b.Len(), b.HTML())
	}
	b.Add(Const(`<ul>`), Fill(`<li>%s</li>`, Text("<x>")))
	b.Add(Const(`</ul>`))
	if got, want := b.HTML().String(), `<ul><li>&lt;x&gt;</li></ul>`; got != want || b.Len() != len(want) {
		t.Errorf("Builder: %q (Len %d); want %q (%d)", got, b.Len(), want, len(want))
	}
}

func TestReplaceOnce(t *testing.T) {
	page := Const(`<div id="a"></div><div id="b"></div><p></p><p></p>`)
	tests := []struct {
		name     string
		old, new HTML
		want     string
		ok       bool
	}{
		{"once", Const(`<div id="b">`), Const(`<div id="b"><svg></svg>`), `<div id="a"></div><div id="b"><svg></svg></div><p></p><p></p>`, true},
		{"absent", Const(`<div id="c">`), Const(`x`), page.String(), false},
		{"twice", Const(`<p>`), Const(`x`), page.String(), false},
		{"empty", HTML{}, Const(`x`), page.String(), false},
	}
	for _, tc := range tests {
		got, ok := page.ReplaceOnce(tc.old, tc.new)
		if got.String() != tc.want || ok != tc.ok {
			t.Errorf("%s: ReplaceOnce(%q, %q) = %q, %v; want %q, %v", tc.name, tc.old, tc.new, got, ok, tc.want, tc.ok)
		}
	}
}

// TestJSON: the markup is a JSON string, the same from minijson and
// encoding/json.
func TestJSON(t *testing.T) {
	v := map[string]any{"html": Fill(`<b title="%s">%s</b>`, Text(`"`), Text("&"))}
	std, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	mini, err := minijson.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(std) != string(mini) {
		t.Errorf("minijson.Marshal = %s; want %s (encoding/json)", mini, std)
	}
}

// TestPlainStringsDoNotCompile builds testdata/misuse, whose every marked
// line passes a plain string where HTML or a template is wanted: each must
// be refused by the compiler, with the error its comment names.
func TestPlainStringsDoNotCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a package: not in -short")
	}
	src, err := os.ReadFile(filepath.Join("testdata", "misuse", "misuse.go"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", os.DevNull, "./testdata/misuse").CombinedOutput()
	if err == nil {
		t.Fatalf("go build ./testdata/misuse succeeded; want every marked line refused")
	}
	// The compiler stops after 10 errors: the file has fewer.
	want := regexp.MustCompile(`// want "((?:[^"\\]|\\.)*)"`)
	lines := strings.Split(string(src), "\n")
	marked := 0
	for i, line := range lines {
		m := want.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		marked++
		msg := strings.ReplaceAll(m[1], `\"`, `"`)
		at := regexp.MustCompile(`misuse\.go:` + regexp.QuoteMeta(strconv.Itoa(i+1)) + `:\d+: ` + regexp.QuoteMeta(msg))
		if !at.Match(out) {
			t.Errorf("line %d (%s): no error %q; the compiler said:\n%s", i+1, strings.TrimSpace(line), msg, out)
		}
	}
	if marked < 6 {
		t.Errorf("%d marked lines read; want 6", marked)
	}
}
