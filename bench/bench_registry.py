"""Benchmark a big registry: start-up, the list (first paint, jump to end, choice filter, word
filter), global search, memory and file size, each beside a naive baseline from the same run.

    python bench/bench_registry.py [--rows 100000] [--other-rows 100000] [--registry petitions] [--db PATH]
    python bench/bench_registry.py --rows 1000000 --other-rows 1000000 --db /tmp/bench-1m.db   # the issue's sizes

Generates the registry straight into the tables (executemany, the search index in the same
pass, committed every 5,000 rows; no audit entries: this measures reading), plus
--other-rows 收文 so global search and start-up see a second registry. 100,000 + 100,000
takes about a minute on 2 cores; 1,000,000 + 1,000,000 about an hour on a shared 2-core
machine (25 min for the 信访, 40 for the 收文) and 6.8 GB of disk:
give --db a file you keep and later runs reuse it (only missing rows are generated, so an
interrupted generation resumes).

Each time is the median of several samples, wall clock and the process's CPU time: on a
shared machine the wall clock grows with the load average (printed with the table) and the
CPU time much less. The list's worker (the full id list, read after the first page) is let
finish between samples, outside the timing, so no sample shares the interpreter with it.

Figures and their baselines:
- start-up: `python -m officedesk --smoke` to its window's first paint (the program prints
  when the first Expose has been painted); baseline: the same on an empty database.
- first paint of the list: a new list view shown and its visible rows painted; baseline:
  the whole ordered id list read first.
- jump to the last row right after opening: scrollToBottom (as Ctrl+End) before the rest of
  the id list is read — the last page by the query walked backwards and a count; baseline:
  the whole id list read first, then the jump. Checks the last row is the sort order's last.
- jump to the last row with the whole id list read; baseline: a LIMIT/OFFSET page (SQL only).
- the choice filter's first page; baseline: without its composite index.
- the word filter's first page in SQL (baseline: the plan of version 10, every hit gathered,
  then the sort order walked) and painted in the window (query, reset, visible rows painted).
- global search as the window asks it (core.global_search: the actor's hits, and whether more
  were left off); baseline: a LIKE scan. Memory: the window without the list.
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
    for chunk_start in range(0, rows, 5000):
        with database.atomic():  # a commit per 5,000 rows: the WAL stays small
            table_rows, docs = [], []
            for n in range(chunk_start, min(rows, chunk_start + 5000)):
                values = dict(stamps)
                for name in names:
                    field = fields_by_name.get(name)
                    value = value_for(field) if field is not None else None
                    values[name] = value if value is not None else values.get(name, filler(columns[name]))
                if spec.number_field:  # searched, as a 信访编号 is (信2026-00001): digits, no word of a query
                    values[spec.number_field] = f"2026-{first + n:07d}"
                values["id"] = first + n
                table_rows.append((first + n, *(values[name] for name in names)))
                title = str(values.get(spec.title_field) or "")[:300]
                # as records.search_text, without the sub-records (there are none here)
                body = "\n".join(str(values[name]) for name in searchable if values.get(name))
                docs.append((spec.name, first + n, 0, title, body))
            connection.executemany(insert, table_rows)
            search_index.insert_many(docs)


def measure_startup(db_path: str, runs: int = 3) -> tuple[float, float]:
    """Wall and CPU time (medians) from starting the program to its window's first paint."""
    times, cpu = [], []
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
                cpu.append(float(line.split("cpu")[1].split()[0]) if "cpu" in line else float("nan"))
                break
        proc.wait()
    return statistics.median(times), statistics.median(cpu)


def timed(fn, repeat: int = 5, between=None) -> tuple[float, float]:
    """Wall and CPU time of fn (medians); between() runs untimed after each sample."""
    samples, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        if between is not None:
            between()
    return statistics.median(samples), statistics.median(cpu)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def old_word_plan(spec, word: str) -> list[int]:
    """Version 10's first page for a word: every hit gathered, then the sort order walked."""
    from officedesk.store import search_index
    from officedesk.store.db import database

    hits = search_index.matching_record_ids(word, 3, spec.name)
    from officedesk.core.record_lists import sort_order

    select = spec.model.select(spec.model.id).where((spec.model.id + 0).in_(hits))
    sql, params = select.order_by(*sort_order(spec, None, True)).limit(200).sql()
    return [r[0] for r in database.execute_sql(sql, params).fetchall()]


