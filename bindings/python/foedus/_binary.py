"""Finding and calling the foedus binary."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from typing import Any, Optional, Sequence

#: Set this (``foedus.options["binary"] = "/path/to/foedus"``) to choose the binary, like R's option foedus.binary.
options: dict[str, Optional[str]] = {"binary": None}


class FoedusError(RuntimeError):
    """The foedus CLI exited with an error; ``code`` is its JSON error code (``unknownState`` …) when it gave one."""

    def __init__(self, message: str, code: Optional[str] = None, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


def _executable(path: str) -> bool:
    return bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)


def foedus_binary() -> str:
    """The foedus binary: ``options["binary"]``, else ``$FOEDUS_BIN``, else ``foedus`` on PATH."""
    option = options.get("binary") or ""
    env = os.environ.get("FOEDUS_BIN", "")
    on_path = shutil.which("foedus") or ""
    for candidate in (option, env, on_path):
        if _executable(candidate):
            return os.path.realpath(candidate)

    def said(value: str) -> str:
        return f"'{value}' (not an executable file)" if value else "unset"

    raise FoedusError(
        f"cannot find the foedus binary: foedus.options['binary'] is {said(option)}, environment variable "
        f"FOEDUS_BIN is {said(env)}, and 'foedus' is not found on PATH; set one of them to an executable foedus"
    )


def foedus_available() -> bool:
    """True when :func:`foedus_binary` finds a binary."""
    try:
        foedus_binary()
        return True
    except FoedusError:
        return False


def run(args: Sequence[str]) -> str:
    """Runs foedus with ``args``; returns stdout. A non-zero exit raises :class:`FoedusError` with the CLI's message."""
    done = subprocess.run([foedus_binary(), *args], capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        message, code = done.stderr.strip(), None
        try:
            error = json.loads(message)["error"]
            message, code = error["message"], error.get("code")
        except (ValueError, KeyError, TypeError):
            pass
        raise FoedusError(f"foedus {args[0]}: {message}", code=code, status=done.returncode)
    return done.stdout


def run_json(args: Sequence[str]) -> Any:
    """Runs foedus with ``args`` and ``--json``; returns the parsed answer."""
    return json.loads(run([*args, "--json"]))
