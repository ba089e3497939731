"""The realistic Responses stream the runtime benchmarks decode: the events of
tests/fixtures/responses_full_stream.sse and tests/fixtures/every_event.jsonl, repeated with their
text, ids and indices varied, sequence numbers renumbered 0..N-1."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.sse import read_sse  # noqa: E402

DELTAS = 8
FIXTURES = ROOT / "tests" / "fixtures"
WORDS = ["the", "weather", "in", "Paris", "is", "sunny", "with", "a", "high", "of", "21°C", "and", "light",
         "wind", "—", "enjoy", "your", "day", "🙂", "\"quoted\"", "tab\tseparated", "line\nbreak"]


def seed_events() -> list[dict[str, Any]]:
    events = [json.loads(f.data) for f in read_sse((FIXTURES / "responses_full_stream.sse").read_text("utf-8"))]
    events += [json.loads(line) for line in (FIXTURES / "every_event.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    return events


def _vary(event: dict[str, Any], round_: int, n: int) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(event))
    for key in ("delta", "text"):
        if isinstance(out.get(key), str) and out[key] and not out[key].startswith("{"):
            words = [WORDS[(round_ + n + i) % len(WORDS)] for i in range(1 + (round_ + n) % 7)]
            out[key] = out[key] + " " + " ".join(words) if key == "text" else " ".join(words) + " "
    if isinstance(out.get("item_id"), str):
        out["item_id"] = f"{out['item_id']}_{round_}"
    if isinstance(out.get("output_index"), int):
        out["output_index"] = out["output_index"] + round_ % 3
    return out


def build(count: int) -> list[str]:
    """`count` events as compact JSON texts, the way a server sends them."""
    seeds = seed_events()
    # every seed event once per pass, and each `.delta` event DELTAS times: real streams are mostly deltas
    texts: list[str] = []
    round_ = 0
    while len(texts) < count:
        for n, event in enumerate(seeds):
            for repeat in range(DELTAS if str(event.get("type", "")).endswith(".delta") else 1):
                if len(texts) == count:
                    return texts
                varied = _vary(event, round_ + repeat, n)
                if "sequence_number" in varied:
                    varied["sequence_number"] = len(texts)
                texts.append(json.dumps(varied, ensure_ascii=False, separators=(",", ":")))
        round_ += 1
    return texts


def write(directory: Path, count: int) -> tuple[Path, Path]:
    """stream.jsonl (one event per line) and stream.sse (the same as a text/event-stream body)."""
    texts = build(count)
    jsonl = directory / "stream.jsonl"
    sse = directory / "stream.sse"
    jsonl.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    sse.write_text("".join(f"event: {json.loads(t)['type']}\ndata: {t}\n\n" for t in texts), encoding="utf-8")
    return jsonl, sse


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    print(*write(out, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000))
