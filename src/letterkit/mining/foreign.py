"""Whether a sentence in another language asks, and who asks: the verbs and musts of
languages.py read in a letter (the authors) or in a report (the party it names), and the
Chinese, Korean and Japanese sentences, whose words have no spaces between them."""

from __future__ import annotations

import re
from typing import Literal

from letterkit.mining import languages as lang
from letterkit.mining.parties import Context, names_an_author, speaks_for_authors
from letterkit.mining.voice import WE

# What ends a sentence, in any script
FINAL = (
    ".",
    "!",
    "?",
    ":",
    ";",
    "。",
    "\uff01",
    "\uff1f",
    "”",
    '"',
    "’",
    "»",
    "\u0964",  # Bengali and Hindi "।"
    "\u06d4",  # the Urdu full stop
)


def other_language_call(
    sentence: str,
    ctx: Context,
    letter: bool,
    quoted: bool,
    speaker: str | None,
    near: str = "",
) -> tuple[str, str, bool] | None:
    """(lead-in, asker, quoted) when a sentence that the English rules passed over asks in
    another language, else None. `letter` and `quoted` are the sentence's voice as
    classify_sentence read it; `speaker` who is quoted; `near` the text around it."""
    korean_or_japanese = _korean_or_japanese(sentence, ctx)
    if korean_or_japanese is not None:
        return korean_or_japanese or None
    chinese = _chinese(sentence, ctx)
    if chinese is not None:
        return chinese
    arabic = _arabic(sentence, ctx, quoted, speaker)
    if arabic is not None:
        return arabic or None
    passive = lang.PASSIVE.search(sentence)
    other = (
        lang.ASK.search(sentence)
        or passive
        or (lang.UNSPACED_ASK.search(sentence) if lang.in_other_script(sentence) else None)
    )
    if other is not None and letter and not quoted:
        return other.group(0), "authors", False
    purpose = lang.PURPOSE.search(sentence) if letter and not quoted else None
    if (
        purpose is not None
        and (
            WE.search(sentence[: purpose.start()])
            # (not a subject after its verb: "Apoya esta iniciativa la alcaldesa, que viajó a
            # Bruselas para pedir fondos")
            or (
                _READER_JOINS.match(sentence)
                and not re.search(r"\b(?:que|qui|che)\b", sentence[: purpose.start()])
            )
        )
    ):
        # "Participa en esta Iniciativa Ciudadana Europea para pedir a la Comisión": the
        # reader asked to join the authors' call
        return purpose.group(0), "authors", False
    if letter and not quoted and _READER_WRITES.match(sentence):
        # "Envoyez un courriel à Mr Ali Mohamed Djounaïd procureur de la République": the
        # reader asked to press the addressee, as "Send a message to the Minister"
        return sentence.split()[0], "authors", False
    if letter and not quoted and _READER_TOLD.match(sentence) and not sentence.endswith("?"):
        # "Rejoignez-nous et signez la lettre au Roi", "Demandez aux autorités de libérer":
        # the reader told to act, as "Sign the petition!"
        return sentence.split()[0], "authors", False
    if other is not None and quoted and ctx.own and speaker and speaks_for_authors(speaker, ctx):
        # the authors' own officer quoted on their page: 'erklärt Christoph Bautz,
        # Geschäftsführender Vorstand: “... Wir fordern einen Last-Minute-Stop'
        return other.group(0), "authors", False
    if other is not None and quoted:  # '„Handeln Sie jetzt“, heißt es in dem Brief'
        return other.group(0), speaker or ctx.reported_by, True
    foreign = lang.is_foreign(sentence) or (
        # a list's lead-in too short to tell by itself: "Der BUND fordert:"
        sentence.endswith(":") and len(sentence.split()) <= 6 and lang.is_foreign(near)
    )
    # in a letter, "la FIDH et la LDH appellent le Président", "De brief roept op tot": the
    # signatories' call restated, unless another body is calling
    restated = lang.RESTATED.search(sentence) if letter and not quoted else None
    if restated is not None and _RULE_SUBJECT.search(sentence, 0, restated.start()):
        restated = None
    if (
        restated is not None
        and foreign
        and (sentence[-1:] in FINAL or sentence.endswith(":"))  # not a headline; or a lead-in
        and (
            not lang.BODY.search(sentence[: restated.start()])
            # (unless an author is the one just before the verb: "l'organisation “Human Rights
            # Without Frontiers” (HRWF) à Bruxelles prie instamment", after "du conseil")
            or _author_just_before(sentence, restated.start(), ctx)
        )
        and (
            not re.search(  # "car ils exposent l'injustice et exhortent": a description
                r"\b(?:car|parce|qui|que|porque|perché|quando|lorsque|weil|omdat)\b",
                sentence[: restated.start()],
                re.IGNORECASE,
            )
            # (unless the signatories are named just before the verb: "Perante os
            # acontecimentos, que se somam a outros episódios, os subscritores deste
            # manifesto exigem:")
            or _SIGNATORIES.search(sentence[: restated.start()].rsplit(",", 1)[-1]) is not None
        )
    ):
        return sentence[: restated.end()], "authors", False
    one = lang.ONE_CALLS.search(sentence) if letter and not quoted else None
    # (the author named just before the verb, or the authors' own document)
    if one is not None and (
        lang.OWN_DOCUMENT.search(sentence, 0, one.start())
        or _author_just_before(sentence, one.start(), ctx)
    ):
        return sentence[: one.end()], "authors", False
    must = lang.MODAL.match(sentence.lstrip('"“«„ '))
    if must is not None and not quoted:  # "Tanto la UE como el Gobierno deben hacer público"
        return must.group(0), ctx.asker(letter), False
    if must is not None and letter and speaker is not None and speaks_for_authors(speaker, ctx):
        # the authors' own spokesperson quoted on their page: '"La protección ... debe ser
        # priorizada por el Gobierno", dijo Giovanni Rizzo, director de NRC en Colombia'
        return must.group(0), "authors", False
    if must is not None and not letter:  # a report: '"La ley debe garantizar ...", ya que'
        return must.group(0), speaker or ctx.reported_by, True
    if letter or not foreign:
        return None  # not "Police cited exigent circumstances"
    reported = lang.REPORTED.search(sentence) or lang.UNSPACED_REPORTED.search(sentence)
    if reported is not None and _RULE_SUBJECT.search(sentence, 0, reported.start()):
        return None  # "Nové předpisy požadují, aby": rules require, nobody calls
    # a report quoting the letter: '« Les organisations exhortent »'
    if reported is not None and quoted:
        return reported.group(0), speaker or ctx.reported_by, True
    if reported is not None:
        return reported.group(0), _foreign_subject(sentence[: reported.start()], ctx), False
    # a passive's subject is who is asked: "Die Bundesregierung wird aufgefordert"
    return (
        (passive.group(0), ctx.reported_by, False) if passive is not None and not quoted else None
    )


