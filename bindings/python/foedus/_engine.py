"""foedus scenario, obligations, simulate and audit as DataFrames."""

from __future__ import annotations

from typing import Any, Iterable, Optional, Union

import pandas as pd

from ._binary import run_json

Attacks = Union[str, Iterable[str]]
Paths = Union[None, str, Iterable[str]]


def _many(x: Paths) -> list[str]:
    if x is None:
        return []
    return [x] if isinstance(x, str) else list(x)


def _engine_args(
    on: Optional[str], attack: Attacks, policy: Optional[str], honour: Optional[str], include_uncertain: bool,
    include_contested: bool, sovereignty: Optional[str], data: Paths,
) -> list[str]:
    args: list[str] = []
    if on is not None:
        args += ["--on", str(on)]
    for a in _many(attack):
        args += ["--attack", a]
    if policy is not None:
        args += ["--policy", policy]
    if honour is not None:
        args += ["--honour", honour]
    if include_uncertain:
        args.append("--include-uncertain")
    if include_contested:
        args.append("--include-contested")
    if sovereignty is not None:
        args += ["--sovereignty", sovereignty]
    for d in _many(data):
        args += ["--data", d]
    return args


def _frame(rows: list[dict[str, Any]], dtypes: dict[str, str], answer: Any) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(dtypes)).astype(dtypes)
    df.attrs["foedus"] = answer
    return df


