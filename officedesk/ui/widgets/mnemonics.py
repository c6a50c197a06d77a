"""Alt+letter for the buttons a clerk presses (mnemonics), in both languages alike.

A button's letter comes from its English text — 保存 is “&Save” in English and “保存(&S)” in
Chinese, as Chinese Windows programs write it —, so a clerk keeps his keys when he changes the
interface's language. The Chinese window finds the English through our English translation
(its context-free messages hold every glossary entry). `give_keys(root)` gives every button
below `root` that has none a letter no other button there (nor the main window's menus) has:
a word's first letter where it can, else another of its letters; the buttons that must keep
their usual letter (保存 S, 取消 C, 新建 N, 打印 P, 删除 D) choose first. A page inside a tab
widget (收文 / 发文) shares only the letters of what is around it, as only one page shows.
Where letters run short the two windows part: the Chinese one adds a free letter in brackets
(附件(&Q)), the English one moves letters about so each button it can has one of its words,
and leaves a button none fits without (English never writes “Attachments (&Q)”).

Core stays without Qt and without “&”: a step's name (core's declaration) gets its letter here,
from its text as the window shows it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

# the main window's menus: 文件(&F) 编辑(&E) 转到(&G) 工具(&T) 帮助(&H) — and &File &Edit &Go
# &Tools &Help; no button of a page takes them (tests/ui/test_mnemonics.py checks the menus)
RESERVED = frozenset("FEGTH")
# the buttons every page has keep one letter everywhere, chosen before any other button's
USUAL = {"Save": "S", "Cancel": "C", "New": "N", "Print": "P", "Delete": "D", "Edit": "I",
         "History": "Y", "Register": "R"}
# a button the window names itself: 更多 (the folding bar's), the arrows of a calendar
SKIP_PROPERTY = "noMnemonic"
# a button outside the folding bars that chooses with them (a page's 新建 / 拟稿 / 签收)
FIRST_PROPERTY = "mnemonicFirst"
# a tab's caption whose letter give_tab_keys gave: a page built later may take it back
GIVEN_PROPERTY = "captionKeyGiven"
CAPTIONS_SPARE = RESERVED | set(USUAL.values())  # what a tab's captions leave to the buttons

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
# a shortcut a button names after its words: “Save (Ctrl+S)”, 保存(Ctrl+S)
_SHORTCUT = re.compile(r"\s*[(（](?:Ctrl|Alt|Shift)\+[^)）]*[)）]\s*$")
_KEY = re.compile(r"&([^&\s])")
_english: QTranslator | None = None


def key_of(text: str) -> str | None:
    """The letter a text's “&” marks (upper case), or None."""
    found = _KEY.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def plain(text: str) -> str:
    """The text without its mnemonic: 保存(&S) → 保存, &Save → Save."""
    text = re.sub(r"[(（]&[^&\s][)）]", "", text)
    return re.sub(r"&([^&])", r"\1", text).replace("&&", "&")


def english_of(text: str) -> str:
    """The English of a shown text: itself when it is English already, else our English
    translation's (the context-free messages hold every glossary entry); "" when none. The
    English window's text is its own English though it shows Chinese (“Heading 1 (一、)”)."""
    if not _CJK.search(text) or _in_english():
        return text
    global _english
    if _english is None:
        from officedesk.resources import resource_path

        translator = QTranslator(QCoreApplication.instance())
        translator.load(str(resource_path("translations", "officedesk_en.qm")))
        _english = translator
    return _english.translate("", text) or ""


def _in_english() -> bool:
    return QLocale().language() == QLocale.Language.English


def _words(english: str) -> str:
    """A button's English without the shortcut it names: “Save (Ctrl+S)” → “Save”."""
    return _SHORTCUT.sub("", english)


def _places(english: str, rank: int) -> list[int]:
    """Where a letter may be marked: each word's first letter (rank 0), then every other
    letter (rank 1), in order; rank 2: none of its own (any free letter is added). Not in a
    shortcut the button names: “Save (Ctrl+S)” is Save's S, never Ctrl's C."""
    english = _words(english)
    starts = [m.start() for m in re.finditer(r"(?<![A-Za-z])[A-Za-z]", english)]
    if rank == 0:
        return starts
    if rank == 1:
        return [i for i, c in enumerate(english) if c.isascii() and c.isalpha() and i not in starts]
    return []


