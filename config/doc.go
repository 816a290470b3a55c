// Package config owns redress's YAML configuration: loading it with unknown
// keys rejected, filling the few defaults, validating every key (all
// problems at once, each named by its key path), and resolving secrets from
// the environment or files. It knows the shape of the settings, not what the
// rest of the program does with them.
package config
