"""Finding the asks in a letter's cleaned text, and who makes them.

An ask is a request that someone act. letterkit finds them with rules about how requests are
written in English (the commonest forms in other European languages, Turkish, Russian,
Ukrainian, Greek, Indonesian, Vietnamese, Japanese, Korean, and Chinese in both scripts), not
about any one letter:
- a sentence whose subject asks: "we (strongly) urge / call on / ask / request / recommend",
  "We, the undersigned, are calling on", "Please ...", "the EU must / should ...";
- each item of a list under a lead-in that asks ("We urge you to:", "Follow up on this visit
  with sustained efforts to:", "we ask that:") or under a heading such as "Recommendations";
- a call someone else made, reported in the text ("UN experts urged China to ...", "MEPs call
  on the Council to ...", '"... should ...," said Yasmine Ahmed'): kept, with that someone as
  the asker, so a reported call is never taken for the authors' own.
The authors' own earlier calls, which they report ("we have long called on"), are asks too:
a letter cites them to press the same request again. Offsets refer to the cleaned text
(`letterkit asks FILE --text` prints it).

This module walks a text and keeps its asks. The work under it is split by concern:
sentences.py cuts the text into blocks and sentences; voice.py says whether the text is the
authors' own or a report about them; classify.py judges one sentence with the patterns of
english.py and languages.py; parties.py says who a sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from letterkit.mining import languages as lang
from letterkit.mining.classify import NOTE, classify_sentence
from letterkit.mining.english import (
    FIRST_ASK,
    HEADING_CUE,
    IMPERATIVE_START,
    ITEM_VERB,
    LEAD_CUE,
    MODAL_ANY,
    NUMBER,
    REQUEST_VERB,
)
from letterkit.mining.foreign import FINAL
from letterkit.mining.parties import DATE, Context, with_acronyms
from letterkit.mining.scripts import THAI
from letterkit.mining.sentences import (
    Unit,
    item_body,
    split_blocks,
    split_imperative_runs,
    split_sentences,
)
from letterkit.mining.voice import (
    is_letter,
    names_a_caller,
    release_issuer,
    reported_writers,
)


@dataclass
class Ask:
    source: str
    text: str
    start: int
    end: int
    lead_in: str
    asker: str  # "authors", or the third party as named in the text
    form: str = "sentence"  # sentence | item | lead-in
    quoted: bool = False

    def to_json(self) -> dict[str, object]:
        return dict(vars(self))  # (asdict would copy each field deeply: they are all plain)


def find_asks(
    text: str,
    source: str = "",
    authors: Sequence[str] = (),
    own: bool = False,
    report: bool = False,
) -> list[Ask]:
    """Every ask in `text`, in order. `authors` are names the document's authors go by
    (organisation names and short names), so "The UNPO urges ..." in UNPO's own statement
    is the authors' ask. `own` says the text is the authors' own letter, petition or
    statement (its corpus entry says so), even where it speaks of them in the third person
    ("A group of 60 Uyghur organizations are calling for"); `report` says it is a news report
    about the letter, so every call in it is someone's it reports ("Human Rights Watch is
    calling on Ecuador" after an AP dateline). Without either the voice is guessed."""
    letter = own or (not report and is_letter(text))
    issuers = release_issuer(text) if letter else []
    names = with_acronyms([a for a in (*authors, *issuers) if a])
    ctx = Context([a.lower() for a in names], letter, own, names=names, text=text)
    if not ctx.letter and not report and names_a_caller(text, ctx.names):
        ctx.letter = True  # "ICT and other groups are calling on" on ICT's own page
    ctx.last_party = reported_writers(text)
    asks: list[Ask] = []
    lead: tuple[str, str] | None = None  # (lead-in, asker) of the list being read
    colon: tuple[str, str] | None = None  # a sentence ending in ":" that may lead a list
    in_recommendations = False
    open_item = False  # the list's last item ended "...; and": the list goes on
    lead_open = False  # the lead-in ends "... that" or "... to", with no colon
    named = False  # and the lead-in named its list as demands: "Their demands include:"
    listed = False  # the lead-in's list has had a marked item
    # the lead-in of a numbered list, the number's mark and the number that would continue it:
    # "1) Deliver right to repair", paragraphs explaining it, then "2) Broad access to parts"
    numbered: tuple[tuple[str, str], str, int] | None = None
    # the ask that ended the paragraph before a list: "We call on Xi Jinping to ... release all
    # detainees." over "• Provide transparency ...", "• Allow Uyghurs to travel freely."
    asked: tuple[str, str] | None = None
    # the marker of an item that asked and ended ":", so introduces its own sub-items: "2. The
    # Prime Minister to ... amend the articles that regulate:" over "- Criteria and conditions ..."
    opened: str | None = None
    blocks = list(split_blocks(text))
    # the page's top: its first block, or the first under a bare date line or a petition's
    # addressee ("To: Standard Chartered Bank" over "Tell Standard Chartered to stop ...!")
    top = next(
        (
            i
            for i, b in enumerate(blocks)
            if not _DATE_ONLY.fullmatch(b.text) and not _PETITION_TO.fullmatch(b.text)
        ),
        0,
    )
    for position, block in enumerate(blocks):
        # a list whose markers the page lost: paragraphs after the lead-in that start with a
        # verb ("Commit to ...;") or follow an item that ended "; and"
        flat = (
            not block.item
            and lead is not None
            and not block.text.endswith((":", "\uff1a"))
            and (
                open_item
                or ITEM_VERB.match(block.text) is not None
                # (and its purpose: "To set up an adequate search and rescue system")
                # (not a purpose before its comma, "To sign this letter, please email", nor "To
                # protect journalists is to protect democracy")
                or (
                    block.text[:3] in ("To ", "to ")
                    and ITEM_VERB.match(block.text[3:]) is not None
                    and _TO_PURPOSE.match(block.text) is None
                )
                # "Press forward with the Electoral Reforms: Be the Champion for ...": a
                # paragraph under its label, as in a list whose markers were lost
                or _LABELLED.match(block.text) is not None
                # "We demand that" over "China release Gui Minhai.": a lead-in with no colon
                # runs on into its clauses, each a sentence of its own
                or (
                    lead_open
                    and not listed  # after its marked items, a paragraph is the text again
                    and block.text.endswith((".", ";"))
                    and len(block.text.split()) <= 60
                    and _OWN_CLOSING.match(block.text) is None
                    and _POINTER.search(block.text) is None
                    # (and after "Their demands include:", not the report going on)
                    and not (named and _report_goes_on(block.text))
                )
            )
        )
        if _SIGNED_BY.match(block.text):
            lead = colon = numbered = None  # "Signed by," over the signatories: the asks have ended
            continue
        if not block.item and HEADING_CUE.match(block.text):
            in_recommendations, lead = True, None  # "Recommendations", "Investor Expectations"
            continue
        # under such a heading, paragraphs that start with a verb are its items
        recommended = (
            not block.item
            and lead is None
            and in_recommendations
            and ITEM_VERB.match(block.text) is not None
        )
        page_top = position == top and position < len(blocks) - 1
        if not (flat or recommended) and _is_headline(block, page_top):
            if named:  # "ENDS", "Notes to editors" after a list of demands: the list is over
                lead, lead_open, named = None, False, False
            continue  # a headline that asks is not itself the ask
        if block.item or flat or recommended:
            body, offset = item_body(block.text)
            if block.item and opened is not None:
                if _marker(block.text) == opened:
                    opened = None  # back in the outer list
                elif ITEM_VERB.match(body) is None and MODAL_ANY.match(body) is None:
                    # what the item above asks for, spelled out, with no verb of its own to ask
                    # (not "a) The Ministry of Labour should publish ...")
                    continue
            if block.item and _ELABORATION.match(body):
                # "• Ensure a fairer asylum procedure" over "– including by training
                # interpreters": the line under an item tells how, it is no ask of its own
                continue
            # "an agreement that: Considers ...; Includes ...; Does not promote ... markets.":
            # the full stop after semicolons ends the clauses
            last_item = flat and lead_open and open_item and block.text.endswith(".")
            open_item = flat and block.text.endswith((";", " and", " or"))
            start, end = block.start + offset, block.start + len(block.text)
            if flat and lead is not None:
                # a lost list run into one paragraph: "Stop detaining .... End the violence ...."
                for piece in split_imperative_runs(block):
                    asks.append(
                        Ask(
                            source,
                            piece.text,
                            piece.start,
                            piece.start + len(piece.text),
                            lead[0],
                            lead[1],
                            "item",
                        )
                    )
            elif lead is not None:
                asks.append(Ask(source, body, start, end, lead[0], lead[1], "item"))
                listed = listed or block.item
                if block.item and body.endswith(":") and _words(body) >= 8:
                    opened = _marker(block.text)
                number = NUMBER.match(block.text)
                if number is not None:
                    numbered = lead, number.group(2), int(number.group(1)) + 1
            elif (
                numbered is not None
                and (number := NUMBER.match(block.text)) is not None
                and (number.group(2), int(number.group(1))) == numbered[1:]
            ):
                (lead_in, asker), mark, following = numbered
                asks.append(Ask(source, body, start, end, lead_in, asker, "item"))
                numbered = numbered[0], mark, following + 1
            elif in_recommendations:
                asks.append(Ask(source, body, start, end, "", "authors", "item"))
            elif colon is not None and (
                ITEM_VERB.match(body)
                or (_WE_LIST_POINTS.search(colon[0]) and _gerund_command(body))
            ):
                asks.append(Ask(source, body, start, end, colon[0], colon[1], "item"))
            elif asked is not None and ITEM_VERB.match(body):
                asks.append(Ask(source, body, start, end, asked[0], asked[1], "item"))
            elif ctx.letter and _imperative_list(blocks, position):
                # in the authors' own text, a list of commands is theirs whatever led it:
                # "• Sponsor an independent enquiry ...", "• Appoint a Special Representative"
                asks.append(Ask(source, body, start, end, "", "authors", "item"))
            else:
                asks += _item_asks(source, Unit(body, start), end, text, ctx)
            if last_item:
                lead, lead_open, named = None, False, False
            continue
        opened = None
        words = len(block.text.split())
        if NOTE.match(block.text):
            continue  # a footnote printed between a lead-in and its list does not end the list
        if not (in_recommendations and words <= 12 and block.text.endswith((":", "\uff1a"))):
            in_recommendations = False
        if lead is not None and words <= 10 and _ADDRESSEE_LABEL.match(block.text):
            continue  # "O que pedimos:", "Ao Governo de Portugal:", "– que apoie ...": the
            # lead-in's list goes on under the addressee it names
        lead = colon = None
        lead_open = listed = named = False
        sentences = list(split_sentences(block))
        before: tuple[str, str, bool] | None = None  # the ask just read in this paragraph
        for index, unit in enumerate(sentences):
            found = classify_sentence(unit.text, text, unit.start, ctx)
            if (
                found is None
                and before is not None
                and (
                    # "The letter calls on Member States to make three commitments. Support only
                    # women candidates. Ensure ...": the imperatives that follow an ask are its
                    # items
                    (ITEM_VERB.match(unit.text) and _NOT_AN_IMPERATIVE.match(unit.text) is None)
                    # "sugerimos que la discusión ... pase a la Mesa. De igual manera, que las
                    # partes avancen en ...": the same request's next clause, its verb left out
                    or (
                        re.search(r"(?:\b(?:que|che)|\bqu['’])\s*$", before[0])
                        and _THAT_AGAIN.match(unit.text)
                        and not _NOT_AGAIN.search(unit.text)
                    )
                )
            ):
                found = (unit.text.split()[0], before[1], before[2])
            previous, before = before, found
            end = unit.start + len(unit.text)
            if (
                index == len(sentences) - 1
                and (unit.text.endswith((":", "\uff1a")) or _OPEN_LEAD.search(unit.text))
                and not _REASONS.search(unit.text)  # "must be rejected for the following reasons:"
            ):
                if in_recommendations:
                    lead = (unit.text, "authors")
                elif found is not None:
                    lead = (found[0], found[1])
                    # and a lead-in in another language, whose items' verbs the rules cannot
                    # tell: "... kêu gọi Nhóm Đối tác Quốc tế:" over "Tìm cách trả tự do ..."
                    # and one that is only its verb, "EXIGIMOS:" over "CASA | com contratos
                    # de maior duração.": nothing but its items can finish it
                    # ("Our key asks are:", where "asks" reads as the verb)
                    named = _DEMANDS_INCLUDE.search(unit.text) is not None
                    lead_open = (
                        named
                        or bool(_OPEN_LEAD.search(unit.text))
                        or lang.is_foreign(unit.text)
                        or _BARE_LEAD.fullmatch(unit.text) is not None
                    )
                    if _has_own_content(unit.text, found[0]):
                        asks.append(
                            Ask(
                                source,
                                unit.text,
                                unit.start,
                                end,
                                found[0],
                                found[1],
                                "lead-in",
                                found[2],
                            )
                        )
                elif _ADDRESS_LINE.match(unit.text):
                    continue  # "To:" over the addressees, not a lead-in
                else:
                    unsaid = (unit.text, ctx.asker(ctx.letter))
                    if _SUMMARY.search(unit.text):  # "summarized the key points as follows:"
                        colon = unsaid
                    elif previous is not None and _STEPS_INCLUDE.match(unit.text):
                        # "we call upon your administration to consider important steps. These
                        # steps include:": the ask before leads the list
                        lead = (previous[0], previous[1])
                    elif LEAD_CUE.search(unit.text) or IMPERATIVE_START.match(unit.text):
                        lead = unsaid
                        # "our demands for an agreement that:" over "Considers a quantum ...;"
                        # and "Their demands include:" over paragraphs that lost their
                        # markers ("Ensuring a properly diverse expert panel ...", "Response team
                        # to be available ..."): the list's items whatever their first word
                        named = _DEMANDS_INCLUDE.search(unit.text) is not None
                        lead_open = (
                            re.search(r"\bthat\s*[:\uff1a]$", unit.text) is not None or named
                        )
                    else:  # "EU leaders will take five actions at the summit:" + imperative items
                        colon = unsaid
                continue
            if found is not None:
                asks.append(
                    Ask(
                        source, unit.text, unit.start, end, found[0], found[1], "sentence", found[2]
                    )
                )
        asked = (before[0], before[1]) if before is not None else None
    return asks


