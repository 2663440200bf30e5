"""`python -m nomos_desk` runs the desktop app (same as the nomos-desk script)."""

import sys

from nomos_desk.app import main

sys.exit(main())
