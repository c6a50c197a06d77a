"""Chinese the fifteenth GUI review found left in the English interface: the 信访 and 信息 detail
panes (states, dates, choices, step names, full-width colons), the statistics charts' months and
categories, the accessible names of declared form fields and of the lists, and the 工作台's
“Done by” composed in core (chains.Alt.describe)."""

from __future__ import annotations

import re

from officedesk.core import chains
from officedesk.core.i18n import display

CJK = re.compile(r"[\u3400-\u9fff]")
DATA = ("命令行（管理员）", "段学军", "县人社局", "索要好处费", "查处", "云岭县")  # data stays as typed


def test_done_by_is_composed_as_a_pattern(english):
    step = chains.ChainStep("批办", chains.parse_who("副主任@分管或主任"))
    described = step.describe()
    assert described == "分管该单位的副主任或主任"  # the CLI and papers: as before
    shown = display(described)
    assert "in charge of the unit" in shown and " or " in shown
    own = chains.ChainStep("审核", chains.parse_who("处长、科长@本单位")).describe("秘书科")
    assert own == "秘书科的处长或科长" and display(own).count(" or ") == 1
