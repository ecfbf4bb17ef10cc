package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"

	"xigong/internal/browser"
)

// Budgets of issue 5 (MB here are 10^6 bytes).
const (
	maxLoadRatio        = 1.25
	maxLatencyMedian    = 16.0
	maxLatencyRatio     = 1.15
	maxLatencyP95       = 33.0
	maxSingleFile       = 2_000_000
	maxHostedFirstLoad  = 1_200_000
	maxMemoryGrowthRate = 0.10
	maxSteadyGrowthRate = 0.05 // ours: a leak check, not a budget of the issue
)

// report renders the results as a Markdown table and lists the budgets
// missed.
func report(a, b *results, runs int, chromium string) (string, []string) {
	var sb strings.Builder
	var failed []string
	check := func(name string, ok bool) string {
		if ok {
			return "✓"
		}
		failed = append(failed, name)
		return "✗ missed"
	}
	fmt.Fprintf(&sb, "# Benchmark: the page against a plain-JavaScript reference\n\n")
	fmt.Fprintf(&sb, "Machine: %s, %d cores, %s; %s headless; %s; %d runs of each page, alternating.\n\n",
		cpuModel(), runtime.NumCPU(), memTotal(), chromium, runtime.Version(), runs)
	fmt.Fprintf(&sb, "| measure | ours | reference | ours / ref | budget | |\n|---|---|---|---|---|---|\n")

	lf, rf := summarize(a.loadFile), summarize(b.loadFile)
	lh, rh := summarize(a.loadHTTP), summarize(b.loadHTTP)
	fmt.Fprintf(&sb, "| load, single file from file:// (ms, median [min–max]) | %s | %s | %.2f | ≤ %.2f× | %s |\n",
		spread(lf), spread(rf), lf.Median/rf.Median, maxLoadRatio, check("load file://", lf.Median/rf.Median <= maxLoadRatio))
	fmt.Fprintf(&sb, "| load, hosted over loopback http (ms, median [min–max]) | %s | %s | %.2f | | |\n",
		spread(lh), spread(rh), lh.Median/rh.Median)
	ia, ib := summarize(a.interactive), summarize(b.interactive)
	fmt.Fprintf(&sb, "| sliders work (mark interactive), file:// (ms, median [min–max]) | %s | %s | %.2f | | |\n",
		spread(ia), spread(ib), ia.Median/ib.Median)

	la, lb := summarize(a.latency), summarize(b.latency)
	fmt.Fprintf(&sb, "| interaction, input → charts-updated, median of %d (ms) | %.2f | %.2f | %.2f | ≤ %.0f ms and ≤ %.2f× | %s |\n",
		la.N, la.Median, lb.Median, la.Median/lb.Median, maxLatencyMedian, maxLatencyRatio,
		check("interaction median", la.Median <= maxLatencyMedian && la.Median/lb.Median <= maxLatencyRatio))
	fmt.Fprintf(&sb, "| interaction, p95 (ms) | %.2f | %.2f | %.2f | ≤ %.0f ms | %s |\n",
		la.P95, lb.P95, la.P95/lb.P95, maxLatencyP95, check("interaction p95", la.P95 <= maxLatencyP95))

	pa, pb := summarize(a.paint), summarize(b.paint)
	fmt.Fprintf(&sb, "| first contentful paint, file:// (ms, median [min–max]) | %s | %s | %.2f | | |\n", spread(pa), spread(pb), pa.Median/pb.Median)
	for _, row := range []struct {
		name string
		a, b []float64
	}{
		{"first contentful paint", a.slow.paint, b.slow.paint},
		{"charts drawn (charts-ready)", a.slow.loadFile, b.slow.loadFile},
		{"sliders work (interactive)", a.slow.interactive, b.slow.interactive},
	} {
		x, y := summarize(row.a), summarize(row.b)
		fmt.Fprintf(&sb, "| at %d× CPU: %s, file:// (ms, median [min–max]) | %s | %s | %.2f | | |\n", slowdown, row.name, spread(x), spread(y), x.Median/y.Median)
	}
	sa, sbl := summarize(a.slow.latency), summarize(b.slow.latency)
	fmt.Fprintf(&sb, "| at %d× CPU: interaction, median / p95 of %d (ms) | %.2f / %.2f | %.2f / %.2f | %.2f | | |\n",
		slowdown, sa.N, sa.Median, sa.P95, sbl.Median, sbl.P95, sa.Median/sbl.Median)

	fmt.Fprintf(&sb, "| single file, raw | %s | %s | %.2f | ≤ %s | %s |\n", mb(a.bytes.singleRaw), mb(b.bytes.singleRaw),
		float64(a.bytes.singleRaw)/float64(b.bytes.singleRaw), mb(maxSingleFile), check("single file size", a.bytes.singleRaw <= maxSingleFile))
	fmt.Fprintf(&sb, "| single file, gzip | %s | %s | %.2f | | |\n", mb(a.bytes.singleGzip), mb(b.bytes.singleGzip),
		float64(a.bytes.singleGzip)/float64(b.bytes.singleGzip))
	fmt.Fprintf(&sb, "| hosted first load, gzip | %s | %s | %.2f | ≤ %s | %s |\n", mb(a.bytes.hostedGzip), mb(b.bytes.hostedGzip),
		float64(a.bytes.hostedGzip)/float64(b.bytes.hostedGzip), mb(maxHostedFirstLoad), check("hosted first load", a.bytes.hostedGzip <= maxHostedFirstLoad))
	fmt.Fprintf(&sb, "| WebAssembly module, raw / gzip | %s / %s | — | | | |\n", mb(a.bytes.wasmRaw), mb(a.bytes.wasmGzip))

	for _, m := range []struct {
		name string
		get  func(browser.Memory) float64
	}{
		{"JS heap", func(m browser.Memory) float64 { return m.Heap }},
		{"WebAssembly memory", func(m browser.Memory) float64 { return m.Wasm }},
	} {
		cell := func(r *results) string {
			if m.get(r.afterLoad) == 0 {
				return "—"
			}
			return fmt.Sprintf("%s → %s (%+.1f%%)", mb(int(m.get(r.afterLoad))), mb(int(m.get(r.afterSoak))), 100*growth(m.get(r.afterLoad), m.get(r.afterSoak)))
		}
		steady := func(r *results) string {
			if m.get(r.afterLoad) == 0 {
				return "—"
			}
			return fmt.Sprintf("%s → %s (%+.1f%%)", mb(int(m.get(r.after2k))), mb(int(m.get(r.after3k))), 100*growth(m.get(r.after2k), m.get(r.after3k)))
		}
		fmt.Fprintf(&sb, "| %s, after load → after 1,000 changes | %s | %s | | growth ≤ %.0f%% | %s |\n",
			m.name, cell(a), cell(b), 100*maxMemoryGrowthRate, check(m.name+" growth", growth(m.get(a.afterLoad), m.get(a.afterSoak)) <= maxMemoryGrowthRate))
		fmt.Fprintf(&sb, "| %s, after 2,000 → after 3,000 changes (leak check) | %s | %s | | growth ≤ %.0f%% | %s |\n",
			m.name, steady(a), steady(b), 100*maxSteadyGrowthRate, check(m.name+" steady growth", growth(m.get(a.after2k), m.get(a.after3k)) <= maxSteadyGrowthRate))
	}
	unopt := func(r *results) string {
		return fmt.Sprintf("%s → %s (%+.1f%%)", mb(int(r.unoptimized[0].Heap)), mb(int(r.unoptimized[1].Heap)), 100*growth(r.unoptimized[0].Heap, r.unoptimized[1].Heap))
	}
	fmt.Fprintf(&sb, "| JS heap, after load → after 1,000 changes, V8's compilers off (diagnostic) | %s | %s | | | |\n", unopt(a), unopt(b))
	agree := a.summary == b.summary
	fmt.Fprintf(&sb, "\nAfter the 1,000 changes (%d and %d updates applied) both pages show: %q / %q; they %s.\n",
		a.soakUpdates, b.soakUpdates, a.summary, b.summary, map[bool]string{true: "agree", false: "DISAGREE"}[agree])
	fmt.Fprintf(&sb, "\nThe diagnostic row is the same measure in a browser started with `--js-flags=\"--no-sparkplug --no-maglev --no-opt\"`: what the JS heap gains without it is machine code V8 compiles for the functions run often, not the pages' data.\n")
	check("reference agrees with the page", agree && a.soakUpdates == 1000 && b.soakUpdates == 1000)
	if len(failed) > 0 {
		fmt.Fprintf(&sb, "\nBudgets missed: %s.\n", strings.Join(failed, "; "))
	} else {
		fmt.Fprintf(&sb, "\nEvery budget is met.\n")
	}
	return sb.String(), failed
}

func spread(s summary) string { return fmt.Sprintf("%.0f [%.0f–%.0f]", s.Median, s.Min, s.Max) }

func mb(n int) string { return fmt.Sprintf("%.3f MB", float64(n)/1e6) }

func growth(before, after float64) float64 {
	if before == 0 {
		return 0
	}
	return after/before - 1
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "model name") {
			if _, v, ok := strings.Cut(l, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}

func memTotal() string {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return "memory unknown"
	}
	var kb float64
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "MemTotal:") {
			if _, err := fmt.Sscan(strings.TrimPrefix(l, "MemTotal:"), &kb); err != nil {
				return "memory unknown"
			}
		}
	}
	return fmt.Sprintf("%.0f GiB", math.Round(kb/(1<<20)))
}
