#!/usr/bin/env python3
"""Generate the blind trimming set trim-langs (tr-NN.eml + labels.json).

Run:  python3 gen.py   (writes into the directory of this script)
Every mail is a consumer's reply to an acknowledgement of the Yiwu complaint
desk; the label "text" is exactly what the reply-trimmer must keep.
"""
import json, os, hashlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
DESK = "tousu@yweca.org.example"

LANGS = {
 'en': 'English', 'zh': 'Chinese (simplified)', 'zt': 'Chinese (traditional)',
 'ru': 'Russian', 'uk': 'Ukrainian', 'ar': 'Arabic', 'es': 'Spanish',
 'pt': 'Portuguese', 'fr': 'French', 'de': 'German', 'it': 'Italian',
 'nl': 'Dutch', 'pl': 'Polish', 'tr': 'Turkish', 'ko': 'Korean',
 'ja': 'Japanese', 'sv': 'Swedish', 'no': 'Norwegian', 'da': 'Danish',
 'fi': 'Finnish', 'cs': 'Czech', 'vi': 'Vietnamese', 'th': 'Thai',
 'id': 'Indonesian',
}
TZ = {'en': -5, 'zh': 8, 'zt': 8, 'ru': 3, 'uk': 2, 'ar': 3, 'es': 1, 'pt': -3,
      'fr': 1, 'de': 1, 'it': 1, 'nl': 1, 'pl': 1, 'tr': 3, 'ko': 9, 'ja': 9,
      'sv': 1, 'no': 1, 'da': 1, 'fi': 2, 'cs': 1, 'vi': 7, 'th': 7, 'id': 7}

DESKNAME = {'zh': '义乌消费维权服务站', 'zt': '義烏消費維權服務站'}
DEFAULT_DESKNAME = 'Yiwu Consumer Complaint Desk'

# acknowledgement of the desk, in the writer's language; {C} = case number
ACK = {
 'en': ["Dear customer, we have received your complaint and registered it as case {C}.",
        "A mediator will contact the seller within 5 working days."],
 'zh': ["您好，您的投诉已受理，案件编号为 {C}。", "调解员将在5个工作日内联系商家。"],
 'zt': ["您好，您的投訴已受理，案件編號為 {C}。", "調解員將於5個工作日內聯繫商家。"],
 'ru': ["Здравствуйте, ваша жалоба зарегистрирована под номером {C}.",
        "Медиатор свяжется с продавцом в течение 5 рабочих дней."],
 'uk': ["Добрий день, вашу скаргу зареєстровано під номером {C}.",
        "Медіатор зв'яжеться з продавцем протягом 5 робочих днів."],
 'ar': ["عزيزي العميل، تم تسجيل شكواك برقم القضية {C}.",
        "سيتواصل الوسيط مع البائع خلال 5 أيام عمل."],
 'es': ["Estimado cliente, hemos registrado su reclamación con el número de caso {C}.",
        "Un mediador contactará con el vendedor en un plazo de 5 días hábiles."],
 'pt': ["Prezado cliente, registramos a sua reclamação com o número de caso {C}.",
        "Um mediador entrará em contato com o vendedor em até 5 dias úteis."],
 'fr': ["Cher client, nous avons enregistré votre réclamation sous le numéro de dossier {C}.",
        "Un médiateur contactera le vendeur sous 5 jours ouvrés."],
 'de': ["Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Beschwerde wurde unter der Fallnummer {C} registriert.",
        "Ein Schlichter wird den Verkäufer innerhalb von 5 Werktagen kontaktieren."],
 'it': ["Gentile cliente, abbiamo registrato il suo reclamo con il numero di pratica {C}.",
        "Un mediatore contatterà il venditore entro 5 giorni lavorativi."],
 'nl': ["Beste klant, wij hebben uw klacht geregistreerd onder zaaknummer {C}.",
        "Een bemiddelaar neemt binnen 5 werkdagen contact op met de verkoper."],
 'pl': ["Szanowni Państwo, Państwa reklamacja została zarejestrowana pod numerem sprawy {C}.",
        "Mediator skontaktuje się ze sprzedawcą w ciągu 5 dni roboczych."],
 'tr': ["Sayın müşterimiz, şikâyetiniz {C} dosya numarasıyla kaydedilmiştir.",
        "Arabulucu 5 iş günü içinde satıcıyla iletişime geçecektir."],
 'ko': ["고객님, 접수하신 민원이 사건 번호 {C}(으)로 등록되었습니다.",
        "조정관이 영업일 기준 5일 이내에 판매자에게 연락할 예정입니다."],
 'ja': ["お客様の苦情は案件番号 {C} として受理されました。",
        "調停員が5営業日以内に販売者に連絡いたします。"],
 'sv': ["Hej! Ditt klagomål har registrerats med ärendenummer {C}.",
        "En medlare kontaktar säljaren inom 5 arbetsdagar."],
 'no': ["Hei! Klagen din er registrert med saksnummer {C}.",
        "En mekler vil kontakte selgeren innen 5 virkedager."],
 'da': ["Hej. Din klage er registreret med sagsnummer {C}.",
        "En mægler kontakter sælgeren inden for 5 hverdage."],
 'fi': ["Hei, valituksesi on kirjattu asianumerolla {C}.",
        "Sovittelija ottaa yhteyttä myyjään 5 arkipäivän kuluessa."],
 'cs': ["Dobrý den, vaše stížnost byla zaevidována pod číslem případu {C}.",
        "Mediátor kontaktuje prodejce do 5 pracovních dnů."],
 'vi': ["Kính gửi quý khách, khiếu nại của quý khách đã được ghi nhận với mã hồ sơ {C}.",
        "Hòa giải viên sẽ liên hệ với người bán trong vòng 5 ngày làm việc."],
 'th': ["เรียนลูกค้า เราได้รับเรื่องร้องเรียนของท่านแล้ว หมายเลขเรื่อง {C}",
        "ผู้ไกล่เกลี่ยจะติดต่อผู้ขายภายใน 5 วันทำการ"],
 'id': ["Pelanggan yth., pengaduan Anda telah terdaftar dengan nomor kasus {C}.",
        "Mediator akan menghubungi penjual dalam 5 hari kerja."],
}
ACK_SIG = "义乌消费维权服务站 / Yiwu Consumer Rights Service Station"

