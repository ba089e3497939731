"""`xsdk import`: copy named schemas and their `$ref` closure from an upstream OpenAPI document into
this project's layout, so a spec update is a reviewed diff rather than retyping.

Schemas the project already has are never touched (their descriptions and vendor names are ours);
new ones are appended, sorted by name, to the file their name's group assigns, and listed under
components/schemas of the root document. Text is appended, not re-dumped, so comments survive.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SchemaError
from .load import Workspace, parse_yaml
from .normalize import SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_ONE, nullable_schema

PREFIX = "#/components/schemas/"


@dataclass
class Plan:
    added: dict[str, str] = field(default_factory=dict)  # name -> file (relative to the schema root)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    root_name: str = "openapi.yaml"
    texts: dict[str, str] = field(default_factory=dict)  # file -> its new full text


def closure(schemas: dict[str, Any], roots: list[str]) -> list[str]:
    missing = [r for r in roots if r not in schemas]
    if missing:
        raise SchemaError(f"no schema named {', '.join(missing)} in the source document")
    seen: list[str] = []
    stack = list(reversed(roots))
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.append(name)
        stack.extend(reversed(_refs(schemas[name])))
    return seen


def _refs(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith(PREFIX):
                raise SchemaError(f"only local component $refs can be imported, found {ref}")
            out.append(ref[len(PREFIX):])
        for value in node.values():
            out.extend(_refs(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_refs(value))
    return out


def assign(name: str, groups: list[tuple[str, list[str]]], default: str) -> str:
    for file, patterns in groups:
        if any(fnmatch.fnmatchcase(name, p) for p in patterns):
            return file
    return default


def convert(schema: Any, ref_to: Any, strip_descriptions: bool, top: bool = True, itself: str = "",
            branch: bool = False, warnings: list[str] | None = None) -> Any:
    """One upstream schema in our dialect: 3.1 nullability, examples from x-oaiMeta, no vendor `x-`,
    2019-09 `$recursiveRef: "#"` as a `$ref` to the schema itself (`itself`, a component ref).
    Repairs are reported in `warnings`."""
    if not isinstance(schema, dict):
        return schema
    warnings = [] if warnings is None else warnings
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref":
            out[key] = ref_to(value)
        elif key == "$recursiveRef" and value == "#" and itself:
            out["$ref"] = ref_to(itself)
        elif key == "$recursiveAnchor":
            continue
        elif key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {k: convert(v, ref_to, strip_descriptions, False, itself, warnings=warnings)
                        for k, v in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [convert(v, ref_to, strip_descriptions, False, itself, key == "allOf", warnings) for v in value]
        elif key in SCHEMA_ONE:
            out[key] = convert(value, ref_to, strip_descriptions, False, itself, warnings=warnings)
        elif key == "discriminator" and isinstance(value, dict):
            out[key] = {**value, **({"mapping": {k: ref_to(v) for k, v in value["mapping"].items()}}
                                    if "mapping" in value else {})}
        elif key == "x-oaiMeta" and top and isinstance(value, dict) and isinstance(value.get("example"), str):
            try:
                out.setdefault("examples", [json.loads(value["example"])])
            except json.JSONDecodeError:
                pass
        elif key.startswith("x-") and not key.startswith("x-xsdk-"):
            continue
        elif key == "description" and strip_descriptions:
            continue
        elif key == "example":
            continue  # deprecated in 3.1; examples are kept where they are whole events
        elif key != "nullable":
            out[key] = copy.deepcopy(value)
    # (an allOf branch may require what a sibling branch declares)
    if isinstance(out.get("required"), list) and isinstance(out.get("properties"), dict) and "allOf" not in out \
            and not branch:
        undeclared = [r for r in out["required"] if r not in out["properties"]]
        if undeclared:
            warnings.append(f"{itself[len(PREFIX):] or '?'}: `required` names undeclared {', '.join(undeclared)}; "
                            "dropped (the vendors' SDKs do not type them either)")
            out["required"] = [r for r in out["required"] if r in out["properties"]]
    if schema.get("nullable") is True:
        out = nullable_schema(out)
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    flow = all(isinstance(v, (str, int, float, bool)) or v is None for v in value) and len(value) <= 12
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _list)


def dump(name: str, schema: Any) -> str:
    return yaml.dump({name: schema}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110,
                     default_flow_style=False)


def union_tags(schemas: dict[str, Any], union: str) -> dict[str, str]:
    """Discriminator value -> member component name, for a union whose members are `$ref`s or
    `allOf` wrappers around one (as in OpenRouter's spec)."""
    if union not in schemas:
        raise SchemaError(f"no schema named {union} to match names against")
    out: dict[str, str] = {}
    for option in schemas[union].get("oneOf", schemas[union].get("anyOf", [])):
        refs = [option["$ref"]] if "$ref" in option else [p["$ref"] for p in option.get("allOf", []) if "$ref" in p]
        if len(refs) != 1 or not refs[0].startswith(PREFIX):
            continue
        name = refs[0][len(PREFIX):]
        kind = schemas.get(name, {}).get("properties", {}).get("type", {})
        values = [kind["const"]] if "const" in kind else kind.get("enum", [])
        if len(values) == 1:
            out[str(values[0])] = name
    return out


def vendor_names(schemas: dict[str, Any], names: dict[str, dict[str, str]],
                 matches: dict[str, tuple[dict[str, Any], str, str]]) -> dict[str, dict[str, str]]:
    """Our schema name -> {vendor: the vendor's name}: explicit renames, plus names matched by
    discriminator value between a union of ours and one of the vendor's (`matches`: vendor ->
    (vendor schemas, vendor union, our union))."""
    out: dict[str, dict[str, str]] = {}
    for vendor, renames in names.items():
        for ours, their_name in renames.items():
            out.setdefault(ours, {})[vendor] = their_name
    for vendor, (their_schemas, their_union, our_union) in matches.items():
        by_tag = union_tags(their_schemas, their_union)
        for value, ours in union_tags(schemas, our_union).items():
            if value in by_tag:
                out.setdefault(ours, {}).setdefault(vendor, by_tag[value])
    return out


def plan_import(ws: Workspace, source: Path, roots: list[str], groups: list[tuple[str, list[str]]],
                default: str, strip_descriptions: bool, drop_examples: frozenset[str] = frozenset(),
                renames: dict[str, dict[str, str]] | None = None) -> Plan:
    upstream = parse_yaml(source.read_text(encoding="utf-8"), source.name)
    schemas = upstream.get("components", {}).get("schemas", {}) if isinstance(upstream, dict) else {}
    ours = ws.root.data.get("components", {}).get("schemas", {})
    location: dict[str, tuple[str, str]] = {}  # name -> (file, pointer) in our layout
    for name, entry in ours.items():
        if isinstance(entry, dict) and set(entry) == {"$ref"}:
            file, pointer, _ = ws.resolve(entry["$ref"], ws.root_name, f"/components/schemas/{name}")
            location[name] = (file, pointer)
        else:
            location[name] = (ws.root_name, f"/components/schemas/{name}")
    plan = Plan()
    names = closure(schemas, roots)
    for name in names:
        if name in location:
            plan.kept.append(name)
        else:
            plan.added[name] = assign(name, groups, default)
            location[name] = (plan.added[name], f"/{name}")
    by_file: dict[str, list[str]] = {}
    for name, file in plan.added.items():
        by_file.setdefault(file, []).append(name)
    for file, members in sorted(by_file.items()):
        def ref_to(ref: str, here: str = file) -> str:
            target_file, pointer = location[ref[len(PREFIX):]]
            if target_file == here:
                return "#" + pointer
            rel = os.path.relpath(target_file, os.path.dirname(here) or ".")
            return f"{Path(rel).as_posix()}#{pointer}"

        path = ws.root_dir / file
        text = path.read_text(encoding="utf-8") if path.exists() else f"# Imported from {source.name} by `xsdk import`.\n"
        blocks = []
        for name in sorted(members):
            converted = convert(schemas[name], ref_to, strip_descriptions, itself=PREFIX + name,
                                warnings=plan.warnings)
            if renames and renames.get(name):
                converted = {"x-xsdk-names": dict(sorted(renames[name].items())), **converted}
            if name in drop_examples:
                converted.pop("examples", None)
            blocks.append(dump(name, converted))
        plan.texts[file] = text.rstrip("\n") + "\n\n" + "\n".join(blocks)
    root_text = (ws.root_dir / ws.root_name).read_text(encoding="utf-8").rstrip("\n") + "\n"
    entries = "".join(f"    {name}:\n      $ref: {file}#/{name}\n" for name, file in plan.added.items())
    if entries:
        plan.texts[ws.root_name] = root_text + entries
    plan.root_name = ws.root_name
    return plan


def invalid_examples(schema_root: Path, plan: Plan) -> dict[str, str]:
    """Imported schemas whose upstream example their own schema rejects (vendor examples drift)."""
    from .referee import Referee

    texts = dict(plan.texts)
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(schema_root, scratch, dirs_exist_ok=True)
        for file, text in texts.items():
            (Path(scratch) / file).parent.mkdir(parents=True, exist_ok=True)
            (Path(scratch) / file).write_text(text, encoding="utf-8")
        ws = Workspace.open(Path(scratch) / Path(plan.root_name))
        referee = Referee(ws)
        bad: dict[str, str] = {}
        for name, file in plan.added.items():
            schema = ws.file(file, None).data[name]
            for example in schema.get("examples", []) if isinstance(schema, dict) else []:
                errors = referee.errors(name, example)
                if errors:
                    where = "/" + "/".join(str(p) for p in errors[0].absolute_path)
                    bad[name] = f"{name}: upstream example dropped, its schema rejects it at {where}: " \
                                f"{errors[0].message[:120]}"
                    break
        return bad


def apply(ws: Workspace, plan: Plan, check: Any) -> None:
    """Write the plan, then `check()` the result; on a SchemaError every file is put back."""
    originals: dict[str, str | None] = {
        f: (ws.root_dir / f).read_text(encoding="utf-8") if (ws.root_dir / f).exists() else None for f in plan.texts}
    try:
        for file, text in plan.texts.items():
            (ws.root_dir / file).parent.mkdir(parents=True, exist_ok=True)
            (ws.root_dir / file).write_text(text, encoding="utf-8")
        check()
    except BaseException:
        for file, original in originals.items():
            if original is None:
                (ws.root_dir / file).unlink(missing_ok=True)
            else:
                (ws.root_dir / file).write_text(original, encoding="utf-8")
        raise
