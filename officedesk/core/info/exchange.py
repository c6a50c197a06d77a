"""The 信息 台账 in and out of a spreadsheet (`add info …` too): an exported row imported again,
into an empty office or the one it came from, gives the same item, or is refused naming its
column and what to do.

- 信息编号 is claimed: never issued again.
- 续报 names the first report by its 信息编号: found in the office, or imported from an earlier
  row of the same file (the import writes a first report's row before its 续报, whatever the
  order: RegistrySpec.links_by_number); refused when it is neither.
- 状态: 待接收, 不采用 (with its 不采用理由), 已编发 (编发期号), 已上报 (上报级别, 上报时间) and 已采用
  (its 采用) are rebuilt; the 信息科's own steps between (待初审 … 待编发) are refused: only the
  steps reach them. A sheet kept without 状态 reads as before: an adoption makes 已采用.
- 已作废 comes back voided, as in the other registries (state_facts.create_voided): the item is
  made in the state its columns show (`state_before_voided`; 待接收 when it shows none, as one
  voided during the 信息科's own steps), then voided, its 信息编号 voided and never issued again.
- 采用情况 in the export's words gives each 采用 back. 领导批示 holds every 批示, a line each
  (“县长 王振国（2026-04-06）：…”), and each comes back: the 得分 counts them all. Each is dated
  as its step keeps it (procedure.check_dated: not before the 报送时间, not after today; 上报时间
  too, procedure.check_sent), and a
  date there that is no date (2026-13-40) is refused naming its column, never read as words.
- 保密: a 批示's leader is a person the row names: a user below the item's 密级 is refused as
  its 报送人 is (core.cleared_names); 采用情况 names periodicals, not people.
- A row in a state after 待接收 (or with a 领导批示) records steps: those not the actor's own are
  代录, refused without the right while the chains are in force (core.info.recorded).
- 编发期号 is kept as the item's own text. The item is not put into the periodical's issue: an
  issue's items and their order are made by 编发 and printed with it, and the periodical may
  not exist in the office the sheet is brought to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import (
    cleared_names,
    i18n,
    numbering,
    pending_records,
    records,
    state_facts,
    typed_numbers,
)
from officedesk.core.actor import Actor, clearance_of
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_date
from officedesk.core.info import procedure, recorded
from officedesk.core.info import spec as S
from officedesk.core.record_guards import id_in_range
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import write_transaction
from officedesk.store.info import InfoAction, InfoItem

_OUTCOME = ("adopted", "adopted_level", "instruction", "score")
# a day in brackets as export writes it (2026-03-03), or as a clerk types one (2026年3月3日, 2026.3.3):
# read by fields.parse_date, whose refusal names the column when it is no day (2026-13-40)
_ON = r"（(?P<on>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)）"
_ADOPTION = re.compile(
    rf"^(?P<level>{'|'.join(map(re.escape, S.ADOPTION_LEVELS))})级：(?P<periodical>.+){_ON}$"
)
_DATED = re.compile(rf"^(?P<who>.*){_ON}$")
# a 批示 as export writes it, at the start of its line: 领导（日期）：内容
_DATED_LINE = re.compile(rf"^(?P<who>[^\n]*?){_ON}：")

# states only the 信息科's steps reach (接收, 初审, 编辑, 签发): nothing in a row stands for them
NOT_REBUILT = (S.TO_REVIEW, S.TO_EDIT, S.TO_SIGN, S.TO_PUBLISH)
EDITED = ("edited_title", "edited_content")
# the columns of later states, and the states that have them
STATE_COLUMNS = {
    "review_reason": (S.REJECTED,),
    "edited_title": (S.TO_SIGN, S.TO_PUBLISH, *S.OUT_STATES),  # once the 编辑 step made it
    "edited_content": (S.TO_SIGN, S.TO_PUBLISH, *S.OUT_STATES),
    "issue_label": S.OUT_STATES,
    "sent_level": (S.SENT_UP, S.ADOPTED),
    "sent_at": (S.SENT_UP, S.ADOPTED),
}


def _spec() -> Any:
    from officedesk.core.info import SPEC

    return SPEC


def _day(text: str, name: str) -> dt.date:
    """The day in a 采用情况 or 领导批示 (`name`); one that is no day is refused naming the column."""
    return parse_date(text.replace(" ", ""), _label(name))


@dataclass
class Outcome:
    """What a row's 采用情况, 采用级别 and 领导批示 say (its 得分 is recomputed from them)."""

    adoptions: list[tuple[str, str, dt.date | None]] = field(default_factory=list)  # level, periodical, day
    text: str = ""  # 采用情况 in words other than the export's, kept as they are
    instructions: list[tuple[str, dt.date | None, str]] = field(default_factory=list)
    instruction_text: str = ""  # the list's 领导批示: the latest one
    given: set[str] = field(default_factory=set)  # the outcome columns filled

    @property
    def level(self) -> str:
        order = {name: n for n, name in enumerate(S.ADOPTION_LEVELS)}
        return max((a[0] for a in self.adoptions), key=order.__getitem__, default="")


