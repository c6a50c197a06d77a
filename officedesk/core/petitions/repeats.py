"""重复信访: earlier petitions by the same person or about the same matter.

Each lookup takes the actor, and is no oracle for him (README 安全, DOMAIN §5):
- petitions above the actor's clearance are left out without a trace: neither returned nor
  counted (a count would tell that this person filed a classified petition);
- an actor who may not see personal data (privacy.may_reveal) is matched by what he sees: the
  petitioner's name (同姓名) and the matter, never by the ID number or phone, so no number he
  types is confirmed (a guess per registration, or 10,000 guesses in a dry-run import). Leaders
  and administrators are matched by 身份证号 and by 姓名+电话 as well.

Every lookup uses an index: the petitioners' ID numbers, their (name, phone) pairs (names alone),
and for similar content the search index (FTS5 over CJK bigrams, ranked by bm25, restricted in
SQL to the same problem category). Only the few best candidates are compared in Python.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import peewee

from officedesk.core import records, registry
from officedesk.core.actor import Actor
from officedesk.core.i18n import text
from officedesk.core.idcard import normalize_id, normalize_phone
from officedesk.core.lifecycle import counted
from officedesk.core.petitions.privacy import may_reveal
from officedesk.store import search_catch_up
from officedesk.store.db import database, guarded, is_sqlite
from officedesk.store.petitions import Petition, Petitioner
from officedesk.store.search_index import SearchDoc

SAME_ID = "同一身份证号"
SAME_NAME_PHONE = "同姓名同电话"
SAME_NAME = "同姓名"  # the reason for those who may not see personal data
SIMILAR = "内容相似"

_CJK_RUN = re.compile(r"[\u3400-\u4db5\u4e00-\u9fcc]+")
# bigrams that nearly every petition contains: they say nothing about the matter
STOP_BIGRAMS = frozenset(
    [
        "反映",
        "要求",
        "问题",
        "希望",
        "请求",
        "我们",
        "他们",
        "我的",
        "自己",
        "没有",
        "已经",
        "一直",
        "相关",
        "部门",
        "有关",
        "进行",
        "情况",
        "解决",
        "处理",
        "政府",
        "领导",
        "多次",
        "目前",
        "至今",
        "今年",
        "去年",
        "由于",
        "因为",
        "所以",
        "但是",
        "还是",
        "可以",
        "不能",
        "不予",
        "给予",
        "依法",
        "予以",
        "本人",
        "村民",
        "群众",
        "工作",
        "一个",
        "这个",
        "什么",
        "时间",
        "以来",
        "单位",
        "信访",
        "上访",
        "来信",
        "来访",
    ]
)
MAX_QUERY_BIGRAMS = 24
MIN_COMMON = 4  # bigrams in common, at least
MIN_SHARE = 0.3  # of the shorter text's bigrams
CANDIDATES = 300  # most recent index hits compared in Python
_CHUNK = 500  # values in one IN (…): well below SQLite's limit on parameters


@dataclass
class RepeatCandidate:
    petition_id: int
    number: str
    registered_on: dt.date
    name: str
    category: str
    state: str
    excerpt: str
    reasons: list[str] = field(default_factory=list)
    similarity: float = 0.0
    rechecked_on: dt.date | None = None  # 复核 answered: the matter is closed (art. 36)

    def reason_text(self) -> str:
        """The reasons joined with 、, each translatable (a pattern of as many places)."""
        return text("、".join(f"%{n}" for n in range(1, len(self.reasons) + 1)), *self.reasons)

    def state_text(self) -> str:
        """The earlier record's state, and 复核终结 when the same matter is 不再受理."""
        if self.rechecked_on is not None:
            return text("%1（%2复核终结，不再受理）", self.state, self.rechecked_on.isoformat())
        return self.state


class Repeats(list[RepeatCandidate]):
    """The candidates the actor may see, best first (nothing of any other petition)."""


def _levels(actor: Actor) -> peewee.Expression | None:
    """The petitions the actor may see (None: all of them)."""
    return records.visible_levels(registry.get("petitions"), actor)


def bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _CJK_RUN.findall(text or ""):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def content_bigrams(text: str) -> set[str]:
    return {b for b in bigrams(text) if b not in STOP_BIGRAMS}


def similarity(a: str, b: str) -> tuple[int, float]:
    """(bigrams in common, their share of the shorter text's bigrams)."""
    first, second = content_bigrams(a), content_bigrams(b)
    if not first or not second:
        return 0, 0.0
    common = len(first & second)
    return common, common / min(len(first), len(second))


