"""All three drivers behind one call: `Drivers.run(language, requests)` answers a batch of
{"schema", "value"} requests with the PROTOCOL.md replies, in order."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from .. import ir
from ..config import Config
from ..errors import SchemaError
from ..naming.symbols import Symbols
from ..write import read_tree
from . import go as go_driver
from . import typescript as ts_driver
from .python import PythonDriver

Request = dict[str, Any]
Reply = dict[str, Any]


class Drivers:
    """Builds each requested language's driver against the bindings on disk (generated/), once."""

    def __init__(self, config: Config, model: ir.Model, symbols: dict[str, Symbols], languages: list[str],
                 scratch: Path | None = None) -> None:
        self.languages = languages
        self._tmp = None if scratch else tempfile.TemporaryDirectory(prefix="xsdk-roundtrip-")
        self.scratch = scratch or Path(self._tmp.name)  # type: ignore[union-attr]
        self._python: PythonDriver | None = None
        self._typescript: ts_driver.TypeScriptDriver | None = None
        self._go: Path | None = None
        try:
            if "python" in languages:
                self._python = PythonDriver(model, symbols["python"], config.targets["python"])
            if "typescript" in languages:
                self._typescript = self._start_typescript(config, model, symbols["typescript"])
            if "go" in languages:
                self._go = self._build_go(config, model, symbols["go"])
        except BaseException:
            self.close()
            raise

    def _start_typescript(self, config: Config, model: ir.Model, symbols: Symbols) -> ts_driver.TypeScriptDriver:
        try:
            ts_driver.require_tooling()
        except ts_driver.ToolingMissing as exc:
            raise SchemaError(f"cannot run the TypeScript bindings: {exc}", hint="or leave it out: --lang python --lang go")
        tree = read_tree(config.targets["typescript"].out)
        workspace = ts_driver.build_workspace(tree, self.scratch / "typescript")
        if workspace.build.returncode != 0:
            raise SchemaError("the generated TypeScript package does not build:\n" + workspace.build.stdout,
                              hint="run `make generate`, then `make test`")
        return ts_driver.TypeScriptDriver(workspace, ts_driver.registry(model, symbols))

    def _build_go(self, config: Config, model: ir.Model, symbols: Symbols) -> Path:
        tool = go_driver.find_go()
        if not tool:
            raise SchemaError(f"cannot run the Go bindings: {go_driver.GO_MISSING}",
                              hint="or leave it out: --lang python --lang typescript")
        settings = config.targets["go"]
        workdir = go_driver.write_module(self.scratch / "go", model, symbols, settings.option("module"),
                                         settings.option("package"), settings.out)
        try:
            return go_driver.build(tool, workdir, go_driver.go_env(self.scratch))
        except RuntimeError as exc:
            raise SchemaError(str(exc), hint="run `make generate`, then `make test`") from None

    def run(self, language: str, requests: list[Request]) -> list[Reply]:
        if language == "python" and self._python:
            return [self._python.roundtrip(r["schema"], r["value"]) for r in requests]
        if language == "typescript" and self._typescript:
            return [self._typescript(r["schema"], r["value"]) for r in requests]
        if language == "go" and self._go:
            return go_driver.run(self._go, requests) if requests else []
        raise ValueError(f"no driver for {language}")

    def close(self) -> None:
        if self._typescript:
            self._typescript.close()
            self._typescript = None
        if self._tmp:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> "Drivers":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
