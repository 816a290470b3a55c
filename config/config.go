package config

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// Config is the whole configuration file.
type Config struct {
	Station   Station   `yaml:"station"`
	IMAP      IMAP      `yaml:"imap"`
	SMTP      SMTP      `yaml:"smtp"`
	Staff     Staff     `yaml:"staff"`
	Schedule  Schedule  `yaml:"schedule"`
	Storage   Storage   `yaml:"storage"`
	Policy    Policy    `yaml:"policy"`
	Templates Templates `yaml:"templates"`
	HTTP      HTTP      `yaml:"http"`
	Form      Form      `yaml:"form"`
	Report    Report    `yaml:"report"`
	Log       Log       `yaml:"log"`

	// Stations makes one deployment serve several stations (see
	// StationConfig); empty, the top-level sections are the one station.
	Stations []StationConfig `yaml:"stations"`

	// Dir is the directory relative paths are resolved against: the
	// directory of the file the config was loaded from.
	Dir string `yaml:"-"`
}

// StationConfig is one entry of stations: a station of a deployment
// serving several. A section an entry gives replaces the top-level one
// whole for that station; a section it leaves out is the top-level one.
// Each station keeps its own database and mail directory, so its cases,
// tokens, notices and figures never meet another station's. The other
// top-level sections (log, http, form, report) are the deployment's.
type StationConfig struct {
	Station   *Station   `yaml:"station"`
	IMAP      *IMAP      `yaml:"imap"`
	SMTP      *SMTP      `yaml:"smtp"`
	Staff     *Staff     `yaml:"staff"`
	Schedule  *Schedule  `yaml:"schedule"`
	Storage   *Storage   `yaml:"storage"`
	Policy    *Policy    `yaml:"policy"`
	Templates *Templates `yaml:"templates"`
}

// Station describes the service station itself.
type Station struct {
	Name       string `yaml:"name"`
	Address    string `yaml:"address"`
	CasePrefix string `yaml:"case_prefix"`
	Timezone   string `yaml:"timezone"`
}

// Secret names where a password comes from. A literal Password is only
// there to be refused with a clear message.
type Secret struct {
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	Password     string `yaml:"password"`
	// Auth is how to log in: login (default), plain, xoauth2 or
	// oauthbearer (Auth* constants).
	Auth string `yaml:"auth"`
	// TokenCommand is run (no shell) to get a fresh OAuth2 access token on
	// its first output line, as mutt and isync users do; TokenFile is read
	// instead, on every connection, for a token another program renews.
	TokenCommand []string `yaml:"token_command"`
	TokenFile    string   `yaml:"token_file"`
}

// Authentication mechanisms of imap.auth and smtp.auth.
const (
	AuthLogin       = "login"
	AuthPlain       = "plain"
	AuthXOAuth2     = "xoauth2"
	AuthOAuthBearer = "oauthbearer"
)

// OAuth reports whether s logs in with an OAuth2 token.
func (s Secret) OAuth() bool { return s.Auth == AuthXOAuth2 || s.Auth == AuthOAuthBearer }

// IMAP is the inbox redress polls.
type IMAP struct {
	Host     string `yaml:"host"`
	Port     int    `yaml:"port"`
	TLS      string `yaml:"tls"`
	Username string `yaml:"username"`
	Secret   `yaml:",inline"`
	Inbox    string `yaml:"inbox"`
	// AuthservID is the authserv-id the station's own server writes in
	// Authentication-Results (for staff.require_authentication).
	AuthservID string `yaml:"authserv_id"`
	// Sent is the station account's Sent folder, read so that mail staff
	// send from the station account itself is recorded on its case; ""
	// does not read one.
	Sent   string `yaml:"sent"`
	CAFile string `yaml:"ca_file"`
	// Idle keeps the connection open between polls waiting with IDLE
	// where the server offers it (nil: true); false waits with NOOP.
	Idle *bool `yaml:"idle"`
}

// Values of imap.sent besides a folder name.
const (
	SentAuto = "auto"
	SentNone = "none"
)

// SMTP is the server redress sends through.
type SMTP struct {
	Host     string `yaml:"host"`
	Port     int    `yaml:"port"`
	TLS      string `yaml:"tls"`
	Username string `yaml:"username"`
	Secret   `yaml:",inline"`
	CAFile   string `yaml:"ca_file"`
	// MaxPerMinute and MaxPerDay are the provider's sending limits: mail
	// beyond them waits in the outbox (0: unlimited).
	MaxPerMinute int `yaml:"max_per_minute"`
	MaxPerDay    int `yaml:"max_per_day"`
}

// Staff lists the station's people.
type Staff struct {
	Addresses []string `yaml:"addresses"`
	Notify    []string `yaml:"notify"`
	// RequireAuthentication makes a staff reply count only when the
	// station's own server (imap.authserv_id) stamped it dkim=pass or
	// spf=pass in Authentication-Results, besides the notice token.
	RequireAuthentication bool `yaml:"require_authentication"`
	// NoticeBatch is how many staff notices one round sends one by one;
	// beyond it, staff get one digest of the round's other cases (nil:
	// DefaultNoticeBatch; 0: no limit).
	NoticeBatch *int `yaml:"notice_batch"`
}

// DefaultNoticeBatch is staff.notice_batch when absent.
const DefaultNoticeBatch = 20

// NoticeBatch is staff.notice_batch (DefaultNoticeBatch when absent).
func (c *Config) NoticeBatch() int {
	if c.Staff.NoticeBatch == nil {
		return DefaultNoticeBatch
	}
	return *c.Staff.NoticeBatch
}

// Schedule says when the daemon works.
type Schedule struct {
	Poll string `yaml:"poll"`
	// Digest is a cron expression for the daily digest to staff.notify
	// (cases waiting, deadlines near, mail that failed); "" sends none.
	Digest string `yaml:"digest"`
	// Report is when `redress run` mails the report of the previous
	// calendar month to report.to: a cron expression such as "0 8 1 * *"
	// ("": no report mail).
	Report string `yaml:"report"`
}

