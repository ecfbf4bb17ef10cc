package main

import (
	"flag"
	"fmt"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"xigong/internal/browser"
	"xigong/site"
)

// slowdown is the CPU throttling of the phone-like runs: Lighthouse's mobile
// preset.
const slowdown = 4

// target is one of the two pages under test.
type target struct {
	name   string
	single string // path of the single file, under dist
	site   string // folder of the hosted build, under dist
}

var (
	ours      = target{"ours", "xigong-2015.html", "site"}
	reference = target{"reference", "bench/reference.html", "bench/reference-site"}
	// long is the page of a made-up report of 30 targets (bench/long-30.txt),
	// which build.sh builds into dist/bench/long/: its one .html file, whose
	// name run finds.
	long = target{name: "long"}
)

// speed is what one target measured at one CPU speed, over the runs: the
// phases of loading the single file (see phases) and the moves' latencies.
type speed struct {
	paint, chartsPaint, charts, interactive, live, latency, jumps []float64
	// firstAnswer is the time of the first answer to a reader who moves a
	// slider from the start (see reader); firstTry, of their first move.
	firstAnswer, firstTry []float64
}

// add records a loaded page's phases.
func (v *speed) add(p phases) {
	v.paint = append(v.paint, p.paint)
	v.chartsPaint = append(v.chartsPaint, p.chartsPaint)
	v.charts = append(v.charts, p.charts)
	v.interactive = append(v.interactive, p.interactive)
	v.live = append(v.live, p.live)
}

// rated is where the measurements at one CPU speed go.
type rated struct {
	rate float64 // the CPU slowed down this many times
	into *speed
}

// atSpeeds are r's two CPU speeds: full, and slowed down (a phone).
func atSpeeds(r *results) []rated { return []rated{{1, &r.fast}, {slowdown, &r.slow}} }

// results are every measurement of one target.
type results struct {
	fast, slow           speed     // full speed, and with the CPU slowed down 4 times (a phone)
	loadHTTP             []float64 // the hosted build: charts-ready
	goCall               []float64 // ours: a round trip into the Go program (see goCall)
	afterLoad, afterSoak browser.Memory
	after2k, after3k     browser.Memory
	// unoptimized are the memory after load and after 1,000 changes with
	// V8's compilers off (see noJIT).
	unoptimized [2]browser.Memory
	soakUpdates int
	summary     string // the page's summary after the soak
	bytes       sizes
}

