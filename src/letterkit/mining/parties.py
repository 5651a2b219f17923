"""Who a sentence names: the noun phrase before a request verb, and whether it is the
document's authors or another party. `Context` carries what one document tells about its
authors and the party last named from sentence to sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass
class Context:
    authors: Sequence[str]
    letter: bool  # the authors write in their own voice (a letter), not a report about one
    own: bool = False  # and the document's corpus entry says so (not guessed from its text)
    names: tuple[str, ...] = ()  # the authors' names as written
    last_party: str | None = None
    text: str = ""  # the whole text
    first_we: int | None = None  # where it first says "we" outside quotations, once asked
    # the sentence read before it, and who asked in that one (None if nobody did)
    previous: str = ""
    previous_asker: str | None = None
    speakers: list[str] = field(default_factory=list)
    # per line start: the line and its quotations
    lines: dict[int, tuple[str, tuple[re.Match[str], ...]]] = field(default_factory=dict)

    @property
    def reported_by(self) -> str:
        """Who makes a call the text only reports: the party last named, else "reported"."""
        return self.last_party or "reported"

    def asker(self, own_voice: bool) -> str:
        """The authors when the text speaks in their voice, else who it reports."""
        return "authors" if own_voice else self.reported_by


# "over 160 organisations, representing ...": the signatories counted
# How a count is given, roughly or as a bound: "nearly 170", "more than 350,000"
_ABOUT = r"(?:nearly|over|more\s+than|some|about|around|almost|at\s+least)"
_COUNT = rf"(?i:(?:{_ABOUT}\s+)?)\d[\d,.]*"
COUNTED_GROUP = re.compile(
    r"\b(?:\d[\d,.]*\+?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|a\s+hundred|dozens\s+of|hundreds\s+of)(?=\s))"
    # "Four leading human rights and press freedom organisations"
    r"\s+(?:[\w-]+\s+){0,6}(?:organi[sz]ations|groups|ngos|csos|unions)\b",
    re.I,
)


_QUALIFIER = re.compile(
    r",\s*(?:[\w.-]+\s+)?(?:section|chapter|branch|office|inc\.?|ltd\.?|e\.\s?v\.)$|,\s*[A-Z]{2,3}$",
    re.IGNORECASE,
)


def with_acronyms(names: list[str]) -> tuple[str, ...]:
    """The authors' names and the other names they are known by: "Coalition on Human Needs"
    is also "CHN", "Uyghur Rights Advocacy Project" also "URAP", "Save Uighur" also
    "SaveUyghur"."""
    others: list[str] = []
    # "Association of European Journalists, UK section" is also the association's own name
    # (not "Women, Peace and Security Network": "Women")
    names = [*names, *(name.split(",")[0] for name in names if _QUALIFIER.search(name))]
    # and "Amnesty International UK" is a section of "Amnesty International": its people speak
    # as "Amnesty International’s China Director"; so are "Amnistía Internacional Paraguay",
    # "Transparency International Ukraine": a country after the organisation's own name
    names += [
        section.group(1) or section.group(2)
        for name in names
        if (section := _SECTION.fullmatch(name))
    ]
    for name in names:
        words = name.split()
        # the name run together, in either spelling
        joined = "".join(words) if 2 <= len(words) <= 3 and name.istitle() else ""
        others += [joined, *(re.sub("Uighur", "Uyghur", n) for n in (name, joined) if n)]
        capitals = [word for word in words if word[0].isupper()]
        initials = "".join(word[0] for word in capitals)
        # an acronym inside the name is kept whole: "Refugee Council USA" is "RCUSA"
        whole = "".join(word if word.isupper() else word[0] for word in capitals)
        others += [short for short in (initials, whole) if len(short) >= 3]
        # "Bar Human Rights Committee of England and Wales" is also "BHRC"
        lead = [word for word in name.split(" of ")[0].split() if word[0].isupper()]
        if " of " in name and len(lead) >= 3:
            others.append("".join(word[0] for word in lead))
        # "Transport Workers' Federation" is written "Transport Workers’ Federation" too
        others += [name.translate(_OTHER_APOSTROPHE[mark]) for mark in "'’" if mark in name]
    return (*names, *dict.fromkeys(other for other in others if other and other not in names))


_SECTION_OR_OWNER = (
    r"(?:[’']s\b|\s+(?!(?:Minister|Ministers|Ministry|Secretary|Department|Committee|Council|"
    r"Commissioner|Director|Officer|Spokesperson|Chair|Office|International|Internacional)\b)"
    r"(?-i:[A-Z])[a-z]+\b)"
)
_BEFORE_INTERNATIONAL = re.compile(
    r"((?-i:[A-Z])[\w'’-]{3,}(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+International"
)
_SECTION = re.compile(
    r"((?:\S+\s+){1,5}\S+)\s+(?:UK|USA|US|EU)|"
    # (a name ending in a word of the international organisations that have national sections:
    # not "Refugee Council Australia", whose "Refugee Council" is inside other names)
    r"((?:\S+\s+){1,5}(?:International|Internacional|Internationale|Internazionale|Watch))"
    r"\s+[A-ZÁÉÍÓÚ][a-zá-úñ]+"
)
_OTHER_APOSTROPHE = {"'": str.maketrans("'", "’"), "’": str.maketrans("’", "'")}


# A longer name the name begins: "Amnesty International Hong Kong Overseas’ Executive
# Director" speaks for another section than Amnesty International (the possessive shows
# where the organisation's name ends)
_LONGER_NAME = r"(?:\s+[A-Z][\w-]*)+[’'](?!\w)"


@lru_cache(maxsize=256)
def name_pattern(name: str, possessive: bool = False) -> re.Pattern[str]:
    """A name as written, as a whole word, and not the start of a longer name; nor, unless
    `possessive`, as a possessive ("Amnesty's report")."""
    owner = "" if possessive else r"(?![’']s\b)"
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w){owner}(?!{_LONGER_NAME})")


def speaks_for_authors(speaker: str, ctx: Context) -> bool:
    """Whether the person a text quotes speaks for one of the authors: "BHRC Chairperson
    Kirsty Brimelow QC", "Amnesty International's China director Sarah Brooks", "Akriti
    Saraswat, Safety and Gender Expert, Free Press Unlimited"."""
    return (
        _for_authors(speaker, ctx)
        or (ctx.own and own_officer(speaker, ctx))
        or _titled_for_authors(speaker, ctx)
    )


