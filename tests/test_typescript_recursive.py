"""TypeScript bindings for recursive types: self-reference, mutual recursion across components and files
(ES module import cycles), through arrays, maps, nullable aliases, discriminated and untagged unions;
generated into a temporary project, built with `tsc --strict`, loaded by node from every module first,
type-checked in consumer programs and driven on the wire (generator/roundtrip/PROTOCOL.md). The real
`CompoundFilter` of the project schema is driven in test_typescript_roundtrip.py."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.errors import Origin
from generator.roundtrip.typescript import TypeScriptDriver, Workspace, build_workspace, registry
from generator.targets.typescript_types import Cycles, cycle_through, strongly_connected

from test_typescript_unions import Project, generate

SCHEMAS = """
Node:
  description: "A tree: itself through an array, a nullable field, an inline object and a map."
  type: object
  required: [name]
  properties:
    name: {type: string}
    children:
      type: array
      items: {$ref: "#/components/schemas/Node"}
    parent:
      anyOf: [{$ref: "#/components/schemas/Node"}, {type: "null"}]
    meta:
      type: object
      properties:
        origin: {$ref: "#/components/schemas/Node"}
        index:
          type: object
          additionalProperties: {$ref: "#/components/schemas/Node"}
Expr:
  oneOf:
    - $ref: "#/components/schemas/Literal"
    - $ref: "#/components/schemas/Binary"
    - $ref: "#/components/schemas/Call"
    - $ref: "#/components/schemas/Let"
  discriminator: {propertyName: kind}
Literal:
  type: object
  required: [kind, value]
  properties:
    kind: {type: string, const: literal}
    value: {$ref: "#/components/schemas/Json"}
Binary:
  type: object
  required: [kind, op, left, right]
  properties:
    kind: {type: string, const: binary}
    op: {type: string, enum: [add, mul]}
    left: {$ref: "#/components/schemas/Expr"}
    right: {$ref: "#/components/schemas/Expr"}
Call:
  type: object
  required: [kind, callee, args]
  properties:
    kind: {type: string, const: call}
    callee: {type: string}
    args:
      type: array
      items: {$ref: "#/components/schemas/Expr"}
    named:
      type: object
      additionalProperties: {$ref: "#/components/schemas/Expr"}
Let:
  type: object
  required: [kind, scope, body]
  properties:
    kind: {type: string, const: let}
    scope: {$ref: "#/components/schemas/Scope"}
    body: {$ref: "#/components/schemas/Expr"}
Scope:
  type: object
  additionalProperties: {$ref: "#/components/schemas/Expr"}
Json:
  anyOf:
    - {type: string}
    - {type: number}
    - {type: boolean}
    - type: array
      items: {$ref: "#/components/schemas/Json"}
    - type: object
      additionalProperties: {$ref: "#/components/schemas/Json"}
Chain:
  anyOf: [{$ref: "#/components/schemas/Link"}, {type: "null"}]
Link:
  type: object
  required: [value]
  properties:
    value: {type: integer}
    next: {$ref: "#/components/schemas/Chain"}
Nested:
  type: array
  items: {$ref: "#/components/schemas/Nested"}
Leaf:
  type: object
  properties:
    label: {type: string}
