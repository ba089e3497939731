"""Strictness the schema asks for, checked differentially: one small schema generated into a temporary
project in all three languages, the same documents fed to the JSON Schema referee and to the Python,
TypeScript and Go round-trip drivers (PROTOCOL.md). A document is accepted by every language iff the
referee accepts it, re-encoded unchanged; a rejected one is rejected by every language at the same path.

Covered: `additionalProperties: false` (closed objects), `pattern` (ECMA-262 semantics), map key paths,
components that are arrays or maps of models, nullable map aliases in Go, a `__proto__` key in
TypeScript, `minProperties` / `maxProperties` / `propertyNames`, and a bare `null` for a nullable
component. Patterns no language can express alike are refused at generation time.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config, load_config
from generator.errors import SchemaError
from generator.load import Workspace
from generator.naming.symbols import Symbols
from generator.pipeline import build, load_model, name_all
from generator.referee import Referee
from generator.roundtrip.check import json_equal
from generator.roundtrip.session import Drivers
from generator.targets.patterns import PatternError, translate
from generator.write import write_tree

from conftest import ROOT
from helpers import openapi, write_schema

LANGUAGES = ["python", "typescript", "go"]

SCHEMAS = r"""
Closed:
  type: object
  additionalProperties: false
  required: [id]
  properties:
    id: {type: string, pattern: "^[a-z]+_\\d{2}$"}
    note: {type: string}
Open:
  type: object
  required: [name]
  properties:
    name: {type: string}
    code: {type: string, pattern: "[0-9]"}
    dotted: {type: string, pattern: "^a.c$"}
    short: {type: string, minLength: 2, maxLength: 3}
    closed: {$ref: "#/components/schemas/Closed"}
    tags:
      type: object
      minProperties: 1
      maxProperties: 2
      propertyNames: {pattern: "^[a-z]+$", maxLength: 5}
      additionalProperties: {type: string}
    by_key:
      type: object
      additionalProperties: {$ref: "#/components/schemas/Closed"}
    inline:
      type: object
      additionalProperties: false
      properties:
        n: {type: integer}
Closeds:
  type: array
  items: {$ref: "#/components/schemas/Closed"}
ClosedMap:
  type: object
  additionalProperties: {$ref: "#/components/schemas/Closed"}
MaybeClosedMap:
  anyOf:
    - type: object
      additionalProperties: {$ref: "#/components/schemas/Closed"}
    - type: "null"
Labels:
  type: object
  maxProperties: 2
  propertyNames: {maxLength: 3}
  additionalProperties: {type: string}
Code:
  type: string
  pattern: "^[A-Z]{2}-\\d+$"
MaybeClosed:
  type: [object, "null"]
  required: [id]
  properties:
    id: {type: string}
MaybeLevel:
  type: [string, "null"]
  enum: [low, high, null]
