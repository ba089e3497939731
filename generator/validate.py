"""Stage 2: the document against the OpenAPI 3.1 meta-schema and each schema against JSON Schema 2020-12;
after lowering, every example against the schema it illustrates."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from functools import lru_cache
from importlib import metadata, resources
from typing import Any

import jsonschema
from jsonschema_specifications import REGISTRY as _SPECIFICATIONS  # type: ignore[import-untyped]
from referencing.jsonschema import DRAFT202012

from .errors import SchemaError, SchemaErrors
from .load import CACHE_MIN_CHARS, Workspace, cache_dir, cache_put, join_pointer
from .parallel import Background
from .referee import Referee

BACKGROUND_MIN_CHARS = 256 * 1024  # below this the meta-schema check takes milliseconds; a fork would cost more


def _compiled(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator whose registry is crawled once: jsonschema otherwise re-crawls every meta-schema of
    every draft on each `$dynamicRef` lookup, which was most of the time spent here."""
    resource = DRAFT202012.create_resource(schema)
    registry = _SPECIFICATIONS.with_resource(resource.id() or "", resource).crawl()
    return jsonschema.Draft202012Validator(schema, registry=registry)


@lru_cache(maxsize=1)
def _openapi_metaschema() -> bytes:
    return resources.files("generator").joinpath("metaschemas/openapi-3.1.json").read_bytes()


@lru_cache(maxsize=1)
def _openapi_validator() -> jsonschema.Draft202012Validator:
    return _compiled(json.loads(_openapi_metaschema()))


@lru_cache(maxsize=1)
def _meta_validator() -> jsonschema.Draft202012Validator:
    return _compiled(jsonschema.Draft202012Validator.META_SCHEMA)


@lru_cache(maxsize=1)
def _compiled_openapi_validator() -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # a platform without its wheel: jsonschema alone, only slower
        return None
    return jsonschema_rs.validator_for(json.loads(_openapi_metaschema()))


def _openapi_accepts(document: Any) -> bool:
    """Whether the compiled validator accepts the document: a few milliseconds for a 3 MB document, where
    jsonschema takes half a second. Anything else (it rejects the document, is not installed, or cannot
    take a value such as a YAML date) leaves the verdict and the wording of the errors to jsonschema."""
    validator = _compiled_openapi_validator()
    if validator is None:
        return False
    try:
        return bool(validator.is_valid(document))
    except Exception:  # noqa: BLE001 - a value it cannot convert: let jsonschema decide
        return False