"""

LEAF_JSON = {"a": [1, "two", True, {"b": []}], "c": {}}


def literal(value: Any) -> dict[str, Any]:
    return {"kind": "literal", "value": value}


def binary(op: str, left: Any, right: Any) -> dict[str, Any]:
    return {"kind": "binary", "op": op, "left": left, "right": right}


EXPR: dict[str, Any] = binary("add", literal(1), {
    "kind": "let",
    "scope": {"x": literal("s"), "f": {"kind": "call", "callee": "g", "args": [literal(LEAF_JSON)]}},
    "body": {"kind": "call", "callee": "h", "args": [binary("mul", literal(2.5), literal([])), literal(False)],
             "named": {"y": binary("add", literal(0), literal({"k": "v"}))}},
})
NODE: dict[str, Any] = {
    "name": "root", "parent": None,
    "children": [{"name": "a", "children": [{"name": "a1", "children": []}], "parent": {"name": "root"}},
                 {"name": "b", "meta": {"origin": {"name": "root"},
                                        "index": {"k": {"name": "k", "meta": {"index": {}}}}}}],
}


def deep(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = literal(0)
    for i in range(depth):
        value = binary("add", literal(i), value)
    return value


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return generate(tmp_path_factory.mktemp("recursive"), SCHEMAS)


@pytest.fixture(scope="module")
def workspace(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    built = build_workspace(project.tree, tmp_path_factory.mktemp("recursive-typescript"))
    assert built.build.returncode == 0, built.build.stdout + built.build.stderr
    return built


@pytest.fixture(scope="module")
def driver(project: Project, workspace: Workspace) -> Iterator[TypeScriptDriver]:
    running = TypeScriptDriver(workspace, registry(project.model, project.symbols))
    yield running
    running.close()


# --- what is written ---

def test_lowering_shapes_this_module_relies_on(project: Project) -> None:
    model = project.model
    assert isinstance(model.get("Expr"), ir.UnionDecl)
    assert isinstance(model.get("Json"), ir.AnyOfDecl)
    assert model.get("Json").alternatives[3:] == (ir.ArrayOf(ir.Ref("Json")), ir.MapOf(ir.Ref("Json")))  # type: ignore[union-attr]
    scope, nested, chain = model.get("Scope"), model.get("Nested"), model.get("Chain")
    assert isinstance(scope, ir.AliasDecl) and scope.target == ir.MapOf(ir.Ref("Expr"))
    assert isinstance(nested, ir.AliasDecl) and nested.target == ir.ArrayOf(ir.Ref("Nested"))
    assert isinstance(chain, ir.AliasDecl) and chain.nullable and chain.target == ir.Ref("Link")
    assert isinstance(model.get("Node.meta"), ir.ObjectDecl)


def test_recursive_types_are_plain_recursive_types(project: Project) -> None:
    tree = project.tree
    assert "  children?: Array<Node> | undefined;\n" in tree["src/models/node.ts"]
    assert "  parent?: Node | null | undefined;\n" in tree["src/models/node.ts"]
    assert "  origin?: Node | undefined;\n" in tree["src/models/node.ts"]
    assert "  left: Expr;\n" in tree["src/models/binary.ts"]
    assert "  left: Expr$Outbound;\n" in tree["src/models/binary.ts"]
    assert "  named?: { [k: string]: Expr } | undefined;\n" in tree["src/models/call.ts"]
    assert "export type Scope = { [k: string]: Expr };\n" in tree["src/models/scope.ts"]
    assert "export type Nested = Array<Nested>;\n" in tree["src/models/nested.ts"]
    assert "export type Chain = Link | null;\n" in tree["src/models/chain.ts"]
    assert "export type Json =\n  | string\n  | number\n  | boolean\n  | Array<Json>\n  | { [k: string]: Json };\n" \
        in tree["src/models/json.ts"]


def test_references_within_a_cycle_are_lazy_and_only_those(project: Project) -> None:
    tree = project.tree
    binary_ts, expr_ts, node_ts = tree["src/models/binary.ts"], tree["src/models/expr.ts"], tree["src/models/node.ts"]
    assert '    left: ["left", z.lazy(() => Expr$inboundSchema)],\n' in binary_ts
    assert '    right: ["right", z.lazy(() => Expr$outboundSchema)],\n' in binary_ts
    assert '    op: ["op", BinaryOp$inboundSchema],\n' in binary_ts  # an enum of its own: not on the cycle
    assert '    binary: z.lazy(() => Binary$inboundSchema),\n' in expr_ts
    assert '    call: z.lazy(() => Call$outboundSchema),\n' in expr_ts
    assert '    named: ["named", recordSchema(z.lazy(() => Expr$inboundSchema)).optional()],\n' \
        in tree["src/models/call.ts"]
    assert "z.lazy(() => Json$inboundSchema)" in tree["src/models/json.ts"]
    # Json is no cycle of Literal
    assert '    value: ["value", z.lazy(() => Json$inboundSchema)],\n' not in tree["src/models/literal.ts"]
    assert '    value: ["value", Json$inboundSchema],\n' in tree["src/models/literal.ts"]
    assert '    children: ["children", z.array(z.lazy(() => Node$inboundSchema)).optional()],\n' in node_ts
    assert '    parent: ["parent", z.lazy(() => Node$inboundSchema).nullable().optional()],\n' in node_ts
    assert '    meta: ["meta", z.lazy(() => NodeMeta$inboundSchema).optional()],\n' in node_ts  # same file, same cycle
    assert "= z.lazy(() => Link$inboundSchema).nullable();" in tree["src/models/chain.ts"]
    assert "= z.array(z.lazy(() => Nested$inboundSchema));" in tree["src/models/nested.ts"]
    assert "z.lazy" not in tree["src/models/leaf.ts"] and "z.lazy" not in tree["src/models/binary.ts"].split(
        "export const Binary$inboundSchema")[0]
    # the files of the expression language import each other: an ES module import cycle
    assert 'from "./expr.js";' in binary_ts and 'from "./binary.js";' in expr_ts


def test_every_eager_schema_const_is_defined_before_it_is_used(project: Project) -> None:
    """Outside `z.lazy(() => …)`, a schema built from another one of the same file must come after it."""
    for path, text in project.tree.items():
        if not path.startswith("src/models/") or path.endswith("index.ts"):
            continue
        eager = re.sub(r"z\.lazy\(\(\) => [\w$]+\)", "z.lazy(…)", text)
        seen: set[str] = set()
        local = set(re.findall(r"^export const (\w+\$(?:in|out)boundSchema)", eager, re.M))
        for block in re.split(r"^(?=export )", eager, flags=re.M):
            declared = re.match(r"export const (\w+\$(?:in|out)boundSchema)", block)
            if declared:
                used = set(re.findall(r"\b(\w+\$(?:in|out)boundSchema)\b", block)) & local - {declared.group(1)}
                assert used <= seen, (path, declared.group(1), used - seen)
                seen.add(declared.group(1))


def test_output_is_deterministic(project: Project) -> None:
    assert generate(project.config.schema.parent.parent, SCHEMAS).tree == project.tree


# --- laziness rules on hand-made models (shapes lowering does not produce today) ---

ORIGIN = Origin("t.yaml", 1, "/")


def _object(decl_id: str, *targets: str) -> ir.ObjectDecl:
    fields = tuple(ir.Field(f"f{i}", ir.Ref(t), False, False, None, ORIGIN) for i, t in enumerate(targets))
    return ir.ObjectDecl(decl_id, tuple(decl_id.split(".")), "a", ORIGIN, None, fields=fields)


def test_files_on_an_import_cycle_refer_to_each_other_lazily_even_off_a_type_cycle() -> None:
    # a.ts holds A and A.x; b.ts holds B. A.x -> B -> A.y: the files import each other, but no type
    # contains itself. Whichever file node evaluates first, the other one's consts are not there yet.
    model = ir.Model("t", "1", "t.yaml", (_object("A", "A.x", "A.y"), _object("A.x", "B"), _object("A.y"),
                                          _object("B", "A.y"), _object("C", "A")))
    cycles = Cycles.of(model, {"A": "a", "B": "b", "C": "c"})
    assert cycles.lazy("A.x", "B") and cycles.lazy("B", "A.y")
    assert not cycles.lazy("A", "A.x") and not cycles.lazy("A", "A.y")  # same file, no cycle: in order
    assert not cycles.lazy("C", "A")  # c.ts is on no cycle: a.ts is evaluated before it


def test_strongly_connected_components_and_a_shortest_cycle() -> None:
    edges = {"a": ["b"], "b": ["c", "a"], "c": ["c"], "d": ["a"], "e": []}
    component = strongly_connected(sorted(edges), lambda n: edges[n])
    assert component["a"] == component["b"] != component["c"]
    assert len({component["c"], component["d"], component["e"], component["a"]}) == 4
    assert cycle_through("a", lambda n: edges[n], {"a", "b"}) == ["a", "b", "a"]
    assert cycle_through("c", lambda n: edges[n], {"c"}) == ["c", "c"]


# --- tsc and node ---

@pytest.mark.slow
def test_every_module_can_be_loaded_first(project: Project, workspace: Workspace) -> None:
    """ES modules on an import cycle run in the order they are reached: whichever model file node loads
    first, no schema const is read before it is initialised, and decoding works."""
    script = workspace.root / "load_first.mjs"
    script.write_text(
        "const [module, requests] = process.argv.slice(2);\n"
        "await import(module); // first: this module's imports are evaluated before it, cycles aside\n"
        "const models = await import('@xsdk/events/models');\n"
        "const out = [];\n"
        "for (const [fn, value] of JSON.parse(requests)) {\n"
        "  const result = models[fn + 'FromJSON'](JSON.stringify(value));\n"
        "  if (!result.ok) { throw result.error; }\n"
        "  out.push(JSON.parse(models[fn + 'ToJSON'](result.value)));\n"
        "}\n"
        "process.stdout.write(JSON.stringify(out));\n",
        encoding="utf-8")
    requests = [["expr", EXPR], ["node", NODE], ["chain", {"value": 1, "next": None}], ["json", LEAF_JSON]]
    modules = sorted(p for p in (workspace.package / "dist" / "models").glob("*.js") if p.name != "index.js")
    assert len(modules) == len(project.model.components()) == 12
    failures = []
    for module in modules:
        run = subprocess.run(["node", str(script), str(module), json.dumps(requests)], cwd=workspace.root,
                             capture_output=True, text=True, timeout=60)
        if run.returncode != 0 or json.loads(run.stdout) != [value for _, value in requests]:
            failures.append((module.name, run.stdout[-300:], run.stderr[-1500:]))
    assert not failures, failures


USAGE = """\
import {
  exprFromJSON,
  exprToJSON,
  isExprUnknown,
  type Binary,
  type Chain,
  type Expr,
  type Json,
  type Nested,
  type Node,
  type Scope,
} from "@xsdk/events/models";

