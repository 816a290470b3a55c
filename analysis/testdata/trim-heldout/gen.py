#!/usr/bin/env python3
"""Generate the blind held-out set for the reply trimmer.

Writes th-NN.eml and labels.json next to this file, then checks them:
every label `text` occurs verbatim in its (LF-normalised) body (inline
controls: every answer line is a whole body line, in order), no
`must_not_contain` phrase occurs in `text`, and every such phrase does occur
in the body.  Standard library only.  Run: python3 gen.py
"""

import base64
import collections
import datetime
import email
import email.header
import email.policy
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STATION = "tousu@yweca.org.example"

# ---------------------------------------------------------------------------
# The station's acknowledgement, as quoted by the consumer's client.

ACK = {
    "en": (
        "[{CASE}] Your complaint has been registered",
        """Dear {SAL},

Thank you for your message. Your complaint has been registered as case {CASE}.

Before we can contact the merchant, please send us:
1. the name of the shop or stall,
2. the order number,
3. a telephone number where we can reach you.

Please keep the case number in the subject when you reply.

Consumer Rights Service Station
Yiwu E-Commerce Association""",
    ),
    "zh": (
        "[{CASE}] 您的投诉已登记",
        """{SAL}，您好：

您的投诉已收到，案件编号为 {CASE}。

为便于我们联系商家，请补充以下信息：
1. 店铺或摊位名称；
2. 订单号；
3. 您的联系电话。

回复时请保留邮件主题中的案件编号。

义乌市电子商务协会消费者权益服务站""",
    ),
    "ru": (
        "[{CASE}] Ваша жалоба зарегистрирована",
        """Здравствуйте, {SAL}!

Ваша жалоба зарегистрирована под номером {CASE}.

Чтобы мы могли связаться с продавцом, пришлите, пожалуйста:
1. название магазина или павильона;
2. номер заказа;
3. номер телефона для связи.

При ответе сохраните, пожалуйста, номер дела в теме письма.

Пункт защиты прав потребителей
Ассоциация электронной коммерции г. Иу""",
    ),
}

TZ = {
    "en": "+0000", "zh": "+0800", "zh-Hant": "+0800", "ru": "+0300",
    "uk": "+0200", "ar": "+0300", "es": "+0100", "pt": "-0300",
    "fr": "+0100", "de": "+0100", "it": "+0100", "nl": "+0100",
    "pl": "+0100", "tr": "+0300", "ko": "+0900", "ja": "+0900",
    "sv": "+0100", "nb": "+0100", "da": "+0100", "fi": "+0200",
    "cs": "+0100", "vi": "+0700", "th": "+0700", "id": "+0700",
}

LANG_NAMES = {
    "en": "English", "zh": "Chinese (simplified)", "zh-Hant": "Chinese (traditional)",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "es": "Spanish",
    "pt": "Portuguese", "fr": "French", "de": "German", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ko": "Korean",
    "ja": "Japanese", "sv": "Swedish", "nb": "Norwegian", "da": "Danish",
    "fi": "Finnish", "cs": "Czech", "vi": "Vietnamese", "th": "Thai",
    "id": "Indonesian",
}

