"""Whether one sentence asks, and who asks: the authors ("we urge", "the EU must"), a third
party the text reports ("UN experts urged China to"), or nobody."""

from __future__ import annotations

import re
from collections.abc import Sequence

from letterkit.mining.english import (
    ALIASES,
    CLAUSE_START,
    FIRST_ASK,
    FIRST_PAST,
    FIRST_PERSON,
    GENERIC_AUTHORS,
    ITEM_VERB,
    MODAL,
    MODAL_ANY,
    MODAL_VERB,
    OBJECT_REACH,
    OUR_ASK_IS,
    PAST,
    POLITE,
    PRONOUNS,
    REQUEST_VERB,
    SUBJECT_REACH,
    THEIR_ASK_IS,
    THIRD_ASK,
    WE_MUST,
)
from letterkit.mining.foreign import FINAL, other_language_call
from letterkit.mining.parties import (
    APPOSITION,
    COUNTED_GROUP,
    HONORIFICS,
    LEADING_TIME,
    NOT_A_SUBJECT,
    OTHER_BODY,
    Context,
    is_author,
    names_an_author,
    names_the_authors,
    noun_phrase,
    sentence_subject,
    speaks_for_authors,
)
from letterkit.mining.voice import DOUBLE_QUOTED, OPEN_QUOTE, first_we

# A speaker's verb in Spanish, in the past, the perfect or the present ("dijo", "ha señalado",
# "señala"): one list for the quotation's speaker after it, inside it and its own
_ES_SAID = (
    r"(?:(?:ha|han)\s+(?:dicho|señalado|afirmado|declarado|explicado|añadido|subrayado|"
    r"advertido|indicado|asegurado|destacado|insistido|recordado|manifestado|agregado|sostenido|"
    r"denunciado|expresado|reiterado|precisado|enfatizado|lamentado)|"
    r"dijo|señaló|afirmó|declaró|explicó|añadió|subrayó|advirtió|indicó|aseguró|destacó|"
    r"insistió|recordó|manifestó|agregó|sostuvo|denunció|apuntó|expresó|reiteró|precisó|"
    r"enfatizó|concluyó|lamentó|dice|señala|afirma|declara|explica|añade|subraya|"
    r"advierte|indica|asegura|destaca|insiste|recuerda|manifiesta|agrega|sostiene|denuncia|"
    r"reitera|precisa|enfatiza|lamenta)"
)
_SAID = re.compile(
    # (and in Spanish, French, Portuguese, Italian and German: '"...", dijo Giovanni Rizzo')
    r"(?:[\"”“»]\s*,?\s*(?:(?P<v1>said|says|added|wrote|stated|told\s+[\w\s]{1,30}|"
    + _ES_SAID
    + r"|a\s+déclaré|a\s+dit|déclare|affirme|disse|afirmou|declarou|"
    r"ha\s+detto|ha\s+dichiarato|sagte|erklärte)\s+"
    r"(?P<s1>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|he|she|they)"
    # ('..., the experts said': the UN experts a release is from; '...," IPI Executive
    # Director, Scott Griffen said': a title, then the name)
    r"|(?P<s2>(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3},\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|"
    r"he|she|they|the\s+(?:UN\s+)?experts)\s+"
    r"(?P<v2>said|says|added|wrote|stated)))",
)
_ATTRIBUTION_BEFORE = re.compile(
    r"(?P<subject>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\b(?P<title>[^\"“]{0,80})"
    r"(?:said|says|wrote|writes|stated|added|tweeted|to\s+say)\s*[:,]?\s*[\"“]"
)
# A campaign page's call to its readers: "Urge South Africa to lead", "Tell brands to pay",
# "Add your voice", "Sign on to the letter".
_CALL_TO_ACTION = re.compile(
    # (passed on: "Spread the word: Tell the Nigerian Embassy to free all political prisoners")
    r"^(?:(?i:spread\s+the\s+word)\s*[:–—-]\s*)?"
    r"(?:(?i:urge|tell|ask|call\s+on|write\s+to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+\S+){0,8}?\s+to\s+[a-z]|"
    # "Demand that Florida Governor Ron DeSantis immediately shut down Alligator Alcatraz"
    r"(?i:demand|insist)\s+that\s+(?:the\s+)?(?-i:[A-Z])|"
    # and a plural of those the reader should press: "Urge banks to stop financing", "Tell
    # your senators to" (not "Tell us what ...", "Ask parents what it means to lose a child")
    r"(?i:urge|tell|ask)\s+(?:your\s+)?(?!(?:us|its|his|this|thus|yours|ours|theirs)\b)[a-z]+s\b"
    r"(?!\s+(?:what|why|how|whether|if|who|where|when)\b)(?:\s+\S+){0,8}?\s+to\s+"
    # (and a page's title case, when the capital is a verb's: "Ask governments to Ratify the
    # High Seas Treaty Now!", not "Ask your questions to MEPs")
    r"(?!(?:the|a|an|your|their|our|his|her|its|this|these|those)\b)(?:[a-z]|(?=[A-Z])"
    rf"(?i:{ITEM_VERB.pattern.lstrip('^')}))|"
    # ("Sign and share to demand ADIDAS ENDs WAGE THEFT NOW")
    # ("Sign now to tell Shell to pay", not "Sign now to tell us what you think")
    r"(?i:add\s+your\s+(?:voice|name)|sign\s+(?:on\s+to|the|our|this|(?:and\s+share\s+|now\s+)?to\s+"
    r"(?:(?:demand|call\s+on|urge|stop|end)\b|(?:tell|ask)\s+(?!(?:us|me|a|an)\b)[^.;:!?]{1,60}?\bto\s+"
    r"[a-z]+))|take\s+action\s+(?:now\s+)?and|"
    # "Join us on Saturday for a mass protest", "Join national, state, and local groups and
    # hundreds of New Mexicans to call on the Administration to", "Join Amnesty in urging"
    r"join\s+us|join\s+[^.;:!?]{1,150}?\s+(?:to|in)\s+(?:call(?:ing)?\s+(?:on|upon|for)|urg(?:e|ing)|"
    r"demand(?:ing)?|press(?:ing)?(?!\s+(?:ahead|on|forward)\b))\b|"
    # "Send an urgent message to 18 Foreign Ministers urging them to"
    # "Send this open letter to the Danish Authorities!"
    r"(?:send|write|email)\s+(?:an?\s+|your\s+|this\s+|the\s+|our\s+)?(?:\w+\s+)?"
    r"(?:message|letter|e-?mail|note)\s+to)\b|"
    # "Help to stop the destruction of Europe's forests and sign our petition to IKEA", "Help
    # us end the detention" (not "Help to free the hostages came from Qatar", "Help End Hunger
    # UK is a charity")
    r"Help\s+(?:to\s+|us\s+(?:to\s+)?)?(?:stop|end|save|protect|free|halt|ban)\s"
    r"(?![^.!?]*\b(?:is|are|was|were|came|comes|has|have|had)\b))",
)


# A short call to act, exclaimed: "Act now!", "Take Urgent Action!", "Free them all!" (not a
# page's title, "Tell Congress: Lower Drug Prices Now!", nor "Keep up the good work!", "Help is
# on the way!", "Make no mistake!")
_EXCLAIMED = re.compile(
    r"(?i:act|sign|join|come(?!\s+on\b)|stop|release|free|demand|tell|urge|call\s+on|write\s+to|speak\s+up|"
    r"stand\s+(?:up|with)|take\s+(?:\w+\s+)?action)\b(?!\s+(?:is|are|was|were|of|matters?)\b)"
    r"(?:\s+[^\s:;,.!?]+){0,4}!$"
)


# The addressee named, then the imperative: "Mr. Lukashenka, stop the persecution ...!",
# "President Biden, release the files"
_VOCATIVE = re.compile(
    r"^(?:dear\s+|your\s+)?(?:mr|mrs|ms|miss|dr|madam|mister|sir|excellency|president|"
    r"prime\s+minister|chancellor|minister|secretary(?:-general)?|commissioner|governor|senator|"
    r"premier|king|members\s+of)\.?(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},\s+(?=(?-i:[a-z]))",
    re.IGNORECASE,
)
# and a name cried out to, in a campaign's exclamation: "Credit Suisse, get out of fossil fuels!"
# (not an opener: "In Gaza, support is running out!", "Yesterday, release of the prisoners began!")
_NAME_CRIED_TO = re.compile(
    r"^(?!(?:In|On|At|For|From|With|By|Yesterday|Today|Tonight|Tomorrow|Now|Here|There|Together|"
    r"Again|Also|Then|So|But|And|Yet|Finally|Instead|Meanwhile)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3},\s+(?=[a-z])"
)
# (and the German „...“ and the French « ... »)
_QUOTE_SPAN = re.compile(rf"{DOUBLE_QUOTED}|„[^\"“”„]*[\"“”]|«[^«»]*»")


def classify_sentence(
    sentence: str, whole: str, where: int, ctx: Context
) -> tuple[str, str, bool] | None:
    """(lead-in, asker, quoted) when the sentence asks, else None. The context remembers the
    sentence and who asked in it, for the next one ("The organization calls on")."""
    found = _classify(sentence, whole, where, ctx)
    ctx.previous, ctx.previous_asker = sentence, found[1] if found else None
    return found