def _query_bigrams(content: str) -> list[str]:
    """The bigrams to ask the index for: first-seen order, stop bigrams left out."""
    seen: list[str] = []
    for run in _CJK_RUN.findall(content or ""):
        for i in range(len(run) - 1):
            gram = run[i : i + 2]
            if gram not in STOP_BIGRAMS and gram not in seen:
                seen.append(gram)
    if len(seen) <= MAX_QUERY_BIGRAMS:
        return seen
    step = len(seen) / MAX_QUERY_BIGRAMS  # spread over the whole text
    return [seen[int(i * step)] for i in range(MAX_QUERY_BIGRAMS)]


def _similar_ids(
    category: str, content: str, exclude: Iterable[int], before_id: int | None, limit: int
) -> list[int]:
    grams = _query_bigrams(content)
    if len(grams) < MIN_COMMON or not category:
        return []
    excluded = list(exclude)
    if is_sqlite():
        # pairs of neighbouring bigrams, any pair: selective without ranking every match (bm25
        # over tens of thousands of hits costs 100+ ms; this stays near 15 ms at 100k petitions)
        pairs = [grams[i : i + 2] for i in range(0, len(grams) - 1, 2)]
        expression = " OR ".join(f'("{a}" AND "{b}")' for a, b in pairs)
        # a petition still waiting for its FTS row (a batch's, store.search_catch_up): its text
        waiting = " or ".join("(instr(d.body, ?) > 0 and instr(d.body, ?) > 0)" for _ in pairs)
        sql = (
            "select d.record_id from search_doc d "
            "join petition p on p.id = d.record_id "
            "where (d.id in (select rowid from search_fts where search_fts match ?) "
            f"or (d.id in (select id from {search_catch_up.PENDING}) and ({waiting}))) "
            "and d.registry = 'petitions' and p.category = ?"
        )
        params: list[Any] = [expression, *(gram for pair in pairs for gram in pair), category]
        if before_id is not None:
            sql += " and p.id < ?"
            params.append(before_id)
        if excluded:
            sql += f" and p.id not in ({', '.join('?' for _ in excluded)})"
            params.extend(excluded)
        sql += " order by d.record_id desc limit ?"
        params.append(limit)
        return [row[0] for row in database.execute_sql(sql, params).fetchall()]
    # PostgreSQL: the index is plain text; the rarest-looking few bigrams narrow it in SQL
    query = (
        SearchDoc.select(SearchDoc.record_id)
        .join(Petition, on=(Petition.id == SearchDoc.record_id))
        .where((SearchDoc.registry == "petitions") & (Petition.category == category))
    )
    condition = None
    for gram in grams[:6]:
        clause = SearchDoc.body.contains(gram)
        condition = clause if condition is None else condition | clause
    query = query.where(condition)
    if before_id is not None:
        query = query.where(Petition.id < before_id)
    if excluded:
        query = query.where(Petition.id.not_in(excluded))
    rows: Any = query.order_by(Petition.id.desc()).limit(limit).tuples()
    return [row[0] for row in rows]


def person_keys(petitioner: dict[str, Any]) -> tuple[str, tuple[str, str] | None]:
    """A petitioner's ID number and (name, phone) as the lookups compare them: as they are
    stored (an import's raw cell 138 0000 8888 or full-width digits is the stored 13800008888)."""
    name = str(petitioner.get("name") or "").strip()
    phone = normalize_phone(str(petitioner.get("phone") or ""))
    return (normalize_id(str(petitioner.get("id_number") or "")),
            (name, phone) if name and phone else None)


Keys = list[list[tuple[str, tuple[str, str] | None]]]  # each group's person_keys, in order


def same_person(people: Sequence[Sequence[dict[str, Any]]],
                personal: bool = True, keys: Keys | None = None) -> list[dict[int, list[str]]]:
    """For each group of petitioners (one petition's), the stored petitions naming one of them
    (petition id -> reasons: 同一身份证号, 同姓名同电话): two indexed queries for all the groups
    together, whatever their number (an import asks for a chunk of rows at once).
    personal=False (an actor who may not see personal data): by the name alone (同姓名), the ID
    numbers and phones not looked at. `keys`: the groups' person_keys, made already."""
    if not personal:
        return _same_name(people)
    keys = [[person_keys(p) for p in group] for group in people] if keys is None else keys
    ids = sorted({i for group in keys for i, _ in group} - {""})
    pairs = {pair for group in keys for _, pair in group if pair is not None}
    by_id: dict[str, set[int]] = {}
    by_pair: dict[tuple[str, str], set[int]] = {}
    for start in range(0, len(ids), _CHUNK):
        rows: Any = (Petitioner.select(Petitioner.id_number, Petitioner.petition)
                     .where(Petitioner.id_number.in_(ids[start:start + _CHUNK])).tuples())
        for number, pid in rows:
            by_id.setdefault(number, set()).add(pid)
    names = sorted({name for name, _ in pairs})
    for start in range(0, len(names), _CHUNK):  # by the (name, phone) index's name
        rows = (Petitioner.select(Petitioner.name, Petitioner.phone, Petitioner.petition)
                .where(Petitioner.name.in_(names[start:start + _CHUNK])).tuples())
        for name, phone, pid in rows:
            if (name, phone) in pairs:
                by_pair.setdefault((name, phone), set()).add(pid)
    found: list[dict[int, list[str]]] = []
    for group in keys:
        reasons: dict[int, list[str]] = {}
        for id_number, pair in group:
            for pid in sorted(by_id.get(id_number, ())) if id_number else ():
                reasons.setdefault(pid, []).append(SAME_ID)
            for pid in sorted(by_pair.get(pair, ())) if pair is not None else ():
                reasons.setdefault(pid, [])
                if SAME_NAME_PHONE not in reasons[pid]:
                    reasons[pid].append(SAME_NAME_PHONE)
        for why in reasons.values():  # two petitioners of one ID: the reason once
            why[:] = list(dict.fromkeys(why))
        found.append(reasons)
    return found


def _same_name(people: Sequence[Sequence[dict[str, Any]]]) -> list[dict[int, list[str]]]:
    """same_person by the petitioners' names only: one indexed query per chunk of names."""
    groups = [[n for p in group if (n := str(p.get("name") or "").strip())] for group in people]
    names = sorted({name for group in groups for name in group})
    by_name: dict[str, set[int]] = {}
    for start in range(0, len(names), _CHUNK):
        rows: Any = (Petitioner.select(Petitioner.name, Petitioner.petition)
                     .where(Petitioner.name.in_(names[start:start + _CHUNK])).tuples())
        for name, pid in rows:
            by_name.setdefault(name, set()).add(pid)
    return [{pid: [SAME_NAME] for name in group for pid in sorted(by_name.get(name, ()))}
            for group in groups]


def repeats_of_rows(people: Sequence[Sequence[dict[str, Any]]], actor: Actor,
                    limit: int = 20, keys: Keys | None = None) -> list[Repeats]:
    """find_repeats by the person, for many new petitions at once (an import's rows): for each
    group of petitioners, the stored petitions of the same person the actor may see, best first
    (matched as same_person does for him). A fixed number of queries for the whole call, not
    one per row; similar content is not compared here (a query per row): the record's detail
    pane shows it (repeats_of_record). `keys`: as same_person's."""
    with guarded("查重"):
        hits = same_person(people, may_reveal(actor), keys)
        wanted = sorted({pid for reasons in hits for pid in reasons})
        levels = _levels(actor)
        by_id: dict[int, Any] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            query = Petition.select(Petition.id, Petition.number, Petition.registered_on,
                                    Petition.name, Petition.category, Petition.state,
                                    Petition.review_kind, Petition.review_answered_on,
                                    ).where(Petition.id.in_(chunk) & counted("petitions", Petition))
            if levels is not None:  # above the clearance: not found, not counted
                query = query.where(levels)
            by_id.update((p.id, p) for p in query)
    found: list[Repeats] = []
    for reasons in hits:
        shown = [
            RepeatCandidate(pid, row.number, row.registered_on, row.name, row.category, row.state,
                            "", why, 0.0,
                            row.review_answered_on if row.review_kind == "复核" else None)
            for pid, why in reasons.items() if (row := by_id.get(pid)) is not None
        ]
        shown.sort(key=lambda c: (-len(c.reasons), -c.registered_on.toordinal(), -c.petition_id))
        found.append(Repeats(shown[:limit]))
    return found


