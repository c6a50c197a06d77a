"""A character no print face has (𪚥, Extension B, in none of the bundled faces) prints as
an empty box: the command line and the preview name it before the paper goes out, and say what
to do. One only its own face lacks (王堃's 堃: the bundled 黑体 has it) prints in a face that
has it (printing.fallback) and is not named."""

from __future__ import annotations

import pytest

from officedesk.printing import fonts
from officedesk.printing.fallback import face_for
from tests.cli_office import Office, new_office


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _slip(office: Office, title: str) -> tuple[str, str]:
    doc = office.json("add", "incoming", "文种=通知", "来文机关=市委组织部", f"标题={title}")["id"]
    return office("print", "incoming-slip", str(doc), "-o", str(office.out / f"slip-{doc}.pdf"))


def test_the_command_line_names_the_characters_the_faces_lack(office):
    fang = fonts.font(fonts.FANGSONG)
    if not fonts.face_lacks(face_for("𪚥", fang), "𪚥"):
        pytest.skip("a print face of this machine has 𪚥")
    out, err = _slip(office, "关于刘𪚥同志任职的通知")
    assert "已生成收文处理笺" in out
    assert "印出来是空框：𪚥" in err and "系统设置 → 打印" in err
    out, err = _slip(office, "关于王堃同志任职的通知")
    assert "已生成" in out and "空框" not in err


def test_the_preview_names_them(qtbot):
    from officedesk.printing.forms import Printed
    from officedesk.printing.gbt9704 import render_document
    from officedesk.printing.samples import sample_document
    from officedesk.ui.print_preview import PrintPreviewDialog

    made = render_document(sample_document(1))
    pdf = Printed(made)
    pdf.missing = "堃𠀀"
    dialog = PrintPreviewDialog(pdf, "收文处理笺")
    qtbot.addWidget(dialog)
    assert not dialog.missing_label.isHidden()
    assert "堃、𠀀" in dialog.missing_label.text()
    plain = PrintPreviewDialog(made, "收文处理笺")
    qtbot.addWidget(plain)
    assert plain.missing_label.isHidden()
