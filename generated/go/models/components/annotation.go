// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Annotation struct {
	FileCitationBody          *FileCitationBody
	UrlCitationBody           *UrlCitationBody
	ContainerFileCitationBody *ContainerFileCitationBody
	FilePath                  *FilePath
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type AnnotationType
}

// AnnotationType - the `type` values of the Annotation members; a value not
// listed here is that of an unknown member.
type AnnotationType string

const (
	AnnotationTypeFileCitation          AnnotationType = "file_citation"
	AnnotationTypeURLCitation           AnnotationType = "url_citation"
	AnnotationTypeContainerFileCitation AnnotationType = "container_file_citation"
	AnnotationTypeFilePath              AnnotationType = "file_path"
)

// ToPointer returns a pointer to a copy of e.
func (e AnnotationType) ToPointer() *AnnotationType {
	return &e
}

// CreateAnnotationFileCitation wraps v in the union, setting its `type`.
func CreateAnnotationFileCitation(v FileCitationBody) Annotation {
	typ := AnnotationTypeFileCitation
	v.Type = FileCitationBodyType(typ)
	return Annotation{FileCitationBody: &v, Type: typ}
}

// CreateAnnotationURLCitation wraps v in the union, setting its `type`.
func CreateAnnotationURLCitation(v UrlCitationBody) Annotation {
	typ := AnnotationTypeURLCitation
	v.Type = UrlCitationBodyType(typ)
	return Annotation{UrlCitationBody: &v, Type: typ}
}

// CreateAnnotationContainerFileCitation wraps v in the union, setting its `type`.
func CreateAnnotationContainerFileCitation(v ContainerFileCitationBody) Annotation {
	typ := AnnotationTypeContainerFileCitation
	v.Type = ContainerFileCitationBodyType(typ)
	return Annotation{ContainerFileCitationBody: &v, Type: typ}
}

// CreateAnnotationFilePath wraps v in the union, setting its `type`.
func CreateAnnotationFilePath(v FilePath) Annotation {
	typ := AnnotationTypeFilePath
	v.Type = FilePathType(typ)
	return Annotation{FilePath: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u Annotation) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *Annotation) UnmarshalJSON(data []byte) error {
	return rooted("Annotation", u.decode(data, "$"))
}

func (u *Annotation) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "Annotation", "type")
	if err != nil {
		return err
	}
	switch AnnotationType(tag) {
	case AnnotationTypeFileCitation:
		var v FileCitationBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAnnotationFileCitation(v)
	case AnnotationTypeURLCitation:
		var v UrlCitationBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAnnotationURLCitation(v)
	case AnnotationTypeContainerFileCitation:
		var v ContainerFileCitationBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAnnotationContainerFileCitation(v)
	case AnnotationTypeFilePath:
		var v FilePath
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAnnotationFilePath(v)
	default:
		*u = Annotation{Unknown: append(json.RawMessage(nil), data...), Type: AnnotationType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u Annotation) MarshalJSON() ([]byte, error) {
	switch {
	case u.FileCitationBody != nil:
		return marshal(u.FileCitationBody)
	case u.UrlCitationBody != nil:
		return marshal(u.UrlCitationBody)
	case u.ContainerFileCitationBody != nil:
		return marshal(u.ContainerFileCitationBody)
	case u.FilePath != nil:
		return marshal(u.FilePath)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("Annotation")
}
