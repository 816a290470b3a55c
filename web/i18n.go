package web

import (
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// The page's languages.
const (
	langZH = "zh"
	langEN = "en"
)

// language picks the page's language: ?lang= (or the form's lang field),
// else the first of Accept-Language (RFC 9110 §12.5.4) the form speaks,
// else Chinese.
func language(r *http.Request) string {
	// The query, or a form already parsed: reading the body here would
	// bypass the size limit.
	l := r.URL.Query().Get("lang")
	if r.PostForm != nil && r.PostForm.Get("lang") != "" {
		l = r.PostForm.Get("lang")
	}
	switch l {
	case langZH, langEN:
		return l
	}
	type pref struct {
		lang string
		q    float64
	}
	var prefs []pref
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if (base == langZH || base == langEN) && q > 0 {
			prefs = append(prefs, pref{base, q})
		}
	}
	sort.SliceStable(prefs, func(i, j int) bool { return prefs[i].q > prefs[j].q })
	if len(prefs) > 0 {
		return prefs[0].lang
	}
	return langZH
}

// text holds the page's words: key → {Chinese, English}.
var text = map[string][2]string{
	"title":                   {"消费投诉", "Consumer complaint"},
	"intro":                   {"请告诉我们发生了什么。标有“需要”的项目帮助我们联系商家；如果您无法提供，仍然可以提交。", "Tell us what happened. Items marked “needed” let us reach the merchant; if you cannot give them, you can still submit."},
	"other_lang":              {"English", "中文"},
	"kind":                    {"类型", "Type"},
	"kind_complaint":          {"投诉（要求商家解决问题）", "Complaint (I want the merchant to put it right)"},
	"kind_inquiry":            {"咨询（只想了解情况）", "Inquiry (I only have a question)"},
	"you":                     {"您的信息", "About you"},
	"name":                    {"姓名", "Your name"},
	"phone":                   {"手机号码", "Your phone number"},
	"phone_hint":              {"例如 139 0579 1234；境外号码请加国家代码 +44 …", "e.g. 139 0579 1234; abroad, with the country code: +44 …"},
	"email":                   {"电子邮箱", "Your e-mail address"},
	"email_hint":              {"我们会把受理回执发到这里，您回复即可补充材料。", "We send the acknowledgement here; reply to it to add anything."},
	"address":                 {"联系地址", "Your postal address"},
	"merchant":                {"商家信息", "About the merchant"},
	"merchant_name":           {"商家或店铺名称", "Merchant or shop name"},
	"merchant_url":            {"店铺链接", "Link to the shop"},
	"merchant_url_hint":       {"例如 https://shop123.taobao.com", "e.g. https://shop123.taobao.com"},
	"merchant_phone":          {"商家电话", "Merchant's phone number"},
	"merchant_address":        {"商家地址", "Merchant's address"},
	"order":                   {"订单信息", "About the order"},
	"platform":                {"购物平台", "Platform"},
	"platform_hint":           {"例如 淘宝、拼多多、京东、抖音", "e.g. Taobao, Pinduoduo, JD, AliExpress"},
	"order_number":            {"订单号", "Order number"},
	"amount":                  {"金额", "Amount"},
	"currency":                {"币种", "Currency"},
	"date":                    {"购买日期", "Date of purchase"},
	"what":                    {"发生了什么", "What happened"},
	"story":                   {"经过", "What happened"},
	"story_hint":              {"请写明购买了什么、出了什么问题、与商家沟通的情况。", "What you bought, what went wrong, what the merchant said."},
	"wants":                   {"您的诉求", "What you want"},
	"wants_hint":              {"例如 退货退款、换货、赔偿", "e.g. a refund, a replacement, compensation"},
	"attachments":             {"附件（照片、截图、PDF）", "Attachments (photos, screenshots, PDF)"},
	"attachments_hint":        {"最多 %d 个文件，每个不超过 %s。", "Up to %d files, each at most %s."},
	"needed":                  {"需要", "needed"},
	"optional":                {"选填", "optional"},
	"submit":                  {"提交", "Submit"},
	"submit_anyway":           {"不补充，直接提交", "Submit without them"},
	"honeypot":                {"请勿填写此项", "Leave this empty"},
	"errors_title":            {"请检查以下项目：", "Please check these items:"},
	"missing_title":           {"以下信息能帮助我们处理您的投诉：", "These details help us handle your complaint:"},
	"missing_body":            {"请补充后再提交。如果无法提供，可以直接提交，我们会通过邮件或电话向您询问。", "Please add them and submit again. If you cannot, submit without them: we will ask you by mail or phone."},
	"err_phone":               {"这不像一个电话号码。请只填一个号码，例如 139 0579 1234。", "This does not look like a phone number. Give one number, e.g. 139 0579 1234."},
	"err_email":               {"这不像一个电子邮箱地址，例如 name@example.com。", "This does not look like an e-mail address, e.g. name@example.com."},
	"err_url":                 {"这不像一个链接。请复制店铺页面的地址，例如 https://shop123.taobao.com。", "This does not look like a link. Copy the shop page's address, e.g. https://shop123.taobao.com."},
	"err_amount":              {"请填写数字金额，例如 128.50。", "Give the amount as a number, e.g. 128.50."},
	"err_date":                {"请填写有效日期（不晚于今天）。", "Give a valid date, not after today."},
	"err_story":               {"请写下发生了什么。", "Please tell us what happened."},
	"err_long":                {"内容太长（最多 %d 字）。", "Too long (at most %d characters)."},
	"err_kind":                {"请选择投诉或咨询。", "Choose complaint or inquiry."},
	"err_currency":            {"请选择币种。", "Choose a currency."},
	"err_files_count":         {"文件太多：最多 %d 个。", "Too many files: at most %d."},
	"err_file_size":           {"“%s”太大：每个文件不超过 %s。", "“%s” is too big: each file at most %s."},
	"err_file_type":           {"“%s”不是图片或 PDF。请上传 JPEG、PNG、GIF、WebP 或 PDF 文件。", "“%s” is not an image or a PDF. Upload JPEG, PNG, GIF, WebP or PDF files."},
	"need_name":               {"我们需要您的姓名来登记投诉。", "We need your name to register the complaint."},
	"need_phone":              {"我们需要您的电话，以便调解时联系您。", "We need your phone number to reach you during mediation."},
	"need_merchant":           {"我们需要商家名称才能联系商家。", "We need the merchant's name to contact them."},
	"need_contact":            {"请至少提供店铺链接、商家电话或商家地址中的一项。", "Give at least one of the shop link, the merchant's phone or address."},
	"done_title":              {"投诉已提交", "Complaint submitted"},
	"done_ref":                {"您的案件编号", "Your case reference"},
	"done_keep":               {"请保存此编号，来信或来电时请提供。", "Keep this reference and quote it when you write or call."},
	"done_mail":               {"受理回执已发送到您的邮箱。回复该邮件即可补充材料。", "An acknowledgement is on its way to your e-mail. Reply to it to add anything."},
	"done_nomail":             {"您没有留下邮箱，我们会通过电话联系您。", "You gave no e-mail address: we will contact you by phone."},
	"done_missing":            {"我们还需要：", "We still need:"},
	"done_again":              {"再提交一份投诉", "Submit another complaint"},
	"item_complainant_name":   {"您的姓名", "your name"},
	"item_complainant_phone":  {"您的电话", "your phone number"},
	"item_respondent_name":    {"商家名称", "the merchant's name"},
	"item_respondent_contact": {"商家的联系方式（链接、电话或地址）", "a way to reach the merchant (link, phone or address)"},
	"bad_request":             {"无法处理此次提交。请返回表单重新填写。", "This submission could not be taken. Please go back to the form and try again."},
	"expired":                 {"表单已过期，请检查后重新提交。", "The form had expired: please check it and submit again."},
	"too_many":                {"提交过于频繁，请稍后再试。", "Too many submissions: please try again later."},
	"too_big":                 {"提交的内容太大。请减少或压缩附件。", "The submission is too large. Attach fewer or smaller files."},
	"unavailable":             {"暂时无法受理，请稍后再试或发送邮件投诉。", "The form cannot take complaints just now: please try again later, or write to us by e-mail."},
	"not_found":               {"没有这个页面。", "There is no such page."},
	"stations":                {"请选择服务站", "Choose a service station"},
}

// tr is the word for key in lang.
func tr(lang, key string) string {
	w, ok := text[key]
	if !ok {
		return key
	}
	if lang == langEN {
		return w[1]
	}
	return w[0]
}