def _titled_for_authors(speaker: str, ctx: Context) -> bool:
    # a person named with the title earlier: "Rabia Mehmood, Regional Researcher at Amnesty
    # International" before '"...," said Rabia Mehmood'
    # (a title in English, "Regional Researcher at", "UHRP Executive Director"; not "madre de
    # un preso político, a Amnistía Internacional": whom she spoke to)
    # (and only a title, to its comma: not "Ahmed Khan, Pakistan's interior minister, rejected
    # Amnesty International's call", "a former Amnesty researcher")
    # (and a surname alone, once the text gave the full name: "Roman Palomares, National
    # President of the League of United Latin American Citizens (LULAC)" before "said Palomares")
    return (
        _PERSON.fullmatch(speaker) is not None or _surname_of_one_named(speaker, ctx.text)
    ) and any(
        _for_authors(title, ctx)
        for title, _ in titles_given(speaker, ctx.text)
        if _TITLE_WORD.search(title) and not _FORMER.search(title)
    )


@lru_cache(maxsize=1024)
def _surname_of_one_named(speaker: str, text: str) -> bool:
    """Whether `speaker` is one capitalised word that the text gives after a first name and
    before a comma, as a person is introduced: "Roman Palomares, ..." (read once per surname
    and text, as `titles_given` is, however many quotations the person has)."""
    # (and one person only: not "José Garcia, a farmer" beside "Mayor Luis Garcia")
    return re.fullmatch(r"[A-Z][\w'’-]+", speaker) is not None and (
        re.search(rf"\b[A-Z][\w'’.-]+\s+{re.escape(speaker)},", text) is not None
        and len(
            {
                first
                for first in re.findall(rf"\b([A-Z][\w'’.-]+)\s+{re.escape(speaker)}\b", text)
                if first.rstrip(".") not in HONORIFICS
            }
        )
        == 1
    )


