// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FileInputDetail string

const (
	FileInputDetailAuto FileInputDetail = "auto"
	FileInputDetailLow  FileInputDetail = "low"
	FileInputDetailHigh FileInputDetail = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e FileInputDetail) ToPointer() *FileInputDetail {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileInputDetail) UnmarshalJSON(data []byte) error {
	return rooted("FileInputDetail", e.decode(data, "$"))
}

func (e *FileInputDetail) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileInputDetail", FileInputDetailAuto, FileInputDetailLow, FileInputDetailHigh)
}
