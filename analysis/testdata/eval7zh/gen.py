#!/usr/bin/env python3
"""Generate the seventh-round Chinese evaluation messages (e7z-NN.eml) and
labels.json: long narrative complaints as consumers write them (a timeline,
what the merchant said in chat, what the consumer wants, screenshots
mentioned) with many entities in one message: several dates, times and
sums (unit price, quantity, shipping, discount, paid, compensation asked),
several phone numbers (own, merchant's customer service, courier's, 12315),
several businesses (platform, shop, brand, courier), order and waybill
numbers. Simplified (QQ GB18030, 163 GBK, Foxmail GB2312, iPhone UTF-8)
and Traditional (Hong Kong Big5 with HK$ and +852, Taiwan UTF-8 with NT$
and 09xx mobiles); labelled blocks after the narrative; relatives' phones.

Decisions (per the shared README, "a phone belongs to the party whose
label or sentence it sits in"):
  * a courier's phone (快递员/快递小哥/顺丰客服) is neither party's: the
    courier is not the merchant, and the number is not the complainant's;
  * 12315 and 110 are not phones;
  * a relative's phone that the writer gives as a contact number for the
    complaint (有事可以打我老公电话…) is a way to call the complainant back
    and goes into complainant.phones; the relative's name is not the
    complainant's name (the complainant is the writer);
  * NT$ gives currency TWD, as the parser has always done (README lists
    only CNY/USD/HKD/EUR; TWD is the ISO 4217 code of the sign written);
  * the amount is the sum paid (实付), not the unit price, shipping,
    discount or the compensation asked (退一赔三 sums).
Run from anywhere: python3 gen.py. All people, shops and numbers are
invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


def iphone(name, disp, addr, subject, text, date, msgid, **lab):
    """iPhone Mail: a single UTF-8 quoted-printable text/plain part."""
    hdr = ["Return-Path: <%s>" % addr, received("smtpbgau1.qq.com", "203.0.113.91", date),
           "Content-Transfer-Encoding: quoted-printable",
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "Mime-Version: 1.0 (1.0)", "Date: " + date, "Subject: " + ew(subject, "utf-8"),
           "Message-Id: <%s>" % msgid, "To: " + STATION, "X-Mailer: iPhone Mail (22D82)"]
    body = enc_body(text, "utf-8", "quoted-printable")
    msg = "\r\n".join(hdr) + "\r\nContent-Type: text/plain;\r\n\tcharset=utf-8\r\n\r\n" + body
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("latin-1"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def tw(name, disp, addr, subject, text, date, msgid, **lab):
    """Taiwan webmail (Yahoo/Gmail style): UTF-8 quoted-printable text+HTML."""
    gmail(name, disp, addr, subject, text, date, msgid, subj_enc=True, **lab)


# ---------------------------------------------------------------------------

qq("e7z-01.eml", "蓝色海洋", "1847302956@qq.com", "投诉淘宝店铺卖假冒品牌运动鞋，要求退一赔三",
   "您好！\n"
   "我叫蒋文博，想投诉一家卖假鞋的淘宝店。事情经过是这样的：\n"
   "2026年3月12日晚上21:30左右，我在淘宝“步履不停运动专营店”看中一双耐克Air Max气垫鞋，页面写着“正品保证，假一赔十”。"
   "单价￥699.00，数量1双，运费￥0，用了一张20元的店铺优惠券，实付￥679.00。订单号：3561928840172635512。\n"
   "3月14日圆通快递送到，快递单号YT7741029385561，快递员电话13967012284。拿到手发现鞋盒没有防伪标签，鞋底的胶水溢出来，气味很刺鼻。"
   "我拿去耐克专卖店请店员看，店员说肯定不是正品。\n"
   "3月16日我在旺旺上跟商家客服说明了情况，客服先说“亲，我们家都是专柜同款，您放心”，后来又说“鞋子已经穿过不能退”。我根本只试穿了一次。聊天记录我都截图了。\n"
   "我的要求：全额退款679元，并按照消费者权益保护法第五十五条赔偿三倍价款2037元。\n"
   "商家客服电话：0579-85236617（一直没人接）\n"
   "我的手机：15158923307\n"
   "谢谢你们！\n",
   "Sat, 21 Mar 2026 22:14:05 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010001@qq.com",
   kind="complaint", language="zh",
   comp={"name": "蒋文博", "phones": ["+8615158923307"]},
   resp={"name": "步履不停运动专营店", "phones": ["+8657985236617"]},
   order={"number": "3561928840172635512", "amount": "679.00", "currency": "CNY"},
   must=["鞋底的胶水溢出来", "聊天记录我都截图了"],
   notes="QQ GB18030 text+HTML, nickname From; 实付 beats 单价/优惠/赔偿; courier's phone after 快递单号 belongs to nobody; brand 耐克 is not the merchant")

netease("e7z-02.eml", "沈丽华", "shenlh_0571@163.com", "拼多多买的电暖器冒烟，商家拒绝退货",
   "义乌电商协会维权站的同志：你好！\n"
   "本人沈丽华，家住杭州。今年1月8日上午10点多在拼多多“暖阳小家电工厂店”下单了一台油汀电暖器，标价189元，拼单价169元，运费险3元，实付172元。\n"
   "1月10日中通快递送到，快递单号：75410293846627。用了不到两周，1月22日晚上8点左右电暖器插头处突然冒烟，还有焦味，幸亏家里有人及时拔了电源，不然后果不堪设想。\n"
   "第二天我在拼多多上联系商家，客服回复：“您是不是用了插线板？我们的产品都有3C认证，不存在质量问题。”然后就不回了。我发了冒烟的视频和烧黑的插头照片，都有截图。"
   "1月25日我申请平台介入，平台说要商家同意。\n"
   "订单编号：260108-417725903316452\n"
   "我要求：退货退款，并且赔偿500元。\n"
   "我的电话：13757184492，白天上班不方便接的话可以打我老公的手机13805716638。\n"
   "沈丽华\n"
   "2026年2月2日\n",
   "Mon, 02 Feb 2026 19:40:31 +0800", "2d7e1a93.5c4b.18f1c2d3e4f.Coremail.shenlh_0571@163.com",
   kind="complaint", language="zh",
   comp={"name": "沈丽华", "phones": ["+8613757184492", "+8613805716638"]},
   resp={"name": "暖阳小家电工厂店"},
   order={"number": "260108-417725903316452", "amount": "172.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["插头处突然冒烟", "都有截图"],
   notes="163 GBK; 实付 beats 标价/拼单价/运费险/赔偿; husband's mobile given as a callback number counts as the complainant's; waybill no phone")

foxmail("e7z-03.eml", "马建国", "majianguo_yw@foxmail.com", "义乌小商品城商户收了定金不发货",
   "您好：\n"
   "我是河南郑州做小超市的，叫马建国。2026年2月26日我通过微信跟义乌国际商贸城二区一家卖保温杯的商户谈好订一批货，"
   "店名叫“恒温杯业商行”，老板姓许，电话13516893472。\n"
   "谈的是300个保温杯，单价18.5元，总价5550元，运费到付。当天下午3点我先转了定金2000元到老板的个人账户，约定3月5日前发货，"
   "发货前再付尾款3550元。\n"
   "到了3月5日没有发货，我打电话问，老板说“工厂那边排产慢，再等几天”。3月12日再打，老板说“货已经给别人了，定金可以退你一半”。"
   "之后电话就打不通了，微信也把我删了。转账记录和聊天截图我都保存着。\n"
   "商户地址：义乌国际商贸城二区东18街4号门27815号\n"
   "我要求全额退还定金2000元。\n"
   "联系电话：0371-63825519（店里）/ 15037126684（手机）\n",
   "Tue, 17 Mar 2026 16:02:48 +0800", "202603171602485817742@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "马建国", "phones": ["+8637163825519", "+8615037126684"]},
   resp={"name": "恒温杯业商行", "phones": ["+8613516893472"], "address": "义乌国际商贸城二区东18街4号门27815号"},
   order={"amount": "5550.00", "currency": "CNY"},
   must=["货已经给别人了", "转账记录和聊天截图"],
   notes="Foxmail GB2312; 老板 phone in the merchant sentence; 总价 beats 单价/定金/尾款; landline and mobile of the writer's own shop")

iphone("e7z-04.eml", "周小雨", "zhouxiaoyu1996@icloud.com", "京东买的手机是翻新机",
   "你好\n"
   "我在京东第三方店铺“极客数码专营店”买了一台华为Mate 60 Pro，2026年4月3日下单，订单号：291847736502，价格5299元，用了300元京豆和优惠券，实付4999元。\n"
   "4月5日收到，顺丰快递SF1428876530912，当时看着是新机就签收了。用了一周发现电池健康只有86%，拿到华为客户服务中心检测，"
   "师傅说这台机器换过屏幕和电池，是翻新机，激活日期是2025年11月。检测报告我拍了照片。\n"
   "4月13日我找店铺客服，客服说“我们都是官方渠道进货，检测报告不代表什么”，只肯补偿100元。我不同意。\n"
   "打了京东客服950618也没解决，让我等商家处理。\n"
   "我的要求：退货退款4999元，并按假一赔三赔偿。\n"
   "周小雨\n"
   "电话 177 6521 0398\n"
   "\n"
   "发自我的iPhone\n",
   "Wed, 15 Apr 2026 23:05:17 +0800", "8E2F6C1A-77B3-4D2E-9A51-0C3D7E9F1A24@icloud.com",
   kind="complaint", language="zh",
   comp={"name": "周小雨", "phones": ["+8617765210398"]},
   resp={"name": "极客数码专营店"},
   order={"number": "291847736502", "amount": "4999.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["是翻新机", "只肯补偿100元"],
   notes="iPhone UTF-8 QP; 实付 beats 价格/京豆/补偿; 京东客服950618 is a platform hotline, not a phone of either party; SF waybill")

big5("e7z-05.eml", "李嘉儀", "kayee.lee@netvigator.example", "天貓店鋪寄來的嬰兒車有裂痕，要求全額退款",
   "你好，\n"
   "我係香港居民李嘉儀，想投訴一間天貓店鋪。\n"
   "2026年2月14日我在天貓「寶貝樂母嬰旗艦店」買了一部嬰兒手推車，商品價錢人民幣1,280元，集運費HK$85，合共付款HK$1,480.00（信用卡扣數）。"
   "訂單編號：3810275566102938475。\n"
   "2月24日集運公司送貨到我屋企，打開發現車架有一條好長的裂痕，輪子亦鬆動動。我即日在旺旺同客服講，客服話「運輸途中造成的損壞我們唔負責，請您聯絡物流」。"
   "集運公司就話出倉時已經拍照，包裝完好。兩邊推來推去，已經兩個星期。相片同對話截圖我都有保存。\n"
   "我要求：全額退款HK$1,480.00，或者換一部全新的。\n"
   "聯絡電話：+852 9345 7781\n"
   "電郵：kayee.lee@netvigator.example\n"
   "李嘉儀\n",
   "Tue, 10 Mar 2026 12:33:09 +0800", "000a01dcb0a1$5c3e7f20$14b56d60$@netvigator.example",
   kind="complaint", language="zh",
   comp={"name": "李嘉儀", "phones": ["+85293457781"], "emails": ["kayee.lee@netvigator.example"]},
   resp={"name": "寶貝樂母嬰旗艦店"},
   order={"number": "3810275566102938475", "amount": "1480.00", "currency": "HKD"},
   missing=["respondent_contact"],
   must=["車架有一條好長的裂痕", "兩邊推來推去"],
   notes="Big5 Cantonese; 合共付款 HK$ beats 商品價錢 人民幣 and 集運費; +852 own phone; own e-mail in the text")

tw("e7z-06.eml", "陳怡君", "yijun.chen@gmail.example", "在蝦皮買的保養品是過期品，賣家不處理",
   "您好：\n"
   "我是住在台中的陳怡君，今年3月在蝦皮購物向義烏的賣家「美肌研究所旗艦館」購買了兩組精華液禮盒。\n"
   "3月2日晚上11點下單，單價NT$890，數量2組，運費NT$60，使用折價券NT$100，實付NT$1,740。訂單編號：260302KT8H5Q9R。\n"
   "3月9日收到貨（黑貓宅急便，託運單號 9032-7718-4521），打開後發現瓶身標示的有效期限是2025年12月，已經過期三個月，而且有酸味。\n"
   "我在蝦皮聊聊跟賣家反應，賣家回覆：「標示日期是生產日期不是有效期限」，但包裝上明明寫「有效期限」。對話截圖都有。"
   "我申請退貨退款被賣家拒絕，蝦皮客服說會再協調，但到現在都沒有下文。\n"
   "我的訴求：全額退款NT$1,740，並賠償我的損失。\n"
   "聯絡手機：0928-517-364\n"
   "陳怡君 敬上\n",
   "Sun, 22 Mar 2026 20:47:55 +0800", "CAF7x9Q2b-3kLm8nWp4RtYv5Z1aB6cD7eF8gH9iJ0kL@mail.gmail.example",
   kind="complaint", language="zh",
   comp={"name": "陳怡君", "phones": ["+886928517364"]},
   resp={"name": "美肌研究所旗艦館"},
   order={"number": "260302KT8H5Q9R", "amount": "1740.00", "currency": "TWD"},
   missing=["respondent_contact"],
   must=["已經過期三個月", "對話截圖都有"],
   notes="Taiwan UTF-8 QP; NT$ gives TWD (as the parser has always done); 實付 beats 單價/運費/折價券; 09xx mobile to +886; 託運單號 not a phone")

qq("e7z-07.eml", "小鱼儿", "2938475561@qq.com", "抖音小店买的羊毛大衣严重缩水起球",
   "您好，打扰了。\n"
   "我去年12月20日在抖音“简约女装工厂直营店”直播间看到主播推一件羊毛双面呢大衣，说是95%澳洲羊毛，原价1299，直播间价599元，我当时就下单了。\n"
   "12月23日韵达快递送到。穿了三次，1月上旬第一次干洗后大衣缩了一个码，袖口和腋下全是球。"
   "我拿去检测，吊牌上的羊毛含量根本不对，检测报告显示羊毛只有31%。\n"
   "1月18日我在抖音上跟客服沟通，客服先是说“洗涤方式不对造成的”，我发了检测报告后客服说“已经超过7天无理由退货期了，最多给您补偿50元”。截图在附件里（因为附件太大我没放，需要的话可以再发）。\n"
   "订单号：4938271650284719363\n"
   "支付金额：599元\n"
   "我希望商家退一赔三，也就是退599元再赔1797元。\n"
   "\n"
   "姓名：邓晓琳\n"
   "电话：18857936620\n"
   "地址：浙江省义乌市北苑街道春晗二区15幢2单元301\n",
   "Thu, 29 Jan 2026 13:26:44 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010007@qq.com",
   kind="complaint", language="zh",
   comp={"name": "邓晓琳", "phones": ["+8618857936620"], "address": "浙江省义乌市北苑街道春晗二区15幢2单元301"},
   resp={"name": "简约女装工厂直营店"},
   order={"number": "4938271650284719363", "amount": "599.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["检测报告显示羊毛只有31%", "最多给您补偿50元"],
   notes="QQ nickname From, labelled block at the end gives the name; 支付金额 beats 原价/直播间价/赔偿; percentages are no sums")

netease("e7z-08.eml", "王海涛", "wanghaitao_77@126.com", "网购空调安装后不制冷，商家和售后互相推诿",
   "您好！\n"
   "我是金华的王海涛，2026年5月6日在天猫“清风电器专卖店”买了一台1.5匹变频空调，品牌是格力，订单号：2208375519926354102，"
   "商品价格3199元，以旧换新补贴200元，安装费0元，实际支付2999元。\n"
   "5月9日物流送到，5月10日下午2点安装师傅上门安装，师傅电话13655892217。装好以后就不怎么制冷，室内温度一直降不下来。\n"
   "5月12日我联系店铺客服，客服说：“请联系格力售后报修”；格力售后上门看了以后说是安装时没抽真空，要找安装的人；"
   "安装师傅又说他是商家派的，让我找商家。来回折腾了快一个月，大热天家里老人孩子受不了。\n"
   "店铺客服电话：0579-82376611\n"
   "我要求：商家更换新机并重新安装，或者退货退款2999元。\n"
   "联系人：王海涛\n"
   "手机：135-7928-0041\n"
   "收货地址：浙江省金华市金东区多湖街道光南路966号7幢1802室\n",
   "Fri, 05 Jun 2026 09:18:22 +0800", "5b1c8d24.2a7e.18f9b3c4d5e.Coremail.wanghaitao_77@126.com",
   kind="complaint", language="zh",
   comp={"name": "王海涛", "phones": ["+8613579280041"], "address": "浙江省金华市金东区多湖街道光南路966号7幢1802室"},
   resp={"name": "清风电器专卖店", "phones": ["+8657982376611"]},
   order={"number": "2208375519926354102", "amount": "2999.00", "currency": "CNY"},
   must=["没抽真空", "来回折腾了快一个月"],
   notes="126 GBK; installer's mobile (师傅电话) is neither party's (conservative); 实际支付 beats 商品价格/补贴")

foxmail("e7z-09.eml", "赵敏", "zhaomin_2008@foxmail.com", "在线教育机构退费纠纷",
   "尊敬的工作人员：\n"
   "您好！我叫赵敏，为孩子在一家网课机构“启明星在线教育”报了一个初二数学全年班，2025年9月1日付款，"
   "课程费用8800元，优惠800元，实付8000元，通过支付宝付款，交易号2025090122001456781234567890。\n"
   "上了不到两个月，原来的老师换了三次，课程质量明显下降。2025年11月5日我提出退费，课程顾问说“可以退，按剩余课时退”。"
   "11月20日机构又说合同里写了“开课后不退费”，只能转课。我把合同和微信聊天记录都截了图。\n"
   "已上课时：24节，总课时：96节，按比例应该退6000元。\n"
   "机构地址：义乌市稠江街道杨村路299号中创大厦12楼\n"
   "课程顾问电话：18967421193\n"
   "我的电话：13867938824\n"
   "我们已经拨打过12315，工作人员建议我们向贵站反映。\n"
   "赵敏\n"
   "2026年1月6日\n",
   "Tue, 06 Jan 2026 10:45:12 +0800", "202601061045128849215@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "赵敏", "phones": ["+8613867938824"]},
   resp={"name": "启明星在线教育", "phones": ["+8618967421193"], "address": "义乌市稠江街道杨村路299号中创大厦12楼"},
   order={"amount": "8000.00", "currency": "CNY"},
   must=["只能转课", "按比例应该退6000元"],
   notes="Foxmail GB2312; online course; 课程顾问 (the merchant's sales staff) phone is the merchant's; 交易号 not a phone/order; 12315 no phone; 课程顾问 is the merchant's staff")

qq("e7z-10.eml", "徐志刚", "xuzhigang1979@qq.com", "快递丢件，商家不补发也不退款",
   "您好：\n"
   "2026年3月28日我在淘宝“老周茶叶铺”买了两斤明前龙井，单价328元/斤，共656元，包邮，订单号：3627718290045571826。\n"
   "商家4月1日发的申通，快递单号772019384561728。物流显示4月3日到了我们小区的驿站，可是我去取的时候驿站说没有这个件。"
   "驿站老板说快递员已经签收了，快递员（电话15824417702）说他放驿站了。申通客服95543说要商家发起理赔。\n"
   "我联系商家，商家客服说“货已经签收，我们不负责了，您找快递”。我说我根本没收到，她就不回了。\n"
   "驿站的监控也看不到我的包裹。\n"
   "我想请你们帮忙，要求商家补发或者退款656元。\n"
   "卖家电话：0571-87053326\n"
   "徐志刚 139 6812 4470\n",
   "Mon, 13 Apr 2026 08:12:30 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010010@qq.com",
   kind="complaint", language="zh",
   comp={"name": "徐志刚", "phones": ["+8613968124470"]},
   resp={"name": "老周茶叶铺", "phones": ["+8657187053326"]},
   order={"number": "3627718290045571826", "amount": "656.00", "currency": "CNY"},
   must=["驿站说没有这个件", "我们不负责了"],
   notes="QQ GB18030; courier's mobile in brackets after 快递员 belongs to nobody; 95543 no phone; 共 beats 单价…/斤; name and phone signature on one line")

iphone("e7z-11.eml", "Lily", "lily_zhang0903@icloud.com", "美团外卖吃出异物，商家态度恶劣",
   "你好\n"
   "我叫张莉莉，4月18日中午12点15分在美团外卖“湘味小厨（宾王店）”点了一份小炒黄牛肉套餐和一份米饭，订单号：18274930116628390，"
   "原价68元，满减20元，配送费3元，实付51元。\n"
   "吃到一半在肉里吃出一根钢丝球的铁丝，差点划破嘴。当时就拍了照片和视频。我打商家电话0579-85103327，老板接了说“不可能，我们厨房很干净”，然后挂了电话。\n"
   "美团客服给我退了51元，但商家完全没有道歉，还在评价里回复说我“恶意敲诈”。\n"
   "我要求商家公开道歉，并按食品安全法赔偿1000元。\n"
   "店铺地址：义乌市宾王路158号\n"
   "我的手机：199 5793 2016\n"
   "\n"
   "发自我的iPhone\n",
   "Sun, 19 Apr 2026 14:40:02 +0800", "3B9D0E17-8C2A-4F6B-B1E4-7D5A2C9F0E31@icloud.com",
   kind="complaint", language="zh",
   comp={"name": "张莉莉", "phones": ["+8619957932016"]},
   resp={"name": "湘味小厨（宾王店）", "phones": ["+8657985103327"], "address": "义乌市宾王路158号"},
   order={"number": "18274930116628390", "amount": "51.00", "currency": "CNY"},
   must=["钢丝球的铁丝", "恶意敲诈"],
   notes="iPhone UTF-8; English nickname From, 我叫 gives the name; shop name with branch in full-width brackets; 实付 beats 原价/满减/配送费/赔偿; refund 51 is the same sum")

big5("e7z-12.eml", "何志強", "chikeung.ho@hkbn.example", "網購傢俬送錯貨，商家拒絕換貨",
   "您好：\n"
   "本人何志強，住香港九龍。2026年4月2日在淘寶「北歐風實木家居」訂了一張實木餐檯同四張椅，訂單號碼：3902881746620195533，"
   "貨價人民幣3,260元，優惠券減100元，實付人民幣3,160元；另外集運費HK$420另計。\n"
   "4月20日順豐送到，順豐運單號SF3302917746128，送貨師傅電話+852 6128 3390。拆開發現檯面係膠板貼木紋紙，唔係實木，椅子顏色亦唔同。\n"
   "我在旺旺同客服講，客服話「親，圖片僅供參考，實物以收到為準」，叫我自己出運費寄返內地，運費要成千蚊。截圖已保存。\n"
   "我要求換貨，或者全額退款人民幣3,160元同埋集運費HK$420。\n"
   "聯絡電話：9671 2284\n"
   "何志強\n",
   "Mon, 27 Apr 2026 21:10:45 +0800", "001b01dcd6e4$7a1c2b30$6e548190$@hkbn.example",
   kind="complaint", language="zh",
   comp={"name": "何志強", "phones": ["+85296712284"]},
   resp={"name": "北歐風實木家居"},
   order={"number": "3902881746620195533", "amount": "3160.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["唔係實木", "圖片僅供參考"],
   notes="Big5 HK; 實付 人民幣 beats 貨價/集運費 HK$; SF driver's +852 phone belongs to nobody; 8-digit HK mobile under 聯絡電話 in a 九龍 text")

netease("e7z-13.eml", "", "yw_liuqiang@163.com", "直播间买的金手镯克重不足",
   "您好，\n"
   "2026年2月10日晚上8点，我在快手“金满堂珠宝”直播间买了一只足金手镯，主播说克重30.5克，金价按每克598元算，加工费每克15元，"
   "总价18696.5元，主播又说直播间立减696.5元，最后实付18000元。订单编号：2602102038817746。\n"
   "2月13日收到，EMS快递单号1187736520044。我拿到义乌一家金店称重，只有27.8克，差了2.7克，相当于一千六百多块钱。\n"
   "我在快手上联系客服，客服说：“每台秤有误差，我们出货都是称好的”，后来我发了金店的称重视频，客服就不回复了。\n"
   "商家公司名称：深圳市金满堂珠宝有限公司\n"
   "公司地址：深圳市罗湖区翠竹路水贝珠宝园A座1506\n"
   "我要求商家退货退款18000元。如果商家拒绝，要求退一赔三。\n"
   "联系人：刘强\n"
   "手机：13735790186\n"
   "备用电话（我爱人）：13967458820\n",
   "Sat, 21 Feb 2026 17:55:09 +0800", "4c8a1e29.7b3d.18e5f2a3b4c.Coremail.yw_liuqiang@163.com",
   kind="complaint", language="zh",
   comp={"name": "刘强", "phones": ["+8613735790186", "+8613967458820"]},
   resp={"name": "深圳市金满堂珠宝有限公司", "address": "深圳市罗湖区翠竹路水贝珠宝园A座1506"},
   order={"number": "2602102038817746", "amount": "18000.00", "currency": "CNY"},
   must=["只有27.8克", "客服就不回复了"],
   notes="163 without display name; 商家公司名称 gives the full name over the quoted stream shop; 实付 beats 总价/立减/per-gram prices; spouse's backup number counts as the complainant's")

foxmail("e7z-14.eml", "孙建华", "sunjh_1983@foxmail.com", "装修公司工期拖延，增项乱收费",
   "您好：\n"
   "我叫孙建华。2025年10月我和义乌市“美居佳装饰工程有限公司”签了房子的半包装修合同，合同金额68000元，约定工期90天，2026年1月20日前完工。\n"
   "10月15日付了首期款40%即27200元，12月1日付了中期款30%即20400元。\n"
   "到现在3月了还没完工，卫生间还漏水。项目经理先是说过年工人回家了，后来说材料涨价要加钱，又报了一堆增项，一共要我再加15000元。\n"
   "我把合同、付款凭证、微信聊天截图都整理好了。\n"
   "公司地址：义乌市江东街道宗泽路66号\n"
   "项目经理 王经理 电话：13605798813\n"
   "公司电话：0579-85206678\n"
   "我的要求：按合同约定期限完工并赔偿延期违约金，取消不合理的增项。\n"
   "我的联系方式：15869032274\n"
   "家庭住址：义乌市福田街道福田社区58幢2单元\n",
   "Mon, 09 Mar 2026 20:30:14 +0800", "202603092030148374620@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "孙建华", "phones": ["+8615869032274"], "address": "义乌市福田街道福田社区58幢2单元"},
   resp={"name": "美居佳装饰工程有限公司", "phones": ["+8613605798813", "+8657985206678"], "address": "义乌市江东街道宗泽路66号"},
   order={"amount": "68000.00", "currency": "CNY"},
   must=["卫生间还漏水", "再加15000元"],
   notes="Foxmail GB2312; 合同金额 beats instalments; 项目经理 phone under the company's address block is the merchant's; 家庭住址 is the complainant's address")

qq("e7z-15.eml", "郭芳", "guofang_yw@qq.com", "二手车平台买车隐瞒事故",
   "你好！\n"
   "我叫郭芳，2026年1月16日在“优信二手车”平台上一家叫“诚信车行”的车商那里买了一辆2019年的大众朗逸，车价72800元，服务费2000元，共支付74800元。\n"
   "当时车商说“无事故、无泡水、无火烧”，合同上也这么写的。3月份我去4S店保养，师傅说车子右后翼子板切割焊接过，是重大事故车，维修记录也查到了，2021年6月出过一次大修，理赔金额4万多。\n"
   "我找车商，车商老板（电话：18605792234）说“合同是平台的，你找平台”；平台客服电话打了三次，只说会反馈。\n"
   "维修记录和合同我都拍照了。\n"
   "车行地址：义乌市北苑街道西城路二手车交易市场B区12号\n"
   "我要求：退车退款，并按合同约定三倍赔偿。\n"
   "我的电话：13516962271\n"
   "谢谢！\n",
   "Thu, 26 Mar 2026 11:08:33 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010015@qq.com",
   kind="complaint", language="zh",
   comp={"name": "郭芳", "phones": ["+8613516962271"]},
   resp={"name": "诚信车行", "phones": ["+8618605792234"], "address": "义乌市北苑街道西城路二手车交易市场B区12号"},
   order={"amount": "74800.00", "currency": "CNY"},
   must=["重大事故车", "合同是平台的"],
   notes="QQ GB18030; platform in quotes then the dealer in quotes: the dealer is the respondent; 共支付 beats 车价/服务费/理赔金额 (4万多 no sum)")

tw("e7z-16.eml", "林志豪", "chihao.lin@gmail.example", "淘寶賣家寄來的電動滑板車電池膨脹",
   "您好，\n"
   "我是台灣桃園的林志豪，2026年1月5日在淘寶向「極速出行旗艦店」購買了一台電動滑板車，商品價格人民幣2,199元，"
   "另外集運到台灣的運費NT$1,350。淘寶訂單號：3719923847165520981。\n"
   "1月22日收到，騎了不到一個月，2月18日晚上充電時電池整個膨脹，外殼都裂開了，還好當時人在旁邊馬上拔掉插頭。照片和影片都有。\n"
   "我透過淘寶旺旺聯繫賣家，賣家說「電池屬於易耗品，不在保固範圍」，而且說台灣不在售後服務範圍。\n"
   "請問貴站能否協助處理？我希望退貨退款，或更換一台新的。\n"
   "手機：0975-332-681\n"
   "Email: chihao.lin@gmail.example\n"
   "林志豪\n",
   "Sat, 28 Feb 2026 22:31:18 +0800", "CAG4y2R8c-9mNo1pQr5StUv6W2bC7dE8fG9hI0jK1lM@mail.gmail.example",
   kind="complaint", language="zh",
   comp={"name": "林志豪", "phones": ["+886975332681"], "emails": ["chihao.lin@gmail.example"]},
   resp={"name": "極速出行旗艦店"},
   order={"number": "3719923847165520981", "amount": "2199.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["電池整個膨脹", "不在保固範圍"],
   notes="Taiwan UTF-8; 商品價格 人民幣 beats 運費 NT$; own e-mail written in the text; 09xx mobile")

netease("e7z-17.eml", "黄佳琪", "huangjiaqi_99@163.com", "投诉：网购婚纱照套餐商家跑路",
   "您好，\n"
   "我和我未婚夫2025年12月在大众点评上看到义乌一家叫“唯爱时光婚纱摄影”的影楼团购套餐，原价8888元，团购价3999元，当天12月6日下午去店里签了合同，"
   "付了全款3999元，又加了一套服装升级1500元，一共付了5499元。约定2026年3月拍摄。\n"
   "2月28日我打店里电话0579-85509913没人接，3月2日去店里发现已经关门了，门上贴着“装修暂停营业”。跟我一样情况的还有二十多对新人，我们建了一个维权群。\n"
   "店长的手机18757903364也关机了。\n"
   "店铺地址：义乌市稠城街道篁园路218号2楼\n"
   "合同、付款记录截图都有。\n"
   "我们要求退还全部费用5499元。\n"
   "黄佳琪\n"
   "电话：15268903317（我）、13857996602（我未婚夫 陈宇）\n",
   "Wed, 04 Mar 2026 09:47:26 +0800", "7e2d9f35.3c8a.18e7a1b2c3d.Coremail.huangjiaqi_99@163.com",
   kind="complaint", language="zh",
   comp={"name": "黄佳琪", "phones": ["+8615268903317", "+8613857996602"]},
   resp={"name": "唯爱时光婚纱摄影", "phones": ["+8657985509913", "+8618757903364"], "address": "义乌市稠城街道篁园路218号2楼"},
   order={"amount": "5499.00", "currency": "CNY"},
   must=["装修暂停营业", "建了一个维权群"],
   notes="163 GBK; 一共付了 beats 原价/团购价/升级; 店里电话 and 店长 mobile are the merchant's; fiancé's number in the signature is a callback number")

iphone("e7z-18.eml", "王先生", "wangyf_1990@icloud.com", "酒店预订被临时取消，平台和酒店互相推",
   "你好，\n"
   "本人王一帆，五一假期前在携程上预订了义乌“锦江都城酒店（国际商贸城店）”4月30日到5月3日三晚的大床房，每晚468元，共1404元，已经在线付款。订单号：1128847362051。\n"
   "4月30日晚上9点40分我们一家三口到酒店前台，前台说“房间超售了，没有房”，让我们自己找别的酒店。那天义乌所有酒店都满了，最后找了一家每晚880元的，多花了1236元。\n"
   "我当晚打了携程客服，携程说全额退款1404元，但多花的钱要我找酒店；酒店前台经理说“订单是平台的问题”。我有前台的录音和携程的对话截图。\n"
   "酒店电话：0579-89908866\n"
   "我要求：酒店赔偿我多花的差价1236元，并书面道歉。\n"
   "我的手机：186-0579-2345\n"
   "王一帆\n",
   "Tue, 05 May 2026 10:22:10 +0800", "C2A71F45-9E3D-4B86-A0F1-5D8E2B7C4A93@icloud.com",
   kind="complaint", language="zh",
   comp={"name": "王一帆", "phones": ["+8618605792345"]},
   resp={"name": "锦江都城酒店（国际商贸城店）", "phones": ["+8657989908866"]},
   order={"number": "1128847362051", "amount": "1404.00", "currency": "CNY"},
   must=["房间超售了", "多花了1236元"],
   notes="iPhone UTF-8; From 王先生 is no full name, 本人 gives it; 共 beats 每晚; refund 1404 and the difference asked are not the paid sum")

qq("e7z-19.eml", "陈静", "chenjing0719@qq.com", "商家发错颜色还要我出运费换货",
   "你好，\n"
   "我叫陈静，4月7日晚上在淘宝“棉麻时光女装店”买了一条连衣裙，下单选的是雾霾蓝M码，单价159元，运费10元，店铺满减券10元，实付159元。订单号：3745519286631048277。\n"
   "4月10日收到，发现寄来的是卡其色，而且是L码。我当天在旺旺上联系客服，发了照片，客服回复：“亲亲，那您寄回来我们给您换，运费您先垫付哦”。"
   "我觉得是商家发错了，运费应该商家出。客服又说“运费险没买的话我们没办法”。截图我都留着。\n"
   "我要求商家换货（雾霾蓝M码），来回运费由商家承担。\n"
   "\n"
   "——————————\n"
   "姓名：陈静\n"
   "电话：17757921138\n"
   "商家：棉麻时光女装店\n"
   "店铺链接：https://mmsg-nvzhuang.taobao.com\n"
   "订单号：3745519286631048277\n"
   "金额：159元\n",
   "Sun, 12 Apr 2026 16:20:41 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010019@qq.com",
   kind="complaint", language="zh",
   comp={"name": "陈静", "phones": ["+8617757921138"]},
   resp={"name": "棉麻时光女装店", "urls": ["https://mmsg-nvzhuang.taobao.com"]},
   order={"number": "3745519286631048277", "amount": "159.00", "currency": "CNY"},
   must=["寄来的是卡其色", "运费您先垫付哦"],
   notes="QQ GB18030; narrative then the labelled block repeating the fields; 实付 159 beats 运费/满减; URL from the block")

netease("e7z-20.eml", "杨帆", "yangfan_sx@126.com", "批发的圣诞灯串质量问题，工厂不认账",
   "您好！\n"
   "我是山西太原做节日用品批发的杨帆。2025年11月3日通过1688在义乌“星光灯饰厂”订了圣诞LED灯串，规格10米100灯，单价6.8元，数量2000条，"
   "货款13600元，运费由我方承担，物流费850元另付。订单号：2957738816620491。\n"
   "11月12日德邦物流送到太原，运单号DPK200938817461，送货司机电话13753412268。分销出去以后，12月初陆续有客户反映灯串不亮、插头发烫，"
   "退回来的有600多条。\n"
   "12月10日我联系工厂业务员小吴（电话15057982231），她说“批发货不退不换，是你们客户不会用”。后来又说最多补100条。"
   "我请当地质检所检测，插头电线线径不合格，报告编号TY2025-1288。\n"
   "工厂地址：义乌市苏溪镇工业区蓝天路18号\n"
   "我的要求：退还不合格的600条的货款4080元，并承担退货运费。\n"
   "联系电话：0351-7238846 / 13835162275\n"
   "杨帆\n",
   "Mon, 29 Dec 2025 15:37:02 +0800", "9f3a2b16.1d4c.18d6e7f8a9b.Coremail.yangfan_sx@126.com",
   kind="complaint", language="zh",
   comp={"name": "杨帆", "phones": ["+863517238846", "+8613835162275"]},
   resp={"name": "星光灯饰厂", "phones": ["+8615057982231"], "address": "义乌市苏溪镇工业区蓝天路18号"},
   order={"number": "2957738816620491", "amount": "13600.00", "currency": "CNY"},
   must=["插头发烫", "批发货不退不换"],
   notes="126 GBK wholesale; 货款 beats 单价/物流费/refund asked; driver's phone after the waybill belongs to nobody; the factory clerk's phone is the merchant's; report number is no phone")

foxmail("e7z-21.eml", "刘美玲", "liumeiling_hz@foxmail.com", "护肤品过敏，商家只肯退一半",
   "您好：\n"
   "我叫刘美玲，今年2月20日在小红书商城“悦颜美妆集合店”买了一套某韩国品牌的水乳套装，页面价格468元，用了50元优惠券，实付418元，订单号P2602201188342。\n"
   "2月25日中通快递送到。用了第三天脸上就起红疹，又痒又痛，2月28日去医院皮肤科看，医生诊断是接触性皮炎，医药费花了326元，有病历和发票。\n"
   "3月1日我在小红书上联系商家，客服说“每个人肤质不同，产品没有问题”，后来说可以退一半货款209元，医药费不管。聊天截图都在。\n"
   "我后来查了，这个套装没有进口化妆品备案，包装上也没有中文标签。\n"
   "我要求：退还货款418元，承担医药费326元，并依法赔偿。\n"
   "我的电话：13777865512\n"
   "地址：杭州市西湖区文三路90号东部软件园5号楼\n",
   "Mon, 09 Mar 2026 12:11:38 +0800", "202603091211388812047@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "刘美玲", "phones": ["+8613777865512"], "address": "杭州市西湖区文三路90号东部软件园5号楼"},
   resp={"name": "悦颜美妆集合店"},
   order={"number": "P2602201188342", "amount": "418.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["接触性皮炎", "没有中文标签"],
   notes="Foxmail GB2312; 实付 beats 页面价格/优惠券/医药费/退一半; letter-prefixed order number")

big5("e7z-22.eml", "Wong Siu Ming", "siuming.wong@yahoo.com.hk.example", "義烏網店收款後失聯",
   "你好，\n"
   "我叫黃小明，係香港一間小型精品店的老闆。2026年3月3日我在1688上面搵到一間叫「義烏晶彩飾品有限公司」的供應商，傾好訂500條合金頸鏈，"
   "每條人民幣12元，總數人民幣6,000元，我用支付寶轉了全數。他們答應3月15日前發貨。\n"
   "3月15日沒有發貨，我WhatsApp問，業務員Amy（+86 158 5793 6621）話「工廠趕緊做緊，下星期發」。3月25日再問，他已讀不回。"
   "之後打公司電話0579-85337781都沒有人聽。\n"
   "對話同轉帳截圖全部有保存。\n"
   "我要求全數退款人民幣6,000元。\n"
   "聯絡電話：+852 2386 4417（舖頭）\n"
   "手提：+852 5198 2270\n"
   "黃小明\n",
   "Thu, 02 Apr 2026 18:05:33 +0800", "002c01dcc2b5$1e4f3a10$5ae6ae30$@yahoo.com.hk.example",
   kind="complaint", language="zh",
   comp={"name": "黃小明", "phones": ["+85223864417", "+85251982270"]},
   resp={"name": "義烏晶彩飾品有限公司", "phones": ["+8615857936621", "+8657985337781"]},
   order={"amount": "6000.00", "currency": "CNY"},
   must=["已讀不回", "轉帳截圖"],
   notes="Big5 HK with an English From name; 我叫 gives the Chinese name; 總數 beats 每條; merchant's clerk +86 mobile and company landline; own +852 shop and mobile")

qq("e7z-23.eml", "幸福一家人", "3318726405@qq.com", "帮我妈投诉：老年人保健品骗局",
   "你们好，\n"
   "我是替我妈妈投诉的，我叫吴晓东，我妈妈叫方桂英，今年72岁。\n"
   "2026年1月到3月，义乌一家叫“康乐源健康生活馆”的店天天组织老人听讲座，送鸡蛋，然后推销一种“纳豆激酶胶囊”，说能治高血压、通血管，"
   "一盒980元，我妈先后买了12盒，一共付了11760元，都是现金，有他们开的收据。\n"
   "后来我带我妈去医院，医生说这就是普通保健食品，不能治病，让她赶紧停了。我去店里要求退货，店员说“都是老人自愿买的，吃了的不能退”。\n"
   "店铺地址：义乌市北门街菜市场旁边的二楼\n"
   "店里的负责人姓钱，电话13605794486。\n"
   "我要求退还全部货款11760元。\n"
   "我的电话：13958415527；我妈妈的电话：0579-85471230（家里座机）\n",
   "Tue, 24 Mar 2026 19:52:14 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010023@qq.com",
   kind="complaint", language="zh",
   comp={"name": "吴晓东", "phones": ["+8613958415527", "+8657985471230"]},
   resp={"name": "康乐源健康生活馆", "phones": ["+8613605794486"], "address": "义乌市北门街菜市场旁边的二楼"},
   order={"amount": "11760.00", "currency": "CNY"},
   must=["纳豆激酶胶囊", "吃了的不能退"],
   notes="QQ nickname; a son writes for his mother: the writer (我叫) is the complainant, the mother's name is not; her home landline given as a contact counts; 一共付了 beats 一盒")

iphone("e7z-24.eml", "赵磊", "zhaolei_2016@icloud.com", "预售手机延迟发货又涨价",
   "您好\n"
   "我叫赵磊。3月20日上午10点整，我在拼多多“数码优选旗舰店”参加预售，买了一台小米15 Ultra，预售价5999元，定金500元，3月25日付了尾款5499元，实付5999元。订单号：260320-118273640091254。\n"
   "店铺承诺3月30日前发货。3月31日没发货，客服说“厂家缺货，请耐心等待”。4月8日客服突然说“因成本上涨需补差价400元，否则只能退款”。这明显是违约。聊天截图有。\n"
   "我要求商家按原价发货，如果不发货就按规定赔偿。\n"
   "我的手机号：15906791238\n"
   "备用：我老婆的手机 13819937705\n"
   "\n"
   "发自我的iPhone\n",
   "Thu, 09 Apr 2026 07:58:43 +0800", "5F1E2D3C-4B5A-6978-8A9B-0C1D2E3F4A5B@icloud.com",
   kind="complaint", language="zh",
   comp={"name": "赵磊", "phones": ["+8615906791238", "+8613819937705"]},
   resp={"name": "数码优选旗舰店"},
   order={"number": "260320-118273640091254", "amount": "5999.00", "currency": "CNY"},
   missing=["respondent_contact"],
   must=["需补差价400元", "这明显是违约"],
   notes="iPhone UTF-8; 实付 beats 定金/尾款/预售价/补差价; wife's phone as a backup number counts as the complainant's")

netease("e7z-25.eml", "钱晓峰", "qianxf@163.com", "快递公司弄坏货物，商家和快递都不赔",
   "你好：\n"
   "我叫钱晓峰。2026年4月11日在淘宝“景德镇青花瓷器坊”买了一套青花瓷茶具，价格1680元，运费25元，实付1705元，订单号3806627715298834416。\n"
   "商家发的是德邦快递，单号DPK366018472093。4月15日送到时外箱完好，但打开发现茶壶和两个杯子碎了。快递员当场说“不是我们的问题，外箱没破”，我拍了开箱视频。\n"
   "我联系商家，商家说“我们包装很严，是快递摔的，您找德邦”。我打德邦客服95353，他们说要发货人（商家）申请理赔。两边来回推了半个多月。\n"
   "商家的客服电话：0798-8563217\n"
   "快递员手机：18879821146（仅供参考，不是投诉对象）\n"
   "我的要求：商家补发破损的茶壶和杯子，或退款1705元。\n"
   "我的电话：13867917752\n",
   "Sun, 03 May 2026 21:03:55 +0800", "1a2b3c4d.5e6f.18f8a9b0c1d.Coremail.qianxf@163.com",
   kind="complaint", language="zh",
   comp={"name": "钱晓峰", "phones": ["+8613867917752"]},
   resp={"name": "景德镇青花瓷器坊", "phones": ["+867988563217"]},
   order={"number": "3806627715298834416", "amount": "1705.00", "currency": "CNY"},
   must=["打开发现茶壶和两个杯子碎了", "两边来回推了半个多月"],
   notes="163 GBK, no 'From' display name beyond 钱晓峰; 快递员手机 label is the courier's, nobody's; Jingdezhen landline 0798")

tw("e7z-26.eml", "張雅婷", "yating.chang@yahoo.com.tw.example", "網購婚紗尺寸不符，賣家要我付改衣費",
   "您好：\n"
   "我是張雅婷，住在新北市。2026年2月初在淘寶「夢幻婚紗定製工作室」訂製了一件婚紗，婚紗價格NT$8,600，2月3日用信用卡付清，"
   "量身尺寸都照賣家給的表格填寫並傳給客服。\n"
   "3月20日收到，腰圍大了8公分，胸圍也不對，根本不能穿。婚禮是4月18日，時間很趕。\n"
   "我聯絡賣家，客服說「訂製商品不退不換，可以寄回修改，但改衣費NT$1,200和來回運費要您自付」。我有完整的尺寸表和聊天截圖證明是賣家做錯。\n"
   "我希望賣家免費修改並負擔運費，或者全額退款。\n"
   "聯絡電話：0933-218-756\n"
   "住址：新北市板橋區文化路一段188巷12號5樓\n",
   "Tue, 24 Mar 2026 10:14:29 +0800", "CAH8z3S9d-0oPq2rSt6UvWx7X3cD8eF9gH0iJ1kL2mN@mail.gmail.example",
   kind="complaint", language="zh",
   comp={"name": "張雅婷", "phones": ["+886933218756"], "address": "新北市板橋區文化路一段188巷12號5樓"},
   resp={"name": "夢幻婚紗定製工作室"},
   order={"amount": "8600.00", "currency": "TWD"},
   missing=["respondent_contact"],
   must=["腰圍大了8公分", "訂製商品不退不換"],
   notes="Taiwan UTF-8; 價格 NT$8,600 gives TWD; 改衣費 NT$ is an offer; Taiwan street address")

qq("e7z-27.eml", "胡敏", "humin_0908@qq.com", "网上买的宠物猫有猫瘟，三天就死了",
   "您好，\n"
   "我叫胡敏。2026年3月8日我在闲鱼上联系了一家叫“萌宠之家猫舍”的卖家，卖家说是CFA血统的英短蓝猫，打过两针疫苗，价格2800元，宠物托运费300元，一共3100元，我微信转账给他。\n"
   "3月10日下午航空托运到义乌，到家第二天猫就不吃东西、拉稀，3月12日去宠物医院检查是猫瘟阳性，治疗了两天还是死了，医疗费花了1650元。\n"
   "我把检测报告发给卖家，卖家说：“猫是在你家染上的，我们出窝前都检测过”，之后就把我拉黑了。疫苗本上的针次也是假的，医生说批号对不上。\n"
   "猫舍地址：江苏省苏州市吴中区木渎镇金枫路220号\n"
   "卖家电话：18051126703\n"
   "我的要求：退还购猫款和托运费3100元，赔偿医疗费1650元。\n"
   "我的电话：15325798843\n"
   "胡敏\n",
   "Mon, 16 Mar 2026 22:45:17 +0800", "tencent_7A1B2C3D4E5F60718293A4B5C6D7E8F9010027@qq.com",
   kind="complaint", language="zh",
   comp={"name": "胡敏", "phones": ["+8615325798843"]},
   resp={"name": "萌宠之家猫舍", "phones": ["+8618051126703"], "address": "江苏省苏州市吴中区木渎镇金枫路220号"},
   order={"amount": "3100.00", "currency": "CNY"},
   must=["猫瘟阳性", "把我拉黑了"],
   notes="QQ GB18030; 一共 beats 价格/托运费/医疗费; 猫舍地址 is the merchant's address")

foxmail("e7z-28.eml", "周海燕", "zhouhaiyan_yw@foxmail.com", "充值卡消费后美甲店关门",
   "您好：\n"
   "我叫周海燕，住义乌。2025年8月在“指尖艺术美甲美睫店”办了一张储值卡，充了2000元送500元（卡里额度2500元）。做了4次，用掉了620元，卡里还剩1880元。\n"
   "2026年2月26日我预约做美甲，店员说“老板在装修新店，这边下个月关门，卡可以去新店用”。3月10日店就关了，新店地址一直说不清楚，老板微信也不回。\n"
   "店铺原地址：义乌市稠城街道宾王市场东门对面88号\n"
   "老板娘手机：13957955026\n"
   "店员小李的手机：17757955318\n"
   "储值卡照片和消费记录截图我都有。\n"
   "我要求退还卡内余额。按实际充值比例计算应该退1504元。\n"
   "我的电话：13819978834\n",
   "Sat, 14 Mar 2026 15:26:50 +0800", "202603141526508830175@foxmail.com",
   kind="complaint", language="zh",
   comp={"name": "周海燕", "phones": ["+8613819978834"]},
   resp={"name": "指尖艺术美甲美睫店", "phones": ["+8613957955026", "+8617757955318"], "address": "义乌市稠城街道宾王市场东门对面88号"},
   order={"amount": "2000.00", "currency": "CNY"},
   must=["卡里还剩1880元", "老板微信也不回"],
   notes="Foxmail GB2312 prepaid card; 充了2000元 is what was paid (送500 is a bonus); staff mobiles under 老板娘/店员 go to the merchant")

mailgen.save()
