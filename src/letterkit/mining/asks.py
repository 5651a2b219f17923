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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Literal

from letterkit.mining import languages as lang

_ADVERBS = (
    r"(?:(?:also|again|strongly|respectfully|therefore|further|urgently|hereby|once\s+again|"
    r"thus|now|jointly|collectively|firmly|earnestly|sincerely|hence|likewise|equally|kindly|"
    r"humbly|particularly|specifically|especially|however|in\s+particular|,[^,]{1,120},|"
    # "They continue to recommend that"
    r"continu(?:e|es|ed)\s+to|"
    # "Six environmental organisations ... on Monday called on Norway"
    r"on\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|today|yesterday|this\s+week|"
    r"\s[–—-]\s[^–—]{1,150}\s[–—-]|[–—][^–—]{1,150}[–—]|,\s*the\s+undersigned,)\s*)*"
)
# Request verbs in the present (an ask now) and the past or perfect (a report of one).
_PRESENT = (
    r"(?:urge[sd]?|call(?:s|ing)?\s+(?:\w+ly\s+)?(?:on|upon|for)|ask(?:s|ing)?|"
    r"(?:echo|join|renew)(?:e?s|ing|ed)?\s+(?:the\s+)?(?:\w+\s+){0,2}calls?\s+(?:for|on|by|of|from)\b|"
    r"request(?:s|ing)?|"
    r"recommend(?:s|ing)?|encourage[sd]?|"
    # "We also want the Government to take this into account", "LUR wants human rights to be"
    r"wants?\s+(?!(?:you|to)\b)(?:[\w’'.-]+\s+){1,6}?to\s+(?!(?:know|understand|hear|see|feel)\b)\w+|invite[sd]?(?!\s+(?:your|our)\s+(?:response|reply|comments?|feedback))|appeal(?:s|ing)?\s+(?:to|for)|implor(?:e[sd]?|ing)|"
    r"demand(?:s|ing)?|press(?:es|ing)?(?!\s+(?:freedom|releases?|conferences?|clubs?|corps|"
    r"associations?|statements?|briefings?|councils?|unions?|agenc(?:y|ies)|coverage))|exhort(?:s|ing)?|insist(?:s|ing)?\s+that|"
    # "renew that request", "renew our calls"
    r"renew(?:s|ing)?\s+(?:(?:that|this|our|these|those)\s+(?:\w+\s+)?(?:requests?|calls?|appeals?|"
    r"demands?)\b|(?:our|its|their)\s+calls?)|reiterate[sd]?\s+(?:our|its|their)\s+calls?|"
    # "SaveUyghur ... reiterates the recommendations put forward"
    r"reiterates?\s+(?:the|our|its|their)\s+(?:\w+\s+)?(?:recommendations|demands|requests)\b|"
    r"(?:are|is|am)\s+(?:(?:also|therefore|again|now|hereby|jointly|together|thus|once\s+again|today|"
    r"publicly|formally|collectively)\s+)*"
    r"(?:calling|asking|urging|demanding|requesting|pressing|pressuring|appealing\s+to|campaigning\s+for|"
    r"writing\s+to\s+(?:urge|ask|request|call))|"
    r"(?:are\s+)?writing\s+to\s+(?:reiterate|renew|repeat)\s+(?:our|their)\s+(?:calls?|requests?|"
    r"demands?|appeals?)|"
    # "This letter is an appeal to you to do everything possible"
    r"is\s+an\s+(?:urgent\s+)?appeal\s+to\b|"
    # "is issuing an appeal to the European Union institutions to"
    r"(?:(?:is|are)\s+)?(?:issu|launch|mak)(?:es?|ing)\s+(?:an?\s+)?(?:\w+\s+)?(?:appeal|call)\s+(?:to|for|on)\b|"
    # "are writing to you ... to express support for civil society and urge you to"
    r"(?:are|am)\s+writing\s+[^.;:!?]{0,300}?\sand\s+(?:\w+ly\s+)?(?:urge|ask|request|call\s+on)\s+you\b|"
    r"(?:(?:are|am)\s+)?writ(?:es|e|ing)\s+(?:to\s+you\s+)?(?:today\s+)?(?:[^.;:!?]{0,300}?\s)?to\s+"
    r"(?:\w+ly\s+)?(?:urge|ask|request|call\s+(?:on|upon|for)|oppose|demand|appeal|implore|"
    r"encourage|recommend|seek)|would\s+(?:like\s+to\s+)?(?:urge|ask|request)|"
    # "we would still like to remind the Executive Yuan to safeguard" (not "remind you that")
    r"(?:would\s+(?:still\s+|also\s+)?like\s+to\s+)?remind(?:s|ing)?\s+(?:[\w’'-]+\s+){1,5}?to\s+"
    r"(?!be\b)[a-z]+|"
    r"would\s+like\s+(?:you|\w+\s+\w+)\s+to\b|(?:are|am|feel)\s*(?:,[^,]{1,40},)?\s*compelled\s+to\s+"
    r"(?:ask|call|urge|demand|request)\b|(?:has|have)\s+(?:long\s+|\w+ly\s+)?been\s+(?:calling|"
    r"urging|demanding|asking|pressing)|"
    r"(?:are\s+)?writ(?:es|e|ing)\s+to\s+you\s+[^.;:!?]{0,150}?,\s*(?:urging|calling\s+on|asking)|"
    # "We are writing on International Migrants Day as a group of ... supporters urging"
    r"(?:are|am)\s+writing\s+[^.;:!?]{0,200}?\s(?:urging|calling\s+(?:on|upon|for))\b|"
    r"(?:join(?:s|ed)?|come|came|stand|stood|gather(?:s|ed)?|rall(?:y|ies|ied)|unite[sd]?)"
    r"(?:\s+together)?\s+(?:\w+\s+){0,3}to\s+"
    # "is joined by HRW ... in calling on", "led 38 civil society groups in calling on"
    r"(?:call|urge|ask|demand)|(?:join(?:s|ed)?|(?:are|is)\s+joining|(?:are|is)\s+joined\s+by|led)"
    r"\s+[^.;:!?]{0,200}?\bin\s+(?:calling|urging|demanding|"
    r"asking)|"
    r"(?:conclude|end|close)[sd]?\s+(?:\w+\s+){0,3}?by\s+(?:urging|calling\s+(?:on|upon|for)|asking|"
    r"demanding|recommending)|"
    r"seek(?:s|ing)?\s+(?:your|the)\b|(?<!\band\s)(?<!\bto\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)advocat(?:es?|ing)\s+for|argu(?:es?|ing)\s+for|"
    r"(?:respectfully\s+)?(?:urging|calling\s+on|calling\s+for))"
)
_PAST = (
    r"(?:urged|called(?:,[^,]{1,40},|\s+\w+ly)?\s+(?:on|upon|for)|asked|requested|recommended|encouraged|invited|"
    r"appealed\s+(?:to|for)|demanded|pressed|implored|advocated\s+for|argued\s+for|"
    # "the groups suggested that", not "the data suggested that"
    r"(?<!data\s)(?<!evidence\s)(?<!study\s)(?<!research\s)(?<!findings\s)(?<!this\s)(?<!it\s)"
    r"(?<!which\s)(?<!results\s)(?<!analysis\s)(?<!survey\s)(?<!report\s)suggested\s+that|"
    # "stressed the need for", "The letter stresses the imperative for the organisers to"
    r"proposed\s+(?:that|to)|(?:emphasi[sz](?:ed|es)|stress(?:ed|es)|underlin(?:ed|es))\s+the\s+"
    r"(?:need|imperative|urgency)\s+(?:for|to)|"
    # "repeated their calls for", "The letter repeats earlier requests for"
    r"(?:repeat|reiterate|renew)(?:s|d|ed)?\s+(?:their|its|his|her|the|earlier|previous|past)\s+"
    r"(?:\w+\s+)?(?:calls?|requests?|demands?|appeals?)\s+(?:for|on|to|made\s+in\s+our)\b|"
    # "the organizations caution the United States against recognizing", "warn banks against"
    r"(?:caution|warn)(?:s|ed)?\s+(?:[\w.-]+\s+){1,5}?against\s+(?:\w+ly\s+)?\w+ing\b|"
    # "challenges both governments to ensure", "pleaded for"
    r"challeng(?:es|ed)\s+(?:the\s+|both\s+|all\s+)?(?:[\w.-]+\s+){1,3}?to\s+(?!be\b)[a-z]+\b|"
    r"plead(?:s|ed)?\s+for\b|advocat(?:es?|ing)\s+(?=[a-z]+ing\b)|"
    r"called\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+to\b|"  # "called the EU to suspend"
    # a letter sent with a request: "sent an urgent letter to the Council ... urging"
    r"(?<!been\s)(?:sent|wrote|written|signed|submitted|issued|addressed|delivered|joined|published|penned|"
    r"released|launched|"
    # and now: "are sending a letter to Barclays asking", "is publishing a call to brands to"
    r"(?:(?:are|is)\s+)?(?:sending|publishing|submitting|issuing|delivering|launching)|"
    r"sends|publishes|submits|delivers)\s+"
    r"[^.;:!?]{0,250}?"
    r"\b(?:urging|calling\s+(?:on|upon|for)|demanding|asking|requesting|seeking|to\s+(?:urge|ask|"
    r"demand|request|call\s+(?:on|upon|for))|"
    # "submitted today a request for the exclusion of Vale"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:request|call|appeal|demand|recommendation)\s+(?:for|to)\b))"
)
_FIRST_PERSON = (
    r"(?:we|i|our\s+(?:\w+\s+)?(?:organi[sz]ations|groups|coalition|network|members)|"
    r"the\s+undersigned(?:\s+(?:[\w-]+\s+){0,6}(?:organi[sz]ations|groups|ngos|csos|individuals|"
    r"coalition|investors|members|networks|unions|constituencies|associations|experts|academics|"
    r"journalists|lawyers|scholars))?)"
)
# "(we) express our deep concern regarding ... and call on the European Union to",
# "(we) especially note the interest in ..., and encourage the Groups of Friends to"
_EXPRESS_AND = (
    r"(?:(?:express|voice|share|reiterate|convey)\s+our|(?:are|remain)\s+(?:\w+ly\s+)?(?:concerned|"
    r"alarmed|troubled|disturbed|dismayed|outraged|appalled)|(?:note|welcome|thank|appreciate|"
    r"acknowledge|recogni[sz]e|commend|applaud|condemn|deplore|regret)\b)\s+[^.;:!?]{0,250}?,?\s+"
    r"and\s+(?:\w+ly\s+)?(?:call\s+(?:on|upon|for)|urge|ask|demand|appeal\s+to|encourage|invite|"
    r"request)\b"
)
_FIRST_ASK = re.compile(
    rf"\b(?P<subject>{_FIRST_PERSON})(?:\s+as)?\s*,?\s*"
    # "We, a coalition of over 200 groups representing Tibetans, Uyghurs, ..., are writing"
    r"(?:(?<=,\s)[^.;:!?]{1,300}?,\s*|(?<=,\s)[^.;:!?,]{1,150}?(?:,\s*(?:and\s+)?[^.;:!?,]{1,150}?){0,6}\s+"
    r"(?=(?:are|am)\s)|(?<=\s)(?:committed|working|representing|based|dedicated|"
    r"active|concerned)\s+[^.;:!?]{1,250}?\s+(?=are\s))?"
    rf"{_ADVERBS}(?:[a-z]+ly\s+)?(?P<verb>{_PRESENT}|{_EXPRESS_AND}|expect(?=\s+(?:you|your|(?:the\s+)?(?-i:[A-Z])|(?:all\s+)?(?:delegates|members|states|"
    rf"governments|leaders|companies|authorities|ministers|parties)\b)(?:[\w'’-]*\s+){{1,6}}to\s+[a-z]))\b"
    r"(?P<object>[^.;:!?]{0,80}?\b(?:to|that|for)\b)?",
    re.IGNORECASE,
)
_FIRST_PAST = re.compile(
    rf"\b{_FIRST_PERSON}\s+(?:have|has|had)\s+(?:(?!been\b)\w+\s+){{0,2}}{_PAST}|\b{_FIRST_PERSON}\s+"
    rf"(?:(?:also|again|\w+ly)\s+)?{_PAST}\b",
    re.IGNORECASE,
)
# A third party's call: "<subject> urged / calls on / asked ... to".
_THIRD_ASK = re.compile(
    rf"(?P<subject>(?:[^.;:!?\"“”]|(?<=\d)\.(?=\d)){{1,120}}?)\s+[\"“]?{_ADVERBS}(?:(?:have|has|had)\s+"
    r"(?:also\s+|now\s+|already\s+|again\s+|since\s+|\w+ly\s+)?)?"
    rf"(?P<verb>{_PRESENT}|{_PAST})\b(?P<object>[^.;:!?]{{0,80}}?\b(?:to|that|for)\b)?",
    re.IGNORECASE,
)
_REQUEST_VERB = re.compile(rf"\b(?:{_PRESENT}|{_PAST})\b", re.IGNORECASE)
_SUBJECT_REACH = 400  # characters before the verb: a subject of 120, adverbs, "have also"
_OBJECT_REACH = 100  # and after it: the object up to "to"/"that"/"for"
# "Please note / see / find attached" points the reader somewhere; it asks no one to act.
_POLITE = re.compile(
    r"^(?:(?:if|in|as|for|when|during|before|after)\s[^,]{1,80},\s*)?(?:please|kindly)\b(?!\s+(?:note|see|find|read|refer|click|contact\s+us|let\s+us\s+know|get\s+in\s+touch|"
    r"reach\s+out))|^请"
    # a request put as a question: "Will you brief the actress about ...?"
    r"|^(?:will|would|could|can)\s+you\s+(?:please\s+)?(?!imagine|believe|tell\s+me|"
    r"guess|see\b|think|agree\s+that)\w+[^?]*\?$",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"^(?:(?:in\s+particular|moreover|furthermore|above\s+all|finally|first(?:ly)?|second(?:ly)?"
    r"|third(?:ly)?|crucially|importantly|instead|therefore|at\s+the\s+same\s+time),\s*)?"
    r"(?P<subject>(?:the\s+)?(?:you|[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|and|of|the|its|all|"
    r"member|states|institutions|authorities|government|governments|companies|businesses|"
    r"leaders|officials))*))"
    # "Novalpina Capital, the private equity firm that has supported ..., must"
    r"(?:,\s+(?:the|a|an|which|who|whose)\s[^,;:]{1,160},)?"
    # "mustimmediately": a page that lost the space at a line break
    # ("policy makers MUST": a page that stresses the word)
    r"\s+(?:can,?\s+and\s+)?(?:must|should|needs?\s+to|ought\s+to|MUST|SHOULD)(?:,?\s+|(?=immediately\b))"
    r"(?!be\s+(?:noted|"
    r"recalled|remembered)|have\s+been|not\s+be\s+forgotten)",
)
_MODAL_ANY = re.compile(
    r"^(?:(?:[^,]{0,40}|(?:In|Following|Ahead|After|Given|As|With|Despite|Amid|Rather|Instead|"
    r"Before|Since|Until|Under|At|Recogni[sz]ing|Noting|Considering|Acknowledging|Welcoming|"
    r"Bearing|Taking|Having|Reaffirming|Recalling|Emphasi[sz]ing|Stressing|Underlining|"
    r"Highlighting|Reiterating|Keeping)\s[^,]{0,250}),\s*(?!(?:who|which|that)\b))?"
    # "The new repair rules (Art5) should": a short bracket inside the subject, and a word in
    # quotation marks ("The EU “simplification” agenda should"); "human rights,High
    # Commissioner": a comma that lost its space
    r"(?P<subject>[A-Za-z][\w'’‘,-]*(?:(?:,\s*|\s+)(?:[\w'’‘-]+|\([\w'’‘ .-]{1,30}\)|"
    r"[“\"][\w'’‘ -]{1,40}[”\"]))"
    r"{0,14}?)(?<!\sthat)(?<!\swhich)(?<!\swho),?\s+"
    r"(?:can,?\s+and\s+)?(?:must|should|needs?\s+to|ought\s+to|MUST|SHOULD),?\s+"
    r"(?!have\s+been\b|be\s+noted\b|be\s+recalled\b)"
    # "Residents could face persecution should they be returned": a condition, not a demand
    r"(?!(?:they|it|he|she|we|you|i|there)\s|(?:this|that|these|those)\s+(?:be|fail|happen|occur|"
    r"prove|not)\b)"
)
# "We must build a system where ...", "Together, we can and must": the authors bind themselves.
_WE_MUST = re.compile(
    r"^(?:[^,]{0,40},\s*)?we\s+(?:(?:can|all|too),?\s+(?:and\s+)?)?(?:must|should),?\s+"
    r"(?!(?:not\s+forget|remember|recall|note|stress|emphasi[sz]e|say|admit|acknowledge|recogni[sz]e|"
    r"be|also\s+note|ask\s+ourselves)\b)[a-z]+",
    re.IGNORECASE,
)
# Where an addressed clause may start inside a sentence: after a label or a colon
# ("Remediation: The EU FLR should ...", "Our organisations are unequivocal: this ... must"),
# and after the authors' belief ("we believe that the UK can, and must, begin").
_CLAUSE_START = re.compile(
    # and after a semicolon: "The report lists the brands; these companies must ensure"
    r"^[^:]{1,80}:\s+|^[^;]{1,200};\s+|\bwe\s+(?:\w+\s+)?(?:believe|think|consider|are\s+convinced|insist|maintain|"
    r"argue|submit|contend)\s+that\s+|"
    # "It is our view that the UK holds influence over Bahrain and should use it"
    r"\bit\s+is\s+our\s+(?:\w+\s+)?(?:view|belief|position|conviction)\s+that\s+|"
    # and after a condition: "If the EU wants to uphold its sovereignty(,) it must not pause"
    r"^(?:if|unless)\s[^.;:!?]{1,200}?(?:,\s*(?:then\s+)?|\s+(?=(?:it|they|you)\s+(?:must|should)\b))",
    re.IGNORECASE,
)
_LEAD_CUE = re.compile(
    rf"\b(?:{_PRESENT}|recommendations?|our\s+(?:asks|demands|requests)|we\s+ask\s+that|"
    r"(?:asks|demands|requests|recommendations|calls|priorities)\s+(?:[\w-]+\s+){0,6}?(?:are|include)"
    r"(?:\s+that)?|"
    r"efforts\s+to|steps\s+to|measures\s+to|as\s+follows|the\s+following|by|to|"
    r"must|should|needs?\s+to|ought\s+to)\s*[:\uff1a]\s*$"  # "In order to ..., it must:"
    # "We reaffirm our demands for an agreement that:"
    rf"|\b(?:{_PRESENT}|our\s+(?:asks|demands|requests|calls?))\b[^.;:!?]{{0,150}}?\bthat\s*[:\uff1a]\s*$"
    rf"|\b{_FIRST_PERSON}\s*,?\s*{_ADVERBS}{_PRESENT}\b|[请呼敦要促](?:求|吁|促)",
    re.IGNORECASE,
)
_HEADING_CUE = re.compile(
    # "Recommendations for the EU Forced Labour Regulation", "Investor Expectations"
    r"^(?:our\s+|investor\s+)?(?:key\s+|main\s+|specific\s+)?(?:recommendations?(?:\s+(?:for|to|on)"
    r"\s[^:.!?]{1,80})?|expectations|asks|demands|requests|"
    r"calls\s+to\s+action|what\s+we\s+ask|we\s+ask|we\s+recommend(?:\s+that)?(?:\s+[\w\s]{1,40})?)"
    r"\s*[:\uff1a]?$",
    re.IGNORECASE,
)
# Verbs that start a request in the imperative ("Call for the release ...", "Ensure that ...").
_IMPERATIVES = (
    r"call|urge|ensure|press|raise|adopt|support|take|make|use|follow|work|keep|establish|end|"
    r"stop|include|continue|condition|prioriti[sz]e|engage|suspend|impose|refrain|reject|demand|"
    r"request|seek|insist|commit|provide|develop|put|promote|protect|help|join|consider|speak|"
    r"express|conclude|reaffirm|reiterate"
)
_IMPERATIVE_START = re.compile(
    # (not "Those put to death today were:")
    rf"^(?:(?!(?:those|these|the|they|we|it|he|she|this|that|who|which)\s)\w+\s+)?"
    rf"(?:{_IMPERATIVES}|publicly|urgently|going\s+forward)\b",
    re.IGNORECASE,
)
# An item that starts with a verb in the imperative: under any sentence ending in ":", it asks.
_ITEM_VERB = re.compile(
    r"^(?:don[’']t\s+|do\s+not\s+|never\s+)?(?:immediately\s+|urgently\s+|publicly\s+|also\s+|fully\s+)?(?:"
    rf"{_IMPERATIVES}|echo|emphasi[sz]e|condemn|recogni[sz]e|acknowledge|release|allow|grant|"
    r"investigate|publish|ban|prohibit|withdraw|cease|halt|hold|address|appoint|create|revise|"
    r"reverse|repeal|remove|restore|respect|uphold|guarantee|implement|ratify|invest|increase|"
    r"reduce|phase|fund|facilitate|lift|open|monitor|disclose|introduce|require|set|strengthen|"
    r"enforce|review|assess|identify|mandate|share|refuse|avoid|limit|oppose|prevent|safeguard|"
    r"secure|designate|accept|abolish|apply|amend|align|build|close|coordinate|deliver|deploy|"
    r"dedicate|drop|expand|extend|give|invite|issue|launch|maintain|mobili[sz]e|pass|pursue|"
    r"redirect|reinstate|relocate|resume|scale|sign|terminate|vote|lock|challenge|encourage|"
    r"immunise|immunize|grow|tell|stand|act|listen|visit|reform|rebuild|redouble|"
    r"cancel|divest|exclude|sanction|freeze|seize|prosecute|track|trace|"
    r"certify|audit|train|educate|consult|involve|approve|endorse|champion|"
    r"pledge|defend|save|reunite|repatriate|resettle|admit|evacuate|pause|"
    r"outlaw|criminalise|criminalize|decriminalise|decriminalize|rescind|revoke|reconsider|"
    r"revisit|postpone|delay|accelerate|expedite|push|leverage|link|tie|mainstream|integrate|"
    r"embed|enable|empower|finance|allocate|distribute|transfer|waive|forgive|regulate|"
    r"oblige|evaluate|measure|declassify|tackle|scrap|abandon|affirm|confirm|clarify|explain|"
    r"answer|respond|instruct|direct|nominate|elect|negotiate|recall|resist|defund|boycott|shut|"
    r"unblock|reopen|retract|rethink|redesign|replace|upgrade|foster|improve|enhance|reinforce|"
    r"convene|conduct|collect|commission|recommit|comply|compensate|remedy|honou?r|fulfill?|"
    r"restrict|treat|prepare|abide|bring|shift|lower|complete|demonstrate|send|return)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^(\d{1,2})([.)])\s")
