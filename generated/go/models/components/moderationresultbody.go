// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ModerationResultBody struct {
	Type                      ModerationResultBodyType         `json:"type"`
	Model                     string                           `json:"model"`
	Flagged                   bool                             `json:"flagged"`
	Categories                map[string]bool                  `json:"categories"`
	CategoryScores            map[string]float64               `json:"category_scores"`
	CategoryAppliedInputTypes map[string][]ModerationInputType `json:"category_applied_input_types"`
	// AdditionalProperties holds the fields of the JSON object that ModerationResultBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ModerationResultBody) GetType() ModerationResultBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ModerationResultBody) GetModel() string {
	if o == nil {
		return ""
	}
	return o.Model
}

func (o *ModerationResultBody) GetFlagged() bool {
	if o == nil {
		return false
	}
	return o.Flagged
}

func (o *ModerationResultBody) GetCategories() map[string]bool {
	if o == nil {
		return nil
	}
	return o.Categories
}

func (o *ModerationResultBody) GetCategoryScores() map[string]float64 {
	if o == nil {
		return nil
	}
	return o.CategoryScores
}

func (o *ModerationResultBody) GetCategoryAppliedInputTypes() map[string][]ModerationInputType {
	if o == nil {
		return nil
	}
	return o.CategoryAppliedInputTypes
}

func (o *ModerationResultBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ModerationResultBody) UnmarshalJSON(data []byte) error {
	return rooted("ModerationResultBody", o.decode(data, "$"))
}

func (o *ModerationResultBody) decode(data []byte, path string) error {
	var out ModerationResultBody
	r := readObject(data, path, "ModerationResultBody")
	readRequired(r, "type", &out.Type, (*ModerationResultBodyType).decode)
	readRequired(r, "model", &out.Model, decodeString)
	readRequired(r, "flagged", &out.Flagged, decodeBool)
	readRequired(r, "categories", &out.Categories, decodeMap(decodeBool))
	readRequired(r, "category_scores", &out.CategoryScores, decodeMap(decodeNumber))
	readRequired(r, "category_applied_input_types", &out.CategoryAppliedInputTypes, decodeMap(decodeArray((*ModerationInputType).decode)))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ModerationResultBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("model", o.Model)
	w.value("flagged", o.Flagged)
	w.value("categories", o.Categories)
	w.value("category_scores", o.CategoryScores)
	w.value("category_applied_input_types", o.CategoryAppliedInputTypes)
	return w.finish(o.AdditionalProperties)
}

type ModerationResultBodyType string

const (
	ModerationResultBodyTypeModerationResult ModerationResultBodyType = "moderation_result"
)

// ToPointer returns a pointer to a copy of e.
func (e ModerationResultBodyType) ToPointer() *ModerationResultBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModerationResultBodyType) UnmarshalJSON(data []byte) error {
	return rooted("ModerationResultBodyType", e.decode(data, "$"))
}

func (e *ModerationResultBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModerationResultBodyType", ModerationResultBodyTypeModerationResult)
}