export const tree: Node = {
  name: "root",
  parent: null,
  children: [{ name: "a", children: [{ name: "a1" }], parent: { name: "root" } }],
  meta: { origin: { name: "root" }, index: { k: { name: "k", meta: {} } } },
};
export const json: Json = { a: [1, "two", true, { b: [] }], c: {} };
export const nested: Nested = [[], [[[]]]];
export const chain: Chain = { value: 1, next: { value: 2, next: null } };
export const scope: Scope = { x: { kind: "literal", value: json } };
export const sum: Binary = {
  kind: "binary",
  op: "add",
  left: { kind: "literal", value: 1 },
  right: { kind: "let", scope, body: { kind: "call", callee: "f", args: [], named: { y: { kind: "literal", value: "v" } } } },
};

export function depth(e: Expr): number {
  if (isExprUnknown(e)) {
    return 0;
  }
  switch (e.kind) {
    case "binary":
      return 1 + Math.max(depth(e.left), depth(e.right));
    case "call":
      return 1 + Math.max(0, ...e.args.map(depth), ...Object.values(e.named ?? {}).map(depth));
    case "let":
      return 1 + Math.max(depth(e.body), ...Object.values(e.scope).map(depth));
    case "literal":
      return 1;
  }
}

export function roundTrip(line: string): string {
  const result = exprFromJSON(line);
  return result.ok ? exprToJSON(result.value) + depth(result.value) : result.error.path;
}
"""

NEGATIVE = {
    # a nested child that is not a Node
    "child.ts": 'import type { Node } from "@xsdk/events/models";\n'
                'export const n: Node = { name: "r", children: [{ name: 1 }] };\n',
    # deep inside the expression, a literal without its value
    "deep.ts": 'import type { Expr } from "@xsdk/events/models";\n'
               'export const e: Expr = { kind: "binary", op: "add", left: { kind: "literal", value: 1 },\n'
               '  right: { kind: "call", callee: "f", args: [{ kind: "literal" }] } };\n',
    # Json has no undefined, nor functions, anywhere down
    "json.ts": 'import type { Json } from "@xsdk/events/models";\nexport const j: Json = { a: [() => 1] };\n',
    # a Nested is arrays all the way down
    "nested.ts": 'import type { Nested } from "@xsdk/events/models";\nexport const n: Nested = [[1]];\n',
    # wire names are for the outbound type only, at every depth
    "wire.ts": 'import type { Chain } from "@xsdk/events/models";\n'
               'export const c: Chain = { value: 1, next: { value: 2, next_link: null } };\n',
}


@pytest.mark.slow
def test_consumer_programs_compile_and_wrong_ones_do_not(workspace: Workspace) -> None:
    good = workspace.typecheck("recursive-good", {"usage.ts": USAGE}, {"exactOptionalPropertyTypes": True})
    assert good.returncode == 0, good.stdout + good.stderr
    bad = workspace.typecheck("recursive-bad", NEGATIVE)
    failing = set(re.findall(r"^(\w+\.ts)\(\d+,\d+\): error TS\d+", bad.stdout, re.M))
    assert failing == set(NEGATIVE), bad.stdout


# --- on the wire ---

def accepted(reply: dict[str, Any], decoded: str | None = None) -> dict[str, Any]:
    assert reply["ok"], reply
    if decoded is not None:
        assert reply["decoded"] == decoded, reply
    return reply


def rejected(reply: dict[str, Any], path: str) -> dict[str, Any]:
    assert not reply["ok"], reply
    assert reply["path"] == path, reply
    return reply


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, decoded", [
    ("Expr", EXPR, "Binary"),
    ("Expr", deep(200), "Binary"),
    ("Let", EXPR["right"], "Let"),
    ("Scope", EXPR["right"]["scope"], "Scope"),
    ("Node", NODE, "Node"),
    ("Json", LEAF_JSON, "Json"),
    ("Json", [[[[]]], {"a": {"b": {"c": [None is None]}}}], "Json"),
    ("Chain", {"value": 1, "next": {"value": 2, "next": {"value": 3, "next": None}}}, "Chain"),
    ("Chain", None, "Chain"),
    ("Nested", [[], [[[], []]]], "Nested"),
])
def test_recursive_values_round_trip(driver: TypeScriptDriver, schema: str, value: Any, decoded: str) -> None:
    assert accepted(driver(schema, value), decoded)["value"] == value


@pytest.mark.slow
def test_unknown_members_and_extra_fields_deep_inside_are_kept(driver: TypeScriptDriver) -> None:
    value = copy.deepcopy(EXPR)
    value["right"]["body"]["args"][0]["left"] = {"kind": "lambda", "params": ["x"], "body": literal(1)}
    value["right"]["scope"]["x"]["comment"] = "kept"
    value["right"]["body"]["named"]["y"]["right"]["value"]["extra"] = [1]
    node = copy.deepcopy(NODE)
    node["children"][1]["meta"]["index"]["k"]["color"] = "red"
    assert accepted(driver("Expr", value), "Binary")["value"] == value
    assert accepted(driver("Node", node), "Node")["value"] == node
    assert accepted(driver("Expr", {"kind": "lambda", "body": EXPR}), "unknown")["value"] == {"kind": "lambda",
                                                                                                "body": EXPR}


@pytest.mark.slow
@pytest.mark.parametrize("schema, change, path", [
    ("Expr", lambda v: v["right"]["body"]["args"][0].update(op="pow"), "$.right.body.args[0].op"),
    ("Expr", lambda v: v["right"]["body"]["named"]["y"]["left"].pop("value"), "$.right.body.named.y.left.value"),
    ("Expr", lambda v: v["right"]["scope"]["f"].update(args={}), "$.right.scope.f.args"),
    ("Expr", lambda v: v["right"]["body"]["args"].append({"kind": 3}), "$.right.body.args[2].kind"),
    ("Expr", lambda v: v["right"]["scope"]["f"]["args"][0].update(value={"a": [None]}),
     "$.right.scope.f.args[0].value"),  # no alternative of Json takes the object: the error is at it
    ("Node", lambda v: v["children"][0]["children"][0].update(name=7), "$.children[0].children[0].name"),
    ("Node", lambda v: v["children"][1]["meta"]["index"]["k"].pop("name"), "$.children[1].meta.index.k.name"),
    ("Node", lambda v: v["children"][0].update(parent={"name": "r", "parent": 3}), "$.children[0].parent.parent"),
])
def test_errors_deep_inside_name_their_path(driver: TypeScriptDriver, schema: str, change: Any, path: str) -> None:
    value = copy.deepcopy(EXPR if schema == "Expr" else NODE)
    change(value)
    rejected(driver(schema, value), path)


@pytest.mark.slow
def test_deep_error_message(driver: TypeScriptDriver) -> None:
    value = deep(30)
    value["right"]["right"]["left"]["value"] = None
    reply = rejected(driver("Expr", value), "$.right.right.left.value")
    assert reply["error"] == ("Expr: invalid value at $.right.right.left.value: expected one of: a string, a number, "
                              "a boolean, an array of Json values, an object of Json values, got null")
    reply = rejected(driver("Chain", {"value": 1, "next": {"value": 1.5}}), "$.next.value")
    assert "expected an integer" in reply["error"]
