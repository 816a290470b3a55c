package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/yweca/redress/workflow"
)

const caseNewUsage = `usage: redress case new -config FILE --channel phone|visit|letter --name NAME --phone PHONE --respondent TEXT --text TEXT [--email ADDR] [--kind complaint|inquiry] [-json]
  a complaint taken by telephone, at the counter or from a letter becomes a case like a mail's:
  the text is read as a mail's, the details given take precedence, those not given are reported missing.
  --respondent: the merchant's NAME, optionally "; " and a link, a phone number or an address.
  The consumer gets mail (the acknowledgement, asking for what is missing) only at --email; staff get the usual notice.`

// cmdCaseNew opens a case for a complaint staff took by telephone, at the
// counter or from a letter, and prints its reference (with -json, the
// case).
func cmdCaseNew(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		cf commonFlags
		f  workflow.IntakeForm
	)
	fs := newFlagSet("case new", stderr)
	cf.register(fs)
	cf.registerStation(fs)
	fs.StringVar(&f.Channel, "channel", "", "how it came: phone, visit or letter (required)")
	fs.StringVar(&f.Name, "name", "", "the consumer's name")
	fs.StringVar(&f.Phone, "phone", "", "the consumer's phone number")
	fs.StringVar(&f.Email, "email", "", "the consumer's e-mail address, if they gave one (then they are acknowledged)")
	fs.StringVar(&f.Respondent, "respondent", "", `the merchant: NAME, optionally "; " and a link, phone or address`)
	fs.StringVar(&f.Text, "text", "", "what the consumer said or wrote (required)")
	fs.StringVar(&f.Kind, "kind", "", "complaint or inquiry (default: as the text reads)")
	asJSON := fs.Bool("json", false, "print the case as JSON instead of its reference")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return exitError{code: 2, msg: caseNewUsage}
	}
	if err := f.Check(); err != nil {
		return exitError{code: 2, msg: "case new: " + strings.ReplaceAll(err.Error(), "\n", "; ") + "\n" + caseNewUsage}
	}
	cfg, err := cf.loadOne("case new")
	if err != nil {
		return err
	}
	d, store, err := openRefileDesk(ctx, cfg, cf.logger(stderr))
	if err != nil {
		return err
	}
	defer store.Close()
	c, _, err := d.OpenIntake(ctx, f, localActor())
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, toCaseJSON(*c, cfg.Location()))
	}
	_, err = fmt.Fprintln(stdout, c.Ref)
	return err
}
