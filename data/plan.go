package data

import (
	"strconv"
	"strings"
)

// PlanSchema is the only schema identifier ParsePlan accepts.
const PlanSchema = "xigong-plan/v1"

// Limits of a valid plan file.
const (
	MaxPlanNodes  = 200
	MaxPlanDepth  = 6 // levels of nodes below the root
	maxPlanQuote  = 1000
	maxPlanLinks  = 20
	planQuoteElid = "……" // joins the parts of a quote that leaves text out
)

// Plan is the strategy the targets serve, as the seed lays it out: a tree of
// strategies, goals, opportunities, levers, emphases and tasks.
//
//jsongen:decode
type Plan struct {
	Schema string   `json:"schema"`
	Root   PlanNode `json:"root"`
}

// PlanNode is one part of the plan. Quote is its sentence from the seed (in
// Chinese; several sentences are joined by "……") with a translation; Note,
// when present, says how the node was read from the page.
//
//jsongen:decode
type PlanNode struct {
	ID       string     `json:"id"`
	Name     Text       `json:"name"`
	Quote    Text       `json:"quote"`
	Note     *Text      `json:"note,omitempty"`
	Targets  []PlanLink `json:"targets,omitempty"`
	Children []PlanNode `json:"children,omitempty"`
}

// PlanLink ties a node to a target its sentence names: Phrase is the words
// of the node's name or quote that do, in both languages.
//
//jsongen:decode
type PlanLink struct {
	ID     string `json:"id"`
	Phrase Text   `json:"phrase"`
}

// QuoteParts returns the Chinese quote split where it leaves text out.
func (n *PlanNode) QuoteParts() []string { return strings.Split(n.Quote.ZH, planQuoteElid) }

// Walk calls f for every node, parents before children, with its depth (0
// for the root).
func (p *Plan) Walk(f func(n *PlanNode, depth int)) { walk(&p.Root, 0, f) }

func walk(n *PlanNode, depth int, f func(*PlanNode, int)) {
	f(n, depth)
	for i := range n.Children {
		walk(&n.Children[i], depth+1, f)
	}
}

// Linked returns the ids of the nodes linked to target id, in tree order.
func (p *Plan) Linked(id string) []string {
	var ids []string
	p.Walk(func(n *PlanNode, _ int) {
		for _, l := range n.Targets {
			if l.ID == id {
				ids = append(ids, n.ID)
				return
			}
		}
	})
	return ids
}

// ParsePlan decodes and validates a plan file. The error, if any, is an
// Errors value listing every field at fault. Unknown fields are ignored.
func ParsePlan(b []byte) (*Plan, error) {
	v, err := parseJSON(b)
	if err != nil {
		return nil, err
	}
	var r reader
	p := r.decodePlan("", v)
	if err := r.also(p.Validate()); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks every rule of the plan schema and returns an Errors value
// listing each field at fault, or nil. Which targets exist is Check's
// business.
func (p *Plan) Validate() error {
	var v validator
	if p.Schema != PlanSchema {
		v.add("schema", rule("exactly", quoted(PlanSchema), quoted(p.Schema)))
	}
	seen := map[string]bool{}
	count := 0
	v.planNode("root", &p.Root, 0, seen, &count)
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}

func (v *validator) planNode(f string, n *PlanNode, depth int, seen map[string]bool, count *int) {
	if *count++; *count > MaxPlanNodes {
		if *count == MaxPlanNodes+1 {
			v.add(f, rule("planNodes", itoa(MaxPlanNodes)))
		}
		return
	}
	switch {
	case !validID(n.ID):
		v.add(f+".id", rule("id", itoa(MaxIDLen), quoted(n.ID)))
	case seen[n.ID]:
		v.add(f+".id", rule("nodeTaken", quoted(n.ID)))
	default:
		seen[n.ID] = true
	}
	v.text(f+".name", n.Name, MaxNameLen)
	v.text(f+".quote", n.Quote, maxPlanQuote)
	for _, part := range n.QuoteParts() {
		if strings.TrimSpace(part) == "" && n.Quote.ZH != "" {
			v.add(f+".quote.zh", rule("elision", quoted(planQuoteElid)))
			break
		}
	}
	if n.Note != nil {
		v.text(f+".note", *n.Note, maxPlanQuote)
	}
	if len(n.Targets) > maxPlanLinks {
		v.add(f+".targets", rule("links", itoa(maxPlanLinks), itoa(len(n.Targets))))
	}
	linked := map[string]bool{}
	for i, l := range n.Targets {
		lf := f + ".targets[" + strconv.Itoa(i) + "]"
		switch {
		case !validID(l.ID):
			v.add(lf+".id", rule("target", quoted(l.ID)))
		case linked[l.ID]:
			v.add(lf+".id", rule("linkedTwice", quoted(l.ID)))
		}
		linked[l.ID] = true
		v.text(lf+".phrase", l.Phrase, maxPlanQuote)
		for _, lang := range []string{"zh", "en"} {
			ph := l.Phrase.In(lang)
			if ph != "" && !strings.Contains(n.Name.In(lang)+"\n"+n.Quote.In(lang), ph) {
				v.add(lf+".phrase."+lang, rule("phrase", quoted(ph)))
			}
		}
	}
	if len(n.Children) > 0 && depth == MaxPlanDepth {
		v.add(f+".children", rule("depth", itoa(MaxPlanDepth)))
		return
	}
	for i := range n.Children {
		v.planNode(f+".children["+strconv.Itoa(i)+"]", &n.Children[i], depth+1, seen, count)
	}
}

// Check reports links to targets that t does not have, as Errors.
func (p *Plan) Check(t *Targets) error {
	var v validator
	var check func(f string, n *PlanNode)
	check = func(f string, n *PlanNode) {
		for i, l := range n.Targets {
			if t.Index(l.ID) < 0 {
				v.add(f+".targets["+strconv.Itoa(i)+"].id", rule("target", quoted(l.ID)))
			}
		}
		for i := range n.Children {
			check(f+".children["+strconv.Itoa(i)+"]", &n.Children[i])
		}
	}
	check("root", &p.Root)
	if len(v.errs) == 0 {
		return nil
	}
	return v.errs
}
