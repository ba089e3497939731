// Go tests of the generated SSE reader (types/stream) and the stream unions' readers, through their
// public API. tests/test_go_streaming.py copies this file, with tests/fixtures/*.sse as testdata/,
// into a throwaway module that uses generated/go, and runs `go test` there.

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/xsdk/xsdk/generated/go/models/components"
	"github.com/xsdk/xsdk/generated/go/types/stream"
)

// readers wraps a body in every way a network connection may hand it over.
var readers = map[string]func(io.Reader) io.Reader{
	"whole":    func(r io.Reader) io.Reader { return r },
	"one byte": iotest.OneByteReader,
	"half":     iotest.HalfReader,
	"data+EOF": iotest.DataErrReader,
	"3 bytes":  func(r io.Reader) io.Reader { return chunked{r, 3} },
	"7 bytes":  func(r io.Reader) io.Reader { return chunked{r, 7} },
}

// chunked returns at most n bytes per Read.
type chunked struct {
	r io.Reader
	n int
}

func (c chunked) Read(p []byte) (int, error) {
	if len(p) > c.n {
		p = p[:c.n]
	}
	return c.r.Read(p)
}

func readAll(t *testing.T, body io.Reader) []stream.Event {
	t.Helper()
	r := stream.NewReader(body)
	var out []stream.Event
	for {
		ev, err := r.ReadEvent()
		if err == io.EOF {
			if _, again := r.ReadEvent(); again != io.EOF {
				t.Fatalf("after io.EOF: %v", again)
			}
			return out
		}
		if err != nil {
			t.Fatalf("ReadEvent: %v", err)
		}
		out = append(out, ev)
	}
}

func fixtures(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.sse"))
	if err != nil || len(paths) < 3 {
		t.Fatalf("testdata/*.sse: %v %v", paths, err)
	}
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	return out
}

func sameJSON(t *testing.T, got, want []byte) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("re-encoded JSON does not parse: %v", err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("event data does not parse: %v", err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("re-encoded\n%s\nwant\n%s", got, want)
	}
}

func TestFixturesReadTheSameWhateverTheReads(t *testing.T) {
	for name, data := range fixtures(t) {
		// the variants below are made from LF line ends (a fixture may be written with CRLF)
		data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
		want := readAll(t, bytes.NewReader(data))
		if len(want) == 0 {
			t.Fatalf("%s: no events", name)
		}
		for how, wrap := range readers {
			for _, body := range map[string][]byte{
				"LF": data, "CRLF": bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")),
				"CR": bytes.ReplaceAll(data, []byte("\n"), []byte("\r")),
			} {
				if got := readAll(t, wrap(bytes.NewReader(body))); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s read %s: %d events differ from %d", name, how, len(got), len(want))
				}
			}
		}
	}
}

// typeOf returns the `type` of an event's JSON data.
func typeOf(t *testing.T, data []byte) string {
	t.Helper()
	var v struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("event data: %v", err)
	}
	return v.Type
}

// decodeAll reads body with the reader of the union an event of that type belongs to and returns,
// per event, its `type`, whether it is unknown, the re-encoded value and its line.
func decodeAll(t *testing.T, eventType string, body io.Reader) (types []string, unknown []bool, values [][]byte, lines []int) {
	t.Helper()
	add := func(typ string, unk bool, v any, line int) {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		types, unknown, values, lines = append(types, typ), append(unknown, unk), append(values, data), append(lines, line)
	}
	var err error
	if strings.HasPrefix(eventType, "image_generation.") {
		events := components.NewImageGenStreamEventReader(body)
		for events.Next() {
			add(string(events.Value().Type), events.Value().IsUnknown(), events.Value(), events.Event().Line)
		}
		err = events.Err()
	} else if strings.HasPrefix(eventType, "image_edit.") {
		events := components.NewImageEditStreamEventReader(body)
		for events.Next() {
			add(string(events.Value().Type), events.Value().IsUnknown(), events.Value(), events.Event().Line)
		}
		err = events.Err()
	} else {
		events := components.NewOpenResponsesStreamEventReader(body)
		for events.Next() {
			add(string(events.Value().Type), events.Value().IsUnknown(), events.Value(), events.Event().Line)
		}
		err = events.Err()
	}
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	return types, unknown, values, lines
}

