"""The `medgloss` command group and what its subcommands share."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .._version import __version__
from ..api import Glossary, load
from ..errors import MedglossError, UsageError
from ..model import LANGS

F = TypeVar("F", bound=Callable[..., Any])

LANG_CHOICE = click.Choice(LANGS)


COMMANDS: dict[str, str] = {
    "lookup": "lookup:lookup",
    "check": "check:check",
    "checks": "check:list_checks",
    "show": "browse:show",
    "stats": "browse:stats",
    "validate": "validate:validate",
    "export": "interchange:export",
    "import": "interchange:import_",
}
"""Command name -> `module:attribute` in this package, imported when the command is used."""


class _Group(click.Group):
    """Lazily loaded subcommands; MedglossError reported as one line with exit status 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attribute = target.partition(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        command = getattr(module, attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedglossError as exc:
            click.echo(f"medgloss: error: {exc}", err=True)
            ctx.exit(2)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("medgloss: interrupted", err=True)
            ctx.exit(130)


def glossary_options(func: F) -> F:
    """`--glossary PATH` (repeatable) and `--no-builtin`, shared by every command."""
    func = click.option("--no-builtin", is_flag=True,
                        help="Use only the glossaries given with --glossary.")(func)
    func = click.option("--glossary", "-g", "glossaries", multiple=True, metavar="PATH",
                        help="A .terms/.csv/.tsv glossary (or a directory of them) layered over "
                             "the built-in one; repeatable, later ones win.")(func)
    return func


def load_glossary(glossaries: tuple[str, ...], no_builtin: bool) -> Glossary:
    """The glossary a command works on: built-in (unless --no-builtin) plus --glossary files."""
    if no_builtin and not glossaries:
        raise UsageError("--no-builtin needs at least one --glossary")
    return load(glossaries, builtin=not no_builtin)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="medgloss")
def main() -> None:
    """Turkish-English-Arabic oncology termbase: look terms up, check translations."""
