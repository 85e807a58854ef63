"""``python -m extractor`` is the ``claims`` command."""

import sys

from .cli import main

sys.exit(main())