"""

C = {"id": "ab_12"}  # a valid Closed

# (component, document, where every language must reject it: None when the schema accepts it)
CASES: list[tuple[str, Any, str | None]] = [
    # 1. additionalProperties: false
    ("Closed", C, None),
    ("Closed", {"id": "ab_12", "note": "n"}, None),
    ("Closed", {"id": "ab_12", "x": 1}, "$.x"),
    ("Closed", {"id": "ab_12", "a-b": 1}, '$["a-b"]'),
    ("Open", {"name": "n", "closed": {"id": "ab_12", "x": {"deep": []}}}, "$.closed.x"),
    ("Open", {"name": "n", "inline": {"n": 1, "m": 2}}, "$.inline.m"),
    ("Open", {"name": "n", "x_unknown": {"kept": [1, "a"]}}, None),  # open objects keep unknown fields
    # 2. pattern, ECMA-262: unanchored search, `\d` ASCII only, `$` only at the very end, `.` no line break
    ("Closed", {"id": "AB_12"}, "$.id"),
    ("Closed", {"id": "ab_1"}, "$.id"),
    ("Closed", {"id": "ab_12\n"}, "$.id"),
    ("Closed", {"id": "ab_\u0661\u0662"}, "$.id"),  # Arabic-Indic digits are not \d
    ("Open", {"name": "n", "code": "x1y"}, None),
    ("Open", {"name": "n", "code": "xy"}, "$.code"),
    ("Open", {"name": "n", "dotted": "abc"}, None),
    ("Open", {"name": "n", "dotted": "a\u00e9c"}, None),
    ("Open", {"name": "n", "dotted": "a\nc"}, "$.dotted"),
    ("Open", {"name": "n", "dotted": "a\u2028c"}, "$.dotted"),
    ("Code", "AB-123", None),
    ("Code", "ab-123", "$"),
    # 3. map key paths: `.key` for identifiers, `["key"]` (a JSON string) for any other key
    ("Open", {"name": "n", "by_key": {"ok": C, "a.b": C}}, None),
    ("Open", {"name": "n", "by_key": {"ok": {"id": 5}}}, "$.by_key.ok.id"),
    ("Open", {"name": "n", "by_key": {"a.b": {"id": 5}}}, '$.by_key["a.b"].id'),
    ("Open", {"name": "n", "by_key": {'q"x\\': {"id": 5}}}, '$.by_key["q\\"x\\\\"].id'),
    ("Open", {"name": "n", "by_key": {"\u00e9t\u00e9": {"id": 5}}}, '$.by_key["\u00e9t\u00e9"].id'),
    ("Open", {"name": "n", "by_key": {"1a": {"id": 5}}}, '$.by_key["1a"].id'),
    ("Open", {"name": "n", "by_key": {"$x": {"id": 5}}}, '$.by_key["$x"].id'),
    ("Open", {"name": "n", "by_key": {"tab\there": {"id": 5}}}, '$.by_key["tab\\there"].id'),
    ("Open", {"name": "n", "by_key": {"": {"id": 5}}}, '$.by_key[""].id'),
    # 4. components that are arrays or maps of models
    ("Closeds", [C, {"id": "cd_34", "note": ""}], None),
    ("Closeds", [C, {"id": 1}], "$[1].id"),
    ("Closeds", [C, {"id": "ab_12", "x": 1}], "$[1].x"),
    ("ClosedMap", {"k": C, "l": C}, None),
    ("ClosedMap", {"k": {"id": "ab_12", "z": 1}}, "$.k.z"),
    # 5. a nullable map alias (a Go pointer to a map) decodes its values strictly
    ("MaybeClosedMap", {"k": C}, None),
    ("MaybeClosedMap", None, None),
    ("MaybeClosedMap", {"k": {}}, "$.k.id"),
    ("MaybeClosedMap", {"k": {"id": 7}}, "$.k.id"),
    ("MaybeClosedMap", {"k": {"id": "ab_12", "x": 1}}, "$.k.x"),
    ("MaybeClosedMap", {"k": "text"}, "$.k"),
    # 6. `__proto__` is a key like any other
    ("Open", {"name": "n", "__proto__": {"kept": True}}, None),
    ("Open", {"name": "n", "by_key": {"__proto__": C}}, None),
    ("Open", {"name": "n", "by_key": {"__proto__": {"id": 5}}}, "$.by_key.__proto__.id"),
    ("ClosedMap", {"__proto__": C, "constructor": C}, None),
    ("MaybeClosedMap", {"__proto__": C}, None),
    ("Closed", {"id": "ab_12", "__proto__": 1}, "$.__proto__"),
    # 7. minProperties, maxProperties, propertyNames
    ("Open", {"name": "n", "tags": {"a": "1", "b": "2"}}, None),
    ("Open", {"name": "n", "tags": {}}, "$.tags"),
    ("Open", {"name": "n", "tags": {"a": "1", "b": "2", "c": "3"}}, "$.tags"),
    ("Open", {"name": "n", "tags": {"Ab": "1"}}, "$.tags"),
    ("Open", {"name": "n", "tags": {"abcdef": "1"}}, "$.tags"),
    ("Labels", {"abc": "1", "d": "2"}, None),
    ("Labels", {"a": "1", "b": "2", "c": "3"}, "$"),
    ("Labels", {"abcd": "1"}, "$"),
    ("Labels", {"\U0001F600\U0001F600\U0001F600": "1"}, None),  # 3 characters (code points), 6 UTF-16 units
    # minLength/maxLength count characters (code points), not UTF-16 units
    ("Open", {"name": "n", "short": "\U0001F600\U0001F600\U0001F600"}, None),
    ("Open", {"name": "n", "short": "\U0001F600"}, "$.short"),
    ("Open", {"name": "n", "short": "abcd"}, "$.short"),
    ("Open", {"name": "n", "short": "ab"}, None),
    # 8. a bare null for a nullable component
    ("MaybeClosed", None, None),
    ("MaybeClosed", {"id": "x"}, None),
    ("MaybeClosed", {}, "$.id"),
    ("MaybeLevel", None, None),
    ("MaybeLevel", "low", None),
    ("MaybeLevel", "mid", "$"),
]


@dataclass
class Project:
    config: Config
    model: ir.Model
    symbols: dict[str, Symbols]
    referee: Referee


PYPROJECT = """
[tool.xsdk]
schema = "schemas/openapi.yaml"
templates = "{templates}"
output = "generated"

[tool.xsdk.python]
package = "xsdk_strictness"
distribution = "xsdk-strictness"

[tool.xsdk.typescript]
package = "@xsdk/events"