// Report says who gets the monthly report.
type Report struct {
	To []string `yaml:"to"`
}

// Log says how the daemon logs.
type Log struct {
	// Format is LogText (default) or LogJSON.
	Format string `yaml:"format"`
	// Level is one of LogLevels (default "info"); the -log-level flag
	// overrides it.
	Level string `yaml:"level"`
	// PII writes consumers' phone numbers and e-mail and postal addresses
	// unmasked.
	PII bool `yaml:"pii"`
}

// Values of log.format and log.level.
const (
	LogText = "text"
	LogJSON = "json"
)

// LogLevels are the values of log.level and of the -log-level flag.
var LogLevels = []string{"debug", "info", "warn", "error"}

// Storage says where cases are kept.
type Storage struct {
	// Database is the SQLite file holding cases, messages and the outbox.
	Database string `yaml:"database"`
	// MailDir holds raw mail and attachment content, one file per content
	// named by its SHA-256. Empty in the file: "mail" beside Database.
	MailDir string `yaml:"mail_dir"`
	// Postgres, when given, keeps the cases in a PostgreSQL database
	// instead of the SQLite file Database (docs/postgres.md).
	Postgres *Postgres `yaml:"postgres"`
	// LockTimeout is a Go duration ("30s"): with storage.postgres, how
	// long a station whose polling instance died waits before another
	// instance takes its inbox over. Empty: 30s.
	LockTimeout string `yaml:"lock_timeout"`
}

// Postgres is a PostgreSQL database to keep the cases in: a connection URL
// without a password, and where the password comes from (none: the server
// trusts the connection, or libpq's ~/.pgpass, or a client certificate).
type Postgres struct {
	// URL is postgres://user@host:port/database?sslmode=verify-full; a
	// password in it is refused.
	URL          string `yaml:"url"`
	PasswordEnv  string `yaml:"password_env"`
	PasswordFile string `yaml:"password_file"`
	// Password is only there to be refused with a clear message.
	Password string `yaml:"password"`
	// Schema is the PostgreSQL schema holding this station's tables:
	// stations sharing one database each have their own (see
	// Config.PostgresSchema). Empty: "redress_" and the case prefix in
	// lower case.
	Schema string `yaml:"schema"`
}

// Policy holds the desk's rules for complaints.
type Policy struct {
	Required        []string `yaml:"required"`
	MaxMessageBytes int64    `yaml:"max_message_bytes"`
	// RemindAfter is a Go duration ("72h"): how long a case awaits
	// missing details before the consumer is reminded, and after the last
	// reminder before the case closes as unreachable.
	RemindAfter string `yaml:"remind_after"`
	// MaxReminders is how many reminders are sent (nil: 2; 0: none).
	MaxReminders *int `yaml:"max_reminders"`
	// AckLimit is how many automatic mails one address gets in 24 hours
	// (nil: 3).
	AckLimit *int `yaml:"ack_limit"`
	// Calendar is the file of public holidays and make-up working days
	// the deadlines count on ("" : Monday to Friday are working days).
	Calendar string `yaml:"calendar"`
	// AcceptWithin and MediateWithin are the deadlines in working days
	// (0: 7 and 45).
	AcceptWithin  int `yaml:"accept_within"`
	MediateWithin int `yaml:"mediate_within"`
	// QueueLifetime is a Go duration ("120h"): how long an undelivered
	// mail is retried before it is failed for good, as Postfix's
	// maximal_queue_lifetime ("": DefaultQueueLifetime).
	QueueLifetime string `yaml:"queue_lifetime"`
	// Retain is how long a closed case is kept after its closure, and
	// mail kept without a case after it came, before `redress purge`
	// removes it: "3y", "1095d" ("": DefaultRetention).
	Retain string `yaml:"retain"`
}

// Defaults of the policy section.
const (
	DefaultRemindAfter  = 72 * time.Hour
	DefaultMaxReminders = 2
	DefaultAckLimit     = 3
	// DefaultQueueLifetime is Postfix's maximal_queue_lifetime.
	DefaultQueueLifetime = 5 * 24 * time.Hour
)

// QueueLifetime is policy.queue_lifetime as a duration
// (DefaultQueueLifetime when absent or invalid; Validate reports an
// invalid one).
func (c *Config) QueueLifetime() time.Duration {
	d, err := time.ParseDuration(strings.TrimSpace(c.Policy.QueueLifetime))
	if err != nil || d <= 0 {
		return DefaultQueueLifetime
	}
	return d
}

// RemindAfter is policy.remind_after as a duration (DefaultRemindAfter
// when absent or invalid; Validate reports an invalid one).
func (c *Config) RemindAfter() time.Duration {
	d, err := time.ParseDuration(strings.TrimSpace(c.Policy.RemindAfter))
	if err != nil || d <= 0 {
		return DefaultRemindAfter
	}
	return d
}

// AckLimit is policy.ack_limit (DefaultAckLimit when absent).
func (c *Config) AckLimit() int {
	if c.Policy.AckLimit == nil {
		return DefaultAckLimit
	}
	return *c.Policy.AckLimit
}

// MaxReminders is policy.max_reminders (DefaultMaxReminders when absent).
func (c *Config) MaxReminders() int {
	if c.Policy.MaxReminders == nil {
		return DefaultMaxReminders
	}
	return *c.Policy.MaxReminders
}

// HTTP is the health and metrics server of `redress run`.
type HTTP struct {
	// Listen is the address /healthz and /metrics are served on (nil:
	// DefaultHTTPListen; "": no server).
	Listen *string `yaml:"listen"`
	// HealthyWithin is a Go duration: how long polls may fail (or sending
	// keep failing) before /healthz says 503 ("": HealthyWithin's default).
	HealthyWithin string `yaml:"healthy_within"`
}

