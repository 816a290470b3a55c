#!/usr/bin/env python3
# Regenerates the .eml files and labels.json of this round.  Self-contained:
# the builder below writes byte-realistic client mails (CRLF), the MAILS list
# at the bottom holds each message's text and its expected label.
import base64, email.quoprimime, hashlib, html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = '\r\n'

def h(seed, n=40):
    return hashlib.sha1((ROUND + seed).encode()).hexdigest()[:n].upper()

def b64lines(b):
    s = base64.b64encode(b).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))

def qp(b):
    t = b.decode('latin-1').replace('\r\n', '\n')
    out = email.quoprimime.body_encode(t, maxlinelen=76, eol='\n')
    return out.replace('\n', CRLF)

def enc_word(text, cs, mode='B', maxbytes=45):
    """RFC 2047 encoded words, split on character boundaries."""
    pycs = {'gb2312': 'gb18030', 'gbk': 'gb18030'}.get(cs.lower(), cs)
    words, cur = [], b''
    for ch in text:
        cb = ch.encode(pycs)
        if len(cur) + len(cb) > maxbytes:
            words.append(cur); cur = b''
        cur += cb
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(w).decode()))
        else:
            q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else ('_' if c == 32 else '=%02X' % c) for c in w)
            out.append('=?%s?Q?%s?=' % (cs, q))
    return (CRLF + ' ').join(out)

def enc_word_split_midchar(text, cs):
    """A sender that cuts a multibyte character across two encoded words."""
    pycs = {'gb2312': 'gb18030', 'gbk': 'gb18030'}.get(cs.lower(), cs)
    b = text.encode(pycs)
    cut = len(b) // 2
    # make sure the cut lands inside a character
    acc = 0
    for ch in text:
        n = len(ch.encode(pycs))
        if acc < cut < acc + n:
            break
        if acc + n > cut and n > 1:
            cut = acc + 1
            break
        acc += n
    parts = [b[:cut], b[cut:]]
    return (CRLF + ' ').join('=?%s?B?%s?=' % (cs, base64.b64encode(p).decode()) for p in parts)

def to_html(text):
    lines = text.split('\n')
    return ''.join('<div>%s</div>' % (html.escape(l) if l else '<br>') for l in lines)

CLIENTS = {
    'qq':      dict(cs='gb18030', cte='base64', html=True, fromq=True),
    'foxmail': dict(cs='GB2312', cte='base64', html=True, fromq=True),
    '163':     dict(cs='GBK', cte='base64', html=True, fromq=False),
    '126':     dict(cs='GBK', cte='base64', html=True, fromq=False),
    'iphone':  dict(cs='utf-8', cte='base64', html=False, fromq=False),
    'android': dict(cs='UTF-8', cte='8bit', html=False, fromq=False),
    'gmail':   dict(cs='UTF-8', cte='quoted-printable', html=True, fromq=False),
    'outlook': dict(cs='utf-8', cte='quoted-printable', html=True, fromq=False),
    'outlook1252': dict(cs='windows-1252', cte='quoted-printable', html=True, fromq=False),
    'yahoo':   dict(cs='UTF-8', cte='quoted-printable', html=True, fromq=False),
    'mailru':  dict(cs='utf-8', cte='base64', html=True, fromq=False),
    'thunderbird': dict(cs='UTF-8', cte='8bit', html=False, fromq=False),
    'staff_outlook': dict(cs='gb2312', cte='base64', html=True, fromq=False),
    'plain':   dict(cs='us-ascii', cte='7bit', html=False, fromq=False),
}

def encode_body(text, cs, cte):
    pycs = {'gb2312': 'gb18030', 'gbk': 'gb18030'}.get(cs.lower(), cs)
    b = text.replace('\n', '\r\n').encode(pycs)
    if cte == 'base64':
        return b64lines(b)
    if cte == 'quoted-printable':
        return qp(b)
    return b.decode(pycs)  # 8bit / 7bit: raw

def msgid(m):
    c, seed = m['client'], m['id']
    addr = m['addr']
    dom = addr.split('@')[1].lower()
    if c in ('qq', 'foxmail') and dom in ('qq.com',):
        return 'tencent_%s@qq.com' % h(seed)
    if c == 'foxmail':
        return '2026%s%s@%s' % ('11' + h(seed, 4).translate(str.maketrans('ABCDEF', '123456')), str(int(h(seed, 10), 16))[:9], dom)
    if c in ('163', '126'):
        x = h(seed).lower()
        return '%s.%s.%s.Coremail.%s' % (x[:8], x[8:12], x[12:23], addr.lower())
    if c == 'gmail':
        s = base64.b64encode(hashlib.sha256((ROUND + seed).encode()).digest()).decode().replace('+', 'x').replace('/', 'Q').rstrip('=')
        return 'CA%s@mail.gmail.com' % s[:58]
    if c in ('outlook', 'outlook1252'):
        if dom.startswith('outlook.') or dom.startswith('hotmail.') or dom.startswith('live.'):
            box = 'PAXPR08MB' + str(int(h(seed, 6), 16))[:4]
            return '%s%s@%s.eurprd08.prod.outlook.com' % (box, h(seed, 28), box)
        x = h(seed, 24).lower()
        return '000001dd%s$%s$%s$@%s' % (x[:6], x[6:14], x[14:22], dom)
    if c == 'yahoo':
        return '%s.%s.%s@mail.yahoo.com' % (str(int(h(seed, 8), 16))[:9], str(int(h(seed + 'b', 8), 16))[:7], str(int(h(seed + 'c', 12), 16))[:13])
    if c == 'mailru':
        return '%s@f%s.i.mail.ru' % (str(int(h(seed, 10), 16))[:13], str(int(h(seed, 3), 16))[:3])
    if c == 'staff_outlook':
        x = h(seed, 24).lower()
        return '000001dd%s$%s$%s$@yweca.org.example' % (x[:6], x[6:14], x[14:22])
    x = h(seed, 32).lower()
    return '%s-%s-%s-%s-%s@%s' % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)

