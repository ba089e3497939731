// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

// Reading `text/event-stream` bodies (server-sent events): `readEvents(body, xFromJSON)` yields each
// event decoded by a generated `…FromJSON` function; `readServerSentEvents(body)` yields the events as
// framed, undecoded. Framing follows the WHATWG rules (lines end with CRLF, LF or CR, split anywhere
// across chunks; `data:` lines are joined with "\n"; `event:`, `id:` and `retry:` fields; lines starting
// with ":" are comments and keep-alives), as the Python reader of these bindings does, plus two
// conventions of AI APIs' streams: `data: [DONE]` ends the stream, and an event the stream ends in
// without its closing blank line is still read.

import type { SDKValidationError } from "./errors.js";
import type { SafeParseResult } from "./result.js";

/** One event of a stream, as its fields framed it. */
export type ServerSentEvent = {
  /** The `event:` field, or "message" when the event has none. */
  readonly event: string;
  /** Its `data:` lines, joined with "\n". */
  readonly data: string;
  /** The last `id:` the stream has sent so far (an id carries over to later events), if any. */
  readonly id: string | undefined;
  /** The last valid `retry:` (milliseconds) the stream has sent so far, if any. */
  readonly retry: number | undefined;
  /** The line of the stream (1-based) the event's first field is on. */
  readonly line: number;
};

/** The part of a WHATWG `ReadableStream` the readers use (fetch's `response.body`). */
export interface ReadableStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array | string | undefined }>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  };
}

/**
 * What the readers read: a byte stream (fetch's `response.body`), or any async iterable of byte or
 * text chunks (a Node.js readable stream, a generator). Chunks may split the text anywhere, even inside
 * a UTF-8 sequence or between the CR and LF of a line end.
 */
export type EventStreamSource = ReadableStreamLike | AsyncIterable<Uint8Array | string>;

/** The payload that ends a stream of AI API events: `data: [DONE]`. */
export const DONE = "[DONE]";

/**
 * The framing of a `text/event-stream`, one piece of text at a time: `push` each piece as it arrives
 * (split anywhere) and take the events it completes, then `end` at the end of the stream. After
 * `data: [DONE]`, `done` is true and nothing more is read.
 */
export class ServerSentEventParser {
  #partial = ""; // the text of the line being read
  #afterCR = false; // the last piece ended in CR: a LF the next one starts with ends no second line
  #started = false; // a byte order mark is skipped at the very start only
  #lines = 0; // lines read so far
  #event = "";
  #data: string[] = [];
  #start = 0; // the line of the pending event's first field
  #id: string | undefined = undefined;
  #retry: number | undefined = undefined;
  #done = false;

  /** Whether the stream has said `data: [DONE]`. */
  get done(): boolean {
    return this.#done;
  }

  /** Reads one piece of the stream; returns the events it completes. */
  push(text: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let i = 0;
    if (!this.#started && text.length > 0) {
      this.#started = true;
      i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    if (this.#afterCR && i < text.length) {
      this.#afterCR = false;
      i += text.charCodeAt(i) === 10 ? 1 : 0;
    }
    let from = i;
    for (; i < text.length && !this.#done; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) {
        continue;
      }
      const line = this.#partial + text.slice(from, i);
      this.#partial = "";
      if (c === 13) {
        if (i + 1 === text.length) {
          this.#afterCR = true;
        } else if (text.charCodeAt(i + 1) === 10) {
          i++;
        }
      }
      from = i + 1;
      this.#read(line, events);
    }
    if (!this.#done) {
      this.#partial += text.slice(from);
    }
    return events;
  }

  /** Ends the stream: returns the event it ends in without a closing blank line, if any. */
  end(): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    if (!this.#done && this.#partial !== "") {
      const line = this.#partial;
      this.#partial = "";
      this.#read(line, events);
    }
    if (!this.#done) {
      this.#dispatch(events);
    }
    return events;
  }

  #read(line: string, events: ServerSentEvent[]): void {
    this.#lines++;
    if (line === "") {
      this.#dispatch(events);
      return;
    }
    if (line.startsWith(":")) {
      return; // a comment, or a keep-alive
    }
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) {
      value = value.slice(1);
    }
    this.#start ||= this.#lines;
    switch (field) {
      case "data":
        this.#data.push(value);
        break;
      case "event":
        this.#event = value;
        break;
      case "id":
        if (!value.includes("\0")) {
          this.#id = value;
        }
        break;
      case "retry":
        if (/^[0-9]+$/.test(value)) {
          this.#retry = Number(value);
        }
        break;
      default:
        break; // a field this version of the format does not have
    }
  }

  #dispatch(events: ServerSentEvent[]): void {
    if (this.#data.length > 0) {
      const data = this.#data.join("\n");
      if (data === DONE) {
        this.#done = true;
      } else {
        events.push({ event: this.#event || "message", data, id: this.#id, retry: this.#retry, line: this.#start });
      }
    }
    this.#event = "";
    this.#data = [];
    this.#start = 0;
  }
}

