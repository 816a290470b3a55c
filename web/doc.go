// Package web serves the station's complaint form: the page at
// /complaint (and /complaint/<station>), its checks, and what guards it
// from abuse — a CSRF token, a cross-origin check, a honeypot field,
// per-client and per-address rate limits, a body-size limit and uploads
// taken only as images or PDF judged by their content.
//
// The page is plain server-rendered HTML (html/template, embedded), in
// Chinese and English, with a small stylesheet and no JavaScript. Each
// field explains its own problem next to it; the items the station
// requires (policy.required) are asked for clearly, but a consumer who
// cannot give them may still submit, and the case then awaits them as a
// mail's would.
//
// web knows the form's fields and how to check them (with workflow's and
// analysis's rules: one home for each), and nothing of storage, mail or
// the desk: a submission leaves through Station.Submit, which
// cmd/redress wires to the desk. The HTTP listener, /healthz and
// /metrics are not web's either; cmd/redress mounts Handler beside them.
package web