_ITEM = re.compile(
    r"^(?:- |[-–](?=[A-Z])|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|\d{1,2}[.)](?=[A-Z])|"
    r"\d{1,2}\.\d{1,2}\.?\s+|"  # "5.1 Release all ..."
    r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+)"
)
_ABBREVIATIONS = [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "nr",  # "ordonanța nr. 13", "Gesetz Nr. 5"
    "art",
    "arts",
    "para",
    "paras",
    "vol",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "cf",
    "gen",
    "col",
    "lt",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "corp",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "approx",
]
# Capitals with accents and in Greek and Cyrillic: "État", "Łódź", "Șeful", "Правительство"
_CAPITALS = "".join(
    c for c in (*map(chr, range(0xC0, 0x530)), *map(chr, range(0x1E00, 0x2000))) if c.isupper()
)
_SENTENCE_END = re.compile(
    # the next sentence may open with „ « ¿ ¡ and any capital: "„Handeln Sie", "État"
    rf"(?<=[.!?])[\"”“’»)\]]*\s+(?=[\"“‘„«¿¡(\[]?[A-Z0-9{_CAPITALS}\uac00-\ud7a3])|"
    r"(?<=[。\uff01\uff1f\uff1b])"
)
_SAID = re.compile(
    r"(?:[\"”“]\s*,?\s*(?:(?P<v1>said|says|added|wrote|stated|told\s+[\w\s]{1,30})\s+"
    r"(?P<s1>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|he|she|they)"
    r"|(?P<s2>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|he|she|they)\s+"
    r"(?P<v2>said|says|added|wrote|stated)))",
)
_ATTRIBUTION_BEFORE = re.compile(
    r"(?P<subject>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\b[^\"“]{0,80}"
    r"(?:said|says|wrote|writes|stated|added|tweeted|to\s+say)\s*[:,]?\s*[\"“]"
)
_PRONOUNS = {"they", "he", "she", "it", "their", "them"}
_ALIASES = {
    "meps": "European Parliament",
    "the meps": "European Parliament",
    "the european parliament": "European Parliament",
    "parliament": "European Parliament",
    "the parliament": "European Parliament",
    "members of the european parliament": "European Parliament",
}
_GENERIC_AUTHORS = re.compile(
    r"^(?:the\s+|a\s+group\s+of\s+|a\s+number\s+of\s+)?(?:rights?\s+|human\s+rights\s+|civil\s+"
    r"society\s+)?(?:groups?|organi[sz]ations|ngos|signatories|coalition|letter|campaigners|"
    r"activists|authors|they)$",
    re.IGNORECASE,
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
        return asdict(self)


@dataclass
class _Unit:
    text: str
    start: int
    item: bool = False


@dataclass
class _Context:
    authors: Sequence[str]
    letter: bool  # the authors write in their own voice (a letter), not a report about one
    names: tuple[str, ...] = ()  # the authors' names as written
    last_party: str | None = None
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


def find_asks(
    text: str, source: str = "", authors: Sequence[str] = (), own: bool = False
) -> list[Ask]:
    """Every ask in `text`, in order. `authors` are names the document's authors go by
    (organisation names and short names), so "The UNPO urges ..." in UNPO's own statement
    is the authors' ask. `own` says the text is the authors' own letter, petition or
    statement (its corpus entry says so), even where it speaks of them in the third person
    ("A group of 60 Uyghur organizations are calling for"); without it the voice is guessed."""
    names = _with_acronyms([a for a in authors if a])
    ctx = _Context([a.lower() for a in names], own or is_letter(text), names=names)
    if not ctx.letter and names_a_caller(text, ctx.names):
        ctx.letter = True  # "ICT and other groups are calling on" on ICT's own page
    ctx.last_party = _reported_writers(text)
    asks: list[Ask] = []
    lead: tuple[str, str] | None = None  # (lead-in, asker) of the list being read
    colon: tuple[str, str] | None = None  # a sentence ending in ":" that may lead a list
    in_recommendations = False
    open_item = False  # the list's last item ended "...; and": the list goes on
    lead_open = False  # the lead-in ends "... that" or "... to", with no colon
    # the lead-in of a numbered list, the number's mark and the number that would continue it:
    # "1) Deliver right to repair", paragraphs explaining it, then "2) Broad access to parts"
    numbered: tuple[tuple[str, str], str, int] | None = None
    for block in _blocks(text):
        # a list whose markers the page lost: paragraphs after the lead-in that start with a
        # verb ("Commit to ...;") or follow an item that ended "; and"
        flat = (
            not block.item
            and lead is not None
            and not block.text.endswith((":", "\uff1a"))
            and (
                open_item
                or _ITEM_VERB.match(block.text) is not None
                # "We demand that" over "China release Gui Minhai.": a lead-in with no colon
                # runs on into its clauses, each a sentence of its own
                or (
                    lead_open
                    and block.text.endswith((".", ";"))
                    and len(block.text.split()) <= 60
                    and _OWN_CLOSING.match(block.text) is None
                    and _POINTER.search(block.text) is None
                )
            )
        )
        if _SIGNED_BY.match(block.text):
            lead = colon = numbered = None  # "Signed by," over the signatories: the asks have ended
            continue
        if not block.item and _HEADING_CUE.match(block.text):
            in_recommendations, lead = True, None  # "Recommendations", "Investor Expectations"
            continue
        # under such a heading, paragraphs that start with a verb are its items
        recommended = (
            not block.item
            and lead is None
            and in_recommendations
            and _ITEM_VERB.match(block.text) is not None
        )
        if not (flat or recommended) and _is_headline(block):
            continue  # a headline that asks is not itself the ask
        if block.item or flat or recommended:
            # "an agreement that: Considers ...; Includes ...; Does not promote ... markets.":
            # the full stop after semicolons ends the clauses
            last_item = flat and lead_open and open_item and block.text.endswith(".")
            open_item = flat and block.text.endswith((";", " and", " or"))
            body, offset = _item_body(block.text)
            start, end = block.start + offset, block.start + len(block.text)
            if flat and lead is not None:
                # a lost list run into one paragraph: "Stop detaining .... End the violence ...."
                for piece in _imperative_runs(block):
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
                number = _NUMBER.match(block.text)
                if number is not None:
                    numbered = lead, number.group(2), int(number.group(1)) + 1
            elif (
                numbered is not None
                and (number := _NUMBER.match(block.text)) is not None
                and (number.group(2), int(number.group(1))) == numbered[1:]
            ):
                (lead_in, asker), mark, following = numbered
                asks.append(Ask(source, body, start, end, lead_in, asker, "item"))
                numbered = numbered[0], mark, following + 1
            elif in_recommendations:
                asks.append(Ask(source, body, start, end, "", "authors", "item"))
            elif colon is not None and _ITEM_VERB.match(body):
                asks.append(Ask(source, body, start, end, colon[0], colon[1], "item"))
            elif (found := _classify(_first_sentence(body), text, start, ctx)) is not None:
                asks.append(Ask(source, body, start, end, found[0], found[1], "item", found[2]))
            if last_item:
                lead, lead_open = None, False
            continue
        words = len(block.text.split())
        if _NOTE.match(block.text):
            continue  # a footnote printed between a lead-in and its list does not end the list
        if not (in_recommendations and words <= 12 and block.text.endswith((":", "\uff1a"))):
            in_recommendations = False
        lead = colon = None
        lead_open = False
        sentences = list(_sentences(block))
        before: tuple[str, str, bool] | None = None  # the ask just read in this paragraph
        for index, unit in enumerate(sentences):
            found = _classify(unit.text, text, unit.start, ctx)
            if found is None and before is not None and _ITEM_VERB.match(unit.text):
                # "The letter calls on Member States to make three commitments. Support only
                # women candidates. Ensure ...": the imperatives that follow an ask are its items
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
                    lead_open = bool(_OPEN_LEAD.search(unit.text)) or lang.is_foreign(unit.text)
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
                    elif _LEAD_CUE.search(unit.text) or _IMPERATIVE_START.match(unit.text):
                        lead = unsaid
                        # "our demands for an agreement that:" over "Considers a quantum ...;"
                        lead_open = re.search(r"\bthat\s*[:\uff1a]$", unit.text) is not None
                    else:  # "EU leaders will take five actions at the summit:" + imperative items
                        colon = unsaid
                continue
            if found is not None:
                asks.append(
                    Ask(
                        source, unit.text, unit.start, end, found[0], found[1], "sentence", found[2]
                    )
                )
    return asks


# "Signed by:", "List of signatories (42)": the asks have ended, the signatures begin
_SIGNED_BY = re.compile(
    r"^(?:(?:co-?)?signed|endorsed|supported)(?:\s+by)?\s*[,:]?$|^(?:list\s+of\s+)?"
    r"(?:signatories|signatures|endorsements?|signed)\s*(?:\(\d+\))?\s*[,:]?$",
    re.IGNORECASE,
)
# "over 160 organisations, representing ...": the signatories counted
_COUNTED_GROUP = re.compile(
    r"\b\d[\d,.]*\+?\s+(?:[\w-]+\s+){0,4}(?:organi[sz]ations|groups|ngos|csos|unions)\b", re.I
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
# A campaign page's call to its readers: "Urge South Africa to lead", "Tell brands to pay",
# "Add your voice", "Sign on to the letter".
_CALL_TO_ACTION = re.compile(
    r"^(?:(?i:urge|tell|ask|call\s+on|write\s+to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+\S+){0,8}?\s+to\s+[a-z]|"
    r"(?i:add\s+your\s+(?:voice|name)|sign\s+(?:on\s+to|the|our|this))\b)",
)
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


def _is_headline(block: _Unit) -> bool:
    """A title, headline or standfirst: one short line with no closing punctuation (a
    paragraph cut short, or ending in a footnote number, runs on over several sentences)."""
    if block.item or block.text.endswith(_FINAL) or len(block.text.split()) > 30:
        return False
    if _OPEN_LEAD.search(block.text):
        return False  # a lead-in that runs on into its list
    if re.search(r"[.!?;:][\d\]\)]{1,4}$", block.text):
        return False  # "... the Protocol.3": a sentence with its footnote number
    if re.search(r"\byou\b", block.text, re.IGNORECASE):
        return False  # "We urge you to ratify the Protocol (P29)" lost its full stop
    if _FIRST_ASK.search(block.text) and (block.start > 0 or len(block.text.split()) > 15):
        return False  # but the page's first line, "We urge the release of ...", is its title
    return len(list(_sentences(block))) == 1


_QUALIFIER = re.compile(
    r",\s*(?:[\w.-]+\s+)?(?:section|chapter|branch|office|inc\.?|ltd\.?|e\.\s?v\.)$|,\s*[A-Z]{2,3}$",
    re.IGNORECASE,
)


def _with_acronyms(names: list[str]) -> tuple[str, ...]:
    """The authors' names and the other names they are known by: "Coalition on Human Needs"
    is also "CHN", "Uyghur Rights Advocacy Project" also "URAP", "Save Uighur" also
    "SaveUyghur"."""
    others: list[str] = []
    # "Association of European Journalists, UK section" is also the association's own name
    # (not "Women, Peace and Security Network": "Women")
    names = [*names, *(name.split(",")[0] for name in names if _QUALIFIER.search(name))]
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
    return (*names, *dict.fromkeys(other for other in others if other and other not in names))


def _first_sentence(text: str) -> str:
    return next(_sentences(_Unit(text, 0)), _Unit(text, 0)).text


def is_letter(text: str) -> bool:
    """Whether the text speaks in its authors' voice (a letter, petition or statement) rather
    than reporting on one (a news report)."""
    embedded = _EMBEDDED_LETTER.search(text)
    if embedded is not None and embedded.start() > 200 and not is_letter(text[: embedded.start()]):
        return False  # a report that then reproduces the letter: "Here is the letter:"
    head = text[:1500]
    if re.search(
        r"^\s*(?:(?:dear|to the attention of|to the attn\.? of|attn:?|to:)\b|"
        r"(?:your\s+)?excellenc(?:y|ies)\b)",
        head,
        re.I | re.M,
    ):
        return True
    if re.search(
        r"^[^\n]{0,60}\b[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \((?:[A-Z]{2,10})\)", head, re.M
    ):
        return False  # a wire dateline: "Brussels [Belgium] March 23 (ANI):"
    outside = _ANY_QUOTE.sub(" ", text)
    if (
        _UNDERSIGNED.search(outside)
        or _FIRST_ASK.search(outside)
        or any(_LETTER_TITLE.match(line) for line in _opening_lines(text))
    ):
        return True  # the signatories speak: "We, the undersigned", "we urge you to"
    first = len(_WE.findall(outside))
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
    r"^(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:letter|statement|appeal)\s+(?:reads|states|said|says)"
    r"(?:\s+as\s+follows|\s+in\s+(?:full|part))?\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Words every running text has, in the languages letterkit reads: enough of them and no "we"
# makes a report.
_FUNCTION_WORD = re.compile(
    r"\b(?:the|and|of|to|le|la|les|des|du|et|el|los|las|del|y|os|da|do|das|dos|il|di|der|die|und|"
    r"og|och|att|și|în|és|az|ve|yang|dan|и|в|на|что|і|та|що|και|το)\b",
    re.IGNORECASE,
)


def _opening_lines(text: str) -> list[str]:
    """The first two lines that are not a bare date: the title and the subtitle."""
    lines = [line.strip() for line in text[:1500].split("\n") if line.strip()]
    return [line for line in lines if not re.fullmatch(r"[\d/.\-\s]+", line)][:2]


# (and the German „...“)
_QUOTE_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]|„[^\"“”„]*[\"“”]")
# An organisation speaking of itself in the present: "The UNPO welcomes", "... Region calls on".
_NAMED_STANCE = re.compile(
    r"\b(?!(?:He|She|It|They|This|That|Parliament|Commission|Council|Government|Court|Committee|"
    r"Assembly|UN|China|Beijing|Ministry|Letter|Statement|Appeal|Petition|Report)\b)(?<!\bby\s)[A-Z][\w.&-]*(?:\s+\([A-Z][\w.&-]*\))?\s+(?i:(?:welcomes|condemns|urges|calls\s+"
    r"(?:on|upon|for)|applauds|deplores|denounces|appeals\s+to))\b"
)
# A paragraph that quotes the letter without opening its quotation: '... be proposed.", says
# the letter'. It is quoted from its start.
_OPEN_QUOTE = re.compile(
    # (and one closed with the wrong mark: '“We call on ..., “said Ndaruzaniye')
    r"^[\"“]?[^\"“”\n]+[\"”“](?=\s*,?\s*(?:says|said|reads|read|states|stated|writes|wrote|adds|"
    r"added)\b)",
    re.MULTILINE,
)
# A coalition's own release: "..., a coalition of human rights NGOs said today."
_SAID_TODAY_SELF = re.compile(
    r"\b(?:coalition|alliance|network|groups|organi[sz]ations|ngos)[^.;:!?]{0,40}\s+said\s+today\b",
    re.IGNORECASE,
)
_ANY_QUOTE = re.compile(
    rf"[\"“][^\"“”]*[\"”]|‘[^‘’]*’(?!\w)|«[^«»]*»|{_OPEN_QUOTE.pattern}"
    # a quotation over several paragraphs: each opens with a mark, only the last one closes
    r"|^[\"“][^\"“”\n]*$",
    re.MULTILINE,
)
_UNDERSIGNED = re.compile(r"\b(?:we,?\s+)?the\s+undersigned\b|^we,\s", re.IGNORECASE | re.MULTILINE)
_LETTER_TITLE = re.compile(
    r"\s*(?:(?:joint|open)\s+(?:[\w-]+\s+){0,3})?(?:statement|letter)\s*(?::|to\b|from\b|by\b|on\b)"
    r"|\s*(?:joint\s+)?statement\s*[–—-]\s"  # "Joint Statement – Respect International Law"
    r"|\s*for\s+immediate\s+release\b"  # an organisation's own release
    # "Communiqué commun signé par", "Carta abierta", "Offener Brief", "Gezamenlijke verklaring"
    r"|\s*(?:communiqu[ée]|d[ée]claration|lettre|comunicado|declaraci[óo]n|carta|comunicato|"
    r"lettera|dichiarazione)\s+(?:commune?|conjointe?|ouverte|conjunt[oa]|abiert[oa]|abert[oa]|"
    r"congiunt[oa]|apert[oa])\b|\s*(?:offener\s+brief|gemeinsame\s+erklärung|open\s+brief|"
    r"gezamenlijke\s+(?:verklaring|brief))\b",
    re.IGNORECASE,
)
_WE = re.compile(
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


def _reported_writers(text: str) -> str | None:
    """In a report, who wrote the letter it reports ("a group of rights organisations")."""
    head = text[:3000]
    verb = _WROTE.search(head)
    if verb is None:
        return None
    subject = re.search(r"[\w\s'-]{3,80}$", head[max(0, verb.start() - 80) : verb.start()])
    return _noun_phrase(subject.group()) if subject else None


_WROTE = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:written|wrote|sent|signed|published|issued)"
    r"\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:letter|statement|petition|appeal)"
)