def _adoptions(text: str) -> list[tuple[str, str, dt.date | None]]:
    """采用情况 as export writes it (“县级：每日要情 2026年第1期（2026-03-03）；市级：…”) back into
    its adoptions; [] for any other text."""
    found: list[tuple[str, str, dt.date | None]] = []
    for part in (p.strip() for p in text.split("；")):
        match = _ADOPTION.match(part) if part else None
        if match is None:
            return []
        found.append((match["level"], match["periodical"].strip(), _day(match["on"], "adopted")))
    return found


def _instructions(cell: str) -> tuple[list[tuple[str, dt.date | None, str]], str]:
    """领导批示 back into its 批示 (leader, day, words) and the list's text (the latest). Every
    line that starts “领导（日期）：” begins one, as export writes several; any other text is
    one 批示 (“领导：内容”, or only the words)."""
    entries: list[list[Any]] = []
    for line in cell.splitlines():
        match = _DATED_LINE.match(line)
        if match is not None:
            entries.append([match["who"].strip(), _day(match["on"], "instruction"),
                            line[match.end():]])
        elif entries:
            entries[-1][2] += "\n" + line  # a 批示 of several lines
        else:
            break
    if entries and all(words.strip() for _, _, words in entries):
        found = [(who or "（导入）", day, words.strip()) for who, day, words in entries]
        # the latest (of one day, the last given), as the 批示 step leaves it
        _, (who, day, words) = max(enumerate(found), key=lambda e: (e[1][1], e[0]))
        return found, f"{who}（{day.isoformat()}）：{words}"
    leader, _, words = cell.partition("：")
    if not words:
        leader, words = "", cell
    dated = _DATED.match(leader.strip())  # “县长 王振国（2026-04-06）”
    person, on = (dated["who"], _day(dated["on"], "instruction")) if dated else (leader, None)
    return [(person.strip() or "（导入）", on, words.strip())], cell


def read_outcome(cells: dict[str, Any]) -> Outcome:
    """A row's 采用情况 / 采用级别 / 领导批示 (by field name), checked; 得分 is left out."""
    level = str(cells.get("adopted_level") or "").strip().rstrip("级")
    text = str(cells.get("adopted") or "").strip()
    instruction = str(cells.get("instruction") or "").strip()
    outcome = Outcome(given={n for n in ("adopted", "adopted_level", "instruction")
                             if str(cells.get(n) or "").strip()})
    if level and level not in S.ADOPTION_LEVELS:
        raise ValidationError(i18n.text("采用级别“%1”不对，应为%2之一。", level, "、".join(S.ADOPTION_LEVELS)),
                              "adopted_level")  # the levels as a sheet has them (so too the states below)
    adoptions = _adoptions(text)
    if adoptions:  # the export's own words: each 采用 back with its level, periodical and day
        outcome.adoptions = adoptions
        if level and level != outcome.level:
            raise ValidationError(i18n.text(
                "采用级别“%1”与采用情况中最高的“%2级”不一致：请改正其中之一。", level, outcome.level),
                "adopted_level")
    elif level:
        outcome.adoptions = [(level, text or "（导入）", None)]
    else:
        outcome.text = text
    if instruction:
        outcome.instructions, outcome.instruction_text = _instructions(instruction)
    # as the steps 采用 and 批示 take them (core.info.steps_spec): no longer than their columns
    for _level, periodical, _on in outcome.adoptions:
        _fits(periodical, "采用刊物", InfoAction.periodical.max_length, "adopted")
    for person, _on, _words in outcome.instructions:
        _fits(person, "批示领导", InfoAction.person.max_length, "instruction")
    return outcome


def _fits(value: str, what: str, limit: int, name: str) -> None:
    if len(value) > limit:
        raise ValidationError(i18n.text("“%1”中的%2“%3…”最多 %4 个字，现在是 %5 个。请删减。",
                                        _label(name), what, value[:10], limit, len(value)), name)


