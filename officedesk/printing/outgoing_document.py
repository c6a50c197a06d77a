"""The 公文 itself (`document`, once numbered): an outgoing record as GB/T 9704 data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from officedesk.core import i18n
from officedesk.core.actor import Actor
from officedesk.core.documents import outgoing_spec
from officedesk.core.documents.countersign import joint_signers
from officedesk.core.errors import ProcedureError
from officedesk.printing import secrecy, voided
from officedesk.printing.documents_common import org_name, read_records
from officedesk.printing.formats import variant_for
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import DocumentData, render_documents
from officedesk.printing.outgoing_draft import outgoing_attachments

PRINTABLE = (outgoing_spec.NUMBERED, outgoing_spec.PRINTED, outgoing_spec.DISTRIBUTED, outgoing_spec.ARCHIVED)


def _ending(text: str, mark: str) -> str:
    text = (text or "").strip().replace("\n", "，")
    if not text:
        return ""
    return text if text.endswith(("：", ":", "。")) else text.rstrip("，,；;。") + mark


def _signer_line(name: str) -> str:
    """签发人职务 and name for a 令 (GB/T 9704 §7.3.5.3): the 职务 of his post when the signer is
    a user of the program with one (as 信息 签发 takes it), else from the 通讯录."""
    from officedesk.core.directory import person_by_name
    from officedesk.core.positions import find_person

    user = find_person(name)
    post = user.position.strip() if user is not None else ""
    if not post:
        person = person_by_name(name)
        post = (person.title or "").strip() if person is not None else ""
    return f"{post}　{name}" if post else name


def _signers(record: Any) -> list[str]:
    """The 签发人 of an 上行文 (GB/T 9704 §7.2.5): ours, then each 联合发文机关's 负责人 who
    countersigned it, in the order of the 发文机关 (条例第二十二条)."""
    if not (record.upward and record.signer):
        return []
    names = [record.signer]
    for name in joint_signers(record):
        if name not in names:
            names.append(name)
    return names


def issuing_organs(record: Any, org: str) -> list[str]:
    """The 发文机关 of a 发文: the office, then its 联合发文机关 in their order (联合行文)."""
    from officedesk.core.positions import split_names

    organs = [org]
    for organ in split_names(getattr(record, "joint_organs", "")):
        if organ not in organs:
            organs.append(organ)
    return organs


def document_data(record: Any, copy_number: int | None = None) -> DocumentData:
    """An outgoing record as the printing engine's 公文 data (GB/T 9704): a joint one stacks
    its organs in the 标志 and signs with each, one a line (§7.2.3, §7.3.5.1)."""
    org = org_name() or record.issuer_org or record.drafting_unit
    organs = issuing_organs(record, org)
    classified = record.secrecy not in ("", "非密")
    variant = variant_for(record.kind)
    doc_number, signer_organs = record.doc_no, list(organs)
    if variant == "command":
        # 令号 "第N号" under the 标志; 签发人职务 and name in place of the 署名
        found = re.search(r"(\d+)号$", record.doc_no or "")
        doc_number = f"第{found.group(1)}号" if found else record.doc_no
        signer_organs = [_signer_line(record.signer)] if record.signer else []
    return DocumentData(
        variant=variant,
        title=record.title,
        body=record.body,
        organs=organs,
        doc_number=doc_number,
        copy_number=secrecy.copy_number(record.secrecy, copy_number),
        secret_level=record.secrecy if classified else "",
        secret_period=record.secrecy_term if classified else "",
        urgency=record.urgency if record.urgency in ("特急", "加急") else "",
        signers=_signers(record),
        is_upward=bool(record.upward),
        recipients=_ending(record.main_to, "："),
        attachments=outgoing_attachments(record),
        signer_organs=signer_organs,
        date=record.doc_date or record.signed_on,
        note=record.note,
        cc=_ending(record.cc, "。"),
        printer_organ=record.issuer_org or org,
        print_date=record.print_date or record.doc_date,
    )


@form("document", "公文（正式文件）", "outgoing", options=("copy", "copies", "all_copies"),
      secrecy=secrecy.COPY_NUMBERED)
def build_document(ids: Sequence[int], actor: Actor, **options: Any) -> bytes:
    """The numbered 公文. A classified one carries its 份号 (``copy_numbers``)."""
    documents: list[DocumentData] = []
    for record in read_records(outgoing_spec.OUTGOING, ids, actor):
        void = voided.voided("outgoing", record)
        if void is not None:  # never printed again; its 稿纸 goes to the file, marked
            raise ProcedureError(voided.refusal(record.title, void, "发文稿纸"))
        if record.state not in PRINTABLE or not record.doc_no:
            raise ProcedureError(i18n.text("“%1”尚未签发编号，只能打印发文稿纸。", record.title))
        documents.extend(document_data(record, n) for n in copy_numbers(record, options))
    return render_documents(documents)


def default_copies(record: Any) -> int:
    """The copies of a 发文: as 印制 recorded them, else the 份数 of the draft."""
    return max(1, int(record.printed_copies or record.copies or 1))


def copy_numbers(record: Any, options: dict[str, Any]) -> list[int]:
    """The 份号 to print of a classified 发文, each copy its own (条例 art. 9): ``copies`` N numbers
    1…N, ``all_copies`` every copy (``default_copies``), ``copy`` the one copy asked for (a
    reprint); none of them: copy 000001. No 份号 beyond the copies recorded (印制份数, else 份数):
    a copy that was never made is not printed. An unclassified one carries no 份号 and prints
    once (a 份数 or 份号 asked of it is refused, ``secrecy.copy_request``)."""
    classified = record.secrecy not in ("", "非密")
    asked = secrecy.copy_request(options, record.title, classified)
    if not classified:
        return [1]
    made = default_copies(record)
    if asked == "all_copies":
        return list(range(1, made + 1))
    if asked is None:
        return [1]
    # 1 … the copies recorded: a 份数 or 份号 of 0 refused, never printed as copy 000001
    recorded = "印制份数" if record.printed_copies else "份数"
    whose = i18n.text("“%1”登记的%2是 %3 份，", record.title, recorded, made)
    number = secrecy.copy_count(options[asked], asked, made, whose)
    return list(range(1, number + 1)) if asked == "copies" else [number]
