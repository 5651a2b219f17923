"""Grammar and spelling through language-tool-python, without its traps.

Three ways to reach LanguageTool, in this order:
1. a server URL (`--lt-server` or `[languagetool] server` in letterkit.toml): the recommended
   set-up, the text stays on the coalition's own machine;
2. the library's local install (Java 17+ and a LanguageTool download already on disk; letterkit
   never starts a download of its own);
3. the public API, only with `--lt-public`: the letter's text then leaves the machine.

The library, left alone, raises a raw connection error when a server is down, waits up to 300 s
for an answer, and with a broken local install tries ~900 ports one after the other. Here every
request has a short connect timeout, a local server gets one port, and every failure becomes a
plain reason the report prints: the other checks still run and the check is "incomplete".
"""

from __future__ import annotations

import bisect
import contextlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from letterkit.check.findings import Finding, Letter, Severity, Unit, words
from letterkit.check.overlap import corpus_text
from letterkit.workspace import Workspace

CONNECT_TIMEOUT = 3.0  # seconds per request while connecting
PUBLIC_API = "https://languagetool.org/api/"  # the address language-tool-python uses
HOW_TO = (
    "run a LanguageTool server and give its URL with --lt-server URL or `server = ...` under "
    "[languagetool] in letterkit.toml (see the README: `docker run -p 8010:8010 "
    "erikvl87/languagetool`, or `java -cp languagetool-server.jar "
    "org.languagetool.server.HTTPServer --port 8081`); or pass --lt-public to use the public "
    "API (the text leaves this machine); or --no-languagetool to skip it"
)
_SEVERITY: dict[str, Severity] = {
    "misspelling": "error",
    "grammar": "error",
    "duplication": "error",
    "typographical": "warning",
    "whitespace": "warning",
    "inconsistency": "warning",
    "locale-violation": "warning",
    "uncategorized": "warning",
    "style": "info",
    "register": "info",
}


@dataclass
class LanguageToolOptions:
    server: str = ""
    public: bool = False
    disabled: bool = False
    timeout: float = 15.0  # the whole check request, once connected
    start_timeout: float = 5.0  # reaching a server, or starting the local one
    language: str = "en-GB"
    disabled_rules: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    findings: list[Finding]
    incomplete: str | None = None  # why LanguageTool did not run, when it should have
    backend: str = ""


def languagetool_findings(letter: Letter, options: LanguageToolOptions) -> Outcome:
    if options.disabled:
        return Outcome([], backend="skipped (--no-languagetool)")
    units = [u for u in letter.units if u.kind != "signature" and u.text.strip()]
    text, starts = _joined(units)
    backend = _backend(options)
    try:
        tool = _within(
            options.start_timeout,
            lambda: _connect(options),
            f"did not answer within {options.start_timeout:g} s",
        )
    except _Unavailable as exc:
        return Outcome(
            [],
            incomplete=f"LanguageTool was not run: {backend} {exc}. To run it: {HOW_TO}",
            backend="unavailable (the check is incomplete, see below)",
        )
    try:
        matches = _within(
            options.timeout,
            lambda: tool.check(text),
            f"did not finish checking the letter within {options.timeout:g} s",
        )
    except _Unavailable as exc:
        return Outcome([], incomplete=f"LanguageTool ({backend}) {exc}", backend=backend)
    finally:
        _close(tool)
    names = _known_names(letter.ws) | _spec_names(letter)
    findings = []
    for match in matches:
        unit_index = bisect.bisect_right(starts, match.offset) - 1
        unit = units[max(unit_index, 0)]
        offset = match.offset - starts[max(unit_index, 0)]
        found = text[match.offset : match.offset + match.error_length]
        if _is_spelling(match) and _all_known(found, names):
            continue
        findings.append(_finding(match, unit, offset, found))
    return Outcome(findings, backend=backend)


class _Unavailable(Exception):
    pass


def _joined(units: list[Unit]) -> tuple[str, list[int]]:
    """One text for one request; `starts[i]` is where unit i begins in it."""
    parts: list[str] = []
    starts: list[int] = []
    position = 0
    for unit in units:
        starts.append(position)
        parts.append(unit.text)
        position += len(unit.text) + 2
    return "\n\n".join(parts), starts


def _backend(options: LanguageToolOptions) -> str:
    if options.server:
        return f"server {server_url(options.server)}"
    if options.public:
        return f"public API {PUBLIC_API}"
    return "local install"


def server_url(url: str) -> str:
    """The server's base URL as language-tool-python wants it: no /v2, one trailing slash."""
    url = url.strip().rstrip("/")
    url = url.removesuffix("/v2")
    return url + "/"


