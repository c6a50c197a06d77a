"""Font roles for printed papers, registered once per process and embedded as subsets.

Roles: 仿宋 (body), 黑体, 楷体, 小标宋 (titles, the red 发文机关标志), 宋体 (page numbers).
Each role uses, in this order:

1. the administrator's file, setting ``print.font.<role>`` (a path; ``path#2`` picks the
   third face of a ``.ttc`` collection);
2. an official face found on the workstation (Windows ``simfang.ttf``, ``simhei.ttf``,
   ``simkai.ttf``, ``simsun.ttc``, 方正小标宋 when installed; the same files copied into the
   usual Linux / macOS font folders), unless ``print.font.search_system`` is off;
3. the free TrueType face bundled in ``resources/fonts`` (built by ``scripts/build_fonts.py``
   from Debian's packages: 仿宋 from Fandol Fang, 小标宋 from Noto Serif SC Bold, 楷体 from
   LXGW WenKai, 宋体 from Fandol Song, each cut to GB 2312 + the 通用规范汉字表 characters of
   the source and converted to TrueType outlines; 黑体 WenQuanYi Micro Hei; licences in
   ``resources/fonts/licenses``), so a fresh machine prints correctly.

A character the role's face lacks is drawn in another role's face that has it (王堃's 堃 in
the bundled 仿宋: printing.fallback); one that no face has prints as an empty box and the paper
names it (``noting_missing``).

Only TrueType outlines are used (reportlab embeds a subset of them); a file reportlab cannot
embed (CFF ``.otf``, damaged) is skipped with a warning and the next choice is taken. Every
character, full-width punctuation and digits included, is drawn in the role's CJK face, so
，。：；“”《》〔〕—… never fall back to a Latin font.

``gui_fallback_font_file()`` gives the Qt layer the bundled face to load when the system has
no CJK font (ui only; this module never imports Qt).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from officedesk.core import i18n, menu_paths, settings
from officedesk.core.context_values import bound
from officedesk.printing import text_layer
from officedesk.printing.font_file_check import refusal as _refusal
from officedesk.printing.font_file_check import split_setting as _split_setting
from officedesk.resources import resource_path

log = logging.getLogger(__name__)
text_layer.install()  # a character outside the BMP (𠅤, a name) copies as itself, not as ‖ℹ

FANGSONG = "fangsong"
HEITI = "heiti"
KAITI = "kaiti"
TITLE = "xiaobiaosong"
SONG = "songti"

ROLES = (FANGSONG, HEITI, KAITI, TITLE, SONG)

ROLE_LABELS = {
    FANGSONG: "仿宋（正文）",
    HEITI: "黑体",
    KAITI: "楷体",
    TITLE: "小标宋（标题、发文机关标志）",
    SONG: "宋体（页码）",
}

# role -> (bundled file, subfont index in the .ttc): the mainland (CN) faces of the collections
BUNDLED = {
    FANGSONG: ("od-fangsong.ttf", 0),
    HEITI: ("wqy-microhei.ttc", 0),
    KAITI: ("od-kaiti.ttf", 0),
    TITLE: ("od-xiaobiaosong.ttf", 0),
    SONG: ("od-songti.ttf", 0),
}

# role -> official file names, best first (compared case-insensitively)
OFFICIAL = {
    FANGSONG: (
        "仿宋_GB2312.ttf",
        "FangSong_GB2312.ttf",
        "FS_GB2312.ttf",
        "simfang.ttf",
        "FangSong.ttf",
        "STFANGSO.TTF",
    ),
    HEITI: ("simhei.ttf", "SimHei.ttf", "STHeiti.ttf"),
    KAITI: ("楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "simkai.ttf", "KaiTi.ttf", "STKAITI.TTF"),
    TITLE: (
        "方正小标宋简体.ttf",
        "方正小标宋_GBK.ttf",
        "FZXBSJW.TTF",
        "FZXBSK.TTF",
        "FZXiaoBiaoSong-B05S.ttf",
        "FZXBSJW--GB1-0.ttf",
        "simsun.ttc",
        "SimSun.ttf",
    ),
    SONG: ("simsun.ttc", "SimSun.ttf", "simsun.ttf", "NSimSun.ttf"),
}

SETTINGS = {
    role: settings.declare(
        f"print.font.{role}",
        str,
        "",
        f"打印字体：{ROLE_LABELS[role]}",
        "打印",
        help="TrueType 字体文件（.ttf / .ttc）的完整路径；.ttc 可写 路径#序号。留空则自动查找。",
    )
    for role in ROLES
}
SEARCH_SYSTEM = settings.declare(
    "print.font.search_system",
    bool,
    True,
    "打印时优先使用本机安装的公文字体",
    "打印",
    help="关闭后始终使用软件自带的字体（各台电脑打印完全一致）。",
)


def font_file_refusal(value: str) -> str | None:
    """Why a `print.font.<role>` setting names no face reportlab can embed (None: it can, or
    it is empty): checked when it is saved (settings.check below). One that went wrong since
    (the file deleted) is kept as saved: `choice` skips it and prints with the next face,
    `setting_trouble` says why. Reads the file's table directory only, not the whole face."""
    return _refusal(value, "请改正路径（或用“选择…”按钮选取文件），或留空自动查找。")  # the button is 选择…


