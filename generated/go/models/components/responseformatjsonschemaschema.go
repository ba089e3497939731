// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ResponseFormatJsonSchemaSchema map[string]any

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *ResponseFormatJsonSchemaSchema) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFormatJsonSchemaSchema", a.decode(data, "$"))
}

func (a *ResponseFormatJsonSchemaSchema) decode(data []byte, path string) error {
	return owned("ResponseFormatJsonSchemaSchema", decodeMap(decodeAny)((*map[string]any)(a), data, path))
}
