"""English for what the 效能 完成 counts beside the registries' own 已办结 (信访 done by its 答复
or 告知, 办结 or not; 效能投诉 registered before the period; 督查's 按时率 over the tasks done)
(probe65). Same format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "完成数按完成之日计入本期（不论何时开始办理）：%1。":
        "Completed counts what was finished in the period, whenever it started: %1.",
    "信访以答复为完成（转送、不予受理以告知为完成）":
        "a petition is done when answered (one transferred or not accepted: when the petitioner "
        "is told)",
    "%1，其中%2": "%1, of them %2",
    "本期登记、期末尚未办结的%1件": "%1 registered in the period and not closed at its end",
    "期前登记的%1件": "%1 registered before the period",
    "效能投诉中期前登记的%1件（效能投诉情况只计本期登记的）":
        "efficiency complaints: %1 registered before the period (the complaints' own figures "
        "count those registered in it)",
    "督查按时率以已办结的任务为分母，督查通报的按期办结率以应办结的任务为分母":
        "supervision's on-time rate is over the tasks done, the supervision bulletin's rate of "
        "tasks done on time over the tasks due",
    "本期办结的收文（按办结日期），不论何时收到":
        "Incoming documents closed in the period (by the date closed), whenever received",
    "本期印发的发文（按印发日期），不论何时拟稿":
        "Outgoing documents issued in the period (by the date issued), whenever drafted",
    "本期办结的督查任务（按任务办结日期），不论何时交办":
        "Supervision tasks done in the period (by the date done), whenever assigned",
    "本期答复的信访事项（转送、不予受理的按告知），不论何时登记、是否已办结":
        "Petitions answered in the period (one transferred or not accepted: when the petitioner "
        "was told), whenever registered, closed or not",
    "本期办结的效能投诉（按办结日期），不论何时登记":
        "Efficiency complaints closed in the period (by the date closed), whenever registered",
}
