"""Stage 1: read YAML/JSON files (libyaml C parser), resolve `$ref`s across files, map JSON pointers to lines.

libyaml composes the nodes; one iterative pass builds both the value and the line of every JSON pointer
(messages and warnings need lines, and a second compose cost as much as the parse). Large files that
parsed cleanly are kept, keyed by their content hash, in the checkout's .cache/xsdk/ (XSDK_CACHE_DIR
overrides it; "off" disables it), so an unchanged multi-megabyte document is not parsed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .errors import Origin, SchemaError
from .yamlsplit import parse_in_two

try:
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    return unquote(token).replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_token(str(t)) for t in tokens)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that refuses duplicate keys (YAML would silently keep the last one)."""

    source_name = "<input>"

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *base`; explicit keys may override it
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                repeated = key in seen
            except TypeError:  # an unhashable key: PyYAML reports it below
                break
            if repeated:
                raise SchemaError(
                    f"duplicate key {key!r} (first at line {seen[key]})",
                    Origin(self.source_name, key_node.start_mark.line + 1, ""),
                    "keep one of the two entries",
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def parse_yaml(text: str, name: str) -> Any:
    return parse_yaml_lines(text, name)[0]


def parse_yaml_lines(text: str, name: str) -> tuple[Any, dict[str, int]]:
    """The document's value and its line map (JSON pointer -> 1-based line), from one compose."""
    loader = _Loader(text)
    loader.source_name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        try:
            return _construct(loader, node)
        except _Unusual:  # tags, merge keys or complex keys: PyYAML's own constructor, same nodes
            return loader.construct_document(node), _node_lines(node)
    except yaml.MarkedYAMLError as exc:
        # an unclosed quote or bracket runs to the end of the file: point at where it was opened
        opened = exc.context_mark if "end of stream" in (exc.problem or "") else None
        mark = opened or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise SchemaError(f"invalid YAML: {exc.problem or exc.context}", Origin(name, line, ""),
                          "fix the YAML syntax at that line") from None
    except yaml.YAMLError as exc:
        raise SchemaError(f"invalid YAML: {exc}", Origin(name, 1, "")) from None
    finally:
        loader.dispose()


class _Unusual(Exception):
    """A node the fast constructor leaves to PyYAML."""


_MAP, _SEQ, _STR = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:str"
_SCALAR_TAGS = frozenset({"tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                          "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"})


def _construct(loader: Any, root: yaml.Node) -> tuple[Any, dict[str, int]]:
    """What SafeLoader would build from `root` (shared anchors stay shared), recording each node's line
    on the way; iterative, so nesting depth is not limited by Python's recursion limit."""
    constructors = loader.yaml_constructors
    scalar_node, mapping_node = yaml.ScalarNode, yaml.MappingNode
    lines: dict[str, int] = {"": root.start_mark.line + 1}
    built: dict[int, Any] = {}
    pending: list[tuple[yaml.Node, Any, str]] = []

    def value_of(node: yaml.Node, pointer: str) -> Any:
        tag = node.tag
        if type(node) is scalar_node:
            if tag == _STR:
                return node.value
            if tag not in _SCALAR_TAGS:
                raise _Unusual
            return constructors[tag](loader, node)
        known = built.get(id(node))
        if known is not None:
            return known
        if tag == _MAP:
            value: Any = {}
        elif tag == _SEQ:
            value = []
        else:
            raise _Unusual
        built[id(node)] = value
        pending.append((node, value, pointer))
        return value

    result = value_of(root, "")
    while pending:
        node, value, pointer = pending.pop()
        if type(node) is mapping_node:
            first: dict[Any, int] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not scalar_node:
                    raise _Unusual
                key = value_of(key_node, "")
                line = key_node.start_mark.line + 1
                try:
                    if key in first:
                        raise SchemaError(f"duplicate key {key!r} (first at line {first[key]})",
                                          Origin(loader.source_name, line, ""), "keep one of the two entries")
                except TypeError:  # an unhashable key: PyYAML words that error
                    raise _Unusual from None
                first[key] = line
                token = key if type(key) is str else str(key)
                if "~" in token or "/" in token:
                    token = escape_token(token)
                child = pointer + "/" + token
                lines[child] = line  # a member's line is its key's line
                value[key] = value_of(value_node, child)
        else:
            prefix = pointer + "/"
            append = value.append
            for index, item in enumerate(node.value):
                child = prefix + str(index)
                lines[child] = item.start_mark.line + 1
                append(value_of(item, child))
    return result, lines


CACHE_MIN_CHARS = 256 * 1024  # smaller files parse in milliseconds
CACHE_KEEP = 8  # documents kept in the cache, most recently written first
_CACHE_SALT = f"2|{yaml.__version__}|{_BaseLoader.__name__}|{sys.version_info[:2]}|{pickle.HIGHEST_PROTOCOL}"


def cache_dir(kind: str) -> Path | None:
    """Where results of `kind` are cached: XSDK_CACHE_DIR/kind, else the checkout's .cache/xsdk/kind, else none."""
    setting = os.environ.get("XSDK_CACHE_DIR")
    if setting is not None:
        return Path(setting) / kind if setting not in ("", "off") else None
    root = Path(__file__).resolve().parent.parent  # a development checkout (not an installed wheel)
    return root / ".cache" / "xsdk" / kind if (root / ".git").exists() else None


def cache_put(entry: Path, payload: bytes) -> None:
    """Write one cache entry atomically and keep the newest CACHE_KEEP of its directory; never fails."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = entry.with_name(f".{entry.name}.{os.getpid()}")
        staging.write_bytes(payload)
        os.replace(staging, entry)
        entries = sorted((p for p in entry.parent.iterdir() if not p.name.startswith(".")),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[CACHE_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # the cache is an optimisation; a read-only checkout still works


def _parse_large(text: str, name: str) -> tuple[Any, dict[str, int]]:
    return parse_in_two(text, name, parse_yaml_lines) or parse_yaml_lines(text, name)


def parse_cached(text: str, name: str) -> tuple[Any, dict[str, int]]:
    """parse_yaml_lines, answered from the cache when this exact text parsed before (only clean parses
    are kept)."""
    directory = cache_dir("parsed") if len(text) >= CACHE_MIN_CHARS else None
    if directory is None:
        return _parse_large(text, name)
    digest = hashlib.sha256(_CACHE_SALT.encode() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()
    entry = directory / f"{digest}.pickle"
    try:
        data, lines = pickle.loads(entry.read_bytes())
        return data, lines
    except Exception:  # noqa: BLE001 - missing, stale or unreadable: parse it
        pass
    parsed = _parse_large(text, name)
    try:
        payload = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, RecursionError):
        return parsed
    cache_put(entry, payload)
    return parsed


def _node_lines(root: yaml.Node) -> dict[str, int]:
    """JSON pointer -> 1-based line of every node under `root` (the slow path's line map)."""
    lines: dict[str, int] = {}
    setdefault = lines.setdefault
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    seen: set[int] = set()
    pop, push = stack.pop, stack.append
    while stack:
        node, pointer = pop()
        setdefault(pointer, node.start_mark.line + 1)  # a member's line is its key's line
        if id(node) in seen:  # an alias: its members were mapped where the anchor is
            continue
        seen.add(id(node))
        if isinstance(node, mapping):
            for key_node, value_node in node.value:
                token = str(key_node.value)
                if "~" in token or "/" in token:
                    token = escape_token(token)
                child = pointer + "/" + token
                setdefault(child, key_node.start_mark.line + 1)
                push((value_node, child))
        elif isinstance(node, sequence):
            prefix = pointer + "/"
            for index, item in enumerate(node.value):
                push((item, prefix + str(index)))
    return lines


@dataclass
class SourceFile:
    path: Path
    name: str  # relative to the schema root, with forward slashes
    text: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict, repr=False)  # JSON pointer -> 1-based line

    def line(self, pointer: str) -> int:
        # the closest enclosing node that has a line
        lines = self.lines
        while pointer and pointer not in lines:
            pointer = pointer.rsplit("/", 1)[0]
        return lines.get(pointer, 1)


@dataclass
class Workspace:
    """All files reachable from the root document, and `$ref` resolution between them."""

    root_dir: Path
    root_name: str
    files: dict[str, SourceFile] = field(default_factory=dict)
    _closed: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, root_file: Path) -> "Workspace":
        root_file = root_file.resolve()
        if not root_file.is_file():
            raise SchemaError(f"schema file not found: {root_file}",
                              hint="set [tool.xsdk] schema in pyproject.toml or pass --schema")
        ws = cls(root_dir=root_file.parent, root_name=root_file.name)
        ws.file(root_file.name, referrer=None)
        return ws

    @property
    def root(self) -> SourceFile:
        return self.files[self.root_name]

    def origin(self, file: str, pointer: str) -> Origin:
        return Origin(file, self.files[file].line(pointer), pointer)

    def file(self, name: str, referrer: Origin | None) -> SourceFile:
        if name in self.files:
            return self.files[name]
        path = (self.root_dir / name).resolve()
        try:
            path.relative_to(self.root_dir)
        except ValueError:
            raise SchemaError(f"$ref leaves the schema directory: {name}", referrer,
                              "keep every schema file under the schema root") from None
        if not path.is_file():
            raise SchemaError(f"$ref points at a missing file: {name}", referrer,
                              "check the relative path of the $ref") from None
        text = path.read_text(encoding="utf-8")
        source = SourceFile(path, name, text, *parse_cached(text, name))
        self.files[name] = source
        return source

    def load_closure(self) -> None:
        """Load every file reachable through `$ref`s (lowering loads them lazily; the referee needs all)."""
        pending = list(self.files)
        while pending:
            name = pending.pop()
            # a node's path is kept as (parent's path, key) and joined into a pointer only for a $ref
            stack: list[tuple[Any, Any]] = [(self.files[name].data, None)]
            while stack:
                node, path = stack.pop()
                if type(node) is dict:
                    ref = node.get("$ref")
                    if isinstance(ref, str) and not ref.startswith("#"):
                        target = self.resolve(ref, name, _joined(path))[0]
                        if target != name and target not in pending and target not in self._closed:
                            pending.append(target)
                    stack.extend((v, (path, k)) for k, v in node.items() if type(v) is dict or type(v) is list)
                elif type(node) is list:
                    stack.extend((v, (path, i)) for i, v in enumerate(node) if type(v) is dict or type(v) is list)
            self._closed.add(name)

    def resolve(self, ref: str, file: str, pointer: str) -> tuple[str, str, Any]:
        """Resolve a `$ref` found at (file, pointer) -> (target file, target pointer, target value)."""

        def here() -> Origin:  # only errors need it, and its line costs a compose of the whole file
            return self.origin(file, join_pointer(pointer, "$ref"))

        if "://" in ref or ref.startswith("//"):
            raise SchemaError(f"external $ref is not allowed: {ref}", here(),
                              "copy the schema into schemas/ and reference it by relative path")
        target_path, _, fragment = ref.partition("#")
        if target_path:
            joined = (Path(file).parent / target_path).as_posix()
            target_file = _normalise(joined)
        else:
            target_file = file
        source = self.files[target_file] if target_file in self.files else self.file(target_file, here())
        if fragment and not fragment.startswith("/"):
            raise SchemaError(f"$ref fragment must be a JSON pointer: #{fragment}", here())
        value = source.data
        for token in fragment.split("/")[1:] if fragment else []:
            key = unescape_token(token)
            if isinstance(value, dict) and key in value:
                value = value[key]
            elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
                value = value[int(key)]
            else:
                raise SchemaError(f"unresolvable $ref: {ref} (no {key!r} in {target_file})", here(),
                                  "check the name after '#' against the target file")
        return target_file, fragment, value


def _joined(path: Any) -> str:
    """The JSON pointer of a (parent's path, key) chain."""
    tokens = []
    while path is not None:
        path, key = path
        tokens.append(key)
    return join_pointer("", *reversed(tokens))


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == ".." and parts and parts[-1] != "..":
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)