def _classify(sentence: str, whole: str, where: int, ctx: Context) -> tuple[str, str, bool] | None:
    quoted, speaker = _quotation(sentence, whole, where, ctx)
    # "we urge", and the authors' own earlier calls: "we have long called on", "we joined
    # forces with ... to call for"
    pasts = (
        m
        for m in FIRST_PAST.finditer(sentence)
        if _PAST_OBJECT.match(sentence, m.end()) or _CALL_WORD.search(m.group(0))
    )
    for match in (*FIRST_ASK.finditer(sentence), *pasts):
        if _negated(sentence, match.start()):
            continue
        if ctx.letter and speaker is not None and speaks_for_authors(speaker, ctx):
            return match.group(0), "authors", False  # '"We call for ...," Right Livelihood said'
        back = max(0, where - 600)  # the text before the sentence that may open its quotation
        if (
            quoted
            and speaker is None
            and ctx.own
            and _OWN_WORDS_QUOTED.search(whole, back, where)
            and not re.search(r"\b(?:repl|respon|answer)", whole[back:where], re.I)
        ):
            # the authors' own page quoting their letter: 'The letter said the legislation
            # "will create barriers ... We ask you to veto it'
            return match.group(0), "authors", True
        if not ctx.letter or quoted:
            return match.group(0), speaker or ctx.reported_by, True
        return match.group(0), "authors", False
    if NOTE.match(sentence) or _is_heading(sentence):
        return None  # a citation; a title
    if POLITE.match(sentence.lstrip('"“')):
        asker = "authors" if ctx.letter else speaker or ctx.reported_by
        return sentence.split()[0].strip('"“'), speaker or asker if quoted else "authors", quoted
    if ctx.letter and not quoted and _CALL_TO_ACTION.match(sentence):
        return sentence.split()[0], "authors", False  # "Urge South Africa to lead the G20 ..."
    if (
        ctx.letter
        and not quoted
        and where > 0
        and _EXCLAIMED.match(sentence)
        and sentence[0].isupper()
    ):
        return sentence.split()[0], "authors", False  # a campaign page's "Act now!"
    cried = sentence.endswith("!")
    vocative = _VOCATIVE.match(sentence) if ctx.letter and not quoted else None
    if vocative is None and ctx.letter and not quoted and cried:
        vocative = _NAME_CRIED_TO.match(sentence)  # "Credit Suisse, get out of fossil fuels!"
    if vocative is not None:
        rest = sentence[vocative.end() :]
        # (not "Mr. Smith, release manager at the firm, left in May.")
        # (and, cried to a company, "get out of fossil fuels!")
        command = ITEM_VERB.match(rest) or (cried and re.match(r"get\s+out\s+of\b", rest))
        if command and (cried or "," not in rest):
            return sentence[: vocative.end()] + rest.split()[0], "authors", False
    if quoted and not ctx.letter and sentence.endswith(FINAL):
        # a report quoting the letter's own imperative: '"Do not sign it into law." ...'
        bare = sentence.lstrip('"“‘«„ ')
        capital = bare[:1].isupper()
        bare = re.sub(r"^(?:Instead|Rather|Also|And|Then|Now|So|Finally),?\s+", "", bare)
        # (not a noun that looks like one: "Press freedom is under threat")
        noun = re.match(r"\S+\s+\S+\s+(?:is|are|was|were|has|have|had)\b", bare)
        if capital and ITEM_VERB.match(bare) and noun is None:
            return bare.split()[0], speaker or ctx.reported_by, True
    third = _third_party(sentence, where, ctx)
    if third is not None:
        return third
    letter = ctx.letter
    said = _SAID_TAIL.search(sentence)
    if said is not None and not quoted:  # "X should act, said the Coalition to End ..."
        quoted, speaker = True, said.group("who") or said.group("who2")
        if ctx.last_party and (GENERIC_AUTHORS.match(speaker) or speaker.lower() in PRONOUNS):
            speaker = ctx.last_party  # "..., the groups said": the groups named before
        if names_an_author(speaker, ctx) or (letter and names_the_authors(speaker, "")):
            quoted, letter = False, True
    dated = LEADING_TIME.match(sentence)  # "DHAKA, March 15 (Reuters) - Brands should"
    undated = sentence[dated.end() if dated else 0 :]
    # "X said (that) <a modal clause>": the speaker, and the demand on the body it names
    told = _SAID_THAT_MODAL.match(undated)
    demand = _modal(undated[told.end() :]) if told is not None else None
    if told is not None and demand is not None:
        who = told.group("who")
        on_actor = _ACTOR.search(demand.group("subject")) is not None
        if (
            letter
            and who.lower() not in PRONOUNS
            and not names_an_author(who, ctx)
            and not names_the_authors(who, "")
            and not GENERIC_AUTHORS.match(who)
            and not re.match(r"the\s+(?-i:[a-z])", who, re.IGNORECASE)
            # (a court rules: "The Constitutional Court said that the State must consult")
            and not re.search(r"\b(?:court|tribunal|judges?)\b", who, re.IGNORECASE)
            # (a communiqué's own gathering: "Summit noted that ... SADC governments should")
            and not _OWN_GATHERING.fullmatch(who)
        ):
            # in a letter, "Scientists say these emissions need to be zeroed out": another's
            # words, a demand of theirs on a body it names, else no one's ask
            if on_actor and not _EPISTEMIC.match(undated, told.end() + demand.end()):
                return (told.group(0) + demand.group(0)).strip(), who, False
            return None
        if not letter and on_actor:
            # a report's "It said that government must publish a White Paper"
            who = ctx.reported_by if who.lower() in PRONOUNS else ALIASES.get(who.lower(), who)
            if re.match(r"the\s+(?-i:[a-z])", who, re.IGNORECASE):
                who = ctx.last_party or ctx.reported_by  # "The rights body": the one named
            return (told.group(0) + demand.group(0)).strip(), who, False
    bare = undated.lstrip('"“‘ ')
    modal = _modal(bare)
    subject = modal.group("subject").split() if modal else []
    if len(subject) > 1 and subject[0].lower() in _HEDGES:
        subject = subject[1:]  # "Perhaps it should not be surprising": the "it" is who
    # in a letter, "It should promote ...": the body the letter is about, asked to act
    # and after a condition, "If the EU wants ..., it must": "it" is the condition's body
    # and "This must end now.": the abuse the letter describes
    it_acts = (
        modal
        # (and in a named speaker's quotation: '"It should refrain from politically motivated
        # pretrial detentions ...," HRW stated': the body the speaker spoke of)
        and (letter or (quoted and speaker is not None))
        and len(subject) == 1
        and (
            (
                subject[0].lower() == "it"
                and (_IT_ACTS.match(bare, modal.end()) or re.match(r"(?i)(?:if|unless)\b", bare))
            )
            or (
                subject[0].lower() in ("it", "this", "that")
                and re.match(r"(?:end|stop|cease|change)\b", bare[modal.end() :])
            )
        )
    )
    # in a letter, "They must be central to the UK's engagement": the people or rights the
    # letter is about, asked for ("They should arrive on Monday" may only expect it, unless
    # the sentence before made a demand of them: "The authorities should follow up on the
    # evidence. They should summon and question any witnesses.")
    people_act = (
        modal
        and letter
        and not quoted
        and len(subject) == 1
        and subject[0].lower() in {"they", "these", "those", "he", "she"}
        and (
            re.search(r"\bmust\b", modal.group(0), re.IGNORECASE) is not None
            or (
                ctx.previous_asker == "authors"
                and _modal(ctx.previous) is not None
                # (not a reproach or an expectation: "He should never have been arrested",
                # "They should expect tens of thousands", "They should find it troubling")
                and not _EXPECTED.match(bare, modal.end())
            )
        )
    )
    # "There should be a serious investigation": what the authors ask to exist
    exists = (
        modal
        and len(subject) == 1
        and subject[0].lower() == "there"
        and (letter or quoted)
        and re.match(
            r"be\s+(?!(?:no\s+(?:doubt|question|reason)|little|some|a\s+reason|something)\b)",
            modal.string[modal.end() :],  # (the modal may be a later clause's)
        )
    )
    if (
        modal
        and (
            it_acts
            or exists
            or people_act
            or not (len(subject) == 1 and subject[0].lower() in _NOT_ADDRESSEES)
        )
        and (
            it_acts
            or exists
            or subject[0].lower() not in {"we", "i", "it", "there", "what", "which", "who", "if"}
        )
        and subject[-1].lower() not in {"would", "will", "could", "may", "might", "only", "not"}
        # (in a letter, nor "the path we need to follow": the authors' own, which WE_MUST reads;
        # but "The very least we should expect from the Commission is" asks)
        and not (
            letter
            and subject[-1].lower() == "we"
            and not re.match(r"(?:expect|insist|demand|ask)\b", bare[modal.end() :])
        )
        and not _NOBODY.match(modal.group("subject"))
        and not _EPISTEMIC.match(bare, modal.end())  # "must have known": a guess, not a demand
        and not (letter and _STATED_THAT.search(modal.group("subject")))
    ):
        # (in the authors' own text, a quotation that names no speaker is theirs: a release
        # quoting itself, '"... The AI Office, meanwhile, must oversee it with firmness."')
        if quoted and not (
            ctx.letter
            and (
                speaker is None
                or names_the_authors(speaker, "")
                or speaks_for_authors(speaker, ctx)
            )
        ):
            return modal.group(0).strip(), speaker or ctx.reported_by, True
        if quoted or letter:  # quoted: 'The signatories conclude: "... should ..."' on their page
            return modal.group(0).strip(), "authors", False
        if _ACTOR.search(modal.group("subject")):
            # in a report, a demand on a government or company in nobody's quotation marks
            # restates the letter's
            return modal.group(0).strip(), ctx.reported_by, False
    passive = _PASSIVE_CALL.search(sentence)
    if (
        passive is not None
        and passive.group("tense").lower().endswith("been")
        and not (letter or _ACTOR.search(sentence[: passive.start()]) or _THEY.match(sentence))
    ):
        passive = None
    past = passive is not None and passive.group("tense").lower() not in ("are", "is")
    # ("Workers were asked to work overtime": a report of an order, not of a call)
    if passive is not None and not (past and (letter or passive["call"] == "asked")):
        if quoted:
            return passive.group(0), speaker or ctx.reported_by, True
        return passive.group(0), ctx.asker(letter), False
    if letter and not quoted and (we_must := WE_MUST.match(sentence)) is not None:
        return we_must.group(0), "authors", False
    if letter and not quoted and (to_you := _WE_TO_URGE_YOU.match(sentence)) is not None:
        # "We represent a diverse collection of groups who have come together to urge you, as
        # the Prime Minister, to": the authors, who say what they came to ask of the reader
        return to_you.group(0), "authors", False
    if letter and not quoted and (ours := OUR_ASK_IS.match(sentence)) is not None:
        return ours.group(0), "authors", False
    if not quoted and (listed := THEIR_ASK_IS.match(sentence)) is not None:
        # demands named as someone's: in a report, whoever was named before; in the authors'
        # page "The first recommendation is to establish" and "Its main recommendation" are
        # theirs, "Their main demand is for Hasanli to be returned" another's
        whose = listed.group(0).split(maxsplit=1)[0].lower()  # (the match opens with it)
        theirs = letter and whose in ("the", "its")
        return listed.group(0), "authors" if theirs else ctx.reported_by, False
    relative = _RELATIVE_MODAL.search(sentence) or _TO_BE_FREED.search(sentence)
    if relative is not None and letter and not quoted:
        return relative.group(0).strip(), "authors", False  # "the community, who should act"
    vital = _VITAL.search(sentence)
    if vital is not None:
        said = _STRESS.match(sentence)
        if said is None:
            return None  # "It is vital that ..." states a need; nobody is asked
        party = said.group(1)
        party = (ctx.last_party or party) if party.lower() in PRONOUNS else party
        party = ALIASES.get(party.lower(), party)
        # ("ALLRAIL Secretary General Nick Brooks says: “It is crucial that": one of theirs)
        theirs = party.lower() in ctx.authors or speaks_for_authors(party, ctx)
        return sentence[: vital.end()], "authors" if theirs else party, quoted
    if (  # a campaign page's "Make a Call to your United Nations Ambassador's office today."
        letter
        and not quoted
        and sentence[-1:] in (".", "!")
        and (to_reader := ITEM_VERB.match(sentence)) is not None
        and sentence[:1].isupper()
        and re.search(r"\byour\b", sentence, re.IGNORECASE)
        # not the closing "Accept, Your Excellency, the assurances of our highest consideration"
        and not re.match(r"\w+,", sentence)
        and not re.search(r"\bexcellenc", sentence, re.IGNORECASE)
    ):
        return to_reader.group(0), "authors", False
    # (after its dateline: "(Zürich)(PPS) Ein neues Abkommen darf es nicht ... geben.")
    # (a short lead-in's language is that of the text around it: "Der BUND fordert:"; only a
    # lead-in needs it)
    near = whole[max(0, where - 400) : where + len(sentence) + 400] if undated.endswith(":") else ""
    return other_language_call(undated, ctx, letter, quoted, speaker, near)


