// Stream driver for tests/test_go_streaming.py: reads requests as JSON Lines on stdin and answers
// each with one JSON line on stdout, reading the request's body through the generated SSE reader
// (types/stream) in reads of at most `chunk` bytes (0: as much as the reader asks for).
//
//	request: {"mode": "frames" | "ResponseStreamEvent" | "ImageGenStreamEvent" | "ImageEditStreamEvent", "body": "...",
//	          "chunk": 1, "max": 0}
//	answer:  {"events": [...], "error": null | {"message", "line", "event", "path", "too_large"}}
//
// "frames" gives the raw events (event, data, id, retry_ms, line); a union's name decodes the body
// with that union's generated reader and gives, per event, its line, name, `type`, whether it is
// unknown, and the value re-encoded.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xsdk/xsdk/generated/go/models/components"
	"github.com/xsdk/xsdk/generated/go/types/stream"
)

type request struct {
	Mode  string `json:"mode"`
	Body  string `json:"body"`
	Chunk int    `json:"chunk"`
	Max   int    `json:"max"`
}

type failure struct {
	Message  string `json:"message"`
	Line     int    `json:"line"`
	Event    string `json:"event"`
	Path     string `json:"path"`
	TooLarge bool   `json:"too_large"`
}

type answer struct {
	Events []any    `json:"events"`
	Error  *failure `json:"error"`
}

// chunked returns at most n bytes per Read.
type chunked struct {
	r io.Reader
	n int
}

func (c chunked) Read(p []byte) (int, error) {
	if c.n > 0 && len(p) > c.n {
		p = p[:c.n]
	}
	return c.r.Read(p)
}

func fail(err error) *failure {
	if err == nil {
		return nil
	}
	f := &failure{Message: err.Error(), TooLarge: errors.Is(err, stream.ErrEventTooLarge)}
	var ee *stream.EventError
	if errors.As(err, &ee) {
		f.Line, f.Event = ee.Line, ee.Event
	}
	var de *components.DecodeError
	if errors.As(err, &de) {
		f.Path = de.Path
	}
	return f
}

func frames(body io.Reader, max int) answer {
	r := stream.NewReader(body)
	if max > 0 {
		r.SetMaxEventSize(max)
	}
	out := answer{Events: []any{}}
	for {
		ev, err := r.ReadEvent()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out.Error = fail(err)
			return out
		}
		out.Events = append(out.Events, map[string]any{
			"event": ev.Name, "data": string(ev.Data), "id": ev.ID, "retry_ms": ev.Retry.Milliseconds(), "line": ev.Line})
	}
}

// typed drains a union's event stream; tag gives a value's discriminator and whether it is unknown.
func typed[T any](events *stream.EventStream[T], max int, tag func(*T) (string, bool)) answer {
	defer events.Close()
	if max > 0 {
		events.SetMaxEventSize(max)
	}
	out := answer{Events: []any{}}
	for events.Next() {
		v := events.Value()
		value, err := json.Marshal(v)
		if err != nil {
			out.Error = fail(err)
			return out
		}
		typ, unknown := tag(v)
		ev := events.Event()
		out.Events = append(out.Events, map[string]any{
			"event": ev.Name, "line": ev.Line, "type": typ, "unknown": unknown, "value": json.RawMessage(value)})
	}
	if events.Value() != nil {
		out.Error = &failure{Message: "driver: Value() is not nil after Next() returned false"}
		return out
	}
	out.Error = fail(events.Err())
	return out
}

func serve(req request) answer {
	body := chunked{strings.NewReader(req.Body), req.Chunk}
	switch req.Mode {
	case "frames":
		return frames(body, req.Max)
	case "ResponseStreamEvent":
		return typed(components.NewOpenResponsesStreamEventReader(body), req.Max,
			func(v *components.OpenResponsesStreamEvent) (string, bool) { return string(v.Type), v.IsUnknown() })
	case "ImageGenStreamEvent":
		return typed(components.NewImageGenStreamEventReader(body), req.Max,
			func(v *components.ImageGenStreamEvent) (string, bool) { return string(v.Type), v.IsUnknown() })
	case "ImageEditStreamEvent":
		return typed(components.NewImageEditStreamEventReader(body), req.Max,
			func(v *components.ImageEditStreamEvent) (string, bool) { return string(v.Type), v.IsUnknown() })
	}
	return answer{Events: []any{}, Error: &failure{Message: fmt.Sprintf("driver: unknown mode %q", req.Mode)}}
}

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, err := in.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var req request
			if jerr := json.Unmarshal(line, &req); jerr != nil {
				fmt.Fprintln(os.Stderr, "driver: bad request:", jerr)
				os.Exit(2)
			}
			if eerr := enc.Encode(serve(req)); eerr != nil {
				fmt.Fprintln(os.Stderr, eerr)
				os.Exit(1)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