# A sentence that is only a "that" clause, its request verb the sentence's before: "De igual
# manera, que las partes avancen", "Enfin, que l'État garantisse", "Inoltre, che il governo"
_THAT_AGAIN = re.compile(
    r"(?:(?:de\s+igual\s+manera|del\s+mismo\s+modo|asimismo|igualmente|adem[aá]s|también|"
    r"também|da\s+mesma\s+forma|de\s+même|également|enfin|finalmente|por\s+último|inoltre|"
    r"infine|allo\s+stesso\s+modo),?\s+)?(?-i:que\s|qu['’]|che\s)",
    re.IGNORECASE,
)
# (not a clause that is the subject, of what has not been done: "Además, que el Ministerio no
# haya respondido ... resulta muy preocupante", "Enfin, que les familles n'aient pas été
# prévenues a choqué"; nor "que quede claro", "que conste")
_NOT_AGAIN = re.compile(
    r"\b(?:no|non|não)\s+(?:\w+\s+)?(?:haya|hayan|abbia|abbiano|tenha|tenham|sia|siano|sea|sean)\b|"
    r"\bn['’](?:ait|aient|a|ont|est|soit)\b|\bque\s+(?:quede|conste)\b",
    re.IGNORECASE,
)
# A line that names whom the items below it ask: "To the Government of Portugal:", "Ao
# Governo de Portugal:", "À la Commission européenne :", "An die Bundesregierung:" (not "To
# this end:", "For Media Enquiries:", "A Joint Statement Endorsed By:": a body that acts)
_ADDRESSEE_LABEL = re.compile(
    r"^(?:to|for|ao|aos|à|às|a|al|aux?|an|alla|allo|ai|agli|alle|aan|till|til|kepada)\s+"
    r"(?:(?:the|o|os|a|as|el|la|los|las|le|les|l['’]|die|der|den|das|il|lo|gli|i|het|de)\s*)?"
    r"(?=[^:\uff1a]{0,40}?(?i:govern|council|conselho|consejo|conseil|commission|comiss|comisi|"
    r"ministr|minist[eé]r|parliament|parlament|parlement|authorit|autorit|state|estado|états|"
    r"staat|regierung|congress|congreso|senat|assembl|president|presid|prime\s+minister|union|"
    r"nations|bank|banc|compan|corporat|employer|donor|kerajaan|pemerintah|asean|\beu\b|\bun\b|"
    r"fiscal|procura|prosecut|attorney|ombuds|defensor))"
    r"(?-i:[A-ZÀ-Ý])[^.;!?]{1,80}(?<!\bby)[:\uff1a]$",
    re.IGNORECASE,
)
# A sentence that opens with an imperative's word and is none: an idiom ("Keep in mind that
# ...", "Make no mistake"), or the word as a noun ("Support for the measure is growing")
_NOT_AN_IMPERATIVE = re.compile(
    r"(?:keep\s+in\s+mind|bear\s+in\s+mind|make\s+no\s+mistake|put\s+simply|take\s+the\s+"
    # (not "Push for reforms that have teeth", "Call for those who are detained to be freed")
    r"(?:case|example)|\w+\s+(?:for|of)\s+(?:(?!(?:who|that|which)\b)\S+\s+){0,4}?"
    r"(?:is|are|was|were|has|have)\b)",
    re.IGNORECASE,
)
# "Signed by:", "List of signatories (42)": the asks have ended, the signatures begin
_SIGNED_BY = re.compile(
    r"^(?:(?:co-?)?signed|endorsed|supported)(?:\s+by)?\s*[,:]?$|^(?:list\s+of\s+)?"
    r"(?:signatories|signatures|endorsements?|signed)\s*(?:\(\d+\))?\s*[,:]?$",
    re.IGNORECASE,
)
# A sentence ending in ":" over a list of facts, not of asks: "summarized the key points as
# follows:"
_SUMMARY = re.compile(
    r"\b(?:summari[sz]e[sd]?|summary|key\s+points|main\s+points|facts|background|timeline|"
    r"findings|highlights)\b",
    re.IGNORECASE,
)
# The letter's own closing ("We thank you", "Sincerely"), which does not continue a list
_OWN_CLOSING = re.compile(
    r"(?:we|i|our|thank|sincerely|yours|best|kind|respectfully)\b", re.IGNORECASE
)
# A lead-in that runs on into its list without a colon: "TUAC calls on the Government, in a
# joint action with the unions, to" + items.
_OPEN_LEAD = re.compile(r"\b(?:to|that)$")
# An item that only elaborates the one before it: "– including ...", "– for example, by ..."
_ELABORATION = re.compile(
    r"(?:including|incl\.|by|for\s+(?:example|instance)|e\.g\.|such\s+as|notably|in\s+particular)\b"
)
# A lead-in that is its verb alone, in a script with spaces: "EXIGIMOS:", "We demand:" (not
# "Please copy:" over the addresses of the officials to copy)
_BARE_LEAD = re.compile(
    r"(?!(?i:please|kindly)\b)(?![^:]*[\u3040-\u9fff\uac00-\ud7af])[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*[:\uff1a]"
)
# "You", and in French, Spanish and German: "vous" (not "rendez-vous"), "usted", a clitic
# before a verb of ours and what it asks ("les solicitamos vetar", "os pedimos que"; not
# Portuguese "os últimos presos"), and "Sie" or "Ihnen" inside a sentence
_YOU = re.compile(
    r"(?i:\byou\b)|(?<![-\w])(?i:vous|usted(?:es)?|(?:les?|los|las|os)\s+\w+(?:amos|emos|imos)\s+(?:a|que|\w+(?:ar|er|ir)))\b|"
    r"(?<=\w\s)(?:Sie|Ihnen)\b"
)
# A paragraph under a short label: "Commit to transparency: Publish the current Common Roll
# online and establish a process ...." (not "Email: ...", "To: Mr. ...", a headline's
# "Civil society appeal to EU and G7: Plug energy sanctions loopholes" or "...: click here.")
_LABELLED = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,7}:(?:\s+\S+){4,}.*[.;!]$")
# A paragraph that points the reader on: "Pełna treść listu w j. angielskim poniżej."
_POINTER = re.compile(
    r"\b(?:below|poniżej|ci-dessous|abajo|a\s+continuación|unten|sotto|hieronder|nedan|nedenfor|"
    r"nedenunder|abaixo)\b",
    re.IGNORECASE,
)
_STEPS_INCLUDE = re.compile(
    r"(?:these|the|such|those)\s+(?:\w+\s+){0,2}(?:steps|measures|actions|reforms|commitments|"
    r"points)\s+(?:include|are|would\s+include|should\s+include)\s*[:\uff1a]$",
    re.IGNORECASE,
)
_ADDRESS_LINE = re.compile(r"^(?:to|cc|from|re|attn|addressees?)\s*[:\uff1a]$", re.IGNORECASE)
_REASONS = re.compile(
    r"\b(?:following|these|several|many|two|three)\s+(?:\w+\s+)?(?:reasons|grounds|concerns|"
    r"considerations)\s*:$",
    re.IGNORECASE,
)


