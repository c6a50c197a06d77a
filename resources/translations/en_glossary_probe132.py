"""English for probe132's strings: settings kept outside what their declaration accepts."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core.settings.read_stored: a kept value that is not JSON (written by hand)
    "设置“%1”保存的内容不是程序写下的格式。": "The stored content of setting “%1” is not in the form the program writes.",
    # core.settings_refused.problem_text: `check`'s [系统设置] finding
    "系统设置“%1”（%2）保存的值 %3 不被接受：%4 程序现按默认值“%5”使用。请管理员改正："
    "officedesk settings %2 %6（或另一个允许的值；也可在“%7”中改正后保存）": (
        "The stored value %3 of setting “%1” (%2) is not accepted: %4 The program uses the default "
        "“%5” instead. An administrator should correct it: officedesk settings %2 %6 (or another "
        "allowed value; or correct it in “%7” and save)"
    ),
    # core.settings_refused.field_text: beside the field in 系统设置
    "保存的值 %1 不被接受：%2 现按默认值使用，保存即改为框中的值。": (
        "The stored value %1 is not accepted: %2 The default is used now; saving stores the value in the box."
    ),
    # ui.settings_dialog: the accessible name of the note under such a field
    "保存的值不被接受": "Stored value not accepted",
    # `officedesk settings KEY` over such a value (stderr)
    "保存的值 %1 不被接受：%2 现按默认值使用。请改正：officedesk settings %3 <值>": (
        "The stored value %1 is not accepted: %2 The default is used now. Correct it: officedesk settings %3 <value>"
    ),
}
