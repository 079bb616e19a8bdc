"""The `medgloss` command: a thin layer over the library API, one module per command."""

from .app import main
from .browse import show, stats
from .lookup import lookup
from .validate import validate

for _command in (lookup, show, stats, validate):
    main.add_command(_command)

__all__ = ["main"]
