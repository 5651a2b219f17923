"""Ask extraction rules, each on a short text written for the rule, and the annotated
sets in eval/ as floors the rules must not fall below."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from letterkit.mining.asks import Ask, find_asks
from letterkit.mining.clean import clean_text
from letterkit.mining.languages import is_foreign
from letterkit.mining.parties import with_acronyms

ROOT = Path(__file__).resolve().parents[1]

# A letter in the signatories' voice, so that a text with no "we" is not taken for a report.
LETTER = "Dear Ministers,\n\nWe write as organisations working on forced labour.\n\n"
# A report about a letter: nobody says "we" outside quotations.
REPORT = (
    "Rights groups write to ministers\n\n"
    "The ministers of the European Union will meet in Brussels on Monday to discuss the "
    "trade agenda of the union and the state of the negotiations with its partners.\n\n"
)


def asks_of(text: str, authors: Sequence[str] = ()) -> list[tuple[str, str]]:
    return [(a.text, a.asker) for a in find_asks(text, authors=authors)]


def authors_asks(text: str, authors: Sequence[str] = ("Some NGO",)) -> list[Ask]:
    """The asks a letter (LETTER, then `text`; the authors' own) makes in its authors' name."""
    return [a for a in find_asks(LETTER + text, authors=authors, own=True) if a.asker == "authors"]


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        # a coalition writing of itself in the third person inside its own letter
        ("The Coalition calls on the Council to ban imports made with forced labour.", "authors"),
        ("The joint letter urges ministers to reject the proposal.", "authors"),
        (
            "Today, 3 May, FairWork, in a coalition with 40 organisations, call on ministers "
            "to adopt the regulation.",
            "authors",
        ),
        (
            "Over 90 trade unions and civil society groups sent an open letter to the Council "
            "urging it to adopt the regulation.",
            "authors",
        ),
        (
            "Green Action joins 120 civil society organisations in calling on ministers to "
            "adopt the regulation.",
            "authors",
        ),
        ("We are therefore calling on the Council to adopt the regulation.", "authors"),
        ("We kindly request a meeting with your office before the vote.", "authors"),
        (
            "We must build a system in which no product of forced labour reaches our shops.",
            "authors",
        ),
        ("We believe that the Council can, and must, adopt the regulation.", "authors"),
        ("Our position is clear: this proposal must be rejected.", "authors"),
        (
            "The profits of the largest importers, who gained most from the loophole, must be "
            "taxed.",
            "authors",
        ),
        ("Handeln Sie jetzt!", "authors"),
        (
            "In a letter sent to the Commissioner, trade unions have called the EU to suspend "
            "the agreement.",
            "authors",
        ),
        ("They are calling on the Council to adopt the regulation.", "authors"),
        (
            "A coalition of trade unions and consumer groups is urging ministers to adopt the "
            "regulation.",
            "authors",
        ),
        (
            "We, the undersigned unions—representing four million workers—urge you to adopt "
            "the regulation.",
            "authors",
        ),
        ("C’est pourquoi nous lui demandons solennellement de saisir le Conseil.", "authors"),
        (
            "Le organizzazioni firmatarie chiedono al Consiglio di adottare il regolamento.",
            "authors",
        ),
        # the authors' earlier call, cited to press it again
        ("We have long called on the Council to act.", "authors"),
        ("As a coalition, we called on importers to publish their suppliers.", "authors"),
        ("I am writing ahead of your visit to urge you to raise the case of Gao Zhen.", "authors"),
        ("Over 100 groups are demanding an end to funding for new gas terminals.", "authors"),
        ("Nous interpellons solennellement le gouvernement.", "authors"),
        ("Para ello, pedimos a las instituciones que adopten el reglamento.", "authors"),
        # a number of signatories opening a paragraph, not a footnote
        ("45 European NGOs urge the Council to support the treaty.", "authors"),
        # the call without its caller, in the writers' own text
        ("AU and EU leaders are urged to reaffirm the rule of law.", "authors"),
        (
            "We, a coalition of over 200 groups representing Tibetans, Uyghurs, Hongkongers and "
            "others, are writing to you to urge you to cancel the broadcast.",
            "authors",
        ),
        ("If you are interested in participating, please sign on to this statement.", "authors"),
        ("Tanto la UE como el Gobierno de España deben hacer público su rechazo.", "authors"),
        ("Esta situação tem que ser revertida.", "authors"),
        (
            "Pourtant, les associations de solidarité vous redemandent instamment leur mise en "
            "oeuvre au plus vite.",
            "authors",
        ),
        # a plural possessive is a noun's owner, not a caller: "mechanisms’ request that"
        (
            "Authorities must urgently comply with European mechanisms’ request that Italy "
            "adopts interim measures.",
            "authors",
        ),
        (
            "Our organizations believe that ASEAN member states, as well as the ASEAN "
            "Intergovernmental Commission on Human Rights (AICHR), must break the silence.",
            "authors",
        ),
        ("54 NGOs are joining FairWork in calling for the renewal of the mandate.", "authors"),
        (
            "Par conséquent, nos organisations vous recommandons de soutenir la résolution.",
            "authors",
        ),
        ("Esperamos que siga adelante con estos esfuerzos.", "authors"),
        (
            "We also believe that the Council of Europe must be a voice for the people of Belarus.",
            "authors",
        ),
        (
            "We the undersigned, representatives of 153 organisations, are writing to you to "
            "appeal to you to act.",
            "authors",
        ),
        (
            "The undersigned organisations committed to civil rights around the world are "
            "writing to urge Apple to abandon the plan.",
            "authors",
        ),
        ("FairWork writes to you ahead of the summit to urge you to raise the case.", "authors"),
        ("We expect the Los Angeles Declaration to promote safe pathways.", "authors"),
        (
            "FairWork, Labour Aid, Rights Now, Open Doors and Safe Work are deeply concerned "
            "about the candidacy of the general for the presidency and call on you to reject him.",
            "authors",
        ),
        ("We would like you to talk directly with the company's founder.", "authors"),
        (
            "The Coalition, for years, has been calling for an end to incommunicado detention.",
            "authors",
        ),
        ("We also called for a move to farming systems without cages.", "authors"),
        ("Darüber hinaus bitten wir Sie, für die Rechte einzutreten.", "authors"),
        ("Si chiede al Presidente di rinvigorire la leadership del G7.", "authors"),
        (
            "Today, over 160 organisations, representing one million people, have sent an open "
            "letter to EU leaders, calling on them to end the use of cages.",
            "authors",
        ),
        ("Urge South Africa to lead the G20 to tax the rich.", "authors"),
        ("We are, again, compelled to ask for a halt to all divestment requests.", "authors"),
        ("Norge må avslutte frihandelsforhandlingene med kinesiske myndigheter.", "authors"),
        (
            "We, the undersigned organizations, community leaders, and citizens from across "
            "Nigeria are calling on the President to sustain the rejection.",
            "authors",
        ),
        (
            "215 Palestinian sports clubs have written to the sponsor, Puma, urging it to end "
            "the deal.",
            "authors",
        ),
        # someone else's call, reported in the letter
        ("Forty UN experts urged the Council to adopt the regulation.", "Forty UN experts"),
        # the authors' own request in other words and other languages
        ("Dlatego wzywamy Komisję do niezwłocznego działania.", "authors"),
        (
            "Anlässlich des Jubiläums fordern die unterzeichnenden Organisationen von der "
            "Regierung, die Menschenrechte zu achten.",
            "authors",
        ),
        (
            "We are writing to you on behalf of the undersigned organisations from different "
            "countries to express support for civil society and urge you to veto the law.",
            "authors",
        ),
        ("In your analysis, please put 1.5C first.", "authors"),
        (
            "Since 2017, our organisations have repeatedly called for the suspension of the talks.",
            "authors",
        ),
        ("Vi vil sterkt anmode om at det blir gjort.", "authors"),
        (
            "We, the representatives of the Port Network and the Dock Association, express our "
            "deep concern regarding the dredging and call on the Commission to stop it.",
            "authors",
        ),
        (
            "The Port Network, together with groups from across the region, is issuing an appeal "
            "to the Commission to stop the dredging.",
            "authors",
        ),
        ("It should promote investment that moves beyond megaprojects.", "authors"),
        ("In addition to extending the mandate, it should clearly condemn the abuses.", "authors"),
        (
            "We especially note the interest in working more closely with civil society on the "
            "safety of journalists and an end to impunity for the attacks against them, and "
            "encourage the Groups of Friends to act on it.",
            "authors",
        ),
        ("If the EU wants to uphold its sovereignty it must not pause its rules.", "authors"),
        (
            "Tibet groups around the globe have long been calling for a stronger response.",
            "authors",
        ),
        (
            "The federation, the league and the union are writing to you to seek your urgent "
            "intervention.",
            "authors",
        ),
        ("This letter is an appeal to you to do everything possible to free him.", "authors"),
        (
            "Below is a joint statement supported by the Rights Project calling on China to "
            "release the lawyer.",
            "authors",
        ),
        # the signatories' call restated in the third person, in French and Dutch
        (
            "La FIDH et la LDH appellent le Président à placer les droits humains au cœur.",
            "authors",
        ),
        ("De brief roept op tot een gesprek over de uitkomst van het bezoek.", "authors"),
        (
            "Harbour Capital, the private equity firm that has helped the management of the "
            "port company to buy it from its founders, must disclose its plans.",
            "authors",
        ),
        ("This must stop at once.", "authors"),
        # the space lost at a line break of the page
        ("The government mustimmediately release the journalist.", "authors"),
        ("We now renew that appeal with even greater urgency.", "authors"),
        (
            "In March, members of this coalition wrote to the minister, urging that the "
            "charges be dropped.",
            "authors",
        ),
        # the letter being sent, told in the present
        (
            "That is why environmental groups are sending a letter to the bank asking it to "
            "stop funding coal.",
            "authors",
        ),
        ("The network is publishing a call to garment brands to support the workers.", "authors"),
        ("With weeks to go, we are today urging the government to include the tax.", "authors"),
        ("The new repair rules (Art5) should at least cover bicycles.", "authors"),
        ("Our meeting requests continued through the June Council session.", "authors"),
        # a request put as a question
        (
            "Will you brief the actress about the refugees before she speaks in Hong Kong?",
            "authors",
        ),
        (
            "We conclude the statement by recommending that companies publish their suppliers.",
            "authors",
        ),
        # "demands" is the possessive's noun, not a verb with "The government" as subject
        ("The government's demands should not excuse companies from their duties.", "authors"),
        (
            "This week we are issuing this letter to ask the attention of the High Commissioner.",
            "authors",
        ),
        ("We appeal for the release of the detained dockworkers.", "authors"),
        ("The Council should this week adopt the port safety rules.", "authors"),
        ("The alliance is now campaigning for a ban on night shifts.", "authors"),
        ("The campaign calls on retailers to pay severance to the workers.", "authors"),
        # the second clause of the authors' argument
        (
            "We argue that the current rules fall short, and that the ministry must adopt new "
            "ones.",
            "authors",
        ),
        # the same requests in Dutch, German and French
        ("De minister wordt opgeroepen de vergunningen in te trekken.", "authors"),
        ("Het nieuwe beleid mag niet leiden tot meer wapenexport.", "authors"),
        ("Die Havenarbeiter müssten sofort entschädigt werden.", "authors"),
        ("Die Organisationen fordern einen Stopp der Abschiebungen.", "authors"),
        (
            "Pour protéger les dockers et leurs familles, les règles portuaires doivent être "
            "modifiées.",
            "authors",
        ),
        # Korean and Japanese end the sentence with the call or the must
        ("우리는 정부에 구금된 노동자들의 석방을 촉구합니다.", "authors"),
        ("정부는 항만 노동자들의 안전을 보장해야 합니다.", "authors"),
        ("私たちは政府に対し、拘束された労働者の釈放を強く求めます。", "authors"),
        # Dutch in the perfect, Polish modals, Spanish "hacemos un llamado"
        ("Het OJCM heeft de Kamer dan ook gevraagd een onderzoek in te stellen.", "authors"),
        ("Polska musi przestrzega\u0107 wi\u0105\u017c\u0105cego j\u0105 prawa.", "authors"),
        ("Hacemos un llamado a sus asesores para que le ayuden a informarse.", "authors"),
        ("We also want the Government to take this into account.", "authors"),
        ("The coalition reiterates the recommendations put forward by the experts.", "authors"),
        # a word in quotation marks and a comma that lost its space inside the subject, and
        # what the authors ask to exist
        (
            "The EU \u201csimplification\u201d agenda should not be used to drive deregulation.",
            "authors",
        ),
        (
            "The UN\u2019s highest official for human rights,High Commissioner Michelle Bachelet, "
            "should publicly denounce the law.",
            "authors",
        ),
        ("There should be a serious and transparent investigation into the espionage.", "authors"),
        ("They must be central to the UK\u2019s engagement with Bahrain.", "authors"),
        # a must in capitals, "Bitte senden Sie", "I am asking", "Your Excellency", "The
        # Association", "our call", "our ... community" after two openers
        (
            "In order for the EU to ensure companies are not selling such goods, policy makers "
            "MUST ban them.",
            "authors",
        ),
        ("Bitte senden Sie den Aufruf auch an Freunde und Bekannte weiter.", "authors"),
        ("I am asking you to support a Forced Labour Regulation that has teeth.", "authors"),
        (
            "TYC would like to urge Your Excellency to raise this issue with the government.",
            "authors",
        ),
        ("The Association has repeatedly demanded the government withdraw the bill.", "authors"),
        ("The Lebanon INGO Forum reiterates our call for an immediate ceasefire.", "authors"),
        (
            "Today, on World Human Rights Day, our Pen International community of writers condemn "
            "the attacks and call for an end to the crackdown.",
            "authors",
        ),
        (
            "Recognizing the importance of a strong accountability framework to address "
            "community concerns and facilitate institutional learning, this review process must "
            "be robust and transparent.",
            "authors",
        ),
        (
            "WASHINGTON \u2014 On Tuesday, a coalition of more than 200 civil-society "
            "organizations, researchers and journalists sent a letter to the top executives of "
            "the leading social-media platforms that calls on them to strengthen their efforts.",
            "authors",
        ),
        # what the authors ask to exist, in a later clause and with "no"
        (
            "We believe that there should be an independent investigation into the killings.",
            "authors",
        ),
        ("There must be no impunity for these crimes.", "authors"),
        # from blind37: "remind X to", "joins calls by", a dateline in brackets, "chiede a Lei",
        # a must after a semicolon, "reiterated the call made in our"
        (
            "Even though the referendums passed, we would still like to remind the Executive "
            "Yuan to safeguard constitutional order.",
            "authors",
        ),
        ("We join calls by the family of Dr Gulshan Abbas for her immediate release.", "authors"),
        (
            "(BANGKOK, November 13, 2025)\u2013The Chinese authorities should immediately "
            "release Pastor Ezra Jin Mingri.",
            "authors",
        ),
        ("La nostra coalizione chiede a Lei di chiedere alla Cina di rendere conto.", "authors"),
        (
            "The report lists well-known brands in the US, EU, and UK; these companies must "
            "ensure no parts in their supply chains are made with forced labour.",
            "authors",
        ),
        (
            "Tibet Society have reiterated the call made in our press release for the Foreign "
            "Secretary to act.",
            "authors",
        ),
        # from blind39 and blind40: any adverb in -ly, Spanish "demandamos", the Nordic "ber"
        # in the third person, "led ... in calling on", "joined the call by"
        ("We emphatically demand a minimum wage of Tk 23,000 for our garment workers.", "authors"),
        ("Demandamos acciones claras y compromisos firmes del gobierno.", "authors"),
        (
            "I väntan på frigivning ber kommittén de kinesiska myndigheterna att se till att "
            "hennes förhållanden är goda.",
            "authors",
        ),
        (
            "The Banks and Biodiversity campaign led 38 civil society groups in calling on the "
            "development banks to adopt a no-go policy.",
            "authors",
        ),
        # a campaign page's imperative to its reader
        ("Make a Call to your United Nations Ambassador\u2019s office today.", "authors"),
        (
            "We are writing on International Migrants Day as a group of advocates and over "
            "100,000 supporters around the world urging Qatari authorities to remedy the abuses.",
            "authors",
        ),
        # after a source and date in brackets
        (
            "(Chinese Human Rights Defenders, February 24) The Chinese government must "
            "immediately end its detention of Li Qiaochu.",
            "authors",
        ),
        # French "appelle à", German "ruft ... auf"
        (
            "Reporters sans frontières (RSF) appelle à la libération du journaliste Ma Xiao.",
            "authors",
        ),
        (
            "ICT ruft am \u201eTag der Tibet-Solidarität\u201c dazu auf, sich für die Tibeter "
            "einzusetzen.",
            "authors",
        ),
        # writing in order to ask, in Spanish and German
        (
            "Las organizaciones que suscribimos la presente nos dirigimos a ustedes con el fin de "
            "solicitarles que retiren la propuesta.",
            "authors",
        ),
        (
            "Wir haben uns mit der Bitte an die Bundeskanzlerin gewandt, das Gesetz zu "
            "unterstützen.",
            "authors",
        ),
        # after "nr. 13" the sentence goes on; Norwegian and Swedish calls, passives and musts
        (
            "Cele 43 de organizații semnatare, active în protestele care au urmat "
            "ordonanței nr. 13, vă solicită o întâlnire.",
            "authors",
        ),
        ("Vi utfordrer Utenrikskomiteen å ta opp situasjonen i Øst-Turkestan.", "authors"),
        ("I brevet kreves det full stans i all eksport av våpen til Israel.", "authors"),
        ("De bör därför återföras till biståndet.", "authors"),
        (
            "It is our view that the UK holds influence over Bahrain and should use this "
            "opportunity to press for their release.",
            "authors",
        ),
        # calls and musts in Czech, Slovak, Romanian, Hungarian, Turkish, Russian, Ukrainian,
        # Greek, Indonesian, Swedish and Portuguese
        ("Vyzýváme vládu, aby okamžitě propustila všechny politické vězně.", "authors"),
        ("Žiadame Európsku komisiu, aby pozastavila rokovania.", "authors"),
        ("Solicităm Comisiei Europene să suspende negocierile.", "authors"),
        (
            "Felszólítjuk a kormányt, hogy azonnal engedje szabadon a bebörtönzött újságírókat.",
            "authors",
        ),
        ("Hükümeti tüm gazetecileri derhal serbest bırakmaya çağırıyoruz.", "authors"),
        ("Мы призываем власти немедленно освободить всех задержанных.", "authors"),
        ("Закликаємо уряд негайно звільнити всіх затриманих.", "authors"),
        ("Ζητάμε από την κυβέρνηση να σταματήσει τις επαναπροωθήσεις.", "authors"),
        ("Kami mendesak pemerintah untuk segera membebaskan para aktivis.", "authors"),
        ("Vi rekommenderar att regeringen stoppar vapenexporten.", "authors"),
        ("As organizações apelam ao governo para que suspenda o acordo com a empresa.", "authors"),
        ("Vláda musí okamžitě zajistit nezávislé vyšetřování.", "authors"),
        ("Guvernul trebuie să oprească deportările.", "authors"),
        ("Правительство должно немедленно освободить всех задержанных.", "authors"),
        ("Уряд повинен негайно звільнити всіх затриманих.", "authors"),
        ("Hükümet tüm gazetecileri derhal serbest bırakmalıdır.", "authors"),
        ("Pemerintah harus segera membebaskan para aktivis.", "authors"),
        ("Η ΕΛΛΑΔΑ πρέπει να σταματήσει τις επαναπροωθήσεις.", "authors"),
        # a negative must, contracted
        ("The World Bank shouldn’t lend money for fossil fuels anymore.", "authors"),
        ("The Council mustn't weaken the directive.", "authors"),
        # "would like to" or "wish to" before the request
        (
            "We would like to seek your support to demand from the government to stop the "
            "tagging of activists.",
            "authors",
        ),
        ("We wish to urge the Commission to withdraw the proposal.", "authors"),
        # a member group named with "of" and its network's name
        (
            "Partner and member NGOs of the Human Rights House Network therefore call upon the "
            "authorities to release all political prisoners.",
            "authors",
        ),
        # the authors' own paper asking
        (
            "The briefing urges the UK government to sanction six officials in response to "
            "the law.",
            "authors",
        ),
        # the addressee named, then the imperative
        ("Mr. Lukashenka, stop the persecution of dissidents immediately!", "authors"),
        ("President Biden, release the files on the killings now.", "authors"),
        # "call" with its addressee and no "on"
        (
            "Meeting in Oslo this week, the coalition urgently calls the Norwegian government "
            "to halt the licensing round.",
            "authors",
        ),
        ("We call the EU to suspend the trade talks.", "authors"),
        # the German verb second after an adverb, continuing a call
        ("Auch sollen sie alle Verträge mit dem Hafenbetreiber kündigen.", "authors"),
        # a call made while saying what the authors will do
        (
            "Seguiremos trabajando, haciendo un llamado a las autoridades para que protejan a "
            "los estibadores.",
            "authors",
        ),
        # a campaign page's steps for its readers
        ("Take action now and demand his release.", "authors"),
        ("This week please write to the Minister of Labour.", "authors"),
        ("(Note: Please continue to write to your MP.", "authors"),
        ("Send an urgent message to the ministers urging them to call for his release.", "authors"),
        ("We are united in urging the Commission to reject the proposal.", "authors"),
        # a passive call to the readers, then whom they should write to
        (
            "Supporters are requested to contact the Prime Minister and their MPs urging the "
            "government to act.",
            "authors",
        ),
        # only the writers act "hereby"
        (
            "Port Watch and the Dockers Union, hereby submit this request for action to the port "
            "authority.",
            "authors",
        ),
        # a release's lede after its dateline names its issuer
        (
            "New York – Students for Clean Ports calls on the port authority to ban diesel trucks.",
            "authors",
        ),
        # German and Italian musts after a condition or with an adverb; Italian "chiede una"
        ("Wenn die Regierung es ernst meint, muss sie den Hafen sofort schließen.", "authors"),
        ("L'UE deve finalmente passare a una politica coerente per i porti.", "authors"),
        ("L'associazione inoltre chiede una nuova strategia per i porti.", "authors"),
        (
            "La asociación comparte la carta con un llamado urgente a la Asamblea para que "
            "ratifique el acuerdo.",
            "authors",
        ),
        # French "appeler X à", and "je vous écris ... pour vous appeler à"; Italian "lanciano
        # un appello al"
        ("Harbour Watch appelle le ministre à fermer les quais et le port.", "authors"),
        ("Je vous écris aujourd’hui pour vous appeler à fermer les quais et le port.", "authors"),
        (
            "Le associazioni lanciano un appello pubblico al Governo per fermare le esportazioni.",
            "authors",
        ),
        ("Join us on Saturday for a protest at the port.", "authors"),
        # Spanish: the letter itself, and a modal before an infinitive with an accent
        (
            "La carta es una respuesta a la ola de protestas e insta a Hu Jintao a abrir un "
            "diálogo.",
            "authors",
        ),
        ("El gobierno chino debería oír sus voces y encontrar una solución.", "authors"),
        # one writer's French; an opportunity taken; a petition's signers on its own page
        (
            "Je vous prie de bien vouloir prendre en considération cette demande en urgence.",
            "authors",
        ),
        (
            "We, organisations engaged in search and rescue, seize this opportunity to ask you "
            "to live up to your promises.",
            "authors",
        ),
        ("Specifically, the petitioners demanded that these banks stop financing coal.", "authors"),
        # a modal clause after ", and"
        (
            "Repression abroad poses a serious threat to academic freedom, and governments and "
            "universities must do more to counter it.",
            "authors",
        ),
    ],
)
def test_who_asks_in_a_letter(sentence: str, asker: str) -> None:
    assert asks_of(LETTER + sentence + "\n") == [(sentence, asker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please note that the list of signatories was updated on 4 May.",
        # a call verb inside a longer word ("eisen", "vragen") is no call
        "Die Mitglieder der Eisenbahngewerkschaft kamen am Montag in der Stadt zusammen.",
        "De vragenlijst van het ministerie werd gisteren verstuurd.",
        # a description of defenders, not the signatories' call
        "Les gouvernements les réduisent au silence, car ils exposent l’injustice et exhortent "
        "que chacun rende des comptes.",
        "Products that need to be banned are hard to trace.",
        "It is vital that the Council acts before the summer.",
        "We wish to draw your attention to our concerns and invite your response.",
        "We write to you today to call attention to the danger of deepfakes.",
        "We want you to know that the list of signatories keeps growing.",
        "Please let us know if you have any questions.",
        "The coalition’s call for action is driven by humanitarian concerns.",
        # what the authors did, guessed or found: not requests
        "We asked 500 workers whether they had paid recruitment fees.",
        "We have pressed ahead with our research.",
        "We expect prices to rise further in 2025.",
        "The government must have known about the abuses.",
        "The factory is invited to tender for the contract.",
        "We welcomed your commitment to uphold press freedom and your remarks on journalists.",
        # descriptions of the authors and someone else's must
        "Green Harbours is the largest alliance of port NGOs dedicated to research and "
        "advocating for cleaner ports.",
        "We are a group of organisations that advocate for clean water.",
        "Despite the federation's public statements that the club must admit women, "
        "nothing has changed.",
        "It should be noted that the ports were built in 1990.",
        "This should help the talks along.",
        "They should arrive in Geneva on Monday.",
        "Can you imagine what this means for the families of the detained?",
        # the law as it stands, not a demand
        "The Treaty on European Union (TEU) sets out that the Union's external action must be "
        "guided by its principles.",
        # a condition put first: "should they be returned" is "if they were returned"
        "Many dockworkers could face arrest should they be returned to the port.",
        "우리는 어제 항구에서 노동자들을 만났습니다.",  # we met the workers yesterday
        "私たちは昨日、港で労働者と会いました。",  # the same in Japanese
        "Les ministres sont invités au sommet de Bruxelles.",  # invited to the summit
        "There should be no doubt that the law is unjust.",
        "The attacks were carried out by Mali soldiers against civilians.",  # not Slovak "by mali"
        "Accept, Your Excellency, the assurances of our highest consideration.",
        "We remind you that the deadline for comments is 4 May.",  # informs, asks nothing
        "Take Action: Write an Appeal in Your Own Words",  # a heading
        "Las familias se reunieron frente al ministerio para pedir justicia.",  # nobody says "we"
        "Il s’appelle Jean et il vit à Genève depuis dix ans.",  # "he is called"
        "There must have been a mistake in the figures.",
        # apologies and "please note" in Russian, Indonesian and Hungarian
        "Просим прощения за задержку с ответом.",
        "Kami meminta maaf atas keterlambatan ini.",
        "Kérjük, vegye figyelembe, hogy az aláírók listája megváltozott.",
        # "we are writing to you about"
        "Обращаемся к вам в связи с арестами журналистов.",
        # a name, then a verb that is not an imperative
        "Mr. Smith, release manager at the firm, left in May.",
        "However, press freedom remains under threat in the country.",
        # a question, not a request
        "So I ask why a citizen who cares about education remains in jail for his words.",
        # what a body said the law requires, as background
        "The International Labour Organisation stated in 2021 that the law must fully protect "
        "the rights of workers.",
        # holding someone to account is no request to act
        "The coalition calls the government to account for its failures at the port.",
        # a treaty's article, in Spanish, is no call of the authors'
        "Asimismo, el Acuerdo de Escazú insta a los Estados Parte a proteger a los defensores.",
        # "demands" a noun, and "the need to" a noun after ", and"
        "Our analysis and demands are detailed in the attached letter.",
        "Women face risks due to overcrowded camps, and the need to travel long distances.",
        # a participle: what was requested by someone is no request of theirs
        "The refusal rested on the liabilities of its operations, as was assessed and "
        "recommended by international assessors.",
    ],
)
def test_not_asks(sentence: str) -> None:
    assert asks_of(LETTER + sentence + "\n") == []


def test_in_a_report_the_letters_signatories_are_a_third_party() -> None:
    sentence = (
        "On Thursday, 2 May, 17 human rights organisations and trade unions, including "
        "Anti-Slavery International, wrote an open letter to ministers urging them to adopt "
        "the regulation."
    )
    assert asks_of(REPORT + sentence + "\n") == [
        (sentence, "17 human rights organisations and trade unions")
    ]


def test_a_dateline_with_an_abbreviated_month_stays_in_its_sentence() -> None:
    sentence = (
        "GENEVA, Switzerland, (Nov. 3, 2025) — Rights Watch on Monday released an open letter "
        "urging the Council to act."
    )
    assert asks_of(REPORT + sentence + "\n") == [(sentence, "Rights Watch")]


@pytest.mark.parametrize(
    "intro",
    ["Here is the full text of the letter:", "The letter, addressed to the presidency, reads:"],
)
def test_a_report_that_reproduces_the_letter_keeps_it_a_third_partys(intro: str) -> None:
    text = (
        REPORT + "Over 40 farmers' unions have urged the Council to drop the proposal.\n\n"
        "The letter was addressed to the Council presidency and to the Commission.\n\n"
        f"{intro}\n\n"
        "We urge you to withdraw the proposal before the vote.\n"
    )
    assert asks_of(text) == [
        (
            "Over 40 farmers' unions have urged the Council to drop the proposal.",
            "Over 40 farmers' unions",
        ),
        ("We urge you to withdraw the proposal before the vote.", "Over 40 farmers' unions"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a demand in the report's own words restates the letter's
        "Companies should take immediate steps to leave the region, according to 56 investors.",
        "BRUSSELS, May 2 (Reuters) - Brands should pay their workers in full, the groups said.",
        # the same calls, reported in other languages
        "Elles lui demandent d'intervenir auprès du Premier ministre.",
        "O texto cobrou do governo a participação efetiva dos povos indígenas.",
        "Organizace vyzvaly vládu, aby propustila vězně, které zadržuje.",
        "Organizațiile au cerut guvernului să oprească deportările și să respecte legea.",
        "A szervezetek felszólították a kormányt, hogy engedje szabadon az újságírókat.",
        "Kuruluşlar bir mektupla hükümete gazetecilerin serbest bırakılması için çağrıda bulundu.",
        "Правозащитники призвали власти освободить журналистов и не допустить новых арестов.",
        "Організації закликали уряд звільнити полонених та захистити тих, що залишилися.",
        "Koalisi itu mendesak pemerintah untuk membebaskan para aktivis.",
        "Organisationerna uppmanade regeringen att stoppa vapenexporten och att följa lagen.",
    ],
)
def test_a_reports_restated_demands_are_the_writers(sentence: str) -> None:
    report = REPORT + "Nine rights groups sent an open letter to the Council this week.\n\n"
    assert asks_of(report + sentence + "\n") == [(sentence, "Nine rights groups")]


def test_a_sentence_opening_with_a_cyrillic_or_accented_capital_is_a_sentence_of_its_own() -> None:
    first = "Мы обеспокоены арестами журналистов."  # we are concerned about the arrests
    call = "Мы призываем власти освободить их."  # we call on the authorities to free them
    assert asks_of(first + " " + call + "\n") == [(call, "authors")]
    first, call = "Situația este gravă.", "Șeful statului trebuie să intervină."
    assert asks_of(LETTER + first + " " + call + "\n") == [(call, "authors")]


def test_a_capitalised_we_inside_a_name_does_not_make_a_report_a_letter() -> None:
    """ "Somos Paz" and "Our Children's Trust" are names of groups a report lists, not the
    writer saying "we"."""
    text = (
        "Treinta organizaciones piden mediación\n\n"
        "Entidades como Mentes Jóvenes, Cristosal, Somos Paz y Acción Ciudadana, entre otras, "
        "pidieron al Órgano Ejecutivo respetar la separación de poderes y el orden de la "
        "república, según el comunicado de la red de las organizaciones.\n\n"
        "Así mismo, exigieron a la Asamblea Legislativa una actitud firme y responsable.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["reported", "reported"]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # a letter in Russian, without a salutation: "we call on", "we demand"
        (
            "Открытое обращение\n\nМы, правозащитные организации, призываем власти освободить "
            "журналистов и требуем прекратить преследования.\n",
            "authors",
        ),
        # a report in Russian about one: nobody says "we"
        (
            "Правозащитники обратились к властям\n\nВ понедельник двенадцать организаций "
            "в Москве и на Кавказе опубликовали открытое письмо о задержаниях в регионе. "
            "Организации призвали власти освободить журналистов и "
            "не допустить новых арестов, что стало ответом на волну задержаний в стране.\n",
            "Организации",
        ),
    ],
)
def test_the_voice_of_a_page_in_another_alphabet_is_guessed(text: str, asker: str) -> None:
    assert [who for _, who in asks_of(text)] == [asker]


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        (
            "Las organizaciones firmantes pidieron al presidente una reunión con las familias.",
            "Las organizaciones firmantes",
        ),
        (
            "Die China-Plattform fordert das Parlament auf, das Abkommen zurückzuweisen.",
            "Die China-Plattform",
        ),
        (
            "Las organizaciones llamaron a la comunidad internacional a ejercer un rol de "
            "mediador.",
            "Las organizaciones",
        ),
        # Italian "invited ... to", with an adverb between
        (
            "Hanno inoltre invitato l'Alto commissario delle Nazioni Unite a riprendere la "
            "missione tecnica.",
            "reported",
        ),
        # an adverb before the verb names nobody
        (
            "También exigieron que se libere a las personas encarceladas por motivos políticos.",
            "reported",
        ),
        # one caller, in the preterite and the perfect, and not its adverb
        ("El GTANW también pidió una investigación de los efectivos policiales.", "El GTANW"),
        ("Ante esta situación, el GTANW ha pedido a la PCM coordinar un operativo.", "reported"),
    ],
)
def test_a_call_reported_in_another_language_names_its_subject(sentence: str, asker: str) -> None:
    assert asks_of(REPORT + sentence + "\n") == [(sentence, asker)]


def test_clauses_under_a_lead_in_that_ends_in_that_colon_end_at_the_full_stop() -> None:
    clauses = [
        "Considers a quantum in the order of trillions of new, public climate finance;",
        "Includes finance for loss and damages caused by the climate crisis;",
        "Does not promote false solutions such as carbon markets.",
    ]
    text = (
        LETTER
        + "We reaffirm our demands for an agreement that:\n\n"
        + "\n\n".join(clauses)
        + "\n\nAny outcome that does not deliver those conditions is pure hypocrisy.\n"
    )
    assert asks_of(text) == [(clause, "authors") for clause in clauses]


def test_an_author_named_with_a_qualifier_is_known_by_its_acronym() -> None:
    sentence = (
        "The AEJ has published an open letter to the Commission calling for a ban on spyware."
    )
    found = asks_of(LETTER + sentence + "\n", ["Association of European Journalists, UK section"])
    assert found == [(sentence, "authors")]


def test_words_around_a_call_do_not_make_it_the_authors() -> None:
    sentence = "The Chinese government wants our members to stay silent."
    assert [who for _, who in asks_of(LETTER + sentence + "\n")] == ["The Chinese government"]
    sentence = "Women and girls from the region urged the council to act."
    found = asks_of(LETTER + sentence + "\n", ["Women, Peace and Security Network"])
    assert [who for _, who in found] != ["authors"]


def test_a_pronoun_that_calls_is_the_party_named_before_it() -> None:
    named = "The Committee also urged Hong Kong to establish a human rights institution."
    it = "In particular, it called for a thorough, impartial investigation into the police."
    assert asks_of(REPORT + named + " " + it + "\n") == [
        (named, "The Committee"),
        (it, "The Committee"),
    ]
    # unless the sentence names one of the authors
    joined = (
        "Two activists face long jail terms, Amnesty International said today as it joined "
        "dozens of groups in calling for their release."
    )
    text = LETTER + "Forty UN experts urged the Council to act.\n\n" + joined + "\n"
    assert asks_of(text, ["Amnesty International"])[-1] == (joined, "authors")


def test_a_lead_in_in_another_language_leads_the_paragraphs_after_it() -> None:
    items = [
        "Tìm cách trả tự do khẩn cấp cho ông Đặng Đình Bạch và bà Hoàng Thị Minh Hồng.",
        "Tiến hành thẩm định nghiêm ngặt về các mối đe dọa đối với những người bảo vệ môi trường.",
    ]
    lead = "Liên minh Bảo vệ Khí hậu Việt Nam kêu gọi Nhóm Đối tác Quốc tế và các nhà tài chính:"
    text = LETTER + lead + "\n\n" + "\n\n".join(items) + "\n"
    assert asks_of(text) == [(item, "authors") for item in items]
    # a paragraph that points the reader on is not one of them
    lead = "Wzywamy Komisję do niezwłocznego działania w sprawie Tybetu:"
    pointer = "Pełna treść listu w języku angielskim poniżej."
    assert asks_of(LETTER + lead + "\n\n" + pointer + "\n") == [(lead, "authors")]


def test_a_list_of_names_under_a_pronoun_and_a_verb_is_not_a_list_of_asks() -> None:
    text = LETTER + "Those put to death today were:\n\n- Deng Kuo-liang\n- Liu Yan-kuo\n"
    assert asks_of(text) == []


def test_the_steps_an_ask_names_are_its_list() -> None:
    steps = [
        "The granting of an amnesty to Mr. Chiou Ho-shun, imprisoned for 31 years.",
        "The establishment of an official moratorium on executions.",
    ]
    call = (
        "We respectfully call upon your administration to consider important steps in the field "
        "of human rights."
    )
    text = (
        LETTER
        + call
        + " These steps include:\n\n"
        + "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
        + "\n"
    )
    assert asks_of(text) == [(call, "authors")] + [(step, "authors") for step in steps]


def test_a_subject_with_a_relative_clause_is_named_by_its_noun() -> None:
    own = (
        "The coalition, which will protest outside the embassy in London from 12:30 pm, demands "
        "the government halt the deportations."
    )
    assert asks_of(LETTER + own + "\n") == [(own, "authors")]
    other = (
        "The signatories, which include the Refugee Council and Refugee Action, call for "
        "housing asylum seekers within communities."
    )
    assert asks_of(REPORT + other + "\n") == [(other, "The signatories")]
    joined = (
        "The undersigned groups strongly oppose even a short reauthorization of the law and "
        "urge you to keep it out of the bill."
    )
    assert asks_of(LETTER + joined + "\n") == [(joined, "authors")]


def test_a_paragraph_that_opens_with_a_date_is_not_a_footnote() -> None:
    text = LETTER + "13 April marks a year of his detention. We call for his release.\n"
    assert asks_of(text) == [("We call for his release.", "authors")]


def test_a_paragraph_that_opens_with_a_count_of_organisations_in_german_is_not_a_footnote() -> None:
    call = (
        "Die Organisationen fordern \u201esofortige Ma\u00dfnahmen zum Schutz der Menschen\u201c."
    )
    text = "87 Organisationen haben heute einen offenen Brief ver\u00f6ffentlicht. " + call + "\n"
    assert [(a.text, a.asker) for a in find_asks(text, own=True)] == [(call, "authors")]


@pytest.mark.parametrize(
    "quoted",
    [
        # a German quotation, opened with „ and closed with “
        "\u201eHandeln Sie jetzt, bevor es zu sp\u00e4t ist\u201c, hei\u00dft es in dem Brief.",
        '"Esortiamo il governo italiano a ritirare il decreto." Cos\u00ec si conclude il testo.',
        "\u201cInstamos al Estado peruano a cumplir con sus obligaciones\u201d, dijeron.",
    ],
)
def test_a_reports_quoted_call_in_another_language_is_the_third_partys(quoted: str) -> None:
    report = REPORT + "Nine rights groups sent an open letter to the Council this week. "
    found = asks_of(report + quoted + "\n")
    assert [asker for _, asker in found] == ["Nine rights groups"]
    assert quoted.startswith(found[0][0])


def test_an_author_quoted_in_their_own_release_asks_for_the_authors() -> None:
    call = '"We call for the immediate release of the Viasna Seven," Right Livelihood said.'
    text = "Belarus: free the defenders\n\nThe seven were detained in 2021.\n\n" + call + "\n"
    assert asks_of(text, authors=["Right Livelihood"]) == [(call, "authors")]


def test_the_authors_own_people_quoted_in_their_release_ask_for_them() -> None:
    first = "We condemn the arrests and call for their immediate release,"
    second = "We also call on world leaders to stand up for Tibet."
    text = (
        "SFT condemns the detentions\n\nThirty Tibetans were detained in May.\n\n"
        f"“{first}” said Dorjee Tseten, Executive Director of Students for a Free Tibet. "
        f"“Tibetans are punished for protecting their land. {second}”\n"
    )
    asks = asks_of(text, authors=["Students for a Free Tibet"])
    assert [asker for _, asker in asks] == ["authors", "authors"]
    assert asks[1][0].startswith(second)


def test_an_author_run_together_or_spelt_otherwise_is_still_the_author() -> None:
    call = "SaveUyghur calls upon the international community to condemn the camps."
    assert asks_of(LETTER + call + "\n", authors=["Save Uighur"]) == [(call, "authors")]


def test_a_pages_first_line_that_asks_is_its_title() -> None:
    text = "We urge the immediate release of political prisoners in Belarus\n\nWe thank you.\n"
    assert asks_of(text) == []


def test_a_long_first_line_with_no_full_stop_is_the_pages_title() -> None:
    title = (
        "Urgent : Letter of the unions to the members of COREPER calling on for an ambitious "
        "Directive on improving working conditions in platform work in the light of the "
        "proposal of the Presidency"
    )
    sentence = "We hereby encourage you to take an ambitious stand."
    text = title + "\n\nBrussels, 23 September 2022\n\nDear Ambassadors,\n\n" + sentence + "\n"
    assert asks_of(text) == [(sentence, "authors")]


def test_a_joint_statements_title_in_another_language_makes_the_page_the_letters() -> None:
    text = (
        "Communiqué commun signé par la FIDH et la LDH\n\n"
        "À l’occasion de la visite, la FIDH et la LDH appellent le Président à agir.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["authors"]


def test_a_headline_is_not_an_ask_wherever_it_stands() -> None:
    text = LETTER + "European NGOs call on the EU to support the treaty\n\nWe thank you.\n"
    assert asks_of(text) == []


def test_a_joint_statement_in_the_third_person_speaks_for_its_authors() -> None:
    sentence = "African and European civil society organisations call on leaders to reset ties."
    text = (
        "Joint Civil Society Political Statement to AU and EU Heads of State\n\n"
        + sentence
        + " The partnership has lost the trust of the people of both regions.\n"
    )
    assert asks_of(text) == [(sentence, "authors")]


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 100 rights groups have jointly called on China to release Mr. Hada.",
        "Firms were encouraged to report regularly and publicly on their policies.",
        "Through an open letter to MEPs, Access Now and the EFF are calling for safeguards.",
        "The statement concludes by urging the EU to act as a credible actor for peace.",
        "WASHINGTON (Sputnik) — The President should call for reforms, 14 groups said in a letter.",
        "Several groups gathered today to demand China release the publisher at once.",
        "Exiles and supporters worldwide launched a campaign yesterday [4 September] urging "
        "the G20 to act.",
        'These NGOs "call on the European Union to terminate the agreement at once."',
        # a passive launch: the appeal, not a speaker, comes before the call
        "An appeal has been launched to the European institutions calling for a clause.",
        "A group of organisations submitted today a request for the exclusion of the company.",
        "The unions suggested that the ministry publish the inspection reports.",
        "The coalition also proposed that the fund be replenished before the summit.",
        "The network stressed the need for the council to adopt binding rules.",
        "In the new letter, the groups renewed their call for an arms embargo.",
        "Ahead of the visit on Monday, more than one hundred faith communities urged the "
        "President to act.",
        "Environmental groups are sending a letter to the bank asking it to stop funding coal.",
        "The union sends a letter to the minister urging her to raise the wage.",
        "Two groups formally submitted a recommendation for sanctions on seven companies.",
        "They continue to recommend that the revenue be managed transparently.",
        "The groups also advocate establishing a permanent office in the country.",
        "Over 150 organizations are pressuring the company to drop its sponsorship.",
        "The letter repeats earlier requests for a well-managed floor price.",
        "The organizations caution the United States against implicitly recognizing the vote.",
        "African organisations warn banks against joining the loan.",
        "The declaration challenges both governments to ensure that forests are spared.",
        "An open letter pleads for action to protect the city's democrats.",
        "They also want the ministry to publish the inspection reports.",
        "Six environmental organisations on Monday called on Norway to stop the plans.",
        "Today, exiled Tibetans delivered a petition to the Council urging greater action.",
        "Il Tavolo Asilo Nazionale chiede al governo di annullare il Memorandum con la Libia.",
        "Sie appelliert an den Bundeskanzler, das Gesetz f\u00fcr die Menschenrechte zu erhalten.",
        "W ramach kampanii wzywaj\u0105 rz\u0105d do opanowania kryzysu przy granicy.",
        "Het OJCM heeft bij de Tweede Kamer bepleit dat de regering China aanspreekt.",
        "The WEA joined the call by New Humanity for sanctioning states to respect the law.",
        "The letter stresses the imperative for the organisers to put ordinary citizens first.",
        "A group of 101 NGOs and 550 activists, artists and academics have called on the prime "
        "minister to end pushbacks.",
        "Ces mêmes organisations et associations ont revendiqué de libérer les personnes placées "
        "en détention préventive.",
        "The Jewish Council and the Federation of Islamic Associations have now written to the "
        "Prime Minister, calling on New Zealand to join other nations.",
        "Kedden több mint húsz emberi jogi csoport szólította fel az ENSZ Emberi Jogi Tanácsát, "
        "hogy kezdjen vizsgálatot.",
        "Mais de 35 organizações enviaram uma carta aberta ao Governo para pedir políticas que "
        "respeitem os direitos humanos.",
        "Deutschland müsse die jährlichen Mittel bis 2025 auf acht Milliarden Euro steigern.",
        "Mereka mendesak pendidikan gratis, ilmiah, dan demokratis, serta menolak pemangkasan "
        "anggaran.",
        "Selanjutnya, PBB juga diminta mendengar suara orang-orang yang keluar dari kamp itu.",
        "Avec le soutien d’autres associations, elle demande au gouvernement d’agir face à ces "
        "pratiques.",
        # the letter's own imperatives, quoted
        '"Do not sign it into law." the council said.',
        '"Establish an immediate ban on new fossil fuel projects," it stated.',
        # an act that calls
        "Dharamsala, February 3: Tibetan Writers Abroad PEN Centre, a circle of exiled "
        "writers, organised a candle light vigil on Saturday calling on China for the release "
        "of detained writers.",
        "The Network for People’s Amnesty, a network of civil society organizations, has filed a "
        "letter with the UN human rights office asking the Office to call on the government to "
        "pass the amnesty bill.",
    ],
)
def test_reported_calls_in_other_shapes_are_a_third_partys(sentence: str) -> None:
    assert [asker != "authors" for _, asker in asks_of(REPORT + sentence + "\n")] == [True]


def test_a_list_that_lost_its_markers_is_still_a_list() -> None:
    text = (
        LETTER + "To:\n\n- Export Finance; Bank of the Pacific\n\n"
        "We urge the companies to:\n\n"
        "Commit to human rights due diligence;\n\n"
        "Maximise transparency on moderation; and\n\n"
        "Account for harms from their algorithms.\n\n"
        "The companies have not answered our earlier letters.\n"
    )
    assert asks_of(text) == [
        ("Commit to human rights due diligence;", "authors"),
        ("Maximise transparency on moderation; and", "authors"),
        ("Account for harms from their algorithms.", "authors"),
    ]


@pytest.mark.parametrize(
    ("body", "items"),
    [
        pytest.param(
            "We call on the Prime Minister for the following actions:\n\n"
            "Sack Non-Performers: The Prime Minister must sack the ministers who do not perform."
            "\n\nPress forward with the Electoral Reforms: Be the champion for the report.\n\n"
            "Email: office@example.org\n\nThe elections are due in 2027.\n",
            [
                "Sack Non-Performers: The Prime Minister must sack the ministers who do not "
                "perform.",
                "Press forward with the Electoral Reforms: Be the champion for the report.",
            ],
            id="paragraphs under a short label",
        ),
        pytest.param(
            # (ingest reads "•" and "–" as "-")
            "We recommend that Denmark should:\n\n"
            "- Ensure a fairer and more uniform asylum procedure\n\n"
            "- including by training and examining interpreters.\n\n"
            "- Invite asylum seekers to participate in society from day one\n\n"
            "- for example, by closing the large asylum centres.\n",
            [
                "Ensure a fairer and more uniform asylum procedure",
                "Invite asylum seekers to participate in society from day one",
            ],
            id="a line that only tells how is not an item of its own",
        ),
        pytest.param(
            "Um diesen Kurswechsel zu vollziehen, formulieren wir sechs konkrete politische "
            "Forderungen:\n\n- Zulassungsverfahren reformieren: Für unabhängige Bewertungen.\n",
            ["Zulassungsverfahren reformieren: Für unabhängige Bewertungen."],
            id="the demands named in another language",
        ),
    ],
)
def test_the_items_of_a_list_under_a_lead_in(body: str, items: list[str]) -> None:
    assert asks_of(LETTER + body) == [(item, "authors") for item in items]


def test_a_lead_in_that_is_its_verb_alone_takes_the_paragraphs_under_it() -> None:
    text = LETTER + (
        "EXIGIMOS:\n\nCASA | com contratos de maior duração.\n\n"
        "CASA | o fim dos despejos sem alternativa de habitação digna.\n\n"
        "Exigimos do Governo o cumprimento da Constituição!\n"
    )
    assert [ask for ask, _ in asks_of(text)] == [
        "CASA | com contratos de maior duração.",
        "CASA | o fim dos despejos sem alternativa de habitação digna.",
        "Exigimos do Governo o cumprimento da Constituição!",
    ]
    # but "Please copy:" is over addresses, and what follows them is not its item
    copy = LETTER + (
        "Please copy:\nThe Ambassador\nFax: 613 789 1911\n\nAdditional Information\n\n"
        "The lawyer is known for his work defending the rights of people.\n"
    )
    assert [ask for ask, _ in asks_of(copy)] == []


def test_imperative_headings_under_a_lead_in_are_its_items() -> None:
    text = (
        LETTER + "We demand that ministers take three steps before the talks:\n\n"
        "Lock polluters out\n\n"
        "Don’t take polluters’ money\n\n"
        "The talks open in November in Glasgow.\n"
    )
    assert [ask for ask, _ in asks_of(text)][-2:] == [
        "Lock polluters out",
        "Don’t take polluters’ money",
    ]


def test_a_lead_in_that_runs_on_into_its_list_without_a_colon() -> None:
    text = (
        LETTER + "FairWork calls on the Government, in a joint action with the unions, to\n\n"
        "- end immediately its persecution of union leaders\n"
        "- release immediately the general secretary of the union.\n"
    )
    assert [ask for ask, _ in asks_of(text)] == [
        "end immediately its persecution of union leaders",
        "release immediately the general secretary of the union.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "We call on ministers to strengthen the proposal by including:",
        "Nous appelons le Parlement à garantir l’optimisation de la proposition en incluant :",
    ],
)
def test_a_lead_in_whose_list_finishes_it_is_not_an_ask_itself(lead: str) -> None:
    text = LETTER + lead + "\n\n1. Strict sustainability obligations.\n\n2. Clear definitions.\n"
    assert [ask for ask, _ in asks_of(text)] == [
        "Strict sustainability obligations.",
        "Clear definitions.",
    ]


def test_a_coalition_that_said_today_speaks_for_itself() -> None:
    sentence = "Failing this, the Council must act, a coalition of human rights NGOs said today."
    text = (
        "Council must act on the death of a defender\n\n"
        "The death of the defender in custody is the subject of the report of the coalition "
        "and of the statement of the experts of the Council.\n\n" + sentence + "\n"
    )
    assert asks_of(text) == [(sentence, "authors")]


def test_an_author_named_among_the_callers_makes_the_page_theirs() -> None:
    text = (
        REPORT + "The Tibet Campaign and other human rights groups are calling on states "
        "to vote against the candidacy. The organizations are urging as many states as "
        "possible to oppose it.\n"
    )
    assert [asker for _, asker in asks_of(text, ["Tibet Campaign"])] == ["authors"] * 2


def test_a_quotation_closed_with_the_wrong_mark_is_still_the_speakers() -> None:
    text = (
        "“We call on the Council to ignore the request, “said Jean Ndayi, at a press "
        "conference on 22 August.\n\nJean Ndayi believes that the mandate of the commission "
        "will impede the efforts of the government and of the local groups.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["Jean Ndayi"]


def test_an_organisations_release_that_names_it_as_the_speaker_is_its_own() -> None:
    sentence = (
        "(New York) – Foreign ministries should reject the new law, Tibet Campaign said "
        "today in an open letter from 17 groups."
    )
    assert asks_of(REPORT + sentence + "\n", ["Tibet Campaign"]) == [(sentence, "authors")]


_RELEASED = (
    "Over the past three weeks the delegations met in Kingston to negotiate the rules of the "
    "new regime and the groups were present throughout the talks.\n\n"
    "The Ocean Alliance and 40 groups called on member states to stop the industry before "
    "it starts.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "5 Aug 2022\n\nMedia Release – For Immediate Release",
        "Deep sea mining talks close\n\nSubtitle of the page\n\nFor Immediate Release",
        "PRESS RELEASE | 23 June 2025",
        "CFU Press Release",
        "Press release on the World Day against the Death Penalty",
        "PRESSEMITTEILUNG",
        "Communiqué de presse",
        "Comunicado de prensa – 2 de abril de 2020",
        "【Press Release】Follow the principle of non-refoulement!",
    ],
)
def test_a_press_release_header_makes_the_page_the_organisations_own(header: str) -> None:
    """A line that heads the page as a press release says the organisation speaks, even in
    the third person and below the title and subtitle."""
    asks = asks_of(header + "\n\n" + _RELEASED)
    assert asks == [(_RELEASED.split("\n\n")[1].strip(), "authors")]


def test_said_today_is_a_releases_idiom() -> None:
    """ "..., Amnesty International said today" is how an organisation's release speaks of
    itself; a news report dates what was said ("said on Monday")."""
    text = (
        "Activists face trial\n\nTwo activists whose trial begins on Friday face long terms "
        "for their peaceful work, Amnesty International said today.\n\n"
        "The court in the city of Guangzhou has held the two in detention for more than a "
        "year and the families of the two have not been allowed to visit them.\n\n"
        "The authorities must release them immediately and drop all charges.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["authors"]
    dated = text.replace("said today", "said on Monday")
    assert [asker for _, asker in asks_of(dated)] != ["authors"]


def test_a_report_that_cites_a_press_release_stays_a_report() -> None:
    text = (
        REPORT + "In a press release issued on Monday, the groups said the talks had failed.\n\n"
        "The Ocean Alliance and 40 groups called on member states to stop the industry "
        "before it starts.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["The Ocean Alliance and 40 groups"]


def test_a_joint_letters_title_under_its_date_makes_the_page_the_letters() -> None:
    sentence = (
        "Ahead of the summit 23 human rights organizations appealed to the President of the "
        "Council for a stronger response."
    )
    text = (
        "06/18/2018\n\nJoint letter by 23 human rights organisations ahead of the summit\n\n"
        + REPORT.split("\n\n", 1)[1]
        + sentence
        + "\n"
    )
    assert asks_of(text) == [(sentence, "authors")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices should fall next year, analysts said.",
        "Workers were asked to work overtime without pay.",
        "Police cited exigent circumstances.",
        "A cobra was found in the warehouse.",
        "El proyecto cobra fuerza entre los inversores.",
        "La empresa debe más de un millón de euros.",
        "The data suggested that the factories had closed.",
        '"Press freedom is under increasing threat," the editor said.',
        "The challenges facing the country to be discussed were many.",
        '"we have a plan," she said.',
        "La demande au ministère a été rejetée la semaine dernière.",  # the noun: a request
        # naming the letter, not calling on anyone
        "A ministry spokesman called the letter an attempt to smear the country.",
    ],
)
def test_not_asks_in_a_report(sentence: str) -> None:
    assert asks_of(REPORT + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Given the deprivation of liberty involved, UN experts urged the UK to act.", "Liberty"),
        ("Under Article 19 of the Covenant, UN experts have urged States to act.", "ARTICLE 19"),
        (
            "After Amnesty International's report, the minister asked the UN to act.",
            "Amnesty International",
        ),
    ],
)
def test_an_authors_name_inside_other_words_is_not_the_author(sentence: str, author: str) -> None:
    assert [asker for _, asker in asks_of(LETTER + sentence + "\n", [author])] != ["authors"]


def test_a_bracketed_city_and_country_dateline_is_not_the_subject() -> None:
    sentence = (
        "(Geneva, Switzerland) – Public health experts today urged the Executive Board to "
        "reject the deal."
    )
    assert asks_of(REPORT + sentence + "\n") == [(sentence, "Public health experts")]


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        # the head noun of the authors' name stands for them, after an adverbial
        (
            "The Initiative at the same time urges the international community to press for "
            "his release.",
            "Port Workers Initiative",
        ),
        (
            "Green Harbours is writing this letter to urge your support for the port ban.",
            "Green Harbours",
        ),
    ],
)
def test_an_author_named_by_its_head_noun_or_in_full_asks_for_the_authors(
    sentence: str, author: str
) -> None:
    assert asks_of(LETTER + sentence + "\n", [author]) == [(sentence, "authors")]


def test_a_list_of_commands_in_the_authors_text_is_theirs_whatever_led_it() -> None:
    text = (
        LETTER + "Tibet supporters will lobby their MPs in Parliament tomorrow.\n\n"
        "- Sponsor a thorough and independent enquiry into the crackdown;\n"
        "- Appoint a Special Representative for Tibet.\n\n"
        "- Contact: the press office\n"
    )
    assert asks_of(text) == [
        ("Sponsor a thorough and independent enquiry into the crackdown;", "authors"),
        ("Appoint a Special Representative for Tibet.", "authors"),
    ]


def test_a_bullet_that_asks_twice_is_two_asks() -> None:
    first = "We urgently request the government to investigate the deportation."
    second = "We also request it to ask for information about her situation."
    assert asks_of(LETTER + f"- {first} {second}\n") == [(first, "authors"), (second, "authors")]


def test_imperative_bullets_after_an_ask_are_its_items() -> None:
    bullets = [
        "Provide the families with news of the detained dockers.",
        "Offer the workers' union a seat at the talks.",
    ]
    text = (
        LETTER
        + "We call on the minister to release the detained dockers.\n\n"
        + "\n\n".join("- " + bullet for bullet in bullets)
        + "\n"
    )
    assert asks_of(text)[1:] == [(bullet, "authors") for bullet in bullets]


@pytest.mark.parametrize(
    "salutation",
    ["Estimados señores:", "Atención:", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"],
)
def test_a_salutation_in_another_language_makes_the_page_a_letter(salutation: str) -> None:
    from letterkit.mining.voice import is_letter

    text = (
        "El puerto\n\n"
        + salutation
        + "\n\nLa asociación de estibadores escribió al ministerio la semana pasada, según "
        "dijo su portavoz, y el ministerio dijo que respondería pronto a las preguntas de los "
        "trabajadores y de las familias del puerto.\n"
    )
    assert is_letter(text)


def test_the_asks_the_pages_supporters_will_make_are_its_own() -> None:
    items = ["Sponsor an enquiry into the port.", "Appoint a special envoy for the port."]
    text = (
        LETTER
        + "Port supporters will specifically ask their MPs tomorrow to call on the government "
        "to:\n\n" + "\n\n".join(items) + "\n"
    )
    assert asks_of(text) == [(item, "authors") for item in items]


def test_a_campaign_pages_steps_for_its_readers_are_its_asks() -> None:
    steps = [
        "1. This week please write to the Minister of Labour and the port authority.",
        "2. Forward any replies you receive to us so we can follow up.",
        "3. Share this alert and encourage others to join the campaign.",
        "4. Keep visiting the campaign page for updates.",
    ]
    text = LETTER + "Action Required\n\n" + "\n\n".join(steps) + "\n"
    assert asks_of(text) == [(step[3:], "authors") for step in steps]


def test_a_nouns_adjective_is_not_its_subject() -> None:
    sentence = (
        "In this joint appeal to the Council, various rights groups urge states to renew the "
        "mandate of the rapporteur."
    )
    assert [asker for _, asker in asks_of(REPORT + sentence + "\n")] == ["various rights groups"]


def test_in_a_letter_a_reported_body_calling_on_you_is_still_that_body() -> None:
    assert asks_of(LETTER + "UN experts urge you to end the practice.\n") == [
        ("UN experts urge you to end the practice.", "UN experts")
    ]


def test_a_sentence_that_lost_its_full_stop_is_not_a_headline() -> None:
    sentence = "We urge you to ratify the Forced Labour Protocol (P29)"
    assert asks_of(LETTER + sentence + "\n\nWe thank you.\n") == [(sentence, "authors")]


def test_a_request_addressed_to_you_in_spanish_is_not_a_headline() -> None:
    # the ask's line, without its full stop, over its numbered reasons
    text = (
        "Señor Carlos Alvarado Quesada,\n\nPresidente de la República.\n\n"
        "Las organizaciones abajo firmantes les solicitamos vetar el proyecto de ley 21.478, que "
        "reactivará la pesca de arrastre en Costa Rica\n\n"
        "1. Porque el proyecto de ley no garantizará un desarrollo sostenible.\n\n"
        "2. Porque la pesca de arrastre no es la solución a la crisis.\n"
    )
    found = find_asks(text, own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("solicitamos", "authors")]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        # headlines: a Portuguese article before a noun in -imos, and "rendez-vous"
        ("Ativistas exigem que o governo liberte os últimos presos políticos", True),
        ("Rendez-vous samedi : des ONG demandent la libération des militants", True),
        # the reader asked a question, not to press anyone
        ("Ask parents what it means to lose a child.", False),
        ("Tell us what you want to see in the next report.", False),
        # "calling" that names what happened, not what should
        (
            "ICHR is calling the mass execution of 21 prisoners in Nasiriyah, Iraq, extremely "
            "alarming and worrisome.",
            False,
        ),
        # a view the authors go on to dispute
        (
            "Contrary to the conventional wisdom suggesting that all death inquiries should be "
            "conducted as homicide investigations, the police closed the file.",
            False,
        ),
        # a clause of its own before the coordinated verb: not the sentence's "we" who urges
        (
            "We know that the ministers, who met in Abuja last year with a long list of "
            "regional bodies, donors and agencies, support the plan and urge the Commission to "
            "act.",
            False,
        ),
    ],
)
def test_shapes_near_the_new_ones_that_ask_nothing(text: str, report: bool) -> None:
    opening = REPORT if report else LETTER
    assert find_asks(opening + text + "\n", report=report, own=not report) == []


def test_spanish_items_under_we_want_to_ask_are_the_authors_asks() -> None:
    text = (
        "Honduras\n\nEn coherencia con éste queremos pedir que los Organismos internacionales "
        "EXIJAN del actual mandatario hondureño y de su gobierno:\n\n"
        "1. Que una comisión internacional supervise un nuevo escrutinio de todas las actas.\n\n"
        "2. Que el Tribunal Supremo Electoral se abstenga de proclamar vencedor a nadie.\n"
    )
    found = find_asks(text, authors=["ALBOAN"], own=True)
    assert [(a.text[:9], a.asker) for a in found if a.form == "item"] == [
        ("Que una c", "authors"),
        ("Que el Tr", "authors"),
    ]


def test_a_quotation_under_its_speakers_label_speaks_for_the_label() -> None:
    text = (
        "Sufra NW London signed the letter.\n\nRajesh Makwana, Director, Sufra (IFAN):\n\n"
        "“Demand at our food bank is at unsustainable levels. We are asking the Government to "
        "enact policies that ensure everyone has enough income.”\n"
    )
    found = find_asks(text, authors=["Sufra NW London"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("We are asking the Government to", "authors")]


def test_offsets_hold_after_a_chinese_full_stop_and_a_space() -> None:
    text = "我们呼吁。 我们要求政府释放他们。"
    assert all(text[a.start : a.end] == a.text for a in find_asks(text))


# A Chinese release in the organisers' voice, and a Chinese news report (two "表示": a report).
ZH_RELEASE = "【新聞稿】人權團體發表聯合聲明\n\n本次行動由十二個團體共同發起,聲援被拘押的港人。\n\n"
ZH_REPORT = "人權團體在台北集會\n\n市政府官員表示,集會已依法申請。一名警員表示,現場秩序良好。\n\n"


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (ZH_RELEASE + "我們呼籲香港政府立即釋放所有政治犯。", "authors"),
        (ZH_RELEASE + "我们呼吁欧盟暂停投资协定的谈判。", "authors"),
        # the signatories named in the third person on their own page
        (ZH_RELEASE + "發起團體並呼籲政府儘速落實救援機制。", "authors"),
        (ZH_RELEASE + "聯合國專家也呼籲中國政府停止迫害維權律師。", "聯合國專家"),
        (ZH_RELEASE + "中國政府應立即釋放所有被任意拘押的人。", "authors"),
        (
            ZH_REPORT + "多個人權團體本週日將在台北遊行,要求當局立即釋放被扣押的港人。",
            "多個人權團體",
        ),
        (ZH_REPORT + "遊行將行經市政府,主辦方呼籲市民共同聲援。", "主辦方"),
        (ZH_REPORT + "人權律師陳明則表示,政府應遵守保密原則,保障尋求庇護者。", "人權律師陳明"),
        (ZH_REPORT + "多个团体敦促当局释放被拘押的记者。", "多个团体"),
    ],
)
def test_calls_in_chinese_and_who_makes_them(text: str, asker: str) -> None:
    sentence = text.rsplit("\n", 1)[1]
    assert asks_of(text + "\n") == [(sentence, asker)]


@pytest.mark.parametrize("head", [ZH_RELEASE, ZH_REPORT])
@pytest.mark.parametrize(
    "sentence",
    [
        "北京拒絕民主改革的建議之後,香港人民上街抗議。",  # the proposals: a noun
        "根據中國法律,中國律師被要求擁護共產黨的領導。",  # was required to
        "政府回應記者的提問,並因應疫情調整集會規定。",  # reply, in response to
        "團體提出四大主張  要求政府兌現承諾",  # a headline
        "他們高喊「立即釋放」、「政府應兌現承諾」等口號。",  # slogans in 「」
        "律師們代表受害者提出訴訟,爭取應得的權利。",  # deserved
    ],
)
def test_not_calls_in_chinese(head: str, sentence: str) -> None:
    assert asks_of(head + sentence + "\n") == []


def test_dearborn_is_not_a_salutation() -> None:
    from letterkit.mining.voice import is_letter

    assert not is_letter(
        "Dearborn residents rallied on Monday against the plan of the city and the state to "
        "close the plant and move the jobs.\n\nThe council should hold a hearing, one said.\n"
    )


def test_a_quotation_that_only_closes_is_quoted_from_the_paragraphs_start() -> None:
    text = (
        REPORT + "Nine rights groups sent an open letter to the Council this week.\n\n"
        "We are writing to request that you act now. In particular, we urge that a contact "
        "group be formed.”, says the letter.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["Nine rights groups"] * 2


def test_imperative_items_after_any_colon_sentence_are_asks() -> None:
    text = (
        LETTER + "Ministers will have three chances to act this year:\n"
        "- Adopt the regulation before the summer.\n"
        "- Publish the list of high-risk sectors.\n"
        "- The regulation was first proposed in 2022.\n"
    )
    assert asks_of(text) == [
        ("Adopt the regulation before the summer.", "authors"),
        ("Publish the list of high-risk sectors.", "authors"),
    ]


def test_more_imperatives_start_items_after_a_colon_sentence() -> None:
    text = (
        LETTER + "The revision of the legislation should:\n"
        "1. Foster affordability to improve access to medicines,\n"
        "2. Improve the assessment of effectiveness and safety, and\n"
        "3. Ensure a sufficient supply of medicines.\n"
    )
    assert [t for t, _ in asks_of(text)] == [
        "Foster affordability to improve access to medicines,",
        "Improve the assessment of effectiveness and safety, and",
        "Ensure a sufficient supply of medicines.",
    ]


def test_numbered_headings_with_paragraphs_between_them_stay_the_lead_ins_items() -> None:
    """ "We urge you to keep the following provisions:", then "1) ..." with paragraphs that
    explain it, then "2) ...": the numbering carries the list past the paragraphs."""
    text = (
        LETTER + "We urge negotiators to keep the following three provisions:\n\n"
        "1) Deliver right to repair for all products\n\n"
        "Europeans are embracing the circular economy. Citizens want to repair.\n\n"
        "2) Broad and affordable access to spare parts\n\n"
        "Access to spare parts is essential to a repair economy.\n\n"
        "3) Transparency on the prices of spare parts\n\n"
        "5) Background on the negotiations\n\n"
        "Signed by:\n\n"
        "4) Repair Europe\n"
    )
    assert [(t, a) for t, a in asks_of(text)] == [
        ("Deliver right to repair for all products", "authors"),
        ("Broad and affordable access to spare parts", "authors"),
        ("Transparency on the prices of spare parts", "authors"),
    ]


def test_paragraphs_that_start_with_a_verb_after_a_must_or_a_recommendations_heading() -> None:
    text = (
        LETTER + "In order for the regulation to address state-imposed forced labour, it must:\n\n"
        "Include a presumption of forced labour on specific product groups.\n\n"
        "Lower the evidentiary threshold to open an investigation.\n\n"
        "Investor Expectations\n\n"
        "Complete a mapping of the company's value chain.\n\n"
        "Publicly disclose efforts and progress\n\n"
        "The region has been under scrutiny for years.\n"
    )
    assert [t for t, _ in asks_of(text)] == [
        "Include a presumption of forced labour on specific product groups.",
        "Lower the evidentiary threshold to open an investigation.",
        "Complete a mapping of the company's value chain.",
        "Publicly disclose efforts and progress",
    ]


def test_a_list_of_reasons_is_not_a_list_of_asks() -> None:
    text = (
        LETTER + "The proposal must be rejected for the following reasons:\n"
        "1. It ends the right to appeal.\n"
        "2. It allows detention of children.\n"
    )
    assert asks_of(text) == [
        ("The proposal must be rejected for the following reasons:", "authors")
    ]


def test_the_title_is_not_an_ask() -> None:
    text = "Ministers must ban forced labour products\n\n" + LETTER
    assert asks_of(text) == []


def test_a_statement_in_the_third_person_speaks_for_its_authors() -> None:
    text = (
        "Fair Trade Network Welcomes the Vote\n\n"
        "The Fair Trade Network welcomes the vote of the Parliament on the regulation and the "
        "work of the rapporteur. The regulation is a first step for the workers of the region.\n\n"
        "Governments should now enforce the ban without delay, the Network said.\n"
    )
    assert asks_of(text) == [
        ("Governments should now enforce the ban without delay, the Network said.", "authors")
    ]


def test_a_page_by_one_of_the_signatories_speaks_for_them() -> None:
    """A signatory's own page about the coalition's letter: its calls are the authors'."""
    title = "Groups press the Commission on ports\n\n"
    urges = "The letter urges the Commission to publish the port audits.\n"
    wrote = (
        title + "Green Harbours, along with a number of other NGOs, has written to the European "
        "Commission about the state of the ports in the union and the rules on dredging.\n\n"
        + urges
    )
    assert asks_of(wrote, authors=["Green Harbours"]) == [(urges.strip(), "authors")]
    signed = (
        title + "Over 30 organisations wrote to the Commission this week about the state of the "
        "ports. The signatories include Green Harbours, Blue Coast and the Dock Workers Union.\n\n"
        + urges
    )
    # the signatory named far from its verb, or among the signatories of a statement
    listed = (
        title + "Green Harbours, and NGOs Blue Coast, the Dock Workers Union and the Alliance for "
        "Clean Estuaries in Northern Europe, have written to the Commission about the ports.\n\n"
        + urges
    )
    including = (
        title + "More than 50 organisations are together calling for the EU to publish the "
        "audits.\n\nThe signatories to the statement - including the Green Harbours Trust (GHT) "
        "and Blue Coast - state that the ports are failing.\n"
    )
    for page, author in (
        (signed, "Green Harbours"),
        (listed, "Green Harbours"),
        (including, "Green Harbours Trust"),
    ):
        assert asks_of(page, authors=[author])[-1][1] == "authors"
    # the same page from someone who did not sign it is a report
    assert asks_of(signed, authors=["Sea Watchers"])[-1][1] != "authors"
    said = (
        "Harbour Capital, the private equity firm that has helped the management of the port "
        "company to buy it from its founders, must disclose its plans, Green Harbours said today."
    )
    assert asks_of(title + said + "\n", authors=["Green Harbours"]) == [(said, "authors")]


def test_a_reports_sender_told_in_the_present_is_the_one_asking() -> None:
    sending = (
        "Environmental groups are sending a letter to the bank asking it to stop funding coal."
    )
    sends = "The union sends a letter to the minister urging her to raise the wage."
    assert asks_of(REPORT + sending + "\n" + sends + "\n") == [
        (sending, "Environmental groups"),
        (sends, "The union"),
    ]


def test_an_author_known_by_its_acronym_or_named_in_a_long_subject_asks_for_the_authors() -> None:
    """On a signatory's own page, "CHN asks" is the Coalition on Human Needs asking, and one
    of the authors named in a subject too long to read as a noun phrase is still them."""
    title = "Groups press the Council on athletes\n\n"
    acronym = "CHN asks that Members of Congress vote against the bill.\n"
    assert asks_of(title + acronym, authors=["Coalition on Human Needs"])[-1][1] == "authors"
    assert asks_of(title + acronym, authors=["Human Needs"])[-1][1] == "CHN"
    listed = (
        "On July 10, Athlete Voice, the Women’s Sports Trust and prominent members of the "
        "global athletic community sent an open letter to the Council calling on them to "
        "rescind the rules.\n"
    )
    assert asks_of(LETTER + listed, authors=["Athlete Voice"])[-1][1] == "authors"
    # an acronym kept whole inside the name: "Port Workers USA" is "PWUSA"
    usa = "PWUSA calls on the Congress to fund the inspections.\n"
    assert asks_of(title + usa, authors=["Port Workers USA"])[-1][1] == "authors"
    # a subject naming nobody among the authors stays unread, not theirs
    assert all(a != "authors" for _, a in asks_of(REPORT + listed, authors=["Sea Watchers"]))


def test_imperatives_after_an_ask_in_its_paragraph_are_its_items() -> None:
    text = LETTER + (
        "We ask ministers to make three commitments. Publish the audits. Close the loophole "
        "for small ports. The ports were built in 1990.\n"
    )
    assert [t for t, _ in asks_of(text)] == [
        "We ask ministers to make three commitments.",
        "Publish the audits.",
        "Close the loophole for small ports.",
    ]


def test_a_lost_list_run_into_one_paragraph_gives_one_ask_per_imperative() -> None:
    text = LETTER + (
        "We call on ministers to act:\n\n"
        "Stop the dredging. It harms the fish. End the dumping of sludge.\n"
    )
    assert [t for t, _ in asks_of(text)] == [
        "Stop the dredging. It harms the fish.",
        "End the dumping of sludge.",
    ]


def test_a_hyphen_against_the_first_word_marks_an_item() -> None:
    text = LETTER + "We urge you to support a resolution that would:\n-Extend the mandate;\n"
    assert asks_of(text)[-1] == ("Extend the mandate;", "authors")


def test_a_hash_against_the_first_word_of_a_sentence_marks_an_item() -> None:
    text = (
        LETTER + "We, the undersigned, demand the Chinese government:\n\n"
        "#Release all detained workers and recognise their right to unionise;\n\n"
        "#Release all detained student supporters.\n\n#FreeTheWorkers\n"
    )
    assert asks_of(text) == [
        ("Release all detained workers and recognise their right to unionise;", "authors"),
        ("Release all detained student supporters.", "authors"),
    ]


def test_echoed_calls_and_calls_made_publicly() -> None:
    echoed = "As the anniversary approaches, we strongly echo calls for an independent inquiry."
    assert asks_of(LETTER + echoed + "\n") == [(echoed, "authors")]
    publicly = "Ahead of the summit, the union called publicly for ministers to act."
    assert asks_of(REPORT + publicly + "\n") == [(publicly, "the union")]


def test_a_lead_in_that_asks_before_its_list_is_an_ask_too() -> None:
    asking = (
        "We have written to the Commission asking it to reaffirm its commitment to the port rules "
        "of the union and calling on it to develop an ambitious binding proposal including the "
        "following:"
    )
    bare = "We ask that you act by publicly disclosing the following by June:"
    counted = "Given the elections, TIPNG calls for a specific focus on the 3 key areas:"
    # the items finish the lead's sentence: "... a time-bound roadmap to: - publish"
    unfinished = (
        "It calls on the EU, should it resume talks, to require from Thailand in the "
        "pre-negotiation phase a clearly defined and time-bound roadmap to:"
    )
    # the addressee alone: what they are asked to do is in the items
    addressed = "We therefore call on the Chair and Member States of the Working Group:"
    for lead, own in (
        (asking, True),
        (bare, False),
        (counted, False),
        (unfinished, False),
        (addressed, False),
    ):
        found = asks_of(LETTER + lead + "\n- Publish the audits.\n")
        assert [t for t, _ in found] == ([lead] if own else []) + ["Publish the audits."]


def test_a_quotation_over_several_paragraphs_does_not_make_a_report_a_letter() -> None:
    text = (
        "Seventy groups have called on the government to lift the ban on the app.\n\n"
        "\u201cWe, the undersigned organisations, are concerned about the crackdown.\n\n"
        "\u201cWe condemn the suspension of the app,\u201d the statement read.\n\n"
        "The groups said the ban was unlawful, according to the statement.\n"
    )
    assert [asker for _, asker in asks_of(text)] == ["Seventy groups"]


def test_a_signature_line_ends_the_list() -> None:
    text = LETTER + "We call for:\n- Release the prisoners;\nSigned by,\n- Green Harbours\n"
    assert [t for t, _ in asks_of(text)] == ["Release the prisoners;"]


def test_numbered_sub_items_are_items() -> None:
    text = LETTER + "We ask you to raise with the government:\n5.1 Release all prisoners.\n"
    assert [t for t, _ in asks_of(text)] == ["Release all prisoners."]


def test_a_lead_in_without_a_colon_runs_on_into_its_clauses() -> None:
    text = LETTER + (
        "We demand that\n\nThe ambassador stop threatening critics.\n\n"
        "The government release the editor.\n\nGreen Harbours, Blue Coast\n"
    )
    assert [t for t, _ in asks_of(text)] == [
        "The ambassador stop threatening critics.",
        "The government release the editor.",
    ]
    # a later lead-in with a colon takes only its own kind of item
    later = LETTER + (
        "We demand that\n\nThe ambassador stop threatening critics.\n\n"
        "Our further steps are as follows:\n\nThe ports were built in 1990.\n"
    )
    assert [t for t, _ in asks_of(later)] == ["The ambassador stop threatening critics."]


def test_a_numbered_summary_of_facts_is_not_a_list_of_asks() -> None:
    text = LETTER + (
        "I attach our report and have summarized the key points as follows:\n"
        "1. Many people were detained after the coup.\n"
        "2. Release all political prisoners.\n"
    )
    assert [t for t, _ in asks_of(text)] == ["Release all political prisoners."]


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_asks", ROOT / "eval" / "score_asks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_asks"] = module
    spec.loader.exec_module(module)
    return module


# Per set: precision, recall of the authors' asks, and the share of found third-party asks
# attributed to the third party, each the score at the last round of rules less a margin.
# With the voice guessed from the text alone (a file with no corpus entry):
FLOORS = {
    "asks": (0.94, 0.92, 0.85),
    "heldout": (0.97, 0.9, 0.95),
    "blind2": (0.94, 0.89, 0.88),
    "blind3": (0.97, 0.91, 0.73),
    "blind4": (0.94, 0.88, 0.95),
    "blind5": (0.97, 0.94, 0.95),
    "blind6": (0.93, 0.8, 0.81),
    "blind7": (0.97, 0.83, 0.95),
    "blind8": (0.9, 0.82, 0.78),
    "blind9": (0.83, 0.8, 0.88),
    "blind10": (0.9, 0.73, 0.78),
    "blind11": (0.93, 0.74, 0.81),
    "blind12": (0.83, 0.85, 0.87),
    "blind13": (0.93, 0.75, 0.6),
    "blind14": (0.85, 0.85, 0.9),
    "blind15": (0.94, 0.69, 0.86),
    "blind16": (0.86, 0.8, 0.95),
    # (blind17's decision 153 gives a quote by the publisher's own deputy director to her, not
    # to the authors, where later sets give an officer's quote to the authors, as letterkit does)
    "blind17": (0.95, 0.82, 0.93),
    "blind18": (0.91, 0.93, 0.95),
    "blind19": (0.97, 0.84, 0.95),
    "blind20": (0.93, 0.81, 0.95),
    "blind21": (0.97, 0.71, 0.9),
    "blind22": (0.93, 0.85, 0.81),
    "blind23": (0.85, 0.8, 0.86),
    "blind24": (0.89, 0.84, 0.9),
    "blind25": (0.97, 0.82, 0.95),
    "blind26": (0.94, 0.94, 0.68),
    "blind27": (0.97, 0.44, 0.89),
    "blind28": (0.92, 0.84, 0.81),
    "blind29": (0.97, 0.79, 0.91),
    "blind30": (0.97, 0.74, 0.95),
    "blind31": (0.9, 0.74, 0.83),
    "blind32": (0.89, 0.86, 0.89),
    "blind33": (0.97, 0.77, 0.47),
    "blind34": (0.9, 0.75, 0.88),
    "blind35": (0.91, 0.63, 0.91),
    "blind36": (0.93, 0.79, 0.95),
    "blind37": (0.79, 0.73, 0.95),
    "blind38": (0.92, 0.82, 0.91),
    "blind39": (0.92, 0.6, 0.75),
    "blind40": (0.9, 0.84, 0.8),
    "blind41": (0.89, 0.85, 0.6),
    "blind42": (0.93, 0.79, 0.77),
    "blind43": (0.9, 0.97, 0.95),
    "blind44": (0.97, 0.94, 0.95),
    "blind45": (0.97, 0.8, 0.87),
    "blind46": (0.87, 0.67, 0.95),
    "blind47": (0.97, 0.84, 0.95),
    "blind48": (0.97, 0.85, 0.95),
    "blind49": (0.87, 0.63, 0.95),
    "blind50": (0.84, 0.6, 0.95),
    "blind51": (0.84, 0.81, 0.7),
    "blind52": (0.91, 0.82, 0.95),
    "blind53": (0.91, 0.78, 0.83),
    "blind54": (0.84, 0.72, 0.76),
    "blind55": (0.97, 0.36, 0.95),
    "blind56": (0.93, 0.89, 0.85),
    "blind57": (0.97, 0.63, 0.95),
    "blind58": (0.85, 0.75, 0.95),
    "blind59": (0.97, 0.85, 0.95),
    "blind60": (0.86, 0.82, 0.86),
    "blind61": (0.84, 0.77, 0.78),
    "blind62": (0.97, 0.56, 0.72),
    "blind63": (0.84, 0.81, 0.95),
    "blind64": (0.83, 0.72, 0.95),
    "blind65": (0.93, 0.87, 0.79),
    "blind66": (0.77, 0.72, 0.95),
    "blind67": (0.92, 0.83, 0.95),
    "blind68": (0.9, 0.8, 0.95),
    "blind69": (0.82, 0.62, 0.95),
    "blind70": (0.97, 0.3, 0.95),
    "blind71": (0.97, 0.67, 0.95),
    "blind72": (0.85, 0.41, 0.76),
    "blind73": (0.9, 0.74, 0.95),
    "blind74": (0.84, 0.6, 0.85),
    "blind75": (0.78, 0.61, 0.95),
    "blind76": (0.97, 0.72, 0.95),
    "blind77": (0.82, 0.82, 0.28),
    "blind78": (0.84, 0.79, 0.95),
    "blind79": (0.87, 0.53, 0.82),
    "blind80": (0.97, 0.84, 0.95),
    "blind81": (0.89, 0.6, 0.95),
    "blind82": (0.85, 0.39, 0.78),
    "blind83": (0.97, 0.74, 0.7),
    "blind84": (0.91, 0.7, 0.95),
    "blind85": (0.97, 0.75, 0.95),
    "blind86": (0.97, 0.75, 0.95),
    "blind87": (0.9, 0.73, 0.95),
    "blind88": (0.89, 0.58, 0.79),
    "blind89": (0.9, 0.76, 0.54),
    "blind90": (0.92, 0.72, 0.81),
    "blind91": (0.77, 0.88, 0.61),
    "blind92": (0.97, 0.8, 0.95),
    "blind93": (0.85, 0.81, 0.85),
    "blind94": (0.97, 0.22, 0.83),
    "blind95": (0.92, 0.62, 0.95),
    "blind96": (0.92, 0.73, 0.61),
    "blind97": (0.85, 0.85, 0.95),
    "blind98": (0.97, 0.88, 0.82),
    "blind99": (0.91, 0.75, 0.7),
    "blind100": (0.75, 0.49, 0.87),
    "blind101": (0.96, 0.66, 0.96),
    "blind102": (0.96, 0.83, 0.96),
    "blind103": (0.9, 0.68, 0.96),
    "blind104": (0.89, 0.75, 0.96),
    "blind105": (0.91, 0.71, 0.71),
    "blind106": (0.9, 0.77, 0.5),
    "blind107": (0.77, 0.55, 0.86),
    "blind108": (0.6, 0.29, 0.96),
    "blind109": (0.91, 0.76, 0.53),
    "blind110": (0.77, 0.55, 0.76),
    "blind111": (0.96, 0.93, 0.76),
    "blind112": (0.88, 0.63, 0.71),
    "blind113": (0.91, 0.64, 0.89),
    "blind114": (0.87, 0.54, 0.73),
    "blind115": (0.78, 0.42, 0.96),
    "blind116": (0.76, 0.48, 0.96),
    "blind117": (0.86, 0.39, 0.96),
    "blind118": (0.73, 0.70, 0.96),
}


# With each document's annotated kind passed on, as its corpus entry passes it:
FLOORS_GIVEN_KIND = {
    "asks": (0.94, 0.92, 0.95),
    "heldout": (0.97, 0.9, 0.95),
    "blind2": (0.94, 0.89, 0.95),
    "blind3": (0.97, 0.91, 0.95),
    "blind4": (0.94, 0.91, 0.91),
    "blind5": (0.97, 0.94, 0.95),
    "blind6": (0.93, 0.93, 0.87),
    "blind7": (0.97, 0.83, 0.95),
    "blind8": (0.9, 0.82, 0.78),
    "blind9": (0.83, 0.8, 0.88),
    "blind10": (0.9, 0.76, 0.78),
    "blind11": (0.91, 0.82, 0.81),
    "blind12": (0.84, 0.92, 0.75),
    "blind13": (0.9, 0.87, 0.81),
    "blind14": (0.85, 0.85, 0.9),
    "blind15": (0.94, 0.82, 0.78),
    "blind16": (0.86, 0.8, 0.95),
    "blind17": (0.93, 0.92, 0.93),  # (decision 153, as above)
    "blind18": (0.91, 0.93, 0.95),
    "blind19": (0.97, 0.93, 0.95),
    "blind20": (0.93, 0.93, 0.95),
    "blind21": (0.93, 0.87, 0.9),
    "blind22": (0.93, 0.85, 0.81),
    "blind23": (0.86, 0.91, 0.86),
    "blind24": (0.89, 0.84, 0.85),
    "blind25": (0.94, 0.87, 0.95),
    "blind26": (0.91, 0.94, 0.95),
    "blind27": (0.97, 0.85, 0.89),
    "blind28": (0.92, 0.88, 0.9),
    "blind29": (0.97, 0.88, 0.95),
    "blind30": (0.97, 0.89, 0.89),
    "blind31": (0.9, 0.8, 0.84),
    "blind32": (0.9, 0.9, 0.83),
    "blind33": (0.97, 0.88, 0.8),
    "blind34": (0.91, 0.89, 0.88),
    "blind35": (0.92, 0.82, 0.91),
    "blind36": (0.93, 0.91, 0.9),
    "blind37": (0.81, 0.81, 0.95),
    "blind38": (0.92, 0.9, 0.95),
    "blind39": (0.9, 0.72, 0.95),
    "blind40": (0.91, 0.97, 0.9),
    "blind41": (0.89, 0.89, 0.72),
    "blind42": (0.94, 0.91, 0.95),
    "blind43": (0.87, 0.97, 0.95),
    "blind44": (0.97, 0.94, 0.95),
    "blind45": (0.97, 0.8, 0.95),
    "blind46": (0.89, 0.93, 0.66),
    "blind47": (0.97, 0.9, 0.95),
    "blind48": (0.97, 0.91, 0.95),
    "blind49": (0.87, 0.63, 0.95),
    "blind50": (0.82, 0.78, 0.95),
    "blind51": (0.84, 0.81, 0.75),
    "blind52": (0.91, 0.87, 0.95),
    "blind53": (0.92, 0.83, 0.61),
    "blind54": (0.85, 0.75, 0.95),
    "blind55": (0.82, 0.82, 0.95),
    "blind56": (0.93, 0.93, 0.95),
    "blind57": (0.97, 0.92, 0.95),
    "blind58": (0.76, 0.97, 0.95),
    "blind59": (0.97, 0.97, 0.95),
    "blind60": (0.87, 0.87, 0.95),
    "blind61": (0.84, 0.77, 0.95),
    "blind62": (0.97, 0.72, 0.95),
    "blind63": (0.85, 0.93, 0.95),
    "blind64": (0.82, 0.87, 0.95),
    "blind65": (0.93, 0.9, 0.95),
    "blind66": (0.8, 0.9, 0.95),
    "blind67": (0.92, 0.97, 0.95),
    "blind68": (0.91, 0.91, 0.95),
    "blind69": (0.85, 0.85, 0.95),
    "blind70": (0.97, 0.77, 0.95),
    "blind71": (0.92, 0.76, 0.95),
    "blind72": (0.82, 0.63, 0.95),
    "blind73": (0.9, 0.74, 0.95),
    "blind74": (0.86, 0.74, 0.95),
    "blind75": (0.82, 0.82, 0.95),
    "blind76": (0.97, 0.72, 0.95),
    "blind77": (0.82, 0.82, 0.95),
    "blind78": (0.85, 0.91, 0.95),
    "blind79": (0.9, 0.9, 0.8),
    "blind80": (0.97, 0.97, 0.95),
    "blind81": (0.89, 0.65, 0.95),
    "blind82": (0.85, 0.75, 0.95),
    "blind83": (0.97, 0.91, 0.82),
    "blind84": (0.92, 0.92, 0.95),
    "blind85": (0.97, 0.87, 0.95),
    "blind86": (0.97, 0.92, 0.95),
    "blind87": (0.91, 0.89, 0.95),
    "blind88": (0.91, 0.82, 0.95),
    "blind89": (0.91, 0.89, 0.95),
    "blind90": (0.93, 0.86, 0.95),
    "blind91": (0.77, 0.88, 0.67),
    "blind92": (0.97, 0.91, 0.95),
    "blind93": (0.85, 0.81, 0.85),
    "blind94": (0.72, 0.72, 0.95),
    "blind95": (0.93, 0.9, 0.95),
    "blind96": (0.82, 0.89, 0.83),
    "blind97": (0.85, 0.85, 0.95),
    "blind98": (0.97, 0.92, 0.82),
    "blind99": (0.92, 0.83, 0.95),
    "blind100": (0.82, 0.82, 0.87),
    "blind101": (0.96, 0.77, 0.96),
    "blind102": (0.96, 0.93, 0.96),
    "blind103": (0.91, 0.76, 0.96),
    "blind104": (0.9, 0.85, 0.96),
    "blind105": (0.88, 0.85, 0.96),
    "blind106": (0.9, 0.81, 0.96),
    "blind107": (0.8, 0.68, 0.96),
    "blind108": (0.65, 0.72, 0.96),
    "blind109": (0.91, 0.76, 0.71),
    "blind110": (0.82, 0.82, 0.96),
    "blind111": (0.96, 0.93, 0.76),
    "blind112": (0.89, 0.68, 0.71),
    "blind113": (0.92, 0.80, 0.89),
    "blind114": (0.87, 0.54, 0.88),
    "blind115": (0.79, 0.46, 0.96),
    "blind116": (0.79, 0.61, 0.96),
    "blind117": (0.87, 0.44, 0.96),
    "blind118": (0.74, 0.74, 0.96),
}


@pytest.mark.parametrize("guess_kind", [True, False], ids=["kind-guessed", "kind-given"])
@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_the_annotated_sets_stay_above_their_floor(folder: str, guess_kind: bool) -> None:
    """Not a target: the numbers eval/README.md reports, less a margin, so that a rule change
    that loses asks on real letters fails here and not in a drafter's hands."""
    floors = FLOORS if guess_kind else FLOORS_GIVEN_KIND
    precision, recall, attributed = floors[folder]
    result = _scorer().score(ROOT / "eval" / folder, guess_kind)
    assert result.precision >= precision, "\n".join(result.notes)
    assert result.recall >= recall, "\n".join(result.notes)
    assert result.third_attributed >= attributed * result.third_found


def test_a_priorities_sentence_leads_its_list() -> None:
    """ "The key priorities for the unions are that:" introduces its items, "there must be
    ..." among them."""
    text = (
        "Unions set out their priorities for the treaty\n\n"
        "The key priorities for the unions are that:\n\n"
        "- the scope of the treaty must be broad;\n"
        "- there must be remedy for the victims in the home country of the company.\n"
    )
    assert [t for t, _ in asks_of(text, authors=["Dock Unions"])] == [
        "the scope of the treaty must be broad;",
        "there must be remedy for the victims in the home country of the company.",
    ]


def test_a_publisher_that_obtained_the_letter_is_not_its_author() -> None:
    """ "The letter obtained by POLITICO calls on Congress" is a report of the letter, not a
    statement in POLITICO's voice."""
    from letterkit.mining.voice import is_letter

    text = (
        "Activists ask Congress for refuge\n\n"
        "The letter obtained by POLITICO calls on Congress to grant refugee status to the "
        "activists.\n\nThe letter is signed by seven activists living in exile and by "
        "eighteen of the groups that the city banned in the past two years.\n"
    )
    assert not is_letter(text)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # the speaker named with the authors' possessive, over a quotation of two paragraphs
        (
            "Responding to the vote, Tibet Watch’s director Jane Doe said:\n\n"
            "“The law is a blow to everyone in the city.\n\n"
            "“We urge all governments to press for its repeal.”\n",
            ["Tibet Watch"],
        ),
        # "Name, Title, Organisation:" before the quotation
        (
            "Press Freedom Forum visited the prison on Monday.\n\n"
            "Ana Lima, Safety Expert, Press Freedom Forum: “She is held for her reporting. "
            "We urge the President to release her without delay.”\n",
            ["Press Freedom Forum"],
        ),
        # "..., said X, <author>'s President"
        (
            "The groups filed a complaint on Monday.\n\n"
            "“Our organisations call for the release of all detained defenders,” said Jane "
            "Doe, VRC’s President.\n",
            ["Vietnam Rights Committee"],
        ),
        # the authors' acronym taken from their name before "of"
        (
            "Kim Lee, Chair of the committee, said:\n\n"
            "“BRC is deeply concerned by the verdicts.\n\n"
            "BRC calls on Bahrain to halt the executions.\n",
            ["Bar Rights Committee of Wales"],
        ),
    ],
)
def test_the_authors_people_quoted_in_other_shapes_ask_for_them(
    text: str, authors: list[str]
) -> None:
    found = find_asks(text, authors=authors, own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_quotation_that_names_no_speaker_is_the_authors_in_their_text_only() -> None:
    quote = '"The code was weakened by lobbying. The Office must enforce it firmly."\n'
    own = find_asks("The Centre welcomes the code.\n\n" + quote, authors=["Centre"], own=True)
    assert [(a.text, a.asker) for a in own] == [('The Office must enforce it firmly."', "authors")]
    assert all(a.asker != "authors" for a in find_asks(REPORT + quote))


def test_i_am_hence_demanding_is_the_authors_ask() -> None:
    call = "I am hence demanding that you stop opening new oil fields."
    assert asks_of(LETTER + call + "\n") == [(call, "authors")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Justice For Myanmar calls for an immediate ban on the export of jet fuel.",
        "The Asia Journalists Association (AJA) urges the authorities to respect the press.",
        "Ahead of the conference, the EFJ calls on the UNFCCC to demand their release.",
        "CHRD recommends immediate ratification of the ICCPR.",
    ],
)
def test_a_statement_that_names_its_issuer_calling_now_asks_for_the_authors(
    sentence: str,
) -> None:
    # the corpus entry names the publisher, not the name the text goes by
    text = "Journalists were jailed again this week.\n\n" + sentence + "\n"
    assert [a.asker for a in find_asks(text, authors=["Press Desk"], own=True)] == ["authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a past or announced call, a state's office, a people, a law, a description
        "Rights Watch has urged the authorities to release him.",
        "The IFC will ask its intermediaries to report on coal.",
        "The U.S. Department of State calls for his immediate release.",
        "Hong Kongers demand democracy from the Chinese Communist Party.",
        "The Resolution calls for the President to act at the UN.",
        "Amazon also encourages the use of Rekognition to monitor people.",
    ],
)
def test_only_an_organisation_calling_now_is_taken_for_the_issuer(sentence: str) -> None:
    text = "Journalists were jailed again this week.\n\n" + sentence + "\n"
    assert all(a.asker != "authors" for a in find_asks(text, authors=["Press Desk"], own=True))
    # and without a corpus entry that says the text is the authors' own, nothing changes
    named = "Justice For Myanmar calls for an immediate ban on the export of jet fuel.\n"
    report = find_asks(REPORT + named)
    assert [a.asker for a in report] == ["Justice For Myanmar"]


