package config_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/yweca/redress/config"
)

func TestForm(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		want    config.Form
		wantErr []string
	}{
		{name: "off by default, with the default limits", yaml: "",
			want: config.Form{MaxAttachments: 5, MaxAttachmentBytes: 5 << 20, PerIPPerHour: 10, PerAddressPerDay: 5}},
		{name: "on, embedded by the association's site",
			yaml: "form: {enabled: true, allowed_origins: [\"https://www.yweca.org.example\"], max_attachments: 3, max_attachment_bytes: 1048576, client_ip_header: X-Real-IP}\n",
			want: config.Form{Enabled: true, AllowedOrigins: []string{"https://www.yweca.org.example"}, MaxAttachments: 3, MaxAttachmentBytes: 1 << 20,
				PerIPPerHour: 10, PerAddressPerDay: 5, ClientIPHeader: "X-Real-IP"}},
		{name: "every problem at once",
			yaml: "http: {listen: \"\"}\nform: {enabled: true, allowed_origins: [\"www.example.org\", \"https://x.example/page\"], max_attachments: 21, max_attachment_bytes: 10, per_ip_per_hour: -1, per_address_per_day: 5000, client_ip_header: Forwarded}\n",
			wantErr: []string{
				`form.enabled: needs http.listen`,
				`form.allowed_origins[0]: must be an origin such as https://www.example.org (scheme and host, no path), got "www.example.org"`,
				`form.allowed_origins[1]:`,
				`form.max_attachments: must be 1-20, got 21`,
				`form.max_attachment_bytes: must be 1024-52428800 (50 MiB), got 10`,
				`form.per_ip_per_hour: must be 1-10000, got -1`,
				`form.per_address_per_day: must be 1-1000, got 5000`,
				`form.client_ip_header: must be X-Real-IP, X-Forwarded-For or "", got "Forwarded"`,
			}},
		{name: "unknown key", yaml: "form: {captcha: true}\n", wantErr: []string{"form.captcha: unknown key"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Parse([]byte(minimal+tt.yaml), t.TempDir())
			if tt.wantErr != nil {
				if err == nil {
					t.Fatal("no error")
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %v\nlacks %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			f := c.Form
			if f.Enabled != tt.want.Enabled || !slices.Equal(f.AllowedOrigins, tt.want.AllowedOrigins) || f.MaxAttachments != tt.want.MaxAttachments ||
				f.MaxAttachmentBytes != tt.want.MaxAttachmentBytes || f.PerIPPerHour != tt.want.PerIPPerHour ||
				f.PerAddressPerDay != tt.want.PerAddressPerDay || f.ClientIPHeader != tt.want.ClientIPHeader {
				t.Errorf("form %+v, want %+v", f, tt.want)
			}
		})
	}
}