for _setting in SETTINGS.values():  # a file removed after it was saved: kept, and said
    settings.check(_setting.key, on_read=False)(font_file_refusal)


def setting_trouble(role: str) -> str | None:
    """Why the administrator's font file for a role (print.font.<role>) is not printed with —
    deleted or moved since it was chosen, damaged — and what to do, naming the face used
    meanwhile; None when there is no such setting or it prints. For the command line's print
    and settings and the 打印与字体 page."""
    configured = str(settings.get(SETTINGS[role].key) or "")
    # catalogue texts, each part too: the 打印与字体 page of the English window shows them in
    # English (they were f-strings, shown in Chinese there)
    redo = i18n.text("请把字体文件放回原处，或在“%1”中另选字体文件（或留空自动查找）。",
                     menu_paths.setting_path(SETTINGS[role]))
    why = _refusal(configured, redo)
    if why is None:
        if not configured.strip() or choice(role).source == "setting":
            return None
        why = i18n.text("字体文件“%1”无法嵌入打印。%2", i18n.Verbatim(str(_split_setting(configured)[0])), redo)
    used = choice(role)
    instead = (i18n.text("软件自带的字体") if used.source == "bundled"
               else i18n.text("本机的“%1”", i18n.Verbatim(used.path.name)))
    return i18n.text("打印字体“%1”：%2现暂用%3打印。", ROLE_LABELS[role], why, instead)


def setting_troubles() -> list[str]:
    """setting_trouble of every role that has one."""
    return [trouble for role in ROLES if (trouble := setting_trouble(role))]


@dataclass(frozen=True)
class FontChoice:
    """Where a role's face comes from: source is "setting", "system" or "bundled"."""

    role: str
    path: Path
    index: int
    source: str
    name: str  # the reportlab font name


_lock = threading.RLock()
_choices: dict[str, FontChoice] = {}
_by_file: dict[tuple[str, int], str] = {}  # (path, index) -> registered reportlab name
_system_index: dict[str, Path] | None = None


