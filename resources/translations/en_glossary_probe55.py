"""English for probe55: 文件 → 注销 (log out, and the refusal of a session logged out), the step
buttons that name their act (登记结论, 登记复查申请 …, 不取消重复件) and the 督查催办 summary after
a refused write. Same format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "注销(&L)": "&Log out",
    "注销": "Log out",
    "本次登录已注销，不能继续操作。请重新登录。": "This session was logged out and can do nothing more. Please log in again.",
    "登记结论": "Record conclusion",
    "登记复查申请": "Record review request",
    "登记复核申请": "Record re-examination request",
    "不取消重复件": "Keep as repeat",
    "催办没有全部登记：请按上面的提示处理后，再点“生成催办记录”登记其余的。": (
        "Not every reminder was recorded: do as the message above says, then click "
        "“Create reminders” again to record the rest."
    ),
}