def with_key(text: str, english: str, place: int, letter: str = "") -> str:
    """`text` with the letter at `place` of its English marked: English “Sa&ve”, Chinese
    “保存(&V)” (before a closing “…”, a bracketed shortcut or a caption's colon: 催办(&R)…,
    新建(&N)(Ctrl+N), 年度(&Y)：).
    A `letter` not in the English (place -1) is added in brackets in both: “Attachments (&Q)”."""
    if place >= 0 and text == english:
        return text[:place] + "&" + text[place:]
    mark = f"(&{(letter or english[place]).upper()})"
    if not _CJK.search(text):
        mark = " " + mark
    cut = len(text) - (1 if text.endswith(("：", ":")) else 0)
    for tail in ("…", "...", " (", "(", "（"):
        at = text.find(tail)
        if 0 < at < cut:
            cut = at
    return text[:cut] + mark + text[cut:]


def with_digit(text: str, digit: int) -> str:
    """`text` keyed Alt+digit: the English window marks the digit its words hold (“Heading &1
    (一、)”), the Chinese one adds it in brackets (一级标题(&1)（一、）)."""
    if _in_english() and f" {digit}" in text:
        return text.replace(f" {digit}", f" &{digit}", 1)
    return with_key(text, "", -1, str(digit))


def _buttons(root: QWidget, pages: list[QWidget]) -> tuple[list[QAbstractButton], list[QAbstractButton]]:
    """The buttons below root with a text, less those inside one of `pages`, in two groups:
    the rows' (a page's 新建 marked FIRST_PROPERTY, then its folding bars' buttons as they
    read), which choose their letters first; then the others (a list's 作废, an empty list's
    新建 …)."""
    from officedesk.ui.widgets.fold_bar import FoldingBar

    def wanted(button: QAbstractButton) -> bool:
        return (
            bool(button.text())
            # a tool button showing an action (删除草稿, 作废) takes its text from the action
            # again at every change (enabled, tip): a letter given to it would not last
            and not (isinstance(button, QToolButton) and button.defaultAction() is not None)
            and not button.property(SKIP_PROPERTY)
            and not any(page is button or page.isAncestorOf(button) for page in pages)
        )

    every = root.findChildren(QAbstractButton)
    rows: list[QAbstractButton] = [b for b in every if b.property(FIRST_PROPERTY)]
    for bar in root.findChildren(FoldingBar):
        rows += [w for w in bar.widgets()
                 if isinstance(w, QAbstractButton) and not any(w is r for r in rows)]
    rest = [b for b in every if not any(b is w for w in rows)]
    return [b for b in rows if wanted(b)], [b for b in rest if wanted(b)]


def _taken(root: QWidget, pages: list[QWidget]) -> set[str]:
    """Letters already marked below root (labels with a buddy, buttons written with “&”)."""
    keys = set()
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if any(page is widget or page.isAncestorOf(widget) for page in pages):
            continue
        key = key_of(widget.text())
        if key:
            keys.add(key)
    return keys


def _inner_pages(root: QWidget) -> list[QWidget]:
    """The pages of the tab widgets below root (a tab widget that is root counts too)."""
    holders = [root] if isinstance(root, QTabWidget) else []
    holders += root.findChildren(QTabWidget)
    pages: list[QWidget] = []
    for holder in holders:
        pages += [page for i in range(holder.count()) if (page := holder.widget(i)) is not None]
    # only the outermost: an inner page of a page is that page's business
    return [p for p in pages if not any(q is not p and q.isAncestorOf(p) for q in pages)]


class Caption:
    """A form's caption (a QLabel with a buddy) as `assign` reads it: without the “* ” that
    marks its field required, which stays in front (“* 来源(&O)”, “* S&ource”)."""

    REQUIRED = "* "

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.mark = self.REQUIRED if label.text().startswith(self.REQUIRED) else ""

    def text(self) -> str:
        return self.label.text()[len(self.mark):]

    def setText(self, text: str) -> None:  # noqa: N802 - as the widgets' own
        self.label.setText(self.mark + text)
        # drawn with its letter underlined, a caption is shaped apart and comes out wider than Qt
        # measured it: the widest caption lost its “)” (联合发文机关(J), and English ones their
        # last letter (Telephon|e, in the 人员 and 效能投诉 forms)
        metrics = self.label.fontMetrics()
        self.label.setMinimumWidth(metrics.horizontalAdvance(plain(self.label.text()))
                                   + metrics.averageCharWidth())


Keyed = QAbstractButton | QAction | Caption  # a button, a menu's entry, a form's caption


def _chooses_first(button: Keyed) -> bool:
    return isinstance(button, QWidget) and bool(button.property(FIRST_PROPERTY))


