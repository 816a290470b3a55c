package memstat

import (
	"runtime"
	"testing"
)

func TestPeakRSS(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux's")
	}
	before := PeakRSS()
	if before <= 0 {
		t.Fatalf("PeakRSS = %d, want the process's resident peak", before)
	}
	buf := make([]byte, 64<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	after := PeakRSS()
	runtime.KeepAlive(buf)
	if after < before+32<<20 {
		t.Errorf("PeakRSS after touching 64 MiB = %d, before %d: want it to grow", after, before)
	}
}
