"""A required field left empty: core asks to choose what is chosen (a list, a picker of names)
and to fill in what is typed — “请填写‘来源’” read wrong beside a list to choose from. The word
follows the field's declaration (FieldSpec.chosen), wherever core refuses it."""

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
    ("supervision", "source", "请选择“来源”。"),  # a list
    ("outgoing", "kind", "请选择“文种”。"),
    ("incoming", "from_org", "请选择“来文机关”。"),  # a picker of the directory's units
    ("supervision", "title", "请填写“事项名称”。"),  # typed
])
def test_the_word_follows_the_fields_kind(name, field, word):
    assert _refusal(registry.get(name).field(field)) == word


def test_a_declared_choice_and_a_typed_text():
    assert _refusal(FieldSpec("level", "级别", CHOICE, required=True, choices=("甲", "乙"))) == "请选择“级别”。"
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
    assert (caught.value.message, caught.value.field) == ("请选择“来源”。", "source")
