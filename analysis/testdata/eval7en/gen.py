#!/usr/bin/env python3
"""Generate the seventh-round English evaluation messages (e7en-NN.eml) and
labels.json: long narrative English complaints from importers and retail
buyers (timelines, quoted chats with the seller, unit price x quantity,
shipping, deposit, balance, total paid, refund asked), signatures with job
titles, company names, street addresses, phone/mobile/WhatsApp/WeChat IDs
and the writer's own website or LinkedIn (not the merchant's: they stay out
of respondent.urls), legal disclaimers, "Sent from Outlook for iOS",
HTML-heavy mail (Gmail <div dir="ltr">, Outlook MsoNormal with signature
tables, Apple Mail, Yahoo), inline cid: images and attached photos and PDF
invoices, HTML-only newsletters with tracking links, long English inquiries
naming companies, and English complaints by Chinese-speaking writers.

Run from anywhere: python3 gen.py. All people, shops, phone numbers and
organisations are invented.
"""
import base64
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))

DATA = base64.b64encode(bytes(range(256)) * 2).decode()
DATA = "\r\n".join(DATA[i:i + 76] for i in range(0, len(DATA), 76))


def esc(l):
    return html.escape(l, quote=False)


def gmail_html(text):
    """Gmail: <div dir="ltr"> with <br> lines and the signature in a
    gmail_signature div after "-- "."""
    body, _, sig = text.partition("\n-- \n")
    h = '<div dir="ltr">' + "<br>".join(esc(l) for l in body.split("\n"))
    if sig:
        h += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
              '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
              + "<div>" + "</div><div>".join(esc(l) for l in sig.split("\n") if l) + "</div></div></div>")
    return h + "</div>\r\n"


def mso_html(text, sig_table=None):
    """Outlook desktop: MsoNormal paragraphs, &nbsp; for empty lines, an
    optional signature table (rows of cells)."""
    ps = []
    for l in text.split("\n"):
        ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;"))
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
         '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\r\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
         '--></style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\r\n'
         + "\r\n".join(ps))
    if sig_table:
        h += '\r\n<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">'
        for row in sig_table:
            h += "<tr>" + "".join('<td style="padding:0cm"><p class="MsoNormal"><span style="font-size:9.0pt">%s</span></p></td>' % c for c in row) + "</tr>\r\n"
        h += "</table>"
    return h + "\r\n</div></body></html>\r\n"


def sig_text(rows):
    return "\n".join(" ".join(c for c in row if c) for row in rows)


def apple_html(text):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</body></html>\r\n")


def yahoo_html(text):
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>") for l in text.split("\n"))
            + "</div></body></html>\r\n")


