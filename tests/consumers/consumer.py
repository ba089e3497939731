"""A program a user of the published `xsdk-events` wheel would write: read a Responses stream
(text/event-stream) from a file, decode every event, re-encode it, and print a JSON summary."""

import json
import sys
from typing import Dict, List

from pydantic import TypeAdapter

from xsdk_events import __version__
from xsdk_events.streaming import StreamDecodeError, iter_events
from xsdk_events.types.responses import ResponseStreamEvent, ResponseStreamEventUnknown, ResponseTextDeltaEvent


def main(path: str) -> int:
    adapter: TypeAdapter[ResponseStreamEvent] = TypeAdapter(ResponseStreamEvent)
    events: List[Dict[str, object]] = []
    text = ""
    unknown = 0
    with open(path, "rb") as body:
        try:
            for event in iter_events(body, adapter.validate_json):
                if isinstance(event, ResponseTextDeltaEvent):
                    text += event.delta
                elif isinstance(event, ResponseStreamEventUnknown):
                    unknown += 1
                events.append(event.to_dict())
        except StreamDecodeError as error:
            print(json.dumps({"error_path": error.path}))
            return 3
    print(json.dumps({"version": __version__, "events": events, "text": text, "unknown": unknown}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
