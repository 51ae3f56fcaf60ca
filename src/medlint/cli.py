"""The command line: ``medlint check | rules | explain | config | stats | annotate``.

Only presentation lives here: the library (:mod:`medlint.api`) finds the problems, the formats
(:mod:`medlint.formats`) render them. Heavy modules are imported inside the commands so that
``medlint --version`` starts at once.

Exit codes (DESIGN.md): 0 nothing at or above the fail level, 1 findings at or above it,
2 usage error, unreadable input or bad configuration, always as one line on stderr.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from medlint._version import __version__

if TYPE_CHECKING:
    from medlint.config import Config
    from medlint.model import FileReport, Finding, Report

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
FORMAT_NAMES = ("text", "json", "sarif", "github")
INPUT_FORMATS = ("markdown", "text", "html", "docx", "srt", "vtt")
PROFILES = ("kepu", "ad", "professional")
STDIN = "-"
# The progress bar appears only once a run has taken this long (seconds) …
PROGRESS_DELAY = 1.0
# … and is redrawn at most this often.
PROGRESS_INTERVAL = 0.1


class UsageError(Exception):
    """A wrong combination of options or arguments (exit 2)."""


def _error_line(message: str) -> None:
    click.echo(f"medlint: error: {message}", err=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``medlint`` script; returns the exit code."""
    from medlint.errors import MedlintError

    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="medlint",
                          standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        _error_line("interrupted")
        return 130
    except click.ClickException as exc:
        _error_line(exc.format_message().replace("\n", " "))
        return 2
    except (MedlintError, UsageError) as exc:
        _error_line(str(exc).replace("\n", " "))
        return 2
    except KeyboardInterrupt:
        _error_line("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (``medlint check … | head``): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 1
    except Exception as exc:  # noqa: BLE001 - never a traceback for users
        if os.environ.get("MEDLINT_DEBUG"):
            raise
        _error_line(f"internal error: {type(exc).__name__}: {exc} "
                    "(set MEDLINT_DEBUG=1 for a traceback)")
        return 2
    return result if isinstance(result, int) else 0


# --- shared options ----------------------------------------------------------------------------


def _split_list(ctx: click.Context, param: click.Parameter, values: Iterable[str]) -> list[str] | None:
    """``--select EF,AD --select PI`` -> ``["EF", "AD", "PI"]``; ``None`` when not given."""
    values = list(values or ())
    if not values:
        return None
    out: list[str] = []
    for value in values:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def config_options(func: Callable) -> Callable:
    """Options that choose and adjust the configuration (shared by several commands)."""
    decorators = [
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Use this configuration file for every path (no discovery)."),
        click.option("--no-config", is_flag=True,
                     help="Ignore configuration files; use the defaults."),
        click.option("--select", multiple=True, callback=_split_list, metavar="RULES",
                     help="Only these rules: codes, prefixes (EF), names or categories; "
                          "comma-separated, repeatable. Replaces the configured selection."),
        click.option("--extend-select", multiple=True, callback=_split_list, metavar="RULES",
                     help="Rules to add to the selection."),
        click.option("--ignore", multiple=True, callback=_split_list, metavar="RULES",
                     help="Rules to leave out (added to the configured ignore list)."),
        click.option("--profile", type=click.Choice(PROFILES),
                     help="kepu: health education (default); ad: a medical advertisement; "
                          "professional: text for clinicians (jargon checks off)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@dataclass
class ConfigChoice:
    """How the configuration of each file is found, and what the command line changes in it."""

    config_file: str | None = None
    no_config: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    _discovered: dict[str, Config] = field(default_factory=dict)
    _adjusted: dict[int, Config] = field(default_factory=dict)
    _fixed: Config | None = None

    def __post_init__(self) -> None:
        if self.config_file and self.no_config:
            raise UsageError("--config and --no-config exclude each other")
        from medlint.config import Config, load_config

        if self.config_file:
            self._fixed = load_config(self.config_file)
        elif self.no_config:
            self._fixed = Config()

    def base_for(self, path: str | None) -> Config:
        if self._fixed is not None:
            return self._fixed
        from medlint.config import load_config

        start = os.path.abspath(path) if path and path != STDIN else os.getcwd()
        folder = start if os.path.isdir(start) else os.path.dirname(start)
        if folder not in self._discovered:
            self._discovered[folder] = load_config(start=folder)
        return self._discovered[folder]

    def for_path(self, path: str | None) -> Config:
        base = self.base_for(path)
        adjusted = self._adjusted.get(id(base))
        if adjusted is None:
            adjusted = self._adjusted[id(base)] = apply_overrides(base, self.overrides)
        return adjusted


def apply_overrides(config: Config, overrides: dict[str, Any]) -> Config:
    """The configuration with command-line options applied on top."""
    changes: dict[str, Any] = {}
    select = overrides.get("select")
    ignore = overrides.get("ignore") or []
    extend_select = overrides.get("extend_select") or []
    if select is not None:
        # An explicit selection on the command line means exactly these rules.
        changes.update(select=select, ignore=ignore, extend_ignore=[], extend_select=extend_select)
    else:
        if ignore:
            changes["ignore"] = list(config.ignore) + ignore
        if extend_select:
            changes["extend_select"] = list(config.extend_select) + extend_select
    for key in ("profile", "fail_on", "show_identifiers"):
        if overrides.get(key) is not None:
            changes[key] = overrides[key]
    return config.override(**changes) if changes else config


def _validate_selectors(overrides: dict[str, Any]) -> None:
    from medlint.config import resolve_selectors

    for key in ("select", "extend_select", "ignore"):
        for selector in overrides.get(key) or ():
            try:
                resolve_selectors([selector])
            except KeyError:
                option = "--" + key.replace("_", "-")
                raise UsageError(f"unknown rule '{selector}' in {option} "
                                 "(see 'medlint rules')") from None


def _config_choice(config_file, no_config, select, extend_select, ignore, profile,
                   **extra) -> ConfigChoice:
    overrides = {"select": select, "extend_select": extend_select, "ignore": ignore,
                 "profile": profile, **extra}
    _validate_selectors(overrides)
    return ConfigChoice(config_file, no_config, overrides)


# --- checking files ----------------------------------------------------------------------------


@dataclass
class FileResult:
    """What checking one file gives back (it crosses process boundaries, so it pickles)."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    report: FileReport | None = None
    lines: dict[int, str] = field(default_factory=dict)
    error: str | None = None
    size: int = 0


def mask_source(source: str, spans: Iterable[tuple[int, int]]) -> str:
    """``source`` with every identifier span masked, character for character (lines intact)."""
    from medlint.masking import mask_identifier

    chars = None
    for start, end in spans:
        if chars is None:
            chars = list(source)
        original = source[start:end]
        masked = mask_identifier(original)
        for i, ch in enumerate(original):
            if ch not in "\r\n":
                chars[start + i] = masked[i]
    return source if chars is None else "".join(chars)


def _source_lines(source: str, lines: Iterable[int]) -> dict[int, str]:
    from medlint.document import LineIndex

    index = LineIndex(source)
    out = {}
    for number in sorted(set(lines)):
        if 1 <= number <= len(index):
            start = index.line_start(number)
            end = source.find("\n", start)
            out[number] = source[start:end if end != -1 else len(source)].rstrip("\r")
    return out


def check_one(path: str, config: Config, input_format: str | None, want_lines: bool,
              data: bytes | None = None, display_path: str | None = None) -> FileResult:
    """Check one file (or stdin ``data``); errors come back as one line, never raised."""
    from medlint.api import load_document
    from medlint.engine import check_document, identifier_spans
    from medlint.model import FileReport, MedlintError
    from medlint.readers import format_for, read_document

    shown = display_path or path
    try:
        if data is None:
            document = load_document(path, input_format)
            size = os.path.getsize(path)
        else:
            fmt = format_for(shown, input_format) or "text"
            document = read_document(shown, data, fmt)
            size = len(data)
        findings, metrics = check_document(document, config)
        lines = {}
        if want_lines and findings:
            # Quoted lines never show an identifier, whichever rules are selected.
            source = mask_source(document.source, identifier_spans(document, config))
            lines = _source_lines(source, (f.line for f in findings))
        return FileResult(shown, findings, FileReport(path=shown, metrics=metrics), lines,
                          size=size)
    except MedlintError as exc:
        return FileResult(shown, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one line naming the file, never a traceback
        if os.environ.get("MEDLINT_DEBUG"):
            raise
        return FileResult(shown, error=f"{shown}: internal error while checking: "
                                       f"{type(exc).__name__}: {exc}")


def _check_chunk(chunk: list[tuple[str, int]], configs: dict[int, Config],
                 input_format: str | None, want_lines: bool) -> list[FileResult]:
    return [check_one(path, configs[key], input_format, want_lines) for path, key in chunk]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Progress:
    """``files done, MB/s, findings so far`` on stderr, redrawn in place; for long runs only."""

    def __init__(self, total_files: int, enabled: bool) -> None:
        import time

        self._clock = time.monotonic
        self.total = total_files
        self.enabled = enabled
        self.started = self._clock()
        self.last = 0.0
        self.files = self.bytes = self.findings = 0
        self.shown = False

    def advance(self, results: Iterable[FileResult]) -> None:
        for result in results:
            self.files += 1
            self.bytes += result.size
            self.findings += len(result.findings)
        if not self.enabled:
            return
        now = self._clock()
        if now - self.started < PROGRESS_DELAY or (self.shown and now - self.last < PROGRESS_INTERVAL):
            return
        self.last = now
        self.shown = True
        elapsed = max(now - self.started, 1e-6)
        width = 24
        filled = int(width * self.files / max(self.total, 1))
        bar = "#" * filled + "-" * (width - filled)
        rate = self.bytes / elapsed / 1e6
        sys.stderr.write(f"\r[{bar}] {self.files}/{self.total} files  {rate:.1f} MB/s  "
                         f"{self.findings} findings\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_files(files: list[str], choice: ConfigChoice, input_format: str | None, jobs: int,
              want_lines: bool, progress: Progress) -> list[FileResult]:
    """Check ``files``; in ``jobs`` worker processes when that helps. Results keep file order."""
    configs: dict[int, Config] = {}
    keys: dict[int, int] = {}
    items: list[tuple[str, int]] = []
    for path in files:
        config = choice.for_path(path)
        key = keys.setdefault(id(config), len(keys))
        configs[key] = config
        items.append((path, key))
    if jobs <= 1 or len(items) <= 1:
        results = []
        for path, key in items:
            result = check_one(path, configs[key], input_format, want_lines)
            results.append(result)
            progress.advance([result])
        return results
    return _run_parallel(items, configs, input_format, jobs, want_lines, progress)


def _pool_context():
    import multiprocessing

    # Forked workers inherit the loaded rule registry and dictionaries (Linux); elsewhere the
    # platform default starts them fresh.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None


def _ignore_interrupts() -> None:
    """In workers: Ctrl-C is the parent's to handle (no traceback from every worker)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up(configs: dict[int, Config], items: list[tuple[str, int]]) -> None:
    """Load rules and the segmenter once in the parent, so forked workers share them."""
    from medlint.analysis.segmentation import get_segmenter

    for path, key in items[:1]:
        settings = configs[key].settings_for(path)
        seg = settings.segmenter
        get_segmenter(seg.backend, seg.model_path, settings.extra_words)


def _run_parallel(items, configs, input_format, jobs, want_lines, progress) -> list[FileResult]:
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    from medlint.model import MedlintError

    _warm_up(configs, items)
    # Small chunks keep both workers busy to the end (one big chunk left over at the end
    # would run alone); the cost of a chunk is one round trip of its results.
    size = max(1, min(8, -(-len(items) // (jobs * 8))))
    chunks = _chunks(items, size)
    done: dict[int, list[FileResult]] = {}
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_pool_context(),
                               initializer=_ignore_interrupts)
    try:
        futures = {pool.submit(_check_chunk, chunk, configs, input_format, want_lines): i
                   for i, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            results = future.result()
            done[futures[future]] = results
            progress.advance(results)
        pool.shutdown()
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        raise MedlintError("a worker process died (out of memory?); try --jobs 1") from None
    except BaseException:
        # Ctrl-C or a failure: drop the chunks not started; workers finish their current one.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    ordered: list[FileResult] = []
    for i in range(len(chunks)):
        ordered.extend(done[i])
    return ordered


# --- the commands ------------------------------------------------------------------------------


@click.group(context_settings=CONTEXT_SETTINGS, invoke_without_command=True)
@click.version_option(__version__, "-V", "--version", prog_name="medlint",
                      message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> int | None:
    """Lint Chinese medical and health content before publication.

    Flags exaggerated efficacy claims (EF), advertising-law red lines (AD), unredacted patient
    identifiers (PI) and unexplained jargon (JG) in Markdown, text, HTML, Word and subtitle files.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
        return 2
    return None


def _resolve_color(color: str) -> bool:
    if color == "always":
        return True
    if color == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(FORMAT_NAMES), default="text",
              show_default=True, help="Output format.")
@config_options
@click.option("--fail-on", type=click.Choice(("error", "warning", "never")),
              help="Lowest severity that makes the exit code 1 (configured default: warning).")
@click.option("--statistics", is_flag=True, help="Count findings per rule instead of listing them.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary, no progress.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto",
              show_default=True, help="Colour in text output.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS),
              help="Read every input as this format instead of choosing by file suffix.")
@click.option("--stdin-filename", metavar="PATH",
              help="The name of the draft read from stdin ('-'): picks the reader and the "
                   "configuration, and is shown in findings.")
@click.option("--show-identifiers", is_flag=True, default=None,
              help="Show patient identifiers unmasked in findings (they are masked by default).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files, then report what remains.")
@click.option("--diff", is_flag=True, help="Print the fixes as a diff; change no file.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs).")
def check(paths, output_format, config_file, no_config, select, extend_select, ignore, profile,
          fail_on, statistics, quiet, color, input_format, stdin_filename, show_identifiers,
          fix, diff, jobs) -> int:
    """Check drafts: files, folders (recursively) or '-' for stdin."""
    from medlint.files import iter_files
    from medlint.formats import MACHINE_FORMATS, RenderContext, render
    from medlint.model import Report, Severity

    paths = list(paths) or ["."]
    if paths.count(STDIN) > 1:
        raise UsageError("'-' (stdin) can be given only once")
    if STDIN in paths and (fix or diff):
        raise UsageError("--fix and --diff need files, not stdin")
    if stdin_filename and STDIN not in paths:
        raise UsageError("--stdin-filename is only meaningful with '-' (stdin)")
    if statistics and output_format not in ("text", "json"):
        raise UsageError("--statistics works with --format text or json")

    choice = _config_choice(config_file, no_config, select, extend_select, ignore, profile,
                            fail_on=fail_on, show_identifiers=show_identifiers)
    first = stdin_filename if paths[0] == STDIN else paths[0]
    main_config = choice.for_path(first or None)
    files = list(iter_files([p for p in paths if p != STDIN], main_config.is_excluded))

    want_lines = output_format == "text" and not statistics
    jobs = jobs or default_jobs()
    machine = output_format in MACHINE_FORMATS
    show_progress = not machine and not quiet and sys.stderr.isatty()
    progress = Progress(len(files), show_progress)
    try:
        results = run_files(files, choice, input_format, jobs, want_lines, progress)
        if STDIN in paths:
            shown = stdin_filename or "<stdin>"
            result = check_one(shown, choice.for_path(stdin_filename), input_format, want_lines,
                               data=sys.stdin.buffer.read(), display_path=shown)
            results.insert(paths.index(STDIN) if paths.index(STDIN) == 0 else len(results), result)
    finally:
        progress.close()

    fixed = 0
    fix_errors: list[str] = []
    if fix or diff:
        results, fixed, status, fix_errors = _apply_fixes(results, choice, input_format,
                                                          want_lines, write=not diff)
        if diff:
            for error in fix_errors:
                _error_line(error)
            return 2 if fix_errors else status

    errors = [r.error for r in results if r.error] + fix_errors
    checked = [r for r in results if not r.error]
    findings = [f for r in checked for f in r.findings]
    report = Report.build(__version__, findings, [r.report for r in checked])
    if checked or not errors:
        context = RenderContext(color=_resolve_color(color) and not machine,
                                lines={r.path: r.lines for r in checked if r.lines},
                                statistics=statistics, quiet=quiet, fixed=fixed)
        text = render(report, output_format, context)
        if text:
            click.echo(text, color=context.color)
    for error in errors:
        _error_line(error)
    if errors:
        return 2
    level = main_config.fail_on
    return 1 if report.fails(None if level == "never" else Severity(level)) else 0


def _apply_fixes(results: list[FileResult], choice: ConfigChoice, input_format: str | None,
                 want_lines: bool, write: bool) -> tuple[list[FileResult], int, int, list[str]]:
    """Run ``medlint.fix`` over the files that have fixable findings; re-check what changed.

    Returns the new results, how many findings were fixed, the exit status for ``--diff`` (1
    when a fix is available, as ``ruff --diff`` does) and one line per file that could not be
    fixed (its findings stay in the report).
    """
    from medlint.model import MedlintError

    try:
        from medlint.fix import fix_file
    except ImportError:
        raise MedlintError("--fix and --diff are not available: medlint.fix is missing") from None
    fixed = 0
    changed_files = 0
    errors: list[str] = []
    out = []
    for result in results:
        fixable = [f for f in result.findings if f.fix is not None]
        if result.error or not fixable:
            out.append(result)
            continue
        options = {"input_format": input_format} if input_format else {}
        try:
            outcome = fix_file(result.path, list(result.findings), write=write, **options)
        except MedlintError as exc:
            errors.append(str(exc))
            out.append(result)
            continue
        applied = len(outcome.applied)
        fixed += applied
        if not write:
            if outcome.diff:
                changed_files += 1
                config = choice.for_path(result.path)
                shown = outcome.diff if config.show_identifiers else \
                    mask_diff(outcome.diff, result.path, result.findings)
                click.echo(shown, nl=not shown.endswith("\n"))
            out.append(result)
        elif applied:
            out.append(check_one(result.path, choice.for_path(result.path), input_format,
                                 want_lines))
        else:
            out.append(result)
    if not write:
        if fixed:
            click.echo(f"Would fix {fixed} problem{'s' if fixed != 1 else ''} in "
                       f"{changed_files} file{'s' if changed_files != 1 else ''}.", err=True)
        else:
            click.echo("No fixes available.", err=True)
    return out, fixed, 1 if fixed else 0, errors


def mask_diff(diff: str, path: str, findings: list[Finding]) -> str:
    """A diff with the identifiers of privacy findings masked on every line.

    The lines a redaction removes hold the identifier in full; a diff printed to a terminal or a
    CI log must not.
    """
    from medlint.masking import mask_identifier
    from medlint.model import Category, MedlintError
    from medlint.readers.decode import decode

    try:
        with open(path, "rb") as handle:
            source = decode(handle.read(), path).text
    except (OSError, MedlintError):
        return diff
    originals = set()
    for f in findings:
        if f.category is Category.PRIVACY:
            original = source[f.offset:f.end_offset]
            if original and "\n" not in original:
                originals.add(original)
    for original in sorted(originals, key=len, reverse=True):
        diff = diff.replace(original, mask_identifier(original))
    return diff


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--category", "categories", multiple=True, callback=_split_list,
              metavar="CATEGORY",
              help="Only this family: efficacy, advertising, privacy, jargon (or EF, AD, PI, JG).")
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text",
              show_default=True)
def rules(categories, output_format) -> int:
    """List the rules."""
    from medlint.checks.base import registry
    from medlint.formats.rules import rules_json, rules_table
    from medlint.model import CATEGORY_PREFIX, Category

    wanted: set[Category] | None = None
    if categories:
        wanted = set()
        by_prefix = {prefix: cat for cat, prefix in CATEGORY_PREFIX.items()}
        for name in categories:
            if name.lower() in {c.value for c in Category}:
                wanted.add(Category(name.lower()))
            elif name.upper() in by_prefix:
                wanted.add(by_prefix[name.upper()])
            else:
                raise UsageError(f"unknown category '{name}' (choose from "
                                 f"{', '.join(c.value for c in Category)})")
    selected = [r for r in registry().values() if wanted is None or r.category in wanted]
    click.echo(rules_json(selected) if output_format == "json" else rules_table(selected))
    return 0


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("rule")
def explain(rule) -> int:
    """Explain a rule (code or name): what it flags, why, the legal basis, examples, options."""
    from medlint.checks.base import names, registry
    from medlint.formats.rules import rule_markdown

    rules_by_code = registry()
    code = rule.upper() if rule.upper() in rules_by_code else names().get(rule)
    if code is None:
        raise UsageError(f"unknown rule '{rule}' (see 'medlint rules')")
    click.echo(rule_markdown(rules_by_code[code]), nl=False)
    return 0


@cli.command("config", context_settings=CONTEXT_SETTINGS)
@click.argument("path", required=False)
@click.option("--show", is_flag=True, help="Print the effective configuration.")
@click.option("--format", "output_format", type=click.Choice(("toml", "json")), default="toml",
              show_default=True)
@config_options
def config_command(path, show, output_format, config_file, no_config, select, extend_select,
                   ignore, profile) -> int:
    """Show which configuration applies to PATH (default: the current folder)."""
    import json
    from pathlib import Path

    from medlint.config import find_config_file

    choice = _config_choice(config_file, no_config, select, extend_select, ignore, profile)
    config = choice.for_path(path)
    if not show:
        if config.source and config.source != "command line":
            click.echo(config.source)
        else:
            found = None if (config_file or no_config) else find_config_file(Path(path or "."))
            click.echo(str(found) if found else "no configuration file found: using the defaults")
        return 0
    data = config.model_dump(mode="json", by_alias=True, exclude={"source"})
    if data.get("select") is None:
        data["select"] = ["ALL"]
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        header = f"# medlint configuration from {config.source or 'the defaults'}\n"
        click.echo(header + to_toml(data), nl=False)
    return 0


def _toml_value(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _toml_key(key: str) -> str:
    import re

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_value(key)


def to_toml(data: dict[str, Any], prefix: str = "") -> str:
    """A small TOML writer for the configuration (scalars, lists, nested tables)."""
    scalars = []
    tables = []
    for key, value in data.items():
        if value is None:
            continue  # TOML has no null: an unset key is the default
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            scalars.append(f"{_toml_key(key)} = {_toml_value(value)}")
    out = "\n".join(scalars) + ("\n" if scalars else "")
    for key, value in tables:
        name = f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key)
        nested_tables = {k: v for k, v in value.items() if isinstance(v, dict)}
        if nested_tables and all(isinstance(v, dict) for v in value.values()):
            for sub, sub_value in nested_tables.items():
                out += f"\n[{name}.{_toml_key(sub)}]\n" + to_toml(sub_value, f"{name}.{sub}")
            if not value:
                out += f"\n[{name}]\n"
            continue
        out += f"\n[{name}]\n" + to_toml(value, name)
    return out


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text",
              show_default=True)
@click.option("--input-format", type=click.Choice(INPUT_FORMATS))
@config_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs).")
def stats(paths, output_format, input_format, config_file, no_config, select, extend_select,
          ignore, profile, jobs) -> int:
    """Print per-file metrics: characters checked, jargon density and the rest."""
    import json

    from medlint.files import iter_files

    choice = _config_choice(config_file, no_config, select, extend_select, ignore, profile)
    files = list(iter_files(list(paths), choice.for_path(paths[0]).is_excluded))
    progress = Progress(len(files), output_format == "text" and sys.stderr.isatty())
    try:
        results = run_files(files, choice, input_format, jobs or default_jobs(), False, progress)
    finally:
        progress.close()
    errors = [r.error for r in results if r.error]
    reports = [r.report for r in results if not r.error]
    if output_format == "json":
        click.echo(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False,
                              indent=2))
    elif reports:
        click.echo(metrics_table(reports))
    for error in errors:
        _error_line(error)
    return 2 if errors else 0


def metrics_table(reports: list[FileReport]) -> str:
    keys: list[str] = []
    for report in reports:
        for key in report.metrics:
            if key not in keys:
                keys.append(key)
    first = [k for k in ("chars", "jargon_density") if k in keys]
    keys = first + sorted(k for k in keys if k not in first)

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return "-" if value is None else str(value)

    rows = [["path", *keys]]
    rows += [[r.path, *(cell(r.metrics.get(k)) for k in keys)] for r in reports]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("docx", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Where to write the annotated copy.")
@config_options
def annotate(docx, output, config_file, no_config, select, extend_select, ignore,
             profile) -> int:
    """Write a copy of a Word draft with every finding as a review comment."""
    from medlint.model import MedlintError

    if not os.path.isfile(docx):
        raise MedlintError(f"{docx}: no such file")
    if os.path.abspath(docx) == os.path.abspath(output):
        raise UsageError("the output must be a new file, not the draft itself")
    choice = _config_choice(config_file, no_config, select, extend_select, ignore, profile)
    config = choice.for_path(docx)
    try:
        from medlint.annotate import annotate_docx
    except ImportError:
        raise MedlintError("annotate is not available: medlint.annotate is missing") from None
    count = annotate_docx(docx, output, config)
    click.echo(f"{output}: {count} comment{'s' if count != 1 else ''} added", err=True)
    return 0
