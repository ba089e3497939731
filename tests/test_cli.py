"""The xsdk command line on temporary copies of the project: generate, check, validate."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator import __version__
from generator.cli import main
from generator.write import read_tree

from conftest import ROOT
from helpers import copy_project


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def tree_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_committed_tree_is_up_to_date(tmp_path: Path) -> None:
    code, out, err = run("check", "--config", str(copy_project(tmp_path)))
    assert code == 0, out + err
    assert "generated code is up to date (python, typescript, go)" in out


def test_check_catches_a_one_character_hand_edit(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    target = tmp_path / "generated/python/xsdk_events/types/responses/response_image_gen_call_generating_event.py"
    target.write_text(target.read_text().replace("item_id: str", "item_id: st"))
    code, out, err = run("check", "--config", str(config))
    assert code == 1
    assert "--- a/generated/python/xsdk_events/types/responses/response_image_gen_call_generating_event.py" in out
    assert "-    item_id: st\n+    item_id: str" in out
    assert "run `make generate`" in err


def test_check_catches_a_schema_edit_that_was_not_regenerated(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    schema = tmp_path / "schemas/images/images_response.yaml"
    schema.write_text(schema.read_text().replace("enum: [low, medium, high]", "enum: [low, medium, high, ultra]"))
    code, out, _ = run("check", "--config", str(config), "--lang", "go")
    assert code == 1 and "ImagesResponseQualityUltra" in out
    code, out, _ = run("generate", "--config", str(config))
    assert code == 0 and "wrote" in out
    assert run("check", "--config", str(config))[0] == 0


def test_bad_schema_exits_2_with_location_and_leaves_output_untouched(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    before = tree_hash(tmp_path / "generated")
    schema = tmp_path / "schemas/responses/image_generation_call_events.yaml"
    schema.write_text(schema.read_text().replace("required: [type, item_id, output_index, sequence_number]",
                                                 "required: [type, item_id, output_idx, sequence_number]", 1))
    code, out, err = run("generate", "--config", str(config))
    assert code == 2
    assert ("error: responses/image_generation_call_events.yaml:7 "
            "(#/ResponseImageGenCallInProgressEvent/required/2): `required` names 'output_idx'") in err
    assert "fix: add a property 'output_idx'" in err
    assert "Traceback" not in out + err
    assert tree_hash(tmp_path / "generated") == before


def test_lang_option_writes_only_that_target(tmp_path: Path) -> None:
    config = copy_project(tmp_path)
    (tmp_path / "generated/go/extra.txt").write_text("x")
    code, out, _ = run("generate", "--config", str(config), "--lang", "python")
    assert code == 0 and out.startswith("python") and "go" not in out
    assert (tmp_path / "generated/go/extra.txt").exists()


def test_validate_reports_the_schema(tmp_path: Path, model) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("validate", "--config", str(copy_project(tmp_path)))
    assert code == 0 and f"schemas/openapi.yaml: valid ({len(model.components())} schemas" in out


def test_schema_and_out_options_generate_elsewhere(tmp_path: Path) -> None:
    code, out, err = run("generate", "--schema", str(ROOT / "schemas/openapi.yaml"), "--out", str(tmp_path),
                         "--lang", "python", "--config", str(ROOT / "pyproject.toml"))
    assert code == 0, err
    assert read_tree(tmp_path / "python") == read_tree(ROOT / "generated/python")


def test_the_generator_itself_passes_mypy_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "generator"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_command_flushes_its_output_and_keeps_exit_codes(tmp_path: Path) -> None:
    """`xsdk` leaves without the interpreter's teardown (generator.cli.run): what it printed must still
    arrive, and each outcome keep its exit code."""
    def xsdk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)

    (tmp_path / "project").mkdir()
    config = copy_project(tmp_path / "project")
    done = xsdk("generate", "--config", str(config), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["python", "typescript", "go", "names"]
    assert (tmp_path / "out" / "names.lock").is_file()
    bad = xsdk("generate", "--schema", str(tmp_path / "missing.yaml"), "--config", str(config))
    assert bad.returncode == 2 and "schema file not found" in bad.stderr
    unknown = xsdk("no-such-command")
    assert unknown.returncode == 2 and "No such command" in unknown.stderr
    assert xsdk("--version").stdout.endswith(f", version {__version__}\n")
