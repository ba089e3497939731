"""Python target: Pydantic v2 models named and laid out like OpenAI's Python SDK.

One module per component (snake_case of its class name) in the sub-package of its schema area;
inline objects are classes of the same module, property enums are inline `Literal[...]`s, unions
are `Annotated[Union[...], Discriminator]` aliases that keep unknown members, request parameters
with a stream flag are `TypedDict` families.

Components that refer to each other (A -> B -> A) make modules that import each other. What a module
needs while it loads (the members of its unions, the alternatives of its aliases) it imports as usual;
what only its classes' fields name, from a module of the same cycle, it imports under
`if TYPE_CHECKING:` and writes as a string annotation. The root package's `__init__`, which any import
of the package runs first, then has each such module bind those names (`_import_deferred()`) and
completes the models (`model_rebuild()`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from .. import ir
from ..errors import SchemaError
from ..naming.casing import is_identifier
from ..naming.symbols import references
from ..write import Tree
from . import TargetContext
from .patterns import translate
from .python_types import Imports, TypeWriter, docstring, py_string, toml_text

TEMPLATES = {"module": "module.py.j2", "params": "params.py.j2"}


@dataclass
class Module:
    """A component's module: dotted path under the import package and what it declares."""

    decl: ir.Decl
    package: tuple[str, ...]  # sub-package parts, e.g. ("types", "responses")
    stem: str
    imports: Imports = field(default_factory=Imports)

    @property
    def dotted(self) -> tuple[str, ...]:
        return self.package + (self.stem,)


# Python 3 minor versions the package supports and the README promises (requires-python >= the first).
SUPPORTED_PYTHON_MINORS = (9, 10, 11, 12, 13)


def render(ctx: TargetContext) -> Tree:
    package = ctx.settings.option("package", "xsdk_events")
    areas: dict[str, str] = ctx.settings.option("areas", {})
    modules: dict[str, Module] = {}
    for decl in ctx.model.components():
        if decl.area not in areas and decl.area == "":  # a single-file document: its schemas are all `types`
            areas = {**areas, "": "types"}
        if decl.area not in areas:
            raise SchemaError(f"no Python package for schema area {decl.area!r}", decl.origin,
                              f"add `{decl.area} = \"types.{decl.area}\"` to [tool.xsdk.python] areas")
        modules[decl.id] = Module(decl, tuple(areas[decl.area].split(".")), ctx.symbols.files[decl.id])

    tree: Tree = {}
    header = ctx.header
    dotted = {k: m.dotted for k, m in modules.items()}
    refs = {d.id: references(d) for d in ctx.model.decls}  # asked for per module, twice: computed once
    deferred = _deferred_imports(ctx, modules, refs)
    completed: list[tuple[tuple[str, ...], bool, list[str]]] = []  # modules of a cycle, deferring?, classes
    with_object = {decl_id for (decl_id, _), name in ctx.symbols.fields.items() if name == "object"}
    for module in modules.values():
        writer = TypeWriter(ctx.model, ctx.symbols, module.imports, modules_of=dotted, here=module.dotted)
        writer.object_shadowed = _shadows_object(ctx, module.decl, with_object)
        writer.deferred = deferred.get(module.decl.id, set())
        ordered = _in_dependency_order(ctx, module.decl, refs)
        text = _render_module(ctx, module, writer, ordered)
        tree[f"{package}/{'/'.join(module.dotted)}.py"] = text
        if module.decl.id in deferred and not _is_params(module.decl):
            classes = [ctx.symbols.type(d.id) for d in ordered if isinstance(d, ir.ObjectDecl)]
            completed.append((module.dotted, bool(writer.deferred), classes))
    completed.sort()

    for parts in sorted({m.package[:i] for m in modules.values() for i in range(len(m.package) + 1)}):
        exports = sorted((m.stem, name) for m in modules.values() if m.package == parts
                         for name in _public_names(ctx, m.decl))
        children = sorted({m.package[len(parts)] for m in modules.values()
                           if len(m.package) > len(parts) and m.package[:len(parts)] == parts})
        path = "/".join((package,) + parts + ("__init__.py",))
        tree[path] = ctx.renderer.render("package_init.py.j2", header=header, exports=exports, root=not parts,
                                         children=children, version=ctx.model.version,
                                         cycles=[] if parts else _completion_view(completed))
    tree[f"{package}/_models.py"] = ctx.renderer.render("_models.py.j2", header=header)
    tree[f"{package}/streaming.py"] = ctx.renderer.render("streaming.py.j2", header=header, package=package)
    tree[f"{package}/py.typed"] = ""
    tree["pyproject.toml"] = ctx.renderer.render(
        "pyproject.toml.j2", header=header, distribution=ctx.settings.option("distribution", "xsdk-events"),
        package=package, version=ctx.model.version, title=toml_text(ctx.model.title), license=ctx.model.license,
        repository=ctx.repository, python_minors=SUPPORTED_PYTHON_MINORS)
    tree["README.md"] = ctx.renderer.render("README.md.j2", header=header, package=package,
                                            distribution=ctx.settings.option("distribution", "xsdk-events"),
                                            source=ctx.model.source)
    return tree


