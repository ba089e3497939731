// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ModelIdsShared ModelIdsSharedKnown

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *ModelIdsShared) UnmarshalJSON(data []byte) error {
	return rooted("ModelIdsShared", a.decode(data, "$"))
}

func (a *ModelIdsShared) decode(data []byte, path string) error {
	return owned("ModelIdsShared", decodeOpenEnum[ModelIdsSharedKnown]((*ModelIdsSharedKnown)(a), data, path))
}

type ModelIdsSharedKnown string

const (
	ModelIdsSharedKnownGpt56Sol                       ModelIdsSharedKnown = "gpt-5.6-sol"
	ModelIdsSharedKnownGpt56Terra                     ModelIdsSharedKnown = "gpt-5.6-terra"
	ModelIdsSharedKnownGpt56Luna                      ModelIdsSharedKnown = "gpt-5.6-luna"
	ModelIdsSharedKnownGpt55                          ModelIdsSharedKnown = "gpt-5.5"
	ModelIdsSharedKnownGpt5520260423                  ModelIdsSharedKnown = "gpt-5.5-2026-04-23"
	ModelIdsSharedKnownGpt54                          ModelIdsSharedKnown = "gpt-5.4"
	ModelIdsSharedKnownGpt54Mini                      ModelIdsSharedKnown = "gpt-5.4-mini"
	ModelIdsSharedKnownGpt54Nano                      ModelIdsSharedKnown = "gpt-5.4-nano"
	ModelIdsSharedKnownGpt54Mini20260317              ModelIdsSharedKnown = "gpt-5.4-mini-2026-03-17"
	ModelIdsSharedKnownGpt54Nano20260317              ModelIdsSharedKnown = "gpt-5.4-nano-2026-03-17"
	ModelIdsSharedKnownGpt53ChatLatest                ModelIdsSharedKnown = "gpt-5.3-chat-latest"
	ModelIdsSharedKnownGpt52                          ModelIdsSharedKnown = "gpt-5.2"
	ModelIdsSharedKnownGpt5220251211                  ModelIdsSharedKnown = "gpt-5.2-2025-12-11"
	ModelIdsSharedKnownGpt52ChatLatest                ModelIdsSharedKnown = "gpt-5.2-chat-latest"
	ModelIdsSharedKnownGpt52Pro                       ModelIdsSharedKnown = "gpt-5.2-pro"
	ModelIdsSharedKnownGpt52Pro20251211               ModelIdsSharedKnown = "gpt-5.2-pro-2025-12-11"
	ModelIdsSharedKnownGpt51                          ModelIdsSharedKnown = "gpt-5.1"
	ModelIdsSharedKnownGpt5120251113                  ModelIdsSharedKnown = "gpt-5.1-2025-11-13"
	ModelIdsSharedKnownGpt51Codex                     ModelIdsSharedKnown = "gpt-5.1-codex"
	ModelIdsSharedKnownGpt51Mini                      ModelIdsSharedKnown = "gpt-5.1-mini"
	ModelIdsSharedKnownGpt51ChatLatest                ModelIdsSharedKnown = "gpt-5.1-chat-latest"
	ModelIdsSharedKnownGpt5                           ModelIdsSharedKnown = "gpt-5"
	ModelIdsSharedKnownGpt5Mini                       ModelIdsSharedKnown = "gpt-5-mini"
	ModelIdsSharedKnownGpt5Nano                       ModelIdsSharedKnown = "gpt-5-nano"
	ModelIdsSharedKnownGpt520250807                   ModelIdsSharedKnown = "gpt-5-2025-08-07"
	ModelIdsSharedKnownGpt5Mini20250807               ModelIdsSharedKnown = "gpt-5-mini-2025-08-07"
	ModelIdsSharedKnownGpt5Nano20250807               ModelIdsSharedKnown = "gpt-5-nano-2025-08-07"
	ModelIdsSharedKnownGpt5ChatLatest                 ModelIdsSharedKnown = "gpt-5-chat-latest"
	ModelIdsSharedKnownGpt41                          ModelIdsSharedKnown = "gpt-4.1"
	ModelIdsSharedKnownGpt41Mini                      ModelIdsSharedKnown = "gpt-4.1-mini"
	ModelIdsSharedKnownGpt41Nano                      ModelIdsSharedKnown = "gpt-4.1-nano"
	ModelIdsSharedKnownGpt4120250414                  ModelIdsSharedKnown = "gpt-4.1-2025-04-14"
	ModelIdsSharedKnownGpt41Mini20250414              ModelIdsSharedKnown = "gpt-4.1-mini-2025-04-14"
	ModelIdsSharedKnownGpt41Nano20250414              ModelIdsSharedKnown = "gpt-4.1-nano-2025-04-14"
	ModelIdsSharedKnownO4Mini                         ModelIdsSharedKnown = "o4-mini"
	ModelIdsSharedKnownO4Mini20250416                 ModelIdsSharedKnown = "o4-mini-2025-04-16"
	ModelIdsSharedKnownO3                             ModelIdsSharedKnown = "o3"
	ModelIdsSharedKnownO320250416                     ModelIdsSharedKnown = "o3-2025-04-16"
	ModelIdsSharedKnownO3Mini                         ModelIdsSharedKnown = "o3-mini"
	ModelIdsSharedKnownO3Mini20250131                 ModelIdsSharedKnown = "o3-mini-2025-01-31"
	ModelIdsSharedKnownO1                             ModelIdsSharedKnown = "o1"
	ModelIdsSharedKnownO120241217                     ModelIdsSharedKnown = "o1-2024-12-17"
	ModelIdsSharedKnownO1Preview                      ModelIdsSharedKnown = "o1-preview"
	ModelIdsSharedKnownO1Preview20240912              ModelIdsSharedKnown = "o1-preview-2024-09-12"
	ModelIdsSharedKnownO1Mini                         ModelIdsSharedKnown = "o1-mini"
	ModelIdsSharedKnownO1Mini20240912                 ModelIdsSharedKnown = "o1-mini-2024-09-12"
	ModelIdsSharedKnownGpt4o                          ModelIdsSharedKnown = "gpt-4o"
	ModelIdsSharedKnownGpt4o20241120                  ModelIdsSharedKnown = "gpt-4o-2024-11-20"
	ModelIdsSharedKnownGpt4o20240806                  ModelIdsSharedKnown = "gpt-4o-2024-08-06"
	ModelIdsSharedKnownGpt4o20240513                  ModelIdsSharedKnown = "gpt-4o-2024-05-13"
	ModelIdsSharedKnownGpt4oAudioPreview              ModelIdsSharedKnown = "gpt-4o-audio-preview"
	ModelIdsSharedKnownGpt4oAudioPreview20241001      ModelIdsSharedKnown = "gpt-4o-audio-preview-2024-10-01"
	ModelIdsSharedKnownGpt4oAudioPreview20241217      ModelIdsSharedKnown = "gpt-4o-audio-preview-2024-12-17"
	ModelIdsSharedKnownGpt4oAudioPreview20250603      ModelIdsSharedKnown = "gpt-4o-audio-preview-2025-06-03"
	ModelIdsSharedKnownGpt4oMiniAudioPreview          ModelIdsSharedKnown = "gpt-4o-mini-audio-preview"
	ModelIdsSharedKnownGpt4oMiniAudioPreview20241217  ModelIdsSharedKnown = "gpt-4o-mini-audio-preview-2024-12-17"
	ModelIdsSharedKnownGpt4oSearchPreview             ModelIdsSharedKnown = "gpt-4o-search-preview"
	ModelIdsSharedKnownGpt4oMiniSearchPreview         ModelIdsSharedKnown = "gpt-4o-mini-search-preview"
	ModelIdsSharedKnownGpt4oSearchPreview20250311     ModelIdsSharedKnown = "gpt-4o-search-preview-2025-03-11"
	ModelIdsSharedKnownGpt4oMiniSearchPreview20250311 ModelIdsSharedKnown = "gpt-4o-mini-search-preview-2025-03-11"
	ModelIdsSharedKnownChatgpt4oLatest                ModelIdsSharedKnown = "chatgpt-4o-latest"
	ModelIdsSharedKnownCodexMiniLatest                ModelIdsSharedKnown = "codex-mini-latest"
	ModelIdsSharedKnownGpt4oMini                      ModelIdsSharedKnown = "gpt-4o-mini"
	ModelIdsSharedKnownGpt4oMini20240718              ModelIdsSharedKnown = "gpt-4o-mini-2024-07-18"
	ModelIdsSharedKnownGpt4Turbo                      ModelIdsSharedKnown = "gpt-4-turbo"
	ModelIdsSharedKnownGpt4Turbo20240409              ModelIdsSharedKnown = "gpt-4-turbo-2024-04-09"
	ModelIdsSharedKnownGpt40125Preview                ModelIdsSharedKnown = "gpt-4-0125-preview"
	ModelIdsSharedKnownGpt4TurboPreview               ModelIdsSharedKnown = "gpt-4-turbo-preview"
	ModelIdsSharedKnownGpt41106Preview                ModelIdsSharedKnown = "gpt-4-1106-preview"
	ModelIdsSharedKnownGpt4VisionPreview              ModelIdsSharedKnown = "gpt-4-vision-preview"
	ModelIdsSharedKnownGpt4                           ModelIdsSharedKnown = "gpt-4"
	ModelIdsSharedKnownGpt40314                       ModelIdsSharedKnown = "gpt-4-0314"
	ModelIdsSharedKnownGpt40613                       ModelIdsSharedKnown = "gpt-4-0613"
	ModelIdsSharedKnownGpt432k                        ModelIdsSharedKnown = "gpt-4-32k"
	ModelIdsSharedKnownGpt432k0314                    ModelIdsSharedKnown = "gpt-4-32k-0314"
	ModelIdsSharedKnownGpt432k0613                    ModelIdsSharedKnown = "gpt-4-32k-0613"
	ModelIdsSharedKnownGpt35Turbo                     ModelIdsSharedKnown = "gpt-3.5-turbo"
	ModelIdsSharedKnownGpt35Turbo16k                  ModelIdsSharedKnown = "gpt-3.5-turbo-16k"
	ModelIdsSharedKnownGpt35Turbo0301                 ModelIdsSharedKnown = "gpt-3.5-turbo-0301"
	ModelIdsSharedKnownGpt35Turbo0613                 ModelIdsSharedKnown = "gpt-3.5-turbo-0613"
	ModelIdsSharedKnownGpt35Turbo1106                 ModelIdsSharedKnown = "gpt-3.5-turbo-1106"
	ModelIdsSharedKnownGpt35Turbo0125                 ModelIdsSharedKnown = "gpt-3.5-turbo-0125"
	ModelIdsSharedKnownGpt35Turbo16k0613              ModelIdsSharedKnown = "gpt-3.5-turbo-16k-0613"
)