def att(fn, ctype, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    h = 'Content-Type: %s; name="%s"\r\nContent-Disposition: %s; filename="%s"\r\n' % (ctype, fn, disp, fn)
    if cid:
        h += "Content-ID: <%s>\r\nX-Attachment-Id: %s\r\n" % (cid, cid.split("@")[0])
    return h + "Content-Transfer-Encoding: base64\r\n\r\n" + DATA + "\r\n"


def alt_ct(text, htmltext, cs, cte, boundary):
    p1 = part("text/plain", cs, cte, text)
    p2 = part("text/html", cs, cte, htmltext)
    body = ""
    for h, b in (p1, p2):
        body += "--%s\r\n%s%s\r\n" % (boundary, h, b)
    body += "--%s--\r\n" % boundary
    return 'Content-Type: multipart/alternative; boundary="%s"\r\n' % boundary, body


def wrap(kind, inner_ct, inner_body, boundary, parts):
    body = "--%s\r\n%s\r\n%s\r\n" % (boundary, inner_ct, inner_body)
    for p in parts:
        body += "--%s\r\n%s\r\n" % (boundary, p)
    body += "--%s--\r\n" % boundary
    return 'Content-Type: multipart/%s; boundary="%s"\r\n' % (kind, boundary), body


def compose(name, hdr, text, htmltext, cs, cte, tag, inline=(), files=(), html_only=False, **lab):
    """text+HTML (or HTML only), optionally inside multipart/related for
    cid: images and multipart/mixed for attachments."""
    if html_only:
        ct, body = part("text/html", cs, cte, htmltext)
    else:
        ct, body = alt_ct(text, htmltext, cs, cte, "000000000000a%s" % tag)
    atts = []
    if inline:
        ct, body = wrap("related", ct, body, "000000000000b%s" % tag, [att(*f, inline=True, cid=f[0] + "@ii_" + tag) for f in inline])
        atts += [{"filename": f[0], "content_type": f[1]} for f in inline]
    if files:
        ct, body = wrap("mixed", ct, body, "000000000000c%s" % tag, [att(*f) for f in files])
        atts += [{"filename": f[0], "content_type": f[1]} for f in files]
    write(name, hdr, ct, body)
    label(name, hdr_subject(hdr), hdr_from(hdr), msgid=hdr_msgid(hdr), attachments=atts, **lab)


META = {}


def hdrs(client, disp, addr, subject, date, msgid):
    META["subject"], META["from"], META["msgid"] = subject, (disp, addr), msgid
    s = subject if subject.isascii() else ew(subject, "UTF-8")
    d = disp if disp.isascii() else ew(disp, "UTF-8")
    f = "From: %s <%s>" % (d, addr) if disp else "From: " + addr
    if client == "gmail":
        return [received("mail-pj1-f41.google.com", "203.0.113.141", date), f,
                "Date: " + date, "Message-ID: <%s>" % msgid, "Subject: " + s, "To: " + STATION]
    if client == "outlook":
        return [received("NAM12-DM6-obe.outbound.protection.outlook.com", "203.0.113.160", date), f,
                'To: "tousu@yweca.org.example" <tousu@yweca.org.example>', "Subject: " + s, "Thread-Topic: " + s,
                "Date: " + date, "Message-ID: <%s>" % msgid, "Accept-Language: en-GB, en-US",
                "Content-Language: en-GB", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:"]
    if client == "apple":
        return [received("st43p00im-ztdg10061801.me.com", "203.0.113.61", date), f, "Subject: " + s,
                "Date: " + date, "Message-Id: <%s>" % msgid, "To: " + STATION,
                "X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
    if client == "yahoo":
        return [received("sonic305-21.consmr.mail.bf2.yahoo.com", "203.0.113.21", date), "Date: " + date,
                f, "Reply-To: " + addr, "To: " + STATION, "Message-ID: <%s>" % msgid, "Subject: " + s,
                "X-Mailer: WebService/1.1.22189 YMailNorrin"]
    if client == "ios":
        return [received("NAM12-BN8-obe.outbound.protection.outlook.com", "203.0.113.162", date), f,
                "To: " + STATION, "Subject: " + s, "Date: " + date, "Message-ID: <%s>" % msgid,
                "X-MS-Has-Attach:", "x-ms-exchange-messagesentrepresentingtype: 1"]
    raise ValueError(client)


def hdr_subject(hdr):
    return META["subject"]


def hdr_from(hdr):
    return META["from"]


def hdr_msgid(hdr):
    return META["msgid"]


def gm(name, disp, addr, subject, text, date, msgid, **kw):
    hdr = hdrs("gmail", disp, addr, subject, date, msgid)
    compose(name, hdr, text, gmail_html(text), "UTF-8", "quoted-printable", msgid[:10], **kw)


def ol(name, disp, addr, subject, text, date, msgid, sig=None, cs="utf-8", **kw):
    hdr = hdrs("outlook", disp, addr, subject, date, msgid)
    full = text + ("\n" + sig_text(sig) + "\n" if sig else "")
    compose(name, hdr, full, mso_html(text, sig), cs, "quoted-printable", msgid[:10], **kw)


def ap(name, disp, addr, subject, text, date, msgid, **kw):
    hdr = hdrs("apple", disp, addr, subject, date, msgid)
    compose(name, hdr, text, apple_html(text), "utf-8", "quoted-printable", msgid[:10], **kw)


def yh(name, disp, addr, subject, text, date, msgid, **kw):
    hdr = hdrs("yahoo", disp, addr, subject, date, msgid)
    compose(name, hdr, text, yahoo_html(text), "UTF-8", "quoted-printable", msgid[:10], **kw)


def ios(name, disp, addr, subject, text, date, msgid, **kw):
    hdr = hdrs("ios", disp, addr, subject, date, msgid)
    h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + \
        "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</div></body></html>\r\n"
    compose(name, hdr, text, h, "utf-8", "base64", msgid[:10], **kw)


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally "
              "privileged. If you are not the intended recipient, please notify the sender immediately and delete "
              "it from your system. Any unauthorised use, disclosure or copying is strictly prohibited.")


# e7en-01: Gmail, long timeline with chat quotes, unit x qty + shipping = total; own website in signature.
gm("e7en-01.eml", "Hannah Whitfield", "hannah@whitfieldhome.example", "Complaint - Yiwu Lanting Home Decor Co., Ltd. - order WH-2611 never shipped",
   "Dear Sir or Madam,\n\n"
   "I run a small homeware shop in Bristol and I am writing to ask for your help with a supplier in Yiwu.\n\n"
   "On 3 February 2026 I ordered 600 ceramic vases from Yiwu Lanting Home Decor Co., Ltd. through their website "
   "(https://www.lantinghomedecor.example/products/vase-set-12). The agreed price was USD 4.20 per piece x 600 pcs "
   "= USD 2,520.00, plus USD 310.00 sea freight. I paid a 30% deposit of USD 849.00 on 5 February and the balance of "
   "USD 1,981.00 on 2 March after they sent me photos of the finished goods. Total paid: USD 2,830.00.\n\n"
   "On 10 March their sales girl, Cindy, wrote to me on WhatsApp: \"Dear, the goods will be loaded this Friday, "
   "don't worry.\" On 24 March she wrote: \"Sorry, the container is delayed, next week.\" Since 2 April nobody "
   "answers at all.\n\n"
   "Order number: WH-2611\n"
   "Seller WhatsApp (Cindy): +86 135 8871 2290\n\n"
   "I would like either the goods shipped within 14 days or a full refund of USD 2,830.00.\n\n"
   "Yours faithfully,\n"
   "-- \n"
   "Hannah Whitfield\n"
   "Owner | Whitfield Home\n"
   "14 Gloucester Road, Bristol BS7 8AE, United Kingdom\n"
   "Mobile: +44 7700 900415\n"
   "www.whitfieldhome.example\n",
   "Mon, 20 Apr 2026 10:12:40 +0100", "CAKw7Hw1tF9eLd2Rm4Qp6Sn8Uq0Wr2Yt4Av6Cx8Ez0Gb2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Hannah Whitfield", "phones": ["+447700900415"], "address": "14 Gloucester Road, Bristol BS7 8AE, United Kingdom"},
   resp={"name": "Yiwu Lanting Home Decor Co., Ltd.", "urls": ["https://www.lantinghomedecor.example/products/vase-set-12"], "phones": ["+8613588712290"]},
   order={"number": "WH-2611", "amount": "2830.00", "currency": "USD"},
   must=["the container is delayed", "Total paid: USD 2,830.00"],
   notes="Gmail HTML signature after '-- '; unit price x qty, freight, deposit and balance before the total paid; the writer's own website in the signature is no merchant URL")

# e7en-02: Outlook MsoNormal with a signature table, LinkedIn and company site, disclaimer.
ol("e7en-02.eml", "Pieter de Vries", "p.devries@noordimport.example", "Formal complaint regarding Zhejiang Jiasheng Umbrella Factory",
   "Dear colleagues,\n\n"
   "We are an importer of umbrellas and rain gear based in Rotterdam. In January we ordered 5,000 folding umbrellas "
   "from Zhejiang Jiasheng Umbrella Factory after visiting their booth in the Yiwu International Trade City.\n\n"
   "The inspection report (attached) shows that 38% of the umbrellas have broken ribs and the printing is not the "
   "approved Pantone colour. When we raised this, their manager Mr. Zhou replied: \"This is normal quality for this "
   "price, we cannot accept any claim.\"\n\n"
   "Purchase order: NI-2026-0042\n"
   "Invoice value: EUR 11,750.00 (paid in full by bank transfer on 28 January)\n"
   "Factory phone: 0579-8566 3018\n"
   "Factory address: No. 77 Chengxi Street, Yiwu, Zhejiang\n\n"
   "We ask the station to mediate and obtain a partial refund of EUR 4,465.00 for the defective units.\n\n"
   "Kind regards,\n",
   "Tue, 21 Apr 2026 09:03:11 +0200", "AM0PR07MB6420E1F2A3B4C5D6E7F8A9B0@AM0PR07MB6420.eurprd07.prod.outlook.com",
   sig=[["Pieter de Vries"], ["Senior Buyer"], ["Noord Import B.V."], ["Westblaak 180, 3012 KN Rotterdam, The Netherlands"],
        ["T: +31 10 555 0190", "| M: +31 6 5555 0431"], ["www.noordimport.example", "| https://www.linkedin.com/in/pieterdevries-noord"],
        [DISCLAIMER]],
   files=[("Inspection_Report_NI-2026-0042.pdf", "application/pdf")],
   kind="complaint", language="en",
   comp={"name": "Pieter de Vries", "phones": ["+31105550190", "+31655550431"], "address": "Westblaak 180, 3012 KN Rotterdam, The Netherlands"},
   resp={"name": "Zhejiang Jiasheng Umbrella Factory", "phones": ["+8657985663018"], "address": "No. 77 Chengxi Street, Yiwu, Zhejiang"},
   order={"number": "NI-2026-0042", "amount": "11750.00", "currency": "EUR"},
   must=["38% of the umbrellas have broken ribs"],
   notes="Outlook MsoNormal HTML with a signature table; own company site and LinkedIn are not merchant URLs; partial refund asked is not the amount; confidentiality notice; PDF attached")

# e7en-03: Outlook for iOS, short-ish, "Get Outlook for iOS".
ios("e7en-03.eml", "Marcus Reid", "marcus.reid@outlook.com", "Seller on Alibaba sent wrong colour phone cases",
   "Hi there,\n\n"
   "I ordered 1,200 silicone phone cases from Shenzhen Kaile Electronics Co., Ltd. on Alibaba "
   "(https://kaile-electronics.en.alibaba.com). I chose black and navy, they sent pink and yellow. "
   "Seller says \"you chose wrong colour in the order\" which is not true, I have the chat screenshots.\n\n"
   "Order No. 24117783900216\n"
   "Unit price $1.15 x 1,200 = $1,380.00, shipping $215.00, total paid $1,595.00\n\n"
   "Thanks,\n"
   "Marcus Reid\n"
   "+1 (312) 555-0148\n\n"
   "Get Outlook for iOS\n",
   "Wed, 22 Apr 2026 18:40:02 -0500", "DM6PR11MB4417AB12CD34EF56A7B8C9D0@DM6PR11MB4417.namprd11.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Marcus Reid", "phones": ["+13125550148"]},
   resp={"name": "Shenzhen Kaile Electronics Co., Ltd.", "urls": ["https://kaile-electronics.en.alibaba.com"]},
   order={"number": "24117783900216", "amount": "1595.00", "currency": "USD"},
   must=["they sent pink and yellow"],
   notes="Outlook for iOS base64 text+HTML; 'Get Outlook for iOS' footer; unit x qty, shipping, total paid on one line")

