"""English for the lead's strings of 6 Dec: the 工作台's state of a month over its 三多 target."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已超标": "Over target",
    "另有 %1 项超过“三多”控制目标。": "Also %1 over the monthly targets for meetings and papers.",
}
