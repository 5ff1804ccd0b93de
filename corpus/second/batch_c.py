"""Second, independent annotation of batch_c (18 pages), written from the pages and gold/GUIDELINES.md only."""
import sys, pathlib; sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from corpus.lib import Article, Block, emit_second


def P(t, opt=False):
    return Block("paragraph", t, opt)


def H(t):
    return Block("heading", t)


def LI(t):
    return Block("list_item", t)


def Q(t, opt=False):
    return Block("quote", t, opt)


def CAP(t):
    return Block("caption", t, True)


def NOTE(t):
    return Block("note", t, True)


def T(t):
    return Block("table", t)


ARTICLES = []


def add(**kw):
    ARTICLES.append(Article(**kw))


# ---------------------------------------------------------------- lumen-dispatch-02
_sf = "The company says a faulty component in its HC-10 model can overheat, and it has told owners to switch the units off until a technician has visited."
add(
    id="lumen-dispatch-02", site="lumen-dispatch",
    url="https://www.lumendispatch.example/business/technology/halcyon-cells-recalls-home-batteries/q7tm0v",
    language="en",
    headline="Brisbane battery maker Halcyon Cells recalls 14,000 home units after overheating reports",
    published="2017-08-15T06:30+10:00", modified=None,
    authors=["Priscilla Nakamura-Hale"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Brisbane energy storage company Halcyon Cells is recalling about 14,000 home batteries sold across Australia since 2015, after receiving reports that a component in the units can overheat and, in rare cases, melt."),
        P("The recall covers the HC-10 model, a wall-mounted lithium-ion battery designed to store power from rooftop solar panels. In a notice to owners seen by the Dispatch, the company said it had identified “a small number” of faulty connectors in the units’ power management board, supplied by an overseas manufacturer."),
        P("Halcyon Cells chief executive Rowan Albers said there had been no fires or injuries, but the company had received 23 reports of units shutting down with scorch marks on the casing. “One incident is one too many,” Mr Albers said. “We would rather inconvenience every owner for a few weeks than take any risk with a product that sits on the wall of someone’s home.”"),
        H("What owners should do"),
        LI("Switch the battery off at the isolator switch beside the unit, following the steps in the notice."),
        LI("Leave the solar panels and inverter running, as they are not affected."),
        LI("Register the unit’s serial number on the company’s recall page or by phone, so a technician can be booked."),
        LI("Do not try to open the casing or remove the battery yourself."),
        P("Technicians will replace the power management board free of charge, a job the company says takes about an hour. Mr Albers said the company expected to complete all replacements within 10 weeks, and would compensate owners for the higher electricity bills they faced while their batteries were switched off, at a flat rate of $120."),
        P("Halcyon Cells, founded in 2012 by a group of engineers from the city’s university sector, has been one of the most visible local players in a home battery market long dominated by imported brands. It employs about 180 people at its factory in Eagle Farm."),
        P("Energy consultant Fiona Rasmussen, of Gridline Advisory, said the recall would be a setback for the company but that its handling of it could limit the damage. “Recalls happen in every industry,” she said. “What customers remember is whether the company was upfront with them.”"),
        P("The Battery Safety Council, an industry body, said the recall showed the standards introduced in 2016 were working as intended. “A fault was found, it was reported, and the product is coming off the wall,” said the council’s technical director, Owen Carraway. “That is the system doing its job.”"),
        P("Owners can contact the company’s recall line between 7am and 9pm seven days a week."),
    ],
    entities=[
        ("Brisbane", "LOC"), ("Halcyon Cells", "ORG"), ("HC-10", "MISC"), ("Australia", "LOC"),
        ("Dispatch", "ORG"), ("Rowan Albers", "PER"), ("Albers", "PER"), ("Eagle Farm", "LOC"),
        ("Fiona Rasmussen", "PER"), ("Gridline Advisory", "ORG"), ("Battery Safety Council", "ORG"),
        ("Owen Carraway", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "ad-slots", "most-read", "subheadings", "list-in-body", "title-differs-from-headline", "kicker",
               "standfirst", "decoy-date", "localized-date", "local-time-zone", "json-ld", "spa-hydration-data",
               "noscript-content"],
    notes="The body is taken from the <noscript> fallback (identical to bodyHtml in __NEXT_DATA__); the article container itself holds only loading skeletons. 'Exclusive' above the <h1> is a kicker.",
)

# ---------------------------------------------------------------- lumen-dispatch-06
_sf = "Tenant advocates say people in full-time work are now sleeping in cars, and they want the state to act before summer brings another wave of short-stay conversions."
add(
    id="lumen-dispatch-06", site="lumen-dispatch",
    url="https://www.lumendispatch.example/news/tasmania/hobart-rental-vacancy-rate-falls-20210928-u8cz1p.html",
    language="en",
    headline="Hobart’s rental vacancy rate falls to 0.4 per cent as waiting lists grow",
    published="2021-09-28T11:00+10:00", modified=None,
    authors=["Eleanor Quist", "Tamsin Ferrier", "Rahul Bhattacharjee"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        CAP("Prospective tenants queue for an inspection in North Hobart on Saturday. More than 60 people attended."),
        P("Hobart’s rental vacancy rate has fallen to 0.4 per cent, the lowest of any Australian capital, leaving tenant advocates warning that people in full-time work are being pushed into cars, tents and overcrowded share houses."),
        P("Figures compiled by the Dispatch from listings data and the Tasmanian Property Council show that fewer than 180 homes were advertised for rent across greater Hobart in the first three weeks of September, against a long-term average of about 900. Median advertised rents have risen 18 per cent in two years, to $520 a week for a three-bedroom house."),
        P("“We are now hearing from nurses, teachers and tradies who cannot find anywhere to live,” said Jodie Marchetti, chief executive of the Tasmanian Tenants Network. “Two years ago our clients were mostly people on income support. Now a full-time wage is no guarantee of a roof.”"),
        P("Ms Marchetti said the network’s emergency line took 1,140 calls in August, almost double the number a year earlier. Many callers had been given notice because their landlord was selling or moving the home onto the short-stay market, she said."),
        P("The network has written to the state’s housing minister with five demands it wants met before summer:"),
        LI("A cap on rent increases of once every 12 months, tied to inflation."),
        LI("An end to no-grounds evictions at the end of fixed-term leases."),
        LI("A register of homes used for short-stay accommodation in greater Hobart."),
        LI("Land tax concessions for owners who return short-stay properties to long-term rental."),
        LI("Funding for 500 new social housing homes a year for the next five years."),
        P("The Tasmanian Property Council said rent caps would drive investors out of the market and make the shortage worse. Its executive director, Graham Pettifer, said the only lasting answer was to build more homes. “Every policy that makes it harder to be a landlord means fewer rentals, not more,” he said."),
        P("Housing economist Dr Mei-Lin Hartigan of the Derwent Institute said both arguments had merit, but that the shortage had been years in the making. “Hobart’s population grew faster than its housing stock for most of the last decade,” she said. “You can’t fix that in one summer, but you can stop making it worse.”"),
        P("At a Saturday inspection of a two-bedroom weatherboard house in North Hobart, more than 60 people waited on the footpath in the rain. Among them was Kieran Doherty, a chef, who has been living in his van since his lease ended in July. “This is my 31st inspection,” he said. “I’ve stopped counting the applications.”"),
    ],
    entities=[
        ("Hobart", "LOC"), ("North Hobart", "LOC"), ("Australian", "MISC"), ("Dispatch", "ORG"),
        ("Tasmanian Property Council", "ORG"), ("Jodie Marchetti", "PER"), ("Tasmanian Tenants Network", "ORG"),
        ("Marchetti", "PER"), ("Graham Pettifer", "PER"), ("Mei-Lin Hartigan", "PER"),
        ("Derwent Institute", "ORG"), ("Kieran Doherty", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "ad-slots", "most-read", "tag-list", "list-in-body", "photo-caption", "standfirst", "decoy-date",
               "date-in-url", "localized-date", "local-time-zone", "multiple-authors", "json-ld",
               "spa-hydration-data"],
    notes="The body exists only in the __NEXT_DATA__ content nodes (no <noscript> fallback); the ad node between paragraphs is left out.",
)

# ---------------------------------------------------------------- lvivskyi-kurier-02
_sf = "Апарат придбали коштом благодійників і громади. Перших пацієнтів обстежать уже наступного тижня."
add(
    id="lvivskyi-kurier-02", site="lvivskyi-kurier",
    url="https://lvivskyi-kurier.example/lviv/item/28340-medychnyi-tsentr-zamkova-hora-otrymav-tomohraf",
    language="uk",
    headline="Медичний центр «Замкова гора» отримав новий комп’ютерний томограф",
    published="2016-09-20T11:05+03:00", modified="2016-09-20T17:42+03:00",
    authors=["Ірина Савчин"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        CAP("Новий томограф у медичному центрі «Замкова гора»."),
        P("Медичний центр «Замкова гора» у Львові отримав новий 64-зрізовий комп’ютерний томограф. Апарат вартістю 11,4 мільйона гривень придбали за кошти благодійного фонду «Рука допомоги» та пожертви понад трьох тисяч львів’ян."),
        P("Досі пацієнти центру, яким було потрібне таке обстеження, мусили їхати в інші лікарні або платити в приватних клініках від 1200 до 2500 гривень. Черга на безкоштовну томографію в місті сягала трьох тижнів."),
        P("«Для пацієнтів з інсультом чи травмою голови кожна година має значення. Тепер ми зможемо робити обстеження цілодобово, не перевозячи людей через усе місто», — розповів головний лікар центру Роман Федорків."),
        P("За його словами, новий томограф дає змогу обстежити до 40 пацієнтів на добу. Для роботи на апараті центр уже навчив шістьох рентгенологів і вісім лаборантів. Обстеження для пацієнтів, яких направив сімейний лікар, буде безкоштовним."),
        P("Центр обслуговує понад 200 тисяч мешканців трьох районів міста та кількох прилеглих громад. Попередній томограф, встановлений ще у 2006 році, зламався минулої зими, і ремонтувати його виявилося недоцільно: запчастини до застарілої моделі вже не виготовляють, а ремонт коштував би більше половини ціни нового апарата."),
        P("Збір коштів на томограф тривав майже півтора року. Голова фонду «Рука допомоги» Наталія Бойчук розповіла, що найбільший внесок — 2 мільйони гривень — зробила група місцевих підприємців, а найменший — 20 гривень — надіслала школярка з Пустомитів."),
        P("«Ми щомісяця публікували звіт про кожну гривню. Думаю, саме тому люди довіряли і давали гроші навіть тоді, коли здавалося, що ми не встигнемо», — сказала Бойчук."),
        P("Монтаж апарата та ремонт приміщення під нього тривали три тижні. Перших пацієнтів планують прийняти 26 вересня."),
        P("Наступним кроком фонд «Рука допомоги» планує зібрати кошти на апарат ультразвукової діагностики для дитячого відділення центру. Його орієнтовна вартість — 2,3 мільйона гривень."),
        NOTE("Виправлення: у попередній версії матеріалу помилково зазначено, що томограф коштував 14 мільйонів гривень. Насправді його вартість — 11,4 мільйона гривень. Перепрошуємо читачів за помилку."),
    ],
    entities=[
        ("Замкова гора", "ORG"), ("Львові", "LOC"), ("Рука допомоги", "ORG"), ("львів’ян", "MISC"),
        ("Роман Федорків", "PER"), ("Наталія Бойчук", "PER"), ("Пустомитів", "LOC"), ("Бойчук", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "ad-slots", "most-read", "tag-list", "photo-caption", "correction-note",
               "standfirst", "decoy-date", "updated-date", "localized-date", "local-time-zone", "legacy-encoding"],
    notes="The bold K2 intro text (identical to the meta description) is treated as the standfirst; the medical centre is annotated by its quoted name «Замкова гора» (ORG) without the generic 'Медичний центр'; 'львів’ян' (residents of Lviv) is MISC as a demonym.",
)

# ---------------------------------------------------------------- lvivskyi-kurier-06
_sf = "Компанія розробляє програму, яка за супутниковими знімками прогнозує врожайність полів. Кошти підуть на вихід на ринки Польщі та Румунії."
add(
    id="lvivskyi-kurier-06", site="lvivskyi-kurier",
    url="https://lvivskyi-kurier.example/ekonomika/item/61733-startap-smereka-analityka-zaluchyv-3-mln-dolariv",
    language="uk",
    headline="Стартап зі Львова «Смерека Аналітика» залучив 3 мільйони доларів інвестицій",
    published="2021-11-18T10:00+02:00", modified=None,
    authors=["Олена Гнатишин"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Стартап «Смерека Аналітика», який розробляє програмне забезпечення для агровиробників, залучив 3 мільйони доларів у першому великому раунді інвестицій. Його очолив фонд Vistula Growth Partners з Варшави, участь у раунді також взяли кілька українських бізнес-ангелів."),
        P("Компанію заснували у 2019 році троє інженерів, які раніше працювали в ІТ-компаніях Львова. Зараз у ній працює 28 людей."),
        H("Як це працює"),
        P("Програма аналізує супутникові знімки полів, дані метеостанцій та історію врожаїв, а потім прогнозує, скільки зерна можна буде зібрати з кожної ділянки. Точність прогнозу за місяць до жнив, за словами розробників, становить 92–95%. Фермери також отримують попередження про ділянки, де рослини потерпають від нестачі вологи чи шкідників."),
        P("«Великі агрохолдинги давно мають власні аналітичні відділи. Ми хочемо дати такі ж інструменти господарствам на 500 чи 2000 гектарів, які не можуть дозволити собі штат агрономів-аналітиків», — каже співзасновник і генеральний директор компанії Максим Стецько."),
        P("Зараз сервісом користуються понад 340 господарств у 14 областях України, які разом обробляють майже 600 тисяч гектарів. Вартість підписки залежить від площі й становить у середньому 3 долари на гектар на рік."),
        H("Плани на Польщу та Румунію"),
        P("Отримані кошти компанія спрямує на вихід на ринки Польщі та Румунії, а також на розширення команди до 60 людей. Першим закордонним клієнтом уже став кооператив виробників ріпаку з-під Любліна."),
        P("Партнерка фонду Vistula Growth Partners Агнешка Коваль пояснила, що інвесторів переконали результати минулого сезону. «Кілька клієнтів „Смереки“ завдяки прогнозам вчасно переглянули контракти на продаж зерна. Для фермера це реальні гроші, а не красива картинка», — зазначила вона."),
        P("За даними асоціації «ІТ-Кластер Галичини», торік у регіоні з’явилося понад 50 нових технологічних стартапів, проте лише кілька з них залучили інвестиції понад мільйон доларів."),
    ],
    entities=[
        ("Львова", "LOC"), ("Смерека Аналітика", "ORG"), ("Польщі", "LOC"), ("Румунії", "LOC"),
        ("Vistula Growth Partners", "ORG"), ("Варшави", "LOC"), ("українських", "MISC"), ("України", "LOC"),
        ("Максим Стецько", "PER"), ("Польщу", "LOC"), ("Румунію", "LOC"), ("Любліна", "LOC"),
        ("Агнешка Коваль", "PER"), ("Смереки", "ORG"), ("ІТ-Кластер Галичини", "ORG"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "ad-slots", "most-read", "tag-list", "subheadings", "standfirst", "decoy-date",
               "localized-date", "local-time-zone", "json-ld", "invisible-chars"],
    notes="The bold K2 intro text is treated as the standfirst; JSON-LD dateModified equals datePublished, so modified is null; soft hyphens in the body are removed from the gold text.",
)

# ---------------------------------------------------------------- margin-notes-02
_sf = "A stripe of red paint on Pacific Avenue let Tacoma's transit agency run the same service with two fewer buses."
add(
    id="margin-notes-02", site="margin-notes",
    url="https://transitdesk.marginnotes.example/p/the-bus-lane-that-paid-for-itself",
    language="en",
    headline="The bus lane that paid for itself in eleven weeks",
    published="2017-06-19T15:40:00+00:00", modified=None,
    authors=["Ezra Kallis"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("In March, the Narrows Transit Authority in Tacoma painted 1.2 miles of Pacific Avenue red, put up six signs and told drivers that the right-hand lane was now for buses between 6 a.m. and 7 p.m."),
        P("It cost $184,000, most of it paint, signs and overtime for the crews who worked at night. By the agency's own accounting, it had earned that money back by the end of May."),
        P("That's a bold claim for a stripe of paint, so I asked for the numbers."),
        H("Where the money came from"),
        P("The savings came almost entirely from time. Route 1, which runs the length of Pacific Avenue, used to need 14 buses to keep a bus every 10 minutes at rush hour, because each round trip took 130 minutes on a bad day. With the lane, the worst round trips fell to 112 minutes, and the agency found it could keep the same frequency with 12 buses."),
        P("Two fewer buses in service at peak means two fewer drivers per shift, less fuel and less wear. The agency puts the saving at about $16,500 a week, which gets you to $184,000 in a little over 11 weeks."),
        P("“We weren't trying to save money. We were trying to stop the bus from being late,” said Alma Reyes-Brook, the authority's head of service planning. “The savings were a surprise to everyone, including finance.”"),
        H("What the riders noticed"),
        P("Riders noticed something simpler: the bus showed up when the app said it would. On-time performance on Route 1 went from 61 percent in February to 88 percent in May, and weekday ridership rose 9 percent over the same period, according to data the authority publishes every month."),
        P("Not everyone is happy. Several business owners on the avenue told the city council in April that customers could no longer park in front of their shops during the day. The authority has since allowed deliveries in the lane between 10 a.m. and 2 p.m."),
        P("Kenji Abernathy, who owns a bike shop near the south end of the lane, said he had come around. “I thought it would kill my Saturday trade,” he said. “Turns out more of my customers come by bus than I ever knew.”"),
        P("The authority plans to paint two more corridors next year. If the math holds, they will pay for themselves before the paint fades."),
    ],
    entities=[
        ("Pacific Avenue", "LOC"), ("Tacoma", "LOC"), ("Narrows Transit Authority", "ORG"), ("Route 1", "MISC"),
        ("Alma Reyes-Brook", "PER"), ("Kenji Abernathy", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "author-bio", "subheadings", "standfirst", "decoy-date", "localized-date", "json-ld"],
    notes="Visible date 'Jun 19, 2017' has no time; the time comes from JSON-LD/article:published_time (15:40 UTC), kept in UTC because the page names no other zone; the in-body subscribe widget is left out; the bus route 'Route 1' is typed MISC.",
)

# ---------------------------------------------------------------- margin-notes-06
_sf = "In Kettle Lake and the communities like it, a shorter ice-road season means a year of flown-in groceries."
add(
    id="margin-notes-06", site="margin-notes",
    url="https://northernbearings.marginnotes.example/p/the-ice-road-opened-three-weeks-late",
    language="en",
    headline="The ice road opened three weeks late. Here's what that costs a village.",
    published="2016-02-22T18:30:00+00:00", modified=None,
    authors=["Kai Lindahl"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("The winter road to Kettle Lake opened on February 9 this year, three weeks later than usual and a full six weeks later than it did a decade ago."),
        P("For the 600 people who live in the village, at the end of a 280-kilometre track across frozen lakes and muskeg in Canada's Northwest Territories, that date is not trivia. It decides what they will pay for almost everything until next winter."),
        CAP("Trucks wait at the start of the winter road to Kettle Lake on opening day."),
        P("“When the road is open, a truck brings in fuel, lumber, a year of canned food. When it isn't, all of that comes by plane,” said Agnes Tsetta, who manages the village co-op store. “The plane costs about four times as much.”"),
        H("A shrinking window"),
        P("The road is built every winter by flooding the ice to thicken it, and it can only carry a loaded fuel truck when the ice is at least 100 centimetres thick. Warmer Novembers and Decembers have pushed that date later, while earlier spring thaws have pulled the closing date forward."),
        P("Territorial highway records show the road was open for 74 days on average in the 2000s. In the last five winters, it has averaged 51. This year, officials expect about 45."),
        P("Fewer days means fewer loads. The co-op used to bring in 90 trucks a season; this year it has booked 61, and will fly in the rest, Tsetta said. She expects the price of a four-litre jug of milk, already $11.50, to climb past $14 by summer."),
        H("Planning for a road that may not come"),
        P("The band council has begun asking the territorial government to help build a permanent all-weather road, a project estimated at $310 million. In the meantime, it is building a second warehouse so that more of the year's supplies can arrive in the few weeks the road is open."),
        P("“Our grandparents travelled this land in every season,” said councillor Daniel Beaulieu-Sangris. “We can adapt to a shorter winter. What we can't adapt to is not knowing how short it will be.”"),
    ],
    entities=[
        ("Kettle Lake", "LOC"), ("Canada", "LOC"), ("Northwest Territories", "LOC"), ("Agnes Tsetta", "PER"),
        ("Tsetta", "PER"), ("Daniel Beaulieu-Sangris", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "most-read", "author-bio", "subheadings", "photo-caption", "embedded-post", "standfirst",
               "decoy-date", "localized-date", "json-ld", "iframe-embeds"],
    notes="Visible date 'Feb 22, 2016' has no time; the time comes from JSON-LD (18:30 UTC), kept in UTC because the page names no other zone; the embedded Flock post and the in-body subscribe widget are left out.",
)

# ---------------------------------------------------------------- nieuwsbode-drenthe-02
_sf = "Een energiebedrijf uit Zwolle wil tussen Drouwenerveen en Buinen een van de grootste zonneparken van Noord-Nederland aanleggen. Boeren en omwonenden vrezen dat goede landbouwgrond verloren gaat."
add(
    id="nieuwsbode-drenthe-02", site="nieuwsbode-drenthe",
    url="https://www.nieuwsbodedrenthe.example/nieuws/2016/05/24/163390/boeren-bij-drouwenerveen-verzetten-zich-tegen-zonnepark",
    language="nl",
    headline="Boeren bij Drouwenerveen verzetten zich tegen zonnepark van 80 hectare",
    published="2016-05-24T17:20+02:00", modified="2016-05-24T19:05+02:00",
    authors=["Jelle Hofsteenge", "Marieke Dijkhuis"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Op de plek waar Harm Wubbels nu nog aardappelen en suikerbieten teelt, liggen over twee jaar misschien zonnepanelen. Energiebedrijf Solveld wil op 80 hectare landbouwgrond tussen Drouwenerveen en Buinen een zonnepark bouwen dat stroom levert voor zo'n 20.000 huishoudens."),
        P("Wubbels pacht een deel van de grond en hoorde vorige maand van de eigenaar dat die wil verkopen. 'Ik boer hier al twintig jaar. Dit is goede grond, zoals je die in deze hoek van Drenthe weinig vindt. Panelen kun je ook op daken leggen', zegt hij."),
        P("Tegen zonne-energie is hij niet, benadrukt Wubbels. 'Ik heb zelf panelen op de stal liggen. Maar aardappelen verbouwen kun je niet op een dak.'"),
        H("Verdeeld dorp"),
        P("Dinsdagavond kwamen ruim tweehonderd mensen af op een informatieavond in dorpshuis De Schapendrift in Drouwenerveen. Daar bleek hoe verdeeld het dorp is. Een deel van de bewoners ziet het park juist als kans: Solveld belooft een fonds van 40.000 euro per jaar voor projecten in de omgeving."),
        P("'Ons dorpshuis moet verduurzamen en daar is nu geen geld voor', zegt Gerda Pinkster van de dorpsvereniging. 'Als dit park er komt, willen we er in elk geval zelf beter van worden.'"),
        H("Schapen tussen de panelen"),
        P("Projectleider Ruben Akkerman van Solveld zegt de zorgen te begrijpen. 'We kijken of er schapen tussen de panelen kunnen grazen, zodat de grond niet helemaal uit productie gaat.' Volgens hem is er in de regio te weinig ruimte op daken om de doelen voor duurzame energie te halen."),
        P("De gemeenteraad van Borger-Odoorn moet uiteindelijk beslissen of het bestemmingsplan wordt aangepast. Dat gebeurt op zijn vroegst in het najaar. Een groep omwonenden heeft al aangekondigd bezwaar te maken."),
    ],
    entities=[
        ("Drouwenerveen", "LOC"), ("Zwolle", "LOC"), ("Buinen", "LOC"), ("Noord-Nederland", "LOC"),
        ("Harm Wubbels", "PER"), ("Wubbels", "PER"), ("Solveld", "ORG"), ("Drenthe", "LOC"),
        ("De Schapendrift", "LOC"), ("Gerda Pinkster", "PER"), ("Ruben Akkerman", "PER"), ("Borger-Odoorn", "LOC"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "most-read", "tag-list", "inline-video-teaser", "subheadings", "title-differs-from-headline",
               "kicker", "standfirst", "decoy-date", "updated-date", "date-in-url", "localized-date",
               "local-time-zone", "multiple-authors", "json-ld"],
    notes="The place label 'Drouwenerveen' above the headline is a kicker; the in-body video player with its title ('Video: Boeren en omwonenden over het zonnepark') is a video teaser and left out; the village hall 'De Schapendrift' is typed LOC as a building.",
)

# ---------------------------------------------------------------- nieuwsbode-drenthe-06
_sf = "De enige huisartsenpraktijk in Diever stopt op 1 januari. Een opvolger is er niet, en omliggende praktijken zitten vol."
add(
    id="nieuwsbode-drenthe-06", site="nieuwsbode-drenthe",
    url="https://www.nieuwsbodedrenthe.example/nieuws/2022/11/29/318230/zeshonderd-inwoners-van-diever-zonder-huisarts",
    language="nl",
    headline="Zeshonderd inwoners van Diever zonder huisarts: 'We staan op een wachtlijst in Meppel'",
    published="2022-11-29T16:45+01:00", modified="2022-11-29T18:10+01:00",
    authors=["Femke Roelfsema"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Voor zo'n zeshonderd inwoners van Diever en omgeving is er vanaf 1 januari geen huisarts meer. Huisarts Evert Bosscher (66) gaat met pensioen en heeft ondanks twee jaar zoeken geen opvolger gevonden. Zijn patiënten kregen vorige week een brief dat ze zelf een nieuwe huisarts moeten zoeken."),
        P("Dat blijkt lastig. De praktijken in Dwingeloo en Havelte nemen geen nieuwe patiënten aan. 'Ik heb me ingeschreven bij een praktijk in Meppel, maar daar sta ik op een wachtlijst', zegt Jannie Kroeze (79), die al veertig jaar patiënt is bij Bosscher. 'Ik heb geen auto. Hoe kom ik daar?'"),
        P("Dorpsbelang Diever riep inwoners op om vanavond naar een bijeenkomst over de huisartsenzorg in het dorp te komen."),
        H("Spreekuur in het dorpshuis"),
        P("De gemeente Westerveld en de huisartsen in de regio zoeken naar een tijdelijke oplossing. Gedacht wordt aan een spreekuur van twee dagen per week in het dorpshuis, waarbij artsen uit andere praktijken om de beurt komen."),
        P("Wethouder Marga Spijkerman noemt de situatie 'zorgelijk, maar niet uniek'. 'In heel Drenthe gaan de komende vijf jaar veel huisartsen met pensioen. We moeten het vak aantrekkelijker maken voor jonge artsen, bijvoorbeeld door te helpen met woonruimte.'"),
        P("Ook de apotheek in het dorp maakt zich zorgen. Die levert nu vooral medicijnen op recept van Bosscher. 'Als er geen huisarts meer in het dorp zit, komen mensen hier minder vaak. Dan wordt het lastig om open te blijven', zegt apotheker Rik Hadders."),
        H("Praktijkpand beschikbaar"),
        P("Bosscher heeft zijn praktijkpand aangeboden aan de gemeente. 'Ik wil niet dat het gebouw leeg komt te staan. Als er iemand komt, mag die er zo in', zegt hij. Patiënten die nog geen nieuwe huisarts hebben, kunnen tot 1 maart herhaalrecepten aanvragen via de praktijk; een waarnemend arts handelt die af."),
    ],
    entities=[
        ("Diever", "LOC"), ("Meppel", "LOC"), ("Evert Bosscher", "PER"), ("Dwingeloo", "LOC"), ("Havelte", "LOC"),
        ("Jannie Kroeze", "PER"), ("Bosscher", "PER"), ("Dorpsbelang Diever", "ORG"), ("Westerveld", "LOC"),
        ("Marga Spijkerman", "PER"), ("Drenthe", "LOC"), ("Rik Hadders", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "most-read", "tag-list",
               "embedded-post", "subheadings", "kicker", "standfirst", "decoy-date", "updated-date", "date-in-url",
               "localized-date", "local-time-zone", "json-ld"],
    notes="The label 'Zorg' above the headline is a kicker; the embedded Chirp post (with its consent notice) is left out of the body; 'gemeente Westerveld' annotates Westerveld as LOC (place name kept LOC by the metonymy rule).",
)

# ---------------------------------------------------------------- porto-agora-02
_sf = "Produtores de Garibaldi e Bento Gonçalves investem em novas alas de fermentação para atender importadores da Ásia"
add(
    id="porto-agora-02", site="porto-agora",
    url="https://www.portoagora.example/economia/noticia/2016/09/vinicolas-da-serra-apostam-em-espumante-ck7t2m.html",
    language="pt-BR",
    headline="Vinícolas da Serra apostam em espumante e esperam exportar 40% mais em 2017",
    published="2016-09-02T18:40-03:00", modified=None,
    authors=["Fernando Bortolini"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("As vinícolas da Serra Gaúcha preparam-se para ampliar as exportações de espumante no próximo ano. Levantamento da Associação dos Produtores de Espumante da Serra (Apes) indica que as vendas ao exterior devem crescer 40% em 2017, puxadas por novos contratos com importadores da China, do Japão e da Coreia do Sul."),
        CAP("Novos tanques de fermentação da Vinícola Cerro Alto, em Garibaldi."),
        P("Nos últimos três anos, as exportações da região mais que dobraram, segundo a entidade. Em 2015, foram embarcados 2,1 milhões de litros, ante 0,9 milhão em 2013."),
        T("Ano\tLitros exportados\tPrincipais destinos\n2013\t0,9 milhão\tEstados Unidos, Paraguai\n2014\t1,4 milhão\tEstados Unidos, China\n2015\t2,1 milhões\tChina, Estados Unidos, Japão\n2016*\t2,6 milhões\tChina, Japão, Coreia do Sul"),
        CAP("*Projeção. Fonte: Apes"),
        P("Em Garibaldi, a Vinícola Cerro Alto investiu R$ 6 milhões em uma nova ala de fermentação, com 18 tanques de aço inoxidável. A empresa, fundada por imigrantes italianos em 1931, hoje exporta um terço de sua produção."),
        P("— Há dez anos, ninguém lá fora sabia que o Brasil fazia espumante. Hoje o importador chinês chega aqui perguntando pelo nosso moscatel — contou o enólogo-chefe da Cerro Alto, Giovani Dall'Agnol."),
        P("Em Bento Gonçalves, a cooperativa Vinhos do Vale ampliou em 30% a capacidade de sua cave e contratou uma consultoria para adaptar rótulos e embalagens às exigências dos mercados asiáticos, que pedem informações em chinês e em japonês."),
        P("O avanço, porém, esbarra em custos. Os produtores reclamam do preço das garrafas, que subiu 22% em um ano, e da burocracia para exportar. A presidente da Apes, Sílvia Benincá, diz que uma pequena vinícola leva até 40 dias para liberar um contêiner."),
        P("— O produto é bom, o mercado existe. O que falta é tornar o caminho até o porto mais curto e mais barato — afirmou Sílvia."),
        P("A safra de uva de 2017, que começa a ser colhida em janeiro, deve ter boa qualidade, segundo técnicos da região, graças ao inverno frio e seco, que favorece a brotação uniforme das videiras."),
    ],
    entities=[
        ("Serra", "LOC"), ("Garibaldi", "LOC"), ("Bento Gonçalves", "LOC"), ("Ásia", "LOC"), ("Serra Gaúcha", "LOC"),
        ("Associação dos Produtores de Espumante da Serra", "ORG"), ("Apes", "ORG"), ("China", "LOC"),
        ("Japão", "LOC"), ("Coreia do Sul", "LOC"), ("Vinícola Cerro Alto", "ORG"), ("Estados Unidos", "LOC"),
        ("Paraguai", "LOC"), ("italianos", "MISC"), ("Brasil", "LOC"), ("chinês", "MISC"), ("Cerro Alto", "ORG"),
        ("Giovani Dall'Agnol", "PER"), ("Vinhos do Vale", "ORG"), ("asiáticos", "MISC"), ("japonês", "MISC"),
        ("Sílvia Benincá", "PER"), ("Sílvia", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "ad-slots", "most-read", "photo-caption", "table-in-body", "title-differs-from-headline",
               "standfirst", "decoy-date", "localized-date", "local-time-zone", "json-ld", "noscript-content"],
    notes="The whole article (headline, standfirst, body) is only in the <noscript> fallback; the table's source line is an optional caption; 'Serra' in the headline is the Serra Gaúcha region (LOC).",
)

# ---------------------------------------------------------------- porto-agora-06
_sf = "Em Porto Xavier, rio está 4,8 metros abaixo da média para novembro; comerciantes relatam queda nas vendas"
add(
    id="porto-agora-06", site="porto-agora",
    url="https://www.portoagora.example/rio-grande-do-sul/estiagem-rio-uruguai-balsas-suspensas-8831204",
    language="pt-BR",
    headline="Estiagem derruba nível do Rio Uruguai e suspende travessia de balsas na fronteira",
    published="2020-11-25T16:00-03:00", modified=None,
    authors=["Agência Sulpress"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("PORTO XAVIER (RS) – A estiagem que atinge o noroeste gaúcho desde agosto derrubou o nível do Rio Uruguai a ponto de interromper a travessia de balsas entre Porto Xavier e a cidade argentina de San Javier. A empresa Balsas Fronteira, que opera a ligação, suspendeu o serviço na segunda-feira, quando o rio chegou a 4,8 metros abaixo da média para o mês."),
        P("Segundo a companhia, as balsas precisam de pelo menos 1,6 metro de profundidade no canal de navegação para operar com segurança. Nesta quarta-feira, a medição no porto marcava 1,2 metro."),
        P("— Nunca vi o rio assim em novembro. Tem pedra aparecendo onde a gente nunca imaginou — disse o comandante Osvaldo Kerber, que trabalha na travessia há 27 anos."),
        CAP("Pedras expostas no leito do Rio Uruguai, perto do porto de Porto Xavier."),
        P("A travessia transporta, em média, 400 pessoas e 60 veículos por dia, além de cargas de erva-mate, grãos e materiais de construção. Sem as balsas, a alternativa mais próxima é a ponte internacional de São Borja, a cerca de 200 quilômetros."),
        P("O comércio local sente o impacto. A presidente da associação comercial do município, Nádia Brum, estima que as vendas caíram 30% desde o início da semana. — Metade dos clientes das lojas do centro vem do outro lado do rio — explicou."),
        P("Produtores rurais também enfrentam prejuízos. De acordo com a Cooperativa Agrícola Missões Unidas, as lavouras de milho da região já perderam cerca de 35% do potencial de produção por falta de chuva, e o plantio de soja está atrasado."),
        P("A meteorologista Carla Wendt, do Centro Regional de Clima do Sul, afirma que a tendência é de chuva abaixo da média até janeiro no oeste do Estado, o que deve manter o rio baixo nas próximas semanas. — Precisaríamos de vários dias de chuva forte na bacia para uma recuperação consistente — disse."),
        P("A Balsas Fronteira informou que vai retomar a travessia assim que o nível permitir e que, enquanto isso, mantém um barco menor para o transporte de passageiros em casos de emergência de saúde."),
    ],
    entities=[
        ("Rio Uruguai", "LOC"), ("Porto Xavier", "LOC"), ("PORTO XAVIER", "LOC"), ("RS", "LOC"), ("gaúcho", "MISC"),
        ("argentina", "MISC"), ("San Javier", "LOC"), ("Balsas Fronteira", "ORG"), ("Osvaldo Kerber", "PER"),
        ("São Borja", "LOC"), ("Nádia Brum", "PER"), ("Cooperativa Agrícola Missões Unidas", "ORG"),
        ("Carla Wendt", "PER"), ("Centro Regional de Clima do Sul", "ORG"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "ad-slots", "most-read", "photo-caption", "title-differs-from-headline", "standfirst", "dateline",
               "decoy-date", "localized-date", "local-time-zone", "agency-byline", "json-ld", "noscript-content"],
    notes="The whole article is only in the <noscript> fallback; the byline 'Da Agência Sulpress' gives the agency name without the preposition 'Da'; the photo credit (also Agência Sulpress) is removed from the caption.",
)

# ---------------------------------------------------------------- saebyeok-news-02
add(
    id="saebyeok-news-02", site="saebyeok-news",
    url="https://www.saebyeok.example/news/articleView.html?idxno=412856",
    language="ko",
    headline="세종 자율주행 셔틀 다음 달부터 유료 운행…기본요금 1000원",
    published="2024-03-15T09:30+09:00", modified="2024-03-15T11:02+09:00",
    authors=["이도현"],
    summary="",
    blocks=[
        P("세종에서 2년 가까이 무료로 시범 운행하던 자율주행 셔틀버스가 다음 달부터 요금을 받는 정식 대중교통 노선으로 바뀐다. 자율주행 차량이 요금을 받는 노선버스로 운행되는 것은 이번이 처음이다."),
        CAP("14일 세종시 나성동 정류장에서 시민들이 누리모빌리티의 자율주행 셔틀에 오르고 있다."),
        P("세종 자율주행 실증사업단과 자율주행 전문기업 누리모빌리티는 14일 기자설명회를 열고 다음 달 1일부터 나성동~세종터미널 9.4㎞ 구간에서 자율주행 셔틀 6대를 유료로 운행한다고 밝혔다. 기본요금은 일반 시내버스와 같은 1000원이며, 교통카드 환승 할인도 똑같이 적용된다."),
        H("안전요원 없이 달리는 구간 늘린다"),
        P("가장 큰 변화는 운전석에 앉아 있던 안전요원이 일부 구간에서 빠진다는 점이다. 지금까지는 비상 상황에 대비해 안전요원이 항상 탑승했지만, 앞으로는 교차로가 적은 간선도로 4.1㎞ 구간에서 원격 관제센터가 차량을 감시하는 방식으로 운행한다."),
        P("누리모빌리티 한승우 대표는 “시범 운행 기간 누적 거리 21만㎞를 달리는 동안 자율주행 시스템 책임으로 발생한 사고는 한 건도 없었다”며 “관제센터 한 곳에서 차량 여섯 대를 실시간으로 지켜보고, 이상 징후가 보이면 즉시 원격으로 정차시킬 수 있다”고 설명했다."),
        P("다만 안전요원이 없는 구간을 어디까지 넓힐지는 운행 결과를 보고 단계적으로 결정하기로 했다. 눈이나 폭우로 도로 사정이 나쁜 날에는 전 구간에 안전요원이 다시 탑승한다."),
        H("출퇴근 시간 배차 간격 12분"),
        P("셔틀은 오전 6시 30분부터 오후 10시까지 하루 84회 운행한다. 출퇴근 시간대 배차 간격은 12분, 그 밖의 시간에는 20분이다. 정원은 좌석 11명, 입석 4명으로 일반 시내버스보다 적어 승객이 몰리는 시간대에는 탑승이 제한될 수 있다."),
        P("시범 운행 기간 셔틀을 이용한 승객은 모두 38만7천명으로 집계됐다. 매일 셔틀로 출근한다는 직장인 오세진(34)씨는 “처음에는 운전자가 없다는 게 불안했는데 지금은 오히려 급출발이나 급정거가 없어 편하다”며 “유료로 바뀌어도 계속 탈 것 같다”고 말했다."),
        P("전문가들은 유료화가 자율주행 대중교통의 사업성을 가늠하는 시험대가 될 것으로 보고 있다. 미래교통연구원 박소영 연구위원은 “차량 가격과 관제 인력 비용을 고려하면 요금 수입만으로 운영비를 감당하기는 어렵다”며 “운행 데이터를 바탕으로 노선을 늘려 규모의 경제를 갖추는 것이 과제”라고 지적했다."),
        P("사업단은 올해 안에 청사 순환 노선과 대학가 노선 등 두 개 노선을 추가로 선정해 자율주행 셔틀을 확대할 계획이다."),
    ],
    entities=[
        ("세종", "LOC"), ("세종시", "LOC"), ("나성동", "LOC"), ("누리모빌리티", "ORG"),
        ("세종 자율주행 실증사업단", "ORG"), ("세종터미널", "LOC"), ("한승우", "PER"), ("오세진", "PER"),
        ("미래교통연구원", "ORG"), ("박소영", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "share-bar", "comments", "related-list", "ad-slots", "most-read",
               "tag-list", "photo-caption", "subheadings", "decoy-date", "updated-date", "local-time-zone",
               "json-ld", "cjk"],
    notes="The photo credit 'ⓒ새벽뉴스 이도현 기자' is removed from the caption; '세종 자율주행 실증사업단' is annotated as one ORG (the project body), and Sejong in it is not annotated separately.",
)

# ---------------------------------------------------------------- saebyeok-news-06
add(
    id="saebyeok-news-06", site="saebyeok-news",
    url="https://www.saebyeok.example/news/articleView.html?idxno=538120",
    language="ko",
    headline="춘천 호반하프마라톤 1만2천명 ‘가을 질주’…변우진, 대회 신기록 우승",
    published="2025-10-19T11:48+09:00", modified=None,
    authors=["윤지호"],
    summary="",
    blocks=[
        P("강원 춘천에서 19일 열린 제11회 춘천 호반하프마라톤 대회에 1만2천여명이 참가해 호숫가를 따라 가을 정취를 만끽했다."),
        CAP("19일 강원 춘천시 공지천 일대에서 열린 제11회 춘천 호반하프마라톤 대회에서 참가자들이 출발선을 떠나고 있다."),
        P("이날 오전 8시 공지천 조각공원을 출발한 참가자들은 의암호를 끼고 도는 하프코스(21.0975㎞)와 10㎞, 5㎞ 건강달리기 등 세 종목으로 나뉘어 레이스를 펼쳤다."),
        P("하프코스 남자부에서는 청람에너지 육상단 소속 변우진(24)이 1시간04분12초로 결승선을 통과해 대회 신기록을 세웠다. 종전 기록은 2022년 대회에서 나온 1시간04분58초였다."),
        P("변우진은 “15㎞ 지점부터 맞바람이 강해 기록은 기대하지 않았는데, 마지막 3㎞에서 다리가 생각보다 잘 움직였다”며 “내년 봄 풀코스 도전을 앞두고 자신감을 얻었다”고 소감을 밝혔다."),
        P("여자부에서는 동호인 출신 길소라(31)가 1시간16분40초로 1위에 올랐다. 직장인인 그는 퇴근 뒤 매일 저녁 10㎞씩 달리며 대회를 준비했다고 한다."),
        P("10㎞ 부문에서는 고등학생과 장년층 참가자들의 활약이 눈에 띄었다. 남자부 1위는 춘천의 한 고교 육상부 3학년 윤태성(18)이 33분05초로 차지했고, 60대 동호인 민경자(63)는 49분대 기록으로 여자부 연령별 부문 1위에 올라 박수를 받았다."),
        P("올해 대회는 참가 신청 시작 40분 만에 정원이 모두 찰 만큼 관심이 높았다. 전체 참가자 가운데 20~30대가 58%를 차지했다. 대회 조직위원회는 최근 젊은 층 사이에서 달리기 동호회 열풍이 불면서 참가 연령대가 크게 낮아졌다고 설명했다."),
        P("안전 대책도 강화됐다. 조직위는 코스 2.5㎞마다 급수대와 구급 요원을 배치하고, 자동심장충격기를 든 ‘세이프티 러너’ 40명이 참가자들과 함께 달리도록 했다. 이날 경기 도중 어지럼증 등을 호소한 참가자 17명이 현장에서 응급 처치를 받았으며, 중상자는 없었다."),
        P("대회 당일 오전 7시부터 낮 12시 30분까지 코스 주변 도로 일부가 통제되면서 시내 곳곳에서 차량 정체가 빚어지기도 했다. 조직위원회 송기철 사무국장은 “교통 통제에 협조해 준 시민들께 감사드린다”며 “내년에는 셔틀버스를 늘리고 통제 구간 안내를 더 일찍 하겠다”고 말했다."),
        P("조직위는 참가비 일부와 기념품 판매 수익금을 합친 3천여만원을 지역 장애인 체육 단체에 기부할 예정이다."),
    ],
    entities=[
        ("춘천 호반하프마라톤", "MISC"), ("변우진", "PER"), ("강원", "LOC"), ("춘천", "LOC"), ("춘천시", "LOC"),
        ("공지천", "LOC"), ("공지천 조각공원", "LOC"), ("의암호", "LOC"), ("청람에너지 육상단", "ORG"),
        ("길소라", "PER"), ("윤태성", "PER"), ("민경자", "PER"), ("송기철", "PER"),
    ],
    phenomena=["nav-menu", "footer-links", "share-bar", "comments", "related-list", "ad-slots", "most-read",
               "tag-list", "photo-caption", "decoy-date", "local-time-zone", "json-ld", "cjk", "malformed-html"],
    notes="Body paragraphs are unclosed <p> elements inside a <font> wrapper (and the byline has misnested <b>/<a>); each <p> is one block; the marathon '춘천 호반하프마라톤' is an event (MISC); JSON-LD dateModified equals datePublished, so modified is null.",
)

# ---------------------------------------------------------------- skor-anadolu-02
_sf = "Haliç Potası, Kadıköy Rıhtım SK'yi 88-79 yenerek sezonun dokuzuncu galibiyetini aldı. Haftanın sürprizi ise sezona sekiz yenilgiyle başlayan İzmit Körfez Basket'ten geldi."
add(
    id="skor-anadolu-02", site="skor-anadolu",
    url="https://www.skoranadolu.example/basketbol/marmara-basketbol-ligi-9-hafta-halic-potasi-namaglup-131577",
    language="tr",
    headline="Marmara Basketbol Ligi'nde 9. hafta: Haliç Potası namağlup yoluna devam ediyor",
    published="2016-11-27T22:15+03:00", modified=None,
    authors=["Gülşen Tamer"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Marmara Basketbol Ligi'nin 9. haftasında lider Haliç Potası, zorlu Kadıköy Rıhtım SK deplasmanından 88-79 galibiyetle döndü. Sezona dokuz maçta dokuz galibiyetle başlayan İstanbul ekibi, ligin tek namağlup takımı olmayı sürdürüyor."),
        P("Rıhtım Spor Salonu'nun tribünlerini dolduran yaklaşık 2 bin 300 seyircinin izlediği karşılaşmanın ilk yarısı 41-41 eşitlikle sona erdi. Üçüncü çeyrekte savunma sertliğini artıran Haliç Potası, 12-0'lık bir seriyle farkı açtı ve bu avantajı son düdüğe kadar korudu."),
        P("Galibiyetin mimarı 23 sayı, 7 ribaunt ve 5 asistle oynayan oyun kurucu Berk Tanrıöver oldu. Pivot Emrah Yücel de 16 sayı ve 11 ribauntla double-double yaptı. Kadıköy Rıhtım SK'de ise Kaan Sevindik'in 25 sayısı yenilgiyi önlemeye yetmedi."),
        P("Haliç Potası Başantrenörü Ferit Gökalp, maçın ardından takımının savunmasını övdü: “Bu salonda kazanmak kolay değil. Üçüncü çeyrekte top kayıplarını azalttık ve hızlı hücumda bedava sayılar bulduk. Namağlup olmak güzel ama bizim hedefimiz mayısta ayakta kalan son takım olmak.”"),
        H("Körfez'den sezonun ilk galibiyeti"),
        P("Haftanın sürpriz sonucu Sakarya'da çıktı. Sezona sekiz yenilgiyle başlayan İzmit Körfez Basket, deplasmanda Sakarya Akarsu BK'yi 74-71 yenerek ligdeki ilk galibiyetini aldı. Son saniyede Tuna Aksoylu'nun çizgiden kaçırdığı serbest atış, ev sahibinin uzatmaya gitme umudunu da bitirdi."),
        P("Haftanın diğer maçlarında Moda Basket, Yalova Termal Basket'i 92-85 yenerken Tekirdağ Bağbozumu BK, Bandırma Kuşcenneti'ni deplasmanda 83-80 mağlup etti."),
        H("9. hafta sonuçları"),
        T("Ev sahibi\tSkor\tKonuk\nKadıköy Rıhtım SK\t79-88\tHaliç Potası\nSakarya Akarsu BK\t71-74\tİzmit Körfez Basket\nModa Basket\t92-85\tYalova Termal Basket\nBandırma Kuşcenneti\t80-83\tTekirdağ Bağbozumu BK"),
        H("Puan durumu"),
        CAP("Galibiyet 2, mağlubiyet 1 puan. Eşitlikte ikili averaj esas alınır."),
        T("Sıra\tTakım\tO\tG\tM\tP\n1\tHaliç Potası\t9\t9\t0\t18\n2\tModa Basket\t9\t6\t3\t15\n3\tKadıköy Rıhtım SK\t9\t6\t3\t15\n4\tSakarya Akarsu BK\t9\t5\t4\t14\n5\tTekirdağ Bağbozumu BK\t9\t4\t5\t13\n6\tYalova Termal Basket\t9\t3\t6\t12\n7\tBandırma Kuşcenneti\t9\t2\t7\t11\n8\tİzmit Körfez Basket\t9\t1\t8\t10"),
        P("Ligde 10. hafta maçları 3-4 Aralık'ta oynanacak. Haftanın öne çıkan karşılaşmasında Haliç Potası, ikinci sıradaki Moda Basket'i konuk edecek."),
    ],
    entities=[
        ("Marmara Basketbol Ligi", "MISC"), ("Haliç Potası", "ORG"), ("Kadıköy Rıhtım SK", "ORG"),
        ("İzmit Körfez Basket", "ORG"), ("İstanbul", "LOC"), ("Rıhtım Spor Salonu", "LOC"), ("Berk Tanrıöver", "PER"),
        ("Emrah Yücel", "PER"), ("Kaan Sevindik", "PER"), ("Ferit Gökalp", "PER"), ("Körfez", "ORG"),
        ("Sakarya", "LOC"), ("Sakarya Akarsu BK", "ORG"), ("Tuna Aksoylu", "PER"), ("Moda Basket", "ORG"),
        ("Yalova Termal Basket", "ORG"), ("Tekirdağ Bağbozumu BK", "ORG"), ("Bandırma Kuşcenneti", "ORG"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "ad-slots", "most-read", "tag-list", "subheadings", "table-in-body", "standfirst",
               "decoy-date", "localized-date", "local-time-zone", "json-ld"],
    notes="The h2 spot under the headline is the standfirst; the standings table's <caption> is an optional caption placed before the table; the league 'Marmara Basketbol Ligi' is typed MISC (a competition) and 'Körfez' in the subheading is the short name of the İzmit Körfez Basket team (ORG).",
)

# ---------------------------------------------------------------- skor-anadolu-06
_sf = "Karadeniz Dalgaspor, son haftada Hatay Defnespor'u 2-0 yenerek kulüp tarihinin ilk şampiyonluğunu kazandı. Van Kalespor ve Trakya Sınırspor bir alt lige düştü."
add(
    id="skor-anadolu-06", site="skor-anadolu",
    url="https://www.skoranadolu.example/futbol/anadolu-futbol-liginde-sezon-bitti-dalgaspor-sampiyon-229415",
    language="tr",
    headline="Anadolu Futbol Ligi'nde sezon bitti: Dalgaspor şampiyon, iki takım küme düştü",
    published="2021-05-16T20:40+03:00", modified=None,
    authors=["Serkan Dölek", "Oğuz Yalçınkaya"],
    summary=_sf,
    blocks=[
        P(_sf, True),
        P("Anadolu Futbol Ligi'nde 2020-2021 sezonu, son haftada oynanan beş maçla tamamlandı. Şampiyonluk yarışını önde götüren Karadeniz Dalgaspor, Trabzon'da seyircisiz oynanan karşılaşmada Hatay Defnespor'u 2-0 yenerek kulüp tarihinin ilk lig şampiyonluğunu kazandı."),
        P("Dalgaspor'un gollerini 23. dakikada penaltıdan Cemil Ergüven ve 71. dakikada Ramazan Tekeli kaydetti. Ergüven, bu golle sezonu 21 golle tamamlayarak gol krallığını da garantiledi."),
        H("Zirvede son hafta heyecanı"),
        P("Son haftaya iki puan farkla lider giren Dalgaspor'un en yakın takipçisi Toros Yıldızspor, Ankara Atlas SK deplasmanında 3-2 kazanmasına rağmen şampiyonluğu kaçırdı. Ankara'daki maç, Dalgaspor'un ikinci golünden sonra bir süre herkesin telefonlara baktığı bir karşılaşmaya dönüştü."),
        P("Şampiyon takımın Teknik Direktörü Bülent Karayel, kupanın kulübün 58 yıllık sabrının ödülü olduğunu söyledi: “Bu şehir bu anı yıllarca bekledi. Stadımız boştu ama evlerde, balkonlarda sesimizi duyduk. Bu kupayı tribüne gelemeyen taraftarımıza armağan ediyoruz.”"),
        H("Ligi bırakan iki takım"),
        P("Alt sıralarda ise düşme hattındaki iki takımın kaderi önceki haftalarda belli olmuştu. Son maçında Erciyes Gücü'ne 4-1 yenilen Van Kalespor 24 puanda kalırken, Malatya Kayısıspor'la 1-1 berabere kalan Trakya Sınırspor da 28 puanla ligin son iki basamağında sezonu kapattı. İki ekip gelecek sezon bölgesel ligde mücadele edecek."),
        P("Haftanın diğer maçlarında Anka Bursa FK, Ege Zeytinspor'u 2-1 mağlup etti."),
        H("Sezon sonu puan durumu"),
        T("Sıra\tTakım\tO\tG\tB\tM\tA\tY\tP\n1\tKaradeniz Dalgaspor\t36\t24\t7\t5\t66\t28\t79\n2\tToros Yıldızspor\t36\t23\t8\t5\t71\t33\t77\n3\tAnka Bursa FK\t36\t18\t9\t9\t52\t36\t63\n4\tErciyes Gücü\t36\t16\t8\t12\t58\t44\t56\n5\tEge Zeytinspor\t36\t13\t10\t13\t45\t43\t49\n6\tAnkara Atlas SK\t36\t12\t9\t15\t47\t50\t45\n7\tMalatya Kayısıspor\t36\t10\t11\t15\t39\t46\t41\n8\tHatay Defnespor\t36\t9\t9\t18\t37\t55\t36\n9\tTrakya Sınırspor\t36\t7\t7\t22\t30\t63\t28\n10\tVan Kalespor\t36\t6\t6\t24\t27\t74\t24"),
        P("Ligde yeni sezonun ağustosun ikinci yarısında başlaması, fikstür çekiminin ise temmuz ayında yapılması bekleniyor. Bölgesel ligden yükselen iki takım, önümüzdeki hafta oynanacak play-off finallerinin ardından belli olacak."),
    ],
    entities=[
        ("Anadolu Futbol Ligi", "MISC"), ("Dalgaspor", "ORG"), ("Karadeniz Dalgaspor", "ORG"),
        ("Hatay Defnespor", "ORG"), ("Van Kalespor", "ORG"), ("Trakya Sınırspor", "ORG"), ("Trabzon", "LOC"),
        ("Cemil Ergüven", "PER"), ("Ramazan Tekeli", "PER"), ("Ergüven", "PER"), ("Toros Yıldızspor", "ORG"),
        ("Ankara Atlas SK", "ORG"), ("Ankara", "LOC"), ("Bülent Karayel", "PER"), ("Erciyes Gücü", "ORG"),
        ("Malatya Kayısıspor", "ORG"), ("Anka Bursa FK", "ORG"), ("Ege Zeytinspor", "ORG"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "comments",
               "related-list", "ad-slots", "most-read", "tag-list", "subheadings", "table-in-body", "standfirst",
               "decoy-date", "localized-date", "local-time-zone", "multiple-authors", "json-ld", "legacy-encoding"],
    notes="The byline 'Serkan Dölek - Oğuz Yalçınkaya' is split at the dash into two authors; the league 'Anadolu Futbol Ligi' is typed MISC (a competition); the page is declared and served as windows-1254.",
)

# ---------------------------------------------------------------- tidewater-live-02
add(
    id="tidewater-live-02", site="tidewater-live",
    url="https://www.tidewaterlive.example/education/school-boards/live-chesapeake-school-board-attendance-zones-vote-4471829/",
    language="en",
    headline="Chesapeake School Board approves new attendance zones after five-hour meeting",
    published="2017-04-18T17:30:00-04:00", modified="2017-04-18T23:05:00-04:00",
    authors=["Lorna Castellanos"],
    summary="",
    blocks=[
        Block("heading", "Key points", True),
        Block("list_item", "The board voted 6-3 to adopt the attendance plan known as Option C", True),
        Block("list_item", "About 1,350 students will change schools in August 2018", True),
        Block("list_item", "Rising seniors may finish at their current high school", True),
        Block("list_item", "More than 80 people signed up to speak", True),
        H("What’s on the table"),
        P("Option C moves about 1,350 students to new schools in August 2018 to relieve crowding at Cedar Landing High School and Dunmore Ridge High School. It also redraws two elementary school zones and fills the new Pocaty Creek Middle School with students drawn from three existing middle schools."),
        P("District staff estimate that the changes would lengthen some bus routes by up to 20 minutes. The full proposal and maps are posted on the district’s website."),
        H("Board approves Option C, 6-3"),
        P("After nearly five hours of public comment and debate, the Chesapeake School Board voted 6-3 to adopt Option C. Chairman Reginald Soto, who voted yes, called it “the least painful of several painful choices.”"),
        P("Board members Wanda Pruitt, Glen Hostetler and Ayesha Carmody voted no. Pruitt said the board had not done enough to explain the changes to families in Western Branch, where most of the reassigned students live."),
        H("Amendment on rising seniors passes"),
        P("The board unanimously approved an amendment from Hostetler allowing students who will be seniors in 2018-19 to finish at their current high school. Families will have to request the exemption by Jan. 15, and the district will not provide bus service for those students."),
        P("Superintendent Miriam Oakes told the board that without new zones, Cedar Landing High School would reach 131 percent of its capacity within three years."),
        Q("“We have already converted the library annex into classrooms. We are out of space we can convert.”"),
        H("Parents split on bus times"),
        P("Several speakers from Deep Creek said the longer bus rides under Option C would put high school students at bus stops before 6:30 a.m. “My daughter would be waiting in the dark for half the school year,” said Tamika Redd, a mother of three."),
        P("Others backed the plan. “Crowded hallways are not a safety plan either,” said Jerome Falk, whose son attends Cedar Landing."),
        H("Public comment stretches past two hours"),
        P("More than 80 people signed up to speak, each allowed three minutes, and Soto has extended the comment period twice. The overflow room, which holds about 150 people, is full, and a few dozen residents are following the livestream on their phones in the lobby."),
        P("The meeting has been called to order. Soto reminded the crowd that the board will not answer questions during public comment and asked speakers to address the board rather than the audience."),
        H("Welcome"),
        P("Good evening from the School Administration Building on Cedar Road, where the Chesapeake School Board is expected to vote tonight on new attendance zones for 14 schools. We’ll post updates as the meeting goes on."),
    ],
    entities=[
        ("Chesapeake School Board", "ORG"), ("Option C", "MISC"), ("Cedar Landing High School", "ORG"),
        ("Dunmore Ridge High School", "ORG"), ("Pocaty Creek Middle School", "ORG"), ("Reginald Soto", "PER"),
        ("Wanda Pruitt", "PER"), ("Glen Hostetler", "PER"), ("Ayesha Carmody", "PER"), ("Pruitt", "PER"),
        ("Western Branch", "LOC"), ("Hostetler", "PER"), ("Miriam Oakes", "PER"), ("Deep Creek", "LOC"),
        ("Tamika Redd", "PER"), ("Jerome Falk", "PER"), ("Cedar Landing", "ORG"), ("Soto", "PER"),
        ("School Administration Building", "LOC"), ("Cedar Road", "LOC"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "most-read",
               "tag-list", "list-in-body", "subheadings", "live-blog-entries", "kicker", "decoy-date",
               "updated-date", "relative-date", "date-only-in-metadata", "local-time-zone", "json-ld"],
    notes="Live blog: visible times are relative ('5 hrs ago', '14 min ago'), so published and modified come from the <time datetime> attributes (same as meta and JSON-LD); entries are kept in page order (pinned entry first); the 'Key points' box is optional; the attendance plan 'Option C' is typed MISC.",
)

# ---------------------------------------------------------------- tidewater-live-06
add(
    id="tidewater-live-06", site="tidewater-live",
    url="https://www.tidewaterlive.example/things-to-do/festivals/live-bayfront-sail-festival-parade-of-ships-norfolk-9903318/",
    language="en",
    headline="Tall ships glide into Norfolk as the Bayfront Sail Festival opens",
    published="2022-06-18T09:00:00-04:00", modified="2022-06-18T21:48:00-04:00",
    authors=["Simone Ashby"],
    summary="",
    blocks=[
        Block("heading", "Key points", True),
        Block("list_item", "Eleven tall ships from six countries sailed into the harbor in the morning parade", True),
        Block("list_item", "Deck tours run Saturday and Sunday from 10 a.m. to 6 p.m.", True),
        Block("list_item", "Police estimated Saturday’s crowd at about 85,000", True),
        H("Getting there: parking, shuttles and closures"),
        P("Waterside Drive is closed between Boush Street and St. Paul’s Boulevard through Sunday night. The festival runs free shuttles every 15 minutes from the Harbor Park lots; the last shuttle leaves Town Point at 11 p.m."),
        P("Bags larger than 12 by 12 inches are not allowed on the piers, and drones are banned over the harbor for the whole weekend."),
        H("Fireworks wrap up the first day"),
        P("The fireworks show over the Elizabeth River ended a little after 9:50 p.m. Police estimated Saturday’s crowd at about 85,000 people, organizers said, well above the 60,000 they had planned for."),
        P("Festival director Janelle Obiora said the shuttle lines were “longer than we would like” and that two extra buses would run on Sunday."),
        P("Visitors on the Portsmouth side of the river may have had the best view of the evening, as the ships switched on their deck lights at sunset."),
        H("Long lines for deck tours"),
        P("The wait to board the Norwegian ship Solveig Brekke was close to two hours this afternoon. The three-masted ship, built in 1927, is the oldest vessel in this year’s fleet, and its crew of 38 includes 14 cadets."),
        P("Festival staff have reunited 14 lost children with their families so far today, Obiora said. The family reunion tent is at the foot of the pedestrian bridge on Waterside Drive, next to the first-aid station."),
        H("Up in the rigging"),
        P("The crew of the Mexican ship Estrella del Golfo climbed into the rigging as it passed the crowds, a salute sailors call manning the yards."),
        H("A sailor’s homecoming"),
        P("For deckhand Tomás Vilches, 24, the stop in Norfolk is a return. He lived in Virginia Beach until he was 10, when his family moved back to Chile. “My grandmother is coming tomorrow to see the ship,” he said. “She still lives in Kempsville.”"),
        H("Parade of ships under way"),
        P("The first ship, the Dutch schooner Wilhelmina Ter Horst, passed the Downtown Tunnel just after 10:30 a.m., followed at five-minute intervals by the rest of the fleet. Thousands of spectators lined the seawall at Town Point Park."),
        H("Welcome"),
        P("Good morning from downtown Norfolk, where 11 tall ships are lining up at the mouth of the harbor for the opening parade of the Bayfront Sail Festival. We’ll post photos, schedules and traffic updates all day."),
    ],
    entities=[
        ("Norfolk", "LOC"), ("Bayfront Sail Festival", "MISC"), ("Waterside Drive", "LOC"), ("Boush Street", "LOC"),
        ("St. Paul’s Boulevard", "LOC"), ("Harbor Park", "LOC"), ("Town Point", "LOC"), ("Elizabeth River", "LOC"),
        ("Janelle Obiora", "PER"), ("Portsmouth", "LOC"), ("Norwegian", "MISC"), ("Solveig Brekke", "MISC"),
        ("Obiora", "PER"), ("Mexican", "MISC"), ("Estrella del Golfo", "MISC"), ("Tomás Vilches", "PER"),
        ("Virginia Beach", "LOC"), ("Chile", "LOC"), ("Kempsville", "LOC"), ("Dutch", "MISC"),
        ("Wilhelmina Ter Horst", "MISC"), ("Downtown Tunnel", "LOC"), ("Town Point Park", "LOC"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "share-bar", "related-list", "ad-slots", "most-read",
               "tag-list", "embedded-post", "list-in-body", "subheadings", "live-blog-entries",
               "title-differs-from-headline", "kicker", "decoy-date", "updated-date", "relative-date",
               "date-only-in-metadata", "local-time-zone", "json-ld"],
    notes="Live blog: visible times are relative, so published and modified come from the <time datetime> attributes (same as meta); the two embedded Pictory posts (caption and 'A post shared by' lines) are left out; ship names are typed MISC as vehicles; the 'Key points' box is optional.",
)

# ---------------------------------------------------------------- wireline-pr-02
add(
    id="wireline-pr-02", site="wireline-pr",
    url="https://www.wirelinepr.example/releases/2016/08/09/brightfield-pet-co-voluntarily-recalls-two-lots-of-salmon-jerky-dog-treats/",
    language="en",
    headline="Brightfield Pet Co. Voluntarily Recalls Two Lots of Salmon Jerky Dog Treats Because of Possible Salmonella Health Risk",
    published="2016-08-09T18:20-04:00", modified=None,
    authors=["Brightfield Pet Co."],
    summary="",
    blocks=[
        P("DES MOINES, Iowa, Aug. 9, 2016 /Wireline PR/ -- Brightfield Pet Co. is voluntarily recalling two production lots of its Wild Run Salmon Jerky dog treats because they have the potential to be contaminated with Salmonella, the company announced today."),
        P("The recall was started after routine testing by the company's own quality laboratory found Salmonella in a retained sample from one of the lots. No illnesses in pets or people have been reported to date."),
        P("The recalled treats were sold in 6-ounce resealable pouches at pet specialty stores and online in 14 states between June 20 and August 5, 2016. They can be identified by the following lot codes and best-by dates printed on the back of the pouch:"),
        LI("Lot 16171-SJ, best by 06/19/2017, UPC 8 52014 00317 4"),
        LI("Lot 16178-SJ, best by 06/26/2017, UPC 8 52014 00317 4"),
        P("Pets with Salmonella infections may be lethargic and have diarrhea, fever and vomiting. Some pets will have only a decreased appetite. Infected but otherwise healthy pets can carry the bacteria and infect other animals or humans. Pet owners who think their animal has eaten the recalled product should contact their veterinarian."),
        P("People handling contaminated pet treats can also become infected, particularly if they do not wash their hands thoroughly after touching the treats or any surfaces exposed to them."),
        P("Consumers who bought the affected lots should stop feeding them, throw them away in a sealed bag and bring the pouch or receipt to the place of purchase for a full refund. No other Brightfield products are affected."),
        P("“The safety of the pets who eat our treats and the families who feed them comes before anything else,” said Janelle Voss, Brightfield's vice president of quality. “We have stopped production on the line involved while we and an outside food-safety firm find out how this happened.”"),
        P("Consumers with questions may call the company's customer care line at 1-800-555-0142, Monday through Friday, 8 a.m. to 6 p.m. Central Time."),
        H("About Brightfield Pet Co."),
        P("Brightfield Pet Co. is a family-owned maker of dog and cat treats founded in 1987 and based in Des Moines, Iowa. Its products are sold in more than 3,000 pet specialty stores across the United States."),
    ],
    entities=[
        ("Brightfield Pet Co.", "ORG"), ("DES MOINES", "LOC"), ("Iowa", "LOC"), ("Wireline PR", "ORG"),
        ("Wild Run Salmon Jerky", "MISC"), ("Brightfield", "ORG"), ("Janelle Voss", "PER"), ("Des Moines", "LOC"),
        ("United States", "LOC"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "most-read", "tag-list", "list-in-body", "subheadings", "dateline", "decoy-date", "date-in-url",
               "localized-date", "local-time-zone", "no-metadata"],
    notes="The page has no canonical link or og:url, so the URL is the release URL used by its share and print links; 'Aug 09, 2016, 18:20 ET' is written with the US Eastern summer offset -04:00; the issuer credit 'News provided by Brightfield Pet Co.' is taken as the byline; the issuer's 'About' section is kept as body while the '###' end mark, media contact and SOURCE line are left out; Salmonella (a bacterium) is not annotated.",
)

# ---------------------------------------------------------------- wireline-pr-06
add(
    id="wireline-pr-06", site="wireline-pr",
    url="https://www.wirelinepr.example/news-releases/ashgrove-textile-works-opens-detroit-studio-and-paid-apprenticeship-302668019.html",
    language="en",
    headline="Ashgrove Textile Works Opens Detroit Studio and Paid Apprenticeship for 24 Weavers",
    published="2026-01-20T11:30:00-05:00", modified=None,
    authors=["Ashgrove Textile Works"],
    summary="",
    blocks=[
        P("DETROIT /Wireline PR/ -- Ashgrove Textile Works, a maker of woven upholstery and wall fabrics, today opened a 38,000-square-foot studio and mill in Detroit's Milwaukee Junction district, together with a paid two-year apprenticeship program that will train 24 weavers in its first year."),
        P("The studio occupies a restored 1920s auto-parts warehouse and houses 16 jacquard looms, a dye house and a design library that will be open to students from local art schools by appointment."),
        CAP("Jacquard looms on the main floor of the Ashgrove Textile Works studio in Detroit."),
        P("Apprentices will be paid $21 an hour from their first day and will learn loom operation, mechanical repair and pattern design. Applications for the first group closed in December with more than 900 candidates, the company said."),
        P("“There are maybe a few hundred people in this country who can keep an industrial jacquard loom running, and most of them are close to retirement,” said Ruth Amsel, Ashgrove's founder and creative director. “If we don't train the next generation ourselves, nobody will.”"),
        P("The Detroit studio is the company's second production site after its original mill in Asheville, North Carolina, which will continue to produce Ashgrove's contract fabrics for hotels and offices. The new site will focus on residential collections and small-batch commissions."),
        P("The project was supported by a $2.4 million loan from the Great Lakes Makers Fund and a training grant from the city's workforce development office."),
        P("“We wanted a building with history and a neighborhood full of people who know how to make things,” Amsel said. “Detroit had both.”"),
        H("About Ashgrove Textile Works"),
        P("Founded in 2011, Ashgrove Textile Works designs and weaves upholstery, drapery and wall fabrics in the United States. Its fabrics are sold through design showrooms in 14 countries."),
    ],
    entities=[
        ("Ashgrove Textile Works", "ORG"), ("Detroit", "LOC"), ("DETROIT", "LOC"), ("Wireline PR", "ORG"),
        ("Milwaukee Junction", "LOC"), ("Ruth Amsel", "PER"), ("Ashgrove", "ORG"), ("Asheville", "LOC"),
        ("North Carolina", "LOC"), ("Great Lakes Makers Fund", "ORG"), ("Amsel", "PER"), ("United States", "LOC"),
    ],
    phenomena=["nav-menu", "footer-links", "cookie-banner", "newsletter-box", "share-bar", "related-list",
               "most-read", "tag-list", "photo-caption", "subheadings", "dateline", "decoy-date",
               "date-only-in-metadata", "no-visible-date", "local-time-zone", "json-ld"],
    notes="No publication date is visible (the dateline has none and the meta line shows no date); published is JSON-LD datePublished, which article:published_time confirms; the issuer credit 'News provided by Ashgrove Textile Works' is taken as the byline; the issuer's 'About' section is kept as body while the '###' end mark, media contact and SOURCE line are left out.",
)


if __name__ == "__main__":
    failed = []
    for art in ARTICLES:
        try:
            print(emit_second(art))
        except Exception as e:  # keep partial work usable
            failed.append(art.id)
            print(f"FAILED {art.id}: {e}", file=sys.stderr)
    if failed:
        sys.exit(1)
