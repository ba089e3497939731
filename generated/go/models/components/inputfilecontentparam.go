// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputFileContentParam struct {
	Type                  InputFileContentParamType                    `json:"type"`
	FileID                OptionalNullable[string]                     `json:"file_id,omitempty"`
	Filename              OptionalNullable[string]                     `json:"filename,omitempty"`
	FileData              OptionalNullable[string]                     `json:"file_data,omitempty"`
	FileURL               OptionalNullable[string]                     `json:"file_url,omitempty"`
	Detail                *FileDetailEnum                              `json:"detail,omitempty"`
	PromptCacheBreakpoint OptionalNullable[PromptCacheBreakpointParam] `json:"prompt_cache_breakpoint,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputFileContentParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputFileContentParam) GetType() InputFileContentParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputFileContentParam) GetFileID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileID
}

func (o *InputFileContentParam) GetFilename() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Filename
}

func (o *InputFileContentParam) GetFileData() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileData
}

func (o *InputFileContentParam) GetFileURL() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileURL
}

func (o *InputFileContentParam) GetDetail() *FileDetailEnum {
	if o == nil {
		return nil
	}
	return o.Detail
}

func (o *InputFileContentParam) GetPromptCacheBreakpoint() OptionalNullable[PromptCacheBreakpointParam] {
	if o == nil {
		return OptionalNullable[PromptCacheBreakpointParam]{}
	}
	return o.PromptCacheBreakpoint
}

func (o *InputFileContentParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputFileContentParam) UnmarshalJSON(data []byte) error {
	return rooted("InputFileContentParam", o.decode(data, "$"))
}

func (o *InputFileContentParam) decode(data []byte, path string) error {
	var out InputFileContentParam
	r := readObject(data, path, "InputFileContentParam")
	readRequired(r, "type", &out.Type, (*InputFileContentParamType).decode)
	readOptionalNullable(r, "file_id", &out.FileID, decodeString)
	readOptionalNullable(r, "filename", &out.Filename, decodeString)
	readOptionalNullable(r, "file_data", &out.FileData, sized(decodeString, limits{hasMax: true, max: 73400320}))
	readOptionalNullable(r, "file_url", &out.FileURL, decodeString)
	readOptional(r, "detail", &out.Detail, (*FileDetailEnum).decode)
	readOptionalNullable(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputFileContentParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.FileID.IsSet(), "file_id", o.FileID)
	w.valueIf(o.Filename.IsSet(), "filename", o.Filename)
	w.valueIf(o.FileData.IsSet(), "file_data", o.FileData)
	w.valueIf(o.FileURL.IsSet(), "file_url", o.FileURL)
	w.valueIf(o.Detail != nil, "detail", o.Detail)
	w.valueIf(o.PromptCacheBreakpoint.IsSet(), "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	return w.finish(o.AdditionalProperties)
}

type InputFileContentParamType string

const (
	InputFileContentParamTypeInputFile InputFileContentParamType = "input_file"
)

// ToPointer returns a pointer to a copy of e.
func (e InputFileContentParamType) ToPointer() *InputFileContentParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputFileContentParamType) UnmarshalJSON(data []byte) error {
	return rooted("InputFileContentParamType", e.decode(data, "$"))
}

func (e *InputFileContentParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputFileContentParamType", InputFileContentParamTypeInputFile)
}
