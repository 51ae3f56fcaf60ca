"""Configuration: discovery, validation, profiles, and the settings resolved for one file.

Discovered upward from the checked path: ``medlint.toml``, ``.medlint.toml``, or
``[tool.medlint]`` in ``pyproject.toml`` (in each folder in that order; the first found wins).
Keys are kebab-case; unknown keys and unknown rule selectors are errors that name the key and
the file. Rule selectors are codes (``EF101``), family prefixes (``EF``), names
(``cure-guarantee``) or ``ALL``.
"""

from __future__ import annotations

import fnmatch
import sys
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from medlint.model import CATEGORY_PREFIX, MedlintError, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("medlint.toml", ".medlint.toml", "pyproject.toml")
PROFILES = ("kepu", "ad", "professional")
FailOn = Literal["error", "warning", "never"]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True,
                              frozen=True)


class SegmenterConfig(Section):
    backend: Literal["jieba", "pkuseg"] = "jieba"
    model_path: str | None = None


class JargonConfig(Section):
    """Thresholds of the jargon family (``[jargon]``)."""

    density_threshold: float = Field(0.037, ge=0, le=1)
    warning_factor: float = Field(1.5, ge=1)
    min_words: int = Field(15, ge=1)
    min_terms: int = Field(3, ge=1)
    max_sentence_chars: int = Field(100, ge=10)
    explanation_window: int = Field(30, ge=0)


class RedactConfig(Section):
    """How ``--fix`` redacts identifiers (``[redact]``)."""

    style: Literal["mask", "placeholder", "pseudonym"] = "mask"
    placeholder: str = "【已脱敏】"
    mask_char: str = Field("*", min_length=1, max_length=1)
    keep_start: int | None = Field(None, ge=0)
    keep_end: int | None = Field(None, ge=0)


class DictionariesConfig(Section):
    """Extra word lists (paths relative to the config file): professional terms, allowed phrases."""

    terms: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True,
                              frozen=True)

    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list)
    extend_ignore: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    severity: dict[str, Severity] = Field(default_factory=dict)
    fail_on: FailOn = "warning"
    profile: Literal["kepu", "ad", "professional"] = "kepu"
    allow: list[str] = Field(default_factory=list)
    dictionaries: DictionariesConfig = Field(default_factory=DictionariesConfig)
    jargon: JargonConfig = Field(default_factory=JargonConfig)
    redact: RedactConfig = Field(default_factory=RedactConfig)
    segmenter: SegmenterConfig = Field(default_factory=SegmenterConfig)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    exclude: list[str] = Field(default_factory=list)
    extend_exclude: list[str] = Field(default_factory=list)
    show_identifiers: bool = False
    # Where the config came from (not a key users write).
    source: str | None = Field(default=None, exclude=True)
    _settings_cache: dict = PrivateAttr(default_factory=dict)

    @field_validator("allow")
    @classmethod
    def _strip_allow(cls, value: list[str]) -> list[str]:
        return [v.strip() for v in value if v.strip()]

    @property
    def root(self) -> Path:
        return Path(self.source).parent if self.source else Path.cwd()

    def override(self, **changes: Any) -> Config:
        """A copy with CLI overrides applied (``None`` values are ignored) and re-validated."""
        data = self.model_dump(by_alias=False, exclude_none=False)
        data["source"] = self.source
        for key, value in changes.items():
            if value is not None:
                data[key] = value
        return build_config(data, self.source or "command line")

    def __getstate__(self) -> dict[str, Any]:
        # Settings are rebuilt in each process; pickling only the validated data keeps worker
        # processes cheap to start.
        state = super().__getstate__()
        private = dict(state.get("__pydantic_private__") or {})
        private["_settings_cache"] = {}
        state["__pydantic_private__"] = private
        return state

    def settings_for(self, path: str) -> Settings:
        ignored = tuple(sorted(self._per_file_ignored(path)))
        cached = self._settings_cache.get(ignored)
        if cached is None:
            cached = self._settings_cache[ignored] = Settings(self, ignored)
        return cached

    def _per_file_ignored(self, path: str) -> set[str]:
        if not self.per_file_ignores:
            return set()
        rel = _relative_posix(path, self.root)
        out: set[str] = set()
        for pattern, selectors in self.per_file_ignores.items():
            if _glob_match(rel, pattern):
                out.update(resolve_selectors(selectors))
        return out

    def is_excluded(self, path: str) -> bool:
        patterns = list(self.exclude) + list(self.extend_exclude)
        if not patterns:
            return False
        rel = _relative_posix(path, self.root)
        return any(_glob_match(rel, p) for p in patterns)


