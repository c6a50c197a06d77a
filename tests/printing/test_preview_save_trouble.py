"""另存为 PDF on a disk that fills during the write, or one that cannot be written: the clerk is
told in Chinese what to do, and the file under the name he chose is never left cut short — an
earlier file of that name stays as it was, and nothing half-written sits beside it."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from officedesk.core.errors import OfficeDeskError  # noqa: E402
from officedesk.printing.gbt9704 import render_document  # noqa: E402
from officedesk.printing.samples import sample_document  # noqa: E402
from officedesk.ui import print_preview  # noqa: E402
from officedesk.ui.print_preview import PrintPreviewDialog  # noqa: E402

EARLIER = b"%PDF-1.3 the notice saved last week\n%%EOF\n"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_document(sample_document(1))


def _disk_fills_after(monkeypatch, room: int) -> None:
    """Every file write stops with ENOSPC once `room` bytes are on the disk, as a full disk
    does (the bytes before it are written)."""
    real_open = open

    class Filling:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()
            return False

        def write(self, data):
            self.stream.write(bytes(data)[:room])
            self.stream.flush()
            if len(data) > room:
                raise OSError(errno.ENOSPC, "No space left on device")
            return len(data)

        def __getattr__(self, name):
            return getattr(self.stream, name)

    def opening(self, mode="r", *args, **kwargs):
        stream = real_open(self, mode, *args, **kwargs)
        return Filling(stream) if "w" in mode or "x" in mode else stream

    monkeypatch.setattr(Path, "open", opening)


def test_a_disk_filling_during_the_save_leaves_the_earlier_file(qtbot, pdf, tmp_path, monkeypatch):
    target = tmp_path / "会议通知.pdf"
    target.write_bytes(EARLIER)
    dialog = PrintPreviewDialog(pdf, "会议通知")
    qtbot.addWidget(dialog)
    _disk_fills_after(monkeypatch, len(pdf) // 2)
    with pytest.raises(OfficeDeskError, match="磁盘空间不足") as refused:
        dialog.save_to(target)
    assert str(target) in refused.value.message  # the file named, what to do said
    assert "清理磁盘" in refused.value.message
    assert target.read_bytes() == EARLIER  # not half of the new PDF under his name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["会议通知.pdf"]  # no part left beside it


def test_a_read_only_folder_is_said_in_chinese_in_the_window(qtbot, pdf, tmp_path, monkeypatch):
    def refusing(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    shown: list[str] = []
    monkeypatch.setattr(Path, "write_bytes", refusing)
    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "签到表.pdf"), ""))
    monkeypatch.setattr(print_preview, "show_error",
                        lambda parent, exc, title=None: shown.append(exc.message))
    monkeypatch.setattr(print_preview.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    dialog = PrintPreviewDialog(pdf, "签到表")
    qtbot.addWidget(dialog)
    dialog.save_dialog()
    assert len(shown) == 1
    assert "磁盘是只读的" in shown[0] and "请" in shown[0]
    assert "Errno" not in shown[0] and "Read-only" not in shown[0]  # never the system's English
    assert not (tmp_path / "签到表.pdf").exists()


def test_printing_to_a_file_cut_short_leaves_the_earlier_file(qtbot, pdf, tmp_path):
    """The print dialog's 打印到文件 (PDF): Qt writes the file itself and tells no failed write —
    a disk filling during it left a cut-short PDF under the clerk's name (over his earlier
    file) and the preview said it printed every page."""
    import resource
    import signal

    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "会议通知.pdf"
    target.write_bytes(EARLIER)
    dialog = PrintPreviewDialog(pdf, "会议通知")
    qtbot.addWidget(dialog)
    def to_file() -> QPrinter:  # as the print dialog gives it, one for each 打印
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    # a file may not grow past 64 KB: the operating system refuses Qt's writes (EFBIG), as a
    # full disk does (ENOSPC); the signal that would end the process is ignored meanwhile
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, limits[1]))
    try:
        with pytest.raises(OfficeDeskError, match="磁盘空间不足"):
            dialog.print_to(to_file())
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert target.read_bytes() == EARLIER
    assert sorted(p.name for p in tmp_path.iterdir()) == ["会议通知.pdf"]
    assert dialog.print_to(to_file()) == dialog.page_count()  # with room, the whole PDF is written under his name
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["会议通知.pdf"]


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word that the file could not be started
def test_printing_to_a_file_in_a_folder_that_cannot_take_it_says_why(qtbot, pdf, tmp_path):
    """打印到文件 into a folder that is not there (or cannot be written): it said “打印没有完成：
    打印机无法开始打印 … 请检查打印机是否开机、联网并有纸” — of a file."""
    from PySide6.QtPrintSupport import QPrinter

    dialog = PrintPreviewDialog(pdf, "会议通知")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "不存在的文件夹" / "会议通知.pdf"
    printer.setOutputFileName(str(target))
    with pytest.raises(OfficeDeskError) as refused:
        dialog.print_to(printer)
    assert str(target) in refused.value.message and "文件夹不存在" in refused.value.message
    assert "打印机" not in refused.value.message
    assert printer.outputFileName() == str(target)  # the dialog's choice left as the clerk gave it
