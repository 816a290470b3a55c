#!/usr/bin/env python3
"""Shared helpers of the evaluation-mail generators (eval/gen.py,
eval2/gen.py): they write messages byte for byte as the named mail clients
send them (CRLF line endings, RFC 2047 headers, base64 / quoted-printable /
8bit bodies in the clients' charsets) and collect the expected
`redress parse` output for labels.json.
"""
import base64
import html
import json
import os
import quopri

HERE = None  # set by the generator script: where its files go
STATION = "tousu@yweca.org.example"


def ew(s, cs, enc="B", chunk=12):
    """RFC 2047 encoded words, folded, chunk characters per word."""
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(cs)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(c if (c.isalnum() and ord(c) < 128) else "=%02X" % ord(c) for c in b.decode("latin-1"))
            words.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(words)


def enc_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "quoted-printable":
        out = []
        for line in raw.split(b"\r\n"):
            out.append(quopri.encodestring(line).decode().replace("\n", "\r\n").rstrip("\r\n"))
        return "\r\n".join(out) + "\r\n"
    return raw.decode(cs) if cs in ("utf-8", "us-ascii") else raw.decode("latin-1")


def part(ctype, cs, cte, text, extra=""):
    h = 'Content-Type: %s; charset="%s"\r\nContent-Transfer-Encoding: %s\r\n%s\r\n' % (ctype, cs, cte, extra)
    return h, enc_body(text, cs, cte)


def to_html(text):
    return "<div>" + "</div><div>".join(html.escape(l) if l else "<br>" for l in text.split("\n")) + "</div>"


def alt(text, cs, cte, boundary, htmltext=None):
    p1 = part("text/plain", cs, cte, text)
    p2 = part("text/html", cs, cte, htmltext or to_html(text))
    body = "This is a multi-part message in MIME format.\r\n\r\n"
    for h, b in (p1, p2):
        body += "--%s\r\n%s%s\r\n" % (boundary, h, b)
    body += "--%s--\r\n" % boundary
    return 'Content-Type: multipart/alternative;\r\n\tboundary="%s"\r\n' % boundary, body


def single(text, cs, cte, ctype="text/plain"):
    h, b = part(ctype, cs, cte, text)
    return h, b


def write(name, headers, ctype_hdr, body, bodycs="latin-1"):
    msg = "\r\n".join(headers) + "\r\n" + "MIME-Version: 1.0\r\n" + ctype_hdr + "\r\n" + body
    data = msg.encode("latin-1") if all(ord(c) < 256 for c in msg) else msg.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def received(host, ip, date):
    return ("Received: from %s (%s [%s])\r\n\tby mx1.yweca.org.example (Postfix) with ESMTPS id 7F3A2B%s\r\n"
            "\tfor <tousu@yweca.org.example>; %s" % (host, host, ip, ip.split(".")[-1], date))


LABELS = {}


def label(name, subject, frm, kind, msgid, language, case_ref="", comp=None, resp=None, order=None,
          missing=None, must=None, mustnot=None, attachments=None, notes=""):
    c = {"name": "", "phones": [], "emails": [], "address": ""}
    c.update(comp or {})
    r = {"name": "", "urls": [], "phones": [], "address": ""}
    r.update(resp or {})
    o = {"number": "", "amount": "", "currency": ""}
    o.update(order or {})
    LABELS[name] = {
        "message_id": msgid, "subject": subject, "from": {"name": frm[0], "address": frm[1].lower()},
        "kind": kind, "case_ref": case_ref, "language": language, "complainant": c, "respondent": r,
        "order": o, "missing": missing or [], "text_must_contain": must or [],
        "text_must_not_contain": mustnot or [], "attachments": attachments or [], "notes": notes,
    }


