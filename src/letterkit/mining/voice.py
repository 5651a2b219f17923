"""Whose voice a text speaks in: a letter, petition or statement by its own authors, or a report
about one; and who a report says wrote the letter it reports."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from letterkit.mining import languages as lang
from letterkit.mining.english import FIRST_ASK, REQUEST_VERB
from letterkit.mining.parties import DATE, name_pattern, noun_phrase
from letterkit.mining.scripts import ARABIC, HEBREW


def is_letter(text: str) -> bool:
    """Whether the text speaks in its authors' voice (a letter, petition or statement) rather
    than reporting on one (a news report)."""
    embedded = _EMBEDDED_LETTER.search(text)
    if embedded is not None and embedded.start() > 200 and not is_letter(text[: embedded.start()]):
        return False  # a report that then reproduces the letter: "Here is the letter:"
    head = text[:1500]
    if re.search(
        r"^\s*(?:(?:dear|to the attention of|to the attn\.? of|attn:?|to:)\b|"
        r"(?:your\s+)?excellenc(?:y|ies)\b|"
        # and in other languages: "Estimados señores", "Atención:", "Sehr geehrte", "Madame,"
        r"(?:estimad[oa]s?|apreciad[oa]s?|prezad[oa]s?|excelent[íi]sim[oa]s?|sehr\s+geehrte|"
        r"geachte|egregi[oa]|gentil[ei]ssim[oa]|monsieur|madame|mesdames|messieurs)\b|"
        r"atenci[óo]n\s*:)",
        head,
        re.I | re.M,
    ):
        return True
    if re.search(
        r"^[^\n]{0,60}\b[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \((?:[A-Z]{2,10})\)", head, re.M
    ):
        return False  # a wire dateline: "Brussels [Belgium] March 23 (ANI):"
    if re.search(
        # (and with the date: "BRUSSELS, May 12 (Reuters) - ")
        r"^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,40})?"
        r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?:AP|AFP|Reuters|ANI|"
        r"IANS|PTI|dpa|EFE|UPI|ANSA|Xinhua|Bernama|Kyodo|Yonhap|Anadolu)\)\s*(?:--|[-–—:])",
        head,
        re.M,
    ):
        return False  # and without the date: "QUITO, Ecuador (AP) -- Human Rights Watch is"
    if _RELEASE_LINE.search(head):
        return True  # the organisation's own release, even where it speaks in the third person
    if _ACTION_LINE.search(text, 0, 3000):
        return True  # a campaign's page, which tells its reader what to do
    outside = _ANY_QUOTE.sub(" ", text)
    if (
        _UNDERSIGNED.search(outside)
        or FIRST_ASK.search(outside)
        or any(_LETTER_TITLE.match(line) for line in _opening_lines(text))
    ):
        return True  # the signatories speak: "We, the undersigned", "we urge you to"
    if lang.mostly_arabic(head, at_least=40):
        # Arabic: the letter says "we demand" (نطالب) or "we" (نحن); a report, "demanded" (طالبت)
        return bool(lang.AR_ASK.search(outside) or re.search(rf"(?<![{ARABIC}])نحن", outside))
    first = sum(1 for _ in _own_wes(outside))
    if first == 0 and (_NAMED_STANCE.search(outside) or _SAID_TODAY_SELF.search(outside)):
        return True  # a statement in the third person: "The UNPO welcomes ..."
    if first == 0 and len(_FUNCTION_WORD.findall(outside)) >= 8:
        return False  # nobody writes "we" outside quotations: a report
    reported = len(re.findall(r"\b(?:said|says|told|according to|reported)\b", outside, re.I))
    reported += len(_LETTER_REPORTED.findall(outside))
    reported += len(lang.ZH_SAYS.findall(lang.ZH_QUOTED.sub("", outside)))  # "王曦則表示"
    return first > reported or reported < 2


# A report's line that introduces the letter's own text: "Here is an abridged version of the
# letter:", "The letter reads:", "Full text of the letter below".
_EMBEDDED_LETTER = re.compile(
    r"^(?:(?:here|below)\s+is\s+|the\s+following\s+is\s+)?(?:(?:an?|the)\s+)?(?:\w+\s+){0,2}"
    r"(?:version|text|excerpts?|extracts?|translation)\s+(?:of\s+|from\s+)(?:the|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:letter|statement|appeal)\b[^\n]{0,40}[:.]?\s*$|"
    # "The letter reads:", "The letter, addressed directly to Phil Schiller, reads:"
    r"^(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:letter|statement|appeal)(?:,[^\n,]{1,80},)?\s+"
    r"(?:reads|states|said|says)"
    r"(?:\s+as\s+follows|\s+in\s+(?:full|part))?\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A line that heads the page as a press release: "Media Release – For Immediate Release",
# "CFU Press Release", "PRESS RELEASE | 23 June 2025", "Pressemitteilung", "Communiqué de presse".
_RELEASE_LINE = re.compile(
    # up to three capitalised words before it ("CFU Press Release"), none of them "In a"
    r"^(?:(?!(?:in|a|an|the|this|that|its|their|our)\s)(?-i:[A-Z])[\w&.-]*\s+){0,3}?"
    r"(?:(?:press|media|news)\s+release|pressemitteilung|communiqu[ée]\s+de\s+presse|"
    r"comunicado\s+de\s+prensa|nota\s+de\s+prensa|comunicato\s+stampa|persbericht|"
    r"pressmeddelande|pressemelding)"
    # then the end of the line, a date or title after a mark, or "of GSTF and TGSL"
    r"(?:\s*[:|–—-][^\n]*|\s+(?:of|on|by|from)\s[^\n]{0,60})?$"
    # "【Press Release】Follow the principle of non-refoulement!", "[Press release] ..."
    r"|^[\[【(](?:press|media|news)\s+release[\]】)]"
    r"|^[^\n]{0,40}\bfor\s+immediate\s+release\b[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
# The line that turns a campaign page to its reader: "Here’s what you can do:", "Take action
# now:", "Write to:" over an official's address.
_ACTION_LINE = re.compile(
    r"^(?:here['’]s\s+what\s+you\s+can\s+do|what\s+you\s+can\s+do|take\s+action(?:\s+now)?|"
    r"(?:please\s+)?write\s+to)\s*[:!]\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Words every running text has, in the languages letterkit reads: enough of them and no "we"
# makes a report.
_FUNCTION_WORD = re.compile(
    r"\b(?:the|and|of|to|le|la|les|des|du|et|el|los|las|del|y|os|da|do|das|dos|il|di|der|die|und|"
    r"og|och|att|și|în|és|az|ve|yang|dan|и|в|на|что|і|та|що|και|το)\b",
    re.IGNORECASE,
)


def first_we(text: str) -> int:
    """Where the text first says "we" (or "our", "nous", "wir" ...) outside quotations;
    its length if it never does."""
    outside = _ANY_QUOTE.sub(lambda quote: " " * len(quote.group(0)), text)
    return next((we.start() for we in _own_wes(outside)), len(text))


def _own_wes(outside: str) -> Iterator[re.Match[str]]:
    """Each "we" of a text with its quotations taken out, except those inside a name."""
    return (we for we in WE.finditer(outside) if not _in_a_name(outside, we))


def _in_a_name(text: str, we: re.Match[str]) -> bool:
    """Whether a "we" is a capitalised word inside a sentence, so part of a name that a
    report lists ("Cristosal, Somos Paz y Acción Ciudadana", "Our Children's Trust")."""
    before = text[max(0, we.start() - 40) : we.start()].rstrip(" ")
    return we.group(0)[:1].isupper() and bool(before) and before[-1] not in '.!?:;"“”\n'


def _opening_lines(text: str) -> list[str]:
    """The first two lines that are not a bare date: the title and the subtitle."""
    lines = [line.strip() for line in text[:1500].split("\n") if line.strip()]
    return [line for line in lines if not re.fullmatch(r"[\d/.\-\s]+", line)][:2]


# An organisation speaking of itself in the present: "The UNPO welcomes", "... Region calls on".
_NAMED_STANCE = re.compile(
    r"\b(?!(?:He|She|It|They|This|That|Parliament|Commission|Council|Government|Court|Committee|"
    r"Assembly|UN|China|Beijing|Ministry|Letter|Statement|Appeal|Petition|Report)\b)(?<!\bby\s)[A-Z][\w.&-]*(?:\s+\([A-Z][\w.&-]*\))?\s+(?i:(?:welcomes|condemns|urges|calls\s+"
    r"(?:on|upon|for)|applauds|deplores|denounces|appeals\s+to))\b"
)
# A paragraph that quotes the letter without opening its quotation: '... be proposed.", says
# the letter'. It is quoted from its start.
OPEN_QUOTE = re.compile(
    # (and one closed with the wrong mark: '“We call on ..., “said Ndaruzaniye')
    r"^[\"“]?[^\"“”\n]+[\"”“](?=\s*,?\s*(?:says|said|reads|read|states|stated|writes|wrote|adds|"
    r"added)\b)",
    re.MULTILINE,
)
# An organisation's own release: "..., a coalition of human rights NGOs said today.", "...,
# Amnesty International said today as it joined". A news report dates what was said ("said on
# Monday"); "said today" is the release's own idiom.
_SAID_TODAY_SELF = re.compile(r"\b(?:said|says|stated)\s+today\b", re.IGNORECASE)
# and the release's issuer, named in its lede: "Macao authorities should release ..., Human
# Rights Watch said today."
# (an organisation's name and the release's verb, said either way round)
_ISSUER_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|the|and|on|in|&)){0,8}?"
_RELEASE_VERB = r"(?:said|says|stated|warned|urged)"
_ISSUER = re.compile(
    rf",\s+(?:the\s+)?(?:(?P<name>{_ISSUER_NAME}"
    # ("UN experts* said today": a body's members, and a footnote's star; "independent human
    # rights experts* warned today": the UN's own experts, named by their head noun)
    r"(?:\s+(?:experts|rapporteurs|lawmakers|officials))?)|(?:[a-z][\w-]*\s+){0,4}(?P<head>experts))\*?"
    rf"\s+{_RELEASE_VERB}\s+today\b"
    # (and the verb first: "..., said Amnesty International today")
    rf"|,\s+{_RELEASE_VERB}\s+(?:the\s+)?(?P<after>{_ISSUER_NAME})\s+today\b"
)


def release_issuer(text: str) -> list[str]:
    """Who issued a release, when its lede names them in the release's idiom ("..., Human
    Rights Watch said today"): on a site that republishes the release, the authors the
    page's own name does not give. The lede is the first paragraph, or the second under a
    title, or the third under a title and a date line or an editor's note. Only
    organisations and the UN's experts count (not "..., UN Secretary-General António
    Guterres said today")."""
    paragraphs = text.lstrip()[:1500].split("\n\n")
    # (the third under a title and a date line or an editor's correction, as a site that
    # republishes the release sets it; not under a sentence of the statement's own)
    third = len(paragraphs) > 2 and _DATE_LINE_OR_NOTE.match(paragraphs[1]) is not None
    lede = "\n\n".join(paragraphs[: 3 if third else 2])
    found = _ISSUER.search(lede)
    if found is None:
        return []
    if found["head"]:
        return [found["head"]]
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", found["name"] or found["after"])
    return [part for part in parts if _ORGANISATION.search(part) and not _OFFICE.search(part)]