def test_a_text_its_corpus_entry_calls_a_news_report_reports_every_call() -> None:
    # "Dear" makes the voice the authors' when it is guessed, and a release's lede after its
    # dateline names its issuer
    text = (
        "Dear readers,\n\n"
        "New York – Human Rights Watch is calling on Ecuador to revoke the decree.\n"
    )
    assert [a.asker for a in find_asks(text)] == ["authors"]
    assert [a.asker for a in find_asks(text, report=True)] == ["Human Rights Watch"]


def test_a_wire_dateline_without_a_date_marks_a_news_report() -> None:
    lede = "QUITO, Ecuador (AP) -- Human Rights Watch is calling on Ecuador to revoke a decree.\n"
    assert [a.asker for a in find_asks("Rights group criticises decree\n\n" + lede)] == [
        "Human Rights Watch"
    ]


@pytest.mark.parametrize(
    "call", ["I’m therefore asking you to end coal finance.", "We're urging the bank to end it."]
)
def test_a_first_person_call_with_a_contraction_is_the_authors(call: str) -> None:
    assert asks_of(LETTER + call + "\n") == [(call, "authors")]


@pytest.mark.parametrize(
    "call",
    [
        # German "darf ... nicht" (must not), after a dateline with an agency's initials
        "(Zürich)(PPS) Ein neues Abkommen mit China darf es nicht ohne Garantie der "
        "Menschenrechte geben.",
        "We the undersigned, more than 100 organisations, are appealing for your assistance.",
        "The candidates are asked to support the workers in their fight for their rights.",
    ],
)
def test_more_shapes_of_the_authors_ask(call: str) -> None:
    assert asks_of(LETTER + call + "\n") == [(call, "authors")]