EXTRA_HEADERS = {
    "apple-mail-ios": ["X-Mailer: iPhone Mail (22B91)"],
    "apple-mail-macos": ["X-Mailer: Apple Mail (2.3826.700.81)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "k9": ["User-Agent: K-9 Mail for Android"],
    "qq": ["X-Mailer: QQMail 2.x"],
    "foxmail": ["X-Mailer: Foxmail 7.2.25.375[cn]"],
}

# ---------------------------------------------------------------------------
# The mails.  Fields:
#   lang, client, name, addr   writer
#   new      the new text (label `text` is new.strip("\n"))
#   sig      client signature / signature block placed after the new text
#   gap      number of blank lines between signature and quote header (1)
#   hdr      the quote header exactly as the client writes it
#            ({CASE}, {ME}, {MA}, {SUBJ} are replaced)
#   q        how the acknowledgement is quoted: "gt" ("> "), "gt0" (">"),
#            "plain" (not prefixed)
#   hblank   blank line between header and quoted text (True)
#   bom      U+FEFF before the first quoted text line (iOS Mail does this)
#   ack      language of the station's acknowledgement (en, zh, ru)
#   answers  inline control: answers placed after the ack's items 1., 2., 3.
#   body     forward control: the whole body; subject: its subject
#   mnc      must_not_contain
#   day      day of November 2026 on which the ack was sent

MAILS = [
    # ----------------------------------------------------------------- English
    dict(lang="en", client="gmail", name="Emily Carter", addr="emily.carter.sd@gmail.com",
         new="Hi,\n\nThe shop is called Sunny Crafts Trading, booth 2-18-064 in District 2. My phone is +1 619 555 0172.",
         hdr="On Mon, Nov 23, 2026 at 10:02 AM Fang Yu <fangyu@yweca.org.example> wrote:",
         mnc=["Fang Yu <fangyu@yweca.org.example> wrote:", "Your complaint has been registered as case",
              "Please keep the case number in the subject"]),
    dict(lang="en", client="gmail", name="Jason Price", addr="jprice.imports@gmail.com", day=24,
         new="Order number is 4417-2290-8813. I paid $212.50 by PayPal on Nov 2.",
         hdr="On Tue, Nov 24, 2026 at 9:15 AM Yiwu E-Commerce Association Consumer Rights Station <\n"
             "tousu@yweca.org.example> wrote:",
         mnc=["Consumer Rights Station <", "tousu@yweca.org.example> wrote:", "Before we can contact the merchant"]),
    dict(lang="en", client="gmail", name="Megan O'Brien", addr="megan.obrien@gmail.com", day=18,
         new="Thanks for the quick answer! Is there anything else you need from me, like photos of the damaged lamps?",
         hdr="On Wed, Nov 18, 2026 at 4:40\u202fPM Chen Jing <chenjing@yweca.org.example>\nwrote:",
         mnc=["Chen Jing <chenjing@yweca.org.example>", "a telephone number where we can reach you",
              "Thank you for your message."]),
    dict(lang="en", client="apple-mail-ios", name="Oliver Hughes", addr="olly.hughes@icloud.com", day=19,
         new="Phone: +44 7700 900418\nShop: Golden Bridge Bags (1688 store, seller ID gbbags2019)",
         sig="Sent from my iPhone",
         hdr="> On 19 Nov 2026, at 11:20, Fang Yu <fangyu@yweca.org.example> wrote:\n>", hblank=False, bom=True,
         mnc=["Sent from my iPhone", "On 19 Nov 2026, at 11:20", "please send us:"]),
    dict(lang="en", client="outlook", name="David Okafor", addr="david.okafor@okafor-imports.example", day=20,
         new="Hello,\n\nOrder no. AE-10093381, the seller is Yiwu Brightstar Lighting Co., Ltd. "
             "You can call me on +234 803 555 0147 after 2pm Lagos time.",
         hdr="-----Original Message-----\n"
             "From: Fang Yu [mailto:fangyu@yweca.org.example] \n"
             "Sent: Friday, November 20, 2026 3:12 PM\n"
             "To: David Okafor <david.okafor@okafor-imports.example>\n"
             "Subject: {SUBJ}", q="plain",
         mnc=["-----Original Message-----", "[mailto:fangyu@yweca.org.example]",
              "Sent: Friday, November 20, 2026 3:12 PM", "Thank you for your message."]),
    dict(lang="en", client="outlook-web", name="Sarah Whitfield", addr="s.whitfield@hotmail.com", day=26,
         new="Good morning,\nThe stall is B-3012 in the International Trade City, owner Mr. Lin, tel +86 138 0579 2231.",
         hdr="________________________________\n"
             "From: Chen Jing <mailto:chenjing@yweca.org.example>\n"
             "Sent: Thursday, November 26, 2026 10:05\n"
             "To: Sarah Whitfield <s.whitfield@hotmail.com>\n"
             "Subject: {SUBJ}", q="plain",
         mnc=["From: Chen Jing", "mailto:chenjing@yweca.org.example", "Your complaint has been registered as case"]),
    dict(lang="en", client="outlook-ios", name="Mike Hollis", addr="mike.hollis@icloud.com", day=16,
         new="Sorry, I sent the wrong number before. The correct order number is 58830017423.",
         sig="Get Outlook for iOS<https://aka.ms/o0ukef>",
         hdr="________________________________\n"
             "From: Fang Yu <fangyu@yweca.org.example>\n"
             "Sent: Monday, November 16, 2026 5:44:18 PM\n"
             "To: mike.hollis@icloud.com <mike.hollis@icloud.com>\n"
             "Subject: {SUBJ}", q="plain",
         mnc=["Get Outlook for iOS", "Sent: Monday, November 16, 2026", "the name of the shop or stall"]),
    dict(lang="en", client="thunderbird", name="Tom Becker", addr="tom.becker@btinternet.com", day=26,
         new="Dear Ms Chen,\n\nthe shop link is https://shop112233.1688.example and the seller's WeChat ID is ywtoys_lin.",
         sig="--\nTom Becker\nBecker Party Supplies, Leeds\n+44 113 496 0321",
         hdr="On 26/11/2026 09:31, Chen Jing wrote:",
         mnc=["Becker Party Supplies, Leeds", "Chen Jing wrote:", "Before we can contact the merchant"]),
    dict(lang="en", client="yahoo-android", name="Linda Morales", addr="lindamorales62@yahoo.com",
         new="My number is (305) 555-0148. Please call after 6 pm Miami time.",
         sig="Sent from Yahoo Mail on Android",
         hdr="  On Mon, Nov 23, 2026 at 10:00 AM, Fang Yu<fangyu@yweca.org.example> wrote:",
         mnc=["Sent from Yahoo Mail on Android", "Fang Yu<fangyu@yweca.org.example> wrote:",
              "Thank you for your message."]),
    dict(lang="en", client="zoho", name="Arjun Mehta", addr="arjun@mehtatraders.example", day=24,
         new="Hello Team,\nPlease note the supplier name: Yiwu Huaxin Stationery Factory, order ref HX-2026-0917, "
             "contact no. +91 98200 55123.",
         hdr="---- On Tue, 24 Nov 2026 10:00:00 +0800 Fang Yu <fangyu@yweca.org.example> wrote ----", q="plain",
         mnc=["---- On Tue, 24 Nov 2026", "wrote ----", "Please keep the case number in the subject"]),
    dict(lang="en", client="k9", name="Ryan Fletcher", addr="ryan.fletcher@posteo.net",
         new="Shop name is Lucky Star Jewelry, stall 17215 on the 2nd floor of District 2.",
         sig="-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.",
         hdr="On November 23, 2026 10:00:00 AM GMT+08:00, Fang Yu <fangyu@yweca.org.example> wrote:",
         mnc=["K-9 Mail", "Please excuse my brevity", "GMT+08:00, Fang Yu"]),
    dict(lang="en", client="samsung", name="Grace Mensah", addr="grace.mensah@gmail.com", day=25,
         new="Good day. The order number is 7712093 and the shop is Yiwu Rainbow Hair Products.",
         sig="Sent from my Galaxy", gap=2,
         hdr="-------- Original message --------\n"
             "From: Fang Yu <fangyu@yweca.org.example> \n"
             "Date: 25/11/2026 10:00 (GMT+08:00) \n"
             "To: grace.mensah@gmail.com \n"
             "Subject: {SUBJ} ", q="plain",
         mnc=["Sent from my Galaxy", "-------- Original message --------", "a telephone number where we can reach you"]),
    dict(lang="en", client="gmail-android", name="Hannah Scott", addr="hannah.scott.nz@gmail.com",
         new="Kia ora, my phone is +64 21 555 0193 and the seller is on AliExpress as \"YW Home Decor Store\".",
         hdr="On Mon, 23 Nov 2026, 15:00 Fang Yu, <fangyu@yweca.org.example> wrote:",
         mnc=["Fang Yu, <fangyu@yweca.org.example> wrote:", "1. the name of the shop or stall,"]),
    dict(lang="en", client="gmail", name="Chris Palmer", addr="chris.palmer.au@gmail.com", day=24, control="separator",
         new="Hi, I have two orders with the same shop, so here are both:\n\n"
             "Order 1: 230019876, 40 pcs LED strips, AUD 318\n"
             "-----\n"
             "Order 2: 230019911, 25 pcs power adapters, AUD 145\n\n"
             "The shop is Yiwu Lianchuang Electronics. My mobile is +61 412 555 077.",
         hdr="On Tue, Nov 24, 2026 at 11:48 AM Fang Yu <fangyu@yweca.org.example> wrote:",
         mnc=["Fang Yu <fangyu@yweca.org.example> wrote:", "Your complaint has been registered as case"]),
    dict(lang="en", client="gmail", name="Kevin Walsh", addr="kevin.walsh.ie@gmail.com", day=25, control="forward",
         subject="Fwd: Re: Refund for order 88231 [{CASE}]",
         body="Hi,\n\nthis is what the seller answered me today. As you can see they only offer 30%.\n\n"
              "---------- Forwarded message ---------\n"
              "From: Lily Wang <lily@ywbrightgifts.example>\n"
              "Date: Wed, Nov 25, 2026 at 2:03 PM\n"
              "Subject: Re: Refund for order 88231\n"
              "To: Kevin Walsh <kevin.walsh.ie@gmail.com>\n\n\n"
              "Dear Kevin,\n\nWe can only refund 30% because the glasses were used. Please understand.\n\n"
              "Best regards\nLily Wang\nYiwu Bright Gifts Co., Ltd."),
    dict(lang="en", client="gmail", name="Daniel Reeves", addr="dan.reeves@gmail.com", day=17, control="inline",
         hdr="On Tue, Nov 17, 2026 at 11:30 AM Fang Yu <fangyu@yweca.org.example> wrote:",
         answers=["Happy Kids Toys, District 1, stall 7-21", "HK-77120", "+1 312 555 0199"],
         mnc=["1. the name of the shop or stall,", "2. the order number,", "Fang Yu <fangyu@yweca.org.example> wrote:"]),

    # ------------------------------------------------------ Chinese, simplified
    dict(lang="zh", client="qq", name="张伟", addr="2283419056@qq.com", ack="zh",
         new="店铺名称是“义乌市晨光饰品商行”，订单号 3390128847561203，我的电话 13857912046。",
         sig="发自我的iPhone",
         hdr="------------------ 原始邮件 ------------------\n"
             "发件人: \"义乌市电子商务协会消费者权益服务站\"<tousu@yweca.org.example>;\n"
             "发送时间: 2026年11月23日(星期一) 上午10:00\n"
             "收件人: \"张伟\"<2283419056@qq.com>;\n"
             "主题: {SUBJ}", q="plain",
         mnc=["原始邮件", "发送时间: 2026年11月23日(星期一) 上午10:00", "为便于我们联系商家", "发自我的iPhone"]),
    dict(lang="zh", client="outlook", name="李娜", addr="lina@hzmaoyi.example", ack="zh", day=24,
         new="您好，\n商家是义乌国际商贸城二区 H 门 23 街 20516 号“佳美箱包”，老板姓周，电话 0579-8552 1376。",
         hdr="发件人: 陈静 <chenjing@yweca.org.example>\n"
             "发送时间: 2026年11月24日 10:05\n"
             "收件人: 李娜 <lina@hzmaoyi.example>\n"
             "主题: {SUBJ}", q="plain",
         mnc=["发件人: 陈静", "发送时间: 2026年11月24日 10:05", "您的投诉已收到"]),
    dict(lang="zh", client="gmail", name="王磊", addr="wanglei.bj@gmail.com", ack="zh", day=25,
         new="谢谢！我还想问一下，大概多久能有处理结果？",
         hdr="王丽 <wangli@yweca.org.example> 于2026年11月25日周三 上午9:40写道：",
         mnc=["于2026年11月25日周三 上午9:40写道：", "回复时请保留邮件主题中的案件编号"]),
    dict(lang="zh", client="gmail", name="刘洋", addr="liuyang.sz@gmail.com", ack="zh",
         new="订单号：TB20261119008812\n金额：268 元",
         hdr="2026-11-23 10:00 GMT+08:00 王丽 <wangli@yweca.org.example>:",
         mnc=["2026-11-23 10:00 GMT+08:00", "您的投诉已收到，案件编号为"]),
    dict(lang="zh", client="163", name="赵敏", addr="zhaomin1988@163.com", ack="zh", day=24,
         new="您好，我的手机号是 15968831207，白天都可以打。",
         hdr="在 2026-11-24 10:12:45，\"义乌市电子商务协会消费者权益服务站\" <tousu@yweca.org.example> 写道：",
         mnc=["写道：", "为便于我们联系商家", "3. 您的联系电话。"]),
    dict(lang="zh", client="huawei", name="孙丽", addr="sunli_yw@126.com", ack="zh",
         new="摊位号是 4 区 2 楼 35 街 37018，店名叫“欣悦五金”。",
         sig="发自我的华为手机",
         hdr="-------- 原始邮件 --------\n"
             "发件人： 义乌市电子商务协会消费者权益服务站 <tousu@yweca.org.example>\n"
             "日期： 2026年11月23日周一 上午10:00\n"
             "收件人： 孙丽 <sunli_yw@126.com>\n"
             "主题： {SUBJ}", q="plain",
         mnc=["发自我的华为手机", "-------- 原始邮件 --------", "您的投诉已收到"]),
    dict(lang="zh", client="apple-mail-macos", name="陈晓燕", addr="xiaoyan.chen@sina.com", ack="zh", day=24,
         control="separator",
         new="补充两个订单的信息：\n订单一：TB2026112301，金额 89 元\n______\n订单二：TB2026112302，金额 156 元\n"
             "两个订单都是同一家店：国际商贸城二区 18 街 3021 号。",
         hdr="2026年11月24日 10:00，王丽 <wangli@yweca.org.example> 写道：",
         mnc=["写道：", "您的投诉已收到，案件编号为"]),
    dict(lang="zh", client="foxmail", name="黄磊", addr="huanglei@foxmail.com", ack="zh", day=25,
         new="已经和商家沟通过了，他们同意退款，这个投诉可以撤销了。谢谢你们！",
         hdr="------------------&nbsp;原始邮件&nbsp;------------------\n"
             "发件人: \"义乌市电子商务协会消费者权益服务站\"<tousu@yweca.org.example>;\n"
             "发送时间: 2026年11月25日(星期三) 下午2:30\n"
             "收件人: \"黄磊\"<huanglei@foxmail.com>;\n"
             "主题: {SUBJ}", q="plain",
         mnc=["&nbsp;原始邮件&nbsp;", "发件人: \"义乌市电子商务协会消费者权益服务站\"", "回复时请保留邮件主题中的案件编号"]),
    dict(lang="zh", client="apple-mail-ios", name="周杰", addr="zhoujie.yw@icloud.com", ack="zh", day=25,
         new="商家电话 13777920815，店名“金辉玩具”。",
         sig="Sent from my iPhone",
         hdr="> On Nov 25, 2026, at 14:10, 王丽 <wangli@yweca.org.example> wrote:\n>", hblank=False, bom=True,
         mnc=["Sent from my iPhone", "On Nov 25, 2026, at 14:10", "为便于我们联系商家"]),

    # ----------------------------------------------------- Chinese, traditional
    dict(lang="zh-Hant", client="outlook-web", name="林怡君", addr="yijun.lin@outlook.com", ack="zh",
         new="您好，\n賣家的店名是「鑫源文具」，訂單編號 YW88123097。我的電話是 +886 912 345 678。",
         hdr="________________________________\n"
             "寄件者: 王丽 <wangli@yweca.org.example>\n"
             "寄件日期: 2026年11月23日 上午 10:00\n"
             "收件者: 林怡君 <yijun.lin@outlook.com>\n"
             "主旨: {SUBJ}", q="plain",
         mnc=["寄件者: 王丽", "寄件日期: 2026年11月23日", "为便于我们联系商家"]),
    dict(lang="zh-Hant", client="gmail", name="陳冠宇", addr="kuanyu.chen@gmail.com", ack="zh", day=24,
         new="謝謝您的回覆。請問我需要提供付款截圖嗎？",
         hdr="王丽 <wangli@yweca.org.example> 於 2026年11月24日 週二 上午10:15寫道：",
         mnc=["於 2026年11月24日 週二 上午10:15寫道：", "您的投诉已收到"]),
    dict(lang="zh-Hant", client="apple-mail-ios", name="黃淑芬", addr="shufen.huang@yahoo.com.tw", ack="zh", day=25,
         new="店家電話：0579-8523 6610\n店名：義烏美家家居",
         sig="從我的 iPhone 傳送",
         hdr="> 王丽 <wangli@yweca.org.example> 於 2026年11月25日 上午9:05 寫道：\n>", hblank=False, bom=True,
         mnc=["從我的 iPhone 傳送", "寫道：", "回复时请保留邮件主题中的案件编号"]),
]

MAILS += [
    # ----------------------------------------------------------------- Russian
    dict(lang="ru", client="gmail", name="Алексей Смирнов", addr="a.smirnov84@gmail.com", ack="ru",
         new="Добрый день!\nМагазин называется «Иу Синхуа Текстиль», павильон 5-2-117. Мой телефон +7 916 555-23-41.",
         hdr="пн, 23 нояб. 2026 г. в 10:00, Fang Yu <fangyu@yweca.org.example>:",
         mnc=["пн, 23 нояб. 2026 г. в 10:00", "Ваша жалоба зарегистрирована под номером", "При ответе сохраните"]),
    dict(lang="ru", client="outlook", name="Ольга Кузнецова", addr="kuznetsova@optovik-ural.example", ack="ru", day=24,
         new="Здравствуйте.\nНомер заказа 2026-11-0457, сумма 1 840 долларов США. Продавец — компания Yiwu Jinhui Toys.",
         hdr="-----Исходное сообщение-----\n"
             "От: Chen Jing [mailto:chenjing@yweca.org.example] \n"
             "Отправлено: 24 ноября 2026 г. 10:05\n"
             "Кому: Ольга Кузнецова <kuznetsova@optovik-ural.example>\n"
             "Тема: {SUBJ}", q="plain",
         mnc=["-----Исходное сообщение-----", "Отправлено: 24 ноября 2026 г. 10:05", "Чтобы мы могли связаться с продавцом"]),
    dict(lang="ru", client="mail.ru", name="Дмитрий Волков", addr="d.volkov@mail.ru", ack="ru",
         new="Спасибо. Название магазина на 1688 — «Цзиньлун Сумки», заказ 88412093.",
         sig="Отправлено из мобильной Почты Mail.ru",
         hdr="Понедельник, 23 ноября 2026, 10:00 +08:00 от Fang Yu <fangyu@yweca.org.example>:", q="gt0",
         mnc=["Отправлено из мобильной Почты Mail.ru", "от Fang Yu <fangyu@yweca.org.example>:",
              "Ваша жалоба зарегистрирована"]),
    dict(lang="ru", client="yandex", name="Наталья Морозова", addr="n.morozova@yandex.ru", ack="ru",
         new="Телефон для связи: +7 (903) 555-71-18, звонить можно в WhatsApp.",
         sig="-- \nОтправлено из мобильного приложения Яндекс Почты",
         hdr="23.11.2026, 10:00, \"Fang Yu\" <fangyu@yweca.org.example>:",
         mnc=["Отправлено из мобильного приложения", "\"Fang Yu\" <fangyu@yweca.org.example>:",
              "номер телефона для связи"]),
    dict(lang="ru", client="thunderbird", name="Игорь Павлов", addr="igor.pavlov@rambler.ru", ack="ru",
         control="inline",
         hdr="23.11.2026 10:00, Fang Yu пишет:",
         answers=["«Иу Лаки Стар», павильон 3-1-88", "YW-ORD-55120", "+7 921 555-40-07"],
         mnc=["Fang Yu пишет:", "1. название магазина или павильона;", "2. номер заказа;"]),
    dict(lang="ru", client="samsung", name="Светлана Иванова", addr="s.ivanova@bk.ru", ack="ru", day=25,
         new="Добрый вечер. Продавец не отвечает уже неделю, что мне делать дальше?",
         sig="Отправлено с устройства Galaxy", gap=2,
         hdr="-------- Исходное сообщение --------\n"
             "От: Fang Yu <fangyu@yweca.org.example> \n"
             "Дата: 25.11.2026 10:00 (GMT+08:00) \n"
             "Кому: s.ivanova@bk.ru \n"
             "Тема: {SUBJ} ", q="plain",
         mnc=["Отправлено с устройства Galaxy", "-------- Исходное сообщение --------",
              "Чтобы мы могли связаться с продавцом"]),
    dict(lang="ru", client="outlook", name="Сергей Орлов", addr="s.orlov@optbazar.example", day=24,
         new="Добрый день!\nНомер заказа: INV-2026-3318. Контакт продавца — господин Ван, +86 159 0579 8821.",
         hdr="From: Fang Yu <fangyu@yweca.org.example>\n"
             "Sent: Tuesday, November 24, 2026 10:00 AM\n"
             "To: Сергей Орлов <s.orlov@optbazar.example>\n"
             "Subject: {SUBJ}", q="plain",
         mnc=["Sent: Tuesday, November 24, 2026 10:00 AM", "From: Fang Yu", "Before we can contact the merchant"]),

    # --------------------------------------------------------------- Ukrainian
    dict(lang="uk", client="gmail", name="Олена Коваленко", addr="olena.kovalenko@ukr.net",
         new="Добрий день!\nМагазин називається «Yiwu Meida Kitchenware», номер замовлення 55103987. "
             "Мій телефон +380 67 555 12 34.",
         hdr="пн, 23 лист. 2026 р. о 10:00 Fang Yu <fangyu@yweca.org.example> пише:",
         mnc=["пн, 23 лист. 2026 р. о 10:00", "пише:", "Your complaint has been registered as case"]),
    dict(lang="uk", client="outlook-web", name="Андрій Шевченко", addr="a.shevchenko@i.ua", day=24,
         new="Дякую за відповідь. Чи потрібно надсилати фото товару?",
         hdr="________________________________\n"
             "Від: Chen Jing <chenjing@yweca.org.example>\n"
             "Надіслано: 24 листопада 2026 р. 10:05\n"
             "Кому: Андрій Шевченко <a.shevchenko@i.ua>\n"
             "Тема: {SUBJ}", q="plain",
         mnc=["Надіслано: 24 листопада 2026 р.", "Від: Chen Jing", "please send us:"]),
    dict(lang="uk", client="apple-mail-ios", name="Ірина Бондаренко", addr="iryna.bondarenko@icloud.com", day=25,
         new="Телефон продавця: +86 135 8890 4412, магазин «Hengxin Bags».",
         sig="Надіслано з iPhone",
         hdr="> 25 лист. 2026 р. о 10:00 Fang Yu <fangyu@yweca.org.example> написав(-ла):\n>", hblank=False, bom=True,
         mnc=["Надіслано з iPhone", "написав(-ла):", "Thank you for your message."]),

    # ------------------------------------------------------------------ Arabic
    dict(lang="ar", client="gmail", name="محمد العتيبي", addr="m.alotaibi@gmail.com",
         new="السلام عليكم،\nاسم المتجر هو \"Yiwu Golden Star Trading\" ورقم الطلب 20261187. رقم هاتفي +966 50 555 1234.",
         hdr="في الاثنين، 23 نوفمبر 2026 في 10:00 ص، كتب Fang Yu <fangyu@yweca.org.example>:",
         mnc=["كتب Fang Yu", "في الاثنين، 23 نوفمبر 2026", "Your complaint has been registered as case"]),
    dict(lang="ar", client="outlook-web", name="أحمد حسن", addr="ahmed.hassan@outlook.com", day=24,
         new="شكراً لكم. البائع اسمه السيد تشانغ ورقم هاتفه +86 137 5792 0031.",
         hdr="________________________________\n"
             "من: Fang Yu <fangyu@yweca.org.example<mailto:fangyu@yweca.org.example>>\n"
             "تم الإرسال: الثلاثاء، 24 نوفمبر، 2026 10:00 ص\n"
             "إلى: أحمد حسن <ahmed.hassan@outlook.com<mailto:ahmed.hassan@outlook.com>>\n"
             "الموضوع: {SUBJ}", q="plain",
         mnc=["تم الإرسال:", "<mailto:fangyu@yweca.org.example>", "Before we can contact the merchant"]),
    dict(lang="ar", client="apple-mail-ios", name="فاطمة الزهراء", addr="fatima.z@icloud.com", day=25,
         new="رقم الطلب هو 8841207 والمبلغ 450 دولار.",
         sig="أُرسلت من الـ iPhone",
         hdr="> في 25\u200f/11\u200f/2026، الساعة 10:00 ص، كتب Fang Yu <fangyu@yweca.org.example>:\n>",
         hblank=False, bom=True,
         mnc=["أُرسلت من الـ iPhone", "كتب Fang Yu", "please send us:"]),
    dict(lang="ar", client="samsung", name="خالد منصور", addr="k.mansour@hotmail.com", day=26,
         new="مرحبا، هل يمكنكم الاتصال بي على واتساب؟ الرقم +20 100 555 8899.",
         sig="تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.", gap=2,
         hdr="-------- الرسالة الأصلية --------\n"
             "من: Fang Yu <fangyu@yweca.org.example> \n"
             "التاريخ: 26/11/2026 10:00 (GMT+08:00) \n"
             "إلى: k.mansour@hotmail.com \n"
             "الموضوع: {SUBJ} ", q="plain",
         mnc=["تم الإرسال من هاتف Samsung Galaxy", "-------- الرسالة الأصلية --------", "Thank you for your message."]),
    dict(lang="ar", client="gmail", name="عمر يوسف", addr="omar.yousef.jo@gmail.com", day=26,
         new="اسم المحل: مؤسسة ييوو للألعاب، جناح 1-5-220.\nرقم الطلب: JO-44712.",
         hdr="On Thu, Nov 26, 2026 at 10:00 AM Yiwu E-Commerce Association Consumer Rights Station <\n"
             "tousu@yweca.org.example> wrote:",
         mnc=["tousu@yweca.org.example> wrote:", "On Thu, Nov 26, 2026 at 10:00 AM",
              "a telephone number where we can reach you"]),
    dict(lang="ar", client="huawei", name="يوسف الحربي", addr="yousef.harbi@hotmail.com", day=27,
         new="أشكركم على المتابعة. سأرسل صور البضاعة التالفة غداً.",
         sig="Sent from my HUAWEI Mate 40 Pro",
         hdr="-------- Original Message --------\n"
             "From: Fang Yu <fangyu@yweca.org.example>\n"
             "Date: Fri, Nov 27, 2026 10:00 AM\n"
             "To: yousef.harbi@hotmail.com\n"
             "Subject: {SUBJ}", q="plain",
         mnc=["Sent from my HUAWEI", "-------- Original Message --------", "Please keep the case number in the subject"]),

    # ----------------------------------------------------------------- Spanish
    dict(lang="es", client="gmail", name="Carlos Ramírez", addr="carlos.ramirez.mx@gmail.com", tz="-0600",
         new="Buenos días,\nla tienda se llama «Yiwu Sol Naciente Textiles» y el número de pedido es 601123987. "
             "Mi teléfono es +52 55 5555 0142.",
         hdr="El lun, 23 nov 2026 a las 10:00, Fang Yu (<fangyu@yweca.org.example>) escribió:",
         mnc=["Fang Yu (<fangyu@yweca.org.example>) escribió:", "El lun, 23 nov 2026 a las 10:00",
              "Your complaint has been registered as case"]),
    dict(lang="es", client="outlook", name="María López", addr="maria.lopez@importacionesml.example", day=24,
         new="Estimados señores:\n\nEl proveedor es Yiwu Hongda Crafts Co., Ltd. y el número de contrato es HD-2026-118.\n"
             "Pueden llamarme al +34 612 555 908.",
         hdr="-----Mensaje original-----\n"
             "De: Chen Jing [mailto:chenjing@yweca.org.example] \n"
             "Enviado el: martes, 24 de noviembre de 2026 10:05\n"
             "Para: María López <maria.lopez@importacionesml.example>\n"
             "Asunto: {SUBJ}", q="plain",
         mnc=["-----Mensaje original-----", "Enviado el: martes, 24 de noviembre de 2026",
              "Before we can contact the merchant"]),
    dict(lang="es", client="apple-mail-ios", name="Lucía Fernández", addr="lucia.fernandez@icloud.com", day=25,
         new="Gracias. ¿Necesitan también la captura del pago?",
         sig="Enviado desde mi iPhone",
         hdr="> El 25 nov 2026, a las 10:00, Fang Yu <fangyu@yweca.org.example> escribió:\n>", hblank=False, bom=True,
         mnc=["Enviado desde mi iPhone", "escribió:", "Thank you for your message."]),
    dict(lang="es", client="yahoo-android", name="Jorge Castillo", addr="jorgecastillo77@yahoo.es", tz="-0500",
         new="Mi número es +57 300 555 6721 (Colombia).",
         sig="Enviado desde Yahoo Mail para Android",
         hdr="  El lun., 23 de nov. de 2026 a las 10:00, Fang Yu<fangyu@yweca.org.example> escribió:",
         mnc=["Enviado desde Yahoo Mail para Android", "Fang Yu<fangyu@yweca.org.example> escribió:",
              "the name of the shop or stall"]),
    dict(lang="es", client="gmail", name="Andrés Morales", addr="andres.morales.cl@gmail.com", day=24, tz="-0300",
         control="separator",
         new="Hola, les paso los datos:\n\nTienda: Yiwu Fengyuan Bisutería, puesto 2-7-1508\nPedido: FY-88410\n"
             "-------------------\n"
             "Lo que pagué: USD 640 por transferencia.\nLo que recibí: la mitad de las piezas, el resto roto.",
         hdr="El mar, 24 nov 2026 a las 11:20, Fang Yu (<fangyu@yweca.org.example>) escribió:",
         mnc=["(<fangyu@yweca.org.example>) escribió:", "Please keep the case number in the subject"]),
    dict(lang="es", client="samsung", name="Pablo Gómez", addr="p.gomez@hotmail.com", day=26,
         new="El vendedor ya me devolvió el dinero. Pueden cerrar el caso, muchas gracias.",
         sig="Enviado desde mi smartphone Samsung Galaxy.", gap=2,
         hdr="-------- Mensaje original --------\n"
             "De: Fang Yu <fangyu@yweca.org.example> \n"
             "Fecha: 26/11/26 10:00 (GMT+08:00) \n"
             "Para: p.gomez@hotmail.com \n"
             "Asunto: {SUBJ} ", q="plain",
         mnc=["Enviado desde mi smartphone Samsung Galaxy.", "-------- Mensaje original --------",
              "Before we can contact the merchant"]),

    # -------------------------------------------------------------- Portuguese
    dict(lang="pt", client="gmail", name="João Pereira", addr="joao.pereira.sp@gmail.com",
         new="Bom dia,\na loja é a \"Yiwu Estrela Acessórios\" e o número do pedido é 77120453. "
             "Meu telefone: +55 11 95555-0123.",
         hdr="Em seg., 23 de nov. de 2026 às 10:00, Fang Yu <fangyu@yweca.org.example> escreveu:",
         mnc=["escreveu:", "Em seg., 23 de nov. de 2026", "please send us:"]),
    dict(lang="pt", client="apple-mail-ios", name="Rui Almeida", addr="rui.almeida@sapo.pt", day=25, tz="+0000",
         new="O número de telemóvel do vendedor é +86 150 5792 3388.",
         sig="Enviado do meu iPhone",
         hdr="> A 25/11/2026, às 10:00, Fang Yu <fangyu@yweca.org.example> escreveu:\n>", hblank=False, bom=True,
         mnc=["Enviado do meu iPhone", "escreveu:", "the order number,"]),
    dict(lang="pt", client="apple-mail-macos", name="Beatriz Lima", addr="beatriz.lima@icloud.com", day=24, control="forward",
         subject="Fwd: Pedido 55821 - resposta do fornecedor [{CASE}]",
         body="Olá,\nsegue abaixo a resposta do fornecedor. Ele se recusa a trocar as peças.\n\n"
              "Begin forwarded message:\n\n"
              "From: Kevin Zhu <kevin@yw-sunrise.example>\n"
              "Subject: Re: Pedido 55821\n"
              "Date: 24 November 2026 at 16:22:10 GMT-3\n"
              "To: Beatriz Lima <beatriz.lima@icloud.com>\n\n"
              "Dear Beatriz,\n\nSorry, we cannot exchange. The color difference is normal.\n\nKevin"),
]

MAILS += [
    # ------------------------------------------------------------------ French
    dict(lang="fr", client="gmail", name="Camille Dubois", addr="camille.dubois@gmail.com",
         new="Bonjour,\nla boutique s'appelle « Yiwu Perle d'Orient » et mon numéro de commande est 48810276.\n"
             "Mon téléphone : +33 6 55 55 12 34.",
         hdr="Le lun. 23 nov. 2026 à 10:00, Fang Yu <fangyu@yweca.org.example> a écrit :",
         mnc=["a écrit :", "Le lun. 23 nov. 2026 à 10:00", "Your complaint has been registered as case"]),
    dict(lang="fr", client="outlook", name="Luc Martin", addr="luc.martin@orange.fr", day=24,
         new="Merci. Le vendeur m'a recontacté hier, mais sans proposition de remboursement.",
         hdr="-----Message d'origine-----\n"
             "De : Chen Jing [mailto:chenjing@yweca.org.example] \n"
             "Envoyé : mardi 24 novembre 2026 10:05\n"
             "À : Luc Martin <luc.martin@orange.fr>\n"
             "Objet : {SUBJ}", q="plain",
         mnc=["-----Message d'origine-----", "Envoyé : mardi 24 novembre 2026 10:05", "Before we can contact the merchant"]),
    dict(lang="fr", client="thunderbird", name="Nicolas Petit", addr="nicolas.petit@free.fr", day=26,
         control="separator",
         new="Bonjour,\n\nRécapitulatif de ma commande\n=====\nArticle : 300 porte-clés\nMontant : 420 EUR\n"
             "Fournisseur : Yiwu Xinda Gifts\n\nJe reste disponible au 07 55 55 40 21.",
         hdr="Le 26/11/2026 à 10:00, Fang Yu a écrit :",
         mnc=["Fang Yu a écrit :", "Thank you for your message."]),
    dict(lang="fr", client="thunderbird", name="Élodie Roux", addr="elodie.roux@laposte.net", control="forward",
         subject="Fwd: Re: Commande 66120 [{CASE}]",
         body="Bonjour,\n\nvoici la réponse du vendeur que j'ai reçue ce matin.\n\n\n"
              "-------- Message transféré --------\n"
              "Sujet : \tRe: Commande 66120\n"
              "Date : \tMon, 23 Nov 2026 15:40:12 +0800\n"
              "De : \tAmy Chen <amy@yw-homeware.example>\n"
              "Pour : \tÉlodie Roux <elodie.roux@laposte.net>\n\n\n\n"
              "Bonjour Élodie,\n\nNous ne pouvons pas rembourser les frais de port.\n\nCordialement,\nAmy Chen"),

    # ------------------------------------------------------------------ German
    dict(lang="de", client="gmail", name="Jürgen Weiß", addr="j.weiss1972@gmail.com",
         new="Guten Tag,\n\nder Händler heißt „Yiwu Tianyi Haushaltswaren“, Bestellnummer 77430912. "
             "Sie erreichen mich unter +49 171 5550123.",
         hdr="Am Mo., 23. Nov. 2026 um 10:00 Uhr schrieb Fang Yu <fangyu@yweca.org.example>:",
         mnc=["Uhr schrieb Fang Yu", "Am Mo., 23. Nov. 2026", "please send us:"]),
    dict(lang="de", client="outlook", name="Sabine Müller", addr="s.mueller@mueller-handel.example", day=24,
         new="Sehr geehrte Damen und Herren,\n\nhier die fehlenden Angaben: Lieferant ist Yiwu Sanhe Kunstblumen, "
             "Auftragsnummer SH-2026-0412. Telefonisch bin ich unter 0211 555 7812 erreichbar.",
         hdr="-----Ursprüngliche Nachricht-----\n"
             "Von: Chen Jing <chenjing@yweca.org.example> \n"
             "Gesendet: Dienstag, 24. November 2026 10:05\n"
             "An: Sabine Müller <s.mueller@mueller-handel.example>\n"
             "Betreff: {SUBJ}", q="plain",
         mnc=["-----Ursprüngliche Nachricht-----", "Gesendet: Dienstag, 24. November 2026 10:05",
              "Before we can contact the merchant"]),
    dict(lang="de", client="apple-mail-ios", name="Klaus Hoffmann", addr="k.hoffmann@icloud.com", day=25,
         new="Danke! Das Foto der Rechnung schicke ich heute Abend.",
         sig="Von meinem iPhone gesendet",
         hdr="> Am 25.11.2026 um 10:00 schrieb Fang Yu <fangyu@yweca.org.example>:\n>", hblank=False, bom=True,
         mnc=["Von meinem iPhone gesendet", "Am 25.11.2026 um 10:00 schrieb", "Thank you for your message."]),
    dict(lang="de", client="thunderbird", name="Monika Schulz", addr="monika.schulz@gmx.de", control="inline",
         hdr="Am 23.11.26 um 10:00 schrieb Fang Yu:",
         answers=["Yiwu Huamei Schmuck, Stand 2-12-331", "HM-20261102-07", "+49 30 5550 4411"],
         mnc=["Am 23.11.26 um 10:00 schrieb Fang Yu:", "1. the name of the shop or stall,",
              "3. a telephone number where we can reach you."]),
    dict(lang="de", client="thunderbird", name="Felix Wagner", addr="felix.wagner@posteo.de", control="forward",
         subject="WG: AW: Reklamation Bestellung 33018 [{CASE}]",
         body="Hallo,\n\nhier die Antwort des Verkäufers zur Information.\n\n\n"
              "-------- Weitergeleitete Nachricht --------\n"
              "Betreff: \tAW: Reklamation Bestellung 33018\n"
              "Datum: \tTue, 24 Nov 2026 09:12:44 +0800\n"
              "Von: \tTony Li <tony@yw-partyworld.example>\n"
              "An: \tFelix Wagner <felix.wagner@posteo.de>\n\n\n\n"
              "Dear Felix,\n\nWe checked again. The balloons left our warehouse in good condition, so we will not refund.\n\n"
              "Tony Li\nYiwu Party World"),
    dict(lang="de", client="outlook-android", name="Lena Fischer", addr="lena.fischer@outlook.de", day=27,
         new="Hallo, der Verkäufer hat sich gemeldet und will nur 50 % erstatten. Ist das so in Ordnung?",
         sig="Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
         hdr="________________________________\n"
             "Von: Fang Yu <fangyu@yweca.org.example>\n"
             "Gesendet: Freitag, 27. November 2026 10:00:00\n"
             "An: lena.fischer@outlook.de <lena.fischer@outlook.de>\n"
             "Betreff: {SUBJ}", q="plain",
         mnc=["Outlook für Android herunterladen", "Gesendet: Freitag, 27. November 2026",
              "Please keep the case number in the subject"]),

    # ----------------------------------------------------------------- Italian
    dict(lang="it", client="gmail", name="Giulia Romano", addr="giulia.romano@gmail.com",
         new="Buongiorno,\nil negozio si chiama \"Yiwu Dolce Casa\" e il numero d'ordine è 90211834. "
             "Il mio cellulare è +39 347 555 0198.",
         hdr="Il giorno lun 23 nov 2026 alle ore 10:00 Fang Yu <fangyu@yweca.org.example> ha scritto:",
         mnc=["ha scritto:", "Il giorno lun 23 nov 2026 alle ore 10:00", "please send us:"]),
    dict(lang="it", client="outlook-web", name="Marco Bianchi", addr="marco.bianchi@libero.it", day=24,
         new="Grazie mille. Vi confermo che il venditore non ha ancora risposto.",
         hdr="________________________________\n"
             "Da: Chen Jing <chenjing@yweca.org.example>\n"
             "Inviato: martedì 24 novembre 2026 10:05\n"
             "A: Marco Bianchi <marco.bianchi@libero.it>\n"
             "Oggetto: {SUBJ}", q="plain",
         mnc=["Inviato: martedì 24 novembre 2026 10:05", "Da: Chen Jing", "Before we can contact the merchant"]),
    dict(lang="it", client="gmail", name="Francesca Conti", addr="francesca.conti@gmail.com", day=25,
         new="Salve, vi mando il numero di telefono del fornitore: +86 188 5793 2210.",
         sig="-- \nFrancesca Conti\nConti Articoli Regalo s.r.l. – Bologna",
         hdr="On Wed, Nov 25, 2026 at 10:00 AM Fang Yu <fangyu@yweca.org.example> wrote:",
         mnc=["Conti Articoli Regalo", "Fang Yu <fangyu@yweca.org.example> wrote:", "the order number,"]),

    # ------------------------------------------------------------------- Dutch
    dict(lang="nl", client="gmail", name="Sanne de Vries", addr="sanne.devries@gmail.com",
         new="Goedemiddag,\nde winkel heet \"Yiwu Bloemen & Deco\" en het bestelnummer is 66012345. "
             "Mijn telefoonnummer is +31 6 5555 0123.",
         hdr="Op ma 23 nov 2026 om 10:00 schreef Fang Yu <fangyu@yweca.org.example>:",
         mnc=["schreef Fang Yu", "Op ma 23 nov 2026 om 10:00", "Your complaint has been registered as case"]),
    dict(lang="nl", client="outlook", name="Pieter Janssen", addr="p.janssen@janssen-import.example", day=24,
         new="Dank u wel. Kunt u mij laten weten wanneer de winkel gereageerd heeft?",
         hdr="-----Oorspronkelijk bericht-----\n"
             "Van: Chen Jing <chenjing@yweca.org.example> \n"
             "Verzonden: dinsdag 24 november 2026 10:05\n"
             "Aan: Pieter Janssen <p.janssen@janssen-import.example>\n"
             "Onderwerp: {SUBJ}", q="plain",
         mnc=["-----Oorspronkelijk bericht-----", "Verzonden: dinsdag 24 november 2026 10:05",
              "Before we can contact the merchant"]),

    # ------------------------------------------------------------------ Polish
    dict(lang="pl", client="gmail", name="Katarzyna Nowak", addr="k.nowak.krk@gmail.com",
         new="Dzień dobry,\nsklep nazywa się „Yiwu Xinxing Zabawki”, numer zamówienia 31120987. Mój telefon: +48 601 555 234.",
         hdr="pon., 23 lis 2026 o 10:00 Fang Yu <fangyu@yweca.org.example> napisał(a):",
         mnc=["napisał(a):", "pon., 23 lis 2026 o 10:00", "Your complaint has been registered as case"]),
    dict(lang="pl", client="outlook-web", name="Tomasz Wiśniewski", addr="t.wisniewski@wp.pl", day=24,
         new="Dziękuję. Czy mam dosłać zdjęcia uszkodzonych towarów?",
         hdr="________________________________\n"
             "Od: Chen Jing <chenjing@yweca.org.example>\n"
             "Wysłano: wtorek, 24 listopada 2026 10:05\n"
             "Do: Tomasz Wiśniewski <t.wisniewski@wp.pl>\n"
             "Temat: {SUBJ}", q="plain",
         mnc=["Wysłano: wtorek, 24 listopada 2026 10:05", "Od: Chen Jing", "Thank you for your message."]),
    dict(lang="pl", client="thunderbird", name="Anna Kowalska", addr="anna.kowalska@onet.pl", day=25,
         new="Numer telefonu sprzedawcy to +86 136 5792 4410, nazwa stoiska: Jiali Torebki.",
         sig="-- \nAnna Kowalska\nul. Długa 12/4, 80-831 Gdańsk\ntel. 502 555 118",
         hdr="W dniu 25.11.2026 o 10:00, Fang Yu pisze:",
         mnc=["ul. Długa 12/4", "Fang Yu pisze:", "please send us:"]),

    # ----------------------------------------------------------------- Turkish
    dict(lang="tr", client="gmail", name="Mehmet Yılmaz", addr="mehmet.yilmaz@gmail.com",
         new="Merhaba,\nmağazanın adı \"Yiwu Altın Yıldız Tekstil\", sipariş numarası 55012398. Telefonum +90 532 555 12 34.",
         hdr="Fang Yu <fangyu@yweca.org.example>, 23 Kas 2026 Pzt, 10:00 tarihinde şunu yazdı:",
         mnc=["tarihinde şunu yazdı:", "23 Kas 2026 Pzt, 10:00", "please send us:"]),
    dict(lang="tr", client="outlook-web", name="Ayşe Demir", addr="ayse.demir@hotmail.com", day=24,
         new="Teşekkür ederim. Satıcı hâlâ cevap vermedi.",
         hdr="________________________________\n"
             "Kimden: Chen Jing <chenjing@yweca.org.example>\n"
             "Gönderildi: 24 Kasım 2026 Salı 10:05\n"
             "Kime: Ayşe Demir <ayse.demir@hotmail.com>\n"
             "Konu: {SUBJ}", q="plain",
         mnc=["Gönderildi: 24 Kasım 2026 Salı 10:05", "Kimden: Chen Jing", "Before we can contact the merchant"]),
    dict(lang="tr", client="apple-mail-ios", name="Emre Kaya", addr="emre.kaya@icloud.com", day=25,
         new="Sipariş numarası: TR-77812",
         sig="iPhone'umdan gönderildi",
         hdr="> 25 Kas 2026 tarihinde 10:00 saatinde, Fang Yu <fangyu@yweca.org.example> şunları yazdı:\n>",
         hblank=False, bom=True,
         mnc=["iPhone'umdan gönderildi", "şunları yazdı:", "Thank you for your message."]),

    # ------------------------------------------------------------------ Korean
    dict(lang="ko", client="gmail", name="김민준", addr="minjun.kim@gmail.com",
         new="안녕하세요.\n가게 이름은 \"이우 해피토이\"이고 주문번호는 KR-2026-7781입니다. 제 연락처는 +82 10-5555-1234입니다.",
         hdr="2026년 11월 23일 (월) 오전 10:00, Fang Yu <fangyu@yweca.org.example>님이 작성:",
         mnc=["님이 작성:", "2026년 11월 23일 (월) 오전 10:00", "Your complaint has been registered as case"]),
    dict(lang="ko", client="gmail", name="이서연", addr="seoyeon.lee@gmail.com", day=24,
         new="감사합니다. 판매자 전화번호는 +86 158 5791 6620입니다.",
         hdr="2026-11-24 10:00 GMT+08:00 Fang Yu <fangyu@yweca.org.example>:",
         mnc=["2026-11-24 10:00 GMT+08:00 Fang Yu", "please send us:"]),
    dict(lang="ko", client="outlook", name="박지훈", addr="jihoon.park@outlook.com", day=25,
         new="주문번호 다시 보내드립니다: 20261120-0045",
         hdr="-----원본 메시지-----\n"
             "보낸 사람: Chen Jing <chenjing@yweca.org.example> \n"
             "보낸 날짜: 2026년 11월 25일 수요일 오전 10:05\n"
             "받는 사람: 박지훈 <jihoon.park@outlook.com>\n"
             "제목: {SUBJ}", q="plain",
         mnc=["-----원본 메시지-----", "보낸 날짜: 2026년 11월 25일", "Before we can contact the merchant"]),
    dict(lang="ko", client="apple-mail-ios", name="최지우", addr="jiwoo.choi@icloud.com", day=26,
         new="네, 알겠습니다. 사진은 내일 보내겠습니다.",
         sig="iPhone에서 보냄",
         hdr="> 2026. 11. 26. 오전 10:00, Fang Yu <fangyu@yweca.org.example> 작성:\n>", hblank=False, bom=True,
         mnc=["iPhone에서 보냄", "2026. 11. 26. 오전 10:00", "Thank you for your message."]),

    # ---------------------------------------------------------------- Japanese
    dict(lang="ja", client="gmail", name="佐藤健", addr="ken.sato.jp@gmail.com",
         new="お世話になっております。\n店舗名は「義烏ハッピー雑貨」、注文番号は JP-20261118-332 です。電話番号は 090-5555-1234 です。",
         hdr="2026年11月23日(月) 10:00 Fang Yu <fangyu@yweca.org.example>:",
         mnc=["2026年11月23日(月) 10:00 Fang Yu", "Your complaint has been registered as case"]),
    dict(lang="ja", client="gmail", name="鈴木花子", addr="hanako.suzuki@gmail.com", day=24,
         new="ご連絡ありがとうございます。写真は明日送ります。",
         hdr="2026年11月24日(火) 10:00 に Fang Yu <fangyu@yweca.org.example>\nが書きました:",
         mnc=["が書きました:", "2026年11月24日(火) 10:00 に", "please send us:"]),
    dict(lang="ja", client="outlook-web", name="高橋誠", addr="makoto.takahashi@outlook.jp", day=25,
         new="販売者の連絡先：+86 133 5790 7781（王さん）",
         hdr="________________________________\n"
             "差出人: Chen Jing <chenjing@yweca.org.example>\n"
             "送信日時: 2026年11月25日 10:05\n"
             "宛先: 高橋誠 <makoto.takahashi@outlook.jp>\n"
             "件名: {SUBJ}", q="plain",
         mnc=["送信日時: 2026年11月25日 10:05", "差出人: Chen Jing", "Before we can contact the merchant"]),
    dict(lang="ja", client="apple-mail-ios", name="田中美咲", addr="misaki.tanaka@icloud.com", day=26,
         new="注文番号は 4471-2209 です。",
         sig="iPhoneから送信",
         hdr="> 2026/11/26 10:00、Fang Yu <fangyu@yweca.org.example>のメール:\n>", hblank=False, bom=True,
         mnc=["iPhoneから送信", "のメール:", "Thank you for your message."]),

    # ----------------------------------------------------------------- Swedish
    dict(lang="sv", client="gmail", name="Erik Johansson", addr="erik.johansson@gmail.com",
         new="Hej,\nbutiken heter \"Yiwu Nordic Home\" och ordernumret är 88120034. Mitt telefonnummer är +46 70 555 12 34.",
         hdr="Den mån 23 nov. 2026 kl 10:00 skrev Fang Yu <fangyu@yweca.org.example>:",
         mnc=["skrev Fang Yu", "Den mån 23 nov. 2026 kl 10:00", "Your complaint has been registered as case"]),
    dict(lang="sv", client="outlook-web", name="Anna Lindberg", addr="anna.lindberg@telia.com", day=24,
         new="Tack för svaret! Säljaren har nu erbjudit en ny leverans.",
         hdr="________________________________\n"
             "Från: Chen Jing <chenjing@yweca.org.example>\n"
             "Skickat: den 24 november 2026 10:05\n"
             "Till: Anna Lindberg <anna.lindberg@telia.com>\n"
             "Ämne: {SUBJ}", q="plain",
         mnc=["Skickat: den 24 november 2026 10:05", "Från: Chen Jing", "Before we can contact the merchant"]),

    # --------------------------------------------------------------- Norwegian
    dict(lang="nb", client="gmail", name="Ole Hansen", addr="ole.hansen@gmail.com",
         new="Hei,\nbutikken heter \"Yiwu Fjord Trading\", ordrenummer 90011223. Telefon: +47 912 55 123.",
         hdr="man. 23. nov. 2026 kl. 10:00 skrev Fang Yu <fangyu@yweca.org.example>:",
         mnc=["skrev Fang Yu", "man. 23. nov. 2026 kl. 10:00", "please send us:"]),
    dict(lang="nb", client="outlook-ios", name="Ingrid Berg", addr="ingrid.berg@online.no", day=24,
         new="Takk! Jeg venter på svar fra dere.",
         sig="Hent Outlook for iOS<https://aka.ms/o0ukef>",
         hdr="________________________________\n"
             "Fra: Chen Jing <chenjing@yweca.org.example>\n"
             "Sendt: tirsdag 24. november 2026 10:05\n"
             "Til: ingrid.berg@online.no <ingrid.berg@online.no>\n"
             "Emne: {SUBJ}", q="plain",
         mnc=["Hent Outlook for iOS", "Sendt: tirsdag 24. november 2026 10:05", "Thank you for your message."]),

    # ------------------------------------------------------------------ Danish
    dict(lang="da", client="gmail", name="Mette Nielsen", addr="mette.nielsen@gmail.com",
         new="Hej,\nbutikken hedder \"Yiwu Happy Garden\", og ordrenummeret er 77001982. Mit telefonnummer er +45 20 55 51 23.",
         hdr="Den man. 23. nov. 2026 kl. 10.00 skrev Fang Yu <fangyu@yweca.org.example>:",
         mnc=["skrev Fang Yu", "Den man. 23. nov. 2026 kl. 10.00", "Your complaint has been registered as case"]),
    dict(lang="da", client="outlook", name="Lars Pedersen", addr="lars.pedersen@mail.dk", day=24,
         new="Tak for det hurtige svar. Sælgeren har ikke svaret mig endnu.",
         hdr="-----Oprindelig meddelelse-----\n"
             "Fra: Chen Jing [mailto:chenjing@yweca.org.example] \n"
             "Sendt: 24. november 2026 10:05\n"
             "Til: Lars Pedersen <lars.pedersen@mail.dk>\n"
             "Emne: {SUBJ}", q="plain",
         mnc=["-----Oprindelig meddelelse-----", "Sendt: 24. november 2026 10:05", "Before we can contact the merchant"]),

    # ----------------------------------------------------------------- Finnish
    dict(lang="fi", client="gmail", name="Mikko Virtanen", addr="mikko.virtanen@gmail.com",
         new="Hei,\nkaupan nimi on \"Yiwu Aurora Lighting\" ja tilausnumero 55019876. Puhelinnumeroni on +358 40 555 1234.",
         hdr="ma 23.11.2026 klo 10.00 Fang Yu (fangyu@yweca.org.example) kirjoitti:",
         mnc=["kirjoitti:", "ma 23.11.2026 klo 10.00", "Your complaint has been registered as case"]),
    dict(lang="fi", client="outlook-web", name="Laura Mäkinen", addr="laura.makinen@outlook.com", day=24,
         new="Kiitos. Myyjä lupasi palauttaa rahat ensi viikolla.",
         hdr="________________________________\n"
             "Lähettäjä: Chen Jing <chenjing@yweca.org.example>\n"
             "Lähetetty: tiistai 24. marraskuuta 2026 10.05\n"
             "Vastaanottaja: Laura Mäkinen <laura.makinen@outlook.com>\n"
             "Aihe: {SUBJ}", q="plain",
         mnc=["Lähetetty: tiistai 24. marraskuuta 2026 10.05", "Lähettäjä: Chen Jing", "Before we can contact the merchant"]),

    # ------------------------------------------------------------------- Czech
    dict(lang="cs", client="gmail", name="Jan Novák", addr="jan.novak.brno@gmail.com",
         new="Dobrý den,\nobchod se jmenuje \"Yiwu Krystal Dekor\" a číslo objednávky je 44019283. Můj telefon je +420 605 555 123.",
         hdr="po 23. 11. 2026 v 10:00 odesílatel Fang Yu <fangyu@yweca.org.example> napsal:",
         mnc=["odesílatel Fang Yu", "napsal:", "please send us:"]),
    dict(lang="cs", client="thunderbird", name="Petra Svobodová", addr="petra.svobodova@seznam.cz", day=24,
         new="Děkuji za odpověď. Prodejce mi mezitím napsal, že zboží vymění.",
         sig="-- \nPetra Svobodová\nSvobodová Dárky s.r.o., Brno",
         hdr="Dne 24. 11. 26 v 10:00 Fang Yu napsal(a):",
         mnc=["Svobodová Dárky s.r.o.", "Fang Yu napsal(a):", "Thank you for your message."]),

    # -------------------------------------------------------------- Vietnamese
    dict(lang="vi", client="gmail", name="Nguyễn Văn An", addr="nguyenvanan.hn@gmail.com",
         new="Chào anh/chị,\nTên cửa hàng là \"Yiwu Hoa Mai Trading\", mã đơn hàng 66012398. Số điện thoại của tôi là +84 912 555 123.",
         hdr="Vào Th 2, 23 thg 11, 2026 vào lúc 10:00 Fang Yu <fangyu@yweca.org.example> đã viết:",
         mnc=["đã viết:", "Vào Th 2, 23 thg 11, 2026", "Your complaint has been registered as case"]),
    dict(lang="vi", client="outlook-web", name="Trần Thị Bình", addr="binh.tran@outlook.com", day=24,
         new="Cảm ơn quý trung tâm. Người bán vẫn chưa liên lạc với tôi.",
         hdr="________________________________\n"
             "Từ: Chen Jing <chenjing@yweca.org.example>\n"
             "Đã gửi: Thứ Ba, ngày 24 tháng 11 năm 2026 10:05\n"
             "Đến: Trần Thị Bình <binh.tran@outlook.com>\n"
             "Chủ đề: {SUBJ}", q="plain",
         mnc=["Đã gửi: Thứ Ba, ngày 24 tháng 11 năm 2026", "Từ: Chen Jing", "Before we can contact the merchant"]),
    dict(lang="vi", client="apple-mail-ios", name="Lê Minh Tuấn", addr="tuan.le@icloud.com", day=25,
         new="Mã đơn hàng: VN-20261120-18",
         sig="Gửi từ iPhone của tôi",
         hdr="> Vào 10:00, 25 thg 11, 2026, Fang Yu <fangyu@yweca.org.example> đã viết:\n>", hblank=False, bom=True,
         mnc=["Gửi từ iPhone của tôi", "đã viết:", "Thank you for your message."]),

    # -------------------------------------------------------------------- Thai
    dict(lang="th", client="gmail", name="สมชาย ใจดี", addr="somchai.j@gmail.com",
         new="สวัสดีครับ\nชื่อร้านคือ \"Yiwu Siam Gifts\" หมายเลขคำสั่งซื้อ 33019876 เบอร์โทรของผมคือ +66 81 555 1234",
         hdr="เมื่อ จ. 23 พ.ย. 2026 เวลา 10:00 Fang Yu <fangyu@yweca.org.example> เขียนว่า:",
         mnc=["เขียนว่า:", "เมื่อ จ. 23 พ.ย. 2026", "Your complaint has been registered as case"]),
    dict(lang="th", client="outlook-web", name="มาลี ศรีสุข", addr="malee.s@hotmail.com", day=24,
         new="ขอบคุณค่ะ ร้านค้ายังไม่ติดต่อกลับมาเลยค่ะ",
         hdr="________________________________\n"
             "จาก: Chen Jing <chenjing@yweca.org.example>\n"
             "ส่ง: 24 พฤศจิกายน 2569 10:05\n"
             "ถึง: มาลี ศรีสุข <malee.s@hotmail.com>\n"
             "เรื่อง: {SUBJ}", q="plain",
         mnc=["จาก: Chen Jing", "ส่ง: 24 พฤศจิกายน 2569 10:05", "Before we can contact the merchant"]),

    # -------------------------------------------------------------- Indonesian
    dict(lang="id", client="gmail", name="Budi Santoso", addr="budi.santoso@gmail.com",
         new="Selamat siang,\nnama tokonya \"Yiwu Mutiara Fashion\", nomor pesanan 77120098. Nomor HP saya +62 812 5555 1234.",
         hdr="Pada tanggal Sen, 23 Nov 2026 pukul 10.00 Fang Yu <fangyu@yweca.org.example> menulis:",
         mnc=["menulis:", "Pada tanggal Sen, 23 Nov 2026", "please send us:"]),
    dict(lang="id", client="yahoo-android", name="Siti Rahmawati", addr="siti.rahma@yahoo.co.id", day=24,
         new="Terima kasih. Apakah saya perlu mengirim bukti pembayaran?",
         sig="Dikirim dari Yahoo Mail di Android",
         hdr="  Pada Sel, 24 Nov 2026 pada 10:00, Fang Yu<fangyu@yweca.org.example> menulis:",
         mnc=["Dikirim dari Yahoo Mail di Android", "Fang Yu<fangyu@yweca.org.example> menulis:",
              "Thank you for your message."]),
]



# ---------------------------------------------------------------------------

def rfc2047(s, mode=None):
    """Encode s as RFC 2047 encoded words (UTF-8), split on character
    boundaries so that no word exceeds 75 characters."""
    if all(ord(c) < 128 for c in s):
        return s
    if mode is None:
        mode = "Q" if sum(ord(c) < 128 for c in s) > 0.7 * len(s) else "B"
    words, cur = [], ""

    def enc(chunk):
        b = chunk.encode("utf-8")
        if mode == "B":
            return "=?UTF-8?B?" + base64.b64encode(b).decode() + "?="
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and c.isalnum():
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "=?UTF-8?Q?" + "".join(out) + "?="

    for ch in s:
        if len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\r\n ".join(words)


def encode_subject(s):
    # keep an ASCII prefix ("Re: [YW-2026-00101] ") readable, encode the rest
    if all(ord(c) < 128 for c in s):
        return s
    i = 0
    for j, c in enumerate(s):
        if ord(c) >= 128:
            break
        if c == " ":
            i = j + 1
    head, tail = s[:i], s[i:]
    return head + rfc2047(tail, "B")


def msgid(client, addr, rng):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    dom = addr.split("@", 1)[1]
    if client.startswith("gmail"):
        return "<CA%s@mail.gmail.com>" % "".join(rng.choice(alnum + "+_-") for _ in range(44))
    if client.startswith("outlook"):
        a = "".join(rng.choice(alnum[:26] + alnum[52:]) for _ in range(20))
        b = "".join(rng.choice(alnum[:26] + alnum[52:]) for _ in range(4))
        return "<%s@AM%sPR07MB%04d.eurprd07.prod.outlook.com>" % (a, b, rng.randrange(10000))
    if client.startswith("apple"):
        h = "%032X" % rng.getrandbits(128)
        return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return "<%s.%d@%s>" % ("".join(rng.choice(alnum) for _ in range(16)),
                           rng.randrange(10**6, 10**7), dom)


def quote(lines, style, bom):
    out = []
    first = True
    for ln in lines:
        if first and ln and bom:
            ln = "\ufeff" + ln
        if ln:
            first = False
        if style == "plain":
            out.append(ln)
        elif style == "gt0":
            out.append(">" + ln)
        else:
            out.append("> " + ln if ln else ">")
    return out


def build(n, m):
    case = "YW-2026-%05d" % (100 + n)
    lang = m["lang"]
    ack_lang = m.get("ack", "en")
    subj_t, ack_t = ACK[ack_lang]
    ack_subj = subj_t.replace("{CASE}", case)
    sal = m.get("sal", m["name"])
    ack_lines = ack_t.replace("{CASE}", case).replace("{SAL}", sal).split("\n")

    def fill(s):
        return (s.replace("{CASE}", case).replace("{ME}", m["name"])
                .replace("{MA}", m["addr"]).replace("{SUBJ}", ack_subj))

    control = m.get("control")
    if control == "forward":
        body_lines = fill(m["body"]).strip("\n").split("\n")
        text = "\n".join(body_lines)
        subject = fill(m["subject"])
    else:
        subject = "Re: " + ack_subj
        body_lines = []
        if control == "inline":
            text = "\n".join(m["answers"])
        else:
            text = fill(m["new"]).strip("\n")
            body_lines += text.split("\n")
            body_lines.append("")
            if m.get("sig"):
                body_lines += m["sig"].split("\n")
                body_lines += [""] * m.get("gap", 1)
        body_lines += fill(m["hdr"]).split("\n")
        if m.get("hblank", True):
            body_lines.append("")
        q = quote(ack_lines, m.get("q", "gt"), m.get("bom", False))
        if control == "inline":
            # answers after the quoted items 1., 2., 3., set off by blank lines
            out, k = [], 0
            for raw, ql in zip(ack_lines, q):
                out.append(ql)
                if raw[:2] in ("1.", "2.", "3."):
                    out += ["", m["answers"][k], ""]
                    k += 1
            assert k == 3, n
            q = out
        body_lines += q

    rng = random.Random("th-%02d" % n)
    tz = m.get("tz", TZ[lang])
    day = m.get("day", 23)
    d = datetime.datetime(2026, 11, min(day + 1, 30), rng.randrange(8, 21),
                          rng.randrange(60), rng.randrange(60))
    date = d.strftime("%a, %d %b %Y %H:%M:%S ") + tz

    hdrs = [
        "MIME-Version: 1.0",
        "Date: " + date,
        "From: %s <%s>" % (rfc2047(m["name"]), m["addr"]),
        "To: " + STATION,
        "Subject: " + encode_subject(subject),
        "Message-ID: " + msgid(m["client"], m["addr"], rng),
    ]
    if control != "forward":
        hdrs += ["In-Reply-To: <ack-%d@yweca.org.example>" % (100 + n),
                 "References: <ack-%d@yweca.org.example>" % (100 + n)]
    hdrs += EXTRA_HEADERS.get(m["client"], [])
    hdrs += [
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    raw = "\r\n".join(hdrs) + "\r\n\r\n" + "\r\n".join(body_lines) + "\r\n"
    label = {
        "language": lang,
        "client": m["client"],
        "text": text,
        "must_not_contain": list(m.get("mnc", [])),
    }
    if control:
        label["control"] = control
    return raw.encode("utf-8"), label, "\n".join(body_lines)


def check(name, raw, label, body):
    errs = []
    text, mnc = label["text"], label["must_not_contain"]
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if label.get("control") == "inline":
        lines = body.split("\n")
        pos = 0
        for a in text.split("\n"):
            try:
                pos = lines.index(a, pos) + 1
            except ValueError:
                errs.append("answer line not in body: %r" % a)
    elif text not in body:
        errs.append("text not in body")
    if text != text.strip("\n") or not text.strip():
        errs.append("text has outer blank lines or is empty")
    if label.get("control") == "forward":
        if mnc:
            errs.append("forward with must_not_contain")
    elif not 2 <= len(mnc) <= 4:
        errs.append("must_not_contain has %d phrases" % len(mnc))
    for p in mnc:
        if p in text:
            errs.append("must_not_contain phrase in text: %r" % p)
        if p not in body:
            errs.append("must_not_contain phrase not in body: %r" % p)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Message-ID", "Date"):
        if msg[h] is None:
            errs.append("missing " + h)
    if msg.get_content().replace("\r\n", "\n").rstrip("\n") != body.rstrip("\n"):
        errs.append("decoded body differs")
    return errs


def main():
    labels = {}
    errs = []
    ids = set()
    for i, m in enumerate(MAILS, 1):
        name = "th-%02d.eml" % i
        raw, label, body = build(i, m)
        e = check(name, raw, label, body)
        mid = email.message_from_bytes(raw)["Message-ID"]
        if mid in ids:
            e.append("duplicate Message-ID")
        ids.add(mid)
        errs += ["%s: %s" % (name, x) for x in e]
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    per_lang = collections.Counter(l["language"] for l in labels.values())
    for lang in LANG_NAMES:
        if per_lang[lang] < 2:
            errs.append("language %s has %d mails" % (lang, per_lang[lang]))
    if set(per_lang) - set(LANG_NAMES):
        errs.append("unknown languages %s" % (set(per_lang) - set(LANG_NAMES)))
    ctl = collections.Counter(l.get("control") for l in labels.values())
    for c in ("separator", "forward", "inline"):
        if ctl[c] < 3:
            errs.append("only %d %s controls" % (ctl[c], c))
    if len(labels) < 72 or len(labels) > 99:
        errs.append("%d mails" % len(labels))
    print("%d mails" % len(labels))
    print("languages:", ", ".join("%s %d" % (k, per_lang[k]) for k in LANG_NAMES))
    print("clients:", ", ".join("%s %d" % kv for kv in
                                sorted(collections.Counter(l["client"] for l in labels.values()).items())))
    print("controls:", {k: [n for n, l in labels.items() if l.get("control") == k]
                        for k in ("separator", "forward", "inline")})
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
