// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseProperties struct {
	PreviousResponseID OptionalNullable[string]  `json:"previous_response_id,omitempty"`
	Model              *ModelIdsResponses        `json:"model,omitempty"`
	Background         OptionalNullable[bool]    `json:"background,omitempty"`
	MaxToolCalls       OptionalNullable[float64] `json:"max_tool_calls,omitempty"`
	Text               *ResponseTextParam        `json:"text,omitempty"`
	Tools              ToolsArray                `json:"tools,omitempty"`
	ToolChoice         *ToolChoiceParam          `json:"tool_choice,omitempty"`
	Prompt             OptionalNullable[Prompt]  `json:"prompt,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseProperties does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseProperties) GetPreviousResponseID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.PreviousResponseID
}

func (o *ResponseProperties) GetModel() *ModelIdsResponses {
	if o == nil {
		return nil
	}
	return o.Model
}

func (o *ResponseProperties) GetBackground() OptionalNullable[bool] {
	if o == nil {
		return OptionalNullable[bool]{}
	}
	return o.Background
}

func (o *ResponseProperties) GetMaxToolCalls() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.MaxToolCalls
}

func (o *ResponseProperties) GetText() *ResponseTextParam {
	if o == nil {
		return nil
	}
	return o.Text
}

func (o *ResponseProperties) GetTools() ToolsArray {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *ResponseProperties) GetToolChoice() *ToolChoiceParam {
	if o == nil {
		return nil
	}
	return o.ToolChoice
}

func (o *ResponseProperties) GetPrompt() OptionalNullable[Prompt] {
	if o == nil {
		return OptionalNullable[Prompt]{}
	}
	return o.Prompt
}

func (o *ResponseProperties) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseProperties) UnmarshalJSON(data []byte) error {
	return rooted("ResponseProperties", o.decode(data, "$"))
}

func (o *ResponseProperties) decode(data []byte, path string) error {
	var out ResponseProperties
	r := readObject(data, path, "ResponseProperties")
	readOptionalNullable(r, "previous_response_id", &out.PreviousResponseID, decodeString)
	readOptional(r, "model", &out.Model, (*ModelIdsResponses).decode)
	readOptionalNullable(r, "background", &out.Background, decodeBool)
	readOptionalNullable(r, "max_tool_calls", &out.MaxToolCalls, decodeInteger)
	readOptional(r, "text", &out.Text, (*ResponseTextParam).decode)
	readPresent(r, "tools", &out.Tools, (*ToolsArray).decode)
	readOptional(r, "tool_choice", &out.ToolChoice, (*ToolChoiceParam).decode)
	readOptionalNullable(r, "prompt", &out.Prompt, (*Prompt).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseProperties) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.PreviousResponseID.IsSet(), "previous_response_id", o.PreviousResponseID)
	w.valueIf(o.Model != nil, "model", o.Model)
	w.valueIf(o.Background.IsSet(), "background", o.Background)
	w.valueIf(o.MaxToolCalls.IsSet(), "max_tool_calls", o.MaxToolCalls)
	w.valueIf(o.Text != nil, "text", o.Text)
	w.valueIf(o.Tools != nil, "tools", o.Tools)
	w.valueIf(o.ToolChoice != nil, "tool_choice", o.ToolChoice)
	w.valueIf(o.Prompt.IsSet(), "prompt", o.Prompt)
	return w.finish(o.AdditionalProperties)
}