// Form is the web complaint form, served on http.listen beside /healthz
// while `redress run` runs (package web).
type Form struct {
	Enabled bool `yaml:"enabled"`
	// AllowedOrigins are the sites that may embed the form in a frame
	// and post to it (https://www.example.org); the station's own pages
	// always may.
	AllowedOrigins []string `yaml:"allowed_origins"`
	// MaxAttachments is how many files one submission may carry (0:
	// DefaultFormMaxAttachments); MaxAttachmentBytes how big each may be
	// (0: DefaultFormMaxAttachmentBytes).
	MaxAttachments     int   `yaml:"max_attachments"`
	MaxAttachmentBytes int64 `yaml:"max_attachment_bytes"`
	// PerIPPerHour and PerAddressPerDay bound the submissions from one
	// client address and to one consumer e-mail address (0: the
	// defaults).
	PerIPPerHour     int `yaml:"per_ip_per_hour"`
	PerAddressPerDay int `yaml:"per_address_per_day"`
	// ClientIPHeader names the header a reverse proxy puts the client's
	// address in (X-Real-IP, X-Forwarded-For); "": the connection's.
	ClientIPHeader string `yaml:"client_ip_header"`
}

// Defaults of the form section.
const (
	DefaultFormMaxAttachments     = 5
	DefaultFormMaxAttachmentBytes = 5 << 20
	DefaultFormPerIPPerHour       = 10
	DefaultFormPerAddressPerDay   = 5
)

// Defaults of the http section.
const (
	DefaultHTTPListen    = "127.0.0.1:9090"
	DefaultHealthyWithin = 30 * time.Minute
)

// HTTPListen is http.listen: DefaultHTTPListen when absent, "" when the
// server is off.
func (c *Config) HTTPListen() string {
	if c.HTTP.Listen == nil {
		return DefaultHTTPListen
	}
	return strings.TrimSpace(*c.HTTP.Listen)
}

// HealthyWithin is http.healthy_within as a duration; absent (or
// invalid, which Validate reports), it is DefaultHealthyWithin or three
// times the longest gap between polls of schedule.poll, whichever is
// longer, so that a sparse schedule does not read as a failure.
func (c *Config) HealthyWithin() time.Duration {
	if d, err := time.ParseDuration(strings.TrimSpace(c.HTTP.HealthyWithin)); err == nil && d > 0 {
		return d
	}
	return max(DefaultHealthyWithin, 3*c.PollGap())
}

// PollGap is the longest time between two polls of schedule.poll over
// the coming eight days (0 when it does not parse). IDLE wakes the daemon
// between them; this is what the schedule alone guarantees.
func (c *Config) PollGap() time.Duration {
	sched, err := cron.ParseStandard(c.Schedule.Poll)
	if err != nil {
		return 0
	}
	t := sched.Next(time.Now().In(c.Location()))
	end := t.Add(8 * 24 * time.Hour)
	var gap time.Duration
	for range 12000 { // a minute's schedule over eight days
		n := sched.Next(t)
		if n.IsZero() {
			break
		}
		gap = max(gap, n.Sub(t))
		if t = n; t.After(end) {
			break
		}
	}
	return gap
}

// Templates lets the operator override the mail templates.
type Templates struct {
	Dir string `yaml:"dir"`
}

// TLS modes for imap.tls and smtp.tls.
const (
	TLSImplicit = "implicit"
	TLSStartTLS = "starttls"
	TLSNone     = "none"
)

// RequiredItems are the values policy.required accepts, in report order.
var RequiredItems = []string{"complainant_name", "complainant_phone", "respondent_name", "respondent_contact"}

// Load reads and validates the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("resolving config path %s: %w", path, err)
	}
	return Parse(data, filepath.Dir(abs))
}

// Parse decodes a configuration from YAML, fills defaults and validates it.
// dir is the directory relative paths are resolved against.
func Parse(data []byte, dir string) (*Config, error) {
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config is not valid YAML: %w", err)
	}
	var c Config
	var errs []error
	if root.Kind != 0 {
		errs = unknownKeys(&root, reflect.TypeFor[Config](), "")
		if err := root.Decode(&c); err != nil {
			errs = append(errs, fmt.Errorf("config does not have the expected shape: %w", err))
		}
	}
	c.Dir = dir
	c.setDefaults()
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &c, nil
}

