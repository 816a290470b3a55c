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


ROUND = 'fresh9a'
Q = '------------------ 原始邮件 ------------------'
MAILS = [
dict(id='01', client='qq', name='张丽娟', addr='zhanglijuan_0512@qq.com', date='Mon, 02 Nov 2026 10:14:22 +0800',
 subject='投诉：耳环戴了一周就掉色，商家不给退',
 body='您好！\n我叫张丽娟，10月20日在淘宝“义乌市佳美饰品有限公司”的店铺买了5对合金耳环，宣传说是925银针防过敏，戴了一周就掉色发黑，耳朵还发炎了。\n商家说是我自己保养不当，不给退款。\n\n订单号：4102877365019284417\n实付：￥268.00\n店铺链接：https://jiameishipin.taobao.com\n客服电话：0579-85427731\n\n联系人：张丽娟\n手机：139 5791 2246\n收货地址：江苏省苏州市姑苏区人民路1088号3幢502室\n希望帮忙退款，谢谢！\n',
 kind='complaint', lang='zh', cname='张丽娟', cph=['+8613957912246'], cadr='江苏省苏州市姑苏区人民路1088号3幢502室',
 rname='义乌市佳美饰品有限公司', rurls=['https://jiameishipin.taobao.com'], rph=['+8657985427731'], onum='4102877365019284417', amt='268.00', cur='CNY',
 must=['戴了一周就掉色发黑', '保养不当'], notes='QQ Mail GB18030 base64; complete complaint, labelled fields, Taobao shop with company suffix'),
dict(id='02', client='163', name='刘洋', addr='liuyang_hz@163.com', date='Mon, 02 Nov 2026 15:40:05 +0800',
 subject='1688上买的电钻一半不能用',
 body='你好，\n我是杭州做五金零售的刘洋，9月在1688上向义乌市恒达五金工具厂批了120把充电电钻，货款人民币叁仟陆佰元整，已经通过支付宝付清。\n到货后试了一下，差不多一半充不进电，厂家先说寄回去检测，后来就不回消息了。\n订单号：2206718834590127743\n我的电话：0086 158 6712 3490\n麻烦协会帮忙联系一下厂家。\n刘洋\n',
 kind='complaint', lang='zh', cname='刘洋', cph=['+8615867123490'], rname='义乌市恒达五金工具厂', onum='2206718834590127743', amt='3600.00', cur='CNY',
 must=['差不多一半充不进电', '后来就不回消息了'], notes='163 GBK; amount in capital numerals (叁仟陆佰元整); factory named but no contact; 0086 prefix'),
dict(id='03', client='gmail', name='Chinedu Okafor', addr='chinedu.okafor77@gmail.com', date='Tue, 03 Nov 2026 09:22:41 +0100',
 subject='Complaint about Brightstar Import & Export - short shipment',
 body='Dear Sir,\n\nI am Chinedu Okafor, importer from Lagos Nigeria. I make order of phone accessories from Yiwu Brightstar Import & Export Co., Ltd. through Alibaba (https://brightstar-yw.en.alibaba.com) and I pay full amount before shipment.\n\nOrder No. 21947730651882046\nAmount paid: USD 4,350.00\n\nWhen the container reach Apapa port, 14 cartons is missing from the packing list. The sales lady Cindy keep saying she will check but since 3 weeks nothing. Their office is at Room 1203, Building B, Fortune Plaza, Yiwu, Zhejiang, China.\n\nPlease help me to recover my money for the missing cartons.\n\nThanks and God bless,\nChinedu Okafor\nTel: +234 803 555 0147\n',
 kind='complaint', lang='en', cname='Chinedu Okafor', cph=['+2348035550147'], rname='Yiwu Brightstar Import & Export Co., Ltd.', rurls=['https://brightstar-yw.en.alibaba.com'],
 radr='Room 1203, Building B, Fortune Plaza, Yiwu, Zhejiang, China', onum='21947730651882046', amt='4350.00', cur='USD',
 must=['14 cartons is missing', 'since 3 weeks nothing'], notes='Gmail QP; Nigerian buyer, non-native English; URL in parentheses; merchant office address in the text'),
dict(id='04', client='outlook', name='Fatima Al-Mansouri', addr='fatima.almansouri@outlook.com', date='Tue, 03 Nov 2026 13:05:18 +0400',
 subject='Seller not delivering after payment - Golden Sail Trading',
 body='Hello,\n\nI paid a deposit and then the balance to a Yiwu company called Golden Sail Trading for 800 abayas and hijab sets. They only talk to me on WeChat. Since 45 days they say "goods are ready" but nothing is shipped, and now they ask me extra money for "customs".\n\nOrder ref: GS-88213\nTotal paid: US$ 2,760\nSeller WhatsApp: +86 137 5555 0188\n\nI need your help please, this is my first time buying from China.\n\nBest regards\nFatima Al-Mansouri\nDubai, UAE\nMobile 00971 50 555 0123\n',
 kind='complaint', lang='en', cname='Fatima Al-Mansouri', cph=['+971505550123'], rname='Golden Sail Trading', rph=['+8613755550188'],
 onum='GS-88213', amt='2760.00', cur='USD', must=['nothing is shipped', 'extra money for "customs"'],
 notes='Outlook.com UTF-8 QP; UAE mobile with 00 prefix in the signature; seller WhatsApp goes to the respondent; "Dubai, UAE" is not an address'),
dict(id='05', client='qq', name='小桥流水', addr='2865419037@qq.com', date='Wed, 04 Nov 2026 21:33:50 +0800',
 subject='想问下这家商行是不是正规的',
 body='你好，\n我在朋友圈看到一家叫“义乌市星辰电子商行”的在招代理，说交3980元加盟费就能拿货，客服电话是0579-85660123。\n想问下你们有没有收到过关于这家的投诉？他们是不是正规注册的？我还没有付钱。\n谢谢\n',
 kind='inquiry', lang='zh', rname='义乌市星辰电子商行', rph=['+8657985660123'],
 must=['有没有收到过关于这家的投诉', '我还没有付钱'], notes='QQ nickname sender, no name in text; inquiry about a merchant (no purchase), merchant details still extracted; the 3980元 fee is not an order amount'),
dict(id='06', client='126', name='陈美玲', addr='chenmeiling_1985@126.com', date='Thu, 05 Nov 2026 08:12:31 +0800',
 subject='拼多多买的四件套起球严重',
 body='您好，\n我用我爱人的邮箱发的，我是她丈夫黄伟。\n上个月在拼多多“阿福家纺旗舰店”买了一套四件套，89元，洗了一次就全是球，客服只肯退10块钱。\n订单号：261014-597733021846512\n联系电话：186 0579 3321\n希望你们能帮忙处理。\n黄伟\n',
 kind='complaint', lang='zh', cname='黄伟', cph=['+8618605793321'], rname='阿福家纺旗舰店', onum='261014-597733021846512', amt='89.00', cur='CNY',
 must=['洗了一次就全是球', '只肯退10块钱'], notes='126 GBK; written from the wife\'s mailbox, the name in the text (黄伟) wins over From; Pinduoduo shop without contact; the 10-yuan offer is not the amount'),
dict(id='07', client='gmail', name='Lucas Pereira', addr='lucas.pereira.sp@gmail.com', date='Thu, 05 Nov 2026 11:47:09 -0300',
 subject='Complaint - defective toys from Yiwu Lianfa Toys Factory',
 body='Good morning,\n\nMy name is Lucas Pereira, I have a small toy store in São Paulo. In September I bought 2,000 plastic cars from Yiwu Lianfa Toys Factory (https://lianfatoys.en.alibaba.com/). More than 600 pieces have broken wheels and the paint smell is very strong, I cannot sell them.\n\nOrder ID: 2188034471209553\nValue: US$ 1,980.50\n\nThe factory says it is the transport fault. I ask for refund of the defective pieces.\n\nObrigado,\nLucas Pereira\n+55 11 95555-0134\nRua Augusta 1508, apto 42, São Paulo - SP, 01304-001, Brazil\n',
 kind='complaint', lang='en', cname='Lucas Pereira', cph=['+5511955550134'], cadr='Rua Augusta 1508, apto 42, São Paulo - SP, 01304-001, Brazil',
 rname='Yiwu Lianfa Toys Factory', rurls=['https://lianfatoys.en.alibaba.com/'], onum='2188034471209553', amt='1980.50', cur='USD',
 must=['broken wheels', 'transport fault'], notes='Gmail QP with non-ASCII (São Paulo); Brazilian mobile; URL closed by a parenthesis keeps its slash'),
dict(id='08', client='mailru', name='Дмитрий Соколов', addr='d.sokolov@mail.ru', date='Fri, 06 Nov 2026 16:20:44 +0700',
 subject='Complaint against Yiwu Hongyun Trading Co., Ltd. - wrong goods sent',
 body='Hello,\n\nI am Dmitry Sokolov from Novosibirsk, Russia. We ordered kitchen towels and sponges from Yiwu Hongyun Trading Co., Ltd. but they sent other model, cheaper quality, not like sample. Manager stop answering after we send photos.\n\nOrder No. HY-20260915-03\nPaid: USD 3,120.00\nCompany phone: +86 579 8555 0162\n\nPlease help us to get compensation.\n\nBest regards,\nDmitry Sokolov\nтел. +7 (913) 555-01-27\n',
 kind='complaint', lang='en', cname='Dmitry Sokolov', cph=['+79135550127'], rname='Yiwu Hongyun Trading Co., Ltd.', rph=['+8657985550162'],
 onum='HY-20260915-03', amt='3120.00', cur='USD', must=['not like sample', 'Manager stop answering'],
 notes='Mail.ru UTF-8 base64; Cyrillic display name, Latin name in the text wins; Russian mobile +7 (913); merchant named in the subject too'),
dict(id='09', client='foxmail', name='王喆', addr='wangzhe_88@foxmail.com', date='Sat, 07 Nov 2026 19:02:13 +0800',
 subject='投诉品尚服饰经营部发货质量差',
 body='你好：\n我是王喆，在微店“义乌市品尚服饰经营部”批了60件羊毛衫，实际成分标签写的是腈纶，跟详情页不符。聊天记录截图在附件。\n店铺地址：https://weidian.com/?userid=1827734501\n订单号：W26110288153\n金额：￥1,356.00\n商家说吊牌写错了，不肯退。\n手机：+86 139 5712 8864\n王喆\n',
 kind='complaint', lang='zh', cname='王喆', cph=['+8613957128864'], rname='义乌市品尚服饰经营部', rurls=['https://weidian.com/?userid=1827734501'],
 onum='W26110288153', amt='1356.00', cur='CNY', att=[dict(filename='聊天记录截图.png', content_type='image/png', cs='GB2312')],
 must=['实际成分标签写的是腈纶', '吊牌写错了'], notes='Foxmail labelled GB2312 but holding GBK-only 喆 (decode as GB18030); digits inside the Weidian URL are not a phone; PNG with RFC 2047 name'),
dict(id='10', client='iphone', name='杨帆', addr='yangfan1993@163.com', date='Sat, 07 Nov 2026 22:41:37 +0800',
 subject='投诉义乌国际商贸城的“美美日用百货店”',
 body='你好，我上周去义乌国际商贸城四区逛，在“美美日用百货店”买了一批收纳盒，当场付了450元，回来发现一半都是裂的。打电话给老板说不能退。\n店铺地址：义乌国际商贸城四区2街35012号\n我的电话15057990123\n杨帆\n\n发自我的iPhone\n',
 kind='complaint', lang='zh', cname='杨帆', cph=['+8615057990123'], rname='美美日用百货店', radr='义乌国际商贸城四区2街35012号', amt='450.00', cur='CNY',
 must=['回来发现一半都是裂的', '发自我的iPhone'], notes='iPhone Mail UTF-8 base64 text only; shop named in quotes in the subject and text; merchant stall address; no order number'),
dict(id='11', client='gmail', name='María González', addr='mariagonzalez.bog@gmail.com', date='Sun, 08 Nov 2026 10:05:55 -0500',
 subject='Question about refund rules for wholesale',
 body='Hello,\n\nI am from Bogota, Colombia and I want to start importing hair accessories from Yiwu market. Before I pay any supplier I want to understand: what are the refund rules for wholesale orders in China? If the goods are bad quality, can a foreign buyer make a complaint to your station, or only Chinese consumers?\n\nThank you very much\nMaría González\nWhatsApp +57 310 555 0123\n',
 kind='inquiry', lang='en', cname='María González', cph=['+573105550123'],
 must=['refund rules for wholesale orders', 'can a foreign buyer make a complaint'], notes='Inquiry (rules for foreign buyers), Gmail QP, accented name; Colombian WhatsApp number is the writer\'s phone'),
dict(id='12', client='outlook1252', name='Jürgen Schäfer', addr='j.schaefer@schaefer-deko.example', date='Mon, 09 Nov 2026 08:55:02 +0100', lang_hdr='de-de',
 subject='Complaint: Christmas decoration arrived broken',
 body='Dear Sir or Madam,\n\nwe ordered 3,600 glass Christmas balls from Yiwu Jiaxin Crafts Co., Ltd. in August. 40% are broken, the packaging was only thin paper. The supplier refuses to replace them before Christmas.\n\nOrder No. JX-26-0814\nAmount paid: €1.250,00\nSupplier website: https://jiaxin-crafts.example/\n\nI ask the station to mediate.\n\nMit freundlichen Grüßen\nJürgen Schäfer\nSchäfer Dekoartikel GmbH\nLindenstraße 14, 45127 Essen, Germany\nTel. +49 (0)171 5550392\n',
 kind='complaint', lang='en', cname='Jürgen Schäfer', cph=['+491715550392'], cadr='Lindenstraße 14, 45127 Essen, Germany',
 rname='Yiwu Jiaxin Crafts Co., Ltd.', rurls=['https://jiaxin-crafts.example/'], onum='JX-26-0814', amt='1250.00', cur='EUR',
 must=['40% are broken', 'refuses to replace them'], notes='Outlook windows-1252 QP (ü, ß, €); German decimal comma €1.250,00; +49 (0)171 trunk zero dropped; the GmbH line is the writer\'s company, not the respondent'),
dict(id='13', client='qq', name='赵雪梅', addr='zhaoxuemei_77@qq.com', date='Mon, 09 Nov 2026 14:26:10 +0800',
 subject='回复：[YW-2026-00412] 请补充订单信息', quote_marker=Q,
 body='您好，\n订单号是：3379016624418870215，付了￥599.00，截图之前发过给商家了。\n赵雪梅\n\n\n' + Q + '\n发件人: "陈静"<chenjing@yweca.org.example>;\n发送时间: 2026年11月8日(星期天) 上午10:15\n收件人: "赵雪梅"<zhaoxuemei_77@qq.com>;\n主题: [YW-2026-00412] 请补充订单信息\n\n赵女士您好：\n您投诉“义乌市悦享家居旗舰店”空气炸锅漏电的问题已登记，请补充订单号和付款金额。\n陈静\n义乌市电子商务协会消费者维权服务站\n电话：0579-85550188\n',
 kind='reply', lang='zh', case='YW-2026-00412', cname='赵雪梅', onum='3379016624418870215', amt='599.00', cur='CNY',
 must=['截图之前发过给商家了'], mustnot=['空气炸锅漏电的问题已登记'], notes='Consumer reply from QQ Mail; order and amount given in the new text; merchant name and station phone only in the quote'),
dict(id='14', client='staff_outlook', name='方宇', addr='fangyu@yweca.org.example', date='Mon, 09 Nov 2026 16:02:48 +0800',
 subject='答复: [YW-2026-00398] 投诉：保温杯盖子漏水', quote_marker='发件人: 刘倩',
 body='刘女士：\n\n您好！商家“义乌市乐途杯业有限公司”已同意为您更换新杯盖，请在3个工作日内将原杯盖寄回。\n如有疑问请回复本邮件。\n\n方宇\n义乌市电子商务协会消费者维权服务站\n电话：0579-85550188\n\n发件人: 刘倩 <liuqian_sh@126.com>\n发送时间: 2026年11月6日 20:31\n收件人: tousu@yweca.org.example\n主题: 投诉：保温杯盖子漏水\n\n你好，保温杯买回来盖子就漏水，手机13761558203，订单号4419032887650213，金额128元。\n',
 kind='reply', lang='zh', case='YW-2026-00398', must=['已同意为您更换新杯盖', '3个工作日内'], mustnot=['买回来盖子就漏水'],
 notes='Staff reply (Chinese Outlook, gb2312 base64); no party data even though the merchant and the consumer phone appear'),
dict(id='15', client='yahoo', name='Kwame Mensah', addr='kwamemensah_gh@yahoo.com', date='Tue, 10 Nov 2026 07:38:19 +0000',
 subject='Plastic chairs order - factory cheating me',
 body='Dear Officer,\n\nGood day. I am Kwame Mensah, a trader in Accra. I ordered 500 plastic chairs from Everjoy Plastic Products Factory in Yiwu. When the goods arrive, the chairs are thinner than the sample and 60 chairs are cracked.\n\nOrder #EJ-30517\nI paid USD 980 by Western Union.\nThe seller WhatsApp is +86 158 5555 0276.\n\nKindly assist me.\n\nKwame Mensah\n+233 24 555 0198\n\nSent from Yahoo Mail on Android\n',
 kind='complaint', lang='en', cname='Kwame Mensah', cph=['+233245550198'], rname='Everjoy Plastic Products Factory', rph=['+8615855550276'],
 onum='EJ-30517', amt='980.00', cur='USD', must=['thinner than the sample', 'Kindly assist me'], notes='Yahoo Mail QP; Ghanaian buyer; seller phone in a sentence goes to the respondent; Western Union transfer'),
dict(id='16', client='qq', name='徐志强', addr='xuzhiqiang@qq.com', date='Tue, 10 Nov 2026 09:00:03 +0800',
 subject='自动回复: [YW-2026-00405] 您的投诉已受理',
 body='这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。\n急事请打 138 6791 0452。\n',
 kind='auto_reply', lang='zh', case='YW-2026-00405', must=['无法亲自回复您的邮件', '假期结束后'],
 notes='QQ holiday auto-reply with no Auto-Submitted header, recognisable by 自动回复 subject and text; its phone belongs to nobody'),
dict(id='17', client='126', name='钱坤', addr='qiankun2020@126.com', date='Wed, 11 Nov 2026 11:19:27 +0800',
 subject='转发：黑猫投诉 WQT20261103-2281 处理结果',
 body='你好，这个投诉在别的平台没人管，转给你们。\n\n-------- 转发邮件信息 --------\n发件人："钱坤" <qiankun2020@126.com>\n发送日期：2026-11-03 18:22:10\n收件人：service@heimao-ts.example\n主题：投诉编号 WQT20261103-2281\n\n本人钱坤，在义乌“顺发灯饰厂”网店买了20套吸顶灯，装上三天就有7套不亮。\n订单号：YW-2026-1102537\n货款：4,860元\n商家电话：0579-85571120\n我的手机：13705791866\n',
 kind='complaint', lang='zh', cname='钱坤', cph=['+8613705791866'], rname='顺发灯饰厂', rph=['+8657985571120'], onum='YW-2026-1102537', amt='4860.00', cur='CNY',
 must=['装上三天就有7套不亮', '在别的平台没人管'], notes='Forwarded complaint (转发：), forwarded content counts; another platform\'s number and an order number starting YW- are not case refs; header address of the forward is not a complainant e-mail'),
dict(id='18', client='gmail', name='Abdullah Al-Harbi', addr='abdullah.alharbi.ksa@gmail.com', date='Wed, 11 Nov 2026 19:50:31 +0300',
 subject='Luggage order complaint',
 body='Assalamu alaikum,\n\nI am Abdullah Al-Harbi from Riyadh. I bought 300 trolley luggage sets from Yiwu Zhongxing Luggage Co.,Ltd through this product page https://www.alibaba.com/product-detail/Trolley-Luggage-Set_1600987654321.html . The wheels of many bags broke in the first week by my customers.\n\nOrder ID: 2398455120876\nTotal: USD 6,480.00\n\nThe supplier only offer 3% discount next order. This is not fair.\n\nRegards,\nAbdullah Al-Harbi\nMobile: +966 50 555 0142\n',
 kind='complaint', lang='en', cname='Abdullah Al-Harbi', cph=['+966505550142'], rname='Yiwu Zhongxing Luggage Co.,Ltd',
 rurls=['https://www.alibaba.com/product-detail/Trolley-Luggage-Set_1600987654321.html'], onum='2398455120876', amt='6480.00', cur='USD',
 must=['wheels of many bags broke', 'This is not fair'], notes='Gmail; product URL with long digits (not a phone) ended by " ." ; company suffix written "Co.,Ltd" without spaces'),
dict(id='19', client='163', name='孙立', addr='sunli_nb@163.com', date='Thu, 12 Nov 2026 09:31:40 +0800',
 subject='咨询：批发拿货能不能七天无理由退货',
 body='您好，\n我在宁波开小超市，经常去义乌批发市场拿货。想咨询一下，批发拿的货是不是也适用七天无理由退货？如果老板当时口头答应可以退，后来不认账，有什么办法？\n谢谢！\n孙立\n',
 kind='inquiry', lang='zh', cname='孙立', must=['适用七天无理由退货', '后来不认账'], notes='Inquiry (wholesale return rules), 163 GBK, no specific dispute'),
dict(id='20', client='outlook', name='Grace Wanjiru', addr='grace.wanjiru@outlook.com', date='Thu, 12 Nov 2026 12:14:07 +0300',
 subject='Hair extensions not as described',
 body='Hi,\n\nI ordered human hair extensions from Sunrise Hair Products on their site https://sunrise-hair.example/shop and paid USD 1,150. What I received is synthetic hair, I did a burn test. They blocked me on WhatsApp.\n\nGrace Wanjiru\nNairobi, Kenya\nPhone: +254 712 555 019\n',
 kind='complaint', lang='en', cname='Grace Wanjiru', cph=['+254712555019'], rname='Sunrise Hair Products', rurls=['https://sunrise-hair.example/shop'], amt='1150.00', cur='USD',
 must=['I did a burn test', 'blocked me on WhatsApp'], notes='Outlook.com; Kenyan mobile; no order number; amount without decimals'),
dict(id='21', client='qq', name='A小王批发', addr='3098127465@qq.com', date='Fri, 13 Nov 2026 17:45:12 +0800',
 subject='纸箱厂收了钱发货少了一半',
 body='你好\n在义乌市通达包装材料厂订了2000个纸箱，只到了1000个，剩下的一直拖着不发，钱已经全付了2,180元。\n订单号：TD20261021017\n商家QQ：2874561930\n我手机 177 5790 3318\n',
 kind='complaint', lang='zh', cph=['+8617757903318'], rname='义乌市通达包装材料厂', onum='TD20261021017', amt='2180.00', cur='CNY',
 must=['只到了1000个', '剩下的一直拖着不发'], notes='QQ nickname (A小王批发) is not a personal name; the merchant QQ number is not a phone, so respondent_contact is missing'),
dict(id='22', client='gmail', name='Katarzyna Nowak', addr='k.nowak.krakow@gmail.com', date='Fri, 13 Nov 2026 10:03:28 +0100',
 subject='Is this supplier legit? Yiwu Meihao Commodity',
 body='Dear Sirs,\n\nA supplier named Yiwu Meihao Commodity Co., Ltd. contacted me on LinkedIn. Their prices are 30% lower than others and they want 100% payment before production. Their phone is 0579-8555 2231 and the website is https://meihao-commodity.example.\n\nCan you confirm if they are a real company in Yiwu? I did not pay anything yet.\n\nKind regards,\nKatarzyna Nowak\nKraków, Poland\n',
 kind='inquiry', lang='en', cname='Katarzyna Nowak', rname='Yiwu Meihao Commodity Co., Ltd.', rurls=['https://meihao-commodity.example'], rph=['+8657985552231'],
 must=['100% payment before production', 'I did not pay anything yet'], notes='Inquiry (is the supplier real); URL with trailing full stop trimmed; Chinese landline with a space in the number'),
dict(id='23', client='android', name='赵刚', addr='13905781234@139.com', date='Sat, 14 Nov 2026 20:10:51 +0800', ua='139Mail Android 9.6.1',
 subject='炒货店卖的瓜子是陈货',
 body='我是赵刚，在淘宝上一家叫『老街坊炒货店』的店买的瓜子，76.5元，打开一股哈喇味，生产日期是去年的。商家说是正常口味不给退。\n',
 kind='complaint', lang='zh', cname='赵刚', rname='老街坊炒货店', amt='76.50', cur='CNY',
 must=['打开一股哈喇味', '生产日期是去年的'], notes='139 mail Android UTF-8 8bit; the mobile number is only the From local part, so no phone; 『』 quoted shop name; 76.5元 → 76.50'),
dict(id='24', client='yahoo', name='Sofía Fernández', addr='sofi.fernandez@yahoo.com.ar', date='Sun, 15 Nov 2026 18:27:44 -0300',
 subject='Reclamo / complaint - party supplies never shipped',
 body='Hello,\n\nMy name is Sofía Fernández, I have a party store in Buenos Aires. I paid Yiwu Fiesta Party Supplies Co., Ltd. for balloons and decorations in October but after 5 weeks nothing has been shipped and the seller gives different excuses every day.\n\nOrder No: FP2026-1107\nAmount: US$ 2,215.40\nSeller address: No. 88 Chouzhou North Road, Yiwu City\n\nPlease, I need help.\n\nSofía Fernández\nCel: +54 9 11 5555-0178\n\nSent from Yahoo Mail for iPhone\n',
 kind='complaint', lang='en', cname='Sofía Fernández', cph=['+5491155550178'], rname='Yiwu Fiesta Party Supplies Co., Ltd.', radr='No. 88 Chouzhou North Road, Yiwu City',
 onum='FP2026-1107', amt='2215.40', cur='USD', must=['nothing has been shipped', 'different excuses every day'],
 notes='Yahoo QP, UTF-8 Q-encoded display name; Argentine mobile +54 9 11; seller address labelled'),
dict(id='25', client='thunderbird', name='Peter Novak', addr='peter.novak@seznam.cz', date='Mon, 16 Nov 2026 09:44:02 +0100',
 subject='Re: Your complaint has been registered', quote_marker='On 14.11.2026',
 body='Hello,\n\nthank you. My new phone number is +420 605 555 127, the old one does not\nwork any more. I am still waiting for the refund from the seller.\n\nPeter Novak\n\nOn 14.11.2026 10:02, Lou Xiaoyan wrote:\n> Dear Mr Novak,\n>\n> Your complaint about the LED strips has been registered.\n> Case reference: YW-2026-00377\n>\n> Lou Xiaoyan\n',
 kind='reply', lang='en', case='YW-2026-00377', cname='Peter Novak', cph=['+420605555127'],
 must=['My new phone number is', 'still waiting for the refund'], mustnot=['Your complaint about the LED strips has been registered'],
 notes='Thunderbird format=flowed 8bit; case reference only in the quoted history still makes it a reply; Czech mobile'),
dict(id='26', client='126', name='何静', addr='hejing_sz@126.com', date='Mon, 16 Nov 2026 15:12:36 +0800',
 subject='投诉欣悦日用品商行拒不退款',
 body='您好：\n本人何静，10月在1688店铺 https://xinyueriyong.1688.com/ 采购了一批不锈钢餐具，收到后检测镍含量超标，商家义乌市欣悦日用品商行承诺退款，但至今一个多月没有退。退款凭证和检测报告见附件。\n订单号：2271903586624108835\n付款金额：5,420.00元\n联系电话：(0755)26651088\n深圳市南山区桃园路2号田厦国际中心A座1806\n',
 kind='complaint', lang='zh', cname='何静', cph=['+8675526651088'], cadr='深圳市南山区桃园路2号田厦国际中心A座1806',
 rname='义乌市欣悦日用品商行', rurls=['https://xinyueriyong.1688.com/'], onum='2271903586624108835', amt='5420.00', cur='CNY',
 att=[dict(filename='退款凭证.pdf', content_type='application/pdf', cs='GBK'), dict(filename='检测报告.jpg', content_type='image/jpeg', cs='GBK')],
 must=['镍含量超标', '至今一个多月没有退'], notes='126 GBK with two attachments (RFC 2047 GBK names); consumer landline (0755); URL followed by a space'),
dict(id='27', client='outlook', name='Global DDP Logistics', addr='sales@ddp-cargo.example', date='Tue, 17 Nov 2026 03:00:00 +0800',
 subject='DDP shipping Yiwu to Europe / Middle East - best price, door to door',
 extra_headers=['Precedence: bulk', 'List-Unsubscribe: <https://ddp-cargo.example/unsub?id=88231>'],
 body='Dear friend,\n\nWe are a professional freight forwarder in Yiwu. DDP sea and rail to Europe, Saudi Arabia, UAE, Nigeria, Russia. Tax included, door to door!\n\nContact Jenny: +86 159 5555 0612 (WeChat/WhatsApp)\nhttps://ddp-cargo.example\n\nIf you do not want to receive this email, reply "unsubscribe".\n',
 kind='spam', lang='en', must=['professional freight forwarder', 'Tax included, door to door'], notes='Freight forwarder advertising (Precedence: bulk); its phone and URL must not be extracted'),
dict(id='28', client='gmail', name='Mehmet Yılmaz', addr='mehmet.yilmaz.ist@gmail.com', date='Tue, 17 Nov 2026 14:36:52 +0300',
 subject='Fwd: Order AK-5521 problem',
 body='Hello,\n\nBelow is the answer of the supplier. 200 of the 1,000 power banks do not charge. They refuse to send replacement. I want my money back for the defective units.\n\nMehmet Yılmaz\n+90 532 555 01 23\n\n---------- Forwarded message ---------\nFrom: Yiwu Anke Electronics Co., Ltd. <export@anke-elec.example>\nDate: Mon, Nov 16, 2026 at 5:12 AM\nSubject: Re: Order AK-5521 problem\nTo: Mehmet Yılmaz <mehmet.yilmaz.ist@gmail.com>\n\n\nDear Mehmet,\n\nOur goods passed QC before shipment, we cannot accept this claim.\nOrder No. AK-5521, total USD 3,400.00.\n\nBest regards\nYiwu Anke Electronics Co., Ltd.\nTel: +86-579-8555-3319\n',
 kind='complaint', lang='en', cname='Mehmet Yılmaz', cph=['+905325550123'], rname='Yiwu Anke Electronics Co., Ltd.', rph=['+8657985553319'],
 onum='AK-5521', amt='3400.00', cur='USD', must=['do not charge', 'passed QC before shipment'],
 notes='Gmail forward: merchant, order and amount only in the forwarded part, which counts; Turkish mobile; forwarded header addresses are not complainant e-mails'),
dict(id='29', client='gmail', name='陳嘉欣', addr='kayan.chan.hk@gmail.com', date='Wed, 18 Nov 2026 21:08:15 +0800', cs='UTF-8', cte='base64',
 subject='投訴：網購的嬰兒推車有裂痕',
 body='你好，\n本人陳嘉欣，住香港。上月在「義烏市優品家居用品有限公司」的網店買了一部嬰兒推車，HK$1,280，收貨時車架已經有裂痕，商家話係運輸問題，唔肯換貨。\n訂單編號：YP88316072\n網店：https://youpin-home.example/hk\n聯絡電話：+852 6123 4580\n',
 kind='complaint', lang='zh', cname='陳嘉欣', cph=['+85261234580'], rname='義烏市優品家居用品有限公司', rurls=['https://youpin-home.example/hk'],
 onum='YP88316072', amt='1280.00', cur='HKD', must=['車架已經有裂痕', '唔肯換貨'],
 notes='Traditional Chinese (Hong Kong) via Gmail UTF-8 base64 → zh; HK$ amount; 「」 quotes; label 訂單編號'),
dict(id='30', client='163', name='林晓峰', addr='linxf_1979@163.com', date='Thu, 19 Nov 2026 10:26:39 +0800',
 subject='投诉义乌市锦程工艺品厂定制奖杯质量问题',
 body='您好，\n我叫林晓峰，公司年会在义乌市锦程工艺品厂定制了150座水晶奖杯，刻字有错别字，底座也有气泡。厂家说要重做得再加钱。\n订单号：JC-2026-1015-88\n共计：¥ 12,600.00\n商家电话：13867905512\n商家地址：浙江省义乌市北苑街道春华路328号\n\n我的手机：138 1155 7620\n收货地址：上海市浦东新区张杨路500号华润时代广场15楼\n',
 kind='complaint', lang='zh', cname='林晓峰', cph=['+8613811557620'], cadr='上海市浦东新区张杨路500号华润时代广场15楼',
 rname='义乌市锦程工艺品厂', rph=['+8613867905512'], radr='浙江省义乌市北苑街道春华路328号', onum='JC-2026-1015-88', amt='12600.00', cur='CNY',
 must=['刻字有错别字', '重做得再加钱'], notes='163 GBK; merchant phone and address labelled before the consumer\'s; both parties have addresses'),
dict(id='31', client='outlook', name='Javier Ruiz', addr='javier.ruiz.mad@outlook.es', date='Thu, 19 Nov 2026 18:40:21 +0100', lang_hdr='es-es',
 subject='Complaint against Yiwu Jinhua Stationery Co., Ltd',
 body='Hello,\n\nI bought 5,000 school notebooks from Yiwu Jinhua Stationery Co., Ltd for the new school year. The paper is much thinner than the sample (60 g instead of 80 g). The seller says the sample was "a special one".\n\nOrder No. JH-77821\nPaid: 2340 EUR\nSeller email: sales@jinhua-stationery.example\n\nRegards,\nJavier Ruiz\nCalle de Alcalá 215, 3º B, 28028 Madrid, Spain\nTel. +34 612 55 50 12\n',
 kind='complaint', lang='en', cname='Javier Ruiz', cph=['+34612555012'], cadr='Calle de Alcalá 215, 3º B, 28028 Madrid, Spain',
 rname='Yiwu Jinhua Stationery Co., Ltd', onum='JH-77821', amt='2340.00', cur='EUR', must=['60 g instead of 80 g', 'a special one'],
 notes='Outlook.es UTF-8; amount written "2340 EUR"; seller given only an e-mail address, which is not a respondent url/phone/address, so respondent_contact is missing'),
dict(id='32', client='gmail', name='Usman Tariq', addr='usman.tariq.lhr@gmail.com', date='Fri, 20 Nov 2026 11:55:09 +0500',
 subject='What does your station cover?',
 body='Respected Sir/Madam,\n\nI am a small importer from Lahore. Please tell me what kind of complaints your station can handle. Only shops in Yiwu International Trade City or also online sellers on 1688 and Alibaba who are based in Yiwu? And is there any fee for foreigners?\n\nThanks in advance.\nUsman Tariq\n+92 300 5550123\n',
 kind='inquiry', lang='en', cname='Usman Tariq', cph=['+923005550123'], must=['what kind of complaints your station can handle', 'any fee for foreigners'],
 notes='Inquiry (scope of the station), Gmail; Pakistani mobile'),
dict(id='33', client='qq', name='冯晓东', addr='fengxiaodong@qq.com', date='Fri, 20 Nov 2026 22:17:33 +0800', subject_split_midchar=True,
 subject='充电宝鼓包差点着火，要求退货赔偿',
 body='您好！\n我叫冯晓东，在京东“义乌电能数码专营店”买的充电宝，用了两周就鼓包，昨晚充电时冒烟差点着火。\n订单号：298833107462\n金额：129元\n店铺链接：https://mall.jd.com/index-10098812.html\n电话：+86 136-5791-0083\n要求退货并赔偿。\n',
 kind='complaint', lang='zh', cname='冯晓东', cph=['+8613657910083'], rname='义乌电能数码专营店', rurls=['https://mall.jd.com/index-10098812.html'],
 onum='298833107462', amt='129.00', cur='CNY', must=['冒烟差点着火', '要求退货并赔偿'],
 notes='QQ Mail; subject encoded words split inside a multibyte GB18030 character; platform name (京东) stripped from the shop name'),
dict(id='34', client='iphone', name='Youssef El Amrani', addr='youssef.elamrani@gmail.com', date='Sat, 21 Nov 2026 13:02:58 +0100', cte='quoted-printable',
 subject='Problem with my order of curtains',
 body='Hello\n\nMy name is Youssef El Amrani from Casablanca. I paid USD 750 to Yiwu Baihe Textile Trading for curtains but the colors are completely different and the size is wrong. They say no refund for custom products but I did not ask custom.\n\nPlease help\nYoussef\n+212 6 61 55 50 12\n\nSent from my iPhone\n',
 kind='complaint', lang='en', cname='Youssef El Amrani', cph=['+212661555012'], rname='Yiwu Baihe Textile Trading', amt='750.00', cur='USD',
 must=['colors are completely different', 'I did not ask custom'], notes='iPhone Mail UTF-8 QP text only; fuller name in the text wins over the short signature; Moroccan mobile; merchant without contact'),
dict(id='35', client='gmail', name='Olumide Adeyemi', addr='olumide.adeyemi@gmail.com', date='Sun, 22 Nov 2026 08:31:47 +0100',
 subject='Re: [YW-2026-00389] Additional information needed', quote_marker='On Fri, Nov 20, 2026',
 body='Good morning,\n\nThe shop link is https://sunnyday-bags.en.alibaba.com and their office number is +86 579 8555 7714. I paid USD 1,640.00.\n\nOlumide Adeyemi\n\nOn Fri, Nov 20, 2026 at 4:10 PM Wang Haibo <wanghaibo@yweca.org.example> wrote:\n> Dear Mr Adeyemi,\n>\n> To forward your complaint to the merchant we need the shop link and the\n> merchant phone number.\n>\n> Wang Haibo\n',
 kind='reply', lang='en', case='YW-2026-00389', cname='Olumide Adeyemi', rurls=['https://sunnyday-bags.en.alibaba.com'], rph=['+8657985557714'], amt='1640.00', cur='USD',
 must=['The shop link is', 'I paid USD 1,640.00'], mustnot=['we need the shop link and the'], notes='Consumer reply via Gmail; supplies shop link, merchant phone and amount; staff text only in the quote'),
dict(id='36', client='126', name='郑丽', addr='zhengli_2019@126.com', date='Mon, 23 Nov 2026 09:15:20 +0800',
 subject='补充材料',
 body='你好，\n关于我之前投诉的案子（编号YW-2026-00401），商家今天打电话说同意退一半，我不同意，要求全额退款。\n郑丽\n手机：15967012285\n',
 kind='reply', lang='zh', case='YW-2026-00401', cname='郑丽', cph=['+8615967012285'], must=['同意退一半', '要求全额退款'],
 notes='Consumer message with the case reference only in the body (no quote, plain subject) is a reply'),
dict(id='37', client='outlook', name='Emma Clarke', addr='emma.clarke88@hotmail.co.uk', date='Mon, 23 Nov 2026 19:44:36 +0000', lang_hdr='en-gb',
 subject='AliExpress seller sent fake LEGO-style sets',
 body='Hello,\n\nI bought building block sets from the AliExpress store "HappyKids Toys Store" (https://www.aliexpress.com/store/1102345678), which says it ships from Yiwu. The boxes are crushed and pieces are missing in every set.\n\nOrder ID: 8190023345671234\nPaid: US $86.37\n\nAliExpress closed my dispute automatically. Can you help?\n\nEmma Clarke\n+44 7700 900461\n',
 kind='complaint', lang='en', cname='Emma Clarke', cph=['+447700900461'], rname='HappyKids Toys Store', rurls=['https://www.aliexpress.com/store/1102345678'],
 onum='8190023345671234', amt='86.37', cur='USD', must=['pieces are missing in every set', 'closed my dispute automatically'],
 notes='Hotmail UK; AliExpress store name in quotes, platform dropped; "US $86.37" with a space'),
dict(id='38', client='foxmail', name='周敏', addr='zhoumin_xm@foxmail.com', date='Tue, 24 Nov 2026 12:03:09 +0800',
 subject='直播间说不退不换合法吗',
 body='你好：\n我最近在看抖音上“欢乐购女装工作室”的直播，主播一直说“直播间特价，一经售出不退不换”。我还没有下单，想问问这种规定合法吗？买了以后有质量问题能不能投诉？\n周敏\n',
 kind='inquiry', lang='zh', cname='周敏', rname='欢乐购女装工作室', must=['一经售出不退不换', '我还没有下单'],
 notes='Inquiry about a live-stream shop\'s no-return rule before buying; Foxmail GB2312; the studio is named so respondent.name is filled'),
dict(id='39', client='gmail', name='Olena Kovalenko', addr='olena.kovalenko.kyiv@gmail.com', date='Tue, 24 Nov 2026 16:28:11 +0200',
 subject='LED lamps stopped working - need help',
 body='Dear team,\n\nWe are a lighting shop in Kyiv. We bought 1,500 LED bulbs from “Yiwu Starlight Lighting Co., Ltd.” (catalog: https://starlight-led.example/products). After 2 months about 30% stopped working. The company promised warranty 2 years, now they say warranty is only for "manufacturing defect" and ask us to pay shipping back to China.\n\nInvoice / Order No. SL-26-0342\nPaid: USD 5 200\n\nBest regards,\nOlena Kovalenko\nmob. +380 67 555 0123\n',
 kind='complaint', lang='en', cname='Olena Kovalenko', cph=['+380675550123'], rname='Yiwu Starlight Lighting Co., Ltd.', rurls=['https://starlight-led.example/products'],
 onum='SL-26-0342', amt='5200.00', cur='USD', must=['about 30% stopped working', 'pay shipping back to China'],
 notes='Gmail QP with curly quotes around the merchant (removed); URL closed by a parenthesis; amount with a space as thousands separator; Ukrainian mobile'),
dict(id='40', client='126', name='马俊', addr='majun_lz@126.com', date='Wed, 25 Nov 2026 20:50:02 +0800',
 subject='抖音买的盲盒是假货',
 body='您好，\n我是马俊，在抖音“潮玩部落旗舰店”买了一整盒盲盒，199元，收到后发现是高仿，印刷都是糊的。客服说正品假一赔三，但一直拖着不处理。\n订单号：6928811039457102233\n我的邮箱：majun.work@163.com，请用这个邮箱联系我。\n',
 kind='complaint', lang='zh', cname='马俊', cem=['majun.work@163.com'], rname='潮玩部落旗舰店', onum='6928811039457102233', amt='199.00', cur='CNY',
 must=['发现是高仿', '一直拖着不处理'], notes='126 GBK; complainant gives another e-mail as contact (counts as email, not a phone); Douyin shop with no contact'),
]

if __name__ == '__main__':
    main()