func main() {
	dist := flag.String("dist", "dist", "the build output")
	runs := flag.Int("runs", 9, "runs of each page (at least 7)")
	loads := flag.Int("loads", 3, "cold loads of each page at each CPU speed a run (at least 1): every one is timed, the first also moves the sliders")
	out := flag.String("out", "bench/results.md", "where to write the results table")
	flag.Parse()
	if err := run(*dist, *runs, *loads, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dist string, runs, loads int, out string) error {
	if runs < 7 {
		return fmt.Errorf("bench: -runs %d: want at least 7", runs)
	}
	if loads < 1 {
		return fmt.Errorf("bench: -loads %d: want at least 1", loads)
	}
	if !browser.Available() {
		return fmt.Errorf("bench: %s is missing (apt-get install -y chromium)", browser.Path)
	}
	abs, err := filepath.Abs(dist)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go http.Serve(ln, site.Handler(abs, site.HostPolicy))
	base := "http://" + ln.Addr().String() + "/"

	singles, err := filepath.Glob(filepath.Join(abs, "bench/long/*.html"))
	if err != nil || len(singles) != 1 {
		return fmt.Errorf("bench: want one page of 30 targets in %s/bench/long (build.sh bench builds it), found %d", abs, len(singles))
	}
	long.single = filepath.Join("bench/long", filepath.Base(singles[0]))
	res := map[string]*results{"long": {}}
	for _, t := range []target{ours, reference} {
		b, err := measureSizes(abs, t)
		if err != nil {
			return err
		}
		res[t.name] = &results{bytes: b}
	}
	chromium := ""
	for i := range runs {
		for k := range loads {
			for _, t := range []target{ours, reference} { // A B A B
				for _, sp := range atSpeeds(res[t.name]) {
					v, err := loadFile("file://"+filepath.Join(abs, t.single), sp.rate, sp.into, k == 0)
					if err != nil {
						return fmt.Errorf("bench: %s, run %d, load %d, file at %g× CPU: %w", t.name, i+1, k+1, sp.rate, err)
					}
					chromium = v
				}
			}
			for _, sp := range atSpeeds(res[long.name]) {
				if _, err := loadFile("file://"+filepath.Join(abs, long.single), sp.rate, sp.into, k == 0); err != nil {
					return fmt.Errorf("bench: %s, run %d, load %d, file at %g× CPU: %w", long.name, i+1, k+1, sp.rate, err)
				}
			}
		}
		for _, t := range []target{ours, reference, long} {
			for _, sp := range atSpeeds(res[t.name]) {
				tried, answered, err := firstAnswer("file://"+filepath.Join(abs, t.single), sp.rate)
				if err != nil {
					return fmt.Errorf("bench: %s, run %d, the first answer at %g× CPU: %w", t.name, i+1, sp.rate, err)
				}
				sp.into.firstTry = append(sp.into.firstTry, tried)
				sp.into.firstAnswer = append(sp.into.firstAnswer, answered)
			}
		}
		for _, t := range []target{ours, reference} {
			s, err := open(base + t.site + "/")
			if err != nil {
				return err
			}
			load, err := s.mark("charts-ready")
			s.close()
			if err != nil {
				return fmt.Errorf("bench: %s, run %d, http: %w", t.name, i+1, err)
			}
			res[t.name].loadHTTP = append(res[t.name].loadHTTP, load)
		}
		fmt.Fprintf(os.Stderr, "run %d/%d: first paint of the charts at ours %.0f ms, reference %.0f ms (file://, the run's last load)\n", i+1, runs, last(res["ours"].fast.chartsPaint), last(res["reference"].fast.chartsPaint))
	}
	for _, t := range []target{ours, reference} {
		if err := measureMemory("file://"+filepath.Join(abs, t.single), res[t.name]); err != nil {
			return fmt.Errorf("bench: %s, memory: %w", t.name, err)
		}
		if err := measureUnoptimized("file://"+filepath.Join(abs, t.single), res[t.name]); err != nil {
			return fmt.Errorf("bench: %s, memory without V8's compilers: %w", t.name, err)
		}
	}
	table, failed := report(res["ours"], res["reference"], res["long"], runs, loads, chromium)
	fmt.Print(table)
	if err := os.WriteFile(out, []byte(table), 0o644); err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "wrote", out)
	if len(failed) > 0 {
		return fmt.Errorf("bench: budgets missed: %s", strings.Join(failed, "; "))
	}
	return nil
}

// measureMemory reads the memory after load, after 1,000 changes, after
// 2,000 and after 3,000. (Go's runtime may grow its heap once more during the
// second 1,000: the leak check compares the third 1,000 with the second.)
func measureMemory(url string, r *results) error {
	m, updates, summary, err := memoryRun(url, 3)
	if err != nil {
		return err
	}
	r.afterLoad, r.afterSoak, r.after2k, r.after3k = m[0], m[1], m[2], m[3]
	r.soakUpdates, r.summary = updates, summary
	return nil
}

// noJIT turns off V8's compilers of JavaScript to machine code (Sparkplug,
// Maglev, TurboFan), leaving its bytecode interpreter. WebAssembly is still
// compiled.
var noJIT = chromedp.Flag("js-flags", "--no-sparkplug --no-maglev --no-opt")

