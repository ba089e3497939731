"""Apply a naming profile to a whole model, once, before anything is rendered; collisions are errors."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir
from ..errors import Origin, SchemaError
from .profiles import Profile


@dataclass(frozen=True)
class Symbols:
    profile: Profile
    types: dict[str, str]  # decl id -> type name (only declarations the target names)
    fields: dict[tuple[str, str], str]  # (object id, wire name) -> identifier
    members: dict[tuple[str, str], str]  # (enum id, value) -> identifier
    files: dict[str, str]  # component id -> file/module stem

    def type(self, decl_id: str) -> str:
        return self.types[decl_id]

    def field(self, decl_id: str, wire: str) -> str:
        return self.fields[(decl_id, wire)]

    def member(self, enum_id: str, value: str) -> str:
        return self.members[(enum_id, value)]


class _Namespace:
    def __init__(self, what: str, language: str) -> None:
        self.what = what
        self.language = language
        self.taken: dict[str, tuple[str, Origin]] = {}

    def claim(self, name: str, owner: str, origin: Origin) -> None:
        key = name.lower() if self.what.endswith("file") else name
        if key in self.taken and self.taken[key][0] != owner:
            other, other_origin = self.taken[key]
            raise SchemaError(
                f"{self.language} {self.what} `{name}` would be used for both {other} and {owner}",
                origin, "rename one of them, or give one a name of its own with x-xsdk-names", also=other_origin)
        self.taken[key] = (owner, origin)


def name_model(model: ir.Model, profile: Profile) -> Symbols:
    lang = profile.language
    types: dict[str, str] = {}
    for decl in model.decls:
        if not profile.names(decl):
            continue
        if decl.owner is None:
            types[decl.id] = profile.component_name(decl, model)
        else:
            parent = model.get(".".join(decl.path[:-1]))
            types[decl.id] = decl.vendor_name(profile.vendor) or profile.inline_name(
                decl, parent, types[parent.id], model)

    files = {d.id: profile.file_stem(types[d.id]) for d in model.components() if d.id in types}
    type_space: dict[str, _Namespace] = {}
    file_space: dict[str, _Namespace] = {}
    for decl in model.decls:
        if decl.id not in types:
            continue
        # Python scopes names by module (and re-exports by area); the others share one package.
        scope = f"{decl.area}/{decl.component}" if lang == "python" else ""
        type_space.setdefault(scope, _Namespace("type name", lang)).claim(types[decl.id], decl.id, decl.origin)
        if lang == "python" and decl.owner is None:
            type_space.setdefault(f"{decl.area}/", _Namespace("exported name", lang)).claim(
                types[decl.id], decl.id, decl.origin)
        if decl.owner is None:
            file_space.setdefault(decl.area if lang == "python" else "", _Namespace("module file", lang)).claim(
                files[decl.id], decl.id, decl.origin)

    fields: dict[tuple[str, str], str] = {}
    members: dict[tuple[str, str], str] = {}
    for decl in model.decls:
        if isinstance(decl, ir.ObjectDecl):
            space = _Namespace(f"field name in {decl.id}", lang)
            for f in decl.fields:
                name = profile.field_name(f.wire_name)
                space.claim(name, repr(f.wire_name), f.origin)
                fields[(decl.id, f.wire_name)] = name
        elif isinstance(decl, ir.EnumDecl):
            space = _Namespace(f"enum member of {decl.id}", lang)
            enum_name = types.get(decl.id, decl.id)
            for value in decl.values:
                name = profile.member_name(enum_name, value)
                space.claim(name, repr(value), decl.origin)
                members[(decl.id, value)] = name
            if lang == "go":  # Go constants live beside the types
                for value in decl.values:
                    type_space[""].claim(members[(decl.id, value)], f"{decl.id}={value!r}", decl.origin)
    return Symbols(profile=profile, types=types, fields=fields, members=members, files=files)
