"""Parse a large YAML document in two processes: a run of members of its biggest mapping in a forked child
while this process parses the rest, then the two halves joined.

A vendor's OpenAPI document is a few megabytes of block-style YAML whose bulk is one mapping
(`components/schemas` for OpenAI), so the split is found from indentation alone: descend into the
member holding most of the text while it is a block mapping, then hand the child a contiguous run of
that mapping's members (about half the file), dedented into a document of its own. Blank lines stand in
for the lines each side does not parse, so every line number stays what a whole parse would give.

This is only a fast path. Anything it is not sure of — tabs, comments or text less indented than the
run, keys that are not simple, a YAML error on either side, keys that come back other than the lines
said, a key on both sides, no second process — returns None, and the caller parses the whole text,
which also words any error exactly as before.
"""

from __future__ import annotations

import os
import re
from itertools import accumulate
from typing import Any, Callable

from .parallel import Background, jobs

SPLIT_MIN_CHARS = 512 * 1024  # smaller documents parse in well under the cost of a fork
DESCEND_SHARE = 0.55  # descend into a member holding more than this share of the file
CHILD_SHARE = 0.47  # of the file for the child, which also builds its text, its pointers and its pickle

Parsed = tuple[Any, dict[str, int]]
# A simple key at the start of a (dedented) line: plain, or quoted without escapes, then ":" and a space or
# the end of the line.
_KEY = re.compile(r"""(?:(?P<plain>[A-Za-z0-9_$./][^:#'"\r\n]*?)|'(?P<single>[^'\r\n]*)'|"(?P<double>[^"\\\r\n]*)")"""
                  r""" *:(?:[ ]|\r?$)""")


_KEEP_CHOMPING = re.compile(r"(?:^|[ :-])[|>][1-9]?\+[1-9]?[ ]*(?:#.*)?\r?$")


def parse_in_two(text: str, name: str, parse: Callable[[str, str], Parsed]) -> Parsed | None:
    """What `parse(text, name)` returns, computed in two processes; None when the text does not split
    cleanly (the caller then parses it whole)."""
    if len(text) < SPLIT_MIN_CHARS or jobs() < 2 or not hasattr(os, "fork") or "\t" in text:
        return None
    lines = text.split("\n")
    plan = _plan(lines)
    if plan is None:
        return None
    from .load import escape_token  # load parses through this module

    path, indent, (first, last), kept, taken = plan
    prefix = "".join("/" + escape_token(key) for key in path)

    def child() -> Parsed | None:  # its text and its pointers are made over there too
        try:
            value, at = parse("\n" * first + "".join(line[indent:] + "\n" for line in lines[first:last]), name)
        except Exception:  # noqa: BLE001 - the whole parse will report it, with the right words
            return None
        return value, {prefix + pointer: number for pointer, number in at.items() if pointer}

    work = Background(child)
    try:
        parent = parse("\n".join(lines[:first] + [""] * (last - first) + lines[last:]), name)
    except Exception:  # noqa: BLE001 - the same
        work.result()
        return None
    moved = work.result()
    return None if moved is None else _joined(parent, moved, path, kept, taken)


Plan = tuple[list[str], int, tuple[int, int], list[str], list[str]]


def _plan(lines: list[str]) -> Plan | None:
    """(key path to the split mapping, its members' indent, the lines [first, last) the child parses,
    the keys of the members left here, the keys of those it takes), or None when the text is not a
    clean block mapping. Sizes are in characters, which track the parser's work better than lines."""
    offset = list(accumulate((len(line) + 1 for line in lines), initial=0))  # of each line's start
    total = offset[-1]
    path: list[str] = []
    start, end, indent = 0, len(lines), 0
    while True:
        members = _members(lines, start, end, indent)
        if members is None:
            return None
        bounds = [line for line, _ in members[1:]] + [end]
        biggest, at = max((offset[stop] - offset[line], i) for i, ((line, _), stop) in enumerate(zip(members, bounds)))
        if biggest <= DESCEND_SHARE * total:
            break
        inner = _inner_indent(lines, members[at][0], bounds[at], indent)
        if inner is None:
            break
        path.append(members[at][1])
        start, end, indent = members[at][0] + 1, bounds[at], inner
    if len(members) < 2:
        return None
    # the child takes members [1, k): member 0 stays here, so this side of the mapping is never empty
    taken, k = 0, 1
    while k < len(members) and taken < CHILD_SHARE * total:
        taken += offset[bounds[k]] - offset[members[k][0]]
        k += 1
    if taken < total / 8:
        return None
    # a block scalar that keeps its trailing blank lines (`|+`) must not end either side
    edges = lines[members[0][0]:members[1][0]] + lines[members[k - 1][0]:bounds[k - 1]]
    if any(_KEEP_CHOMPING.search(line) for line in edges):
        return None
    keys = [key for _, key in members]
    return path, indent, (members[1][0], bounds[k - 1]), keys[:1] + keys[k:], keys[1:k]


def _members(lines: list[str], start: int, end: int, indent: int) -> list[tuple[int, str]] | None:
    """The member lines of the block mapping at `indent` in lines [start, end): every other line is
    blank or more indented. None when a line breaks that shape or a key is not simple."""
    members: list[tuple[int, str]] = []
    for number in range(start, end):
        line = lines[number]
        stripped = line.lstrip(" ")
        if not stripped or stripped == "\r":
            continue
        depth = len(line) - len(stripped)
        if depth > indent:
            if not members:
                return None
            continue
        if depth < indent:
            return None
        match = _KEY.match(stripped)
        if match is None:
            return None
        members.append((number, _key_text(match)))
    return members


def _key_text(match: re.Match[str]) -> str:
    for group in ("plain", "single", "double"):
        value = match.group(group)
        if value is not None:
            return value
    raise AssertionError("the key pattern has three alternatives")


def _inner_indent(lines: list[str], line: int, end: int, indent: int) -> int | None:
    """The indent of the block mapping that is the value of the member at `line`, or None when its
    value is anything else (a scalar on the key's line, a sequence, a flow collection)."""
    after_colon = lines[line].split(":", 1)[1].strip() if ":" in lines[line] else "x"
    if after_colon:
        return None
    for number in range(line + 1, end):
        stripped = lines[number].lstrip(" ")
        if stripped and stripped != "\r":
            depth = len(lines[number]) - len(stripped)
            return depth if depth > indent and _KEY.match(stripped) else None
    return None


def _joined(parent: Parsed, moved: Parsed, path: list[str], kept: list[str], taken: list[str]) -> Parsed | None:
    """The parent's value with the child's members put back in their place in the split mapping, and the
    two line maps in one; None unless both sides hold exactly the keys the lines promised."""
    data, lines = parent
    part, part_lines = moved
    if not isinstance(part, dict) or [str(k) for k in part] != taken:
        return None
    holder: Any = None
    mapping: Any = data
    for key in path:
        if not isinstance(mapping, dict):
            return None
        found = [k for k in mapping if str(k) == key]
        if len(found) != 1:
            return None
        holder, mapping = (mapping, found[0]), mapping[found[0]]
    if not isinstance(mapping, dict) or [str(k) for k in mapping] != kept:
        return None
    items = list(mapping.items())
    merged = dict(items[:1] + list(part.items()) + items[1:])
    if len(merged) != len(items) + len(part):
        return None  # a key on both sides: a duplicate the whole parse reports
    if holder is None:
        data = merged
    else:
        holder[0][holder[1]] = merged
    lines.update(part_lines)
    return data, lines
