"""The no-change fast path of `xsdk generate`: skipped only when every input and output is as recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import generator.cli as cli
from helpers import calls_to, copy_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "project").mkdir()
    config = copy_project(tmp_path / "project")
    assert generate(config).exit_code == 0  # records the entry
    return config


def generate(config: Path, *args: str) -> "object":
    result = CliRunner().invoke(cli.main, ["generate", "--config", str(config), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def renders(config: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> bool:
    """Whether generate goes down the full path (load, render, write) this time."""
    with monkeypatch.context() as patch:
        calls = calls_to(patch, cli, "build")
        result = generate(config, *args)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    return bool(calls)


def test_nothing_changed_renders_nothing(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not renders(project, monkeypatch)


def test_a_schema_edit_regenerates(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project.parent
    schema = root / "schemas" / "openapi.yaml"
    schema.write_text(schema.read_text(encoding="utf-8").replace("version: 0.1.0", "version: 0.1.1"), encoding="utf-8")
    assert renders(project, monkeypatch)
    assert 'version = "0.1.1"' in (root / "generated" / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert not renders(project, monkeypatch)


def test_a_hand_edited_or_deleted_output_is_restored(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = project.parent / "generated" / "go" / "models" / "components" / "doc.go"
    original = doc.read_text(encoding="utf-8")
    doc.write_text(original + "// edited\n", encoding="utf-8")
    assert renders(project, monkeypatch)
    assert doc.read_text(encoding="utf-8") == original
    doc.unlink()
    assert renders(project, monkeypatch)
    assert doc.read_text(encoding="utf-8") == original


def test_a_template_edit_regenerates(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = project.parent / "templates" / "go" / "doc.go.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n// one more line\n", encoding="utf-8")
    assert renders(project, monkeypatch)
    doc = project.parent / "generated" / "go" / "models" / "components" / "doc.go"
    assert doc.read_text(encoding="utf-8").endswith("// one more line\n")


def test_other_languages_or_modes_have_their_own_entries(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert renders(project, monkeypatch, "--lang", "go")
    assert not renders(project, monkeypatch, "--lang", "go")
    assert not renders(project, monkeypatch)
