"""Corrections of a registered petition (core.corrections): the 登记日期 the deadlines run from."""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, corrections, step_dates
from officedesk.core.petitions import deadlines, procedure
from officedesk.core.registry import RegistrySpec


def later_steps(record: Any) -> list[step_dates.Done]:
    """The steps after 登记, which the 登记日期 may not come after."""
    return [(step, day) for step, day in procedure._steps_done(record) if step != "登记"]


def overdue_now(record: Any) -> bool:
    return deadlines.overdue_on(record, clock.today())


def install(spec: RegistrySpec) -> None:
    spec.correction_checks.append(
        corrections.clock_start("registered_on", "登记日期", later_steps, overdue_now))
