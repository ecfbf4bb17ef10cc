package data

// MaxSize is the largest targets file Parse reads, in bytes.
const MaxSize = 1 << 20

// MaxDepth is the deepest nesting of arrays and objects Parse accepts.
const MaxDepth = 16

// Parse decodes and validates a targets file. The error, if any, is an
// Errors value listing every field at fault. Unknown fields are ignored.
func Parse(b []byte) (*Targets, error) {
	v, err := parseJSON(b)
	if err != nil {
		return nil, err
	}
	var r reader
	t := r.decodeTargets("", v)
	if r.errs != nil {
		return nil, r.errs
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
}
