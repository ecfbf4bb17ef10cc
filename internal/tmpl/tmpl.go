// Package tmpl fills the message templates of packages i18n and data:
// "情景达标 %d / %d 项" with "8" and "10". It keeps fmt out of the
// WebAssembly module.
package tmpl

import "strings"

// Fill replaces the verbs %s and %d of a template, in order, with args:
// Fill("情景达标 %d / %d 项", "8", "10"). Other % signs stay as they are,
// and what args insert is not read again.
func Fill(tmpl string, args ...string) string {
	var b strings.Builder
	n := len(tmpl)
	for _, a := range args {
		n += len(a)
	}
	b.Grow(n)
	for len(args) > 0 {
		i := strings.IndexByte(tmpl, '%')
		if i < 0 || i+1 >= len(tmpl) {
			break
		}
		if v := tmpl[i+1]; v != 's' && v != 'd' {
			b.WriteString(tmpl[:i+1])
			tmpl = tmpl[i+1:]
			continue
		}
		b.WriteString(tmpl[:i])
		b.WriteString(args[0])
		tmpl, args = tmpl[i+2:], args[1:]
	}
	b.WriteString(tmpl)
	return b.String()
}
