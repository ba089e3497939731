// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputImageContentParamAutoParam struct {
	Type                  InputImageContentParamAutoParamType          `json:"type"`
	ImageURL              OptionalNullable[string]                     `json:"image_url,omitempty"`
	FileID                OptionalNullable[string]                     `json:"file_id,omitempty"`
	Detail                OptionalNullable[DetailEnum]                 `json:"detail,omitempty"`
	PromptCacheBreakpoint OptionalNullable[PromptCacheBreakpointParam] `json:"prompt_cache_breakpoint,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputImageContentParamAutoParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputImageContentParamAutoParam) GetType() InputImageContentParamAutoParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputImageContentParamAutoParam) GetImageURL() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ImageURL
}

func (o *InputImageContentParamAutoParam) GetFileID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileID
}

func (o *InputImageContentParamAutoParam) GetDetail() OptionalNullable[DetailEnum] {
	if o == nil {
		return OptionalNullable[DetailEnum]{}
	}
	return o.Detail
}

func (o *InputImageContentParamAutoParam) GetPromptCacheBreakpoint() OptionalNullable[PromptCacheBreakpointParam] {
	if o == nil {
		return OptionalNullable[PromptCacheBreakpointParam]{}
	}
	return o.PromptCacheBreakpoint
}

func (o *InputImageContentParamAutoParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputImageContentParamAutoParam) UnmarshalJSON(data []byte) error {
	return rooted("InputImageContentParamAutoParam", o.decode(data, "$"))
}

func (o *InputImageContentParamAutoParam) decode(data []byte, path string) error {
	var out InputImageContentParamAutoParam
	r := readObject(data, path, "InputImageContentParamAutoParam")
	readRequired(r, "type", &out.Type, (*InputImageContentParamAutoParamType).decode)
	readOptionalNullable(r, "image_url", &out.ImageURL, sized(decodeString, limits{hasMax: true, max: 20971520}))
	readOptionalNullable(r, "file_id", &out.FileID, decodeString)
	readOptionalNullable(r, "detail", &out.Detail, (*DetailEnum).decode)
	readOptionalNullable(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputImageContentParamAutoParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ImageURL.IsSet(), "image_url", o.ImageURL)
	w.valueIf(o.FileID.IsSet(), "file_id", o.FileID)
	w.valueIf(o.Detail.IsSet(), "detail", o.Detail)
	w.valueIf(o.PromptCacheBreakpoint.IsSet(), "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	return w.finish(o.AdditionalProperties)
}

type InputImageContentParamAutoParamType string

const (
	InputImageContentParamAutoParamTypeInputImage InputImageContentParamAutoParamType = "input_image"
)

// ToPointer returns a pointer to a copy of e.
func (e InputImageContentParamAutoParamType) ToPointer() *InputImageContentParamAutoParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputImageContentParamAutoParamType) UnmarshalJSON(data []byte) error {
	return rooted("InputImageContentParamAutoParamType", e.decode(data, "$"))
}

func (e *InputImageContentParamAutoParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputImageContentParamAutoParamType", InputImageContentParamAutoParamTypeInputImage)
}