# what stands before a surname without being a first name: "Ms Lewis", "Mayor Garcia"
HONORIFICS = frozenset(
    [
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Senator",
        "Minister",
        "President",
        "Premier",
        "Chancellor",
        "Mayor",
        "Governor",
        "Judge",
        "Professor",
        "Prof",
        "Rev",
        "Father",
    ]
)


def own_officer(speaker: str, ctx: Context) -> bool:
    """Whether a quoted person is given a title and no organisation: "Jane Doe, Executive
    Director", "Christoph Bautz, Geschäftsführender Vorstand", or a name the text gives so
    ('"...," said Phil Robertson, deputy Asia director.'). On the authors' own page that is
    their own officer; one from elsewhere is named with the body he speaks for."""
    title = speaker.partition(",")[2]
    if title or _bare_title(speaker):
        return _bare_title(title or speaker)
    # (a title that ends the clause, not one cut short: "deputy Asia director.")
    return _PERSON.fullmatch(speaker) is not None and any(
        len(given) <= 60 and after in (".", ",", ":", ";", "\n") and _bare_title(given)
        for given, after in titles_given(speaker, ctx.text)
    )


@lru_cache(maxsize=1024)
def titles_given(speaker: str, text: str) -> tuple[tuple[str, str], ...]:
    """What a text puts after a person's name and a comma, to the next stop ("Rabia Mehmood,
    Regional Researcher at Amnesty International"), each with the character that ends it:
    read once per person and text, however many of the person's quotations ask."""
    return tuple(
        (found.group(1), text[found.end() : found.end() + 1])
        for found in re.finditer(
            rf"(?<![\w-]){re.escape(speaker)},\s+([^,.;:!?\n“”\"]{{1,80}})", text
        )
    )


def _bare_title(title: str) -> bool:
    title = title.strip()
    return (
        len(title.split()) <= 5
        and (_OFFICER.search(title) is not None or _OTHER_TITLE.search(title) is not None)
        and _FORMER.search(title) is None
        and _BEARER.search(title) is None
        and _NOT_AN_OFFICER.search(title) is None
    )


# an organisation's officers, "Founder and Executive Director" among them (not "an expert on
# international law", "lead plaintiff", "head teacher", "a mother and community representative")
_OFFICER = re.compile(
    r"\b(?i:director|president|chair\w*|spokes\w+|officer|coordinator|secretary|campaigner|"
    r"advis[eo]r|manager|executive|founder)\b"
)
_NOT_AN_OFFICER = re.compile(
    r"^(?i:an?|the)\s|\b(?i:independent|resident|mother|father|plaintiff|lawyer|professor|"
    r"teacher|community|local|on|in)\b"
)


# what names whom a title serves: "of", "at", a possessive, an acronym, an organisation's word
_BEARER = re.compile(
    r"\b(?:of|at|for|from|with|to|de|du|des|der|von|bei|beim|del|di|van)\b|[’']s\b|"
    r"\b[A-Z]{2,}|\b(?:Watch|International|Amnesty|Network|Coalition|Alliance|Committee|"
    r"Federation|Foundation|Institute|Cent(?:re|er)|Union|Association|Organi[sz]ation|Society|"
    r"Forum|League|Project|Campaign|Initiative|Trust|Nations|Council|Commission|Ministry|"
    r"Government|Party|Congress|Parliament)\b|\b(?i:minister|senator|mp|mep|ambassador|judge)\b"
)
# and titles in German, French and Spanish: "Geschäftsführender Vorstand", "porte-parole"
_OTHER_TITLE = re.compile(
    # (German titles compound: "Bundesgeschäftsführerin", "Pressesprecher"; not
    # "Regierungssprecher", "Polizeipräsident", "Institutsdirektor")
    r"\b(?i:(?:geschäftsführende[rn]?\s+)?vorstand\w*|vorsitzende\w*|(?:bundes)?geschäftsführer\w*|"
    r"(?:presse)?sprecher\w*|directeur|directrice|président\w*|porte-parole|"
    r"coordinat\w+|responsable|director[ae]?|president[ae]|portavoz|coordinador[ae]?|"
    r"vocer[oa])\b"
)


