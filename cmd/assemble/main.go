// Command assemble builds the page into dist/: it bundles the page script
// with ECharts (esbuild), prerenders the page from the data in Chinese and
// English (package view) with every chart's option (the skeletons of package
// charts/skeleton filled by package charts),
// minifies the parts (tdewolff/minify) and writes the single-file page and
// the hosted site (package site), printing their sizes.
//
//	go run ./cmd/assemble -wasm dist/xigong.wasm -wasm-exec "$(go env GOROOT)/lib/wasm/wasm_exec.js"
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"

	"xigong/charts"
	"xigong/charts/skeleton"
	"xigong/data"
	"xigong/model"
	"xigong/site"
	"xigong/view"
)

// Output names in the output folder.
const (
	SingleName    = "xigong-2015.html"
	SiteDir       = "site"
	ReferenceName = "bench/reference.html"
	ReferenceSite = "bench/reference-site"
)

// config is what to build.
type config struct {
	root, out, wasm, wasmExec string
	reference                 bool // also the benchmark's reference page
	// Other targets than the bundled ones: a targets file, or a report's
	// words (package reading) with the year and region they may not give.
	targets, report, region string
	year                    int
}

func main() {
	var c config
	flag.StringVar(&c.root, "root", ".", "the repository root")
	flag.StringVar(&c.out, "out", "dist", "the output folder")
	flag.StringVar(&c.wasm, "wasm", "dist/xigong.wasm", "the compiled Go program")
	flag.StringVar(&c.wasmExec, "wasm-exec", "", "wasm_exec.js of the Go toolchain that compiled it")
	flag.BoolVar(&c.reference, "reference", false, "also build the benchmark's plain-JavaScript reference page")
	flag.StringVar(&c.targets, "targets", "", "build the page of this targets file (data/SCHEMA.md) instead of the bundled targets")
	flag.StringVar(&c.report, "report", "", "build the page of the targets read from this report text instead of the bundled targets")
	flag.IntVar(&c.year, "year", 0, "with -report: the targets' year, when the text does not give it")
	flag.StringVar(&c.region, "region", "", "with -report: the region, when the text does not give it")
	flag.Parse()
	if err := run(c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(c config, w io.Writer) error {
	root, out, wasmPath, wasmExecPath, reference := c.root, c.out, c.wasm, c.wasmExec, c.reference
	if wasmExecPath == "" {
		return errors.New("assemble: -wasm-exec: want the path of wasm_exec.js")
	}
	read := func(p string) (string, error) {
		b, err := os.ReadFile(p)
		return string(b), err
	}
	page, err := read(filepath.Join(root, "index.html"))
	if err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	m := minifier()
	style, err := read(filepath.Join(root, "web", "style.css"))
	if err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	minCSS := func(css string) (string, error) {
		out, err := cssMinifier().String("text/css", css)
		if err != nil {
			return "", fmt.Errorf("assemble: minify style.css: %w", err)
		}
		return out, nil
	}
	// The classic scripts, each bundled into one of its own.
	script := map[string]string{}
	for _, name := range []string{"first.js", "boot.js", "wasm-worker.js", "later.js", "embed.js"} {
		if script[name], err = build(root, filepath.Join(root, "web", name)); err != nil {
			return err
		}
	}
	wasmExec, err := read(wasmExecPath)
	if err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	goJS, err := minifyJS(wasmExecPath, wasmExec)
	if err != nil {
		return err
	}
	app, err := bundle(root, filepath.Join(root, "web", "app.js"))
	if err != nil {
		return err
	}
	src, sections, err := targetsOf(c, w)
	if err != nil {
		return err
	}
	t, err := data.Parse(src)
	if err != nil {
		return fmt.Errorf("assemble: the targets: %w", err)
	}
	// The targets for the Go program, compact, with <, > and & escaped in
	// strings, as the page carries them in a script element.
	var compact, targets bytes.Buffer
	if err := json.Compact(&compact, src); err != nil {
		return fmt.Errorf("assemble: targets: %w", err)
	}
	json.HTMLEscape(&targets, compact.Bytes())
	r := model.Evaluate(t, model.AtTargets(t))
	render := func(lang string) view.Static { return view.Render(t, r, lang, sections(t, r, lang)...) }
	sk, err := skeleton.Build()
	if err != nil {
		return err
	}
	skeletons, err := json.Marshal(sk)
	if err != nil {
		return fmt.Errorf("assemble: chart skeletons: %w", err)
	}
	opts := map[string]json.RawMessage{}
	for _, lang := range []string{"zh", "en"} {
		o, err := charts.Options(sk, t, r, lang)
		if err != nil {
			return err
		}
		if opts[lang], err = json.Marshal(o); err != nil {
			return fmt.Errorf("assemble: chart options: %w", err)
		}
	}
	// The page as drawn by the build: each chart's SVG in its box, shown
	// until the live chart replaces it (and for good without JavaScript).
	drawnPage := func(lang string) (view.Static, error) {
		ds, err := draw(root, t, opts[lang], "xd"+lang)
		if err != nil {
			return view.Static{}, err
		}
		return render(lang).WithDrawings(ds)
	}
	drawn := map[string]view.Static{}
	for _, lang := range []string{"zh", "en"} {
		if drawn[lang], err = drawnPage(lang); err != nil {
			return err
		}
	}
	drawnCSS, err := minCSS(style + view.DrawnStyle(charts.IDs(t)))
	if err != nil {
		return err
	}
	a := site.Assets{
		Page:       page,
		Static:     drawn["zh"],
		Alternates: []view.Static{drawn["en"]},
		Options:    opts,
		Skeletons:  skeletons,
		Targets:    targets.Bytes(),
		CSS:        drawnCSS,
		Head:       []site.Script{{Name: "first.js", Source: script["first.js"]}},
		Scripts: []site.Script{
			{Name: "boot.js", Source: script["boot.js"]},
			{Name: "wasm_exec.js", Source: goJS},
			{Name: "app.js", Source: app},
		},
		Later:  script["later.js"],
		Worker: script["wasm-worker.js"],
		Stable: []site.Script{{Name: "embed.js", Source: script["embed.js"]}},
		Wasm:   wasm,
	}
	single := SingleName
	if c.targets != "" || c.report != "" {
		single = view.FileName(t) + ".html"
	}
	if err := emit(w, m, a, filepath.Join(out, single), filepath.Join(out, SiteDir)); err != nil {
		return err
	}
	if !reference {
		return nil
	}
	ref, err := bundle(root, filepath.Join(root, "bench", "reference.js"))
	if err != nil {
		return err
	}
	// The reference is a plain page: no drawings, no Go.
	a.Static, a.Alternates = render("zh"), []view.Static{render("en")}
	if a.CSS, err = minCSS(style); err != nil {
		return err
	}
	a.Scripts = []site.Script{{Name: "reference.js", Source: ref}}
	a.Stable = nil
	a.Head = nil
	a.Wasm = nil
	a.Worker = ""
	return emit(w, m, a, filepath.Join(out, ReferenceName), filepath.Join(out, ReferenceSite))
}

// emit writes the single file and the hosted site of a page, minified.
func emit(w io.Writer, m *minify.M, a site.Assets, singlePath, siteDir string) error {
	single, err := site.SingleFile(a)
	if err != nil {
		return err
	}
	if single, err = m.Bytes("text/html", single); err != nil {
		return fmt.Errorf("assemble: minify %s: %w", singlePath, err)
	}
	hosted, err := site.Hosted(a)
	if err != nil {
		return err
	}
	for name, b := range hosted {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		if hosted[name], err = m.Bytes("text/html", b); err != nil {
			return fmt.Errorf("assemble: minify %s: %w", name, err)
		}
	}
	if err := os.RemoveAll(siteDir); err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	if err := os.MkdirAll(siteDir, 0o755); err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	if err := write(w, singlePath, single); err != nil {
		return err
	}
	names := make([]string, 0, len(hosted))
	for n := range hosted {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := write(w, filepath.Join(siteDir, n), hosted[n]); err != nil {
			return err
		}
	}
	return nil
}

// minifier minifies HTML. It has no minifier for scripts or styles, so that
// HTML is minified around its inline scripts and style, which are minified
// once, beforehand (esbuild for scripts, cssMinifier for the style): the
// single file carries the very bytes the hosted site serves.
func minifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	return m
}

// cssMinifier minifies the stylesheet.
func cssMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	return m
}