def _state(s: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {f"{prefix}ccode": s.get("ccode"), f"{prefix}abbreviation": s.get("abbreviation"),
            f"{prefix}name": s.get("name")}


SCENARIO_COLUMNS = {
    "side": "string", "ccode": "Int64", "abbreviation": "string", "name": "string", "step": "Int64",
    "cause": "string", "treaty": "string", "article": "string", "beneficiary_ccode": "Int64",
    "against_ccode": "Int64", "policy": "string",
}


def foedus_scenario(
    attack: Attacks, on: Optional[str] = None, policy: Optional[str] = None, honour: Optional[str] = None,
    include_uncertain: bool = False, include_contested: bool = False, sovereignty: Optional[str] = None,
    data: Paths = None,
) -> pd.DataFrame:
    """``foedus scenario --json``: one row per side member, in order of entry, with the last step of its reason
    chain. Columns: side ("attacker"/"defender"), ccode, abbreviation, name, step, cause, treaty, article,
    beneficiary_ccode, against_ccode, policy. The parsed answer is in ``df.attrs["foedus"]``."""
    j = run_json(["scenario", *_engine_args(on, attack, policy, honour, include_uncertain, include_contested,
                                            sovereignty, data)])
    rows = []
    for side in ("attackers", "defenders"):
        for m in j["sides"][side]:
            r = m["reasons"][-1]
            rows.append({"side": side[:-1], **_state(m["state"]), "step": r.get("step"), "cause": r.get("cause"),
                         "treaty": (r.get("treaty") or {}).get("id"), "article": r.get("article"),
                         "beneficiary_ccode": (r.get("beneficiary") or {}).get("ccode"),
                         "against_ccode": (r.get("against") or {}).get("ccode"), "policy": r.get("policy")})
    return _frame(rows, SCENARIO_COLUMNS, j)


OBLIGATION_COLUMNS = {
    "attack": "Int64", "obligor_ccode": "Int64", "obligor": "string", "beneficiary_ccode": "Int64",
    "beneficiary": "string", "adversary_ccode": "Int64", "adversary": "string", "kind": "string",
    "strength": "string", "status": "string", "treaty": "string", "article": "string", "quote_status": "string",
    "verified": "boolean", "carried_forward": "boolean", "source": "string",
}


def foedus_obligations(
    attack: Attacks, on: Optional[str] = None, policy: Optional[str] = None, honour: Optional[str] = None,
    include_uncertain: bool = False, include_contested: bool = False, sovereignty: Optional[str] = None,
    data: Paths = None,
) -> pd.DataFrame:
    """``foedus obligations --json``: one row per obligation, in the CLI's order. Columns: attack (0-based index
    into the answer's attacks), obligor_ccode, obligor, beneficiary_ccode, beneficiary, adversary_ccode, adversary
    (abbreviations), kind, strength, status, treaty, article, quote_status, verified, carried_forward, source."""
    j = run_json(["obligations", *_engine_args(on, attack, policy, honour, include_uncertain, include_contested,
                                               sovereignty, data)])
    rows = [{
        "attack": o.get("attack"), "obligor_ccode": o["obligor"]["ccode"], "obligor": o["obligor"]["abbreviation"],
        "beneficiary_ccode": o["beneficiary"]["ccode"], "beneficiary": o["beneficiary"]["abbreviation"],
        "adversary_ccode": o["adversary"]["ccode"], "adversary": o["adversary"]["abbreviation"],
        "kind": o.get("kind"), "strength": o.get("strength"), "status": o.get("status"),
        "treaty": o["treaty"]["id"], "article": o.get("article"), "quote_status": o.get("quoteStatus"),
        "verified": o.get("verified"), "carried_forward": o.get("carriedForward"), "source": o.get("source"),
    } for o in j["obligations"]]
    return _frame(rows, OBLIGATION_COLUMNS, j)


SIMULATE_COLUMNS = {
    "ccode": "Int64", "abbreviation": "string", "name": "string", "p_attackers": "float64",
    "p_attackers_low": "float64", "p_attackers_high": "float64", "p_defenders": "float64",
    "p_defenders_low": "float64", "p_defenders_high": "float64",
}


def foedus_simulate(
    attack: Attacks, on: Optional[str] = None, runs: int = 1000, seed: int = 1, policy: Optional[str] = None,
    honour: Optional[str] = None, include_uncertain: bool = False, include_contested: bool = False,
    sovereignty: Optional[str] = None, data: Paths = None, priors: Optional[str] = None,
    capabilities: Optional[str] = None,
) -> pd.DataFrame:
    """``foedus simulate --json``: one row per state (COW order) with the share of runs in which it joins each
    side and Wilson 95 % intervals: ccode, abbreviation, name, p_attackers(_low, _high), p_defenders(_low, _high).
    War size, defenders' share and priors are in ``df.attrs["foedus"]``."""
    args = ["simulate", *_engine_args(on, attack, policy, honour, include_uncertain, include_contested,
                                      sovereignty, data), "--runs", str(int(runs)), "--seed", str(int(seed))]
    if priors is not None:
        args += ["--priors", priors]
    if capabilities is not None:
        args += ["--capabilities", capabilities]
    j = run_json(args)
    rows = []
    for s in j["result"]["states"]:
        row = _state(s["state"])
        for side in ("attackers", "defenders"):
            row[f"p_{side}"] = s[side]["value"]
            row[f"p_{side}_low"] = s[side]["low"]
            row[f"p_{side}_high"] = s[side]["high"]
        rows.append(row)
    return _frame(rows, SIMULATE_COLUMNS, j)


AUDIT_COLUMNS = {
    "reading": "string", "holds": "boolean", "outcome": "string", "ccode": "Int64", "abbreviation": "string",
    "name": "string", "before": "float64", "after": "float64", "delta": "float64",
}


def foedus_audit(
    on: Optional[str] = None, add: Optional[str] = None, remove: Optional[str] = None, accede: Optional[str] = None,
    withdraw: Optional[str] = None, deploy: Optional[str] = None, tolerance: Optional[float] = None, runs: int = 0,
    seed: int = 1, data: Paths = None, capabilities: Optional[str] = None,
) -> pd.DataFrame:
    """``foedus audit --json`` (give one of add, remove, accede, withdraw, deploy): one row per winner or loser per
    reading: reading (strict, treaty, chain, dyadic), holds, outcome ("winner"/"loser"), ccode, abbreviation,
    name, before, after, delta. Drivers and entrapment are in ``df.attrs["foedus"]``."""
    args = ["audit"]
    if on is not None:
        args += ["--on", str(on)]
    for flag, value in (("--add", add), ("--remove", remove), ("--accede", accede), ("--withdraw", withdraw),
                        ("--deploy", deploy)):
        if value is not None:
            args += [flag, value]
    if tolerance is not None:
        args += ["--tolerance", str(tolerance)]
    args += ["--runs", str(int(runs)), "--seed", str(int(seed))]
    for d in _many(data):
        args += ["--data", d]
    if capabilities is not None:
        args += ["--capabilities", capabilities]
    j = run_json(args)
    rows = []
    for r in j["readings"]:
        for outcome in ("winners", "losers"):
            for s in r[outcome]:
                rows.append({"reading": r["reading"], "holds": r["holds"], "outcome": outcome[:-1],
                             **_state(s["state"]), "before": s["before"], "after": s["after"], "delta": s["delta"]})
    return _frame(rows, AUDIT_COLUMNS, j)
