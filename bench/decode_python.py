"""Child process: decode stream.jsonl with one decoder, print one JSON line {events, seconds, failed, error}.

usage: decode_python.py STREAM.jsonl xsdk|openai-adapter|openai-construct [ROUNDS]
- xsdk:             TypeAdapter(xsdk_events.types.responses.ResponseStreamEvent).validate_json(line)
- openai-adapter:   TypeAdapter(openai.types.responses.ResponseStreamEvent).validate_json(line) (validating)
- openai-construct: what the openai SDK's stream does per event: json.loads + openai._models.construct_type
                    (builds the model without validating it)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent


def decoder(kind: str) -> Callable[[str], Any]:
    from pydantic import TypeAdapter
    if kind == "xsdk":
        sys.path.insert(0, str(ROOT / "generated" / "python"))
        from xsdk_events.types.responses import ResponseStreamEvent  # type: ignore[import-not-found]
        return TypeAdapter(ResponseStreamEvent).validate_json
    from openai.types.responses import ResponseStreamEvent as OpenAIEvent
    if kind == "openai-adapter":
        return TypeAdapter(OpenAIEvent).validate_json
    if kind == "openai-construct":
        from openai._models import construct_type
        return lambda line: construct_type(type_=OpenAIEvent, value=json.loads(line))
    raise SystemExit(f"unknown decoder {kind}")


def main() -> None:
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    decode = decoder(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    failed, first_error = 0, ""
    for line in lines:
        try:
            decode(line)
        except Exception as exc:  # noqa: BLE001 - a rejected event is a result, not a crash
            failed += 1
            first_error = first_error or f"{json.loads(line).get('type')}: {str(exc).splitlines()[0]}"
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for line in lines:
            try:
                decode(line)
            except Exception:  # noqa: BLE001
                pass
        best = min(best, time.perf_counter() - start)
    print(json.dumps({"events": len(lines), "seconds": best, "failed": failed, "error": first_error}))


if __name__ == "__main__":
    main()
