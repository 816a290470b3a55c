package logging_test

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/yweca/redress/logging"
)

func ExampleMaskText() {
	fmt.Println(logging.MaskText("reply to lily@163.com or call 13812345678"))
	// Output: reply to l***@163.com or call 138****5678
}

func ExampleNewHandler() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // for a stable example
			}
			return a
		},
	})
	l := slog.New(logging.NewHandler(h, logging.Options{})).With("component", "desk")
	l.With("component", "notify").Info("mail sent", "to", "lily@163.com", "phone", "13812345678")
	// Output: level=INFO msg="mail sent" component=notify to=l***@163.com phone=138****5678
}