// unknownKeys lists every mapping key in n that t has no field for, by its
// full key path, so that a typo is reported rather than silently ignored.
func unknownKeys(n *yaml.Node, t reflect.Type, path string) []error {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		return unknownKeys(n.Content[0], t, path)
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice {
		var errs []error
		for i, item := range n.Content {
			errs = append(errs, unknownKeys(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return errs
	}
	if n.Kind != yaml.MappingNode || t.Kind() != reflect.Struct {
		return nil
	}
	fields := map[string]reflect.Type{}
	var collect func(reflect.Type)
	collect = func(t reflect.Type) {
		for f := range t.Fields() {
			name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			switch {
			case name == "-":
			case opts == "inline":
				collect(f.Type)
			case name != "":
				fields[name] = f.Type
			}
		}
	}
	collect(t)
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := k.Value
		if path != "" {
			key = path + "." + k.Value
		}
		ft, ok := fields[k.Value]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown key (line %d)", key, k.Line))
			continue
		}
		errs = append(errs, unknownKeys(v, ft, key)...)
	}
	return errs
}

func (c *Config) setDefaults() {
	if c.Station.Timezone == "" {
		c.Station.Timezone = "Asia/Shanghai"
	}
	if c.IMAP.Inbox == "" {
		c.IMAP.Inbox = "INBOX"
	}
	if c.IMAP.TLS == "" {
		c.IMAP.TLS = TLSImplicit
	}
	if strings.TrimSpace(c.IMAP.Sent) == "" {
		c.IMAP.Sent = SentAuto
	}
	if c.IMAP.Auth == "" {
		c.IMAP.Auth = AuthLogin
	}
	if c.SMTP.Auth == "" {
		c.SMTP.Auth = AuthLogin
	}
	if c.SMTP.TLS == "" {
		c.SMTP.TLS = TLSImplicit
	}
	if c.Log.Format == "" {
		c.Log.Format = LogText
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.Schedule.Poll == "" {
		c.Schedule.Poll = "@every 1m"
	}
	if c.Policy.Required == nil {
		c.Policy.Required = slices.Clone(RequiredItems)
	}
	if c.Policy.MaxMessageBytes == 0 {
		c.Policy.MaxMessageBytes = 25 << 20
	}
	if c.Form.MaxAttachments == 0 {
		c.Form.MaxAttachments = DefaultFormMaxAttachments
	}
	if c.Form.MaxAttachmentBytes == 0 {
		c.Form.MaxAttachmentBytes = DefaultFormMaxAttachmentBytes
	}
	if c.Form.PerIPPerHour == 0 {
		c.Form.PerIPPerHour = DefaultFormPerIPPerHour
	}
	if c.Form.PerAddressPerDay == 0 {
		c.Form.PerAddressPerDay = DefaultFormPerAddressPerDay
	}
	if c.Storage.MailDir == "" && strings.TrimSpace(c.Storage.Database) != "" {
		c.Storage.MailDir = defaultMailDir(c.Storage.Database)
	}
}

// defaultMailDir is the directory "mail" beside the database file db, in
// the same terms as db (relative stays relative).
func defaultMailDir(db string) string {
	return filepath.Join(filepath.Dir(db), "mail")
}

var casePrefixRE = regexp.MustCompile(`^[A-Z]{1,8}$`)

// Validate checks every key and returns all problems joined, each naming
// the key, the rule and the value. With stations, each entry is checked
// as the station it makes (keys named stations[i].imap.port …), and names,
// case prefixes, databases, mail directories and inboxes must differ
// between stations.
func (c *Config) Validate() error {
	if len(c.Stations) == 0 {
		return errors.Join(c.validateStation(""), c.validateDeployment())
	}
	return errors.Join(c.validateDeployment(), c.validateStations())
}

// validateDeployment checks the sections every station shares.
func (c *Config) validateDeployment() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.Log.Format != LogText && c.Log.Format != LogJSON {
		bad("log.format", "must be text or json, got %q", c.Log.Format)
	}
	if !slices.Contains(LogLevels, strings.ToLower(c.Log.Level)) {
		bad("log.level", "must be debug, info, warn or error, got %q", c.Log.Level)
	}
	if l := c.HTTPListen(); l != "" {
		_, port, err := net.SplitHostPort(l)
		if n, perr := strconv.Atoi(port); err != nil || perr != nil || n < 1 || n > 65535 {
			bad("http.listen", "must be host:port with a port 1-65535 such as 127.0.0.1:9090, or \"\" for no server, got %q", l)
		}
	}
	c.validateForm(bad)
	return errors.Join(errs...)
}

// validateStations checks each entry of stations as the station it makes
// and that no two stations share what must be their own.
func (c *Config) validateStations() error {
	var errs []error
	seen := map[string]map[string]int{}
	unique := func(i int, key, what, v string) {
		if v == "" {
			return
		}
		if seen[key] == nil {
			seen[key] = map[string]int{}
		}
		if j, ok := seen[key][v]; ok {
			errs = append(errs, fmt.Errorf("stations[%d].%s: must differ from stations[%d]'s; two stations share the %s %q", i, key, j, what, v))
			return
		}
		seen[key][v] = i
	}
	for i, s := range c.StationConfigs() {
		errs = append(errs, s.validateStation(fmt.Sprintf("stations[%d].", i)))
		unique(i, "station.name", "name", strings.ToLower(strings.TrimSpace(s.Station.Name)))
		unique(i, "station.case_prefix", "case prefix", s.Station.CasePrefix)
		if strings.TrimSpace(s.Storage.Database) != "" {
			unique(i, "storage.database", "database", filepath.Clean(s.DatabasePath()))
			unique(i, "storage.mail_dir", "mail directory", filepath.Clean(s.MailDir()))
		}
		if pg := s.Storage.Postgres; pg != nil {
			// Stations share a database, each in a schema of its own.
			if u, err := url.Parse(strings.TrimSpace(pg.URL)); err == nil && pg.URL != "" {
				unique(i, "storage.postgres.schema", "PostgreSQL schema", redactURL(u)+" schema "+s.PostgresSchema())
			}
		}
		unique(i, "imap.inbox", "inbox", fmt.Sprintf("%s@%s:%d/%s", s.IMAP.Username, strings.ToLower(s.IMAP.Host), s.IMAP.Port, s.IMAP.Inbox))
	}
	return errors.Join(errs...)
}

// validateStation checks the sections that make one station; prefix goes
// before each key ("" or "stations[1].").
func (c *Config) validateStation(prefix string) error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s%s: %s", prefix, key, fmt.Sprintf(format, args...)))
	}

	if strings.TrimSpace(c.Station.Name) == "" {
		bad("station.name", "must not be empty")
	}
	if !isAddress(c.Station.Address) {
		bad("station.address", "must be an e-mail address, got %q", c.Station.Address)
	}
	if !casePrefixRE.MatchString(c.Station.CasePrefix) {
		bad("station.case_prefix", "must be 1-8 upper-case letters A-Z, got %q", c.Station.CasePrefix)
	}
	if _, err := time.LoadLocation(c.Station.Timezone); err != nil {
		bad("station.timezone", "must be an IANA time zone such as Asia/Shanghai, got %q", c.Station.Timezone)
	}

	c.validateServer("imap", c.IMAP.Host, c.IMAP.Port, c.IMAP.TLS, c.IMAP.CAFile, bad)
	if c.IMAP.Username == "" {
		bad("imap.username", "must not be empty")
	}
	c.validateSecret("imap", c.IMAP.Secret, true, bad)
	if c.IMAP.Secret.OAuth() && c.IMAP.TLS == TLSNone && !IsLoopback(c.IMAP.Host) {
		bad("imap.auth", "an access token must not cross the network without TLS")
	}
	if c.Staff.RequireAuthentication && strings.TrimSpace(c.IMAP.AuthservID) == "" {
		bad("imap.authserv_id", "must name the authserv-id of the station's own server when staff.require_authentication is true")
	}
	if c.IMAP.Sent != SentAuto && c.IMAP.Sent != SentNone && strings.EqualFold(strings.TrimSpace(c.IMAP.Sent), strings.TrimSpace(c.IMAP.Inbox)) {
		bad("imap.sent", "must not be the inbox (%q)", c.IMAP.Inbox)
	}
	if strings.TrimSpace(c.IMAP.Inbox) == "" {
		bad("imap.inbox", "must not be empty")
	}

	c.validateServer("smtp", c.SMTP.Host, c.SMTP.Port, c.SMTP.TLS, c.SMTP.CAFile, bad)
	c.validateSecret("smtp", c.SMTP.Secret, c.SMTP.Username != "", bad)
	if c.SMTP.Secret.OAuth() && c.SMTP.Username == "" {
		bad("smtp.username", "must not be empty with smtp.auth %s", c.SMTP.Auth)
	}
	if c.SMTP.Secret.OAuth() && c.SMTP.TLS == TLSNone && !IsLoopback(c.SMTP.Host) {
		bad("smtp.auth", "an access token must not cross the network without TLS")
	}
	if c.Staff.NoticeBatch != nil && *c.Staff.NoticeBatch < 0 {
		bad("staff.notice_batch", "must be 0 (no limit) or more, got %d", *c.Staff.NoticeBatch)
	}
	if c.SMTP.MaxPerMinute < 0 {
		bad("smtp.max_per_minute", "must be 0 (unlimited) or more, got %d", c.SMTP.MaxPerMinute)
	}
	if c.SMTP.MaxPerDay < 0 {
		bad("smtp.max_per_day", "must be 0 (unlimited) or more, got %d", c.SMTP.MaxPerDay)
	}

	for i, a := range c.Staff.Addresses {
		if !isAddress(a) {
			bad(fmt.Sprintf("staff.addresses[%d]", i), "must be an e-mail address, got %q", a)
		}
	}
	for i, a := range c.Staff.Notify {
		if !isAddress(a) {
			bad(fmt.Sprintf("staff.notify[%d]", i), "must be an e-mail address, got %q", a)
		}
	}
	if _, err := cron.ParseStandard(c.Schedule.Poll); err != nil {
		bad("schedule.poll", "must be a cron expression or descriptor such as \"@every 1m\", got %q (%v)", c.Schedule.Poll, err)
	}
	if c.Schedule.Report != "" {
		if _, err := cron.ParseStandard(c.Schedule.Report); err != nil {
			bad("schedule.report", "must be a cron expression such as \"0 8 1 * *\" (08:00 on the 1st) or empty, got %q (%v)", c.Schedule.Report, err)
		}
		if len(c.Report.To) == 0 {
			bad("report.to", "must list at least one address when schedule.report is set")
		}
	}
	for i, a := range c.Report.To {
		if !isAddress(a) {
			bad(fmt.Sprintf("report.to[%d]", i), "must be an e-mail address, got %q", a)
		}
	}
	if d := strings.TrimSpace(c.Schedule.Digest); d != "" {
		if _, err := cron.ParseStandard(d); err != nil {
			bad("schedule.digest", "must be a cron expression such as \"0 8 * * 1-5\" (or empty for no digest), got %q (%v)", c.Schedule.Digest, err)
		} else if len(c.Staff.Notify) == 0 {
			bad("schedule.digest", "needs staff.notify to send the digest to")
		}
	}
	if pg := c.Storage.Postgres; pg != nil {
		validatePostgres(pg, bad)
		if c.Storage.Database != "" {
			bad("storage.database", "is not used with storage.postgres: leave it out (got %q)", c.Storage.Database)
		}
		if c.Storage.MailDir != "" {
			bad("storage.mail_dir", "is not used with storage.postgres: mail bodies are kept in PostgreSQL; leave it out (got %q)", c.Storage.MailDir)
		}
		if pg.Schema != "" && !ValidSchema(pg.Schema) {
			bad("storage.postgres.schema", "must be a lower-case PostgreSQL name (letters, digits and _, not starting with a digit, at most 63), got %q", pg.Schema)
		}
	} else if strings.TrimSpace(c.Storage.Database) == "" {
		bad("storage.database", "must be the path of the SQLite database file (or give storage.postgres)")
	}
	if lt := strings.TrimSpace(c.Storage.LockTimeout); lt != "" {
		if d, err := time.ParseDuration(lt); err != nil || d < time.Second || d > time.Hour {
			bad("storage.lock_timeout", "must be a Go duration between 1s and 1h such as \"30s\", got %q", c.Storage.LockTimeout)
		}
	}
	switch {
	case c.Storage.MailDir != "" && strings.TrimSpace(c.Storage.MailDir) == "":
		bad("storage.mail_dir", "must be a directory path (or left out for mail/ beside the database), got %q", c.Storage.MailDir)
	case c.Storage.MailDir != "" && strings.TrimSpace(c.Storage.Database) != "" && filepath.Clean(c.MailDir()) == filepath.Clean(c.DatabasePath()):
		bad("storage.mail_dir", "must be a directory, not the database file itself, got %q", c.Storage.MailDir)
	}
	for i, r := range c.Policy.Required {
		if !slices.Contains(RequiredItems, r) {
			bad(fmt.Sprintf("policy.required[%d]", i), "must be one of %s, got %q", strings.Join(RequiredItems, ", "), r)
		}
	}
	if c.Policy.MaxMessageBytes < 0 {
		bad("policy.max_message_bytes", "must not be negative, got %d", c.Policy.MaxMessageBytes)
	}
	if v := strings.TrimSpace(c.Policy.RemindAfter); v != "" {
		if d, err := time.ParseDuration(v); err != nil || d < time.Minute {
			bad("policy.remind_after", "must be a duration of at least a minute such as 72h or 48h30m, got %q", c.Policy.RemindAfter)
		}
	}
	if q := strings.TrimSpace(c.Policy.QueueLifetime); q != "" {
		if d, err := time.ParseDuration(q); err != nil || d < time.Hour {
			bad("policy.queue_lifetime", "must be a duration of at least an hour such as 120h, got %q", c.Policy.QueueLifetime)
		}
	}
	if r := c.Policy.Retain; r != "" {
		if _, err := ParseRetention(r); err != nil {
			bad("policy.retain", "%s", err)
		}
	}
	if c.Policy.Calendar != "" {
		if st, err := os.Stat(c.Path(c.Policy.Calendar)); err != nil || st.IsDir() {
			bad("policy.calendar", "must be a readable file of holidays and working days, got %q", c.Policy.Calendar)
		}
	}
	if n := c.Policy.AcceptWithin; n < 0 || n > 365 {
		bad("policy.accept_within", "must be 1-365 working days, got %d", n)
	}
	if n := c.Policy.MediateWithin; n < 0 || n > 365 {
		bad("policy.mediate_within", "must be 1-365 working days, got %d", n)
	}
	if n := c.Policy.AckLimit; n != nil && (*n < 1 || *n > 100) {
		bad("policy.ack_limit", "must be 1-100, got %d", *n)
	}
	if n := c.Policy.MaxReminders; n != nil && (*n < 0 || *n > 20) {
		bad("policy.max_reminders", "must be 0-20, got %d", *n)
	}
	if c.Templates.Dir != "" {
		if st, err := os.Stat(c.Path(c.Templates.Dir)); err != nil || !st.IsDir() {
			bad("templates.dir", "must be an existing directory, got %q", c.Templates.Dir)
		}
	}
	if v := strings.TrimSpace(c.HTTP.HealthyWithin); v != "" {
		d, err := time.ParseDuration(v)
		if gap := c.PollGap(); err != nil || d < time.Second {
			bad("http.healthy_within", "must be a duration such as 30m or 2h, got %q", c.HTTP.HealthyWithin)
		} else if d <= gap {
			bad("http.healthy_within", "must be longer than the longest time between polls of schedule.poll (%s), or /healthz fails between polls; got %q", gap, c.HTTP.HealthyWithin)
		}
	}
	return errors.Join(errs...)
}

