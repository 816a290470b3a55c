#!/usr/bin/env python3
"""Generate the sixth-round reply evaluation messages (e6r-NN.eml) and
labels.json: consumer replies to the station's acknowledgement (subject
"[YW-2026-NNNNN] ...", the fill-in block 姓名 / Name:, 电话 / Phone:,
商家 / Merchant:, 店铺链接或商家电话 / Shop link or merchant phone:) from
QQ, 163, Gmail (English and Chinese), Outlook (-----Original Message-----,
From:/Sent: and 发件人/发送时间 blocks), Thunderbird, Apple Mail, iPhone
and Foxmail. The details come in free prose, in the copied fill-in block,
or both; some replies add nothing; some are written from a spouse's
mailbox, in the other language, or carry the case reference only in the
body; signatures (phones, company signatures, 发自我的iPhone), From
display names that are nicknames, QQ numbers or pinyin usernames, e-mail
addresses stated in the text versus header-only ones, postal addresses
versus bare cities. Only the new text counts. Labels follow the shared
README; run from anywhere: python3 gen.py. All people, shops and numbers
are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

STN = "义乌市电子商务协会消费者维权服务站"
STN_EN = "Yiwu E-Commerce Association Consumer Rights Service Station"

FIELDS = {"name": "姓名 / Name:", "phone": "电话 / Phone:", "merchant": "商家 / Merchant:",
          "contact": "店铺链接或商家电话 / Shop link or merchant phone:"}
ITEMS_ZH = {"name": "您的姓名", "phone": "您的联系电话", "merchant": "被投诉商家的名称",
            "contact": "商家的联系方式（店铺链接或商家电话）"}
ITEMS_EN = {"name": "your name", "phone": "your phone number", "merchant": "the name of the merchant",
            "contact": "the merchant's contact details (a link to the shop or the merchant's phone number)"}


def ack(ref, missing, subj, who=""):
    """The station's bilingual acknowledgement asking for missing items."""
    t = ("%s，您好：\n\n" % who if who else "您好：\n\n")
    t += "感谢您联系%s。我们已收到您的投诉，并已登记受理。\n\n案件编号：%s\n\n" % (STN, ref)
    t += "为了便于我们尽快处理，请补充以下信息：\n\n" + "".join("  - %s\n" % ITEMS_ZH[m] for m in missing)
    t += "\n请直接回复本邮件，回复时请保留邮件主题中的案件编号 [%s]，并在下方的填写栏中冒号后填写。\n\n" % ref
    t += "----------------------------------------\n\nHello,\n\n"
    t += "Thank you for contacting %s. We have received your complaint and registered it.\n\n" % STN_EN
    t += "Case reference: %s\n\nTo help us handle your case quickly, please send us the following:\n\n" % ref
    t += "".join("  - %s\n" % ITEMS_EN[m] for m in missing)
    t += "\nPlease reply to this e-mail, keep the case reference [%s] in the subject, and fill in the lines below after each colon.\n\n" % ref
    t += "来信主题 / Your subject: %s\n\n" % subj
    t += "".join(FIELDS[m] + "\n" for m in missing)
    t += "\n%s\n浙江省义乌市稠城街道宾王路158号电商服务中心3楼\n\n（本邮件由系统自动发送。This message was sent automatically.）\n" % STN
    return t


def q(text):
    return "".join(("> " + l if l else ">") + "\n" for l in text.rstrip("\n").split("\n"))


def qq_quote(date, to_nick, to_addr, subj, body):
    return ("\n\n------------------ 原始邮件 ------------------\n"
            "发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: \"%s\"<%s>;\n\n主题: %s\n\n\n\n%s"
            % (STN, STATION, date, to_nick, to_addr, subj, body))


