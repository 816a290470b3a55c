#!/usr/bin/env python3
"""Generate the round-8b evaluation messages (e8b-NN.eml) and labels.json.

Variants of shared examples 09-16 (/work/shared/testdata/complaints): same
client, encodings, structure and kind as the example named in each comment,
with other people, shops, numbers and wording, and the labelled facts moved
around (other label words, facts in sentences, other quote styles). They avoid
repeating the eval3 variants of the same examples. Run: python3 gen.py. All
people, shops, phone numbers and organisations are invented.
"""
import base64
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

QQ_QUOTE = ("\n\n------------------ 原始邮件 ------------------\n"
            "发件人: \"%s\"<%s>;\n"
            "发送时间: %s\n"
            "收件人: \"%s\"<%s>;\n\n"
            "主题: %s\n\n\n\n%s")

# ---------------------------------------------------------------------------
# Family of example-09: Gmail forward of the seller's reply.

# e8b-01: buyer phone in a sentence, another e-mail given as contact; seller Mob:/Add.: labels, Order No. in the forward.
gmail("e8b-01.eml", "Chloe Nguyen", "chloe.nguyen.syd@gmail.com", "Fwd: Re: Complaint - faded beach towels",
   "Hi there,\n\n"
   "Below is what the factory told me. I ordered 500 printed beach towels and after one wash the print faded almost "
   "completely. They say it is normal. I want a refund for the defective batch.\n\n"
   "You can reach me on +61 412 555 083 or at chloe.work@fastmail.example.\n\n"
   "Kind regards,\n"
   "Chloe Nguyen\n\n"
   "---------- Forwarded message ---------\n"
   "From: Yiwu Lanting Textile Factory <lanting.sales@lanting-textile.example>\n"
   "Date: Mon, Apr 20, 2026 at 10:17 AM\n"
   "Subject: Re: Complaint - faded beach towels\n"
   "To: Chloe Nguyen <chloe.nguyen.syd@gmail.com>\n\n\n"
   "Hi Chloe,\n\n"
   "Reactive printing may fade slightly at first wash, this is normal for cotton. We can not accept refund.\n\n"
   "Order No.: LT260311-08\n"
   "Total paid: USD 2,380.50\n\n"
   "Thanks & Regards\n"
   "Amy Zhou\n"
   "Yiwu Lanting Textile Factory\n"
   "Mob: +86 137 5793 2264\n"
   "Add.: Building 5, No. 88 Xuefeng West Road, Yiwu, Zhejiang\n",
   "Tue, 21 Apr 2026 09:14:02 +1000", "CAB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5e@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Chloe Nguyen", "phones": ["+61412555083"], "emails": ["chloe.work@fastmail.example"]},
   resp={"name": "Yiwu Lanting Textile Factory", "phones": ["+8613757932264"],
         "address": "Building 5, No. 88 Xuefeng West Road, Yiwu, Zhejiang"},
   order={"number": "LT260311-08", "amount": "2380.50", "currency": "USD"},
   must=["print faded almost completely", "We can not accept refund"],
   notes="example-09 family: Fwd: Re:; contact e-mail in a sentence counts, the forwarded From/To addresses do not; Mob:/Add.: seller labels")

# e8b-02: first name only in the From, full name in the text; no buyer phone; seller URL and landline in the forward.
gmail("e8b-02.eml", "Carlos", "carlos.mdz77@gmail.com", "Fwd: Order 2026-0415-337 / missing items",
   "Good morning,\n\n"
   "My name is Carlos Mendes. I'm forwarding the email from the store. My shipment of 60 LED desk lamps came with only "
   "42 pieces, and the store now says the carton count was correct. I paid for 60, so I want the missing 18 refunded.\n\n"
   "Thank you\n\n"
   "---------- Forwarded message ---------\n"
   "From: Brightway Lighting Store <service@brightway-light.example>\n"
   "Date: Sat, Apr 18, 2026 at 4:52 PM\n"
   "Subject: Order 2026-0415-337 / missing items\n"
   "To: <carlos.mdz77@gmail.com>\n\n\n"
   "Dear customer,\n\n"
   "Order #2026-0415-337 (amount US$ 1,140.00) was packed in 6 cartons of 10 pcs and the weight matched at the port. "
   "We cannot confirm any shortage.\n\n"
   "Brightway Lighting Store\n"
   "https://brightway-light.example/store\n"
   "Tel: 0579-85261437\n",
   "Sun, 19 Apr 2026 08:40:19 -0300", "CAC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1vW2xY3zA4bC5dE6f@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Carlos Mendes"},
   resp={"name": "Brightway Lighting Store", "urls": ["https://brightway-light.example/store"], "phones": ["+8657985261437"]},
   order={"number": "2026-0415-337", "amount": "1140.00", "currency": "USD"},
   missing=["complainant_phone"],
   must=["only 42 pieces", "cannot confirm any shortage"],
   notes="example-09 family: the text's full name wins over the From first name; no buyer phone; seller landline in 0579- form")

