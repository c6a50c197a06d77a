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
    # a 进度 cell formatted as 百分比 (core.fields._percent_cell)
    "“%1”是 %2：这一列像是设成了“百分比”格式（显示 80%，实际存的是 0.8，100% 存的是 1）。请把这一列的单元格格式改为“常规”并填写整数（如 80、100；改格式后显示为 1 的，原来是 100%），再导入。": (
        "“%1” is %2: this column seems to be formatted as a percentage (it shows 80% but holds 0.8, and "
        "100% holds 1). Set the column's cell format to “General”, write whole numbers (such as 80 or "
        "100; a cell that then shows 1 was 100%) and import again."
    ),
    # the 发文 detail's 会签 table (ui.documents.outgoing_page._unanswered)
    "待会签": "Awaiting countersign",
}
