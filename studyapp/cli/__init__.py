"""The ``studyapp`` command line (click)."""
