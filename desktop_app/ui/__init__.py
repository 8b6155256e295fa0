"""Widgets, item models and background workers."""
