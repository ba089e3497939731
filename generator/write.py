"""Stage 6: put a rendered tree on disk atomically, or compare it with what is there."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

Tree = dict[str, str]  # posix path relative to the target directory -> file text

# Build products and caches that may live inside a generated package and are not ours to compare.
IGNORED_PARTS = {"__pycache__", "node_modules", ".mypy_cache", ".pytest_cache", "dist", "build"}
IGNORED_SUFFIXES = (".pyc", ".tsbuildinfo", ".egg-info")


def _ignored(rel: Path) -> bool:
    return any(p in IGNORED_PARTS or p.endswith(IGNORED_SUFFIXES) for p in rel.parts)


def read_tree(directory: Path) -> Tree:
    if not directory.is_dir():
        return {}
    tree: Tree = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if path.is_file() and not _ignored(rel):
            tree[rel.as_posix()] = path.read_text(encoding="utf-8", errors="replace")
    return tree


def diff_trees(directory: Path, tree: Tree, label: str) -> list[str]:
    """Unified diffs, on-disk -> expected, for every file that differs, is missing or is extra."""
    current = read_tree(directory)
    out: list[str] = []
    for rel in sorted(set(current) | set(tree)):
        old, new = current.get(rel), tree.get(rel)
        if old == new:
            continue
        name = f"{label}/{rel}"
        out.append("".join(difflib.unified_diff(
            (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True),
            fromfile=f"a/{name}" if old is not None else "/dev/null",
            tofile=f"b/{name}" if new is not None else "/dev/null")))
    return out


def write_tree(directory: Path, tree: Tree) -> bool:
    """Replace `directory` with exactly `tree`; returns False when nothing had to change.

    The new tree is written beside the old one and swapped in with renames, so an interrupted run
    leaves either the old tree or the new one, never a mix.
    """
    if read_tree(directory) == tree:
        return False
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = directory.with_name(f".{directory.name}.xsdk-new")
    retired = directory.with_name(f".{directory.name}.xsdk-old")
    for leftover in (staging, retired):
        if leftover.exists():
            shutil.rmtree(leftover)
    for rel, text in sorted(tree.items()):
        path = staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    if directory.exists():
        os.replace(directory, retired)
    os.replace(staging, directory)
    if retired.exists():
        shutil.rmtree(retired)
    return True
