"""The generated SSE reader of the Go module (types/stream) and the stream unions' readers
(components.New<Union>Reader): the Go unit tests of tests/drivers/go_stream_test.go (tests/fixtures/*.sse
through testing/iotest readers, line ends, [DONE], a 1 MiB event, errors), and the stream driver of
tests/drivers/go_stream_driver.go held to generator/sse.py, the Python reader whose framing rules the Go
reader mirrors, on fixtures and generated streams read 1..N bytes at a time."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.naming.symbols import Symbols
from generator.roundtrip import go as go_driver
from generator.sse import read_sse
from generator.targets import go as go_target

from conftest import FIXTURES, ROOT, schema_examples

pytestmark = pytest.mark.slow

DRIVERS = ROOT / "tests" / "drivers"
CHUNKS = [0, 1, 2, 3, 7, 64]  # bytes per Read; 0: as many as the reader asks for
Module = tuple[str, Path, dict[str, str]]


@pytest.fixture(scope="module")
def stream_module(config: Config, model: ir.Model, symbols: dict[str, Symbols],
                  tmp_path_factory: pytest.TempPathFactory) -> Module:
    tool = go_driver.find_go()
    if not tool:
        pytest.fail(go_driver.GO_MISSING)
    scratch = tmp_path_factory.mktemp("go-stream")
    settings = config.targets["go"]
    extra = {"stream_test.go": DRIVERS / "go_stream_test.go", "streamdriver/main.go": DRIVERS / "go_stream_driver.go"}
    extra.update({f"testdata/{p.name}": p for p in sorted(FIXTURES.glob("*.sse"))})
    workdir = go_driver.write_module(scratch / "module", model, symbols["go"], settings.option("module"),
                                     settings.option("package"), settings.out, extra=extra)
    return tool, workdir, go_driver.go_env(scratch)


@pytest.fixture(scope="module")
def stream_driver(stream_module: Module) -> Path:
    tool, workdir, env = stream_module
    return go_driver.build(tool, workdir, env, "./streamdriver", "streamdriver-bin")


def ask(binary: Path, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One answer per request ({"mode", "body", "chunk", "max"}), in order."""
    text = "".join(json.dumps(r) + "\n" for r in requests)
    result = subprocess.run([str(binary)], input=text, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(requests), result.stderr
    return answers


def python_frames(body: str) -> list[dict[str, Any]]:
    return [{"event": f.event, "data": f.data, "line": f.line} for f in read_sse(body)]


def go_frames(answer: dict[str, Any]) -> list[dict[str, Any]]:
    assert answer["error"] is None, answer["error"]
    return [{k: e[k] for k in ("event", "data", "line")} for e in answer["events"]]


def sse(events: list[dict[str, Any]], newline: str = "\n", comment_every: int = 0) -> str:
    """A body as OpenAI sends one: `event:` + one `data:` line per event, keep-alive comments between."""
    out = []
    for i, event in enumerate(events):
        if comment_every and i % comment_every == 0:
            out.append(f": keep-alive{newline}{newline}")
        data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
        out.append(f"event: {event.get('type', 'message')}{newline}data: {data}{newline}{newline}")
    return "".join(out)


def union_of(event: Any) -> str:
    kind = event.get("type") if isinstance(event, dict) else None
    for prefix, union in (("image_generation.", "ImageGenStreamEvent"), ("image_edit.", "ImageEditStreamEvent")):
        if isinstance(kind, str) and kind.startswith(prefix):
            return union
    return "ResponseStreamEvent"


# --- the Go unit tests, and go vet on them and the drivers ---

def test_go_vet_and_unit_tests(stream_module: Module, stream_driver: Path) -> None:
    tool, workdir, env = stream_module
    for args in (["vet", "./..."], ["test", "-count=1", "."]):
        result = go_driver.go(tool, args, workdir, env)
        assert result.returncode == 0, f"go {' '.join(args)}:\n{result.stdout}{result.stderr}"


# --- framing: the Go reader splits streams as generator/sse.py does ---

SYNTHETIC = [
    "",
    "\n\n\n",
    ": only a comment",
    "data: a\n\ndata: b",  # the input may end inside an event
    "data: one\ndata: two\ndata:\ndata\n\n",  # multi-line data, empty data lines, a field without a colon
    "data:no space\ndata:  two spaces\ndata:\tx\n\n",
    "event: first\nevent: second\ndata: x\n\ndata: y\n\n",  # the last event: wins; a blank line resets it
    "event: none\n\ndata: 1\n\n",  # an event without data is skipped
    "id: 1\nretry: 10\nfoo: bar\n: c\nunknown\ndata: z\n\n",  # the event begins at its first field line
    ": a\n:b\n\n:\ndata: after comments\n\n",
    "data: {\"a\": 1}\n\ndata: [DONE]\n\ndata: {\"late\": true}\n\n",  # [DONE] ends the stream
    "data: [DONE] \n\ndata: [DONE]\ndata: more\n\ndata:[DONE]\n\ndata: never\n\n",
    "data: [DONE]",
    "data: x\r\n\r\ndata: y\r\rdata: z\n\r\n",  # mixed line ends
    "DATA: upper\nData: mixed\n data: indented\ndata : spaced\n\n",  # none of these is a data field
    "data: \u2028 and \x0c and \x0b are not line ends\n\n",
    "data: caf\u00e9 \u20ac \U0001f600\n\n",
]


def variants(body: str) -> dict[str, str]:
    normal = body.replace("\r\n", "\n").replace("\r", "\n")
    return {"as written": body, "LF": normal, "CRLF": normal.replace("\n", "\r\n"), "CR": normal.replace("\n", "\r")}


def test_framing_matches_the_python_reader(stream_driver: Path) -> None:
    bodies = {p.name: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.sse"))}
    bodies.update({f"synthetic {i}": body for i, body in enumerate(SYNTHETIC)})
    cases = [(name, how, text, chunk) for name, body in bodies.items() for how, text in variants(body).items()
             for chunk in CHUNKS]
    answers = ask(stream_driver, [{"mode": "frames", "body": text, "chunk": chunk} for _, _, text, chunk in cases])
    for (name, how, text, chunk), answer in zip(cases, answers):
        assert go_frames(answer) == python_frames(text), f"{name} ({how}, {chunk}-byte reads)"


def _random_stream(rng: random.Random) -> str:
    """A stream of random lines (fields, comments, blanks, [DONE]) with random line ends."""
    values = ["", " ", "x", " y", "  z", "[DONE]", ":", "a: b", "{\"k\": [1, 2]}", "\u00e9\U0001f600", "\x0c\u2028"]
    lines = []
    for _ in range(rng.randint(0, 25)):
        kind = rng.choice(["data", "data", "data", "event", "id", "retry", "other", "comment", "blank", "blank",
                           "bare"])
        value = rng.choice(values)
        if kind in ("data", "event", "id", "retry", "other"):
            sep = rng.choice([":", ": ", ":  "])
            lines.append(("unknown" if kind == "other" else kind) + sep + value)
        elif kind == "comment":
            lines.append(":" + value)
        elif kind == "bare":
            lines.append(rng.choice(["data", "event", "id"]))
        else:
            lines.append("")
    ends = [rng.choice(["\n", "\r\n", "\r"]) for _ in lines]
    return "".join(line + end for line, end in zip(lines, ends)) + rng.choice(["", "", "data: tail"])


def test_random_streams_match_the_python_reader(stream_driver: Path) -> None:
    rng = random.Random(20251018)
    bodies = [_random_stream(rng) for _ in range(400)]
    requests = [{"mode": "frames", "body": body, "chunk": rng.choice(CHUNKS)} for body in bodies]
    for request, answer in zip(requests, ask(stream_driver, requests)):
        assert go_frames(answer) == python_frames(request["body"]), repr(request)


# --- typed decoding: every member of the stream unions, fixtures and a realistic stream ---

def _expected_events(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"line": f["line"], "event": f["event"], "type": json.loads(f["data"])["type"], "unknown": False,
             "value": json.loads(f["data"])} for f in frames]


def _typed(answer: dict[str, Any]) -> list[dict[str, Any]]:
    assert answer["error"] is None, answer["error"]
    return answer["events"]


@pytest.mark.parametrize("capture", sorted(FIXTURES.glob("*.sse")), ids=lambda p: p.name)
def test_captures_decode_to_known_members(stream_driver: Path, capture: Path) -> None:
    body = capture.read_text(encoding="utf-8")
    frames = python_frames(body)
    mode = union_of(json.loads(frames[0]["data"]))
    requests = [{"mode": mode, "body": text, "chunk": chunk} for text in variants(body).values() for chunk in CHUNKS]
    for request, answer in zip(requests, ask(stream_driver, requests)):
        assert _typed(answer) == _expected_events(frames), (capture.name, request["chunk"])


def _every_event(model: ir.Model, union: str) -> list[dict[str, Any]]:
    """Every event the repository has for a union: captures, tests/fixtures/every_event.jsonl and the
    schema examples of the union and its members."""
    decl = model.get(union)
    assert isinstance(decl, ir.UnionDecl)
    members = {m.target for m in decl.members}
    events: list[Any] = []
    for capture in sorted(FIXTURES.glob("*.sse")):
        events += [json.loads(f["data"]) for f in python_frames(capture.read_text(encoding="utf-8"))]
    every = FIXTURES / "every_event.jsonl"
    if every.exists():
        events += [json.loads(line) for line in every.read_text(encoding="utf-8").splitlines() if line.strip()]
    events += [value for component, value in schema_examples(model) if component == union or component in members]
    return [e for e in events if union_of(e) == union]


@pytest.mark.parametrize("union", ["ResponseStreamEvent", "ImageGenStreamEvent", "ImageEditStreamEvent"])
def test_a_stream_of_every_member_decodes(stream_driver: Path, model: ir.Model, union: str) -> None:
    decl = model.get(union)
    assert isinstance(decl, ir.UnionDecl)
    events = _every_event(model, union)
    assert {e["type"] for e in events} == {m.value for m in decl.members}, "a member without an event to test"
    for newline in ("\n", "\r\n"):
        body = sse(events, newline, comment_every=5) + f"data: [DONE]{newline}{newline}" + sse(events[:1], newline)
        expected = _expected_events(python_frames(body))
        assert len(expected) == len(events)
        for chunk in (0, 1, 5):
            [answer] = ask(stream_driver, [{"mode": union, "body": body, "chunk": chunk}])
            assert _typed(answer) == expected, (newline, chunk)


def test_an_unknown_event_type_is_kept(stream_driver: Path) -> None:
    event = {"type": "response.brand_new.thing", "sequence_number": 3, "payload": {"deep": [1, 2.5, None]}}
    [answer] = ask(stream_driver, [{"mode": "ResponseStreamEvent", "body": sse([event]), "chunk": 1}])
    assert _typed(answer) == [{"line": 1, "event": "response.brand_new.thing", "type": "response.brand_new.thing",
                               "unknown": True, "value": event}]


# --- errors: the event's line and name, the JSON path inside it ---

def _invalid_cases() -> list[tuple[str, str, Any]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.invalid.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                case = json.loads(line)
                cases.append((f"{path.name}:{number}", case["path"], case["event"]))
    return cases


def _valid_event(model: ir.Model, union: str) -> dict[str, Any]:
    return _every_event(model, union)[0]


@pytest.mark.parametrize("where, path, event", _invalid_cases(), ids=[c[0] for c in _invalid_cases()])
def test_an_invalid_event_is_an_error_at_its_line_and_path(stream_driver: Path, model: ir.Model, where: str,
                                                           path: str, event: Any) -> None:
    union = union_of(event)
    good = _valid_event(model, union)
    body = sse([good], comment_every=1) + "event: bad\ndata: " + json.dumps(event) + "\n\n" + sse([good])
    line = python_frames(body)[1]["line"]
    for chunk in (0, 1):
        [answer] = ask(stream_driver, [{"mode": union, "body": body, "chunk": chunk}])
        assert [e["value"] for e in answer["events"]] == [good]
        error = answer["error"]
        assert error is not None, f"{where}: accepted"
        assert (error["path"], error["line"], error["event"]) == (path, line, "bad"), error
        assert error["message"].startswith(f'stream: event "bad" at line {line}: components: cannot decode ')
        assert f" at {path}: expected " in error["message"]


def test_data_that_is_not_json_names_its_line(stream_driver: Path) -> None:
    body = ": hello\n\nevent: response.output_text.delta\ndata: {\"type\": \"response.output_text.delta\",\n\n"
    [answer] = ask(stream_driver, [{"mode": "ResponseStreamEvent", "body": body, "chunk": 3}])
    assert answer["events"] == [] and answer["error"]["line"] == 3 and answer["error"]["path"] == ""
    assert answer["error"]["message"].startswith('stream: event "response.output_text.delta" at line 3: ')


# --- big events ---

def _big_partial_image(size: int) -> dict[str, Any]:
    b64 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9Q" * (size // 64 + 1))[:size]
    return {"type": "response.image_generation_call.partial_image", "sequence_number": 5, "output_index": 0,
            "item_id": "ig_1", "partial_image_index": 0, "partial_image_b64": b64, "size": "1024x1024",
            "quality": "high", "background": "opaque", "output_format": "png"}


def test_a_one_mebibyte_event(stream_driver: Path) -> None:
    event = _big_partial_image(1 << 20)
    body = ": opening\n\n" + sse([event], "\r\n") + "data: [DONE]\r\n\r\n"
    expected = [{"line": 3, "event": event["type"], "type": event["type"], "unknown": False, "value": event}]
    requests = [{"mode": "ResponseStreamEvent", "body": body, "chunk": chunk} for chunk in (0, 1, 4093)]
    requests.append({"mode": "frames", "body": body, "chunk": 1})
    *typed, frames = ask(stream_driver, requests)
    for answer in typed:
        assert _typed(answer) == expected
    assert go_frames(frames) == python_frames(body)


def test_the_event_size_limit(stream_driver: Path) -> None:
    event = _big_partial_image(5000)
    body = sse([{"type": "response.queued.unknown"}, event])
    requests = [{"mode": mode, "body": body, "chunk": 1, "max": 4096} for mode in ("frames", "ResponseStreamEvent")]
    requests.append({"mode": "ResponseStreamEvent", "body": body, "chunk": 0, "max": 8192})
    limited_frames, limited, enough = ask(stream_driver, requests)
    for answer in (limited_frames, limited):
        assert len(answer["events"]) == 1
        assert answer["error"]["too_large"] and answer["error"]["line"] == 5, answer["error"]
    assert _typed(enough)[1]["value"] == event


# --- what the generator emits ---

def test_every_root_union_has_a_reader(model: ir.Model, symbols: dict[str, Symbols]) -> None:
    tree = (ROOT / "generated" / "go")
    for union in ("ResponseStreamEvent", "ImageGenStreamEvent", "ImageEditStreamEvent"):
        name = symbols["go"].type(union)
        text = (tree / "models" / "components" / f"{symbols['go'].files[union]}.go").read_text(encoding="utf-8")
        assert (f"func New{name}Reader(body io.Reader) *stream.EventStream[{name}] {{\n"
                f"\treturn stream.NewEventStream(body, stream.JSON[{name}])\n}}\n") in text
        assert '\t"io"\n\n\t"github.com/xsdk/xsdk/generated/go/types/stream"\n)' in text
    assert go_target.referenced_ids(model).isdisjoint({"ResponseStreamEvent", "ImageGenStreamEvent",
                                                       "ImageEditStreamEvent"})
    assert sorted((tree / "types" / "stream").iterdir()) == [tree / "types/stream/reader.go",
                                                          tree / "types/stream/stream.go"]