# e8b-03: the forwarded seller mail itself quotes the buyer (> lines); buyer phone labelled WhatsApp.
gmail("e8b-03.eml", "Amir Haddad", "amir.haddad.trade@gmail.com", "Fwd: RE: Wrong colour plastic flowers",
   "Dear Sir/Madam,\n\n"
   "I forward my correspondence with the supplier. They shipped white flowers instead of red and refuse to exchange.\n\n"
   "Amir Haddad\n"
   "WhatsApp: +971 50 555 2841\n\n"
   "---------- Forwarded message ---------\n"
   "From: Huamei Artificial Flowers Co., Ltd. <hm@huamei-flower.example>\n"
   "Date: Thu, Apr 16, 2026 at 11:03 AM\n"
   "Subject: RE: Wrong colour plastic flowers\n"
   "To: Amir Haddad <amir.haddad.trade@gmail.com>\n\n\n"
   "Dear Amir,\n\n"
   "The colour was confirmed in your sample approval, so we cannot exchange. Order ID: HM-4471, value USD 870.00.\n\n"
   "Huamei Artificial Flowers Co., Ltd.\n"
   "Phone: +86 158 5792 0364\n\n"
   "On Wed, Apr 15, 2026 at 6:20 PM Amir Haddad <amir.haddad.trade@gmail.com> wrote:\n"
   "> Hello, I received white flowers but I ordered red. Please exchange them.\n",
   "Fri, 17 Apr 2026 12:30:55 +0400", "CAD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4aB5cD6eF7g@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Amir Haddad", "phones": ["+971505552841"]},
   resp={"name": "Huamei Artificial Flowers Co., Ltd.", "phones": ["+8615857920364"]},
   order={"number": "HM-4471", "amount": "870.00", "currency": "USD"},
   must=["refuse to exchange", "confirmed in your sample approval"],
   notes="example-09 family: the forwarded mail has its own > quote; Order ID and value in one sentence; WhatsApp label")

# ---------------------------------------------------------------------------
# Family of example-10: QQ nickname, QQ-number address, no personal name.

# e8b-04: 抖音小店, 店铺地址 holding a URL (not a postal address), phone with hyphens, ¥ with one decimal.
qq("e8b-04.eml", "岁月静好", "2260418937@qq.com", "抖音买的加湿器漏水，客服推脱",
   "您好！\n"
   "我在抖音小店“暖阳家居生活馆”买的加湿器，用了三天底座就漏水，客服一直让我等。\n"
   "订单编号：6928173306514290417\n"
   "实付款：¥89.9\n"
   "店铺地址：https://haohuo.jinritemai.com/views/shop/index?id=NuanYang8821\n"
   "联系电话：177-5821-9034\n"
   "希望能退款。\n",
   "Wed, 22 Apr 2026 21:35:40 +0800", "tencent_1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8617758219034"]},
   resp={"name": "暖阳家居生活馆", "urls": ["https://haohuo.jinritemai.com/views/shop/index?id=NuanYang8821"]},
   order={"number": "6928173306514290417", "amount": "89.90", "currency": "CNY"},
   missing=["complainant_name"],
   must=["底座就漏水", "希望能退款"],
   notes="example-10 family: nickname; 店铺地址 holds a URL, not a postal address; ¥89.9 → 89.90; hyphenated mobile")

# e8b-05: no phone at all, only QQ and WeChat IDs; amount in ordinary Chinese numerals.
qq("e8b-05.eml", "小确幸", "3318045726@qq.com", "淘宝买到假手办，店家不认",
   "你好，\n"
   "在淘宝“潮玩基地”买了一个盲盒手办，到手发现是假的，做工粗糙，跟正品差很多。花了一百二十八元，店家不认。\n"
   "店铺：https://chaowanjidi.taobao.com\n"
   "订单号 3390271846610258734\n"
   "有事联系我QQ：3318045726，微信 xqx_2026\n",
   "Thu, 23 Apr 2026 13:08:27 +0800", "tencent_2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C@qq.com",
   kind="complaint", language="zh",
   resp={"name": "潮玩基地", "urls": ["https://chaowanjidi.taobao.com"]},
   order={"number": "3390271846610258734", "amount": "128.00", "currency": "CNY"},
   missing=["complainant_name", "complainant_phone"],
   must=["到手发现是假的", "店家不认"],
   notes="example-10 family: QQ number and WeChat ID are not phones; 一百二十八元 → 128.00; order number after a space, no colon")

# e8b-06: signs as a non-name; 手机/微信同号; the shop's landline in a sentence.
qq("e8b-06.eml", "Lucky星", "1187396254@qq.com", "投诉：拼多多店铺发错尺码不给换",
   "你好，我在拼多多“优衣坊女装店”买了一件外套，下单M码，寄来的是XXL，商家说已经发货不能换。\n"
   "店家电话 0579-85412367，打了也没人接。\n"
   "订单号：260419-337128409155623\n"
   "支付金额：236.00元\n"
   "我的手机/微信同号：13867425190\n"
   "——一个无奈的买家\n",
   "Fri, 24 Apr 2026 08:12:51 +0800", "tencent_3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8613867425190"]},
   resp={"name": "优衣坊女装店", "phones": ["+8657985412367"]},
   order={"number": "260419-337128409155623", "amount": "236.00", "currency": "CNY"},
   missing=["complainant_name"],
   must=["寄来的是XXL", "打了也没人接"],
   notes="example-10 family: Latin+CJK nickname; signature 一个无奈的买家 is not a name; shop landline after 店家电话 in a sentence")

