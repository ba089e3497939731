"""The generated Python package: OpenAI SDK names and types (seeds 000-002), mypy --strict, round trips."""

from __future__ import annotations

import importlib
import subprocess
import sys
import typing
from typing import Any, Literal, Optional, Union

import pydantic
import pytest

from generator.naming.profiles import PROFILES

from conftest import ROOT, schema_examples

PY = ROOT / "generated" / "python"
sys.path.insert(0, str(PY))


def hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


# ---- naming rules of the openai-python profile ----
PROFILE = PROFILES["openai-python"]


@pytest.mark.parametrize("wire, expected", [
    ("item_id", "item_id"),          # wire names are kept
    ("sequence_number", "sequence_number"),
    ("schema", "schema_"),           # shadows a BaseModel attribute
    ("class", "class_"),             # keyword
    ("match", "match_"),             # soft keyword
    ("model_config", "field_model_config"),  # pydantic's protected `model_` namespace
    ("content-type", "content_type"),  # not an identifier
    ("1st", "field_1st"),            # a leading `_` would make it a private attribute to pydantic
])
def test_python_field_names(wire: str, expected: str) -> None:
    assert PROFILE.field_name(wire) == expected


@pytest.mark.parametrize("type_name, stem", [
    ("ResponseImageGenCallGeneratingEvent", "response_image_gen_call_generating_event"),
    ("ImageGenerateParams", "image_generate_params"),
    ("ImagesResponse", "images_response"),
    ("ResponseMCPCallCompletedEvent", "response_mcp_call_completed_event"),
])
def test_python_module_names(type_name: str, stem: str) -> None:
    assert PROFILE.file_stem(type_name) == stem


def test_inline_classes_are_flat_names_in_their_module(symbols: Any) -> None:
    s = symbols["python"]
    assert s.types["ImagesResponse.usage"] == "Usage"
    assert s.types["ImagesResponse.usage.input_tokens_details"] == "UsageInputTokensDetails"
    assert s.types["CreateImageRequest"] == "ImageGenerateParams"  # vendor name from x-xsdk-names
    assert "ImagesResponse.size" not in s.types  # property enums are inline Literals


# ---- seeds 000 and 001: the Responses image generation events ----
@pytest.mark.parametrize("name, event_type", [
    ("ResponseImageGenCallGeneratingEvent", "response.image_generation_call.generating"),
    ("ResponseImageGenCallCompletedEvent", "response.image_generation_call.completed"),
])
def test_seed_response_image_gen_call_events(name: str, event_type: str) -> None:
    responses = importlib.import_module("xsdk_events.types.responses")
    cls = getattr(responses, name)
    assert issubclass(cls, pydantic.BaseModel)
    module = importlib.import_module(f"xsdk_events.types.responses.{PROFILE.file_stem(name)}")
    assert getattr(module, name) is cls
    assert hints(cls) == {"item_id": str, "output_index": int, "sequence_number": int,
                          "type": Literal[event_type]}
    assert all(f.is_required() for f in cls.model_fields.values())
    assert cls.__doc__ and "image" in cls.__doc__
    event = cls.model_validate({"type": event_type, "item_id": "item-123", "output_index": 0, "sequence_number": 2})
    assert event.item_id == "item-123" and event.type == event_type
    source = (PY / "xsdk_events/types/responses" / f"{PROFILE.file_stem(name)}.py").read_text()
    assert source.startswith("# Code generated from schemas/openapi.yaml by xsdk")
    assert f'    type: Literal["{event_type}"]\n    """' in source  # a docstring line under each field


# ---- seed 002: the Images API generate call ----
SEED_002_PARAMS = {
    "prompt": str,
    "model": Union[str, Literal["dall-e-2", "dall-e-3", "gpt-image-1"], None],
    "n": Optional[int],
    "quality": Literal["standard", "hd", "low", "medium", "high", "auto"],
    "response_format": Optional[Literal["url", "b64_json"]],
    "size": Optional[Literal["auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512",
                             "1792x1024", "1024x1792"]],
    "style": Optional[Literal["vivid", "natural"]],
    "background": Optional[Literal["transparent", "opaque", "auto"]],
    "output_format": Optional[Literal["png", "jpeg", "webp"]],
    "output_compression": Optional[int],
    "partial_images": Optional[int],
    "moderation": Optional[Literal["low", "auto"]],
    "user": str,
}