def qq(name, nick, addr, subject, text, date, msgid, html_only=None, **lab):
    hdr = ["Return-Path: <%s>" % addr, received("smtpbg51.qq.com", "203.0.113.51", date),
           'From: "%s" <%s>' % (ew(nick, "gb18030"), addr), "To: " + STATION,
           "Subject: " + ew(subject, "gb18030"), "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Priority: 3", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    if html_only:
        ct, body = single(html_only, "gb18030", "base64", "text/html")
        write(name, hdr, ct, body)
    else:
        ct, body = alt(text, "gb18030", "base64", "----=_NextPart_%s" % msgid[9:17])
        write(name, hdr, "Content-Transfer-Encoding: 8Bit\r\n" + ct, body)
    label(name, subject, (nick, addr), msgid=msgid, **lab)


def netease(name, disp, addr, subject, text, date, msgid, **lab):
    hdr = ["Return-Path: <%s>" % addr, received("m15-112.163.com", "203.0.113.112", date),
           "From: %s <%s>" % (ew(disp, "GBK") if disp else "", addr) if disp else "From: %s" % addr,
           "To: " + STATION, "Subject: " + ew(subject, "GBK"), "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
           "X-Originating-IP: [198.51.100.23]", "X-Priority: 3"]
    ct, body = alt(text, "GBK", "base64", "----=_Part_%s" % msgid[:10])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def foxmail(name, disp, addr, subject, text, date, msgid, **lab):
    hdr = ["Return-Path: <%s>" % addr, received("smtpbgsg2.qq.com", "203.0.113.88", date),
           'From: "%s" <%s>' % (ew(disp, "GB2312"), addr), "To: " + STATION,
           "Subject: " + ew(subject, "GB2312"), "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Priority: 3", "X-GUID: 5E2B3C41-8A7F-4B19-9C1D-%s" % msgid[:12].upper(),
           "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.228[cn]"]
    ct, body = alt(text, "GB2312", "base64", "----=_001_NextPart%s" % msgid[:12])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def gmail(name, disp, addr, subject, text, date, msgid, subj_enc=False, **lab):
    hdr = [received("mail-pj1-f41.google.com", "203.0.113.141", date),
           "From: %s <%s>" % (ew(disp, "UTF-8") if subj_enc and not disp.isascii() else disp, addr),
           "Date: " + date, "Message-ID: <%s>" % msgid,
           "Subject: " + (ew(subject, "UTF-8") if not subject.isascii() else subject), "To: " + STATION]
    ct, body = alt(text, "UTF-8", "quoted-printable", "0000000000005a1d2e0614%s" % msgid[:10])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def outlook(name, disp, addr, subject, text, date, msgid, cs="utf-8", html_only=False, extra=(), **lab):
    hdr = [received("NAM12-DM6-obe.outbound.protection.outlook.com", "203.0.113.160", date),
           "From: %s <%s>" % (disp, addr), "To: \"tousu@yweca.org.example\" <tousu@yweca.org.example>",
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Thread-Topic: " + (subject if subject.isascii() else ew(subject, "utf-8", "Q")),
           "Date: " + date, "Message-ID: <%s>" % msgid, "Accept-Language: en-US",
           "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"] + list(extra)
    if html_only:
        ct, body = single(text, cs, "base64", "text/html")
    else:
        ct, body = alt(text, cs, "quoted-printable", "_000_%s_" % msgid[:20])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def big5(name, disp, addr, subject, text, date, msgid, mailer="Microsoft Outlook 16.0", **lab):
    hdr = [received("mail.netvigator.example", "203.0.113.85", date),
           "From: \"%s\" <%s>" % (ew(disp, "big5"), addr), "To: <tousu@yweca.org.example>",
           "Subject: " + ew(subject, "big5"), "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Mailer: " + mailer, "Content-Language: zh-hk"]
    ct, body = alt(text, "big5", "base64", "----=_NextPart_000_0012_01DC%s" % msgid[:8])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


# ---------------------------------------------------------------------------


def thunder(name, disp, addr, subject, text, date, msgid, **lab):
    """Thunderbird: UTF-8 8bit, format=flowed, single text/plain part."""
    hdr = [received("smtp.mailbox.example", "203.0.113.190", date), "Message-ID: <%s>" % msgid,
           "Date: " + date, "User-Agent: Mozilla Thunderbird",
           "Subject: " + (subject if subject.isascii() else ew(subject, "UTF-8")), "To: " + STATION,
           "From: %s <%s>" % (ew(disp, "UTF-8") if not disp.isascii() else disp, addr)]
    ct = "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n"
    write(name, hdr, ct, "\r\n" + text.replace("\n", "\r\n"))
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def raw(name, headers, ctype, body, subject, frm, kind, msgid, language, **lab):
    write(name, headers, ctype, body)
    label(name, subject, frm, kind, msgid, language, **lab)


# Client helpers first written for the variants of the shared examples
# (eval3) and reused by later rounds.


def foxmail_att(name, disp, addr, subject, text, date, msgid, files, **lab):
    """Foxmail GB2312 text+HTML in multipart/mixed with image attachments
    whose names are RFC 2047 GB2312 words (example-08)."""
    hdr = ["Return-Path: <%s>" % addr, received("smtpbg159.qq.com", "203.0.113.37", date), "Date: " + date,
           'From: "%s" <%s>' % (ew(disp, "GB2312"), addr), "To: " + STATION,
           "Subject: " + ew(subject, "GB2312"), "Message-ID: <%s>" % msgid, "X-Priority: 3",
           "X-GUID: 44D0B04A-86FE-516E-D43D-%s" % msgid[:12].upper(), "X-Has-Attach: yes",
           "X-Mailer: Foxmail 7.2.25.228[cn]"]
    outer = "----=_000_NextPart%s_=----" % msgid[:12]
    act, abody = alt(text, "GB2312", "base64", "----=_001_NextPart%s_=----" % msgid[:12])
    body = "This is a multi-part message in MIME format.\r\n\r\n--%s\r\n%s\r\n%s\r\n" % (outer, act, abody)
    for fn, ctype in files:
        enc = ew(fn, "GB2312", chunk=40)
        data = base64.b64encode(bytes(range(256)) * 2).decode()
        body += ('--%s\r\nContent-Type: %s;\r\n\tname="%s"\r\nContent-Transfer-Encoding: base64\r\n'
                 'Content-Disposition: attachment;\r\n\tfilename="%s"\r\n\r\n%s\r\n\r\n') % (
            outer, ctype, enc, enc, "\r\n".join(data[i:i + 76] for i in range(0, len(data), 76)))
    body += "--%s--\r\n" % outer
    write(name, hdr, 'Content-Type: multipart/mixed;\r\n\tboundary="%s"\r\n' % outer, body)
    label(name, subject, (disp, addr), msgid=msgid,
          attachments=[{"filename": fn, "content_type": ct} for fn, ct in files], **lab)


def outlook_cn(name, disp, addr, to, subject, text, date, msgid, cs="gb2312", **lab):
    """Chinese Outlook 16 (example-12): gb2312 base64 text+HTML, encoded
    display names, the subject in encoded words of the same charset."""
    hdr = ["Return-Path: <%s>" % addr, received("smtp8.yweca.org.example", "203.0.113.120", date),
           "From: %s <%s>" % (ew(disp, cs), addr), "To: %s,\r\n\ttousu@yweca.org.example" % to,
           "Subject: " + ew(subject, cs, chunk=16), "Date: " + date, "Message-ID: <%s>" % msgid,
           "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AeqZsqt9tOYjl68cgFiu4ZOCkoj3vQ==",
           "Content-Language: zh-cn"]
    ct, body = alt(text, cs, "base64", "----=_NextPart_000_00FF_01DC%s" % msgid[6:14])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def outlook_1252(name, disp, addr, subject, text, date, msgid, **lab):
    """Outlook 16 desktop in windows-1252 quoted-printable (example-07)."""
    s = subject.encode("cp1252")
    q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in s)
    def q1252(v):
        return "=?windows-1252?Q?%s?=" % "".join(
            chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in v.encode("cp1252"))
    hdr = [received("smtp3.outlook.it", "203.0.113.120", date),
           ('From: "%s" <%s>' % (disp, addr)) if disp.isascii() else "From: %s <%s>" % (q1252(disp), addr),
           "To: " + STATION, "Subject: " + (subject if subject.isascii() else "=?windows-1252?Q?%s?=" % q),
           "Date: " + date, "Message-ID: <%s>" % msgid, "X-Mailer: Microsoft Outlook 16.0",
           "Thread-Index: AXWYSsAaFMXazZlBtCX1Uyrr9N42Yw==", "Content-Language: en-us"]
    ct, body = alt(text, "windows-1252", "quoted-printable", "----=_NextPart_000_00D3_01DC%s" % msgid[8:16])
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def thunder_re(name, disp, addr, to, prefix, subject_rest, text, date, msgid, **lab):
    """Thunderbird (example-14): UTF-8 8bit format=flowed; the subject keeps
    its ASCII "Re: [YW-...]" prefix and encodes the rest."""
    subj = prefix + (" " + ew(subject_rest, "UTF-8", chunk=8) if subject_rest and not subject_rest.isascii()
                     else (" " + subject_rest if subject_rest else ""))
    hdr = ["Return-Path: <%s>" % addr, received("smtp.yweca.org.example", "203.0.113.177", date),
           "Message-ID: <%s>" % msgid, "Date: " + date, "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
           "Subject: " + subj, "To: %s,\r\n\ttousu@yweca.org.example" % to, "Content-Language: zh-CN",
           "From: %s <%s>" % (ew(disp, "UTF-8") if not disp.isascii() else disp, addr)]
    ct = "Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n"
    msg = "\r\n".join(hdr) + "\r\n" + ct + "\r\n" + text.replace("\n", "\r\n")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(msg.encode("utf-8"))
    label(name, prefix + (" " + subject_rest if subject_rest else ""), (disp, addr), msgid=msgid, **lab)


