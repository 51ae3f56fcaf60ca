"""Configuration: discovery, validation (exit 2 naming key and file), and its effects."""

from __future__ import annotations

import pickle

import pytest
from cli_helpers import assert_one_line_error, run  # noqa: F401 - run is a fixture

import medlint
from medlint.config import Config, find_config_file, load_config, resolve_selectors
from medlint.model import MedlintError, Severity

CLAIM = "本疗法可根治糖尿病。\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claim.txt").write_text(CLAIM, encoding="utf-8")
    return tmp_path


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(report) -> list[tuple[str, str, int, int]]:
    return [(f.path, f.rule, f.line, f.column) for f in report.findings]


# --- validation ------------------------------------------------------------------------------


def test_unknown_key_names_key_and_file(run, project):
    config = write(project / "medlint.toml", 'selct = ["EF"]\n')
    assert_one_line_error(run("check", "claim.txt"), str(config), "unknown configuration key",
                          "'selct'")


def test_unknown_nested_key(run, project):
    config = write(project / "medlint.toml", "[jargon]\ndensity = 0.3\n")
    assert_one_line_error(run("check", "claim.txt"), str(config), "'jargon.density'")


@pytest.mark.parametrize("body, key", [
    ('select = ["EF999"]\n', "select"),
    ('ignore = ["no-such-rule"]\n', "ignore"),
    ('extend-select = ["XY"]\n', "extend-select"),
    ('[severity]\nEF998 = "error"\n', "severity"),
    ('[per-file-ignores]\n"a/*.md" = ["ZZ1"]\n', "per-file-ignores.a/*.md"),
    ("[rules.EF997]\nx = 1\n", "rules"),
])
def test_unknown_rule_names_rule_key_and_file(run, project, body, key):
    config = write(project / "medlint.toml", body)
    result = run("check", "claim.txt")
    assert_one_line_error(result, str(config), "unknown rule", f"in '{key}'")


@pytest.mark.parametrize("body, words", [
    ('fail-on = "sometimes"\n', ["'fail-on'", "invalid value"]),
    ('profile = "marketing"\n', ["'profile'"]),
    ('[severity]\nEF101 = "fatal"\n', ["'severity.EF101'"]),
    ("[jargon]\ndensity-threshold = 2\n", ["'jargon.density-threshold'"]),
    ('select = "EF"\n', ["'select'"]),
])
def test_invalid_values(run, project, body, words):
    config = write(project / "medlint.toml", body)
    assert_one_line_error(run("check", "claim.txt"), str(config), *words)


def test_invalid_toml(run, project):
    config = write(project / "medlint.toml", "select = [\n")
    assert_one_line_error(run("check", "claim.txt"), str(config), "invalid TOML")


def test_unknown_rule_option(run, project):
    config = write(project / "medlint.toml", "[rules.EF101]\ncontext-window = 3\n")
    assert_one_line_error(run("check", "claim.txt"), str(config), "unknown option",
                          "'context-window'", "EF101")
    write(project / "medlint.toml", "[rules.EF]\ncontext-window = 3\n")
    assert_one_line_error(run("check", "claim.txt"), "unknown option", "'rules.EF'")


def test_per_file_glob_keeps_underscores_in_messages(project):
    write(project / "medlint.toml", '[per-file-ignores]\n"my_docs/*.md" = ["NOPE1"]\n')
    with pytest.raises(MedlintError, match="per-file-ignores.my_docs/"):
        load_config(project / "medlint.toml")


def test_explicit_config_file_errors_name_it(run, project):
    config = write(project / "conf" / "strict.toml", "colour = true\n")
    assert_one_line_error(run("check", "claim.txt", "--config", str(config)), str(config),
                          "'colour'")


# --- discovery -------------------------------------------------------------------------------


def test_discovery_order_in_one_folder(project):
    write(project / "pyproject.toml", '[tool.medlint]\nprofile = "ad"\n')
    assert find_config_file(project / "claim.txt") == project / "pyproject.toml"
    write(project / ".medlint.toml", 'profile = "professional"\n')
    assert find_config_file(project / "claim.txt") == project / ".medlint.toml"
    write(project / "medlint.toml", 'profile = "kepu"\n')
    assert find_config_file(project / "claim.txt") == project / "medlint.toml"


def test_nearest_folder_wins_and_pyproject_without_section_is_skipped(project):
    write(project / "medlint.toml", 'ignore = ["EF101"]\n')
    write(project / "posts" / "pyproject.toml", "[project]\nname = 'x'\n")
    write(project / "posts" / "a.txt", CLAIM)
    assert load_config(start=project / "posts" / "a.txt").ignore == ["EF101"]
    write(project / "posts" / "2024" / "pyproject.toml", '[tool.medlint]\nselect = ["EF"]\n')
    write(project / "posts" / "2024" / "b.txt", CLAIM)
    assert load_config(start=project / "posts" / "2024" / "b.txt").ignore == []


def test_pyproject_tool_medlint(run, project):
    write(project / "pyproject.toml", '[tool.medlint]\n[tool.medlint.severity]\nEF101 = "info"\n')
    [finding] = medlint.check_file(project / "claim.txt")
    assert finding.severity is Severity.INFO
    assert run("check", "claim.txt").code == 0
    write(project / "pyproject.toml", '[tool.medlint]\nunknown-thing = 1\n')
    assert_one_line_error(run("check", "claim.txt"), "pyproject.toml", "'unknown-thing'")


