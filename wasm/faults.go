//go:build js && wasm && faults

package main

// A build with the tag "faults" panics inside xigong.set when the first
// indicator (GDP) is set to 0, so that the browser tests can check that a Go
// panic is recovered, shown, and survived. build.sh builds it into dist/test/.
func init() {
	beforeSet = func(values []*float64) {
		if len(values) > 0 && values[0] != nil && *values[0] == 0 {
			panic("forced by the faults build: GDP set to 0")
		}
	}
}