def build(m):
    c = m['client']
    d = dict(CLIENTS[c])
    cs = m.get('cs', d['cs']); cte = m.get('cte', d['cte']); use_html = m.get('html', d['html'])
    name, addr = m['name'], m['addr']
    hdr = []
    dom = addr.split('@')[1].lower()
    hdr.append('Return-Path: <%s>' % addr)
    hdr.append('Received: from %s (%s [203.0.113.%d])' % (m.get('relay', 'smtp.' + dom), m.get('relay', 'smtp.' + dom), 20 + int(h(m['id'], 2), 16) % 200))
    hdr.append('\tby mx1.yweca.org.example (Postfix) with ESMTPS id %s' % h(m['id'] + 'q', 10))
    hdr.append('\tfor <tousu@yweca.org.example>; %s' % m['date'])
    # From
    if m.get('from_raw'):
        fromh = m['from_raw']
    elif not name:
        fromh = addr
    elif all(ord(ch) < 128 for ch in name):
        fromh = ('"%s" <%s>' % (name, addr)) if m.get('quote_name') else ('%s <%s>' % (name, addr))
    else:
        hcs = m.get('hcs', {'qq': 'gb18030', 'foxmail': 'GB2312', '163': 'GBK', '126': 'GBK', 'staff_outlook': 'gb2312'}.get(c, 'UTF-8'))
        w = enc_word(name, hcs)
        fromh = ('"%s" <%s>' % (w, addr)) if d['fromq'] else ('%s <%s>' % (w, addr))
    subj = m['subject']
    if m.get('subject_raw'):
        subjh = m['subject_raw']
    elif all(ord(ch) < 128 for ch in subj):
        subjh = subj
    else:
        hcs = m.get('hcs', {'qq': 'gb18030', 'foxmail': 'GB2312', '163': 'GBK', '126': 'GBK', 'staff_outlook': 'gb2312'}.get(c, 'UTF-8'))
        if m.get('subject_split_midchar'):
            subjh = enc_word_split_midchar(subj, hcs)
        else:
            mode = 'Q' if c in ('outlook', 'outlook1252', 'yahoo') and hcs.upper() != 'GB2312' else 'B'
            subjh = enc_word(subj, hcs, mode)
    mid = m.get('message_id') or msgid(m)
    m['_mid'] = mid
    if c in ('qq',):
        hdr += ['From: ' + fromh, 'To: tousu@yweca.org.example', 'Subject: ' + subjh, 'Date: ' + m['date'],
                'Message-ID: <%s>' % mid, 'Mime-Version: 1.0', 'X-Priority: 3', 'X-QQ-MIME: TCMime 1.0 by Tencent',
                'X-Mailer: QQMail 2.x', 'X-QQ-Mailer: QQMail 2.x', 'Content-Transfer-Encoding: 8Bit']
        pre = 'This is a multi-part message in MIME format.'
        bnd = '----=_NextPart_%s_%s_%s' % (h(m['id'], 8), h(m['id'] + '1', 8), h(m['id'] + '2', 8))
    elif c == 'foxmail':
        hdr += ['Date: ' + m['date'], 'From: ' + fromh, 'To: tousu@yweca.org.example', 'Subject: ' + subjh,
                'Message-ID: <%s>' % mid, 'X-Priority: 3', 'X-GUID: %s-%s-%s-%s-%s' % (h(m['id'], 8), h(m['id'], 12)[8:], h(m['id'], 16)[12:], h(m['id'], 20)[16:], h(m['id'], 32)[20:]),
                'X-Has-Attach: %s' % ('yes' if m.get('att') else 'no'), 'X-Mailer: Foxmail 7.2.25.228[cn]', 'Mime-Version: 1.0']
        pre = 'This is a multi-part message in MIME format.'
        bnd = '----=_001_NextPart%s_=----' % str(int(h(m['id'], 10), 16))[:12]
    elif c in ('163', '126'):
        hdr += ['X-Originating-IP: [198.51.100.%d]' % (int(h(m['id'], 2), 16) % 250), 'Date: ' + m['date'], 'From: ' + fromh,
                'To: tousu@yweca.org.example', 'Subject: ' + subjh, 'Message-ID: <%s>' % mid, 'X-Priority: 3',
                'X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)',
                ' Copyright (c) 2002-2026 www.mailtech.cn %scom' % ('163' if c == '163' else '126'), 'MIME-Version: 1.0',
                'X-Coremail-Locale: zh_CN', 'X-CM-TRANSID:%s' % base64.b64encode(bytes.fromhex(h(m['id'], 36))).decode()[:36]]
        pre = None
        bnd = '----=_Part_%s_%s.%s' % (str(int(h(m['id'], 5), 16))[:6], str(int(h(m['id'], 8), 16))[:9], str(int(h(m['id'], 12), 16))[:13])
    elif c in ('iphone',):
        hdr += ['Content-Type: text/plain; charset=%s' % cs, 'Content-Transfer-Encoding: %s' % cte, 'Mime-Version: 1.0 (1.0)',
                'Subject: ' + subjh, 'From: ' + fromh, 'Date: ' + m['date'], 'Message-Id: <%s>' % mid,
                'To: tousu@yweca.org.example', 'X-Mailer: iPhone Mail (22B91)']
        pre, bnd = None, None
    elif c == 'android':
        hdr += ['Date: ' + m['date'], 'From: ' + fromh, 'To: tousu@yweca.org.example', 'Subject: ' + subjh,
                'Message-ID: <%s>' % mid, 'MIME-Version: 1.0', 'User-Agent: %s' % m.get('ua', 'Android Mail 2.0')]
        pre, bnd = None, None
    elif c == 'gmail':
        hdr += ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;', '        d=gmail.com; s=20230601; t=1796%s; darn=yweca.org.example;' % str(int(h(m['id'], 6), 16))[:6],
                '        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject', '         :date:message-id:reply-to;',
                '        bh=%s=;' % base64.b64encode(bytes.fromhex(h(m['id'] + 'bh', 40) + h(m['id'] + 'bj', 24))).decode()[:43],
                '        b=%s' % base64.b64encode(bytes.fromhex(h(m['id'] + 'sig', 40) * 2)).decode()[:64],
                'X-Gm-Message-State: AOJu0Y%s' % base64.b64encode(bytes.fromhex(h(m['id'] + 'gm', 40))).decode()[:40],
                'MIME-Version: 1.0', 'From: ' + fromh, 'Date: ' + m['date'], 'Message-ID: <%s>' % mid, 'Subject: ' + subjh,
                'To: tousu@yweca.org.example']
        pre = None
        bnd = '000000000000%s' % h(m['id'], 16).lower()
    elif c in ('outlook', 'outlook1252', 'staff_outlook'):
        hdr += ['From: ' + fromh, 'To: tousu@yweca.org.example', 'Subject: ' + subjh, 'Date: ' + m['date'],
                'Message-ID: <%s>' % mid, 'MIME-Version: 1.0', 'X-Mailer: Microsoft Outlook 16.0',
                'Thread-Index: A%s==' % base64.b64encode(bytes.fromhex(h(m['id'], 40)[:34])).decode()[:26],
                'Content-Language: %s' % m.get('lang_hdr', 'zh-cn' if c == 'staff_outlook' else 'en-us')]
        pre = None
        bnd = '----=_NextPart_000_%s_01DD%s.%s' % (h(m['id'], 4), h(m['id'] + 'x', 4), h(m['id'] + 'y', 8))
    elif c == 'yahoo':
        hdr += ['Date: ' + m['date'], 'From: ' + fromh, 'To: "tousu@yweca.org.example" <tousu@yweca.org.example>',
                'Message-ID: <%s>' % mid, 'Subject: ' + subjh, 'MIME-Version: 1.0',
                'X-Mailer: WebService/1.1.22806 YMailNorrin']
        pre = None
        bnd = '----=_Part_%s_%s.%s' % (str(int(h(m['id'], 6), 16))[:7], str(int(h(m['id'], 8), 16))[:9], str(int(h(m['id'], 12), 16))[:13])
    elif c == 'mailru':
        hdr += ['From: ' + fromh, 'To: tousu@yweca.org.example', 'Subject: ' + subjh, 'MIME-Version: 1.0',
                'X-Mailer: Mail.Ru Mailer 1.0', 'Date: ' + m['date'], 'Message-ID: <%s>' % mid, 'X-7564579A: 646B95376F6C166E']
        pre = None
        bnd = '--ALT--%s' % h(m['id'], 32)
    else:  # thunderbird / plain
        hdr += ['Message-ID: <%s>' % mid, 'Date: ' + m['date'], 'MIME-Version: 1.0']
        if c == 'thunderbird':
            hdr.append('User-Agent: Mozilla Thunderbird')
        hdr += ['Subject: ' + subjh, 'To: tousu@yweca.org.example', 'From: ' + fromh]
        pre, bnd = None, None
    hdr += m.get('extra_headers', [])
    text = m['body']
    parts_text = []
    ct_plain = 'text/plain; charset="%s"' % cs
    if c == 'thunderbird' or m.get('flowed'):
        ct_plain = 'text/plain; charset=%s; format=flowed' % cs
    atts = m.get('att', [])
    lines = list(hdr)
    if bnd is None:
        if atts:
            raise ValueError('attachments need a multipart client')
        lines += ['Content-Type: ' + ct_plain, 'Content-Transfer-Encoding: ' + cte] if c not in ('iphone',) else []
        lines += ['', encode_body(text, cs, cte)]
        return CRLF.join(lines) + CRLF
    alt = []
    alt.append('Content-Type: ' + ct_plain)
    alt.append('Content-Transfer-Encoding: ' + cte)
    alt.append('')
    alt.append(encode_body(text, cs, cte))
    body_parts = [CRLF.join(alt)]
    if use_html:
        hb = m.get('html_body') or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>' % (cs, to_html(text)))
        body_parts.append(CRLF.join(['Content-Type: text/html; charset="%s"' % cs, 'Content-Transfer-Encoding: ' + cte, '', encode_body(hb, cs, cte)]))
    def multipart(boundary, parts):
        out = []
        for p in parts:
            out += ['--' + boundary, p, '']
        out.append('--' + boundary + '--')
        return CRLF.join(out)
    if use_html:
        altblock = multipart(bnd, body_parts)
        altct = 'multipart/alternative;' + CRLF + '\tboundary="%s"' % bnd
    else:
        altblock = None
    if atts:
        mb = bnd.replace('001', '000') if '001' in bnd else 'mixed_' + bnd
        if mb == bnd:
            mb = 'mixed_' + bnd
        mparts = []
        if altblock:
            mparts.append('Content-Type: ' + altct + CRLF + CRLF + ((pre + CRLF + CRLF) if pre else '') + altblock)
        else:
            mparts.append(body_parts[0])
        for a in atts:
            fn, ctype = a['filename'], a['content_type']
            style = a.get('style', 'rfc2047')
            data = hashlib.sha512((ROUND + fn).encode()).digest() * a.get('reps', 6)
            if ctype == 'image/jpeg':
                data = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + data + b'\xff\xd9'
            elif ctype == 'application/pdf':
                data = b'%PDF-1.4\n' + data + b'\n%%EOF\n'
            elif ctype == 'image/png':
                data = b'\x89PNG\r\n\x1a\n' + data
            if style == 'rfc2047':
                w = enc_word(fn, a.get('cs', 'UTF-8'), 'B', 60) if any(ord(ch) > 127 for ch in fn) else fn
                ph = ['Content-Type: %s;' % ctype, '\tname="%s"' % w, 'Content-Transfer-Encoding: base64',
                      'Content-Disposition: attachment;', '\tfilename="%s"' % w]
            elif style == 'rfc2231':
                from urllib.parse import quote
                q = quote(fn.encode('utf-8'), safe='')
                ph = ['Content-Type: %s; name="%s"' % (ctype, a.get('ascii_name', 'file')),
                      'Content-Disposition: attachment; filename*=UTF-8\'\'%s' % q, 'Content-Transfer-Encoding: base64']
            elif style == 'rfc2231cont':
                from urllib.parse import quote
                q = quote(fn.encode('utf-8'), safe='')
                chunks = [q[i:i + 60] for i in range(0, len(q), 60)]
                ph = ['Content-Type: %s' % ctype, 'Content-Disposition: attachment;']
                for i, ch in enumerate(chunks):
                    ph.append(' filename*%d*=%s%s%s' % (i, "UTF-8''" if i == 0 else '', ch, ';' if i < len(chunks) - 1 else ''))
                ph.append('Content-Transfer-Encoding: base64')
            elif style == 'inline':
                ph = ['Content-Type: %s; name="%s"' % (ctype, fn), 'Content-Transfer-Encoding: base64',
                      'Content-ID: <%s>' % (h(fn, 16).lower() + '@inline'), 'Content-Disposition: inline; filename="%s"' % fn]
            else:
                ph = ['Content-Type: %s; name="%s"' % (ctype, fn), 'Content-Disposition: attachment; filename="%s"' % fn,
                      'Content-Transfer-Encoding: base64']
            mparts.append(CRLF.join(ph) + CRLF + CRLF + b64lines(data))
        lines += ['Content-Type: multipart/mixed;', '\tboundary="%s"' % mb, '']
        if pre:
            lines += [pre, '']
        return CRLF.join(lines) + CRLF + multipart(mb, mparts) + CRLF
    lines += ['Content-Type: ' + altct, '']
    if pre:
        lines += [pre, '']
    return CRLF.join(lines) + CRLF + altblock + CRLF

