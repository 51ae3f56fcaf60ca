"""``python -m medlint.evaluate TASK FILE``: see :mod:`medlint.evaluate`."""

from __future__ import annotations

import argparse
import importlib
import sys

from medlint.evaluate import TASKS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medlint.evaluate",
                                     description="Score medlint on a labelled JSONL corpus.")
    tasks = parser.add_subparsers(dest="task", required=True)
    modules = {}
    for name, module_name in TASKS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        modules[name] = module
        sub = tasks.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(sub)
    args = parser.parse_args(argv)
    return modules[args.task].run(args)


if __name__ == "__main__":
    sys.exit(main())
