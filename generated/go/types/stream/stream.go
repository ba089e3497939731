// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package stream

import (
	"encoding/json"
	"io"
)

// EventStream decodes the events of a text/event-stream into values of T, one per event that has
// data:
//
//	for events.Next() {
//		use(events.Value())
//	}
//	if err := events.Err(); err != nil {
//		...
//	}
//
// Next stops at the end of the input, at `data: [DONE]`, and at the first error: the source's,
// or an *EventError naming the line and the name of the event that could not be read or decoded
// and wrapping the cause. It is not safe for concurrent use.
type EventStream[T any] struct {
	events *Reader
	decode func(data []byte) (T, error)
	body   io.Reader
	event  Event
	value  *T
	err    error
	closed bool
}

// NewEventStream returns an EventStream of the events in body whose data decode turns into a T;
// JSON[T] is the decode function for a type that decodes itself from JSON.
func NewEventStream[T any](body io.Reader, decode func(data []byte) (T, error)) *EventStream[T] {
	return &EventStream[T]{events: NewReader(body), decode: decode, body: body}
}

// JSON decodes data into a new T with encoding/json. The types of package components decode
// strictly and report a *components.DecodeError naming the JSON path of a bad value.
func JSON[T any](data []byte) (T, error) {
	var v T
	err := json.Unmarshal(data, &v)
	return v, err
}

// SetMaxEventSize sets how large one event may be; see Reader.SetMaxEventSize.
func (s *EventStream[T]) SetMaxEventSize(n int) {
	s.events.SetMaxEventSize(n)
}

// Next reads and decodes the next event, which Value then returns. It returns false at the end of
// the stream, after Close, and at the first error, which Err then returns.
func (s *EventStream[T]) Next() bool {
	s.event, s.value = Event{}, nil
	if s.err != nil || s.closed {
		return false
	}
	ev, err := s.events.ReadEvent()
	if err != nil {
		if err != io.EOF {
			s.err = err
		}
		return false
	}
	v, err := s.decode(ev.Data)
	if err != nil {
		s.err = &EventError{Line: ev.Line, Event: ev.Name, Err: err}
		return false
	}
	s.event, s.value = ev, &v
	return true
}

// Value returns the value Next decoded last, or nil when Next returned false.
func (s *EventStream[T]) Value() *T {
	return s.value
}

// Event returns the server-sent event Value was decoded from (its name, data, ID and line), or
// the zero Event when Next returned false.
func (s *EventStream[T]) Event() Event {
	return s.event
}

// Err returns the error that stopped Next, or nil if the stream ended normally or is still going.
func (s *EventStream[T]) Err() error {
	return s.err
}

// Close closes the body when it is an io.Closer (an HTTP response body, say) and makes Next return
// false from then on.
func (s *EventStream[T]) Close() error {
	s.closed = true
	if c, ok := s.body.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