def _item_asks(source: str, body: Unit, end: int, text: str, ctx: Context) -> list[Ask]:
    """The ask of a list item that no lead-in governs: the item, when its first sentence
    asks; each sentence that asks, when more than one does ("• We urgently request the
    government to investigate .... We also request it to ....")."""
    sentences = list(split_sentences(body)) or [body]
    found = [classify_sentence(unit.text, text, unit.start, ctx) for unit in sentences]
    asking = [(unit, hit) for unit, hit in zip(sentences, found, strict=False) if hit is not None]
    # ("• Detention: Ineffective yet extended. The proposal could .... The organisations
    # stress that ... and call for ...": a later sentence asks under the item's label)
    if len(asking) > 1 or (asking and found[0] is None):
        return [
            Ask(source, unit.text, unit.start, unit.start + len(unit.text), *hit[:2], quoted=hit[2])
            for unit, hit in asking
        ]
    if found[0] is None:
        return []
    return [Ask(source, body.text, body.start, end, found[0][0], found[0][1], "item", found[0][2])]


# The authors' own line over points they make: "we assert on the following points:" (not "our
# work has included:", "The report documents the following violations:", "Responsibilities:")
_WE_LIST_POINTS = re.compile(
    r"\bwe\b[^:]*\b(?:following|points|demands|calls|asks|recommendations)\b", re.IGNORECASE
)


