"""What changed between two lowered schemas, and how much it matters to the bindings' users.

Declarations are matched by id (components by name, inline ones as "Owner.prop"); every difference
is a `Change` of level "breaking" (code written against the old bindings may stop compiling or
decoding), "minor" (new API; old code keeps working) or "patch" (documentation only). Generated
names are compared per language through the naming stage's `Symbols`, so a rename by x-xsdk-names
is breaking even though the schema's shapes are the same.

An inline declaration only exists through what holds it (a field, a union member, an alternative),
so its appearance or disappearance is reported once, as the change of its holder; the inline
declarations of an added or removed component are part of that component.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from .. import ir
from ..naming.symbols import Symbols
from .semver import Level, severity

KIND = {ir.ObjectDecl: "object", ir.EnumDecl: "enum", ir.UnionDecl: "union", ir.AnyOfDecl: "anyOf",
        ir.AliasDecl: "alias"}
# (IR attribute, schema keyword); a lower bound tightens when it rises, an upper bound when it falls
LOWER_BOUNDS = (("minimum", "minimum"), ("min_length", "minLength"), ("min_items", "minItems"))
UPPER_BOUNDS = (("maximum", "maximum"), ("max_length", "maxLength"), ("max_items", "maxItems"))
BINDING_TYPE_CHANGES = "the bindings' type changes: Go pointer, Python Optional"


@dataclass(frozen=True)
class Change:
    level: Level
    where: str  # a declaration id, or "Decl.wire_name" for a field
    what: str


def diff_models(old: ir.Model, new: ir.Model, old_symbols: dict[str, Symbols],
                new_symbols: dict[str, Symbols]) -> list[Change]:
    """Every API difference from `old` to `new`, most severe first, then by place."""
    changes = list(_added_and_removed(old, new))
    for decl_id in _common_ids(old, new):
        changes.extend(_declaration_changes(old.get(decl_id), new.get(decl_id)))
    changes.extend(_unexplained_inline(old, new, changes))
    for language in sorted(set(old_symbols) & set(new_symbols)):
        changes.extend(_name_changes(language, old, old_symbols[language], new_symbols[language]))
    return sorted(changes, key=lambda c: (severity(c.level), c.where, c.what))


def minimum_bump(changes: Iterable[Change]) -> Level | None:
    """The most severe level among the changes; None when there are none."""
    levels = sorted((c.level for c in changes), key=severity)
    return levels[0] if levels else None


def describe(type_: ir.TypeExpr) -> str:
    if isinstance(type_, ir.Primitive):
        return f"{type_.kind} ({type_.format})" if type_.format else type_.kind
    if isinstance(type_, ir.ArrayOf):
        return f"array of {describe(type_.items)}"
    if isinstance(type_, ir.MapOf):
        return f"map of {describe(type_.values)}"
    if isinstance(type_, ir.Ref):
        return type_.target
    if isinstance(type_, ir.OpenEnum):
        return f"string (open enum {type_.known})"
    return "any JSON"


# ---- declarations ----

def _common_ids(old: ir.Model, new: ir.Model) -> list[str]:
    new_ids = {d.id for d in new.decls}
    return [d.id for d in old.decls if d.id in new_ids]


def _added_and_removed(old: ir.Model, new: ir.Model) -> Iterator[Change]:
    old_ids, new_ids = {d.id for d in old.decls}, {d.id for d in new.decls}
    for decl in new.components():
        if decl.id not in old_ids:
            yield Change("minor", decl.id, f"type added ({KIND[type(decl)]})")
    for decl in old.components():
        if decl.id not in new_ids:
            yield Change("breaking", decl.id, "type removed")


def _unexplained_inline(old: ir.Model, new: ir.Model, changes: list[Change]) -> Iterator[Change]:
    """Inline declarations added or removed without a reported change of what holds them (a safety
    net: lowering only creates an inline declaration for a field, member or alternative)."""
    old_ids, new_ids = {d.id for d in old.decls}, {d.id for d in new.decls}
    touched = {c.where for c in changes}
    for decl in new.decls:
        if decl.owner is not None and decl.id not in old_ids and not _explained(decl, new, old_ids, touched):
            yield Change("minor", decl.id, f"type added ({KIND[type(decl)]})")
    for decl in old.decls:
        if decl.owner is not None and decl.id not in new_ids and not _explained(decl, old, new_ids, touched):
            yield Change("breaking", decl.id, "type removed")


def _explained(decl: ir.Decl, model: ir.Model, other_ids: set[str], touched: set[str]) -> bool:
    if decl.component not in other_ids or decl.id in touched:
        return True  # folded into its component's addition or removal, or into its field's change
    holders = [d.id for d in model.decls if decl.id in _references(d)]
    # a holder that is new (or gone) itself is explained the same way, one level up
    return any(h in touched or h not in other_ids for h in holders)


def _references(decl: ir.Decl) -> set[str]:
    if isinstance(decl, ir.ObjectDecl):
        return {t for f in decl.fields for t in _targets(f.type)}
    if isinstance(decl, ir.UnionDecl):
        return {m.target for m in decl.members}
    if isinstance(decl, ir.AnyOfDecl):
        return {t for a in decl.alternatives for t in _targets(a)}
    if isinstance(decl, ir.AliasDecl):
        return set(_targets(decl.target))
    return set()


def _targets(type_: ir.TypeExpr) -> Iterator[str]:
    if isinstance(type_, ir.Ref):
        yield type_.target
    elif isinstance(type_, ir.OpenEnum):
        yield type_.known
    elif isinstance(type_, ir.ArrayOf):
        yield from _targets(type_.items)
    elif isinstance(type_, ir.MapOf):
        yield from _targets(type_.values)


def _declaration_changes(old: ir.Decl, new: ir.Decl) -> Iterator[Change]:
    if type(old) is not type(new):
        yield Change("breaking", new.id, f"changed from {KIND[type(old)]} to {KIND[type(new)]}")
        return
    yield from _common_changes(old, new)
    if isinstance(old, ir.ObjectDecl) and isinstance(new, ir.ObjectDecl):
        yield from _object_changes(old, new)
    elif isinstance(old, ir.EnumDecl) and isinstance(new, ir.EnumDecl):
        yield from _enum_changes(old, new)
    elif isinstance(old, ir.UnionDecl) and isinstance(new, ir.UnionDecl):
        yield from _union_changes(old, new)
    elif isinstance(old, ir.AnyOfDecl) and isinstance(new, ir.AnyOfDecl):
        yield from _any_of_changes(old, new)
    elif isinstance(old, ir.AliasDecl) and isinstance(new, ir.AliasDecl):
        yield from _alias_changes(old, new)


def _common_changes(old: ir.Decl, new: ir.Decl) -> Iterator[Change]:
    if old.area != new.area and new.owner is None:
        yield Change("breaking", new.id, f"moved from area {old.area!r} to {new.area!r} "
                                         "(the Python import path changes)")
    if old.deprecated != new.deprecated:
        yield Change("minor", new.id, "deprecated" if new.deprecated else "no longer deprecated")
    if old.description != new.description:
        yield Change("patch", new.id, "description changed")
    if old.examples != new.examples:
        yield Change("patch", new.id, "examples changed")


def _object_changes(old: ir.ObjectDecl, new: ir.ObjectDecl) -> Iterator[Change]:
    old_fields = {f.wire_name: f for f in old.fields}
    new_fields = {f.wire_name: f for f in new.fields}
    for wire in old_fields:
        if wire not in new_fields:
            yield Change("breaking", f"{old.id}.{wire}", "field removed")
    for wire, field in new_fields.items():
        if wire not in old_fields:
            yield (Change("breaking", f"{new.id}.{wire}", "required field added") if field.required
                   else Change("minor", f"{new.id}.{wire}", "optional field added"))
        else:
            yield from _field_changes(f"{new.id}.{wire}", old_fields[wire], field)
    if old.stream_flag != new.stream_flag:
        yield Change("breaking", new.id, f"x-xsdk-stream-flag {old.stream_flag} → {new.stream_flag} "
                                         "(Python's request TypedDicts change)")


def _field_changes(where: str, old: ir.Field, new: ir.Field) -> Iterator[Change]:
    if old.type != new.type:
        yield Change("breaking", where, f"type changed: {describe(old.type)} → {describe(new.type)}")
    if old.required != new.required:
        yield (Change("breaking", where, "optional → required") if new.required
               else Change("breaking", where, f"required → optional ({BINDING_TYPE_CHANGES})"))
    yield from _nullable_changes(where, old.nullable, new.nullable)
    yield from _constraint_changes(where, old.constraints, new.constraints)
    if old.default != new.default:
        yield Change("minor", where, _default_change(old, new))
    if old.deprecated != new.deprecated:
        yield Change("minor", where, "deprecated" if new.deprecated else "no longer deprecated")
    if old.description != new.description:
        yield Change("patch", where, "description changed")


def _nullable_changes(where: str, old: bool, new: bool) -> Iterator[Change]:
    if old and not new:
        yield Change("breaking", where, "no longer nullable (null is rejected)")
    elif new and not old:
        yield Change("breaking", where, f"now nullable ({BINDING_TYPE_CHANGES})")


def _default_change(old: ir.Field, new: ir.Field) -> str:
    if not old.has_default:
        return f"default added: {new.default!r}"
    if not new.has_default:
        return f"default removed (was {old.default!r})"
    return f"default changed: {old.default!r} → {new.default!r}"


def _constraint_changes(where: str, old: ir.Constraints, new: ir.Constraints) -> Iterator[Change]:
    for attribute, keyword in LOWER_BOUNDS + UPPER_BOUNDS:
        before, after = getattr(old, attribute), getattr(new, attribute)
        if before == after:
            continue
        lower = (attribute, keyword) in LOWER_BOUNDS
        tightened = after is not None and (before is None or (after > before if lower else after < before))
        if before is None:
            what = f"{keyword} {after} added"
        elif after is None:
            what = f"{keyword} {before} removed"
        else:
            what = f"{keyword} {before} → {after}"
        yield (Change("breaking", where, f"{what} (tightened)") if tightened
               else Change("minor", where, f"{what} (loosened)"))


def _enum_changes(old: ir.EnumDecl, new: ir.EnumDecl) -> Iterator[Change]:
    for value in old.values:
        if value not in new.values:
            yield Change("breaking", new.id, f"enum value {value!r} removed")
    for value in new.values:
        if value not in old.values:
            yield Change("minor", new.id, f"enum value {value!r} added")


def _union_changes(old: ir.UnionDecl, new: ir.UnionDecl) -> Iterator[Change]:
    if old.discriminator != new.discriminator:
        yield Change("breaking", new.id, f"discriminator property {old.discriminator!r} → {new.discriminator!r}")
    old_value = {m.target: m.value for m in old.members}  # member -> its discriminator value
    new_value = {m.target: m.value for m in new.members}
    new_member = {value: target for target, value in new_value.items()}
    for target, value in old_value.items():
        if target in new_value and new_value[target] != value:
            yield Change("breaking", new.id, f"member {target} discriminator value {value!r} → {new_value[target]!r}")
        elif target not in new_value and value in new_member:
            yield Change("breaking", new.id, f"member {value!r} is now {new_member[value]} (was {target})")
        elif target not in new_value:
            yield Change("breaking", new.id, f"member {value!r} ({target}) removed")
    old_values = set(old_value.values())
    for target, value in new_value.items():
        if target not in old_value and value not in old_values:
            yield Change("minor", new.id, f"member {value!r} ({target}) added")


def _any_of_changes(old: ir.AnyOfDecl, new: ir.AnyOfDecl) -> Iterator[Change]:
    if old.alternatives == new.alternatives:
        return
    if new.alternatives[:len(old.alternatives)] == old.alternatives:
        appended = ", ".join(describe(a) for a in new.alternatives[len(old.alternatives):])
        yield Change("minor", new.id, f"alternatives appended: {appended}")
    else:
        # decoding tries the alternatives in order, so anything but an append changes what decodes as what
        yield Change("breaking", new.id, f"alternatives changed: [{_listed(old.alternatives)}] → "
                                         f"[{_listed(new.alternatives)}]")


def _listed(types: tuple[ir.TypeExpr, ...]) -> str:
    return ", ".join(describe(t) for t in types)


def _alias_changes(old: ir.AliasDecl, new: ir.AliasDecl) -> Iterator[Change]:
    if old.target != new.target:
        yield Change("breaking", new.id, f"alias target changed: {describe(old.target)} → {describe(new.target)}")
    yield from _nullable_changes(new.id, old.nullable, new.nullable)


# ---- generated names ----

def _name_changes(language: str, old_model: ir.Model, old: Symbols, new: Symbols) -> Iterator[Change]:
    renamed = {i: (name, new.types[i]) for i, name in old.types.items() if i in new.types and new.types[i] != name}
    for decl_id, (before, after) in renamed.items():
        holder = ".".join(old_model.get(decl_id).path[:-1])
        if not _follows_rename(before, after, renamed.get(holder)):
            yield Change("breaking", decl_id, f"{language} name {before} → {after}")
    for (decl_id, wire), before in old.fields.items():
        after = new.fields.get((decl_id, wire), before)
        if after != before:
            yield Change("breaking", f"{decl_id}.{wire}", f"{language} field name {before} → {after}")
    for (enum_id, value), before in old.members.items():
        after = new.members.get((enum_id, value), before)
        if after != before and not _follows_rename(before, after, renamed.get(enum_id)):
            yield Change("breaking", enum_id, f"{language} name of value {value!r} {before} → {after}")


def _follows_rename(before: str, after: str, prefix_rename: tuple[str, str] | None) -> bool:
    """The name is its holder's name plus a suffix, and only the holder's part changed: the holder's
    rename, reported once, already says so."""
    if prefix_rename is None:
        return False
    old_prefix, new_prefix = prefix_rename
    return before.startswith(old_prefix) and after == new_prefix + before[len(old_prefix):]
