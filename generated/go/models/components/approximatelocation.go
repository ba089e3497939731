// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApproximateLocation struct {
	Type     ApproximateLocationType  `json:"type"`
	Country  OptionalNullable[string] `json:"country,omitempty"`
	Region   OptionalNullable[string] `json:"region,omitempty"`
	City     OptionalNullable[string] `json:"city,omitempty"`
	Timezone OptionalNullable[string] `json:"timezone,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ApproximateLocation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApproximateLocation) GetType() ApproximateLocationType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApproximateLocation) GetCountry() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Country
}

func (o *ApproximateLocation) GetRegion() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Region
}

func (o *ApproximateLocation) GetCity() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.City
}

func (o *ApproximateLocation) GetTimezone() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Timezone
}

func (o *ApproximateLocation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApproximateLocation) UnmarshalJSON(data []byte) error {
	return rooted("ApproximateLocation", o.decode(data, "$"))
}

func (o *ApproximateLocation) decode(data []byte, path string) error {
	var out ApproximateLocation
	r := readObject(data, path, "ApproximateLocation")
	readRequired(r, "type", &out.Type, (*ApproximateLocationType).decode)
	readOptionalNullable(r, "country", &out.Country, decodeString)
	readOptionalNullable(r, "region", &out.Region, decodeString)
	readOptionalNullable(r, "city", &out.City, decodeString)
	readOptionalNullable(r, "timezone", &out.Timezone, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApproximateLocation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Country.IsSet(), "country", o.Country)
	w.valueIf(o.Region.IsSet(), "region", o.Region)
	w.valueIf(o.City.IsSet(), "city", o.City)
	w.valueIf(o.Timezone.IsSet(), "timezone", o.Timezone)
	return w.finish(o.AdditionalProperties)
}

type ApproximateLocationType string

const (
	ApproximateLocationTypeApproximate ApproximateLocationType = "approximate"
)

// ToPointer returns a pointer to a copy of e.
func (e ApproximateLocationType) ToPointer() *ApproximateLocationType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApproximateLocationType) UnmarshalJSON(data []byte) error {
	return rooted("ApproximateLocationType", e.decode(data, "$"))
}

func (e *ApproximateLocationType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApproximateLocationType", ApproximateLocationTypeApproximate)
}