def memory_probe(db_path: str, registry_name: str, with_list: bool) -> None:
    """In a fresh process: the window's toolkit and database, with or without the registry's
    whole list loaded; prints the resident memory in MB."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from officedesk.core import registry
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store.db import open_database
    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.records_table import RegistryListView

    open_database(db_path)
    app = QApplication.instance() or QApplication([])
    ctx = AppContext(CLI_ACTOR, db_path, QSettings(str(Path(tempfile.mkdtemp()) / "m.ini"), QSettings.Format.IniFormat))
    spec = registry.get(registry_name)
    view = RegistryListView(ctx, spec)
    view.resize(1200, 700)
    if with_list:
        view.show()
        view.model.ensure_complete()
        view.table.scrollToBottom()
        view.table.viewport().grab()
    app.processEvents()
    print(f"rss {rss_mb():.1f}", flush=True)


def measure_memory(db_path: str, registry_name: str, with_list: bool) -> float:
    result = subprocess.run([sys.executable, __file__, "--db", db_path, "--registry", registry_name,
                             "--memory-probe", "list" if with_list else "none"], cwd=ROOT,
                            capture_output=True, text=True, env=dict(os.environ), check=True)
    return float(result.stdout.split("rss")[-1].split()[0]) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--other-rows", type=int, default=100_000, help="收文 beside them (global search)")
    parser.add_argument("--registry", default="petitions")
    parser.add_argument("--db", help="reuse (or create) this database file")
    parser.add_argument("--memory-probe", choices=("list", "none"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_probe:
        os.environ.setdefault("OFFICEDESK_HOME", tempfile.mkdtemp(prefix="officedesk-bench-"))
        memory_probe(args.db, args.registry, args.memory_probe == "list")
        return 0

    os.environ.setdefault("OFFICEDESK_HOME", tempfile.mkdtemp(prefix="officedesk-bench-"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from officedesk.core import records, registry
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store import search_index
    from officedesk.store.db import close_database, database, open_database

    db_path = args.db or str(Path(os.environ["OFFICEDESK_HOME"]) / f"bench-{args.rows}.db")
    empty_path = str(Path(os.environ["OFFICEDESK_HOME"]) / "bench-empty.db")
    open_database(empty_path)
    close_database()
    open_database(db_path)
    spec = registry.get(args.registry)
    for other, wanted in ((spec, args.rows), (registry.get("incoming"), args.other_rows)):
        have = other.model.select().count()
        if have < wanted:
            started = time.perf_counter()
            generate(other, wanted - have, random.Random(7 + len(other.name)))
            print(f"generated {wanted - have:,} {other.name} rows in {time.perf_counter() - started:.1f} s", flush=True)
    total_docs = search_index.SearchDoc.select().count()
    others = f"{registry.get('incoming').model.select().count():,} 收文"  # as found (a reused file may hold more)

    app = QApplication.instance() or QApplication([])
    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.records_table import RegistryListView

    ctx = AppContext(CLI_ACTOR, db_path,
                     QSettings(str(Path(os.environ["OFFICEDESK_HOME"]) / "b.ini"), QSettings.Format.IniFormat))
    size = f"{args.rows:,}"
    load_before = os.getloadavg()[0]
    # what, (wall, CPU) seconds (CPU None: not a time), baseline wall seconds, target, size
    results: list[tuple[str, tuple[float, float | None], float | None, str, str]] = []
    startup, startup_empty = measure_startup(db_path), measure_startup(empty_path)
    results.append(("start-up to the window's first paint (baseline: empty database)", startup,
                    startup_empty[0], "≤ 0.5 s", f"{size} + {others}"))
    from officedesk.ui.tasks import wait_for_all

    def settle(view=None) -> None:
        """Untimed: let the list's worker finish, so the next sample does not share the
        interpreter with it."""
        if view is not None:
            deadline = time.perf_counter() + 60
            while not view.model.complete and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.002)
        wait_for_all()
        app.processEvents()

    opened: list = []

    def first_paint(whole_list: bool = False):
        view = RegistryListView(ctx, spec)
        view.resize(1200, 700)
        view.show()  # showEvent loads the first page of ids
        if whole_list:
            view.model.ensure_complete()  # naive: every id before the first paint
        view.table.viewport().grab()  # paints the visible rows
        opened.append(view)

    def close_opened() -> None:
        while opened:
            view = opened.pop()
            settle(view)
            view.close()
            view.deleteLater()
        settle()

    results.append(("first paint of the list (baseline: whole id list first)",
                    timed(first_paint, between=close_opened),
                    timed(lambda: first_paint(True), 3, between=close_opened)[0], "≤ 150 ms", size))

    def open_view():
        view = RegistryListView(ctx, spec)
        view.resize(1200, 700)
        view.show()
        view.table.viewport().grab()
        return view

    shown_last: list[object] = []

    def jump_fresh(whole_list: bool = False):
        view = opened[-1]
        if whole_list:
            view.model.ensure_complete()  # naive: wait for every id, then go to the end
        view.table.scrollToBottom()  # before the rest is read: the last page from the end + a count
        view.table.viewport().grab()
        shown_last.append(view.model.record_id_at(view.model.rowCount() - 1))

    view = open_view()
    view.model.ensure_complete()
    app.processEvents()
    rows = view.model.rowCount()
    last_id = view.model.record_id_at(rows - 1)
    def reopen() -> None:
        close_opened()
        opened.append(open_view())

    opened.append(open_view())
    fresh = timed(jump_fresh, between=reopen)
    fresh_whole_list = timed(lambda: jump_fresh(True), 3, between=reopen)[0]
    results.append(("jump to the last row right after opening (baseline: whole id list first)", fresh,
                    fresh_whole_list, "≤ 30 ms", size))
    close_opened()
    assert set(shown_last) == {last_id}, "the jump must show the last record of the sort order"

    def jump_end():
        view.model.invalidate()
        view.table.scrollToBottom()
        view.table.viewport().grab()
        view.table.scrollToTop()

    table = spec.model._meta.table_name
    order = f"{spec.default_sort} desc, id desc"  # baselines' (a 发文's own order is an expression)

    def offset_page():
        database.execute_sql(f'select * from "{table}" order by {order} limit 100 offset ?', (rows - 100,)).fetchall()

    results.append(("jump to the last row, whole id list read (baseline: LIMIT/OFFSET page)", timed(jump_end),
                    timed(offset_page)[0], "≤ 30 ms", size))

    def painted(filters, word) -> tuple[float, float]:
        """The list's first page in the window: the query, the reset, the visible rows painted
        (the rest of the id list follows in a worker thread, drained outside the timing)."""

        def show():
            view.model.set_query(filters, word)
            view.table.viewport().grab()

        return timed(show, between=lambda: settle(view))

    choice = next((f for f in spec.columns() if f.choices and not callable(f.choices)), None)
    if choice is not None:
        value = choice.choice_list()[0]
        chosen = [records.Filter(choice.name, "eq", value)]

        def unindexed():
            database.execute_sql(f'select id from "{table}" where {choice.name} || \'\' = ? '
                                 f"order by {order} limit 200", (value,)).fetchall()

        results.append((f"list filtered by {choice.label} = {value}, first page (baseline: no composite index)",
                        timed(lambda: records.list_ids(spec, CLI_ACTOR, chosen, limit=200)), timed(unindexed, 3)[0],
                        "≤ 50 ms", size))
        results.append(("  the same, painted in the window", painted(chosen, ""), None, "", size))
    # 张: a surname (about 2 % of records); 龙泉镇东风村: a village (1 %); 拆迁 and 征地补偿:
    # subjects (a few %); 反映: in nearly every text, the worst case for version 10's plan; two
    # words with a space between: the records holding both
    for word in ("张", "龙泉镇东风村", "拆迁", "征地补偿", "反映", "张 拆迁", "反映 征地补偿"):
        hits = records.count(spec, CLI_ACTOR, [], word)
        first = records.list_ids(spec, CLI_ACTOR, [], word, limit=200)
        assert first == records.list_ids(spec, CLI_ACTOR, [], word)[:200] == old_word_plan(spec, word), word
        results.append((f"list filtered by “{word}” ({hits / max(rows, 1):.0%} of records), first page "
                        "(baseline: version 10's plan)",
                        timed(lambda word=word: records.list_ids(spec, CLI_ACTOR, [], word, limit=200)),
                        timed(lambda word=word: old_word_plan(spec, word), 3)[0], "≤ 30 ms", size))
        results.append(("  the same, painted in the window", painted([], word), None, "≤ 30 ms", size))
    view.model.set_query([], "")
    view.model.ensure_complete()
    app.processEvents()
    results.append(("resident memory with the whole list open, MB (baseline: window without it)",
                    (measure_memory(db_path, spec.name, True), None), measure_memory(db_path, spec.name, False),
                    "≤ 200 MB", size))
    from officedesk.core import global_search as searched

    for word in ("张", "反映", "张 反映"):
        def global_search(word=word):  # as the window asks it, for the actor: whether more were left off too
            searched.found(word, CLI_ACTOR, limit=200)

        def like_scan(word=word):
            terms = word.split()
            database.execute_sql("select registry, record_id from search_doc where "
                                 + " and ".join(["body like ?"] * len(terms)) + " order by id desc limit 200",
                                 [f"%{term}%" for term in terms]).fetchall()

        results.append((f"global search “{word}”, first 200 hits (baseline: LIKE scan)", timed(global_search),
                        timed(like_scan, 3)[0], "≤ 10 ms", f"{total_docs:,} in all"))
    if spec.name == "petitions":
        from officedesk.core import clock, dashboard
        from officedesk.core.petitions import spec as petition_states

        def every_due_read():  # as the 工作台 read 收文 before: every open record due by then, whole
            horizon = clock.today() + dt.timedelta(days=3)
            marks = ", ".join("?" for _ in petition_states.OPEN_STATES)
            due = [row[0] for row in database.execute_sql(
                f"select id from petition where state in ({marks}) and next_due <= ? order by next_due",
                (*petition_states.OPEN_STATES, horizon))]
            for start in range(0, len(due), 500):
                records.fetch(spec, due[start : start + 500])

        results.append(("the 工作台's counts, all registries (baseline: every due 信访 read whole)",
                        timed(lambda: dashboard.due_items(CLI_ACTOR), 3), timed(every_due_read, 1)[0], "",
                        f"{total_docs:,} in all"))
    view.close()
    settle()
    database.execute_sql("pragma wal_checkpoint(truncate)")
    file_gb = os.path.getsize(db_path) / 1e9
    print(
        f"\nOfficeDesk bench: {spec.name} ({spec.label}), {rows:,} records, {total_docs:,} in all, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load_before:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end (wall times grow with the load; CPU times much less)\n"
    )
    print(f"| {'what':<92} | {'measured':>10} | {'CPU':>9} | {'baseline':>10} | {'ratio':>7} | {'target':>9} | size")
    print(f"|{'-' * 94}|{'-' * 12}|{'-' * 11}|{'-' * 12}|{'-' * 9}|{'-' * 11}|------")
    for what, (seconds, cpu), base, target, rows_size in results:
        unit = "MB" if "MB" in what else "s" if seconds >= 1 and "start-up" in what else "ms"

        def shown(value: float | None, unit: str = unit) -> str:
            if value is None:
                return ""
            return f"{value * 1000:.0f} MB" if unit == "MB" else f"{value:.2f} s" if unit == "s" else f"{value * 1000:.1f} ms"

        ratio = "" if not base else f"{base / seconds:.1f}×"
        print(f"| {what:<92} | {shown(seconds):>10} | {shown(cpu):>9} | {shown(base):>10} | {ratio:>7} | "
              f"{target:>9} | {rows_size}")
    print(f"| {'database file (baseline: 7.8 GB per 1,000,000 in the issue, version 10)':<92} | "
          f"{file_gb:>7.2f} GB | {'':>9} | {'':>10} | {'':>7} | {'≤ 3 GB':>9} | {size} + {others}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