_DATE_LINE_OR_NOTE = re.compile(rf"{DATE}\s*$|(?:Correction|Update|Editor['’]s\s+note)\s*:")


# An organisation's name: a word organisations are named by, or an acronym
_ORGANISATION = re.compile(
    r"\b(?:Watch|International|Amnesty|Network|Coalition|Alliance|Committee|Federation|"
    r"Foundation|Institute|Centre|Center|Union|Association|Organi[sz]ation|Society|Forum|"
    r"League|Project|Campaign|Initiative|Trust|Rights|Freedom|Frontiers|Action|PEN|experts|"
    r"[A-Z]{3,})\b"
)
_OFFICE = re.compile(
    r"\b(?:Secretary|President|Minister|Commissioner|Rapporteur|Spokesperson|Director|Chair|"
    r"Ambassador|Governor|Mayor|Senator)"
)


# A quotation between straight or curly double marks; Hebrew's gershayim inside a word (ח"כ, a
# member of the Knesset; מפכ"ל, the police chief) is no quotation mark
DOUBLE_QUOTED = (
    rf"(?:“|(?<![{HEBREW}])\"|\"(?![{HEBREW}]))"
    rf"[^\"“”]*(?:(?<=[{HEBREW}])\"(?=[{HEBREW}])[^\"“”]*)*[\"”]"
)
_ANY_QUOTE = re.compile(
    rf"{DOUBLE_QUOTED}|‘[^‘’]*’(?!\w)|«[^«»]*»|{OPEN_QUOTE.pattern}"
    # a quotation over several paragraphs: each opens with a mark, only the last one closes
    r"|^[\"“][^\"“”\n]*$",
    re.MULTILINE,
)
_UNDERSIGNED = re.compile(r"\b(?:we,?\s+)?the\s+undersigned\b|^we,\s", re.IGNORECASE | re.MULTILINE)
_LETTER_TITLE = re.compile(
    r"\s*(?:(?:joint|open)\s+(?:[\w-]+\s+){0,3})?(?:statement|letter)\s*(?::|to\b|from\b|by\b|on\b)"
    r"|\s*(?:joint\s+)?statement\s*[–—-]\s"  # "Joint Statement – Respect International Law"
    # "Communiqué commun signé par", "Carta abierta", "Offener Brief", "Gezamenlijke verklaring"
    r"|\s*(?:communiqu[ée]|d[ée]claration|lettre|comunicado|declaraci[óo]n|carta|comunicato|"
    r"lettera|dichiarazione)\s+(?:commune?|conjointe?|ouverte|conjunt[oa]|abiert[oa]|abert[oa]|"
    r"congiunt[oa]|apert[oa])\b|\s*(?:offener\s+brief|gemeinsame\s+erklärung|open\s+brief|"
    r"gezamenlijke\s+(?:verklaring|brief))\b",
    re.IGNORECASE,
)
WE = re.compile(
    r"\b(?:we|our|(?-i:(?!US\b))us|nous|notre|nos|vi|vår|våre|vårt|vores|nosotr[oa]s|nuestr[oa]s?|wir|unser\w*|uns|"
    # Spanish, Portuguese and Italian say "we" with the verb alone: "pedimos", "chiediamo"
    r"(?:ped|solicit|inst|exig|exhort|exort|recomend|reivindic|cobr|apel|est|ten|cre|quer|"
    r"consider|esper|lament|expres|acog|salud|conden|escrib|escrev|firm|assin)[aei]mos|somos|"
    r"hemos|(?:chied|esort|invit|sollecit|s|abb|cred|scriv)iamo|"
    # Portuguese, the Nordic languages, Czech and Slovak, Romanian, Turkish ("-iyoruz"),
    # Indonesian, Russian, Ukrainian and Greek; Hungarian and Czech calls say "we" in the verb
    r"nós|noss[oa]s?|oss|naše|náš|nás|noi|nostru|noastră|biz|bizim|\w+[ıiuü]yoruz|"
    r"kami|kita|мы|наш[аеиі]?|нас|ми|εμείς|μας|vyzýváme|žádáme|požadujeme|"
    r"felszólítjuk|követeljük|sürgetjük|kérjük|призываем|требуем|закликаємо|вимагаємо)\b|我們|我们",
    re.IGNORECASE,
)
# The letter spoken of in the third person: "the open letter demands", "reads the letter",
# "in a joint letter sent to", "sent an open letter".
_LETTER_REPORTED = re.compile(
    r"\b(?:the|their|its|an?|this|that)\s+(?:[\w-]+\s+){0,2}(?:letter|appeal|statement|petition)\s+"
    r"(?:also\s+)?(?:urge[sd]|calls|called|demand(?:s|ed)|ask(?:s|ed)|says|said|reads|underlined|"
    r"stated|states|notes|noted|(?:is|was)\s+(?:signed|sent)|added|warn(?:s|ed))\b|"
    r"\b(?:reads|read|said|says|according\s+to)\s+the\s+(?:\w+\s+)?letter\b|"
    r"\b(?:in|through)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}(?:letter|appeal|statement)\s+"
    r"(?:sent|addressed|to|published|released|signed)\b|"
    r"(?:sent|wrote|signed|issued|published|submitted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:letter|statement|appeal|petition)\b",
    re.IGNORECASE,
)


