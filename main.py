"""Entry point: `python main.py` opens the window; `python main.py COMMAND ...` runs the CLI."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Segmentation workers are spawned processes; they import this file as a module, so the
    # app itself is only imported here (and a frozen build must not start itself again).
    multiprocessing.freeze_support()
    from annotator.cli import main

    sys.exit(main())
