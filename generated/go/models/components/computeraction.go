// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerAction struct {
	ClickParam        *ClickParam
	DoubleClickAction *DoubleClickAction
	DragParam         *DragParam
	KeyPressAction    *KeyPressAction
	MoveParam         *MoveParam
	ScreenshotParam   *ScreenshotParam
	ScrollParam       *ScrollParam
	TypeParam         *TypeParam
	WaitParam         *WaitParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ComputerActionType
}

// ComputerActionType - the `type` values of the ComputerAction members; a value not
// listed here is that of an unknown member.
type ComputerActionType string

const (
	ComputerActionTypeClick       ComputerActionType = "click"
	ComputerActionTypeDoubleClick ComputerActionType = "double_click"
	ComputerActionTypeDrag        ComputerActionType = "drag"
	ComputerActionTypeKeypress    ComputerActionType = "keypress"
	ComputerActionTypeMove        ComputerActionType = "move"
	ComputerActionTypeScreenshot  ComputerActionType = "screenshot"
	ComputerActionTypeScroll      ComputerActionType = "scroll"
	ComputerActionTypeType        ComputerActionType = "type"
	ComputerActionTypeWait        ComputerActionType = "wait"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerActionType) ToPointer() *ComputerActionType {
	return &e
}

// CreateComputerActionClick wraps v in the union, setting its `type`.
func CreateComputerActionClick(v ClickParam) ComputerAction {
	typ := ComputerActionTypeClick
	v.Type = ClickParamType(typ)
	return ComputerAction{ClickParam: &v, Type: typ}
}

// CreateComputerActionDoubleClick wraps v in the union, setting its `type`.
func CreateComputerActionDoubleClick(v DoubleClickAction) ComputerAction {
	typ := ComputerActionTypeDoubleClick
	v.Type = DoubleClickActionType(typ)
	return ComputerAction{DoubleClickAction: &v, Type: typ}
}

// CreateComputerActionDrag wraps v in the union, setting its `type`.
func CreateComputerActionDrag(v DragParam) ComputerAction {
	typ := ComputerActionTypeDrag
	v.Type = DragParamType(typ)
	return ComputerAction{DragParam: &v, Type: typ}
}

// CreateComputerActionKeypress wraps v in the union, setting its `type`.
func CreateComputerActionKeypress(v KeyPressAction) ComputerAction {
	typ := ComputerActionTypeKeypress
	v.Type = KeyPressActionType(typ)
	return ComputerAction{KeyPressAction: &v, Type: typ}
}

// CreateComputerActionMove wraps v in the union, setting its `type`.
func CreateComputerActionMove(v MoveParam) ComputerAction {
	typ := ComputerActionTypeMove
	v.Type = MoveParamType(typ)
	return ComputerAction{MoveParam: &v, Type: typ}
}

// CreateComputerActionScreenshot wraps v in the union, setting its `type`.
func CreateComputerActionScreenshot(v ScreenshotParam) ComputerAction {
	typ := ComputerActionTypeScreenshot
	v.Type = ScreenshotParamType(typ)
	return ComputerAction{ScreenshotParam: &v, Type: typ}
}

// CreateComputerActionScroll wraps v in the union, setting its `type`.
func CreateComputerActionScroll(v ScrollParam) ComputerAction {
	typ := ComputerActionTypeScroll
	v.Type = ScrollParamType(typ)
	return ComputerAction{ScrollParam: &v, Type: typ}
}

// CreateComputerActionType wraps v in the union, setting its `type`.
func CreateComputerActionType(v TypeParam) ComputerAction {
	typ := ComputerActionTypeType
	v.Type = TypeParamType(typ)
	return ComputerAction{TypeParam: &v, Type: typ}
}

// CreateComputerActionWait wraps v in the union, setting its `type`.
func CreateComputerActionWait(v WaitParam) ComputerAction {
	typ := ComputerActionTypeWait
	v.Type = WaitParamType(typ)
	return ComputerAction{WaitParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ComputerAction) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ComputerAction) UnmarshalJSON(data []byte) error {
	return rooted("ComputerAction", u.decode(data, "$"))
}

func (u *ComputerAction) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ComputerAction", "type")
	if err != nil {
		return err
	}
	switch ComputerActionType(tag) {
	case ComputerActionTypeClick:
		var v ClickParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionClick(v)
	case ComputerActionTypeDoubleClick:
		var v DoubleClickAction
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionDoubleClick(v)
	case ComputerActionTypeDrag:
		var v DragParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionDrag(v)
	case ComputerActionTypeKeypress:
		var v KeyPressAction
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionKeypress(v)
	case ComputerActionTypeMove:
		var v MoveParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionMove(v)
	case ComputerActionTypeScreenshot:
		var v ScreenshotParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionScreenshot(v)
	case ComputerActionTypeScroll:
		var v ScrollParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionScroll(v)
	case ComputerActionTypeType:
		var v TypeParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionType(v)
	case ComputerActionTypeWait:
		var v WaitParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateComputerActionWait(v)
	default:
		*u = ComputerAction{Unknown: append(json.RawMessage(nil), data...), Type: ComputerActionType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ComputerAction) MarshalJSON() ([]byte, error) {
	switch {
	case u.ClickParam != nil:
		return marshal(u.ClickParam)
	case u.DoubleClickAction != nil:
		return marshal(u.DoubleClickAction)
	case u.DragParam != nil:
		return marshal(u.DragParam)
	case u.KeyPressAction != nil:
		return marshal(u.KeyPressAction)
	case u.MoveParam != nil:
		return marshal(u.MoveParam)
	case u.ScreenshotParam != nil:
		return marshal(u.ScreenshotParam)
	case u.ScrollParam != nil:
		return marshal(u.ScrollParam)
	case u.TypeParam != nil:
		return marshal(u.TypeParam)
	case u.WaitParam != nil:
		return marshal(u.WaitParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ComputerAction")
}
