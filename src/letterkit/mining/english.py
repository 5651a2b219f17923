"""How requests are written in English: the verbs of asking in the present and the past, the
first-person subjects, the musts and the imperatives that the other mining modules look for.
Written from the language, one pattern per shape, not from any one letter."""

from __future__ import annotations

import re

_ADVERBS = (
    r"(?:(?:also|again|strongly|respectfully|therefore|further|urgently|hereby|once\s+again|"
    r"thus|now|jointly|collectively|firmly|earnestly|sincerely|hence|likewise|equally|kindly|"
    r"humbly|particularly|specifically|especially|however|in\s+particular|,[^,]{1,120},|"
    # "They continue to recommend that"
    r"continu(?:e|es|ed)\s+to|"
    # "Six environmental organisations ... on Monday called on Norway"
    r"on\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|today|yesterday|this\s+week|"
    r"\s[–—-]\s[^–—]{1,150}\s[–—-]|[–—][^–—]{1,150}[–—]|,\s*the\s+undersigned,|"
    # "We would like to seek your support", "We wish to urge"
    r"would\s+(?:also\s+|therefore\s+)?like\s+to|wish(?:es)?\s+to|"
    # "We ... seize this opportunity to ask you to", "took the opportunity to urge"
    r"(?:take|takes|took|seize|seizes|seized|use|uses|used)\s+(?:this|the)\s+(?:\w+\s+)?"
    r"opportunity\s+to)\s*)*"
)
# "call the EU to suspend", "urgently calls the Chinese government to release him" (not "to
# account")
_NAMED_TO = (
    r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+(?:(?:(?-i:[A-Z])[\w.]*|and|of|for|the|&)\s+){0,4})?"
    r"(?:(?-i:[A-Z])[\w.]*|government|authorities)\s+to\s+"
    r"(?!(?:account|order|mind|attention|the|a|an|his|her|its|their)\b)[a-z]+\b|"
    # "calls international organisations of human rights to react", "calls the UN
    # organisations to use more pressure"
    # (not "call on the Senegalese authorities to", which is the verb's own)
    r"(?!(?:on|upon|for)\s)(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:governments?|authorities|organi[sz]ations|institutions|"
    r"bodies|agencies|states|countries|community|parties|leaders|officials)"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+to\s+(?!(?:account|order)\b)[a-z]+\b)"
)
# Request verbs in the present (an ask now) and the past or perfect (a report of one).
# "calling" that names, not asks: "ICHR is calling the mass execution of 21 prisoners ...
# extremely alarming", "is calling it a travesty"
_NOT_NAMING = (
    r"(?!\s+(?!(?:on|upon|for)\b)(?:(?!\b(?:to|for|on|upon)\s)[^.;:!?]){0,120}?\b(?:alarming|worr(?:ying|isome)|"
    r"unacceptable|appalling|outrageous|shameful|disgraceful|deplorable|unlawful|illegal|"
    r"a\s+(?:\w+\s+)?(?:violation|travesty|disgrace|blow|setback|breach|betrayal|mockery))\b)"
)
# Verbs that start a request in the imperative ("Call for the release ...", "Ensure that ...").
_IMPERATIVES = (
    r"call|urge|ensure|press|raise|adopt|support|take|make|use|follow|work|keep|establish|end|"
    r"stop|include|continue|condition|prioriti[sz]e|engage|suspend|impose|refrain|reject|demand|"
    r"request|seek|insist|commit|provide|develop|put|promote|protect|help|join|consider|speak|"
    r"express|conclude|reaffirm|reiterate"
)
# The verbs an item or a request may start with in the imperative.
_ITEM_VERBS = (
    rf"{_IMPERATIVES}|echo|emphasi[sz]e|condemn|recogni[sz]e|acknowledge|release|allow|grant|"
    r"investigate|publish|ban|prohibit|withdraw|cease|halt|hold|address|appoint|create|revise|"
    r"reverse|repeal|remove|restore|respect|uphold|guarantee|implement|ratify|invest|increase|"
    r"reduce|phase|fund|facilitate|lift|open|monitor|disclose|introduce|require|set|strengthen|"
    r"enforce|review|assess|identify|mandate|share|refuse|avoid|limit|oppose|prevent|safeguard|"
    r"secure|designate|accept|abolish|apply|amend|align|build|close|coordinate|deliver|deploy|"
    r"dedicate|drop|expand|extend|give|invite|issue|launch|maintain|mobili[sz]e|pass|pursue|"
    r"redirect|reinstate|relocate|resume|scale|sign|terminate|vote|lock|challenge|encourage|"
    r"immunise|immunize|grow|tell|stand|act|listen|visit|reform|rebuild|redouble|offer|sponsor|"
    r"cancel|divest|exclude|sanction|freeze|seize|prosecute|track|trace|fix|finali[sz]e|"
    r"certify|audit|train|educate|consult|involve|approve|endorse|champion|"
    r"pledge|defend|save|reunite|repatriate|resettle|admit|evacuate|pause|"
    r"outlaw|criminalise|criminalize|decriminalise|decriminalize|rescind|revoke|reconsider|"
    r"revisit|postpone|delay|accelerate|expedite|push|leverage|link|tie|mainstream|integrate|"
    r"embed|enable|empower|finance|allocate|distribute|transfer|waive|forgive|regulate|"
    r"oblige|evaluate|measure|declassify|tackle|scrap|abandon|affirm|confirm|clarify|explain|"
    r"answer|respond|instruct|direct|nominate|elect|negotiate|recall|resist|defund|boycott|shut|"
    r"unblock|reopen|retract|rethink|redesign|replace|upgrade|foster|improve|enhance|reinforce|"
    r"convene|conduct|collect|commission|recommit|comply|compensate|remedy|honou?r|fulfill?|"
    r"restrict|treat|prepare|abide|bring|shift|lower|complete|demonstrate|send|return"
)
# The authors' hope that a party will act: "We hope the Minister will reconsider", "We hope
# these companies will listen to our pleas" (a party that acts, named by its office or as a
# body: not "We hope the Olympics will bring", "the weather will hold", "the children will
# return home", "this letter will help"; nor an invitation, "the Minister will join us")
_HOPE_FOR = (
    r"(?:very\s+much\s+)?hope\s+(?:that\s+)?(?:the|these|those|our|its|their|both|all)\s+"
    r"(?:[\w’'.-]+\s+){0,3}?(?:governments?|authorit(?:y|ies)|compan(?:y|ies)|banks?|ministers?|"
    r"ministry|council|parliament|commission|states|leaders|officials|administration|president|"
    r"premier|chancellor|secretary|mayor|governor|senate|congress|assembly|institutions|"
    r"agencies|investors|shareholders|corporations?|firms?|brands|donors|lenders|insurers|"
    r"delegations?|countries|part(?:y|ies)|regulators?|committee|representatives|(?-i:[A-Z]{2,6}))"
    r"\s+will\s+(?:now\s+|also\s+|finally\s+|urgently\s+)?"
    rf"(?!(?:join|visit|accept|attend|bring|continue|grow|open|help|come|enjoy)\b)(?:{_ITEM_VERBS})\b"
)
_PRESENT = (
    rf"(?:call(?:s|ing)?\s+{_NAMED_TO}|"
    r"urge[sd]?|call(?:s|ing)?\s+(?:\w+ly\s+)?(?:on|upon|for)|ask(?:s|ing)?(?!\s+(?:why|whether|how|what|if|when|where|who|ourselves|myself)\b)|"
    r"(?:echo|join|renew)(?:e?s|ing|ed)?\s+(?:the\s+)?(?:\w+\s+){0,2}calls?\s+(?:for|on|by|of|from)\b|"
    r"request(?:s|ing)?|"
    r"recommend(?:s|ing)?|encourage[sd]?|"
    # "We also want the Government to take this into account", "LUR wants human rights to be"
    r"wants?\s+(?!(?:you|to)\b)(?:[\w’'.-]+\s+){1,6}?to\s+(?!(?:know|understand|hear|see|feel)\b)\w+|invite[sd]?(?!\s+(?:your|our)\s+(?:response|reply|comments?|feedback))|appeal(?:s|ing)?\s+(?:to|for)|implor(?:e[sd]?|ing)|"
    # (not the adjective: "Among the most pressing concerns is")
    r"demand(?:s|ing)?|(?<!most\s)(?<!more\s)(?<!very\s)press(?:es|ing)?(?!\s+(?:ahead|forward|on(?=\s*(?:[.;,!]|$)|\s+(?:with|regardless|undeterred|towards?|in|and|despite|nonetheless|"
    r"anyway|every\s+front|the\s+streets)\b)|freedom|releases?|conferences?|clubs?|corps|"
    r"associations?|statements?|briefings?|councils?|unions?|agenc(?:y|ies)|coverage|"
    r"(?:concerns?|issues?|needs?|matters?|problems?|questions?|challenges?|priorit(?:y|ies))\b))|exhort(?:s|ing)?|insist(?:s|ing)?\s+that|"
    # "renew that request", "renew our calls"
    r"renew(?:s|ing)?\s+(?:(?:that|this|our|these|those)\s+(?:\w+\s+)?(?:requests?|calls?|appeals?|"
    r"demands?)\b|(?:our|its|their)\s+calls?)|(?:reiterate[sd]?|repeat(?:s|ing)?)\s+(?:our|its|their)\s+"
    r"calls?|"
    # "We would be grateful if you could confirm whether", "would appreciate it if you"
    r"would\s+be\s+(?:most\s+|very\s+|extremely\s+)?grateful\s+if\s+you|"
    # "I hope you will stand up for our economy": the addressee asked, politely
    # (not good wishes or invitations: "hope you will enjoy", "have a wonderful holiday", "join
    # us at the event", "not hesitate to contact us", "forgive the length of this letter")
    r"(?:very\s+much\s+)?hope\s+(?:that\s+)?you\s+will(?!\s+(?:all\s+)?(?:enjoy|like|find|agree|"
    r"have|stay|forgive|not\s+hesitate|read|share|join|come|attend|visit|accept|be\s+(?:interested|"
    r"pleased|with\s+us|able\s+to\s+(?:attend|join|come|make)|there|well|safe))\b)|"
    r"would\s+(?:greatly\s+|really\s+)?appreciate\s+(?:it\s+)?if\s+you|"
    # "SaveUyghur ... reiterates the recommendations put forward"
    r"reiterates?\s+(?:the|our|its|their)\s+(?:\w+\s+)?(?:recommendations|demands|requests)\b|"
    # (and "We’re calling", "I'm therefore asking")
    r"(?:are|is|am|(?<=\w)['’](?:re|m))\s+(?:(?:also|therefore|hence|again|now|hereby|jointly|together|thus|once\s+again|today|"
    r"publicly|formally|collectively)\s+)*"
    rf"(?:calling{_NOT_NAMING}|asking|urging|demanding|requesting|petitioning(?!\s+(?:for|to)\b)|pressing(?!\s+(?:ahead|forward|on)\b)|pressuring|appealing\s+(?:to|for)|campaigning\s+for|"
    r"writing\s+(?:(?:to\s+you|this\s+letter|today)\s+){0,2}to\s+(?:urge|ask|request|call)|"
    # "We are united in urging the EU"
    r"(?:united|unanimous|together|joined)\s+in\s+(?:calling|urging|asking|demanding))|"
    # "have come together to form a new campaign united in calling for"
    r"(?:united|unanimous)\s+in\s+(?:calling|urging|asking|demanding)|"
    # "Front-LEX and the Legal Centre Lesvos hereby submit this request for action"
    r"submit(?:s|ting)?\s+(?:this|the\s+present|our)\s+(?:\w+\s+)?(?:request|appeal|petition)\s+"
    r"(?:for|to)\b|"
    r"(?:are\s+)?writing\s+to\s+(?:reiterate|renew|repeat)\s+(?:our|their)\s+(?:calls?|requests?|"
    r"demands?|appeals?)|"
    # "This letter is an appeal to you to do everything possible", "This letter is an urgent
    # appeal from 14 organisations who work with children to call on An Taoiseach to"
    r"is\s+an\s+(?:urgent\s+)?appeal\s+(?:to\b|from\s+[^.;:!?,]{0,120}?\bto\s+(?:call\s+(?:on|upon)|urge|ask)\b)|"
    # "is issuing an appeal to the European Union institutions to"
    # (and "we issue a collective and urgent call for")
    # (the call a noun after its determiner: not "the three issuing organisations call on")
    r"(?:(?:is|are)\s+)?(?:issu|launch|mak)(?:es?|ing)\s+(?:an?|this|the|our|their|its)\s+"
    # (and "a coalition of civil rights organizations is making a joint request for records",
    # not "The family is making a request for asylum": an application)
    r"(?:\w+\s+){0,3}?(?:appeal|call|(?<=joint\s)request|(?<=formal\s)request)\s+(?:to|for|on)\b|"
    # "are writing to you ... to express support for civil society and urge you to"
    # ("We are writing with respect to your investments ... and hereby formally request you")
    r"(?:are|am|is)\s+writing\s+[^.;:!?]{0,300}?\sand\s+(?:(?:\w+ly|hereby)\s+){0,2}"
    r"(?:urge|ask|request|call\s+on)\s+you\b|"
    r"(?:(?:are|am|is)\s+)?writ(?:es|e|ing)\s+(?:to\s+you\s+)?(?:today\s+)?(?:[^.;:!?]{0,300}?\s)?to\s+"
    r"(?:\w+ly\s+)?(?:urge|ask|request|call\s+(?:on|upon|for)|oppose|demand|appeal|implore|"
    r"encourage|recommend|seek)|would\s+(?:like\s+to\s+)?(?:urge|ask|request)|"
    # "we would still like to remind the Executive Yuan to safeguard" (not "remind you that")
    r"(?:would\s+(?:still\s+|also\s+)?like\s+to\s+)?remind(?:s|ing)?\s+(?:[\w’'-]+\s+){1,5}?to\s+"
    r"(?!be\b)[a-z]+|"
    r"would\s+like\s+(?:you|\w+\s+\w+)\s+to\b|(?:are|am|feel)\s*(?:,[^,]{1,40},)?\s*compelled\s+to\s+"
    r"(?:ask|call|urge|demand|request)\b|(?:has|have)\s+(?:long\s+|\w+ly\s+)?been\s+(?:calling|"
    # ("The TUC has long been campaigning for the improvement of human and labour rights")
    # (for a change, not "campaigning for re-election", "for animal charities")
    r"urging|demanding|asking|pressing|campaigning\s+for\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:release|improvement|end|ban|abolition|repeal|introduction|recognition|protection|reform|"
    r"justice|compensation|closure|withdrawal|adoption|ratification|implementation|moratorium)\b)|"
    r"(?:are\s+)?writ(?:es|e|ing)\s+to\s+you\s+[^.;:!?]{0,150}?,\s*(?:urging|calling\s+on|asking)|"
    # "We are writing on International Migrants Day as a group of ... supporters urging"
    r"(?:are|am|is)\s+writing\s+[^.;:!?]{0,200}?\s(?:urging|calling\s+(?:on|upon|for))\b|"
    # (and "PLP has partnered with JUSTICE to call for", "teamed up with")
    r"(?:join(?:s|ed)?|come|came|stand|stood|gather(?:s|ed)?|rall(?:y|ies|ied)|unite[sd]?|"
    r"partner(?:s|ed)?\s+with|team(?:s|ed)?\s+up\s+with)"
    r"(?:\s+together)?\s+(?:\w+\s+){0,3}to\s+"
    # "is joined by HRW ... in calling on", "led 38 civil society groups in calling on"
    # ("The NUJ supports the IFJ, EFJ and CJA in calling for")
    r"(?:call|urge|ask|demand)|(?:join(?:s|ed)?|(?:are|is)\s+joining|(?:are|is)\s+joined\s+by|led|"
    r"support(?:s|ed)?|back(?:s|ed)?)"
    r"\s+[^.;:!?]{0,200}?\bin\s+(?:calling|urging|demanding|"
    r"asking)|"
    r"(?:conclude|end|close)[sd]?\s+(?:\w+\s+){0,3}?by\s+(?:urging|calling\s+(?:on|upon|for)|asking|"
    r"demanding|recommending)|"
    r"seek(?:s|ing)?\s+(?:your|the)\b|(?<!\band\s)(?<!\bto\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)(?-i:a)dvocat(?:es?|ing)\s+for|argu(?:es?|ing)\s+for|"
    r"(?:respectfully\s+)?(?:urging|calling\s+on|calling\s+for))"
)
PAST = (
    r"(?:urged|called(?:,[^,]{1,40},|\s+\w+ly|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"\s+(?:today|yesterday))?\s+(?:on|upon|for)|asked|requested|recommended|encouraged|invited|"
    r"appealed\s+(?:to|for)|demanded|pressed|implored|advocated\s+for|argued\s+for|"
    # "insisted yesterday that the government carry out an investigation" (a demand in the
    # subjunctive or with a must; not a claim, "insisted that he was innocent")
    r"insisted(?:\s+(?:today|yesterday|again))?\s+that\s+(?:the\s+|all\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:should|must|be|carry|take|stop|end|release|investigate|ensure|provide|withdraw|halt|"
    r"drop|act|allow|respect|protect)\b|"
    # "petitioned the Environmental Protection Agency (EPA) today to take emergency action"
    # (someone, then to do something: not "petitioned for divorce", "petitioned the county and
    # then went to court")
    r"petitioned(?=\s+(?:(?!(?:and|then|later|but|which|who)\b)[\w().'’-]+\s+){1,8}?"
    r"(?-i:to)\s+(?-i:[a-z]))|"
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
    rf"called\s+{_NAMED_TO}|"  # "called the EU to suspend"
    # a letter sent with a request: "sent an urgent letter to the Council ... urging"
    r"(?<!been\s)(?:sent|wrote|written|signed|submitted|issued|addressed|delivered|joined|published|penned|"
    r"released|launched|"
    # and now: "are sending a letter to Barclays asking", "is publishing a call to brands to"
    r"(?:(?:are|is)\s+)?(?:sending|publishing|submitting|issuing|delivering|launching)|"
    r"sends|publishes|submits|delivers|address|addresses|"
    r"writes?(?=\s+(?:an?\s+|the\s+)?(?:open\s+|joint\s+)?letter))\s+"
    r"[^.;:!?]{0,250}?"
    # (not a later clause's own progressive: "..., delivers for workers, the ETUC is calling")
    r"\b(?<!\bis\s)(?<!\bare\s)(?:urging|calling\s+(?:on|upon|for)|demanding|asking|requesting|seeking|to\s+(?:urge|ask|"
    r"demand|request|call\s+(?:on|upon|for)|appeal\s+(?:to|for))|"
    # "submitted today a request for the exclusion of Vale"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:request|call|appeal|demand|recommendation)\s+(?:for|to)\b))"
)
FIRST_PERSON = (
    # ("let’s call on the new World Bank president to stop")
    r"(?:we|i|let['’]s|our\s+(?:\w+\s+)?(?:organi[sz]ations|groups|coalition|network|members)|"
    r"the\s+undersigned(?:\s+(?:[\w-]+\s+){0,6}(?:organi[sz]ations|groups|ngos|csos|individuals|"
    r"coalition|investors|members|networks|unions|constituencies|associations|experts|academics|"
    r"journalists|lawyers|scholars))?)"
)
# Words whose full stop ends no sentence: "Mr.", "Art.", "U.S." (sentences.py splits by them)
ABBREVIATIONS = [
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
    "gov",  # "Grassroots Groups Urge Gov. DeSantis to Veto Anti-Voter Bill"
    # and titles and short forms: "Capt. Ibrahim Traoré", "Warner Bros. Discovery" (not "hon":
    # "signed by Alex Hon. We urge"; sentences.py keeps "Hon.Minister" whole)
    "capt",
    "sgt",
    "pres",
    "messrs",
    "mme",
    "govt",
    "dept",
    "bros",
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
# A character of a clause, where an abbreviation's full stop does not end it: "the punishment
# imposed on Mr. Mohammed bin Nasser Al-Ghamdi", "the U.S. sanctions"
_CLAUSE_CHAR = (
    r"(?:[^.;:!?]|(?<=\b[a-z])\.|"
    + "|".join(rf"(?<=\b{re.escape(word)})\." for word in ABBREVIATIONS)
    + ")"
)
# "(we) express our deep concern regarding ... and call on the European Union to",
# "(we) especially note the interest in ..., and encourage the Groups of Friends to"
_EXPRESS_AND = (
    r"(?:(?:express|voice|share|reiterate|convey)\s+our|(?:are|remain)\s+(?:\w+ly\s+)?(?:concerned|"
    r"alarmed|troubled|disturbed|dismayed|outraged|appalled)|(?:note|welcome|thank|appreciate|"
    r"acknowledge|recogni[sz]e|commend|applaud|condemn|deplore|regret)\b)\s+"
    rf"{_CLAUSE_CHAR}{{0,250}}?,?\s+"
    r"and\s+(?:\w+ly\s+)?(?:call\s+(?:on|upon|for)|urge|ask|demand|appeal\s+to|encourage|invite|"
    r"request)\b"
)
# a demand the authors make their own, in the present: "We join students ... in support of their
# demand that this law be abrogated", "We support their call for" (not "We cannot endorse",
# "Many of our members supported the demands")
_ADOPTED = (
    r"(?:join|support|back|endorse|echo)\s+(?:[^.;:!?]{0,150}?\s)?(?:their|the|its|his|her|"
    r"these|those)\s+(?:\w+\s+){0,2}?(?:demands?|calls?)\s+(?:that|for)"
)
# The authors' own, not another's: "That's why I'm looking to you to embrace a new vision",
# "We look to you to show leadership" (not "Young people look to you to set an example")
_LOOK_TO_YOU = r"(?:(?:am|are|['’](?:re|m))\s+looking|look)\s+to\s+you\s+to"
# "We remind the Bahamian authorities that ... any deportation procedures must", "We recall that
# the measures ... must be implemented" (not "that nobody should be surprised", "that the report,
# which should have been published in May, is missing", "that our coverage should not be taken
# as an endorsement")
_REMIND_THAT = (
    r"remind\s+(?!(?:ourselves|us|everyone|readers)\b)(?:[\w’'-]+\s+){1,6}?that\b"
    r"(?=(?:(?!\b(?:which|who|whom)\b)[^.;:!?]){0,250}?\b(?:must|should|shall)\s+"
    r"(?!(?:\w+\s+)?(?:have|be\s+(?:surprised|taken)|come|surprise)\b))|"
    # (what must be done to something: "We recall that the measures agreed in Glasgow must be
    # implemented"; not what someone said or ruled, "that the minister said schools should be
    # reopened", "that the Supreme Court ruled that the state must compensate", nor how things
    # are, "that many of our members must travel over 50 km")
    r"recall\s+that\b(?=(?:(?!\b(?:which|who|whom|said|says|ruled|stated|decided|argued|"
    r"announced|promised|pledged)\b)[^.;:!?]){0,250}?\b(?:must|should|shall)\s+(?:also\s+)?be\s+"
    r"(?:\w+ly\s+)?\w+(?:ed|en)\b)"
)
# "Let's tell BMO to show climate leadership": the authors and their readers, telling
# someone to act (not "Let's tell the story of", "Let’s tell you about")
_LETS_TELL = (
    # (one to four words for whom, none a story's: not "Let's tell our children the truth about
    # what happened to the river", "how we managed to save"; and a verb after "to")
    r"(?<=let['’]s\s)tell(?=(?:\s+(?!(?:you|what|how|why|who|which|that|about|truth|the\s+truth|"
    r"stor(?:y|ies))\b)[\w’'.&-]+){1,4}\s+to\s+(?!(?:the|a|an|us|them|all|our|your|their|his|her|"
    r"its|me|him)\b)[a-z]+)"
)
FIRST_ASK = re.compile(
    rf"\b(?P<subject>{FIRST_PERSON})(?:\s+as)?\s*,?\s*"
    # "We, a coalition of over 200 groups representing Tibetans, Uyghurs, ..., are writing"
    r"(?:(?<=,\s)[^.;:!?]{1,300}?,\s*|(?<=,\s)[^.;:!?,]{1,150}?(?:,\s*(?:and\s+)?[^.;:!?,]{1,150}?){0,6}\s+"
    r"(?=(?:are|am)\s)|(?<=\s)(?:committed|working|representing|based|dedicated|"
    r"active|concerned)\s+[^.;:!?]{1,250}?\s+(?=are\s))?"
    # "We also want to reiterate our call to"
    # ("We will call on Prime Minister Anthony Albanese to", "we will be calling on": a call
    # announced)
    # (only a call on someone: not "We will ask all participants to show their ID", "We will
    # appeal to the Supreme Court", "We will call for volunteers", "We will press charges")
    rf"{_ADVERBS}(?:[a-z]+ly\s+)?(?:(?:want|wish|would\s+like)\s+to\s+|(?:will|shall)\s+"
    r"(?:(?:also|again|once\s+again|today|now|continue\s+to|\w+ly)\s+)*(?:be\s+)?"
    r"(?=(?:call(?:ing)?\s+(?:on|upon)|urg(?:e|ing)|demand(?:ing)?|press(?:ing)?\s+[^.;:!?]{1,80}?\bto|"
    r"call(?:ing)?\s+for\s+(?!(?:volunteers|applications|proposals|nominations|submissions)\b))\b))?"
    rf"(?P<verb>{_PRESENT}|{_HOPE_FOR}|{_EXPRESS_AND}|{_ADOPTED}|{_LOOK_TO_YOU}|{_REMIND_THAT}|{_LETS_TELL}|expect(?=\s+(?:you|your|(?:the\s+)?(?-i:[A-Z])|(?:all\s+)?(?:delegates|members|states|"
    rf"governments|leaders|companies|authorities|ministers|parties)\b)(?:[\w'’-]*\s+){{1,6}}to\s+[a-z]))\b"
    r"(?P<object>[^.;:!?]{0,80}?\b(?:to|that|for)\b)?",
    re.IGNORECASE,
)
FIRST_PAST = re.compile(
    rf"\b{FIRST_PERSON}\s+(?:have|has|had)\s+(?:(?!been\b)\w+\s+){{0,2}}{PAST}|\b{FIRST_PERSON}\s+"
    rf"(?:(?:also|again|\w+ly)\s+)?{PAST}\b",
    re.IGNORECASE,
)
# A third party's call: "<subject> urged / calls on / asked ... to".
THIRD_ASK = re.compile(
    rf"(?P<subject>(?:[^.;:!?\"“”]|(?<=\d)\.(?=\d)){{1,120}}?)(?:\s+|(?<=,))[\"“]?{_ADVERBS}(?:(?:have|has|had)\s+"
    # ("Leading environmental groups have today called on")
    r"(?:also\s+|now\s+|already\s+|again\s+|since\s+|today\s+|yesterday\s+|\w+ly\s+)?|"
    # a call announced: "Tibet supporters will specifically ask their MPs tomorrow to"
    r"will\s+(?:also\s+|\w+ly\s+)?(?:be\s+(?=(?:calling|urging)\b)|"
    r"(?=(?:ask|urge|call\s+(?:on|upon|for)|demand|request)\b)))?"
    rf"(?P<verb>{_PRESENT}|{PAST})\b(?P<object>[^.;:!?]{{0,80}}?\b(?:to|that|for)\b)?",
    re.IGNORECASE,
)
REQUEST_VERB = re.compile(rf"\b(?:{_PRESENT}|{PAST})\b", re.IGNORECASE)
SUBJECT_REACH = 400  # characters before the verb: a subject of 120, adverbs, "have also"
OBJECT_REACH = 100  # and after it: the object up to "to"/"that"/"for"
# "Please note / see / find attached" points the reader somewhere; it asks no one to act.
POLITE = re.compile(
    r"^(?:(?:if|in|as|for|when|during|before|after)\s[^,]{1,80},\s*|(?:this|next)\s+(?:week|month)\s+|"
    r"today\s+|now\s+|\(\s*note\s*:\s*)?(?:please|kindly)\b(?!\s+(?:note|see|find|read|refer|click|contact\s+us|let\s+us\s+know|get\s+in\s+touch|"
    r"reach\s+out))|^请"
    # a request put as a question: "Will you brief the actress about ...?"
    r"|^(?:will|would|could|can)\s+you\s+(?:please\s+)?(?!imagine|believe|tell\s+me|"
    r"guess|see\b|think|agree\s+that)\w+[^?]*\?$",
    re.IGNORECASE,
)
# The word of a demand made of someone: "must", "should", "needs to", "ought to"
MODAL_VERB = r"(?:must|should|needs?\s+to|ought\s+to)"
# and as a page may write it: "can and must", stressed ("MUST"), negated ("shouldn't"); and "has
# to be" undone ("The penal code has to be amended"; not "has to be registered", "has to be
# approved by the Senate": a rule or a step that exists; "has to" alone mostly states)
_MODAL_WORD = (
    rf"(?:can,?\s+and\s+)?(?:{MODAL_VERB}|MUST|SHOULD|(?:should|must)n[’']t|has\s+to(?=\s+be\s+"
    r"(?:\w+ly\s+)?(?:amended|repealed|revoked|released|stopped|ended|halted|withdrawn|scrapped|"
    r"reversed|investigated|prosecuted|lifted|abolished|changed|reformed|addressed|dropped)\b))"
)
# a life lamented, "Tyre Nichols should be alive right now" (not "must be alive to the risks")
_ALIVE = r"alive\b(?!\s+(?:to|and)\b)"
MODAL = re.compile(
    r"^(?:(?:in\s+particular|moreover|furthermore|above\s+all|finally|first(?:ly)?|second(?:ly)?"
    r"|third(?:ly)?|crucially|importantly|instead|therefore|at\s+the\s+same\s+time),\s*)?"
    r"(?P<subject>(?:the\s+)?(?:you|[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|and|of|the|its|all|"
    r"member|states|institutions|authorities|government|governments|companies|businesses|"
    r"leaders|officials))*))"
    # "Novalpina Capital, the private equity firm that has supported ..., must"
    # ("ASEAN member states, as well as the ASEAN Intergovernmental Commission ..., must")
    r"(?:,\s+(?:the|a|an|which|who|whose|as\s+well\s+as|along\s+with|together\s+with)\s"
    r"[^,;:]{1,160},)?"
    # "mustimmediately": a page that lost the space at a line break
    # ("policy makers MUST": a page that stresses the word)
    rf"\s+{_MODAL_WORD}(?:,?\s+|(?=immediately\b))"
    r"(?!be\s+(?:noted|"
    rf"recalled|remembered|{_ALIVE})|have\s+been|not\s+be\s+forgotten)",
)
MODAL_ANY = re.compile(
    # ("On his first day as Canada’s Minister of Justice and Attorney General, the Honourable
    # David Lametti should drop")
    r"^(?:(?:[^,]{0,40}|(?:In|On|Upon|During|By|Within|Following|Ahead|After|Given|As|With|"
    r"Despite|Amid|Rather|Instead|Before|Since|Until|Under|At|Recogni[sz]ing|Noting|"
    r"Considering|Acknowledging|Welcoming|Bearing|Taking|Having|Reaffirming|Recalling|Emphasi[sz]ing|Stressing|Underlining|"
    r"Highlighting|Reiterating|Keeping)\s[^,]{0,250}"
    # (and a second circumstance after it: "As the Ukraine crisis enters its fourth month, with
    # more than six million refugees now having been forced to flee, governments must")
    r"(?:,\s+(?:with|amid|after|despite|given|including|now\s+that)\s[^,]{0,250})?|"
    # and a concession or a reason before a demand on someone else: "While the legality of
    # the package is being litigated, the sale should be suspended" (not "While we recognise
    # ..., we state that these goals must not": the authors' own clause)
    r"(?:While|Whilst|Although|Even\s+though|Though|Whereas)\s[^,]{0,250}"
    # (and a quotation closed after its comma: 'sees itself as “a leading bank,” it must')
    rf"(?=,(?:(?!\b(?:we|I)\s)[^.;])*?\b{MODAL_VERB}\b)),[”\"’]?\s*(?!(?:who|which|that)\b))?"
    # (and not the modal of a clause that leads the sentence: "While recognising that no one
    # should be homeless, this letter is focusing on ...")
    # (unless the main clause has a modal too: "While budgets must be balanced, the
    # government must not cut aid")
    r"(?!(?i:while|whilst|although|though|whereas|because)\b[^,]*?\b(?:should|must|shall)\b"
    r"(?![^.;]*,[^.;]*\b(?:should|must|shall)\b))"
    # "The new repair rules (Art5) should": a short bracket inside the subject, and a word in
    # quotation marks ("The EU “simplification” agenda should"); "human rights,High
    # Commissioner": a comma that lost its space
    # (not a view the authors report to dispute: "Contrary to the conventional wisdom
    # suggesting that all death inquiries should")
    # ("The Commission, while claiming that it supports civil society, should": the claim is
    # an aside)
    r"(?![^,;]{0,200}?\b(?:(?:suggest|claim|argu|assert|assum|insist|believ|say)ing|"
    rf"wisdom|notion|belief|assumption|myth|misconception)\s+that\s[^,;]*?\b{_MODAL_WORD}\b)"
    # (a number with its point: "NOFF welcomes action 4.4 in the plan but says it should")
    r"(?P<subject>[A-Za-z][\w'’‘,-]*(?:(?:,\s*|\s+)(?:[\w'’‘-]+(?:(?<=\d)\.\d+)*|"
    r"\([\w'’‘ .-]{1,30}\)|[“\"][\w'’‘ -]{1,40}[”\"]))"
    # (not "..., and the need to travel": a noun)
    r"{0,14}?)(?<!\sthat)(?<!\swhich)(?<!\swho)(?<!\bthe),?\s+"
    rf"{_MODAL_WORD},?\s+"
    rf"(?!have\s+been\b|be\s+noted\b|be\s+recalled\b|be\s+{_ALIVE})"
    # "Residents could face persecution should they be returned": a condition, not a demand
    r"(?!(?:they|it|he|she|we|you|i|there)\s|(?:this|that|these|those)\s+(?:be|fail|happen|occur|"
    r"prove|not)\b)"
)
# "We must build a system where ...", "Together, we can and must": the authors bind themselves.
WE_MUST = re.compile(
    r"^(?:[^,]{0,40},\s*)?we\s+(?:(?:can|all|too),?\s+(?:and\s+)?)?(?:must|should),?\s+"
    r"(?!(?:not\s+forget|remember|recall|note|stress|emphasi[sz]e|say|admit|acknowledge|recogni[sz]e|"
    r"be|also\s+note|ask\s+ourselves)\b)[a-z]+",
    re.IGNORECASE,
)
# The authors' ask named as theirs: "It is our recommendation that the Commission prioritises",
# "Our main demand is that", "the demand of this ECI is to change the rules" (not "It is our
# hope that", "our demands are detailed in", "Our recommendations are to be found in the annex",
# "The request is to postpone the review": whose?)
_OURS_IS = r"(?:is|are)\s+(?:that|to\s+(?!be\b)[a-z]+|for\s+(?!(?:the\s+)?attention\b))"
OUR_ASK_IS = re.compile(
    r"^(?:[^,]{0,40},\s*)?(?:it\s+is\s+(?:therefore\s+|also\s+)?our\s+(?:\w+\s+)?"
    r"(?:recommendation|request|demand|call|appeal)\s+that|"
    rf"our\s+(?:\w+\s+)?(?:recommendation|request|demand|call|ask|appeal)s?\s+{_OURS_IS}|"
    r"the\s+(?:demand|request|call|appeal)s?\s+of\s+(?:this|our)\s+(?:[\w-]+\s+){1,3}?"
    rf"{_OURS_IS})\b",
    re.IGNORECASE,
)
# And another's demands, named as theirs: "The demands included the eradication of child
# marriages", "The second recommendation is to launch comprehensive educational campaigns",
# "Their main demand is for Hasanli to be returned" (not "The demands are the same as")
_RANK = (
    r"(?:first|second|third|fourth|fifth|other|main|key|central|chief|principal|primary|final|"
    r"last)"
)
_ASK_NOUN = r"(?:demand|recommendation|request|call)s?\s+(?:also\s+)?"
# (what was demanded, by its noun: "included the eradication", not "the calls included the
# international ones", "the requests included the usual questions")
_INCLUDED = r"include[ds]?\s+(?:the|an?)\s+\w+(?:ion|ment)s?\b"
_LISTED = rf"(?:demands|recommendations)\s+(?:also\s+)?{_INCLUDED}"
THEIR_ASK_IS = re.compile(
    rf"^(?:(?:their|his|her|its|the)\s+{_RANK}\s+{_ASK_NOUN}{_OURS_IS}|"
    rf"(?:their|his|her|its)\s+{_ASK_NOUN}{_OURS_IS}|"
    rf"(?:their|his|her|its|the)\s+(?:{_RANK}\s+)?{_LISTED})",
    re.IGNORECASE,
)
# Where an addressed clause may start inside a sentence: after a label or a colon
# ("Remediation: The EU FLR should ...", "Our organisations are unequivocal: this ... must"),
# and after the authors' belief ("we believe that the UK can, and must, begin").
CLAUSE_START = re.compile(
    # and after a semicolon: "The report lists the brands; these companies must ensure"
    r"^[^:]{1,80}:\s+|^[^;]{1,200};\s+|"
    # and after ", and" when a modal follows: "... poses a serious threat to academic freedom,
    # and governments and universities must do more to counter it"
    # (or a dash: "The law poses a serious threat to academic freedom – and governments must")
    r"^[^;]{1,250}?(?:,|\s[–—])\s+(?:and|but|so)\s+(?=(?:[\w'’-]+\s+){1,6}(?:must|should|(?<!the\s)needs?\s+to|ought\s+to)\b)|"
    # ("Our organizations believe that ASEAN member states, as well as the AICHR, must")
    r"\b(?:we|our\s+(?:organi[sz]ations|groups))\s+(?:\w+\s+)?(?:believe|think|consider|are\s+convinced|insist|maintain|"
    r"argue|submit|contend)\s+that\s+|"
    # and without its "that": "We believe this must be led by you, An Taoiseach", "We believe
    # the European Union should focus its efforts" (not "we believe in")
    r"\b(?:we|our\s+(?:organi[sz]ations|groups))\s+(?:\w+ly\s+)?(?:believe|think|are\s+convinced)\s+"
    # (an act asked for, not "should have acted sooner", "should be proud", "should be read")
    r"(?!(?:in|that|it|so|strongly)\b)(?=(?:[\w'’-]+\s+){1,8}?(?:must|should)\s+"
    r"(?!(?:have|be|already|not\s+be)\b))|"
    # "The fact that two women ... are at imminent risk means that the government must act"
    # (those who govern, not "means that NGOs must now register", a law's effect)
    r"\bmeans\s+that\s+(?=(?:the\s+|your\s+)?(?:government|authorities|state|states|ministers?|"
    r"ministry|commission|council|parliament|president|EU|European\s+Union|you)\b)|"
    # "But when it comes to responsibility on banana plantations, Lidl has to play fair"
    r"^(?:(?:but|and|yet|so)\s+)?when\s+it\s+comes\s+to\s[^,;]{1,150},\s+|"
    # "It is our view that the UK holds influence over Bahrain and should use it"
    r"\bit\s+is\s+our\s+(?:\w+\s+)?(?:view|belief|position|conviction)\s+that\s+|"
    # and after a condition: "If the EU wants to uphold its sovereignty(,) it must not pause"
    r"^(?:if|unless)\s[^.;:!?]{1,200}?(?:,\s*(?:then\s+)?|\s+(?=(?:it|they|you)\s+(?:must|should)\b))",
    re.IGNORECASE,
)
LEAD_CUE = re.compile(
    rf"\b(?:{_PRESENT}|recommendations?|our\s+(?:asks|demands|requests)|we\s+ask\s+that|"
    # ("Razom We Stand’s demands ahead of the roadmap’s release include:")
    r"(?:asks|demands|requests|recommendations|calls|priorities)\s+(?:[\w’'-]+\s+){0,6}?(?:are|include)"
    r"(?:\s+that)?|"
    # and addressed: "the associations reiterate their demands on Italy and Europe:"
    r"(?:our|their|its|the\s+following)\s+(?:\w+\s+)?(?:asks|demands|requests|recommendations)\s+"
    r"(?:on|to|of|for)\s+[^.;:!?]{1,80}?|"
    r"efforts\s+to|steps\s+to|measures\s+to|as\s+follows|the\s+following|by|to|"
    rf"{MODAL_VERB})\s*[:\uff1a]\s*$"  # "In order to ..., it must:"
    # "We reaffirm our demands for an agreement that:"
    rf"|\b(?:{_PRESENT}|our\s+(?:asks|demands|requests|calls?))\b[^.;:!?]{{0,150}}?\bthat\s*[:\uff1a]\s*$"
    # "The document includes a series of recommendations to UEFA ..., including that UEFA:"
    # (the authors' own; not "The Special Rapporteur's report made recommendations, including:")
    r"|^(?:(?:the|this|our)\s+(?:document|review|paper|submission|briefing)|(?:this|our)\s+"
    r"(?:report|statement|letter)|we)\b[^.;:!?]{0,250}?\brecommendations\b[^.;:!?]{0,250}?"
    r"\bincluding\s+that(?:\s+(?:the\s+)?(?-i:[A-Z])[\w-]*){1,4}\s*[:\uff1a]\s*$"
    # the demands named in another language: "formulieren wir sechs konkrete politische
    # Forderungen:", "nos revendications :"
    r"|\b(?:Forderungen|Empfehlungen|revendications|recommandations|exigencias|reivindicaciones|"
    r"recomendaciones|exigências|reivindicações|recomendações|richieste|raccomandazioni|eisen|"
    r"aanbevelingen|"
    # and in the languages of northern and eastern Europe: "Nasze postulaty:", "Követeléseink:",
    # "Τα αιτήματά μας:", "Recomandările noastre:"
    r"postulaty|żądania|követeléseink|revendicări(?:le)?|vaatimuksemme|искания(?:та)?|αιτήματα|"
    r"αιτήματά\s+μας|taleplerimiz|tuntutan(?:\s+kami)?|rekommendationer|anbefalinger|"
    r"anbefalingene|suositukset|zalecenia|rekomendacje|doporučení|odporúčania|preporuke|препоруке|"
    r"ajánlások|ajánlásaink|recomandări(?:le)?(?:\s+noastre)?|συστάσεις|рекомендации|рекомендації|"
    r"önerilerimiz|rekomendasi|"
    # (and the words that also say "requirements", only as ours or as sent: "upućeni sledeći
    # zahtevi :", "Våra krav:", "Наши требования:"; not "Direktiva postavlja sledeće zahteve:",
    # a job's "Требования:")
    r"(?:våra|våre|vores|naše|naši|наши|наші|nasze|meie|mūsų|mūsu|upućeni|upućene|upućujemo)\s+"
    r"(?:\w+\s+){0,2}?(?:krav|kraven|kravene|zahtevi|zahtjevi|zahteve|zahtjeve|захтеви|захтеве|"
    r"требования|вимоги|požadavky|požiadavky|vaatimukset|reikalavimai|prasības|nõudmised))"
    r"\s*[:\uff1a]\s*$"
    rf"|\b{FIRST_PERSON}\s*,?\s*{_ADVERBS}(?:{_PRESENT}|{_HOPE_FOR})\b|[请呼敦要促](?:求|吁|促)",
    re.IGNORECASE,
)
HEADING_CUE = re.compile(
    # "Recommendations for the EU Forced Labour Regulation", "Investor Expectations"
    r"^(?:our\s+|investor\s+)?(?:key\s+|main\s+|specific\s+)?(?:recommendations?(?:\s+(?:for|to|on)"
    # (and the demands addressed: "Demands to Syngenta", "Our asks to the Commission")
    r"\s[^:.!?]{1,80})?|(?:expectations|asks|demands|requests)(?:\s+to\s[^:.!?]{1,80})?|"
    r"calls\s+to\s+action|what\s+we\s+ask|we\s+ask|we\s+recommend(?:\s+that)?(?:\s+[\w\s]{1,40})?|"
    # a campaign page's steps for its readers: "Action Required", "What you can do"
    r"actions?\s+(?:required|needed)|what\s+you\s+can\s+do|how\s+you\s+can\s+help)"
    r"\s*[:\uff1a]?$",
    re.IGNORECASE,
)
IMPERATIVE_START = re.compile(
    # (not "Those put to death today were:")
    rf"^(?:(?!(?:those|these|the|they|we|it|he|she|this|that|who|which)\s)\w+\s+)?"
    rf"(?:{_IMPERATIVES}|publicly|urgently|going\s+forward)\b",
    re.IGNORECASE,
)
# An item that starts with a verb in the imperative: under any sentence ending in ":", it asks.
ITEM_VERB = re.compile(
    r"^(?:don[’']t\s+|do\s+not\s+|never\s+)?(?:immediately\s+|urgently\s+|publicly\s+|also\s+|fully\s+)?"
    rf"(?:{_ITEM_VERBS})\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"^(\d{1,2})([.)])\s")
PRONOUNS = {"they", "he", "she", "it", "their", "them"}
ALIASES = {
    "meps": "European Parliament",
    "the meps": "European Parliament",
    "the european parliament": "European Parliament",
    "parliament": "European Parliament",
    "the parliament": "European Parliament",
    "members of the european parliament": "European Parliament",
}
GENERIC_AUTHORS = re.compile(
    r"^(?:the\s+|a\s+group\s+of\s+|a\s+number\s+of\s+)?(?:rights?\s+|human\s+rights\s+|civil\s+"
    r"society\s+)?(?:groups?|organi[sz]ations|ngos|signatories|coalition|letter|campaigners|"
    r"activists|authors|they)$",
    re.IGNORECASE,
)