# e7en-04: Apple Mail with inline cid images and a photo attachment; Chinese-speaking writer in English.
ap("e7en-04.eml", "Kevin Lau", "kevin.lau@icloud.com", "Complaint about 义乌美嘉饰品 - earrings tarnished",
   "Hello,\n\n"
   "My name is Kevin Lau (刘凯文), I have an online jewellery shop in Vancouver. I bought 800 pairs of stainless "
   "steel earrings from the shop 义乌美嘉饰品 on 1688 (https://meijiashipin.1688.com). The seller promised 316L steel "
   "but after two weeks all the earrings turn black. See photos below.\n\n"
   "The boss Ms. Wang said on WeChat: \"我们不退货\" (we don't take returns).\n\n"
   "Order number: 3402219875563011\n"
   "Paid RMB 6,400.00 by Alipay\n"
   "Seller mobile: 159 5791 3320\n\n"
   "Please help me get a refund.\n\n"
   "Kevin Lau\n"
   "Tel: +1 604 555 0172\n"
   "WeChat ID: kevinlau_yvr\n",
   "Thu, 23 Apr 2026 21:15:09 -0700", "8E2F1A7C-4B3D-4C5E-9F6A-1B2C3D4E5F60@icloud.com",
   inline=[("IMG_4471.jpeg", "image/jpeg"), ("IMG_4472.jpeg", "image/jpeg")],
   kind="complaint", language="en",
   comp={"name": "Kevin Lau", "phones": ["+16045550172"]},
   resp={"name": "义乌美嘉饰品", "urls": ["https://meijiashipin.1688.com"], "phones": ["+8615957913320"]},
   order={"number": "3402219875563011", "amount": "6400.00", "currency": "CNY"},
   must=["all the earrings turn black"],
   notes="Apple Mail HTML with inline cid images; Chinese name and shop in an English text is en; WeChat ID is no phone")

# e7en-05: Yahoo, retail buyer, long story, refund requested, no merchant contact.
yh("e7en-05.eml", "Linda Morales", "linda_morales77@yahoo.com", "Refund refused for damaged dinner set",
   "Good afternoon,\n\n"
   "I'm sorry for the long email but I need to explain everything. Last December I was in Yiwu with a tour group and "
   "I bought a 48-piece porcelain dinner set at a shop called Golden Dragon Porcelain in District 3 of the market. "
   "The shop owner promised to ship it to my home in Texas by sea.\n\n"
   "When it arrived on 15 March, 19 pieces were broken because they were packed without any foam. I sent the photos "
   "to the owner. First he said \"insurance will pay\", later he said \"not my problem, the shipping company broke it\".\n\n"
   "I paid US$ 680.00 for the set and US$ 240.00 for the shipping, US$ 920.00 in total. I'm asking for US$ 400.00 back "
   "for the broken pieces.\n\n"
   "Thank you for reading,\n"
   "Linda Morales\n"
   "Phone: +1 915 555 0137\n"
   "2217 Montana Avenue, El Paso, TX 79903, USA\n\n"
   "Sent from Yahoo Mail for iPhone\n",
   "Fri, 24 Apr 2026 14:22:31 -0500", "1190524718.2231507.1777058551093@mail.yahoo.com",
   kind="complaint", language="en",
   comp={"name": "Linda Morales", "phones": ["+19155550137"], "address": "2217 Montana Avenue, El Paso, TX 79903, USA"},
   resp={"name": "Golden Dragon Porcelain"},
   order={"amount": "920.00", "currency": "USD"},
   missing=["respondent_contact"],
   must=["packed without any foam"],
   notes="Yahoo text+HTML; goods + shipping with the total after; refund asked is not the amount; market stall, no contact")

