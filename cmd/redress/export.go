package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/yweca/redress/casefile"
	"github.com/yweca/redress/config"
)

const exportUsage = "usage: redress export -format csv|json [-since YYYY-MM-DD] [-station NAME] -config FILE"

// exportRow is one case in `redress export`: every extracted field, the
// state, the timestamps and the money recovered.
type exportRow struct {
	Ref                string   `json:"ref"`
	Kind               string   `json:"kind"`
	State              string   `json:"state"`
	CloseReason        string   `json:"close_reason"`
	Missing            []string `json:"missing"`
	Language           string   `json:"language"`
	Subject            string   `json:"subject"`
	Contact            string   `json:"contact"`
	ComplainantName    string   `json:"complainant_name"`
	ComplainantPhones  []string `json:"complainant_phones"`
	ComplainantEmails  []string `json:"complainant_emails"`
	ComplainantAddress string   `json:"complainant_address"`
	RespondentName     string   `json:"respondent_name"`
	RespondentURLs     []string `json:"respondent_urls"`
	RespondentPhones   []string `json:"respondent_phones"`
	RespondentAddress  string   `json:"respondent_address"`
	OrderNumber        string   `json:"order_number"`
	OrderAmount        string   `json:"order_amount"`
	OrderCurrency      string   `json:"order_currency"`
	Recovered          string   `json:"recovered"` // "99.50 CNY; 20.00 USD"
	CreatedAt          string   `json:"created_at"`
	UpdatedAt          string   `json:"updated_at"`
	Channel            string   `json:"channel"`
}

var exportHeader = []string{"ref", "kind", "state", "close_reason", "missing", "language", "subject", "contact",
	"complainant_name", "complainant_phones", "complainant_emails", "complainant_address",
	"respondent_name", "respondent_urls", "respondent_phones", "respondent_address",
	"order_number", "order_amount", "order_currency", "recovered", "created_at", "updated_at", "channel"}

func (r exportRow) record() []string {
	j := func(l []string) string { return strings.Join(l, "; ") }
	return []string{r.Ref, r.Kind, r.State, r.CloseReason, j(r.Missing), r.Language, r.Subject, r.Contact,
		r.ComplainantName, j(r.ComplainantPhones), j(r.ComplainantEmails), r.ComplainantAddress,
		r.RespondentName, j(r.RespondentURLs), j(r.RespondentPhones), r.RespondentAddress,
		r.OrderNumber, r.OrderAmount, r.OrderCurrency, r.Recovered, r.CreatedAt, r.UpdatedAt, r.Channel}
}

// cmdExport writes one row per case, for a spreadsheet or another system.
// The CSV is UTF-8 with a byte order mark, so that Excel and WPS open the
// Chinese text correctly.
func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf commonFlags
	fs := newFlagSet("export", stderr)
	cf.register(fs)
	format := fs.String("format", "csv", "csv or json")
	since := fs.String("since", "", "only cases opened on or after this day (YYYY-MM-DD, station time)")
	cf.registerStation(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 || (*format != "csv" && *format != "json") {
		return exitError{code: 2, msg: exportUsage}
	}
	stations, err := cf.loadStations()
	if err != nil {
		return err
	}
	out := outCSV
	if *format == "json" {
		out = outJSON
	}
	return forStations(stations, out, stdout, func(cfg *config.Config, w io.Writer) error {
		return exportStation(ctx, cfg, *format, *since, w)
	})
}

// exportStation writes the rows of one station's cases.
func exportStation(ctx context.Context, cfg *config.Config, format, since string, stdout io.Writer) error {
	loc := cfg.Location()
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	cases, err := store.Cases(ctx)
	if err != nil {
		return fmt.Errorf("listing cases: %w", err)
	}
	if cases, err = filterCases(cases, "", "", "", since, 0, loc); err != nil {
		return err
	}
	rows := make([]exportRow, 0, len(cases))
	for _, c := range cases {
		rec, err := store.Recoveries(ctx, c.ID)
		if err != nil {
			return err
		}
		rows = append(rows, toExportRow(c, rec, loc))
	}
	if format == "json" {
		return writeJSON(stdout, rows)
	}
	if _, err := io.WriteString(stdout, "\ufeff"); err != nil {
		return err
	}
	w := csv.NewWriter(stdout)
	w.UseCRLF = true // as spreadsheets write it
	if err := w.Write(exportHeader); err != nil {
		return err
	}
	for _, r := range rows {
		if err := w.Write(r.record()); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

func toExportRow(c casefile.Case, rec []casefile.Recovery, loc *time.Location) exportRow {
	nn := func(l []string) []string {
		if l == nil {
			return []string{}
		}
		return l
	}
	return exportRow{Ref: c.Ref, Kind: c.Kind, State: c.State, CloseReason: c.CloseReason, Missing: nn(c.Missing),
		Language: c.Language, Subject: c.Subject, Contact: c.ContactAddress,
		ComplainantName: c.Complainant.Name, ComplainantPhones: nn(c.Complainant.Phones), ComplainantEmails: nn(c.Complainant.Emails),
		ComplainantAddress: c.Complainant.Address, RespondentName: c.Respondent.Name, RespondentURLs: nn(c.Respondent.URLs),
		RespondentPhones: nn(c.Respondent.Phones), RespondentAddress: c.Respondent.Address,
		OrderNumber: c.Order.Number, OrderAmount: c.Order.Amount, OrderCurrency: c.Order.Currency,
		Recovered: sumRecovered(rec), CreatedAt: c.CreatedAt.In(loc).Format(time.RFC3339), UpdatedAt: c.UpdatedAt.In(loc).Format(time.RFC3339),
		Channel: c.Channel}
}

// sumRecovered is a case's recoveries per currency: "99.50 CNY; 20.00
// USD", and amounts that are not numbers as written.
func sumRecovered(rec []casefile.Recovery) string {
	sums, odd := casefile.SumRecoveries(rec)
	parts := make([]string, 0, len(sums)+len(odd))
	for _, a := range sums {
		parts = append(parts, strings.TrimSpace(a.Amount+" "+a.Currency))
	}
	return strings.Join(append(parts, odd...), "; ")
}