_TITLE_WORD = re.compile(
    r"\b(?i:director|researcher|president|chair\w*|spokes\w+|officer|coordinator|head|"
    r"secretary|campaigner|advis[eo]r|manager|executive|founder|lead|expert|representative)\b"
)
_FORMER = re.compile(r"\b(?i:former|ex-|onetime|then)\b")
# a person's name alone: "Rabia Mehmood", "Sarah Brooks"
_PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


def _for_authors(speaker: str, ctx: Context) -> bool:
    return (
        names_an_author(speaker, ctx)
        or any(
            len(name) >= 3 and name_pattern(name, possessive=True).search(speaker) is not None
            for name in ctx.names
        )
        # and "Oxfam’s Tax Policy Advisor", "Executive Director of Amnesty Senegal" for Oxfam
        # or Amnesty International: the name before "International", in the possessive or
        # before a section's capitalised name (not "Education ministers", "Education
        # Minister Jane Doe" for Education International)
        or any(
            re.search(rf"(?<!\w){re.escape(bare.group(1))}{_SECTION_OR_OWNER}", speaker) is not None
            for name in ctx.names
            if (bare := _BEFORE_INTERNATIONAL.fullmatch(name))
        )
    )


def names_an_author(subject: str, ctx: Context) -> bool:
    """Whether one of the authors is among those a subject lists: "Human Rights Watch and 59
    other groups", "the International Campaign for Tibet (ICT) and FIDH"."""
    if any(len(name) > 3 and name_pattern(name).search(subject) for name in ctx.names):
        return True
    parts = re.split(r",\s*|\s+(?:and|together\s+with|alongside)\s+", subject)
    # (and an author's short name in brackets after the full one: "Die Deutsche Umwelthilfe
    # (DUH) hat")
    bracketed = re.findall(r"\(([^()]{2,12})\)", subject)
    return any(is_author(re.sub(r"\s*\([^()]*\)", "", part).strip(), ctx) for part in parts) or any(
        is_author(short, ctx) for short in bracketed
    )


def is_author(party: str, ctx: Context) -> bool:
    """Whether `party` is one of the authors by name or short name: "UNPO", "the UNPO",
    "the Coalition" for the Coalition to End Forced Labour in the Uyghur Region."""
    name = re.sub(r"^the\s+", "", party.lower())
    # (and after the article of another language: "Die DUH", "la FIDH"; but "La Via Campesina"
    # is its whole name)
    bare = re.sub(r"^(?:die|der|das|la|le|les|el|los|las|het|de)\s+", "", name)
    # "The Initiative" for the Ilham Tohti Initiative: the head noun of an author's name
    head = name != party.lower() and _ORG_HEAD.fullmatch(name) is not None
    # and with one capitalised word before it, inside the name: "The Law Society" for the New
    # Zealand Law Society Te Kāhui Ture o Aotearoa (not "The Human Rights Foundation" for the
    # Thai Human Rights Foundation, nor "the civil society" for a Civil Society Forum)
    named_head = re.fullmatch(rf"(?i:the)\s+[A-Z][\w-]+\s+(?i:{_ORG_HEAD.pattern})", party)
    return (
        name in ctx.authors
        or bare in ctx.authors
        or any(
            (author.startswith(name + " ") and len(name) > 3)
            or (head and author.endswith(" " + name))
            or (named_head is not None and f" {name} " in f" {author} ")
            for author in ctx.authors
        )
    )


_ORG_HEAD = re.compile(
    r"initiative|coalition|campaign|network|alliance|foundation|project|institute|centre|center|"
    r"society|movement|forum|trust|association|federation|league|collective|platform"
)


def names_the_authors(subject: str, verb: str) -> bool:
    """Whether a letter's third-person subject is the letter or its signatories: "the
    Coalition", "the joint letter", "70 civil society groups and 34 expert individuals",
    "Friends of the Earth Europe joins 225 organisations in calling on"."""
    clause = re.split(r"[;:]|,\s+(?:which|who|while|as|after|when)\b", subject)[-1]
    head = _HEAD_END.split(clause, maxsplit=1)[0]  # not "representing 18 million people"
    joined = verb if re.match(r"join", verb, re.IGNORECASE) else ""
    # "230 UN officials, judges and NGOs": a coalition that counts other bodies among its members
    other = OTHER_BODY.search(head) and not _SELF_NOUN.search(head)
    return bool(_SELF_NOUN.search(clause + " " + joined)) and not other


