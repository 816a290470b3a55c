#!/usr/bin/env python3
"""Writes the bounce samples of this folder (python3 gen.py).

Delivery reports about the station's own outgoing mail (tousu@yweca.org.example,
Message-IDs <26 random chars@yweca.org.example>, subjects "[YW-2026-nnnnn] …"),
modelled on the formats of Postfix, Sendmail, Exim, qmail, Microsoft Exchange,
Gmail, QQ Mail / Tencent Exmail and NetEase 163, plus an auto-reply that is no
bounce and a bounce of mail the station never sent. golden.json holds the
expected Bounce of each (go test -run TestBounceGolden -update ./analysis/).
"""
import base64, os

HERE = os.path.dirname(os.path.abspath(__file__))


def b64(s, cs="utf-8"):
    b = base64.b64encode(s.encode(cs)).decode()
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def ew(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


BODY1 = b64("刘洋您好：\n\n您的投诉已登记，编号 YW-2026-00042。我们将在五个工作日内联系商家。\n\n义乌市消费者权益保护委员会\n")
BODY2 = b64("陈静您好：\n\n为便于处理您的投诉，请回复本邮件告知您的联系电话。\n")
BODY3 = b64("李娜您好：\n\n您与商家的纠纷已调解完毕，结果如下。\n")
BODY4 = b64("您好，我正在休假中，4月27日后回复您的邮件。\n")


# 1. Postfix, RFC 3464 with the whole returned message.
write("postfix-dsn.eml", f"""
Return-Path: <>
Received: by mx1.yweca.org.example (Postfix)
	id 4F1A2C0B7E; Mon, 20 Apr 2026 10:15:03 +0800 (CST)
Date: Mon, 20 Apr 2026 10:15:03 +0800 (CST)
From: MAILER-DAEMON@mx1.yweca.org.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: tousu@yweca.org.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1A2C0B7E.1776651303/mx1.yweca.org.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20260420021503.4F1A2C0B7E@mx1.yweca.org.example>

This is a MIME-encapsulated message.

--4F1A2C0B7E.1776651303/mx1.yweca.org.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.yweca.org.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<liuyang_88@sohu.com>: host mx.sohu.com[198.51.100.21] said: 550 5.1.1
    <liuyang_88@sohu.com>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--4F1A2C0B7E.1776651303/mx1.yweca.org.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.yweca.org.example
X-Postfix-Queue-ID: 4F1A2C0B7E
X-Postfix-Sender: rfc822; tousu@yweca.org.example
Arrival-Date: Mon, 20 Apr 2026 10:15:01 +0800 (CST)

Final-Recipient: rfc822; liuyang_88@sohu.com
Original-Recipient: rfc822;LiuYang_88@sohu.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.sohu.com
Diagnostic-Code: smtp; 550 5.1.1 <liuyang_88@sohu.com>: Recipient address
    rejected: User unknown in local recipient table

--4F1A2C0B7E.1776651303/mx1.yweca.org.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <tousu@yweca.org.example>
Received: from redress.yweca.org.example (localhost [127.0.0.1])
	by mx1.yweca.org.example (Postfix) with ESMTPS id 4F1A2C0B7E
	for <LiuYang_88@sohu.com>; Mon, 20 Apr 2026 10:15:01 +0800 (CST)
Date: Mon, 20 Apr 2026 10:15:00 +0800
From: {ew("义乌市消费者权益保护委员会")} <tousu@yweca.org.example>
To: {ew("刘洋")} <LiuYang_88@sohu.com>
Subject: {ew("[YW-2026-00042] 关于您投诉的受理通知")}
Message-ID: <c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{BODY1}

--4F1A2C0B7E.1776651303/mx1.yweca.org.example--
""")

# 2. Sendmail, RFC 3464 with text/rfc822-headers only; the consumer's
# address forwards to another mailbox that is full.
write("sendmail-headers-only.eml", """
Return-Path: <>
Received: from relay.hkbn-mail.example (relay.hkbn-mail.example [203.0.113.45])
	by mx1.yweca.org.example (Postfix) with ESMTPS id 9B3D1A0F22
	for <tousu@yweca.org.example>; Tue, 21 Apr 2026 16:02:44 +0800 (CST)
Received: from localhost (localhost)
	by relay.hkbn-mail.example (8.15.2/8.15.2) id 63L82i9k004411;
	Tue, 21 Apr 2026 16:02:44 +0800
Date: Tue, 21 Apr 2026 16:02:44 +0800
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.hkbn-mail.example>
Message-Id: <202604210802.63L82i9k004411@relay.hkbn-mail.example>
To: <tousu@yweca.org.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63L82i9k004411.1776758564/relay.hkbn-mail.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63L82i9k004411.1776758564/relay.hkbn-mail.example

The original message was received at Tue, 21 Apr 2026 16:02:40 +0800
from mx1.yweca.org.example [198.51.100.10]

   ----- The following addresses had permanent fatal errors -----
<kwong.mf@hkbn-mail.example>
    (reason: 552 5.2.2 Mailbox full)
    (expanded from: <Wong.Mei-Fung@hkbn-mail.example>)

   ----- Transcript of session follows -----
... while talking to store3.hkbn-mail.example.:
>>> DATA
<<< 552 5.2.2 Mailbox full
554 5.0.0 Service unavailable

--63L82i9k004411.1776758564/relay.hkbn-mail.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.hkbn-mail.example
Received-From-MTA: DNS; mx1.yweca.org.example
Arrival-Date: Tue, 21 Apr 2026 16:02:40 +0800

Original-Recipient: rfc822;Wong.Mei-Fung@hkbn-mail.example
Final-Recipient: RFC822; <kwong.mf@hkbn-mail.example>
Action: failed
Status: 5.2.2
Remote-MTA: DNS; store3.hkbn-mail.example
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Tue, 21 Apr 2026 16:02:44 +0800

--63L82i9k004411.1776758564/relay.hkbn-mail.example
Content-Type: text/rfc822-headers

Return-Path: <tousu@yweca.org.example>
Received: from mx1.yweca.org.example (mx1.yweca.org.example [198.51.100.10])
	by relay.hkbn-mail.example (8.15.2/8.15.2) with ESMTPS id 63L82i9k004411
	for <Wong.Mei-Fung@hkbn-mail.example>; Tue, 21 Apr 2026 16:02:40 +0800
Date: Tue, 21 Apr 2026 16:02:38 +0800
From: Yiwu Consumer Council <tousu@yweca.org.example>
To: WONG Mei Fung <Wong.Mei-Fung@hkbn-mail.example>
Subject: [YW-2026-00057] Request for the seller's contact details
Message-ID: <m4r8t2k6w0y3p7n1v5c9x2z4qa@yweca.org.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--63L82i9k004411.1776758564/relay.hkbn-mail.example--
""")

# 3. Exim, plain text with a copy of the message (raw encoded subject).
write("exim-plain.eml", f"""
Return-path: <>
Envelope-to: tousu@yweca.org.example
Received: from mailnull by mx.hk-mail.example with local (Exim 4.97)
	id 1wQzT2-0004Kb-1M
	for tousu@yweca.org.example; Wed, 22 Apr 2026 09:41:17 +0800
X-Failed-Recipients: chen.jing@hk-mail.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.hk-mail.example>
To: tousu@yweca.org.example
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wQzT2-0004Kb-1M@mx.hk-mail.example>
Date: Wed, 22 Apr 2026 09:41:17 +0800

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  chen.jing@hk-mail.example
    host store.hk-mail.example [203.0.113.88]
    SMTP error from remote mail server after RCPT TO:<chen.jing@hk-mail.example>:
    550 5.1.1 <chen.jing@hk-mail.example>: Recipient address rejected:
    User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <tousu@yweca.org.example>
Received: from mx1.yweca.org.example ([198.51.100.10])
	by mx.hk-mail.example with esmtps (TLS1.3) (Exim 4.97)
	(envelope-from <tousu@yweca.org.example>)
	id 1wQzT1-0004KS-3c
	for chen.jing@hk-mail.example; Wed, 22 Apr 2026 09:41:16 +0800
Date: Wed, 22 Apr 2026 09:41:14 +0800
From: {ew("义乌市消费者权益保护委员会")} <tousu@yweca.org.example>
To: {ew("陈静")} <chen.jing@hk-mail.example>
Subject: {ew("[YW-2026-00061] 请补充您的联系电话")}
Message-ID: <p2n6v0c4x8z1q5w9r3t7y1k5mb@yweca.org.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{BODY2}
""")

# 4. Microsoft Exchange NDR: report with text and HTML, delivery status and
# the returned message.
exch_text = """Delivery has failed to these recipients or groups:

j.smith@contoso-trading.example (j.smith@contoso-trading.example)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EXCH02.contoso-trading.example

j.smith@contoso-trading.example
#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##

Original message headers:

Received: from EXCH01.contoso-trading.example (10.1.2.11) by
 EXCH02.contoso-trading.example (10.1.2.12) with Microsoft SMTP Server
 (TLS) id 15.2.1544.4; Thu, 23 Apr 2026 03:20:11 +0100
Date: Thu, 23 Apr 2026 10:20:05 +0800
From: Yiwu Consumer Council <tousu@yweca.org.example>
To: John Smith <j.smith@contoso-trading.example>
Subject: [YW-2026-00063] Your complaint has been filed
Message-ID: <h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example>
MIME-Version: 1.0
Content-Type: text/plain
"""
exch_html = "<html><body><p><b><font color=\"#000066\">Delivery has failed to these recipients or groups:</font></b></p>" \
    "<p><a href=\"mailto:j.smith@contoso-trading.example\">j.smith@contoso-trading.example (j.smith@contoso-trading.example)</a><br>" \
    "The e-mail address you entered couldn't be found.</p></body></html>"
write("exchange-ndr.eml", f"""
Received: from EXCH02.contoso-trading.example (203.0.113.140) by
 mx1.yweca.org.example with ESMTPS; Thu, 23 Apr 2026 10:20:12 +0800
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso-trading.example>
To: <tousu@yweca.org.example>
Date: Thu, 23 Apr 2026 02:20:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="50ea4b4c-3b5f-4c1e-8a1b-6e0a4f2d9c11"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <3c9d8a2e-1f4b-4e6a-9d20-7c5b1a8e0f33@EXCH02.contoso-trading.example>
In-Reply-To: <h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example>
References: <h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example>
Subject: Undeliverable: [YW-2026-00063] Your complaint has been filed
Auto-Submitted: auto-replied
MIME-Version: 1.0

--50ea4b4c-3b5f-4c1e-8a1b-6e0a4f2d9c11
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a1f7c0d2-6e3b-4b8a-b1d9-2f4e6c8a0b13"

--a1f7c0d2-6e3b-4b8a-b1d9-2f4e6c8a0b13
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{exch_text}
--a1f7c0d2-6e3b-4b8a-b1d9-2f4e6c8a0b13
Content-Type: text/html; charset="us-ascii"

{exch_html}

--a1f7c0d2-6e3b-4b8a-b1d9-2f4e6c8a0b13--

--50ea4b4c-3b5f-4c1e-8a1b-6e0a4f2d9c11
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.contoso-trading.example
Received-From-MTA: dns;mx1.yweca.org.example
Arrival-Date: Thu, 23 Apr 2026 02:20:11 +0000

Final-Recipient: rfc822;j.smith@contoso-trading.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
X-Display-Name: John Smith

--50ea4b4c-3b5f-4c1e-8a1b-6e0a4f2d9c11
Content-Type: message/rfc822

Received: from EXCH01.contoso-trading.example (10.1.2.11) by
 EXCH02.contoso-trading.example (10.1.2.12) with Microsoft SMTP Server
 (TLS) id 15.2.1544.4; Thu, 23 Apr 2026 03:20:11 +0100
Date: Thu, 23 Apr 2026 10:20:05 +0800
From: Yiwu Consumer Council <tousu@yweca.org.example>
To: John Smith <j.smith@contoso-trading.example>
Subject: [YW-2026-00063] Your complaint has been filed
Message-ID: <h5j9k3l7z1x4c8v2b6n0m4q8wt@yweca.org.example>
MIME-Version: 1.0
Content-Type: text/plain

Dear John Smith,

Your complaint against Contoso Trading has been filed as YW-2026-00063.

--50ea4b4c-3b5f-4c1e-8a1b-6e0a4f2d9c11--
""")

# 5. Gmail (Google Workspace relay), current wording: report with text and
# HTML, delivery status and the returned message.
write("gmail-dsn.eml", f"""
Return-Path: <>
Received: by mail-sor-f69.google.com with SMTP id 5b1f17b1804b1-48d2c1b0a3fso1234567;
        Fri, 24 Apr 2026 01:05:33 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: tousu@yweca.org.example
Auto-Submitted: auto-replied
Message-ID: <680a0b1d.5d0a0220.2b1f9c.00a1.GMR@mx.google.com>
Date: Fri, 24 Apr 2026 01:05:33 -0700 (PDT)
Subject: Delivery Status Notification (Failure)
References: <w9x3c7v1b5n2m6q0r4t8y2u6ia@yweca.org.example>
In-Reply-To: <w9x3c7v1b5n2m6q0r4t8y2u6ia@yweca.org.example>
X-Failed-Recipients: li.na.2024@gmail.com
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000c0ffee01"; report-type=delivery-status

--000000000000c0ffee01
Content-Type: multipart/related; boundary="000000000000c0ffee02"

--000000000000c0ffee02
Content-Type: multipart/alternative; boundary="000000000000c0ffee03"

--000000000000c0ffee03
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to li.na.2024@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser

--000000000000c0ffee03
Content-Type: text/html; charset="UTF-8"

<html><head></head><body><h2>Address not found</h2><p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>li.na.2024@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</p></body></html>

--000000000000c0ffee03--
--000000000000c0ffee02
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
--000000000000c0ffee02--
--000000000000c0ffee01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; tousu@yweca.org.example
Arrival-Date: Fri, 24 Apr 2026 01:05:32 -0700 (PDT)
X-Original-Message-ID: <w9x3c7v1b5n2m6q0r4t8y2u6ia@yweca.org.example>

Final-Recipient: rfc822; li.na.2024@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0a::1a, the
 server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
 not exist. Please try 550-5.1.1 double-checking the recipient's email address
 for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
  https://support.google.com/mail/?p=NoSuchUser a1si123456wra.77 - gsmtp
Last-Attempt-Date: Fri, 24 Apr 2026 01:05:33 -0700 (PDT)

--000000000000c0ffee01
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yweca.org.example; s=2026;
        h=subject:to:from:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
        b=QmFzZTY0IGJ1dCBub3QgYSByZWFsIHNpZ25hdHVyZQ==
Message-ID: <w9x3c7v1b5n2m6q0r4t8y2u6ia@yweca.org.example>
Date: Fri, 24 Apr 2026 16:05:30 +0800
From: {ew("义乌市消费者权益保护委员会")} <tousu@yweca.org.example>
To: li.na.2024@gmail.com
Subject: {ew("[YW-2026-00066] 调解结果通知")}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{BODY3}
--000000000000c0ffee01--
""")

# 6. Gmail, older plain wording with the original quoted in the text.
write("gmail-text.eml", f"""
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: tousu@yweca.org.example
Auto-Submitted: auto-replied
Message-ID: <5f2a9c1e.1c69fb81.4a3b.0042@mx.google.com>
Date: Sat, 25 Apr 2026 02:11:09 -0700 (PDT)
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Delivery to the following recipient failed permanently:

     zhou.xm@corp-mail.example

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain corp-mail.example by mx1.corp-mail.example. [203.0.113.7].

The error that the other server returned was:
550 5.7.1 <zhou.xm@corp-mail.example>... Relaying denied

----- Original message -----

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yweca.org.example; s=2026;
        h=subject:to:from:date:message-id; b=QmFzZTY0IGJ1dCBub3QgYSByZWFsIHNpZ25hdHVyZQ==
MIME-Version: 1.0
Date: Sat, 25 Apr 2026 17:11:05 +0800
Message-ID: <e4r8t2y6u0i3o7p1a5s9d3f7gk@yweca.org.example>
Subject: {ew("[YW-2026-00071] 商家已回复，请查收")}
From: {ew("义乌市消费者权益保护委员会")} <tousu@yweca.org.example>
To: {ew("周小梅")} <zhou.xm@corp-mail.example>
Content-Type: text/plain; charset=UTF-8

{"周小梅您好：商家已回复，内容见附件。"}
""")

# 7. QQ Mail / Tencent Exmail 退信, HTML only, GB18030.
qq_html = """<div style="font-size:14px">很抱歉您的邮件被退回来了……</div>
<div style="margin-top:10px"><b>原邮件信息：</b></div>
<table cellpadding="2" style="font-size:12px">
<tr><td>时　间：</td><td>2026年4月26日(星期日) 上午9:12</td></tr>
<tr><td>主　题：</td><td>[YW-2026-00074] 关于您投诉的处理结果</td></tr>
<tr><td>收件人：</td><td>wangfang_sz@qq.com</td></tr>
</table>
<div style="margin-top:10px"><b>退信原因：</b></div>
<div>收件人地址不存在。请检查收件人邮件地址是否正确，是否有空格、错字等。</div>
<div style="color:#999">(550 Mailbox not found or access denied)</div>
<div style="margin-top:10px"><b>建议解决方案：</b></div>
<div>请核对收件人地址后重新发送。</div>
<div style="margin-top:10px">此为系统邮件，请勿回复。</div>
"""
write("qq-tuixin.eml", f"""
Return-Path: <>
Received: from smtpbg.qq.com (smtpbg.qq.com [203.0.113.150])
	by mx1.yweca.org.example (Postfix) with ESMTPS id 2E7B9C1D44
	for <tousu@yweca.org.example>; Sun, 26 Apr 2026 09:12:40 +0800 (CST)
From: "PostMaster" <PostMaster@qq.com>
To: <tousu@yweca.org.example>
Subject: {ew("系统退信", "GB18030")}
Date: Sun, 26 Apr 2026 09:12:39 +0800
Message-ID: <tencent_4C2B9E0A7F1D3A6B8E5C@qq.com>
X-QQ-MIME: TCMime 1.0 by Tencent
X-Mailer: QQMail 2.x
MIME-Version: 1.0
Content-Type: text/html; charset="gb18030"
Content-Transfer-Encoding: base64

{b64(qq_html, "gb18030")}
""")

# 8. NetEase 163 系统退信, plain text GBK with the original in labels.
n163 = """您好！

很抱歉，您发送的邮件投递失败，退回原因如下：

收件人：zhao.lei@sina-mail.example
失败原因：对方服务器拒收（550 5.7.1 Mail rejected by recipient server）

请确认收件人地址是否正确，或稍后重新发送。如有疑问，请联系您的邮箱管理员。

----- 原始邮件 -----
发件人：tousu@yweca.org.example
收件人：zhao.lei@sina-mail.example
时　间：2026-04-27 14:31:05
主　题：[YW-2026-00088] 请补充订单信息
"""
write("163-tuixin.eml", f"""
Return-Path: <>
Received: from m15-112.126.com (m15-112.126.com [203.0.113.112])
	by mx1.yweca.org.example (Postfix) with ESMTP id 6D0E1F2A90
	for <tousu@yweca.org.example>; Mon, 27 Apr 2026 14:31:40 +0800 (CST)
From: "Postmaster" <Postmaster@qiye.163.com>
To: tousu@yweca.org.example
Subject: {ew("系统退信", "GBK")}
Date: Mon, 27 Apr 2026 14:31:39 +0800 (CST)
Message-ID: <6d0e1f2a.9a3b.19d0c2e7a1b.Coremail.postmaster@qiye.163.com>
X-Mailer: Coremail Webmail Server
MIME-Version: 1.0
Content-Type: text/plain; charset=GBK
Content-Transfer-Encoding: base64

{b64(n163, "gbk")}
""")

# 9. Postfix delay notice, RFC 3464 Action: delayed with the headers only.
write("postfix-delay.eml", """
Return-Path: <>
Received: by mx1.yweca.org.example (Postfix)
	id 7A2C4E8B10; Tue, 28 Apr 2026 14:20:07 +0800 (CST)
Date: Tue, 28 Apr 2026 14:20:07 +0800 (CST)
From: MAILER-DAEMON@mx1.yweca.org.example (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: tousu@yweca.org.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A2C4E8B10.1777356007/mx1.yweca.org.example"
Message-Id: <20260428062007.7A2C4E8B10@mx1.yweca.org.example>

This is a MIME-encapsulated message.

--7A2C4E8B10.1777356007/mx1.yweca.org.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.yweca.org.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<sunhao@factory-mail.example>: connect to mx.factory-mail.example[203.0.113.60]:25:
    Connection timed out

--7A2C4E8B10.1777356007/mx1.yweca.org.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.yweca.org.example
X-Postfix-Queue-ID: 7A2C4E8B10
X-Postfix-Sender: rfc822; tousu@yweca.org.example
Arrival-Date: Tue, 28 Apr 2026 10:19:55 +0800 (CST)

Final-Recipient: rfc822; sunhao@factory-mail.example
Original-Recipient: rfc822;sunhao@factory-mail.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.factory-mail.example[203.0.113.60]:25:
    Connection timed out
Will-Retry-Until: Sun, 3 May 2026 10:19:55 +0800 (CST)

--7A2C4E8B10.1777356007/mx1.yweca.org.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <tousu@yweca.org.example>
Received: from redress.yweca.org.example (localhost [127.0.0.1])
	by mx1.yweca.org.example (Postfix) with ESMTPS id 7A2C4E8B10
	for <sunhao@factory-mail.example>; Tue, 28 Apr 2026 10:19:55 +0800 (CST)
Date: Tue, 28 Apr 2026 10:19:54 +0800
From: =?UTF-8?B?5LmJ5LmM5biC5raI6LS56ICF5p2D55uK5L+d5oqk5aeU5ZGY5Lya?= <tousu@yweca.org.example>
To: sunhao@factory-mail.example
Subject: =?UTF-8?B?W1lXLTIwMjYtMDAwOTJdIOaKleiviemAmuefpQ==?=
Message-ID: <q1w5e9r3t7y1u5i9o3p7a1s5dh@yweca.org.example>
MIME-Version: 1.0

--7A2C4E8B10.1777356007/mx1.yweca.org.example--
""")

# 10. Tencent Exmail 延迟投递 notice, plain text UTF-8.
exm = """您好，

您于 2026-04-29 08:30:12 发送的邮件暂时无法投递到 liming@shop-mail.example，系统将继续尝试投递。此为延迟投递通知，您无需重新发送。

原邮件信息：
主题：[YW-2026-00095] 关于您投诉的受理通知
收件人：liming@shop-mail.example

延迟原因：(421 4.7.0 Try again later, closing connection.)

腾讯企业邮箱
"""
write("exmail-delay-zh.eml", f"""
Return-Path: <>
From: "PostMaster" <PostMaster@exmail.qq.com>
To: tousu@yweca.org.example
Subject: {ew("邮件延迟投递通知")}
Date: Wed, 29 Apr 2026 12:30:15 +0800
Message-ID: <tencent_9A8B7C6D5E4F3A2B1C0D@exmail.qq.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(exm)}
""")

# 11. An auto-reply to a station mail: no bounce.
write("autoreply-not-bounce.eml", f"""
Return-Path: <huangli1990@163.com>
From: {ew("黄丽")} <huangli1990@163.com>
To: tousu@yweca.org.example
Subject: {ew("自动回复: [YW-2026-00042] 关于您投诉的受理通知")}
Date: Mon, 20 Apr 2026 10:16:00 +0800
Message-ID: <5d1c2b3a.4e5f.19d0a1b2c3d.Coremail.huangli1990@163.com>
In-Reply-To: <c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{BODY4}
""")

# 12. qmail backscatter: a bounce of spam that forged the station's address.
write("qmail-backscatter.eml", """
Return-Path: <>
Received: from mail.random-isp.example (mail.random-isp.example [203.0.113.201])
	by mx1.yweca.org.example (Postfix) with SMTP id 1C2D3E4F50
	for <tousu@yweca.org.example>; Thu, 30 Apr 2026 03:12:44 +0800 (CST)
Date: 29 Apr 2026 19:12:43 -0000
From: MAILER-DAEMON@mail.random-isp.example
To: tousu@yweca.org.example
Subject: failure notice
Message-ID: <20260429191243.90123.qmail@mail.random-isp.example>

Hi. This is the qmail-send program at mail.random-isp.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bob.k@random-isp.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <tousu@yweca.org.example>
Received: (qmail 90120 invoked from network); 29 Apr 2026 19:12:42 -0000
Received: from unknown (HELO pc-8812) (198.18.44.12)
  by mail.random-isp.example with SMTP; 29 Apr 2026 19:12:42 -0000
Message-ID: <000d01dc7a3b$5e6f7a80$1b2c3d4e@pc-8812>
From: "Service Center" <tousu@yweca.org.example>
To: <bob.k@random-isp.example>
Subject: Replica watches 80% off this week only
Date: Wed, 29 Apr 2026 22:12:40 +0300
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"

Best replica watches, free shipping worldwide.
""")