def _within(seconds: float, work: Callable[[], Any], late: str) -> Any:
    """Run `work` with a deadline for the whole of it, retries and all.

    The library retries, waits on slow sockets and starts Java; a thread with a deadline is
    the one way to bound all of that. A thread still waiting is abandoned (it is a daemon).
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="languagetool", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise _Unavailable(late)
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, _Unavailable):
            raise error
        raise _Unavailable(_reason(error)) from None
    return outcome["value"]


def _connect(options: LanguageToolOptions) -> Any:
    import language_tool_python
    from language_tool_python import LanguageTool, LanguageToolPublicAPI

    quick = (CONNECT_TIMEOUT, CONNECT_TIMEOUT)
    kwargs: dict[str, Any] = {}
    if options.server:
        client = _client(LanguageTool, quick)
        kwargs["remote_server"] = server_url(options.server)
    elif options.public:
        client = _client(LanguageToolPublicAPI, quick)
    else:
        kwargs["language_tool_download_version"] = _local_install(language_tool_python)
        client = _client(LanguageTool, quick)
    tool = client(options.language, **kwargs)
    tool._TIMEOUT = (CONNECT_TIMEOUT, options.timeout)
    if options.disabled_rules:
        tool.disabled_rules = set(options.disabled_rules)
    return tool


def _client(base: type, timeout: tuple[float, float]) -> Any:
    """The library's class with short timeouts, and one port (not ~900) for a local server."""

    def one_port(self: Any) -> None:
        self._start_local_server()

    return type(
        f"Quick{base.__name__}",
        (base,),
        {"_TIMEOUT": timeout, "_start_server_on_free_port": one_port},
    )


def _local_install(module: Any) -> str:
    """The version of an installed LanguageTool; refuse before any download or port scan."""
    if shutil.which("java") is None:
        raise _Unavailable("is not possible: no server is configured and Java is not installed")
    from language_tool_python.download_lt import LocalLanguageTool

    try:
        installed = LocalLanguageTool.get_latest_installed_version()
    except (Exception, SystemExit) as exc:
        raise _Unavailable(f"cannot be used ({_reason(exc)})") from None
    if installed is None:
        raise _Unavailable(
            "is not possible: no server is configured and no local LanguageTool download "
            "was found (letterkit does not download it by itself)"
        )
    return str(installed.version_name)


def _close(tool: Any) -> None:
    with contextlib.suppress(Exception):  # closing a client must not hide the result
        tool.close()


def _reason(exc: BaseException) -> str:
    """What went wrong, in words a drafter can act on."""
    text = " ".join(str(exc).split())
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return "did not answer in time"
    if "connection refused" in lowered or "failed to establish" in lowered:
        return "cannot be reached: connection refused (nothing is listening there)"
    if (
        "name or service not known" in lowered
        or "getaddrinfo" in lowered
        or ("name resolution" in lowered)
    ):
        return "cannot be reached: unknown host name, or this machine is offline"
    if "unsupported language" in lowered:
        return (
            f"does not support the language ({text}); set `language` in letterkit.toml or "
            "the spec to one it supports"
        )
    if isinstance(exc, KeyError | AttributeError | TypeError | IndexError):
        return "sent a reply letterkit does not understand (is that a LanguageTool server?)"
    if isinstance(exc, SystemExit):
        return f"could not start ({text or 'the library gave up'})"
    first = text.split(". ")[0][:160]
    return f"answered with an error: {first}" if first else type(exc).__name__


def _is_spelling(match: Any) -> bool:
    return bool(match.rule_issue_type == "misspelling" or match.category == "TYPOS")


def _all_known(found: str, names: set[str]) -> bool:
    tokens = words(found)
    return bool(tokens) and all(token in names or token.lower() in names for token in tokens)


def _finding(match: Any, unit: Unit, offset: int, found: str) -> Finding:
    severity = _SEVERITY.get(match.rule_issue_type, "warning")
    replacements = [r for r in match.replacements[:3] if r]
    return Finding(
        severity,
        "spelling" if _is_spelling(match) else "grammar",
        f"“{found}”: {match.message} [{match.rule_id}]",
        unit.where(offset),
        " / ".join(replacements),
    )


def _spec_names(letter: Letter) -> set[str]:
    """Names the drafter gave as clause values (names: [Gao Zhen]) are names, not typos."""
    if letter.spec is None:
        return set()
    values: list[str] = []
    for choice in letter.spec.choices:
        for value in choice.vars.values():
            values += [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return {token for value in values for token in words(value) if token[0].isupper()}


def _known_names(ws: Workspace | None) -> set[str]:
    """Names of people, places and organisations the catalog and corpus know."""
    if ws is None:
        return set()
    texts: list[str] = []
    for org in ws.organisations.values():
        texts += [org.name, org.short_name, org.country]
    for audience in ws.audiences.values():
        texts += [audience.name, audience.institution, *audience.addressee]
    for source in ws.letters.values():
        texts += [source.title, *source.authors, *source.signatories, source.notes]
        texts.append(corpus_text(ws, source) or "")
    for clause in ws.clauses.values():
        texts.append(clause.body)
    names: set[str] = set()
    for text in texts:
        for token in words(text or ""):
            if token[0].isupper():
                names.add(token)
    return names