# (and a relative clause: "The coalition, which will protest outside the embassy,")
APPOSITION = re.compile(
    r",\s*(?:including|among\s+them|such\s+as|led\s+by|alongside|together\s+with|in\s+(?:a\s+)?"
    r"coalition\s+(?:with|of)|which|who|whose)\b[^,]*,\s*$",
    re.IGNORECASE,
)
_HEAD_END = re.compile(
    r"\s(?:representing|from|based|working|including|comprising|led\s+by|of\s+(?=over\b|more\b|"
    r"some\b|nearly\b|almost\b|\d))",
    re.IGNORECASE,
)


_SELF_NOUN = re.compile(
    r"\b(?:coalition|alliance|network|organi[sz]ations|groups|ngos|csos|unions|signatories|petitioners|signers|"
    r"undersigned|clubs|federations|associations|campaign|"
    # "The Association has repeatedly demanded" (not "the German Association for Human Rights")
    r"(?<=\bthe\s)(?:association|federation)(?!\s+(?:for|of)\b)|"
    r"letter|statement|appeal|petition|"
    # "The briefing urges" (not "the President’s briefing on his priorities")
    r"(?:(?<=\bthe\s)|(?<=\bour\s)|(?<=\bthis\s))(?:briefing|submission|manifesto))\b",
    re.IGNORECASE,
)
OTHER_BODY = re.compile(
    r"\b(?:UN|United\s+Nations|Parliament|MEPs|Commission|Council|[Gg]overnments?|"
    r"[Rr]apporteurs?|[Ss]hareholders|States|[Cc]itizens|[Pp]eople|[Cc]ompan(?:y|ies)|[Mm]inisters?|"
    r"[Ee]xperts|[Ww]orkers|[Tt]housands|[Mm]illions)\b"
)
# A date or time leading the sentence: "Today, 17 April,", "On Thursday, July 17th,".
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A full date, as a page's date line gives it: "8 November 2019", "Monday, May 3, 2021"
DATE = (
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}},?)"
    r"\s+\d{4}"
)
LEADING_TIME = re.compile(
    # a dateline: "Washington, DC— ", "GENEVA, December 30, 2021 — ", "Brussels (AFP) – "
    # and a source and date in brackets: "(Chinese Human Rights Defenders, February 24) ",
    # "(BANGKOK, November 13, 2025)–"
    rf"^(?:(?:\([A-Z][^()]{{1,60}},\s*(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,\s*\d{{4}})?\)"
    # and a city with an agency's initials: "(Zürich)(PPS) "
    r"|\([A-Z][^\s()]{1,30}\)\s*\([A-Za-z]{2,8}\))"
    r"(?:\s*[–—-]\s*|\s+))?"
    # "(Geneva) – ", "(Geneva, Switzerland) – "
    r"(?:(?:\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\)|"
    r"[A-Z]{3,}(?:,[^–—]{1,50})?(?:\s*\([A-Z][\w .,]{1,30}\))?|"  # "WASHINGTON (Sputnik) — "
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z]{2}|"
    r"[A-Z][a-z]+\.?\s\d{1,2}(?:,\s*\d{4})?)(?:\s*\([A-Z0-9]{2,8}\))?|[A-Z][a-z]+\s*\([A-Z]{2,8}\)|"
    # "Geneva (23 October 2020) – Denmark should": a city and its date in brackets
    rf"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*\((?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}),?\s+\d{{4}}\)|"
    # "New York – Students for a Free Tibet calls on": a city and a dash; and its country:
    # "Gheorghe, Romania — Greenpeace activists are demanding"
    # (and a capital after the dash: not "Amnesty, Greenpeace — and dozens of others — urged")
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s[–—]\s)|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s[–—]\s+[A-Z]))"
    r"\s*[–—-]\s*)?"
    # and a time before the subject: "Today, ", "On Monday, ", "Last month Oliver Bancoult"
    rf"(?:(?:[Tt]oday|[Yy]esterday|[Tt]his\s+(?:week|morning|month|year)|"
    r"[Ll]ast\s+(?:week|month|year))(?:\s*,\s*|\s+(?=[A-Z]))|"
    rf"(?:(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[Oo]n\s+|[Ii]n\s+)?"
    rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|{MONTH})(?:,?\s+\d{{4}})?)"
    # (a date and a dash: "London, UK – January 9, 2026 – The Coalition")
    r"(?:\s*,\s*|\s*[–—]\s*))*"
)