def _blocks(text: str) -> Iterator[_Unit]:
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            yield _Unit(stripped, start, bool(_ITEM.match(stripped)))
        offset += len(line) + 1


def _imperative_runs(block: _Unit) -> Iterator[_Unit]:
    """A paragraph cut where a sentence starts with a verb in the imperative."""
    run: _Unit | None = None
    for unit in _sentences(block):
        if run is None or _ITEM_VERB.match(unit.text):
            if run is not None:
                yield run
            run = unit
        else:
            run = _Unit(
                block.text[run.start - block.start : unit.start - block.start + len(unit.text)],
                run.start,
            )
    if run is not None:
        yield run


def _item_body(text: str) -> tuple[str, int]:
    match = _ITEM.match(text)
    return (text[match.end() :], match.end()) if match else (text, 0)


def _sentences(block: _Unit) -> Iterator[_Unit]:
    text, start = block.text, 0
    for match in _SENTENCE_END.finditer(text):
        # only the last word matters: looking further back makes a long run of "Dec." quadratic
        before = text[max(start, match.start() - 40) : match.start()].rstrip('"”’)]')
        words = before.split()
        last = words[-1].lower().strip('("“‘[').rstrip(".") if words else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        raw = text[start : match.start()]
        piece = raw.strip()
        if piece:
            yield _Unit(piece, block.start + start + len(raw) - len(raw.lstrip()))
        start = match.end()
    piece = text[start:].strip()
    if piece:
        yield _Unit(piece, block.start + start + (len(text[start:]) - len(text[start:].lstrip())))


