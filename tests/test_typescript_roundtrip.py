"""Round trips through the generated TypeScript bindings (generator/roundtrip/PROTOCOL.md): every schema
example, then one group of cases per semantics rule 2-7. One driver process serves the whole module."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.naming.symbols import Symbols
from generator.pipeline import build
from generator.sse import read_sse

from conftest import FIXTURES, schema_examples
from generator.roundtrip.typescript import TypeScriptDriver, registry, shared_workspace

pytestmark = pytest.mark.slow

GENERATING = "ResponseImageGenCallGeneratingEvent"
GENERATING_TS = "OpenResponsesStreamEventResponseImageGenerationCallGenerating"
EVENT: dict[str, Any] = {"type": "response.image_generation_call.generating", "item_id": "item-abc123", "output_index": 0,
         "sequence_number": 2}
COMPLETED_IMAGE: dict[str, Any] = {
    "type": "image_generation.completed", "b64_json": "aGk=", "created_at": 1620000000, "size": "1024x1024",
    "quality": "high", "background": "transparent", "output_format": "png",
    "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
              "output_tokens": 50, "total_tokens": 100},
}


@pytest.fixture(scope="module")
def driver(config: Config, model: ir.Model, symbols: dict[str, Symbols],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[TypeScriptDriver]:
    tree = build(config, ["typescript"], model)["typescript"]
    workspace = shared_workspace(tree, lambda: tmp_path_factory.mktemp("typescript"))
    assert workspace.build.returncode == 0, workspace.build.stdout + workspace.build.stderr
    running = TypeScriptDriver(workspace, registry(model, symbols["typescript"]))
    yield running
    running.close()


def accepted(reply: dict[str, Any]) -> dict[str, Any]:
    assert reply["ok"], reply
    return reply


def rejected(reply: dict[str, Any], path: str) -> dict[str, Any]:
    assert not reply["ok"], reply
    assert reply["path"] == path, reply
    return reply


def with_(value: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(value)
    out.update(changes)
    return out


# --- rule 1: every example of the schema ---

def test_every_schema_example_round_trips(driver: TypeScriptDriver, model: ir.Model,
                                          symbols: dict[str, Symbols]) -> None:
    examples = schema_examples(model)
    assert len(examples) >= 10
    ts = symbols["typescript"]
    for component, example in examples:
        reply = driver(component, example)
        assert reply["ok"], (component, example, reply)
        assert reply["value"] == example, (component, reply)
        decl = model.get(component)
        if isinstance(decl, ir.UnionDecl):
            member = next(m.target for m in decl.members if m.value == example[decl.discriminator])
            assert reply["decoded"] == ts.type(member), (component, reply)
        else:
            assert reply["decoded"] == ts.type(component), (component, reply)


# --- rule 2: unknown fields survive ---

@pytest.mark.parametrize("component, value", [
    (GENERATING, with_(EVENT, obfuscation="xYz", logprobs=[{"token": "a", "p": 0.5}], meta={"a": None})),
    ("ResponseStreamEvent", with_(EVENT, extra_field=True)),
    ("ImagesResponse", {"created": 1, "data": [{"url": "https://x/y.png", "mime": "image/png"}],
                        "usage": {"input_tokens": 1, "input_tokens_details": {"image_tokens": 1, "text_tokens": 0,
                                                                              "audio_tokens": 3},
                                  "output_tokens": 1, "total_tokens": 2, "cached": 0}}),
    ("CreateImageRequest", {"prompt": "p", "seed": 42, "additionalProperties": "a wire key of that name"}),
    ("ImageGenStreamEvent", with_(COMPLETED_IMAGE, moderation_result={"flagged": False})),
])
def test_unknown_fields_are_kept(driver: TypeScriptDriver, component: str, value: dict[str, Any]) -> None:
    assert accepted(driver(component, value))["value"] == value


# --- rule 3: unknown union members ---

@pytest.mark.parametrize("component, value", [
    ("ResponseStreamEvent", {"type": "response.hologram.delta", "delta": "Hel", "sequence_number": 3,
                             "logprobs": []}),
    ("ResponseStreamEvent", {"type": "response.image_generation_call.generating.v2", "item_id": 5}),
    ("ImageGenStreamEvent", {"type": "image_generation.failed", "error": {"code": "x"}}),
])
def test_unknown_discriminator_value_is_kept_as_unknown(driver: TypeScriptDriver, component: str,
                                                        value: dict[str, Any]) -> None:
    reply = accepted(driver(component, value))
    assert reply["decoded"] == "unknown"
    assert reply["value"] == value


def test_known_member_decodes_to_its_type(driver: TypeScriptDriver) -> None:
    assert accepted(driver("ResponseStreamEvent", EVENT))["decoded"] == GENERATING_TS


@pytest.mark.parametrize("value, path", [
    ({"item_id": "x"}, "$.type"),  # no discriminator: not an unknown member
    ({"type": 7}, "$.type"),
    (["response.image_generation_call.generating"], "$"),
    ("response.image_generation_call.generating", "$"),
])
def test_union_needs_an_object_with_a_string_discriminator(driver: TypeScriptDriver, value: Any, path: str) -> None:
    rejected(driver("ResponseStreamEvent", value), path)


# --- rule 4: absent, null and value each stay as they are ---

@pytest.mark.parametrize("field, value", [
    ("n", 2), ("n", None), ("model", "dall-e-3"), ("model", "a-model-not-in-the-list"), ("model", None),
    ("size", "1024x1024"), ("size", None), ("response_format", None), ("stream", False), ("stream", None),
    ("quality", "hd"), ("user", "u-1"),
])
def test_present_values_and_nulls_are_kept(driver: TypeScriptDriver, field: str, value: Any) -> None:
    request = {"prompt": "p", field: value}
    assert accepted(driver("CreateImageRequest", request))["value"] == request


def test_absent_fields_stay_absent(driver: TypeScriptDriver) -> None:
    assert accepted(driver("CreateImageRequest", {"prompt": "p"}))["value"] == {"prompt": "p"}
    assert accepted(driver("Image", {}))["value"] == {}


@pytest.mark.parametrize("field", ["quality", "user"])
def test_null_is_rejected_where_the_schema_does_not_allow_it(driver: TypeScriptDriver, field: str) -> None:
    rejected(driver("CreateImageRequest", {"prompt": "p", field: None}), f"$.{field}")


# --- rule 5: integers, no coercion, const and enum mismatches ---

@pytest.mark.parametrize("component, value, path", [
    (GENERATING, with_(EVENT, output_index=1.5), "$.output_index"),
    ("ResponseStreamEvent", with_(EVENT, sequence_number=2.25), "$.sequence_number"),
    (GENERATING, with_(EVENT, output_index="1"), "$.output_index"),
    (GENERATING, with_(EVENT, item_id=123), "$.item_id"),
    ("CreateImageRequest", {"prompt": "p", "n": "2"}, "$.n"),
    ("CreateImageRequest", {"prompt": "p", "n": 1.5}, "$.n"),
    ("CreateImageRequest", {"prompt": "p", "stream": "true"}, "$.stream"),
    ("CreateImageRequest", {"prompt": "p", "n": 0}, "$.n"),  # minimum 1
    ("CreateImageRequest", {"prompt": "p", "size": "1000x1000"}, "$.size"),
    ("CreateImageRequest", {"prompt": "p", "model": 3}, "$.model"),
    ("ImageModel", "dall-e-4", "$"),
    (GENERATING, with_(EVENT, type="response.image_generation_call.completed"), "$.type"),
    ("ImagesResponse", {"created": 1, "data": [{"url": "u"}, {"url": 5}]}, "$.data[1].url"),
    ("ImagesResponse", {"created": "1713833628"}, "$.created"),
])
def test_wrong_values_are_rejected(driver: TypeScriptDriver, component: str, value: Any, path: str) -> None:
    rejected(driver(component, value), path)


def test_integral_float_is_an_integer(driver: TypeScriptDriver) -> None:
    reply = accepted(driver(GENERATING, with_(EVENT, output_index=1.0)))
    assert reply["value"]["output_index"] == 1


# --- rule 6: a known member with a bad body is an error, never unknown ---

@pytest.mark.parametrize("component, value, path", [
    ("ResponseStreamEvent", with_(EVENT, output_index="0"), "$.output_index"),
    ("ResponseStreamEvent", {k: v for k, v in EVENT.items() if k != "item_id"}, "$.item_id"),
    ("ImageGenStreamEvent", with_(COMPLETED_IMAGE, usage={**COMPLETED_IMAGE["usage"], "input_tokens_details": {
        "image_tokens": 40, "text_tokens": "10"}}), "$.usage.input_tokens_details.text_tokens"),
    ("ImageGenStreamEvent", with_(COMPLETED_IMAGE, size="2048x2048"), "$.size"),
])
def test_known_member_with_bad_field_is_rejected(driver: TypeScriptDriver, component: str, value: Any,
                                                 path: str) -> None:
    rejected(driver(component, value), path)


# --- rule 7: error messages ---

def test_error_names_type_path_and_expectation(driver: TypeScriptDriver) -> None:
    reply = rejected(driver(GENERATING, with_(EVENT, output_index=1.5)), "$.output_index")
    assert GENERATING_TS in reply["error"]
    assert "$.output_index" in reply["error"]
    assert "expected an integer" in reply["error"] and "1.5" in reply["error"]

    reply = rejected(driver("ResponseStreamEvent", with_(EVENT, output_index="0")), "$.output_index")
    assert "OpenResponsesStreamEvent" in reply["error"] and "expected a number" in reply["error"]

    reply = rejected(driver("CreateImageRequest", {"prompt": "p", "size": "1x1"}), "$.size")
    assert "CreateImageRequest" in reply["error"] and '"1024x1024"' in reply["error"]

    reply = rejected(driver(GENERATING, with_(EVENT, type="response.image_generation_call.completed")), "$.type")
    assert 'expected "response.image_generation_call.generating"' in reply["error"]

    reply = rejected(driver("ResponseStreamEvent", {"item_id": "x"}), "$.type")
    assert '"response.image_generation_call.in_progress"' in reply["error"] and "absent" in reply["error"]


# --- a recursive type of the schema: CompoundFilter (and/or of comparison filters, at any depth) ---

COMPARISON: dict[str, Any] = {"type": "eq", "key": "region", "value": "eu"}
COMPOUND: dict[str, Any] = {"type": "and", "filters": [
    COMPARISON,
    {"type": "or", "filters": [
        {"type": "in", "key": "tier", "value": ["gold", 2]},
        {"type": "and", "filters": [{"type": "gte", "key": "score", "value": 0.5},
                                    {"type": "ne", "key": "deleted", "value": True},
                                    {"type": "or", "filters": []}]},
    ]},
]}


def file_search_response_created() -> dict[str, Any]:
    """The `response.created` event of a captured stream, with a file_search tool filtering by COMPOUND."""
    frame = next(f for f in read_sse((FIXTURES / "responses_image_generation.sse").read_text(encoding="utf-8"))
                 if f.event == "response.created")
    event: dict[str, Any] = json.loads(frame.data)
    event["response"]["tools"] = [{"type": "file_search", "vector_store_ids": ["vs_1"], "filters": COMPOUND}]
    return event


@pytest.mark.parametrize("component, value, decoded", [
    ("CompoundFilter", COMPOUND, "CompoundFilter"),
    ("CompoundFilter", {"type": "or", "filters": [COMPOUND, with_(COMPOUND, type="or")]}, "CompoundFilter"),
    ("Filters", COMPOUND, "CompoundFilter"),
    ("Filters", COMPARISON, "ComparisonFilter"),
    ("FileSearchTool", {"type": "file_search", "vector_store_ids": ["vs_1"], "filters": COMPOUND}, "FileSearchTool"),
    ("ResponseStreamEvent", file_search_response_created(), "OpenResponsesStreamEventResponseCreated"),
])
def test_nested_compound_filters_round_trip(driver: TypeScriptDriver, component: str, value: Any,
                                            decoded: str) -> None:
    reply = accepted(driver(component, value))
    assert reply["value"] == value and reply["decoded"] == decoded


@pytest.mark.parametrize("change, path", [
    (lambda f: f["filters"][1]["filters"][1].update(type="xor"), "$.filters[1]"),  # no alternative fits: at it
    (lambda f: f["filters"][1]["filters"][1]["filters"][0].pop("key"), "$.filters[1]"),
    (lambda f: f.update(type="xor"), "$.type"),
    (lambda f: f.update(filters={}), "$.filters"),
    (lambda f: f.pop("filters"), "$.filters"),
    # `additionalProperties: false`: an unknown field is an error at its own path, not kept
    (lambda f: f.update(note="closed"), "$.note"),
    (lambda f: f["filters"][0].update(note="closed"), "$.filters[0]"),  # inside the untagged union: at it
])
def test_bad_nested_compound_filters_are_rejected(driver: TypeScriptDriver, change: Any, path: str) -> None:
    value = copy.deepcopy(COMPOUND)
    change(value)
    reply = rejected(driver("CompoundFilter", value), path)
    if path == "$.filters[1]":
        assert "expected one of: a ComparisonFilter object, a CompoundFilter object" in reply["error"]
    event = file_search_response_created()
    event["response"]["tools"][0]["filters"] = value
    assert not driver("ResponseStreamEvent", event)["ok"]