def test_darf_alone_only_allows() -> None:
    assert asks_of(LETTER + "Die Schweiz darf Waren aus China einführen.\n") == []


def test_an_author_named_with_the_other_apostrophe_is_still_the_author() -> None:
    text = (
        "Ryanair workers face pressure.\n\n"
        "The Transport Workers’ Federation urged the candidates to support the workers.\n"
    )
    found = find_asks(text, authors=["Transport Workers' Federation"], own=True)
    assert [a.asker for a in found] == ["authors"]


# Arabic sentences written for these tests (an Iranian and a Syrian case, as reported)
AR_REPORT = (
    "منظمات دولية تطالب بالإفراج عن الصحافيين\n\n"
    "طالبت 71 منظمة معنية بحقوق الإنسان الحكومة السورية أن تفرج فورا عن المدافعين.\n\n"
    "وكانت السلطات قد اعتقلتهم في دمشق قبل ثلاث سنوات، وأحيلوا إلى سجن عدرا المركزي.\n\n"
    "وطالبت السلطات السورية أن تسقط الاتهامات المنسوبة إليهم.\n"
)
AR_LETTER = (
    "السيد الرئيس،\n\n"
    "نحن المنظمات الموقعة أدناه نكتب إليكم بشأن الصحافيين المعتقلين.\n\n"
    "نطالب السلطات بالإفراج الفوري وغير المشروط عن جميع الصحافيين.\n\n"
    "يجب على الحكومة أن تضمن حرية الصحافة.\n"
)