def _classify(sentence: str, whole: str, where: int, ctx: _Context) -> tuple[str, str, bool] | None:
    """(lead-in, asker, quoted) when the sentence asks, else None."""
    quoted, speaker = _quotation(sentence, whole, where, ctx)
    # "we urge", and the authors' own earlier calls: "we have long called on", "we joined
    # forces with ... to call for"
    pasts = (
        m
        for m in _FIRST_PAST.finditer(sentence)
        if _PAST_OBJECT.match(sentence, m.end()) or _CALL_WORD.search(m.group(0))
    )
    for match in (*_FIRST_ASK.finditer(sentence), *pasts):
        if _negated(sentence, match.start()):
            continue
        if ctx.letter and speaker is not None and _names_an_author(speaker, ctx):
            return match.group(0), "authors", False  # '"We call for ...," Right Livelihood said'
        if not ctx.letter or quoted:
            return match.group(0), speaker or ctx.reported_by, True
        return match.group(0), "authors", False
    if _NOTE.match(sentence) or _is_heading(sentence):
        return None  # a citation; a title
    if _POLITE.match(sentence.lstrip('"“')):
        asker = "authors" if ctx.letter else speaker or ctx.reported_by
        return sentence.split()[0].strip('"“'), speaker or asker if quoted else "authors", quoted
    if ctx.letter and not quoted and _CALL_TO_ACTION.match(sentence):
        return sentence.split()[0], "authors", False  # "Urge South Africa to lead the G20 ..."
    if quoted and not ctx.letter and sentence.endswith(_FINAL):
        # a report quoting the letter's own imperative: '"Do not sign it into law." ...'
        bare = sentence.lstrip('"“‘«„ ')
        capital = bare[:1].isupper()
        bare = re.sub(r"^(?:Instead|Rather|Also|And|Then|Now|So|Finally),?\s+", "", bare)
        # (not a noun that looks like one: "Press freedom is under threat")
        noun = re.match(r"\S+\s+\S+\s+(?:is|are|was|were|has|have|had)\b", bare)
        if capital and _ITEM_VERB.match(bare) and noun is None:
            return bare.split()[0], speaker or ctx.reported_by, True
    third = _third_party(sentence, ctx)
    if third is not None:
        return third
    letter = ctx.letter
    said = _SAID_TAIL.search(sentence)
    if said is not None and not quoted:  # "X should act, said the Coalition to End ..."
        quoted, speaker = True, said.group("who") or said.group("who2")
        if ctx.last_party and (_GENERIC_AUTHORS.match(speaker) or speaker.lower() in _PRONOUNS):
            speaker = ctx.last_party  # "..., the groups said": the groups named before
        if _names_an_author(speaker, ctx) or (letter and _names_the_authors(speaker, "")):
            quoted, letter = False, True
    dated = _LEADING_TIME.match(sentence)  # "DHAKA, March 15 (Reuters) - Brands should"
    bare = sentence[dated.end() if dated else 0 :].lstrip('"“‘ ')
    modal = _modal(bare)
    subject = modal.group("subject").split() if modal else []
    # in a letter, "It should promote ...": the body the letter is about, asked to act
    # and after a condition, "If the EU wants ..., it must": "it" is the condition's body
    # and "This must end now.": the abuse the letter describes
    it_acts = (
        modal
        and letter
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
    # letter is about, asked for ("They should arrive on Monday" may only expect it)
    people_act = (
        modal
        and letter
        and not quoted
        and len(subject) == 1
        and subject[0].lower() in {"they", "these", "those", "he", "she"}
        and re.search(r"\bmust\b", modal.group(0), re.IGNORECASE) is not None
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
        and not _EPISTEMIC.match(bare, modal.end())  # "must have known": a guess, not a demand
        and not (letter and _STATED_THAT.search(modal.group("subject")))
    ):
        if quoted and not (ctx.letter and speaker and _names_the_authors(speaker, "")):
            return modal.group(0).strip(), speaker or ctx.reported_by, True
        if quoted or letter:  # quoted: 'The signatories conclude: "... should ..."' on their page
            return modal.group(0).strip(), "authors", False
        if _ACTOR.search(modal.group("subject")):
            # in a report, a demand on a government or company in nobody's quotation marks
            # restates the letter's
            return modal.group(0).strip(), ctx.reported_by, False
    passive = _PASSIVE_CALL.search(sentence)
    if passive is not None and not (letter and passive.group("tense").lower() == "were"):
        if quoted:
            return passive.group(0), speaker or ctx.reported_by, True
        return passive.group(0), ctx.asker(letter), False
    if letter and not quoted and (we_must := _WE_MUST.match(sentence)) is not None:
        return we_must.group(0), "authors", False
    relative = _RELATIVE_MODAL.search(sentence)
    if relative is not None and letter and not quoted:
        return relative.group(0).strip(), "authors", False  # "the community, who should act"
    vital = _VITAL.search(sentence)
    if vital is not None:
        said = _STRESS.match(sentence)
        if said is None:
            return None  # "It is vital that ..." states a need; nobody is asked
        party = said.group(1)
        party = (ctx.last_party or party) if party.lower() in _PRONOUNS else party
        party = _ALIASES.get(party.lower(), party)
        return sentence[: vital.end()], "authors" if party.lower() in ctx.authors else party, quoted
    if (  # a campaign page's "Make a Call to your United Nations Ambassador's office today."
        letter
        and not quoted
        and sentence[-1:] in (".", "!")
        and (to_reader := _ITEM_VERB.match(sentence)) is not None
        and sentence[:1].isupper()
        and re.search(r"\byour\b", sentence, re.IGNORECASE)
        # not the closing "Accept, Your Excellency, the assurances of our highest consideration"
        and not re.match(r"\w+,", sentence)
        and not re.search(r"\bexcellenc", sentence, re.IGNORECASE)
    ):
        return to_reader.group(0), "authors", False
    korean_or_japanese = _korean_or_japanese(sentence, ctx)
    if korean_or_japanese is not None:
        return korean_or_japanese or None
    chinese = _chinese(sentence, ctx)
    if chinese is not None:
        return chinese
    passive = lang.PASSIVE.search(sentence)
    other = lang.ASK.search(sentence) or passive
    if other is not None and letter and not quoted:
        return other.group(0), "authors", False
    purpose = lang.PURPOSE.search(sentence) if letter and not quoted else None
    if purpose is not None and _WE.search(sentence[: purpose.start()]):
        return purpose.group(0), "authors", False
    if other is not None and quoted:  # '„Handeln Sie jetzt“, heißt es in dem Brief'
        return other.group(0), speaker or ctx.reported_by, True
    # in a letter, "la FIDH et la LDH appellent le Président", "De brief roept op tot": the
    # signatories' call restated, unless another body is calling
    restated = lang.RESTATED.search(sentence) if letter and not quoted else None
    if (
        restated is not None
        and lang.is_foreign(sentence)
        and sentence[-1:] in _FINAL  # not a headline
        and not lang.BODY.search(sentence[: restated.start()])
        and not re.search(  # "car ils exposent l'injustice et exhortent": a description
            r"\b(?:car|parce|qui|que|porque|perché|quando|lorsque|weil|omdat)\b",
            sentence[: restated.start()],
            re.IGNORECASE,
        )
    ):
        return sentence[: restated.end()], "authors", False
    must = lang.MODAL.match(sentence)
    if must is not None and not quoted:  # "Tanto la UE como el Gobierno deben hacer público"
        return must.group(0), ctx.asker(letter), False
    if letter or quoted or not lang.is_foreign(sentence):
        return None  # not "Police cited exigent circumstances"
    reported = lang.REPORTED.search(sentence)
    if reported is not None:
        return reported.group(0), _foreign_subject(sentence[: reported.start()], ctx), False
    # a passive's subject is who is asked: "Die Bundesregierung wird aufgefordert"
    return (passive.group(0), ctx.reported_by, False) if passive is not None else None


def _foreign_subject(before: str, ctx: _Context) -> str:
    """Who makes a call reported in another language: the party last named, else the words
    before the verb when they name someone."""
    subject = before.strip()
    if ctx.last_party is None and subject[:1].isupper() and lang.SUBJECT.fullmatch(subject):
        return subject
    return ctx.reported_by


_FINAL = (".", "!", "?", ":", ";", "。", "\uff01", "\uff1f", "”", '"', "’")
_SAID_TAIL = re.compile(
    r",\s*(?:(?:said|says|according\s+to|stated|added)\s+(?P<who>(?:(?:the|a|an)\s+)?[A-Z][^,.;:!?]{1,100}?)"
    r"|(?P<who2>(?:(?:the|a|an)\s+)?[A-Z0-9][^,.;:!?]{1,100}?|(?:the|a|an)\s+[^,.;:!?]{1,100}?)\s+"
    r"(?:said|says|stated|added))(?:\s+(?:today|yesterday|on\s+[A-Z]\w+|this\s+week))?"
    r"(?:\s+in\s+(?:a|an|the|their|its)\s+[^,.;:!?]{1,100})?\s*[.!]?$"
)
# A footnote: "12 See ...", "3 UN Doc ..."; not "70 civil society groups sent ..."
_NOTE = re.compile(
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


def _chinese(sentence: str, ctx: _Context) -> tuple[str, str, bool] | None:
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
    if found is None or sentence[-1:] not in _FINAL:
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


def _korean_or_japanese(
    sentence: str, ctx: _Context
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
    reported = lang.KO_JA_REPORTED.search(body, start)
    if reported is not None:
        return body[: reported.end()], ctx.reported_by, False
    return False


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
    r"\b(?:government|authorities|state|states|eu|european|union|commission|council|parliament|"
    r"un|united\s+nations|international|community|compan(?:y|ies)|firms|brands|banks|investors|"
    r"leaders|ministers?|ministries|ministry|president|countries|members?|delegations?|"
    r"platforms?|institutions?|commissioner|rapporteurs?|fifa|ioc|associations|organi[sz]ations|"
    r"groups|agreement|deal|treaty|resolution|law|regulation|directive|summit|(?-i:[A-Z]{2,}))\b"
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
    r"sets?\s+out|provides|stipulates|establishes|states)\s+that\s",
    re.IGNORECASE,
)
_IT_ACTS = re.compile(
    r"(?:(?:also|clearly|further|therefore|firmly|explicitly|publicly|urgently)\s+)*"
    r"(?!(?:be|not|have|come|go|seem|appear|take|remain|suffice|matter|happen|mean|cost|help|"
    r"make\s+sense|stand|last|read)\b)[a-z]+\b"
)
_EPISTEMIC = re.compile(r"(?:have|be\s+(?:expected|likely))\b", re.IGNORECASE)
# "AU and EU leaders are urged to reaffirm ...", "firms were encouraged to report ...": the
# call without its caller. Now it is the writer's; in the past only a report's.
_PASSIVE_CALL = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?P<tense>are|is|were)\s+(?:\w+ly\s+|also\s+|therefore\s+)?(?:urged|called\s+(?:up)?on|"
    r"encouraged|requested)\s+to\s+[a-z]+",
    re.IGNORECASE,
)
_RELATIVE_MODAL = re.compile(
    r"\b(?:community|communities|states|governments?|leaders|partners|countries|institutions|"
    r"union|council|commission|parliament|members|authorities|companies|businesses),?\s+who\s+"
    r"(?:should|must)\s+(?!be\b|have\b|not\s+be\b)[a-z]+",
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


_CLAUSE_FIRST = {"we", "i", "if", "unless"}  # the demand, if any, is in a later clause


def _modal(sentence: str) -> re.Match[str] | None:
    """The "<someone> must/should" at the start of the sentence or of a clause in it."""
    own = found = _MODAL.match(sentence) or _MODAL_ANY.match(sentence)
    first = found.group("subject").split()[0].lower() if found is not None else ""
    if found is not None and first not in _CLAUSE_FIRST and first != "it":
        return found  # not "We also believe that the Council must": its clause is tried below
    for start in _CLAUSE_START.finditer(sentence):
        clause = sentence[start.end() :]
        found = _MODAL.match(clause) or _MODAL_ANY.match(clause)
        second = _AND_THAT.search(clause) if start.group(0).lower().startswith("we") else None
        if found is None and second is not None:
            # "We argue that existing law is weak, and that the Government must"
            clause = clause[second.end() :]
            found = _MODAL.match(clause) or _MODAL_ANY.match(clause)
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
    r"\b(?:to\s+(?:call|urge|ask|demand|request)|urging|calling|demanding|asking|requesting|"
    r"called\s+(?:\w+ly\s+)?(?:for|on|upon))\b",
    re.I,
)
_PAST_OBJECT = re.compile(r"[^.;:!?]{0,100}?\b(?:to|that|for)\s+\w", re.IGNORECASE)


def _negated(sentence: str, at: int) -> bool:
    window = sentence[max(0, at - 30) : at].lower()
    return bool(re.search(r"\b(?:not|never|if|whether|unless)\b[^,]*$", window))


_OWN_TEXT = re.compile(r"\b(?:this|our|the|a)\s+(?:joint\s+|open\s+)?(?:statement|letter)\b", re.I)


def _third_party(sentence: str, ctx: _Context) -> tuple[str, str, bool] | None:
    leading = _LEADING_TIME.match(sentence)
    pos = leading.end() if leading else 0  # "Today, 17 April, EDRi ... call on": not "Today"
    while (site := _REQUEST_VERB.search(sentence, pos)) is not None:
        # _THIRD_ASK tries every start for its subject: only near a request verb it can match
        window = max(pos, site.start() - _SUBJECT_REACH), site.end() + _OBJECT_REACH
        match = _THIRD_ASK.search(sentence, *window)
        if match is None:
            pos = site.end()
            continue
        pos = match.end("verb")
        raw = match.group("subject")
        if (  # in a letter, "Below is a joint statement supported by X calling on China to"
            ctx.letter
            and _OWN_TEXT.search(raw)
            and re.match(r"(?:calling|urging|demanding)\b", match["verb"])
            and not _OTHER_BODY.search(raw)
        ):
            return sentence[match.start("verb") : match.end()].strip(), "authors", False
        # a passive ("was asked to"), an infinitive, or a noun ("the demands", "the
        # coalition's call for action")
        if _NOT_A_SUBJECT.search(raw) or (
            re.search(r"[’']s\s*$", raw)
            and re.fullmatch(r"calls?\s+\w+|demands?|appeals?\s+to|requests?", match["verb"])
        ):
            continue
        whole_subject = sentence[match.start("subject") : match.start("verb")]
        # the wider reach before the verb, where a count or an author's name may stand
        before_verb = sentence[max(0, match.start("verb") - 250) : match.start("verb")]
        raw = _APPOSITION.sub("", raw)  # "17 groups, including Amnesty International,"
        coordinated = bool(re.search(r"(?:,|\band)\s*$", raw))
        if coordinated and re.search(r"\b(?:we|i)\b", raw, re.I) and not _FIRST_PAST.search(raw):
            return sentence[match.start("verb") : match.end()].strip(), "authors", False
        party = _sentence_subject(sentence) if coordinated else _noun_phrase(raw)
        if (
            party is None
            and ctx.letter
            and (
                # (the count may lie further back than the subject's 120 characters: "a
                # coalition of more than 200 organizations ... sent a letter ... that calls on")
                _COUNTED_GROUP.search(before_verb) or _names_an_author(whole_subject, ctx)
            )
        ):
            # "On July 10, Athlete Ally, the WSF and prominent members of the athletic
            # community sent": a subject too long to read, but one of the authors is in it
            return sentence[match.start("verb") : match.end()].strip(), "authors", False
        if party is None:
            continue
        lead_from = match.start("verb") if coordinated else match.end("subject") - len(party)
        lead = sentence[lead_from : match.end()].strip()
        lowered = party.lower()
        if re.fullmatch(_FIRST_PERSON, lowered):
            if coordinated and ctx.letter and lowered.startswith("the undersigned"):
                # "The undersigned groups oppose ... and urge you" (not "We recall that the
                # CSOs, meeting in Abuja, urged": "we" begins another clause)
                return sentence[match.start("verb") : match.end()].strip(), "authors", False
            continue  # first person is _FIRST_ASK's (or a report of a past call)
        if ctx.letter and lowered.startswith("our "):
            return lead, "authors", False  # "Our coalition calls on", "Our meeting requests"
        if lowered in _PRONOUNS and ctx.last_party is None and ctx.letter:
            return lead, "authors", False  # "They are calling on ..." with no one else named
        addressed = re.match(
            r"\s+(?:to\s+)?(?:you\b|your\s+excellenc)", sentence[match.end("verb") :], re.I
        ) or re.match(
            r"(?:(?:are|is)\s+)?writing\s+to\s+you\b", match["verb"]
        )  # "The IFJ, Freedom House and RSF are writing to you to seek"
        finite = not re.fullmatch(_PAST, match["verb"], re.I) and not re.match(
            r"(?:calling|urging|asking|demanding|requesting)\b", match["verb"]
        )  # not "your workers calling for you to close the warehouses"
        if ctx.letter and addressed and finite and not _OTHER_BODY.search(whole_subject):
            return lead, "authors", False  # in a letter, who "call on you" now wrote it
        if ctx.letter and re.match(
            r"(?:reiterat|renew|echo|repeat)\w*\s+(?:.*\s)?our\b", match["verb"], re.I
        ):
            return lead, "authors", False  # "The Lebanon INGO Forum reiterates our call for"
        # "Amnesty International said today as it joined ... in calling for": an author named
        # in the sentence is who "it" is
        named_author = _names_an_author(before_verb, ctx)
        if lowered in _PRONOUNS and not named_author:
            party = ctx.reported_by
        elif (
            named_author
            or _is_author(party, ctx)
            or (ctx.letter and _names_the_authors(whole_subject, match.group("verb")))
            or (ctx.letter and coordinated and _names_the_authors(party, match.group("verb")))
        ):
            return lead, "authors", False  # now, or an earlier call they report
        party = _ALIASES.get(party.lower(), party)
        ctx.last_party = party
        return lead, party, False
    return None


def names_a_caller(text: str, names: Sequence[str]) -> bool:
    """Whether one of the authors is named, outside quotations, as making a call in the
    active voice ("FairWork and 40 groups call on", "..., FairWork said today")."""
    outside = _ANY_QUOTE.sub(" ", text)
    for name in names:
        if len(name) > 3:
            for named in _name_pattern(name).finditer(outside):
                window = outside[named.end() : named.end() + 80]
                verb = _REQUEST_VERB.search(window) or lang.REPORTED.search(window)
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


@lru_cache(maxsize=256)
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as written, as a whole word, and not as a possessive ("Amnesty's report")."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)(?![’']s\b)")


