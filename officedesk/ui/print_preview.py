"""Print preview: the exact PDF that prints, in QtPdf's view, with zoom, pages, 打印, 另存为 PDF.

    show_pdf_preview(parent, pdf_bytes, "会议通知")

打印 goes through Qt's print dialog to any installed printer: each page is rendered by QtPdf at
the printer's resolution (at most 300 dpi) and painted on the whole sheet, so the paper shows
exactly the PDF's geometry.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.printing import forms
from officedesk.ui.widgets import fit
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import enter_stays

log = logging.getLogger(__name__)


def pdf_path(path: str | Path) -> Path:
    """The file 另存为 PDF writes: the name given, its ending made .pdf (通知, 通知.txt → 通知.pdf)."""
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class PrintPreviewDialog(KeyedDialog):
    """Shows ``pdf_bytes`` and prints or saves exactly those bytes."""

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        parent: QWidget | None = None,
        file_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.file_name = file_name or title  # 会议通知-全县安全生产工作会议(.pdf)
        self.pdf_bytes = bytes(pdf_bytes)
        self.issued_pdf = pdf_bytes  # with what handing it out records (printing.forms.issue)
        self._whole_page = False
        self.title = title
        # a form's name comes from printing (Chinese): shown in the interface's language
        self.setWindowTitle(self.tr("打印预览 — %1").replace("%1", display(title)))
        self.setAccessibleName(self.tr("打印预览"))
        self.resize(fit.clamp_size(self, 900, 1000))  # the screen may hold less

        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            log.error("preview: PDF not loaded (%s)", self.document.error())

        # characters the paper's faces lack print as empty boxes: said before it is printed
        self.missing = str(getattr(pdf_bytes, "missing", "") or "")
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(self.tr("缺字提示"))
        self.missing_label.setStyleSheet("color: #b00000;")
        self.missing_label.setText(display(forms.missing_text(self.missing)))  # core says where
        self.missing_label.setVisible(bool(self.missing))
        # how the paper was laid out, said before it is printed (a joint 公文's 标志 with the
        # 主办机关 alone): printing's Chinese, shown in the interface's language
        self.notes = tuple(getattr(pdf_bytes, "notes", ()) or ())
        self.notes_label = QLabel("\n".join(display(note) for note in self.notes), self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(self.tr("排版提示"))
        self.notes_label.setVisible(bool(self.notes))

        self.view = QPdfView(self)
        self.view.viewport().installEventFilter(self)
        self.view.setAccessibleName(self.tr("预览页面"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        def button(text: str, name: str, slot, tip: str = "") -> QPushButton:
            b = QPushButton(text, self)
            b.setAccessibleName(name)
            b.setToolTip(tip or name)
            b.clicked.connect(slot)
            return b

        self.print_button = button(self.tr("打印…"), self.tr("打印"), self.print_dialog)
        self.save_button = button(self.tr("另存为 PDF…"), self.tr("另存为 PDF"), self.save_dialog,
                                  self.tr("另存为 PDF（Ctrl+S）"))
        self.prev_button = button(self.tr("上一页"), self.tr("上一页"), self.previous_page)
        self.next_button = button(self.tr("下一页"), self.tr("下一页"), self.next_page)
        self.zoom_out_button = button(self.tr("缩小"), self.tr("缩小"), self.zoom_out)
        self.zoom_in_button = button(self.tr("放大"), self.tr("放大"), self.zoom_in)
        self.fit_width_button = button(self.tr("适合宽度"), self.tr("适合宽度"), self.fit_width)
        self.fit_page_button = button(self.tr("整页"), self.tr("整页"), self.fit_page)
        self.close_button = button(self.tr("关闭"), self.tr("关闭预览"), self.reject)
        self.print_button.setDefault(True)

        self.page_box = QSpinBox(self)
        enter_stays(self.page_box)  # Enter goes to the page typed, not to 打印… (the default)
        self.page_box.setAccessibleName(self.tr("页码"))
        self.page_box.setRange(1, max(1, self.page_count()))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("总页数"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("缩放比例"))
        metrics = self.zoom_label.fontMetrics()  # its longest text in this language, whole
        self.zoom_label.setMinimumWidth(8 + max(metrics.horizontalAdvance(t) for t in (
            self.tr("适合宽度"), self.tr("整页"), "400%")))

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.view, 1)
        # Tab as the bar reads: the page number between 上一页 and 下一页, the pages last
        order = (self.print_button, self.save_button, self.prev_button, self.page_box,
                 self.next_button, self.zoom_out_button, self.zoom_in_button,
                 self.fit_width_button, self.fit_page_button, self.close_button, self.view)
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.zoom_out)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_dialog)
        # 另存为 PDF… by its keys too, as 打印… has Ctrl+P (it was Tab and Space only)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_dialog)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_page)
        self._update_labels()

    # ------------------------------------------------------------ pages
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """0-based index of the page shown."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        if index != self.current_page():
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())
        self._update_labels()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, _page: int) -> None:
        self._update_labels()

    def _update_labels(self) -> None:
        current, count = self.current_page(), self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setValue(current + 1)
        self.page_box.blockSignals(False)
        self.page_label.setText(self.tr("/ %1 页").replace("%1", str(count)))
        self.prev_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)
        # the zoom as a % always: "适合宽度" beside the 适合宽度(F) button read as a duplicate
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            factor = self.width_zoom()
        elif self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            factor = self.view.zoomFactor()
        else:
            factor = self.whole_page_zoom()
        self.zoom_label.setText(f"{round(factor * 100)}%")

    # ------------------------------------------------------------ zoom
    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self._whole_page = False
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self._update_labels()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._whole_page = False
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_labels()

    def fit_page(self) -> None:
        """The whole current page in view (QPdfView's FitInView leaves the page's foot out in
        multi-page mode): a zoom computed from the page and the viewport."""
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.whole_page_zoom())
        self.go_to_page(self.current_page())
        self._whole_page = True
        self._update_labels()

    def whole_page_zoom(self) -> float:
        size = self.document.pagePointSize(max(self.current_page(), 0))
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        viewport = self.view.viewport().size()
        margins = self.view.documentMargins()
        room_w = viewport.width() - margins.left() - margins.right()
        room_h = viewport.height() - margins.top() - margins.bottom()
        dpi = self.view.logicalDpiY() / 72.0
        return max(ZOOM_MIN, min(room_w / (size.width() * dpi), room_h / (size.height() * dpi)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._whole_page:
            self.view.setZoomFactor(self.whole_page_zoom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        # a fitted zoom's % follows the view's width once the layout has given it (the
        # dialog's own resize comes first: its view still had the old width, 11% was shown)
        if (watched is self.view.viewport() and event.type() == QEvent.Type.Resize
                and hasattr(self, "page_box")):
            self._update_labels()
        return super().eventFilter(watched, event)

    def width_zoom(self) -> float:
        """The zoom at which the page fills the view's width (QPdfView's FitToWidth)."""
        size = self.document.pagePointSize(max(self.current_page(), 0))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        dpi = self.view.logicalDpiX() / 72.0
        return room / (size.width() * dpi) if size.width() > 0 else 1.0

    def page_pixel_size(self) -> QSize:
        """The current page's size on the screen at the present zoom."""
        size = self.document.pagePointSize(max(self.current_page(), 0))
        scale = self.view.zoomFactor() * self.view.logicalDpiY() / 72.0
        return QSize(int(size.width() * scale), int(size.height() * scale))

    # ------------------------------------------------------------ save
    def save_to(self, path: str | Path) -> Path:
        """Write the previewed PDF, byte for byte."""
        from officedesk.printing.saving import save_pdf

        target = pdf_path(path)
        # whole or not at all; refused over the database; a paper with personal data unmasked
        # is its owner's alone
        save_pdf(target, self.pdf_bytes, private=bool(getattr(self.issued_pdf, "private", False)))
        self._issued()
        return target

    def _issued(self) -> None:
        """The paper went out (saved or printed): what that records (a 更正通知 becomes the
        notice people hold) is recorded now, not when the preview was made."""
        try:
            forms.issue(self.issued_pdf)
        except OfficeDeskError as exc:
            show_error(self, exc)

    def save_dialog(self) -> None:
        settings = QSettings()
        folder = str(settings.value("print/last_folder", str(Path.home())))
        suggested = str(Path(folder) / f"{_safe_name(self.file_name)}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), suggested, self.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return
        target = pdf_path(path)
        # the file dialog asked about the name typed (通知, 通知.txt), not about the .pdf written
        if target != Path(path) and (target.exists() or target.is_symlink()) and not confirm(
            self,
            self.tr("替换已有的文件"),
            self.tr("“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。").replace("%1", str(target)),
            danger=True, yes=self.tr("替换"),
        ):
            return
        try:
            saved = self.save_to(target)
        except OfficeDeskError as exc:  # a full disk, a read-only folder: said by save_pdf
            show_error(self, exc, self.tr("无法保存"))
            return
        settings.setValue("print/last_folder", str(saved.parent))

    # ------------------------------------------------------------ print
    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages on ``printer``; return how many were printed."""
        count = self.page_count()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(count, printer.toPage() or count) - 1
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page()
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                printer.pageLayout().margins(),
            )
        )
        printer.setDocName(self.title)
        from officedesk.printing.saving import painted_beside, place_painted, refuse_unwritable

        # 打印到文件: painted beside the file, put in place whole (Qt tells no failed write)
        to_file = (Path(printer.outputFileName())
                   if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                   and printer.outputFileName() else None)
        partial = painted_beside(to_file) if to_file else None
        if partial is not None:
            printer.setOutputFileName(str(partial))
        painter = QPainter()
        if not painter.begin(printer):
            if to_file is not None and partial is not None:
                printer.setOutputFileName(str(to_file))
                refuse_unwritable(partial, to_file)  # a file's folder missing or read-only: said so
            raise OSError(self.tr("打印机无法开始打印"))
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                pixels = QSize(
                    round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)
                )
                image = self.document.render(index, pixels)
                if size_pt.width() > size_pt.height():
                    # a landscape page (seating chart, name cards) on portrait paper: turn it
                    # a quarter clockwise rather than squeeze it
                    painter.save()
                    painter.translate(target.x() + target.width(), target.y())
                    painter.rotate(90)
                    painter.drawImage(QRect(0, 0, target.height(), target.width()), image)
                    painter.restore()
                else:
                    painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
            if to_file is not None:
                printer.setOutputFileName(str(to_file))
        if to_file is not None and partial is not None:
            place_painted(partial, to_file)  # a PDF cut short: OfficeDeskError, the earlier file kept
        self._issued()
        return printed

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.title)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OfficeDeskError as exc:  # 打印到文件 on a full disk
            show_error(self, exc, self.tr("无法打印"))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("无法打印"),
                self.tr("打印没有完成：%1\n请检查打印机是否开机、联网并有纸。").replace(
                    "%1", str(exc)
                ),
            )


def _safe_name(title: str) -> str:
    return "".join("_" if c in '\\/:*?"<>|' else c for c in title).strip() or "打印"


def record_file_name(form_label: str, record: Any) -> str:
    """The paper and what it is about: 会议通知-全县安全生产工作会议, 告知书-信2026-00012."""
    about = ""
    for attribute in ("title", "number", "doc_no", "receive_no", "name"):
        value = getattr(record, attribute, None)
        if value:
            about = str(value)
            break
    return f"{form_label}-{about[:60]}" if about else form_label


def show_pdf_preview(
    parent: QWidget | None, pdf_bytes: bytes, title: str, file_name: str | None = None
) -> PrintPreviewDialog:
    """Open the preview (non-blocking) and return it; `file_name` is what 另存为 suggests."""
    dialog = PrintPreviewDialog(pdf_bytes, title, parent, file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
