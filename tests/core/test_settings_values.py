"""Every setting is checked on `put`/`put_many` the way its readers read it: fractions finite
and within the range the layout can draw, 是/否 only from clear words, required texts filled,
and a setting with its own syntax (审批链, 计分标准, 突发事件时限, 公文格式) by its reader's parser.
A value kept before these checks reads as the default, never as itself."""

from __future__ import annotations

import json
import math

import pytest

import officedesk.core.chains  # noqa: F401 - declares chain.*
import officedesk.core.efficiency.sanduo  # noqa: F401 - declares efficiency.target.ratio
import officedesk.core.info.scoring  # noqa: F401 - declares info.points
import officedesk.printing.formats  # noqa: F401 - declares print.format_by_kind
import officedesk.printing.gbt9704.geometry  # noqa: F401 - declares print.*
from officedesk.core import registry, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting

registry.load_all()  # every registry declares its settings

BAD = [
    ("print.line_pitch_pt", "nan", "公文行距.*20 到 40"),
    ("print.line_pitch_pt", "inf", "公文行距.*20 到 40"),
    ("print.line_pitch_pt", "0", "公文行距.*20 到 40"),
    ("print.line_pitch_pt", "-5", "公文行距.*20 到 40"),
    ("print.mark_height_mm", "0", "发文机关标志字高.*5 到 30"),
    ("print.mark_char_width_mm", "0", "发文机关标志字宽.*5 到 30"),
    ("print.tracking_pt", "-nan", "公文字距调整.*-2 到 2"),
    ("print.upward_mark_offset_mm", "1e9", "上行文发文机关标志.*20 到 120"),
    ("efficiency.target.ratio", "nan", "三多控制.*0.1 到 2"),
    ("org.code", "", "机关代字.*不能为空"),
    ("org.code", "   ", "机关代字.*不能为空"),
    ("org.name", "", "机关名称.*不能为空"),
    ("print.red_rule_star", "maybe", "红色分隔线中间加五角星.*是 或 否"),
    ("supervision.working_days", "", "督查时限按工作日计算.*是 或 否"),
    ("chain.outgoing", "乱写", "审批链：发文.*不完整"),
    ("chain.outgoing", "核稿 局长@本单位 1日", "审批链：发文.*局长.*不在职务表"),
    ("info.points", "abc", "信息计分标准.*看不懂"),
    ("info.sudden.limits", "较大=三十", "突发事件报送时限.*看不懂"),
    ("print.format_by_kind", "通知=彩色格式", "公文格式（按文种）.*无法识别"),
]


def refused_on_put(key: str, value: str, message: str) -> None:
    """put() refuses the value with `message`, names the setting, and stores nothing."""
    before = settings.get(key)
    with pytest.raises(ValidationError, match=message) as refused:
        settings.put(key, value, CLI_ACTOR)
    assert refused.value.field == key
    assert settings.get(key) == before
    assert AppSetting.get_or_none(AppSetting.key == key) is None


@pytest.mark.parametrize(("key", "value", "message"), BAD)
def test_a_value_its_reader_cannot_use_is_refused_on_put(db, key, value, message):
    refused_on_put(key, value, message)