# ---------------------------------------------------------------------------
# Family of example-11: QQ consumer reply (回复：, 原始邮件 block) supplying missing items.

# e8b-07: supplies phone and an e-mail; name in a dash signature.
qq("e8b-07.eml", "黄丽", "huangli_0923@qq.com", "回复：[YW-2026-00407] 请补充您的联系电话",
   "您好，\n"
   "我的电话是186 5792 3307，也可以发邮件到 huangli.work@163.com 联系我。\n"
   "—— 黄丽\n" + QQ_QUOTE % (
       "楼晓燕", "louxiaoyan@yweca.org.example", "2026年4月21日(星期二) 上午10:25", "黄丽", "huangli_0923@qq.com",
       "[YW-2026-00407] 请补充您的联系电话",
       "黄女士您好：\n"
       "您投诉“欧韵饰品店”项链褪色的问题已登记（编号YW-2026-00407），请补充您的联系电话。\n"
       "商家电话：13957981026\n\n"
       "楼晓燕\n"
       "电话：0579-85550188\n"),
   "Tue, 21 Apr 2026 12:48:09 +0800", "tencent_4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E@qq.com",
   kind="reply", case_ref="YW-2026-00407", language="zh",
   comp={"name": "黄丽", "phones": ["+8618657923307"], "emails": ["huangli.work@163.com"]},
   must=["也可以发邮件到"], mustnot=["项链褪色的问题已登记", "13957981026"],
   notes="example-11 family: phone with spaces and a contact e-mail in one sentence; shop and its phone only in the quote")

# e8b-08: nickname From; case reference in the body only; name after 本人姓名; shop URL, order and ¥ with separator.
qq("e8b-08.eml", "风一样的男子", "1730982465@qq.com", "回复：请补充订单信息",
   "你好，\n"
   "案件编号 YW-2026-00412，补充如下：\n"
   "本人姓名：邓伟\n"
   "店铺链接：https://shop.m.jd.com/?shopId=1029384\n"
   "订单号：305218746629\n"
   "实付金额：¥1,299.00\n" + QQ_QUOTE % (
       "周敏", "zhoumin@yweca.org.example", "2026年4月22日(星期三) 下午2:10", "风一样的男子", "1730982465@qq.com",
       "请补充订单信息",
       "您好：\n"
       "您投诉的扫地机器人问题我们已收到，请补充店铺链接、订单号和付款金额。\n\n"
       "周敏\n"
       "义乌市电子商务协会消费者维权服务站\n"),
   "Wed, 22 Apr 2026 20:05:33 +0800", "tencent_5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F@qq.com",
   kind="reply", case_ref="YW-2026-00412", language="zh",
   comp={"name": "邓伟"},
   resp={"urls": ["https://shop.m.jd.com/?shopId=1029384"]},
   order={"number": "305218746629", "amount": "1299.00", "currency": "CNY"},
   must=["补充如下"], mustnot=["扫地机器人问题我们已收到"],
   notes="example-11 family: case reference only in the new body (案件编号); 本人姓名 label; nickname From")

# e8b-09: two phones (mobile and a landline in parentheses) plus an address after 寄件地址.
qq("e8b-09.eml", "蒋卫东", "jiangwd_1971@qq.com", "回复：[YW-2026-00415] 请补充联系方式",
   "您好，\n"
   "手机：159 6830 4471，家里座机(0571)87261953。\n"
   "寄件地址：浙江省杭州市拱墅区湖墅南路277号3单元602室\n"
   "蒋卫东\n" + QQ_QUOTE % (
       "林涛", "lintao@yweca.org.example", "2026年4月23日(星期四) 上午9:03", "蒋卫东", "jiangwd_1971@qq.com",
       "[YW-2026-00415] 请补充联系方式",
       "蒋先生您好：\n"
       "您投诉的“鑫达五金工具”电钻问题已登记，请补充联系电话和退货用的地址。\n\n"
       "林涛\n"
       "地址：浙江省义乌市稠城街道宾王路158号\n"),
   "Thu, 23 Apr 2026 11:20:14 +0800", "tencent_6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A@qq.com",
   kind="reply", case_ref="YW-2026-00415", language="zh",
   comp={"name": "蒋卫东", "phones": ["+8615968304471", "+8657187261953"],
         "address": "浙江省杭州市拱墅区湖墅南路277号3单元602室"},
   must=["家里座机"], mustnot=["电钻问题已登记", "宾王路158号"],
   notes="example-11 family: a mobile and a landline in parentheses in one line; 寄件地址 label; station address only in the quote")

# ---------------------------------------------------------------------------
# Family of example-12: staff reply from Chinese Outlook (发件人/发送时间 block).