/**
 * The events of a stream as framed, undecoded, until `data: [DONE]` or the end of the stream. Leaving
 * the loop early, or `[DONE]`, cancels a `ReadableStream` (or returns an async iterable's iterator);
 * an error reading the stream is thrown as it is.
 */
export async function* readServerSentEvents(
  source: EventStreamSource | null | undefined,
): AsyncGenerator<ServerSentEvent, void, undefined> {
  if (source === null || source === undefined) {
    throw new TypeError("there is no event stream to read (a response without a body?)");
  }
  const parser = new ServerSentEventParser();
  const decoder = utf8Decoder();
  for await (const chunk of chunks(source)) {
    yield* parser.push(typeof chunk === "string" ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true }));
    if (parser.done) {
      return;
    }
  }
  yield* parser.push(decoder.decode());
  yield* parser.end();
}

/**
 * The events of a stream, each decoded from its JSON `data` by `decode` (a generated `…FromJSON`
 * function): `for await (const event of readEvents(response.body, openResponsesStreamEventFromJSON))`.
 * An event of a kind the union does not know decodes to its `…Unknown` member. An event its type
 * rejects ends the loop with a `StreamDecodeError` thrown (the stream is cancelled); to carry on past
 * such events, read `readServerSentEvents` and decode each event's `data` yourself.
 */
export async function* readEvents<T>(
  source: EventStreamSource | null | undefined,
  decode: (json: string) => SafeParseResult<T, SDKValidationError>,
): AsyncGenerator<T, void, undefined> {
  for await (const event of readServerSentEvents(source)) {
    const result = decode(event.data);
    if (!result.ok) {
      throw new StreamDecodeError(event, result.error);
    }
    yield result.value;
  }
}

/** An event of a stream that its type does not accept: where in the event, and where in the stream. */
export class StreamDecodeError extends Error {
  override readonly name = "StreamDecodeError";
  /** The type the event was decoded as. */
  readonly typeName: string;
  /** Where in the event the first problem is: a JSON path in wire names (`$`, `$.output_index`). */
  readonly path: string;
  /** What the type expects there. */
  readonly expected: string;
  /** The event as framed: its `event` name, `data` and the `line` of the stream it is on. */
  readonly event: ServerSentEvent;
  /** The validation error, with every problem found (`issues`). */
  override readonly cause: SDKValidationError;

  constructor(event: ServerSentEvent, error: SDKValidationError) {
    super(`event at line ${event.line} (${event.event}): ${error.message}`);
    this.typeName = error.typeName;
    this.path = error.path;
    this.expected = error.expected;
    this.event = event;
    this.cause = error;
  }
}

type Utf8Decoder = { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

function utf8Decoder(): Utf8Decoder {
  // TextDecoder is a global of every JavaScript runtime with streams; the ES2022 library types lack it.
  const { TextDecoder } = globalThis as unknown as {
    TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => Utf8Decoder;
  };
  return new TextDecoder("utf-8", { ignoreBOM: true }); // the parser skips the byte order mark
}

function isReadableStreamLike(source: EventStreamSource): source is ReadableStreamLike {
  return typeof (source as { getReader?: unknown }).getReader === "function";
}

async function* chunks(source: EventStreamSource): AsyncGenerator<Uint8Array | string, void, undefined> {
  if (!isReadableStreamLike(source)) {
    if (typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== "function") {
      throw new TypeError("an event stream is a ReadableStream or an async iterable of byte or text chunks");
    }
    yield* source;
    return;
  }
  const reader = source.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      if (value !== undefined) {
        yield value;
      }
    }
  } finally {
    if (!finished) {
      await reader.cancel().catch(() => undefined); // left early, [DONE], or the stream failed
    }
    reader.releaseLock();
  }
}
