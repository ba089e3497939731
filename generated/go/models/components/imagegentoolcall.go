// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ImageGenToolCall struct {
	Type   ImageGenToolCallType   `json:"type"`
	ID     string                 `json:"id"`
	Status ImageGenToolCallStatus `json:"status"`
	Result *string                `json:"result"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenToolCall) GetType() ImageGenToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageGenToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ImageGenToolCall) GetStatus() ImageGenToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ImageGenToolCall) GetResult() *string {
	if o == nil {
		return nil
	}
	return o.Result
}

func (o *ImageGenToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenToolCall) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolCall", o.decode(data, "$"))
}

func (o *ImageGenToolCall) decode(data []byte, path string) error {
	var out ImageGenToolCall
	r := readObject(data, path, "ImageGenToolCall")
	readRequired(r, "type", &out.Type, (*ImageGenToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "status", &out.Status, (*ImageGenToolCallStatus).decode)
	readRequired(r, "result", &out.Result, decodeNullable(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("status", o.Status)
	w.value("result", o.Result)
	return w.finish(o.AdditionalProperties)
}

type ImageGenToolCallType string

const (
	ImageGenToolCallTypeImageGenerationCall ImageGenToolCallType = "image_generation_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolCallType) ToPointer() *ImageGenToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolCallType", e.decode(data, "$"))
}

func (e *ImageGenToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolCallType", ImageGenToolCallTypeImageGenerationCall)
}

type ImageGenToolCallStatus string

const (
	ImageGenToolCallStatusInProgress ImageGenToolCallStatus = "in_progress"
	ImageGenToolCallStatusCompleted  ImageGenToolCallStatus = "completed"
	ImageGenToolCallStatusGenerating ImageGenToolCallStatus = "generating"
	ImageGenToolCallStatusFailed     ImageGenToolCallStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolCallStatus) ToPointer() *ImageGenToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolCallStatus", e.decode(data, "$"))
}

func (e *ImageGenToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolCallStatus", ImageGenToolCallStatusInProgress, ImageGenToolCallStatusCompleted, ImageGenToolCallStatusGenerating, ImageGenToolCallStatusFailed)
}
