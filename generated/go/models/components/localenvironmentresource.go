// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalEnvironmentResource struct {
	Type LocalEnvironmentResourceType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that LocalEnvironmentResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalEnvironmentResource) GetType() LocalEnvironmentResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalEnvironmentResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalEnvironmentResource) UnmarshalJSON(data []byte) error {
	return rooted("LocalEnvironmentResource", o.decode(data, "$"))
}

func (o *LocalEnvironmentResource) decode(data []byte, path string) error {
	var out LocalEnvironmentResource
	r := readObject(data, path, "LocalEnvironmentResource")
	readRequired(r, "type", &out.Type, (*LocalEnvironmentResourceType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalEnvironmentResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type LocalEnvironmentResourceType string

const (
	LocalEnvironmentResourceTypeLocal LocalEnvironmentResourceType = "local"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalEnvironmentResourceType) ToPointer() *LocalEnvironmentResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalEnvironmentResourceType) UnmarshalJSON(data []byte) error {
	return rooted("LocalEnvironmentResourceType", e.decode(data, "$"))
}

func (e *LocalEnvironmentResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalEnvironmentResourceType", LocalEnvironmentResourceTypeLocal)
}