_SAID_TAIL = re.compile(
    r",\s*(?:(?:said|says|according\s+to|stated|added)\s+(?P<who>(?:(?:the|a|an)\s+)?[A-Z][^,.;:!?]{1,100}?)"
    r"|(?P<who2>(?:(?:the|a|an)\s+)?[A-Z0-9][^,.;:!?]{1,100}?|(?:the|a|an)\s+[^,.;:!?]{1,100}?)\s+"
    r"(?:said|says|stated|added))(?:\s+(?:today|yesterday|on\s+[A-Z]\w+|this\s+week))?"
    r"(?:\s+in\s+(?:a|an|the|their|its)\s+[^,.;:!?]{1,100})?\s*[.!]?$"
)
# A footnote: "12 See ...", "3 UN Doc ..."; not "70 civil society groups sent ..."
NOTE = re.compile(
    r"^(?:see|cf\.?|sources?|notes?|available at|retrieved)\b|^\d{1,3}\s+(?!(?-i:[a-z]))"
    # not a date: "13 April marks the first anniversary of ..."
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    # ... nor "45 European NGOs welcome ...": a number of signatories starts a sentence
    # (in other languages too: "87 Organisationen", "45 organizaciones", "30 ONG")
    r"(?!(?:[\w-]+\s+){0,4}(?:organi[sz]ations|organisationen|organisaties|organizaciones|"
    r"organiza\u00e7\u00f5es|organizzazioni|ong|verb\u00e4nde|groups|ngos|csos|unions|signatories|networks|"
    r"investors|experts|associations|charities|coalitions|clubs|federations|churches|leaders|"
    r"members|institutions|universities|academics|scholars|lawyers|journalists|activists|"
    r"individuals|citizens|parliamentarians|mps|meps)\b)",
    re.I,
)


def _is_heading(sentence: str) -> bool:
    """A title line: no closing punctuation and most words capitalised."""
    if sentence.rstrip().endswith((".", "!", "?", ":", ";", "。", "”", '"')):
        return False
    words = [w for w in sentence.split() if w[:1].isalpha()]
    capital = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capital >= 0.6 * len(words)