outlook_cn("e8b-10.eml", "王海波", "wanghaibo@yweca.org.example", "%s <tangmin_86@126.com>" % ew("唐敏", "gb2312"),
   "答复: [YW-2026-00409] 关于儿童滑板车的投诉",
   "唐女士，您好：\n\n"
   "商家“酷行童车旗舰店”已同意退款259元，退款将在3个工作日内原路退回。商家售后电话：0579-85337162，"
   "售后地址：义乌市北苑街道春华路66号。\n"
   "订单号：4120937781625304 已核实。\n\n"
   "王海波\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "手机：13735792210\n\n"
   "发件人: 唐敏 <tangmin_86@126.com>\n"
   "发送时间: 2026年4月20日 19:45\n"
   "收件人: tousu@yweca.org.example\n"
   "主题: [YW-2026-00409] 关于儿童滑板车的投诉\n\n"
   "滑板车轮子断了，差点摔到孩子。我叫唐敏，电话13588427716。\n",
   "Wed, 22 Apr 2026 09:40:12 +0800", "000001dcd2a3$5c6d7e8f$9a0b1c2d$@yweca.org.example",
   kind="reply", case_ref="YW-2026-00409", language="zh",
   must=["已同意退款259元", "原路退回"], mustnot=["差点摔到孩子"],
   notes="example-12 family: staff reply naming the shop, its phone, address, the order and amount: staff mail carries no party data")

outlook_cn("e8b-11.eml", "陈静", "chenjing@yweca.org.example", "%s <wuhao.sh@sina.com>" % ew("吴昊", "gb2312"),
   "[YW-2026-00418] 调解结果通知",
   "吴先生：\n\n"
   "您好！关于您投诉义乌市恒达箱包有限公司的案件，经调解，商家同意补发20个拉杆箱，预计下周发出。\n"
   "如有疑问请拨打 0579-85550188 或回复本邮件。\n\n"
   "陈静\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "地址：浙江省义乌市稠城街道宾王路158号电商服务中心3楼\n",
   "Thu, 23 Apr 2026 15:02:48 +0800", "000001dcd36e$6d7e8f9a$0b1c2d3e$@yweca.org.example",
   kind="reply", case_ref="YW-2026-00418", language="zh",
   must=["商家同意补发20个拉杆箱"],
   notes="example-12 family: a new staff message (no quote, no 答复 prefix) with the case reference in the subject: still a reply with no party data")

# ---------------------------------------------------------------------------
# Family of example-13: Gmail consumer reply (Re:, On … wrote:, > quote).

gmail("e8b-12.eml", "Sarah O'Connell", "sarah.oconnell.dub@gmail.com", "Re: [YW-2026-00410] Additional information needed",
   "Hello,\n\n"
   "Here are the details you asked for:\n\n"
   "Seller: Yiwu Xinyue Jewelry Co., Ltd.\n"
   "Seller phone: +86 579 8562 0917\n"
   "Order ref: XY-58120\n"
   "Amount: \u20ac245.90\n\n"
   "Best,\n"
   "Sarah\n\n"
   "On Mon, Apr 20, 2026 at 3:30 PM Fang Yu <fangyu@yweca.org.example> wrote:\n\n"
   "> Dear Ms O'Connell,\n"
   ">\n"
   "> Thank you for your complaint. Please tell us the seller's name and phone number and your order reference.\n"
   ">\n"
   "> Fang Yu\n"
   "> Tel: +86 579 8555 0188\n",
   "Tue, 21 Apr 2026 10:12:40 +0100", "CAE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3xY4zA5bC6dE7fG8h@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00410", language="en",
   comp={"name": "Sarah O'Connell"},
   resp={"name": "Yiwu Xinyue Jewelry Co., Ltd.", "phones": ["+8657985620917"]},
   order={"number": "XY-58120", "amount": "245.90", "currency": "EUR"},
   must=["Here are the details you asked for"], mustnot=["Please tell us the seller's name"],
   notes="example-13 family: labelled Seller:/Seller phone:/Order ref:/Amount: lines with a euro amount; signature first name, From fuller; station phone only in the quote")

gmail("e8b-13.eml", "Lucas Meyer", "lucas.meyer.hh@gmail.com", "Re: [YW-2026-00416] Please provide your contact details",
   "Hi Fang Yu,\n\n"
   "Sorry, I forgot. My details are in the signature below.\n\n"
   "Lucas Meyer | lucas.meyer@posteo.example | +49 151 2345 6789\n"
   "Grindelallee 112, 20146 Hamburg, Germany\n\n"
   "On Wed, Apr 22, 2026 at 9:05 AM Fang Yu <fangyu@yweca.org.example> wrote:\n\n"
   "> Dear Mr Meyer,\n"
   ">\n"
   "> We need your phone number and postal address to forward your complaint about Jinhua Yida Toys\n"
   "> (tel. 0579-82231456).\n"
   ">\n"
   "> Fang Yu\n",
   "Thu, 23 Apr 2026 08:55:21 +0200", "CAF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6cD7eF8gH9i@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00416", language="en",
   comp={"name": "Lucas Meyer", "phones": ["+4915123456789"], "emails": ["lucas.meyer@posteo.example"],
         "address": "Grindelallee 112, 20146 Hamburg, Germany"},
   must=["My details are in the signature below"], mustnot=["Jinhua Yida Toys"],
   notes="example-13 family: name, e-mail and phone on one pipe-separated signature line, street address below; merchant only in the quote")

# ---------------------------------------------------------------------------
# Family of example-14: staff reply from Thunderbird (UTF-8 flowed, 在 … 写道:).

