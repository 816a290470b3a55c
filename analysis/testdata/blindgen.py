# Builder shared by the blind rounds fresh9a and heldout9 (each gen.py holds
# only its round's name and mails): writes byte-realistic client mails (CRLF)
# and labels.json. Run a round's gen.py, not this file.
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


def run(round_, here, mails):
    """Writes the mails of one round and its labels.json into here."""
    global ROUND, HERE, MAILS
    ROUND, HERE, MAILS = round_, here, mails
    main()
