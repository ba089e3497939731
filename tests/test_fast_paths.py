"""The speed paths of load and validate give exactly the answers of the slow ones."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator import load
from generator.load import parse_cached, parse_yaml
from generator.validate import _meta_validator, _plainly_valid

from conftest import ROOT

REFERENCE = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
ODD_VALUES: list[Any] = [True, False, 0, -1, 1.5, 2.0, "x", "#a", "a#b", "1bad", "string", "nope", [], ["string"],
                         ["string", "string"], ["nope"], [1], {}, {"a": 1}, None]
KEYWORDS = ["type", "required", "enum", "const", "minItems", "maxLength", "minimum", "exclusiveMinimum",
            "multipleOf", "pattern", "format", "$id", "$ref", "$anchor", "$dynamicAnchor", "$recursiveAnchor",
            "$defs", "definitions", "dependencies", "dependentRequired", "properties", "items", "prefixItems",
            "allOf", "anyOf", "oneOf", "not", "additionalProperties", "uniqueItems", "readOnly", "examples",
            "description", "title", "nullable", "x-vendor", "$vocabulary", "contentSchema", "$comment"]


def _subschemas(node: Any, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _subschemas(value, out)
    elif isinstance(node, list):
        for value in node:
            _subschemas(value, out)
    return out


def _project_subschemas() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted((ROOT / "schemas").rglob("*.yaml")):
        _subschemas(yaml.safe_load(path.read_text(encoding="utf-8")), found)
    return found


def test_plainly_valid_never_accepts_what_the_meta_schema_rejects() -> None:
    rng = random.Random(6)
    candidates: list[Any] = []
    for schema in _project_subschemas():
        candidates.append(schema)
        for _ in range(2):
            mutated = copy.deepcopy(schema)
            target = rng.choice(_subschemas(mutated, []))
            target[rng.choice(KEYWORDS)] = rng.choice(ODD_VALUES)
            candidates.append(mutated)
    candidates += [{k: v} for k in KEYWORDS for v in ODD_VALUES]
    fast = 0
    for schema in candidates:
        if _plainly_valid(schema):
            fast += 1
            assert not list(REFERENCE.iter_errors(schema)), schema
    assert fast > len(candidates) // 3  # and the shortcut does take most real schemas


@pytest.mark.parametrize("schema", [{"type": "strin"}, {"required": ["a", "a"]}, {"minLength": -1},
                                    {"exclusiveMinimum": True}, {"$recursiveAnchor": True}, {"allOf": []},
                                    {"properties": {"a": {"type": 1}}}, {"items": "string"}, 3])
def test_compiled_meta_validator_words_errors_like_a_fresh_one(schema: Any) -> None:
    assert not _plainly_valid(schema)
    fresh = [(e.message, list(e.absolute_path)) for e in REFERENCE.iter_errors(schema)]
    assert fresh and [(e.message, list(e.absolute_path)) for e in _meta_validator().iter_errors(schema)] == fresh


def test_parse_cache_returns_the_parse_and_survives_a_broken_entry(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(load, "CACHE_MIN_CHARS", 0)
    text = "a: &x {b: [1, 2.5, null, 2024-01-02]}\nc: *x\n'd/e': yes\n"
    first = parse_cached(text, "doc.yaml")
    entries = list((tmp_path / "cache" / "parsed").glob("*.pickle"))
    assert first == parse_yaml(text, "doc.yaml") and len(entries) == 1
    second = parse_cached(text, "doc.yaml")
    assert second == first and second is not first and second["a"] is second["c"]  # aliases stay shared
    entries[0].write_bytes(b"not a pickle")
    assert parse_cached(text, "doc.yaml") == first
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    assert parse_cached("x: 1\n", "doc.yaml") == {"x": 1}
    assert len(list((tmp_path / "cache" / "parsed").glob("*.pickle"))) == 1


def test_duplicate_keys_are_still_refused_with_the_cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(load, "CACHE_MIN_CHARS", 0)
    for _ in range(2):
        with pytest.raises(Exception, match="duplicate key 'a'"):
            parse_cached("a: 1\na: 2\n", "doc.yaml")
    assert not list((tmp_path / "cache" / "parsed").glob("*.pickle"))


def test_openapi_errors_are_cached_by_document_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import validate

    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    bad = {"openapi": "3.1.0", "info": {"title": 1}, "paths": {"/x": {"get": {"responses": []}}}}
    fresh = validate._openapi_errors(bad, 0)  # below the size threshold: not cached
    assert fresh and not (tmp_path / "cache").exists()
    assert validate._openapi_errors(bad, load.CACHE_MIN_CHARS) == fresh  # computed, then stored
    assert len(list((tmp_path / "cache" / "validated").glob("*.json"))) == 1
    assert validate._openapi_errors(copy.deepcopy(bad), load.CACHE_MIN_CHARS) == fresh  # answered by the cache
    changed = {**bad, "info": {"title": "t", "version": "1"}}
    assert validate._openapi_errors(changed, load.CACHE_MIN_CHARS) == validate._openapi_errors(changed, 0)
