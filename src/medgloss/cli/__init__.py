"""The `medgloss` command: a thin layer over the library API, one module per command.

Command modules are imported only when their command runs, so `medgloss lookup` starts fast.
"""

from .app import main

__all__ = ["main"]
