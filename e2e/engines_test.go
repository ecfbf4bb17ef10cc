package e2e

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestOtherEngines runs the core checks (e2e/engines/check.mjs: the offline
// file and the hosted build under its strict policy draw and start, a key
// updates the charts and the summary, ?lang=en, ?chart=, a scenario link) in
// Firefox's engine (Debian's firefox-esr) and in Safari's (Debian's
// WebKitWebDriver, under xvfb-run).
func TestOtherEngines(t *testing.T) {
	srv := serveSite(t, "")
	file := "file://" + dist(t, "xigong-2015.html")
	for _, e := range []struct {
		name string
		bins []string
		cmd  []string
	}{
		{"firefox", []string{"node", "firefox-esr"}, []string{"node", "engines/check.mjs", "firefox", file, srv.URL + "/"}},
		{"webkit", []string{"node", "WebKitWebDriver", "xvfb-run"}, []string{"xvfb-run", "-a", "node", "engines/check.mjs", "webkit", file, srv.URL + "/"}},
	} {
		t.Run(e.name, func(t *testing.T) {
			for _, b := range e.bins {
				_, err := exec.LookPath(b)
				need(t, err == nil, b+" is missing (apt-get install -y firefox-esr webkit2gtk-driver xvfb)")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			out, err := exec.CommandContext(ctx, e.cmd[0], e.cmd[1:]...).CombinedOutput()
			t.Logf("%s", out)
			if err != nil {
				t.Errorf("%s checks failed: %v", e.name, err)
			}
			if n := strings.Count(string(out), "ok   "+e.name); n != 6 {
				t.Errorf("%d of 6 %s checks passed", n, e.name)
			}
		})
	}
}
