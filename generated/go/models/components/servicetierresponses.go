// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ServiceTierResponses string

const (
	ServiceTierResponsesAuto      ServiceTierResponses = "auto"
	ServiceTierResponsesDefault   ServiceTierResponses = "default"
	ServiceTierResponsesFlex      ServiceTierResponses = "flex"
	ServiceTierResponsesScale     ServiceTierResponses = "scale"
	ServiceTierResponsesPriority  ServiceTierResponses = "priority"
	ServiceTierResponsesFast      ServiceTierResponses = "fast"
	ServiceTierResponsesUltrafast ServiceTierResponses = "ultrafast"
)

// ToPointer returns a pointer to a copy of e.
func (e ServiceTierResponses) ToPointer() *ServiceTierResponses {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ServiceTierResponses) UnmarshalJSON(data []byte) error {
	return rooted("ServiceTierResponses", e.decode(data, "$"))
}

func (e *ServiceTierResponses) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ServiceTierResponses", ServiceTierResponsesAuto, ServiceTierResponsesDefault, ServiceTierResponsesFlex, ServiceTierResponsesScale, ServiceTierResponsesPriority, ServiceTierResponsesFast, ServiceTierResponsesUltrafast)
}
