// Package i18n holds the interface text of the page and the charts in
// Chinese and English, and formats numbers with their units.
package i18n