def _deferred_imports(ctx: TargetContext, modules: dict[str, Module],
                      refs: dict[str, list[str]]) -> dict[str, set[str]]:
    """Per component, the components its module imports only under `if TYPE_CHECKING:`: those of its own
    import cycle (strongly connected component) that only its classes' fields refer to. What a module
    needs while loading (a union's members, an alias's target; every field of a request's TypedDict) is
    imported at the top; within one cycle those imports must not themselves go round, or no module could
    finish loading first: that is refused with the declarations that close the loop."""
    model = ctx.model
    eager: dict[str, dict[str, ir.Decl]] = {}  # component -> {component it needs while loading: by whom}
    soft: dict[str, set[str]] = {}
    for component, module in modules.items():
        eager[component], soft[component] = {}, set()
        params = _is_params(module.decl)
        for decl in (module.decl, *model.inline_of(component)):
            for target in refs[decl.id]:
                if target == component or target not in modules:
                    continue
                if isinstance(decl, ir.ObjectDecl) and not params:
                    soft[component].add(target)
                else:
                    eager[component].setdefault(target, decl)
    graph = {c: sorted(set(eager[c]) | soft[c]) for c in sorted(modules)}
    out: dict[str, set[str]] = {}
    for cycle in _strongly_connected(graph):
        if len(cycle) < 2:
            continue
        members = set(cycle)
        loading = {c: sorted(t for t in eager[c] if t in members) for c in sorted(cycle)}
        loop = next(iter(c for c in _strongly_connected(loading) if len(c) > 1), None)
        if loop is not None:
            first, *rest = sorted(loop)
            names = ", ".join(ctx.symbols.type(c) for c in sorted(loop))
            by = eager[first][next(t for t in loading[first] if t in loop)]
            raise SchemaError(
                f"python: {names} refer to each other through unions or aliases only, which Python evaluates "
                "as their modules load: no module of the cycle could load first", by.origin,
                "let the cycle pass through an object property (a model field): Python resolves those once "
                "every module is loaded", also=model.get(rest[0]).origin)
        for c in cycle:
            out[c] = {t for t in soft[c] if t in members and t not in eager[c]}
    return out


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components (iteratively: a long chain must not hit the recursion
    limit), each sorted; deterministic for a graph whose keys and edge lists are sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = graph.get(node, [])
            if edge > 0:
                low[node] = min(low[node], low[targets[edge - 1]])
            while edge < len(targets) and targets[edge] in index:
                if targets[edge] in on_stack:
                    low[node] = min(low[node], index[targets[edge]])
                edge += 1
            if edge < len(targets):
                work.append((node, edge + 1))
                work.append((targets[edge], 0))
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                out.append(sorted(component))
    return out


def _completion_view(completed: list[tuple[tuple[str, ...], bool, list[str]]]) -> list[SimpleNamespace]:
    """What the root `__init__` imports from the modules of import cycles, by name and numbered (a
    sub-package re-exports a class under its name, which can be its module's name too: `error`)."""
    return [SimpleNamespace(module=".".join(dotted), n=n, deferred=deferring, classes=classes)
            for n, (dotted, deferring, classes) in enumerate(completed, 1)]


def _is_params(decl: ir.Decl) -> bool:
    """A request's parameters: a `TypedDict` family, whose annotations are evaluated as the module loads."""
    return isinstance(decl, ir.ObjectDecl) and decl.stream_flag is not None


def _shadows_object(ctx: TargetContext, component: ir.Decl, with_object: set[str]) -> bool:
    """Whether a class of the component's module has a field named `object` (`with_object`: the ids of
    the objects that have one)."""
    if not with_object:
        return False
    return component.id in with_object or any(d.id in with_object for d in ctx.model.inline_of(component.id))


def _public_names(ctx: TargetContext, decl: ir.Decl) -> list[str]:
    """What a sub-package re-exports from a module: its type, and a union's catch-all for unknown members."""
    name = ctx.symbols.type(decl.id)
    return [name, f"{name}Unknown"] if isinstance(decl, ir.UnionDecl) else [name]


