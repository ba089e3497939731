// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type TopLogProb struct {
	Token   string    `json:"token"`
	Logprob float64   `json:"logprob"`
	Bytes   []float64 `json:"bytes"`
	// AdditionalProperties holds the fields of the JSON object that TopLogProb does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *TopLogProb) GetToken() string {
	if o == nil {
		return ""
	}
	return o.Token
}

func (o *TopLogProb) GetLogprob() float64 {
	if o == nil {
		return 0
	}
	return o.Logprob
}

func (o *TopLogProb) GetBytes() []float64 {
	if o == nil {
		return nil
	}
	return o.Bytes
}

func (o *TopLogProb) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *TopLogProb) UnmarshalJSON(data []byte) error {
	return rooted("TopLogProb", o.decode(data, "$"))
}

func (o *TopLogProb) decode(data []byte, path string) error {
	var out TopLogProb
	r := readObject(data, path, "TopLogProb")
	readRequired(r, "token", &out.Token, decodeString)
	readRequired(r, "logprob", &out.Logprob, decodeNumber)
	readRequired(r, "bytes", &out.Bytes, decodeArray(decodeInteger))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o TopLogProb) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("token", o.Token)
	w.value("logprob", o.Logprob)
	w.value("bytes", o.Bytes)
	return w.finish(o.AdditionalProperties)
}
