"""README's Troubleshooting section quotes real messages: each quoted block is what `xsdk generate` prints
for the bad-schema case named above it, word for word."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main
from helpers import copy_project

BLOCK = re.compile(r"<!-- troubleshooting: (\w+) -->\n```\n(.*?)```", re.S)


def _quoted() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Troubleshooting"):]
    section = section[:section.index("\n## ", 1)]
    return BLOCK.findall(section)


QUOTED = _quoted()


def test_the_section_quotes_a_dozen_cases_that_exist() -> None:
    assert len(QUOTED) >= 12
    for case, _ in QUOTED:
        assert (ROOT / "tests" / "bad_schemas" / f"{case}.yaml").is_file(), case


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("troubleshooting")).parent


@pytest.mark.parametrize("case, quoted", QUOTED, ids=[case for case, _ in QUOTED])
def test_quoted_message_is_what_generate_prints(project: Path, case: str, quoted: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XSDK_CACHE_DIR", "off")
    shutil.rmtree(project / "schemas")
    (project / "schemas").mkdir()
    shutil.copy(ROOT / "tests" / "bad_schemas" / f"{case}.yaml", project / "schemas" / "openapi.yaml")
    result = CliRunner().invoke(main, ["generate", "--config", str(project / "pyproject.toml")])
    assert result.exit_code == 2
    assert quoted in result.stderr
