"""`officedesk … -h` read in Chinese on an 80-column terminal: no English word or option broken
across lines (supervisio|n), no line past the edge (a Chinese character takes two columns), the
helps of options with Chinese metavars in line, section headings with a Chinese colon; every
positional and option says what it is; the examples and the forms the descriptions give are
commands the parser takes; a usage error names only the arguments really missing."""

from __future__ import annotations

import argparse
import re
import shlex
import unicodedata

import pytest

from officedesk import cli


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _helps(capsys) -> dict[str, str]:
    shown = {}
    for name in ["", *sorted(cli.SUBCOMMANDS)]:
        capsys.readouterr()
        assert cli.main([name, "-h"] if name else ["-h"]) == 0
        shown[name] = capsys.readouterr().out
    return shown


@pytest.fixture
def helps(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    return _helps(capsys)


def _parsers() -> dict[str, object]:
    sub = cli.build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    return dict(sub.choices)  # type: ignore[arg-type]


def test_no_line_runs_past_the_terminal_and_no_word_is_broken(helps):
    for name, text in helps.items():
        # a closing mark (，。）) may hang past the 78 columns argparse fills, never past 80
        assert [line for line in text.splitlines() if _width(line) > 80] == [], name
    for name, parser in _parsers().items():
        for action in parser._actions:  # type: ignore[attr-defined]
            if action.help == argparse.SUPPRESS:
                continue
            for word in re.findall(r"[A-Za-z][A-Za-z0-9_.:/-]{2,}", action.help or ""):
                assert word in helps[name], (name, word)
    assert "supervisio\n" not in helps["add"] and "complain\n" not in helps["step"]


def test_the_helps_of_options_start_in_one_column(helps):
    block = helps["add"].split("选项：")[1]
    starts = {_width(line[: line.index(help_text)]) for line in block.splitlines()
              for help_text in ("显示本帮助", "SQLite 文件路径", "输出 JSON") if help_text in line}
    assert len(starts) == 1, block


def test_every_subcommand_is_known_to_the_entry():
    """cli.SUBCOMMANDS (what tells a subcommand from the window's options, and what the help
    tests walk) lists every subcommand the parser has: info-issue-remove was missing."""
    assert set(_parsers()) == cli.SUBCOMMANDS


def test_section_headings_end_with_a_chinese_colon(helps):
    for name, text in helps.items():
        assert not re.search(r"^(参数|选项|子命令):$", text, re.M), name
    assert "\n选项：\n" in helps["add"] and "\n参数：\n" in helps["add"]


def test_every_argument_says_what_it_is(helps):
    """A positional or an option listed with nothing after it: the clerk is left guessing."""
    bare = []
    # the top level too: its 子命令 line stood alone under the 子命令： heading
    for name, parser in {"": cli.build_parser(), **_parsers()}.items():
        for action in parser._actions:  # type: ignore[attr-defined]
            if action.help is None:
                bare.append(f"{name} {action.metavar or '/'.join(action.option_strings)}")
    assert bare == []


def test_no_english_placeholder_left(helps):
    for name, text in helps.items():
        usage = text.split("\n\n")[0]
        assert not re.search(r"\b(KEY|VALUE|P)\b", usage), (name, usage)


def _commands(text: str) -> list[list[str]]:
    return [shlex.split(line.strip())[1:] for line in text.splitlines()
            if line.strip().startswith("officedesk ")]


def test_the_examples_and_the_forms_described_are_commands_it_takes():
    parser = cli.build_parser()
    examples = _commands(cli.EPILOG)
    assert len(examples) >= 7
    forms = [["holidays"], ["holidays", "list"], ["users", "password", "zhang"],
             ["users", "unlock", "zhang"], ["settings", "org.name", "某机关"], ["settings"]]
    for args in examples + forms:
        parser.parse_args(args)  # a usage error raises


@pytest.mark.parametrize(("args", "missing"), [
    (["add"], "缺少参数：登记簿\n"), (["attach"], "缺少参数：登记簿、ID\n"),
    (["info-order"], "缺少参数：期ID\n"), (["step", "incoming", "1"], "缺少参数：步骤\n"),
    (["import"], "缺少参数：登记簿、文件.xlsx\n"),
])
def test_a_usage_error_names_only_what_is_missing(args, missing, capsys):
    assert cli.main(args) == 2
    assert missing in capsys.readouterr().err
