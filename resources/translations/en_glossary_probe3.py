"""English for the core texts of the 信访 and 督查 fixes of probe3."""

GLOSSARY = {
    "原信访件 %1 已作废（误登记），不能作为原件。请选择信访人真实提出的那一件；没有的，本件不标为重复件。":
        "Petition %1 was voided (registered by mistake) and cannot be the original. Choose the "
        "petition the petitioner really made; if there is none, do not mark this one a repeat.",
    "“状态”写的是“%1”，但按所填日期应为“%2”：办结日期 %3，办结时限 %4（事项在时限内办结、且各项任务均按期办结的，为按期办结）。请核对状态、办结日期、办结时限和任务的时限；不能确定的，状态可写“已办结”，由日期判断。":
        "The status says “%1”, but by the dates given it is “%2”: completed on %3, due by %4 "
        "(an item completed by its deadline with every task completed by its own is completed "
        "on time). Check the status, the completion date, the deadline and the tasks' deadlines; "
        "if unsure, write “已办结” as the status and let the dates decide.",
    "信访 %1 标为已作废的信访 %2 的重复件：作废的是误登记，不是原件。请打开信访 %1，重新“标为重复件”到信访人真正提出的那一件。":
        "Petition %1 is marked a repeat of petition %2, which was voided: a voided petition was "
        "registered by mistake and is no original. Open petition %1 and mark it again as a "
        "repeat of the petition the petitioner really made.",
}
