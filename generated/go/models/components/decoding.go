// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The decoders below share one shape, func(dst *T, data []byte, path string) error: they check
// data strictly (no coercion between JSON kinds) and report a *DecodeError carrying path.

func firstByte(data []byte) byte {
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) == 0 {
		return 0
	}
	return data[0]
}

func isNull(data []byte) bool {
	return string(bytes.TrimSpace(data)) == "null"
}

// describe names what data holds, for the "got" part of an error.
func describe(data []byte) string {
	data = bytes.TrimSpace(data)
	switch firstByte(data) {
	case 0:
		return "nothing"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		var s string
		if json.Unmarshal(data, &s) == nil && utf8.RuneCountInString(s) > 40 {
			return strconv.Quote(string([]rune(s)[:40])+"...") + " (a string)"
		}
		return string(data) + " (a string)"
	}
	return string(data)
}

// childPath is the path of a member: path.key for an ASCII identifier, else path["key"] with the key
// as a JSON string, as the Python and TypeScript bindings write it.
func childPath(path, key string) string {
	for i, c := range key {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return path + "[" + jsonQuote(key) + "]"
		}
	}
	if key == "" {
		return path + `[""]`
	}
	return path + "." + key
}

// jsonQuote writes s as JSON.stringify does: only '"', '\' and control characters escaped.
func jsonQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func decodeString(dst *string, data []byte, path string) error {
	if firstByte(data) != '"' {
		return mismatch(path, "a string", data)
	}
	return json.Unmarshal(data, dst)
}

func decodeBool(dst *bool, data []byte, path string) error {
	switch string(bytes.TrimSpace(data)) {
	case "true":
		*dst = true
	case "false":
		*dst = false
	default:
		return mismatch(path, "a boolean", data)
	}
	return nil
}

// numberText returns the text of a JSON number; strings holding digits are not numbers.
func numberText(data []byte) (string, bool) {
	c := firstByte(data)
	if c != '-' && (c < '0' || c > '9') {
		return "", false
	}
	return string(bytes.TrimSpace(data)), true
}

func decodeNumber(dst *float64, data []byte, path string) error {
	text, ok := numberText(data)
	if !ok {
		return mismatch(path, "a number", data)
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return mismatch(path, "a number within the range of float64", data)
	}
	*dst = f
	return nil
}

