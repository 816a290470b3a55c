package config

import (
	"fmt"
	"os"
	"regexp"
	"strings"
)

// CredentialsVar is the one environment variable password_file and
// token_file may name: systemd sets it to the directory of the unit's
// credentials (LoadCredential=, systemd.exec(5) "Credentials"), a
// directory only the service can read, so
//
//	password_file: ${CREDENTIALS_DIRECTORY}/imap-password
//
// reads the secret the unit loaded. No other variable is expanded: a file
// path that changes with whatever the environment holds is a way to read
// the wrong file.
const CredentialsVar = "CREDENTIALS_DIRECTORY"

// credentialRef matches CredentialsVar in a path, as ${…} or as $… not
// followed by more of a name.
var credentialRef = regexp.MustCompile(`\$(\{` + CredentialsVar + `\}|` + CredentialsVar + `\b)`)

// checkCredentialPath reports a "$" in p that is not a reference to
// CredentialsVar (Validate).
func checkCredentialPath(p string) error {
	if strings.Contains(credentialRef.ReplaceAllLiteralString(p, ""), "$") {
		return fmt.Errorf("only ${%s} is expanded in file paths, got %q", CredentialsVar, p)
	}
	return nil
}

// expandCredentials replaces CredentialsVar in p by its value; key names
// the setting for the error when the variable is not set.
func expandCredentials(key, p string) (string, error) {
	if !strings.Contains(p, "$") {
		return p, nil
	}
	dir, ok := os.LookupEnv(CredentialsVar)
	if !ok || dir == "" {
		return "", fmt.Errorf("%s: %q names ${%s}, which is not set: systemd sets it for a unit with LoadCredential= (run redress as that unit, or give the file's own path)", key, p, CredentialsVar)
	}
	return credentialRef.ReplaceAllLiteralString(p, dir), nil
}
