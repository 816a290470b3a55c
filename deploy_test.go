package redress_test

import (
	"bufio"
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// unitFile is a systemd unit read as section → key → values, in order
// (a key may repeat; an empty assignment is kept as "").
type unitFile map[string]map[string][]string

func readUnit(t *testing.T, path string) unitFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u := unitFile{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
		case line[0] == '[' && line[len(line)-1] == ']':
			section = line[1 : len(line)-1]
			u[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" || strings.HasSuffix(line, `\`) {
				t.Fatalf("%s:%d: not a key=value line in a section: %q", path, n, line)
			}
			u[section][strings.TrimSpace(k)] = append(u[section][strings.TrimSpace(k)], strings.TrimSpace(v))
		}
	}
	return u
}

// The service unit keeps the settings the deployment relies on: the
// sandbox, the dynamic user owning /var/lib/redress, the credentials the
// config names and the command line; the backup unit runs as the same
// user.
func TestSystemdUnits(t *testing.T) {
	svc := readUnit(t, "deploy/redress.service")["Service"]
	for _, tt := range []struct{ key, want string }{
		{"ExecStart", "/usr/local/bin/redress run -config /etc/redress/config.yaml"},
		{"Restart", "on-failure"},
		{"KillSignal", "SIGTERM"},
		{"DynamicUser", "yes"},
		{"StateDirectory", "redress"},
		{"ConfigurationDirectory", "redress"},
		{"ProtectSystem", "strict"},
		{"ProtectHome", "yes"},
		{"PrivateTmp", "yes"},
		{"NoNewPrivileges", "yes"},
		{"RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX"},
		{"SystemCallFilter", "@system-service"},
		{"CapabilityBoundingSet", ""},
		{"LoadCredential", "imap-password:/etc/redress/imap-password"},
		{"LoadCredential", "smtp-password:/etc/redress/smtp-password"},
	} {
		if !slices.Contains(svc[tt.key], tt.want) {
			t.Errorf("redress.service: %s=%s missing (has %q)", tt.key, tt.want, svc[tt.key])
		}
	}

	// Every credential is named the way README.md tells the config to
	// read it.
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, lc := range svc["LoadCredential"] {
		name, _, _ := strings.Cut(lc, ":")
		if ref := "${CREDENTIALS_DIRECTORY}/" + name; !bytes.Contains(readme, []byte(ref)) {
			t.Errorf("README.md does not show password_file: %s for LoadCredential=%s", ref, lc)
		}
	}

	bak := readUnit(t, "deploy/redress-backup.service")["Service"]
	if !slices.Equal(bak["User"], svc["User"]) || len(svc["User"]) != 1 || !slices.Equal(bak["DynamicUser"], []string{"yes"}) {
		t.Errorf("redress-backup.service runs as User=%q, redress.service as %q: the backup must write as the service's dynamic user", bak["User"], svc["User"])
	}
	if cmd := strings.Join(bak["ExecStart"], " "); !strings.Contains(cmd, "/usr/local/bin/redress backup -force -config /etc/redress/config.yaml /var/lib/redress/") {
		t.Errorf("redress-backup.service ExecStart=%s does not back up into /var/lib/redress", cmd)
	}
	timer := readUnit(t, "deploy/redress-backup.timer")
	if len(timer["Timer"]["OnCalendar"]) == 0 || !slices.Contains(timer["Install"]["WantedBy"], "timers.target") {
		t.Errorf("redress-backup.timer has no OnCalendar= or is not wanted by timers.target: %v", timer)
	}
}

// systemd-analyze verify accepts the units without a warning. It needs
// the programs in ExecStart to exist, so the units are verified from a
// temporary copy whose ExecStart names a copy of this test binary.
func TestSystemdAnalyzeVerify(t *testing.T) {
	tool, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: the unit files were checked for their settings only (TestSystemdUnits)")
	}
	dir := t.TempDir()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "redress")
	copyFile(t, self, bin, 0o755)
	units := []string{"redress.service", "redress-backup.service", "redress-backup.timer"}
	for _, u := range units {
		data, err := os.ReadFile(filepath.Join("deploy", u))
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.ReplaceAll(data, []byte("/usr/local/bin/redress"), []byte(bin))
		if err := os.WriteFile(filepath.Join(dir, u), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(tool, append([]string{"verify"}, prefixAll("./", units)...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("systemd-analyze verify: %v\n%s", err, out)
	}
	// Unknown keys and bad values are only warnings: any line about our
	// units fails the test; other lines (about the host's units) are shown.
	for line := range strings.Lines(string(out)) {
		if slices.ContainsFunc(units, func(u string) bool { return strings.Contains(line, u) }) {
			t.Errorf("systemd-analyze verify: %s", strings.TrimSpace(line))
		} else {
			t.Logf("systemd-analyze verify (not about redress): %s", strings.TrimSpace(line))
		}
	}
}

func prefixAll(p string, s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = p + v
	}
	return out
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, mode); err != nil {
		t.Fatal(err)
	}
}

// dockerInstr is one instruction of a Dockerfile, continuation lines
// joined.
type dockerInstr struct{ cmd, args string }