def _gerund_command(body: str) -> bool:
    """Whether a list item opens with the -ing form of a command's verb, as items under "we
    assert on the following points:" may: "Bringing an immediate end to military operations.",
    "Ensuring access", "Stopping the transfers"."""
    # (capitalised, and not a label over its reason: "Protecting our freedoms: Free speech
    # ... must remain safe", nor a concern listed in lower case, "increasing brutal treatment")
    gerund = re.match(r"([A-Z][a-z]+)ing\s(?![^:]*:)", body)
    if gerund is None:
        return False
    stem = gerund.group(1)
    bases = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return any(ITEM_VERB.fullmatch(base) for base in bases)


def _imperative_list(blocks: list[Unit], index: int) -> bool:
    """Whether the list item at `index` and one beside it each give a command of a few
    words: "Release all detained workers;", "Establish a Tibet Desk in Beijing."."""

    def command(i: int) -> bool:
        if not 0 <= i < len(blocks) or not blocks[i].item:
            return False
        body = item_body(blocks[i].text)[0]
        return ITEM_VERB.match(body) is not None and len(body.split()) >= 3

    return command(index) and (command(index - 1) or command(index + 1))


# A short first line that only exclaims, in one or a few cries: the page's title, which the
# page's own text then spells out ("Tell Congress: Lower Drug Prices Now!", "Urge Gov.
# Michelle Lujan Grisham to close the loopholes in the draft methane rules!")
# (not the authors speaking, "We urge the Prime Minister to halt the flight tonight!", "Dear
# Minister, we call on you to release Ahmed now!")
_CRIED_TITLE = re.compile(
    # (a capital "I", not the Nordic "i", in: "Kräv att regeringen stoppar ... i Lysekil!"; and
    # "we" in the other languages: "Vi kräver att ... i Gállok!", "Chiediamo al governo di")
    r"(?=(?:\S+\s+){0,19}\S+$)"
    r"(?![^\n]*\b(?:(?i:we|our|us|you|your|dear|vi|wir|nous|noi|nosotros|nós|my)|I)\b)"
    r"(?![^\n]*\w(?:iamo|amos|emos|imos)\b)[^\n]*!"
)


