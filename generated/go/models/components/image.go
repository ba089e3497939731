// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// Image - One generated image, as base64 data or as a URL.
type Image struct {
	// The image, base64-encoded (GPT image models, or dall-e with `response_format` b64_json).
	B64JSON *string `json:"b64_json,omitempty"`
	// Where to download the image (dall-e with `response_format` url); valid for 60 minutes.
	URL *string `json:"url,omitempty"`
	// The prompt dall-e-3 actually used, after rewriting yours.
	RevisedPrompt *string `json:"revised_prompt,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that Image does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Image) GetB64JSON() *string {
	if o == nil {
		return nil
	}
	return o.B64JSON
}

func (o *Image) GetURL() *string {
	if o == nil {
		return nil
	}
	return o.URL
}

func (o *Image) GetRevisedPrompt() *string {
	if o == nil {
		return nil
	}
	return o.RevisedPrompt
}

func (o *Image) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Image) UnmarshalJSON(data []byte) error {
	return rooted("Image", o.decode(data, "$"))
}

func (o *Image) decode(data []byte, path string) error {
	var out Image
	r := readObject(data, path, "Image")
	readOptional(r, "b64_json", &out.B64JSON, decodeString)
	readOptional(r, "url", &out.URL, decodeString)
	readOptional(r, "revised_prompt", &out.RevisedPrompt, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Image) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.B64JSON != nil, "b64_json", o.B64JSON)
	w.valueIf(o.URL != nil, "url", o.URL)
	w.valueIf(o.RevisedPrompt != nil, "revised_prompt", o.RevisedPrompt)
	return w.finish(o.AdditionalProperties)
}
