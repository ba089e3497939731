// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ToolsArray []Tool

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *ToolsArray) UnmarshalJSON(data []byte) error {
	return rooted("ToolsArray", a.decode(data, "$"))
}

func (a *ToolsArray) decode(data []byte, path string) error {
	return owned("ToolsArray", decodeArray((*Tool).decode)((*[]Tool)(a), data, path))
}
