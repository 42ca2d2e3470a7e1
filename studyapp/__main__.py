"""``python -m studyapp``."""

from studyapp.cli.main import main

if __name__ == "__main__":
    main()
