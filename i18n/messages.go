package i18n

// Messages is every interface string in one language. Strings taken from the
// data file (names, quotes, sources) are not here.
type Messages struct {
	Lang string // "zh" or "en"
	// Fonts are the charts' font families, the language's own first: a
	// Chinese page sets its digits and Latin letters in its Chinese font
	// too (and, in Chromium on Linux, looks up half the fonts before its
	// first paint; docs/performance.md). web/style.css names the same.
	Fonts string

	Target, Scenario, Verdict, Margin, Indicator, Quote, Kind string
	Met, Missed                                               string
	Room, Short                                               string // "余量 %s", "差 %s"
	OverCapBy, BelowBand, AboveBand                           string // the other ways of missing
	Colon, Stop, Semi, Comma, Open, Close                     string // punctuation
	Reset, SummaryAll                                         string

	GrowthTitle, LevelsTitle, CapTitle, ProjectionTitle, ProjectionSub string
	FloorTitle, BandTitle, FloorLine, BandLine                         string
	BelowFloor, TargetBand, KindFloor, KindBand                        string
	GDPIndex, EnergyIndex, Computed                                    string
	CapLine, OverCap, CutSuffix                                        string

	KindGrowth, KindAtLeast, KindAbout, KindReduction, KindCap string
	KindRange, KindReductionAbout                              string
	AboutAssumption                                            string

	Intro, WorkspaceHeading, TableHeading, MissedList string
	WordsHeading, WordsInWords, WordsNotCharted       string
	Untranslated                                      string // the names with no English name, on the English page
	ExampleGrowth, ExampleLevel                       string
	FollowsGDP, FollowsEnergy, ComputedNote           string
	Loading, ErrorPrefix                              string
	// Failures the page's scripts report, by the data-* attribute of #error
	// that carries them (see Failures).
	FailNoBoot, FailGoStopped, FailGoNotStarted, FailNoOptions               string
	FailNoLang, FailLangFetch, FailNoDecompress, FailModuleDamaged           string
	FailPageDamaged, FailNoWasm, FailNoModule, FailWasmRefused, FailNoScript string
	FailScriptDamaged                                                        string
	FailPNG, FailNoWorker                                                    string
	EmbedHeading, EmbedChart, EmbedLang, EmbedScript, EmbedIframe            string
	EmbedNote, Copy, Copied                                                  string
	CopyLink, LinkNotice                                                     string
	LinkTooLong, LinkVersion, LinkNoValue, LinkUnknown                       string
	LinkNotNumber, LinkRange, LeftQuote, RightQuote                          string
	LinkTooLongData, LinkDataBroken, EmbedOwnTooLong                         string
	NoSuchChart, WholePage                                                   string
	Unit, MarginPoints, DownloadCSV, DownloadPNG                             string
	OwnData, OwnDataHelp, DataErrors, DataTooLarge                           string
	// Reading a report's words (package reading; view.Reading).
	ReportFile, ReportNotTarget                                                                      string
	Report, ReportHelp, ReportYear, ReportRegion, ReportRead                                         string
	ReportReadCharted, ReportReadCount, ReportNone, ReportNeedYear, ReportNotCharted, ReportReadFrom string
	ReportNumbers, ReportSeeReading, ReportJump                                                      string
	ReportTarget, ReportWords, ReportLeftOut                                                         string
	MeasureGrowth, MeasureLevel, MeasureChange, MeasureReduction                                     string
	// The proofreading desk (view.Desk): each target of a reader's file with
	// its words, corrected in place.
	DeskHeading, DeskHelp, DeskCorrect, DeskApply, DeskDrop, DeskCancel, DeskCorrected string
	DeskNoEnglish, DeskName, DeskNameEN, DeskMeasure, DeskBound, DeskValue, DeskMin    string
	DeskMax, DeskUnit, DeskBadNumber, DeskBadRange, DeskNoUnit, DeskDone               string
	BoundAtLeast, BoundAtMost, BoundAbout, BoundExact, BoundRange, BoundWords          string
	DataNotURL, DataOtherSite, DataFetchFailed, DataReadFailed                         string
	DownloadSVG, ViewData                                                              string
	DownloadShare, ShareScan, ShareTooLong, ShareOffline                               string
	IndexHeading, TableFold                                                            string
	PlanHeading, PlanIntro, PlanFilter, PlanAll                                        string
	PlanExpand, PlanCollapse, PlanTargets                                              string

	PointsPct, PointsPerMille   string
	PointPct, PointPerMille     string // one point
	SourceLabel, CreditLabel    string
	TitleLabel, AssumptionLabel string
	ImageCaption                string // region, year
}

