"""The information registry (信息报送): units' 信息 received, screened, edited into the office's
periodicals, sent up, adopted and instructed on; 突发事件 一事一报 with a running clock; units
scored and ranked.

Modules: `spec` (fields, states, settings), `procedure` (the steps), `periodicals` (刊物 and
their issues), `sudden` (突发事件 time limits and lights), `scoring` (points, ranking),
`figures` (工作台, stats), `steps_spec` (the steps declared for the CLI and the window),
`exchange` (the 台账 in and out of a spreadsheet, `add`), `carried` (what a first report's save
carries to its 续报), `first_reports` (the first report a
续报 belongs to, whether it takes one, and the 续报 that hold its 作废), `corrected` (corrections
and 作废: the 信息科's), `followup_unit` (a 续报's 报送单位 follows its first report's, on
correcting either), `recorded` (代录 of the steps a row brought in a later state records),
`report_batch` (a row made ready for the batch import, as `exchange.create_item` reads it).
"""

from __future__ import annotations

from typing import Any

from officedesk.core import dashboard, records, registry, stats
from officedesk.core.actor import Actor
from officedesk.core.info import (
    carried,
    corrected,
    exchange,
    figures,
    followup_unit,
    issue_order,
    issued,  # noqa: F401  (registers its periodicals.ISSUED_HOOKS entry)
    periodicals,
    points_kept,
    procedure,
    renamed,  # noqa: F401  (registers its directory.UNIT_RENAMES hook)
    scoring,
    sudden,
)
from officedesk.core.info.procedure import (
    actions_of,
    adopt,
    edit,
    followup,
    followups_of,
    instruct,
    publish,
    receive,
    review,
    send_up,
    sign,
    to_supervision,
    written_report,
)
from officedesk.core.info.spec import (
    ADOPTION_LEVELS,
    OUT_STATES,
    STATES,
    SUDDEN,
    categories,
    event_levels,
    set_categories,
)
from officedesk.core.info.spec import make_spec as _make_spec
from officedesk.store.info import InfoAction, InfoIssue, InfoItem, Periodical


def _json_extra(record: InfoItem) -> dict[str, Any]:
    running = sudden.clock_of(record)
    return {"followup_of": record.followup_of,
            **({"clock": running.text, "light": running.light} if running else {})}


def _prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    from officedesk.core.info import report_batch

    return report_batch.prepare_new(raw, actor)


def _prepare_scope() -> Any:
    from officedesk.core.info import report_batch

    return report_batch.scope()


# the batch import: the same checks and values (report_batch), for a file whose 续报 name
# first reports in the database only (core.batch.supported)
SPEC = registry.register(_make_spec(create_hook=exchange.create_item, export_row=exchange.export_row,
                                    prepare_new=_prepare_new, prepare_scope=_prepare_scope,
                                    json_extra=_json_extra,
                                    links_by_number=("followup_of",),
                                    link_key=("followup_of", "reported_at", "content"),
                                    carries=carried.to_followups,
                                    told_in_history=issue_order.told_order))
corrected.install(SPEC)
followup_unit.install(SPEC)
points_kept.install(SPEC)
dashboard.register_provider(figures.due_items)
stats.register("信息", figures.figures)


def get(item_id: int, actor: Actor) -> InfoItem:
    """The item, read for `actor`: one above the actor's clearance is refused. Core code
    that has read it with the actor in the same call already uses `records.get_unchecked`."""
    return records.get(SPEC, item_id, actor)


__all__ = [
    "ADOPTION_LEVELS",
    "OUT_STATES",
    "SPEC",
    "STATES",
    "SUDDEN",
    "InfoAction",
    "InfoIssue",
    "InfoItem",
    "Periodical",
    "actions_of",
    "adopt",
    "categories",
    "edit",
    "event_levels",
    "figures",
    "followup",
    "followups_of",
    "get",
    "instruct",
    "periodicals",
    "procedure",
    "publish",
    "receive",
    "review",
    "scoring",
    "send_up",
    "set_categories",
    "sign",
    "sudden",
    "to_supervision",
    "written_report",
]