// validateForm checks the form section.
func (c *Config) validateForm(bad func(string, string, ...any)) {
	f := c.Form
	if f.Enabled && c.HTTPListen() == "" {
		bad("form.enabled", "needs http.listen, the address the form is served on; got http.listen \"\"")
	}
	for i, o := range f.AllowedOrigins {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
			bad(fmt.Sprintf("form.allowed_origins[%d]", i), "must be an origin such as https://www.example.org (scheme and host, no path), got %q", o)
		}
	}
	if n := f.MaxAttachments; n < 1 || n > 20 {
		bad("form.max_attachments", "must be 1-20, got %d", n)
	}
	if n := f.MaxAttachmentBytes; n < 1024 || n > 50<<20 {
		bad("form.max_attachment_bytes", "must be 1024-52428800 (50 MiB), got %d", n)
	}
	if n := f.PerIPPerHour; n < 1 || n > 10000 {
		bad("form.per_ip_per_hour", "must be 1-10000, got %d", n)
	}
	if n := f.PerAddressPerDay; n < 1 || n > 1000 {
		bad("form.per_address_per_day", "must be 1-1000, got %d", n)
	}
	if h := f.ClientIPHeader; h != "" && h != "X-Real-IP" && h != "X-Forwarded-For" {
		bad("form.client_ip_header", "must be X-Real-IP, X-Forwarded-For or \"\", got %q", h)
	}
}

