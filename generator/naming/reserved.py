"""Reserved words per language, kept as plain word lists in reserved/<language>.txt."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def reserved(language: str) -> frozenset[str]:
    text = resources.files("generator.naming").joinpath(f"reserved/{language}.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#", 1)[0].strip() for line in text.splitlines()) - {""}