def _relative_posix(path: str, root: Path) -> str:
    p = Path(path)
    try:
        p = p.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        pass
    return PurePosixPath(*p.parts).as_posix() if p.parts else str(path)


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatch(rel, pattern[3:]):
        return True
    if "/" not in pattern:
        return any(fnmatch.fnmatch(part, pattern) for part in rel.split("/"))
    return fnmatch.fnmatch(rel, pattern + "/*") or fnmatch.fnmatch(rel, pattern + "/**")


class Settings:
    """The configuration as it applies to one file: rules, severities, options, allow list."""

    def __init__(self, config: Config, per_file_ignored: tuple[str, ...] = ()) -> None:
        from medlint.checks.base import registry

        self.config = config
        self.profile = config.profile
        rules = registry()
        selected = resolve_selectors(config.select if config.select is not None else ["ALL"])
        selected |= resolve_selectors(config.extend_select)
        selected -= resolve_selectors(config.ignore)
        selected -= resolve_selectors(config.extend_ignore)
        selected -= set(per_file_ignored)
        severities: dict[str, Severity] = {}
        for selector, severity in config.severity.items():
            for code in resolve_selectors([selector]):
                severities[code] = severity
        self.active = []
        for code in sorted(selected):
            rule = rules[code]
            if self.profile not in rule.profiles:
                continue
            options = rule.options_model.model_validate(self.rule_options_raw(code))
            self.active.append((rule, severities.get(code, rule.default_severity), options))

    def rule_options_raw(self, code: str) -> dict[str, Any]:
        return rule_options_raw(self.config, code)

    @property
    def segmenter(self) -> SegmenterConfig:
        return self.config.segmenter

    @property
    def jargon(self) -> JargonConfig:
        return self.config.jargon

    @property
    def redact(self) -> RedactConfig:
        return self.config.redact

    @property
    def show_identifiers(self) -> bool:
        return self.config.show_identifiers

    @cached_property
    def allow(self) -> tuple[str, ...]:
        from medlint.document import normalise

        phrases = list(self.config.allow)
        for name in self.config.dictionaries.allow:
            phrases.extend(_read_user_list(self.config.root / name, self.config.source))
        return tuple(sorted({normalise(p) for p in phrases}, key=len, reverse=True))

    @cached_property
    def extra_terms(self) -> tuple[str, ...]:
        terms: list[str] = []
        for name in self.config.dictionaries.terms:
            terms.extend(_read_user_list(self.config.root / name, self.config.source))
        return tuple(terms)

    @cached_property
    def extra_words(self) -> tuple[tuple[str, int, str], ...]:
        return tuple((t, 2000, "nz") for t in self.extra_terms)


def _rule(code: str):
    from medlint.checks.base import registry

    return registry()[code]


def _option_keys(rule) -> set[str]:
    keys: set[str] = set()
    for name, field in rule.options_model.model_fields.items():
        keys.add(name)
        if field.alias:
            keys.add(field.alias)
    return keys


def _scoped_options(config: Config) -> list[tuple[str, set[str], bool]]:
    """``(selector, codes, exact)`` for every ``[rules.X]`` table, broadest first."""
    from medlint.checks.base import names

    scoped = []
    for selector in config.rules:
        codes = resolve_selectors([selector])
        exact = selector.upper() in codes or selector in names()
        scoped.append((selector, codes, exact))
    scoped.sort(key=lambda item: (item[2], -len(item[1])))
    return scoped


def rule_options_raw(config: Config, code: str) -> dict[str, Any]:
    """The raw options of one rule: family tables (``[rules.EF]``) first, then the rule's own.

    A family table gives each rule only the options it knows; the rule's own table is strict.
    """
    if not config.rules:
        return {}
    rule = _rule(code)
    known = _option_keys(rule)
    raw: dict[str, Any] = {}
    for selector, codes, exact in _scoped_options(config):
        if code not in codes:
            continue
        table = config.rules[selector]
        raw.update(table if exact else {k: v for k, v in table.items() if k in known})
    return raw


def _read_user_list(path: Path, source: str | None) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MedlintError(f"{source or 'config'}: cannot read dictionary '{path}': "
                           f"{exc.strerror or exc}") from None
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


_CATEGORY_NAMES = {category.value: prefix for category, prefix in CATEGORY_PREFIX.items()}
_FAMILY_PREFIXES = frozenset(CATEGORY_PREFIX.values())


