#!/usr/bin/env python3
"""Generate the fifth-round evaluation messages on kind, case reference
and language borderlines (e5k-NN.eml) and labels.json: complaints phrased
as questions versus general inquiries, inquiries about a named shop,
complaints without grievance words, machine answers quoting a case
reference (ticket acknowledgements, out-of-office notices in English and
Traditional Chinese), bounces of every flavour (Postfix, Exim, Exchange,
Gmail, QQ, 163), phishing and fake logistics spam, staff mail, case
references in odd forms and non-references, mixed-language text. Labels
follow the shared README; run from anywhere: python3 gen.py. All people,
shops and numbers are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


def plain(name, disp, addr, subject, text, date, msgid, cs="utf-8", cte="base64", extra=(), **lab):
    """A machine or bulk sender: one text/plain part, no client headers."""
    dom = addr.split("@")[1]
    frm = "%s <%s>" % ((disp if disp.isascii() else ew(disp, cs)), addr) if disp else addr
    hdr = ["Return-Path: <%s>" % addr, received("mail." + dom, "203.0.113.201", date), "From: " + frm,
           "To: " + STATION, "Subject: " + (subject if subject.isascii() else ew(subject, cs)), "Date: " + date,
           "Message-ID: <%s>" % msgid] + list(extra)
    ct, body = single(text, cs, cte)
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def htmlmail(name, disp, addr, subject, text, date, msgid, cs="utf-8", extra=(), **lab):
    """HTML-only mail in base64 (webmail marketing and phishing)."""
    dom = addr.split("@")[1]
    hdr = ["Return-Path: <%s>" % addr, received("edm." + dom, "203.0.113.202", date),
           'From: "%s" <%s>' % (disp if disp.isascii() else ew(disp, cs), addr), "To: " + STATION,
           "Subject: " + (subject if subject.isascii() else ew(subject, cs)), "Date: " + date,
           "Message-ID: <%s>" % msgid] + list(extra)
    ct, body = single("<html><body>" + to_html(text) + "</body></html>", cs, "base64", "text/html")
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


QQ_QUOTE = ("\n\n------------------ 原始邮件 ------------------\n"
            "发件人: \"义乌市电子商务协会维权服务站\"<tousu@yweca.org.example>;\n"
            "发送时间: %s\n收件人: \"%s\"<%s>;\n\n主题: %s\n\n\n\n%s")

# ---------------------------------------------------------------------------
# Complaints and inquiries

qq("e5k-01.eml", "王丽", "wangli_0412@qq.com", "电水壶用了三天就坏了",
   "你好，我在义乌篁园市场“鑫源五金店”买的电水壶，用了三天就坏了，插上电没反应。请问能退吗？\n王丽\n",
   "Mon, 04 May 2026 09:10:11 +0800", "tencent_E5K01A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "王丽"}, resp={"name": "鑫源五金店"},
   missing=["complainant_phone", "respondent_contact"], must=["用了三天就坏了"],
   notes="complaint phrased as a question (请问能退吗？) about a purchase from a named shop")

netease("e5k-02.eml", "张伟", "zhangwei_sz@163.com", "咨询：网购商品损坏能否退货",
   "你好，想咨询一下：网购的东西收到后发现坏了，一般能退吗？需要什么凭证？\n谢谢！\n张伟\n",
   "Mon, 04 May 2026 10:22:33 +0800", "5a1b2c3d.1e2f.18f3a4b5c6d.Coremail.zhangwei_sz@163.com",
   kind="inquiry", language="zh", comp={"name": "张伟"}, must=["一般能退吗"],
   notes="general question about broken goods bought online, no shop, no order: inquiry despite 坏了")

qq("e5k-03.eml", "赵敏", "zhaomin_1990@qq.com", "想了解批发退货规则",
   "您好！我去年在义乌国际商贸城买过一批饰品，现在想了解一下，批发订单一般有没有七天无理由退货？\n谢谢。\n赵敏\n",
   "Mon, 04 May 2026 11:05:00 +0800", "tencent_E5K03A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="inquiry", language="zh", comp={"name": "赵敏"}, must=["七天无理由退货"],
   notes="mentions a past purchase but asks only a general question about wholesale returns")

foxmail("e5k-04.eml", "孙浩", "sunhao_yw@foxmail.com", "请问这家公司正规吗",
   "你好，请问“义乌市恒达饰品有限公司”是正规公司吗？他们在1688上报价很低，让我先付30%定金，我还没付款，想先核实一下。\n"
   "对方电话：0579-85236611\n"
   "网址：https://hengda-shipin.1688.example\n"
   "孙浩 13706791234\n",
   "Mon, 04 May 2026 14:30:12 +0800", "202605041430120117@foxmail.com",
   kind="inquiry", language="zh", comp={"name": "孙浩", "phones": ["+8613706791234"]},
   resp={"name": "义乌市恒达饰品有限公司", "urls": ["https://hengda-shipin.1688.example"], "phones": ["+8657985236611"]},
   must=["是正规公司吗"],
   notes="inquiry whether a named company is legitimate; merchant fields extracted, missing stays []")

gmail("e5k-05.eml", "Daniel Okafor", "daniel.okafor.ng@gmail.com", "Is this supplier legitimate?",
   "Hello,\n\n"
   "Could you tell me whether Golden Star Trading Co., Ltd. is a legitimate company? Their website is "
   "https://www.goldenstar-trading.example and their phone number is +86 579 8512 3456. They want full "
   "payment before production. I haven't paid anything yet.\n\n"
   "Regards,\nDaniel Okafor\nLagos, Nigeria\n",
   "Mon, 04 May 2026 08:15:40 +0100", "CAE5K05xQ1w2e3r4t5y6u7i8o9p0aSdFgHjKl@mail.gmail.com",
   kind="inquiry", language="en", comp={"name": "Daniel Okafor"},
   resp={"name": "Golden Star Trading Co., Ltd.", "urls": ["https://www.goldenstar-trading.example"], "phones": ["+8657985123456"]},
   must=["legitimate company"],
   notes="English inquiry whether a named supplier is legitimate; merchant fields extracted; Lagos is no address")

netease("e5k-06.eml", "林芳", "linfang_1985@126.com", "请帮忙联系商家退款",
   "您好，\n"
   "我4月2日在拼多多“小鹿童装旗舰店”买了两件童装，订单号：260402-558812734901，实付￥156.00。\n"
   "商家4月8日答应退款，我一直在等。\n"
   "请你们帮我联系商家，督促他们尽快把钱退给我。\n"
   "电话：13967851234\n"
   "林芳\n",
   "Tue, 05 May 2026 09:40:00 +0800", "6b2c3d4e.2f3a.18f3b5c6d7e.Coremail.linfang_1985@126.com",
   kind="complaint", language="zh", comp={"name": "林芳", "phones": ["+8613967851234"]},
   resp={"name": "小鹿童装旗舰店"}, order={"number": "260402-558812734901", "amount": "156.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["督促他们尽快把钱退给我"],
   notes="complaint without grievance words, only a clear request to act on a specific order")

outlook("e5k-07.eml", "Emma Schultz", "emma.schultz@posteo.example", "Shipment of replacement mugs",
   "Dear Sir/Madam,\n\n"
   "On 3 April I paid US$ 420.00 for 200 ceramic mugs from Sunny Crafts Store on yiwugo (Order No. SC-20260403-117). "
   "The seller agreed on 10 April to ship a replacement batch.\n"
   "Please contact the seller and ask them to ship it this week.\n\n"
   "Best regards,\nEmma Schultz\n+49 30 1234 5678\n",
   "Tue, 05 May 2026 07:02:11 +0000", "AM0PR04MB5E5K07A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Emma Schultz", "phones": ["+493012345678"]},
   resp={"name": "Sunny Crafts Store"}, order={"number": "SC-20260403-117", "amount": "420.00", "currency": "USD"},
   missing=["respondent_contact"], must=["ship a replacement batch"],
   notes="English complaint with no grievance words, only a request to act; German phone")

outlook("e5k-08.eml", "Mark Evans", "mark.evans@btinternet.example", "Desk lamp arrived cracked - refund?",
   "Hi,\n\n"
   "I ordered a desk lamp from BrightHome Store on AliExpress (order 8123456789012345) and it arrived with a cracked base. "
   "Is it possible to get a refund for this?\n\n"
   "Mark Evans\n",
   "Tue, 05 May 2026 18:20:00 +0100", "DB9PR02MB5E5K08A1B2C3D4E5F6@DB9PR02MB.eurprd02.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Mark Evans"}, resp={"name": "BrightHome Store"},
   order={"number": "8123456789012345"},
   missing=["complainant_phone", "respondent_contact"], must=["cracked base"],
   notes="English complaint phrased as a question about a specific order and shop")

gmail("e5k-09.eml", "Lucy Grant", "lucy.grant77@gmail.com", "Question about refunds",
   "Hello,\n\n"
   "If something I buy online arrives broken, can I usually get a refund? What are the rules in China?\n\n"
   "Thanks,\nLucy\n",
   "Wed, 06 May 2026 10:11:12 +1000", "CAE5K09xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="inquiry", language="en", comp={"name": "Lucy Grant"}, must=["arrives broken"],
   notes="general English question about broken goods, no shop, no order: inquiry; fuller From name over signature Lucy")

# ---------------------------------------------------------------------------
# Auto-replies

plain("e5k-10.eml", "BrightHome Support", "support@brighthome.example",
      "[BrightHome] Re: [YW-2026-00433] Complaint about order 5521",
      "Hello,\n\n"
      "Your request #48213 has been received and is being reviewed by our support staff.\n\n"
      "To add additional comments, reply to this email.\n\n"
      "BrightHome Support\n+86 579 8566 1200\n",
      "Wed, 06 May 2026 02:00:05 +0000", "ZD48213.1746496805@brighthome.zendesk.example", cs="us-ascii", cte="7bit",
      kind="auto_reply", case_ref="YW-2026-00433", language="en", must=["has been received"],
      notes="ticket-system acknowledgement without auto headers, request number between 'request' and 'has been received'")

plain("e5k-11.eml", "优品汇客服中心", "kefu@youpinhui.example", "Re: [YW-2026-00435] 关于消费者投诉的协调函",
      "尊敬的客户：\n您好！您的工单号为 GD20260412001，已受理。我们将在3个工作日内处理并回复，请耐心等待。\n"
      "客服热线：400-826-6688\n优品汇客服中心\n",
      "Wed, 06 May 2026 09:00:01 +0800", "ticket.GD20260412001@youpinhui.example", cs="gbk",
      kind="auto_reply", case_ref="YW-2026-00435", language="zh", must=["已受理"],
      notes="Chinese ticket acknowledgement (您的工单号为…已受理) without auto headers; its hotline is nobody's")

big5("e5k-12.eml", "林怡君", "yijun.lin@meihua-trade.example", "回覆: [YW-2026-00437] 關於消費者投訴",
     "您好：\n本人於4月30日至5月8日休假，期間無法即時回覆郵件。\n"
     "如有急事，請聯絡同事王小姐 (02) 2345-6789。\n返回後將儘快回覆，謝謝。\n林怡君\n",
     "Thu, 07 May 2026 08:00:00 +0800", "AR-20260507080000.5521@meihua-trade.example",
     kind="auto_reply", case_ref="YW-2026-00437", language="zh", must=["休假"],
     notes="Traditional Chinese vacation notice from a merchant's staff, Big5, no headers and no 自動回覆 in the subject")

plain("e5k-13.eml", "Kevin Zhou", "kevin@brightlamp.example", "Re: YW-2026-00439 Complaint from a buyer about order BL-5521",
      "Thank you for your email. I am out of the office from 28 April to 5 May with no access to email. "
      "For urgent matters please contact my colleague Lily at +86 138 5792 0011.\n\n"
      "Kevin Zhou\nSales Manager, Bright Lamp Co.\n",
      "Thu, 07 May 2026 01:12:00 +0000", "OOO.20260507011200.kevin@brightlamp.example", cs="us-ascii", cte="7bit",
      kind="auto_reply", case_ref="YW-2026-00439", language="en", must=["out of the office"],
      notes="merchant staff out-of-office without headers; bare reference in the subject; the phone is nobody's")

# ---------------------------------------------------------------------------
# Bounces

d14 = "Thu, 07 May 2026 10:00:02 +0800"
b14 = "5E5K14A.1746583202/mx1.yweca.org.example"
body14 = ("This is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Description: Notification\r\n"
          "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
          "This is the mail system at host mx1.yweca.org.example.\r\n\r\n"
          "I'm sorry to have to inform you that your message could not\r\n"
          "be delivered to one or more recipients. It's attached below.\r\n\r\n"
          "For further assistance, please send mail to postmaster.\r\n\r\n"
          "                   The mail system\r\n\r\n"
          "<ligang1979@126.com>: host mx.126.com[203.0.113.126] said: 550 User not found:\r\n"
          "    ligang1979@126.com (in reply to RCPT TO command)\r\n\r\n"
          "--%s\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; mx1.yweca.org.example\r\nX-Postfix-Queue-ID: 5E5K14A\r\n"
          "Arrival-Date: Thu,  7 May 2026 09:59:58 +0800 (CST)\r\n\r\n"
          "Final-Recipient: rfc822; ligang1979@126.com\r\nAction: failed\r\nStatus: 5.0.0\r\n"
          "Diagnostic-Code: smtp; 550 User not found: ligang1979@126.com\r\n\r\n"
          "--%s\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: ligang1979@126.com\r\n"
          "Subject: =?UTF-8?Q?=5BYW-2026-00441=5D_=E8=AF=B7=E8=A1=A5=E5=85=85=E8=AE=A2=E5=8D=95=E5=8F=B7?=\r\n"
          "Date: Thu, 07 May 2026 09:59:58 +0800\r\nMessage-ID: <yw00441.0507@yweca.org.example>\r\n"
          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          "5p2O5YWI55Sf5oKo5aW977yM6K+36KGl5YWF6K6i5Y2V5Y+344CC5ZWG5a6255S16K+dMTM4NTc5MDAxMjPjgII=\r\n\r\n"
          "--%s--\r\n") % (b14, b14, b14, b14)
raw("e5k-14.eml",
    ["Return-Path: <>", "Received: by mx1.yweca.org.example (Postfix)\r\n\tid 5E5K14B; " + d14,
     "Date: " + d14, "From: Mail Delivery System <MAILER-DAEMON@mx1.yweca.org.example>",
     "Subject: Undelivered Mail Returned to Sender", "To: tousu@yweca.org.example",
     "Auto-Submitted: auto-replied", "Message-Id: <20260507020002.5E5K14B@mx1.yweca.org.example>"],
    "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b14, body14,
    "Undelivered Mail Returned to Sender", ("Mail Delivery System", "mailer-daemon@mx1.yweca.org.example"), "bounce",
    "20260507020002.5E5K14B@mx1.yweca.org.example", "en", case_ref="YW-2026-00441",
    must=["could not"],
    notes="Postfix bounce from the station's own MTA (station domain: still bounce); reference in the Q-encoded returned subject")

d15 = "Thu, 07 May 2026 03:15:44 +0000"
ret15 = ("李明您好，您的投诉已转给商家。\r\n\r\n---------- 转发的邮件 ----------\r\n"
         "你好，我在“星河贸易”买的蓝牙音箱没声音，商家不退货。\r\n姓名：李明\r\n电话：13812345678\r\n")
import base64 as _b64  # noqa: E402
b64_15 = _b64.b64encode(ret15.encode("utf-8")).decode()
text15 = ("This message was created automatically by mail delivery software.\n\n"
          "A message that you sent could not be delivered to one or more of its\n"
          "recipients. This is a permanent error. The following address(es) failed:\n\n"
          "  service@xinghe-trade.example\n"
          "    host mail.xinghe-trade.example [203.0.113.44]\n"
          "    SMTP error from remote mail server after RCPT TO:<service@xinghe-trade.example>:\n"
          "    550 5.1.1 User unknown\n\n"
          "------ This is a copy of the message, including all the headers. ------\n\n"
          "Return-path: <tousu@yweca.org.example>\n"
          "From: tousu@yweca.org.example\n"
          "To: service@xinghe-trade.example\n"
          "Subject: =?UTF-8?Q?=E8=BD=AC=E5=8F=91=EF=BC=9A[YW-2026-00443]_=E6=B6=88=E8=B4=B9=E8=80=85=E6=8A=95=E8=AF=89?=\n"
          "Date: Thu, 07 May 2026 11:15:40 +0800\n"
          "MIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=UTF-8\n"
          "Content-Transfer-Encoding: base64\n\n" + "\n".join(b64_15[i:i + 76] for i in range(0, len(b64_15), 76)) + "\n")
ct15, body15 = single(text15, "us-ascii", "7bit")
raw("e5k-15.eml",
    ["Return-path: <>", received("mail.xinghe-trade.example", "203.0.113.44", d15),
     "From: Mail Delivery System <Mailer-Daemon@mail.xinghe-trade.example>", "To: tousu@yweca.org.example",
     "Subject: Mail delivery failed: returning message to sender", "Date: " + d15,
     "Message-Id: <E1uE5K15-000Abc-Ab@mail.xinghe-trade.example>", "Auto-Submitted: auto-replied"],
    ct15, body15, "Mail delivery failed: returning message to sender",
    ("Mail Delivery System", "mailer-daemon@mail.xinghe-trade.example"), "bounce",
    "E1uE5K15-000Abc-Ab@mail.xinghe-trade.example", "en", case_ref="YW-2026-00443",
    must=["could not be delivered"],
    notes="Exim plain-text bounce of a forwarded consumer complaint: still bounce, its name and phone are nobody's; reference in a Q-encoded copied subject")

d16 = "Fri, 08 May 2026 06:20:00 +0000"
b16 = "_005_SG2PR01MB5E5K16_"
body16 = ("--%s\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
          "Delivery has failed to these recipients or groups:\r\n\r\n"
          "sales@hengda-shipin.example\r\n"
          "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\r\n\r\n"
          "Diagnostic information for administrators:\r\n\r\n"
          "Generating server: SG2PR01MB5E5K.apcprd01.prod.outlook.com\r\n\r\n"
          "sales@hengda-shipin.example\r\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns;SG2PR01MB5E5K.apcprd01.prod.outlook.com\r\n\r\n"
          "Final-recipient: RFC822; sales@hengda-shipin.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: sales@hengda-shipin.example\r\n"
          "Subject: =?UTF-8?B?5ZKo6K+i77ya5YWz5LqO6LS15YWs5Y+455qE6K+E5Lu3?=\r\n"
          "Message-ID: <20260508141955.C3D4@yweca.org.example>\r\n\r\n--%s--\r\n") % (b16, b16, b16, b16)
raw("e5k-16.eml",
    [received("SG2PR01MB5E5K.apcprd01.prod.outlook.com", "203.0.113.61", d16),
     "From: Microsoft Outlook <postmaster@hengda-shipin.example>", "To: <tousu@yweca.org.example>",
     "Subject: Undeliverable: =?UTF-8?B?5ZKo6K+i77ya5YWz5LqO6LS15YWs5Y+455qE6K+E5Lu3?=", "Date: " + d16,
     "Message-ID: <5e5k16a1-2b3c-4d5e-6f70-8192a3b4c5d6@SG2PR01MB5E5K.apcprd01.prod.outlook.com>",
     "Content-Language: en-US"],
    "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b16, body16,
    "Undeliverable: 咨询：关于贵公司的评价", ("Microsoft Outlook", "postmaster@hengda-shipin.example"), "bounce",
    "5e5k16a1-2b3c-4d5e-6f70-8192a3b4c5d6@SG2PR01MB5E5K.apcprd01.prod.outlook.com", "en",
    must=["Delivery has failed"],
    notes="Exchange NDR without a case reference; English report text although the subject is Chinese")

d17 = "Fri, 08 May 2026 12:01:30 +0800"
html17 = ("<html><body><div>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</div>"
          "<div>被退回的邮件：关于您咨询的答复</div><div>时　　间：2026年5月8日 12:00</div>"
          "<div>收件人：chenjie_0101@qq.com</div><div>退信原因：收件人不存在，请检查地址后重新发送。</div></body></html>")
ct17, body17 = single(html17, "gb18030", "base64", "text/html")
raw("e5k-17.eml",
    ["Return-Path: <>", received("newxmmxszc6-2.qq.com", "203.0.113.7", d17),
     "From: \"%s\" <PostMaster@qq.com>" % ew("系统退信", "gb18030"), "To: " + STATION,
     "Subject: " + ew("来自QQ邮箱的退信", "gb18030"), "Date: " + d17, "Message-ID: <bounce.20260508120130.71230@qq.com>"],
    ct17, body17, "来自QQ邮箱的退信", ("系统退信", "postmaster@qq.com"), "bounce",
    "bounce.20260508120130.71230@qq.com", "zh", must=["收件人不存在"],
    notes="QQ 退信 without any case reference")

d18 = "Sat, 09 May 2026 08:30:00 +0800"
b18 = "----=_Part_Bounce_5E5K18_163"
orig18 = ("Message-ID: <20260509082900.D4E5@yweca.org.example>\r\nFrom: tousu@yweca.org.example\r\n"
          "To: gaoyan_88@163.com\r\nSubject: =?UTF-8?B?5YWz5LqO5oKo55qE5oqV6K+J?=\r\n"
          "Date: Sat, 09 May 2026 08:29:00 +0800\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n"
          "高女士您好，您的投诉（案件编号：YW-2026-00445）已登记，请补充商家电话。\r\n")
txt18 = ("系统退信\n\n您发送到 gaoyan_88@163.com 的邮件没有投递成功。\n"
         "退信原因：收件人邮箱已被停用 (550 Mailbox unavailable)\n建议解决方案：请联系收件人更换邮箱。\n")
h18, p18 = part("text/plain", "GBK", "base64", txt18)
body18 = ("--%s\r\n%s%s\r\n--%s\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n%s\r\n--%s--\r\n"
          % (b18, h18, p18, b18, orig18, b18))
raw("e5k-18.eml",
    ["Return-Path: <>", received("m12-18.163.com", "203.0.113.18", d18),
     "From: %s <postmaster@163.com>" % ew("网易邮件中心", "GBK"), "To: " + STATION,
     "Subject: " + ew("系统退信", "GBK"), "Date: " + d18, "Message-ID: <bounce-5e5k18.1746750600@163.com>"],
    "Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"\r\n" % b18, body18.encode("utf-8").decode("latin-1"),
    "系统退信", ("网易邮件中心", "postmaster@163.com"), "bounce", "bounce-5e5k18.1746750600@163.com", "zh",
    case_ref="YW-2026-00445", must=["没有投递成功"],
    notes="163 退信; the case reference only in the body of the returned message (8bit UTF-8), not its headers")

d19 = "Sat, 09 May 2026 01:44:09 -0700"
b19 = "000000000000e5k19a0614b2c3d4"
body19 = ("--%s\r\nContent-Type: multipart/related; boundary=\"%s_rel\"\r\n\r\n"
          "--%s_rel\r\nContent-Type: multipart/alternative; boundary=\"%s_alt\"\r\n\r\n"
          "--%s_alt\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
          "** Address not found **\r\n\r\n"
          "Your message wasn't delivered to zhou.min88@gmail.com because the address couldn't be found, "
          "or is unable to receive mail.\r\n\r\n"
          "Learn more here: https://support.google.com/mail/?p=NoSuchUser\r\n\r\n"
          "The response was:\r\n\r\n"
          "550 5.1.1 The email account that you tried to reach does not exist.\r\n\r\n"
          "--%s_alt--\r\n\r\n--%s_rel--\r\n\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; googlemail.com\r\n\r\n"
          "Final-Recipient: rfc822; zhou.min88@gmail.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
          "--%s\r\nContent-Type: message/rfc822\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: zhou.min88@gmail.com\r\n"
          "Subject: Re: [YW-2026-00447] =?UTF-8?B?6K+36KGl5YWF5ZWG5a625ZCN56ew?=\r\n"
          "Date: Sat, 09 May 2026 16:44:00 +0800\r\nMessage-ID: <yw00447.0509@yweca.org.example>\r\n"
          "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          "5ZGo5aWz5aOr5oKo5aW977yM6K+36KGl5YWF5ZWG5a625ZCN56ew44CC\r\n\r\n"
          "--%s--\r\n") % (b19, b19, b19, b19, b19, b19, b19, b19, b19, b19)
raw("e5k-19.eml",
    [received("mail-sor-f69.google.com", "203.0.113.69", d19),
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: tousu@yweca.org.example",
     "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)",
     "References: <yw00447.0509@yweca.org.example>", "In-Reply-To: <yw00447.0509@yweca.org.example>",
     "X-Failed-Recipients: zhou.min88@gmail.com", "Date: " + d19,
     "Message-ID: <5e5k19b2.050a0220.2f3c4d.e5k1@mx.google.com>"],
    "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status\r\n" % b19, body19,
    "Delivery Status Notification (Failure)", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "bounce",
    "5e5k19b2.050a0220.2f3c4d.e5k1@mx.google.com", "en", case_ref="YW-2026-00447",
    must=["Address not found"],
    notes="Gmail DSN (multipart/related inside the report); reference in the returned subject beside an encoded word")

# ---------------------------------------------------------------------------
# Spam

htmlmail("e5k-20.eml", "淘宝退款中心", "refund@tb-service-center.example", "您的订单退款通知",
         "尊敬的淘宝用户：\n您好！您于近期购买的商品因质量问题已被平台下架，系统将为您办理双倍退款（最高598元）。\n"
         "请在24小时内点击以下链接，填写银行卡号及验证码领取退款：\nhttp://tb-refund-center.example/claim?id=88213\n"
         "逾期未办理视为自动放弃。\n淘宝退款中心\n",
         "Sat, 09 May 2026 20:15:00 +0800", "20260509201500.88213@tb-service-center.example",
         kind="spam", language="zh", must=["双倍退款"],
         notes="phishing 订单退款 mail mimicking a platform refund: asks for bank card and verification code via a link")

htmlmail("e5k-21.eml", "Alibaba.com", "service@alibaba-refunds.example", "Your Alibaba order refund",
         "Dear Customer,\n\nYour refund of US$ 249.00 for order #2026041588213 has been approved. "
         "To receive the funds, please verify your account within 24 hours by clicking the link below:\n\n"
         "https://alibaba-refunds.example/verify\n\nIf you do not verify, the refund will be cancelled.\n\n"
         "Alibaba.com Refund Team\n",
         "Sat, 09 May 2026 11:00:00 +0000", "refund.2026041588213@alibaba-refunds.example",
         kind="spam", language="en", must=["verify your account"],
         notes="English phishing about an order refund: verify your account within 24 hours")

plain("e5k-22.eml", "中通快递", "notice@zto-delivery.example", "【中通快递】您的包裹派送失败通知",
      "您好，您的包裹（运单号：75331920884726）因收件地址不详无法派送，已退回网点。\n"
      "请于48小时内点击链接更新地址并支付1.5元重新派送费：http://zto-redeliver.example/u/8821\n"
      "否则包裹将被退回寄件人。\n",
      "Sun, 10 May 2026 07:30:00 +0800", "sms2mail.8821.20260510@zto-delivery.example", cs="utf-8",
      kind="spam", language="zh", must=["更新地址"],
      notes="fake logistics notice asking to pay a small fee through a link")

plain("e5k-23.eml", "DHL Express", "noreply@dhl-parcel-track.example", "DHL: Your parcel is on hold",
      "Your parcel 4418829031 is on hold at our facility due to an unpaid customs fee of $1.99.\n"
      "Please pay the fee within 48 hours at https://dhl-parcel-track.example/pay or your parcel will be "
      "returned to the sender.\n\nDHL Express Customer Service\n",
      "Sun, 10 May 2026 03:03:03 +0000", "hold.4418829031@dhl-parcel-track.example", cs="us-ascii", cte="7bit",
      kind="spam", language="en", must=["unpaid customs fee"],
      notes="fake DHL customs-fee notice, no bulk headers")

htmlmail("e5k-24.eml", "鑫源五金店", "news@xinyuan-wujin.example", "【鑫源五金】五一大促，全场8折",
         "亲爱的顾客：\n感谢您一直以来的支持！五一期间全场商品8折，订单满199减30，老顾客再送精美礼品一份。\n"
         "活动时间：5月1日至5月10日\n店铺地址：义乌市篁园市场2楼A区2188号\n如不想再收到此类邮件，请点击退订。\n",
         "Mon, 11 May 2026 10:00:00 +0800", "edm.20260511.5e5k24@xinyuan-wujin.example",
         extra=["List-Unsubscribe: <https://www.xinyuan-wujin.example/unsub>", "Precedence: bulk"],
         kind="spam", language="zh", must=["全场商品8折"],
         notes="marketing from a shop with List-Unsubscribe and Precedence: bulk; its address is nobody's")

plain("e5k-25.eml", "李经理", "lijingli8899@163.example", "您好，有需要请联系",
      "您好！本公司长期代开各地增值税专用发票、普通发票，点数低，可先验票后付款。\n"
      "另招聘网店刷单兼职，日结，一单5-20元。有意者加微信：fp88990011\n",
      "Mon, 11 May 2026 13:14:15 +0800", "5e5k25.20260511131415@163.example", cs="gbk",
      kind="spam", language="zh", must=["刷单兼职"],
      notes="Chinese spam: 代开发票, 刷单, 加微信")

# ---------------------------------------------------------------------------
# Staff mail

foxmail("e5k-26.eml", "王敏", "staff1@yweca.org.example", "转发：投诉淘宝店铺不发货",
        "请值班同事登记一下这个投诉，消费者电话打过来了。\n\n"
        "---------- 转发的邮件 ----------\n"
        "发件人：吴刚 <wugang_88@126.com>\n日期：2026年5月11日 09:12\n主题：投诉淘宝店铺不发货\n"
        "收件人：<wangmin@yweca.org.example>\n\n"
        "你好，我在淘宝“潮流前线男装店”买了一件夹克，付款399元，半个月了还没发货。\n电话：13857901234\n吴刚\n",
        "Mon, 11 May 2026 09:30:00 +0800", "202605110930004455667@yweca.org.example",
        kind="reply", language="zh", must=["请值班同事登记"],
        notes="staff forward of a consumer complaint to the desk: reply, no case reference, no party data")

thunder("e5k-27.eml", "Li Na", "lina@yweca.org.example", "Note for file YW-2026-00447",
        "The merchant (Bright Lamp Co., +86 579 8566 1200) called this morning and agreed to refund "
        "US$ 150.00 to the buyer by 10 May. Please follow up if the buyer has not confirmed by then.\n\nLi Na\n",
        "Mon, 11 May 2026 11:11:00 +0800", "5e5k27-note@yweca.org.example",
        kind="reply", case_ref="YW-2026-00447", language="en", must=["agreed to refund"],
        notes="internal staff note in English: reply with a bare reference in the subject, no party data")

# ---------------------------------------------------------------------------
# Consumer replies and references

q28 = QQ_QUOTE % ("2026年5月11日(星期一) 下午3:00", "马俊", "majun_1988@qq.com", "【YW-2026-00450】请补充联系电话",
                  "马先生您好，请补充您的联系电话。商家“宏运箱包”电话0579-85441122。")
qq("e5k-28.eml", "马俊", "majun_1988@qq.com", "回复：【YW-2026-00450】请补充联系电话",
   "您好，我的电话是 135 7923 4567，白天都可以打。\n马俊\n" + q28,
   "Mon, 11 May 2026 16:20:00 +0800", "tencent_E5K28A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="reply", case_ref="YW-2026-00450", language="zh", comp={"name": "马俊", "phones": ["+8613579234567"]},
   must=["白天都可以打"], mustnot=["宏运箱包"],
   notes="reference in full-width brackets 【】; merchant only in the quote")

netease("e5k-29.eml", "林芳", "linfang_1985@126.com", "关于商家不退款的补充材料（案件编号：YW-2026-00452）",
        "您好，补充一下：商家店铺链接是 https://shop.pinduoduo.example/xiaolu ，客服电话0579-85667788。\n谢谢！\n林芳\n",
        "Tue, 12 May 2026 08:45:00 +0800", "7c3d4e5f.3a4b.18f3c6d7e8f.Coremail.linfang_1985@126.com",
        kind="reply", case_ref="YW-2026-00452", language="zh", comp={"name": "林芳"},
        resp={"urls": ["https://shop.pinduoduo.example/xiaolu"], "phones": ["+8657985667788"]},
        must=["补充一下"],
        notes="reference after 案件编号： in full-width parentheses in the subject; link before ' ，'")

gmail("e5k-30.eml", "Sofia Rossi", "sofia.rossi.it@gmail.com", "Follow-up on my complaint",
      "Hello,\n\nI am writing again about case yw-2026-00454. The seller still has not sent the replacement. "
      "Could you give me an update?\n\nThanks,\nSofia Rossi\n",
      "Tue, 12 May 2026 09:00:00 +0200", "CAE5K30xP0o9i8u7y6t5r4e3w2q1aSdFgHjKl@mail.gmail.com",
      kind="reply", case_ref="YW-2026-00454", language="en", comp={"name": "Sofia Rossi"},
      must=["writing again about case"],
      notes="lower-case reference in the text counts, returned in upper case (as the parser does)")

qq("e5k-31.eml", "郑雪", "zhengxue_0808@qq.com", "YW-2026-0042 投诉的后续",
   "你好，我上个月投诉过，编号好像是YW-2026-0042，也可能是YW-26-00042，记不清了。\n"
   "我在京东“悦享家电专营店”买的电饭煲（订单号：318822907164），内胆涂层脱落，商家到现在还是不给换货。\n"
   "请帮忙催一下。\n电话：18267903355\n郑雪\n",
   "Tue, 12 May 2026 10:10:10 +0800", "tencent_E5K31A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "郑雪", "phones": ["+8618267903355"]},
   resp={"name": "悦享家电专营店"}, order={"number": "318822907164"},
   missing=["respondent_contact"], must=["内胆涂层脱落"],
   notes="YW-2026-0042 and YW-26-00042 have the wrong digit counts: no case reference, so a complaint")

outlook("e5k-32.eml", "Ahmed Khan", "ahmed.khan.pk@outlook.example", "Complaint: wrong colour delivered",
        "Hello,\n\n"
        "I ordered 500 silicone phone cases from Yiwu Wanjia Trading (Order ID: YW-2026-03317) and paid USD 1,150.00. "
        "They sent the wrong colour and now refuse to exchange them.\n"
        "Seller phone: +86 137 5792 6610\n\nPlease help.\n\nAhmed Khan\n+92 300 1234567\n",
        "Tue, 12 May 2026 06:06:06 +0000", "PA4PR01MB5E5K32A1B2C3D4E5F6@PA4PR01MB.eurprd01.prod.outlook.com",
        kind="complaint", language="en", comp={"name": "Ahmed Khan", "phones": ["+923001234567"]},
        resp={"name": "Yiwu Wanjia Trading", "phones": ["+8613757926610"]},
        order={"number": "YW-2026-03317", "amount": "1150.00", "currency": "USD"}, must=["wrong colour"],
        notes="an order ID in the case-reference format is not a case reference")

qq("e5k-33.eml", "周杰", "zhoujie_2000@qq.com", "投诉买到假AirPods",
   "你好，我在天猫“数码先锋旗舰店”买的 Apple AirPods Pro (2nd generation) with MagSafe Charging Case (USB-C) 是假货，"
   "Serial Number 在 Apple 官网查不到，Bluetooth 也经常断开。\n"
   "订单号：4012238845601，实付￥1,599.00。\n电话：13588012345\n周杰\n",
   "Wed, 13 May 2026 12:12:12 +0800", "tencent_E5K33A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "周杰", "phones": ["+8613588012345"]},
   resp={"name": "数码先锋旗舰店"}, order={"number": "4012238845601", "amount": "1599.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["官网查不到"],
   notes="Chinese complaint full of English product names: zh")

gmail("e5k-34.eml", "Olivia Brown", "olivia.brown.au@gmail.com", "Broken lanterns from a Yiwu shop",
      "Hello,\n\nI bought 20 paper lanterns from 义乌市华美工艺品有限公司 in March. Half of them arrived broken and "
      "the seller refuses to replace them. Shop phone: 0579-85321456.\n\n"
      "Could you please help me get a replacement or a refund?\n\nOlivia Brown\n",
      "Wed, 13 May 2026 19:00:00 +1000", "CAE5K34xM1n2b3v4c5x6z7l8k9j0hGfDsAqW@mail.gmail.com",
      kind="complaint", language="en", comp={"name": "Olivia Brown"},
      resp={"name": "义乌市华美工艺品有限公司", "phones": ["+8657985321456"]},
      missing=["complainant_phone"], must=["arrived broken"],
      notes="English complaint quoting a Chinese company name: en")

thunder("e5k-35.eml", "Tom Baker", "tom.baker@fastmail.example", "Re: [YW-2026-00460] Please confirm the refund",
        "Yes, received. Thanks!\n\n"
        "On 12/05/2026 10:00, tousu@yweca.org.example wrote:\n"
        "> Please confirm whether you received the refund of 320.00 yuan from Huamei Crafts.\n",
        "Wed, 13 May 2026 08:00:00 +0100", "5e5k35-tb@fastmail.example",
        kind="reply", case_ref="YW-2026-00460", language="en", comp={"name": "Tom Baker"},
        must=["Yes, received"], mustnot=["Huamei Crafts"],
        notes="very short English consumer reply; amount only in the quote")

qq_text = "收到，谢谢！\n"
qq("e5k-36.eml", "何静", "hejing_520@qq.com", "Re: [YW-2026-00462] Refund confirmation",
   qq_text + QQ_QUOTE % ("2026年5月13日(星期三) 上午9:00", "何静", "hejing_520@qq.com",
                         "[YW-2026-00462] Refund confirmation",
                         "Dear Ms He, the merchant says the refund was sent. Please confirm."),
   "Wed, 13 May 2026 09:30:00 +0800", "tencent_E5K36A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="reply", case_ref="YW-2026-00462", language="zh", comp={"name": "何静"},
   must=["收到"], mustnot=["merchant says"],
   notes="very short Chinese reply to an English station mail: language from the new text, not the subject or quote")

# ---------------------------------------------------------------------------
# Second batch

htmlmail("e5k-37.eml", "平台商家服务中心", "notice@seller-center-service.example", "【重要】您的店铺被消费者投诉，请及时处理",
         "尊敬的商家：\n您的店铺近期被消费者投诉“发货慢、货不对板”，平台已介入。\n"
         "请于24小时内点击下方链接提交申诉材料：http://seller-appeal.example/case/55213\n"
         "逾期未处理将冻结店铺资金。\n平台商家服务中心\n",
         "Thu, 14 May 2026 09:00:00 +0800", "notice.55213@seller-center-service.example",
         kind="spam", language="zh", must=["提交申诉材料"],
         notes="phishing aimed at merchants that mimics a complaint (投诉, 货不对板): deadline and link, asks the station for nothing")

htmlmail("e5k-38.eml", "Marketplace Trust Team", "trust@marketplace-alerts.example", "Complaint regarding your store - action required",
         "Dear Seller,\n\nA customer has filed a complaint against your store for a counterfeit item. "
         "Please download the complaint report and respond within 24 hours at http://marketplace-alerts.example/report, "
         "or your account will be suspended.\n\nMarketplace Trust Team\n",
         "Thu, 14 May 2026 02:00:00 +0000", "alert.77120@marketplace-alerts.example",
         kind="spam", language="en", must=["account will be suspended"],
         notes="English phishing that mimics a complaint (complaint, counterfeit) with a deadline and a threat")

foxmail("e5k-39.eml", "王敏", "staff1@yweca.org.example", "转发：自动回复：[YW-2026-00470] 请补充商家信息",
        "这个消费者邮箱一直自动回复，我明天打电话联系她。\n\n"
        "---------- 转发的邮件 ----------\n"
        "发件人：\"杨洁\" <yangjie_77@qq.com>\n日期：2026年5月14日 10:02\n主题：自动回复：[YW-2026-00470] 请补充商家信息\n"
        "收件人：<tousu@yweca.org.example>\n\n"
        "您好，我最近正在休假中，无法亲自回复您的邮件。\n",
        "Thu, 14 May 2026 10:30:00 +0800", "202605141030005566778@yweca.org.example",
        kind="reply", case_ref="YW-2026-00470", language="zh", must=["明天打电话联系她"],
        notes="staff forward of an auto-reply: written by a person, so reply, not auto_reply")

gmail("e5k-40.eml", "Li Na", "lina@yweca.org.example", "Fwd: Undeliverable: [YW-2026-00472] Please send your phone number",
      "The buyer's address bounces. Can someone call her on the number in the file?\n\n"
      "---------- Forwarded message ---------\n"
      "From: Microsoft Outlook <postmaster@outlook.com>\n"
      "Date: Thu, 14 May 2026 at 11:02\n"
      "Subject: Undeliverable: [YW-2026-00472] Please send your phone number\n"
      "To: <tousu@yweca.org.example>\n\n"
      "Your message to anna.k@outlook.example couldn't be delivered.\n",
      "Thu, 14 May 2026 11:20:00 +0800", "CAE5K40xStAfF0bOuNcE1a2b3c4d5e6f7g8h@mail.gmail.com",
      kind="reply", case_ref="YW-2026-00472", language="en", must=["address bounces"],
      notes="staff forward of a bounce: a person's message, so reply, not bounce")

iphone_text = "补充一下，商家电话是0579-85119922。\n杨洁\n"
netease("e5k-41.eml", "杨洁", "yangjie_77@163.com", "回复：YW－2026－00464 补充材料",
        iphone_text, "Fri, 15 May 2026 08:08:08 +0800", "8d4e5f6a.4b5c.18f3d7e8f9a.Coremail.yangjie_77@163.com",
        kind="reply", case_ref="YW-2026-00464", language="zh", comp={"name": "杨洁"},
        resp={"phones": ["+8657985119922"]}, must=["补充一下"],
        notes="case reference typed with full-width hyphens by a Chinese IME: the same reference, normalised")

gmail("e5k-42.eml", "Grace Lee", "grace.lee.sg@gmail.com", "Re: Case #YW-2026-00468",
      "Hi,\n\nThe seller finally shipped the replacement today. You can close the case.\n\nGrace Lee\n",
      "Fri, 15 May 2026 09:09:09 +0800", "CAE5K42xGrAcE1a2b3c4d5e6f7g8h9i0jKlMn@mail.gmail.com",
      kind="reply", case_ref="YW-2026-00468", language="en", comp={"name": "Grace Lee"},
      must=["close the case"],
      notes="reference written after 'Case #' is a case reference (not a ticket or order label)")

plain("e5k-43.eml", "Sunrise Toys Sales", "sales@sunrise-toys.example", "Re: [YW-2026-00474] Complaint from a buyer",
      "Thank you for your email. We have received your message and will respond within 24 hours.\n\n"
      "Sunrise Toys Co., Ltd.\nTel: +86 579 8533 2211\n",
      "Fri, 15 May 2026 01:00:00 +0000", "ack.00474@sunrise-toys.example", cs="us-ascii", cte="7bit",
      kind="auto_reply", case_ref="YW-2026-00474", language="en", must=["We have received your message"],
      notes="merchant acknowledgement without headers; 'within 24 hours' is no phishing here")

d44 = "Fri, 15 May 2026 10:40:00 +0800"
txt44 = ("这是来自新浪邮箱的退信通知。\n\n很抱歉，您的邮件无法发送到以下地址：\n  k.wong@sina.example\n"
         "原因：该邮箱已被冻结。\n\n----- 原邮件 -----\nSubject: [YW-2026-00476] Please send the seller's details\n"
         "From: tousu@yweca.org.example\n\nDear Mr Wong, please send us the seller's name and phone number.\n")
h44, p44 = single(txt44, "GBK", "base64")
raw("e5k-44.eml",
    ["Return-Path: <>", received("mail2-44.sinamail.sina.com.cn", "203.0.113.44", d44),
     "From: MAILER-DAEMON@sina.com", "To: " + STATION, "Subject: " + ew("退信通知", "GBK"),
     "Date: " + d44, "Message-ID: <20260515104000.MD7744@sina.com>"],
    h44, p44, "退信通知", ("", "mailer-daemon@sina.com"), "bounce",
    "20260515104000.MD7744@sina.com", "zh", case_ref="YW-2026-00476", must=["该邮箱已被冻结"],
    notes="Chinese bounce returning an English station mail: language of the bounce's own text")

outlook("e5k-45.eml", "Pedro Alves", "pedro.alves@terra.example", "Has anyone complained about Wanjia Trading?",
        "Hello,\n\nI'm about to place an order of 5,000 pieces with Yiwu Wanjia Trading (https://wanjia-trading.example). "
        "Have you received any complaints about them? Are they a registered company?\n\nThanks,\nPedro Alves\n",
        "Fri, 15 May 2026 12:00:00 +0000", "CP3PR01MB5E5K45A1B2C3D4E5F6@CP3PR01MB.brazil.prod.outlook.com",
        kind="inquiry", language="en", comp={"name": "Pedro Alves"},
        resp={"name": "Yiwu Wanjia Trading", "urls": ["https://wanjia-trading.example"]},
        must=["about to place an order"],
        notes="inquiry about a named supplier before ordering; merchant fields extracted, missing []")

qq("e5k-47.eml", "陆明", "luming_66@qq.com", "投诉",
   "淘宝“花花服饰”卖假货，订单号123456789012，电话13800001111\n",
   "Fri, 15 May 2026 14:00:00 +0800", "tencent_E5K47A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "陆明", "phones": ["+8613800001111"]},
   resp={"name": "花花服饰"}, order={"number": "123456789012"}, missing=["respondent_contact"],
   must=["卖假货"], notes="very short Chinese complaint in one line")

save()
