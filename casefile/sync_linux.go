package casefile

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncFS makes the files and directories in paths durable with one
// syncfs(2) of the file system holding dir: one journal commit for a whole
// batch of mail instead of two fsyncs per file.
func syncFS(dir string, paths []string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := unix.Syncfs(int(d.Fd())); err != nil {
		// Not offered (an old kernel, a sandbox): one fsync each.
		return syncEach(paths)
	}
	return nil
}
