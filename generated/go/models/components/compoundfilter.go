// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CompoundFilter struct {
	Type    CompoundFilterType      `json:"type"`
	Filters []CompoundFilterFilters `json:"filters"`
	// AdditionalProperties holds the fields of the JSON object that CompoundFilter does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CompoundFilter) GetType() CompoundFilterType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CompoundFilter) GetFilters() []CompoundFilterFilters {
	if o == nil {
		return nil
	}
	return o.Filters
}

func (o *CompoundFilter) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CompoundFilter) UnmarshalJSON(data []byte) error {
	return rooted("CompoundFilter", o.decode(data, "$"))
}

func (o *CompoundFilter) decode(data []byte, path string) error {
	var out CompoundFilter
	r := readObject(data, path, "CompoundFilter")
	readRequired(r, "type", &out.Type, (*CompoundFilterType).decode)
	readRequired(r, "filters", &out.Filters, decodeArray((*CompoundFilterFilters).decode))
	if err := r.finishClosed(); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CompoundFilter) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("filters", o.Filters)
	return w.finish(o.AdditionalProperties)
}

type CompoundFilterType string

const (
	CompoundFilterTypeAnd CompoundFilterType = "and"
	CompoundFilterTypeOr  CompoundFilterType = "or"
)

// ToPointer returns a pointer to a copy of e.
func (e CompoundFilterType) ToPointer() *CompoundFilterType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CompoundFilterType) UnmarshalJSON(data []byte) error {
	return rooted("CompoundFilterType", e.decode(data, "$"))
}

func (e *CompoundFilterType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CompoundFilterType", CompoundFilterTypeAnd, CompoundFilterTypeOr)
}

type CompoundFilterFilters struct {
	ComparisonFilter *ComparisonFilter
	CompoundFilter   *CompoundFilter

	// Type names the alternative held.
	Type CompoundFilterFiltersType
}

// CompoundFilterFiltersType names the alternatives of CompoundFilterFilters.
type CompoundFilterFiltersType string

const (
	CompoundFilterFiltersTypeComparisonFilter CompoundFilterFiltersType = "ComparisonFilter"
	CompoundFilterFiltersTypeCompoundFilter   CompoundFilterFiltersType = "CompoundFilter"
)

// ToPointer returns a pointer to a copy of e.
func (e CompoundFilterFiltersType) ToPointer() *CompoundFilterFiltersType {
	return &e
}

// CreateCompoundFilterFiltersComparisonFilter wraps v in the union.
func CreateCompoundFilterFiltersComparisonFilter(v ComparisonFilter) CompoundFilterFilters {
	return CompoundFilterFilters{ComparisonFilter: &v, Type: CompoundFilterFiltersTypeComparisonFilter}
}

// CreateCompoundFilterFiltersCompoundFilter wraps v in the union.
func CreateCompoundFilterFiltersCompoundFilter(v CompoundFilter) CompoundFilterFilters {
	return CompoundFilterFilters{CompoundFilter: &v, Type: CompoundFilterFiltersTypeCompoundFilter}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *CompoundFilterFilters) UnmarshalJSON(data []byte) error {
	return rooted("CompoundFilterFilters", u.decode(data, "$"))
}

func (u *CompoundFilterFilters) decode(data []byte, path string) error {
	var v1 ComparisonFilter
	if (*ComparisonFilter).decode(&v1, data, path) == nil {
		*u = CreateCompoundFilterFiltersComparisonFilter(v1)
		return nil
	}
	var v2 CompoundFilter
	if (*CompoundFilter).decode(&v2, data, path) == nil {
		*u = CreateCompoundFilterFiltersCompoundFilter(v2)
		return nil
	}
	return &DecodeError{Type: "CompoundFilterFilters", Path: path, Expected: "one of: ComparisonFilter (an object), CompoundFilter (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u CompoundFilterFilters) MarshalJSON() ([]byte, error) {
	switch {
	case u.ComparisonFilter != nil:
		return marshal(u.ComparisonFilter)
	case u.CompoundFilter != nil:
		return marshal(u.CompoundFilter)
	}
	return nil, noMember("CompoundFilterFilters")
}