def _first_report(follow: str, actor: Actor) -> InfoItem:
    """The first report a 续报 names; one above the actor's clearance is as one that does not
    exist (the same words, naming the number as typed: never its hidden id)."""
    follow = typed_numbers.tidy_number(follow)  # 信息〔２０２６〕１号 is 信息〔2026〕1号
    # an earlier row of the file, in a check that writes nothing (core.batch_in_order), likewise
    first = InfoItem.get_or_none(InfoItem.number == follow) or pending_records.by_number("info", follow)
    if first is None and follow.isdigit() and id_in_range(follow):
        first = InfoItem.get_or_none(InfoItem.id == int(follow)) or pending_records.by_id("info", follow)
    if first is not None and records.level_of(_spec(), first) > actor.clearance:
        first = None
    if first is None:
        raise ValidationError(i18n.text(
            "没有找到信息编号为“%1”的首报：本单位没有这件信息（导入时，表中也没有，或首报那一行未能导入）。"
            "请先导入或登记首报；不是续报的，请不填“续报”。", follow), "followup_of")
    return first


def _pop(values: dict[str, Any], *keys: str) -> str:
    key = next((k for k in values if k in keys), None)
    return str(values.pop(key) or "").strip() if key else ""


def _label(name: str) -> str:
    return str(_spec().field(name).label)


def _settle_state(values: dict[str, Any], given: bool, outcome: Outcome) -> None:
    """The state the item is created in, from the row (see the module); refusals name the
    column. The facts of the state are then checked by the registry's rule (state_facts)."""
    state = values.get("state") if given else None
    if state is None:
        for name, states in STATE_COLUMNS.items():
            # an item voided after its 编辑 (made as 待接收, then voided) keeps its edited text
            if name in EDITED and state_facts.in_voided_row():
                continue
            if values.get(name) not in (None, ""):
                raise ValidationError(i18n.text(
                    "没有填写状态，却填了“%1”：请填写相应的状态（%2），或不填“%1”。", _label(name),
                    "、".join(states)), name)
        values["state"] = S.ADOPTED if outcome.level else S.TO_RECEIVE  # as such sheets always read
    elif state == S.VOIDED:  # an import's voided row is made, then voided (state_facts)
        raise ValidationError(
            "“已作废”只能经“作废”办理（作废的编号不再使用）：请登记后再按步骤作废。", "state")
    elif state in NOT_REBUILT:
        lacking = list(state_facts.missing("info", state, values))
        raise ValidationError(i18n.text(
            "状态“%1”是信息科办理中的一步，导入不能重建（缺少：%2）：请不填状态（导入为“待接收”），再按步骤办理。",
            state, lacking), "state")
    else:
        for name, states in STATE_COLUMNS.items():
            if values.get(name) not in (None, "") and state not in states:
                raise ValidationError(i18n.text(
                    "状态为“%1”，却填了“%2”，只有“%3”的信息才有。请填写相应的状态，或不填“%2”。",
                    state, _label(name), "、".join(states)), name)
        if outcome.given and state not in S.OUT_STATES:
            name = next(n for n in ("adopted", "adopted_level", "instruction") if n in outcome.given)
            raise ValidationError(i18n.text(
                "状态为“%1”，却填了“%2”：采用和批示只有编发以后（%3）的信息才有。请填写相应的状态，或不填“%2”。",
                state, _label(name), "、".join(S.OUT_STATES)), name)
        if outcome.level in S.SEND_LEVELS and state != S.ADOPTED:
            raise ValidationError(i18n.text(
                "采用情况中有%1级采用，状态应为“%2”（现为“%3”）：请改正状态或采用情况。",
                outcome.level, S.ADOPTED, state), "adopted_level")
        if state == S.REJECTED:
            values["review"] = "不采"
    if outcome.level:  # a fact of 已采用; the 采用 rows follow the record
        values["adopted_level"] = outcome.level


def state_before_voided(raw: dict[str, Any]) -> str | None:
    """The state a voided row's item is made in before it is voided (state_facts.create_voided),
    as far as its columns tell: 不采用 by its 不采用理由, 已上报 by its 上报, 已编发 by its 编发期号
    (已采用 with a 市级 or higher 采用); None when it shows none of them (a row without 状态)."""
    spec = _spec()
    given = {spec.by_label(k).name: v for k, v in raw.items() if str(v or "").strip()}
    level = read_outcome({n: given.get(n) for n in _OUTCOME}).level
    if "review_reason" in given:
        return S.REJECTED
    if "sent_level" in given or "sent_at" in given:
        return S.ADOPTED if level in S.SEND_LEVELS else S.SENT_UP
    if "issue_label" in given:
        return S.ADOPTED if level in S.SEND_LEVELS else S.PUBLISHED
    return None


state_facts.STATE_BEFORE_VOIDED["info"] = state_before_voided


@dataclass
class Row:
    """A row as the create path reads it, before anything is written (`parsed_row`)."""

    values: dict[str, Any]  # parsed, its state settled (the rules not applied yet)
    number: str  # the 信息编号 it brings, as typed ("" : one is issued)
    first: InfoItem | None  # the first report of a 续报
    outcome: Outcome  # its 采用 and 批示, written as steps after the item

    @property
    def summary(self) -> str:
        """The item's audit entry's summary ("": the registry's 新建信息：标题)."""
        return trail_text("续报：%1", self.first.number) if self.first is not None else ""


