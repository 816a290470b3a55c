package main

import (
	"os"
	"testing"
)

// asMainEnv makes the test binary run as redress itself: tests that need
// a separate process to kill (failover) or to measure (benchmarks) start
// os.Args[0] with it set, without a separate build.
const asMainEnv = "REDRESS_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}
