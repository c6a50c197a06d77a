"""系统设置 in pages (打印与字体, 期限, 督查, 信访, 会议与座次, 效能, 信息, 编号 …): every choice
in words, a file chooser for font files, 恢复默认 on each page, and on the 打印与字体 page the
file each printed face uses and an 打印样张."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import menu_paths, settings, settings_refused
from officedesk.core.cli_words import for_window
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.menu_paths import OTHER_PAGE, PAGES, page_of
from officedesk.ui.widgets.form_dialog import ENTER_PASSES, FormDialog
from officedesk.ui.widgets.messages import info, show_error

# the pages (title -> the settings groups it holds) are core's, which names them in messages
# (工具 → 系统设置 → 单位信息); groups with a dialog of their own (工具 → 审批链与职务) are not here
OWN_DIALOG_GROUPS = set(menu_paths.OWN_DIALOGS)

# internal values of choices, in words (translated through the catalogue like any core text)
CHOICE_WORDS = {
    "leaders": "领导的左边（面向会场）",
    "audience": "台下看去的左边",
    "calendar": "自然日",
    "working": "工作日",
}
FONT_FILES = "字体文件 (*.ttf *.ttc *.otf)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class SettingsDialog(FormDialog):
    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from officedesk.declared_settings import declare_all

        declare_all()  # all of them, not only those of the modules used so far (打印 …)
        self.actor = actor  # core checks that an administrator saves (settings.put)
        # the values as read when it opened: what 保存 changes, and what core checks is still so
        self.loaded: dict[str, Any] = {}
        self.setWindowTitle(self.tr("系统设置"))
        self.setAccessibleName(self.tr("系统设置"))
        self.inputs: dict[str, QWidget] = {}
        self.refused_notes: dict[str, QLabel] = {}  # under a field whose kept value core refuses
        self.defaults: dict[str, Any] = {}
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("设置分页"))
        self.page_keys: dict[str, list[str]] = {}
        self.page_boxes: dict[str, QVBoxLayout] = {}
        forms: dict[str, QFormLayout] = {}
        order = [title for title, _groups in PAGES] + [OTHER_PAGE]
        chosen = sorted(
            (s for s in settings.declared() if s.group not in OWN_DIALOG_GROUPS),
            key=lambda s: order.index(page_of(s.group)),
        )
        for setting in chosen:
            title = page_of(setting.group)
            if title not in forms:
                forms[title] = self._add_page(title)
            self.page_keys.setdefault(title, []).append(setting.key)
            widget = self._make(setting)
            self.inputs[setting.key] = widget
            self.defaults[setting.key] = setting.default
            caption = display(setting.label)
            widget.setAccessibleName(caption)
            if setting.help:
                widget.setToolTip(display(for_window(setting.help)))
            row = self._with_browse(setting, widget)
            forms[title].addRow(caption, row)
            self._say_refused(setting, widget, forms[title])
            if row is not widget:  # its Alt+letter focuses the box, not the row holding it
                label = forms[title].labelForField(row)
                if isinstance(label, QLabel):
                    label.setBuddy(widget)
        if "打印与字体" in forms:
            self._add_font_report(forms["打印与字体"])
        for title in forms:  # made after the fields: Tab goes through them first
            self._add_reset(title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)  # the fields' hints whole beside English labels (760 cut them)
        self.setup_form(self.save)  # Esc, 取消 or closing asks before typed changes are lost

    # ---- pages
    def _add_page(self, title: str) -> QFormLayout:
        page = QWidget(self.pages)
        body = QWidget(page)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        box = QVBoxLayout(page)
        box.addWidget(scroll, 1)
        self.page_boxes[title] = box
        self.pages.addTab(page, _tr(title))
        return form

    def _add_reset(self, title: str) -> None:
        box = self.page_boxes[title]
        reset = QPushButton(self.tr("恢复默认"), box.parentWidget())
        reset.setAccessibleName(self.tr("恢复本页默认值"))
        reset.setToolTip(self.tr("把这一页的设置恢复为默认值（保存后生效）"))
        reset.clicked.connect(lambda _=False, t=title: self.restore_defaults(t))
        # Enter on from the page's last field goes past it to 保存: pressed by the next Enter,
        # it put back what had just been typed on the page
        reset.setProperty(ENTER_PASSES, True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reset)
        box.addLayout(row)

    def _make(self, setting: settings.Setting) -> QWidget:
        value = self.loaded[setting.key] = settings.get(setting.key)
        if setting.choices:
            combo = QComboBox(self)
            for choice in setting.choices:
                combo.addItem(display(CHOICE_WORDS.get(str(choice), str(choice))), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.kind is bool:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if setting.kind is int:
            spin = QSpinBox(self)
            spin.setRange(int(setting.minimum), int(setting.maximum))  # core's bounds
            spin.setValue(int(value))
            return spin
        if setting.kind is float:
            number = QDoubleSpinBox(self)
            number.setDecimals(2)
            number.setRange(setting.minimum, setting.maximum)  # core's bounds: what prints
            number.setSingleStep(0.1 if setting.maximum - setting.minimum <= 10 else 1.0)
            number.setValue(float(value))
            return number
        if setting.lines or "\n" in str(setting.default):  # a list, one item a line (信访问题类别)
            lines = QPlainTextEdit(str(value), self)
            lines.setTabChangesFocus(True)
            lines.setMaximumHeight(140)
            lines.setPlaceholderText(display(setting.blank) if setting.blank else "")
            return lines
        line = QLineEdit(str(value), self)
        line.setPlaceholderText(display(setting.blank) if setting.blank else "")  # what empty means
        return line

    def _say_refused(self, setting: settings.Setting, widget: QWidget, form: QFormLayout) -> None:
        """A kept value core refuses (read as the default, shown in the box): said under the
        field, and 保存 stores the box's value over it (core's check names it until then)."""
        refused = settings_refused.refusal(setting.key)
        if refused is None:
            return
        self.loaded[setting.key] = refused.stored  # what is kept: 保存 sends the box's value
        note = QLabel(display(settings_refused.field_text(refused)), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #b00020;")
        note.setAccessibleName(self.tr("保存的值不被接受"))
        self.refused_notes[setting.key] = note
        form.addRow("", note)
        widget.setAccessibleDescription(note.text())

    def _with_browse(self, setting: settings.Setting, widget: QWidget) -> QWidget:
        if not setting.key.startswith("print.font.") or not isinstance(widget, QLineEdit):
            return widget
        widget.setPlaceholderText(self.tr("留空：用本机的公文字体或自带字体"))
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        browse = QPushButton(self.tr("选择…"), holder)
        browse.setAccessibleName(self.tr("选择字体文件") + " " + display(setting.label))
        browse.clicked.connect(lambda _=False, w=widget: self.choose_font(w))
        row.addWidget(browse)
        return holder

    def choose_font(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择字体文件"), edit.text(), _tr(FONT_FILES)
        )
        if path:
            edit.setText(path)

    def _add_font_report(self, form: QFormLayout) -> None:
        self.font_report = QLabel(self)
        self.font_report.setWordWrap(True)
        self.font_report.setAccessibleName(self.tr("各字体所用文件"))
        self.show_font_files()
        specimen = QPushButton(self.tr("打印样张"), self)
        specimen.setAccessibleName(self.tr("打印样张"))
        specimen.setToolTip(self.tr("用已保存的字体设置印一页公文样张，检查字体和打印机"))
        specimen.clicked.connect(self.print_specimen)
        form.addRow(self.tr("正在使用的字体文件"), self.font_report)
        form.addRow("", specimen)

    def show_font_files(self) -> None:
        from officedesk.printing import fonts

        try:
            files = fonts.role_files()
            troubles = fonts.setting_troubles()  # a chosen file gone since: why, what to do
        except Exception as exc:  # noqa: BLE001 - a missing face is shown, not raised
            said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            self.font_report.setText(display(said))  # core's text (找不到可用的%1字体), translated
            return
        lines = [self.tr("%1：%2").replace("%1", display(fonts.ROLE_LABELS[role])).replace("%2", str(path))
                 for role, path in files.items()]
        self.font_report.setText("\n".join([display(t) for t in troubles] + lines))

    def print_specimen(self) -> None:
        from officedesk.printing import specimen
        from officedesk.ui.print_preview import show_pdf_preview

        show_pdf_preview(self, specimen.render_specimen(), self.tr("打印样张"))

    # ---- values
    def restore_defaults(self, title: str) -> None:
        for key in self.page_keys.get(title, []):
            self._set(self.inputs[key], self.defaults[key])

    @staticmethod
    def _set(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        else:
            widget.setValue(int(value))  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                result[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                result[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                result[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                result[key] = widget.text()
            else:
                result[key] = widget.value()  # type: ignore[attr-defined]
        return result

    def save(self) -> None:
        try:  # all at once: a rule between two settings sees both new values
            changed = {key: value for key, value in self.values().items()
                       if value != self.loaded.get(key, settings.get(key))}
            # another administrator's change since it opened is refused, not put back
            notes = settings.put_many(changed, self.actor,
                                      expected={key: self.loaded[key] for key in changed if key in self.loaded})
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        if notes:  # what followed (a petition's limits recomputed): said, not done silently
            info(self, _tr("系统设置"), "\n".join(notes))
        self.accept()