_SAYS = re.compile(r"\b(?:said|says|told|added|stated)\b", re.IGNORECASE)
# the determiner that makes a request verb its noun: "the families' requests for information"
_DETERMINED = re.compile(r"(?:\b(?:the|its|their|our|his|her)|[’']s?)\s\Z", re.IGNORECASE)
# and a paragraph that tells what happened, or a page's housekeeping: "Police estimated the crowd
# at around 2,000 people.", "Photo: ...", "Published 12 March 2024."
_NARRATIVE = re.compile(
    r"\S+(?:\s+\S+){0,6}?\s+(?:was|were|is|are|has|have|had|will|would|did|met|began|took|"
    r"\w{3,}ed)\b(?!\s+(?:by|to)\b)|"
    r"(?:Photo|Credit|See\s+also|Read|Published|Additional\s+reporting|For\s+(?:more|interviews|"
    r"further|media))\b|.*\b\d{4}\.?$"
)
# a purpose that leads a sentence, not an item: "To sign this letter, please email ...", "To
# protect journalists is to protect democracy itself."
_TO_PURPOSE = re.compile(r"To\s+\w+(?:\s+[^\s,]+){0,5},\s|To\s+\w+(?:\s+\S+){0,6}\s+is\s+to\b")
# A lead-in that names its list as demands: "Their demands include:", "Our key asks are:"
_DEMANDS_INCLUDE = re.compile(
    r"\b(?:demands|asks|requests|recommendations|calls)\s+(?:[\w’'-]+\s+){0,6}?(?:are|include)"
    r"\s*[:\uff1a]$",
    re.IGNORECASE,
)