thunder_re("e8b-14.eml", "林涛", "lintao@yweca.org.example", "%s <xiaofang_2000@163.com>" % ew("许芳", "UTF-8"),
   "Re: [YW-2026-00411]", "投诉：羽绒服跑绒严重",
   "许女士：\n\n"
   "您好，商家同意退款￥320.00，但需要您先把羽绒服寄回。寄回地址：义乌市后宅街道遗安路9号，"
   "联系人何先生，电话 158 5790 1273。\n\n"
   "林涛\n"
   "义乌市电子商务协会消费者维权服务站\n"
   "电话：0579-85550188\n\n"
   "在 2026/4/21 22:03, 许芳 写道:\n"
   "> 羽绒服穿了两次就一直往外钻毛，商家说是正常现象。\n"
   "> 订单号 4401928376152，电话13777928841。\n",
   "Thu, 23 Apr 2026 09:30:05 +0800", "5b0c4d3e-6f70-4182-ac9d-1e2f3a4b5c6d@yweca.org.example",
   kind="reply", case_ref="YW-2026-00411", language="zh",
   must=["商家同意退款￥320.00", "联系人何先生"], mustnot=["一直往外钻毛"],
   notes="example-14 family: staff reply with an amount, a return address and a contact phone in the text: staff mail carries no party data")

thunder_re("e8b-15.eml", "王海波", "wanghaibo@yweca.org.example", "kefu@xinghui-deco.example",
   "Fwd: [YW-2026-00417]", "关于墙纸色差的投诉",
   "星辉装饰材料商行负责人：\n\n"
   "现将消费者投诉转给贵店，请于5个工作日内回复处理意见。\n\n"
   "王海波\n"
   "义乌市电子商务协会消费者维权服务站\n\n"
   "-------- 转发的消息 --------\n"
   "主题: \t[YW-2026-00417] 关于墙纸色差的投诉\n"
   "日期: \tTue, 21 Apr 2026 18:22:10 +0800\n"
   "发件人: \t马骏 <majun_sx@163.com>\n"
   "收件人: \ttousu@yweca.org.example\n\n"
   "你好，在星辉装饰材料商行买的墙纸跟样品色差很大，订单号XH20260402-15，付款1,860元。我叫马骏，电话13935467720。\n",
   "Fri, 24 Apr 2026 10:15:42 +0800", "6c1d5e4f-7081-4293-bdae-2f3a4b5c6d7e@yweca.org.example",
   kind="reply", case_ref="YW-2026-00417", language="zh",
   must=["现将消费者投诉转给贵店"],
   notes="example-14 family: staff forwarding the complaint to the merchant (Fwd:, Thunderbird 转发的消息): staff mail, so no party data even from the forwarded part")

# ---------------------------------------------------------------------------
# Family of example-15: automatic replies.

qq("e8b-16.eml", "孙晓峰", "sunxf_1988@qq.com", "自动回复：[YW-2026-00413] 请补充订单号",
   "这是来自QQ邮箱的假期自动回复邮件。\n\n"
   "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。\n",
   "Tue, 21 Apr 2026 16:40:00 +0800", "tencent_7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B@qq.com",
   kind="auto_reply", case_ref="YW-2026-00413", language="zh",
   must=["假期自动回复邮件"],
   notes="example-15 family: QQ Mail holiday auto-reply, no auto-reply headers; recognised by 自动回复 and wording")

autoreply("e8b-17.eml", "Kingstar Trading Support", "support@kingstar-trading.example",
   "RE: [YW-2026-00414] Complaint forwarded to your company",
   "Dear Customer,\n\n"
   "Your request has been received and assigned ticket number #482193. Our support team will respond within "
   "48 hours.\n\n"
   "Hotline: +86 579 8571 6620\n"
   "Kingstar Trading Co., Ltd.\n"
   "This is an automated message, please do not reply.\n",
   "Wed, 22 Apr 2026 11:05:13 +0800", "HK0PR03MB4821D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0@HK0PR03MB4821.apcprd03.prod.outlook.com",
   headers=["MIME-Version: 1.0", "X-Auto-Response-Suppress: All", "Content-Language: en-US"],
   kind="auto_reply", case_ref="YW-2026-00414", language="en",
   must=["assigned ticket number #482193", "automated message"],
   notes="example-15 family: a merchant's ticket acknowledgement with only X-Auto-Response-Suppress; RE: subject with the case reference; ticket number and hotline are nobody's")

autoreply("e8b-18.eml", "Priya Raman", "priya.raman.in@outlook.com",
   "Out of Office: [YW-2026-00419] Your complaint has been registered",
   "Hello,\n\n"
   "I am travelling until 4 May with intermittent access to email. I will reply as soon as possible after my return.\n\n"
   "Regards,\n"
   "Priya Raman\n"
   "+91 98450 55123\n",
   "Thu, 23 Apr 2026 07:45:30 +0530", "MA0PR01MB7032E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1@MA0PR01MB7032.INDPRD01.PROD.OUTLOOK.COM",
   headers=["MIME-Version: 1.0", "Content-Language: en-IN"],
   kind="auto_reply", case_ref="YW-2026-00419", language="en",
   must=["I am travelling until 4 May"],
   notes="example-15 family: Out of Office: subject, no auto-reply headers; the signature phone is nobody's")

# ---------------------------------------------------------------------------
# Family of example-16: Postfix delivery-status bounces of station mail.