// minifyJS minifies wasm_exec.js with esbuild, keeping its top-level
// names, which other scripts use (it defines Go).
func minifyJS(name, src string) (string, error) {
	res := api.Transform(src, api.TransformOptions{
		Loader:            api.LoaderJS,
		Target:            api.ES2020,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LegalComments:     api.LegalCommentsEndOfFile,
		Charset:           api.CharsetUTF8,
		Sourcefile:        name,
	})
	if len(res.Errors) > 0 {
		return "", esbuildError("minifying "+name, res.Errors)
	}
	return strings.TrimSuffix(string(res.Code), "\n"), nil
}

// esbuildError is esbuild's messages about what it was doing, as an error.
func esbuildError(doing string, errs []api.Message) error {
	msgs := api.FormatMessages(errs, api.FormatMessagesOptions{Kind: api.ErrorMessage})
	return errors.New("assemble: " + doing + ":\n" + strings.Join(msgs, "\n"))
}

// bundle bundles the page script with the parts of ECharts it imports, from
// node_modules, into one minified script, with zrenderPointerFix.
func bundle(root, entry string) (string, error) {
	patched := false
	out, err := build(root, entry, zrenderPointerFix.plugin(&patched))
	if err != nil {
		return "", err
	}
	if !patched {
		return "", errors.New("assemble: bundling " + entry + ": " + zrenderPointerFix.file + " was not patched (not bundled, or not found by its path)")
	}
	return out, nil
}

// build bundles the script entry (an ES module of web/) with the modules it
// imports into one minified classic script that defines no global.
func build(root, entry string, plugins ...api.Plugin) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("assemble: %w", err)
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{entry},
		AbsWorkingDir:     abs,
		Bundle:            true,
		Format:            api.FormatIIFE,
		Platform:          api.PlatformBrowser,
		Target:            api.ES2020,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LegalComments:     api.LegalCommentsEndOfFile,
		Charset:           api.CharsetUTF8,
		Outfile:           filepath.Base(entry),
		Write:             false,
		Plugins:           plugins,
	})
	if len(res.Errors) > 0 {
		return "", esbuildError("bundling "+entry, res.Errors)
	}
	if len(res.OutputFiles) != 1 {
		return "", fmt.Errorf("assemble: bundling %s: want one output file, got %d", entry, len(res.OutputFiles))
	}
	return string(res.OutputFiles[0].Contents), nil
}

// write writes a file and prints its size, raw and gzip-compressed.
func write(w io.Writer, p string, b []byte) error {
	if err := os.WriteFile(p, b, 0o644); err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	gz, err := site.Gzip(b)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "  %-44s %9s  (gzip %s)\n", p, size(len(b)), size(len(gz)))
	return err
}

// size writes a size in decimal units (1 MB = 10⁶ bytes), as the benchmark
// and the README do.
func size(n int) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.3f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}