var zh = Messages{
	Lang:   "zh",
	Fonts:  "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
	Target: "目标", Scenario: "情景", Verdict: "判断", Margin: "余量", Indicator: "指标", Quote: "原文", Kind: "类型",
	Met: "达标", Missed: "未达标",
	Room: "余量 %s", Short: "差 %s",
	OverCapBy: "超出上限 %s", BelowBand: "低于目标区间 %s", AboveBand: "高于目标区间 %s",
	Colon: "：", Stop: "。", Semi: "；", Comma: "，", Open: "（", Close: "）",
	Reset: "恢复为目标值", SummaryAll: "情景达标 %d / %d 项",

	GrowthTitle:     "增长目标：目标与情景",
	LevelsTitle:     "水平目标（%s）：目标与情景",
	CapTitle:        "%s：上限 %s",
	FloorTitle:      "%s：下限 %s",
	BandTitle:       "%s：%s 左右",
	FloorLine:       "下限 %s",
	BandLine:        "目标 %s",
	BelowFloor:      "低于下限",
	TargetBand:      "目标区间",
	KindFloor:       "水平目标：不低于 %s",
	KindBand:        "水平目标：%s 左右（±%s，本工具的假设）",
	ProjectionTitle: "推算（示意）：%d年 = 100",
	ProjectionSub:   "仅由增速计算，非公布数据",
	GDPIndex:        "%s指数",
	EnergyIndex:     "能源消费总量指数",
	Computed:        "计算值",
	CapLine:         "上限 %s",
	OverCap:         "超出上限",
	CutSuffix:       "（降幅）",

	KindGrowth:         "增长目标：不低于 %s",
	KindAtLeast:        "增长目标：%s 以上",
	KindAbout:          "增长目标：%s 左右（±%s，本工具的假设）",
	KindReduction:      "降低目标：降幅不低于 %s",
	KindCap:            "上限：不高于 %s",
	KindRange:          "增长目标：%s（区间）",
	KindReductionAbout: "降低目标：降幅 %s 左右（±%s，本工具的假设）",
	AboutAssumption:    "“左右”按 ±%s计，为本工具的假设",

	Intro:             "拖动滑块设定一个情景（例如“%s”），即时查看哪些目标能够达成、差多少。",
	ExampleGrowth:     "%s增长%s",
	ExampleLevel:      "%s为%s",
	WorkspaceHeading:  "情景与图表",
	TableHeading:      "预期目标（%s 项）",
	WordsHeading:      "未画成图表的目标（%s 项）",
	WordsInWords:      "文字目标，没有数字",
	WordsNotCharted:   "有数字，但这种目标本页还画不了",
	Untranslated:      "这些名称在本工具的词表里没有英文译名，英文页上照用中文：%s。",
	MissedList:        "未达标：",
	FollowsGDP:        "按情景推算，%s为 %s（%s年 = 100）",
	FollowsEnergy:     "能源消费总量增长 %s（由增速与能耗降幅推算）",
	ComputedNote:      "推算值均为计算值，仅供示意，并非公布数据。",
	Loading:           "滑块启动中……",
	ErrorPrefix:       "图表出错：",
	FailNoBoot:        "启动脚本没有运行",
	FailGoStopped:     "Go 程序停止了运行",
	FailGoNotStarted:  "Go 程序没有启动",
	FailNoOptions:     "页面缺少图表设置",
	FailNoLang:        "页面缺少另一种语言的版本",
	FailLangFetch:     "无法取得另一种语言的页面（服务器回应 %s）",
	FailNoDecompress:  "这个浏览器无法解压页面（不支持 DecompressionStream）",
	FailModuleDamaged: "本文件中的程序已损坏，无法解压",
	FailPageDamaged:   "本文件中的另一种语言的页面已损坏，无法解压",
	FailScriptDamaged: "本文件中的页面脚本已损坏，无法解压",
	FailNoWasm:        "这个浏览器不支持 WebAssembly",
	FailNoModule:      "页面上没有 WebAssembly 程序",
	FailWasmRefused:   "本页的安全策略不允许运行 WebAssembly 程序",
	FailNoScript:      "页面脚本没有运行（被阻止，或未能载入）",
	FailPNG:           "无法生成 PNG 图片",
	FailNoWorker:      "无法在后台线程（Worker）中启动 Go 程序",

	EmbedHeading:      "把图表嵌入网页",
	EmbedChart:        "图表",
	EmbedLang:         "语言",
	EmbedScript:       "用脚本嵌入（高度自适应）",
	EmbedIframe:       "只用 iframe",
	EmbedNote:         "嵌入代码指向托管版本（dist/site）；从本地文件打开时，请先把它发布到网站上。",
	Copy:              "复制",
	Copied:            "已复制",
	CopyLink:          "复制本情景的链接",
	Unit:              "单位",
	MarginPoints:      "余量（百分点或千分点）",
	DownloadCSV:       "下载 CSV",
	DownloadPNG:       "下载 PNG",
	DownloadSVG:       "下载 SVG",
	DownloadShare:     "分享图（带二维码）",
	IndexHeading:      "目标索引：%s 项，按报告中的顺序",
	TableFold:         "逐项表格：原文、目标、情景与判断",
	ShareScan:         "扫码打开本页，可调整情景",
	ShareTooLong:      "本页链接太长，做不成二维码：请随图附上链接。",
	ShareOffline:      "本页不在网上（本地文件），没有可扫的地址。",
	ViewData:          "查看数据",
	PlanHeading:       "目标背后的规划",
	PlanIntro:         "原文版面还列出了这些目标所服务的战略、目标与工作。每一项都引自原文；句子点到某项指标的，相关字句以高亮标出，并链接到该指标，显示它在当前情景下是否达标。",
	PlanFilter:        "只看与此指标相关的部分",
	PlanAll:           "全部",
	PlanExpand:        "全部展开",
	PlanCollapse:      "全部收起",
	PlanTargets:       "相关指标",
	Report:            "用政府工作报告的文字",
	ReportHelp:        "粘贴报告中“主要预期目标”那一段（简体或繁体均可），本页读出其中的目标并画图；每一句读成了什么都列在下面。本情景的链接带上读出的目标（每项连同原文），不带整段文字：链接要短，且读出的目标就是图表所画的。",
	ReportYear:        "目标年份",
	ReportRegion:      "地区（可不填）",
	ReportRead:        "读出目标",
	ReportNotTarget:   "不是目标的数",
	ReportFile:        "下载读出的目标文件（JSON，可手工改正后在“使用自己的目标数据”里载入）",
	ReportReadCharted: "读出 %s 个目标：%s 个画成了图表；%s 个列在图表下方（文字目标，或本页还画不了的种类）。",
	ReportReadCount:   "读出 %s 个目标。",
	ReportNumbers:     "文字中有 %s 个数：%s 个读成了目标，%s 个不是目标。",
	ReportSeeReading:  "逐句核对读法",
	ReportJump:        "读一份报告的目标",
	ReportNone:        "这段文字里没有读出目标。请粘贴“主要预期目标”那一段，例如：地区生产总值增长6%左右。",
	ReportNeedYear:    "文字里没有写明年份：请填写目标年份。",
	ReportNotCharted:  "尚未制图",
	ReportTarget:      "目标",
	ReportReadFrom:    "本页的目标如何从报告文字中读出",
	ReportWords:       "文字目标",
	ReportLeftOut:     "略去",
	DeskHeading:       "校对读出的目标",
	DeskHelp:          "每个目标都连同原文列出，读成目标的数已标出。数、上下限或名称读错了，点“改正”就地修改，或删去；改正随本页链接、嵌入代码和下载一起带走，并注明“已手工改正”。",
	DeskCorrect:       "改正",
	DeskApply:         "应用改正",
	DeskDrop:          "删去这个目标",
	DeskCancel:        "取消",
	DeskCorrected:     "已手工改正",
	DeskNoEnglish:     "词典里没有英文名，英文页显示中文名：可在“改正”里填写",
	DeskName:          "名称",
	DeskNameEN:        "英文名称",
	DeskMeasure:       "度量",
	DeskBound:         "界限",
	DeskValue:         "数值",
	DeskMin:           "下限",
	DeskMax:           "上限",
	DeskUnit:          "单位",
	DeskBadNumber:     "请填写一个数。",
	DeskBadRange:      "下限应小于上限。",
	DeskNoUnit:        "请填写单位，如 % 或 亿元。",
	DeskDone:          "已改正：%s",
	BoundAtLeast:      "不低于（以上）",
	BoundAtMost:       "不高于（以内）",
	BoundAbout:        "左右",
	BoundExact:        "等于（未写以上、以内、左右）",
	BoundRange:        "区间",
	BoundWords:        "文字目标（无数）",
	MeasureGrowth:     "增长",
	MeasureLevel:      "水平",
	MeasureChange:     "变化",
	MeasureReduction:  "下降",
	OwnData:           "使用自己的目标数据",
	OwnDataHelp:       "选择或拖入一个 JSON 文件，格式与本页数据相同（见 data/SCHEMA.md），即可用它的目标画图；报告文字的 .txt 文件则按报告读出目标。",
	DataErrors:        "这个文件无法使用，当前数据保持不变：",
	DataTooLarge:      "文件超过 1 兆字节",
	DataNotURL:        "地址参数“?data=”不是一个网址",
	DataOtherSite:     "地址参数“?data=”只能载入本网站上的文件",
	DataFetchFailed:   "无法取得“?data=”指向的文件（服务器回应 %s）",
	DataReadFailed:    "无法读取这个文件",
	LinkNotice:        "链接中的情景有部分无法使用，已忽略或调整：",
	LinkTooLong:       "长度超过 %s 个字符，已忽略",
	LinkTooLongData:   "这些目标数据太大，放不进链接（压缩后超过 %s 个字符）。请把文件发布在本网站上，用“?data=”链接它。",
	LinkDataBroken:    "链接中的目标数据无法读取，下面显示的是本页自带的目标，未套用链接中的情景。",
	NoSuchChart:       "这组目标里没有图表“%s”：这段嵌入代码或链接也许是为另一组目标生成的。",
	WholePage:         "查看这组目标的全部图表",
	EmbedOwnTooLong:   "这些目标数据太大，嵌入代码无法携带。请用这个文件生成并发布一个自己的页面（见 README 的“嵌入图表”），再嵌入它的图表。",
	LinkVersion:       "不是“%s”格式的情景，已忽略",
	LinkNoValue:       "没有数值，已忽略",
	LinkUnknown:       "没有这项指标，已忽略",
	LinkNotNumber:     "不是数字，已忽略",
	LinkRange:         "%s 超出滑块范围，已设为 %s",
	LeftQuote:         "“",
	RightQuote:        "”",

	PointsPct:       "个百分点",
	PointsPerMille:  "个千分点",
	PointPct:        "个百分点",
	PointPerMille:   "个千分点",
	SourceLabel:     "来源",
	CreditLabel:     "署名",
	TitleLabel:      "标题",
	AssumptionLabel: "假设",
	ImageCaption:    "%s · %s年预期目标",
}