def test_seed_image_generate_params() -> None:
    params = importlib.import_module("xsdk_events.types.image_generate_params")
    base = params.ImageGenerateParamsBase
    assert base.__total__ is False and base.__required_keys__ == {"prompt"}
    got = typing.get_type_hints(base)
    assert got == SEED_002_PARAMS
    # the 14th parameter, `stream`, tells the two variants apart
    assert typing.get_type_hints(params.ImageGenerateParamsNonStreaming)["stream"] == Optional[Literal[False]]
    assert typing.get_type_hints(params.ImageGenerateParamsStreaming)["stream"] == Literal[True]
    assert "stream" in params.ImageGenerateParamsStreaming.__required_keys__
    assert typing.get_args(params.ImageGenerateParams) == (params.ImageGenerateParamsNonStreaming,
                                                           params.ImageGenerateParamsStreaming)
    types = importlib.import_module("xsdk_events.types")
    assert types.ImageGenerateParams is params.ImageGenerateParams


def test_seed_images_response_and_stream_events() -> None:
    types = importlib.import_module("xsdk_events.types")
    response = types.ImagesResponse.model_validate(
        {"created": 1, "data": [{"url": "https://x/1.png"}, {"b64_json": "aGk="}]})
    assert response.data is not None and response.data[0].url == "https://x/1.png"
    assert response.data[1].b64_json == "aGk="
    assert hints(types.Image) == {"b64_json": Optional[str], "url": Optional[str], "revised_prompt": Optional[str]}
    module = importlib.import_module("xsdk_events.types.images_response")
    assert {"Usage", "UsageInputTokensDetails", "UsageOutputTokensDetails"} <= set(module.__all__)
    members = typing.get_args(typing.get_args(types.ImageGenStreamEvent)[0])
    decoded = [typing.get_args(m)[0] for m in members]
    assert decoded[:2] == [types.ImageGenPartialImageEvent, types.ImageGenCompletedEvent]


# ---- the tree type-checks ----
@pytest.mark.slow
def test_mypy_strict_on_generated_package() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
                             "xsdk_events"], cwd=PY, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- round trips (generator/roundtrip/PROTOCOL.md) ----
def test_every_schema_example_round_trips(model: Any, python_driver: Any) -> None:
    examples = schema_examples(model)
    assert len(examples) >= 12
    for component, example in examples:
        result = python_driver.roundtrip(component, example)
        assert result == {"ok": True, "decoded": result["decoded"], "value": example}, (component, result)


GENERATING = {"type": "response.image_generation_call.generating", "item_id": "ig_1", "output_index": 0,
              "sequence_number": 3}


def test_unknown_fields_are_kept(python_driver: Any) -> None:
    value = {**GENERATING, "added_later": {"nested": [1, 2]}}
    assert python_driver.roundtrip("ResponseStreamEvent", value)["value"] == value


def test_unknown_event_type_is_an_unknown_member(python_driver: Any) -> None:
    value = {"type": "response.image_generation_call.upscaling", "item_id": "ig_1", "progress": 0.5}
    result = python_driver.roundtrip("ResponseStreamEvent", value)
    assert result == {"ok": True, "decoded": "unknown", "value": value}


@pytest.mark.parametrize("value", [
    {"prompt": "p"},
    {"prompt": "p", "n": None, "size": None, "model": None},
    {"prompt": "p", "n": 2, "size": "1024x1024", "model": "my-own-model", "stream": True},
])
def test_absent_null_and_value_survive(python_driver: Any, value: dict[str, Any]) -> None:
    assert python_driver.roundtrip("CreateImageRequest", value)["value"] == value


@pytest.mark.parametrize("value, path", [
    ({**GENERATING, "output_index": 1.5}, "$.output_index"),
    ({**GENERATING, "output_index": "1"}, "$.output_index"),
    ({**GENERATING, "item_id": None}, "$.item_id"),
    ({k: v for k, v in GENERATING.items() if k != "sequence_number"}, "$.sequence_number"),
])
def test_bad_known_event_is_rejected_with_its_path(python_driver: Any, value: Any, path: str) -> None:
    result = python_driver.roundtrip("ResponseStreamEvent", value)
    assert result["ok"] is False and result["path"] == path
    assert result["error"].startswith(f"ResponseImageGenCallGeneratingEvent: {path}: ")


def test_wrong_const_and_enum_values_are_rejected(python_driver: Any) -> None:
    wrong_type = python_driver.roundtrip("ResponseImageGenCallGeneratingEvent", {**GENERATING, "type": "other"})
    assert wrong_type["ok"] is False and wrong_type["path"] == "$.type"
    wrong_size = python_driver.roundtrip("ImagesResponse", {"created": 1, "size": "999x999"})
    assert wrong_size["ok"] is False and wrong_size["path"] == "$.size" and "1024x1024" in wrong_size["error"]


def test_nested_errors_name_the_inner_path(python_driver: Any) -> None:
    bad = {"created": 1, "usage": {"input_tokens": 1, "output_tokens": 1, "total_tokens": 2,
                                   "input_tokens_details": {"image_tokens": 1, "text_tokens": "1"}}}
    result = python_driver.roundtrip("ImagesResponse", bad)
    assert result["path"] == "$.usage.input_tokens_details.text_tokens"
    assert result["error"].startswith("UsageInputTokensDetails: ") and "valid integer" in result["error"]