GMAIL = {
 'en': "On Tue, 3 Nov 2026 at 17:{M}, {N} <{A}> wrote:",
 'zh': "{N} <{A}> 于2026年11月3日周二 17:{M}写道：",
 'zt': "{N} <{A}> 於 2026年11月3日 週二 下午5:{M}寫道：",
 'ru': "вт, 3 нояб. 2026 г. в 17:{M}, {N} <{A}>:",
 'uk': "вт, 3 лист. 2026 р. о 17:{M} {N} <{A}> пише:",
 'ar': "في الثلاثاء، 3 نوفمبر 2026 في 5:{M} م تمت كتابة ما يلي بواسطة {N} <{A}>:",
 'es': "El mar, 3 nov 2026 a las 17:{M}, {N} (<{A}>) escribió:",
 'pt': "Em ter., 3 de nov. de 2026 às 17:{M}, {N} <{A}> escreveu:",
 'fr': "Le mar. 3 nov. 2026 à 17:{M}, {N} <{A}> a écrit :",
 'de': "Am Di., 3. Nov. 2026 um 17:{M} Uhr schrieb {N} <{A}>:",
 'it': "Il giorno mar 3 nov 2026 alle ore 17:{M} {N} <{A}> ha scritto:",
 'nl': "Op di 3 nov 2026 om 17:{M} schreef {N} <{A}>:",
 'pl': "wt., 3 lis 2026 o 17:{M} {N} <{A}> napisał(a):",
 'tr': "{N} <{A}>, 3 Kas 2026 Sal, 17:{M} tarihinde şunu yazdı:",
 'ko': "2026년 11월 3일 (화) 오후 5:{M}, {N} <{A}>님이 작성:",
 'ja': "2026年11月3日(火) 17:{M} {N} <{A}>:",
 'sv': "Den tis 3 nov. 2026 kl 17:{M} skrev {N} <{A}>:",
 'no': "tir. 3. nov. 2026 kl. 17:{M} skrev {N} <{A}>:",
 'da': "Den tir. 3. nov. 2026 kl. 17.{M} skrev {N} <{A}>:",
 'fi': "ti 3.11.2026 klo 17.{M} {N} <{A}> kirjoitti:",
 'cs': "út 3. 11. 2026 v 17:{M} odesílatel {N} <{A}> napsal:",
 'vi': "Vào Th 3, 3 thg 11, 2026 vào lúc 17:{M} {N} <{A}> đã viết:",
 'th': "เมื่อ อ. 3 พ.ย. 2026 เวลา 17:{M} {N} <{A}> เขียนว่า:",
 'id': "Pada tanggal Sel, 3 Nov 2026 pukul 17.{M} {N} <{A}> menulis:",
}
GMAIL_DATEFIRST = "2026-11-03 17:{M} GMT+08:00 {N} <{A}>:"

OUTLOOK = {
 'en': ("From:", "Sent:", "To:", "Subject:", "Tuesday, November 3, 2026 5:{M} PM"),
 'zh': ("发件人:", "发送时间:", "收件人:", "主题:", "2026年11月3日 17:{M}"),
 'zt': ("寄件者:", "寄件日期:", "收件者:", "主旨:", "2026年11月3日 下午 05:{M}"),
 'ru': ("От:", "Отправлено:", "Кому:", "Тема:", "3 ноября 2026 г. 17:{M}"),
 'uk': ("Від:", "Надіслано:", "Кому:", "Тема:", "3 листопада 2026 р. 17:{M}"),
 'ar': ("من:", "تم الإرسال:", "إلى:", "الموضوع:", "الثلاثاء، 3 نوفمبر 2026 5:{M} م"),
 'es': ("De:", "Enviado:", "Para:", "Asunto:", "martes, 3 de noviembre de 2026 17:{M}"),
 'pt': ("De:", "Enviado:", "Para:", "Assunto:", "terça-feira, 3 de novembro de 2026 17:{M}"),
 'fr': ("De :", "Envoyé :", "À :", "Objet :", "mardi 3 novembre 2026 17:{M}"),
 'de': ("Von:", "Gesendet:", "An:", "Betreff:", "Dienstag, 3. November 2026 17:{M}"),
 'it': ("Da:", "Inviato:", "A:", "Oggetto:", "martedì 3 novembre 2026 17:{M}"),
 'nl': ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "dinsdag 3 november 2026 17:{M}"),
 'pl': ("Od:", "Wysłano:", "Do:", "Temat:", "wtorek, 3 listopada 2026 17:{M}"),
 'tr': ("Kimden:", "Gönderildi:", "Kime:", "Konu:", "3 Kasım 2026 Salı 17:{M}"),
 'ko': ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:", "2026년 11월 3일 화요일 오후 5:{M}"),
 'ja': ("差出人:", "送信日時:", "宛先:", "件名:", "2026年11月3日 17:{M}"),
 'sv': ("Från:", "Skickat:", "Till:", "Ämne:", "den 3 november 2026 17:{M}"),
 'no': ("Fra:", "Sendt:", "Til:", "Emne:", "tirsdag 3. november 2026 17:{M}"),
 'da': ("Fra:", "Sendt:", "Til:", "Emne:", "3. november 2026 17:{M}"),
 'fi': ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "tiistai 3. marraskuuta 2026 17.{M}"),
 'cs': ("Od:", "Odesláno:", "Komu:", "Předmět:", "úterý 3. listopadu 2026 17:{M}"),
 'vi': ("Từ:", "Đã gửi:", "Đến:", "Chủ đề:", "Thứ Ba, ngày 3 tháng 11 năm 2026 17:{M}"),
 'th': ("จาก:", "ส่ง:", "ถึง:", "เรื่อง:", "3 พฤศจิกายน 2026 17:{M}"),
 'id': ("Dari:", "Dikirim:", "Kepada:", "Subjek:", "Selasa, 03 November 2026 17.{M}"),
}