def iphone(name, disp, addr, subject, text, date, msgid, **lab):
    """iPhone Mail: one UTF-8 quoted-printable text/plain part."""
    hdr = ["Return-Path: <%s>" % addr, received("smtpbgau1.qq.com", "203.0.113.91", date),
           "Content-Transfer-Encoding: quoted-printable",
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "Mime-Version: 1.0 (1.0)", "Date: " + date,
           "Subject: " + (ew(subject, "utf-8") if not subject.isascii() else subject),
           "Message-Id: <%s>" % msgid, "To: " + STATION, "X-Mailer: iPhone Mail (22D72)"]
    ct = "Content-Type: text/plain;\r\n\tcharset=utf-8\r\n"
    msg = "\r\n".join(hdr[:3]) + "\r\n" + ct + "\r\n".join(hdr[3:]) + "\r\n\r\n" + enc_body(text, "utf-8", "quoted-printable")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("latin-1"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def apple(name, disp, addr, subject, text, date, msgid, **lab):
    """Apple Mail: UTF-8 quoted-printable, format=flowed; delsp=yes."""
    hdr = [received("st43p00im-ztdg10061801.me.com", "203.0.113.61", date),
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "Content-Type: text/plain;\r\n\tcharset=utf-8;\r\n\tdelsp=yes;\r\n\tformat=flowed",
           "Content-Transfer-Encoding: quoted-printable", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))",
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8")), "Date: " + date,
           "Message-Id: <%s>" % msgid, "To: " + STATION, "X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
    msg = "\r\n".join(hdr) + "\r\n\r\n" + enc_body(text, "utf-8", "quoted-printable")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("latin-1"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def outlook_zh(name, disp, addr, subject, text, date, msgid, lang="zh-CN", **lab):
    """Outlook with an encoded display name and a Chinese or English UI."""
    hdr = [received("NAM12-DM6-obe.outbound.protection.outlook.com", "203.0.113.160", date),
           "From: %s <%s>" % (ew(disp, "utf-8") if not disp.isascii() else disp, addr),
           "To: \"tousu@yweca.org.example\" <tousu@yweca.org.example>",
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Thread-Topic: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Date: " + date, "Message-ID: <%s>" % msgid, "Accept-Language: %s, en-US" % lang,
           "Content-Language: " + lang, "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    ct, body = alt(text, "utf-8", "quoted-printable", "_000_%s_" % msgid[:20])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def netease_noname(name, addr, subject, text, date, msgid, **lab):
    netease(name, "", addr, subject, text, date, msgid, **lab)


# ---------------------------------------------------------------------------
# Chinese replies

S01 = "[YW-2026-00601] 投诉：买的积木缺件"
qq("e6r-01.eml", "小雨点", "2218830471@qq.com", "回复：" + S01,
   "你好，我的电话是 139 5792 6618，商家是“义乌市鼎盛玩具厂”，麻烦你们帮忙联系一下。\n"
   + qq_quote("2026年4月20日(星期一) 上午9:12", "小雨点", "2218830471@qq.com", S01,
              ack("YW-2026-00601", ["phone", "merchant"], "投诉：买的积木缺件")),
   "Mon, 20 Apr 2026 10:31:02 +0800", "tencent_1A2B3C4D5E6F708192A3B4C5D6E7F80910010601@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00601",
   comp={"phones": ["+8613957926618"]}, resp={"name": "义乌市鼎盛玩具厂"},
   must=["麻烦你们帮忙联系一下"], mustnot=["我们已收到您的投诉"],
   notes="QQ reply in prose (我的电话是…，商家是“…”); nickname From name; the station signature in the quote is nobody's")

S02 = "[YW-2026-00602] 投诉淘宝店卖的连衣裙起球"
netease_noname("e6r-02.eml", "xuchunyan1983@163.com", "Re:" + S02,
   "姓名 / Name: 徐春燕\n"
   "电话 / Phone: 0579-85412367\n"
   "商家 / Merchant: 美琪服饰\n"
   "店铺链接或商家电话 / Shop link or merchant phone: https://meiqi-fs.taobao.example\n"
   "\n\n\n\n\n"
   "在 2026-04-20 09:40:11，\"%s\" <%s> 写道：\n" % (STN, STATION)
   + q(ack("YW-2026-00602", ["name", "phone", "merchant", "contact"], "投诉淘宝店卖的连衣裙起球")),
   "Mon, 20 Apr 2026 12:02:45 +0800", "2c3d4e5f.6a7b.18f0a1b2c3d.Coremail.xuchunyan1983@163.com",
   kind="reply", language="zh", case_ref="YW-2026-00602",
   comp={"name": "徐春燕", "phones": ["+8657985412367"]},
   resp={"name": "美琪服饰", "urls": ["https://meiqi-fs.taobao.example"]},
   must=["美琪服饰"], mustnot=["感谢您联系"],
   notes="163 reply: the whole fill-in block copied and filled above the 在…写道 quote; no From display name")

S03 = "[YW-2026-00603] 投诉：保温杯不保温"
qq("e6r-03.eml", "静待花开", "jingdai_huakai@qq.com", "回复：" + S03,
   "好的，谢谢\n"
   + qq_quote("2026年4月21日(星期二) 下午3:05", "静待花开", "jingdai_huakai@qq.com", S03,
              "您好：\n\n感谢您联系%s。我们已收到您的投诉，并已登记受理。\n\n案件编号：YW-2026-00603\n\n"
              "我们会尽快核实处理，并通过邮件与您联系。商家“义乌市恒温日用品有限公司”（电话0579-85661234）已通知。\n\n%s\n" % (STN, STN)),
   "Tue, 21 Apr 2026 15:20:10 +0800", "tencent_2B3C4D5E6F708192A3B4C5D6E7F8091A20010603@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00603",
   must=["好的，谢谢"], mustnot=["已通知"],
   notes="A two-word reply adds nothing: the merchant and its phone appear only in the quote; nickname From name")

S04 = "[YW-2026-00604] 投诉：买的拖把杆断了"
outlook_zh("e6r-04.eml", "王建华", "wangjianhua@hotmail.example", "答复: " + S04,
   "收到，我等你们的消息。\n\n王建华\n\n"
   "________________________________\n"
   "发件人: %s <%s>\n发送时间: 2026年4月21日 10:02\n收件人: 王建华 <wangjianhua@hotmail.example>\n主题: %s\n\n" % (STN, STATION, S04)
   + ack("YW-2026-00604", ["contact"], "投诉：买的拖把杆断了", who="王建华")
   + "\n\n发件人: 王建华 <wangjianhua@hotmail.example>\n发送时间: 2026年4月20日 18:30\n收件人: %s\n主题: 投诉：买的拖把杆断了\n\n"
     "我在“洁美家居”买的拖把杆用两天就断了，商家电话13705791234，我的电话13867931100。\n" % STATION,
   "Wed, 22 Apr 2026 08:15:33 +0800", "TY0PR06MB4321A1B2C3D4E5F6A7B8C9D0E1F2@TY0PR06MB4321.apcprd06.prod.outlook.example",
   kind="reply", language="zh", case_ref="YW-2026-00604",
   comp={"name": "王建华"},
   must=["我等你们的消息"], mustnot=["拖把杆用两天就断了"],
   notes="Chinese Outlook reply with 发件人/发送时间 blocks; the earlier complaint with both phones is only quoted; the signature name counts")

S05 = "[YW-2026-00605] 投诉五金店卖的电钻是坏的"
netease("e6r-05.eml", "李强", "liqiang_77@163.com", "Re:" + S05,
   "您好，这是我老公的邮箱，我是投诉人张丽，手机13857912233。\n"
   "商家是“金源五金店”，店铺链接在这里 https://jinyuan-wj.1688.example/page/index.html\n"
   "\n\n\n"
   "在 2026-04-21 11:20:05，\"%s\" <%s> 写道：\n" % (STN, STATION)
   + q(ack("YW-2026-00605", ["name", "phone", "merchant", "contact"], "投诉五金店卖的电钻是坏的")),
   "Wed, 22 Apr 2026 09:44:18 +0800", "3d4e5f60.7b8c.18f0b2c3d4e.Coremail.liqiang_77@163.com",
   kind="reply", language="zh", case_ref="YW-2026-00605",
   comp={"name": "张丽", "phones": ["+8613857912233"]},
   resp={"name": "金源五金店", "urls": ["https://jinyuan-wj.1688.example/page/index.html"]},
   must=["这是我老公的邮箱"], mustnot=["请补充以下信息"],
   notes="Written from the husband's mailbox: the self-introduced name (我是投诉人张丽) wins over the From display name; 店铺链接在这里 URL")

S06 = "[YW-2026-00606] Complaint: LED lamp stopped working"
thunder("e6r-06.eml", "陈晓东", "chenxd@mailbox.example", "Re: " + S06,
   "你好，我的电话是18606891234，商家是义乌市华艺工艺品有限公司，他们的客服电话0579-85296677。\n"
   "\n陈晓东\n\n"
   "On 4/22/26 9:00 AM, %s wrote:\n" % STN_EN
   + q("Hello,\n\nThank you for contacting %s. We have received your complaint and registered it.\n\n"
       "Case reference: YW-2026-00606\n\nPlease send us your phone number and the name of the merchant.\n\n"
       "电话 / Phone:\n商家 / Merchant:\n\n%s\n" % (STN_EN, STN)),
   "Wed, 22 Apr 2026 20:11:07 +0800", "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70606@mailbox.example",
   kind="reply", language="zh", case_ref="YW-2026-00606",
   comp={"name": "陈晓东", "phones": ["+8618606891234"]},
   resp={"name": "义乌市华艺工艺品有限公司", "phones": ["+8657985296677"]},
   must=["他们的客服电话"], mustnot=["We have received your complaint"],
   notes="Chinese reply to an English acknowledgement (Thunderbird, On … wrote:); 他们的客服电话 is the merchant's")

S07 = "[YW-2026-00607] 投诉：买的童鞋开胶"
iphone("e6r-07.eml", "wangnan1990", "wangnan1990@icloud.example", "回复：" + S07,
   "13967912345\n\n发自我的iPhone\n\n"
   "> 在 2026年4月23日，10:05，%s <%s> 写道：\n>\n" % (STN, STATION)
   + q(ack("YW-2026-00607", ["phone"], "投诉：买的童鞋开胶")),
   "Thu, 23 Apr 2026 10:40:51 +0800", "A1B2C3D4-E5F6-4789-9ABC-DEF012340607@icloud.example",
   kind="reply", language="zh", case_ref="YW-2026-00607",
   comp={"phones": ["+8613967912345"]},
   must=["13967912345"], mustnot=["感谢您联系"],
   notes="A bare mobile number as the whole reply (iPhone, 发自我的iPhone); pinyin-username From name is no name")

foxmail("e6r-08.eml", "胡永军", "huyongjun@foxmail.com", "关于我的投诉",
   "您好：\n我的案件编号是YW-2026-00608，补充一下商家电话：0579-85229876，店铺地址：义乌市福田街道商城大道L88号。\n"
   "\n\n\nhuyongjun@foxmail.com\n"
   " \n发件人： %s\n发送时间： 2026-04-22 16:40\n收件人： huyongjun\n主题： [YW-2026-00608] 投诉：电饭煲内胆掉漆\n" % STN
   + "您好：\n感谢您联系%s。请补充商家的联系方式（店铺链接或商家电话）。\n店铺链接或商家电话 / Shop link or merchant phone:\n\n%s\n" % (STN, STN),
   "Thu, 23 Apr 2026 08:02:44 +0800", "202604230802448831125@foxmail.com",
   kind="reply", language="zh", case_ref="YW-2026-00608",
   comp={"name": "胡永军", "emails": ["huyongjun@foxmail.com"]},
   resp={"phones": ["+8657985229876"], "address": "义乌市福田街道商城大道L88号"},
   must=["补充一下商家电话"], mustnot=["请补充商家的联系方式"],
   notes="Foxmail reply whose subject lost the reference: the case reference is only in the body; Foxmail puts the account address into the signature above the quote (a client signature address counts); personal From name")

S09 = "[YW-2026-00609] 投诉：网购的电风扇异响"
qq("e6r-09.eml", "海涛", "zhouhaitao_88@qq.com", "回复：" + S09,
   "商家的电话是0579-85321456，店名叫“恒发日用百货”。\n\n\n"
   "-------------\n周海涛\n15868901122\n"
   + qq_quote("2026年4月23日(星期四) 上午11:30", "海涛", "zhouhaitao_88@qq.com", S09,
              ack("YW-2026-00609", ["merchant", "contact"], "投诉：网购的电风扇异响")),
   "Thu, 23 Apr 2026 14:08:12 +0800", "tencent_3C4D5E6F708192A3B4C5D6E7F8091A2B30010609@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00609",
   comp={"name": "周海涛", "phones": ["+8615868901122"]},
   resp={"name": "恒发日用百货", "phones": ["+8657985321456"]},
   must=["店名叫"], mustnot=["为了便于我们尽快处理"],
   notes="QQ signature after a ------------- separator: the name and the bare mobile in the consumer's own signature are the complainant's")

S10 = "[YW-2026-00610] 投诉：茶叶发霉"
netease("e6r-10.eml", "张伟", "zhangwei1985@163.com", "Re:" + S10,
   "您好，我叫张伟，电话15157988123。这个邮箱我不常用，以后请回复到 zhangwei_work@126.com。\n"
   "商家：茗香茶行，电话 0579-85473321，地址：义乌市稠江街道杨村路288号\n"
   "\n\n"
   "在 2026-04-23 08:30:00，\"%s\" <%s> 写道：\n" % (STN, STATION)
   + q(ack("YW-2026-00610", ["phone", "merchant", "contact"], "投诉：茶叶发霉")),
   "Thu, 23 Apr 2026 19:25:40 +0800", "4e5f6071.8c9d.18f0c3d4e5f.Coremail.zhangwei1985@163.com",
   kind="reply", language="zh", case_ref="YW-2026-00610",
   comp={"name": "张伟", "phones": ["+8615157988123"], "emails": ["zhangwei_work@126.com"]},
   resp={"name": "茗香茶行", "phones": ["+8657985473321"], "address": "义乌市稠江街道杨村路288号"},
   must=["请回复到"], mustnot=["案件编号：YW-2026-00610"],
   notes="请回复到 an address stated in the text is the complainant's e-mail; 商家：X, 电话, 地址 on one line are the merchant's")

S11 = "[YW-2026-00611] 投诉直播间买的羊毛衫缩水"
qq("e6r-11.eml", "1594872230", "1594872230@qq.com", "回复：" + S11,
   "姓名 / Name: 刘晓红\n电话 / Phone: 18857961203\n商家 / Merchant: 抖音“暖羊羊羊毛衫工厂店”\n"
   "店铺链接或商家电话 / Shop link or merchant phone: 商家电话13706893344\n"
   "收货地址：江苏省苏州市吴中区木渎镇金山路66号3幢201室\n"
   + qq_quote("2026年4月24日(星期五) 上午8:50", "1594872230", "1594872230@qq.com", S11,
              ack("YW-2026-00611", ["name", "phone", "merchant", "contact"], "投诉直播间买的羊毛衫缩水")),
   "Fri, 24 Apr 2026 09:33:27 +0800", "tencent_4D5E6F708192A3B4C5D6E7F8091A2B3C40010611@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00611",
   comp={"name": "刘晓红", "phones": ["+8618857961203"], "address": "江苏省苏州市吴中区木渎镇金山路66号3幢201室"},
   resp={"name": "暖羊羊羊毛衫工厂店", "phones": ["+8613706893344"]},
   must=["收货地址"], mustnot=["登记受理"],
   notes="Filled-in block plus a 收货地址 line; the QQ number as From name is no name; platform and quotes stripped from the merchant")

S12 = "[YW-2026-00612] 投诉：收到的花瓶碎了"
gmail("e6r-12.eml", "赵敏", "zhaomin.sz@gmail.com", "Re: " + S12,
   "你好，\n补充信息如下：\n电话：13612345678\n商家：义乌市青瓷工艺品店，店铺链接 https://qingci-gyp.taobao.example\n"
   "我住在深圳。\n\n赵敏\n\n"
   "%s <%s> 于2026年4月24日周五 09:15写道：\n\n" % (STN, STATION)
   + q(ack("YW-2026-00612", ["phone", "merchant", "contact"], "投诉：收到的花瓶碎了")),
   "Fri, 24 Apr 2026 13:47:02 +0800", "CAJ8m3Q1pW5r7T9vX2zB4dF6hK8mN0qS2uW4yA6cE8gI0k@mail.gmail.com", subj_enc=True,
   kind="reply", language="zh", case_ref="YW-2026-00612",
   comp={"name": "赵敏", "phones": ["+8613612345678"]},
   resp={"name": "义乌市青瓷工艺品店", "urls": ["https://qingci-gyp.taobao.example"]},
   must=["补充信息如下"], mustnot=["为了便于我们尽快处理"],
   notes="Gmail Chinese UI (于…写道); a bare city (我住在深圳) is no address")

S13 = "[YW-2026-00613] 投诉：电子秤不准"
foxmail("e6r-13.eml", "义乌市乐购电子商行", "legou_shop@foxmail.com", "回复：" + S13,
   "您好，我是钱文斌，这个是我们店里的邮箱。被投诉的是“精准衡器厂”，他们的新电话是0579-85998877（原来的号码停机了）。\n"
   "我的手机：13819967722\n"
   "\n\n\n"
   "发件人： %s\n发送时间： 2026-04-24 10:20\n收件人： legou_shop\n主题： %s\n" % (STN, S13)
   + ack("YW-2026-00613", ["phone", "merchant", "contact"], "投诉：电子秤不准"),
   "Fri, 24 Apr 2026 16:12:40 +0800", "202604241612402210344@foxmail.com",
   kind="reply", language="zh", case_ref="YW-2026-00613",
   comp={"name": "钱文斌", "phones": ["+8613819967722"]},
   resp={"name": "精准衡器厂", "phones": ["+8657985998877"]},
   must=["原来的号码停机了"], mustnot=["登记受理"],
   notes="From a shop mailbox (shop From name is no personal name) with a self-introduction; the merchant's new phone (他们的新电话) is the merchant's")

S14 = "[YW-2026-00614] 投诉：充电宝鼓包"
qq("e6r-14.eml", "阿 杰", "ajie_0725@qq.com", "回复：" + S14,
   "本人孙杰，联系电话 177 5791 0088。\n"
   "商家就是我原来信里说的那家。\n"
   + qq_quote("2026年4月24日(星期五) 下午2:00", "阿 杰", "ajie_0725@qq.com", S14,
              ack("YW-2026-00614", ["name", "phone"], "投诉：充电宝鼓包")
              + "\n\n------------------ 原始邮件 ------------------\n发件人: \"阿 杰\"<ajie_0725@qq.com>;\n"
                "发送时间: 2026年4月24日(星期五) 中午12:10\n收件人: \"%s\"<%s>;\n\n主题: 投诉：充电宝鼓包\n\n\n\n"
                "在“极速数码配件店”买的充电宝鼓包了，商家电话0579-85123098。\n" % (STATION, STATION)),
   "Fri, 24 Apr 2026 17:30:55 +0800", "tencent_5E6F708192A3B4C5D6E7F8091A2B3C4D50010614@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00614",
   comp={"name": "孙杰", "phones": ["+8617757910088"]},
   must=["本人孙杰"], mustnot=["充电宝鼓包了"],
   notes="本人 self-introduction; the merchant is referred to only (那家) and named only in the nested quoted complaint")

S15 = "[YW-2026-00615] 投訴：網購的手錶停走"
big5("e6r-15.eml", "黃志明", "wongchiming@netvigator.example", "回覆: " + S15,
   "你好，我的電話是 +852 6123 4567，商家是「時尚錶行」，網址 https://fashionwatch.hk.example/shop 。\n"
   "\n黃志明\n\n"
   "-----Original Message-----\nFrom: %s [mailto:%s]\nSent: Friday, April 24, 2026 11:00 AM\nTo: wongchiming@netvigator.example\n"
   "Subject: %s\n\n" % (STN_EN, STATION, S15)
   + "您好：\n感謝您聯繫我們。請補充：\n電話 / Phone:\n商家 / Merchant:\n\n義烏市電子商務協會消費者維權服務站\n電話：0579-85550188\n",
   "Sat, 25 Apr 2026 10:05:22 +0800", "000201dcd4a1$6b7c8d90$a1b2c3d4$@netvigator.example",
   kind="reply", language="zh", case_ref="YW-2026-00615",
   comp={"name": "黃志明", "phones": ["+85261234567"]},
   resp={"name": "時尚錶行", "urls": ["https://fashionwatch.hk.example/shop"]},
   must=["時尚錶行"], mustnot=["感謝您聯繫我們"],
   notes="Big5 Outlook reply from Hong Kong: -----Original Message----- block; 「」 quotes stripped; URL ends before ' 。'")

S16 = "[YW-2026-00616] 投诉：面膜过敏"
iphone("e6r-16.eml", "lily_c", "lily_chen_92@icloud.example", "回复：" + S16,
   "好的，收到，谢谢！我等商家联系。\n\n发自我的iPhone\n\n"
   "> 在 2026年4月25日，09:30，%s <%s> 写道：\n>\n" % (STN, STATION)
   + q("您好：\n商家“美肌小屋”已同意退款，客服电话0579-85337788，请您留意。\n\n%s\n" % STN),
   "Sat, 25 Apr 2026 11:12:09 +0800", "B2C3D4E5-F6A7-4890-ABCD-EF0123450616@icloud.example",
   kind="reply", language="zh", case_ref="YW-2026-00616",
   must=["我等商家联系"], mustnot=["已同意退款"],
   notes="A thank-you reply from iPhone: merchant name and phone appear only in the quote; username From name")

# ---------------------------------------------------------------------------
# English replies

S17 = "[YW-2026-00617] Complaint: broken toy drone"
gmail("e6r-17.eml", "Oliver Grant", "oliver.grant.uk@gmail.com", "Re: " + S17,
   "Hi,\n\nMy number is +44 7700 900412. The seller is Golden Bridge Trading, their phone is +86 579 8512 3400.\n\n"
   "Thanks,\nOliver Grant\n\n"
   "On Sat, Apr 25, 2026 at 9:40 AM %s <%s> wrote:\n\n" % (STN, STATION)
   + q(ack("YW-2026-00617", ["phone", "merchant", "contact"], "Complaint: broken toy drone")),
   "Sat, 25 Apr 2026 08:02:17 +0100", "CAK9n4R2qX6s8U0wY3aC5eG7iL9nP1rT3vX5zB7dF9hJ1l@mail.gmail.com",
   kind="reply", language="en", case_ref="YW-2026-00617",
   comp={"name": "Oliver Grant", "phones": ["+447700900412"]},
   resp={"name": "Golden Bridge Trading", "phones": ["+8657985123400"]},
   must=["My number is"], mustnot=["We have received your complaint"],
   notes="English prose reply (My number is …, The seller is …, their phone is …) above a Gmail quote of the bilingual acknowledgement")

S18 = "[YW-2026-00618] Complaint about phone cases"
outlook("e6r-18.eml", "DO Imports Ltd", "info@doimports.example", "RE: " + S18,
   "Thanks, waiting for news.\n\nSent from my Huawei phone\n\n"
   "-----Original Message-----\nFrom: %s <%s>\nSent: Saturday, April 25, 2026 10:15 AM\nTo: info@doimports.example\n"
   "Subject: %s\n\n" % (STN, STATION, S18)
   + "Hello,\n\nThe merchant Bright Case Factory (tel. +86 579 8577 1020) has agreed to look into your complaint.\n\n%s\n" % STN_EN,
   "Sat, 25 Apr 2026 12:44:31 +0000", "DB9PR02MB7788A1B2C3D4E5F6A7B8C9D0E1F2@DB9PR02MB7788.eurprd02.prod.outlook.example",
   kind="reply", language="en", case_ref="YW-2026-00618",
   must=["waiting for news"], mustnot=["has agreed to look into"],
   notes="A reply that adds nothing; company From name is no personal name; 'Sent from my Huawei phone' is no name; the merchant is only quoted")

S19 = "[YW-2026-00619] Complaint: wrong colour curtains"
apple("e6r-19.eml", "Mia", "mia.t@icloud.example", "Re: " + S19,
   "Hi, this is Mia Thompson again. The merchant is Blue Ocean Home Textiles, their number is +86 579 8555 1234.\n\n"
   "Thanks,\nMia\n\n"
   "> On 25 Apr 2026, at 11:00, %s <%s> wrote:\n>\n" % (STN, STATION)
   + q(ack("YW-2026-00619", ["merchant", "contact"], "Complaint: wrong colour curtains")),
   "Sun, 26 Apr 2026 07:31:40 +1000", "4F5A6B7C-8D9E-4A0B-1C2D-3E4F5A6B0619@icloud.example",
   kind="reply", language="en", case_ref="YW-2026-00619",
   comp={"name": "Mia Thompson"},
   resp={"name": "Blue Ocean Home Textiles", "phones": ["+8657985551234"]},
   must=["this is Mia Thompson"], mustnot=["registered it"],
   notes="Apple Mail (flowed, delsp): 'this is Mia Thompson' and a first-name signature: the fullest form wins")

S20 = "[YW-2026-00620] Complaint: shoes fell apart"
outlook("e6r-20.eml", "Carlos Mendez", "carlos.mendez@outlook.example", "RE: " + S20,
   "Hello,\n\nName: Carlos Mendez\nPhone: +34 612 345 678\nMerchant: Sunny Footwear Co.\n"
   "Shop link or merchant phone: https://sunnyfootwear.en.alibaba.example\n\n"
   "You can also reach me at carlos.m@proton.example.\n\n"
   "Shipping address:\nCalle de Alcalá 123, 4B\n28009 Madrid\nSpain\n\nRegards,\nCarlos\n\n"
   "________________________________\nFrom: %s <%s>\nSent: Sunday, April 26, 2026 9:00 AM\nTo: Carlos Mendez <carlos.mendez@outlook.example>\n"
   "Subject: %s\n\n" % (STN, STATION, S20)
   + ack("YW-2026-00620", ["name", "phone", "merchant", "contact"], "Complaint: shoes fell apart"),
   "Sun, 26 Apr 2026 11:20:05 +0200", "AM0PR07MB5566B2C3D4E5F6A7B8C9D0E1F2A3@AM0PR07MB5566.eurprd07.prod.outlook.example",
   kind="reply", language="en", case_ref="YW-2026-00620",
   comp={"name": "Carlos Mendez", "phones": ["+34612345678"], "emails": ["carlos.m@proton.example"],
         "address": "Calle de Alcalá 123, 4B, 28009 Madrid, Spain"},
   resp={"name": "Sunny Footwear Co.", "urls": ["https://sunnyfootwear.en.alibaba.example"]},
   must=["You can also reach me at"], mustnot=["registered it"],
   notes="Filled-in block with only the English labels; 'reach me at' e-mail counts; a multi-line Shipping address is joined with ', '; Outlook From:/Sent: block")

S21 = "[YW-2026-00621] 投诉：玩具车电池漏液"
gmail("e6r-21.eml", "Priya Nair", "priya.nair.blr@gmail.com", "Re: " + S21,
   "Hello, sorry, I don't read Chinese well.\n\nMy name is Priya Nair and my phone is +91 98450 12345. "
   "The shop is called Happy Kids Toys Store, link: https://happykids.aliexpress.example/store/1102938\n\n"
   "Regards,\nPriya\n\n"
   "%s <%s> 于2026年4月26日周日 10:00写道：\n\n" % (STN, STATION)
   + q("您好：\n我们已收到您的投诉。请补充您的电话和商家名称。\n电话 / Phone:\n商家 / Merchant:\n\n%s\n电话：0579-85550188\n" % STN),
   "Sun, 26 Apr 2026 14:05:33 +0530", "CAM1p6T3sZ8u0W2yA5cE7gI9kM1oQ3sU5wY7aC9eG1iK3m@mail.gmail.com",
   kind="reply", language="en", case_ref="YW-2026-00621",
   comp={"name": "Priya Nair", "phones": ["+919845012345"]},
   resp={"name": "Happy Kids Toys Store", "urls": ["https://happykids.aliexpress.example/store/1102938"]},
   must=["I don't read Chinese well"], mustnot=["我们已收到您的投诉"],
   notes="English reply to a Chinese acknowledgement (Gmail 于…写道 attribution); 'The shop is called X'")

S22 = "[YW-2026-00622] Complaint: faulty hair dryer"
thunder("e6r-22.eml", "Mark Walker", "mark.walker@mailbox.example", "Re: " + S22,
   "Hi,\n\nThis is Jennifer Walker, writing from my husband's account. My mobile is +1 (312) 555-0147.\n"
   "Please ask Sunrise Electric (tel. +86 579 8542 6610) to send a replacement.\n\n"
   "Jennifer\n\n"
   "On 4/26/26 8:15 PM, %s wrote:\n" % STN_EN
   + q(ack("YW-2026-00622", ["phone", "contact"], "Complaint: faulty hair dryer")),
   "Sun, 26 Apr 2026 09:50:12 -0500", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b0622@mailbox.example",
   kind="reply", language="en", case_ref="YW-2026-00622",
   comp={"name": "Jennifer Walker", "phones": ["+13125550147"]},
   resp={"name": "Sunrise Electric", "phones": ["+8657985426610"]},
   must=["writing from my husband's account"], mustnot=["registered it"],
   notes="Written from the husband's mailbox: the self-introduction wins over the From name; 'Please ask X (tel. …)' gives the merchant and its phone")

S23 = "[YW-2026-00623] Complaint: missing items in order"
outlook("e6r-23.eml", "Ahmed Hassan", "ahmed.hassan@outlook.example", "RE: " + S23,
   "Dear team,\n\nPlease ask Sunrise Toys (tel. +86 579 8511 2203) to send me the invoice for order SR-7781.\n\n"
   "Best regards,\nAhmed Hassan\nProcurement Manager\nGulf Star Trading LLC\nTel: +971 4 321 7788\n"
   "Office 905, Al Fattan Tower, Sheikh Zayed Road, Dubai, UAE\n\n"
   "-----Original Message-----\nFrom: %s <%s>\nSent: Monday, April 27, 2026 8:30 AM\nTo: Ahmed Hassan <ahmed.hassan@outlook.example>\n"
   "Subject: %s\n\n" % (STN, STATION, S23)
   + ack("YW-2026-00623", ["contact"], "Complaint: missing items in order"),
   "Mon, 27 Apr 2026 10:02:44 +0400", "DU2PR01MB9900C3D4E5F6A7B8C9D0E1F2A3B4@DU2PR01MB9900.eurprd01.prod.outlook.example",
   kind="reply", language="en", case_ref="YW-2026-00623",
   comp={"name": "Ahmed Hassan", "phones": ["+97143217788"], "address": "Office 905, Al Fattan Tower, Sheikh Zayed Road, Dubai, UAE"},
   resp={"name": "Sunrise Toys", "phones": ["+8657985112203"]},
   order={"number": "SR-7781"},
   must=["send me the invoice"], mustnot=["registered it"],
   notes="'Please ask X (tel. …)': the merchant named as the object of 'ask', its phone in parentheses; company signature with the writer's phone and street address")

S24 = "[YW-2026-00624] Complaint: bicycle helmet cracked"
gmail("e6r-24.eml", "kiwi_rider88", "kiwi_rider88@gmail.com", "Re: " + S24,
   "Thanks! I'll wait.\n\nSent from my iPhone\n\n"
   "On Mon, Apr 27, 2026 at 2:00 PM %s <%s> wrote:\n\n" % (STN, STATION)
   + q("Hello,\n\nWe have contacted SafeRide Sports (phone +86 138 5791 2200). They will reply within 3 days.\n\n%s\n" % STN_EN),
   "Mon, 27 Apr 2026 19:30:00 +1200", "CAN2q7U4tA9v1X3zB6dF8hJ0lN2pR4tV6xZ8bD0fH2jL4n@mail.gmail.com",
   kind="reply", language="en", case_ref="YW-2026-00624",
   must=["I'll wait"], mustnot=["We have contacted SafeRide"],
   notes="Very short reply with 'Sent from my iPhone'; username From name; merchant only in the quote")

S25 = "[YW-2026-00625] Complaint: garden tools rusted"
outlook("e6r-25.eml", "Hannah Schmidt", "h.schmidt@web.example", "AW: " + S25,
   "Hello,\n\nThe seller is Evergreen Garden Tools Co., Ltd. and their shop is https://evergreen-tools.1688.example . "
   "My phone: +49 171 2345678.\n\nI live in Munich.\n\nHannah\n\n"
   "-----Original Message-----\nFrom: %s <%s>\nSent: Monday, April 27, 2026 9:10 AM\nTo: h.schmidt@web.example\n"
   "Subject: %s\n\n" % (STN, STATION, S25)
   + ack("YW-2026-00625", ["phone", "merchant", "contact"], "Complaint: garden tools rusted"),
   "Mon, 27 Apr 2026 15:22:18 +0200", "FR3P281MB1122D4E5F6A7B8C9D0E1F2A3B4C5@FR3P281MB1122.DEUP281.prod.outlook.example",
   kind="reply", language="en", case_ref="YW-2026-00625",
   comp={"name": "Hannah Schmidt", "phones": ["+491712345678"]},
   resp={"name": "Evergreen Garden Tools Co., Ltd.", "urls": ["https://evergreen-tools.1688.example"]},
   must=["The seller is Evergreen"], mustnot=["registered it"],
   notes="First-name signature 'Hannah' is the From name's first word: the From display name gives the fuller form; 'I live in Munich' is no address")

S26 = "[YW-2026-00626] 投诉：床垫有异味"
qq("e6r-26.eml", "Grace", "grace_lin@qq.com", "Re: " + S26,
   "Hi, I'm Grace Lin. Sorry I can only write English. My phone is 135 7190 2266 (China mobile).\n"
   "The merchant is 梦乡家纺旗舰店.\n"
   + qq_quote("2026年4月27日(星期一) 下午4:40", "Grace", "grace_lin@qq.com", S26,
              ack("YW-2026-00626", ["phone", "merchant"], "投诉：床垫有异味")),
   "Mon, 27 Apr 2026 21:15:30 +0800", "tencent_6F708192A3B4C5D6E7F8091A2B3C4D5E60010626@qq.com",
   kind="reply", language="en", case_ref="YW-2026-00626",
   comp={"name": "Grace Lin", "phones": ["+8613571902266"]},
   resp={"name": "梦乡家纺旗舰店"},
   must=["I can only write English"], mustnot=["登记受理"],
   notes="English reply from QQ Mail quoting a Chinese message; an English text naming a Chinese shop is en")

S27 = "[YW-2026-00627] Complaint: LED strip lights"
gmail("e6r-27.eml", "Tom Becker", "tom.becker.nz@gmail.com", "Re: " + S27,
   "Hi,\n\nMy number is +64 21 555 0198 and the merchant's new number is +86 135 6789 0011 (the old one no longer works).\n\n"
   "Tom\n--\nTom Becker | Becker Electrical Ltd\nbecker-electrical.example | +64 9 555 0102\n\n"
   "On Tue, Apr 28, 2026 at 10:00 AM %s <%s> wrote:\n\n" % (STN, STATION)
   + q(ack("YW-2026-00627", ["phone", "contact"], "Complaint: LED strip lights")),
   "Tue, 28 Apr 2026 12:30:45 +1200", "CAP3r8V5uB0w2Y4aC7eG9iK1mO3qS5uW7yA9cE1gI3kM5o@mail.gmail.com",
   kind="reply", language="en", case_ref="YW-2026-00627",
   comp={"name": "Tom Becker", "phones": ["+64215550198", "+6495550102"]},
   resp={"phones": ["+8613567890011"]},
   must=["the old one no longer works"], mustnot=["registered it"],
   notes="The merchant's new number; the writer's own number and the one in his company signature are both his; 'Tom' then the fuller 'Tom Becker'")

foxmail("e6r-28.eml", "冯小刚", "fengxg@foxmail.com", "补充资料 YW-2026-00628",
   "工作人员你好：\n"
   "商家名称：义乌市新世纪塑料制品厂\n"
   "商家电话：0579-85601122\n"
   "我的地址：浙江省杭州市西湖区文三路90号东部软件园2号楼501\n"
   "冯小刚\n电话：13906781234\n",
   "Tue, 28 Apr 2026 09:10:22 +0800", "202604280910224471238@foxmail.com",
   kind="reply", language="zh", case_ref="YW-2026-00628",
   comp={"name": "冯小刚", "phones": ["+8613906781234"], "address": "浙江省杭州市西湖区文三路90号东部软件园2号楼501"},
   resp={"name": "义乌市新世纪塑料制品厂", "phones": ["+8657985601122"]},
   must=["商家名称"],
   notes="A new message (no quote) with the reference only in the subject: still a reply; labelled details count")

S29 = "[YW-2026-00629] 投诉：快递丢件商家不管"
netease("e6r-29.eml", "星星点灯", "xingxingdiandeng@126.com", "Re:" + S29,
   "这是我女儿的邮箱，我用它回复一下：我叫何秀英，电话是0579-85203311，商家叫“好运来百货”，店铺链接在这里 https://haoyunlai.pinduoduo.example/shop?id=55021\n"
   "\n\n"
   "在 2026-04-28 10:10:10，\"%s\" <%s> 写道：\n" % (STN, STATION)
   + q(ack("YW-2026-00629", ["name", "phone", "merchant", "contact"], "投诉：快递丢件商家不管")),
   "Tue, 28 Apr 2026 20:40:02 +0800", "5f607182.9dae.18f0d4e5f60.Coremail.xingxingdiandeng@126.com",
   kind="reply", language="zh", case_ref="YW-2026-00629",
   comp={"name": "何秀英", "phones": ["+8657985203311"]},
   resp={"name": "好运来百货", "urls": ["https://haoyunlai.pinduoduo.example/shop?id=55021"]},
   must=["这是我女儿的邮箱"], mustnot=["登记受理"],
   notes="The complainant writes from her daughter's mailbox (我叫何秀英); nickname From name")

S30 = "[YW-2026-00630] 投诉：榨汁机漏水"
outlook_zh("e6r-30.eml", "Jason Wu", "jason.wu@company.example", "答复: " + S30,
   "您好，\n\n我的电话：+86 186 5791 4433\n商家 / Merchant: 义乌市美厨电器有限公司\n\n"
   "此致\n吴建新\n\n"
   "发件人: %s <%s>\n发送时间: 2026年4月28日 14:20\n收件人: Jason Wu <jason.wu@company.example>\n主题: %s\n\n" % (STN, STATION, S30)
   + ack("YW-2026-00630", ["phone", "merchant"], "投诉：榨汁机漏水"),
   "Wed, 29 Apr 2026 09:05:18 +0800", "SG2PR04MB3344E5F6A7B8C9D0E1F2A3B4C5D6@SG2PR04MB3344.apcprd04.prod.outlook.example",
   kind="reply", language="zh", case_ref="YW-2026-00630",
   comp={"name": "吴建新", "phones": ["+8618657914433"]},
   resp={"name": "义乌市美厨电器有限公司"},
   must=["此致"], mustnot=["登记受理"],
   notes="Chinese signature name after 此致 wins over the English From display name; only one fill-in line copied")

# ---------------------------------------------------------------------------
# Second batch

S31 = "[YW-2026-00631] 投诉：买的收纳箱破损"
netease("e6r-31.eml", "刘德明", "ldm_yw@126.com", "Re:" + S31,
   "工作人员好，鄙人刘德明，补充如下：\n"
   "电话 / Phone: +86 139-5792-0856\n"
   "商家 / Merchant: 义乌市安居塑料制品厂\n"
   "店铺链接或商家电话 / Shop link or merchant phone: 商家新电话 0579-85770021\n"
   "\n此致\n敬礼\n刘德明\n\n\n"
   "在 2026-04-29 09:00:00，\"%s\" <%s> 写道：\n" % (STN, STATION)
   + q(ack("YW-2026-00631", ["phone", "merchant", "contact"], "投诉：买的收纳箱破损")),
   "Wed, 29 Apr 2026 10:12:40 +0800", "6a718293.aebf.18f0e5f6071.Coremail.ldm_yw@126.com",
   kind="reply", language="zh", case_ref="YW-2026-00631",
   comp={"name": "刘德明", "phones": ["+8613957920856"]},
   resp={"name": "义乌市安居塑料制品厂", "phones": ["+8657985770021"]},
   must=["鄙人刘德明"], mustnot=["登记受理"],
   notes="鄙人 self-introduction, +86 mobile with dashes in the Phone line; 商家新电话 inside the contact line; 此致/敬礼 closing")

S32 = "[YW-2026-00632] Complaint: cracked phone screen protectors"
gmail("e6r-32.eml", "Sophie Martin", "sophie.martin.fr@gmail.com", "Re: " + S32,
   "Hello,\n\nThe shop is https://screenguard.aliexpress.example/store/8801 and the seller's WhatsApp is +86 186 5792 3301.\n\n"
   "Best regards,\nSophie Martin\n12 Rue de la Paix\n75002 Paris\nFrance\n+33 6 12 34 56 78\n\n"
   "On Wed, Apr 29, 2026 at 10:00 AM %s <%s> wrote:\n\n" % (STN, STATION)
   + q(ack("YW-2026-00632", ["contact"], "Complaint: cracked phone screen protectors")),
   "Wed, 29 Apr 2026 11:40:00 +0200", "CAQ4s9W6vC1x3Z5bD8fH0jL2nP4rT6vX8zB0dF2hJ4lN6p@mail.gmail.com",
   kind="reply", language="en", case_ref="YW-2026-00632",
   comp={"name": "Sophie Martin", "phones": ["+33612345678"], "address": "12 Rue de la Paix, 75002 Paris, France"},
   resp={"urls": ["https://screenguard.aliexpress.example/store/8801"], "phones": ["+8618657923301"]},
   must=["seller's WhatsApp"], mustnot=["registered it"],
   notes="Signature with a street address over three lines (joined with ', ') and her own mobile; the seller's WhatsApp is the merchant's")

S33 = "[YW-2026-00633] 投诉：儿童手表不能充电"
qq("e6r-33.eml", "xiaoming1988", "xiaoming1988@qq.com", "回复：" + S33,
   "好的，知道了，谢谢你们。\n"
   + qq_quote("2026年4月29日(星期三) 下午2:30", "xiaoming1988", "xiaoming1988@qq.com", S33,
              "您好：\n商家“智趣电子”（电话13605797788）同意换货，请您把手表寄回：义乌市稠城街道下骆宅路18号。\n\n%s\n" % STN),
   "Wed, 29 Apr 2026 15:02:11 +0800", "tencent_708192A3B4C5D6E7F8091A2B3C4D5E6F70010633@qq.com",
   kind="reply", language="zh", case_ref="YW-2026-00633",
   must=["知道了"], mustnot=["同意换货"],
   notes="Thank-you reply; pinyin username From name; merchant name, phone and address only in the QQ quote")

S34 = "[YW-2026-00634] 投诉：床上四件套掉色"
outlook_zh("e6r-34.eml", "Wang Fang", "wangfang@outlook.example", "答复: " + S34,
   "您好，我的手机号码是 135 8811 2233，商家店铺链接：https://huayu-jf.tmall.example 。\n\n"
   "发件人: %s <%s>\n发送时间: 2026年4月29日 16:00\n收件人: Wang Fang <wangfang@outlook.example>\n主题: %s\n\n" % (STN, STATION, S34)
   + ack("YW-2026-00634", ["phone", "contact"], "投诉：床上四件套掉色"),
   "Wed, 29 Apr 2026 18:21:09 +0800", "SG2PR04MB5566F7A8B9C0D1E2F3A4B5C6D7E8@SG2PR04MB5566.apcprd04.prod.outlook.example",
   kind="reply", language="zh", case_ref="YW-2026-00634",
   comp={"name": "Wang Fang", "phones": ["+8613588112233"]},
   resp={"urls": ["https://huayu-jf.tmall.example"]},
   must=["我的手机号码是"], mustnot=["登记受理"],
   notes="No name in the text: the pinyin full name in From is a personal name; URL ends before ' 。'")

S35 = "[YW-2026-00635] Complaint: yoga mats smell"
iphone("e6r-35.eml", "Ana Souza", "ana.souza@icloud.example", "Re: " + S35,
   "Hi, my WhatsApp is +55 11 98765 4321. Seller: FitLife Sports Store.\n\nSent from my iPhone\n\n"
   "> On Apr 29, 2026, at 9:00 PM, %s <%s> wrote:\n>\n" % (STN, STATION)
   + q(ack("YW-2026-00635", ["phone", "merchant"], "Complaint: yoga mats smell")),
   "Wed, 29 Apr 2026 22:10:00 -0300", "C3D4E5F6-A7B8-4901-BCDE-F01234560635@icloud.example",
   kind="reply", language="en", case_ref="YW-2026-00635",
   comp={"name": "Ana Souza", "phones": ["+5511987654321"]},
   resp={"name": "FitLife Sports Store"},
   must=["my WhatsApp is"], mustnot=["registered it"],
   notes="iPhone reply, no name in the text: the personal From name; 'Sent from my iPhone' is no name")

S36 = "[YW-2026-00636] 投诉：网购的拖鞋尺码不对"
foxmail("e6r-36.eml", "义乌小美饰品", "xiaomei_sp@foxmail.com", "回复：" + S36,
   "你好\n我是店主的老婆，我叫陈小美，这个是我们店的邮箱，我的手机是15024681357。\n"
   "卖拖鞋的商家叫“步步高鞋业”。\n\n\n\n"
   "xiaomei_sp@foxmail.com\n \n"
   "发件人： %s\n发送时间： 2026-04-30 09:00\n收件人： xiaomei_sp\n主题： %s\n" % (STN, S36)
   + ack("YW-2026-00636", ["name", "phone", "merchant"], "投诉：网购的拖鞋尺码不对"),
   "Thu, 30 Apr 2026 10:30:12 +0800", "202604301030125562101@foxmail.com",
   kind="reply", language="zh", case_ref="YW-2026-00636",
   comp={"name": "陈小美", "phones": ["+8615024681357"], "emails": ["xiaomei_sp@foxmail.com"]},
   resp={"name": "步步高鞋业"},
   must=["我叫陈小美"], mustnot=["登记受理"],
   notes="Shop From name; 我叫 beats it; the Foxmail account address in the signature counts")

S37 = "[YW-2026-00637] Complaint: Bluetooth earbuds"
thunder("e6r-37.eml", "Raj Patel", "raj.patel@mailbox.example", "Re: " + S37,
   "Hello,\n\nPlease use my other e-mail for replies: raj.p.work@mailbox.example\n"
   "My phone: +44 20 7946 0958\n\n"
   "I live in London.\n\nRaj\n\n"
   "On 4/30/26 10:00 AM, %s wrote:\n" % STN_EN
   + q(ack("YW-2026-00637", ["phone"], "Complaint: Bluetooth earbuds")),
   "Thu, 30 Apr 2026 11:00:00 +0100", "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0637@mailbox.example",
   kind="reply", language="en", case_ref="YW-2026-00637",
   comp={"name": "Raj Patel", "phones": ["+442079460958"], "emails": ["raj.p.work@mailbox.example"]},
   must=["my other e-mail"], mustnot=["registered it"],
   notes="An e-mail stated for replies counts; a bare city is no address; first-name signature and the fuller From name")

S38 = "[YW-2026-00638] 投訴：網購的電水壺漏水"
big5("e6r-38.eml", "Chan Tai Man", "chantaiman@netvigator.example", "回覆: " + S38,
   "你好，本人陳大文，電話 9123 4567。商家：「家電優選」，電話 0579-85447788。\n"
   "送貨地址：香港九龍旺角彌敦道580號12樓B室\n\n"
   "-----Original Message-----\nFrom: %s [mailto:%s]\nSent: Thursday, April 30, 2026 9:00 AM\nTo: chantaiman@netvigator.example\n"
   "Subject: %s\n\n" % (STN_EN, STATION, S38)
   + "您好：\n請補充：\n電話 / Phone:\n商家 / Merchant:\n\n義烏市電子商務協會消費者維權服務站\n",
   "Thu, 30 Apr 2026 12:05:22 +0800", "000301dcd5b2$7c8d9e0f$b2c3d4e5$@netvigator.example",
   kind="reply", language="zh", case_ref="YW-2026-00638",
   comp={"name": "陳大文", "phones": ["+85291234567"], "address": "香港九龍旺角彌敦道580號12樓B室"},
   resp={"name": "家電優選", "phones": ["+8657985447788"]},
   must=["送貨地址"], mustnot=["請補充"],
   notes="Hong Kong reply: 本人 in traditional characters, a local 8-digit number with a Hong Kong address, 送貨地址")

save()
