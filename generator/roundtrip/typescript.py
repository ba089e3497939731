"""Build a rendered TypeScript package in a temporary directory, type-check programs against it, and
talk to the round-trip driver (driver.ts beside this file, protocol in PROTOCOL.md).

Nothing is written inside generated/typescript. The rendered tree is written to `<tmp>/pkg`, linked
as `<tmp>/node_modules/@xsdk/events` beside links to the repository's own `zod` and `@types`, and
built there (`dist/`) with the repository's pinned `tsc`; programs and the driver import it by its
package name, so its `exports` map is exercised as a consumer would.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .. import ir
from ..naming.symbols import Symbols
from ..targets.typescript_types import Names
from ..write import Tree

# The repository's pinned TypeScript and zod (package-lock.json, installed by `npm ci`): the checkout
# xsdk runs from, or XSDK_NODE_ROOT.
ROOT = Path(os.environ.get("XSDK_NODE_ROOT") or Path(__file__).resolve().parents[2])
NODE_MODULES = ROOT / "node_modules"
TSC = NODE_MODULES / "typescript" / "bin" / "tsc"
DRIVER_SOURCE = Path(__file__).resolve().parent / "driver.ts"
PACKAGE = "@xsdk/events"

# What a consumer of the package would compile with: strict, and ESM resolution through `exports`.
CONSUMER_OPTIONS: dict[str, Any] = {
    "strict": True, "target": "ES2022", "lib": ["ES2022"], "module": "NodeNext", "moduleResolution": "NodeNext",
    "skipLibCheck": True, "types": [],
}


class ToolingMissing(AssertionError):
    """Node or the repository's node_modules is not there; the message says how to fix it."""


def require_tooling() -> None:
    if shutil.which("node") is None:
        raise ToolingMissing("`node` is not on PATH: install Node.js 20 or later, then run `npm ci` in " + str(ROOT))
    needed = [TSC, NODE_MODULES / "zod" / "package.json", NODE_MODULES / "@types" / "node" / "package.json"]
    missing = [str(p.relative_to(ROOT)) for p in needed if not p.exists()]
    if missing:
        raise ToolingMissing(f"missing {', '.join(missing)}: run `npm ci` in {ROOT}")