# Who a report's restated demand can be addressed to ("Foreign ministries should reject"),
# as against "Prices should fall next year".
_ACTOR = re.compile(
    r"\b(?:governments?|authorities|state|states|eu|european|union|commission|council|parliament|"
    r"un|united\s+nations|international|community|compan(?:y|ies)|firms|brands|banks|investors|"
    r"leaders|ministers?|ministries|ministry|president|countries|members?|delegations?|"
    r"platforms?|institutions?|commissioner|rapporteurs?|fifa|ioc|associations|organi[sz]ations|"
    r"groups|agreement|deal|treaty|resolution|law|legislation|regulation|directive|summit|(?-i:[A-Z]{2,}))\b"
    # or a name: "Kigali should also commit", "The Fund must"
    r"|^(?-i:The\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}|"
    r"[A-Z][\w.'-]*[^s\W])$",
    re.IGNORECASE,
)
# "Despite FIFA's public statements that Iran must allow women ...": someone else's must
_STATED_THAT = re.compile(
    r"\b(?:statements?|said|says|claim(?:s|ed)?|insist(?:s|ed)?|promise[sd]?|assurances?|"
    r"announced|stated|argue[sd]?|position|pledged?|acknowledged?|agreed|"
    # the law as it stands: "The Treaty on European Union (TEU) sets out that ... must"
    r"sets?\s+out|provides|stipulates|establishes|states)"
    # "stated in 2021 that", "said last year that"
    r"(?:\s+(?:in|on|at|during|last|earlier|this)\b[^.;:!?]{0,40}?)?\s+that\s",
    re.IGNORECASE,
)
_OWN_GATHERING = re.compile(
    r"(?:The\s+)?(?:Summit|Forum|Conference|Meeting|Workshop|Assembly|Congress|Gathering|"
    r"Network|Coalition|Alliance|Campaign|Platform|Caucus)"
)
_NAMED = r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of(?=\s+[A-Z]))){0,5}"
_SAID_THAT_MODAL = re.compile(
    # (after an opening phrase: 'In her previous statements, the Commissioner recalled that
    # “the national legislation should be brought')
    r"(?:(?:In|On|At|During)\s[^,]{1,60},\s+)?"
    # (and several: "Human Rights Watch, Amnesty International, and the International
    # Commission of Jurists said Nepal’s interim government ... should publish")
    # (a list ends in "and": not "Meanwhile, Human Rights Watch said")
    # (and a body of people: "UN experts said", "Scientists say")
    rf"(?P<who>(?-i:It|They|He|She|{_NAMED}(?:(?:,\s+{_NAMED})*,?\s+and\s+{_NAMED})?"
    r"(?:\s+(?:experts|scientists|researchers|doctors|economists|lawyers|officials))?|"
    # (and a report's name for the body it has named: "The rights body emphasised that")
    r"(?-i:[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:body|group|watchdog|organi[sz]ation|agency)))"
    r"\s+(?:also\s+)?(?:said|says|say|argued|argues|insisted|insists|stressed|stresses|added|noted|"
    r"emphasi[sz]ed|emphasi[sz]es|underlined|underlines|"
    r"recalled|recalls)\s+(?:that\s+)?[“\"]?",
    re.IGNORECASE,
)
# "No one should pay with their life", "No artist should be subject to": a principle about
# everyone, not a demand on someone (but "No later than 2030 the EU must": a deadline)
_NOBODY = re.compile(
    r"(?:no\s+(?!(?:later|sooner|longer|more|less)\s+than\b|matter\b)|nobody\b|none\b)",
    re.IGNORECASE,
)
_EXPECTED = re.compile(
    r"(?:(?:not|never|even|also|surely|certainly)\s+)*(?:have|expect|know|find|feel|see|"
    r"be\s+(?:\w+ly\s+)?(?:surprised|aware|shocked|proud|pleased|concerned|worried|able))\b",
    re.IGNORECASE,
)
_IT_ACTS = re.compile(
    r"(?:(?:also|clearly|further|therefore|firmly|explicitly|publicly|urgently)\s+)*"
    # ("It must not prevent the application of existing national rules"; not "It should not
    # astonish anyone", "should not prove difficult", "should not exceed three pages")
    r"(?:not\s+(?!(?:astonish|disappoint|escape|need|prove|hurt|require|exceed|feel|look|seem|"
    r"exist|deter|affect|meet)\b))?"
    r"(?!(?:be|not|never|have|come|go|seem|appear|take|remain|suffice|matter|happen|mean|cost|"
    r"help|make\s+sense|stand|last|read|worry|concern|alarm|shock|trouble|surprise|disturb|"
    r"frighten|scare|outrage|shame)\b)[a-z]+\b"
)
# "must have known", "should have acted": a guess or a reproach; and "must have" a thing, which
# mostly states a rule or a guess ("every NGO must have a licence", "must have a short memory"),
# unless what it is to have is access, a say, a voice or the means to act ("Children with SEND
# must have meaningful opportunities", "The Ombudsman should have the power to investigate")
# (not "have the right to organise": a right owed, which states)
_EPISTEMIC = re.compile(
    r"(?:have\b(?!\s+(?:(?:the|a|an|full|equal|meaningful|effective|real|safe|unfettered|"
    r"unhindered|immediate|free|adequate|proper|genuine|direct|independent|sufficient|"
    r"regular|timely)\s+){0,3}(?:access|opportunit(?:y|ies)|say|voice|seat|protection|remed(?:y|ies)|"
    r"redress|powers?|mandate|resources|funding)\b)|be\s+(?:expected|likely))\b",
    re.IGNORECASE,
)
# "AU and EU leaders are urged to reaffirm ...", "firms were encouraged to report ...": the
# call without its caller. Now it is the writer's; in the past only a report's.
_PASSIVE_CALL = re.compile(
    # (and the perfect, "The EU has been urged to act swiftly": in a report, a call it reports,
    # when a body is urged; not "Residents have been urged to stay indoors", an advisory)
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?P<tense>are|is|were|(?:has|have)\s+been)\s+(?:\w+ly\s+|also\s+|therefore\s+)?(?P<call>urged|called\s+(?:up)?on|asked|"
    r"encouraged|requested)\s+to\s+[a-z]+",
    re.IGNORECASE,
)
# "we" and, further on, the purpose of asking "you"
# (and to do something: not "we hope to ask you some questions"; nor someone else's, "We know
# that many have written to ask you to resign")
_WE_TO_URGE_YOU = re.compile(
    r"(?:[^.;:!?\"“”]{0,40}\s)?we\s(?:(?!\b(?:that|they|he|she|others|many|some)\b)"
    r"[^.;:!?\"“”]){0,250}?\bto\s+(?:\w+ly\s+)?(?:urge|ask|request|implore|call\s+(?:on|upon))\s+"
    r"you\b(?:\s*,[^,.;:!?]{1,80},)?\s+to\s+[a-z]+",
    re.IGNORECASE,
)
# a passive's subject that is the body the text is about: "They have been urged to reject"
_THEY = re.compile(r"(?i:they|it)\s")
_RELATIVE_MODAL = re.compile(
    r"\b(?:community|communities|states|governments?|leaders|partners|countries|institutions|"
    r"union|council|commission|parliament|members|authorities|companies|businesses),?\s+who\s+"
    r"(?:should|must)\s+(?!be\b|have\b|not\s+be\b)[a-z]+",
    re.IGNORECASE,
)
# "He is a prisoner of conscience who must be released immediately and unconditionally."
# (the person named first: not "The parole board decides who should be released early", "The
# hostages, who must be released as part of the deal, were seen")
_TO_BE_FREED = re.compile(
    r"\b(?:conscience|prisoners?|detainees?|journalists?|activists?|defenders?|dissidents?|"
    r"bloggers?|lawyers?|students?|protesters?),?\s+who\s+(?:must|should)\s+be\s+(?:\w+ly\s+)?"
    r"(?:released|freed)\b(?!\s+as\s+part\b)",
    re.IGNORECASE,
)
_VITAL = re.compile(
    r"\bit\s+is\s+(?:\w+\s+)?(?:vital|essential|crucial|imperative|urgent|critical|high\s+time)"
    r"\s+(?:that|to|for)\b",
    re.IGNORECASE,
)
_STRESS = re.compile(
    r"^(?:[^,]{0,30},\s*)?((?:[Tt]he\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}|[Tt]hey|[Ss]he|[Hh]e)"
    r"\s+(?:\w+\s+)?(?:recall|stress|insist|say|said|believe|note|underline|emphasi[sz]e|add)"
    r"(?:s|ed|d)?\b"
)


_HEDGES = {"perhaps", "maybe", "surely", "clearly", "indeed", "obviously", "certainly", "arguably"}
_CLAUSE_FIRST = {"we", "i", "if", "unless"}  # the demand, if any, is in a later clause


def _modal(sentence: str) -> re.Match[str] | None:
    """The "<someone> must/should" at the start of the sentence or of a clause in it."""
    own = found = MODAL.match(sentence) or MODAL_ANY.match(sentence)
    first = found.group("subject").split()[0].lower() if found is not None else ""
    if found is not None and first not in _CLAUSE_FIRST and first != "it":
        return found  # not "We also believe that the Council must": its clause is tried below
    for start in CLAUSE_START.finditer(sentence):
        clause = sentence[start.end() :]
        found = MODAL.match(clause) or MODAL_ANY.match(clause)
        second = _AND_THAT.search(clause) if start.group(0).lower().startswith("we") else None
        if found is None and second is not None:
            # "We argue that existing law is weak, and that the Government must"
            clause = clause[second.end() :]
            found = MODAL.match(clause) or MODAL_ANY.match(clause)
        if found is not None:
            return found
    # "It should promote ...": the sentence's own "it", when no later clause has a subject
    return own if first == "it" else None


_AND_THAT = re.compile(r",?\s+and\s+that\s+")


_NOT_ADDRESSEES = {
    "we",
    "i",
    "it",
    "this",
    "that",
    "there",
    "these",
    "those",
    "he",
    "she",
    "they",
    "what",
    "which",
    "who",
    "such",
    "nothing",
    "no",
    "one",
    "our",
}


# What an earlier call asked for: "we have long called on X to", "we urged the EU to",
# not "we asked 500 workers whether".
_CALL_WORD = re.compile(
    r"\b(?:to\s+(?:call|urge|ask|demand|request|appeal)|urging|calling|demanding|asking|requesting|"
    r"called\s+(?:\w+ly\s+)?(?:for|on|upon))\b",
    re.I,
)
_PAST_OBJECT = re.compile(r"[^.;:!?]{0,100}?\b(?:to|that|for)\s+\w", re.IGNORECASE)


def _negated(sentence: str, at: int) -> bool:
    window = sentence[max(0, at - 30) : at].lower()
    return bool(re.search(r"\b(?:not|never|if|whether|unless)\b[^,]*$", window))


_OWN_TEXT = re.compile(r"\b(?:this|our|the|a)\s+(?:joint\s+|open\s+)?(?:statement|letter)\b", re.I)


