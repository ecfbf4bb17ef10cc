//go:build js && wasm

package main

import "syscall/js"

func main() {
	if _, err := register(); err != nil {
		js.Global().Set("xigongError", err.Error())
		return
	}
	select {} // serve calls from the page for the page's lifetime
}