def test_an_arabic_report_gives_each_call_to_the_organisations_it_names() -> None:
    found = find_asks(AR_REPORT)  # the voice guessed: nobody says "we" (نحن, نطالب)
    assert [(a.text[:5], a.asker) for a in found] == [
        ("طالبت", "71 منظمة معنية بحقوق"),
        ("وطالب", "71 منظمة معنية بحقوق"),  # "and they demanded": the same organisations
    ]


def test_an_arabic_letter_asks_for_its_signatories() -> None:
    found = find_asks(AR_LETTER)
    assert [(a.lead_in, a.asker) for a in found] == [
        ("نطالب", "authors"),
        ("يجب على", "authors"),
    ]


def test_a_later_clauses_progressive_is_not_a_sent_letters_participle() -> None:
    # "delivers ..., the ETUC is calling for": the call is the ETUC's own, not a delivery's
    text = (
        "Workers face new risks from algorithms.\n\n"
        "To ensure the Act delivers for workers, the ETUC is calling for a directive on AI.\n"
    )
    found = find_asks(text, authors=["Workers Network"], own=True)
    assert [a.lead_in for a in found] == ["the ETUC is calling for"]


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        (
            "Quito, Feb 1 (EFE).- The Waorani people called Thursday for Ecuadorians to unite.",
            "The Waorani people",
        ),
        ("The unions called on Monday for a general strike.", "The unions"),
    ],
)
def test_a_call_with_its_day_and_a_dateline_keeps_its_caller(sentence: str, asker: str) -> None:
    assert asks_of(REPORT + sentence + "\n") == [(sentence, asker)]


def test_we_want_to_reiterate_our_call_is_the_authors_ask() -> None:
    call = "We also want to reiterate our call to the Commission to take strong action."
    assert asks_of(LETTER + call + "\n") == [(call, "authors")]


def test_a_speaker_whose_title_names_the_authors_asks_for_them() -> None:
    # "Name QC, Chairwoman of BRC said:": the title, not the name, says whom she speaks for
    text = (
        "BRC has released a statement on the arrest.\n\n"
        "Jane Roe QC, Chairwoman of BRC said: “The charge lacks any basis. In such "
        "circumstances, his prosecution should be discontinued.”\n"
    )
    found = find_asks(text, authors=["Bar Rights Committee of Wales"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [
        ("In such circumstances, his prosecution should", "authors")
    ]


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        # a time before the subject, with no comma
        (
            "Last month Oliver Bancoult, leader of the Refugee Group, wrote to the Prime "
            "Minister asking that he take action.",
            "Oliver Bancoult",
        ),
        # an opening phrase, then a counted subject or a common noun and its verb
        (
            "On November 2, nearly 170 Georgian organizations issued a joint statement, "
            "appealing to the Commission to grant candidate status.",
            "nearly 170 Georgian organizations",
        ),
        (
            "In its submission to the review, the coalition argued that the law is weak, "
            "calling for a new import ban.",
            "the coalition",
        ),
        # a dateline with a dash after its date
        (
            "London, UK – January 9, 2026 – The Coalition to End Forced Labour has welcomed "
            "the review — and used the opportunity to urge reforms to the law.",
            "The Coalition to End Forced Labour",
        ),
    ],
)
def test_a_reported_caller_is_read_after_the_opening_phrase(sentence: str, asker: str) -> None:
    assert [a.asker for a in find_asks(REPORT + sentence + "\n", report=True)] == [asker]


@pytest.mark.parametrize(
    "sentence",
    [
        # French quotation marks; a pronoun between "à" and its verb
        "« Cela tarde, et nous appelons encore une fois les autorités à abandonner les charges. »",
        "Sadibou Marong, directeur de RSF, appelle les autorités à la laisser accéder aux soins.",
        # Portuguese: one speaker's "exortou", and his own "Exorto" quoted
        "Türk exortou as autoridades a conduzirem investigações sobre a violência e a levarem à "
        "Justiça os responsáveis.",
        '"Exorto as forças de segurança a libertarem todos os manifestantes", pediu Türk.',
        # Spanish: one caller's "insta a", "invita a los"
        "Por ello, insta a la UE a modificar esa norma.",
        "Asimismo, invita a los gobiernos europeos a condenar el cierre de la fundación.",
    ],
)
def test_a_report_in_another_language_gives_one_callers_call_to_a_third_party(
    sentence: str,
) -> None:
    found = find_asks(REPORT + sentence + "\n", report=True)
    assert [a.text for a in found] == [sentence]
    assert found[0].asker != "authors"


def test_a_first_line_that_ends_in_a_quotation_is_a_headline() -> None:
    text = (
        "Cambodia: Victims must be protected as thousands ‘leave scamming compounds’\n\n"
        "The government must provide support for these individuals.\n"
    )
    found = find_asks(text, authors=["Amnesty"], own=True)
    assert [a.text for a in found] == ["The government must provide support for these individuals."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a lead-in that asks before its second verb leads the list
        (
            "We urge you to acknowledge the company's responsibility for the pollution in the "
            "delta, and we call on the company to:\n- Pay compensation to the communities.\n",
            "We urge you to acknowledge",
        ),
        # "we issue a collective and urgent call for"
        (
            "On the eve of Press Freedom Day, we issue a collective and urgent call for the "
            "release of the journalists.\n",
            "On the eve of Press Freedom Day",
        ),
        # the undersigned address a statement to someone to call on them
        (
            "The undersigned organisations, trade unions and defenders, address this statement "
            "to policy makers to call on them not to ratify the agreement.\n",
            "The undersigned organisations",
        ),
        # a later sentence of a list item asks under the item's label
        (
            "- Detention: Ineffective yet extended. The proposal allows long detention. The "
            "organisations stress that detention harms children and call for alternatives.\n",
            "The organisations stress",
        ),
        ("Llamamos a la acción del gobierno para declarar el desastre nacional.\n", "Llamamos"),
    ],
)
def test_the_authors_ask_in_a_lead_in_a_list_item_or_a_statement_addressed(
    text: str, first: str
) -> None:
    found = find_asks(LETTER + text, authors=["Rights Network"], own=True)
    assert [a.asker for a in found][:1] == ["authors"]
    assert found[0].text.startswith(first)


def test_the_following_demands_is_a_noun_not_a_caller() -> None:
    text = (
        "As expressed by survivors, the following demands reflect the insights of survivor "
        "groups:\n- Provide free and accessible healthcare\n"
    )
    found = find_asks(LETTER + text, authors=["Rights Network"], own=True)
    assert all(a.asker == "authors" for a in found)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # an apposition between dashes is read as one between commas
        (
            "Now, one year on, Rights Network and laureates of the award—including Jane Roe, "
            "John Doe of the Asian Commission and SAPPROS—are calling for their release.\n",
            "are calling for",
        ),
        # a counted group spelled out, united in calling
        (
            "Four leading human rights and press freedom organisations have come together to "
            "form a new international campaign united in calling for her release.\n",
            "united in calling for",
        ),
        # "That’s why" opens the sentence; partnering with another group to call
        (
            "That’s why Rights Network has partnered with JUSTICE to call for provisions on "
            "transparency.\n",
            "Rights Network has partnered with JUSTICE to call for",
        ),
        # German: the authors' call in the perfect, and a must after a clause of time
        (
            "In der Anhörung haben wir auf ein Verbot der biometrischen Fernerkennung gedrängt.\n",
            "haben wir auf ein Verbot der biometrischen Fernerkennung gedrängt",
        ),
        (
            "Nachdem die Europäische Union im März die Verordnung beschlossen hat, muss die "
            "Bundesregierung nun Maßnahmen ergreifen.\n",
            "Nachdem die Europäische Union",
        ),
        (
            "We would be grateful if you could confirm whether Mr. Isaak is still held.\n",
            "We would be grateful if you",
        ),
        (
            "We repeat our call from March 2021 for governments to protect gig workers.\n",
            "We repeat our call",
        ),
        (
            "We have no time to lose -- let’s call on the new World Bank president to stop "
            "financing the mine.\n",
            "let’s call on",
        ),
        ("Desde Rights Network reclamamos acciones concretas contra la impunidad.\n", "reclamamos"),
        # Arabic: a sentence after a full stop, and "على" opening it (it is upon ... to)
        (
            "ندين الاعتقالات الأخيرة. على المملكة العربية السعودية إطلاق سراح النشطاء فورا.\n",
            "على",
        ),
        # Portuguese: one caller's "pede a VV.Ex.as que", "roga a"
        (
            "Com base em seu Estatuto, a Rights Network pede a VV.Ex.as que não permitam mais "
            "um atentado aos povos indígenas.\n",
            "Com base em seu Estatuto",
        ),
    ],
)
def test_the_authors_calls_in_more_shapes_of_their_release(text: str, lead: str) -> None:
    found = find_asks(LETTER + text, authors=["Rights Network"], own=True)
    assert [(a.asker, a.lead_in.startswith(lead)) for a in found] == [("authors", True)]


def test_a_principle_about_no_one_is_not_an_ask_but_a_demand_on_someone_is() -> None:
    principles = (
        "No one should pay with their life simply for exercising their right to assembly. "
        "No artist should be subject to judicial harassment for their work.\n\n"
    )
    demand = "The authorities should release all those detained for protesting.\n"
    deadline = "\nNo later than 2030 the EU must phase out coal.\n"
    found = find_asks(LETTER + principles + demand + deadline, authors=["PEN"], own=True)
    assert [a.text for a in found] == [demand.strip(), deadline.strip()]


def test_an_advocacy_description_in_german_is_not_an_ask() -> None:
    text = (
        "Rights Network setzt sich besonders dafür ein, dass die Zivilgesellschaft beteiligt ist.\n"
    )
    assert find_asks(LETTER + text, authors=["Rights Network"], own=True) == []


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            "On Monday, Repubblika appealed to the Prime Minister to stop the bill.\n\n"
            "It said that government must publish a White Paper before the vote.\n",
            "Repubblika",
        ),
        ("Schutter said China must improve health services in the new villages.\n", "Schutter"),
        (
            "In her previous statements, the Commissioner recalled that “the national "
            "legislation should be brought in line with international standards”.\n",
            "the Commissioner",
        ),
        # a reaction that calls, its subject far from the participle
        (
            "Local human rights advocacy group, ZimRights has condemned what it describes as "
            "violent repression and systematic rights violations in the recent general "
            "elections calling for urgent regional and global intervention.\n",
            "ZimRights",
        ),
    ],
)
def test_a_reports_speaker_who_says_a_body_must_act_or_reacts_calling_asks(
    text: str, asker: str
) -> None:
    found = find_asks(REPORT + text, report=True)
    said = text.strip().split("\n")[-1]
    assert [(a.text, a.asker) for a in found if a.text == said] == [(said, asker)]


def test_a_speaker_who_says_something_else_must_happen_asks_nothing() -> None:
    text = "The farmer said the rain must come soon for the harvest to survive.\n"
    assert find_asks(REPORT + text, report=True) == []


