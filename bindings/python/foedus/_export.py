"""Dyad-years, state-years and the peacesciencer-style verbs."""

from __future__ import annotations

import datetime
import os
import tempfile
from typing import Iterable, Optional, Sequence

import pandas as pd

from ._binary import FoedusError, run, run_json

SIMILARITY_MEASURES: tuple[str, ...] = (
    "s_absolute", "s_squared", "s_weighted_absolute", "s_weighted_squared", "kappa_squared", "kappa_nominal",
    "pi_nominal", "pi_squared", "tau_b",
)


def read_export(path: str) -> pd.DataFrame:
    """Reads an export as a plain CSV: keys and ``atop_*`` as nullable integers (``Int64``), ``cinc*`` as floats,
    ``atopids`` and ``stateabb`` as strings (``""`` when there is no alliance). '# ' provenance lines before the
    header (older binaries, or ``--provenance-comments``) are skipped."""
    skip = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                header = line.rstrip("\n").split(",")
                break
            skip += 1
    dtypes = {c: ("string" if c in ("atopids", "stateabb", "foedus_treaties")
                  else "float64" if c.startswith("cinc") or c in SIMILARITY_MEASURES else "Int64")
              for c in header}
    df = pd.read_csv(path, skiprows=skip, dtype=dtypes)
    for c in ("atopids", "foedus_treaties"):
        if c in df:
            df[c] = df[c].fillna("")
    return df


def last_year() -> int:
    """The last year the binary has data for: this year (``FOEDUS_TODAY``'s when set, as the binary reads it)."""
    pinned = os.environ.get("FOEDUS_TODAY", "")
    return int(pinned[:4]) if pinned[:4].isdigit() else datetime.date.today().year


def _export(what: str, start: int, end: int, extra: Sequence[str] = ()) -> pd.DataFrame:
    with tempfile.TemporaryDirectory(prefix="foedus-export-") as folder:
        path = os.path.join(folder, f"{what}.csv")
        run(["export", what, "--from", str(int(start)), "--to", str(int(end)), *extra, "--output", path])
        return read_export(path)


def foedus_dyad_years(start: int = 1816, end: int = 2018, directed: bool = True) -> pd.DataFrame:
    """``foedus export dyad-years`` as a DataFrame (columns: docs/dyad-years.md): ccode1, ccode2, year,
    atop_alliance, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul, cinc1, cinc2, atopids."""
    return _export("dyad-years", start, end, ["--directed" if directed else "--nondirected"])


def foedus_state_years(start: int = 1816, end: int = 2018) -> pd.DataFrame:
    """``foedus export state-years`` as a DataFrame: ccode, stateabb, year, cinc, atop_*, atopids."""
    return _export("state-years", start, end)


def _check_clash(data: pd.DataFrame, columns: Iterable[str]) -> None:
    clash = [c for c in columns if c in data.columns]
    if clash:
        raise ValueError(f"data already has column(s) {', '.join(clash)}; remove or rename them first")


