"""The round-trip matrix: fixtures x languages x the Python -> TypeScript -> Go -> Python chain, with
the JSON Schema as referee; and `xsdk roundtrip` on captures. Fixtures are data: a line is a case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator import ir
from generator.cli import main
from generator.referee import Referee
from generator.roundtrip.check import check_events, choose_schema, json_equal, summary
from generator.sse import Captured, read_events

from conftest import FIXTURES, ROOT, SUMMARIES
from helpers import copy_project

LANGUAGES = ["python", "typescript", "go"]
CAPTURES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".sse", ".jsonl") and ".invalid" not in p.name)
INVALID = sorted(FIXTURES.glob("*.invalid.jsonl"))


@pytest.fixture(scope="module")
def referee(config) -> Referee:  # type: ignore[no-untyped-def]
    from generator.load import Workspace

    return Referee(Workspace.open(config.schema))


def test_json_equality_is_json_semantics() -> None:
    assert json_equal({"a": [1, 2.0]}, {"a": [1.0, 2]})
    assert not json_equal(1, True) and not json_equal(0, False) and not json_equal(None, 0)
    assert not json_equal({"a": 1}, {"a": 1, "b": None})


def test_events_are_assigned_to_the_union_that_lists_their_type(model: ir.Model) -> None:
    assert choose_schema(model, {"type": "image_generation.completed"}, None) == "ImageGenStreamEvent"
    assert choose_schema(model, {"type": "response.created"}, None) == "ResponseStreamEvent"
    assert choose_schema(model, {"type": "image_generation.future"}, None) == "ImageGenStreamEvent"
    assert choose_schema(model, {"type": "x"}, "ImagesResponse") == "ImagesResponse"


@pytest.mark.slow
@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_every_language_agrees_on_every_captured_event(capture: Path, model: ir.Model, referee: Referee,
                                                       drivers: Any) -> None:
    events = list(read_events(capture.read_text(encoding="utf-8")))
    assert len(events) >= 3
    reports = check_events(events, model, referee, drivers)
    SUMMARIES.append((f"round trip: {capture.name}", summary(reports, LANGUAGES)))
    problems = [f"line {r.line} ({r.kind}): {p}" for r in reports for p in r.problems]
    assert problems == []
    for report in reports:
        assert set(report.replies) == set(LANGUAGES)
        if report.expected == "accept":
            assert report.chain == "ok"
            decoded = {report.replies[lang]["decoded"] for lang in LANGUAGES}
            assert "unknown" not in decoded, report
        else:
            assert report.expected == "unknown"  # captures hold only valid or newer-than-us events
            assert {report.replies[lang]["decoded"] for lang in LANGUAGES} == {"unknown"}


STREAMS = ("ResponseStreamEvent", "ImageGenStreamEvent", "ImageEditStreamEvent")


def test_captures_exercise_every_known_event_type(model: ir.Model) -> None:
    seen = {e.value.get("type") for capture in CAPTURES for e in read_events(capture.read_text())}
    known = {m.value for union in STREAMS for m in model.get(union).members}  # type: ignore[union-attr]
    assert len(known) == 58 + 2 + 2 and known <= seen, known - seen


def invalid_cases() -> list[Any]:
    cases = []
    for path in INVALID:
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if line.strip():
                case = json.loads(line)
                cases.append(pytest.param(case["event"], case["path"], id=f"{path.stem}:{number}"))
    return cases


@pytest.mark.slow
@pytest.mark.parametrize("event, path", invalid_cases())
def test_every_language_rejects_a_defect_at_its_path(event: Any, path: str, model: ir.Model, referee: Referee,
                                                     drivers: Any) -> None:
    [report] = check_events([Captured(1, event)], model, referee, drivers)
    assert report.referee_error is not None, "the fixture must be invalid for the JSON Schema"
    assert report.expected == "reject"
    for language in LANGUAGES:
        reply = report.replies[language]
        assert reply["ok"] is False and reply["path"] == path, (language, reply)
        assert path in reply["error"], (language, reply)  # the message names the path
    assert report.problems == []


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_roundtrip_command_on_an_sse_capture() -> None:
    code, out, err = run_cli("roundtrip", "--config", str(ROOT / "pyproject.toml"),
                             str(FIXTURES / "responses_image_generation.sse"))
    assert code == 0, out + err
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("response.")}
    assert rows["response.image_generation_call.partial_image"] == ["2", "accept", "2/2", "2/2", "2/2", "2/2"]
    assert rows["response.created"] == ["1", "accept", "1/1", "1/1", "1/1", "1/1"]
    assert "10 agreed, 0 disagreed" in out


def test_roundtrip_command_finds_a_binding_that_accepts_too_much(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    module = tmp_path / "generated/python/xsdk_events/types/responses/response_image_gen_call_generating_event.py"
    module.write_text(module.read_text().replace("    item_id: str\n", "    item_id: Optional[str] = None\n")
                      .replace("from typing import Literal", "from typing import Literal, Optional"))
    capture = tmp_path / "events.jsonl"
    capture.write_text(json.dumps({"type": "response.image_generation_call.generating", "output_index": 0,
                                   "sequence_number": 1}) + "\n")
    import sys

    sys.modules.pop("xsdk_events", None)  # import the edited copy, not the one other tests loaded
    for name in [m for m in sys.modules if m.startswith("xsdk_events.")]:
        sys.modules.pop(name)
    try:
        code, out, _ = run_cli("roundtrip", "--config", str(config), "--lang", "python", str(capture))
    finally:
        sys.path.remove(str(tmp_path / "generated/python"))
        for name in [m for m in sys.modules if m == "xsdk_events" or m.startswith("xsdk_events.")]:
            sys.modules.pop(name)
    assert code == 1
    assert "DISAGREE python accepted what the schema rejects" in out and "'item_id' is a required property" in out
    assert "0 agreed, 1 disagreed" in out


def test_roundtrip_command_reports_unreadable_events(tmp_path: Path) -> None:
    capture = tmp_path / "broken.sse"
    capture.write_text("data: {not json}\n\n")
    code, out, _ = run_cli("roundtrip", "--config", str(ROOT / "pyproject.toml"), "--lang", "python", str(capture))
    assert code == 1 and "broken.sse:1" in out and "not JSON" in out


def test_roundtrip_command_refuses_an_unknown_schema_name() -> None:
    code, _, err = run_cli("roundtrip", "--config", str(ROOT / "pyproject.toml"), "--schema-name", "Nope",
                           str(FIXTURES / "image_events.jsonl"))
    assert code == 2 and "no component named 'Nope'" in err
