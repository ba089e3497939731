// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type Metadata = *map[string]string

// DecodeMetadata decodes data strictly, as json.Unmarshal cannot for a *map[string]string, and
// rejects a value that does not fit with a *DecodeError.
func DecodeMetadata(data []byte) (Metadata, error) {
	var v Metadata
	if err := owned("Metadata", decodeNullable(decodeMap(decodeString))(&v, data, "$")); err != nil {
		return nil, rooted("Metadata", err)
	}
	return v, nil
}
