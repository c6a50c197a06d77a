"""What doing a step came to (core.steps.perform): the states before and after, the number it
took, and what the step adds (`step --json`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StepOutcome:
    registry: str
    record_id: int
    step: str
    state_before: str
    state: str
    number: str | None  # the number this step took, if it took one
    extra: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "registry": self.registry,
            "id": self.record_id,
            "step": self.step,
            "state_before": self.state_before,
            "state": self.state,
        }
        if self.number:
            result["number"] = self.number
        result.update(self.extra)
        return result