def autoreply(name, disp, addr, subject, text, date, msgid, headers=(), cs="utf-8", **lab):
    """Outlook.com automatic reply (example-15): a single text/plain part in
    quoted-printable."""
    hdr = ["Return-Path: <%s>" % addr, received("SY4PR01MB6702.ausprd01.prod.outlook.com", "203.0.113.188", date),
           "From: %s <%s>" % (disp if disp.isascii() else ew(disp, "utf-8"), addr), "To: " + STATION,
           "Subject: " + (subject if subject.isascii() else ew(subject, "utf-8", chunk=16)), "Date: " + date,
           "Message-ID: <%s>" % msgid] + list(headers)
    ct, body = single(text, cs, "quoted-printable")
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), msgid=msgid, **lab)


def spam_html(name, disp, addr, subject, htmltext, date, msgid, cs="utf-8", bulk=True, **lab):
    """Bulk advertising, HTML only in base64 (example-03)."""
    dom = addr.split("@")[1]
    hdr = ["Return-Path: <bounce-%s@%s>" % (msgid[:10], dom), received("edm89." + dom, "203.0.113.250", date),
           'From: "%s" <%s>' % (disp if disp.isascii() else ew(disp, cs), addr), "To: " + STATION,
           "Subject: " + (subject if subject.isascii() else ew(subject, cs)), "Date: " + date,
           "Message-ID: <%s>" % msgid, "X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-Priority: 3"]
    if bulk:
        hdr += ["List-Unsubscribe: <https://www.%s/unsub>" % dom, "Precedence: bulk"]
    ct, body = single(htmltext, cs, "base64", "text/html")
    write(name, hdr, ct, body)
    label(name, subject, (disp, addr), kind="spam", msgid=msgid, **lab)


