"""Python target: Pydantic v2 models named and laid out like OpenAI's Python SDK.

One module per component (snake_case of its class name) in the sub-package of its schema area;
inline objects are classes of the same module, property enums are inline `Literal[...]`s, unions
are `Annotated[Union[...], Discriminator]` aliases that keep unknown members, request parameters
with a stream flag are `TypedDict` families.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import ir
from ..errors import SchemaError
from ..naming.casing import is_identifier
from ..write import Tree
from . import TargetContext
from .python_types import Imports, TypeWriter, docstring

TEMPLATES = {"object": "model.py.j2", "union": "union.py.j2", "enum": "enum.py.j2", "alias": "alias.py.j2",
             "params": "params.py.j2"}


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


def render(ctx: TargetContext) -> Tree:
    package = ctx.settings.option("package", "xsdk_events")
    areas: dict[str, str] = ctx.settings.option("areas", {})
    modules: dict[str, Module] = {}
    for decl in ctx.model.components():
        if decl.area not in areas:
            raise SchemaError(f"no Python package for schema area {decl.area!r}", decl.origin,
                              f"add `{decl.area} = \"types.{decl.area}\"` to [tool.xsdk.python] areas")
        modules[decl.id] = Module(decl, tuple(areas[decl.area].split(".")), ctx.symbols.files[decl.id])

    tree: Tree = {}
    header = ctx.header
    for module in modules.values():
        writer = TypeWriter(ctx.model, ctx.symbols, module.imports, modules_of={k: m.dotted for k, m in modules.items()},
                            here=module.dotted)
        text = _render_module(ctx, module, writer)
        tree[f"{package}/{'/'.join(module.dotted)}.py"] = text

    for parts in sorted({m.package[:i] for m in modules.values() for i in range(len(m.package) + 1)}):
        exports = sorted((m.stem, ctx.symbols.type(m.decl.id)) for m in modules.values() if m.package == parts)
        children = sorted({m.package[len(parts)] for m in modules.values()
                           if len(m.package) > len(parts) and m.package[:len(parts)] == parts})
        path = "/".join((package,) + parts + ("__init__.py",))
        tree[path] = ctx.renderer.render("package_init.py.j2", header=header, exports=exports, root=not parts,
                                         children=children, version=ctx.model.version)
    tree[f"{package}/_models.py"] = ctx.renderer.render("_models.py.j2", header=header)
    tree[f"{package}/py.typed"] = ""
    tree["pyproject.toml"] = ctx.renderer.render(
        "pyproject.toml.j2", header=header, distribution=ctx.settings.option("distribution", "xsdk-events"),
        package=package, version=ctx.model.version, title=ctx.model.title)
    tree["README.md"] = ctx.renderer.render("README.md.j2", header=header, package=package,
                                            distribution=ctx.settings.option("distribution", "xsdk-events"),
                                            source=ctx.model.source)
    return tree


def _render_module(ctx: TargetContext, module: Module, writer: TypeWriter) -> str:
    decl = module.decl
    name = ctx.symbols.type(decl.id)
    base = "." * len(module.package) + "._models" if module.package else "._models"
    common = dict(header=ctx.header, name=name, description=docstring(decl.description), imports=module.imports)
    if isinstance(decl, ir.UnionDecl):
        module.imports.typing("Union", "Annotated", "TypeAlias")
        module.imports.add("pydantic", "Tag")
        module.imports.add("pydantic", "Discriminator")
        module.imports.add(base, "BaseModel")
        module.imports.add(base, "tag_or_unknown")
        members = [(m.value, writer.expr(ir.Ref(m.target))) for m in decl.members]
        return ctx.renderer.render(TEMPLATES["union"], **common, members=members,
                                   discriminator=decl.discriminator, unknown=f"{name}Unknown")
    if isinstance(decl, ir.EnumDecl):
        module.imports.typing("Literal", "TypeAlias")
        return ctx.renderer.render(TEMPLATES["enum"], **common, values=[_py_str(v) for v in decl.values])
    if isinstance(decl, ir.AliasDecl):
        module.imports.typing("TypeAlias")
        target = writer.expr(decl.target)
        return ctx.renderer.render(TEMPLATES["alias"], **common,
                                   target=writer.optional(target) if decl.nullable else target)
    assert isinstance(decl, ir.ObjectDecl)
    if decl.stream_flag:
        return _render_params(ctx, module, writer, decl, name)
    module.imports.add(base, "BaseModel")
    classes = [_class_view(ctx, writer, d) for d in _inline_objects(ctx.model, decl)]
    classes.append(_class_view(ctx, writer, decl))
    exports = [name] + [c["name"] for c in classes[:-1]]
    return ctx.renderer.render(TEMPLATES["object"], **common, classes=classes, exports=exports)


def _inline_objects(model: ir.Model, decl: ir.ObjectDecl) -> list[ir.ObjectDecl]:
    """Inline object declarations of a component, each after the ones it uses (children first)."""
    out: list[ir.ObjectDecl] = []

    def visit(parent: ir.ObjectDecl) -> None:
        for child in model.inline_of(decl.id):
            if isinstance(child, ir.ObjectDecl) and child.path[:-1] == parent.path:
                visit(child)
                out.append(child)

    visit(decl)
    return out


def _class_view(ctx: TargetContext, writer: TypeWriter, decl: ir.ObjectDecl) -> dict[str, object]:
    fields = []
    for f in decl.fields:
        name = ctx.symbols.field(decl.id, f.wire_name)
        annotation = writer.expr(f.type)
        if f.nullable or not f.required:
            annotation = writer.optional(annotation)
        default = None if f.required else "None"
        if name != f.wire_name:
            writer.imports.add("pydantic", "Field", alias="FieldInfo")
            args = [f"alias={_py_str(f.wire_name)}"] + ([f"default={default}"] if default else [])
            default = f"FieldInfo({', '.join(args)})"
        fields.append({"name": name, "annotation": annotation, "default": default,
                       "doc": docstring(f.description)})
    return {"name": ctx.symbols.type(decl.id), "doc": docstring(decl.description), "fields": fields}


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
        annotation = writer.expr(f.type)
        if f.nullable:
            annotation = writer.optional(annotation)
        if f.required:
            annotation = f"Required[{annotation}]"
        view = {"name": f.wire_name, "annotation": annotation, "doc": docstring(f.description)}
        if f.wire_name == decl.stream_flag:
            off = writer.optional("Literal[False]") if f.nullable else "Literal[False]"
            flag = {**view, "off": off if not f.required else f"Required[{off}]", "on": "Required[Literal[True]]"}
        else:
            fields.append(view)
    assert flag is not None
    return ctx.renderer.render(TEMPLATES["params"], header=ctx.header, name=name, imports=module.imports,
                               description=docstring(decl.description), fields=fields, flag=flag)


def _py_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
