"""Generate a vendor's OpenAPI document leniently and type-check the three trees (tests/test_corpora.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
GO = os.environ.get("GO", "go")
WARNING = re.compile(r"^warning: \S+:\d+ \(#(?P<pointer>[^)]*)\): (?P<message>.*)$")


@dataclass
class Generated:
    out: Path
    stderr: str
    code: int
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (pointer, message)


def generate(document: Path, out: Path) -> Generated:
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", "--config", str(ROOT / "pyproject.toml"),
                           "--schema", str(document), "--out", str(out)], capture_output=True, text=True)
    found = [WARNING.match(line) for line in proc.stderr.splitlines()]
    return Generated(out, proc.stderr, proc.returncode,
                     [(m["pointer"], m["message"]) for m in found if m is not None])


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    assert proc.returncode == 0, f"{' '.join(args)} failed in {cwd}:\n{proc.stdout[-6000:]}\n{proc.stderr[-6000:]}"
    return proc.stdout


def check_typescript(tree: Path) -> None:
    link = tree / "node_modules"
    if not link.exists():
        link.symlink_to(ROOT / "node_modules")
    run([str(ROOT / "node_modules/.bin/tsc"), "--strict", "--noEmit", "-p", "."], tree)


def check_go(tree: Path) -> None:
    env = {"GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local"}
    run([GO, "vet", "./..."], tree, env)
    gofmt = str(Path(GO).parent / "gofmt") if os.sep in GO else "gofmt"
    assert run([gofmt, "-l", "."], tree) == ""


def check_python(tree: Path, sample: int = 50) -> None:
    modules = sorted(".".join(p.relative_to(tree).with_suffix("").parts) for p in tree.rglob("*.py"))
    modules = [m.removesuffix(".__init__") for m in modules]
    script = "import importlib, sys\nfor m in sys.argv[1:]: importlib.import_module(m)\n"
    run([sys.executable, "-c", script, *modules], tree)
    step = max(1, len(modules) // sample)
    picked = [str(tree / (m.replace(".", "/") + ".py")) for m in modules[::step]
              if (tree / (m.replace(".", "/") + ".py")).is_file()]
    run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *picked], tree,
        {"MYPYPATH": str(tree)})


def component_names(document: Path) -> list[str]:
    import yaml

    data = yaml.load(document.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return list(data["components"]["schemas"])