def _render_module(ctx: TargetContext, module: Module, writer: TypeWriter, ordered: list[ir.Decl]) -> str:
    decl = module.decl
    name = ctx.symbols.type(decl.id)
    if isinstance(decl, ir.ObjectDecl) and decl.stream_flag:
        return _render_params(ctx, module, writer, decl, name)
    base = "." * len(module.package) + "._models" if module.package else "._models"
    writer.pending = {d.id for d in ordered}
    blocks = []
    for d in ordered:
        blocks.append(_block(ctx, writer, d, base))
        writer.pending.discard(d.id)
    exports = [name] + [b.name for b in blocks if b.name != name]
    exports += [b.unknown for b in blocks if b.kind == "union"]
    type_checking = writer.type_checking.lines()
    if type_checking:
        module.imports.typing("TYPE_CHECKING")
    return ctx.renderer.render(TEMPLATES["module"], header=ctx.header, imports=module.imports.lines(),
                               blocks=blocks, exports=exports, type_checking=type_checking,
                               deferred_names=writer.type_checking.names() if type_checking else [])


def _in_dependency_order(ctx: TargetContext, component: ir.Decl, refs: dict[str, list[str]]) -> list[ir.Decl]:
    """The component and the inline declarations Python names, each after those it refers to
    (type aliases are evaluated when the module is imported)."""
    local = [component] + [d for d in ctx.model.inline_of(component.id) if d.id in ctx.symbols.types]
    ids = {d.id for d in local}
    out: list[ir.Decl] = []
    done: set[str] = set()

    def visit(decl: ir.Decl) -> None:
        if decl.id in done:
            return
        done.add(decl.id)
        for used in refs[decl.id]:
            if used in ids:
                visit(ctx.model.get(used))
        out.append(decl)

    for decl in local:
        visit(decl)
    return out


def _block(ctx: TargetContext, writer: TypeWriter, decl: ir.Decl, base: str) -> SimpleNamespace:
    """What one declaration of a module needs to be laid out: a class, a union or a type alias."""
    imports = writer.imports
    if isinstance(decl, ir.ObjectDecl):
        imports.add(base, "BaseModel")
        return _class_view(ctx, writer, decl)
    name = ctx.symbols.type(decl.id)
    doc = docstring(decl.description)
    if isinstance(decl, ir.UnionDecl):
        imports.typing("Union", "Annotated", "TypeAlias")
        imports.add("pydantic", "Tag")
        imports.add("pydantic", "Discriminator")
        imports.add(base, "BaseModel")
        imports.add(base, "tag_or_unknown")
        members = [(_py_str(m.value), writer.expr(ir.Ref(m.target))) for m in decl.members]
        # the unknown member's field for the discriminator: named as the members name it, alias = wire name
        tag_field = ctx.symbols.profile.field_name(decl.discriminator)
        tag_default = ""
        if tag_field != decl.discriminator:
            imports.add("pydantic", "Field", alias="FieldInfo")
            tag_default = f" = FieldInfo(alias={_py_str(decl.discriminator)})"
        return SimpleNamespace(kind="union", name=name, doc=doc, members=members,
                               discriminator=_py_str(decl.discriminator),
                               discriminator_doc=docstring(decl.discriminator), tag_field=tag_field,
                               tag_default=tag_default, unknown=f"{name}Unknown")
    imports.typing("TypeAlias")
    if isinstance(decl, ir.EnumDecl):
        imports.typing("Literal")
        target = f"Literal[{', '.join(_py_str(v) for v in decl.values)}]"
    elif isinstance(decl, ir.AnyOfDecl):
        imports.typing("Union")
        target = f"Union[{', '.join(writer.expr(a) for a in decl.alternatives)}]"
    else:
        assert isinstance(decl, ir.AliasDecl)
        target = _limited(writer, writer.expr(decl.target), decl.target, decl.constraints)
        target = writer.optional(target) if decl.nullable else target
    return SimpleNamespace(kind="alias", name=name, doc=doc, target=target, unknown="")


