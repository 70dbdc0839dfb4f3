#!/usr/bin/env python3
"""`foedus serve` under abuse (issue #12, section 5), against the real binary on loopback.

Starts `.build/debug/foedus serve --port 0 --store <mktemp>/store.sqlite` itself (FOEDUS_BINARY overrides the
binary), creates tokens with `foedus token create`, and tries what a hostile or careless client does: path
traversal on /assets/, bodies over the limit, slow and half-open connections, deep JSON, writes with no, a
wrong or a revoked token, another owner's data, SQL-injection strings, very long URLs, 20 concurrent writers
and `kill -9` during a write burst. With FOEDUS_DATABASE_URL set, the kill -9 check runs on PostgreSQL too.

Prints a table (check, result, figures) and `N passed, M failed`; exits 1 on any failure.
Standard library only.
"""

import json
import os
import socket
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

from server_client import BINARY, HEADER_TIMEOUT, Server, cli, error_message, raw, request, scenario

LIMIT = 1 << 20
RESULTS = []


def record(name, ok, figures):
    RESULTS.append((name, bool(ok), figures))
    print(("PASS " if ok else "FAIL ") + name + ": " + figures, flush=True)


# --- the checks ---------------------------------------------------------------------------------------------


def check_path_traversal(server):
    variants = [
        "../Package.swift", "../../Package.swift", "..%2fPackage.swift", "..%2F..%2FPackage.swift",
        "%2e%2e/Package.swift", "%2e%2e%2fPackage.swift", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", ".%2e/Package.swift",
        "%2e./Package.swift", "..%5cPackage.swift", "..\\Package.swift", "%252e%252e%252fPackage.swift",
        "....//Package.swift", "..;/Package.swift", "%c0%ae%c0%ae/Package.swift", "%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
        "../../../../../../etc/passwd", "..%00/etc/passwd", "%00", "/etc/passwd", "%2fetc%2fpasswd",
        "app.js/../../Package.swift", "./../Package.swift", "%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "..%252f..%252fetc%252fpasswd",
    ]
    statuses = {}
    leaked = []
    for variant in variants:
        status, text = raw(server, f"GET /assets/{variant} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        statuses[status] = statuses.get(status, 0) + 1
        if "root:x:" in text or "swift-tools-version" in text or status == 200 or status >= 500 or status == 0:
            leaked.append(f"{variant} -> {status}")
    record("path traversal on /assets/", not leaked and server.alive(),
           f"{len(variants)} variants, statuses {dict(sorted(statuses.items()))}"
           + (f", leaked/failed: {leaked}" if leaked else ", nothing served"))


def check_body_limits(server, token):
    body = b" " * (LIMIT + 1)
    results = []
    for path in ["/v1/scenarios", "/v1/user-treaties"]:
        for content_type in ["application/json", "application/yaml", "text/plain"]:
            status, text = request(server, "POST", path, body, token, content_type)
            results.append((path, content_type, status))
    ok = all(status == 413 for _, _, status in results)
    record("1 MiB + 1 byte on every POST route and content type", ok,
           f"{len(results)} requests, statuses {sorted(set(s for _, _, s in results))}")

    # 300 MB streamed (chunked, no length): the answer must come once the limit is passed, memory flat.
    before = server.rss_kib()
    sent = 0
    with socket.create_connection((server.host, server.port), timeout=30) as conn:
        conn.sendall(b"POST /v1/scenarios HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     + b"Authorization: Bearer " + token.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"10000\r\n" + b" " * 65536 + b"\r\n"
        conn.setblocking(False)
        answer = b""
        start = time.time()
        while sent < 300 << 20 and time.time() - start < 60:
            try:
                answer += conn.recv(65536)
                if answer:
                    break
            except BlockingIOError:
                pass
            try:
                conn.sendall(chunk)
                sent += 65536
            except BlockingIOError:
                time.sleep(0.001)
            except OSError:
                break
        conn.setblocking(True)
        conn.settimeout(10)
        try:
            while b"\r\n\r\n" not in answer:
                more = conn.recv(65536)
                if not more:
                    break
                answer += more
        except OSError:
            pass
    after = server.rss_kib()
    status = answer[9:12].decode() if answer.startswith(b"HTTP/1.1") else "none"
    record("300 MB chunked JSON body", status == "413" and sent < (32 << 20) and after - before < 64 * 1024,
           f"413 after {sent / 1048576:.1f} MiB sent; server RSS {before / 1024:.0f} -> {after / 1024:.0f} MiB")

    # Declared too large: refused on the head alone.
    status, _ = raw(server, b"POST /v1/scenarios HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + b"Authorization: Bearer " + token.encode() + b"\r\n"
                    + b"Content-Length: 314572800\r\nConnection: close\r\n\r\n{", timeout=10)
    record("Content-Length: 300 MB", status == 413, f"status {status} without the body being sent")


def check_slow_headers(server):
    # One slow client: half a head, then nothing.
    start = time.time()
    with socket.create_connection((server.host, server.port), timeout=30) as conn:
        conn.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        try:
            closed = conn.recv(1) == b""
        except (ConnectionResetError, socket.timeout):
            closed = True
    one = time.time() - start
    record("half a request head", closed and one < HEADER_TIMEOUT + 2,
           f"closed after {one:.2f} s (--header-timeout {HEADER_TIMEOUT})")

    # 600 half-open connections at once (more than the 512 the server serves at once): all closed, and a
    # normal request is answered meanwhile within the timeout.
    count = 600
    conns = []
    start = time.time()
    for _ in range(count):
        conn = socket.create_connection((server.host, server.port), timeout=30)
        conn.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        conns.append(conn)
    health_start = time.time()
    healthy = server.alive()
    health = time.time() - health_start
    deadline = time.time() + 2 * HEADER_TIMEOUT + 10
    open_left = list(conns)
    while open_left and time.time() < deadline:
        still = []
        for conn in open_left:
            conn.setblocking(False)
            try:
                if conn.recv(1) != b"":
                    still.append(conn)
            except BlockingIOError:
                still.append(conn)
            except OSError:
                pass
        open_left = still
        if open_left:
            time.sleep(0.2)
    elapsed = time.time() - start
    for conn in conns:
        conn.close()
    record(f"{count} half-open connections", not open_left and healthy,
           f"{count - len(open_left)}/{count} closed within {elapsed:.1f} s; /health answered in {health:.2f} s "
           f"meanwhile")


def check_deep_json(server, token):
    deep = "[" * 10000 + "]" * 10000
    status, text = request(server, "POST", "/v1/scenarios", deep, token)
    message = error_message(text)
    deep_object = '{"a":' * 10000 + "1" + "}" * 10000
    status2, text2 = request(server, "POST", "/v1/scenarios", deep_object, token, "text/plain")
    ok = status == 400 and "nested deeper" in message and status2 == 400 and server.alive()
    record("JSON nested 10,000 deep", ok, f"{status} '{message}'; objects as text/plain: {status2}")

    duplicate = '{"id":"dup1","id":"dup2","name":"S","on":"2026-01-01","attacks":["CHN:VNM"]}'
    status, text = request(server, "POST", "/v1/scenarios", duplicate, token)
    unknown = '{"id":"u1","name":"S","on":"2026-01-01","attacks":["CHN:VNM"],"polcy":"chain"}'
    status2, text2 = request(server, "POST", "/v1/scenarios", unknown, token)
    ok = status == 400 and error_message(text).startswith("id: duplicate key") \
        and status2 == 400 and error_message(text2).startswith("polcy: unknown field")
    record("duplicate key, unknown field", ok, f"{status} '{error_message(text)}'; {status2} "
           f"'{error_message(text2)[:40]}…'")


def check_auth(server, tokens, revoked):
    body = scenario("auth-" + uuid.uuid4().hex[:8])
    cases = [("no token", None, 401), ("wrong token", "foedus_" + "0" * 64, 401), ("revoked token", revoked, 401),
             ("not a bearer", None, 401)]
    got = []
    for name, token, expected in cases:
        if name == "not a bearer":
            req = urllib.request.Request(server.base + "/v1/scenarios", data=body.encode(), method="POST",
                                         headers={"Authorization": "Basic YWxpY2U6c2VjcmV0",
                                                  "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=30) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
        else:
            status, _ = request(server, "POST", "/v1/scenarios", body, token)
        got.append((name, status, expected))
    # Another owner's data: alice saves, bob may read but not delete.
    identifier = "owned-" + uuid.uuid4().hex[:8]
    created, _ = request(server, "POST", "/v1/scenarios", scenario(identifier), tokens["alice"])
    deleted_by_bob, _ = request(server, "DELETE", f"/v1/scenarios/{identifier}", token=tokens["bob"])
    still, _ = request(server, "GET", f"/v1/scenarios/{identifier}")
    missing, _ = request(server, "DELETE", "/v1/scenarios/no-such-id", token=tokens["bob"])
    got += [("alice saves", created, 201), ("bob deletes alice's", deleted_by_bob, 403),
            ("still there", still, 200), ("bob deletes nothing", missing, 404)]
    wrong = [f"{name}: {status} (expected {expected})" for name, status, expected in got if status != expected]
    record("tokens and owners", not wrong, ", ".join(f"{name} {status}" for name, status, _ in got))


def check_sql_injection(server, token):
    names = ["Robert'); DROP TABLE documents;--", "' OR '1'='1", "\"; DELETE FROM tokens; --",
             "x' UNION SELECT hash FROM tokens --", "1; PRAGMA writable_schema=1;"]
    stored = 0
    for index, name in enumerate(names):
        identifier = f"sqli-{index}-{uuid.uuid4().hex[:6]}"
        status, _ = request(server, "POST", "/v1/scenarios", scenario(identifier, name), token)
        got_status, text = request(server, "GET", f"/v1/scenarios/{identifier}")
        if status == 201 and got_status == 200 and json.loads(text)["scenario"]["name"] == name:
            stored += 1
    ids = ["x' OR '1'='1", "x'; DROP TABLE documents;--", "1 UNION SELECT * FROM tokens"]
    refused = 0
    for identifier in ids:
        status, _ = request(server, "POST", "/v1/scenarios", scenario(identifier), token)
        quoted = urllib.request.quote(identifier, safe="")
        get_status, _ = request(server, "GET", f"/v1/scenarios/{quoted}")
        if status == 400 and get_status in (400, 404):
            refused += 1
    listed, text = request(server, "GET", "/v1/scenarios")
    ok = stored == len(names) and refused == len(ids) and listed == 200 and server.alive()
    record("SQL-injection strings", ok, f"{stored}/{len(names)} names stored verbatim, {refused}/{len(ids)} ids "
           f"refused (400/404), list still {listed}")


def check_long_urls(server):
    figures = []
    ok = True
    for size in [2_000, 9_000, 64_000, 200_000, 1_000_000]:
        path = "/v1/states?on=2026-01-01&x=" + "a" * size
        try:
            status, _ = raw(server, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode(),
                            timeout=20)
        except (ConnectionResetError, BrokenPipeError):
            status = "reset"
        figures.append(f"{size // 1000} KB: {status}")
        if size > 8192 and not (isinstance(status, int) and 400 <= status < 500) and status != "reset":
            ok = False
    alive = server.alive()
    record("very long URLs", ok and alive, ", ".join(figures) + f"; alive: {alive}")


def check_concurrent_writers(server, token):
    writers, writes = 20, 10
    prefix = "cw-" + uuid.uuid4().hex[:6]
    statuses = {}
    latencies = []
    lock = threading.Lock()

    def writer(number):
        for index in range(writes):
            start = time.time()
            status, _ = request(server, "POST", "/v1/scenarios", scenario(f"{prefix}-{number:02}-{index:02}"), token)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                latencies.append(time.time() - start)

    start = time.time()
    threads = [threading.Thread(target=writer, args=(number,)) for number in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - start
    present = sum(1 for number in range(writers) for index in range(writes)
                  if request(server, "GET", f"/v1/scenarios/{prefix}-{number:02}-{index:02}")[0] == 200)
    latencies.sort()
    total = writers * writes
    record(f"{writers} concurrent writers x {writes} writes", statuses == {201: total} and present == total,
           f"statuses {statuses}, {present}/{total} stored, {total / elapsed:.0f} writes/s, p50 "
           f"{latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms")


def check_kill9(store_args, token, label, rounds=3):
    acknowledged = []
    lost = []
    for round_number in range(rounds):
        server = Server(store_args)
        stop = threading.Event()
        lock = threading.Lock()
        prefix = f"k{round_number}-{uuid.uuid4().hex[:6]}"

        def writer(number):
            index = 0
            while not stop.is_set():
                identifier = f"{prefix}-{number}-{index}"
                index += 1
                try:
                    status, _ = request(server, "POST", "/v1/scenarios", scenario(identifier), token, timeout=10)
                except OSError:
                    continue
                if status == 201:
                    with lock:
                        acknowledged.append(identifier)

        threads = [threading.Thread(target=writer, args=(number,)) for number in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(2.5)
        server.kill9()
        stop.set()
        for thread in threads:
            thread.join()
    server = Server(store_args)
    try:
        for identifier in acknowledged:
            if request(server, "GET", f"/v1/scenarios/{identifier}")[0] != 200:
                lost.append(identifier)
    finally:
        server.stop()
    record(f"kill -9 during a write burst ({label})", acknowledged and not lost,
           f"{rounds} kills, {len(acknowledged)} acknowledged writes, {len(lost)} lost")


def main():
    if not os.access(BINARY, os.X_OK):
        print(f"no binary at {BINARY}: build first (swift build)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="foedus-abuse-") as directory:
        store_args = ["--store", os.path.join(directory, "store.sqlite")]
        tokens = {name: cli(["token", "create", name], store_args).stdout.strip() for name in ["alice", "bob", "carol"]}
        cli(["token", "revoke", "carol"], store_args)
        server = Server(store_args)
        try:
            for name, check in [
                ("path traversal", lambda: check_path_traversal(server)),
                ("body limits", lambda: check_body_limits(server, tokens["alice"])),
                ("slow headers", lambda: check_slow_headers(server)),
                ("deep JSON", lambda: check_deep_json(server, tokens["alice"])),
                ("tokens and owners", lambda: check_auth(server, tokens, tokens["carol"])),
                ("SQL injection", lambda: check_sql_injection(server, tokens["alice"])),
                ("long URLs", lambda: check_long_urls(server)),
                ("concurrent writers", lambda: check_concurrent_writers(server, tokens["alice"])),
            ]:
                try:
                    check()
                except Exception as error:  # a check that raises is a failure, not the end of the run
                    record(name, False, f"raised {error!r}")
            stopped = server.stop()
            record("stops cleanly on SIGTERM", stopped == 0, f"exit {stopped}")
        finally:
            server.stop()
        try:
            check_kill9(store_args, tokens["alice"], "SQLite")
        except Exception as error:
            record("kill -9 during a write burst (SQLite)", False, f"raised {error!r}")

        url = os.environ.get("FOEDUS_DATABASE_URL")
        if url:
            pg_args = ["--database", url]
            try:
                token = cli(["token", "create", "abuse-" + uuid.uuid4().hex[:8]], pg_args).stdout.strip()
                check_kill9(pg_args, token, "PostgreSQL")
            except Exception as error:
                record("kill -9 during a write burst (PostgreSQL)", False, f"raised {error!r}")

    width = max(len(name) for name, _, _ in RESULTS)
    print()
    print(f"{'check'.ljust(width)}  result  figures")
    for name, ok, figures in RESULTS:
        print(f"{name.ljust(width)}  {'pass' if ok else 'FAIL'}    {figures}")
    passed = sum(1 for _, ok, _ in RESULTS if ok)
    failed = len(RESULTS) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