def _calls_or_says(text: str) -> bool:
    """Whether a paragraph calls or says something itself, in English or another language (a
    request verb, not its noun after a determiner: "Answers to the families' requests for
    information.")."""
    if _SAYS.search(text) or lang.REPORTED.search(text):
        return True
    at = 0
    while (verb := REQUEST_VERB.search(text, at)) is not None:
        if _DETERMINED.search(text, max(0, verb.start() - 8), verb.start()) is None:
            return True
        at = verb.start() + 1
    return False


def _report_goes_on(text: str) -> bool:
    """After a lead-in that named its list as demands ("Their demands include:"), whether a
    paragraph is the text going on rather than an item that lost its marker: a call or a saying
    of its own ("The association also asked the government to"), or what happened ("Three
    people were arrested.", "Photo: ...", "Deep Sea Conservation Coalition, 10 July 2023."; but
    an item that runs on, "an acknowledgment that Russia is waging a war ...;", is the list's)."""
    return _calls_or_says(text) or (
        ITEM_VERB.match(text) is None
        and text[:1].isupper()
        and not text.endswith(";")
        and _NARRATIVE.match(text) is not None
    )


# A petition page's first line naming whom it petitions: "To: Standard Chartered Bank"
_PETITION_TO = re.compile(r"(?i:to):\s+[^:;!?]{1,80}")
# A line that is only a date: "8 November 2019", "Monday, May 3, 2021", "03/05/2021"
_DATE_ONLY = re.compile(rf"{DATE}|[\d/.\s-]+")


