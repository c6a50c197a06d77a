"""English for the texts of session 30's own work (what an empty optional date of a step means,
shown in its empty box)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "不填则为今天": "Empty: today",
    "不填则不改": "Empty: unchanged",
    "不填则按督查默认办理天数": "Empty: supervision's default number of days",
    "不填则同办理时限": "Empty: the same as the handling time limit",
    "交办时必填": "Required for assignment",
    "不填则为原纪要日期或今天": "Empty: the minutes' date as it was, or today",
    "不填则同议定时限，没有或已过的按督查默认天数": (
        "Empty: the decision's time limit; without one, or one gone by, supervision's default number of days"),
    "统计期间：%1（%2起，截至%3）；报送单位%4个；刊物：%5。": (
        "Period: %1 (from %2, up to %3); %4 reporting units; periodicals: %5."),
}
