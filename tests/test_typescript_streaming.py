"""The generated TypeScript package's event-stream reader (`@xsdk/events/streaming`): the captures of
tests/fixtures/*.sse split into chunks of every size, CRLF and CR line ends, UTF-8 sequences split
between chunks, comments, `event:`/`id:`/`retry:`, `[DONE]`, a bad event (an error naming its path and
line), cancellation; compared with the Python framing (generator/sse.py). One compiled runner program
answers every case in one node process; consumer programs are type-checked under `tsc --strict`."""

from __future__ import annotations

import base64
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.pipeline import build
from generator.roundtrip.typescript import Workspace, shared_workspace
from generator.sse import read_sse

from conftest import FIXTURES

pytestmark = pytest.mark.slow

CAPTURES = sorted(FIXTURES.glob("*.sse"))

# Reads cases (JSON on stdin) and answers, per case, what reading the whole stream as one chunk gives
# (`reference`) and every split of it that gives anything else (`mismatches`, which must be empty).
RUNNER = r"""
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";

import * as models from "@xsdk/events/models";
import { SDKValidationError } from "@xsdk/events";
import {
  readEvents,
  readServerSentEvents,
  StreamDecodeError,
  type EventStreamSource,
  type ServerSentEvent,
} from "@xsdk/events/streaming";

type SourceKind = "bytes" | "stream" | "text" | "readable";
type Case = { name: string; body: string; union?: string; sizes: number[]; sources: SourceKind[]; decodeUpTo: number };
type Outcome = { frames: ServerSentEvent[]; events?: unknown[]; error?: unknown };
type Decode = (json: string) => { ok: true; value: unknown } | { ok: false; error: SDKValidationError };

const exported = models as unknown as Record<string, unknown>;

function slices(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

function source(bytes: Uint8Array, size: number, kind: SourceKind): EventStreamSource {
  const chunks = slices(bytes, size);
  switch (kind) {
    case "bytes":
      return (async function* () { yield* chunks; })();
    case "readable":
      return Readable.from(chunks.map((c) => Buffer.from(c)));
    case "text": {
      const text = new TextDecoder().decode(bytes);
      return (async function* () { for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size); })();
    }
    case "stream": {
      let next = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = chunks[next++];
          if (chunk === undefined) controller.close(); else controller.enqueue(chunk);
        },
      });
    }
  }
}

function describeError(error: unknown): unknown {
  if (error instanceof StreamDecodeError) {
    return { name: error.name, message: error.message, path: error.path, typeName: error.typeName,
             expected: error.expected, event: error.event, validation: error.cause instanceof SDKValidationError };
  }
  return { name: error instanceof Error ? error.name : typeof error, message: String(error) };
}

async function outcome(c: Case, bytes: Uint8Array, size: number, kind: SourceKind, decoded: boolean): Promise<Outcome> {
  const frames: ServerSentEvent[] = [];
  for await (const frame of readServerSentEvents(source(bytes, size, kind))) frames.push(frame);
  if (c.union === undefined || !decoded) return { frames };
  const decode = exported[`${c.union}FromJSON`] as Decode;
  const encode = exported[`${c.union}ToJSON`] as (value: unknown) => string;
  const events: unknown[] = [];
  try {
    for await (const event of readEvents(source(bytes, size, kind), decode)) events.push(JSON.parse(encode(event)));
  } catch (error) {
    return { frames, events, error: describeError(error) };
  }
  return { frames, events };
}

async function run(c: Case): Promise<unknown> {
  const bytes = new Uint8Array(Buffer.from(c.body, "base64"));
  const reference = await outcome(c, bytes, Math.max(bytes.length, 1), "bytes", true);
  const expected = JSON.stringify(reference);
  const mismatches: unknown[] = [];
  let runs = 0;
  for (const kind of c.sources) {
    for (const size of c.sizes) {
      runs++;
      // every split is framed; decoding (which only sees the frames) is repeated for the small ones
      const decoded = size <= c.decodeUpTo;
      const got = await outcome(c, bytes, size, kind, decoded);
      const same = decoded ? JSON.stringify(got) === expected : JSON.stringify(got.frames) === JSON.stringify(reference.frames);
      if (!same && mismatches.length < 3) mismatches.push({ kind, size, got });
    }
  }
  return { name: c.name, reference, mismatches, runs };
}

async function stops(): Promise<unknown> {
  // An endless stream: one event, [DONE], then events for ever. Reading must stop at [DONE] and cancel it.
  const encoder = new TextEncoder();
  let pulls = 0;
  let cancelled = false;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      const text = pulls === 1 ? 'data: {"n": 1}\n\ndata: [DO' : pulls === 2 ? "NE]\n\n" : 'data: {"n": 2}\n\n';
      controller.enqueue(encoder.encode(text));
      if (pulls > 1000) controller.close();
    },
    cancel() { cancelled = true; },
  });
  const seen: string[] = [];
  for await (const frame of readServerSentEvents(endless)) seen.push(frame.data);
  const done = { seen, pulls, cancelled };

  // Leaving the loop early cancels the stream, and an async iterable's iterator is returned.
  let leftCancelled = false;
  const left = new ReadableStream<Uint8Array>({
    pull(controller) { controller.enqueue(encoder.encode('data: {"n": 3}\n\n')); },
    cancel() { leftCancelled = true; },
  });
  for await (const frame of readServerSentEvents(left)) { if (frame.data !== "") break; }
  let returned = false;
  const generator = (async function* () {
    try { for (;;) yield 'data: {"n": 4}\n\n'; } finally { returned = true; }
  })();
  for await (const frame of readServerSentEvents(generator)) { if (frame.data !== "") break; }

  let noBody: unknown = null;
  try {
    for await (const frame of readServerSentEvents(null)) void frame;
  } catch (error) {
    noBody = describeError(error);
  }
  return { done, leftCancelled, returned, noBody };
}

const cases = JSON.parse(readFileSync(0, "utf8")) as Case[];
const results: unknown[] = [];
for (const c of cases) results.push(await run(c));
process.stdout.write(JSON.stringify({ results, stops: await stops() }));
"""


