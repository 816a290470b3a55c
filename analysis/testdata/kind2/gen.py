#!/usr/bin/env python3
"""Generate the kind2 test set: 60 labelled e-mails (complaint vs inquiry).

Deterministic, standard library only. Writes k2-01.eml ... k2-60.eml and
labels.json next to this script.  Run: python3 gen.py
"""

import hashlib
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TO = "tousu@yweca.org.example"

# Each mail: key (stable id, only used for ordering), kind, lang, sender name,
# sender address, UTC offset of the sender ("+0800"), subject, body, why.
MAILS = [
    # ------------------------------------------------------------------
    # Chinese complaints (15, two in traditional characters)
    # ------------------------------------------------------------------
    dict(key="zc01", kind="complaint", lang="zh",
         name="小鱼儿", addr="yu.x1990@163.com", tz="+0800",
         subject="水壶",
         body="""
买的电热水壶用了两天就不加热了，店家说插过电就算用过了，不给退，这样正常吗

发自我的华为手机
""",
         why="Writer's own kettle broke after two days and the shop refuses a refund, asked as a question."),
    dict(key="zc02", kind="complaint", lang="zh",
         name="陈静", addr="chenjing_0417@qq.com", tz="+0800",
         subject="健身卡的钱还能要回来吗",
         body="""
你好，
我今年五月在小区对面的健身房办了一张年卡，一共交了三千六。上个月开始门口贴了张“装修暂停营业”，到现在也没开，前台和教练的微信都不回了，会员群也解散了。
想问一下这种情况钱还能不能要回来？需要我提供什么材料？
谢谢
""",
         why="Her prepaid gym card is stranded because the gym closed and staff vanished."),
    dict(key="zc03", kind="complaint", lang="zh",
         name="王子豪", addr="wzh_hz@126.com", tz="+0800",
         subject="外卖问题",
         body="""
昨晚九点多点了一份麻辣烫，送到的时候汤洒了一半，打开里面还有一根头发。我拍了照片发给商家，商家说路上洒的不关他们事，让我找骑手；平台客服一直是机器人回复，最后只给了我一张五元的券。
我觉得这样处理不合理，但也不知道该找谁，你们这边能管吗？
""",
         why="His own food delivery arrived spilled with a hair in it and neither shop nor platform made it right."),
    dict(key="zc04", kind="complaint", lang="zh",
         name="刘女士", addr="liuhong_mama@sina.com", tz="+0800",
         subject="关于孩子编程课退费的问题",
         body="""
您好！
去年九月给孩子报了一个少儿编程班，一次性交了两年的课时费。一开始还行，今年老师换了四五个，上课经常临时取消。十一月机构突然通知要“搬到新校区”，新地址离我们家四十多公里，根本去不了。我提出退剩下的课时，他们说只能按原价扣除已上课时，再收20%手续费，算下来退不了多少。
合同我还留着，当时签得比较匆忙，有些条款也没细看。请问我该怎么办？

刘
""",
         why="Training course she prepaid moved away and the school offers only a heavily reduced refund."),
    dict(key="zc05", kind="complaint", lang="zh",
         name="郑老板", addr="zhengshop88@163.com", tz="+0800",
         subject="发夹颜色不对",
         body="""
在商贸城二区订了一批发夹，看样品是奶白色，到货一大半是米黄的，差很多，我这边的客户不要。找摊主，摊主说是工厂染色的问题，让我自己去找工厂，工厂在哪我都不知道。货款已经全付了。
这个是不是应该摊主负责？
""",
         why="Wholesale order from a market stall arrived in the wrong colour and the stallholder deflects."),
    dict(key="zc06", kind="complaint", lang="zh",
         name="阿杰", addr="ajie_photo@qq.com", tz="+0800",
         subject="闲鱼买的相机有问题",
         body="""
上个月在闲鱼上买了一台二手微单，卖家写的“九五新，无拆无修”，收到以后发现镜头里面有霉斑，拿去店里看说是拆过的。我找卖家，他先说是快递路上受潮，后来直接把我拉黑了。平台那边申请了介入，但是已经过了确认收货时间，说处理不了。
这种个人卖家你们能管吗？钱不多，但是很气。
""",
         why="Second-hand camera he bought was misdescribed and the seller blocked him."),
    dict(key="zc07", kind="complaint", lang="zh",
         name="黄建国", addr="hjg1968@126.com", tz="+0800",
         subject="快递显示签收但没收到",
         body="""
十二月一号给老家父母寄了一箱在义乌买的红糖和年货，物流第二天就显示“已签收”，但我爸妈说根本没人送过来，村里的代收点也说没有。打网点电话，对方说签收了就不归他们管，让我自己去查监控。
东西不值多少钱，主要是这种态度。麻烦看看怎么处理。
""",
         why="Courier marked his parcel delivered though it never arrived and refuses responsibility."),
    dict(key="zc08", kind="complaint", lang="zh",
         name="苏小姐", addr="susu_0929@163.com", tz="+0800",
         subject="美容院做完过敏，不给退卡，我有什么权利",
         body="""
你好，我在一家美容院充了五千块的卡，做了三次补水项目以后脸上开始红肿发痒，去医院看是接触性皮炎，医生说跟用的产品有关。我跟店里说不想再做了，要求退剩下的钱，店长说是我自己皮肤敏感，卡里的钱只能换别的项目，不能退现金。
想问一下，按照消费者权益保护法，我这种情况有哪些权利？医药费能不能让他们出？病历和充值记录我都有。
""",
         why="Asks about her rights under the law, but about her own salon card and an allergic reaction."),
    dict(key="zc09", kind="complaint", lang="zh",
         name="周明", addr="zhouming_travel@qq.com", tz="+0800",
         subject="旅行团的事",
         body="""
我和爱人上个月报了一个云南六日游，合同上写的四星酒店，结果有两晚住的是县城的小宾馆，房间一股霉味。第四天导游带我们去了一个玉石店，关着门讲了三个多小时，不买东西不让走，团里好几个老人都买了。
回来以后找旅行社，对方说酒店是“同级别替换”，购物是“自愿”。我们觉得被骗了，不知道找你们有没有用。
""",
         why="The tour he and his wife paid for downgraded hotels and forced shopping."),
    dict(key="zc10", kind="complaint", lang="zh",
         name="Amy", addr="amy_zhang2001@qq.com", tz="+0800",
         subject="手机没发货",
         body="""
你好 我上周在网上买的手机到现在还没发货 客服一直说在催 钱都付了 怎么办
""",
         why="Very short: her paid phone order has not shipped."),
    dict(key="zc11", kind="complaint", lang="zh",
         name="林晓", addr="linxiao_sh@outlook.com", tz="+0800",
         subject="请教一下",
         body="""
您好，打扰了。
前几天买了一件深蓝色的羊毛大衣，按吊牌说明手洗了一次，掉色非常严重，一盆水都是蓝的，还把一起泡的白毛衣染了。去店里说明情况，店员态度还可以，但说吊牌上写了“不可水洗”——我回家又看了一遍，吊牌上根本没有这句。
我不太想把事情闹大，只是想问问这种情况一般该怎么处理比较好？
""",
         why="Politely framed as a request for advice, but her own coat bled dye and the shop won't take responsibility."),
    dict(key="zc12", kind="complaint", lang="zh",
         name="何宇航", addr="heyuhang@foxmail.com", tz="+0800",
         subject="耳机保修被拒",
         body="""
蓝牙耳机买了五个月，充电盒突然充不进电，拿去官方授权的售后，检测后说是“进液导致”，属于人为损坏，不保修，换一个要三百多。我从来没有带着它洗过澡或者淋过雨，他们也拿不出任何照片或检测报告。
我要求出具书面检测结果，他们说“系统里有就行”。这合理吗？
""",
         why="Warranty repair refused on his own earphones without evidence."),
    dict(key="zc13", kind="complaint", lang="zh",
         name="張淑芬", addr="sfchang@yahoo.com.tw", tz="+0800",
         subject="訂金付了一個多月還沒出貨",
         body="""
您好，
我從台灣來義烏採購，十月底在一家店訂了一批保溫杯，付了三成訂金，老闆說好十天內出貨。現在已經過了一個多月，每次問都說「工廠在趕」，最近連電話都不太接了。
請問像我這種情況，可以請你們協助處理嗎？需要準備哪些資料？

張小姐 敬上
""",
         why="Traditional characters: her deposit-paid order has not shipped for over a month."),
    dict(key="zc14", kind="complaint", lang="zh",
         name="陳志偉", addr="chiwai.chan@netvigator.com", tz="+0800",
         subject="手錶買回來是壞的",
         body="""
你好，我是香港來的遊客。昨天下午在賓館附近一間店買了一隻手錶，回到酒店發現秒針不會走，錶帶扣也是鬆的。今天拿回去，店員說賣出去的貨不退不換，還說是我自己弄壞的。
我們後天就要回香港了，時間很趕，不知道還有沒有辦法？
""",
         why="Traditional characters: the watch he bought was faulty and the shop refuses to take it back."),
    dict(key="zc15", kind="complaint", lang="zh",
         name="赵磊", addr="zhaolei_yw@163.com", tz="+0800",
         subject="饺子吃了拉肚子，能要求十倍赔偿吗",
         body="""
我周末在家附近的超市买了两袋速冻饺子，晚上煮了全家吃，半夜我和孩子都开始上吐下泻，去了医院。第二天看包装才发现已经过期十几天了，生产日期那里还被贴了一张新标签盖住。
小票和剩下的一袋我都留着。听别人说食品过期可以要十倍赔偿，是真的吗？超市那边现在只肯退货款。
""",
         why="Asks about ten-fold compensation, but for expired dumplings he bought that made his family ill."),

    # ------------------------------------------------------------------
    # Chinese inquiries (15, one in traditional characters)
    # ------------------------------------------------------------------
    dict(key="zi01", kind="inquiry", lang="zh",
         name="吴倩", addr="wuqian_office@qq.com", tz="+0800",
         subject="投诉一般多久有结果",
         body="""
你好，想了解一下，你们这边收到投诉以后，一般多长时间会联系消费者？整个调解大概要多久？
我同事说她之前投诉等了快两个月，我有点好奇是不是都这么久，还是要看具体情况。谢谢！
""",
         why="Asks how long complaints take; mentions a colleague but no purchase of her own went wrong."),
    dict(key="zi02", kind="inquiry", lang="zh",
         name="老杨", addr="yang_lh@126.com", tz="+0800",
         subject="周六上班吗",
         body="""
请问你们站点周六上午有人吗？具体地址在哪里，附近好停车吗？我平时上班没空，想周末过去当面咨询。
""",
         why="Only asks about office hours and location."),
    dict(key="zi03", kind="inquiry", lang="zh",
         name="孙悦", addr="sunyue_design@163.com", tz="+0800",
         subject="定制商品能不能七天无理由退货",
         body="""
您好，我准备在网上定做一套实木餐桌椅，尺寸是按我家餐厅量的。商家页面写着“定制商品不支持七天无理由退货”。想问一下这个规定合法吗？如果做出来和图片差很多，我还有没有办法退？想下单前先了解清楚。
""",
         why="Advice before buying custom furniture; nothing has been bought yet."),
    dict(key="zi04", kind="inquiry", lang="zh",
         name="钱爸爸", addr="qianjun_88@qq.com", tz="+0800",
         subject="预付费有没有上限规定",
         body="""
孩子想学游泳，附近一家游泳馆说一次性交一年的费用可以打七折，按次交就很贵。最近新闻里老看到健身房、培训机构卷钱跑路，有点犹豫。
想请教：浙江这边对单用途预付卡有没有什么金额或者期限的规定？如果交了钱以后场馆关了，一般怎么退？
""",
         why="Considering a prepaid swim card and asks about the rules; no money paid yet."),
    dict(key="zi05", kind="inquiry", lang="zh",
         name="义乌饰品小方", addr="fangjewelry@163.com", tz="+0800",
         subject="商户咨询：顾客不喜欢能不能退",
         body="""
你好，我是商贸城经营饰品的，主要做零售，带一点批发。想问一下，顾客当面看过、试戴过，买走两天又回来说不喜欢要退，我们店里贴了“售出不退”，这个告示有没有法律效力？
不是要吵架，就是想知道规矩，以后好跟顾客说清楚。
""",
         why="A merchant asking what the return rules are; no grievance of a consumer."),
    dict(key="zi06", kind="inquiry", lang="zh",
         name="小鹿", addr="xiaolu_1998@qq.com", tz="+0800",
         subject="朋友圈卖的尾单包是不是假货",
         body="""
朋友圈有个微商在卖大牌包，说是“工厂尾单，和专柜一样的料”，价格只有专柜的十分之一。我还没付钱，想问问这种一般是不是假货？如果买了被查到会不会有事？另外万一收到货有问题，微商这种能投诉吗？
""",
         why="Asks about possible fake bags before paying; nothing bought."),
    dict(key="zi07", kind="inquiry", lang="zh",
         name="何同学", addr="he_student@zjnu.edu.cn", tz="+0800",
         subject="关于消费维权的课程调研，想请教几个问题",
         body="""
老师您好！
我是一名大学生，正在做“小商品市场消费维权现状”的课程调研。想请问您这边方不方便提供一些公开数据，例如2025年受理的投诉大概有多少件、主要集中在哪些类别？如果可以的话，想约个时间做一次十五分钟左右的访谈。
谢谢您！
""",
         why="A student requesting statistics and an interview."),
    dict(key="zi08", kind="inquiry", lang="zh",
         name="冯先生", addr="fengyq@sina.com", tz="+0800",
         subject="同样的东西卖得比别人贵算违法吗",
         body="""
纯属好奇问一下：同一个市场里同一款东西，这家卖二十，那家卖三十五，贵的那家算不算价格欺诈？还是说只要明码标价，卖多少都是商家的自由？
网上说法不一，想听听专业的意见。
""",
         why="General question about pricing law, explicitly out of curiosity."),
    dict(key="zi09", kind="inquiry", lang="zh",
         name="蒋阿姨", addr="jiang_ay@126.com", tz="+0800",
         subject="冰箱三包问题",
         body="""
你们好，家里冰箱用了十几年了，打算年底换台新的。想问问冰箱的三包期是多久，压缩机是不是单独保修更长？在网上买和在实体店买，保修一样吗？
""",
         why="Warranty question before buying a fridge."),
    dict(key="zi10", kind="inquiry", lang="zh",
         name="社区居委会", addr="shequ_jwh@163.com", tz="+0800",
         subject="邀请到社区开展消费知识讲座",
         body="""
您好！
我们是稠城街道的一个社区居委会，辖区老年人比较多，最近常听说有老人被保健品推销、“免费旅游”之类的套路盯上。想邀请贵站工作人员在元旦前后来社区做一次防骗和消费维权的小讲座，时间可以配合你们。
请问需要走什么流程？联系人是哪位？
""",
         why="A residents' committee inviting the station to give a talk."),
    dict(key="zi11", kind="inquiry", lang="zh",
         name="许诺", addr="xunuo_trade@outlook.com", tz="+0800",
         subject="外贸新手请教合同问题",
         body="""
您好，我刚开始做外贸，准备第一次在义乌市场下单采购一批节日装饰品出口到中东。想问一下跟档口签采购合同时，质量标准、交货期、违约金这些一般怎么写比较稳妥？
另外，以后万一出了问题，你们这边受理批发买家的纠纷吗？
""",
         why="Advice before a first wholesale order and whether the station handles such disputes."),
    dict(key="zi12", kind="inquiry", lang="zh",
         name="林佳蓉", addr="jiarong.lin@gmail.com", tz="+0800",
         subject="請問大陸網購退貨運費",
         body="""
您好，我是台灣人，下個月會到義烏住半年。想先了解一下，在大陸的網購平台買東西，如果要退貨，運費是買家付還是賣家付？七天無理由退貨的規定對台灣身分的人也適用嗎？
謝謝。
""",
         why="Traditional characters: general question about online return rules before arriving."),
    dict(key="zi13", kind="inquiry", lang="zh",
         name="曹工", addr="caogong_zx@qq.com", tz="+0800",
         subject="商家不开发票合法吗",
         body="""
在比较几家装修公司，有一家报价明显低，但说“要发票得另加6个点”。想问一下这种做法合法吗？不开发票的话，以后装修出了质量问题，维权会不会比较麻烦？
目前还没签合同。
""",
         why="Comparing renovation firms before signing; asks about invoices, no failed purchase."),
    dict(key="zi14", kind="inquiry", lang="zh",
         name="彭丽", addr="pengli_hz@163.com", tz="+0800",
         subject="怎么防止老人被保健品讲座忽悠",
         body="""
我妈今年七十了，最近每天早上都去一个“健康讲座”，领鸡蛋领挂面，回来就说人家的产品好。目前还没花钱，但我看那架势迟早要买。
想问问你们有没有什么办法，比如可以提前举报这种讲座吗？或者万一她买了，有没有冷静期可以退？
""",
         why="Worried about her mother, who has not bought anything; asks about prevention and rules."),
    dict(key="zi15", kind="inquiry", lang="zh",
         name="Kevin 李", addr="kevinli_yw@gmail.com", tz="+0800",
         subject="赠品有质量问题商家要不要管",
         body="""
有个法律上的小问题：商家搞“买一送一”活动，送的那件如果有质量问题，商家能不能说“赠品不保修”？法律上赠品和买的东西责任一样吗？
最近双十二活动很多，想先搞清楚再下手。
""",
         why="General legal question about free gifts before shopping."),

    # ------------------------------------------------------------------
    # English complaints (12)
    # ------------------------------------------------------------------
    dict(key="ec01", kind="complaint", lang="en",
         name="Daniel Okafor", addr="d.okafor@okaforimports.com.ng", tz="+0100",
         subject="Wrong goods in our order from a Yiwu supplier - what are my rights?",
         body="""
Dear Sir/Madam,

I am an importer based in Lagos. In September I ordered kitchen utensils from a supplier in Yiwu (I visited their shop in the International Trade City in person and we signed a simple contract). I paid a 30% deposit, and the balance before loading.

The container arrived in Lagos last week. About a third of the cartons contain a cheaper model than the one in the sample - different handles, thinner steel. The supplier now says the "factory changed the mould" and offers a 5% discount on my next order, which is not acceptable to us.

What are my rights under Chinese law in this situation, and can your office contact the supplier? I still have the contract, the sample photos and the bank transfer receipts.

Kind regards,
Daniel Okafor
""",
         why="Asks about his rights under Chinese law, but about his own wholesale order delivered wrong."),
    dict(key="ec02", kind="complaint", lang="en",
         name="Mia Thompson", addr="miathompson92@icloud.com", tz="+0800",
         subject="power bank",
         body="""
hi, bought a power bank at a stall near my hotel on tuesday, it swelled up the first night and got really hot. went back and the guy just waved me off. can you help?

Sent from my iPhone
""",
         why="Short phone mail: her power bank swelled and the stall ignored her."),
    dict(key="ec03", kind="complaint", lang="en",
         name="Ravi Menon", addr="ravi.menon.yw@gmail.com", tz="+0800",
         subject="Gym won't honour my membership after change of owner",
         body="""
Hello,

I've been living in Yiwu for two years and paid for a two-year gym membership last March. In November the gym was "taken over by a new company". The new management says my card was with the old boss and I need to buy a new membership if I want to keep training. Nobody will tell me how to reach the old owner.

I have the receipt with the gym's stamp. Is this something your office deals with?

Thanks,
Ravi
""",
         why="His prepaid gym membership is not honoured after the gym changed hands."),
    dict(key="ec04", kind="complaint", lang="en",
         name="Fatima Al-Sayed", addr="fatima.alsayed@outlook.com", tz="+0400",
         subject="Lost parcel, courier offering 3x the shipping fee",
         body="""
Hi,

On 18 November I sent a box of product samples from Yiwu to our office in Dubai with a local courier company. The tracking stopped at "departed Yiwu sorting centre" and hasn't moved since. After three weeks the courier admitted the parcel is lost and offered three times the shipping fee, which is about a twentieth of what the samples were worth. They say since I didn't buy insurance that's all they can do.

The person at the counter never mentioned insurance when I dropped the box off. Is their offer really all I can get?

Best,
Fatima
""",
         why="The courier lost her parcel and offers token compensation."),
    dict(key="ec05", kind="complaint", lang="en",
         name="James O'Connor", addr="jim.oconnor@hotmail.co.uk", tz="+0800",
         subject="Tailor keeping deposit",
         body="""
Quick question - is it normal for a tailor to keep the whole deposit when the suit they made doesn't fit at all? I've had two fittings, the sleeves are still 4 cm too long and the jacket pulls across the back. They say I "approved the measurements" and that's final.
""",
         why="Phrased as a general question, but it is his own ill-fitting suit and kept deposit."),
    dict(key="ec06", kind="complaint", lang="en",
         name="Anna Kowalski", addr="anna.kowalski@gmail.com", tz="+0800",
         subject="Charged twice for one delivery order",
         body="""
Hello,

Last Friday I ordered dinner through a delivery app and the payment went through twice (two identical charges on my card, same minute). Only one meal arrived, obviously. The restaurant says refunds are the platform's job, and the platform's chat says to contact the restaurant. I've been going in circles for five days.

I'm not sure if this is the kind of thing you handle, but I don't know where else to go.

Anna
""",
         why="She was double-charged for a food delivery and is bounced between restaurant and platform."),
    dict(key="ec07", kind="complaint", lang="en",
         name="Liam Walsh", addr="liamwalsh.teach@gmail.com", tz="+0800",
         subject="Online Chinese course stopped after 4 lessons",
         body="""
Hi there,

I signed up for a 40-lesson online Chinese course with a language school here in Yiwu and paid upfront. After the fourth lesson my teacher stopped showing up; the school said she was ill and they'd find someone else. That was six weeks ago. Now they read my WeChat messages and don't answer.

I'd like the money back for the 36 lessons I never got. How do I go about this?

Liam
""",
         why="The prepaid language course he bought stopped being delivered."),
    dict(key="ec08", kind="complaint", lang="en",
         name="Grace Lim", addr="grace.lim.sg@yahoo.com.sg", tz="+0800",
         subject="Disappointing tour to Hangzhou",
         body="""
Dear team,

My parents and I booked a two-day tour to Hangzhou through a travel agency in Yiwu for the first weekend of December. The coach arrived almost three hours late on the first morning, so the West Lake boat trip - the main reason we booked - was "cancelled due to time". The second day was mostly spent in a tea shop and a silk factory showroom. The agency says the delay was force majeure and nothing will be refunded.

We feel this is unfair, especially for my parents who are in their seventies. Can anything be done?

Regards,
Grace Lim
""",
         why="The tour her family paid for skipped the main sight and the agency refuses any refund."),
    dict(key="ec09", kind="complaint", lang="en",
         name="Ben Carter", addr="bcarter1987@gmail.com", tz="+0800",
         subject="not sure if this is the right place",
         body="""
Hi,

I'm not sure if this is the right place to write. I had a bad experience with a phone repair shop last week. They replaced my cracked screen and since then face unlock doesn't work. When I went back they said it must have been broken before, which it wasn't.

I don't really know what to do next, any advice appreciated.

Ben
""",
         why="Vague and tentative, but a repair he paid for damaged his phone and the shop denies it."),
    dict(key="ec10", kind="complaint", lang="en",
         name="Kwame Mensah", addr="kwame.mensah@yahoo.com", tz="+0800",
         subject="Used e-bike battery died within a week",
         body="""
Good afternoon,

I bought a second-hand electric bike from a small shop near my apartment that sells used bikes. The seller told me the battery was "almost new" and good for 50 km. After one week it only lasted 5 km, and now it won't charge at all. He says second-hand means no guarantee.

Does a second-hand item from a shop have no protection at all? I paid 1,200 yuan in cash and have the WeChat chat where he describes the battery.

Thank you,
Kwame
""",
         why="Second-hand e-bike he bought was misdescribed and failed within a week."),
    dict(key="ec11", kind="complaint", lang="en",
         name="Sarah Hughes", addr="s.hughes@btinternet.com", tz="+0800",
         subject="Curtain order",
         body="""
Ordered curtains from a shop in the market in October, paid in full. Still nothing and they stopped replying. What can I do?
""",
         why="Very short: paid curtain order never delivered and the shop went silent."),
    dict(key="ec12", kind="complaint", lang="en",
         name="Marcus Brown", addr="marcus@brightlineevents.com.au", tz="+1100",
         subject="T-shirt print peeling - is it our fault?",
         body="""
Hi,

We ordered 200 custom printed t-shirts for our company's year-end event from a printing shop in Yiwu. We approved a sample beforehand and the sample looked fine. The delivered shirts, though, started cracking and peeling after a single wash; some of our staff have lost half the logo.

The shop says we approved the sample so the responsibility is ours. Do we have any rights here, or is it really our problem because we signed off on the sample?

Marcus Brown
Brightline Events
""",
         why="Asks about rights, but about his own order of shirts whose print failed."),

    # ------------------------------------------------------------------
    # English inquiries (12)
    # ------------------------------------------------------------------
    dict(key="ei01", kind="inquiry", lang="en",
         name="Priya Sharma", addr="priya.sharma@rediffmail.com", tz="+0530",
         subject="Opening hours and English-speaking staff?",
         body="""
Hello,

Could you tell me your opening hours over the New Year holiday, and whether there is someone at the station who speaks English? A few of us in our buyers' group would like to know where to go if we ever need help.

Many thanks,
Priya
""",
         why="Asks about opening hours and language support only."),
    dict(key="ei02", kind="inquiry", lang="en",
         name="Tom Bradley", addr="tombradley@protonmail.com", tz="-0500",
         subject="Question about the complaint process",
         body="""
Hi,

If someone files a complaint with your station, does the merchant get told who made it? And does the consumer have to meet the merchant face to face for mediation, or can it be done by phone or email?

Just trying to understand how it works in general.

Tom
""",
         why="Asks how the complaint procedure works in general; no purchase of his is described."),
    dict(key="ei03", kind="inquiry", lang="en",
         name="Ahmed Khan", addr="ahmed.khan.trading@gmail.com", tz="+0500",
         subject="How to check a supplier is legitimate before paying",
         body="""
Dear Sir/Madam,

I am about to place my first order with a supplier I found online who says they have a showroom in Yiwu. They are asking for a 50% deposit by bank transfer to a personal account, not a company account. Before I pay anything, is there a way to check their business licence or whether there have been complaints against them?

Best regards,
Ahmed Khan
""",
         why="Wants to verify a supplier before paying; nothing has gone wrong yet."),
    dict(key="ei04", kind="inquiry", lang="en",
         name="Lucy Chen", addr="lucy.chen.nz@gmail.com", tz="+1300",
         subject="Different prices for foreigners?",
         body="""
Hi! I'm visiting Yiwu for the first time in January with my sister. Someone on a travel forum said market stalls quote foreigners double. Is that actually allowed, or do shops have to show the same price to everyone? Also, is bargaining normal in the International Trade City or only at the small stalls?

Thanks :)
""",
         why="Planning a visit; general question about prices and bargaining."),
    dict(key="ei05", kind="inquiry", lang="en",
         name="Mark Jensen", addr="mark.jensen@live.com", tz="+0800",
         subject="7-day return rule for online shopping",
         body="""
Hello,

A general question: does the 7-day "no reason" return rule for online purchases in China apply to foreign residents too? And which product categories are excluded (underwear, opened electronics and so on)?

Thanks in advance,
Mark
""",
         why="General question about the online return rule."),
    dict(key="ei06", kind="inquiry", lang="en",
         name="Helen Murray", addr="h.murray@tradewirenews.co.uk", tz="+0000",
         subject="Interview request - foreign buyers and consumer protection",
         body="""
Dear colleagues,

I'm a freelance journalist writing a feature on how foreign buyers in Yiwu resolve disputes with suppliers. Would someone from your station be available for a short phone or video interview in the week of 14 December? I'd be particularly interested in the types of cases you see most often and any advice you give to first-time buyers.

With best wishes,
Helen Murray
""",
         why="A journalist requesting an interview."),
    dict(key="ei07", kind="inquiry", lang="en",
         name="Emily Watson", addr="emily.w@outlook.com", tz="+0800",
         subject="Salon prepaid card - what protection is there?",
         body="""
Hi,

A friend of mine is thinking about buying a 5,000 yuan prepaid card at a hair salon that's offering a 50% bonus if she pays this month. I told her to be careful because of all the stories about salons closing. Are there any rules that protect her money if the salon shuts down or changes owner? Anything she should get in writing before paying?

Thanks,
Emily
""",
         why="About a friend who has not yet bought a prepaid card; asks about rules."),
    dict(key="ei08", kind="inquiry", lang="en",
         name="Nguyen Van Minh", addr="minh.nguyen.cases@gmail.com", tz="+0700",
         subject="Seller question - customer says product is fake",
         body="""
Hello,

I run a small online shop selling phone cases that we source from Yiwu and ship to customers in China and Vietnam. What are a seller's obligations if a customer claims an item is counterfeit? Do we have to refund first and then prove it's genuine, or the other way round? We want our policy to be right before the holiday season.

Regards,
Minh
""",
         why="A seller asking about obligations when customers allege fakes; no grievance of his own."),
    dict(key="ei09", kind="inquiry", lang="en",
         name="Jessica Moore", addr="jess.moore22@gmail.com", tz="+0800",
         subject="Replica bags for personal use",
         body="""
Hey, maybe a silly question. I've seen lots of "replica" designer bags around here. If I buy one or two just for myself, knowing they're not genuine, is that illegal? Could they be taken off me at customs when I fly home to Canada?
""",
         why="Asks whether buying replicas is legal; no purchase has gone wrong."),
    dict(key="ei10", kind="inquiry", lang="en",
         name="Oliver Smith", addr="oliver.smith@fastmail.com", tz="+0800",
         subject="International warranty for laptops bought in China",
         body="""
Hello,

I'm planning to buy a laptop in China before I move back to the UK next year. If it's a global brand, will the warranty be honoured in the UK, or is a China-bought machine only covered in China? Is there any rule about what the shop has to tell me about this at the time of sale?

Thanks,
Oliver
""",
         why="Advice before buying a laptop."),
    dict(key="ei11", kind="inquiry", lang="en",
         name="Sandra Kim", addr="sandra.kim@pacificsourcing.com", tz="+0800",
         subject="Adding your station to our buyers' guide",
         body="""
Dear Sir or Madam,

Our sourcing company is updating the welcome guide we give to new overseas clients visiting Yiwu. We would like to include your station's contact details and a short description of the kinds of disputes you can help with. Could you confirm the correct address, phone number and email, and whether you have any English materials we could link to?

Kind regards,
Sandra Kim
Pacific Sourcing Ltd.
""",
         why="Requests contact details for a client guide."),
    dict(key="ei12", kind="inquiry", lang="en",
         name="Peter Novak", addr="peter.novak@seznam.cz", tz="+0100",
         subject="Buying at the Yiwu Fair",
         body="""
Hello,

I plan to attend the Yiwu Commodities Fair next year for the first time. Are purchases made at exhibition booths covered the same way as purchases from shops in the market? Some exhibitors are only there for a few days, so I'm wondering who I would contact if something went wrong after the fair ends.

Regards,
Peter Novak
""",
         why="Planning to buy at a fair; hypothetical question about protection."),

    # ------------------------------------------------------------------
    # Other languages: 3 complaints (ru, es, ar), 3 inquiries (fr, de, pt)
    # ------------------------------------------------------------------
    dict(key="oc01", kind="complaint", lang="other",
         name="Сергей Иванов", addr="s.ivanov.opt@yandex.ru", tz="+0300",
         subject="Недопоставка товара с рынка",
         body="""
Здравствуйте!

Мы заказали у поставщика на рынке в Иу 500 комплектов новогодних украшений и оплатили всё полностью ещё в октябре. Пришло только 380 комплектов. Остальные продавец обещает отправить «завтра» уже третью неделю, на звонки отвечает через раз. Новый год скоро, товар нам нужен сейчас, а не в январе.

Подскажите, пожалуйста, можете ли вы как-то повлиять на продавца?

С уважением,
Сергей
""",
         why="Russian: his fully paid wholesale order was only partly delivered."),
    dict(key="oc02", kind="complaint", lang="other",
         name="Lucía Fernández", addr="lucia.fdez@hotmail.es", tz="+0800",
         subject="Botas despegadas",
         body="""
Hola, ¿es normal que una tienda no quiera cambiarme unas botas que se despegaron a la semana de comprarlas? Me dicen que es por el uso, pero casi no las he llevado. Las compré aquí en Yiwu.

Gracias
""",
         why="Spanish, phrased as a question: her boots came apart within a week and the shop refuses an exchange."),
    dict(key="oc03", kind="complaint", lang="other",
         name="محمد العتيبي", addr="m.alotaibi@hotmail.com", tz="+0300",
         subject="هواتف مستعملة بيعت لي على أنها جديدة",
         body="""
السلام عليكم،

اشتريت عشرة هواتف من محل في سوق ييوو على أساس أنها جديدة ومختومة، وعندما وصلت إلى بلدي وفتحتها وجدت أن أغلبها مستعمل ومجدد، وبعضها فيه خدوش على الشاشة. أرسلت صوراً للبائع على وي تشات لكنه لا يرد منذ أسبوعين.

هل يمكنكم مساعدتي في استرجاع حقي؟ عندي الفاتورة وصور الأجهزة.

شكراً لكم
""",
         why="Arabic: phones he bought as new turned out to be refurbished and the seller stopped replying."),
    dict(key="oi01", kind="inquiry", lang="other",
         name="Julien Moreau", addr="julien.moreau@orange.fr", tz="+0100",
         subject="Horaires et aide pour les acheteurs étrangers",
         body="""
Bonjour,

Je viendrai à Yiwu en janvier pour acheter des articles de décoration pour ma boutique à Lyon. Est-ce que votre bureau peut aider les acheteurs étrangers en cas de litige avec un fournisseur ? Quels sont vos horaires d'ouverture, et faut-il venir avec un interprète ?

Merci d'avance,
Julien Moreau
""",
         why="French: planning a buying trip, asks about services and opening hours."),
    dict(key="oi02", kind="inquiry", lang="other",
         name="Katrin Schäfer", addr="k.schaefer@gmx.de", tz="+0800",
         subject="Rückgaberecht bei Onlinekäufen in China?",
         body="""
Guten Tag,

ich lebe seit Kurzem in Yiwu und möchte demnächst einige Haushaltsgeräte online bestellen. Gibt es in China ein gesetzliches Rückgaberecht, ähnlich dem Widerrufsrecht in Deutschland? Und gilt das auch, wenn ich als Ausländerin ohne chinesischen Personalausweis bestelle?

Vielen Dank im Voraus
Katrin Schäfer
""",
         why="German: asks about return rights before ordering online."),
    dict(key="oi03", kind="inquiry", lang="other",
         name="João Pereira", addr="joao.pereira@uol.com.br", tz="-0300",
         subject="Quanto tempo demora uma reclamação?",
         body="""
Olá,

um amigo meu, que também compra em Yiwu, me contou que fez uma reclamação aí no ano passado e que demorou bastante. Queria saber, em geral, quanto tempo leva o processo e se é preciso estar na China durante a mediação ou se dá para acompanhar de longe, por e-mail.

Obrigado,
João
""",
         why="Portuguese: asks how long complaints take, citing a friend, with no purchase of his own."),
]