_THAI = re.compile(rf"[{THAI}]")


def _is_headline(block: Unit, top: bool = False) -> bool:
    """A title, headline or standfirst: one short line with no closing punctuation (a
    paragraph cut short, or ending in a footnote number, runs on over several sentences)."""
    # the page's first line may be a long title: "Urgent : Letter of ETUC to the members of
    # COREPER calling on for an ambitious Directive on ... in the light of proposal of ..."
    # (a closing quotation mark ends a title as well: "Victims must be protected as thousands
    # ‘leave scamming compounds’")
    quoted_end = block.text[-1:] in "’”»" and block.text[:-1].rstrip()[-1:] not in ".!?,"
    if top and not block.item and _CRIED_TITLE.fullmatch(block.text):
        return True  # a campaign page's title: "Take action! Ask LIDL to play fair!"
    if (
        block.item
        or (block.text.endswith(FINAL) and not quoted_end)
        or len(block.text.split()) > (30 if block.start else 45)
        # (Thai, which has no full stop and few spaces: a paragraph by its letters)
        or len(_THAI.findall(block.text)) > 150
    ):
        return False
    if _OPEN_LEAD.search(block.text):
        return False  # a lead-in that runs on into its list
    if re.search(r"[.!?;:][\d\]\)]{1,4}$", block.text):
        return False  # "... the Protocol.3": a sentence with its footnote number
    if _YOU.search(block.text):
        # "We urge you to ratify the Protocol (P29)" lost its full stop, as did "Las
        # organizaciones abajo firmantes les solicitamos vetar el proyecto de ley 21.478"
        return False
    if FIRST_ASK.search(block.text) and (block.start > 0 or len(block.text.split()) > 15):
        return False  # but the page's first line, "We urge the release of ...", is its title
    return len(list(split_sentences(block))) == 1


