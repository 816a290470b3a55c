#!/usr/bin/env python3
"""Generate the fourth-round English evaluation messages (e4en-NN.eml) and
labels.json: English mail from buyers in many countries (their phone forms,
signatures, self-introductions, supplier wording, order references and
amounts), English auto-replies, bounces, spam, inquiries and fill-in replies.

Run from anywhere: python3 gen.py. All people, shops, phone numbers and
organisations are invented.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import mailgen  # noqa: E402
from mailgen import *  # noqa: E402,F401,F403

HERE = mailgen.HERE = os.path.dirname(os.path.abspath(__file__))


# e4en-01: Indian buyer, "Greetings of the day", "This is X from <own company>", Thanks & Regards with title.
gmail("e4en-01.eml", "Ravi Kumar", "ravikumar.traders@gmail.com", "Complaint against Yiwu Jinxiu Toys Factory - short shipment",
   "Dear Sir,\n\n"
   "Greetings of the day!\n\n"
   "This is Ravi from Kumar Traders, Mumbai. We placed a Trade Assurance order with Yiwu Jinxiu Toys Factory "
   "(https://jinxiutoys.en.alibaba.com) for 3,000 plastic toy cars. We received only 2,100 pieces and the factory "
   "is not replying to our messages since two weeks.\n\n"
   "Trade Assurance order: 26589014473320\n"
   "Total paid: USD 4,800.00 (30% deposit + 70% balance before shipment)\n"
   "Factory contact: Mr. Chen, +86 139 5792 6610\n\n"
   "Kindly help us to get the balance goods or refund.\n\n"
   "Thanks & Regards,\n"
   "Ravi Kumar\n"
   "Sales Manager, Kumar Traders\n"
   "+91 98450 67321\n",
   "Mon, 06 Apr 2026 11:42:10 +0530", "CAJr4v8KumarTrd0x7Hs2Lq9Wp3Nb6Mz1Yc5Xd8Fe0Gg2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Ravi Kumar", "phones": ["+919845067321"]},
   resp={"name": "Yiwu Jinxiu Toys Factory", "urls": ["https://jinxiutoys.en.alibaba.com"], "phones": ["+8613957926610"]},
   order={"number": "26589014473320", "amount": "4800.00", "currency": "USD"},
   must=["only 2,100 pieces"],
   notes="Indian English; 'This is Ravi from <own company>' is no merchant; Trade Assurance order label; deposit+balance inside the total; signature title line")

# e4en-02: UK buyer, Outlook windows-1252 QP, UK mobile without +44 (not normalised), made-in-china URL.
outlook("e4en-02.eml", "Oliver Bennett", "oliver.bennett@outlook.com", "Faulty LED strip lights \u2013 Zhejiang Brightway Lighting",
   "Hello,\n\n"
   "I\u2019m writing about an order of 400 LED strip lights from Zhejiang Brightway Lighting Co., Ltd. "
   "(https://brightwaylighting.en.made-in-china.com). Nearly half of them flicker or don\u2019t light at all, "
   "and the supplier says it must be our power supply.\n\n"
   "PO #: BW-26-0107\n"
   "Amount paid: USD 1,980.00\n\n"
   "Could you please contact them on our behalf?\n\n"
   "Kind regards,\n"
   "Oliver Bennett\n"
   "Mobile: 07700 900881\n"
   "Unit 4, Harcourt Trading Estate, Sheffield S10 1DH, United Kingdom\n",
   "Tue, 07 Apr 2026 09:15:33 +0100", "DB9PR01MB7731B2C3D4E5F6A7B8C9D0E1@DB9PR01MB7731.eurprd01.prod.outlook.com",
   cs="windows-1252",
   kind="complaint", language="en",
   comp={"name": "Oliver Bennett", "address": "Unit 4, Harcourt Trading Estate, Sheffield S10 1DH, United Kingdom"},
   resp={"name": "Zhejiang Brightway Lighting Co., Ltd.", "urls": ["https://brightwaylighting.en.made-in-china.com"]},
   order={"number": "BW-26-0107", "amount": "1980.00", "currency": "USD"},
   missing=["complainant_phone"],
   must=["flicker or don\u2019t light"],
   notes="UK mobile 07700 900881 without +44: only Chinese numbers are normalised without a country code, and it is no Chinese landline; PO # label")

# e4en-03: Nigerian buyer, My name's ..., paid 3,000 USD via T/T.
gmail("e4en-03.eml", "Chinedu Okafor", "chinedu.okafor.lagos@gmail.com", "Supplier collected payment and stopped responding",
   "Good day Sir/Ma,\n\n"
   "My name's Chinedu Okafor, I import hair accessories to Lagos. In February I paid 3,000 USD via T/T to "
   "Yiwu Hongyu Hair Products Co., Ltd. for 5,000 hair clips. Since then the seller has not shipped and keeps "
   "giving excuses.\n\n"
   "PO #: NG-4471\n"
   "Seller WhatsApp: +86 158 5792 0043\n\n"
   "Please assist me.\n\n"
   "Chinedu\n"
   "+234 803 555 0419\n",
   "Wed, 08 Apr 2026 16:05:48 +0100", "CAN8okafor2Lg5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hi5@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Chinedu Okafor", "phones": ["+2348035550419"]},
   resp={"name": "Yiwu Hongyu Hair Products Co., Ltd.", "phones": ["+8615857920043"]},
   order={"number": "NG-4471", "amount": "3000.00", "currency": "USD"},
   must=["keeps giving excuses"],
   notes="Nigeria: My name's intro fuller than the signature; amount 'paid 3,000 USD via T/T' with the currency after; Seller WhatsApp label")

# e4en-04: UAE buyer, "This is Ahmed from <own company>", company signature under the name.
outlook("e4en-04.eml", "Ahmed Al Mansoori", "ahmed@alnoor-trading.example", "Wrong goods shipped by Yiwu Rongsheng Trading",
   "Dear Team,\n\n"
   "This is Ahmed from Al Noor General Trading LLC in Dubai. We bought 200 cartons of kitchen towels from "
   "Yiwu Rongsheng Trading Co., Ltd. but received paper napkins instead.\n\n"
   "Order ID: RS260318-22\n"
   "Invoice No.: INV-88231\n"
   "Amount: USD 6,250.00\n"
   "Supplier tel: +86 579 8555 2270\n\n"
   "We request a full refund or replacement.\n\n"
   "Best Regards,\n"
   "Ahmed Al Mansoori\n"
   "Purchase Manager\n"
   "Al Noor General Trading LLC\n"
   "Mob: +971 50 555 1234\n",
   "Thu, 09 Apr 2026 10:30:00 +0400", "PAXP193MB2211C3D4E5F6A7B8C9D0E1F2@PAXP193MB2211.EURP193.PROD.OUTLOOK.COM",
   kind="complaint", language="en",
   comp={"name": "Ahmed Al Mansoori", "phones": ["+971505551234"]},
   resp={"name": "Yiwu Rongsheng Trading Co., Ltd.", "phones": ["+8657985552270"]},
   order={"number": "RS260318-22", "amount": "6250.00", "currency": "USD"},
   must=["paper napkins instead"],
   notes="Gulf buyer: 'This is Ahmed from <own company>' is not the merchant; Invoice No. beside Order ID is not the order; Mob label")

# e4en-05: Russian buyer, AliExpress store URL, $1,250.00 (US dollars), +7 9xx xxx-xx-xx.
gmail("e4en-05.eml", "Dmitry Volkov", "d.volkov.msk@gmail.com", "AliExpress seller refuses refund for broken drones",
   "Hello,\n\n"
   "I bought 10 camera drones from the AliExpress store \"SkyFun Official Store\" "
   "(https://www.aliexpress.com/store/1102345678). Six of them arrived broken. The vendor closed the dispute "
   "and now refuses any refund.\n\n"
   "Order ID: 8150123456789012\n"
   "I paid $1,250.00 (US dollars). I am asking for a refund of $750.00 for the six broken drones.\n\n"
   "Best regards,\n"
   "Dmitry Volkov\n"
   "Phone: +7 916 555-12-34\n",
   "Fri, 10 Apr 2026 13:20:11 +0300", "CAF3volkovMsk7Ab9Cd1Ef3Gh5Ij7Kl9Mn1Op3Qr5St7@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Dmitry Volkov", "phones": ["+79165551234"]},
   resp={"name": "SkyFun Official Store", "urls": ["https://www.aliexpress.com/store/1102345678"]},
   order={"number": "8150123456789012", "amount": "1250.00", "currency": "USD"},
   must=["closed the dispute"],
   notes="Russia: +7 9xx xxx-xx-xx; AliExpress store in quotes; the paid amount, not the refund asked, is the order amount")

# e4en-06: Brazilian buyer, +55 11 9xxxx-xxxx, 1688 supplier.
gmail("e4en-06.eml", "Lucas Pereira", "lucas.pereira.sp@gmail.com", "Complaint: counterfeit perfume bottles from 1688 supplier",
   "Hi,\n\n"
   "I'm Lucas Pereira from S\u00e3o Paulo. I ordered 1,000 empty perfume bottles from a supplier on 1688 called "
   "Yiwu Meixin Glass Products (https://meixinglass.1688.com). The bottles are thinner than the sample and many are cracked.\n\n"
   "Order number: 3309871265540982\n"
   "Paid: US$ 2,350.00\n\n"
   "Supplier phone: 0579-8555 6812\n\n"
   "Thank you,\n"
   "Lucas Pereira\n"
   "+55 11 95555-1234\n",
   "Sat, 11 Apr 2026 09:02:37 -0300", "CAG5pereiraSp2Bx4Dz6Fb8Hd0Jf2Lh4Nj6Pl8Rn0Tp2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Lucas Pereira", "phones": ["+5511955551234"]},
   resp={"name": "Yiwu Meixin Glass Products", "urls": ["https://meixinglass.1688.com"], "phones": ["+8657985556812"]},
   order={"number": "3309871265540982", "amount": "2350.00", "currency": "USD"},
   must=["thinner than the sample"],
   notes="Brazil: +55 11 9xxxx-xxxx; 'a supplier on 1688 called X'; Chinese landline with a space in the local number")

# e4en-07: Australian buyer, Thunderbird flowed, Cheers + first name only, DHgate seller.
thunder("e4en-07.eml", "Jack Wilson", "jack.wilson@bigpond.example", "DHgate seller sent fake LEGO-style sets",
   "G'day,\n\n"
   "I bought 50 building block sets from a seller on DHgate called BrickKing Toys \n"
   "(https://www.dhgate.com/store/21458963). The boxes are crushed and half the \n"
   "pieces are missing. DHgate says I have to sort it out with the seller.\n\n"
   "Order No. 7761203948\n"
   "Total: US$540.00\n\n"
   "Mobile: +61 412 555 019\n\n"
   "Cheers,\n"
   "Jack\n",
   "Sun, 12 Apr 2026 20:14:55 +1000", "5f2a9c1e-3b7d-4e8f-a1c2-d3e4f5a6b7c8@bigpond.example",
   kind="complaint", language="en",
   comp={"name": "Jack Wilson", "phones": ["+61412555019"]},
   resp={"name": "BrickKing Toys", "urls": ["https://www.dhgate.com/store/21458963"]},
   order={"number": "7761203948", "amount": "540.00", "currency": "USD"},
   must=["half the pieces are missing"],
   notes="Australia, Thunderbird format=flowed; Cheers + first name, the From display name is fuller; 'a seller on DHgate called X'")

# e4en-08: Pakistani buyer, "I am Muhammad Usman", Regards, factory.
gmail("e4en-08.eml", "Usman Traders", "usmantraders.khi@gmail.com", "Factory changed the material after payment",
   "Respected Sir,\n\n"
   "I am Muhammad Usman, owner of Usman Traders, Karachi. I ordered 2,000 steel lunch boxes from "
   "Yiwu Fenghe Kitchenware Factory. The factory used thin iron instead of stainless steel.\n\n"
   "PO#: PK-0219\n"
   "Amount: USD 1,850\n"
   "Factory address: No. 18 Jiangbin Road, Yiwu, Zhejiang, China\n\n"
   "I request you to take action against this factory.\n\n"
   "Regards,\n"
   "Muhammad Usman\n"
   "Cell: +92 300 5551234\n",
   "Mon, 13 Apr 2026 12:40:00 +0500", "CAH7usman3Kh5Lj7Mk9Nl1Om3Pn5Qo7Rp9Sq1Tr3Us5@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Muhammad Usman", "phones": ["+923005551234"]},
   resp={"name": "Yiwu Fenghe Kitchenware Factory", "address": "No. 18 Jiangbin Road, Yiwu, Zhejiang, China"},
   order={"number": "PK-0219", "amount": "1850.00", "currency": "USD"},
   must=["thin iron instead of stainless steel"],
   notes="Pakistan: From display name is a company, the intro gives the person; PO# without space; Factory address label; Cell label")

# e4en-09: Kenyan buyer, yiwugo shop URL, Outlook.
outlook("e4en-09.eml", "Grace Wanjiku", "grace.wanjiku@outlook.com", "Yiwugo shop sent used handbags",
   "Dear Sir/Madam,\n\n"
   "I found the shop Lulu Bags Wholesale on yiwugo (https://www.yiwugo.com/shop/lulubags.html) and ordered "
   "120 handbags. Many of them are clearly used and dirty. The shop owner blocked me on WeChat.\n\n"
   "Order ref: LB-0325-18\n"
   "Paid: USD 960.00\n\n"
   "Regards,\n"
   "Grace Wanjiku\n"
   "Tel: +254 722 555 310\n"
   "Nairobi, Kenya\n",
   "Tue, 14 Apr 2026 08:55:12 +0300", "AM9PR04MB8812D4E5F6A7B8C9D0E1F2A3@AM9PR04MB8812.eurprd04.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Grace Wanjiku", "phones": ["+254722555310"]},
   resp={"name": "Lulu Bags Wholesale", "urls": ["https://www.yiwugo.com/shop/lulubags.html"]},
   order={"number": "LB-0325-18", "amount": "960.00", "currency": "USD"},
   must=["clearly used and dirty"],
   notes="Kenya; yiwugo shop URL in parentheses; 'Nairobi, Kenya' is a city line, not an address")

# e4en-10: South Africa, Kind regards without comma, trading company.
gmail("e4en-10.eml", "Thandiwe Nkosi", "thandi.nkosi.jhb@gmail.com", "Trading company kept my deposit",
   "Hello\n\n"
   "I paid a deposit of USD 760.00 to Yiwu Starlink Trading Co., Ltd. for 300 phone holders. They now say the "
   "factory closed and will not return the deposit.\n\n"
   "Their contact: Sunny Zhang, sunny@starlink-trading.example, +86 136 5799 8041\n\n"
   "Kind regards\n"
   "Thandiwe Nkosi\n"
   "+27 82 555 7712\n"
   "thandi.nkosi.jhb@gmail.com\n",
   "Wed, 15 Apr 2026 14:33:09 +0200", "CAK9nkosiJhb4Ma6Nb8Oc0Pd2Qe4Rf6Sg8Th0Ui2Vj4@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Thandiwe Nkosi", "phones": ["+27825557712"], "emails": ["thandi.nkosi.jhb@gmail.com"]},
   resp={"name": "Yiwu Starlink Trading Co., Ltd.", "phones": ["+8613657998041"]},
   order={"amount": "760.00", "currency": "USD"},
   must=["factory closed"],
   notes="South Africa: a deposit is what was paid; the merchant's e-mail is not the complainant's; own address in the signature counts")

# e4en-11: Turkish buyer, EUR 300, unnamed Alibaba seller, non-ASCII name.
gmail("e4en-11.eml", "Emre Y\u0131lmaz", "emre.yilmaz.ist@gmail.com", "Seller on Alibaba disappeared after payment", subj_enc=True,
   text="Hello,\n\n"
   "I paid EUR 300 to a seller on Alibaba for 100 phone cases. After the payment the seller deleted the chat "
   "and I cannot find the store any more. I only have the bank receipt.\n\n"
   "Can you help me to find this company?\n\n"
   "Best wishes,\n"
   "Emre Y\u0131lmaz\n"
   "+90 532 555 44 21\n",
   date="Thu, 16 Apr 2026 18:21:40 +0300", msgid="CAL1yilmazIst6Nc8Od0Pe2Qf4Rg6Sh8Ti0Uj2Vk4Wl6@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Emre Y\u0131lmaz", "phones": ["+905325554421"]},
   order={"amount": "300.00", "currency": "EUR"},
   missing=["respondent_name", "respondent_contact"],
   must=["deleted the chat"],
   notes="Turkey: EUR before the number without decimals; unnamed seller on Alibaba; non-ASCII name; Best wishes")

# e4en-12: Malaysian buyer, HTML-only Outlook (Word HTML).
html12 = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
          "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
          "<body lang=\"EN-MY\" link=\"#0563C1\"><div class=\"WordSection1\">"
          "<p class=\"MsoNormal\">Hi,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
          "<p class=\"MsoNormal\">I bought 600 hijab pins from the 1688 shop Yiwu Cuiying Accessories "
          "(<a href=\"https://cuiying-ss.1688.com\">https://cuiying-ss.1688.com</a>). About a third of the pins are rusty.<o:p></o:p></p>"
          "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
          "<p class=\"MsoNormal\">Order ID: 2290341187765012<o:p></o:p></p>"
          "<p class=\"MsoNormal\">Amount: USD 312.00<o:p></o:p></p>"
          "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
          "<p class=\"MsoNormal\">Regards,<o:p></o:p></p>"
          "<p class=\"MsoNormal\">Nur Aisyah binti Ahmad<o:p></o:p></p>"
          "<p class=\"MsoNormal\">H/P: +60 12-555 8812<o:p></o:p></p>"
          "</div></body></html>")
outlook("e4en-12.eml", "Nur Aisyah", "nuraisyah.kl@outlook.com", "Rusty hijab pins from 1688 shop", html12,
   "Fri, 17 Apr 2026 10:11:12 +0800", "SG2PR06MB5521E5F6A7B8C9D0E1F2A3B4@SG2PR06MB5521.apcprd06.prod.outlook.com",
   html_only=True,
   kind="complaint", language="en",
   comp={"name": "Nur Aisyah binti Ahmad", "phones": ["+60125558812"]},
   resp={"name": "Yiwu Cuiying Accessories", "urls": ["https://cuiying-ss.1688.com"]},
   order={"number": "2290341187765012", "amount": "312.00", "currency": "USD"},
   must=["a third of the pins are rusty"],
   notes="Malaysia, HTML-only Outlook (Word HTML, base64); H/P label; Malaysian name with binti fuller than the From name")

# e4en-13: Philippines, Thanks, AliExpress shop name in quotes, $86.50.
gmail("e4en-13.eml", "Maria Santos", "maria.santos.mnl@gmail.com", "Item not as described - Lucky Star Accessories",
   "Hi there,\n\n"
   "I ordered 30 bracelets from \"Lucky Star Accessories\" on AliExpress. The bracelets are plastic, not "
   "sterling silver as shown in the listing. The seller only offers a 10% refund.\n\n"
   "Order #: 3021987745512034\n"
   "I paid $86.50.\n\n"
   "Thanks,\n"
   "Maria Santos\n"
   "+63 917 555 0123\n",
   "Sat, 18 Apr 2026 21:05:00 +0800", "CAM3santosMnl8Pd0Qe2Rf4Sg6Th8Ui0Vj2Wk4Xl6Ym8@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Maria Santos", "phones": ["+639175550123"]},
   resp={"name": "Lucky Star Accessories"},
   order={"number": "3021987745512034", "amount": "86.50", "currency": "USD"},
   missing=["respondent_contact"],
   must=["not sterling silver"],
   notes="Philippines; shop name in ASCII quotes with platform after; plain $ amount in a sentence; 10% is not an amount")

# e4en-14: Ghana, English reply filling the English template; merchant phone under the shop-link label.
gmail("e4en-14.eml", "Kofi Mensah", "kofi.mensah.accra@gmail.com", "Re: [YW-2026-00412] Your complaint has been registered",
   "Hello,\n\n"
   "Name: Kofi Asante Mensah\n"
   "Phone: +233 24 555 0871\n"
   "Merchant: Yiwu Dingsheng Umbrella Co., Ltd.\n"
   "Shop link or merchant phone: +86 135 7901 2288\n\n"
   "Thank you\n\n"
   "On Mon, Apr 13, 2026 at 4:10 PM Yiwu E-Commerce Association <tousu@yweca.org.example> wrote:\n"
   "> Dear consumer,\n"
   ">\n"
   "> Your complaint has been registered as YW-2026-00412. To pass it to the merchant we need:\n"
   "> Name:\n> Phone:\n> Merchant:\n> Shop link or merchant phone:\n>\n"
   "> Yiwu E-Commerce Association Consumer Rights Service Station\n"
   "> Tel: +86 579 8520 0000\n",
   "Tue, 14 Apr 2026 09:30:45 +0000", "CAN5mensahAcc0Qe2Rf4Sg6Th8Ui0Vj2Wk4Xl6Ym8Zn0@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00412", language="en",
   comp={"name": "Kofi Asante Mensah", "phones": ["+233245550871"]},
   resp={"name": "Yiwu Dingsheng Umbrella Co., Ltd.", "phones": ["+8613579012288"]},
   must=["Yiwu Dingsheng Umbrella"], mustnot=["To pass it to the merchant"],
   notes="English template reply; the merchant phone sits under the shop-link label; Name: fuller than the From name")

# e4en-15: English reply with the case ref only in the body, no quote.
outlook("e4en-15.eml", "Priya Sharma", "priya.sharma.del@outlook.com", "Update on my complaint",
   "Dear Sir/Madam,\n\n"
   "Regarding case YW-2026-00398: the supplier has refunded USD 420.00 today, so the matter is settled. "
   "Thank you for your help.\n\n"
   "Warm regards,\n"
   "Priya Sharma\n",
   "Wed, 15 Apr 2026 17:48:02 +0530", "BM1PR01MB3311F6A7B8C9D0E1F2A3B4C5@BM1PR01MB3311.INDPRD01.PROD.OUTLOOK.COM",
   kind="reply", case_ref="YW-2026-00398", language="en",
   comp={"name": "Priya Sharma"},
   order={"amount": "420.00", "currency": "USD"},
   must=["the matter is settled"],
   notes="Consumer reply whose case reference is only in the new text; the refunded amount is what it states; Warm regards")

# e4en-16: Outlook out-of-office with X-Auto-Response-Suppress, phone of a colleague.
outlook("e4en-16.eml", "Daniel Harris", "daniel.harris@harrisimports.example", "Automatic reply: [YW-2026-00405] Request for more information",
   "Thank you for your email. I am currently out of the office until Monday 20 April with limited access to email.\n\n"
   "For urgent matters please contact my colleague Sarah Cole on +44 161 555 0192 or sarah.cole@harrisimports.example.\n\n"
   "Best regards,\n"
   "Daniel Harris\n",
   "Thu, 16 Apr 2026 07:00:03 +0100", "LO2P265MB4412A7B8C9D0E1F2A3B4C5D6@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM",
   extra=["X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: daniel.harris@harrisimports.example"],
   kind="auto_reply", case_ref="YW-2026-00405", language="en",
   must=["out of the office until Monday 20 April"],
   notes="Outlook out-of-office with X-Auto-Response-Suppress; the colleague's name, phone and e-mail are nobody's")

# e4en-17: merchant helpdesk auto-acknowledgement without headers; "This is an automated response".
gmail("e4en-17.eml", "Sunrise Crafts Support", "support@sunrisecrafts.example", "Re: [YW-2026-00407] Complaint about order SC-2210",
   "This is an automated response. Your request has been received and a ticket (#558120) has been created.\n\n"
   "Our customer service team will reply within 48 hours. Please do not reply to this message.\n\n"
   "Sunrise Crafts Co., Ltd.\n"
   "Tel: +86 579 8555 3301\n",
   "Thu, 16 Apr 2026 11:02:17 +0800", "CAP7autoSunrise2Rf4Sg6Th8Ui0Vj2Wk4Xl6Ym8Zn0Ao2@mail.gmail.com",
   kind="auto_reply", case_ref="YW-2026-00407", language="en",
   must=["This is an automated response"],
   notes="Ticket acknowledgement with a Re: subject and no auto-reply header; its order number, ticket and phone are nobody's")

# e4en-18: Exchange NDR in English, returned headers hold the case ref.
date18 = "Fri, 17 Apr 2026 02:40:11 +0000"
b18 = "_NDR_4e5f6a7b8c9d"
body18 = ("This is a multi-part message in MIME format.\r\n\r\n"
          "--%s\r\nContent-Type: multipart/alternative; boundary=\"%s_alt\"\r\n\r\n"
          "--%s_alt\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
          "Your message to sales@jinxiutoys.example couldn't be delivered.\r\n\r\n"
          "jinxiutoys.example couldn't be found. The domain may be misspelled or it may not exist.\r\n\r\n"
          "sales    Office 365    jinxiutoys.example\r\n"
          "Action Required                         Recipient\r\n\r\n"
          "Unknown To address\r\n\r\n"
          "How to Fix It\r\n"
          "Check the recipient's email address and resend the message.\r\n\r\n"
          "--%s_alt\r\nContent-Type: text/html; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
          "<html><body><p>Your message to sales@jinxiutoys.example couldn't be delivered.</p>"
          "<p>jinxiutoys.example couldn't be found. The domain may be misspelled or it may not exist.</p></body></html>\r\n\r\n"
          "--%s_alt--\r\n\r\n"
          "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns;SG2PR06MB5521.apcprd06.prod.outlook.com\r\n"
          "Received-From-MTA: dns;mx1.yweca.org.example\r\n"
          "Arrival-Date: Fri, 17 Apr 2026 02:40:09 +0000\r\n\r\n"
          "Final-Recipient: rfc822;sales@jinxiutoys.example\r\n"
          "Action: failed\r\n"
          "Status: 5.4.310\r\n"
          "Diagnostic-Code: smtp;550 5.4.310 DNS domain jinxiutoys.example does not exist\r\n\r\n"
          "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n"
          "From: tousu@yweca.org.example\r\n"
          "To: sales@jinxiutoys.example\r\n"
          "Subject: [YW-2026-00409] Complaint from Kumar Traders, please respond\r\n"
          "Date: Fri, 17 Apr 2026 10:40:05 +0800\r\n"
          "Message-ID: <fw-YW-2026-00409@yweca.org.example>\r\n\r\n"
          "--%s--\r\n") % (b18, b18, b18, b18, b18, b18, b18, b18)
hdr = [received("APC01-SG2-obe.outbound.protection.outlook.com", "203.0.113.77", date18),
       "From: Microsoft Outlook <postmaster@outlook.com>", "To: " + STATION,
       "Subject: Undeliverable: [YW-2026-00409] Complaint from Kumar Traders, please respond",
       "Date: " + date18, "Message-ID: <7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@SG2PR06MB5521.apcprd06.prod.outlook.com>",
       "Auto-Submitted: auto-replied", "Content-Language: en-US"]
raw("e4en-18.eml", hdr, "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"%s\"\r\n" % b18, body18,
    "Undeliverable: [YW-2026-00409] Complaint from Kumar Traders, please respond", ("Microsoft Outlook", "postmaster@outlook.com"),
    "bounce", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@SG2PR06MB5521.apcprd06.prod.outlook.com", "en",
    case_ref="YW-2026-00409", must=["couldn't be delivered"],
    notes="Office 365 NDR with a nested multipart/alternative human part; no attachments")

# e4en-19: Yahoo bounce (plain text, no delivery-status part), case ref in the returned text.
date19 = "Sat, 18 Apr 2026 05:12:33 +0000"
text19 = ("Sorry, we were unable to deliver your message to the following address.\n\n"
          "<m.santos_1988@yahoo.example>:\n"
          "554: delivery error: dd This user doesn't have a yahoo.com account (m.santos_1988@yahoo.example) [0] - mta1234.mail.gq1.yahoo.com\n\n"
          "--- Below this line is a copy of the message.\n\n"
          "Received: from mx1.yweca.org.example (mx1.yweca.org.example [198.51.100.10])\n"
          " by mta1234.mail.gq1.yahoo.com with SMTP; Sat, 18 Apr 2026 05:12:31 +0000\n"
          "From: tousu@yweca.org.example\n"
          "To: m.santos_1988@yahoo.example\n"
          "Subject: [YW-2026-00411] Please send your phone number\n"
          "Date: Sat, 18 Apr 2026 13:12:29 +0800\n\n"
          "Dear Ms Santos,\n"
          "Please send us a phone number where we can reach you. The merchant's number is +86 579 8555 7000.\n")
hdr = [received("sonic301-21.consmr.mail.gq1.yahoo.com", "203.0.113.121", date19),
       "From: MAILER-DAEMON@yahoo.com", "To: " + STATION, "Subject: Failure Notice", "Date: " + date19,
       "Message-ID: <1713417153.5521.yahoo.bounce@mta1234.mail.gq1.yahoo.com>"]
ct, body = single(text19, "us-ascii", "7bit")
raw("e4en-19.eml", hdr, ct, body, "Failure Notice", ("", "mailer-daemon@yahoo.com"), "bounce",
    "1713417153.5521.yahoo.bounce@mta1234.mail.gq1.yahoo.com", "en", case_ref="YW-2026-00411",
    must=["unable to deliver your message"],
    notes="Yahoo plain-text Failure Notice from MAILER-DAEMON; case reference only in the copied message; its phone is nobody's")

# e4en-20: SEO spam.
gmail("e4en-20.eml", "Jessica Miller", "jessica.seoexpert2026@gmail.com", "Re: Website ranking on Google",
   "Hi,\n\n"
   "I was checking your website yweca.org.example and noticed it is not ranking on the first page of Google for "
   "many important keywords. We are an SEO agency and can bring your website to the top 3 positions within "
   "90 days. Our packages start at only $199 per month.\n\n"
   "If you are interested, please reply and I will send you our price list and a free audit report.\n\n"
   "Thanks & Regards,\n"
   "Jessica Miller\n"
   "Digital Marketing Executive\n",
   "Sun, 19 Apr 2026 04:17:00 +0000", "CAQ9seoSpam4Sg6Th8Ui0Vj2Wk4Xl6Ym8Zn0Ao2Bp4@mail.gmail.com",
   kind="spam", language="en",
   must=["first page of Google"],
   notes="SEO cold mail with a fake Re: subject from a Gmail account, no bulk headers; its name and price are nobody's")

# e4en-21: verified buyers list spam.
outlook("e4en-21.eml", "Global Trade Data", "info@globaltradeleads.example", "Verified buyers list - 50,000 importers in Africa and the Middle East",
   "Dear Business Owner,\n\n"
   "We are offering an updated and verified buyers list of 50,000 importers and wholesalers in Africa and the "
   "Middle East, with contact person, email and phone number.\n\n"
   "Special price this week: USD 99 only (regular price USD 299).\n\n"
   "Reply \"YES\" to get a free sample of 100 contacts.\n\n"
   "To unsubscribe, reply with \"REMOVE\".\n",
   "Sun, 19 Apr 2026 09:00:00 +0000", "MW4PR18MB5522B8C9D0E1F2A3B4C5D6E7@MW4PR18MB5522.namprd18.prod.outlook.com",
   extra=["List-Unsubscribe: <mailto:remove@globaltradeleads.example>"],
   kind="spam", language="en",
   must=["verified buyers list"],
   notes="English data-list spam with List-Unsubscribe; its price is no order amount")

# e4en-22: factory advertising from a supplier.
gmail("e4en-22.eml", "Linda Chen", "linda.yiwucrafts@gmail.com", "Professional Christmas decoration manufacturer - factory price",
   "Dear Purchasing Manager,\n\n"
   "Glad to hear that you are on the market for Christmas decorations. We are a professional manufacturer in "
   "Yiwu with 15 years of experience, supplying Walmart and Carrefour.\n\n"
   "MOQ: 500 pcs, OEM welcome, free samples.\n"
   "Website: https://yiwu-xmasdecor.en.alibaba.com\n"
   "WhatsApp: +86 158 5796 1123\n\n"
   "Looking forward to your inquiry.\n\n"
   "Best regards,\n"
   "Linda Chen\n"
   "Yiwu Xinyue Crafts Co., Ltd.\n",
   "Mon, 20 Apr 2026 08:30:00 +0800", "CAR1adSupplier6Th8Ui0Vj2Wk4Xl6Ym8Zn0Ao2Bp4Cq6@mail.gmail.com",
   kind="spam", language="en",
   must=["professional manufacturer"],
   notes="Supplier cold advertising ('Glad to hear that you are on the market'); its URL, phone and company are nobody's")

# e4en-23: inquiry: how to verify a supplier.
gmail("e4en-23.eml", "Samuel Otieno", "samuel.otieno.ke@gmail.com", "How to verify a supplier in Yiwu before paying?",
   "Hello,\n\n"
   "I am planning to import kitchen utensils from Yiwu for the first time. How can I check that a trading "
   "company is real before I pay a deposit? Can your office confirm whether a company is registered in Yiwu, "
   "and do you charge for this?\n\n"
   "Thank you in advance.\n\n"
   "Samuel Otieno\n",
   "Mon, 20 Apr 2026 10:45:21 +0300", "CAS3otienoKe8Ui0Vj2Wk4Xl6Ym8Zn0Ao2Bp4Cq6Dr8@mail.gmail.com",
   kind="inquiry", language="en",
   comp={"name": "Samuel Otieno"},
   must=["check that a trading company is real"],
   notes="Inquiry about verifying suppliers, no dispute and no merchant named")

# e4en-24: inquiry about customs rules, Indian phone without +91 (not normalised).
outlook("e4en-24.eml", "Arjun Mehta", "arjun.mehta@outlook.com", "Question about customs rules for samples",
   "Dear Sir,\n\n"
   "I would like to know if the station can advise on Chinese export customs rules. My supplier says samples "
   "of battery-powered toys cannot be sent by express. Is this true, and whom should I ask?\n\n"
   "Regards,\n"
   "Arjun Mehta\n"
   "Mob: 98450 12345\n",
   "Tue, 21 Apr 2026 12:05:44 +0530", "PN2PR01MB9921C9D0E1F2A3B4C5D6E7F8@PN2PR01MB9921.INDPRD01.PROD.OUTLOOK.COM",
   kind="inquiry", language="en",
   comp={"name": "Arjun Mehta"},
   must=["battery-powered toys"],
   notes="Customs inquiry; an Indian mobile without +91 is not normalised (only Chinese numbers are)")

# e4en-25: HTML-only US complaint (Outlook desktop), PO # and Invoice No.
html25 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
          "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)\">"
          "Hello,<br><br>"
          "Our company ordered 1,500 yoga mats from Yiwu Kangli Sporting Goods Co., Ltd. The mats smell strongly of "
          "chemicals and fail our safety test. The supplier refuses to take them back.<br><br>"
          "PO #: 4500123987<br>"
          "Invoice No.: KL-INV-2026-031<br>"
          "Total: US$ 5,625.00<br>"
          "Supplier contact: Jason Wu, +86 579 8555 9012<br><br>"
          "Best,<br>"
          "Michelle Carter<br>"
          "Purchasing, Evergreen Fitness Inc.<br>"
          "+1 212-555-0147<br>"
          "350 Fifth Avenue, Suite 4100, New York, NY 10118"
          "</div></body></html>")
outlook("e4en-25.eml", "Michelle Carter", "mcarter@evergreenfit.example", "Yoga mats fail safety test", html25,
   "Tue, 21 Apr 2026 15:22:08 -0400", "BN8PR12MB3345D0E1F2A3B4C5D6E7F8A9@BN8PR12MB3345.namprd12.prod.outlook.com",
   html_only=True,
   kind="complaint", language="en",
   comp={"name": "Michelle Carter", "phones": ["+12125550147"], "address": "350 Fifth Avenue, Suite 4100, New York, NY 10118"},
   resp={"name": "Yiwu Kangli Sporting Goods Co., Ltd.", "phones": ["+8657985559012"]},
   order={"number": "4500123987", "amount": "5625.00", "currency": "USD"},
   must=["fail our safety test"],
   notes="HTML-only Outlook with <br> lines; PO # is the order and Invoice No. is not; +1 212-555-0147; US street address")

# e4en-26: team/company signature, no personal name anywhere.
gmail("e4en-26.eml", "Sourcing Team", "sourcing.team.sunrise@gmail.com", "Complaint: Yiwu Huacai Packaging shipped wrong size boxes",
   "Dear Sir/Madam,\n\n"
   "We ordered 10,000 gift boxes from Yiwu Huacai Packaging Co., Ltd. (https://huacaipack.en.alibaba.com). "
   "All boxes are 2 cm smaller than the approved sample, so our products do not fit.\n\n"
   "Order No.: HC-2603-5567\n"
   "Amount paid: USD 3,480.00\n\n"
   "Please contact us on +44 20 7946 0321.\n\n"
   "Best regards,\n"
   "Procurement Department\n"
   "Sunrise Imports Ltd.\n",
   "Wed, 22 Apr 2026 10:01:55 +0100", "CAT5teamSig0Vj2Wk4Xl6Ym8Zn0Ao2Bp4Cq6Dr8Es0@mail.gmail.com",
   kind="complaint", language="en",
   comp={"phones": ["+442079460321"]},
   resp={"name": "Yiwu Huacai Packaging Co., Ltd.", "urls": ["https://huacaipack.en.alibaba.com"]},
   order={"number": "HC-2603-5567", "amount": "3480.00", "currency": "USD"},
   missing=["complainant_name"],
   must=["2 cm smaller"],
   notes="Department and company signature and a team From name: no personal name anywhere")

# e4en-27: Gmail forward of the supplier's refusal; supplier signature in the forwarded part counts.
gmail("e4en-27.eml", "Fatima Bello", "fatima.bello.kano@gmail.com", "Fwd: RE: Refund request for order YX-5520",
   "Dear Sir,\n\n"
   "Please see below the reply from the supplier. They refuse to refund USD 1,120.00 for 400 damaged water "
   "bottles. I am Fatima Bello, my number is +234 806 555 2210.\n\n"
   "---------- Forwarded message ---------\n"
   "From: Yuki Xu <sales@yuxin-bottles.example>\n"
   "Date: Tue, Apr 21, 2026 at 9:14 AM\n"
   "Subject: RE: Refund request for order YX-5520\n"
   "To: Fatima Bello <fatima.bello.kano@gmail.com>\n\n\n"
   "Dear Fatima,\n\n"
   "We checked the photos. The damage happened during shipping, so our company is not responsible. "
   "Please claim from your forwarder.\n\n"
   "Best regards,\n"
   "Yuki Xu\n"
   "Yiwu Yuxin Bottle Co., Ltd.\n"
   "Tel: +86 579 8555 4410\n"
   "Web: https://yuxinbottle.en.alibaba.com\n",
   "Wed, 22 Apr 2026 13:37:00 +0100", "CAU7fwdBello2Wk4Xl6Ym8Zn0Ao2Bp4Cq6Dr8Es0Ft2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Fatima Bello", "phones": ["+2348065552210"]},
   resp={"name": "Yiwu Yuxin Bottle Co., Ltd.", "urls": ["https://yuxinbottle.en.alibaba.com"], "phones": ["+8657985554410"]},
   order={"number": "YX-5520", "amount": "1120.00", "currency": "USD"},
   must=["not responsible"],
   notes="Gmail Fwd: of the supplier's refusal; the merchant's signature in the forwarded part counts; order number only in 'order YX-5520'")

# e4en-28: European buyer, EUR with decimal comma (€1.200,00).
outlook("e4en-28.eml", "Jonas Becker", "jonas.becker@outlook.example", "Complaint: ceramic mugs broken, supplier Yiwu Taoran Ceramics",
   "Hello,\n\n"
   "I ordered 600 ceramic mugs from Yiwu Taoran Ceramics. 180 arrived broken because the cartons had no inner "
   "dividers. I paid \u20ac1.200,00 by bank transfer. The vendor offers a refund of \u20ac100,00 only.\n\n"
   "Order No.: TR-26-0415\n"
   "Vendor email: sales@taoranceramics.example\n\n"
   "With kind regards\n"
   "Jonas Becker\n"
   "Tel. +49 151 5550 2299\n",
   "Thu, 23 Apr 2026 09:12:40 +0200", "FR2P281MB1123E1F2A3B4C5D6E7F8A9B0@FR2P281MB1123.DEUP281.PROD.OUTLOOK.COM",
   cs="windows-1252",
   kind="complaint", language="en",
   comp={"name": "Jonas Becker", "phones": ["+4915155502299"]},
   resp={"name": "Yiwu Taoran Ceramics"},
   order={"number": "TR-26-0415", "amount": "1200.00", "currency": "EUR"},
   missing=["respondent_contact"],
   must=["no inner dividers"],
   notes="German buyer, windows-1252: \u20ac1.200,00 with a decimal comma; the refund offered is not the amount; a vendor e-mail is no URL, phone or address")

# e4en-29: Nigerian local number without +234 must not become a Chinese landline.
gmail("e4en-29.eml", "Blessing Adeyemi", "blessing.adeyemi@gmail.com", "Seller sent wrong wigs",
   "Good afternoon,\n\n"
   "I bought 20 wigs from Yiwu Meifa Hair Factory on Alibaba (https://meifahair.en.alibaba.com). They sent "
   "short bob wigs instead of the long straight ones I ordered and now ask me to pay for the return shipping.\n\n"
   "Order ID: 2210987734561209\n"
   "Amount: $1,340\n\n"
   "Thank you.\n"
   "Blessing Adeyemi\n"
   "Phone: 0803 555 0917\n",
   "Thu, 23 Apr 2026 15:50:00 +0100", "CAV9adeyemi4Xl6Ym8Zn0Ao2Bp4Cq6Dr8Es0Ft2Gu4@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Blessing Adeyemi"},
   resp={"name": "Yiwu Meifa Hair Factory", "urls": ["https://meifahair.en.alibaba.com"]},
   order={"number": "2210987734561209", "amount": "1340.00", "currency": "USD"},
   missing=["complainant_phone"],
   must=["short bob wigs"],
   notes="Nigerian mobile 0803 555 0917 without +234: not Chinese, no country code, so not normalised (and not a Chinese landline)")

# e4en-30: Gulf buyer, +966 and 'Thanks and best regards', refund asked bigger than partial.
gmail("e4en-30.eml", "Omar Al-Harbi", "omar.alharbi.ksa@gmail.com", "Complaint about Yiwu Shengda Luggage",
   "Dear Yiwu Consumer Office,\n\n"
   "My name is Omar Al-Harbi from Riyadh. Yiwu Shengda Luggage Co., Ltd. shipped 250 suitcases with broken "
   "wheels. The seller on Made-in-China (https://shengdaluggage.en.made-in-china.com/product/xYzAbCdEfGh/China-Trolley-Case.html) "
   "stopped answering.\n\n"
   "Invoice No. SD-INV-0412\n"
   "Total amount: USD 7,250.00\n\n"
   "Thanks and best regards,\n"
   "Omar Al-Harbi\n"
   "WhatsApp: +966 55 555 1290\n",
   "Fri, 24 Apr 2026 19:03:12 +0300", "CAW1alharbi6Ym8Zn0Ao2Bp4Cq6Dr8Es0Ft2Gu4Hv6@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Omar Al-Harbi", "phones": ["+966555551290"]},
   resp={"name": "Yiwu Shengda Luggage Co., Ltd.",
         "urls": ["https://shengdaluggage.en.made-in-china.com/product/xYzAbCdEfGh/China-Trolley-Case.html"]},
   order={"amount": "7250.00", "currency": "USD"},
   must=["broken wheels"],
   notes="Saudi buyer; hyphenated Arabic name; made-in-china product URL; only an invoice number, which is no order number")

# e4en-31: Indian buyer, dashes in +91, (M) label, Vendor name label, USD1,250 with no space.
gmail("e4en-31.eml", "Priya Sharma", "priya.sharma.blr@gmail.com", "Complaint regarding defective hair dryers",
   "Respected Sir/Madam,\n\n"
   "I am Priya, proprietor of a salon supply shop in Bengaluru. The hair dryers I imported stop working after "
   "two or three uses.\n\n"
   "Vendor name: Yiwu Huixin Electric Appliance Co., Ltd.\n"
   "Alibaba store: https://huixinelectric.en.alibaba.com/minisiteentrance.html\n"
   "Order ID: 2711938845602217\n"
   "Amount: USD1,250\n\n"
   "Kindly do the needful.\n\n"
   "Thanks and Regards\n"
   "Priya Sharma\n"
   "(M) +91-98450-12345\n",
   "Sat, 25 Apr 2026 11:11:11 +0530", "CAX3sharmaBlr8Zn0Ao2Bp4Cq6Dr8Es0Ft2Gu4Hv6Iw8@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Priya Sharma", "phones": ["+919845012345"]},
   resp={"name": "Yiwu Huixin Electric Appliance Co., Ltd.", "urls": ["https://huixinelectric.en.alibaba.com/minisiteentrance.html"]},
   order={"number": "2711938845602217", "amount": "1250.00", "currency": "USD"},
   must=["stop working after two or three uses"],
   notes="Indian English: I am Priya + fuller signature; Thanks and Regards without comma; (M) label; +91 with dashes; Vendor name label")

# e4en-32: complaint 'against' a Trading Company, Outlook.
outlook("e4en-32.eml", "Peter Mwangi", "peter.mwangi@kenyaimports.example", "Formal complaint against Golden Dragon Trading Company",
   "Dear Sir,\n\n"
   "I want to file a formal complaint against Golden Dragon Trading Company of Yiwu. We paid USD 5,400.00 in "
   "January for 900 school bags and have received nothing. Their sales manager Ms. Lily Wang now ignores our calls "
   "and messages.\n\n"
   "Order No. GD-2601-044\n"
   "Company phone: +86 579 8555 6021\n"
   "Company address: Room 1203, Jinhui Building, Chouzhou North Road, Yiwu\n\n"
   "Peter Mwangi | Director\n"
   "Kenya Imports Ltd.\n"
   "Phone: +254 733 555 902\n",
   "Sun, 26 Apr 2026 09:44:40 +0300", "DU2PR04MB8813A1B2C3D4E5F6A7B8C9D0@DU2PR04MB8813.eurprd04.prod.outlook.com",
   kind="complaint", language="en",
   comp={"name": "Peter Mwangi", "phones": ["+254733555902"]},
   resp={"name": "Golden Dragon Trading Company", "phones": ["+8657985556021"],
         "address": "Room 1203, Jinhui Building, Chouzhou North Road, Yiwu"},
   order={"number": "GD-2601-044", "amount": "5400.00", "currency": "USD"},
   must=["have received nothing"],
   notes="'complaint against X Trading Company'; the merchant's sales manager is nobody's name; pipe signature with title; own Ltd. in the signature")

# e4en-33: consumer reply supplying merchant phone and link in sentences, quoted history with other details.
gmail("e4en-33.eml", "Hannah Schmidt", "hannah.schmidt.hh@gmail.com", "Re: [YW-2026-00415] We need the merchant's details",
   "Hi,\n\n"
   "The seller's WhatsApp is +86 188 5792 1100 and the shop link is https://sunnyhome-gifts.en.alibaba.com .\n\n"
   "Thanks,\n"
   "Hannah\n\n"
   "On Fri, Apr 24, 2026 at 10:02 AM Yiwu E-Commerce Association <tousu@yweca.org.example> wrote:\n"
   "> Dear Ms Schmidt,\n"
   "> Thank you for your complaint about the candle holders (order 5520198834, EUR 640.00).\n"
   "> Please send us the merchant's phone number or shop link.\n"
   "> Tel: +86 579 8520 0000\n",
   "Sun, 26 Apr 2026 12:20:00 +0200", "CAY5schmidtHh0Ao2Bp4Cq6Dr8Es0Ft2Gu4Hv6Iw8Jx0@mail.gmail.com",
   kind="reply", case_ref="YW-2026-00415", language="en",
   comp={"name": "Hannah Schmidt"},
   resp={"urls": ["https://sunnyhome-gifts.en.alibaba.com"], "phones": ["+8618857921100"]},
   must=["The seller's WhatsApp"], mustnot=["candle holders"],
   notes="Reply supplying the merchant's WhatsApp and link in one sentence; URL before ' .'; order and amount only in the quote")

# e4en-34: Outlook Out of Office with Auto-Submitted, subject 'Out of Office:'.
outlook("e4en-34.eml", "Kwame Owusu", "kwame.owusu@ghanatrade.example", "Out of Office: [YW-2026-00420] Your complaint has been registered",
   "Hello,\n\n"
   "I am on annual leave from 20 April to 4 May 2026. During this period I will have no access to email.\n\n"
   "For anything urgent, please WhatsApp me on +233 24 555 0102.\n\n"
   "Regards,\nKwame\n",
   "Mon, 27 Apr 2026 06:00:00 +0000", "AS8PR07MB7734B2C3D4E5F6A7B8C9D0E1@AS8PR07MB7734.eurprd07.prod.outlook.com",
   extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
   kind="auto_reply", case_ref="YW-2026-00420", language="en",
   must=["annual leave"],
   notes="Out of Office: subject with Auto-Submitted; the WhatsApp number is nobody's")

# e4en-35: advance-fee scam.
gmail("e4en-35.eml", "Mr. John Williams", "johnwilliams.barrister@gmail.com", "URGENT BUSINESS PROPOSAL",
   "Dear Friend,\n\n"
   "I am Barrister John Williams, the personal attorney to a late client who died with his family in a car accident, "
   "leaving the sum of USD 10,500,000.00 in a bank account with no next of kin. I seek your consent to present you "
   "as the beneficiary so that the funds can be transferred to you, and we share 50/50.\n\n"
   "Reply with your full name, phone number and address to proceed.\n\n"
   "Yours faithfully,\n"
   "Barrister John Williams\n"
   "+44 7700 900 555\n",
   "Mon, 27 Apr 2026 02:33:10 +0000", "CAZ7scam419Bp4Cq6Dr8Es0Ft2Gu4Hv6Iw8Jx0Ky2@mail.gmail.com",
   kind="spam", language="en",
   must=["next of kin"],
   notes="Advance-fee scam: spam; its name, phone and sum are nobody's")

# e4en-36: inquiry about Amazon sellers, NANP phone with +1 and parentheses.
outlook("e4en-36.eml", "Carlos Rivera", "carlos.rivera@outlook.com", "Do you handle Amazon sellers based in Yiwu?",
   "Hello,\n\n"
   "Does your station handle complaints about Amazon sellers that are registered in Yiwu, or only about shops on "
   "Chinese platforms? I have not bought anything yet, I just want to know before I place a big order.\n\n"
   "Thank you,\n"
   "Carlos Rivera\n"
   "+1 (347) 555-0198\n",
   "Mon, 27 Apr 2026 14:05:05 -0400", "BL1PR11MB5523C3D4E5F6A7B8C9D0E1F2@BL1PR11MB5523.namprd11.prod.outlook.com",
   kind="inquiry", language="en",
   comp={"name": "Carlos Rivera", "phones": ["+13475550198"]},
   must=["before I place a big order"],
   notes="Scope inquiry; +1 (347) 555-0198; no merchant")

# e4en-37: refund asked first, paid amount after.
gmail("e4en-37.eml", "Aisha Khan", "aisha.khan.lhr@gmail.com", "Refund request - Yiwu Xingchen Jewelry",
   "Hello,\n\n"
   "I am asking for a refund of USD 500 out of the USD 2,000.00 I paid to Yiwu Xingchen Jewelry Co., Ltd. for "
   "1,000 necklaces, because 250 of them are tarnished.\n\n"
   "Order #: XC-88120\n"
   "Seller email: xingchen@jewelry-yw.example\n"
   "Seller phone: 0579-85553921\n\n"
   "Regards,\n"
   "Aisha Khan\n"
   "+92 321 555 0011\n",
   "Tue, 28 Apr 2026 10:10:10 +0500", "CAa9khanLhr4Cq6Dr8Es0Ft2Gu4Hv6Iw8Jx0Ky2Lz4@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Aisha Khan", "phones": ["+923215550011"]},
   resp={"name": "Yiwu Xingchen Jewelry Co., Ltd.", "phones": ["+8657985553921"]},
   order={"number": "XC-88120", "amount": "2000.00", "currency": "USD"},
   must=["250 of them are tarnished"],
   notes="The refund asked comes before the amount paid; the paid amount is the order amount")

# e4en-38: Exim bounce in plain text.
date38 = "Tue, 28 Apr 2026 03:03:03 +0000"
text38 = ("This message was created automatically by mail delivery software.\n\n"
          "A message that you sent could not be delivered to one or more of its\n"
          "recipients. This is a permanent error. The following address(es) failed:\n\n"
          "  orders@xingchen-jewelry.example\n"
          "    host mx.xingchen-jewelry.example [192.0.2.44]\n"
          "    SMTP error from remote mail server after RCPT TO:<orders@xingchen-jewelry.example>:\n"
          "    550 5.1.1 User unknown\n\n"
          "------ This is a copy of the message, including all the headers. ------\n\n"
          "From: tousu@yweca.org.example\n"
          "To: orders@xingchen-jewelry.example\n"
          "Subject: [YW-2026-00418] Complaint from a buyer, please reply within 5 days\n"
          "Date: Tue, 28 Apr 2026 11:03:00 +0800\n\n"
          "Dear merchant,\nA buyer has complained about order XC-88120. Please call us on 0579-85200000.\n")
hdr = [received("mx.hostingco.example", "203.0.113.44", date38),
       "From: Mail Delivery System <Mailer-Daemon@hostingco.example>", "To: " + STATION,
       "Subject: Mail delivery failed: returning message to sender", "Date: " + date38,
       "Message-ID: <E1wXyZa-0001Bc-Qr@mx.hostingco.example>", "Auto-Submitted: auto-replied", "X-Failed-Recipients: orders@xingchen-jewelry.example"]
ct, body = single(text38, "us-ascii", "7bit")
raw("e4en-38.eml", hdr, ct, body, "Mail delivery failed: returning message to sender",
    ("Mail Delivery System", "mailer-daemon@hostingco.example"), "bounce",
    "E1wXyZa-0001Bc-Qr@mx.hostingco.example", "en", case_ref="YW-2026-00418",
    must=["could not be delivered"],
    notes="Exim plain-text bounce; case reference in the copied message; its order number and phone are nobody's")

# e4en-39: complainant gives an e-mail and WhatsApp in a sentence; Philippine landline.
gmail("e4en-39.eml", "Jose Reyes", "jreyes.cebu@gmail.com", "Supplier sent expired cosmetics",
   "Good day!\n\n"
   "We are a small store in Cebu. Yiwu Bella Cosmetics Trading Co., Ltd. sent us 300 lipsticks that expired last "
   "year. The seller on Alibaba (https://bellacosmetics.en.alibaba.com) says all sales are final.\n\n"
   "We paid USD 870.00 through Trade Assurance, order 2980114736620145.\n\n"
   "You can reach me at jose.reyes.store@yahoo.example or on WhatsApp +63 917 555 8841. Our office line is "
   "+63 32 555 1234.\n\n"
   "Salamat,\n"
   "Jose Reyes\n",
   "Wed, 29 Apr 2026 16:16:16 +0800", "CAb1reyesCeb6Dr8Es0Ft2Gu4Hv6Iw8Jx0Ky2Lz4Ma6@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Jose Reyes", "phones": ["+639175558841", "+63325551234"], "emails": ["jose.reyes.store@yahoo.example"]},
   resp={"name": "Yiwu Bella Cosmetics Trading Co., Ltd.", "urls": ["https://bellacosmetics.en.alibaba.com"]},
   order={"number": "2980114736620145", "amount": "870.00", "currency": "USD"},
   must=["expired last year"],
   notes="Philippines: e-mail and WhatsApp in 'You can reach me at' sentence; office landline; 'order <number>' in a sentence; Salamat closing")

# e4en-40: English reply with -----Original Message----- and the template answered inline under labels.
outlook("e4en-40.eml", "Nadia Rahman", "nadia.rahman.dhaka@outlook.com", "RE: [YW-2026-00416] Complaint received - details needed",
   "Name: Nadia Rahman\n"
   "Phone: +880 1711 555 234\n"
   "Merchant: Yiwu Qiaoyi Garments Factory\n"
   "Shop link or merchant phone: https://qiaoyigarments.1688.com\n\n"
   "-----Original Message-----\n"
   "From: Yiwu E-Commerce Association <tousu@yweca.org.example>\n"
   "Sent: Wednesday, April 29, 2026 3:00 PM\n"
   "To: nadia.rahman.dhaka@outlook.com\n"
   "Subject: [YW-2026-00416] Complaint received - details needed\n\n"
   "Dear consumer,\n"
   "Your complaint is registered as YW-2026-00416. Please reply with:\n"
   "Name:\nPhone:\nMerchant:\nShop link or merchant phone:\n",
   "Thu, 30 Apr 2026 09:09:09 +0600", "KL1PR01MB5511D4E5F6A7B8C9D0E1F2A3@KL1PR01MB5511.apcprd01.prod.outlook.com",
   kind="reply", case_ref="YW-2026-00416", language="en",
   comp={"name": "Nadia Rahman", "phones": ["+8801711555234"]},
   resp={"name": "Yiwu Qiaoyi Garments Factory", "urls": ["https://qiaoyigarments.1688.com"]},
   must=["Yiwu Qiaoyi Garments Factory"], mustnot=["Please reply with"],
   notes="Outlook top-posted template answer without greeting; Bangladesh +880; the empty template in the quote takes nothing")

# e4en-41: Outlook HTML-only with a table signature.
html41 = ("<html><body><p>Dear Sir or Madam,</p>"
          "<p>We received 48 cartons of artificial flowers from <b>Yiwu Huayu Artificial Flower Factory</b> and the colours are "
          "completely different from the approved sample. The supplier refuses to compensate.</p>"
          "<p>Purchase order: PO-77310<br>Invoice amount: USD 3,960.00</p>"
          "<p>Best regards,</p>"
          "<table><tr><td><b>Sophie Laurent</b></td></tr><tr><td>Buyer, Maison Fleurie SARL</td></tr>"
          "<tr><td>T: +33 1 55 55 01 23</td></tr><tr><td>12 Rue de la Paix, 75002 Paris, France</td></tr></table>"
          "</body></html>")
outlook("e4en-41.eml", "Sophie Laurent", "s.laurent@maisonfleurie.example", "Wrong colours - artificial flowers", html41,
   "Thu, 30 Apr 2026 17:17:17 +0200", "PR1P264MB3312E5F6A7B8C9D0E1F2A3B4@PR1P264MB3312.FRAP264.PROD.OUTLOOK.COM",
   html_only=True,
   kind="complaint", language="en",
   comp={"name": "Sophie Laurent", "phones": ["+33155550123"], "address": "12 Rue de la Paix, 75002 Paris, France"},
   resp={"name": "Yiwu Huayu Artificial Flower Factory"},
   order={"number": "PO-77310", "amount": "3960.00", "currency": "USD"},
   missing=["respondent_contact"],
   must=["completely different from the approved sample"],
   notes="HTML-only Outlook with a table signature (name, title, T: phone, street); Purchase order label")

# e4en-42: UK buyer with +44 (0) form and a 'The supplier is ...' sentence.
gmail("e4en-42.eml", "Ben Carter", "ben.carter.leeds@gmail.com", "Complaint - missing cartons",
   "Hi,\n\n"
   "The supplier is Yiwu Tiansheng Crafts, their shop is https://tianshengcrafts.en.alibaba.com. Only 8 of the "
   "12 cartons arrived and they will not send the rest.\n\n"
   "Order ref: TS/2026/118\n"
   "Total paid: US$ 1,644.00\n\n"
   "Cheers,\n"
   "Ben Carter\n"
   "+44 (0) 7700 900 342\n",
   "Fri, 01 May 2026 08:08:08 +0100", "CAc3carterLds8Es0Ft2Gu4Hv6Iw8Jx0Ky2Lz4Ma6Nb8@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Ben Carter", "phones": ["+447700900342"]},
   resp={"name": "Yiwu Tiansheng Crafts", "urls": ["https://tianshengcrafts.en.alibaba.com"]},
   order={"number": "TS/2026/118", "amount": "1644.00", "currency": "USD"},
   must=["Only 8 of the 12 cartons"],
   notes="'The supplier is X, their shop is URL'; +44 (0) form; order ref with slashes")

# e4en-43: company-only signature; the From display name is a person.
gmail("e4en-43.eml", "Musa Ibrahim", "musa.ibrahim.kano@gmail.com", "Wrong voltage on 200 blenders",
   "Dear Sir,\n\n"
   "We ordered 200 blenders (220V) from Yiwu Anke Household Appliances Co., Ltd. and received 110V units that "
   "cannot be used in Nigeria.\n\n"
   "Order No: AK-20260302-17\n"
   "Paid: USD 2,960.00\n"
   "Supplier WhatsApp: +86 150 5793 6612\n\n"
   "Kind regards,\n"
   "Sales Team\n"
   "Africa Home Imports Ltd\n"
   "+234 909 555 1877\n",
   "Fri, 01 May 2026 12:12:12 +0100", "CAd5ibrahimKan0Ft2Gu4Hv6Iw8Jx0Ky2Lz4Ma6Nb8Oc0@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Musa Ibrahim", "phones": ["+2349095551877"]},
   resp={"name": "Yiwu Anke Household Appliances Co., Ltd.", "phones": ["+8615057936612"]},
   order={"number": "AK-20260302-17", "amount": "2960.00", "currency": "USD"},
   must=["110V units"],
   notes="Team and own-company signature: the From display name is the personal name; Order No without a full stop")

# e4en-44: Yahoo reply with its attribution line and 'Sent from Yahoo Mail'.
date44 = "Sat, 02 May 2026 07:40:00 +0000"
text44 = ("Hello,\n\n"
          "My phone number is +1 718 555 0163. The shop is on Temu, I do not have a link, sorry.\n\n"
          "Maria\n\n"
          "Sent from Yahoo Mail on Android\n\n"
          "On Friday, May 1, 2026, 9:15 PM, Yiwu E-Commerce Association <tousu@yweca.org.example> wrote:\n\n"
          "Dear Ms Gonzalez,\n"
          "Your complaint about Bright Kids Toys (order 2209918837) is registered as YW-2026-00422. Please send your phone number.\n"
          "Tel: +86 579 8520 0000\n")
hdr = [received("sonic315-20.consmr.mail.bf2.yahoo.com", "203.0.113.115", date44),
       "Date: " + date44, "From: Maria Gonzalez <maria.gonzalez1990@yahoo.example>", "To: " + STATION,
       "Message-ID: <1357924680.112233.1777707600000@mail.yahoo.com>",
       "In-Reply-To: <ack-YW-2026-00422@yweca.org.example>",
       "Subject: Re: [YW-2026-00422] Please send your phone number", "X-Mailer: WebService/1.1.22256 YMailNorrin"]
b44 = "----=_Part_112233_445566.1777707600000"
ct, body = alt(text44, "UTF-8", "quoted-printable", b44)
raw("e4en-44.eml", hdr, ct, body, "Re: [YW-2026-00422] Please send your phone number",
    ("Maria Gonzalez", "maria.gonzalez1990@yahoo.example"), "reply",
    "1357924680.112233.1777707600000@mail.yahoo.com", "en", case_ref="YW-2026-00422",
    comp={"name": "Maria Gonzalez", "phones": ["+17185550163"]},
    must=["I do not have a link"], mustnot=["Bright Kids Toys"],
    notes="Yahoo Mail reply: attribution 'On Friday, May 1, 2026, 9:15 PM, … wrote:' without > quoting; the merchant and order are only in the quote")

# e4en-45: deposit only paid; balance not paid.
gmail("e4en-45.eml", "Yusuf Demir", "yusuf.demir.izm@gmail.com", "Factory will not ship after deposit",
   "Hello,\n\n"
   "We paid a 30% deposit of USD 1,500.00 to Yiwu Jiahe Textile Factory for 5,000 towels. The balance of "
   "USD 3,500.00 was due before shipment, but the factory now asks for a higher price and refuses to produce the "
   "order.\n\n"
   "Contract No.: JH-TR-0415\n"
   "Factory tel: 0579-85558802\n\n"
   "Best regards,\n"
   "Yusuf Demir\n"
   "0090 532 555 9043\n",
   "Sat, 02 May 2026 15:00:00 +0300", "CAe7demirIzm2Gu4Hv6Iw8Jx0Ky2Lz4Ma6Nb8Oc0Pd2@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Yusuf Demir", "phones": ["+905325559043"]},
   resp={"name": "Yiwu Jiahe Textile Factory", "phones": ["+8657985558802"]},
   order={"amount": "1500.00", "currency": "USD"},
   must=["asks for a higher price"],
   notes="Only the deposit was paid: that is the amount, not the unpaid balance; 0090 international prefix; a contract number is no order number")

# e4en-46: headerless English auto-acknowledgement from a company mailbox, no case ref.
outlook("e4en-46.eml", "Sunrise Trading", "info@sunrise-trading.example", "Thank you for contacting Sunrise Trading",
   "Dear Customer,\n\n"
   "Thank you for contacting Sunrise Trading. We have received your message and one of our team members will "
   "respond within 24 hours.\n\n"
   "This is an automatically generated email, please do not reply.\n\n"
   "Sunrise Trading Co., Ltd.\n"
   "Tel: +86 579 8555 0909\n",
   "Sat, 02 May 2026 16:20:00 +0800", "TY0PR01MB9922F6A7B8C9D0E1F2A3B4C5@TY0PR01MB9922.jpnprd01.prod.outlook.com",
   kind="auto_reply", language="en",
   must=["automatically generated email"],
   notes="Company auto-acknowledgement without headers or a case reference; its phone and company are nobody's")

# e4en-47: general refund question about Trade Assurance.
thunder("e4en-47.eml", "Liam O'Connor", "liam.oconnor@eircom.example", "How do Trade Assurance refunds work?",
   "Hello,\n\n"
   "Could you explain how a refund works for a Trade Assurance order when the goods are late? Do I have to ask \n"
   "Alibaba first or can your station help directly? I have no problem with any supplier at the moment, I am \n"
   "just preparing.\n\n"
   "Many thanks,\n"
   "Liam O'Connor\n",
   "Sun, 03 May 2026 10:30:00 +0100", "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@eircom.example",
   kind="inquiry", language="en",
   comp={"name": "Liam O'Connor"},
   must=["Trade Assurance order when the goods are late"],
   notes="General Trade Assurance refund question: an inquiry; Many thanks closing; apostrophe name")

# e4en-48: Turkish +90 (532) form, AliExpress 'store name:' label.
gmail("e4en-48.eml", "Elif Kaya", "elif.kaya.ank@gmail.com", "Complaint: fake brand watches",
   "Hello,\n\n"
   "I received 40 watches that are clearly fake, although the listing said original.\n\n"
   "Store name: TimeZone Watch Store\n"
   "Store link: https://www.aliexpress.com/store/912345678\n"
   "Order number: 8177220039145566\n"
   "Total: USD 1,080.00\n\n"
   "Thank you,\n"
   "Elif Kaya\n"
   "Tel: +90 (532) 555 44 21\n",
   "Sun, 03 May 2026 18:45:00 +0300", "CAf9kayaAnk4Hv6Iw8Jx0Ky2Lz4Ma6Nb8Oc0Pd2Qe4@mail.gmail.com",
   kind="complaint", language="en",
   comp={"name": "Elif Kaya", "phones": ["+905325554421"]},
   resp={"name": "TimeZone Watch Store", "urls": ["https://www.aliexpress.com/store/912345678"]},
   order={"number": "8177220039145566", "amount": "1080.00", "currency": "USD"},
   must=["clearly fake"],
   notes="Store name / Store link labels; +90 (532) with the area code in parentheses")

mailgen.save()
