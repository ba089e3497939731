"""The no-change fast path of `xsdk generate`: when no input that decides the output has changed since
the last generate and every output directory still holds what was written, nothing is rendered.

An entry records the content hash of every input — each schema file the load read, every template,
every file of the generator itself, the settings file and the license — and of each language's output
tree and the name lock as written (the lock is both: generate reads it and rewrites it). Any difference
in any of them (an edited schema, a template, xsdk itself, a hand-edited or deleted generated file or
lock) or an unfinished write (write.py's journal) sends generate down the full path, so a stale answer
needs a hash collision. Entries live in the cache directory of load.py (XSDK_CACHE_DIR=off disables them).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .config import Config
from .load import cache_dir, cache_put
from .namelock import lock_path
from .write import Tree, interrupted, read_tree

GENERATOR = Path(__file__).resolve().parent


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry(config: Config, languages: list[str], strict: bool) -> Path | None:
    directory = cache_dir("builds")
    if directory is None:
        return None
    key = json.dumps([str(config.root), str(config.schema), [str(config.targets[lang].out) for lang in languages],
                      strict])
    return directory / f"{_digest(key.encode())[:32]}.json"


def tree_digest(tree: Tree) -> str:
    h = hashlib.sha256()
    for path in sorted(tree):
        h.update(path.encode() + b"\0" + tree[path].encode("utf-8", "replace") + b"\0")
    return h.hexdigest()


def _input_files(config: Config, schema_files: list[Path]) -> list[Path]:
    fixed = [config.root / "pyproject.toml", *([config.license_file] if config.license_file else [])]
    templates = sorted(p for p in config.templates.rglob("*") if p.is_file())
    generator = sorted(p for p in GENERATOR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [*schema_files, *fixed, *templates, *generator]


def _hashes(files: list[Path]) -> dict[str, str] | None:
    try:
        return {str(p): _digest(p.read_bytes()) for p in files}
    except OSError:
        return None


def unchanged(config: Config, languages: list[str], strict: bool) -> list[str] | None:
    """The warnings of the last generate when nothing changed since it; None when generate must run."""
    entry = _entry(config, languages, strict)
    try:
        recorded = json.loads(entry.read_text(encoding="utf-8")) if entry else None
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or interrupted(config.output):
        return None
    inputs: dict[str, str] = recorded.get("inputs", {})
    if _hashes([Path(p) for p in inputs]) != inputs:
        return None
    # a file added to templates/ or generator/ is an input the entry does not know yet
    if set(map(str, _input_files(config, []))) - set(inputs):
        return None
    for lang in languages:
        if tree_digest(read_tree(config.targets[lang].out)) != recorded.get("outputs", {}).get(lang):
            return None
    try:
        lock = _digest(lock_path(config).read_bytes())
    except OSError:
        return None
    if lock != recorded.get("lock"):
        return None
    warnings = recorded.get("warnings", [])
    return [str(w) for w in warnings]


def record(config: Config, languages: list[str], strict: bool, schema_files: list[Path],
           trees: dict[str, Tree], warnings: list[str], lock: str) -> None:
    entry = _entry(config, languages, strict)
    hashes = _hashes(_input_files(config, schema_files))
    if entry is None or hashes is None:
        return
    payload = {"inputs": hashes, "outputs": {lang: tree_digest(trees[lang]) for lang in languages},
               "lock": _digest(lock.encode()), "warnings": warnings}
    cache_put(entry, json.dumps(payload, sort_keys=True).encode())
