"""Settings from `[tool.xsdk]` in pyproject.toml; every path is relative to that file."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import Origin, SchemaError

LANGUAGES = ("python", "typescript", "go")
DEFAULT_PROFILES = {"python": "openai-python", "typescript": "openrouter-typescript", "go": "openrouter-go"}


@dataclass(frozen=True)
class TargetSettings:
    language: str
    profile: str
    out: Path  # absolute directory of this target's package
    options: dict[str, Any] = field(default_factory=dict)

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass(frozen=True)
class Config:
    root: Path  # the directory holding pyproject.toml
    schema: Path
    templates: Path
    output: Path
    targets: dict[str, TargetSettings]
    import_settings: dict[str, Any] = field(default_factory=dict)  # [tool.xsdk.import]
    repository: str | None = None  # "github.com/owner/name": package metadata, Go tags
    license_file: Path | None = None  # copied verbatim into every package as LICENSE
    dist: Path | None = None  # where `xsdk package` writes the release artifacts

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def load_config(pyproject: Path, schema: Path | None = None, output: Path | None = None) -> Config:
    pyproject = pyproject.resolve()
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchemaError(f"no {pyproject.name} at {pyproject.parent}",
                          hint="run xsdk from the repository root or pass --config") from None
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"invalid TOML: {exc}", Origin(pyproject.name, getattr(exc, "lineno", 1), "")) from None
    settings = data.get("tool", {}).get("xsdk", {})
    root = pyproject.parent
    out_root = (output or root / settings.get("output", "generated")).resolve()
    targets = {}
    for lang in LANGUAGES:
        options = dict(settings.get(lang, {}))
        profile = options.pop("profile", DEFAULT_PROFILES[lang])
        out = out_root / options.pop("out", lang)
        targets[lang] = TargetSettings(lang, profile, out, options)
    return Config(root=root, schema=(schema or root / settings.get("schema", "schemas/openapi.yaml")).resolve(),
                  templates=(root / settings.get("templates", "templates")).resolve(), output=out_root,
                  targets=targets, import_settings=dict(settings.get("import", {})),
                  repository=settings.get("repository"),
                  license_file=(root / settings["license"]).resolve() if "license" in settings else None,
                  dist=(root / settings.get("dist", "dist")).resolve())