# A law or a rule right before a verb that also says "requires": "Nové předpisy požadují",
# "Zakon zahtijeva", "Las nuevas normas exigen", "Новые правила требуют"
_RULE_SUBJECT = re.compile(
    r"(?i:\b(?:předpis|pravidl|zákon|zakon|закон|правил|ley|leyes|reglament|norm|loi|règle|"
    r"règlement|gesetz|regel|lei|leis|regra|legge|regolament|law|rule|regulation|laki|seadus|"
    # (the subject: not "upozorili su na problematičnost zakona i pozvali", a clause before)
    r"įstatym|likum|llei)\w*(?:\s+(?!(?:i|a|and|y|e|et|und|ir|ja|ta|in|og|och)\b)\w+){0,2}\s*$)"
)
_SIGNATORIES = re.compile(
    r"\b(?:subscritor[ae]s|signatári[oa]s|abaixo-assinad[oa]s|signataires|soussigné(?:e)?s|"
    r"firmantes|unterzeichnenden|firmatari)\b",
    re.IGNORECASE,
)


def _author_just_before(sentence: str, verb: int, ctx: Context) -> bool:
    """Whether one of the authors is named in the words just before the verb at `verb`."""
    return names_an_author(sentence[max(0, verb - 80) : verb], ctx)