def postfix_bounce(name, date, qid, rcpt, said, returned, lang="en", notice=None, full=False, **lab):
    """Postfix delivery-status bounce (example-16): the returned message's
    headers (or the whole message) in the third part."""
    b = "%s.1773880811/mx1.yweca.org.example" % qid
    notice = notice or (
        "This is the mail system at host mx1.yweca.org.example.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\n"
        "For further assistance, please send mail to postmaster.\r\n\r\n"
        "If you do so, please include this problem report. You can\r\n"
        "delete your own text from the attached returned message.\r\n\r\n"
        "                   The mail system\r\n\r\n")
    body = ("This is a MIME-encapsulated message.\r\n\r\n--%s\r\nContent-Description: Notification\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n\r\n%s<%s>: %s\r\n\r\n"
            "--%s\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx1.yweca.org.example\r\nX-Postfix-Queue-ID: %s\r\n"
            "X-Postfix-Sender: rfc822; tousu@yweca.org.example\r\nArrival-Date: %s\r\n\r\n"
            "Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: failed\r\nStatus: 5.0.0\r\n"
            "Diagnostic-Code: smtp; %s\r\n\r\n"
            "--%s\r\nContent-Description: %s\r\nContent-Type: %s\r\n\r\n%s\r\n--%s--\r\n") % (
        b, notice, rcpt, said, b, qid, date, rcpt, rcpt, said.split(" said: ")[-1].replace("\r\n   ", ""), b,
        "Undelivered Message" if full else "Undelivered Message Headers",
        "message/rfc822" if full else "text/rfc822-headers", returned, b)
    hdr = ["Return-Path: <>", "Received: by mx1.yweca.org.example (Postfix)\r\n\tid %s; %s" % (qid, date),
           "Date: " + date, "From: Mail Delivery System <MAILER-DAEMON@mx1.yweca.org.example>",
           "Subject: Undelivered Mail Returned to Sender", "To: tousu@yweca.org.example",
           "Auto-Submitted: auto-replied"]
    msgid = "2026%s.%s@mx1.yweca.org.example" % (date[5:7] + "0000000", qid)
    write(name, hdr + ["Message-Id: <%s>" % msgid],
          'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="%s"\r\n' % b, body)
    label(name, "Undelivered Mail Returned to Sender", ("Mail Delivery System", "mailer-daemon@mx1.yweca.org.example"),
          "bounce", msgid, lang, **lab)


def save():
    """Write labels.json beside the generated messages."""
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print(len(LABELS), "messages")
