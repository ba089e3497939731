"""load -> validate -> lower -> name -> render; the one entry point behind generate, check and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__, ir
from .config import LANGUAGES, Config
from .errors import SchemaError, SchemaErrors, SchemaWarning
from .load import Workspace
from .lower import lower
from .normalize import normalize
from .parallel import Background
from .naming.profiles import PROFILES
from .naming.symbols import Symbols, name_model
from .render import Renderer
from .targets import TargetContext, renderers
from .validate import Validation, validate_examples
from .write import Tree


PARALLEL_MIN_DECLS = 400  # declarations; below this a second process costs more than it saves

# Templates may leave runs of blank lines behind loops; PEP 8 allows two between top-level definitions.
BLANK_LINES = {"python": 2}


@dataclass(frozen=True)
class Loaded:
    workspace: Workspace
    model: ir.Model
    warnings: list[SchemaWarning] = field(default_factory=list)  # lenient loads only


def load_model(config: Config, strict: bool = True) -> Loaded:
    """Strict: any problem is an error. Lenient (foreign documents): 3.0 leftovers are normalized, and
    what cannot be expressed is typed as any JSON, each with a warning; unreadable input stays an error."""
    ws = Workspace.open(config.schema)
    source = config.relative(config.schema)
    if strict:
        model = _lowered(Validation(ws), lambda: lower(ws, source))
        validate_examples(ws)
        return Loaded(ws, model)
    warnings = normalize(ws)
    validation = Validation(ws)  # for a large document, running in the background meanwhile
    at = len(warnings)
    model = lower(ws, source, warnings)
    found: list[SchemaWarning] = []
    _demoted(validation.finish, found)
    warnings[at:at] = found  # before lowering's own warnings, as the check's findings come first
    _demoted(lambda: validate_examples(ws), warnings)
    return Loaded(ws, model, warnings)


def _lowered(validation: Validation, lowering: Callable[[], ir.Model]) -> ir.Model:
    """Strict: lowering only counts for a valid document. A background validation is awaited when
    lowering ends, and its errors win over whatever lowering made of an invalid document."""
    if not validation.deferred:
        validation.finish()
        return lowering()
    try:
        model = lowering()
    except Exception:
        validation.finish()
        raise
    validation.finish()
    return model


def _demoted(check: Callable[[], None], warnings: list[SchemaWarning]) -> None:
    """Run a validation; its findings become warnings (the lowering decides what is typed as any JSON)."""
    try:
        check()
    except SchemaErrors as errors:
        warnings.extend(SchemaWarning(e.origin, e.message) for e in errors.errors if e.origin is not None)


def symbols_for(config: Config, model: ir.Model, language: str,
                warnings: list[SchemaWarning] | None = None) -> Symbols:
    key = config.targets[language].profile
    if key not in PROFILES:
        raise SchemaError(f"unknown naming profile {key!r} for {language}",
                          hint=f"use one of: {', '.join(sorted(PROFILES))}")
    profile = PROFILES[key]
    if profile.language != language:
        raise SchemaError(f"profile {key!r} names {profile.language} code, not {language}")
    return name_model(model, profile, warnings)


def name_all(config: Config, model: ir.Model, languages: list[str] | tuple[str, ...] = LANGUAGES,
             warnings: list[SchemaWarning] | None = None) -> dict[str, Symbols]:
    """Every language's names, settled before anything is rendered (collisions surface here)."""
    return {lang: symbols_for(config, model, lang, warnings) for lang in languages}


def build(config: Config, languages: list[str], model: ir.Model | None = None,
          warnings: list[SchemaWarning] | None = None, symbols: dict[str, Symbols] | None = None,
          stage: Callable[[str, Tree], bool] | None = None, staged: dict[str, bool] | None = None) -> dict[str, Tree]:
    """Every requested target rendered in memory. With `warnings` (a lenient load), name collisions are
    resolved with a suffix and reported there; `symbols`, when the caller already named the model (the
    name lock needs the names first), are used as they are. With `stage`, each tree is also handed to
    it by the process that rendered it (generate stages its files there), and what it returned is put
    in `staged`; without, nothing touches the disk."""
    model = model or load_model(config).model
    symbols = symbols or name_all(config, model, languages, warnings)
    header = f"Code generated from {model.source} by xsdk {__version__}. DO NOT EDIT."
    license_text = _license_text(config)

    def rendered(langs: list[str]) -> dict[str, Tree]:
        out = {}
        for lang in langs:
            ctx = TargetContext(model, symbols[lang], config.targets[lang],
                                Renderer(config.templates, lang, max_blank_lines=BLANK_LINES.get(lang)), header,
                                config.repository, config.relative(config.targets[lang].out))
            out[lang] = renderers()[lang](ctx)
            if license_text is not None:
                out[lang]["LICENSE"] = license_text
        return out

    def rendered_and_staged(langs: list[str]) -> tuple[dict[str, Tree], dict[str, bool]]:
        trees = rendered(langs)
        return trees, {lang: stage(lang, tree) for lang, tree in trees.items()} if stage else {}

    # a large model renders every other language in a second process (the trees come back pickled)
    away = languages[1::2] if len(model.decls) >= PARALLEL_MIN_DECLS else []
    background = Background(lambda: rendered_and_staged(away)) if away else None
    try:
        trees, flags = rendered_and_staged([lang for lang in languages if lang not in away])
    except BaseException:
        if background is not None:
            background.abandon()  # it may be staging: the caller discards that once it has ended
        raise
    if background is not None:
        more_trees, more_flags = background.result()
        trees.update(more_trees)
        flags.update(more_flags)
    if staged is not None:
        staged.update(flags)
    return {lang: trees[lang] for lang in languages}


def _license_text(config: Config) -> str | None:
    if config.license_file is None:
        return None
    try:
        return config.license_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaError(f"cannot read the license file {config.relative(config.license_file)}: {exc.strerror}",
                          hint="fix `license` in [tool.xsdk] of pyproject.toml") from None


def target_dir(config: Config, language: str) -> Path:
    return config.targets[language].out
