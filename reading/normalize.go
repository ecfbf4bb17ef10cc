package reading

// Fold maps one rune of a report to the form the reader parses: full-width
// ASCII to ASCII (digits, letters, ％, punctuation), traditional characters
// of target paragraphs to simplified ones, the dashes and tildes of ranges
// to '-'. It is rune for rune, so that a span of the folded text is the
// same span of the text as printed.
func Fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	}
	switch r {
	case '—', '–', '－', '~', '～', '〜', '‒', '―':
		return '-'
	case '，':
		return ','
	case '；':
		return ';'
	case '：':
		return ':'
	case '．':
		return '.'
	case '（':
		return '('
	case '）':
		return ')'
	}
	if s, ok := simplified[r]; ok {
		return s
	}
	return r
}

// simplified are the traditional characters seen in target paragraphs (the
// national, provincial and city reports as Hong Kong, Taiwan and big5 pages
// print them), with their simplified forms.
var simplified = func() map[rune]rune {
	const pairs = "長长總总產产産产値值額额業业內内與与進进費费銷销當当標标穩稳價价擴扩實实經经濟济農农糧粮萬万億亿噸吨資资規规預预計计務务財财區区劃划鎮镇縣县體体數数發发離离單单場场現现衛卫環环節节減减傳传電电車车廣广東东門门開开關关際际國国歲岁線线綜综網网級级統统結结續续約约純纯賣卖買买幣币貿贸稅税員员漲涨調调準准確确維维護护職职僅仅個个點点項项範范圍围轉转權权壓压險险質质據据構构動动廠厂礦矿島岛灣湾鐵铁運运輸输郵邮園园藝艺學学醫医療疗養养條条們们這这種种對对從从時时間间將将還还應应讓让說说為为於于並并樣样優优勢势態态桿杆強强彈弹測测檢检營营歷历雙双織织認认識识極极興兴補补綠绿層层處处備备憂忧雜杂滿满齊齐築筑積积會会屬属鄉乡別别記记繼继給给側侧觀观類类風风籌筹適适納纳頭头礎础設设報报導导專专屆届議议決决選选銀银錢钱廳厅漢汉奮奋勵励貫贯徹彻習习講讲話话戰战緊紧寬宽輕轻邊边遠远連连過过達达遞递陽阳陸陆隊队難难雲云靈灵順顺領领頻频顯显飛飞館馆驗验參参來来傷伤儀仪協协歸归殘残氣气況况滬沪潤润濱滨牽牵獲获畫画異异盡尽監监視视禮礼穀谷窮穷競竞紀纪紅红細细終终組组絡络絲丝編编緩缓練练縮缩績绩繪绘罰罚聯联聲声腦脑臺台舊旧藥药號号蘇苏術术複复覺觉親亲訊讯討讨訓训許许評评試试詳详語语誤误課课論论諾诺謀谋證证讀读變变貧贫責责貨货貸贷賦赋購购贏赢趨趋軍军軟软載载輔辅轄辖週周違违遺遗遷迁釋释針针鋼钢錄录錯错鍵键閉闭閒闲隨随隱隐頁页題题顏颜願愿顧顾飯饭餘余驅驱鮮鲜鳥鸟麼么齡龄碼码礙碍筆笔簡简粵粤緒绪繫系纖纤罷罢羅罗腳脚蔣蒋薦荐蓋盖衝冲裝装襲袭覽览託托訪访詢询該该誌志謝谢豐丰賽赛贊赞躍跃辦办遼辽鄰邻鐘钟閱阅陳陈階阶雖虽頓顿聽听懷怀戶户擇择擔担擁拥攜携擬拟敵敌斷断書书棄弃樂乐樓楼機机歡欢淨净溫温滅灭漸渐潛潜澤泽濕湿無无煉炼煙烟熱热燈灯爭争爾尔獎奖獨独畢毕畝亩盤盘眾众碩硕稱称糾纠紛纷紙纸絕绝綱纲綿绵緣缘縱纵纜缆義义聖圣聞闻臨临舉举艱艰莊庄華华葉叶藍蓝虛虚衆众製制見见觸触訂订訴诉詞词誠诚請请諸诸謹谨譯译貝贝負负貢贡販贩貴贵賀贺賠赔賬账賴赖賺赚贈赠趕赶跡迹踐践較较輪轮辭辞辯辩迴回鄭郑鋪铺鎖锁鏈链閃闪問问閩闽闊阔陣阵陰阴雞鸡靜静響响頂顶須须頒颁顆颗飽饱駐驻鬧闹魚鱼鹽盐麗丽黨党龐庞韌韧韋韦慶庆憑凭懇恳戲戏擊击攤摊攬揽殺杀沒没濃浓劇剧劉刘創创勞劳勝胜勸劝匯汇啟启喚唤嚴严團团圖图圓圆執执塊块壞坏壯壮壽寿夠够夢梦奪夺寧宁審审寫写尋寻嶺岭幫帮廢废徑径復复徵征恆恒惡恶愛爱慣惯憶忆懸悬後后裡里隻只諧谐"
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()