def _names_an_author(subject: str, ctx: _Context) -> bool:
    """Whether one of the authors is among those a subject lists: "Human Rights Watch and 59
    other groups", "the International Campaign for Tibet (ICT) and FIDH"."""
    if any(len(name) > 3 and _name_pattern(name).search(subject) for name in ctx.names):
        return True
    parts = re.split(r",\s*|\s+(?:and|together\s+with|alongside)\s+", subject)
    return any(_is_author(re.sub(r"\s*\([^()]*\)", "", part).strip(), ctx) for part in parts)


def _is_author(party: str, ctx: _Context) -> bool:
    """Whether `party` is one of the authors by name or short name: "UNPO", "the UNPO",
    "the Coalition" for the Coalition to End Forced Labour in the Uyghur Region."""
    name = re.sub(r"^the\s+", "", party.lower())
    return name in ctx.authors or any(
        author.startswith(name + " ") and len(name) > 3 for author in ctx.authors
    )


def _names_the_authors(subject: str, verb: str) -> bool:
    """Whether a letter's third-person subject is the letter or its signatories: "the
    Coalition", "the joint letter", "70 civil society groups and 34 expert individuals",
    "Friends of the Earth Europe joins 225 organisations in calling on"."""
    clause = re.split(r"[;:]|,\s+(?:which|who|while|as|after|when)\b", subject)[-1]
    head = _HEAD_END.split(clause, maxsplit=1)[0]  # not "representing 18 million people"
    joined = verb if re.match(r"join", verb, re.IGNORECASE) else ""
    # "230 UN officials, judges and NGOs": a coalition that counts other bodies among its members
    other = _OTHER_BODY.search(head) and not _SELF_NOUN.search(head)
    return bool(_SELF_NOUN.search(clause + " " + joined)) and not other


