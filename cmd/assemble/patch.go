package main

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// zrenderPointerFix mends a fault of zrender (the renderer under ECharts),
// ecomfe/zrender#1163, as esbuild bundles it: preparePointerTransformer
// (zrender/lib/core/dom.js) keeps, for an element, a transform from the
// screen to it and one back, but one record of where the element was when
// they were made. A touch on a chart makes the first anew, after a scroll,
// and records the new place; the second, which places an HTML tooltip with
// a container named (tooltip.appendTo), is then taken as current and is a
// scroll height off. The fix gives each transform its own record.
//
// The page names its tooltips' container (charts.tooltipIn): without one,
// ECharts reads the chart box's computed style at every update, which made
// the browser recompute the page's styles in the middle of each move.
var zrenderPointerFix = patch{
	file: "zrender/lib/core/dom.js",
	edits: []edit{
		{"var oldSrcCoords = saved.srcCoords;", "var oldSrcCoords = saved[transformerName + 'Src'];"},
		{"(saved.srcCoords = srcCoords,", "(saved[transformerName + 'Src'] = srcCoords,"},
	},
}

// patch is a set of edits to one file of node_modules.
type patch struct {
	file  string // its path under node_modules, with forward slashes
	edits []edit
}

// edit replaces the one occurrence of old with new.
type edit struct{ old, new string }

// apply returns src with the edits made, or an error when a text to
// replace is not there exactly once (a new version of the package: the
// fix may be in it, or the code moved; look before changing the patch).
func (p patch) apply(src string) (string, error) {
	for _, e := range p.edits {
		if n := strings.Count(src, e.old); n != 1 {
			return "", errors.New("assemble: patching " + p.file + ": want one " + e.old + ", found " + strconv.Itoa(n))
		}
		src = strings.Replace(src, e.old, e.new, 1)
	}
	return src, nil
}

// plugin makes esbuild load the patched file in place of the original,
// and sets *applied when it has.
func (p patch) plugin(applied *bool) api.Plugin {
	return api.Plugin{
		Name: "patch " + p.file,
		Setup: func(b api.PluginBuild) {
			b.OnLoad(api.OnLoadOptions{Filter: `[/\\]node_modules[/\\]` + strings.ReplaceAll(regexp.QuoteMeta(p.file), "/", `[/\\]`) + `$`},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					src, err := os.ReadFile(args.Path)
					if err != nil {
						return api.OnLoadResult{}, err
					}
					out, err := p.apply(string(src))
					if err != nil {
						return api.OnLoadResult{}, err
					}
					*applied = true
					return api.OnLoadResult{Contents: &out, Loader: api.LoaderJS}, nil
				})
		},
	}
}
