"""The name lock (generated/names.lock): renames by a naming-rule change are refused until accepted on purpose,
schema additions and removals pass, `check` compares the lock, and the no-change fast path respects it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import generator.cli as cli
from generator import namelock
from generator.config import load_config
from generator.naming import profiles
from generator.pipeline import load_model, name_all

from conftest import ROOT
from helpers import calls_to, copy_project, openapi, write_schema

QUALITY = "enum: [low, medium, high]"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli.main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def snapshot(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    return copy_project(tmp_path)


def lock_lines(config: Path) -> list[str]:
    return (config.parent / "generated" / "names.lock").read_text(encoding="utf-8").splitlines()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_committed_lock_holds_every_identifier_of_the_schema(config, model) -> None:  # type: ignore[no-untyped-def]
    committed = (ROOT / "generated" / "names.lock").read_text(encoding="utf-8")
    current = namelock.entries(model, name_all(config, model))
    assert namelock.parse(committed, "names.lock") == current
    assert namelock.render(current) == committed  # byte for byte: sorted, one line per identifier
    body = [line for line in committed.splitlines() if not line.startswith("#")]
    assert all(len(line.split(" ")) == 4 for line in body)
    assert "go ImagesResponse type ImagesResponse" in body and "go ImagesResponse/created field Created" in body
    assert "python ImagesResponse file images_response" in body


def test_keys_with_odd_characters_are_percent_encoded_and_read_back(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, {"openapi.yaml": openapi("""
        Odd:
          type: object
          properties:
            "media type": {type: string, enum: [application/zip, "a b", "100%"]}
    """)})
    result = run("generate", "--config", str(ROOT / "pyproject.toml"), "--schema", str(schema),
                 "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "names.lock").read_text(encoding="utf-8")  # --out DIR: the lock lives in DIR
    assert "go Odd/media%20type/application%2Fzip member " in text
    assert "python Odd/media%20type field media_type\n" in text
    assert "python Odd/media%20type/100%25 member 100%25\n" in text
    config = load_config(ROOT / "pyproject.toml", schema, tmp_path / "out")
    model = load_model(config, strict=False).model
    assert namelock.parse(text, "names.lock") == namelock.entries(model, name_all(config, model, warnings=[]))


def renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A naming-rule change: Go's field `created` and Python's class ImagesResponse (and so its module) get
    other names."""
    go_field = profiles.OpenRouterGo.field_name
    py_component = profiles.OpenAIPython.component_name

    def field_name(self: Any, wire: str) -> str:
        return "CreatedAt" if wire == "created" else go_field(self, wire)

    def component_name(self: Any, decl: Any, model: Any) -> str:
        return "ImagesResult" if decl.id == "ImagesResponse" else py_component(self, decl, model)

    monkeypatch.setattr(profiles.OpenRouterGo, "field_name", field_name)
    monkeypatch.setattr(profiles.OpenAIPython, "component_name", component_name)