# An act that calls, its actor before it: "X, a circle of exiled writers, organised a vigil
# calling on China for", "The Network for People’s Amnesty ... has filed a letter with the
# UNOHCHR asking the Office to"; and a reaction that calls: "ZimRights has condemned what it
# describes as violent repression ... calling for urgent regional and global intervention"
_ACTED = re.compile(
    r"\s(?:(?:today|yesterday|on\s+\w+day)\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:organi[sz]ed|held|staged|launched|sent|wrote|"
    r"published|issued|released|delivered|submitted|filed|handed|signed|started|marched|rallied|"
    r"gathered|protested|demonstrated|condemned|denounced|critici[sz]ed|decried|deplored|slammed|"
    r"welcomed|warned)\s"
)
# what an act that calls is: "staged a demonstration", "held a candlelight vigil"
_PROTEST = re.compile(
    r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:demonstrations?|rall(?:y|ies)|vigils?|"
    r"protests?|march(?:es)?|sit-ins?|strikes?|petitions?|campaigns?|press\s+conferences?|"
    r"meetings?|statements?|letters?)\b",
    re.IGNORECASE,
)
# a clause of its own between the subject and a coordinated verb: "We recall that the CSOs
# ... and urge": not the subject's verb
_CLAUSE_BETWEEN = re.compile(
    r"\b(?:that|who|whom|whose|which|while|whereas|because|since|when|if|although)\b|[;:]", re.I
)
_PAST_VERB = re.compile(rf"(?:{PAST})\b", re.IGNORECASE)
_SUPPORTERS = re.compile(r"(?:(?:our|the)\s+)?(?:[A-Z][\w-]*\s+)?supporters")
# A campaign page tells its reader whom to press, then how: "Write to the Minister of Interior
# urging him to:", "CALL Premier Horgan & Forests Minister Katrine Conroy and demand they halt"
_READER_PRESSES = re.compile(
    r"(?i:write\s+to|call(?!\s+(?:to|for)\b)|e-?mail|contact|phone|tweet(?:\s+at)?|message)\s+"
    r"(?:(?:the|your)\s+|(?-i:[A-Z]))"
)
_DATELINE = re.compile(r"[–—-]\s*$")
# someone other than the subject acting, or a modal saying what the subject could do: "By
# signing this letter, you are demanding", "organizations can serve as advocates for"
_SOMEONE_ELSE = re.compile(
    r"\b(?:we|you|he|she|can|could|may|might|will|would|should|must)\b", re.IGNORECASE
)
# how an organisation's own page names it again, after a sentence by or about it: "The group
# is also calling on"
_ITSELF = re.compile(r"the\s+(?:group|organi[sz]ation)")
# A state of affairs, which demands only as a figure of speech: "The unclear circumstances
# surrounding his death ... demand an independent investigation", "The situation calls for"
_NO_AGENT = re.compile(
    r"(?i:the|this|these|such|its|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:situation|"
    r"circumstances|nature|gravity|urgency|scale|severity|seriousness|facts?)\b|"
    # (a count of the requests, which then are the noun: "the numerous requests for
    # clarification ... submitted by Justiça Ambiental")
    r"(?:.*\s)?(?i:the|these|those|its|their|our|his|her|of|despite|after|following|ignored)\s+"
    r"(?:numerous|many|repeated|several|multiple|"
    r"countless|various|previous|earlier|past)$"
)


# The authors' own letter quoted on their page: 'The letter said the legislation "will'
# (the letter only, not "The statement said" of a ministry's, nor a reply: "On 3 May the
# Ministry replied to our appeal. The letter said")
_OWN_WORDS_QUOTED = re.compile(
    r"\b(?i:the|our|this)\s+(?:joint\s+|open\s+)?letter\s+"
    r"(?:said|says|stated|states|reads|read|noted|notes|argued|argues|added|adds)\b"
    r"[^\"“”.!?]{0,120}[\"“][^\"“”]*$"
)


# an apposition between dashes: "Right Livelihood and Laureates of the Award—including
# Oleksandra Matviichuk, ... and SAPPROS—are calling for", read as one between commas
_DASH_APPOSITION = re.compile(
    r"[–—](?=\s?(?:including|among\s+them|such\s+as|led\s+by|together\s+with|alongside)\b)"
    r"([^–—.;:!?]{1,200}?)[–—]"
)


# The subject's modal, after the rest of its noun phrase: "(the US) government should"
# (the rest of a noun phrase only: not "The statement says governments should act and calls on")
_UNDER_A_MODAL = re.compile(
    r"(?:\s+(?:(?-i:[A-Z])[\w’'-]*|government|governments|authorities|administration|"
    r"leaders|officials|institutions|and|of|the|its)){0,3}?\s+(?:\w+ly\s+)?"
    rf"{MODAL_VERB}\b",
    re.IGNORECASE,
)


def _first_we(ctx: Context) -> int:
    """Where the text first says "we" outside quotations (read once, when first needed)."""
    if ctx.first_we is None:
        ctx.first_we = first_we(ctx.text)
    return ctx.first_we


# what follows "demand" when it is the noun a clause's verb is about: "[the global demand]
# for medicines should be coordinated", "[their call] for a ceasefire was ignored"
_NOUN_OF_A_CLAUSE = re.compile(
    r"(?i:demands?|calls?|requests?)\s+for\s+(?:(?!(?:to|that|which|who|and|but|as|after|before|until|"
    # (a word of its own, not the start of one: "so-called")
    r"while|because|if|where|when|since|unless|so|once|though|although)\b(?!-))[\w'’-]+\s+){1,6}?"
    r"(?:should|must|is|are|was|were|has|have|had|will|would|can|could|remains?|continues?|"
    r"grows?|grew|rose|fell)\b"
)


# A body's text, and the relative clause in which it speaks: "the European Parliament adopted a
# resolution in which it" (the pronoun is the body)
_MADE_IN_WHICH = re.compile(
    r"\b(?P<body>(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?:(?-i:[A-Z])[\w.-]*|of|for|on|and|the)){0,6})"
    r"\s+(?:(?:has|have|had)\s+)?(?:adopted|passed|issued|published|released|sent|wrote|written|"
    r"delivered|made)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:resolution|statement|"
    r"report|letter|declaration|decision|opinion|communication|recommendations?)\s+"
    r"(?:in|by|through|with)\s+which\s+(?P<it>it|they)\s+(?:\w+ly\s+|also\s+)?$",
    re.IGNORECASE,
)


def _third_party(sentence: str, where: int, ctx: Context) -> tuple[str, str, bool] | None:
    # (a comma for each dash keeps every offset: the lead-in is read back in the
    # sentence's own words)
    masked = _DASH_APPOSITION.sub(lambda m: f",{m.group(1)},", sentence)
    call = _reported_call(masked, where, ctx)
    if call is None:
        return None
    start, end, asker = call
    return sentence[start:end].strip(), asker, False


# What moved someone to call: "prompting a coalition of 140 groups to call on", "which led
# the unions to demand"
_CAUSED = re.compile(
    # (the verb in lower case: not the adjective of "Leading NGOs are set to call on")
    r"\b(?-i:prompt(?:ing|ed|s)|lead(?:ing|s)?|led|spurr(?:ing|ed)|spurs|forc(?:ing|ed|es)|"
    r"driv(?:ing|es)|drove|push(?:ing|ed|es)|inspir(?:ing|ed|es))\s+"
    r"(?P<moved>(?!to\b)(?:[^,;:.]|,\d{3}\b){1,200}?)\s+to\s*$",
    re.IGNORECASE,
)


