// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type DragParam struct {
	Type DragParamType              `json:"type"`
	Path []CoordParam               `json:"path"`
	Keys OptionalNullable[[]string] `json:"keys,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that DragParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *DragParam) GetType() DragParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *DragParam) GetPath() []CoordParam {
	if o == nil {
		return nil
	}
	return o.Path
}

func (o *DragParam) GetKeys() OptionalNullable[[]string] {
	if o == nil {
		return OptionalNullable[[]string]{}
	}
	return o.Keys
}

func (o *DragParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *DragParam) UnmarshalJSON(data []byte) error {
	return rooted("DragParam", o.decode(data, "$"))
}

func (o *DragParam) decode(data []byte, path string) error {
	var out DragParam
	r := readObject(data, path, "DragParam")
	readRequired(r, "type", &out.Type, (*DragParamType).decode)
	readRequired(r, "path", &out.Path, decodeArray((*CoordParam).decode))
	readOptionalNullable(r, "keys", &out.Keys, decodeArray(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o DragParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	w.valueIf(o.Keys.IsSet(), "keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type DragParamType string

const (
	DragParamTypeDrag DragParamType = "drag"
)

// ToPointer returns a pointer to a copy of e.
func (e DragParamType) ToPointer() *DragParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *DragParamType) UnmarshalJSON(data []byte) error {
	return rooted("DragParamType", e.decode(data, "$"))
}

func (e *DragParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "DragParamType", DragParamTypeDrag)
}
