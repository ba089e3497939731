"""Work moved to a second process gives exactly the answers (and the errors) of work done in one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import parallel, pipeline, validate
from generator.cli_common import _config
from generator.errors import SchemaErrors
from generator.parallel import Background

from conftest import ROOT
from helpers import openapi, write_schema

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is what is being tested")


def test_background_result_comes_from_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_JOBS", "2")
    work = Background(lambda: (os.getpid(), {"big": list(range(100_000))}))
    pid, value = work.result()
    assert pid != os.getpid() and value == {"big": list(range(100_000))}


def test_one_job_runs_the_work_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_JOBS", "1")
    assert parallel.jobs() == 1
    assert Background(os.getpid).result() == os.getpid()


def test_a_failing_child_is_redone_here_so_its_error_is_raised_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_JOBS", "2")
    calls: list[int] = []

    def work() -> int:
        calls.append(os.getpid())
        raise ValueError("boom")

    background = Background(work)
    with pytest.raises(ValueError, match="boom"):
        background.result()
    assert calls == [os.getpid()]  # the child's call happened in the child; this one is the redo


def _build(config_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, strict: bool) -> tuple[object, object]:
    monkeypatch.setenv("XSDK_JOBS", jobs)
    config = _config(config_path, None, None)
    loaded = pipeline.load_model(config, strict)
    trees = pipeline.build(config, ["python", "typescript", "go"], loaded.model,
                           None if strict else loaded.warnings)
    return trees, [w.render() for w in loaded.warnings]


def test_parallel_build_is_identical_to_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "BACKGROUND_MIN_CHARS", 0)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DECLS", 0)
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    config = ROOT / "pyproject.toml"
    for strict in (True, False):
        assert _build(config, monkeypatch, "2", strict) == _build(config, monkeypatch, "1", strict)


def test_background_validation_errors_win_and_keep_their_order(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "BACKGROUND_MIN_CHARS", 0)
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    write_schema(tmp_path, {"openapi.yaml": openapi("""
        A:
          type: object
          properties:
            n: {type: integer, minimum: "zero"}
        B:
          type: strin
    """) + "paths: {/x: {get: {responses: []}}}\n"})
    (tmp_path / "pyproject.toml").write_text('[tool.xsdk]\nschema = "schemas/openapi.yaml"\n', encoding="utf-8")
    messages = {}
    for jobs in ("1", "2"):
        monkeypatch.setenv("XSDK_JOBS", jobs)
        with pytest.raises(SchemaErrors) as caught:
            pipeline.load_model(_config(tmp_path / "pyproject.toml", None, None), strict=True)
        messages[jobs] = caught.value.render()
    assert messages["2"] == messages["1"]
    assert messages["1"].index("not valid OpenAPI 3.1") < messages["1"].index("not a valid JSON Schema")
