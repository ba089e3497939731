// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type GrammarSyntax1 string

const (
	GrammarSyntax1Lark  GrammarSyntax1 = "lark"
	GrammarSyntax1Regex GrammarSyntax1 = "regex"
)

// ToPointer returns a pointer to a copy of e.
func (e GrammarSyntax1) ToPointer() *GrammarSyntax1 {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *GrammarSyntax1) UnmarshalJSON(data []byte) error {
	return rooted("GrammarSyntax1", e.decode(data, "$"))
}

func (e *GrammarSyntax1) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "GrammarSyntax1", GrammarSyntax1Lark, GrammarSyntax1Regex)
}
