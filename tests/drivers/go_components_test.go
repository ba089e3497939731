// Go unit tests of the generated components package, through its public API. go_driver.py copies
// this file into the driver's throwaway module; tests/test_go_roundtrip.py runs `go test` there.

package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/xsdk/xsdk/generated/go/models/components"
)

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return string(data)
}

func TestOptionalNullableStates(t *testing.T) {
	var absent components.OptionalNullable[float64]
	if absent.IsSet() || absent.IsNull() {
		t.Fatal("the zero OptionalNullable must be absent")
	}
	null := components.OptionalNull[float64]()
	if !null.IsSet() || !null.IsNull() {
		t.Fatal("OptionalNull must be set and null")
	}
	if _, ok := null.Get(); ok {
		t.Fatal("a null OptionalNullable has no value")
	}
	v, ok := components.OptionalValue(2.0).Get()
	if !ok || v != 2 {
		t.Fatalf("OptionalValue(2).Get() = %v, %v", v, ok)
	}
}

func TestRequestEncodesAbsentNullAndValue(t *testing.T) {
	req := components.CreateImageRequest{
		Prompt: "a cat",
		N:      components.OptionalValue(2.0),
		Style:  components.OptionalNull[components.CreateImageRequestStyle](),
		Model:  components.OptionalValue(components.ImageModel("my-own-model")),
	}
	got := mustMarshal(t, req)
	want := `{"prompt":"a cat","model":"my-own-model","n":2,"style":null}`
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	var back components.CreateImageRequest
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
	if back.Size.IsSet() || !back.Style.IsNull() || back.N.Value() != 2 || back.GetModel().Value() != "my-own-model" {
		t.Fatalf("decoded %+v", back)
	}
}

func TestConstructorSetsDiscriminator(t *testing.T) {
	ev := components.CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating(
		components.OpenResponsesImageGenCallGenerating{ItemID: "ig_1", OutputIndex: 1, SequenceNumber: 2})
	if ev.Type != components.OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating || ev.IsUnknown() {
		t.Fatalf("type %q", ev.Type)
	}
	got := mustMarshal(t, ev)
	want := `{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":1,"sequence_number":2}`
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestUnionWithoutMemberDoesNotEncode(t *testing.T) {
	if _, err := json.Marshal(components.ImageGenStreamEvent{}); err == nil || !strings.Contains(err.Error(), "ImageGenStreamEvent") {
		t.Fatalf("err = %v", err)
	}
}

func TestUnknownMemberKeepsRawJSON(t *testing.T) {
	raw := `{"type":"image_generation.brand_new","x":[1,{"y":null}]}`
	var ev components.ImageGenStreamEvent
	if err := json.Unmarshal([]byte(raw), &ev); err != nil {
		t.Fatal(err)
	}
	if !ev.IsUnknown() || ev.Type != "image_generation.brand_new" || ev.ImageGenCompletedEvent != nil {
		t.Fatalf("decoded %+v", ev)
	}
	if got := mustMarshal(t, ev); got != raw {
		t.Fatalf("got %s", got)
	}
}

func TestDecodeErrorCarriesTypeAndPath(t *testing.T) {
	raw := `{"created":1,"usage":{"input_tokens":1,"output_tokens":1,"total_tokens":2,` +
		`"input_tokens_details":{"image_tokens":1,"text_tokens":1.5}}}`
	var resp components.ImagesResponse
	err := json.Unmarshal([]byte(raw), &resp)
	var de *components.DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("err = %v", err)
	}
	if de.Root != "ImagesResponse" || de.Type != "ImagesResponseUsageInputTokensDetails" ||
		de.Path != "$.usage.input_tokens_details.text_tokens" || de.Expected != "an integer" || de.Got != "1.5" {
		t.Fatalf("error %+v", *de)
	}
}

func TestEnumRejectsUnknownValue(t *testing.T) {
	var m components.ImageModel
	err := json.Unmarshal([]byte(`"dall-e-9"`), &m)
	if err == nil || !strings.Contains(err.Error(), "ImageModel") || !strings.Contains(err.Error(), `"dall-e-9"`) {
		t.Fatalf("err = %v", err)
	}
	if err := json.Unmarshal([]byte(`"dall-e-3"`), &m); err != nil || *m.ToPointer() != components.ImageModelDallE3 {
		t.Fatalf("err = %v, m = %q", err, m)
	}
}

func TestGettersAreNilSafe(t *testing.T) {
	var ev *components.OpenResponsesImageGenCallGenerating
	if ev.GetItemID() != "" || ev.GetOutputIndex() != 0 || ev.GetAdditionalProperties() != nil {
		t.Fatal("getters on nil must return zero values")
	}
	var resp *components.ImagesResponse
	if resp.GetUsage() != nil || resp.GetData() != nil {
		t.Fatal("getters on nil must return nil")
	}
}

func TestKnownFieldsWinOverAdditionalProperties(t *testing.T) {
	img := components.Image{
		URL:                  new(string),
		AdditionalProperties: map[string]json.RawMessage{"url": json.RawMessage(`"shadow"`), "zeta": json.RawMessage(`1`)},
	}
	*img.URL = "https://example.com/a.png"
	if got := mustMarshal(t, img); got != `{"url":"https://example.com/a.png","zeta":1}` {
		t.Fatalf("got %s", got)
	}
}
