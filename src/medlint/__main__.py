"""``python -m medlint``: the same as the ``medlint`` command."""

import sys

from medlint.cli import main

sys.exit(main())
