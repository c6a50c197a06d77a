"""English for probe118's strings."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # figures shown (not printed) to an account not cleared for every 密级 (core.counted_scope)
    "这些数字只统计了%1（您的密级权限为“%2”）；包含全部密级的数字须由密级权限为“%3”的人员查看。": (
        "These figures count only %1 (your clearance is “%2”); figures that include every "
        "classification level must be looked at by someone cleared for “%3”."
    ),
}
