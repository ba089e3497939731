"""Apply a naming profile to a whole model, once, before anything is rendered; collisions are errors, or,
for a foreign document (lenient), the later name gets the first free numeric suffix and a warning."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir
from ..errors import Origin, SchemaError, SchemaWarning
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
    def __init__(self, what: str, language: str, warnings: list[SchemaWarning] | None = None,
                 fold: bool = False) -> None:
        self.what = what
        self.language = language
        self.warnings = warnings
        self.taken: dict[str, tuple[str, Origin]] = {}
        self.fold = fold  # names compared without case (file names: case-insensitive file systems)

    def _key(self, name: str) -> str:
        return name.lower() if self.fold else name

    def free(self, name: str, owner: str) -> bool:
        return self.taken.get(self._key(name), (owner,))[0] == owner

    def claim(self, name: str, owner: str, origin: Origin, *also: "_Namespace", derived: tuple[str, ...] = ()) -> str:
        """`name`, or in lenient mode the first `name2`, `name3`, … free here and in `also`; with
        `derived` suffixes, those names (`nameType`) must be free in this namespace too."""
        if not also and not derived:  # most claims: one namespace, and the name is free
            key = name.lower() if self.fold else name
            held = self.taken.get(key)
            if held is None or held[0] == owner:
                self.taken[key] = (owner, origin)
                return name
        spaces = (self, *also)
        if self._usable(name, owner, spaces, derived):
            chosen = name
        elif self.warnings is None:
            clash = next(space for space in spaces if not space.free(name, owner))
            other, other_origin = clash.taken[clash._key(name)]
            raise SchemaError(
                f"{self.language} {clash.what} `{name}` would be used for both {other} and {owner}",
                origin, _collision_hint(self.what), also=other_origin)
        else:
            chosen = next(f"{name}{n}" for n in range(2, 10_000)
                          if self._usable(f"{name}{n}", owner, spaces, derived))
            self.warnings.append(SchemaWarning(origin, f"{self.language} {self.what} `{name}` is taken; "
                                                       f"{owner} is named `{chosen}`"))
        for space in spaces:
            space.taken[space._key(chosen)] = (owner, origin)
        for suffix in derived:
            self.taken[self._key(chosen + suffix)] = (owner, origin)
        return chosen

    def _usable(self, candidate: str, owner: str, spaces: tuple["_Namespace", ...], derived: tuple[str, ...]) -> bool:
        """`candidate` is free (or `owner`'s) in every one of `spaces`, and so are its `derived` names here."""
        for space in spaces:
            held = space.taken.get(candidate.lower() if space.fold else candidate)
            if held is not None and held[0] != owner:
                return False
        return all(self.free(candidate + suffix, owner) for suffix in derived)


def _collision_hint(what: str) -> str:
    """x-xsdk-names renames types only; fields and enum members are named from their wire spelling."""
    if what.startswith("field name"):
        return ("rename one of the properties: wire names that differ only in case or separators become the "
                "same identifier, and characters no identifier takes are dropped")
    if what.startswith("enum member"):
        return "keep one spelling of the value: values that differ only in case or separators name the same member"
    return "rename one of them, or give one a name of its own with x-xsdk-names"


def _distinct(names: list[str]) -> bool:
    """Whether no two of `names` are the same: then each is taken as it is, with no namespace to claim in."""
    return len(set(names)) == len(names)


def name_model(model: ir.Model, profile: Profile, warnings: list[SchemaWarning] | None = None) -> Symbols:
    """Strict when `warnings` is None; else collisions are resolved with a suffix and reported there."""
    lang = profile.language
    types: dict[str, str] = {}
    for decl in model.decls:
        if not profile.names(decl):
            continue
        if len(decl.path) < 2:  # a component (decl.owner is None)
            types[decl.id] = profile.component_name(decl, model)
            if warnings is not None:  # a foreign document's names may not be identifiers
                types[decl.id] = profile.lenient_type(types[decl.id])
        else:
            parent = model.get(".".join(decl.path[:-1]))
            types[decl.id] = decl.vendor_name(profile.vendor) or profile.inline_name(
                decl, parent, types[parent.id], model)

    files = {d.id: profile.file_stem(types[d.id]) for d in model.components() if d.id in types}
    type_space: dict[str, _Namespace] = {}
    file_space: dict[str, _Namespace] = {}

    def space(spaces: dict[str, _Namespace], key: str, what: str, fold: bool = False) -> _Namespace:
        found = spaces.get(key)
        if found is None:
            found = spaces[key] = _Namespace(what, lang, warnings, fold)
        return found

    # Python scopes names by module: components first, then the inline types, which must not take a name
    # the module imports (the components its declarations refer to)
    order = list(model.decls)
    imports: dict[str, dict[str, str]] | None = None  # component id -> {imported name: component id}
    if lang == "python":
        order = [d for d in order if len(d.path) < 2] + [d for d in order if len(d.path) > 1]
    shared = space(type_space, "", "type name") if lang != "python" else None
    for decl in order:
        if decl.id not in types:
            continue
        # Python scopes names by module (and re-exports by area); the others share one package.
        scope = shared or space(type_space, f"{decl.area}/{decl.component}", "type name")
        is_component = len(decl.path) < 2  # decl.owner is None
        if lang == "python" and not is_component:
            if imports is None:  # once every component has its name
                imports = python_imports(model, types)
                for component, imported_names in imports.items():  # an inline name must not take an imported one
                    module = space(type_space, f"{model.get(component).area}/{component}", "type name")
                    for name, target in imported_names.items():
                        module.taken.setdefault(name, (target, model.get(target).origin))
            imported = imports.get(decl.component, {})
            if types[decl.id] in imported and not decl.vendor_name(profile.vendor):
                types[decl.id] = profile.imported_inline_name(types[decl.id], types[decl.component])
        exported = (space(type_space, f"{decl.area}/", "exported name"),) \
            if lang == "python" and is_component else ()
        # the Go target declares `<Union>Type` beside a union; a lenient naming keeps it free
        derived = ("Type",) if lang == "go" and warnings is not None and \
            isinstance(decl, (ir.UnionDecl, ir.AnyOfDecl)) else ()
        types[decl.id] = scope.claim(types[decl.id], decl.id, decl.origin, *exported, derived=derived)
        if is_component:
            files[decl.id] = space(file_space, decl.area if lang == "python" else "", "module file", fold=True).claim(
                files[decl.id], decl.id, decl.origin)

    # the type names a class's annotations may use: its module's own and those it imports (Python)
    module_types: dict[str, frozenset[str]] = {}
    if lang == "python":
        imports = python_imports(model, types) if imports is None else imports
        declared: dict[str, set[str]] = {}
        for decl in model.decls:
            if decl.id in types:
                declared.setdefault(decl.component, set()).add(types[decl.id])
        module_types = {c: frozenset(names | set(imports.get(c, {}))) for c, names in declared.items()}
    fields: dict[tuple[str, str], str] = {}
    members: dict[tuple[str, str], str] = {}
    field_names: dict[str, str] = {}  # wire name -> profile.field_name (+ lenient_field): the same per wire name
    no_types: frozenset[str] = frozenset()
    for decl in model.decls:
        decl_id = decl.id
        if isinstance(decl, ir.ObjectDecl):
            visible = module_types.get(decl.component, no_types)
            wanted = []
            for f in decl.fields:
                plain = field_names.get(f.wire_name)
                if plain is None:
                    plain = profile.field_name(f.wire_name)
                    plain = field_names[f.wire_name] = plain if warnings is None else profile.lenient_field(plain)
                wanted.append(profile.field_beside_types(plain, visible) if visible else plain)
            if _distinct(wanted):
                for f, name in zip(decl.fields, wanted):
                    fields[(decl_id, f.wire_name)] = name
            else:
                names = _Namespace(f"field name in {decl_id}", lang, warnings)
                for f, name in zip(decl.fields, wanted):
                    fields[(decl_id, f.wire_name)] = names.claim(name, repr(f.wire_name), f.origin)
        elif isinstance(decl, ir.EnumDecl):
            enum_name = types.get(decl_id, decl_id)
            wanted = [profile.member_name(enum_name, value) for value in decl.values]
            if _distinct(wanted):
                for value, name in zip(decl.values, wanted):
                    members[(decl_id, value)] = name
            else:
                values = _Namespace(f"enum member of {decl_id}", lang, warnings)
                for value, name in zip(decl.values, wanted):
                    members[(decl_id, value)] = values.claim(name, repr(value), decl.origin)
            if lang == "go":  # Go constants live beside the types
                go_space = space(type_space, "", "type name")
                for value in decl.values:
                    members[(decl_id, value)] = go_space.claim(
                        members[(decl_id, value)], f"{decl_id}={value!r}", decl.origin)
    return Symbols(profile=profile, types=types, fields=fields, members=members, files=files)


def references(decl: ir.Decl) -> list[str]:
    """The ids of the declarations `decl` refers to, in order (field types, members, alternatives, target)."""
    exprs: list[ir.TypeExpr]
    if isinstance(decl, ir.ObjectDecl):
        exprs = [f.type for f in decl.fields]
    elif isinstance(decl, ir.UnionDecl):
        return [m.target for m in decl.members]
    elif isinstance(decl, ir.AnyOfDecl):
        exprs = list(decl.alternatives)
    elif isinstance(decl, ir.AliasDecl):
        exprs = [decl.target]
    else:
        return []
    out: list[str] = []
    for expr in exprs:  # breadth first: what a nested type refers to comes after every field's own type
        if isinstance(expr, ir.Ref):
            out.append(expr.target)
        elif isinstance(expr, ir.ArrayOf):
            exprs.append(expr.items)
        elif isinstance(expr, ir.MapOf):
            exprs.append(expr.values)
        elif isinstance(expr, ir.OpenEnum):
            out.append(expr.known)
    return out


def python_imports(model: ir.Model, types: dict[str, str]) -> dict[str, dict[str, str]]:
    """Per component, the components its Python module imports ({name: id}): those its own and its inline
    declarations refer to (an inline enum is a `Literal`, never imported)."""
    out: dict[str, dict[str, str]] = {}
    for component in model.components():
        names: dict[str, str] = {}
        for decl in (component, *model.inline_of(component.id)):
            for target in references(decl):
                used = model.get(target)
                if len(used.path) < 2 and target != component.id and target in types:  # used.owner is None
                    names.setdefault(types[target], target)
        out[component.id] = names
    return out