# e8b-19: the case reference inside a Q-encoded returned subject.
postfix_bounce("e8b-19.eml", "Fri, 24 Apr 2026 17:02:31 +0800", "D5E62B93F1", "yangfan.1990@126.com",
   "host mx.126.com[198.51.100.44] said: 550 Mailbox not found or access denied\r\n    (in reply to RCPT TO command)",
   "Return-Path: <wanghaibo@yweca.org.example>\r\n"
   "Received: from [10.8.0.63] (unknown [10.8.0.63])\r\n\tby mx1.yweca.org.example (Postfix) with ESMTPSA id D5E62B93F1;\r\n"
   "\tFri, 24 Apr 2026 17:02:27 +0800\r\n"
   "Message-ID: <8d2e6f50-9192-43a4-8ebf-3a4b5c6d7e8f@yweca.org.example>\r\n"
   "Date: Fri, 24 Apr 2026 17:02:27 +0800\r\nMIME-Version: 1.0\r\nUser-Agent: Mozilla Thunderbird\r\n"
   "Subject: =?UTF-8?Q?Re=3A_=5BYW-2026-00420=5D_=E8=AF=B7=E8=A1=A5=E5=85=85=E8=AF=81?=\r\n"
   " =?UTF-8?Q?=E6=8D=AE?=\r\n"
   "To: =?UTF-8?B?%s?= <yangfan.1990@126.com>\r\n"
   "From: =?UTF-8?B?%s?= <wanghaibo@yweca.org.example>\r\n"
   "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n" % (
       base64.b64encode("杨帆".encode()).decode(), base64.b64encode("王海波".encode()).decode()),
   case_ref="YW-2026-00420", must=["Mailbox not found or access denied"],
   notes="example-16 family: the case reference inside a Q-encoded returned subject (=5B/=5D brackets)")

# e8b-20: the reference split across two B-encoded words of the returned subject; timeout bounce.
postfix_bounce("e8b-20.eml", "Sat, 25 Apr 2026 06:15:02 +0800", "E6F73CA402", "order@lemei-trade.example",
   "connect to mx.lemei-trade.example[198.51.100.97]:25: Connection timed out",
   "Return-Path: <tousu@yweca.org.example>\r\n"
   "Message-ID: <9e3f7061-a2b3-44c5-9fc0-4b5c6d7e8f90@yweca.org.example>\r\n"
   "Date: Sat, 20 Apr 2026 06:14:50 +0800\r\nMIME-Version: 1.0\r\n"
   "Subject: =?UTF-8?B?%s?=\r\n =?UTF-8?B?%s?=\r\n"
   "To: order@lemei-trade.example\r\nFrom: tousu@yweca.org.example\r\n"
   "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n" % (
       base64.b64encode("投诉转办通知 [YW-2026-".encode()).decode(), base64.b64encode("00421]".encode()).decode()),
   case_ref="YW-2026-00421", must=["Connection timed out"],
   notes="example-16 family: timeout bounce; the case reference split across two encoded words of the returned subject")

# ---------------------------------------------------------------------------
# Second pass: the labelled facts moved further.

# e8b-21: example-09 family: seller signature with Web: www. link and a Chinese mobile with +86-; buyer's Order # in his own text.
gmail("e8b-21.eml", "Tomasz Kowalski", "t.kowalski.krk@gmail.com", "Fwd: Quality problem",
   "Hello,\n\n"
   "I bought 1,000 umbrellas (Order # KW-20260407, EUR 3,150.00) and about a third of them do not open properly. "
   "The factory refuses to take responsibility, see their email below.\n\n"
   "Tomasz Kowalski\n"
   "tel. +48 601 555 274\n\n"
   "---------- Forwarded message ---------\n"
   "From: Sunrain Umbrella Factory <sunrain@sunrain-umbrella.example>\n"
   "Date: Tue, Apr 21, 2026 at 2:40 PM\n"
   "Subject: Quality problem\n"
   "To: Tomasz Kowalski <t.kowalski.krk@gmail.com>\n\n\n"
   "Dear Tomasz,\n\n"
   "Our QC passed before shipment. The opening problem is caused by the customer using it wrong.\n\n"
   "Best regards\n"
   "Sunrain Umbrella Factory\n"
   "Web: www.sunrain-umbrella.example\n"
   "Cell: +86-135-6792-4018\n",
   "Wed, 22 Apr 2026 19:05:44 +0200", "CAG6hI7jK8lM9nO0pQ1rS2tU3vW4xY5zA6bC7dE8fG9hI0j@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Tomasz Kowalski", "phones": ["+48601555274"]},
   resp={"name": "Sunrain Umbrella Factory", "urls": ["www.sunrain-umbrella.example"], "phones": ["+8613567924018"]},
   order={"number": "KW-20260407", "amount": "3150.00", "currency": "EUR"},
   must=["about a third of them do not open", "customer using it wrong"],
   notes="example-09 family: order and euro amount in the buyer's own parenthesis; seller Web: www. link and Cell: +86- mobile in the forward")

# e8b-22: example-10 family: 天猫【…】 shop, 电话号码 without a colon, 共计￥ with a space.
qq("e8b-22.eml", "微笑向暖", "825364190@qq.com", "天猫买的奶瓶有裂痕",
   "你好，在天猫【绿源母婴旗舰店】买了两个玻璃奶瓶，收到后发现瓶身有裂痕，商家让我自己承担运费退货，不合理。\n"
   "订单号：3512094876613027\n"
   "共计￥ 59.00\n"
   "电话号码 13306587241\n",
   "Sat, 25 Apr 2026 10:22:37 +0800", "tencent_8B9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8613306587241"]},
   resp={"name": "绿源母婴旗舰店"},
   order={"number": "3512094876613027", "amount": "59.00", "currency": "CNY"},
   missing=["complainant_name", "respondent_contact"],
   must=["瓶身有裂痕", "不合理"],
   notes="example-10 family: 天猫【…】 shop without contact; 电话号码 with no colon; 共计￥ 59.00")