func (c *Config) validateServer(sec, host string, port int, mode, caFile string, bad func(string, string, ...any)) {
	if strings.TrimSpace(host) == "" {
		bad(sec+".host", "must not be empty")
	}
	if port < 1 || port > 65535 {
		bad(sec+".port", "must be 1-65535, got %d", port)
	}
	switch mode {
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if host != "" && !IsLoopback(host) {
			bad(sec+".tls", "none is only allowed for loopback hosts, got host %q", host)
		}
	default:
		bad(sec+".tls", "must be implicit, starttls or none, got %q", mode)
	}
	if caFile != "" {
		if _, err := os.Stat(c.Path(caFile)); err != nil {
			bad(sec+".ca_file", "must be a readable PEM file, got %q (%v)", caFile, errors.Unwrap(err))
		}
	}
}

func (c *Config) validateSecret(sec string, s Secret, needed bool, bad func(string, string, ...any)) {
	for _, f := range [...][2]string{{"password_file", s.PasswordFile}, {"token_file", s.TokenFile}} {
		if err := checkCredentialPath(f[1]); err != nil {
			bad(sec+"."+f[0], "%v", err)
		}
	}
	switch s.Auth {
	case AuthLogin, AuthPlain:
		if len(s.TokenCommand) > 0 || s.TokenFile != "" {
			bad(sec+".token_command", "is only used with %s.auth xoauth2 or oauthbearer (auth is %q)", sec, s.Auth)
		}
	case AuthXOAuth2, AuthOAuthBearer:
		if s.Password != "" {
			bad(sec+".password", "a literal password is not accepted; and %s.auth %s logs in with a token", sec, s.Auth)
		}
		if s.PasswordEnv != "" || s.PasswordFile != "" {
			bad(sec+".password_env", "is not used with %s.auth %s: give token_command or token_file", sec, s.Auth)
		}
		switch {
		case len(s.TokenCommand) > 0 && s.TokenFile != "":
			bad(sec+".token_command", "set either token_command or token_file, not both")
		case len(s.TokenCommand) == 0 && s.TokenFile == "" && needed:
			bad(sec+".token_command", "%s.auth %s needs token_command (a program printing a fresh access token) or token_file", sec, s.Auth)
		case len(s.TokenCommand) > 0 && strings.TrimSpace(s.TokenCommand[0]) == "":
			bad(sec+".token_command", "the first element must name a program")
		}
		return
	default:
		bad(sec+".auth", "must be %s, %s, %s or %s, got %q", AuthLogin, AuthPlain, AuthXOAuth2, AuthOAuthBearer, s.Auth)
	}
	if s.Password != "" {
		bad(sec+".password", "a literal password is not accepted; use password_env or password_file")
	}
	if s.PasswordEnv != "" && s.PasswordFile != "" {
		bad(sec+".password_env", "set either password_env or password_file, not both")
	}
	if needed && s.PasswordEnv == "" && s.PasswordFile == "" {
		bad(sec+".password_env", "must name an environment variable (or set password_file)")
	}
}

