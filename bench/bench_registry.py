"""Benchmark the GUI over a big registry: start-up, first paint, jump to end, filter, search.

    python bench/bench_registry.py [--rows 100000] [--registry petitions] [--db PATH]

Generates the registry straight into the tables (bulk inserts, search index rebuilt in one go;
no audit entries: this measures reading, not writing), then times, in this order:
start-up of the real program to its painted main window (a subprocess, median of 3), the first
paint of the registry's list, a jump to the last row, a filter on a choice field, and searches
for a 2- and a 4-character word (the list filtered by the search index, and the raw index).
Prints a table. Targets at 100,000 records: start-up < 0.5 s, first paint < 150 ms, search < 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕红梅玉兰文婷"
PLACES = [f"{town}{village}村" for town in ("龙泉镇", "青石镇", "石桥镇", "白沙乡", "河口镇", "梅岭乡", "柳溪乡",
                                               "松坪乡", "城关镇", "云台乡")
          for village in ("东风", "新华", "红星", "大坪", "柏树", "高桥", "河湾", "石门", "柳树", "田坝")]
SUBJECTS = ["村道硬化工程", "小区物业服务", "农村低保待遇", "企业排污", "违章建筑", "医疗费用报销", "学校周边交通",
            "子女入学", "集体财务收支", "供水管网", "棚户区改造", "集体土地", "拆迁安置房", "征地补偿标准",
            "养殖场污染", "工程款结算", "退役军人待遇", "社保缴费年限", "危房改造补助", "林地承包合同",
            "河道采砂", "噪声扰民", "燃气管道", "宅基地审批", "医保异地结算", "农民工工资", "耕地占用",
            "电力线路改造", "垃圾中转站选址", "公交线路调整", "教师编制", "村干部作风", "低保评议", "残疾人补贴",
            "水库移民扶持", "商品房交房延期", "物业维修基金", "停车位产权", "学校食堂", "农资质量"]
ASKS = ["存在质量问题", "长期得不到解决", "要求依法处理", "要求公开相关信息", "对处理结果不满意", "要求落实政策",
        "要求赔偿损失", "要求追究责任", "请求协调解决", "反映多次未果"]


def chinese_text(rng: random.Random, length: int = 100) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append(f"反映{rng.choice(PLACES)}{rng.choice(SUBJECTS)}{rng.choice(ASKS)}")
        parts.append(rng.choice("，。；"))
    return "".join(parts)[:length]


def generate(spec, rows: int, rng: random.Random) -> None:
    """Rows straight into the tables with executemany, the search index (search_doc and the
    FTS rows) in the same pass: about 10-20 s per 100,000 petitions on 2 cores, most of it
    the FTS index. No audit entries: this measures reading, not writing."""
    import peewee

    from officedesk.core import fields as F
    from officedesk.store import search_index
    from officedesk.store.db import database

    model = spec.model
    columns = model._meta.fields
    now = dt.datetime(2026, 11, 1, 9, 0)
    start_day = dt.date(2024, 1, 1)
    names = [name for name in columns if name != "id"]
    quoted = ", ".join(f'"{columns[name].column_name}"' for name in ["id", *names])
    insert = f'insert into "{model._meta.table_name}" ({quoted}) values ({", ".join("?" for _ in range(len(names) + 1))})'
    searchable = [f.name for f in spec.fields if f.searchable]
    fields_by_name = {f.name: f for f in spec.fields}
    choice_lists = {f.name: f.choice_list() for f in spec.fields if f.choices}

    def value_for(field):
        column = columns.get(field.name)
        if column is None or isinstance(column, peewee.ForeignKeyField):
            return None
        options = choice_lists.get(field.name)
        if options:
            return rng.choice(options)
        if field.kind == F.DATE:
            return (start_day + dt.timedelta(days=rng.randrange(1000))).isoformat()
        if field.kind == F.DATETIME:
            return (now - dt.timedelta(hours=rng.randrange(20000))).isoformat(sep=" ")
        if field.kind in (F.INT, F.PERCENT):
            return rng.randrange(1, 6) if field.kind == F.INT else rng.randrange(0, 101)
        if field.kind == F.BOOL:
            return int(rng.random() < 0.2)
        if field.kind == F.LONGTEXT:
            return chinese_text(rng, 100)
        if field.sensitive == F.MASK_PHONE:
            return f"13{rng.randrange(10**9):09d}"
        if field.sensitive:
            return ""
        if field.name in (spec.title_field,):
            return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(SUBJECTS)
        return rng.choice(SURNAMES) + rng.choice(GIVEN)

    def filler(column):
        if column.null:
            return None
        if column.default is not None and not callable(column.default):
            return column.default
        return "" if isinstance(column, peewee.CharField | peewee.TextField) else 0

    connection = database.connection()
    first = (connection.execute(f'select coalesce(max(id), 0) from "{model._meta.table_name}"').fetchone()[0]) + 1
    stamps = {"created_at": now.isoformat(sep=" "), "created_by": "bench", "updated_at": now.isoformat(sep=" "),
              "updated_by": "bench", "version": 1}
    with database.atomic():
        for chunk_start in range(0, rows, 5000):
            table_rows, docs = [], []
            for n in range(chunk_start, min(rows, chunk_start + 5000)):
                values = dict(stamps)
                for name in names:
                    field = fields_by_name.get(name)
                    value = value_for(field) if field is not None else None
                    values[name] = value if value is not None else values.get(name, filler(columns[name]))
                if spec.number_field:
                    values[spec.number_field] = f"BENCH-{first + n}"
                values["id"] = first + n
                table_rows.append((first + n, *(values[name] for name in names)))
                title = str(values.get(spec.title_field) or "")[:300]
                # as records.search_text, without the sub-records (there are none here)
                body = "\n".join(str(values[name]) for name in searchable if values.get(name))
                docs.append((spec.name, first + n, 0, title, body))
            connection.executemany(insert, table_rows)
            search_index.insert_many(docs)


def measure_startup(db_path: str, runs: int = 3) -> float:
    times = []
    env = dict(os.environ, OFFICEDESK_HOME=tempfile.mkdtemp(), OFFICEDESK_STARTUP_PROBE="1")
    # an installed program has its bytecode compiled; a first run here writes it
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", db_path], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "officedesk", "--smoke", "--db", db_path],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("painted"):
                times.append(time.perf_counter() - started)
                break
        proc.wait()
    return statistics.median(times)


def timed(fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--registry", default="petitions")
    parser.add_argument("--db", help="reuse (or create) this database file")
    args = parser.parse_args()

    os.environ.setdefault("OFFICEDESK_HOME", tempfile.mkdtemp(prefix="officedesk-bench-"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from officedesk.core import records, registry
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.errors import ValidationError
    from officedesk.store import search_index
    from officedesk.store.db import open_database

    db_path = args.db or str(Path(os.environ["OFFICEDESK_HOME"]) / f"bench-{args.rows}.db")
    open_database(db_path)
    try:
        spec = registry.get(args.registry)
    except ValidationError:
        spec = registry.get("people")
    have = spec.model.select().count()
    if have < args.rows:
        started = time.perf_counter()
        generate(spec, args.rows - have, random.Random(7))
        print(
            f"generated {args.rows - have} {spec.name} rows in {time.perf_counter() - started:.1f} s"
        )

    app = QApplication.instance() or QApplication([])
    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.records_table import RegistryListView

    ctx = AppContext(
        CLI_ACTOR,
        db_path,
        QSettings(str(Path(os.environ["OFFICEDESK_HOME"]) / "b.ini"), QSettings.Format.IniFormat),
    )
    results: list[tuple[str, float, str]] = []
    results.append(("start-up to painted main window", measure_startup(db_path), "< 0.5 s"))

    def first_paint():
        view = RegistryListView(ctx, spec)
        view.resize(1200, 700)
        view.show()  # showEvent loads the ids
        view.table.viewport().grab()  # paints the visible rows
        view.close()
        view.deleteLater()
        app.processEvents()

    results.append(("first paint of the list", timed(first_paint), "< 150 ms"))
    view = RegistryListView(ctx, spec)
    view.resize(1200, 700)
    view.show()
    view.table.viewport().grab()
    app.processEvents()
    view.model.ensure_complete()

    def complete_list():
        view.model.reload()
        view.model.ensure_complete()

    results.append(("the whole ordered id list after the first page", timed(complete_list), ""))

    def jump_end():
        view.model.invalidate()
        view.table.scrollToBottom()
        view.table.viewport().grab()
        view.table.scrollToTop()

    results.append(("jump to the last row", timed(jump_end), ""))
    choice = next((f for f in spec.columns() if f.choices and not callable(f.choices)), None)
    if choice is not None:
        value = choice.choice_list()[0]

        def filtered():
            view.model.set_query([records.Filter(choice.name, "eq", value)], "")
            view.table.viewport().grab()

        t = timed(filtered)
        view.model.ensure_complete()
        results.append(
            (f"filter {choice.label} = {value}, first page ({view.model.rowCount()} rows)", t, "")
        )
    # 张: a surname (about 1 % of names); 拆迁 and 征地补偿: subjects (a few % of texts);
    # 反映: in nearly every text, the worst case for a list ordered by date
    for word in ("张", "拆迁", "征地补偿", "反映"):

        def listed(word=word):
            view.model.set_query([], word)
            view.table.viewport().grab()

        t = timed(listed)
        view.model.ensure_complete()
        results.append(
            (f"list search “{word}”, first page ({view.model.rowCount()} hits)", t, "< 20 ms")
        )
        raw = timed(lambda word=word: search_index.search(word, 3, limit=200))
        results.append((f"index search “{word}”, first 200 hits", raw, "< 20 ms"))

    print(
        f"\nOfficeDesk bench: {spec.name} ({spec.label}), {spec.model.select().count():,} records, "
        f"Python {sys.version.split()[0]}\n"
    )
    print(f"{'measure':<52} {'median':>10}  target")
    print("-" * 74)
    for name, seconds, target in results:
        print(f"{name:<52} {seconds * 1000:>8.1f} ms  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