@pytest.mark.parametrize(("key", "value", "message"), BAD[:6])
def test_put_many_refuses_them_too_and_saves_nothing(db, key, value, message):
    with pytest.raises(ValidationError, match=message):
        settings.put_many({"deadlines.due_soon_days": 7, key: value}, CLI_ACTOR)
    assert settings.get("deadlines.due_soon_days") == 3


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("print.line_pitch_pt", "29.45", 29.45),
    ("print.line_pitch_pt", 28.8, 28.8),
    ("print.tracking_pt", "-0.3", -0.3),
    ("print.mark_height_mm", "22", 22.0),
    ("efficiency.target.ratio", "0.8", 0.8),
    ("org.code", "云委办", "云委办"),
    ("print.red_rule_star", "是", True),
    ("print.red_rule_star", "否", False),
    ("print.red_rule_star", "yes", True),
    ("print.red_rule_star", "FALSE", False),
    ("print.red_rule_star", "1", True),
    ("print.red_rule_star", True, True),
    ("chain.outgoing", "核稿 处长@本单位 1日\n签发 主任 1日", "核稿 处长@本单位 1日\n签发 主任 1日"),
    ("chain.outgoing.绝密", "", ""),  # empty: the general chain applies
    ("info.points", "报送=2\n批示=5", "报送=2\n批示=5"),
    ("info.sudden.limits", "特别重大=15，30\n重大=30，60\n较大=30，60\n一般=60，120",
     "特别重大=15，30\n重大=30，60\n较大=30，60\n一般=60，120"),
    ("print.format_by_kind", "通知=信函格式；函=文件格式", "通知=信函格式；函=文件格式"),
])
def test_good_values_are_still_accepted(db, key, value, expected):
    settings.put(key, value, CLI_ACTOR)
    settings.forget_cache()
    assert settings.get(key) == expected


def test_every_default_passes_its_own_checks():
    checked = [s for s in settings.declared() if not s.required]  # 机关名称/代字: filled at first start
    assert {"chain.outgoing", "info.points", "print.line_pitch_pt"} <= {s.key for s in checked}
    for setting in checked:
        # refused, it would raise; taken but changed, the default would not read as itself
        assert settings._coerce(setting, setting.default) == setting.default, setting.key


def test_every_fraction_setting_declares_bounds_its_default_keeps():
    fractions = [s for s in settings.declared() if s.kind is float]
    assert fractions
    for setting in fractions:
        assert (setting.minimum, setting.maximum) != (0, 1_000_000), setting.key
        assert setting.minimum <= setting.default <= setting.maximum, setting.key


def test_removing_a_position_a_chain_names_is_refused(db):
    with pytest.raises(ValidationError, match="审批链：发文.*处长"):
        settings.put("chain.positions", "科员\n科长\n副主任\n主任", CLI_ACTOR)
    # both together, as the 审批链与职务 dialog saves them: the chain sees the new table
    table = settings.get("chain.positions") + "\n局长"
    settings.put_many({"chain.positions": table,
                       "chain.outgoing": "核稿 局长@本单位 1日"}, CLI_ACTOR)
    assert settings.get("chain.outgoing") == "核稿 局长@本单位 1日"


@pytest.mark.parametrize(("key", "text"), [
    ("print.line_pitch_pt", "NaN"),
    ("print.line_pitch_pt", "0"),
    ("print.mark_height_mm", "0"),
    ("efficiency.target.ratio", "Infinity"),
    ("print.red_rule_star", '"maybe"'),
    ("info.points", '"abc"'),
    ("print.format_by_kind", '"通知=彩色格式"'),
])
def test_a_value_kept_before_the_checks_is_never_read(db, key, text):
    AppSetting.insert(key=key, value=text).execute()
    settings.forget_cache()
    value = settings.get(key)
    declared = settings.setting(key)
    if declared.kind is float:
        assert math.isfinite(value)
        assert declared.minimum <= value <= declared.maximum
    else:
        assert value == declared.default
    json.dumps(value, allow_nan=False)  # what `stats --json` prints stays JSON


@pytest.mark.parametrize("key", [
    "numbering.incoming.prefix", "numbering.complaint.prefix", "documents.archive.category",
    "petitions.discipline_organ", "supervision.office_name", "info.section", "chain.positions",
])
def test_a_text_numbers_and_papers_are_made_with_may_not_be_emptied(db, key):
    label = settings.setting(key).label
    with pytest.raises(ValidationError, match=f"{label}.*不能为空"):
        settings.put(key, " ", CLI_ACTOR)
    assert settings.get(key) == settings.setting(key).default
