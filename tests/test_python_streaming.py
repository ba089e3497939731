"""The generated Python package's SSE reader (xsdk_events.streaming)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, AsyncIterator, Iterator

import pydantic
import pytest

from generator.sse import read_events

from conftest import FIXTURES, ROOT

import sys

sys.path.insert(0, str(ROOT / "generated" / "python"))
from xsdk_events.streaming import StreamDecodeError, aiter_events, iter_events, iter_sse  # noqa: E402
from xsdk_events.types.responses import ResponseStreamEvent  # noqa: E402

DECODE = pydantic.TypeAdapter(ResponseStreamEvent).validate_json
CAPTURES = [p for p in sorted(FIXTURES.glob("*.sse")) if "image_generation." not in p.read_text()[:200]
            or "response." in p.read_text()[:400]]
RESPONSES = [FIXTURES / "responses_full_stream.sse", FIXTURES / "responses_image_generation.sse"]


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start:start + size]


def expected(path: Path) -> list[Any]:
    return [c.value for c in read_events(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("capture", RESPONSES, ids=lambda p: p.name)
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096, 1 << 20])
def test_every_chunking_gives_the_same_typed_events(capture: Path, size: int) -> None:
    events = list(iter_events(chunks(capture.read_bytes(), size), DECODE))
    assert [e.to_dict() for e in events] == expected(capture)
    assert all(type(e).__name__ != "ResponseStreamEventUnknown" for e in events)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends(newline: str) -> None:
    capture = RESPONSES[0]
    data = capture.read_text(encoding="utf-8").replace("\n", newline).encode()
    for size in (1, 5):
        assert [e.to_dict() for e in iter_events(chunks(data, size), DECODE)] == expected(capture)


def test_a_utf8_character_split_between_chunks() -> None:
    event = {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "m", "output_index": 0,
             "content_index": 0, "delta": "café € 😀", "logprobs": []}
    data = f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()
    [decoded] = iter_events(chunks(data, 1), DECODE)
    assert decoded.to_dict() == event


def test_comments_multiline_data_ids_and_done() -> None:
    text = (": keep-alive\n\nid: 7\nevent: x\ndata: {\"a\":\ndata:  1}\n\n:\n\ndata: [DONE]\n\ndata: {\"late\": 1}\n\n")
    [sse] = iter_sse([text])
    assert (sse.event, sse.data, sse.id, sse.line) == ("x", '{"a":\n 1}', "7", 3)


def test_a_bad_event_names_its_line_and_path() -> None:
    bad = {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "m", "output_index": 1.5,
           "content_index": 0, "delta": "x", "logprobs": []}
    data = f": hi\n\nevent: response.output_text.delta\ndata: {json.dumps(bad)}\n\n".encode()
    with pytest.raises(StreamDecodeError) as info:
        list(iter_events([data], DECODE))
    assert info.value.path == "$.output_index" and info.value.sse.line == 3
    assert str(info.value).startswith("event at line 3 (response.output_text.delta): $.output_index: ")
    missing = {k: v for k, v in bad.items() if k != "item_id"} | {"output_index": 0}
    with pytest.raises(StreamDecodeError) as info:
        list(iter_events([f"data: {json.dumps(missing)}\n\n"], DECODE))
    assert info.value.path == "$.item_id"
    with pytest.raises(StreamDecodeError, match=r"\$: not JSON"):
        list(iter_events([b"data: {oops\n\n"], DECODE))


def test_async_reader() -> None:
    capture = RESPONSES[0]

    async def source() -> AsyncIterator[bytes]:
        for chunk in chunks(capture.read_bytes(), 13):
            yield chunk

    async def collect() -> list[Any]:
        return [e.to_dict() async for e in aiter_events(source(), DECODE)]

    assert asyncio.run(collect()) == expected(capture)