def test_a_spanish_report_gives_its_quoted_must_and_later_calls_to_the_groups_it_named() -> None:
    text = (
        "Cincuenta organizaciones sociales han pedido que la ley de vivienda proteja a las "
        "familias.\n\n"
        '"La ley debe garantizar el derecho a una vivienda digna", ya que hay miles de '
        "personas sin hogar.\n\n"
        'Asimismo, reivindican la "regulación estatal de alquileres" para toda la población.\n'
    )
    found = find_asks(REPORT + text, report=True)
    assert [a.asker for a in found] == ["Cincuenta organizaciones sociales"] * 3


def test_a_report_in_romanian_gives_its_participles_call_to_someone_else() -> None:
    # the participle without its diacritics, as the page printed it
    text = (
        "Peste 60 de grupuri si organizatii din societatea civila romaneasca au adresat o "
        "scrisoare deschisa tuturor membrilor Parlamentului European, Comisiei Europene si "
        "Consiliului European, solicitand interventia lor imediata fata de amenintarile la "
        "adresa statului de drept.\n"
    )
    found = find_asks(REPORT + text, report=True)
    assert [a.asker != "authors" for a in found] == [True]


def test_an_organisations_counted_demands_are_a_noun_that_leads_its_list() -> None:
    text = (
        "The press release accompanies LAW’s 6 demands:\n\n"
        "1. Immediately: The Ministry of Labour must ensure that employers adopt the contract.\n"
    )
    found = find_asks(LETTER + text, authors=["Legal Action Worldwide", "LAW"], own=True)
    assert [a.asker for a in found] == ["authors"]


@pytest.mark.parametrize(
    ("title", "asker"),
    [
        # a section's press release: its organisation's director speaks for it
        ("Amnesty International’s China Director", "authors"),
        # another section, whose name runs to its possessive
        (
            "Amnesty International Hong Kong Overseas’ Executive Director",
            "Amnesty International Hong Kong Overseas’ Executive Director",
        ),
    ],
)
def test_a_quotation_over_paragraphs_speaks_for_whom_its_speakers_title_names(
    title: str, asker: str
) -> None:
    text = (
        "Hong Kong: conviction of journalists\n\n"
        f"In response to the “sedition” conviction of two editors, Sarah Brooks, {title}, said:\n\n"
        "“This dismaying verdict is one more nail in the coffin for press freedom.\n\n"
        "“The Hong Kong authorities should end their use of sedition laws.”\n"
    )
    found = find_asks(text, authors=["Amnesty International UK"], own=True)
    assert [a.asker for a in found] == [asker]


def test_a_heading_that_names_whom_its_demands_are_to_leads_the_list() -> None:
    text = (
        "Demands to Syngenta\n\n"
        "- Stop producing and selling paraquat immediately.\n"
        "- No patents on plants.\n"
        "- Compliance with the FAO's International Code of Conduct on Pesticides.\n"
    )
    found = find_asks(text, authors=["Public Eye"], own=True)
    assert [a.text for a in found] == [
        "Stop producing and selling paraquat immediately.",
        "No patents on plants.",
        "Compliance with the FAO's International Code of Conduct on Pesticides.",
    ]
    assert {a.asker for a in found} == {"authors"}


def test_they_on_a_signatorys_page_are_the_letters_signatories() -> None:
    text = (
        "45 NGOs ask Christine Lagarde to put climate at the center of the ECB’s action\n\n"
        "Ahead of the monetary policy meeting, 45 NGOs and think tanks wrote an open letter to "
        "the President of the ECB. They call on the ECB to follow 5 essential guidelines.\n"
    )
    found = find_asks(text, authors=["Reclaim Finance"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("They call on the ECB to", "authors")]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # Swedish puts the verb second, before its subject
        (
            "Med anledning av det begär SDF och övriga djurskyddsorganisationer att exporten av "
            "levande djur omedelbart upphör.",
            "Med anledning av det begär",
        ),
        # "calls" with its object and no "on": a body named in lower case
        (
            "Ahwaz Human Rights Organisation condemns violations against humanity and calls "
            "international organisations of human rights to react on these crimes.",
            "calls international organisations of human rights to react",
        ),
        (
            "AHRO also calls the UN organisations to use more pressure on the Islamic Republic.",
            "AHRO also calls the UN organisations to use",
        ),
        # an organisation that "is writing to" its addressee to ask
        (
            "Human Rights Watch is writing to Your Majesty to recommend respectfully that the "
            "Sultanate ratify the Convention.",
            "Human Rights Watch is writing to Your Majesty to recommend respectfully that",
        ),
        # supporting others in calling, as joining them is
        (
            "The NUJ supports the IFJ, EFJ and CJA in calling for an end to the use of SLAPPs.",
            "The NUJ supports the IFJ, EFJ and CJA in calling for",
        ),
        # signing this letter to appeal is the letter's appeal, not an earlier one
        (
            "As women from Africa and the diaspora, we have signed this open letter to express "
            "our solidarity with women and girls in Sudan and to appeal for the urgent "
            "initiation of international protection measures.",
            "we have signed this open letter to express our solidarity with women and girls in "
            "Sudan and to appeal for",
        ),
        # "issuing" before the noun that calls is an adjective, not "issuing a call"
        (
            "Amongst other recommendations, the three issuing organisations call on the GoK to "
            "suspend the citizenship revocation campaign.",
            "the three issuing organisations call on the GoK to",
        ),
        # two adverbs between "and" and the request
        (
            "We are writing with respect to your investments in the pipeline and hereby "
            "formally request you divest from these projects.",
            "We are writing with respect to your investments in the pipeline and hereby "
            "formally request you",
        ),
        # a long opening phrase before the addressee that must act
        (
            "On his first day as Canada’s Minister of Justice and Attorney General, the "
            "Honourable David Lametti should drop the application for judicial review.",
            "On his first day as Canada’s Minister of Justice and Attorney General, the "
            "Honourable David Lametti should",
        ),
        # a title's full stop between what the authors condemn and what they urge
        (
            "We strongly condemn the punishment imposed on Mr. Mohammed bin Nasser Al-Ghamdi "
            "and urge the Saudi government to overturn his conviction.",
            "We strongly condemn the punishment imposed on Mr. Mohammed bin Nasser Al-Ghamdi "
            "and urge the Saudi government to",
        ),
        # the addressee's modal governs its second verb, which asks a third government
        (
            "The US government should keep its promise and press the Emirati authorities to "
            "release Ahmed Mansoor.",
            "The US government should",
        ),
        # the reader asked to press those named by a plural common noun
        (
            "It’s time to cut the money pipeline. Urge banks to stop financing oil expansion "
            "in the Amazon by adopting an exclusion policy.",
            "Urge",
        ),
        # the reader told whom to call, in capitals, and what to demand
        (
            "CALL Premier Horgan & Forests Minister Katrine Conroy and demand they halt logging "
            "in at-risk ancient forests across BC by March 11th.",
            "CALL Premier Horgan & Forests Minister Katrine Conroy and demand",
        ),
        # the sentence's "we" further back than a subject's reach
        (
            "We write as long-term shareholders of Starbucks Corporation to express our concern "
            "regarding the current state of Starbucks’ labor relations and urge the company to "
            "restart negotiations.",
            "urge the company to",
        ),
    ],
)
def test_more_shapes_of_the_authors_call(sentence: str, lead: str) -> None:
    found = find_asks(
        LETTER + sentence + "\n",
        authors=["Ahwaz Human Rights Organisation", "SDF", "NUJ"],
        own=True,
    )
    assert [(a.lead_in, a.asker) for a in found][-1:] == [(lead, "authors")]


def test_a_speaker_who_also_stated_is_named_by_the_title_not_by_also() -> None:
    text = (
        "Senegal: release the detained activists\n\n"
        "Seydi Gassama, Executive Director of Amnesty Senegal, also stated:\n\n"
        "“We further call on the Senegalese authorities to conduct independent "
        "investigations into the deaths.”\n"
    )
    found = find_asks(text, authors=["Human Rights Network"], own=True)
    assert [a.asker for a in found] == ["Executive Director of Amnesty Senegal"]


@pytest.mark.parametrize(
    ("sentence", "asker", "lead"),
    [
        # a report's absolute construction: "..., with X calling on"
        (
            "The murder of the lawyer at the weekend has grabbed international attention, with "
            "the European Union on Sunday calling on the authorities to probe the assassination.",
            "the European Union",
            "the European Union on Sunday calling on the authorities to",
        ),
        (
            "Protests spread across the capital, with rights groups urging the police to show "
            "restraint.",
            "rights groups",
            "rights groups urging the police to",
        ),
        # French, the subject after the verb: "Aussi ont-elles lancé un appel aux"
        (
            "Des organisations de la société civile togolaise ont dénoncé la réforme. Aussi "
            "ont-elles lancé un appel aux principaux partenaires en développement à agir.",
            None,
            "ont-elles lancé un appel aux",
        ),
        # French: a demand named by its act, and a call after "et"
        (
            "Les journalistes ont été arrêtés lundi. Elle demande également l’abandon de toutes "
            "les charges retenues contre eux.",
            None,
            "demande également l’",
        ),
        (
            "Les deux organisations ont dénoncé une arrestation arbitraire et appelé à la "
            "libération immédiate de M. Ouedraogo.",
            None,
            "appelé à",
        ),
        # Albanian: "ECPMF has reacted by calling on the Ministry"
        (
            "ECPMF ka reaguar duke bërë thirrje Ministrisë së Punëve të Brendshme që të "
            "vendosin masa sigurie për gazetarët.",
            None,
            "bërë thirrje",
        ),
        # the modal is another clause's, so the second verb is still the caller's
        (
            "The EU said that Member States should act, and called on China to release him.",
            "The EU",
            "called on China to",
        ),
        # a participle's phrase before the speaker, and several speakers who "said" a modal
        (
            "Speaking at a press conference Trans Action Alliance Chairperson Farzana Riaz and "
            "others asked the Appellate Shariat Bench to review the decision of the FSC.",
            "Trans Action Alliance Chairperson Farzana Riaz and others",
            "Trans Action Alliance Chairperson Farzana Riaz and others asked the Appellate "
            "Shariat Bench to",
        ),
        (
            "In a joint press statement, Human Rights Watch, Amnesty International, and the "
            "International Commission of Jurists said Nepal’s interim government should publish "
            "the report of the probe commission.",
            "Human Rights Watch, Amnesty International, and the International Commission of "
            "Jurists",
            "In a joint press statement, Human Rights Watch, Amnesty International, and the "
            "International Commission of Jurists said Nepal’s interim government should",
        ),
        (
            "The statement says governments should act and calls on the UN to investigate.",
            "The statement",
            "calls on the UN to",
        ),
        (
            "Human Rights Watch, which has documented the crackdown for more than a decade with "
            "the help of lawyers who must remain anonymous, travelled to Brussels on behalf of "
            "the families and urged the EU to impose sanctions.",
            "Human Rights Watch",
            "urged the EU to",
        ),
        # Spanish "hacen un llamado", and a French appeal with its day between the verb and it
        (
            "La comunidad en general y la Confederación Nacional de Acción Comunal hacen un "
            "llamado al Gobierno Nacional para que haga presencia en el territorio.",
            None,
            "hacen un llamado al",
        ),
        (
            "Las organizaciones han hecho un llamado al Gobierno para que proteja a los líderes.",
            None,
            "han hecho un llamado al",
        ),
        (
            "Amnesty International et 16 organisations de la société civile ont lancé, lundi 1er "
            "août, un appel aux autorités mauritaniennes à abandonner toutes les charges.",
            None,
            "ont lancé, lundi 1er août, un appel aux",
        ),
    ],
)
def test_more_shapes_of_a_reported_call(sentence: str, asker: str | None, lead: str) -> None:
    found = find_asks(REPORT + sentence + "\n", report=True)
    assert [a.lead_in for a in found] == [lead]
    assert found[0].asker != "authors"
    if asker is not None:
        assert found[0].asker == asker


def test_a_campaign_pages_write_to_urging_him_to_is_the_authors_list() -> None:
    text = (
        "Egypt: Sudanese refugees face detention\n\nHere’s what you can do:\n\n"
        "Write to the Minister of Interior urging him to:\n\n"
        "- Stop all collective expulsions to Sudan immediately.\n"
        "- Respect the principle of non-refoulement.\n"
    )
    found = find_asks(text, authors=["Amnesty International Canada"], own=True)
    assert [(a.form, a.asker) for a in found] == [("item", "authors"), ("item", "authors")]
    assert found[0].lead_in == "Write to the Minister of Interior urging him to"


def test_a_short_german_lead_in_is_read_in_its_paragraphs_language() -> None:
    text = (
        "Das Deutschlandticket ist eine der Errungenschaften der Regierung und der Länder. "
        "Diese haben das Projekt mitgetragen.\n\nDer BUND fordert:\n\n"
        "- Ein klares Bekenntnis aller Parteien zum Deutschlandticket\n\n"
        "- ein bundesweites Sozialticket für maximal 29 Euro\n"
    )
    found = find_asks(text, authors=["BUND"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("Der BUND fordert", "authors")] * 2
    # and in a report, the same lead-in is the organisation's
    reported = find_asks(text, report=True)
    assert [a.asker for a in reported] != [] and "authors" not in [a.asker for a in reported]


def test_a_republished_release_is_its_issuers_own_text() -> None:
    text = (
        "Macao authorities should unconditionally release the former lawmaker Au Kam San, who "
        "was arrested on national security charges, Human Rights Watch said today.\n\n"
        "“Macao's authorities should stop suppressing peaceful criticism,” said Maya Wang, "
        "associate China director at Human Rights Watch.\n"
    )
    found = find_asks(text, authors=["Mirage News"], own=True)
    assert [a.asker for a in found] == ["authors", "authors"]


def test_recommendations_including_that_a_body_lead_its_third_person_items() -> None:
    text = (
        "The document includes a series of recommendations to UEFA to build on this "
        "experience for major tournaments in the future, including that UEFA:\n\n"
        "1. Strengthens engagement, risk assessment and mitigation processes;\n"
        "2. Appoints a standing human rights board;\n"
    )
    found = find_asks(text, authors=["Centre for Sport and Human Rights"], own=True)
    assert [(a.text[:10], a.asker) for a in found] == [
        ("Strengthen", "authors"),
        ("Appoints a", "authors"),
    ]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # one writer, in German
        (
            "Ich fordere Sie auf: Beteiligen Sie sich in konstruktiver Weise an diesem Prozess.",
            "Ich fordere Sie",
        ),
        # the reader asked to join a call, in Spanish
        (
            "Participa en esta Iniciativa Ciudadana Europea para pedir a la Comisión Europea que "
            "proponga una prohibición de las prácticas de conversión.",
            "para pedir",
        ),
        # French: the authors' document demands; the authors urge after another body's name
        (
            "Ce document exige la libération immédiate et inconditionnelle des opposants.",
            "Ce document exige",
        ),
        (
            "A l’occasion de sa participation à une réunion du conseil d’entreprises du MEDEF, "
            "l’organisation “Human Rights Without Frontiers” (HRWF) à Bruxelles prie instamment "
            "le MEDEF de soulever la question de leur libération.",
            "A l’occasion de sa participation à une réunion du conseil d’entreprises du MEDEF, "
            "l’organisation “Human Rights Without Frontiers” (HRWF) à Bruxelles prie instamment",
        ),
    ],
)
def test_more_shapes_of_the_authors_call_in_other_languages(sentence: str, lead: str) -> None:
    opening = "Ein offener Brief über die Lage der Menschenrechte und die Rolle der Regierung.\n\n"
    found = find_asks(
        opening + sentence + "\n", authors=["Human Rights Without Frontiers"], own=True
    )
    assert [(a.lead_in, a.asker) for a in found] == [(lead, "authors")]


@pytest.mark.parametrize(
    "text",
    [
        # a review of this stop's rules found each of these misread
        "La loi sur le devoir de vigilance exige que les grandes entreprises publient un plan.",
        "Le Comité contre la torture exhorte l'État partie à enquêter sur ces allégations.",
        "Ich rufe Sie nächste Woche an, um einen Termin zu vereinbaren.",
        "Ich bitte Sie um Verständnis für die Verzögerung unserer Antwort.",
        "Apoya esta iniciativa la alcaldesa de Barcelona, que viajó a Bruselas para pedir fondos.",
        "The Special Rapporteur’s 2022 report made a number of recommendations to the "
        "Government, including:\n\n- ratifying the Convention against Torture\n",
        "We support the thousands of garment workers in the export factories of Dhaka, "
        "Gazipur and Narayanganj striking for months now over their unpaid wages and overtime "
        "and demanding a living wage.",
    ],
)
def test_near_misses_of_this_stops_rules_ask_nothing_of_the_authors(text: str) -> None:
    assert authors_asks(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("CALL TO ACTION: Last week the UN Special Rapporteur urged the authorities to act.", None),
        (
            "Call Senator Smith, who has urged the Department to delay the rule, and thank him.",
            None,
        ),
        # a third party in a release's lede is no issuer
        (
            "Israel must allow aid into Gaza, UN Secretary-General António Guterres said today.",
            "UN Secretary-General António Guterres",
        ),
    ],
)
def test_near_misses_of_this_stops_rules_keep_the_third_party(text: str, asker: str | None) -> None:
    found = find_asks(text + "\n\nMore about the case follows here.\n", own=True)
    assert "authors" not in [a.asker for a in found]
    if asker is not None:
        assert asker in [a.asker for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "We are calling urgently for justice for the victims of this appalling massacre.",
        "We are calling yet again for the release of defenders held in illegal detention.",
        "The Commission, while claiming that it supports civil society, should withdraw the "
        "proposal.",
        "Policy makers MUST abandon the myth that deterrence works.",
    ],
)
def test_near_misses_of_this_stops_rules_that_still_ask(text: str) -> None:
    found = find_asks(LETTER + text + "\n", authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_report_names_one_speaker_after_its_connective() -> None:
    found = find_asks(
        REPORT + "Meanwhile, Human Rights Watch said the government should release all "
        "detainees.\n",
        report=True,
    )
    assert [a.asker for a in found] != ["Meanwhile, Human Rights Watch"]


@pytest.mark.parametrize(
    ("sentence", "authors", "lead"),
    [
        # the reader asked to press a plural, in a page's title case
        ("Ask governments to Ratify the High Seas Treaty Now!", [], "Ask"),
        # the subject after a clause that considers what went before
        (
            "Bearing in mind the above-mentioned requests, associations of citizens, "
            "journalists and media call on the MPs to initiate the replacement of the Council.",
            [],
            "associations of citizens, journalists and media call on the MPs to",
        ),
        # the reader asked to write to the addressee, in French
        (
            "Envoyez un courriel à Mr Ali Mohamed Djounaïd procureur de la République du "
            "tribunal de Moroni.",
            [],
            "Envoyez",
        ),
        # an author by the head of its name, with a word before it
        (
            "The Law Society urges the government of Kiribati to adhere to its Constitution.",
            ["New Zealand Law Society Te Kāhui Ture o Aotearoa"],
            "The Law Society urges the government of Kiribati to",
        ),
        # the authors' own page quoting words no one else is named for
        (
            "The letter said the legislation “will create barriers for eligible voters. We ask "
            "you to veto the bill.”",
            [],
            "We ask you to",
        ),
    ],
)
def test_shapes_of_the_authors_call_from_blind83_and_blind84(
    sentence: str, authors: list[str], lead: str
) -> None:
    found = find_asks(LETTER + sentence + "\n", authors=authors or ["Some NGO"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [(lead, "authors")]


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("Ask governments to The Hague.", None),
        ("Envoyez un courriel à vos amis.", None),
        ("Given the crisis, the union calls on the MPs to act.", "the union"),
        ("The Law Society of Kenya urges the government to act.", "The Law Society of Kenya"),
    ],
)
def test_near_misses_of_blind83_and_blind84_rules(text: str, asker: str | None) -> None:
    found = find_asks(LETTER + text + "\n", authors=["New Zealand Law Society"], own=True)
    assert [a.asker for a in found] == ([asker] if asker else [])


def test_a_report_quoting_no_one_named_keeps_the_words_reported() -> None:
    text = "The letter said the bill “will create barriers for voters. We ask you to veto it.”\n"
    assert "authors" not in [a.asker for a in find_asks(REPORT + text, report=True)]


def test_a_governor_s_title_does_not_end_a_sentence() -> None:
    from letterkit.mining.sentences import Unit, split_sentences

    text = "Groups sent Florida Gov. Ron DeSantis a letter urging him to veto SB 90."
    assert [u.text for u in split_sentences(Unit(text, 0))] == [text]


def test_those_who_signed_name_no_writer() -> None:
    from letterkit.mining.voice import reported_writers

    text = "Organizations that signed the letter include:\n\nFair Elections Center\n"
    assert reported_writers(text) is None


def test_underscore_bullets_under_a_portuguese_lead_in_are_the_authors_items() -> None:
    """A manifesto's lead-in whose clause opens with a relative clause about the events, over
    items marked with an underscore."""
    text = (
        "PELA LIBERDADE DE EXPRESSÃO NA GUINÉ-BISSAU!\n\n"
        "Perante os acontecimentos, que se somam a outros episódios recentes, os subscritores "
        "deste manifesto exigem:\n\n"
        "_ a libertação imediata e incondicional de todos os detidos;\n\n"
        "_ a defesa da liberdade de expressão para todos os cidadãos e cidadãs.\n"
    )

    found = find_asks(clean_text(text), authors=["ACEP"], own=True)
    assert [(a.text, a.asker) for a in found] == [
        ("a libertação imediata e incondicional de todos os detidos;", "authors"),
        ("a defesa da liberdade de expressão para todos os cidadãos e cidadãs.", "authors"),
    ]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # not a reader's call: questions to an event, press contacts, a law that "manda",
        # a statement's inverted subject
        ("Ask your questions to MEPs in our live Q&A on Thursday.", []),
        ("Ask questions to Commissioner Johansson during the online event on 5 May.", []),
        ("Écrivez à Jeanne Martin (jeanne.martin@ong.org) pour toute demande de presse.", []),
        ("Escriba a Prensa (prensa@ong.org) para solicitar entrevistas.", []),
        ("Manda a Constituição que o Estado garanta a liberdade de imprensa.", []),
        (
            "Envía al Congreso el Ejecutivo un proyecto de ley que recorta los derechos laborales.",
            [],
        ),
        # a description, whatever stands between its "parce que" and the verb
        (
            "Les journalistes ont été arrêtés parce que, selon la police, ils réclament la "
            "démission du préfet.",
            [],
        ),
        (
            "Los periodistas fueron detenidos porque, según la policía, exigen la renuncia del "
            "gobernador.",
            [],
        ),
        # another body's demands, listed or quoted
        (
            "Os fazendeiros, que ocupam ilegalmente a terra indígena, exigem:\n\n"
            "- o despejo das famílias;\n\n- a suspensão da demarcação.",
            [],
        ),
        (
            "The Ministry issued a statement on Monday. The statement said the registration “is "
            "mandatory. We urge all NGOs to register by 1 May.”",
            [],
        ),
        (
            "On 3 May the Ministry of Interior replied to our appeal. The letter said the "
            "authorities “are reviewing the case. We ask the organisations to respect the "
            "ongoing investigation.”",
            [],
        ),
        # another organisation whose name shares words with an author's
        (
            "The Human Rights Foundation, based in New York, urged the government to free him.",
            ["Thai Human Rights Foundation"],
        ),
        (
            "The civil society calls on the government to respect the Constitution.",
            ["EU-Russia Civil Society Forum"],
        ),
        (
            "The Institute urged the Parliament to reject the bill.",
            ["Raoul Wallenberg Institute of Human Rights"],
        ),
    ],
)
def test_the_review_of_blind83_and_blind84_rules_asks_nothing_of_the_authors(
    text: str, authors: list[str]
) -> None:
    assert authors_asks(text + "\n", authors or ["Some NGO"]) == []


def test_a_considering_clause_without_its_comma_keeps_the_ask() -> None:
    text = "Considering the above the Coalition calls on the Senate to reject the bill.\n"
    found = find_asks(LETTER + text, authors=["Coalition for Fair Trade"], own=True)
    assert [a.asker for a in found] == ["authors"]
    report = "Given these concerns the coalition urges the Senate to reject the bill.\n"
    assert len(find_asks(REPORT + report, report=True)) == 1


def test_a_surname_hon_ends_its_sentence() -> None:
    text = "The letter was signed by Alex Hon. We urge the minister to release him.\n"
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.text for a in found] == ["We urge the minister to release him."]


def test_the_items_that_spell_out_an_item_are_not_asks_of_their_own() -> None:
    text = (
        "The associations call on:\n\n"
        "1. MPs to initiate the replacement of the Council members;\n\n"
        "2. The Prime Minister to initiate amendments to the articles of the Law that "
        "regulate:\n\n"
        "- Authorized nominators of Council members;\n\n"
        "- Criteria and conditions that must be met by candidates;\n\n"
        "3. The Council to publish its decisions.\n"
    )
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.text[:6] for a in found] == ["MPs to", "The Pr", "The Co"]
    # a sub-item that is a command of its own stays an ask
    verbs = text.replace("- Authorized", "- Revise the rules on authorized")
    assert len(find_asks(LETTER + verbs, authors=["Some NGO"], own=True)) == 4


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # the letter describing itself as an appeal, with a relative clause before the call
        (
            "This letter is an urgent appeal from 14 organisations who work with children to "
            "call on the Taoiseach to show leadership on child homelessness.",
            [],
        ),
        # a belief without its "that"
        ("We believe the Commission must withdraw the proposal.", []),
        # "means that X must"
        (
            "The fact that two other women who only narrowly escaped death last week are at "
            "imminent risk means that the government must act now.",
            [],
        ),
        # the organisation's page naming it again, now
        (
            "A group of legal and faith-based organizations are urging the Department of "
            "Justice to intervene. The group is also calling on the administration to sue.",
            [],
        ),
        (
            "Some NGO condemns the use of landmines in Yemen. The organization calls on the "
            "international community to fund mine clearance.",
            [],
        ),
        # the authors' spokesperson quoted in another language
        (
            "“La protección de los civiles debe ser priorizada por el Gobierno”, dijo Giovanni "
            "Rizzo, director de Some NGO en Colombia.",
            [],
        ),
        ("Nous comptons sur vous pour que ces restrictions ne soient pas adoptées.", []),
    ],
)
def test_blind85_and_blind86_shapes_are_the_authors_asks(text: str, authors: list[str]) -> None:
    found = find_asks(LETTER + text + "\n", authors=authors or ["Some NGO"], own=True)
    assert [a.asker for a in found] and all(a.asker == "authors" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        # a modal inside the clause that leads the sentence
        "While recognising that no one should be homeless, this letter is focusing on children.",
        # a noun with its relative clause, not a verb
        "Banning Ohioans from speaking with their representatives–especially meeting requests "
        "that are often ignored–is an unacceptable attack on democracy.",
        # a name, not a verb
        "The Tibetan Centre, along with Vietnamese Advocates for Change, expresses grave concern.",
        # a state of affairs does not ask
        "The unanswered nature of the situation calls for an immediate investigation.",
        # a coalition named in a sentence where someone else acts
        "By signing this letter to Congress, you are demanding lower drug prices now.",
        "In addition, civil society organizations can serve as advocates for climate finance.",
        # a German infinitive: the march demanded it, the letter does not
        "Tausende Menschen sind letzten Freitag mit uns auf die Straße gegangen, um das "
        "Klimaschutzgesetz zu fordern.",
    ],
)
def test_blind85_and_blind86_lookalikes_ask_nothing(text: str) -> None:
    assert find_asks(LETTER + text + "\n", authors=["Some NGO"], own=True) == []


def test_the_group_that_made_a_request_before_is_not_the_authors() -> None:
    text = "The group had submitted an official request to the prison authorities in May.\n"
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["The group"]


