"""标为重复件 names its original by number or id: a number too large for any id is refused
with the usual message, not a traceback (an OverflowError in the query)."""

from __future__ import annotations

import pytest

from officedesk.core import steps
from officedesk.core.errors import ValidationError


@pytest.mark.parametrize("original", ["99999999999999999999", "9223372036854775808"])
def test_an_original_id_out_of_range_is_refused_in_chinese(register, admin, original):
    p = register()
    with pytest.raises(ValidationError, match=f"没有找到信访编号（或 id）为“{original}”的原件"):
        steps.perform("petitions", p.id, "标为重复件", {"原件": original}, admin)


def test_an_original_by_its_id_is_still_found(register, admin):
    first, second = register(), register()
    steps.perform("petitions", second.id, "标为重复件", {"原件": str(first.id)}, admin)
    from officedesk.store.petitions import Petition
    assert Petition.get_by_id(second.id).repeat_of == first.id
