// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalShellToolCallOutput struct {
	Type   LocalShellToolCallOutputType                     `json:"type"`
	ID     string                                           `json:"id"`
	Output string                                           `json:"output"`
	Status OptionalNullable[LocalShellToolCallOutputStatus] `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that LocalShellToolCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalShellToolCallOutput) GetType() LocalShellToolCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalShellToolCallOutput) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *LocalShellToolCallOutput) GetOutput() string {
	if o == nil {
		return ""
	}
	return o.Output
}

func (o *LocalShellToolCallOutput) GetStatus() OptionalNullable[LocalShellToolCallOutputStatus] {
	if o == nil {
		return OptionalNullable[LocalShellToolCallOutputStatus]{}
	}
	return o.Status
}

func (o *LocalShellToolCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalShellToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCallOutput", o.decode(data, "$"))
}

func (o *LocalShellToolCallOutput) decode(data []byte, path string) error {
	var out LocalShellToolCallOutput
	r := readObject(data, path, "LocalShellToolCallOutput")
	readRequired(r, "type", &out.Type, (*LocalShellToolCallOutputType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "output", &out.Output, decodeString)
	readOptionalNullable(r, "status", &out.Status, (*LocalShellToolCallOutputStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalShellToolCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("output", o.Output)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type LocalShellToolCallOutputType string

const (
	LocalShellToolCallOutputTypeLocalShellCallOutput LocalShellToolCallOutputType = "local_shell_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellToolCallOutputType) ToPointer() *LocalShellToolCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellToolCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCallOutputType", e.decode(data, "$"))
}

func (e *LocalShellToolCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellToolCallOutputType", LocalShellToolCallOutputTypeLocalShellCallOutput)
}

type LocalShellToolCallOutputStatus string

const (
	LocalShellToolCallOutputStatusInProgress LocalShellToolCallOutputStatus = "in_progress"
	LocalShellToolCallOutputStatusCompleted  LocalShellToolCallOutputStatus = "completed"
	LocalShellToolCallOutputStatusIncomplete LocalShellToolCallOutputStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellToolCallOutputStatus) ToPointer() *LocalShellToolCallOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellToolCallOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCallOutputStatus", e.decode(data, "$"))
}

func (e *LocalShellToolCallOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellToolCallOutputStatus", LocalShellToolCallOutputStatusInProgress, LocalShellToolCallOutputStatusCompleted, LocalShellToolCallOutputStatusIncomplete)
}
