"""Errors raised for bad user input, carrying where the problem is."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a file, a line or a value that cannot be used.

    The CLI turns it into a one-line message and exit code 2.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        """Return ``file:line: field: message`` with the parts that are known."""
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        if self.field is not None:
            where += f"{self.field}: "
        return where + self.message
