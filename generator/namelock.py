"""The name lock: every public identifier of every language, committed beside the trees (`names.lock` in the
output root), so that a change of naming rules cannot rename anything users import without someone
saying so (`xsdk generate --update-names`, `make generate NAMES=update`).

One line per identifier, sorted, space-separated: `<language> <key> <kind> <identifier>`.

- `kind` is `type` (a declaration's name), `file` (a component's module or file stem), `field` (an
  object's property) or `member` (an enum value's constant);
- `key` is the schema item's path in the IR: the component name, then property wire names for inline
  declarations (`CreateImageRequest/quality`), then the field's wire name or the enum's value; each part
  percent-encoded (`application%2Fzip`), so keys never contain spaces and `/` only separates parts.

The rules, applied per language `xsdk generate` writes:
- a locked key that would get another identifier, or none although the schema still has the item, is
  a rename: generate refuses (exit 2) and lists them; `--update-names` accepts them;
- keys the lock lacks (new schema items) are added, and keys whose schema item is gone are dropped:
  those are schema changes, reviewed as such (`make release-check`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from . import ir
from .config import LANGUAGES, Config
from .errors import Origin, SchemaError
from .naming.symbols import Symbols
from .write import read_text

LOCK_FILE = "names.lock"
KINDS = ("type", "file", "field", "member")
HEADER = """\
# xsdk name lock: every public identifier, per language; written by `xsdk generate`, never edit by hand.
# A naming change that would rename a locked identifier stops generate and fails check; if intended,
# run `make generate NAMES=update` (or `xsdk generate --update-names`) and commit this file with the code.
# <language> <key: component/property/.../wire name or value, percent-encoded> <kind> <identifier>
"""

Key = tuple[str, str, str]  # (language, encoded key, kind)


def lock_path(config: Config) -> Path:
    return config.output / LOCK_FILE


_PLAIN = re.compile(r"[A-Za-z0-9_.~-]+")  # what quote() leaves alone: most parts, so skip it for them


def _quote(text: str) -> str:
    return text if _PLAIN.fullmatch(text) else quote(text, safe="")


def _encode(parts: tuple[str, ...]) -> str:
    return "/".join(map(_quote, parts))


def _decode(key: str) -> tuple[str, ...]:
    return tuple(unquote(part) for part in key.split("/"))


def entries(model: ir.Model, symbols: dict[str, Symbols]) -> dict[Key, str]:
    """Every identifier the naming stage gave, keyed by language, schema item and kind."""
    # each declaration's path encoded once, for every language (`_encode((*path, wire))` is the path's
    # encoding, "/" and the wire name's); wire names and values repeat: each quoted once
    paths = {decl.id: _encode(decl.path) for decl in model.decls}
    quoted: dict[str, str] = {}

    def sub(decl_id: str, part: str) -> str:
        q = quoted.get(part)
        if q is None:
            q = quoted[part] = _quote(part)
        return paths[decl_id] + "/" + q

    out: dict[Key, str] = {}
    for lang, names in symbols.items():
        for decl_id, name in names.types.items():
            out[(lang, paths[decl_id], "type")] = name
        for decl_id, stem in names.files.items():
            out[(lang, paths[decl_id], "file")] = stem
        for (decl_id, wire), name in names.fields.items():
            out[(lang, sub(decl_id, wire), "field")] = name
        for (decl_id, value), name in names.members.items():
            out[(lang, sub(decl_id, value), "member")] = name
    return out


_LANGUAGE_RANK = {lang: rank for rank, lang in enumerate(LANGUAGES)}
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


def _order(key: Key) -> tuple[int, str, int]:
    lang, path, kind = key
    return _LANGUAGE_RANK.get(lang, len(LANGUAGES)), path, _KIND_RANK[kind]


def render(lock: dict[Key, str]) -> str:
    lines = [f"{lang} {path} {kind} {_quote(lock[(lang, path, kind)])}\n"
             for lang, path, kind in sorted(lock, key=_order)]
    return HEADER + "".join(lines)


def parse(text: str, label: str) -> dict[Key, str]:
    """The lock in `text`; a line that is not `<language> <key> <kind> <identifier>` is an error."""
    lock: dict[Key, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(" ")
        if len(parts) != 4 or parts[0] not in LANGUAGES or parts[2] not in KINDS or not all(parts):
            raise SchemaError(f"not a name lock line: {line[:80]!r}", Origin(label, number, ""),
                              hint="resolve the merge conflict, or rewrite the lock with "
                                   "`make generate NAMES=update` (or `xsdk generate --update-names`)")
        lock[(parts[0], parts[1], parts[2])] = unquote(parts[3])
    return lock


def read(path: Path, label: str) -> dict[Key, str]:
    text = read_text(path)
    return {} if text is None else parse(text, label)


def merged(locked: dict[Key, str], current: dict[Key, str], languages: list[str]) -> dict[Key, str]:
    """What generate writes: the current names of `languages`, the lock's lines of every other language."""
    langs = frozenset(languages)
    kept = {key: name for key, name in locked.items() if key[0] not in langs}
    kept.update({key: name for key, name in current.items() if key[0] in langs})
    return kept


