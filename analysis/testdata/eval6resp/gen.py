#!/usr/bin/env python3
"""Generate the sixth-round evaluation messages on the respondent
(merchant) fields and the order (e6r-NN.eml) and labels.json: merchants
in every quote style and after every preposition or label, platform
prefixes to strip, several businesses in one complaint (platform,
logistics, payment, bank, replacement shop, influencer), the merchant
named only in the subject or not at all, merchant phones, URLs and
addresses against the consumer's own, order labels, paid totals against
unit prices, deposits, coupons, compensation and amounts in words.
Labels follow the shared README; run from anywhere: python3 gen.py.
All people, shops and numbers are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

qq("e6r-01.eml", "王芳", "wangfang_88@qq.com", "耳环掉色，商家不处理",
   "你好，我在淘宝“星辰饰品厂”买的耳环，戴了两天就掉色。\n"
   "订单号：3345128876512209\n实付58元。\n"
   "客服电话：0579-85551234，打了好几次都没人接。\n"
   "王芳 13812345678\n",
   "Mon, 11 May 2026 09:10:11 +0800", "tencent_E6R01A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "王芳", "phones": ["+8613812345678"]},
   resp={"name": "星辰饰品厂", "phones": ["+8657985551234"]},
   order={"number": "3345128876512209", "amount": "58.00", "currency": "CNY"},
   must=["戴了两天就掉色"], notes="淘宝 prefix stripped from a quoted 饰品厂; 客服电话 landline is the merchant's")

netease("e6r-02.eml", "李强", "liqiang_yw@163.com", "定做的礼品盒质量不合格",
   "您好：\n"
   "我3月从义乌市佳美贸易有限公司订的货（礼品盒2000个），到货后一半以上压坏变形。\n"
   "货款共计人民币贰仟伍佰元，已全部付清，对方拒绝退换。\n"
   "公司地址：义乌市稠城街道工人北路123号\n"
   "我的电话：13905791234\n李强\n",
   "Mon, 11 May 2026 10:22:33 +0800", "6c1b2c3d.1e2f.18f3a4b5c6d.Coremail.liqiang_yw@163.com",
   kind="complaint", language="zh", comp={"name": "李强", "phones": ["+8613905791234"]},
   resp={"name": "义乌市佳美贸易有限公司", "address": "义乌市稠城街道工人北路123号"},
   order={"amount": "2500.00", "currency": "CNY"},
   must=["压坏变形"], notes="从…公司订的货; amount in capital numerals; 公司地址 is the merchant's")

foxmail("e6r-03.eml", "陈静", "chenjing_0901@foxmail.com", "投诉抖音小店发错货",
   "被投诉人：抖音“小美饰品专营店”\n"
   "投诉人：陈静\n联系电话：15057981234\n"
   "订单编号：4901234567890123\n"
   "单价12元，共10件，运费8元，实付128元。\n"
   "投诉内容：收到的发夹颜色和款式都不对，联系客服让我自己承担退货运费。\n",
   "Mon, 11 May 2026 11:05:00 +0800", "202605111105000117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "陈静", "phones": ["+8615057981234"]},
   resp={"name": "小美饰品专营店"},
   order={"number": "4901234567890123", "amount": "128.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["颜色和款式都不对"],
   notes="被投诉人 label with 抖音 prefix; 实付 total wins over unit price and shipping")

qq("e6r-04.eml", "赵磊", "zhaolei2020@qq.com", "退货后不退款",
   "商家：拼多多【优品家居旗舰店】\n"
   "订单号：260315-552233441188\n"
   "商品价格99元，用了10元优惠券，实付89元。\n"
   "3月20日我按要求退回商品，中通快递单号：78451236985214。\n"
   "退货地址：浙江省义乌市北苑街道春晗路88号3楼\n"
   "商家签收后一直不退款。\n"
   "收货地址：山西省晋中市榆次区顺城街56号\n"
   "赵磊 13603541234\n",
   "Mon, 11 May 2026 14:30:12 +0800", "tencent_E6R04A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh",
   comp={"name": "赵磊", "phones": ["+8613603541234"], "address": "山西省晋中市榆次区顺城街56号"},
   resp={"name": "优品家居旗舰店", "address": "浙江省义乌市北苑街道春晗路88号3楼"},
   order={"number": "260315-552233441188", "amount": "89.00", "currency": "CNY"},
   must=["一直不退款"], notes="【】 quotes after 商家：拼多多; 退货地址 merchant vs 收货地址 consumer; coupon; tracking number no order")

gmail("e6r-05.eml", "Sarah Miller", "sarah.miller.uk@gmail.com", "Phone cases never arrived",
   "Hello,\n\n"
   "I bought 20 phone cases from a supplier called Lucky Cat Accessories on AliExpress "
   "(order 8177654321098765) and paid US$ 36.50. They never arrived and the seller stopped answering.\n"
   "The seller's WhatsApp is +86 135 7901 2345.\n\n"
   "Could you help me get my money back?\n\nSarah Miller\n",
   "Mon, 11 May 2026 08:15:40 +0100", "CAE6R05xQ1w2e3r4t5y6u7i8o9p0aSdFgHjKl@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Sarah Miller"},
   resp={"name": "Lucky Cat Accessories", "phones": ["+8613579012345"]},
   order={"number": "8177654321098765", "amount": "36.50", "currency": "USD"},
   missing=["complainant_phone"], must=["never arrived"],
   notes="'a supplier called X on AliExpress'; seller's WhatsApp is the merchant's phone")

outlook("e6r-06.eml", "Tom Becker", "tom.becker@webmail.example", "Missing invoice and short delivery",
   "Dear Sir or Madam,\n\n"
   "I paid USD 1,250 for 500 plush toys from Sunrise Toys. Only 450 arrived.\n"
   "Please ask Sunrise Toys (tel. +86 579 8523 4567) to send me the invoice for order SR-7781 "
   "and ship the missing 50 pieces.\n\n"
   "Best regards,\nTom Becker\n",
   "Mon, 11 May 2026 07:02:11 +0000", "AM0PR04MB6E6R06A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Tom Becker"},
   resp={"name": "Sunrise Toys", "phones": ["+8657985234567"]},
   order={"number": "SR-7781", "amount": "1250.00", "currency": "USD"},
   missing=["complainant_phone"], must=["Only 450 arrived"],
   notes="phone in parentheses after the merchant's name is the merchant's; 'order SR-7781' without label")

gmail("e6r-07.eml", "Anna Kowalski", "anna.kowalski@gmail.com", "Refund refused for broken lamps",
   "Hi,\n\n"
   "Three of the six lamps I ordered arrived broken. I paid USD 89.99 through PayPal and they were "
   "shipped via DHL (tracking 1234567890). The vendor, Sunny Crafts, refuses to refund or replace them.\n\n"
   "Order #: SC-55821\n\nThanks,\nAnna Kowalski\n+48 601 234 567\n",
   "Tue, 12 May 2026 10:11:12 +0200", "CAE6R07xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Anna Kowalski", "phones": ["+48601234567"]},
   resp={"name": "Sunny Crafts"},
   order={"number": "SC-55821", "amount": "89.99", "currency": "USD"},
   missing=["respondent_contact"], must=["arrived broken"],
   notes="'The vendor, X,' appositive; PayPal and DHL are no respondent; tracking is no phone")

netease("e6r-08.eml", "周洋", "zhouyang_88@126.com", "闲鱼买的二手相机是坏的",
   "投诉对象：闲鱼卖家“老王数码”\n"
   "我花了350元买了一台二手相机，收到后无法开机，卖家说售出不退。\n"
   "卖家手机：139 5791 2233\n"
   "我的手机：186 0571 3344\n周洋\n",
   "Tue, 12 May 2026 09:40:00 +0800", "6d2c3d4e.2f3a.18f3b5c6d7e.Coremail.zhouyang_88@126.com",
   kind="complaint", language="zh", comp={"name": "周洋", "phones": ["+8618605713344"]},
   resp={"name": "老王数码", "phones": ["+8613957912233"]},
   order={"amount": "350.00", "currency": "CNY"},
   must=["无法开机"], notes="投诉对象 label with 闲鱼卖家 prefix; 卖家手机 vs 我的手机")

qq("e6r-09.eml", "刘洁", "liujie_sh@qq.com", "天猫买的电饭煲漏电",
   "您好，我4月在天猫「欧达家电官方旗舰店」买的电饭煲，用支付宝付款399元，订单号：2026040898765432。\n"
   "使用一周后外壳漏电，商家说是我使用不当。后来我只好在另一家店“美家生活馆”重新买了一个。\n"
   "希望你们帮忙让欧达家电官方旗舰店退款。\n刘洁 13761234567\n",
   "Tue, 12 May 2026 11:05:00 +0800", "tencent_E6R09A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "刘洁", "phones": ["+8613761234567"]},
   resp={"name": "欧达家电官方旗舰店"},
   order={"number": "2026040898765432", "amount": "399.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["外壳漏电"],
   notes="「」 quotes after 天猫; the replacement shop and 支付宝 are no respondent")

netease("e6r-10.eml", "孙丽", "sunli_1990@163.com", "网上买的衣服质量太差",
   "你好，我在网上一家店买的外套，收到后起球严重，跟图片完全不一样。\n"
   "订单号：1188776655443322，花了120元。\n店家不同意退货。\n孙丽\n",
   "Tue, 12 May 2026 15:40:00 +0800", "6e2c3d4e.2f3a.18f3b5c6d7e.Coremail.sunli_1990@163.com",
   kind="complaint", language="zh", comp={"name": "孙丽"},
   order={"number": "1188776655443322", "amount": "120.00", "currency": "CNY"},
   missing=["complainant_phone", "respondent_name", "respondent_contact"], must=["起球严重"],
   notes="网上一家店: merchant not named")

foxmail("e6r-11.eml", "吴刚", "wugang_nb@foxmail.com", "投诉义乌市宏达工艺品厂收了定金不发货",
   "你好，\n今年3月我在他们厂订了一批工艺品摆件，已付定金3000元，约定4月底交货，现在已经5月中了，工厂一直不发货，也不退定金。\n"
   "请帮忙处理。\n吴刚\n电话：13858961234\n",
   "Wed, 13 May 2026 09:30:12 +0800", "202605130930120117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "吴刚", "phones": ["+8613858961234"]},
   resp={"name": "义乌市宏达工艺品厂"},
   order={"amount": "3000.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["一直不发货"],
   notes="merchant named only in the subject (投诉X收了…); deposit is what was paid")

outlook("e6r-12.eml", "Carlos Mendes", "carlos.mendes@importadora.example", "Complaint - wrong colour umbrellas",
   "Dear Sirs,\n\n"
   "We received 3,000 umbrellas in the wrong colour.\n\n"
   "Supplier: Yiwu Hengxin Import & Export Co., Ltd.\n"
   "Factory address: No. 18 Chengxin Road, Yiwu, Zhejiang, China\n"
   "Order No.: HX-20260311\n"
   "Total: USD 2,340.00 (unit price USD 0.78 x 3000 pcs)\n\n"
   "Please help us to get a replacement.\n\n"
   "Carlos Mendes\nImportadora Mendes Ltda.\n+55 11 98765 4321\n",
   "Wed, 13 May 2026 12:02:11 +0000", "AM0PR04MB6E6R12A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Carlos Mendes", "phones": ["+5511987654321"]},
   resp={"name": "Yiwu Hengxin Import & Export Co., Ltd.", "address": "No. 18 Chengxin Road, Yiwu, Zhejiang, China"},
   order={"number": "HX-20260311", "amount": "2340.00", "currency": "USD"},
   must=["wrong colour"], notes="Supplier: label; Factory address is the merchant's; total wins over unit price")

big5("e6r-13.eml", "陳美玲", "meiling.chan@netvigator.example", "淘寶買的手鏈斷了",
     "你好，\n我在淘寶「港飾精品店」買了條手鏈，戴了一日就斷了，賣家不肯退款。\n"
     "訂單號：3412987765123401\n金額：HK$268\n"
     "賣家電話：0579-8512 6677\n"
     "陳美玲\n電話：9123 4567\n",
     "Wed, 13 May 2026 16:00:00 +0800", "E6R13-20260513160000.5521@netvigator.example",
     kind="complaint", language="zh", comp={"name": "陳美玲"},
     resp={"name": "港飾精品店", "phones": ["+8657985126677"]},
     order={"number": "3412987765123401", "amount": "268.00", "currency": "HKD"},
     missing=["complainant_phone"], must=["不肯退款"],
     notes="Big5 Traditional; 淘寶 prefix; 賣家電話; HK number without +852 stays unnormalised (no phone)")

qq("e6r-14.eml", "钱进", "qianjin66@qq.com", "文具商行拒绝退换",
   "你好，我想投诉义乌购上的金源文具商行。我在他们店批了一批笔记本，货款1,860元，到货后有200本受潮发霉。\n"
   "摊位：国际商贸城三区2楼15街12345号\n"
   "店铺链接：https://jinyuan.yiwugo.example/shop\n"
   "钱进 13516891234\n",
   "Wed, 13 May 2026 17:05:00 +0800", "tencent_E6R14A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "钱进", "phones": ["+8613516891234"]},
   resp={"name": "金源文具商行", "urls": ["https://jinyuan.yiwugo.example/shop"], "address": "国际商贸城三区2楼15街12345号"},
   order={"amount": "1860.00", "currency": "CNY"},
   must=["受潮发霉"], notes="投诉义乌购上的X商行; 摊位 is the merchant's address; shop link")

netease("e6r-15.eml", "郑雪", "zhengxue_bj@163.com", "主播推荐的衣服是假货",
   "您好：\n我看了快手主播“小雅姐姐”的推荐，在“雅韵服饰专营店”买了一件羊绒大衣，花了699元。\n"
   "收到后发现成分标签写的是涤纶，根本不是羊绒。\n"
   "售后电话：400-820-5566，一直打不通。\n"
   "要求退一赔三。\n郑雪 电话18810241234\n",
   "Thu, 14 May 2026 09:40:00 +0800", "6f2c3d4e.2f3a.18f3b5c6d7e.Coremail.zhengxue_bj@163.com",
   kind="complaint", language="zh", comp={"name": "郑雪", "phones": ["+8618810241234"]},
   resp={"name": "雅韵服饰专营店", "phones": ["+864008205566"]},
   order={"amount": "699.00", "currency": "CNY"},
   must=["根本不是羊绒"], notes="the recommending influencer is no respondent; 售后电话 400 number")

gmail("e6r-16.eml", "Jessica Brown", "jess.brown.ca@gmail.com", "Temu seller sent used blender",
   "Hello,\n\n"
   "Seller: Temu shop \"Happy Home Store\"\n"
   "Order ID: PO-211-09876543210987654\n"
   "Paid: USD 45.99\n\n"
   "The blender I received had clearly been used and the jar was scratched. The seller ignores my messages.\n\n"
   "Jessica Brown\n+1 (416) 555-0182\n",
   "Thu, 14 May 2026 10:11:12 -0400", "CAE6R16xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Jessica Brown", "phones": ["+14165550182"]},
   resp={"name": "Happy Home Store"},
   order={"number": "PO-211-09876543210987654", "amount": "45.99", "currency": "USD"},
   missing=["respondent_contact"], must=["clearly been used"],
   notes="Seller: label with 'Temu shop' prefix and ASCII quotes")

outlook("e6r-17.eml", "Liam O'Brien", "liam.obrien@eircom.example", "Fake handbag from Taobao",
   "Hello,\n\n"
   "I bought a handbag from a shop on Taobao through a buying agent. It is an obvious fake.\n"
   "Order ID: 4012345678901234\nI paid \u00a5 230.\n\n"
   "Can you help me get a refund?\n\nLiam O'Brien\n",
   "Thu, 14 May 2026 11:02:11 +0100", "AM0PR04MB6E6R17A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Liam O'Brien"},
   order={"number": "4012345678901234", "amount": "230.00", "currency": "CNY"},
   missing=["complainant_phone", "respondent_name", "respondent_contact"], must=["obvious fake"],
   notes="'a shop on Taobao': merchant not named")

qq("e6r-18.eml", "黄梅", "huangmei_yw@qq.com", "围巾厂收了全款不发货",
   "你好，我3月跟“义乌市锦绣针织厂”订了500条围巾，对方收了全款人民币6,500元，到现在还没发货。\n"
   "厂家电话：13857912345\n"
   "黄梅 手机15888661234\n",
   "Thu, 14 May 2026 14:30:12 +0800", "tencent_E6R18A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "黄梅", "phones": ["+8615888661234"]},
   resp={"name": "义乌市锦绣针织厂", "phones": ["+8613857912345"]},
   order={"amount": "6500.00", "currency": "CNY"},
   must=["还没发货"], notes="跟“X厂”订了; 厂家电话")

foxmail("e6r-19.eml", "马超", "machao_sneaker@foxmail.com", "得物买的鞋开胶",
   "您好，\n我看小红书上有人推荐，就在得物「潮鞋汇」买了一双运动鞋，订单号：DW202604150012345，实付￥1,099。\n"
   "穿了一周鞋底开胶，商家不认。现要求全额退款1099元，并赔偿500元。\n"
   "马超 13706791122\n",
   "Fri, 15 May 2026 09:30:12 +0800", "202605150930120117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "马超", "phones": ["+8613706791122"]},
   resp={"name": "潮鞋汇"},
   order={"number": "DW202604150012345", "amount": "1099.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["鞋底开胶"],
   notes="得物 prefix; 小红书 recommendation; compensation asked is not the amount")

gmail("e6r-20.eml", "Kevin Walsh", "kevin.walsh.us@gmail.com", "Amazon seller won't honour warranty",
   "Hi there,\n\n"
   "I bought an air purifier from Amazon seller 'ZenHome Direct' for USD 129.00 (Order # 114-3941689-8772232). "
   "It stopped working after a month and the seller won't honour the one-year warranty.\n"
   "Seller phone: +1 (646) 555-0199\n\n"
   "Kevin Walsh\n",
   "Fri, 15 May 2026 10:11:12 -0400", "CAE6R20xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Kevin Walsh"},
   resp={"name": "ZenHome Direct", "phones": ["+16465550199"]},
   order={"number": "114-3941689-8772232", "amount": "129.00", "currency": "USD"},
   missing=["complainant_phone"], must=["one-year warranty"],
   notes="'Amazon seller' prefix and single quotes; Seller phone")

netease("e6r-21.eml", "杨帆", "yangfan_trade@163.com", "1688商家发货数量不足",
   "卖家名称：义乌市鼎盛电子商务有限公司\n"
   "店铺链接：https://dingsheng.1688.example/page/offer.htm\n"
   "订单号：2026031188776655\n"
   "采购数量：2000件，单价1.78元，共计3,560.00元（含运费）\n"
   "问题：实际只收到1600件，卖家说已全部发出。\n"
   "联系人：杨帆 13588771234\n",
   "Fri, 15 May 2026 15:40:00 +0800", "702c3d4e.2f3a.18f3b5c6d7e.Coremail.yangfan_trade@163.com",
   kind="complaint", language="zh", comp={"name": "杨帆", "phones": ["+8613588771234"]},
   resp={"name": "义乌市鼎盛电子商务有限公司", "urls": ["https://dingsheng.1688.example/page/offer.htm"]},
   order={"number": "2026031188776655", "amount": "3560.00", "currency": "CNY"},
   must=["只收到1600件"], notes="卖家名称 label; 共计 total wins over 单价")

qq("e6r-22.eml", "何静", "hejing_cd@qq.com", "唯品会皮包是假的",
   "你好，我在唯品会“欧雅皮具官方店”买了一个皮包，通过工商银行信用卡支付了880元，订单号：V26041212345678。\n"
   "拿到专柜鉴定是假货，商家不承认。工商银行客服让我找平台。\n"
   "何静 13980451234\n",
   "Sat, 16 May 2026 11:05:00 +0800", "tencent_E6R22A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "何静", "phones": ["+8613980451234"]},
   resp={"name": "欧雅皮具官方店"},
   order={"number": "V26041212345678", "amount": "880.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["鉴定是假货"],
   notes="唯品会 prefix; the bank is no respondent")

gmail("e6r-23.eml", "Ahmed Hassan", "ahmed.hassan.eg@gmail.com", "Goods not shipped after full payment",
   "Dear Sir,\n\n"
   "In March we ordered 1,200 kitchen sets from Bright Star Trading Co., Ltd. and paid the full amount of USD 7,800.00 "
   "by bank transfer. The goods are still not shipped.\n\n"
   "Warehouse: No. 66 Xuefeng West Road, Yiwu, Zhejiang\n"
   "Contract No.: BST-2026-0318\n\n"
   "Best regards,\nAhmed Hassan\nCairo, Egypt\n+20 100 123 4567\n",
   "Sat, 16 May 2026 10:11:12 +0200", "CAE6R23xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Ahmed Hassan", "phones": ["+201001234567"]},
   resp={"name": "Bright Star Trading Co., Ltd.", "address": "No. 66 Xuefeng West Road, Yiwu, Zhejiang"},
   order={"amount": "7800.00", "currency": "USD"},
   must=["still not shipped"], notes="'from X Co., Ltd.'; Warehouse address is the merchant's; contract number is no order label")

netease("e6r-24.eml", "罗敏", "luomin_cq@163.com", "拼多多百货店发霉的毛巾",
   "你好，\n我在拼多多【乐享生活百货】买了毛巾，收到就有霉味。\n"
   "订单编号：260312-123456789012\n实付款：￥45.80\n"
   "商家不理，后来我在“美佳百货”买了同款，没有问题。\n罗敏 13310231234\n",
   "Sat, 16 May 2026 15:40:00 +0800", "712c3d4e.2f3a.18f3b5c6d7e.Coremail.luomin_cq@163.com",
   kind="complaint", language="zh", comp={"name": "罗敏", "phones": ["+8613310231234"]},
   resp={"name": "乐享生活百货"},
   order={"number": "260312-123456789012", "amount": "45.80", "currency": "CNY"},
   missing=["respondent_contact"], must=["霉味"],
   notes="【】 after 拼多多; replacement shop later in the text is no respondent")

outlook("e6r-25.eml", "Maria Garcia", "maria.garcia@telefonica.example", "Hair bows missing from parcel",
   "Hello,\n\n"
   "Shop name: Lovely Bows Store\n"
   "Shop URL: https://www.aliexpress.example/store/1102345678\n"
   "Order number: 8190001234567890\n"
   "Amount: US$23.40\n\n"
   "Half of the hair bows were missing from the parcel and the shop closed my dispute.\n\n"
   "Maria Garcia\n",
   "Sun, 17 May 2026 09:02:11 +0200", "AM0PR04MB6E6R25A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Maria Garcia"},
   resp={"name": "Lovely Bows Store", "urls": ["https://www.aliexpress.example/store/1102345678"]},
   order={"number": "8190001234567890", "amount": "23.40", "currency": "USD"},
   missing=["complainant_phone"], must=["closed my dispute"], notes="Shop name / Shop URL labels")

foxmail("e6r-26.eml", "朱伟", "zhuwei_art@foxmail.com", "定制工艺品质量问题",
   "您好，\n去年12月我找义乌市华艺工艺品有限公司定做了一批树脂摆件，货款合计人民币壹万贰仟元整。\n"
   "到货后大量开裂，对方只同意赔偿两千元，我不接受。\n"
   "对方电话：0579-85661234\n朱伟 13967891234\n",
   "Sun, 17 May 2026 10:30:12 +0800", "202605171030120117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "朱伟", "phones": ["+8613967891234"]},
   resp={"name": "义乌市华艺工艺品有限公司", "phones": ["+8657985661234"]},
   order={"amount": "12000.00", "currency": "CNY"},
   must=["大量开裂"], notes="找X定做; 壹万贰仟元整 in capitals; offered compensation is not the amount")

qq("e6r-27.eml", "冯雨", "fengyu_0707@qq.com", "项链过敏",
   "你好！\n商家：\"晨光饰品\"\n商家电话：0579 8577 1122\n"
   "我在他们淘宝店买的项链戴了一天脖子就过敏红肿，订单号：3398123456781234，实付39.9元。\n"
   "冯雨 18757921234\n",
   "Sun, 17 May 2026 14:30:12 +0800", "tencent_E6R27A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "冯雨", "phones": ["+8618757921234"]},
   resp={"name": "晨光饰品", "phones": ["+8657985771122"]},
   order={"number": "3398123456781234", "amount": "39.90", "currency": "CNY"},
   must=["过敏红肿"], notes="ASCII quotes after 商家：; landline with spaces")

gmail("e6r-28.eml", "Olivia Smith", "olivia.smith.au@gmail.com", "Curtains refund still not paid",
   "Hello,\n\n"
   "I paid USD 156.00 for order GL-40218. They arrived in the wrong size. "
   "The merchant, Golden Leaf Home (WhatsApp: +86 186 5790 1234), agreed to refund me on 2 May but nothing has arrived.\n\n"
   "Olivia Smith\nMobile: +61 412 345 678\n",
   "Mon, 18 May 2026 10:11:12 +1000", "CAE6R28xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Olivia Smith", "phones": ["+61412345678"]},
   resp={"name": "Golden Leaf Home", "phones": ["+8618657901234"]},
   order={"number": "GL-40218", "amount": "156.00", "currency": "USD"},
   must=["wrong size"], notes="'The merchant, X (WhatsApp: …),' appositive with phone")

netease("e6r-29.eml", "谢婷", "xieting_gz@163.com", "抖音直播间买的连衣裙",
   "您好，\n我在抖音“花漾女装店”直播间买了一条连衣裙，主播说支持七天无理由退货，我用微信支付了159元。\n"
   "收到后尺码不对申请退货，圆通快递单号YT1234567890123已寄回，商家却拒收。\n"
   "谢婷 13512341234\n",
   "Mon, 18 May 2026 15:40:00 +0800", "722c3d4e.2f3a.18f3b5c6d7e.Coremail.xieting_gz@163.com",
   kind="complaint", language="zh", comp={"name": "谢婷", "phones": ["+8613512341234"]},
   resp={"name": "花漾女装店"},
   order={"amount": "159.00", "currency": "CNY"},
   missing=["respondent_contact"], must=["商家却拒收"],
   notes="抖音 prefix; 微信 payment and 圆通 tracking are no respondent; tracking number no order")

outlook("e6r-30.eml", "James Wilson", "james.wilson@wilsonimports.example", "Deposit paid, no production",
   "Dear Sir/Madam,\n\n"
   "On 2 March we paid a deposit of USD 1,500 to Yiwu Sunshine Crafts Co., Ltd. for order #YS-2026-045. "
   "Production has not started and they no longer reply.\n"
   "Company website: https://www.sunshinecrafts.example\n\n"
   "James Wilson\nWilson Imports Ltd\n",
   "Mon, 18 May 2026 09:02:11 +0100", "AM0PR04MB6E6R30A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "James Wilson"},
   resp={"name": "Yiwu Sunshine Crafts Co., Ltd.", "urls": ["https://www.sunshinecrafts.example"]},
   order={"number": "YS-2026-045", "amount": "1500.00", "currency": "USD"},
   missing=["complainant_phone"], must=["no longer reply"],
   notes="deposit paid 'to X Co., Ltd.'; order #; own company in signature is no merchant")

qq("e6r-31.eml", "高翔", "gaoxiang_88@qq.com", "向义乌市美途箱包商行投诉",
   "你好，我要向义乌市美途箱包商行投诉。3月在他们摊位订了300个拉杆箱，每个85元，总共25,500元，已付款。\n"
   "到货后拉杆全部松动，商行只同意退500元。\n"
   "发货地址：义乌市福田街道福田市场H区3街88号\n"
   "高翔 13858001234\n",
   "Tue, 19 May 2026 09:10:11 +0800", "tencent_E6R31A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "高翔", "phones": ["+8613858001234"]},
   resp={"name": "义乌市美途箱包商行", "address": "义乌市福田街道福田市场H区3街88号"},
   order={"amount": "25500.00", "currency": "CNY"},
   must=["拉杆全部松动"], notes="向X投诉; 总共 wins over unit price; refund offered is not the amount; 发货地址 merchant's")

netease("e6r-32.eml", "林晓", "linxiao_hz@163.com", "和《童趣玩具厂》的纠纷",
   "您好：\n我和《童趣玩具厂》签了合同定做1000套积木，合同编号TQ-2026-031，货款￥18,000.00。\n"
   "对方交货晚了一个月，而且少了200套。\n"
   "工厂地址：浙江省义乌市佛堂镇工业区12号\n"
   "我的电话：13588990011\n林晓\n",
   "Tue, 19 May 2026 10:22:33 +0800", "7a1b2c3d.1e2f.18f3a4b5c6d.Coremail.linxiao_hz@163.com",
   kind="complaint", language="zh", comp={"name": "林晓", "phones": ["+8613588990011"]},
   resp={"name": "童趣玩具厂", "address": "浙江省义乌市佛堂镇工业区12号"},
   order={"amount": "18000.00", "currency": "CNY"},
   must=["少了200套"], notes="《》 quotes after 和; 工厂地址; contract number is no order label")

foxmail("e6r-33.eml", "邓丽", "dengli_cs@foxmail.com", "京东自营店铺售后推诿",
   "店铺名：佳乐家电京东自营旗舰店\n"
   "订单号：JD298765432101\n"
   "实付金额：2,399.00元\n"
   "售后电话：400-606-5500\n"
   "问题：洗衣机安装后漏水，售后推给厂家，厂家又推给店铺。\n"
   "邓丽 18673101234\n",
   "Tue, 19 May 2026 11:05:00 +0800", "202605191105000117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "邓丽", "phones": ["+8618673101234"]},
   resp={"name": "佳乐家电京东自营旗舰店", "phones": ["+864006065500"]},
   order={"number": "JD298765432101", "amount": "2399.00", "currency": "CNY"},
   must=["安装后漏水"], notes="店铺名 label; 自营 inside the name; 400 hotline")

gmail("e6r-34.eml", "Hannah Lee", "hannah.lee.sg@gmail.com", "Complaint: wrong items from Shein",
   "Hello,\n\n"
   "Merchant name: Bloom Boutique (Shein marketplace)\n"
   "Order number: GSH2604180012345\n"
   "I paid USD 64.20 in total for 3 dresses at USD 21.40 each.\n"
   "All three dresses are the wrong size and the seller refuses a return.\n\n"
   "Hannah Lee\n+65 9123 4567\n",
   "Tue, 19 May 2026 10:11:12 +0800", "CAE6R34xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Hannah Lee", "phones": ["+6591234567"]},
   resp={"name": "Bloom Boutique"},
   order={"number": "GSH2604180012345", "amount": "64.20", "currency": "USD"},
   missing=["respondent_contact"], must=["wrong size"],
   notes="Merchant name: label with a bracketed platform remark; total wins over unit price")

outlook("e6r-35.eml", "Peter Novak", "peter.novak@seznam.example", "Supplier kept our deposit",
   "Dear Sir or Madam,\n\n"
   "Company: Yiwu Jiahe Household Products Co., Ltd.\n"
   "Booth: District 2, Gate 7, Street 15, Shop 21345, Yiwu International Trade City\n"
   "Their number: +86 139 5799 8877\n\n"
   "We paid a deposit of USD 3,000 in February (PI No. JH-0225). The supplier cancelled the order and keeps the deposit.\n\n"
   "Peter Novak\nNovak Home s.r.o.\n",
   "Wed, 20 May 2026 08:02:11 +0200", "AM0PR04MB6E6R35A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Peter Novak"},
   resp={"name": "Yiwu Jiahe Household Products Co., Ltd.", "phones": ["+8613957998877"],
         "address": "District 2, Gate 7, Street 15, Shop 21345, Yiwu International Trade City"},
   order={"amount": "3000.00", "currency": "USD"},
   missing=["complainant_phone"], must=["keeps the deposit"],
   notes="Company: label; Booth address; 'Their number'")

qq("e6r-36.eml", "韩冰", "hanbing_1995@qq.com", "对‘花语家纺’的投诉",
   "你好，我对'花语家纺'很不满意。在他们快手小店买的四件套，洗一次就严重缩水。\n"
   "订单号：KS2604201234567\n花了一百九十九元。\n"
   "商家微信：13757911234\n"
   "韩冰\n",
   "Wed, 20 May 2026 14:30:12 +0800", "tencent_E6R36A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "韩冰"},
   resp={"name": "花语家纺", "phones": ["+8613757911234"]},
   order={"number": "KS2604201234567", "amount": "199.00", "currency": "CNY"},
   missing=["complainant_phone"], must=["严重缩水"],
   notes="ASCII single quotes after 对; amount in ordinary Chinese numerals; 商家微信 number is the merchant's phone")

gmail("e6r-37.eml", "Fatima Al-Zahra", "fatima.alzahra@gmail.com", "Order from Tmall shop not delivered",
   "Dear team,\n\n"
   "I ordered a rug from the Tmall shop \"Silk Road Home\" (https://silkroadhome.tmall.example) for "
   "\u00a5 1,280 including \u00a5 80 shipping. It was never delivered, and the shop says the courier (SF Express) lost it.\n"
   "Order no.: 3321987654321098\n\n"
   "Fatima Al-Zahra\nWhatsApp: +971 50 765 4321\n",
   "Wed, 20 May 2026 10:11:12 +0400", "CAE6R37xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Fatima Al-Zahra", "phones": ["+971507654321"]},
   resp={"name": "Silk Road Home", "urls": ["https://silkroadhome.tmall.example"]},
   order={"number": "3321987654321098", "amount": "1280.00", "currency": "CNY"},
   must=["never delivered"], notes="'the Tmall shop \"X\"'; total including shipping; courier is no respondent")

netease("e6r-38.eml", "彭磊", "penglei_wh@163.com", "与义乌市新锐电子商务有限公司的合同纠纷",
   "您好，\n我与义乌市新锐电子商务有限公司合作代发货，先后付了保证金5000元。现在合作终止，对方拒不退还保证金。\n"
   "公司电话：0579-89901234\n公司网址：http://www.xinrui-ec.example\n"
   "彭磊 手机：15927001234\n",
   "Wed, 20 May 2026 15:40:00 +0800", "732c3d4e.2f3a.18f3b5c6d7e.Coremail.penglei_wh@163.com",
   kind="complaint", language="zh", comp={"name": "彭磊", "phones": ["+8615927001234"]},
   resp={"name": "义乌市新锐电子商务有限公司", "urls": ["http://www.xinrui-ec.example"], "phones": ["+8657989901234"]},
   order={"amount": "5000.00", "currency": "CNY"},
   must=["拒不退还保证金"], notes="与X合作; 公司电话 and 公司网址")

gmail("e6r-39.eml", "Daniel Kim", "daniel.kim.kr@gmail.com", "Sunflower Party Supplies - missing balloons",
   "Hello,\n\n"
   "We ordered 10,000 balloons and received only 6,000. I paid the full USD 850.00 by T/T to their Bank of China account. "
   "Their sales manager Ms. Chen stopped replying.\n"
   "Order ref: SPS-26-0412\n\n"
   "Daniel Kim\n+82 10 1234 5678\n",
   "Thu, 21 May 2026 10:11:12 +0900", "CAE6R39xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Daniel Kim", "phones": ["+821012345678"]},
   resp={"name": "Sunflower Party Supplies"},
   order={"number": "SPS-26-0412", "amount": "850.00", "currency": "USD"},
   missing=["respondent_contact"], must=["received only 6,000"],
   notes="merchant named only in the subject; the bank and the sales manager are no respondent")

qq("e6r-40.eml", "袁媛", "yuanyuan_km@qq.com", "义乌购上的店铺不退货",
   "你好，我在义乌购一家卖发饰的店批了200个发夹，货款460元，到货一半断齿。店家不接电话。\n"
   "收货地址：云南省昆明市五华区人民中路18号\n"
   "袁媛 13888001234\n",
   "Thu, 21 May 2026 14:30:12 +0800", "tencent_E6R40A1B2C3D4E5F60718293A4B5C6D7E8F90@qq.com",
   kind="complaint", language="zh", comp={"name": "袁媛", "phones": ["+8613888001234"], "address": "云南省昆明市五华区人民中路18号"},
   order={"amount": "460.00", "currency": "CNY"},
   missing=["respondent_name", "respondent_contact"], must=["一半断齿"],
   notes="义乌购一家…店: merchant not named")

netease("e6r-41.eml", "曹阳", "caoyang_tj@126.com", "耳机是翻新机",
   "你好，\n我在淘宝上的星光数码专营店买的蓝牙耳机，收到后发现是翻新机，有明显使用痕迹。\n"
   "订单号：3456789012345678\n付款金额：￥299\n"
   "顺丰快递单号：SF1234567890123\n"
   "售后手机：17757901234\n"
   "曹阳 13920221234\n",
   "Thu, 21 May 2026 15:40:00 +0800", "742c3d4e.2f3a.18f3b5c6d7e.Coremail.caoyang_tj@126.com",
   kind="complaint", language="zh", comp={"name": "曹阳", "phones": ["+8613920221234"]},
   resp={"name": "星光数码专营店", "phones": ["+8617757901234"]},
   order={"number": "3456789012345678", "amount": "299.00", "currency": "CNY"},
   must=["翻新机"], notes="unquoted 专营店 after 淘宝上的; SF tracking is no phone; 售后手机 is the merchant's")

gmail("e6r-42.eml", "Chloe Martin", "chloe.martin.fr@gmail.com", "Watches stopped working",
   "Hello,\n\n"
   "Shop name: TimeZone Watches\n"
   "Items: 2 x USD 45.00\nShipping: USD 12.00\nTotal paid: USD 102.00\n"
   "Order #: TZ-99812\n\n"
   "Both watches stopped after a week and the shop offers a USD 10.00 coupon only.\n\n"
   "Chloe Martin\n+33 6 12 34 56 78\n",
   "Fri, 22 May 2026 10:11:12 +0200", "CAE6R42xZ9x8c7v6b5n4m3a2s1d0fGhJkLqW@mail.gmail.com",
   kind="complaint", language="en", comp={"name": "Chloe Martin", "phones": ["+33612345678"]},
   resp={"name": "TimeZone Watches"},
   order={"number": "TZ-99812", "amount": "102.00", "currency": "USD"},
   missing=["respondent_contact"], must=["stopped after a week"],
   notes="quantity x unit price, shipping and coupon: the total paid wins")

big5("e6r-43.eml", "黃志明", "chiming.wong@netvigator.example", "蝦皮賣家寄錯貨",
     "你好，\n我在蝦皮「小花雜貨舖」購買了兩個保溫杯，訂單編號：2604221234ABCD，總共港幣180元。\n"
     "收到的是別的款式，賣家已讀不回。\n"
     "黃志明\n電話：+852 6123 4567\n",
     "Fri, 22 May 2026 16:00:00 +0800", "E6R43-20260522160000.5521@netvigator.example",
     kind="complaint", language="zh", comp={"name": "黃志明", "phones": ["+85261234567"]},
     resp={"name": "小花雜貨舖"},
     order={"number": "2604221234ABCD", "amount": "180.00", "currency": "HKD"},
     missing=["respondent_contact"], must=["已讀不回"],
     notes="Big5; 「」 shop name before 購買 on a platform outside the list; 港幣 amount")

outlook("e6r-44.eml", "Rahul Mehta", "rahul.mehta@mehtaexports.example", "Poor quality bed sheets",
   "Dear Sir,\n\n"
   "Supplier: Yiwu Meiya Textile Co., Ltd (Mr. Zhang, WhatsApp +86 138 5799 1234)\n"
   "PO No.: MY-2026-118\n"
   "Value: USD 6,720.00\n\n"
   "The fabric is much thinner than the approved sample.\n\n"
   "Regards,\nRahul Mehta\nMehta Exports, Surat\n+91 98765 43210\n",
   "Fri, 22 May 2026 09:02:11 +0530", "AM0PR04MB6E6R44A1B2C3D4E5F6@AM0PR04MB.eurprd04.prod.outlook.com",
   kind="complaint", language="en", comp={"name": "Rahul Mehta", "phones": ["+919876543210"]},
   resp={"name": "Yiwu Meiya Textile Co., Ltd", "phones": ["+8613857991234"]},
   order={"number": "MY-2026-118", "amount": "6720.00", "currency": "USD"},
   must=["approved sample"], notes="Supplier label with the contact person and WhatsApp in brackets; own company in signature")

foxmail("e6r-45.eml", "蒋涛", "jiangtao_gift@foxmail.com", "礼品定制款式不符",
   "您好：\n"
   "投诉对象：义乌市恒美礼品有限公司\n"
   "我方于4月10日下单定制保温杯500个，合计人民币叁仟陆佰伍拾元整（￥3,650.00），货到后印刷图案与确认稿不符。\n"
   "商家地址：义乌市江东街道宗泽路200号\n"
   "联系人：蒋涛 13566781234\n",
   "Sat, 23 May 2026 10:30:12 +0800", "202605231030120117@foxmail.com",
   kind="complaint", language="zh", comp={"name": "蒋涛", "phones": ["+8613566781234"]},
   resp={"name": "义乌市恒美礼品有限公司", "address": "义乌市江东街道宗泽路200号"},
   order={"amount": "3650.00", "currency": "CNY"},
   must=["与确认稿不符"], notes="amount in capitals with the figure in brackets; 投诉对象 and 商家地址")

save()
