"""`python -m baes_tui` is the same as the `baes` console script."""

import sys

from baes_tui.cli import main

sys.exit(main())
