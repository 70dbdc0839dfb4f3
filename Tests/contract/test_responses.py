#!/usr/bin/env python3
"""The API's responses against its contract (api/openapi.yaml, as served at /openapi.json).

For a list of real requests that exercise each report's optional parts (historical days, user treaties,
every policy, conflicts, suspensions, nulls), fetch the response from a running server and validate its
body against the schema the document declares for that operation and status, with `jsonschema`
(Draft 2020-12, the dialect of OpenAPI 3.1). Every schema of a /v1 body is closed
(additionalProperties: false), so a field the code adds and the contract does not name fails here.

Environment: FOEDUS_URL (default http://127.0.0.1:8080), FOEDUS_TOKEN (a bearer token: also exercises
writing a user treaty and a saved scenario). Run: python3 Tests/contract/test_responses.py
Exit code 0 when every response conforms, 1 if not. Standard library and jsonschema only.
"""
import json, os, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

URL = os.environ.get("FOEDUS_URL", "http://127.0.0.1:8080").rstrip("/")
TOKEN = os.environ.get("FOEDUS_TOKEN")
DAY = "2026-01-01"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The CLI whose --json GET /v1/backtest/disputes must equal (the debug build CI makes, unless FOEDUS_BIN names one).
FOEDUS_BIN = os.environ.get("FOEDUS_BIN") or os.path.join(ROOT, ".build", "debug", "foedus")
MID = os.path.join(ROOT, "Data", "history", "mid", "gml-mid-participants-1816-1991.csv")
DISPUTES = "runs=3&seed=7"