def parsed_row(raw: dict[str, Any], actor: Actor) -> Row:
    """A row's values, checked as `create_item` and the batch import (core.info.report_batch)
    check them, without writing: its 续报's first report found, its state settled, its 代录."""
    spec = _spec()
    values = dict(raw)
    follow = _pop(values, "续报", "followup_of")
    number = _pop(values, "信息编号", "number")
    cells = {spec.by_label(k).name: values.pop(k) for k in list(values)
             if spec.by_label(k).name in _OUTCOME}
    outcome = read_outcome(cells)  # 得分 is recomputed from the 采用 and 批示, whatever it says
    given = bool(str(values.get("状态") or values.get("state") or "").strip())
    first = None
    if follow:
        first, parsed = procedure.followup_values(_first_report(follow, actor).id, values, actor)
        parsed["followup_of"] = first.id
    else:
        parsed = records.parse_values(spec, values)
    _settle_state(parsed, given, outcome)
    # 保密: the 批示's leaders are people the row names, as its 报送人 (core.cleared_names)
    cleared_names.refuse_named(clearance_of(parsed.get("secrecy") or ""),
                               [person for person, _, _ in outcome.instructions],
                               _label("instruction"), "instruction")
    recorded.require(actor, parsed, [person for person, _, _ in outcome.instructions], given,
                     outcome.given)
    return Row(parsed, number, first, outcome)


def create_item(raw: dict[str, Any], actor: Actor) -> InfoItem:
    """The registry's create hook: `add info …` and import (see the module)."""
    spec = _spec()
    with write_transaction():
        row = parsed_row(raw, actor)
        parsed, number, outcome = row.values, row.number, row.outcome
        # of its 报送时间's year, and next in its sequence (not in a past register)
        claimed = (typed_numbers.claim_manual("info", number, actor, "info",
                                              dated=typed_numbers.dated_by(spec, parsed)) if number else None)
        if claimed is not None:
            parsed["number"] = claimed.text  # as it was claimed (typed_numbers.tidy_number)
        record = records.create(spec, parsed, actor, parsed=True, summary=row.summary)
        if claimed is not None:
            numbering.attach(claimed, record.id)
        if record.sent_at is not None:  # as the step 上报 keeps it
            procedure.check_sent(record, record.sent_at, "sent_at")
        if outcome.given:
            record = write_outcome(record, outcome, actor)
    return record


def check_outcome(item: Any, outcome: Outcome) -> None:
    """The row's 采用 and 批示 dated as their steps keep them (procedure.check_dated), each
    with the item's 报送时间 when the row gives no date."""
    day = item.reported_at.date()
    for _level, _periodical, on in outcome.adoptions:
        procedure.check_dated(item, "采用", on or day, "adopted")
    for _person, on, _words in outcome.instructions:
        procedure.check_dated(item, "批示", on or day, "instruction")


def write_outcome(record: InfoItem, outcome: Outcome, actor: Actor) -> InfoItem:
    """The row's 采用 and 批示 as the item's history (dated as given, else with its 报送时间), so
    that the ranking counts them; the list's columns and 得分 follow from them."""
    check_outcome(record, outcome)
    day = record.reported_at.date()
    for level, periodical, on in outcome.adoptions:
        procedure.add_action(record, "采用", actor, on=on or day, level=level,
                             periodical=periodical, content="导入")
    for person, on, words in outcome.instructions:
        procedure.add_action(record, "批示", actor, on=on or day, person=person, content=words)
    values = procedure._outcome(record, outcome.instruction_text)
    if outcome.text:
        values["adopted"] = outcome.text
    return records.save_changes(_spec(), record, values, record.version, actor, action="step",
                                summary="导入：采用和批示")


def export_row(record: Any, actor: Actor) -> dict[str, str]:
    """The export's 领导批示 (every 批示, a line each, oldest first; the list shows the latest)
    and 续报 (the first report's 信息编号, not its id); refused for an item above the actor's
    clearance."""
    records.ensure_visible(_spec(), record, actor)
    row: dict[str, str] = {}
    if record.instruction:
        lines = [
            f"{a.person}（{a.on.isoformat()}）：{a.content}"
            for a in InfoAction.select(InfoAction.person, InfoAction.on, InfoAction.content)
            .where((InfoAction.item == record.id) & (InfoAction.kind == "批示"))
            .order_by(InfoAction.on, InfoAction.id)
        ]
        if lines:
            row["领导批示"] = "\n".join(lines)
    if record.followup_of:
        first = InfoItem.get_or_none(InfoItem.id == record.followup_of)
        row["续报"] = first.number if first is not None else ""
    return row
