"""A required field left empty: core asks to choose what is chosen (a list, a picker of names)
and to fill in what is typed — “请填写‘来源’” read wrong beside a list to choose from. The word
follows the field's declaration (FieldSpec.chosen), wherever core refuses it. A short declared
list is said with it: the command line shows none (`step supervision N 归档` said only
“请选择‘保管期限’”)."""

from __future__ import annotations

import pytest

from officedesk.core import converters, records, registry
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, FieldSpec, parse_value


def _refusal(spec: FieldSpec) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_value(spec, "  ")
    assert caught.value.field == spec.name
    return caught.value.message


@pytest.mark.parametrize(("name", "field", "word"), [
    ("supervision", "source", "请选择“来源”：上级决策部署、领导批示、会议议定事项、收文批办、群众反映、信息批示、其他。"),  # a list
    ("outgoing", "kind", "请选择“文种”。"),  # a list too long to say
    ("incoming", "from_org", "请选择“来文机关”。"),  # a picker of the directory's units
    ("supervision", "title", "请填写“事项名称”。"),  # typed
])
def test_the_word_follows_the_fields_kind(name, field, word):
    assert _refusal(registry.get(name).field(field)) == word


def test_a_declared_choice_and_a_typed_text():
    assert _refusal(FieldSpec("level", "级别", CHOICE, required=True, choices=("甲", "乙"))) == "请选择“级别”：甲、乙。"
    chosen_from = FieldSpec("kind", "类别", CHOICE, required=True, choices=lambda: ("甲", "乙"))
    assert _refusal(chosen_from) == "请选择“类别”。"  # a list made when asked: the form shows it
    assert _refusal(FieldSpec("note", "备注", required=True)) == "请填写“备注”。"


@pytest.mark.parametrize("in_a_batch", [False, True])
def test_a_required_choice_left_out_of_a_row(in_a_batch):
    """parse_values (`add`, an import's row) asks the same for a field not given at all."""
    spec = registry.get("supervision")
    with pytest.raises(ValidationError) as caught:
        if in_a_batch:
            with converters.compiled(spec):
                records.parse_values(spec, {"事项名称": "道路整治"})
        else:
            records.parse_values(spec, {"事项名称": "道路整治"})
    assert caught.value.field == "source" and caught.value.message.startswith("请选择“来源”：上级决策部署、")


def test_the_archive_step_says_the_retention_periods():
    """`step supervision N 归档` without 保管期限 names the three it may be."""
    from officedesk.core import steps

    field = next(f for f in steps.procedure("supervision").find("归档").fields if f.label == "保管期限")
    assert _refusal(field) == "请选择“保管期限”：永久、定期30年、定期10年。"
