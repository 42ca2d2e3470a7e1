"""Services: one transaction per user action, plain dataclasses out.

The TUI and the CLI call these; they never see ORM objects.
"""
