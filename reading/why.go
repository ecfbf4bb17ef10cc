package reading

// Reason says why a clause or a number is not a target.
type Reason string

// The reasons.
const (
	WhyBefore      Reason = "before"      // before the targets' heading
	WhyHeading     Reason = "heading"     // the heading that introduces the targets
	WhyAfter       Reason = "after"       // after the targets (the sentence or list has ended)
	WhyYear        Reason = "year"        // a year
	WhyOrdinal     Reason = "ordinal"     // a list number
	WhyCredit      Reason = "credit"      // a picture credit or byline
	WhyTooShort    Reason = "short"       // too short to be a target
	WhyNoIndicator Reason = "noIndicator" // numbers with no words naming what they measure
	WhyUnread      Reason = "unread"      // numbers in a form the reader does not know
	WhyUnpaired    Reason = "unpaired"    // names and numbers that do not pair up
	WhyTruncated   Reason = "truncated"   // the text ends inside it
	WhyPlan        Reason = "plan"        // a plan ("拟", "安排"), not a target
	WhyNoTargets   Reason = "noTargets"   // a text with no heading and no number: words alone are not targets
)

var reasons = map[Reason][2]string{
	WhyBefore:      {"在目标的引语之前", "before the words that introduce the targets"},
	WhyHeading:     {"引出目标的话", "the words that introduce the targets"},
	WhyAfter:       {"在目标之后", "after the targets"},
	WhyYear:        {"年份", "a year"},
	WhyOrdinal:     {"序号", "a list number"},
	WhyCredit:      {"图片署名或作者", "a picture credit or byline"},
	WhyTooShort:    {"太短，不是目标", "too short to be a target"},
	WhyNoIndicator: {"数字前没有指标名称", "no indicator named before the number"},
	WhyUnread:      {"数字的写法无法识别", "a way of writing numbers the reader does not know"},
	WhyUnpaired:    {"指标和数字无法一一对应", "the indicators and the numbers do not pair up"},
	WhyTruncated:   {"文字在此中断", "the text stops in the middle of it"},
	WhyPlan:        {"安排，不是目标", "a plan, not a target"},
	WhyNoTargets:   {"全文没有引语也没有数字，文字不算目标", "the text has no heading and no number: words alone are not targets"},
}

// In returns the reason in lang ("zh" or "en").
func (r Reason) In(lang string) string {
	t, ok := reasons[r]
	if !ok {
		return string(r)
	}
	if lang == "en" {
		return t[1]
	}
	return t[0]
}
