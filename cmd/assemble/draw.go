package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"xigong/data"
	"xigong/view"
)

// draw draws every chart of options (the JSON array of {id, option} the
// page carries, for the targets t) at each of its view.DrawnSizes with ECharts' server-side
// renderer, run by Node (web/ssr.mjs), and returns the drawings for the
// page, their SVG ids prefixed with prefix.
func draw(root string, t *data.Targets, options json.RawMessage, prefix string) ([]view.Drawing, error) {
	var list []struct {
		ID     string          `json:"id"`
		Option json.RawMessage `json:"option"`
	}
	if err := json.Unmarshal(options, &list); err != nil {
		return nil, fmt.Errorf("assemble: draw: %w", err)
	}
	type job struct {
		Option json.RawMessage `json:"option"`
		Width  int             `json:"width"`
		Height int             `json:"height"`
	}
	var jobs []job
	for _, c := range list {
		for _, s := range view.DrawnSizes(t, c.ID) {
			jobs = append(jobs, job{c.Option, s.Width, s.Height})
		}
	}
	in, err := json.Marshal(jobs)
	if err != nil {
		return nil, fmt.Errorf("assemble: draw: %w", err)
	}
	cmd := exec.Command("node", filepath.Join(root, "web", "ssr.mjs"))
	cmd.Env = append(os.Environ(), "NODE_ENV=production") // as esbuild bundles it for the page
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outJSON, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("assemble: draw: node web/ssr.mjs: %w: %s", err, stderr.Bytes())
	}
	var drawn []struct {
		SVG   string `json:"svg"`
		Label string `json:"label"`
	}
	if err := json.Unmarshal(outJSON, &drawn); err != nil {
		return nil, fmt.Errorf("assemble: draw: node web/ssr.mjs: %w", err)
	}
	if len(drawn) != len(jobs) {
		return nil, fmt.Errorf("assemble: draw: got %d drawings, want %d", len(drawn), len(jobs))
	}
	var out []view.Drawing
	for _, c := range list {
		d := view.Drawing{ID: c.ID}
		for range view.DrawnSizes(t, c.ID) {
			svg, err := cleanSVG(drawn[0].SVG, fmt.Sprintf("%s%d-%d", prefix, len(out), len(d.SVG)))
			if err != nil {
				return nil, fmt.Errorf("assemble: draw %s: %w", c.ID, err)
			}
			d.Label = drawn[0].Label
			d.SVG = append(d.SVG, svg)
			drawn = drawn[1:]
		}
		out = append(out, d)
	}
	return out, nil
}

var (
	svgStyle   = regexp.MustCompile(`(?s)<style[ >].*?</style>`)
	svgNoise   = regexp.MustCompile(` (?:class="[^"]*"|pointer-events="[^"]*"|xmlns:xlink="[^"]*"|version="[^"]*"|baseProfile="[^"]*"|width="[^"]*"|height="[^"]*")`)
	svgZRender = regexp.MustCompile(`\bzr\d+-`)
	svgLines   = regexp.MustCompile(`>\s+<`)
)

// cleanSVG makes an SVG string of ECharts' server-side renderer fit to stand
// in a page beside live charts: its stylesheet (hover rules for class names
// the live charts use too) and class names go, its ids (clip paths) take
// prefix instead of zrender's instance counter, which the live charts count
// again from zero, and the root element loses its fixed size (the page sizes
// it) and the whitespace between elements.
func cleanSVG(svg, prefix string) (string, error) {
	if !strings.HasPrefix(svg, "<svg ") || !strings.HasSuffix(strings.TrimSpace(svg), "</svg>") {
		return "", errors.New("assemble: drawing: not an SVG document")
	}
	head, rest, _ := strings.Cut(svg, ">")
	head = svgNoise.ReplaceAllString(head, "")
	rest = svgStyle.ReplaceAllString(rest, "")
	rest = svgNoise.ReplaceAllStringFunc(rest, func(attr string) string {
		if strings.HasPrefix(attr, " width=") || strings.HasPrefix(attr, " height=") {
			return attr // shapes keep their sizes
		}
		return ""
	})
	out := svgLines.ReplaceAllString(head+">"+rest, "><")
	return svgZRender.ReplaceAllString(strings.TrimSpace(out), prefix+"-"), nil
}
