"""Stage 4: casing rules, and naming a whole model with collisions reported as errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SchemaError
from generator.load import Workspace
from generator.lower import lower
from generator.naming.casing import camel, go_pascal, number_words, pascal, snake, spell_leading_digits, words
from generator.naming.profiles import PROFILES
from generator.naming.reserved import reserved
from generator.naming.symbols import name_model

from helpers import openapi, write_schema


@pytest.mark.parametrize("text, expected", [
    ("response.image_generation_call.generating", ("response", "image", "generation", "call", "generating")),
    ("OpenResponsesImageGenCallGenerating", ("Open", "Responses", "Image", "Gen", "Call", "Generating")),
    ("HTTPServerError", ("HTTP", "Server", "Error")),
    ("b64_json", ("b64", "json")),
    ("16:9", ("16", "9")),
    ("gpt-image-1", ("gpt", "image", "1")),
])
def test_words(text: str, expected: tuple[str, ...]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize("fn, text, expected", [
    (pascal, "response.image_generation_call.generating", "ResponseImageGenerationCallGenerating"),
    (pascal, "dall-e-3", "DallE3"),
    (camel, "partial_image_b64", "partialImageB64"),
    (camel, "HTTPStatus", "httpStatus"),
    (snake, "ResponseMCPCallCompletedEvent", "response_mcp_call_completed_event"),
    (go_pascal, "item_id", "ItemID"),
    (go_pascal, "b64_json", "B64JSON"),
    (go_pascal, "json_schema", "JSONSchema"),
    (go_pascal, "api_key", "APIKey"),
    (go_pascal, "image_url", "ImageURL"),
])
def test_casing(fn, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert fn(text) == expected


@pytest.mark.parametrize("n, expected", [
    (0, "Zero"), (16, "Sixteen"), (90, "Ninety"), (256, "TwoHundredAndFiftySix"), (512, "FiveHundredAndTwelve"),
    (1024, "OneThousandAndTwentyFour"), (1536, "OneThousandFiveHundredAndThirtySix"), (2000, "TwoThousand"),
])
def test_number_words(n: int, expected: str) -> None:
    assert number_words(n) == expected


def test_leading_digits_are_spelled_out() -> None:
    assert spell_leading_digits("1024x1024") == "OneThousandAndTwentyFourx1024"
    assert spell_leading_digits("Auto") == "Auto"


def test_reserved_word_lists_are_plain_files() -> None:
    assert {"class", "match", "schema"} <= reserved("python")
    assert {"interface", "type", "Record"} <= reserved("typescript")
    assert {"func", "MarshalJSON"} <= reserved("go")


def named(tmp_path: Path, schemas: str, profile: str):  # type: ignore[no-untyped-def]
    model = lower(Workspace.open(write_schema(tmp_path, {"openapi.yaml": openapi(schemas)})), "openapi.yaml")
    return name_model(model, PROFILES[profile])


@pytest.mark.parametrize("profile", ["openai-python", "openrouter-typescript", "openrouter-go"])
def test_fields_that_collide_after_casing_are_errors(tmp_path: Path, profile: str) -> None:
    schemas = "A:\n  type: object\n  properties:\n    item-id: {type: string}\n    item_id: {type: string}\n"
    if profile == "openai-python":
        with pytest.raises(SchemaError) as info:
            named(tmp_path, schemas, profile)
        assert "field name in A `item_id` would be used for both 'item-id' and 'item_id'" in info.value.message
        assert info.value.also is not None and info.value.origin is not None
    else:
        with pytest.raises(SchemaError, match="would be used for both"):
            named(tmp_path, schemas, profile)


def test_enum_values_that_collide_after_casing_are_errors(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="enum member of E `InProgress` would be used for both"):
        named(tmp_path, "E:\n  type: string\n  enum: [in-progress, in_progress]\n", "openrouter-typescript")


def test_types_that_collide_are_errors_naming_both_sources(tmp_path: Path) -> None:
    schemas = """
        A:
          type: object
          properties:
            b: {type: object, properties: {x: {type: string}}}
        AB: {type: object, properties: {y: {type: string}}}
        """
    with pytest.raises(SchemaError) as info:
        named(tmp_path, schemas, "openrouter-go")
    text = info.value.render()
    assert "go type name `AB` would be used for both A.b and AB" in text
    assert "openapi.yaml:" in text and "see also:" in text and "x-xsdk-names" in text


def test_vendor_names_apply_per_vendor(symbols) -> None:  # type: ignore[no-untyped-def]
    assert symbols["go"].types["ResponseStreamEvent"] == "OpenResponsesStreamEvent"
    assert symbols["typescript"].types["ResponseStreamEvent"] == "OpenResponsesStreamEvent"
    assert symbols["python"].types["ResponseStreamEvent"] == "ResponseStreamEvent"
    assert symbols["python"].types["CreateImageRequest"] == "ImageGenerateParams"
    assert symbols["go"].types["CreateImageRequest"] == "CreateImageRequest"


def test_vendor_names_apply_to_inline_declarations_too(tmp_path: Path) -> None:
    names = named(tmp_path, """
        A:
          type: object
          properties:
            input:
              x-xsdk-names: {openrouter: AInputResult}
              type: object
              properties: {x: {type: string}}
        """, "openrouter-go")
    assert names.type("A.input") == "AInputResult"


@pytest.mark.parametrize("component", ["Profile", "UserProfile", "Tile"])
def test_field_names_differing_in_case_stay_apart_whatever_the_type_is_called(tmp_path: Path,
                                                                              component: str) -> None:
    """Only module file names are compared without case (case-insensitive file systems); a type whose
    name happens to end in "file" once made `Size` and `size` one Python field name."""
    names = named(tmp_path, f"{component}:\n  type: object\n  properties:\n    Size: {{type: string}}\n"
                            "    size: {type: string}\n", "openai-python")
    assert (names.field(component, "Size"), names.field(component, "size")) == ("Size", "size")