def _class_view(ctx: TargetContext, writer: TypeWriter, decl: ir.ObjectDecl) -> SimpleNamespace:
    """OpenAI's SDK types every optional or nullable field `Optional[X] = None`. The class lists the wire
    names where the schema is stricter: `__wire_required__` (required but nullable: must be present) and
    `__wire_not_null__` (optional but not nullable: may be absent, not null), and decoding enforces them."""
    fields = []
    wire_required: list[str] = []
    wire_not_null: list[str] = []
    names = ctx.symbols.fields
    decl_id = decl.id
    expr, optional = writer.expr, writer.optional
    for f in decl.fields:
        wire = f.wire_name
        name = names[(decl_id, wire)]
        annotation = expr(f.type)
        if f.constraints != NO_LIMITS:
            annotation = _limited(writer, annotation, f.type, f.constraints)
        default: str | None = None
        if f.nullable or not f.required:
            annotation = optional(annotation)
            default = "None"
            if f.required:  # and nullable
                wire_required.append(_py_str(wire))
            elif not f.nullable:
                wire_not_null.append(_py_str(wire))
        if name != wire:
            writer.imports.add("pydantic", "Field", alias="FieldInfo")
            args = [f"alias={_py_str(wire)}"] + ([f"default={default}"] if default else [])
            default = f"FieldInfo({', '.join(args)})"
        fields.append(SimpleNamespace(name=name, annotation=annotation, default=default,
                                      doc=docstring(f.description) if f.description else None))
    if decl.closed:  # `additionalProperties: false`: an unknown field is an error, not kept
        writer.imports.add("pydantic", "ConfigDict")
    return SimpleNamespace(kind="class", name=ctx.symbols.type(decl.id), doc=docstring(decl.description),
                           fields=fields, wire_required=wire_required, wire_not_null=wire_not_null,
                           closed=decl.closed, unknown="")


def _render_params(ctx: TargetContext, module: Module, writer: TypeWriter, decl: ir.ObjectDecl, name: str) -> str:
    """A request: `<Name>Base` TypedDict plus streaming / non-streaming variants and their union."""
    module.imports.typing("TypedDict", "Required", "Union", "Literal")
    module.imports.add("pydantic", "ConfigDict")
    module.imports.add("pydantic", "with_config")
    fields = []
    flag = None
    for f in decl.fields:
        if not is_identifier(f.wire_name) or f.wire_name in ("class", "from", "import", "def"):
            raise SchemaError(f"request parameter {f.wire_name!r} is not a Python identifier", f.origin,
                              "rename the parameter; TypedDict keys must be identifiers")
        annotation = _constrained(writer, writer.expr(f.type), f)
        if f.nullable:
            annotation = writer.optional(annotation)
        if f.required:
            annotation = f"Required[{annotation}]"
        view = SimpleNamespace(name=f.wire_name, annotation=annotation, doc=docstring(f.description))
        if f.wire_name == decl.stream_flag:
            off = writer.optional("Literal[False]") if f.nullable else "Literal[False]"
            view.off = off if not f.required else f"Required[{off}]"
            view.on = "Required[Literal[True]]"
            flag = view
        else:
            fields.append(view)
    assert flag is not None
    return ctx.renderer.render(TEMPLATES["params"], header=ctx.header, name=name, imports=module.imports.lines(),
                               description=docstring(decl.description), fields=fields, flag=flag)


def _constrained(writer: TypeWriter, annotation: str, f: ir.Field) -> str:
    return _limited(writer, annotation, f.type, f.constraints)


def _limited(writer: TypeWriter, annotation: str, type_: ir.TypeExpr, c: ir.Constraints) -> str:
    """The schema's bounds, checked by pydantic: `Annotated[int, FieldInfo(ge=1, le=10)]`; a string's
    `pattern` in the RE2 spelling pydantic's (Rust) regex engine matches as ECMA-262 does; a map's size,
    and its keys' rules on the key type: `Dict[Annotated[str, FieldInfo(max_length=64)], V]`."""
    if c == NO_LIMITS:  # most fields: nothing to check
        return annotation
    limits: dict[str, float | str | None] = {"ge": c.minimum, "le": c.maximum}
    if isinstance(type_, ir.ArrayOf):
        limits.update(min_length=c.min_items, max_length=c.max_items)
    elif isinstance(type_, ir.MapOf):
        limits.update(min_length=c.min_properties, max_length=c.max_properties)
        if c.property_names is not None:
            writer.imports.typing("Dict")
            key = _limited(writer, "str", ir.Primitive("string"), c.property_names)
            annotation = f"Dict[{key}, {writer.expr(type_.values)}]"
    else:
        limits.update(min_length=c.min_length, max_length=c.max_length)
        limits.update(pattern=translate(c.pattern).re2 if c.pattern is not None else None)
    args = [f"{key}={_py_str(value) if isinstance(value, str) else _number(value)}"
            for key, value in limits.items() if value is not None]
    if not args:
        return annotation
    writer.imports.typing("Annotated")
    writer.imports.add("pydantic", "Field", alias="FieldInfo")
    return f"Annotated[{annotation}, FieldInfo({', '.join(args)})]"


NO_LIMITS = ir.Constraints()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _py_str(value: str) -> str:
    return py_string(value)
