"""Naming profiles: one class per vendor convention, pure rules from IR node to identifier.

A profile never looks at other names except its owner's; `symbols.py` applies a profile to a whole
model and reports collisions.
"""

from __future__ import annotations

from typing import Callable

from .. import ir
from .casing import ascii_text, camel, code_points, go_pascal, is_identifier, pascal, snake, spell_leading_digits
from .reserved import reserved


class Profile:
    key: str
    vendor: str
    language: str

    def names(self, decl: ir.Decl) -> bool:
        """Whether this target declares the node under a name of its own (else it is written inline)."""
        return True

    def component_name(self, decl: ir.Decl, model: ir.Model) -> str:
        return decl.vendor_name(self.vendor) or decl.id

    def lenient_type(self, name: str) -> str:
        """A foreign component name as written when it is an identifier, else without what cannot be in
        one (`MessagePhase-2` -> `MessagePhase2`)."""
        return name if is_identifier(name) else _sanitise(name, "")

    def lenient_field(self, name: str) -> str:
        return name

    def inline_name(self, decl: ir.Decl, parent: ir.Decl, parent_name: str, model: ir.Model) -> str:
        return parent_name + pascal(decl.path[-1])

    def field_name(self, wire: str) -> str:
        raise NotImplementedError

    def member_name(self, enum_name: str, value: str) -> str:
        raise NotImplementedError

    def file_stem(self, type_name: str) -> str:
        return type_name.lower()

    def imported_inline_name(self, name: str, component_name: str) -> str:
        """An inline type named like a component its module imports (only Python scopes names by module)."""
        return name

    def field_beside_types(self, name: str, types: frozenset[str]) -> str:
        """A field named like a type its class's annotations may use (only Python declares both in one scope)."""
        return name


class OpenAIPython(Profile):
    """openai-python (Stainless): module per class in snake_case; inline classes flat-named in the module;
    fields keep wire names (a safe identifier plus an alias when the wire name cannot be one)."""

    key = "openai-python"
    vendor = "openai"
    language = "python"

    def names(self, decl: ir.Decl) -> bool:
        return not (isinstance(decl, ir.EnumDecl) and decl.owner is not None)

    def component_name(self, decl: ir.Decl, model: ir.Model) -> str:
        return _python_type(super().component_name(decl, model))

    def inline_name(self, decl: ir.Decl, parent: ir.Decl, parent_name: str, model: ir.Model) -> str:
        local = "" if parent.owner is None else parent_name
        return _python_type(local + pascal(decl.path[-1]))

    def imported_inline_name(self, name: str, component_name: str) -> str:
        """An inline type named like a component its module imports (`Size` beside an imported `Size`)
        takes its component's name in front, as TypeScript and Go name every inline type: `MapleSize`."""
        return _python_type(component_name.rstrip("_") + name)

    def field_beside_types(self, name: str, types: frozenset[str]) -> str:
        """A field named like a type of its module (declared there or imported) gets `_`: in the class body
        the attribute (its default) would hide the type from the annotations (`Size: Optional[Size] = None`)."""
        return name + "_" if name in types else name

    def field_name(self, wire: str) -> str:
        """The wire name where it is a safe identifier, else: odd characters -> `_` (`a-b` -> `a_b`),
        a leading digit or underscore, or Pydantic's `model_` -> `field` prefix (`1st` -> `field_1st`,
        `_id` -> `field_id`: Pydantic takes `_x` for a private attribute; `model_dump` -> `field_model_dump`),
        reserved -> `_` suffix (`class` -> `class_`); the model keeps the wire name as the field's alias."""
        name = wire if is_identifier(wire) else _sanitise(ascii_text(_spelled(wire)), "_")
        if name.startswith("_"):
            name = "field" + name
        elif name.startswith("model_"):
            name = "field_" + name
        if name in reserved("python"):
            name += "_"
        return name

    def member_name(self, enum_name: str, value: str) -> str:
        return value  # Literal values need no identifier

    def file_stem(self, type_name: str) -> str:
        stem = snake(type_name) or "module"
        return stem + "_" if stem in reserved("python") or stem[0].isdigit() else stem


