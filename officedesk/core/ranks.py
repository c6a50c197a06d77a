"""The 职级 table (`RANKS`, kept by the administrator) and a person's 级别 by it.

A 级别 is given by its 职级's name (科员) or by an old number (9) and kept as the 职级's 排序
(`resolve_rank`, checked by `check_rank`); `rank_name` shows it by name, and `NO_RANK` is none
given. RANKS is registered by core.directory among the 通讯录's registries; what follows a
changed 排序, and the refusal to delete a 职级 people hold: core.rank_orders.
"""

from __future__ import annotations

import time
from typing import Any

from officedesk.core import i18n
from officedesk.core.errors import ValidationError
from officedesk.core.fields import INT, FieldSpec
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import database
from officedesk.store.models import Rank

NO_RANK = 99  # 级别 not given: after every 职级


def rank_names() -> list[str]:
    return [r.name for r in Rank.select(Rank.name).order_by(Rank.sort_order)]


_rank_cache: tuple[float, Any, dict[int, str]] = (0.0, None, {})


def rank_name(order: Any) -> str:
    """The 职级 of an order number ("" when none, the number when the table lacks it)."""
    global _rank_cache
    if order in (None, "", NO_RANK):
        return ""
    now, opened = time.monotonic(), database.obj
    # a list shows many rows: the small table read once, again after 2 s or from another database
    if now - _rank_cache[0] > 2.0 or _rank_cache[1] is not opened:
        _rank_cache = (now, opened, {r.sort_order: r.name for r in Rank.select()})
    return _rank_cache[2].get(int(order), str(order))


def forget_rank_names() -> None:
    """The 职级 table changed (core.rank_orders): rank_name reads it again."""
    global _rank_cache
    _rank_cache = (0.0, None, {})


RANK_NUMBERS = (1, 99)  # an old 级别 number, as the seating order takes it


def check_rank(value: Any) -> None:
    text = str(value).strip()
    low, high = RANK_NUMBERS
    if text.isdigit() and not (len(text) <= 2 and low <= int(text) <= high):
        raise ValidationError(
            i18n.text("“级别”应在 %1 到 %2 之间，现在是 %3；也可以写职级名称，如"
                      " %4。",
                      low, high, text[:12], '、'.join(rank_names()[-3:])),
            "rank",
        )
    if text and not text.isdigit() and not Rank.select().where(Rank.name == text).exists():
        names = "、".join(rank_names())
        raise ValidationError(i18n.text("没有职级“%1”，请从职级表中选择：%2。", text, names), "rank")


def resolve_rank(values: dict[str, Any], existing: Any) -> None:
    """级别 by name (科员) or by its old number (9): stored as the 职级's order number."""
    if "rank" not in values:
        return
    given = values["rank"]
    if given in (None, ""):
        values["rank"] = NO_RANK
        return
    text = str(given).strip()
    if text.isdigit():
        values["rank"] = int(text)
        return
    rank = Rank.get_or_none(Rank.name == text)
    if rank is None:
        names = "、".join(rank_names())
        raise ValidationError(i18n.text("没有职级“%1”，请从职级表中选择：%2。", text, names), "rank")
    values["rank"] = rank.sort_order


RANKS = RegistrySpec(
    name="ranks", label="职级", model=Rank, title_field="name", natural_key=("name",),
    default_sort="sort_order",
    default_descending=False,
    fields=[
        FieldSpec("name", "职级名称", required=True, searchable=True, max_length=50, width=160),
        FieldSpec("sort_order", "排序", kind=INT, required=True, width=80,
                  placeholder="座次先后：数字越小越靠前，如 1 省部级正职"),
    ],
    # everyone's 级别 is one of these and seating follows the 排序 (README: the administrator's)
    admin_only="职级表的新建、修改和删除（职级及其排序决定所有人员的级别和座次）",
)  # registered by core.directory; its holders follow a changed 排序, and one held is not
# deleted: core.rank_orders
