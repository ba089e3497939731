// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerUsePreviewTool struct {
	Type          ComputerUsePreviewToolType `json:"type"`
	Environment   ComputerEnvironment        `json:"environment"`
	DisplayWidth  float64                    `json:"display_width"`
	DisplayHeight float64                    `json:"display_height"`
	// AdditionalProperties holds the fields of the JSON object that ComputerUsePreviewTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerUsePreviewTool) GetType() ComputerUsePreviewToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerUsePreviewTool) GetEnvironment() ComputerEnvironment {
	if o == nil {
		return ""
	}
	return o.Environment
}

func (o *ComputerUsePreviewTool) GetDisplayWidth() float64 {
	if o == nil {
		return 0
	}
	return o.DisplayWidth
}

func (o *ComputerUsePreviewTool) GetDisplayHeight() float64 {
	if o == nil {
		return 0
	}
	return o.DisplayHeight
}

func (o *ComputerUsePreviewTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerUsePreviewTool) UnmarshalJSON(data []byte) error {
	return rooted("ComputerUsePreviewTool", o.decode(data, "$"))
}

func (o *ComputerUsePreviewTool) decode(data []byte, path string) error {
	var out ComputerUsePreviewTool
	r := readObject(data, path, "ComputerUsePreviewTool")
	readRequired(r, "type", &out.Type, (*ComputerUsePreviewToolType).decode)
	readRequired(r, "environment", &out.Environment, (*ComputerEnvironment).decode)
	readRequired(r, "display_width", &out.DisplayWidth, decodeInteger)
	readRequired(r, "display_height", &out.DisplayHeight, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerUsePreviewTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("environment", o.Environment)
	w.value("display_width", o.DisplayWidth)
	w.value("display_height", o.DisplayHeight)
	return w.finish(o.AdditionalProperties)
}

type ComputerUsePreviewToolType string

const (
	ComputerUsePreviewToolTypeComputerUsePreview ComputerUsePreviewToolType = "computer_use_preview"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerUsePreviewToolType) ToPointer() *ComputerUsePreviewToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerUsePreviewToolType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerUsePreviewToolType", e.decode(data, "$"))
}

func (e *ComputerUsePreviewToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerUsePreviewToolType", ComputerUsePreviewToolTypeComputerUsePreview)
}
