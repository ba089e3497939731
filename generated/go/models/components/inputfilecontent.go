// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputFileContent struct {
	Type                  InputFileContentType         `json:"type"`
	FileID                OptionalNullable[string]     `json:"file_id,omitempty"`
	Filename              *string                      `json:"filename,omitempty"`
	FileData              *string                      `json:"file_data,omitempty"`
	PromptCacheBreakpoint *PromptCacheBreakpointConfig `json:"prompt_cache_breakpoint,omitempty"`
	FileURL               *string                      `json:"file_url,omitempty"`
	Detail                *FileInputDetail             `json:"detail,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputFileContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputFileContent) GetType() InputFileContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputFileContent) GetFileID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.FileID
}

func (o *InputFileContent) GetFilename() *string {
	if o == nil {
		return nil
	}
	return o.Filename
}

func (o *InputFileContent) GetFileData() *string {
	if o == nil {
		return nil
	}
	return o.FileData
}

func (o *InputFileContent) GetPromptCacheBreakpoint() *PromptCacheBreakpointConfig {
	if o == nil {
		return nil
	}
	return o.PromptCacheBreakpoint
}

func (o *InputFileContent) GetFileURL() *string {
	if o == nil {
		return nil
	}
	return o.FileURL
}

func (o *InputFileContent) GetDetail() *FileInputDetail {
	if o == nil {
		return nil
	}
	return o.Detail
}

func (o *InputFileContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputFileContent) UnmarshalJSON(data []byte) error {
	return rooted("InputFileContent", o.decode(data, "$"))
}

func (o *InputFileContent) decode(data []byte, path string) error {
	var out InputFileContent
	r := readObject(data, path, "InputFileContent")
	readRequired(r, "type", &out.Type, (*InputFileContentType).decode)
	readOptionalNullable(r, "file_id", &out.FileID, decodeString)
	readOptional(r, "filename", &out.Filename, decodeString)
	readOptional(r, "file_data", &out.FileData, decodeString)
	readOptional(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointConfig).decode)
	readOptional(r, "file_url", &out.FileURL, decodeString)
	readOptional(r, "detail", &out.Detail, (*FileInputDetail).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputFileContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.FileID.IsSet(), "file_id", o.FileID)
	w.valueIf(o.Filename != nil, "filename", o.Filename)
	w.valueIf(o.FileData != nil, "file_data", o.FileData)
	w.valueIf(o.PromptCacheBreakpoint != nil, "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	w.valueIf(o.FileURL != nil, "file_url", o.FileURL)
	w.valueIf(o.Detail != nil, "detail", o.Detail)
	return w.finish(o.AdditionalProperties)
}

type InputFileContentType string

const (
	InputFileContentTypeInputFile InputFileContentType = "input_file"
)

// ToPointer returns a pointer to a copy of e.
func (e InputFileContentType) ToPointer() *InputFileContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputFileContentType) UnmarshalJSON(data []byte) error {
	return rooted("InputFileContentType", e.decode(data, "$"))
}

func (e *InputFileContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputFileContentType", InputFileContentTypeInputFile)
}
