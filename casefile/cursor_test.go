package casefile

import (
	"context"
	"fmt"
	"testing"
)

func TestCursor(t *testing.T) {
	type step struct {
		folder    string
		uidv, uid uint32
	}
	tests := []struct {
		name  string
		steps []step
		want  map[string]Cursor
	}{
		{
			name:  "never synced",
			steps: nil,
			want:  map[string]Cursor{"INBOX": {}},
		},
		{
			name:  "keeps the highest UID",
			steps: []step{{"INBOX", 7, 5}, {"INBOX", 7, 9}, {"INBOX", 7, 3}},
			want:  map[string]Cursor{"INBOX": {7, 9}},
		},
		{
			name:  "UIDVALIDITY change restarts at the UID",
			steps: []step{{"INBOX", 7, 50}, {"INBOX", 8, 2}},
			want:  map[string]Cursor{"INBOX": {8, 2}},
		},
		{
			name:  "folders are independent",
			steps: []step{{"INBOX", 7, 50}, {"Junk", 3, 4}},
			want:  map[string]Cursor{"INBOX": {7, 50}, "Junk": {3, 4}},
		},
		{
			name:  "no folder, no cursor",
			steps: []step{{"", 7, 50}},
			want:  map[string]Cursor{"": {}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := openTest(t, Options{})
			for i, st := range tc.steps {
				m := complaint(fmt.Sprintf("m%d@x", i))
				inc := in(st.uid, m)
				inc.Folder, inc.UIDValidity = st.folder, st.uidv
				ingest(t, s, inc)
			}
			for folder, want := range tc.want {
				got, err := s.Cursor(ctx, folder)
				if err != nil || got != want {
					t.Errorf("Cursor(%q) = %+v, %v; want %+v", folder, got, err, want)
				}
			}
		})
	}
}

func TestSetCursor(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	ingest(t, s, in(40, complaint("a@x")))
	if err := s.SetCursor(ctx, "INBOX", Cursor{UIDValidity: 9, LastUID: 0}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Cursor(ctx, "INBOX"); err != nil || got != (Cursor{9, 0}) {
		t.Errorf("Cursor = %+v, %v; want {9 0}", got, err)
	}
}