# ---- fuzzing findings (tests/fuzz/findings/python-*), fixed: a generated package of their constructs ----
FINDINGS = {
    "openapi.yaml": """
        openapi: 3.1.0
        info: {title: findings, version: 1.0.0}
        components:
          schemas:
            Alpha: {$ref: 'one/cycle.yaml#/Alpha'}
            Bravo: {$ref: 'two/cycle.yaml#/Bravo'}
            Event: {$ref: 'one/cycle.yaml#/Event'}
            Created: {$ref: 'two/cycle.yaml#/Created'}
            Outside: {$ref: 'one/cycle.yaml#/Outside'}
            Model: {$ref: 'one/names.yaml#/Model'}
            Size: {$ref: 'one/names.yaml#/Size'}
            Delta: {$ref: 'one/names.yaml#/Delta'}
            Maple: {$ref: 'one/names.yaml#/Maple'}
            Tagged: {$ref: 'one/names.yaml#/Tagged'}
            any: {$ref: 'one/names.yaml#/any'}
            list: {$ref: 'one/names.yaml#/list'}
            error: {$ref: 'one/cycle.yaml#/error'}
        """,
    # two components that refer to each other, across sub-packages; a union member referring to its union
    "one/cycle.yaml": """
        Alpha:
          type: object
          properties:
            bravo: {$ref: '../two/cycle.yaml#/Bravo'}
            n: {type: integer}
            error: {$ref: '#/error'}
        error:
          description: in a cycle, and its class has the name of its module (which the package re-exports it as)
          type: object
          properties:
            alpha: {$ref: '#/Alpha'}
        Event:
          oneOf:
            - $ref: '../two/cycle.yaml#/Created'
            - type: object
              required: [type]
              properties:
                type: {const: inline}
                child: {$ref: '#/Event'}
          discriminator: {propertyName: type}
        Outside:
          type: object
          required: [alpha]
          properties:
            alpha: {$ref: '#/Alpha'}
            events: {type: array, items: {$ref: '#/Event'}}
        """,
    "two/cycle.yaml": """
        Bravo:
          type: object
          properties:
            alpha: {$ref: '../one/cycle.yaml#/Alpha'}
            alphas: {type: array, items: {$ref: '../one/cycle.yaml#/Alpha'}}
        Created:
          type: object
          required: [type]
          properties:
            type: {const: created}
            parent: {$ref: '../one/cycle.yaml#/Event'}
            bravo: {$ref: '#/Bravo'}
        """,
    "one/names.yaml": """
        Model:
          type: object
          properties:
            Size: {type: object, properties: {a: {type: string}}}
            Delta: {$ref: '#/Delta'}
        Size:
          type: object
          properties:
            a: {type: string}
        Delta:
          type: object
          required: [type]
          properties:
            type: {const: delta}
        Maple:
          type: object
          required: [size, other]
          properties:
            other: {$ref: '#/Size'}
            size: {type: object, properties: {b: {type: integer}}}
        Tagged:
          oneOf:
            - $ref: '#/Delta'
            - {type: object, required: [type], properties: {type: {const: size}, size: {$ref: '#/Size'}}}
          discriminator: {propertyName: type}
        any:
          type: object
          properties:
            inner: {type: object, properties: {back: {$ref: '#/any'}}}
        list:
          type: object
          properties:
            inner: {type: object, properties: {back: {$ref: '#/list'}}}
        """,
}


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from generator.config import load_config
    from generator.pipeline import build, load_model, symbols_for
    from generator.roundtrip.python import PythonDriver
    from generator.write import write_tree

    from helpers import write_schema

    root = tmp_path_factory.mktemp("findings")
    write_schema(root, FINDINGS)
    (root / "pyproject.toml").write_text(
        '[tool.xsdk]\nschema = "schemas/openapi.yaml"\noutput = "out"\n'
        f'templates = "{(ROOT / "templates").as_posix()}"\n'
        '[tool.xsdk.python]\npackage = "xsdk_findings"\nareas = { one = "types", two = "types.two" }\n',
        encoding="utf-8")
    config = load_config(root / "pyproject.toml")
    model = load_model(config).model
    tree = build(config, ["python"], model)["python"]
    write_tree(config.targets["python"].out, tree)
    symbols = symbols_for(config, model, "python")
    return config, symbols, tree, PythonDriver(model, symbols, config.targets["python"])