def _mark(button: Keyed, english: str, place: int, letter: str) -> None:
    if isinstance(button, QWidget) and not button.accessibleName():  # not “保存(S)” from the text
        button.setAccessibleName(plain(button.text()))
    button.setText(with_key(button.text(), english, place, letter))


def give_menu_keys(menu: QMenu) -> None:
    """Letters for a menu's entries that have none (文件 → 导入 Excel(&I)…), unique in it."""
    assign([a for a in menu.actions() if not a.isSeparator() and a.text()], taken=())


def assign(*groups: Iterable[Keyed], taken: Iterable[str] = RESERVED) -> set[str]:
    """Give each button without a letter one that is not taken; the usual buttons (USUAL)
    first, then each group in turn (the rows' buttons before the others), each word's first
    letters before its other letters, any free letter last (“附件(&Q)”). In the English window a
    button whose letters are all taken asks the others given one here to move to another of
    their own (`_Plan.make_room`): English marks a letter of its words (&Attachments), and a
    button no arrangement leaves one goes without (no Chinese-style “Attachments (&Q)”); the
    Chinese window's letters stay as the order gives them. Returns the letters used."""
    used = {key.upper() for key in taken}
    waiting: list[list[Keyed]] = []
    for group in groups:
        waiting.append([])
        for button in group:
            key = key_of(button.text())
            if key:
                used.add(key)
            elif "&" not in button.text():
                waiting[-1].append(button)
    english = {id(b): english_of(b.text()) for group in waiting for b in group}
    plan = _Plan(used, english)
    for group in waiting:
        for button in list(group):
            text = english[id(button)]
            letter = USUAL.get(_words(text).rstrip("…. "))
            if letter and letter not in used:
                plan.give(button, text.upper().find(letter), letter, movable=False)
                group.remove(button)
    for group in waiting:
        for rank in (0, 1, 2):
            for button in list(group):
                text = english[id(button)]
                if rank == 2 and not re.search("[A-Za-z]", text):
                    continue  # no English to go by (an arrow ◀, a number): left without
                if rank == 2 and plan.english_only(button):
                    if plan.make_room(button):
                        group.remove(button)
                    continue  # English: a letter of its words, or none (never “Draft (&Z)”)
                spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in used][:1]
                places = _places(text, rank) if rank < 2 else [-1] * len(spare)
                for place in places:
                    letter = text[place].upper() if place >= 0 else spare[0]
                    if letter not in used:
                        # a button that chooses first (FIRST_PROPERTY: 打印交办单's P) keeps its
                        # letter: no other button's need moves it in the English window
                        plan.give(button, place, letter, movable=not _chooses_first(button))
                        group.remove(button)
                        break
    plan.mark()
    return used


class _Plan:
    """The letters chosen, marked once all are: a button of the English window given a letter
    of its words may still move to another of its own to make room for one that has none
    (an augmenting path: each letter one button). The Chinese window keeps the order's letters."""

    def __init__(self, used: set[str], english: dict[int, str]) -> None:
        self.used, self.english = used, english
        self.chosen: dict[int, tuple[Keyed, int, str]] = {}
        self.holder: dict[str, Keyed] = {}  # letter -> the movable button holding it
        self.in_english = _in_english()

    def give(self, button: Keyed, place: int, letter: str, movable: bool = True) -> None:
        self.chosen[id(button)] = (button, place, letter)
        self.used.add(letter)
        if movable and place >= 0 and self.english_only(button):
            self.holder[letter] = button

    def english_only(self, button: Keyed) -> bool:
        """The English window's button (its text English): marked in its words or not at all."""
        return self.in_english and self.english[id(button)] == button.text()

    def make_room(self, button: Keyed) -> bool:
        """A letter of the button's words, another button moving to another of its own."""
        return self._augment(button, set())

    def _augment(self, button: Keyed, seen: set[str]) -> bool:
        text = self.english[id(button)]
        for place in _places(text, 0) + _places(text, 1):
            letter = text[place].upper()
            if letter in seen:
                continue
            seen.add(letter)
            other = self.holder.get(letter)
            if letter not in self.used or (other is not None and self._augment(other, seen)):
                self.give(button, place, letter)
                return True
        return False

    def mark(self) -> None:
        for button, place, letter in self.chosen.values():
            _mark(button, self.english[id(button)], place, letter)


def keys_taken(root: QWidget) -> set[str]:
    """The letters marked below root now (its buttons', its captions')."""
    return _taken(root, [])


