"""The 工作台's start checklist, shown until the directory has units, people and rooms."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officedesk.core import directory, settings


def start_steps() -> list[tuple[str, bool]]:
    """(step, done) in the order a new office does them."""
    units, people, rooms = directory.filled()
    return [
        ("填写机关名称和机关代字（工具 → 系统设置 → 单位信息）", bool(settings.get("org.name"))),
        ("导入或添加单位（通讯录 → 单位）", units),
        ("导入或添加人员（通讯录 → 人员）", people),
        ("添加会议室（通讯录 → 会议室）", rooms),
    ]


def directory_ready() -> bool:
    return all(directory.filled())


class StartChecklist(QFrame):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("开始使用"))
        self.heading = QLabel(self.tr("<b>开始使用：先做好这几步</b>"), self)
        self.steps = QLabel(self)
        self.steps.setAccessibleName(self.tr("开始使用的步骤"))
        self.steps.setWordWrap(True)
        directory = QPushButton(self.tr("打开通讯录"), self)
        directory.setAccessibleName(self.tr("打开通讯录"))
        directory.clicked.connect(self.open_directory)
        row = QHBoxLayout()
        row.addWidget(directory)
        if ctx.actor.is_admin:
            setup = QPushButton(self.tr("系统设置…"), self)
            setup.setAccessibleName(self.tr("打开系统设置"))
            setup.clicked.connect(self.open_settings)
            row.addWidget(setup)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        self.update_steps()

    def update_steps(self) -> None:
        """Ticked steps, the next one in bold; hidden once the directory is filled."""
        lines = []
        for text, done in start_steps():
            mark = "✔" if done else "☐"
            lines.append(f"{mark} {self.tr(text)}")
        self.steps.setText("\n".join(lines))
        self.setVisible(not directory_ready())

    def open_directory(self) -> None:
        window = self.ctx.main_window
        if window is not None:
            window.tabs.setCurrentWidget(window.build_tab("directory"))

    def open_settings(self) -> None:
        from officedesk.ui import actions

        if self.ctx.main_window is not None:
            actions.edit_settings(self.ctx.main_window)
