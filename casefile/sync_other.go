//go:build !linux

package casefile

// syncFS makes the files and directories in paths durable, one fsync each.
func syncFS(dir string, paths []string) error {
	return syncEach(paths)
}