func TestFixturesDecodeToKnownMembersAndReencode(t *testing.T) {
	decoded := 0
	for name, data := range fixtures(t) {
		frames := readAll(t, bytes.NewReader(data))
		types, unknown, values, lines := decodeAll(t, typeOf(t, frames[0].Data), iotest.OneByteReader(bytes.NewReader(data)))
		if len(types) != len(frames) {
			t.Fatalf("%s: %d of %d events", name, len(types), len(frames))
		}
		for i, frame := range frames {
			if unknown[i] || types[i] != typeOf(t, frame.Data) || lines[i] != frame.Line {
				t.Fatalf("%s event %d: type %q (unknown %v) at line %d, want %q at line %d", name, i, types[i],
					unknown[i], lines[i], typeOf(t, frame.Data), frame.Line)
			}
			sameJSON(t, values[i], frame.Data)
			decoded++
		}
	}
	if decoded < 30 {
		t.Fatalf("only %d events decoded", decoded)
	}
}

func TestLineEndsMayBeSplitBetweenReads(t *testing.T) {
	body := "event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\rdata: 3\n\r\n" + "data: 4\r\n\n" + "data: 5"
	want := []stream.Event{
		{Name: "a", Data: []byte("1"), Line: 1}, {Name: "b", Data: []byte("2"), Line: 4},
		{Name: "message", Data: []byte("3"), Line: 7}, {Name: "message", Data: []byte("4"), Line: 9},
		{Name: "message", Data: []byte("5"), Line: 11},
	}
	for how, wrap := range readers {
		if got := readAll(t, wrap(strings.NewReader(body))); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: got %+v", how, got)
		}
	}
}