# e7en-06: HTML-only newsletter spam with tracking links.
hdr6 = [received("mta-17.mailout.example", "203.0.113.17", "Sat, 25 Apr 2026 03:00:12 +0000"),
        "From: Global Sourcing Weekly <news@globalsourcing-weekly.example>", "To: " + STATION,
        "Subject: Yiwu Fair 2026: 3,000 verified suppliers, book your booth now!",
        "Date: Sat, 25 Apr 2026 03:00:12 +0000", "Message-ID: <20260425030012.8812.news@globalsourcing-weekly.example>",
        "List-Unsubscribe: <https://click.globalsourcing-weekly.example/unsub?u=88121>",
        "Precedence: bulk"]
META.update(subject="Yiwu Fair 2026: 3,000 verified suppliers, book your booth now!",
            **{"from": ("Global Sourcing Weekly", "news@globalsourcing-weekly.example")},
            msgid="20260425030012.8812.news@globalsourcing-weekly.example")
compose("e7en-06.eml", hdr6, "",
        '<html><body><table width="600" align="center"><tr><td><img src="https://click.globalsourcing-weekly.example/open.gif?u=88121" width="1" height="1">'
        '<h1>Meet 3,000 verified suppliers at the Yiwu Fair 2026</h1>'
        '<p>Book a booth before 30 May and save 20%! Packages from only US$ 1,299.00.</p>'
        '<p><a href="https://click.globalsourcing-weekly.example/c/8812?url=https%3A%2F%2Fwww.yiwufair.example">Book now</a></p>'
        '<p>Call our hotline +86 571 8888 1234 or WhatsApp +86 138 0000 5678.</p>'
        '<p style="font-size:10px">You received this email because you subscribed. <a href="https://click.globalsourcing-weekly.example/unsub?u=88121">Unsubscribe</a></p>'
        '</td></tr></table></body></html>\r\n', "utf-8", "quoted-printable", "spam06", html_only=True,
        kind="spam", language="en",
        must=["verified suppliers"],
        notes="HTML-only newsletter with tracking pixel and links, List-Unsubscribe and Precedence bulk: spam, nothing extracted")

# e7en-07: long inquiry about verifying a factory, names a company, own signature with website.
gm("e7en-07.eml", "Sofia Marino", "sofia.marino@casabella-retail.example", "How can I verify a factory in Yiwu before paying a deposit?",
   "Dear Consumer Rights Station,\n\n"
   "I am the purchasing manager of a small chain of gift shops in Italy. We are about to place our first order with "
   "a supplier called Yiwu Hengxin Crafts Co., Ltd. (https://hengxincrafts.en.made-in-china.com). They ask for a 50% "
   "deposit by T/T before production.\n\n"
   "Before we pay, I would like to ask some general questions:\n"
   "1. Can the station check whether a company is registered in Yiwu and has had complaints?\n"
   "2. Is it normal to pay 50% in advance, or should we insist on 30%?\n"
   "3. If something goes wrong later, what does the station cover for foreign buyers?\n\n"
   "We have not paid anything yet and have no problem with them so far, I just want to be careful.\n\n"
   "Many thanks in advance,\n"
   "-- \n"
   "Sofia Marino\n"
   "Purchasing Manager\n"
   "Casabella Retail S.r.l.\n"
   "Via Roma 21, 40121 Bologna, Italy\n"
   "Tel. +39 051 555 0199\n"
   "https://www.casabella-retail.example\n",
   "Mon, 27 Apr 2026 11:30:00 +0200", "CAM3sMr1nO5qP7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7@mail.gmail.com",
   kind="inquiry", language="en",
   comp={"name": "Sofia Marino", "phones": ["+390515550199"], "address": "Via Roma 21, 40121 Bologna, Italy"},
   resp={"name": "Yiwu Hengxin Crafts Co., Ltd.", "urls": ["https://hengxincrafts.en.made-in-china.com"]},
   must=["what does the station cover for foreign buyers"],
   notes="Long inquiry naming a supplier (respondent still extracted, missing []); own company site in the signature is not the merchant's")

# e7en-08: Outlook html, Chinese-speaking writer; deposit paid but balance not; order amount the deposit paid.
ol("e7en-08.eml", "Chen Jiahui", "jiahui.chen@lionbridge-trading.example", "Deposit paid, factory asks for more money before production",
   "Dear Sir/Madam,\n\n"
   "I am Chen Jiahui (陈嘉慧) from Singapore. In March I agreed with Yiwu Xinda Packaging Factory to make 20,000 printed "
   "paper bags. Price: USD 0.28 x 20,000 = USD 5,600.00. I paid the deposit USD 1,680.00 on 12 March.\n\n"
   "Now the factory (contact person 李经理, WeChat xinda_pack_li) says the paper price went up and I must add USD 900 "
   "before they start production, otherwise they keep my deposit. This was not in our contract.\n\n"
   "Order ref: XD-SG-0312\n"
   "Factory tel: +86 579 8512 7730\n\n"
   "I want the factory to follow the contract or return my deposit of USD 1,680.00.\n\n"
   "Best regards,\n"
   "Chen Jiahui\n"
   "Operations Executive, Lionbridge Trading Pte. Ltd.\n"
   "HP: +65 9155 5021\n",
   "Tue, 28 Apr 2026 16:45:00 +0800", "SG2PR04MB5531F0E1D2C3B4A5968778695A@SG2PR04MB5531.apcprd04.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Chen Jiahui", "phones": ["+6591555021"]},
   resp={"name": "Yiwu Xinda Packaging Factory", "phones": ["+8657985127730"]},
   order={"number": "XD-SG-0312", "amount": "1680.00", "currency": "USD"},
   missing=[],
   must=["the paper price went up"],
   notes="Singapore HP: label; only the deposit was paid, so the amount paid is the deposit, not the contract value; Order ref label")

