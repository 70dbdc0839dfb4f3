"""Tests against the real binary ($FOEDUS_BIN, FOEDUS_TODAY=2026-01-01). Skipped without a binary unless
FOEDUS_REQUIRE_BINARY=1 (bindings/check sets it)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

import foedus

if not foedus.foedus_available():
    if os.environ.get("FOEDUS_REQUIRE_BINARY") == "1":
        raise RuntimeError("no foedus binary; set FOEDUS_BIN")
    pytest.skip("no foedus binary", allow_module_level=True)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOEDUS_TODAY", "2026-01-01")


def test_binary_error_names_all_three(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(foedus.options, "binary", "/nonexistent/foedus")
    monkeypatch.setenv("FOEDUS_BIN", "/also/missing")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(foedus.FoedusError) as e:
        foedus.foedus_binary()
    message = str(e.value)
    assert "foedus.options['binary'] is '/nonexistent/foedus'" in message
    assert "FOEDUS_BIN is '/also/missing'" in message
    assert "on PATH" in message


def test_cli_error_carries_code() -> None:
    with pytest.raises(foedus.FoedusError) as e:
        foedus.foedus_scenario(on="2026-01-01", attack="XYZ:PRK")
    assert e.value.code == "unknownState" and e.value.status == 1
    assert "unknown state 'XYZ'" in str(e.value)


def test_scenario_russia_only_after_entry_into_force() -> None:
    # The Russia-DPRK treaty of 2024 is in force from 2024-12-04: on 2024-09-01 Russia stays out.
    s = foedus.foedus_scenario(on="2024-09-01", attack="USA:PRK")
    assert s["side"].tolist() == ["attacker", "defender", "defender", "defender"]
    assert s["ccode"].tolist() == [2, 731, 40, 710]
    assert s["cause"].tolist() == ["aggressor", "victim", "defense", "defense"]
    assert s["treaty"].tolist()[2:] == ["ATOP-3975", "CHN-PRK-1961"] and s["treaty"].isna().tolist()[:2] == [True, True]
    assert s["article"].tolist()[2:] == ["ATOP DEFENSE (phase 0)", "II"]
    s = foedus.foedus_scenario(on="2026-01-01", attack=["USA:PRK"])
    r = s[s["ccode"] == 365]
    assert len(r) == 1
    row = r.iloc[0]
    assert (row["side"], row["cause"], row["treaty"], row["article"], row["name"]) == (
        "defender", "defense", "RUS-PRK-2024", "4", "Russia")
    assert (row["beneficiary_ccode"], row["against_ccode"]) == (731, 2)


def test_obligations() -> None:
    o = foedus.foedus_obligations(on="2024-09-01", attack="USA:PRK")
    assert list(o.columns) == list(foedus._engine.OBLIGATION_COLUMNS)
    chn = o[(o["obligor_ccode"] == 710) & (o["kind"] == "defense")]
    assert len(chn) == 1
    row = chn.iloc[0]
    assert (row["treaty"], row["article"], row["strength"], row["status"], row["beneficiary"], row["adversary"],
            bool(row["verified"])) == ("CHN-PRK-1961", "II", "automatic", "binding", "PRK", "USA", True)
    assert not ((o["obligor_ccode"] == 365) & (o["kind"] == "defense")).any()


def test_simulate() -> None:
    m = foedus.foedus_simulate(on="2026-01-01", attack="USA:PRK", runs=200, seed=1)
    assert m["ccode"].tolist() == [2, 40, 365, 710, 731]
    assert m["p_attackers"].tolist() == [1, 0, 0, 0, 0]
    by = m.set_index("ccode")
    assert by.loc[731, "p_defenders"] == 1 and by.loc[2, "p_defenders"] == 0
    assert (by.loc[[40, 365, 710], "p_defenders"] > 0).all()
    assert ((m["p_defenders_low"] <= m["p_defenders"] + 1e-12) & (m["p_defenders"] <= m["p_defenders_high"] + 1e-12)).all()
    # the same as R's: identical seeds give identical numbers
    assert m.attrs["foedus"]["result"]["runs"] == 200


def test_audit() -> None:
    # Removing the Austria-Modena alliance (ATOP 1125) on 1850-06-01: Modena loses under every reading.
    a = foedus.foedus_audit(on="1850-06-01", remove="ATOP-1125")
    assert a["reading"].tolist() == ["strict", "treaty", "chain", "dyadic"]
    assert (a["outcome"] == "loser").all() and (a["ccode"] == 332).all() and (~a["holds"]).all()
    assert ((a["after"] - a["before"] - a["delta"]).abs() < 1e-12).all() and (a["delta"] < 0).all()


def test_add_obligations_dyads_and_states() -> None:
    d = pd.DataFrame({"ccode1": [2, 200, 2, 2], "ccode2": [365, 255, 20, 999], "year": [1980, 1914, 1950, 1950],
                      "x": [1, 2, 3, 4]}, index=[10, 11, 12, 13])
    j = foedus.add_foedus_obligations(d, columns=["atop_defense", "atop_alliance", "atopids"])
    assert j.index.tolist() == [10, 11, 12, 13] and j["x"].tolist() == [1, 2, 3, 4]
    assert j["atop_defense"].tolist() == [0, 0, 1, pd.NA]
    assert j["atop_alliance"].tolist() == [1, 0, 1, pd.NA]
    assert j["atopids"].tolist() == ["3740", "", "3180", pd.NA]
    with pytest.raises(ValueError, match="already has column"):
        foedus.add_foedus_obligations(j)
    s = foedus.add_foedus_obligations(pd.DataFrame({"ccode": [2, 365], "year": [1980, 1914]}), columns=["atop_defense"])
    assert s["atop_defense"].tolist() == [1, 1]


def test_add_similarity() -> None:
    d = pd.DataFrame({"ccode1": [2, 365, 2, 2], "ccode2": [365, 2, 365, 365], "year": [1980, 1980, 2020, 1800]})
    s = foedus.add_foedus_similarity(d, measures=["s_absolute", "tau_b"])
    assert abs(s["s_absolute"][0] - 0.256410256) < 1e-8  # docs/similarity.md: 0.256410
    assert s["s_absolute"][0] == s["s_absolute"][1] and s["tau_b"][0] == s["tau_b"][1]
    # Past 2018: from the carried ATOP and curated treaties, the value foedus similarity prints.
    assert abs(s["s_absolute"][2] - S_USA_RUS_2020) < 1e-6
    assert pd.isna(s["s_absolute"][3]) and pd.isna(s["tau_b"][3])


# FOEDUS_TODAY=2026-01-01 foedus similarity --year 2020 USA RUS: s_absolute.
S_USA_RUS_2020 = 0.388034188


def defence_share_by_decade(dyads: pd.DataFrame) -> pd.Series:
    """The worked example: the share of dyad-years with a defence pact, by decade."""
    return dyads.groupby(dyads["year"] // 10 * 10)["atop_defense"].mean()


def test_worked_example_equals_the_csv(tmp_path: Path) -> None:
    share = defence_share_by_decade(foedus.foedus_dyad_years(1820, 1939, directed=False))
    csv = tmp_path / "dyads.csv"
    subprocess.run([foedus.foedus_binary(), "export", "dyad-years", "--from", "1820", "--to", "1939",
                    "--nondirected", "--output", str(csv)], check=True, capture_output=True)
    comments = sum(1 for _ in iter(open(csv).readline, "") if _.startswith("#"))
    raw = pd.read_csv(csv, skiprows=comments)  # plain CSV; skiprows only for binaries that still write '# ' lines
    direct = defence_share_by_decade(raw)
    assert share.index.tolist() == list(range(1820, 1940, 10))
    assert share.astype("float64").tolist() == direct.tolist()
    # the same through the verb, on a shuffled frame of the keys only
    keys = raw[["ccode1", "ccode2", "year"]].sample(frac=1, random_state=1)
    joined = foedus.add_foedus_obligations(keys, directed=False, columns=["atop_defense"])
    assert defence_share_by_decade(joined).astype("float64").tolist() == pytest.approx(direct.tolist(), abs=1e-15)
    print(share)