func TestFieldsCommentsAndMultiLineData(t *testing.T) {
	body := "\ufeff: opening comment\n" +
		":keep-alive\n\n" +
		"retry: 1500\nid: 7\nevent: first\ndata:{\"a\":\ndata:  1}\nunknown: field\ndata\n\n" +
		"event: ignored because no data\nid: 8\n\n" +
		": a comment does not begin an event\nid: bad\x00id\nretry: 15s\nretry: -1\ndata: second\n\n" +
		"id\ndata: third\n\n"
	got := readAll(t, iotest.OneByteReader(strings.NewReader(body)))
	want := []stream.Event{
		{Name: "first", Data: []byte("{\"a\":\n 1}\n"), ID: "7", Retry: 1500 * time.Millisecond, Line: 4},
		{Name: "message", Data: []byte("second"), ID: "8", Retry: 1500 * time.Millisecond, Line: 16},
		{Name: "message", Data: []byte("third"), ID: "", Retry: 1500 * time.Millisecond, Line: 21},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
}

func TestEmptyDataIsAnEvent(t *testing.T) {
	got := readAll(t, strings.NewReader("data:\n\nevent: e\ndata\n\nevent: no data\n\n"))
	if len(got) != 2 || got[0].Name != "message" || len(got[0].Data) != 0 || got[0].Line != 1 ||
		got[1].Name != "e" || len(got[1].Data) != 0 || got[1].Line != 3 {
		t.Fatalf("got %q", got)
	}
	events := components.NewOpenResponsesStreamEventReader(strings.NewReader("event: ping\ndata:\n\n"))
	var syntax *json.SyntaxError
	if events.Next() || !errors.As(events.Err(), &syntax) {
		t.Fatalf("empty data is not JSON: %v", events.Err())
	}
}

func TestByteOrderMark(t *testing.T) {
	got := readAll(t, iotest.OneByteReader(strings.NewReader("\ufeffdata: 1\n\n\ufeffdata: 2\n\ndata: \ufeff3\n\n")))
	if len(got) != 2 || string(got[0].Data) != "1" || got[0].Line != 1 || string(got[1].Data) != "\ufeff3" {
		t.Fatalf("only a byte order mark opening the stream is dropped: %q", got)
	}
}

func TestDoneEndsTheStreamWithoutReadingFurther(t *testing.T) {
	event := `{"type":"image_generation.future","x":1}`
	for how, wrap := range readers {
		body := io.MultiReader(
			wrap(strings.NewReader("data: "+event+"\r\n\r\n: bye\r\ndata: [DONE]\r\n\r\n")),
			iotest.ErrReader(errors.New("read past [DONE]")))
		events := components.NewImageGenStreamEventReader(body)
		if !events.Next() || !events.Value().IsUnknown() || string(events.Value().Unknown) != event {
			t.Fatalf("%s: first event %+v, err %v", how, events.Value(), events.Err())
		}
		if events.Next() || events.Err() != nil || events.Value() != nil {
			t.Fatalf("%s: after [DONE]: next value %+v, err %v", how, events.Value(), events.Err())
		}
	}
	// [DONE] must be the whole data: anything else is data like any other
	got := readAll(t, strings.NewReader("data: [DONE] \n\ndata: [DONE]\ndata: x\n\ndata:[DONE]\n\ndata: after\n\n"))
	if len(got) != 2 || string(got[0].Data) != "[DONE] " || string(got[1].Data) != "[DONE]\nx" {
		t.Fatalf("got %q", got)
	}
}

func TestAnEventMayEndWithTheInput(t *testing.T) {
	got := readAll(t, strings.NewReader("data: {}\n\nevent: last\ndata: 1"))
	if len(got) != 2 || got[1].Name != "last" || string(got[1].Data) != "1" || got[1].Line != 3 {
		t.Fatalf("got %q", got)
	}
}

func TestOneMebibyteEvent(t *testing.T) {
	b64 := strings.Repeat("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9Q", 1<<20/64)
	event := `{"type":"image_generation.partial_image","b64_json":"` + b64 + `","created_at":1,"size":"1024x1024",` +
		`"quality":"high","background":"opaque","output_format":"png","partial_image_index":0}`
	body := ": big\n\nevent: image_generation.partial_image\ndata: " + event + "\n\ndata: [DONE]\n\n"
	for _, how := range []string{"whole", "one byte", "7 bytes"} {
		events := components.NewImageGenStreamEventReader(readers[how](strings.NewReader(body)))
		if !events.Next() {
			t.Fatalf("%s: %v", how, events.Err())
		}
		partial := events.Value().ImageGenPartialImageEvent
		if partial == nil || len(partial.B64JSON) != 1<<20 || partial.B64JSON != b64 || events.Event().Line != 3 {
			t.Fatalf("%s: decoded %d bytes at line %d", how, len(partial.GetB64JSON()), events.Event().Line)
		}
		if events.Next() || events.Err() != nil {
			t.Fatalf("%s: %v", how, events.Err())
		}
	}
}

func TestABadEventIsADecodeErrorWithPathAndLine(t *testing.T) {
	good := `{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":1}`
	bad := `{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":1.5,"sequence_number":2}`
	body := "event: response.image_generation_call.generating\ndata: " + good + "\n\n: keep-alive\n\n" +
		"event: response.image_generation_call.generating\ndata: " + bad + "\n\ndata: " + good + "\n\n"
	for how, wrap := range readers {
		events := components.NewOpenResponsesStreamEventReader(wrap(strings.NewReader(body)))
		if !events.Next() || events.Value().OpenResponsesImageGenCallGenerating.GetSequenceNumber() != 1 {
			t.Fatalf("%s: first event: %v", how, events.Err())
		}
		if events.Next() || events.Value() != nil {
			t.Fatal("the bad event was accepted")
		}
		err := events.Err()
		var ee *stream.EventError
		var de *components.DecodeError
		if !errors.As(err, &ee) || !errors.As(err, &de) {
			t.Fatalf("%s: err %T %v", how, err, err)
		}
		if ee.Line != 6 || ee.Event != "response.image_generation_call.generating" || de.Path != "$.output_index" ||
			de.Root != "OpenResponsesStreamEvent" || de.Type != "OpenResponsesImageGenCallGenerating" {
			t.Fatalf("%s: %+v %+v", how, *ee, *de)
		}
		want := `stream: event "response.image_generation_call.generating" at line 6: components: cannot decode ` +
			`OpenResponsesStreamEvent (in OpenResponsesImageGenCallGenerating) at $.output_index: expected an integer, got 1.5`
		if err.Error() != want {
			t.Fatalf("%s: %s", how, err)
		}
		if events.Next() || events.Err() != err {
			t.Fatal("an error must stop the stream and stay")
		}
	}
	events := components.NewOpenResponsesStreamEventReader(strings.NewReader("data: {\"type\": \"x\"\n\n"))
	var syntax *json.SyntaxError
	var ee *stream.EventError
	if events.Next() || !errors.As(events.Err(), &syntax) || !errors.As(events.Err(), &ee) || ee.Line != 1 || ee.Event != "message" {
		t.Fatalf("data that is not JSON: %v", events.Err())
	}
}

func TestEventSizeLimit(t *testing.T) {
	long := "data: " + strings.Repeat("x", 2000) + "\n\n"
	lines := "data: ok\n\n" + strings.Repeat("data: "+strings.Repeat("y", 300)+"\n", 4) + "\n"
	for body, line := range map[string]int{long: 1, lines: 6} {
		r := stream.NewReader(iotest.OneByteReader(strings.NewReader(body)))
		r.SetMaxEventSize(1024)
		var err error
		for err == nil {
			_, err = r.ReadEvent()
		}
		var ee *stream.EventError
		if !errors.Is(err, stream.ErrEventTooLarge) || !errors.As(err, &ee) || ee.Line != line {
			t.Fatalf("line %d: %v", line, err)
		}
		if _, again := r.ReadEvent(); again != err {
			t.Fatalf("the error must stay: %v", again)
		}
	}
	if got := readAll(t, strings.NewReader(long)); len(got) != 1 || len(got[0].Data) != 2000 {
		t.Fatal("the default limit is larger")
	}
}

func TestSourceErrorsPassThrough(t *testing.T) {
	broken := errors.New("connection reset")
	body := io.MultiReader(strings.NewReader("data: {\"type\":\"later\"}\n\ndata: {\"ty"), iotest.ErrReader(broken))
	events := components.NewImageGenStreamEventReader(body)
	if !events.Next() || events.Next() || !errors.Is(events.Err(), broken) {
		t.Fatalf("err = %v", events.Err())
	}
	r := stream.NewReader(iotest.TimeoutReader(strings.NewReader("data: 1\n\ndata: 2\n\n")))
	for _, want := range []string{"1", "2"} {
		if ev, err := r.ReadEvent(); err != nil || string(ev.Data) != want {
			t.Fatalf("got %q, %v", ev.Data, err)
		}
	}
	if _, err := r.ReadEvent(); err != iotest.ErrTimeout {
		t.Fatalf("err = %v", err)
	}
	if _, err := r.ReadEvent(); err != iotest.ErrTimeout {
		t.Fatalf("the error must stay: %v", err)
	}
}

type closer struct {
	io.Reader
	closed int
}

func (c *closer) Close() error {
	c.closed++
	return nil
}

func TestCloseClosesTheBodyAndEndsTheStream(t *testing.T) {
	body := &closer{Reader: strings.NewReader("data: {\"type\":\"a\"}\n\ndata: {\"type\":\"b\"}\n\n")}
	events := components.NewOpenResponsesStreamEventReader(body)
	if !events.Next() || events.Value().Type != "a" || !events.Value().IsUnknown() {
		t.Fatal(events.Err())
	}
	if err := events.Close(); err != nil || body.closed != 1 {
		t.Fatalf("close: %v, %d", err, body.closed)
	}
	if events.Next() || events.Err() != nil {
		t.Fatal("Next after Close must return false without an error")
	}
	if err := components.NewOpenResponsesStreamEventReader(strings.NewReader("")).Close(); err != nil {
		t.Fatal(err)
	}
}

func TestGenericEventStream(t *testing.T) {
	type tick struct {
		N int `json:"n"`
	}
	events := stream.NewEventStream(strings.NewReader("data: {\"n\": 1}\n\ndata: {\"n\": 2}\n\n"), stream.JSON[tick])
	var got []int
	for events.Next() {
		got = append(got, events.Value().N)
	}
	if events.Err() != nil || !reflect.DeepEqual(got, []int{1, 2}) {
		t.Fatalf("got %v, %v", got, events.Err())
	}
}
