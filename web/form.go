package web

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/workflow"
)

// fields is what the consumer typed, as the form names it. Its JSON form
// is kept as the submission's evidence.
type fields struct {
	Kind            string `json:"kind"`
	Name            string `json:"name"`
	Phone           string `json:"phone"`
	Email           string `json:"email"`
	Address         string `json:"address"`
	MerchantName    string `json:"merchant_name"`
	MerchantURL     string `json:"merchant_url"`
	MerchantPhone   string `json:"merchant_phone"`
	MerchantAddress string `json:"merchant_address"`
	Platform        string `json:"platform"`
	OrderNumber     string `json:"order_number"`
	Amount          string `json:"amount"`
	Currency        string `json:"currency"`
	Date            string `json:"date"`
	Story           string `json:"story"`
	Wants           string `json:"wants"`
}

// currencies are the form's choices (ISO 4217).
var currencies = []string{"CNY", "USD", "EUR", "HKD", "GBP", "JPY", "KRW", "RUB", "AED", "INR"}

// Longest values, in characters.
const (
	maxShort = 200
	maxStory = 10000
	maxWants = 2000
)

// readFields reads the posted fields, trimmed.
func readFields(r *http.Request) fields {
	v := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	f := fields{
		Kind: v("kind"), Name: v("name"), Phone: v("phone"), Email: v("email"), Address: v("address"),
		MerchantName: v("merchant_name"), MerchantURL: v("merchant_url"), MerchantPhone: v("merchant_phone"),
		MerchantAddress: v("merchant_address"), Platform: v("platform"), OrderNumber: v("order_number"),
		Amount: v("amount"), Currency: v("currency"), Date: v("date"), Story: v("story"), Wants: v("wants"),
	}
	if f.Kind == "" {
		f.Kind = string(analysis.KindComplaint)
	}
	if f.Currency == "" {
		f.Currency = "CNY"
	}
	return f
}

var amountRE = regexp.MustCompile(`^[0-9]{1,12}([.,][0-9]{1,2})?$`)

// check is every problem of f, by field name, in lang; today is the
// station's date (a purchase cannot be later).
func (f fields) check(lang string, today time.Time) map[string]string {
	p := map[string]string{}
	if f.Kind != string(analysis.KindComplaint) && f.Kind != string(analysis.KindInquiry) {
		p["kind"] = tr(lang, "err_kind")
	}
	if f.Phone != "" {
		if _, ok := analysis.Phone(f.Phone); !ok {
			p["phone"] = tr(lang, "err_phone")
		}
	}
	if f.MerchantPhone != "" {
		if _, ok := analysis.Phone(f.MerchantPhone); !ok {
			p["merchant_phone"] = tr(lang, "err_phone")
		}
	}
	if f.Email != "" && !workflow.ValidEmail(f.Email) {
		p["email"] = tr(lang, "err_email")
	}
	if f.MerchantURL != "" {
		if _, ok := workflow.ValidLink(f.MerchantURL); !ok {
			p["merchant_url"] = tr(lang, "err_url")
		}
	}
	if f.Amount != "" && !amountRE.MatchString(strings.ReplaceAll(f.Amount, " ", "")) {
		p["amount"] = tr(lang, "err_amount")
	}
	if !slices.Contains(currencies, f.Currency) {
		p["currency"] = tr(lang, "err_currency")
	}
	if f.Date != "" {
		d, err := time.Parse(time.DateOnly, f.Date)
		if err != nil || f.Date > today.Format(time.DateOnly) || d.Year() < 1990 {
			p["date"] = tr(lang, "err_date")
		}
	}
	if f.Story == "" {
		p["story"] = tr(lang, "err_story")
	}
	for name, val := range map[string]string{"name": f.Name, "phone": f.Phone, "email": f.Email, "address": f.Address,
		"merchant_name": f.MerchantName, "merchant_url": f.MerchantURL, "merchant_phone": f.MerchantPhone,
		"merchant_address": f.MerchantAddress, "platform": f.Platform, "order_number": f.OrderNumber, "date": f.Date} {
		if utf8.RuneCountInString(val) > maxShort {
			p[name] = fmt.Sprintf(tr(lang, "err_long"), maxShort)
		}
	}
	if utf8.RuneCountInString(f.Story) > maxStory {
		p["story"] = fmt.Sprintf(tr(lang, "err_long"), maxStory)
	}
	if utf8.RuneCountInString(f.Wants) > maxWants {
		p["wants"] = fmt.Sprintf(tr(lang, "err_long"), maxWants)
	}
	return p
}

// intake is f as the desk takes a complaint in: the merchant and the
// order field by field, and the story with the rest as lines the
// analysis reads, as it reads a mail (a merchant named only in the story
// still counts).
func (f fields) intake(lang string) workflow.IntakeForm {
	var b strings.Builder
	b.WriteString(f.Story)
	b.WriteString("\n")
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(&b, "\n%s: %s", label, v)
		}
	}
	line("诉求 / Wants", f.Wants)
	line("平台 / Platform", f.Platform)
	line("订单号 / Order number", f.OrderNumber)
	if f.Amount != "" {
		line("金额 / Amount", strings.ReplaceAll(f.Amount, ",", ".")+" "+f.Currency)
	}
	line("购买日期 / Date of purchase", f.Date)
	line("消费者地址 / Consumer's address", f.Address)
	return workflow.IntakeForm{
		Channel: workflow.ChannelWeb, Kind: f.Kind, Language: lang,
		Name: f.Name, Phone: f.Phone, Email: strings.ToLower(f.Email), Address: f.Address,
		MerchantName: f.MerchantName, MerchantURL: f.MerchantURL, MerchantPhone: f.MerchantPhone,
		MerchantAddress: f.MerchantAddress, OrderNumber: f.OrderNumber,
		Text: strings.TrimSpace(b.String()),
	}
}

// itemField is the field that asks for a required item (policy.required).
var itemField = map[string]string{
	analysis.MissingComplainantName:   "name",
	analysis.MissingComplainantPhone:  "phone",
	analysis.MissingRespondentName:    "merchant_name",
	analysis.MissingRespondentContact: "merchant_url",
}

// itemNeed is what the form says of a required item it lacks.
var itemNeed = map[string]string{
	analysis.MissingComplainantName:   "need_name",
	analysis.MissingComplainantPhone:  "need_phone",
	analysis.MissingRespondentName:    "need_merchant",
	analysis.MissingRespondentContact: "need_contact",
}
