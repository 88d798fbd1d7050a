"""A real Radicale server for the sync tests: started on 127.0.0.1 with a free port, its own
storage folder and a plain htpasswd file, waited for until it answers, stopped by its pid."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "alice", "wonderland"


@dataclass
class Radicale:
    folder: Path
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        """Start (or start again, on the same port and storage) and wait until it answers."""
        if not self.port:
            self.port = free_port()
        config = self.folder / "config"
        (self.folder / "users").write_text(f"{USER}:{PASSWORD}\nbob:builder\n")
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "[storage]\n"
            f"filesystem_folder = {self.folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n"
        )
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"radicale stopped: {(self.folder / 'radicale.log').read_text()}"
                )
            try:
                urllib.request.urlopen(self.url + ".well-known/carddav", timeout=1)
                return
            except urllib.error.HTTPError:
                return  # it answers (a redirect or 401 is an answer)
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("radicale did not answer within 20 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def radicale(tmp_path_factory) -> Radicale:
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()
