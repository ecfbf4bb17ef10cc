// Package misuse is what package safehtml must not let compile: each line
// marked "want" is a plain string passed where HTML is wanted. The test
// TestPlainStringsDoNotCompile builds it and checks the compiler's errors.
package misuse

import "xigong/internal/safehtml"

func uses(name, template string) []safehtml.HTML {
	return []safehtml.HTML{
		safehtml.Fill(`<p>%s</p>`, name),       // want "cannot use name (variable of type string) as safehtml.HTML value"
		safehtml.Fill(template),                // want "cannot use template (variable of type string) as safehtml.constant value"
		safehtml.Const(name),                   // want "cannot use name (variable of type string) as safehtml.constant value"
		"<b>bold</b>",                          // want "cannot use \"<b>bold</b>\" (untyped string constant) as safehtml.HTML value"
		safehtml.HTML(name),                    // want "cannot convert name (variable of type string) to type safehtml.HTML"
		safehtml.Join([]safehtml.HTML{}, name), // want "cannot use name (variable of type string) as safehtml.HTML value"
	}
}
