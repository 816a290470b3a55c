import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
ROUND = 'fresh9h'

MAILS = [
# 01 ------------------------------------------------------------------
dict(id='01', client='qq', name='蓝色星空', addr='2847561930@qq.com',
     date='Thu, 17 Dec 2026 09:12:33 +0800',
     subject='投诉：圣诞灯串一大半不亮，商家拖着不处理',
     body='''你好：

我在1688上从义乌市灿星圣诞用品有限公司（https://canxing-xmas.1688.com）进了200套圣诞树灯串，准备圣诞节前在店里卖。12月10号到货，拆开试了一下，一大半插上电不亮，剩下的也是一闪一闪的。

订单号：3902817465523019847
实付款：¥1,860.00

跟旺旺客服说了好几次，一开始说给补发，后来又说要我先把坏的寄回去检测，检测完再说。现在离圣诞就一个星期了，等他们检测完节都过了。商家座机0579-85672210打过去也是推给网店客服。

希望服务站帮忙协调，要么尽快补发好的，要么退款。

刘海涛
手机 139 5792 6614
''',
     kind='complaint', lang='zh', cname='刘海涛', cph=['+8613957926614'],
     rname='义乌市灿星圣诞用品有限公司', rurls=['https://canxing-xmas.1688.com'], rph=['+8657985672210'],
     onum='3902817465523019847', amt='1860.00', cur='CNY',
     must=['一大半插上电不亮', '等他们检测完节都过了'],
     notes='QQ Mail GB18030; QQ nickname From, name in signature; URL in full-width parentheses; merchant landline labelled 商家座机'),

# 02 ------------------------------------------------------------------
dict(id='02', client='gmail', name='Marcus Webb', addr='marcus.webb.tx@gmail.com',
     date='Thu, 17 Dec 2026 19:48:05 -0600',
     subject='Complaint - Yiwu Hengda Trading sent wrong phone cases and now wants MORE money',
     body='''To whom it may concern,

I am writing because I have run out of patience with a supplier in Yiwu and I was told your office can help foreign buyers.

In November I ordered 3,000 silicone phone cases from Yiwu Hengda Trading Co., Ltd. The order was for iPhone 16 and iPhone 16 Pro models only, in six colors, as confirmed in their proforma invoice. Order No. HD-261104-07. I paid the full amount, US$2,715.00, by T/T on November 6.

The goods arrived on December 12 (DHL tracking 4417 2093 58). About 1,100 of the cases are for iPhone 13 and iPhone 14, which I did not order and cannot sell. I sent photos the same day. Their sales rep Kevin first said it was a warehouse mistake and they would send the right ones. Now, a week later, Hengda says they will only re-ship if I pay another $480 for "freight and repacking". That is ridiculous. It was THEIR mistake.

This was supposed to be my Christmas stock. It's gone now.

What I want: either they ship 1,100 correct cases at their own cost, or they refund US$995 for the wrong ones.

Seller contact details:
Kevin Zhang (sales), WhatsApp +86 158 5793 2201
Room 1203, Block B, Yiwu Commercial Plaza, 188 Chouzhou North Road, Yiwu

The proforma invoice is attached.

Marcus Webb
Webb Mobile Accessories
4410 Duval St, Austin, TX 78751, USA
(512) 555-0186
''',
     att=[dict(filename='PI_HD-261104-07.pdf', content_type='application/pdf', style='plain')],
     kind='complaint', lang='en', cname='Marcus Webb', cph=['+15125550186'],
     cadr='4410 Duval St, Austin, TX 78751, USA',
     rname='Yiwu Hengda Trading Co., Ltd.', rph=['+8615857932201'],
     radr='Room 1203, Block B, Yiwu Commercial Plaza, 188 Chouzhou North Road, Yiwu',
     onum='HD-261104-07', amt='2715.00', cur='USD',
     must=['About 1,100 of the cases are for iPhone 13', 'It was THEIR mistake'],
     notes='Gmail QP, long angry letter; amount paid vs the $480 demanded and $995 asked back; DHL tracking number is not an order number or phone; US phone without +1, country clear from the signature address'),

# 03 ------------------------------------------------------------------
dict(id='03', client='163', name='周建平', addr='zhoujp_1983@163.com',
     date='Thu, 17 Dec 2026 21:30:17 +0800',
     subject='电热毯用两晚就不热了还有焦味',
     body='''您好，
我在拼多多“暖冬家纺专营店”买了一条双人电热毯，用了两个晚上就不热了，插头那里还有一股焦味，吓得我赶紧拔了。找客服要退货，客服说已经使用过的不能退，只能给我补偿5元。这是电器，出了事谁负责？

订单编号：261209-508812734456021
支付金额：89元
收货地址：江苏省徐州市云龙区和平路57号翠湖花园3-2-501

联系人：周建平
电话：181-5867-3320
''',
     kind='complaint', lang='zh', cname='周建平', cph=['+8618158673320'],
     cadr='江苏省徐州市云龙区和平路57号翠湖花园3-2-501',
     rname='暖冬家纺专营店', onum='261209-508812734456021', amt='89.00', cur='CNY',
     must=['插头那里还有一股焦味', '只能给我补偿5元'],
     notes='163 GBK; platform name (拼多多) and quotes stripped from the shop name; the 5-yuan offer is not the amount; no merchant contact'),

# 04 ------------------------------------------------------------------
dict(id='04', client='outlook', name='Priya Nair', addr='priya.nair@outlook.com',
     date='Thu, 17 Dec 2026 14:05:40 +0400',
     subject='Question about disputes without a written contract',
     body='''Dear Sir/Madam,

We are a small trading company in Dubai and we buy household goods in the Yiwu market two or three times a year, usually through stall owners directly and without a formal contract, only WhatsApp messages and a handwritten receipt.

Before our next trip in January I would like to understand: does your station accept complaints from foreign companies if there is no written contract? And what documents would you need from us (receipts, chat records, bank slips)?

Thank you in advance for your help.

Kind regards,
Priya Nair
Purchasing Manager
Nair General Trading LLC
Office 1405, Al Attar Tower, Sheikh Zayed Road, Dubai, UAE
Mob: +971 50 555 0143
''',
     kind='inquiry', lang='en', cname='Priya Nair', cph=['+971505550143'],
     cadr='Office 1405, Al Attar Tower, Sheikh Zayed Road, Dubai, UAE',
     must=['without a formal contract', 'what documents would you need'],
     notes='Outlook.com UTF-8 QP; inquiry about procedure, no dispute; company signature with street address'),

# 05 ------------------------------------------------------------------
dict(id='05', client='mailru', name='Ольга Смирнова', addr='o.smirnova84@mail.ru',
     date='Fri, 18 Dec 2026 10:22:51 +0300',
     subject='Жалоба на поставщика Yiwu Longteng Textile',
     body='''Здравствуйте!

Пишу вам по рекомендации знакомых. В октябре я заказала 500 женских шарфов у компании Yiwu Longteng Textile Co., Ltd. (менеджер Анна, тел. +86 137 7791 4520).

Заказ № LT-2026-1187. Я оплатила 3 450 USD банковским переводом 2 ноября.

Товар пришёл 14 декабря. Цвета совсем не те, что на образцах, а примерно 200 шарфов с дырками и затяжками. Продавать это перед Новым годом невозможно. Анна сначала обещала скидку на следующий заказ, а теперь просто не отвечает.

Прошу помочь вернуть деньги хотя бы за бракованный товар.

С уважением,
Ольга Смирнова
ИП Смирнова О.В.
Адрес: 117342, Москва, ул. Профсоюзная, д. 56, кв. 112
Тел.: +7 916 555-23-81
''',
     kind='complaint', lang='en', cname='Ольга Смирнова', cph=['+79165552381'],
     cadr='117342, Москва, ул. Профсоюзная, д. 56, кв. 112',
     rname='Yiwu Longteng Textile Co., Ltd.', rph=['+8613777914520'],
     onum='LT-2026-1187', amt='3450.00', cur='USD',
     must=['примерно 200 шарфов с дырками', 'просто не отвечает'],
     notes='Russian (labelled en), Mail.ru UTF-8 base64 text+HTML; space as thousands separator; seller phone inside parentheses after the manager name'),

# 06 ------------------------------------------------------------------
dict(id='06', client='iphone', name='Chan Ka Yan', addr='kayan.chan@icloud.com',
     date='Fri, 18 Dec 2026 12:41:09 +0800',
     subject='投訴：網店賣假925銀耳環',
     body='''你好，我係香港買家，喺淘寶間「小確幸飾品」買咗兩對耳環，話係925純銀，點知戴咗一日耳仔就紅腫痕癢，去金舖驗過話係合金鍍銀。

店鋪：https://xiaoquexing.taobao.com
訂單號碼：YS20261206-4471
付款：HK$386

同客服講，佢話個人體質問題唔關佢事，仲話已經過咗七日唔退。我想攞返全數退款。

陳嘉欣
香港手提：6123 4589

從我的 iPhone 傳送''',
     kind='complaint', lang='zh', cname='陳嘉欣', cph=['+85261234589'],
     rname='小確幸飾品', rurls=['https://xiaoquexing.taobao.com'],
     onum='YS20261206-4471', amt='386.00', cur='HKD',
     must=['耳仔就紅腫痕癢', '個人體質問題唔關佢事'],
     notes='iPhone UTF-8 base64, Cantonese traditional Chinese; From name is the romanised name, the signature name wins; HK mobile without +852 (country stated)'),

# 07 ------------------------------------------------------------------
dict(id='07', client='android', name='', addr='13858912037@139.com',
     date='Fri, 18 Dec 2026 16:03:44 +0800',
     subject='保温杯漏水',
     body='''你好 我在国际商贸城四区2号门32街41208商位“金杯日用”买了20个保温杯 一共560块 回家一试一半漏水 老板不给换 说出了门就不管 我电话13858912037 麻烦帮忙处理一下''',
     kind='complaint', lang='zh', cph=['+8613858912037'],
     rname='金杯日用', radr='国际商贸城四区2号门32街41208商位',
     amt='560.00', cur='CNY',
     must=['一半漏水', '说出了门就不管'],
     notes='Android 8bit, one-line phone mail, no From display name; phone equals the From local part but is also stated in the text; market stall location is the merchant address; 块 is yuan'),

# 08 ------------------------------------------------------------------
dict(id='08', client='outlook', name='义乌建站通', addr='market@ywjianzhan.example', cs='gb2312', hcs='gb2312', lang_hdr='zh-cn',
     date='Fri, 18 Dec 2026 08:00:12 +0800',
     subject='2027开年特惠｜外贸独立站建站+谷歌推广 仅需3980元/年',
     extra_headers=['Precedence: bulk', 'List-Unsubscribe: <mailto:unsubscribe@ywjianzhan.example>'],
     body='''尊敬的义乌商家朋友：

2027年即将到来，您的外贸询盘还在靠B2B平台吗？
【建站通】专为义乌小商品企业打造：
★ 多语种外贸独立站 + 谷歌SEO优化
★ 30天上首页，询盘量提升300%
★ 元旦前签约仅需3980元/年，再送域名和企业邮箱

咨询热线：0579-85213366　微信同号：139 6897 2210
官网：https://www.ywjianzhan.example

义乌建站通网络科技有限公司
地址：义乌市稠城街道工人北路1088号电商园5楼

如不想再收到此类邮件，请回复“退订”。''',
     kind='spam', lang='zh',
     must=['询盘量提升300%', '退订'],
     notes='Chinese advertising (Outlook, gb2312 QP, Precedence: bulk); its phones, URL and address belong to nobody'),

# 09 ------------------------------------------------------------------
dict(id='09', client='outlook1252', name='Hannah Cole', addr='hannah@kettleandcole.co.uk',
     date='Fri, 18 Dec 2026 11:17:26 +0000', lang_hdr='en-gb',
     subject='Formal complaint regarding late delivery of Christmas decorations (Order ref MY/2611/0392)',
     body='''Dear Sir or Madam,

I am writing to lodge a formal complaint against Yiwu Mingyue Crafts Factory (www.mingyue-crafts.example), from whom my company ordered 4,800 hand-painted glass baubles in September.

Order ref: MY/2611/0392
Amount paid: US$1,284.50 (PayPal, 21 September 2026)

The factory confirmed in writing that the goods would be dispatched no later than 30 October, so that they would reach our shop in time for the Christmas season. They were in fact dispatched on 4 December and will not reach us until after Christmas. The stock is now largely worthless to us until next year.

I have raised this with their sales office (+86 579 8541 7720) on three occasions. Each time I was told the delay was due to “production pressure” and that no compensation is possible.

I would be grateful if your station could ask the factory to offer a partial refund of 40%, which I consider reasonable in the circumstances.

Yours faithfully,

Hannah Cole
Director, Kettle & Cole Gifts Ltd
Unit 4, Riverside Park, Leeds LS10 1PZ, United Kingdom
Tel: +44 113 496 0718 | Mobile: 07700 900461
hannah@kettleandcole.co.uk
''',
     kind='complaint', lang='en', cname='Hannah Cole', cph=['+441134960718', '+447700900461'],
     cem=['hannah@kettleandcole.co.uk'], cadr='Unit 4, Riverside Park, Leeds LS10 1PZ, United Kingdom',
     rname='Yiwu Mingyue Crafts Factory', rurls=['www.mingyue-crafts.example'], rph=['+8657985417720'],
     onum='MY/2611/0392', amt='1284.50', cur='USD',
     must=['dispatched on 4 December', 'partial refund of 40%'],
     notes='Outlook windows-1252 QP with curly quotes; formal letter; two UK phones in order (mobile without +44); e-mail written in the signature counts; URL without scheme'),

# 10 ------------------------------------------------------------------
dict(id='10', client='126', name='孙丽娟', addr='sunlijuan_hz@126.com',
     date='Sat, 19 Dec 2026 09:47:02 +0800',
     subject='咨询：批发年货能不能七天无理由退货',
     body='''您好！
我在社区开了个小超市，想在春节前从义乌批发一批春联、红包和灯笼。1688上有家“福满堂年货批发”（https://fumantang.1688.com）报价每副春联2.8元，起批500副。
我想先问一下：
1. 批发订单是不是也适用七天无理由退货？商家说批发一律不退不换。
2. 如果到货质量跟样品不一样，我该怎么维权？
3. 这家店你们这边有没有被投诉过？
谢谢！
孙丽娟''',
     kind='inquiry', lang='zh', cname='孙丽娟', rname='福满堂年货批发', rurls=['https://fumantang.1688.com'],
     must=['批发订单是不是也适用七天无理由退货', '这家店你们这边有没有被投诉过'],
     notes='126 GBK; inquiry before buying; the merchant is named and extracted, the quoted unit price is not an amount paid'),

# 11 ------------------------------------------------------------------
dict(id='11', client='foxmail', name='张喆', addr='zhangzhe_sz@foxmail.com',
     date='Sat, 19 Dec 2026 14:26:38 +0800',
     subject='扫地机器人三天就坏，商家只肯补偿50元',
     body='''服务站工作人员您好：

本人张喆，12月5日在京东「极净智能家居专营店」购买了一台扫地机器人，用了三天就开不了机，充电指示灯也不亮。联系店铺客服，对方说要寄回厂家检测，来回要一个月，或者直接补偿50元了事。我要求退货退款，对方拒绝。

订单号：298811047732
实付款：¥1,299.00
店铺客服电话：0579-8520 6618
收货地址：深圳市南山区粤海街道科技园南区高新南七道9号

我的联系电话：+86 186-2034-5571
发票和故障截图见附件。

张喆
2026年12月19日''',
     att=[dict(filename='发票.pdf', content_type='application/pdf', cs='GB2312'),
          dict(filename='故障截图.png', content_type='image/png', cs='GB2312')],
     kind='complaint', lang='zh', cname='张喆', cph=['+8618620345571'],
     cadr='深圳市南山区粤海街道科技园南区高新南七道9号',
     rname='极净智能家居专营店', rph=['+8657985206618'],
     onum='298811047732', amt='1299.00', cur='CNY',
     must=['用了三天就开不了机', '或者直接补偿50元了事'],
     notes='Foxmail labelled GB2312 but holds 喆 (GBK/GB18030 only) in From name and body; 「」 quotes and platform stripped; two attachments with RFC 2047 names'),

# 12 ------------------------------------------------------------------
dict(id='12', client='yahoo', name='Chinedu Okafor', addr='chinedu.okafor@yahoo.com',
     date='Sat, 19 Dec 2026 08:55:19 +0100',
     subject='Seller collected deposit and disappeared',
     body='''Good day,

Please I need your help. I placed an order for human hair wigs with Yiwu Jinyuan Hair Products Co., Ltd on Alibaba (https://jinyuanhair.en.alibaba.com) in October. Total order value was US$4,200. As agreed in their PI No. JY-2611-088 I paid 30% deposit, US$1,260, by bank transfer on 28 October.

They promised shipment within 25 days. Till today nothing has been shipped. Since 1st December the sales lady (Cindy) is not replying my messages on WhatsApp and Alibaba chat.

I want them to either ship my goods or return my deposit.

Thank you.
Chinedu Okafor
+234 803 555 0192
''',
     kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348035550192'],
     rname='Yiwu Jinyuan Hair Products Co., Ltd', rurls=['https://jinyuanhair.en.alibaba.com'],
     amt='1260.00', cur='USD',
     must=['I paid 30% deposit', 'is not replying my messages'],
     notes='Yahoo QP; amount paid is the deposit, not the order total; a proforma invoice number is not an order number'),

# 13 ------------------------------------------------------------------
dict(id='13', client='qq', name='Mandy', addr='mandy_lin@qq.com',
     date='Sun, 20 Dec 2026 20:14:55 +0800',
     subject='微信上买的儿童羽绒服是飞丝，卖家不退',
     body='''你好，我叫林曼，想投诉一个微信卖家。

上个月在微信上一家叫“童趣服饰”的店买了两件儿童羽绒服，店主叫小美，微信号tongqu_xm2026。她说是90白鸭绒，我微信转账付了¥598。收到后发现一直往外钻毛，剪开一个角看全是飞丝和碎毛。下面是聊天记录：

小美：亲，我们家羽绒服都是90白鸭绒的哦，放心穿
我：可是衣服一直钻毛，剪开里面都是碎的
小美：羽绒服钻毛很正常的
我：我要退货
小美：定制款不退不换哦，拍之前都说了的，介意别拍
（然后就把我拉黑了）

我手机 152 6788 3021，麻烦你们帮帮忙。''',
     kind='complaint', lang='zh', cname='林曼', cph=['+8615267883021'],
     rname='童趣服饰', amt='598.00', cur='CNY',
     must=['剪开一个角看全是飞丝', '然后就把我拉黑了'],
     notes='QQ Mail; pasted WeChat chat with the seller; a WeChat ID is not a URL/phone/address so respondent_contact is missing; self-introduced name wins over the nickname-like From name'),

# 14 ------------------------------------------------------------------
dict(id='14', client='gmail', name='Alejandro Ruiz', addr='aruiz.importaciones@gmail.com',
     date='Sun, 20 Dec 2026 10:31:47 -0600',
     subject='Reclamación contra Yiwu Xinle Toys - juguetes rechazados en aduana',
     body='''Buenos días:

Me dirijo a ustedes para presentar una reclamación contra la empresa Yiwu Xinle Toys Co., Ltd., a la que compramos 2.000 trompos de madera pintados para la temporada navideña.

Número de pedido: XL-88213
Importe pagado: USD 5.640,00 (transferencia del 3 de noviembre)

La mercancía fue rechazada por la aduana de Manzanillo porque la pintura no cumple con la norma de plomo. El proveedor nos había entregado un certificado que, según la aduana, corresponde a otro producto. Ahora el proveedor dice que no es su responsabilidad y se niega a devolver el dinero.

Teléfono del proveedor: +86 579 8523 9946

Solicitamos el reembolso total y los gastos de almacenaje.

Atentamente,
Alejandro Ruiz
Importaciones Ruiz S.A. de C.V.
Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México
Tel. +52 55 5014 8823
''',
     kind='complaint', lang='en', cname='Alejandro Ruiz', cph=['+525550148823'],
     cadr='Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México',
     rname='Yiwu Xinle Toys Co., Ltd.', rph=['+8657985239946'],
     onum='XL-88213', amt='5640.00', cur='USD',
     must=['rechazada por la aduana de Manzanillo', 'se niega a devolver el dinero'],
     notes='Spanish (labelled en), Gmail QP; European number format 5.640,00; demanded storage costs are not the amount'),

# 15 ------------------------------------------------------------------
dict(id='15', client='163', name='赵磊', addr='zhaolei_yf@163.com',
     date='Mon, 21 Dec 2026 10:05:33 +0800',
     subject='投诉义乌市鑫源五金制品厂：年会礼品保温杯LOGO印错还要加钱重印',
     body='''义乌市电子商务协会消费者维权服务站：

我司为筹备年会，于11月28日向义乌市鑫源五金制品厂定制了500个印有公司LOGO的不锈钢保温杯，双方在微信上确认了设计稿。12月18日到货后发现LOGO颜色全部印错（蓝色印成了黑色），公司名称还少了一个字。

订单号：XY20261128-02
已付货款：人民币贰万叁仟伍佰元整

我们要求工厂免费重做，工厂厂长陈国富（手机13706791258）坚持说是按我们发的稿印的，要重印必须另付3000元，并且元旦前做不出来。我们的年会定在12月31日，现在整批杯子都没法用。

工厂地址：义乌市佛堂镇工业园区朝阳路18号

恳请贵站介入调解，要求工厂退还全部货款或免费重做。设计稿确认截图见附件。

此致
敬礼

赵磊
杭州云帆科技有限公司 行政部
电话：0571-8765 4321　手机：135 8801 2267
地址：杭州市西湖区文三路90号东部软件园2号楼5层''',
     att=[dict(filename='设计稿确认截图.jpg', content_type='image/jpeg', style='rfc2231', ascii_name='image001.jpg')],
     kind='complaint', lang='zh', cname='赵磊', cph=['+8657187654321', '+8613588012267'],
     cadr='杭州市西湖区文三路90号东部软件园2号楼5层',
     rname='义乌市鑫源五金制品厂', rph=['+8613706791258'], radr='义乌市佛堂镇工业园区朝阳路18号',
     onum='XY20261128-02', amt='23500.00', cur='CNY',
     must=['蓝色印成了黑色', '要重印必须另付3000元'],
     notes='163 GBK, formal company complaint; capital numerals 贰万叁仟伍佰元整; the 3000 demanded is not the amount; company signature with landline, mobile and address; RFC 2231 attachment name'),

# 16 ------------------------------------------------------------------
dict(id='16', client='iphone', name='何静', addr='hejing0612@163.com',
     date='Mon, 21 Dec 2026 12:18:06 +0800',
     subject='请问',
     body='''你好，请问你们受理拼多多上义乌商家的投诉吗？还是只管商贸城里面的？谢谢

发自我的iPhone''',
     kind='inquiry', lang='zh', cname='何静',
     must=['受理拼多多上义乌商家的投诉吗'],
     notes='iPhone short question about what the station covers; name only in the From header'),

# 17 ------------------------------------------------------------------
dict(id='17', client='iphone', name='Jessica Park', addr='jess.park92@icloud.com',
     date='Mon, 21 Dec 2026 07:52:30 -0500',
     subject='broken lights',
     body='''Hi, I bought LED string lights from this shop https://shop118236649.taobao.com order 4401928374650192, paid US$45.80. Half of them don't work and the seller just ignores my messages. Can you help?

Sent from my iPhone''',
     kind='complaint', lang='en', cname='Jessica Park',
     rurls=['https://shop118236649.taobao.com'], onum='4401928374650192', amt='45.80', cur='USD',
     must=['Half of them don\'t work', 'ignores my messages'],
     notes='iPhone, very short; shop known only by URL; name only from the From header; no phone'),

# 18 ------------------------------------------------------------------
dict(id='18', client='qq', name='小雨', addr='wangxy_0905@qq.com',
     date='Mon, 21 Dec 2026 18:40:22 +0800',
     subject='回复：[YW-2026-01846] 请补充您的联系电话和商家名称',
     body='''电话是 159 0579 3382，白天都能接。
那个店的名字我查到了，叫“优选家居生活馆”。
王小雨


------------------ 原始邮件 ------------------
发件人: "陈静"<chenjing@yweca.org.example>;
发送时间: 2026年12月21日(星期一) 上午9:35
收件人: "小雨"<wangxy_0905@qq.com>;

主题: [YW-2026-01846] 请补充您的联系电话和商家名称



王女士您好：
您反映的收纳柜板材开裂问题已登记（编号YW-2026-01846），订单号为4387120596634821，请补充您的联系电话及商家店铺名称，以便我们联系商家。

陈静
义乌市电子商务协会消费者维权服务站
电话：0579-85550188''',
     quote_marker='------------------ 原始邮件 ------------------',
     kind='reply', lang='zh', case='YW-2026-01846', cname='王小雨', cph=['+8615905793382'],
     rname='优选家居生活馆',
     must=['白天都能接', '优选家居生活馆'], mustnot=['收纳柜板材开裂问题已登记'],
     notes='QQ consumer reply supplying the phone and shop name asked for; order number and station phone appear only in the quote'),

# 19 ------------------------------------------------------------------
dict(id='19', client='gmail', name='محمد العتيبي', addr='m.alotaibi.trading@gmail.com',
     date='Tue, 22 Dec 2026 11:09:14 +0300',
     subject='شكوى ضد شركة Yiwu Future Star Trading',
     body='''السلام عليكم ورحمة الله،

أتقدم بهذه الشكوى ضد شركة Yiwu Future Star Trading Co., Ltd. (الموقع: www.futurestar-yw.example).

طلبت منهم 1,200 سجادة صلاة، ولكن وصلني 900 سجادة فقط. الشركة تنكر النقص وتقول إن الكمية كانت كاملة عند الشحن.

رقم الطلب: FS-20261107
المبلغ المدفوع: 2,880 دولار أمريكي
هاتف البائع: +86 135 6792 0481

أطلب إرسال الكمية الناقصة أو استرداد قيمتها.

مع الشكر،
محمد العتيبي
الرياض، المملكة العربية السعودية
جوال: +966 55 555 0173
''',
     kind='complaint', lang='en', cname='محمد العتيبي', cph=['+966555550173'],
     rname='Yiwu Future Star Trading Co., Ltd.', rurls=['www.futurestar-yw.example'], rph=['+8613567920481'],
     onum='FS-20261107', amt='2880.00', cur='USD',
     must=['وصلني 900 سجادة فقط', 'FS-20261107'],
     notes='Arabic (labelled en), Gmail QP; Latin company name inside RTL text; URL inside parentheses; a city and country is not an address'),

# 20 ------------------------------------------------------------------
dict(id='20', client='outlook', name='林志明', addr='chihming.lin@outlook.com', cs='big5', hcs='big5', lang_hdr='zh-tw',
     date='Tue, 22 Dec 2026 15:33:08 +0800',
     subject='申訴：尾牙禮盒印刷錯誤，廠商拒絕處理',
     body='''您好：

敝公司於11月向義烏市美佳包裝材料有限公司訂購了1,000個尾牙禮盒，禮盒上的公司名稱及年份全部印錯（印成2025年）。廠商表示是我們確認的稿件有誤，但我們留存的確認稿是正確的。

訂單編號：MJ-TW-1129
貨款：美金640元（已全額付清）
廠商電話：0579-8566 1203

尾牙在1月8日舉行，懇請貴站協助要求廠商重新製作或退款。

林志明
台北市大安區忠孝東路四段216巷5號3樓
手機：0912-345-678（台灣）''',
     kind='complaint', lang='zh', cname='林志明', cph=['+886912345678'],
     cadr='台北市大安區忠孝東路四段216巷5號3樓',
     rname='義烏市美佳包裝材料有限公司', rph=['+8657985661203'],
     onum='MJ-TW-1129', amt='640.00', cur='USD',
     must=['全部印錯（印成2025年）', '尾牙在1月8日舉行'],
     notes='Outlook.com Big5 QP, Taiwan traditional Chinese; 美金640元 is USD, not CNY; Taiwan mobile in local format with the country named'),

# 21 ------------------------------------------------------------------
dict(id='21', client='outlook', name='Stefan Krüger', addr='s.krueger@web.de', lang_hdr='de-de',
     date='Tue, 22 Dec 2026 09:44:51 +0100',
     subject='Beschwerde: Glaskugeln zu 40 % zerbrochen – Bestellung HX-DE-26-0419',
     body='''Sehr geehrte Damen und Herren,

hiermit beschwere ich mich über die Firma Yiwu Hongxiang Import & Export Co., Ltd. (https://www.hongxiang-export.example/).

Wir haben im Oktober 6.000 Christbaumkugeln aus Glas für unser Weihnachtsgeschäft bestellt.
Bestellnummer: HX-DE-26-0419
Bezahlt: 2.150,00 € (Überweisung am 12.10.2026)

Die Ware kam erst am 14. Dezember an, und etwa 40 % der Kugeln waren zerbrochen, weil sie ohne Zwischenlagen verpackt waren. Der Lieferant bietet lediglich einen Gutschein über 200 € für die nächste Bestellung an.

Wir bitten Sie, den Lieferanten zu einer angemessenen Erstattung aufzufordern.

Mit freundlichen Grüßen
Stefan Krüger
Krüger Geschenkartikel GmbH
Bergstraße 12, 70173 Stuttgart, Deutschland
Tel.: 0151 2345 6789
''',
     kind='complaint', lang='en', cname='Stefan Krüger', cph=['+4915123456789'],
     cadr='Bergstraße 12, 70173 Stuttgart, Deutschland',
     rname='Yiwu Hongxiang Import & Export Co., Ltd.', rurls=['https://www.hongxiang-export.example/'],
     onum='HX-DE-26-0419', amt='2150.00', cur='EUR',
     must=['ohne Zwischenlagen verpackt', 'Gutschein über 200 €'],
     notes='German (labelled en), Outlook UTF-8 QP; 2.150,00 € paid vs 200 € voucher offered; German mobile without +49, country in the signature address'),

# 22 ------------------------------------------------------------------
dict(id='22', client='android', name='阳光宝贝', addr='ygbb2015@sina.cn', ua='Android-Mail/2023.10 (MIUI)',
     date='Tue, 22 Dec 2026 22:10:37 +0800',
     subject='圣诞活动商品不参加七天无理由合法吗',
     body='''你好，想咨询一下，有的网店写着“圣诞活动期间购买的商品不参与七天无理由退货”，这样规定合法吗？如果买了不合适是不是就真的不能退了？谢谢解答''',
     kind='inquiry', lang='zh',
     must=['不参与七天无理由退货', '这样规定合法吗'],
     notes='Android 8bit; legal question, no specific dispute; nickname From gives no name'),

# 23 ------------------------------------------------------------------
dict(id='23', client='outlook', name="Liam O'Brien", addr='liam.obrien88@hotmail.com', lang_hdr='en-au',
     date='Wed, 23 Dec 2026 08:21:15 +1100',
     subject='Never received my order - charged anyway',
     body='''Hello,

I ordered a set of Christmas table decorations from https://www.yiwudeals-store.example on 20 November. Order #YD10482. My credit card was charged US$189.00.

The tracking number they gave me (YT2612345678901) shows the parcel was "returned to sender" on 9 December. I emailed them three times asking for a refund or a reshipment and got no answer. There is no phone number on the website, only a contact form.

Could you please contact them? I believe the store is run from Yiwu.

Regards,
Liam O'Brien
Mobile (AU): 0491 570 156
''',
     kind='complaint', lang='en', cname="Liam O'Brien", cph=['+61491570156'],
     rurls=['https://www.yiwudeals-store.example'], onum='YD10482', amt='189.00', cur='USD',
     must=['returned to sender', 'only a contact form'],
     notes='Hotmail QP; merchant only as a website URL (no name); tracking number vs order number; Australian mobile without +61 but country stated'),

# 24 ------------------------------------------------------------------
dict(id='24', client='qq', name='敏敏', addr='1096638245@qq.com', subject_split_midchar=True,
     date='Wed, 23 Dec 2026 13:02:48 +0800',
     subject='直播间买的坚果礼盒是过期的',
     body='''您好，我在抖音直播间“老马家年货铺”买了两盒坚果礼盒准备过年送人，收到一看生产日期是2025年9月，保质期12个月，早就过期了。主播在直播间说是今年的新货。现在店铺客服只同意退一盒的钱，另一盒说我拆封了不退。

订单号：6928371045562810377
实付：¥239.8
收货地址：湖南省长沙市岳麓区枫林三路68号麓谷小镇7栋1203

吴敏
手机：136-5678-9021''',
     kind='complaint', lang='zh', cname='吴敏', cph=['+8613656789021'],
     cadr='湖南省长沙市岳麓区枫林三路68号麓谷小镇7栋1203',
     rname='老马家年货铺', onum='6928371045562810377', amt='239.80', cur='CNY',
     must=['早就过期了', '另一盒说我拆封了不退'],
     notes='QQ Mail; subject encoded word cut inside a multibyte character; livestream shop with no contact; ¥239.8 → 239.80'),

# 25 ------------------------------------------------------------------
dict(id='25', client='gmail', name='Daniel Kim', addr='dkim.sf@gmail.com',
     date='Wed, 23 Dec 2026 17:26:09 -0800',
     subject='Re: [YW-2026-01852] Additional information needed',
     body='''Hi,

Sorry for the slow reply. The shop is called "Sunny Home Decor" on AliExpress, here is the store link: https://www.aliexpress.com/store/1103384562 . I don't have a phone number for them.

My number is +1 415 555 0139 if you need to call.

Thanks,
Daniel Kim

On Tue, Dec 22, 2026 at 4:15 PM 楼晓燕 <louxiaoyan@yweca.org.example> wrote:
> Dear Mr. Kim,
>
> Thank you for your complaint about the cracked ceramic planters (order
> 8142209937561823). It has been registered as YW-2026-01852.
> Please tell us the name of the store and, if possible, a phone number
> where we can reach you.
>
> Lou Xiaoyan
> Yiwu E-Commerce Association Consumer Rights Service Station
> Tel: +86 579 8555 0188
''',
     quote_marker='On Tue, Dec 22, 2026 at',
     kind='reply', lang='en', case='YW-2026-01852', cname='Daniel Kim', cph=['+14155550139'],
     rname='Sunny Home Decor', rurls=['https://www.aliexpress.com/store/1103384562'],
     must=['Sorry for the slow reply', "I don't have a phone number for them"],
     mustnot=['cracked ceramic planters'],
     notes='Gmail consumer reply supplying the shop name and URL (URL followed by " ."); the order number and station phone are only in the quote'),

# 26 ------------------------------------------------------------------
dict(id='26', client='126', name='钱伟', addr='qianwei_jx@126.com',
     date='Thu, 24 Dec 2026 09:15:40 +0800',
     subject='转发：关于退款的答复',
     body='''你好，转发商家给我的邮件，请帮忙看看。我单位定的50支礼品钢笔，笔尖一半写不出字，商家说是定制商品不退款，这个合理吗？

我是钱伟，电话 0573-8221 5567（单位），手机 138 5738 4410。


-------- 转发邮件信息 --------
发件人："义乌市博雅文具有限公司" <service@boya-wenju.example>
发送日期：2026-12-22 17:30:12
收件人：qianwei_jx@126.com
主题：关于退款的答复

钱先生您好：
您订购的礼品钢笔（订单号：BY2612-0087，货款共计¥4,760.00）因属于定制商品，恕不退款。我司可提供9折优惠券作为补偿。

义乌市博雅文具有限公司 客服部
电话：0579-8530 2241
地址：义乌市北苑街道春华路366号''',
     kind='complaint', lang='zh', cname='钱伟', cph=['+8657382215567', '+8613857384410'],
     rname='义乌市博雅文具有限公司', rph=['+8657985302241'], radr='义乌市北苑街道春华路366号',
     onum='BY2612-0087', amt='4760.00', cur='CNY',
     must=['笔尖一半写不出字', '因属于定制商品，恕不退款'],
     notes='126 forward (转发：, -------- 转发邮件信息 --------): the forwarded merchant mail counts for the merchant, order and amount; its header address is not a complainant e-mail'),

# 27 ------------------------------------------------------------------
dict(id='27', client='thunderbird', name='Sarah Mitchell', addr='sarahm1985@gmail.com',
     date='Thu, 24 Dec 2026 16:48:22 -0500',
     subject='Stall owner in Yiwu market kept my deposit',
     body='''Hello,

In September I visited the Yiwu International Trade City and ordered 600 knitted baby toys from a stall owner, Zhou Lina. Her stall is Stall 10536, Gate 3, Street 5, District 1, Yiwu International Trade City. I paid her RMB 7,800 in cash as a deposit and she wrote me a receipt.

The toys were supposed to ship by November 15. Since then she keeps giving excuses, and last week she told me the factory closed and she "cannot do anything". She will not return the deposit. Her phone (also her WeChat) is 150 5793 6612.

Please reply to sarah.mitchell@mitchellcrafts.ca rather than this address, I check it more often. My phone is +1 647 555 0123.

Thank you,
Sarah Mitchell
Mitchell Crafts, Toronto
''',
     kind='complaint', lang='en', cname='Sarah Mitchell', cph=['+16475550123'],
     cem=['sarah.mitchell@mitchellcrafts.ca'],
     rname='Zhou Lina', rph=['+8615057936612'],
     radr='Stall 10536, Gate 3, Street 5, District 1, Yiwu International Trade City',
     amt='7800.00', cur='CNY',
     must=['the factory closed', 'She will not return the deposit'],
     notes='Thunderbird UTF-8 8bit format=flowed; the seller is a person (stall owner); market stall as merchant address; a second e-mail given as contact counts'),

# 28 ------------------------------------------------------------------
dict(id='28', client='iphone', name='邓超群', addr='dengcq@163.com',
     date='Thu, 24 Dec 2026 20:37:11 +0800',
     subject='快递显示签收但没收到',
     body='''你好，我在淘宝欢乐节庆用品店买的圣诞老人玩偶，快递单号YT7788123456789，物流显示12月20日已签收，但我根本没收到，问了小区驿站也没有。商家说快递签收了就不归他们管。

我叫邓超群，电话18969012345

发自我的iPhone''',
     kind='complaint', lang='zh', cname='邓超群', cph=['+8618969012345'],
     rname='欢乐节庆用品店',
     must=['但我根本没收到', '快递签收了就不归他们管'],
     notes='iPhone short; only a tracking number (not an order number), no amount; platform name 淘宝 stripped without any quotes'),

# 29 ------------------------------------------------------------------
dict(id='29', client='gmail', name='Rahul Mehta', addr='rahul.mehta.imports@gmail.com',
     date='Fri, 25 Dec 2026 11:02:33 +0530',
     subject='Is this Yiwu company genuine?',
     body='''Hello,

I am planning to order 2,000 non-woven shopping bags from Yiwu Topway Bags Co., Ltd. They quoted US$3.20 per bag and are asking for 100% payment in advance, which makes me a little nervous.

Their details:
Website: https://topwaybags.en.alibaba.com
Tel: +86 579 8527 7402
Address: No. 8 Jiangbin Road, Yiwu, Zhejiang

Could you tell me whether this company is registered in Yiwu and whether there have been complaints about them? Is 100% advance payment normal?

Best regards,
Rahul Mehta
Mehta Imports, Ahmedabad
+91 98765 43210
''',
     kind='inquiry', lang='en', cname='Rahul Mehta', cph=['+919876543210'],
     rname='Yiwu Topway Bags Co., Ltd.', rurls=['https://topwaybags.en.alibaba.com'], rph=['+8657985277402'],
     radr='No. 8 Jiangbin Road, Yiwu, Zhejiang',
     must=['100% payment in advance', 'whether this company is registered'],
     notes='Gmail QP; inquiry about a company before paying; merchant details extracted; a quoted unit price is not an amount paid'),

# 30 ------------------------------------------------------------------
dict(id='30', client='foxmail', name='梁志强', addr='liangzq@hzruitong.example',
     date='Fri, 25 Dec 2026 10:20:05 +0800',
     subject='自动回复: [YW-2026-01831] 关于您投诉义乌市顺达箱包有限公司的处理进展',
     body='''您好！
我已于12月24日至2027年1月3日休假，期间无法及时查看和回复邮件。如有紧急事务，请联系同事陈晓，电话：0571-8699 2030。
谢谢！

梁志强
杭州瑞通贸易有限公司''',
     kind='auto_reply', lang='zh', case='YW-2026-01831',
     must=['期间无法及时查看和回复邮件'],
     notes='Foxmail holiday auto-reply with no Auto-Submitted/Precedence headers, recognisable by subject and wording; the colleague phone belongs to nobody'),

# 31 ------------------------------------------------------------------
dict(id='31', client='163', name='郭丽华', addr='guolihua_ty@163.com',
     date='Sat, 26 Dec 2026 11:38:29 +0800',
     subject='天猫店标100%羊毛的围巾检测是腈纶',
     body='''你好：

我12月初在天猫“暖阳服饰旗舰店”（https://nuanyangfushi.tmall.com）买了一条围巾，商品详情页写的是100%羊毛，给老人买的新年礼物。戴着感觉扎脖子，拿去太原市纤维检验所检测，结果是100%腈纶，一点羊毛都没有。

订单编号：4387562019384756102
付款金额：¥356.00

我要求退一赔三，商家只同意退50元差价，说是“仓库发错了款”。检测报告附后。

郭丽华
家里电话：0351-6128843
山西太原''',
     att=[dict(filename='检测报告（太原市纤维检验所）20261224.jpg', content_type='image/jpeg', style='rfc2231cont')],
     kind='complaint', lang='zh', cname='郭丽华', cph=['+863516128843'],
     rname='暖阳服饰旗舰店', rurls=['https://nuanyangfushi.tmall.com'],
     onum='4387562019384756102', amt='356.00', cur='CNY',
     must=['结果是100%腈纶', '商家只同意退50元差价'],
     notes='163 GBK; 7-digit Taiyuan landline; 退一赔三 demand and 50-yuan offer are not the amount; long RFC 2231 continued attachment name; a bare city is not an address'),

# 32 ------------------------------------------------------------------
dict(id='32', client='outlook', name='Wanjiru Kamau', addr='w.kamau@savannaretail.co.ke', lang_hdr='en-gb',
     date='Sat, 26 Dec 2026 09:12:47 +0300',
     subject='Complaint against Yiwu Shengtai Packaging Co., Ltd. - Invoice ST-INV-26-1187',
     body='''Dear Sir/Madam,

RE: WRONG SPECIFICATION OF SHOPPING BAGS

We ordered 50,000 printed PE shopping bags of 60 microns from Yiwu Shengtai Packaging Co., Ltd. (Order No. ST2611-204, Invoice No. ST-INV-26-1187). We paid USD 8,940.00 in full on 10 November.

Our local inspection found the bags are only 35-40 microns and many split when loaded. Our regulator does not allow bags below 50 microns, so the whole consignment cannot be sold. The supplier has offered a 10% discount on a future order, which we do not accept.

Supplier address: 3F, No. 55 Xuefeng West Road, Yiwu, Zhejiang, China

We request a full refund. The inspection report and photos are attached.

Yours faithfully,

Wanjiru Kamau
Purchasing Manager
Savanna Retail Ltd
P.O. Box 48213-00100, Nairobi, Kenya
Tel: +254 722 555 014
Email: w.kamau@savannaretail.co.ke
''',
     att=[dict(filename='Inspection_Report_ST2611-204.pdf', content_type='application/pdf', style='plain'),
          dict(filename='bags_photo1.jpg', content_type='image/jpeg', style='inline')],
     kind='complaint', lang='en', cname='Wanjiru Kamau', cph=['+254722555014'],
     cem=['w.kamau@savannaretail.co.ke'], cadr='P.O. Box 48213-00100, Nairobi, Kenya',
     rname='Yiwu Shengtai Packaging Co., Ltd.', radr='3F, No. 55 Xuefeng West Road, Yiwu, Zhejiang, China',
     onum='ST2611-204', amt='8940.00', cur='USD',
     must=['only 35-40 microns', 'which we do not accept'],
     notes='Outlook UTF-8 QP company letter; order number and invoice number both present (order wins); P.O. Box address; PDF plus inline image'),

# 33 ------------------------------------------------------------------
dict(id='33', client='outlook1252', name='Aminata Koné', addr='aminata.kone@outlook.fr', lang_hdr='fr-fr',
     date='Sun, 27 Dec 2026 15:40:18 +0000',
     subject='Renseignements sur la procédure de réclamation',
     body='''Bonjour,

Je suis commerçante à Abidjan et j’achète régulièrement des articles à Yiwu. Je voudrais savoir :
– quels sont les délais de traitement d’une réclamation par votre service ;
– si je peux écrire en français ou s’il faut écrire en chinois ou en anglais ;
– si le service est payant.

Je vous remercie d’avance.

Cordialement,
Aminata Koné
Tél. : +225 07 07 55 01 23
''',
     kind='inquiry', lang='en', cname='Aminata Koné', cph=['+2250707550123'],
     must=['quels sont les délais de traitement', 'si le service est payant'],
     notes='French (labelled en), Outlook windows-1252 QP with curly apostrophes and en dashes; procedural inquiry'),

# 34 ------------------------------------------------------------------
dict(id='34', client='gmail', name='Wong Chi Wai', addr='wongchiwai.hk@gmail.com',
     date='Sun, 27 Dec 2026 21:15:50 +0800',
     subject='Re: [YW-2026-01858] 請補充商家資料',
     body='''你好，

商家名稱係「港貨直送小舖」，網址 https://ganghuo-zhisong.taobao.com ，電話佢冇俾我。

黃志偉

於 2026年12月24日 週四 上午10:21 陳靜 <chenjing@yweca.org.example> 寫道：
> 黃先生您好：
>
> 您投訴的奶粉包裝破損問題已登記（編號YW-2026-01858）。請補充商家的名稱、網址或電話，方便我們聯絡商家。
>
> 陳靜
> 義烏市電子商務協會消費者維權服務站
> 電話：0579-85550188
''',
     quote_marker='於 2026年12月24日',
     kind='reply', lang='zh', case='YW-2026-01858', cname='黃志偉',
     rname='港貨直送小舖', rurls=['https://ganghuo-zhisong.taobao.com'],
     must=['電話佢冇俾我'], mustnot=['奶粉包裝破損問題已登記'],
     notes='Gmail traditional-Chinese consumer reply supplying the shop name and URL (URL ends at the full-width comma); romanised From name, Chinese signature name wins'),

# 35 ------------------------------------------------------------------
dict(id='35', client='qq', name='小土豆', addr='1507081234@qq.com',
     date='Mon, 28 Dec 2026 19:55:02 +0800',
     subject='取暖器用了一周就烧坏了',
     body='''买的小太阳取暖器用了一周就烧坏了，插座都熏黑了，差点着火。卖家电话 0579-8558 9012，打过去说过了七天不管。订单号 20261215338871，花了168元。我电话15067081234，希望你们管一管。''',
     kind='complaint', lang='zh', cph=['+8615067081234'], rph=['+8657985589012'],
     onum='20261215338871', amt='168.00', cur='CNY',
     must=['插座都熏黑了', '说过了七天不管'],
     notes='QQ Mail, short; nickname From, no name; merchant known only by its phone'),

# 36 ------------------------------------------------------------------
dict(id='36', client='android', name='Usman Tariq', addr='usman.tariq.lhr@gmail.com', ua='K-9 Mail for Android',
     date='Mon, 28 Dec 2026 14:27:39 +0500',
     subject='Sourcing agent took my money',
     body='''Dear sir

I paid a sourcing agent in Yiwu, Leo Chen, to buy and ship kitchen items for me. I found him in a Facebook group for importers, he has no company or website. I sent him USD 2,300 by Western Union (MTCN 8273645019) on 2 December. He sent me fake purchase receipts and now his WhatsApp +86 188 5798 3307 is blocked.

Please help me, this is all my savings for the shop.

Usman Tariq
Lahore, Pakistan
+92 300 5550173
''',
     kind='complaint', lang='en', cname='Usman Tariq', cph=['+923005550173'],
     rname='Leo Chen', rph=['+8618857983307'], amt='2300.00', cur='USD',
     must=['fake purchase receipts', 'this is all my savings'],
     notes='Android 8bit; the seller is a person (sourcing agent) with no company; Western Union MTCN is not a phone or order number'),

# 37 ------------------------------------------------------------------
dict(id='37', client='gmail', name='Elif Yılmaz', addr='elif.yilmaz.ist@gmail.com',
     date='Tue, 29 Dec 2026 10:48:12 +0300',
     subject='Toptan alışverişte iade hakkı hakkında soru',
     body='''Merhaba,

İstanbul'da küçük bir aksesuar mağazam var ve Yiwu'dan toptan takı almayı düşünüyorum. Yiwu Bestday Jewelry adlı bir firma ile görüşüyorum (https://bestdayjewelry.1688.com).

Sormak istediğim şunlar:
1. Toptan siparişlerde ayıplı ürün çıkarsa iade hakkım var mı?
2. Bu firma hakkında size daha önce şikâyet geldi mi?

Teşekkürler,
Elif Yılmaz
+90 532 555 01 47
''',
     kind='inquiry', lang='en', cname='Elif Yılmaz', cph=['+905325550147'],
     rname='Yiwu Bestday Jewelry', rurls=['https://bestdayjewelry.1688.com'],
     must=['ayıplı ürün çıkarsa iade hakkım var mı'],
     notes="Turkish (labelled en), Gmail QP; inquiry about return rights and a named company; URL in parentheses"),

# 38 ------------------------------------------------------------------
dict(id='38', client='163', name='卢建华', addr='lujianhua_yw@163.com',
     date='Tue, 29 Dec 2026 16:22:45 +0800',
     subject='咨询预售定金不退的问题',
     body='''您好：
想咨询一下，现在很多网店搞年货预售，页面写着“定金不退”。如果商家到时间发不了货，定金是不是也不退？消费者可以要求双倍返还吗？
我暂时还没下单，先了解一下规定。

卢建华
联系电话：0579-85201234''',
     kind='inquiry', lang='zh', cname='卢建华', cph=['+8657985201234'],
     must=['定金是不是也不退', '可以要求双倍返还吗'],
     notes='163 GBK; legal inquiry with the writer\'s own Yiwu landline'),

# 39 ------------------------------------------------------------------
dict(id='39', client='plain', name='Mail Delivery System', addr='MAILER-DAEMON@mx1.yweca.org.example',
     message_id='20261230013204.6A2F81E0B7@mx1.yweca.org.example',
     date='Wed, 30 Dec 2026 09:32:04 +0800',
     subject='Undelivered Mail Returned to Sender',
     body='550 Mailbox not found. (in reply to RCPT TO command)\nSubject: [YW-2026-01867] (returned message)',
     kind='bounce', lang='en', case='YW-2026-01867',
     must=['Mailbox not found', 'in reply to RCPT TO command'],
     notes='Postfix multipart/report bounce of a staff message to a QQ address; the case reference is only in the returned message; the returned message/rfc822 has no file name and is not an attachment'),

# 40 ------------------------------------------------------------------
dict(id='40', client='outlook', name='Marcus Webb', addr='marcus.webb@outlook.com',
     date='Wed, 30 Dec 2026 08:05:27 -0600',
     subject='RE: [YW-2026-01839] Update on your complaint',
     body='''Hello Mr. Wang,

Thanks for your help with this. Hengda has now refunded US$995 for the wrong cases, I received it yesterday. For the record my order was HD-261104-07 and I had paid US$2,715.00 in total.

I'm happy with this, you can close the case.

Best,
Marcus Webb

________________________________
From: 王海波 <wanghaibo@yweca.org.example>
Sent: Monday, December 28, 2026 3:20 PM
To: Marcus Webb <marcus.webb@outlook.com>
Subject: [YW-2026-01839] Update on your complaint

Dear Mr. Webb,

Yiwu Hengda Trading Co., Ltd. has agreed to refund US$995 for the 1,100 wrong phone cases. Please confirm when you receive the money.

Wang Haibo
Yiwu E-Commerce Association Consumer Rights Service Station
Tel: +86 579 8555 0188
''',
     quote_marker='________________________________',
     kind='reply', lang='en', case='YW-2026-01839', cname='Marcus Webb', rname='Hengda',
     onum='HD-261104-07', amt='2715.00', cur='USD',
     must=['you can close the case', 'I received it yesterday'],
     mustnot=['has agreed to refund US$995'],
     notes='Outlook consumer reply closing a case (RE:, underscore-line quote header); the text names the merchant only as "Hengda"; amount is what was paid, not the refund; writes from a second mailbox'),
]