def tsc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(TSC), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@dataclass
class Workspace:
    root: Path
    build: subprocess.CompletedProcess[str]  # `tsc -p pkg/tsconfig.json`: the package's own strict build

    @property
    def package(self) -> Path:
        return self.root / "pkg"

    def typecheck(self, name: str, sources: dict[str, str],
                  options: dict[str, Any] | None = None) -> subprocess.CompletedProcess[str]:
        """Type-check `sources` ({file name: text}) as one consumer program of the package, emitting nothing."""
        return self._program(name, sources, {**(options or {}), "noEmit": True})

    def compile(self, name: str, sources: dict[str, str],
                options: dict[str, Any] | None = None) -> subprocess.CompletedProcess[str]:
        """Compile `sources` as one consumer program of the package into `programs/<name>/out/` (run its
        `.js` files with node; they import the package by its name)."""
        return self._program(name, sources, {**(options or {}), "outDir": "out", "rootDir": "."})

    def program_dir(self, name: str) -> Path:
        return self.root / "programs" / name

    def _program(self, name: str, sources: dict[str, str], options: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        directory = self.program_dir(name)
        directory.mkdir(parents=True, exist_ok=True)
        for file, text in sources.items():
            (directory / file).write_text(text, encoding="utf-8")
        config = {"compilerOptions": {**CONSUMER_OPTIONS, **options}, "files": sorted(sources)}
        (directory / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        return tsc("-p", "tsconfig.json", cwd=directory)


def build_workspace(tree: Tree, root: Path) -> Workspace:
    """Write `tree` as a package under `root` and build it with its own tsconfig.json."""
    require_tooling()
    package = root / "pkg"
    for rel, text in tree.items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    modules = root / "node_modules"
    (modules / "@xsdk").mkdir(parents=True, exist_ok=True)
    os.symlink(NODE_MODULES / "zod", modules / "zod", target_is_directory=True)
    os.symlink(NODE_MODULES / "@types", modules / "@types", target_is_directory=True)
    os.symlink(package, modules / PACKAGE, target_is_directory=True)
    (root / "package.json").write_text(json.dumps({"private": True, "type": "module"}), encoding="utf-8")
    return Workspace(root, tsc("-p", "tsconfig.json", cwd=package))


_BUILT: dict[str, Workspace] = {}


def shared_workspace(tree: Tree, make_root: Callable[[], Path]) -> Workspace:
    """`build_workspace` once per distinct tree in this test session (both TypeScript test modules use it)."""
    key = hashlib.sha256(json.dumps(sorted(tree.items())).encode()).hexdigest()
    if key not in _BUILT:
        _BUILT[key] = build_workspace(tree, make_root())
    return _BUILT[key]


def registry(model: ir.Model, symbols: Symbols) -> dict[str, dict[str, Any]]:
    """Component id -> the exported names the driver calls (computed the way the generator names them)."""
    out: dict[str, dict[str, Any]] = {}
    for decl in model.components():
        if decl.id not in symbols.types:
            continue
        names = Names.of(symbols.type(decl.id))
        out[decl.id] = {**_shape(model, symbols, decl.id), "fromJSON": names.from_json, "toJSON": names.to_json}
    return out


def _shape(model: ir.Model, symbols: Symbols, decl_id: str) -> dict[str, Any]:
    """How the driver names what a value of `decl_id` decoded to: the type's name; for a discriminated
    union its discriminator field, member names and unknown-member guard; for an untagged union its
    name (the key of `decodedAlternative`) and the same for each alternative that is a named type (null:
    the union's own name). An alias of a union is named like that union, with its own name for the rest."""
    decl = model.get(decl_id)
    names = Names.of(symbols.type(decl_id))
    shape: dict[str, Any] = {"type": names.type}
    if isinstance(decl, ir.UnionDecl):
        fields = {symbols.field(m.target, decl.discriminator) for m in decl.members}
        shape["union"] = {"field": fields.pop() if fields else decl.discriminator,
                          "members": {m.value: symbols.type(m.target) for m in decl.members},
                          "isUnknown": names.is_unknown}
    elif isinstance(decl, ir.AnyOfDecl):
        shape["anyOf"] = {"union": names.type, "alternatives": [
            _shape(model, symbols, a.target) if isinstance(a, ir.Ref) and a.target in symbols.types else None
            for a in decl.alternatives]}
    elif isinstance(decl, ir.AliasDecl) and isinstance(decl.target, ir.Ref) and decl.target.target in symbols.types:
        aliased = _shape(model, symbols, decl.target.target)
        shape.update({k: v for k, v in aliased.items() if k in ("union", "anyOf")})
    return shape


class TypeScriptDriver:
    """One long-lived `node driver.js` process; each request is one line in, one line out."""

    def __init__(self, workspace: Workspace, entries: dict[str, dict[str, Any]]) -> None:
        directory = workspace.root / "driver"
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(DRIVER_SOURCE, directory / "driver.ts")
        config = {"compilerOptions": {**CONSUMER_OPTIONS, "types": ["node"], "outDir": "out", "rootDir": ".",
                                      "exactOptionalPropertyTypes": True, "noUncheckedIndexedAccess": True},
                  "files": ["driver.ts"]}
        (directory / "tsconfig.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        (directory / "registry.json").write_text(json.dumps(entries, indent=2), encoding="utf-8")
        self.compile = tsc("-p", "tsconfig.json", cwd=directory)
        if self.compile.returncode != 0:
            raise AssertionError(f"driver.ts does not compile:\n{self.compile.stdout}{self.compile.stderr}")
        self.process = subprocess.Popen(
            ["node", str(directory / "out" / "driver.js"), str(directory / "registry.json")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)

    def __call__(self, schema: str, value: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"schema": schema, "value": value}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            stderr = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"the TypeScript driver stopped (exit {self.process.poll()}):\n{stderr}")
        reply: dict[str, Any] = json.loads(line)
        return reply

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
