"""逐级负责 held: who may do a chain step, in what capacity (本人 / 代录 / 代理), the signature
row each performed step leaves, 退回 to an earlier step, and where each record waits now.

core.steps calls `refusal` (may this actor do it at all) and `capacity` (with the person the
step names) before a step, and `signing` for its signature, written in the step's transaction
before the record's entries (core.entry_rows), which digest it.

The names the rest of the program reads, each kept in the module of its concern:
core.step_refusals (may this actor do it at all: `refusal`, `holders_refusal`, `chain_holds`),
core.step_capacity (本人 / 代录 / 代理: `capacity`, `records_for_someone`,
`OUTSIDE_SUBSTITUTES`), core.chain_words (who holds a step, in words), core.chain_holders (who
holds a step and where a record waits), core.step_signs (the signature rows) and
core.chain_returns (退回).
"""

from __future__ import annotations

from officedesk.core.chain_holders import (
    chain_name,
    chain_step_closed,
    cleared,
    done_since_return,
    drafter,
    fits,
    fits_step,
    holders,
    holds,
    in_chain,
    level,
    open_entry,
    same_unit,
    step_name,
    waiting_step,
)
from officedesk.core.chain_returns import returnable, send_back
from officedesk.core.chain_words import ROUTED, UNIT_HINTS, describe
from officedesk.core.step_capacity import (
    OUTSIDE_SUBSTITUTES,
    capacity,
    capacity_error,
    records_for_someone,
)
from officedesk.core.step_refusals import chain_holds, holders_refusal, is_cli, refusal
from officedesk.core.step_signs import (
    ENTERED,
    RETURNED,
    SELF,
    SUBSTITUTE,
    Capacity,
    Signature,
    audit_marks,
    history_marks,
    is_return,
    last_sign,
    sign_text,
    signer,
    signing,
    signs,
)

__all__ = [
    "Capacity",
    "ENTERED",
    "OUTSIDE_SUBSTITUTES",
    "RETURNED",
    "ROUTED",
    "SELF",
    "SUBSTITUTE",
    "Signature",
    "UNIT_HINTS",
    "audit_marks",
    "capacity",
    "capacity_error",
    "chain_holds",
    "chain_name",
    "chain_step_closed",
    "cleared",
    "describe",
    "done_since_return",
    "drafter",
    "fits",
    "fits_step",
    "history_marks",
    "holders",
    "holders_refusal",
    "holds",
    "in_chain",
    "is_cli",
    "is_return",
    "last_sign",
    "level",
    "open_entry",
    "records_for_someone",
    "refusal",
    "returnable",
    "same_unit",
    "send_back",
    "sign_text",
    "signer",
    "signing",
    "signs",
    "step_name",
    "waiting_step",
]