# (and a relative clause: "The coalition, which will protest outside the embassy,")
_APPOSITION = re.compile(
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
    r"\b(?:coalition|alliance|network|organi[sz]ations|groups|ngos|csos|unions|signatories|"
    r"undersigned|clubs|federations|associations|campaign|"
    # "The Association has repeatedly demanded" (not "the German Association for Human Rights")
    r"(?<=\bthe\s)(?:association|federation)(?!\s+(?:for|of)\b)|"
    r"letter|statement|appeal|petition)\b",
    re.IGNORECASE,
)
_OTHER_BODY = re.compile(
    r"\b(?:UN|United\s+Nations|Parliament|MEPs|Commission|Council|[Gg]overnments?|"
    r"[Rr]apporteurs?|[Ss]hareholders|States|[Cc]itizens|[Pp]eople|[Cc]ompan(?:y|ies)|[Mm]inisters?|"
    r"[Ee]xperts|[Ww]orkers|[Tt]housands|[Mm]illions)\b"
)
# A date or time leading the sentence: "Today, 17 April,", "On Thursday, July 17th,".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_LEADING_TIME = re.compile(
    # a dateline: "Washington, DC— ", "GENEVA, December 30, 2021 — ", "Brussels (AFP) – "
    # and a source and date in brackets: "(Chinese Human Rights Defenders, February 24) ",
    # "(BANGKOK, November 13, 2025)–"
    rf"^(?:\([A-Z][^()]{{1,60}},\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,\s*\d{{4}})?\)"
    r"(?:\s*[–—-]\s*|\s+))?"
    r"(?:(?:\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)|"
    r"[A-Z]{3,}(?:,[^–—]{1,50})?(?:\s*\([A-Z][\w .,]{1,30}\))?|"  # "WASHINGTON (Sputnik) — "
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z]{2}|"
    r"[A-Z][a-z]+\.?\s\d{1,2}(?:,\s*\d{4})?)(?:\s*\([A-Z0-9]{2,8}\))?|[A-Z][a-z]+\s*\([A-Z]{2,8}\))"
    r"\s*[–—-]\s*)?"
    rf"(?:(?:[Tt]oday|[Yy]esterday|[Tt]his\s+(?:week|morning|month|year)|[Ll]ast\s+(?:week|month)|"
    rf"(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[Oo]n\s+|[Ii]n\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH})(?:,?\s+\d{{4}})?)"
    r"\s*,\s*)*"
)


