package charts

import (
	"math"
	"slices"
	"strconv"

	"xigong/data"
)

// group is a chart of rows of levels that share a unit: its id, the unit
// and its indicators, as indices into the targets' indicators.
type group struct {
	id, unit string
	rows     []int
}

// maxGroupSpread is how many times the largest target of a group of levels
// may be its smallest: beyond it the smallest bar would be a sliver of the
// axis (amounts of one unit may differ a thousandfold: 粮食产量 in 万吨
// beside 肉类产量), and each keeps a chart of its own.
const maxGroupSpread = 20

// levelGroups are the levels of t charted together, a chart of rows per
// unit for two or more levels of that unit whose targets are of like size
// (maxGroupSpread), in the order of each unit's first level; the first
// group's chart is LevelsID, the next LevelsID-2, and so on.
func levelGroups(t *data.Targets) []group {
	var units []string
	byUnit := map[string][]int{}
	for i, in := range t.Indicators {
		if !in.IsLevel() {
			continue
		}
		if byUnit[in.Unit] == nil {
			units = append(units, in.Unit)
		}
		byUnit[in.Unit] = append(byUnit[in.Unit], i)
	}
	var groups []group
	for _, u := range units {
		idx := byUnit[u]
		if len(idx) < 2 || !likeSize(t, idx) {
			continue
		}
		id := LevelsID
		if len(groups) > 0 {
			id += "-" + strconv.Itoa(len(groups)+1)
		}
		groups = append(groups, group{id: id, unit: u, rows: idx})
	}
	return groups
}

// likeSize reports whether the targets idx of t are all above zero and
// the largest at most maxGroupSpread times the smallest.
func likeSize(t *data.Targets, idx []int) bool {
	lo, hi := math.Inf(1), 0.0
	for _, i := range idx {
		v := t.Indicators[i].Value
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	return lo > 0 && hi <= maxGroupSpread*lo
}

// levelIndices are the levels charted on their own: those in no group.
func levelIndices(t *data.Targets) []int {
	groups := levelGroups(t)
	var idx []int
	for i, in := range t.Indicators {
		if in.IsLevel() && !slices.ContainsFunc(groups, func(g group) bool { return slices.Contains(g.rows, i) }) {
			idx = append(idx, i)
		}
	}
	return idx
}

// rows are the indicators of chart id, a chart of rows (IsRows), as
// indices into the targets' indicators; nil for any other chart.
func (s Scene) rows(id string) []int {
	if id == GrowthID {
		return s.growth
	}
	for _, g := range s.groups {
		if g.id == id {
			return g.rows
		}
	}
	return nil
}

// unitOf is the unit of chart id's rows: a levels chart's unit, or "%",
// the growth chart's.
func (s Scene) unitOf(id string) string {
	for _, g := range s.groups {
		if g.id == id {
			return g.unit
		}
	}
	return "%"
}
