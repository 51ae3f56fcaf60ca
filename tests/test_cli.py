"""The command line, run in-process through ``medlint.cli.main`` (and once as a real process)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from cli_helpers import assert_one_line_error, run  # noqa: F401 - run is a fixture

import medlint
from medlint import cli

CLAIM = "本疗法可根治糖尿病。\n"
CLEAN = "糖尿病患者应在医生指导下规律用药。\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    """A folder with a claim draft and a clean draft; the current folder for the test."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claim.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


# --- check: exit codes and output ------------------------------------------------------------


def test_version(run):
    result = run("--version")
    assert (result.code, result.out) == (0, f"medlint {medlint.__version__}\n")


def test_version_imports_no_heavy_module():
    """``medlint --version`` starts at once: no models, rules, segmenter or parser imported."""
    code = ("import sys; from medlint.cli import main; status = main(['--version']); "
            "heavy = sorted(m for m in ('pydantic', 'medlint.model', 'medlint.checks.base', "
            "'rjieba', 'markdown_it', 'regex') if m in sys.modules); print(status, heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 []"


def test_findings_exit_1_with_ruff_style_text(run, drafts):
    result = run("check", "claim.txt")
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("claim.txt:1:5: EF101 [error] 「根治」")
    assert lines[1:4] == [
        "  |",
        "1 | 本疗法可根治糖尿病。",
        "  |         ^^^^",
    ]
    assert lines[-1] == "Found 1 problem (1 error, 0 warnings, 0 infos) in 1 file."


def test_clean_file_exits_0(run, drafts):
    result = run("check", "clean.txt")
    assert (result.code, result.out, result.err) == (0, "No problems found in 1 file.\n", "")


def test_fail_on(run, drafts):
    assert run("check", "claim.txt", "--fail-on", "never").code == 0
    assert run("check", "claim.txt", "--fail-on", "error").code == 1
    (drafts / "medlint.toml").write_text('[severity]\nEF101 = "warning"\n', encoding="utf-8")
    assert run("check", "claim.txt", "--fail-on", "error").code == 0
    assert run("check", "claim.txt").code == 1
    (drafts / "medlint.toml").write_text('fail-on = "error"\n[severity]\nEF101 = "info"\n',
                                         encoding="utf-8")
    assert run("check", "claim.txt").code == 0


def test_folder_is_walked_and_paths_reported(run, drafts):
    (drafts / "sub").mkdir()
    (drafts / "sub" / "more.txt").write_text("第一行\n可根治\n", encoding="utf-8")
    result = run("check", ".", "--format", "json")
    data = json.loads(result.out)
    assert [f["path"] for f in data["files"]] == ["claim.txt", "clean.txt", "sub/more.txt"]
    assert [(f["path"], f["line"], f["column"]) for f in data["findings"]] == [
        ("claim.txt", 1, 5), ("sub/more.txt", 2, 2)]


def test_no_path_means_the_current_folder(run, drafts):
    assert json.loads(run("check", "--format", "json").out)["summary"]["files"] == 2


def test_json_is_the_library_report(run, drafts):
    result = run("check", "claim.txt", "clean.txt", "--format", "json")
    expected = medlint.check_paths(["claim.txt", "clean.txt"])
    assert json.loads(result.out) == expected.model_dump(mode="json")
    assert result.code == 1


def test_sarif_and_github_formats(run, drafts):
    sarif = json.loads(run("check", "claim.txt", "--format", "sarif").out)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "EF101"
    github = run("check", "claim.txt", "--format", "github")
    assert github.out.startswith(
        "::error file=claim.txt,line=1,col=5,endLine=1,endColumn=7,title=EF101 cure-guarantee::")
    assert github.code == 1


def test_select_ignore_extend_select_lists(run, drafts):
    assert run("check", "claim.txt", "--select", "AD,EF101", "--select", "PI").code == 1
    assert run("check", "claim.txt", "--select", "cure-guarantee", "--ignore", "EF").code == 0
    assert run("check", "claim.txt", "--ignore", "efficacy").code == 0
    (drafts / "medlint.toml").write_text('select = ["PI"]\n', encoding="utf-8")
    assert run("check", "claim.txt").code == 0
    assert run("check", "claim.txt", "--extend-select", "EF101").code == 1


def test_cli_select_overrides_configured_ignore(run, drafts):
    (drafts / "medlint.toml").write_text('ignore = ["EF101"]\n', encoding="utf-8")
    assert run("check", "claim.txt").code == 0
    assert run("check", "claim.txt", "--select", "EF101").code == 1


def test_statistics(run, drafts):
    (drafts / "two.txt").write_text("根治，药到病除\n", encoding="utf-8")
    result = run("check", "claim.txt", "two.txt", "--statistics")
    assert result.out.splitlines()[0] == "3  EF101  cure-guarantee  [error]"
    assert "^" not in result.out
    rows = json.loads(run("check", "claim.txt", "--statistics", "--format", "json").out)
    assert rows == [{"rule": "EF101", "name": "cure-guarantee", "severity": "error", "count": 1}]


def test_quiet_prints_findings_only(run, drafts):
    result = run("check", "claim.txt", "--quiet")
    assert result.out.startswith("claim.txt:1:5: EF101") and "Found" not in result.out
    assert run("check", "clean.txt", "-q").out == ""


def test_color(run, drafts):
    assert "\x1b[" in run("check", "claim.txt", "--color", "always").out
    assert "\x1b[" not in run("check", "claim.txt", "--color", "never").out
    assert "\x1b[" not in run("check", "claim.txt").out  # not a terminal
    assert "\x1b[" not in run("check", "claim.txt", "--color", "always", "--format", "json").out


# --- stdin -----------------------------------------------------------------------------------


def test_stdin_with_filename_picks_reader_and_name(run, drafts):
    draft = "# 标题\n\n```\n根治\n```\n\n本品可根治失眠。\n".encode()
    result = run("check", "-", "--stdin-filename", "posts/a.md", "--format", "json", stdin=draft)
    data = json.loads(result.out)
    assert [(f["path"], f["line"], f["column"]) for f in data["findings"]] == [
        ("posts/a.md", 7, 4)]


def test_stdin_without_filename_is_text(run, drafts):
    result = run("check", "-", stdin="前言\n\n可根治\n".encode("gb18030"))
    assert result.out.startswith("<stdin>:3:2: EF101")


def test_stdin_with_fix_is_a_usage_error(run, drafts):
    assert_one_line_error(run("check", "-", "--fix", stdin=b"x"), "--fix")
    assert_one_line_error(run("check", "-", "--diff", stdin=b"x"), "stdin")


# --- errors: one line, exit 2 ----------------------------------------------------------------


def test_missing_path(run, drafts):
    assert_one_line_error(run("check", "nope.md"), "nope.md", "no such file")


def test_folder_with_nothing_to_check(run, drafts):
    (drafts / "empty").mkdir()
    (drafts / "empty" / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert_one_line_error(run("check", "empty"), "empty", "no files to check")


def test_binary_file(run, drafts):
    (drafts / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_one_line_error(run("check", "image.txt"), "image.txt", "binary")


def test_binary_file_among_others_still_reports_the_rest(run, drafts):
    (drafts / "image.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("check", "claim.txt", "image.txt")
    assert result.code == 2
    assert result.out.startswith("claim.txt:1:5: EF101")
    assert result.err.strip().splitlines() == [result.err.strip()]


def test_unsupported_file_type_named_explicitly(run, drafts):
    (drafts / "a.pdf").write_bytes(b"%PDF-1.4 ...")
    assert_one_line_error(run("check", "a.pdf"), "a.pdf", "unsupported file type")


def test_unknown_rule_on_command_line(run, drafts):
    assert_one_line_error(run("check", "claim.txt", "--select", "EF999"), "EF999", "--select")
    assert_one_line_error(run("check", "claim.txt", "--ignore", "no-such-rule"), "no-such-rule")


def test_bad_option_value_and_unknown_option(run, drafts):
    assert_one_line_error(run("check", "claim.txt", "--format", "xml"), "xml")
    assert_one_line_error(run("check", "claim.txt", "--bogus"), "--bogus")
    assert_one_line_error(run("check", "claim.txt", "--jobs", "0"), "jobs")


def test_config_and_no_config_together(run, drafts):
    (drafts / "m.toml").write_text("", encoding="utf-8")
    assert_one_line_error(run("check", "claim.txt", "--config", "m.toml", "--no-config"),
                          "--no-config")


def test_missing_config_file(run, drafts):
    assert_one_line_error(run("check", "claim.txt", "--config", "missing.toml"), "missing.toml")


def test_unexpected_exception_is_one_line_naming_the_file(run, drafts, monkeypatch):
    import medlint.engine

    def boom(document, config):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(medlint.engine, "check_document", boom)
    assert_one_line_error(run("check", "claim.txt"), "claim.txt", "RuntimeError", "rule exploded")


def test_real_process_exit_codes_and_no_traceback(drafts):
    script = Path(sys.executable).with_name("medlint")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "medlint"]
    done = subprocess.run([*command, "check", "missing.md"], capture_output=True, text=True,
                          cwd=drafts)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "medlint: error: missing.md: no such file or folder\n"
    done = subprocess.run([*command, "check", "claim.txt", "--format", "json"],
                          capture_output=True, text=True, cwd=drafts)
    assert done.returncode == 1 and json.loads(done.stdout)["summary"]["error"] == 1


# --- --jobs and the progress bar -------------------------------------------------------------


@pytest.fixture
def many(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(23):
        body = f"第{i}篇。\n\n" + ("此药可根治顽疾。\n" if i % 3 == 0 else "请遵医嘱。\n")
        (folder / f"post{i:02d}.txt").write_text(body * (1 + i % 4), encoding="utf-8")
    return folder


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_parallel_output_is_identical_to_serial(run, many, output_format):
    serial = run("check", "many", "--jobs", "1", "--format", output_format)
    parallel = run("check", "many", "--jobs", "2", "--format", output_format)
    assert serial.code == parallel.code == 1
    assert serial.out == parallel.out
    assert serial.out.count("EF101") >= 8


def test_parallel_run_reports_errors_like_serial(run, many):
    (many / "post05.txt").write_bytes(b"\x00" * 64)
    serial = run("check", "many", "--jobs", "1")
    parallel = run("check", "many", "--jobs", "2")
    assert serial.code == parallel.code == 2
    assert (serial.out, serial.err) == (parallel.out, parallel.err)
    assert "post05.txt" in parallel.err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_text(run, many, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    monkeypatch.setattr(cli, "PROGRESS_INTERVAL", 0.0)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run("check", "many", "--jobs", "1")
    shown = terminal.getvalue()
    assert "23/23 files" in shown and "MB/s" in shown and "findings" in shown
    assert shown.endswith("\r\x1b[K")  # the bar is cleared at the end
    for args in (["--format", "json"], ["--format", "sarif"], ["--format", "github"], ["-q"]):
        terminal.seek(0)
        terminal.truncate()
        run("check", "many", "--jobs", "2", *args)
        assert terminal.getvalue() == "", args


def test_no_progress_bar_when_stderr_is_not_a_terminal(run, many, monkeypatch):
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    result = run("check", "many", "--jobs", "2")
    assert result.err == ""


def test_default_jobs_is_the_cpu_count():
    assert cli.default_jobs() >= 1


# --- --fix and --diff (medlint.fix is a separate module) -------------------------------------


@pytest.fixture
def fake_fix(monkeypatch):
    """A stand-in ``medlint.fix`` that replaces each fixable finding by its replacement."""
    calls = []

    def fix_file(path, findings, *, write):
        calls.append((path, write))
        source = Path(path).read_text(encoding="utf-8")
        applied = [f for f in findings if f.fix is not None]
        fixed = source
        for f in sorted(applied, key=lambda f: f.fix.offset, reverse=True):
            fixed = fixed[:f.fix.offset] + f.fix.replacement + fixed[f.fix.end_offset:]
        diff = "" if fixed == source else f"--- {path}\n+++ {path}\n-{source}+{fixed}"
        if write and applied:
            Path(path).write_text(fixed, encoding="utf-8")
        return types.SimpleNamespace(path=path, applied=applied, diff=diff)

    module = types.ModuleType("medlint.fix")
    module.fix_file = fix_file
    monkeypatch.setitem(sys.modules, "medlint.fix", module)
    return calls


def test_diff_prints_and_writes_nothing(run, drafts, fake_fix):
    [finding] = medlint.check_text(CLAIM)
    fixed = CLAIM.replace("根治", finding.fix.replacement)
    result = run("check", "claim.txt", "--diff")
    assert result.code == 1
    assert result.out == f"--- claim.txt\n+++ claim.txt\n-{CLAIM}+{fixed}"
    assert "Would fix 1 problem in 1 file." in result.err
    assert (drafts / "claim.txt").read_text(encoding="utf-8") == CLAIM
    assert fake_fix == [("claim.txt", False)]


def test_fix_writes_and_reports_what_remains(run, drafts, fake_fix):
    (drafts / "two.txt").write_text("根治\n\n药到病除\n", encoding="utf-8")
    [finding] = medlint.check_text(CLAIM)
    result = run("check", "claim.txt", "two.txt", "clean.txt", "--fix")
    assert (drafts / "claim.txt").read_text(encoding="utf-8") == CLAIM.replace(
        "根治", finding.fix.replacement)
    assert result.code == 0
    assert result.out == "No problems found in 3 files. Fixed 3 problems.\n"
    assert ("clean.txt", True) not in fake_fix


def test_fix_without_the_fix_module(run, drafts, monkeypatch):
    monkeypatch.setitem(sys.modules, "medlint.fix", None)
    assert_one_line_error(run("check", "claim.txt", "--fix"), "--fix")


# --- other commands --------------------------------------------------------------------------


def test_rules_table_and_json(run):
    table = run("rules")
    assert table.code == 0
    assert table.out.splitlines()[0].split() == ["code", "name", "category", "severity", "fix",
                                                  "profiles"]
    assert any(line.split()[:2] == ["EF101", "cure-guarantee"] for line in table.out.splitlines())
    listed = json.loads(run("rules", "--format", "json").out)
    codes = [rule["code"] for rule in listed]
    assert codes == sorted(codes) and "EF101" in codes
    ef101 = listed[codes.index("EF101")]
    assert ef101["category"] == "efficacy" and ef101["severity"] == "error"
    assert ef101["examples"]["fail"] and ef101["basis"].startswith("《中华人民共和国广告法》")


def test_rules_by_category(run):
    efficacy = json.loads(run("rules", "--category", "efficacy", "--format", "json").out)
    assert efficacy and {rule["category"] for rule in efficacy} == {"efficacy"}
    by_prefix = json.loads(run("rules", "--category", "EF", "--format", "json").out)
    assert by_prefix == efficacy
    assert_one_line_error(run("rules", "--category", "cosmetics"), "cosmetics")


def test_explain_by_code_or_name(run):
    by_code = run("explain", "EF101")
    assert by_code.code == 0
    assert by_code.out.startswith("# EF101 cure-guarantee\n")
    for heading in ("## Why", "## Legal or professional basis", "## Examples", "## Options"):
        assert heading in by_code.out
    assert "本疗法可根治糖尿病。" in by_code.out
    assert run("explain", "cure-guarantee").out == by_code.out
    assert run("explain", "ef101").out == by_code.out
    assert_one_line_error(run("explain", "EF999"), "EF999")


def test_config_show_as_toml_and_json(run, drafts):
    from medlint.config import tomllib  # tomllib, or tomli before Python 3.11

    (drafts / "medlint.toml").write_text(
        'profile = "ad"\nallow = ["本院"]\n[severity]\nEF101 = "warning"\n'
        '[per-file-ignores]\n"news/*.md" = ["EF"]\n', encoding="utf-8")
    toml_text = run("config", "--show").out
    assert toml_text.startswith(f"# medlint configuration from {drafts / 'medlint.toml'}\n")
    shown = tomllib.loads(toml_text)
    assert shown["profile"] == "ad" and shown["allow"] == ["本院"]
    assert shown["severity"] == {"EF101": "warning"}
    assert shown["per-file-ignores"] == {"news/*.md": ["EF"]}
    assert shown["select"] == ["ALL"]
    as_json = json.loads(run("config", "--show", "--format", "json").out)
    assert as_json["profile"] == "ad" and as_json["fail-on"] == "warning"
    assert json.loads(run("config", "--show", "--format", "json", "--profile", "kepu",
                          "--no-config").out)["allow"] == []
    assert run("config").out == f"{drafts / 'medlint.toml'}\n"


def test_config_show_written_back_is_the_same_config(run, drafts):
    from medlint.config import load_config

    (drafts / "medlint.toml").write_text(
        'ignore = ["EF101"]\n[jargon]\ndensity-threshold = 0.2\n', encoding="utf-8")
    (drafts / "copy").mkdir()
    (drafts / "copy" / "medlint.toml").write_text(run("config", "--show").out, encoding="utf-8")
    original = load_config(drafts / "medlint.toml").model_dump()
    copy = load_config(drafts / "copy" / "medlint.toml").model_dump()
    assert (original.pop("select"), copy.pop("select")) == (None, ["ALL"])  # the same rules
    assert copy == original


def test_stats_table_and_json(run, drafts):
    table = run("stats", "claim.txt", "clean.txt")
    assert table.code == 0
    header, *rows = table.out.splitlines()
    assert header.split()[:3] == ["path", "chars", "jargon_density"]
    assert rows[0].split()[:2] == ["claim.txt", "10"]
    data = json.loads(run("stats", "claim.txt", "--format", "json").out)
    assert data == [{"path": "claim.txt", "metrics": medlint.check_paths(
        ["claim.txt"]).files[0].metrics}]
    assert_one_line_error(run("stats", "nothing.md"), "nothing.md")


def test_annotate_calls_the_annotator(run, drafts, monkeypatch):
    calls = []

    def annotate_docx(src, dst, config):
        calls.append((src, dst, config.profile))
        Path(dst).write_bytes(b"docx")
        return 3

    module = types.ModuleType("medlint.annotate")
    module.annotate_docx = annotate_docx
    monkeypatch.setitem(sys.modules, "medlint.annotate", module)
    (drafts / "draft.docx").write_bytes(b"PK")
    result = run("annotate", "draft.docx", "-o", "out.docx", "--profile", "ad")
    assert result.code == 0 and calls == [("draft.docx", "out.docx", "ad")]
    assert result.err == "out.docx: 3 comments added\n"
    assert_one_line_error(run("annotate", "missing.docx", "-o", "x.docx"), "missing.docx")
    assert_one_line_error(run("annotate", "draft.docx", "-o", "draft.docx"), "output")


def test_no_command_prints_help(run):
    result = run()
    assert result.code == 2 and "Commands:" in result.out


# --- identifiers never shown in full ---------------------------------------------------------

PHONE = "13957293846"
WITH_PHONE = f"家属联系电话{PHONE}，医生说本品可根治糖尿病。\n"


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_identifiers_masked_even_when_privacy_rules_are_not_selected(run, drafts, output_format):
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    result = run("check", "phone.txt", "--select", "EF101", "--format", output_format)
    assert result.code == 1 and "EF101" in result.out
    assert PHONE not in result.out


def test_quoted_line_masks_identifiers_of_unselected_rules(run, drafts):
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    result = run("check", "phone.txt", "--select", "EF101")
    assert "1 | 家属联系电话139****3846，医生说本品可根治糖尿病。" in result.out
    assert "^^^^" in result.out.splitlines()[3]


def test_finding_text_spanning_an_identifier_is_masked(run, drafts):
    (drafts / "medlint.toml").write_text("[jargon]\nmax-sentence-chars = 10\n", encoding="utf-8")
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    data = json.loads(run("check", "phone.txt", "--select", "JG104", "--format", "json").out)
    [finding] = [f for f in data["findings"] if PHONE[:3] in f["text"]]
    assert PHONE not in finding["text"] and "139****3846" in finding["text"]
    shown = json.loads(run("check", "phone.txt", "--select", "JG104", "--format", "json",
                           "--show-identifiers").out)
    assert any(PHONE in f["text"] for f in shown["findings"])


def test_show_identifiers_unmasks_privacy_findings(run, drafts):
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    masked = run("check", "phone.txt", "--select", "PI104")
    assert "PI104" in masked.out and PHONE not in masked.out
    shown = run("check", "phone.txt", "--select", "PI104", "--show-identifiers")
    assert f"1 | {WITH_PHONE.strip()}" in shown.out


# --- the example draft and other file types --------------------------------------------------

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "wechat-draft.md"


def test_example_draft_has_findings_of_every_family(run, tmp_path, monkeypatch):
    monkeypatch.chdir(EXAMPLE.parent.parent)
    result = run("check", "examples/wechat-draft.md", "--format", "json")
    assert result.code == 1
    data = json.loads(result.out)
    found = {(f["rule"], f["line"], f["column"]) for f in data["findings"]}
    assert {("AD101", 9, 11), ("EF101", 9, 34), ("PI101", 13, 3), ("PI105", 13, 11),
            ("PI104", 13, 27), ("JG101", 13, 1)} <= found
    assert {f["category"] for f in data["findings"]} == {"efficacy", "advertising", "privacy",
                                                         "jargon"}
    source = EXAMPLE.read_text(encoding="utf-8")
    for f in data["findings"]:
        if f["rule"] in ("AD101", "EF101"):
            assert source[f["offset"]:f["end_offset"]] == f["text"]
    for identifier in ("王建国", "2023081566", "13957293846"):
        assert identifier not in result.out
        assert identifier not in run("check", "examples/wechat-draft.md").out


def test_docx_line_is_the_paragraph_and_is_quoted(run, drafts):
    import docx

    document = docx.Document()
    document.add_paragraph("控糖小贴士")
    document.add_paragraph("规律进餐。")
    document.add_paragraph("本疗法可根治糖尿病。")
    document.save(drafts / "draft.docx")
    result = run("check", "draft.docx")
    assert result.code == 1
    assert result.out.splitlines()[:4] == [
        result.out.splitlines()[0], "  |", "3 | 本疗法可根治糖尿病。", "  |         ^^^^"]
    assert result.out.startswith("draft.docx:3:5: EF101 [error]")
    assert "  = at: 段落 3" in result.out


def test_real_diff_masks_the_identifier_it_removes(run, drafts):
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    result = run("check", "phone.txt", "--diff")
    assert result.code == 1
    assert result.out.startswith("--- a/phone.txt\n+++ b/phone.txt\n")
    assert "+家属联系电话139****3846" in result.out
    assert PHONE not in result.out
    assert (drafts / "phone.txt").read_text(encoding="utf-8") == WITH_PHONE
    shown = run("check", "phone.txt", "--diff", "--show-identifiers")
    assert f"-家属联系电话{PHONE}" in shown.out


def test_real_fix_redacts_and_reports_the_rest(run, drafts):
    (drafts / "phone.txt").write_text(WITH_PHONE, encoding="utf-8")
    result = run("check", "phone.txt", "--fix", "--format", "json")
    assert (drafts / "phone.txt").read_text(encoding="utf-8") == WITH_PHONE.replace(
        PHONE, "139****3846")
    data = json.loads(result.out)
    assert [f["rule"] for f in data["findings"]] == ["EF101"]  # changes meaning: never applied
    assert result.code == 1


def test_fix_leaves_word_files_alone(run, drafts):
    import docx

    document = docx.Document()
    document.add_paragraph(WITH_PHONE.strip())
    document.save(drafts / "draft.docx")
    before = (drafts / "draft.docx").read_bytes()
    result = run("check", "draft.docx", "--fix")
    assert result.code == 1 and "PI104" in result.out
    assert (drafts / "draft.docx").read_bytes() == before


def test_annotate_with_the_real_annotator(run, drafts):
    import docx

    document = docx.Document()
    document.add_paragraph("规律进餐。")
    document.add_paragraph("本疗法可根治糖尿病。")
    document.save(drafts / "draft.docx")
    result = run("annotate", "draft.docx", "-o", "reviewed.docx")
    assert result.code == 0, result
    assert result.err == "reviewed.docx: 1 comment added\n"
    assert [p.text for p in docx.Document(drafts / "reviewed.docx").paragraphs] == [
        "规律进餐。", "本疗法可根治糖尿病。"]


def test_input_format_reads_any_suffix_as_named(run, drafts):
    (drafts / "post.dat").write_text("```\n可根治\n```\n\n本品可根治失眠。\n", encoding="utf-8")
    assert_one_line_error(run("check", "post.dat"), "post.dat", "unsupported file type")
    data = json.loads(run("check", "post.dat", "--input-format", "markdown", "--format",
                          "json").out)
    assert [(f["rule"], f["line"], f["column"]) for f in data["findings"]] == [("EF101", 5, 4)]
    as_text = json.loads(run("check", "post.dat", "--input-format", "text", "--format",
                             "json").out)
    assert [f["line"] for f in as_text["findings"]] == [2, 5]


def test_encodings_and_line_endings_give_the_same_findings(run, drafts):
    text = "# 控糖\n\n规律进餐。\n本疗法可根治糖尿病，药到病除。\n"
    (drafts / "utf8.md").write_bytes(text.encode("utf-8"))
    (drafts / "bom.md").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (drafts / "gbk.md").write_bytes(text.encode("gbk"))
    (drafts / "crlf.md").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (drafts / "utf16.md").write_bytes(text.encode("utf-16"))
    data = json.loads(run("check", "utf8.md", "bom.md", "gbk.md", "crlf.md", "utf16.md",
                          "--select", "EF101", "--format", "json").out)
    by_file: dict[str, list] = {}
    for f in data["findings"]:
        by_file.setdefault(f["path"], []).append((f["line"], f["column"], f["end_column"]))
    expected = [(4, 5, 7), (4, 11, 15)]
    assert by_file == {name: expected for name in
                       ("utf8.md", "bom.md", "gbk.md", "crlf.md", "utf16.md")}


def test_stdin_filename_picks_the_configuration(run, drafts):
    (drafts / "posts").mkdir()
    (drafts / "posts" / "medlint.toml").write_text('ignore = ["EF101"]\n', encoding="utf-8")
    assert run("check", "-", "--stdin-filename", "posts/a.md", stdin=CLAIM.encode()).code == 0
    assert run("check", "-", "--stdin-filename", "other/a.md", stdin=CLAIM.encode()).code == 1
