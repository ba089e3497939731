// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LogProb struct {
	Token       string       `json:"token"`
	Logprob     float64      `json:"logprob"`
	Bytes       []float64    `json:"bytes"`
	TopLogprobs []TopLogProb `json:"top_logprobs"`
	// AdditionalProperties holds the fields of the JSON object that LogProb does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LogProb) GetToken() string {
	if o == nil {
		return ""
	}
	return o.Token
}

func (o *LogProb) GetLogprob() float64 {
	if o == nil {
		return 0
	}
	return o.Logprob
}

func (o *LogProb) GetBytes() []float64 {
	if o == nil {
		return nil
	}
	return o.Bytes
}

func (o *LogProb) GetTopLogprobs() []TopLogProb {
	if o == nil {
		return nil
	}
	return o.TopLogprobs
}

func (o *LogProb) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LogProb) UnmarshalJSON(data []byte) error {
	return rooted("LogProb", o.decode(data, "$"))
}

func (o *LogProb) decode(data []byte, path string) error {
	var out LogProb
	r := readObject(data, path, "LogProb")
	readRequired(r, "token", &out.Token, decodeString)
	readRequired(r, "logprob", &out.Logprob, decodeNumber)
	readRequired(r, "bytes", &out.Bytes, decodeArray(decodeInteger))
	readRequired(r, "top_logprobs", &out.TopLogprobs, decodeArray((*TopLogProb).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LogProb) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("token", o.Token)
	w.value("logprob", o.Logprob)
	w.value("bytes", o.Bytes)
	w.value("top_logprobs", o.TopLogprobs)
	return w.finish(o.AdditionalProperties)
}
