"""Entry point of the PyInstaller bundle: the same command line as `officedesk` (no subcommand
starts the window)."""

import multiprocessing
import sys

from officedesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
