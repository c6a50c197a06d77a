"""The print preview and batch print dialogs (pytest-qt, offscreen)."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QPageSize  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

from officedesk.printing import forms  # noqa: E402
from officedesk.printing.gbt9704 import render_document  # noqa: E402
from officedesk.printing.samples import sample_document, sample_signin  # noqa: E402
from officedesk.printing.signin import render_signin_many  # noqa: E402
from officedesk.ui.batch_print import batch_print  # noqa: E402
from officedesk.ui.print_preview import PrintPreviewDialog, show_pdf_preview  # noqa: E402
from tests.printing.conftest import MM, open_pdf  # noqa: E402


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_document(sample_document(3))


def test_preview_loads_navigates_and_zooms(qtbot, pdf):
    dialog = PrintPreviewDialog(pdf, "测试公文")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == 4  # 3 pages of body, the 版记 on the even page 4
    assert dialog.current_page() == 0
    assert not dialog.prev_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_box.value() == 2
    dialog.go_to_page(5)
    qtbot.waitUntil(lambda: dialog.current_page() == 3)
    assert not dialog.next_button.isEnabled()
    dialog.page_box.setValue(1)
    qtbot.waitUntil(lambda: dialog.current_page() == 0)
    before = dialog.zoom_factor()
    dialog.zoom_in_button.click()
    assert dialog.zoom_factor() == pytest.approx(before * 1.25)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom_factor() == pytest.approx(before / 1.25)
    assert dialog.zoom_label.text().endswith("%")
    dialog.fit_width_button.click()
    # the zoom it gives, not "适合宽度" again beside the 适合宽度 button (read as a duplicate)
    assert dialog.zoom_label.text() == f"{round(dialog.width_zoom() * 100)}%"
    assert dialog.zoom_label.text() != "适合宽度"


def test_every_button_has_an_accessible_name(qtbot, pdf):
    dialog = PrintPreviewDialog(pdf, "测试")
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QPushButton)
    assert len(buttons) >= 9
    assert all(b.accessibleName() for b in buttons)


def test_save_writes_the_same_bytes(qtbot, pdf, tmp_path):
    dialog = PrintPreviewDialog(pdf, "测试")
    qtbot.addWidget(dialog)
    saved = dialog.save_to(tmp_path / "out")
    assert saved.suffix == ".pdf"
    assert saved.read_bytes() == pdf


def test_save_never_writes_over_the_open_database(qtbot, pdf, tmp_path):
    from officedesk.core.errors import OfficeDeskError
    from officedesk.store import db as store_db

    odd = tmp_path / "office.pdf"  # a database file that happens to end in .pdf
    store_db.open_database(str(odd))
    try:
        before = odd.read_bytes()
        dialog = PrintPreviewDialog(pdf, "测试")
        qtbot.addWidget(dialog)
        with pytest.raises(OfficeDeskError, match="数据库"):
            dialog.save_to(odd)
        assert odd.read_bytes() == before
    finally:
        store_db.close_database()


def test_print_to_a_pdf_printer_paints_every_page_on_a4(qtbot, pdf, tmp_path):
    dialog = PrintPreviewDialog(pdf, "测试")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert dialog.print_to(printer) == 4
    printed = open_pdf((tmp_path / "printed.pdf").read_bytes())
    assert printed.page_count == 4
    assert printed[0].rect.width / MM == pytest.approx(210, abs=1)
    assert printed[0].rect.height / MM == pytest.approx(297, abs=1)
    # the red 标志 made it onto the paper
    pix = printed[0].get_pixmap(dpi=30)
    s = pix.samples
    assert any(s[i] > 200 and s[i + 1] < 80 and s[i + 2] < 80 for i in range(0, len(s), pix.n))
    # a page range
    printer2 = QPrinter()
    printer2.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer2.setOutputFileName(str(tmp_path / "range.pdf"))
    printer2.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer2.setResolution(72)
    printer2.setPrintRange(QPrinter.PrintRange.PageRange)
    printer2.setFromTo(2, 3)
    assert dialog.print_to(printer2) == 2


def test_show_pdf_preview_is_not_blocking(qtbot, pdf):
    dialog = show_pdf_preview(None, pdf, "测试")
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    dialog.close()


@pytest.fixture
def slow_form(monkeypatch):
    monkeypatch.setattr(forms, "load_all", lambda: None)
    registered = dict(forms._FORMS)

    @forms.form("test-slow-signin", "测试签到表", "meetings")
    def build(ids, actor, **options):
        time.sleep(0.05)
        return render_signin_many([sample_signin(2, seed=i) for i in ids])

    yield
    forms._FORMS.clear()
    forms._FORMS.update(registered)


def test_batch_print_builds_off_the_gui_thread_and_previews(qtbot, slow_form, admin):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    job = batch_print(None, "test-slow-signin", list(range(1, 41)), admin)
    qtbot.waitUntil(lambda: job.result is not None, timeout=20000)
    timer.stop()
    assert len(ticks) >= 5  # the event loop kept running while the batch was built
    assert job.result.ok and job.result.done == 40
    assert job.preview is not None and job.preview.page_count() == 40
    job.preview.close()


def test_batch_print_cancel(qtbot, slow_form, admin):
    job = batch_print(None, "test-slow-signin", list(range(1, 200)), admin)
    job.cancel()
    qtbot.waitUntil(lambda: job.result is not None, timeout=20000)
    assert job.result.cancelled
    assert job.result.done < 199
    assert job.preview is None


def test_landscape_pages_are_turned_not_squeezed(qtbot, tmp_path):
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    canvas.rect(0, 0, width / 2, height, stroke=0, fill=1)  # the left half black
    canvas.showPage()
    canvas.save()
    dialog = PrintPreviewDialog(buffer.getvalue(), "横向")
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "landscape.pdf"))
    printer.setResolution(72)
    assert dialog.print_to(printer) == 1
    page = open_pdf((tmp_path / "landscape.pdf").read_bytes())[0]
    assert page.rect.height > page.rect.width  # portrait paper
    pix = page.get_pixmap(dpi=20)

    def darkness(y0: int, y1: int) -> float:
        values = [pix.pixel(x, y)[0] for y in range(y0, y1) for x in range(pix.width)]
        return 1 - sum(values) / (255 * len(values))

    half = pix.height // 2
    # the landscape page's left half lands on the paper's top half, the whole width of it
    assert darkness(2, half - 2) > 0.95
    assert darkness(half + 2, pix.height - 2) < 0.05


def test_tab_follows_the_bar_as_it_reads(qtbot, pdf):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = PrintPreviewDialog(pdf, "测试公文")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.go_to_page(1)  # 上一页 enabled: reachable too
    qtbot.waitUntil(dialog.prev_button.isEnabled)
    dialog.print_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.print_button)
    reached = []
    for _ in range(11):
        widget = QApplication.focusWidget()
        reached.append(widget.accessibleName() if widget else None)
        qtbot.keyClick(widget or dialog, Qt.Key.Key_Tab)
    assert reached == ["打印", "另存为 PDF", "上一页", "页码", "下一页", "缩小", "放大",
                       "适合宽度", "整页", "关闭预览", "预览页面"]


def test_the_zoom_shown_on_opening_is_the_fitted_one(qtbot, pdf):
    """The % beside the zoom buttons is the zoom the page is shown at once the window is laid
    out at 1366×768 (the view's width known). Computed when the dialog was resized, before its
    layout gave the view that width, it read 11% for a page filling the window."""
    dialog = PrintPreviewDialog(pdf, "测试")
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    fitted = round(dialog.width_zoom() * 100)
    assert fitted > 100  # an A4 page across a 1366-pixel window
    assert dialog.zoom_label.text() == f"{fitted}%"