def find_repeats(
    petitioners: Sequence[dict[str, Any]],
    actor: Actor,
    category: str = "",
    content: str = "",
    exclude: Iterable[int] = (),
    before_id: int | None = None,
    limit: int = 20,
) -> Repeats:
    """Earlier petitions that may be the same matter again: by the person (same_person: by ID
    number and by name and phone, or by the name alone for an actor who may not see personal
    data), by similar content in the same category. Best first (most reasons, then most
    similar, then most recent). Only those the actor may see: of those above his clearance
    nothing is said, not even how many."""
    excluded = set(exclude)
    reasons: dict[int, list[str]] = {}

    def note(ids: Iterable[int], reason: str) -> None:
        for pid in ids:
            if pid in excluded or (before_id is not None and pid >= before_id):
                continue
            bucket = reasons.setdefault(pid, [])
            if reason not in bucket:
                bucket.append(reason)

    with guarded("查重"):
        for pid, why in same_person([petitioners], may_reveal(actor))[0].items():
            for reason in why:
                note([pid], reason)
        similar_scores: dict[int, float] = {}
        if content.strip() and category:
            candidate_ids = _similar_ids(category, content, excluded, before_id, CANDIDATES)
            if candidate_ids:
                pairs_found: Any = (
                    Petition.select(Petition.id, Petition.content)
                    .where(Petition.id.in_(candidate_ids))
                    .tuples()
                )
                texts: dict[int, str] = {pid: text for pid, text in pairs_found}
                for pid, text in texts.items():
                    common, share = similarity(content, text)
                    if common >= MIN_COMMON and share >= MIN_SHARE:
                        similar_scores[pid] = share
                note(similar_scores, SIMILAR)
        if not reasons:
            return Repeats()
        levels = _levels(actor)
        query = Petition.select(
            Petition.id,
            Petition.number,
            Petition.registered_on,
            Petition.name,
            Petition.category,
            Petition.state,
            Petition.content,
            Petition.review_kind,
            Petition.review_answered_on,
        ).where(Petition.id.in_(list(reasons)) & counted("petitions", Petition))  # voided: no one's
        # above the clearance: nothing of it leaves here, not even that it exists
        if levels is not None:
            query = query.where(levels)
        by_id: dict[int, Any] = {p.id: p for p in query}
    found = Repeats()
    for pid, why in reasons.items():
        row = by_id.get(pid)
        if row is None:
            continue
        text = row.content or ""
        found.append(
            RepeatCandidate(
                pid,
                row.number,
                row.registered_on,
                row.name,
                row.category,
                row.state,
                text[:60] + ("…" if len(text) > 60 else ""),
                why,
                similar_scores.get(pid, 0.0),
                row.review_answered_on if row.review_kind == "复核" else None,
            )
        )
    found.sort(
        key=lambda c: (-len(c.reasons), -c.similarity, -c.registered_on.toordinal(), -c.petition_id)
    )
    return Repeats(found[:limit])


def repeats_of_record(petition: Petition, actor: Actor, limit: int = 20) -> Repeats:
    """Possible repeats of a stored petition: only earlier ones, as find_repeats shows them."""
    people = [
        {"name": p.name, "id_number": p.id_number, "phone": p.phone}
        for p in Petitioner.select().where(Petitioner.petition == petition.id)
    ]
    if not people:
        people = [{"name": petition.name, "id_number": petition.id_number, "phone": petition.phone}]
    return find_repeats(
        people,
        actor,
        petition.category,
        petition.content,
        exclude=[petition.id],
        before_id=petition.id,
        limit=limit,
    )


def petitions_of_person(actor: Actor, id_number: str = "", name: str = "", phone: str = "") -> int:
    """How many petitions the actor may see this person is a petitioner of (ID number, else
    name + phone; for an actor who may not see personal data, as same_person matches for him:
    the name alone, whatever the ID number and phone)."""
    levels = _levels(actor)
    with guarded("查询"):
        if not may_reveal(actor):
            if not name.strip():
                return 0
            condition = Petitioner.name == name.strip()
        elif id_number:
            condition = Petitioner.id_number == id_number.strip().upper()
        elif name and phone:
            condition = (Petitioner.name == name.strip()) & (Petitioner.phone == phone.strip())
        else:
            return 0
        query = Petitioner.select(peewee.fn.COUNT(peewee.fn.DISTINCT(Petitioner.petition)))
        if levels is not None:
            query = query.join(Petition).where(levels)
        return query.where(condition).scalar() or 0


def frequent_petitioners(
    year: int | None = None, minimum: int = 2, limit: int = 20, *, actor: Actor
) -> list[dict[str, Any]]:
    """People with several petitions (by ID number), most first: counts of repeats per person,
    of the petitions the actor may see (a person known only from those above the clearance is
    not named); one voided (registered by mistake, a copy of the same letter) counts nowhere."""
    query = (
        Petitioner.select(
            Petitioner.id_number,
            peewee.fn.MAX(Petitioner.name).alias("name"),
            peewee.fn.COUNT(peewee.fn.DISTINCT(Petitioner.petition)).alias("n"),
        )
        .join(Petition)
        .where((Petitioner.id_number != "") & counted("petitions", Petition))
    )
    if year is not None:
        query = query.where(
            (Petition.registered_on >= dt.date(year, 1, 1))
            & (Petition.registered_on <= dt.date(year, 12, 31))
        )
    levels = _levels(actor)
    if levels is not None:
        query = query.where(levels)
    query = (
        query.group_by(Petitioner.id_number)
        .having(peewee.fn.COUNT(peewee.fn.DISTINCT(Petitioner.petition)) >= minimum)
        .order_by(peewee.SQL("n").desc())
        .limit(limit)
    )
    from officedesk.core.fields import MASK_ID, mask

    return [
        {
            "name": row.name,
            "id_number": mask(MASK_ID, row.id_number),
            "petitions": row.n,
            "repeats": row.n - 1,
        }
        for row in cast(Any, query)
    ]
