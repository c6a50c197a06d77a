"""A value a unique column of a registry holds already, said by the field's label (records'
create and update write through `refusing_duplicates`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import peewee

from officedesk.core.errors import ValidationError
from officedesk.core.fields import display
from officedesk.core.registry import RegistrySpec
from officedesk.store.db_errors import duplicate_message, unique_violation


@contextlib.contextmanager
def refusing_duplicates(spec: RegistrySpec, values: dict[str, Any], existing: Any = None) -> Iterator[None]:
    """A value a unique column of the registry holds already: refused naming the field by its
    label and the value written (SQLite's error names neither; PostgreSQL's value is used when
    the record's cannot be read), next to the field in a form, by column at import."""
    try:
        yield
    except peewee.IntegrityError as exc:
        found = unique_violation(exc)
        by_column = {f.column_name: f.name for f in spec.model._meta.sorted_fields}
        names = [by_column.get(column, column) for column in found.columns] if found else []
        fields = [spec.field(name) for name in names if name in {f.name for f in spec.fields}]
        if found is None or not fields or len(fields) != len(names):
            raise  # not a column of this registry's own (store.db_errors.duplicate_error says it)

        def written(name: str) -> Any:
            return values[name] if name in values else getattr(existing, name, None)

        shown = [display(f, written(f.name), True) for f in fields]
        value = "、".join(shown) if all(shown) else found.value
        raise ValidationError(
            duplicate_message(spec.label, "＋".join(f.label for f in fields), value), fields[0].name
        ) from exc
