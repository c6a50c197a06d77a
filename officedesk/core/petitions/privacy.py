"""Petitioners' personal data: masked everywhere unless the user's role may see it and asks;
every unmasked view leaves an audit entry (action "view")."""

from __future__ import annotations

from typing import Any

from officedesk.core import audit, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.fields import display
from officedesk.core.petitions import joint
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition, Petitioner


def may_reveal(actor: Actor) -> bool:
    return actor.may_see_sensitive


def require_reveal(actor: Actor) -> None:
    if not actor.may_see_sensitive:
        raise PermissionDeniedError(
            "您的角色不能查看信访人的完整身份证号、电话和住址。如确需查看，请联系领导或管理员。"
        )


def _visible(petition_id: int, actor: Actor) -> Petition:
    """The petition, refused above the actor's clearance: its people are as secret as it is."""
    petition: Petition = records.get(registry.get("petitions"), petition_id, actor)
    return petition


def log_reveal(actor: Actor, petition_ids: list[int], purpose: str) -> None:
    """Audit that the actor saw unmasked personal data (call after require_reveal). A petition
    above the actor's clearance is refused: no view of it is recorded as a legitimate one."""
    with guarded("记录"), write_transaction():
        for pid in petition_ids:
            number = _visible(pid, actor).number or str(pid)
            audit.record(
                actor,
                "view",
                "petitions",
                pid,
                None,
                {"用途": purpose},
                trail_text("查看信访人完整身份信息（%1）：%2", purpose, number),
            )


def reveal(petition_id: int, actor: Actor, purpose: str = "查看") -> dict[str, Any]:
    """The petitioners' full ID numbers, phones and addresses, for an allowed actor; audited."""
    require_reveal(actor)
    petition = _visible(petition_id, actor)
    people = [
        {
            "name": p.name,
            "gender": p.gender,
            "id_number": p.id_number,
            "phone": p.phone,
            "address": p.address,
            "employer": p.employer,
        }
        for p in Petitioner.select()
        .where(Petitioner.petition == petition_id)
        .order_by(Petitioner.seq)
    ]
    log_reveal(actor, [petition_id], purpose)
    return {
        "id": petition.id,
        "number": petition.number,
        "name": petition.name,
        "id_number": petition.id_number,
        "phone": petition.phone,
        "address": petition.address,
        "petitioners": people,
    }


def masked(name: str, text: str) -> str:
    """A petitioner's own field (a sub-row has no declaration of its own) masked as the
    petition's field of that name declares."""
    return display(registry.get("petitions").field(name), text or "")


def masked_id(text: str) -> str:
    return masked("id_number", text)


def masked_phone(text: str) -> str:
    return masked("phone", text)


def masked_address(text: str) -> str:
    return masked("address", text)


def export_row(spec: Any, record: Any, actor: Actor, unmasked: bool = False) -> dict[str, Any]:
    """One row for xlsx export (label -> text). Masked unless `unmasked` and the actor may see
    it; then the caller must have logged the reveal (log_reveal). Refused for a petition above
    the actor's clearance."""
    records.ensure_visible(spec, record, actor)
    show = unmasked and actor.may_see_sensitive
    row: dict[str, Any] = {}
    # a joint letter (人数 > 1) may have further petitioners; people_count never falls below
    # their number, so one person needs no query (an export of 100,000 rows saves 100,000)
    people = [] if (record.people_count or 1) <= 1 else list(
        Petitioner.select().where(Petitioner.petition == record.id).order_by(Petitioner.seq)
    )
    joint_cells = joint.export_cells(spec, people) if len(people) > 1 else {}
    for field in spec.exchange_fields():
        if field.label in joint_cells:  # every petitioner of a joint letter, in order
            # (a sensitive column as the list of stored values: the export masks each as it
            # masks the column, exchange.writing)
            row[field.label] = joint_cells[field.label]
            continue
        row[field.label] = display(field, getattr(record, field.name, None), unmasked=show)
    return row