NOT_A_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|be|been|being|to|will|would|could|not|has|have|had|the|a|an|of|in|"
    r"on|for|with|by|its|their|his|her|our|your|this|these|those|said|says|told|stated|noted|"
    r"added|long|should|must|shall|can|may|might|"
    # an adjective before a noun: "in this joint appeal to", "an urgent call for"
    r"joint|open|urgent|public|new|latest|recent|previous|earlier|same|written|repeated|"
    # "the following demands reflect", "ten core demands" (not "Their main demand is")
    r"following|core)\s*$",
    re.IGNORECASE,
)


_SUBORDINATE = (
    r"but|while|whilst|whereas|as|which|who|that|when|after|before|because|since|where|if|"
    r"although"
)
# (not a number's comma: "more than 350,000 concerned individuals")
_BOUNDARY = re.compile(rf"(?:^|,(?!\d{{3}}\b)\s*(?:and\s+)?|;\s*|\s(?:and|{_SUBORDINATE})\s)", re.I)
# (and after what someone said: "The group said over 250,000 citizens had urged")
_CLAUSE_BOUNDARY = re.compile(
    rf"(?:^|,(?!\d{{3}}\b)\s*(?:and\s+)?|;\s*|\s(?:{_SUBORDINATE})\s|"
    rf"\s(?:said|says|stated|reported|noted)\s+(?:that\s+)?(?={_ABOUT}?\s*\d))",
    re.I,
)


_CONSIDERING = re.compile(
    r"^(?:bearing\s+in\s+mind|in\s+(?:the\s+)?light\s+of|in\s+view\s+of|given|considering|"
    r"taking\s+into\s+(?:account|consideration)|having\s+regard\s+to|recalling|noting)\b"
    # (with its comma; or, before a noun taken for the verb, all there is: "Bearing in mind
    # the above-mentioned" before "requests")
    r"(?:[^,;:]{1,150},\s*|\s+the\s+(?:above(?:[\s-]mentioned)?|aforementioned|foregoing)$)",
    re.IGNORECASE,
)


def noun_phrase(raw: str) -> str | None:
    """The subject noun phrase at the end of `raw`, if it looks like one: a conjunction of
    nouns whole ("17 human rights organizations and trade unions"), else the last conjunct of
    the last clause ("..., and the Commission")."""
    # (not the clause before the subject: "Bearing in mind the above-mentioned requests,
    # associations of citizens, journalists and media call on:")
    raw = _CONSIDERING.sub("", raw.strip().lstrip(",;").strip(), count=1)
    if not raw:
        return None  # "Bearing in mind the above-mentioned" before the noun "requests"
    whole = _subject_phrase(_CLAUSE_BOUNDARY.split(raw)[-1])
    if whole is not None and not _FINITE.search(whole):
        return whole
    # (else the whole when it opens like a subject: "A group of 101 NGOs and 550 activists,
    # artists and academics")
    last = _subject_phrase(_BOUNDARY.split(raw)[-1])
    opens = (
        (re.match(r"(?:(?:an?|the)\s|\d)", raw, re.I) and COUNTED_GROUP.search(raw))
        # "associations of citizens, journalists and media"
        or re.match(rf"(?:{_GROUP_NOUN.pattern})\s+of\s", raw, re.I)
    ) and not re.search(
        r"\b(?:we|i|that|which|who|can|could|may|might|will|would)\b", raw, re.IGNORECASE
    )
    if last or whole or opens:
        return last or whole or _subject_phrase(raw)
    # (else the count a verb took in: "they had received more than 50,000 signatures")
    counted = _COUNT_TAKEN.search(raw)
    return counted.group("count") if counted is not None else None


_COUNT_TAKEN = re.compile(
    r"\b(?:received|collected|gathered|delivered|submitted|handed\s+over)\s+"
    rf"(?P<count>{_COUNT}\s+(?:[\w-]+\s+){{0,3}}[\w-]+)$",
    re.IGNORECASE,
)