@dataclass(frozen=True)
class Rename:
    key: Key
    old: str
    new: str | None  # None: the schema item is still there but no longer gets a name
    origin: Origin | None

    def render(self) -> str:
        lang, path, kind = self.key
        where = f" at {self.origin}" if self.origin else ""
        new = self.new if self.new is not None else "(no name)"
        return f"{lang}: {self.old} -> {new} ({kind} {'/'.join(_decode(path))}{where})"


class _Items:
    """Which schema items the model still has, to tell a renamed identifier from a removed item."""

    def __init__(self, model: ir.Model) -> None:
        self.decls = {decl.path: decl for decl in model.decls}

    def origin(self, path: str, kind: str) -> Origin | None:
        """Where the item is declared; None when the schema no longer has it."""
        parts = _decode(path)
        if kind in ("type", "file"):
            decl = self.decls.get(parts)
            return decl.origin if decl is not None and (kind == "type" or decl.owner is None) else None
        parent = self.decls.get(parts[:-1])
        if kind == "field" and isinstance(parent, ir.ObjectDecl):
            return next((f.origin for f in parent.fields if f.wire_name == parts[-1]), None)
        if kind == "member" and isinstance(parent, ir.EnumDecl) and parts[-1] in parent.values:
            return parent.origin
        return None


def renames(locked: dict[Key, str], current: dict[Key, str], model: ir.Model, languages: list[str]) -> list[Rename]:
    """Locked identifiers of `languages` that would change, or vanish while their schema item stays."""
    langs = frozenset(languages)
    changed = [key for key, name in locked.items() if key[0] in langs and current.get(key) != name]
    if not changed:
        return []
    items = _Items(model)
    out = []
    for key in sorted(changed, key=_order):
        origin = items.origin(key[1], key[2])
        if key in current or origin is not None:
            out.append(Rename(key, locked[key], current.get(key), origin))
    return out


def summary(locked: dict[Key, str], written: dict[Key, str]) -> str:
    added = sum(1 for key in written if key not in locked)
    dropped = sum(1 for key in locked if key not in written)
    renamed = sum(1 for key in written if key in locked and locked[key] != written[key])
    parts = [f"{n} {what}" for n, what in ((added, "added"), (dropped, "dropped"), (renamed, "renamed")) if n]
    return ", ".join(parts)


def refusal(found: list[Rename], label: str) -> str:
    lines = [f"error: {len(found)} locked name(s) would change ({label} keeps generated names stable):"]
    lines += [f"  {rename.render()}" for rename in found]
    lines.append("  fix: if the new names are intended, run `make generate NAMES=update` "
                 "(or `xsdk generate --update-names`) and commit the lock with the code; otherwise "
                 "keep the old names (x-xsdk-names gives a schema item an exact name)")
    return "\n".join(lines)
