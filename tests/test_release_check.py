"""`xsdk release-check` and `xsdk diff` against git refs, in a throwaway repository per test."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from helpers import openapi, write_schema

SCHEMA = """
Event:
  type: object
  required: [type, id]
  properties:
    type: {type: string, const: event}
    id: {type: string}
    note: {type: string}
"""
NOTE = "    note: {type: string}\n"
IDENTITY = ["-c", "user.name=xsdk test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false",
            "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main"]


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user or system git configuration, and no repository above tmp_path (a clean CI machine)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    for key in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{key}_NAME", "xsdk test")
        monkeypatch.setenv(f"GIT_{key}_EMAIL", "test@example.invalid")


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *IDENTITY, *args], cwd=root, check=True, capture_output=True)


def set_schema(root: Path, version: str = "1.0.0", schemas: str = SCHEMA) -> None:
    write_schema(root, {"openapi.yaml": openapi(schemas).replace("version: 1.0.0", f"version: {version}")})


def project(root: Path, version: str = "1.0.0", tag: bool = True) -> Path:
    """A committed project whose schema is at `version`, tagged v<version> unless tag=False."""
    (root / "pyproject.toml").write_text('[tool.xsdk]\nschema = "schemas/openapi.yaml"\n', encoding="utf-8")
    set_schema(root, version)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", f"release {version}")
    if tag:
        git(root, "tag", f"v{version}")
    return root / "pyproject.toml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def test_no_changes_is_ok(tmp_path: Path) -> None:
    config = project(tmp_path)
    (tmp_path / "README.md").write_text("not the schema\n", encoding="utf-8")  # other edits do not matter
    set_schema(tmp_path, "1.0.0")
    (tmp_path / "schemas" / "notes.txt").write_text("untracked, so the schema counts as changed\n")
    code, out, _ = run("release-check", "--config", str(config))
    assert code == 0
    assert out.splitlines() == ["release-check against v1.0.0 (version 1.0.0)",
                                "version 1.0.0 in the tree; required at least 1.0.0", "release-check: ok"]


def test_on_a_clean_tagged_release_commit_the_baseline_is_the_release_before(tmp_path: Path) -> None:
    """What the publish workflow sees: HEAD carries the tag being released; compare with the previous one."""
    config = project(tmp_path, "1.0.0")
    set_schema(tmp_path, "1.0.1", SCHEMA.replace(NOTE, ""))  # breaking, but only a patch bump
    git(tmp_path, "commit", "-q", "-am", "release 1.0.1")
    git(tmp_path, "tag", "v1.0.1")
    code, out, err = run("release-check", "--config", str(config))
    assert code == 1
    assert out.splitlines()[0] == "release-check against v1.0.0 (version 1.0.0)"
    assert "required at least 2.0.0" in out and "to 2.0.0 (or higher)" in err


def test_a_single_tag_on_a_clean_head_has_nothing_before_it(tmp_path: Path) -> None:
    code, out, _ = run("release-check", "--config", str(project(tmp_path)))
    assert code == 0 and out == "no earlier release (no v* tag); nothing to compare\n"


def test_removed_field_without_a_major_bump_fails(tmp_path: Path) -> None:
    config = project(tmp_path)
    set_schema(tmp_path, "1.0.0", SCHEMA.replace(NOTE, ""))
    code, out, err = run("release-check", "--config", str(config))
    assert code == 1
    assert "breaking  Event.note  field removed" in out
    assert "version 1.0.0 in the tree; required at least 2.0.0" in out
    assert "error: version 1.0.0 in the tree is too small for these changes since v1.0.0" in err
    assert "fix: set info.version in schemas/openapi.yaml to 2.0.0 (or higher) and run make generate" in err


def test_removed_field_with_a_major_bump_passes(tmp_path: Path) -> None:
    config = project(tmp_path)
    set_schema(tmp_path, "2.0.0", SCHEMA.replace(NOTE, ""))
    code, out, _ = run("release-check", "--config", str(config))
    assert code == 0
    assert "version 2.0.0 in the tree; required at least 2.0.0" in out and out.endswith("release-check: ok\n")


def test_added_optional_field_needs_a_minor_bump(tmp_path: Path) -> None:
    config = project(tmp_path)
    set_schema(tmp_path, "1.0.0", SCHEMA + "    extra: {type: integer}\n")
    code, out, err = run("release-check", "--config", str(config))
    assert code == 1
    assert "minor     Event.extra  optional field added" in out
    assert "required at least 1.1.0" in out and "to 1.1.0 (or higher)" in err
    set_schema(tmp_path, "1.1.0", SCHEMA + "    extra: {type: integer}\n")
    assert run("release-check", "--config", str(config))[0] == 0


def test_before_1_0_a_breaking_change_needs_the_next_minor(tmp_path: Path) -> None:
    config = project(tmp_path, "0.1.0")
    set_schema(tmp_path, "0.1.1", SCHEMA.replace(NOTE, ""))
    code, out, err = run("release-check", "--config", str(config))
    assert code == 1 and "version 0.1.1 in the tree; required at least 0.2.0" in out and "to 0.2.0" in err
    set_schema(tmp_path, "0.2.0", SCHEMA.replace(NOTE, ""))
    assert run("release-check", "--config", str(config))[0] == 0


def test_a_version_below_the_release_fails_even_without_changes(tmp_path: Path) -> None:
    config = project(tmp_path)
    set_schema(tmp_path, "0.9.0")
    code, _, err = run("release-check", "--config", str(config))
    assert code == 1 and "version 0.9.0 in the tree is lower than 1.0.0, the version of v1.0.0" in err


def test_without_a_release_tag_there_is_nothing_to_compare(tmp_path: Path) -> None:
    code, out, _ = run("release-check", "--config", str(project(tmp_path, tag=False)))
    assert code == 0 and out == "no earlier release (no v* tag); nothing to compare\n"


def test_against_picks_the_baseline(tmp_path: Path) -> None:
    config = project(tmp_path, tag=False)
    set_schema(tmp_path, "1.0.0", SCHEMA.replace(NOTE, ""))
    code, out, _ = run("release-check", "--config", str(config), "--against", "HEAD")
    assert code == 1 and "release-check against HEAD (version 1.0.0)" in out and "required at least 2.0.0" in out


def test_diff_against_a_tag_defaults_new_to_the_working_tree(tmp_path: Path) -> None:
    config = project(tmp_path)
    set_schema(tmp_path, "1.0.0", SCHEMA.replace(NOTE, ""))
    code, out, _ = run("diff", "v1.0.0", "--config", str(config))
    assert code == 0
    assert out.splitlines() == ["breaking  Event.note  field removed", "1 change: 1 breaking, 0 minor, 0 patch",
                                "minimum bump: breaking (1.0.0 → 2.0.0)"]
    assert run("diff", "--config", str(config))[1] == out  # OLD defaults to the latest v* tag


def test_unknown_ref_exits_2_naming_it(tmp_path: Path) -> None:
    config = project(tmp_path)
    for args in (["release-check", "--against", "v9.9.9"], ["diff", "v9.9.9"]):
        code, out, err = run(*args, "--config", str(config))
        assert code == 2 and out == ""
        assert "error: 'v9.9.9' is neither a file nor a git ref" in err and "fix: " in err


def test_diff_without_a_tag_or_a_repository_says_what_to_pass(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    config = project(tmp_path / "repo", tag=False)
    code, _, err = run("diff", "--config", str(config))
    assert code == 2 and "no release tag" in err and "xsdk diff HEAD~1" in err
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "pyproject.toml").write_text("[tool.xsdk]\n", encoding="utf-8")
    set_schema(plain)
    code, _, err = run("diff", "HEAD", "--config", str(plain / "pyproject.toml"))
    assert code == 2 and "is not in a git repository" in err and "file path" in err


def test_a_ref_without_the_schema_or_with_a_broken_one_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.xsdk]\nschema = "schemas/openapi.yaml"\n', encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "no schema yet")
    git(tmp_path, "tag", "v0.0.1")
    set_schema(tmp_path, "1.0.0", SCHEMA.replace("required: [type, id]", "required: [type, id, nope]"))
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "broken schema")
    git(tmp_path, "tag", "v0.0.2")
    set_schema(tmp_path)
    config = str(tmp_path / "pyproject.toml")
    code, _, err = run("diff", "v0.0.1", "--config", config)
    assert code == 2 and "schemas/ does not exist at v0.0.1" in err
    code, _, err = run("diff", "v0.0.2", "--config", config)
    assert code == 2 and "the schema at v0.0.2 does not load: `required` names 'nope'" in err
