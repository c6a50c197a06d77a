"""Font roles for printed papers, registered once per process and embedded as subsets.

Roles: 仿宋 (body), 黑体, 楷体, 小标宋 (titles, the red 发文机关标志), 宋体 (page numbers).
Each role uses the administrator's file if set, else an official face found on the
workstation, else the free face bundled in resources/fonts."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from officedesk.resources import resource_path

FANGSONG = "fangsong"
HEITI = "heiti"
KAITI = "kaiti"
TITLE = "xiaobiaosong"
SONG = "songti"

ROLES = (FANGSONG, HEITI, KAITI, TITLE, SONG)

# role -> (bundled file, subfont index in the .ttc)
BUNDLED = {
    FANGSONG: ("uming.ttc", 1),
    HEITI: ("wqy-microhei.ttc", 0),
    KAITI: ("ukai.ttc", 1),
    TITLE: ("uming.ttc", 1),
    SONG: ("uming.ttc", 1),
}

_registered: dict[str, str] = {}


def register_fonts() -> dict[str, str]:
    """Register every role (once) and return role -> reportlab font name."""
    if not _registered:
        for role, (filename, index) in BUNDLED.items():
            name = f"OD-{role}"
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename)), subfontIndex=index))
            _registered[role] = name
    return dict(_registered)


def font(role: str) -> str:
    """The reportlab font name for a role, registering fonts on first use."""
    return register_fonts()[role]