# The reader told to join or sign, in Spanish, Portuguese, French, Italian and German
_READER_JOINS = re.compile(
    r"(?:Participa|Participad|Participe|Participez|Firma(?!\s+(?:des|der|die|den|dem)\b)|Firmad|Firme|Signez|Signe|Únete|Súmate|"
    r"Apoya|Rejoignez|Assina|Assine|Partecipa|Unterschreib(?:e|en\s+Sie)|Unterzeichne(?:n\s+Sie)?)\b"
)


# The reader told to press someone in the forms that only command: French "-ez" with no "vous"
# before it, Spanish "Únete", German "Unterschreiben Sie" (not "Firma", "Apoya", which also say
# "signs", "supports"; nor "Contactez-nous", "Participez à notre webinaire", "Soutenez-nous :
# faites un don", "Demandez-vous", "Demandez votre kit", "Únete a nuestro boletín", "Fordern Sie
# unser Infopaket an", "Chiedete informazioni", which ask nothing of anyone in power)
_READER_TOLD = re.compile(
    r"(?i:Signez|Rejoignez(?!\s+(?:notre|nos)\s+(?:équipe|newsletter|liste))|"
    r"Demandez(?!-vous|\s+(?:votre|vos|notre|nos)\b)|Exigez|Interpellez|Agissez|Mobilisez|"
    r"Únete(?!\s+a\s+(?:nuestro|nuestra)\s+(?:boletín|newsletter|lista|equipo))|Súmate|Firmad|"
    r"Exigid|Junte-se|Unterschreiben\s+Sie|Unterzeichnen\s+Sie|"
    r"Fordern\s+Sie(?![^.!?]*\san[.!])|Firmate|Chiedete(?!\s+informazion)|"
    # Swedish, Norwegian and Danish: "Var med och kräv att regeringen säger nej", "Krev at"
    r"(?:(?:Var|Bli|Vær)\s+med\s+(?:och|og)\s+)?(?:Kräv|Krev|Kræv)(?=\s+(?:att|at|en|ett|et)\s))\b"
)


# The reader told to write to an official, in French, Spanish, Portuguese, Italian and
# German: "Envoyez un courriel à Mr ... procureur", "Escriba al Ministro", "Schreiben Sie an
# den Minister" (only the forms no statement shares, "Envía" and "Manda" also say "sends";
# and to an official or a title, not "Écrivez à Jeanne Martin pour toute demande de presse")
_READER_WRITES = re.compile(
    r"(?:Envoyez|Écrivez|Ecrivez|Envíe|Escriba|Escreva|Scrivete|Schreiben\s+Sie)\s+"
    r"(?:(?:un|une|una|um|uma|einen|eine)\s+)?(?:(?:courriel|e-?mail|message|lettre|"
    r"correo(?:\s+electrónico)?|mensaje|carta|mensagem|messaggio|lettera|Brief|Nachricht)\s+)?"
    r"(?:à|au|aux|a|al|ao|aos|an)\s+(?:(?:l['’]|la|le|les|el|los|las|o|os|as|il|den|die|dem)\s*)?"
    r"(?:M\.|Mr\.?|Mme|Sr\.|Sra\.|Dr\.?|Herrn?|Frau|(?i:minist|premier|primer|présid|presid|"
    r"procur|fiscal|gouvern|gobern|govern|ambassad|embaj|embaix|député|diputad|deputad|sénat|"
    r"senad|maire|alcald|prefeit|sindac|kanzler|abgeordnet|bundes|secr[eé]t|commiss|comisi|"
    r"rapporteu|relator|autorit|autoridad))"
)


def _foreign_subject(before: str, ctx: Context) -> str:
    """Who makes a call reported in another language: the party last named, else the words
    before the verb when they name someone."""
    # not the adverb before the verb: "El GTANW también pidió", "L'APM inoltre chiede"
    subject = re.sub(
        r"\s+(?:también|además|asimismo|igualmente|aussi|également|auch|zudem|ebenfalls|anche|"
        r"inoltre|ainda|também)$",
        "",
        before.strip(),
        flags=re.IGNORECASE,
    )
    if ctx.last_party is None and subject[:1].isupper() and lang.SUBJECT.fullmatch(subject):
        ctx.last_party = subject  # "Cincuenta organizaciones ... han pedido"; then "solicitan"
    named = _NAMED_CALLER.fullmatch(subject)
    if (
        named is not None
        and (" " in named["name"] or re.search(r"\w[A-Z]", named["name"]))
        # (not a place, a time or a linking word: "À Goma, le gouverneur", "Im Vorfeld der
        # Wahl fordert", "Mardi Human Rights Watch", "Plusieurs ONG, dont ...")
        and not _NOT_A_NAME.match(named["name"])
    ):
        # "Moïse Hangi, membre du mouvement citoyen ... (LUCHA) a invité", "Ce mardi, Human
        # Rights Watch a appelé"; one word only when it is an acronym ("Hier fordert" is no
        # caller)
        return named["name"]
    return ctx.reported_by