_NOT_A_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|be|been|being|to|will|would|could|not|has|have|had|the|a|an|of|in|"
    r"on|for|with|by|its|their|his|her|our|your|this|these|those|said|says|told|stated|noted|"
    r"added|long|should|must|shall|can|may|might|"
    # an adjective before a noun: "in this joint appeal to", "an urgent call for"
    r"joint|open|urgent|public|new|latest|recent|previous|earlier|same|written|repeated)\s*$",
    re.IGNORECASE,
)


_SUBORDINATE = (
    r"but|while|whilst|whereas|as|which|who|that|when|after|before|because|since|where|if|"
    r"although"
)
_BOUNDARY = re.compile(rf"(?:^|,\s*(?:and\s+)?|;\s*|\s(?:and|{_SUBORDINATE})\s)", re.I)
_CLAUSE_BOUNDARY = re.compile(rf"(?:^|,\s*(?:and\s+)?|;\s*|\s(?:{_SUBORDINATE})\s)", re.I)


def _noun_phrase(raw: str) -> str | None:
    """The subject noun phrase at the end of `raw`, if it looks like one: a conjunction of
    nouns whole ("17 human rights organizations and trade unions"), else the last conjunct of
    the last clause ("..., and the Commission")."""
    whole = _subject_phrase(_CLAUSE_BOUNDARY.split(raw.strip())[-1])
    if whole is not None and not _FINITE.search(whole):
        return whole
    # (else the whole when it opens like a subject: "A group of 101 NGOs and 550 activists,
    # artists and academics")
    last = _subject_phrase(_BOUNDARY.split(raw.strip())[-1])
    opens = (
        re.match(r"(?:(?:an?|the)\s|\d)", raw.strip(), re.IGNORECASE)
        and _COUNTED_GROUP.search(raw)
        and not re.search(
            r"\b(?:we|i|that|which|who|can|could|may|might|will|would)\b", raw, re.IGNORECASE
        )
    )
    return last or whole or (_subject_phrase(raw) if opens else None)


