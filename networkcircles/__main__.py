"""`python -m networkcircles`, and the frozen bundle's entry point."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen bundle started as a job's child process (services.child_process) runs the
    # job here and exits, before the command line is even imported. The guard keeps a
    # spawned child, which imports this module under another name, from running it.
    multiprocessing.freeze_support()
    from networkcircles.cli import main

    sys.exit(main())
