import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
ROUND = 'fresh9g'


def B(s):
    return s.strip('\n')


MAILS = [
# ---------------------------------------------------------------- 01
dict(id='01', client='qq', name='一只小胖猫', addr='2837465911@qq.com',
     date='Thu, 3 Dec 2026 09:12:37 +0800',
     subject='淘宝买的蚕丝被是假的，商家拒绝退货',
     body=B('''
服务站的工作人员您好：

我11月20日在淘宝“暖居生活馆”买了一床蚕丝被，商品详情页写的是100%桑蚕丝，收到后拆开拉链一看，里面是白色的化纤棉，根本不是蚕丝。我联系客服要求退货，客服说我是自己调包了，拒绝退货，后来干脆不回消息了。

店铺链接：https://nuanju-life.taobao.com
订单号：3861205573321908466
实付款：¥689.00

拆开的照片在附件里。希望服务站帮忙处理，我要求退货退款。

联系人：周静
电话：135 8692 4407
'''),
     kind='complaint', lang='zh',
     cname='周静', cph=['+8613586924407'],
     rname='暖居生活馆', rurls=['https://nuanju-life.taobao.com'],
     onum='3861205573321908466', amt='689.00', cur='CNY',
     att=[dict(filename='被芯照片.jpg', content_type='image/jpeg', cs='gb18030')],
     must=['化纤棉', '拒绝退货'],
     notes='QQ Mail; nickname From, labelled 联系人; quoted Taobao shop name; phone with spaces; JPEG with GB18030 RFC 2047 name'),
# ---------------------------------------------------------------- 02
dict(id='02', client='gmail', name='Chinedu Okafor', addr='chinedu.okafor84@gmail.com',
     date='Thu, 3 Dec 2026 15:40:12 +0100',
     subject='Complaint against Yiwu Hongxing Trading Co., Ltd - deposit paid, no goods',
     body=B('''
Dear Sir/Madam,

My name is Chinedu Okafor, I am an importer based in Lagos, Nigeria. I am writing to complain about Yiwu Hongxing Trading Co., Ltd.

On 9 October 2026 I placed an order with them for 300 cartons of plastic kitchenware (Order No.: HX261009-07). The total order value was USD 15,000 and I paid the 30% deposit of USD 4,500 by T/T on 12 October. They promised delivery within 35 days. Since mid-November their sales manager (Lucy) has stopped answering my calls and messages.

Seller details as on their invoice:
Yiwu Hongxing Trading Co., Ltd.
Room 1502, Building 3, Chouzhou Commercial Plaza, Yiwu, Zhejiang
WhatsApp (Lucy): +86 158 5790 3312

Please help me to either get the goods shipped or get my deposit back.

Best regards,
Chinedu Okafor
Director, Okafor & Sons Enterprises Ltd
23 Balogun Street, Lagos Island, Lagos, Nigeria
Tel: +234 803 555 0147
Email: purchasing@okafor-sons.example
'''),
     kind='complaint', lang='en',
     cname='Chinedu Okafor', cph=['+2348035550147'], cem=['purchasing@okafor-sons.example'],
     cadr='23 Balogun Street, Lagos Island, Lagos, Nigeria',
     rname='Yiwu Hongxing Trading Co., Ltd.', rph=['+8615857903312'],
     radr='Room 1502, Building 3, Chouzhou Commercial Plaza, Yiwu, Zhejiang',
     onum='HX261009-07', amt='4500.00', cur='USD',
     must=['paid the 30% deposit'],
     notes='Gmail QP; amount paid is the deposit, not the order value; own company in signature is not the respondent; seller WhatsApp; signature e-mail counts'),
# ---------------------------------------------------------------- 03
dict(id='03', client='163', name='赵磊', addr='zhaolei_1987@163.com',
     date='Thu, 3 Dec 2026 20:05:44 +0800 (CST)',
     subject='投诉商贸城二区箱包商铺拉杆箱质量问题',
     body=B('''
您好！

本人赵磊，在湖南长沙做箱包零售。上个月（11月6日）我在义乌国际商贸城二区一家叫“佳乐箱包”的商铺批发了200个20寸拉杆箱，每个93元，货款共计人民币18,600元，当天用银行转账付清。

货到长沙后我们抽检，发现将近一半拉杆箱的拉杆卡住拉不出来，轮子也有开裂的。我打电话给老板，老板一开始说可以换，后来又说是运输途中摔坏的，不肯负责。

商铺位置：国际商贸城二区H1门12街23516号
老板手机：139-5793-6628

我们没有订单号，只有手写的送货单。请服务站帮忙协调退换货。

我的电话：18867204531

赵磊
'''),
     kind='complaint', lang='zh',
     cname='赵磊', cph=['+8618867204531'],
     rname='佳乐箱包', rph=['+8613957936628'], radr='国际商贸城二区H1门12街23516号',
     amt='18600.00', cur='CNY',
     must=['拉杆卡住'],
     notes='163 GBK; market (国际商贸城) is not the merchant, booth location is its address; unit price vs total paid; no order number'),
# ---------------------------------------------------------------- 04
dict(id='04', client='foxmail', name='陈晓雯', addr='chenxw@chenguang-trade.example',
     date='Fri, 4 Dec 2026 10:22:08 +0800',
     subject='咨询：1688批发订单能否七天无理由退货',
     body=B('''
您好，

想咨询一下：我们公司经常在1688上批发采购样品和小批量货物，请问这种批发订单是否也适用七天无理由退货？有些商家在详情页写“批发商品不退不换”，这种说法有效吗？

另外，如果是按我们要求印了logo的定制款，质量有问题的话还能退吗？

谢谢！

陈晓雯
采购部
义乌市晨光进出口有限公司
电话：0579-85526310
地址：义乌市稠江街道杨村路88号
'''),
     kind='inquiry', lang='zh',
     cname='陈晓雯', cph=['+8657985526310'], cadr='义乌市稠江街道杨村路88号',
     must=['七天无理由退货'],
     notes='Foxmail GB2312 from a company domain; inquiry; the writer\'s own company, landline and address in the signature are the complainant\'s, not a respondent'),
# ---------------------------------------------------------------- 05
dict(id='05', client='mailru', name='Ольга Смирнова', addr='olga.smirnova77@mail.ru',
     date='Fri, 04 Dec 2026 11:47:31 +0300',
     subject='Жалоба на поставщика Yiwu Xinyuan Toys Co., Ltd.',
     body=B('''
Здравствуйте!

Меня зовут Ольга Смирнова, я занимаюсь оптовой продажей игрушек в Москве. В октябре я заказала у компании Yiwu Xinyuan Toys Co., Ltd. 500 мягких игрушек (номер заказа: XY-26-1145) и оплатила 2 350 USD банковским переводом.

Товар пришёл 25 ноября, но вместо заказанных медведей 30 см прислали игрушки 20 см, у многих плохо пришиты глаза. Менеджер Анна (WeChat и телефон: +86 136 5679 0182) сначала обещала компенсацию, а теперь не отвечает.

Прошу помочь вернуть деньги или получить компенсацию.

С уважением,
Ольга Смирнова
Тел.: +7 916 555-21-47
olga.smirnova77@mail.ru
'''),
     kind='complaint', lang='en',
     cname='Ольга Смирнова', cph=['+79165552147'], cem=['olga.smirnova77@mail.ru'],
     rname='Yiwu Xinyuan Toys Co., Ltd.', rph=['+8613656790182'],
     onum='XY-26-1145', amt='2350.00', cur='USD',
     must=['мягких игрушек'],
     notes='Mail.ru UTF-8 base64, Russian (language en: the spec has only zh/en); номер заказа; amount with space thousands separator; e-mail in signature'),
# ---------------------------------------------------------------- 06
dict(id='06', client='iphone', name='刘佳', addr='liujia0923@icloud.com',
     date='Fri, 4 Dec 2026 16:30:02 +0800',
     subject='抖音买到假羽绒服',
     body=B('''
你好，我在抖音直播间买的羽绒服，主播说是90白鸭绒，收到后剪开一个小口全是飞丝和碎毛，明显是假货。申请退款被商家拒绝了，平台客服也一直拖着。
订单号 5012874496210337
付了399元
电话15906791253

发自我的iPhone
'''),
     kind='complaint', lang='zh',
     cname='刘佳', cph=['+8615906791253'],
     onum='5012874496210337', amt='399.00', cur='CNY',
     must=['90白鸭绒'],
     notes='iPhone UTF-8 base64 single part; short; merchant not named (platform only); name only from From display name'),
# ---------------------------------------------------------------- 07
dict(id='07', client='126', name='王芳', addr='wangfang_sx@126.com',
     date='Sat, 5 Dec 2026 09:03:19 +0800 (CST)',
     subject='拼多多商家发货后物流不动，商家和快递互相推诿',
     body=B('''
你好，

我11月25日在拼多多店铺“义乌市品尚饰品商行”买了一套耳环项链，付款86.5元。商家27号发的圆通快递，运单号YT7512038846621，到现在物流信息一直停在“义乌转运中心”，快十天没动了。

我找商家，商家让我找快递；打圆通客服，客服说要商家去申请查件。两边互相推，谁都不管。

订单编号：261125-415902837461092

我叫王芳，手机0086 13758214690。麻烦你们帮忙看看。
'''),
     kind='complaint', lang='zh',
     cname='王芳', cph=['+8613758214690'],
     rname='义乌市品尚饰品商行',
     onum='261125-415902837461092', amt='86.50', cur='CNY',
     must=['互相推'],
     notes='126 GBK; courier and waybill number are not the merchant/order; 商行 name; 0086 prefix; no merchant contact'),
# ---------------------------------------------------------------- 08
dict(id='08', client='outlook', name='Jessica Moore', addr='jess.moore@outlook.com',
     date='Sat, 5 Dec 2026 02:20:45 -0600',
     subject='Website took my money and sent wrong items',
     body=B('''
Hello,

I ordered 40 LED balloon sets for my daughter's school event from this website: https://www.yiwu-partysupply.example/products/led-balloon-set

Order #10482, I paid US$ 1,275.00 through PayPal on November 12 (PayPal transaction ID 8TK45391AB226704X). What arrived on Dec 1 were 40 packs of plain latex balloons without any LEDs. I have emailed their support four times and got only one reply saying "we will check". The site lists no phone number.

Can you help me get a refund? The seller says they are based in Yiwu.

Shipping address: 4410 Burnet Rd, Austin, TX 78756, USA
Phone: +1 (512) 555-0187

Thank you,
Jessica Moore
'''),
     kind='complaint', lang='en',
     cname='Jessica Moore', cph=['+15125550187'], cadr='4410 Burnet Rd, Austin, TX 78756, USA',
     rurls=['https://www.yiwu-partysupply.example/products/led-balloon-set'],
     onum='10482', amt='1275.00', cur='USD',
     must=['plain latex balloons'],
     notes='Outlook.com QP; merchant known only by URL (name empty); PayPal transaction ID is not an order number; shipping address'),
# ---------------------------------------------------------------- 09
dict(id='09', client='android', name='李建华', addr='lijianhua1972@sina.com',
     date='Sat, 5 Dec 2026 21:48:10 +0800',
     subject='电动车电池质量问题投诉',
     body=B('''
你好，我是李建华的爱人，我叫孙丽，用我老公的邮箱发的。

10月份我们在义乌市稠城街道工人北路312号的“金力电动车行”换了一组电动车电池，老板说是新电池，保一年，一共1680元，现金付的。结果用了一个月就充不进电，跑不到十公里。拿回去找老板，老板说是我们充电方法不对，不给换也不给修。

老板手机 13867912045
我的电话 15157983320

希望你们帮我们讨个说法。
'''),
     kind='complaint', lang='zh',
     cname='孙丽', cph=['+8615157983320'],
     rname='金力电动车行', rph=['+8613867912045'], radr='义乌市稠城街道工人北路312号',
     amt='1680.00', cur='CNY',
     must=['充不进电'],
     notes='Android UTF-8 8bit; written from the husband\'s mailbox, text name wins; offline shop with street address; 车行 name'),
# ---------------------------------------------------------------- 10
dict(id='10', client='outlook1252', name='Claire Dubois', addr='claire.dubois@orange.fr',
     date='Sun, 6 Dec 2026 10:15:33 +0100', lang_hdr='fr-fr',
     subject='Réclamation – commande de porte-clés non conforme',
     body=B('''
Bonjour,

Je m’appelle Claire Dubois et je tiens une boutique de souvenirs à Lyon. J’ai commandé 2 000 porte-clés personnalisés auprès de Yiwu Jinyu Crafts Factory (commande n° JY20261021-3) et j’ai payé 1 860,00 € par virement le 23 octobre.

À la réception, le logo est mal imprimé sur presque toutes les pièces et les couleurs ne correspondent pas au BAT validé (voir le PDF joint). Le fournisseur refuse de refaire la production et propose seulement un avoir de 200 €.

Contact du fournisseur : Mme Wang, tél. : +86 189 5791 2376

Merci de bien vouloir m’aider.

Cordialement,
Claire Dubois
12 rue des Lilas, 69003 Lyon, France
Tél. : +33 6 12 48 57 90
'''),
     kind='complaint', lang='en',
     cname='Claire Dubois', cph=['+33612485790'], cadr='12 rue des Lilas, 69003 Lyon, France',
     rname='Yiwu Jinyu Crafts Factory', rph=['+8618957912376'],
     onum='JY20261021-3', amt='1860.00', cur='EUR',
     att=[dict(filename='BAT_valide_logo.pdf', content_type='application/pdf', style='plain')],
     must=['mal imprimé'],
     notes='Outlook windows-1252 QP, French (language en: spec has only zh/en); commande n°; 1 860,00 € paid vs 200 € offered; Factory name'),
# ---------------------------------------------------------------- 11
dict(id='11', client='qq', name='鹿妈', addr='1376602934@qq.com',
     date='Sun, 6 Dec 2026 14:33:50 +0800',
     subject='儿童保温杯漏水，店家不处理',
     body=B('''
你好，我在淘宝店“小鹿家”给孩子买的儿童保温杯，用了一个礼拜杯盖就开始漏水，孩子书包里的书全湿了。找店家，店家说超过七天了，让我自己找厂家。
订单号：4127739920056718543
实付58元
我的手机号 199 5796 1023
麻烦帮忙处理一下，谢谢。
'''),
     kind='complaint', lang='zh',
     cph=['+8619957961023'],
     rname='小鹿家',
     onum='4127739920056718543', amt='58.00', cur='CNY',
     must=['杯盖就开始漏水'],
     notes='QQ Mail; nickname only (no complainant name); shop name without any business word; no merchant contact'),
# ---------------------------------------------------------------- 12
dict(id='12', client='gmail', name='Rahul Mehta', addr='rahul.mehta.imports@gmail.com',
     date='Sun, 6 Dec 2026 16:32:05 +0530',
     subject='Is Yiwu Baicheng Trading a genuine company?',
     body=B('''
Hello,

I run a small gift shop in Mumbai and I am planning my first order from Yiwu. A supplier called Yiwu Baicheng Trading has offered me good prices for artificial flowers, but they ask for 100% payment in advance to a personal bank account, not a company account.

Their website is https://baicheng-trading.example and their office phone is +86 579 8521 7740.

Could you please tell me whether this company is registered and whether there have been complaints about them? Also, is it normal in Yiwu to pay into a personal account?

Thanks and regards,
Rahul Mehta
Mehta Gift House, Mumbai
+91 98201 55632
'''),
     kind='inquiry', lang='en',
     cname='Rahul Mehta', cph=['+919820155632'],
     rname='Yiwu Baicheng Trading', rurls=['https://baicheng-trading.example'], rph=['+8657985217740'],
     must=['personal bank account'],
     notes='Gmail; inquiry (is this supplier legitimate) with merchant details; landline written +86 579 ...; Trading name without Co.'),
# ---------------------------------------------------------------- 13
dict(id='13', client='163', name='黄志强', addr='hzq_shop@163.com',
     date='Mon, 7 Dec 2026 08:45:21 +0800 (CST)',
     subject='Re:关于您投诉的材料补充',
     body=B('''
您好，

按你们的要求补充一下：
店名：义乌市欧达日用品有限公司（1688上买的）
订单号：3395021876643310712
商家电话：0579-85647712

截图之前已经发过了，如果还需要别的材料请告诉我。

黄志强

在 2026-12-04 16:20:11，"义乌电商协会消费维权服务站" <tousu@yweca.org.example> 写道：
>黄先生您好：
>
>您的投诉已登记，案件编号：YW-2026-01318。
>为便于我们联系商家，请补充订单号和商家的联系方式。
>
>义乌市电子商务协会消费维权服务站
>电话：0579-85200315
'''),
     quote_marker='在 2026-12-04 16:20:11',
     kind='reply', lang='zh', case='YW-2026-01318',
     cname='黄志强',
     rname='义乌市欧达日用品有限公司', rph=['+8657985647712'],
     onum='3395021876643310712',
     must=['按你们的要求补充一下'], mustnot=['请补充订单号和商家的联系方式'],
     notes='163 consumer reply; case reference only in the quoted history (在…写道： with > lines); supplies merchant, order and phone; station phone only in quote'),
# ---------------------------------------------------------------- 14
dict(id='14', client='gmail', name='Chan Ka Yan', addr='kayan.chan@gmail.com',
     date='Mon, 7 Dec 2026 11:20:36 +0800',
     subject='投訴義烏五金店舖貨不對辦',
     body=B('''
你好，

本人陳嘉欣，香港居民。上月去義烏旅行，喺篁園市場附近一間叫「宏達五金」嘅店舖訂咗一批不鏽鋼廚房掛架，一共付咗HK$3,200（微信支付），講好兩星期內寄到香港。

貨今日先到，打開發現全部都係普通鐵，唔係不鏽鋼，有幾個已經生鏽。我打電話畀店主，佢話貨已經出咗唔關佢事。

店主電話：0579-85236617
我嘅電話：+852 6123 4587

希望你哋可以幫手跟進，多謝！

陳嘉欣
'''),
     kind='complaint', lang='zh',
     cname='陳嘉欣', cph=['+85261234587'],
     rname='宏達五金', rph=['+8657985236617'],
     amt='3200.00', cur='HKD',
     must=['唔係不鏽鋼'],
     notes='Gmail UTF-8, Traditional Chinese / Cantonese from Hong Kong; 「」 quotes stripped; HK$; text name wins over romanised From name; market named is not the merchant'),
# ---------------------------------------------------------------- 15
dict(id='15', client='gmail', name='Mohammed Al Hammadi', addr='m.alhammadi.trading@gmail.com',
     date='Mon, 7 Dec 2026 15:55:02 +0400',
     subject='شكوى ضد شركة Yiwu Golden Star Trading Co., Ltd.',
     body=B('''
السلام عليكم ورحمة الله،

أنا محمد الحمادي، تاجر من دبي. طلبت من شركة Yiwu Golden Star Trading Co., Ltd. كمية 1200 قطعة من الأواني المنزلية، رقم الطلب: GS-88214، ودفعت المبلغ كاملاً USD 7,800 بتحويل بنكي في 2 نوفمبر.

وصلت البضاعة إلى ميناء جبل علي، لكن 40% من الكراتين فيها بضاعة مختلفة عن العينة المعتمدة. تواصلت مع المورد (السيد تشانغ، واتساب: +86 137 5799 6641) فوعد بالتعويض ثم توقف عن الرد.

أرجو مساعدتي في استرجاع حقي.

مع الشكر،
محمد الحمادي
هاتف: +971 50 412 3376
'''),
     kind='complaint', lang='en',
     cname='محمد الحمادي', cph=['+971504123376'],
     rname='Yiwu Golden Star Trading Co., Ltd.', rph=['+8613757996641'],
     onum='GS-88214', amt='7800.00', cur='USD',
     must=['ميناء جبل علي'],
     notes='Gmail QP, Arabic (language en: spec has only zh/en); English company name inside Arabic text; رقم الطلب = order number; seller WhatsApp'),
# ---------------------------------------------------------------- 16
dict(id='16', client='qq', name='吴海燕', addr='wuhaiyan_0520@qq.com',
     date='Tue, 8 Dec 2026 09:30:15 +0800',
     subject='转发：关于订单HS20261118-062的回复',
     body=B('''
服务站你好，下面是商家给我的回复邮件，请你们看一下。我订的收纳盒有一大半盖子合不上，商家却说是正常公差，只同意退20%的货款，我不能接受，要求全部退货。

我叫吴海燕，电话137 3579 0824。

------------------ 原始邮件 ------------------
发件人: "恒升塑料销售部"<sales@hengsheng-plastic.example>;
发送时间: 2026年12月7日(星期一) 下午5:12
收件人: "wuhaiyan_0520"<wuhaiyan_0520@qq.com>;
主题: 关于订单HS20261118-062的回复

吴女士您好：

您反映的收纳盒（订单号：HS20261118-062，货款¥4,560.00）盖子偏紧的问题，经我厂质检确认属于正常公差范围，不属于质量问题。考虑到长期合作，我厂可以补偿货款的20%，即¥912.00，请您知悉。

义乌市恒升塑料制品厂
地址：义乌市佛堂镇工业园区朝阳路8号
电话：0579-85901234
'''),
     kind='complaint', lang='zh',
     cname='吴海燕', cph=['+8613735790824'],
     rname='义乌市恒升塑料制品厂', rph=['+8657985901234'], radr='义乌市佛堂镇工业园区朝阳路8号',
     onum='HS20261118-062', amt='4560.00', cur='CNY',
     must=['要求全部退货', '经我厂质检确认'],
     notes='QQ Mail forward (转发：, 原始邮件 block): forwarded merchant mail counts; amount paid vs ¥912 offered; addresses in forwarded header lines are not complainant e-mails'),
# ---------------------------------------------------------------- 17
dict(id='17', client='yahoo', name='Grace Wanjiru', addr='gracewanjiru@yahoo.com',
     date='Tue, 8 Dec 2026 08:10:27 +0300',
     subject='Complaint: hair extensions not as ordered',
     body=B('''
Good morning,

I'm Grace Wanjiru, I own a salon in Nairobi, Kenya. In October I visited Yiwu International Trade City and ordered 150 packs of human hair extensions from a shop called Lucky Star Hair. Shop address: Booth 32145, 2nd Floor, District 4, Yiwu International Trade City.

I paid USD 2,150 in cash at the shop. The goods were supposed to be human hair, but what I received through my cargo agent is synthetic fibre (it melts when I test with a lighter). The shop owner (Ms. Zhou) now blocks me on WeChat.

My phone is 0722 555 018 (Kenya), WhatsApp same number.

Please assist.
Grace Wanjiru
'''),
     kind='complaint', lang='en',
     cname='Grace Wanjiru', cph=['+254722555018'],
     rname='Lucky Star Hair', radr='Booth 32145, 2nd Floor, District 4, Yiwu International Trade City',
     amt='2150.00', cur='USD',
     must=['synthetic fibre'],
     notes='Yahoo QP; Kenyan local number with the country named (+254); booth address in the market; shop name without business word'),
# ---------------------------------------------------------------- 18
dict(id='18', client='foxmail', name='林晓', addr='linxiao_jh@foxmail.com',
     date='Tue, 8 Dec 2026 17:42:30 +0800',
     subject='请问服务站受理拼多多和抖音上的投诉吗',
     body=B('''
您好，

我叫林晓，在金华上班。想问一下，你们服务站是只受理义乌本地商家的投诉，还是拼多多、抖音这些平台上的外地商家也可以投诉？投诉需要准备哪些材料？是否收费？

方便的话可以打我电话 158-2579-0413，谢谢。
'''),
     kind='inquiry', lang='zh',
     cname='林晓', cph=['+8615825790413'],
     must=['投诉需要准备哪些材料'],
     notes='Foxmail; inquiry about what the station covers; platforms mentioned are not respondents'),
# ---------------------------------------------------------------- 19
dict(id='19', client='qq', name='蒋丽娟', addr='2615098347@qq.com',
     date='Wed, 9 Dec 2026 09:05:48 +0800',
     subject='定制包装盒颜色印错，印刷厂拒绝重做',
     body=B('''
您好：

我们是杭州的一家烘焙店，10月底在义乌市美佳印刷有限公司定制了5000个蛋糕包装盒，要求印潘通色号的浅粉色，打样确认过。付款人民币叁仟伍佰元整。

12月3日收到货，颜色印成了深玫红，和确认的样品完全不一样，附件是样品和大货的对比照片，还有当时签的确认单。联系他们的何经理（13989473361），对方说色差在允许范围内，不同意重做。

请服务站帮忙协调重做或退款。

投诉人：蒋丽娟
联系电话：0571-87063215
收货地址：杭州市拱墅区莫干山路1188号
'''),
     kind='complaint', lang='zh',
     cname='蒋丽娟', cph=['+8657187063215'], cadr='杭州市拱墅区莫干山路1188号',
     rname='义乌市美佳印刷有限公司', rph=['+8613989473361'],
     amt='3500.00', cur='CNY',
     att=[dict(filename='样品.jpg', content_type='image/jpeg', cs='gb18030'),
          dict(filename='大货.jpg', content_type='image/jpeg', cs='gb18030'),
          dict(filename='打样确认单.pdf', content_type='application/pdf', cs='gb18030')],
     must=['深玫红'],
     notes='QQ Mail with three attachments; capital numerals 叁仟伍佰元整; merchant contact mobile in parentheses; Hangzhou landline for complainant'),
# ---------------------------------------------------------------- 20
dict(id='20', client='outlook1252', name='Thomas Becker', addr='thomas.becker@becker-haushalt.example',
     date='Wed, 9 Dec 2026 14:18:09 +0100', lang_hdr='de-de',
     subject='Beschwerde über Yiwu Meiya Household Products Co., Ltd.',
     body=B('''
Sehr geehrte Damen und Herren,

mein Name ist Thomas Becker, ich führe einen Haushaltswarenhandel in Stuttgart. Im November habe ich bei der Firma Yiwu Meiya Household Products Co., Ltd. 800 Aufbewahrungskörbe bestellt (Bestellnummer: MY-2611-0457) und 3.480,00 USD im Voraus überwiesen.

Die Ware sollte am 30. November verschifft werden. Bis heute ist nichts passiert, und die Verkäuferin, Frau Li (sales@meiya-household.example), antwortet seit zwei Wochen nicht mehr auf meine E-Mails.

Ich bitte Sie um Unterstützung, damit ich entweder die Ware oder mein Geld erhalte.

Mit freundlichen Grüßen
Thomas Becker
Becker Haushaltswaren GmbH
Königstraße 45, 70173 Stuttgart, Deutschland
Tel.: +49 711 5550 392
Mobil: +49 171 5550 3921
'''),
     kind='complaint', lang='en',
     cname='Thomas Becker', cph=['+497115550392', '+4917155503921'],
     cadr='Königstraße 45, 70173 Stuttgart, Deutschland',
     rname='Yiwu Meiya Household Products Co., Ltd.',
     onum='MY-2611-0457', amt='3480.00', cur='USD',
     must=['Aufbewahrungskörbe'],
     notes='Outlook windows-1252 QP, German (language en: spec has only zh/en); Bestellnummer; 3.480,00 decimal comma; seller known only by e-mail so respondent_contact is missing; own GmbH in signature'),
# ---------------------------------------------------------------- 21
dict(id='21', client='android', name='Imran Qureshi', addr='imranq.trader@gmail.com',
     date='Wed, 9 Dec 2026 20:33:12 +0800', ua='Android Gmail 2026.11',
     subject='Bluetooth earphones from Binwang market not working',
     body=B('''
Hello sir,

I am Imran from Karachi, staying in Yiwu now for business. On 2 Dec I bought 100 pcs bluetooth earphones from shop "AJ Digital" in Binwang Market, paid 2600 RMB cash. Today I tested them in my hotel, more than 30 pcs cannot connect or charge. Shop boy says no exchange after leaving shop.

Please help. My China number 186 5798 2214.

Imran Qureshi
'''),
     kind='complaint', lang='en',
     cname='Imran Qureshi', cph=['+8618657982214'],
     rname='AJ Digital',
     amt='2600.00', cur='CNY',
     must=['cannot connect or charge'],
     notes='Android 8bit plain text; foreign buyer with a Chinese mobile; RMB after the number; market is not the merchant; no merchant contact'),
# ---------------------------------------------------------------- 22
dict(id='22', client='gmail', name='Martín Rodríguez', addr='martin.rodriguez.cl@gmail.com',
     date='Thu, 10 Dec 2026 08:50:40 -0300',
     subject='Reclamo por pedido de ropa defectuosa - Yiwu Lanxi Garment',
     body=B('''
Hola, buenos días:

Soy Martín Rodríguez, importador de Santiago de Chile. Compré 1.200 poleras al proveedor Yiwu Lanxi Garment Co., Ltd. a través de Alibaba.com (https://lanxigarment.en.alibaba.com). Pedido n.º 2208451196503862, pagué USD 5.640,00 con Trade Assurance el 15 de octubre.

Al recibir la mercadería, más de 400 poleras tienen costuras abiertas y las tallas no coinciden con la ficha técnica. El vendedor (Sra. Zhang, WhatsApp +86 152 6791 3380) ofrece solo un reembolso de USD 300. Adjunto el informe de inspección.

Les agradecería mucho su ayuda.

Saludos cordiales,
Martín Rodríguez
Tel. +56 9 8765 4321
'''),
     kind='complaint', lang='en',
     cname='Martín Rodríguez', cph=['+56987654321'],
     rname='Yiwu Lanxi Garment Co., Ltd.', rurls=['https://lanxigarment.en.alibaba.com'], rph=['+8615267913380'],
     onum='2208451196503862', amt='5640.00', cur='USD',
     att=[dict(filename='informe_inspección.pdf', content_type='application/pdf', style='rfc2231', ascii_name='informe_inspeccion.pdf')],
     must=['costuras abiertas'],
     notes='Gmail QP, Spanish (language en: spec has only zh/en); Pedido n.º; USD 5.640,00 paid vs USD 300 offered; URL in ASCII parentheses; RFC 2231 file name'),
# ---------------------------------------------------------------- 23
dict(id='23', client='outlook', name='Ahmed Farouk', addr='ahmed.farouk@nilestar-trading.example',
     date='Thu, 10 Dec 2026 11:30:55 +0200',
     subject='Complaint against freight forwarder - missing cartons',
     body=B('''
Dear Consumer Rights Service Station,

I am Ahmed Farouk from Cairo. In October I used a Yiwu freight forwarder, Yiwu Suda International Freight Forwarding Co., Ltd., to consolidate and ship goods from 6 different Yiwu suppliers to Alexandria. I paid them USD 3,150 for sea freight and customs clearance.

The container arrived last week (B/L No. YWSD2611208) but 27 of 180 cartons are missing. The forwarder's packing list shows 180 cartons loaded. Their office says the missing cartons are "the suppliers' problem" and refuses to compensate.

Forwarder office: 5F, No. 199 Xuefeng West Road, Yiwu
Tel: 0579-85371209

Kind regards,
Ahmed Farouk
Nile Star Trading Co.
Mobile: +20 100 555 7731
'''),
     kind='complaint', lang='en',
     cname='Ahmed Farouk', cph=['+201005557731'],
     rname='Yiwu Suda International Freight Forwarding Co., Ltd.', rph=['+8657985371209'],
     radr='5F, No. 199 Xuefeng West Road, Yiwu',
     amt='3150.00', cur='USD',
     must=['27 of 180 cartons are missing'],
     notes='Outlook desktop from a company domain; the respondent is a freight forwarder; B/L number is neither order nor phone; own company in signature'),
# ---------------------------------------------------------------- 24
dict(id='24', client='qq', name='小太阳', addr='839102746@qq.com',
     date='Thu, 10 Dec 2026 16:05:01 +0800',
     subject='自动回复: [YW-2026-01329] 关于您投诉的处理进展',
     body=B('''
这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。急事请拨打 13605791188。
'''),
     kind='auto_reply', lang='zh', case='YW-2026-01329',
     must=['假期自动回复'],
     notes='QQ Mail holiday auto-reply without Auto-Submitted headers; case reference in subject; phone in the notice belongs to nobody'),
# ---------------------------------------------------------------- 25
dict(id='25', client='foxmail', name='邵建平', addr='shaojp@foxmail.com',
     date='Fri, 11 Dec 2026 09:40:17 +0800',
     subject='天猫买的四件套严重掉色',
     body=B('''
您好，

11月28日我在天猫“诺亚家纺旗舰店”买了一套全棉四件套，实付1,299元。商品链接：https://detail.tmall.com/item.htm?id=712830465521

收到后第一次水洗就严重掉色，把白色的被子也染了。申请退货退款，商家只愿意补偿50元，不同意退货。

订单号：2896031157720481956
顺丰运单号：SF1420336981452

附件是掉色的照片。

邵建平
手机：13505797762
'''),
     kind='complaint', lang='zh',
     cname='邵建平', cph=['+8613505797762'],
     rname='诺亚家纺旗舰店', rurls=['https://detail.tmall.com/item.htm?id=712830465521'],
     onum='2896031157720481956', amt='1299.00', cur='CNY',
     att=[dict(filename='掉色照片.jpg', content_type='image/jpeg', cs='GB2312')],
     must=['严重掉色'],
     notes='Foxmail GB2312; platform name stripped from 天猫“…旗舰店”; product URL with query; waybill number is not the order; paid vs 50元 offered'),
# ---------------------------------------------------------------- 26
dict(id='26', client='gmail', name='Daniel Evans', addr='dan.evans.uk@gmail.com',
     date='Fri, 11 Dec 2026 13:15:30 +0000',
     subject='Re: [YW-2026-01351] Your complaint about order 7731 - merchant contacted',
     body=B('''
Hi,

Good news: the seller refunded me USD 320 yesterday, it's in my PayPal now. You can close my case.

Many thanks for your help,
Daniel Evans

On Wed, Dec 9, 2026 at 10:02 AM 义乌电商协会消费维权服务站 <tousu@yweca.org.example> wrote:
> Dear Mr. Evans,
>
> We have contacted Yiwu Starlight Lighting Co., Ltd. about your order 7731
> (USD 640.00). The merchant has agreed to refund half of the amount.
> Please let us know when you receive it.
>
> Yiwu E-Commerce Association Consumer Rights Service Station
> Tel: +86 579 8520 0315
'''),
     quote_marker='On Wed, Dec 9, 2026',
     kind='reply', lang='en', case='YW-2026-01351',
     cname='Daniel Evans',
     must=['refunded me USD 320'], mustnot=['Yiwu Starlight Lighting Co., Ltd.'],
     notes='Gmail consumer reply (Re: [case], On … wrote: with > quoting); refund received is not the amount paid; merchant and order only in the quote'),
# ---------------------------------------------------------------- 27
dict(id='27', client='iphone', name='Minjun Kim', addr='minjun.kim@icloud.com',
     date='Fri, 11 Dec 2026 19:22:40 +0900',
     subject='Question about receipts',
     body=B('''
Hello,

I'm a buyer from Seoul and I often buy small quantities in Yiwu market for my online store. Most shops give me only a handwritten receipt, no fapiao. If I have a quality problem later, can I still file a complaint with you with only the handwritten receipt and WeChat chat history? And how long after purchase can I complain?

Thank you.
Kim Min-jun

Sent from my iPhone
'''),
     kind='inquiry', lang='en',
     cname='Kim Min-jun',
     must=['handwritten receipt'],
     notes='iPhone plain text; inquiry; name in the signature (family name first) wins over the From display name'),
# ---------------------------------------------------------------- 28
dict(id='28', client='163', name='义乌速通国际物流', addr='sutong_wl2026@163.com',
     date='Sat, 12 Dec 2026 10:00:03 +0800 (CST)',
     subject='【义乌-迪拜/利雅得】海运专线 双清包税到门 欢迎咨询',
     body=B('''
尊敬的客户您好！

义乌速通国际物流专业承接义乌至中东、非洲海运/空运专线：
★ 迪拜、利雅得、吉达双清包税，门到门服务
★ 每周三、六固定开船，时效25-30天
★ 义乌仓库免费提货、免费仓储30天

即日起新客户首票立减500元！
咨询热线：400-826-7788 / 13819947520（微信同号）
官网：http://www.sutong-logistics.example

（如不想再收到此类邮件，请回复“退订”）
'''),
     kind='spam', lang='zh',
     must=['双清包税'],
     notes='163 advertising for a logistics line; its phones and URL are nobody\'s'),
# ---------------------------------------------------------------- 29
dict(id='29', client='outlook', name='Priya Nair', addr='priya.nair@hotmail.com',
     date='Sat, 12 Dec 2026 12:40:20 +0530',
     subject='Complaint against sourcing agent in Yiwu',
     body=B('''
Dear Sir/Madam,

I am Priya Nair, I run an online home décor store in Bengaluru. In September I hired a sourcing agent, 'Yiwu Bright Way Sourcing', to buy and ship candle holders and photo frames for me. Their manager Mr. Kevin Zhao (WhatsApp +86 186 5792 4410) handled everything.

I transferred USD 12,400 in total (goods plus 5% agent fee). The shipment arrived in November with about 30% of the items broken and many not matching the photos he sent me before shipping. He now says the suppliers are responsible, not him, and has stopped replying.

My details:
Address: No. 14, 3rd Cross, Indiranagar, Bengaluru 560038, India
Phone: +91 98450 33218

Thank you,
Priya Nair
'''),
     kind='complaint', lang='en',
     cname='Priya Nair', cph=['+919845033218'], cadr='No. 14, 3rd Cross, Indiranagar, Bengaluru 560038, India',
     rname='Yiwu Bright Way Sourcing', rph=['+8618657924410'],
     amt='12400.00', cur='USD',
     att=[dict(filename='image001.png', content_type='image/png', style='inline')],
     must=['sourcing agent'],
     notes='Hotmail Outlook with an inline signature image; single-quoted agent name; WhatsApp mobile of the respondent; Address: label'),
# ---------------------------------------------------------------- 30
dict(id='30', client='qq', name='Sunny', addr='dengxm_sunny@qq.com',
     date='Sat, 12 Dec 2026 20:11:36 +0800',
     subject='1688进货的中性笔大量不出水',
     body=B('''
你好，

我叫邓晓梅，在温州开文具店。11月在1688上从义乌市佳彩文具商行进了3000支中性笔（店铺：https://jiacaiwenju.1688.com），订单号 3312058874109236618，货款2,380元。

到货后卖了不到一个月，陆续有学生拿回来说写不出水，我们拆了一箱试，大概有三分之一不出水。联系商家，商家说是我们存放不当，只肯补发200支。

我的手机：+86 177 5796 2308

希望服务站帮忙协调退款或换货。
'''),
     kind='complaint', lang='zh',
     cname='邓晓梅', cph=['+8617757962308'],
     rname='义乌市佳彩文具商行', rurls=['https://jiacaiwenju.1688.com'],
     onum='3312058874109236618', amt='2380.00', cur='CNY',
     must=['存放不当'],
     notes='QQ Mail; English nickname From, name in text; URL inside full-width parentheses; unquoted 商行 name after 从; +86 mobile'),
# ---------------------------------------------------------------- 31
dict(id='31', client='iphone', name='Kevin Park', addr='kpark1990@icloud.com',
     date='Sun, 13 Dec 2026 09:25:11 -0800',
     subject='Broken drone, seller ignoring me',
     body=B('''
Hi,

Bought a drone from "SkyPro Official Store" on AliExpress, order 8201746630598124, paid $189.99. It arrived with a cracked arm and the seller hasn't answered in 2 weeks. I read that a lot of these sellers are in Yiwu, can you help?

Thanks

Sent from my iPhone
'''),
     kind='complaint', lang='en',
     cname='Kevin Park',
     rname='SkyPro Official Store',
     onum='8201746630598124', amt='189.99', cur='USD',
     must=['cracked arm'],
     notes='iPhone; terse; name only from the From header; $ amount read as USD; platform not respondent; no phones'),
# ---------------------------------------------------------------- 32
dict(id='32', client='126', name='蔡秀英', addr='caixiuying1975@126.com',
     date='Sun, 13 Dec 2026 15:48:27 +0800 (CST)',
     subject='投诉义乌市鑫源服饰有限公司发货短少',
     body=B('''
投诉对象：义乌市鑫源服饰有限公司
商家地址：浙江省义乌市北苑街道春华路268号
商家电话：0579-85678021，13706797715
投诉人：蔡秀英
联系电话：152-5796-3481
邮箱：caixiuying1975@126.com
收货地址：江西省南昌市东湖区八一大道357号2单元601
订单号：D20261130-0088
付款金额：3,960.00元
投诉内容：11月30日在该公司订购女式羊毛衫120件，已全款付清。12月8日收到货只有96件，少了24件。联系商家，商家坚称已按数量发货，让我找物流公司。物流公司说外箱完好、重量与发货时一致。请服务站协助处理，要求补发或退还短少部分的货款。
'''),
     kind='complaint', lang='zh',
     cname='蔡秀英', cph=['+8615257963481'], cem=['caixiuying1975@126.com'],
     cadr='江西省南昌市东湖区八一大道357号2单元601',
     rname='义乌市鑫源服饰有限公司', rph=['+8657985678021', '+8613706797715'],
     radr='浙江省义乌市北苑街道春华路268号',
     onum='D20261130-0088', amt='3960.00', cur='CNY',
     att=[dict(filename='收货视频截图.jpg', content_type='image/jpeg', cs='GBK')],
     must=['少了24件'],
     notes='126 form-style complaint, every field labelled; two merchant phones on one line; own e-mail written in the text'),
# ---------------------------------------------------------------- 33
dict(id='33', client='android', name='徐明', addr='xuming88@sina.cn',
     date='Mon, 14 Dec 2026 10:12:44 +0800',
     subject='投诉进展',
     body=B('''
你好，关于YW-2026-01366号投诉，商家今天打电话给我了，同意退一半货款，但我还是要求全额退款，东西根本没法用。

另外我原来的手机号停用了，新号码是 182 5793 0615，以后请打这个。

徐明
'''),
     kind='reply', lang='zh', case='YW-2026-01366',
     cname='徐明', cph=['+8618257930615'],
     must=['要求全额退款'],
     notes='Android consumer follow-up with the case reference only in the body, no quote; new phone number'),
# ---------------------------------------------------------------- 34
dict(id='34', client='outlook', name='Aisha Bello', addr='aisha.bello@outlook.com',
     date='Mon, 14 Dec 2026 12:30:09 +0100',
     subject='RE: [YW-2026-01374] Your complaint about Yiwu Sunrise Toys',
     body=B('''
Hello,

Thank you for your email. Please use my new number for WhatsApp: +234 812 555 0364. I have also moved, so if the seller sends the replacement goods, the delivery address is now:

Plot 7, Admiralty Way, Lekki Phase 1, Lagos, Nigeria

The seller has still not contacted me.

Regards,
Aisha Bello

-----Original Message-----
From: 义乌电商协会消费维权服务站 <tousu@yweca.org.example>
Sent: Friday, December 11, 2026 4:05 PM
To: Aisha Bello <aisha.bello@outlook.com>
Subject: [YW-2026-01374] Your complaint about Yiwu Sunrise Toys

Dear Ms. Bello,

We have forwarded your complaint to Yiwu Sunrise Toys Co., Ltd. (Tel: 0579-85442190). The merchant should contact you within 5 working days.

Yiwu E-Commerce Association Consumer Rights Service Station
'''),
     quote_marker='-----Original Message-----',
     kind='reply', lang='en', case='YW-2026-01374',
     cname='Aisha Bello', cph=['+2348125550364'], cadr='Plot 7, Admiralty Way, Lekki Phase 1, Lagos, Nigeria',
     must=['new number for WhatsApp'], mustnot=['should contact you within 5 working days'],
     notes='Outlook.com consumer reply (RE:, -----Original Message-----); new phone and delivery address; merchant name in subject and quote only'),
# ---------------------------------------------------------------- 35
dict(id='35', client='qq', name='追梦人', addr='1092837465@qq.com',
     date='Mon, 14 Dec 2026 18:05:33 +0800',
     subject='请问这家公司是正规的吗',
     body=B('''
你好，想咨询一下，有一家叫“义乌市天成进出口有限公司”的公司在网上招代理，说交5000元保证金就可以拿货做一件代发，他们的电话是0579-89916625，地址说是在义乌市江东街道宗泽东路123号。请问这家公司是正规的吗？你们有没有收到过关于他们的投诉？我还没有交钱，想先问问。
'''),
     kind='inquiry', lang='zh',
     rname='义乌市天成进出口有限公司', rph=['+8657989916625'], radr='义乌市江东街道宗泽东路123号',
     must=['我还没有交钱'],
     notes='QQ Mail inquiry (is this company legitimate); nickname only; 5000元 is a demanded deposit not paid, so no amount'),
# ---------------------------------------------------------------- 36
dict(id='36', client='thunderbird', name='马俊', addr='majun_sh@sohu.com',
     date='Tue, 15 Dec 2026 09:50:26 +0800',
     subject='拼多多买的保温饭盒有异味',
     body=B('''
您好：

12月1日在拼多多“义乌好运来百货店”买了两个不锈钢保温饭盒，￥45.8。收到后内胆有很重的刺鼻气味，洗了好几遍都去不掉，怀疑材质不合格，不敢给孩子用。申请退款，商家要求我自己承担来回运费，还说没有质量问题。

订单编号：261201-539102874613650

马俊
13916628854
'''),
     kind='complaint', lang='zh',
     cname='马俊', cph=['+8613916628854'],
     rname='义乌好运来百货店',
     onum='261201-539102874613650', amt='45.80', cur='CNY',
     must=['刺鼻气味'],
     notes='Thunderbird UTF-8 8bit format=flowed; full-width ￥ with one decimal; bare mobile under the signature; no merchant contact'),
# ---------------------------------------------------------------- 37
dict(id='37', client='plain', name='Mail Delivery System', addr='MAILER-DAEMON@mx1.yweca.org.example',
     date='Tue, 15 Dec 2026 13:33:08 +0800 (CST)', relay='localhost',
     extra_headers=['Auto-Submitted: auto-replied'],
     subject='Undelivered Mail Returned to Sender',
     body=B('''
This is the mail system at host mx1.yweca.org.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lihua.yw2019@163.com>: host 163mx01.mxmail.netease.com[203.0.113.209] said:
    550 User not found: lihua.yw2019@163.com (in reply to RCPT TO command)

--- Returned message headers ---
Return-Path: <tousu@yweca.org.example>
Received: by mx1.yweca.org.example (Postfix, from userid 1001)
	id 4F2A81C0B3; Tue, 15 Dec 2026 13:33:05 +0800 (CST)
From: =?gb2312?B?0uXO2rXnyczQrbvhz/u30c6syKi3/s7x1b4=?= <tousu@yweca.org.example>
To: lihua.yw2019@163.com
Subject: [YW-2026-01382] =?gb2312?B?udjT2sT6zbbL37XEtKbA7b3hufs=?=
Date: Tue, 15 Dec 2026 13:33:02 +0800
Message-ID: <000001dd7a41c2$9e30f1b0$da92d510$@yweca.org.example>
'''),
     kind='bounce', lang='en', case='YW-2026-01382',
     must=['User not found'],
     notes='Postfix bounce as a single text/plain part (no multipart/report); case reference in the returned headers'),
# ---------------------------------------------------------------- 38
dict(id='38', client='163', name='林志远', addr='lzy_gz@163.com',
     date='Wed, 16 Dec 2026 09:15:40 +0800 (CST)',
     subject='圣诞灯串大批量不亮，工厂拒绝赔偿',
     body=B('''
您好，

我司11月8日向义乌市亮点灯饰厂订购了圣诞LED灯串6000条，订单号：LD-20261108-17，货款12,000元已全部付清。厂家电话(0579)85582106，联系人金厂长。

12月初到货后检测，约有1500条通电不亮或部分不亮，附件是我们的检测报告。厂家认为是我们仓库受潮导致，拒绝退换和赔偿。现在圣诞销售季已经开始，给我们造成很大损失，恳请服务站介入。

林志远
广州林氏贸易有限公司
地址：广州市天河区天河北路233号中信广场4501室
电话：020-38771562  手机：136 0245 5817
'''),
     kind='complaint', lang='zh',
     cname='林志远', cph=['+862038771562', '+8613602455817'],
     cadr='广州市天河区天河北路233号中信广场4501室',
     rname='义乌市亮点灯饰厂', rph=['+8657985582106'],
     onum='LD-20261108-17', amt='12000.00', cur='CNY',
     att=[dict(filename='亮点灯饰LED灯串到货检测报告（2026年12月）.pdf', content_type='application/pdf', style='rfc2231cont')],
     must=['仓库受潮'],
     notes='163 with RFC 2231 continued file name; (0579) landline; writer\'s own 有限公司 and Guangzhou landline in signature; 厂 name'),
# ---------------------------------------------------------------- 39
dict(id='39', client='yahoo', name='Sophie Tremblay', addr='sophie.tremblay@yahoo.ca',
     date='Wed, 16 Dec 2026 11:40:02 -0500',
     subject='Can overseas buyers use your service?',
     body=B('''
Hello,

I own a small gift shop in Toronto and I'm considering buying from suppliers in Yiwu for the first time next year. Before I place any orders, I'd like to know:

1. Can foreign buyers file complaints with your station, and in English?
2. What documents should I keep (contract, invoices, chat records) in case something goes wrong?
3. Is there a fee?

Thank you in advance,
Sophie Tremblay
+1 416 555 0199
'''),
     kind='inquiry', lang='en',
     cname='Sophie Tremblay', cph=['+14165550199'],
     must=['Can foreign buyers file complaints'],
     notes='Yahoo QP; inquiry about the station\'s scope; North American number in signature'),
# ---------------------------------------------------------------- 40
dict(id='40', client='gmail', name='Bilal Ahmed', addr='bilal.ahmed.pk@gmail.com',
     date='Wed, 16 Dec 2026 16:20:45 +0500',
     subject='Refund rules for custom-made orders',
     body=B('''
Dear team,

I am planning to order 5,000 custom printed tote bags from a Yiwu factory. The factory says that for customized products the 30% deposit is non-refundable in all cases, even if they deliver late or the quality is bad. Is this legal under Chinese rules? What protection do wholesale buyers have for custom orders?

Best regards,
Bilal Ahmed
Lahore, Pakistan
WhatsApp: +92 300 555 8142
'''),
     kind='inquiry', lang='en',
     cname='Bilal Ahmed', cph=['+923005558142'],
     must=['non-refundable in all cases'],
     notes='Gmail inquiry about deposit rules for custom orders; unnamed factory; a bare city is not an address'),
]

if __name__ == '__main__':
    blindgen.run(ROUND, HERE, MAILS)
