"""A second opinion on the Python binding: Pydantic v2 models that datamodel-code-generator makes from the
same schemas/openapi.yaml (following its relative `$ref`s across files), generated once into a temporary
directory. On the instances of test_generated_data.py (tests/instances.py: hypothesis-drawn valid ones
and their one-defect variants) both must accept and reject the same instances, but where a rule below
says why they differ by design. Their models spell the tag of some union members differently from the
schema (`TheirSpelling`): such instances are given to them in their spelling.
"""

from __future__ import annotations

import os

import copy
import importlib.util
import json
import math
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.config import load_config

from conftest import ROOT, SUMMARIES
from instances import SAMPLE_EVERY, Case, Corpus, component_names, corpus, rooted, sites

COMPONENTS = component_names(load_config(ROOT / "pyproject.toml").schema)

# datamodel-codegen 0.89 (pinned in requirements.lock), with every option that brings its models as
# close to the schema as it can get:
OPTIONS = [
    "--input-file-type", "openapi",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
    # StrictStr/StrictInt/...: no coercion ("1" is not 1, 1 is not "1", 1 is not True) ...
    "--strict-types", "str", "int", "float", "bool",
    # ... minimum/maximum as Field(ge=..., le=...) constraints ...
    "--field-constraints",
    # ... every enum and const as a Literal of exactly its values ...
    "--enum-field-as-literal", "all",
    # ... (no --extra-fields: unknown fields are accepted (extra='ignore', pydantic's default), but an
    # object with `additionalProperties: false` forbids them (extra='forbid'), as JSON Schema does;
    # `--extra-fields allow` would open those too) ...
    # ... and an optional field that is not nullable may be absent but not null (MISSING sentinel,
    # Pydantic >= 2.12; without it an optional field is `X | None = None` and takes null) ...
    "--use-missing-sentinel", "--target-pydantic-version", "2.14",
    # ... reproducible output, no formatter run.
    "--disable-timestamp", "--formatters", "builtin",
]


@pytest.fixture(scope="module")
def data(config: Any) -> Corpus:
    return corpus(config.schema)


