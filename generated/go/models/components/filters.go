// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type Filters struct {
	ComparisonFilter *ComparisonFilter
	CompoundFilter   *CompoundFilter

	// Type names the alternative held.
	Type FiltersType
}

// FiltersType names the alternatives of Filters.
type FiltersType string

const (
	FiltersTypeComparisonFilter FiltersType = "ComparisonFilter"
	FiltersTypeCompoundFilter   FiltersType = "CompoundFilter"
)

// ToPointer returns a pointer to a copy of e.
func (e FiltersType) ToPointer() *FiltersType {
	return &e
}

// CreateFiltersComparisonFilter wraps v in the union.
func CreateFiltersComparisonFilter(v ComparisonFilter) Filters {
	return Filters{ComparisonFilter: &v, Type: FiltersTypeComparisonFilter}
}

// CreateFiltersCompoundFilter wraps v in the union.
func CreateFiltersCompoundFilter(v CompoundFilter) Filters {
	return Filters{CompoundFilter: &v, Type: FiltersTypeCompoundFilter}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *Filters) UnmarshalJSON(data []byte) error {
	return rooted("Filters", u.decode(data, "$"))
}

func (u *Filters) decode(data []byte, path string) error {
	var v1 ComparisonFilter
	if (*ComparisonFilter).decode(&v1, data, path) == nil {
		*u = CreateFiltersComparisonFilter(v1)
		return nil
	}
	var v2 CompoundFilter
	if (*CompoundFilter).decode(&v2, data, path) == nil {
		*u = CreateFiltersCompoundFilter(v2)
		return nil
	}
	return &DecodeError{Type: "Filters", Path: path, Expected: "one of: ComparisonFilter (an object), CompoundFilter (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u Filters) MarshalJSON() ([]byte, error) {
	switch {
	case u.ComparisonFilter != nil:
		return marshal(u.ComparisonFilter)
	case u.CompoundFilter != nil:
		return marshal(u.CompoundFilter)
	}
	return nil, noMember("Filters")
}
