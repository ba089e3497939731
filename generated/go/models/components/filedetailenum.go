// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FileDetailEnum string

const (
	FileDetailEnumAuto FileDetailEnum = "auto"
	FileDetailEnumLow  FileDetailEnum = "low"
	FileDetailEnumHigh FileDetailEnum = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e FileDetailEnum) ToPointer() *FileDetailEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileDetailEnum) UnmarshalJSON(data []byte) error {
	return rooted("FileDetailEnum", e.decode(data, "$"))
}

func (e *FileDetailEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileDetailEnum", FileDetailEnumAuto, FileDetailEnumLow, FileDetailEnumHigh)
}
