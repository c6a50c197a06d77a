"""import --update of a petition (RegistrySpec.update_hook): a correction as the window's 更正
saves one (records.update); a joint letter's (联名信) petitioners' columns, which list one value
per petitioner (joint.py), saved place by place through the petitioner list
(registration.update_petitioners), as the window's list of petitioners is saved.

`check_update` is the hook's every refusal made with no write (RegistrySpec.check_update): the
same steps (`_split`, records.prepare_correction — which records.update makes —, `_listed_people`,
registration.check_petitioners — which update_petitioners makes —) against the petition as the
hook leaves it after its own save, so an import's dry run, and a file refused by row, take no
write lock for a joint letter's lists and say what the import says."""

from __future__ import annotations

from typing import Any

from officedesk.core import corrections, record_guards, records
from officedesk.core.actor import Actor
from officedesk.core.petitions import joint, registration
from officedesk.core.petitions.spec import PETITIONER_KEYS
from officedesk.core.summary_texts import trail_text
from officedesk.store.petitions import Petition, Petitioner


def _spec() -> Any:
    from officedesk.core.petitions import SPEC

    return SPEC


def listed_cells(record: Petition, raw: dict[str, Any]) -> frozenset[str]:
    """import --update: a joint letter's petitioners' columns list one value per petitioner
    (joint.py), as its export writes them and as its 信访人 cell names them."""
    spec = _spec()
    labels = frozenset(spec.field(key).label for key in PETITIONER_KEYS)
    name = raw.get(spec.field("name").label)
    several = (record.people_count or 1) > 1 and Petitioner.select().where(
        Petitioner.petition == record.id).count() > 1
    if several or (isinstance(name, str) and len(joint.names_in(name)) > 1):
        return labels
    return frozenset()


def _refuse_step_facts(raw: dict[str, Any]) -> None:
    """import --update: the state and its facts are the steps' (the window's 办理)."""
    spec = _spec()
    fixed = [key for key in raw if not spec.by_label(key).editable]
    if fixed:
        label = spec.by_label(fixed[0]).label
        raise record_guards.imported_step_fact(label, label)


def plain_update(record: Petition, raw: dict[str, Any]) -> bool:
    """import --update: a row that lists no petitioners place by place is a correction `edit`
    saves (RegistrySpec.plain_update): checked before the write lock, saved with the others."""
    _refuse_step_facts(raw)
    return not listed_cells(record, raw) & raw.keys()


def _split(record: Petition, raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The row's changed cells: the petition's own (by field name), and the petitioners'
    columns listed place by place (label -> cell)."""
    spec = _spec()
    _refuse_step_facts(raw)
    listed_labels = listed_cells(record, raw)
    listed = {label: cell for label, cell in raw.items() if label in listed_labels}
    rest = {spec.by_label(key).name: value for key, value in raw.items() if key not in listed}
    return rest, listed


def _listed_people(record: Petition, listed: dict[str, Any], actor: Actor) -> list[dict[str, Any]]:
    """The petitioners as the listed cells correct them, refused where the record's own locks
    (a read-only account …) refuse them; personal data is the list's to refuse."""
    spec = _spec()
    corrections.refuse_locked(spec, record, [spec.by_label(label).name for label in listed
                                             if not spec.by_label(label).sensitive], actor)
    return joint.corrected_people(spec, registration._petitioners_of(record.id), listed)


def update_hook(record: Petition, raw: dict[str, Any], actor: Actor) -> Petition:
    """import --update: the petition's own cells corrected (records.update), then a joint
    letter's lists through its petitioner list (registration.update_petitioners)."""
    spec = _spec()
    rest, listed = _split(record, raw)
    if rest or not listed:
        record = records.update(
            spec, record.id, rest, record.version, actor,
            summary=trail_text("导入更新%1：%2", "信访", [spec.field(k).label for k in rest]),
        )
    if listed:
        record = registration.update_petitioners(record.id, _listed_people(record, listed, actor),
                                                 record.version, actor)
    return record


def check_update(record: Petition, raw: dict[str, Any], actor: Actor) -> dict[str, Any]:
    """What `update_hook` refuses the row for, checked with no write, in the order its saves
    meet it (the petitioner list against the petition as its own cells leave it: a 人数 and its
    names corrected together): the petition's values as the hook saves them."""
    spec = _spec()
    rest, listed = _split(record, raw)
    values: dict[str, Any] = {}
    if rest or not listed:
        correction = records.prepare_correction(spec, record, rest, actor, ahead=True)
        values = correction.saved_values
        record = records.corrected_copy(spec, correction)
    if listed:
        first = registration.check_petitioners(record, _listed_people(record, listed, actor), actor)[0]
        own = {key: first[key] for key in PETITIONER_KEYS}
        records.check_saved(spec, record, own, actor)  # as update_petitioners' save checks them
        values.update(own)
    return values
