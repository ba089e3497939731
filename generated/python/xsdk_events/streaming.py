# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

"""Read a `text/event-stream` body into typed events.

    from pydantic import TypeAdapter
    from xsdk_events.streaming import iter_events
    from xsdk_events.types.responses import ResponseStreamEvent

    for event in iter_events(response.iter_bytes(), TypeAdapter(ResponseStreamEvent).validate_json):
        ...

Chunks may split anywhere (inside a line, a CRLF or a UTF-8 sequence). `:` comments and keep-alives are
skipped, multi-line `data:` is joined with newlines, and `data: [DONE]` ends the stream. An event that
does not decode raises `StreamDecodeError`, which names the event's line and the JSON path.
"""

import codecs
import json
from typing import (
    Any, AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, List, NamedTuple, Optional, Tuple, TypeVar, Union,
)

import pydantic

__all__ = ["ServerSentEvent", "StreamDecodeError", "iter_sse", "aiter_sse", "iter_events", "aiter_events"]

T = TypeVar("T")
Chunk = Union[bytes, str]
DONE = "[DONE]"


class ServerSentEvent(NamedTuple):
    event: str
    """The `event:` field, "message" when absent."""
    data: str
    id: Optional[str]
    line: int
    """Line of the stream the event began on, counting from 1."""


class StreamDecodeError(ValueError):
    """An event whose data is not JSON or does not fit the expected type."""

    def __init__(self, sse: ServerSentEvent, path: str, reason: str) -> None:
        super().__init__(f"event at line {sse.line} ({sse.event}): {path}: {reason}")
        self.sse = sse
        self.path = path
        self.reason = reason


class _Parser:
    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buffer = ""
        self._line = 0
        self._event = ""
        self._data: List[str] = []
        self._id: Optional[str] = None
        self._start = 0
        self.done = False

    def feed(self, chunk: Chunk, final: bool = False) -> List[ServerSentEvent]:
        text = self._decoder.decode(chunk, final) if isinstance(chunk, bytes) else chunk
        self._buffer += text
        out: List[ServerSentEvent] = []
        while not self.done:
            cut = _line_end(self._buffer, final)
            if cut is None:
                break
            end, size = cut
            line, self._buffer = self._buffer[:end], self._buffer[end + size:]
            self._line += 1
            event = self._take(line)
            if event is not None:
                out.append(event)
        if final and not self.done and self._data:
            out.append(self._dispatch())
        return [e for e in out if e.data != DONE]

    def _take(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            if self._data:
                return self._dispatch()
            self._reset()
            return None
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        self._start = self._start or self._line
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        return None

    def _dispatch(self) -> ServerSentEvent:
        event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id, self._start)
        self.done = event.data == DONE
        self._reset()
        return event

    def _reset(self) -> None:
        self._event, self._data, self._start = "", [], 0


def _line_end(buffer: str, final: bool) -> Optional[Tuple[int, int]]:
    """(index, length) of the first line ending, if the buffer has a complete one."""
    for index, char in enumerate(buffer):
        if char == "\n":
            return index, 1
        if char == "\r":
            if index + 1 < len(buffer):
                return index, 2 if buffer[index + 1] == "\n" else 1
            return (index, 1) if final else None  # a CR at the end may be half of a CRLF
    return None


def iter_sse(chunks: Iterable[Chunk]) -> Iterator[ServerSentEvent]:
    parser = _Parser()
    for chunk in chunks:
        yield from parser.feed(chunk)
        if parser.done:
            return
    yield from parser.feed(b"", final=True)


async def aiter_sse(chunks: AsyncIterable[Chunk]) -> AsyncIterator[ServerSentEvent]:
    parser = _Parser()
    async for chunk in chunks:
        for event in parser.feed(chunk):
            yield event
        if parser.done:
            return
    for event in parser.feed(b"", final=True):
        yield event


def _decode(sse: ServerSentEvent, decode: Callable[[str], T]) -> T:
    try:
        return decode(sse.data)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        try:
            value: Any = json.loads(sse.data)
        except ValueError:
            raise StreamDecodeError(sse, "$", f"not JSON: {first['msg']}") from exc
        raise StreamDecodeError(sse, _json_path(value, first["loc"]), first["msg"]) from exc


def _json_path(value: Any, loc: Any) -> str:
    """pydantic's location in wire names, without the tags of discriminated unions or the labels it
    gives the branches of other unions."""
    path = "$"
    for index, part in enumerate(loc):
        if isinstance(value, dict) and isinstance(part, str):
            if part not in value:
                if index == len(loc) - 1:
                    path += f".{part}"  # a required field that is missing
                continue  # a discriminator value pydantic uses as a tag, or a union branch's label
            path += f".{part}"
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and part < len(value):
            path += f"[{part}]"
            value = value[part]
        else:
            break  # a leaf: the rest names union branches, not JSON
    return path


def iter_events(chunks: Iterable[Chunk], decode: Callable[[str], T]) -> Iterator[T]:
    """Typed events of a stream: `decode` turns one event's data (a JSON string) into a value."""
    for sse in iter_sse(chunks):
        yield _decode(sse, decode)


async def aiter_events(chunks: AsyncIterable[Chunk], decode: Callable[[str], T]) -> AsyncIterator[T]:
    async for sse in aiter_sse(chunks):
        yield _decode(sse, decode)
