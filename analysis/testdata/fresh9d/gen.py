import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
import base64, datetime

ROUND = 'fresh9d'


def D(s, tz='+0800'):
    """'2026-11-16 09:12:33' in the sender's zone -> RFC 5322 date."""
    t = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return t.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def gbw(s):
    return '=?gb2312?B?%s?=' % base64.b64encode(s.encode('gb2312')).decode()


BOUNCED_BODY = (lambda b: '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)))(base64.b64encode('吴女士您好：\r\n您投诉的婴儿推车问题已登记（编号YW-2026-02203），请补充您的联系电话和订单号。\r\n'.encode('gb2312')).decode())

MAILS = [
# ---------------------------------------------------------------- Mon 16 Nov
dict(client='qq', name='娟子', addr='1043287765@qq.com', date=D('2026-11-16 08:47:12'),
     subject='投诉天猫店羽绒服质量问题',
     body='''你好，我想投诉一家天猫店。
11月3日在天猫“暖阳服饰旗舰店”买了一件女款羽绒服，订单号：3958217746203318852，实付459元。收到穿了两次就一直往外钻毛，袖口也开线了。联系客服说超过7天不给退，只愿意补偿20元红包，我不接受。
店铺链接：https://nuanyangfs.tmall.com
希望服务站帮忙协调退货退款。

姓名：何丽娟
电话：158 6793 2014
收货地址：浙江省义乌市北苑街道雪峰西路388号春晗小区6幢1单元502
''',
     kind='complaint', lang='zh', cname='何丽娟', cph=['+8615867932014'],
     cadr='浙江省义乌市北苑街道雪峰西路388号春晗小区6幢1单元502',
     rname='暖阳服饰旗舰店', rurls=['https://nuanyangfs.tmall.com'],
     onum='3958217746203318852', amt='459.00', cur='CNY',
     must=['一直往外钻毛', '协调退货退款'],
     notes='QQ Mail nickname sender; complete Tmall complaint with labelled fields; the 20-yuan red packet offer is not the amount'),

dict(client='gmail', name='Kwame Mensah', addr='kwame.mensah.gh@gmail.com', date=D('2026-11-16 07:15:40', '+0000'),
     subject='Complaint against toy supplier in Yiwu market',
     body='''Dear Sir/Madam,

I am a toy importer from Accra, Ghana and I buy goods in Yiwu two times per year. In October I ordered 60 cartons of plush toys from Yiwu Jinsheng Toys Co., Ltd. in the International Trade City. Proforma Invoice No. JS-PI-261014. I paid USD 4,850 by T/T on 16 October.
Shop address: District 1, Gate 3, Street 5, Shop 12087, Yiwu International Trade City

The container arrived in Tema last week and 22 cartons are different from the sample, the colours are wrong and many toys have no CE label, so I cannot sell them here. I sent photos to the salesman Mr. Li (WhatsApp +86 139 6745 2218) but since 10 days he does not answer me.

Please can you help me to contact this company and get compensation.

Best regards,
Kwame Mensah
Mensah Bros Trading
Tel: +233 24 455 7812
''',
     kind='complaint', lang='en', cname='Kwame Mensah', cph=['+233244557812'],
     rname='Yiwu Jinsheng Toys Co., Ltd.', rph=['+8613967452218'],
     radr='District 1, Gate 3, Street 5, Shop 12087, Yiwu International Trade City',
     amt='4850.00', cur='USD',
     att=[dict(filename='cartons_1.jpg', content_type='image/jpeg'), dict(filename='cartons_2.jpg', content_type='image/jpeg')],
     must=['22 cartons are different from the sample', 'get compensation'],
     notes='Wholesale buyer from Ghana, Gmail QP; proforma invoice number is not an order number; salesman WhatsApp goes to the merchant; own company in signature is not the respondent'),

dict(client='qq', name='快乐每一天', addr='3051498827@qq.com', date=D('2026-11-16 21:03:55'),
     subject='咨询七天无理由退货运费问题',
     body='''你好，请问一下，网上买东西七天无理由退货，退回去的运费应该是买家出还是卖家出？如果商品有质量问题呢？另外在直播间买的东西也适用七天无理由吗？谢谢
''',
     kind='inquiry', lang='zh',
     must=['七天无理由退货', '直播间买的东西'],
     notes='Short general inquiry from a QQ nickname; no personal name anywhere, every party field empty'),

# ---------------------------------------------------------------- Tue 17 Nov
dict(client='163', name='周建平', addr='zhoujp_1982@163.com', date=D('2026-11-17 09:22:18'),
     subject='拼多多买的空气炸锅坏了，售后一直不处理',
     body='''您好！
我在拼多多上买了一个空气炸锅，店名当时没注意，现在店铺好像已经关了，搜不到了。订单编号：261108-497725613340712，付款129元。
用了不到一个星期就不加热了，申请售后一直显示“商家处理中”，平台客服让我等，已经等了半个月。
麻烦你们帮忙看看怎么处理。
周建平
手机：13706893354
''',
     kind='complaint', lang='zh', cname='周建平', cph=['+8613706893354'],
     onum='261108-497725613340712', amt='129.00', cur='CNY',
     must=['不加热了', '已经等了半个月'],
     notes='163.com GBK; Pinduoduo shop not named and no contact (missing respondent_name and respondent_contact)'),

dict(client='outlook1252', name="Siobhan O'Connor", addr='siobhan@greenleafgarden.example', date=D('2026-11-17 10:31:02', '+0000'),
     subject='Broken rattan chairs - Yiwu Lanting Furniture',
     body='''Dear Sir/Madam,

I run a small garden furniture shop in Dublin and I buy from Yiwu since 2023. In September I ordered 40 sets of rattan chairs from Yiwu Lanting Furniture Co., Ltd. (Order No. LT-20260915-07) and paid €2,760 in advance.

The goods arrived on 12 November. 14 of the 40 sets are broken – the legs are cracked and the rattan is coming loose. The packing was only thin plastic, not the “export carton” we agreed. I have sent photos to the supplier three times; they say it’s the shipping company’s fault and won’t replace anything.

Supplier address: No. 56 Chengbei Road, Yiwu, Zhejiang
Contact: Ms. Lucy Fang, +86 159 2699 0471

Could you please contact them? I’d be very grateful.

Kind regards,
Siobhan O'Connor
Greenleaf Garden Supplies
14 Clonliffe Road, Drumcondra, Dublin 3, Ireland
Mob: +353 87 214 6659
''',
     kind='complaint', lang='en', cname="Siobhan O'Connor", cph=['+353872146659'],
     cadr='14 Clonliffe Road, Drumcondra, Dublin 3, Ireland',
     rname='Yiwu Lanting Furniture Co., Ltd.', rph=['+8615926990471'], radr='No. 56 Chengbei Road, Yiwu, Zhejiang',
     onum='LT-20260915-07', amt='2760.00', cur='EUR',
     att=[dict(filename='image001.png', content_type='image/png', style='inline')],
     must=['14 of the 40 sets are broken', 'it’s the shipping company’s fault'],
     notes='Outlook windows-1252 QP (euro sign, curly quotes, en dash); Irish shop owner; contact person phone goes to the merchant; street address in signature is the complainant\'s; inline signature logo'),

dict(client='foxmail', name='外贸获客顾问', addr='service@yw-waimao-tuiguang.example', date=D('2026-11-17 14:00:06'),
     subject='【义乌外贸人必看】谷歌SEO+独立站，7天询盘翻倍',
     body='''义乌的外贸老板您好：

还在为询盘少、B2B平台费用高发愁吗？
我们专注义乌小商品外贸获客10年，服务客户3000+：
√ 谷歌SEO关键词首页排名，不上首页不收费
√ 外贸独立站建设，7天上线，送一年服务器
√ 海关数据精准开发，WhatsApp群发

本月签约立减2000元！
咨询热线：138 1956 7702（同微信）
官网：https://www.yw-waimao-tuiguang.example

退订请回复TD
''',
     kind='spam', lang='zh',
     must=['外贸独立站建设', '退订请回复TD'],
     notes='Foxmail GB2312 advertising; its phone, URL and discount belong to nobody'),

# ---------------------------------------------------------------- Wed 18 Nov
dict(client='outlook', name='Priya Nair', addr='priya.nair.blr@outlook.com', date=D('2026-11-18 06:52:44', '+0530'),
     subject='Double charge by hotel in Yiwu',
     body='''Dear Sir or Madam,

I stayed at the Yiwu Sunrise Business Hotel from 9 to 13 November for the Yiwu fair. The room was fully prepaid on Trip.com (Order ID: 1128847561, RMB 1,236 for 4 nights). At check-out the front desk charged my Visa card again RMB 1,236 and said I must ask Trip.com. Trip.com says the hotel must refund. Now nobody refunds me.

Hotel address: No. 288 Chouzhou North Road, Yiwu
Hotel phone: 0579-85326611

I attach the Trip.com confirmation and my card statement.

Kind regards,
Dr. Priya Nair
Mobile: +91 98450 31277
Bengaluru, India
''',
     kind='complaint', lang='en', cname='Priya Nair', cph=['+919845031277'],
     rname='Yiwu Sunrise Business Hotel', rph=['+8657985326611'], radr='No. 288 Chouzhou North Road, Yiwu',
     onum='1128847561', amt='1236.00', cur='CNY',
     att=[dict(filename='Trip.com booking confirmation.pdf', content_type='application/pdf'), dict(filename='Card statement Nov.pdf', content_type='application/pdf')],
     must=['charged my Visa card again', 'Now nobody refunds me'],
     notes='Outlook.com UTF-8 QP; hotel double charge; courtesy title Dr. dropped; Indian mobile; two PDF attachments with spaces in names'),

dict(client='126', name='陈晓雯', addr='chenxiaowen_yw@126.com', date=D('2026-11-18 12:40:31'),
     subject='投诉启航教育培训学校不上课不退费',
     body='''服务站的同志你们好：
我女儿今年3月在“义乌市启航教育培训学校”报了少儿英语课，一次性交了6800元，一共48节课，合同编号QH2026-0317。上了12节课以后，学校9月突然说搬校区，之后就一直不上课了，电话也打不通。现在剩下36节课，要求退钱没人理。
学校地址：义乌市稠城街道工人北路1083号3楼
学校电话：0579-85412376
家长：陈晓雯  13858932741
听说同样情况的家长有二十多个。
''',
     kind='complaint', lang='zh', cname='陈晓雯', cph=['+8613858932741'],
     rname='义乌市启航教育培训学校', rph=['+8657985412376'], radr='义乌市稠城街道工人北路1083号3楼',
     amt='6800.00', cur='CNY',
     must=['剩下36节课', '家长有二十多个'],
     notes='126.com GBK; prepaid training course; contract number is not an order number; name and phone on one 家长： line'),

dict(client='gmail', name='Daniel Rossi', addr='daniel.rossi.mi@gmail.com', date=D('2026-11-18 15:18:09', '+0100'),
     subject='Re: Your complaint has been registered',
     body='''Hi,

Good news, the seller refunded me the full amount yesterday, so you can close my case. Thank you very much for your help!

Daniel Rossi

On Thu, Nov 12, 2026 at 11:05 AM 义乌市电子商务协会消费者维权服务站 <tousu@yweca.org.example> wrote:

> Dear Mr. Rossi,
>
> Thank you for contacting us. Your complaint about the bluetooth headphones has been registered.
> Case number: YW-2026-02198
> We will contact the seller within 5 working days.
>
> Consumer Rights Service Station
> Yiwu E-Commerce Association
> Tel: 0579-85550188
''',
     kind='reply', lang='en', case='YW-2026-02198', cname='Daniel Rossi', quote_marker='On Thu, Nov 12',
     must=['you can close my case'], mustnot=['bluetooth headphones', 'within 5 working days'],
     notes='Gmail consumer reply; the case reference is only in the quoted history; station phone in the quote belongs to nobody'),

# ---------------------------------------------------------------- Thu 19 Nov
dict(client='iphone', name='海燕', addr='liuhaiyan0707@icloud.com', date=D('2026-11-19 08:05:27'),
     subject='商贸城饰品店卖旧货不给换',
     body='''你好，我11月14号在国际商贸城二区买了一批发夹和头绳，店名叫美琪饰品，老板姓陈，电话13757936620。当时看样品挺好，一共付了1860元现金。回来打开发现一半以上是旧款，还有很多断的。去找她换，她说货出门概不退换。
商铺地址：国际商贸城二区12街25318号
我叫刘海燕，电话13566981572

发自我的iPhone
''',
     kind='complaint', lang='zh', cname='刘海燕', cph=['+8613566981572'],
     rname='美琪饰品', rph=['+8613757936620'], radr='国际商贸城二区12街25318号',
     amt='1860.00', cur='CNY',
     must=['货出门概不退换', '一半以上是旧款'],
     notes='iPhone UTF-8 base64 single part; market stall with boss phone (goes to merchant) and stall address; name in text wins over short From name'),

dict(client='plain', name='Mail Delivery System', addr='MAILER-DAEMON@mx1.yweca.org.example', date=D('2026-11-19 15:41:03'),
     message_id='20261119074103.9B3E21E0063@mx1.yweca.org.example', relay='localhost',
     subject='Undelivered Mail Returned to Sender',
     extra_headers=['Auto-Submitted: auto-replied'],
     body='''This is the mail system at host mx1.yweca.org.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<wuyq_1988@126.com>: host mx.126.com[220.181.15.111] said: 550 User not
    found: wuyq_1988@126.com (in reply to RCPT TO command)

------ This is a copy of the message, including all the headers. ------

Return-Path: <tousu@yweca.org.example>
Received: by mx1.yweca.org.example (Postfix, from userid 1001)
	id 7A2C31E0051; Thu, 19 Nov 2026 15:40:58 +0800 (CST)
From: ''' + gbw('维权服务站') + ''' <tousu@yweca.org.example>
To: wuyq_1988@126.com
Subject: [YW-2026-02203] ''' + gbw('请补充联系电话和订单号') + '''
Date: Thu, 19 Nov 2026 15:40:58 +0800
Message-ID: <000001dd5a3f$1c2b7e40$54826ac0$@yweca.org.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: base64

''' + BOUNCED_BODY + '''
''',
     kind='bounce', lang='en', case='YW-2026-02203',
     must=['could not', 'User not'],
     notes='Postfix bounce as plain text (no multipart/report); the case reference is in the returned message headers'),

dict(client='gmail', name='Fatima Al-Sayegh', addr='fatima.alsayegh@gmail.com', date=D('2026-11-19 11:26:50', '+0300'),
     subject='Is this supplier real?',
     body='''Hello,

I found a supplier on Made-in-China, Yiwu Hongda Bag Factory (https://www.hongdabags-yw.example). They want 30% deposit, USD 2,400, before they start production of 2,000 backpacks. Is this company real and do you have any complaints about them? How can I check a supplier in Yiwu before I pay?

Thank you,
Fatima Al-Sayegh
Amman, Jordan
''',
     kind='inquiry', lang='en', cname='Fatima Al-Sayegh',
     rname='Yiwu Hongda Bag Factory', rurls=['https://www.hongdabags-yw.example'],
     must=['Is this company real', 'before I pay'],
     notes='Inquiry about a supplier; the deposit is only requested, not paid, so there is no amount; URL ends at the closing parenthesis'),

dict(client='mailru', name='Dmitry Volkov', addr='d.volkov@mail.ru', date=D('2026-11-19 13:09:14', '+0300'),
     subject='Complaint - Yiwu Meilun Scarf Factory, missing goods',
     body='''Hello,

We are company from Moscow, we buy scarves in Yiwu already 4 years. In September we make order with Yiwu Meilun Scarf Factory, contract No. ML-2611, 12 000 pieces, and pay 6300 USD by bank transfer.

Goods arrive Moscow 10 November. We count and there is only 10 800 pieces, 1200 pieces missing. Also many scarves have other color than sample. Manager of factory Anna (tel. 180 6992 1547) say she will check and after this she stop answer in WeChat.

Please help us to solve this problem.

Best regards,
Dmitry Volkov
LLC "Textil-Import"
Moscow, Lyublinskaya str. 151, office 204
+7 916 482-35-17
''',
     kind='complaint', lang='en', cname='Dmitry Volkov', cph=['+79164823517'],
     cadr='Moscow, Lyublinskaya str. 151, office 204',
     rname='Yiwu Meilun Scarf Factory', rph=['+8618069921547'],
     amt='6300.00', cur='USD',
     att=[dict(filename='IMG_20261111_104522.jpg', content_type='image/jpeg')],
     must=['1200 pieces missing', 'stop answer in WeChat'],
     notes='Mail.ru UTF-8 base64, non-native English; contract number is not an order number; factory manager phone goes to the merchant; Russian phone with dashes'),

# ---------------------------------------------------------------- Fri 20 Nov
dict(client='android', name='Chinedu Okafor', addr='chinedu.okafor77@yahoo.com', date=D('2026-11-20 05:44:31', '+0100'),
     subject='Cargo lost by logistics company',
     body='''Hello,

my name is Chinedu Okafor, I am from Lagos, Nigeria. On 2 November I gave 3 cartons of shoes and bags to Xinyu International Logistics in Yiwu to ship to Lagos by air. I paid 2,150 yuan for the shipping. Tracking No: XY2611-08832.

They told me 7-10 days, now it is 3 weeks and the goods are not in Lagos. The staff Miss Zhang (157 0579 3320) first said customs problem, now she does not pick my call.

Please help me, the goods are for my customers.
My phone +234 803 441 2290 (whatsapp)

Chinedu

Sent from my Galaxy
''',
     kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348034412290'],
     rname='Xinyu International Logistics', rph=['+8615705793320'],
     amt='2150.00', cur='CNY',
     must=['now it is 3 weeks', 'the goods are for my customers'],
     notes='Android UTF-8 8bit; freight forwarder; tracking number is not an order number or phone; staff mobile goes to the merchant'),

dict(client='qq', name='黄梅', addr='huangmei1990@qq.com', date=D('2026-11-20 13:15:48'),
     subject='抖音直播间买到假蜂蜜',
     body='''您好，
我在抖音直播间买了“蜂语农庄”的土蜂蜜，两瓶一共198元，订单号6928374615520931847。主播说是深山野生土蜂蜜，收到以后感觉很稀，放冰箱也不结晶，拿去给懂行的人看了说是糖浆勾兑的。联系商家说吃了一瓶不给退。
我要求退一赔三。

黄梅
18857921036
''',
     kind='complaint', lang='zh', cname='黄梅', cph=['+8618857921036'],
     rname='蜂语农庄', onum='6928374615520931847', amt='198.00', cur='CNY',
     must=['糖浆勾兑的', '退一赔三'],
     notes='QQ Mail GB18030; Douyin live-stream food; shop named without contact; bare phone under the signature name'),

dict(client='qq', name='李雪', addr='lixue_0312@qq.com', date=D('2026-11-20 19:32:05'),
     subject='回复：[YW-2026-02214] 请补充订单信息',
     body='''您好，订单号我找到了：4021876653190247711，实付款268元，店铺名叫“悦美家纺”，是淘宝店。
李雪
13967918825

------------------ 原始邮件 ------------------
发件人: "义乌市电子商务协会消费者维权服务站"<tousu@yweca.org.example>;
发送时间: 2026年11月17日(星期二) 上午10:20
收件人: "李雪"<lixue_0312@qq.com>;
主题: [YW-2026-02214] 请补充订单信息

李女士您好：
您投诉的床上四件套严重褪色问题已收到（编号YW-2026-02214）。请提供订单号、实付金额和店铺名称，以便我们联系商家。

义乌市电子商务协会消费者维权服务站
电话：0579-85550188
''',
     kind='reply', lang='zh', case='YW-2026-02214', quote_marker='------------------ 原始邮件',
     cname='李雪', cph=['+8613967918825'], rname='悦美家纺',
     onum='4021876653190247711', amt='268.00', cur='CNY',
     must=['订单号我找到了', '是淘宝店'], mustnot=['四件套严重褪色问题已收到'],
     notes='QQ Mail consumer reply (回复：, 原始邮件 block); supplies order number, amount and shop name'),

# ---------------------------------------------------------------- Sat 21 Nov
dict(client='foxmail', name='曹丹', addr='caodan0823@foxmail.com', date=D('2026-11-21 10:07:39'),
     subject='拼多多儿童羽绒服以次充好',
     body='''您好：
我在拼多多“童趣萌宝童装”买的儿童羽绒服，订单号：261117-023851669742317，付了89.9元。衣服标签写的是白鸭绒90%，剪开一个小口里面全是碎毛片和黑色的杂质，还有很重的味道，不敢给孩子穿。商家只同意退货不退运费，还说要我补5元差价才给换。
请帮忙维权，我想要假一赔三。
我的邮箱 caodan0823@foxmail.com，有消息请发邮件给我。
曹丹
''',
     kind='complaint', lang='zh', cname='曹丹', cem=['caodan0823@foxmail.com'],
     rname='童趣萌宝童装', onum='261117-023851669742317', amt='89.90', cur='CNY',
     must=['碎毛片和黑色的杂质', '假一赔三'],
     notes='Foxmail GB2312; e-mail but no phone (complainant_phone missing); 89.9元 -> 89.90; the 5-yuan difference is not the amount'),

dict(client='yahoo', name='Linda Parker', addr='lindaparker58@yahoo.com', date=D('2026-11-21 08:55:21', '-0500'),
     subject='Fake silver earrings from AliExpress seller',
     body='''Hello,

I ordered a pair of "sterling silver" earrings on AliExpress from Yiwu Sparkle Jewelry Store (https://www.aliexpress.com/store/1102847563). Order ID: 8196254403317729, I paid US$47.60. After two days of wearing them they turned green and my ears got a rash. They are obviously not silver.

AliExpress closed my dispute because it was more than 15 days. The seller just offered me a $5 coupon. I don't think that's fair.

Can you please help me get a refund?

Linda Parker
''',
     kind='complaint', lang='en', cname='Linda Parker',
     rname='Yiwu Sparkle Jewelry Store', rurls=['https://www.aliexpress.com/store/1102847563'],
     onum='8196254403317729', amt='47.60', cur='USD',
     must=['turned green', 'help me get a refund'],
     notes='Yahoo UTF-8 QP; the coupon is not the amount; no phone'),

dict(client='gmail', name='Jessica Moore', addr='jessmoore.chi@gmail.com', date=D('2026-11-21 16:40:03', '-0600'),
     subject='Question about your services for foreign buyers',
     body='''Hi there,

I'm a small business owner in Chicago and I'll be visiting Yiwu in January for the first time to buy party supplies. A friend told me about your station. Could you tell me what kind of problems you can help with? For example, if a supplier in the market ships the wrong goods after I go home, can a foreign buyer file a complaint with you, and does it have to be in Chinese? Also, do I need a written contract for you to accept a case?

Thanks so much,
Jessica Moore
Moore Party Co.
+1 312 555 0187
''',
     kind='inquiry', lang='en', cname='Jessica Moore', cph=['+13125550187'],
     must=['can a foreign buyer file a complaint', 'written contract'],
     notes='General inquiry about what the station covers; own company in the signature is not the respondent'),

# ---------------------------------------------------------------- Sun 22 Nov
dict(client='126', name='蒋文斌', addr='jiangwenbin@126.com', date=D('2026-11-22 09:30:12'),
     subject='老灶台土菜馆吃饭后食物中毒',
     body='''您好，我要投诉一家饭店。
11月20日晚上我们一家五口在“老灶台土菜馆”吃饭，消费356元。回家后三个人上吐下泻，孩子到医院挂了急诊，医生说是食物中毒（病历和发票都有）。第二天去找饭店，老板说他们的菜没问题，不承认。
饭店地址：义乌市江东中路76号
希望你们能处理，赔偿医药费。
蒋文斌
电话 133-6298-1475
''',
     kind='complaint', lang='zh', cname='蒋文斌', cph=['+8613362981475'],
     rname='老灶台土菜馆', radr='义乌市江东中路76号', amt='356.00', cur='CNY',
     must=['上吐下泻', '赔偿医药费'],
     notes='126.com GBK; restaurant food poisoning; dashed mobile; respondent known only by address'),

dict(client='iphone', name='Marco Silva', addr='marco.silva.br@icloud.com', date=D('2026-11-22 20:12:47'),
     subject='Fake iPhone sold to me',
     body='''Hello

I bought an iPhone 15 at a phone shop near Yiwu railway station on Saturday, paid 2,999 yuan. The seller said it was new and original. Today at the Apple store in Hangzhou they told me it is a refurbished phone with a fake screen. The shop don't want to give money back, they say I broke it.

What can I do? I leave China on 30 November.

Sent from my iPhone
''',
     kind='complaint', lang='en', cname='Marco Silva', amt='2999.00', cur='CNY',
     must=['refurbished phone with a fake screen', 'I leave China on 30 November'],
     notes='iPhone, very short; no name in the text (From display name used), no phone, shop not named, no contact'),

# ---------------------------------------------------------------- Mon 23 Nov
dict(client='foxmail', name='吴国庆', addr='wuguoqing@foxmail.com', date=D('2026-11-23 08:20:55'),
     subject='投诉鑫达汽修厂虚报维修项目',
     body='''你好：
我的车（浙G·5K2A7）10月28日在义乌“鑫达汽修厂”做保养和换刹车片，结算单上写更换了前后刹车片、火花塞和变速箱油，一共收了2380元。后来去4S店检查，发现火花塞和变速箱油根本没换，刹车片也只换了前面。找他们王老板（13705798823）理论，他说是工人弄错了，只肯退200块。
汽修厂地址：义乌市福田街道银海路45号
结算单照片附件里有。

吴国庆
联系电话：139 5893 7716
''',
     kind='complaint', lang='zh', cname='吴国庆', cph=['+8613958937716'],
     rname='鑫达汽修厂', rph=['+8613705798823'], radr='义乌市福田街道银海路45号',
     amt='2380.00', cur='CNY',
     att=[dict(filename='维修结算单.jpg', content_type='image/jpeg', cs='GB2312')],
     must=['火花塞和变速箱油根本没换', '只肯退200块'],
     notes='Foxmail GB2312; car repair; the boss (王老板) is not the merchant name but his phone is the merchant\'s; partial refund offer is not the amount; GB2312 RFC 2047 attachment name'),

dict(client='qq', name='阿强', addr='2213568047@qq.com', date=D('2026-11-23 11:48:30'),
     subject='京东买到翻新手机',
     body='''你好，
本人马志强，10月31日在京东上的“优派数码专营店”（第三方卖家，不是京东自营）买了一台手机，订单号：289441503377，实付款￥3,299.00。拿到手以后发现电池循环次数已经有200多次，屏幕也有划痕，明显是翻新机或者二手机。商家客服说是正品新机，不给退。
我这边有开箱视频。
联系方式：QQ 2213568047，或者发邮件到2213568047@qq.com
''',
     kind='complaint', lang='zh', cname='马志强', cem=['2213568047@qq.com'],
     rname='优派数码专营店', onum='289441503377', amt='3299.00', cur='CNY',
     must=['电池循环次数', '开箱视频'],
     notes='QQ Mail; self-introduction 本人马志强 beats the nickname; QQ number is not a phone; e-mail stated in the text counts'),

dict(client='163', name='邵丽', addr='shaoli_yw@163.com', date=D('2026-11-23 14:02:17'),
     subject='自动回复: [YW-2026-02241] 您的投诉已登记',
     body='''您好！我已收到您的邮件。本人11月23日至11月30日外出学习，期间不能及时回复，请谅解。急事请拨打13858970215。
邵丽
''',
     kind='auto_reply', lang='zh', case='YW-2026-02241',
     must=['外出学习', '不能及时回复'],
     notes='163.com out-of-office without Auto-Submitted headers; recognisable by subject and wording; its phone belongs to nobody'),

dict(client='gmail', name='Grace Wanjiru', addr='grace.wanjiru.ke@gmail.com', date=D('2026-11-23 10:26:44', '+0300'),
     subject='Fwd: Re: Order #174523690012884 - broken items',
     body='''Dear Sir/Madam,

Please see below the emails with our supplier. Order #174523690012884 on Alibaba Trade Assurance: we paid USD 5,400 for 800 sets of plastic storage boxes and more than 200 sets arrived broken. They refuse to compensate, only 5% discount on next order. We want a refund for the broken sets.

Grace Wanjiru
Nairobi, Kenya
+254 722 318 904

---------- Forwarded message ---------
From: Sunny Hu <sunny@hengtai-household.example>
Date: Tue, Nov 17, 2026 at 10:12 AM
Subject: Re: Order #174523690012884 - broken items
To: Grace Wanjiru <grace.wanjiru.ke@gmail.com>


Dear Grace,

Sorry for the problem. The boxes were in good condition when they left our factory, the damage happened during shipping. As a good customer we can offer 5% discount on your next order.

Best regards,
Sunny Hu
Sales Manager
Yiwu Hengtai Household Products Co., Ltd.
Tel: 0579-85207716
Add: No. 18 Gongyuan Road, Yiwu, Zhejiang, China
''',
     kind='complaint', lang='en', cname='Grace Wanjiru', cph=['+254722318904'],
     rname='Yiwu Hengtai Household Products Co., Ltd.', rph=['+8657985207716'],
     radr='No. 18 Gongyuan Road, Yiwu, Zhejiang, China',
     onum='174523690012884', amt='5400.00', cur='USD',
     must=['more than 200 sets arrived broken', 'the damage happened during shipping'],
     notes='Gmail forward: the supplier\'s signature in the forwarded part gives merchant name, phone and address; the 5% discount offer is not the amount'),

# ---------------------------------------------------------------- Tue 24 Nov
dict(client='163', name='孙立', addr='sunli_0575@163.com', date=D('2026-11-24 10:15:09'),
     subject='咨询：商家延期交货定金能否退还',
     body='''您好，想咨询一下：
我在国际商贸城一家袜子店订了一批货，付了定金3000元，说好11月20日交货，现在对方说工厂排单排不过来，要推迟到12月中旬。请问这种情况我可以要求退定金吗？可以要求双倍返还吗？
目前还没和店家闹翻，想先了解一下规定。谢谢！
孙立
''',
     kind='inquiry', lang='zh', cname='孙立', amt='3000.00', cur='CNY',
     must=['可以要求双倍返还吗', '想先了解一下规定'],
     notes='Inquiry about deposit rules; the deposit was paid, so it is the amount; the market alone names no merchant'),

dict(client='outlook', name='鄧嘉欣', addr='kayan.tang@jiaxin-gifts.example', date=D('2026-11-24 11:33:26'),
     cs='big5', hcs='big5', lang_hdr='zh-hk',
     subject='投訴義烏包裝材料供應商貨不對板',
     body='''您好：

本公司於十月在1688向「義烏市美嘉包裝材料有限公司」訂購了5,000個禮品盒，訂單號：3216587741092856631，已付款HK$12,600。收貨後發現盒子尺寸與確認的樣品不符，約一半壓壞，無法用於聖誕節的產品包裝。我們多次聯絡對方業務員陳小姐，她只說會向老闆反映，至今沒有答覆。

對方電話：0579-85901126

敬請 貴站協助處理，謝謝！

鄧嘉欣
嘉欣禮品有限公司
香港九龍觀塘開源道62號駿昇中心15樓B室
電話：+852 9174 3380
''',
     kind='complaint', lang='zh', cname='鄧嘉欣', cph=['+85291743380'],
     cadr='香港九龍觀塘開源道62號駿昇中心15樓B室',
     rname='義烏市美嘉包裝材料有限公司', rph=['+8657985901126'],
     onum='3216587741092856631', amt='12600.00', cur='HKD',
     must=['尺寸與確認的樣品不符', '至今沒有答覆'],
     notes='Hong Kong buyer, Outlook Big5 QP, Traditional Chinese (zh); HK$ amount; office address in signature is the complainant\'s'),

dict(client='outlook', name='Ahmad Karimi', addr='ahmad.karimi@outlook.com', date=D('2026-11-24 09:47:58', '+0330'),
     subject='RE: [YW-2026-02176] Complaint about Yiwu Fulin Trading',
     body='''Hello Ms. Chen,

Thank you. I have now the correct address of the supplier: Room 1205, Building B, Yiwu Commercial Center, 188 Futian Road, Yiwu. The boss there is Mr. Zhou, his mobile is +86 135 1679 0042.

Regards,
Ahmad Karimi

-----Original Message-----
From: Chen Jing <chenjing@yweca.org.example>
Sent: Friday, November 20, 2026 4:18 PM
To: ahmad.karimi@outlook.com
Subject: RE: [YW-2026-02176] Complaint about Yiwu Fulin Trading

Dear Mr. Karimi,

We visited the address you gave (Shop 8026, District 3) but the shop is now rented to another company. Please send us any other address or contact of Yiwu Fulin Trading.

Best regards,
Chen Jing
Consumer Rights Service Station
Tel: 0579-85550188
''',
     kind='reply', lang='en', case='YW-2026-02176', quote_marker='-----Original Message-----',
     cname='Ahmad Karimi', rph=['+8613516790042'],
     radr='Room 1205, Building B, Yiwu Commercial Center, 188 Futian Road, Yiwu',
     must=['the correct address of the supplier'], mustnot=['rented to another company'],
     notes='Outlook consumer reply (-----Original Message-----); supplies the merchant address and the boss\'s mobile; the merchant is named only in the subject and the quote'),

# ---------------------------------------------------------------- Wed 25 Nov
dict(client='android', name='楼志华', addr='loush_1975@sina.com', date=D('2026-11-25 08:11:40'),
     subject='圆通快递寄件半个月未送达',
     body='''你好，我11月10日在圆通速递义乌稠城网点寄了一个包裹到成都，运费付了23元，快递单号：YT7745108826391。到现在半个月了还没到，物流一直显示在义乌转运中心。打网点电话0579-85239017没人接，去网点问，说帮我查，然后就没下文了。
包裹里是给我妈的羊毛衫。
楼志华 13505795126
''',
     kind='complaint', lang='zh', cname='楼志华', cph=['+8613505795126'],
     rname='圆通速递义乌稠城网点', rph=['+8657985239017'], amt='23.00', cur='CNY',
     must=['物流一直显示在义乌转运中心', '没下文了'],
     notes='Android UTF-8 8bit; express delivery branch; waybill number is not an order number; the freight paid is the amount'),

dict(client='outlook', name='Muhammad Tariq', addr='tariq.enterprises@hotmail.com', date=D('2026-11-25 12:05:19', '+0500'),
     subject='Complaint against sourcing agent Bright Star Sourcing',
     body='''Dear Sir,

I am writing to complain about Bright Star Sourcing, a sourcing agent in Yiwu. I paid them US$ 9,870.50 (goods plus 5% commission) to buy kitchen items for me in the Yiwu market and check the quality before shipping.

When the container came to Karachi, about 30% of the goods were defective and some items were not what I ordered at all. The agent, Mr. Wang Lei (+86 186 5792 4410), says the factories are responsible, not him, but I paid him for quality inspection.

Their office: Room 806, Jinfu Building, 99 Chengzhong Middle Road, Yiwu

Please investigate this agent.

Regards,
Muhammad Tariq
Tariq Enterprises
Shop 17, Bolton Market, Karachi
Cell: +92 300 8215664
''',
     kind='complaint', lang='en', cname='Muhammad Tariq', cph=['+923008215664'],
     cadr='Shop 17, Bolton Market, Karachi',
     rname='Bright Star Sourcing', rph=['+8618657924410'],
     radr='Room 806, Jinfu Building, 99 Chengzhong Middle Road, Yiwu',
     amt='9870.50', cur='USD',
     must=['about 30% of the goods were defective', 'paid him for quality inspection'],
     notes='Hotmail/Outlook QP; Pakistani importer vs sourcing agent; agent (a person) is not the merchant name, his mobile is; cents in the amount'),

dict(client='outlook', name='Katarzyna Nowak', addr='k.nowak@domex.example', date=D('2026-11-25 09:20:33', '+0100'), lang_hdr='pl-pl',
     subject='Question about Yiwu Xinghe Trading Co., Ltd.',
     body='''Good morning,

Our company from Poland wants to start cooperation with Yiwu Xinghe Trading Co., Ltd. They have a website www.xinghe-trade.example and their office phone is +86 571 8765 4321. The price is very low compared to others. Before we sign the contract I would like to ask if you have any complaints registered about this company, or if you know it is a real company.

Best regards,
Katarzyna Nowak
Purchasing Manager
Domex Sp. z o.o.
ul. Składowa 12, 61-888 Poznań, Poland
tel. +48 601 223 845
''',
     kind='inquiry', lang='en', cname='Katarzyna Nowak', cph=['+48601223845'],
     cadr='ul. Składowa 12, 61-888 Poznań, Poland',
     rname='Yiwu Xinghe Trading Co., Ltd.', rurls=['www.xinghe-trade.example'], rph=['+8657187654321'],
     must=['any complaints registered about this company'],
     notes='Legitimacy inquiry from Poland; scheme-less www URL; Hangzhou landline already in +86 form; Polish characters in the signature address'),

# ---------------------------------------------------------------- Thu 26 Nov
dict(client='163', name='任思远', addr='rensiyuan2008@163.com', date=D('2026-11-26 08:48:02'),
     subject='抖音买的儿童手表充不进电，商家拒绝退货',
     body='''你好，11月6号在抖音“星耀数码专营店”买的儿童智能手表，到手价259元，订单编号7140035829163407751。收到第三天就充不进电了，申请退货被商家拒绝，理由是“人为损坏”，可是我们根本没摔过。
我的电话：176 5792 0183
麻烦帮忙处理一下，谢谢！
''',
     kind='complaint', lang='zh', cname='任思远', cph=['+8617657920183'],
     rname='星耀数码专营店', onum='7140035829163407751', amt='259.00', cur='CNY',
     must=['人为损坏', '根本没摔过'],
     notes='163.com GBK; no name in the text, the From display name is a personal name; Douyin shop without contact'),

dict(client='outlook', name='Kim Ji-hoon', addr='jihoon.kim@outlook.com', date=D('2026-11-26 10:02:45'), lang_hdr='ko-kr',
     subject='Refund for Chinese course',
     body='''Dear Consumer Rights Station,

I signed up for a 6-month Chinese course at Mandarin Bridge Language School in Yiwu in September and paid 8,800 RMB in one time. After 5 weeks the teacher left and the school gave us a new teacher every week, and since November the classes are often cancelled. I asked for a refund of the remaining classes, but the school says the contract does not allow any refund.

School: Mandarin Bridge Language School
Address: 3F, 66 Xingzhong Road, Yiwu
Tel: 0579-8552 0917

My contact:
Kim Ji-hoon
Mobile (China): 185 6792 3308
Mobile (Korea): 010-4821-7736
''',
     kind='complaint', lang='en', cname='Kim Ji-hoon', cph=['+8618567923308', '+821048217736'],
     rname='Mandarin Bridge Language School', rph=['+8657985520917'], radr='3F, 66 Xingzhong Road, Yiwu',
     amt='8800.00', cur='CNY',
     must=['classes are often cancelled', 'does not allow any refund'],
     notes='Korean student living in Yiwu; Chinese mobile plus a Korean local mobile labelled (Korea) -> +82; landline written 0579-8552 0917'),

dict(client='163', name='郑凯', addr='zhengkai88@163.com', date=D('2026-11-26 12:37:21'),
     subject='Re:[YW-2026-02231] 关于您投诉的电动牙刷问题',
     body='''你好，商家的电话我问到了，是0579-85873302，老板说可以换货，但来回运费要我自己出，这样合理吗？照片附上了，一共三张。
郑凯

在 2026-11-18 10:26:47，"义乌市电子商务协会消费者维权服务站" <tousu@yweca.org.example> 写道：
>郑先生您好：
>您反映的电动牙刷充不进电问题已登记（YW-2026-02231）。商家“洁齿优品”目前联系不上，请您提供商家电话或地址，并附上商品照片。
>
>义乌市电子商务协会消费者维权服务站
''',
     kind='reply', lang='zh', case='YW-2026-02231', quote_marker='在 2026-11-18',
     cname='郑凯', rph=['+8657985873302'],
     att=[dict(filename='IMG_2031.jpg', content_type='image/jpeg'), dict(filename='IMG_2032.jpg', content_type='image/jpeg'), dict(filename='IMG_2033.jpg', content_type='image/jpeg')],
     must=['来回运费要我自己出'], mustnot=['充不进电问题已登记'],
     notes='163.com consumer reply (在 ... 写道： with > lines); supplies the merchant landline and three photos; the shop name is only in the quote'),

# ---------------------------------------------------------------- Fri 27 Nov
dict(client='iphone', name='Tom Becker', addr='tom.becker@icloud.com', date=D('2026-11-27 07:25:10'),
     subject='E-bike battery warranty',
     body='''Hi,

I'm a German teacher living in Yiwu. In August I bought an electric bike at Jiayi Electric Bikes for 3,480 RMB cash. The shop promised 1 year warranty on the battery. Since October the battery lasts only 5 km. The shop now says the battery warranty is only 3 months and wants 900 RMB for a new one.
Shop address: 215 Jiangbin Middle Road, Yiwu

Can you help? My Chinese is not good enough to argue with them.

Tom Becker
138 5799 6204

Sent from my iPhone
''',
     kind='complaint', lang='en', cname='Tom Becker', cph=['+8613857996204'],
     rname='Jiayi Electric Bikes', radr='215 Jiangbin Middle Road, Yiwu',
     amt='3480.00', cur='CNY',
     must=['battery lasts only 5 km', 'not good enough to argue'],
     notes='iPhone UTF-8 base64; foreigner in Yiwu with a Chinese mobile; the 900 RMB quote for a new battery is not the amount'),

dict(client='qq', name='骆红', addr='1397706512@qq.com', date=D('2026-11-27 09:58:36'),
     subject='家具城买的餐桌有裂缝，老板不管',
     body='''服务站你好：
10月份在义乌国际家具城三楼一家卖实木餐桌的店订了一张餐桌和六把椅子，先交了定金1000元，送货时又付了尾款3200元，一共4200元。店名当时没记，只有老板的名片，老板姓朱，电话13867985530。
送来的桌面有裂缝，椅子也跟样品不一样，不是实木的，是贴皮的。老板开始说来换，后来一直拖，现在电话也不接。
送货地址：义乌市佛堂镇新华街126号
骆红
15957956681
''',
     kind='complaint', lang='zh', cname='骆红', cph=['+8615957956681'], cadr='义乌市佛堂镇新华街126号',
     rph=['+8613867985530'], amt='4200.00', cur='CNY',
     must=['是贴皮的', '现在电话也不接'],
     notes='QQ Mail; furniture mall named but not the shop (respondent_name missing), boss phone is the merchant contact; total 4200 stated'),

dict(client='yahoo', name='Blessing Adeyemi', addr='blessingadeyemi@yahoo.com', date=D('2026-11-27 07:14:29', '+0100'),
     subject='How to make complaint',
     body='''Good day sir,

Please I want to ask how your office can help foreigners. I paid deposit of 1,500 USD to a supplier in Yiwu for hair accessories in September and up till now they have not ship the goods, they keep giving excuses. Before I make official complaint I want to know what is the procedure and what documents I need to send, and how long it take.

Thank you and God bless.
Blessing Adeyemi
+234 812 660 4471
''',
     kind='inquiry', lang='en', cname='Blessing Adeyemi', cph=['+2348126604471'],
     amt='1500.00', cur='USD',
     must=['what is the procedure', 'how long it take'],
     notes='Procedure inquiry before a complaint; the deposit was paid, so it is the amount; supplier not named'),

# ---------------------------------------------------------------- Sat 28 Nov
dict(client='qq', name='Sunny', addr='2846017735@qq.com', date=D('2026-11-28 11:21:07'),
     subject='力健健身俱乐部老板跑路，年卡无法使用',
     body='''你们好，
我在“力健健身俱乐部”办了一张年卡，2680元，今年7月才办的。11月15号去的时候发现大门贴了封条，说是装修暂停营业，微信群也解散了，教练都联系不上。听说老板已经跑了。
健身房地址：义乌市宾王路199号嘉和广场4楼
我这边有会员卡和付款记录，像我这样的会员起码有一两百个。

张莉莉
手机：159 8859 2047
''',
     kind='complaint', lang='zh', cname='张莉莉', cph=['+8615988592047'],
     rname='力健健身俱乐部', radr='义乌市宾王路199号嘉和广场4楼', amt='2680.00', cur='CNY',
     must=['老板已经跑了', '会员卡和付款记录'],
     notes='QQ Mail with an English nickname; gym closed with prepaid cards; signature name wins'),

dict(client='gmail', name='Omar Khalid', addr='omar.khalid.trading@gmail.com', date=D('2026-11-28 13:44:52', '+0400'),
     subject='Deposit not returned - Yiwu Guangcai Lighting Factory',
     body='''Hello,

We ordered 3,000 Ramadan lanterns from Yiwu Guangcai Lighting Factory (Order No.: GC-26-0412) for delivery before end of October. We paid 30% deposit, USD 3,600, on 20 August. The factory delayed again and again and now they say the goods will be ready in December, which is too late for the Ramadan season in our market. We asked for the deposit back, they refuse.

Factory phone: 0579-85680231
Contact: Jenny

Omar Khalid
Al Noor General Trading LLC, Dubai
+971 50 318 2746
''',
     kind='complaint', lang='en', cname='Omar Khalid', cph=['+971503182746'],
     rname='Yiwu Guangcai Lighting Factory', rph=['+8657985680231'],
     onum='GC-26-0412', amt='3600.00', cur='USD',
     must=['too late for the Ramadan season', 'they refuse'],
     notes='Gmail; Dubai trader; late delivery, deposit (paid) is the amount; own company in the signature is not the respondent'),

# ---------------------------------------------------------------- Sun 29 Nov
dict(client='android', name='Juan Pérez', addr='juanperez.mx@gmail.com', date=D('2026-11-29 02:37:15', '-0600'),
     subject='question about receipt',
     body='''Hi,
I am from Mexico, I buy in Futian market every year. Question: if I pay by cash in the market and the shop gives me only a handwritten receipt, is this receipt enough to make a complaint later? And can you help if the shop is closed or moved?
Thanks
Juan Pérez
WhatsApp +52 55 3481 2290
''',
     kind='inquiry', lang='en', cname='Juan Pérez', cph=['+525534812290'],
     must=['handwritten receipt', 'closed or moved'],
     notes='Android UTF-8 8bit with a UTF-8 encoded From name; general inquiry; a market name alone is not a merchant'),
]

for i, m in enumerate(MAILS, 1):
    m['id'] = '%02d' % i

blindgen.run(ROUND, HERE, MAILS)
