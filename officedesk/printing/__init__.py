"""Printed forms with reportlab: embedded CJK fonts, GB/T 9704 geometry, one module per form."""
