"""The `fix:` line for errors whose raiser words no hint of its own: the OpenAPI and JSON Schema meta-schema
findings (worded by jsonschema) and a few load-stage messages. Each rule is a message pattern, optionally a
JSON pointer pattern, and the advice; the first rule that matches wins."""

from __future__ import annotations

import re

# the load stage's advice for every YAML syntax error; a rule below that names the actual problem replaces it
GENERIC_YAML_HINT = "fix the YAML syntax at that line"

_TYPES = "array, boolean, integer, null, number, object, string"

# (message pattern, pointer pattern or None, hint)
_RULES: tuple[tuple[str, str | None, str], ...] = (
    # YAML syntax (libyaml's wording)
    (r"^invalid YAML: found character that cannot start any token", None,
     "indent with spaces (YAML does not allow tabs), and quote values that start with `@`, `%` or a backtick"),
    (r"^invalid YAML: found unexpected end of stream", None,
     "the quote opened on this line is never closed: close the string (or quote the whole value)"),
    (r"^invalid YAML: did not find expected ',' or '[\]}]'", None,
     "close the `[` or `{` opened on the line above (or before), and separate its items with commas"),
    (r"^invalid YAML: did not find expected key", None,
     "indent this line like its siblings in the same mapping (YAML nests by indentation)"),
    (r"^invalid YAML: mapping values are not allowed here", None,
     "quote a value that contains `: `, or indent the line under its key"),
    # load.py
    (r"^\$ref fragment must be a JSON pointer", None,
     "write the part after '#' as a JSON pointer from the file's root, e.g. `#/components/schemas/Name`"),
    # the OpenAPI 3.1 meta-schema
    (r"^not valid OpenAPI 3\.1: .* does not match '\^\[a-zA-Z0-9\._-\]\+\$'", r"^/components/",
     "component names may use only ASCII letters, digits, `.`, `_` and `-`: rename it (e.g. `Cafe` for `Café`) "
     "and the $refs to it; a vendor's exact spelling goes in x-xsdk-names"),
    (r"^not valid OpenAPI 3\.1: .* is a required property", None,
     "add the missing field (see the OpenAPI 3.1 specification for this object)"),
    (r"^not valid OpenAPI 3\.1: ", None,
     "correct this value as the OpenAPI 3.1 specification defines it for this object"),
    # JSON Schema 2020-12 keywords
    (r"^not a valid JSON Schema: .* is not valid under any of the given schemas", r"/type$",
     f"use one of the JSON Schema types: {_TYPES} (or a list of them)"),
    (r"^not a valid JSON Schema: .* is less than the minimum of 0", None,
     "a length or count is a whole number of 0 or more; remove the keyword when there is no bound"),
    (r"^not a valid JSON Schema: .* is not of type 'array'", r"/required$",
     "write `required` as a list of property names, e.g. `required: [id]`"),
    (r"^not a valid JSON Schema: .* is not of type 'array'", r"/enum$",
     "write `enum` as a list of values, e.g. `enum: [a, b]`"),
    (r"^not a valid JSON Schema: .* is not of type 'array'", r"/examples$",
     "write `examples` as a list of values, e.g. `examples: [{id: abc}]`"),
    (r"^not a valid JSON Schema: .* is not of type 'object', 'boolean'", None,
     "write a schema mapping here, e.g. `{type: string}` (or `{}` for any JSON value)"),
    (r"^not a valid JSON Schema: .* is not of type 'integer'", None,
     "use a whole number here (quoted YAML values and numbers with leading zeros are strings)"),
    (r"^not a valid JSON Schema: .* has non-unique elements", None,
     "list each entry once"),
    (r"^not a valid JSON Schema: ", None,
     "correct this keyword's value as JSON Schema 2020-12 defines it"),
)

_COMPILED = tuple((re.compile(message), re.compile(pointer) if pointer else None, hint)
                  for message, pointer, hint in _RULES)


def default_hint(message: str, pointer: str | None, hint: str | None) -> str | None:
    """`hint` when the raiser gave a specific one; else the advice of the first matching rule (or None)."""
    if hint is not None and hint != GENERIC_YAML_HINT:
        return hint
    for message_re, pointer_re, advice in _COMPILED:
        if message_re.search(message) and (pointer_re is None or (pointer is not None and pointer_re.search(pointer))):
            return advice
    return hint
