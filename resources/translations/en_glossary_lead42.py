"""English for the lead's strings of session 42."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 关于 box: what the program keeps, with its version
    "机关办公桌面 OfficeDesk %1\n公文、会议、督查、信访、信息报送的登记与打印，效能统计与通报，逐级负责。": (
        "OfficeDesk %1\nRegisters and printing for official documents, meetings, supervision, "
        "petitions and information reports; efficiency figures and bulletins; who does each step."
    ),
    # 上报 once a level (core.info.procedure.send_up)
    "这件信息已于 %1 上报%2级，不能重复登记。上报另一级的，请选那一级。": (
        "This item was already reported up to the %2 level on %1 and cannot be recorded twice. "
        "To report it to another level, choose that level."
    ),
    # the 上报 step offered while a level is left (core.info.steps_spec)
    "这件信息已上报市、省、中央各级。": "This item has been reported up to every level (city, province, central).",
}
