import datetime, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
ROUND = 'fresh9e'


def D(day, hm, tz='+0800'):
    h, m = hm.split(':')
    dt = datetime.datetime(2026, 11, day, int(h), int(m), (day * 7 + int(m)) % 60)
    return dt.strftime('%a, %d %b %Y %H:%M:%S ') + tz


MAILS = [
# ---------------------------------------------------------------- complaints, Chinese
dict(id='01', client='qq', name='蒋丽华', addr='2281970453@qq.com', date=D(16, '21:47'),
     subject='拼多多买的电热毯有焦糊味，商家不给退',
     body='''您好！
我在拼多多上的“暖冬家纺专营店”买了一条双人电热毯，订单号：261108-527730194815362，实付129元。11月10号收到，当晚插上电用了不到一个小时就闻到一股焦糊味，掀开一看靠近温控器的地方已经发黄了，幸亏发现得早。
我马上联系客服要求退货退款，客服先说是我自己用法不对，后来又说超过了48小时不能退，只肯补偿10元。这是安全问题，不是10块钱的事。
商家客服电话：0579-85276634
请你们帮忙处理，谢谢！

姓名：蒋丽华
电话：139 7215 4086
地址：湖北省荆州市沙市区北京中路218号东方花园5栋2单元601
''',
     kind='complaint', lang='zh', cname='蒋丽华', cph=['+8613972154086'], cadr='湖北省荆州市沙市区北京中路218号东方花园5栋2单元601',
     rname='暖冬家纺专营店', rph=['+8657985276634'], onum='261108-527730194815362', amt='129.00', cur='CNY',
     must=['焦糊味', '只肯补偿10元'],
     att=[dict(filename='mmexport1794300412877.jpg', content_type='image/jpeg', style='plain')],
     notes='QQ Mail GB18030 with a photo; complete Pinduoduo complaint; the 10-yuan offer is not the amount; labelled 姓名/电话/地址 block'),

dict(id='02', client='163', name='邵建平', addr='shaojp_wz@163.com', date=D(17, '08:15'),
     subject='投诉商贸城饰品摊位以次充好',
     body='''消保站的同志你好：
我是在温州开饰品店的，叫邵建平，10月25号到义乌国际商贸城拿货，在二区一家叫“晶晶饰品”的摊位订了600对合金耳钉和300条项链，现场用支付宝付了货款3860元，老板娘说一周内发物流。
货是11月6号到的，拆开发现耳钉一大半是掉色的，跟我当时看的样品根本不是一个档次，项链也少了50条。我打电话给老板娘，一开始说是工厂发错了会补，后来电话就不接了，微信也不回。

摊位地址：义乌国际商贸城二区22号门3街25118
老板娘手机：138 6793 5521
我的电话：15167708239

希望你们能联系一下这个摊位，要么换货补齐，要么退钱。
''',
     kind='complaint', lang='zh', cname='邵建平', cph=['+8615167708239'],
     rname='晶晶饰品', rph=['+8613867935521'], radr='义乌国际商贸城二区22号门3街25118', amt='3860.00', cur='CNY',
     must=['项链也少了50条', '要么换货补齐'],
     notes='163 GBK; market stall with a stall address; the boss (老板娘) phone is the merchant\'s; self-introduction 叫邵建平; no order number'),

dict(id='03', client='android', name='周婷婷', addr='zhoutt0317@126.com', date=D(17, '13:02'),
     subject='美团外卖吃坏肚子，要求商家赔偿',
     body='''你好，我昨天中午在美团上点了“老胡记黄焖鸡米饭”的外卖，订单号：80172651093348812，一份黄焖鸡加一份酸梅汤，一共付了32.5元。吃完两个多小时就开始拉肚子、发烧，晚上去了市中心医院急诊，花了460多块，病历和发票都留着。
今天给店里打电话，店员说他们的菜都是当天做的不可能有问题，让我找美团。美团客服说要商家同意才能赔。
店铺地址：义乌市稠城街道工人北路1088号
店铺电话：18969372210
我叫周婷婷，电话13616891547，希望你们能督促商家赔偿我的医药费。
''',
     kind='complaint', lang='zh', cname='周婷婷', cph=['+8613616891547'],
     rname='老胡记黄焖鸡米饭', rph=['+8618969372210'], radr='义乌市稠城街道工人北路1088号',
     onum='80172651093348812', amt='32.50', cur='CNY',
     must=['拉肚子', '赔偿我的医药费'],
     notes='Android UTF-8 8bit; food delivery; the amount is the 32.5 paid, not the 460 medical bill; 32.5元 → 32.50'),

dict(id='04', client='iphone', name='楼晓峰', addr='louxf_yw@icloud.com', date=D(18, '07:38'),
     subject='健身房突然关门，卡里还有钱',
     body='''你好，我今年3月在义乌悦动健身俱乐部（宾王路店）办了一张两年卡，花了3800元，才用了8个月。11月15号去的时候门口贴了张通知说“装修升级暂停营业”，器材都搬空了，前台电话0579-85530917一直没人接。
会员群里好几十个人都是这种情况，有人说老板已经跑路了。我想知道能不能帮我们把剩下的钱要回来。
楼晓峰 13185906627

发自我的iPhone''',
     kind='complaint', lang='zh', cname='楼晓峰', cph=['+8613185906627'],
     rname='义乌悦动健身俱乐部（宾王路店）', rph=['+8657985530917'], amt='3800.00', cur='CNY',
     must=['装修升级暂停营业', '跑路'],
     notes='iPhone UTF-8 base64 text only; prepaid gym card, club closed; front-desk phone is the merchant\'s; branch in full-width parentheses is part of the name'),

dict(id='05', client='qq', name='梦里花落', addr='1530627784@qq.com', date=D(18, '22:10'),
     subject='驾校收了钱拖着不安排考试',
     body='''你们好，
我去年12月在义乌通达驾校报名学C1，交了4200元。科目一过了以后，科目二练车一直约不上，每次问都说教练车坏了或者名额满了，拖了快一年了，现在又说要再交800元“加急费”才能安排考试。
我要求退剩下的学费，驾校说交了钱概不退。
带我的王教练电话：13758910264
驾校地址：义乌市后宅街道遗安路66号
我的手机：15958432076
''',
     kind='complaint', lang='zh', cph=['+8615958432076'],
     rname='义乌通达驾校', rph=['+8613758910264'], radr='义乌市后宅街道遗安路66号', amt='4200.00', cur='CNY',
     must=['加急费', '交了钱概不退'],
     notes='QQ nickname 梦里花落 is not a name and the text gives none; the coach (王教练) is a person, his phone is the driving school\'s; the 800-yuan extra fee was demanded, not paid'),

dict(id='06', client='126', name='黄丽', addr='huangli_yw@126.com', date=D(19, '10:26'),
     subject='中介扣押金不退',
     body='''您好：
我通过“安居房产中介（江东店）”租了江东街道青口新村的一套两室，押一付三，押金2400元。11月1号合同到期退房，房子我打扫得干干净净，中介业务员小刘来验房的时候也说没问题。可是到现在半个月了押金一直没退，问小刘就说房东还没打款，问房东说钱在中介那里。
中介业务员小刘：13506798853
中介门店地址：义乌市江东街道青口路207号
麻烦帮忙协调一下，谢谢。

黄丽
huangli_yw@126.com
''',
     kind='complaint', lang='zh', cname='黄丽', cem=['huangli_yw@126.com'],
     rname='安居房产中介（江东店）', rph=['+8613506798853'], radr='义乌市江东街道青口路207号', amt='2400.00', cur='CNY',
     must=['押金一直没退', '钱在中介那里'],
     notes='126 GBK; rental agency keeps the deposit; the agent 小刘 is a person and his phone is the agency\'s; e-mail in the signature; no phone from the writer'),

dict(id='07', client='foxmail', name='陈喆', addr='chenzhe_1990@sina.cn', date=D(19, '16:55'),
     subject='手机维修店换了翻新屏还多收钱',
     body='''你好，
11月12日我的华为手机屏幕摔坏了，拿到篁园路上的“快修数码”去换屏，老板说换原装屏要380元，我就付了。拿回来第三天屏幕边上就开始漏液，到华为售后一检查说是非原装的翻新屏。
回去找老板，他不承认，说出了店门就不负责，还说要换原装得再加200。
维修单拍照附上了，上面有店名和电话。

店址：义乌市篁园路312号
电话：0579-85419962

陈喆
手机：18257961340
''',
     kind='complaint', lang='zh', cname='陈喆', cph=['+8618257961340'],
     rname='快修数码', rph=['+8657985419962'], radr='义乌市篁园路312号', amt='380.00', cur='CNY',
     must=['非原装的翻新屏', '出了店门就不负责'],
     att=[dict(filename='维修单.jpg', content_type='image/jpeg', cs='GB2312')],
     notes='Foxmail labelled GB2312 but the name 喆 is GBK-only (decode as GB18030); phone repair; shop address 店址 and phone 电话 under the shop; GB2312 RFC 2047 attachment name'),

dict(id='08', client='qq', name='阿华', addr='476201938@qq.com', date=D(20, '09:41'),
     subject='快递网点丢件只肯赔三倍运费',
     body='''您好，我10月30号在迅达快递义乌北苑网点寄了一箱样品到广州，运单号YD7730218845261，运费付了22元。到现在半个多月了还没送到，查物流一直停在“义乌转运中心”。网点说是丢了，最多按运费的3倍赔，可是里面是客户要的30条围巾样品，价值1500多元。
网点电话：0579-85603318
网点地址：义乌市北苑街道春华路78号
我叫应建华，手机18767912458。
''',
     kind='complaint', lang='zh', cname='应建华', cph=['+8618767912458'],
     rname='迅达快递义乌北苑网点', rph=['+8657985603318'], radr='义乌市北苑街道春华路78号', amt='22.00', cur='CNY',
     must=['按运费的3倍赔', '围巾样品'],
     notes='QQ nickname 阿华, name given in the text; courier branch (网点) lost a parcel; the waybill number is not an order number; paid 22 yuan freight is the amount, the 1500 value of the goods is not'),

dict(id='09', client='163', name='吴春梅', addr='wuchunmei66@163.com', date=D(20, '14:20'),
     subject='旅行社擅自降低住宿标准',
     body='''义乌市电子商务协会消费者权益服务站：
我和爱人10月参加了义乌市乐途国际旅行社有限公司组织的“云南昆大丽6日游”，合同号LT-20261008-0457，两个人团费一共5960元，已全部付清。合同上写的是全程入住四星级酒店，结果到了大理和丽江住的都是没有挂星的客栈，房间有霉味，还有一天的自费项目是导游硬拉着去的。
回来以后找旅行社，他们只同意每人退200元，我们觉得不合理。
旅行社电话：0579-85127760
旅行社地址：义乌市稠州北路455号二楼

联系人：吴春梅
电话：13566975203
''',
     kind='complaint', lang='zh', cname='吴春梅', cph=['+8613566975203'],
     rname='义乌市乐途国际旅行社有限公司', rph=['+8657985127760'], radr='义乌市稠州北路455号二楼', amt='5960.00', cur='CNY',
     must=['没有挂星的客栈', '每人退200元'],
     notes='163 GBK; package tour downgraded; a contract number (合同号) is not an order number; the offered 200 refund is not the amount; greeting names the station, not a merchant'),

dict(id='10', client='android', name='李娜', addr='lina19920615@163.com', date=D(21, '11:03'),
     subject='淘宝买的羽绒服是假的',
     body='''你好，我在淘宝上买了一件羽绒服，链接是 https://item.taobao.com/item.htm?id=774120958312 ，订单号：3920571846627301158，付了459元。商品页面写的是90%白鸭绒，收到以后衣服很薄，拆开袖口一看里面全是碎毛和丝棉。
跟客服说了要退货，客服说吊牌剪了就不能退。我只是拆了一个小口看看，吊牌根本没剪。
手机号：17805793326
''',
     kind='complaint', lang='zh', cname='李娜', cph=['+8617805793326'],
     rurls=['https://item.taobao.com/item.htm?id=774120958312'], onum='3920571846627301158', amt='459.00', cur='CNY',
     must=['碎毛和丝棉', '吊牌根本没剪'],
     notes='Android 8bit; no name in the text, the From display name is a personal name; shop not named, only a product link followed by a space and full-width comma'),

dict(id='11', client='qq', name='骆志明', addr='luozhiming@foxmail.com', date=D(21, '19:57'),
     subject='超市卖过期牛奶',
     body='''你好，
11月18号晚上我在佳惠万家超市（城北店）买了两箱纯牛奶，一共付了45.8元。回家给孩子喝的时候发现味道不对，一看生产日期，保质期到11月9号，已经过期9天了。
第二天拿着小票去找超市，服务台只说给我退钱，我觉得卖过期食品应该按规定赔偿，他们不同意。
小票和牛奶我都还留着。
骆志明 13868977405
''',
     kind='complaint', lang='zh', cname='骆志明', cph=['+8613868977405'],
     rname='佳惠万家超市（城北店）', amt='45.80', cur='CNY',
     must=['已经过期9天了', '小票和牛奶我都还留着'],
     notes='QQ Mail client on a foxmail.com address; expired milk at a supermarket branch; merchant named but no contact'),

dict(id='12', client='126', name='何静', addr='hejing_mama@126.com', date=D(22, '20:34'),
     subject='少儿英语培训班换老师、缩课时，要求退费',
     body='''您好！
我女儿今年7月在义乌市启航少儿英语培训学校报了一年的课，学费6800元，一次性交清的。开课时说是外教小班课，每周两次。从10月开始外教就不来了，换成了一个刚毕业的中国老师，每周也变成了一次课，家长群里问了好多次都没有正面回答。
我们要求按剩下的课时退费，学校说只能转课不能退。

学校地址：义乌市宗泽北路126号3楼
学校电话：0579-85367781
家长：何静  电话：159 6796 3052
''',
     kind='complaint', lang='zh', cname='何静', cph=['+8615967963052'],
     rname='义乌市启航少儿英语培训学校', rph=['+8657985367781'], radr='义乌市宗泽北路126号3楼', amt='6800.00', cur='CNY',
     must=['外教就不来了', '只能转课不能退'],
     notes='126 GBK; children\'s training school; 家长： labels the writer; school address/phone labelled 学校'),

dict(id='13', client='yahoo', name='陳嘉欣', addr='kayan.chan@yahoo.com.hk', date=D(23, '15:12', '+0800'), cs='big5', hcs='big5',
     subject='投訴義烏玩具廠貨不對板',
     body='''你好，

我是香港一間玩具批發公司的採購，姓陳。今年10月向義烏市童樂玩具廠訂了2,000件發光陀螺，訂單號：TL-261014-02，已經付了全數貨款HK$18,600。

11月20日貨到香港，抽查發現大約三成不亮，包裝盒也不是我們確認過的版本。工廠業務周小姐起初答應補貨，之後就一直拖。

工廠電話：0579-85702216
周小姐手機：13706798124

聯絡人：陳嘉欣
電話：+852 9731 4486
香港九龍觀塘鴻圖道52號百本中心11樓B室
''',
     kind='complaint', lang='zh', cname='陳嘉欣', cph=['+85297314486'], cadr='香港九龍觀塘鴻圖道52號百本中心11樓B室',
     rname='義烏市童樂玩具廠', rph=['+8657985702216', '+8613706798124'], onum='TL-261014-02', amt='18600.00', cur='HKD',
     must=['發光陀螺', '包裝盒也不是我們確認過的版本'],
     notes='Yahoo Big5 quoted-printable, Traditional Chinese from Hong Kong; HK$ amount; salesperson 周小姐 phone is the factory\'s; street address in the signature; the writer\'s own company is unnamed'),

# ---------------------------------------------------------------- complaints, English
dict(id='14', client='gmail', name='Chinedu Okafor', addr='chinedu.okafor.ventures@gmail.com', date=D(16, '10:22', '+0100'),
     subject='Complaint against Yiwu Hongda Hair Accessories - short shipment',
     body='''Dear Sir/Madam,

I am writing to complain about Yiwu Hongda Hair Accessories Co., Ltd. I am a hair accessories importer in Lagos and I have been buying from Yiwu for 4 years.

On 2 October I placed an order with them for 180 cartons of hair clips and scrunchies (Order No. HD-26-0917) and paid the full amount of USD 4,350 by bank transfer. When the container was opened in Apapa on 14 November we counted only 152 cartons, and 11 of them were a different style that I did not order.

Their sales lady Coco (WhatsApp +86 158 5792 6610) first said she will check with the warehouse, now she is not replying my messages at all. Their website is http://www.hongda-hairacc.example and the phone there is always busy.

Please help me to get the missing goods or refund for them.

Best regards,
Chinedu Okafor
Okafor & Sons Ventures
Shop B12, Balogun Market, Lagos Island, Lagos
Tel: +234 803 555 2917
''',
     kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348035552917'], cadr='Shop B12, Balogun Market, Lagos Island, Lagos',
     rname='Yiwu Hongda Hair Accessories Co., Ltd.', rurls=['http://www.hongda-hairacc.example'], rph=['+8615857926610'],
     onum='HD-26-0917', amt='4350.00', cur='USD',
     must=['we counted only 152 cartons', 'not replying my messages'],
     notes='Gmail QP; Nigerian wholesale buyer; saleswoman WhatsApp is the merchant\'s; the writer\'s own firm and its street address in the signature are the complainant\'s'),

dict(id='15', client='outlook', name='Gareth Pryce', addr='gareth@prycepartysupplies.co.uk', date=D(17, '11:48', '+0000'),
     subject='Late delivery of Christmas stock - Yiwu Jiale Festive Crafts',
     body='''Hello,

We ordered Christmas decorations (baubles, tinsel garlands and LED stars) from Yiwu Jiale Festive Crafts Factory back in August. Proforma invoice PI-JL2026-0331, total USD 7,000. We paid the 30% deposit of USD 2,100 on 20 August, the balance was due before shipping.

Delivery was promised for the end of September so we could have the stock in the shops by November. The factory kept moving the date, and now on 17 November they tell us the goods are "ready" and ask for the balance. It is far too late for the Christmas season, we no longer want the goods and have asked for the deposit back. They refuse and say the deposit is non-refundable.

Contact at the factory: Mr. Li, mobile 135 8897 0342, email sales@jiale-crafts.example

Can your station help us recover the deposit?

Kind regards,

Gareth Pryce
Purchasing Manager
Pryce Party Supplies Ltd
Unit 4, Ocean Park Trade Centre, Cardiff CF24 5HQ
Tel (UK): 029 2049 6617
''',
     kind='complaint', lang='en', cname='Gareth Pryce', cph=['+442920496617'], cadr='Unit 4, Ocean Park Trade Centre, Cardiff CF24 5HQ',
     rname='Yiwu Jiale Festive Crafts Factory', rph=['+8613588970342'], amt='2100.00', cur='USD',
     must=['far too late for the Christmas season', 'deposit is non-refundable'],
     notes='Outlook QP, UK buyer; paid only the 30% deposit (USD 2,100, not the 7,000 total); proforma invoice is not an order number; Mr. Li\'s mobile is the factory\'s; UK local number with (UK) in its label → +44'),

dict(id='16', client='mailru', name='Дмитрий Волков', addr='d.volkov.nsk@mail.ru', date=D(19, '17:05', '+0700'),
     subject='Problem with bags seller in Yiwu market',
     body='''Hello,

My name is Dmitry Volkov, I am buyer from Novosibirsk, Russia. In October I was in Yiwu and in International Trade City District 4 I bought from shop "Xinyu Bags" 400 pcs women bags. I paid cash 12 000 RMB to boss Mr. Zhang, he give me handwritten receipt.

Bags came to Novosibirsk 19 November by cargo. Inside many bags the zipper is broken and the color is not same like sample, more dark. I send photos to Mr. Zhang by WeChat, he say it is problem of cargo company, not his problem. But zipper is broken not from transport.

Shop address: District 4, Gate 3, Street 2, Shop 30215, Yiwu International Trade City
Mr. Zhang phone: 13957926071

Please help, I want to return money for bad bags or he change them.

Dmitry
+7 913 555 48 21
''',
     kind='complaint', lang='en', cname='Dmitry Volkov', cph=['+79135554821'],
     rname='Xinyu Bags', rph=['+8613957926071'], radr='District 4, Gate 3, Street 2, Shop 30215, Yiwu International Trade City',
     amt='12000.00', cur='CNY',
     must=['zipper is broken', 'handwritten receipt'],
     notes='Mail.ru UTF-8 base64, Cyrillic From name but the text gives the Latin full name (fullest form wins over the short signature); market stall; boss Mr. Zhang is a person, his phone is the stall\'s; "12 000 RMB" with a space'),

dict(id='17', client='yahoo', name='Brenda Kowalski', addr='brendakowalski58@yahoo.com', date=D(20, '02:31', '-0500'),
     subject="Wrong curtains from AliExpress store, seller won't refund",
     body='''Hi,

I found your address on a Yiwu sellers forum, I hope this is the right place. I ordered two pairs of blackout curtains in "sage green" from an AliExpress store called Sunny Home Decor Store (https://www.aliexpress.com/store/1103958427). Order ID: 8196403352718824. I paid $47.36 including shipping.

What arrived were thin sheer curtains in a mint color, nothing like blackout. The seller offered me a $5 coupon or to return them at my own cost, and shipping back to China would cost more than the curtains. AliExpress closed my dispute saying the seller "provided evidence".

The package label says it was shipped from Yiwu, Zhejiang.

Thanks for any help,
Brenda Kowalski
Toledo, Ohio
''',
     kind='complaint', lang='en', cname='Brenda Kowalski',
     rname='Sunny Home Decor Store', rurls=['https://www.aliexpress.com/store/1103958427'], onum='8196403352718824', amt='47.36', cur='USD',
     must=['thin sheer curtains', 'closed my dispute'],
     notes='Yahoo QP, American consumer; store URL in parentheses; a bare $ from a US writer is USD; the $5 coupon is not the amount; city and state only is not an address; no phone'),

dict(id='18', client='gmail', name='Rajesh Iyer', addr='rajesh.iyer.smi@gmail.com', date=D(21, '09:14', '+0530'),
     subject='Freight forwarder lost our sample shipment',
     body='''Dear Team,

We are a small importer in Chennai. On 21 October we handed over 3 cartons of samples (kitchen gadgets bought from different booths in the Trade City) to Yiwu Fast Link Logistics for air shipment to Chennai. We paid them USD 380 freight in advance. Their tracking number is FL2610210093.

It has been almost one month and the cartons have not arrived. Each time we ask, their agent Amy says "flight is delayed" or "customs check". Now their office phone 0579-85237714 is not answered and Amy has blocked us on WeChat.

Their office was at Room 1506, Yiwu Logistics Building, 1 Guomao Road, Yiwu. We cannot go there ourselves.

Kindly advise what we can do.

Regards,
Rajesh Iyer
Sri Murugan Imports, Chennai
''',
     kind='complaint', lang='en', cname='Rajesh Iyer',
     rname='Yiwu Fast Link Logistics', rph=['+8657985237714'], radr='Room 1506, Yiwu Logistics Building, 1 Guomao Road, Yiwu',
     amt='380.00', cur='USD',
     must=['blocked us on WeChat', 'USD 380 freight'],
     notes='Gmail QP, Indian importer; logistics company; tracking number is neither an order number nor a phone; merchant address in a sentence; no phone from the writer'),

dict(id='19', client='outlook1252', name='Jürgen Haas', addr='j.haas@haas-geschenke.de', date=D(22, '08:50', '+0100'), lang_hdr='de-de',
     subject='Complaint – Golden Lotus Business Hotel Yiwu',
     body='''Dear Sir or Madam,

I stayed at the Yiwu Golden Lotus Business Hotel from 9 to 13 November for the autumn trade fair. I booked directly by e-mail and paid RMB 1,120 for four nights at check-in.

The room I was given was directly above a construction site – drilling started at 6:30 every morning. I asked twice to change rooms and was told the hotel was full. On the second day the hot water did not work for the whole evening. At checkout the manager offered me a “discount card” for my next stay, but refused any refund.

Hotel address: No. 268 Chunfeng Avenue, Yiwu
Hotel phone: 0579-85566820

I would appreciate a partial refund of at least two nights.

Mit freundlichen Grüßen / Best regards
Jürgen Haas
Haas Geschenkartikel GmbH
Lindenstraße 14, 90402 Nürnberg, Germany
Mobile: +49 171 555 3094
''',
     kind='complaint', lang='en', cname='Jürgen Haas', cph=['+491715553094'], cadr='Lindenstraße 14, 90402 Nürnberg, Germany',
     rname='Yiwu Golden Lotus Business Hotel', rph=['+8657985566820'], radr='No. 268 Chunfeng Avenue, Yiwu', amt='1120.00', cur='CNY',
     must=['construction site', 'refused any refund'],
     notes='Outlook windows-1252 QP (en dash, curly quotes, ü/ß), German buyer; hotel; the discount card offer is not an amount; writer\'s company in signature is not the respondent'),

dict(id='20', client='iphone', name='Thomas Whitfield', addr='t.whitfield@icloud.com', date=D(23, '06:12', '+1100'),
     subject='Fake watches',
     body='''Hi
I bought 20 watches from a seller in the market last week, he said they were genuine Seiko movements. They are not, two already stopped. He won't answer his phone now. What can you do about this?

Sent from my iPhone''',
     kind='complaint', lang='en', cname='Thomas Whitfield',
     must=['genuine Seiko movements', 'What can you do about this?'],
     notes='iPhone, very short and incomplete complaint from an Australian visitor; name only in From; no phone, no merchant, no amount'),

dict(id='21', client='gmail', name='Grace Wanjiru', addr='grace.wanjiru.ke@gmail.com', date=D(24, '12:37', '+0300'),
     subject='Fwd: RE: Refund for cracked glass jars',
     body='''Hello,

Please see below the reply I got from the supplier. I bought 2,400 glass storage jars from them (Order ref BS-2610-118), 312 arrived cracked because they were packed without any dividers. I paid USD 3,260 in full. They refuse to compensate. I have photos and the clearing agent's report.

Grace Wanjiru
Nairobi, Kenya
+254 722 555 684

---------- Forwarded message ---------
From: Brightstar Sales <sales@brightstar-kitchen.example>
Date: Mon, Nov 23, 2026 at 10:41 AM
Subject: RE: Refund for cracked glass jars
To: Grace Wanjiru <grace.wanjiru.ke@gmail.com>


Dear Grace,

We are sorry to hear about the broken jars. But our goods were in perfect condition when they left our warehouse, breakage during sea transport is the responsibility of the shipping company. We can not accept the compensation request.

Best regards
Linda
Yiwu Brightstar Kitchenware Co., Ltd.
Add: Building 9, Chengxi Industrial Park, Yiwu, Zhejiang
Tel: 0579-85391176
Mob: +86 136 5679 4012
''',
     kind='complaint', lang='en', cname='Grace Wanjiru', cph=['+254722555684'],
     rname='Yiwu Brightstar Kitchenware Co., Ltd.', rph=['+8657985391176', '+8613656794012'], radr='Building 9, Chengxi Industrial Park, Yiwu, Zhejiang',
     onum='BS-2610-118', amt='3260.00', cur='USD',
     must=['312 arrived cracked', 'We can not accept the compensation request'],
     notes='Gmail forward of the supplier\'s refusal: the forwarded part counts, the merchant and its contacts are in the forwarded signature; addresses in the forwarded header lines are not the complainant\'s e-mails; Nairobi, Kenya is not an address'),

dict(id='22', client='outlook', name='Amina Diallo', addr='amina.diallo93@hotmail.com', date=D(24, '16:05'),
     subject='Language school cancelled classes and refuse refund',
     body='''Good afternoon,

I am a student from Senegal living in Yiwu. In September I paid RMB 9,600 to Yiwu Bridge Chinese Language Center for one semester of Chinese course (20 weeks, evening classes). From the 7th week the classes were cancelled many times, and since 2 November there are no classes at all. The school manager Ms. Chen say the teacher is sick and they will "arrange later", but nothing happen. Other students have the same problem.

I asked to refund the remaining 13 weeks but they refuse. The school is at 3F, No. 57 Binwang Road, Yiwu. Their telephone is 0579-85448203.

Thank you for your help.

Amina Diallo
Mobile: 187 5790 3364
Room 802, Unit 1, Building 3, Jiangbin Garden, Yiwu
''',
     kind='complaint', lang='en', cname='Amina Diallo', cph=['+8618757903364'], cadr='Room 802, Unit 1, Building 3, Jiangbin Garden, Yiwu',
     rname='Yiwu Bridge Chinese Language Center', rph=['+8657985448203'], radr='3F, No. 57 Binwang Road, Yiwu', amt='9600.00', cur='CNY',
     must=['no classes at all', 'remaining 13 weeks'],
     notes='Outlook.com QP; foreign student in Yiwu with a Chinese mobile; language school; merchant address in a sentence, the writer\'s Yiwu flat in her signature'),

dict(id='23', client='thunderbird', name='Piotr Nowak', addr='piotr.nowak@nowakhome.pl', date=D(25, '10:18', '+0100'),
     subject='Sourcing agent took our money and disappeared',
     body='''Hello,

I write on behalf of our small company from Poland. Since 2024 we used a sourcing agent in Yiwu, Tradelink Sourcing Service (www.tradelink-sourcing.example), the owner introduced himself as Kevin Wu. He always bought goods for us from suppliers in the market and organised the shipping.

In October we sent him USD 6,200 for an order of kitchen textiles (his invoice TSS-1027). Since then he is not answering e-mails or WeChat, and the suppliers he used say they never received any order for us. His phone +86 151 5796 2283 is switched off.

We would be very grateful if your station could check whether this company still exists and help us to recover the money.

Best regards
Piotr Nowak
Nowak Home Sp. z o.o.
ul. Kwiatowa 7, 62-020 Swarzędz, Poland
tel. +48 601 555 218
''',
     kind='complaint', lang='en', cname='Piotr Nowak', cph=['+48601555218'], cadr='ul. Kwiatowa 7, 62-020 Swarzędz, Poland',
     rname='Tradelink Sourcing Service', rurls=['www.tradelink-sourcing.example'], rph=['+8615157962283'], amt='6200.00', cur='USD',
     must=['switched off', 'recover the money'],
     notes='Thunderbird UTF-8 8bit format=flowed; sourcing agent vanished with the money; a scheme-less www URL inside parentheses; the owner Kevin Wu is a person; an invoice number is not an order number'),

dict(id='24', client='android', name='Diego Fuentes', addr='diegofuentes.cl@gmail.com', date=D(26, '21:40'), ua='K-9 Mail for Android',
     subject='apartment deposit not returned',
     body='''Hello, I am Diego Fuentes from Chile, I work in Yiwu for a trading company. I rented a studio from Yiwu Comfort Stay Apartments from August to October, I paid 2 months rent plus deposit, total 7,800 RMB.
When I moved out on 31 October the manager said the wall has marks and the sofa is dirty so he keep all the deposit 3,000 RMB. The marks were there when I moved in, I have the photos from first day.
The manager phone is 13429013587. Please can you help me, I only want the deposit back.
''',
     kind='complaint', lang='en', cname='Diego Fuentes',
     rname='Yiwu Comfort Stay Apartments', rph=['+8613429013587'], amt='7800.00', cur='CNY',
     must=['keep all the deposit', 'photos from first day'],
     notes='Android K-9 8bit, Chilean tenant; serviced apartment keeps the deposit; amount is the 7,800 paid in total, the 3,000 kept deposit is part of it; manager\'s phone is the merchant\'s and the writer gives none of his own'),

dict(id='25', client='gmail', name='Faisal Al Marzouqi', addr='faisal@alnoor-mobile.example', date=D(27, '13:26', '+0400'),
     subject='Complaint: defective power banks from Yiwu Kaixin Electronic Trading',
     body='''Dear Sirs,

We received 3,000 power banks (10000mAh) from Yiwu Kaixin Electronic Trading Firm on 8 November, Order #KX20261103-07, total value USD 12,480 paid by TT. Our customers in Dubai started returning them within a week: many do not charge above 60%, and an independent test (report attached) shows the real capacity is around 5200mAh.

The salesman Jack (mobile 137 3591 8846) agreed at first to replace 500 pcs, but now says the capacity is "normal for this price" and refuses.

Booth address: No. 51203, 1F, District 5, Yiwu International Trade City

Regards,
Faisal Al Marzouqi
Al Noor Mobile Accessories LLC
Office 305, Al Maktoum Road, Deira, Dubai, UAE
Tel: +971 4 555 0239
Mob: +971 50 555 7712
''',
     kind='complaint', lang='en', cname='Faisal Al Marzouqi', cph=['+97145550239', '+971505557712'], cadr='Office 305, Al Maktoum Road, Deira, Dubai, UAE',
     rname='Yiwu Kaixin Electronic Trading Firm', rph=['+8613735918846'], radr='No. 51203, 1F, District 5, Yiwu International Trade City',
     onum='KX20261103-07', amt='12480.00', cur='USD',
     must=['real capacity is around 5200mAh', 'normal for this price'],
     att=[dict(filename='Capacity_Test_Report_KX.pdf', content_type='application/pdf', style='plain')],
     notes='Gmail with a PDF; Dubai wholesaler; Order # label; salesman\'s mobile without +86 is the merchant\'s; two UAE phones in the signature; "10000mAh"/"5200mAh" are not phones'),

dict(id='26', client='yahoo', name='Maricel Santos', addr='maricel.santos.cebu@yahoo.com', date=D(28, '09:02'),
     subject='Broken toys from 1688 shop, please help',
     body='''Good day!

I have a small toy store in Cebu. Last October I ordered 600 pcs of wind-up toys from the 1688 shop https://winsun-toys.1688.com through my cousin who lives in Yiwu. Order No.: 3319827461055283417. Total paid was USD 215 (my cousin paid in RMB for me).

When the box arrived in Cebu almost half of the toys don't work, the spring is broken inside. The shop's customer service only say "sorry" and offer a 20 RMB red packet. My cousin also tried to call the shop but no answer.

I hope you can help me.

Thank you po,
Maricel Santos
Mobile (Philippines): 0917 555 0134
''',
     kind='complaint', lang='en', cname='Maricel Santos', cph=['+639175550134'],
     rurls=['https://winsun-toys.1688.com'], onum='3319827461055283417', amt='215.00', cur='USD',
     must=['the spring is broken inside', 'red packet'],
     notes='Yahoo QP, Filipino shop owner; 1688 shop known only by its URL (no name); local number with (Philippines) in its label → +63; the 20 RMB red packet is an offer'),

# ---------------------------------------------------------------- inquiries
dict(id='27', client='qq', name='孙佳怡', addr='sunjiayi_0521@qq.com', date=D(16, '12:19'),
     subject='请问直播间买的东西能七天无理由退货吗',
     body='''您好，想咨询一下：
我经常在抖音直播间买衣服，有的主播说“直播特价不退不换”。请问这种说法合法吗？直播间买的东西是不是也适用七天无理由退货？如果商家不给退，我可以找哪里投诉？
谢谢！
孙佳怡
''',
     kind='inquiry', lang='zh', cname='孙佳怡',
     must=['直播特价不退不换', '七天无理由退货'],
     notes='QQ Mail; general question on live-stream returns, no specific dispute'),

dict(id='28', client='163', name='丁伟', addr='dingwei_hf@163.com', date=D(18, '15:44'),
     subject='咨询：这家公司靠谱吗',
     body='''你好，我在网上看到一家“义乌市恒发日用品有限公司”在招代理，说加盟费只要9800元，包货源、包培训，还承诺三个月回本。对方联系电话0579-85672209，业务员手机13357993618。
我还没交钱，想问问你们有没有收到过对这家公司的投诉？是正规公司吗？
丁伟
''',
     kind='inquiry', lang='zh', cname='丁伟',
     rname='义乌市恒发日用品有限公司', rph=['+8657985672209', '+8613357993618'],
     must=['加盟费只要9800元', '是正规公司吗'],
     notes='163 GBK; is this company legitimate; the merchant and its phones (salesman\'s too) are extracted; the 9800 fee was not paid, so no amount'),

dict(id='29', client='android', name='王小燕', addr='wangxy_1987@sina.com', date=D(22, '10:51'),
     subject='美容院预付卡的问题',
     body='''你好，我想问一下，我家楼下新开了一家“丽人坊美容会所”，现在搞活动，充3000送1500。我有点心动，但是听说很多美容院办了卡没多久就关门了。
请问办预付卡有什么要注意的？如果以后店关了钱能要回来吗？要不要签合同？
''',
     kind='inquiry', lang='zh', cname='王小燕', rname='丽人坊美容会所',
     must=['充3000送1500', '要不要签合同'],
     notes='Android 8bit; prepaid-card advice before buying; name only in From; the top-up offer is not an amount'),

dict(id='30', client='gmail', name='Kwame Mensah', addr='kwame.mensah.kumasi@gmail.com', date=D(19, '08:33', '+0000'),
     subject='How does your station handle disputes with suppliers?',
     body='''Hello,

I am an importer from Kumasi, Ghana and I plan to place my first big order in Yiwu next year (mostly kitchenware and plastic household items). A friend told me about your service station.

I would like to know:
1. If I have a quality problem with a supplier after the goods arrive in Ghana, can your station help even if I am not in China?
2. Do you charge any fee for this?
3. What documents should I keep from the beginning?

Thank you in advance.

Kwame Mensah
+233 24 555 8107
''',
     kind='inquiry', lang='en', cname='Kwame Mensah', cph=['+233245558107'],
     must=['Do you charge any fee', 'What documents should I keep'],
     notes='Gmail QP; first-time importer asks how the station works; hypothetical problem'),

dict(id='31', client='outlook', name='Sofia Márquez', addr='sofia.marquez@outlook.es', date=D(23, '18:27', '-0600'),
     subject='Question about samples vs bulk goods',
     body='''Hi there,

I'm about to order party supplies from a couple of Yiwu factories for my store in Guadalajara. One thing worries me: if a supplier sends bulk goods that are different from the approved samples, what can I actually do? Is a proforma invoice enough as a contract, or should I ask for a separate sales contract? And is it a good idea to keep a sealed sample?

Any advice would be much appreciated.

Best,
Sofia Márquez
Fiesta Bonita, Guadalajara, Mexico
''',
     kind='inquiry', lang='en', cname='Sofia Márquez',
     must=['different from the approved samples', 'sealed sample'],
     notes='Outlook.com QP UTF-8 (á); hypothetical supplier question before ordering; the writer\'s own shop in the signature is not a respondent'),

dict(id='32', client='mailru', name='Айгерим Бекова', addr='aigerim.bekova@mail.ru', date=D(25, '14:09', '+0500'),
     subject='Office address and working hours',
     body='''Good day!

Next month I will come to Yiwu for buying. Please tell me where is your office and what are the working hours? Can I come without appointment, and do you have somebody who speaks Russian or English?

Also I want to ask: my friend had problem with a supplier last year, can she still complain now or is it too late?

With respect,
Aigerim Bekova
Almaty, Kazakhstan
Tel. +7 701 555 3348
''',
     kind='inquiry', lang='en', cname='Aigerim Bekova', cph=['+77015553348'],
     must=['working hours', 'is it too late'],
     notes='Mail.ru base64 with a Cyrillic From name; office hours and time limits; the Latin signature name is used'),

dict(id='33', client='gmail', name='林怡君', addr='yichun.lin.tw@gmail.com', date=D(27, '20:45'),
     subject='詢問：台灣買家向義烏網店購物的退款問題',
     body='''您好，

我住在台中，最近在淘寶上看中一家義烏的飾品店，想一次買比較多的量（大約新台幣兩萬元）。想先請教幾個問題：

一、如果收到的商品和網頁上的不一樣，台灣的消費者可以向貴站申訴嗎？
二、跨境運送中壞掉的話，通常是誰負責？
三、用支付寶付款和用銀行匯款，哪一種比較有保障？

謝謝您撥冗回覆。
林怡君
''',
     kind='inquiry', lang='zh', cname='林怡君',
     must=['跨境運送中壞掉', '哪一種比較有保障'],
     notes='Gmail UTF-8 QP, Traditional Chinese from Taiwan; planned purchase, nothing paid; shop not named'),

# ---------------------------------------------------------------- consumer replies
dict(id='34', client='qq', name='沈梅', addr='shenmei0802@qq.com', date=D(20, '10:05'),
     subject='回复：[YW-2026-01133] 关于您投诉“乐淘母婴店”的补充材料',
     body='''您好，补充一下材料：
订单号：4120583796612047735
实付金额：268元
买的是一台婴儿辅食机，收到就是坏的，商家后来一直不回消息。截图在附件里。
我的电话是13605792418，白天都可以打。
沈梅

------------------ 原始邮件 ------------------
发件人: "义乌市电子商务协会消费者权益服务站"<tousu@yweca.org.example>;
发送时间: 2026年11月19日(星期四) 下午3:12
收件人: "沈梅"<shenmei0802@qq.com>;
主题: [YW-2026-01133] 关于您投诉“乐淘母婴店”的补充材料

沈女士您好：

您对乐淘母婴店的投诉已受理，案件编号 YW-2026-01133。为便于我们与商家联系，请补充订单号、付款金额及商品问题的照片。

义乌市电子商务协会消费者权益服务站
电话：0579-85100315
''',
     quote_marker='------------------ 原始邮件',
     kind='reply', case='YW-2026-01133', lang='zh', cname='沈梅', cph=['+8613605792418'],
     onum='4120583796612047735', amt='268.00', cur='CNY',
     must=['婴儿辅食机', '白天都可以打'], mustnot=['请补充订单号', '0579-85100315'],
     att=[dict(filename='聊天记录截图.png', content_type='image/png', cs='gb18030')],
     notes='QQ reply (回复：, 原始邮件 block) supplying order, amount and phone; the merchant is only in the echoed subject and the quote; station phone in the quote is nobody\'s; GB18030 attachment name'),

dict(id='35', client='gmail', name='Hannah Lindqvist', addr='hannah.lindqvist@gmail.com', date=D(20, '11:52', '+0100'),
     subject='Re: [YW-2026-01147] Your complaint about Zhenmei Ceramics',
     body='''Hi,

Thanks for getting back to me so quickly. Here is what you asked for:

My phone: +46 70 555 19 82
The order number is ZM-55310 and I paid USD 1,940 by PayPal.

The seller still has not answered my last two emails.

Best,
Hannah Lindqvist

On Fri, Nov 20, 2026 at 9:05 AM Yiwu E-Commerce Association Consumer Rights Station <tousu@yweca.org.example> wrote:
> Dear Ms. Lindqvist,
>
> Thank you for your complaint against Yiwu Zhenmei Ceramics Co., Ltd. (case YW-2026-01147). To contact the merchant we need your phone number, the order number and the amount you paid.
>
> Consumer Rights Service Station
> Tel: +86 579 8510 0315
''',
     quote_marker='On Fri, Nov 20, 2026',
     kind='reply', case='YW-2026-01147', lang='en', cname='Hannah Lindqvist', cph=['+46705551982'],
     onum='ZM-55310', amt='1940.00', cur='USD',
     must=['The seller still has not answered', 'PayPal'], mustnot=['To contact the merchant we need', 'Yiwu Zhenmei Ceramics Co., Ltd.'],
     notes='Gmail reply with > quoting; Swedish buyer supplies phone, order number ("The order number is") and amount; the merchant is only in the echoed subject and the quote'),

dict(id='36', client='163', name='顾建明', addr='gujianming@163.com', date=D(26, '09:30'),
     subject='Re:投诉处理进展',
     body='''你好，商家昨天已经把钱退给我了，一共退了568元，我这边没有问题了，投诉可以结束了。谢谢你们的帮忙！
顾建明

在 2026-11-17 16:40:08，"义乌市电子商务协会消费者权益服务站" <tousu@yweca.org.example> 写道：
>顾先生您好：
>
>您投诉的“鑫源家电专营店”多收空调安装费一事（案件编号YW-2026-01090），我站已与商家取得联系，商家表示同意退还多收的费用，请您留意退款到账情况。
>
>义乌市电子商务协会消费者权益服务站
''',
     quote_marker='在 2026-11-17',
     kind='reply', case='YW-2026-01090', lang='zh', cname='顾建明',
     must=['投诉可以结束了'], mustnot=['鑫源家电专营店', '请您留意退款到账情况'],
     notes='163 reply, the case reference is only in the quoted history (在…写道：, > lines); a refund received (568) is not an order amount; merchant only in the quote'),

dict(id='37', client='outlook', name='Samir Haddad', addr='samir.haddad@outlook.com', date=D(24, '19:16', '+0200'),
     subject='RE: [YW-2026-01152] Complaint received - Yiwu Lianhua Umbrella',
     body='''Hello,

The address of the supplier is: No. 36 Fuxing Street, Suxi Town, Yiwu. Their sales manager is Ms. Fang, her mobile is 138 5795 6620. I also have a new phone number now, please use +961 3 555 782.

Regards,
Samir Haddad

-----Original Message-----
From: Consumer Rights Service Station <tousu@yweca.org.example>
Sent: Monday, November 23, 2026 11:20 AM
To: samir.haddad@outlook.com
Subject: [YW-2026-01152] Complaint received - Yiwu Lianhua Umbrella

Dear Mr. Haddad,

We have registered your complaint against Yiwu Lianhua Umbrella Co., Ltd. under case number YW-2026-01152. Could you please send us the supplier's address and a contact phone number?

Best regards,
Consumer Rights Service Station
''',
     quote_marker='-----Original Message-----',
     kind='reply', case='YW-2026-01152', lang='en', cname='Samir Haddad', cph=['+9613555782'],
     rph=['+8613857956620'], radr='No. 36 Fuxing Street, Suxi Town, Yiwu',
     must=['The address of the supplier is', 'new phone number'], mustnot=['We have registered your complaint'],
     notes='Outlook.com reply (RE:, -----Original Message-----); supplies the supplier\'s address (a merchant address, not a name) and the sales manager\'s mobile (merchant\'s) plus his own new Lebanese number; merchant name only in subject/quote'),

# ---------------------------------------------------------------- machine and bulk mail
dict(id='38', client='qq', name='杨帆', addr='yangfan_yw@qq.com', date=D(21, '08:02'),
     subject='自动回复: [YW-2026-01138] 请补充商家联系方式',
     body='''这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。有急事请打我手机13958011274。
''',
     kind='auto_reply', case='YW-2026-01138', lang='zh',
     must=['假期自动回复'],
     notes='QQ Mail holiday auto-reply with no Auto-Submitted header, recognisable by subject and wording; case ref in the subject; the phone in it belongs to nobody'),

dict(id='39', client='outlook', name='ShopBoost Global', addr='growth@shopboost-global.example', date=D(25, '03:15', '+0000'),
     subject='Get 300% more buyer inquiries for your Yiwu store this Q4!',
     body='''Dear Store Owner,

Are your products invisible on Alibaba, Amazon and 1688? Our ShopBoost AI ranking service has helped more than 2,000 Yiwu sellers reach page 1.

* Keyword optimisation for 30 products
* 500 verified buyer leads every month
* Money-back guarantee

Special Q4 price: only USD 199/month (normally USD 399).

Book a free consultation: https://shopboost-global.example/yiwu
WhatsApp / WeChat: +86 199 5792 0066

To unsubscribe, reply with "REMOVE".
''',
     kind='spam', lang='en',
     must=['ShopBoost AI ranking service'],
     notes='Outlook HTML advert to the station address; its price, phone and URL are nobody\'s'),

dict(id='40', client='plain', name='Mail Delivery Subsystem', addr='postmaster@alnoor-mobile.example', relay='mx.alnoor-mobile.example',
     date=D(28, '11:44', '+0400'), extra_headers=['Auto-Submitted: auto-replied'],
     subject='Undeliverable: [YW-2026-01161] Request for supporting documents',
     body='''This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    faisal.m@alnoor-mobile.example

Technical details of permanent failure:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; recipient not found by SMTP address lookup'

Original message headers:

From: Consumer Rights Service Station <tousu@yweca.org.example>
To: faisal.m@alnoor-mobile.example
Subject: [YW-2026-01161] Request for supporting documents
Date: Sat, 28 Nov 2026 15:42:10 +0800
Message-ID: <20261128074210.4F2A61E0C3@mx1.yweca.org.example>
''',
     kind='bounce', case='YW-2026-01161', lang='en',
     must=['failed permanently'],
     notes='Plain-text bounce from a buyer\'s company mail server (postmaster, Undeliverable:), not multipart/report; case ref in subject and in the returned headers'),
]

blindgen.run(ROUND, HERE, MAILS)
