package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"html/template"
	"path"
	"regexp"
	"strings"

	"xigong/internal/safehtml"
	"xigong/view"
)

// Script is one script of the page, in load order.
type Script struct {
	Name   string // file name, e.g. "boot.js"
	Source string
}

// Assets are the parts of the page.
type Assets struct {
	Page   string      // the index.html template
	Static view.Static // the page as first shown
	// Alternates are the page in other languages, for the script to swap in,
	// as JSON ({body, options}): in the single file, gzip-compressed and
	// base64-encoded in <script type="application/octet-stream"
	// id="page-LANG">; in the hosted build, in a file alt-LANG.<hash>.json
	// named by the data-src of an empty <template id="page-LANG">, fetched
	// only when asked.
	Alternates []view.Static
	// Options is the JSON of every chart's whole option, by language. The
	// page's own are kept in <script type="application/json"
	// id="xigong-options"> as {"zh": [...]}; the others go with Alternates.
	Options map[string]json.RawMessage
	// Skeletons is the JSON of the chart skeletons (package charts), from
	// which the Go program makes the options of a reader's targets: kept in
	// <script type="application/json" id="xigong-skeletons">.
	Skeletons []byte
	// Targets is the targets file the page shows, for the Go program: kept
	// in <script type="application/json" id="xigong-targets">.
	Targets []byte
	CSS     string
	// Head are small scripts run in <head>, before the page is parsed (the
	// view the address asks for, see web/first.js).
	Head    []Script
	Scripts []Script // boot.js first: it starts compiling the module
	// Later is the single file's runner of its page scripts (web/later.js),
	// which come as text of the types LaterType and LaterGzip; it runs them
	// once the page has first painted.
	Later string
	// Stable are files of the hosted build that other sites link to by name
	// (embed.js), so they are not named by their content.
	Stable []Script
	Wasm   []byte // none for a page without Go (the benchmark's reference)
	// Worker is the script of the Worker that decompresses and compiles the
	// module (web/wasm-worker.js): in the single file, in <script
	// type="text/x-worker" id="xigong-worker">; hosted, a file named by the
	// data-worker of the first script.
	Worker string
}

// WasmName is the base name of the module in the hosted build.
const WasmName = "xigong.wasm"

// page is what the template is executed with.
type page struct {
	Static  view.Static
	Body    template.HTML
	Data    template.HTML
	Style   template.HTML
	Head    template.HTML
	Scripts template.HTML
}

// data is the inert content of the page: the alternate languages (named by
// srcs, lang → file, or else inline, gzip-compressed and base64-encoded) and
// the page's own prerendered chart options.
func (a Assets) data(srcs map[string]string) (string, error) {
	var s strings.Builder
	for _, alt := range a.Alternates {
		attrs := ` id="page-` + template.HTMLEscapeString(alt.Lang) + `" data-title="` + template.HTMLEscapeString(alt.Title) + `"`
		if src, ok := srcs[alt.Lang]; ok {
			s.WriteString(`<template` + attrs + ` data-src="` + template.HTMLEscapeString(src) + `"></template>` + "\n")
			continue
		}
		b, err := a.alternate(alt)
		if err != nil {
			return "", err
		}
		gz, err := Gzip(b)
		if err != nil {
			return "", err
		}
		s.WriteString(`<script type="application/octet-stream"` + attrs + `>` + base64.StdEncoding.EncodeToString(gz) + "</script>\n")
	}
	for _, block := range []struct {
		id   string
		json []byte
	}{{"xigong-targets", a.Targets}, {"xigong-skeletons", a.Skeletons}} {
		if len(block.json) == 0 {
			continue
		}
		if err := inlineSafe(block.id, string(block.json), "</script"); err != nil {
			return "", err
		}
		s.WriteString(`<script type="application/json" id="` + block.id + `">`)
		s.Write(block.json)
		s.WriteString("</script>\n")
	}
	if len(a.Options) == 0 {
		return s.String(), nil
	}
	b, err := json.Marshal(map[string]json.RawMessage{a.Static.Lang: a.Options[a.Static.Lang]})
	if err != nil {
		return "", errors.New("site: chart options: " + err.Error())
	}
	if err := inlineSafe("chart options", string(b), "</script"); err != nil {
		return "", err
	}
	s.WriteString(`<script type="application/json" id="xigong-options">`)
	s.Write(b)
	s.WriteString("</script>\n")
	return s.String(), nil
}

// alternate is the page in another language as JSON: {body, options}.
func (a Assets) alternate(alt view.Static) ([]byte, error) {
	b, err := json.Marshal(struct {
		Body    string          `json:"body"`
		Options json.RawMessage `json:"options"`
	}{alt.Body.String(), a.Options[alt.Lang]})
	if err != nil {
		return nil, errors.New("site: alternate " + alt.Lang + ": " + err.Error())
	}
	return b, nil
}

