// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import (
	"encoding/json"
	"io"

	"github.com/xsdk/xsdk/generated/go/types/stream"
)

// ImageEditStreamEvent - Any event of an image edit stream; the `type` field tells which one it is.
type ImageEditStreamEvent struct {
	ImageEditPartialImageEvent *ImageEditPartialImageEvent
	ImageEditCompletedEvent    *ImageEditCompletedEvent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ImageEditStreamEventType
}

// ImageEditStreamEventType - the `type` values of the ImageEditStreamEvent members; a value not
// listed here is that of an unknown member.
type ImageEditStreamEventType string

const (
	ImageEditStreamEventTypeImageEditPartialImage ImageEditStreamEventType = "image_edit.partial_image"
	ImageEditStreamEventTypeImageEditCompleted    ImageEditStreamEventType = "image_edit.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditStreamEventType) ToPointer() *ImageEditStreamEventType {
	return &e
}

// CreateImageEditStreamEventImageEditPartialImage wraps v in the union, setting its `type`.
func CreateImageEditStreamEventImageEditPartialImage(v ImageEditPartialImageEvent) ImageEditStreamEvent {
	typ := ImageEditStreamEventTypeImageEditPartialImage
	v.Type = ImageEditPartialImageEventType(typ)
	return ImageEditStreamEvent{ImageEditPartialImageEvent: &v, Type: typ}
}

// CreateImageEditStreamEventImageEditCompleted wraps v in the union, setting its `type`.
func CreateImageEditStreamEventImageEditCompleted(v ImageEditCompletedEvent) ImageEditStreamEvent {
	typ := ImageEditStreamEventTypeImageEditCompleted
	v.Type = ImageEditCompletedEventType(typ)
	return ImageEditStreamEvent{ImageEditCompletedEvent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ImageEditStreamEvent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ImageEditStreamEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditStreamEvent", u.decode(data, "$"))
}

func (u *ImageEditStreamEvent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ImageEditStreamEvent", "type")
	if err != nil {
		return err
	}
	switch ImageEditStreamEventType(tag) {
	case ImageEditStreamEventTypeImageEditPartialImage:
		var v ImageEditPartialImageEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateImageEditStreamEventImageEditPartialImage(v)
	case ImageEditStreamEventTypeImageEditCompleted:
		var v ImageEditCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateImageEditStreamEventImageEditCompleted(v)
	default:
		*u = ImageEditStreamEvent{Unknown: append(json.RawMessage(nil), data...), Type: ImageEditStreamEventType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ImageEditStreamEvent) MarshalJSON() ([]byte, error) {
	switch {
	case u.ImageEditPartialImageEvent != nil:
		return marshal(u.ImageEditPartialImageEvent)
	case u.ImageEditCompletedEvent != nil:
		return marshal(u.ImageEditCompletedEvent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ImageEditStreamEvent")
}

// NewImageEditStreamEventReader reads ImageEditStreamEvent values from a text/event-stream body,
// such as an HTTP response body, one per server-sent event, until the body ends or sends `data:
// [DONE]`:
//
//	events := components.NewImageEditStreamEventReader(resp.Body)
//	defer events.Close()
//	for events.Next() {
//		ev := events.Value() // a *ImageEditStreamEvent
//		_ = ev
//	}
//	if err := events.Err(); err != nil {
//		// a *stream.EventError (line, event name) wrapping a *DecodeError (JSON path)
//	}
//
// Each event decodes as strictly as UnmarshalJSON decodes; see package stream for the framing.
func NewImageEditStreamEventReader(body io.Reader) *stream.EventStream[ImageEditStreamEvent] {
	return stream.NewEventStream(body, stream.JSON[ImageEditStreamEvent])
}
