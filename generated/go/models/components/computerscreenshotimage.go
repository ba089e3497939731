// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerScreenshotImage struct {
	Type     ComputerScreenshotImageType `json:"type"`
	ImageURL *string                     `json:"image_url,omitempty"`
	FileID   *string                     `json:"file_id,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ComputerScreenshotImage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerScreenshotImage) GetType() ComputerScreenshotImageType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerScreenshotImage) GetImageURL() *string {
	if o == nil {
		return nil
	}
	return o.ImageURL
}

func (o *ComputerScreenshotImage) GetFileID() *string {
	if o == nil {
		return nil
	}
	return o.FileID
}

func (o *ComputerScreenshotImage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerScreenshotImage) UnmarshalJSON(data []byte) error {
	return rooted("ComputerScreenshotImage", o.decode(data, "$"))
}

func (o *ComputerScreenshotImage) decode(data []byte, path string) error {
	var out ComputerScreenshotImage
	r := readObject(data, path, "ComputerScreenshotImage")
	readRequired(r, "type", &out.Type, (*ComputerScreenshotImageType).decode)
	readOptional(r, "image_url", &out.ImageURL, decodeString)
	readOptional(r, "file_id", &out.FileID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerScreenshotImage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ImageURL != nil, "image_url", o.ImageURL)
	w.valueIf(o.FileID != nil, "file_id", o.FileID)
	return w.finish(o.AdditionalProperties)
}

type ComputerScreenshotImageType string

const (
	ComputerScreenshotImageTypeComputerScreenshot ComputerScreenshotImageType = "computer_screenshot"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerScreenshotImageType) ToPointer() *ComputerScreenshotImageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerScreenshotImageType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerScreenshotImageType", e.decode(data, "$"))
}

func (e *ComputerScreenshotImageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerScreenshotImageType", ComputerScreenshotImageTypeComputerScreenshot)
}