APPLE = {
 'en': ("On 3 Nov 2026, at 17:{M}, {N} <{A}> wrote:", "Sent from my iPhone"),
 'zh': ("在 2026年11月3日，17:{M}，{N} <{A}> 写道：", "发自我的iPhone"),
 'zt': ("{N} <{A}> 於 2026年11月3日 下午5:{M} 寫道：", "從我的 iPhone 傳送"),
 'ru': ("3 нояб. 2026 г., в 17:{M}, {N} <{A}> написал(а):", "Отправлено с iPhone"),
 'uk': ("3 лист. 2026 р. о 17:{M} {N} <{A}> пише:", "Надіслано з iPhone"),
 'ar': ("في 3 نوفمبر 2026، الساعة 5:{M} م، كتب {N} <{A}>:", "أُرسلت من الـ iPhone"),
 'es': ("El 3 nov 2026, a las 17:{M}, {N} <{A}> escribió:", "Enviado desde mi iPhone"),
 'pt': ("Em 3 de nov. de 2026, à(s) 17:{M}, {N} <{A}> escreveu:", "Enviado do meu iPhone"),
 'fr': ("Le 3 nov. 2026 à 17:{M}, {N} <{A}> a écrit :", "Envoyé de mon iPhone"),
 'de': ("Am 03.11.2026 um 17:{M} schrieb {N} <{A}>:", "Von meinem iPhone gesendet"),
 'it': ("Il giorno 3 nov 2026, alle ore 17:{M}, {N} <{A}> ha scritto:", "Inviato da iPhone"),
 'nl': ("Op 3 nov 2026 om 17:{M} heeft {N} <{A}> het volgende geschreven:", "Verstuurd vanaf mijn iPhone"),
 'pl': ("Wiadomość napisana przez {N} <{A}> w dniu 3 lis 2026, o godz. 17:{M}:", "Wysłane z iPhone'a"),
 'tr': ("3 Kas 2026 tarihinde 17:{M} saatinde, {N} <{A}> şunları yazdı:", "iPhone'umdan gönderildi"),
 'ko': ("2026. 11. 3. 오후 5:{M}, {N} <{A}> 작성:", "iPhone에서 보냄"),
 'ja': ("2026/11/03 17:{M}、{N} <{A}>のメール:", "iPhoneから送信"),
 'sv': ("3 nov. 2026 kl. 17:{M} skrev {N} <{A}>:", "Skickat från min iPhone"),
 'no': ("3. nov. 2026 kl. 17:{M} skrev {N} <{A}>:", "Sendt fra min iPhone"),
 'da': ("Den 3. nov. 2026 kl. 17.{M} skrev {N} <{A}>:", "Sendt fra min iPhone"),
 'fi': ("3.11.2026 kello 17.{M} {N} <{A}> kirjoitti:", "Lähetetty iPhonesta"),
 'cs': ("3. 11. 2026 v 17:{M}, {N} <{A}>:", "Odesláno z iPhonu"),
 'vi': ("Vào 17:{M}, ngày 3 thg 11, 2026, {N} <{A}> đã viết:", "Được gửi từ iPhone của tôi"),
 'th': ("เมื่อ 3 พ.ย. 2026 เวลา 17:{M} {N} <{A}> เขียนว่า:", "ส่งจาก iPhone ของฉัน"),
 'id': ("Pada 3 Nov 2026, pukul 17.{M}, {N} <{A}> menulis:", "Dikirim dari iPhone saya"),
}

YAHOO = {
 'en': "On Tuesday, November 3, 2026 at 05:{M}:00 PM GMT+8, {N} <{A}> wrote:",
 'de': "Am Dienstag, 3. November 2026 um 10:{M}:00 MEZ hat {N} <{A}> Folgendes geschrieben:",
 'fr': "Le mardi 3 novembre 2026 à 10:{M}:00 UTC+1, {N} <{A}> a écrit :",
 'es': "El martes, 3 de noviembre de 2026, 10:{M}:00 CET, {N} <{A}> escribió:",
 'it': "Il martedì 3 novembre 2026, 10:{M}:00 CET, {N} <{A}> ha scritto:",
 'id': "Pada Selasa, 3 November 2026 16.{M}.00 WIB, {N} <{A}> menulis:",
}

SAMSUNG = {  # Samsung Email header block
 'en': ("-------- Original message --------", "From:", "Date:", "To:", "Subject:", "11/3/26 17:{M} (GMT+08:00)"),
 'fr': ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :", "03/11/2026 17:{M} (GMT+08:00)"),
 'de': ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:", "03.11.26 17:{M} (GMT+08:00)"),
 'es': ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:", "3/11/26 17:{M} (GMT+08:00)"),
}

RE = {  # reply prefix per (lang, client family)
 'gmail': {},
 'outlook': {'en': 'RE:', 'de': 'AW:', 'fr': 'RE :', 'it': 'R:', 'es': 'RE:', 'pt': 'RE:',
             'nl': 'RE:', 'pl': 'Odp:', 'tr': 'Ynt:', 'sv': 'Sv:', 'no': 'SV:', 'da': 'SV:',
             'fi': 'VS:', 'cs': 'Odp:', 'zh': '回复:', 'zt': '回覆:', 'ru': 'RE:', 'uk': 'RE:',
             'ar': 'RE:', 'ko': 'RE:', 'ja': 'RE:', 'vi': 'RE:', 'th': 'RE:', 'id': 'RE:'},
 'apple': {'sv': 'Sv:', 'no': 'Sv:', 'da': 'Sv:', 'de': 'Re:', 'tr': 'Ynt:', 'pl': 'Odp:'},
 'qq': {'zh': '回复：', 'en': 'Re:'},
}

MAILS = []
def M(lang, client, text, who, sig=None, broken=False, kind='reply', **kw):
    MAILS.append(dict(lang=lang, client=client, text=text, who=who, sig=sig,
                      broken=broken, kind=kind, **kw))

DASH = ['-- ']  # standard signature delimiter

# ---------------------------------------------------------------- English
M('en', 'Gmail', ["Hi, the shop is called \"Sunrise Party Supplies\" on the platform.",
                  "My phone number is +1 415 555 0142 if the mediator wants to call me."],
  ('Michael Turner', 'mturner82@gmail.example'), sig=DASH + ['Michael Turner', 'Turner Imports LLC, Oakland CA'], broken=True)
M('en', 'Outlook', ["Any news on my case? It has been two weeks and the seller still ignores me.",
                    "Please let me know what I should do next."],
  ('Sarah Whitfield', 's.whitfield@outlook.example'), sep='underscore')
M('en', 'Apple Mail', ["Thanks. The order number is 8842-1173-5520, I forgot it in my first mail."],
  ('Daniel Okafor', 'd.okafor@icloud.example'), sig='iphone')
M('en', 'Yahoo Mail', ["Hello, I attached the photos of the broken lamps to my first email.",
                       "The seller now says the warranty expired, which is not true."],
  ('Linda Morales', 'lindamorales@yahoo.example'), sig=['Sent from Yahoo Mail on Android'])
M('en', 'K-9 Mail', ["Yes, you can give my email address to the seller. I prefer WhatsApp: +44 7700 900123."],
  ('Tom Baxter', 'tom.baxter@posteo.example'), sig=['Sent with K-9 Mail'])