def test_a_release_names_its_coalition_in_a_subject_too_long_to_read() -> None:
    text = (
        "This morning a broad, diverse coalition of advocacy organizations, disability rights "
        "leaders, religious organizations, physicians, teachers and more sent a letter to the "
        "Senate President requesting virtual testimony for constituents.\n\n"
        "Even before the pandemic, the Statehouse was not very accessible to our members.\n"
    )
    found = find_asks(text, authors=["ACLU of Ohio"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_doubled_bullet_is_one_list_marker() -> None:
    text = REPORT + "• • Maria Frisk of Bris urges focus on preventive social measures.\n"
    found = find_asks(clean_text(text), report=True)
    assert [(a.text[:11], a.asker) for a in found] == [("Maria Frisk", "Maria Frisk of Bris")]


def test_a_campaign_page_that_tells_its_reader_what_to_do_is_its_own_voice() -> None:
    text = (
        "On June 16, police arrested 79 members of the opposition party.\n\n"
        "The authorities must release all 76 members.\n\n"
        "Here’s what you can do:\n\n"
        "Write to the Minister of Justice urging the government to:\n\n"
        "- Release the 76 members.\n"
    )
    found = find_asks(clean_text(text))
    assert [a.asker for a in found] == ["authors", "authors"]


# The review of the blind85 and blind86 rules: sentences a helper wrote to probe them, each
# misread by cda7b6e.
@pytest.mark.parametrize(
    "text",
    [
        # another coalition, told of in a letter that speaks as "we"
        "In 2019, a coalition of more than forty Kurdish, Yazidi and Assyrian civil society "
        "groups, survivors' networks and religious leaders wrote to the Security Council "
        "calling for an international tribunal. We support their call.",
        "Earlier this month, a separate coalition of Ukrainian human rights organisations, "
        "journalists' associations and independent media outlets published a statement "
        "demanding the release of all civilian hostages.",
        # an appeal that is not the letter's
        "The family's only remaining option is an appeal against the conviction, which their "
        "lawyers will file next week to ask the court to review the evidence.",
        # a belief about the past, or a passive of opinion
        "We believe the government should have acted sooner to protect these workers.",
        "We believe the attack should be understood as part of a wider pattern of reprisals.",
        # a law's effect, not a demand
        "The absence of any independent monitoring mechanism in the camps in the north of the "
        "country means that families must rely on rumours to learn the fate of their relatives.",
        # another organisation, named in the sentence before
        "The World Health Organization has warned of a cholera outbreak in the camps. The "
        "organization calls on donors to release emergency funding.",
        "Twenty journalists were arrested in Minsk last week while covering the protests. The "
        "group is demanding access to lawyers.",
    ],
)
def test_the_review_of_blind85_and_blind86_rules_asks_nothing_of_the_authors(text: str) -> None:
    assert authors_asks(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a concession with a modal of its own, before the main clause's ask
        ("While we understand that budgets must be balanced, the government must not cut aid.", []),
        (
            "Whereas Member States shall ensure access to justice, the Commission should "
            "monitor it.",
            [],
        ),
        # the authors' own purpose, in German
        (
            "Wir haben uns zusammengeschlossen, um gemeinsam ein Ende der Subventionen für "
            "fossile Brennstoffe zu fordern.",
            ["BUND"],
        ),
        # the authors' spokesperson, "directrice d'..."
        (
            "« Le gouvernement doit suspendre les expulsions », a déclaré Marie Dupont, "
            "directrice d'Amnesty International France.",
            ["Amnesty International France"],
        ),
    ],
)
def test_the_review_of_blind85_and_blind86_rules_keeps_the_authors_asks(
    text: str, authors: list[str]
) -> None:
    found = find_asks(LETTER + text + "\n", authors=authors or ["Some NGO"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_sub_items_that_ask_of_their_own_stay_asks() -> None:
    text = (
        "We call on the government to:\n\n"
        "1. Adopt a national action plan on forced labour by the end of the year, which should "
        "include:\n\n"
        "a) The Ministry of Labour should publish an annual list of high-risk sectors.\n\n"
        "b) Companies must be required to trace their supply chains.\n"
    )
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.text[:5] for a in found] == ["Adopt", "The M", "Compa"]


def test_a_wire_report_with_a_take_action_box_stays_a_report() -> None:
    text = (
        "Rights groups urge EU to suspend trade deal\n\n"
        "BRUSSELS, May 12 (Reuters) - More than 200 organisations on Monday called on the "
        "European Union to suspend the trade deal.\n\n"
        "Take action:\n\n"
        "Readers who want to support the campaign can sign the petition.\n"
    )
    assert [a.asker for a in find_asks(clean_text(text))] == ["More than 200 organisations"]


def test_a_campaign_page_tells_its_reader_to_demand_that() -> None:
    text = "Demand that Florida Governor Ron DeSantis immediately shut down the detention centre.\n"
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("Demand", "authors")]
    # (not a noun: "Demand that is met by imports")
    assert find_asks(LETTER + "Demand that is met by imports keeps rising.\n", own=True) == []


@pytest.mark.parametrize(
    "text",
    [
        # the authors' ask named as theirs
        "It is our recommendation that the Commission prioritises infringement procedures.\n",
        "Therefore, the demand of this initiative is to change the rules on the trade in fins.\n",
        "Our main demand is that the law be withdrawn.\n",
        # "must have" with a noun is asked for; with a participle it is a guess
        "Children with disabilities must have meaningful opportunities for training.\n",
        # "has to be" done
        "The penal code has to be amended so that the state can react to incitement.\n",
        # a campaign page's exclamation
        "Thousands are held in tents.\n\nAct now! Your voice counts.\n",
        # Arabic "you must", with the pronoun joined to "على"
        "يجب عليكم التحرك فوراً للإفراج عن جميع المعتقلين.\n",
    ],
)
def test_the_blind87_and_blind88_shapes_of_the_authors_asks(text: str) -> None:
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["authors"]


@pytest.mark.parametrize(
    "text",
    [
        "It is our hope that you will stand with us.\n",
        "Our demands are detailed in the annex.\n",
        "The ministry must have known about the abuses.\n",
        # a right owed, not an act asked for (blind48, blind85)
        "Workers must have the right to organise.\n",
        # the authors' own need, in a letter
        "For this, the path we need to follow is one that avoids all waste.\n",
        # a title, and a slogan too long to be an exclamation
        "Ratify and Implement the Convention on Decent Work for Domestic Workers Now!\n",
    ],
)
def test_the_blind87_and_blind88_shapes_that_do_not_ask(text: str) -> None:
    assert find_asks(LETTER + text, authors=["Some NGO"], own=True) == []


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        (
            "The European Union has been urged to act swiftly on access to medicines.",
            "reported",
        ),
        (
            "La société civile a en outre exigé que soit mis fin aux assignations à résidence.",
            "La société civile",
        ),
        (
            "Le Comité des droits de l'enfant implore la Belgique de cesser de détenir des "
            "enfants.",
            "Le Comité des droits de l'enfant",
        ),
    ],
)
def test_the_blind87_and_blind88_shapes_of_reported_calls(sentence: str, asker: str) -> None:
    found = find_asks(REPORT + sentence + "\n")
    assert [(a.asker, a.quoted) for a in found][:1] == [(asker, False)]


def test_a_coalition_making_a_joint_request_asks() -> None:
    text = (
        "OKLAHOMA CITY – Today, a coalition of civil rights organizations is making a joint "
        "request for records related to the state's Bible mandate.\n"
    )
    found = find_asks(text, authors=["Americans United"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_list_of_conclusions_and_demands_is_led_by_its_authors() -> None:
    text = (
        "After hearing the reports of the participants representing Bulgaria, Hungary, Latvia "
        "and Serbia, the Trade Union Forum has come to the following conclusions and demands:\n\n"
        "1. National governments should not merely state that education is a priority. They "
        "should raise the status of the teaching profession.\n\n"
        "2. National and local authorities should not escape their responsibility for funding.\n"
    )
    found = find_asks(text, authors=["Some NGO"], own=True)
    assert {a.asker for a in found} == {"authors"}


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # a quotation carried on into the next paragraph: who said the one above says it
        (
            '"The Forum condemns this attack," says PFF chair Susuve Laumaea.\n\n'
            '"At a turning point in Pacific history, we call on our leaders to uphold the rule '
            'of law."\n',
            "authors",
        ),
        (
            '"The attack was shameful," said Jane Doe, a local resident.\n\n'
            '"We call on the police to find those responsible."\n',
            "Jane Doe",
        ),
        # the title before the name: '..." IPI Executive Director, Scott Griffen said.'
        (
            "“These arrests are coordinated,” IPI Executive Director, Scott Griffen said. “We "
            "call for the immediate release of the arrested journalists.”\n",
            "authors",
        ),
    ],
)
def test_who_says_a_quotation_on_the_authors_page(text: str, asker: str) -> None:
    found = find_asks(text, authors=["Pacific Freedom Forum", "PFF", "IPI"], own=True)
    assert [a.asker for a in found if "call" in a.text] == [asker]


@pytest.mark.parametrize(
    "text",
    [
        # a rule or a step that exists, not an ask
        "Under the 2016 law, every NGO has to be registered with the Ministry of Interior.\n",
        "The bill still has to be approved by the Senate before it becomes law.\n",
        "The question has to be asked why the Commission waited so long.\n",
        "Under the new law, every NGO must have a licence before receiving foreign funds.\n",
        "Applicants must have a valid passport, which most refugees do not possess.\n",
        # a guess or a reproach
        "The authorities must have foreseen the risk of violence when they authorised it.\n",
        "The Commission should have withdrawn the proposal months ago.\n",
        "The minister must have a short memory if he believes the crisis is over.\n",
        "You should have our full report by Friday.\n",
        # a hardship, in Arabic ("they have to walk long distances for water")
        "ويتعين عليهم قطع مسافات طويلة للحصول على المياه.\n",
        # exclamations that do not call anyone to act
        "Thank you all.\n\nKeep up the good work!\n",
        "Thank you all.\n\nHelp is on the way!\n",
        "Thank you all.\n\nMake no mistake!\n",
        # "the request is", "the call is": whose, and not an ask
        "The appeal is to be heard by the Court of Cassation on 12 May.\n",
        "According to the ministry, the request is to postpone the review until 2027.\n",
        "Our recommendations are to be found in the annex to this letter.\n",
        "The request of the present government is to postpone the review.\n",
    ],
)
def test_the_review_of_the_blind87_and_blind88_rules_finds_no_ask(text: str) -> None:
    assert find_asks(LETTER + text, authors=["Some NGO"], own=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Annex I should include all high-risk sectors, including cotton and polysilicon.\n",
        "The very least we should expect from the Commission is a full public inquiry.\n",
        "Civil society must have the opportunity to comment on the draft before it is adopted.\n",
        "The Ombudsman should have the power to investigate complaints on her own initiative.\n",
        "Survivors must have access to free legal aid.\n",
        "Thank you all.\n\nFree them all!\n",
    ],
)
def test_the_review_of_the_blind87_and_blind88_rules_keeps_these_asks(text: str) -> None:
    found = find_asks(LETTER + text, authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_an_advisory_in_the_perfect_passive_is_no_call() -> None:
    sentence = "Residents have been urged to stay indoors as fighting continues.\n"
    assert find_asks(REPORT + sentence) == []


def test_an_asylum_application_asked_again_is_no_call() -> None:
    sentence = (
        "Elle a de nouveau demandé l'asile en France après le rejet de sa première demande.\n"
    )
    assert find_asks(REPORT + sentence) == []


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # a paragraph that names its own speaker, in a form not read as "X said"
        (
            '"The government will not tolerate unrest," Interior Minister Ali Hassan said.\n\n'
            '"The government must release the detained journalists immediately," the groups '
            "said in a joint statement.\n",
            "reported",
        ),
        # a new sentence after the quotation, not a title and a name
        (
            '"The authorities must release him immediately." Meanwhile, Interior Minister Ali '
            "Hassan said the case was closed.\n",
            "reported",
        ),
        # "condemns the crackdown and demands:": a verb, with its subject the caller
        (
            "The European Parliament condemns the crackdown and demands:\n\n"
            "- the immediate release of all political prisoners;\n\n"
            "- an end to the state of emergency.\n",
            "European Parliament",
        ),
    ],
)
def test_the_review_of_dcf8c0d_keeps_the_caller(text: str, asker: str) -> None:
    found = find_asks(REPORT + text)
    assert found and {a.asker for a in found} == {asker}


def test_an_application_made_is_no_call() -> None:
    assert find_asks(REPORT + "The family is making a request for asylum in Germany.\n") == []


def test_a_third_party_dated_in_the_lede_is_no_issuer() -> None:
    """ "..., the IDF said on Friday" in the lede of an NGO's page names whom it reports, not
    who issued the page (only "said today" is a release's own idiom)."""
    text = (
        "Gaza: forced displacement\n\n"
        "All residents of northern Gaza must move south within 24 hours, the IDF said on "
        "Friday.\n\n"
        "\u201cResidents must evacuate for their own safety,\u201d said Avichay Adraee, a "
        "spokesperson for the IDF.\n"
    )
    found = find_asks(text, authors=["Al Mezan Center for Human Rights"], own=True)
    assert "authors" not in {a.asker for a in found}


@pytest.mark.parametrize(
    "section",
    [
        "Amnesty International Canada",
        "Amnistía Internacional Paraguay",
        "Human Rights Watch Asia",
        "Amnistía Internacional México",
    ],
)
def test_a_national_sections_people_speak_for_it(section: str) -> None:
    """An author named with its country speaks through the people of the organisation."""
    org = section.rsplit(" ", 1)[0]
    text = (
        "Students face harassment\n\n"
        f"\u201cThe university must protect its students from intimidation,\u201d said Sarah "
        f"Brooks, China director at {org}.\n"
    )
    found = find_asks(text, authors=[section], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_spanish_aside_names_who_is_quoted() -> None:
    """Spanish sets the attribution inside the quotation between dashes; the quotation's next
    paragraph is the same speaker's."""
    text = (
        "Guinea Ecuatorial: libertad para los manifestantes\n\n"
        "\u201cEjercer la libertad de expresión no puede ser motivo de encarcelamiento "
        "\u2013ha señalado Steve Cockburn, director regional de Amnistía Internacional\u2013. "
        "Las autoridades deben dejar en libertad de inmediato a estos activistas.\u201d\n\n"
        "\u201cLas autoridades deben también garantizar su acceso a un abogado.\u201d\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional Paraguay"], own=True)
    assert [a.asker for a in found] == ["authors", "authors"]
    other = find_asks(text.replace("Amnistía Internacional\u2013", "la ONU\u2013"), own=True)
    assert "authors" not in {a.asker for a in other}


def test_a_releases_lede_under_its_title_and_date_names_the_issuer() -> None:
    """A republished release under its title and a date line: the lede is its third paragraph."""
    text = (
        "Sri Lanka urged to respect right of religious minorities\n\n"
        "Saturday, 4 April 2020\n\n"
        "Sri Lanka\u2019s authorities must respect the final rites of religious minorities, "
        "Amnesty International said today.\n\n"
        "\u201cGrieving relatives should be able to bid farewell to their loved ones,\u201d said "
        "Biraj Patnaik, South Asia Director at Amnesty International.\n"
    )
    found = find_asks(text, authors=["suratha.lk"], own=True)
    assert [a.asker for a in found] == ["authors", "authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Dutch leaves the particle of "oproepen" at the end of the clause
        "Tientallen organisaties roepen de Tweede Kamer in een paginagrote advertentie op tegen "
        "de wet te stemmen.",
        "Woensdag riep de Vereniging van Nederlandse Gemeenten ook al op niet in te stemmen met "
        "de wet.",
        "De bonden roepen het kabinet op om de bezuinigingen op het onderwijs te schrappen.",
        "De organisaties roepen op tot een onmiddellijk staakt-het-vuren in Gaza.",
        # and Spanish calls by several: "exhortan al Congreso a"
        "Sus dirigentes, presidentes de AIDESEP y de ORPIO, exhortan al Congreso peruano a "
        "aprobar la modificación de la ley.",
    ],
)
def test_a_report_in_dutch_or_spanish_reports_the_call(sentence: str) -> None:
    found = find_asks(REPORT + sentence + "\n")
    assert len(found) == 1 and found[0].asker != "authors"


def test_a_dutch_op_that_is_a_preposition_is_no_call() -> None:
    sentence = "De burgemeester riep de kinderen op het plein bij elkaar voor een foto.\n"
    assert find_asks(REPORT + sentence) == []


@pytest.mark.parametrize(
    "after",
    [
        "Keep in mind that the law was passed in 2019.",
        "Make no mistake, the crisis is deepening.",
        "Support for the measure is growing across Europe.",
    ],
)
def test_a_sentence_after_the_authors_call_is_not_its_continuation(after: str) -> None:
    """The imperatives after the authors' call are its items, but not an idiom that opens
    with one ("Keep in mind", "Make no mistake") nor the word as a noun ("Support for")."""
    text = LETTER + f"We call on the Commission to withdraw the proposal. {after}\n"
    assert len(find_asks(text, own=True)) == 1


def test_german_darf_nicht_with_its_object_between() -> None:
    sentence = (
        "Die Schweiz darf dem gefährlichen atomaren Wettrüsten nicht tatenlos zusehen, sondern "
        "muss alle Bemühungen für eine Welt ohne Atomwaffen unterstützen.\n"
    )
    found = find_asks(LETTER + sentence, own=True)
    assert [a.asker for a in found] == ["authors"]
    allowed = "Die Schweiz darf an den Verhandlungen teilnehmen, wenn sie will.\n"
    assert find_asks(LETTER + allowed, own=True) == []


def test_a_bare_name_inside_another_organisations_is_no_section() -> None:
    text = (
        "Offshore processing\n\n"
        "\u201cAustralia must end offshore processing now,\u201d said Jan Egeland, Secretary "
        "General of the Norwegian Refugee Council.\n"
    )
    found = find_asks(text, authors=["Refugee Council Australia"], own=True)
    assert "authors" not in {a.asker for a in found}


@pytest.mark.parametrize(
    "aside",
    [
        "declaró Carmen Pérez, madre de un preso político, a Amnistía Internacional",
        "explicó Juana, defensora garífuna, en una entrevista con Amnistía Internacional",
        "afirmó Cecilia Flores, galardonada por Amnistía Internacional",
    ],
)
def test_a_witness_who_spoke_to_the_authors_does_not_speak_for_them(aside: str) -> None:
    text = (
        "Testimonios\n\n"
        f"\u201cMi hijo lleva dos años detenido sin juicio \u2013{aside}\u2013. Las autoridades "
        "deben liberar a mi hijo ya.\u201d\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional"], own=True)
    assert "authors" not in {a.asker for a in found}


def test_a_spanish_quotation_with_its_own_speaker_is_not_carried_on() -> None:
    text = (
        "Guinea Ecuatorial\n\n"
        "\u201cEjercer la libertad de expresión no es delito \u2013ha señalado Steve Cockburn, "
        "director de Amnistía Internacional\u2013.\u201d\n\n"
        "\u201cEl Gobierno debe respetar la Constitución\u201d, dijo el ministro de Justicia.\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional"], own=True)
    assert "authors" not in {a.asker for a in found}


def test_a_third_paragraph_under_a_sentence_is_no_lede() -> None:
    text = (
        "Statement\n\n"
        "Today the UN Security Council held an emergency session on Gaza.\n\n"
        "Israel must lift the siege, the UN Human Rights Office said today.\n"
    )
    found = find_asks(text, authors=["Palestinian NGO Network"], own=True)
    assert found and "authors" not in {a.asker for a in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Het rapport roept de vraag op om hoeveel geld het precies gaat.",
        "Het wetsvoorstel roept veel weerstand op tegen de plannen van het kabinet.",
        "De beelden roepen herinneringen op niet alleen aan 2015 maar ook aan eerdere crises.",
        "De demonstranten riepen leuzen op het Museumplein en probeerden de politie te ontwijken.",
        "Las imágenes de la tragedia invitan a la reflexión sobre la política migratoria europea.",
        "De burgemeester heeft de politie gevraagd of er voor de demonstratie extra agenten nodig "
        "zijn.",
    ],
)
def test_the_review_of_cffcf16_reads_no_call(sentence: str) -> None:
    assert find_asks(REPORT + sentence + "\n") == []


def test_a_dutch_bodys_name_in_an_english_lead_in_keeps_the_list_closed() -> None:
    text = LETTER + (
        "We call on the Minister of Justice and the College voor de Rechten van de Mens to:\n\n"
        "- investigate the practice of ethnic profiling;\n\n"
        "- publish the findings.\n\n"
        "In 2023 the Court of Appeal in The Hague ruled that the practice was unlawful.\n\n"
        "Since then, little has changed in practice.\n"
    )
    assert len(find_asks(text, own=True)) == 2


@pytest.mark.parametrize(
    "after", ["Push for reforms that have teeth.", "Call for those who are detained to be freed."]
)
def test_an_imperative_with_a_relative_clause_after_the_call_is_its_item(after: str) -> None:
    text = LETTER + f"We call on the Commission to act. {after}\n"
    assert len(find_asks(text, own=True)) == 2


@pytest.mark.parametrize(
    "aside",
    [
        "\u2013señala Steve Cockburn, director regional de Amnistía Internacional\u2013",
        "\u2013 ha dicho Steve Cockburn, director regional de Amnistía Internacional \u2013",
        "-subrayó Steve Cockburn, director regional de Amnistía Internacional-",
    ],
)
def test_a_spanish_aside_in_the_present_or_with_spaced_dashes_or_hyphens(aside: str) -> None:
    text = (
        "Guinea Ecuatorial: libertad para los manifestantes\n\n"
        f"\u201cEjercer la libertad de expresión no puede ser motivo de encarcelamiento {aside}. "
        "Las autoridades deben dejar en libertad de inmediato a estos activistas.\u201d\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_spanish_quotation_whose_speaker_speaks_in_the_present_is_not_carried_on() -> None:
    text = (
        "Guinea Ecuatorial\n\n"
        "\u201cEjercer la libertad de expresión no es delito \u2013ha señalado Steve Cockburn, "
        "director de Amnistía Internacional\u2013.\u201d\n\n"
        "\u201cEl Gobierno debe respetar la Constitución\u201d, señala el ministro de Justicia.\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional"], own=True)
    assert "authors" not in {a.asker for a in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "While the legality of the package is being litigated in the high court, the sale of "
        "the estate should be suspended.",
        "Although the full extent of the damage is unclear as rescuers are still searching, the "
        "recovery must take into account the needs of women.",
        "Even though the legality of the package is being litigated in the high court, the sale "
        "should be suspended, as we have said before.",
    ],
)
def test_a_demand_after_a_concession_is_the_authors(sentence: str) -> None:
    found = find_asks(LETTER + sentence + "\n", own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_concession_before_the_authors_own_clause_is_no_demand() -> None:
    sentence = (
        "While we recognise the importance of national security, combating cybercrime, and "
        "addressing terrorism, we state that these goals must not come at the expense of rights.\n"
    )
    assert find_asks(LETTER + sentence, own=True) == []


def test_they_should_after_a_demand_of_them_is_the_next_demand() -> None:
    text = LETTER + (
        "Prosecutorial authorities in Lebanon should follow up on the evidence collected by the "
        "intelligence agencies. They should summon and question any witnesses to the killings.\n"
    )
    assert [a.asker for a in find_asks(text, own=True)] == ["authors", "authors"]
    expected = LETTER + (
        "The delegates met in Geneva in June. They should arrive in Brussels on Monday.\n"
    )
    assert find_asks(expected, own=True) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We will call on Prime Minister Anthony Albanese to speak out during his visit.",
        "We will be calling on the Government to ensure that the Bill complies with "
        "international human rights standards.",
        "The Coalition will be calling on Government to ensure that the Bill complies with "
        "international human rights standards.",
    ],
)
def test_a_call_the_authors_announce_is_their_ask(sentence: str) -> None:
    found = find_asks(LETTER + sentence + "\n", authors=["Coalition Against Hate Crime"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_a_must_after_a_dash_and_is_a_demand_but_pressing_ahead_is_not() -> None:
    sentence = (
        "The law poses a serious threat to academic freedom \u2013 and governments and "
        "universities must do more to counter it.\n"
    )
    assert [a.asker for a in find_asks(LETTER + sentence, own=True)] == ["authors"]
    for sentence in ("We press ahead with the campaign.\n", "We will press on with it.\n"):
        assert find_asks(LETTER + sentence, own=True) == []


FRENCH_REPORT = (
    "RDC : la société civile du Nord-Kivu\n\n"
    "La province est sinistrée depuis des mois et les combats continuent dans le territoire.\n\n"
)


def test_a_french_report_names_who_invited_and_splits_before_a_spaced_guillemet() -> None:
    text = FRENCH_REPORT + (
        "Moïse Hangi, membre du mouvement citoyen Lutte pour le changement (LUCHA) a invité les "
        "autorités à prendre leurs responsabilités. \u00ab Nous demandons aux autorités de "
        "rétablir l\u2019autorité de l\u2019Etat \u00bb, ont-ils insisté.\n"
    )
    found = find_asks(text, report=True)
    assert [a.text[:11] for a in found] == ["Moïse Hangi", "\u00ab Nous dema"]
    assert found[0].asker == "Moïse Hangi"
    invitation = FRENCH_REPORT + "Le maire a invité la presse à une conférence sur le budget.\n"
    assert find_asks(invitation, report=True) == []


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        (
            "Ce mardi, Human Rights Watch a appelé le gouvernement à retirer la loi.",
            "Human Rights Watch",
        ),
        ("El martes, Human Rights Watch instó al gobierno a retirar la ley.", "Human Rights Watch"),
        (
            "Hier fordert Amnesty International die Regierung auf, das Gesetz zurückzuziehen.",
            "reported",
        ),
    ],
)
def test_a_caller_named_before_a_foreign_verb_is_the_asker(sentence: str, asker: str) -> None:
    found = find_asks(FRENCH_REPORT + sentence + "\n", report=True)
    assert [a.asker for a in found] == [asker]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        (
            "\u00ab Le gouvernement doit l\u2019abandonner \u00bb, a déclaré Moïse Hangi.",
            "Moïse Hangi",
        ),
        ("\u201cThe government must release him,\u201d said John Smith.", "John Smith"),
    ],
)
def test_a_quoted_must_with_its_object_pronoun_and_a_speaker_before_the_full_stop(
    quote: str, speaker: str
) -> None:
    found = find_asks(FRENCH_REPORT + quote + "\n", report=True)
    assert [a.asker for a in found] == [speaker]


GERMAN_LETTER = "Sehr geehrte Damen und Herren,\n\nwir schreiben Ihnen als Umweltverbände.\n\n"


def test_a_german_author_names_its_call_in_the_perfect() -> None:
    sentence = (
        "Die Deutsche Umwelthilfe (DUH) hat in drei Schreiben die Vorstandschefs von BMW und VW "
        "dazu aufgefordert, bis Montag, den 18. Juli 2022 einem Tempolimit zuzustimmen.\n"
    )
    found = find_asks(GERMAN_LETTER + sentence, authors=["DUH"], own=True)
    assert [(a.asker, a.text[-12:]) for a in found] == [("authors", "zuzustimmen.")]
    # not someone else's call, nor a request for comment
    for other in (
        "In der vergangenen Woche hat der Dalai Lama nochmals zum Gewaltverzicht aufgerufen.\n",
        "Bundeskanzlerin Merkel haben wir um Stellungnahme gebeten.\n",
    ):
        assert find_asks(GERMAN_LETTER + other, authors=["DUH"], own=True) == []


