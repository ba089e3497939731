// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputImageContent struct {
	Type                  InputImageContentType        `json:"type"`
	ImageURL              OptionalNullable[string]     `json:"image_url,omitempty"`
	FileID                OptionalNullable[string]     `json:"file_id,omitempty"`
	Detail                ImageDetail                  `json:"detail"`
	PromptCacheBreakpoint *PromptCacheBreakpointConfig `json:"prompt_cache_breakpoint,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputImageContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputImageContent) GetType() InputImageContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputImageContent) GetImageURL() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ImageURL
}

func (o *InputImageContent) GetFileID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileID
}

func (o *InputImageContent) GetDetail() ImageDetail {
	if o == nil {
		return ""
	}
	return o.Detail
}

func (o *InputImageContent) GetPromptCacheBreakpoint() *PromptCacheBreakpointConfig {
	if o == nil {
		return nil
	}
	return o.PromptCacheBreakpoint
}

func (o *InputImageContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputImageContent) UnmarshalJSON(data []byte) error {
	return rooted("InputImageContent", o.decode(data, "$"))
}

func (o *InputImageContent) decode(data []byte, path string) error {
	var out InputImageContent
	r := readObject(data, path, "InputImageContent")
	readRequired(r, "type", &out.Type, (*InputImageContentType).decode)
	readOptionalNullable(r, "image_url", &out.ImageURL, decodeString)
	readOptionalNullable(r, "file_id", &out.FileID, decodeString)
	readRequired(r, "detail", &out.Detail, (*ImageDetail).decode)
	readOptional(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointConfig).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputImageContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ImageURL.IsSet(), "image_url", o.ImageURL)
	w.valueIf(o.FileID.IsSet(), "file_id", o.FileID)
	w.value("detail", o.Detail)
	w.valueIf(o.PromptCacheBreakpoint != nil, "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	return w.finish(o.AdditionalProperties)
}

type InputImageContentType string

const (
	InputImageContentTypeInputImage InputImageContentType = "input_image"
)

// ToPointer returns a pointer to a copy of e.
func (e InputImageContentType) ToPointer() *InputImageContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputImageContentType) UnmarshalJSON(data []byte) error {
	return rooted("InputImageContentType", e.decode(data, "$"))
}

func (e *InputImageContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputImageContentType", InputImageContentTypeInputImage)
}
