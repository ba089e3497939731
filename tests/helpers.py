"""Build small schema trees in a temporary directory for stage and CLI tests."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

from conftest import ROOT


def write_schema(root: Path, files: dict[str, str]) -> Path:
    """Write {relative path: YAML text} under root/schemas and return the root document's path."""
    for rel, text in files.items():
        path = root / "schemas" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root / "schemas" / "openapi.yaml"


def openapi(schemas: str) -> str:
    """A root document whose components/schemas block is `schemas` (YAML, indented for that block)."""
    body = textwrap.indent(textwrap.dedent(schemas).strip("\n"), "    ")
    return f"openapi: 3.1.0\ninfo:\n  title: t\n  version: 1.0.0\ncomponents:\n  schemas:\n{body}\n"


def copy_project(dest: Path) -> Path:
    """A copy of this repository's inputs and outputs, for tests that edit or regenerate."""
    for name in ("pyproject.toml", "LICENSE", "schemas", "templates", "generated"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(
                "node_modules", "__pycache__", "dist", ".mypy_cache", "*.tsbuildinfo"))
        else:
            shutil.copy2(src, dest / name)
    return dest / "pyproject.toml"


def calls_to(monkeypatch: Any, owner: object, name: str) -> list[int]:
    """Wrap `owner.name` so that each call appends to the returned list (then calls the original)."""
    calls: list[int] = []
    real = getattr(owner, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls
