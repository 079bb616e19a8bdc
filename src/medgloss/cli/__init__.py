"""The `medgloss` command: a thin layer over the library API, one module per command."""

from .app import main
from .browse import show, stats
from .check import check, list_checks
from .interchange import export, import_
from .lookup import lookup
from .validate import validate

for _command in (lookup, check, list_checks, show, stats, validate, export, import_):
    main.add_command(_command)

__all__ = ["main"]