def _subject_phrase(phrase: str) -> str | None:
    phrase = phrase.strip(' ,"“”-–—')  # (and a dateline's dash: "(EFE).- The Waorani")
    phrase = re.sub(
        # (and "That’s why PLP has partnered with JUSTICE to call for"; a report's "...,
        # with rights groups urging the police to")
        r"^(?:also|furthermore|moreover|finally|however|meanwhile|today|now|with|"
        r"(?:that|this|which)(?:['’]s|\s+is)\s+why)\s+",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(
        r"\s+(?:today|yesterday|also|jointly|now|additionally|further|formally|publicly|officially|"
        r"recently|together|collectively|again|therefore|likewise|at\s+the\s+same\s+time)$",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"(?<=\w)['’](?:re|m)$", "", phrase)  # "They’re calling": "They"
    # "Rights Watch on Monday", "the groups on 3 May", "the coalition last week"
    phrase = re.sub(
        rf"\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{{1,2}}\s+{MONTH}|"
        rf"{MONTH}\s+\d{{1,2}})|(?:this|last)\s+(?:week|month))$",
        "",
        phrase,
    )
    # "Speaking at a press conference Trans Action Alliance Chairperson Farzana Riaz"
    phrase = re.sub(
        # (not "Speaking at a rally on Monday the union's ...": a time or place follows)
        r"^(?:speaking|addressing|writing)\s+(?:at|in|to|on|before)\s+(?:an?|the)\s+"
        r"(?-i:(?!(?:at|on|in|of|the)\b)[a-z][\w-]*\s+){1,4}(?=(?-i:[A-Z]))",
        "",
        phrase,
        flags=re.I,
    )
    # "Ahead of the EU-China summit 23 human rights organizations"
    phrase = re.sub(
        r"^(?:ahead\s+of|before|after|following|during)\s+[^,]{1,80}?\s+(?=\d)",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"\s+\([^()]{1,40}\)$", "", phrase)  # "... Region (Coalition)"
    # "Partner and member NGOs of the Human Rights House Network": the name counts as one word
    named = _OF_A_NAME.fullmatch(phrase)
    length = len(named["head"].split()) + 1 if named else len(phrase.split())
    if length > 9 and not _NAME_LIKE.fullmatch(phrase):
        phrase = _HEAD_END.split(phrase, maxsplit=1)[0]  # "150 groups representing 18 million"
        length = len(phrase.split())
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in {"it", "they", "he", "she"}:
        return phrase  # "In particular, it called for": the party named before
    if 0 < length <= (14 if _NAME_LIKE.fullmatch(phrase) else 9) and (
        words[0][0].isupper()
        or words[0][0].isdigit()
        or words[0].lower() in _DETERMINERS
        or (words[0].lower() in _QUANTIFIERS and _GROUP_NOUN.search(phrase) is not None)
        # "over 250,000 citizens signing petitions", "more than 1,000 Uyghurs abroad"
        or re.match(rf"(?i:{_ABOUT})\s+\d", phrase)
        or _GROUP_NOUN.fullmatch(words[-1])  # "trade unions", "rights groups"
        or _GROUP_NOUN.fullmatch(words[0])  # "activists from several minority groups"
        # "exiled Tibetans from across Europe", "young Uyghurs"
        or (len(words) > 1 and words[0] in _PEOPLE_ADJECTIVES and words[1][0].isupper())
    ):
        return phrase
    return None


_PEOPLE_ADJECTIVES = frozenset(
    {
        "exiled",
        "young",
        "local",
        "concerned",
        "leading",
        "prominent",
        "independent",
        "international",
        "national",
        "indigenous",
        "overseas",
        "detained",
        "former",
        "elderly",
        "ordinary",
        "fellow",
    }
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could|may|said|says)\b", re.I
)


