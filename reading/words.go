package reading

import "strings"

// A target stated in words is a state of things to reach ("居民收入增长和经济
// 增长同步", "完成省下达的节能减排任务"); among the targets stand, besides,
// words that say how they are to be met or that qualify the target before.

// wordsLeading are lead-ins before a target in words that are not its
// words ("力争实现农村居民收入增速快于城镇居民"); 完成 is ("完成节能减排任务").
var wordsLeading = []string{"其中", "全年", "今年", "力争", "确保", "努力", "实现", "预计"}

// inWords returns the words of a target stated in words: the clause with
// the words that number it ("三是"), its lead-ins, and who states it ("云南
// 将……"), taken off.
func inWords(text string) string {
	text = text[enumeration(text):]
	if k := strings.LastIndex(text, "将"); k > 0 {
		text = text[k+len("将"):]
	}
	for changed := true; changed; {
		changed = false
		for _, w := range wordsLeading {
			if rest, ok := strings.CutPrefix(text, w); ok && rest != "" {
				text, changed = rest, true
			}
		}
	}
	return text
}

// policyStarts are the words a measure of policy begins with: a verb of
// doing ("扩大消费需求", "坚持稳中求进"), of how hard ("千方百计增投资"), or
// of what for ("为……开好局", "以优异成绩迎接……").
var policyStarts = []string{
	"坚持", "锚定", "扩大", "拓宽", "拓展", "采取", "完善", "加快", "加强", "推进", "推动", "深化", "着力", "围绕", "聚焦",
	"集中精力", "千方百计", "全力", "大力", "积极", "贯彻", "落实", "完整准确", "统筹", "守住", "守牢", "打造", "构建",
	"防范", "争创", "奋力", "为", "以",
}

// policy reports whether words (their lead-ins taken off) say how the
// targets are to be met, not a target: a measure, or a condition ("在优化
// 结构、提高效益的基础上").
func policy(w string) bool {
	if strings.HasPrefix(w, "在") && (strings.Contains(w, "基础上") || strings.Contains(w, "前提下")) {
		return true
	}
	return firstPrefix(w, policyStarts) != ""
}

// qualifies reports whether words are about the target before them, not a
// target: filler ("在实际工作中争取更好结果", "努力争取最好的结果"), a
// comparison with no subject of its own ("与上年持平", "高于全国平均水平"),
// or why it was set ("综合考虑各方面因素", "体现了积极进取", "具体而言").
func qualifies(w string) bool {
	return containsAny(w, []string{"好结果", "好的结果", "考虑", "体现了"}) ||
		firstPrefix(w, []string{"与", "比", "高于", "快于", "低于", "优于", "具体"}) != ""
}

// stateWords are the words of a target in words that say how a thing is to
// be: kept in step, stable, improved, lowered, done ("居民收入增长与经济增长
// 同步", "生态环境质量持续改善", "完成省下达的节能减排任务").
var stateWords = []string{
	"同步", "平衡", "稳定", "改善", "下降", "降低", "提升", "提高", "完成", "持平", "高于", "快于", "低于",
	"优良", "向好", "协调", "提质", "增效", "保持", "控制在", "增长", "一致", "匹配", "衔接", "缩小", "优化",
}

// statesInWords reports whether words state how a thing is to be, as a
// target in words does, not what is to be done or said.
func statesInWords(w string) bool { return containsAny(w, stateWords) }