func (a Assets) render(style, head, scripts string, srcs map[string]string) ([]byte, error) {
	data, err := a.data(srcs)
	if err != nil {
		return nil, err
	}
	tmpl, err := template.New("index.html").Parse(a.Page)
	if err != nil {
		return nil, errors.New("site: index.html: " + err.Error())
	}
	var b bytes.Buffer
	err = tmpl.Execute(&b, page{
		Static:  a.Static,
		Body:    template.HTML(a.Static.Body.String()), // safe by construction: package safehtml
		Data:    template.HTML(data),
		Style:   template.HTML(style),
		Head:    template.HTML(head),
		Scripts: template.HTML(scripts),
	})
	if err != nil {
		return nil, errors.New("site: index.html: " + err.Error())
	}
	return b.Bytes(), nil
}

// LaterType is the type of the single file's boot.js, which its runner of
// the page scripts (Assets.Later, web/later.js) runs; LaterGzip that of its
// other page scripts, gzip-compressed and base64 encoded, which the runner
// inflates with boot.js's xigongInflate and runs. cmd/jsconst writes both
// into web/constants.js for the runner.
const (
	LaterType = "text/x-later"
	LaterGzip = "text/x-later-gzip"
)

// SingleFile returns the self-contained page.
func SingleFile(a Assets) ([]byte, error) {
	if err := inlineSafe("style.css", a.CSS, "</style"); err != nil {
		return nil, err
	}
	var s strings.Builder
	if len(a.Wasm) > 0 {
		gz, err := Gzip(a.Wasm)
		if err != nil {
			return nil, err
		}
		s.WriteString(`<script type="application/octet-stream" id="xigong-wasm">`)
		s.WriteString(base64.StdEncoding.EncodeToString(gz))
		s.WriteString("</script>\n")
		if err := inlineSafe("the worker", a.Worker, "</script"); err != nil {
			return nil, err
		}
		s.WriteString(`<script type="text/x-worker" id="xigong-worker">` + a.Worker + "</script>\n")
	}
	inline := func(scripts []Script, open string) (string, error) {
		var s strings.Builder
		for _, sc := range scripts {
			if err := inlineSafe(sc.Name, sc.Source, "</script"); err != nil {
				return "", err
			}
			s.WriteString(open + sc.Source + "</script>\n")
		}
		return s.String(), nil
	}
	head, err := inline(a.Head, "<script>")
	if err != nil {
		return nil, err
	}
	// The page's scripts run after the first paint, which would otherwise
	// wait for them (about 40 ms of 150 at full speed): they come as text
	// and Later runs them, in order, once the frame with the drawn
	// charts is painted. All but boot.js come compressed (ECharts and the
	// page script are 0.6 MB of text, 0.26 MB so): boot.js inflates them.
	if len(a.Scripts) > 0 {
		if a.Later == "" {
			return nil, errors.New("site: the single file has page scripts and no runner of them (web/later.js)")
		}
		boot, err := inline(a.Scripts[:1], `<script type="`+LaterType+`">`)
		if err != nil {
			return nil, err
		}
		s.WriteString(boot)
	}
	for _, sc := range a.Scripts[min(1, len(a.Scripts)):] {
		gz, err := Gzip([]byte(sc.Source))
		if err != nil {
			return nil, err
		}
		s.WriteString(`<script type="` + LaterGzip + `">` + base64.StdEncoding.EncodeToString(gz) + "</script>\n")
	}
	if len(a.Scripts) > 0 {
		if err := inlineSafe("later.js", a.Later, "</script"); err != nil {
			return nil, err
		}
		s.WriteString("<script>" + a.Later + "</script>\n")
	}
	single := a
	if body, ok := a.Static.Body.ReplaceOnce(safehtml.Const(`id="lang-switch" href="?lang=`), safehtml.Const(`id="lang-switch" href="#`)); ok {
		single.Static.Body = body
	} else {
		return nil, errors.New("site: the page has no language switch")
	}
	var copies strings.Builder
	for _, alt := range a.Alternates {
		c, err := noScriptCopy(alt)
		if err != nil {
			return nil, err
		}
		copies.WriteString(c)
	}
	return single.render("<style>"+a.CSS+"</style>", head, copies.String()+s.String(), nil)
}