def test_findings_package_type_checks(findings: Any) -> None:
    """python-component-named-like-a-builtin: `any`/`list` failed mypy; now `any_`, `list_`."""
    config, symbols, _, _ = findings
    assert (symbols.type("any"), symbols.type("list")) == ("any_", "list_")
    assert symbols.files["any"] == "any"  # the module keeps its name
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
                             "xsdk_findings"], cwd=config.targets["python"].out, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mutually_recursive_modules_import_alone(findings: Any) -> None:
    """python-mutual-recursion-circular-import: each module imports in a fresh interpreter, and values
    round-trip through the cycle (across sub-packages, and from a union member back to its union)."""
    config, _, tree, driver = findings
    out = config.targets["python"].out
    modules = sorted(p[:-3].replace("/", ".").removesuffix(".__init__") for p in tree if p.endswith(".py"))
    assert "xsdk_findings.types.two.bravo" in modules
    for module in modules:
        proc = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=out, capture_output=True, text=True)
        assert proc.returncode == 0, f"import {module}:\n{proc.stderr}"
    assert "if TYPE_CHECKING:" in tree["xsdk_findings/types/alpha.py"]
    for schema, value in [
        ("Alpha", {"n": 1, "bravo": {"alpha": {"bravo": {}}, "alphas": [{"n": 2}]}, "error": {"alpha": {}}}),
        ("error", {"alpha": {"error": {"alpha": {"n": 3}}}}),
        ("Bravo", {"alpha": {"bravo": {"alphas": []}}}),
        ("Event", {"type": "created", "parent": {"type": "inline", "child": {"type": "created"}},
                   "bravo": {"alpha": {}}}),
        ("Outside", {"alpha": {"bravo": {}}, "events": [{"type": "inline"}, {"type": "new", "x": 1}]}),
    ]:
        result = driver.roundtrip(schema, value)
        assert result["ok"] and result["value"] == value, result
    assert driver.roundtrip("Alpha", {"bravo": {"alpha": {"n": "1"}}})["path"] == "$.bravo.alpha.n"


def test_generation_with_cycles_is_deterministic(findings: Any) -> None:
    from generator.pipeline import build, load_model

    config, _, tree, _ = findings
    assert build(config, ["python"], load_model(config).model)["python"] == tree


def test_field_named_like_a_type_of_its_module(findings: Any) -> None:
    """python-optional-field-shadows-its-type: `Size: Optional[Size] = None` accepted only None."""
    _, symbols, _, driver = findings
    assert symbols.field("Model", "Size") == "Size_" and symbols.field("Model", "Delta") == "Delta_"
    assert symbols.field("Maple", "size") == "size"  # only an exact type name
    assert symbols.field("Alpha", "error") == "error_"  # an imported component's name
    value = {"Size": {"a": "x"}, "Delta": {"type": "delta"}}
    result = driver.roundtrip("Model", value)
    assert result["ok"] and result["value"] == value, result


def test_inline_name_beside_an_imported_component(findings: Any) -> None:
    """python-inline-name-shadows-imported-component: the inline class took the imported `Size`'s name."""
    _, symbols, _, driver = findings
    assert symbols.type("Maple.size") == "MapleSize"
    assert symbols.type("Tagged.size") == "TaggedSize" and symbols.type("Tagged") == "Tagged"
    maple = importlib.import_module("xsdk_findings.types.maple")
    size = importlib.import_module("xsdk_findings.types.size")
    assert maple.Maple.model_fields["other"].annotation is size.Size
    assert maple.Maple.model_fields["size"].annotation is maple.MapleSize
    value = {"other": {"a": "x"}, "size": {"b": 1}}
    assert driver.roundtrip("Maple", value)["value"] == value


def test_a_cycle_of_unions_and_aliases_only_is_a_located_error(tmp_path: Any) -> None:
    """Without an object property in the loop, no module of the cycle could load first."""
    from generator.config import load_config
    from generator.errors import SchemaError
    from generator.pipeline import build, load_model

    from helpers import openapi, write_schema

    write_schema(tmp_path, {"openapi.yaml": openapi("""
        A: {anyOf: [{type: string}, {type: array, items: {$ref: '#/components/schemas/B'}}]}
        B: {anyOf: [{type: integer}, {type: array, items: {$ref: '#/components/schemas/A'}}]}
        """)})
    (tmp_path / "pyproject.toml").write_text(
        '[tool.xsdk]\nschema = "schemas/openapi.yaml"\noutput = "out"\n'
        f'templates = "{(ROOT / "templates").as_posix()}"\n'
        '[tool.xsdk.python]\npackage = "xsdk_loop"\nareas = { "" = "types" }\n', encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml")
    with pytest.raises(SchemaError) as error:
        build(config, ["python"], load_model(config).model)
    assert "A, B refer to each other through unions or aliases only" in str(error.value)
    assert "openapi.yaml:" in str(error.value)