def _openapi_errors(document: Any, size: int) -> list[tuple[str, str]]:
    """(message, pointer) of each OpenAPI meta-schema error, in jsonschema's order. A function of the
    document alone, so for large documents the answer is cached under a hash of the document's value."""
    directory = cache_dir("validated") if size >= CACHE_MIN_CHARS else None
    key = None
    if directory is not None:
        try:
            key = hashlib.sha256(_validation_salt().encode() + b"\0" +
                                 pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
            cached = json.loads((directory / f"{key}.json").read_text(encoding="utf-8"))
            return [(str(message), str(pointer)) for message, pointer in cached]
        except Exception:  # noqa: BLE001 - not cached yet, unreadable, or not picklable: validate
            pass
    found = [(err.message, _error_pointer(err)) for err in _openapi_validator().iter_errors(document)]
    if directory is not None and key is not None:
        cache_put(directory / f"{key}.json", json.dumps(found).encode("utf-8"))
    return found


@lru_cache(maxsize=1)
def _validation_salt() -> str:
    return f"2|{metadata.version('jsonschema')}|{hashlib.sha256(_openapi_metaschema()).hexdigest()}"


def _pointer(path: Any) -> str:
    return join_pointer("", *path)


def _error_pointer(err: jsonschema.ValidationError) -> str:
    """Where the error is; a `propertyNames` finding is about the key, so it points at that member."""
    if "propertyNames" in err.absolute_schema_path and isinstance(err.instance, str):
        return join_pointer(_pointer(err.absolute_path), err.instance)
    return _pointer(err.absolute_path)


def validate_workspace(ws: Workspace) -> None:
    Validation(ws).finish()


class Validation:
    """The document against the OpenAPI 3.1 meta-schema and each component schema against JSON Schema.

    The root's shape is checked at once, and so is the document against the OpenAPI meta-schema by the
    compiled validator. Only a document it rejects goes to jsonschema for the errors' wording; for a large
    one (half a second for 3 MB, nearly all of it in `paths`) that starts in a background process, so
    lowering goes on meanwhile. `finish` reports everything, in the same order as a check run in one go."""

    def __init__(self, ws: Workspace) -> None:
        root = ws.root
        if not isinstance(root.data, dict):
            raise SchemaError("the root document is not a mapping", ws.origin(root.name, ""),
                              "start the file with `openapi: 3.1.0`")
        version = str(root.data.get("openapi", ""))
        if not version.startswith("3.1"):
            raise SchemaError(f"expected an OpenAPI 3.1 document, found openapi: {version or '(missing)'}",
                              ws.origin(root.name, "/openapi"), "set `openapi: 3.1.0`")
        self.ws = ws
        document, size = root.data, len(root.text)
        self._openapi: Background[list[tuple[str, str]]] | None = None
        self._accepted = _openapi_accepts(document)
        if not self._accepted and size >= BACKGROUND_MIN_CHARS:
            self._openapi = Background(lambda: _openapi_errors(document, size))

    @property
    def deferred(self) -> bool:
        return self._openapi is not None

    def finish(self) -> None:
        ws, root = self.ws, self.ws.root
        if self._accepted:
            found: list[tuple[str, str]] = []
        elif self._openapi is not None:
            found = self._openapi.result()
        else:
            found = _openapi_errors(root.data, len(root.text))
        errors = [SchemaError(f"not valid OpenAPI 3.1: {message}", ws.origin(root.name, pointer))
                  for message, pointer in found]
        components = root.data.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        if not schemas or not isinstance(schemas, dict):
            errors.append(SchemaError("no schemas under components/schemas", ws.origin(root.name, "/components"),
                                      "list each type under components/schemas"))
            schemas = {}
        for name, schema in schemas.items():
            errors.extend(_check_schema(ws, root.name, join_pointer("/components/schemas", name), schema))
        _raise_any(errors)


def _raise_any(errors: list[SchemaError]) -> None:
    if errors:
        raise SchemaErrors(errors)


def validate_examples(ws: Workspace) -> None:
    """Run after lowering, so a broken schema is reported as such rather than as a failing example."""
    errors = _check_examples(ws, ws.root.data["components"]["schemas"])
    _raise_any(errors)


def _check_schema(ws: Workspace, file: str, pointer: str, schema: Any) -> list[SchemaError]:
    if isinstance(schema, dict) and set(schema) == {"$ref"}:
        file, pointer, schema = ws.resolve(schema["$ref"], file, pointer)
    out: list[SchemaError] = []
    if _plainly_valid(schema):
        return out
    for err in _meta_validator().iter_errors(schema):
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


# A sound shortcut for the common case: `_plainly_valid(s)` is True only when the 2020-12 meta-schema
# accepts `s` (it checks every keyword the meta-schema constrains, at least as strictly); anything
# unusual returns False and is left to jsonschema, which then words the errors exactly as before.
_SCHEMA_KEYS = frozenset({"items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
                          "unevaluatedItems", "unevaluatedProperties", "contentSchema"})
_SCHEMA_MAP_KEYS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
_SCHEMA_LIST_KEYS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_STRING_KEYS = frozenset({"$schema", "$ref", "$dynamicRef", "$recursiveRef", "$comment", "title", "description",
                          "format", "contentEncoding", "contentMediaType", "pattern"})
_BOOL_KEYS = frozenset({"deprecated", "readOnly", "writeOnly", "uniqueItems"})
_NUMBER_KEYS = frozenset({"maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"})
_COUNT_KEYS = frozenset({"maxLength", "minLength", "maxItems", "minItems", "maxContains", "minContains",
                         "maxProperties", "minProperties"})
_ANCHOR_KEYS = frozenset({"$anchor", "$dynamicAnchor", "$recursiveAnchor"})
_ANY_KEYS = frozenset({"const", "default"})
_SIMPLE_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
_ANCHOR = re.compile(r"^[A-Za-z_][-A-Za-z0-9._]*$")
# every other keyword the meta-schema constrains ($id, $vocabulary, dependencies, ...) sends a schema the slow way
_CONSTRAINED = frozenset({"$id", "$vocabulary", "dependencies", "dependentRequired", "enum", "examples",
                          "multipleOf", "required", "type"})


def _plainly_valid(root: Any) -> bool:
    stack = [root]
    while stack:
        schema = stack.pop()
        if type(schema) is bool:
            continue
        if type(schema) is not dict:
            return False
        for key, value in schema.items():
            if key in _SCHEMA_KEYS:
                stack.append(value)
            elif key in _SCHEMA_MAP_KEYS:
                if type(value) is not dict:
                    return False
                stack.extend(value.values())
            elif key in _SCHEMA_LIST_KEYS:
                if type(value) is not list or not value:
                    return False
                stack.extend(value)
            elif key in _STRING_KEYS:
                if type(value) is not str:
                    return False
            elif key in _BOOL_KEYS:
                if type(value) is not bool:
                    return False
            elif key in _NUMBER_KEYS:
                if type(value) not in (int, float):
                    return False
            elif key in _COUNT_KEYS:
                if type(value) is not int or value < 0:
                    return False
            elif key in _ANCHOR_KEYS:
                if type(value) is not str or not _ANCHOR.search(value):
                    return False
            elif key in _ANY_KEYS:
                continue
            elif key in _CONSTRAINED:
                if not _plain_constrained(key, value):
                    return False
            elif type(key) is not str:
                return False
    return True


def _plain_constrained(key: str, value: Any) -> bool:
    if key == "type":
        if type(value) is str:
            return value in _SIMPLE_TYPES
        return (type(value) is list and bool(value) and all(type(v) is str and v in _SIMPLE_TYPES for v in value)
                and len(set(value)) == len(value))
    if key == "required":
        return type(value) is list and all(type(v) is str for v in value) and len(set(value)) == len(value)
    if key in ("enum", "examples"):
        return type(value) is list
    if key == "multipleOf":
        return type(value) in (int, float) and value > 0
    return False