# A caller named before the verb: capitalised words and their particles, after a time or place
# ("Ce mardi,") and before a title in apposition (", membre du mouvement citoyen ...," or
# "(LUCHA)"; not ", Amnesty International et la FIDH": more callers)
_NAMED_CALLER = re.compile(
    r"(?:[^,]{1,40},\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|de|del|du|des|"
    r"da|do|dos|von|van|der|den|y|et|e|und|en))*)(?:,\s+[a-zà-ÿ][^,]{1,150}?,?|\s+\([^()]{1,40}\))?"
)
_NOT_A_NAME = re.compile(
    r"(?:À|A|Au|Aux|En|Dans|Depuis|Sur|Pour|Par|Selon|Desde|Para|Por|Con|Tras|Durante|Según|Im|"
    r"In|Am|Auf|Bei|Nach|Vor|Aus|Mit|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Lunes|"
    r"Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Mais|Pourtant|Cependant|Ainsi|Enfin|Hier|"
    r"Aujourd['’]hui|Pero|Sin|Ayer|Hoy|Además|Plusieurs|Certaines?|Certains|Des|Varias|Varios|"
    r"Unas|Unos|Mehrere|Einige|Heute|Gestern)\b"
)


def _chinese(sentence: str, ctx: Context) -> tuple[str, str, bool] | None:
    """A call in a sentence written in Chinese, and who makes it: "我們呼籲", and in the third
    person "發起團體並呼籲" (the signatories on their own page) or "台灣公民團體…要求" (in a
    report, the groups named)."""
    han = len(lang.HAN.findall(sentence))
    if han < 6 or han * 5 < len(sentence.replace(" ", "")) * 2:
        return None
    if sentence.startswith(("請", "请")):
        return sentence[:1], ctx.asker(ctx.letter), False
    # slogans in 「」 are not the sentence's own words; keep the offsets
    plain = lang.ZH_QUOTED.sub(lambda m: "「" + "\uff0a" * (len(m.group(0)) - 2) + "」", sentence)
    call = lang.ZH_CALLS.search(plain)
    found = call or lang.ZH_MODAL.search(plain)
    if found is None or sentence[-1:] not in FINAL:
        return None
    clause = max(plain.rfind(mark, 0, found.start()) for mark in ",\uff0c;\uff1b:\uff1a") + 1
    # the clause's subject, or the sentence's when the clause starts with the verb
    subjects = (lang.ZH_SUBJECT.match(plain, clause), lang.ZH_SUBJECT.match(plain))
    who = next((m.group(0) for m in subjects if m and m.end() <= found.start()), None)
    lead = sentence[: found.end()]
    first = lang.ZH_ASK.search(plain) is not None or (who or "").startswith(("我們", "我们", "我"))
    if call is None:  # should, must: a demand when someone says it, or in a letter
        said = lang.ZH_SAYS.search(plain, 0, found.start())
        speaker = lang.ZH_SUBJECT.match(plain) if said is not None else None
        if speaker is not None and not ctx.letter:
            return lead, speaker.group(0), True
        if not ctx.letter or first or who is None or said is not None:
            return None
        return lead, "authors", False
    if first:
        return lead, ctx.asker(ctx.letter), not ctx.letter
    if ctx.letter and not (who is not None and lang.ZH_OTHER_BODY.search(who)):
        return lead, "authors", False  # the signatories' call in the third person
    return lead, who or ctx.reported_by, False