# An organisation's name: "the Coalition to End Forced Labour in the Uyghur Region".
_OF_A_NAME = re.compile(
    r"(?P<head>(?:\S+\s+){0,5}?\S+)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|on|and|&))*"
)
_NAME_LIKE = re.compile(
    r"(?:the\s+)?[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|the|in|to|for|and|on|&))*"
)
_GROUP_NOUN = re.compile(
    r"unions|organi[sz]ations|groups|ngos|csos|campaigners|activists|experts|investors|"
    r"lawmakers|legislators|mps|meps|signatories|communities|coalitions|networks|associations|"
    r"members",
    re.IGNORECASE,
)
_DETERMINERS = ("the", "a", "an", "some", "several", "many", "both", "all", "other")
# "more than one hundred faith communities", "over 100 groups", "dozens of NGOs"
_QUANTIFIERS = ("more", "over", "nearly", "almost", "around", "about", "dozens", "hundreds")


# An opening phrase before the subject: "In its submission to the review, ", "On November 2, "
_OPENER = re.compile(
    r"(?:In|On|At|During|After|Before|Following|Ahead\s+of|Since|Earlier|Later|Last|This|Today|"
    r"Yesterday|Through|Under|Amid)\b[^,]{0,80},\s+"
)
# "nearly 170 Georgian non-governmental organizations"
_COUNTED_SUBJECT = re.compile(
    rf"(?:{_ABOUT}\s+)?{COUNTED_GROUP.pattern}",
    re.IGNORECASE,
)


def sentence_subject(sentence: str) -> str | None:
    """Who a sentence is about, from its start: "The coalition, which ...", "Amnesty
    International and 11 other NGOs", "nearly 170 Georgian non-governmental organizations"."""
    opener = _OPENER.match(sentence)
    found = _subject_at(sentence[opener.end() :]) if opener is not None else None
    return found or _subject_at(sentence)


# People a name or a count may qualify: "Tibet supporters", "African leaders", "Some 40
# genocide survivors"
_PEOPLE_NOUN = (
    r"(?:supporters|leaders|activists|campaigners|advocates|survivors|defenders|families|"
    r"relatives|students|workers|farmers|residents|citizens|lawyers|journalists|academics|"
    r"scholars|women|youth|exiles|refugees|"
    rf"{_GROUP_NOUN.pattern})"
)
_PEOPLE_SUBJECT = re.compile(
    # (a name right before them: "Tibet supporters", "African leaders"; not a time or a
    # place said first, "Yesterday activists", "Across Europe farmers")
    r"(?:(?!(?:The|This|These|Those|Our|Their|In|On|At|For|From|By|With|As|After|Among|While|"
    r"Whilst|When|If|To|We|I|You|It|They|He|She|Yesterday|Today|Tonight|Tomorrow|Meanwhile|"
    r"Last|Earlier|Later|Recently|Across|Since|Now|Then)\b)[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}"
    # (or a count and the words that qualify them, not a verb's: "Some 40 genocide survivors")
    rf"|{_COUNT}"
    r"(?:\s+(?!(?:that|the|and|or|of|who|which|to|for|in|on|at|with|by|is|are|was|were|has|"
    r"have|had|will|would|also|said|says|met|told|held)\b)[a-z][\w-]*(?<!ed)){0,2}?)"
    rf"\s+(?i:{_PEOPLE_NOUN})\b"
)


def _subject_at(sentence: str) -> str | None:
    counted = _COUNTED_SUBJECT.match(sentence) or _PEOPLE_SUBJECT.match(sentence)
    if counted is not None:
        return counted.group(0)
    match = re.match(
        # "The coalition, which ...", "The human rights advocates and ...": common nouns
        # (else "The statement"); "our" after two openers ("Today, on Human Rights Day, our")
        r"^(?:(?:[^,]{0,40},\s+){2}(?=[Oo]ur\s)|(?:[^,]{0,40},\s+)?)"
        r"((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*(?:\s+(?!(?:are|is|was|were|ha[sd]|have|will|would|can|could|may|"
        r"might|must|should|also|do|does|did)\b)[\w-]+){0,3}?"
        # ("the coalition argued that")
        r"(?=,|\s+(?:and|which|who|whose|to|of|from|for|in|on|at|by|with)\b|"
        r"\s+(?:[a-z]+ed|say|describe|stress|warn|note|argue|express|call|urge|demand)s?\b)|"
        r"The\s+[a-z][\w-]*|"
        # "our Pen International community"
        r"(?:[Tt]he\s+|[Oo]ur\s+)?[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|on|the|to(?=\s+[A-Z])))*)",
        sentence,
    )
    return match.group(1) if match else None