def test_each_file_gets_its_own_folder_config(run, project):
    write(project / "a" / "x.txt", CLAIM)
    write(project / "b" / "x.txt", CLAIM)
    write(project / "b" / "medlint.toml", 'ignore = ["EF"]\n')
    report = medlint.check_paths([project / "a", project / "b"])
    assert [f.path for f in report.findings] == [str(project / "a" / "x.txt")]
    result = run("check", "a", "b", "--format", "json")
    assert result.code == 1 and '"a/x.txt"' in result.out and '"b/x.txt"' in result.out


def test_no_config_ignores_files(run, project):
    write(project / "medlint.toml", 'ignore = ["EF101"]\n')
    assert run("check", "claim.txt").code == 0
    assert run("check", "claim.txt", "--no-config").code == 1


def test_config_option_replaces_discovery(run, project):
    write(project / "medlint.toml", 'ignore = ["EF101"]\n')
    other = write(project / "ci" / "strict.toml", 'fail-on = "warning"\n')
    assert run("check", "claim.txt", "--config", str(other)).code == 1


# --- effects ---------------------------------------------------------------------------------


def test_per_file_ignores(project):
    write(project / "medlint.toml",
          '[per-file-ignores]\n"news/**" = ["EF101"]\n"*.srt" = ["efficacy"]\n')
    write(project / "news" / "2024" / "a.txt", CLAIM)
    write(project / "posts" / "a.txt", CLAIM)
    report = medlint.check_paths(["news", "posts"])
    assert codes(report) == [("posts/a.txt", "EF101", 1, 5)]


def test_severity_override(run, project):
    write(project / "medlint.toml", '[severity]\n"cure-guarantee" = "warning"\n')
    [finding] = medlint.check_file("claim.txt")
    assert finding.severity is Severity.WARNING
    result = run("check", "claim.txt")
    assert "EF101 [warning]" in result.out and result.code == 1
    assert run("check", "claim.txt", "--fail-on", "error").code == 0


def test_severity_override_by_family(project):
    write(project / "medlint.toml", '[severity]\nEF = "info"\n')
    assert [f.severity for f in medlint.check_file("claim.txt")] == [Severity.INFO]


def test_allow_list(project):
    write(project / "medlint.toml", 'allow = ["根治糖尿病"]\n')
    assert medlint.check_file("claim.txt") == []
    write(project / "medlint.toml", 'allow = ["根治高血压"]\n')
    assert len(medlint.check_file("claim.txt")) == 1


def test_allow_dictionary_is_relative_to_the_config(project):
    write(project / "conf" / "allowed.txt", "# 本院认可的说法\n根治糖尿病\n")
    write(project / "medlint.toml", '[dictionaries]\nallow = ["conf/allowed.txt"]\n')
    write(project / "deep" / "er" / "a.txt", CLAIM)
    assert medlint.check_file(project / "deep" / "er" / "a.txt") == []


def test_missing_dictionary_is_a_config_error(run, project):
    write(project / "medlint.toml", '[dictionaries]\nallow = ["nope.txt"]\n')
    assert_one_line_error(run("check", "claim.txt"), "nope.txt", "medlint.toml")


def test_profile_from_config_and_command_line(run, project):
    import json

    write(project / "medlint.toml", 'profile = "ad"\n')
    assert load_config(start=project).profile == "ad"
    shown = json.loads(run("config", "--show", "--format", "json", "--profile",
                           "professional").out)
    assert shown["profile"] == "professional"


def test_profiles_choose_rules():
    from medlint.checks.base import registry

    for profile in ("kepu", "ad", "professional"):
        settings = Config(profile=profile).settings_for("a.md")
        active = {rule.code for rule, _, _ in settings.active}
        expected = {code for code, rule in registry().items() if profile in rule.profiles}
        assert active == expected
    def families(profile):
        settings = Config(profile=profile).settings_for("a.md")
        return {rule.category.value for rule, _, _ in settings.active}

    assert families("kepu") == {"efficacy", "advertising", "privacy", "jargon"}
    assert "jargon" not in families("professional")
    ad_only = {code for code, rule in registry().items() if rule.profiles == {"ad"}}
    assert ad_only, "the ad profile has rules of its own"
    kepu = {rule.code for rule, _, _ in Config().settings_for("a.md").active}
    assert not ad_only & kepu


def test_exclude_patterns_skip_files_in_folders(run, project):
    import json

    write(project / "posts" / "archive" / "old.txt", CLAIM)
    write(project / "posts" / "drafts" / "old.txt", CLAIM)
    write(project / "posts" / "new.txt", CLAIM)
    # A bare name matches at any depth; a pattern with a slash is relative to the config's folder.
    write(project / "medlint.toml", 'exclude = ["archive", "posts/drafts/**"]\n')
    data = json.loads(run("check", "posts", "--format", "json").out)
    assert [f["path"] for f in data["files"]] == ["posts/new.txt"]


def test_selectors():
    assert resolve_selectors(["EF101"]) == {"EF101"}
    assert resolve_selectors(["cure-guarantee"]) == {"EF101"}
    assert "EF101" in resolve_selectors(["EF"]) and "EF101" in resolve_selectors(["efficacy"])
    assert "EF101" in resolve_selectors(["ALL"])
    with pytest.raises(KeyError):
        resolve_selectors(["EF9"])


def test_config_pickles_without_its_cache():
    config = Config(ignore=["EF101"], allow=["本院"])
    config.settings_for("a.md")
    clone = pickle.loads(pickle.dumps(config))
    assert clone.model_dump() == config.model_dump() and clone._settings_cache == {}
    assert medlint.check_text(CLAIM, config=clone) == []


def test_override_keeps_the_source(project):
    path = write(project / "medlint.toml", 'allow = ["本院"]\n')
    config = load_config(path).override(profile="ad")
    assert (config.source, config.profile, config.allow) == (str(path), "ad", ["本院"])