# e7en-09: Gmail forward of the seller's email (Fwd:), HTML; complaint.
gm("e7en-09.eml", "Tom Becker", "tom.becker.hh@gmail.com", "Fwd: Your order YS-88031 - shipping update",
   "Hello,\n\n"
   "Please see below the last email from the supplier. They promised shipment on 5 April, now they ask for "
   "another USD 450 \"port fee\" before releasing the goods. I already paid USD 3,960.00 in full (unit price "
   "USD 3.30 x 1,200 LED lamps). I think this is a scam and I want my money back.\n\n"
   "Tom Becker\n"
   "Becker Leuchten GmbH, Hamburg\n"
   "+49 40 5555 1289\n\n"
   "---------- Forwarded message ---------\n"
   "From: Yisheng Lighting <sales@yishenglighting.example>\n"
   "Date: Wed, Apr 15, 2026 at 9:12 AM\n"
   "Subject: Your order YS-88031 - shipping update\n"
   "To: <tom.becker.hh@gmail.com>\n\n"
   "Dear Tom,\n\n"
   "Your goods are ready at Ningbo port. Please pay USD 450 port fee so we can release the container.\n\n"
   "Best regards\n"
   "Amy Zhang\n"
   "Yiwu Yisheng Lighting Co., Ltd.\n"
   "Tel: +86 579 8533 6021\n"
   "https://www.yishenglighting.example\n",
   "Thu, 16 Apr 2026 08:20:44 +0200", "CAP9tBk3hH5jJ7kK9lL1mM3nN5oO7pP9qQ1rR3sS5tT7@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Tom Becker", "phones": ["+494055551289"]},
   resp={"name": "Yiwu Yisheng Lighting Co., Ltd.", "urls": ["https://www.yishenglighting.example"], "phones": ["+8657985336021"]},
   order={"number": "YS-88031", "amount": "3960.00", "currency": "USD"},
   must=["port fee", "Your goods are ready at Ningbo port"],
   notes="Gmail forward of the seller's mail: the forwarded signature is the merchant's (name, phone, site); the order number only in the forwarded subject")

# e7en-10: Outlook reply with case ref and quoted history including station signature.
ol("e7en-10.eml", "Pieter de Vries", "p.devries@noordimport.example", "RE: [YW-2026-00871] Your complaint has been registered",
   "Dear Ms. Lou,\n\n"
   "Thank you for your quick reply. As requested, the factory's mobile is 137 5790 2214 (Mr. Zhou) and our PO "
   "number is NI-2026-0042. I have also attached the bank slip for the EUR 11,750.00 payment.\n\n"
   "Kind regards,\n"
   "Pieter de Vries\n\n"
   "From: 义乌市电子商务协会消费者维权服务站 <tousu@yweca.org.example>\n"
   "Sent: Wednesday, April 22, 2026 10:05 AM\n"
   "To: Pieter de Vries <p.devries@noordimport.example>\n"
   "Subject: [YW-2026-00871] Your complaint has been registered\n\n"
   "Dear Mr. de Vries,\n\n"
   "We have registered your complaint as YW-2026-00871. Could you send the factory's mobile number?\n\n"
   "Lou Xiaoyan\n"
   "Tel: 0579-85550188\n",
   "Wed, 22 Apr 2026 14:31:27 +0200", "AM0PR07MB6420F1A2B3C4D5E6F7A8B9C0@AM0PR07MB6420.eurprd07.prod.outlook.com",
   files=[("Bank_slip_20260128.pdf", "application/pdf")],
   kind="reply", language="en", case_ref="YW-2026-00871",
   comp={"name": "Pieter de Vries"},
   resp={"phones": ["+8613757902214"]},
   order={"number": "NI-2026-0042", "amount": "11750.00", "currency": "EUR"},
   must=["the factory's mobile is 137 5790 2214"], mustnot=["Could you send the factory's mobile number?"],
   notes="Outlook reply: From/Sent/To/Subject history block; station phone in the history is nobody's; PO number label")

# e7en-11: long complaint from a retail buyer on Temu-like marketplace w/ multiple amounts, refund amount first.
gm("e7en-11.eml", "Aisha Bello", "aisha.bello.abj@gmail.com", "Request for help: refund of USD 210 from Happy Party Supplies",
   "Dear Sir,\n\n"
   "I want a refund of USD 210.00 from Happy Party Supplies, a shop on AliExpress "
   "(https://www.aliexpress.com/store/912004561). Let me explain what happened.\n\n"
   "- 2 Feb: I ordered 300 balloon arches for my event business. Order ID: 8162203344517788.\n"
   "- 3 Feb: I paid US$ 486.50 including US$ 36.50 shipping.\n"
   "- 20 Feb: the parcel arrived with only 170 arches.\n"
   "- 21 Feb: the seller wrote \"we will resend the missing ones\".\n"
   "- 30 Mar: nothing resent, seller now says the dispute time has passed.\n\n"
   "The missing 130 arches are worth USD 210.00, this is what I ask back.\n\n"
   "Regards,\n"
   "Aisha Bello\n"
   "Bello Events, Abuja\n"
   "WhatsApp: +234 809 555 7710\n"
   "Instagram: @belloevents_abj\n",
   "Tue, 31 Mar 2026 19:02:10 +0100", "CAQ1aBe3lL5oO7aA9bB1jJ3aA5bB7cC9dD1eE3fF5gG7@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Aisha Bello", "phones": ["+2348095557710"]},
   resp={"name": "Happy Party Supplies", "urls": ["https://www.aliexpress.com/store/912004561"]},
   order={"number": "8162203344517788", "amount": "486.50", "currency": "USD"},
   must=["the dispute time has passed"],
   notes="Timeline as a dash list; refund asked comes first in the text, the paid amount is the order amount; Instagram handle is nothing")