def _arabic(
    sentence: str, ctx: Context, quoted: bool, speaker: str | None
) -> tuple[str, str, bool] | Literal[False] | None:
    """A call in a sentence in Arabic, and who makes it: "نطالب" (we demand) is the authors'
    in a letter; "طالبت 71 منظمة ... الحكومة السورية أن تفرج" (71 organisations demanded) in a
    report is the organisations', named after the verb as Arabic puts them. False for an
    Arabic sentence that asks nothing; None for a sentence in any other script."""
    if not lang.mostly_arabic(sentence):
        return None
    asked = lang.AR_ASK.search(sentence)
    if asked is not None:
        if quoted and not ctx.letter:
            return sentence[: asked.end()], speaker or ctx.reported_by, True
        return sentence[: asked.end()], ctx.asker(ctx.letter), not ctx.letter
    reported = lang.AR_REPORTED.search(sentence)
    if reported is not None:
        lead = sentence[: reported.end()]
        who = _arabic_caller(sentence[reported.end() :])
        if (
            ctx.letter
            and not quoted
            and not (who and lang.AR_OTHER_BODY.search(who))
            # (Urdu and Persian name the caller before the verb: "اقوام متحدہ نے ... مطالبہ کیا")
            and not lang.FA_UR_OTHER_BODY.search(sentence, 0, reported.start() + 1)
        ):
            return lead, "authors", False  # the signatories' call in the third person
        if who is not None:
            ctx.last_party = who  # "وطالبت" (and they demanded) after it is theirs too
        return lead, who or speaker or ctx.reported_by, quoted
    must = lang.AR_MODAL.search(sentence)
    if must is not None and ctx.letter and not quoted:
        return sentence[: must.end()], "authors", False
    return False


def _arabic_caller(after: str) -> str | None:
    """Who a call names right after its verb: "71 منظمة معنية بحقوق" of "طالبت 71 منظمة معنية
    بحقوق الإنسان الحكومة السورية": from the caller's noun, the words up to the next one that
    opens with the article (the object, as a rule), and at most two after the noun."""
    words = after.split()[:8]
    noun = next((i for i, word in enumerate(words) if lang.AR_CALLER.fullmatch(word)), None)
    if noun is None:
        return None
    start = noun - 1 if noun and words[noun - 1].isdigit() else 0 if noun <= 2 else noun
    end = noun + 1
    while end < min(len(words), noun + 3) and not words[end].startswith("ال"):
        end += 1
    return " ".join(words[start:end]).strip("،,.:")


def _korean_or_japanese(
    sentence: str, ctx: Context
) -> tuple[str, str, bool] | Literal[False] | None:
    """A call in a sentence in Korean or Japanese, and who makes it: the authors in a letter,
    else whoever was last named. False for a sentence in these languages that asks nothing
    (so Japanese kanji are not read as Chinese); None for any other sentence."""
    hangul, kana = len(lang.HANGUL.findall(sentence)), len(lang.KANA.findall(sentence))
    if hangul < 6 and kana < 6:
        return None
    body = sentence.rstrip(' .。!\uff01)\uff09」"”')
    start = max(0, len(body) - 16)  # the verb ends the sentence
    asked = lang.KO_JA_ASK.search(body, start)
    if asked is not None:
        asker = ctx.asker(ctx.letter)
        return body[: asked.end()], asker, not ctx.letter
    reported = lang.KO_JA_REPORTED.search(body, start) or lang.KO_JA_REPORTED.search(body)
    if reported is None:
        return False
    # a call made or announced (not asked now) is the authors' on their own page when its
    # sentence's topic is their coalition or its people ("공동행동은", the joint action; after a
    # time, "오늘(7월 15일) ... 백지화공동행동(이하 공동행동)은"; not a place or a time, "이날
    # 집회에는" at the rally that day) or one of them by name; another's (a ministry, a city, a
    # person, another NGO: "국토교통부는", "서울시는", "김 교수는", "국제앰네스티는", or "일본
    # 정부는 ... 요구할 것이다", the Japanese government will demand) is reported
    topic = re.search(r"(?:^|\s)\S{1,40}?(?<![에서로게])[은는]\s", body[:120])
    if (
        ctx.letter
        and topic is not None
        and (lang.KO_OWN_BODY.search(topic[0]) or names_an_author(topic[0], ctx))
    ):
        return body[: reported.end()], "authors", False
    return body[: reported.end()], ctx.reported_by, False
