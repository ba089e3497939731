"""Legal but awkward schemas (tests/awkward_schemas/*.yaml): reserved words of every language as
property, component, enum and discriminator names; odd characters in wire names and enum values; comment
terminators, quotes, template syntax and control characters in descriptions, titles and defaults.

Each document is generated into a temporary directory in all three languages and must type-check as the
project's own output does (mypy --strict, tsc with `strict`, go vet and gofmt -l), and every instance
(drawn by hypothesis-jsonschema, plus the hand-written `examples` of the documents, which use every odd
wire name) must round-trip through all three bindings with its JSON preserved. The naming rules are
README "How names are made"; the examples there are the ones `test_escaping_rules` checks.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config, load_config
from generator.load import Workspace
from generator.naming.profiles import PROFILES
from generator.naming.symbols import Symbols
from generator.pipeline import build, load_model, name_all
from generator.referee import Referee
from generator.roundtrip import go as go_driver
from generator.roundtrip.check import json_equal
from generator.roundtrip.session import Drivers
from generator.write import write_tree

from conftest import ROOT
from instances import draw, generation_schema

LANGUAGES = ["python", "typescript", "go"]
SCHEMAS = sorted((ROOT / "tests" / "awkward_schemas").glob("*.yaml"))
DRAWN = 6  # hypothesis instances per component (duplicates dropped)
# Wire names every JavaScript object inherits (`constructor`, `toString`, `__proto__`, ...): read and
# written as own keys only (test_typescript_decodes_object_prototype_names).
TS_PROTOTYPE_NAMES = "PrototypeNames"


@dataclass
class Project:
    config: Config
    model: ir.Model
    symbols: dict[str, Symbols]
    out: Path


@pytest.fixture(scope="module", params=SCHEMAS, ids=lambda p: p.stem)
def project(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp(request.param.stem)
    config = load_config(ROOT / "pyproject.toml", schema=request.param, output=root / "generated")
    model = load_model(config).model
    for language, tree in build(config, LANGUAGES, model).items():
        write_tree(config.targets[language].out, tree)
    return Project(config, model, name_all(config, model, LANGUAGES), root)


@pytest.fixture(scope="module")
def drivers(project: Project) -> Iterator[Drivers]:
    """The round-trip drivers; building them is the TypeScript package's own strict build and `go build`.
    The Python driver imports the package in this process: each document's own, never a cached one."""
    package = str(project.config.targets["python"].option("package"))

    def forget() -> None:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        importlib.invalidate_caches()

    forget()
    try:
        with Drivers(project.config, project.model, project.symbols, LANGUAGES,
                     scratch=project.out / "drivers") as session:
            yield session
    finally:
        forget()
        path = str(project.config.targets["python"].out)
        if path in sys.path:
            sys.path.remove(path)


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    assert proc.returncode == 0, f"{' '.join(args)} failed in {cwd}:\n{proc.stdout[-8000:]}\n{proc.stderr[-8000:]}"
    return proc.stdout


# ---- the output type-checks ----
@pytest.mark.slow
def test_python_imports_and_passes_mypy_strict(project: Project) -> None:
    out = project.config.targets["python"].out
    package = str(project.config.targets["python"].option("package"))
    _run([sys.executable, "-W", "error", "-c", f"import {package}.types"], out)  # no Pydantic shadowing warnings
    _run([sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
          "--no-incremental", "--cache-dir", os.devnull, package], out)


@pytest.mark.slow
def test_typescript_builds_strict(project: Project, drivers: Drivers) -> None:
    tsconfig = (project.config.targets["typescript"].out / "tsconfig.json").read_text()
    assert '"strict": true' in tsconfig  # the build the drivers made is tsc --strict


@pytest.mark.slow
def test_go_vet_and_gofmt(project: Project, go_tool: str, drivers: Drivers) -> None:
    out = project.config.targets["go"].out
    env = {**go_driver.go_env(project.out), "GOFLAGS": "-mod=mod"}
    _run([go_tool, "vet", "./..."], out, env)
    assert _run([go_driver.find_gofmt(go_tool), "-l", "."], out) == ""


