"""`python -m networkcircles`."""

import sys

from networkcircles.cli import main

sys.exit(main())
