"""English for probe9's texts: a 刊物 排序 in which nothing moved (core/info/issue_order.py); a
督查 import's refusal of a date before the 立项日期 its tasks are 交办 on when the sheet gives no
交办日期 (core/supervision/added.py)."""

GLOSSARY = {
    "%1的信息顺序没有改变，未保存。":
        "The order of the items of %1 has not changed: nothing was saved.",
    "%1没有填写交办日期，任务按立项日期交办":
        "%1 gives no 交办日期 (date assigned): the task is assigned on the item's 立项日期 (start date)",
    "各项任务按立项日期交办":
        "each task is assigned on the 立项日期 (start date)",
    "这一行没有填写交办日期，任务按立项日期交办":
        "this row gives no 交办日期 (date assigned): the task is assigned on the 立项日期 (start date)",
    "最近反馈日期（%1）应在事项的立项日期（%2）和今天之间：%3。请核对最近反馈日期和“督查事项”表的立项日期。":
        "The 最近反馈日期 (last report date, %1) should lie between the item's 立项日期 (start date, "
        "%2) and today: %3. Check the last report date and the start date on the “督查事项” sheet.",
    "最近反馈日期（%1）应在事项的立项日期和今天之间：“督查事项”表没有填写立项日期，按今天（%2）立项；%3。请在“督查事项”表填写实际的立项日期。":
        "The 最近反馈日期 (last report date, %1) should lie between the item's 立项日期 (start date) "
        "and today: the “督查事项” sheet gives no start date, so the item starts today (%2); %3. "
        "Fill in the actual start date on the “督查事项” sheet.",
    "%1（%2）不能早于事项的立项日期（%3）：%4。请核对%1和“督查事项”表的立项日期。":
        "%1 (%2) cannot be earlier than the item's 立项日期 (start date, %3): %4. Check the %1 and "
        "the start date on the “督查事项” sheet.",
    "%1（%2）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%3）立项；%4。请在“督查事项”表填写实际的立项日期。":
        "%1 (%2) cannot be earlier than the item's 立项日期 (start date): the “督查事项” sheet gives "
        "no start date, so the item starts today (%3); %4. Fill in the actual start date on the "
        "“督查事项” sheet.",
    "交办日期（%1）不能早于事项的立项日期：“督查事项”表没有填写立项日期，按今天（%2）立项。请在“督查事项”表填写实际的立项日期。":
        "The 交办日期 (date assigned, %1) cannot be earlier than the item's 立项日期 (start date): "
        "the “督查事项” sheet gives no start date, so the item starts today (%2). Fill in the "
        "actual start date on the “督查事项” sheet.",
}