def add_foedus_obligations(
    data: pd.DataFrame, directed: bool = True, columns: Optional[Sequence[str]] = None
) -> pd.DataFrame:
    """Adds the export's columns to a dyad-year (ccode1, ccode2, year) or state-year (ccode, year) frame: a left
    join on the keys that keeps data's rows, order and index; unmatched rows get <NA>. ``directed`` chooses the
    directed or non-directed dyad-years; ``columns`` the columns to add (default: all but the keys and stateabb)."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError("data must be a pandas DataFrame")
    if "year" not in data.columns:
        raise ValueError("data needs a column 'year'")
    dyadic = {"ccode1", "ccode2"} <= set(data.columns)
    if not dyadic and "ccode" not in data.columns:
        raise ValueError("data needs columns ccode1, ccode2 and year (dyad-years) or ccode and year (state-years)")
    years = data["year"].dropna()
    if years.empty:
        raise ValueError("data has no non-missing year")
    keys = ["ccode1", "ccode2", "year"] if dyadic else ["ccode", "year"]
    start, end = int(years.min()), int(years.max())
    table = foedus_dyad_years(start, end, directed) if dyadic else foedus_state_years(start, end)
    available = [c for c in table.columns if c not in keys and c != "stateabb"]
    wanted = list(available if columns is None else columns)
    unknown = [c for c in wanted if c not in available]
    if unknown:
        raise ValueError(f"columns: {', '.join(unknown)} not in the export (it has {', '.join(available)})")
    _check_clash(data, wanted)
    left = pd.DataFrame({k: pd.array(data[k], dtype="Int64") for k in keys})
    right = table[keys + wanted].astype({k: "Int64" for k in keys})
    merged = left.merge(right, on=keys, how="left", validate="many_to_one")
    out = data.copy()
    for c in wanted:
        out[c] = merged[c].array
    return out


def foedus_similarity_year(
    year: int, end: Optional[int] = None, reference: str = "system", coding: str = "valued",
    directed: bool = False,
) -> pd.DataFrame:
    """``foedus export similarity --year Y [--to END]`` as a DataFrame: every pair of states of the years (ccode1 <
    ccode2, or both orders with ``directed``), year, and the nine measures (docs/similarity.md); NaN where a
    measure is undefined."""
    extra = ["--to", str(int(end))] if end is not None else []
    with tempfile.TemporaryDirectory(prefix="foedus-export-") as folder:
        path = os.path.join(folder, "similarity.csv")
        run(["export", "similarity", "--year", str(int(year)), *extra, "--reference", reference, "--coding", coding,
             *(["--directed"] if directed else []), "--output", path])
        return read_export(path)


def add_foedus_similarity(
    data: pd.DataFrame, measures: Sequence[str] = SIMILARITY_MEASURES, reference: str = "system",
    coding: str = "valued",
) -> pd.DataFrame:
    """Adds alliance-portfolio similarity (``foedus export similarity --year Y``; docs/similarity.md) to a
    dyad-year frame, one CLI call per distinct year (like peacesciencer's ``add_fpsim()``). The measures are
    symmetric. Past 2018 the portfolios come from the carried ATOP and curated treaties (docs/similarity.md, After
    2018). Years outside 1816 to this year (to 2018 for ``reference="relevant"``), a state with itself and a state
    not in the system that year give NaN."""
    if not isinstance(data, pd.DataFrame) or not {"ccode1", "ccode2", "year"} <= set(data.columns):
        raise ValueError("data must be a DataFrame with columns ccode1, ccode2 and year")
    unknown = [m for m in measures if m not in SIMILARITY_MEASURES]
    if unknown:
        raise ValueError(f"measures: unknown {', '.join(unknown)} (known: {', '.join(SIMILARITY_MEASURES)})")
    _check_clash(data, measures)
    last = 2018 if reference == "relevant" else last_year()
    years = sorted({int(y) for y in data["year"].dropna() if 1816 <= int(y) <= last})
    tables = [foedus_similarity_year(y, reference=reference, coding=coding) for y in years]
    keys = pd.DataFrame({
        "a": pd.array([None if pd.isna(a) or pd.isna(b) else min(int(a), int(b))
                       for a, b in zip(data["ccode1"], data["ccode2"])], dtype="Int64"),
        "b": pd.array([None if pd.isna(a) or pd.isna(b) else max(int(a), int(b))
                       for a, b in zip(data["ccode1"], data["ccode2"])], dtype="Int64"),
        "year": pd.array(data["year"], dtype="Int64"),
    })
    out = data.copy()
    if tables:
        table = pd.concat(tables, ignore_index=True).rename(columns={"ccode1": "a", "ccode2": "b"})
        merged = keys.merge(table[["a", "b", "year", *measures]], on=["a", "b", "year"], how="left")
    else:
        merged = keys.assign(**{m: float("nan") for m in measures})
    for m in measures:
        out[m] = pd.array(merged[m], dtype="float64")
    return out
