package reading

import "xigong/data"

// Reason says why a clause or a number is not a target.
type Reason string

// The reasons.
const (
	WhyBefore      Reason = "before"      // before the targets' heading
	WhyHeading     Reason = "heading"     // the heading that introduces the targets
	WhyAfter       Reason = "after"       // after the targets (the sentence or list has ended)
	WhyYear        Reason = "year"        // a year
	WhyDate        Reason = "date"        // a month or a day
	WhyOrdinal     Reason = "ordinal"     // a list number
	WhyCredit      Reason = "credit"      // a picture credit or byline
	WhyTooShort    Reason = "short"       // too short to be a target
	WhyNoIndicator Reason = "noIndicator" // numbers with no words naming what they measure
	WhyUnread      Reason = "unread"      // numbers in a form the reader does not know
	WhyUnpaired    Reason = "unpaired"    // names and numbers that do not pair up
	WhyTruncated   Reason = "truncated"   // the text ends inside it
	WhyPlan        Reason = "plan"        // a plan ("拟", "安排"), not a target
	WhyNoTargets   Reason = "noTargets"   // a text with no heading and no number: words alone are not targets
	WhyQualifies   Reason = "qualifies"   // words about the target before ("争取更好结果"), not a target
	WhyPolicy      Reason = "policy"      // how the targets are to be met ("扩大消费需求"), not a target
	WhyQuote       Reason = "quote"       // what someone said between sentences of targets, not a target
)

// reasons say each reason in both languages.
var reasons = map[Reason]data.Text{
	WhyBefore:      {ZH: "在目标的引语之前", EN: "before the words that introduce the targets"},
	WhyHeading:     {ZH: "引出目标的话", EN: "the words that introduce the targets"},
	WhyAfter:       {ZH: "在目标之后", EN: "after the targets"},
	WhyYear:        {ZH: "年份", EN: "a year"},
	WhyDate:        {ZH: "日期", EN: "a date"},
	WhyOrdinal:     {ZH: "序号", EN: "a list number"},
	WhyCredit:      {ZH: "图片署名或作者", EN: "a picture credit or byline"},
	WhyTooShort:    {ZH: "太短，不是目标", EN: "too short to be a target"},
	WhyNoIndicator: {ZH: "数字前没有指标名称", EN: "no indicator named before the number"},
	WhyUnread:      {ZH: "数字的写法无法识别", EN: "a way of writing numbers the reader does not know"},
	WhyUnpaired:    {ZH: "指标和数字无法一一对应", EN: "the indicators and the numbers do not pair up"},
	WhyTruncated:   {ZH: "文字在此中断", EN: "the text stops in the middle of it"},
	WhyPlan:        {ZH: "安排，不是目标", EN: "a plan, not a target"},
	WhyNoTargets:   {ZH: "全文没有引语也没有数字，文字不算目标", EN: "the text has no heading and no number: words alone are not targets"},
	WhyQualifies:   {ZH: "是对前一个目标的说明，不是目标", EN: "words about the target before it, not a target"},
	WhyPolicy:      {ZH: "是措施或条件，不是目标", EN: "how the targets are to be met (a measure or a condition), not a target"},
	WhyQuote:       {ZH: "是引述的话，不是目标", EN: "what someone said, not a target"},
}

// In returns the reason in lang ("zh" or "en").
func (r Reason) In(lang string) string {
	t, ok := reasons[r]
	if !ok {
		return string(r)
	}
	return t.In(lang)
}
