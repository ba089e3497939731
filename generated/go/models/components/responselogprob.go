// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseLogProb struct {
	Token       string                       `json:"token"`
	Logprob     float64                      `json:"logprob"`
	TopLogprobs []ResponseLogProbTopLogprobs `json:"top_logprobs,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseLogProb does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseLogProb) GetToken() string {
	if o == nil {
		return ""
	}
	return o.Token
}

func (o *ResponseLogProb) GetLogprob() float64 {
	if o == nil {
		return 0
	}
	return o.Logprob
}

func (o *ResponseLogProb) GetTopLogprobs() []ResponseLogProbTopLogprobs {
	if o == nil {
		return nil
	}
	return o.TopLogprobs
}

func (o *ResponseLogProb) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseLogProb) UnmarshalJSON(data []byte) error {
	return rooted("ResponseLogProb", o.decode(data, "$"))
}

func (o *ResponseLogProb) decode(data []byte, path string) error {
	var out ResponseLogProb
	r := readObject(data, path, "ResponseLogProb")
	readRequired(r, "token", &out.Token, decodeString)
	readRequired(r, "logprob", &out.Logprob, decodeNumber)
	readPresent(r, "top_logprobs", &out.TopLogprobs, decodeArray((*ResponseLogProbTopLogprobs).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseLogProb) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("token", o.Token)
	w.value("logprob", o.Logprob)
	w.valueIf(o.TopLogprobs != nil, "top_logprobs", o.TopLogprobs)
	return w.finish(o.AdditionalProperties)
}

type ResponseLogProbTopLogprobs struct {
	Token   *string  `json:"token,omitempty"`
	Logprob *float64 `json:"logprob,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseLogProbTopLogprobs does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseLogProbTopLogprobs) GetToken() *string {
	if o == nil {
		return nil
	}
	return o.Token
}

func (o *ResponseLogProbTopLogprobs) GetLogprob() *float64 {
	if o == nil {
		return nil
	}
	return o.Logprob
}

func (o *ResponseLogProbTopLogprobs) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseLogProbTopLogprobs) UnmarshalJSON(data []byte) error {
	return rooted("ResponseLogProbTopLogprobs", o.decode(data, "$"))
}

func (o *ResponseLogProbTopLogprobs) decode(data []byte, path string) error {
	var out ResponseLogProbTopLogprobs
	r := readObject(data, path, "ResponseLogProbTopLogprobs")
	readOptional(r, "token", &out.Token, decodeString)
	readOptional(r, "logprob", &out.Logprob, decodeNumber)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseLogProbTopLogprobs) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Token != nil, "token", o.Token)
	w.valueIf(o.Logprob != nil, "logprob", o.Logprob)
	return w.finish(o.AdditionalProperties)
}