# (operation path in the document, request path and query, expected status)
REQUESTS = [
    ("/health", "/health", 200),
    ("/v1/states", f"/v1/states?on={DAY}", 200),
    ("/v1/states", "/v1/states?on=1914-07-28", 200),
    ("/v1/treaties", f"/v1/treaties?on={DAY}&state=PRK", 200),
    ("/v1/treaties", "/v1/treaties?on=1939-09-01", 200),
    ("/v1/treaties/{id}", "/v1/treaties/RUS-PRK-2024", 200),
    ("/v1/treaties/{id}", "/v1/treaties/CST-1992", 200),
    ("/v1/treaties/{id}", "/v1/treaties/NATO-1949", 200),
    ("/v1/obligations", f"/v1/obligations?on={DAY}&attack=USA:PRK&explain=CHN&explain=IND", 200),
    ("/v1/obligations", "/v1/obligations?on=1914-08-01&attack=GMY:RUS&policy=chain", 200),
    ("/v1/obligations", f"/v1/obligations?on={DAY}&attack=ARM:AZE&includeUncertain=true&includeContested=true", 200),
    ("/v1/scenario", f"/v1/scenario?on={DAY}&attack=USA:PRK&policy=chain&explain=VNM", 200),
    ("/v1/scenario", f"/v1/scenario?on={DAY}&attack=TUR:GRC&honour=automatic", 200),
    ("/v1/scenario", f"/v1/scenario?on={DAY}&attack=CHN:RUS&attack=RUS:KZK&policy=treaty", 200),
    ("/v1/scenario", "/v1/scenario?on=1939-09-01&attack=GMY:POL&policy=chain", 200),
    ("/v1/simulate", f"/v1/simulate?on={DAY}&attack=USA:PRK&runs=40&seed=7", 200),
    ("/v1/simulate", "/v1/simulate?on=1914-08-01&attack=GMY:FRN&runs=20&policy=chain", 200),
    ("/v1/security", f"/v1/security?on={DAY}&state=PRK&state=RUS&runs=0", 200),
    ("/v1/security", "/v1/security?on=1962-10-22&state=CUB&runs=1&seed=3", 200),
    ("/v1/map", f"/v1/map?on={DAY}", 200),
    ("/v1/map", f"/v1/map?on={DAY}&focus=RUS", 200),
    ("/v1/map", f"/v1/map?on={DAY}&focus=CSTO", 200),
    ("/v1/map", "/v1/map?on=1914-07-28&focus=FRN", 200),
    ("/v1/timeline", "/v1/timeline", 200),
    ("/v1/timeline", "/v1/timeline?focus=PRK", 200),
    ("/v1/similarity", "/v1/similarity?state=USA&state=RUS&year=2010", 200),
    ("/v1/similarity", "/v1/similarity?state=FRN&state=GMY&year=1913&reference=region&coding=binary", 200),
    ("/v1/backtest", "/v1/backtest?policy=strict&honour=automatic", 200),
    ("/v1/backtest", "/v1/backtest?policy=chain&details=true", 200),
    ("/v1/backtest/disputes", f"/v1/backtest/disputes?{DISPUTES}", 200),
    ("/v1/backtest/honouring", "/v1/backtest/honouring", 200),
    ("/v1/backtest/honouring", "/v1/backtest/honouring?details=true", 200),
    ("/v1/backtest/honouring", "/v1/backtest/honouring?details=maybe", 400),
    ("/v1/backtest/disputes", f"/v1/backtest/disputes?{DISPUTES}&predictions=all", 200),
    ("/v1/backtest/disputes",
     "/v1/backtest/disputes?runs=1&seed=3&policy=strict&fitUntil=1900&predictions=test&details=true", 200),
    ("/v1/backtest/disputes",
     "/v1/backtest/disputes?runs=1&seed=3&fitUntil=1900&validateFrom=1880&details=true&predictions=all", 200),
    ("/v1/backtest/disputes", "/v1/backtest/disputes?runs=100000", 400),
    ("/v1/backtest/disputes", "/v1/backtest/disputes?runs=1&validateFrom=1945", 400),
    ("/v1/audit", f"/v1/audit?on={DAY}&remove=RUS-PRK-2024&runs=0", 200),
    ("/v1/architecture/{name}", f"/v1/architecture/eurasia-2024?on={DAY}", 200),
    ("/v1/claims", f"/v1/claims?on={DAY}", 200),
    ("/v1/scenarios", "/v1/scenarios?limit=5", 200),
    ("/v1/user-treaties", "/v1/user-treaties?limit=5", 200),
    ("/v1/obligations", f"/v1/obligations?on={DAY}&attack=XXX:PRK", 400),
    ("/v1/treaties/{id}", "/v1/treaties/NO-SUCH-TREATY", 404),
]

USER_TREATY = """type: treaty
id: CONTRACT-PACT
name: Contract test pact (what-if)
signed: 2025-01-01
inForce: 2025-01-01
parties: [{state: RUS}, {state: VNM}]
provisions:
  - {id: a1, article: "1", kind: defense, strength: automatic}
"""

failures = []


