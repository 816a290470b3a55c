#!/usr/bin/env python3
"""Generate the fourth-round Chinese evaluation messages (e4z-NN.eml) and
labels.json: mainland consumer mail (QQ GB18030, 163/126 GBK, Foxmail
GB2312, Sina, Sohu, 139, iPhone Mail), Hong Kong / Taiwan / Macau mail
(Big5, UTF-8), live-stream and marketplace purchases, Yiwu market stalls,
express problems, prepaid cards, fill-in replies, staff mail, Chinese
auto-replies, bounces and spam. Labels follow the shared README; run from
anywhere: python3 gen.py. All people, shops and numbers are invented.
"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


def sina(name, disp, addr, subject, text, date, msgid, **lab):
    """Sina webmail: GBK base64 text+HTML, subject in GBK B-words."""
    hdr = ["Return-Path: <%s>" % addr, received("mail7-211.sinamail.sina.com.cn", "203.0.113.211", date),
           "Date: " + date, "From: \"%s\" <%s>" % (ew(disp, "GBK"), addr), "To: \"tousu\" <%s>" % STATION,
           "Subject: " + ew(subject, "GBK"), "Message-ID: <%s>" % msgid, "X-Priority: 3", "X-MessageID: %s" % msgid[:16],
           "X-Originating-IP: 198.51.100.77", "X-Mailer: Sina WebMail 4.0"]
    ct, body = alt(text, "GBK", "base64", "=-sinamail_alt_%s" % msgid[:16])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def sohu(name, disp, addr, subject, text, date, msgid, **lab):
    """Sohu mail: UTF-8 base64, HTML only."""
    hdr = ["Return-Path: <%s>" % addr, received("smtp2201-237.mail.sohu.com", "203.0.113.37", date),
           "From: %s <%s>" % (ew(disp, "UTF-8"), addr), "To: %s" % STATION, "Subject: " + ew(subject, "UTF-8"),
           "Date: " + date, "Message-ID: <%s>" % msgid, "X-Mailer: Sohu Web Mail", "X-SHCD: 2026_ad01"]
    ct, body = single("<html><body>" + to_html(text) + "</body></html>", "UTF-8", "base64", "text/html")
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def m139(name, disp, addr, subject, text, date, msgid, **lab):
    """139 mail (China Mobile): UTF-8 base64 text+HTML; the From address is
    the phone number."""
    hdr = ["Return-Path: <%s>" % addr, received("n8-121.mail.139.com", "203.0.113.121", date),
           "Date: " + date, "From: \"%s\" <%s>" % (ew(disp, "utf-8"), addr), "To: \"%s\" <%s>" % (STATION, STATION),
           "Message-ID: <%s>" % msgid, "Subject: " + ew(subject, "utf-8"), "X-Priority: 3",
           "X-RM-TRANSID: 2ee567e1%s" % msgid[:8], "X-Mailer: Richmail_Webapp(V2.3.4)"]
    ct, body = alt(text, "utf-8", "base64", "----=_Part_2213_%s" % msgid[:10])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def iphone(name, disp, addr, subject, text, date, msgid, **lab):
    """iPhone Mail: a single UTF-8 quoted-printable text/plain part, the
    subject in UTF-8 B-words, 发自我的iPhone."""
    hdr = ["Return-Path: <%s>" % addr, received("smtpbgau1.qq.com", "203.0.113.91", date),
           "Content-Transfer-Encoding: quoted-printable",
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "Mime-Version: 1.0 (1.0)", "Date: " + date, "Subject: " + ew(subject, "utf-8"),
           "Message-Id: <%s>" % msgid, "To: " + STATION, "X-Mailer: iPhone Mail (21E236)"]
    body = enc_body(text, "utf-8", "quoted-printable")
    msg = "\r\n".join(hdr) + "\r\nContent-Type: text/plain;\r\n\tcharset=utf-8\r\n\r\n" + body
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("latin-1"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def qq_noheaders(name, nick, addr, subject, text, date, msgid, cs="gb18030", **lab):
    """QQ Mail plain text part only (mobile QQ Mail / WeChat share)."""
    hdr = ["Return-Path: <%s>" % addr, received("smtpbg150.qq.com", "203.0.113.150", date),
           'From: "%s" <%s>' % (ew(nick, cs), addr), "To: \"tousu\" <%s>" % STATION,
           "Subject: " + ew(subject, cs), "Date: " + date, "Message-ID: <%s>" % msgid, "X-QQ-MIME: TCMime 1.0 by Tencent",
           "X-Mailer: QQMail 2.x"]
    ct, body = single(text, cs, "base64")
    write(name, hdr, ct, body)
    label(name, subject, (nick, addr), msgid=msgid, **lab)


def spam_html(name, disp, addr, subject, htmltext, date, msgid, cs="utf-8", bulk=True, **lab):
    """Bulk advertising, HTML only in base64 (as eval3)."""
    dom = addr.split("@")[1]
    hdr = ["Return-Path: <bounce-%s@%s>" % (msgid[:10], dom), received("edm89." + dom, "203.0.113.250", date),
           'From: "%s" <%s>' % (disp if disp.isascii() else ew(disp, cs), addr), "To: " + STATION,
           "Subject: " + (subject if subject.isascii() else ew(subject, cs)), "Date: " + date,
           "Message-ID: <%s>" % msgid, "X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-Priority: 3"]
    if bulk:
        hdr += ["List-Unsubscribe: <https://www.%s/unsub>" % dom, "Precedence: bulk"]
    ct, body = single(htmltext, cs, "base64", "text/html")
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), kind="spam", msgid=msgid, **lab)


STAFF_QUOTE_QQ = ("\n\n------------------ 原始邮件 ------------------\n"
                  "发件人: \"义乌市电子商务协会维权服务站\"<tousu@yweca.org.example>;\n"
                  "发送时间: %s\n"
                  "收件人: \"%s\"<%s>;\n\n"
                  "主题: %s\n\n\n\n%s")

TEMPLATE = ("您好，您的投诉已收到，编号%s。请补充以下信息后直接回复本邮件：\n"
            "姓名 / Name:\n电话 / Phone:\n商家 / Merchant:\n店铺链接或商家电话 / Shop link or merchant phone:\n\n"
            "义乌市电子商务协会消费者维权服务站\n电话：0579-85550188\n")

# ---------------------------------------------------------------------------
# Complaints

qq("e4z-01.eml", "刘婷婷", "liutingting_0815@qq.com", "投诉抖音直播间卖的羽绒服是假货",
   "你好！\n"
   "我在抖音“暖冬服饰工厂店”直播间买了一件羽绒服，主播说是90白鸭绒，收到后拆开看全是飞丝和碎毛。\n"
   "找商家退货，客服一直不回。\n"
   "商家全称：义乌市暖冬服饰有限公司\n"
   "店铺地址：义乌国际商贸城五区3街52108号\n"
   "订单编号：6934018275516203847\n"
   "实付款：￥459.00\n"
   "\n"
   "联系方式：１３９ ５７９２ ８８６１\n"
   "刘婷婷\n",
   "Mon, 06 Apr 2026 09:12:33 +0800", "tencent_0A1B2C3D4E5F60718293A4B5C6D7E8F901234567@qq.com",
   kind="complaint", language="zh",
   comp={"name": "刘婷婷", "phones": ["+8613957928861"]},
   resp={"name": "义乌市暖冬服饰有限公司", "address": "义乌国际商贸城五区3街52108号"},
   order={"number": "6934018275516203847", "amount": "459.00", "currency": "CNY"},
   must=["全是飞丝和碎毛", "客服一直不回"],
   notes="抖音 live-stream shop; 商家全称 gives the merchant's full name over the quoted shop; full-width digits with spaces; market stall address under 店铺地址")

netease("e4z-02.eml", "黄志强", "huangzq_1988@163.com", "快手直播间买的手机壳一直不发货",
   "您好，\n"
   "我叫黄志强。3月28日在快手直播间“小米粒数码配件”拍了50个手机壳，准备给店里进货，一千二百块已经付了。\n"
   "商家发了一个快递单号：78329104857362，可是查了一个星期都没有物流信息。\n"
   "\n"
   "手机：138.5793.2207\n"
   "收件人：黄志强\n"
   "收货地址：浙江省金华市婺城区八一北街288号\n"
   "麻烦帮忙处理一下，谢谢。\n",
   "Tue, 07 Apr 2026 20:41:09 +0800", "3c5e7a91.4b2d.18e0f2a3c5d.Coremail.huangzq_1988@163.com",
   kind="complaint", language="zh",
   comp={"name": "黄志强", "phones": ["+8613857932207"], "address": "浙江省金华市婺城区八一北街288号"},
   resp={"name": "小米粒数码配件"},
   order={"amount": "1200.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["一千二百块已经付了", "没有物流信息"],
   notes="163 GBK; 快手 shop in quotes; 一千二百块 is the amount; 快递单号 is no phone and no order number; mobile with dots")

foxmail("e4z-03.eml", "陈晓红", "chenxh_yw@foxmail.com", "投诉拼多多店铺卖过期奶粉",
   "您好：\n"
   "本人电话：15967823190，姓名陈晓红。\n"
   "被投诉方：拼多多“宝贝乐母婴专营店”\n"
   "商家客服：0579-85412276\n"
   "订单号：260401-339182746501928\n"
   "支付金额：268.00元\n"
   "问题：收到的两罐奶粉生产日期是2024年，已经过了保质期，孩子喝了以后拉肚子。\n"
   "要求：退一赔十。\n",
   "Wed, 08 Apr 2026 11:03:47 +0800", "202604081103475139281@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "陈晓红", "phones": ["+8615967823190"]},
   resp={"name": "宝贝乐母婴专营店", "phones": ["+8657985412276"]},
   order={"number": "260401-339182746501928", "amount": "268.00", "currency": "CNY"},
   must=["已经过了保质期", "退一赔十"],
   notes="Foxmail GB2312; 本人电话 and 姓名 on one line; 被投诉方 with platform prefix and quotes; 商家客服 landline; food safety")

sina("e4z-04.eml", "周建平", "zhoujp1975@sina.com", "义乌购上的店铺收钱不发货",
   "你好，\n"
   "我在义乌购上找了一家做五金工具的店，店名叫“永泰五金批发部”，谈好了价格以后转了货款，共计￥5,600.00，到现在20天了还没有发货。\n"
   "店铺链接：https://www.yiwugo.com/shop/yongtai-wujin\n"
   "商家电话：0579-85361234-转805\n"
   "我的手机号是 13605791248\n"
   "周建平\n",
   "Thu, 09 Apr 2026 15:27:12 +0800", "20260409072712.9A1C3E5B7D@sina.com",
   kind="complaint", language="zh",
   comp={"name": "周建平", "phones": ["+8613605791248"]},
   resp={"name": "永泰五金批发部", "urls": ["https://www.yiwugo.com/shop/yongtai-wujin"], "phones": ["+8657985361234"]},
   order={"amount": "5600.00", "currency": "CNY"},
   must=["还没有发货"],
   notes="Sina GBK; 义乌购 shop named by 店名叫; landline with -转 extension dropped; 我的手机号是 with a space; 共计￥ with separator")

sohu("e4z-05.eml", "吴磊", "wulei_2010@sohu.com", "闲鱼买的二手相机有严重问题",
   "您好，\n"
   "我在闲鱼上从一个卖家那里买了一台二手相机，卖家说九成新没拆修，花了两千三百块钱。\n"
   "到手发现镜头有霉斑，快门也不灵，卖家把我拉黑了。\n"
   "我是吴磊，电话 186 5792 0043，微信同号。\n",
   "Fri, 10 Apr 2026 21:15:40 +0800", "1712754940.58231.sohu@sohu.com",
   kind="complaint", language="zh",
   comp={"name": "吴磊", "phones": ["+8618657920043"]},
   order={"amount": "2300.00", "currency": "CNY"},
   missing=["respondent_name", "respondent_contact"],
   must=["镜头有霉斑", "把我拉黑了"],
   notes="Sohu UTF-8 HTML only; 闲鱼 seller not named; 花了两千三百块钱; 微信同号 adds no phone")

m139("e4z-06.eml", "13758921406", "13758921406@139.com", "健身房办的会员卡跑路了",
   "您好！\n"
   "去年12月我在义乌“力美健身工作室”办了一张年卡会员卡，共计￥3,980，才用了三个月，门店就关门了，老板电话也打不通。\n"
   "投诉对象：力美健身工作室\n"
   "地址：义乌市稠城街道工人北路1088号3楼\n"
   "老板电话：13819945521\n"
   "联系人：孙丽\n"
   "电话：13758921406\n",
   "Sat, 11 Apr 2026 08:50:22 +0800", "2ee567e1b3c40a1f2d3-1a2b3c@139.com",
   kind="complaint", language="zh",
   comp={"name": "孙丽", "phones": ["+8613758921406"]},
   resp={"name": "力美健身工作室", "phones": ["+8613819945521"], "address": "义乌市稠城街道工人北路1088号3楼"},
   order={"amount": "3980.00", "currency": "CNY"},
   must=["门店就关门了"],
   notes="139 mail UTF-8 base64, From is a phone number (stated again in the text so it counts); prepaid 会员卡; 投诉对象; 老板电话 is the merchant's")

iphone("e4z-07.eml", "郑凯", "zhengkai_91@icloud.com", "培训机构不退学费",
   "你好，我给孩子报了“启航英语培训中心”的暑假班，两百多元的资料费交了之后说不能退，课也一直没开。\n"
   "培训中心在义乌市江东街道青口路56号。\n"
   "我叫郑凯，手机15088621974\n"
   "\n"
   "发自我的iPhone\n",
   "Sun, 12 Apr 2026 19:02:11 +0800", "6C2F1A8B-3D4E-4F5A-9B0C-1D2E3F4A5B6C@icloud.com",
   kind="complaint", language="zh",
   comp={"name": "郑凯", "phones": ["+8615088621974"]},
   resp={"name": "启航英语培训中心", "address": "义乌市江东街道青口路56号"},
   must=["课也一直没开"],
   notes="iPhone Mail UTF-8 QP; 两百多元 is no definite sum, so no amount; merchant address in a sentence (在…)")

qq_noheaders("e4z-08.eml", "小王同学", "2846619037@qq.com", "拼多多买的坚果吃出虫子",
   "我是王某某，在拼多多买的坚果礼盒里吃出了虫子，商家只肯退5块钱。\n"
   "电话13567920184\n",
   "Mon, 13 Apr 2026 12:30:05 +0800", "tencent_9F8E7D6C5B4A39281706F5E4D3C2B1A0F9E8D7C6@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8613567920184"]},
   missing=["complainant_name", "respondent_name", "respondent_contact"],
   must=["吃出了虫子"],
   notes="WeChat-style short QQ mail, text/plain only; 王某某 is not a real name and the nickname is none; 退5块钱 is not the order amount")

big5("e4z-09.eml", "張嘉欣", "kayan.cheung@netvigator.example", "淘寶店鋪寄來的電飯煲漏電",
   "你好：\n"
   "本人張嘉欣，香港居民。上月在淘寶「美廚電器專賣店」買了一個電飯煲，付款HK$680，插電後外殼會漏電，非常危險。\n"
   "賣家要求我自付運費寄回內地檢測。\n"
   "店鋪網址：https://meichu-dianqi.taobao.com\n"
   "聯絡電話：+852 6123 4587\n"
   "謝謝！\n",
   "Tue, 14 Apr 2026 10:22:18 +0800", "000b01dcc2a1$5e6f7a8b$9c0d1e2f$@netvigator.example",
   kind="complaint", language="zh",
   comp={"name": "張嘉欣", "phones": ["+85261234587"]},
   resp={"name": "美廚電器專賣店", "urls": ["https://meichu-dianqi.taobao.com"]},
   order={"amount": "680.00", "currency": "HKD"},
   must=["外殼會漏電", "自付運費"],
   notes="Big5 from Hong Kong; 「」 shop; HK$ amount; +852 mobile under 聯絡電話")

gmail("e4z-10.eml", "黃美玲", "meiling.huang.tw@gmail.com", "天貓旗艦店寄錯商品不處理", subj_enc=True,
   text="您好，\n"
   "我是住在台中的黃美玲。4月2日在天貓「森活家居旗艦店」訂購了一組實木書櫃，實付款：人民幣1,150元，結果寄來的是不同型號的組合櫃。\n"
   "訂單編號：4418276503918274651\n"
   "賣家客服：0579-85279930\n"
   "我的手機：0933-216-458\n"
   "\n"
   "黃美玲 敬上\n",
   date="Wed, 15 Apr 2026 14:45:02 +0800", msgid="CAJm7xQ4+Tz2Lp9Wr5Yb1Ne8Kc@mail.gmail.com",
   kind="complaint", language="zh",
   comp={"name": "黃美玲", "phones": ["+886933216458"]},
   resp={"name": "森活家居旗艦店", "phones": ["+8657985279930"]},
   order={"number": "4418276503918274651", "amount": "1150.00", "currency": "CNY"},
   must=["不同型號的組合櫃"],
   notes="Gmail UTF-8 Traditional Chinese from Taiwan; Taiwan mobile 09xx becomes +886; 賣家客服 is the merchant's; 人民幣 with a separator")

outlook("e4z-11.eml", "Lei Ka Man", "leikaman@macau.example", "京東購買的冷氣機安裝後不製冷",
   "你好，\n"
   "我係李嘉雯，住澳門。喺京東「凌風空調自營旗艦店」買咗一部冷氣機，裝好之後完全唔凍，安裝師傅話係機器問題，但賣家唔肯換貨。\n"
   "訂單號：289174650392\n"
   "金額：人民幣3,299元\n"
   "電話：+853 6652 1938\n"
   "唔該晒！\n",
   "Thu, 16 Apr 2026 16:08:55 +0800", "MW4PR04MB7421A1B2C3D4E5F6A7B8C9D0E1F2@MW4PR04MB7421.namprd04.prod.outlook.com",
   kind="complaint", language="zh",
   comp={"name": "李嘉雯", "phones": ["+85366521938"]},
   resp={"name": "凌風空調自營旗艦店"},
   order={"number": "289174650392", "amount": "3299.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["完全唔凍"],
   notes="Outlook UTF-8 QP, Cantonese Traditional from Macau; the text name wins over the romanised From name; +853 mobile")

netease("e4z-12.eml", "方丽", "fangli_0303@126.com", "国际商贸城买的茶叶有农残超标",
   "您好，\n"
   "我叫方丽，4月10日在义乌国际商贸城二区的一家茶叶店买了5斤明前龙井，花了1680元。\n"
   "拿去检测机构检测，农药残留超标三倍。\n"
   "店名：鑫茗茶行\n"
   "摊位：国际商贸城二区18街21567号\n"
   "老板手机：13906792835\n"
   "我的电话：0579-85123377\n",
   "Fri, 17 Apr 2026 09:33:27 +0800", "5d7f9b13.6c4e.18e3a1b2c3d.Coremail.fangli_0303@126.com",
   kind="complaint", language="zh",
   comp={"name": "方丽", "phones": ["+8657985123377"]},
   resp={"name": "鑫茗茶行", "phones": ["+8613906792835"], "address": "国际商贸城二区18街21567号"},
   order={"amount": "1680.00", "currency": "CNY"},
   must=["农药残留超标三倍"],
   notes="126 GBK; offline market stall: 摊位 gives the stall address; 老板手机 is the merchant's; complainant landline")

qq("e4z-13.eml", "韩冬", "handong_sy@qq.com", "投诉中通快递丢件",
   "你好：\n"
   "我在1688上向“义乌市宏达包装材料厂”订的一批纸箱，商家3月30日发的中通快递，快递单号 73519028461735，到现在显示在义乌转运中心，快递公司说件丢了但不赔。\n"
   "货款共计￥2,460.00\n"
   "厂家电话：+86 (0)579 8522 6610\n"
   "电话/微信：18205793364\n"
   "韩冬\n",
   "Sat, 18 Apr 2026 10:11:12 +0800", "tencent_1B2C3D4E5F6071829304A5B6C7D8E9F0A1B2C3D4@qq.com",
   kind="complaint", language="zh",
   comp={"name": "韩冬", "phones": ["+8618205793364"]},
   resp={"name": "义乌市宏达包装材料厂", "phones": ["+8657985226610"]},
   order={"amount": "2460.00", "currency": "CNY"},
   must=["件丢了但不赔"],
   notes="QQ GB18030; 快递单号 with a space is no phone; +86 (0)579 landline; 电话/微信 label")

foxmail("e4z-14.eml", "王先生", "wang_xs2026@foxmail.com", "天猫买的电动车电池鼓包",
   "你好，\n"
   "我是王先生，在天猫“驰风电动车旗舰店”买的电动车，用了两个月电池鼓包了，商家说不在保修范围。\n"
   "订单金额：2,899元\n"
   "店铺：https://chifeng-ddc.tmall.com\n"
   "本人电话：+86 139-5791-6027\n",
   "Sun, 19 Apr 2026 17:55:03 +0800", "202604191755038813402@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "王先生", "phones": ["+8613957916027"]},
   resp={"name": "驰风电动车旗舰店", "urls": ["https://chifeng-ddc.tmall.com"]},
   order={"amount": "2899.00", "currency": "CNY"},
   must=["电池鼓包了"],
   notes="Foxmail GB2312; only 王先生 is given: the honorific form is the name the writer gives; +86 with hyphens")

qq("e4z-15.eml", "张敏", "zhangmin_yw@qq.com", "转发：京东订单退款问题",
   "请帮忙看一下这个商家的回复，我觉得不合理。\n\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"佳美家电售后\"<jiamei_shouhou@jiamei-dq.example>;\n"
   "发送时间: 2026年4月18日(星期六) 下午3:20\n"
   "收件人: \"张敏\"<zhangmin_yw@qq.com>;\n\n"
   "主题: 京东订单退款问题\n\n\n\n"
   "张女士您好：\n"
   "您在本店（佳美家电京东自营专区）购买的空气炸锅，订单号293847561029，金额499元，因已拆封不能退款，只能换货。\n"
   "佳美家电售后 电话：400-826-3355\n",
   "Mon, 20 Apr 2026 08:20:31 +0800", "tencent_2C3D4E5F60718293A4B5C6D7E8F9012345678ABC@qq.com",
   kind="complaint", language="zh",
   comp={"name": "张敏"},
   resp={"name": "佳美家电京东自营专区", "phones": ["+864008263355"]},
   order={"number": "293847561029", "amount": "499.00", "currency": "CNY"},
   missing=["complainant_phone"],
   must=["我觉得不合理", "因已拆封不能退款"],
   notes="QQ 转发： of the merchant's answer: the forwarded part counts; 张女士 in the forwarded text gives way to the From name")

# ---------------------------------------------------------------------------
# Replies

qq("e4z-16.eml", "海阔天空", "1290387456@qq.com", "回复：[YW-2026-00412] 请补充投诉信息",
   "姓名 / Name:\n"
   "马晓东\n"
   "电话 / Phone:\n"
   "177 5792 6630\n"
   "商家 / Merchant:\n"
   "优选百货\n"
   "店铺链接或商家电话 / Shop link or merchant phone:\n"
   "https://mobile.yangkeduo.com/mall_page.html?mall_id=77120394\n" + STAFF_QUOTE_QQ % (
       "2026年4月20日(星期一) 上午10:05", "海阔天空", "1290387456@qq.com", "[YW-2026-00412] 请补充投诉信息",
       TEMPLATE % "YW-2026-00412"),
   "Mon, 20 Apr 2026 13:40:11 +0800", "tencent_3D4E5F60718293A4B5C6D7E8F9012345678ABCD@qq.com",
   kind="reply", case_ref="YW-2026-00412", language="zh",
   comp={"name": "马晓东", "phones": ["+8617757926630"]},
   resp={"name": "优选百货", "urls": ["https://mobile.yangkeduo.com/mall_page.html?mall_id=77120394"]},
   must=["马晓东"], mustnot=["请补充以下信息"],
   notes="QQ fill-in reply: every value on the line below its bilingual label; station phone only in the quote")

netease("e4z-17.eml", "杨帆", "yangfan_kk@163.com", "Re:[YW-2026-00415] 请补充投诉信息",
   "姓名 / Name: 杨帆\n"
   "电话 / Phone: 13665790218\n"
   "商家 / Merchant:\n"
   "店铺链接或商家电话 / Shop link or merchant phone:\n"
   "\n"
   "商家名字我不记得了，是在直播间买的。\n"
   "\n"
   "在 2026-04-20 10:12:40，\"义乌市电子商务协会维权服务站\" <tousu@yweca.org.example> 写道：\n"
   ">" + "\n>".join((TEMPLATE % "YW-2026-00415").split("\n")) + "\n"
   ">您投诉的商家“乐享生活馆”电话：0579-85662091\n",
   "Mon, 20 Apr 2026 18:03:55 +0800", "6e8a0c24.7d5f.18e4b2c3d4e.Coremail.yangfan_kk@163.com",
   kind="reply", case_ref="YW-2026-00415", language="zh",
   comp={"name": "杨帆", "phones": ["+8613665790218"]},
   must=["商家名字我不记得了"], mustnot=["请补充以下信息", "乐享生活馆"],
   notes="163 fill-in reply with empty merchant fields (partial fill); 163 写道： quote with the merchant's details must not be extracted")

qq("e4z-18.eml", "梁静", "liangjing_88@qq.com", "回复：[YW-2026-00420] 请补充您的联系电话",
   "您好，我的电话是 +86 (0) 135 7920 4418，工作日白天都能接。\n" + STAFF_QUOTE_QQ % (
       "2026年4月21日(星期二) 上午9:00", "梁静", "liangjing_88@qq.com", "[YW-2026-00420] 请补充您的联系电话",
       "梁女士您好：\n您投诉的“美颜化妆品专营店”（商家电话13857926611，地址义乌市北苑街道春华路118号）一案已登记，请补充您的联系电话。\n"),
   "Tue, 21 Apr 2026 11:22:33 +0800", "tencent_4E5F60718293A4B5C6D7E8F9012345678ABCDE0@qq.com",
   kind="reply", case_ref="YW-2026-00420", language="zh",
   comp={"name": "梁静", "phones": ["+8613579204418"]},
   must=["工作日白天都能接"], mustnot=["美颜化妆品专营店", "13857926611"],
   notes="QQ reply: +86 (0) before a mobile; merchant name, phone and address only in the 原始邮件 quote")

foxmail("e4z-19.eml", "徐丽华", "xulihua@yweca.org.example", "答复：[YW-2026-00398] 关于直播间退款的处理结果",
   "刘女士：\n\n"
   "您好！经我站协调，“暖冬服饰工厂店”同意全额退款459元，请您留意抖音账户的退款通知。\n"
   "商家联系人：赵经理 13957926688\n\n"
   "徐丽华\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "地址：义乌市福田街道国际商贸城一区东门服务中心2楼\n"
   "电话：0579-85550188\n",
   "Wed, 22 Apr 2026 15:00:00 +0800", "202604221500001234567@yweca.org.example",
   kind="reply", case_ref="YW-2026-00398", language="zh",
   must=["同意全额退款459元"],
   notes="Staff reply from Foxmail: no party data at all, although it names the merchant, a phone and an address")

# ---------------------------------------------------------------------------
# Auto-replies

qq_noheaders("e4z-20.eml", "陈", "chen_hz1990@qq.com", "自动回复: [YW-2026-00401] 请补充订单号",
   "这是来自QQ邮箱的假期自动回复邮件。\n\n"
   "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。\n",
   "Thu, 23 Apr 2026 09:00:12 +0800", "tencent_5F60718293A4B5C6D7E8F9012345678ABCDEF01@qq.com",
   kind="auto_reply", case_ref="YW-2026-00401", language="zh",
   must=["假期自动回复"],
   notes="QQ holiday auto-reply, no Auto-Submitted header; case reference in the subject")

raw("e4z-21.eml",
    ["Return-Path: <liqiang_yw@163.com>", received("m16-41.163.com", "203.0.113.41", "Thu, 23 Apr 2026 10:15:00 +0800"),
     "Date: Thu, 23 Apr 2026 10:15:00 +0800 (CST)", "From: %s <liqiang_yw@163.com>" % ew("李强", "GBK"),
     "To: tousu@yweca.org.example", "Message-ID: <7f9b1d35.8e6a.18e5c3d4e5f.Coremail.liqiang_yw@163.com>",
     "Subject: " + ew("Re:[YW-2026-00405] 请补充商家信息", "GBK")],
    "Content-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n",
    enc_body("您好，您的邮件已收到，我会尽快回复。\n（此邮件为自动回复）\n", "GBK", "base64"),
    "Re:[YW-2026-00405] 请补充商家信息", ("李强", "liqiang_yw@163.com"), "auto_reply",
    "7f9b1d35.8e6a.18e5c3d4e5f.Coremail.liqiang_yw@163.com", "zh", case_ref="YW-2026-00405",
    must=["您的邮件已收到"],
    notes="163 auto-reply without headers and without 自动回复 in the subject: recognisable only by its wording")

raw("e4z-22.eml",
    ["Return-Path: <sales@huaxin-trade.example>", received("mail.huaxin-trade.example", "203.0.113.66", "Fri, 24 Apr 2026 08:01:00 +0800"),
     "Date: Fri, 24 Apr 2026 08:01:00 +0800", "From: %s <sales@huaxin-trade.example>" % ew("华鑫贸易", "gb2312"),
     "To: tousu@yweca.org.example", "Message-ID: <AR.20260424080100.7731@huaxin-trade.example>",
     "Subject: " + ew("自动回复：投诉咨询", "gb2312"), "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    "Content-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n",
    enc_body("您好！邮件已收到，会尽快回复。\n如有急事请致电 0579-85331122 或手机 13600791234。\n华鑫贸易 业务部\n", "gb2312", "base64"),
    "自动回复：投诉咨询", ("华鑫贸易", "sales@huaxin-trade.example"), "auto_reply",
    "AR.20260424080100.7731@huaxin-trade.example", "zh",
    must=["邮件已收到"],
    notes="Company auto-reply with Auto-Submitted; its phones belong to nobody")

qq_noheaders("e4z-33.eml", "周红", "zhouhong_77@qq.com", "Re: [YW-2026-00418] 投诉处理进展",
   "您好，我最近正在休假中，无法及时回复邮件，回来后会第一时间处理，谢谢！\n",
   "Fri, 24 Apr 2026 07:12:40 +0800", "tencent_6A718293A4B5C6D7E8F9012345678ABCDEF0123@qq.com",
   kind="auto_reply", case_ref="YW-2026-00418", language="zh",
   must=["正在休假中"],
   notes="Holiday notice without headers and without 自动回复 in the subject; only the wording (我…正在休假中) tells it apart")

# ---------------------------------------------------------------------------
# Bounces

d23 = "Fri, 24 Apr 2026 11:30:05 +0800"
html23 = ("<html><body><div>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</div>"
          "<div>被退回的邮件：[YW-2026-00409] 请补充您的联系电话</div><div>时　　间：2026年4月24日 11:29</div>"
          "<div>收件人：xiaoyu_2001@qq.com</div><div>退信原因：收件人邮箱空间已满。</div></body></html>")
ct23, body23 = single(html23, "gb18030", "base64", "text/html")
raw("e4z-23.eml",
    ["Return-Path: <>", received("newxmmxszc6-1.qq.com", "203.0.113.6", d23),
     "From: \"%s\" <PostMaster@qq.com>" % ew("系统退信", "gb18030"), "To: " + STATION,
     "Subject: " + ew("来自QQ邮箱的退信", "gb18030"), "Date: " + d23, "Message-ID: <bounce.20260424113005.66120@qq.com>"],
    ct23, body23, "来自QQ邮箱的退信", ("系统退信", "postmaster@qq.com"), "bounce",
    "bounce.20260424113005.66120@qq.com", "zh", case_ref="YW-2026-00409",
    must=["邮箱空间已满"], notes="QQ 退信 in HTML, case reference only in the bounced subject line")

d24 = "Sat, 25 Apr 2026 09:12:44 +0800"
b24 = "----=_Part_Bounce_88412_163"
orig24 = ("Message-ID: <20260425091200.A1B2C3@yweca.org.example>\r\nFrom: tousu@yweca.org.example\r\n"
          "To: wangjun_1981@163.com\r\nSubject: [YW-2026-00411] =?UTF-8?B?6K+36KGl5YWF6K6i5Y2V5Y+3?=\r\n"
          "Date: Sat, 25 Apr 2026 09:12:00 +0800\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
          "王先生您好，请补充订单号。商家电话0579-85112233。\r\n")
txt24 = ("系统退信\n\n您发送到 wangjun_1981@163.com 的邮件没有投递成功。\n"
         "退信原因：收件人账号不存在或已被冻结 (550 User not found: wangjun_1981@163.com)\n"
         "建议解决方案：请核实收件人地址后重新发送。\n")
h24, p24 = part("text/plain", "GBK", "base64", txt24)
body24 = ("--%s\r\n%s%s\r\n--%s\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n%s\r\n--%s--\r\n"
          % (b24, h24, p24, b24, orig24, b24))
raw("e4z-24.eml",
    ["Return-Path: <>", received("m12-88.163.com", "203.0.113.88", d24),
     "From: %s <postmaster@163.com>" % ew("网易邮件中心", "GBK"), "To: " + STATION,
     "Subject: " + ew("系统退信", "GBK"), "Date: " + d24, "Message-ID: <bounce-88412.1745543564@163.com>"],
    "Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"\r\n" % b24, body24,
    "系统退信", ("网易邮件中心", "postmaster@163.com"), "bounce", "bounce-88412.1745543564@163.com", "zh",
    case_ref="YW-2026-00411", must=["没有投递成功"],
    notes="163 系统退信 with the returned message attached as message/rfc822 (no file name, no attachment); its merchant phone is nobody's")

d25 = "Sun, 26 Apr 2026 14:05:10 +0000"
b25 = "_002_DM6PR11MB42920C1A_"
ntxt25 = ("无法将邮件传递给以下收件人或组:\n\nzhaoyun@xinghe-trade.example\n"
          "找不到你尝试访问的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。\n\n"
          "发送此邮件的服务器的诊断信息:\n\n远程服务器返回 '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
h25, p25 = part("text/plain", "utf-8", "base64", ntxt25)
body25 = ("--%s\r\n%s%s\r\n--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns;DM6PR11MB4292.namprd11.prod.outlook.com\r\n\r\n"
          "Final-recipient: RFC822; zhaoyun@xinghe-trade.example\r\nAction: failed\r\nStatus: 5.1.10\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: zhaoyun@xinghe-trade.example\r\n"
          "Subject: =?UTF-8?B?5Zue5aSN77yaW1lXLTIwMjYtMDA0MTNdIOaKleivieWkhOeQhui/m+WxlQ==?=\r\n"
          "Message-ID: <20260426140400.B2C3D4@yweca.org.example>\r\n\r\n--%s--\r\n" % (b25, h25, p25, b25, b25, b25))
subj25 = "无法投递: 回复：[YW-2026-00413] 投诉处理进展"
raw("e4z-25.eml",
    [received("DM6PR11MB4292.namprd11.prod.outlook.com", "203.0.113.29", d25),
     "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@xinghe-trade.example>",
     "To: <tousu@yweca.org.example>", "Subject: " + ew(subj25, "utf-8"), "Date: " + d25,
     "Message-ID: <c4b1a2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d@DM6PR11MB4292.namprd11.prod.outlook.com>",
     "Auto-Submitted: auto-replied", "Content-Language: zh-CN"],
    "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b25, body25,
    subj25, ("Microsoft Outlook", "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@xinghe-trade.example"), "bounce",
    "c4b1a2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d@DM6PR11MB4292.namprd11.prod.outlook.com", "zh",
    case_ref="YW-2026-00413", must=["无法将邮件传递给以下收件人"],
    notes="Exchange NDR in Chinese (无法投递:), multipart/report; reference in the subject")

d26 = "Mon, 27 Apr 2026 07:40:00 +0800"
txt26 = ("这是来自新浪邮箱的退信通知。\n\n很抱歉，您的邮件无法发送到以下地址：\n  lihong_66@sina.com\n"
         "原因：该邮箱不存在。\n\n----- 原邮件头 -----\nSubject: [YW-2026-00416] 请补充商家名称\nFrom: tousu@yweca.org.example\n")
h26, p26 = single(txt26, "GBK", "base64")
raw("e4z-26.eml",
    ["Return-Path: <>", received("mail2-32.sinamail.sina.com.cn", "203.0.113.32", d26),
     "From: MAILER-DAEMON@sina.com", "To: " + STATION, "Subject: " + ew("退信：[YW-2026-00416] 请补充商家名称", "GBK"),
     "Date: " + d26, "Message-ID: <20260427074000.MD5512@sina.com>"],
    h26, p26, "退信：[YW-2026-00416] 请补充商家名称", ("", "mailer-daemon@sina.com"), "bounce",
    "20260427074000.MD5512@sina.com", "zh", case_ref="YW-2026-00416", must=["该邮箱不存在"],
    notes="Sina 退信 in plain GBK text from MAILER-DAEMON; no display name")

# ---------------------------------------------------------------------------
# Spam

spam_ad = [
    ("e4z-27.eml", "代开发票", "fapiao88@cheap-invoice.example", "代开各类正规发票（增值税/普通）",
     "<p>尊敬的企业负责人：</p><p>本公司长期代开各类正规发票：增值税专用发票、普通发票、运输发票等，点数优惠，可先验票后付款。</p>"
     "<p>联系人：刘经理 电话：13912345678 微信同号</p><p>地址：广州市天河区体育西路100号</p>",
     ["代开各类正规发票"], "发票 spam with contact details that belong to nobody"),
    ("e4z-28.eml", "快易贷", "service@kuaiyidai.example", "无抵押信用贷款，最快当天放款",
     "<p>您好！个体户、小微企业主无抵押信用贷款，额度5万-50万，月息低至0.3%，最快当天放款。</p>"
     "<p>咨询热线：400-886-1234</p><p><a href=\"https://www.kuaiyidai.example/apply\">立即申请</a></p>"
     "<p>如不希望再收到此类邮件，请点击退订。</p>", ["无抵押信用贷款"], "贷款 spam with a 400 hotline and unsubscribe"),
    ("e4z-29.eml", "招聘专员", "hr2026@job-easy.example", "在家兼职刷单，日结200-500元",
     "<p>招聘网店刷单兼职，手机操作，时间自由，每单佣金5-30元，日结200-500元！</p>"
     "<p>加QQ：2837465910 或微信 sd_jianzhi88 了解详情。</p>", ["刷单兼职".replace("刷单兼职", "网店刷单兼职")],
     "刷单兼职 scam advertisement; QQ number is no phone anyway"),
    ("e4z-30.eml", "网站优化", "seo@baidu-top.example", "百度首页排名，SEO推广包年优惠",
     "<p>贵公司网站还没上百度首页？我们提供SEO推广、关键词排名、竞价托管服务，7天上首页，无效退款。</p>"
     "<p>电话：0571-87654321 手机：15800001234</p><p>杭州优排网络科技有限公司</p>", ["SEO推广"],
     "SEO推广 advertising"),
    ("e4z-31.eml", "博览会组委会", "invite@expo-yiwu.example", "诚邀参加2026中国义乌国际小商品博览会",
     "<p>尊敬的贵单位：</p><p>第32届中国义乌国际小商品（标准）博览会将于2026年10月在义乌国际博览中心举行，现诚邀贵单位参展，标准展位9800元/个。</p>"
     "<p>报名电话：0579-85998877 联系人：何小姐</p><p>退订请回复TD</p>", ["诚邀贵单位参展"],
     "展会邀请 bulk invitation with a price: spam, not a complaint"),
]
for i, (fn, disp, addr, subj, htm, must, note) in enumerate(spam_ad):
    spam_html(fn, disp, addr, subj, "<html><body>" + htm + "</body></html>",
              "Tue, 28 Apr 2026 0%d:1%d:00 +0800" % (i + 1, i), "%d.EDM%04d@%s" % (20260428 + i, 311 + i, addr.split("@")[1]),
              cs="gb2312" if i % 2 == 0 else "utf-8", bulk=(i != 2), language="zh", must=must, notes=note)

# ---------------------------------------------------------------------------
# Inquiry

netease("e4z-32.eml", "何静", "hejing_1995@126.com", "咨询：美容院会员卡能不能退",
   "您好，\n"
   "想咨询一下，如果在美容院办了预付费会员卡，以后不想做了，按规定可以退卡退余额吗？\n"
   "我还没办，朋友推荐我办一张，想先了解清楚。\n"
   "谢谢！\n"
   "何静\n",
   "Wed, 29 Apr 2026 10:05:00 +0800", "8a0c2e46.9f7b.18e6d4e5f60.Coremail.hejing_1995@126.com",
   kind="inquiry", language="zh",
   comp={"name": "何静"},
   must=["可以退卡退余额吗"],
   notes="126 GBK inquiry about prepaid-card rules: no dispute, missing stays []")

mailgen.save()
