"""English for messages merged from the helpers of 4 Dec (probe) and the check's attachment line."""

GLOSSARY = {
    "%1。": "%1.",
    "“%1”中的%2“%3…”最多 %4 个字，现在是 %5 个。请删减。":
        "“%2” in “%1” (“%3…”) may have at most %4 characters; it has %5. Shorten it.",
    "--year 与 --from/--to 只能用一种：按年度打印给 --year，按期间打印给 --from 和 --to。":
        "Give either --year or --from/--to: --year for a year, --from and --to for a period.",
    "--from 日期（%1）晚于今天：请同时给出 --to 日期。":
        "The --from date (%1) is after today: give a --to date as well.",
    "“%1”写的是%2，--person 写的是%3：应是同一人。代谁录入，写在“%1”一栏即可（不必再写 --person）。":
        "“%1” says %2 and --person says %3: they must be one person. To enter it for someone, "
        "write him in “%1” (no --person needed).",
    "机关名称最多 %1 个字，现在是 %2 个（“%3…”）：请填写本机关的全称，如 中共某某县委办公室。":
        "The organ's name may have at most %1 characters; it has %2 (“%3…”). Give the office's full "
        "name, such as 中共某某县委办公室.",
    "“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行。":
        "On the sheet “%1”, %3 cells of the column “%2” came with a time; only their dates are kept: "
        "rows %4.",
    "“%1”表“%2”列有 %3 个单元格带时间，只保存了日期：第 %4 行等。":
        "On the sheet “%1”, %3 cells of the column “%2” came with a time; only their dates are kept: "
        "rows %4 and others.",
    "“%1”这一类本年度已归档 %2 件，件号已到四位数的上限（DA/T 22-2015）。请填写机构（问题）代码再分一类，或核对保管期限后再归档。":
        "The class “%1” already holds %2 items this year: the item number has reached its four "
        "digits (DA/T 22-2015). Give an organisation (subject) code to divide the class, or check "
        "the retention period, then file it.",
    "参会人员名单已有变动（有人已不在这次会议的名单上），签到没有保存。请刷新后重新登记签到。":
        "The list of participants has changed (someone is no longer on this meeting's list); the "
        "sign-in was not saved. Refresh and record the sign-in again.",
}
