"""English for the lead's strings of session 44."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 登记 of a 效能投诉 every user must recuse himself from (core.efficiency.recusal.registered_note)
    "效能投诉%1已登记。您%2；本机关能办理投诉的工作人员都应当回避，程序中无人能办理这件投诉，它今后不向任何人显示。请按规定报上级机关或纪检监察机关处理。": (
        "Complaint %1 is registered. You %2; everyone in this office who could handle it must stand "
        "aside, so nobody can handle it in the program and it will not be shown to anyone from now on. "
        "Refer it to the higher authority or to the discipline inspection and supervision organ, as the "
        "rules require."
    ),
}