def give_caption_keys(labels: Iterable[QLabel], taken: Iterable[str]) -> None:
    """Alt+letter for a form's captions, each focusing its field (the label's buddy), besides
    the letters `taken` (the dialog's buttons': 保存 S, 取消 C): a word's first letter of the
    field's English where free, as the buttons choose theirs; written in the Chinese way in the
    Chinese window (来源(&O)), within the words in the English one (S&ource)."""
    assign([Caption(label) for label in labels if label.buddy() is not None and label.text()
            # a field that takes no focus (系统设置's 正在使用的字体文件, a text to read): Qt's
            # Alt+letter would do nothing there
            and label.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus],
           taken=taken)


def give_keys(root: QWidget, taken: Iterable[str] = RESERVED) -> None:
    """Letters for every button below `root` (a tab's page, a dialog); each page of a tab
    widget below it gets its own, besides the letters of what is around it."""
    pages = _inner_pages(root)
    around = _taken(root, pages) | set(taken)
    around |= assign(*_buttons(root, pages), taken=around)
    for page in pages:
        give_keys(page, around)


def give_tab_keys(tab: QWidget) -> None:
    """Letters for a main window's tab: its buttons' (give_keys), then the captions that name a
    field (效能's 期间, 公文统计's 年度) from the letters the buttons that show with them leave,
    and the menus'. A page built later (效能投诉) has its buttons' letters first (give_page_keys);
    the usual buttons' letters (登记 R) are left to it, so that the captions' seldom move then."""
    give_keys(tab)
    _give_captions(tab, RESERVED)


def _give_captions(root: QWidget, taken: Iterable[str],
                   spare: frozenset[str] = CAPTIONS_SPARE) -> None:
    """A caption outside root's pages shows with every page: it takes none of their letters,
    nor `spare` (the usual buttons') when root has pages (one may be built later); a page's
    caption none of its page's nor of what is around it (give_keys' way for buttons): Qt
    answers only the shown page's letters (a hidden widget's shortcut does not match), so
    each page is a pool of its own."""
    pages = _inner_pages(root)
    captions = [label for label in root.findChildren(QLabel)
                if label.buddy() is not None and not key_of(label.text())
                and not any(page.isAncestorOf(label) for page in pages)]
    used = set(taken) | _taken(root, pages)
    give_caption_keys(captions, taken=used.union(spare if pages else (),
                                                 *(keys_taken(page) for page in pages)))
    for label in captions:
        label.setProperty(GIVEN_PROPERTY, bool(key_of(label.text())))
    around = used | _taken(root, pages)  # with the captions just given
    for page in pages:
        _give_captions(page, around, spare)


def give_page_keys(root: QWidget, page: QWidget) -> None:
    """Letters for a page built late into a tab widget below `root` (效能投诉, built when first
    shown): besides those of what is around it in root, and the menus'. In the English window,
    where a button takes only a letter of its words, the captions root's tab gave theirs (效能's
    期间 单位 发文字号) choose again after the page's buttons: a button's letter counts more than a
    caption's, which Tab reaches too. The Chinese window has letters to spare: nothing moves."""
    pages = _inner_pages(root)
    given = [label for label in root.findChildren(QLabel) if label.property(GIVEN_PROPERTY)
             and not any(p.isAncestorOf(label) for p in pages)] if _in_english() else []
    for label in given:
        Caption(label).setText(plain(Caption(label).text()))
    give_keys(page, RESERVED | _taken(root, pages))
    _give_captions(page, RESERVED | _taken(root, pages))  # the page's own captions
    if given:
        _give_captions(root, RESERVED)


class KeyedDialog(QDialog):
    """A dialog whose buttons get their Alt+letters when it first shows (the buttons a dialog
    adds later, a page it builds on demand, get theirs from give_keys/give_page_keys): every
    dialog of ours is one, a tool dialog (刊物, 排名, 统计 …) as well as a form."""

    _keyed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self._keyed:
            self._keyed = True
            give_dialog_keys(self)


def give_dialog_keys(dialog: QWidget) -> None:
    """Letters for a dialog's buttons, then for its captions (a step's 答复意见, 经办人 …, a tool
    dialog's fields, as a record form's) from those the buttons left — a page's captions from
    those its page's buttons and the dialog's leave; what has one keeps it.
    A dialog sized to its captions calls it before it measures them."""
    give_keys(dialog, taken=())
    # each page of a tab widget (系统设置's) its own pool, as for its buttons: one pool for all
    # left most of the English settings' captions without a letter; every page is built now
    _give_captions(dialog, (), spare=frozenset())