// validatePostgres checks storage.postgres. The URL is only ever shown
// with its password (if any) masked.
func validatePostgres(pg *Postgres, bad func(string, string, ...any)) {
	const key = "storage.postgres"
	u, err := url.Parse(strings.TrimSpace(pg.URL))
	switch {
	case strings.TrimSpace(pg.URL) == "":
		bad(key+".url", "must be a PostgreSQL URL such as postgres://redress@db.example:5432/redress?sslmode=verify-full")
	case err != nil:
		bad(key+".url", "must be a PostgreSQL URL such as postgres://redress@db.example:5432/redress?sslmode=verify-full (it does not parse)")
	case u.Scheme != "postgres" && u.Scheme != "postgresql":
		bad(key+".url", "must begin with postgres://, got %q", u.Redacted())
	default:
		_, inUser := u.User.Password()
		if inUser || u.Query().Has("password") {
			bad(key+".url", "a password in the URL is not accepted; use %s.password_env or password_file (got %q)", key, redactURL(u))
		}
		if strings.Trim(u.Path, "/") == "" {
			bad(key+".url", "must name the database, as in postgres://host/redress, got %q", redactURL(u))
		}
		if u.Host == "" && u.Query().Get("host") == "" {
			bad(key+".url", "must name the server, as in postgres://db.example/redress (or ?host=/run/postgresql for its socket), got %q", redactURL(u))
		}
	}
	if pg.Password != "" {
		bad(key+".password", "a literal password is not accepted; use password_env or password_file")
	}
	if pg.PasswordEnv != "" && pg.PasswordFile != "" {
		bad(key+".password_env", "set either password_env or password_file, not both")
	}
	if err := checkCredentialPath(pg.PasswordFile); err != nil {
		bad(key+".password_file", "%v", err)
	}
}

// redactURL is u for messages: a password, in the user part or as the
// password parameter, shows as "xxxxx".
func redactURL(u *url.URL) string {
	r := *u
	if q := r.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		r.RawQuery = q.Encode()
	}
	return r.Redacted()
}

// PostgresSchema is the PostgreSQL schema of the station's tables:
// storage.postgres.schema, or "redress_" and the case prefix in lower
// case. "" without storage.postgres.
func (c *Config) PostgresSchema() string {
	pg := c.Storage.Postgres
	switch {
	case pg == nil:
		return ""
	case pg.Schema != "":
		return pg.Schema
	}
	return DefaultSchema(c.Station.CasePrefix)
}

// DefaultSchema is the PostgreSQL schema of the station with casePrefix
// when storage.postgres.schema does not name one: "redress_" and the
// prefix in lower case.
func DefaultSchema(casePrefix string) string {
	return "redress_" + strings.ToLower(casePrefix)
}