var en = Messages{
	Lang:   "en",
	Fonts:  "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
	Target: "Target", Scenario: "Scenario", Verdict: "Verdict", Margin: "Margin", Indicator: "Indicator", Quote: "As printed", Kind: "Kind",
	Met: "met", Missed: "missed",
	Room: "with %s to spare", Short: "short by %s",
	OverCapBy: "over the cap by %s", BelowBand: "%s below the band", AboveBand: "%s above the band",
	Colon: ": ", Stop: ". ", Semi: "; ", Comma: ", ", Open: " (", Close: ")",
	Reset: "Reset to targets", SummaryAll: "The scenario meets %d of %d targets",

	GrowthTitle:     "Growth targets: target and scenario",
	LevelsTitle:     "Levels in %s: target and scenario",
	CapTitle:        "%s: cap %s",
	FloorTitle:      "%s: floor %s",
	BandTitle:       "%s: about %s",
	FloorLine:       "floor %s",
	BandLine:        "target %s",
	BelowFloor:      "below the floor",
	TargetBand:      "target band",
	KindFloor:       "level target: at least %s",
	KindBand:        "level target: about %s (±%s, an assumption of this tool)",
	ProjectionTitle: "Projection (illustrative): %d = 100",
	ProjectionSub:   "Computed from the rates alone; not published data",
	GDPIndex:        "%s index",
	EnergyIndex:     "Total energy use index",
	Computed:        "computed",
	CapLine:         "cap %s",
	OverCap:         "over the cap",
	CutSuffix:       "(cut)",

	KindGrowth:         "growth target: at least %s",
	KindAtLeast:        "growth target: %s or more",
	KindAbout:          "growth target: about %s (±%s, an assumption of this tool)",
	KindReduction:      "reduction target: a cut of at least %s",
	KindCap:            "cap: at most %s",
	KindRange:          "growth target: %s (a range)",
	KindReductionAbout: "reduction target: a cut of about %s (±%s, an assumption of this tool)",
	AboutAssumption:    "“about” is read as ±%s, an assumption of this tool",

	Intro:             "Move the sliders to set a scenario (say, %s) and see at once which targets it meets, and by how much.",
	ExampleGrowth:     "%s grows %s",
	ExampleLevel:      "%s at %s",
	WorkspaceHeading:  "Scenario and charts",
	TableHeading:      "The targets (%s)",
	WordsHeading:      "Targets not charted (%s)",
	WordsInWords:      "a target in words, with no number",
	WordsNotCharted:   "with numbers, of a kind the page cannot chart yet",
	Untranslated:      "Names left in Chinese: the tool's dictionary has no English name for them: %s.",
	MissedList:        "Missed: ",
	FollowsGDP:        "Computed from the scenario: %s at %s (%s = 100)",
	FollowsEnergy:     "total energy use grows by %s (from GDP growth and the cut in energy intensity)",
	ComputedNote:      "Projected figures are computed, illustrative, and not published data.",
	Loading:           "Starting the sliders…",
	ErrorPrefix:       "The charts failed: ",
	FailNoBoot:        "the start-up script did not run",
	FailGoStopped:     "the Go program stopped",
	FailGoNotStarted:  "the Go program did not start",
	FailNoOptions:     "the page has no chart options",
	FailNoLang:        "the page has no version in the other language",
	FailLangFetch:     "the page in the other language could not be fetched (the server answered %s)",
	FailNoDecompress:  "this browser cannot decompress the page (no DecompressionStream)",
	FailModuleDamaged: "the program inside this file is damaged (it does not decompress)",
	FailPageDamaged:   "the other language's page inside this file is damaged (it does not decompress)",
	FailScriptDamaged: "the page script inside this file is damaged (it does not decompress)",
	FailNoWasm:        "this browser has no WebAssembly",
	FailNoModule:      "no WebAssembly module on the page",
	FailWasmRefused:   "this page's security policy does not allow WebAssembly",
	FailNoScript:      "the page script did not run (blocked, or failed to load)",
	FailPNG:           "the PNG could not be made",
	FailNoWorker:      "the Go program could not start in a background thread (Worker)",

	EmbedHeading:      "Embed a chart in your page",
	EmbedChart:        "Chart",
	EmbedLang:         "Language",
	EmbedScript:       "With the script (resizes itself)",
	EmbedIframe:       "Plain iframe",
	EmbedNote:         "The snippets point at the hosted build (dist/site); from a file on disk, publish it on a web site first.",
	Copy:              "Copy",
	Copied:            "Copied",
	CopyLink:          "Copy a link to this scenario",
	Unit:              "Unit",
	MarginPoints:      "Margin (percentage or ‰ points)",
	DownloadCSV:       "Download CSV",
	DownloadPNG:       "Download PNG",
	DownloadSVG:       "Download SVG",
	DownloadShare:     "Share image (with QR code)",
	IndexHeading:      "Index of the %s targets, in the report's order",
	TableFold:         "The table: each target's words, target, scenario and verdict",
	ShareScan:         "Scan to open this page and try scenarios",
	ShareTooLong:      "This page's link is too long for a QR code: give the link with the image.",
	ShareOffline:      "This page is a local file, not online: there is no address to scan.",
	ViewData:          "View data",
	PlanHeading:       "The plan behind the targets",
	PlanIntro:         "The page also lays out the strategy, goals and tasks the targets serve. Every part quotes its sentence from the page (the English is our translation). Where a sentence names a target, its words are highlighted and the target is linked, with its verdict under your scenario.",
	PlanFilter:        "Show the parts linked to",
	PlanAll:           "all parts",
	PlanExpand:        "Expand all",
	PlanCollapse:      "Collapse all",
	PlanTargets:       "Targets",
	Report:            "Use a report's targets",
	ReportHelp:        "Paste the paragraph of main expected targets from a government work report, in Chinese (simplified or traditional characters): the page reads its targets and charts them, and lists below what it read in each clause. The scenario's link carries the targets read (each with its words), not the whole text: links must stay short, and the targets read are what the charts show.",
	ReportYear:        "Year of the targets",
	ReportRegion:      "Region (optional)",
	ReportRead:        "Read the targets",
	ReportNotTarget:   "numbers that are not targets",
	ReportFile:        "Download the targets read (JSON: correct it by hand, then load it under “Use your own targets”)",
	ReportReadCharted: "Targets read: %s; charted: %s; listed under the charts (targets in words, or of a kind the page cannot chart yet): %s.",
	ReportReadCount:   "Targets read: %s.",
	ReportNumbers:     "Numbers in the words: %s; read as targets: %s; not targets: %s.",
	ReportSeeReading:  "Check the reading clause by clause",
	ReportJump:        "Read a report's targets",
	ReportNone:        "No target was read in this text. Paste the paragraph of main expected targets, in Chinese, with clauses such as “gross regional product grows by about 6%”.",
	ReportNeedYear:    "The text does not give the year: please enter the year of the targets.",
	ReportNotCharted:  "not charted yet",
	ReportTarget:      "target",
	ReportReadFrom:    "How this page's targets were read from the report's words",
	ReportWords:       "target in words",
	ReportLeftOut:     "left out",
	DeskHeading:       "Check and correct the targets read",
	DeskHelp:          "Each target is listed with its words, its numbers marked. If a number, its bound or a name was read wrong, tap “Correct” and change it here, or drop it: corrections travel with this page's link, the embed code and the downloads, marked “corrected by hand”.",
	DeskCorrect:       "Correct",
	DeskApply:         "Apply the correction",
	DeskDrop:          "Drop this target",
	DeskCancel:        "Cancel",
	DeskCorrected:     "corrected by hand",
	DeskNoEnglish:     "no English name in the dictionary: the English page shows the Chinese one; give one under “Correct”",
	DeskName:          "Name (Chinese)",
	DeskNameEN:        "Name (English)",
	DeskMeasure:       "Measure",
	DeskBound:         "Bound",
	DeskValue:         "Figure",
	DeskMin:           "From",
	DeskMax:           "To",
	DeskUnit:          "Unit",
	DeskBadNumber:     "Please enter a number.",
	DeskBadRange:      "The lower end must be below the upper.",
	DeskNoUnit:        "Please enter a unit, such as % or 亿元.",
	DeskDone:          "Corrected: %s",
	BoundAtLeast:      "at least (以上)",
	BoundAtMost:       "at most (以内)",
	BoundAbout:        "about (左右)",
	BoundExact:        "as stated (no 以上, 以内 or 左右)",
	BoundRange:        "a range",
	BoundWords:        "in words (no number)",
	MeasureGrowth:     "growth",
	MeasureLevel:      "level",
	MeasureChange:     "change",
	MeasureReduction:  "cut",
	OwnData:           "Use your own targets",
	OwnDataHelp:       "Choose or drop a JSON file in the same format as this page's data (see data/SCHEMA.md) to chart its targets, or a .txt file of a report's words to read its targets.",
	DataErrors:        "This file cannot be used; the current data stays: ",
	DataTooLarge:      "the file is larger than 1 MB",
	DataNotURL:        "?data= is not a URL",
	DataOtherSite:     "?data= can only load a file on this same site",
	DataFetchFailed:   "the file ?data= names could not be fetched (the server answered %s)",
	DataReadFailed:    "this file could not be read",
	LinkNotice:        "Parts of the link's scenario could not be used and were ignored or adjusted: ",
	LinkTooLong:       "longer than %s characters; ignored",
	LinkTooLongData:   "These targets are too large for a link (over %s characters compressed). Publish the file on this site and link it with ?data=.",
	LinkDataBroken:    "The targets in this link could not be read: the page shows its own targets, without the link's scenario.",
	NoSuchChart:       "These targets have no chart “%s”: this embed or link may have been made for other targets.",
	WholePage:         "See all the charts of these targets",
	EmbedOwnTooLong:   "These targets are too large for an embed snippet to carry. Build and publish a page of your own for this file (see the README, Embed a chart) and embed its charts.",
	LinkVersion:       "not a %s scenario; ignored",
	LinkNoValue:       "no value; ignored",
	LinkUnknown:       "unknown indicator; ignored",
	LinkNotNumber:     "not a number; ignored",
	LinkRange:         "%s is out of the slider's range; set to %s",
	LeftQuote:         "“",
	RightQuote:        "”",

	PointsPct:       "percentage points",
	PointsPerMille:  "‰ points",
	PointPct:        "percentage point",
	PointPerMille:   "‰ point",
	SourceLabel:     "Source",
	CreditLabel:     "Credit",
	TitleLabel:      "Title",
	AssumptionLabel: "Assumption",
	ImageCaption:    "%s · %s targets",
}

// For returns the messages of lang: English for "en", Chinese otherwise.
func For(lang string) *Messages {
	if lang == "en" {
		return &en
	}
	return &zh
}
