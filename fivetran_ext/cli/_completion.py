"""``fivetran-ext completion bash|zsh``: a completion script written from the parser itself.

The script is data (every command path and its options) plus a small lookup, so it can never drift
from the commands: a new registry method is completed as soon as it exists.
"""

from __future__ import annotations

import argparse

__all__ = ["command_tree", "script"]


def command_tree(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, list[str]]:
    """``{"connections": ["list", "get", ...], "connections sync": ["--force", ...], "": [...]}``."""
    words: list[str] = [option for action in parser._actions for option in action.option_strings]
    tree: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                words.append(name)
                tree.update(command_tree(child, f"{prefix} {name}".strip()))
    tree[prefix] = sorted(set(words) - {"-h"})
    return tree


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell`` (``bash`` or ``zsh``; zsh runs the bash one via bashcompinit)."""
    tree = command_tree(parser)
    cases = "\n".join(f'        "{path}") words="{" ".join(words)}" ;;' for path, words in sorted(tree.items()))
    body = f"""# fivetran-ext completion ({shell}); load with: eval "$(fivetran-ext completion {shell})"
_fivetran_ext_complete() {{
    local path="" word words i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${{COMP_WORDS[i]}}"
        case "$word" in -*) continue ;; esac
        case " $(_fivetran_ext_words "${{path# }}") " in *" $word "*) path="$path $word" ;; esac
    done
    COMPREPLY=($(compgen -W "$(_fivetran_ext_words "${{path# }}")" -- "${{COMP_WORDS[COMP_CWORD]}}"))
}}
_fivetran_ext_words() {{
    local words=""
    case "$1" in
{cases}
    esac
    echo "$words"
}}
complete -F _fivetran_ext_complete fivetran-ext
"""
    if shell == "zsh":
        body = "autoload -U +X bashcompinit && bashcompinit\n" + body
    return body.rstrip("\n")
