"""How requests are written in the languages other than English that letterkit reads: the
verbs, musts and function words that the mining modules look for. Written from the languages, one
pattern per shape, and tried only where the English rules of english.py find nothing."""

from __future__ import annotations

import re

from letterkit.mining import scripts

# First-person requests in French, Spanish and German ("nous demandons", "pedimos a",
# "wir fordern"): the verbs say it, whatever follows.
ASK = re.compile(
    r"\b(?:(?:demandons|appelons|exhortons|recommandons|interpellons|réclamons|exigeons)\b|"
    r"nous\s+(?:vous\s+|lui\s+|leur\s+)?(?:\w+ment\s+)?(?:demandons|appelons|exhortons|invitons|prions|réclamons|"
    r"recommandons|insistons|interpellons|sollicitons|exigeons|enjoignons)|(?:les\s+signataires|nous)\s+(?:\w+\s+){0,3}appellent|"
    # the letter of one writer: "Je vous prie de bien vouloir prendre en considération"
    r"je\s+vous\s+(?:en\s+)?(?:\w+ment\s+)?(?:prie|demande|exhorte|invite|supplie)\s+(?:(?:de|à)(?=\s)|d['’])|"
    r"nous\s+attendons\s+de\s+vous|(?:nous\s+)?comptons\s+sur\s+vous\s+pour|"
    r"contamos\s+con\s+(?:usted(?:es)?|vosotros)\s+para|(?:est|constitue|lançons|lance)\s+un\s+appel\s+(?:à|aux)|"
    # "Je vous écris aujourd’hui pour vous appeler à cesser"; Italian "lanciano un appello al"
    r"(?:écris|écrivons)\s+(?:[\w'’]+\s+){0,6}?pour\s+vous\s+(?:appeler|demander|exhorter|inviter|prier)\s+"
    r"(?:à|de|d['’])|"
    r"lanci(?:a|ano|amo)\s+un\s+(?:\w+\s+)?appello\s+(?:\w+\s+)?(?:a|al|alla|ai|alle|agli|all['’])|"
    r"(?:pedimos|solicitamos|instamos|exigimos|exhortamos|exortamos|recomendamos|reivindicamos|demandamos|"
    # "sugerimos que la discusión ... pase a la Mesa", "proponemos que"
    # (not the reader sent somewhere: "sugerimos que consulte el anexo 2")
    r"(?:sugerimos|proponemos|propomos)\s+que(?!\s+(?:consulte|revise|vea|lea|visite|consulten|leia))|"
    r"(?:suggérons|proposons)\s+que|"
    r"(?:suggeriamo|proponiamo)\s+che|"
    r"cobramos|apelamos|conclamamos|emplazamos|reclamamos|esperamos\s+que|llamamos\s+a(?:l|\s+la|\s+los|\s+las)?\s|"
    # "queremos pedir que ... los Organismos ... EXIJAN", "quisiéramos solicitarles"
    r"(?:queremos|quisiéramos|deseamos)\s+(?:\w+\s+)?(?:pedir|solicitar|exigir|instar|reclamar|exhortar)|"
    # one speaker, in Portuguese: "Exorto as forças de segurança a"
    r"exorto\s+(?:[ao]s?|à|às)\s|hacemos\s+(?:\w+\s+){0,4}un\s+"
    r"(?:llamamiento|llamado))|"
    # "…, haciendo un llamado a la comunidad", "fazendo um apelo às autoridades"
    r"haciendo\s+(?:\w+\s+){0,2}?(?:un\s+)?(?:\w+\s+)?(?:llamado|llamamiento)\s+(?:a|al)\b|"
    r"fazendo\s+(?:um\s+)?(?:\w+\s+)?apelo\s+(?:a|à|às|ao|aos)\b|"
    # "... con un llamado urgente a la Asamblea Legislativa para que"
    r"con\s+un\s+(?:\w+\s+)?(?:llamado|llamamiento)\s+(?:\w+\s+)?(?:a|al)\s+[^.;:!?]{1,120}?"
    r"\s+para\s+que\b|(?:los|las)\s+(?:\w+\s+){0,5}(?:piden|solicitan|instan|exigen)|"
    r"(?:organizaciones|entidades|firmantes|asociaciones|organizações)\s+(?:\w+\s+){0,4}"
    r"(?:le\s+|les\s+)?(?:piden|solicitan|instan|exigen|reclaman|pedem|exigem|cobram)|"
    r"wir\s+(?:\w+\s+){0,2}(?:fordern|appellieren|bitten|rufen|empfehlen|verlangen)|"
    # and the purpose of the authors' act: "Wir haben uns zusammengeschlossen, um gemeinsam ein
    # Ende der Subventionen zu fordern"
    r"wir\s[^.;:!?]{0,150}?,\s+um\s[^.;:!?]{0,200}?\bzu\s+(?:fordern|verlangen)\b|"
    # and one writer: "Ich fordere Sie auf:", "Deshalb appelliere ich an Sie"
    # (not "Ich rufe Sie nächste Woche an", "Ich bitte Sie um Verständnis")
    r"ich\s+(?:\w+\s+){0,2}(?:fordere|appelliere|verlange)\s+(?:Sie|Ihnen|euch|dich)\b|"
    # "Ich rufe die Vorstände von BMW, Mercedes und VW persönlich dazu auf"
    r"ich\s+rufe\s+[^.;:!?]{1,150}?\s(?:dazu\s+)?auf\b|"
    r"(?:fordere|appelliere|ersuche)\s+ich\s+(?:Sie|Ihnen|an)\b|"
    # and in the perfect: "In der Anhörung haben wir auf ein Verbot ... gedrängt"
    # ("haben wir die drei Entscheider ... Zipse, Diess und Källenius aufgefordert")
    r"(?:haben\s+wir|wir\s+haben)\s+(?:[^.;:!?\s]+\s+){0,14}?(?:gefordert|gedrängt|"
    r"appelliert|verlangt|empfohlen|aufgefordert|aufgerufen)|"
    r"(?:fordern|appellieren|bitten|ersuchen|empfehlen)\s+wir\b|si\s+(?:chiede|chiedono|richiede)\b|"
    # "fordern die unterzeichnenden Organisationen", "die Unterzeichnenden appellieren"
    r"(?:fordern|appellieren|bitten|ersuchen|verlangen)\s+die\s+unterzeichnenden|"
    # ("Wir, die unterzeichnenden Organisationen, appellieren daher an Sie")
    r"unterzeichnenden\s+(?:\w+,?\s+)?(?:fordern|appellieren|bitten|ersuchen|verlangen)|"
    # Polish: "wzywamy Komisję do", "apelujemy", "domagamy się"; "…list, wzywając Komisję do"
    r"(?:wzywamy|apelujemy|domagamy\s+się|żądamy|postulujemy|oczekujemy|prosimy|wzywając)|"
    r"(?:chiediamo|richiediamo|esortiamo|invitiamo|sollecitiamo)|"
    r"vi\s+(?:\w+\s+){0,2}(?:ber|krever|oppfordrer|kräver|uppmanar|opfordrer|kræver|beder|"
    r"anmode[rt]?|anmoder|begär|kreve|anbefaler|rekommenderar|vädjar|appellerer|utfordrer|"
    r"udfordrer|utmanar)\b|"
    # Czech and Slovak, Romanian, Hungarian, Turkish, Russian, Ukrainian, Greek and Indonesian:
    # "vyzýváme vládu", "solicităm Comisiei", "felszólítjuk", "talep ediyoruz", "призываем",
    # "закликаємо", "ζητάμε", "kami mendesak"
    r"vyzýváme|žádáme|požadujeme|apelujeme|doporučujeme|naléháme|vyzývame|žiadame|"
    r"odporúčame|solicităm|îndemnăm|facem\s+(?:un\s+)?apel|recomandăm|cerem(?=\s+\w)|"
    r"felszólítjuk|követeljük|sürgetjük|javasoljuk|szorgalmazzuk|"
    # not "please note" ("Kérjük, vegye figyelembe") nor an apology ("просим прощения")
    r"kérjük(?!,?\s+vegy(?:e|ék)\s+figyelembe)|"
    r"çağırıyoruz|çağrıda\s+bulunuyoruz|talep\s+ediyoruz|rica\s+ediyoruz|tavsiye\s+ediyoruz|"
    r"призываем|требуем|настаиваем|рекомендуем|просим(?!\s+(?:прощени|извинени))|"
    r"закликаємо|вимагаємо|наполягаємо|рекомендуємо|просимо(?!\s+вибачен)|"
    r"ζητάμε|ζητούμε|καλούμε|απαιτούμε|"
    # Albanian: "I bëjmë thirrje Ministrisë ... që të vendosin", "kërkojmë"
    r"bëjmë\s+thirrje|kërkojmë|"
    # Lithuanian, Latvian, Estonian and Finnish: "raginame LR Seimą", "aicinām valdību",
    # "palume Teid kehtestada", "kutsume kõiki osapooli üles", "vaadimme hallitukselta" (not
    # the forms' other uses: "Prašome atkreipti dėmesį" please note, "Lūdzam piedot" forgive
    # us, "Palume vabandust", "Pyydämme anteeksi" we apologise)
    r"raginame|reikalaujame|kviečiame|prašome(?!\s+(?:atkreipti|kreiptis|atleisti)\b)|aicinām|"
    r"pieprasām|mudinām|lūdzam(?!\s+(?:ievērot|sazināties|piedot|ņemt\s+vērā)\b)|"
    r"palume(?!\s+(?:vabandust|arvestada|tähele)\b)|nõuame|"
    r"kutsume\s+(?:[^\s.;:!?]+\s+){0,4}?üles|vaadimme|kehotamme|"
    r"pyydämme(?!\s+(?:anteeksi|huomioi\w*|ottamaan\s+yhteyttä)\b)|vetoamme|"
    # Croatian, Serbian, Bosnian and Slovenian in both scripts, Bulgarian and Macedonian:
    # "pozivamo Vladu da", "zahtijevamo", "tražimo od", "позивамо", "призоваваме"
    # (not "tražimo volontere": we seek; not negated: "Ne tražimo od Vlade novac")
    r"(?<!\bne\s)(?:pozivamo|zahtijevamo|zahtjevamo|zahtevamo|apeliramo|tražimo(?=\s+(?:od|da)\s))|"
    r"позивамо|захтевамо|захтијевамо|призоваваме|настояваме|апелираме|повикуваме|"
    # Irish: "Éilímid ar an Rialtas", "Iarraimid ar an Aire", "Táimid ag éileamh ar" (we demand
    # of, we ask of, we are demanding of)
    r"éilímid|iarraimid\s+ar\b|impímid|(?:táimid|tá\s+muid)\s+ag\s+(?:éileamh|iarraidh)\s+ar\b|"
    # Basque: "eskatzen diogu Espainiako Gobernuari" (we ask the Spanish Government), "exijitzen
    # dugu", "aldarrikatzen dugu" (we claim)
    r"(?:eskatzen|exijitzen|galdatzen|aldarrikatzen)\s+(?:dugu|diogu|diegu|dizugu|dizuegu)\b|"
    # Macedonian "бараме од Владата" (we ask of the Government; not "бараме решение", we look
    # for a solution); Russian "Мы присоединяем свои голоса к требованиям" (we join our voices
    # to the demands of), "присоединяемся к призыву"
    # (not negated, "Не бараме од Владата пари"; nor since a year, "Бараме од 2019 година одговор")
    r"(?<!\bне\s)бараме(?=\s+од\s+(?!\d))|"
    r"(?<!\bне\s)присоединяем(?:ся|\s+(?:свои\s+|наши\s+)?голоса)\s+к\s+(?:\S+\s+)?"
    r"(?:призыв|требовани)\w*|"
    # Hausa: "muna kira ga gwamnati" (we call on the government), "muna bukatar gwamnati ta"
    # (we ask the government to)
    # (of someone, to act: not "Mun bukaci taimako daga hukumar", we asked the agency for help)
    r"(?:muna|mun)\s+(?:sake\s+)?(?:kira\s+ga|(?:bukaci|bukatar)(?=\s+(?:\S+\s+){1,4}?(?:ta|ya|su)\s))|"
    # Welsh: "Galwn ar y Llywodraeth i", "Rydym yn galw am statws swyddogol" (we call on, for)
    # ("Galwn felly ar", "Rydyn ni'n galw ar")
    r"galwn\s+(?:\w+\s+)?(?:ar|am)\b|(?:rydym|rydyn\s+ni|yr\s+ydym)\s+(?:\w+\s+)?yn\s+galw\s+(?:ar|am)\b|"
    r"(?:rydyn|dyn|ydyn)\s+ni['’]n\s+(?:\w+\s+)?galw\s+(?:ar|am)\b|"
    # Catalan: "demanem al Govern", "exigim", "fem una crida a" (not "demanem disculpes")
    r"demanem(?!\s+(?:disculpes|perdó)\b)|exigim|instem|fem\s+una\s+crida|"
    # Swahili: "Tunaitaka serikali", "tunatoa wito kwa", "tunaomba" (not "tunataka kusema": we
    # want to say; "Tunaomba radhi", "msamaha": we apologise; "Tunaomba Mungu": we pray;
    # "Tunadai kwamba": we claim that)
    r"tuna(?:i|m|wa|zi)?(?:taka|dai|omba)(?!\s+(?:ku|kwamba|kuwa|radhi|msamaha|Mungu|kazi)\b)(?!\s+ku)|"
    r"tunatoa\s+wito|tunasihi|tunahimiza|"
    # Icelandic: "Við hvetjum ráðherra til að", "krefjumst", "skorum á Alþingi að" (not "Við
    # skorum á síðustu mínútu": we score in the last minute)
    r"hvetjum|krefjumst|skorum\s+á\s+(?:\S+\s+){1,5}?að\b|"
    # Filipino: "Nananawagan kami sa pamahalaan", "hinihiling namin na" (not "Hinihiling namin
    # ang inyong pang-unawa": we ask your understanding; "na nasa mabuting kalusugan kayo": a
    # greeting)
    r"nananawagan\s+(?:kami|tayo)|(?:hinihiling|hinihingi|iginigiit)\s+(?:namin|natin)"
    r"(?!\s+(?:ang\s+inyong\s+(?:pang-unawa|paumanhin|pasensya)|na\s+nasa\s+mabuting)\b)|"
    # Hebrew: "אנו קוראים לממשלה לבטל" (we call on the government to cancel), "אנחנו דורשים
    # מהממשלה" (we demand of the government) (not "אנו קוראים לזה רצח": we call it murder;
    # not "לא", not)
    r"(?:אנו|אנחנו)\s+(?:(?!לא\s)\S+\s+)?(?:(?:קוראים|קוראות)(?=\s+ל\S+\s+(?:\S+\s+){0,4}?ל\S)|"
    r"(?:דורשים|דורשות)(?=\s+(?!של\s)[מש])|מפצירים|תובעים|מבקשים|מבקשות|"
    # "אנו פונים אליך בבקשה כי" (we turn to you with the request that)
    r"(?:פונים|פונות)\s+(?:\S+\s+)?בבקשה)|"
    # and "עוד נבקש כי" (we further ask that), "נבקש ממך" (we ask of you)
    r"(?<!\S)ו?נבקש(?=\s+(?:כי|ש|מ)\S*)|"
    # Vietnamese: "chúng tôi kêu gọi", "chúng tôi yêu cầu"
    r"chúng\s+tôi\s+(?:\w+\s+){0,2}?(?:kêu\s+gọi|yêu\s+cầu|đề\s+nghị|kiến\s+nghị|đòi\s+hỏi|"
    r"khuyến\s+nghị)|"
    r"(?:kami|kita)\s+(?:\w+\s+){0,2}(?:mendesak|meminta|minta|menuntut|menyerukan|merekomendasikan|"
    # and Malay: "Kami menggesa Kerajaan Malaysia ... untuk:"
    r"menggesa|menyeru|mencadangkan|"
    r"mengimbau|memohon)(?!\s+maaf)|(?:le|i|gli)\s+(?:\w+\s+){0,5}(?:chiedono|"
    r"esortano|invitano|sollecitano)|"
    # the German polite imperative: "Handeln Sie jetzt!" (not the question "Wissen Sie ...?")
    r"(?-i:(?:^|(?<=^[„\"“]))(?:Bitte\s+[A-ZÄÖÜa-zäöüß][a-zäöüß]*|[A-ZÄÖÜ][a-zäöüß]+)"
    r"(?:en|ern|eln)\s+Sie\b(?!.*\?$)))\b",
    re.IGNORECASE,
)
# To ask, in Spanish, Portuguese, French and Italian
TO_ASK = (
    r"solicitar|pedir|instar|exhortar|exigir|reclamar|cobrar|demander|solliciter|exhorter|"
    r"exiger|réclamer|chiedere|sollecitare|esortare"
)
# The authors write to ask, in other languages: "nos dirigimos a ustedes con el fin de
# solicitarles", "con el propósito de instarle", "pour vous demander", "mit der Bitte"
PURPOSE = re.compile(
    r"\b(?:(?:con\s+el\s+(?:fin|objeto|prop[óo]sito)\s+de|a\s+fin\s+de|afin\s+de|a\s+fim\s+de|"
    rf"al\s+fine\s+di|para|pour|per)\s+(?:vous\s+|lui\s+|leur\s+)?(?:{TO_ASK})"
    r"(?:les|le|lhes|vos)?|mit\s+der\s+(?:\w+\s+)?Bitte)\b",
    re.IGNORECASE,
)
# The call without its caller, in the present: "De Tweede Kamer wordt opgeroepen", "Die
# Regierung wird aufgefordert", "Les États sont invités à garantir", "se pide al Gobierno".
PASSIVE = re.compile(
    r"\b(?:wordt|worden)\s+(?:\w+\s+){0,2}?(?:opgeroepen|verzocht|gevraagd)\b|"
    # Norwegian, Swedish and Danish "kreves det", Indonesian "PBB juga diminta"
    r"\b(?:kreves|krävs|kræves|diminta|didesak)\b|"
    r"\b(?:wird|werden)\s+(?:\w+\s+){0,3}?(?:aufgefordert|gebeten|ersucht)\b|"
    r"\b(?:est|sont)\s+(?:\w+ment\s+)?(?:invitée?s?|appelée?s?|priée?s?|exhortée?s?)\s+(?:à|de)\s+"
    r"\w+(?:er|ir|re)\b|\bse\s+(?:pide|insta|exige|solicita|chiede|invita)\b",
    re.IGNORECASE,
)
# French "demande" after a determiner is the noun: "une demande au ministère", "La demande la
# plus urgente"
_NOT_THE_NOUN = (
    r"(?<!\bla\s)(?<!\bune\s)(?<!\bsa\s)(?<!\bma\s)(?<!\bcette\s)(?<!\bleur\s)(?<!\bnotre\s)"
    r"(?<!\bvotre\s)"
)
# A call made now, in the third person, in French, Spanish, Portuguese, Italian, German,
# Polish and Dutch: "demandent", "exigen", "cobram", "chiedono", "fordern", "wzywają",
# "heeft ... gevraagd".
CALLS_NOW = (
    # (and one caller imploring: "il implore le pays de cesser")
    r"(?:re)?demandent|appellent|exhortent|implorent|implore(?=\s+(?:le|la|les|l['’])\b)|réclament|exigent(?!\s+(?:circumstances?|needs?|threats?|pressures?)\b)|piden|solicitan|instan|exigen|reclaman|reivindican|"
    r"pedem|exigem|cobram|chiedono|esortano|sollecitano|fordern|appellieren|fordert|appelliert|"
    # Italian "chiede al governo di"; Polish "wzywają rząd do", "apelują", "domagają się"
    r"chiede(?=\s+(?:a|al|alla|ai|alle|agli|all['’]|una?|che|di)\b)|wzywaj\u0105|apeluj\u0105|domagaj\u0105\s+si\u0119|"
    r"\u017c\u0105daj\u0105|wzywa|apeluje|domaga\s+si\u0119|"
    # Portuguese, the Nordic languages, Czech, Slovak, Romanian, Hungarian, Turkish, Russian,
    # Ukrainian and Indonesian
    # (and one caller in Portuguese: "a ABI pede a VV.Ex.as que", "roga a VV.Ex.as que")
    r"(?:pede|roga|rogam)(?=\s+(?:a|ao|à|aos|às|que)\s)|"
    # "A Solidariedade Moçambique ... apela o Estado moçambicano a desencadear", "apela para
    # que" (not "apela aos sentidos", "apela ao medo": what it appeals to)
    r"apela(?=\s+(?:(?:para|a)\s+que\b|(?:a|ao|à|aos|às|o|os)\s+(?:[\w-]+\s+){1,5}?"
    r"(?:a|para)\s+\w+(?:ar|er|ir)\b))|"
    r"apelam|instam|recomendam|krever|kräver|kræver|oppfordrer|uppmanar|opfordrer|ber|(?<!\bett\s)begär|"
    r"vyzývají|žádají|požadují|apelují|vyzývajú|žiadajú|požadujú|solicită|îndeamnă|fac\s+apel|"
    r"felszólítják|követelik|sürgetik|kérik|çağırıyor|çağrıda\s+bulunuyor|talep\s+ediyor|"
    r"призывают|призывает|требуют|просят(?!\s+(?:прощени|извинени))|настаивают|"
    # (and one caller: "Світове українство закликає міжнародну спільноту"; "требует",
    # "вимагає", which also say "requires", only with what is to be done: "«Мемориал» требует
    # освободить", not "Ситуация требует внимания")
    r"закликає|(?:требует|вимагає)(?=\s+(?:от\s+\S+\s+|від\s+\S+\s+)?\w+(?:ть|ти|чь)\b)|"
    # Icelandic: "hvetur Landvernd ráðherra til að" (someone, to do something; not "Markmiðið er
    # að hvetja", "Hátt verð hvetur bændur" without "til að")
    r"hvetur(?=\s+(?:\S+\s+){1,5}?til\s+að\b)|skora(?:r)?\s+á\s+(?:\S+\s+){1,5}?að\b|"
    # Filipino: "nananawagan ang grupo sa pamahalaan" (a call on someone)
    r"nananawagan(?=\s+(?:\S+\s+){0,4}?sa\s)|"
    r"hinihiling(?=\s+(?:\S+\s+){0,5}?sa\s+(?:\S+\s+){1,4}?na\b)|закликають|вимагають|просять|наполягають|"
    r"mendesak|menuntut|menyerukan|kêu\s+gọi|yêu\s+cầu|"
    # Lithuanian, Latvian, Estonian, Finnish, the South Slavic languages and Catalan: "ragina
    # Vyriausybę", "aicina valdību", "kutsub ministrit üles", "kehottavat", "poziva građane
    # da", "призовава ... да", "demanen al Govern" (not the verbs that also say "requires":
    # "zakon zahtijeva", "laki vaatii"; nor an invitation: "aicina uz ekskursiju", "poziva
    # građane na koncert", "se poziva na odluku")
    r"ragina|aicina(?!\s+(?:\S+\s+)?uz\b)|mudina|kutsu(?:b|vad)\s+(?:[^\s.;:!?]+\s+){0,4}?üles|kehottaa|"
    # (nor the noun after its adjectives, listed with commas: "učestalih zvaničnih, ali i
    # neformalnih, poziva organizacijama", frequent invitations to organisations; but "Forum
    # mladih poziva Vladu" is a call)
    r"kehottavat|(?<!\bse\s)(?<!ih,\s)poziva(?:ju|jo)?(?=\s+(?:[^\s.;:!?]+\s+){0,6}?da\s)|"
    r"apelira(?:ju)?|(?<!их,\s)позива(?:ју)?(?=\s+(?:\S+\s+){0,6}?да\s)|призовава(?:т)?(?=\s+(?:\S+\s+){0,6}?да\s)|"
    r"(?<!\bes\s)demanen(?=\s+(?:a|al|als|que)\b)|reivindiquen|"
    # Irish: "Tá Conradh na Gaeilge ag éileamh ar an Rialtas" (is demanding of the government),
    # "ag iarraidh ar" (asking of); Basque "eskatzen dio Kontseiluak Espainiako Gobernuari"
    # (the Council asks the Spanish Government); Hausa "suna kira ga" (they are calling on)
    r"ag\s+(?:éileamh|iarraidh)\s+ar(?=\s)|(?:eskatzen|exijitzen|aldarrikatzen)\s+"
    r"(?:dio|die|du|diote|diete|dute)\b|(?:suna|tana|yana|na)\s+kira\s+ga\b|"
    # Welsh: "Mae Cymdeithas yr Iaith yn galw am statws swyddogol" (calls for), "yn galw ar y
    # Llywodraeth i" (calls on the government to), "penderfynodd ... i alw arno i ymddiswyddo"
    # (decided to call on him to resign)
    # (a caller named by its capital after the sentence's first word: not "Mae'r swydd yn galw am
    # sgiliau", the job calls for skills; "Bydd y gweinidog yn galw ar yr ysgol", will visit it)
    r"(?<=\s)(?-i:[A-Z])[\w’'-]*\s[^.;:!?]{0,80}?(?:yn\s+galw|i\s+alw)\s+(?:ar|am|arno|arni|arnynt)(?=\s)|"
    # French "elle demande au gouvernement d'agir" (not the noun: "une demande au ministère"),
    # "RSF appelle à la libération" (not "il s'appelle"); German "ICT ruft ... dazu auf"
    rf"{_NOT_THE_NOUN}demande(?=\s+(?:au|aux|à)\b)|"
    r"(?<![’'])appelle(?=\s+(?:à|au|aux)\b)|"
    # "Reclaim Finance appelle le Crédit Agricole à cesser"
    r"(?<![’'])appelle(?:nt)?\s+(?:l['’]|la\s+|le\s+|les\s+)(?:[\w'’-]+\s+){0,5}?à"
    # (and a pronoun before the verb: "appelle les autorités à la laisser accéder")
    r"(?=\s+(?:(?:la|le|les|lui|leur|se)\s+|l['’]|s['’])?\w+(?:er|re|ir)\b)|ruf(?:t|en)\s+(?:[^.;:!?\s]+\s+){0,8}?(?:dazu\s+)?auf\b|"
    # Dutch, made in the perfect: "Het OJCM heeft de Kamer dan ook gevraagd", "heeft bij de
    # Tweede Kamer bepleit dat"
    r"(?:heeft|hebben)\s+(?:[\w-]+\s+){0,6}?(?:gevraagd|verzocht|bepleit|opgeroepen|aangedrongen)"
    # (not a question: "heeft de politie gevraagd of er extra agenten nodig zijn")
    r"(?!\s+(?:of|hoe|hoeveel|wat|waarom|wie|wanneer|waar|welke)\b)"
)
# The same calls reported in the third person, in a news report: "Elles lui demandent de",
# "O texto cobrou do governo", "Las organizaciones exigieron", "Die Verbände fordern".
REPORTED = re.compile(
    rf"\b(?:(?:lui|leur|vous)\s+)?(?:{CALLS_NOW}|invitent|"
    # (and an adverb of two words: "la société civile a en outre exigé que")
    r"(?:ont|a)\s+(?:(?:en\s+outre|par\s+ailleurs)\s+|\w+\s+)?"
    r"(?:demandé|appelé|exhorté|réclamé|exigé|revendiqué|imploré)|"
    # "Moïse Hangi ... a invité les autorités à pouvoir se soucier de" (not an invitation to
    # come: "a invité la presse à une conférence", "à assister", "à dîner", "à venir constater")
    r"(?:ont|a)\s+(?:\w+\s+)?(?:invité|encouragé)(?=\s+(?:[\w'’-]+\s+){1,6}?à\s+"
    r"(?:(?:se|s['’])\s*)?(?!(?:assister|dîner|déjeuner|venir|participer|rejoindre|visiter|"
    r"célébrer|découvrir)\b)(?-i:[a-zé])\w+(?:er|ir|re|oir)\b)|"
    # "RSF demande la libération du journaliste", "Elle demande également l’abandon des
    # charges" (a demand named by its act; not "La demande la plus urgente")
    rf"{_NOT_THE_NOUN}demande(?:nt)?\s+(?:(?:également|aussi|encore|instamment)\s+)?(?:l['’]|la\b|le\b)"
    r"(?=\s*(?:libération|abandon|arrêt|fin|levée|retrait|suspension|annulation|ouverture)\b)|"
    # "ont dénoncé une « arrestation arbitraire » et appelé à la libération"
    r"(?<=\bet\s)(?:appelé|demandé|exigé|réclamé)\s+(?:(?:à|au|aux|la|le|les)\b|l['’])|"
    # "Elles ont lancé un appel aux partenaires à agir", "Aussi ont-elles lancé un appel",
    # "ont lancé, lundi 1er août, un appel aux autorités"
    r"(?:(?:ont|a)(?:-t)?(?:-(?:elles?|ils?|on))?\s+(?:\w+\s+)?lancé|lancen?t)(?:,\s+[^,.;:]{1,40},)?\s+"
    r"un\s+(?:\w+\s+)?appel\s+(?:à|aux|au)\b|"
    # "La comunidad ... hacen un llamado al Gobierno Nacional para que", "han hecho un llamado"
    r"(?:hacen|hace|hicieron|hizo|(?:ha|han)\s+hecho)\s+(?:\w+\s+){0,2}?un\s+(?:\w+\s+)?"
    r"(?:llamado|llamamiento)\s+(?:a|al)\b|"
    r"pidieron|solicitaron|instaron|exigieron|reclamaron|reivindicam|llamaron\s+a|exhortaron|"
    # and one caller: "el GTANW también pidió una investigación", "ha pedido a la PCM"
    r"pidió|solicitó|instó|exigió|reclamó|exhortó|urgió|"
    r"(?:ha|han)\s+(?:\w+\s+)?(?:pedido|solicitado|instado|exigido|reclamado|exhortado)|"
    r"urgieron|apelaron|apelaram|exortaram|exortou|instaram|instou|solicitaram|"
    r"pede|exige|reivindica|pediu|pediram|exigiu|exigiram|cobrou|cobraram|"
    # one caller now, in Spanish: "insta a la UE a", "invita a los gobiernos europeos a"; or
    # several: "sus dirigentes ... exhortan al Congreso peruano a aprobar" (not "Las imágenes
    # invitan a la reflexión", "piden a gritos")
    r"(?:insta|invita|exhorta|pide|solicita|reclama|(?:insta|exhorta|solicita|reclama)n)"
    r"(?=\s+a(?:l|\s+la|\s+las|\s+los)?\s)|"
    # and Dutch, whose verb leaves its particle at the clause's end: "Tientallen organisaties
    # roepen de Tweede Kamer in een paginagrote advertentie op tegen de wet te stemmen",
    # "Woensdag riep de VNG ook al op niet in te stemmen", "roepen op tot een staakt-het-vuren"
    # (not "roept de vraag op om hoeveel geld het gaat", "roept weerstand op tegen de plannen")
    r"(?:roep(?:t|en)|riep(?:en)?)\s+(?:[\w()-]+\s+){0,10}?op\s+(?=tot\b|(?:om|tegen|niet)\s"
    r"(?:[\w-]+\s+){0,8}?(?:in\s+)?te\s+\w+)|"
    r"(?:hanno|ha)\s+(?:\w+\s+)?(?:chiesto|invitato|esortato|sollecitato|richiesto)|forderten|appellierten|exigindo|pedindo|"
    r"cobrando|solicitando|reivindicando|exigiendo|pidiendo|reclamando|instando|apelando|exhortando|"
    r"krevde|krävde|krævede|oppfordret|uppmanade|opfordrede|vyzvaly|vyzvali|vyzvala|vyzval|"
    r"požádaly|požádali|požadovaly|požadovali|požiadali|(?:au|a)\s+(?:cerut|solicitat|îndemnat)|"
    # (and Romanian's participle, with or without its diacritics: "solicitând intervenția")
    r"solicit[âa]nd|cer[âa]nd|îndemn[âa]nd|"
    r"felszólították|felszólította|(?:szólította|szólították)\s+fel|követelték|sürgették|kérték|"
    # a letter sent "para pedir", "pour demander", "per chiedere"; German reported speech:
    # "Deutschland müsse die Mittel erhöhen"
    rf"(?:para|pour|per)\s+(?:{TO_ASK})\b|müsse|solle|"
    r"çağrısında\s+bulundu|çağrıda\s+bulundu|talep\s+etti|çağırdı|"
    r"призвали|призвал[аи]?|потребовали|потребовал[аи]?|попросили|"
    r"закликали|закликала|закликав|вимагали|meminta|"
    # Hausa: "ta bukaci gwamnatocin jihohin" (it asked the state governments), "sun yi kira ga"
    # (they called on)
    r"(?:ta|ya|sun|an)\s+(?:kuma\s+)?bukaci|(?:ta|ya|sun)\s+(?:kuma\s+)?yi\s+kira\s+ga|"
    # Albanian: "ECPMF ka reaguar duke bërë thirrje Ministrisë", "kanë kërkuar"
    r"(?:(?:ka|kanë)\s+)?(?:bërë|bëri|bënë|bën|bëjnë)\s+thirrje|kërkoi|kërkuan|kërkojnë|"
    r"(?:ka|kanë)\s+kërkuar|"
    # Lithuanian, Latvian, Estonian and Finnish, in the past; and the verbs that also say
    # "requires" in the plural with what is demanded: "Allekirjoittajat vaativat, että",
    # "nõuavad, et", "zahtijevaju da" (not "Laki vaatii", "Seadus nõuab": a law requires; nor
    # "palus vabandust", "pyysi anteeksi", "vetosi hätävarjeluun": apologised, invoked)
    r"ragino|paragino|aicināja|mudināja|nõudsid(?=,?\s+et\b)|nõuavad(?=,?\s+et\b)|"
    r"kutsu(?:s|sid)\s+(?:[^\s.;:!?]+\s+){0,4}?üles|vaativat(?=,\s+että\b)|kehotti|kehottivat|"
    # the South Slavic languages: "zahtijevaju da", "traže od Vlade da", "pozvali su građane
    # da", "zatražili su da", "призоваха" (not "zatražio komentar", "Pozvali su ga na
    # večeru", "Той настоява, че е невинен")
    r"zahtijevaju(?=\s+(?:\S+\s+){0,6}?da\s)|zahtevaju(?=\s+(?:\S+\s+){0,6}?da\s)|"
    r"traž(?:i|e)(?=\s+(?:od\s+(?:\S+\s+){1,4}?)?da\s)|"
    r"(?:pozva|zatraži|zahtijeva|zahteva)(?:o|la|li|le)(?=\s+(?:[^\s.;:!?]+\s+){0,6}?da\s)|"
    r"захтевају(?=\s+(?:\S+\s+){0,6}?да\s)|затражи(?:о|ла|ли)(?=\s+(?:\S+\s+){0,6}?да\s)|"
    r"настояват(?=\s+(?:\S+\s+){0,4}?(?:да|за)\s)|призоваха|призова(?=\s+(?:\S+\s+){0,6}?да\s)|"
    # Catalan: "han demanat", "van reclamar" (not "ha demanat perdó", "ha reclamat l'autoria",
    # nor Spanish "va a exigir")
    r"(?:ha|han)\s+(?:\w+\s+)?(?:demanat(?!\s+(?:perdó|disculpes)\b)|exigit|"
    r"reclamat(?!\s+l['’]autoria)|instat)|(?:va|van)\s+(?!a\s)(?:\w+\s+)?(?:demanar|exigir|instar)|"
    # Swahili: "LHRC ... wanamtaka waziri mkuu ... kufuta" (they require the prime minister to
    # withdraw), "wametoa wito kwa serikali" (they have called on the government); someone is
    # required (not "wanataka mvua": they want rain; "wanadai kwamba": they claim that;
    # "Anaomba kazi": applies for a job)
    r"(?:wa|a)(?:na|me|li)(?:i|m|wa|zi)(?:taka|omba)(?!\s+(?:ku|kwamba|kuwa|radhi|msamaha|Mungu|kazi)\b)|"
    r"(?:wa|a)(?:na|me|li)toa\s+wito|"
    # Filipino: "nanawagan ang grupo sa", "hiniling nila", "muling ipanawagan sa pamahalaan",
    # "Panawagan din nila na" (their call, too, is that)
    # (on someone: not "Hiniling niya ang kamay ng dalaga", "sumagot sa panawagan ng")
    r"(?:nanawagan|ipinanawagan|ipanawagan|hinimok)(?=\s+(?:\S+\s+){0,4}?sa\s)|"
    r"hiniling(?=\s+(?:\S+\s+){0,5}?sa\s+(?:\S+\s+){1,4}?na\b)|"
    r"(?<!sa\s)panawagan\s+(?:din\s+|rin\s+)?nila\s+na\b|"
    # Hebrew: "ודרשו באמצעות מכתב" (and demanded by a letter), "קראו לממשלה לבטל" (called on
    # the government to cancel) (not "קרא לבנו יוסף": named his son; "דרשה": a sermon)
    r"ו?(?:קראו|קראה|קרא|קוראים|קוראות)(?=\s+ל\S+\s+(?:\S+\s+){0,4}?ל\S)|"
    # (in the present, the masculine plural organisations take, and of someone: not "התקנות
    # ... דורשות מכל החברות", the regulations require of every company)
    r"ו?דרשו|ו?דורשים(?=\s+מ))\b",
    re.IGNORECASE,
)
# One caller, in French and German, which a letter's author or its own document must be: "HRWF
# prie instamment le MEDEF de soulever", "Ce document exige la libération" (not "Le Comité
# exhorte l'État partie à", "La loi exige que les entreprises publient")
ONE_CALLS = re.compile(
    # and in German, in the perfect: "Die Deutsche Umwelthilfe (DUH) hat in drei Schreiben die
    # Vorstandschefs ... dazu aufgefordert, ... zuzustimmen"
    r"\b(?:(?:hat|haben)\s+[^.;:!?]{1,250}?\s(?:dazu\s+)?(?:aufgefordert|aufgerufen),"
    # (a date's full stop is no sentence's end: "bis Montag, den 18. Juli ... zuzustimmen")
    r"(?=(?:[^.;:!?]|(?<=\d)\.){0,250}?(?:\bzu\s+\w+|\w+zu\w+en)\b)|"
    r"prie\s+instamment|exhorte(?=\s+(?:le|la|les|l['’]|à)\b)|"
    r"(?<![’'])exige(?=\s+(?:la\s+libération|l['’]abandon|la\s+fin|l['’]arrêt)\b))"
)
OWN_DOCUMENT = re.compile(
    r"\b(?:ce|cette|notre|le\s+présent|la\s+présente)\s+(?:document|lettre|déclaration|appel|"
    r"rapport|communiqué|pétition)\s*$",
    re.IGNORECASE,
)
# and restated on the letter's own page, with Dutch: "De brief roept op tot"
RESTATED = re.compile(
    # (not an infinitive: "um ... das Klimaschutzgesetz zu fordern")
    rf"\b(?<!\bzu\s)(?:{CALLS_NOW}|interpellent|solicitam|verlangen|vragen|verzoeken|eisen|"
    # the letter itself in Spanish: "La carta es una respuesta a ... e insta a Hu Jintao a"
    # (not a treaty's article: "el Acuerdo ... insta a los Estados Parte")
    r"(?<=carta\s)[^.;:!?]{0,150}?\b(?:insta|pide|solicita|exhorta)(?=\s+a[ls]?\s)|"
    r"roep(?:t|en)\s+(?:\w+\s+){0,4}?op|dring(?:t|en)\s+(?:\w+\s+){0,5}?aan)\b",
    re.IGNORECASE,
)
BODY = re.compile(
    # (and in Irish, Basque and Hausa: the government, a minister, a commissioner, the police)
    r"\b(?:(?-i:Rialtas|Aire|Coimisinéir\w*|Jaurlaritza\w*|Gobernu\w*)|gwamnat\w*|gwamna\w*|"
    r"'?yan\s+sanda|Parlement|Parlamento|Parlament|Commission|Comisi[óo]n|Commissione|Kommission|Commissie|"
    r"Conseil|Consejo|Consiglio|Raad|ONU|UNO|VN|gouvernement|gobierno|governo|Regierung|regering|"
    r"experts?|expertos|esperti|Experten|deskundigen|Nations\s+unies|Naciones\s+Unidas|"
    r"Nazioni\s+Unite|Vereinten\s+Nationen|Verenigde\s+Naties|"
    # and in the languages added later: "Europos Parlamentas", "Eiropas Parlaments", "Euroopan
    # parlamentti", "Европейският парламент", "Jungtinių Tautų ekspertai", "YK:n asiantuntijat"
    r"Parlamentas|Parlaments|parlamentti|парламент\w*|Jungtinių\s+Tautų|ANO|YK|ООН|ekspert\w*|"
    r"asiantuntija\w*|експерт\w*|Ríkisstjórn\w*|Президент\w*|Кремл\w*|Москв\w*|правительств\w*|"
    r"уряд\w*|министр\w*|міністр\w*)\b",
    re.IGNORECASE,
)
# "<someone> must/should" in Spanish, Portuguese, French, Italian and German, the subject
# named (capitalised or with an article) and not "we": "La UE debe", "Les États doivent".
MODAL = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:tanto\s+)?(?:(?:la|el|los|las|le|les|l'|o|a|os|as|il|gli|i|die|der|das)\s+|"
    r"(?-i:[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄÖÜ]))[^,.;:!?]{1,120}?\s+(?:no\s+|ne\s+|non\s+|não\s+|nicht\s+)?"
    r"(?:deben|debe|deberían|debería|devem|deve|deveriam|deveria|doivent|doit|devraient|devrait|"
    r"devono|dovrebbero|dovrebbe|"
    # "Esta situação tem que ser revertida", "El Gobierno tiene que garantizar"
    r"tem\s+(?:que|de)|têm\s+(?:que|de)|tiene\s+que|tienen\s+que)\s+"
    # an infinitive follows ("deben hacer", "doivent garantir"), not "la empresa debe más"
    # (and an adverb between: "L'UE deve finalmente passare", "doivent immédiatement cesser")
    r"(?:(?:no|ne|pas|non|não|también|aussi|anche|também|se|s'|si|\w+mente|\w+ment)\s+)*"
    # (and its object's pronoun: "Le gouvernement doit le libérer", "doit l'abandonner"; not
    # a debt: "doit le pouvoir à l'armée", "doit leur salaire aux enseignants")
    r"(?:(?:le|la|les|lui|leur|lo|los|las|nous|vous)\s+\w+(?:ar|er|ir|ír|re)\b(?!\s+(?:à|au|aux)\b)|"
    r"(?:l['’]|s['’])?\w+(?:ar|er|ir|ír|re)\b)|"
    r"^(?:[^,]{0,40},\s*)?(?:(?:die|der|das)\s+|(?-i:[A-ZÄÖÜ]))[^,.;:!?]{1,120}?\s+"
    # ("darf ... nicht": must not; "darf" alone only allows)
    r"(?:müssen|muss|müssten|müsste|sollten|sollte|"
    # (with the object between: "Die Schweiz darf dem atomaren Wettrüsten nicht zusehen")
    r"(?:darf|dürfen)(?=\s+(?:\w+\s+){0,5}(?:nicht|kein)))\s+\w+|"  # the infinitive comes last
    # and the verb second after an adverb: "Auch sollen sie alle Beschaffungen ... beenden"
    # or after a condition: "Wenn die Bundesregierung es ernst meint ..., muss das Thema", "Nachdem
    # die Europäische Union ... beschlossen hat, muss die Bundesregierung nun"
    r"^(?:Auch|Zudem|Außerdem|Ferner|Darüber\s+hinaus|Gleichzeitig|Insbesondere|Vor\s+allem|"
    r"Deshalb|Daher|(?:Wenn|Falls|Sofern|Nachdem|Da|Weil|Bevor|Sobald|Solange)\s[^.;:!?]{1,200}?,)\s+"
    r"(?:müssen|muss|müssten|müsste|sollten|sollte|sollen)\s+"
    r"(?:sie|die|der|das|alle|(?-i:[A-ZÄÖÜ])\w*)\s+\w+|"
    # Dutch: "De regering moet", "Het beleid mag niet leiden tot"
    r"^(?:[^,]{0,80},\s*)?(?:(?:de|het)\s+|(?-i:[A-Z]))[^,.;:!?]{1,120}?\s+"
    r"(?:moet|moeten|mag\s+niet|mogen\s+niet|zou(?:den)?\s+moeten)\s+\w+|"
    # Norwegian and Swedish: "Norge må avslutte", "De bör därför återföras" (a passive)
    r"^(?-i:[A-ZÆØÅ])[^,.;:!?]{1,120}?\s+(?:må|bør|måste|bör)\s+(?:\w+\s+)?\w+(?:e|es|as)\b|"
    # Polish: "Polska musi przestrzegać", "Osoby ... muszą podlegać procedurom"
    r"^(?-i:[A-Z\u0104\u0106\u0118\u0141\u0143\u00d3\u015a\u0179\u017b])[^,.;:!?]{1,120}?\s+"
    r"(?:musi|muszą|powinien|powinna|powinno|powinni|powinny)\s+(?:nie\s+)?\w+\u0107\b|"
    # Czech and Slovak: "Vláda musí zajistit", "by měla propustit", "by mala zabezpečiť"
    r"^(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])[^,.;:!?]{1,120}?\s+(?-i:musí|musejí|by\s+(?:měl[aoiy]?|mal[aoi]?))\s+"
    r"(?:\w+\s+)?\w+(?:t|ť|ci)\b|"
    # Irish, after an item's label: "LÁITHREACH: Ba chóir an maolú ... a chur ar ceal" (NOW: the
    # derogation should be ended); Hausa "Ya kamata gwamnati ta" (the government should)
    # (not "Ba chóir a thabhairt faoi deara go", it should be noted that)
    r"^(?:[^:.;!?]{1,40}:\s*)?Ba\s+chóir\s+(?!a\s+(?:thabhairt\s+faoi\s+deara|rá|lua)\b)\S+|"
    r"^Ya\s+kamata\s+(?:\S+\s+){1,4}?(?:ta|ya|su)\s|"
    # Romanian and Greek: "Guvernul trebuie să", "Η ΕΕ πρέπει να"
    r"^(?-i:[A-ZĂÂÎȘȚŞŢΑ-ΩΆΈΉΊΌΎΏ])[^,.;:!?]{1,120}?\s+(?:trebuie\s+s[ăa]|ar\s+trebui\s+s[ăa]|"
    r"πρέπει\s+να)\s+\w+|"
    # Russian and Ukrainian: "Правительство должно освободить", "Уряд повинен звільнити"
    r"^(?-i:[А-ЯЁІЇЄҐ])[^,.;:!?]{1,120}?\s+(?:должен|должна|должно|должны|обязан[аоы]?|"
    r"повинен|повинна|повинно|повинні|мусить|мусять)\s+(?:\w+\s+)?\w+(?:ть|ти|чь)(?:ся|сь)?\b|"
    # Turkish: "Hükümet ... serbest bırakmalıdır"; Indonesian: "Pemerintah harus segera"
    r"^(?-i:[A-ZÇĞİÖŞÜ])[^,.;:!?]{1,160}?\s\w+m[ae]l[ıi](?:d[ıi]r)?[.!]?$|"
    r"^(?:seharusnya|sudah\s+seharusnya)\s+(?-i:[A-Z])\w*\s+\w+|"
    r"^(?-i:[A-Z])[^,.;:!?]{1,120}?\s+(?:harus|wajib|seharusnya|perlu)\s+(?:segera\s+)?"
    r"(?:me|mem|men|meng|meny|ber|di)\w+",
    re.IGNORECASE,
)
# Function words of the other languages: enough of them and a sentence is not English.
_FUNCTION_WORD_LIST = (
    "que la una y del en sus los las el les des du une um uma não os da do dos das che il "
    "della per die der und den mit nicht et est con por para pour dans sur elles elle ils lui "
    "leur aux au auprès eles ces avec "
    "sobre à às ao aos pelo pela pelos pelas nas num numa foi "  # and more Portuguese
    "ela sie ihr wir het een van naar niet wordt zijn ze zum zur für dem ein eine einen auf "
    "ist sind auch zu "
    "się oraz przy jest są że aby żeby dla przez na "  # Polish
    "dat bij ook tegen tot heeft hebben worden wij onze deze "  # and more Dutch
    # the Nordic languages, Czech and Slovak, Romanian, Hungarian, Turkish, Indonesian,
    # Russian, Ukrainian and Greek
    "alla agli degli delle nel nella sono anche ikke inte på že jsou které který sú și "
    "să în pentru este és hogy egy nem bir için ile olarak untuk dengan kepada bahwa agar oleh "
    "serta juga tidak akan dalam pada milik telah sudah belum terhadap sebagai "
    "při jako podle "
    "và của các những được để trong với "  # Vietnamese
    "të së për dhe që është janë një "  # Albanian
    "и в что не для і та що до και να την του για "
    "yra dėl kaip buvo kuris kurie "  # Lithuanian
    "tiek arī "  # Latvian
    "ja oma või selle mida "  # Estonian and Finnish "ja" (and)
    "että ovat sekä myös kuin joka jotka mukaan "  # Finnish
    # Croatian, Serbian, Bosnian, Slovenian; Bulgarian, Macedonian and Serbian in Cyrillic (not
    # the words they share with Czech, Spanish or Russian: "se", "za", "на", "от")
    "koji koja koje kako što ili nije prema biti tudi "
    "които този тази със във које који није "
    "dels perquè aquest aquesta també "  # Catalan
    "kwa katika kuwa hiyo hao pamoja "  # Swahili
    "að ekki þess fyrir "  # Icelandic
    "mga ay nila"  # Filipino ("ang", "ng", "ito": lower case only, below)
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
# (in lower case only, the words that are also English names or abbreviations: "Yang", "Dan",
# "ITU", "ATT", "AZ", "Med")
_LOWER_CASE_ONLY = frozenset(
    (
        "og",
        "och",
        "att",
        "som",
        "med",
        "je",
        "az",
        "ini",
        "itu",
        "dan",
        "yang",
        "di",
        "non",
        "ir",
        "un",
        "od",
        # and the short words of the languages added later: "Lai", "Tai", "Su", "KAS", "EI"
        "kad",
        "bei",
        "kas",
        "lai",
        "uz",
        "ning",
        "ei",
        "kui",
        "mis",
        "ka",
        "kes",
        "tai",
        "su",
        "iz",
        "ki",
        "ter",
        "els",
        "amb",
        "ang",
        "ng",
        "ito",
        # Irish, Basque and Hausa
        "agus",
        "atá",
        "bhfuil",
        "níos",
        "chun",
        "faoi",
        "freisin",
        "eta",
        "ez",
        "ere",
        "baina",
        "dute",
        "duen",
        "dela",
        "dira",
        "kuma",
        "cewa",
        "wannan",
        "domin",
        "wajen",
        "saboda",
        # Welsh ("Mae Cymdeithas yr Iaith yn galw am"; not "a 5 yr old")
        "yn",
        "mae",
        "sydd",
        "gyda",
        "wedi",
        "dros",
        "hynny",
        "ymysg",
    )
)
_WORD = re.compile(r"\w+")
# Greek, Cyrillic, Hebrew, Devanagari, Bengali and Thai letters: a sentence written mostly in
# them is not English
_OTHER_SCRIPT = re.compile(
    rf"[\u0370-\u04ff{scripts.HEBREW}{scripts.DEVANAGARI_BENGALI}{scripts.THAI}]"
)
_LETTER = re.compile(r"[^\W\d_]")
# and letters of the Baltic and Slavic alphabets that English never writes: two of them say
# so where a short sentence has too few function words ("Udruge pozivaju građane da se
# uključe"; not a name alone: "Novak Đoković")
_OTHER_LETTER = re.compile(r"[čćđšžėųąįūāēīļņķģõðþ]")  # (and Icelandic's "ð", "þ")


def in_other_script(text: str) -> bool:
    """Whether half the letters of `text` are Greek, Cyrillic, Hebrew, Devanagari, Bengali or Thai
    (not an English sentence quoting a slogan or a name in them: only words that do not start
    with a capital count)."""
    if _OTHER_SCRIPT.search(text) is None:
        return False
    plain = " ".join(word for word in text.split() if not word[:1].isupper())
    return 2 * len(_OTHER_SCRIPT.findall(plain)) >= len(_LETTER.findall(plain)) > 0


def is_foreign(text: str) -> bool:
    """Whether two function words of other languages say `text` is not English; or half its
    letters are of another script (where function words may be joined to the next word, as in
    Hebrew, or words not spaced at all, as in Thai); or two letters English never writes."""
    head = text[:400]
    if in_other_script(head):
        return True
    if _OTHER_LETTER.search(head) and (
        len(_OTHER_LETTER.findall(" ".join(w for w in head.split() if not w[:1].isupper()))) >= 2
    ):
        return True  # (not a name: "Guðlaugur Þór Þórðarson")
    found = 0
    for match in _WORD.finditer(text):
        word = match.group()
        # (Turkish "İ" lowers to "i" and a combining dot)
        if word in _LOWER_CASE_ONLY or word.lower().replace("\u0307", "") in _FUNCTION_WORDS:
            found += 1
            if found == 2:
                return True
    return False


# Chinese, in both scripts. A call verb used as a verb: not "的建議" (the proposal), "被要求"
# (was required to) or "要求的" (required).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
ZH_VERBS = "呼籲|呼吁|籲請|吁请|要求|敦促|促請|促请|請求|请求|懇請|恳请|建議|建议|促使"
ZH_CALL = rf"(?<![被的之])(?:{ZH_VERBS})(?![的之後后是])"
ZH_ASK = re.compile(rf"(?:我們|我们|我)(?:在此)?(?:\S{{0,6}})?{ZH_CALL}")
ZH_CALLS = re.compile(ZH_CALL)
# "政府應遵守", "必須停止": should and must; not 因應 (in response to), 回應 (reply), 應用 (use),
# 應得 (deserved)
ZH_MODAL = re.compile(
    r"必須|必须|應該|应该|應當|应当|(?<![因回相反對对適适供效答響响感理])[應应](?![對对用變变付允得邀聘])"
)
ZH_SAYS = re.compile(r"表示|指出|認為|认为|強調|强调|說|说")
ZH_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』")
# Who acts, at the start of a clause: "台灣公民團體本周日將…" gives 台灣公民團體
ZH_SUBJECT = re.compile(
    r"[^\s,\uff0c、。\uff1b\uff1a「」\uff08\uff09()]{2,24}?(?=本週|本周|今日|今天|昨日|昨天|日前|近日|也|並|并|則|则|亦|更|"
    rf"將|将|在|於|于|共同|聯合|联合|再次|強烈|强烈|表示|指出|認為|认为|強調|强调|說|说|向|應|应|必須|必须|{ZH_VERBS})"
)
# In a letter, a body other than the signatories: "聯合國專家呼籲"
ZH_OTHER_BODY = re.compile(
    r"聯合國|联合国|專家|专家|報告員|报告员|議會|议会|議員|议员|政府|歐盟|欧盟"
)
# Who a call reported in another language is made by, named before its verb: a phrase that
# opens with an article ("Las organizaciones", "Die China-Plattform", "A carta aberta") or
# names a group ("Organizace", "Правозащитники"); not an adverb ("También", "Konkret").
SUBJECT = re.compile(
    r"(?:(?:las|los|la|el|les|le|ces|des|die|der|das|o|a|os|as|il|lo|gli|i|de|het|een)\s+"
    r"(?:[\w'’-]+\s+){0,4}[\w'’-]+|(?:[\w'’-]+\s+){0,4}?\b(?:organi[sz]|organiz|организац|"
    r"організац|правозащит|правозахис|koalic|koalis|coali|ngo|ong\b|grup|skupin|asocia|"
    r"associa|stowarzysz|platform|netzwerk|verb[aä]nd|sindica|union|signatar|firmant)[\w'’-]*"
    r"(?:\s+[\w'’-]+){0,3})",
    re.IGNORECASE,
)


# Korean and Japanese, which end a sentence with its verb: a call ("촉구합니다" we urge,
# "求めます" we ask), a must ("되어야 합니다", "べきです") or a polite request ("바랍니다",
# "ください"); and a call reported in the past ("요청했습니다", "求めました").
# Thai and Bengali, whose words \b cannot find (Thai writes no spaces between words; both
# join vowel signs to letters): a call, "เรียกร้องให้" (call on ... to; not the noun, "ข้อเรียกร้อง"
# a demand, "การเรียกร้อง"), "আহ্বান জানাচ্ছি" (we call), "দাবি জানাই" (we demand); and the
# Bengali must, "করতে হবে" (must do; not a place or a time, "রাতে হবে" will be at night)
_TH_CALL = r"(?<!ข้อ)(?<!การ)เรียกร้อง"
_BN_MUST = r"(?:করতে|নিতে|দিতে|রাখতে|ফেরাতে|চালাতে|থামাতে|ছাড়তে|হতে)\s+হবে"
# (the authors' own call in Thai: "we", or an organisation that opens the sentence, "มูลนิธิ..."
# a foundation, "เครือข่าย..." a network; not "ผู้ชุมนุม...เรียกร้อง", the protesters)
_TH_OWN_CALL = (
    r"^(?:(?:เรา|พวกเรา|ข้าพเจ้า|มูลนิธิ|สมาคม|เครือข่าย|องค์กร|ภาคี|สหพันธ์)\S{0,40}?)?(?:ขอ)?"
    rf"{_TH_CALL}"
)
UNSPACED_ASK = re.compile(rf"{_TH_OWN_CALL}|(?:দাবি|আহ্বান)\s+(?:জানাচ্ছি|জানাই)|{_BN_MUST}")
# and made by others, in Bengali: "দাবি জানিয়েছে" (has demanded), "আহ্বান জানাচ্ছেন" (is calling)
# (not "দাবি করেছে": has claimed)
# and in Hindi: "... निराकरण की मांग की है" (has demanded a remedy), "आग्रह किया गया" (was urged)
# (made: not "बिजली की मांग की तुलना में", the demand for power; "अपील की सुनवाई", the hearing)
_HI_CALLED = (
    r"(?:(?:मांग|माँग|आग्रह|अपील)\s+(?:की|किया))(?=\s*(?:है|हैं|था|थी|गया|गई|।|$))|"
    r"(?:मांग|माँग|अपील)\s+(?:करते|करती|कर\s+रहे|कर\s+रही)(?=\s+(?:हैं|है|थे|थी))"
)
UNSPACED_REPORTED = re.compile(
    rf"{_TH_CALL}|(?:দাবি|আহ্বান)\s+(?:জানিয়েছে|জানাচ্ছে|জানান|জানাল)|{_BN_MUST}|{_HI_CALLED}"
)
HANGUL = re.compile(rf"[{scripts.HANGUL}]")
KANA = re.compile(r"[\u3040-\u30ff]")
KO_JA_ASK = re.compile(
    r"(?:촉구|요구|호소|요청|제안|권고|건의)(?:합니다|한다|하는\s*바입니다|드립니다)|"
    r"[\uac00-\ud7a3]야\s*(?:합니다|한다|할\s*것입니다)|바랍니다|주십시오|"
    r"(?:求め|要請し|要求し|要望し|お願いし|提言し|勧告し|希望し|訴え)(?:ます|る|ております|ています)|"
    r"べき(?:です|である|だ)|ください"
)
KO_JA_REPORTED = re.compile(
    r"(?:촉구|요구|호소|요청|제안|권고|건의)(?:했습니다|했다|하였다|하였습니다)|"
    # and a call announced: "... 백지화 할 것을 계속 요구할 것이다" (will go on demanding)
    r"(?:촉구|요구|호소|요청)(?:할|해\s*나갈)\s*(?:것이다|것입니다)|"
    r"(?:求め|要請し|要求し|要望し|訴え)(?:ました|た)|"
    # and in a clause before another: "... 반영할 것을 촉구하고, 제안서를 전달했다" (urged ...
    # and delivered a proposal)
    r"(?:촉구|요구|호소|요청)(?:하고|했고|하며|하면서)(?=\s*,)"
)
# a Korean coalition or its people as a sentence's topic: "공동행동은" (the joint action),
# "우리 연대는" (our solidarity), "시민단체들은" (the civic groups), "참여자들은" (the participants)
KO_OWN_BODY = re.compile(
    r"우리|공동행동|행동은|연대|단체|운동본부|대책위|비상행동|네트워크|연합|모임|회의는|"
    r"참여자|참가자|노조|노동조합|시민사회|활동가|공동대표|대표단"
)

# Arabic. The calls: "نطالب" (we demand), "ندعو" (we call on), "نناشد" (we appeal to), "نحث"
# (we urge), "نوصي" (we recommend), "نهيب ب" (we call upon), and named as ours at an item's
# start: "دعوتنا" (our call), "مطالبتنا" (our demand); in the third person, past or present,
# "طالبت 71 منظمة" (71 organisations demanded), "دعت" (called on), "تطالب" (demands); each may
# carry "و" (and) or "ف" (so) in front. And "يجب على" (it is incumbent on: must), "ينبغي على"
# (should), and "على" alone at a sentence's start.
ARABIC = re.compile(rf"[{scripts.ARABIC}]")


def mostly_arabic(text: str, at_least: int = 1) -> bool:
    """Whether at least half of `text`'s letters, and `at_least` of them, are Arabic."""
    arabic = len(ARABIC.findall(text))
    # (most texts have no Arabic letter: count the others only when there are enough)
    return arabic >= at_least and arabic * 2 >= sum(1 for c in text if c.isalpha())


_AR_WORD_END = rf"(?![{scripts.ARABIC}])"
_AR_WORD_START = rf"(?<![{scripts.ARABIC}])[وف]?"
AR_ASK = re.compile(
    rf"{_AR_WORD_START}(?:نطالب|ندعو|نناشد|نحث|نطلب|نوصي|نحض|نهيب){_AR_WORD_END}|"
    # (the nouns only opening a sentence or an item: not "لبّت الوزارة دعوتنا", the ministry
    # accepted our invitation)
    rf"^[وف]?(?:دعوتنا|مطالبتنا){_AR_WORD_END}|"
    # and Urdu "we": "ہم حکومت سے مطالبہ کرتے ہیں کہ" (we demand of the government that)
    # (or urge: "ہم ... تمام سیاسی جماعتوں پر زور دیتے ہیں کہ", we urge all political parties that)
    # (not the stress laid on a point: "اس بات پر زور دیتے ہیں", "... اہمیت پر زور دیتے ہیں")
    r"ہم\s[^۔]{0,200}?(?:(?:مطالبہ|اپیل)\s+کرتے|(?<!بات\s)(?<!اہمیت\s)پر\s+زور\s+دیتے)\s+ہیں"
)
AR_REPORTED = re.compile(
    rf"{_AR_WORD_START}(?:طالب|طالبت|طالبوا|دعا|دعت|دعوا|ناشد|ناشدت|ناشدوا|حث|حثت|حثوا|"
    rf"يطالب|تطالب|يطالبون|يدعو|تدعو|يدعون|يناشد|تناشد|يحث|تحث|أوصت|أوصى){_AR_WORD_END}|"
    # and in Urdu and Persian, in the same script: "پاکستان ہندوکونسل نے ... مطالبہ کیا ہے"
    # (has demanded), "اپیل کی" (appealed); "... آزادی همه بازداشت شدگان را خواهان است" (demands
    # the release of all detainees), "خواستار ... شدند" (demanded)
    # (someone's, "... نے": not "ان کا اصل مطالبہ کیا ہے", what their demand is; an appeal made,
    # not "اپیل کی سماعت", the appeal's hearing; what is demanded, "... را خواهان است", not
    # "شرکت نفت خواهان است", the company is the plaintiff)
    r"نے\s[^۔]{0,250}?(?:مطالبہ|اپیل)\s+(?:کیا|کی)(?=\s*(?:ہے|ہیں|تھا|تھی|گیا|گئی|۔|$))|"
    # (and now: "طلبہ ... مطالبہ کر رہے ہیں", students are demanding)
    r"(?:مطالبہ|اپیل)\s+(?:کرتے|کرتی|کرتا|کر\s+رہے|کر\s+رہی)(?=\s+(?:ہیں|ہے|تھے|تھی))|"
    rf"(?:{_AR_WORD_START}را\s+خواهان|{_AR_WORD_START}خواستار(?:\s+\S+){{0,8}}?)"
    r"(?:\s+(?:است|هستند|هستیم|شد|شدند|شده|بود|بودند)|یم|ند)"
    rf"{_AR_WORD_END}"
)
# the bodies other than the signatories in Urdu and Persian, named before the verb: the
# government, the United Nations, a minister, a ministry (in their Urdu and Persian spellings,
# which Arabic's do not share: "حکومت", not "حكومة"; and not "مجلس", Arabic's council too)
FA_UR_OTHER_BODY = re.compile(r"حکومت|اقوام\s+متحدہ|وزیر|دولت|سازمان\s+ملل|وزارت")
AR_MODAL = re.compile(
    # (and "على" with "you": "يجب عليكم التحرك فوراً" (you must act at once); not "عليهم", "عليها":
    # "ويتعين عليهم قطع مسافات طويلة" (they have to walk long distances) states a hardship)
    rf"{_AR_WORD_START}(?:يجب|ينبغي|يتعين)\s+(?:على|علي(?:كم|ك|كما|كن)){_AR_WORD_END}|"
    # and "على" opening the sentence: "على المملكة العربية السعودية إطلاق سراح" (it is upon
    # Saudi Arabia to release), not "على الرغم من" (despite), "على سبيل المثال" (for example)
    r"^[وف]?على\s+(?!(?:الرغم|مدى|سبيل|مستوى|إثر|خلفية|الأقل|غرار|حد|ذلك|هذا|هذه|أن)"
    rf"{_AR_WORD_END})"
)
# who may be calling: an organisation, a group, experts
AR_CALLER = re.compile(
    rf"{_AR_WORD_START}(?:\d+\s+)?(?:منظمة|منظمات|جمعية|جمعيات|هيئة|هيئات|ائتلاف|شبكة|نقابة|"
    rf"نقابات|مركز|لجنة|خبراء|مجموعة|تحالف|حملة){_AR_WORD_END}"
)
# a UN body or a state: not the signatories
AR_OTHER_BODY = re.compile(r"الأمم\s+المتحدة|الحكومة|البرلمان|المفوضية|مجلس|خبراء")
