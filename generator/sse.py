"""Reading captured event streams: `text/event-stream` bodies (WHATWG SSE framing) and JSON Lines."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

DONE = "[DONE]"


@dataclass(frozen=True)
class Frame:
    """One dispatched server-sent event: its `event:` name (or "message"), joined `data:` and the line it began on."""

    event: str
    data: str
    line: int


def _lines(text: str) -> Iterator[tuple[int, str]]:
    # SSE accepts CRLF, LF and a lone CR as line ends, and ignores a byte order mark at the start
    text = text[1:] if text.startswith("\ufeff") else text
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        yield number, line


def read_sse(text: str) -> Iterator[Frame]:
    """Frames of an event stream; comments (`:`) and keep-alives are skipped, `data: [DONE]` ends it."""
    event, start = "", 0
    data: list[str] = []
    for number, line in _lines(text):
        if not line:
            if data:
                payload = "\n".join(data)
                if payload == DONE:
                    return
                yield Frame(event or "message", payload, start)
            event, data, start = "", [], 0
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        start = start or number
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
    if data and "\n".join(data) != DONE:
        yield Frame(event or "message", "\n".join(data), start)


def looks_like_sse(text: str) -> bool:
    for _, line in _lines(text):
        stripped = line.strip()
        if stripped:
            return stripped.startswith((":", "data:", "event:", "id:", "retry:")) or stripped in ("data", "event")
    return False


@dataclass(frozen=True)
class Captured:
    line: int
    value: Any = None
    error: str | None = None  # the payload was not JSON


def read_events(text: str) -> Iterable[Captured]:
    """Every event of a capture, SSE or JSON Lines, decoded as JSON (or the reason it is not JSON)."""
    if looks_like_sse(text):
        items: Iterable[tuple[int, str]] = ((f.line, f.data) for f in read_sse(text))
    else:
        items = ((n, line) for n, line in _lines(text) if line.strip())
    for line, payload in items:
        try:
            yield Captured(line, json.loads(payload))
        except json.JSONDecodeError as exc:
            yield Captured(line, error=f"not JSON: {exc.msg} at column {exc.colno}")
