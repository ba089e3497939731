"""Breaking-change detection: `diff_models` per class of change, the semver bump rule, `xsdk diff`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import ir
from generator.cli import main
from generator.config import LANGUAGES, Config
from generator.errors import SchemaError
from generator.pipeline import symbols_for
from generator.release.baseline import resolve
from generator.release.diff import Change, diff_models, minimum_bump
from generator.release.semver import bump, compare, parse, satisfies

from conftest import ROOT
from helpers import openapi, write_schema

BASE = """
Started:
  type: object
  description: The stream started.
  required: [type, id]
  properties:
    type: {type: string, const: started}
    id: {type: string, maxLength: 10}
    note: {type: string, description: A note.}
    count: {type: integer, minimum: 0}
    score: {type: [number, "null"]}
    color: {type: string, enum: [red, green]}
    usage:
      type: object
      properties:
        tokens: {type: integer}
Done:
  type: object
  required: [type]
  properties:
    type: {type: string, const: done}
Failed:
  type: object
  required: [type]
  properties:
    type: {type: string, const: failed}
Event:
  oneOf:
    - $ref: "#/components/schemas/Started"
    - $ref: "#/components/schemas/Done"
    - $ref: "#/components/schemas/Failed"
"""

EXTRA = """
Extra:
  type: object
  properties:
    mode: {type: string, enum: [a, b]}
    inner:
      type: object
      properties:
        level: {type: string, enum: [low, high]}
