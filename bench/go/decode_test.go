// Benchmark of the generated Go bindings decoding the benchmark stream (copied into a throwaway module by
// bench/run.py, next to a go.mod whose replace points at generated/go).
package decode

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/xsdk/xsdk/generated/go/models/components"
)

func load(b *testing.B, name string) []byte {
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// The SSE body through components.NewOpenResponsesStreamEventReader: framing plus decoding.
func BenchmarkStreamReader(b *testing.B) {
	body := load(b, "stream.sse")
	b.SetBytes(int64(len(body)))
	for i := 0; i < b.N; i++ {
		events := components.NewOpenResponsesStreamEventReader(bytes.NewReader(body))
		n := 0
		for events.Next() {
			n++
		}
		if err := events.Err(); err != nil {
			b.Fatalf("event %d: %v", n, err)
		}
		b.ReportMetric(float64(n), "events/op")
	}
}

// One json.Unmarshal into components.OpenResponsesStreamEvent per JSON Lines event.
func BenchmarkUnmarshal(b *testing.B) {
	var lines [][]byte
	scanner := bufio.NewScanner(bytes.NewReader(load(b, "stream.jsonl")))
	scanner.Buffer(make([]byte, 1<<20), 1<<24)
	for scanner.Scan() {
		lines = append(lines, append([]byte(nil), scanner.Bytes()...))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for n, line := range lines {
			var event components.OpenResponsesStreamEvent
			if err := json.Unmarshal(line, &event); err != nil {
				b.Fatalf("event %d: %v", n, err)
			}
		}
		b.ReportMetric(float64(len(lines)), "events/op")
	}
}
