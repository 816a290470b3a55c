# fresh9c: a third blind worked round of 40 mails; focus: how people name the
# merchant (respondent) and the traps next to it.  Written blind on 2026-12-03.
import os, sys
import datetime, email.utils
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
ROUND = 'fresh9c'


def D(month, day, hh, mm, ss, tz=8):
    t = datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(t)


MAILS = [
# 01 zh complaint, QQ: Taobao shop in quotes, labelled fields; 中通 and its waybill are traps
dict(id='01', client='qq', name='晓燕', addr='1847362950@qq.com', date=D(11, 26, 21, 14, 7),
     subject='淘宝“小鹿优选家居”卖的收纳柜开裂，商家不给退',
     body='''您好：
我于11月18日在淘宝“小鹿优选家居”买了一个三层实木收纳柜，收到后发现侧板开裂，柜门也关不上。找商家客服要求退货退款，对方一直拖着，说是中通快递运输中压坏的，让我自己去找快递。
订单号：4128837562019384756
实付款：¥1,280.00
中通运单号：78946512307745
商家客服电话：0579-85367721
店铺链接：https://xiaoluyouxuan.taobao.com
请服务站帮忙协调，谢谢！

姓名：林晓燕
电话：139 5792 6614
地址：浙江省金华市婺城区八一南街318号阳光小区5幢1单元302
''',
     kind='complaint', lang='zh', cname='林晓燕', cph=['+8613957926614'],
     cadr='浙江省金华市婺城区八一南街318号阳光小区5幢1单元302',
     rname='小鹿优选家居', rurls=['https://xiaoluyouxuan.taobao.com'], rph=['+8657985367721'],
     onum='4128837562019384756', amt='1280.00', cur='CNY',
     must=['侧板开裂', '请服务站帮忙协调'],
     att=[dict(filename='收纳柜开裂.jpg', content_type='image/jpeg')],
     notes='淘宝 + shop in “”: name without quotes or platform; 中通 (courier) is not the merchant and its 14-digit waybill is not a phone; QQ nickname loses to 姓名：'),

# 02 en complaint, Gmail: "the seller X Co., Ltd." Nigeria; Maersk, B/L, Zenith Bank traps; salesman's WhatsApp is the merchant's
dict(id='02', client='gmail', name='Chinedu Okafor', addr='chinedu.okafor.lagos@gmail.com', date=D(12, 1, 9, 42, 18, 1),
     subject='Complaint against seller - damaged goods and no refund',
     body='''Dear Sir/Madam,

My name is Chinedu Okafor, I am a trader at Alaba International Market in Lagos, Nigeria. I wish to lodge a complaint against the seller Golden Bridge Trading Co., Ltd. in Yiwu.

In October I ordered 600 pieces of rechargeable standing fans from them. Order No.: GB20261014-0387. I paid US$4,860.00 in full by T/T through Zenith Bank. The goods were shipped by Maersk, B/L No. MAEU238847561, and arrived in Lagos on 20 November. When we opened the cartons, more than 200 fans had broken blades and about 90 do not power on at all.

I sent photos and videos to their sales manager, Mr. Kevin Zhou (WhatsApp +86 158 6792 4413), but since 25 November he has stopped answering. The company refused to replace or refund anything and said the damage happened in shipping.

Please help me to get my money back for the damaged units.

Thank you.
Chinedu Okafor
Tel: +234 803 555 0147
Shop 14B, Alaba International Market, Ojo, Lagos, Nigeria
''',
     kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348035550147'],
     cadr='Shop 14B, Alaba International Market, Ojo, Lagos, Nigeria',
     rname='Golden Bridge Trading Co., Ltd.', rph=['+8615867924413'],
     onum='GB20261014-0387', amt='4860.00', cur='USD',
     must=['broken blades', 'Golden Bridge Trading'],
     att=[dict(filename='damaged_fans.jpg', content_type='image/jpeg')],
     notes='"the seller X Co., Ltd."; the sales manager\'s WhatsApp is the merchant\'s phone; Maersk, B/L number and Zenith Bank are traps; street address in the signature'),

# 03 zh complaint, 163: 拼多多【】; 微信支付 is not the merchant
dict(id='03', client='163', name='赵文静', addr='zhaowj_88@163.com', date=D(11, 24, 12, 3, 51),
     subject='拼多多买的电热水壶漏电',
     body='''服务站的同志你们好，
我叫赵文静，在山东临沂上班。上个月在拼多多【乐品生活馆】买了一个电热水壶，用了不到两周底座就漏电，手被电麻了一下，太危险了。
订单编号：261104-583726194052817
我用微信支付付了59.9元。
联系商家要求退货，客服说过了7天无理由退货期不管，让我去找厂家。商家客服电话是15906381247。
希望你们能督促这家店退款，并且把这批有问题的水壶下架。
我的电话：18653917720
赵文静
''',
     kind='complaint', lang='zh', cname='赵文静', cph=['+8618653917720'],
     rname='乐品生活馆', rph=['+8615906381247'],
     onum='261104-583726194052817', amt='59.90', cur='CNY',
     must=['底座就漏电'],
     notes='拼多多【乐品生活馆】: name without 【】 and platform; 微信支付 is the payment platform, not the merchant; 山东临沂 is not an address'),

# 04 en complaint, Outlook: "a shop called X on AliExpress"
dict(id='04', client='outlook', name='Katarzyna Nowak', addr='k.nowak84@outlook.com', date=D(11, 27, 18, 20, 4, 1),
     subject='AliExpress seller sent fake headphones',
     body='''Hello,

I bought wireless headphones from a shop called Happy Kitty Toys on AliExpress (strange name, I know, they sell everything). The store link is https://www.aliexpress.com/store/1103287745 and the Order ID is 8190374625518832.

I paid USD 67.80. What I received is an obvious copy, the box says "AirSound Pro" but that is not the brand on the listing, and the left earbud does not charge. AliExpress closed my dispute because the seller uploaded a fake tracking number for the return. The seller refused a refund twice.

Can your station contact this seller? I understood many AliExpress shops are in Yiwu.

Best regards,
Katarzyna Nowak
ul. Mickiewicza 27/4, 30-059 Kraków, Poland
+48 601 555 147
''',
     kind='complaint', lang='en', cname='Katarzyna Nowak', cph=['+48601555147'],
     cadr='ul. Mickiewicza 27/4, 30-059 Kraków, Poland',
     rname='Happy Kitty Toys', rurls=['https://www.aliexpress.com/store/1103287745'],
     onum='8190374625518832', amt='67.80', cur='USD',
     must=['left earbud does not charge'],
     notes='"a shop called X on AliExpress": name without the platform; AliExpress store URL; Polish address and mobile in the signature'),

# 05 zh complaint, Foxmail: 抖音 + 一家叫…的店 without quotes; no merchant contact
dict(id='05', client='foxmail', name='周丽', addr='zhouli_sh@foxmail.com', date=D(11, 23, 22, 47, 30),
     subject='抖音直播间买的护肤品过敏',
     body='''您好：
11月20日晚上我在抖音看直播，在一家叫美颜工坊的店买了一套补水护肤品，实付299元。用了两天脸上起红疹，去医院看了皮肤科，医生说是过敏，成分表和宣传的“纯植物”根本不符。
找客服申请退款，对方说已经拆封不能退，只肯补偿20元优惠券。
订单号：6928371045526617384
附件是医院病历和商品照片。

周丽
手机：137-6128-4409
''',
     kind='complaint', lang='zh', cname='周丽', cph=['+8613761284409'],
     rname='美颜工坊', onum='6928371045526617384', amt='299.00', cur='CNY',
     must=['脸上起红疹'],
     att=[dict(filename='病历.jpg', content_type='image/jpeg'), dict(filename='商品照片.jpg', content_type='image/jpeg')],
     notes='抖音 + 一家叫美颜工坊的店 (no quotes); the 20元 coupon is not the amount; no merchant contact'),

# 06 en complaint, Yahoo: ALL CAPS IMP. & EXP. CO., LTD.; PI and contract numbers are not order numbers; office address after the name
dict(id='06', client='yahoo', name='Kwame Mensah', addr='kwamemensah_gh@yahoo.com', date=D(12, 1, 11, 5, 39, 0),
     subject='Urgent complaint - FORTUNE STAR IMP. & EXP. CO., LTD.',
     body='''Dear Consumer Rights Station,

I am Kwame Mensah from Kumasi, Ghana. I placed an order for 1,200 pairs of ladies sandals with FORTUNE STAR IMP. & EXP. CO., LTD. in September. Our proforma invoice is PI No. FS-2026-0917 and the contract number is FSC/0917/26.

I paid a total of US$7,350 by bank transfer from GCB Bank. They promised shipment in 30 days but until today (1 December) the goods are not shipped. Every week they give a new excuse.

Their office address: Room 1608, Block B, Yiwu International Trade Center, No. 1 Futian Road, Yiwu
Their Tel: +86 579 8552 6630

Please help me. I want them to ship the goods or return my money.

Kwame Mensah
Mobile: +233 24 555 0147
''',
     kind='complaint', lang='en', cname='Kwame Mensah', cph=['+233245550147'],
     rname='FORTUNE STAR IMP. & EXP. CO., LTD.', rph=['+8657985526630'],
     radr='Room 1608, Block B, Yiwu International Trade Center, No. 1 Futian Road, Yiwu',
     amt='7350.00', cur='USD',
     must=['goods are not shipped'],
     notes='merchant in ALL CAPS (IMP. & EXP. CO., LTD.); proforma invoice and contract numbers are not order numbers; GCB Bank is a trap; merchant office address and landline'),

# 07 zh complaint, 126: market stall in quotes; 老板姓王 is a person; the boss's phone is the merchant's
dict(id='07', client='126', name='陈建华', addr='chenjh_wz@126.com', date=D(11, 25, 8, 31, 12),
     subject='商贸城摊位批发的书包质量问题',
     body='''你好！
我是江西上饶的小卖部老板陈建华。10月份我在国际商贸城五区的“晶晶箱包”摊位批发了200个儿童书包，一共付了人民币肆仟元。
到货后发现有一半以上拉链拉不动，肩带缝线一扯就开。摊位老板姓王，一开始答应换货，后来就说是我们自己用坏的，电话也不接了。
商铺地址：义乌国际商贸城五区1门1楼23156号
王老板电话：135 8792 0416
我现在店里压着一百多个坏书包，麻烦你们帮忙处理一下。
陈建华 13970341528
''',
     kind='complaint', lang='zh', cname='陈建华', cph=['+8613970341528'],
     rname='晶晶箱包', radr='义乌国际商贸城五区1门1楼23156号', rph=['+8613587920416'],
     amt='4000.00', cur='CNY',
     must=['拉链拉不动'],
     notes='在国际商贸城五区的“晶晶箱包”摊位; 老板姓王 / 王老板 is a person, not the name, but his phone is the merchant\'s; 商铺地址 is the respondent address; 肆仟元 → 4000.00'),

# 08 en complaint, Mail.ru: "from X Industrial Co., Ltd"; Ms. Lily from sales is a person; DHL waybill is not a phone; Cyrillic From name
dict(id='08', client='mailru', name='Дмитрий Соколов', addr='d.sokolov77@mail.ru', date=D(11, 30, 14, 2, 55, 7),
     subject='Complaint: wrong LED lamps delivered',
     body='''Hello,

I am Dmitry Sokolov, I have a small lighting shop in Novosibirsk. In October I ordered 300 LED desk lamps from Yiwu Lantian Industrial Co., Ltd through Ms. Lily from their sales department (WhatsApp +86 186 5791 0238).

Order No. LT-26-10-552
Paid: US$2,940.00

The lamps came by DHL Express (waybill 4419827365) but they are the wrong model: 5W instead of 12W, and the colour temperature is different. Ms. Lily first said they will send the correct ones, now she says the factory closed the order and refuses to take any responsibility.

Please help to solve this problem.

Dmitry Sokolov
+7 913 555-01-47
Novosibirsk, Russia
''',
     kind='complaint', lang='en', cname='Dmitry Sokolov', cph=['+79135550147'],
     rname='Yiwu Lantian Industrial Co., Ltd', rph=['+8618657910238'],
     onum='LT-26-10-552', amt='2940.00', cur='USD',
     must=['5W instead of 12W'],
     notes='"from X Industrial Co., Ltd" (no final dot); Ms. Lily from sales is a person, her WhatsApp is the merchant\'s; DHL and its waybill are traps; Latin name in the text wins over the Cyrillic From name; Novosibirsk, Russia is not an address'),

# 09 zh complaint, iPhone: 1688 有限公司 with shop URL; 发自我的iPhone
dict(id='09', client='iphone', name='何志强', addr='hezhiqiang1985@icloud.com', date=D(11, 28, 10, 16, 44),
     subject='1688采购的保温杯不合格',
     body='''你好，我是广州的何志强，在1688上向义乌市锦程日用品有限公司采购了500个不锈钢保温杯，货款3,560元已经付了。收货后抽检发现保温效果很差，部分杯子内胆有锈点，杯底印的是201不锈钢，不是他们宣传的304。
店铺：https://jinchengriyong.1688.com
订单号：3385620174938251746
跟他们业务员沟通了好几次，对方只同意每个杯子补贴两块钱，我不接受。
我的电话 138-2604-7735

发自我的iPhone
''',
     kind='complaint', lang='zh', cname='何志强', cph=['+8613826047735'],
     rname='义乌市锦程日用品有限公司', rurls=['https://jinchengriyong.1688.com'],
     onum='3385620174938251746', amt='3560.00', cur='CNY',
     must=['内胆有锈点'],
     notes='1688 + 向…有限公司采购; 店铺 URL; the 两块钱 subsidy offer is not the amount; iPhone plain UTF-8 base64'),

# 10 en complaint, Gmail: "X (their Alibaba store)"
dict(id='10', client='gmail', name='Rafael Souza', addr='rafael.souza.imports@gmail.com', date=D(11, 26, 10, 55, 2, -3),
     subject='Problem with supplier on Alibaba',
     body='''Good morning,

My name is Rafael Souza from São Paulo, Brazil. I bought 2,000 phone cases from Sunny Days (their Alibaba store) https://sunnydays.en.alibaba.com and the company behind the store is in Yiwu.

Order #: 24611893027745
Amount paid: USD 2,450.00

About 40% of the cases are for the wrong phone model, and the printing is blurred. The supplier refused to send replacements and told me to open a dispute with Alibaba, but the Trade Assurance period has ended.

Could you please contact them?

Obrigado,
Rafael Souza
WhatsApp: +55 11 95555-0147
Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001, Brazil
''',
     kind='complaint', lang='en', cname='Rafael Souza', cph=['+5511955550147'],
     cadr='Rua Augusta 1508, apto 72, São Paulo - SP, 01304-001, Brazil',
     rname='Sunny Days', rurls=['https://sunnydays.en.alibaba.com'],
     onum='24611893027745', amt='2450.00', cur='USD',
     must=['printing is blurred'],
     notes='"X (their Alibaba store)"; Alibaba store URL; the writer\'s WhatsApp is the complainant\'s phone'),

# 11 zh complaint, QQ: 商行 named once then 对方/他们/这家店; the writer's workplace is a trap; a market alone
dict(id='11', client='qq', name='木子', addr='2210384756@qq.com', date=D(11, 29, 20, 8, 26),
     subject='饰品店发货错误拒不处理',
     body='''您好，
我是义乌市稠城第一小学的老师李梅，平时在网上开个小店卖手工饰品。11月初我从“鑫辉饰品商行”进了一批合金耳环，一共800对，货款2,400元是转账付的。
收到后发现一半款式是错的，颜色也不对。我找对方要求换货，他们说库存没有了，只能退一半的钱，后来干脆把我拉黑了。这家店在福田市场还有个摊位，但去了几次都没人。
我的电话：0579-85216673，手机152 5793 8801
李梅
''',
     kind='complaint', lang='zh', cname='李梅', cph=['+8657985216673', '+8615257938801'],
     rname='鑫辉饰品商行', amt='2400.00', cur='CNY',
     must=['一半款式是错的'],
     notes='商行 named once, then 对方/他们/这家店; 义乌市稠城第一小学 is the writer\'s workplace, not the respondent; 福田市场 alone is no address; both phones are the writer\'s; QQ nickname 木子 loses to the text'),

# 12 en complaint, Outlook: "X on Temu"; EUR; no phones at all
dict(id='12', client='outlook', name='Jonas Becker', addr='jonas.becker@outlook.de', date=D(11, 24, 19, 33, 10, 1),
     subject='Temu order - dangerous charger',
     body='''Hello,

I ordered a USB charger and two cables from BestLife Home on Temu. Order ID: PO-211-04418827365510925. I paid €23.47.

The charger became very hot and melted the plug after 10 minutes, it could have caused a fire. Temu customer service said I should contact the seller, the seller says they are only a reseller and refused any compensation. The packaging says it was shipped from Yiwu.

I would like the seller to refund me and stop selling this charger.

Regards
Jonas Becker
Bergstraße 12, 69120 Heidelberg, Germany
''',
     kind='complaint', lang='en', cname='Jonas Becker', cadr='Bergstraße 12, 69120 Heidelberg, Germany',
     rname='BestLife Home', onum='PO-211-04418827365510925', amt='23.47', cur='EUR',
     must=['melted the plug'],
     notes='"from X on Temu": name without the platform; Temu order ID; euro amount; no phone on either side'),

# 13 zh complaint, 163: merchant named only in the subject; 店家QQ is not a phone
dict(id='13', client='163', name='孙浩', addr='sunhao_2010@163.com', date=D(11, 27, 9, 12, 40),
     subject='投诉义乌市佳美服饰经营部拖欠退款',
     body='''你好，
10月25日我在这家经营部的微店买了两件羽绒服，订单号：WD20261025118374，用支付宝共付款628元。收到后尺码不对，按对方要求寄回去退货，对方11月3日签收了退货包裹，到现在快一个月了还没退款。
每次问客服都说财务在处理。店家QQ：2847561930，也不回。
请你们帮忙催一下退款。
孙浩
电话：17705791326
''',
     kind='complaint', lang='zh', cname='孙浩', cph=['+8617705791326'],
     rname='义乌市佳美服饰经营部', onum='WD20261025118374', amt='628.00', cur='CNY',
     must=['还没退款'],
     notes='the merchant (经营部) is named only in the Subject, the body says 这家经营部/对方; the shop\'s QQ number is not a phone, so no respondent contact; 支付宝 is the payment platform'),

# 14 en complaint, Android: "X Technology refused"; Kenyan local number with the country in the label
dict(id='14', client='android', name='Grace Wanjiru', addr='grace.wanjiru@gmail.com', date=D(11, 30, 8, 45, 0, 3),
     subject='Shenzhen Chuangxin Technology refused refund',
     body='''Hi,

I ordered 50 smart watches for my shop in Nairobi from Shenzhen Chuangxin Technology Co., Ltd. They have a showroom in Yiwu. Chuangxin Technology refused to refund me after 18 of the watches arrived with cracked screens.

Order ref: CX-88172
I paid USD 1,150 through Western Union.

Their sales phone: +86 755 2658 3317

My phone (Kenya): 0712 555 014

Grace Wanjiru
''',
     kind='complaint', lang='en', cname='Grace Wanjiru', cph=['+254712555014'],
     rname='Shenzhen Chuangxin Technology Co., Ltd.', rph=['+8675526583317'],
     onum='CX-88172', amt='1150.00', cur='USD',
     must=['cracked screens'],
     notes='"X Technology refused" after the full name: fullest form; Western Union is a trap; a Kenyan local mobile takes +254 from the label; Android 8bit UTF-8'),

# 15 zh complaint, Android: 快手 + 店名是…; 顺丰 is the courier
dict(id='15', client='android', name='马秀英', addr='maxiuying66@sina.com', date=D(11, 25, 16, 27, 3),
     subject='快手买的红枣全是虫',
     body='''您好，我在快手上买了5斤新疆红枣，店名是老陈土特产，花了168元。收到打开一看好多虫眼，还有发霉的。快递是顺丰送来的，快递员说这不归他们管。
联系店家，他们说是我保存不当，不肯退。
订单号：2611180935721846
我叫马秀英，电话13309516627，地址：宁夏银川市兴庆区解放东街128号2单元501
''',
     kind='complaint', lang='zh', cname='马秀英', cph=['+8613309516627'],
     cadr='宁夏银川市兴庆区解放东街128号2单元501',
     rname='老陈土特产', onum='2611180935721846', amt='168.00', cur='CNY',
     must=['好多虫眼'],
     notes='快手 + 店名是…; 顺丰 (courier) is not the merchant; name, phone and address in one self-introduction line'),

# 16 en complaint, Thunderbird: writer's own company in intro and signature; merchant shop address and contact person
dict(id='16', client='thunderbird', name='Omar Al-Farsi', addr='omar@desertrose-trading.example', date=D(11, 29, 11, 18, 37, 4),
     subject='Complaint about Yiwu supplier - short shipment',
     body='''Dear Sir,

We are Desert Rose General Trading LLC, an importer of household goods in Dubai. I am Omar Al-Farsi, purchasing manager.

Our supplier in Yiwu, Qianhe Trading Firm, shipped only 410 cartons of plastic storage boxes instead of the 520 cartons we paid for. Order No.: QH-2026-0833. We paid US$18,200.00 in two instalments through Emirates NBD.

Their shop is in the market:
Shop address: District 4, Gate 3, Floor 2, Shop 36028, Yiwu International Trade City
Contact: Mr. Chen, +86 139 2917 4450

Mr. Chen admits the shortage but refuses to ship the missing cartons or refund the difference.

Best regards,
Omar Al-Farsi
Purchasing Manager
Desert Rose General Trading LLC
Office 604, Al Maktoum Building, Port Saeed, Deira, Dubai, UAE
Tel: +971 4 555 0182
Mob: +971 50 555 0147
''',
     kind='complaint', lang='en', cname='Omar Al-Farsi', cph=['+97145550182', '+971505550147'],
     cadr='Office 604, Al Maktoum Building, Port Saeed, Deira, Dubai, UAE',
     rname='Qianhe Trading Firm', radr='District 4, Gate 3, Floor 2, Shop 36028, Yiwu International Trade City',
     rph=['+8613929174450'], onum='QH-2026-0833', amt='18200.00', cur='USD',
     must=['shipped only 410 cartons'],
     notes='the writer\'s own company (Desert Rose General Trading LLC) in intro and signature is not the respondent; "Our supplier in Yiwu, X,"; Mr. Chen is a person, his phone is the merchant\'s; Emirates NBD is a trap; format=flowed'),

# 17 zh complaint, QQ: 小红书 + 商家叫… (no quotes); product URL; the writer's other e-mail
dict(id='17', client='qq', name='Amy', addr='amy_wang1999@qq.com', date=D(11, 28, 23, 5, 16),
     subject='小红书买的手作包包一周就坏了',
     body='''你好，我在小红书上买了一个编织手提包，商家叫花间集手作，付了280元，收到用了一周提手就断了。
商品链接：https://www.xiaohongshu.com/goods-detail/65a1f3c2e4b0d1a2b3c4d5e6
店主说是手工制品不保修，不给退也不给换。
订单号：P743829105667182

王雨婷
电话：15967821334
邮箱：wangyuting_99@163.com
''',
     kind='complaint', lang='zh', cname='王雨婷', cph=['+8615967821334'], cem=['wangyuting_99@163.com'],
     rname='花间集手作', rurls=['https://www.xiaohongshu.com/goods-detail/65a1f3c2e4b0d1a2b3c4d5e6'],
     onum='P743829105667182', amt='280.00', cur='CNY',
     must=['提手就断了'],
     notes='小红书 + 商家叫… without quotes; a product URL is a respondent URL; the writer gives a 163 address other than her From address; English QQ nickname Amy is not the name'),

# 18 zh inquiry, 126: is a 工作室 reliable; a planned deposit is not an amount
dict(id='18', client='126', name='刘畅', addr='liuchang_bj@126.com', date=D(11, 30, 15, 40, 9),
     subject='咨询：这家定制工作室靠谱吗',
     body='''您好！
我准备下个月结婚，想在义乌市巧艺手工工作室定制150份伴手礼，对方报价一份16元，要先付30%定金。
商家电话（微信同号）：15825791234
网店：https://qiaoyi-shougong.taobao.com
想请问服务站，这家工作室有没有被投诉过？如果付了定金以后对方做错了或者不发货，我该怎么维权？
谢谢！
刘畅
186 1032 5547
''',
     kind='inquiry', lang='zh', cname='刘畅', cph=['+8618610325547'],
     rname='义乌市巧艺手工工作室', rph=['+8615825791234'], rurls=['https://qiaoyi-shougong.taobao.com'],
     must=['有没有被投诉过'],
     notes='inquiry about a 工作室 before buying; 电话（微信同号） is a merchant phone; the 16元 price and the 30% deposit are not paid, so no amount'),

# 19 zh complaint, QQ: 厂 with 厂址 and 厂里电话; 收货地址 is the writer's
dict(id='19', client='qq', name='吴国平', addr='wuguoping@vip.qq.com', date=D(11, 26, 13, 58, 21),
     subject='实木书桌质量问题投诉',
     body='''服务站您好：
我通过熟人介绍直接从东阳市华兴木制品厂订了两张实木书桌，付了3,800元。厂里说是纯橡木的，送来后发现桌面是贴皮的密度板，抽屉滑轨也是坏的。
厂址：东阳市南马镇工业区兴业路8号
厂里电话：0579-86731209
我要求退货，厂家说定制产品不能退。
收货地址：浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼1103
吴国平 手机 13858016620
''',
     kind='complaint', lang='zh', cname='吴国平', cph=['+8613858016620'],
     cadr='浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼1103',
     rname='东阳市华兴木制品厂', radr='东阳市南马镇工业区兴业路8号', rph=['+8657986731209'],
     amt='3800.00', cur='CNY',
     must=['贴皮的密度板'],
     notes='a factory (厂) bought from directly: 厂址 and 厂里电话 belong to the respondent, 收货地址 to the complainant'),

# 20 zh complaint, iPhone: a shop in 万达广场 — the mall is not the merchant
dict(id='20', client='iphone', name='张婷', addr='zhangting_0517@icloud.com', date=D(11, 23, 17, 22, 48),
     subject='万达广场买的大衣起球严重',
     body='''你好，我上个月在义乌万达广场三楼一家女装店买了一件羊毛大衣，刷卡付了899元。穿了两次就严重起球，吊牌写的羊毛含量80%，我怀疑是假的。
去店里找，店员说要问老板，老板一直不在。小票我弄丢了，只有银行卡扣款记录。
我叫张婷，电话15057916632。
能帮我维权吗？

发自我的iPhone
''',
     kind='complaint', lang='zh', cname='张婷', cph=['+8615057916632'],
     amt='899.00', cur='CNY',
     must=['严重起球'],
     notes='一家女装店 in 万达广场: the mall is not a merchant name and 万达广场三楼 is no merchant address; 老板 unnamed'),

# 21 zh complaint, 163: 1688 批发部; 业务员小李's phone; the writer's own shop is a trap; signature address
dict(id='21', client='163', name='温州万家福便利店', addr='wjf_store@163.com', date=D(11, 27, 14, 6, 33),
     subject='1688进货的玩具有安全隐患',
     body='''你好，
我在温州开了一家小超市叫“万家福便利店”，11月在1688上找了义乌市鸿运玩具批发部进了一批儿童水枪和弹射飞机，货款1,650元已付。
到货后发现弹射飞机的橡皮筋很容易断，断了会弹到小孩眼睛，包装上也没有3C标志。我要求退货，对方业务员小李（电话13516987742）一开始说可以退，后来说退货要扣30%的手续费。
1688订单号：2983716645509182736
这家批发部的店铺链接：https://hongyunwanju.1688.com
请帮忙处理。

郑建国
浙江省温州市鹿城区解放街86号
13857789021
''',
     kind='complaint', lang='zh', cname='郑建国', cph=['+8613857789021'],
     cadr='浙江省温州市鹿城区解放街86号',
     rname='义乌市鸿运玩具批发部', rph=['+8613516987742'], rurls=['https://hongyunwanju.1688.com'],
     onum='2983716645509182736', amt='1650.00', cur='CNY',
     must=['没有3C标志'],
     notes='the writer\'s own shop “万家福便利店” (also the From name) is not the respondent; 批发部 on 1688; 业务员小李 is a person, his phone is the merchant\'s; street address in the signature'),

# 22 zh complaint, QQ: 闲鱼 + 一家叫“…”的店; physical shop address labelled
dict(id='22', client='qq', name='阿飞', addr='3058827164@qq.com', date=D(11, 28, 19, 44, 2),
     subject='闲鱼买的二手相机是坏的',
     body='''您好：
我在闲鱼上一家叫“阿杰二手数码”的店买了一台二手微单相机，卖家描述是九成新、功能完好，我通过闲鱼付了2,150元。
收到后发现对焦马达有问题，拍照一直跑焦。卖家说发货前是好的，不同意退货。
卖家在义乌有实体店，地址：义乌市宾王路218号宾王数码城1楼A36
我的名字叫黄磊，电话18969012275。
''',
     kind='complaint', lang='zh', cname='黄磊', cph=['+8618969012275'],
     rname='阿杰二手数码', radr='义乌市宾王路218号宾王数码城1楼A36', amt='2150.00', cur='CNY',
     must=['一直跑焦'],
     notes='闲鱼 + 一家叫“…”的店; 地址 in the sentence about the seller\'s shop is the respondent address; nickname 阿飞 loses to 我的名字叫黄磊'),

# 23 zh complaint, Foxmail Big5: Traditional Chinese from Hong Kong; 淘寶「…」
dict(id='23', client='foxmail', cs='big5', hcs='big5', name='陳嘉欣', addr='chankayan@foxmail.com', date=D(11, 25, 21, 36, 15),
     subject='淘寶店「港仔潮流館」寄錯貨不退款',
     body='''你好，
本人陳嘉欣，住香港。十月底在淘寶「港仔潮流館」買了兩對波鞋，付款HK$ 680，收到的是另一款，尺碼亦不對。
店鋪網址：https://gangzaichaoliu.taobao.com
訂單號：4027736518842097365
聯絡客服多次，對方只叫我自己寄回義烏，運費要我出，寄回後又話未收到。
我的電話：+852 9123 4567
地址：香港九龍旺角彌敦道688號旺角中心一期15樓1508室
''',
     kind='complaint', lang='zh', cname='陳嘉欣', cph=['+85291234567'],
     cadr='香港九龍旺角彌敦道688號旺角中心一期15樓1508室',
     rname='港仔潮流館', rurls=['https://gangzaichaoliu.taobao.com'],
     onum='4027736518842097365', amt='680.00', cur='HKD',
     must=['寄回後又話未收到'],
     notes='Big5 Traditional Chinese (Hong Kong); 淘寶「…」 brackets removed; HK$ amount; 本人… self-introduction'),

# 24 en complaint, Outlook windows-1252: Imp. & Exp. Co. from a website; own gift shop in intro/signature; Ms. Wendy; Kuehne+Nagel
dict(id='24', client='outlook1252', name='Lucía Fernández', addr='lucia.fernandez@hotmail.es', date=D(11, 24, 10, 14, 51, 1),
     subject='Complaint - broken ceramic mugs',
     body='''Hello,

I run a small gift shop, Bazar Lucía, in Valencia. In October I ordered 480 ceramic mugs from Yiwu Bright Star Imp. & Exp. Co. through their website https://www.brightstar-yiwu.example/products/mugs and paid €1,920.00 by bank transfer.

Almost 30% of the mugs arrived broken because they were packed without any paper. Ms. Wendy from their export team promised a credit note but it never came, and now she says the breakage is the forwarder’s problem (we used Kuehne+Nagel from Ningbo).

Order No.: BS-ES-2026-114

Kind regards,
Lucía Fernández
Bazar Lucía
Calle de Colón 15, 46004 Valencia, Spain
Tel. +34 612 55 01 47
''',
     kind='complaint', lang='en', cname='Lucía Fernández', cph=['+34612550147'],
     cadr='Calle de Colón 15, 46004 Valencia, Spain',
     rname='Yiwu Bright Star Imp. & Exp. Co.', rurls=['https://www.brightstar-yiwu.example/products/mugs'],
     onum='BS-ES-2026-114', amt='1920.00', cur='EUR',
     must=['packed without any paper'],
     notes='Imp. & Exp. Co. (no Ltd); the writer\'s own shop Bazar Lucía is not the respondent; Ms. Wendy is a person; Kuehne+Nagel (forwarder) is a trap; windows-1252 QP with € and curly apostrophe'),

# 25 zh inquiry, 163: general question, no merchant
dict(id='25', client='163', name='高雪', addr='gaoxue_2000@163.com', date=D(11, 29, 10, 2, 27),
     subject='请问网购退货的运费由谁承担',
     body='''你好，
想咨询一下：在网上买东西，如果是商品质量问题退货，来回运费应该由商家还是消费者出？如果是七天无理由退货呢？
另外，如果商家是在义乌的，但我人在外省，可以向你们投诉吗？还是要找当地的市场监管局？
谢谢解答。
高雪
''',
     kind='inquiry', lang='zh', cname='高雪',
     must=['来回运费'],
     notes='general inquiry (return shipping, jurisdiction); no merchant, no dispute'),

# 26 en complaint, Gmail: merchant named only in the subject
dict(id='26', client='gmail', name='Alejandro Ramírez', addr='alejandro.ramirez.mx@gmail.com', date=D(11, 30, 19, 51, 8, -6),
     subject='Complaint: Yiwu Meida Crafts Co., Ltd - wrong goods, no answer',
     body='''Hello,

I am writing about this supplier because they do not answer me anymore. I ordered 1,500 Christmas ornaments (glass balls, red and gold) for my store in Guadalajara. We paid US$3,275.00 in advance.

What arrived were plastic balls in silver and blue, not what we agreed in the sample. Their sales phone: 0579-8552 3376. Nobody picks up.

Order No. MD-1127

Please, can you help me? Christmas season is now and I have nothing to sell.

Alejandro Ramírez
Av. Chapultepec 480, Col. Americana, 44160 Guadalajara, Jal., Mexico
+52 33 5555 0147
''',
     kind='complaint', lang='en', cname='Alejandro Ramírez', cph=['+523355550147'],
     cadr='Av. Chapultepec 480, Col. Americana, 44160 Guadalajara, Jal., Mexico',
     rname='Yiwu Meida Crafts Co., Ltd', rph=['+8657985523376'],
     onum='MD-1127', amt='3275.00', cur='USD',
     must=['plastic balls in silver and blue'],
     notes='merchant named only in the Subject ("this supplier" in the body); a Yiwu landline in Chinese notation in an English mail'),

# 27 zh reply, QQ: consumer supplies the merchant; staff quote (原始邮件) holds other details
dict(id='27', client='qq', name='静静', addr='1593847261@qq.com', date=D(11, 30, 21, 3, 45),
     subject='回复：[YW-2026-01187] 请补充商家信息',
     body='''您好，
商家的全称我问到了，是义乌市美佳日用品商行，淘宝店铺链接：https://meijia-riyong.taobao.com
他们的客服电话：0579-85271093
订单号：3917265508837461920
许静


------------------ 原始邮件 ------------------
发件人: "服务站 陈静"<chenjing@yweca.org.example>;
发送时间: 2026年11月30日(星期一) 上午10:21
收件人: "静静"<1593847261@qq.com>;

主题: [YW-2026-01187] 请补充商家信息



许女士您好：
您反映的保温饭盒漏水问题已登记（编号YW-2026-01187）。您只写了“一家淘宝店”，我们无法联系商家，请补充商家名称、店铺链接或联系电话，以及订单号。

陈静
义乌市电子商务协会消费者维权服务站
电话：0579-85550188
''',
     quote_marker='------------------ 原始邮件',
     kind='reply', lang='zh', case='YW-2026-01187', cname='许静',
     rname='义乌市美佳日用品商行', rurls=['https://meijia-riyong.taobao.com'], rph=['+8657985271093'],
     onum='3917265508837461920',
     must=['商家的全称我问到了'], mustnot=['保温饭盒漏水问题已登记'],
     notes='consumer reply (QQ 原始邮件 block) that supplies the merchant name, URL and phone; the station phone in the quote is nobody\'s'),

# 28 en complaint, iPhone: a person in a market — no merchant name, but his phone is the merchant's; cash in RMB
dict(id='28', client='iphone', name='Imran Qureshi', addr='imran.qureshi786@icloud.com', date=D(11, 27, 22, 9, 31, 5),
     subject='Cheated by seller in Futian market',
     body='''Assalam o Alaikum,

I am Imran Qureshi, importer from Karachi. During my visit to Yiwu in October I bought 80 cartons of artificial flowers from a man called Mr. Zhang in Futian Market. I paid him RMB 26,400 in cash and he gave me only a handwritten receipt.

The goods arrived in Karachi last week and half of the cartons are filled with old faded stock, not the samples I selected. Mr. Zhang's phone is 13867925518 but now he blocks my WeChat and does not pick up.

My number: +92 300 555 0147

Please help me, this is big loss for my small business.

Sent from my iPhone
''',
     kind='complaint', lang='en', cname='Imran Qureshi', cph=['+923005550147'],
     rph=['+8613867925518'], amt='26400.00', cur='CNY',
     must=['old faded stock'],
     notes='a man called Mr. Zhang in Futian Market: a person and a market are no merchant name, but Mr. Zhang\'s phone is the merchant contact; RMB amount in an English mail'),

# 29 en inquiry, Outlook: is X Technology Co., Ltd. legitimate; planned order is not an amount; Bank of China and Ms. Lily traps
dict(id='29', client='outlook', name='Faisal Al-Harbi', addr='f.alharbi@hotmail.com', date=D(12, 1, 13, 27, 50, 3),
     subject='Is this company legitimate? Yiwu Hengda Technology',
     body='''Dear Sir/Madam,

I found a supplier of kitchen appliances online, Yiwu Hengda Technology Co., Ltd. Their website is https://www.hengda-tech.example and their sales manager, Ms. Lily, gave me WhatsApp +86 135 6793 2281.

We are planning a first order of about US$12,000 and they ask 50% deposit by T/T to a personal account at Bank of China. Is this normal? Is this company registered in Yiwu, and have you received complaints about them?

Thank you in advance.

Faisal Al-Harbi
Riyadh, Saudi Arabia
Mobile: +966 50 555 0147
''',
     kind='inquiry', lang='en', cname='Faisal Al-Harbi', cph=['+966505550147'],
     rname='Yiwu Hengda Technology Co., Ltd.', rurls=['https://www.hengda-tech.example'], rph=['+8613567932281'],
     must=['personal account at Bank of China'],
     notes='legitimacy inquiry: merchant details are extracted; US$12,000 is a planned order, not paid; Ms. Lily is a person (her WhatsApp is the merchant\'s); Bank of China is a trap'),

# 30 zh inquiry, Android: a market alone; no name at all; the phone in the From address is not stated
dict(id='30', client='android', name='', addr='13605792817@139.com', date=D(11, 26, 7, 55, 14),
     subject='想问下市场里买货的定金问题',
     body='''你好，我下周要去篁园市场进一批服装，听说有的摊位要先付定金，万一后面货不对，定金能要回来吗？市场里的摊位有没有统一的售后规定？
另外想问一下去你们服务站咨询需要预约吗？
谢谢
''',
     kind='inquiry', lang='zh',
     must=['定金能要回来吗'],
     notes='hypothetical (万一) inquiry; 篁园市场 alone is no merchant; no display name and no name in the text; the mobile in the From local part is not stated in the text'),

# 31 en complaint, Outlook: "The seller's name is X Import & Export Co., Ltd."; office address and phone after the name; HSBC, COSCO, Ms. Amy
dict(id='31', client='outlook', name='Nguyen Thi Lan', addr='lan.nguyen.hn@outlook.com', date=D(11, 25, 9, 38, 6, 7),
     subject='Complaint about Yiwu Xinyue Import & Export Co., Ltd.',
     body='''Dear Sir or Madam,

My name is Nguyen Thi Lan, I own a small stationery shop in Hanoi. The seller's name is Yiwu Xinyue Import & Export Co., Ltd. and their website is https://www.xinyue-yiwu.example/en/

Order #: XY-VN-0925
I paid USD 1,380.50 by bank transfer via HSBC Vietnam on 25 September.

They shipped the goods by sea with COSCO, but 12 of the 40 cartons had gel pens that were dried out, and the notebooks had mould. I sent photos to their sales Ms. Amy, and she said they will compensate, but it has been two months without any money.

Their office: Room 502, No. 88 Chouzhou North Road, Yiwu, Zhejiang, China
Their phone: +86 579 8556 1120

My contact:
Nguyen Thi Lan
Phone: +84 90 555 0147
Address: 45 Hang Bai Street, Hoan Kiem District, Hanoi, Vietnam
''',
     kind='complaint', lang='en', cname='Nguyen Thi Lan', cph=['+84905550147'],
     cadr='45 Hang Bai Street, Hoan Kiem District, Hanoi, Vietnam',
     rname='Yiwu Xinyue Import & Export Co., Ltd.', rurls=['https://www.xinyue-yiwu.example/en/'],
     radr='Room 502, No. 88 Chouzhou North Road, Yiwu, Zhejiang, China', rph=['+8657985561120'],
     onum='XY-VN-0925', amt='1380.50', cur='USD',
     must=['gel pens that were dried out'],
     att=[dict(filename='photos_cartons.pdf', content_type='application/pdf')],
     notes='"The seller\'s name is X Import & Export Co., Ltd."; Their office / Their phone are the respondent\'s, My contact block the complainant\'s; HSBC and COSCO are traps'),

# 32 en reply, Gmail: consumer supplies the merchant; On ... wrote: quote
dict(id='32', client='gmail', name='Aisha Bello', addr='aisha.bello.abuja@gmail.com', date=D(11, 30, 17, 46, 22, 1),
     subject='Re: [YW-2026-01203] Please send the seller details',
     body='''Hello Mr. Wang,

Thank you for your reply. The exact company name is Yiwu Jiale Packaging Co., Ltd. and their phone is +86 137 3579 6624. Their 1688 shop is https://jialebaozhuang.1688.com

I will send the payment receipt tomorrow.

Aisha Bello

On Mon, Nov 30, 2026 at 4:12 PM Wang Lei <wanglei@yweca.org.example> wrote:

> Dear Ms. Bello,
>
> Thank you for your complaint about the gift boxes (case YW-2026-01203).
> You wrote that the supplier is "a packaging factory in Yiwu". We need
> the exact company name and a phone number or shop link to contact them.
>
> Best regards,
> Wang Lei
> Yiwu E-Commerce Association Consumer Rights Service Station
> Tel: +86 579 8555 0188
''',
     quote_marker='On Mon, Nov 30, 2026',
     kind='reply', lang='en', case='YW-2026-01203', cname='Aisha Bello',
     rname='Yiwu Jiale Packaging Co., Ltd.', rph=['+8613735796624'], rurls=['https://jialebaozhuang.1688.com'],
     must=['The exact company name is'], mustnot=['a packaging factory in Yiwu'],
     notes='consumer reply (Gmail > quote) that supplies the merchant name, phone and 1688 URL; Mr. Wang / Wang Lei are station staff'),

# 33 zh reply, 163: only a phone in the new text; the merchant is named only in the quote
dict(id='33', client='163', name='杜海涛', addr='duhaitao_sy@163.com', date=D(11, 29, 18, 12, 5),
     subject='回复:[YW-2026-01176]请提供联系电话',
     body='''你好，我的手机号是13940287716，白天随时可以联系。商家那边这两天又给我打电话说可以退一半，我没同意。
杜海涛

在 2026-11-29 14:36:52，"服务站 刘芳" <liufang@yweca.org.example> 写道：
>杜先生您好：
>您投诉的义乌市恒泰家纺有限公司四件套褪色问题已受理（编号YW-2026-01176）。由于您留的手机号少了一位，我们无法与您联系，请重新提供。
>刘芳
>义乌市电子商务协会消费者维权服务站
''',
     quote_marker='在 2026-11-29 14:36:52',
     kind='reply', lang='zh', case='YW-2026-01176', cname='杜海涛', cph=['+8613940287716'],
     must=['白天随时可以联系'], mustnot=['义乌市恒泰家纺有限公司'],
     notes='consumer reply (Coremail 在…写道： with > lines); 商家那边 names nobody; the merchant appears only in the quote, so respondent stays empty'),

# 34 en complaint, Gmail: DHgate store in ALL CAPS, repeated with "refused"; DHL tracking is not a phone
dict(id='34', client='gmail', name='Mehmet Yılmaz', addr='mehmet.yilmaz.ist@gmail.com', date=D(11, 28, 15, 3, 39, 3),
     subject='DHgate store ORIENT PEARL JEWELRY - fake silver',
     body='''Hello,

I bought 60 pieces of "925 silver" bracelets on DHgate, the store is ORIENT PEARL JEWELRY. Store link: https://www.dhgate.com/store/21548833
After testing at a jeweller in Istanbul, all of them are copper with silver plating. ORIENT PEARL JEWELRY refused to refund and says the listing said "silver color", but the listing said 925 silver.

Order No.: 1093847562
Amount paid: US$ 846.00
Shipping: DHL, tracking 7784512093

The packing label shows the sender address in Yiwu, Zhejiang.

Name: Mehmet Yılmaz
Address: Bağdat Caddesi No: 214 D: 7, Kadıköy, İstanbul, Turkey
Phone: +90 532 555 01 47
''',
     kind='complaint', lang='en', cname='Mehmet Yılmaz', cph=['+905325550147'],
     cadr='Bağdat Caddesi No: 214 D: 7, Kadıköy, İstanbul, Turkey',
     rname='ORIENT PEARL JEWELRY', rurls=['https://www.dhgate.com/store/21548833'],
     onum='1093847562', amt='846.00', cur='USD',
     must=['copper with silver plating'],
     notes='store name in ALL CAPS on DHgate, then "X refused"; 10-digit order number and DHL tracking are not phones; Turkish letters in labelled name/address'),

# 35 en inquiry, Gmail: company mailbox and signature; own company is not the respondent
dict(id='35', client='gmail', name='Andes Import SAS', addr='compras@andesimport.example', date=D(11, 27, 16, 20, 58, -5),
     subject='Question about wholesale orders and your services',
     body='''Good afternoon,

We are Andes Import SAS, a Colombian importer of toys and school supplies. We buy from several suppliers in Yiwu every year.

I would like to know what your station covers: can you help foreign companies with disputes about wholesale (B2B) orders, or only consumers? Do you also handle problems with freight forwarders or only with the sellers? And is there a cost for the service?

Thank you for the information.

Andrés Gómez
Purchasing Director
Andes Import SAS
Carrera 7 # 71-21, Oficina 502, Bogotá, Colombia
Tel: +57 310 555 0147
''',
     kind='inquiry', lang='en', cname='Andrés Gómez', cph=['+573105550147'],
     cadr='Carrera 7 # 71-21, Oficina 502, Bogotá, Colombia',
     must=['what your station covers'],
     notes='general inquiry from a company mailbox: the From name is a company, the signature gives the person; the writer\'s own company is never the respondent; signature street address is the complainant\'s'),

# 36 zh auto_reply, QQ: out-of-office with a phone; no auto headers
dict(id='36', client='qq', name='罗志勇', addr='luozhiyong@qq.com', date=D(12, 1, 9, 0, 12),
     subject='自动回复：[YW-2026-01152] 关于您投诉的处理进展',
     body='''您好，我是罗志勇，最近出差在外，邮件不能及时查看。急事请拨打13857921146，谢谢！
（这是一封自动回复邮件）
''',
     kind='auto_reply', lang='zh', case='YW-2026-01152',
     must=['出差在外'],
     notes='QQ out-of-office without Auto-Submitted headers, recognisable by 自动回复 and wording; its name and phone belong to nobody; keeps the case reference'),

# 37 en complaint, Yahoo: "X on Shopee" and "The seller X says"; J&T is the courier; Philippine local number named on the line
dict(id='37', client='yahoo', name='Maria Santos', addr='mariasantos_ph@yahoo.com', date=D(11, 26, 20, 31, 17, 8),
     subject='Shopee seller sent empty box',
     body='''Hi,

Good day! I ordered a rice cooker from Lucky Mart on Shopee and I received an empty box, only bubble wrap inside. The seller Lucky Mart says the parcel was complete when it left their warehouse in Yiwu and blames the courier (J&T Express). Shopee rejected my return request because the photos were "not clear".

Order ID: 2411186QWE7H2K
Shop: https://shopee.ph/luckymart.ph

I hope you can help me because it is my first time to buy from a China seller.

Thank you po,
Maria Santos
Cellphone: 0917 555 0147 (Philippines)
Address: 1220 Mabini Street, Ermita, Manila, Philippines
''',
     kind='complaint', lang='en', cname='Maria Santos', cph=['+639175550147'],
     cadr='1220 Mabini Street, Ermita, Manila, Philippines',
     rname='Lucky Mart', rurls=['https://shopee.ph/luckymart.ph'], onum='2411186QWE7H2K',
     must=['empty box'],
     notes='"X on Shopee" / "The seller X says"; J&T Express is the courier; no amount given; Philippine local mobile with the country on the same line'),

# 38 en reply, Outlook: -----Original Message-----; order and amount in the new text, merchant only in the quote
dict(id='38', client='outlook', name='Bekzod Karimov', addr='bekzod.karimov@outlook.com', date=D(11, 28, 12, 44, 3, 5),
     subject='RE: [YW-2026-01168] Order number and amount',
     body='''Dear Ms. Chen,

Sorry for the late answer. Order No. is ZX-26-0712, and we paid US$5,600.00 (full payment).
My phone in Tashkent: +998 90 555 01 47

Best regards,
Bekzod Karimov

-----Original Message-----
From: Chen Jing <chenjing@yweca.org.example>
Sent: Friday, November 27, 2026 11:05 AM
To: bekzod.karimov@outlook.com
Subject: [YW-2026-01168] Order number and amount

Dear Mr. Karimov,

We have registered your complaint against Yiwu Zhixing Hardware Tools Co., Ltd. (case YW-2026-01168). To contact the seller we need the order number and the amount you paid.

Best regards,
Chen Jing
Yiwu E-Commerce Association Consumer Rights Service Station
''',
     quote_marker='-----Original Message-----',
     kind='reply', lang='en', case='YW-2026-01168', cname='Bekzod Karimov', cph=['+998905550147'],
     onum='ZX-26-0712', amt='5600.00', cur='USD',
     must=['full payment'], mustnot=['Yiwu Zhixing Hardware Tools Co., Ltd.'],
     notes='consumer reply (Outlook -----Original Message-----) with order and amount; the merchant is only in the quote, so respondent stays empty'),

# 39 en inquiry, Mail.ru: a paid deposit counts as the amount; Mr. Liu's phone is the merchant's
dict(id='39', client='mailru', name='Айгерим Сейткали', addr='aigerim.seitkali@mail.ru', date=D(11, 29, 13, 9, 41, 5),
     subject='Question about deposit to supplier',
     body='''Hello,

My name is Aigerim Seitkali, I buy children clothes in Yiwu for my shop in Almaty. Two weeks ago I paid a deposit of US$800.00 to Yiwu Rainbow Textile Co., Ltd. (their shop is in District 5 of the market) for an order of winter jackets. The goods will be ready in January.

There is no problem yet, but I want to ask: if they do not deliver on time or the quality is bad, can your station help me to get the deposit back? Do I need a written contract, or are WeChat messages enough?

Their contact: Mr. Liu, +86 150 5792 8834

Thank you,
Aigerim Seitkali
+7 701 555 0147
''',
     kind='inquiry', lang='en', cname='Aigerim Seitkali', cph=['+77015550147'],
     rname='Yiwu Rainbow Textile Co., Ltd.', rph=['+8615057928834'],
     amt='800.00', cur='USD',
     must=['There is no problem yet'],
     notes='inquiry (no problem yet); the writer says the deposit was paid, so it is the amount; "District 5 of the market" is no address; Mr. Liu is a person, his phone is the merchant\'s; Kazakh +7 mobile'),

# 40 en spam, Outlook: supplier advertising with company, WhatsApp, URL and address
dict(id='40', client='outlook', name='Starlight Trading', addr='sales@starlight-yiwu.example', date=D(11, 24, 3, 17, 9),
     subject='Best price Christmas decorations from Yiwu factory - free samples!',
     body='''Dear Purchasing Manager,

Good day! This is Cindy from Yiwu Starlight Import & Export Co., Ltd., a professional manufacturer of Christmas decorations and party supplies for 15 years.

* 5,000+ items in stock, MOQ only 100 pcs
* Free samples, shipping by DHL/FedEx or sea
* OEM & ODM welcome

Visit our website: https://www.starlight-yiwu.example
WhatsApp / WeChat: +86 159 5791 0033

Reply "CATALOG" to get our 2027 price list!

Best regards,
Cindy Zhang
Sales Manager
Yiwu Starlight Import & Export Co., Ltd.
Add. No. 300 Xuefeng West Road, Yiwu, Zhejiang, China

To unsubscribe, reply "REMOVE".
''',
     extra_headers=['Precedence: bulk', 'List-Unsubscribe: <mailto:sales@starlight-yiwu.example?subject=REMOVE>'],
     kind='spam', lang='en',
     must=['Free samples'],
     notes='supplier advertising: its company, WhatsApp, URL and address belong to nobody'),
]

blindgen.run(ROUND, HERE, MAILS)