def reported_writers(text: str) -> str | None:
    """In a report, who wrote the letter it reports ("a group of rights organisations")."""
    head = text[:3000]
    verb = _WROTE.search(head)
    if verb is None:
        return None
    subject = re.search(r"[\w\s'-]{3,80}$", head[max(0, verb.start() - 80) : verb.start()])
    if subject is None or re.search(r"\b(?:that|who|which)$", subject.group(), re.I):
        return None  # "Organizations that signed the letter include:" names no one
    return noun_phrase(subject.group())


_WROTE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:written|wrote|sent|signed|published|issued)"
    r"\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:letter|statement|petition|appeal)"
)


def names_a_caller(text: str, names: Sequence[str]) -> bool:
    """Whether one of the authors is named, outside quotations, as making a call in the
    active voice ("FairWork and 40 groups call on", "..., FairWork said today")."""
    outside = _ANY_QUOTE.sub(" ", text)
    for name in names:
        if len(name) > 3:
            for named in name_pattern(name).finditer(outside):
                window = outside[named.end() : named.end() + 80]
                verb = REQUEST_VERB.search(window) or lang.REPORTED.search(window)
                if verb is not None and not _PASSIVE_BEFORE.search(window[: verb.start()]):
                    return True
                if _SAID_TODAY.match(window) or _AUTHOR_WROTE.match(outside, named.end()):
                    return True
                if _SIGNATORIES_INCLUDE.search(outside[max(0, named.start() - 80) : named.start()]):
                    return True
    return False


