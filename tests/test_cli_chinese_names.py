"""A clerk names a registry and a paper on the command line as the window names them: `steps 信访
ID`, `add 收文 …`, `print 收文处理笺 ID`, as well as by their English names; a name that is
neither is refused with both kinds of names listed."""

from __future__ import annotations

import pytest

from officedesk.core import registry
from officedesk.core.errors import ValidationError
from officedesk.printing import forms
from tests.test_cli import Cli


@pytest.mark.parametrize(("named", "name"), [
    ("信访", "petitions"), ("收文", "incoming"), ("发文", "outgoing"), ("会议", "meetings"),
    ("督查事项", "supervision"), ("督查", "supervision"), ("督查督办", "supervision"), ("信息", "info"),
    ("效能投诉", "complaints"), ("单位", "units"), ("人员", "people"), ("会议室", "rooms"),
    ("petitions", "petitions"), (" 信访 ", "petitions"),
])
def test_a_registry_is_found_by_its_chinese_name(named, name):
    assert registry.get(named).name == name


def test_every_registry_is_found_by_its_label():
    every = registry.all_registries()
    assert {"petitions", "incoming", "outgoing", "meetings", "units"} <= {s.name for s in every}
    for spec in every:
        assert registry.get(spec.label) is spec


@pytest.mark.parametrize(("named", "name"), [
    ("收文处理笺", "incoming-slip"), ("会议通知", "notice"), ("公文", "document"),
    ("公文（正式文件）", "document"), ("信息刊物", "info-issue"), ("信访事项转送单", "petition-transfer"),
    ("signin", "signin"),
])
def test_a_paper_is_found_by_its_chinese_name(named, name):
    assert forms.get(named).name == name


def test_every_paper_is_found_by_its_label():
    every = forms.all_forms()
    assert {"incoming-slip", "notice", "document", "petition-transfer"} <= {f.name for f in every}
    for form in every:
        assert forms.get(form.label) is form


def test_an_unknown_name_lists_both_names():
    with pytest.raises(ValidationError) as refused:
        registry.get("信访件")
    assert "petitions（信访）" in str(refused.value) and "incoming（收文）" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        forms.get("收文处理单")
    assert "incoming-slip（收文处理笺）" in str(refused.value)


def test_the_command_line_takes_the_chinese_names(tmp_path):
    cli = Cli.initialised(tmp_path, here=True)
    made = cli.json("add", "收文", "来文机关=市委办公室", "标题=关于做好冬季安全生产工作的通知",
                    "收文日期=2026-03-02", "文种=通知")
    steps = cli("steps", "收文", str(made["id"]))
    assert "拟办" in steps.stdout or "登记" in steps.stdout, steps.stdout
    out = tmp_path / "处理笺.pdf"
    cli("print", "收文处理笺", str(made["id"]), "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF")


def test_the_list_of_papers_names_their_registries_both_ways(tmp_path):
    listing = Cli(tmp_path, here=True)("print", "--list", db=False).stdout
    assert "会议议程（会议，meetings）" in listing and "收文处理笺（收文，incoming）" in listing