# e8b-23: example-11 family: QQ Mail English-UI quote block (------ Original ------, From/Date/To/Subject).
qq("e8b-23.eml", "阿杰", "ajie_hz@qq.com", "回复：[YW-2026-00423] 请补充联系方式",
   "你好，我是方俊杰，电话 138-1927-6405。\n"
   "发自我的iPhone\n\n\n"
   "------------------ Original ------------------\n"
   "From: 周敏 <zhoumin@yweca.org.example>\n"
   "Date: Fri,Apr 24,2026 9:12 AM\n"
   "To: 阿杰 <ajie_hz@qq.com>\n"
   "Subject: Re: [YW-2026-00423] 请补充联系方式\n\n"
   "您好：您投诉“佳美电器”的电热水壶问题已登记，请补充您的姓名和电话。商家电话0579-85471206。\n"
   "周敏\n",
   "Fri, 24 Apr 2026 12:01:19 +0800", "tencent_9C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D@qq.com",
   kind="reply", case_ref="YW-2026-00423", language="zh",
   comp={"name": "方俊杰", "phones": ["+8613819276405"]},
   must=["我是方俊杰"], mustnot=["电热水壶问题已登记", "0579-85471206"],
   notes="example-11 family: QQ Mail iPhone reply with the English ------ Original ------ block; nickname From, name in 我是…")

# e8b-24: example-12 family: staff reply from Chinese Outlook with the older -----邮件原件----- block.
outlook_cn("e8b-24.eml", "周敏", "zhoumin@yweca.org.example", "%s <liuyang_bj@163.com>" % ew("刘洋", "gb2312"),
   "答复: [YW-2026-00424] 投诉：空气炸锅不加热",
   "刘先生：\n\n"
   "您好，商家回复说可以上门维修，请您提供方便的时间。\n\n"
   "周敏\n"
   "义乌市电子商务协会消费者维权服务站\n\n"
   "-----邮件原件-----\n"
   "发件人: 刘洋 <liuyang_bj@163.com>\n"
   "发送时间: 2026年4月23日 20:11\n"
   "收件人: tousu@yweca.org.example\n"
   "主题: [YW-2026-00424] 投诉：空气炸锅不加热\n\n"
   "空气炸锅买来第二天就不加热了，我的电话15801236647，地址北京市朝阳区望京西路48号。\n",
   "Sat, 25 Apr 2026 09:05:51 +0800", "000001dcd4f9$7e8f9a0b$1c2d3e4f$@yweca.org.example",
   kind="reply", case_ref="YW-2026-00424", language="zh",
   must=["可以上门维修"], mustnot=["第二天就不加热了", "望京西路48号"],
   notes="example-12 family: staff reply quoting with -----邮件原件-----; the consumer's details only in the quote")

# e8b-25: example-13 family: Gmail in the Chinese UI: "X <x> 于2026年4月22日周三 09:05写道：".
gmail("e8b-25.eml", "Kevin Lau", "kevin.lau.van@gmail.com", "Re: [YW-2026-00425] Please send the order number",
   "Hi,\n\n"
   "Order number is 2216098734512876, I paid RMB 468. My mobile is +1 604 555 0193.\n\n"
   "Thanks,\n"
   "Kevin\n\n"
   "Fang Yu <fangyu@yweca.org.example> \u4e8e2026\u5e744\u670822\u65e5\u5468\u4e09 09:05\u5199\u9053\uff1a\n\n"
   "> Dear Mr Lau,\n"
   "> Please send us the order number and the amount you paid to \u201c\u65b0\u6f6e\u6570\u7801\u914d\u4ef6\u201d.\n"
   "> Fang Yu\n",
   "Thu, 23 Apr 2026 18:30:02 -0700", "CAH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6aB7cD8eF9gH0iJ1k@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00425", language="en",
   comp={"name": "Kevin Lau", "phones": ["+16045550193"]},
   order={"number": "2216098734512876", "amount": "468.00", "currency": "CNY"},
   must=["I paid RMB 468"], mustnot=["Please send us the order number"],
   notes="example-13 family: Gmail Chinese-UI attribution (于…写道：); RMB amount without decimals; shop name only in the quote")

# e8b-26: example-15 family: Chinese Outlook 自动答复 without any header.
autoreply("e8b-26.eml", "郑雅琴", "zhengyaqin@hotmail.com",
   "自动答复: [YW-2026-00426] 请补充商家信息",
   "您好！\n\n"
   "我目前不在办公室，5月6日返回。紧急事务请联系我的同事，电话 0579-85120477。\n\n"
   "郑雅琴\n",
   "Sun, 26 Apr 2026 08:00:12 +0800", "TY0PR06MB5288F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1C2@TY0PR06MB5288.apcprd06.prod.outlook.com",
   headers=["MIME-Version: 1.0", "Content-Language: zh-CN"],
   kind="auto_reply", case_ref="YW-2026-00426", language="zh",
   must=["我目前不在办公室"],
   notes="example-15 family: Chinese Outlook 自动答复: subject and no auto-reply headers; the colleague's phone is nobody's")