func readDockerfile(t *testing.T, path string) []dockerInstr {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []dockerInstr
	var cur strings.Builder
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "#") || (line == "" && cur.Len() == 0) {
			continue
		}
		if s, ok := strings.CutSuffix(line, `\`); ok {
			cur.WriteString(s + " ")
			continue
		}
		cur.WriteString(line)
		cmd, args, _ := strings.Cut(strings.TrimSpace(cur.String()), " ")
		out = append(out, dockerInstr{strings.ToUpper(cmd), strings.Join(strings.Fields(args), " ")})
		cur.Reset()
	}
	return out
}

// The Dockerfile builds in one stage with cgo and runs in another as a
// non-root user with /data as its volume. (No docker daemon is needed:
// this reads the file; TestStaticBuild builds with its flags.)
func TestDockerfile(t *testing.T) {
	ins := readDockerfile(t, "deploy/Dockerfile")
	var stages [][]dockerInstr
	for _, in := range ins {
		if in.cmd == "FROM" {
			stages = append(stages, nil)
		}
		if len(stages) == 0 {
			if in.cmd != "ARG" {
				t.Fatalf("%s before the first FROM", in.cmd)
			}
			continue
		}
		stages[len(stages)-1] = append(stages[len(stages)-1], in)
	}
	if len(stages) < 2 {
		t.Fatalf("%d stages, want a build stage and a runtime stage", len(stages))
	}
	build, final := stages[0], stages[len(stages)-1]
	if got := build[0].args; !strings.HasPrefix(got, "golang:1.26-bookworm AS ") {
		t.Errorf("build stage FROM %s, want golang:1.26-bookworm AS …", got)
	}
	stageName := strings.Fields(build[0].args)[2]
	has := func(stage []dockerInstr, cmd string, ok func(args string) bool) bool {
		return slices.ContainsFunc(stage, func(in dockerInstr) bool { return in.cmd == cmd && ok(in.args) })
	}
	if !has(build, "ENV", func(a string) bool { return a == "CGO_ENABLED=1" }) {
		t.Errorf("build stage does not set ENV CGO_ENABLED=1 (go-sqlite3 is C)")
	}
	if !has(build, "RUN", func(a string) bool { return strings.Contains(a, "go build") && strings.Contains(a, "./cmd/redress") }) {
		t.Errorf("build stage does not go build ./cmd/redress")
	}

	runtime := final[0].args
	if strings.HasPrefix(runtime, "golang") {
		t.Errorf("the runtime stage is FROM %s: it should be small", runtime)
	}
	if !has(final, "COPY", func(a string) bool {
		return strings.HasPrefix(a, "--from="+stageName+" ") && strings.Contains(a, "redress")
	}) {
		t.Errorf("the runtime stage does not COPY --from=%s the binary", stageName)
	}
	var user string
	for _, in := range final {
		if in.cmd == "USER" {
			user = in.args
		}
	}
	if name, _, _ := strings.Cut(user, ":"); name == "" || name == "root" || name == "0" {
		t.Errorf("the runtime stage runs as USER %q, want a non-root user", user)
	}
	if !has(final, "VOLUME", func(a string) bool {
		return slices.Contains(strings.Fields(strings.Trim(a, `[]`)), "/data") || strings.Contains(a, `"/data"`)
	}) {
		t.Errorf("no VOLUME /data in the runtime stage")
	}
	if !has(final, "ENTRYPOINT", func(a string) bool { return a == `["/usr/local/bin/redress"]` }) {
		t.Errorf(`ENTRYPOINT is not ["/usr/local/bin/redress"] (exec form, so SIGTERM reaches redress)`)
	}
	if !has(final, "CMD", func(a string) bool { return a == `["run", "-config", "/data/config.yaml"]` }) {
		t.Errorf(`CMD is not ["run", "-config", "/data/config.yaml"]`)
	}
}

// TestStaticBuild builds cmd/redress with the Dockerfile's go build flags
// and checks the result is a static executable that runs. The first build
// with these tags compiles SQLite again (two minutes on two cores), so it
// runs only when REDRESS_TEST_STATIC_BUILD=1.
func TestStaticBuild(t *testing.T) {
	if os.Getenv("REDRESS_TEST_STATIC_BUILD") != "1" {
		t.Skip("set REDRESS_TEST_STATIC_BUILD=1 to build with deploy/Dockerfile's flags (slow the first time)")
	}
	var line string
	for _, in := range readDockerfile(t, "deploy/Dockerfile") {
		if in.cmd == "RUN" && strings.Contains(in.args, "go build") {
			line = in.args
		}
	}
	quoted := func(flag string) string {
		m := regexp.MustCompile(flag + ` '([^']*)'`).FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("no %s '…' in the Dockerfile's go build: %s", flag, line)
		}
		return m[1]
	}
	bin := filepath.Join(t.TempDir(), "redress")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-tags", quoted("-tags"), "-ldflags", quoted("-ldflags"), "-o", bin, "./cmd/redress")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Fatalf("%s: %v\n%s", cmd, err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("the binary asks for a dynamic loader: it will not start on distroless/static")
		}
	}
	if out, err := exec.Command(bin, "help").Output(); err != nil || !strings.Contains(string(out), "backup") {
		t.Errorf("redress help: %v\n%s", err, out)
	}
}
