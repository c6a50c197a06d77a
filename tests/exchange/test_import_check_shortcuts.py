"""The import check's shortcuts (issue 14) give what the long way gives: a text cell read from its
column's memory (records.parse_values in a batch), a row's cells checked before parsing with
text_reason's tests inline (cell_checks.no_reasons), a date text answered once for the times a
file's date columns drop, the file's own duplicate key taken from the matching's
(Matcher.file_key), a file's 作废 rows found in one pass, and a row's error texts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import converters, petitions, records, registry, state_facts
from officedesk.exchange import cells as C
from officedesk.exchange import matching, notes, reading
from officedesk.exchange.cell_checks import cell_reason, no_reasons

from .test_import_batch import CORPUS

# texts good in one column and refused in another (信访形式 and 问题类别 are both choices)
CROSS = ["来信", "劳动社保", "2026-03-01", "男", "3", "3人", "秘密", "13812345678", "是"]


def _parsed(spec: Any, label: str, value: Any) -> tuple[str, Any]:
    try:
        return "value", records.parse_values(spec, {label: value}, partial=True)
    except Exception as exc:  # noqa: BLE001 - the outcome compared, whatever it is
        return "refused", (type(exc).__name__, getattr(exc, "message", str(exc)), getattr(exc, "field", None))


def test_parse_values_from_a_columns_memory_is_parse_values_without_it(db, admin, fixed_today):
    """Each column remembers its own cells: a text one column took (来信 as 信访形式) is refused
    by another (问题类别) it is no choice of, however often the first saw it."""
    fixed_today(dt.date(2026, 3, 2))
    texts = [v for v in CORPUS if isinstance(v, str)] + CROSS
    for spec in registry.all_registries():
        labels = [f.label for f in spec.fields]
        plain = {(label, value): _parsed(spec, label, value) for label in labels for value in texts}
        with converters.compiled(spec):
            for _round in range(2):  # the second round reads every text from memory
                for label in labels:
                    for value in texts:
                        assert _parsed(spec, label, value) == plain[(label, value)], (spec.name, label, value)


def test_a_row_without_reasons_is_one_whose_cells_have_none(db, admin):
    spec = petitions.SPEC
    values: list[Any] = [*CORPUS, "110101********7777", "138****5678", "城关镇****号", "x" * (C.EXCEL_CELL_LIMIT + 1),
                         "开头" + C.OVERFLOW_NOTE, dt.date(2026, 1, 1), 110101199003077777, 87654321]
    for field_spec in spec.fields:
        for value in values:
            for creating in (True, False):
                assert no_reasons(spec, {field_spec.label: value}, creating) == (
                    cell_reason(field_spec, value, creating) is None), (field_spec.label, value)


def test_times_dropped_are_told_in_each_date_column_the_same_text_is_in(db):
    fields = petitions.SPEC.fields
    rows = [(2, {"登记日期": "2026-03-01 09:30", "办结日期": "2026-03-01 09:30"}),
            (3, {"登记日期": "2026-03-01", "办结日期": "2026-03-01 09:30"}),
            (4, {"登记日期": dt.datetime(2026, 3, 1, 8, 0), "办结日期": "2026-03-01 09:30"})]
    assert notes.times_dropped_in(fields, rows) == {"登记日期": [2, 4], "办结日期": [2, 3, 4]}


def test_the_files_own_key_is_key_of_in_every_registry(db, admin):
    """A key the matching resolves otherwise (a unit named by a 人员's foreign key, looked up:
    unknown, it is no key to the matching) is made as key_of makes it."""
    rows = {
        "people": [{"姓名": "张三", "单位": "没有这个单位"}, {"姓名": "张三"}],
        "petitions": [{"信访编号": "信2025-00001"}, {"信访编号": " 信２０２５－００００２ "}, {"信访人": "李四"}],
        "incoming": [{"来文字号": "云文〔2026〕1号", "来文机关": "县委办"}, {"收文编号": "收〔2026〕3号"}],
        "info": [{"报送单位": "县委办", "标题": "一则信息"}, {"信息编号": "x"}],
    }
    for spec in registry.all_registries():
        matcher = matching.Matcher(spec, admin)
        for raw in rows.get(spec.name, []) + [{}]:
            raw = {label: value for label, value in raw.items() if label in {f.label for f in spec.fields}}
            matcher.prepare([raw])
            assert matcher.file_key(raw) == matching.key_of(spec, raw, matcher.unit_name), (spec.name, raw)
    people = registry.get("people")
    assert matching.key_of(people, {"姓名": "张三", "单位": "没有这个单位"}) is not None


def test_a_files_voided_rows_in_one_pass_are_those_voided_row_finds(db):
    cells: list[Any] = [None, "", "已作废", " 已作废 ", "已办结", 1, dt.date(2026, 1, 1)]
    for spec in registry.all_registries():
        rows = [{"状态": cell} for cell in cells] + [{"state": cell} for cell in cells] + [
            {"状态": None, "state": "已作废"}, {"state": "已作废", "状态": "待处理"}, {}]
        assert state_facts.voided_rows(spec, rows) == [raw for raw in rows if state_facts.voided_row(spec, raw)]


def test_a_row_read_is_normalised_cell_by_cell():
    row: list[Any] = [" #N/A ", "#DIV/0!", "  ", "x ", None, 3.0, 2.5, True, dt.datetime(2026, 3, 1),
                      dt.time(9, 30), ["not", "hashable"]]
    assert reading.normalise_row(row) == [reading.normalise(value) for value in row]
    for cells in (row[:-1], row[2:]):  # without an error text: every cell looked at
        assert reading.normalise_row(cells) == [reading.normalise(value) for value in cells]