# ---- instances round-trip ----
def _instances(project: Project) -> list[tuple[str, Any]]:
    referee = Referee(Workspace.open(project.config.schema))
    found: list[tuple[str, Any]] = []
    for decl in project.model.components():
        drawn = draw(generation_schema(referee.bundled(decl.id)), DRAWN)
        values = list(decl.examples) + drawn
        unique = {repr(v): v for v in values}.values()
        found += [(decl.id, v) for v in unique]
        assert all(referee.is_valid(decl.id, v) for v in values), decl.id
        if isinstance(decl, ir.UnionDecl):  # new members named like inherited properties: kept unchanged
            found += [(decl.id, {decl.discriminator: tag, "x": 1}) for tag in ("constructor", "toString", "")]
    return found


@pytest.mark.slow
def test_instances_round_trip_in_every_language(project: Project, drivers: Drivers) -> None:
    instances = _instances(project)
    requests = [{"schema": component, "value": value} for component, value in instances]
    problems = []
    for language in LANGUAGES:
        for request, reply in zip(requests, drivers.run(language, requests)):
            if not reply.get("ok") or not json_equal(reply["value"], request["value"]):
                problems.append(f"{language} {request['schema']}: {str(request['value'])[:200]} -> {str(reply)[:300]}")
    assert not problems, f"{len(problems)} of {len(requests) * 3}:\n" + "\n".join(problems[:15])
    # the hand-written examples carry every declared wire name and every enum value of the document
    wire_names = {(d.id, f.wire_name) for d in project.model.decls if isinstance(d, ir.ObjectDecl) for f in d.fields}
    seen: set[tuple[str, str]] = set()
    for component, value in instances:
        seen |= _wire_names_in(project.model, ir.Ref(component), value)
    assert wire_names <= seen, sorted(wire_names - seen)[:20]


def _wire_names_in(model: ir.Model, type_: ir.TypeExpr, value: Any) -> set[tuple[str, str]]:
    """(object id, wire name) of every declared field present in `value`, read as `type_`."""
    if isinstance(type_, ir.ArrayOf) and isinstance(value, list):
        return {n for item in value for n in _wire_names_in(model, type_.items, item)}
    if isinstance(type_, ir.MapOf) and isinstance(value, dict):
        return {n for item in value.values() for n in _wire_names_in(model, type_.values, item)}
    if not isinstance(type_, ir.Ref):
        return set()
    decl = model.get(type_.target)
    if isinstance(decl, ir.AliasDecl):
        return _wire_names_in(model, decl.target, value)
    if isinstance(decl, ir.AnyOfDecl):
        return {n for a in decl.alternatives for n in _wire_names_in(model, a, value)}
    if isinstance(decl, ir.UnionDecl) and isinstance(value, dict):
        return {n for m in decl.members if value.get(decl.discriminator) == m.value
                for n in _wire_names_in(model, ir.Ref(m.target), value)}
    if isinstance(decl, ir.ObjectDecl) and isinstance(value, dict):
        out = {(decl.id, f.wire_name) for f in decl.fields if f.wire_name in value}
        return out | {n for f in decl.fields if f.wire_name in value for n in _wire_names_in(model, f.type, value[f.wire_name])}
    return set()


@pytest.mark.slow
def test_typescript_decodes_object_prototype_names(project: Project, drivers: Drivers) -> None:
    decl = next((d for d in project.model.components() if d.id == TS_PROTOTYPE_NAMES), None)
    if decl is None:
        pytest.skip("no such component in this document")
    # only the required fields, then each optional one alone, then an undeclared name of the prototype
    values = [*decl.examples, {"__proto__": "p", "constructor": "c"},
              *({"__proto__": "p", "constructor": "c", name: name} for name in ("hasOwnProperty", "toString", "valueOf")),
              {"__proto__": "p", "constructor": "c", "isPrototypeOf": 1, "propertyIsEnumerable": [1]}]
    replies = drivers.run("typescript", [{"schema": TS_PROTOTYPE_NAMES, "value": v} for v in values])
    assert all(r.get("ok") and json_equal(r["value"], v) for r, v in zip(replies, values)), replies
    # a required one is not found on the prototype when the object lacks it
    missing = [({"__proto__": "p"}, "$.constructor"), ({"constructor": "c"}, "$.__proto__"),
               ({"__proto__": "p", "constructor": "c", "toString": 1}, "$.toString")]
    replies = drivers.run("typescript", [{"schema": TS_PROTOTYPE_NAMES, "value": v} for v, _ in missing])
    assert [(r.get("ok"), r.get("path")) for r in replies] == [(False, path) for _, path in missing], replies


