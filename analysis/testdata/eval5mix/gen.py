#!/usr/bin/env python3
"""Generate the fifth-round mixed evaluation messages (e5m-NN.eml) and
labels.json: hard structure and distracting numbers in Chinese and English
mail. Forwards of forwards (转发：转发：, Fwd: Fwd:), Outlook FW blocks
inside Gmail forwards, multipart/mixed with several attachments (RFC 2047,
RFC 2231 with continuations, raw 8-bit file names), HTML-only mail with the
order details in a table or in <br> lines with &nbsp; and entities, an
empty or placeholder text/plain part, long timelines full of dates, times,
tracking, ID, bank-card and transaction numbers, amounts with distractors
(运费, 优惠券, 定金/尾款, 原价 vs 实付, 赔偿), bottom-posted and interleaved
replies, answers typed inside a quoted template (quoted lines are history),
case references only in the body or a quoted subject line, other
platforms' complaint numbers, "-- " signatures in new complaints and
format=flowed soft breaks (delsp=yes) inside phone numbers and URLs.
Labels follow the shared README; run from anywhere: python3 gen.py.
All people, shops and numbers are invented.
"""
import base64
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

DATA = base64.b64encode(bytes(range(256)) * 3).decode()
DATA = "\r\n".join(DATA[i:i + 76] for i in range(0, len(DATA), 76))


