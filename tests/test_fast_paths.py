"""The speed paths of load, validate and render give exactly the answers of the slow ones."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator import load
from generator.errors import SchemaError
from generator.load import parse_cached, parse_yaml, parse_yaml_lines
from generator.render import tidy
from generator.validate import _meta_validator, _plainly_valid

from conftest import ROOT
from corpora import CORPORA

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
    first, lines = parse_cached(text, "doc.yaml")
    entries = list((tmp_path / "cache" / "parsed").glob("*.pickle"))
    assert first == parse_yaml(text, "doc.yaml") and len(entries) == 1
    second, cached_lines = parse_cached(text, "doc.yaml")
    assert second == first and second is not first and second["a"] is second["c"]  # aliases stay shared
    assert cached_lines == lines and lines["/d~1e"] == 3
    entries[0].write_bytes(b"not a pickle")
    assert parse_cached(text, "doc.yaml") == (first, lines)
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    assert parse_cached("x: 1\n", "doc.yaml") == ({"x": 1}, {"": 1, "/x": 1})
    assert len(list((tmp_path / "cache" / "parsed").glob("*.pickle"))) == 1


def _reference_lines(text: str) -> dict[str, int]:
    """The line map as a plain walk of PyYAML's nodes gives it: first pointer wins, a member is at its
    key, and an alias's members are not mapped again (they resolve to the alias's own line)."""
    lines: dict[str, int] = {}
    keys = yaml.SafeLoader("")
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    seen: set[int] = set()
    while stack:
        node, pointer = stack.pop()
        lines.setdefault(pointer, node.start_mark.line + 1)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in reversed(node.value):  # popped in document order
                key = key_node.value if key_node.tag.endswith(":merge") else keys.construct_object(key_node)
                child = pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")
                lines.setdefault(child, key_node.start_mark.line + 1)
                stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed([(item, f"{pointer}/{i}") for i, item in enumerate(node.value)]))
    return lines


TRICKY_YAML = [
    "a: &x {b: [1, 2.5, null, 2024-01-02, 0x1f, .inf, yes, ~]}\nc: *x\n'd/e~f': 'q'\n200: {description: ok}\n",
    "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",  # merge keys: PyYAML's constructor
    "? [a, b]\n: complex key\n",  # a complex key: PyYAML's constructor refuses it as unhashable
    "s: !!str 12\nb: !!binary aGk=\nt: 2001-12-14t21:59:43.10-05:00\n",
    "- [- ]\n",
    "[1, [2, [3, {a: {b: {c: [4]}}}]]]\n",
    "",
]


@pytest.mark.parametrize("text", TRICKY_YAML)
def test_one_pass_parse_matches_pyyaml_value_and_lines(text: str) -> None:
    try:
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        with pytest.raises(SchemaError):
            parse_yaml_lines(text, "doc.yaml")
        return
    value, lines = parse_yaml_lines(text, "doc.yaml")
    assert value == expected
    if "<<" in text:  # merged members are mapped where the merged mapping defines them
        assert lines["/derived/x"] == 1 and lines["/derived/y"] == 4
    elif expected is not None:
        assert lines == _reference_lines(text)


def test_one_pass_parse_of_every_real_document_matches_pyyaml() -> None:
    documents = [ROOT / "schemas" / "openapi.yaml", *sorted(CORPORA.glob("*.yaml"))]
    for path in documents:
        text = path.read_text(encoding="utf-8")
        value, lines = parse_yaml_lines(text, path.name)
        assert value == yaml.load(text, Loader=yaml.CSafeLoader), path.name
        assert lines == _reference_lines(text), path.name


def test_deep_nesting_parses_without_recursion_limits() -> None:
    depth = 3000
    value, lines = parse_yaml_lines("[" * depth + "]" * depth, "doc.yaml")
    for _ in range(depth - 1):
        value = value[0]
    assert value == [] and lines["/0" * (depth - 1)] == 1


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


def _tidy_reference(text: str, most: int | None) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    out: list[str] = []
    blank = 0
    for line in lines:
        blank = blank + 1 if not line else 0
        if most is None or blank <= most:
            out.append(line)
    return "\n".join(out) + "\n"


def test_tidy_matches_line_by_line_tidying() -> None:
    """Rendered files holding no line break but "\\n" are split at "\\n" alone; the result must be
    what tidying line by line (with every break str.splitlines knows) gives."""
    rng = random.Random(3)
    pieces = ["a", "b", " ", "\t", "\n", "\n", "\n", "\r", "\r\n", "\x0c", "\x1f", "\xa0", "\u2028", "\u3000", "x",
              "\n\n\n"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        for most in (None, 1, 2):
            assert tidy(text, most) == _tidy_reference(text, most), (text, most)