def font_dirs() -> list[Path]:
    """The folders where this operating system keeps installed fonts."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        dirs += [
            data_home / "fonts",
            home / ".fonts",
            Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts"),
        ]
    return [d for d in dirs if d.is_dir()]


def _system_files() -> dict[str, Path]:
    """Lower-cased file name -> path of every installed font file (scanned once)."""
    global _system_index
    if _system_index is None:
        found: dict[str, Path] = {}
        for folder in font_dirs():
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    if name.lower().endswith((".ttf", ".ttc")):
                        found.setdefault(name.lower(), Path(root) / name)
        _system_index = found
    return _system_index


def installed_files() -> dict[str, Path]:
    """Lower-cased file name -> path of every installed .ttf / .ttc (printing.fallback)."""
    return _system_files()


def find_system_font(role: str) -> Path | None:
    """The best official face for a role installed on this workstation, if any."""
    files = _system_files()
    for candidate in OFFICIAL[role]:
        path = files.get(candidate.lower())
        if path is not None:
            return path
    return None


def _register(path: Path, index: int) -> str:
    key = (str(path), index)
    name = _by_file.get(key)
    if name is None:
        digest = hashlib.sha1(f"{path.name}#{index}".encode()).hexdigest()[:8]
        name = f"OD-{path.stem[:20]}-{index}-{digest}"
        name = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in name)
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        _by_file[key] = name
    return name


def register_file(path: Path, index: int = 0) -> str:
    """Register a face file (once) and return its reportlab font name (printing.fallback)."""
    with _lock:
        return _register(path, index)


def role_of_registered(font_name: str) -> str | None:
    """The role whose resolved face is registered as font_name, or None."""
    for role, made in list(_choices.items()):
        if made.name == font_name:
            return role
    return None


def _candidates(role: str) -> list[tuple[Path, int, str]]:
    out: list[tuple[Path, int, str]] = []
    configured = str(settings.get(SETTINGS[role].key) or "")
    if configured.strip() and font_file_refusal(configured) is None:  # else: setting_trouble
        path, index = _split_setting(configured)
        out.append((path, index, "setting"))
    if settings.get(SEARCH_SYSTEM.key):
        system = find_system_font(role)
        if system is not None:
            out.append((system, 0, "system"))
    filename, index = BUNDLED[role]
    out.append((resource_path("fonts", filename), index, "bundled"))
    return out


def choice(role: str) -> FontChoice:
    """Resolve (and register, once) the face for a role."""
    if role not in ROLES:
        raise KeyError(role)
    with _lock:
        cached = _choices.get(role)
        if cached is not None:
            return cached
        last_error: Exception | None = None
        for path, index, source in _candidates(role):
            try:
                name = _register(path, index)
            except Exception as exc:  # unreadable, CFF outlines, no such subfont ...
                log.warning("字体 %s（%s）无法嵌入，改用下一个：%s", path, role, exc)
                last_error = exc
                continue
            made = FontChoice(role, path, index, source, name)
            _choices[role] = made
            return made
        raise RuntimeError(i18n.text("找不到可用的%1字体", ROLE_LABELS[role])) from last_error


def register_fonts() -> dict[str, str]:
    """Register every role (once) and return role -> reportlab font name."""
    return {role: choice(role).name for role in ROLES}


def font(role: str) -> str:
    """The reportlab font name for a role, registering its face on first use."""
    cached = _choices.get(role)
    return cached.name if cached is not None else choice(role).name


_LIGHT_TITLE_FILES = frozenset({"simsun.ttc", "simsun.ttf", "nsimsun.ttf"})


def fake_bold(role: str) -> bool:
    """True when the role's face is a light 宋体 standing in for 小标宋 (a workstation without
    方正小标宋): titles then get a thin stroke so they read as heavy. The bundled 小标宋 is a
    bold serif already."""
    return role == TITLE and choice(role).path.name.lower() in _LIGHT_TITLE_FILES


def is_bundled(role: str) -> bool:
    """True when the role prints with the free bundled face (no official face available)."""
    return choice(role).source == "bundled"


_settings_seen: tuple[object, ...] | None = None


def refresh_if_settings_changed() -> bool:
    """Re-resolve the faces when the administrator changed a font setting since the last
    print (called once per form, so a change applies to the next print without a restart).
    Returns True when the faces were reset."""
    global _settings_seen
    current = tuple(settings.get(SETTINGS[role].key) for role in ROLES) + (
        settings.get(SEARCH_SYSTEM.key),
    )
    if _settings_seen is None:
        _settings_seen = current
        return False
    if current != _settings_seen:
        _settings_seen = current
        reset_fonts()
        return True
    return False


def reset_fonts() -> None:
    """Forget the resolved faces (after the administrator changed a font setting) and rescan."""
    global _system_index
    from officedesk.printing import fallback  # it reads this module's faces

    with _lock:
        _choices.clear()
        _system_index = None
        fallback.reset()


def bundled_font_file(role: str) -> Path:
    return resource_path("fonts", BUNDLED[role][0])


def gui_fallback_font_file() -> Path:
    """The bundled sans-serif CJK face the GUI loads when the system has no Chinese font."""
    return resource_path("fonts", BUNDLED[HEITI][0])


def role_files() -> dict[str, str]:
    """Role -> the font file in use (``path#index`` for a face inside a .ttc collection), for
    the settings page that shows which file each role prints with."""
    out: dict[str, str] = {}
    for role in ROLES:
        made = choice(role)
        out[role] = str(made.path) + (f"#{made.index}" if made.index else "")
    return out


_cmaps: dict[str, frozenset[int]] = {}
# the characters a face lacked while a paper was made (noting_missing), per thread of work
MISSING: ContextVar[set[str] | None] = ContextVar("printing_missing", default=None)


@contextlib.contextmanager
def noting_missing() -> Iterator[set[str]]:
    """The characters measured for drawing, while this is open, in a face that has no glyph for
    them (王堃's 堃 in a face without it prints as an empty box): the paper says so."""
    found: set[str] = set()
    with bound(MISSING, found):
        yield found


def note_if_missing(char: str, font_name: str) -> None:
    """layout's measuring of a character: noted when the face lacks it (and a paper is noting)."""
    noted = MISSING.get()
    if noted is None or char.isspace():
        return
    have = cmap(font_name)
    if have and ord(char) not in have:  # a face without a cmap (built-in Type 1) is not judged
        noted.add(char)


# the characters drawn in the 黑体 inside a line of another face (noting_stand_ins)
IN_HEITI: ContextVar[set[str] | None] = ContextVar("printing_in_heiti", default=None)


@contextlib.contextmanager
def noting_stand_ins() -> Iterator[set[str]]:
    """The characters measured for drawing, while this is open, in the 黑体 standing in for a
    仿宋, 楷体, 宋体 or 小标宋 that lacks them (頔 in a 仿宋 line): the paper says so."""
    found: set[str] = set()
    with bound(IN_HEITI, found):
        yield found


def note_stand_in(char: str, font_name: str, drawn_in: str) -> None:
    """layout's measuring: noted when ``drawn_in`` is the 黑体 standing in for another face."""
    noted = IN_HEITI.get()
    if noted is None or drawn_in == font_name or char.isspace():
        return
    if role_of_registered(drawn_in) == HEITI and role_of_registered(font_name) != HEITI:
        noted.add(char)


def cmap(font_name: str) -> frozenset[int]:
    """The code points a registered face draws (empty when it has no cmap), read once."""
    found = _cmaps.get(font_name)
    if found is None:
        face = pdfmetrics.getFont(font_name).face
        found = _cmaps[font_name] = frozenset(getattr(face, "charToGlyph", {}))
    return found


def face_lacks(font_name: str, char: str) -> bool:
    """Whether a registered face has no glyph for char (a face without a cmap is not judged)."""
    have = cmap(font_name)
    return bool(have) and not char.isspace() and ord(char) not in have


def coverage(role: str) -> frozenset[int]:
    """The code points the role's face draws (its cmap), read once per face."""
    return cmap(font(role))


def missing(role: str, text: str) -> str:
    """The characters of text the role's face lacks (they would print in another face, or as
    an empty box): '' when the face draws them all. Spaces and line breaks never count."""
    have = coverage(role)
    seen: dict[str, None] = {}
    for char in text:
        if not char.isspace() and ord(char) not in have:
            seen.setdefault(char)
    return "".join(seen)


def role_of_font_name(pdf_font_name: str) -> str | None:
    """The role whose registered face a PDF font name (``ABCDEF+OD-FangSong``, as PyMuPDF
    reports it) belongs to, or None for a face no role uses."""
    base = pdf_font_name.split("+", 1)[-1]
    register_fonts()
    for role, made in list(_choices.items()):
        face_name = pdfmetrics.getFont(made.name).face.name
        if isinstance(face_name, bytes):
            face_name = face_name.decode("latin-1")
        # reportlab names a face of a .ttc collection "<name>-<index>"
        if base in (face_name, f"{face_name}-{made.index}"):
            return role
    return None