def test_german_first_person_calls_with_a_long_object() -> None:
    for sentence in (
        "Angesichts der Energienotlage haben wir die drei Entscheider in der Verkehrspolitik "
        "Zipse, Diess und Källenius aufgefordert, ein Tempolimit zu gestatten.\n",
        "Ich rufe die Vorstände von BMW, Mercedes und VW persönlich dazu auf, Ja zu sagen.\n",
    ):
        found = find_asks(GERMAN_LETTER + sentence, authors=["DUH"], own=True)
        assert [a.asker for a in found] == ["authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a reproach or an expectation after a demand (review of d69f5ec)
        "The authorities should release Ahmed Mansoor immediately. He should never have been "
        "arrested in the first place.",
        "The authorities should allow the march to go ahead on Saturday. They should expect tens "
        "of thousands of people.",
        "Ministers should read the report of the Special Rapporteur. They should find it deeply "
        "troubling.",
        # a plan, not a call (review of d519621)
        "We will appeal to the Supreme Court against the ruling.",
        "We will ask all participants to show their ID at the entrance.",
        "We will call for volunteers to staff the helpline over the summer.",
        "We will press charges against the officers involved.",
        "We are pressing ahead with the campaign.",
    ],
)
def test_the_review_of_stop_37_reads_no_more_asks(sentence: str) -> None:
    found = find_asks(LETTER + sentence + "\n", own=True)
    assert len(found) == (1 if sentence.startswith(("The authorities", "Ministers")) else 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will continue to call on the Government to end the detention of refugees.",
        "We shall call on the Government to end the detention of refugees.",
        "We will be pressing the Government to end detention.",
    ],
)
def test_a_call_announced_in_other_words(sentence: str) -> None:
    assert [a.asker for a in find_asks(LETTER + sentence + "\n", own=True)] == ["authors"]


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        ("\u00c0 Goma, le gouverneur a appelé les habitants à rester chez eux.", "reported"),
        (
            "Im Vorfeld der Wahl fordert Amnesty International die Regierung auf, das Gesetz "
            "zurückzuziehen.",
            "reported",
        ),
        ("Mardi Human Rights Watch a appelé le gouvernement à retirer la loi.", "reported"),
        (
            "Human Rights Watch, Amnesty International et la FIDH ont appelé le gouvernement à "
            "retirer la loi.",
            "reported",
        ),
        (
            "\u201cLas autoridades deben liberar a los presos\u201d, recuerda Ana López. El "
            "ministro dijo que no.",
            "Ana López",
        ),
        ("\u201cThe government must release him,\u201d said HRW.", "HRW"),
    ],
)
def test_no_place_time_or_next_sentence_is_taken_for_the_caller(sentence: str, asker: str) -> None:
    found = find_asks(FRENCH_REPORT + sentence + "\n", report=True)
    assert [a.asker for a in found] == [asker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le président doit le pouvoir à l\u2019armée, qui l\u2019a installé en 2021.",
        "L\u2019\u00c9tat doit leur salaire aux enseignants depuis six mois.",
        "Le maire a invité la presse à assister à la conférence sur le budget.",
        "La Monusco a invité les journalistes à venir constater les dégâts.",
        "Le président a prié les fidèles de se joindre à la prière.",
    ],
)
def test_a_debt_or_an_invitation_in_french_is_no_call(sentence: str) -> None:
    assert find_asks(FRENCH_REPORT + sentence + "\n", report=True) == []


def test_a_spanish_quotation_followed_by_prose_is_still_carried_on() -> None:
    text = (
        "Guinea Ecuatorial\n\n"
        "\u201cEjercer la libertad de expresión no es delito\u201d, ha señalado Steve Cockburn, "
        "director regional de Amnistía Internacional.\n\n"
        "\u201cLas autoridades deben dejar en libertad a estos activistas\u201d. El Gobierno, sin "
        "embargo, insiste en que son terroristas.\n"
    )
    found = find_asks(text, authors=["Amnistía Internacional"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_an_author_named_after_a_foreign_article_or_with_one_in_its_name() -> None:
    from letterkit.mining.parties import Context, is_author

    ctx = Context(authors=["la via campesina", "duh"], letter=True)
    assert is_author("La Via Campesina", ctx) and is_author("Die DUH", ctx)
    assert not is_author("Die Linke", ctx)


@pytest.mark.parametrize(
    "sentence", ["We press on.", "We will press on regardless.", "We press on, undeterred."]
)
def test_pressing_on_is_carrying_on_not_pressing_someone(sentence: str) -> None:
    assert find_asks(LETTER + sentence + "\n", own=True) == []
    found = find_asks(LETTER + "We press on Beijing to release him.\n", own=True)
    assert [a.asker for a in found] == ["authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "When it comes to the climate, the EU must lead.",
        "But when it comes to responsibility on banana plantations, Lidl must play fair.",
    ],
)
def test_a_demand_after_when_it_comes_to(sentence: str) -> None:
    assert [a.asker for a in find_asks(LETTER + sentence + "\n", own=True)] == ["authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law has to do with labour.",
        "Instead, the traveller has to put the journey together in separate bookings.",
        "Campaign For Uyghurs calls attention to the opportunity the international community "
        "has to reduce another atrocity.",
    ],
)
def test_has_to_without_someone_named_or_a_main_clause_asks_nothing(sentence: str) -> None:
    assert find_asks(LETTER + sentence + "\n", own=True) == []


@pytest.mark.parametrize(
    "title",
    [
        "Take action! Ask LIDL to play fair!",
        "Urge Gov. Michelle Lujan Grisham to close the loopholes in the draft methane rules!",
        "8 November 2019\n\nEuropean Commission, help the European Investment Bank go Fossil Free!",
    ],
)
def test_a_campaign_page_title_that_cries_out_is_not_its_ask(title: str) -> None:
    page = title + "\n\nWe are calling on Lidl to pay a fair price for bananas.\n"
    found = find_asks(page, own=True)
    assert [a.text for a in found] == ["We are calling on Lidl to pay a fair price for bananas."]


def test_a_campaign_cries_out_to_a_company_and_invites_its_readers() -> None:
    page = (
        "Climate Wednesday on the Paradeplatz\n\n"
        "Campax will be on Paradeplatz every Wednesday at noon.\n\n"
        "Credit Suisse, get out of fossil fuels!\n\n"
        "Come YOU too! Together we can realise the longest protest on Paradeplatz.\n\n"
        "Brussels, we have a problem!\n"
    )
    found = find_asks(page, own=True)
    assert [a.text for a in found] == ["Credit Suisse, get out of fossil fuels!", "Come YOU too!"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Using reliable forecasting, the global demand for medicines should be coordinated.",
        "Anti-Slavery also expressed concerns over reports that calls for the killing of Biram "
        "Dah Abeid were made publicly.",
    ],
)
def test_a_demand_or_call_that_a_clause_is_about_is_a_noun(sentence: str) -> None:
    assert find_asks(REPORT + sentence + "\n", report=True) == []
    found = find_asks(REPORT + "The groups call for an inquiry that should examine it.\n")
    assert [a.asker for a in found] == ["The groups"]


def test_the_staff_of_an_international_speak_for_it_by_its_first_name() -> None:
    release = (
        "EU publishes tax haven commitments\n\n"
        "Welcoming the news, Oxfam’s Tax Policy Advisor Johan Langerock said:\n\n"
        "“European governments must now pressure all tax havens on the grey list.”\n"
    )
    found = find_asks(release, authors=["Oxfam International"], own=True)
    assert [a.asker for a in found] == ["authors"]
    # (only in the possessive or before a section's name: "Oxfam" is no name of its own)
    assert "Oxfam" not in with_acronyms(["Oxfam International"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Join national, state, and local groups and hundreds of New Mexicans to call on the "
        "Administration to strengthen the draft rules.",
        "Join Amnesty in urging the Council to act.",
    ],
)
def test_the_reader_asked_to_join_a_call_is_the_authors_ask(sentence: str) -> None:
    assert [a.asker for a in find_asks(LETTER + sentence + "\n", own=True)] == ["authors"]
    assert find_asks(LETTER + "Join the discussion in asking questions.\n", own=True) == []


def test_a_demand_after_two_circumstances() -> None:
    sentence = (
        "As the Ukraine crisis enters its fourth month, with more than six million refugees now "
        "having been forced to flee, governments must prioritise regular schooling, according "
        "to Plan International Australia.\n"
    )
    found = find_asks(LETTER + sentence, authors=["Plan International Australia"], own=True)
    assert [a.asker for a in found] == ["authors"]


def test_the_organisation_after_another_organisation_is_not_the_authors() -> None:
    page = (
        "Plastic waste\n\n"
        "Greenpeace has published a new report on plastic waste. The organisation urges "
        "governments to ban single-use plastics.\n"
    )
    found = find_asks(page, authors=["Oxfam"], own=True)
    assert [a.asker for a in found] != ["authors"]


def test_a_command_in_the_ing_form_under_a_list_of_points() -> None:
    statement = (
        "We in civil society organizations condemn the attack and we assert on the following "
        "points:\n\n• Bringing an immediate end to military operations.\n"
    )
    found = find_asks(clean_text(LETTER + statement), own=True)
    assert [a.text for a in found] == ["Bringing an immediate end to military operations."]
    # (not a label over its reason, nor a concern in lower case)
    for item in (
        "• Opposing transnational repression: The long arm has no right to surveil dissenters.",
        "• increasing brutal treatment by the police.",
    ):
        page = clean_text(LETTER + "This is not just a building. This is about:\n\n" + item + "\n")
        assert find_asks(page, own=True) == []


def test_a_short_indonesian_call_is_not_taken_for_english() -> None:
    found = find_asks(REPORT + "Greenpeace mendesak izin milik PT GAG Nikel untuk dicabut.\n")
    assert len(found) == 1 and found[0].asker != "authors"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone pressed on, and carrying on
        ("We press on lawmakers to reject the bill.", ["authors"]),
        ("We press on every front.", []),
        # a victim's day, not a demand
        ("Maria has to walk five kilometres every day to fetch water.", []),
        # an opener before the comma, not a name cried to
        ("In Gaza, support is running out!", []),
        ("Yesterday, release of the prisoners began!", []),
        # a call with its reason after it
        ("UN experts call for restraint as the violence continues to escalate.", ["UN experts"]),
    ],
)
def test_the_review_of_blind95_and_blind96_rules(text: str, expected: list[str]) -> None:
    assert [a.asker for a in find_asks(LETTER + text + "\n", own=True)] == expected


def test_a_first_paragraph_in_the_authors_voice_is_no_title() -> None:
    page = "We urge the Prime Minister to halt the deportation flight tonight!\n\nHe can.\n"
    assert [a.asker for a in find_asks(page, own=True)] == ["authors"]
    # nor is a page's only line
    assert len(find_asks("Take action! Ask LIDL to play fair!\n", own=True)) == 1


def test_a_section_speaks_for_its_international_but_a_ministry_does_not() -> None:
    release = (
        "Senegal: release the protesters\n\n"
        "Seydi Gassama, Executive Director of Amnesty Senegal, also stated:\n\n"
        "“We further call on the Senegalese authorities to conduct credible investigations.”\n"
    )
    found = find_asks(release, authors=["Amnesty International"], own=True)
    assert [a.asker for a in found] == ["authors"]
    report = "Schools\n\nEducation ministers urged donors to fund schools.\n"
    found = find_asks(report, authors=["Education International"], own=True)
    assert [a.asker for a in found] != ["authors"]


def test_what_an_organisation_did_is_no_list_of_demands() -> None:
    page = clean_text(
        LETTER + "Over the past year, our work has included:\n\n"
        "• Supporting 2,000 families with food.\n\n• Training 300 community health workers.\n"
    )
    assert find_asks(page, own=True) == []
    assert not is_foreign("We urge the Home Office to do more to provide interpreters in Dari.")


def test_a_line_naming_the_addressee_keeps_the_lead_in_over_its_items() -> None:
    page = (
        "Cabo Delgado\n\nO que pedimos:\n\nAo Governo de Portugal:\n\n"
        "– que apoie o Estado moçambicano na sua responsabilidade de garantir a segurança.\n\n"
        "– que aproveite a presidência portuguesa do Conselho da União Europeia.\n"
    )
    found = find_asks(clean_text(page), own=True)
    assert [a.text[:10] for a in found] == ["que apoie ", "que aprove"]
    assert {a.lead_in for a in found} == {"pedimos"}
    # "To this end:" names no one: the list under the lead-in has ended
    page = (
        "Cabo Delgado\n\nO que pedimos:\n\n– que apoie o Estado moçambicano.\n\n"
        "To this end:\n\nque a visita do Ministro sirva para apoiar o Governo.\n"
    )
    assert len(find_asks(clean_text(page), own=True)) == 1


def test_a_malay_lead_in_and_its_items_and_not_the_paragraphs_after_them() -> None:
    page = clean_text(
        "Hukuman mati\n\nKami menggesa Kerajaan Malaysia dan ahli-ahli Parlimen untuk:\n\n"
        "  • membentangkan pindaan-pindaan tanpa penangguhan\n"
        "  • mengekalkan moratorium ke atas semua pelaksanaan hukuman mati.\n\n"
        "Usaha kerajaan untuk mengubahsuai undang-undang kuno ini membawa satu peluang unik.\n"
    )
    found = find_asks(page, own=True)
    assert [a.text.split()[0] for a in found] == ["membentangkan", "mengekalkan"]


def test_the_undersigned_named_between_commas_still_appeal() -> None:
    text = (
        "Wir, die unterzeichnenden Organisationen, appellieren daher an Sie, die Parteien, die "
        "die neue Koalitionsregierung verhandeln, ein wirklich restriktives Gesetz in den "
        "Koalitionsvertrag aufzunehmen und im Bundestag zu verabschieden, das mindestens"
    )
    assert [a.asker for a in find_asks(LETTER + text + "\n", own=True)] == ["authors"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the signatories' list between "We" and the verb
        (
            "We the undersigned civil society leaders, human rights defenders, peace "
            "activists, MPs and other political leaders, call upon the President to release "
            "the protesters.",
            ["authors"],
        ),
        # (not a clause of someone else's between them)
        (
            "We were especially saddened by the fact that such arrests occurred while U.N. "
            "human rights chief Mary Robinson was visiting China and calling for promoting "
            "and protecting human rights.",
            [],
        ),
        # a demand made the authors' own
        (
            "We join students and citizens all across India in support of their demand that "
            "this law be abrogated.",
            ["authors"],
        ),
        ("Students have long voiced their demand that the law be repealed.", []),
        # the reader told to act in French
        (
            "Rejoignez-nous et signez la lettre au Roi pour dire aux politiques que le climat "
            "n’attend plus.",
            ["authors"],
        ),
        ("Exigez-vous vraiment cela ?", []),
        # another's words in a letter: a demand of theirs, or no one's
        ("Scientists say these emissions need to be zeroed out to avoid the worst.", []),
        ("UN experts said the government must release him.", ["UN experts"]),
        # (and not "Member States" read as "Member states")
        ("Member States should outline the groups of children in need.", ["authors"]),
        # (nor a communiqué's own gathering)
        ("Summit noted that SADC governments should mobilise resources.", ["authors"]),
    ],
)
def test_the_blind97_and_blind98_round(text: str, expected: list[str]) -> None:
    assert [a.asker for a in find_asks(LETTER + text + "\n", own=True)] == expected


def test_a_spanish_request_and_its_next_clause_without_a_verb() -> None:
    text = (
        "Desde nuestra voz ciudadana, sugerimos que la discusión pase a la Mesa de "
        "Negociaciones. De igual manera, que las partes avancen en un mecanismo de "
        "verificación. Che Guevara lo dijo antes que nosotros.\n"
    )
    found = find_asks(LETTER + text, own=True)
    assert [a.text.split()[0] for a in found] == ["Desde", "De"]


def test_a_report_gives_a_quoted_it_and_the_rights_body_to_the_speaker() -> None:
    report = (
        REPORT + "Human Rights Watch criticised the ban on the party.\n\n"
        "The rights body emphasised that to build a foundation for rights, the interim "
        "government should reverse its actions.\n\n"
        '"It should refrain from politically motivated pretrial detentions," HRW stated.\n\n'
        "Students today staged a demonstration in Dhangadi demanding the release of those "
        "arrested.\n"
    )
    found = find_asks(report, report=True)
    assert len(found) == 3
    assert "authors" not in [a.asker for a in found]
    assert found[1].asker == "HRW"
    assert found[2].asker == "Students"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We cannot endorse their demand that the talks be suspended.", []),
        ("Many of our members supported the demands for land reform in the 1990s.", []),
        ("Why would anyone support the call for more fossil fuel subsidies?", []),
        ("Demandez-vous qui profite réellement de cette réforme.", []),
        ("Soutenez-nous : faites un don pour financer nos actions juridiques.", []),
        ("SIGNEZ LA PÉTITION !", ["authors"]),
        ("Critics say the government should have acted much sooner.", []),
        ("The Constitutional Court said that the State must consult indigenous communities.", []),
        ("UN experts said governments must stop the pushbacks.", ["UN experts"]),
    ],
)
def test_the_review_of_the_blind97_and_blind98_round(text: str, expected: list[str]) -> None:
    assert [a.asker for a in find_asks(LETTER + text + "\n", own=True)] == expected


def test_a_label_lets_the_lead_in_go_on_only_when_it_names_a_body_that_acts() -> None:
    head = "Myanmar\n\nWe call on the Government to:\n\n• Release all political prisoners.\n\n"
    for label in ("For Media Enquiries:", "For More Information:", "For Reference:"):
        page = head + label + "\n\n• Jane Doe, Communications Officer, jane@example.org\n"
        assert len(find_asks(clean_text(page), own=True)) == 1, label
    page = head + "To the UN Security Council:\n\n• Refer the situation to the ICC.\n"
    assert len(find_asks(clean_text(page), own=True)) == 2


def test_a_foreign_lead_in_that_asks_before_its_para_keeps_its_own_ask() -> None:
    page = clean_text(
        "Estimada Ministra,\n\nInstamos al Gobierno a derogar de inmediato el Decreto 1174 y "
        "a crear una mesa de diálogo con las comunidades para:\n\n"
        "• garantizar la consulta previa;\n\n• proteger los territorios ancestrales.\n"
    )
    assert len(find_asks(page, own=True)) == 3


def test_the_verbless_clause_is_no_ask_when_it_is_a_subject_or_says_what_was_not_done() -> None:
    text = (
        "Exigimos que el Gobierno publique los contratos. Además, que el Ministerio no haya "
        "respondido a nuestras cartas resulta muy preocupante.\n"
    )
    assert len(find_asks(LETTER + text, own=True)) == 1


def test_a_report_quoting_it_should_never_have_and_the_protesters_act() -> None:
    report = (
        REPORT + "Human Rights Watch on Monday urged the EU to suspend the deal.\n\n"
        '"It should never have been signed," HRW said.\n\n'
        "Opposition supporters on Saturday marched through the capital demanding the release "
        "of their leader.\n"
    )
    found = find_asks(report, report=True)
    assert [a.asker for a in found] == ["Human Rights Watch", "Opposition supporters"]


def test_the_verbless_clause_after_a_que_request_of_what_was_not_done_is_no_ask() -> None:
    text = (
        "Sugerimos que el Gobierno publique los contratos. Además, que el Ministerio no haya "
        "respondido a nuestras cartas resulta muy preocupante.\n"
    )
    assert len(find_asks(LETTER + text, own=True)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that starts like a command is a name ("Contact Group")
        (
            "Contact Group envoys are pressing Pristina and Belgrade to resume talks.",
            ["Contact Group envoys"],
        ),
        # the subject's own verb is not part of its name
        (
            "Amnesty International met students in Nairobi and urged the government to act.",
            ["Amnesty International"],
        ),
        (
            "Police detained activists outside parliament and demanded that they disperse.",
            ["Police"],
        ),
        # a count after what someone said, and "Leading" as an adjective
        (
            "The group said over 250,000 citizens had urged the ministry to act.",
            ["over 250,000 citizens"],
        ),
        ("Leading NGOs are set to call on ministers to scrap the deal.", []),
        ("Climate and debt were pressing issues at the summit.", []),
        # a name or a count and the people it qualifies, whole
        (
            "Tibet supporters from across the UK will tomorrow stage a mass lobby of their MPs, "
            "urging them to speak up for Tibet.",
            ["Tibet supporters"],
        ),
        (
            "Some 40 genocide survivors and their friends petitioned the President, Paul Kagame, "
            "a year ago, calling for an international inquiry.",
            ["Some 40 genocide survivors"],
        ),
        # who a cause moved to call, and "pressing" as an adjective
        (
            "Among the most pressing concerns is the boarding school system, prompting a "
            "coalition of over 140 groups and more than 350,000 individuals to call on him to "
            "break his silence.",
            ["a coalition"],
        ),
        ("Another pressing issue is the situation of the displaced in Afrin.", []),
        (
            "The group said it had received more than 50,000 signatures calling on Google to "
            "cancel its plans.",
            ["more than 50,000 signatures"],
        ),
    ],
)
def test_who_calls_in_a_report_read_whole(text: str, expected: list[str]) -> None:
    assert [a.asker for a in find_asks(REPORT + text + "\n", report=True)] == expected


def test_a_hedged_it_should_is_no_ask_but_a_hedged_body_is() -> None:
    text = (
        "Perhaps it should not be surprising that the issue has been taken off the table.\n\n"
        "Perhaps the Commission should reconsider its position.\n"
    )
    assert [a.text[:29] for a in find_asks(LETTER + text, own=True)] == [
        "Perhaps the Commission should"
    ]


def test_a_republished_release_names_its_issuer_after_said_and_its_people_speak_for_it() -> None:
    page = (
        "Authorities must release him\n\n"
        "The authorities must immediately release Junaid Hafeez, a lecturer, said Amnesty "
        "International today.\n\n"
        "“His case is a travesty,” said Rabia Mehmood, Regional Researcher at Amnesty "
        "International.\n\n"
        "“The authorities should move swiftly to repeal the blasphemy laws,” said Rabia "
        "Mehmood.\n"
    )
    found = find_asks(page, authors=["ecoi.net"], own=True)
    assert [a.asker for a in found] == ["authors", "authors"]


def test_an_organisation_that_welcomes_and_urges_on_its_own_page_is_the_authors() -> None:
    page = (
        "Statement\n\nToday the court acquitted him. Amnesty International Japan welcomes "
        "this decision and strongly urges the Prosecutor’s Office not to appeal.\n\n"
        "Denmark is leading the way and wants the EU to take action in the coming months.\n"
    )
    found = find_asks(page, authors=["time.news"], own=True)
    assert [a.asker for a in found][:1] == ["authors"]
    assert all(a.asker != "authors" for a in found[1:])


def test_a_party_answering_on_the_authors_page_and_an_outsider_quoted_are_not_the_authors() -> None:
    text = (
        "Meta disputes the findings and urges researchers to use its official data tools.\n\n"
        "Shell rejects the report's conclusions and calls on the government to set clear rules.\n"
    )
    assert [a.asker for a in find_asks(LETTER + text, own=True)] == ["Meta", "Shell"]
    page = (
        "Ministry must release activists\n\nThe authorities must release the activists, Amnesty "
        "International said. Ahmed Khan, Pakistan's interior minister, rejected Amnesty "
        "International's call. John Smith, a former Amnesty International researcher, "
        "disagreed.\n\n“Foreign organisations must stop interfering,” said Ahmed Khan.\n\n"
        "“The NGOs should respect the courts,” said John Smith.\n"
    )
    found = find_asks(page, authors=["Amnesty International"], own=True)
    assert [a.asker for a in found] == ["authors", "Ahmed Khan", "John Smith"]


def test_a_campaign_page_passes_on_its_call_and_its_letter() -> None:
    page = (
        "Take action for the detained workers\n\n"
        "Spread the word: Tell the Nigerian Embassy to free all political prisoners.\n\n"
        "Send this open letter to the Danish Authorities!\n\n"
        "Send us a note to let us know you took action.\n\n"
        "Copy the letter to your colleagues.\n"
    )
    found = find_asks(page, authors=["Amnesty International"], own=True)
    assert [(a.lead_in, a.asker) for a in found] == [("Spread", "authors"), ("Send", "authors")]


def test_groups_that_write_an_open_letter_urging_are_calling() -> None:
    text = (
        "Over 130 Organisations write an open letter to the UN Security Council urging it to "
        "institute a global arms embargo on Myanmar.\n\n"
        "The union sent a letter to its members explaining the board's decision to end the "
        "pension scheme.\n"
    )
    found = find_asks(text, authors=["Amnesty International"], own=True)
    assert [a.text[:22] for a in found] == ["Over 130 Organisations"]


def test_arabic_we_call_upon_and_our_call_are_the_authors_asks() -> None:
    text = (
        "نؤكد ما يلي:\n\n"
        "- دعوتنا السلطات إلى الافراج دون قيد أو شرط عن المعتقلين فورا.\n\n"
        "- نهيب بكل القوى الحية إلى التحرك بجدية لفرض الحريات ووقف التعسف.\n\n"
        "- تأكيدنا على أن الحريات خط أحمر ولا مساومة فيها تحت أي ذريعة.\n\n"
        "لبّت وزارة العدل دعوتنا إلى حضور الندوة.\n"
    )
    found = find_asks(text, authors=["حملة الحريات"], own=True)
    assert [(a.text[:6], a.asker) for a in found] == [("دعوتنا", "authors"), ("نهيب ب", "authors")]


def test_a_petition_to_someone_and_a_reader_helping_to_stop_are_asks() -> None:
    text = (
        "A coalition of local citizens and national groups petitioned the Environmental "
        "Protection Agency (EPA) today to take emergency action to secure safe water.\n\n"
        "Help to stop the destruction of Europe's forests and sign our petition to IKEA.\n\n"
        "Help is on the way for the families.\n\n"
        "She petitioned for divorce in 2019.\n\n"
        "The residents petitioned the county government and then went to court.\n\n"
        "Help to free the hostages finally came from Qatari mediators.\n\n"
        "Help End Hunger UK is a registered charity.\n"
    )
    found = find_asks(text, authors=["ACLU"], own=True)
    assert [(a.text[:12], a.asker) for a in found] == [
        ("A coalition ", "authors"),
        ("Help to stop", "authors"),
    ]


def test_an_officer_given_a_title_and_no_organisation_speaks_for_the_page() -> None:
    page = (
        "Zum Räumungsbeginn des Dorfes Lützerath erklärt Christoph Bautz, Geschäftsführender "
        "Vorstand:\n\n"
        "“Mit der Räumung begraben die Regierenden ihre Klimaversprechen. Wir fordern einen "
        "Last-Minute-Stop für die Räumung von Lützerath. Die Landesregierung muss die "
        "Notbremse ziehen.”\n\n"
        "“The ban must be lifted,” said Phil Robertson, deputy Asia director.\n\n"
        "“Governments must act,” said Jane Doe, UN Special Rapporteur.\n\n"
        "“The police should stop,” said John Roe, a former director.\n"
    )
    found = find_asks(page, authors=["Campact"], own=True)
    assert [a.asker for a in found] == ["authors", "authors", "authors", "Jane Doe", "John Roe"]
    # in a news report a bare title is the report's speaker, not the authors
    report = find_asks(page, report=True)
    assert "authors" not in [a.asker for a in report]


def test_it_must_not_act_is_a_demand_too() -> None:
    text = (
        "The new proposal should reduce delays. It must not prevent the application of more "
        "favourable national rules. It should not result in impeding security research. It "
        "should not come as a surprise. It must not happen again.\n"
    )
    found = find_asks(text, authors=["EDRi"], own=True)
    assert [a.text[:22] for a in found] == [
        "The new proposal shoul",
        "It must not prevent th",
        "It should not result i",
    ]


def test_looking_to_you_reminding_and_who_must_be_released_ask() -> None:
    text = (
        "That's why I'm looking to you to embrace a new vision for the community.\n\n"
        "We look to you to show leadership at the summit.\n\n"
        "We remind the Bahamian authorities that in accordance with international standards, "
        "any deportation procedures must respect due process.\n\n"
        "We remind you that the deadline is Friday.\n\n"
        "He is a prisoner of conscience who must be released immediately and "
        "unconditionally.\n\n"
        "Let's be clear: Tyre should be alive right now.\n\n"
        "NOFF welcomes action 4.4 in the plan but says it should be implemented immediately.\n"
    )
    found = find_asks(text, authors=["NOFF"], own=True)
    assert [a.text[:12] for a in found] == [
        "That's why I",
        "We look to y",
        "We remind th",
        "He is a pris",
        "NOFF welcome",
    ]
    assert {a.asker for a in found} == {"authors"}


