"""English for probe131's strings: the 信息's 办理过程 lines of 编发 and its 县级采用."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 编发 places the item in an issue being edited: nothing adopted yet (core.info.history)
    "编发（%1）：编入%2": "Published (%1): placed in %2",
    # the 县级采用 counted on the day the issue went out (core.info.history)
    "县级采用（%1）：%2印发": "Adopted at county level (%1): %2 issued",
}