@pytest.fixture(scope="module")
def theirs(config: Any, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("datamodel-codegen") / "their_models.py"
    tool = Path(sys.executable).with_name("datamodel-codegen")
    result = subprocess.run([str(tool), "--input", str(config.schema), "--output", str(out), *OPTIONS],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    spec = importlib.util.spec_from_file_location("xsdk_datamodel_codegen_models", out)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the postponed annotations through it
    spec.loader.exec_module(module)
    return module


def accepts(model: Any, value: Any) -> bool:
    try:
        model.model_validate_json(json.dumps(value))
    except pydantic.ValidationError:
        return False
    return True


class TheirSpelling:
    """Two places where datamodel-codegen's models spell a valid instance differently from the schema;
    each instance is given to them in their spelling, which changes nothing else, so that their verdict
    is still a verdict on the instance (the table counts the instances so respelled):

    - tags: it applies OpenAPI's implicit discriminator mapping: a member of a union with `discriminator:
      {propertyName: type}` and no `mapping` is tagged by its schema name. A member whose `type` has ONE
      value keeps it (a `Literal` of it), but one whose `type` lists several (`WebSearchTool`: web_search,
      web_search_2025_08_26; `ComparisonFilter`: eq, ne, gt, ...) takes only `{"type": "WebSearchTool"}`,
      which the schema refuses, and refuses every valid instance. Respelled: the tag of such an object
      (a value the schema lists for it) replaced by the schema name.
    - `type: number, format: unixtime` (`Response.created_at`) is a `StrictInt` in their models: they
      refuse `1.5` and `2.0`. Respelled: such a number as the integer `int(x)` (not an `integer` one:
      there 0.5 is a defect)."""

    def __init__(self, theirs: ModuleType, data: Corpus) -> None:
        self.renamed: dict[str, set[str]] = {}  # component -> the tag values the schema lists for it
        for name in data.referee.component_names():
            model = getattr(theirs, name, None)
            field = getattr(model, "model_fields", {}).get("type")
            listed = _listed_tags(data.referee.bundled(name))
            if field is not None and typing.get_args(field.annotation) == (name,) and listed and name not in listed:
                self.renamed[name] = listed
        self.tags = set().union(*self.renamed.values())

    def __call__(self, component: str, bundle: dict[str, Any], value: Any) -> Any:
        """`value` (an instance of `component`) in their spelling; the same object when nothing changes."""
        bundle = rooted(bundle)  # as `sites` sees it
        defs = bundle.get("$defs", {})
        schemas = {name: _plain(bundle if name == component else defs.get(name)) for name in self.renamed}
        out = value
        for site in sites(bundle, value):
            new: Any = None
            tag = site.value.get("type") if isinstance(site.value, dict) else None
            if isinstance(tag, str) and tag in self.tags:
                name = next((n for n, schema in schemas.items() if schema == _plain(site.schema)), None)
                if name and tag in self.renamed[name]:
                    new = {"type": name}
            elif (site.schema.get("format") == "unixtime" and site.schema.get("type") == "number"
                  and isinstance(site.value, float) and math.isfinite(site.value)):
                new = int(site.value)
            if new is None:
                continue
            out = copy.deepcopy(value) if out is value else out
            if isinstance(new, dict):  # a tag
                _at(out, site.path)["type"] = new["type"]
            elif not site.path:
                return new
            else:
                _at(out, site.path[:-1])[site.path[-1]] = new
        return out


def _plain(schema: Any) -> Any:
    return {k: v for k, v in schema.items() if k not in ("$schema", "$defs")} if isinstance(schema, dict) else schema


def _listed_tags(bundle: dict[str, Any]) -> set[str]:
    """The values an object's `type` may take, when there are several."""
    tag = bundle.get("properties", {}).get("type", {}) if isinstance(bundle, dict) else {}
    return set(tag.get("enum", [])) if isinstance(tag, dict) and len(tag.get("enum", [])) > 1 else set()


def by_design(case: Case, ours: bool, oracle: bool) -> str | None:
    """Why our Python binding and the datamodel-codegen models may differ on this case, or None."""
    if case.expect == "unknown" and ours and not oracle:
        # PROTOCOL.md rule 3: a discriminator value no member has is our union's explicit unknown
        # member (forward compatibility); theirs is a closed union, as the JSON Schema is.
        return "new union tag"
    if case.kind == "integral float" and ours and not oracle:
        # JSON Schema counts 2.0 as an integer, and so do our models (README "Known limits");
        # --strict-types int makes theirs refuse it (without it they would also take "2").
        return "integral float"
    if (case.kind == "wrong type" and _at(case.value, case.at) is None and isinstance(case.schema, dict)
            and "default" in case.schema and not ours and oracle):
        # theirs type an optional field that has a `default` as `X | None = default` (--use-missing-sentinel
        # only reaches fields without one), so they take null where the schema (and ours) refuse it
        return "null for a defaulted field"
    if (case.kind == "out of range" and isinstance(case.schema, dict) and "maxProperties" in case.schema
            and isinstance(_at(case.value, case.at), dict) and not ours and oracle):
        # their map (`VectorStoreFileAttributes`, a RootModel of a dict) does not carry `maxProperties`
        return "map beyond maxProperties"
    return None


# their own gaps (not ours), where they and the schema differ
EXCUSED_VS_SCHEMA = ("integral float", "null for a defaulted field", "map beyond maxProperties")


def _at(value: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


@pytest.fixture(scope="module")
def spelling(theirs: ModuleType, data: Corpus) -> TheirSpelling:
    return TheirSpelling(theirs, data)


@pytest.fixture(scope="module")
def verdicts(data: Corpus, theirs: ModuleType, python_driver: Any, spelling: TheirSpelling
             ) -> dict[str, list[tuple[Case, bool | None, bool]]]:
    """component -> (case, ours accepts, theirs accept it in their spelling); the agreement table is
    recorded here."""
    out: dict[str, list[tuple[Case, bool | None, bool]]] = {}
    respelled: dict[str, int] = {}
    for component in COMPONENTS:
        model, bundle = getattr(theirs, component), data.bundles[component]
        out[component], respelled[component] = [], 0
        for case in data.cases[component]:
            spelled = spelling(component, bundle, case.value)
            respelled[component] += spelled is not case.value
            out[component].append((case, _ours(python_driver, component, case.value), accepts(model, spelled)))
    rows = [["component", "cases", "agree", "by design", "disagree", "theirs vs schema", "respelled"]]
    for component, triples in out.items():
        design = [by_design(c, bool(o), t) for c, o, t in triples]
        agree = sum(o == t for _, o, t in triples)
        differ = sum(o != t and d is None for (_, o, t), d in zip(triples, design))
        schema = sum(t != c.valid and by_design(c, c.valid, t) not in EXCUSED_VS_SCHEMA for c, _, t in triples)
        reasons = ", ".join(f"{design.count(r)} {r}" for r in sorted({d for d in design if d}))
        rows.append([component, str(len(triples)), str(agree), reasons or "-", str(differ), f"{schema} differ",
                     str(respelled[component] or "-")])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    SUMMARIES.append(("differential: our Python models vs datamodel-codegen's (accept/reject)", "\n".join(lines)))
    return out


def _ours(python_driver: Any, component: str, value: Any) -> bool | None:
    """Whether our Python binding accepts it; None when the round-trip driver itself fails on it (that
    case then differs from theirs, whatever they say, and is reported as such)."""
    try:
        return bool(python_driver.roundtrip(component, value)["ok"])
    except Exception:  # noqa: BLE001 - reported per case, as test_generated_data.run_batch does
        return None


def test_their_models_cover_every_component_and_took_the_strict_options(theirs: ModuleType) -> None:
    assert all(isinstance(getattr(theirs, c, None), type) for c in COMPONENTS), [
        c for c in COMPONENTS if not isinstance(getattr(theirs, c, None), type)]
    image = theirs.ImagesResponse
    assert accepts(image, {"created": 1, "x_future": {"k": [1]}})  # unknown fields are accepted ...
    assert theirs.ComparisonFilter.model_config.get("extra") == "forbid"  # ... but by closed objects
    for rejected in ({"created": "1"}, {"created": 1, "data": None}, {"created": True}):
        with pytest.raises(pydantic.ValidationError):
            image.model_validate_json(json.dumps(rejected))
    with pytest.raises(pydantic.ValidationError):
        theirs.CreateImageRequest.model_validate_json('{"prompt": "p", "n": 11}')


@pytest.mark.parametrize("component", COMPONENTS)
def test_theirs_agree_with_the_schema(component: str,
                                      verdicts: dict[str, list[tuple[Case, bool | None, bool]]]) -> None:
    """The oracle is only worth asking if it says what the referee says (but for the integral floats
    its strict ints refuse and the nulls its defaulted fields take, see `by_design`)."""
    wrong = [f"theirs {'accept' if t else 'reject'}: {c.describe()}" for c, o, t in verdicts[component]
             if t != c.valid and by_design(c, c.valid, t) not in EXCUSED_VS_SCHEMA]
    assert not wrong, "\n".join(wrong[:12])


@pytest.mark.parametrize("component", COMPONENTS)
def test_ours_and_theirs_accept_and_reject_the_same_instances(
        component: str, verdicts: dict[str, list[tuple[Case, bool | None, bool]]]) -> None:
    differ = [f"ours {'crash' if o is None else 'accept' if o else 'reject'}, theirs {'accept' if t else 'reject'}: "
              f"{c.describe()}" for c, o, t in verdicts[component] if o != t and by_design(c, bool(o), t) is None]
    assert not differ, f"{len(differ)} of {len(verdicts[component])}:\n" + "\n".join(differ[:12])


def test_the_rules_by_design_are_narrow(data: Corpus, verdicts: dict[str, list[tuple[Case, bool | None, bool]]],
                                        spelling: TheirSpelling, theirs: ModuleType) -> None:
    """Each rule excuses only its own kind of case, and each is actually needed by some case."""
    used = {by_design(c, bool(o), t) for triples in verdicts.values() for c, o, t in triples} - {None}
    # (no component of the sample has a map with maxProperties: XSDK_FULL_CORPUS=1 reaches it)
    # defaulted fields that take null exist only in imported schemas (XSDK_SAMPLE_EVERY / XSDK_FULL_CORPUS)
    needed = {"new union tag", "integral float"} | (
        {"null for a defaulted field"} if SAMPLE_EVERY or os.environ.get("XSDK_FULL_CORPUS") else set())
    assert needed <= used <= set(EXCUSED_VS_SCHEMA) | {
        "new union tag"}
    plain = next(c for c in data.broken("ImagesResponse") if c.kind == "wrong type")
    assert by_design(plain, True, False) is None and by_design(plain, False, True) is None
    unknown = next(c for c in data.broken("ResponseStreamEvent") if c.expect == "unknown")
    assert by_design(unknown, False, True) is None  # only ours-accepts/theirs-rejects is excused
    # the defaulted-field rule: only null, only where the schema has a default, only theirs accepting
    nulls = [c for cases in data.cases.values() for c in cases
             if c.kind == "wrong type" and c.at and _at(c.value, c.at) is None]
    defaulted = next(c for c in nulls if "default" in c.schema)
    assert by_design(defaulted, False, True) and by_design(defaulted, True, False) is None
    assert all(by_design(c, False, True) is None for c in nulls if "default" not in c.schema)
    seven = next(c for c in data.cases[defaulted.component] if c.kind == "wrong type" and c.at == defaulted.at
                 and _at(c.value, c.at) == 7)
    assert by_design(seven, False, True) is None
    # the maxProperties rule: only a map grown beyond it, only theirs accepting
    bounds = [c for cases in data.cases.values() for c in cases if c.kind == "out of range"]
    assert all(by_design(c, False, True) is None for c in bounds if "maxProperties" not in (c.schema or {}))
    # the spelling: exactly the members whose several tag values their models replace by the name
    assert {"WebSearchTool", "WebSearchPreviewTool", "ComparisonFilter", "CompoundFilter"} <= set(spelling.renamed)
    assert not {"FileSearchTool", "ImageGenTool", "InputTextContent"} & set(spelling.renamed)
    filter_ = {"type": "gte", "key": "k", "value": 1}
    tools = {"type": "file_search", "vector_store_ids": [], "filters": filter_}
    bundles = {name: data.referee.bundled(name) for name in ("ComparisonFilter", "Tool")}
    assert spelling("ComparisonFilter", bundles["ComparisonFilter"], filter_) == {**filter_, "type": "ComparisonFilter"}
    assert spelling("Tool", bundles["Tool"], tools)["filters"]["type"] == "ComparisonFilter"
    assert spelling("Tool", bundles["Tool"], {"type": "web_search"}) == {"type": "WebSearchTool"}
    same = {"type": "file_search", "vector_store_ids": []}
    assert spelling("Tool", bundles["Tool"], same) is same  # no renamed member in it: untouched
    unlisted = {**filter_, "type": "gte.unlisted"}
    assert spelling("ComparisonFilter", bundles["ComparisonFilter"], unlisted) is unlisted
    assert not accepts(theirs.Tool, {"type": "web_search"}) and accepts(theirs.Tool, {"type": "WebSearchTool"})
    # ... and unixtime numbers as integers, nothing else
    event = data.referee.bundled("ResponseCreatedEvent")
    created: dict[str, Any] = {"type": "response.created", "sequence_number": 1.0,
                               "response": {"created_at": 1.5, "temperature": 1.5}}
    respelled = spelling("ResponseCreatedEvent", event, created)
    assert respelled == {**created, "response": {**created["response"], "created_at": 1}}
    edit = {"type": "image_edit.completed", "created_at": 0.5}  # `type: integer, format: unixtime`: not respelled
    assert spelling("ImageEditCompletedEvent", data.referee.bundled("ImageEditCompletedEvent"), edit) is edit
