"""The font specimen (打印字体样张): one A4 page showing, for each role, the face in use, the
file it comes from, whether it covers GB 2312, and sample text in it. The settings page prints
it so an administrator sees what a paper will look like before a 公文 goes out."""

from __future__ import annotations

import contextlib
import io

from reportlab.lib.units import mm

from officedesk.printing import fonts
from officedesk.printing.gbt9704 import PAGE_HEIGHT, PAGE_WIDTH, new_canvas

SOURCES = {"setting": "管理员指定", "system": "本机公文字体", "bundled": "软件自带"}

SAMPLES = {
    fonts.FANGSONG: "各单位要严格执行公文格式标准，2026年11月24日前报送。",
    fonts.HEITI: "一、提高思想认识　机密★1年　特急",
    fonts.KAITI: "（一）严格执行标准　签发人：张建华",
    fonts.TITLE: "关于召开全县防汛工作会议的通知",
    fonts.SONG: "— 1 —　— 2 —　0123456789",
}
SIZES = {fonts.FANGSONG: 16.0, fonts.HEITI: 16.0, fonts.KAITI: 16.0, fonts.TITLE: 22.0,
         fonts.SONG: 14.0}
PUNCTUATION = "，。、：；？！“”‘’（）《》〔〕【】—…·"


def gb2312_hanzi() -> str:
    """The 6,763 汉字 of GB 2312 (rows 16–87)."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                out.append(bytes([hi, lo]).decode("gb2312"))
    return "".join(out)


def render_specimen() -> bytes:
    """The specimen page as PDF bytes (every face embedded as usual)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "打印字体样张")
    body = fonts.font(fonts.FANGSONG)
    canvas.setFont(fonts.font(fonts.TITLE), 22)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 30 * mm, "打印字体样张")
    hanzi = gb2312_hanzi()
    files = fonts.role_files()
    y = PAGE_HEIGHT - 48 * mm
    left = 25 * mm
    for role in fonts.ROLES:
        made = fonts.choice(role)
        lacking = fonts.missing(role, hanzi + PUNCTUATION)
        canvas.setFont(fonts.font(fonts.HEITI), 14)
        canvas.drawString(left, y, fonts.ROLE_LABELS[role])
        canvas.setFont(body, 10.5)
        y -= 6 * mm
        canvas.drawString(left, y, f"来源：{SOURCES.get(made.source, made.source)}　文件："
                          f"{made.path.name}" + (f"#{made.index}" if made.index else ""))
        y -= 5 * mm
        shown = files[role]
        if len(shown) > 80:
            shown = "…" + shown[-79:]
        canvas.drawString(left, y, shown)
        y -= 5 * mm
        cover = ("覆盖 GB 2312 全部 6763 个汉字及常用标点" if not lacking else
                 f"缺 {len(lacking)} 个字符，如：{lacking[:20]}（缺字将无法正确打印）")
        if lacking:
            canvas.setFillColorRGB(0.8, 0, 0)
        canvas.drawString(left, y, cover)
        canvas.setFillColorRGB(0, 0, 0)
        y -= SIZES[role] * 0.5 + 7 * mm
        canvas.setFont(made.name, SIZES[role])
        canvas.drawString(left, y, SAMPLES[role])
        y -= 15 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
