// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ScreenshotParam struct {
	Type ScreenshotParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ScreenshotParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ScreenshotParam) GetType() ScreenshotParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ScreenshotParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ScreenshotParam) UnmarshalJSON(data []byte) error {
	return rooted("ScreenshotParam", o.decode(data, "$"))
}

func (o *ScreenshotParam) decode(data []byte, path string) error {
	var out ScreenshotParam
	r := readObject(data, path, "ScreenshotParam")
	readRequired(r, "type", &out.Type, (*ScreenshotParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ScreenshotParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ScreenshotParamType string

const (
	ScreenshotParamTypeScreenshot ScreenshotParamType = "screenshot"
)

// ToPointer returns a pointer to a copy of e.
func (e ScreenshotParamType) ToPointer() *ScreenshotParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ScreenshotParamType) UnmarshalJSON(data []byte) error {
	return rooted("ScreenshotParamType", e.decode(data, "$"))
}

func (e *ScreenshotParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ScreenshotParamType", ScreenshotParamTypeScreenshot)
}
