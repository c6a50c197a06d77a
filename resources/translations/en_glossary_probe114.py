"""English for probe114's strings (会议: a clerk's day, keyboard first)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 取消会议 of a notified meeting (core.meetings.steps_spec._cancel)
    "会议通知已经发出，收到通知的单位和人员仍会按时到会：请印发取消通知（打印会议通知，即印为取消通知），送达他们。": (
        "The meeting notice has gone out: those who received it will still come. Send them the "
        "cancellation notice (print the meeting notice: it prints as the cancellation notice)."
    ),
}
