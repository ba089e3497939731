"""Lenient lowering's last pass (foreign documents): declarations that reference what fell back to any
JSON are loosened so every target can still render them, each with a warning."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from . import ir
from .errors import SchemaWarning


def _tagged(decl: ir.UnionDecl, index: dict[str, ir.Decl]) -> bool:
    """Every member is an object that has the discriminator as a field."""
    for member in decl.members:
        target = index.get(member.target)
        if not isinstance(target, ir.ObjectDecl) or all(f.wire_name != decl.discriminator for f in target.fields):
            return False
    return True


def _common(decl: ir.Decl) -> dict[str, Any]:
    """What every declaration has (id, origin, ...), to rebuild one as another kind."""
    return {f.name: getattr(decl, f.name) for f in fields(ir.DeclBase)}


def loosen_unions(decls: list[ir.Decl], warnings: list[SchemaWarning]) -> list[ir.Decl]:
    """A discriminated union with a member that is no longer an object with the tag becomes an untagged one."""
    index = {d.id: d for d in decls}
    out: list[ir.Decl] = []
    for decl in decls:
        if isinstance(decl, ir.UnionDecl) and not _tagged(decl, index):
            decl = ir.AnyOfDecl(**_common(decl), alternatives=tuple(ir.Ref(m.target) for m in decl.members))
            warnings.append(SchemaWarning(decl.origin, "a member of this discriminated union is not an object "
                                                       "with the tag; decoded as the first member that accepts it"))
        if isinstance(decl, ir.AnyOfDecl) and len(set(decl.alternatives)) < len(decl.alternatives):
            unique = tuple(dict.fromkeys(decl.alternatives))
            decl = ir.AnyOfDecl(**_common(decl), alternatives=unique)
            warnings.append(SchemaWarning(decl.origin, "two alternatives have the same type; the second is dropped"))
        out.append(decl)
    return out


def enum_base(values: list[Any]) -> str | None:
    """`integer`, `number` or `boolean` for an enum of such values, which are typed as their base type."""
    rest = [v for v in values if v is not None]
    if rest and all(isinstance(v, bool) for v in rest):
        return "boolean"
    if rest and all(isinstance(v, int) and not isinstance(v, bool) for v in rest):
        return "integer"
    if rest and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in rest):
        return "number"
    return None