def test_a_portuguese_appeal_and_a_polish_lead_in_to_its_items() -> None:
    text = (
        "A Solidariedade Moçambique manifesta a sua profunda preocupação com o desaparecimento "
        "do Chissale e apela o Estado moçambicano a desencadear mecanismos para o localizar.\n\n"
        "Apelujemy do Komisji Europejskiej oraz Trybunału Sprawiedliwości Unii Europejskiej o:\n\n"
        "• podjęcie przez Komisję skargi do TSUE na łamanie przez rząd Polski dyrektyw;\n\n"
        "• interwencję w sprawie nieprzestrzegania postanowień sądów administracyjnych.\n"
    )
    found = find_asks(text, authors=["Solidariedade Moçambique"], own=True)
    assert [a.text.lstrip("• ")[:12] for a in found] == [
        "A Solidaried",
        "podjęcie prz",
        "interwencję ",
    ]


def test_a_report_names_others_demands_and_a_petitioning_coalition() -> None:
    text = (
        "The organisers of the Aurat March on Thursday called on the government to declare "
        "a public holiday. The demands included the eradication of child marriages and strict "
        "enforcement of anti-violence laws. The demands are the same as last year's.\n\n"
        "Njie highlighted four key recommendations. The second recommendation is to launch "
        "comprehensive educational campaigns.\n\n"
        "The coalition is petitioning the Department of Defense to consider splitting up the "
        "firing range complex.\n"
    )
    found = find_asks(text, report=True)
    assert [a.text[:16] for a in found] == [
        "The organisers o",
        "The demands incl",
        "The second recom",
        "The coalition is",
    ]
    assert "authors" not in {a.asker for a in found}


@pytest.mark.parametrize(
    "text",
    [
        # others who look to the addressee; reminders that ask no one
        "Young people across the country look to you to set an example.\n",
        "We remind you that nobody should be surprised by this.\n",
        "We remind you that the report, which should have been published in May, is missing.\n",
        "The tragedy reminds me that we should cherish every day.\n",
        # who is to be released, as a question or a rule
        "The parole board alone decides who should be released early.\n",
        "The hostages, who must be released as part of the deal, were seen on television.\n",
        # what appeals to the senses; calls that are not demands; petitions of one's own
        "A música apela aos sentidos e ao medo do eleitorado.\n",
        "The calls included the international ones from Geneva.\n",
        "He is petitioning for divorce after ten years.\n",
    ],
)
def test_the_review_of_the_blind103_and_blind104_rules_finds_no_ask(text: str) -> None:
    assert find_asks(LETTER + text, authors=["Some NGO"], own=True) == []


def test_being_alive_to_a_risk_and_a_polish_lead_in_that_asks_first() -> None:
    text = (
        "The Government must be alive to the risks of disinformation.\n\n"
        "Wzywamy Sejm do odrzucenia projektu ustawy w całości, a rząd do tego, aby:\n\n"
        "- wycofał projekt;\n"
    )
    found = find_asks(text, authors=["Some NGO"], own=True)
    assert [a.text[:14] for a in found] == ["The Government", "Wzywamy Sejm d", "wycofał projek"]


def test_the_review_of_the_own_officer_rule_keeps_outsiders_theirs() -> None:
    page = (
        "“We call on the government to act,” said Dan Ortiz, lead plaintiff.\n\n"
        "“The council must rehouse us,” said Amina Yusuf, a mother and community "
        "representative.\n\n"
        "Dazu erklärt Steffen Hebestreit, Regierungssprecher:\n\n"
        "“Wir fordern alle Beteiligten auf, ruhig zu bleiben.”\n\n"
        "It should not astonish anyone. It should not prove difficult.\n"
    )
    found = find_asks(page, authors=["Campact"], own=True)
    assert [a.asker for a in found] == ["Dan Ortiz", "Amina Yusuf", "Steffen Hebestreit"]
    # and on a page whose voice is only guessed, a bare title stays the speaker's
    guessed = find_asks("“We call on the government to act,” said Jane Doe, Executive Director.\n")
    assert [a.asker for a in guessed] == ["Jane Doe"]


def test_a_founder_and_executive_director_is_an_officer() -> None:
    page = "“We call on the government to act,” said Jane Doe, Founder and Executive Director.\n"
    assert [a.asker for a in find_asks(page, authors=["Campact"], own=True)] == ["authors"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Todėl raginame Vyriausybę nedelsiant ratifikuoti konvenciją.",  # Lithuanian
        "Mēs aicinām valdību atcelt šo lēmumu.",  # Latvian
        "Palume Teil peatada raie lindude pesitsusajal.",  # Estonian
        "Kutsume kõiki osapooli üles kokkulepet austama.",
        "Vaadimme hallitusta perumaan päätöksen.",  # Finnish
        "Pozivamo Vladu da povuče prijedlog zakona.",  # Croatian
        "Призоваваме правителството да оттегли законопроекта.",  # Bulgarian
        "Demanem al Govern que aturi el projecte.",  # Catalan
        "אנו קוראים לממשלה לבטל את התוכנית.",  # Hebrew
    ],
)
def test_the_authors_ask_in_the_eu_languages_and_others_letterkit_had_not_read(
    sentence: str,
) -> None:
    found = find_asks(LETTER + sentence + "\n", authors=["Some NGO"], own=True)
    assert [(a.text, a.asker) for a in found] == [(sentence, "authors")]


@pytest.mark.parametrize(
    "sentence",
    [
        # Finnish, Croatian, Catalan, Estonian, Hebrew
        "Järjestöt vaativat, että hallitus perii päätöksen takaisin ja valmistelee lain uudelleen.",
        "Udruge pozivaju građane da se uključe u javno savjetovanje o zakonu.",
        "Els advocats han demanat al Govern explicacions públiques sobre el cas.",
        "Keskkonnaühendused nõuavad, et minister kehtestaks raierahu ja peataks raie metsades.",
        "ארגוני זכויות אדם קראו לממשלה לבטל את התוכנית.",
    ],
)
def test_a_report_gives_these_languages_calls_to_their_callers(sentence: str) -> None:
    found = find_asks("Uudised\n\n" + sentence + "\n", report=True)
    assert [a.text for a in found] == [sentence]
    assert found[0].asker != "authors"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tražimo volontere za akciju čišćenja obale.",  # we are looking for volunteers
        "אנו קוראים את הדוח בעיון רב.",  # we read the report
        "Zakon zahtijeva da se sve tvrtke registriraju.",  # the law requires
    ],
)
def test_what_the_same_verbs_say_when_they_ask_nothing(sentence: str) -> None:
    assert find_asks(LETTER + sentence + "\n", authors=["Some NGO"], own=True) == []


def test_a_reader_told_to_act_and_to_call_makes_the_pages_ask() -> None:
    page = (
        "Pressure Decision Makers\n\n"
        "Express your opposition to this project and demand the permits be rejected.\n\n"
        "Sign and share to demand that adidas ends wage theft now.\n\n"
        "Let's tell BMO to show climate leadership by phasing out fossil fuel financing!\n"
    )
    found = find_asks(page, authors=["Protect Thacker Pass"], own=True)
    assert [(a.text[:12], a.asker) for a in found] == [
        ("Express your", "authors"),
        ("Sign and sha", "authors"),
        ("Let's tell B", "authors"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Release of the report and demand for action followed.\n",
        "Let’s tell the story of how we got here to our children.\n",
        "Let's tell you about our new campaign to save the forests.\n",
        "Sign to receive our newsletter.\n",
        "It has undermined democratic systems, encouraged corporate state capture, and "
        "obstructed urgent climate action.\n",
        "We recall that CSOs met in Abuja on the eve of the summit.\n",
        "Tunataka kuwashukuru wote waliotuunga mkono.\n",  # Swahili: we want to thank all
    ],
)
def test_the_blind105_and_blind106_rules_find_no_ask_of_the_authors_in(text: str) -> None:
    assert authors_asks(text) == []


def test_the_authors_named_by_a_dateline_a_surname_or_inside_a_quotation() -> None:
    release = (
        "May 16, 2023, Sf. Gheorghe, Romania — Greenpeace activists are demanding that the "
        "European Parliament acts for biodiversity.\n\n"
        "Roman Palomares, National President of Greenpeace Romania, visited the site.\n\n"
        "“Bears must not be killed for trophies,” said Palomares.\n\n"
        "“Greenpeace welcomes the report and urges the ministry to publish the census,” said "
        "a spokesperson.\n\n"
        "We recall that the quotas must be suspended until the census is published.\n"
    )
    found = find_asks(release, authors=["Greenpeace Romania"], own=True)
    assert [(a.text[:14], a.asker) for a in found] == [
        ("Gheorghe, Roma", "authors"),
        ("“Bears must no", "authors"),
        ("“Greenpeace we", "authors"),
        ("We recall that", "authors"),
    ]
    # (not a list of names before a dash)
    listed = "Amnesty, Greenpeace — and dozens of others — urged the EU to act.\n"
    assert [a.asker for a in find_asks(listed, authors=["Amnesty"], own=True)] == ["authors"]


def test_a_person_calling_after_naming_the_authors_is_the_caller() -> None:
    page = (
        "Mr Shorten has echoed an immediate change priority from the Family Matters Roadmap, "
        "calling for a target for reducing the number of children in care.\n"
    )
    found = find_asks(page, authors=["Family Matters"], own=True)
    assert [a.asker for a in found] == ["Mr Shorten"]


def test_swahili_thai_and_bengali_calls() -> None:
    own = find_asks(
        LETTER + "Tunaitaka serikali kuwaachia huru wafungwa wote wa kisiasa.\n\n"
        "มูลนิธิผสานวัฒนธรรมเรียกร้องให้ทุกฝ่ายหามาตรการแก้ไขปัญหาอย่างเหมาะสม "
        "เพื่อสร้างสันติสุขที่ยั่งยืน   สถานการณ์ที่เกิดขึ้นในรัฐยะไข่ทำให้ประชาชนหลายร้อยคนต้องพลัดถิ่นที่อยู่"
        "เนื่องจากบ้านเรือนถูกเผาทำลาย\n",
        authors=["Some NGO"],
        own=True,
    )
    assert [a.asker for a in own] == ["authors", "authors"]
    assert own[0].text.startswith("Tunaitaka serikali")
    assert own[1].text.startswith("มูลนิธิผสานวัฒนธรรมเรียกร้อง")
    assert own[1].text.endswith("ที่ยั่งยืน")  # the sentence, to the spaces that end it
    report = find_asks(
        "Habari\n\nLHRC na baadhi ya wadau hao wanamtaka waziri mkuu kufuta kauli yake hiyo.\n\n"
        "আসক বলেছে, অবিলম্বে একটি স্বাধীন তদন্ত কমিটি গঠন করতে হবে। এটি জরুরি।\n",
        report=True,
    )
    assert [a.text[:8] for a in report] == ["LHRC na ", "আসক বলেছ"]
    assert "authors" not in {a.asker for a in report}


@pytest.mark.parametrize(
    "text",
    [
        # please note, please contact, apologies, job adverts, negation, naming
        "Prašome atkreipti dėmesį, kad registracija baigiasi penktadienį.",
        "Lūdzam ievērot, ka pieteikšanās beidzas piektdien.",
        "Palume vabandust tekkinud ebamugavuste pärast.",
        "Pyydämme anteeksi aiheutunutta haittaa.",
        "Demanem disculpes per les molèsties.",
        "Ne tražimo od Vlade novac, nego poštovanje zakona.",
        "אנחנו לא קוראים לחרם על המוצרים.",
        "אנחנו קוראים לזה רצח.",
        "Tunaomba radhi kwa usumbufu uliojitokeza.",
        # rules that require, not callers
        "Nové předpisy požadují, aby se firmy registrovaly za účelem kontroly.",
        "Zakon zahtijeva da se sve tvrtke registriraju do kraja godine.",
        # an English sentence with a short word or a script of those languages
        "Police in Tai Po cited exigent circumstances when they raided Jimmy Lai's home.",
        "The protest in Sheikh Jarrah (שייח' ג'ראח) drew hundreds of people on Friday.",
        # reviews of the blind105 and blind106 round: names that start with a verb, stories,
        # what the sentence recalls, a harm in a list, others' demands in Thai or Bengali
        "Save the Children and Oxfam welcome the plan and urge the Senate to fund it.",
        "Reform campaigners and survivors gather in London and call for an inquiry.",
        "Let's tell our children the truth about what happened to the river.",
        "Sign now to tell us what you think of our new website.",
        "We recall that many of our members must travel over 50 km to reach a clinic.",
        "We recall that in 2019 the Supreme Court ruled that the state must compensate them.",
        "The campaign has undermined trust and encouraged disinformation.",
        "ผู้ชุมนุมกว่าหนึ่งพันคนเรียกร้องให้รัฐบาลแก้ไขรัฐธรรมนูญ",
        "শিক্ষার্থীরা নিরাপদ সড়কের দাবি জানিয়েছে।",
        "সভাটি রাতে হবে।",
    ],
)
def test_the_reviews_of_stop_43s_rules_find_no_ask_of_the_authors_in(text: str) -> None:
    assert authors_asks(text + "\n") == []


def test_the_reviews_of_stop_43s_rules_keep_what_reads_right() -> None:
    page = (
        "Natalie Lewis, co-chair of Family Matters, spoke in Canberra.\n\n"
        "Ms Lewis echoed a priority from the Family Matters Roadmap, calling for an "
        "independent commissioner.\n\n"
        "President Ruto thanked Family Matters for its support, calling on donors to do more.\n\n"
        "Sign now to tell Shell to pay for the damage it caused.\n"
    )
    found = find_asks(page, authors=["Family Matters"], own=True)
    assert [(a.text[:12], a.asker) for a in found] == [
        ("Ms Lewis ech", "authors"),
        ("President Ru", "President Ruto"),
        ("Sign now to ", "authors"),
    ]
    # and another Garcia is not the authors' officer
    two = (
        "Maria Garcia, director of Oxfam, opened the meeting. José Garcia, a farmer, spoke "
        "next.\n\n“The government must act now,” said Garcia.\n"
    )
    assert [a.asker for a in find_asks(two, authors=["Oxfam"], own=True)] == ["Garcia"]


def test_calls_in_icelandic_ukrainian_urdu_persian_hindi_and_filipino() -> None:
    own = find_asks(
        LETTER
        + "Með þessu bréfi hvetur Landvernd ráðherra til að banna frekari vöxt fiskeldis.\n\n"
        "Við skorum á Alþingi að samþykkja frumvarpið án tafar.\n\n"
        "Nananawagan kami sa pamahalaan na itigil ang planong phase out ng mga jeepney.\n\n"
        "پاکستان ہندوکونسل نے حکومتِ پاکستان سے مطالبہ کیا ہے کہ اقلیتوں کو ووٹ کا حق دیا جائے۔\n\n"
        "کانون صنفی معلمان آزادی همه بازداشت شدگان را خواهان است.\n",
        authors=["Landvernd"],
        own=True,
    )
    assert [a.asker for a in own] == ["authors"] * 5
    report = find_asks(
        "Новини\n\nСвітовий конгрес українців закликає міжнародну спільноту вжити всіх заходів для "
        "звільнення Надії Савченко.\n\n"
        "जोशीमठ बचाओ संघर्ष समिति ने ज्ञापन सौंपकर पुनर्वास की मांग की है।\n\n"
        "Panawagan din nila na mag-resign na si LTFRB Chairman Teofilo Guadiz.\n",
        report=True,
    )
    assert len(report) == 3 and "authors" not in {a.asker for a in report}


def test_a_polite_hope_and_a_full_stop_that_lost_its_space() -> None:
    page = (
        "I hope you will stand up for our families by protecting the programme.\n\n"
        "We hope you will enjoy the new issue of our newsletter.\n\n"
        "The delegation visited the island today.The Italian authorities should not assume that "
        "everyone arriving is a migrant.\n"
    )
    found = find_asks(page, authors=["Amnesty International"], own=True)
    assert [a.text[:16] for a in found] == ["I hope you will ", "The Italian auth"]


@pytest.mark.parametrize(
    "text",
    [
        "Markmið verkefnisins er að hvetja ungt fólk til þátttöku.",  # the aim is to encourage
        "Liðið skorar á síðustu mínútu leiksins og vinnur.",  # the team scores
        "Hinihiling namin ang inyong pang-unawa sa abalang ito.",  # we ask your understanding
        "Hiniling niya ang kamay ng dalaga sa kanyang ama.",  # he asked for her hand
        "عدالت نے اپیل کی سماعت ملتوی کر دی۔",  # the court adjourned the appeal's hearing
        "ان کا اصل مطالبہ کیا ہے اور حکومت کیا سوچتی ہے؟",  # what their real demand is
        "در این پرونده، شرکت نفت خواهان است.",  # the company is the plaintiff
        "बिजली की मांग की तुलना में उत्पादन कम है।",  # compared with the demand for power
        "Ситуация требует внимания всех сторон.",  # the situation requires attention
        "Обвинувачений наполягає на своїй невинуватості.",  # insists on his innocence
        "We hope you will join us at the event on Saturday.",
        "I hope you will all have a safe journey home.",
    ],
)
def test_the_review_of_the_blind107_and_blind108_round_finds_no_ask_of_the_authors_in(
    text: str,
) -> None:
    assert authors_asks(text + "\n") == []


def test_the_review_of_the_blind107_and_blind108_round_keeps_what_reads_right() -> None:
    page = (
        LETTER + "We very much hope you will support the amendment.\n\n"
        "We urge Hon.Minister Wanjiku to release the detainees.\n\n"
        "Please write to Maria.Lopez@justice.gov.ph and urge her to drop the charges.\n\n"
        "ہم حکومت سے مطالبہ کرتے ہیں کہ صحافیوں کو فوری طور پر رہا کیا جائے۔\n\n"
        "Правозащитный центр «Мемориал» требует освободить всех политзаключённых.\n\n"
        "اقوام متحدہ نے بھی فوری جنگ بندی کا مطالبہ کیا ہے۔\n"
    )
    found = find_asks(page, authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["authors"] * 5 + ["reported"]
    assert found[1].text.endswith("release the detainees.")  # not cut at "Hon."


def test_the_blind109_to_blind112_round_reads_these_asks_as_the_authors() -> None:
    page = (
        "We hope the Commission will reconsider its decision before the forest is lost.\n\n"
        "Given that the bank calls itself “a responsible lender,” it must rule out coal.\n\n"
        "The Union has long been campaigning for the ratification of the convention.\n\n"
        "Rydym yn galw ar y Llywodraeth i weithredu ar unwaith.\n\n"  # we call on the government
        "Var med och kräv att regeringen stoppar projektet.\n\n"  # join and demand that
        "ہم تمام سیاسی جماعتوں پر زور دیتے ہیںکہ وہ انسانی حقوق کا تحفظ کریں۔\n\n"  # we urge
        "Our demands ahead of the council’s meeting include:\n\n"
        "- An immediate moratorium on new permits.\n\n"
        "Vladi su upućeni sledeći zahtevi :\n\n"  # the following demands were sent
        "- da Vlada povuče predlog zakona;\n"  # that the government withdraw the bill
    )
    found = authors_asks(page, authors=("The Union",))
    assert [a.text[:12] for a in found] == [
        "We hope the ",
        "Given that t",
        "The Union ha",
        "Rydym yn gal",
        "Var med och ",
        "ہم تمام سیاس",
        "An immediate",
        "da Vlada pov",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We hope the weather will hold for the march on Saturday.",
        "We hope this report will help readers understand the crisis.",
        "I hope the children will return home safely.",
        "Growing demand for so-called green hydrogen has created new pressures on water.",
        # frequent invitations to organisations (a noun), "that they join the process"
        "Povodom učestalih, ali i neformalnih, poziva organizacijama da se uključe u proces, "
        "podsećamo na atmosferu.",
    ],
)
def test_the_blind109_to_blind112_round_finds_no_ask_of_the_authors_in(text: str) -> None:
    assert authors_asks(text + "\n") == []


def test_a_campaign_pages_title_under_its_addressee_or_in_a_nordic_language_asks_nothing() -> None:
    for top in (
        "To: Example Bank\n\nTell Example Bank to stop funding coal!",
        "Kräv att regeringen stoppar projektet i Lysekil!",
    ):
        page = top + "\n\nThe bank has financed three new coal plants this year.\n"
        assert find_asks(page, authors=["Some NGO"], own=True) == []


def test_a_body_that_adopted_a_text_in_which_it_called_is_the_caller() -> None:
    page = (
        LETTER + "In 2012, the European Parliament adopted a resolution in which it called on the "
        "Ministry of Justice to suspend executions.\n\n"
        "Last year Some NGO published a statement in which it called on the Ministry to act.\n"
    )
    found = find_asks(page, authors=["Some NGO"], own=True)
    assert [a.asker for a in found] == ["the European Parliament", "authors"]


@pytest.mark.parametrize(
    "text",
    [
        "We hope the Olympics will bring the country together.",
        "We hope the Minister will join us at the launch of the report.",
        "We hope the new Board will bring fresh energy to the organisation.",
        "The mayor has long been campaigning for re-election in the north.",
        "Norway has long been campaigning for a seat on the UN Security Council.",
        "Lagen ställer följande krav:\n\n- Ett tillstånd från länsstyrelsen.",  # a law requires
        "Требования:\n\n- опыт работы от трёх лет.",  # a job's requirements
        "ہم اس بات پر زور دیتے ہیں کہ تعلیم اہم ہے۔",  # we stress that education matters
        "Mae'r swydd yn galw am sgiliau cyfathrebu da a gwybodaeth am y Gymraeg.",  # the job
    ],
)
def test_the_review_of_the_blind109_to_blind112_round_finds_no_ask_of_the_authors_in(
    text: str,
) -> None:
    assert authors_asks(text + "\n") == []


def test_the_review_of_the_blind109_to_blind112_round_keeps_what_reads_right() -> None:
    page = (
        LETTER + "We hope that all parties will return to the negotiating table.\n\n"
        "Forum mladih poziva Vladu da hitno povuče predlog zakona o udruženjima.\n\n"
        "Våra krav:\n\n- Stoppa gruvan i Gállok.\n"
    )
    found = find_asks(page, authors=["Forum mladih"], own=True)
    assert [a.asker for a in found] == ["authors"] * 3
    # a first line in the authors' voice is no title: "Vi kräver ... i Gállok!"
    top = find_asks("Vi kräver att regeringen stoppar gruvan i Gállok!\n\nMer text.\n", own=True)
    assert [a.text[:10] for a in top] == ["Vi kräver "]
    report = find_asks(
        REPORT + "Investors hope the Fed will lower interest rates this month.\n", report=True
    )
    assert report == []


def test_the_blind113_and_blind114_round_reads_these_asks_as_the_authors() -> None:
    page = (
        "Leading environmental groups have today called on the Commission to act on imports.\n\n"
        "Finally, the associations reiterate their demands on Italy and Europe:\n\n"
        "To set up an adequate search and rescue system as soon as possible.\n\n"
        # Irish: is demanding of the government to act now; NOW: the derogation should end
        "Tá Conradh na Gaeilge ag éileamh ar an Rialtas gníomhú láithreach agus níos mó a "
        "dhéanamh.\n\n"
        "LÁITHREACH: Ba chóir an maolú a chur ar ceal agus an stádas a athbhunú.\n\n"
        # Basque: the Council asks the Government not to delay the official status
        "Horregatik, ofizialtasuna ez atzeratzeko eskatzen dio Kontseiluak Gobernuari eta "
        "Batzordeari.\n\n"
        # Macedonian: we ask of the Government that it meet the organisations
        "За таа цел, бараме од Владата да одржи средба со граѓанските организации.\n\n"
        # Russian: we join our voices to the doctors' demands
        "Мы присоединяем свои голоса к требованиям врачей немедленно освободить его.\n\n"
        # Korean: the joint action urged that the airport be scrapped
        "공동행동은 정부가 새만금신공항 사업을 백지화할 것을 촉구했다.\n"
    )
    found = authors_asks(page, authors=("Conradh na Gaeilge",))
    assert [a.text[:8] for a in found] == [
        "Leading ",
        "To set u",
        "Tá Conra",
        "LÁITHREA",
        "Horregat",
        "За таа ц",
        "Мы присо",
        "공동행동은 정부",
    ]


def test_the_blind113_and_blind114_round_reads_these_calls_as_reported() -> None:
    report = find_asks(
        REPORT + "The survivors say the inquiry must keep public confidence. Their demands "
        "include:\n\n"
        "Ensuring a properly diverse expert panel sits alongside the inquiry judge.\n\n"
        "Response team to be available to survivors 24 hours a day.\n\n"
        # Hausa: the association asked the government to reopen the markets, and that (it)
        # should do so now
        "Kungiyar ta bukaci gwamnati ta sake bude kasuwanni domin kuma wannan yana da muhimmanci."
        "\n",
        report=True,
    )
    assert [(a.text[:8], a.form) for a in report] == [
        ("Ensuring", "item"),
        ("Response", "item"),
        ("Kungiyar", "sentence"),  # (the report going on, not an item of the list)
    ]
    assert "authors" not in {a.asker for a in report}
    letter = find_asks(
        LETTER + "이날 집회에는 홍콩 단체의 부의장이 참석하여 한국 정부의 지지를 요청했다.\n\n"
        "Despite the numerous requests for clarification submitted by the group, nothing "
        "changed.\n",
        authors=["Some NGO"],
        own=True,
    )
    assert [a.asker for a in letter] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        # a ministry's, a person's call on the authors' Korean page is reported, not theirs
        "국토교통부는 지자체에 신공항 부지 확보를 요청했다.",
        "김 교수는 기자회견에서 정부의 사과를 요구했다.",
        "일본 정부는 한국에 소녀상 철거를 요구할 것이다.",
        "Ba chóir a thabhairt faoi deara go bhfuil an tuarascáil ar fáil anois agus atá sí.",
        "Не бараме од Владата пари, туку одговорност.",  # we do not ask the government for money
        "Бараме од 2019 година одговор од министерството.",  # we have sought a reply since 2019
        "Мы не присоединяемся к призыву бойкотировать выборы.",  # we do not join the call
        "Mun bukaci taimako daga hukumar amma ba mu samu ba kuma wannan abin takaici ne.",
        "In spite of many requests for access, journalists were kept away from the site.",
        "We were pleased to meet you, and we hope to ask you some questions next week.",
    ],
)
def test_the_review_of_the_blind113_and_blind114_round_finds_no_ask_of_the_authors_in(
    text: str,
) -> None:
    assert authors_asks(text + "\n") == []


def test_a_list_of_demands_ends_where_the_report_goes_on() -> None:
    report = find_asks(
        REPORT + "Their demands include:\n\n"
        "An independent inquiry into the eviction.\n\n"
        "Answers to the families' requests for information.\n\n"
        "Police estimated the crowd at around 2,000 people.\n\n"
        "Three people were arrested.\n",
        report=True,
    )
    assert [a.text[:10] for a in report] == ["An indepen", "Answers to"]
    letter = authors_asks(
        "Our key asks are:\n\nAn immediate ceasefire.\n\nUnimpeded humanitarian access.\n\n"
        "ENDS\n\nThe coalition brings together 40 groups working in the region.\n\n"
        "To sign this letter, please email sign@example.org by 30 June.\n"
    )
    assert [a.text[:10] for a in letter] == ["An immedia", "Unimpeded "]


def test_the_blind115_and_blind116_round_reads_these_asks_as_the_authors() -> None:
    page = (
        "We represent a diverse collection of groups who have come together to urge you, as the "
        "Prime Minister, to ban the hunt.\n\n"
        "Some NGO expects and demands of the members to hold the minister accountable.\n\n"
        "Members of Some NGO insisted yesterday that the government carry out an inquiry.\n\n"
        # Hebrew: we turn to you with the request that you instruct the minister; the police
        # chief (מפכ"ל, written with gershayim, no quotation) ... We further ask that
        'אנו פונים אליך בבקשה כי תנחי את השר והמפכ"ל לפעול בהתאם לחוק. עוד נבקש כי תפרסמי את '
        "המדיניות באתר המשרד.\n"
    )
    found = authors_asks(page)
    assert [a.text[:8] for a in found] == [
        "We repre",
        "Some NGO",
        "Members ",
        "אנו פוני",
        "עוד נבקש",
    ]
