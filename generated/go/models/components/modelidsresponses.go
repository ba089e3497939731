// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ModelIdsResponses struct {
	ModelIdsShared                      *ModelIdsShared
	ModelIdsResponsesResponsesOnlyModel *ModelIdsResponsesResponsesOnlyModel

	// Type names the alternative held.
	Type ModelIdsResponsesType
}

// ModelIdsResponsesType names the alternatives of ModelIdsResponses.
type ModelIdsResponsesType string

const (
	ModelIdsResponsesTypeModelIdsShared                      ModelIdsResponsesType = "ModelIdsShared"
	ModelIdsResponsesTypeModelIdsResponsesResponsesOnlyModel ModelIdsResponsesType = "ModelIdsResponsesResponsesOnlyModel"
)

// ToPointer returns a pointer to a copy of e.
func (e ModelIdsResponsesType) ToPointer() *ModelIdsResponsesType {
	return &e
}

// CreateModelIdsResponsesModelIdsShared wraps v in the union.
func CreateModelIdsResponsesModelIdsShared(v ModelIdsShared) ModelIdsResponses {
	return ModelIdsResponses{ModelIdsShared: &v, Type: ModelIdsResponsesTypeModelIdsShared}
}

// CreateModelIdsResponsesModelIdsResponsesResponsesOnlyModel wraps v in the union.
func CreateModelIdsResponsesModelIdsResponsesResponsesOnlyModel(v ModelIdsResponsesResponsesOnlyModel) ModelIdsResponses {
	return ModelIdsResponses{ModelIdsResponsesResponsesOnlyModel: &v, Type: ModelIdsResponsesTypeModelIdsResponsesResponsesOnlyModel}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ModelIdsResponses) UnmarshalJSON(data []byte) error {
	return rooted("ModelIdsResponses", u.decode(data, "$"))
}

