// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CodeInterpreterOutputLogs struct {
	Type CodeInterpreterOutputLogsType `json:"type"`
	Logs string                        `json:"logs"`
	// AdditionalProperties holds the fields of the JSON object that CodeInterpreterOutputLogs does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CodeInterpreterOutputLogs) GetType() CodeInterpreterOutputLogsType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CodeInterpreterOutputLogs) GetLogs() string {
	if o == nil {
		return ""
	}
	return o.Logs
}

func (o *CodeInterpreterOutputLogs) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CodeInterpreterOutputLogs) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterOutputLogs", o.decode(data, "$"))
}

func (o *CodeInterpreterOutputLogs) decode(data []byte, path string) error {
	var out CodeInterpreterOutputLogs
	r := readObject(data, path, "CodeInterpreterOutputLogs")
	readRequired(r, "type", &out.Type, (*CodeInterpreterOutputLogsType).decode)
	readRequired(r, "logs", &out.Logs, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CodeInterpreterOutputLogs) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("logs", o.Logs)
	return w.finish(o.AdditionalProperties)
}

type CodeInterpreterOutputLogsType string

const (
	CodeInterpreterOutputLogsTypeLogs CodeInterpreterOutputLogsType = "logs"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterOutputLogsType) ToPointer() *CodeInterpreterOutputLogsType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CodeInterpreterOutputLogsType) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterOutputLogsType", e.decode(data, "$"))
}

func (e *CodeInterpreterOutputLogsType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CodeInterpreterOutputLogsType", CodeInterpreterOutputLogsTypeLogs)
}
