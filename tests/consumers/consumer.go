// A program a user of the published Go module would write: read a Responses stream
// (text/event-stream) from a file, decode every event, re-encode it, and print a JSON summary.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/xsdk/xsdk/generated/go/models/components"
)

type summary struct {
	Version string            `json:"version"`
	Events  []json.RawMessage `json:"events"`
	Text    string            `json:"text"`
	Unknown int               `json:"unknown"`
}

func run(path string) int {
	body, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer body.Close()
	out := summary{Version: components.SchemaVersion, Events: []json.RawMessage{}}
	events := components.NewOpenResponsesStreamEventReader(body)
	defer events.Close()
	for events.Next() {
		ev := events.Value()
		if ev.IsUnknown() {
			out.Unknown++
		} else if ev.OpenResponsesTextDeltaEvent != nil {
			out.Text += ev.OpenResponsesTextDeltaEvent.Delta
		}
		encoded, err := json.Marshal(ev)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		out.Events = append(out.Events, encoded)
	}
	if err := events.Err(); err != nil {
		var bad *components.DecodeError
		if errors.As(err, &bad) {
			line, _ := json.Marshal(map[string]string{"error_path": bad.Path})
			fmt.Println(string(line))
			return 3
		}
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	line, err := json.Marshal(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(string(line))
	return 0
}

func main() {
	os.Exit(run(os.Args[1]))
}
