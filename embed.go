// Package redress holds what the whole program embeds from the repository
// root: the documented example configuration, which is also the default for
// `redress parse`.
package redress

import _ "embed"

// ExampleConfig is config.example.yaml as shipped.
//
//go:embed config.example.yaml
var ExampleConfig []byte
