import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import blindgen
ROUND = 'fresh9f'

MAILS = [
# ---- Thu 19 Nov 2026 ----
dict(id='01', client='qq', name='风中的陈', addr='1034587721@qq.com',
     date='Thu, 19 Nov 2026 08:47:12 +0800',
     subject='电动车电池用了一个月就鼓包，商家不给换',
     body='''您好：
我10月中旬在义乌“鑫驰电动车行”买了一辆电动车，花了2680元，当时老板说电池保一年。结果骑了一个多月电池就鼓包了，充不进电。我去店里找，老板说是我充电方法不对，属于人为损坏，不给保修，要换电池得再出650元。
我觉得这是质量问题，希望你们帮忙协调一下给换电池。
商家地址：义乌市城北路688号
商家电话：0579-85527731
姓名：陈建国
电话：139 5792 4410
''',
     kind='complaint', lang='zh', cname='陈建国', cph=['+8613957924410'],
     rname='鑫驰电动车行', rph=['+8657985527731'], radr='义乌市城北路688号',
     amt='2680.00', cur='CNY', must=['电池就鼓包', '人为损坏'],
     notes='QQ nickname From, labelled name/phone at the end; 650元 is a demanded sum, not paid'),
dict(id='02', client='gmail', name='Chinedu Okafor', addr='chinedu.okafor.ventures@gmail.com',
     date='Thu, 19 Nov 2026 15:20:41 +0100',
     subject='Complaint against Yiwu Hengda Bags - short shipment',
     body='''Dear Sir/Madam,

I am writing to complain about Yiwu Hengda Bags Co., Ltd. In September I ordered 6,000 pcs school backpacks from them (Proforma Invoice No. HD-PI-2026-0915). I paid the full amount of USD 14,000 by T/T before loading.

When the container arrived in Lagos on 10 November we counted only 4,800 pcs, and about 300 of them have broken zippers. Their salesman Mr. Zhou first promised to compensate in the next order, now he does not answer my calls or WeChat.

Supplier details:
Yiwu Hengda Bags Co., Ltd.
No. 36 Chengbei Road, Yiwu, Zhejiang
Mr. Zhou: +86 135 8817 6642

Please help me to get a refund for the missing and damaged goods.

Best regards,
Chinedu Okafor
Managing Director, Okafor Ventures Ltd
14 Broad Street, Lagos Island, Lagos, Nigeria
Tel: +234 803 555 0147
''',
     kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348035550147'],
     cadr='14 Broad Street, Lagos Island, Lagos, Nigeria',
     rname='Yiwu Hengda Bags Co., Ltd.', rph=['+8613588176642'], radr='No. 36 Chengbei Road, Yiwu, Zhejiang',
     amt='14000.00', cur='USD', must=['only 4,800 pcs', 'broken zippers'],
     notes='salesman phone is the merchant\'s; proforma invoice is no order number; own company address in signature is the complainant\'s'),
dict(id='03', client='163', name='刘晓燕', addr='liuxiaoyan0612@163.com',
     date='Thu, 19 Nov 2026 21:13:05 +0800',
     subject='投诉拼多多店铺卖临期奶粉',
     body='''你好，我在拼多多上“悦宝母婴专营店”买了两罐3段奶粉，收到后发现生产日期是2024年12月，保质期到2026年12月，只剩不到一个月了，商品页面上写的却是“新鲜日期”。联系客服，客服只肯退20元差价。宝宝已经喝了一罐才发现的，现在很担心。
订单号：261108-395820417762301
实付：¥356.40
请帮我向商家要求退货退款。

刘晓燕
15167893021
''',
     kind='complaint', lang='zh', cname='刘晓燕', cph=['+8615167893021'],
     rname='悦宝母婴专营店', onum='261108-395820417762301', amt='356.40', cur='CNY',
     must=['新鲜日期', '只肯退20元差价'],
     notes='platform shop, no merchant contact; 20元 offered is not the amount'),
# ---- Fri 20 Nov ----
dict(id='04', client='iphone', name='何丽萍', addr='heliping88@icloud.com',
     date='Fri, 20 Nov 2026 12:31:50 +0800',
     subject='美发店办卡后关门跑路',
     body='''你好，我在我家附近的“丝域造型”办了一张2000元的储值卡，才用了两次，这周去发现店门关了，贴了张转让的纸。老板电话13806797254一直打不通，微信也把我拉黑了。听说办卡的不止我一个人。请问能帮我们追回卡里的钱吗？
我叫何丽萍，电话18857912036

发自我的iPhone
''',
     kind='complaint', lang='zh', cname='何丽萍', cph=['+8618857912036'],
     rname='丝域造型', rph=['+8613806797254'], amt='2000.00', cur='CNY',
     must=['储值卡', '把我拉黑了'],
     notes='prepaid card, boss phone is the merchant\'s; iPhone signature'),
dict(id='05', client='126', name='王志强', addr='wzq_yw@126.com',
     date='Fri, 20 Nov 2026 16:05:33 +0800',
     subject='装修公司拖延工期还要加钱',
     body='''投诉对象：义乌市佳美居装饰工程有限公司
地址：义乌市福田街道商博路127号3楼
电话：0579-85216630

我家房子今年8月跟他们签了装修合同（合同编号JM-2026-0418），合同工期90天，我已经付了首期款¥30,000。现在已经过了三个多月，厨房卫生间还没做完，工人隔三差五才来一次。项目经理钱经理上周又说材料涨价，要我再加8000元才能继续施工。
我要求按合同工期完工，不加钱，延期要按合同赔偿。

投诉人：王志强
手机：13588625107
家庭地址：义乌市稠城街道绣湖小区12幢2单元501室
''',
     kind='complaint', lang='zh', cname='王志强', cph=['+8613588625107'],
     cadr='义乌市稠城街道绣湖小区12幢2单元501室',
     rname='义乌市佳美居装饰工程有限公司', rph=['+8657985216630'], radr='义乌市福田街道商博路127号3楼',
     amt='30000.00', cur='CNY', must=['材料涨价', '按合同赔偿'],
     notes='respondent block first, complainant block last; contract number is no order number; 8000元 demanded, not paid'),
dict(id='06', client='outlook1252', name='Siobhan Kelly', addr='siobhan.kelly84@outlook.ie',
     date='Fri, 20 Nov 2026 22:10:17 +0000',
     subject='Faulty Christmas lights \u2013 order #YHD-55812 \u2013 seller ignoring me',
     body='''Hello,

I ordered 20 sets of LED fairy lights from a website based in Yiwu, Yiwu Home Deco (https://www.yiwuhomedeco.example/product/led-fairy-lights-10m), for my small gift shop. Order #YHD-55812, I paid \u20ac389.50 by PayPal on 28 October.

About half of the sets don\u2019t light up at all and two of them got very hot and melted the plug. That\u2019s a fire risk! I have emailed their support three times and got one reply asking me to send them back at my own cost (shipping to China would be more than \u20ac150).

I\u2019d like a full refund. Could you please contact them?

Kind regards,
Siobhan Kelly
Mobile (Ireland): 087 215 4476
''',
     kind='complaint', lang='en', cname='Siobhan Kelly', cph=['+353872154476'],
     rname='Yiwu Home Deco', rurls=['https://www.yiwuhomedeco.example/product/led-fairy-lights-10m'],
     onum='YHD-55812', amt='389.50', cur='EUR', must=['melted the plug', 'fire risk'],
     notes='windows-1252 QP body with euro sign; Irish local mobile with the country in its label; URL closed by a parenthesis'),
dict(id='07', client='qq', name='小熊软糖', addr='396620175@qq.com',
     date='Fri, 20 Nov 2026 22:40:08 +0800',
     subject='请问网购衣服退货运费谁出',
     body='''你好，想咨询一下，网上买的衣服商家说支持7天无理由退货，但是要我自己出退货运费，还要扣10元“包装损耗费”，这样合理吗？无理由退货的运费到底应该谁承担？
谢谢！
''',
     kind='inquiry', lang='zh', must=['包装损耗费', '无理由退货的运费'],
     notes='general question about return shipping; nickname only'),
# ---- Sat 21 Nov ----
dict(id='08', client='foxmail', name='周敏', addr='zhoumin1987@foxmail.com',
     date='Sat, 21 Nov 2026 10:22:46 +0800',
     subject='在羊肉馆吃饭后全家腹泻',
     body='''你好！
11月19日晚上我们一家四口在“老杨家羊肉馆”吃饭，点了羊肉锅、凉拌菜等，一共消费468元（微信支付）。当晚回家后四个人都开始腹泻、呕吐，第二天去了中心医院急诊，医生说是细菌性食物中毒。
我们找饭店，饭店说吃的人多别人都没事，不承认是他们的问题，只答应退一个菜钱。
饭店地址：义乌市北苑街道雪峰西路215号
附件是医院诊断证明和付款截图。
希望你们帮忙处理，要求赔偿医药费。

周敏  13676877512
''',
     att=[dict(filename='诊断证明.jpg', content_type='image/jpeg', cs='GB2312'),
          dict(filename='付款截图.png', content_type='image/png', cs='GB2312')],
     kind='complaint', lang='zh', cname='周敏', cph=['+8613676877512'],
     rname='老杨家羊肉馆', radr='义乌市北苑街道雪峰西路215号', amt='468.00', cur='CNY',
     must=['细菌性食物中毒', '赔偿医药费'],
     notes='restaurant food poisoning, Foxmail GB2312 with two attachments'),
dict(id='09', client='yahoo', name='Linda Morales', addr='lindamorales_pdx@yahoo.com',
     date='Sat, 21 Nov 2026 14:45:02 -0800',
     subject='Fake jade bracelet sold as natural jadeite',
     body='''Hi,

During my trip to Yiwu on November 3rd I bought a "natural A-grade jadeite" bracelet at a shop called Jade Garden. I paid RMB 2,600 by credit card. The shop is at 166 Xiuhu Road, Yiwu. The saleswoman gave me a "certificate" with it.

Back home I had it tested by a gemologist and it is dyed, treated stone (B+C grade), worth maybe $40. I have the lab report and the receipt.

I would like my money back. I am in the US now so I can't go to the shop. Can you help?

Thank you,
Linda Morales
+1 (503) 555-0186
''',
     kind='complaint', lang='en', cname='Linda Morales', cph=['+15035550186'],
     rname='Jade Garden', radr='166 Xiuhu Road, Yiwu', amt='2600.00', cur='CNY',
     must=['dyed, treated stone', 'lab report'],
     notes='tourist back home; "$40" is an estimated value, not paid'),
dict(id='10', client='android', name='吴海涛', addr='haitao_wu@sina.cn',
     date='Sat, 21 Nov 2026 23:48:19 +0800',
     subject='二手手机翻新机冒充 要求退款',
     body='''11月12号在淘宝“数码优选二手机”店买了一台二手手机，商品描述写的是99新原装未拆修，收到用了一周屏幕就出现绿线，拿到维修店检查说屏幕是换过的副厂屏，电池也换过。
找店铺客服，客服说过了7天不退，只能寄回去修。
订单号：4021587736190352871
付款1,899元
我要求退货退款，请你们帮忙。
吴海涛 13967421185
''',
     kind='complaint', lang='zh', cname='吴海涛', cph=['+8613967421185'],
     rname='数码优选二手机', onum='4021587736190352871', amt='1899.00', cur='CNY',
     must=['副厂屏', '过了7天不退'],
     notes='Taobao shop named without contact; 8bit UTF-8 Android mail'),
# ---- Sun 22 Nov ----
dict(id='11', client='mailru', name='Дмитрий Волков', addr='d.volkov77@mail.ru',
     date='Sun, 22 Nov 2026 18:03:27 +0300',
     subject='Agent took my money and not send goods',
     body='''Hello,

My name is Dmitry Volkov, I am from Moscow. I work with buying agent in Yiwu, company name Yiwu Fortune Trade Agency. In October I pay them 2300 USD for buy and consolidate goods (kitchen things, 11 suppliers) and send to Moscow by railway. They say goods is loaded in container, but container not exist, they cannot give me any document. Now their manager Ms. Wang not answer.

Manager phone: 18906792214
Office: Room 1208, Jinfu Building, 99 Futian Road, Yiwu

Please help me, this is big money for me.

Dmitry Volkov
+7 916 555-23-81
''',
     kind='complaint', lang='en', cname='Dmitry Volkov', cph=['+79165552381'],
     rname='Yiwu Fortune Trade Agency', rph=['+8618906792214'],
     radr='Room 1208, Jinfu Building, 99 Futian Road, Yiwu', amt='2300.00', cur='USD',
     must=['container not exist', 'buying agent'],
     notes='non-native English, Cyrillic From name, name in text wins; manager phone is the merchant\'s'),
dict(id='12', client='qq', name='Kiki', addr='2851937640@qq.com',
     date='Sun, 22 Nov 2026 19:40:55 +0800',
     subject='健身房突然停业，年卡无法退费',
     body='''你们好，
我是“动力派健身（稠州北路店）”的会员，今年6月办了一张年卡3680元，还买了私教课。11月20日去的时候门口贴了通知说“装修升级暂停营业”，但里面器材都搬空了。前台和店长都联系不上，只有我的私教教练小赵还能打通，电话15857930218，他说他们员工工资也没发。
现在群里有一百多个会员都是一样的情况。希望服务站能介入。

姓名：骆佳琪
电话：13735688142
''',
     kind='complaint', lang='zh', cname='骆佳琪', cph=['+8613735688142'],
     rname='动力派健身（稠州北路店）', rph=['+8615857930218'], amt='3680.00', cur='CNY',
     must=['装修升级暂停营业', '器材都搬空了'],
     notes='gym closure; branch in brackets is part of the name; coach phone is the merchant\'s'),
# ---- Mon 23 Nov ----
dict(id='13', client='gmail', name='Zhang Lei', addr='zhanglei.ywsocks@gmail.com',
     date='Mon, 23 Nov 2026 09:15:38 +0800',
     subject='1688批发的袜子质量与样品不符',
     body='''您好，
我是在温州开小店的，10月底在1688上找了义乌的“棉朵针织厂”批发了300打袜子，样品是精梳棉的，大货到了以后一洗就起球掉色，明显不是同一种料子。
店铺链接：https://shop7356112.1688.example
订单号：3318842079651046
货款9,600元已经付清。
厂家一开始说可以换货，后来就不回消息了。麻烦你们帮忙联系一下厂家。

张磊
电话：186 5778 3302
温州市鹿城区五马街106号
''',
     kind='complaint', lang='zh', cname='张磊', cph=['+8618657783302'], cadr='温州市鹿城区五马街106号',
     rname='棉朵针织厂', rurls=['https://shop7356112.1688.example'], onum='3318842079651046',
     amt='9600.00', cur='CNY', must=['起球掉色', '不回消息'],
     notes='Gmail in Chinese; Chinese name in signature wins over pinyin From; signature address'),
dict(id='14', client='gmail', name='Aarav Mehta', addr='aarav.mehta.2003@gmail.com',
     date='Mon, 23 Nov 2026 11:30:04 +0800',
     subject='phone case broke',
     body='''hello, i bought a phone case from a stall in futian market last week, it broke after 2 days. i paid 35 yuan. the seller dont want to refund or change it, he said no guarantee for cheap goods. can you do something?
thanks
''',
     kind='complaint', lang='en', cname='Aarav Mehta', amt='35.00', cur='CNY',
     must=['no guarantee for cheap goods'],
     notes='short lower-case complaint; market name only, no merchant; From name used'),
dict(id='15', client='qq', name='黄静', addr='hj_fashion@qq.com',
     date='Mon, 23 Nov 2026 14:02:21 +0800',
     subject='批发发饰颜色全部发错，档口不认账',
     body='''你好，我在国际商贸城一区“晶晶饰品”档口批了50打发夹，说好的是奶白色和雾霾蓝各一半，到货全是粉色的，跟我拍的样品不一样。档口老板娘说我当时没说清楚，不给换。
货款¥1,560 已经微信转给老板娘了，聊天记录都在。
档口地址：义乌国际商贸城一区东门5街32号
老板娘电话：13905799281
我叫黄静，电话15925913360，谢谢。
''',
     kind='complaint', lang='zh', cname='黄静', cph=['+8615925913360'],
     rname='晶晶饰品', rph=['+8613905799281'], radr='义乌国际商贸城一区东门5街32号',
     amt='1560.00', cur='CNY', must=['奶白色和雾霾蓝', '不给换'],
     notes='market stall named; stall address labelled; owner\'s wife phone is the merchant\'s'),
dict(id='16', client='qq', name='静怡', addr='741852096@qq.com',
     date='Mon, 23 Nov 2026 17:05:44 +0800',
     subject='回复：关于您的投诉（YW-2026-00871）需补充材料',
     body='''你好，小票照片已经拍好了放在附件里。商家的电话我问到了，是0579-85334172，店名就是“百味坊糕点”。
何静怡

------------------ 原始邮件 ------------------
发件人: "义乌市电子商务协会消费维权服务站"<tousu@yweca.org.example>;
发送时间: 2026年11月23日(星期一) 上午10:12
收件人: "静怡"<741852096@qq.com>;
主题: 关于您的投诉（YW-2026-00871）需补充材料

何女士您好：
您的投诉（YW-2026-00871）已收到。请补充购物小票或付款记录，以及商家的联系方式，以便我们联系商家。
义乌市电子商务协会消费维权服务站
电话：0579-85200000
''',
     quote_marker='------------------ 原始邮件',
     att=[dict(filename='小票.jpg', content_type='image/jpeg', cs='gb18030')],
     kind='reply', case='YW-2026-00871', lang='zh', cname='何静怡',
     rname='百味坊糕点', rph=['+8657985334172'],
     must=['小票照片已经拍好了', '百味坊糕点'], mustnot=['请补充购物小票或付款记录', '0579-85200000'],
     notes='QQ reply with 原始邮件 history; station phone in history counts for nobody'),
dict(id='17', client='163', name='张卫东', addr='zhangwd1979@163.com',
     date='Mon, 23 Nov 2026 20:15:09 +0800',
     subject='咨询：这家公司招加盟是否正规',
     body='''服务站您好，
最近有一家叫“义乌市恒昌优品贸易有限公司”的公司在抖音上招“社区团购加盟商”，说交5万元加盟费就给供货、给系统，保证三个月回本。他们的地址说是在义乌市江东街道青口工业区8号。我还没交钱，想问一下你们有没有收到过对这家公司的投诉，这种加盟靠谱吗？
张卫东  13858031926
''',
     kind='inquiry', lang='zh', cname='张卫东', cph=['+8613858031926'],
     rname='义乌市恒昌优品贸易有限公司', radr='义乌市江东街道青口工业区8号',
     must=['社区团购加盟商', '我还没交钱'],
     notes='legitimacy question; 5万元 not paid so no amount'),
# ---- Tue 24 Nov ----
dict(id='18', client='iphone', name='Tomás Rivera', addr='tomas.rivera.mx@icloud.com',
     date='Tue, 24 Nov 2026 08:12:36 +0800',
     subject='Hotel kept my deposit',
     body='''Hello,
I stayed at Jinqiao Garden Hotel in Yiwu from Nov 17 to Nov 21. At check-in I paid a 300 yuan deposit in cash. At check-out they told me the deposit is kept because of a "stain on the carpet" \u2014 there was no stain when I left, and they didn't show me any photo. Front desk phone is 0579-85588120.
I want my deposit back please.
Tom\u00e1s Rivera

Sent from my iPhone
''',
     kind='complaint', lang='en', cname='Tom\u00e1s Rivera', rname='Jinqiao Garden Hotel',
     rph=['+8657985588120'], amt='300.00', cur='CNY',
     must=['stain on the carpet', 'deposit back'],
     notes='hotel deposit kept; hotel front desk phone; no complainant phone'),
dict(id='19', client='gmail', name='Hannah Whitfield', addr='hannah.whitfield@gmail.com',
     date='Tue, 24 Nov 2026 09:05:13 +0000',
     subject='Re: Your complaint YW-2026-00858 - further information needed',
     body='''Hello,

Sorry for the late reply. Here are the details you asked for:
Order No.: 2026110422871
Seller phone: 0579-85761043 (from their WeChat customer service)
My phone: +44 7911 555 302

Best wishes,
Hannah Whitfield

On Mon, 23 Nov 2026 at 16:40, Yiwu E-Commerce Association Consumer Rights Station <tousu@yweca.org.example> wrote:
> Dear Ms Whitfield,
>
> Thank you for your complaint. Please provide your order number and the seller's contact details so that we can contact the seller.
>
> Consumer Rights Service Station
> Yiwu E-Commerce Association
''',
     quote_marker='On Mon, 23 Nov 2026',
     kind='reply', case='YW-2026-00858', lang='en', cname='Hannah Whitfield', cph=['+447911555302'],
     rph=['+8657985761043'], onum='2026110422871',
     must=['Sorry for the late reply', 'WeChat customer service'],
     mustnot=['Please provide your order number'],
     notes='consumer reply supplying order number and phones; Gmail quoted history'),
dict(id='20', client='outlook', name='鄭嘉欣', addr='kayancheng@hotmail.com', cs='big5', hcs='big5',
     lang_hdr='zh-hk',
     date='Tue, 24 Nov 2026 11:26:58 +0800',
     subject='網購茶具運到香港全部破損',
     body='''您好，
本人鄭嘉欣，住在香港。上月在義烏“古韻陶瓷坊”的網店訂了一套手繪青花茶具，訂單號：GY20261108-07，已付款港幣HK$2,350。上星期收到時外箱完好，但裡面六個茶杯碎了四個，茶壺蓋也裂了。商家說是物流問題叫我找快遞，快遞又說包裝不合格。
我已拍了開箱影片。希望貴站協助要求商家補發或退款。
商家電話：0579-85613392
網店：https://guyun-taoci.example/shop

鄭嘉欣
電話：+852 6123 8874
地址：香港九龍旺角彌敦道610號荷李活商業中心18樓1803室
''',
     kind='complaint', lang='zh', cname='鄭嘉欣', cph=['+85261238874'],
     cadr='香港九龍旺角彌敦道610號荷李活商業中心18樓1803室',
     rname='古韻陶瓷坊', rurls=['https://guyun-taoci.example/shop'], rph=['+8657985613392'],
     onum='GY20261108-07', amt='2350.00', cur='HKD', must=['茶杯碎了四個', '開箱影片'],
     notes='Hong Kong buyer, Big5 body and Q-encoded Big5 subject; HK$ amount'),
dict(id='21', client='iphone', name='孙立伟', addr='slw1990@163.com',
     date='Tue, 24 Nov 2026 18:55:30 +0800',
     subject='快递丢件 网点推脱',
     body='''您好，11月16日我在速运达快递义乌北苑网点寄了一箱样品去广州，运单号SYD7702635518，寄件费付了23元，到现在还没到，查物流一直停在义乌转运中心。网点说货丢了只能按运费的三倍赔，可是里面的样品价值两千多。我没有保价，因为寄件的时候网点的人根本没问。
网点电话：0579-85390126
本人孙立伟，手机15088613027

发自我的iPhone
''',
     kind='complaint', lang='zh', cname='孙立伟', cph=['+8615088613027'],
     rname='速运达快递义乌北苑网点', rph=['+8657985390126'], amt='23.00', cur='CNY',
     must=['运费的三倍赔', '没有保价'],
     notes='lost parcel; tracking number is no order number; the paid postage is the amount, the goods value is not'),
# ---- Wed 25 Nov ----
dict(id='22', client='outlook', name='Imran Qureshi', addr='imran@qureshitraders.example',
     date='Wed, 25 Nov 2026 10:40:22 +0500',
     subject='Umbrella order delayed 7 weeks - Order No. LF-20260917-03',
     body='''Dear Team,

We placed an order for 12,000 folding umbrellas with Zhejiang Lianfa Umbrella Factory on 17 September, Order No.: LF-20260917-03 (PI attached). Delivery was promised for 15 October. We paid a 30% deposit of USD 5,640 on 19 September.

It is now the end of November and the goods are still not ready. Every week Ms. Chen gives a new excuse. We have lost our rainy season sales. We request either immediate shipment with a discount for the delay, or refund of our deposit.

Factory contact:
Ms. Chen (Sales Manager)
Tel: 0579-85472218  Mob: 158 5790 3316
No. 9 Xingye Road, Suxi Town, Yiwu

Regards,
Imran Qureshi
Qureshi Traders
Shop 21, Hall Road, Lahore, Pakistan
+92 300 555 7812
''',
     att=[dict(filename='PI_LF-20260917-03.pdf', content_type='application/pdf')],
     kind='complaint', lang='en', cname='Imran Qureshi', cph=['+923005557812'],
     cadr='Shop 21, Hall Road, Lahore, Pakistan',
     rname='Zhejiang Lianfa Umbrella Factory', rph=['+8657985472218', '+8615857903316'],
     radr='No. 9 Xingye Road, Suxi Town, Yiwu', onum='LF-20260917-03', amt='5640.00', cur='USD',
     must=['still not ready', 'rainy season'],
     notes='factory delay, deposit paid; sales manager landline and mobile are the merchant\'s; PI attached'),
dict(id='23', client='gmail', name='Samuel Mensah', addr='samuel.mensah.gh@gmail.com',
     date='Wed, 25 Nov 2026 14:18:47 +0000',
     subject='Is this company legit? Yiwu Golden Bridge Trading',
     body='''Hello,

I found a supplier online, Yiwu Golden Bridge Trading Co., Ltd. (https://www.goldenbridge-trade.example). They want me to pay 50% deposit, USD 3,000, to a personal bank account before production. Their price is much lower than others.

Before I pay, can you tell me if this company is registered and if you have complaints about them? They say their office is at 3F, 218 Chouzhou North Road, Yiwu.

Thank you,
Samuel Mensah
Accra, Ghana
WhatsApp: +233 24 555 6710
''',
     kind='inquiry', lang='en', cname='Samuel Mensah', cph=['+233245556710'],
     rname='Yiwu Golden Bridge Trading Co., Ltd.', rurls=['https://www.goldenbridge-trade.example'],
     radr='3F, 218 Chouzhou North Road, Yiwu',
     must=['personal bank account', 'Before I pay'],
     notes='legitimacy check before paying; USD 3,000 not paid so no amount'),
dict(id='24', client='163', name='马丽', addr='mali_0815@163.com',
     date='Wed, 25 Nov 2026 16:48:31 +0800',
     subject='Re:关于您投诉的处理进展',
     body='''你好，商家今天已经把钱退给我了，退了199元，谢谢你们的帮忙，这个投诉可以结案了。
马丽

在 2026-11-24 10:15:32，"义乌市电子商务协会消费维权服务站" <tousu@yweca.org.example> 写道：
>马女士您好：
>您投诉的“潮品鞋业”一案（案件编号：YW-2026-00904），商家已同意全额退款，请您留意到账情况。
>义乌市电子商务协会消费维权服务站
''',
     quote_marker='在 2026-11-24',
     kind='reply', case='YW-2026-00904', lang='zh', cname='马丽',
     must=['可以结案了'], mustnot=['商家已同意全额退款', '潮品鞋业'],
     notes='case ref only in the quoted history; refund is not the amount; merchant only in history'),
dict(id='25', client='foxmail', name='林海燕', addr='linhaiyan@foxmail.com',
     date='Wed, 25 Nov 2026 20:30:12 +0800',
     subject='培训学校不退学费',
     body='''服务站的工作人员你好：
我给孩子在“英才教育培训学校”报了一年的数学和英语辅导，9月1日交了学费¥12,800（有收据）。上了不到一个月，原来的老师全部离职，换来的老师是刚毕业的大学生，孩子成绩反而下降。我要求退剩余的学费，学校说合同写明“一经报名概不退费”。我觉得这是霸王条款。
学校地址：义乌市稠江街道杨村路55号
学校电话：0579-85109875
附件是收据和合同照片。
家长：林海燕
联系电话：13757963214
''',
     att=[dict(filename='收据.pdf', content_type='application/pdf', cs='GB2312'),
          dict(filename='合同第3页.jpg', content_type='image/jpeg', cs='GB2312')],
     kind='complaint', lang='zh', cname='林海燕', cph=['+8613757963214'],
     rname='英才教育培训学校', rph=['+8657985109875'], radr='义乌市稠江街道杨村路55号',
     amt='12800.00', cur='CNY', must=['一经报名概不退费', '霸王条款'],
     notes='tutoring school refund; 家长： label gives the name'),
# ---- Thu 26 Nov ----
dict(id='26', client='outlook', name='Elena Popescu', addr='elena.popescu@popescu-import.example',
     date='Thu, 26 Nov 2026 09:50:40 +0200',
     subject='Question about your services for foreign buyers',
     body='''Dear Sir or Madam,

Our company imports household goods from Yiwu several times a year. A colleague told us about your station. Could you please tell me:
1. Do you accept complaints from foreign companies, or only from consumers?
2. Can we write in English?
3. Is there any fee?

We have no dispute at the moment, but we would like to know in case we need it.

Best regards,
Elena Popescu
Purchasing Manager
Popescu Import SRL
Str. Lalelelor 12, 400000 Cluj-Napoca, Romania
Tel: +40 744 555 218
elena.popescu@popescu-import.example
''',
     kind='inquiry', lang='en', cname='Elena Popescu', cph=['+40744555218'],
     cem=['elena.popescu@popescu-import.example'], cadr='Str. Lalelelor 12, 400000 Cluj-Napoca, Romania',
     must=['Is there any fee?', 'no dispute at the moment'],
     notes='what the station covers; own company in signature is not the respondent'),
dict(id='27', client='126', name='邵明', addr='shaoming_yw@126.com',
     date='Thu, 26 Nov 2026 10:03:26 +0800',
     subject='请问投诉需要准备什么材料',
     body='''您好，我想问一下你们服务站是不是可以受理外地消费者的投诉？我在杭州，网购的商家在义乌。投诉需要提供哪些材料，是发邮件就可以还是要到现场？大概多久有结果？
谢谢！
邵明
''',
     kind='inquiry', lang='zh', cname='邵明', must=['外地消费者', '多久有结果'],
     notes='procedure question; a bare city is no address'),
dict(id='28', client='outlook', name='Fatima Diallo', addr='fatima.diallo@outlook.fr',
     date='Thu, 26 Nov 2026 15:22:09 +0000',
     subject='RE: YW-2026-00833',
     body='''Hello,

The factory (Yiwu Kaixin Garment Factory) contacted me yesterday and now they say they will only refund half because "the fabric is the same quality". This is not acceptable, I paid US$ 940 and the dresses are unusable, the colour runs after one wash. I can send 5 pieces back as proof if needed.

Please continue the case.

Fatima Diallo

-----Original Message-----
From: Consumer Rights Service Station <tousu@yweca.org.example>
Sent: Tuesday, November 24, 2026 11:03 AM
To: fatima.diallo@outlook.fr
Subject: YW-2026-00833

Dear Ms Diallo,

We have contacted the factory about your case YW-2026-00833 and asked them to propose a solution within 5 working days.

Best regards,
Consumer Rights Service Station
''',
     quote_marker='-----Original Message-----',
     kind='reply', case='YW-2026-00833', lang='en', cname='Fatima Diallo',
     rname='Yiwu Kaixin Garment Factory', amt='940.00', cur='USD',
     must=['only refund half', 'colour runs after one wash'],
     mustnot=['propose a solution within 5 working days'],
     notes='Outlook reply; half refund offered is not the amount, paid US$ 940 is'),
dict(id='29', client='thunderbird', name='Jonas Becker', addr='jbecker@web.de',
     date='Thu, 26 Nov 2026 21:05:51 +0100',
     subject='Order never arrived, shop does not answer',
     body='''Hello,

On 2 November I ordered decorations for my daughter's birthday from 
the online shop PartyFun Supplies (https://partyfun-supplies.example), 
which says it ships from Yiwu. Order ID: PF-300741, paid \u20ac76.80 by 
credit card.

The tracking number they gave me does not work, the birthday was last 
weekend, and my three e-mails to their support got no answer.

I want my money back.

Jonas Becker
''',
     kind='complaint', lang='en', cname='Jonas Becker',
     rname='PartyFun Supplies', rurls=['https://partyfun-supplies.example'],
     onum='PF-300741', amt='76.80', cur='EUR',
     must=['tracking number they gave me does not work', 'I want my money back'],
     notes='format=flowed Thunderbird; soft line breaks inside the order sentence'),
# ---- Fri 27 Nov ----
dict(id='30', client='plain', name='', addr='MAILER-DAEMON@mail.adebayo-imports.example',
     from_name='',
     date='Fri, 27 Nov 2026 10:31:04 +0100',
     subject='failure notice',
     body='''Hi. This is the qmail-send program at mail.adebayo-imports.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<tunde.adebayo@adebayo-imports.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <tousu@yweca.org.example>
Received: from mx1.yweca.org.example (mx1.yweca.org.example [192.0.2.15])
  by mail.adebayo-imports.example with ESMTPS; 27 Nov 2026 09:31:02 -0000
From: Consumer Rights Service Station <tousu@yweca.org.example>
To: tunde.adebayo@adebayo-imports.example
Subject: Your complaint YW-2026-00912: documents needed
Date: Fri, 27 Nov 2026 17:30:58 +0800
Message-ID: <20261127173058.4F2A1C0B@yweca.org.example>

Dear Mr Adebayo,

Thank you for your complaint about Yiwu Starlight Hair Products. Please send us copies of the payment receipt and your chat records with the seller.

Consumer Rights Service Station
Tel: 0579-85200000
''',
     kind='bounce', case='YW-2026-00912', lang='en',
     must=['no mailbox here by that name'],
     notes='plain-text qmail bounce (no multipart/report); case ref only in the returned copy; nothing filled'),
dict(id='31', client='android', name='Rahul Nair', addr='rahulnair.ywu@gmail.com', ua='K-9 Mail for Android',
     date='Fri, 27 Nov 2026 13:17:33 +0800',
     subject='Second hand laptop battery dead, shop refuses',
     body='''Hi, I'm Rahul Nair, student at Yiwu Industrial & Commercial College. On 15 Nov I bought a used laptop from Techzone Mobile & Laptop, a small shop near my college. They said battery is new and 3 months warranty. I paid 3,450 RMB by Alipay. After 8 days the battery is completely dead and laptop only works with charger. The owner Mr. Fang (13516972045) says warranty is only for the motherboard not battery, but he never said this before.
My phone: 176 5792 8830
Please help.
''',
     kind='complaint', lang='en', cname='Rahul Nair', cph=['+8617657928830'],
     rname='Techzone Mobile & Laptop', rph=['+8613516972045'], amt='3450.00', cur='CNY',
     must=['battery is completely dead', 'only for the motherboard'],
     notes='owner\'s phone in brackets is the merchant\'s; student\'s Chinese mobile'),
# ---- Sat 28 Nov ----
dict(id='32', client='android', name='Cai Yun', addr='caiyun_0923@sina.com',
     date='Sat, 28 Nov 2026 15:27:02 +0800',
     subject='预付卡的钱能不能退',
     body='''你好，我在一家美甲店充了会员卡，听说这家店要转让了，新老板不一定认以前的卡。想问下这种情况卡里剩下的钱能要求退吗？要不要先去店里要个书面的东西？
''',
     kind='inquiry', lang='zh', cname='Cai Yun', must=['新老板不一定认以前的卡'],
     notes='prepaid-card question before any dispute; pinyin From name is a personal name'),
dict(id='33', client='gmail', name='Grace Wanjiru', addr='grace.wanjiru.ke@gmail.com',
     date='Sat, 28 Nov 2026 16:00:18 +0300',
     subject='Wrong goods received from Yiwu Sunrise Crafts',
     body='''Good afternoon,

I am a small business owner in Nairobi. I bought 2,000 pieces of beaded keychains from Yiwu Sunrise Crafts Co., Ltd. through their online store https://yiwusunrise.trade.example/products/keychains.
Order No.: 187654320091
Amount paid: US$1,125.00

What I received is a different design, plastic beads instead of glass beads as shown in the photos. The seller said the glass beads were out of stock and they "upgraded" me, which is not true. They are offering a 10% coupon for my next order, I do not accept this.

Photos attached.

Grace Wanjiru
+254 722 555019
''',
     att=[dict(filename='keychains_received_1.jpg', content_type='image/jpeg'),
          dict(filename='keychains_received_2.jpg', content_type='image/jpeg')],
     kind='complaint', lang='en', cname='Grace Wanjiru', cph=['+254722555019'],
     rname='Yiwu Sunrise Crafts Co., Ltd.', rurls=['https://yiwusunrise.trade.example/products/keychains'],
     onum='187654320091', amt='1125.00', cur='USD',
     must=['plastic beads instead of glass beads', '10% coupon'],
     notes='URL followed by a sentence full stop; coupon is not the amount'),
# ---- Sun 29 Nov ----
dict(id='34', client='163', name='跨境电商服务中心', addr='kjds_service2026@163.com',
     date='Sun, 29 Nov 2026 03:12:45 +0800',
     subject='义乌外贸企业出口退税/跨境开店/商标注册一站式代办',
     body='''尊敬的企业负责人：
您好！我司专业提供以下服务：
1、出口退税代办，最快3个工作日到账
2、亚马逊、TikTok Shop、Temu店铺注册开通
3、国内外商标注册、工厂验厂
首次合作立减500元！名额有限，先到先得。
咨询热线：0579-85998871  手机/微信：18267903356
地址：义乌市稠江街道国际电商城A座6楼
如不希望再收到此类邮件，请回复“TD”退订。
''',
     kind='spam', lang='zh', must=['出口退税代办'],
     notes='advertising; its phones and address belong to nobody'),
dict(id='35', client='outlook', name="Karen O'Brien", addr='karenob@outlook.com.au',
     date='Sun, 29 Nov 2026 09:35:14 +1100',
     subject='Custom dress wrong size and shop refuses to fix',
     body='''To whom it may concern,

I ordered a custom-made bridesmaid dress from Lily Bridal Studio (www.lilybridal-studio.example) on 5 October and paid US$ 420 in full. Order ref: LB-2026-4471. I sent them my exact measurements using their own form.

The dress arrived on 20 November and it is two sizes too big at the waist and the hem is uneven. They asked me to pay USD 85 for alteration plus return shipping. The wedding is on 19 December.

I am asking for either a remake at their cost or a full refund.

Mrs. Karen O'Brien
Mobile +61 412 555 903
''',
     kind='complaint', lang='en', cname="Karen O'Brien", cph=['+61412555903'],
     rname='Lily Bridal Studio', rurls=['www.lilybridal-studio.example'],
     onum='LB-2026-4471', amt='420.00', cur='USD',
     must=['two sizes too big', 'remake at their cost'],
     notes='courtesy title dropped; URL without scheme; USD 85 demanded, not paid'),
# ---- Mon 30 Nov ----
dict(id='36', client='yahoo', name='Ahmed Al Mansoori', addr='a.almansoori@yahoo.com',
     date='Mon, 30 Nov 2026 12:20:37 +0400',
     subject='toys damaged',
     body='''Dear sir

We received toys from a Yiwu supplier, order no. HY-8820. About 30% of the cartons are crushed and the toys inside broken. Supplier say it is the shipping company fault. We paid for CIF so the supplier should be responsible no?

Please advise and help.

Ahmed Al Mansoori
Dubai
''',
     kind='complaint', lang='en', cname='Ahmed Al Mansoori', onum='HY-8820',
     must=['cartons are crushed', 'shipping company fault'],
     notes='incomplete: supplier not named, no phone, no sum; a bare city is no address'),
dict(id='37', client='iphone', name='Mateo Fernández', addr='mateo.fdz@icloud.com',
     date='Mon, 30 Nov 2026 17:42:29 +0800',
     subject='Question about refund for tailored suit',
     body='''Hi,
I ordered a tailored suit at a tailor shop in Yiwu and paid 600 RMB in full. I pick it up next Friday. The shop says no refund and no changes after pickup. If the suit doesn't fit, what are my rights here? Can I ask for a refund or only alteration?
Thanks,
Mateo Fern\u00e1ndez

Sent from my iPhone
''',
     kind='inquiry', lang='en', cname='Mateo Fern\u00e1ndez', amt='600.00', cur='CNY',
     must=['what are my rights', 'only alteration'],
     notes='inquiry before any problem; the writer says it was paid, so the sum is the amount'),
# ---- Tue 1 Dec ----
dict(id='38', client='qq', name='Sunny', addr='1573920468@qq.com',
     date='Tue, 01 Dec 2026 09:00:03 +0800',
     subject='自动回复: 关于您的投诉（YW-2026-00879）处理结果',
     body='''这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
12月7日后回来，急事请打13967012283。
''',
     kind='auto_reply', case='YW-2026-00879', lang='zh', must=['假期自动回复'],
     notes='QQ holiday auto-reply without auto headers; its phone belongs to nobody'),
dict(id='39', client='gmail', name='Olivia Grant', addr='olivia.grant.uk@gmail.com',
     date='Tue, 01 Dec 2026 19:50:26 +0000',
     subject='Fwd: Dispute #D-4471902 closed - Yiwu Bright Lighting',
     body='''Hi,

The marketplace closed my dispute without any solution, so I am forwarding it to you. The seller is based in Yiwu. Can you please help?

Olivia
07700 900412 (UK)

---------- Forwarded message ---------
From: Dispute Centre <disputes@globalmart.example>
Date: Mon, 30 Nov 2026 at 08:14
Subject: Dispute #D-4471902 closed - Yiwu Bright Lighting
To: <olivia.grant.uk@gmail.com>

Dear Olivia Grant,

Your dispute #D-4471902 has been closed.

Seller: Yiwu Bright Lighting Co., Ltd.
Order ID: 3021447781
Amount paid: US$ 268.40
Reason: Item not as described (solar garden lights not waterproof)

The seller has provided evidence of shipment, so the dispute was closed in the seller's favour. If you disagree, you may contact the relevant authorities.

GlobalMart Dispute Centre
''',
     kind='complaint', lang='en', cname='Olivia Grant', cph=['+447700900412'],
     rname='Yiwu Bright Lighting Co., Ltd.', onum='3021447781', amt='268.40', cur='USD',
     must=['closed my dispute without any solution', 'not waterproof'],
     notes='forwarded platform dispute counts; fullest name from the forwarded part; UK local mobile with (UK) on its line; dispute number is neither order nor case ref'),
# ---- Wed 2 Dec ----
dict(id='40', client='163', name='快乐的小鱼', addr='xiaoyu_happy2008@163.com',
     date='Wed, 02 Dec 2026 07:58:40 +0800',
     subject='买到过期牛奶',
     body='''楼下便利店买的牛奶，回家喝了一口味道不对，一看日期已经过期三天了。拿回去找老板，老板说最多给我换一盒，别的不管。这种情况不是应该十倍赔偿吗？麻烦你们处理一下。
''',
     kind='complaint', lang='zh', must=['过期三天', '十倍赔偿'],
     notes='bare complaint: nickname, no phone, shop not named'),
]

blindgen.run(ROUND, HERE, MAILS)
