#!/usr/bin/env python3
"""Regenerate the held-out complaint-vs-inquiry set (hk-01..hk-48.eml, labels.json, README.md).

Written blind to the classifier: no project code or existing test data was consulted.
Deterministic: fixed random seed, so re-running yields byte-identical files.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261203)

C, I = "complaint", "inquiry"

# (kind, lang, client, from_name, from_addr, subject, body_lines, why)
# client: qq | 163 | qqmobile | gmail | outlook | outlook_android | yahoo
MAILS = [
    # ---------------- complaints, Chinese ----------------
    (C, "zh", "qq", "", "1735529804@qq.com", "请问一下",
     ["我在网上买的东西不对，怎么办？"],
     "Writer's own purchase went wrong ('不对'); vague but a dispute."),
    (C, "zh", "163", "刘晓燕", "liuxiaoyan_86@163.com", "鞋子开胶",
     ["你好，我买的鞋子开胶了，能退吗？才穿了一个礼拜。"],
     "Defective shoes, phrased as a question but asks about own failed purchase."),
    (C, "zh", "qq", "", "2280417756@qq.com", "麻烦帮帮忙",
     ["您好：", "前几天在小商品城进了一批发夹，回来拆开一半都是坏的，", "老板现在电话也不接了。麻烦你们帮帮忙，谢谢！"],
     "Broken goods and unreachable merchant; asks for help."),
    (C, "zh", "163", "陳美玲", "chenmeiling1990@163.com", "請幫忙",
     ["你好，我在網上買的化妝品好像是假的，用了臉過敏，", "商家說拆封了不能退。請問你們能處理嗎？"],
     "Suspected fake cosmetics, refund refused (traditional characters)."),
    (C, "zh", "qqmobile", "", "a13858901217@qq.com", "没收到货",
     ["快递显示签收了但我根本没收到。。。", "店家说不关他们事让我自己找快递", "", "发自我的iPhone"],
     "Goods not delivered, merchant deflects."),
    (C, "zh", "qq", "", "906612384@qq.com", "衣服",
     ["衣服跟图片完全两样 颜色都不对 客服一直不回 气死了"],
     "Not as described; no merchant, no explicit request, still a dispute."),
    (C, "zh", "163", "", "zhanghao_yw@163.com", "请帮忙",
     ["退货寄回去半个月了钱还没退，问了好几次都说在处理，", "到底要等到什么时候"],
     "Refund withheld after return."),
    (C, "zh", "qqmobile", "", "3301926658@qq.com", "充电宝鼓包",
     ["买了个充电宝，用两次就鼓包了，吓死人。", "卖家让我自己去找厂家。这个正常吗？", "", "发自我的华为手机"],
     "Defective power bank, seller refuses; phrased as a question."),
    (C, "zh", "163", "", "wyh_20011@163.com", "运费",
     ["说好的包邮，结果到付收了我三十块运费，这算不算乱收费啊"],
     "Overcharged on shipping; phrased as a question about own purchase."),
    (C, "zh", "qq", "王建国", "wangjianguo_66@qq.com", "窗帘的事",
     ["上个月在一家店定做的窗帘，尺寸做错了短了二十公分，", "店里说是我量错的不认帐，我要怎么弄"],
     "Custom goods made wrong, merchant denies responsibility (typo 认帐)."),
    (C, "zh", "qqmobile", "", "1145092873@qq.com", "",
     ["网上买的小玩具少发了两件，找商家他装死", "", "发自我的iPhone"],
     "Short shipment, merchant ignores; empty subject."),
    (C, "zh", "163", "", "hzmama_lin@163.com", "帮我妈问问",
     ["我妈在直播间买的保健品，收到一看都过期了，", "能帮忙把钱要回来吗"],
     "Expired goods; asks station to get money back (on behalf of mother)."),
    # ---------------- complaints, English ----------------
    (C, "en", "gmail", "Daniel Okafor", "daniel.okafor82@gmail.com", "wrong goods",
     ["I bought some goods from a shop online and they are wrong.", "What can I do?"],
     "Own purchase went wrong, maximally vague."),
    (C, "en", "gmail", "Ahmed Rashid", "ahmedrashid.trading@gmail.com", "Need help please",
     ["Hello sir,", "The items I received from Yiwu supplier are not same like the sample, quality very bad.", "Please help me."],
     "Not as sample; asks for help."),
    (C, "en", "outlook", "Priya Nair", "priya.nair.imports@outlook.com", "order not shipped",
     ["Dear Sir/Madam,", "I paid 30% deposit for my order in August and nothing is shipped until now.",
      "The supplier stop answering on WhatsApp. Kindly assist.", "Regards, Priya"],
     "Non-delivery after deposit paid."),
    (C, "en", "gmail", "", "lucasmferreira@gmail.com", "question",
     ["Is it normal that my phone case arrived broken and the seller say it's my problem?"],
     "Broken on arrival, seller refuses; phrased as a question."),
    (C, "en", "yahoo", "", "kofi_mensah77@yahoo.com", "hi",
     ["hi, got my parcel today, half of the toys missing.", "seller says they sent everything. pls advise"],
     "Missing items in own parcel."),
    (C, "en", "outlook", "Elena Petrova", "elena.petrova.shop@outlook.com", "Refund",
     ["Dear team,", "I returned the dress as the seller asked but they still refuse to give back my money.",
      "It has been 5 weeks now."],
     "Refund refused after return."),
    (C, "en", "outlook", "Marco Bianchi", "m.bianchi.srl@outlook.com", "Extra charge on invoice",
     ["Good morning,", "the final invoice was 400 USD more than what we agreed on phone.",
      "The agent says it is \"extra fee\" but never mentioned before. Can you help us?", "Marco"],
     "Overcharged versus agreed price."),
    (C, "en", "gmail", "", "jessica.tan.sg@gmail.com", "shoes",
     ["Can I get a refund for shoes that fell apart after one week?"],
     "Own defective shoes; question form but a concrete failed purchase."),
    (C, "en", "outlook_android", "", "yusuf.demir.ist@outlook.com", "Watches",
     ["The watches I received are clearly fake, not original brand like the listing said.", "", "Get Outlook for Android"],
     "Counterfeit goods, not as described."),
    (C, "en", "gmail", "", "carlos.rm.import@gmail.com", "hi",
     ["something wrong with my order from yiwu, boxes came wet and products inside are rusted.", "what should i do"],
     "Damaged goods on arrival; asks what to do."),
    (C, "en", "yahoo", "Sarah Whitfield", "s_whitfield@yahoo.com", "scarves not silk",
     ["Hello,", "A stall in the market sold me scarves saying 100% silk. I did burn test at home and it is polyester.",
      "I want my money back."],
     "Misrepresented goods, wants refund."),
    (C, "en", "gmail", "Chinedu Eze", "chinedu.eze.lagos@gmail.com", "Container problem",
     ["Good day. I am writing from Nigeria.", "Our container arrived but 20 cartons are different products than I ordered.",
      "The company not reply since two weeks."],
     "Wrong products delivered, company unresponsive."),
    # ---------------- inquiries, Chinese ----------------
    (I, "zh", "qq", "", "2648810395@qq.com", "咨询",
     ["你好，请问怎么投诉？需要带什么材料？"],
     "How to file and what documents; no dispute described."),
    (I, "zh", "qqmobile", "", "1569023871@qq.com", "问下",
     ["买东西前想问下，篁园市场那家亮晶晶饰品店靠谱吗？有没有被投诉过", "", "发自我的iPhone"],
     "Asks about a shop's reputation before buying; nothing went wrong."),
    (I, "zh", "163", "", "ywxiaoli2020@163.com", "上班时间",
     ["请问你们周六上班吗？地址在哪里，坐公交怎么过去"],
     "Opening hours and address."),
    (I, "zh", "qq", "", "786530014@qq.com", "退款时间",
     ["网购退款一般商家要几天内处理完？法律上有没有规定的？"],
     "General question about refund deadlines; no own refund in dispute."),
    (I, "zh", "163", "赵丽", "zhaoli_jh@163.com", "谢谢你们",
     ["上次的事情已经解决了，钱也收到了。", "谢谢你们的工作人员，辛苦了！"],
     "Thanks for a resolved matter; nothing to act on."),
    (I, "zh", "qq", "", "3127746650@qq.com", "网站登不上",
     ["请问你们的在线投诉平台最近是不是在维护？一直打不开"],
     "Asks about status of the station's online service, no dispute."),
    (I, "zh", "163", "", "sunmeng_1995@163.com", "七天无理由",
     ["想买一套定做的西装，先问问七天无理由退货是不是所有商品都适用？", "定制的也可以退吗？"],
     "Consumer-rights question before buying."),
    (I, "zh", "163", "林志偉", "linzhiwei_tw@163.com", "跨境網購",
     ["請問你們受理跨境網購的投訴嗎？", "以後想在國外網站買東西，不知道會不會受保護。"],
     "Whether cross-border is handled, future purchase (traditional characters)."),
    (I, "zh", "qq", "", "1023984471@qq.com", "第一次来义乌",
     ["您好，想在小商品城批发一些饰品，第一次来，", "怎么判断是不是正规商户？要不要签合同？"],
     "Advice before buying."),
    (I, "zh", "qqmobile", "", "2071553098@qq.com", "请问",
     ["商家写的“最终解释权归本店所有”，这种说法有法律效力吗？", "", "发自我的小米手机"],
     "General legal question about merchant wording; no purchase described."),
    (I, "zh", "163", "", "shequ_yw_jd@163.com", "讲座邀请",
     ["你好，我们是稠城街道一个社区，想请你们来讲一次消费维权知识，", "请问可以安排吗？需要怎么联系？"],
     "Request for an outreach talk; no dispute."),
    (I, "zh", "qq", "", "415896027@qq.com", "发票",
     ["发票丢了还能维权吗？", "目前没出什么问题哈，就是先问问以防万一"],
     "Hypothetical rights question, explicitly no problem yet."),
    # ---------------- inquiries, English ----------------
    (I, "en", "gmail", "", "tom.becker.de@gmail.com", "documents",
     ["Hello, what documents do I need to complain about a seller?"],
     "Asks about procedure/documents; no dispute described."),
    (I, "en", "outlook", "Anna Kowalska", "anna.kowalska88@outlook.com", "refund time",
     ["Hi,", "How long does a merchant have to process a refund in China? Is there a law for this?"],
     "General rule question about refunds; no own refund in dispute."),
    (I, "en", "gmail", "Rahul Mehta", "rahulmehta.exports@gmail.com", "cross-border orders",
     ["Dear Sir,", "Do you handle orders made by foreign buyers, for example through Alibaba?",
      "I am planning my first order next month."],
     "Scope question before buying."),
    (I, "en", "yahoo", "", "maria_gonzalez_mx@yahoo.com", "office hours",
     ["What are your office hours? Can I come to visit in person?"],
     "Opening hours."),
    (I, "en", "outlook", "James Whitmore", "j.whitmore.trade@outlook.com", "Supplier check",
     ["Hello,", "Is supplier Jinhua Bright Crafts Co. trustworthy? Before I pay the deposit I want to check",
      "if anybody complained about them.", "Thanks, James"],
     "Trustworthiness check before paying; nothing went wrong."),
    (I, "en", "gmail", "Fatima Zahra", "fatimazahra.casa@gmail.com", "Thank you!",
     ["Thank you so much for helping me last month, your colleague Ms. Wang was very kind.", "Best wishes from Morocco"],
     "Thanks; no open issue."),
    (I, "en", "outlook_android", "", "olu.adeyemi@outlook.com", "fee?",
     ["Is there a fee to use your service?", "", "Get Outlook for Android"],
     "Question about the station's service."),
    (I, "en", "gmail", "", "nguyenvanhai.vn@gmail.com", "recommend agent",
     ["hello, can you recommend a reliable buying agent in Yiwu market? i will come in january"],
     "Advice before buying."),
    (I, "en", "outlook", "", "k.schmidt.handel@outlook.com", "website error",
     ["Your online form gives an error when I press submit. Is the system down at the moment?"],
     "Status of the station's online service."),
    (I, "en", "gmail", "Ali Hassan", "alihassan.dxb@gmail.com", "warranty question",
     ["If a product turns out defective, what is the legal warranty period in China?",
      "Just asking before I place a big order."],
     "Hypothetical defect, explicitly before buying."),
    (I, "en", "yahoo", "", "lucia.ramirez.co@yahoo.com", "language",
     ["Hola, does your station have staff who speak Spanish, or only Chinese and English?"],
     "Question about the station's service."),
    (I, "en", "gmail", "Pavel Novak", "pavel.novak.cz@gmail.com", "contract advice",
     ["My friend had a bad experience with a supplier last year, and I am about to buy from the market next week.",
      "What should I check in the contract to protect myself?"],
     "Friend's past trouble mentioned, but writer asks advice before buying; no request to act."),
]

TZ_ZH = timezone(timedelta(hours=8))
TZ_EN = [timezone(timedelta(hours=h)) for h in (1, 2, 3, 4, 5.5, 7, 0, -5, -6, 1, 3)]


def hexs(n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def message_id(client, dt):
    if client == "qq":
        return f"<tencent_{hexs(40)}@qq.com>"
    if client == "qqmobile":
        u = hexs(32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@qq.com>"
    if client == "163":
        return f"<{hexs(8).lower()}.{hexs(4).lower()}.{hexs(11).lower()}.Coremail.{alnum(8).lower()}@163.com>"
    if client == "gmail":
        return f"<CA+{alnum(42)}@mail.gmail.com>"
    if client in ("outlook", "outlook_android"):
        return f"<{rng.choice(['AM9P', 'DB9P', 'PAXP', 'SJ0P', 'BY5P'])}{rng.randint(190,195)}MB{rng.randint(1000,9999)}{alnum(6).upper()}{hexs(6)}@{alnum(8).upper()}.eurprd{rng.randint(1,9):02d}.prod.outlook.com>"
    if client == "yahoo":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{int(dt.timestamp())*1000}@mail.yahoo.com>"
    raise ValueError(client)


def enc(s):
    """RFC 2047 encode non-ASCII header text, as QQ/163 clients do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def from_header(name, addr):
    if not name:
        return addr
    return f"{enc(name)} <{addr}>" if not name.isascii() else f'"{name}" <{addr}>' if " " in name else f"{name} <{addr}>"


