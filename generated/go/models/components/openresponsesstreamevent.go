// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// OpenResponsesStreamEvent - Any event of a Responses API stream; the `type` field tells which one it is.
type OpenResponsesStreamEvent struct {
	OpenResponsesImageGenCallInProgress   *OpenResponsesImageGenCallInProgress
	OpenResponsesImageGenCallGenerating   *OpenResponsesImageGenCallGenerating
	OpenResponsesImageGenCallPartialImage *OpenResponsesImageGenCallPartialImage
	OpenResponsesImageGenCallCompleted    *OpenResponsesImageGenCallCompleted
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type OpenResponsesStreamEventType
}

// OpenResponsesStreamEventType - the `type` values of the OpenResponsesStreamEvent members; a value not
// listed here is that of an unknown member.
type OpenResponsesStreamEventType string

const (
	OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress   OpenResponsesStreamEventType = "response.image_generation_call.in_progress"
	OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating   OpenResponsesStreamEventType = "response.image_generation_call.generating"
	OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage OpenResponsesStreamEventType = "response.image_generation_call.partial_image"
	OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted    OpenResponsesStreamEventType = "response.image_generation_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesStreamEventType) ToPointer() *OpenResponsesStreamEventType {
	return &e
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress(v OpenResponsesImageGenCallInProgress) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress
	v.Type = OpenResponsesImageGenCallInProgressType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallInProgress: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating(v OpenResponsesImageGenCallGenerating) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating
	v.Type = OpenResponsesImageGenCallGeneratingType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallGenerating: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage(v OpenResponsesImageGenCallPartialImage) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage
	v.Type = OpenResponsesImageGenCallPartialImageType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallPartialImage: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted(v OpenResponsesImageGenCallCompleted) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted
	v.Type = OpenResponsesImageGenCallCompletedType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallCompleted: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u OpenResponsesStreamEvent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *OpenResponsesStreamEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesStreamEvent", u.decode(data, "$"))
}

func (u *OpenResponsesStreamEvent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "OpenResponsesStreamEvent", "type")
	if err != nil {
		return err
	}
	switch OpenResponsesStreamEventType(tag) {
	case OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress:
		var v OpenResponsesImageGenCallInProgress
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating:
		var v OpenResponsesImageGenCallGenerating
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage:
		var v OpenResponsesImageGenCallPartialImage
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted:
		var v OpenResponsesImageGenCallCompleted
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted(v)
	default:
		*u = OpenResponsesStreamEvent{Unknown: append(json.RawMessage(nil), data...), Type: OpenResponsesStreamEventType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u OpenResponsesStreamEvent) MarshalJSON() ([]byte, error) {
	switch {
	case u.OpenResponsesImageGenCallInProgress != nil:
		return marshal(u.OpenResponsesImageGenCallInProgress)
	case u.OpenResponsesImageGenCallGenerating != nil:
		return marshal(u.OpenResponsesImageGenCallGenerating)
	case u.OpenResponsesImageGenCallPartialImage != nil:
		return marshal(u.OpenResponsesImageGenCallPartialImage)
	case u.OpenResponsesImageGenCallCompleted != nil:
		return marshal(u.OpenResponsesImageGenCallCompleted)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("OpenResponsesStreamEvent")
}