def fetch(path, method="GET", body=None, content_type=None):
    request = urllib.request.Request(URL + path, method=method, data=body)
    if TOKEN:
        request.add_header("Authorization", f"Bearer {TOKEN}")
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def main():
    status, raw = fetch("/openapi.json")
    assert status == 200, f"/openapi.json: {status}"
    document = json.loads(raw)
    registry = Registry().with_resource("urn:foedus", Resource.from_contents(document, DRAFT202012))

    def validator(operation, method, status):
        responses = document["paths"][operation][method]["responses"]
        response = responses.get(str(status))
        if response is None:
            return None, f"the document declares no {status} for {method.upper()} {operation}"
        if "$ref" in response:
            response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return None, f"no JSON schema for {method.upper()} {operation} {status}"
        wrapped = json.loads(json.dumps(schema).replace('"#/', '"urn:foedus#/'))
        return jsonschema.Draft202012Validator(wrapped, registry=registry), None

    def check(operation, path, expected, method="get", got=None):
        started = time.monotonic()
        status, raw = got if got else fetch(path)
        took = time.monotonic() - started
        name = f"{method.upper()} {path}"
        if status != expected:
            failures.append(name)
            print(f"FAIL  {name}: status {status}, expected {expected}: {raw[:300]!r}", flush=True)
            return None
        v, problem = validator(operation, method, status)
        if problem:
            failures.append(name)
            print(f"FAIL  {name}: {problem}", flush=True)
            return None
        body = json.loads(raw)
        errors = sorted(v.iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            failures.append(name)
            print(f"FAIL  {name}: {len(errors)} schema errors", flush=True)
            for error in errors[:5]:
                where = "/" + "/".join(str(p) for p in error.absolute_path)
                print(f"      at {where}: {error.message[:240]}", flush=True)
            return body
        print(f"PASS  {name} ({len(raw):,} bytes, {took:.2f} s)", flush=True)
        return body

    bodies = {}
    for operation, path, expected in REQUESTS:
        bodies[path] = check(operation, path, expected)

    def equals_cli(name, arguments, agrees):
        """A route's answer against the CLI's --json for the same question: agrees(cli) gives (ok, detail)."""
        try:
            cli = json.loads(subprocess.run(
                [FOEDUS_BIN, *arguments], check=True, capture_output=True, timeout=600).stdout)
            ok, detail = agrees(cli)
            if ok:
                print(f"PASS  {name} ({detail})")
            else:
                failures.append(name)
                print(f"FAIL  {name}: the bodies differ", flush=True)
        except (OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
            failures.append(name)
            print(f"FAIL  {name}: {error!r}", flush=True)

    # The dispute back-test answers what the CLI prints for the same parameters on the bundled file.
    def disputes_agree(cli):
        without = {k: v for k, v in cli.items() if k != "predictions"}
        same = (bodies.get(f"/v1/backtest/disputes?{DISPUTES}&predictions=all") == cli
                and bodies.get(f"/v1/backtest/disputes?{DISPUTES}") == without)
        return same, f"{len(cli['predictions']):,} predictions; test Brier {cli['summary']['brier']:.6f}"

    equals_cli("GET /v1/backtest/disputes equals foedus backtest --disputes … --json",
               ["backtest", "--disputes", MID, "--runs", "3", "--seed", "7", "--json"], disputes_agree)
    # The honouring test answers what the CLI prints.
    equals_cli("GET /v1/backtest/honouring?details=true equals foedus backtest --honouring --details --json",
               ["backtest", "--honouring", "--details", "--json"],
               lambda cli: (bodies.get("/v1/backtest/honouring?details=true") == cli, f"{len(cli['duties']):,} duties"))

    if TOKEN:
        created = fetch("/v1/user-treaties", "POST", USER_TREATY.encode(), "application/yaml")
        if check("/v1/user-treaties", "/v1/user-treaties", 201, "post", created) is not None:
            check("/v1/scenario", f"/v1/scenario?on={DAY}&attack=CHN:VNM&with=CONTRACT-PACT&explain=RUS", 200)
            check("/v1/audit", f"/v1/audit?on={DAY}&add=CONTRACT-PACT&runs=0", 200)
            check("/v1/user-treaties/{id}", "/v1/user-treaties/CONTRACT-PACT", 200)
            fetch("/v1/user-treaties/CONTRACT-PACT", "DELETE")
        saved = json.dumps({"id": "contract-scenario", "name": "Contract test", "on": DAY, "attacks": ["USA:PRK"]})
        posted = fetch("/v1/scenarios", "POST", saved.encode(), "application/json")
        if check("/v1/scenarios", "/v1/scenarios", 201, "post", posted) is not None:
            check("/v1/scenarios/{id}", "/v1/scenarios/contract-scenario", 200)
            check("/v1/scenarios/{id}/result", "/v1/scenarios/contract-scenario/result", 200)
            fetch("/v1/scenarios/contract-scenario", "DELETE")

    print(f"{len(failures)} failed" if failures else "every response conforms to the contract")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
