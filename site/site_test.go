package site

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"xigong/data"
	"xigong/internal/golden"
	"xigong/model"
	"xigong/view"
)

func assets(t *testing.T) Assets {
	t.Helper()
	page, err := os.ReadFile("../index.html")
	if err != nil {
		t.Fatal(err)
	}
	ts, err := data.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return Assets{
		Page:       string(page),
		Static:     view.Render(ts, model.Evaluate(ts, model.AtTargets(ts)), "zh"),
		Alternates: []view.Static{view.Render(ts, model.Evaluate(ts, model.AtTargets(ts)), "en")},
		Options: map[string]json.RawMessage{
			"zh": json.RawMessage(`[{"id":"growth","option":{"title":{"text":"\u003c/script\u003e"}}}]`),
			"en": json.RawMessage(`[{"id":"growth","option":{"title":{"text":"Growth"}}}]`),
		},
		CSS:  "body{color:#000}",
		Head: []Script{{Name: "first.js", Source: "first()"}},
		Scripts: []Script{
			{Name: "boot.js", Source: "boot()"},
			{Name: "wasm_exec.js", Source: "go()"},
			{Name: "app.js", Source: "app()"},
		},
		Stable: []Script{{Name: "embed.js", Source: "embed()"}},
		Wasm:   []byte("\x00asm fake module"),
		Worker: "worker()",
		Later:  "later()",
	}
}

func TestSingleFile(t *testing.T) {
	a := assets(t)
	got, err := SingleFile(a)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "single.html", got)
	again, err := SingleFile(a)
	if err != nil || !bytes.Equal(got, again) {
		t.Errorf("SingleFile() twice differs (err %v); want deterministic output", err)
	}
	// The module block decodes back to the module.
	m := regexp.MustCompile(`id="xigong-wasm">([^<]*)<`).FindSubmatch(got)
	if m == nil {
		t.Fatal("no module block")
	}
	gz, err := base64.StdEncoding.DecodeString(string(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	wasm, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(wasm, a.Wasm) {
		t.Errorf("module block decodes to %q, %v; want %q", wasm, err, a.Wasm)
	}
	for _, s := range []string{"<script src=", `<link rel="stylesheet"`, `<link rel="preload"`} {
		if bytes.Contains(got, []byte(s)) {
			t.Errorf("single file contains %q; want everything inline", s)
		}
	}
}

func TestHosted(t *testing.T) {
	files, err := Hosted(assets(t))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	want := "alt-en.HASH.json alt-zh.HASH.json app.ac04e36fda.js boot.31e652f3d5.js embed.js en.html first.HASH.js index.html style.fafa68b15e.css wasm-worker.HASH.js wasm_exec.e4a62ff8f5.js xigong.b2f7d0219e.wasm"
	if got := regexp.MustCompile(`(alt-en|alt-zh|first|wasm-worker)\.[0-9a-f]{10}\.(json|js)`).ReplaceAllString(strings.Join(names, " "), "$1.HASH.$2"); got != want {
		t.Errorf("Hosted() files = %s; want %s", got, want)
	}
	golden.Check(t, "hosted.html", files["index.html"])
	for name, lang := range map[string]string{"index.html": "zh", "en.html": "en"} {
		page := files[name]
		if !bytes.Contains(page, []byte(`<html lang="`+map[string]string{"zh": "zh-CN", "en": "en"}[lang]+`">`)) {
			t.Errorf("hosted %s is not the page in %s", name, lang)
		}
		if regexp.MustCompile(`<script>|<script type="application/octet-stream"|\son[a-z]+=`).Match(page) {
			t.Errorf("hosted %s has an inline script or handler; want none (strict CSP)", name)
		}
	}
}

// TestCompressedScripts: the single file's page scripts after boot.js are
// carried gzipped and base64-encoded, so that any text is safe in them.
func TestCompressedScripts(t *testing.T) {
	a := assets(t)
	a.Scripts[2].Source = `x="</SCRIPT><!--"`
	page, err := SingleFile(a)
	if err != nil {
		t.Fatalf("SingleFile() error = %v; want none: app.js goes compressed", err)
	}
	if n := strings.Count(string(page), `<script type="text/x-later-gzip">`); n != len(a.Scripts)-1 {
		t.Errorf("%d compressed scripts; want %d", n, len(a.Scripts)-1)
	}
	if strings.Contains(string(page), `x="</SCRIPT>`) {
		t.Error("app.js's text is in the page as is; want it compressed")
	}
}

// TestNoScriptCopy: the single file carries its page in English for readers
// without JavaScript (in <noscript>), reached by its language switch (#en),
// which switches back (#); the copy names nothing by the page's ids.
func TestNoScriptCopy(t *testing.T) {
	page, err := SingleFile(assets(t))
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	start := strings.Index(s, `<noscript><div class="alt-page" id="en" lang="en">`)
	end := strings.Index(s, `</div></noscript>`)
	if start < 0 || end < start {
		t.Fatal("no copy of the page in English in <noscript>")
	}
	copy := s[start:end]
	if !strings.Contains(s[:start], `id="lang-switch" href="#en"`) || !strings.Contains(copy, `id="lang-switch" href="#"`) {
		t.Error("want the page's switch to #en and the copy's back to #")
	}
	if strings.Contains(copy, "aria-labelledby") || strings.Contains(copy, "aria-describedby") {
		t.Error("the copy names its parts by ids, which are the page's")
	}
	if hosted, err := Hosted(assets(t)); err != nil || strings.Contains(string(hosted["index.html"]), "alt-page") {
		t.Errorf("the hosted page has a copy (%v); want none: it has en.html", err)
	}
}

func TestInlineUnsafe(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Assets)
		want string
	}{
		{"script end in a script", func(a *Assets) { a.Scripts[0].Source = `x="</SCRIPT>"` }, "site: boot.js: contains </script; cannot inline it"},
		{"script end in the worker", func(a *Assets) { a.Worker = `x="</script>"` }, "site: the worker: contains </script; cannot inline it"},
		{"comment opener in a script", func(a *Assets) { a.Scripts[0].Source = `x="<!--"` }, "site: boot.js: contains <!--; cannot inline it"},
		{"script end in the runner", func(a *Assets) { a.Later = `x="</script>"` }, "site: later.js: contains </script; cannot inline it"},
		{"no runner of the page scripts", func(a *Assets) { a.Later = "" }, "site: the single file has page scripts and no runner of them (web/later.js)"},
		{"style end in the CSS", func(a *Assets) { a.CSS = `a{}</style>` }, "site: style.css: contains </style; cannot inline it"},
		{"script end in the options", func(a *Assets) { a.Options["zh"] = json.RawMessage(`[</script>]`) }, "site: chart options: json: error calling MarshalJSON for type json.RawMessage: invalid character '<' looking for beginning of value"},
		{"bad template", func(a *Assets) { a.Page = "{{.Nope" }, "site: index.html: template: index.html:1: unclosed action"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := assets(t)
			tt.edit(&a)
			_, err := SingleFile(a)
			if err == nil || err.Error() != tt.want {
				t.Errorf("SingleFile() error = %v; want %s", err, tt.want)
			}
		})
	}
}
