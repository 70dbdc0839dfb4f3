#!/usr/bin/env python3
"""Every export loads with default arguments in pandas and in base R (issue #15 §1).

Runs `foedus export …` into a folder it creates (tempfile.mkdtemp), then loads each CSV with
`pandas.read_csv(path)` and base R's `read.csv(path)` and checks the shape and the column names against the
sidecar FILE.meta.json the export wrote. JSON exports are loaded with `pandas.read_json`. With
`--provenance-comments` the `# ` lines are in the file and `read_csv(path, comment="#")` still loads it.

Usage: python3 Tests/exports/test_exports_load.py [path/to/foedus]   (default .build/debug/foedus)
Needs python3-pandas and r-base-core (Debian); .ci/run installs both.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pandas

FOEDUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(".build", "debug", "foedus")
EXPORTS = [
    ("dyad-years-directed.csv", ["export", "dyad-years", "--from", "1990", "--to", "1991"]),
    ("dyad-years-nondirected.csv", ["export", "dyad-years", "--from", "1816", "--to", "1830", "--nondirected"]),
    ("state-years.csv", ["export", "state-years", "--from", "1816", "--to", "2016"]),
    ("alliances.csv", ["export", "alliances"]),
    ("state-years.json", ["export", "state-years", "--from", "2000", "--to", "2001"]),
    # Past 2018 (atop_carried, foedus_treaties) with the covariates (issue #15 section 4).
    ("dyad-years-recent.csv", ["export", "dyad-years", "--from", "2015", "--to", "2020",
                               "--covariates", "contiguity,major-power"]),
    ("dyad-years-recent.json", ["export", "dyad-years", "--from", "2018", "--to", "2019", "--nondirected",
                                "--covariates", "major-power"]),
    ("state-years-recent.csv", ["export", "state-years", "--from", "2010", "--to", "2020"]),
    ("similarity.csv", ["export", "similarity", "--year", "2000"]),
    ("similarity-directed.csv", ["export", "similarity", "--year", "1816", "--to", "1820", "--directed",
                                 "--coding", "binary", "--reference", "region"]),
    ("similarity.json", ["export", "similarity", "--year", "1914"]),
    # Past 2018: the alliance rows with atop_carried, similarity from the carried and curated treaties.
    ("alliances-recent.csv", ["export", "alliances", "--to", "2025"]),
    ("alliances-recent.json", ["export", "alliances", "--to", "2025"]),
    ("similarity-2024.csv", ["export", "similarity", "--year", "2024"]),
    ("similarity-2019-2020.csv", ["export", "similarity", "--year", "2019", "--to", "2020", "--coding", "binary"]),
]
# Exports past 2018 end today; pin today so that the files do not change with the date (unless the caller pins it).
ENV = dict(os.environ, FOEDUS_TODAY=os.environ.get("FOEDUS_TODAY", "2026-01-01"))

# The years a similarity export must hold.
YEARS = {"similarity-2024.csv": [2024], "similarity-2019-2020.csv": [2019, 2020]}

failures = []


def check(name, ok, message):
    print(("PASS " if ok else "FAIL ") + name + ": " + message)
    if not ok:
        failures.append(name)


def r_shape(path):
    """nrow, ncol and the names of base R's read.csv(path) with default arguments."""
    script = (
        "d <- read.csv(commandArgs(TRUE)[1]); "
        "cat(nrow(d), ncol(d), sep = '\\n'); cat(names(d), sep = '\\n')"
    )
    out = subprocess.run(["Rscript", "-e", script, path], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    return int(lines[0]), int(lines[1]), lines[2:]


def main():
    if shutil.which("Rscript") is None:
        print("FAIL: Rscript not found (apt-get install r-base-core)")
        return 1
    folder = tempfile.mkdtemp(prefix="foedus-exports-")
    try:
        for name, args in EXPORTS:
            path = os.path.join(folder, name)
            subprocess.run([FOEDUS, *args, "--output", path], check=True, capture_output=True, env=ENV)
            with open(path + ".meta.json", encoding="utf-8") as f:
                meta = json.load(f)
            rows, columns = meta["rows"], meta["columns"]
            check(name, rows > 0 and meta["provenance"], f"sidecar: {rows} rows, {len(columns)} columns")
            if name.endswith(".json"):
                frame = pandas.read_json(path)
                check(name, frame.shape[0] == rows, f"pandas.read_json: {frame.shape}")
                continue
            with open(path, encoding="utf-8") as f:
                first = f.readline().rstrip("\n")
            check(name, first == ",".join(columns), "the first line is the header row")
            frame = pandas.read_csv(path)
            check(
                name, frame.shape == (rows, len(columns)) and list(frame.columns) == columns,
                f"pandas.read_csv: {frame.shape}")
            r_rows, r_cols, r_names = r_shape(path)
            check(
                name, (r_rows, r_cols) == (rows, len(columns)) and r_names == columns,
                f"R read.csv: {r_rows} x {r_cols}")
            if name in YEARS:
                years = sorted(frame["year"].unique().tolist())
                check(name, years == YEARS[name], f"years {years}")
            if name == "alliances-recent.csv":
                carried = frame["atop_carried"].value_counts().to_dict()
                check(
                    name, set(carried) == {0, 1} and (frame["source"] == "foedus").any(),
                    f"atop_carried counts {carried}; foedus rows {(frame['source'] == 'foedus').sum()}")
        # With the provenance in the file, a reader told about comments still loads it.
        path = os.path.join(folder, "commented.csv")
        subprocess.run(
            [FOEDUS, "export", "state-years", "--from", "2000", "--to", "2000", "--provenance-comments",
             "--output", path], check=True, capture_output=True, env=ENV)
        with open(path + ".meta.json", encoding="utf-8") as f:
            meta = json.load(f)
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        frame = pandas.read_csv(path, comment="#")
        check(
            "commented.csv", first.startswith("# ") and frame.shape == (meta["rows"], len(meta["columns"])),
            f"--provenance-comments: pandas.read_csv(comment='#'): {frame.shape}")
    finally:
        shutil.rmtree(folder)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