def msgid_domain(addr):
    dom = addr.split("@", 1)[1].lower()
    if dom == "gmail.com":
        return "mail.gmail.com"
    if dom in ("outlook.com", "hotmail.com", "live.com", "hotmail.es",
               "hotmail.co.uk"):
        return "PH0PR11MB4887.namprd11.prod.outlook.com"
    if dom == "163.com":
        return "163.com"
    return dom


def message_id(i, m):
    h = hashlib.sha1(("kind2/%d/%s/%s" % (i, m["key"], m["addr"])).encode())
    hx = h.hexdigest().upper()
    dom = msgid_domain(m["addr"])
    if dom == "qq.com":
        return "<tencent_%s@qq.com>" % hx[:32]
    if dom == "mail.gmail.com":
        return "<CAJ%s@mail.gmail.com>" % h.hexdigest()[:34]
    return "<%s.%s@%s>" % (hx[:12], hx[12:20].lower(), dom)


def date_for(i, tz):
    # Local dates 4..15 Dec 2026, so the UTC instant is also within 3..16 Dec.
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    day = 4 + (i - 1) * 12 // 60
    hour = 8 + (i * 7) % 15
    minute = (i * 23) % 60
    second = (i * 37) % 60
    dt = datetime(2026, 12, day, hour, minute, second, tzinfo=timezone(off))
    return format_datetime(dt)


def encode_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def build(i, m):
    headers = [
        ("From", formataddr((m["name"], m["addr"]), charset="utf-8")),
        ("To", TO),
        ("Subject", encode_subject(m["subject"])),
        ("Date", date_for(i, m["tz"])),
        ("Message-ID", message_id(i, m)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    head = "".join("%s: %s\r\n" % kv for kv in headers)
    body = m["body"].strip("\n") + "\n"
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (head + "\r\n" + body).encode("utf-8")


def ordered():
    # Fixed, content-independent shuffle: sort by a hash of the stable key.
    return sorted(MAILS, key=lambda m: hashlib.sha256(
        ("kind2-order:" + m["key"]).encode()).hexdigest())


def main():
    keys = [m["key"] for m in MAILS]
    assert len(keys) == 60 and len(set(keys)) == 60, "need 60 unique mails"
    labels = {}
    for i, m in enumerate(ordered(), 1):
        fn = "k2-%02d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build(i, m))
        labels[fn] = {"kind": m["kind"], "lang": m["lang"], "why": m["why"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d mails and labels.json" % len(labels))


if __name__ == "__main__":
    main()
