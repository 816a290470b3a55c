#!/usr/bin/env python3
# Regenerates the .eml files and labels.json of this round. The builder is
# ../blindgen.py (shared with the other blind rounds); the MAILS list below
# holds each message's text and its expected label.
import datetime, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen

ROUND = 'fresh9b'
Q = '------------------ 原始邮件 ------------------'


def D(s):
    """'2026-11-26 10:14:22 +0800' -> RFC 5322 date with the right weekday."""
    day, tm, tz = s.split()
    d = datetime.date.fromisoformat(day)
    return '%s, %02d %s %d %s %s' % (d.strftime('%a'), d.day, d.strftime('%b'), d.year, tm, tz)


MAILS = [
# ---------------------------------------------------------------- complaints
dict(id='01', client='qq', name='蒋文静', addr='jiangwenjing86@qq.com', date=D('2026-11-26 09:12:40 +0800'),
 subject='投诉国际商贸城发夹批发部以次充好',
 body='''您好！
我是蒋文静，在湖州开饰品小店的。11月14日我在义乌国际商贸城“晶彩发饰批发部”拿了300个珍珠发夹，当时老板姓黄，说全是一级品。回来拆开一看，三分之一的珍珠都脱胶了，有的还有划痕。
打电话过去，黄老板说出了门概不负责。
摊位：国际商贸城二区H5门17街21608号
老板电话：0579-85213476
货款：一千二百六十元（现金付的，有收据）

蒋文静
13858961247
''',
 kind='complaint', lang='zh', cname='蒋文静', cph=['+8613858961247'],
 rname='晶彩发饰批发部', rph=['+8657985213476'], radr='国际商贸城二区H5门17街21608号', amt='1260.00', cur='CNY',
 must=['三分之一的珍珠都脱胶了', '出了门概不负责'],
 notes='QQ GB18030; market stall 批发部 with labelled 摊位 address and 老板电话 (merchant); boss 黄老板 is a person, not the merchant; the writer\'s own Huzhou shop is unnamed; amount in ordinary Chinese numerals; no order number; bare mobile in the signature'),

dict(id='02', client='gmail', name='Ngozi Chukwuma', addr='ngozi.chukwuma@gmail.com', date=D('2026-11-26 16:12:05 +0100'),
 subject='Complaint - wrong colour bags from Kaisheng',
 body='''Dear Sir/Ma,

Compliment of the season. My name is Mrs Ngozi Chukwuma, I am a businesswoman in Abuja. I bought 1,200 ladies handbags from Yiwu Kaisheng Industrial Co., Ltd. in September through their agent. The colours they send is different from what we agree, and 200 pieces have broken zip.

Order No.: 13905782214
Amount: USD 8,640.00
Tracking: MSKU 7712045 / BL No. 226104558391

I have call the sales manager Mr. Steven many times, he is not picking again. Kindly help me, I am losing customers.

Yours faithfully,
Ngozi Chukwuma
+234 809 555 0133
Plot 14, Adetokunbo Ademola Crescent, Wuse II, Abuja
''',
 kind='complaint', lang='en', cname='Ngozi Chukwuma', cph=['+2348095550133'], cadr='Plot 14, Adetokunbo Ademola Crescent, Wuse II, Abuja',
 rname='Yiwu Kaisheng Industrial Co., Ltd.', onum='13905782214', amt='8640.00', cur='USD',
 must=['200 pieces have broken zip', 'he is not picking again'],
 notes='Gmail QP, Nigerian English; the order number 13905782214 looks exactly like a Chinese mobile but is an order number (not a phone); container/BL numbers are not phones; honorific Mrs is not part of the name; sales manager Mr. Steven is a person; merchant has no contact'),

dict(id='03', client='163', name='沈佳怡', addr='shenjiayi_sx@163.com', date=D('2026-11-26 20:31:17 +0800'),
 subject='拼多多买的电热毯不发热',
 body='''你好，
我叫沈佳怡，在绍兴柯桥开了一家“佳怡小卖部”。10月30日在拼多多“暖冬优选专营店”给店里买了一条双人电热毯，¥89.90，用了三个晚上就不热了，插头那里还有焦味。
订单号：261030-418823567190244
快递单号：中通 78341256709823
我找店家，店家让我自己找厂家，厂家电话也打不通。现在拼多多也说过了售后期。
我的电话：0575-84123309
谢谢
''',
 kind='complaint', lang='zh', cname='沈佳怡', cph=['+8657584123309'],
 rname='暖冬优选专营店', onum='261030-418823567190244', amt='89.90', cur='CNY',
 must=['插头那里还有焦味', '过了售后期'],
 notes='163 GBK; the writer\'s own shop (佳怡小卖部, quoted first) is a trap, the Pinduoduo 专营店 is the merchant; courier tracking number is not a phone; consumer landline 0575; merchant without contact'),

dict(id='04', client='outlook', name='Hassan Al Zarooni', addr='hassan.alzarooni@outlook.com', date=D('2026-11-27 11:40:52 +0400'),
 subject='Complaint against supplier Hengxin - deposit not returned',
 body='''Dear Sir / Madam,

We are Al Noor General Trading LLC in Dubai. In August we placed an order with Yiwu Hengxin Import & Export Co., Ltd. for 3,000 sets of ceramic tableware and paid a 30% deposit of US$ 12,450.00. Until now they did not start production and they refuse to give back the deposit. Their sales girl only answers on WeChat (ID: hengxin_lucy88).

Proforma Invoice No.: HX-PI-260817
Supplier office: Room 1608, Century Tower, No. 1 Futian Road, Yiwu

Please advise how you can help us.

Best Regards,
Hassan Al Zarooni
Purchasing Manager
Al Noor General Trading LLC
Office 305, Al Maktoum Building, Al Rigga Road, Deira, Dubai, UAE
Tel: +971 4 555 0193 | Mob: +971 50 555 8821
''',
 kind='complaint', lang='en', cname='Hassan Al Zarooni', cph=['+97145550193', '+971505558821'],
 cadr='Office 305, Al Maktoum Building, Al Rigga Road, Deira, Dubai, UAE',
 rname='Yiwu Hengxin Import & Export Co., Ltd.', radr='Room 1608, Century Tower, No. 1 Futian Road, Yiwu',
 amt='12450.00', cur='USD', att=[dict(filename='Proforma_Invoice_HX-PI-260817.pdf', content_type='application/pdf', style='plain')],
 must=['refuse to give back the deposit', 'only answers on WeChat'],
 notes='Outlook.com QP with a PDF; the writer\'s company (Al Noor General Trading LLC, first company named) is a trap; a proforma invoice number is taken as the order number; the deposit paid is the amount; WeChat ID is not a phone; UAE landline and mobile on one line; signature street address is the consumer\'s, "Supplier office:" is the merchant\'s'),

dict(id='05', client='qq', name='桃子不是酱', addr='1503386279@qq.com', date=D('2026-11-27 22:05:13 +0800'),
 subject='抖音直播间买的粉底液是假的',
 body='''你好
我叫周晓红，11月20日在抖音直播间“蜜语美妆旗舰店”买了两瓶粉底液，一共69.9元，用了脸上起红疹，对比专柜的发现批号对不上，应该是假货。
商家客服只肯给5元无门槛券，说不能退。
订单编号：5029174436618830215
我的手机号：199 5793 0621
需要身份证号的话：330782199003154426
''',
 kind='complaint', lang='zh', cname='周晓红', cph=['+8619957930621'],
 rname='蜜语美妆旗舰店', onum='5029174436618830215', amt='69.90', cur='CNY',
 must=['批号对不上', '只肯给5元无门槛券'],
 notes='QQ nickname sender, self-introduction 我叫 gives the name; Douyin shop, platform dropped; 69.9元 → 69.90, the 5元 coupon is not the amount; 199 mobile; an ID-card number is not a phone; label 订单编号'),

dict(id='06', client='mailru', name='Айгуль Хасанова', addr='aigul.khasanova@mail.ru', date=D('2026-11-27 14:22:31 +0300'),
 subject='Claim: poor quality scarves',
 body='''Good day!

I am Aigul Khasanova, individual entrepreneur from Kazan, Russia. In October I bought 2,500 scarves from Yiwu Zhenghe Textile Trading Firm via 1688 with help of cargo company. Almost all scarves have smell of chemicals and color is going on hands. Supplier says it is normal for this price.

Order: 2301558847160093
Amount: 7 800 USD
Supplier contact: Ms. Lin, +86 189 5555 0412

I want return of money or change of goods.

With respect,
Aigul Khasanova
+7 (987) 555-23-41
''',
 kind='complaint', lang='en', cname='Aigul Khasanova', cph=['+79875552341'],
 rname='Yiwu Zhenghe Textile Trading Firm', rph=['+8618955550412'], onum='2301558847160093', amt='7800.00', cur='USD',
 must=['color is going on hands', 'normal for this price'],
 notes='Mail.ru base64, Cyrillic From name, Latin name in the text wins; "bought … from X via 1688" names the merchant; bare "Order:" label; amount "7 800 USD" (space separator, code after); supplier contact person\'s phone goes to the respondent; Russian mobile'),

dict(id='07', client='126', name='邓志华', addr='dengzhihua72@126.com', date=D('2026-11-28 08:47:09 +0800'),
 subject='淘宝买的竹砧板发霉了',
 body='''您好，
本人邓志华。11月3日在淘宝店“义乌市绿源竹木制品厂”买了三块竹砧板，RMB 236.00，用了不到两周，三块都长了黑色霉斑。店铺介绍说是“防霉碳化工艺”。
店铺链接：https://lvyuanzhumu.taobao.com
订单号：3988162045517732901
快递是韵达的，运单号：432198765430127。
商家先答应退款，我寄回以后又说影响二次销售，拒收。
收货地址：广东省佛山市禅城区季华五路22号季华大厦702
电话：137 2889 6513
''',
 kind='complaint', lang='zh', cname='邓志华', cph=['+8613728896513'], cadr='广东省佛山市禅城区季华五路22号季华大厦702',
 rname='义乌市绿源竹木制品厂', rurls=['https://lvyuanzhumu.taobao.com'], onum='3988162045517732901', amt='236.00', cur='CNY', att=[dict(filename='霉斑照片.jpg', content_type='image/jpeg', cs='GBK')],
 must=['三块都长了黑色霉斑', '影响二次销售'],
 notes='126 GBK with a JPEG (RFC 2047 GBK name); Taobao shop that is a 厂; the second quoted phrase (防霉碳化工艺) is not a merchant; courier 韵达 and its waybill number are not merchant/phone; "RMB 236.00"'),

dict(id='08', client='gmail', name='Rakesh Mehta', addr='rakesh.mehta.jewels@gmail.com', date=D('2026-11-28 12:15:44 +0530'),
 subject='Fraud by jewellery supplier in Yiwu',
 body='''Respected Sir,

I am Rakesh Mehta, proprietor of Laxmi Imitation Jewellery, Zaveri Bazaar, Mumbai. I had bought 600 dozen earrings and necklace sets from Yiwu Dazhong Jewelry Co., Ltd. and paid through HDFC Bank wire transfer (UTR No. 412345678901). Goods received are of lower plating quality than approved sample and 40 dozen are missing.

Order No. DZ-2611-093
Total paid: US$3,200

Kindly help me in this matter and ask the supplier to compensate.

Thanks & regards,
Rakesh Mehta
Mobile (India): 98765 43210
''',
 kind='complaint', lang='en', cname='Rakesh Mehta', cph=['+919876543210'],
 rname='Yiwu Dazhong Jewelry Co., Ltd.', onum='DZ-2611-093', amt='3200.00', cur='USD',
 must=['lower plating quality', '40 dozen are missing'],
 notes='Gmail, Indian English; DECISION: a foreign local number whose country is named on the same line ("Mobile (India): 98765 43210") takes that country code → +919876543210; the writer\'s own shop and the bank are traps; a UTR transfer number is not a phone; "US$3,200" without space'),

dict(id='09', client='outlook', name='林怡君', addr='yijun.lin@outlook.com', date=D('2026-11-28 21:03:26 +0800'),
 cs='big5', hcs='big5', lang_hdr='zh-tw',
 subject='投訴淘寶賣家寄錯貨又不退款',
 body='''您好：
我是台灣的消費者林怡君，上個月在淘寶「義烏市雅居家紡商行」買了兩組床包和枕頭套，付了人民幣1,088元（含集運費）。收到的顏色和尺寸都不對，賣家說可以退，但我寄回去已經三週了還沒退款。
訂單號：4127736609823315562
賣家旺旺：雅居家紡小美
聯絡電話：+886 912 345 678
電子郵件：yijun.lin.tw@gmail.com
謝謝您們的幫忙。
''',
 kind='complaint', lang='zh', cname='林怡君', cph=['+886912345678'], cem=['yijun.lin.tw@gmail.com'],
 rname='義烏市雅居家紡商行', onum='4127736609823315562', amt='1088.00', cur='CNY',
 must=['寄回去已經三週了還沒退款', '顏色和尺寸都不對'],
 notes='Outlook Big5 QP, Big5 Q-encoded subject and From; Traditional Chinese (Taiwan) → zh; 「」 quotes; Taobao 商行; the Wangwang ID is not a contact; Taiwanese mobile; the complainant gives a second e-mail in the text'),

dict(id='10', client='outlook1252', name='Gareth Hughes', addr='gareth@hughes-partyshop.example', date=D('2026-11-29 10:27:58 +0000'), lang_hdr='en-gb',
 subject='Complaint – Lucky Star Party Goods, short delivery',
 body='''Dear Sir or Madam,

I run a party shop in Manchester (Hughes Party & Balloon Ltd). In October I ordered 40 cartons of foil balloons and banners from “Yiwu Lucky Star Party Goods Co., Ltd”. Only 31 cartons arrived – the supplier’s packing list says 40. They blame the forwarder, the forwarder blames them.

Order No. LS-2026-1019
Paid: USD 2,780.00 (bank transfer, 50% deposit + 50% balance)
Supplier tel. 0579-8555 1207

I would be grateful if you could look into this.

Kind regards,
Gareth Hughes
Hughes Party & Balloon Ltd
Unit 4, Trafford Park Road, Manchester M17 1HG
Tel. +44 (0)161 496 0123
''',
 kind='complaint', lang='en', cname='Gareth Hughes', cph=['+441614960123'], cadr='Unit 4, Trafford Park Road, Manchester M17 1HG',
 rname='Yiwu Lucky Star Party Goods Co., Ltd', rph=['+8657985551207'], onum='LS-2026-1019', amt='2780.00', cur='USD',
 must=['Only 31 cartons arrived', 'the forwarder blames them'],
 notes='Outlook windows-1252 QP with curly quotes and en dashes; the writer\'s own Ltd (in parentheses and in the signature) is a trap; merchant in curly quotes; Chinese landline with a space; UK landline +44 (0)161 drops the trunk 0'),

dict(id='11', client='163', name='朱建国', addr='zhujianguo1961@163.com', date=D('2026-11-29 15:50:11 +0800'),
 subject='反映篁园市场一个摊主骗人',
 body='''你们好，
前几天我到篁园市场买袜子，一个摊主跟我说是纯棉的，十双380块，我就买了。回家一看标签是涤纶的，穿了一天就起球。我回去找他，他不承认是在他那里买的，态度很差，还骂人。
这种人你们管不管？希望你们去查一下，把钱给我退回来。
''',
 kind='complaint', lang='zh', cname='朱建国', amt='380.00', cur='CNY',
 must=['标签是涤纶的', '这种人你们管不管'],
 notes='Vague grievance that is still a complaint (asks the station to act on a purchase); no name in the text, the From display name is personal; 篁园市场 is a market, not a merchant; DECISION: colloquial 块 is yuan → 380.00 CNY'),

dict(id='12', client='gmail', name='Thiago Albuquerque', addr='thiago.albuquerque.pe@gmail.com', date=D('2026-11-29 09:18:36 -0300'),
 subject='AliExpress store sent used items',
 body='''Hello,

I am Thiago Albuquerque, from Recife, Brazil. I bought 12 sets of silicone resin molds from the AliExpress store Sunflower DIY Craft Store (https://www.aliexpress.com/store/912345678?spm=a2g0o.detail) which ships from Yiwu. The molds came dirty, with old resin inside, clearly used by someone. AliExpress says I must talk to the seller and the seller does not answer.

Order ID: 3051182276409917
Paid: US $ 312.60

Thiago Albuquerque
WhatsApp: +55 (81) 9 8555-0142
''',
 kind='complaint', lang='en', cname='Thiago Albuquerque', cph=['+5581985550142'],
 rname='Sunflower DIY Craft Store', rurls=['https://www.aliexpress.com/store/912345678?spm=a2g0o.detail'],
 onum='3051182276409917', amt='312.60', cur='USD',
 must=['clearly used by someone', 'the seller does not answer'],
 notes='Gmail QP; AliExpress store named without quotes after "the AliExpress store"; URL with a query string closed by a parenthesis; "US $ 312.60"; Brazilian mobile with area code in parentheses and the extra 9'),

dict(id='13', client='qq', name='曹磊', addr='caolei_1990@qq.com', date=D('2026-11-29 21:44:02 +0800'),
 subject='转发：关于退款的问题',
 body='你好，这是我之前发给商家的邮件，一直没人理，麻烦你们看一下。\n\n\n' + Q + '''
发件人: "曹磊"<caolei_1990@qq.com>;
发送时间: 2026年11月18日(星期三) 晚上9:12
收件人: "service"<service@dingsheng-dq.example>;
主题: 关于退款的问题

你好，
我在你们天猫店“鼎盛电器旗舰店”买的电水壶（订单号：4471209938156628310，实付219元），烧水时底座漏电，手碰到麻了一下。
按照你们页面上写的，质量问题7天包退，但客服一直说要我先寄去检测。请尽快退款。
曹磊 150 5791 8824
''',
 kind='complaint', lang='zh', cname='曹磊', cph=['+8615057918824'],
 rname='鼎盛电器旗舰店', onum='4471209938156628310', amt='219.00', cur='CNY',
 must=['一直没人理', '烧水时底座漏电'],
 notes='QQ 转发: forwarded with the same ------ 原始邮件 ------ block QQ uses for replies; the forwarded content is the complaint and counts; order number and amount inside parentheses; the merchant\'s e-mail in the forwarded header is no url; Tmall shop, platform dropped'),

dict(id='14', client='yahoo', name='Dewi Lestari', addr='dewi.lestari_sby@yahoo.co.id', date=D('2026-11-30 08:02:19 +0700'),
 subject='Complaint: Yiwu Mingda Bags Factory',
 body='''Dear Yiwu Consumer Station,

My name is Dewi Lestari and I handle purchasing for PT Sinar Jaya Abadi in Surabaya, Indonesia. We ordered 800 school backpacks from this factory in September. The goods came 5 weeks late and many straps are torn already in the carton. The factory now say we must pay again for replacement.

Our order: MD-0923-77
Paid: USD 3,960.00

Please help us to talk with them.

Regards,
Dewi Lestari
PT Sinar Jaya Abadi
Jl. Rungkut Industri III No. 12, Surabaya 60293
+62 812-5555-0191
''',
 kind='complaint', lang='en', cname='Dewi Lestari', cph=['+6281255550191'], cadr='Jl. Rungkut Industri III No. 12, Surabaya 60293',
 rname='Yiwu Mingda Bags Factory', onum='MD-0923-77', amt='3960.00', cur='USD',
 must=['many straps are torn', 'pay again for replacement'],
 notes='Yahoo QP; DECISION: the merchant is named only in the Subject ("this factory" in the body) and the Subject counts as new text; the writer\'s company PT Sinar Jaya Abadi is a trap; its street address in the signature is the complainant\'s; "Our order:" label; Indonesian mobile'),

dict(id='15', client='android', name='许婷', addr='xuting0415@163.com', date=D('2026-11-30 13:36:50 +0800'), ua='NetEase Mail Master Android 7.19.2',
 subject='微店手作工作室定制的婚礼伴手礼做错了',
 body='''你好，我是许婷。
10月份在微店向“义乌市小美手作工作室”订了200份婚礼伴手礼（定制刻字香薰蜡烛），付了¥1,099。婚礼是11月8号，结果11月6号才到，而且一半刻的名字是错的。
商家微信：xiaomei_shouzuo，微信同号电话 135 8874 2210
订单号：WD202610120566
现在商家只同意退200块，我要求全部退款。

联系方式：15157966032（微信同号）
''',
 kind='complaint', lang='zh', cname='许婷', cph=['+8615157966032'],
 rname='义乌市小美手作工作室', rph=['+8613588742210'], onum='WD202610120566', amt='1099.00', cur='CNY',
 must=['一半刻的名字是错的', '只同意退200块'],
 notes='Android 8bit UTF-8; 向…订了 with a 工作室; merchant WeChat ID is not a phone, its 微信同号 phone is the merchant\'s; the 200块 refund offer is not the amount; ¥1,099 → 1099.00; dates 11月8号 are not phones'),

dict(id='16', client='gmail', name='Nguyễn Văn Hùng', addr='hung.nguyenvan.hn@gmail.com', date=D('2026-11-30 10:55:03 +0700'),
 subject='Complaint about Lianyi Plastic - box size wrong',
 body='''Dear Sir,

I am Nguyễn Văn Hùng, director of a household goods shop in Hanoi. We purchased 5,000 plastic storage boxes from Jinhua Lianyi Plastic Industrial Co., Ltd. (they have showroom in Yiwu market, District 3). The size is 2 cm smaller than the drawing we signed, so the lids from our other supplier do not fit.

Contract / Order No.: LY20260911
Value: USD 4,120.00
B/L No.: COSU6234587120

They said tolerance is normal. Please assist.

Best regards,
Nguyễn Văn Hùng
Mobile/Zalo: +84 90 555 0187
''',
 kind='complaint', lang='en', cname='Nguyễn Văn Hùng', cph=['+84905550187'],
 rname='Jinhua Lianyi Plastic Industrial Co., Ltd.', onum='LY20260911', amt='4120.00', cur='USD',
 must=['2 cm smaller than the drawing', 'tolerance is normal'],
 notes='Gmail QP, Vietnamese name with diacritics; Industrial Co., Ltd. from Jinhua (not Yiwu); "Yiwu market, District 3" is no address; B/L number is not a phone; "Contract / Order No.:" label; merchant has no contact; Vietnamese mobile/Zalo'),

dict(id='17', client='126', name='彭丽萍', addr='penglp_cs@126.com', date=D('2026-11-30 19:21:48 +0800'),
 subject='京东买的破壁机用了一个月就坏了',
 body='''您好，
我叫彭丽萍，长沙人。9月28日在京东“义乌乐家小家电专营店”买了一台破壁机，订单金额：￥459.00。用了一个月就不转了，拿到小区门口的“老张家电维修部”检测，说是电机烧了，是质量问题。
商家说超过了7天，只能寄回厂里修，来回运费要我出，修好要等一个月。
订单号：302219856643
店铺链接：https://mall.jd.com/index-11872045.html
手机：173 0731 8826
地址：湖南省长沙市岳麓区麓谷大道658号麓谷信息港B座1103
''',
 kind='complaint', lang='zh', cname='彭丽萍', cph=['+8617307318826'], cadr='湖南省长沙市岳麓区麓谷大道658号麓谷信息港B座1103',
 rname='义乌乐家小家电专营店', rurls=['https://mall.jd.com/index-11872045.html'], onum='302219856643', amt='459.00', cur='CNY',
 must=['电机烧了', '来回运费要我出'],
 notes='126 GBK; JD 专营店 is the merchant; the quoted repair shop 老张家电维修部 is a trap; 长沙人 is a home city, not an address; full-width ￥'),

dict(id='18', client='outlook', name='Ayşe Demir', addr='ayse.demir.tekstil@outlook.com.tr', date=D('2026-12-01 09:31:12 +0300'), lang_hdr='tr-tr',
 subject='Zipper supplier complaint',
 body='''Hello,

We are a garment workshop in Istanbul. I bought 50,000 metal zippers on Alibaba from the shop "Yiwu Yaxin Garment Accessories" (https://yaxinzip.en.alibaba.com/). 30% of the zippers are blocked and the teeth fall off when we sew them.

Order number: 1890442671055
Total: USD 1.450,00
Supplier tel: +86 579 8555 6632

Best regards
Ayşe Demir
+90 (532) 555 14 27
''',
 kind='complaint', lang='en', cname='Ayşe Demir', cph=['+905325551427'],
 rname='Yiwu Yaxin Garment Accessories', rurls=['https://yaxinzip.en.alibaba.com/'], rph=['+8657985556632'],
 onum='1890442671055', amt='1450.00', cur='USD',
 must=['teeth fall off', '30% of the zippers are blocked'],
 notes='Outlook.com.tr QP; Alibaba shop in straight double quotes; "Order number:" label; Turkish decimal comma "USD 1.450,00"; Chinese landline written +86 579; Turkish mobile with area code in parentheses'),

dict(id='19', client='qq', name='顺心超市采购', addr='guhaiyan_wz@qq.com', date=D('2026-12-01 10:08:27 +0800'),
 subject='1688进货少发漏发，商家拖着不补',
 body='''您好：
我们是温州市鹿城区顺心超市，11月10日在1688“义乌市佰润日用品经营部”进了一批洗碗布、清洁球，共3,260.50元。到货后清点少了8箱，找商家，商家说仓库发货没错，让我们找物流。
订单号：3159027718846203355
商家地址：义乌市福田街道宗泽北路1088号
商家电话：15888960231

联系人：顾海燕
电话：0577-88123456
地址：温州市鹿城区学院中路210号
''',
 kind='complaint', lang='zh', cname='顾海燕', cph=['+8657788123456'], cadr='温州市鹿城区学院中路210号',
 rname='义乌市佰润日用品经营部', rph=['+8615888960231'], radr='义乌市福田街道宗泽北路1088号',
 onum='3159027718846203355', amt='3260.50', cur='CNY', att=[dict(filename='送货单.pdf', content_type='application/pdf', cs='GB18030'), dict(filename='清点照片.jpg', content_type='image/jpeg', cs='GB18030')],
 must=['清点少了8箱', '让我们找物流'],
 notes='QQ with two attachments (RFC 2047 GB18030 names); team display name (顺心超市采购) is not a personal name, 联系人 gives it; the writer\'s own supermarket is a trap; merchant address/phone labelled 商家… before the consumer\'s 地址/电话 (Wenzhou landline 0577)'),

dict(id='20', client='gmail', name='Mohamed Abdelrahman', addr='m.abdelrahman.cai@gmail.com', date=D('2026-12-01 14:47:30 +0200'),
 subject='Problem with shop owner in Yiwu market',
 body='''Hello sir,

I am Mohamed Abdelrahman from Cairo, Egypt. In my last visit to Yiwu (October) I ordered 3,000 kitchen towels from a shop owner called Mr. Chen. I paid him USD 960 cash as full payment, and he promised to deliver to my shipping agent within 10 days. Now 1 month, he delivered only half and does not answer my calls.

Shop address: District 5, Street 3, Shop 52317, Yiwu International Trade City
His phone: +86 152 5555 0390

My phone/WhatsApp: +20 100 555 0177

Thank you,
Mohamed
''',
 kind='complaint', lang='en', cname='Mohamed Abdelrahman', cph=['+201005550177'],
 rname='', rph=['+8615255550390'], radr='District 5, Street 3, Shop 52317, Yiwu International Trade City', amt='960.00', cur='USD',
 must=['delivered only half', 'does not answer my calls'],
 notes='Gmail; DECISION: a person (Mr. Chen) is not a merchant name, so respondent.name is empty though his stall address and phone are given; fuller name from the introduction beats the short signature; Egyptian mobile'),

dict(id='21', client='163', name='魏国庆', addr='weiguoqing_ty@163.com', date=D('2026-12-01 16:12:05 +0800'),
 subject='投诉恒通线缆厂网线质量不合格',
 body='''您好，
我是太原一家网络工程公司的采购魏国庆。10月在1688上从义乌市恒通线缆厂采购了50箱超五类网线，合同金额人民币壹万零捌佰元伍角，已全额支付。
施工时发现是铜包铝冒充纯铜，测试大面积不通过，甲方要求我们返工。
订单号：3012445678901234567
厂家联系电话：0579-89076512
我的电话：0086-186-5790-4471
收货地址：山西省太原市小店区长治路227号高新国际大厦9层
''',
 kind='complaint', lang='zh', cname='魏国庆', cph=['+8618657904471'], cadr='山西省太原市小店区长治路227号高新国际大厦9层',
 rname='义乌市恒通线缆厂', rph=['+8657989076512'], onum='3012445678901234567', amt='10800.50', cur='CNY',
 must=['铜包铝冒充纯铜', '甲方要求我们返工'],
 notes='163 GBK; "从…采购" names the factory; capital numerals with 角 (壹万零捌佰元伍角 → 10800.50); 0086-186-… consumer mobile; 厂家联系电话 goes to the respondent; name after a job description (…的采购魏国庆)'),

dict(id='22', client='gmail', name='Jennifer Walsh', addr='jen.walsh.oh@gmail.com', date=D('2026-12-01 20:33:41 -0500'),
 subject='Temu order - rug is not what was shown',
 body='''Hi there,

I bought a large area rug on Temu from the store "Cozy Nest Home Decor". The listing says the seller is based in Yiwu, Zhejiang. The picture showed a thick wool-look rug, what came is a thin printed polyester sheet that smells of plastic. Temu only offers me a $5 credit.

Order ID: PO-211-04583920917263
Paid: $38.47

Can you contact this seller? There is no phone or email for them on Temu.

Thanks,
Jennifer Walsh
Columbus, OH
+1 (614) 555-0172
''',
 kind='complaint', lang='en', cname='Jennifer Walsh', cph=['+16145550172'],
 rname='Cozy Nest Home Decor', onum='PO-211-04583920917263', amt='38.47', cur='USD',
 must=['thin printed polyester sheet', 'only offers me a $5 credit'],
 notes='Gmail; Temu store in quotes, platform dropped; DECISION: bare "$" from a US writer is USD; the $5 credit is not the amount; US number written +1 (614) 555-0172; "Columbus, OH" is a city, not an address; "There is no phone or email for them" leaves respondent_contact missing'),

dict(id='23', client='iphone', name='陈宇航', addr='chenyuhang2001@icloud.com', date=D('2026-12-02 08:16:09 +0800'),
 subject='耳机', quote_marker='发自我的iPhone',
 body='''你好，我在小商品城向“阿强电子配件店”订了20副蓝牙耳机，一副28，总共560元，收到有6副没声音，老板不给换。我电话18057912345

发自我的iPhone
''',
 kind='complaint', lang='zh', cname='陈宇航', cph=['+8618057912345'], rname='阿强电子配件店', amt='560.00', cur='CNY',
 must=['有6副没声音', '我电话18057912345'], mustnot=['发自我的iPhone'],
 notes='iPhone UTF-8 base64 text only, one-line complaint with a one-word subject; no name in the text, personal From name used; 向…订了; 小商品城 is the market, not the merchant; total 560元 (unit price 28 is not the amount); phone run into the text; mobile signature trimmed'),

dict(id='24', client='gmail', name='Alejandra Ruiz Ortega', addr='ale.ruizortega@gmail.com', date=D('2026-12-02 11:40:22 -0600'),
 subject='Queja / complaint: toys with lead paint',
 body='''Hello,

My name is Alejandra Ruiz Ortega, I import toys to Guadalajara, Mexico. The Mexican customs lab rejected my shipment from Yiwu Fengyuan Toys Co., Ltd. because the paint has lead over the limit. The supplier had given me a test report that now looks false.

Order No.: FY-MX-2608
Amount paid: USD 2,045.75
Supplier address: No. 566 Xuefeng West Road, Yiwu, Zhejiang

I want a refund and the cost of the destruction of the goods.

Saludos,
Alejandra Ruiz Ortega
Tel. +52 33 5555 0123
Av. Chapultepec Sur 480, Col. Americana, 44160 Guadalajara, Jalisco
''',
 kind='complaint', lang='en', cname='Alejandra Ruiz Ortega', cph=['+523355550123'],
 cadr='Av. Chapultepec Sur 480, Col. Americana, 44160 Guadalajara, Jalisco',
 rname='Yiwu Fengyuan Toys Co., Ltd.', radr='No. 566 Xuefeng West Road, Yiwu, Zhejiang',
 onum='FY-MX-2608', amt='2045.75', cur='USD', att=[dict(filename='informe_laboratorio_año2026.pdf', content_type='application/pdf', style='rfc2231', ascii_name='informe_laboratorio.pdf')],
 must=['lead over the limit', 'now looks false'],
 notes='Gmail with a PDF named by RFC 2231 (año); Spanish/English subject; three-part name; merchant named after "shipment from"; labelled supplier address and the consumer\'s street address in the signature; Mexican number'),

dict(id='25', client='126', name='韩雪', addr='hanxue_dl@126.com', date=D('2026-12-02 09:58:33 +0800'),
 subject='投诉义乌市千禧礼品有限公司定制徽章延期又做错',
 body='''您好：
我是大连的韩雪，2026年10月28日向义乌市千禧礼品有限公司定制了500枚金属徽章，合计1880元，通过农业银行转账到对方公司账户。约定11月10日前发货，拖到11月25日才发，收到后发现颜色全部做错。
售后电话：0579－85127744
业务员小刘手机：133 3579 6021
我的联系电话：15940876632
希望协会督促对方重做或者退款。
''',
 kind='complaint', lang='zh', cname='韩雪', cph=['+8615940876632'],
 rname='义乌市千禧礼品有限公司', rph=['+8657985127744', '+8613335796021'], amt='1880.00', cur='CNY',
 must=['颜色全部做错', '督促对方重做或者退款'],
 notes='126 GBK; 向…定制了 with 有限公司; bank (农业银行) is a trap; landline with a full-width hyphen (0579－…); DECISION: the merchant salesman\'s mobile (业务员小刘) belongs to the respondent; no order number; 大连的韩雪'),

dict(id='26', client='thunderbird', name='Marek Zieliński', addr='marek.zielinski@wp.pl', date=D('2026-12-02 13:05:47 +0100'),
 subject='Complaint against Huayue Household - broken glass jars',
 body='''Dear Sirs,

our company Zielinski Sp. z o.o. imports household goods to Poland. In 
September we bought 6,000 glass storage jars from Yiwu Huayue Household 
Products Co., Ltd. When we opened the container in Gdansk, about 900 jars 
were broken because there was no separator in the cartons.

Order No. HY-PL-0917
Paid: €3,150.00
Their office: 5F, No. 399 Chengbei Road, Yiwu

Huayue says the insurance is our problem. We ask for your mediation.

Best regards
Marek Zieliński
Zielinski Sp. z o.o.
ul. Grochowska 306, 03-840 Warszawa
tel. +48 601 555 012
''',
 kind='complaint', lang='en', cname='Marek Zieliński', cph=['+48601555012'], cadr='ul. Grochowska 306, 03-840 Warszawa',
 rname='Yiwu Huayue Household Products Co., Ltd.', radr='5F, No. 399 Chengbei Road, Yiwu',
 onum='HY-PL-0917', amt='3150.00', cur='EUR',
 must=['no separator in the cartons', 'the insurance is our problem'],
 notes='Thunderbird format=flowed 8bit: the merchant name is split across a soft line break and must be rejoined; the writer\'s Sp. z o.o. is a trap; "Their office:" is the merchant\'s address; Polish mobile in 3-3-3 groups'),

# ---------------------------------------------------------------- inquiries
dict(id='27', client='163', name='吕建平', addr='lvjianping_jx@163.com', date=D('2026-11-27 09:30:14 +0800'),
 subject='咨询：批量采购保温杯如果有质量问题怎么维权',
 body='''您好，
我在嘉兴开了家小礼品店，打算下个月去义乌批发市场拿一批保温杯，大概两万元的货。想先咨询几个问题：
1. 批发拿货没有签合同，只有老板手写的单子，出了质量问题能投诉吗？
2. 货款是微信转给老板个人的，这样能算交易凭证吗？
3. 你们受理投诉一般需要多长时间？
谢谢！
吕建平
''',
 kind='inquiry', lang='zh', cname='吕建平',
 must=['只有老板手写的单子', '能算交易凭证吗'],
 notes='Inquiry about procedure that mentions goods and money (两万元 planned, not paid → no order amount); no merchant'),

dict(id='28', client='gmail', name='Sipho Dlamini', addr='sipho.dlamini.dbn@gmail.com', date=D('2026-11-28 07:45:51 +0200'),
 subject='How to file a complaint?',
 body='''Hi,

I am an importer in Durban, South Africa. I buy phone covers and chargers from Yiwu two or three times a year, about USD 5,000 each time. So far no problem, but I want to know in advance: if one day a supplier sends wrong goods, what documents do I need to file a complaint with your station? Is there a time limit after receiving the goods? And can I write in English?

Thanks,
Sipho Dlamini
+27 82 555 0134
''',
 kind='inquiry', lang='en', cname='Sipho Dlamini', cph=['+27825550134'],
 must=['what documents do I need', 'Is there a time limit'],
 notes='Inquiry about procedure; mentions goods and a typical order value (not an order, so no amount); South African mobile'),

dict(id='29', client='qq', name='Sunny', addr='sunny_ww@qq.com', date=D('2026-11-29 17:26:40 +0800'),
 subject='想核实一下义乌市博远贸易有限公司',
 body='''您好，
有一家自称“义乌市博远贸易有限公司”的公司在微信上找我做代发，说先交1500元保证金就可以上架他们的货。
他们给的地址是义乌市稠城街道工人北路1008号，电话0579-85336071。
我上网查不到这家公司，想问问你们这边有没有这家公司的记录？我还没交钱。
吴薇
''',
 kind='inquiry', lang='zh', cname='吴薇', rname='义乌市博远贸易有限公司', rph=['+8657985336071'], radr='义乌市稠城街道工人北路1008号',
 must=['有没有这家公司的记录', '我还没交钱'],
 notes='Inquiry (is this company real); English nickname in From, signature gives the name; merchant address after 地址是 and phone in a sentence; the unpaid 1500元 deposit is no order amount'),

dict(id='30', client='outlook', name='Faith Wambui', addr='faith.wambui@outlook.com', date=D('2026-11-30 12:12:12 +0300'),
 subject='Does your station handle Temu and Amazon sellers?',
 body='''Dear Sir/Madam,

I live in Nairobi and I often buy small goods online. Many sellers on Temu and Amazon say their warehouse is in Yiwu. If I have a problem with such a seller, can your station help, or must I go only through the platform? Also, is there any fee?

Thank you for your time.
Faith Wambui
+254 722 555 308
''',
 kind='inquiry', lang='en', cname='Faith Wambui', cph=['+254722555308'],
 must=['must I go only through the platform', 'is there any fee'],
 notes='Inquiry about scope; platforms named but no merchant; Kenyan mobile'),

dict(id='31', client='foxmail', name='潘越', addr='panyue_cq@foxmail.com', date=D('2026-12-01 20:20:20 +0800'),
 subject='定制商品能不能七天无理由退货？',
 body='''你好：
想咨询一下，网上买的刻字定制商品是不是不能七天无理由退货？比如在淘宝买刻名字的保温杯、印照片的抱枕，一般几十块钱一个，商家都写“定制商品不退不换”。
如果收到的东西本身有质量问题，比如杯子漏水，这种情况也不能退吗？
谢谢解答。
潘越 重庆
''',
 kind='inquiry', lang='zh', cname='潘越',
 must=['不能七天无理由退货', '这种情况也不能退吗'],
 notes='Foxmail GB2312; inquiry about return rules for custom goods, mentions goods and prices in general; the quoted phrase is a rule, not a merchant; name followed by a city'),

dict(id='32', client='gmail', name='Camila Fuentes', addr='camila.fuentes.cl@gmail.com', date=D('2026-12-02 15:03:58 -0300'),
 subject='Please check supplier: Yiwu Sunrise Sourcing Co., Ltd.',
 body='''Hello,

I found a sourcing company in Yiwu, Yiwu Sunrise Sourcing Co., Ltd. (https://www.sunrise-sourcing.example/about-us), they offer to buy from the market for me and ship to Santiago for 5% commission. They ask me to pay USD 3,000 first to a personal account in Hong Kong.

Is it normal? Do you know if this company is registered and if there are complaints against it?

Best,
Camila Fuentes
+56 9 5555 0123
''',
 kind='inquiry', lang='en', cname='Camila Fuentes', cph=['+56955550123'],
 rname='Yiwu Sunrise Sourcing Co., Ltd.', rurls=['https://www.sunrise-sourcing.example/about-us'],
 must=['personal account in Hong Kong', 'if this company is registered'],
 notes='Inquiry (is this agent legitimate); merchant details filled; the requested USD 3,000 is not paid, so no amount; Chilean mobile'),

# ---------------------------------------------------------------- replies
dict(id='33', client='staff_outlook', name='黄晓燕', addr='huangxiaoyan@yweca.org.example', date=D('2026-11-27 15:40:03 +0800'),
 subject='答复: [YW-2026-00517] 投诉：电动牙刷充不进电', quote_marker='发件人: 孙浩',
 body='''孙先生：

您好！您反映的“义乌市洁美电器有限公司”电动牙刷质量问题，我站已联系商家。商家同意退货退款，退款金额199元将在收到退货后3个工作日内原路退回。
寄回时请在包裹内附上写有案件编号的纸条。

黄晓燕
义乌市电子商务协会消费者维权服务站
电话：0579-85550188

发件人: 孙浩 <sunhao_qd@163.com>
发送时间: 2026年11月24日 19:08
收件人: tousu@yweca.org.example
主题: 投诉：电动牙刷充不进电

你好，我在淘宝买的电动牙刷用了三天就充不进电，订单号3551290087614432，199元，手机13969871120。
''',
 kind='reply', lang='zh', case='YW-2026-00517', must=['商家同意退货退款', '附上写有案件编号的纸条'], mustnot=['用了三天就充不进电'],
 notes='Staff reply (gb2312 base64 Outlook); merchant, amount and station phone in the new text and the consumer\'s details in the quote all stay unextracted'),

dict(id='34', client='staff_outlook', name='Cao Yiting', addr='caoyiting@yweca.org.example', date=D('2026-12-01 10:22:35 +0800'), lang_hdr='en-us',
 subject='RE: [YW-2026-00522] Complaint - wrong colour bags from Kaisheng', quote_marker='-----Original Message-----',
 body='''Dear Mrs Chukwuma,

We have contacted Yiwu Kaisheng Industrial Co., Ltd. The company agrees to replace the 200 bags with broken zips in your next shipment, or to refund USD 1,440.00 for them. Please tell us which solution you prefer within 7 days.

Best regards,
Cao Yiting
Consumer Rights Service Station
Yiwu E-Commerce Association
Tel: +86 579 8555 0188

-----Original Message-----
From: Ngozi Chukwuma <ngozi.chukwuma@gmail.com>
Sent: Thursday, November 26, 2026 4:12 PM
To: tousu@yweca.org.example
Subject: Complaint - wrong colour bags from Kaisheng

Dear Sir/Ma,

The colours they send is different from what we agree, and 200 pieces have broken zip.
Order No.: 13905782214
+234 809 555 0133
''',
 kind='reply', lang='en', case='YW-2026-00522', must=['which solution you prefer', 'refund USD 1,440.00'], mustnot=['The colours they send is different'],
 notes='Staff reply in English from the station Outlook (charset gb2312 though the text is ASCII); RE: prefix; no party data'),

dict(id='35', client='126', name='梁振宇', addr='liangzhenyu88@126.com', date=D('2026-11-28 18:09:27 +0800'),
 subject='Re:[YW-2026-00509] 请补充商家信息', quote_marker='在 2026-11-27 10:12:33',
 body='''您好，
商家是拼多多上的“潮流前线男装店”，客服电话是0579-85219967，我付的钱是158元。订单号：261105-220918734456612。
另外我换了手机号，新号码是 191 5797 3304。
梁振宇

在 2026-11-27 10:12:33，"义乌市电子商务协会消费者维权服务站" <tousu@yweca.org.example> 写道：
>梁先生您好：
>您投诉的羽绒服跑绒问题已登记，请补充商家名称、联系方式和付款金额。
>方宇
''',
 kind='reply', lang='zh', case='YW-2026-00509', cname='梁振宇', cph=['+8619157973304'],
 rname='潮流前线男装店', rph=['+8657985219967'], onum='261105-220918734456612', amt='158.00', cur='CNY',
 must=['新号码是 191 5797 3304', '我付的钱是158元'], mustnot=['羽绒服跑绒问题已登记'],
 notes='Consumer reply from 126 ("Re:" without space, 在 … 写道： quoting with >): supplies merchant, its phone, amount, order and a new mobile'),

dict(id='36', client='gmail', name='Oksana Melnyk', addr='oksana.melnyk.lviv@gmail.com', date=D('2026-11-30 18:51:06 +0200'),
 subject='Update on my complaint',
 body='''Hello,

Regarding my complaint YW-2026-00488: the seller finally sent the replacement, but it is the same defective model again. I paid USD 420.00 and I still want a full refund.

Also please use my new number +380 (50) 555-01-34, the old one is no longer active.

Thank you,
Oksana Melnyk
''',
 kind='reply', lang='en', case='YW-2026-00488', cname='Oksana Melnyk', cph=['+380505550134'], amt='420.00', cur='USD',
 must=['same defective model again', 'the old one is no longer active'],
 notes='Consumer follow-up with the case reference only in the body (plain subject, no quote) → reply; Ukrainian mobile; the amount paid is restated'),

dict(id='37', client='iphone', name='杜雨欣', addr='duyuxin_1998@icloud.com', date=D('2026-11-29 08:33:15 +0800'),
 subject='回复：关于您的投诉', quote_marker='发自我的iPhone',
 body='''好的，收到。我明天就把鞋子寄回去，快递单号到时候再发给您。
杜雨欣

发自我的iPhone

在 2026年11月28日，14:05，许老师 <xuyan@yweca.org.example> 写道：

> 杜女士您好：
> 您的投诉（编号YW-2026-00526）已处理，商家“步步高鞋业商行”同意退货退款，请在7天内寄回商品。
> 许妍
> 义乌市电子商务协会消费者维权服务站
''',
 kind='reply', lang='zh', case='YW-2026-00526', cname='杜雨欣',
 must=['我明天就把鞋子寄回去'], mustnot=['发自我的iPhone', '同意退货退款'],
 notes='iPhone consumer reply; the case reference is only in the quoted history (still a reply); the merchant is only in the quote so respondent stays empty; mobile signature trimmed'),

# ---------------------------------------------------------------- machine / bulk
dict(id='38', client='outlook', name='Yiwu Fengyuan Toys Co., Ltd.', quote_name=True, addr='service@fengyuan-toys.example', date=D('2026-12-02 16:00:09 +0800'),
 subject='Automatic reply: [YW-2026-00530] Complaint forwarded by Yiwu E-Commerce Association',
 extra_headers=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
 body='''Thank you for your email. This is an automatic reply.

Your message has been received and a ticket has been created: Ticket #FY-248801. Our customer service team will contact you within 2 working days.

Office hours: Monday to Saturday, 8:30-17:30 (Beijing time)
Tel: +86 579 8555 0766

Yiwu Fengyuan Toys Co., Ltd.
''',
 kind='auto_reply', lang='en', case='YW-2026-00530', must=['This is an automatic reply', 'a ticket has been created'],
 notes='Merchant\'s automatic acknowledgement of a station message (Auto-Submitted); the ticket number is not a case reference; company phone belongs to nobody; quoted display name with a comma'),

dict(id='39', client='qq', name='财务部-刘会计', addr='2987716534@qq.com', date=D('2026-11-28 03:12:44 +0800'),
 subject='代开各地正规发票，点数优惠（义乌）',
 body='''您好！
本公司长期代开各地增值税专用发票、普通发票，可验证后付款，点数优惠。
另有义乌跨境电商运营培训、1688店铺代运营，包教包会。
联系人：刘经理 手机/微信：13757912086
QQ：2987716534
此邮件为群发，如有打扰请见谅。
''',
 kind='spam', lang='zh', must=['可验证后付款', '此邮件为群发'],
 notes='Chinese invoice/training spam from a QQ number, no bulk headers; its phone and QQ belong to nobody'),

dict(id='40', client='plain', name='Mail Delivery System', addr='Mailer-Daemon@mx2.mail-ng.example',
 from_raw='Mail Delivery System <Mailer-Daemon@mx2.mail-ng.example>', date=D('2026-11-30 11:02:37 +0100'),
 subject='Mail delivery failed: returning message to sender',
 extra_headers=['Auto-Submitted: auto-replied', 'X-Failed-Recipients: chidi.obi.import@mail-ng.example'],
 body='''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  chidi.obi.import@mail-ng.example
    SMTP error from remote mail server after RCPT TO:<chidi.obi.import@mail-ng.example>:
    550 5.1.1 <chidi.obi.import@mail-ng.example>: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <tousu@yweca.org.example>
Received: from mx1.yweca.org.example ([198.51.100.10])
	by mx2.mail-ng.example with esmtps (Exim 4.97)
	id 1vQx7K-0003Zp-2M
	for chidi.obi.import@mail-ng.example; Mon, 30 Nov 2026 11:02:36 +0100
From: Yiwu E-Commerce Association Consumer Rights Station <tousu@yweca.org.example>
To: Chidi Obi <chidi.obi.import@mail-ng.example>
Subject: [YW-2026-00498] Your complaint has been registered
Date: Mon, 30 Nov 2026 18:02:30 +0800
Message-ID: <20261130100230.4471@yweca.org.example>

Dear Mr Obi,

Your complaint against Yiwu Haitong Hardware Co., Ltd. has been registered
under case reference YW-2026-00498. We will contact the merchant within
3 working days.

Consumer Rights Service Station
Tel: +86 579 8555 0188
''',
 kind='bounce', lang='en', case='YW-2026-00498', must=['could not be delivered'],
 notes='Exim plain-text bounce (no multipart/report) of a station message; the case reference is in the returned message; merchant and phones there belong to nobody'),
]

if __name__ == '__main__':
    blindgen.run(ROUND, HERE, MAILS)
