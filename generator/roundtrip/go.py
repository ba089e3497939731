"""Build and run the Go round-trip driver (PROTOCOL.md).

Go cannot look a type up by name at run time, so the driver's main.go is rendered from the Go symbols:
one `case` per component, decoding into `components.<Type>` and naming the member a union chose (for an
untagged union, the alternative held: its type name, or its kind such as "str" or "arrayOfStr"). It is
built once, in a temporary module whose go.mod points the generated module at generated/go.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jinja2

from .. import ir
from ..naming.symbols import Symbols

HERE = Path(__file__).resolve().parent
GO_MISSING = ("the Go toolchain was not found: set GO=/path/to/go (the Makefile does) or put `go` on PATH; "
              "the Go bindings are checked with it")


def find_go() -> str | None:
    return os.environ.get("GO") or shutil.which("go")


def find_gofmt(go_tool: str) -> str:
    """gofmt beside go, else in the toolchain's GOROOT (GO may name a wrapper)."""
    beside = Path(go_tool).with_name("gofmt")
    if beside.is_file():
        return str(beside)
    goroot = subprocess.run([go_tool, "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
    return str(Path(goroot) / "bin" / "gofmt")


def go_env(scratch: Path) -> dict[str, str]:
    """The environment for every go command of the tests: no network, no toolchain download, and
    caches somewhere writable even when HOME is not."""
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOPROXY="off", GOWORK="off")
    if not env.get("HOME") or not os.access(env["HOME"], os.W_OK):
        env.setdefault("GOCACHE", str(scratch / "gocache"))
        env.setdefault("GOPATH", str(scratch / "gopath"))
    return env


def go(tool: str, args: list[str], cwd: Path, env: dict[str, str],
       timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def q(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Go string literal for these ASCII names


def render_main(model: ir.Model, symbols: Symbols, import_path: str, package: str) -> str:
    cases = []
    for decl in model.components():
        if decl.id not in symbols.types:
            continue
        name = symbols.type(decl.id)
        members = []
        if isinstance(decl, ir.UnionDecl):  # members inline or components: both are named types
            members = [{"field": symbols.type(m.target), "name": q(symbols.type(m.target))} for m in decl.members]
        # a Go alias of a pointer, slice or map has its strict decoder in Decode<Name> (json.Unmarshal
        # would bypass it); a component that admits null itself decodes into a pointer, nil for null
        decode_func = isinstance(decl, ir.AliasDecl) and not isinstance(decl.target, ir.Ref) and (
            decl.nullable or isinstance(decl.target, ir.AnyValue))
        cases.append({"schema": q(decl.id), "type": name, "name": q(name), "members": members,
                      "alternatives": isinstance(decl, ir.AnyOfDecl), "decode_func": decode_func,
                      "pointer": bool(getattr(decl, "nullable", False)) and not isinstance(decl, ir.AliasDecl)})
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE)), undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("driver.go.j2").render(cases=cases, package=package, import_path=import_path)


def write_module(workdir: Path, model: ir.Model, symbols: Symbols, module: str, package: str,
                 generated: Path, extra: dict[str, Path] | None = None) -> Path:
    """A throwaway module holding the driver (and any `extra` files, such as Go tests) that uses
    the generated module in place."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "go.mod").write_text(
        "module xsdk.test/godriver\n\ngo 1.22\n\n"
        f"require {module} v0.0.0\n\nreplace {module} => {generated.resolve().as_posix()}\n", encoding="utf-8")
    (workdir / "main.go").write_text(render_main(model, symbols, f"{module}/models/{package}", package),
                                     encoding="utf-8")
    for name, source in (extra or {}).items():  # name: a path inside the module, such as testdata/x.sse
        (workdir / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, workdir / name)
    return workdir


def build(tool: str, workdir: Path, env: dict[str, str], package: str = ".", binary_name: str = "driver") -> Path:
    """Build a main package of the module (the driver by default) into workdir/binary_name."""
    binary = workdir / binary_name
    result = go(tool, ["build", "-o", str(binary), package], workdir, env)
    if result.returncode != 0:
        raise RuntimeError(f"building the Go driver failed:\n{result.stdout}{result.stderr}")
    return binary


def run(binary: Path, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Send requests ({"schema", "value"}) as JSON Lines; one answer per request, in order."""
    return exchange([str(binary)], requests, "Go")


def exchange(argv: list[str], requests: list[dict[str, Any]], language: str,
             timeout: float = 60) -> list[dict[str, Any]]:
    """Run a driver program once over requests sent as JSON Lines; one answer per request, in order."""
    text = "".join(json.dumps(r) + "\n" for r in requests)
    result = subprocess.run(argv, input=text, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"the {language} driver failed: {result.stderr[-2000:]}")
    # split on "\n" only: str.splitlines() would also split inside a JSON string holding U+0085 or U+2028
    answers = [json.loads(line) for line in result.stdout.split("\n") if line]
    if len(answers) != len(requests):
        raise RuntimeError(f"the {language} driver answered {len(answers)} lines for {len(requests)} requests")
    return answers
