"""Stage 2: the document against the OpenAPI 3.1 meta-schema and each schema against JSON Schema 2020-12;
after lowering, every example against the schema it illustrates."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from .errors import SchemaError, SchemaErrors
from .load import Workspace, join_pointer
from .referee import Referee

MAX_REPORTED = 20


@lru_cache(maxsize=1)
def _openapi_validator() -> jsonschema.Draft202012Validator:
    text = resources.files("generator").joinpath("metaschemas/openapi-3.1.json").read_text(encoding="utf-8")
    return jsonschema.Draft202012Validator(json.loads(text))


def _pointer(path: Any) -> str:
    return join_pointer("", *path)


def validate_workspace(ws: Workspace) -> None:
    errors: list[SchemaError] = []
    root = ws.root
    if not isinstance(root.data, dict):
        raise SchemaError("the root document is not a mapping", ws.origin(root.name, ""),
                          "start the file with `openapi: 3.1.0`")
    version = str(root.data.get("openapi", ""))
    if not version.startswith("3.1"):
        raise SchemaError(f"expected an OpenAPI 3.1 document, found openapi: {version or '(missing)'}",
                          ws.origin(root.name, "/openapi"), "set `openapi: 3.1.0`")
    for err in _openapi_validator().iter_errors(root.data):
        pointer = _pointer(err.absolute_path)
        errors.append(SchemaError(f"not valid OpenAPI 3.1: {err.message}", ws.origin(root.name, pointer)))
    schemas = root.data.get("components", {}).get("schemas", {})
    if not schemas:
        errors.append(SchemaError("no schemas under components/schemas", ws.origin(root.name, "/components"),
                                  "list each type under components/schemas"))
    for name, schema in schemas.items():
        errors.extend(_check_schema(ws, root.name, join_pointer("/components/schemas", name), schema))
    if errors:
        raise SchemaErrors(errors[:MAX_REPORTED])


def validate_examples(ws: Workspace) -> None:
    """Run after lowering, so a broken schema is reported as such rather than as a failing example."""
    errors = _check_examples(ws, ws.root.data["components"]["schemas"])
    if errors:
        raise SchemaErrors(errors[:MAX_REPORTED])


def _check_schema(ws: Workspace, file: str, pointer: str, schema: Any) -> list[SchemaError]:
    if isinstance(schema, dict) and set(schema) == {"$ref"}:
        file, pointer, schema = ws.resolve(schema["$ref"], file, pointer)
    out = []
    for err in jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA).iter_errors(schema):
        where = ws.origin(file, join_pointer(pointer, *err.absolute_path))
        out.append(SchemaError(f"not a valid JSON Schema: {err.message}", where))
    return out


def _check_examples(ws: Workspace, schemas: dict[str, Any]) -> list[SchemaError]:
    referee = Referee(ws)
    out = []
    for name in schemas:
        file, pointer, schema = _located(ws, name)
        for index, example in enumerate(schema.get("examples", []) if isinstance(schema, dict) else []):
            for err in referee.errors(name, example)[:1]:
                out.append(SchemaError(
                    f"example {index} of {name} does not match its schema at "
                    f"{_pointer(err.absolute_path) or '/'}: {err.message}",
                    ws.origin(file, join_pointer(pointer, "examples", index)),
                    "fix the example or the schema"))
    return out


def _located(ws: Workspace, name: str) -> tuple[str, str, Any]:
    pointer = join_pointer("/components/schemas", name)
    schema = ws.root.data["components"]["schemas"][name]
    if isinstance(schema, dict) and set(schema) == {"$ref"}:
        return ws.resolve(schema["$ref"], ws.root_name, pointer)
    return ws.root_name, pointer, schema
