package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/yweca/redress/config"
)

// selectStations is the stations a command covers: the one -station names,
// else every station of cfg.
func selectStations(cfg *config.Config, name string) ([]*config.Config, error) {
	if name == "" {
		return cfg.StationConfigs(), nil
	}
	s, err := cfg.FindStation(name)
	if err != nil {
		return nil, exitError{code: 2, msg: "-station: " + err.Error()}
	}
	return []*config.Config{s}, nil
}

// oneStation is the station a command on a row id (cases raw, outbox
// retry) works on: the only one, or the one -station names, since ids
// are per station.
func oneStation(cfg *config.Config, name, cmd string) (*config.Config, error) {
	stations, err := selectStations(cfg, name)
	if err != nil {
		return nil, err
	}
	if len(stations) != 1 {
		return nil, exitError{code: 2, msg: fmt.Sprintf("%s: the config serves %d stations (%s) and ids are per station; say which with -station NAME",
			cmd, len(stations), stationNames(stations))}
	}
	return stations[0], nil
}

// stationForRef is the station of the case reference ref: the one whose
// case prefix begins it (YW-2026-00042 is station YW's), or the one
// -station names.
func stationForRef(cfg *config.Config, name, ref string) (*config.Config, error) {
	if name != "" || len(cfg.Stations) == 0 {
		return oneStation(cfg, name, "case "+ref)
	}
	prefix, _, _ := strings.Cut(ref, "-")
	for _, s := range cfg.StationConfigs() {
		if s.Station.CasePrefix == prefix {
			return s, nil
		}
	}
	return nil, exitError{code: 1, msg: fmt.Sprintf("no station has the case prefix of %s (the stations are %s); say which with -station NAME",
		ref, stationNames(cfg.StationConfigs()))}
}

// stationNames lists stations as `"North" (NO), "South" (SO)`.
func stationNames(stations []*config.Config) string {
	names := make([]string, 0, len(stations))
	for _, s := range stations {
		names = append(names, fmt.Sprintf("%q (%s)", s.Station.Name, s.Station.CasePrefix))
	}
	return strings.Join(names, ", ")
}

// output is how a command's per-station output is joined.
type output int

const (
	outText output = iota // each station under a line naming it
	outJSON               // one array; each object names its station first
	outCSV                // one table with a station column first, one header
)

// forStations runs one for each station and writes what it prints to w.
// One station prints exactly as it would alone; several are joined as
// out says, so that a list covers the whole deployment. In text, every
// station is worked on even when one fails; the failures are returned
// joined.
func forStations(stations []*config.Config, out output, w io.Writer, one func(cfg *config.Config, w io.Writer) error) error {
	if len(stations) == 1 {
		return one(stations[0], w)
	}
	var parts [][]byte
	var errs []error
	for _, s := range stations {
		var b bytes.Buffer
		err := one(s, &b)
		if err != nil {
			err = fmt.Errorf("station %q: %w", s.Station.Name, err)
		}
		if out == outText {
			// A station's failure does not keep the others from working.
			fmt.Fprintf(w, "== station %s (%s) ==\n%s", s.Station.Name, s.Station.CasePrefix, b.Bytes())
			errs = append(errs, err)
			continue
		}
		if err != nil {
			return err
		}
		parts = append(parts, b.Bytes())
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	switch out {
	case outJSON:
		return joinJSON(stations, parts, w)
	case outCSV:
		return joinCSV(stations, parts, w)
	}
	return nil
}

// joinJSON writes the JSON arrays parts (one per station) as one array
// whose objects begin with "station": the station's name.
func joinJSON(stations []*config.Config, parts [][]byte, w io.Writer) error {
	all := []json.RawMessage{}
	for i, p := range parts {
		var list []json.RawMessage
		if err := json.Unmarshal(p, &list); err != nil {
			return fmt.Errorf("joining the stations' lists: %w", err)
		}
		name, _ := json.Marshal(stations[i].Station.Name)
		for _, obj := range list {
			obj = bytes.TrimSpace(obj)
			if len(obj) < 2 || obj[0] != '{' {
				return fmt.Errorf("joining the stations' lists: an element is not an object")
			}
			sep := ","
			if bytes.Equal(bytes.TrimSpace(obj[1:]), []byte("}")) {
				sep = ""
			}
			all = append(all, json.RawMessage(`{"station":`+string(name)+sep+string(obj[1:])))
		}
	}
	return writeJSON(w, all)
}

// joinCSV writes the CSV tables parts (one per station, each with a byte
// order mark and a header) as one table with a station column first.
func joinCSV(stations []*config.Config, parts [][]byte, w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	for i, p := range parts {
		records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(p, []byte("\ufeff")))).ReadAll()
		if err != nil {
			return fmt.Errorf("joining the stations' tables: %w", err)
		}
		for j, r := range records {
			if j == 0 && i > 0 {
				continue // one header
			}
			first := stations[i].Station.Name
			if j == 0 {
				first = "station"
			}
			if err := cw.Write(append([]string{first}, r...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
