"""What each 效能 figure counts, said once: the procedures' labels and spans, what a period's 办件量
and 完成 count, what a unit's row counts where it is not the whole procedure, and the labels of
the ranking and category columns. The tab, `stats`, the 效能通报's 说明 and the drill-down read
them (through core.efficiency.spans, which re-exports each)."""

from __future__ import annotations

PROCEDURES: dict[str, tuple[str, str]] = {  # name -> (label, what the whole span measures)
    "incoming": ("收文", "签收→办结"),
    "outgoing": ("发文", "拟稿→印发"),
    "supervision": ("督查", "交办→办结"),
    "petitions": ("信访", "登记→答复（转送、不予受理：→告知）"),
    "complaints": ("效能投诉", "登记→办结"),
}
# what one 办件 of a procedure is and when the period's 办件量 counts it (`stats` counts otherwise:
# its 收文 hold those 退回 to their sender, its 发文 are those numbered by 成文日期, its 督查 the 事项)
VOLUME_COUNTS = {
    "incoming": "本期收到的收文（按收文日期），已退回来文单位的不计",
    "outgoing": "本期拟稿的发文（含尚未编号、印发的）",
    "supervision": "本期交办的督查任务，一个督查事项交办几个单位即算几件",
    "petitions": "本期登记的信访事项",
    "complaints": "本期登记的效能投诉",
}
# what the period's 完成 counts: each procedure done in the period, whenever it began (the
# registries' own 已办结 — `stats`' 信访, the 通报's 效能投诉 paragraph — count those begun in it,
# and a 信访事项 there when its record is 办结, after the 答复 and any 复查/复核)
COMPLETED_COUNTS = {
    "incoming": "本期办结的收文（按办结日期），不论何时收到",
    "outgoing": "本期印发的发文（按印发日期），不论何时拟稿",
    "supervision": "本期办结的督查任务（按任务办结日期），不论何时交办",
    "petitions": "本期答复的信访事项（转送、不予受理的按告知），不论何时登记、是否已办结",
    "complaints": "本期办结的效能投诉（按办结日期），不论何时登记",
}
# what a unit's row counts, where it is not the whole procedure (PARTED): the ranking's note
# and the 通报's 说明 (report.DEFINITIONS) say it
UNIT_COUNTS = {
    "outgoing": "拟稿单位计每件发文自拟稿至本单位负责人核稿，退回修改的另计自退回至重新核稿，各段工作日相加；"
                "其余（会签、审核、签发、复核、编号、印制及退回前的等待）计入本机关；拟稿单位按审批链"
                "（按文种、密级）规定的核稿时限计按时率和逾期未办，每段自拟稿或退回修改之日起计，"
                "各段均在时限内核稿的为按时，任一段超时即为超时；审批链未规定核稿时限的不计，本机关"
                "所办部分未规定时限，不计按时率和逾期未办；一件发文在拟稿单位和本机关各计一次",
    "incoming": "本机关计每件收文自收文至交承办（未交承办的至办结）；承办单位计其自承办至办结，"
                "按承办时所定时限计按时率和逾期未办；交承办的收文在本机关和承办单位各计一次",
    "petitions": "本机关计每件信访自登记至告知信访人（直接答复的至答复），及处理、告知时限和直接答复的"
                 "办理时限；去向单位计其自转送、交办之日起所办的部分，转送至其回复是否受理（受理时限），"
                 "交办至答复（办理时限）；一件转送、交办的信访在本机关和去向单位各计一次",
}
# 本机关's row is the office's own part, no unit among those it ranks (nor the last of them):
# it comes after the ranked units, unranked (report.by_unit), as the ranking and the 说明 say
OFFICE_APART = "本机关所办部分列于各单位之后，不参加排名"
# whom a ranking ranks where 本机关's row is set apart under it (the 通报's sentence)
RANKED_LABELS = {
    "incoming": "承办单位",
    "outgoing": "拟稿单位",
    "petitions": "转送、交办的去向单位",
}
CATEGORY_LABELS = {
    "incoming": "文种",
    "outgoing": "文种",
    "supervision": "督办级别",
    "petitions": "问题类别",
    "complaints": "投诉类别",
}
UNIT_LABELS = {
    "incoming": "办理单位（本机关及承办单位）",
    "outgoing": "办理单位（拟稿单位及本机关）",
    "supervision": "牵头单位",
    "petitions": "办理单位（本机关及转送、交办的去向单位）",
    "complaints": "被投诉单位",
}
