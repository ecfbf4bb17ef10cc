package data

import "strings"

// Slug makes a name of lowercase ASCII letters and digits, words joined by
// dashes, from s: "Xigong District (Luoyang)" → "xigong-district-luoyang".
// Anything else separates words; "" when s has no ASCII letter or digit. A
// slug longer than max bytes keeps its whole words that fit (the first
// word cut at max when none does). Indicator ids and file names are made
// with it.
func Slug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, c := range []byte(s) {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A' // ASCII only: strings.ToLower brings Unicode's case tables, 25 kB of the module
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteByte(c)
			dash = false
			if b.Len() > max {
				break
			}
			continue
		}
		dash = true
	}
	slug := b.String()
	if len(slug) <= max {
		return slug
	}
	if cut := strings.LastIndexByte(slug[:max+1], '-'); cut > 0 {
		return slug[:cut]
	}
	return slug[:max]
}
