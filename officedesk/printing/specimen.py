"""打印样张: one page in the 公文 layout with every face in use, to check a printer and the
fonts before printing the real thing (系统设置 → 打印与字体)."""

from __future__ import annotations

from officedesk.printing.gbt9704 import render_document
from officedesk.printing.samples import sample_document


def render_specimen() -> bytes:
    """A PDF: the sample 公文 (标志, 标题 in 小标宋, 正文 in 仿宋, headings in 黑体/楷体, page
    numbers in 宋体) in the faces the settings choose now."""
    return render_document(sample_document(pages=1))
