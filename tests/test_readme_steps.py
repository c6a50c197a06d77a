"""The README's list of steps (“- The steps: 收文 …; 发文 …; …”) names every step each
registry's procedure declares (core.steps), so a clerk scripting from the README finds each one:
发文's 协调 — the only way to 签发 after a 会签 不同意 — was missing."""

from __future__ import annotations

import re
from pathlib import Path

from officedesk.core import registry, steps

README = Path(__file__).resolve().parent.parent / "README.md"
# the paragraph's name for each registry's part
PARTS = {"incoming": "收文", "outgoing": "发文", "meetings": "会议", "supervision": "督查",
         "petitions": "信访", "complaints": "效能投诉"}


def _parts() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("- The steps:")
    paragraph = text[start:text.index("`steps` lists", start)]
    # each part starts at its registry's name, where a sentence or a part before it ended
    starts = {name: re.search(rf"(?:steps:|;)\s*{label}\s", paragraph) for name, label in PARTS.items()}
    assert all(starts.values()), {name: found for name, found in starts.items() if not found}
    order = sorted(starts.items(), key=lambda item: item[1].start())  # type: ignore[union-attr]
    parts = {}
    for (name, found), following in zip(order, [*order[1:], None], strict=True):
        end = following[1].start() if following else len(paragraph)  # type: ignore[union-attr]
        parts[name] = paragraph[found.end():end]  # type: ignore[union-attr]
    return parts


def test_the_readme_names_every_declared_step_of_each_registry():
    registry.load_all()
    steps.load_all()
    parts = _parts()
    for name in PARTS:
        words = set(re.split(r"[、\s(（)）;,]+", parts[name]))
        missing = [step.name for step in steps.procedure(name).steps if step.name not in words]
        assert not missing, f"README's {PARTS[name]} steps lack {missing}"