def _reported_call(sentence: str, where: int, ctx: Context) -> tuple[int, int, str] | None:
    """Where a call's lead-in stands in `sentence` (start, end) and who makes it; `where` is
    where the sentence starts in the whole text."""
    leading = LEADING_TIME.match(sentence)
    opens = leading.end() if leading else 0  # "Today, 17 April, EDRi ... call on": not "Today"
    pos = opens
    while (site := REQUEST_VERB.search(sentence, pos)) is not None:
        # THIRD_ASK tries every start for its subject: only near a request verb it can match
        window = max(pos, site.start() - SUBJECT_REACH), site.end() + OBJECT_REACH
        match = THIRD_ASK.search(sentence, *window)
        if match is None:
            pos = site.end()
            continue
        pos = match.end("verb")
        if (
            match["verb"] == "encouraged"
            and re.search(r"(?:,|\band)\s*$", sentence[: match.start("verb")])
            and not re.search(
                r"\bto\s+[a-z]", re.split(r"[.;:!?]", sentence[match.end("verb") :])[0]
            )
        ):
            # one harm in a list of them, encouraging no one to do anything: "It has undermined
            # democratic systems, encouraged corporate state capture, and obstructed", "The
            # campaign has undermined trust and encouraged disinformation"
            continue
        if _PASSIVE_CALL.search(sentence, 0, match.start("verb")):
            # "Tibet supporters are requested to contact the Prime Minister and their MPs
            # urging": the passive is the call, what follows it is its object
            return None
        raw = match.group("subject")
        caused = _CAUSED.search(raw)
        if caused is not None and re.match(
            r"(?:call|urge|ask|demand|press|appeal)\b", match["verb"]
        ):
            # "..., prompting a coalition of over 140 Tibet groups to call on him to": the
            # caller is who the cause moved
            raw = caused.group("moved")
        if (  # in a letter, "Below is a joint statement supported by X calling on China to"
            ctx.letter
            and _OWN_TEXT.search(raw)
            and re.match(r"(?:calling|urging|demanding)\b", match["verb"])
            and not OTHER_BODY.search(raw)
        ):
            return match.start("verb"), match.end(), "authors"
        # a passive ("was asked to"), an infinitive, or a noun ("the demands", "the
        # coalition's call for action", "Our analysis and demands are detailed in")
        # (and a participle: "a product ban requested by an economic operator")
        after = sentence[match.end("verb") :]
        plural = re.fullmatch(r"calls|demands|appeals|requests", match["verb"], re.I) is not None
        noun = (
            (
                plural
                # (and with a relative clause: "meeting requests that are often ignored")
                and re.match(r"\s+(?:(?:that|which)\s+)?(?:are|were|remain|have\s+been)\b", after)
            )
            or re.match(r"\s+by\b", after)
            # ("the global demand for medicines should be coordinated": the demand is the subject)
            or _NOUN_OF_A_CLAUSE.match(match["verb"] + after)
        )
        # (and in a letter, a list's: "the Trade Union Forum has come to the following
        # conclusions and demands:"; not "The European Parliament condemns the crackdown and
        # demands:", a verb; in a report the subject stays the caller)
        listed = (
            ctx.letter
            and plural
            and re.match(r"\s*:", after)
            and re.search(
                r"\b(?:the|our|its|their|these|those)\s+(?:following\s+)?(?:conclusions|"
                r"recommendations|findings|observations|positions|principles|resolutions)\s+and\s*$",
                raw,
            )
        )
        if (
            NOT_A_SUBJECT.search(raw)
            or noun
            or listed
            or (
                # "the coalition's call for", "accompanies LAW’s 6 demands:", "comply with
                # European mechanisms’ request that"
                re.search(
                    r"(?:[’']s|(?<=s)[’']|(?:[’']s|\b(?:the|our|its|their|these|those))\s+\d+)\s*$",
                    raw,
                )
                and re.fullmatch(r"calls?\s+\w+|demands?|appeals?\s+to|requests?", match["verb"])
            )
        ):
            continue
        # (read in the sentence, since a verb of PAST may look past its end: "petitioned")
        past = (found := _PAST_VERB.match(sentence, match.start("verb"))) is not None and (
            found.end() == match.end("verb")
        )
        if (
            ctx.letter
            and _READER_PRESSES.match(sentence, opens)
            # (not "CALL TO ACTION: Last week the Rapporteur urged", "Call Senator Smith, who
            # has urged the Department to")
            and not _CLAUSE_BETWEEN.search(sentence, opens, match.start("verb"))
            and not past
        ):
            return opens, match.end(), "authors"  # the reader's call, which the page asks for
        if (
            ctx.letter
            and not past
            and match.start("subject") == opens
            and re.search(r"\band\s*$", raw)
            and ITEM_VERB.match(sentence[opens:]) is not None
            and sentence[opens : opens + 1].isupper()
            # (not a name or a plural that starts with such a verb: "Save the Children and Oxfam
            # welcome the plan and urge", "Reform campaigners ... call for", "Support staff")
            and not _NAMED_BY_A_VERB.match(sentence, opens)
            # (not the nouns: "Release of the report and demand for action followed")
            and not re.match(r"\w+\s+of\b", sentence[opens:])
            and re.match(r"(?:urge|call|ask|demand|request|appeal|press|implore)\b", match["verb"])
            and not re.match(r"demand\s+for\b", sentence[match.start("verb") :])
            and not _CLAUSE_BETWEEN.search(sentence, opens, match.start("verb"))
        ):
            # "Express your opposition to this project and demand the permits be rejected": the
            # reader told to act and to call, a command in both verbs
            return opens, match.end(), "authors"
        whole_subject = sentence[match.start("subject") : match.start("verb")]
        # the wider reach before the verb, where a count or an author's name may stand
        before_verb = sentence[max(0, match.start("verb") - 250) : match.start("verb")]
        raw = APPOSITION.sub("", raw)  # "17 groups, including Amnesty International,"
        coordinated = bool(re.search(r"(?:,|\band)\s*$", raw))
        if coordinated and re.search(r"\b(?:we|i)\b", raw, re.I) and not FIRST_PAST.search(raw):
            return match.start("verb"), match.end(), "authors"
        if (
            re.search(r"\band\s*$", raw)
            and re.match(r"(?:we|i)\s", sentence[opens:], re.I)
            # the base form, the subject's own verb (not "the workers striking ... and
            # demanding a living wage")
            and re.match(
                r"(?:urge|call|ask|demand|request|appeal|press|implore|encourage)\b",
                match["verb"],
                re.I,
            )
            and not _CLAUSE_BETWEEN.search(sentence, opens, match.start("verb"))
        ):
            # "We write as long-term shareholders of Starbucks Corporation to express our
            # concern regarding ... and urge the company to": the sentence's "we", further back
            return match.start("verb"), match.end(), "authors"
        # (after a leading time: "Last month Oliver Bancoult, leader of ..., wrote")
        party = sentence_subject(sentence[opens:]) if coordinated else noun_phrase(raw)
        if (made := _MADE_IN_WHICH.search(sentence, opens, match.start("verb"))) is not None:
            # "the European Parliament adopted a resolution in which it called on the Minister":
            # "it" is the body that adopted it
            body = noun_phrase(made["body"]) or made["body"]
            mine = is_author(body, ctx) or names_an_author(body, ctx)
            return made.start("it"), match.end(), "authors" if mine else body
        if (
            coordinated
            and party is None
            and sentence[opens : opens + 1] in '"“„«‘'
            and (quoted_subject := sentence_subject(sentence[opens + 1 :])) is not None
            and names_an_author(quoted_subject, ctx)
        ):
            # the authors named at a quotation's start: '“ICC welcomes the report and urges
            # countries to ...,” said Jane Doe' (only they: not '“Our members ... demand"')
            party = quoted_subject
        if (
            coordinated
            and party is not None
            and re.match(r"(?:we|i)\b", party, re.IGNORECASE)
            # ("We the undersigned ...", "We, ...": the list is the "we", not "We hear farmers,
            # fishers, ..., call for", "We have watched as students ... called for")
            and re.match(r"we(?:,\s|\s+(?:the|in|from|of)\s)", sentence[opens:], re.IGNORECASE)
            # (the subject's own verb, not "the workers striking ... and demanding")
            and not re.match(r"\w+ing\b", match["verb"])
            and not past
            # (not "We recall that CSOs ..., urged", "We were saddened ... while the UN human
            # rights chief was visiting China and calling for")
            and not _CLAUSE_BETWEEN.search(sentence, opens, match.start("verb"))
        ):
            # "We the undersigned civil society leaders, human rights defenders, ... MPs and
            # other political leaders, call upon": the sentence's "we", after its list (in a
            # report, the statement's it quotes)
            return match.start("verb"), match.end(), "authors" if ctx.letter else ctx.reported_by
        if (
            coordinated
            and party is not None
            and (at := raw.find(party)) >= 0
            and _UNDER_A_MODAL.match(raw, at + len(party))
        ):
            # "the US government should deliver on its promise ... and press the Emirati
            # authorities to": the second verb is the modal's too, an ask made of the party
            continue
        in_party = _ACTED.search(party) if party is not None else None
        if (
            party is None
            # ("X today staged a demonstration in Dhangadi demanding", "X on Saturday marched
            # through the capital demanding": the act swallowed by the subject)
            or (
                in_party is not None
                and (
                    _PROTEST.match(party, in_party.end()) is not None
                    or re.search(
                        r"(?:marched|rallied|gathered|protested|demonstrated)\s$", in_party[0]
                    )
                )
            )
        ) and re.match(r"(?:calling|urging|demanding|asking)\b", match["verb"]):
            # an act that calls: "Tibetan Writers Abroad PEN Centre, a circle of exiled
            # writers, organised a candle light vigil on Saturday calling on China for"
            clause = sentence[opens : match.start("verb")]
            acted = _ACTED.search(clause)
            if acted is not None:
                actor = clause[: acted.start()].rsplit(":", 1)[-1]  # after "Dharamsala, Feb 3:"
                party = noun_phrase(re.sub(r",\s+(?:an?|the)\s[^,]{1,150},?\s*$", "", actor))
        if (
            party is None
            and ctx.letter
            and (
                # (the count may lie further back than the subject's 120 characters: "a
                # coalition of more than 200 organizations ... sent a letter ... that calls on")
                COUNTED_GROUP.search(before_verb)
                or names_an_author(whole_subject, ctx)
                or (
                    names_the_authors(whole_subject, match.group("verb"))
                    # (before the text first says "we": after the authors do, a coalition in
                    # the third person is another one, "In 2019, a coalition of ... wrote to")
                    and where < _first_we(ctx)
                    # (and the sentence one clause up to the verb, in which no one else acts:
                    # not "By signing this letter, you are demanding", "organizations that
                    # contributed ... called for", "organizations can serve as advocates for")
                    and not _CLAUSE_BETWEEN.search(sentence, opens, match.start("verb"))
                    and not _SOMEONE_ELSE.search(sentence, opens, match.start("verb"))
                    # (nor "members champion the recent United Nations experts' statement
                    # calling on")
                    and not OTHER_BODY.search(whole_subject)
                )
            )
        ):
            # "On July 10, Athlete Ally, the WSF and prominent members of the athletic
            # community sent": a subject too long to read, but one of the authors is in it,
            # or the coalition itself ("a broad coalition of advocacy organizations, disability
            # rights leaders and more sent a letter ... requesting")
            return match.start("verb"), match.end(), "authors"
        if party is None or _NO_AGENT.match(party):
            continue  # (or "The unanswered nature of the situation calls for an investigation")
        # (the party may have lost a trailing "at the same time": find where it stands)
        named_at = sentence.rfind(party, match.start("subject"), match.end("subject"))
        lead_from = match.start("verb") if coordinated or named_at < 0 else named_at
        lowered = party.lower()
        if re.fullmatch(FIRST_PERSON, lowered):
            if coordinated and ctx.letter and lowered.startswith("the undersigned"):
                # "The undersigned groups oppose ... and urge you" (not "We recall that the
                # CSOs, meeting in Abuja, urged": "we" begins another clause)
                return match.start("verb"), match.end(), "authors"
            continue  # first person is FIRST_ASK's (or a report of a past call)
        if ctx.letter and lowered.startswith("our "):
            # "Our coalition calls on", "Our meeting requests"
            return lead_from, match.end(), "authors"
        if (
            (
                lowered in PRONOUNS
                # (now, and right after the authors spoke or were named: not "The group had
                # submitted an official request", nor "The World Health Organization has
                # warned ... The organization calls on")
                or (
                    _ITSELF.fullmatch(lowered)
                    and not past
                    and (ctx.previous_asker == "authors" or names_an_author(ctx.previous, ctx))
                )
            )
            and ctx.last_party is None
            and ctx.letter
        ):
            # "They are calling on ...", "The organization calls on ..." with no one else named
            return lead_from, match.end(), "authors"
        addressed = re.match(
            r"\s+(?:to\s+)?(?:you\b|your\s+excellenc)", sentence[match.end("verb") :], re.I
        ) or re.match(
            r"(?:(?:are|is)\s+)?writing\s+to\s+you\b", match["verb"]
        )  # "The IFJ, Freedom House and RSF are writing to you to seek"
        finite = not past and not re.match(
            r"(?:calling|urging|asking|demanding|requesting)\b", match["verb"]
        )  # not "your workers calling for you to close the warehouses"
        if ctx.letter and addressed and finite and not OTHER_BODY.search(whole_subject):
            return lead_from, match.end(), "authors"  # in a letter, who "call on you" now wrote it
        if ctx.letter and re.match(
            r"(?:reiterat|renew|echo|repeat)\w*\s+(?:.*\s)?our\b", match["verb"], re.I
        ):
            # "The Lebanon INGO Forum reiterates our call for"
            return lead_from, match.end(), "authors"
        # "Amnesty International said today as it joined ... in calling for": an author named
        # in the sentence is who "it" is
        named_author = names_an_author(before_verb, ctx)
        if (
            named_author
            and re.match(r"\w+ing\b", match["verb"])
            and re.search(r",\s*$", sentence[: match.start("verb")])
            and (own_subject := sentence_subject(sentence[opens:])) is not None
            and _ONE_PERSON.fullmatch(own_subject) is not None
            and not names_an_author(own_subject, ctx)
            # (not the authors' own officer: "Ms Lewis", whom the text gave as "Natalie Lewis,
            # co-chair of Family Matters"; a title is no officer's: "President Ruto")
            and not speaks_for_authors(re.sub(rf"^{_HONORIFIC}\s+", "", own_subject), ctx)
        ):
            # "Mr Shorten has echoed an immediate change priority from the Family Matters
            # Roadmap, calling for": who calls is the person the sentence is about, not the
            # authors named in its object (a group may count them: "Twenty organizations,
            # including The Green Tank, have co-signed a letter ..., urging")
            named_author = False
        # a release's lede after its dateline names its issuer: "New York – Students for a
        # Free Tibet calls on the IOC to"
        lede = (
            ctx.letter
            and leading is not None
            and _DATELINE.search(leading.group(0)) is not None
            and lead_from == leading.end()
            and not past
            # (not people or a body the dateline's place has: "Nairobi, Kenya — Local farmers
            # are calling on", "Geneva — The Human Rights Council urged")
            and _PEOPLE_OF_A_PLACE.search(party) is None
            and not OTHER_BODY.search(party)
        )
        if lowered in PRONOUNS and not named_author:
            party = ctx.reported_by
            if ctx.letter and names_the_authors(party, ""):
                # on a signatory's page, "45 NGOs and think tanks wrote an open letter ...
                # They call on the ECB to": "they" are the letter's signatories
                return lead_from, match.end(), "authors"
        elif (
            named_author
            or lede
            # "Tibet supporters will ask their MPs": on its own page, the page's supporters
            or (ctx.letter and _SUPPORTERS.fullmatch(party) is not None)
            # "Front-LEX and the Legal Centre Lesvos, hereby submit": only the writers "hereby" act
            or (ctx.letter and re.search(r"\bhereby\b", whole_subject + match["verb"], re.I))
            or is_author(party, ctx)
            or (finite and _names_itself(party, match["verb"], whole_subject, ctx))
            or (ctx.letter and names_the_authors(whole_subject, match.group("verb")))
            or (ctx.letter and coordinated and names_the_authors(party, match.group("verb")))
        ):
            return lead_from, match.end(), "authors"  # now, or an earlier call they report
        party = ALIASES.get(party.lower(), party)
        ctx.last_party = party
        return lead_from, match.end(), party
    return None


