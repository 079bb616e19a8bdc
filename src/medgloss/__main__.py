"""`python -m medgloss`."""

from .cli import main

main(prog_name="medgloss")
