"""An office with people in their posts (逐级负责): the `staffed` fixture, shared with
tests/documents through tests/staff.py."""

from __future__ import annotations

from tests.staff import STAFF, STAFF_TODAY, staffed  # noqa: F401  (STAFF and the fixture)

TODAY = STAFF_TODAY
