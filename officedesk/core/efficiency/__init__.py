"""效能 (机关效能建设): how fast the office works, read back from the steps every registry
records — per step, unit, person and category, against the previous period and last year;
"三多" control; and the 效能投诉 registry. See report.efficiency for the whole set."""

from __future__ import annotations

from officedesk.core import dashboard, stats
from officedesk.core.efficiency import (
    complaints,
    matter_spans,
    renamed,  # noqa: F401  (registers its directory.UNIT_RENAMES hook)
    sanduo,
    spans,
)
from officedesk.core.efficiency.report import efficiency, year_figures

# after 收文 and 发文 (spans.LOADERS), in the order the figures list the procedures
spans.register_loader("supervision", matter_spans.supervision_spans)
spans.register_loader("petitions", matter_spans.petition_spans)
spans.register_loader("complaints", complaints.complaint_spans)
dashboard.register_provider(sanduo.due_items)
dashboard.register_provider(complaints.due_items)  # 核查时限, 办结时限
stats.register("效能", year_figures)

__all__ = ["complaints", "efficiency", "sanduo", "spans", "year_figures"]