# the people of a place, who are not a release's issuer: "Local farmers", "Garment workers"
_PEOPLE_OF_A_PLACE = re.compile(
    r"(?i:\b(?:farmers|workers|officials|residents|villagers|citizens|people|communities|"
    r"families|governments|authorities|fishers|fishermen|protesters|students|teachers|"
    r"doctors|nurses|miners|parents|women|youth)\s*$)"
)
# an organisation or a plural whose first word is also a verb of command: "Save the
# Children", "Reform campaigners", "Release International", "Link workers", "Support staff"
_NAMED_BY_A_VERB = re.compile(
    r"[A-Z]\w+\s+(?:[A-Z]|the\s+[A-Z]|(?!(?:us|this|its|his|as|is|was|has|does)\b)[a-z]+s\b|staff\b)"
)
# a person by name, or by a title and name: "Mr Shorten", "Senator Jane Doe", "Jane Doe"
_HONORIFIC = rf"(?:{'|'.join(sorted(HONORIFICS))})\.?"
_ONE_PERSON = re.compile(
    rf"(?:{_HONORIFIC}\s+)?"
    r"(?!(?:The|A|An|This|These|Those|Our|Their|Its)\b)[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}"
)
_ORG_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|on|in|the|&)){0,9}"
)
# not an organisation: a state's office, a law or paper, a people ("Hong Kongers demand");
# (a government, the UN and the like are OTHER_BODY's, tested beside it)
_NOT_ORG = re.compile(
    r"\b(?:Department|Ministry|Embassy|Court|Resolution|Act|Bill|Law|Report|"
    r"Treaty|Convention|Directive|Regulation|Declaration|Amendment)\b|"
    r"^(?:[A-Z]\w+\s)?[A-Z]\w*(?:ers|ans|ese)$"
)
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:also|now|today|again|therefore|further|jointly|hereby|\w+ly))+\s*$"
)


# A reaction an organisation's own release opens with before its call (not "Meta disputes the
# findings and urges", "Shell rejects ... and calls on": a party answering)
_REACTS = (
    r"(?:welcomes|condemns|deplores|denounces|applauds|salutes|regrets|"
    # ("WAF expects and demands of the women parliamentarians")
    r"expects|stresses|reiterates)\b"
)


def _names_itself(party: str, verb: str, subject: str, ctx: Context) -> bool:
    """In the authors' own text (its corpus entry says so), an organisation that calls now,
    named right before the verb: a release's "Justice For Myanmar calls for", "CHRD urges
    the government to" (not "CHRD has urged", nor "the IFC will ask"). The caller has made
    sure the verb is finite and not past."""
    if not (ctx.own and verb[:1].islower() and _ORG_NAME.fullmatch(party)):
        return False
    tail = _TRAILING_ADVERBS.sub("", subject.rstrip())
    tail = re.sub(r"\s*\([^()]{1,30}\)$", "", tail)  # "The Asia Journalists Association (AJA)"
    return (
        (
            tail.endswith(party)
            # (or its first verb, in the present: "Amnesty International Japan welcomes this
            # decision and strongly urges")
            or re.search(
                rf"(?:^|\s){re.escape(party)}\s+{_REACTS}[^,;:]{{0,80}}?\s+and$",
                tail,
            )
            is not None
        )
        # (a participle reports; "Amazon encourages the use of" describes)
        and re.match(r"(?:recommending|encourag|invit)", verb) is None
        and _NOT_ORG.search(party) is None
        and OTHER_BODY.search(party) is None
    )


