// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FileSearchToolCall struct {
	ID      string                                        `json:"id"`
	Type    FileSearchToolCallType                        `json:"type"`
	Status  FileSearchToolCallStatus                      `json:"status"`
	Queries []string                                      `json:"queries"`
	Results OptionalNullable[[]FileSearchToolCallResults] `json:"results,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FileSearchToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FileSearchToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *FileSearchToolCall) GetType() FileSearchToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FileSearchToolCall) GetStatus() FileSearchToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *FileSearchToolCall) GetQueries() []string {
	if o == nil {
		return nil
	}
	return o.Queries
}

func (o *FileSearchToolCall) GetResults() OptionalNullable[[]FileSearchToolCallResults] {
	if o == nil {
		return OptionalNullable[[]FileSearchToolCallResults]{}
	}
	return o.Results
}

func (o *FileSearchToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FileSearchToolCall) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchToolCall", o.decode(data, "$"))
}

func (o *FileSearchToolCall) decode(data []byte, path string) error {
	var out FileSearchToolCall
	r := readObject(data, path, "FileSearchToolCall")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*FileSearchToolCallType).decode)
	readRequired(r, "status", &out.Status, (*FileSearchToolCallStatus).decode)
	readRequired(r, "queries", &out.Queries, decodeArray(decodeString))
	readOptionalNullable(r, "results", &out.Results, decodeArray((*FileSearchToolCallResults).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FileSearchToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.value("status", o.Status)
	w.value("queries", o.Queries)
	w.valueIf(o.Results.IsSet(), "results", o.Results)
	return w.finish(o.AdditionalProperties)
}

type FileSearchToolCallType string

const (
	FileSearchToolCallTypeFileSearchCall FileSearchToolCallType = "file_search_call"
)

// ToPointer returns a pointer to a copy of e.
func (e FileSearchToolCallType) ToPointer() *FileSearchToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileSearchToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchToolCallType", e.decode(data, "$"))
}

func (e *FileSearchToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileSearchToolCallType", FileSearchToolCallTypeFileSearchCall)
}

type FileSearchToolCallStatus string

const (
	FileSearchToolCallStatusInProgress FileSearchToolCallStatus = "in_progress"
	FileSearchToolCallStatusSearching  FileSearchToolCallStatus = "searching"
	FileSearchToolCallStatusCompleted  FileSearchToolCallStatus = "completed"
	FileSearchToolCallStatusIncomplete FileSearchToolCallStatus = "incomplete"
	FileSearchToolCallStatusFailed     FileSearchToolCallStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e FileSearchToolCallStatus) ToPointer() *FileSearchToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileSearchToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchToolCallStatus", e.decode(data, "$"))
}

func (e *FileSearchToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileSearchToolCallStatus", FileSearchToolCallStatusInProgress, FileSearchToolCallStatusSearching, FileSearchToolCallStatusCompleted, FileSearchToolCallStatusIncomplete, FileSearchToolCallStatusFailed)
}

type FileSearchToolCallResults struct {
	FileID     *string                                     `json:"file_id,omitempty"`
	Text       *string                                     `json:"text,omitempty"`
	Filename   *string                                     `json:"filename,omitempty"`
	Attributes OptionalNullable[VectorStoreFileAttributes] `json:"attributes,omitempty"`
	Score      *float64                                    `json:"score,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FileSearchToolCallResults does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FileSearchToolCallResults) GetFileID() *string {
	if o == nil {
		return nil
	}
	return o.FileID
}

func (o *FileSearchToolCallResults) GetText() *string {
	if o == nil {
		return nil
	}
	return o.Text
}

func (o *FileSearchToolCallResults) GetFilename() *string {
	if o == nil {
		return nil
	}
	return o.Filename
}

func (o *FileSearchToolCallResults) GetAttributes() OptionalNullable[VectorStoreFileAttributes] {
	if o == nil {
		return OptionalNullable[VectorStoreFileAttributes]{}
	}
	return o.Attributes
}

func (o *FileSearchToolCallResults) GetScore() *float64 {
	if o == nil {
		return nil
	}
	return o.Score
}

func (o *FileSearchToolCallResults) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FileSearchToolCallResults) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchToolCallResults", o.decode(data, "$"))
}

func (o *FileSearchToolCallResults) decode(data []byte, path string) error {
	var out FileSearchToolCallResults
	r := readObject(data, path, "FileSearchToolCallResults")
	readOptional(r, "file_id", &out.FileID, decodeString)
	readOptional(r, "text", &out.Text, decodeString)
	readOptional(r, "filename", &out.Filename, decodeString)
	readOptionalNullable(r, "attributes", &out.Attributes, decodeNullable(ruled(decodeMap((*VectorStoreFileAttributesValue).decode), mapRules{size: limits{hasMax: true, max: 16}, keyLength: limits{hasMax: true, max: 64}})))
	readOptional(r, "score", &out.Score, decodeNumber)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FileSearchToolCallResults) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.FileID != nil, "file_id", o.FileID)
	w.valueIf(o.Text != nil, "text", o.Text)
	w.valueIf(o.Filename != nil, "filename", o.Filename)
	w.valueIf(o.Attributes.IsSet(), "attributes", o.Attributes)
	w.valueIf(o.Score != nil, "score", o.Score)
	return w.finish(o.AdditionalProperties)
}