func (u *ModelIdsResponses) decode(data []byte, path string) error {
	var v1 ModelIdsShared
	if (*ModelIdsShared).decode(&v1, data, path) == nil {
		*u = CreateModelIdsResponsesModelIdsShared(v1)
		return nil
	}
	var v2 ModelIdsResponsesResponsesOnlyModel
	if (*ModelIdsResponsesResponsesOnlyModel).decode(&v2, data, path) == nil {
		*u = CreateModelIdsResponsesModelIdsResponsesResponsesOnlyModel(v2)
		return nil
	}
	return &DecodeError{Type: "ModelIdsResponses", Path: path, Expected: "one of: ModelIdsShared, ModelIdsResponsesResponsesOnlyModel (a string)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ModelIdsResponses) MarshalJSON() ([]byte, error) {
	switch {
	case u.ModelIdsShared != nil:
		return marshal(u.ModelIdsShared)
	case u.ModelIdsResponsesResponsesOnlyModel != nil:
		return marshal(u.ModelIdsResponsesResponsesOnlyModel)
	}
	return nil, noMember("ModelIdsResponses")
}

type ModelIdsResponsesResponsesOnlyModel string

const (
	ModelIdsResponsesResponsesOnlyModelO1Pro                      ModelIdsResponsesResponsesOnlyModel = "o1-pro"
	ModelIdsResponsesResponsesOnlyModelO1Pro20250319              ModelIdsResponsesResponsesOnlyModel = "o1-pro-2025-03-19"
	ModelIdsResponsesResponsesOnlyModelO3Pro                      ModelIdsResponsesResponsesOnlyModel = "o3-pro"
	ModelIdsResponsesResponsesOnlyModelO3Pro20250610              ModelIdsResponsesResponsesOnlyModel = "o3-pro-2025-06-10"
	ModelIdsResponsesResponsesOnlyModelO3DeepResearch             ModelIdsResponsesResponsesOnlyModel = "o3-deep-research"
	ModelIdsResponsesResponsesOnlyModelO3DeepResearch20250626     ModelIdsResponsesResponsesOnlyModel = "o3-deep-research-2025-06-26"
	ModelIdsResponsesResponsesOnlyModelO4MiniDeepResearch         ModelIdsResponsesResponsesOnlyModel = "o4-mini-deep-research"
	ModelIdsResponsesResponsesOnlyModelO4MiniDeepResearch20250626 ModelIdsResponsesResponsesOnlyModel = "o4-mini-deep-research-2025-06-26"
	ModelIdsResponsesResponsesOnlyModelComputerUsePreview         ModelIdsResponsesResponsesOnlyModel = "computer-use-preview"
	ModelIdsResponsesResponsesOnlyModelComputerUsePreview20250311 ModelIdsResponsesResponsesOnlyModel = "computer-use-preview-2025-03-11"
	ModelIdsResponsesResponsesOnlyModelGpt55Pro                   ModelIdsResponsesResponsesOnlyModel = "gpt-5.5-pro"
	ModelIdsResponsesResponsesOnlyModelGpt55Pro20260423           ModelIdsResponsesResponsesOnlyModel = "gpt-5.5-pro-2026-04-23"
	ModelIdsResponsesResponsesOnlyModelGpt5Codex                  ModelIdsResponsesResponsesOnlyModel = "gpt-5-codex"
	ModelIdsResponsesResponsesOnlyModelGpt5Pro                    ModelIdsResponsesResponsesOnlyModel = "gpt-5-pro"
	ModelIdsResponsesResponsesOnlyModelGpt5Pro20251006            ModelIdsResponsesResponsesOnlyModel = "gpt-5-pro-2025-10-06"
	ModelIdsResponsesResponsesOnlyModelGpt51CodexMax              ModelIdsResponsesResponsesOnlyModel = "gpt-5.1-codex-max"
	ModelIdsResponsesResponsesOnlyModelGptDaybreakBlueLatest      ModelIdsResponsesResponsesOnlyModel = "gpt-daybreak-blue-latest"
	ModelIdsResponsesResponsesOnlyModelGptDaybreakRedLatest       ModelIdsResponsesResponsesOnlyModel = "gpt-daybreak-red-latest"
	ModelIdsResponsesResponsesOnlyModelGpt56Cyber                 ModelIdsResponsesResponsesOnlyModel = "gpt-5.6-cyber"
)

// ToPointer returns a pointer to a copy of e.
func (e ModelIdsResponsesResponsesOnlyModel) ToPointer() *ModelIdsResponsesResponsesOnlyModel {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModelIdsResponsesResponsesOnlyModel) UnmarshalJSON(data []byte) error {
	return rooted("ModelIdsResponsesResponsesOnlyModel", e.decode(data, "$"))
}

func (e *ModelIdsResponsesResponsesOnlyModel) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModelIdsResponsesResponsesOnlyModel", ModelIdsResponsesResponsesOnlyModelO1Pro, ModelIdsResponsesResponsesOnlyModelO1Pro20250319, ModelIdsResponsesResponsesOnlyModelO3Pro, ModelIdsResponsesResponsesOnlyModelO3Pro20250610, ModelIdsResponsesResponsesOnlyModelO3DeepResearch, ModelIdsResponsesResponsesOnlyModelO3DeepResearch20250626, ModelIdsResponsesResponsesOnlyModelO4MiniDeepResearch, ModelIdsResponsesResponsesOnlyModelO4MiniDeepResearch20250626, ModelIdsResponsesResponsesOnlyModelComputerUsePreview, ModelIdsResponsesResponsesOnlyModelComputerUsePreview20250311, ModelIdsResponsesResponsesOnlyModelGpt55Pro, ModelIdsResponsesResponsesOnlyModelGpt55Pro20260423, ModelIdsResponsesResponsesOnlyModelGpt5Codex, ModelIdsResponsesResponsesOnlyModelGpt5Pro, ModelIdsResponsesResponsesOnlyModelGpt5Pro20251006, ModelIdsResponsesResponsesOnlyModelGpt51CodexMax, ModelIdsResponsesResponsesOnlyModelGptDaybreakBlueLatest, ModelIdsResponsesResponsesOnlyModelGptDaybreakRedLatest, ModelIdsResponsesResponsesOnlyModelGpt56Cyber)
}