def resolve_selectors(selectors: list[str] | tuple[str, ...]) -> set[str]:
    """Codes for selectors (code, prefix, name, ALL); unknown ones raise ``KeyError``."""
    from medlint.checks.base import names, registry

    rules = registry()
    by_name = names()
    out: set[str] = set()
    for raw in selectors:
        selector = raw.strip()
        if selector.upper() == "ALL":
            out.update(rules)
        elif selector.lower() in _CATEGORY_NAMES or selector.upper() in _FAMILY_PREFIXES:
            # A family is a valid selector even before it has rules.
            prefix = _CATEGORY_NAMES.get(selector.lower(), selector.upper())
            out.update(c for c in rules if c.startswith(prefix))
        elif selector.upper() in rules:
            out.add(selector.upper())
        elif selector in by_name:
            out.add(by_name[selector])
        else:
            prefixed = {c for c in rules if c.startswith(selector.upper())} if selector else set()
            if not prefixed or not selector[:2].isalpha():
                raise KeyError(raw)
            out.update(prefixed)
    return out


def build_config(data: dict[str, Any], source: str | None) -> Config:
    where = source or "config"
    try:
        config = Config.model_validate({**data, "source": source})
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = [str(p) for p in error["loc"]]
        # Field names are shown kebab-case as users write them; table keys (globs, codes) as is.
        key = ".".join([_kebab(loc[0]), *loc[1:]] if loc else [])
        if error["type"] == "extra_forbidden":
            raise MedlintError(f"{where}: unknown configuration key '{key}'") from None
        raise MedlintError(f"{where}: invalid value for '{key}': {error['msg']}") from None
    _validate_selectors(config, where)
    return config


def _validate_selectors(config: Config, where: str) -> None:
    groups: list[tuple[str, list[str]]] = [
        ("select", config.select or []), ("ignore", config.ignore),
        ("extend-select", config.extend_select), ("extend-ignore", config.extend_ignore),
        ("severity", list(config.severity)), ("rules", list(config.rules)),
    ]
    groups += [(f"per-file-ignores.{pattern}", sel) for pattern, sel in
               config.per_file_ignores.items()]
    for key, selectors in groups:
        for selector in selectors:
            try:
                codes = resolve_selectors([selector])
            except KeyError:
                raise MedlintError(f"{where}: unknown rule '{selector}' in '{key}'") from None
            if key == "rules":
                _validate_rule_options(config, selector, codes, where)


def _validate_rule_options(config: Config, selector: str, codes: set[str], where: str) -> None:
    from medlint.checks.base import names

    table = config.rules[selector]
    if not isinstance(table, dict):
        raise MedlintError(f"{where}: 'rules.{selector}' must be a table of options")
    exact = selector.upper() in codes or selector in names()
    if not exact:  # a family table: every key must be an option of at least one of its rules
        known: set[str] = set()
        for code in codes:
            known |= _option_keys(_rule(code))
        for key in table:
            if key not in known:
                raise MedlintError(f"{where}: unknown option '{key}' in 'rules.{selector}' "
                                   f"(no rule there has it)")
    for code in sorted(codes):
        rule = _rule(code)
        options = table if exact else {k: v for k, v in table.items()
                                       if k in _option_keys(rule)}
        try:
            rule.options_model.model_validate(options)
        except ValidationError as exc:
            error = exc.errors()[0]
            key = ".".join(str(p) for p in error["loc"])
            if error["type"] == "extra_forbidden":
                raise MedlintError(f"{where}: unknown option '{key}' for rule {code} "
                                   f"in 'rules.{selector}'") from None
            raise MedlintError(f"{where}: invalid option 'rules.{selector}.{key}': "
                               f"{error['msg']}") from None


def read_config_file(path: Path) -> Config:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MedlintError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MedlintError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("medlint", {})
    return build_config(data, str(path))


def find_config_file(start: Path) -> Path | None:
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_medlint(candidate):
                continue
            return candidate
    return None


def _has_tool_medlint(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "medlint" in data.get("tool", {})


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """Load ``path``, or discover the config upward from ``start`` (default: the current folder).

    Returns the defaults when nothing is found.
    """
    if path is not None:
        p = Path(path)
        if not p.exists():
            raise MedlintError(f"{p}: config file not found")
        return read_config_file(p)
    found = find_config_file(Path(start) if start is not None else Path.cwd())
    return read_config_file(found) if found else Config()