// ValidSchema is whether name may be storage.postgres.schema: a
// PostgreSQL identifier that needs no quoting (lower-case letters, digits
// and _, not starting with a digit, at most 63 bytes).
func ValidSchema(name string) bool {
	if name == "" || len(name) > 63 || name[0] >= '0' && name[0] <= '9' {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// LockTimeout is storage.lock_timeout: how long a station's inbox may go
// unpolled after its instance died before another takes it over.
func (c *Config) LockTimeout() time.Duration {
	d, err := time.ParseDuration(strings.TrimSpace(c.Storage.LockTimeout))
	if err != nil || d <= 0 {
		return 30 * time.Second
	}
	return d
}

// PostgresPassword is storage.postgres's password from password_env or
// password_file; "" when neither is set (or storage.postgres is not).
func (c *Config) PostgresPassword() (string, error) {
	pg := c.Storage.Postgres
	if pg == nil {
		return "", nil
	}
	return c.Password("storage.postgres", Secret{PasswordEnv: pg.PasswordEnv, PasswordFile: pg.PasswordFile})
}

func isAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && a.Name == "" && a.Address == s
}

// IsLoopback reports whether host names this machine only.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Path resolves p against the config file's directory.
func (c *Config) Path(p string) string {
	if p == "" || filepath.IsAbs(p) || c.Dir == "" {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// DatabasePath is storage.database resolved.
func (c *Config) DatabasePath() string { return c.Path(c.Storage.Database) }

// MailDir is storage.mail_dir resolved like storage.database: relative to
// the config file's directory. Unset, it is the directory "mail" beside the
// database file.
func (c *Config) MailDir() string {
	if c.Storage.MailDir == "" {
		return defaultMailDir(c.DatabasePath())
	}
	return c.Path(c.Storage.MailDir)
}

// StationConfigs is the configuration of each station the deployment
// serves, in the order of stations: each a whole single-station Config
// (its Stations empty) made of the entry's sections and the top-level
// ones it leaves out, defaults filled. Without stations it is c alone.
func (c *Config) StationConfigs() []*Config {
	if len(c.Stations) == 0 {
		return []*Config{c}
	}
	out := make([]*Config, 0, len(c.Stations))
	for _, e := range c.Stations {
		s := *c
		s.Stations = nil
		setIf(&s.Station, e.Station)
		setIf(&s.IMAP, e.IMAP)
		setIf(&s.SMTP, e.SMTP)
		setIf(&s.Staff, e.Staff)
		setIf(&s.Schedule, e.Schedule)
		setIf(&s.Storage, e.Storage)
		setIf(&s.Policy, e.Policy)
		setIf(&s.Templates, e.Templates)
		s.setDefaults()
		out = append(out, &s)
	}
	return out
}

// setIf sets *dst to *v when the entry gave the section.
func setIf[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

// FindStation is the station named by its station.name or its
// station.case_prefix (either case), among StationConfigs.
func (c *Config) FindStation(nameOrPrefix string) (*Config, error) {
	want := strings.TrimSpace(nameOrPrefix)
	var names []string
	for _, s := range c.StationConfigs() {
		if strings.EqualFold(s.Station.Name, want) || strings.EqualFold(s.Station.CasePrefix, want) {
			return s, nil
		}
		names = append(names, fmt.Sprintf("%q (%s)", s.Station.Name, s.Station.CasePrefix))
	}
	return nil, fmt.Errorf("no station %q in the config; the stations are %s", nameOrPrefix, strings.Join(names, ", "))
}

// Location is station.timezone loaded.
func (c *Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.Station.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// StationDomain is the domain of station.address, lower case.
func (c *Config) StationDomain() string {
	_, d, _ := strings.Cut(c.Station.Address, "@")
	return strings.ToLower(d)
}

// Password resolves a secret: the environment variable or the first line of
// the file. key names the config section for the error ("imap", "smtp").
func (c *Config) Password(key string, s Secret) (string, error) {
	switch {
	case s.PasswordEnv != "":
		v, ok := os.LookupEnv(s.PasswordEnv)
		if !ok {
			return "", fmt.Errorf("%s.password_env: environment variable %s is not set", key, s.PasswordEnv)
		}
		return v, nil
	case s.PasswordFile != "":
		p, err := expandCredentials(key+".password_file", s.PasswordFile)
		if err != nil {
			return "", err
		}
		data, err := os.ReadFile(c.Path(p))
		if err != nil {
			return "", fmt.Errorf("%s.password_file: reading the password: %w", key, err)
		}
		line, _, _ := strings.Cut(string(data), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	return "", nil
}

// tokenTimeout bounds a token command.
const tokenTimeout = 30 * time.Second

// maxToken bounds what a token command or file may hand over.
const maxToken = 64 << 10

// Token returns the source of OAuth2 access tokens of s (key is "imap" or
// "smtp"), or nil when s does not log in with a token. Each call runs
// token_command (no shell, 30 s at most, its first output line) or reads
// token_file afresh, so a renewed token is picked up. Errors name the key
// and quote the command's standard error, never its output.
func (c *Config) Token(key string, s Secret) func(ctx context.Context) (string, error) {
	if !s.OAuth() {
		return nil
	}
	if len(s.TokenCommand) > 0 {
		argv := slices.Clone(s.TokenCommand)
		return func(ctx context.Context) (string, error) {
			ctx, cancel := context.WithTimeout(ctx, tokenTimeout)
			defer cancel()
			cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
			cmd.Dir = c.Dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout = &limitedBuffer{b: &stdout, n: maxToken}
			cmd.Stderr = &limitedBuffer{b: &stderr, n: 2048}
			if err := cmd.Run(); err != nil {
				msg := strings.TrimSpace(strings.ToValidUTF8(stderr.String(), "?"))
				if msg != "" {
					return "", fmt.Errorf("%s.token_command %s: %w: %s", key, argv[0], err, msg)
				}
				return "", fmt.Errorf("%s.token_command %s: %w", key, argv[0], err)
			}
			return firstLine(key+".token_command", stdout.Bytes())
		}
	}
	return func(context.Context) (string, error) {
		p, err := expandCredentials(key+".token_file", s.TokenFile)
		if err != nil {
			return "", err
		}
		path := c.Path(p)
		f, err := os.Open(path)
		if err != nil {
			return "", fmt.Errorf("%s.token_file: %w", key, err)
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, maxToken))
		if err != nil {
			return "", fmt.Errorf("%s.token_file: reading %s: %w", key, path, err)
		}
		return firstLine(key+".token_file", data)
	}
}

func firstLine(key string, data []byte) (string, error) {
	line, _, _ := strings.Cut(string(data), "\n")
	line = strings.TrimSpace(line)
	if line == "" {
		return "", fmt.Errorf("%s: gave no access token (the first line is empty)", key)
	}
	return line, nil
}

// limitedBuffer keeps the first n bytes written and discards the rest.
type limitedBuffer struct {
	b *bytes.Buffer
	n int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.n - l.b.Len(); room > 0 {
		l.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// IdleOn is imap.idle (default true).
func (c *Config) IdleOn() bool { return c.IMAP.Idle == nil || *c.IMAP.Idle }

// TLSConfig builds the TLS settings for a server: the system roots plus the
// CA in caFile, if any.
func (c *Config) TLSConfig(key, host, caFile string) (*tls.Config, error) {
	conf := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	if caFile == "" {
		return conf, nil
	}
	pem, err := os.ReadFile(c.Path(caFile))
	if err != nil {
		return nil, fmt.Errorf("%s.ca_file: reading the CA certificate: %w", key, err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s.ca_file: %s holds no PEM certificate", key, caFile)
	}
	conf.RootCAs = pool
	return conf, nil
}
