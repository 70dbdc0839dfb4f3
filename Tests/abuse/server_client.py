"""The client side of Tests/abuse/test_server_abuse.py: run the `foedus` binary, start and stop `foedus serve`,
send requests through urllib or as raw bytes on a socket. Standard library only."""

import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("FOEDUS_BINARY", os.path.join(ROOT, ".build", "debug", "foedus"))
HEADER_TIMEOUT = 2
IDLE_TIMEOUT = 5


def cli(args, store_args, check=True):
    env = dict(os.environ, FOEDUS_TODAY="2026-01-01")
    run = subprocess.run([BINARY] + args + store_args, capture_output=True, text=True, env=env, timeout=120)
    if check and run.returncode != 0:
        raise RuntimeError(f"foedus {' '.join(args)}: exit {run.returncode}: {run.stderr}")
    return run


class Server:
    """A running `foedus serve --port 0` and its address."""

    def __init__(self, store_args):
        env = dict(os.environ, FOEDUS_TODAY="2026-01-01", FOEDUS_LOG_LEVEL="warning")
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [BINARY, "serve", "--port", "0", "--header-timeout", str(HEADER_TIMEOUT),
             "--idle-timeout", str(IDLE_TIMEOUT)] + store_args,
            stdout=subprocess.PIPE, stderr=self.log, env=env)
        line = self.process.stdout.readline().decode()
        match = re.match(r"foedus serving on http://([^:]+):(\d+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError("the server did not start: " + line)
        self.host, self.port = match.group(1), int(match.group(2))
        self.base = f"http://{self.host}:{self.port}"

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def alive(self):
        try:
            return request(self, "GET", "/health")[0] == 200
        except OSError:
            return False

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def kill9(self):
        self.process.kill()
        self.process.wait()


def request(server, method, path, body=None, token=None, content_type="application/json", timeout=60):
    """(status, body text) of one request through urllib."""
    headers = {}
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode()
    req = urllib.request.Request(server.base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def raw(server, data, timeout=10):
    """Sends bytes as they are (no client normalises the path) and reads the answer until the server closes
    or `timeout`; (status, text)."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as conn:
        conn.sendall(data)
        chunks = []
        try:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                text = b"".join(chunks)
                head, _, rest = text.partition(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length: *(\d+)", head)
                if length and len(rest) >= int(length.group(1)):
                    break
        except socket.timeout:
            pass
    text = b"".join(chunks).decode("utf-8", "replace")
    match = re.match(r"HTTP/1\.1 (\d+)", text)
    return (int(match.group(1)) if match else 0), text


def scenario(identifier, name="S"):
    return json.dumps({"id": identifier, "name": name, "on": "2026-01-01", "attacks": ["CHN:VNM"]})


def error_message(text):
    try:
        return json.loads(text)["error"]["message"]
    except (ValueError, KeyError, TypeError):
        return text[:120]
