package analysis

import (
	"strings"
	"unicode/utf8"
)

// t2sPairs maps traditional Chinese characters to their simplified forms,
// two runes per pair, for the characters the extractors look for (labels,
// family names, address words). Both forms are three bytes in UTF-8, so a
// mapped text keeps every byte offset of the original.
const t2sPairs = "" +
	"丟丢並并亂乱亞亚佈布佔占併并來来係系俠侠倉仓個个們们倫伦偉伟側侧偽伪備备傢家傳传債债傷伤價价儀仪億亿償偿優优兒儿內内兩两冊册則则剛刚創创劃划劇剧劉刘劑剂動动務务" +
	"勝胜勞劳勢势勻匀匯汇區区協协卻却參叁叢丛吳吴呂吕員员問问啓启啟启喚唤喪丧喬乔單单嗎吗噸吨嚮向嚴严囉啰國国圍围園园圓圆圖图團团執执報报場场塊块墊垫壇坛壓压壞坏壺壶" +
	"壽寿夠够夢梦夾夹奪夺婁娄婦妇媽妈孫孙學学實实寧宁審审寫写寵宠寶宝將将專专尋寻對对導导屆届層层屬属島岛嶽岳帳帐幣币幫帮幹干庫库廈厦廠厂廢废廣广廬庐廳厅張张強强彈弹" +
	"彌弥彙汇後后從从復复徵征態态慣惯慮虑慶庆憑凭應应懷怀戰战戶户掛挂換换損损擁拥擇择擋挡擔担據据擺摆攜携攝摄攤摊敗败敘叙數数斷断於于昇升時时晉晋暫暂曬晒書书會会東东" +
	"條条棄弃棟栋棧栈楊杨業业極极樂乐樓楼標标樣样樹树橋桥機机檢检櫃柜權权歐欧歡欢歲岁歷历歸归殺杀殼壳氣气決决沒没況况測测湯汤準准溫温滙汇滬沪滿满漢汉漬渍漲涨潔洁潰溃" +
	"澤泽濟济濤涛濱滨瀋沈灑洒灣湾為为烏乌無无熱热燈灯燒烧燙烫營营爐炉爛烂爭争爺爷爾尔牆墙牘牍牽牵犧牺狀状猶犹獅狮獎奖獨独獲获現现瑣琐瑪玛環环瓊琼瓏珑甕瓮產产畝亩畢毕" +
	"畫画異异當当疊叠瘡疮療疗癢痒發发皺皱盃杯盜盗盡尽監监盤盘盧卢睜睁矚瞩確确碼码礎础礦矿禪禅禮礼禱祷稅税種种稱称穀谷穩稳窩窝窪洼窮穷竄窜竊窃競竞筆笔筍笋箏筝節节範范" +
	"築筑簡简籃篮籌筹籤签糧粮紀纪約约紅红紋纹紐纽純纯紗纱紙纸級级紛纷細细紹绍終终組组結结絕绝絞绞絡络給给統统絲丝綁绑綉绣經经綜综綠绿維维綱纲網网緊紧線线緝缉緞缎緣缘" +
	"編编緬缅緯纬練练緻致縣县縫缝縮缩縱纵總总績绩織织繡绣繩绳繪绘繫系繳缴繹绎續续纏缠纖纤罈坛罰罚罵骂羅罗羨羡義义習习聖圣聞闻聯联聰聪聲声聶聂職职聽听肅肃脅胁脈脉腎肾" +
	"腦脑腳脚膚肤膠胶膩腻膽胆臉脸臘腊臟脏臨临臺台與与興兴舉举舊旧舖铺艙舱艦舰艱艰艷艳芻刍莊庄莖茎莢荚華华萊莱萬万葉叶著着葦苇蒼苍蓋盖蓮莲蔔卜蔣蒋蔥葱蕩荡蕭萧薑姜薦荐" +
	"藉借藍蓝藝艺藥药蘆芦蘇苏蘋苹蘭兰處处虛虚號号蝕蚀蝦虾蟲虫蠅蝇蠶蚕衊蔑術术衛卫衝冲衹只裏里補补裝装裡里製制複复褲裤襖袄襪袜襯衬襲袭見见規规覓觅視视親亲覺觉覽览觀观" +
	"觸触訂订計计訊讯討讨訓训託托記记訛讹訣诀訪访設设許许訴诉診诊証证詐诈評评詞词詠咏詢询試试詩诗話话該该詳详誇夸誌志認认誕诞語语誠诚誤误誨诲說说課课誼谊調调談谈請请" +
	"諒谅論论諧谐諮咨諸诸諾诺謀谋謂谓謊谎謎谜講讲謝谢謹谨證证識识譚谭譜谱譯译議议譴谴護护讀读變变讓让讚赞豎竖豐丰豬猪貍狸貓猫貝贝貞贞負负財财貢贡貧贫貨货販贩貪贪貫贯" +
	"責责貯贮貳贰貴贵貶贬買买貸贷費费貼贴貽贻貿贸賀贺賃赁賄贿資资賈贾賓宾賜赐賞赏賠赔賢贤賣卖賤贱賦赋質质賬账賭赌賴赖賺赚購购賽赛贈赠贊赞贍赡贏赢贖赎贛赣趕赶趙赵趨趋" +
	"跡迹蹤踪躍跃軀躯車车軌轨軍军軒轩軟软軸轴較较載载輔辅輕轻輛辆輝辉輩辈輪轮輯辑輸输轄辖轉转轎轿轟轰辦办辭辞辯辩農农這这連连週周進进遊游運运過过遙遥遜逊遞递遠远適适" +
	"遲迟選选遺遗遼辽還还邊边郟郏郵邮鄉乡鄒邹鄔邬鄧邓鄭郑鄰邻鄲郸鄺邝醜丑醞酝醫医釀酿釋释針针鈔钞鈕钮鈞钧鈣钙鈴铃鉅巨鉤钩銀银銅铜銳锐銷销鋁铝鋒锋鋤锄鋪铺鋰锂鋼钢錄录" +
	"錐锥錘锤錢钱錦锦錯错錶表鍊链鍋锅鍍镀鍛锻鍵键鍾钟鎊镑鎖锁鎢钨鎮镇鏈链鏟铲鏡镜鏢镖鏽锈鐘钟鐮镰鐲镯鐵铁鐺铛鑑鉴鑰钥鑽钻長长門门閃闪閆闫閉闭開开閒闲間间閔闵閣阁閥阀" +
	"閨闺閩闽閱阅閻阎闆板闊阔闕阙闖闯關关闡阐陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶隕陨際际隨随險险隱隐隴陇隸隶隻只雋隽雖虽雙双雛雏雜杂雞鸡離离難难雲云電电霧雾靈灵靜静鞏巩" +
	"韋韦韌韧韓韩韻韵響响頁页頂顶項项順顺須须頌颂預预頒颁頓顿頗颇領领頭头頰颊頸颈頹颓頻频顆颗題题額额顏颜願愿顛颠類类顧顾顯显風风颯飒颱台颳刮飄飘飛飞飢饥飯饭飲饮飼饲" +
	"飽饱飾饰餃饺餅饼養养餘余館馆饒饶馬马馮冯駁驳駐驻駛驶騎骑騙骗騰腾騷骚騾骡驅驱驕骄驗验驚惊驛驿骯肮髒脏體体髮发鬆松鬍胡鬢鬓鬥斗鬧闹鬱郁魚鱼魯鲁鮮鲜鯉鲤鯨鲸鳥鸟鳳凤" +
	"鴨鸭鴻鸿鵝鹅鷹鹰鹽盐麗丽麥麦麩麸麪面麵面麼么黃黄點点黨党黴霉齊齐齋斋齒齿齡龄齣出龍龙龐庞龔龚龕龛"

// t2sTable is t2sPairs as a lookup table; it is built once and only read.
var t2sTable = func() map[rune]rune {
	m := make(map[rune]rune, utf8.RuneCountInString(t2sPairs)/2)
	rs := []rune(t2sPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = rs[i+1]
	}
	return m
}()

// simplifyHan returns s with the traditional characters of t2sPairs
// replaced by simplified ones. The result has the same length and byte
// offsets as s, so a match found in it can be cut from s as written.
func simplifyHan(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x4E00 || r > 0x9FFF {
			return r
		}
		if v, ok := t2sTable[r]; ok {
			return v
		}
		return r
	}, s)
}

// asWritten returns v as it is written in orig, where simp is
// simplifyHan(orig) and v was found in simp.
func asWritten(orig, simp, v string) string {
	if v == "" || len(orig) != len(simp) || orig == simp {
		return v
	}
	if i := strings.Index(simp, v); i >= 0 {
		return orig[i : i+len(v)]
	}
	return v
}