// measureUnoptimized reads the memory after load and after 1,000 changes
// in a browser with noJIT: a diagnostic of what grows, the machine code V8
// compiles for the functions a page runs often or the page's own data.
func measureUnoptimized(url string, r *results) error {
	m, _, _, err := memoryRun(url, 1, noJIT)
	if err == nil {
		r.unoptimized = [2]browser.Memory{m[0], m[1]}
	}
	return err
}

// memoryRun loads url in a fresh browser started with flags and reads the
// memory after load and after each of rounds times 1,000 changes, each time
// once the update animations have ended. It returns them, with the updates
// the page applied in the first round and its summary at the end.
func memoryRun(url string, rounds int, flags ...chromedp.ExecAllocatorOption) (m []browser.Memory, updates int, summary string, err error) {
	s, err := open(url, flags...)
	if err != nil {
		return nil, 0, "", err
	}
	defer s.close()
	for k := 0; ; k++ {
		time.Sleep(500 * time.Millisecond)
		mem, err := s.memory()
		if err != nil {
			return nil, 0, "", err
		}
		m = append(m, mem)
		if k == rounds {
			break
		}
		n, err := eval[int](s, soak)
		if err != nil {
			return nil, 0, "", err
		}
		if k == 0 {
			updates = n
		}
	}
	summary, err = eval[string](s, `document.getElementById("summary-count").textContent + " " + document.getElementById("summary-missed").textContent`)
	return m, updates, summary, err
}

// sizes are the bytes a reader downloads.
type sizes struct {
	singleRaw, singleGzip, hostedGzip, wasmRaw, wasmGzip int
}

func measureSizes(dist string, t target) (sizes, error) {
	var b sizes
	single, err := os.ReadFile(filepath.Join(dist, t.single))
	if err != nil {
		return b, fmt.Errorf("bench: %w (run ./build.sh bench)", err)
	}
	b.singleRaw = len(single)
	if b.singleGzip, err = gzipLen(single); err != nil {
		return b, err
	}
	// The first load is index.html and every file of the site it names
	// (scripts, stylesheet, module); embed.js is for other sites' pages.
	index, err := os.ReadFile(filepath.Join(dist, t.site, "index.html"))
	if err != nil {
		return b, fmt.Errorf("bench: %w (run ./build.sh bench)", err)
	}
	names := map[string]bool{"index.html": true}
	for _, m := range regexp.MustCompile(`\s(?:src|href|data-wasm|data-worker)="([A-Za-z0-9._-]+)"`).FindAllSubmatch(index, -1) {
		names[string(m[1])] = true
	}
	for name := range names {
		raw, err := os.ReadFile(filepath.Join(dist, t.site, name))
		if err != nil {
			return b, fmt.Errorf("bench: the first load names %s: %w", name, err)
		}
		n, err := gzipLen(raw)
		if err != nil {
			return b, err
		}
		b.hostedGzip += n
		if strings.HasSuffix(name, ".wasm") {
			b.wasmRaw, b.wasmGzip = len(raw), n
		}
	}
	return b, nil
}

func gzipLen(b []byte) (int, error) {
	gz, err := site.Gzip(b)
	return len(gz), err
}

// loadFile loads the single file at url in a fresh browser with the CPU
// slowed down rate times, records its phases into v and, when interact is
// set, the latencies of its moves and jumps; it returns the browser's
// version.
func loadFile(url string, rate float64, v *speed, interact bool) (string, error) {
	s, err := openAt(url, rate)
	if err != nil {
		return "", err
	}
	defer s.close()
	ph, err := s.phases()
	if err != nil {
		return "", err
	}
	v.add(ph)
	if interact {
		moves, jumps, err := s.interact()
		if err != nil {
			return "", err
		}
		v.latency = append(v.latency, moves...)
		v.jumps = append(v.jumps, jumps...)
	}
	return s.version(), nil
}

// last is the last of xs, or NaN when there is none.
func last(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return xs[len(xs)-1]
}
