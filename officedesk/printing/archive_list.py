"""归档文件目录 (`archive-list`, DA/T 22-2015) of the 收文, 发文 and 督查事项 archived as 件."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock
from officedesk.core.actor import Actor
from officedesk.core.documents import archive
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_date
from officedesk.printing import fonts, secrecy
from officedesk.printing.common import SIZE_3, Column, FormDocument, render_forms
from officedesk.printing.documents_common import SIZE_SMALL4, org_name
from officedesk.printing.forms import form


def _option_date(value: Any, label: str) -> dt.date | None:
    if value in (None, ""):
        return None
    return parse_date(value, label)


@form(
    "archive-list",
    "归档文件目录",
    "documents",
    options=("date_from", "date_to", "year"),
    needs_ids=False,
)
def build_archive_list(
    ids: Sequence[int] = (), actor: Actor | None = None, **options: Any
) -> bytes:
    """The 归档文件目录 (DA/T 22-2015) of the 件 the actor may see, one section per class.

    Without options: the current year. ``ids`` (if given) are ArchiveItem rows to list."""
    if actor is None:
        raise ValidationError("打印归档文件目录需要登录用户。")
    year = options.get("year")
    date_from = _option_date(options.get("date_from"), "开始日期")
    date_to = _option_date(options.get("date_to"), "结束日期")
    if year is None and date_from is None and date_to is None:
        year = clock.today().year
    items = archive.archive_items(
        actor, year=int(year) if year else None, date_from=date_from, date_to=date_to
    )
    if ids:
        wanted = {int(i) for i in ids}
        items = [i for i in items if i.id in wanted]
    sections: dict[tuple[str, int, str, str], list[Any]] = {}
    for item in items:
        sections.setdefault((item.fonds, item.year, item.retention, item.org_code), []).append(item)
    forms: list[FormDocument] = []
    if not sections:
        doc = FormDocument(title="归档文件目录", subtitle=org_name())
        doc.text("所选范围内没有已归档的文件。", align="center", size=SIZE_3)
        forms.append(doc)
    for (fonds, year_, retention, org_code), rows in sections.items():
        # DA/T 22-2015 §5.5: A4, the page set landscape (图 B.1)
        doc = FormDocument(title="归档文件目录", footer="第{page}页 共{pages}页", repeat_title=True,
                           landscape=True, top=20, bottom=15, left=25, right=15)
        head = f"全宗号：{fonds}    年度：{year_}    保管期限：{archive.RETENTION_LABELS.get(retention, retention)}"
        if org_code:
            head += f"    机构（问题）：{org_code}"
        doc.text(head, align="center", size=SIZE_SMALL4, role=fonts.KAITI)
        doc.spacer(2)
        doc.table(
            # the items of DA/T 22-2015 §5.5, in its order
            [
                Column("序号", 12, "center"),
                Column("档号", 44, "center"),
                Column("文号", 38, "center"),
                Column("责任者", 36),
                Column("题名", 84),
                Column("日期", 20, "center"),
                Column("密级", 14, "center"),
                Column("页数", 12, "center"),
                Column("备注", 24),
            ],
            [
                [
                    str(number),
                    i.archive_no,
                    i.doc_ref,
                    i.responsible,
                    i.title,
                    i.doc_date.strftime("%Y%m%d") if i.doc_date else "",
                    "" if i.secrecy == "非密" else i.secrecy,
                    str(i.pages or ""),
                    "",
                ]
                for number, i in enumerate(rows, start=1)
            ],
            size=9.0,
            header_size=10.0,
            row_height=10,
        )
        forms.append(secrecy.mark(doc, *rows))  # the strictest 密级 of the 件 it lists
    # one 目录, numbered through: every page under the strictest 密级 of all its 件 (汇编)
    return render_forms(forms, "归档文件目录", continuous=True)
