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
