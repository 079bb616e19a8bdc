"""`medgloss validate`: check glossary files."""

from __future__ import annotations

import sys

import click


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
def validate(paths: tuple[str, ...]) -> None:
    """Check glossary files (default: the built-in ones) and report file:line: problem."""
    from ..glossary.loader import builtin_dir
    from ..glossary.validate import validate as run

    problems = run(paths or [builtin_dir()])
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