def digits(s):
    return ''.join(ch for ch in s if ch.isdigit())

def label(m):
    L = {
        'message_id': m['_mid'],
        'subject': m['subject'],
        'from': {'name': m.get('from_name', m['name']), 'address': m['addr'].lower()},
        'kind': m['kind'],
        'case_ref': m.get('case', ''),
        'language': m['lang'],
        'complainant': {'name': m.get('cname', ''), 'phones': m.get('cph', []), 'emails': m.get('cem', []), 'address': m.get('cadr', '')},
        'respondent': {'name': m.get('rname', ''), 'urls': m.get('rurls', []), 'phones': m.get('rph', []), 'address': m.get('radr', '')},
        'order': {'number': m.get('onum', ''), 'amount': m.get('amt', ''), 'currency': m.get('cur', '')},
        'missing': [],
        'text_must_contain': m.get('must', []),
        'text_must_not_contain': m.get('mustnot', []),
        'attachments': [{'filename': a['filename'], 'content_type': a['content_type']} for a in m.get('att', [])],
        'notes': m.get('notes', ''),
    }
    if m['kind'] == 'complaint':
        c, r = L['complainant'], L['respondent']
        if not c['name']: L['missing'].append('complainant_name')
        if not c['phones']: L['missing'].append('complainant_phone')
        if not r['name']: L['missing'].append('respondent_name')
        if not (r['urls'] or r['phones'] or r['address']): L['missing'].append('respondent_contact')
    # sanity checks against the text
    body = m['body']
    newtext = body.split(m['quote_marker'])[0] if m.get('quote_marker') else body
    for p in L['text_must_contain']:
        assert p in newtext, (m['id'], p)
    for p in L['text_must_not_contain']:
        assert p in body and p not in newtext, (m['id'], p)
    for ph in L['complainant']['phones'] + L['respondent']['phones']:
        assert ph.startswith('+'), (m['id'], ph)
        nat = ph[3:] if ph.startswith('+86') else ph[1:]
        assert nat[-7:] in digits(newtext), (m['id'], ph)
    for u in L['respondent']['urls']:
        assert u in newtext, (m['id'], u)
    for k in ('address',):
        for who in ('complainant', 'respondent'):
            if L[who][k]:
                assert L[who][k] in newtext, (m['id'], L[who][k])
    for e in L['complainant']['emails']:
        assert e in newtext.lower(), (m['id'], e)
    if L['order']['number']:
        assert L['order']['number'] in newtext, (m['id'], L['order']['number'])
    if L['order']['amount']:
        assert L['order']['currency'] in ('CNY', 'USD', 'HKD', 'EUR'), m['id']
        assert len(L['order']['amount'].split('.')[1]) == 2
    if L['case_ref']:
        assert L['case_ref'] in m['subject'] or L['case_ref'] in body
    if m['kind'] not in ('complaint', 'inquiry', 'reply') or m['addr'].endswith('@yweca.org.example'):
        assert not any([L['complainant']['name'], L['complainant']['phones'], L['respondent']['name'], L['order']['number']]), m['id']
    return L

def main():
    labels = {}
    for m in MAILS:
        fn = '%s.eml' % m['id']
        raw = build(m)
        assert '\n' not in raw.replace('\r\n', ''), fn
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw.encode('utf-8') if m['client'] in ('thunderbird', 'android') else raw.encode('ascii'))
        labels[fn] = label(m)
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote %d mails' % len(MAILS))


