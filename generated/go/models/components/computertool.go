// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerTool struct {
	Type ComputerToolType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ComputerTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerTool) GetType() ComputerToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerTool) UnmarshalJSON(data []byte) error {
	return rooted("ComputerTool", o.decode(data, "$"))
}

func (o *ComputerTool) decode(data []byte, path string) error {
	var out ComputerTool
	r := readObject(data, path, "ComputerTool")
	readRequired(r, "type", &out.Type, (*ComputerToolType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ComputerToolType string

const (
	ComputerToolTypeComputer ComputerToolType = "computer"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolType) ToPointer() *ComputerToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolType", e.decode(data, "$"))
}

func (e *ComputerToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolType", ComputerToolTypeComputer)
}