# e8b-27: example-16 family: bounce of a Chinese Outlook staff mail; returned subject in gb2312 words.
postfix_bounce("e8b-27.eml", "Sun, 26 Apr 2026 11:45:20 +0800", "F7A84DB513", "gaoming88@sohu.example",
   "host mx.sohu.example[198.51.100.58] said: 550 5.1.1 User unknown (in reply to RCPT\r\n    TO command)",
   "Return-Path: <chenjing@yweca.org.example>\r\n"
   "From: =?gb2312?B?%s?= <chenjing@yweca.org.example>\r\n"
   "To: =?gb2312?B?%s?= <gaoming88@sohu.example>\r\n"
   "Subject: =?gb2312?B?%s?=\r\n =?gb2312?B?%s?=\r\n"
   "Date: Sun, 26 Apr 2026 11:45:16 +0800\r\n"
   "Message-ID: <000001dcd5c4$8f9a0b1c$2d3e4f5a$@yweca.org.example>\r\n"
   "MIME-Version: 1.0\r\nX-Mailer: Microsoft Outlook 16.0\r\n" % (
       base64.b64encode("陈静".encode("gb2312")).decode(), base64.b64encode("高明".encode("gb2312")).decode(),
       base64.b64encode("答复: [YW-2026-00427] 关于".encode("gb2312")).decode(),
       base64.b64encode("退款进度".encode("gb2312")).decode()),
   case_ref="YW-2026-00427", must=["User unknown"],
   notes="example-16 family: bounce of a Chinese Outlook staff reply; the case reference in the gb2312-encoded returned subject")

# e8b-28: example-10 family: a nickname that starts with a surname character (陈皮糖) is still a nickname.
qq("e8b-28.eml", "陈皮糖", "2094318857@qq.com", "买的茶叶发霉了",
   "你好，\n"
   "上周在淘宝“茗香茶舍”买了半斤龙井，打开就发霉结块，商家说是我保存不当。\n"
   "商品链接：https://item.taobao.com/item.htm?id=718236409152\n"
   "订单号：3628840195527316\n"
   "付了168元。\n"
   "手机：18857916632\n",
   "Sun, 26 Apr 2026 15:30:08 +0800", "tencent_0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E@qq.com",
   kind="complaint", language="zh",
   comp={"phones": ["+8618857916632"]},
   resp={"name": "茗香茶舍", "urls": ["https://item.taobao.com/item.htm?id=718236409152"]},
   order={"number": "3628840195527316", "amount": "168.00", "currency": "CNY"},
   missing=["complainant_name"],
   must=["发霉结块", "保存不当"],
   notes="example-10 family: nickname 陈皮糖 starts with a surname character but is no personal name")

# e8b-29: example-11 family: four-character nickname (林深见鹿) reply supplying only a phone; no name anywhere.
qq("e8b-29.eml", "林深见鹿", "1502847739@qq.com", "回复：[YW-2026-00428] 请补充联系电话",
   "好的，电话是 199 5792 8810，工作日下午打比较方便。\n" + QQ_QUOTE % (
       "林涛", "lintao@yweca.org.example", "2026年4月26日(星期日) 上午11:20", "林深见鹿", "1502847739@qq.com",
       "[YW-2026-00428] 请补充联系电话",
       "您好：\n您投诉的“艺彩文具”问题已登记，请补充您的联系电话。\n\n林涛\n电话：0579-85550188\n"),
   "Sun, 26 Apr 2026 17:02:44 +0800", "tencent_1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F@qq.com",
   kind="reply", case_ref="YW-2026-00428", language="zh",
   comp={"phones": ["+8619957928810"]},
   must=["工作日下午打比较方便"], mustnot=["艺彩文具"],
   notes="example-11 family: reply from a four-character nickname starting with 林; no name in the text, so none")

# e8b-30: example-16 family: whole returned message, gb2312 base64 body holds the only case reference.
postfix_bounce("e8b-30.eml", "Mon, 27 Apr 2026 09:12:40 +0800", "A8B95EC624", "zhoupeng@21cn.example",
   "host mx.21cn.example[198.51.100.83] said: 550 Mailbox unavailable (in reply to RCPT TO\r\n    command)",
   "Return-Path: <tousu@yweca.org.example>\r\n"
   "From: tousu@yweca.org.example\r\n"
   "To: zhoupeng@21cn.example\r\n"
   "Subject: =?gb2312?B?%s?=\r\n"
   "Date: Mon, 27 Apr 2026 09:12:36 +0800\r\n"
   "Message-ID: <000001dcd68f$9a0b1c2d$3e4f5a6b$@yweca.org.example>\r\n"
   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s" % (
       base64.b64encode("投诉处理进度通知".encode("gb2312")).decode(),
       base64.b64encode("周先生您好：\r\n您的投诉（YW-2026-00429）商家已回复，请查收。电话：0579-85550188\r\n".encode("gb2312")).decode()),
   full=True, case_ref="YW-2026-00429", must=["Mailbox unavailable"],
   notes="example-16 family: the whole returned message with a gb2312 base64 body holding the only case reference")

save()