# e7en-12: Apple Mail, PDF invoice attached, from iPad signature, seller email in text.
ap("e7en-12.eml", "Rachel Goldberg", "rachel.goldberg@me.com", "Invoice overcharged by Yiwu Sunrise Textile Co., Ltd.",
   "Dear team,\n\n"
   "We received the final invoice (attached) from Yiwu Sunrise Textile Co., Ltd. for 2,500 cotton tote bags. "
   "The proforma said USD 1.60 per bag, USD 4,000.00 in total. The final invoice says USD 1.95 per bag and they "
   "demand the difference before shipping. We already paid USD 4,000.00 as agreed.\n\n"
   "Their sales manager (Jenny, jenny@sunrisetextile.example, mobile +86 186 5797 2241) refuses to discuss it.\n\n"
   "Order #: ST-0419-RG\n\n"
   "Rachel Goldberg\n"
   "Goldberg & Daughters Ltd.\n"
   "45 Hatton Garden, London EC1N 8EE\n"
   "+44 20 7946 0958\n\n"
   "Sent from my iPad\n",
   "Sun, 19 Apr 2026 12:10:33 +0100", "A1B2C3D4-E5F6-4708-9A1B-2C3D4E5F6A7B@me.com",
   files=[("Invoice ST-0419-RG.pdf", "application/pdf")],
   kind="complaint", language="en",
   comp={"name": "Rachel Goldberg", "phones": ["+442079460958"], "address": "45 Hatton Garden, London EC1N 8EE"},
   resp={"name": "Yiwu Sunrise Textile Co., Ltd.", "phones": ["+8618657972241"]},
   order={"number": "ST-0419-RG", "amount": "4000.00", "currency": "USD"},
   must=["they demand the difference before shipping"],
   notes="Apple Mail HTML + PDF; the seller's e-mail is not the complainant's; 'Sent from my iPad'")

# e7en-13: auto-reply from an importer's Outlook (no headers other than subject).
hdr13 = hdrs("outlook", "Pieter de Vries", "p.devries@noordimport.example", "Automatic reply: [YW-2026-00871] Formal complaint regarding Zhejiang Jiasheng Umbrella Factory",
             "Thu, 23 Apr 2026 08:00:02 +0200", "AM0PR07MB6420A0B1C2D3E4F5A6B7C8D9@AM0PR07MB6420.eurprd07.prod.outlook.com")
compose("e7en-13.eml", hdr13,
        "Thank you for your email. I am out of the office until 4 May with limited access to e-mail. For urgent "
        "matters please contact our office on +31 10 555 0190 or inkoop@noordimport.example.\n\nPieter de Vries\nNoord Import B.V.\n",
        mso_html("Thank you for your email. I am out of the office until 4 May with limited access to e-mail. For urgent "
                 "matters please contact our office on +31 10 555 0190 or inkoop@noordimport.example.\n\nPieter de Vries\nNoord Import B.V."),
        "utf-8", "quoted-printable", "auto13",
        kind="auto_reply", language="en", case_ref="YW-2026-00871",
        must=["out of the office until 4 May"],
        notes="Out-of-office without Auto-Submitted headers: subject 'Automatic reply:'; its phone and e-mail are nobody's")

# e7en-14: Yahoo, Chinese-speaking writer with bilingual shop name, HKD.
yh("e7en-14.eml", "Wong Siu Ming", "wongsiuming88@yahoo.com.hk", "Complaint: toys from 快乐宝贝玩具店 all broken",
   "Dear Sir/Madam,\n\n"
   "I am Wong Siu Ming from Hong Kong. I bought 60 remote control cars from 快乐宝贝玩具店 (Happy Baby Toys) in "
   "Yiwu Futian Market, District 1, Gate 5, shop 10233. When I opened the boxes at home, 25 cars do not work.\n\n"
   "I paid HK$ 3,600 in cash and the owner gave me a receipt. The owner's mobile is 138 5798 6612. He said on the "
   "phone \"no refund, you tested them in my shop\" but I did not test them.\n\n"
   "Please help.\n"
   "Wong Siu Ming\n"
   "Mobile: +852 9123 8870\n",
   "Sat, 18 Apr 2026 22:41:05 +0800", "1731946210.118263.1776523265871@mail.yahoo.com",
   kind="complaint", language="en",
   comp={"name": "Wong Siu Ming", "phones": ["+85291238870"]},
   resp={"name": "快乐宝贝玩具店", "phones": ["+8613857986612"]},
   order={"amount": "3600.00", "currency": "HKD"},
   must=["25 cars do not work"],
   notes="HK writer in English naming a Chinese shop (en); HK$ amount; merchant mobile in a sentence about the owner")

# e7en-15: long English inquiry about import rules, names a platform shop, no own phone.
ol("e7en-15.eml", "Daniel Okoye", "daniel.okoye@outlook.com", "Questions about buying wholesale in Yiwu for the first time",
   "Hello,\n\n"
   "I am planning to start importing kitchen gadgets from Yiwu to Ghana and I have some questions before I place "
   "my first order. I found Yiwu Jiale Kitchenware on yiwugo (https://www.yiwugo.com/shop/jialekitchen.html) and "
   "they look good, but I have never bought from China before.\n\n"
   "- What documents should I ask the supplier for (invoice, packing list, certificate of origin)?\n"
   "- Does the station help foreign buyers if a supplier does not deliver?\n"
   "- Is there a list of suppliers who had many complaints?\n\n"
   "Thank you very much for your time.\n\n"
   "Daniel Okoye\n"
   "Accra, Ghana\n",
   "Mon, 20 Apr 2026 07:55:40 +0000", "DB8PR02MB5642C1D2E3F4A5B6C7D8E9F0@DB8PR02MB5642.eurprd02.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Daniel Okoye"},
   resp={"name": "Yiwu Jiale Kitchenware", "urls": ["https://www.yiwugo.com/shop/jialekitchen.html"]},
   must=["certificate of origin"],
   notes="Long inquiry about import rules naming a yiwugo shop; bare city is no address; missing [] for inquiries")