ROUND = 'heldout9'
Q = '------------------ 原始邮件 ------------------'
MAILS = [
dict(id='01', client='163', name='吴小红', addr='wuxiaohong_cd@163.com', date='Mon, 02 Nov 2026 09:18:40 +0800',
 subject='投诉天猫美途箱包旗舰店：拉杆箱轮子断裂',
 body='您好！\n我叫吴小红，10月15日在天猫“美途箱包旗舰店”买了一个24寸拉杆箱，第一次出差轮子就断了，客服说是人为损坏。\n订单号：3812207764590183321\n实付款：￥459.00\n店铺链接：https://meitu-xiangbao.tmall.com\n联系电话：189 8012 3346\n收货地址：四川省成都市武侯区科华北路65号世外桃源广场B座908\n',
 kind='complaint', lang='zh', cname='吴小红', cph=['+8618980123346'], cadr='四川省成都市武侯区科华北路65号世外桃源广场B座908',
 rname='美途箱包旗舰店', rurls=['https://meitu-xiangbao.tmall.com'], onum='3812207764590183321', amt='459.00', cur='CNY',
 must=['第一次出差轮子就断了'], notes='163 GBK; Tmall shop name in quotes, platform dropped (also in subject)'),
dict(id='02', client='gmail', name='Ibrahim Musa', addr='ibrahim.musa.kano@gmail.com', date='Mon, 02 Nov 2026 12:40:11 +0100',
 subject='COMPLAINT: Yiwu Huaxing Import and Export Co Ltd refuse refund',
 body='Dear Sir/Ma,\n\nI am writing to report Yiwu Huaxing Import and Export Co Ltd. I ordered 5000 pcs of ladies handbags and paid 100% before shipping. The bags arrived with bad zips and wrong colours. Since then they are not answering my calls.\n\nOrder No.: HX2026-0933\nAmount: USD 7,850.00\nTheir office: Room 506, Yiwu International Trade Center, Futian Road, Yiwu\n\nYours faithfully,\nIbrahim Musa\nKano, Nigeria\n+234 (0) 806 555 0231\n',
 kind='complaint', lang='en', cname='Ibrahim Musa', cph=['+2348065550231'], rname='Yiwu Huaxing Import and Export Co Ltd',
 radr='Room 506, Yiwu International Trade Center, Futian Road, Yiwu', onum='HX2026-0933', amt='7850.00', cur='USD',
 must=['bad zips and wrong colours', 'not answering my calls'], notes='Gmail; Nigerian number written +234 (0) 806 — trunk zero dropped; company suffix without punctuation; "Kano, Nigeria" is not an address'),
dict(id='03', client='qq', name='深海的鱼', addr='1287456390@qq.com', date='Tue, 03 Nov 2026 20:55:17 +0800',
 subject='买的扫地机器人是翻新机',
 body='你好，\n本人赵磊，在拼多多“智享家电专营店”买的扫地机器人，拆开发现有使用痕迹，序列号查出来是去年激活过的。\n订单号：261025-338716540092811\n付款：1,099元\n电话：176-5798-2210\n商家客服QQ：3381952047\n',
 kind='complaint', lang='zh', cname='赵磊', cph=['+8617657982210'], rname='智享家电专营店', onum='261025-338716540092811', amt='1099.00', cur='CNY',
 must=['拆开发现有使用痕迹', '去年激活过的'], notes='QQ nickname sender, name via 本人赵磊; QQ number is not a phone; shop without contact'),
dict(id='04', client='outlook', name='Ahmad Karimi', addr='ahmad.karimi@hotmail.com', date='Tue, 03 Nov 2026 15:12:05 +0330',
 subject='Inquiry: how to check a supplier license',
 body='Hello,\n\nI want to order carpets and home decoration from a company named Yiwu Silk Road Home Decor Co., Ltd. How can I check their business license? Is there an official website where I can search Chinese companies? Their phone number is (0579) 8555-4471.\n\nThank you,\nAhmad Karimi\n',
 kind='inquiry', lang='en', cname='Ahmad Karimi', rname='Yiwu Silk Road Home Decor Co., Ltd.', rph=['+8657985554471'],
 must=['check their business license', 'search Chinese companies'], notes='Inquiry (checking a licence); landline written (0579) 8555-4471'),
dict(id='05', client='foxmail', name='郭静', addr='guojing_wh@foxmail.com', date='Wed, 04 Nov 2026 10:30:29 +0800',
 subject='投诉：定制T恤数量少发还拖着不补',
 body='你好：\n我叫郭静，公司在义乌市飞扬服饰加工厂定制了300件文化衫，只收到260件，厂家说下周补，已经拖了一个月。\n订单号：FY-261002\n金额：人民币壹万零伍佰元\n厂家电话：0579-85590307\n厂家地址：义乌市廿三里街道工业园区荷叶塘路17号\n我的电话：027-87651123\n',
 kind='complaint', lang='zh', cname='郭静', cph=['+862787651123'], rname='义乌市飞扬服饰加工厂', rph=['+8657985590307'], radr='义乌市廿三里街道工业园区荷叶塘路17号',
 onum='FY-261002', amt='10500.00', cur='CNY', must=['只收到260件', '已经拖了一个月'],
 notes='Foxmail GB2312 (廿 fits); capital numerals with 零 (壹万零伍佰元 → 10500.00); consumer landline in Wuhan (027)'),
dict(id='06', client='yahoo', name='Ngozi Eze', addr='ngozieze2010@yahoo.com', date='Wed, 04 Nov 2026 17:21:50 +0100',
 subject='Please help - wigs supplier',
 body='Hello,\n\nPlease I need your help. I paid a supplier in Yiwu for 200 wigs through bank transfer, USD 3,600. The shop on 1688 was https://xiufa-wig.1688.com but now the shop is closed and the seller deleted me on WeChat.\n\nNgozi Eze\n+234 909 555 0342\n\nSent from Yahoo Mail on Android\n',
 kind='complaint', lang='en', cname='Ngozi Eze', cph=['+2349095550342'], rurls=['https://xiufa-wig.1688.com'], amt='3600.00', cur='USD',
 must=['the shop is closed', 'deleted me on WeChat'], notes='Yahoo; merchant not named (only a URL), so respondent_name is missing but contact is present'),
dict(id='07', client='126', name='孙浩然', addr='sunhaoran_88@126.com', date='Thu, 05 Nov 2026 08:44:18 +0800',
 subject='回复：[YW-2026-00418] 请提供付款凭证', quote_marker=Q,
 body='您好，\n付款凭证已经放在附件里了，是支付宝转账截图，金额2,350元。\n另外商家换了电话，新号码是0579-85517782。\n孙浩然\n\n' + Q + '\n发件人: "王海波"<wanghaibo@yweca.org.example>;\n发送时间: 2026年11月4日(星期三) 下午3:30\n收件人: "孙浩然"<sunhaoran_88@126.com>;\n主题: [YW-2026-00418] 请提供付款凭证\n\n孙先生您好：\n关于您投诉“义乌市盛世窗帘布艺商行”的案件，请提供付款凭证。\n王海波\n',
 kind='reply', lang='zh', case='YW-2026-00418', cname='孙浩然', rph=['+8657985517782'], amt='2350.00', cur='CNY',
 att=[dict(filename='支付宝转账截图.jpg', content_type='image/jpeg', cs='GBK')],
 must=['支付宝转账截图', '商家换了电话'], mustnot=['请提供付款凭证。'], notes='Consumer reply (126) with attachment; new merchant phone in the new text goes to the respondent; merchant name only in the quote'),
dict(id='08', client='gmail', name='Ana Souza', addr='ana.souza.rj@gmail.com', date='Thu, 05 Nov 2026 14:03:39 -0300',
 subject='Complaint: Yiwu Colorful Stationery Co., Ltd. - pens leaking',
 body='Hello,\n\nI am Ana Souza from Rio de Janeiro. I bought 10,000 gel pens from Yiwu Colorful Stationery Co., Ltd. (https://colorful-pen.en.alibaba.com). Most of them leak ink inside the package, the whole boxes are dirty.\n\nOrder Number: 2301887754120066\nPaid: USD 1,200.00\nSupplier phone: +86 135 5555 0912\n\nI want a refund or a new shipment.\n\nAna Souza\nAv. Nossa Senhora de Copacabana 680, sala 1102, Rio de Janeiro - RJ, 22050-001, Brasil\nTel: +55 (21) 98555-0176\n',
 kind='complaint', lang='en', cname='Ana Souza', cph=['+5521985550176'], cadr='Av. Nossa Senhora de Copacabana 680, sala 1102, Rio de Janeiro - RJ, 22050-001, Brasil',
 rname='Yiwu Colorful Stationery Co., Ltd.', rurls=['https://colorful-pen.en.alibaba.com'], rph=['+8613555550912'],
 onum='2301887754120066', amt='1200.00', cur='USD', must=['leak ink inside the package', 'a refund or a new shipment'],
 notes='Gmail; complete complaint; Brazilian number with area code in parentheses; street address in signature'),
dict(id='09', client='iphone', name='何伟', addr='hewei_1988@126.com', date='Fri, 06 Nov 2026 21:12:46 +0800',
 subject='咨询一下',
 body='你好，想问一下在义乌小商品市场当面买的东西，没有开发票也没有订单，只有微信转账记录，出了质量问题能投诉吗？需要准备什么材料？\n\n发自我的iPhone\n',
 kind='inquiry', lang='zh', cname='何伟', must=['只有微信转账记录', '需要准备什么材料'], notes='Inquiry from iPhone Mail (UTF-8 base64); no name in text, personal From display name used'),
dict(id='10', client='mailru', name='Анна Смирнова', addr='anna.smirnova84@mail.ru', date='Fri, 06 Nov 2026 11:37:02 +0300',
 subject='Complaint: Christmas lights - dangerous quality',
 body='Good day,\n\nMy name is Anna Smirnova, I have online shop in Moscow. We bought 3000 sets of Christmas lights from supplier "Yiwu Xingguang Electric Appliance Factory". Many sets melt after 1 hour, this is dangerous. Supplier says we use wrong voltage but we use 220V as agreed.\n\nOrder No. XG-1029\nPaid: 4 480,00 USD\nSupplier tel: +86 579 8555 6603\nSupplier address: Room 3, No. 12 Jiangbin Road, Yiwu\n\nWith respect,\nAnna Smirnova\n+7 916 555-04-81\n',
 kind='complaint', lang='en', cname='Anna Smirnova', cph=['+79165550481'], rname='Yiwu Xingguang Electric Appliance Factory', rph=['+8657985556603'],
 radr='Room 3, No. 12 Jiangbin Road, Yiwu', onum='XG-1029', amt='4480.00', cur='USD', must=['melt after 1 hour', 'we use 220V as agreed'],
 notes='Mail.ru base64; Cyrillic From name, Latin name in text; amount "4 480,00 USD" with space and decimal comma; supplier phone and address labelled'),
dict(id='11', client='qq', name='李娜', addr='lina_cq@qq.com', date='Sat, 07 Nov 2026 13:50:22 +0800',
 subject='投诉：网店卖的保温壶不保温',
 body='您好！\n我是重庆的李娜。在淘宝店“暖心居日用”买了两个保温壶，说是保温24小时，实际3个小时水就凉了。\n订单号：4031177206583329015\n付款：¥138.00\n手机号：153 2390 7741\n商家说是个人使用问题，拒绝退货。\n',
 kind='complaint', lang='zh', cname='李娜', cph=['+8615323907741'], rname='暖心居日用', onum='4031177206583329015', amt='138.00', cur='CNY',
 must=['实际3个小时水就凉了', '拒绝退货'], notes='QQ Mail; shop name without a business suffix; bare city (重庆) is not an address; respondent contact missing'),
dict(id='12', client='outlook', name='Samir Haddad', addr='samir.haddad@outlook.com', date='Sat, 07 Nov 2026 16:05:44 +0300', lang_hdr='en-us',
 subject='Automatic reply: [YW-2026-00421] Your complaint has been registered',
 body='Thank you for your email. I am out of the office until 15 November with no access to email. For urgent matters please call my office +961 1 555 012.\n\nSamir Haddad\n',
 extra_headers=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
 kind='auto_reply', lang='en', case='YW-2026-00421', must=['out of the office until 15 November'],
 notes='Outlook.com automatic reply with Auto-Submitted; its phone belongs to nobody; case ref kept from the subject'),
dict(id='13', client='126', name='冯丽', addr='fengli_2008@126.com', date='Sun, 08 Nov 2026 19:26:05 +0800',
 subject='投诉“义乌市巧巧玩具厂”玩具有异味',
 body='您好，\n我是冯丽，在1688上从义乌市巧巧玩具厂批发了200个毛绒玩具，味道刺鼻，孩子玩了起红疹。\n店铺：https://qiaoqiaotoys.1688.com。\n订单号：2318830014957726160\n货款：3,200元（运费另付80元）\n联系方式：13567921450\n',
 kind='complaint', lang='zh', cname='冯丽', cph=['+8613567921450'], rname='义乌市巧巧玩具厂', rurls=['https://qiaoqiaotoys.1688.com'],
 onum='2318830014957726160', amt='3200.00', cur='CNY', must=['味道刺鼻', '孩子玩了起红疹'],
 notes='126 GBK; URL followed by full-width 。; amount is the goods payment not the freight'),
dict(id='14', client='gmail', name='Luis Ramírez', addr='luis.ramirez.lima@gmail.com', date='Sun, 08 Nov 2026 10:18:33 -0500',
 subject='Fwd: Your refund request #RF-22871',
 body='Hi,\n\nSee below the reply from the seller. I paid and the goods never arrived, the tracking shows delivered to other city. Please help.\n\nLuis Ramírez\nWhatsApp: +51 987 555 012\n\n---------- Forwarded message ---------\nFrom: Lucky Star Trading <service@luckystar-trade.example>\nDate: Sat, Nov 7, 2026 at 2:30 AM\nSubject: Your refund request #RF-22871\nTo: <luis.ramirez.lima@gmail.com>\n\n\nDear customer,\n\nOrder No. LS-60281, amount USD 560.00, was delivered according to the logistics company. We cannot refund.\n\nLucky Star Trading\nhttps://luckystar-trade.example\n',
 kind='complaint', lang='en', cname='Luis Ramírez', cph=['+51987555012'], rname='Lucky Star Trading', rurls=['https://luckystar-trade.example'],
 onum='LS-60281', amt='560.00', cur='USD', must=['tracking shows delivered to other city', 'We cannot refund'],
 notes='Gmail forward; merchant name, amount and URL in the forwarded part count; the refund request number #RF-22871 is not the order number'),
dict(id='15', client='163', name='陈晨', addr='chenchen_nj@163.com', date='Mon, 09 Nov 2026 08:56:17 +0800',
 subject='请问你们能处理快递丢件的问题吗',
 body='你好，\n我从义乌一家网店买的东西，快递显示已签收但我没收到，商家说找快递，快递说找商家。请问这种情况你们协会管不管？还是应该找邮政管理局？\n陈晨\n',
 kind='inquiry', lang='zh', cname='陈晨', must=['快递说找商家', '应该找邮政管理局'], notes='Inquiry (which body handles lost parcels); unnamed shop'),
dict(id='16', client='outlook1252', name='Pierre Lefèvre', addr='pierre.lefevre@orange.fr', date='Mon, 09 Nov 2026 14:41:09 +0100', lang_hdr='fr-fr',
 subject='Complaint - Yiwu Daming Glassware Trading',
 body='Hello,\n\nI am Pierre Lefèvre, owner of a gift shop in Lyon. I received 2,400 glass candle holders from Yiwu Daming Glassware Trading, 35% broken because of bad packing. The supplier refuses any compensation.\n\nOrder No. DM-2026-117\nPaid: 1 860,00 €\nSupplier tel: +86 (0)579 8555 7290\n\nCordialement,\nPierre Lefèvre\n12 rue de la République, 69002 Lyon, France\nTél. +33 6 12 55 50 12\n',
 kind='complaint', lang='en', cname='Pierre Lefèvre', cph=['+33612555012'], cadr='12 rue de la République, 69002 Lyon, France',
 rname='Yiwu Daming Glassware Trading', rph=['+8657985557290'], onum='DM-2026-117', amt='1860.00', cur='EUR', must=['35% broken because of bad packing'],
 notes='Outlook windows-1252 QP (è, é, €); French amount 1 860,00 €; supplier tel +86 (0)579 keeps the area code without the trunk zero'),
dict(id='17', client='qq', name='陶然', addr='taoran_sx@qq.com', date='Mon, 09 Nov 2026 22:08:51 +0800',
 subject='回复：[YW-2026-00407] 调解结果通知', quote_marker=Q,
 body='收到，我同意这个方案，谢谢你们。\n\n' + Q + '\n发件人: "楼晓燕"<louxiaoyan@yweca.org.example>;\n发送时间: 2026年11月9日(星期一) 下午4:12\n收件人: "陶然"<taoran_sx@qq.com>;\n主题: [YW-2026-00407] 调解结果通知\n\n陶先生您好：\n经调解，义乌市晨光文具店同意退还货款的50%（计680元），请确认是否接受。\n楼晓燕\n电话：0579-85550188\n',
 kind='reply', lang='zh', case='YW-2026-00407', cname='陶然', must=['我同意这个方案'], mustnot=['同意退还货款的50%'],
 notes='Short consumer reply (QQ); everything else is in the quote; the From display name is a personal name'),
dict(id='18', client='gmail', name='Hassan Ali', addr='hassan.ali.khi@gmail.com', date='Tue, 10 Nov 2026 12:30:07 +0500',
 subject='Complaint on Yiwu Hengli Hardware Co., Ltd.',
 body='Dear Sir,\n\nI have paid USD 2,890.00 to Yiwu Hengli Hardware Co., Ltd. for door locks (Order # HL-5532-PK). They sent only half the quantity and say the other half is "out of stock" but they do not refund the balance.\n\nContact of seller: Mr. Zhou, 0086-150-5555-0233\n\nHassan Ali\nKarachi\nCell: 0092 321 5550198\n',
 kind='complaint', lang='en', cname='Hassan Ali', cph=['+923215550198'], rname='Yiwu Hengli Hardware Co., Ltd.', rph=['+8615055550233'],
 onum='HL-5532-PK', amt='2890.00', cur='USD', must=['only half the quantity', 'do not refund the balance'],
 notes='Gmail; 0086- and 0092 international prefixes; order number inside parentheses after "Order #"'),
dict(id='19', client='android', name='刘建华', addr='liujianhua_66@sina.com', date='Tue, 10 Nov 2026 18:45:30 +0800', ua='Sina Mail Android 5.2',
 subject='义乌永盛针织厂拖欠退款',
 body='你好，我是刘建华，手机13806791542。\n今年9月在义乌永盛针织厂订了800条围巾，货款9,600元已付清。质量不合格退了货，厂里答应全额退款，到现在两个月了还没退。\n厂家联系人：蒋老板 15968917720\n',
 kind='complaint', lang='zh', cname='刘建华', cph=['+8613806791542'], rname='义乌永盛针织厂', rph=['+8615968917720'], amt='9600.00', cur='CNY',
 must=['到现在两个月了还没退'], notes='Sina mail Android 8bit UTF-8; factory contact person phone goes to the respondent; merchant in subject'),
dict(id='20', client='outlook', name='Noura Al-Sabah', addr='noura.alsabah@outlook.com', date='Wed, 11 Nov 2026 09:14:58 +0300',
 subject='Quality complaint - perfume bottles',
 body='Good morning,\n\nWe ordered 10,000 empty perfume bottles from Yiwu Crystal Packaging Co., Ltd. The caps do not fit and the glass has bubbles. Pictures are attached.\n\nOrder No.: CP-26-0419\nAmount: USD 4,100.00\nSupplier address: No. 55 Xuefeng West Road, Yiwu, Zhejiang 322000\n\nBest regards,\nNoura Al-Sabah\nKuwait City\n+965 5555 0127\n',
 kind='complaint', lang='en', cname='Noura Al-Sabah', cph=['+96555550127'], rname='Yiwu Crystal Packaging Co., Ltd.', radr='No. 55 Xuefeng West Road, Yiwu, Zhejiang 322000',
 onum='CP-26-0419', amt='4100.00', cur='USD', att=[dict(filename='bottles 1.jpg', content_type='image/jpeg', style='plain'), dict(filename='caps-closeup.jpg', content_type='image/jpeg', style='plain')],
 must=['caps do not fit', 'glass has bubbles'], notes='Outlook.com with two JPEG attachments; Kuwaiti number; supplier address labelled'),
dict(id='21', client='qq', name='小鱼儿', addr='xiaoyuer_2001@qq.com', date='Wed, 11 Nov 2026 23:40:12 +0800',
 subject='在直播间买的项链过敏',
 body='在快手“闪闪饰品工作室”直播间买的项链，戴了两天脖子就红肿，问客服说是个人体质。\n订单号：2611087732901\n39.9元\n',
 kind='complaint', lang='zh', rname='闪闪饰品工作室', onum='2611087732901', amt='39.90', cur='CNY',
 must=['戴了两天脖子就红肿'], notes='QQ nickname, no name or phone; Kuaishou studio (工作室) without contact; amount 39.9元 on its own line'),
dict(id='22', client='yahoo', name='Carlos Mendoza', addr='cmendoza_cl@yahoo.com', date='Thu, 12 Nov 2026 10:22:39 -0300',
 subject='Is it normal to pay to personal account?',
 body='Hello,\n\nA Yiwu supplier (Wanjia Household Trading) asks me to pay the deposit to a personal Alipay account and not to the company account. Is this normal in China or is it a scam sign? I have not paid yet.\n\nThanks,\nCarlos Mendoza\nSantiago, Chile\n+56 9 5555 0123\n',
 kind='inquiry', lang='en', cname='Carlos Mendoza', cph=['+56955550123'], rname='Wanjia Household Trading',
 must=['personal Alipay account', 'I have not paid yet'], notes='Inquiry (payment to a personal account); merchant named in parentheses; Chilean mobile'),
dict(id='23', client='163', name='杨磊', addr='yanglei_ty@163.com', date='Thu, 12 Nov 2026 15:31:44 +0800',
 subject='转发：投诉：义乌市鼎盛电器经营部卖的电暖器烧坏',
 body='你好，转一下我之前在12315平台提交的投诉，那边让我找当地协会。\n\n----- 转发邮件 -----\n投诉人：杨磊\n联系电话：0351-7234561\n被投诉方：义乌市鼎盛电器经营部\n商家电话：0579-85612209\n订单号：2297740016633812450\n金额：￥699.00\n投诉内容：电暖器用了一周插头烧焦，差点起火。\n',
 kind='complaint', lang='zh', cname='杨磊', cph=['+863517234561'], rname='义乌市鼎盛电器经营部', rph=['+8657985612209'],
 onum='2297740016633812450', amt='699.00', cur='CNY', must=['插头烧焦', '那边让我找当地协会'],
 notes='163 GBK; forwarded 12315 complaint form with labelled fields (投诉人/被投诉方) counts; Taiyuan landline 0351'),
dict(id='24', client='gmail', name='Aisha Bello', addr='aishabello.abj@gmail.com', date='Fri, 13 Nov 2026 08:05:21 +0100',
 subject='Re: [YW-2026-00409] Please send the seller details', quote_marker='On Thu, Nov 12, 2026',
 body='Hello Madam,\n\nThe seller is Yiwu Rongsheng Garments Co., Ltd., their phone +86 579 8555 1180 and the order number is RS-88107. I am also sending my new phone: +234 802 555 0419.\n\nThank you\nAisha Bello\n\nOn Thu, Nov 12, 2026 at 9:40 AM Chen Jing <chenjing@yweca.org.example> wrote:\n> Dear Ms Bello,\n> Please send us the seller name, phone and the order number.\n> Chen Jing\n',
 kind='reply', lang='en', case='YW-2026-00409', cname='Aisha Bello', cph=['+2348025550419'], rname='Yiwu Rongsheng Garments Co., Ltd.', rph=['+8657985551180'], onum='RS-88107',
 must=['I am also sending my new phone'], mustnot=['Please send us the seller name'], notes='Consumer reply with merchant, merchant phone, order and own phone in one sentence each'),
dict(id='25', client='foxmail', name='钟琳', addr='zhonglin_gz@foxmail.com', date='Fri, 13 Nov 2026 11:48:36 +0800',
 subject='投诉：订的窗帘尺寸全部做错',
 body='你好：\n本人钟琳，广州人。在“义乌市锦绣布艺有限公司”订做了客厅和卧室窗帘，尺寸全部做错，商家要求我再付一半费用重做。\n订单号：JX20261008\n已付：¥2,980.00\n商家微信：jinxiu_buyi888\n我的电话：020-38861122 / 139 2222 8710\n地址：广东省广州市天河区天河北路233号中信广场3901\n',
 kind='complaint', lang='zh', cname='钟琳', cph=['+862038861122', '+8613922228710'], cadr='广东省广州市天河区天河北路233号中信广场3901',
 rname='义乌市锦绣布艺有限公司', onum='JX20261008', amt='2980.00', cur='CNY', must=['尺寸全部做错', '再付一半费用重做'],
 notes='Foxmail; two complainant phones on one line (landline then mobile); a WeChat ID is not a contact for missing purposes'),
dict(id='26', client='outlook', name='Yiwu Shine Crafts', addr='info@shine-crafts.example', date='Sat, 14 Nov 2026 02:11:00 +0800',
 subject='New arrival Christmas crafts 2027 catalog - factory price',
 extra_headers=['Precedence: bulk'],
 body='Dear Buyer,\n\nYiwu Shine Crafts Co., Ltd. is glad to share our 2027 Christmas catalog. MOQ 100 pcs, factory price, OEM welcome.\n\nWhatsApp: +86 188 5555 0731\nWebsite: https://shine-crafts.example/catalog2027\nAdd: No. 9 Gongren North Road, Yiwu\n\nTo unsubscribe, reply REMOVE.\n',
 kind='spam', lang='en', must=['2027 Christmas catalog', 'To unsubscribe'], notes='Supplier advertising; company name, phone, URL and address belong to nobody'),
dict(id='27', client='gmail', name='Tomasz Wiśniewski', addr='tomasz.wisniewski.pl@gmail.com', date='Sat, 14 Nov 2026 17:29:13 +0100',
 subject='Complaint: Yiwu Bestway Sports Goods - yoga mats',
 body='Dear Sir or Madam,\n\nwe received 1,000 yoga mats from Yiwu Bestway Sports Goods Co., Ltd. The thickness is 4 mm instead of 8 mm as in the contract, and the smell is very strong. I want a partial refund.\n\nOrder No. BW/2026/0871\nTotal paid: EUR 3 450\nWebsite: https://www.bestway-sports.example\n\nBest regards\nTomasz Wiśniewski\nul. Marszałkowska 84/92 lok. 12, 00-514 Warszawa, Poland\n+48 601 555 012\n',
 kind='complaint', lang='en', cname='Tomasz Wiśniewski', cph=['+48601555012'], cadr='ul. Marszałkowska 84/92 lok. 12, 00-514 Warszawa, Poland',
 rname='Yiwu Bestway Sports Goods Co., Ltd.', rurls=['https://www.bestway-sports.example'], onum='BW/2026/0871', amt='3450.00', cur='EUR',
 must=['4 mm instead of 8 mm', 'partial refund'], notes='Gmail; order number with slashes; "EUR 3 450" with a space'),
dict(id='28', client='126', name='韩梅', addr='hanmei_dl@126.com', date='Sun, 15 Nov 2026 10:37:50 +0800',
 subject='咨询：网店退货运费谁出',
 body='您好，\n想咨询一个问题：网上买的衣服不合适退货，商家说退货运费要买家出，可是当时页面写着“包邮”。包邮的商品退货运费应该谁承担？\n韩梅\n电话：0411-84776520\n',
 kind='inquiry', lang='zh', cname='韩梅', cph=['+8641184776520'], must=['退货运费要买家出', '应该谁承担'], notes='Inquiry (return shipping rules); Dalian landline in the signature'),
dict(id='29', client='iphone', name='Kofi Boateng', addr='kofi.boateng@icloud.com', date='Sun, 15 Nov 2026 20:50:17 +0000', cte='quoted-printable',
 subject='Shoes order complaint',
 body='Hello\n\nI bought 300 pairs of sneakers from a Yiwu seller on Alibaba, Order ID 2410087765321904, USD 2,700. Half of them have different sizes in one pair (left 42 right 43). The seller name is Yiwu Fengrun Shoes Co., Ltd. but they stopped replying.\n\nKofi Boateng\n+233 (0)20 555 0874\n\nSent from my iPhone\n',
 kind='complaint', lang='en', cname='Kofi Boateng', cph=['+233205550874'], rname='Yiwu Fengrun Shoes Co., Ltd.', onum='2410087765321904', amt='2700.00', cur='USD',
 must=['left 42 right 43', 'stopped replying'], notes='iPhone QP text only; order ID inline in a sentence; Ghana number with (0) trunk; no merchant contact'),
dict(id='30', client='staff_outlook', name='陈静', addr='chenjing@yweca.org.example', date='Mon, 16 Nov 2026 10:20:33 +0800',
 subject='答复: [YW-2026-00415] 投诉：买的电饭煲内胆掉涂层', quote_marker='发件人: 马丽',
 body='马女士：\n\n您好！我们已联系义乌市好厨电器有限公司，商家同意为您退货退款，请保留好快递单号。\n\n陈静\n义乌市电子商务协会消费者维权服务站\n电话：0579-85550188\n地址：浙江省义乌市稠城街道宾王路158号电商服务中心3楼\n\n发件人: 马丽 <mali_hz@163.com>\n发送时间: 2026年11月12日 19:02\n收件人: tousu@yweca.org.example\n主题: 投诉：买的电饭煲内胆掉涂层\n\n你好，电饭煲用了半个月内胆涂层就掉了，手机13588201147。\n',
 kind='reply', lang='zh', case='YW-2026-00415', must=['商家同意为您退货退款', '请保留好快递单号'], mustnot=['内胆涂层就掉了'],
 notes='Staff reply; merchant named in staff text and station address/phone in signature belong to nobody'),
dict(id='31', client='gmail', name='Elif Demir', addr='elif.demir.izmir@gmail.com', date='Mon, 16 Nov 2026 13:15:42 +0300',
 subject='Complaint about "Anhao Kitchenware" - rusty knives',
 body='Hello,\n\nI bought stainless steel knife sets from a Yiwu shop on 1688 called "Anhao Kitchenware" (https://anhao-kitchen.1688.com), the knives got rust after first wash.\n\nOrder ID: 2266019938470051127\nPaid: ¥8,640.00 (via my agent)\nMy phone: +90 (532) 555 0481\n\nElif Demir\n',
 kind='complaint', lang='en', cname='Elif Demir', cph=['+905325550481'], rname='Anhao Kitchenware', rurls=['https://anhao-kitchen.1688.com'],
 onum='2266019938470051127', amt='8640.00', cur='CNY', must=['rust after first wash'], notes='English complaint paid in yuan (¥ → CNY); merchant in quotes in subject and text; Turkish number with parentheses'),
dict(id='32', client='163', name='彭涛', addr='pengtao_cs@163.com', date='Tue, 17 Nov 2026 09:02:26 +0800', subject_split_midchar=True,
 subject='投诉：义乌市华美日化商行发的洗发水被调包',
 body='您好，\n我叫彭涛，在义乌市华美日化商行订了一批洗发水，由他们指定的物流代发，收到后发现整箱被换成了杂牌。\n订单号：HM-20261030-17\n金额：3,750.00元\n商家电话：+86 137 5791 6620\n本人手机：（+86）186-7310-5529\n',
 kind='complaint', lang='zh', cname='彭涛', cph=['+8618673105529'], rname='义乌市华美日化商行', rph=['+8613757916620'], onum='HM-20261030-17', amt='3750.00', cur='CNY',
 must=['整箱被换成了杂牌'], notes='163 GBK; subject split inside a multibyte character; full-width parentheses around +86'),
dict(id='33', client='outlook', name='Maxim Volkov', addr='maxim.volkov@outlook.com', date='Tue, 17 Nov 2026 15:44:19 +0300',
 subject='Question: can you help if seller is not in Yiwu?',
 body='Hello,\n\nMy supplier says his company is in Yiwu but the invoice shows address in Jinhua city. If there is a problem, can your station help, or only companies registered in Yiwu?\n\nRegards,\nMaxim Volkov\n+7 (985) 555-12-04\n',
 kind='inquiry', lang='en', cname='Maxim Volkov', cph=['+79855551204'], must=['invoice shows address in Jinhua city'], notes='Inquiry (jurisdiction); Russian mobile with brackets and dashes'),
dict(id='34', client='qq', name='何丽君', addr='helijun_wz@qq.com', date='Tue, 17 Nov 2026 21:30:05 +0800',
 subject='投诉：义乌市百汇日用品商店少发货',
 body='您好，\n我叫何丽君，在义乌市百汇日用品商店的淘宝店铺 https://baihui-riyong.taobao.com/ 买了10箱抽纸，只收到6箱。\n订单号：4120337709615582043\n实付：¥ 356.40\n电话：0577-88812345\n地址：浙江省温州市鹿城区人民东路100号\n',
 kind='complaint', lang='zh', cname='何丽君', cph=['+8657788812345'], cadr='浙江省温州市鹿城区人民东路100号',
 rname='义乌市百汇日用品商店', rurls=['https://baihui-riyong.taobao.com/'], onum='4120337709615582043', amt='356.40', cur='CNY', must=['只收到6箱'],
 notes='QQ Mail; 商店 suffix; Wenzhou landline; URL followed by a space and Chinese text'),
dict(id='35', client='yahoo', name='Mohamed Benali', addr='m.benali_dz@yahoo.fr', date='Wed, 18 Nov 2026 11:06:51 +0100',
 subject='Complaint - phone cases Yiwu Jiahe E-commerce',
 body='Hello,\n\nI am Mohamed Benali from Algiers. I ordered 5,000 phone cases from Yiwu Jiahe E-commerce Firm (their shop: https://jiahe-ecom.example/store?id=5521). 1,200 pieces are for wrong phone models. Seller says "no problem, sell them anyway".\n\nOrder ID: JH-AL-2210\nPaid USD 1,475.00\n\nMohamed Benali\nTel: +213 555 12 34 56\n\nEnvoyé de Yahoo Mail pour Android\n',
 kind='complaint', lang='en', cname='Mohamed Benali', cph=['+213555123456'], rname='Yiwu Jiahe E-commerce Firm', rurls=['https://jiahe-ecom.example/store?id=5521'],
 onum='JH-AL-2210', amt='1475.00', cur='USD', must=['wrong phone models', 'sell them anyway'],
 notes='Yahoo France; URL with query closed by a parenthesis; Algerian mobile'),
dict(id='36', client='thunderbird', name='Lukas Huber', addr='lukas.huber@gmx.at', date='Wed, 18 Nov 2026 16:20:37 +0100',
 subject='Re: [YW-2026-00393] Update on your case', quote_marker='Am 17.11.2026',
 body='Hello,\n\nthe seller has now refunded only half of what I paid (EUR 420,00).\nI am not satisfied, please continue the mediation.\n\nLukas Huber\n\nAm 17.11.2026 um 09:15 schrieb Fang Yu:\n> Dear Mr Huber,\n>\n> the seller Yiwu Pinjia Housewares told us they have sent a partial refund.\n>\n> Fang Yu\n',
 kind='reply', lang='en', case='YW-2026-00393', cname='Lukas Huber', amt='420.00', cur='EUR', must=['please continue the mediation'], mustnot=['they have sent a partial refund'],
 notes='Thunderbird format=flowed, German quote header "Am ... schrieb"; the amount paid is EUR 420,00 (decimal comma), the refund is only described'),
dict(id='37', client='iphone', name='高远', addr='gaoyuan_1990@icloud.com', date='Thu, 19 Nov 2026 12:12:12 +0800',
 subject='拼多多店铺“优选百货”卖假冒电池',
 body='你好，我是高远，在拼多多“优选百货”买的南孚电池是假的，电量只有正品的一半。订单号：261115-428870019932154，付了45元。我电话18857912036。\n\n发自我的iPhone\n',
 kind='complaint', lang='zh', cname='高远', cph=['+8618857912036'], rname='优选百货', onum='261115-428870019932154', amt='45.00', cur='CNY',
 must=['电量只有正品的一半'], notes='iPhone UTF-8 base64; all fields inline in one paragraph; shop name in subject and text'),
dict(id='38', client='gmail', name='Priya Sharma', addr='priya.sharma.mum@gmail.com', date='Thu, 19 Nov 2026 16:33:48 +0530',
 subject='Complaint against Yiwu Rainbow Jewelry Co., Ltd.',
 body='Dear Team,\n\nI ordered artificial jewelry from Yiwu Rainbow Jewelry Co., Ltd. (Order No. RJ-44190, USD 1,320.00). The gold plating comes off in one week and customers are returning them. The company email sales@rainbow-jewelry.example keeps promising a discount on next order but nothing for this one.\n\nRegards,\nPriya Sharma\n402, Sea Breeze Apartments, Carter Road, Bandra West, Mumbai 400050, India\n+91 98205 55017\n',
 kind='complaint', lang='en', cname='Priya Sharma', cph=['+919820555017'], cadr='402, Sea Breeze Apartments, Carter Road, Bandra West, Mumbai 400050, India',
 rname='Yiwu Rainbow Jewelry Co., Ltd.', onum='RJ-44190', amt='1320.00', cur='USD', must=['gold plating comes off in one week'],
 notes='Gmail; order number and amount inside parentheses; merchant e-mail only, respondent_contact missing; Indian mobile'),
dict(id='39', client='126', name='周建', addr='zhoujian_xa@126.com', date='Fri, 20 Nov 2026 09:48:27 +0800',
 subject='义乌市恒美化妆品有限公司卖过期面膜',
 body='你好，\n在义乌市恒美化妆品有限公司的抖音小店买了面膜，收到的生产日期是2023年的，已经过期。客服电话打不通。\n订单号：6931207744185530917\n金额：￥268.50\n客服电话：0579-89901234\n我的手机：+86 15191827736\n周建\n',
 kind='complaint', lang='zh', cname='周建', cph=['+8615191827736'], rname='义乌市恒美化妆品有限公司', rph=['+8657989901234'], onum='6931207744185530917', amt='268.50', cur='CNY',
 must=['生产日期是2023年的', '客服电话打不通'], notes='126 GBK; customer-service landline goes to the respondent; Douyin shop of a named company'),
dict(id='40', client='gmail', name='Daniel Okoye', addr='daniel.okoye.ph@gmail.com', date='Fri, 20 Nov 2026 19:22:03 +0100',
 subject='seller scammed me',
 body='hello\n\ni paid a man on whatsapp who said he is from yiwu market USD 450 for 50 power banks and he blocked me after. i dont know the company name. his number was +86 131 5555 0827\n\nDaniel Okoye\n',
 kind='complaint', lang='en', cname='Daniel Okoye', rph=['+8613155550827'], amt='450.00', cur='USD',
 must=['he blocked me after', 'i dont know the company name'], notes='Gmail, all lower case; signature name; seller phone without a merchant name'),
]

if __name__ == '__main__':
    main()
