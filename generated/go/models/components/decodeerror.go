// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "fmt"

// DecodeError reports JSON that does not fit a type of this package: which type, where (a JSON
// path in wire names, such as $.usage.input_tokens or $.data[0].url) and what was expected there.
// Every UnmarshalJSON of this package returns a *DecodeError for a value it rejects.
type DecodeError struct {
	// Root is the type decoding started from.
	Root string
	// Type is the type that owns the rejected value: Root itself or a type nested in it.
	Type string
	// Path is the JSON path of the rejected value, in wire names.
	Path string
	// Expected says what the value should have been.
	Expected string
	// Got describes what was found instead.
	Got string
}

func (e *DecodeError) Error() string {
	where := e.Root
	if where == "" {
		where = e.Type
	}
	if e.Type != "" && e.Type != where {
		where += " (in " + e.Type + ")"
	}
	return fmt.Sprintf("components: cannot decode %s at %s: expected %s, got %s", where, e.Path, e.Expected, e.Got)
}

// rooted records in err the type a top-level UnmarshalJSON started from.
func rooted(root string, err error) error {
	if de, ok := err.(*DecodeError); ok && de.Root == "" {
		de.Root = root
		if de.Type == "" {
			de.Type = root
		}
	}
	return err
}

// owned records in err the type that owns the rejected value, unless a nested type already did.
func owned(typeName string, err error) error {
	if de, ok := err.(*DecodeError); ok && de.Type == "" {
		de.Type = typeName
	}
	return err
}

// mismatch reports that data at path is not what was expected; the owning type is filled in later.
func mismatch(path, expected string, data []byte) *DecodeError {
	return &DecodeError{Path: path, Expected: expected, Got: describe(data)}
}