# e7en-16: Gmail HTML with inline logo in signature (cid), multiple amounts in a table-like block.
gm("e7en-16.eml", "Olivia Chen", "olivia.chen@brightkids.example", "Missing cartons - Yiwu Haoyun Stationery Co., Ltd.",
   "Dear Sir or Madam,\n\n"
   "We ordered school stationery from Yiwu Haoyun Stationery Co., Ltd. and only 41 of 48 cartons were delivered to "
   "our forwarder in Yiwu. The factory says all 48 were sent and refuses to check.\n\n"
   "Order summary:\n"
   "Order No.: HY-20260311-07\n"
   "Goods: USD 7,420.00\n"
   "Inland delivery: USD 180.00\n"
   "Deposit paid (30%): USD 2,280.00\n"
   "Balance paid: USD 5,320.00\n"
   "Total paid: USD 7,600.00\n\n"
   "Factory contact: Mr. Xu, mobile 0086 139 5796 4470, email xu@haoyunstationery.example\n\n"
   "We ask for the 7 missing cartons or a refund of USD 1,082.00.\n\n"
   "Best wishes,\n"
   "-- \n"
   "Olivia Chen | Sourcing Coordinator\n"
   "Bright Kids Pty Ltd\n"
   "Level 3, 120 Collins Street, Melbourne VIC 3000, Australia\n"
   "P: +61 3 9555 0128\n"
   "W: brightkids.example | LinkedIn: linkedin.com/company/brightkids-example\n",
   "Wed, 15 Apr 2026 17:20:18 +1000", "CAR5oCh7eN9bK1iD3sS5tT7uU9vV1wW3xX5yY7zZ9aA1@mail.gmail.com",
   inline=[("brightkids_logo.png", "image/png")],
   kind="complaint", language="en",
   comp={"name": "Olivia Chen", "phones": ["+61395550128"], "address": "Level 3, 120 Collins Street, Melbourne VIC 3000, Australia"},
   resp={"name": "Yiwu Haoyun Stationery Co., Ltd.", "phones": ["+8613957964470"]},
   order={"number": "HY-20260311-07", "amount": "7600.00", "currency": "USD"},
   must=["only 41 of 48 cartons"],
   notes="goods, delivery, deposit and balance before the total paid; inline signature logo; own website/LinkedIn without scheme not merchant URLs; factory e-mail not the complainant's")

# e7en-17: spam with fake complaint-help service (HTML), looks like complaint wording.
hdr17 = hdrs("gmail", "Recovery Experts", "help@fundrecovery-pro.example", "Lost money to a Chinese supplier? We recover 100% of your funds",
             "Thu, 16 Apr 2026 02:11:45 +0000", "CAS7rEc0vErY2eXp4eRt6sS8pP0rR2oO4fF6uU8nN0dD2@mail.gmail.com")
hdr17.append("List-Unsubscribe: <mailto:unsubscribe@fundrecovery-pro.example>")
compose("e7en-17.eml", hdr17,
        "Dear Business Owner,\n\nWere you scammed by a supplier in Yiwu or Guangzhou? Our legal team has recovered over "
        "USD 12,000,000 for importers worldwide. No recovery, no fee!\n\nContact our case manager today on WhatsApp +1 646 555 0199 "
        "or visit https://www.fundrecovery-pro.example/start\n\nTo stop receiving these emails, reply UNSUBSCRIBE.\n",
        gmail_html("Dear Business Owner,\n\nWere you scammed by a supplier in Yiwu or Guangzhou? Our legal team has recovered over "
                   "USD 12,000,000 for importers worldwide. No recovery, no fee!\n\nContact our case manager today on WhatsApp +1 646 555 0199 "
                   "or visit https://www.fundrecovery-pro.example/start\n\nTo stop receiving these emails, reply UNSUBSCRIBE."),
        "UTF-8", "quoted-printable", "spam17",
        kind="spam", language="en",
        must=["No recovery, no fee"],
        notes="Recovery-scam advertising with complaint words: spam; nothing extracted")

# e7en-18: Outlook, windows-1252 QP, retail buyer, Amazon-style seller, euro amount, disclaimer with email.
ol("e7en-18.eml", "Julien Moreau", "julien.moreau@orange.example", "Complaint against Ningbo Starlight Trading Co., Ltd. - Christmas lights",
   "Bonjour,\n\n"
   "I am writing on behalf of my shop \u00ab D\u00e9co Lumi\u00e8re \u00bb in Lyon. We bought 900 sets of Christmas lights "
   "from Ningbo Starlight Trading Co., Ltd. at the Yiwu market (booth H2-3-41201). The lights have no CE marking although "
   "the seller\u2019s quotation said \u201cCE certified\u201d, so we cannot sell them in France.\n\n"
   "Order ref: SL-FR-2026-11\n"
   "We paid \u20ac 3.150,00 in total (\u20ac 3,50 x 900 sets).\n"
   "Seller phone: +86 574 8777 2310\n\n"
   "We want to return the goods and get our money back.\n\n"
   "Cordialement,\n"
   "Julien Moreau\n"
   "G\u00e9rant, D\u00e9co Lumi\u00e8re SARL\n"
   "12 rue Merci\u00e8re, 69002 Lyon, France\n"
   "T\u00e9l. +33 4 78 55 01 23\n",
   "Fri, 17 Apr 2026 11:48:03 +0200", "PR1P264MB2210A1B2C3D4E5F6A7B8C9D0@PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
   cs="windows-1252",
   kind="complaint", language="en",
   comp={"name": "Julien Moreau", "phones": ["+33478550123"], "address": "12 rue Merci\u00e8re, 69002 Lyon, France"},
   resp={"name": "Ningbo Starlight Trading Co., Ltd.", "phones": ["+8657487772310"]},
   order={"number": "SL-FR-2026-11", "amount": "3150.00", "currency": "EUR"},
   must=["no CE marking"],
   notes="French writer in English, windows-1252 QP (guillemets, euro sign =80); European decimal comma \u20ac 3.150,00; booth number is not a phone")

