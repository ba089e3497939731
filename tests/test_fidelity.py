"""The fidelity report is a test: the targets of the Responses stream must hold."""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner

from generator.cli import main
from generator.fidelity import compare_models, report, render, shape

from conftest import ROOT, SUMMARIES

import pytest

OPENROUTER = ROOT.parent / "shared" / "corpora" / "openrouter-openapi-2025-10-18.yaml"
# The vendors' specs are test data beside the repository (../shared/corpora), as CI provides them.
needs_corpora = pytest.mark.skipif(not OPENROUTER.is_file(), reason=f"no {OPENROUTER} (the vendor corpora)")


@needs_corpora
def test_every_stream_event_matches_the_vendors(config: Any, model: Any, symbols: Any) -> None:
    rows = report(config, model, symbols, "ResponseStreamEvent", OPENROUTER)
    SUMMARIES.append(("fidelity (make fidelity)", render(rows).rsplit("\n\n", 1)[-1]))
    python = [r for r in rows if r.language == "python"]
    assert len(python) == 58 and [r for r in python if r.verdict != "exact"] == []
    for language in ("typescript", "go"):
        mine = [r for r in rows if r.language == language]
        assert len(mine) == 58
        assert [r for r in mine if r.verdict == "differs"] == []
        assert sum(r.verdict == "exact" for r in mine) == 27  # every event OpenRouter's Oct-2025 spec had
    ts = {r.event: r.ours for r in rows if r.language == "typescript"}
    go = {r.event: r.ours for r in rows if r.language == "go"}
    assert ts["response.output_text.delta"] == "OpenResponsesStreamEventResponseOutputTextDelta"
    assert go["response.reasoning_summary_part.added"] == "OpenResponsesReasoningSummaryPartAddedEventSchema"
    assert ts["response.queued"] == "OpenResponsesStreamEventResponseQueued"  # derived by the same rule
    assert go["response.queued"] == "ResponseQueuedEvent"


def test_comparison_notices_what_matters() -> None:
    from typing import List, Literal, Optional

    import pydantic

    class Ours(pydantic.BaseModel):
        a: int
        b: Optional[List[str]] = None
        kind: Literal["x"]

    class Ours2(pydantic.BaseModel):
        a: float
        kind: Literal["y"]
        c: str

    Ours2.__name__ = "Ours"
    assert compare_models(Ours, Ours) == []
    assert compare_models(Ours, Ours2) == [
        "a: int != float", "extra field b", "missing field c",
        "kind: Literal['x'] != Literal['y']"]
    assert shape(Optional[List[str]]) == "Union[List[str], NoneType]"


@needs_corpora
def test_fidelity_command() -> None:
    result = CliRunner().invoke(main, ["fidelity", "--config", str(ROOT / "pyproject.toml"),
                                       "--openrouter-spec", str(OPENROUTER)])
    assert result.exit_code == 0, result.output
    assert "python     58/58 exact against the vendor" in result.stdout
    assert "typescript 27/27 exact against the vendor, 31 derived" in result.stdout
    assert "go         27/27 exact against the vendor, 31 derived" in result.stdout