def main():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    start = datetime(2026, 10, 20, tzinfo=timezone.utc)
    labels = {}
    counts = {}
    for n, idx in enumerate(order, 1):
        kind, lang, client, name, addr, subject, body, why = MAILS[idx]
        tz = TZ_ZH if lang == "zh" else rng.choice(TZ_EN)
        dt = (start + timedelta(seconds=rng.randint(0, 43 * 86400))).astimezone(tz).replace(microsecond=0)
        fname = f"hk-{n:02d}.eml"
        headers = [
            ("From", from_header(name, addr)),
            ("To", "tousu@yweca.org.example"),
            ("Subject", enc(subject)),
            ("Date", format_datetime(dt)),
            ("Message-ID", message_id(client, dt)),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "8bit"),
        ]
        text = "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n" + "".join(l + "\r\n" for l in body)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(text.encode("utf-8"))
        labels[fname] = {"kind": kind, "why": why}
        counts[(kind, lang)] = counts.get((kind, lang), 0) + 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    c = lambda k, l: counts.get((k, l), 0)
    readme = f"""# heldout-kind: 48 mails, complaint vs inquiry

A held-out test set for the kind classifier of the complaint desk, covering only the
two kinds `complaint` and `inquiry`.

- Written on 2026-12-03, **blind to the classifier**: no project Go code and no existing
  labelled or test data was read while writing it. Labels come from the task definition only.
- Complaints are mostly vague (no merchant name, no order number, no amount, no
  word like "complain"/"投诉"); several are phrased as questions.
- Several inquiries are deliberately tricky: they mention shops, refunds, prices or
  complaints, but describe no purchase of the writer that went wrong.
- Format: RFC 5322, CRLF, text/plain; charset=utf-8, 8bit body. Non-ASCII Subject and
  From display names are RFC 2047 encoded-words (as QQ/163 clients send them).
- `labels.json` maps each file to `{{"kind", "why"}}`.
- Regenerate with `python3 gen.py` (deterministic).

## Counts

| kind      | Chinese | English | total |
|-----------|---------|---------|-------|
| complaint | {c(C,'zh')} | {c(C,'en')} | {c(C,'zh')+c(C,'en')} |
| inquiry   | {c(I,'zh')} | {c(I,'en')} | {c(I,'zh')+c(I,'en')} |
| total     | {c(C,'zh')+c(I,'zh')} | {c(C,'en')+c(I,'en')} | {len(MAILS)} |

Chinese includes 2 mails in traditional characters (one per kind).
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    print(counts)


if __name__ == "__main__":
    main()
