"""A stand-in for a LanguageTool server, speaking its HTTP v2 protocol.

No LanguageTool distribution can be installed where letterkit is built (no internet, and no
package ships it), so the client is tested against this double: GET /v2/languages and
POST /v2/check with the form fields language, text, disabledRules, enabledRules, enabledOnly
and level, answering JSON shaped like LanguageTool's own ({software, language, matches: [...]}).
It finds a fixed list of misspellings, capitalised words it has never seen (as LanguageTool
reports names), and one grammar rule ("a" before a vowel). It can also fail on purpose.
"""

from __future__ import annotations

import calendar
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

MISSPELLED = {"recieve": "receive", "goverment": "government", "commitee": "committee"}
DICTIONARY_NAMES = {"China", "Chinese", "Europe", "European", "Parliament", "Dear", "Members"}
DICTIONARY_NAMES |= set(calendar.month_name[1:])


@dataclass
class Behaviour:
    fail_with: int | None = None  # answer /v2/check with this HTTP status
    check_delay: float = 0.0  # seconds to wait before answering /v2/check
    languages_delay: float = 0.0
    check_reply: bytes | None = None  # answer /v2/check with these bytes instead
    requests: list[dict[str, str]] = field(default_factory=list)


def _matches(text: str, disabled: set[str]) -> list[dict[str, object]]:
    matches = []

    def add(
        start: int, end: int, rule: str, issue: str, category: str, message: str, replacement: str
    ) -> None:
        if rule in disabled:
            return
        sentence_start = max(text.rfind(".", 0, start) + 1, text.rfind("\n", 0, start) + 1)
        matches.append(
            {
                "message": message,
                "shortMessage": "",
                "replacements": [{"value": replacement}] if replacement else [],
                "offset": start,
                "length": end - start,
                "context": {
                    "text": text[max(0, start - 20) : end + 20],
                    "offset": min(start, 20),
                    "length": end - start,
                },
                "sentence": text[sentence_start:end].strip(),
                "type": {"typeName": "Other"},
                "rule": {
                    "id": rule,
                    "description": message,
                    "issueType": issue,
                    "category": {"id": category, "name": category.title()},
                },
            }
        )

    def misspelling(match: re.Match[str], replacement: str) -> None:
        add(
            match.start(),
            match.end(),
            "MORFOLOGIK_RULE_EN_GB",
            "misspelling",
            "TYPOS",
            "Possible spelling mistake found.",
            replacement,
        )

    for match in re.finditer(r"[A-Za-z]+", text):
        word = match.group()
        if word.lower() in MISSPELLED:
            misspelling(match, MISSPELLED[word.lower()])
        elif (
            word[0].isupper()
            and match.start() > 0
            and text[match.start() - 2 : match.start()] not in (". ", "\n\n")
            and word not in DICTIONARY_NAMES
            and len(word) > 3
        ):
            misspelling(match, "")  # a name LanguageTool has never seen
    for match in re.finditer(r"\b[Aa] (?=[aeiou])", text):
        add(
            match.start(),
            match.end() - 1,
            "EN_A_VS_AN",
            "grammar",
            "GRAMMAR",
            "Use “an” instead of “a” if the following word starts with a vowel sound.",
            "an",
        )
    return matches


class _Handler(BaseHTTPRequestHandler):
    behaviour: Behaviour

    def log_message(self, *args: object) -> None:  # keep test output clean
        return

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if urlparse(self.path).path != "/v2/languages":
            self._send(404, b"not found", "text/plain")
            return
        time.sleep(self.behaviour.languages_delay)
        languages = [
            {"name": "English", "code": "en", "longCode": "en"},
            {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
            {"name": "English (US)", "code": "en", "longCode": "en-US"},
        ]
        self._send(200, json.dumps(languages).encode())

    def do_POST(self) -> None:
        if urlparse(self.path).path != "/v2/check":
            self._send(404, b"not found", "text/plain")
            return
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        self.behaviour.requests.append(form)
        time.sleep(self.behaviour.check_delay)
        if self.behaviour.fail_with:
            self._send(self.behaviour.fail_with, b"Error: internal server error", "text/plain")
            return
        if self.behaviour.check_reply is not None:
            self._send(200, self.behaviour.check_reply)
            return
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        reply = {
            "software": {"name": "LanguageTool (test double)", "version": "6.6", "apiVersion": 1},
            "language": {"name": "English (GB)", "code": form.get("language", "")},
            "matches": _matches(form.get("text", ""), disabled),
        }
        self._send(200, json.dumps(reply).encode())


@contextmanager
def languagetool_double(behaviour: Behaviour | None = None) -> Iterator[tuple[str, Behaviour]]:
    """Serve the double on a free local port; yields (base URL, behaviour)."""
    behaviour = behaviour or Behaviour()
    handler = type("Handler", (_Handler,), {"behaviour": behaviour})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", behaviour
    finally:
        server.shutdown()
        server.server_close()
