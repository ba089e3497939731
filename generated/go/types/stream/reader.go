// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

// Package stream reads server-sent events (the text/event-stream format of the WHATWG HTML
// standard) from an io.Reader, such as an HTTP response body, and decodes each event's data.
//
// It has two layers. A [Reader] splits the input into events ([Event]: name, data, last event ID,
// the line it began on) and returns io.EOF at the end. An [EventStream] decodes each event's data
// into a T, in the style of OpenRouter's Go SDK.
// Package components has one constructor per stream of events, such as
//
//	events := components.NewOpenResponsesStreamEventReader(resp.Body)
//	defer events.Close()
//	for events.Next() {
//		ev := events.Value() // a *components.OpenResponsesStreamEvent
//		_ = ev
//	}
//	if err := events.Err(); err != nil {
//		// a *stream.EventError (line, event name) wrapping a *components.DecodeError (JSON path)
//	}
//
// Framing follows the standard, as browsers read it:
//
//   - lines end with CRLF, LF or a lone CR, mixed freely and split anywhere between reads;
//   - a line may be as long as an event may be (DefaultMaxEventSize, or SetMaxEventSize): a
//     megabyte of base64 on one data line is an ordinary line;
//   - the data lines of an event are joined with "\n"; an empty line ends the event;
//   - lines starting with ":" (comments, keep-alives), unknown fields and events without data
//     are skipped; `event:` names the event ("message" when absent), `id:` sets the last event ID
//     and `retry:` the reconnection delay;
//   - an event whose data is [DONE] ends the stream and is not returned;
//   - a byte order mark at the very start is dropped, and an event the input ends in without its
//     empty line is still returned (as xsdk's Python reader does).
package stream

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"
)

// DefaultMaxEventSize is how many bytes one line, and the joined data of one event, may hold
// unless SetMaxEventSize says otherwise; it bounds the memory a stream can claim.
const DefaultMaxEventSize = 128 << 20

// Done is the data of the event that ends a stream; it is never returned as an event.
const Done = "[DONE]"

// ErrEventTooLarge is the cause (see EventError) when a line or an event's data is over the limit.
var ErrEventTooLarge = errors.New("event over the size limit")

// Event is one server-sent event.
type Event struct {
	// Name is the event's `event:` field, or "message" when it has none.
	Name string
	// Data holds the event's `data:` lines, joined with "\n". It belongs to the caller.
	Data []byte
	// ID is the last `id:` the stream sent at or before this event (a browser's lastEventId).
	ID string
	// Retry is the reconnection delay the stream last asked for with `retry:`, zero if none.
	Retry time.Duration
	// Line is the line of the input, counted from 1, on which the event began.
	Line int
}

// EventError reports an event that could not be read or decoded, and where it began. Err is the
// cause: ErrEventTooLarge, or the error of the decode function, such as a *components.DecodeError
// naming the JSON path of the bad value, which errors.As finds through EventError.
type EventError struct {
	// Line is the line of the input on which the event began (for ErrEventTooLarge, the line
	// that went over the limit).
	Line int
	// Event is the event's name ("message" when it has none).
	Event string
	// Err is the cause.
	Err error
}

func (e *EventError) Error() string {
	return fmt.Sprintf("stream: event %q at line %d: %v", e.Event, e.Line, e.Err)
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *EventError) Unwrap() error {
	return e.Err
}

// Reader splits a text/event-stream into events. It reads from its source only as far as the
// event it returns, and is not safe for concurrent use.
type Reader struct {
	src    *bufio.Reader
	max    int
	lines  int    // lines read so far
	line   []byte // the line being read, reused
	skipLF bool   // the last line ended with CR, so a LF right after it ends that same line
	begun  bool   // the first line has been read (and its byte order mark dropped)

	// the event being read
	name    string
	data    []byte
	hasData bool
	start   int

	// the stream's state, copied into every event
	id    string
	retry time.Duration

	err error // sticky: io.EOF at the end or after [DONE], else the first error
}

// NewReader returns a Reader of the server-sent events in src.
func NewReader(src io.Reader) *Reader {
	return &Reader{src: bufio.NewReaderSize(src, 64<<10), max: DefaultMaxEventSize}
}

// SetMaxEventSize sets how many bytes one line, and the joined data of one event, may hold; a
// larger one fails with an *EventError whose cause is ErrEventTooLarge. Call it before reading.
func (r *Reader) SetMaxEventSize(n int) {
	r.max = n
}