# e7en-19: Gmail, chat quotes with > lines from WeChat pasted (not history!), Chinese-speaking writer.
gm("e7en-19.eml", "Zhang Wei", "zhangwei.au@gmail.com", "Seller took my deposit and disappeared",
   "Hi,\n\n"
   "I'm Zhang Wei, living in Sydney. I ordered 500 hoodies with our logo from Yiwu Kaixin Garment Co., Ltd. I paid "
   "deposit USD 1,250.00 on 2 March via Alipay. After that the seller stopped answering. Our last chat on WeChat:\n\n"
   "Me: When will the hoodies be ready?\n"
   "Seller: 下周 next week, sure.\n"
   "Me: It's been 3 weeks.\n"
   "Seller: (no reply)\n\n"
   "Seller WeChat: kaixin_garment2019, phone 0579-8522 6140\n\n"
   "Please help me get back my deposit.\n\n"
   "Zhang Wei\n"
   "0412 555 081\n",
   "Sat, 04 Apr 2026 10:05:00 +1100", "CAT9zWe1iI3aA5uU7sS9yY1dD3nN5eE7yY9hH1oO3dD5@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Zhang Wei"},
   resp={"name": "Yiwu Kaixin Garment Co., Ltd.", "phones": ["+8657985226140"]},
   order={"amount": "1250.00", "currency": "USD"},
   missing=["complainant_phone"],
   must=["Seller: 下周 next week, sure."],
   notes="Chinese writer in English with a Chinese word in the chat (en); Australian mobile without +61 is not normalised; WeChat ID is no phone")

# e7en-20: Outlook HTML-only (no text/plain), MsoNormal, complaint with signature table.
hdr20 = hdrs("outlook", "Sarah O'Connell", "sarah.oconnell@emeraldgifts.example", "Counterfeit goods received from Yiwu Baili Gifts Co., Ltd.",
             "Tue, 14 Apr 2026 15:30:12 +0100", "DU2PR03MB8120B1C2D3E4F5A6B7C8D9E0@DU2PR03MB8120.eurprd03.prod.outlook.com")
body20 = ("Dear Sir/Madam,\n\n"
          "I wish to make a complaint against Yiwu Baili Gifts Co., Ltd. (https://bailigifts.en.alibaba.com). We ordered 3,000 "
          "branded keyrings with our own licensed design. The keyrings we received carry a different, copied design and the "
          "seller is selling our licensed design to other buyers.\n\n"
          "Order number: BL-IE-5521\n"
          "Amount paid: USD 2,940.00\n\n"
          "Yours sincerely,")
sig20 = [["Sarah O'Connell"], ["Managing Director"], ["Emerald Gifts Ltd"], ["Unit 7, Ballymount Business Park, Dublin 12, Ireland"],
         ["Tel: +353 1 555 0172"], ["emeraldgifts.example"]]
compose("e7en-20.eml", hdr20, "", mso_html(body20, sig20), "utf-8", "base64", "ol20", html_only=True,
        kind="complaint", language="en",
        comp={"name": "Sarah O'Connell", "phones": ["+35315550172"], "address": "Unit 7, Ballymount Business Park, Dublin 12, Ireland"},
        resp={"name": "Yiwu Baili Gifts Co., Ltd.", "urls": ["https://bailigifts.en.alibaba.com"]},
        order={"number": "BL-IE-5521", "amount": "2940.00", "currency": "USD"},
        must=["a different, copied design", "Managing Director"],
        notes="Outlook HTML only, base64, MsoNormal and a signature table; own bare website in the table is not the merchant's")

# e7en-21: Yahoo inquiry: is this company legitimate, with a product URL.
yh("e7en-21.eml", "Maria Santos", "mariasantos_ph@yahoo.com", "Is Yiwu Golden Sun Trading a real company?",
   "Hello,\n\n"
   "I found a company called Yiwu Golden Sun Trading Co., Ltd. selling phone accessories at very low prices "
   "(https://www.goldensuntrading.example/product/earbuds-tws-09). Their agent on WhatsApp (+86 152 5790 8836) "
   "asks me to pay 100% by Western Union before shipping.\n\n"
   "Can you tell me if this company is registered and legitimate? I have not paid anything yet.\n\n"
   "Thank you po,\n"
   "Maria Santos\n"
   "Quezon City, Philippines\n"
   "+63 917 555 0143\n",
   "Sun, 12 Apr 2026 09:14:27 +0800", "1020417771.995518.1775956467021@mail.yahoo.com",
   kind="inquiry", language="en",
   comp={"name": "Maria Santos", "phones": ["+639175550143"]},
   resp={"name": "Yiwu Golden Sun Trading Co., Ltd.", "urls": ["https://www.goldensuntrading.example/product/earbuds-tws-09"], "phones": ["+8615257908836"]},
   must=["if this company is registered and legitimate"],
   notes="Inquiry (legitimacy) with merchant URL and WhatsApp: respondent filled, missing []")

# e7en-22: iOS Outlook complaint with attached photos, refund requested, balance vs deposit, total paid.
ios("e7en-22.eml", "James Carter", "jcarter@carterimports.example", "Broken glass candle holders - need your help",
   "Hello,\n\n"
   "Writing from my phone, sorry for typos. We imported 2,400 glass candle holders from Yiwu Qingyun Glassware Factory. "
   "About 700 arrived broken (photos attached). The factory packed 48 pieces per carton without dividers even though "
   "the PI says \"with paper dividers\".\n\n"
   "PI No: QY-2026-118\n"
   "Deposit USD 1,152 + balance USD 2,688 = total paid USD 3,840\n"
   "Factory WhatsApp +86 133 5790 4418\n\n"
   "We want USD 1,120 compensation.\n\n"
   "James Carter\n"
   "Carter Imports LLC\n"
   "Cell: +1 (917) 555-0163\n\n"
   "Get Outlook for iOS\n",
   "Mon, 13 Apr 2026 23:02:51 -0400", "BN0PR08MB7014E5F6A7B8C9D0E1F2A3B4@BN0PR08MB7014.namprd08.prod.outlook.com",
   files=[("IMG_2231.jpg", "image/jpeg"), ("IMG_2232.jpg", "image/jpeg")],
   kind="complaint", language="en",
   comp={"name": "James Carter", "phones": ["+19175550163"]},
   resp={"name": "Yiwu Qingyun Glassware Factory", "phones": ["+8613357904418"]},
   order={"amount": "3840.00", "currency": "USD"},
   must=["without dividers"],
   notes="Cell with +1 and brackets; PI No is not an order label; deposit + balance = total paid")
save()
