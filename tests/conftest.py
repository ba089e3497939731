"""Shared fixtures: the project's config, its lowered model, and symbols per target."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.config import Config, load_config
from generator.naming.symbols import Symbols
from generator.pipeline import load_model, symbols_for

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/goldens from current output")


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(ROOT / "pyproject.toml")


@pytest.fixture(scope="session")
def model(config: Config) -> ir.Model:
    return load_model(config).model


@pytest.fixture(scope="session")
def symbols(config: Config, model: ir.Model) -> dict[str, Symbols]:
    return {lang: symbols_for(config, model, lang) for lang in ("python", "typescript", "go")}


def schema_examples(model: ir.Model) -> list[tuple[str, object]]:
    """(component id, example) for every example written in the schema."""
    return [(d.id, ex) for d in model.components() for ex in d.examples]


@pytest.fixture(scope="session")
def python_driver(model: ir.Model, symbols: dict[str, Symbols], config: Config):  # type: ignore[no-untyped-def]
    from generator.roundtrip.python import PythonDriver

    return PythonDriver(model, symbols["python"], config.targets["python"])


@pytest.fixture(scope="session")
def go_tool() -> str:
    """The Go toolchain the tests build with (GO, set by the Makefile, or `go` on PATH)."""
    from generator.roundtrip import go as go_driver

    tool = go_driver.find_go()
    if not tool:
        pytest.fail(go_driver.GO_MISSING)
    return tool


FIXTURES = ROOT / "tests" / "fixtures"
SUMMARIES: list[tuple[str, str]] = []  # (title, table) printed at the end of the run


@pytest.fixture(scope="session")
def drivers(config: Config, model: ir.Model, symbols: dict[str, Symbols],
            tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The Python, TypeScript and Go round-trip drivers, built once against generated/."""
    from generator.roundtrip.session import Drivers

    with Drivers(config, model, symbols, ["python", "typescript", "go"],
                 scratch=tmp_path_factory.mktemp("drivers")) as session:
        yield session


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    for title, table in SUMMARIES:
        terminalreporter.write_sep("-", title)
        terminalreporter.write_line(table)