def _quotation(sentence: str, whole: str, where: int, ctx: Context) -> tuple[bool, str | None]:
    """Whether the sentence stands inside quotation marks in the text, and who is quoted."""
    line_start = whole.rfind("\n", 0, where) + 1
    if line_start not in ctx.lines:  # each line's quotations are found once for its sentences
        line_end = whole.find("\n", where)
        line = whole[line_start : line_end if line_end >= 0 else len(whole)]
        ctx.lines[line_start] = line, _quote_spans(line)
    line, spans = ctx.lines[line_start]
    at = where - line_start
    index = next((i for i, span in enumerate(spans) if span.start() <= at < span.end()), None)
    if index is None:
        return False, None
    span = spans[index]
    speaker = _said_after(line, span, ctx)
    if speaker is None:
        befores = list(_ATTRIBUTION_BEFORE.finditer(line[: span.start() + 1]))
        if befores:
            speaker = befores[-1].group("subject")
            # "Kirsty Brimelow QC, Chairwoman of BHRC said:": the title says whom she speaks for
            title = befores[-1].group("title").strip(" ,")
            if speaks_for_authors(title, ctx) and not speaks_for_authors(speaker, ctx):
                speaker = f"{speaker}, {title}"
        else:  # who the line's last attributed quotation before this one quoted
            speaker = _last_attributed(line, spans[:index], ctx)
    if speaker is None and index == 0:
        speaker = _introduced(whole, line_start, line, ctx)
    if speaker is not None and speaker.lower() in PRONOUNS:
        speaker = ctx.speakers[-1] if ctx.speakers else ctx.last_party
    elif speaker is not None:
        ctx.speakers.append(speaker)
    return True, speaker


def _quote_spans(line: str) -> tuple[re.Match[str], ...]:
    """The quotations of a line: those left open to its end, then those closed on it."""
    return (*OPEN_QUOTE.finditer(line), *_QUOTE_SPAN.finditer(line))


def _last_attributed(line: str, spans: Sequence[re.Match[str]], ctx: Context) -> str | None:
    """Who the last of `spans` that is followed by an attribution ("..., said X") quotes."""
    said = (_said_after(line, span, ctx) for span in reversed(spans))
    return next((who for who in said if who is not None), None)


def _introduced(whole: str, line_start: int, line: str, ctx: Context) -> str | None:
    """Who a quotation that opens a line was introduced as saying: on the line ("Akriti
    Saraswat, Safety and Gender Expert, Free Press Unlimited: “We're ..."), or above a
    quotation that runs over several paragraphs, each opening with its mark ("BHRC
    Chairperson Kirsty Brimelow QC said:" over "“BHRC is deeply concerned ..."), or the one
    who said the paragraph above ('"...," says PFF chair Susuve Laumaea.' over '"At a turning
    point in Pacific history, we call on our leaders'): a quotation carried on."""
    named = _NAMED_COLON.match(line)
    if named is not None:
        return named.group("subject")
    if not line.startswith(("\u201c", '"')):
        return None
    window = whole[max(line_start - 4000, 0) : max(line_start - 1, 0)]  # (not the whole text)
    # (a quotation carried on names no one of its own: not '"...," the groups said in a joint
    # statement', '"...," Amnesty's Agnes Callamard told Reuters', "according to the statement")
    nearest = _OWN_ATTRIBUTION.search(line) is None
    for above in reversed(window.split("\n")[-12:]):
        if not above.strip():
            continue
        if above.startswith(("\u201c", '"')):  # an earlier paragraph of the same quotation
            speaker = _last_attributed(above, _quote_spans(above), ctx) if nearest else None
            if speaker is not None:
                return speaker
            nearest = False
            continue
        said = _SAID_COLON.search(above)
        if said is not None:
            # (the last of its commas' parts: "..., Sarah Brooks, Amnesty International’s China
            # Director, said:" is the director)
            return said.group("subject").rstrip(" ,").split(",")[-1].strip()
        said = _SAID_FIRST_COLON.search(above)
        if said is not None:  # "Dazu erklärt Christoph Bautz, Geschäftsführender Vorstand:"
            who = said.group("subject").strip()
            return who if speaks_for_authors(who, ctx) else who.split(",")[0]
        label = _SPEAKER_LABEL.match(above)  # "Rajesh Makwana, Director, Sufra (IFAN):"
        return label.group("subject") if label is not None else None
    return None


_OWN_ATTRIBUTION = re.compile(
    r"[\"”»]\s*,?\s*[^\"“”«»]{0,150}?\b(?:said|says|told|wrote|writes|warned|added|explained|"
    r"stated|noted|insisted|urged|concluded|according\s+to|según)(?!\w)|"
    # and in Spanish, the verb right after the quotation: '"El Gobierno debe respetar la
    # Constitución", dijo el ministro' (not '". El Gobierno, sin embargo, insiste en que')
    r"[\"”»]\s*,?\s*" + _ES_SAID + r"(?!\w)",
    re.IGNORECASE,
)
# "Name, Title, Organisation: “..."
_NAMED_COLON = re.compile(
    r"^(?:From\s+|According\s+to\s+)?(?P<subject>[A-Z][^\"\u201c\u201d:.]{2,150}?):\s*[\"\u201c]"
)
# A speaker's label on its own line: a name of capitalised words, a comma, then the title
# (not "The letter reads in part:", "Our message to the Prime Minister:")
_SPEAKER_LABEL = re.compile(
    r"^(?P<subject>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+,\s[^\"\u201c\u201d:]{2,150}?):\s*$"
)
# "Responding to ..., Amnesty International's China director Sarah Brooks said:"
_SAID_COLON = re.compile(
    # ("Seydi Gassama, Executive Director of Amnesty Senegal, also stated:")
    r"(?P<subject>[A-Z][^.\"\u201c\u201d:]{2,200}?)\s+(?:(?:also|further|then|later)\s+)?"
    r"(?:said|says|stated|added|wrote|commented|"
    r"declared)\b[^.\"\u201c\u201d:]{0,40}:$"
)

# and the verb before the speaker, as German, French and Spanish releases put it: "Zum
# Räumungsbeginn des Dorfes Lützerath erklärt Christoph Bautz, Geschäftsführender Vorstand:"
_SAID_FIRST_COLON = re.compile(
    r"\b(?:erklärt|erklärte|sagt|sagte|kommentiert|betont|ergänzt|déclare|a\s+déclaré|affirme|"
    r"souligne|declara|declaró|afirma|afirmó|señala|señaló|dijo)\s+"
    r"(?P<subject>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){1,3}(?:,\s+[^\"\u201c\u201d:,]{2,80})?)"
    r",?\s*:$"
)


def _said_after(line: str, span: re.Match[str], ctx: Context) -> str | None:
    """Who a quotation's "..., said X" right after it names, or the Spanish aside inside it
    names ('“... Naciones –ha señalado Steve Cockburn, director ... de Amnistía Internacional–.
    Las autoridades deben ...”')."""
    aside = _ASIDE.search(line, span.start(), span.end())
    if aside is not None:
        # (whom the speaker spoke to or was honoured by is not whom they speak for: "–declaró
        # Carmen Pérez, madre de un preso, a Amnistía Internacional–", "..., en una entrevista
        # con", "..., galardonada por")
        who = _SPOKEN_TO.split(aside.group("who"))[0]
        return who if speaks_for_authors(who, ctx) else who.split(",")[0]
    after = _SAID.search(line, span.end() - 2)
    if after is None or after.start() - span.end() >= 5:
        return None
    titled = after.group("s2") is not None and "," in after.group("s2")
    if titled and not re.search(r",\s*[\"”]\s*$", line[: after.start() + 1]):
        # '...," IPI Executive Director, Scott Griffen said' (not '"... release him."
        # Meanwhile, Interior Minister Ali Hassan said the case was closed': a new sentence)
        return None
    # "..., said Dorjee Tseten, Executive Director of Students for a Free Tibet": one of the
    # authors' own people speaks for them
    title = _TITLE.match(line, after.end())
    if title is not None and speaks_for_authors(title.group(1), ctx):
        return title.group(1)
    return _name_alone(after.group("s1") or after.group("s2"))


def _name_alone(name: str) -> str:
    """A speaker's name without the sentence after it or its full stop: '"...," said John Smith.
    Police declined to comment' gives John Smith (but "U.N." keeps its points)."""
    name = re.split(r"\.\s+(?=[A-Z])", name, maxsplit=1)[0]
    return name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name) else name


# (between dashes, spaced or not, or hyphens: "–ha señalado X–", "– señala X –", "-dijo X-")
_ASIDE = re.compile(
    r"\s[–—-]\s?" + _ES_SAID + r"\s+(?P<who>[A-ZÁÉÍÓÚÑ][^–—\"“”]{1,200}?)\s?[–—-](?=[\s.,;:\"”]|$)"
)
_SPOKEN_TO = re.compile(r"\s(?:a|al|ante|con|por|durante|en\s+(?:una?|el|la))\s")
_TITLE = re.compile(
    r",\s+([^.,;:\"“”]{1,80}?(?:\b(?:of|at|for|with|de|du|des|da|do|di|del|von|der)\s+|\bd['’])"
    r"[^.,;:\"“”]{1,80}|"
    # "..., said Penelope Faulkner, VCHR's President."
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}[’']s\s+[^.,;:\"“”]{1,60})"
)