// decodeInteger reads a JSON integer into a float64 (the type OpenRouter's Go SDK gives counters);
// a number with a fractional part is rejected all the same.
func decodeInteger(dst *float64, data []byte, path string) error {
	text, ok := numberText(data)
	if !ok {
		return mismatch(path, "an integer", data)
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || f != math.Trunc(f) {
		return mismatch(path, "an integer", data)
	}
	*dst = f
	return nil
}

func decodeInt64(dst *int64, data []byte, path string) error {
	text, ok := numberText(data)
	if !ok {
		return mismatch(path, "an integer", data)
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		*dst = n
		return nil
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || f != math.Trunc(f) || f < math.MinInt64 || f >= math.MaxInt64 {
		return mismatch(path, "an integer within the range of int64", data)
	}
	*dst = int64(f)
	return nil
}

// decodeAny reads free-form JSON, keeping numbers as json.Number so they re-encode as written.
func decodeAny(dst *any, data []byte, path string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return dec.Decode(dst)
}

// decodeOpenEnum reads any string into a string type whose constants list the documented values.
func decodeOpenEnum[S ~string](dst *S, data []byte, path string) error {
	var s string
	if err := decodeString(&s, data, path); err != nil {
		return err
	}
	*dst = S(s)
	return nil
}

// decodeEnum reads a string that must be one of known; typeName is the enum type.
func decodeEnum[S ~string](dst *S, data []byte, path, typeName string, known ...S) error {
	var s string
	if err := decodeString(&s, data, path); err != nil {
		return owned(typeName, err)
	}
	quoted := make([]string, len(known))
	for i, k := range known {
		if string(k) == s {
			*dst = k
			return nil
		}
		quoted[i] = strconv.Quote(string(k))
	}
	expected := quoted[0]
	if len(quoted) > 1 {
		expected = "one of " + strings.Join(quoted, ", ")
	}
	return &DecodeError{Type: typeName, Path: path, Expected: expected, Got: strconv.Quote(s)}
}

func decodeArray[T any](item func(*T, []byte, string) error) func(*[]T, []byte, string) error {
	return func(dst *[]T, data []byte, path string) error {
		if firstByte(data) != '[' {
			return mismatch(path, "an array", data)
		}
		var raws []json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return err
		}
		out := make([]T, len(raws))
		for i, raw := range raws {
			if err := item(&out[i], raw, indexPath(path, i)); err != nil {
				return err
			}
		}
		*dst = out
		return nil
	}
}

func decodeMap[T any](value func(*T, []byte, string) error) func(*map[string]T, []byte, string) error {
	return func(dst *map[string]T, data []byte, path string) error {
		if firstByte(data) != '{' {
			return mismatch(path, "an object", data)
		}
		var raws map[string]json.RawMessage
		if err := json.Unmarshal(data, &raws); err != nil {
			return err
		}
		keys := make([]string, 0, len(raws))
		for k := range raws {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make(map[string]T, len(raws))
		for _, k := range keys {
			var v T
			if err := value(&v, raws[k], childPath(path, k)); err != nil {
				return err
			}
			out[k] = v
		}
		*dst = out
		return nil
	}
}

// decodeNullable reads null as nil and anything else with dec.
func decodeNullable[T any](dec func(*T, []byte, string) error) func(**T, []byte, string) error {
	return func(dst **T, data []byte, path string) error {
		if isNull(data) {
			*dst = nil
			return nil
		}
		v := new(T)
		if err := dec(v, data, path); err != nil {
			return err
		}
		*dst = v
		return nil
	}
}

// limits are the minimum and maximum the schema puts on a number, a string's length or an array's size.
type limits struct {
	hasMin, hasMax bool
	min, max       float64
}

func (l limits) check(n float64, path, what, unit string, data []byte) error {
	if (!l.hasMin || n >= l.min) && (!l.hasMax || n <= l.max) {
		return nil
	}
	var parts []string
	if l.hasMin {
		parts = append(parts, ">= "+strconv.FormatFloat(l.min, 'g', -1, 64))
	}
	if l.hasMax {
		parts = append(parts, "<= "+strconv.FormatFloat(l.max, 'g', -1, 64))
	}
	expected := what + " " + strings.Join(parts, " and ") + unit
	return &DecodeError{Path: path, Expected: expected, Got: describe(data)}
}

func bounded[T ~float64 | ~int64](dec func(*T, []byte, string) error, l limits) func(*T, []byte, string) error {
	return func(dst *T, data []byte, path string) error {
		if err := dec(dst, data, path); err != nil {
			return err
		}
		return l.check(float64(*dst), path, "a number", "", data)
	}
}

func sized[S ~string](dec func(*S, []byte, string) error, l limits) func(*S, []byte, string) error {
	return func(dst *S, data []byte, path string) error {
		if err := dec(dst, data, path); err != nil {
			return err
		}
		return l.check(float64(utf8.RuneCountInString(string(*dst))), path, "a string of", " characters", data)
	}
}

func counted[T any](dec func(*[]T, []byte, string) error, l limits) func(*[]T, []byte, string) error {
	return func(dst *[]T, data []byte, path string) error {
		if err := dec(dst, data, path); err != nil {
			return err
		}
		return l.check(float64(len(*dst)), path, "an array of", " items", data)
	}
}

// patterns holds each pattern compiled once (the generator checked that it compiles and means in RE2
// what it means in ECMA-262).
var patterns sync.Map

func compiled(pattern string) *regexp.Regexp {
	if re, ok := patterns.Load(pattern); ok {
		return re.(*regexp.Regexp)
	}
	re, _ := patterns.LoadOrStore(pattern, regexp.MustCompile(pattern))
	return re.(*regexp.Regexp)
}

// matching checks a string against a schema pattern: re2 is its RE2 spelling, ecma as written.
func matching[S ~string](dec func(*S, []byte, string) error, re2, ecma string) func(*S, []byte, string) error {
	return func(dst *S, data []byte, path string) error {
		if err := dec(dst, data, path); err != nil {
			return err
		}
		if !compiled(re2).MatchString(string(*dst)) {
			return &DecodeError{Path: path, Expected: "a string matching /" + ecma + "/", Got: describe(data)}
		}
		return nil
	}
}

// mapRules are what a map's schema says of its size and keys (minProperties, maxProperties,
// propertyNames: key length in characters and pattern).
type mapRules struct {
	size, keyLength limits
	keyPattern      string // RE2 spelling; "" for none
	keyPatternECMA  string
}

func (m mapRules) check(keys []string, path string, data []byte) error {
	if err := m.size.check(float64(len(keys)), path, "an object of", " properties", data); err != nil {
		return err
	}
	for _, k := range keys {
		err := m.keyLength.check(float64(utf8.RuneCountInString(k)), path, "an object whose keys are", " characters", data)
		if err == nil && m.keyPattern != "" && !compiled(m.keyPattern).MatchString(k) {
			err = &DecodeError{Path: path, Expected: "an object whose keys match /" + m.keyPatternECMA + "/", Got: describe(data)}
		}
		if err != nil {
			err.(*DecodeError).Got = "the key " + jsonQuote(k)
			return err
		}
	}
	return nil
}

// ruled checks a map's size and keys before its values.
func ruled[T any](dec func(*map[string]T, []byte, string) error, rules mapRules) func(*map[string]T, []byte, string) error {
	return func(dst *map[string]T, data []byte, path string) error {
		if firstByte(data) == '{' {
			var raws map[string]json.RawMessage
			if err := json.Unmarshal(data, &raws); err != nil {
				return err
			}
			keys := make([]string, 0, len(raws))
			for k := range raws {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if err := rules.check(keys, path, data); err != nil {
				return err
			}
		}
		return dec(dst, data, path)
	}
}

// objectReader takes the fields of one JSON object in schema order; the first error sticks and
// makes the remaining reads no-ops, so the error names the first bad field.
type objectReader struct {
	typeName string
	path     string
	fields   map[string]json.RawMessage
	err      error
}

func readObject(data []byte, path, typeName string) *objectReader {
	r := &objectReader{typeName: typeName, path: path}
	if firstByte(data) != '{' {
		r.err = owned(typeName, mismatch(path, "an object", data))
	} else if err := json.Unmarshal(data, &r.fields); err != nil {
		r.err = err
	}
	return r
}

// take removes the field wire from the object and returns it with its path.
func (r *objectReader) take(wire string) (json.RawMessage, string, bool) {
	if r.err != nil {
		return nil, "", false
	}
	raw, ok := r.fields[wire]
	delete(r.fields, wire)
	return raw, childPath(r.path, wire), ok
}

func (r *objectReader) fail(err error) {
	if err != nil && r.err == nil {
		r.err = owned(r.typeName, err)
	}
}

// finish hands the fields nobody took to extra and returns the first error.
func (r *objectReader) finish(extra *map[string]json.RawMessage) error {
	if r.err != nil {
		return r.err
	}
	*extra = nil
	if len(r.fields) > 0 {
		*extra = r.fields
	}
	return nil
}

// finishClosed is finish for an object with `additionalProperties: false`: a field nobody took is an
// error at its own path.
func (r *objectReader) finishClosed() error {
	if r.err != nil {
		return r.err
	}
	keys := make([]string, 0, len(r.fields))
	for k := range r.fields {
		keys = append(keys, k)
	}
	if len(keys) > 0 {
		sort.Strings(keys)
		return owned(r.typeName, &DecodeError{Path: childPath(r.path, keys[0]),
			Expected: "no such field: the object's fields are closed (additionalProperties is false)",
			Got:      describe(r.fields[keys[0]])})
	}
	return nil
}

// readTag reads the discriminator of a union: a required string field.
func readTag(data []byte, path, typeName, wire string) (string, error) {
	var tag string
	r := readObject(data, path, typeName)
	readRequired(r, wire, &tag, decodeString)
	return tag, r.err
}

func readRequired[T any](r *objectReader, wire string, dst *T, dec func(*T, []byte, string) error) {
	raw, path, ok := r.take(wire)
	if r.err != nil {
		return
	}
	if !ok {
		r.fail(&DecodeError{Path: path, Expected: "the required field " + strconv.Quote(wire), Got: "nothing"})
		return
	}
	r.fail(dec(dst, raw, path))
}

// readOptional reads a field that may be absent (dst stays nil) but not null.
func readOptional[T any](r *objectReader, wire string, dst **T, dec func(*T, []byte, string) error) {
	raw, path, ok := r.take(wire)
	if r.err != nil || !ok {
		return
	}
	v := new(T)
	if err := dec(v, raw, path); err != nil {
		r.fail(err)
		return
	}
	*dst = v
}

// readPresent reads an optional array or map: nil when absent, never nil when present.
func readPresent[T any](r *objectReader, wire string, dst *T, dec func(*T, []byte, string) error) {
	raw, path, ok := r.take(wire)
	if r.err != nil || !ok {
		return
	}
	r.fail(dec(dst, raw, path))
}

func readOptionalNullable[T any](r *objectReader, wire string, dst *OptionalNullable[T], dec func(*T, []byte, string) error) {
	raw, path, ok := r.take(wire)
	if r.err != nil || !ok {
		return
	}
	if isNull(raw) {
		*dst = OptionalNull[T]()
		return
	}
	var v T
	if err := dec(&v, raw, path); err != nil {
		r.fail(err)
		return
	}
	*dst = OptionalValue(v)
}

// marshal encodes v without escaping <, > and &.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// objectWriter writes one JSON object: known fields in schema order, then additional ones by name.
type objectWriter struct {
	buf   bytes.Buffer
	known map[string]bool
	err   error
}

func writeObject() *objectWriter {
	w := &objectWriter{known: map[string]bool{}}
	w.buf.WriteByte('{')
	return w
}

func (w *objectWriter) value(wire string, v any) {
	w.valueIf(true, wire, v)
}

// valueIf writes the field wire when present; either way an additional property of that name is
// not written.
func (w *objectWriter) valueIf(present bool, wire string, v any) {
	w.known[wire] = true
	if !present || w.err != nil {
		return
	}
	data, err := marshal(v)
	if err != nil {
		w.err = err
		return
	}
	w.member(wire, data)
}

func (w *objectWriter) member(wire string, data []byte) {
	if w.buf.Len() > 1 {
		w.buf.WriteByte(',')
	}
	key, _ := marshal(wire)
	w.buf.Write(key)
	w.buf.WriteByte(':')
	w.buf.Write(data)
}

func (w *objectWriter) finish(extra map[string]json.RawMessage) ([]byte, error) {
	if w.err != nil {
		return nil, w.err
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		if !w.known[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !json.Valid(extra[k]) {
			return nil, fmt.Errorf("components: additional property %q does not hold valid JSON", k)
		}
		w.member(k, extra[k])
	}
	w.buf.WriteByte('}')
	return w.buf.Bytes(), nil
}

// noMember is the error of a union's MarshalJSON when no member is set.
func noMember(typeName string) error {
	return fmt.Errorf("components: %s has no member set", typeName)
}
