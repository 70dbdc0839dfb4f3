"""Foedus from Python: the foedus command-line binary's answers as pandas DataFrames.

The binary is found through ``foedus.options["binary"]``, else ``$FOEDUS_BIN``, else ``foedus`` on PATH.
"""

from ._binary import FoedusError, foedus_available, foedus_binary, options
from ._engine import foedus_audit, foedus_obligations, foedus_scenario, foedus_simulate
from ._export import (
    SIMILARITY_MEASURES,
    add_foedus_obligations,
    add_foedus_similarity,
    foedus_dyad_years,
    foedus_state_years,
    read_export,
)

__all__ = [
    "FoedusError", "SIMILARITY_MEASURES", "add_foedus_obligations", "add_foedus_similarity", "foedus_audit",
    "foedus_available", "foedus_binary", "foedus_dyad_years", "foedus_obligations", "foedus_scenario",
    "foedus_simulate", "foedus_state_years", "options", "read_export",
]
__version__ = "0.1.0"
