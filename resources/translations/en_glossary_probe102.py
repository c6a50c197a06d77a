"""English for probe102: a meeting's 发文字号 given to one meeting only."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "发文字号“%1”已是另一个会议的通知字号：一个字号只能发一份通知。请核对字号，改用本会议"
    "通知自己的字号；不发通知的可不填。": (
        "Document number “%1” is already another meeting's notice number: one number goes on one "
        "notice only. Check the number and use this meeting's own notice number; a meeting that "
        "sends no notice may leave it blank."
    ),
    "发文字号“%1”已由本文件前面的一行给了会议“%2”：一个字号只能发一份通知。请改正其中一行的"
    "发文字号。": (
        "Document number “%1” is already given by an earlier row of this file to meeting “%2”: "
        "one number goes on one notice only. Correct the number in one of the rows."
    ),
}