[tool.xsdk.go]
module = "xsdk.test/strictness"
package = "components"
integer = "float64"
"""


def make_project(root: Path, schemas: str) -> Project:
    write_schema(root, {"openapi.yaml": openapi(schemas)})
    (root / "pyproject.toml").write_text(textwrap.dedent(PYPROJECT).format(templates=ROOT / "templates"))
    config = load_config(root / "pyproject.toml")
    model = load_model(config).model
    for language, tree in build(config, LANGUAGES, model).items():
        write_tree(config.targets[language].out, tree)
    return Project(config, model, name_all(config, model), Referee(Workspace.open(config.schema)))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return make_project(tmp_path_factory.mktemp("strictness"), SCHEMAS)


@pytest.fixture(scope="module")
def replies(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[dict[str, Any]]]]:
    requests = [{"schema": component, "value": value} for component, value, _ in CASES]
    with Drivers(project.config, project.model, project.symbols, LANGUAGES,
                 scratch=tmp_path_factory.mktemp("strictness-drivers")) as drivers:
        yield {language: drivers.run(language, requests) for language in LANGUAGES}


def _id(case: tuple[str, Any, str | None]) -> str:
    component, value, path = case
    return f"{component}:{json.dumps(value, ensure_ascii=True)[:60]}:{path or 'accept'}"


@pytest.mark.parametrize("index", range(len(CASES)), ids=[_id(c) for c in CASES])
def test_the_referee_says_what_the_case_expects(index: int, project: Project) -> None:
    component, value, path = CASES[index]
    assert project.referee.is_valid(component, value) == (path is None), project.referee.errors(component, value)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("index", range(len(CASES)), ids=[_id(c) for c in CASES])
def test_every_language_accepts_exactly_what_the_schema_accepts(index: int, language: str,
                                                                 replies: dict[str, list[dict[str, Any]]]) -> None:
    component, value, path = CASES[index]
    reply = replies[language][index]
    if path is None:
        assert reply["ok"], reply
        assert json_equal(reply["value"], value), reply["value"]
    else:
        assert reply["ok"] is False, reply
        assert reply["path"] == path, reply
        assert path in reply["error"], reply


# ---- what is refused at generation time ----

@pytest.mark.parametrize("pattern, feature", [
    ("^(?=a)a$", "lookahead"),
    ("^(?!a)b$", "lookahead"),
    ("(?<=a)b", "lookbehind"),
    ("(a)\\1", "backreference"),
    ("(?<name>a)\\k<name>", "named group"),
    ("\\p{L}+", "Unicode property"),
    ("[\\D]", "inside a character class"),
    ("(?i)abc", "inline flag"),
    ("a{2,1}", "quantifier"),
    ("[b-a]", "range"),
    ("\\-", "escape"),
    ("\\uD83D\\uDE00", "surrogate"),
    ("(", "unbalanced"),
])
def test_patterns_no_language_can_express_alike_are_refused(pattern: str, feature: str) -> None:
    with pytest.raises(PatternError, match=feature):
        translate(pattern)


def test_portable_patterns_are_translated_for_python_and_go() -> None:
    forms = translate("^[a-z]+_\\d{2}\\.\\w.\\s$")
    assert forms.ecma == "^[a-z]+_\\d{2}\\.\\w.\\s$"
    assert forms.re2.startswith("^[a-z]+_[0-9]{2}\\.[0-9A-Z_a-z][^\\x{a}\\x{d}\\x{2028}\\x{2029}][\\x{9}-\\x{d} \\x{a0}")
    assert forms.re2.endswith("\\x{feff}]$") and forms.python.endswith("\\U0000feff]\\Z")
    assert translate("[\\d_-]").re2 == "[0-9_\\-]"
    assert translate("\\u00e9|\\x41|\\t|\\u{1F600}").re2 == "\u00e9|A|\\x{9}|\U0001F600"
    assert translate("\\u00e9|\\t").python == "\u00e9|\\U00000009"


def test_a_pattern_that_cannot_be_expressed_is_a_located_generation_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError) as raised:
        make_project(tmp_path, """
            Thing:
              type: object
              properties:
                slug: {type: string, pattern: "^(?!admin).*$"}
            """)
    message = str(raised.value)
    assert "lookahead" in message and "openapi.yaml" in message and "slug" in message


def test_property_names_beyond_what_the_bindings_check_is_a_generation_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="propertyNames"):
        make_project(tmp_path, """
            Thing:
              type: object
              propertyNames: {enum: [a, b]}
              additionalProperties: {type: string}
            """)


@pytest.mark.parametrize("schemas", [
    """
    Thing:
      type: object
      maxProperties: 2
      properties:
        a: {type: string}
    """,
    """
    Thing:
      type: object
      properties:
        a: {type: string, minProperties: 1}
    """,
])
def test_map_keywords_anywhere_but_on_a_map_are_a_generation_error(tmp_path: Path, schemas: str) -> None:
    with pytest.raises(SchemaError, match="supported on maps only"):
        make_project(tmp_path, schemas)


def test_a_pattern_on_what_is_not_a_string_is_a_generation_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="string values only"):
        make_project(tmp_path, """
            Thing:
              type: object
              properties:
                n: {type: integer, pattern: "^[0-9]+$"}
            """)