"""


def write(directory: Path, schemas: str) -> Path:
    return write_schema(directory, {"openapi.yaml": openapi(schemas)})


def load(config: Config, path: Path) -> ir.Model:
    return resolve(str(path), config)


def changes(tmp_path: Path, config: Config, old: str, new: str) -> list[tuple[str, str, str]]:
    before, after = load(config, write(tmp_path / "old", old)), load(config, write(tmp_path / "new", new))
    found = diff_models(before, after, symbols(config, before), symbols(config, after))
    return [(c.level, c.where, c.what) for c in found]


def symbols(config: Config, model: ir.Model) -> dict[str, object]:
    return {lang: symbols_for(config, model, lang) for lang in LANGUAGES}  # type: ignore[misc]


def edited(*replacements: tuple[str, str]) -> str:
    text = BASE
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_no_changes(tmp_path: Path, config: Config) -> None:
    assert changes(tmp_path, config, BASE, BASE) == []


def test_field_removed(tmp_path: Path, config: Config) -> None:
    new = edited(("    note: {type: string, description: A note.}\n", ""))
    assert changes(tmp_path, config, BASE, new) == [("breaking", "Started.note", "field removed")]


def test_field_type_changed(tmp_path: Path, config: Config) -> None:
    new = edited(("note: {type: string,", "note: {type: integer,"))
    assert changes(tmp_path, config, BASE, new) == [("breaking", "Started.note", "type changed: string → integer")]


def test_optional_to_required(tmp_path: Path, config: Config) -> None:
    new = edited(("required: [type, id]", "required: [type, id, note]"))
    assert changes(tmp_path, config, BASE, new) == [("breaking", "Started.note", "optional → required")]


def test_required_to_optional_says_the_binding_type_changes(tmp_path: Path, config: Config) -> None:
    new = edited(("required: [type, id]", "required: [type]"))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Started.id", "required → optional (the bindings' type changes: Go pointer, Python Optional)")]


def test_nullable_removed(tmp_path: Path, config: Config) -> None:
    new = edited(('score: {type: [number, "null"]}', "score: {type: number}"))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Started.score", "no longer nullable (null is rejected)")]


def test_nullable_added(tmp_path: Path, config: Config) -> None:
    new = edited(("note: {type: string,", 'note: {type: [string, "null"],'))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Started.note", "now nullable (the bindings' type changes: Go pointer, Python Optional)")]


def test_new_required_field_is_breaking_and_new_optional_one_minor(tmp_path: Path, config: Config) -> None:
    required = edited(("required: [type, id]", "required: [type, id, extra]"),
                      ("    note:", "    extra: {type: string}\n    note:"))
    assert changes(tmp_path, config, BASE, required) == [("breaking", "Started.extra", "required field added")]
    optional = edited(("    note:", "    mood: {type: string, enum: [calm, busy]}\n    note:"))
    # the inline enum the new field brings is part of the field's addition
    assert changes(tmp_path / "2", config, BASE, optional) == [("minor", "Started.mood", "optional field added")]


def test_enum_value_removed_and_added(tmp_path: Path, config: Config) -> None:
    new = edited(("enum: [red, green]", "enum: [red, blue]"))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Started.color", "enum value 'green' removed"),
        ("minor", "Started.color", "enum value 'blue' added")]


def test_union_member_removed(tmp_path: Path, config: Config) -> None:
    new = edited(('    - $ref: "#/components/schemas/Failed"\n', ""))
    assert changes(tmp_path, config, BASE, new) == [("breaking", "Event", "member 'failed' (Failed) removed")]


def test_union_member_added(tmp_path: Path, config: Config) -> None:
    paused = ('    - $ref: "#/components/schemas/Failed"\n',
              '    - $ref: "#/components/schemas/Failed"\n    - $ref: "#/components/schemas/Paused"\n')
    new = edited(paused) + "Paused:\n  type: object\n  required: [type]\n  properties:\n    type: {const: paused}\n"
    assert changes(tmp_path, config, BASE, new) == [
        ("minor", "Event", "member 'paused' (Paused) added"), ("minor", "Paused", "type added (object)")]


def test_union_discriminator_value_changed(tmp_path: Path, config: Config) -> None:
    new = edited(("const: failed", "const: errored"))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Event", "member Failed discriminator value 'failed' → 'errored'"),
        ("breaking", "Failed.type", "enum value 'failed' removed"),
        ("minor", "Failed.type", "enum value 'errored' added")]


def test_type_added_and_removed_without_inline_noise(tmp_path: Path, config: Config) -> None:
    assert changes(tmp_path / "add", config, BASE, BASE + EXTRA) == [("minor", "Extra", "type added (object)")]
    assert changes(tmp_path / "remove", config, BASE + EXTRA, BASE) == [("breaking", "Extra", "type removed")]


def test_kind_change(tmp_path: Path, config: Config) -> None:
    old = BASE + "Code:\n  type: string\n"
    new = BASE + "Code:\n  type: string\n  enum: [x, y]\n"
    assert changes(tmp_path, config, old, new) == [("breaking", "Code", "changed from alias to enum")]


def test_constraint_tightened(tmp_path: Path, config: Config) -> None:
    new = edited(("maxLength: 10", "maxLength: 5"), ("count: {type: integer, minimum: 0}",
                                                     "count: {type: integer, minimum: 1, maximum: 9}"))
    assert changes(tmp_path, config, BASE, new) == [
        ("breaking", "Started.count", "maximum 9 added (tightened)"),
        ("breaking", "Started.count", "minimum 0 → 1 (tightened)"),
        ("breaking", "Started.id", "maxLength 10 → 5 (tightened)")]


def test_constraint_loosened(tmp_path: Path, config: Config) -> None:
    new = edited(("maxLength: 10", "maxLength: 20"), ("count: {type: integer, minimum: 0}", "count: {type: integer}"))
    assert changes(tmp_path, config, BASE, new) == [
        ("minor", "Started.count", "minimum 0 removed (loosened)"),
        ("minor", "Started.id", "maxLength 10 → 20 (loosened)")]


def test_default_and_deprecation_are_minor(tmp_path: Path, config: Config) -> None:
    new = edited(("count: {type: integer, minimum: 0}", "count: {type: integer, minimum: 0, default: 3}"),
                 ("description: The stream started.", "description: The stream started.\n  deprecated: true"))
    assert changes(tmp_path, config, BASE, new) == [
        ("minor", "Started", "deprecated"), ("minor", "Started.count", "default added: 3")]


def test_description_only_is_patch(tmp_path: Path, config: Config) -> None:
    new = edited(("A note.", "What the caller wrote."), ("The stream started.", "Streaming began."))
    found = changes(tmp_path, config, BASE, new)
    assert found == [("patch", "Started", "description changed"), ("patch", "Started.note", "description changed")]
    assert minimum_bump(Change(*c) for c in found) == "patch"  # type: ignore[arg-type]


def test_vendor_name_change_is_a_breaking_rename(tmp_path: Path, config: Config) -> None:
    openai = edited(("description: The stream started.", "description: The stream started.\n  "
                                                         "x-xsdk-names: {openai: StartedEvent}"))
    assert changes(tmp_path / "py", config, BASE, openai) == [
        ("breaking", "Started", "python name Started → StartedEvent")]
    openrouter = edited(("description: The stream started.", "description: The stream started.\n  "
                                                             "x-xsdk-names: {openrouter: Begun}"))
    # StartedColor -> BegunColor and the Go constants StartedColorRed -> BegunColorRed follow the rename
    assert changes(tmp_path / "or", config, BASE, openrouter) == [
        ("breaking", "Started", "go name Started → Begun"),
        ("breaking", "Started", "typescript name Started → Begun")]


def test_any_of_append_is_minor_and_reorder_breaking(tmp_path: Path, config: Config) -> None:
    old = BASE + "Value:\n  anyOf: [{type: string}, {type: integer}]\n"
    appended = BASE + "Value:\n  anyOf: [{type: string}, {type: integer}, {type: boolean}]\n"
    reordered = BASE + "Value:\n  anyOf: [{type: integer}, {type: string}]\n"
    assert changes(tmp_path / "a", config, old, appended) == [("minor", "Value", "alternatives appended: boolean")]
    assert changes(tmp_path / "r", config, old, reordered) == [
        ("breaking", "Value", "alternatives changed: [string, integer] → [integer, string]")]


def test_changes_sort_by_severity_then_place(tmp_path: Path, config: Config) -> None:
    new = edited(("A note.", "Changed."), ("enum: [red, green]", "enum: [red, green, blue]"),
                 ('    - $ref: "#/components/schemas/Failed"\n', ""))
    assert [(level, where) for level, where, _ in changes(tmp_path, config, BASE, new)] == [
        ("breaking", "Event"), ("minor", "Started.color"), ("patch", "Started.note")]
    assert minimum_bump([]) is None


# ---- semver ----

@pytest.mark.parametrize("version, level, required", [
    ("1.4.2", "breaking", "2.0.0"), ("1.4.2", "minor", "1.5.0"), ("1.4.2", "patch", "1.4.3"),
    ("1.0.0", "breaking", "2.0.0"), ("0.3.2", "breaking", "0.4.0"), ("0.3.2", "minor", "0.3.3"),
    ("0.3.2", "patch", "0.3.3"), ("0.0.1", "breaking", "0.1.0"),
    ("2.0.0-rc.1", "breaking", "2.0.0"), ("1.3.0-rc.1", "minor", "1.3.0"), ("1.3.0-rc.1", "breaking", "2.0.0"),
    ("1.3.2-beta", "minor", "1.4.0"), ("1.3.2-beta", "patch", "1.3.2"), ("0.2.0-rc.1", "breaking", "0.2.0"),
])
def test_bump(version: str, level: str, required: str) -> None:
    assert bump(version, level) == required  # type: ignore[arg-type]


def test_version_ordering() -> None:
    ordered = ["0.9.9", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11",
               "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"]
    assert sorted(reversed(ordered), key=lambda v: parse(v).precedence()) == ordered
    assert all(compare(a, b) == -1 for a, b in zip(ordered, ordered[1:]))
    assert compare("1.0.0+build.5", "1.0.0") == 0


def test_satisfies_accepts_a_prerelease_of_the_required_version() -> None:
    assert satisfies("2.0.0", "2.0.0") and satisfies("3.0.0", "2.0.0") and satisfies("2.0.0-rc.1", "2.0.0")
    assert not satisfies("1.9.9", "2.0.0") and not satisfies("2.0.0-rc.1", "2.0.1")


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "01.0.0", "1.0.0-", "latest"])
def test_bad_versions_are_refused_with_a_hint(bad: str) -> None:
    with pytest.raises(SchemaError, match="is not a semantic version") as caught:
        parse(bad)
    assert caught.value.hint and "MAJOR.MINOR.PATCH" in caught.value.hint


# ---- the command ----

def test_xsdk_diff_prints_aligned_changes_and_the_bump(tmp_path: Path) -> None:
    old = write(tmp_path / "old", BASE)
    new = write(tmp_path / "new", edited(("    note: {type: string, description: A note.}\n", ""),
                                         ("enum: [red, green]", "enum: [red, green, blue]")))
    result = CliRunner().invoke(main, ["diff", str(old), str(new), "--config", str(ROOT / "pyproject.toml")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "breaking  Started.note   field removed",
        "minor     Started.color  enum value 'blue' added",
        "2 changes: 1 breaking, 1 minor, 0 patch",
        "minimum bump: breaking (1.0.0 → 2.0.0)"]


def test_xsdk_diff_of_the_project_schema_with_itself_is_empty() -> None:
    schema = str(ROOT / "schemas/openapi.yaml")
    result = CliRunner().invoke(main, ["diff", schema, schema, "--config", str(ROOT / "pyproject.toml")])
    assert result.exit_code == 0, result.output
    assert result.stdout == "no changes\n"