class OpenRouterTypeScript(Profile):
    """OpenRouter's TypeScript SDK (Speakeasy): spec names; members of a union whose vendor wrapped them
    anonymously (x-xsdk-union-member-names) named union + PascalCase(discriminator value), their
    discriminator enum `Type<Value>`; camelCase fields."""

    key = "openrouter-typescript"
    vendor = "openrouter"
    language = "typescript"

    def wrapping_unions(self, decl_id: str, model: ir.Model) -> list[ir.UnionDecl]:
        return [u for u in model.unions_containing(decl_id) if self.vendor in u.member_names_from_union]

    def component_name(self, decl: ir.Decl, model: ir.Model) -> str:
        unions = self.wrapping_unions(decl.id, model)
        if unions:
            union = unions[0]
            value = next(m.value for m in union.members if m.target == decl.id)
            owner = self.component_name(model.get(union.component), model)  # an inline union: owner + path
            return owner + "".join(pascal(part) for part in union.path[1:]) + pascal(value)
        return _safe_type(decl.vendor_name(self.vendor) or decl.id, "typescript", "Model")

    def inline_name(self, decl: ir.Decl, parent: ir.Decl, parent_name: str, model: ir.Model) -> str:
        prop = decl.path[-1]
        if isinstance(decl, ir.EnumDecl) and len(decl.values) == 1:
            for union in self.wrapping_unions(parent.id, model):
                if union.discriminator == prop:
                    return pascal(prop) + pascal(spell_leading_digits(decl.values[0]))
        return parent_name + pascal(prop)

    def field_name(self, wire: str) -> str:
        """camelCase of the words (odd characters separate words, `__proto__` -> `proto`), a leading
        number spelled (`1st` -> `onest`), `field` when no word is left; `additionalProperties`, the
        property holding undeclared fields, -> `additionalPropertiesField`."""
        name = camel(_spelled(wire))
        if name[:1].isdigit():
            name = camel(spell_leading_digits(name))
        name = name or "field"
        return name + "Field" if name in TS_RESERVED_FIELDS else name

    def member_name(self, enum_name: str, value: str) -> str:
        return _member_words(value, pascal)


class OpenRouterGo(Profile):
    """OpenRouter's Go SDK (Speakeasy): spec names for components (members included); owner + property
    for inline types; PascalCase fields with Go initialisms; constants `<EnumType><Value>`."""

    key = "openrouter-go"
    vendor = "openrouter"
    language = "go"

    def component_name(self, decl: ir.Decl, model: ir.Model) -> str:
        name = super().component_name(decl, model)
        return name[:1].upper() + name[1:]  # exported: `class` -> `Class`

    def lenient_type(self, name: str) -> str:
        name = super().lenient_type(name)
        return name[:1].upper() + name[1:]  # exported

    def inline_name(self, decl: ir.Decl, parent: ir.Decl, parent_name: str, model: ir.Model) -> str:
        return parent_name + go_pascal(decl.path[-1])

    def field_name(self, wire: str) -> str:
        name = spell_leading_digits(go_pascal(_spelled(wire))) or "Field"
        return name + "Field" if name in reserved("go") else name

    def member_name(self, enum_name: str, value: str) -> str:
        return enum_name + _member_words(value, go_pascal)


# the TypeScript property every object type has for the fields its schema does not declare
TS_RESERVED_FIELDS = frozenset({"additionalProperties"})


def _spelled(wire: str) -> str:
    """A wire name with no letter or digit (`-`, `+`) as the words of its code points (`u2d`, `u2b`), which
    keep such names apart; any other name as it is ("" has no words: `field`)."""
    return wire if not wire or any(c.isalnum() for c in ascii_text(wire)) else code_points(wire)


def _member_words(value: str, case: Callable[[str], str]) -> str:
    """An enum member's suffix: the value cased, a leading number spelled (`1024x1024` ->
    `OneThousandAndTwentyFourx1024`), `Empty` for "", and code points for a value with no letter or
    digit (`-` -> `U2d`)."""
    if value == "":
        return "Empty"
    return spell_leading_digits(case(value)) or case(code_points(value))


def _sanitise(text: str, joiner: str) -> str:
    cleaned = "".join(c if (c.isascii() and (c.isalnum() or c == "_")) else " " for c in text)
    name = joiner.join(cleaned.split()) or "field"
    return "_" + name if name[0].isdigit() else name


def _safe_type(name: str, language: str, suffix: str) -> str:
    """A type name that is a reserved word (or, in Python, a name the module imports) gets `suffix`."""
    return name + suffix if name in reserved(language) else name


def _python_type(name: str) -> str:
    """A Python type name: `_` after a reserved word (python.txt) or a builtin's name (python-types.txt:
    `any` -> `any_`, `list` -> `list_`)."""
    return name + "_" if name in reserved("python") or name in reserved("python-types") else name


PROFILES: dict[str, Profile] = {p.key: p for p in (OpenAIPython(), OpenRouterTypeScript(), OpenRouterGo())}