def _has_own_content(sentence: str, lead: str) -> bool:
    """Whether a lead-in sentence asks something itself besides introducing its list."""
    rest = sentence[sentence.find(lead) + len(lead) :] if lead in sentence else ""
    following = re.search(
        r"\b(?:the\s+following|as\s+follows)\b|"
        # "calls for a specific focus on the 3 key areas:": the list's count and its noun
        r"\b(?:the|these|those|its|our|their)\s+(?:\d+|two|three|four|five|six|seven|eight|"
        r"nine|ten)\s+(?:[\w-]+\s+)?(?:areas|points|steps|measures|actions|priorities|demands|"
        r"recommendations|issues|commitments|reforms)\s*[:\uff1a]\s*$",
        rest,
        re.IGNORECASE,
    )
    if following is not None:
        # "... by publicly disclosing the following by June 2020:" introduces its list only;
        # "asking them to reaffirm their commitment to the process and calling on the
        # Commission to develop a proposal including the following:" asks before it does
        return _words(rest[: following.start()]) >= 14
    # "We therefore call on the Chair and Member States of the Working Group:" over "- to
    # develop a proposal ...": the addressee alone, what they are asked to do is in the items
    if re.search(r"\b(?:call(?:s|ing)?\s+(?:on|upon)|urg(?:e|es|ing))\s*$", lead, re.I) and (
        not re.search(r"\b(?:to|for|that)\b", rest, re.IGNORECASE)
    ):
        return False
    # "We urge you to acknowledge Shell's responsibility ..., and we call on the company to:"
    # asks before its second verb leads the list
    again = FIRST_ASK.search(rest)
    if again is not None and _words(rest[: again.start()]) >= 5:
        return True
    # "... a time-bound roadmap to:", "... l'optimisation de la proposition en incluant:":
    # the items finish the sentence
    if re.search(
        r"\b(?:to|by|that|following|including|namely|incluant|notamment|einschlie(?:ß|ss)lich|"
        # and "to", "that" in other languages: "Kami menggesa Kerajaan Malaysia ... untuk:"
        # (not "para:", "de:", "di:", which may end an ask of its own: "... y a crear una mesa
        # de diálogo para:")
        r"incluyendo|includendo|untuk|agar|supaya|bahwa|bahawa|que|zu|dass|che|att|om)"
        r"\s*[:\uff1a]\s*$",
        rest,
        re.IGNORECASE,
    ):
        return False
    # and Polish "Apelujemy do Komisji Europejskiej oraz Trybunału ... o:", "aby:", unless the
    # lead-in asked first ("Wzywamy Sejm do odrzucenia projektu, a rząd do tego, aby:")
    if re.search(r"\b(?:o|aby|żeby)\s*[:\uff1a]\s*$", rest) and not re.search(
        r",|\ba\s+także\b", rest
    ):
        return False
    return _words(rest) >= 5


def _marker(item: str) -> str:
    """The kind of mark a list item opens with: "number" ("1.", "(2)"), "roman" ("iv.",
    "II."), "letter" ("a)", "B.") or "bullet"."""
    mark = item.split(maxsplit=1)[0].strip("()")
    if mark[:1].isdigit():
        return "number"
    if re.fullmatch(r"(?:[ivx]{1,4}|[IVX]{2,4})[.)]?", mark):
        return "roman"
    if re.fullmatch(r"[A-Za-z][.)]?", mark):
        return "letter"
    return "bullet"


def _words(text: str) -> int:
    """How many words of three letters or more `text` has (not "a", "to", "of")."""
    return len(re.findall(r"[A-Za-z]{3,}", text))