def _subject_phrase(phrase: str) -> str | None:
    phrase = phrase.strip(' ,"“”')
    phrase = re.sub(
        r"^(?:also|furthermore|moreover|finally|however|meanwhile|today|now)\s+",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(
        r"\s+(?:today|yesterday|also|jointly|now|additionally|further|formally|publicly|officially|"
        r"recently|together|collectively)$",
        "",
        phrase,
        flags=re.I,
    )
    # "Rights Watch on Monday", "the groups on 3 May", "the coalition last week"
    phrase = re.sub(
        rf"\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{{1,2}}\s+{_MONTH}|"
        rf"{_MONTH}\s+\d{{1,2}})|(?:this|last)\s+(?:week|month))$",
        "",
        phrase,
    )
    # "Ahead of the EU-China summit 23 human rights organizations"
    phrase = re.sub(
        r"^(?:ahead\s+of|before|after|following|during)\s+[^,]{1,80}?\s+(?=\d)",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.sub(r"\s+\([^()]{1,40}\)$", "", phrase)  # "... Region (Coalition)"
    if len(phrase.split()) > 9 and not _NAME_LIKE.fullmatch(phrase):
        phrase = _HEAD_END.split(phrase, maxsplit=1)[0]  # "150 groups representing 18 million"
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in {"it", "they", "he", "she"}:
        return phrase  # "In particular, it called for": the party named before
    if 0 < len(words) <= (14 if _NAME_LIKE.fullmatch(phrase) else 9) and (
        words[0][0].isupper()
        or words[0][0].isdigit()
        or words[0].lower() in _DETERMINERS
        or (words[0].lower() in _QUANTIFIERS and _GROUP_NOUN.search(phrase) is not None)
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


def _sentence_subject(sentence: str) -> str | None:
    match = re.match(
        # "The coalition, which ...", "The human rights advocates and ...": common nouns
        # (else "The statement"); "our" after two openers ("Today, on Human Rights Day, our")
        r"^(?:(?:[^,]{0,40},\s+){2}(?=[Oo]ur\s)|(?:[^,]{0,40},\s+)?)"
        r"([Tt]he\s+[a-z][\w-]*(?:\s+(?!(?:are|is|was|were|ha[sd]|have|will|would|can|could|may|"
        r"might|must|should|also|do|does|did)\b)[\w-]+){0,3}?"
        r"(?=,|\s+(?:and|which|who|whose|to|of|from|for|in|on|at|by|with)\b)|"
        r"The\s+[a-z][\w-]*|"
        # "our Pen International community"
        r"(?:[Tt]he\s+|[Oo]ur\s+)?[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|on|the))*)",
        sentence,
    )
    return match.group(1) if match else None


def _quotation(sentence: str, whole: str, where: int, ctx: _Context) -> tuple[bool, str | None]:
    """Whether the sentence stands inside quotation marks in the text, and who is quoted."""
    line_start = whole.rfind("\n", 0, where) + 1
    if line_start not in ctx.lines:  # each line's quotations are found once for its sentences
        line_end = whole.find("\n", where)
        line = whole[line_start : line_end if line_end >= 0 else len(whole)]
        ctx.lines[line_start] = line, (*_OPEN_QUOTE.finditer(line), *_QUOTE_SPAN.finditer(line))
    line, spans = ctx.lines[line_start]
    at = where - line_start
    inside = False
    for span in spans:
        if span.start() <= at < span.end():
            inside = True
            after = _SAID.search(line, span.end() - 2)
            speaker = None
            if after is not None and after.start() - span.end() < 5:
                speaker = after.group("s1") or after.group("s2")
            if speaker is None:
                befores = list(_ATTRIBUTION_BEFORE.finditer(line[: span.start() + 1]))
                speaker = befores[-1].group("subject") if befores else None
            if speaker is not None and speaker.lower() in _PRONOUNS:
                speaker = ctx.speakers[-1] if ctx.speakers else ctx.last_party
            elif speaker is not None:
                ctx.speakers.append(speaker)
            return True, speaker
    return inside, None


def _has_own_content(sentence: str, lead: str) -> bool:
    """Whether a lead-in sentence asks something itself besides introducing its list."""
    rest = sentence[sentence.find(lead) + len(lead) :] if lead in sentence else ""
    following = re.search(r"\b(?:the\s+following|as\s+follows)\b", rest, re.IGNORECASE)
    if following is not None:
        # "... by publicly disclosing the following by June 2020:" introduces its list only;
        # "asking them to reaffirm their commitment to the process and calling on the
        # Commission to develop a proposal including the following:" asks before it does
        return len(re.findall(r"[A-Za-z]{3,}", rest[: following.start()])) >= 14
    if re.search(r"\b(?:to|by|that|following)\s*[:\uff1a]\s*$", rest):
        return False  # "... a time-bound roadmap to:": the items finish the sentence
    return len(re.findall(r"[A-Za-z]{3,}", rest)) >= 5