def att_part(fn, ctype, style, cs="UTF-8"):
    """One attachment part; style says how the client writes the name."""
    if style == "ascii":
        h = 'Content-Type: %s; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n' % (ctype, fn, fn)
    elif style == "2047":
        e = ew(fn, cs, chunk=40)
        h = ('Content-Type: %s;\r\n\tname="%s"\r\nContent-Disposition: attachment;\r\n\tfilename="%s"\r\n'
             % (ctype, e, e))
    elif style == "2231":
        p = urllib.parse.quote(fn.encode(cs), safe="")
        h = ('Content-Type: %s;\r\n\tname="%s"\r\nContent-Disposition: attachment;\r\n\tfilename*=%s\'\'%s\r\n'
             % (ctype, ew(fn, cs, chunk=40), cs, p))
    elif style == "2231c":
        p = urllib.parse.quote(fn.encode(cs), safe="")
        cut = p.find("%", len(p) // 2)
        h = ('Content-Type: %s;\r\n\tname="%s"\r\nContent-Disposition: attachment;\r\n'
             '\tfilename*0*=%s\'\'%s;\r\n\tfilename*1*=%s\r\n' % (ctype, ew(fn, cs, chunk=40), cs, p[:cut], p[cut:]))
    elif style == "raw8":
        r = fn.encode(cs).decode("latin-1")
        h = 'Content-Type: %s; name="%s"\r\nContent-Disposition: attachment; filename="%s"\r\n' % (ctype, r, r)
    elif style == "inline":
        e = ew(fn, cs, chunk=40)
        h = ('Content-Type: %s;\r\n\tname="%s"\r\nContent-Disposition: inline;\r\n\tfilename="%s"\r\n'
             'Content-ID: <%s@01DCA1B2.C3D4E5F6>\r\n' % (ctype, e, e, sum(fn.encode("utf-8")) % 100000))
    else:
        raise ValueError(style)
    return h + "Content-Transfer-Encoding: base64\r\n\r\n" + DATA + "\r\n"


def mixed(name, hdr, inner_ct, inner_body, boundary, files):
    body = "This is a multi-part message in MIME format.\r\n\r\n--%s\r\n%s\r\n%s\r\n" % (boundary, inner_ct, inner_body)
    for f in files:
        body += "--%s\r\n%s\r\n" % (boundary, att_part(*f))
    body += "--%s--\r\n" % boundary
    write(name, hdr, 'Content-Type: multipart/mixed;\r\n\tboundary="%s"\r\n' % boundary, body)
    return [{"filename": f[0], "content_type": f[1]} for f in files]


def qq_hdr(nick, addr, subject, date, msgid):
    return ["Return-Path: <%s>" % addr, received("smtpbg51.qq.com", "203.0.113.51", date),
            'From: "%s" <%s>' % (ew(nick, "gb18030"), addr), "To: " + STATION,
            "Subject: " + ew(subject, "gb18030"), "Date: " + date, "Message-ID: <%s>" % msgid,
            "X-Priority: 3", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]


def qq_mixed(name, nick, addr, subject, text, date, msgid, files, **lab):
    hdr = qq_hdr(nick, addr, subject, date, msgid)
    ct, body = alt(text, "gb18030", "base64", "----=_NextPart_%s_alt" % msgid[9:17])
    atts = mixed(name, hdr, ct, body, "----=_NextPart_%s" % msgid[9:17], files)
    label(name, subject, (nick, addr), msgid=msgid, attachments=atts, **lab)


def netease_html(name, disp, addr, subject, text, htmltext, date, msgid, cs="GBK", **lab):
    """163/126 or Sina: text+HTML where text/plain is empty or a placeholder."""
    hdr = ["Return-Path: <%s>" % addr, received("m15-112.163.com", "203.0.113.112", date),
           "From: %s <%s>" % (ew(disp, cs), addr), "To: " + STATION, "Subject: " + ew(subject, cs),
           "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)", "X-Priority: 3"]
    ct, body = alt(text, cs, "base64", "----=_Part_%s" % msgid[:10], htmltext=htmltext)
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def gmail_hdr(disp, addr, subject, date, msgid):
    return [received("mail-pj1-f41.google.com", "203.0.113.141", date),
            "From: %s <%s>" % (ew(disp, "UTF-8") if not disp.isascii() else disp, addr),
            "Date: " + date, "Message-ID: <%s>" % msgid,
            "Subject: " + (ew(subject, "UTF-8") if not subject.isascii() else subject), "To: " + STATION]


def gmail_mixed(name, disp, addr, subject, text, date, msgid, files, **lab):
    hdr = gmail_hdr(disp, addr, subject, date, msgid)
    ct, body = alt(text, "UTF-8", "quoted-printable", "0000000000005a1d2e0614%s" % msgid[:10])
    atts = mixed(name, hdr, ct, body, "0000000000005a1d2d0614%s" % msgid[:10], files)
    label(name, subject, (disp, addr), msgid=msgid, attachments=atts, **lab)


def outlook_mixed(name, disp, addr, subject, text, date, msgid, files, **lab):
    hdr = [received("NAM12-DM6-obe.outbound.protection.outlook.com", "203.0.113.160", date),
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "To: \"tousu@yweca.org.example\" <tousu@yweca.org.example>",
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Thread-Topic: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Date: " + date, "Message-ID: <%s>" % msgid, "Accept-Language: zh-CN, en-US",
           "Content-Language: zh-CN", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:"]
    ct, body = alt(text, "utf-8", "quoted-printable", "_000_%s_" % msgid[:20])
    atts = mixed(name, hdr, ct, body, "_004_%s_" % msgid[:20], files)
    label(name, subject, (disp, addr), msgid=msgid, attachments=atts, **lab)


def thunder_mixed(name, disp, addr, subject, text, date, msgid, files, **lab):
    hdr = [received("smtp.mailbox.example", "203.0.113.190", date), "Message-ID: <%s>" % msgid,
           "Date: " + date, "User-Agent: Mozilla Thunderbird",
           "Subject: " + (subject if subject.isascii() else ew(subject, "UTF-8")), "To: " + STATION,
           "From: %s <%s>" % (ew(disp, "UTF-8") if not disp.isascii() else disp, addr)]
    ct = "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n"
    inner = text.replace("\n", "\r\n").encode("utf-8").decode("latin-1")
    atts = mixed(name, hdr, ct, inner, "------------Bd9mO1w5pTn0WzQ%s" % msgid[:8], files)
    label(name, subject, (disp, addr), msgid=msgid, attachments=atts, **lab)


def mailmaster(name, disp, addr, subject, text, date, msgid, files, **lab):
    """A mobile client writing raw 8-bit UTF-8 file names."""
    hdr = [received("m16-41.163.com", "203.0.113.41", date), "Date: " + date,
           "From: %s <%s>" % (ew(disp, "UTF-8"), addr), "To: " + STATION,
           "Subject: " + ew(subject, "UTF-8"), "Message-ID: <%s>" % msgid, "X-Mailer: MailMaster Android 7.19.6"]
    ct, body = single(text, "UTF-8", "base64")
    atts = mixed(name, hdr, ct, body, "--_MailMaster_%s" % msgid[:10], files)
    label(name, subject, (disp, addr), msgid=msgid, attachments=atts, **lab)


def apple(name, disp, addr, subject, text, date, msgid, **lab):
    """Apple Mail: UTF-8 quoted-printable, format=flowed; delsp=yes (soft
    breaks anywhere, the trailing space deleted)."""
    hdr = [received("st43p00im-ztdg10061801.me.com", "203.0.113.61", date),
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "Content-Type: text/plain;\r\n\tcharset=utf-8;\r\n\tdelsp=yes;\r\n\tformat=flowed",
           "Content-Transfer-Encoding: quoted-printable", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))",
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8")), "Date: " + date,
           "Message-Id: <%s>" % msgid, "To: " + STATION, "X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
    msg = "\r\n".join(hdr) + "\r\n\r\n" + enc_body(text, "utf-8", "quoted-printable")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("latin-1"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


STATION_SIG = "> 义乌市电子商务协会消费者维权服务站\n> 电话：0579-85550188\n"

# ---------------------------------------------------------------------------
# Chinese

qq("e5m-01.eml", "立伟", "chenliwei_88@qq.com", "转发：转发：投诉“悦享生活馆”卖的空气炸锅漏电",
   "你好，下面是我之前发给商家的邮件，一直没人处理，请维权站帮忙。\n"
   "我的电话：13605798812\n"
   "\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"立伟\"<chenliwei_88@qq.com>;\n"
   "发送时间: 2026年4月8日(星期三) 晚上9:20\n"
   "收件人: \"chenliwei_work\"<chenlw_work@163.com>;\n"
   "主题: 转发：投诉“悦享生活馆”卖的空气炸锅漏电\n"
   "\n\n\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"立伟\"<chenliwei_88@qq.com>;\n"
   "发送时间: 2026年4月6日(星期一) 上午10:02\n"
   "收件人: \"yuexiang_kf\"<kf@yuexiang-life.example>;\n"
   "主题: 投诉“悦享生活馆”卖的空气炸锅漏电\n"
   "\n"
   "你好，我是陈立伟，3月30日在淘宝“悦享生活馆”买了一台空气炸锅，用了两次就漏电，手碰到外壳会麻。\n"
   "订单号：3981726450193827465\n"
   "实付款：￥389.00（原价￥459.00，优惠券抵扣￥70.00）\n"
   "店铺链接：https://yuexiang-life.taobao.example\n"
   "请尽快给我退货退款。\n",
   "Thu, 09 Apr 2026 08:15:02 +0800", "tencent_5A1B2C3D4E5F60718293A4B5C6D7E8F901230501@qq.com",
   kind="complaint", language="zh",
   comp={"name": "陈立伟", "phones": ["+8613605798812"]},
   resp={"name": "悦享生活馆", "urls": ["https://yuexiang-life.taobao.example"]},
   order={"number": "3981726450193827465", "amount": "389.00", "currency": "CNY"},
   must=["一直没人处理", "手碰到外壳会麻"],
   notes="QQ 转发：转发： with two nested 原始邮件 blocks: the forwarded complaint counts; addresses in the forward headers are nobody's; 实付款 beats 原价 and 优惠券")

netease("e5m-02.eml", "王磊", "wanglei_1990@163.com", "转发：转发：退款申请被拒",
   "维权站你好：\n"
   "我是王磊，手机 189-5792-3306。下面是商家客服给我的回复，他们拒绝退款，我把邮件转给你们。\n"
   "\n"
   "-------- 转发邮件信息 --------\n"
   "发件人：\"王磊\" <wanglei_1990@126.com>\n"
   "发送日期：2026-04-09 08:31:12\n"
   "收件人：\"wanglei_1990@163.com\" <wanglei_1990@163.com>\n"
   "主题：转发：退款申请被拒\n"
   "\n"
   "________________________________\n"
   "发件人: 义乌市佳美饰品有限公司 <service@jiamei-shipin.example>\n"
   "发送时间: 2026年4月8日 17:45\n"
   "收件人: 王磊 <wanglei_1990@126.com>\n"
   "主题: 回复: 退款申请\n"
   "\n"
   "王先生您好：\n"
   "您的订单（订单号：JM20260328-0457）已签收超过7天，按照本店规定不予退款。\n"
   "该订单实付金额为人民币壹仟贰佰元整（含运费15元）。\n"
   "\n"
   "义乌市佳美饰品有限公司 客服部\n"
   "电话：0579-85326617\n"
   "地址：义乌市稠城街道工人北路1088号\n",
   "Thu, 09 Apr 2026 08:40:51 +0800", "5e6f7a81.2c3d.18e1a2b3c4d.Coremail.wanglei_1990@163.com",
   kind="complaint", language="zh",
   comp={"name": "王磊", "phones": ["+8618957923306"]},
   resp={"name": "义乌市佳美饰品有限公司", "phones": ["+8657985326617"], "address": "义乌市稠城街道工人北路1088号"},
   order={"number": "JM20260328-0457", "amount": "1200.00", "currency": "CNY"},
   must=["拒绝退款", "不予退款"],
   notes="163 转发邮件信息 block holding an Outlook 发件人/发送时间 block from the merchant: all forwarded content counts; the merchant's signature gives its phone and address; capital numerals with a 运费 aside")

html03 = ("<html><body><div>您好，我在1688上向“义乌市恒达日用品厂”采购了一批保温杯，到货后发现有三分之一杯盖漏水，厂家不肯换货。订单信息如下：</div>"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr><td style=\"background:#f2f2f2\">订单号</td><td>2603151234567890123</td></tr>"
          "<tr><td style=\"background:#f2f2f2\">下单时间</td><td>2026-03-15 14:30:22</td></tr>"
          "<tr><td style=\"background:#f2f2f2\">商品总价</td><td>&yen;4,800.00</td></tr>"
          "<tr><td style=\"background:#f2f2f2\">运费</td><td>&yen;120.00</td></tr>"
          "<tr><td style=\"background:#f2f2f2\">实付款</td><td><b>&yen;4,920.00</b></td></tr>"
          "<tr><td style=\"background:#f2f2f2\">卖家电话</td><td>0579-85667321</td></tr>"
          "</table><div><br></div>"
          "<div>联系人：孙雅琴&nbsp;&nbsp;手机：137&nbsp;5792&nbsp;0418</div><div><br></div><div>孙雅琴</div></body></html>")
qq("e5m-03.eml", "Yaqin", "sunyaqin_0612@qq.com", "1688采购保温杯漏水厂家不换货", "", 
   "Fri, 10 Apr 2026 16:22:10 +0800", "tencent_6B2C3D4E5F60718293A4B5C6D7E8F9012340503@qq.com", html_only=html03,
   kind="complaint", language="zh",
   comp={"name": "孙雅琴", "phones": ["+8613757920418"]},
   resp={"name": "义乌市恒达日用品厂", "phones": ["+8657985667321"]},
   order={"number": "2603151234567890123", "amount": "4920.00", "currency": "CNY"},
   must=["杯盖漏水", "厂家不肯换货"],
   notes="QQ HTML only: order details in a table (label cell | value cell); &yen; entities; 实付款 after 商品总价 and 运费; the order time is no phone; &nbsp; inside the mobile")

html04 = ("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">您好：<br>"
          "&nbsp;&nbsp;&nbsp;&nbsp;本人吴海燕，4月2日在拼多多“A&amp;B潮流饰品店”买了一对耳钉，商品描述是S925银，收到后一戴耳朵就红肿发炎。<br>"
          "商家拒绝退货，说&ldquo;不影响二次销售才能退&rdquo;。<br><br>"
          "订单编号：&nbsp;260402-518273649012837<br>实付：&nbsp;&yen;86.50<br>"
          "商家客服电话：&nbsp;0579-85203344<br>我的手机：&nbsp;135&nbsp;6791&nbsp;3320<br><br>谢谢！</div><br><br>")
netease_html("e5m-04.eml", "海燕", "wuhaiyan_1987@126.com", "拼多多买的耳钉不是银的", "", html04,
   "Sat, 11 Apr 2026 21:05:44 +0800", "7a8b9c01.3d4e.18e2b3c4d5e.Coremail.wuhaiyan_1987@126.com",
   kind="complaint", language="zh",
   comp={"name": "吴海燕", "phones": ["+8613567913320"]},
   resp={"name": "A&B潮流饰品店", "phones": ["+8657985203344"]},
   order={"number": "260402-518273649012837", "amount": "86.50", "currency": "CNY"},
   must=["耳朵就红肿发炎", "不影响二次销售才能退"],
   notes="126 text+HTML with an EMPTY text/plain part: the text comes from the HTML (<br> lines, &nbsp;, &amp; in the shop name, &ldquo; &yen;)")

html05 = ("<p>投诉人：郑国栋<br>联系电话：0579-85127745<br>被投诉商家：义乌市鑫源电动车商行<br>"
          "商家地址：义乌市北苑街道春华路566号<br>购买日期：2026年2月18日<br>订单号：XY-20260218-0093<br>"
          "车款：&yen;3,280.00（定金&yen;500.00已付，尾款&yen;2,780.00提车时付清）<br></p>"
          "<p>问题：电动车买回来不到一个月电池就鼓包，商家说电池不在保修范围，拒绝更换。</p>")
netease_html("e5m-05.eml", "郑国栋", "zhengguodong@sina.example", "电动车电池鼓包商家拒绝更换",
   "此邮件为HTML格式，请使用支持HTML的邮件客户端查看。", html05,
   "Sun, 12 Apr 2026 10:11:12 +0800", "20260412101112.5F6A7B8C@sina.example",
   kind="complaint", language="zh",
   comp={"name": "郑国栋", "phones": ["+8657985127745"]},
   resp={"name": "义乌市鑫源电动车商行", "address": "义乌市北苑街道春华路566号"},
   order={"number": "XY-20260218-0093", "amount": "3280.00", "currency": "CNY"},
   must=["电池就鼓包", "不在保修范围"],
   notes="text/plain is only a placeholder (请使用支持HTML的邮件客户端查看); the complaint is in the HTML; 车款 total with 定金/尾款 parts")

netease("e5m-06.eml", "林晓静", "linxiaojing_92@163.com", "投诉京东店铺卖翻新手机",
   "维权站工作人员您好：\n"
   "\n"
   "我叫林晓静，身份证号330782199203154427，现投诉“优选数码专营店”（京东第三方店铺）销售翻新手机。经过如下：\n"
   "\n"
   "2026年3月5日 14:30 下单购买手机一部，订单号：287654310923，原价￥4,599.00，使用优惠券￥300.00，实付￥4,299.00。\n"
   "3/6 商家发货，快递单号SF1402938475612。\n"
   "3月8日 10:15 签收，开机发现电池循环次数已有217次，系翻新机。\n"
   "3月9日 联系客服，客服答应退货，让我寄回（运单号YT7712345678901）。\n"
   "3月15日 商家收到退货后又说“屏幕有划痕”拒绝退款，只同意退款￥1,000.00。\n"
   "2026-03-20 我在12315平台投诉（工单号：1330782026032000517），至今没有结果。\n"
   "\n"
   "付款方式：招商银行信用卡（卡号6225 8812 3456 7890），支付宝交易号2026030522001456780512345678。\n"
   "我的联系方式：手机15957926630，地址：浙江省义乌市江东街道青口三区12幢2单元501室。\n"
   "要求：全额退款4299元，并赔偿。\n",
   "Mon, 13 Apr 2026 19:42:03 +0800", "8b9c0d12.4e5f.18e3c4d5e6f.Coremail.linxiaojing_92@163.com",
   kind="complaint", language="zh",
   comp={"name": "林晓静", "phones": ["+8615957926630"], "address": "浙江省义乌市江东街道青口三区12幢2单元501室"},
   resp={"name": "优选数码专营店"},
   order={"number": "287654310923", "amount": "4299.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["系翻新机", "至今没有结果"],
   notes="Timeline full of dates and times; 身份证号 (holds 199…), 12315 工单号 (holds 133…), bank card, 支付宝交易号, SF/YT tracking: none is a phone; 实付 beats 原价/优惠券/退款")

foxmail("e5m-07.eml", "何建平", "hejianping@foxmail.com", "定制衣柜质量问题商家推脱",
   "您好：\n"
   "我在微信小程序“美家定制家具”定做了一套衣柜，3月1日付定金800元，3月20日安装后付尾款2,400元，合计实付3,200.00元。\n"
   "安装后柜门关不严，柜体有裂缝，商家一直推脱。\n"
   "订单号：MJ2026030100128\n"
   "微信支付单号：4200002345202603011234567890\n"
   "商户单号：1601234567202603010001\n"
   "商家电话：13757981234（店长刘先生）\n"
   "门店地址：义乌市佛堂镇朝阳路199号\n"
   "联系人：何建平，电话0579-85438826，手机13867925501\n",
   "Tue, 14 Apr 2026 11:03:27 +0800", "202604141103272204518@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "何建平", "phones": ["+8657985438826", "+8613867925501"]},
   resp={"name": "美家定制家具", "phones": ["+8613757981234"], "address": "义乌市佛堂镇朝阳路199号"},
   order={"number": "MJ2026030100128", "amount": "3200.00", "currency": "CNY"},
   must=["柜门关不严"],
   notes="定金 and 尾款 before the 合计实付 total, which wins; 微信支付单号 and 商户单号 are neither phones nor the order number (订单号 is)")

qq("e5m-08.eml", "豪", "zhouzihao2003@qq.com", "闲鱼买到盗版手办",
   "你好，我在闲鱼上从卖家“潮玩小铺”买了一个盲盒手办，卖家发来的是盗版。\n"
   "我已经在黑猫投诉上投诉过，投诉编号：17354829160，但商家一直不回应。\n"
   "订单号：5102938475610293847，付款：￥168.00\n"
   "我是周子豪，电话：18768901234\n",
   "Wed, 15 Apr 2026 22:18:40 +0800", "tencent_7C3D4E5F60718293A4B5C6D7E8F90123450508@qq.com",
   kind="complaint", language="zh",
   comp={"name": "周子豪", "phones": ["+8618768901234"]},
   resp={"name": "潮玩小铺"},
   order={"number": "5102938475610293847", "amount": "168.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["发来的是盗版"],
   notes="黑猫投诉编号 of 11 digits starting 17 is not a phone and not a case reference")

gmail("e5m-09.eml", "冯佳怡", "fengjiayi.wj@gmail.com", "批发彩铅断芯老板不换",
   "您好，\n"
   "我在“义乌市晨光文体用品商行”批发了200盒彩铅，发现其中80盒是断芯的，老板不肯换。\n"
   "订单号：CG-0412-77\n"
   "货款：人民币6400元\n"
   "店铺地址：国际商贸城二区东12街23015号\n"
   "\n"
   "-- \n"
   "冯佳怡\n"
   "义乌佳怡文具店\n"
   "浙江省金华市东阳市吴宁街道人民路58号\n"
   "手机：139-5890-1177\n",
   "Thu, 16 Apr 2026 09:30:00 +0800", "CAF7x1Q9mZ3p0N2kL8vB4rT6yU5wE0sD1fG2hJ3kL4zX5cV@mail.gmail.com", subj_enc=True,
   kind="complaint", language="zh",
   comp={"name": "冯佳怡", "phones": ["+8613958901177"], "address": "浙江省金华市东阳市吴宁街道人民路58号"},
   resp={"name": "义乌市晨光文体用品商行", "address": "国际商贸城二区东12街23015号"},
   order={"number": "CG-0412-77", "amount": "6400.00", "currency": "CNY"},
   must=["80盒是断芯的"],
   notes="New complaint with a '-- ' signature block: name, own shop, street address and mobile belong to the complainant")

thunder("e5m-10.eml", "蒋文", "jiangwen_yw@outlook.example", "Re: 投诉处理进展",
   "在 2026/4/10 9:30, 义乌市电子商务协会维权服务站 写道:\n"
   "> 您好，您的投诉（编号YW-2026-00441）我们已联系商家“千禧箱包”，\n"
   "> 商家表示愿意退款，请提供您的收款方式和联系电话。\n"
   ">\n" + STATION_SIG +
   "\n"
   "好的，谢谢。我的电话是 158 6792 3344，用支付宝原路退回就可以，\n"
   "支付宝交易号2026031022001499881234567890。\n"
   "\n"
   "蒋文\n",
   "Fri, 17 Apr 2026 08:05:19 +0800", "8e2f1c0a-5b3d-4a7e-9f6c-1d2e3f4a5b6c@outlook.example",
   kind="reply", language="zh", case_ref="YW-2026-00441",
   comp={"name": "蒋文", "phones": ["+8615867923344"]},
   must=["用支付宝原路退回"], mustnot=["商家表示愿意退款"],
   notes="Thunderbird BOTTOM-posted reply: the quote comes first, the new text below it; the case reference is only in the quoted text; 支付宝交易号 is no phone")

thunder("e5m-11.eml", "唐磊", "tanglei_88@outlook.example", "Re: [YW-2026-00445] 请补充投诉信息",
   "在 2026/4/11 14:02, 义乌市电子商务协会维权服务站 写道:\n"
   "> 您好，您的投诉已收到，编号YW-2026-00445。还缺少以下信息：\n"
   "> 1. 订单号\n"
   "订单号：4417283910283746512\n"
   "> 2. 实际付款金额\n"
   "实付598元\n"
   "> 3. 商家的联系方式\n"
   "商家客服电话0579-85239911\n"
   ">\n" + STATION_SIG +
   "\n"
   "谢谢\n",
   "Sat, 18 Apr 2026 15:12:45 +0800", "3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70811@outlook.example",
   kind="reply", language="zh", case_ref="YW-2026-00445",
   comp={"name": "唐磊"},
   resp={"phones": ["+8657985239911"]},
   order={"number": "4417283910283746512", "amount": "598.00", "currency": "CNY"},
   must=["订单号：4417283910283746512", "商家客服电话0579-85239911"], mustnot=["还缺少以下信息"],
   notes="Interleaved reply: answers typed between the quoted questions count; the station phone in the quoted signature does not; From display name is the name")

gmail("e5m-12.eml", "航航", "hanghang.cao@gmail.com", "Re: [YW-2026-00448] 请补充投诉信息",
   "已填写，请查收。\n"
   "\n"
   "义乌市电子商务协会维权服务站 <tousu@yweca.org.example> 于2026年4月12日周日 10:00写道：\n"
   "> 您好，您的投诉已收到，编号YW-2026-00448。请补充以下信息后直接回复本邮件：\n"
   "> 姓名 / Name: 曹宇航\n"
   "> 电话 / Phone: 13957904471\n"
   "> 商家 / Merchant: 义乌市宏发五金店\n"
   "> 店铺链接或商家电话 / Shop link or merchant phone: 0579-85776120\n"
   ">\n" + STATION_SIG,
   "Sun, 12 Apr 2026 11:20:31 +0800", "CAH5k2R8nQ1o9M3jK7uA5sS4xT6vD2aF0gH1iJ2kL3mN4bV@mail.gmail.com", subj_enc=True,
   kind="reply", language="zh", case_ref="YW-2026-00448",
   must=["已填写"], mustnot=["请补充以下信息后直接回复"],
   notes="Answers typed INSIDE the quoted fill-in template: '>' lines are quoted history per the README, so nothing is extracted from them; the From name is a nickname")

qq("e5m-13.eml", "小鹿妈妈", "xiaolu_mama@qq.com", "补充材料",
   "您好，补充一下商家的网店地址：https://shop.pinduoduo.example/mall?id=887766，商家叫“小鹿童装”。\n"
   "另外我新换了手机号：13588906612。\n"
   "\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"义乌市电子商务协会维权服务站\"<tousu@yweca.org.example>;\n"
   "发送时间: 2026年4月13日(星期一) 上午9:00\n"
   "收件人: \"小鹿妈妈\"<xiaolu_mama@qq.com>;\n"
   "\n"
   "主题: [YW-2026-00452] 请补充商家信息\n"
   "\n\n\n"
   "您好，请补充商家名称和联系方式。\n"
   "义乌市电子商务协会消费者维权服务站\n",
   "Mon, 13 Apr 2026 12:40:00 +0800", "tencent_8D4E5F60718293A4B5C6D7E8F901234560513@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00452",
   comp={"phones": ["+8613588906612"]},
   resp={"name": "小鹿童装", "urls": ["https://shop.pinduoduo.example/mall?id=887766"]},
   must=["新换了手机号"], mustnot=["请补充商家名称和联系方式"],
   notes="Subject rewritten without the reference: the case reference is only in the quoted 主题: line; nickname From")

netease("e5m-14.eml", "钱丽", "qianli_0908@126.com", "关于退款的问题",
   "你好，\n"
   "我的投诉编号是YW-2026-00455。订单实付300元，商家上周只退了150元，还差150元没退，打电话也不接。\n"
   "麻烦再催一下，谢谢。\n"
   "钱丽\n",
   "Tue, 14 Apr 2026 17:55:08 +0800", "9c0d1e23.5f6a.18e4d5e6f7a.Coremail.qianli_0908@126.com",
   kind="reply", language="zh", case_ref="YW-2026-00455",
   comp={"name": "钱丽"},
   order={"amount": "300.00", "currency": "CNY"},
   must=["还差150元没退"],
   notes="New subject, case reference only in the body: a reply; the refunded part is not the paid amount")

qq_mixed("e5m-15.eml", "马晓东", "maxiaodong_95@qq.com", "天猫买的拖鞋两只鞋码不一样",
   "你好，我在天猫“步步高升鞋业旗舰店”买的拖鞋，两只鞋码不一样，一只39一只41。照片、发票和开箱视频都在附件里。\n"
   "订单号：4029183746501928374\n"
   "实付：¥129.00\n"
   "我叫马晓东，电话17857906618。\n",
   "Wed, 15 Apr 2026 13:14:15 +0800", "tencent_9E5F60718293A4B5C6D7E8F9012345670515@qq.com",
   [("收到的货1.jpg", "image/jpeg", "2047", "gb18030"), ("收到的货2.jpg", "image/jpeg", "2047", "gb18030"),
    ("电子发票_20260402.pdf", "application/pdf", "2047", "gb18030"), ("开箱视频.mp4", "video/mp4", "2047", "gb18030")],
   kind="complaint", language="zh",
   comp={"name": "马晓东", "phones": ["+8617857906618"]},
   resp={"name": "步步高升鞋业旗舰店"},
   order={"number": "4029183746501928374", "amount": "129.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["一只39一只41"],
   notes="QQ multipart/mixed: two photos, a PDF invoice and a video with GB18030 RFC 2047 file names; 天猫 prefix dropped")

outlook_mixed("e5m-16.eml", "骆建华", "luojianhua@hongtai-trade.example", "纸箱延期交货造成损失",
   "您好：\n"
   "我单位在“义乌市永辉包装材料有限公司”订购了一批纸箱，合同约定3月25日交货，对方拖到4月10日才交，造成我方出口订单延误。\n"
   "合同编号：YH-HT-2026-031\n"
   "订单号：YH20260312008\n"
   "合同金额：¥18,600.00（已全额支付）\n"
   "我方要求赔偿损失¥5,000.00。\n"
   "合同和付款凭证见附件。\n"
   "\n"
   "联系人：骆建华\n"
   "电话：0579-85561230 / 13905791866\n",
   "Thu, 16 Apr 2026 10:20:30 +0800", "TYZPR03MB7128A1B2C3D4E5F6A7B8C9D0E1F20516@TYZPR03MB7128.apcprd03.prod.outlook.com",
   [("采购合同.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2047", "utf-8"),
    ("付款凭证.pdf", "application/pdf", "2047", "utf-8")],
   kind="complaint", language="zh",
   comp={"name": "骆建华", "phones": ["+8657985561230", "+8613905791866"]},
   resp={"name": "义乌市永辉包装材料有限公司"},
   order={"number": "YH20260312008", "amount": "18600.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["出口订单延误"],
   notes="Outlook multipart/mixed with a .docx and a PDF (UTF-8 RFC 2047 names); 合同编号 is not the order number; the paid contract amount beats the claimed 赔偿")

mailmaster("e5m-17.eml", "鲍雨婷", "baoyuting_0301@163.com", "连衣裙与图片严重不符申请退货被拒",
   "您好，我在抖音小店“花漾女装”买了两条连衣裙，共计￥258.00，收到后与图片严重不符，申请退货被拒。退货单和聊天记录截图在附件。\n"
   "订单号：6938475610293847561\n"
   "联系人：鲍雨婷 15068907723\n",
   "Fri, 17 Apr 2026 20:30:40 +0800", "1745836240123.5a6b7c8d.MailMaster@163.com",
   [("退货单.pdf", "application/pdf", "raw8", "utf-8"), ("聊天记录截图.png", "image/png", "2231", "utf-8")],
   kind="complaint", language="zh",
   comp={"name": "鲍雨婷", "phones": ["+8615068907723"]},
   resp={"name": "花漾女装"},
   order={"number": "6938475610293847561", "amount": "258.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["与图片严重不符"],
   notes="Raw 8-bit UTF-8 file name and an RFC 2231 filename*=UTF-8'' name; 抖音小店 prefix dropped; 共计 amount")

apple("e5m-18.eml", "贝思琪", "beisiqi@icloud.example", "手工皮包皮面开裂",
   "您好，我叫贝思琪，在网店“拾光手作”买了一个手工皮包，用了两周皮面就开裂了。店铺链接：https://shiguang-shouzuo.shop.example/ite \n"
   "m/20260311，商家说是我保养不当。\n"
   "订单号：20260311558812，实付：320元。\n"
   "我的手机：1386791 \n"
   "2205\n"
   "\n"
   "发自我的 iPad\n",
   "Sat, 18 Apr 2026 18:45:12 +0800", "5D3E2F1A-9B8C-4D7E-A6F5-0E1D2C3B4A59@icloud.example",
   kind="complaint", language="zh",
   comp={"name": "贝思琪", "phones": ["+8613867912205"]},
   resp={"name": "拾光手作", "urls": ["https://shiguang-shouzuo.shop.example/item/20260311"]},
   order={"number": "20260311558812", "amount": "320.00", "currency": "CNY"},
   must=["皮面就开裂了"],
   notes="Apple Mail format=flowed; delsp=yes: soft breaks inside the URL and the mobile are rejoined without the space")

qq("e5m-19.eml", "冬梅", "maodongmei_76@qq.com", "四件套洗一次就严重褪色",
   "您好！\n"
   "我在淘宝“德玛家纺旗舰店”买了两套四件套，洗了一次就严重褪色，床单都染花了。商家只肯补偿20元优惠券。\n"
   "订单号：3849201746583920175\n"
   "商品总价 ¥1,280.00\n"
   "运费 ¥20.00\n"
   "店铺优惠 -¥100.00\n"
   "实付款 ¥1,200.00\n"
   "\n"
   "毛冬梅 13767908834\n",
   "Sun, 19 Apr 2026 09:09:09 +0800", "tencent_AF60718293A4B5C6D7E8F901234567800519@qq.com",
   kind="complaint", language="zh",
   comp={"name": "毛冬梅", "phones": ["+8613767908834"]},
   resp={"name": "德玛家纺旗舰店"},
   order={"number": "3849201746583920175", "amount": "1200.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["床单都染花了"],
   notes="Taobao order summary pasted as lines: 商品总价, 运费, 店铺优惠 and 实付款; the paid total wins; name and phone in a bare signature line")

netease("e5m-20.eml", "孔令辉", "konglinghui@126.com", "投诉“速达电器专卖”吸尘器没有吸力",
   "你好：\n"
   "我是孔令辉，4月3日在“速达电器专卖”网店买了一台吸尘器，原价399元，活动价299元，叠加满减后实付279元。\n"
   "4月5日收到（快递单号7731204958812），用了三天就没有吸力了。申请售后，商家让我自己寄回检测，来回运费25元要我出。\n"
   "订单号：SD0403-2291\n"
   "商家电话：0579-85990123\n"
   "我的电话：13989471256\n",
   "Mon, 20 Apr 2026 14:25:36 +0800", "a1b2c3d4.6e7f.18e5e6f7a8b.Coremail.konglinghui@126.com",
   kind="complaint", language="zh",
   comp={"name": "孔令辉", "phones": ["+8613989471256"]},
   resp={"name": "速达电器专卖", "phones": ["+8657985990123"]},
   order={"number": "SD0403-2291", "amount": "279.00", "currency": "CNY"},
   must=["就没有吸力了"],
   notes="原价, 活动价 and 实付 in one sentence (实付 wins); a 13-digit 快递单号 starting 7; a 运费 amount later")

html21 = ("<html><head><meta charset=\"gb18030\"></head><body>"
          "<div>你好，我是在义乌小商品城网上买的儿童电话手表，收到后无法开机，商家一直拖着不处理。</div>"
          "<table><tbody>"
          "<tr><td>店铺名称：</td><td>童趣智能穿戴</td></tr>"
          "<tr><td>店铺电话：</td><td>0579-85445566</td></tr>"
          "<tr><td>订单编号：</td><td>YW-CG-20260408-0112</td></tr>"
          "<tr><td>订单金额：</td><td>&#65509;199.00</td></tr>"
          "<tr><td>收货人：</td><td>袁芳</td></tr>"
          "<tr><td>联系电话：</td><td>152&nbsp;5790&nbsp;3381</td></tr>"
          "<tr><td>收货地址：</td><td>浙江省义乌市后宅街道李祖村88号</td></tr>"
          "</tbody></table></body></html>")
qq("e5m-21.eml", "芳芳", "yuanfang_1120@qq.com", "电话手表无法开机", "",
   "Tue, 21 Apr 2026 10:10:10 +0800", "tencent_B07182930A4B5C6D7E8F90123456789A0521@qq.com", html_only=html21,
   kind="complaint", language="zh",
   comp={"name": "袁芳", "phones": ["+8615257903381"], "address": "浙江省义乌市后宅街道李祖村88号"},
   resp={"name": "童趣智能穿戴", "phones": ["+8657985445566"]},
   order={"number": "YW-CG-20260408-0112", "amount": "199.00", "currency": "CNY"},
   must=["无法开机"],
   notes="QQ HTML only, details in a table whose label cells end in ：; &#65509; (full-width yen); an order number starting YW- is no case reference; shop and consignee rows each go to their party")

# ---------------------------------------------------------------------------
# English

gmail("e5m-22.eml", "Karen Walsh", "karen.walsh.buying@gmail.com", "Fwd: Fwd: FW: Order 55102 damaged",
   "Hello,\n"
   "\n"
   "Forwarding the thread with our supplier below. We are the buyer; the supplier is Yiwu Sunrise Crafts Co., Ltd. and they refuse to replace 300 broken lanterns.\n"
   "My name is Karen Walsh, phone +1 312 555 0147.\n"
   "\n"
   "---------- Forwarded message ---------\n"
   "From: Daniel Brooks <dbrooks@brooks-retail.example>\n"
   "Date: Thu, Apr 2, 2026 at 9:14 PM\n"
   "Subject: Fwd: FW: Order 55102 damaged\n"
   "To: Karen Walsh <karen.walsh.buying@gmail.com>\n"
   "\n"
   "\n"
   "FYI, see the supplier's answer below.\n"
   "\n"
   "________________________________\n"
   "From: Lisa Chen <lisa@yiwu-sunrise.example>\n"
   "Sent: Thursday, April 2, 2026 8:03 AM\n"
   "To: Daniel Brooks <dbrooks@brooks-retail.example>\n"
   "Subject: RE: Order 55102 damaged\n"
   "\n"
   "Dear Daniel,\n"
   "\n"
   "For Order No. 55102 (invoice total USD 4,380.00) the lanterns left our warehouse in perfect condition. We cannot accept the claim.\n"
   "\n"
   "Lisa Chen\n"
   "Sales Manager\n"
   "Tel: +86 579 8512 3456\n",
   "Fri, 03 Apr 2026 15:02:11 -0500", "CAK8m3S9oR2p0N4kL6vC5tU7yV8wF1sE2gH3iJ4kM5nO6bW@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Karen Walsh", "phones": ["+13125550147"]},
   resp={"name": "Yiwu Sunrise Crafts Co., Ltd.", "phones": ["+8657985123456"]},
   order={"number": "55102", "amount": "4380.00", "currency": "USD"},
   must=["refuse to replace 300 broken lanterns", "cannot accept the claim"],
   notes="Gmail Fwd: Fwd: holding an Outlook FW block (From:/Sent:/To:/Subject: under a rule): all forwarded text counts; the supplier's signature phone is the respondent's")

gmail_mixed("e5m-23.eml", "Tomás Rivera", "tomas.rivera.imports@gmail.com", "Damaged ceramic vases - photos and invoice attached",
   "Dear Sir or Madam,\n"
   "\n"
   "I ordered 400 ceramic vases from Yiwu Huaxin Ceramics Factory (https://huaxin-ceramics.example). 96 arrived cracked. Photos and the invoice are attached.\n"
   "\n"
   "Order No.: HX-2026-0318\n"
   "Subtotal: US$ 1,200.00\n"
   "Shipping: US$ 35.00\n"
   "Total paid: US$ 1,235.00\n"
   "\n"
   "They offered a US$ 50 coupon, which I refuse.\n"
   "\n"
   "Tomás Rivera\n"
   "+34 612 345 678\n",
   "Sat, 04 Apr 2026 11:47:03 +0200", "CAL9n4T0pS3q1O5lM7wD6uV8zW9xG2tF3hI4jK5lN6oP7cX@mail.gmail.com",
   [("IMG_20260403_101522.jpg", "image/jpeg", "ascii"), ("IMG_20260403_101547.jpg", "image/jpeg", "ascii"),
    ("Invoice – HX-2026-0318.pdf", "application/pdf", "2047")],
   kind="complaint", language="en",
   comp={"name": "Tomás Rivera", "phones": ["+34612345678"]},
   resp={"name": "Yiwu Huaxin Ceramics Factory", "urls": ["https://huaxin-ceramics.example"]},
   order={"number": "HX-2026-0318", "amount": "1235.00", "currency": "USD"},
   must=["96 arrived cracked"],
   notes="Gmail multipart/mixed: two photos and a PDF whose name has an en dash (RFC 2047); Subtotal/Shipping/coupon around the Total paid, which wins; URL closed by a parenthesis")

thunder("e5m-24.eml", "Priya Natarajan", "priya.n@fastmail.example", "Re: [YW-2026-00460] Missing information",
   "On 4/14/26 9:12 AM, Yiwu Consumer Rights Station wrote:\n"
   "> Dear Ms Natarajan,\n"
   "> Thank you for your complaint about Golden Bridge Textiles. Please send\n"
   "> your order number, the amount paid and a phone number.\n"
   ">\n"
   "> Consumer Rights Service Station\n"
   "> Tel: +86 579 8555 0188\n"
   "\n"
   "Hello,\n"
   "\n"
   "The order number is GB-88213 and I paid USD 640.00 by bank transfer (reference \n"
   "TT2026031400871). My phone is +91 98450 \n"
   "12345.\n"
   "\n"
   "Priya\n",
   "Tue, 14 Apr 2026 19:30:00 +0530", "d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01@fastmail.example",
   kind="reply", language="en", case_ref="YW-2026-00460",
   comp={"name": "Priya Natarajan", "phones": ["+919845012345"]},
   order={"number": "GB-88213", "amount": "640.00", "currency": "USD"},
   must=["I paid USD 640.00"], mustnot=["Please send"],
   notes="Thunderbird bottom-posted reply, format=flowed with a soft break inside the Indian mobile; bank-transfer reference is no phone; signature first name only, From fuller; merchant only in the quote")

apple("e5m-25.eml", "Lukas Becker", "lukas.becker@posteo.example", "Re: [YW-2026-00463] Your complaint about Sunny Toys",
   "Hi,\n"
   "\n"
   "answers inline.\n"
   "\n"
   "> On 15. Apr 2026, at 10:05, Yiwu Consumer Rights Station <tousu@yweca.org.example> wrote:\n"
   ">\n"
   "> What is the seller's website?\n"
   "\n"
   "https://www.sunnytoys.example/store/2231\n"
   "\n"
   "> How much did you pay, and what is the order number?\n"
   "\n"
   "I paid € 412.50. Order ID: SN-55617-B\n"
   "\n"
   "> Can the station call you?\n"
   "\n"
   "Yes: +49 151 2345 6789\n"
   "\n"
   "Lukas\n",
   "Wed, 15 Apr 2026 18:22:40 +0200", "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E@posteo.example",
   kind="reply", language="en", case_ref="YW-2026-00463",
   comp={"name": "Lukas Becker", "phones": ["+4915123456789"]},
   resp={"urls": ["https://www.sunnytoys.example/store/2231"]},
   order={"number": "SN-55617-B", "amount": "412.50", "currency": "EUR"},
   must=["answers inline", "https://www.sunnytoys.example/store/2231"], mustnot=["Can the station call you?"],
   notes="Apple Mail interleaved reply: answers between quoted questions count; the merchant named only in the quoted subject/text is not extracted")

gmail("e5m-26.eml", "Chinedu Okafor", "chinedu.okafor.ng@gmail.com", "Complaint: hair extensions never shipped",
   "Good day,\n"
   "\n"
   "I am Chinedu Okafor from Lagos. I bought hair extensions from Yiwu Glory Hair Products Co., Ltd. Here is what happened:\n"
   "\n"
   "- 3/5 at 14:30: paid a deposit of USD 500.00\n"
   "- 03/12/2026: paid the balance of USD 1,750.00 (total paid USD 2,250.00)\n"
   "- 3/20: they sent tracking number YT2345678901234, which never updates\n"
   "- 2026-04-01 10:45: they stopped answering\n"
   "\n"
   "Order No.: GH-240315-1187\n"
   "PayPal transaction ID: 9AB12345CD678901E\n"
   "Seller WhatsApp: +86 137 5798 2210\n"
   "\n"
   "Please help me get my USD 2,250.00 back.\n"
   "WhatsApp: +234 803 555 0142\n",
   "Thu, 16 Apr 2026 08:12:44 +0100", "CAM0o5U1qT4r2P6mN8xE7vW9aX0yH3uG4iJ5kL6mO7pQ8dY@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Chinedu Okafor", "phones": ["+2348035550142"]},
   resp={"name": "Yiwu Glory Hair Products Co., Ltd.", "phones": ["+8613757982210"]},
   order={"number": "GH-240315-1187", "amount": "2250.00", "currency": "USD"},
   must=["which never updates"],
   notes="English timeline (3/5 at 14:30, 03/12/2026, 2026-04-01 10:45); deposit and balance before the total paid, which wins; YT tracking and PayPal ID are no phones")

html27 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
          "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
          "<p>Dear team,</p><p>Our LED strip lights from the supplier below fail after a week. They ignore our e-mails.</p>"
          "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
          "<tr><td><b>Supplier</b></td><td>Jinhua Bright Lighting Co., Ltd.</td></tr>"
          "<tr><td><b>Supplier phone</b></td><td>+86&nbsp;579&nbsp;8233&nbsp;1190</td></tr>"
          "<tr><td><b>Order No.</b></td><td>PO-99812</td></tr>"
          "<tr><td><b>Goods value</b></td><td>US$ 3,250.00</td></tr>"
          "<tr><td><b>Freight</b></td><td>US$ 210.00</td></tr>"
          "<tr><td><b>Amount paid</b></td><td>US$ 3,460.00</td></tr>"
          "</table><p>Regards,<br>Hannah Moore<br>Moore &amp; Sons Lighting<br>Tel. +61 2 9876 5432</p>"
          "</div></body></html>")
outlook("e5m-27.eml", "Hannah Moore", "hannah@mooreandsons.example", "LED strips failing - supplier ignores us", html27,
   "Fri, 17 Apr 2026 09:00:00 +1000", "SY4P282MB1234A1B2C3D4E5F6A7B8C9D0E1F20527@SY4P282MB1234.AUSP282.PROD.OUTLOOK.COM",
   html_only=True,
   kind="complaint", language="en",
   comp={"name": "Hannah Moore", "phones": ["+61298765432"]},
   resp={"name": "Jinhua Bright Lighting Co., Ltd.", "phones": ["+8657982331190"]},
   order={"number": "PO-99812", "amount": "3460.00", "currency": "USD"},
   must=["fail after a week"],
   notes="Outlook HTML only with a label | value table; Goods value and Freight before Amount paid, which wins; &nbsp; inside the supplier phone; signature with her own company")

gmail("e5m-28.eml", "Ahmed Al-Sayed", "ahmed.alsayed.trading@gmail.com", "Wrong colour of 2,000 scarves",
   "Dear Sir,\n"
   "\n"
   "We ordered 2,000 scarves in navy from Yiwu Meiya Scarf Factory. They shipped black ones and will not exchange them.\n"
   "Order No. MY-7781, paid USD 5,600.00 in full.\n"
   "Factory address: No. 88 Xuefeng West Road, Yiwu, Zhejiang\n"
   "\n"
   "-- \n"
   "Ahmed Al-Sayed\n"
   "Al-Sayed General Trading LLC\n"
   "Office 1204, Al Ghurair Centre, Deira, Dubai, UAE\n"
   "Mobile: +971 50 123 4567\n",
   "Sat, 18 Apr 2026 13:14:15 +0400", "CAN1p6V2rU5s3Q7oO9yF8wX0bY1zI4vH5jK6lM7nP8qR9eZ@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Ahmed Al-Sayed", "phones": ["+971501234567"], "address": "Office 1204, Al Ghurair Centre, Deira, Dubai, UAE"},
   resp={"name": "Yiwu Meiya Scarf Factory", "address": "No. 88 Xuefeng West Road, Yiwu, Zhejiang"},
   order={"number": "MY-7781", "amount": "5600.00", "currency": "USD"},
   must=["will not exchange them"],
   notes="New English complaint with a '-- ' signature: name, own company, street address and mobile are the complainant's")

thunder_mixed("e5m-29.eml", "Sophie Laurent", "sophie.laurent@orange.example", "Complaint: broken glass candle holders",
   "Hello,\n"
   "\n"
   "I bought 600 glass candle holders from Yiwu Crystal Home Co., Ltd. \n"
   "(https://crystalhome.yiwugo.example/shop/8812). 140 were broken on \n"
   "arrival; the packing list and photos are attached.\n"
   "\n"
   "Order ID: CH-2026-4471, amount paid EUR 2,040.00.\n"
   "\n"
   "Sophie Laurent\n"
   "+33 6 12 34 56 78\n",
   "Sun, 19 Apr 2026 16:40:00 +0200", "4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8@orange.example",
   [("Photos des articles cassés – carton n°1 et n°2 (réception du 18 avril).jpg", "image/jpeg", "2231c", "UTF-8"),
    ("packing_list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "ascii")],
   kind="complaint", language="en",
   comp={"name": "Sophie Laurent", "phones": ["+33612345678"]},
   resp={"name": "Yiwu Crystal Home Co., Ltd.", "urls": ["https://crystalhome.yiwugo.example/shop/8812"]},
   order={"number": "CH-2026-4471", "amount": "2040.00", "currency": "EUR"},
   must=["140 were broken on arrival"],
   notes="Thunderbird multipart/mixed, format=flowed body; a long UTF-8 file name in RFC 2231 continuations (filename*0*/filename*1*); URL in parentheses")

gmail("e5m-30.eml", "Grace Mensah", "grace.mensah@gmail.com", "Supplier refuses refund - also reported to Alibaba",
   "Hello,\n"
   "\n"
   "My name is Grace Mensah. I paid Yiwu Rainbow Beads Co. US$ 860.00 for order RB-30917 (Order No. RB-30917) and received only half of the beads.\n"
   "I already opened Alibaba dispute ID 5022187346 and a Trading Standards report (reference TS-2026-00417); neither helped.\n"
   "Seller phone: 0579-8541 2290\n"
   "You can reach me on +233 24 123 4567.\n",
   "Mon, 20 Apr 2026 10:00:00 +0000", "CAO2q7W3sV6t4R8pP0zG9xY1cZ2aJ5wI6kL7mN8oQ9rS0fA@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Grace Mensah", "phones": ["+233241234567"]},
   resp={"name": "Yiwu Rainbow Beads Co.", "phones": ["+8657985412290"]},
   order={"number": "RB-30917", "amount": "860.00", "currency": "USD"},
   must=["received only half of the beads"],
   notes="Other platforms' references (Alibaba dispute ID, Trading Standards TS-2026-00417) are neither case references nor phones")

save()
