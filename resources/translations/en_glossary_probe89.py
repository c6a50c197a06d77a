"""English for probe89: a leader's time given with --on (代录), asked, never made up."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 收文 list's 持有/时限 cell: several holders at once (分送), the first named
    "%1等%2人持有": "held by %1 et al. (%2)",
    "“%1”要按纸面签批的时间填写：--on 只给了日期（%2），没有时刻。请写明时刻，如 --on %2T15:30，或 “%1=%2 15:30”。": (
        "“%1” must be the time signed on the paper: --on gave only a date (%2), no time. Give the "
        "time, e.g. --on %2T15:30, or “%1=%2 15:30”."
    ),
    "办理日期（默认今天；补录以前办的步骤时用）；代领导录入批示、阅、会签时连同时刻，如 2026-12-01T15:30": (
        "the day the step was done (default today; for steps done earlier on paper); with its time "
        "when entering a leader's instruction, reading or countersignature for him, e.g. 2026-12-01T15:30"
    ),
}
