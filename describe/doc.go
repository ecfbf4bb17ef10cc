// Package describe says targets and verdicts in words, in a page's
// language: a target's kind and value ("增长目标：不低于 10.5%"), a
// scenario's value, and whether it meets its target and by how much
// ("✗ missed, over the cap by 1.1 percentage points"). It joins the domain
// (packages data and model) to the interface text (package i18n), which
// knows nothing of the domain.
package describe