// noScriptCopy is the page in another language for a reader without
// JavaScript, in <noscript>: where scripts run, the parser reads it as text
// and makes no elements of it (as elements it put the first paint 30 ms
// later at full speed). It is <div class="alt-page" id="LANG">, shown by
// the style sheet when the address ends in #LANG (the page's language
// switch), with its own switch back to the page. Its ids are the page's
// (the style sheet styles both; the page, first in the document, is what
// ids refer to): its aria-labelledby and aria-describedby, which would name
// its parts with the page's words, are left out.
func noScriptCopy(alt view.Static) (string, error) {
	if err := inlineSafe("the page in "+alt.Lang, alt.Body.String(), "</noscript"); err != nil {
		return "", err
	}
	body := ariaRefs.ReplaceAllString(alt.Body.String(), "")
	body = switchBack.ReplaceAllString(body, `id="lang-switch" href="#"`)
	return `<noscript><div class="alt-page" id="` + template.HTMLEscapeString(alt.Lang) + `" lang="` + template.HTMLEscapeString(alt.HTMLLang) + `">` + body + "</div></noscript>\n", nil
}

// switchBack is the language switch of a copy of the page.
var switchBack = regexp.MustCompile(`id="lang-switch" href="\?lang=[a-z]+"`)

// ariaRefs finds the attributes that name an element by others' ids.
var ariaRefs = regexp.MustCompile(` aria-(?:labelledby|describedby)="[^"]*"`)

// Hosted returns the files of the hosted page by name: index.html and the
// page in each other language (en.html), the stylesheet, the scripts and the
// module, all but the pages named by a hash of their content.
func Hosted(a Assets) (map[string][]byte, error) {
	files := map[string][]byte{}
	add := func(name string, b []byte) string {
		n := hashed(name, b)
		files[n] = b
		return n
	}
	style := `<link rel="stylesheet" href="` + template.HTMLEscapeString(add("style.css", []byte(a.CSS))) + `">`
	wasm, worker := "", ""
	if len(a.Wasm) > 0 {
		wasm = add(WasmName, a.Wasm)
		// No preload: the Worker fetches the module, and a document's
		// preloads are not a worker's.
		worker = add("wasm-worker.js", []byte(a.Worker))
	}
	var head strings.Builder
	for _, sc := range a.Head {
		head.WriteString(`<script src="` + template.HTMLEscapeString(add(sc.Name, []byte(sc.Source))) + `"></script>` + "\n")
	}
	var s strings.Builder
	for i, sc := range a.Scripts {
		n := add(sc.Name, []byte(sc.Source))
		s.WriteString(`<script src="` + template.HTMLEscapeString(n) + `"`)
		if i == 0 && wasm != "" {
			s.WriteString(` data-wasm="` + template.HTMLEscapeString(wasm) + `" data-worker="` + template.HTMLEscapeString(worker) + `"`)
		}
		s.WriteString("></script>\n")
	}
	// Each language is a page of its own too (index.html the first, then
	// LANG.html), shown as it is without JavaScript; each names the others'
	// alternates, for the script to swap in.
	pages := append([]view.Static{a.Static}, a.Alternates...)
	srcs := map[string]string{}
	for _, p := range pages {
		b, err := a.alternate(p)
		if err != nil {
			return nil, err
		}
		srcs[p.Lang] = add("alt-"+p.Lang+".json", b)
	}
	for i, p := range pages {
		pa := a
		pa.Static = p
		pa.Alternates = append(append([]view.Static{}, pages[:i]...), pages[i+1:]...)
		html, err := pa.render(style, head.String(), s.String(), srcs)
		if err != nil {
			return nil, err
		}
		name := "index.html"
		if i > 0 {
			name = p.Lang + ".html"
		}
		files[name] = html
	}
	for _, f := range a.Stable {
		files[f.Name] = []byte(f.Source)
	}
	return files, nil
}

// Gzip compresses b at the best level, with no name or time in the header,
// so that the same input gives the same bytes.
func Gzip(b []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, errors.New("site: gzip: " + err.Error())
	}
	if _, err := w.Write(b); err != nil {
		return nil, errors.New("site: gzip: " + err.Error())
	}
	if err := w.Close(); err != nil {
		return nil, errors.New("site: gzip: " + err.Error())
	}
	return out.Bytes(), nil
}

// hashed names a file by the first 10 hex digits of its SHA-256:
// "app.js" → "app.3f2a9c01bd.js".
func hashed(name string, b []byte) string {
	sum := sha256.Sum256(b)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext
}

// inlineSafe refuses a source that would end its inline element early.
func inlineSafe(name, src, end string) error {
	lower := strings.ToLower(src)
	for _, bad := range []string{end, "<!--"} {
		if strings.Contains(lower, bad) {
			return errors.New("site: " + name + ": contains " + bad + "; cannot inline it")
		}
	}
	return nil
}