# --- the bounce needs a multipart/report, which blindgen cannot build ---
def _bounce(m):
    import base64
    CR = '\r\n'
    mid = m['message_id']
    m['_mid'] = mid
    bnd = '6A2F81E0B7.1798594324/mx1.yweca.org.example'
    inner_body = ('黄女士您好：\n\n您投诉的“义乌市佳美工艺品有限公司”相框破损一事（编号YW-2026-01867），商家同意补发10个相框，'
                  '请回复确认您的收货地址。\n\n楼晓燕\n义乌市电子商务协会消费者维权服务站\n电话：0579-85550188\n').replace('\n', '\r\n')
    b = base64.b64encode(inner_body.encode('utf-8')).decode()
    inner_b64 = CR.join(b[i:i + 76] for i in range(0, len(b), 76))
    subj_words = blindgen.enc_word('商家同意补发，请确认收货地址', 'UTF-8')
    lines = [
        'Return-Path: <>',
        'Received: by mx1.yweca.org.example (Postfix)',
        '\tid 6A2F81E0B7; Wed, 30 Dec 2026 09:32:04 +0800 (CST)',
        'Date: Wed, 30 Dec 2026 09:32:04 +0800 (CST)',
        'From: Mail Delivery System <MAILER-DAEMON@mx1.yweca.org.example>',
        'Subject: Undelivered Mail Returned to Sender',
        'To: louxiaoyan@yweca.org.example',
        'Auto-Submitted: auto-replied',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status;',
        '\tboundary="%s"' % bnd,
        'Content-Transfer-Encoding: 7bit',
        'Message-Id: <%s>' % mid,
        '',
        'This is a MIME-encapsulated message.',
        '',
        '--' + bnd,
        'Content-Description: Notification',
        'Content-Type: text/plain; charset=us-ascii',
        '',
        'This is the mail system at host mx1.yweca.org.example.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients. It\'s attached below.',
        '',
        'For further assistance, please send mail to postmaster.',
        '',
        'If you do so, please include this problem report. You can',
        'delete your own text from the attached returned message.',
        '',
        '                   The mail system',
        '',
        '<2716590384@qq.com>: host mx3.qq.com[203.0.113.71] said: 550 Mailbox not found.',
        '    http://service.mail.qq.com/detail/0/92. (in reply to RCPT TO command)',
        '',
        '--' + bnd,
        'Content-Description: Delivery report',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx1.yweca.org.example',
        'X-Postfix-Queue-ID: 6A2F81E0B7',
        'X-Postfix-Sender: rfc822; louxiaoyan@yweca.org.example',
        'Arrival-Date: Wed, 30 Dec 2026 09:32:01 +0800 (CST)',
        '',
        'Final-Recipient: rfc822; 2716590384@qq.com',
        'Original-Recipient: rfc822;2716590384@qq.com',
        'Action: failed',
        'Status: 5.0.0',
        'Remote-MTA: dns; mx3.qq.com',
        'Diagnostic-Code: smtp; 550 Mailbox not found.',
        '    http://service.mail.qq.com/detail/0/92.',
        '',
        '--' + bnd,
        'Content-Description: Undelivered Message',
        'Content-Type: message/rfc822',
        '',
        'Return-Path: <louxiaoyan@yweca.org.example>',
        'Received: from [10.8.0.57] (unknown [10.8.0.57])',
        '\tby mx1.yweca.org.example (Postfix) with ESMTPSA id 6A2F81E0B7',
        '\tfor <2716590384@qq.com>; Wed, 30 Dec 2026 09:32:01 +0800 (CST)',
        'Message-ID: <5b1e7c3a-2d94-4f60-a8c1-9e3f7d2b6a14@yweca.org.example>',
        'Date: Wed, 30 Dec 2026 09:32:01 +0800',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Subject: [YW-2026-01867] ' + subj_words,
        'To: 2716590384@qq.com',
        'From: =?UTF-8?B?5qW85pmT54eV?= <louxiaoyan@yweca.org.example>',
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        'Content-Transfer-Encoding: base64',
        '',
        inner_b64,
        '',
        '--' + bnd + '--',
        '',
    ]
    return CR.join(lines)

_orig_build = blindgen.build
def _build(m):
    if m['kind'] == 'bounce':
        return _bounce(m)
    return _orig_build(m)
blindgen.build = _build

if __name__ == '__main__':
    blindgen.run(ROUND, HERE, MAILS)
