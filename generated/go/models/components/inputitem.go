// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type InputItem struct {
	EasyInputMessage           *EasyInputMessage
	Item                       *Item
	CompactionTriggerItemParam *CompactionTriggerItemParam
	ItemReferenceParam         *ItemReferenceParam
	ProgramItemParam           *ProgramItemParam
	ProgramOutputItemParam     *ProgramOutputItemParam

	// Type names the alternative held.
	Type InputItemType
}

// InputItemType names the alternatives of InputItem.
type InputItemType string

const (
	InputItemTypeEasyInputMessage           InputItemType = "EasyInputMessage"
	InputItemTypeItem                       InputItemType = "Item"
	InputItemTypeCompactionTriggerItemParam InputItemType = "CompactionTriggerItemParam"
	InputItemTypeItemReferenceParam         InputItemType = "ItemReferenceParam"
	InputItemTypeProgramItemParam           InputItemType = "ProgramItemParam"
	InputItemTypeProgramOutputItemParam     InputItemType = "ProgramOutputItemParam"
)

// ToPointer returns a pointer to a copy of e.
func (e InputItemType) ToPointer() *InputItemType {
	return &e
}

// CreateInputItemEasyInputMessage wraps v in the union.
func CreateInputItemEasyInputMessage(v EasyInputMessage) InputItem {
	return InputItem{EasyInputMessage: &v, Type: InputItemTypeEasyInputMessage}
}

// CreateInputItemItem wraps v in the union.
func CreateInputItemItem(v Item) InputItem {
	return InputItem{Item: &v, Type: InputItemTypeItem}
}

// CreateInputItemCompactionTriggerItemParam wraps v in the union.
func CreateInputItemCompactionTriggerItemParam(v CompactionTriggerItemParam) InputItem {
	return InputItem{CompactionTriggerItemParam: &v, Type: InputItemTypeCompactionTriggerItemParam}
}

// CreateInputItemItemReferenceParam wraps v in the union.
func CreateInputItemItemReferenceParam(v ItemReferenceParam) InputItem {
	return InputItem{ItemReferenceParam: &v, Type: InputItemTypeItemReferenceParam}
}

// CreateInputItemProgramItemParam wraps v in the union.
func CreateInputItemProgramItemParam(v ProgramItemParam) InputItem {
	return InputItem{ProgramItemParam: &v, Type: InputItemTypeProgramItemParam}
}

// CreateInputItemProgramOutputItemParam wraps v in the union.
func CreateInputItemProgramOutputItemParam(v ProgramOutputItemParam) InputItem {
	return InputItem{ProgramOutputItemParam: &v, Type: InputItemTypeProgramOutputItemParam}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *InputItem) UnmarshalJSON(data []byte) error {
	return rooted("InputItem", u.decode(data, "$"))
}

func (u *InputItem) decode(data []byte, path string) error {
	var v1 EasyInputMessage
	if (*EasyInputMessage).decode(&v1, data, path) == nil {
		*u = CreateInputItemEasyInputMessage(v1)
		return nil
	}
	var v2 Item
	if (*Item).decode(&v2, data, path) == nil {
		*u = CreateInputItemItem(v2)
		return nil
	}
	var v3 CompactionTriggerItemParam
	if (*CompactionTriggerItemParam).decode(&v3, data, path) == nil {
		*u = CreateInputItemCompactionTriggerItemParam(v3)
		return nil
	}
	var v4 ItemReferenceParam
	if (*ItemReferenceParam).decode(&v4, data, path) == nil {
		*u = CreateInputItemItemReferenceParam(v4)
		return nil
	}
	var v5 ProgramItemParam
	if (*ProgramItemParam).decode(&v5, data, path) == nil {
		*u = CreateInputItemProgramItemParam(v5)
		return nil
	}
	var v6 ProgramOutputItemParam
	if (*ProgramOutputItemParam).decode(&v6, data, path) == nil {
		*u = CreateInputItemProgramOutputItemParam(v6)
		return nil
	}
	return &DecodeError{Type: "InputItem", Path: path, Expected: "one of: EasyInputMessage (an object), Item, CompactionTriggerItemParam (an object), ItemReferenceParam (an object), ProgramItemParam (an object), ProgramOutputItemParam (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u InputItem) MarshalJSON() ([]byte, error) {
	switch {
	case u.EasyInputMessage != nil:
		return marshal(u.EasyInputMessage)
	case u.Item != nil:
		return marshal(u.Item)
	case u.CompactionTriggerItemParam != nil:
		return marshal(u.CompactionTriggerItemParam)
	case u.ItemReferenceParam != nil:
		return marshal(u.ItemReferenceParam)
	case u.ProgramItemParam != nil:
		return marshal(u.ProgramItemParam)
	case u.ProgramOutputItemParam != nil:
		return marshal(u.ProgramOutputItemParam)
	}
	return nil, noMember("InputItem")
}
