// A program a user of the published `@xsdk/events` tarball would write: read a Responses stream
// (text/event-stream) from a file, decode every event, re-encode it, and print a JSON summary.
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { StreamDecodeError, readEvents } from "@xsdk/events/streaming";
import {
  isOpenResponsesStreamEventUnknown,
  openResponsesStreamEventFromJSON,
  openResponsesStreamEventToJSON,
  type OpenResponsesStreamEvent,
} from "@xsdk/events/models";

const pkg = createRequire(import.meta.url)("@xsdk/events/package.json") as { version: string };

async function main(path: string): Promise<number> {
  const body = createReadStream(path);
  const events: unknown[] = [];
  let text = "";
  let unknown = 0;
  try {
    for await (const event of readEvents(body, openResponsesStreamEventFromJSON)) {
      const typed: OpenResponsesStreamEvent = event;
      if (isOpenResponsesStreamEventUnknown(typed)) {
        unknown += 1;
      } else if (typed.type === "response.output_text.delta") {
        text += typed.delta;
      }
      events.push(JSON.parse(openResponsesStreamEventToJSON(typed)));
    }
  } catch (error) {
    if (error instanceof StreamDecodeError) {
      console.log(JSON.stringify({ error_path: error.path }));
      return 3;
    }
    throw error;
  }
  console.log(JSON.stringify({ version: pkg.version, events, text, unknown }));
  return 0;
}

process.exitCode = await main(process.argv[2] ?? "");
