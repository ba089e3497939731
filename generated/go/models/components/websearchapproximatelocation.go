// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchApproximateLocation struct {
	Type     *WebSearchApproximateLocationType `json:"type,omitempty"`
	Country  OptionalNullable[string]          `json:"country,omitempty"`
	Region   OptionalNullable[string]          `json:"region,omitempty"`
	City     OptionalNullable[string]          `json:"city,omitempty"`
	Timezone OptionalNullable[string]          `json:"timezone,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchApproximateLocation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchApproximateLocation) GetType() *WebSearchApproximateLocationType {
	if o == nil {
		return nil
	}
	return o.Type
}

func (o *WebSearchApproximateLocation) GetCountry() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Country
}

func (o *WebSearchApproximateLocation) GetRegion() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Region
}

func (o *WebSearchApproximateLocation) GetCity() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.City
}

func (o *WebSearchApproximateLocation) GetTimezone() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Timezone
}

func (o *WebSearchApproximateLocation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchApproximateLocation) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchApproximateLocation", o.decode(data, "$"))
}

func (o *WebSearchApproximateLocation) decode(data []byte, path string) error {
	var out WebSearchApproximateLocation
	r := readObject(data, path, "WebSearchApproximateLocation")
	readOptional(r, "type", &out.Type, (*WebSearchApproximateLocationType).decode)
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
func (o WebSearchApproximateLocation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Type != nil, "type", o.Type)
	w.valueIf(o.Country.IsSet(), "country", o.Country)
	w.valueIf(o.Region.IsSet(), "region", o.Region)
	w.valueIf(o.City.IsSet(), "city", o.City)
	w.valueIf(o.Timezone.IsSet(), "timezone", o.Timezone)
	return w.finish(o.AdditionalProperties)
}

type WebSearchApproximateLocationType string

const (
	WebSearchApproximateLocationTypeApproximate WebSearchApproximateLocationType = "approximate"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchApproximateLocationType) ToPointer() *WebSearchApproximateLocationType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchApproximateLocationType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchApproximateLocationType", e.decode(data, "$"))
}

func (e *WebSearchApproximateLocationType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchApproximateLocationType", WebSearchApproximateLocationTypeApproximate)
}
