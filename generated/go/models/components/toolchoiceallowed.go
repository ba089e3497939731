// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolChoiceAllowed struct {
	Type  ToolChoiceAllowedType `json:"type"`
	Mode  ToolChoiceAllowedMode `json:"mode"`
	Tools []map[string]any      `json:"tools"`
	// AdditionalProperties holds the fields of the JSON object that ToolChoiceAllowed does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolChoiceAllowed) GetType() ToolChoiceAllowedType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolChoiceAllowed) GetMode() ToolChoiceAllowedMode {
	if o == nil {
		return ""
	}
	return o.Mode
}

func (o *ToolChoiceAllowed) GetTools() []map[string]any {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *ToolChoiceAllowed) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolChoiceAllowed) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceAllowed", o.decode(data, "$"))
}

func (o *ToolChoiceAllowed) decode(data []byte, path string) error {
	var out ToolChoiceAllowed
	r := readObject(data, path, "ToolChoiceAllowed")
	readRequired(r, "type", &out.Type, (*ToolChoiceAllowedType).decode)
	readRequired(r, "mode", &out.Mode, (*ToolChoiceAllowedMode).decode)
	readRequired(r, "tools", &out.Tools, decodeArray(decodeMap(decodeAny)))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolChoiceAllowed) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("mode", o.Mode)
	w.value("tools", o.Tools)
	return w.finish(o.AdditionalProperties)
}

type ToolChoiceAllowedType string

const (
	ToolChoiceAllowedTypeAllowedTools ToolChoiceAllowedType = "allowed_tools"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceAllowedType) ToPointer() *ToolChoiceAllowedType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceAllowedType) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceAllowedType", e.decode(data, "$"))
}

func (e *ToolChoiceAllowedType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceAllowedType", ToolChoiceAllowedTypeAllowedTools)
}

type ToolChoiceAllowedMode string

const (
	ToolChoiceAllowedModeAuto     ToolChoiceAllowedMode = "auto"
	ToolChoiceAllowedModeRequired ToolChoiceAllowedMode = "required"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceAllowedMode) ToPointer() *ToolChoiceAllowedMode {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceAllowedMode) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceAllowedMode", e.decode(data, "$"))
}

func (e *ToolChoiceAllowedMode) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceAllowedMode", ToolChoiceAllowedModeAuto, ToolChoiceAllowedModeRequired)
}