// ToPointer returns a pointer to a copy of e.
func (e ModelIdsSharedKnown) ToPointer() *ModelIdsSharedKnown {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModelIdsSharedKnown) UnmarshalJSON(data []byte) error {
	return rooted("ModelIdsSharedKnown", e.decode(data, "$"))
}

func (e *ModelIdsSharedKnown) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModelIdsSharedKnown", ModelIdsSharedKnownGpt56Sol, ModelIdsSharedKnownGpt56Terra, ModelIdsSharedKnownGpt56Luna, ModelIdsSharedKnownGpt55, ModelIdsSharedKnownGpt5520260423, ModelIdsSharedKnownGpt54, ModelIdsSharedKnownGpt54Mini, ModelIdsSharedKnownGpt54Nano, ModelIdsSharedKnownGpt54Mini20260317, ModelIdsSharedKnownGpt54Nano20260317, ModelIdsSharedKnownGpt53ChatLatest, ModelIdsSharedKnownGpt52, ModelIdsSharedKnownGpt5220251211, ModelIdsSharedKnownGpt52ChatLatest, ModelIdsSharedKnownGpt52Pro, ModelIdsSharedKnownGpt52Pro20251211, ModelIdsSharedKnownGpt51, ModelIdsSharedKnownGpt5120251113, ModelIdsSharedKnownGpt51Codex, ModelIdsSharedKnownGpt51Mini, ModelIdsSharedKnownGpt51ChatLatest, ModelIdsSharedKnownGpt5, ModelIdsSharedKnownGpt5Mini, ModelIdsSharedKnownGpt5Nano, ModelIdsSharedKnownGpt520250807, ModelIdsSharedKnownGpt5Mini20250807, ModelIdsSharedKnownGpt5Nano20250807, ModelIdsSharedKnownGpt5ChatLatest, ModelIdsSharedKnownGpt41, ModelIdsSharedKnownGpt41Mini, ModelIdsSharedKnownGpt41Nano, ModelIdsSharedKnownGpt4120250414, ModelIdsSharedKnownGpt41Mini20250414, ModelIdsSharedKnownGpt41Nano20250414, ModelIdsSharedKnownO4Mini, ModelIdsSharedKnownO4Mini20250416, ModelIdsSharedKnownO3, ModelIdsSharedKnownO320250416, ModelIdsSharedKnownO3Mini, ModelIdsSharedKnownO3Mini20250131, ModelIdsSharedKnownO1, ModelIdsSharedKnownO120241217, ModelIdsSharedKnownO1Preview, ModelIdsSharedKnownO1Preview20240912, ModelIdsSharedKnownO1Mini, ModelIdsSharedKnownO1Mini20240912, ModelIdsSharedKnownGpt4o, ModelIdsSharedKnownGpt4o20241120, ModelIdsSharedKnownGpt4o20240806, ModelIdsSharedKnownGpt4o20240513, ModelIdsSharedKnownGpt4oAudioPreview, ModelIdsSharedKnownGpt4oAudioPreview20241001, ModelIdsSharedKnownGpt4oAudioPreview20241217, ModelIdsSharedKnownGpt4oAudioPreview20250603, ModelIdsSharedKnownGpt4oMiniAudioPreview, ModelIdsSharedKnownGpt4oMiniAudioPreview20241217, ModelIdsSharedKnownGpt4oSearchPreview, ModelIdsSharedKnownGpt4oMiniSearchPreview, ModelIdsSharedKnownGpt4oSearchPreview20250311, ModelIdsSharedKnownGpt4oMiniSearchPreview20250311, ModelIdsSharedKnownChatgpt4oLatest, ModelIdsSharedKnownCodexMiniLatest, ModelIdsSharedKnownGpt4oMini, ModelIdsSharedKnownGpt4oMini20240718, ModelIdsSharedKnownGpt4Turbo, ModelIdsSharedKnownGpt4Turbo20240409, ModelIdsSharedKnownGpt40125Preview, ModelIdsSharedKnownGpt4TurboPreview, ModelIdsSharedKnownGpt41106Preview, ModelIdsSharedKnownGpt4VisionPreview, ModelIdsSharedKnownGpt4, ModelIdsSharedKnownGpt40314, ModelIdsSharedKnownGpt40613, ModelIdsSharedKnownGpt432k, ModelIdsSharedKnownGpt432k0314, ModelIdsSharedKnownGpt432k0613, ModelIdsSharedKnownGpt35Turbo, ModelIdsSharedKnownGpt35Turbo16k, ModelIdsSharedKnownGpt35Turbo0301, ModelIdsSharedKnownGpt35Turbo0613, ModelIdsSharedKnownGpt35Turbo1106, ModelIdsSharedKnownGpt35Turbo0125, ModelIdsSharedKnownGpt35Turbo16k0613)
}
