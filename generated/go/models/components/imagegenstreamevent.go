// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import (
	"encoding/json"
	"io"

	"github.com/xsdk/xsdk/generated/go/types/stream"
)

// ImageGenStreamEvent - Any event of an image generation stream; the `type` field tells which one it is.
type ImageGenStreamEvent struct {
	ImageGenPartialImageEvent *ImageGenPartialImageEvent
	ImageGenCompletedEvent    *ImageGenCompletedEvent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ImageGenStreamEventType
}

// ImageGenStreamEventType - the `type` values of the ImageGenStreamEvent members; a value not
// listed here is that of an unknown member.
type ImageGenStreamEventType string

const (
	ImageGenStreamEventTypeImageGenerationPartialImage ImageGenStreamEventType = "image_generation.partial_image"
	ImageGenStreamEventTypeImageGenerationCompleted    ImageGenStreamEventType = "image_generation.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenStreamEventType) ToPointer() *ImageGenStreamEventType {
	return &e
}

// CreateImageGenStreamEventImageGenerationPartialImage wraps v in the union, setting its `type`.
func CreateImageGenStreamEventImageGenerationPartialImage(v ImageGenPartialImageEvent) ImageGenStreamEvent {
	typ := ImageGenStreamEventTypeImageGenerationPartialImage
	v.Type = ImageGenPartialImageEventType(typ)
	return ImageGenStreamEvent{ImageGenPartialImageEvent: &v, Type: typ}
}

// CreateImageGenStreamEventImageGenerationCompleted wraps v in the union, setting its `type`.
func CreateImageGenStreamEventImageGenerationCompleted(v ImageGenCompletedEvent) ImageGenStreamEvent {
	typ := ImageGenStreamEventTypeImageGenerationCompleted
	v.Type = ImageGenCompletedEventType(typ)
	return ImageGenStreamEvent{ImageGenCompletedEvent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ImageGenStreamEvent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ImageGenStreamEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenStreamEvent", u.decode(data, "$"))
}

func (u *ImageGenStreamEvent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ImageGenStreamEvent", "type")
	if err != nil {
		return err
	}
	switch ImageGenStreamEventType(tag) {
	case ImageGenStreamEventTypeImageGenerationPartialImage:
		var v ImageGenPartialImageEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateImageGenStreamEventImageGenerationPartialImage(v)
	case ImageGenStreamEventTypeImageGenerationCompleted:
		var v ImageGenCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateImageGenStreamEventImageGenerationCompleted(v)
	default:
		*u = ImageGenStreamEvent{Unknown: append(json.RawMessage(nil), data...), Type: ImageGenStreamEventType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ImageGenStreamEvent) MarshalJSON() ([]byte, error) {
	switch {
	case u.ImageGenPartialImageEvent != nil:
		return marshal(u.ImageGenPartialImageEvent)
	case u.ImageGenCompletedEvent != nil:
		return marshal(u.ImageGenCompletedEvent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ImageGenStreamEvent")
}

// NewImageGenStreamEventReader reads ImageGenStreamEvent values from a text/event-stream body, such
// as an HTTP response body, one per server-sent event, until the body ends or sends `data: [DONE]`:
//
//	events := components.NewImageGenStreamEventReader(resp.Body)
//	defer events.Close()
//	for events.Next() {
//		ev := events.Value() // a *ImageGenStreamEvent
//		_ = ev
//	}
//	if err := events.Err(); err != nil {
//		// a *stream.EventError (line, event name) wrapping a *DecodeError (JSON path)
//	}
//
// Each event decodes as strictly as UnmarshalJSON decodes; see package stream for the framing.
func NewImageGenStreamEventReader(body io.Reader) *stream.EventStream[ImageGenStreamEvent] {
	return stream.NewEventStream(body, stream.JSON[ImageGenStreamEvent])
}