# ---- the rules, as README "How names are made" states them ----
@pytest.mark.parametrize("language, wire, field", [
    ("python", "class", "class_"),  # reserved word -> `_` suffix, alias keeps the wire name
    ("python", "json", "json_"),  # a name BaseModel defines
    ("python", "List", "List_"),  # a name the module's annotations use
    ("python", "model_dump", "field_model_dump"),  # Pydantic's protected `model_` namespace -> `field_` prefix
    ("python", "_id", "field_id"),  # leading underscore (a private attribute to Pydantic) -> `field` prefix
    ("python", "1st", "field_1st"),  # leading digit -> `field_` prefix
    ("python", "a-b", "a_b"),  # odd characters -> `_`
    ("python", "@type", "type"),
    ("python", "café", "cafe"),  # non-ASCII: the letter's ASCII base
    ("python", "日本", "u65e5_u672c"),  # no ASCII base: `u` + code point
    ("python", "-", "u2d"),  # no letter or digit at all: its code points
    ("python", "type", "type"),  # a soft keyword, kept as OpenAI's SDK keeps it
    ("typescript", "class", "class"),  # any identifier, reserved words too, can name a property
    ("typescript", "additionalProperties", "additionalPropertiesField"),
    ("typescript", "__proto__", "proto"),
    ("typescript", "a-b", "aB"),
    ("typescript", "1st", "onest"),  # leading digits spelled
    ("typescript", "123", "oneHundredAndTwentyThree"),
    ("typescript", "café", "cafe"),
    ("typescript", "😀", "u1f600"),
    ("typescript", "", "field"),
    ("go", "UnmarshalJSON", "UnmarshalJSONField"),  # a generated method or field -> `Field` suffix
    ("go", "AdditionalProperties", "AdditionalPropertiesField"),
    ("go", "func", "Func"),  # keywords and predeclared names are lower case: PascalCase never clashes
    ("go", "1st", "Onest"),
    ("go", "x:y/z", "XYZ"),
    ("go", "café", "Cafe"),
    ("go", "😀", "U1f600"),
    ("go", "+", "U2b"),
])
def test_escaping_rules(language: str, wire: str, field: str) -> None:
    profile = next(p for p in PROFILES.values() if p.language == language)
    assert profile.field_name(wire) == field


@pytest.mark.parametrize("language, value, member", [
    ("typescript", "1024x1024", "OneThousandAndTwentyFourx1024"),
    ("typescript", "", "Empty"),
    ("typescript", "*/", "U2aU2f"),
    ("typescript", "😀", "U1f600"),
    ("go", "in progress", "EInProgress"),
    ("go", "café", "ECafe"),
    ("go", "-", "EU2d"),
])
def test_enum_member_rules(language: str, value: str, member: str) -> None:
    profile = next(p for p in PROFILES.values() if p.language == language)
    assert profile.member_name("E", value) == member


def test_type_name_rules(tmp_path: Path) -> None:
    config = load_config(ROOT / "pyproject.toml", schema=ROOT / "tests/awkward_schemas/reserved_words.yaml",
                         output=tmp_path)
    model = load_model(config).model
    names = name_all(config, model, LANGUAGES)
    assert [names[lang].type("class") for lang in LANGUAGES] == ["class_", "classModel", "Class"]
    assert [names[lang].type("None") for lang in LANGUAGES] == ["None_", "None", "None"]
    assert [names[lang].type("Error") for lang in LANGUAGES] == ["Error", "ErrorModel", "Error"]
    assert [names[lang].type("BaseModel") for lang in LANGUAGES] == ["BaseModel_", "BaseModel", "BaseModel"]
    assert [names[lang].type("eval") for lang in LANGUAGES] == ["eval_", "evalModel", "Eval"]
    assert [names[lang].type("bigint") for lang in LANGUAGES] == ["bigint", "bigintModel", "Bigint"]
    assert names["python"].files["class"] == "class_" and names["python"].files["None"] == "none"