# One of the authors named as a writer or signer of the letter the page is about: "T&E,
# along with a number of other NGOs, has written to the Commission", "The signatories
# include Hong Kong Watch, ..."
_AUTHOR_WROTE = re.compile(
    r"(?:\s*\([^()]*\))?(?:,?\s+(?:(?:along|together)\s+with|joined\s+by|and)\s[^.;:!?]{0,160}?)?"
    r"\s(?:(?:have|has)\s+(?:jointly\s+|also\s+)?(?:written|sent|signed|published|issued|"
    r"delivered|submitted)\b|(?:wrote|sent|signed|published|issued|delivered|submitted)\s+"
    r"(?:a|an|the|this|its|their)\s+(?:[\w-]+\s+){0,2}(?:letter|statement|appeal|petition)\b)",
    re.IGNORECASE,
)
_SIGNATORIES_INCLUDE = re.compile(
    r"\b(?:signatories|signers)\s+(?:include|includes|included|are|were)\s+(?:the\s+)?$"
    r"|\b(?:signatories|signers)\b[^.;:!?]{0,60}?\bincluding\s+(?:the\s+)?$"
    r"|\b(?:co-?)?signed\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|be|being|by|is|are)\s*$|\b(?:been|by)\b")
_SAID_TODAY = re.compile(r"(?:\s+\([^()]*\))?\s+(?:said|says|stated)\s+today\b")
