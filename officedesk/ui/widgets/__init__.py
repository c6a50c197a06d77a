"""Widgets shared by the tabs."""
