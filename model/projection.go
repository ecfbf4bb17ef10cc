package model

import "xigong/data"

// Projection is what the growth rates imply for the target year, as indices
// with the base year = 100. It is computed from the rates alone and is
// illustrative: none of it is published data.
type Projection struct {
	// HasGDP reports whether the targets name a GDP indicator.
	HasGDP bool
	// GDP is the GDP index at the target rate and at the scenario rate.
	GDP Pair
	// HasEnergy reports whether the targets name both GDP and an energy
	// intensity indicator, from which total energy use follows.
	HasEnergy bool
	// Energy is the total energy use index, 100·(1+g)(1−c), where g is GDP
	// growth and c the cut in energy use per unit of GDP.
	Energy Pair
}

// Pair is a figure computed at the target rates and at the scenario's.
type Pair struct {
	Target, Scenario float64
}

func project(t *data.Targets, vs []Verdict) Projection {
	var p Projection
	g := t.Index(t.Projection.GDP)
	if g < 0 {
		return p
	}
	gdp := t.Indicators[g]
	p.HasGDP = true
	p.GDP = Pair{index(gdp.Value), index(vs[g].Value)}
	c := t.Index(t.Projection.EnergyIntensity)
	if c < 0 {
		return p
	}
	p.HasEnergy = true
	p.Energy = Pair{
		Target:   energyIndex(gdp.Value, t.Indicators[c].Value),
		Scenario: energyIndex(vs[g].Value, vs[c].Value),
	}
	return p
}

// index is 100 grown by rate per cent.
func index(rate float64) float64 { return round(100 * (1 + rate/100)) }

// energyIndex is total energy use (base = 100) when GDP grows by g per cent
// and energy per unit of GDP falls by c per cent.
func energyIndex(g, c float64) float64 { return round(100 * (1 + g/100) * (1 - c/100)) }
