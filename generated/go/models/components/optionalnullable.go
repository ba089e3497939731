// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type presence uint8

const (
	absent presence = iota
	null
	present
)

// OptionalNullable holds a field that may be absent, null or set to a value, and keeps the three
// apart through decoding and encoding. Its zero value is absent. (The value is held by pointer, so
// a type may hold an OptionalNullable of itself.)
type OptionalNullable[T any] struct {
	value *T
	state presence
}

// OptionalValue returns an OptionalNullable set to v.
func OptionalValue[T any](v T) OptionalNullable[T] {
	return OptionalNullable[T]{value: &v, state: present}
}

// OptionalNull returns an OptionalNullable holding an explicit null.
func OptionalNull[T any]() OptionalNullable[T] {
	return OptionalNullable[T]{state: null}
}

// IsSet reports whether the field is present, as null or as a value.
func (o OptionalNullable[T]) IsSet() bool {
	return o.state != absent
}

// IsNull reports whether the field is present as an explicit null.
func (o OptionalNullable[T]) IsNull() bool {
	return o.state == null
}

// Get returns the value and whether there is one (false when absent or null).
func (o OptionalNullable[T]) Get() (T, bool) {
	return o.Value(), o.state == present
}

// Value returns the value, or the zero value of T when absent or null.
func (o OptionalNullable[T]) Value() T {
	if o.value == nil {
		var zero T
		return zero
	}
	return *o.value
}

// MarshalJSON writes the value, or null when null or absent; the objects of this package leave
// absent fields out altogether.
func (o OptionalNullable[T]) MarshalJSON() ([]byte, error) {
	if o.state != present {
		return []byte("null"), nil
	}
	return marshal(*o.value)
}

// UnmarshalJSON reads null as null and anything else as a value of T.
func (o *OptionalNullable[T]) UnmarshalJSON(data []byte) error {
	if isNull(data) {
		*o = OptionalNull[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*o = OptionalValue(v)
	return nil
}
