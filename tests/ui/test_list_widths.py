"""A list's search box keeps room to type and its filter combos give way, so that in English
(longer words) the window still fits a 1366-pixel screen with room to spare."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

SCREEN_WIDTH = 1366
SEARCH_MIN_WIDTH = 160  # px: a word or two typed stays visible


def _all_tabs_built(window, qtbot):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)


def test_english_window_fits_the_laptop_with_the_search_box_usable(english, main_window, qtbot):
    _all_tabs_built(main_window, qtbot)
    narrowest = main_window.minimumSizeHint().width()
    assert narrowest <= SCREEN_WIDTH - 120, narrowest  # room beside the frame and the screen edge

    documents = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(documents)
    main_window.resize(narrowest, main_window.height())
    qtbot.waitUntil(lambda: main_window.width() == narrowest)
    for page in (documents.incoming, documents.outgoing):
        documents.setCurrentWidget(page)
        qtbot.wait(1)
        assert page.list.search_box.width() >= SEARCH_MIN_WIDTH


def test_filter_combos_do_not_take_the_width_of_their_longest_choice(english, main_window, qtbot):
    documents = main_window.build_tab("documents")
    combos = [c for c in documents.incoming.list.findChildren(QComboBox) if c.count() > 1]
    assert len(combos) >= 4
    narrower = 0
    for combo in combos:
        reference = QComboBox()  # Qt's default: as wide as the longest choice
        reference.addItems([combo.itemText(i) for i in range(combo.count())])
        narrower += combo.minimumSizeHint().width() < reference.minimumSizeHint().width()
    assert narrower >= 3  # Status, Unit, Classification, Document type: long English choices
