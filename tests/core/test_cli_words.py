"""The window shows a step's help and a setting's help without the command line's words
(`cli_words.for_window`): no subcommand (info-receipt), option (--on) or `officedesk …`; the
command line keeps them in “（命令行：…）”."""

from __future__ import annotations

import re

from officedesk.core import settings, steps
from officedesk.core.cli_words import for_window

# `officedesk …`, an option, a subcommand (info-receipt)
CLI_FORM = re.compile(r"officedesk|--[a-z]|命令行：|[a-z]+-[a-z]+")
# a step's field=value as typed on the command line (a setting's value is typed so in the window too)
FIELD_VALUE = re.compile(r"“[^”]*=[^”]*”")


def _printing_settings() -> None:
    import importlib
    import pkgutil

    import officedesk.printing

    for module in pkgutil.iter_modules(officedesk.printing.__path__, "officedesk.printing."):
        importlib.import_module(module.name)


def test_no_step_help_shown_in_the_window_names_a_command_line_form():
    named = [f"{p.registry} {s.name}: {for_window(s.help)}" for p in steps.procedures()
             for s in p.steps if isinstance(s.help, str)
             and (CLI_FORM.search(for_window(s.help)) or FIELD_VALUE.search(for_window(s.help)))]
    assert named == []


def test_no_setting_help_shown_in_the_window_names_a_command_line_form():
    _printing_settings()
    named = [f"{s.key}: {for_window(s.help)}" for s in settings.declared()
             if s.help and CLI_FORM.search(for_window(s.help))]
    assert named == []


def test_the_command_line_keeps_its_own_words_and_the_window_reads_whole():
    receive = steps.procedure("info").find("接收")
    assert "officedesk print info-receipt" in receive.help
    assert for_window(receive.help) == "登记收到，出具接收回执"
    request = steps.procedure("petitions").find("复查申请")
    assert "--on" in request.help and "复查申请（复核申请）" in request.help
    shown = for_window(request.help)
    assert "“日期”写提出申请之日。" in shown and shown.endswith("请管理员补录。")
