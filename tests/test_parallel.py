"""Work moved to a second process gives exactly the answers (and the errors) of work done in one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator import parallel, pipeline, targets, validate
from generator.cli import main
from generator.cli_common import _config
from generator.errors import SchemaError, SchemaErrors
from generator.parallel import Background

from conftest import ROOT
from helpers import copy_project, openapi, write_schema

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


def _generate(config: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["generate", "--config", str(config), "--update-names"])
    return result.exit_code, result.output


def test_generate_stages_in_the_render_process_and_writes_what_one_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DECLS", 0)  # the project's schema is small
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    outputs = {}
    for jobs in ("1", "2"):
        monkeypatch.setenv("XSDK_JOBS", jobs)
        (tmp_path / jobs).mkdir()
        config = copy_project(tmp_path / jobs)
        shutil.rmtree(tmp_path / jobs / "generated")  # everything is written anew
        code, output = _generate(config)
        assert code == 0, output
        generated = tmp_path / jobs / "generated"
        outputs[jobs] = {p.relative_to(generated).as_posix(): p.read_bytes() for p in generated.rglob("*") if p.is_file()}
        assert not [p for p in generated.iterdir() if p.name.startswith(".")], "staging or journal left behind"
    assert outputs["2"] == outputs["1"] and len(outputs["1"]) > 900


def test_a_render_failure_after_the_other_process_staged_leaves_the_output_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_DECLS", 0)
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    monkeypatch.setenv("XSDK_JOBS", "2")
    config = copy_project(tmp_path)
    generated = tmp_path / "generated"
    shutil.rmtree(generated / "typescript")  # so the second process (TypeScript) has a tree to stage
    before = {p: p.read_bytes() for p in generated.rglob("*") if p.is_file()}
    real = targets.renderers

    def go_fails() -> dict[str, Any]:  # Go renders in this process, after Python
        def go(ctx: Any) -> Any:
            raise SchemaError("go failed on purpose")
        return {**real(), "go": go}

    monkeypatch.setattr(pipeline, "renderers", go_fails)
    code, output = _generate(config)
    assert code == 2 and "go failed on purpose" in output
    after = {p: p.read_bytes() for p in generated.rglob("*") if p.is_file()}
    assert after == before
    assert not [p.name for p in generated.iterdir() if p.name.startswith(".")], "staging left behind"
