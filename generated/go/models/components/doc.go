// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

// Package components holds the Go types of xsdk events 0.1.0, generated from schemas/openapi.yaml.
//
// Decoding is strict: UnmarshalJSON rejects a missing required field, a non-integral number where
// the schema says integer, a string where a number belongs and a value outside a closed enum, with
// a *DecodeError naming the type, the JSON path (in wire names) and what was expected there.
//
// Nothing is lost on the way through: fields an object does not declare are kept in its
// AdditionalProperties and written back by MarshalJSON; a union keeps a value with an unknown
// discriminator as raw JSON in its Unknown field; a field that may be absent or null is an
// OptionalNullable, which keeps absent, null and a value apart.
//
// Streams of events, sent as server-sent events (text/event-stream), are read with the New...Reader
// constructor of their union or with package stream beside this one (types/stream).
package components

// SchemaVersion is the info.version of the schema this package was generated from; the module's
// release tag carries the same version.
const SchemaVersion = "0.1.0"