def test_a_rule_change_that_renames_is_refused_until_updated_on_purpose(project: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(project.parent / "generated")
    renamed(monkeypatch)
    result = run("generate", "--config", str(project))
    assert result.exit_code == 2
    assert "error: 3 locked name(s) would change (generated/names.lock keeps generated names stable):" in result.stderr
    assert "  go: Created -> CreatedAt (field ImagesResponse/created at images/images_response.yaml:" in result.stderr
    assert "  python: ImagesResponse -> ImagesResult (type ImagesResponse at images/images_response.yaml:" \
        in result.stderr
    assert "  python: images_response -> images_result (file ImagesResponse at" in result.stderr
    assert "make generate NAMES=update" in result.stderr and "--update-names" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(project.parent / "generated") == before  # neither the trees nor the lock

    check = run("check", "--config", str(project))
    assert check.exit_code == 1
    assert "-go ImagesResponse/created field Created\n+go ImagesResponse/created field CreatedAt" in check.stdout
    assert "go: Created -> CreatedAt" in check.stderr and "NAMES=update" in check.stderr

    update = run("generate", "--config", str(project), "--update-names")
    assert update.exit_code == 0, update.output
    assert "generated/names.lock: 3 renamed" in update.stdout
    lines = lock_lines(project)
    assert "go ImagesResponse/created field CreatedAt" in lines and "python ImagesResponse type ImagesResult" in lines
    assert run("check", "--config", str(project)).exit_code == 0
    assert run("generate", "--config", str(project)).exit_code == 0  # the new names are now the locked ones


def test_a_name_that_vanishes_while_its_schema_item_stays_is_refused(project: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    names = profiles.OpenAIPython.names
    inline = "ImagesResponse.usage.input_tokens_details"
    monkeypatch.setattr(profiles.OpenAIPython, "names", lambda self, decl: decl.id != inline and names(self, decl))
    result = run("generate", "--config", str(project))
    assert result.exit_code == 2
    assert ("python: UsageInputTokensDetails -> (no name) (type ImagesResponse/usage/input_tokens_details at "
            "images/images_response.yaml:") in result.stderr


def test_schema_additions_and_removals_pass_and_update_the_lock(project: Path) -> None:
    schema = project.parent / "schemas" / "images" / "images_response.yaml"
    edit(schema, QUALITY, "enum: [low, medium, high, ultra]")
    result = run("generate", "--config", str(project))
    assert result.exit_code == 0, result.output
    assert "generated/names.lock: 3 added" in result.stdout  # one member per language
    assert "go ImagesResponse/quality/ultra member ImagesResponseQualityUltra" in lock_lines(project)
    edit(schema, "enum: [low, medium, high, ultra]", QUALITY)
    result = run("generate", "--config", str(project))
    assert result.exit_code == 0, result.output
    assert "generated/names.lock: 3 dropped" in result.stdout
    assert not any("quality/ultra " in line for line in lock_lines(project))
    assert run("check", "--config", str(project)).exit_code == 0


def test_check_fails_on_a_stale_missing_or_conflicted_lock(project: Path) -> None:
    lock = project.parent / "generated" / "names.lock"
    original = lock.read_text(encoding="utf-8")
    lock.write_text(original.replace("go ImagesResponse/created field Created\n", ""), encoding="utf-8")
    result = run("check", "--config", str(project))
    assert result.exit_code == 1
    assert "--- a/generated/names.lock\n+++ b/generated/names.lock" in result.stdout
    assert "+go ImagesResponse/created field Created\n" in result.stdout

    lock.unlink()
    result = run("check", "--config", str(project))
    assert result.exit_code == 1 and "--- /dev/null\n+++ b/generated/names.lock" in result.stdout
    assert run("generate", "--config", str(project)).exit_code == 0
    assert lock.read_text(encoding="utf-8") == original

    lock.write_text(original.replace("go ImagesResponse type ImagesResponse\n",
                                     "<<<<<<< HEAD\ngo ImagesResponse type ImagesResponse\n=======\n"), encoding="utf-8")
    result = run("generate", "--config", str(project))
    assert result.exit_code == 2
    assert "error: generated/names.lock:" in result.stderr and "not a name lock line: '<<<<<<< HEAD'" in result.stderr
    assert "resolve the merge conflict" in result.stderr
    assert run("check", "--config", str(project)).exit_code == 2
    assert run("generate", "--config", str(project), "--update-names").exit_code == 0
    assert lock.read_text(encoding="utf-8") == original


def test_lang_option_rewrites_only_that_languages_lines(project: Path) -> None:
    edit(project.parent / "schemas" / "images" / "images_response.yaml", QUALITY, "enum: [low, medium, high, ultra]")
    result = run("generate", "--config", str(project), "--lang", "go")
    assert result.exit_code == 0 and "generated/names.lock: 1 added" in result.stdout
    ultra = [line for line in lock_lines(project) if "quality/ultra " in line]
    assert ultra == ["go ImagesResponse/quality/ultra member ImagesResponseQualityUltra"]
    assert run("check", "--config", str(project), "--lang", "go").exit_code == 0
    assert run("check", "--config", str(project)).exit_code == 1


def test_foreign_documents_follow_the_same_rules_in_their_out_dir(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    schema = write_schema(tmp_path, {"openapi.yaml": openapi("""
        Thing:
          type: object
          properties:
            item_id: {type: string}
            itemId: {type: string}
    """)})
    args = ["generate", "--config", str(ROOT / "pyproject.toml"), "--schema", str(schema), "--out", str(tmp_path / "o")]
    assert run(*args).exit_code == 0
    assert "typescript Thing/itemId field itemId2" in (tmp_path / "o" / "names.lock").read_text(encoding="utf-8")
    go_field = profiles.OpenRouterGo.field_name
    monkeypatch.setattr(profiles.OpenRouterGo, "field_name",
                        lambda self, wire: "Ident" if wire == "item_id" else go_field(self, wire))
    result = run(*args)
    assert result.exit_code == 2 and "go: ItemID -> Ident (field Thing/item_id at openapi.yaml:" in result.stderr


# --- the no-change fast path and the lock ---------------------------------------------------------------------

def renders(config: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[bool, Result]:
    """Whether generate goes down the full path this time, and its result."""
    with monkeypatch.context() as patch:
        calls = calls_to(patch, cli, "load_model")
        result = run("generate", "--config", str(config), *args)
    return bool(calls), result


def test_the_fast_path_never_skips_a_changed_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "p").mkdir()
    config = copy_project(tmp_path / "p")
    lock = tmp_path / "p" / "generated" / "names.lock"
    original = lock.read_text(encoding="utf-8")
    assert renders(config, monkeypatch)[0]  # records the entry, the lock's hash with it
    assert not renders(config, monkeypatch)[0]

    lock.unlink()  # a deleted lock is rewritten
    full, result = renders(config, monkeypatch)
    assert full and result.exit_code == 0 and lock.read_text(encoding="utf-8") == original
    assert not renders(config, monkeypatch)[0]

    # a lock that says another name (as after a rule change) is checked, not answered from the cache
    lock.write_text(original.replace("go ImagesResponse/created field Created", "go ImagesResponse/created field Made"),
                    encoding="utf-8")
    full, result = renders(config, monkeypatch)
    assert full and result.exit_code == 2 and "go: Made -> Created" in result.stderr
    full, result = renders(config, monkeypatch)
    assert full and result.exit_code == 2  # a refusal records nothing
    full, result = renders(config, monkeypatch, "--update-names")
    assert full and result.exit_code == 0 and lock.read_text(encoding="utf-8") == original
    assert not renders(config, monkeypatch)[0]
