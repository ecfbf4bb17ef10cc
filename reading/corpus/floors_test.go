package corpus

// The scores reached (see TestCorpus): the corpus is the set the reader was
// written against, so its floors guard against a change that reads it
// worse; testdata/heldout measures the reader on paragraphs it was not
// written against (0.889 and 0.889 when added: of 9 targets, "国内生产总值
// 增长8%、力争9%" is not read and a clause cut off is read as words; with
// a third paragraph in session 6, 0.895 and 0.944 over 18: a qualifier of
// the GDP target, "在实际工作中争取更好结果", is read as a target in words).
const (
	floorPrecision = 1.0
	floorRecall    = 1.0
	floorHeldOut   = 0.88
)
