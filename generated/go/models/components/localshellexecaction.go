// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalShellExecAction struct {
	Type             LocalShellExecActionType  `json:"type"`
	Command          []string                  `json:"command"`
	TimeoutMs        OptionalNullable[float64] `json:"timeout_ms,omitempty"`
	WorkingDirectory OptionalNullable[string]  `json:"working_directory,omitempty"`
	Env              map[string]string         `json:"env"`
	User             OptionalNullable[string]  `json:"user,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that LocalShellExecAction does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalShellExecAction) GetType() LocalShellExecActionType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalShellExecAction) GetCommand() []string {
	if o == nil {
		return nil
	}
	return o.Command
}

func (o *LocalShellExecAction) GetTimeoutMs() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.TimeoutMs
}

func (o *LocalShellExecAction) GetWorkingDirectory() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.WorkingDirectory
}

func (o *LocalShellExecAction) GetEnv() map[string]string {
	if o == nil {
		return nil
	}
	return o.Env
}

func (o *LocalShellExecAction) GetUser() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.User
}

func (o *LocalShellExecAction) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalShellExecAction) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellExecAction", o.decode(data, "$"))
}

func (o *LocalShellExecAction) decode(data []byte, path string) error {
	var out LocalShellExecAction
	r := readObject(data, path, "LocalShellExecAction")
	readRequired(r, "type", &out.Type, (*LocalShellExecActionType).decode)
	readRequired(r, "command", &out.Command, decodeArray(decodeString))
	readOptionalNullable(r, "timeout_ms", &out.TimeoutMs, decodeInteger)
	readOptionalNullable(r, "working_directory", &out.WorkingDirectory, decodeString)
	readRequired(r, "env", &out.Env, decodeMap(decodeString))
	readOptionalNullable(r, "user", &out.User, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalShellExecAction) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("command", o.Command)
	w.valueIf(o.TimeoutMs.IsSet(), "timeout_ms", o.TimeoutMs)
	w.valueIf(o.WorkingDirectory.IsSet(), "working_directory", o.WorkingDirectory)
	w.value("env", o.Env)
	w.valueIf(o.User.IsSet(), "user", o.User)
	return w.finish(o.AdditionalProperties)
}

type LocalShellExecActionType string

const (
	LocalShellExecActionTypeExec LocalShellExecActionType = "exec"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellExecActionType) ToPointer() *LocalShellExecActionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellExecActionType) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellExecActionType", e.decode(data, "$"))
}

func (e *LocalShellExecActionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellExecActionType", LocalShellExecActionTypeExec)
}
