package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPageOfAReport: cmd/assemble -report (./build.sh page) builds the page
// of a report's targets, with its charts drawn in the HTML and the reading
// of the report on it; opened offline, it shows them and its sliders work.
func TestPageOfAReport(t *testing.T) {
	wasm := dist(t, "xigong.wasm")
	out := t.TempDir()
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "./cmd/assemble", "-root", ".", "-out", out, "-wasm", wasm,
		"-wasm-exec", filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"),
		"-report", "reading/corpus/testdata/corpus/08-national-2024.txt", "-year", "2024", "-region", "全国")
	cmd.Dir = ".."
	log, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("assemble -report: %v\n%s", err, log)
	}
	if !strings.Contains(string(log), "read 9 targets from reading/corpus/testdata/corpus/08-national-2024.txt: 6 charted, 3 listed in words or as not charted yet") {
		t.Errorf("assemble's output lacks the reading's counts:\n%s", log)
	}
	file := filepath.Join(out, "targets-2024.html")
	html, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("the page: %v\n%s", err, log)
	}
	if !strings.Contains(string(html), `class="drawn"`) {
		t.Error("the page has no drawing of its charts")
	}
	p := newPage(t, 1200, 900)
	p.do(t, chromedp.Navigate("file://"+file+"?lang=zh"))
	p.waitReady(t)
	got := eval[pageState](t, p, `({
  Title: document.getElementById("title").textContent,
  Summary: document.getElementById("summary-count").textContent,
  Reading: document.getElementById("report-read-from").innerText,
  Message: "",
  Sliders: document.querySelectorAll("#controls input[type=range]").length,
})`)
	if got.Title != "全国2024年预期目标" || got.Sliders != 6 || got.Summary != "情景达标 6 / 6 项" ||
		strings.Contains(got.Reading, "（尚未制图）") || !strings.Contains(got.Reading, "本页的目标如何从报告文字中读出") ||
		eval[int](t, p, `document.querySelectorAll("#words li").length`) != 3 {
		t.Errorf("the page of the 2024 national report: %+v", got)
	}
	if read := eval[string](t, p, `(e => e.hidden ? "" : (e.querySelector("button").click(), String(Math.round(document.getElementById("report-read-from").getBoundingClientRect().top))))(document.getElementById("summary-read"))`); read != "0" {
		t.Errorf("beside the summary: the button to the reading left it at %q px; want the numbers counted with a button that brings the reading (#report-read-from) to the window's top", read)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors or warnings: %q", probs)
	}
}
