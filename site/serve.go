package site

import "net/http"

// HostPolicy is the Content-Security-Policy of a strict news site, under
// which the hosted build works: no inline script, no eval, WebAssembly by
// 'wasm-unsafe-eval'.
const HostPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'"

// Handler serves the files under dir with the Content-Security-Policy
// policy, as a web server hosting the build would.
func Handler(dir, policy string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", policy)
		files.ServeHTTP(w, r)
	})
}
