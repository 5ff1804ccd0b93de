"""`python -m newsbench`: the command-line interface."""

from newsbench.cli import main

raise SystemExit(main())
