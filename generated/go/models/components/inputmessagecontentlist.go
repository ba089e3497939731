// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type InputMessageContentList []InputContent

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *InputMessageContentList) UnmarshalJSON(data []byte) error {
	return rooted("InputMessageContentList", a.decode(data, "$"))
}

func (a *InputMessageContentList) decode(data []byte, path string) error {
	return owned("InputMessageContentList", decodeArray((*InputContent).decode)((*[]InputContent)(a), data, path))
}
