#!/usr/bin/env python3
"""Generate the second-round evaluation messages (e2-NN.eml) and labels.json.

Run from anywhere: python3 gen.py. The bytes are what the named mail
clients send: CRLF line endings, RFC 2047 headers, base64 / quoted-printable
/ 8bit bodies in the charsets those clients use. All people, shops, phone
numbers and organisations are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------

# e2-01: QQ Mail forward (转发：) of the merchant's answer in a 原始邮件 block.
qq("e2-01.eml", "李娜", "lina_0412@qq.com", "转发：回复：关于耳环过敏的退货申请",
   "你好，\n"
   "下面是商家给我的回复，他们不同意退货。我在他们店里买的耳环戴了一天耳朵就红肿了。\n"
   "请帮我投诉，谢谢！\n"
   "李娜 13967184452\n"
   "\n"
   "\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"恒达饰品客服\"<hengda_kefu@163.com>;\n"
   "发送时间: 2026年3月18日(星期三) 上午10:15\n"
   "收件人: \"李娜\"<lina_0412@qq.com>;\n"
   "主题: 回复：关于耳环过敏的退货申请\n"
   "\n"
   "\n"
   "\n"
   "您好，耳饰属于贴身用品，一经佩戴不予退换，请谅解。\n"
   "订单号：4102938475610293847，实付68.00元。\n"
   "\n"
   "义乌市恒达饰品有限公司\n"
   "电话：0579-85227431\n",
   "Thu, 19 Mar 2026 09:12:44 +0800", "tencent_0A1B2C3D4E5F60718293A4B5C6D7E8F901234567@qq.com",
   kind="complaint", language="zh",
   comp={"name": "李娜", "phones": ["+8613967184452"]},
   resp={"name": "义乌市恒达饰品有限公司", "phones": ["+8657985227431"]},
   order={"number": "4102938475610293847", "amount": "68.00", "currency": "CNY"},
   must=["耳朵就红肿了", "一经佩戴不予退换"],
   notes="QQ Mail forward: the 原始邮件 block under 转发： is the forwarded message and counts; hengda_kefu@ in the header lines is nobody's e-mail")

# e2-02: QQ reply with case ref in the subject; the quote is the consumer's own earlier complaint.
qq("e2-02.eml", "平安喜乐", "2290175563@qq.com", "回复：[YW-2026-00302] 请补充您的联系方式",
   "您好，\n"
   "请打我电话15057926638，白天都在。\n"
   "\n"
   "\n"
   "------------------ 原始邮件 ------------------\n"
   "发件人: \"义乌市电子商务协会维权站\"<tousu@yweca.org.example>;\n"
   "发送时间: 2026年3月19日(星期四) 下午3:20\n"
   "收件人: \"平安喜乐\"<2290175563@qq.com>;\n"
   "主题: [YW-2026-00302] 请补充您的联系方式\n"
   "\n"
   "\n"
   "\n"
   "您好，您投诉的“好运来灯饰”台灯问题已登记，编号YW-2026-00302。请补充您的姓名和联系电话。\n"
   "商家电话：0579-85330912\n"
   "\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "电话：0579-85550188\n",
   "Fri, 20 Mar 2026 08:41:10 +0800", "tencent_1B2C3D4E5F60718293A4B5C6D7E8F90123456789@qq.com",
   kind="reply", case_ref="YW-2026-00302", language="zh",
   comp={"phones": ["+8615057926638"]},
   must=["白天都在"], mustnot=["好运来灯饰", "0579-85330912"],
   notes="QQ reply (回复：) with a 原始邮件 quote; phone inside a sentence (请打我电话…); nickname From; merchant details only in the quote")

# e2-03: Big5 Hong Kong complaint, 8-digit phone without +852, 「」 shop.
big5("e2-03.eml", "陳嘉欣", "kayan.chan@netvigator.example", "投訴：網店「星河潮玩」寄來的公仔有破損",
   "你好，\n"
   "本人陳嘉欣，住在香港。上月在淘寶網店「星河潮玩」買了兩個盲盒公仔，收到時盒子和公仔都有破損，店家只肯退一半。\n"
   "訂單編號：3390281746550192837\n"
   "金額：人民幣 276.00 元\n"
   "聯絡電話：9126 3548\n"
   "地址：香港九龍旺角彌敦道600號8樓B室\n"
   "謝謝！\n",
   "Fri, 20 Mar 2026 21:05:33 +0800", "000301dcb8a1$2b3c4d5e$6f708192$@netvigator.example",
   kind="complaint", language="zh",
   comp={"name": "陳嘉欣", "phones": ["+85291263548"], "address": "香港九龍旺角彌敦道600號8樓B室"},
   resp={"name": "星河潮玩"},
   order={"number": "3390281746550192837", "amount": "276.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["公仔都有破損", "只肯退一半"],
   notes="Big5 from Hong Kong; 8-digit HK mobile without +852 (the writer lives in Hong Kong); 「」 shop; 人民幣 amount with a space")

# e2-04: US buyer, +1 and (415) forms, Regards signature.
gmail("e2-04.eml", "Megan Foster", "megan.foster.sf@gmail.com", "Complaint - wrong color phone cases from Yiwu supplier",
   "Hello,\n\n"
   "I ordered 500 silicone phone cases from Yiwu Huameng Electronics Co., Ltd. on 1688 (https://huameng-dz.1688.com/page/offerlist.htm?spm=a2615.7691456) "
   "and received the wrong color. The supplier says the color is \"close enough\" and refuses to replace them.\n\n"
   "Order ID: 2031874659018273645\n"
   "Total paid: US$ 1,275.50 (shipping US$ 95.00 included)\n"
   "Supplier phone: +86 137 5796 0021\n\n"
   "Please help me get a replacement or a refund.\n\n"
   "Regards,\n"
   "Megan Foster\n"
   "Phone: (415) 555-0132\n"
   "2140 Mission Street, San Francisco, CA 94110, USA\n",
   "Sat, 21 Mar 2026 10:22:05 -0700", "CAKx7f2d1a9bE3pQw8Rt0Yu6Io4PaSdF5GhJkL2ZxCvBnM1@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Megan Foster", "phones": ["+14155550132"], "address": "2140 Mission Street, San Francisco, CA 94110, USA"},
   resp={"name": "Yiwu Huameng Electronics Co., Ltd.", "urls": ["https://huameng-dz.1688.com/page/offerlist.htm?spm=a2615.7691456"],
         "phones": ["+8613757960021"]},
   order={"number": "2031874659018273645", "amount": "1275.50", "currency": "USD"},
   must=["wrong color", "close enough"],
   notes="US buyer; (415) 555-0132 NANP form without +1 in a US signature; shipping amount inside the total is a distractor; URL with a query string inside parentheses")

# e2-05: landline with extension; 400 number; two complainant phones; both addresses.
netease("e2-05.eml", "郑丽华", "zhenglihua66@163.com", "投诉义乌市美佳日用品有限公司发错货",
   "您好：\n"
   "我是郑丽华，3月10日在义乌市美佳日用品有限公司的网店订了20套收纳箱，发来的全是小号。\n"
   "订单号：MJ20260310-0588\n"
   "单价45元，共20套，运费30元，合计930元。\n"
   "商家电话：0579-85673210转806\n"
   "客服热线：400-826-5599\n"
   "商家地址：浙江省义乌市北苑街道春华路77号\n"
   "\n"
   "我的手机：13706891234，备用电话：0571-87654321\n"
   "收货地址：浙江省杭州市西湖区文三路199号3单元502室\n",
   "Sat, 21 Mar 2026 14:30:12 +0800", "3c4d5e6f.7a8b.18e2a1b2c3d.Coremail.zhenglihua66@163.com",
   kind="complaint", language="zh",
   comp={"name": "郑丽华", "phones": ["+8613706891234", "+8657187654321"], "address": "浙江省杭州市西湖区文三路199号3单元502室"},
   resp={"name": "义乌市美佳日用品有限公司", "phones": ["+8657985673210", "+864008265599"], "address": "浙江省义乌市北苑街道春华路77号"},
   order={"number": "MJ20260310-0588", "amount": "930.00", "currency": "CNY"},
   must=["全是小号"],
   notes="Landline with 转 extension; 400 hotline as the merchant's; two complainant phones; both parties' addresses; 单价/共/运费 before the 合计 total; letters in the order number")

# e2-06: 拼多多店铺“…” with ASCII-quoted alternative; amount with refund offer distractor.
foxmail("e2-06.eml", "黄志强", "huangzq_88@foxmail.com", "拼多多买的电热水壶漏电",
   "你好：\n"
   "我在拼多多店铺“鑫源家电专营店”买了一个电热水壶，第一次用就漏电，差点出事。\n"
   "订单编号：260315-087261539480216\n"
   "付款金额：￥129.00\n"
   "商家只同意补偿10元，我要求全额退款。\n"
   "我的电话 186 0579 3321\n"
   "黄志强\n",
   "Sun, 22 Mar 2026 19:44:01 +0800", "202603221944015529318@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "黄志强", "phones": ["+8618605793321"]},
   resp={"name": "鑫源家电专营店"},
   order={"number": "260315-087261539480216", "amount": "129.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["差点出事"],
   notes="拼多多店铺“…” prefix; 10-yuan compensation offer after the paid amount is a distractor")

# e2-07: 抖音小店 without quotes, m.tb.cn share link with Chinese after.
qq("e2-07.eml", "向日葵", "1357924680@qq.com", "直播间买的羽绒服是假货",
   "你好，我在抖音小店花漾女装旗舰店的直播间买了一件羽绒服，吊牌写90%白鸭绒，拆开里面全是飞丝。\n"
   "商品链接：https://v.douyin.com/iRt5Kx8A/ 复制此链接，打开抖音搜索\n"
   "订单号：6938475610293847561\n"
   "实付金额：399元\n"
   "我叫蒋雯雯，电话15168203397。\n",
   "Mon, 23 Mar 2026 20:11:09 +0800", "tencent_2C3D4E5F60718293A4B5C6D7E8F901234567890A@qq.com",
   kind="complaint", language="zh",
   comp={"name": "蒋雯雯", "phones": ["+8615168203397"]},
   resp={"name": "花漾女装旗舰店", "urls": ["https://v.douyin.com/iRt5Kx8A/"]},
   order={"number": "6938475610293847561", "amount": "399.00", "currency": "CNY"},
   must=["全是飞丝"],
   notes="抖音小店 prefix without quotes; douyin share link followed by Chinese; name and phone in one sentence")

# e2-08: m.tb.cn short link pasted as a Taobao share text; 《》 quoted shop.
netease("e2-08.eml", "沈佳怡", "shenjiayi2001@126.com", "保温杯不保温，商家不退",
   "您好，\n"
   "我在淘宝《暖心生活馆》买的保温杯，倒进开水一个小时就凉了。\n"
   "【淘宝】https://m.tb.cn/h.TzQkLmN?tk=8dE2WZ9aB3c CZ0001 「加厚保温杯男女士大容量」点击链接直接打开\n"
   "订单号：3987162540918273650\n"
   "付款：￥59.90\n"
   "联系方式：17705796612\n"
   "沈佳怡\n",
   "Mon, 23 Mar 2026 22:01:45 +0800", "7d8e9fa0.1b2c.18e2c3d4e5f.Coremail.shenjiayi2001@126.com",
   kind="complaint", language="zh",
   comp={"name": "沈佳怡", "phones": ["+8617705796612"]},
   resp={"name": "暖心生活馆", "urls": ["https://m.tb.cn/h.TzQkLmN?tk=8dE2WZ9aB3c"]},
   order={"number": "3987162540918273650", "amount": "59.90", "currency": "CNY"},
   must=["一个小时就凉了"],
   notes="m.tb.cn short link in a Taobao share text; 《》-quoted shop; the 「」 product title is not the merchant")

# e2-09: URL with query string followed directly by Chinese; ASCII double quotes.
qq("e2-09.eml", "周建明", "zhoujm1985@qq.com", "投诉淘宝店铺发霉的茶叶",
   "你好！\n"
   "我是周建明。3月5日在淘宝店铺\"茗香茶庄\"买了两斤龙井，打开发现已经发霉。\n"
   "宝贝链接https://item.taobao.com/item.htm?id=712345678901&spm=a1z10.3-c买的是特级\n"
   "订单号：2873650192837465012\n"
   "总价：¥436.00（含运费10元）\n"
   "电话：13858903317\n",
   "Tue, 24 Mar 2026 09:05:30 +0800", "tencent_3D4E5F60718293A4B5C6D7E8F901234567890AB1@qq.com",
   kind="complaint", language="zh",
   comp={"name": "周建明", "phones": ["+8613858903317"]},
   resp={"name": "茗香茶庄", "urls": ["https://item.taobao.com/item.htm?id=712345678901&spm=a1z10.3-c"]},
   order={"number": "2873650192837465012", "amount": "436.00", "currency": "CNY"},
   must=["已经发霉"],
   notes="ASCII-quoted shop name; URL with a query string running straight into Chinese text; 总价 with an included-shipping distractor")

# e2-10: 1688 wholesale from a foreign buyer, I'm intro, order number with letters.
outlook("e2-10.eml", "Kwame Mensah", "kwame.mensah@outlook.com", "Trade Assurance order - short shipment from Yiwu factory",
   "Good day,\n\n"
   "I'm Kwame Mensah, an importer in Accra, Ghana. I bought 2,000 plastic hair clips from Yiwu Jiale Plastic Products Factory on 1688.\n"
   "Order No.: TA-26031188420GH\n"
   "Amount paid: USD 3,480.00\n"
   "Their sales manager's number: +86 158 5793 4410\n"
   "Only 1,400 pieces arrived. The factory promised to send the rest but stopped answering after two weeks.\n\n"
   "Thanks,\n"
   "Kwame\n"
   "+233 24 555 0198\n",
   "Tue, 24 Mar 2026 08:15:42 +0000", "DB9PR01MB7423A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DB9PR01MB7423.eurprd01.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Kwame Mensah", "phones": ["+233245550198"]},
   resp={"name": "Yiwu Jiale Plastic Products Factory", "phones": ["+8615857934410"]},
   order={"number": "TA-26031188420GH", "amount": "3480.00", "currency": "USD"},
   must=["Only 1,400 pieces arrived"],
   notes="Wholesale B2B from Ghana; I'm <Name> intro fuller than the 'Kwame' signature; order number with letters; Ghana phone with +233")

# e2-11: staff reply from the station (Foxmail) with the station phone.
foxmail("e2-11.eml", "何静", "hejing@yweca.org.example", "回复：[YW-2026-00288] 关于电热水壶的投诉",
   "黄先生：\n"
   "您好！您的投诉已转交商家“鑫源家电专营店”，商家承诺三个工作日内答复。\n"
   "如有疑问请致电0579-85550188。\n"
   "\n"
   "何静\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "地址：浙江省义乌市稠城街道宾王路158号电商服务中心3楼\n",
   "Wed, 25 Mar 2026 10:20:11 +0800", "202603251020117781902@yweca.org.example",
   kind="reply", case_ref="YW-2026-00288", language="zh",
   must=["三个工作日内答复"],
   notes="Staff reply from Foxmail: no party data even though a merchant and phone are named")

# e2-12: consumer reply with the case ref only in the body (no Re:, no quote).
netease("e2-12.eml", "韩冬", "handong_77@163.com", "商家还是没有联系我",
   "你好，\n"
   "我的投诉编号是YW-2026-00276，已经过去一周了，商家还是没有联系我。\n"
   "商家新的电话是13305798876，你们可以直接打。\n"
   "韩冬\n",
   "Wed, 25 Mar 2026 16:48:27 +0800", "4e5f6a7b.8c9d.18e2e3f4a5b.Coremail.handong_77@163.com",
   kind="reply", case_ref="YW-2026-00276", language="zh",
   comp={"name": "韩冬"},
   resp={"phones": ["+8613305798876"]},
   must=["已经过去一周了"],
   notes="Consumer follow-up with the case reference only in the body; merchant phone in a 商家…电话 sentence")

# e2-13: Gmail English reply; the quote holds merchant details.
gmail("e2-13.eml", "Sofia Rossi", "sofia.rossi.it@gmail.com", "Re: [YW-2026-00281] Complaint registered",
   "Hi,\n\n"
   "Thank you. The seller has now offered a 50% refund. I would accept a full refund only.\n\n"
   "Sofia\n\n"
   "On Tue, Mar 24, 2026 at 4:02 PM Tousu YWECA <tousu@yweca.org.example> wrote:\n\n"
   "> Dear Ms Rossi,\n"
   ">\n"
   "> Your complaint against Yiwu Lanting Garments Co., Ltd. (https://lanting-garments.1688.com, tel. 0579-85441276)\n"
   "> about order 2209384756102938 for USD 640.00 has been registered as YW-2026-00281.\n"
   ">\n"
   "> Yiwu E-Commerce Association Consumer Rights Service Station\n"
   "> Tel: +86 579 8555 0188\n",
   "Wed, 25 Mar 2026 09:30:00 +0100", "CAM5s9Q2kP7vR4xW1zE8yT6uB3nH0jL9fD2gA5cX7vN4mK8@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00281", language="en",
   comp={"name": "Sofia Rossi"},
   must=["full refund only"], mustnot=["Lanting Garments", "2209384756102938"],
   notes="English consumer reply: merchant, URL, phone, order and amount are only in the > quote; signature 'Sofia' with the From display name fuller")

# e2-14: 163 auto-reply without headers, case ref in subject.
netease("e2-14.eml", "孙悦", "sunyue_2012@163.com", "自动回复：[YW-2026-00290] 您的投诉已登记",
   "您的邮件已收到，我会尽快处理。\n"
   "这是一封自动回复邮件。\n",
   "Thu, 26 Mar 2026 11:02:18 +0800", "5f6a7b8c.9d0e.18e2f4a5b6c.Coremail.sunyue_2012@163.com",
   kind="auto_reply", case_ref="YW-2026-00290", language="zh",
   must=["您的邮件已收到"],
   notes="163 auto-reply (您的邮件已收到) with no automatic-reply header")

# e2-15: Chinese auto-reply whose subject is the original subject (no 自动回复 prefix).
netease("e2-15.eml", "", "cs_auto@ywmall.example", "[YW-2026-00293] 请补充投诉材料",
   "您好，您的来信已收到！这是系统自动回复，请勿直接回复本邮件。\n"
   "我们的工作人员将在1-2个工作日内处理，客服电话：400-600-7788。\n",
   "Thu, 26 Mar 2026 15:20:00 +0800", "6a7b8c9d.0e1f.18e305b6c7d.Coremail.cs_auto@ywmall.example",
   kind="auto_reply", case_ref="YW-2026-00293", language="zh",
   must=["系统自动回复"],
   notes="Merchant mailbox auto-acknowledgement, no 自动回复 subject and no header; its 400 number is nobody's")

# e2-16: QQ Mail Chinese bounce (系统退信) in HTML only, case ref in the returned subject.
date16 = "Thu, 26 Mar 2026 18:40:02 +0800"
html16 = ("<div style=\"font-size:14px\"><b>很遗憾，您的邮件未能成功发送。</b><br><br>"
          "<table><tr><td>收件人：</td><td>3208817745@qq.com</td></tr>"
          "<tr><td>发送时间：</td><td>2026年3月26日 18:39</td></tr>"
          "<tr><td>邮件主题：</td><td>[YW-2026-00297] 关于您投诉的处理结果</td></tr></table><br>"
          "退信原因：收件人邮箱已被冻结或不存在。<br>"
          "建议：请核实收件人地址后重新发送。</div>")
hdr = [received("smtpbg21.qq.com", "203.0.113.21", date16),
       "From: \"%s\" <PostMaster@qq.com>" % ew("系统退信", "gb18030"), "To: " + STATION,
       "Subject: " + ew("来自QQ邮箱的退信", "gb18030"), "Date: " + date16,
       "Message-ID: <tencent_bounce_9F8E7D6C5B4A39281706F5E4D3C2B1A0@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent"]
ct, body = single(html16, "gb18030", "base64", "text/html")
raw("e2-16.eml", hdr, ct, body, "来自QQ邮箱的退信", ("系统退信", "postmaster@qq.com"), "bounce",
    "tencent_bounce_9F8E7D6C5B4A39281706F5E4D3C2B1A0@qq.com", "zh", case_ref="YW-2026-00297",
    must=["邮箱已被冻结或不存在"],
    notes="QQ Mail Chinese bounce, HTML only, no delivery-status part; the case reference is in the returned subject")

# e2-17: Gmail DSN with the returned message (message/rfc822) holding the case ref and a phone.
date17 = "Fri, 27 Mar 2026 02:11:40 -0700"
b17 = "000000000000a1b2c3d4e5f60718"
body17 = ("--%s\r\nContent-Type: multipart/related; boundary=\"%s_r\"\r\n\r\n"
          "--%s_r\r\nContent-Type: multipart/alternative; boundary=\"%s_a\"\r\n\r\n"
          "--%s_a\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
          "\r\n** Address not found **\r\n\r\n"
          "Your message wasn't delivered to li.wei.2019@gmail.com because the address couldn't be found, or is unable to receive mail.\r\n\r\n"
          "Learn more here: https://support.google.com/mail/?p=NoSuchUser\r\n\r\n"
          "The response was:\r\n\r\n"
          "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\r\n\r\n"
          "--%s_a--\r\n--%s_r--\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; googlemail.com\r\n"
          "Arrived-Date: Fri, 27 Mar 2026 02:11:38 -0700 (PDT)\r\n\r\n"
          "Final-Recipient: rfc822; li.wei.2019@gmail.com\r\n"
          "Action: failed\r\n"
          "Status: 5.1.1\r\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\r\n\r\n"
          "--%s\r\nContent-Type: message/rfc822\r\n\r\n"
          "From: tousu@yweca.org.example\r\n"
          "To: li.wei.2019@gmail.com\r\n"
          "Subject: [YW-2026-00300] Request for your phone number\r\n"
          "Date: Fri, 27 Mar 2026 17:11:35 +0800\r\n"
          "Message-ID: <req-YW-2026-00300@yweca.org.example>\r\n"
          "Content-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
          "Dear Mr Li,\r\n\r\nPlease send us your phone number. The merchant's hotline is 0579-85123400.\r\n\r\n"
          "--%s--\r\n") % ((b17,) * 10)
hdr = [received("mail-sor-f69.google.com", "203.0.113.69", date17),
       "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: " + STATION,
       "Subject: Delivery Status Notification (Failure)", "Date: " + date17,
       "Message-ID: <6603a1b2.050a0220.3c4d5.e6f7.GMR@mx.google.com>", "Auto-Submitted: auto-replied"]
raw("e2-17.eml", hdr,
    "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status\r\n" % b17, body17,
    "Delivery Status Notification (Failure)", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "bounce",
    "6603a1b2.050a0220.3c4d5.e6f7.GMR@mx.google.com", "en", case_ref="YW-2026-00300",
    must=["Address not found"],
    notes="Gmail DSN; the case reference is only in the returned message/rfc822; its phone is nobody's")

# e2-18: Chinese Exchange NDR (无法送达).
date18 = "Fri, 27 Mar 2026 09:05:10 +0800"
b18 = "_NDR_7a8b9c0d1e2f"
body18 = ("--%s\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          "%s\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns;HK2PR02MB3311.apcprd02.prod.outlook.com\r\n\r\n"
          "Final-Recipient: rfc822;purchase@jiale-plastic.example\r\n"
          "Action: failed\r\nStatus: 5.4.1\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\nTo: purchase@jiale-plastic.example\r\n"
          "Subject: [YW-2026-00299] =?UTF-8?B?%s?=\r\n"
          "Message-ID: <fw-YW-2026-00299@yweca.org.example>\r\n\r\n"
          "--%s--\r\n") % (b18, base64.b64encode(
              "无法传递到以下收件人或组:\r\n\r\npurchase@jiale-plastic.example\r\n收件人的电子邮件地址不存在。请检查地址后重新发送。\r\n\r\n诊断信息(供管理员使用):\r\n生成服务器: HK2PR02MB3311.apcprd02.prod.outlook.com\r\n".encode()).decode(),
              b18, b18, base64.b64encode("请商家答复投诉".encode()).decode(), b18)
hdr = [received("mail-hk2apc01.outbound.protection.outlook.com", "203.0.113.72", date18),
       "From: postmaster@jiale-plastic.example", "To: " + STATION,
       "Subject: " + ew("无法送达: [YW-2026-00299] 请商家答复投诉", "utf-8", "B", 40), "Date: " + date18,
       "Message-ID: <b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@HK2PR02MB3311.apcprd02.prod.outlook.com>",
       "Content-Language: zh-CN"]
raw("e2-18.eml", hdr, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b18, body18,
    "无法送达: [YW-2026-00299] 请商家答复投诉", ("", "postmaster@jiale-plastic.example"), "bounce",
    "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@HK2PR02MB3311.apcprd02.prod.outlook.com", "zh", case_ref="YW-2026-00299",
    must=["无法传递到以下收件人或组"],
    notes="Chinese Exchange NDR (无法送达) with base64 text; language of its own text is zh")

# e2-19: 代开发票 spam.
netease("e2-19.eml", "张经理", "fapiao_zhang8@163.com", "您好！代开各类正规发票，可验证后付款",
   "老板您好！\n"
   "本公司长期代开各地增值税专用发票、普通发票、建筑、运输、餐饮等发票，点数优惠，可先验证后付款。\n"
   "联系人：张经理\n"
   "电话：139 2751 8864（微信同号）\n"
   "QQ：2875561203\n"
   "打扰之处敬请谅解！\n",
   "Sat, 28 Mar 2026 03:12:09 +0800", "7b8c9d0e.1f2a.18e3a6b7c8d.Coremail.fapiao_zhang8@163.com",
   kind="spam", language="zh",
   must=["代开各地增值税专用发票"],
   notes="代开发票 spam from a personal 163 account without bulk headers; its name and phone are nobody's")

# e2-20: loan spam with a URL.
qq("e2-20.eml", "速贷通", "3399102876@qq.com", "【急用钱】无抵押信用贷款，最快10分钟到账",
   "尊敬的客户您好：\n"
   "无抵押、无担保，凭身份证即可申请，额度5000-200000元，最快10分钟放款！\n"
   "立即申请：https://sudaitong-loan.example/apply?ch=qq88\n"
   "咨询热线：400-018-8899\n"
   "退订回T\n",
   "Sat, 28 Mar 2026 07:30:00 +0800", "tencent_4E5F60718293A4B5C6D7E8F901234567890AB1C2@qq.com",
   kind="spam", language="zh",
   must=["最快10分钟放款"],
   notes="Chinese loan advertising from a QQ account; URL and 400 number are nobody's")

# e2-21: English crypto spam.
gmail("e2-21.eml", "Crypto Wealth Club", "wealthclub.vip2026@gmail.com", "Earn 15% daily with USDT - guaranteed returns",
   "Hello friend,\n\n"
   "Join thousands of investors earning 15% DAILY with our AI-powered USDT arbitrage bot. Minimum deposit only $100, "
   "withdraw anytime. 100% guaranteed returns!\n\n"
   "Register now: https://usdt-wealth-club.example/join?ref=YW88\n"
   "WhatsApp: +44 7700 900412\n\n"
   "Don't miss out - offer ends Sunday!\n",
   "Sat, 28 Mar 2026 01:00:00 +0000", "CAPx9Z8y7W6v5U4t3S2r1Q0pOnMlKjIhGfEdCbA9876543@mail.gmail.com",
   kind="spam", language="en",
   must=["USDT arbitrage bot"],
   notes="English crypto investment spam from a Gmail account, no bulk headers")

# e2-22: Chinese inquiry about wholesale refund rules.
netease("e2-22.eml", "曹文静", "caowenjing1990@126.com", "咨询：1688批发订单能不能退款",
   "您好，\n"
   "想咨询一下，在1688上批发的货物，如果收到后发现有部分质量问题，是否可以申请部分退款？\n"
   "另外你们服务站受理批发纠纷吗？需要准备哪些材料？\n"
   "谢谢！\n"
   "曹文静\n",
   "Sat, 28 Mar 2026 10:15:40 +0800", "8c9d0e1f.2a3b.18e3b7c8d9e.Coremail.caowenjing1990@126.com",
   kind="inquiry", language="zh",
   comp={"name": "曹文静"},
   must=["是否可以申请部分退款"],
   notes="Inquiry about wholesale refund rules and what the station covers; missing stays []")

# e2-23: English inquiry: is this shop legit?
outlook("e2-23.eml", "Priya Nair", "priya.nair.blr@outlook.com", "Is this Yiwu shop legit?",
   "Hi,\n\n"
   "I'm Priya Nair from Bangalore. Before placing a big order I'd like to know if Yiwu Golden Bee Crafts Co., Ltd. is a real company. "
   "Their store is https://goldenbee-crafts.en.alibaba.com/ and the contact number they gave me is +86 579 8561 2290.\n\n"
   "Have you received complaints about them?\n\n"
   "Many thanks,\n"
   "Priya\n",
   "Sun, 29 Mar 2026 06:44:12 +0000", "PN3PR01MB8812C3D4E5F6A7B8C9D0E1F2A3B4C5D6@PN3PR01MB8812.INDPRD01.PROD.OUTLOOK.COM",
   kind="inquiry", language="en",
   comp={"name": "Priya Nair"},
   resp={"name": "Yiwu Golden Bee Crafts Co., Ltd.", "urls": ["https://goldenbee-crafts.en.alibaba.com/"],
         "phones": ["+8657985612290"]},
   must=["real company"],
   notes="English legitimacy inquiry; merchant details extracted; missing stays []")

# e2-24: complaint with no merchant at all.
qq("e2-24.eml", "许丽", "xuli_1988@qq.com", "微信群里买的面膜是假的",
   "你好，\n"
   "我在一个微信群里跟人买了10盒面膜，通过微信转账付了800元，用了以后脸上过敏起疹子。\n"
   "现在对方已经把我拉黑了，也不知道对方叫什么。\n"
   "我的手机是 +86 139 5790 2214\n",
   "Sun, 29 Mar 2026 21:30:05 +0800", "tencent_5F60718293A4B5C6D7E8F901234567890AB1C2D3@qq.com",
   kind="complaint", language="zh",
   comp={"name": "许丽", "phones": ["+8613957902214"]},
   order={"amount": "800.00", "currency": "CNY"},
   missing=["respondent_name", "respondent_contact"],
   must=["把我拉黑了"],
   notes="No merchant at all; the From display name is a personal name; amount in a 付了 sentence")

# e2-25: Thunderbird flowed English complaint, +1 number, apostrophe name.
thunder("e2-25.eml", "Daniel O'Brien", "dobrien@mailbox.example", "Complaint: Yiwu Starlight Toys sent unsafe products",
   "Hello,\n\n"
   "I'm writing to complain about Yiwu Starlight Toys Co., Ltd. I ordered 300 plush \n"
   "toys from their AliExpress store https://starlight-toys.aliexpress.com/store/5530192 \n"
   "and several have loose eyes that children could swallow.\n\n"
   "Order #8127364510293847, total USD 742.80.\n\n"
   "The seller told me to \"just remove the bad ones\".\n\n"
   "Best,\n"
   "Daniel O'Brien\n"
   "+1 (312) 555-0178\n",
   "Mon, 30 Mar 2026 14:02:33 -0500", "4f2a9c1e-7b3d-4e8a-9c6f-2d1b0a9e8f7c@mailbox.example",
   kind="complaint", language="en",
   comp={"name": "Daniel O'Brien", "phones": ["+13125550178"]},
   resp={"name": "Yiwu Starlight Toys Co., Ltd.", "urls": ["https://starlight-toys.aliexpress.com/store/5530192"]},
   order={"number": "8127364510293847", "amount": "742.80", "currency": "USD"},
   must=["loose eyes that children could swallow"],
   notes="Thunderbird format=flowed (soft breaks inside the sentence with the URL); Best, signature with an apostrophe name; +1 (312) phone")

# e2-26: Big5 inquiry from Taiwan.
big5("e2-26.eml", "林怡君", "yichun.lin@hinet.example", "請問義烏的商家可以投訴嗎？",
   "您好：\n"
   "我住在台灣，想請問如果在淘寶向義烏的商家購買商品，發生糾紛時可以向貴站投訴嗎？需要提供哪些資料？\n"
   "謝謝您。\n"
   "林怡君 敬上\n",
   "Mon, 30 Mar 2026 20:10:10 +0800", "000401dcc0b2$3c4d5e6f$708192a3$@hinet.example",
   kind="inquiry", language="zh",
   comp={"name": "林怡君"},
   must=["可以向貴站投訴嗎"],
   notes="Big5 Traditional inquiry from Taiwan about what the station covers; 敬上 after the signature name")

# e2-27: 京东 shop in 【】, 实付款 after 商品总价 and 运费.
qq("e2-27.eml", "宝妈小雨", "2675519038@qq.com", "京东买的奶瓶有异味",
   "你好，我叫吕小雨，在京东店铺【优佳母婴旗舰店】买了两个玻璃奶瓶，有很重的塑料味。\n"
   "商品总价：￥360.00 运费：￥15.00 实付款：￥375.00\n"
   "订单号：298374651029\n"
   "商家客服电话：0579-85662781\n"
   "我的电话：15958163390\n",
   "Tue, 31 Mar 2026 13:25:44 +0800", "tencent_60718293A4B5C6D7E8F901234567890AB1C2D3E4@qq.com",
   kind="complaint", language="zh",
   comp={"name": "吕小雨", "phones": ["+8615958163390"]},
   resp={"name": "优佳母婴旗舰店", "phones": ["+8657985662781"]},
   order={"number": "298374651029", "amount": "375.00", "currency": "CNY"},
   must=["很重的塑料味"],
   notes="京东店铺【…】; 商品总价/运费/实付款 on one line: the paid total wins; nickname From but name in the text")

# e2-28: English complaint from Hong Kong, +852 and HK$.
gmail("e2-28.eml", "Wong Ka Ho", "kaho.wong.hk@gmail.com", "Refund request - LED lights never delivered",
   "Dear Sir/Madam,\n\n"
   "My name is Wong Ka Ho and I run a small shop in Kowloon. I paid HK$4,820 to Yiwu Brightway Lighting Co., Ltd. "
   "for LED string lights on 2 March and the goods were never shipped.\n\n"
   "Invoice no.: BW-260302-17\n"
   "Seller contact: Ms Chen, 0579-85337719 ext. 21\n\n"
   "Regards,\n"
   "Wong Ka Ho\n"
   "Tel: +852 6123 4587\n"
   "Address: Flat 12B, 88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong\n",
   "Tue, 31 Mar 2026 17:40:00 +0800", "CAHk3oW9pQ2rS7tU1vX4yZ8aB6cD0eF5gH3iJ7kL9mN2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Wong Ka Ho", "phones": ["+85261234587"], "address": "Flat 12B, 88 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong"},
   resp={"name": "Yiwu Brightway Lighting Co., Ltd.", "phones": ["+8657985337719"]},
   order={"amount": "4820.00", "currency": "HKD"},
   must=["never shipped"],
   notes="Hong Kong buyer: HK$ without decimals; +852 phone; merchant landline with 'ext. 21'; an invoice number is not an order number")

# e2-29: order number that starts with YW- is not a case ref.
foxmail("e2-29.eml", "钟伟", "zhongwei_2020@foxmail.com", "投诉义乌市永兴文具厂拖延发货",
   "你好：\n"
   "本人钟伟，在义乌市永兴文具厂订了500本笔记本，订单号：YW-260312-883，至今一个月还没发货。\n"
   "货款：人民币贰仟伍佰元整\n"
   "厂家电话：13606797512\n"
   "我的手机：13777451290\n",
   "Wed, 01 Apr 2026 09:12:00 +0800", "202604010912004412783@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "钟伟", "phones": ["+8613777451290"]},
   resp={"name": "义乌市永兴文具厂", "phones": ["+8613606797512"]},
   order={"number": "YW-260312-883", "amount": "2500.00", "currency": "CNY"},
   must=["还没发货"],
   notes="Order number beginning with YW- is not a case reference; capital-numeral amount with 整")

# e2-30: complainant e-mail in the text, 800 number, 快手小店.
netease("e2-30.eml", "欧阳娜", "oyna_0801@163.com", "快手小店买的鞋子尺码严重不符",
   "您好，我是欧阳娜。\n"
   "在快手小店“步步高鞋业”买了一双运动鞋，标的38码实际只有36码，商家拒绝退换。\n"
   "订单号：2603151874026\n"
   "付款金额：158元\n"
   "商家售后电话：800-830-6621\n"
   "我的邮箱：ouyangna_work@sina.com，电话：18267903345\n",
   "Wed, 01 Apr 2026 15:33:21 +0800", "9d0e1f2a.3b4c.18e3c8d9e0f.Coremail.oyna_0801@163.com",
   kind="complaint", language="zh",
   comp={"name": "欧阳娜", "phones": ["+8618267903345"], "emails": ["ouyangna_work@sina.com"]},
   resp={"name": "步步高鞋业", "phones": ["+868008306621"]},
   order={"number": "2603151874026", "amount": "158.00", "currency": "CNY"},
   must=["实际只有36码"],
   notes="Compound surname 欧阳; 快手小店“…”; 800 service number as the merchant's; complainant e-mail in the text differs from From")

# e2-31: consumer reply via Outlook (-----Original Message-----), new text gives order with letters and amount.
outlook("e2-31.eml", "Ahmed Al-Farsi", "ahmed.alfarsi@outlook.com", "RE: [YW-2026-00305] Please send your order details",
   "Hello,\n\n"
   "Order ID: AE2603-77812B\n"
   "Amount: US$ 2,150.00\n"
   "Supplier: Yiwu Meiya Textile Co., Ltd., tel 0579-85219934\n\n"
   "Regards,\n"
   "Ahmed Al-Farsi\n\n"
   "-----Original Message-----\n"
   "From: tousu@yweca.org.example <tousu@yweca.org.example>\n"
   "Sent: Tuesday, March 31, 2026 3:10 PM\n"
   "To: Ahmed Al-Farsi <ahmed.alfarsi@outlook.com>\n"
   "Subject: [YW-2026-00305] Please send your order details\n\n"
   "Dear Mr Al-Farsi,\n"
   "Please send the order number, the amount paid and the supplier's name.\n"
   "Station phone: 0579-85550188\n",
   "Wed, 01 Apr 2026 08:05:00 +0400", "VI1PR02MB6612D4E5F6A7B8C9D0E1F2A3B4C5D6E7@VI1PR02MB6612.eurprd02.prod.outlook.com",
   kind="reply", case_ref="YW-2026-00305", language="en",
   comp={"name": "Ahmed Al-Farsi"},
   resp={"name": "Yiwu Meiya Textile Co., Ltd.", "phones": ["+8657985219934"]},
   order={"number": "AE2603-77812B", "amount": "2150.00", "currency": "USD"},
   must=["AE2603-77812B"], mustnot=["Station phone"],
   notes="English consumer reply (Outlook -----Original Message-----); order ID with letters; supplier name and phone on one labelled line")

# e2-32: Chinese legitimacy inquiry with 1688 link and phone.
qq("e2-32.eml", "阿杰", "1688012345@qq.com", "请问这家厂靠谱吗",
   "你好，\n"
   "我准备在义乌市博远玩具厂进一批货，他们的1688店铺是https://boyuanwanju.1688.com，电话0579-85290017。\n"
   "请问这家厂是正规的吗？有没有被投诉过？\n",
   "Thu, 02 Apr 2026 10:40:00 +0800", "tencent_718293A4B5C6D7E8F901234567890AB1C2D3E4F5@qq.com",
   kind="inquiry", language="zh",
   resp={"name": "义乌市博远玩具厂", "urls": ["https://boyuanwanju.1688.com"], "phones": ["+8657985290017"]},
   must=["有没有被投诉过"],
   notes="Chinese legitimacy inquiry; URL runs into full-width comma; nickname From gives no name; QQ-number From is not a phone")

# e2-33: English complaint naming a Chinese shop in quotes, Name: labels, RMB amount.
gmail("e2-33.eml", "J. Schmidt", "j.schmidt.berlin@gmail.com", "Complaint about a Taobao shop",
   "Dear team,\n\n"
   "I bought a tea set from the Taobao shop \"雅韵陶瓷\" and it arrived with two cups broken. The seller wants me to pay "
   "for the return shipping of the whole set.\n\n"
   "Name: Julia Schmidt\n"
   "Phone: +49 151 5550 2231\n"
   "Order number: 3018273645509182736\n"
   "Paid: RMB 1,280\n\n"
   "Thank you!\n",
   "Thu, 02 Apr 2026 12:12:12 +0200", "CAJs8T7u6V5w4X3y2Z1a0B9c8D7e6F5g4H3i2J1k0L9m@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Julia Schmidt", "phones": ["+4915155502231"]},
   resp={"name": "雅韵陶瓷"},
   order={"number": "3018273645509182736", "amount": "1280.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["two cups broken"],
   notes="English complaint naming a Chinese shop in ASCII quotes; Name: label beats the initial-only From name; RMB without decimals")

# e2-34: Gmail with a Chinese interface: "… 于2026年3月24日周二 16:02写道：" quote header.
gmail("e2-34.eml", "冯晓东", "fengxiaodong.sz@gmail.com", "Re: [YW-2026-00310] 请补充订单信息",
   "你好，\n"
   "订单号是 5520918374650192，付了 1,350 元。\n"
   "冯晓东\n"
   "\n"
   "义乌市电子商务协会维权站 <tousu@yweca.org.example> 于2026年3月24日周二 16:02写道：\n"
   "\n"
   "> 冯先生您好：\n"
   "> 您投诉的“佳美家纺厂”已登记，请补充订单号和付款金额。商家电话：0579-85441190\n"
   "> 服务站电话：0579-85550188\n",
   "Wed, 25 Mar 2026 09:15:00 +0800", "CAFx1Y2z3A4b5C6d7E8f9G0h1I2j3K4l5M6n7O8p9Q0r1S@mail.gmail.com",
   subj_enc=True,
   kind="reply", case_ref="YW-2026-00310", language="zh",
   comp={"name": "冯晓东"},
   order={"number": "5520918374650192", "amount": "1350.00", "currency": "CNY"},
   must=["订单号是"], mustnot=["佳美家纺厂", "0579-85441190"],
   notes="Gmail (Chinese UI) reply: '… 于…写道：' and > quoting; the merchant only in the quote")

# e2-35: 163 reply: 在 2026-03-25 10:11:12，"…" <…> 写道：
netease("e2-35.eml", "袁立", "yuanli_0909@163.com", "Re:[YW-2026-00312] 商家已同意退款",
   "好的，谢谢你们！我同意这个方案。\n"
   "\n"
   "\n"
   "\n"
   "在 2026-03-25 10:11:12，\"义乌市电子商务协会维权站\" <tousu@yweca.org.example> 写道：\n"
   "\n"
   "袁先生您好：\n"
   "商家“优品生活馆”同意退款人民币199元，退款将在3个工作日内原路退回。\n"
   "商家电话：13857912046\n",
   "Wed, 25 Mar 2026 11:30:41 +0800", "2a3b4c5d.6e7f.18e2f0a1b2c.Coremail.yuanli_0909@163.com",
   kind="reply", case_ref="YW-2026-00312", language="zh",
   comp={"name": "袁立"},
   must=["我同意这个方案"], mustnot=["优品生活馆", "13857912046"],
   notes="163 reply with the Coremail quote header (在 …，\"…\" <…> 写道：) and no > marks; nothing from the quote is extracted; From display name is the name")

# e2-36: French buyer, euro amount with a decimal comma, I'm intro.
outlook("e2-36.eml", "Camille Dubois", "camille.dubois@outlook.fr", "Complaint: faulty LED mirrors from Yiwu Lumiere Home Co., Ltd.",
   "Hello,\n\n"
   "I'm Camille Dubois, I run a small gift shop in Lyon. 12 of the 40 LED mirrors I bought from Yiwu Lumiere Home Co., Ltd. do not light up.\n\n"
   "Order number: LM-2026-0219-FR\n"
   "Paid: 1.236,40 €\n"
   "Shipping: 85,00 €\n\n"
   "The seller asks me to send them back at my own cost. Please help.\n\n"
   "Regards,\n"
   "Camille Dubois\n"
   "+33 6 12 34 56 78\n",
   "Thu, 26 Mar 2026 10:10:10 +0100", "PR1P264MB3344A5B6C7D8E9F0A1B2C3D4E5F6A7B8@PR1P264MB3344.FRAP264.PROD.OUTLOOK.COM",
   kind="complaint", language="en",
   comp={"name": "Camille Dubois", "phones": ["+33612345678"]},
   resp={"name": "Yiwu Lumiere Home Co., Ltd."},
   order={"number": "LM-2026-0219-FR", "amount": "1236.40", "currency": "EUR"},
   missing=["respondent_contact"],
   must=["do not light up"],
   notes="European decimal comma and thousands dot with the euro sign after; shipping line is a distractor; merchant also in the subject")

# e2-37: QQ HTML-only complaint, 合计 with separator, 微信 number is not a phone when it is a WeChat ID.
hdr_html = ("<div>你好，我在1688找的义乌市晶彩玻璃制品厂定做了300个玻璃杯，收到后有80多个有气泡和裂纹。</div>"
            "<div>订单号：1890273645102938475</div><div>合计：1,560元（含运费60元）</div>"
            "<div>厂家电话：15105794473</div><div><br></div><div>我姓卢，电话 18657920831</div><div>卢建平</div>")
qq("e2-37.eml", "卢建平", "lujianping_yw@qq.com", "定做的玻璃杯有气泡和裂纹",
   "", "Fri, 27 Mar 2026 14:40:00 +0800", "tencent_8293A4B5C6D7E8F901234567890AB1C2D3E4F5A6@qq.com",
   html_only=hdr_html,
   kind="complaint", language="zh",
   comp={"name": "卢建平", "phones": ["+8618657920831"]},
   resp={"name": "义乌市晶彩玻璃制品厂", "phones": ["+8615105794473"]},
   order={"number": "1890273645102938475", "amount": "1560.00", "currency": "CNY"},
   must=["有气泡和裂纹"],
   notes="QQ Mail HTML lines in <div>s; 合计 with a thousands separator and an included-shipping remark")

mailgen.save()