M('en', 'Samsung Email', ["The shop replied today and offered 50% refund. Is that acceptable in your opinion?"],
  ('Priya Nair', 'priya.nair@gmail.example'), sig=['Sent from my Samsung Galaxy smartphone.'])
M('en', 'Zoho Mail', ["Dear desk, the supplier's booth is in District 2, Gate 7, booth 21345.",
                      "Their WeChat id is yiwu_toys_88."],
  ('Kevin Brooks', 'kbrooks@zohomail.example'), zoho_quoted=False)
M('en', 'Outlook for Android', ["I can be reached at +61 412 555 019 between 9am and 5pm Sydney time."],
  ('Grace Liu', 'grace.liu@hotmail.example'), sig=['Get Outlook for Android'], sep='underscore')
M('en', 'Gmail', ["Here is the summary you asked for:",
                  "----------",
                  "Order: 2026-11-0388, 600 phone cases, paid USD 1,240",
                  "Problem: 420 cases have the wrong cut-out for the camera"],
  ('Ahmed Siddiqui', 'a.siddiqui@gmail.example'), control='separator')
M('en', 'Gmail', None, ('Rachel Kim', 'rachelkim@gmail.example'), kind='inline',
  qa=[("Could you tell us the name of the shop?", "Golden Bee Crafts, shop 3-112"),
      ("What is your order number?", "GB-55102"),
      ("Do you want a refund or a replacement?", "Refund please, I no longer trust them.")])
M('en', 'Gmail', None, ('Oliver Grant', 'oliver.grant@gmail.example'), kind='forward_gmail',
  intro=["Forwarding the seller's last reply as you asked."],
  fwd_from='Jinhua Bright Lights Co. <sales@brightlights.example>',
  fwd_subj='Re: defective LED strips order BL-7781',
  fwd_body=["Dear Oliver,", "We can not accept return because you used the products.",
            "Best regards,", "Amy"])
M('en', 'Apple Mail', None, ('Hannah Scott', 'hannah.scott@icloud.example'), kind='forward_apple',
  intro=["This is the mail the shop sent me yesterday. Please add it to my complaint."],
  fwd_from='Yiwu Happy Gifts <happygifts@qq.example>',
  fwd_subj='Your order HG-2209',
  fwd_body=["Hello Hannah,", "The goods were shipped on time, the delay is the logistic company fault.",
            "We will not refund the shipping fee."])

# ---------------------------------------------------------------- Chinese simplified
M('zh', 'QQ Mail', ["您好，商家的店名是“义乌市晨光饰品商行”，地址在国际商贸城二区。",
                    "我的手机号是 138 0579 2266，白天都可以打。"],
  ('王丽', '1094476223@qq.example'), sig=['发自我的iPhone'])
M('zh', 'Outlook', ["请问我的投诉现在进展到哪一步了？商家一直没有回复我。"],
  ('陈志强', 'chen.zhiqiang@outlook.example'), sig=DASH + ['陈志强', '电话：139 5791 0833'])
M('zh', 'Gmail', ["订单信息如下：",
                  "==========",
                  "订单号：YW20261102-0057，金额 3,560 元",
                  "问题：收到的保温杯有 120 个漏水"],
  ('刘洋', 'liuyang.sh@gmail.example'), control='separator')
M('zh', 'Huawei Email', ["商家今天打电话说愿意退一半的钱，我不同意，请继续调解。"],
  ('赵敏', 'zhaomin88@163.example'), sig=['Sent from my HUAWEI'])

# ---------------------------------------------------------------- Chinese traditional
M('zt', 'Gmail', ["您好，賣家的店名是「福運禮品」，在二區 G 門附近。",
                  "我的電話是 +886 912 345 678。"],
  ('林美玲', 'meiling.lin@gmail.example'), broken=True)
M('zt', 'Outlook', ["請問案件目前的處理進度如何？已經過了十天了。"],
  ('黃建宏', 'jh.huang@outlook.example'), sig=DASH + ['黃建宏', '0921-555-318'])
M('zt', 'Apple Mail', ["補充一下訂單編號：FY-20261029-11，謝謝。"],
  ('張家豪', 'chiahao.chang@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Russian
M('ru', 'Gmail', ["Здравствуйте! Магазин называется «Иу Хоум Декор», павильон 4, место 15520.",
                  "Мой телефон: +7 916 555-12-34."],
  ('Ирина Соколова', 'irina.sokolova@gmail.example'), sig=['--', 'Ирина Соколова', 'ИП Соколова, Казань'])
M('ru', 'Outlook', ["Добрый день. Есть ли новости по моей жалобе? Продавец перестал отвечать в WeChat."],
  ('Дмитрий Кузнецов', 'd.kuznetsov@outlook.example'))
M('ru', 'Apple Mail', ["Спасибо. Номер заказа: 7712-0045, я забыл его указать."],
  ('Алексей Морозов', 'a.morozov@icloud.example'), sig='iphone', broken=True)
M('ru', 'Gmail', None, ('Ольга Петрова', 'olga.petrova@gmail.example'), kind='inline',
  qa=[("Укажите, пожалуйста, название магазина.", "«Солнечный Текстиль», 5-й район"),
      ("Какую сумму вы оплатили?", "1 850 долларов США")])

# ---------------------------------------------------------------- Ukrainian
M('uk', 'Gmail', ["Добрий день! Назва магазину — «Іу Стар Тойз», мій телефон +380 67 555 2143."],
  ('Олена Коваленко', 'olena.kovalenko@gmail.example'))
M('uk', 'Outlook', ["Чи є якісь новини щодо моєї скарги? Продавець досі не повернув гроші.",
                    "Дякую за допомогу."],
  ('Андрій Шевчук', 'a.shevchuk@outlook.example'), sig=DASH + ['Андрій Шевчук', '+380 50 555 7781'])
M('uk', 'Apple Mail', ["Надсилаю номер замовлення: ST-3391. Фото пошкоджених коробок уже у вас."],
  ('Марія Бондар', 'maria.bondar@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Arabic
M('ar', 'Gmail', ["مرحبا، اسم المتجر هو «النجمة الذهبية للهدايا» في المنطقة الثالثة.",
                  "رقم هاتفي هو ‎+971 50 555 3412‎."],
  ('أحمد الحربي', 'ahmed.harbi@gmail.example'), sig=['Sent from my HUAWEI'], client_label='Gmail')
M('ar', 'Outlook', ["هل هناك أي جديد بخصوص شكواي؟ البائع لم يرد منذ أسبوع."],
  ('فاطمة الزهراني', 'f.alzahrani@outlook.example'), sep='underscore')
M('ar', 'Apple Mail', ["شكرا لكم. رقم الطلب هو 55-2190-A."],
  ('يوسف منصور', 'youssef.mansour@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Spanish
M('es', 'Gmail', ["Hola, la tienda se llama \"Regalos Estrella\" y está en el Distrito 1, puesto 10872.",
                  "Mi teléfono es +34 612 555 908."],
  ('Carmen Ruiz', 'carmen.ruiz@gmail.example'), broken=True)
M('es', 'Outlook', ["Buenos días, ¿hay novedades sobre mi reclamación? El vendedor no contesta."],
  ('Javier Martínez', 'j.martinez@outlook.example'), sig=DASH + ['Javier Martínez', 'Tel. +52 55 5555 4321'])
M('es', 'Apple Mail', ["Gracias. Le envío el número de pedido: RE-40921."],
  ('Lucía Fernández', 'lucia.fdez@icloud.example'), sig='iphone')
M('es', 'Yahoo Mail', ["El vendedor me ofreció un cupón en vez del reembolso. No lo acepto."],
  ('Diego Herrera', 'diegoherrera@yahoo.example'), sig=['Enviado desde Yahoo Mail para Android'])
M('es', 'Samsung Email', ["Mi número de WhatsApp es +57 310 555 7712, pueden escribirme allí."],
  ('Valentina Gómez', 'vale.gomez@gmail.example'), sig=['Enviado desde mi smartphone Samsung Galaxy.'])

# ---------------------------------------------------------------- Portuguese
M('pt', 'Gmail', ["Olá, o nome da loja é \"Casa Feliz Utilidades\", box 22014 no Distrito 3.",
                  "Meu telefone é +55 11 95555-3021."],
  ('Ana Souza', 'ana.souza@gmail.example'))
M('pt', 'Outlook', ["Bom dia, há alguma novidade sobre o meu processo? Já se passaram duas semanas."],
  ('Ricardo Almeida', 'r.almeida@outlook.example'), sig=DASH + ['Ricardo Almeida', '+351 912 555 480'])
M('pt', 'Apple Mail', ["Obrigada. O número do pedido é CF-88213."],
  ('Beatriz Costa', 'bia.costa@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- French
M('fr', 'Apple Mail', ["Bonjour, la boutique s'appelle « Lumière Déco », allée 12, stand 30551.",
                       "Mon numéro : +33 6 55 52 18 40."],
  ('Camille Dubois', 'camille.dubois@icloud.example'), sig='iphone')
M('fr', 'Outlook', ["Bonjour, avez-vous des nouvelles de mon dossier ? Le vendeur ne répond plus."],
  ('Julien Moreau', 'j.moreau@outlook.example'), sig=DASH + ['Julien Moreau', '06 55 51 27 73'])
M('fr', 'Gmail', ["Merci, voici le numéro de commande : LD-2026-4471."],
  ('Sophie Laurent', 'sophie.laurent@gmail.example'), broken=True)
M('fr', 'Samsung Email', ["Le vendeur propose un avoir de 30 %, je préfère un remboursement."],
  ('Nicolas Petit', 'nicolas.petit@orange.example'), sig=["Envoyé depuis mon appareil Galaxy"])
M('fr', 'Thunderbird', None, ('Claire Bernard', 'claire.bernard@free.example'), kind='forward_fr',
  intro=["Bonjour,", "je vous transfère la réponse du vendeur reçue ce matin."],
  fwd_from='Yiwu Sunny Textile <service@sunnytextile.example>',
  fwd_subj='Re: commande ST-6620 rideaux',
  fwd_body=["Bonjour Madame,", "Nous ne pouvons pas rembourser, la couleur est conforme à la photo.",
            "Cordialement,", "Service client"])

# ---------------------------------------------------------------- German
M('de', 'Gmail', ["Guten Tag, der Laden heißt „Yiwu Glück Spielwaren“, Halle 1, Stand 12087.",
                  "Meine Telefonnummer: +49 151 5550 2718."],
  ('Katrin Schneider', 'katrin.schneider@gmail.example'), sig=DASH + ['Katrin Schneider', 'Schneider Geschenke GmbH, Köln'])
M('de', 'Outlook', ["Gibt es schon Neuigkeiten zu meiner Beschwerde? Der Händler reagiert nicht mehr."],
  ('Markus Weber', 'm.weber@t-online.example'), orig_msg=True)
M('de', 'Apple Mail', ["Danke. Die Bestellnummer lautet GS-10442."],
  ('Julia Fischer', 'julia.fischer@icloud.example'), sig='iphone')
M('de', 'Yahoo Mail', ["Hier die Angaben zur Zahlung:",
                       "__________",
                       "Überweisung am 12.10.2026, 2.300 EUR, Verwendungszweck GS-10442"],
  ('Thomas Becker', 'thomas.becker@yahoo.example'), control='separator')
M('de', 'Gmail', None, ('Stefan Wagner', 'stefan.wagner@gmail.example'), kind='inline',
  qa=[("Bitte nennen Sie uns den Namen des Geschäfts.", "Yiwu Meilun Haushaltswaren"),
      ("Wann haben Sie die Ware erhalten?", "Am 28. Oktober 2026"),
      ("Haben Sie Fotos der Mängel?", "Ja, ich schicke sie morgen.")])

# ---------------------------------------------------------------- Italian
M('it', 'Gmail', ["Buongiorno, il negozio si chiama \"Stella Bigiotteria\", distretto 2, box 8812.",
                  "Il mio numero è +39 347 555 0921."],
  ('Giulia Romano', 'giulia.romano@gmail.example'))
M('it', 'Outlook', ["Ci sono novità sulla mia pratica? Il venditore non risponde da giorni."],
  ('Marco Bianchi', 'm.bianchi@libero.example'), sig=DASH + ['Marco Bianchi', 'cell. 333 555 7788'])
M('it', 'Apple Mail', ["Grazie, il numero d'ordine è SB-7730."],
  ('Francesca Ricci', 'francesca.ricci@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Dutch
M('nl', 'Gmail', ["Goedemiddag, de winkel heet \"Happy Home Yiwu\", district 4, stand 40213.",
                  "U kunt mij bellen op +31 6 5555 1298."],
  ('Sanne de Vries', 'sanne.devries@gmail.example'), broken=True)
M('nl', 'Outlook', ["Is er al nieuws over mijn klacht? De verkoper reageert niet meer."],
  ('Pieter Jansen', 'p.jansen@outlook.example'), sig=DASH + ['Pieter Jansen', '06-55512345'])
M('nl', 'Apple Mail', ["Bedankt. Het ordernummer is HH-90117."],
  ('Lotte Bakker', 'lotte.bakker@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Polish
M('pl', 'Gmail', ["Dzień dobry, sklep nazywa się „Yiwu Kwiat Dekoracje”, dzielnica 3, stoisko 21170.",
                  "Mój numer telefonu: +48 601 555 320."],
  ('Agnieszka Nowak', 'agnieszka.nowak@gmail.example'))
M('pl', 'Outlook', ["Czy są jakieś nowości w mojej sprawie? Sprzedawca nie odpowiada."],
  ('Piotr Wiśniewski', 'p.wisniewski@outlook.example'), sep='underscore')
M('pl', 'Apple Mail', ["Dziękuję. Numer zamówienia to KD-5521."],
  ('Katarzyna Wójcik', 'kasia.wojcik@icloud.example'), sig='iphone')
M('pl', 'Gmail', ["Dane przelewu:",
                  "-----",
                  "Kwota: 4 100 PLN, data: 15.10.2026, tytuł: KD-5521"],
  ('Tomasz Kamiński', 't.kaminski@gmail.example'), control='separator', sig=DASH + ['Tomasz Kamiński', 'tel. 602 555 118'])

# ---------------------------------------------------------------- Turkish
M('tr', 'Gmail', ["Merhaba, mağazanın adı \"Altın Yıldız Hediyelik\", 2. bölge, 17734 numaralı dükkan.",
                  "Telefonum: +90 532 555 41 20."],
  ('Elif Yılmaz', 'elif.yilmaz@gmail.example'))
M('tr', 'Outlook', ["Şikâyetimle ilgili bir gelişme var mı? Satıcı cevap vermiyor."],
  ('Mehmet Demir', 'm.demir@outlook.example'), sig=DASH + ['Mehmet Demir', '0533 555 82 19'])
M('tr', 'Apple Mail', ["Teşekkürler. Sipariş numarası AY-3318."],
  ('Zeynep Kaya', 'zeynep.kaya@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Korean
M('ko', 'Gmail', ["안녕하세요. 상점 이름은 '이우 해피토이'이고, 2구역 12093호입니다.",
                  "제 전화번호는 010-5555-2847입니다."],
  ('김지은', 'jieun.kim@gmail.example'))
M('ko', 'Gmail', ["진행 상황이 궁금합니다. 판매자가 아직 답장이 없습니다."],
  ('박민준', 'minjun.park@gmail.example'), datefirst=True)
M('ko', 'Apple Mail', ["감사합니다. 주문 번호는 HT-6621입니다."],
  ('이서연', 'seoyeon.lee@icloud.example'), sig='iphone')
M('ko', 'Outlook', ["판매자가 오늘 전화해서 절반만 환불하겠다고 했습니다. 동의하지 않습니다."],
  ('최현우', 'hyunwoo.choi@outlook.example'))

# ---------------------------------------------------------------- Japanese
M('ja', 'Gmail', ["お世話になっております。店舗名は「義烏サクラ雑貨」、第3区 30218 番です。",
                  "電話番号は 090-5555-1824 です。"],
  ('佐藤 美咲', 'misaki.sato@gmail.example'), broken=True)
M('ja', 'Outlook', ["その後の進捗はいかがでしょうか。販売者からはまだ連絡がありません。"],
  ('田中 健一', 'k.tanaka@outlook.example'), sig=DASH + ['田中 健一', '080-5555-7731'])
M('ja', 'Apple Mail', ["ありがとうございます。注文番号は SZ-44102 です。"],
  ('鈴木 彩', 'aya.suzuki@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Swedish
M('sv', 'Gmail', ["Hej, butiken heter \"Yiwu Nordic Home\", distrikt 5, monter 51102.",
                  "Mitt telefonnummer är +46 70 555 12 34."],
  ('Emma Lindqvist', 'emma.lindqvist@gmail.example'))
M('sv', 'Outlook', ["Finns det något nytt i mitt ärende? Säljaren svarar inte längre."],
  ('Johan Andersson', 'johan.andersson@outlook.example'), sig=DASH + ['Johan Andersson', '073-555 88 21'])
M('sv', 'Apple Mail', ["Tack. Ordernumret är NH-2290."],
  ('Sara Nilsson', 'sara.nilsson@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Norwegian
M('no', 'Gmail', ["Hei, butikken heter \"Yiwu Fjord Gaver\", distrikt 1, stand 11320.",
                  "Telefonnummeret mitt er +47 412 55 093."],
  ('Ingrid Hansen', 'ingrid.hansen@gmail.example'))
M('no', 'Outlook', ["Er det noe nytt i saken min? Selgeren har ikke svart på en uke."],
  ('Lars Johansen', 'lars.johansen@outlook.example'), sep='underscore')
M('no', 'Apple Mail', ["Takk. Ordrenummeret er FG-7712."],
  ('Kari Olsen', 'kari.olsen@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Danish
M('da', 'Gmail', ["Hej, butikken hedder \"Yiwu Hygge Design\", distrikt 2, stand 20455.",
                  "Mit telefonnummer er +45 20 55 51 88."],
  ('Mette Jensen', 'mette.jensen@gmail.example'), broken=True)
M('da', 'Outlook', ["Er der nyt i min sag? Sælgeren svarer ikke."],
  ('Rasmus Nielsen', 'rasmus.nielsen@outlook.example'), sig=DASH + ['Rasmus Nielsen', '+45 31 55 57 02'])
M('da', 'Apple Mail', ["Tak. Ordrenummeret er HD-3304."],
  ('Sofie Pedersen', 'sofie.pedersen@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Finnish
M('fi', 'Gmail', ["Hei, kaupan nimi on \"Yiwu Sisu Lelut\", alue 3, myyntipiste 33019.",
                  "Puhelinnumeroni on +358 40 555 7812."],
  ('Aino Virtanen', 'aino.virtanen@gmail.example'))
M('fi', 'Outlook', ["Onko asiassani mitään uutta? Myyjä ei vastaa viesteihin."],
  ('Mikko Korhonen', 'mikko.korhonen@outlook.example'), sig=DASH + ['Mikko Korhonen', '050 555 2941'])
M('fi', 'Apple Mail', ["Kiitos. Tilausnumero on SL-6108."],
  ('Laura Mäkinen', 'laura.makinen@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Czech
M('cs', 'Gmail', ["Dobrý den, obchod se jmenuje „Yiwu Zlatá Hvězda“, oblast 4, stánek 42210.",
                  "Moje telefonní číslo je +420 605 555 318."],
  ('Tereza Novotná', 'tereza.novotna@gmail.example'))
M('cs', 'Outlook', ["Je nějaký vývoj v mé stížnosti? Prodejce už neodpovídá."],
  ('Jan Dvořák', 'jan.dvorak@seznam.example'), sig=DASH + ['Jan Dvořák', '+420 777 555 204'])
M('cs', 'Apple Mail', ["Děkuji. Číslo objednávky je ZH-1189."],
  ('Petra Svobodová', 'petra.svobodova@icloud.example'), sig='iphone', broken=True)

# ---------------------------------------------------------------- Vietnamese
M('vi', 'Gmail', ["Chào anh chị, tên cửa hàng là \"Quà Tặng Phúc Lộc\", khu 2, gian 15507.",
                  "Số điện thoại của tôi là +84 90 555 3127."],
  ('Nguyễn Thu Hà', 'thuha.nguyen@gmail.example'))
M('vi', 'Outlook', ["Khiếu nại của tôi đã có tiến triển gì chưa? Người bán không trả lời."],
  ('Trần Minh Đức', 'minhduc.tran@outlook.example'), sep='underscore')
M('vi', 'Gmail', ["Cảm ơn. Mã đơn hàng là PL-2047."],
  ('Lê Văn Nam', 'levannam@gmail.example'), datefirst=True, sig=DASH + ['Lê Văn Nam', '0912 555 046'])

# ---------------------------------------------------------------- Thai
M('th', 'Gmail', ["สวัสดีครับ ร้านชื่อ \"อี้อู ของขวัญมงคล\" โซน 3 ล็อก 31884",
                  "เบอร์โทรของผมคือ +66 81 555 2093"],
  ('สมชาย ใจดี', 'somchai.jaidee@gmail.example'))
M('th', 'Outlook', ["ขอทราบความคืบหน้าของเรื่องร้องเรียนด้วยค่ะ ผู้ขายยังไม่ตอบกลับ"],
  ('สุภาพร ศรีสุข', 'supaporn.s@outlook.example'))
M('th', 'Apple Mail', ["ขอบคุณค่ะ หมายเลขคำสั่งซื้อคือ MK-5530"],
  ('พิมพ์ชนก วงศ์ไทย', 'pimchanok.w@icloud.example'), sig='iphone')

# ---------------------------------------------------------------- Indonesian
M('id', 'Gmail', ["Halo, nama tokonya \"Yiwu Berkah Mainan\", distrik 1, kios 10943.",
                  "Nomor telepon saya +62 812 5555 0731."],
  ('Siti Rahmawati', 'siti.rahmawati@gmail.example'))
M('id', 'Outlook', ["Apakah sudah ada perkembangan untuk pengaduan saya? Penjual tidak membalas."],
  ('Budi Santoso', 'budi.santoso@outlook.example'), sig=DASH + ['Budi Santoso', '0813 5555 2290'])
M('id', 'Yahoo Mail', ["Terima kasih. Nomor pesanannya BM-8816."],
  ('Dewi Lestari', 'dewi.lestari@yahoo.example'), sig=['Dikirim dari Yahoo Mail di Android'])

# ---------------------------------------------------------------- extra client coverage
M('zh', 'QQ Mail', ["商家叫“义乌佳美家居”，老板姓周，电话 0579-8555 1234。", "麻烦你们尽快处理，谢谢！"],
  ('周晓燕', '2853301947@qq.example'), broken=False)
M('en', 'QQ Mail', ["Hello, I sent the bank receipt to the seller again today. Still no answer from them."],
  ('James Wong', 'jameswong@qq.example'), sig=DASH + ['James Wong', 'Wong Trading, Kuala Lumpur'])
M('es', 'Zoho Mail', ["Hola, ¿ya contactaron con la tienda? Necesito saber si habrá reembolso antes de fin de mes."],
  ('Andrés Castillo', 'andres.castillo@zohomail.example'), zoho_quoted=True)
M('nl', 'K-9 Mail', ["De verkoper heeft vandaag de helft terugbetaald. Kunnen jullie helpen met de rest?"],
  ('Bram Visser', 'bram.visser@posteo.example'), sig=['Sent with K-9 Mail'])
M('pt', 'Outlook for Android', ["Meu WhatsApp é +55 21 95555-6610, podem falar comigo por lá."],
  ('Fernanda Lima', 'fernanda.lima@hotmail.example'), sig=['Sent from Outlook for Android'], sep='underscore')


# ====================================================================== build
def fill(t, m):
    return t.replace('{M}', m['minute']).replace('{N}', m['deskname']).replace('{A}', DESK)

def split_header(h):
    """Break an attribution line before the address, as clients wrap it."""
    i = h.find(' <')
    if i < 0:
        i = h.find(' (<')
    assert i > 0, h
    return [h[:i], h[i + 1:]]

def quote(lines):
    return ['> ' + l if l else '>' for l in lines]

def build(n, m):
    lang = m['lang']
    case = 'YW-2026-%05d' % n
    m['minute'] = '%02d' % ((n * 7) % 60)
    m['deskname'] = DESKNAME.get(lang, DEFAULT_DESKNAME)
    name, addr = m['who']
    ack_subj = '投诉已受理 / Complaint registered: %s' % case
    ack = [l.replace('{C}', case) for l in ACK[lang]] + ['', ACK_SIG]
    client = m['client']
    family = {'Outlook': 'outlook', 'Outlook for Android': 'outlook', 'Apple Mail': 'apple',
              'QQ Mail': 'qq'}.get(client, 'gmail')
    prefix = RE.get(family, {}).get(lang, 'Re:')
    if family == 'gmail':
        prefix = RE['gmail'].get(lang, 'Re:')
    subject = prefix + ('' if prefix.endswith('：') else ' ') + ack_subj
    kind = m['kind']
    mnc = []
    body = []

    sig = m['sig']
    if sig == 'iphone':
        sig = [APPLE[lang][1]]

    if kind == 'reply':
        new = list(m['text'])
        body += new
        if sig:
            body += [''] + sig
            mnc.append(sig[-1] if sig[0].startswith('--') else sig[0])
        body.append('')
        if client in ('Outlook', 'Outlook for Android'):
            lab = OUTLOOK[lang]
            if m.get('sep') == 'underscore':
                body.append('_' * 32)
            elif m.get('orig_msg'):
                body.append({'de': '-----Ursprüngliche Nachricht-----'}.get(lang, '-----Original Message-----'))
            else:
                body.append('')
            hdr = ['%s %s <%s>' % (lab[0], m['deskname'], DESK),
                   '%s %s' % (lab[1], fill(lab[4], m)),
                   '%s %s <%s>' % (lab[2], name, addr),
                   '%s %s' % (lab[3], ack_subj)]
            body += hdr + [''] + ack
            mnc.append(hdr[1])
        elif client == 'QQ Mail' and lang == 'en':
            body += ['------------------ Original ------------------',
                     'From: "%s"<%s>;' % (m['deskname'], DESK),
                     'Date: Tue, Nov 3, 2026 05:%s PM' % m['minute'],
                     'To: "%s"<%s>;' % (name, addr),
                     'Subject: %s' % ack_subj, ''] + ack
            mnc.append('------------------ Original ------------------')
        elif client == 'QQ Mail':
            body += ['------------------ 原始邮件 ------------------',
                     '发件人: "%s"<%s>;' % (m['deskname'], DESK),
                     '发送时间: 2026年11月3日(星期二) 下午5:%s' % m['minute'],
                     '收件人: "%s"<%s>;' % (name, addr),
                     '主题: %s' % ack_subj, ''] + ack
            mnc.append('原始邮件')
        elif client == 'Samsung Email':
            s = SAMSUNG[lang]
            hdr = [s[0], '%s %s <%s>' % (s[1], m['deskname'], DESK),
                   '%s %s' % (s[2], fill(s[5], m)), '%s %s <%s>' % (s[3], name, addr),
                   '%s %s' % (s[4], ack_subj)]
            body += hdr + [''] + ack
            mnc.append(s[0])
        elif client == 'Zoho Mail':
            h = '---- On Tue, 03 Nov 2026 17:%s:00 +0800 %s <%s> wrote ----' % (m['minute'], m['deskname'], DESK)
            body += [h, ''] + (quote(ack) if m.get('zoho_quoted') else ack)
            mnc.append(h)
        else:
            if client == 'Apple Mail':
                h = fill(APPLE[lang][0], m)
            elif client == 'Yahoo Mail':
                h = fill(YAHOO[lang], m)
            elif client == 'K-9 Mail':
                h = 'On November 3, 2026 5:%s:00 PM GMT+08:00, %s <%s> wrote:' % (m['minute'], m['deskname'], DESK)
            elif m.get('datefirst'):
                h = fill(GMAIL_DATEFIRST, m)
            else:
                h = fill(GMAIL[lang], m)
            hl = split_header(h) if m['broken'] else [h]
            body += hl + [''] + quote(ack)
            mnc.append(hl[0])
        mnc.insert(0, ack[1])
        text = '\n'.join(new)
    elif kind == 'inline':
        h = fill(GMAIL[lang], m)
        body += [h, '']
        body += quote([ack[0], ''])
        ans = []
        for q, a in m['qa']:
            body += quote([q]) + [a, '']
            ans.append(a)
        body += quote(['', ACK_SIG])
        text = '\n'.join(ans)
        mnc = [m['qa'][0][0], m['qa'][1][0], ack[0]]
        subject = 'Re: %s' % ack_subj
    else:  # forwards: whole body must be kept
        body += m['intro'] + ['']
        if kind == 'forward_gmail':
            body += ['---------- Forwarded message ---------',
                     'From: %s' % m['fwd_from'],
                     'Date: Mon, 16 Nov 2026 at 10:%s' % m['minute'],
                     'Subject: %s' % m['fwd_subj'],
                     'To: %s <%s>' % (name, addr), '']
            subject = 'Fwd: %s' % m['fwd_subj']
        elif kind == 'forward_fr':
            body += ['-------- Message transféré --------',
                     'Sujet : \t%s' % m['fwd_subj'],
                     'Date : \tLun, 16 nov. 2026 10:%s:00 +0800' % m['minute'],
                     'De : \t%s' % m['fwd_from'],
                     'Pour : \t%s <%s>' % (name, addr), '']
            subject = 'Fwd: %s' % m['fwd_subj']
        elif kind == 'forward_apple':
            body += ['Begin forwarded message:', '',
                     'From: %s' % m['fwd_from'],
                     'Subject: %s' % m['fwd_subj'],
                     'Date: 16 November 2026 at 10:%s:00 GMT+8' % m['minute'],
                     'To: %s <%s>' % (name, addr), '']
            subject = 'Fwd: %s' % m['fwd_subj']
        body += m['fwd_body']
        text = '\n'.join(body).strip('\n')
        mnc = []

    tz = timezone(timedelta(hours=TZ[lang]))
    dt = datetime(2026, 11, 4, 8, 0, tzinfo=tz) + timedelta(days=(n * 5) % 28, hours=n % 11, minutes=(n * 13) % 60)
    dom = addr.split('@')[1]
    mid = '<%s.tr-%02d@%s>' % (hashlib.sha1(('%d%s' % (n, addr)).encode()).hexdigest()[:16], n, dom)
    headers = [
        'From: %s' % formataddr((name, addr), charset='utf-8'),
        'To: %s' % DESK,
        'Subject: %s' % (subject if subject.isascii() else Header(subject, 'utf-8').encode(linesep='\r\n')),
        'Date: %s' % format_datetime(dt),
        'Message-ID: %s' % mid,
        'In-Reply-To: <ack-%02d@yweca.org.example>' % n,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
    ]
    raw = '\r\n'.join(headers + [''] + body) + '\r\n'
    # self-checks
    if kind != 'inline':
        assert text in '\n'.join(body), (n, 'text not in body')
    for p in mnc:
        assert p and p not in text, (n, p)
        assert p in '\n'.join(body), (n, p)
    assert case in raw or kind.startswith("forward")
    ctl = {'inline': 'inline', 'forward_gmail': 'forward', 'forward_fr': 'forward',
           'forward_apple': 'forward'}.get(kind, m.get('control'))
    label = {'language': LANGS[lang], 'client': m.get('client_label', client),
             'text': text, 'must_not_contain': mnc}
    if ctl:
        label['control'] = ctl
    return raw, label


def main():
    labels = {}
    for i, m in enumerate(MAILS, 1):
        raw, label = build(i, m)
        fn = 'tr-%02d.eml' % i
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(raw.encode('utf-8'))
        labels[fn] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write('\n')
    from collections import Counter
    print(len(labels), 'mails')
    print(Counter(l['language'] for l in labels.values()))
    print(Counter(l['client'] for l in labels.values()))
    print(Counter(l.get('control') for l in labels.values()))

if __name__ == '__main__':
    main()
