// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ClickButtonType string

const (
	ClickButtonTypeLeft    ClickButtonType = "left"
	ClickButtonTypeRight   ClickButtonType = "right"
	ClickButtonTypeWheel   ClickButtonType = "wheel"
	ClickButtonTypeBack    ClickButtonType = "back"
	ClickButtonTypeForward ClickButtonType = "forward"
)

// ToPointer returns a pointer to a copy of e.
func (e ClickButtonType) ToPointer() *ClickButtonType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ClickButtonType) UnmarshalJSON(data []byte) error {
	return rooted("ClickButtonType", e.decode(data, "$"))
}

func (e *ClickButtonType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ClickButtonType", ClickButtonTypeLeft, ClickButtonTypeRight, ClickButtonTypeWheel, ClickButtonTypeBack, ClickButtonTypeForward)
}