@pytest.fixture(scope="module")
def workspace(config: Config, model: ir.Model, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    tree = build(config, ["typescript"], model)["typescript"]
    built = shared_workspace(tree, lambda: tmp_path_factory.mktemp("typescript"))
    assert built.build.returncode == 0, built.build.stdout + built.build.stderr
    return built


@pytest.fixture(scope="module")
def runner(workspace: Workspace) -> Path:
    compiled = workspace.compile("streaming-runner", {"runner.ts": RUNNER},
                                 {"types": ["node"], "exactOptionalPropertyTypes": True,
                                  "noUncheckedIndexedAccess": True})
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return workspace.program_dir("streaming-runner") / "out" / "runner.js"


def union_of(text: str) -> str:
    first = next(read_sse(text))
    return "imageGenStreamEvent" if json.loads(first.data)["type"].startswith("image_generation.") \
        else "openResponsesStreamEvent"


def case(name: str, body: bytes, union: str | None, sizes: list[int], sources: list[str],
         decode_up_to: int = 1 << 30) -> dict[str, Any]:
    """A stream to read split into chunks of each of `sizes`, from each kind of source; decoded too at the
    sizes up to `decode_up_to` (decoding sees only the frames: at the others, the frames are compared)."""
    out: dict[str, Any] = {"name": name, "body": base64.b64encode(body).decode(), "sizes": sizes, "sources": sources,
                           "decodeUpTo": decode_up_to}
    if union is not None:
        out["union"] = union
    return out


EVENT: dict[str, Any] = {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_é€😀",
                         "output_index": 0, "content_index": 0, "delta": "naïve café – 日本語 😀🎉", "logprobs": []}

FEATURES = (
    "\ufeffevent: first\n"  # the byte order mark is skipped: this is an `event:` field
    "data: 0\n"
    "\n"
    ": a comment\n"
    "retry: 3000\n"
    "\n"
    ": keep-alive\n"
    "id: 1\n"
    "event: response.output_text.delta\n"
    'data: {"type":"response.output_text.delta",\n'
    ": a comment inside an event\n"
    'data:  "sequence_number":1}\n'
    "\n"
    "data\n"
    "data: x\n"
    "\n"
    "id: bad\0id\n"
    "retry: 12x\n"
    "unknown: field\n"
    'data:{"n": 2}\n'
    "\n"
    "event: no-data-no-event\n"
    "\n"
    "data: [DONE]\n"
    "\n"
    'data: {"after": "done"}\n'
    "\n"
)
FEATURE_FRAMES = [  # JSON has no undefined: the first event has no id or retry yet
    {"event": "first", "data": "0", "line": 1},
    {"event": "response.output_text.delta", "data": '{"type":"response.output_text.delta",\n "sequence_number":1}',
     "id": "1", "retry": 3000, "line": 8},
    {"event": "message", "data": "\nx", "id": "1", "retry": 3000, "line": 14},
    {"event": "message", "data": '{"n": 2}', "id": "1", "retry": 3000, "line": 17},
]

BAD = {**EVENT, "output_index": "0"}
INVALID = (f": hi\n\nevent: response.output_text.delta\ndata: {json.dumps(EVENT, ensure_ascii=False)}\n\n"
           f"event: response.output_text.delta\ndata: {json.dumps(BAD)}\n\ndata: {json.dumps(EVENT)}\n\n")
NOT_JSON = f"data: {json.dumps(EVENT)}\n\ndata: {{oops\n\n"


def every_size(body: bytes) -> list[int]:
    return list(range(1, len(body) + 1))


@pytest.fixture(scope="module")
def results(runner: Path, workspace: Workspace) -> dict[str, Any]:
    cases = []
    for capture in CAPTURES:
        text = capture.read_text(encoding="utf-8")
        body = text.encode()
        union = union_of(text)
        cases.append(case(capture.name, body, union, every_size(body), ["bytes"], 16))
        cases.append(case(capture.name + " (stream)", body, union, list(range(1, 65)) + [100, 1000], ["stream"], 4))
        for newline, label in (("\r\n", "crlf"), ("\r", "cr")):
            other = text.replace("\n", newline).encode()
            cases.append(case(f"{capture.name} ({label})", other, union, every_size(other), ["bytes"], 4))
    utf8 = f"data: {json.dumps(EVENT, ensure_ascii=False)}\r\n\r\n".encode()
    cases.append(case("utf8", utf8, "openResponsesStreamEvent", every_size(utf8), ["bytes", "stream", "text"]))
    features = FEATURES.encode()
    cases.append(case("features", features, None, every_size(features), ["bytes", "text", "readable"]))
    mixed = b"data: a\r\n\rdata: b\n\r\ndata: c\r\r: x\ndata: d"  # every line end, and no blank line at the end
    cases.append(case("mixed line ends", mixed, None, every_size(mixed), ["bytes", "text"]))
    cases.append(case("cr at the end", b"data: e\r", None, [1, 2, 3], ["bytes"]))
    invalid = INVALID.encode()
    cases.append(case("invalid", invalid, "openResponsesStreamEvent", every_size(invalid), ["bytes", "stream"]))
    cases.append(case("not json", NOT_JSON.encode(), "openResponsesStreamEvent", [1, 3, 50], ["bytes"]))
    run = subprocess.run(["node", str(runner)], input=json.dumps(cases), capture_output=True, text=True,
                         timeout=300, cwd=workspace.root)
    assert run.returncode == 0, run.stderr[-3000:]
    answer: dict[str, Any] = json.loads(run.stdout)
    by_name = {r["name"]: r for r in answer["results"]}
    for name, result in by_name.items():
        assert result["mismatches"] == [], (name, result["mismatches"][0])
        assert result["runs"] > 0
    return {"cases": by_name, "stops": answer["stops"]}


def frames_of(result: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [(f["event"], f["data"], f["line"]) for f in result["reference"]["frames"]]


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_captures_read_the_same_at_every_chunk_size_as_the_python_framing(results: dict[str, Any],
                                                                         capture: Path) -> None:
    text = capture.read_text(encoding="utf-8")
    python = [(f.event, f.data, f.line) for f in read_sse(text)]
    assert len(python) >= 3
    for name in (capture.name, capture.name + " (stream)", capture.name + " (crlf)", capture.name + " (cr)"):
        result = results["cases"][name]
        assert frames_of(result) == python, name
        assert result["runs"] >= (66 if "(stream)" in name else len(text))
        reference = result["reference"]
        assert "error" not in reference, reference["error"]
        assert reference["events"] == [json.loads(data) for _, data, _ in python], name  # decoded, re-encoded


def test_utf8_sequences_split_between_chunks(results: dict[str, Any]) -> None:
    result = results["cases"]["utf8"]
    assert result["reference"]["events"] == [EVENT]
    assert result["runs"] == 3 * len(f"data: {json.dumps(EVENT, ensure_ascii=False)}\r\n\r\n".encode())


def test_comments_fields_and_done(results: dict[str, Any]) -> None:
    assert results["cases"]["features"]["reference"]["frames"] == FEATURE_FRAMES
    # the Python framing agrees on events, data and lines
    python = [(f.event, f.data, f.line) for f in read_sse(FEATURES)]
    assert python == frames_of(results["cases"]["features"])


def test_every_kind_of_line_end_and_a_last_event_without_blank_line(results: dict[str, Any]) -> None:
    mixed = "data: a\r\n\rdata: b\n\r\ndata: c\r\r: x\ndata: d"
    assert frames_of(results["cases"]["mixed line ends"]) == [(f.event, f.data, f.line) for f in read_sse(mixed)] == [
        ("message", "a", 1), ("message", "b", 3), ("message", "c", 5), ("message", "d", 8)]
    assert frames_of(results["cases"]["cr at the end"]) == [("message", "e", 1)]


def test_a_bad_event_stops_reading_with_its_path_and_line(results: dict[str, Any]) -> None:
    reference = results["cases"]["invalid"]["reference"]
    assert reference["events"] == [EVENT]  # the events before it were read
    error = reference["error"]
    assert error["name"] == "StreamDecodeError" and error["validation"]
    assert error["path"] == "$.output_index" and error["typeName"] == "OpenResponsesStreamEvent"
    assert error["event"]["line"] == 6 and error["event"]["event"] == "response.output_text.delta"
    assert error["message"] == ('event at line 6 (response.output_text.delta): OpenResponsesStreamEvent: invalid '
                                'value at $.output_index: expected a number, got the string "0"')
    error = results["cases"]["not json"]["reference"]["error"]
    assert error["path"] == "$" and error["expected"] == "JSON text" and error["event"]["line"] == 3
    assert error["message"].startswith("event at line 3 (message): OpenResponsesStreamEvent: invalid value at $: ")


def test_done_and_leaving_early_cancel_the_stream(results: dict[str, Any]) -> None:
    stops = results["stops"]
    assert stops["done"]["seen"] == ['{"n": 1}'] and stops["done"]["cancelled"]
    assert stops["done"]["pulls"] <= 3  # the chunk with [DONE], and at most one the stream queued ahead
    assert stops["leftCancelled"] and stops["returned"]
    assert stops["noBody"]["name"] == "TypeError" and "no event stream" in stops["noBody"]["message"]


# --- consumer programs under tsc --strict ---

CONSUMER = """\
import {
  imageGenStreamEventFromJSON,
  isOpenResponsesStreamEventUnknown,
  openResponsesStreamEventFromJSON,
  type ImageGenStreamEvent,
  type OpenResponsesStreamEvent,
} from "@xsdk/events/models";
import {
  readEvents,
  readServerSentEvents,
  ServerSentEventParser,
  StreamDecodeError,
  type EventStreamSource,
  type ServerSentEvent,
} from "@xsdk/events/streaming";

export async function text(response: Response): Promise<string> {
  let out = "";
  try {
    for await (const event of readEvents(response.body, openResponsesStreamEventFromJSON)) {
      const e: OpenResponsesStreamEvent = event;
      if (e.type === "response.output_text.delta") {
        out += e.delta;
      } else if (isOpenResponsesStreamEventUnknown(e)) {
        out += String(e.raw["type"]);
      }
    }
  } catch (error) {
    if (!(error instanceof StreamDecodeError)) {
      throw error;
    }
    const where: string = `${error.path} at line ${error.event.line} (${error.event.event}): ${error.cause.expected}`;
    return where;
  }
  return out;
}

export async function images(chunks: AsyncIterable<string>): Promise<number> {
  let partial = 0;
  for await (const event of readEvents(chunks, imageGenStreamEventFromJSON)) {
    const e: ImageGenStreamEvent = event;
    if (e.type === "image_generation.partial_image") {
      partial += e.partialImageIndex;
    }
  }
  return partial;
}

export async function frames(body: ReadableStream<Uint8Array>): Promise<ServerSentEvent[]> {
  const out: ServerSentEvent[] = [];
  for await (const frame of readServerSentEvents(body)) {
    const id: string | undefined = frame.id;
    const retry: number | undefined = frame.retry;
    out.push({ ...frame, id, retry });
  }
  return out;
}

export function parse(pieces: string[]): ServerSentEvent[] {
  const parser = new ServerSentEventParser();
  const out = pieces.flatMap((piece) => parser.push(piece));
  return parser.done ? out : [...out, ...parser.end()];
}

export const sources: EventStreamSource[] = [new Response("data: 1\\n\\n").body!, (async function* () { yield "x"; })()];
"""

NEGATIVE = {
    # the decoded events are of the decoder's type, not another union's
    "wrong_union.ts": 'import { openResponsesStreamEventFromJSON, type ImageGenStreamEvent } from "@xsdk/events/models";\n'
                      'import { readEvents } from "@xsdk/events/streaming";\n'
                      "export async function f(r: Response): Promise<void> {\n"
                      "  for await (const e of readEvents(r.body, openResponsesStreamEventFromJSON)) {\n"
                      "    const i: ImageGenStreamEvent = e;\n    void i;\n  }\n}\n",
    # a decoder is a `…FromJSON` function: text in, a result out
    "wrong_decoder.ts": 'import { readEvents } from "@xsdk/events/streaming";\n'
                        "export const events = (r: Response) => readEvents(r.body, (json: string) => json.length);\n",
    # a string is not a stream of chunks
    "wrong_source.ts": 'import { imageGenStreamEventFromJSON } from "@xsdk/events/models";\n'
                       'import { readEvents } from "@xsdk/events/streaming";\n'
                       'export const events = readEvents("data: {}\\n\\n", imageGenStreamEventFromJSON);\n',
    # the frames are read-only
    "readonly.ts": 'import type { ServerSentEvent } from "@xsdk/events/streaming";\n'
                   'export function f(e: ServerSentEvent): void { e.data = ""; }\n',
}


def test_consumer_programs_compile_under_strict_and_wrong_ones_do_not(workspace: Workspace) -> None:
    """With the DOM's fetch types (the runner above is compiled with Node's: its web streams, `Readable`);
    the README's examples too."""
    options = {"lib": ["ES2022", "DOM", "DOM.Iterable", "DOM.AsyncIterable"], "exactOptionalPropertyTypes": True}
    readme = re.findall(r"^```typescript\n(.*?)^```", (workspace.package / "README.md").read_text(), re.M | re.S)
    assert len(readme) == 2 and "readEvents(response.body, openResponsesStreamEventFromJSON)" in readme[1]
    examples = {f"readme{i}.ts": "declare const line: string;\ndeclare const response: Response;\n" + code +
                "export {};\n" for i, code in enumerate(readme)}
    result = workspace.typecheck("streaming", {"consumer.ts": CONSUMER, **examples, **NEGATIVE}, options)
    failing = set(re.findall(r"^(\w+\.ts)\(\d+,\d+\): error TS\d+", result.stdout, re.M))
    assert failing == set(NEGATIVE), result.stdout  # consumer.ts and the README compile, each wrong program not


def test_the_reader_is_exported_as_a_subpath(workspace: Workspace) -> None:
    package = json.loads((workspace.package / "package.json").read_text())
    assert package["exports"]["./streaming"] == {"types": "./dist/lib/streaming.d.ts",
                                                 "default": "./dist/lib/streaming.js"}
    assert (workspace.package / "dist" / "lib" / "streaming.d.ts").exists()
