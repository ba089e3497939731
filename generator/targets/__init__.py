"""Stage 5: one module per target language turns (IR, symbols) into a tree of files.

Each module exposes `render(ctx: TargetContext) -> Tree`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import ir
from ..config import TargetSettings
from ..naming.symbols import Symbols
from ..render import Renderer
from ..write import Tree


@dataclass(frozen=True)
class TargetContext:
    model: ir.Model
    symbols: Symbols
    settings: TargetSettings
    renderer: Renderer
    header: str  # "generated from <schema> by xsdk <version>; do not edit" (without comment markers)
    repository: str | None = None  # "github.com/owner/name", for package metadata
    package_dir: str = ""  # the target's output directory, relative to the repository root


def renderers() -> dict[str, Callable[[TargetContext], Tree]]:
    from . import go, python, typescript

    return {"python": python.render, "typescript": typescript.render, "go": go.render}
