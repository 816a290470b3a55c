package parser

import (
	"regexp"
	"sort"
	"strings"
)

// The words of quote headers and client signatures, by role, in the
// languages Yiwu's buyers write: English, Chinese (simplified and
// traditional), Russian, Ukrainian, Arabic, Spanish, Portuguese, French,
// German, Italian, Dutch, Polish, Turkish, Korean, Japanese, Swedish,
// Norwegian, Danish, Finnish, Czech, Vietnamese, Thai and Indonesian, as
// their mail clients (Outlook, Gmail, Apple Mail, Yahoo, Samsung, QQ Mail)
// localise them. Matching is case-insensitive.
var (
	// fromLabels start an Outlook-style header block ("From:").
	fromLabels = []string{
		"from", "发件人", "寄件人", "寄件者", "发信人", "von", "de", "da", "van", "od", "от", "від",
		"من", "kimden", "보낸 사람", "差出人", "från", "fra", "lähettäjä", "từ", "จาก", "dari",
		"remitente", "expéditeur", "mittente", "afzender", "nadawca", "отправитель", "відправник",
		"gönderen", "avsändare", "afsender", "avsender", "odesílatel", "người gửi", "pengirim",
	}
	// dateLabels are the block's date line ("Sent:", "Date:").
	dateLabels = []string{
		"sent", "date", "发送时间", "日期", "时间", "寄件日期", "傳送時間", "发送日期", "gesendet",
		"datum", "envoyé", "enviado", "enviada", "fecha", "data", "inviato", "verzonden",
		"wysłano", "отправлено", "дата", "надіслано", "تم الإرسال", "التاريخ", "gönderildi",
		"tarih", "보낸 날짜", "날짜", "送信日時", "日付", "skickat", "sendt", "dato", "lähetetty",
		"päivämäärä", "odesláno", "đã gửi", "ngày", "ส่ง", "วันที่", "dikirim", "tanggal",
	}
	// otherLabels are the block's other lines (To, Cc, Subject).
	otherLabels = []string{
		"to", "cc", "bcc", "收件人", "抄送", "收件者", "副本", "an", "kopie", "à", "a", "para",
		"aan", "do", "kopia", "кому", "копия", "до", "копія", "إلى", "نسخة", "kime", "bilgi",
		"받는 사람", "참조", "宛先", "till", "til", "vastaanottaja", "komu", "đến", "ถึง", "kepada",
		"tembusan", "destinataire", "destinatario", "ontvanger", "odbiorca", "получатель",
	}
	// subjectLabels name the subject line; a block whose subject is a
	// forward's (FW:, Fwd:, 转发) starts a forward, not history.
	subjectLabels = []string{
		"subject", "主题", "主旨", "標題", "objet", "betreff", "asunto", "oggetto", "onderwerp",
		"temat", "тема", "الموضوع", "konu", "제목", "件名", "ämne", "emne", "aihe", "předmět",
		"chủ đề", "เรื่อง", "subjek", "perihal", "assunto",
	}
	// originalWords are the words between the dashes of "-----Original
	// Message-----" and its translations (Outlook, Samsung, QQ Mail).
	originalWords = []string{
		"original message", "original", "原始邮件", "原始郵件", "邮件原件", "原邮件", "回复的原邮件",
		"reply message", "ursprüngliche nachricht", "message d'origine", "mensaje original",
		"messaggio originale", "mensagem original", "oorspronkelijk bericht", "wiadomość oryginalna",
		"исходное сообщение", "оригинальное сообщение", "вихідне повідомлення", "оригінальне повідомлення",
		"الرسالة الأصلية", "orijinal ileti", "orijinal mesaj", "원본 메시지", "元のメッセージ",
		"ursprungligt meddelande", "opprinnelig melding", "oprindelig meddelelse", "alkuperäinen viesti",
		"původní zpráva", "thư gốc", "ข้อความต้นฉบับ", "pesan asli",
	}
	// forwardWords are the words between the dashes of a forward separator.
	forwardWords = []string{
		"forwarded message", "forwarded by .*", "转发邮件信息", "转发的邮件", "转发邮件", "轉寄郵件",
		"轉寄的郵件", "已转发邮件", "转发信息", "mensaje reenviado", "message transféré",
		"weitergeleitete nachricht", "messaggio inoltrato", "mensagem encaminhada",
		"doorgestuurd bericht", "wiadomość przekazana", "przekazana wiadomość", "пересылаемое сообщение",
		"пересланное сообщение", "переслане повідомлення", "رسالة محولة", "الرسالة المعاد توجيهها",
		"iletilen ileti", "iletilmiş ileti", "전달된 메시지", "転送されたメッセージ", "vidarebefordrat meddelande",
		"videresendt melding", "videresendt meddelelse", "välitetty viesti", "přeposlaná zpráva",
		"tin nhắn đã chuyển tiếp", "thư đã chuyển tiếp", "ข้อความที่ส่งต่อ", "pesan yang diteruskan",
		"pesan terusan",
	}
	// beginForward are Apple Mail's "Begin forwarded message:" lines.
	beginForward = []string{
		"begin forwarded message", "start of forwarded message", "anfang der weitergeleiteten nachricht",
		"début du message réexpédié", "début du message transféré", "inicio del mensaje reenviado",
		"comienzo del mensaje reenviado", "inizio messaggio inoltrato", "início da mensagem reencaminhada",
		"início da mensagem encaminhada", "begin doorgestuurd bericht", "początek przekazywanej wiadomości",
		"начало переадресованного сообщения", "пересланное письмо", "початок пересланого повідомлення",
		"iletilen mesajın başlangıcı", "전달된 메시지 시작", "転送されたメッセージ", "vidarebefordrat mejl",
		"videresendt e-post", "start på videresendt besked", "välitetty viesti alkaa",
		"začátek přeposlané zprávy", "bắt đầu tin nhắn được chuyển tiếp", "เริ่มข้อความที่ส่งต่อ",
		"awal pesan yang diteruskan", "بداية الرسالة المُعاد توجيهها",
		"以下为转发的邮件", "转发的邮件", "以下是转发的邮件",
	}
	// wroteVerbs end an attribution line ("On … wrote:"), as Gmail, Apple
	// Mail, Yahoo, Thunderbird and Zoho write it.
	wroteVerbs = []string{
		"wrote", "writes", "schrieb", "folgendes geschrieben", "geschrieben", "a écrit", "écrit",
		"escribió", "ha scritto", "scritto", "schreef", "het volgende geschreven", "geschreven",
		"escreveu", "написал(а)", "написал", "написала", "написав(ла)", "написав", "написала(в)", "пише",
		"пишет", "napisał(a)", "napisał", "napisała", "pisze", "yazdı", "şunu yazdı", "şunları yazdı",
		"님이 작성", "작성", "書きました", "のメール", "skrev", "kirjoitti", "napsal(a)", "napsal",
		"napsala", "đã viết", "viết", "เขียนว่า", "เขียน", "menulis", "كتب", "a scris", "写道", "寫道",
	}
	// wroteInside are verbs that may stand inside an attribution that ends
	// with its date ("Wiadomość napisana przez X <x@y> w dniu …:", "في …
	// تمت كتابة ما يلي بواسطة X <x@y>:").
	wroteInside = []string{"napisana przez", "تمت كتابة", "كتب", "wrote", "a écrit", "schrieb", "escribió", "ha scritto"}

	// sigVerbs and sigDevices make a client signature ("Sent from my
	// iPhone", "Von meinem iPhone gesendet", "发自我的iPhone") when a short
	// line starts or ends with the one and names the other.
	sigVerbs = []string{
		"sent", "get outlook", "envoyé", "enviado", "enviada", "inviato", "verstuurd", "verzonden",
		"wysłane", "wysłano", "skickat", "sendt", "lähetetty", "odesláno", "odesláno z", "отправлено",
		"надіслано", "dikirim", "gesendet", "gönderildi", "보냄", "送信", "发自", "來自", "来自",
		"傳送", "发送自", "أُرسلت", "أرسلت", "ส่งจาก", "gửi từ", "được gửi từ", "von meinem",
		"enviado do", "enviado desde", "從我的", "从我的",
	}
	sigDevices = []string{
		"iphon", "ipad", "android", "galaxy", "samsung", "huawei", "honor", "xiaomi", "oppo", "vivo",
		"outlook", "yahoo", "k-9", "gmail", "blackberry", "smartphone", "mobile", "手机", "手機",
		"华为", "華為", "小米", "mail for", "mail para", "mail di",
	}
)

// alternation is a regexp alternation of words, longest first, with each
// word quoted except ".*" where a list asks for it.
func alternation(words []string) string {
	w := append([]string(nil), words...)
	sort.Slice(w, func(i, j int) bool { return len(w[i]) > len(w[j]) })
	for i, s := range w {
		w[i] = strings.ReplaceAll(regexp.QuoteMeta(s), `\.\*`, `.*`)
	}
	return strings.Join(w, "|")
}

// labelRE matches a header line starting with one of labels: "From:",
// "*Von:*", "De :", "发件人：".
func labelRE(labels []string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\*?\s*(` + alternation(labels) + `)\s*\*?\s*[:：]`)
}
