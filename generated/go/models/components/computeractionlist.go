// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ComputerActionList []ComputerAction

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *ComputerActionList) UnmarshalJSON(data []byte) error {
	return rooted("ComputerActionList", a.decode(data, "$"))
}

func (a *ComputerActionList) decode(data []byte, path string) error {
	return owned("ComputerActionList", decodeArray((*ComputerAction).decode)((*[]ComputerAction)(a), data, path))
}
