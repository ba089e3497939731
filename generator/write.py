"""Stage 6: put the rendered trees and the name lock on disk all or nothing, or compare them with what is there.

One `write_all` is a small transaction over every output that changed (each language's directory, the
name lock file):

1. stage: each changed output is written beside its target as `.NAME.xsdk-new`;
2. commit: the journal `.xsdk-journal` in the output root, listing those targets, appears atomically;
3. swap: each target is renamed to `.NAME.xsdk-old` and its staging renamed into place;
4. finish: the journal is removed, then the retired copies.

A run killed before step 2 has not touched any target; the next run removes its staging. A run killed
after it is finished by the next run (`recover`, the first thing `xsdk generate` does) from the journal,
so the outputs end up all old or all new, never python new and go old. This guards against a killed
process, not against power loss: staged files are not fsync'ed one by one (only the journal is).
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path


Tree = dict[str, str]  # posix path relative to the target directory -> file text

JOURNAL = ".xsdk-journal"

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


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def _unified(old: str | None, new: str | None, name: str) -> str:
    return "".join(difflib.unified_diff(
        (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True),
        fromfile=f"a/{name}" if old is not None else "/dev/null",
        tofile=f"b/{name}" if new is not None else "/dev/null"))


def diff_trees(directory: Path, tree: Tree, label: str) -> list[str]:
    """Unified diffs, on-disk -> expected, for every file that differs, is missing or is extra."""
    current = read_tree(directory)
    out: list[str] = []
    for rel in sorted(set(current) | set(tree)):
        old, new = current.get(rel), tree.get(rel)
        if old != new:
            out.append(_unified(old, new, f"{label}/{rel}"))
    return out


def diff_file(path: Path, text: str, label: str) -> list[str]:
    """A unified diff, on-disk -> expected, of one file; [] when it matches."""
    old = read_text(path)
    return [] if old == text else [_unified(old, text, label)]


def _staging(target: Path) -> Path:
    return target.with_name(f".{target.name}.xsdk-new")


def _retired(target: Path) -> Path:
    return target.with_name(f".{target.name}.xsdk-old")


def _present(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif _present(path):
        path.unlink()


def stage(directory: Path, tree: Tree) -> bool:
    """Step 1 ahead of `write_all` (which is then told so through `staged`): write `tree` beside
    `directory`, unless `directory` holds exactly `tree` already (returns False: nothing staged). A
    generate stages each tree in the process that rendered it, right after rendering."""
    if read_tree(directory) == tree:
        return False
    _stage(directory, tree)
    return True


def discard_staged(targets: list[Path]) -> None:
    """Remove what `stage` wrote for `targets` (the run failed before its commit point)."""
    for target in targets:
        _remove(_staging(target))


def _stage(directory: Path, tree: Tree) -> None:
    staging = _staging(directory)
    _remove(staging)  # left by a process that died half-way (the work is then redone here)
    staging.mkdir(parents=True)
    made: set[str] = set()  # one makedirs per directory, not per file
    base = str(staging)
    for rel, text in sorted(tree.items()):
        path = os.path.join(base, rel)
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        _write_file(path, text)


def _write_file(path: str | Path, text: str) -> None:
    """The text's UTF-8 bytes as rendered ("\n" line ends on every platform), through the bare system
    calls: a file object would add a stat, a seek and a terminal check to each of thousands of files."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:] if written else data)
    finally:
        os.close(fd)


def _rename(source: Path, destination: Path) -> None:
    os.replace(source, destination)


def _write_journal(root: Path, targets: list[Path]) -> None:
    """The commit point: written to a temporary name, flushed to disk, then renamed into place."""
    entries = [os.path.relpath(t, root) for t in targets]
    temporary = root / f"{JOURNAL}.tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"version": 1, "swap": entries}, indent=1) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, root / JOURNAL)
    _sync_directory(root)


def _sync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _read_journal(root: Path) -> list[Path] | None:
    """The targets of a committed, unfinished write; None without one (or with an unreadable one)."""
    try:
        data = json.loads((root / JOURNAL).read_text(encoding="utf-8"))
        return [root / entry for entry in data["swap"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _swap(target: Path) -> None:
    """Put the staged copy of `target` in place; safe to repeat after a kill at any point inside."""
    staging = _staging(target)
    if not _present(staging):
        return  # already swapped
    if _present(target):
        _rename(target, _retired(target))
    _rename(staging, target)


def _finish(root: Path, targets: list[Path]) -> None:
    (root / JOURNAL).unlink(missing_ok=True)
    _discard_retired(targets)


def _discard_retired(targets: list[Path]) -> None:
    for target in targets:
        _remove(_retired(target))


def interrupted(root: Path) -> bool:
    """Whether a committed write under `root` still waits for `recover`."""
    return _present(root / JOURNAL)


def recover(root: Path, targets: list[Path]) -> bool:
    """Finish a write that was killed after its commit point, then remove what an interrupted write left
    beside `targets` (and the journal's targets). Returns whether a committed write was finished."""
    journaled = _read_journal(root) if interrupted(root) else None
    if journaled is not None:
        for target in journaled:
            _swap(target)
        _finish(root, journaled)
    else:
        (root / JOURNAL).unlink(missing_ok=True)  # unreadable: it never committed (it is written atomically)
    (root / f"{JOURNAL}.tmp").unlink(missing_ok=True)
    for target in [*targets, *(journaled or [])]:
        retired = _retired(target)
        if not _present(target) and _present(retired):
            _rename(retired, target)  # a swap without a journal (an older xsdk) was cut short: roll back
        _remove(_staging(target))
        _remove(retired)
    return journaled is not None


def write_all(root: Path, trees: dict[Path, Tree], files: dict[Path, str] | None = None,
              staged: dict[Path, bool] | None = None) -> set[Path]:
    """Make each directory in `trees` hold exactly its tree and each path in `files` exactly its text,
    all or nothing (see the module docstring); `root` holds the journal. Returns the outputs that
    changed (none: nothing was touched). The caller has run `recover` over these outputs first;
    `staged` holds what `stage` returned for the trees it already staged."""
    staged = dict(staged or {})
    for directory, tree in sorted(trees.items()):
        if directory not in staged:
            staged[directory] = stage(directory, tree)
    changed_files = {f: text for f, text in (files or {}).items() if read_text(f) != text}
    order = sorted([*(d for d, wrote in staged.items() if wrote), *changed_files])
    if not order:
        return set()
    root.mkdir(parents=True, exist_ok=True)
    for path, text in sorted(changed_files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_file(_staging(path), text)
    _write_journal(root, order)
    for target in order:
        _swap(target)
    _finish(root, order)
    return set(order)


def write_tree(directory: Path, tree: Tree) -> bool:
    """Replace `directory` with exactly `tree`; returns False when nothing had to change."""
    recover(directory.parent, [directory])
    return bool(write_all(directory.parent, {directory: tree}))