// ReadEvent returns the next event that has data. At the end of the input, or at an event whose
// data is [DONE], it returns io.EOF. Any other error is the source's, or an *EventError for an
// event over the size limit. Once ReadEvent has returned an error it returns it again.
func (r *Reader) ReadEvent() (Event, error) {
	if r.err != nil {
		return Event{}, r.err
	}
	for {
		line, err := r.readLine()
		if err == io.EOF {
			r.err = io.EOF
			if ev, ok := r.dispatch(); ok && string(ev.Data) != Done {
				return ev, nil
			}
			return Event{}, io.EOF
		}
		if err != nil {
			r.err = err
			return Event{}, err
		}
		if len(line) == 0 {
			if ev, ok := r.dispatch(); ok {
				if string(ev.Data) == Done {
					r.err = io.EOF
					return Event{}, io.EOF
				}
				return ev, nil
			}
			continue
		}
		if line[0] == ':' {
			continue
		}
		if r.start == 0 {
			r.start = r.lines
		}
		if err := r.field(line); err != nil {
			r.err = err
			return Event{}, err
		}
	}
}

// field applies one `name: value` line to the event being read.
func (r *Reader) field(line []byte) error {
	name, value, found := bytes.Cut(line, []byte(":"))
	if found && len(value) > 0 && value[0] == ' ' {
		value = value[1:]
	}
	switch string(name) {
	case "data":
		size := len(r.data) + len(value)
		if r.hasData {
			size++
		}
		if size > r.max {
			return r.tooLarge(r.lines)
		}
		if r.hasData {
			r.data = append(r.data, '\n')
		}
		r.data = append(r.data, value...)
		r.hasData = true
	case "event":
		r.name = string(value)
	case "id":
		if bytes.IndexByte(value, 0) < 0 {
			r.id = string(value)
		}
	case "retry":
		if ms, ok := milliseconds(value); ok {
			r.retry = time.Duration(ms) * time.Millisecond
		}
	}
	return nil
}

// dispatch ends the event being read and returns it, if it has data.
func (r *Reader) dispatch() (Event, bool) {
	ev := Event{Name: r.name, Data: r.data, ID: r.id, Retry: r.retry, Line: r.start}
	ok := r.hasData
	r.name, r.data, r.hasData, r.start = "", nil, false, 0
	if ev.Name == "" {
		ev.Name = "message"
	}
	return ev, ok
}

func (r *Reader) tooLarge(line int) error {
	name := r.name
	if name == "" {
		name = "message"
	}
	return &EventError{Line: line, Event: name, Err: fmt.Errorf("%w (%d bytes)", ErrEventTooLarge, r.max)}
}

// readLine returns the next line without its line end, or io.EOF when there is none; the last
// line of the input needs no line end. The line is only valid until the next call.
func (r *Reader) readLine() ([]byte, error) {
	r.line = r.line[:0]
	if r.skipLF {
		r.skipLF = false
		if next, err := r.src.Peek(1); err == nil && next[0] == '\n' {
			_, _ = r.src.Discard(1)
		}
	}
	for {
		n := r.src.Buffered()
		if n == 0 {
			if _, err := r.src.Peek(1); err != nil {
				if err == io.EOF && len(r.line) > 0 {
					return r.ended(), nil
				}
				return nil, err
			}
			n = r.src.Buffered()
		}
		buf, _ := r.src.Peek(n)
		end := bytes.IndexAny(buf, "\r\n")
		if end < 0 {
			end = n
		}
		if len(r.line)+end > r.max {
			return nil, r.tooLarge(r.lines + 1)
		}
		r.line = append(r.line, buf[:end]...)
		if end == n {
			_, _ = r.src.Discard(n)
			continue
		}
		r.skipLF = buf[end] == '\r'
		_, _ = r.src.Discard(end + 1)
		return r.ended(), nil
	}
}

// ended counts the line just read and drops a byte order mark at the start of the input.
func (r *Reader) ended() []byte {
	r.lines++
	if !r.begun {
		r.begun = true
		r.line = bytes.TrimPrefix(r.line, []byte("\ufeff"))
	}
	return r.line
}

// milliseconds reads a retry value: ASCII digits only, as the standard says, and no more
// milliseconds than a time.Duration holds.
func milliseconds(value []byte) (int64, bool) {
	const most = int64(1<<63-1) / int64(time.Millisecond)
	if len(value) == 0 {
		return 0, false
	}
	var n int64
	for _, c := range value {
		if c < '0' || c > '9' || n > (most-int64(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}
