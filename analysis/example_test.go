package analysis_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/yweca/redress/analysis"
	"github.com/yweca/redress/parser"
)

// Parse decodes and analyses a mail; its JSON form is what `redress parse`
// prints.
func ExampleParse() {
	raw := []byte("From: Wang Fang <wangfang@example.com>\r\n" +
		"To: tousu@yweca.org.example\r\n" +
		"Subject: 投诉：杯子坏了 <urgent>\r\n" +
		"Message-ID: <ex1@example.com>\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"我叫王芳，在义乌小商品店买的杯子坏了，商家不给退款。\r\n" +
		"订单号：A123456，实付 128 元。\r\n手机：13800138000\r\n")
	m, err := analysis.Parse(raw, parser.Options{}, analysis.Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"})
	if err != nil {
		log.Fatal(err)
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	fmt.Println(analysis.ReplyLanguage(m.Language, m.Text))
	// Output:
	// {
	//   "message_id": "ex1@example.com",
	//   "subject": "投诉：杯子坏了 \u003curgent\u003e",
	//   "from": {
	//     "name": "Wang Fang",
	//     "address": "wangfang@example.com"
	//   },
	//   "kind": "complaint",
	//   "case_ref": "",
	//   "language": "zh",
	//   "text": "我叫王芳，在义乌小商品店买的杯子坏了，商家不给退款。\n订单号：A123456，实付 128 元。\n手机：13800138000",
	//   "complainant": {
	//     "name": "王芳",
	//     "phones": [
	//       "+8613800138000"
	//     ],
	//     "emails": [],
	//     "address": ""
	//   },
	//   "respondent": {
	//     "name": "义乌小商品店",
	//     "urls": [],
	//     "phones": [],
	//     "address": ""
	//   },
	//   "order": {
	//     "number": "A123456",
	//     "amount": "128.00",
	//     "currency": "CNY"
	//   },
	//   "missing": [
	//     "respondent_contact"
	//   ],
	//   "attachments": []
	// }
	// zh
}

// A delivery report's Bounce names the returned mail and whom it failed
// for; it is not part of the `redress parse` JSON.
func ExampleParse_bounce() {
	raw := []byte("From: Mail Delivery System <MAILER-DAEMON@mx1.yweca.org.example>\r\n" +
		"To: tousu@yweca.org.example\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; mx1.yweca.org.example\r\n\r\n" +
		"Final-Recipient: rfc822; Wang.Fang@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n" +
		"--b\r\nContent-Type: text/rfc822-headers\r\n\r\n" +
		"Message-ID: <c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example>\r\n" +
		"To: Wang.Fang@example.com\r\nSubject: [YW-2026-00042] =?UTF-8?B?5Y+X55CG6YCa55+l?=\r\n" +
		"--b--\r\n")
	m, err := analysis.Parse(raw, parser.Options{}, analysis.Options{CasePrefix: "YW", StationAddress: "tousu@yweca.org.example"})
	if err != nil {
		log.Fatal(err)
	}
	b := m.Bounce
	fmt.Println(m.Kind, b.OriginalMessageID, b.CaseRef)
	fmt.Println(b.Recipients, b.Permanent, b.Status, b.Diagnostic)
	// Output:
	// bounce c7hq2x5m9w3k8r1t6v4n0p2bz3@yweca.org.example YW-2026-00042
	// [wang.fang@example.com] true 5.1.1 550 5.1.1 User unknown
}
