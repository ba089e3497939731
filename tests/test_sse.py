"""Reading captures: SSE framing and JSON Lines."""

from __future__ import annotations

from generator.sse import Frame, looks_like_sse, read_events, read_sse

STREAM = (
    ": keep-alive\n"
    "\n"
    "event: response.image_generation_call.generating\n"
    'data: {"type": "response.image_generation_call.generating",\n'
    'data:  "sequence_number": 1}\n'
    "\n"
    "data:{\"type\": \"x\"}\r\n"
    "id: 7\r\n"
    "\r\n"
    ":\n"
    "data: [DONE]\n"
    "\n"
    "data: {\"after\": \"done\"}\n"
    "\n"
)


def test_sse_frames_join_multiline_data_skip_comments_and_stop_at_done() -> None:
    frames = list(read_sse(STREAM))
    assert frames == [
        Frame("response.image_generation_call.generating",
              '{"type": "response.image_generation_call.generating",\n "sequence_number": 1}', 3),
        Frame("message", '{"type": "x"}', 7),
    ]


def test_last_event_without_trailing_blank_line_is_kept() -> None:
    assert [f.data for f in read_sse("data: 1\n\ndata: 2")] == ["1", "2"]


def test_format_is_detected() -> None:
    assert looks_like_sse(STREAM)
    assert not looks_like_sse('{"type": "a"}\n{"type": "b"}\n')


def test_events_are_decoded_with_their_line() -> None:
    captured = list(read_events('{"type": "a"}\n\n{"type": \n'))
    assert captured[0].value == {"type": "a"} and captured[0].line == 1
    assert captured[1].line == 3 and captured[1].error is not None and captured[1].error.startswith("not JSON")
    assert [c.value["type"] for c in read_events(STREAM)] == ["response.image_generation_call.generating", "x"]


def test_a_byte_order_mark_is_ignored() -> None:
    assert [f.data for f in read_sse("\ufeffdata: 1\n\n")] == ["1"]
