"""Blind evaluation block 60 for the personal-data scrubber (Swedish-speaking Helsinki).

Written by helper "outsider 60" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and did not
run any evaluation. The texts come only from the brief and my own knowledge of how people write.

Focus: "Swedish-speaking Helsinki" - Open311 feedback, Kerrokantasi comments, OmaStadi proposals and Varaamo
booking notes written entirely in Swedish with Finland-Swedish usage ("Hej!", "Mvh", "Med vänlig hälsning",
"Hälsningar", "t.", "Tack på förhand"), by residents with Finland-Swedish names (Gunnel, Stig, Bo, Dag, Rut,
Ulla-Britt, Carl-Johan, Kaj, Tor, Solveig, Ebba; Lindholm, Sjöberg, af Forselles, Nyström, Grönroos, Ekman,
Holm, Björk, Lind, Strand, Berg, Dahl) naming neighbours, children and staff; names in genitive ("Stigs bil",
"Gunnels dotter"), names that are also Swedish words (Dag, Bo, Björn, Ros, Sol, Vide, Ek, Berg, Strand, Holm,
Stig, Kaj), lower-case names in quick notes; Swedish street names with house numbers, staircases and flats
("Sandviksgatan 4 B 12", "Drumsövägen 3 lgh 5", "Norra Kajen 12 bst 3"), Finnish phone numbers, licence
plates after "bil", "reg.nr", "registreringsnummer", personal identity codes ("personbeteckning"), IBANs
("kontonummer", "IBAN") and e-mail addresses. About a third are hard negatives: Swedish sentences where the
name-words are ordinary words ("en bra dag", "bo i Helsingfors", "björn i djurparken", "ek och björk",
"stigen", "kajen"), streets without numbers, Swedish place names, famous people (Tove Jansson, Bo Carpelan,
Kaj Franck, Dag Hammarskjöld), brands, pets, case numbers, bus lines, prices and opening hours.

Seed: 6060 (random.Random(SEED) drives the small generators at the end; everything else is fixed text).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (any case; English
possessive 's, Swedish genitive -s and Finnish case endings inside the span; titles and role words outside),
E e-mail, T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate,
IP IP address, A street address with a house number (street + number + staircase + flat; postal code and
city outside). Streets without a number, famous people, places, parks, schools, brands and pets are not
marked.
"""

import random

SEED = 6060

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(rng):
    year = rng.randint(1935, 2012)
    sign = "-" if year < 2000 else "A"
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    ddmmyy = "%02d%02d%02d" % (day, month, year % 100)
    nnn = "%03d" % rng.randint(2, 899)
    return ddmmyy + sign + nnn + _HETU_CHARS[int(ddmmyy + nnn) % 31]


def _iban(rng, spaced=True):
    bban = rng.choice("14578") + "".join(str(rng.randint(0, 9)) for _ in range(13))
    digits = "".join(str(int(c, 36)) for c in bban + "FI00")
    check = 98 - int(digits) % 97
    raw = "FI%02d%s" % (check, bban)
    if spaced:
        return " ".join(raw[k:k + 4] for k in range(0, len(raw), 4))
    return raw


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046"])
    a = "%03d" % rng.randint(100, 999)
    b = "%04d" % rng.randint(0, 9999)
    style = rng.randint(0, 5)
    if style == 0:
        return "%s %s %s" % (pre, a, b)
    if style == 1:
        return "%s%s%s" % (pre, a, b)
    if style == 2:
        return "%s-%s %s" % (pre, a, b)
    if style == 3:
        return "+358 %s %s %s" % (pre[1:], a, b)
    if style == 4:
        return "+358%s%s%s" % (pre[1:], a, b)
    return "%s %s%s" % (pre, a, b)


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    n = rng.choice([2, 3, 3, 3])
    return "".join(rng.choice(letters) for _ in range(n)) + "-" + str(rng.randint(1, 999))


def _mailpart(s):
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "", "Å": "a", "Ä": "a", "Ö": "o"})
    return s.lower().translate(table)


# ---------------------------------------------------------------------------
# Hand-written records: Open311 feedback (Palautteet / Respons till staden)
# ---------------------------------------------------------------------------
_OPEN311 = [
    "Hej! Gatlampan utanför [[A:Sandviksgatan 4 B 12]] har varit släckt sedan förra veckan. Det är kolsvart när "
    "barnen går till skolan på morgonen. Mvh [[P:Gunnel Lindholm]], [[T:040 718 2293]]",

    "Hej, grannens bil [[R:KTF-318]] har stått på gästplatsen vid [[A:Drumsövägen 3]] i över tre veckor utan att "
    "flyttas. [[P:Stig Sjöberg]] i trappa A har också försökt nå ägaren. Kan ni flytta den? Tack på förhand!",

    "Snöplogen har igen skrapat bort halva staketet vid vårt hus på [[A:Brändövägen 14]]. Tredje vintern i rad. "
    "Bifogar bilder.\n\nHälsningar\n[[P:Bo Ekman]]\n[[E:bo.ekman@kolumbus.fi]]",

    "Hej! Jag vill bara tacka parkarbetarna i Brunnsparken, speciellt [[P:Jonna]] som hjälpte min mamma upp när "
    "hon halkade på isen vid Ehrensvärdsvägen förra tisdagen. Sånt värmer. Med vänlig hälsning, [[P:Ulla-Britt Berg]]",

    "Hundbajs överallt på gräsmattan mellan [[A:Munksnäs allé 8]] och busshållplatsen. Det behövs en soptunna "
    "för hundpåsar där. t. [[P:Kaj]]",

    "Hej, jag betalade två gånger för invånartillståndet (zon H) i oktober. Vänligen återbetala till mitt "
    "kontonummer [[I:FI28 1008 0636 0837 78]]. Personbeteckning [[H:030551-584Y]] om ni behöver den.\n"
    "Tack på förhand!\n[[P:Solveig Grönroos]]\n[[A:Topeliusgatan 17 A 9]], 00250 Helsingfors",

    "hej. det luktar avlopp i trapphuset och på gården vid [[A:Fleminggatan 21]]. disponenten [[P:Henrik Nyström]] "
    "säger att det är stadens rör. vem ska man ringa?? [[P:Rut Dahl]] [[T:050 442 1907]]",

    "---------- Vidarebefordrat meddelande ----------\nFrån: [[P:Carl-Johan af Forselles]] "
    "<[[E:cj.afforselles@gmail.com]]>\nÄmne: Trädet på gården\n\nHej [[P:Ebba]], kan du skicka det här vidare "
    "till staden? Den stora björken vid [[A:Högbergsgatan 30 C 41]] lutar farligt mot balkongerna efter stormen.\n\n"
    "Mvh [[P:CJ]]",

    "Mycket glas och engångsgrillar på Drumsö badstrand efter helgen. Min son [[P:Vide]] skar sig i foten på en "
    "flaska. Han klarar sig men snälla, städa oftare under sommaren. [[P:Sara Holm]]",

    "Grannens hund (Björn, en stor schäfer) springer lös på gården vid [[A:Åggelbyvägen 55]] och har skrämt flera "
    "barn. Ägaren [[P:Lasse Strand]] bryr sig inte om vad vi säger. Vad kan staden göra?",

    "Bil med reg.nr [[R:GXO-714]] parkerar varje natt på cykelbanan framför [[A:Tölögatan 40]]. Jag har bilder med "
    "tidsstämpel om ni behöver. Hälsningar [[P:Birgitta Sjöberg]]",

    "Hej hej! Min granne [[P:Ulla]] (hon bor i [[A:Mariegatan 9 B 22]]) har inte kommit ut på en vecka eftersom "
    "rampen vid ytterdörren är söndrig och hon har rullator. Hon har ingen mobil själv, så ring mig på "
    "[[T:045 127 8830]]. /[[P:Marianne Ekholm]]",

    "gatlyktan blinkar hela natten. sa till [[P:stig]] på tredje våningen att han också ska anmäla. "
    "[[A:kaptensgatan 6]]",

    "Vår dotter [[P:Ebba]] och hennes kompis [[P:Ella]] blev nästan påkörda vid övergångsstället på Fredriksgatan i "
    "morse. En vit skåpbil, registreringsnummer [[R:ZNB-208]], körde mot rött. Snälla sätt upp en kamera eller "
    "farthinder.\n[[P:Johan]] och [[P:Maria Lind]]",

    "Byggarbetet på [[A:Broholmsgatan 7]] börjar kl 6.15 varje morgon, även på lördagar. Är det verkligen "
    "tillåtet? Jag bor mittemot i [[A:Broholmsgatan 10 A 3]].\n[[P:Gustav Blomqvist]], "
    "[[E:gustav.blomqvist@outlook.com]]",

    "Tack för snabb åtgärd med groparna på Degerövägen! Nu slipper vi åka slalom till jobbet. //[[P:Bo]] & "
    "[[P:Gunnel]]",

    "Ett stort tack till chauffören på linje 65 i går kväll kl. 22.40 som väntade på mig och min rullstol. Han "
    "hette [[P:Mikko]] enligt namnskylten. Ge honom en guldstjärna! [[P:Dagny Holmström]]",

    "Jag har redan anmält detta två gånger (ärende 2025-04412 och 2025-05178). Lönnen vid [[A:Sturegatan 4]] "
    "tappar grenar på parkerade bilar, senast på min [[R:BRK-62]]. Vem ersätter skadan? Mitt IBAN: "
    "[[I:FI02 4533 7406 8124 15]]\n[[P:Tom Wikström]]",

    "Hej. Jag heter [[P:Stig-Olof Nyberg]] och bor på [[A:Norra Kajen 12 bst 3]]. Måsarna har byggt bo på taket "
    "mittemot och skriker hela natten från maj till augusti. Kan man göra något åt det? Ring gärna "
    "[[T:09 622 1894]] på kvällarna.",

    "Cykelstället vid järnvägsstationen är fullt av övergivna cyklar. En av dem har en namnlapp: "
    "\"[[P:Kaj Grönroos]] [[T:041 339 2018]]\" - kanske den är stulen och borde returneras?",

    "Min mormor [[P:Rut]] bor på servicehuset på [[A:Kristinegatan 11]] och maten kommer alltid kall. Hon vågar "
    "inte klaga själv. [[P:Camilla Sundström]], barnbarn",

    "Hej!\n[[P:Gunnels]] dotter tipsade mig om den här sidan. Gatstenarna framför vår port på [[A:Annegatan 26]] "
    "har lossnat och min man [[P:Stig]] snubblade i går. Mvh [[P:Ingrid Forsman]]",

    "[[P:Stigs]] bil står fortfarande kvar på gården trots att han flyttade i juni! Reg.nr [[R:OLP-491]]. "
    "Gården vid [[A:Helsingegatan 15]] är ingen parkeringsplats.",

    "Trafikljuset vid korsningen Runebergsgatan/Arkadiagatan är för kort för fotgängare. Min pappa [[P:Dag]] hinner "
    "inte över med sin käpp. Hälsningar [[P:Annika Dahlström]], [[T:+358 40 551 2093]]",

    "Till parkeringsövervakningen: Jag fick böter trots att p-skivan låg i rutan. Bil [[R:FJA-237]], "
    "kontrollavgift nr 7781903. Bifogar foto. Återbetalning till [[I:FI86 8834 4978 6907 36]]. [[P:Kristoffer Ek]]",

    "sopkärlen vid [[A:vallgårdsvägen 11]] har inte tömts på två veckor och råttorna har hittat dit. "
    "/[[P:ronja]]",

    "Hej, det är [[P:Tor Lindqvist]] här igen. Samma problem som förra året: vattnet samlas i en stor pöl vid "
    "busshållplatsen på [[A:Hoplaxvägen 22]] och bussarna kör förbi och stänker ner oss. Mvh [[P:Tor]]",

    "Skicka svaret till min dotter [[P:Eva Sjöholm]] ([[E:eva.sjoholm@hotmail.com]]), jag läser inte e-post så "
    "ofta. /[[P:Harald Sjöholm]], [[A:Brahegatan 3 A 14]]",

    "Någon har dumpat en soffa och två madrasser vid återvinningspunkten bakom [[A:Backasgatan 48]]. Jag såg en "
    "blå paketbil med reg.nr [[R:XTG-805]] köra därifrån kl 23 i går. [[P:Jesper]]",

    "Hälsningar från en nöjd pensionär: tack för de nya bänkarna längs Tölöviken! Jag och min väninna "
    "[[P:Solveig]] sitter där varje dag. [[P:Ulla-Britt Nyström]]",

    "Hej,\n\nVi har ett barn i rullstol ([[P:Vilho]], 9 år) och hissen vid metrostationen i Hertonäs har varit "
    "ur funktion i en månad. Det gör hans skolväg omöjlig.\n\nMed vänlig hälsning\n[[P:Petra]] och "
    "[[P:Mats Grönholm]]\n[[A:Skidlöparvägen 5 C 31]]\n[[T:044 905 3318]]",

    "Varför har ingen sandat trappan vid [[A:Mechelingatan 38]]? Min granne fru [[P:Åkerblom]] föll och bröt "
    "handleden. Det här är inte första gången. [[P:Björn Lindberg]]",

    "Hej! Lekparken vid Tölöviken är jättefin men sandlådan är full av glas. Min son [[P:Sol]] (3 år) hittade "
    "en flasktopp. Mvh [[P:Hanna]]",

    "Anmälan gäller oväsen från restaurangen i gatuplanet på [[A:Lotsgatan 2]]. Musik till kl 03 varje helg. "
    "Kontakta mig: [[P:E. Strandberg]], [[E:e.strandberg@welho.com]]",

    "Hej Helsingfors stad. Jag loggade in i Kerrokantasi men mina kommentarer försvinner. Supporten bad mig "
    "skicka min IP-adress: [[IP:85.76.112.43]]. Hoppas det hjälper. [[P:Ragnar Åström]]",

    "Bussen 18 stannar inte vid hållplatsen på Eriksgatan när det är snö, chauffören säger att han inte ser "
    "skylten. Det var samma sak i fjol. mvh [[P:Ebba Wahlroos]]",

    "Jag bor på [[A:Albertsgatan 12 B 7]] och sedan ni tog bort P-platserna måste min mamma, som är 87, gå 400 m "
    "från taxin. Hennes personbeteckning är [[H:120347-139S]] om ni behöver den för ett handikapptillstånd. "
    "[[P:Gun Lindblom]]",
]

# ---------------------------------------------------------------------------
# Kerrokantasi hearing comments (Säg ditt)
# ---------------------------------------------------------------------------
_KERROKANTASI = [
    "Jag håller med [[P:Stig]] ovan. Det nya höghuset vid Drumsö strand förstör hela siluetten och ingen har "
    "frågat oss som bor här. – [[P:Margareta Ahlström]]",

    "Svar till [[P:Gunnel L.]]: Nej, spårvagnen behövs verkligen. Jag kör med barnvagn varje dag från "
    "[[A:Drumsövägen 21]] och bussen är alltid proppfull.",

    "@[[P:ulla-britt]] du har rätt om parkeringen, men vi kan inte bygga hela stan för bilar. mvh [[P:Erik]]",

    "Som ordförande för Brändö villaägarförening vill jag påpeka att planen helt saknar trafikanalys för "
    "Brändövägen. [[P:Carl-Johan af Forselles]], ordf.",

    "Jag bor på [[A:Hoplaxvägen 19 B]] och ser redan nu hur trafiken på Hoplaxvägen har ökat. Ingen mer "
    "genomfartstrafik, tack.",

    "Mina barn [[P:Alva]] och [[P:Sol]] går i Nordsjö lågstadieskola och de måste korsa Nordsjövägen varje "
    "morgon. Planen gör korsningen ännu bredare. Det är fel håll.",

    "Bo i Helsingfors har alltid varit dyrt, men med de här hyrorna blir det omöjligt för oss pensionärer. "
    "Jag har bott i Berghäll i 40 år.\n\n[[P:Bo Lindqvist]]",

    "> [[P:Dag Sjöberg]] skrev:\n> Varför ska filialbiblioteket flytta?\n\nFör att lokalerna är i dåligt skick, "
    "[[P:Dag]]! Läs bilaga 3 i planen innan du kommenterar.",

    "Hej alla. Jag skriver för min granne [[P:Ros-Marie Ekström]] som inte har dator. Hon är emot att "
    "parkeringsplatserna på gården tas bort eftersom hennes son [[P:Kim]] kör henne till sjukhuset varje vecka.",

    "Tack [[P:Solveig]] för en klok kommentar. Jag vill bara tillägga att grönområdet vid [[A:Ehrensvärdsvägen 8]] "
    "används av hela Eira, inte bara av oss som bor nära. /[[P:Nils-Erik Holm]]",

    "Kommentar från styrelsen för Bostads Ab Drumsö Strand: vi motsätter oss höjningen från sex till tolv "
    "våningar. Kontaktperson [[P:Birgitta Strand]], [[T:050 318 4471]].",

    "Det här är fjärde gången jag svarar på en enkät om samma park. [[P:Anders]] från stadsplaneringen lovade på "
    "invånarmötet i mars att vi skulle få se ritningarna först. Vad hände?",

    "Jag stöder förslaget. Min man [[P:Björn]] och jag cyklar till jobbet året om och den nya cykelbanan på "
    "Tavastvägen är guld värd. Hälsningar [[P:Lena]]",

    "Instämmer med [[P:Kajs]] kommentar ovan om bullret. Vi på [[A:Degerövägen 40 A]] hör redan motorvägen "
    "genom stängda fönster.",

    "Jag, [[P:Rolf Sjöblom]], bor i [[A:Sörnäs strandväg 25 lgh 60]] och vill bara säga att båtbryggan inte får "
    "försvinna. Den är en del av stadsdelens historia.",

    "Svar till [[P:Tor]]: jo, det finns redan ett dagis i kvarteret men det har två års kö. Min dotter "
    "[[P:Vide]] fick plats först när hon var tre.",

    "Som lärare på Drumsö lågstadieskola vill jag säga att skolgården är för liten redan idag. Rektor "
    "[[P:Lindell]] har lyft frågan flera gånger. [[P:Karin Björkqvist]]",

    "hej, jag är [[P:stigge]] från tredje huset på vänster sida. håller med alla ovan. mer ljus på "
    "gångvägen!!",

    "Skriver för hela familjen: [[P:Bo]], [[P:Gunnel]], [[P:Ebba]] och [[P:Vide Ekman]]. Vi vill ha kvar "
    "skogsdungen bakom [[A:Kallviksvägen 14]]. Ekarna där är över hundra år gamla.",

    "Hälsningar [[P:Sol Lindroos]], boende vid Hagnäskajen. Planen är bra, men tänk på tillgängligheten.",

    "Min kommentar gäller punkt 4.2. Jag bor på [[A:Fjällgatan 7 B 19]] och min bil [[R:HUE-73]] får redan nu inte "
    "plats på gatan på kvällarna. Var ska vi boende parkera? [[P:Christer Lönnqvist]]",

    "Tack till [[P:Tuula Nieminen]] på stadsmiljösektorn som svarade på mina frågor per telefon. Jag förstår "
    "planen mycket bättre nu. [[P:Ulf Grönroos]]",

    "Jag instämmer med [[P:Ebbas]] och [[P:Stigs]] kommentarer. Det finns ingen anledning att fälla björkarna.",

    "På invånarmötet sa arkitekten [[P:Henrik Sundqvist]] att höjden inte är bestämd ännu. Nu står det sex "
    "våningar i planen. Vem ska man tro på? /[[P:Berit]]",
]

# ---------------------------------------------------------------------------
# OmaStadi proposals and comments
# ---------------------------------------------------------------------------
_OMASTADI = [
    "Förslag: Ett utegym vid Kallviksudden.\nBeskrivning: Det finns inget utegym i hela Nordsjö södra delar.\n"
    "Förslagsställare: [[P:Ebba Nyström]] och [[P:Tor Nyström]]\nKontakt: [[E:ebba.nystrom@gmail.com]]",

    "Kommentar: Bra idé! Min pappa [[P:Sten]] skulle älska det, han går där varje dag med sin hund Sol.",

    "Jag och [[P:Kajsa]] från föräldraföreningen på Arabiastrandens daghem har pratat med personalen, de stöder "
    "förslaget helhjärtat. /[[P:Lotta Holm]], förälder",

    "Förslaget är skrivet tillsammans med elevkåren på Gymnasiet Lärkan. Kontaktperson: [[P:Vide Lindroos]], "
    "[[T:044 781 3302]], [[E:vide.lindroos@edu.hel.fi]]",

    "Röstade på detta! Hälsningar från [[A:Vallgårdsvägen 11 A 5]] 😊",

    "Förslag: Fruktträd och bärbuskar i Berghälls kyrkopark.\nVi är en grupp grannar som gärna sköter om dem. "
    "Ansvarig: [[P:Ulla-Britt Sjöberg]], [[T:040-662 1738]]",

    "Jag lämnar in detta förslag å min mammas vägnar, [[P:Gunnel Dahl]], 81 år, som inte kan använda datorn. "
    "Hon önskar en bänk vid busshållplatsen utanför [[A:Borgbackavägen 9]]. Mvh [[P:Anna Dahl-Virtanen]]",

    "Kommentar till [[P:Stig Berg]]: en bastu fanns där redan på 1950-talet, min farfar [[P:Holger]] badade där "
    "varje lördag. Så förslaget är inget nytt, men bra ändå!",

    "Förslag: Simskola för nyanlända kvinnor. Vi har redan testat det med [[P:Fatima]] och [[P:Leila]] från "
    "grannskapet och det fungerade superbra. Kontaktperson [[P:Maj-Lis Ekman]], [[E:majlis.ekman@gmail.com]]",

    "hej! vi är tre kompisar ([[P:vide]], [[P:bo]] och [[P:alvar]], 13 år) och vill ha en skejtramp vid "
    "Myrbacka. hälsn. vide",

    "Som ledare för scoutkåren Drumsö Sjöscouter stöder jag förslaget om kajakförvaring. Vi har 40 barn som "
    "behöver det. [[P:Johanna Strand]], kårchef, [[T:050 227 9104]]",

    "Kommentar: Jag har bott på [[A:Gårdsbackavägen 4 E 55]] i 30 år och aldrig sett staden satsa så här på "
    "vårt område. Bravo! [[P:Dagmar]]",

    "Förslag: Blomsterängar i stället för gräsmattor vid Östra centrum. Förslagsställare: "
    "[[P:Sol Björk]] (trädgårdsmästare)",

    "Uppdatering från förslagsställaren: stadens expert [[P:Laura Heikkinen]] har bedömt att kostnaden blir "
    "ca 45 000 €. Vi har sänkt ambitionsnivån. /[[P:Kaj Holm]]",

    "Förslaget om hundpark: min granne [[P:Stig]] och hans labrador är där varje morgon kl 6, så den används "
    "verkligen. [[P:Marita]]",

    "jag stöder förslaget. min dotter [[P:ebba]] lärde sig simma i just den här bassängen. /[[P:Petter N.]]",
]

# ---------------------------------------------------------------------------
# Varaamo booking notes
# ---------------------------------------------------------------------------
_VARAAMO = [
    "Nyckeln hämtas av [[P:Gunnel Sjöberg]] torsdag kl 16. Tel [[T:040 331 7820]].",

    "Bokar för Drumsö Marthaförening, kontakt [[P:Ulla-Britt Dahl]], [[E:ulla-britt.dahl@welho.com]]. Vi är "
    "ca 15 personer och behöver kaffekokaren.",

    "Faktura till: [[P:Kaj Lindholm]], [[A:Borgågatan 6 A 18]], 00510 Helsingfors. Personbeteckning "
    "[[H:190473-1228]].",

    "barnkalas för [[P:sol]] 6 år, ca 12 barn. mamma [[P:hanna]] hämtar nyckel",

    "Ansvarig för körövningen: [[P:Stig Björk]]. Vi flyttar pianot tillbaka efteråt, lovar!",

    "Bokningen görs av [[P:Carl-Johan]] men nyckeln hämtas av hans fru [[P:Ebba af Forselles]], "
    "[[T:+358 50 339 2841]].",

    "Vi kommer med bil [[R:CKM-557]] och behöver lasta in teaterkulisser från baksidan. [[P:Dag Ekström]], "
    "[[T:044 552 1690]]",

    "Hej! Kan [[P:Rut]] hämta nyckeln istället för mig? Hon har min bokningsbekräftelse. Mvh [[P:Gun-Britt Holm]]",

    "Kontaktperson på plats: [[P:Tor Sjöberg]] ([[T:041 887 2205]]). Faktureringsadress: Pensionärsföreningen "
    "Tölö rf, c/o [[P:Sjöberg]], [[A:Mechelingatan 29 C 47]], 00260 Helsingfors",

    "Bokning för bröllopsfest: [[P:Ebba Grönroos]] & [[P:Oskar Lind]]. Cateringfirman kommer kl 14. "
    "Kontakt [[E:ebba.oskar2026@gmail.com]]",

    "betalare: [[P:bo nyström]], iban [[I:FI1241706690743915]]",

    "Rummet bokas för handarbetsklubben. Nyckel till [[P:Solveig]], hon bor granne med lokalen på "
    "[[A:Kyrkogatan 12 A 3]].",

    "Obs! Jag har rörelsehinder, parkerar vid entrén med bil [[R:YVE-19]] och invalidtillstånd. "
    "[[P:Margit Strand]]",

    "Fakturan till föreningens konto, men ersättning för kaffe till mitt kontonummer [[I:FI51 1889 9579 0328 92]]. "
    "/[[P:Åsa Berg]], kassör",

    "Kalaset är för min son [[P:Björn]] som fyller 10. Det kommer ca 15 barn + föräldrar. [[P:Mikaela Ekman]] "
    "[[T:0452231870]]",

    "nyckeln lämnas till [[P:kaj]] i kiosken, han vet om det",

    "Hej, jag bokade av misstag två gånger (ID 88123 och 88124). Kan ni ta bort den ena? "
    "[[P:Rebecka Nyström]], [[E:rebecka.nystrom@abo.fi]]",

    "Bokningen gäller läxhjälp för nyanlända. Volontärer: [[P:Stig]], [[P:Ulla]], [[P:Amir]] och [[P:Ebba]]. "
    "Samordnare [[P:Kerstin Wallin]] [[T:050 773 2918]]",
]

# ---------------------------------------------------------------------------
# More hand-written positives: name-words, genitives, lower case, ids
# ---------------------------------------------------------------------------
_TRICKY = [
    "En bra dag blev dålig när [[P:Dag]] från grannhuset backade in i min cykel med sin bil [[R:PMK-302]]. Han "
    "lovade ersätta men nu svarar han inte. Mvh [[P:Hedvig]]",

    "Trädgårdsgruppen på [[A:Parkgatan 9]] vill plantera ek och björk på innergården. Får man det om gården gränsar "
    "till en park? Kontakt [[P:Tove Ek]], [[T:040 118 3397]]",

    "Jag pratar inte om björnen på Högholmen utan om [[P:Björn Holm]] i trappa B, som lagar bilar på gården varje "
    "helg. Oljan rinner ner i dagvattenbrunnen.",

    "Vi bor på [[A:Drumsövägen 3 lgh 5]] och hyresvärdens representant [[P:Strand]] svarar inte på våra mejl om "
    "fukten. Kan staden kontrollera? [[P:Leo]] och [[P:Nora Berg]]",

    "[[P:Stig]] tog stigen genom skogen i morse och hittade en hög dumpade bildäck bakom [[A:Malminkaari 5]]. "
    "Han har bilder. Hälsningar [[P:Gunnel]]",

    "Ros till [[P:Ros]] på Tölö bibliotek som hjälpte mig med nätbanken! Ris till datorerna som alltid hänger sig.",

    "Kajen är full av felparkerade bilar varje fredag kväll. [[P:Kaj]] från båtklubben ([[T:050 912 4418]]) vet "
    "mer och kan visa bilder.",

    "Det är inte varje dag man får beröm, så jag skriver: tack [[P:Dag]], [[P:Sol]] och [[P:Vide]] på Nordsjö "
    "ungdomsgård för ett supersommarläger! /[[P:Elsas]] mamma",

    "Strandstädning i Sandudd lördag 10.5 kl. 10. Anmälan till [[P:Helena Strand]], "
    "[[E:helena.strand@gmail.com]]. Vi bjuder på kaffe och bulla!",

    "Vi vill boka lokalen på Blekholmen för en sommarfest. Ansvarig [[P:Johan Holm]] ([[T:040 225 6173]]), "
    "faktura till [[A:Sjömansgatan 8 A 4]], 00150 Helsingfors.",

    "Hyresavtal för odlingslott nr 17: [[P:Stig Lindholm]], personbeteckning [[H:140258-781T]], "
    "[[A:Unionsgatan 45 B 16]]. Hyran 35 €/säsong betalas i maj.",

    "Ansökan om plats i simskolan för [[P:Ebba Nyström]] ([[H:050610A4859]]). Vårdnadshavare [[P:Linda Nyström]], "
    "[[T:044 613 0082]].",

    "Klagomål om dagvården: min dotter [[P:Alva]] (personbeteckning [[H:280714A066E]]) har fått fel mat tre gånger "
    "trots att allergin står i papperen. Föreståndaren [[P:Pia]] lovade åtgärda. [[P:Jonas Grönqvist]]",

    "Kan ni betala tillbaka depositionen på 50 € till IBAN [[I:FI66 4685 9574 8906 82]]? Kontoinnehavare "
    "[[P:Kaj-Erik Strandén]]. Tack!",

    "Hej, ersättningen för den trasiga cykeln kan sättas in på kontonummer [[I:FI19 4607 5983 8675 65]] "
    "(S-Banken). Med vänlig hälsning [[P:Tor Wallenius]]",

    "Ring gärna hem till oss på [[T:+358 9 684 2271]], vi har ingen mobil. [[P:Solveig]] och [[P:Stig Ekman]], "
    "[[A:Kalevagatan 18 A 2]]",

    "Varaamo kraschade när jag försökte betala. Felmeddelandet visade min adress [[IP:91.152.44.201]] och kod "
    "500. Bokningen gällde bastun lördag. /[[P:Kristian Lund]]",

    "Lapp på dörren (foto bifogat): \"Den som parkerat på min plats nr 14 – flytta bilen!! [[P:Gunnel]], "
    "[[A:Sandviksgatan 4 B 11]]\"",

    "[[P:ulla-britt]] tar kaffet, [[P:dag]] fixar stolarna, jag tar nyckeln. /[[P:rut]]",

    "Hälsningar [[P:Gunnel]] o [[P:Stig Sjöberg]], [[A:Tölögatan 12 C 38]]",

    "Mvh [[P:Kaj Holm]], ordförande, Drumsö Båtklubb rf, [[T:0400 512 884]]",

    "Jag bor på [[A:Hietalahdenkatu 4 B 12]] (alltså Sandviksgatan) och gatlampan är fortfarande trasig. Se mitt "
    "tidigare ärende. [[P:Gunnel Lindholm]]",

    "Vi bor i Dickursby på [[A:Dickursbyvägen 31 A 2]] och pendlar till Helsingfors. Pendeltåget är alltid sent. "
    "[[P:Jenny]] & [[P:Dag Söderlund]]",

    "Har någon hittat en svart plånbok vid Tölö torg? Den tillhör min pappa [[P:Bo-Göran Lindström]]. Ring "
    "[[T:050 461 2287]], hittelön utlovas.",

    "Tack för svaret, [[P:Minna]]! Men felet gäller [[A:Mannerheimvägen 94 A 3]], inte nummer 96. /[[P:Lars Sjöholm]]",

    "[[P:Bo]] bor i Borgå men hans mamma [[P:Gunvor Nyberg]] bor på [[A:Tavastvägen 103 B 40]]. Han sköter hennes "
    "ärenden och vill ha svaret till [[E:bo.nyberg@borga.net]].",

    "Hej, [[P:Ebbas]] skolväg går över Mannerheimvägen vid Tölö torg och grönt ljus räcker bara 8 sekunder. "
    "[[P:Ebbas]] pappa, [[P:Henrik Björklund]]",

    "Korrigering: registreringsnumret var [[R:KIO-920]], inte [[R:KIO-902]] som jag skrev tidigare. [[P:Tor]]",

    "Bokningsnotis: städning utförs av [[P:Solveig]] (ingen efternamn behövs, hon har egen nyckel). Alarmkod "
    "ges per telefon [[T:041 702 6651]].",

    "Till stadsmiljönämnden,\n\nJag, [[P:Carl-Johan Lindholm]], född [[H:270367-390P]], ägare av fastigheten på "
    "[[A:Stora Robertsgatan 20]], överklagar härmed beslutet.\n\nMed vänlig hälsning\n[[P:C-J Lindholm]]",
]

# ---------------------------------------------------------------------------
# Hand-written hard negatives (no personal data)
# ---------------------------------------------------------------------------
_NEGATIVES = [
    "Bra plan! Äntligen fler träd längs Mannerheimvägen. Ek och lind klarar stadsklimatet bättre än björk, så "
    "välj dem i första hand.",

    "Kajen i Sandvik borde öppnas för allmänheten. Det blir en bra dag när man kan promenera hela vägen från "
    "Busholmen till Västra hamnen längs vattnet.",

    "Finns det fortfarande björn i djurparken? Mina barnbarn frågar varje gång vi åker till Högholmen. "
    "Björnarna är det bästa med hela besöket.",

    "Bo i Helsingfors eller flytta till Esbo? Det är frågan för många barnfamiljer när bostadspriserna stiger "
    "så här.",

    "Stigen genom Centralparken mellan Brunakärr och Månsas är helt lerig efter regnet. Lägg grus, tack!",

    "Dag efter dag samma sak: spårvagn 4 är försenad på Munksnäs allé. Kan HRT lösa det här?",

    "Förslag: Ljusinstallation under Långa bron inspirerad av Tove Janssons mumintroll. Budget ca 30 000 €.",

    "Förslag: Fler bänkar längs strandpromenaden i Nordsjö, de äldre behöver kunna vila. Kostnad uppskattningsvis "
    "12 000 euro.",

    "Bokning för schackklubben, tisdagar kl. 17–19 hela våren. Ingen nyckel behövs, vaktmästaren öppnar.",

    "klotter på elskåpet i hörnet av Annegatan och Lönnrotsgatan, stora svarta bokstäver. inte så farligt men fult.",

    "Bussen 14 kör alltid förbi hållplatsen Norra Hesperiagatan om ingen trycker, och knappen funkar inte i de "
    "nya bussarna.",

    "Runebergsdagen den 5 februari: kan staden ordna något vid statyn på Esplanaden? Runebergstårtor till alla "
    "som kommer!",

    "Kaj Franck-utställningen på Designmuseet var fantastisk. Mer sådant! Och längre öppettider på torsdagar, "
    "gärna till kl. 20.",

    "Jag läste Bo Carpelans dikter på Tölö bibliotek i går. Fint att ni har så mycket finlandssvensk litteratur.",

    "Dag Hammarskjöld och Helene Schjerfbeck borde synas mer i Helsingfors stadsbild. Varför inte döpa en ny "
    "park efter någon av dem?",

    "Lindarna på Esplanaden ser sjuka ut i år. Bladen blir bruna redan i juli. Kan stadens arborist titta på dem?",

    "Rosorna i rosenträdgården vid Vinterträdgården har inte beskurits i år. Ros och ris: annars är parken i "
    "toppskick!",

    "Sol och vind på Sveaborg i helgen, perfekt dag för picknick. Men var är soptunnorna? Allt var fullt redan kl 13.",

    "Vide- och björkbuskarna längs Vandaån har vuxit över cykelvägen vid Gammelstaden. Klipp dem innan någon "
    "cyklar omkull.",

    "Berghäll behöver fler bänkar och mindre parkering. Det säger jag som bott här i tjugo år.",

    "Jokerbanan (spårvagn 15) är bra, men hållplatsen i Alberga är fortfarande rörig och skyltarna pekar fel.",

    "Ärende HEL 2025-011873: Tack för svaret, men frågan om belysningen på Tavastvägen är fortfarande inte löst.",

    "I Kajsaniemiparken låg skräp överallt efter valborg. Städningen kom först på tisdagen.",

    "Torkelsbacken är en av de finaste platserna i Berghäll. Snälla bevara kvarteret som det är.",

    "Havsnivån vid Norra Kajen var ovanligt hög i går kväll. Är det fara för källarna i Kronohagen?",

    "Bokar klubbrummet lördag 14.3 kl. 10–14 för seniorernas bingo. Ca 20 personer. Betalning med föreningens kort.",

    "Ring I är igenkorkad varje morgon vid Kånala. Bygg ut kollektivtrafiken i stället för fler filer.",

    "Stig in i vilken skola som helst i Helsingfors och du ser samma sak: för många elever per klass och för lite "
    "personal.",

    "Har någon sett vår katt Sigge? Grå och vit, försvann i Kottby i söndags. Han svarar på sitt namn och är "
    "väldigt snäll.",

    "Statyn av Mannerheim framför Kiasma behöver rengöras, måsarna har tagit över.",

    "Förslag: Sibeliusmonumentet borde belysas bättre på vintern. Turisterna kommer dit även när det är mörkt.",

    "Allas Sea Pool är fint men 18 € är för dyrt för barnfamiljer. Staden borde förhandla fram ett familjepris.",

    "Alexander Stubb besökte vår skola i höstas och pratade om demokrati. Nu vill eleverna själva lämna in "
    "förslag till OmaStadi!",

    "Öppettider för Drumsö bibliotek: mån–tors 10–20, fre 10–16, lör 10–16. Stämmer de som står på webben?",

    "Man jämför ofta med rutavdraget i Sverige, men hos oss heter det hushållsavdrag. Varför är stadens hemservice "
    "ändå så dyr?",

    "Björkarna vid Tölö sportplan fälldes i går utan förvarning. Över tjugo stycken! Varför?",

    "Jag stöder alternativ B. Mindre genomfartstrafik i Munksnäs och mer grönt.",

    "Solvalla idrottsinstitut ordnar skidskola för barn. Kunde staden ordna busstransport dit från Alberga?",

    "Ekenäs, Borgå och Lovisa har alla bättre service på svenska än Helsingfors. Det är pinsamt för en tvåspråkig "
    "huvudstad.",

    "Sanduddsstranden behöver fler duschar och en livräddare även på vardagar. Strand eller simhall, båda behövs!",

    "Trafikljusen vid Tölö torg fungerar igen sedan kl 14. Tack för snabb reaktion!",

    "Vi vill boka gymnastiksalen varje onsdag 18–20 för volleyboll. Ca 12 vuxna. Vi har egna bollar och nät.",

    "Förslag: Gratis cykelreparationsstationer vid alla metrostationer. Sådana finns redan i Köpenhamn och "
    "Stockholm.",

    "Dagiset i Kottby har fått nya gungor. Barnen är överlyckliga. Bra jobbat!",

    "Blekholmen borde ha tätare båtförbindelser på sommaren. Nu går båten bara en gång i timmen.",

    "Hur många ekar planteras i den nya parken i Fiskehamnen? I planen står det bara 'lövträd'.",

    "Jag bor i Hagalund men jobbar vid Bulevarden, så metron är helt avgörande för mig. Tack för tätare turer!",

    "Sandviksgatan är avstängd mellan Bulevarden och Sandvikstorget ända till december. Varför står det ingenting "
    "om omledningen vid hållplatserna?",

    "Priset för att hyra festsalen har stigit från 40 € till 65 € i timmen. Det har inte pensionärsföreningar "
    "råd med.",

    "Snöröjningen på Drumsö fungerar bättre i år än i fjol. Ge beröm till entreprenören!",

    "Jag har läst planen (dnr HEL 2024-008811) och undrar varför höjden ändrats från 24 m till 32 m.",

    "Postnummer 00170 eller 00160? Kartan i Varaamo visar fel läge för Kronohagens ungdomsgård.",

    "En bra dag i Helsingfors: morgonsim i Allas, lunch i Saluhallen, kvällspromenad på Sveaborg. Mer sådant!",

    "Holm, holme, ö – vad är skillnaden? Kartorna kallar samma ö olika saker. Enhetliga namn på svenska, tack!",

    "Kön till Tallinnfärjan vid Västra terminalen når hela vägen till Busholmen på fredagar. Kan "
    "trafikledningen förbättras?",

    "Min favoritstig går från Brändö bro ner till stranden. Grusvägen har spolats bort av regnet.",

    "Trafiken förbi Munksnäs lågstadieskola är för snabb på morgnarna. 30 km/h räcker inte, det behövs "
    "farthinder.\n\nMvh, en orolig förälder",

    "Svenska Teatern, Stockmann och Akademiska bokhandeln – Esplanaden vore död utan dem. Färre vägarbeten, tack!",

    "Tack för den nya bryggan i Hertonäs strand! Nu kan vi äntligen lägga i kajaken utan att bli blöta.",

    "Påskriset på Senatstorget var jättefint i år. Tack till stadens trädgårdsmästare!",

    "Bussen kl. 7.12 från Kottby mot Järnvägstorget har varit inställd tre dagar i rad. Linje 64 behöver fler "
    "turer.",

    "Sol i ögonen vid övergångsstället på Tavastvägen på eftermiddagarna gör att bilisterna inte ser oss. En "
    "blinkande skylt skulle hjälpa.",

    "Förslag: Ett bo för fladdermöss och fågelholkar i Centralparken. Skolklasser kan bygga dem på slöjden.",

    "Strand, berg och skog inom en kilometer – det är därför vi bor i Nordsjö. Bygg inte bort det!",

    "Mannerheimvägen 1900–1950: fotoutställning på Stadsmuseet till 31.8. Gratis inträde på fredagar.",

    "Hej! Finns det plats i simskolan i juni? Vi bor i Vanda men jobbar i Helsingfors. Tack på förhand!",

    "Edith Södergrans dikter på väggen i metrostationen i Gräsviken? Ja tack, mer poesi i vardagen!",

    "Ebb och flod märks knappt i Östersjön, men isen vid Sandviken är tunn i år. Sätt upp varningsskyltar.",
]

# ---------------------------------------------------------------------------
# Small generators (the minority of the block)
# ---------------------------------------------------------------------------
_FIRST = ["Gunnel", "Stig", "Bo", "Dag", "Rut", "Ulla-Britt", "Carl-Johan", "Kaj", "Tor", "Solveig", "Ebba",
          "Björn", "Sol", "Vide", "Birgitta", "Göran", "Kerstin", "Mikael", "Maj-Len", "Ragnar", "Jannike",
          "Linnea", "Fredrik", "Barbro", "Henrik", "Camilla", "Rasmus", "Elin", "Gun", "Holger", "Sten",
          "Ros-Marie", "Kaj-Erik", "Agneta", "Torbjörn", "Ingmar"]
_LAST = ["Lindholm", "Sjöberg", "af Forselles", "Nyström", "Grönroos", "Ekman", "Holm", "Björk", "Lind", "Strand",
         "Berg", "Dahl", "Ek", "Lindqvist", "Wikström", "Söderholm", "Sundberg", "Blomqvist", "Åberg",
         "Forsström", "von Bonsdorff", "Granberg", "Hägglund", "Backman", "Österlund", "Westerlund"]
_STREETS = ["Sandviksgatan", "Drumsövägen", "Norra Kajen", "Runebergsgatan", "Tölögatan", "Mechelingatan",
            "Fredriksgatan", "Albertsgatan", "Annegatan", "Högbergsgatan", "Lotsgatan", "Kaptensgatan",
            "Unionsgatan", "Mariegatan", "Kyrkogatan", "Broholmsgatan", "Helsingegatan", "Fleminggatan",
            "Sturegatan", "Vallgårdsvägen", "Brändövägen", "Degerövägen", "Hoplaxvägen", "Munksnäs allé",
            "Topeliusgatan", "Nordenskiöldsgatan", "Eriksgatan", "Apollogatan", "Cygnaeusgatan",
            "Ehrensvärdsvägen", "Tavastvägen", "Backasgatan", "Borgågatan", "Kalevagatan", "Georgsgatan",
            "Lönnrotsgatan", "Brahegatan", "Åggelbyvägen", "Fjällgatan"]
_MAILDOM = ["gmail.com", "hotmail.com", "welho.com", "kolumbus.fi", "outlook.com", "elisanet.fi", "luukku.com",
            "icloud.com", "yahoo.se", "netti.fi"]
_ROOMS = ["festsalen", "klubbrummet", "bastun", "mötesrum 2", "gymnastiksalen", "verkstaden", "musikrummet",
          "köket på ungdomsgården", "studion", "lilla salen"]
_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def _gen(word):
    """Swedish genitive of a name."""
    return word if word[-1] in "sxz" else word + "s"


def _name(rng, full=None):
    first = rng.choice(_FIRST)
    if full is None:
        full = rng.random() < 0.6
    if full:
        return first, first + " " + rng.choice(_LAST)
    return first, first


def _email(rng, first, last):
    f = _mailpart(first)
    l = _mailpart(last)
    style = rng.randint(0, 3)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = l + "." + f
    else:
        local = f + "_" + l + str(rng.randint(50, 99))
    return local + "@" + rng.choice(_MAILDOM)


def _address(rng):
    st = rng.choice(_STREETS)
    n = rng.randint(1, 60)
    form = rng.randint(0, 5)
    if form == 0:
        return "%s %d" % (st, n)
    if form == 1:
        return "%s %d %s %d" % (st, n, rng.choice("ABCDE"), rng.randint(1, 60))
    if form == 2:
        return "%s %d lgh %d" % (st, n, rng.randint(1, 40))
    if form == 3:
        return "%s %d bst %d" % (st, n, rng.randint(1, 25))
    if form == 4:
        return "%s %d %s" % (st, n, rng.choice("ABC"))
    return "%s %d %s%d" % (st, n, rng.choice("abc"), rng.randint(1, 30))


def _maybe_lower(rng, text, p=0.15):
    return text.lower() if rng.random() < p else text


def _gen_varaamo(rng, count):
    out = []
    for _ in range(count):
        first, full = _name(rng)
        last = full.split(" ", 1)[1] if " " in full else rng.choice(_LAST)
        parts = []
        kind = rng.randint(0, 5)
        room = rng.choice(_ROOMS)
        day = rng.choice(_DAYS)
        hour = rng.randint(8, 19)
        if kind == 0:
            parts.append("Bokar %s %s kl %d–%d." % (room, day, hour, hour + 2))
            parts.append("Ansvarig: [[P:%s]], [[T:%s]]." % (full, _phone(rng)))
        elif kind == 1:
            helper = rng.choice(["granne", "kollega", "barnbarn", "sambo", "vän"])
            other, _ = _name(rng, full=False)
            parts.append("Nyckeln hämtas av [[P:%s]] %s [[P:%s]] på %s." % (_gen(first), helper, other, day))
            parts.append("Nås på [[T:%s]]." % _phone(rng))
        elif kind == 2:
            parts.append("%s för %s, ca %d personer." % (
                rng.choice(["Födelsedagskalas", "Släktträff", "Föreningsmöte", "Minnesstund", "Övning"]),
                rng.choice(["familjen", "föreningen", "gruppen", "klassen"]), rng.randint(6, 40)))
            parts.append("Kontakt [[E:%s]]" % _email(rng, first, last))
            if rng.random() < 0.5:
                parts.append("eller [[T:%s]]." % _phone(rng))
        elif kind == 3:
            parts.append("Faktura till [[P:%s]], [[A:%s]], 00%d0 Helsingfors." % (
                full, _address(rng), rng.randint(10, 99)))
            if rng.random() < 0.4:
                parts.append("Personbeteckning [[H:%s]]." % _hetu(rng))
        elif kind == 4:
            parts.append("Vi kommer med bil [[R:%s]] och lastar in utrustning vid bakdörren." % _plate(rng))
            parts.append("/[[P:%s]]" % _maybe_lower(rng, first, 0.3))
        else:
            parts.append("Depositionen återbetalas till [[I:%s]]" % _iban(rng, spaced=rng.random() < 0.7))
            parts.append("(kontoinnehavare [[P:%s]])." % full)
        if kind != 4 and rng.random() < 0.35:
            parts.append(rng.choice(["Tack på förhand!", "Mvh", "Hälsningar", "t.", "Tack!"]))
            if parts[-1] in ("Mvh", "Hälsningar", "t."):
                parts[-1] += " [[P:%s]]" % first
        out.append(("sv", " ".join(parts)))
    return out


_ISSUES = [
    "gatlampan är trasig",
    "det ligger glas på trottoaren",
    "sopkärlen har inte tömts på två veckor",
    "en stor grop har bildats i asfalten",
    "trafikljuset för fotgängare fungerar inte",
    "någon har dumpat möbler på gården",
    "isen har inte sandats",
    "ett träd har fallit över cykelbanan",
    "avloppet luktar illa",
    "det parkeras på trottoaren hela tiden",
    "bänken är sönder",
    "skylten har vält",
    "snövallen täcker övergångsstället",
]


def _gen_open311(rng, count):
    out = []
    for _ in range(count):
        first, full = _name(rng)
        last = full.split(" ", 1)[1] if " " in full else rng.choice(_LAST)
        greet = rng.choice(["Hej! ", "Hej.\n", "Hej hej! ", "", "God dag. "])
        issue = rng.choice(_ISSUES)
        addr = _address(rng)
        style = rng.randint(0, 3)
        if style == 0:
            body = "%s%s vid [[A:%s]]." % (greet, issue[0].upper() + issue[1:], addr)
        elif style == 1:
            body = "%sJag bor på [[A:%s]] och %s. Anmälde redan i %s men inget har hänt." % (
                greet, addr, issue, rng.choice(["måndags", "tisdags", "fredags", "förrgår", "våras", "höstas"]))
        elif style == 2:
            body = "%s%s utanför [[A:%s]]. Min granne [[P:%s]] har också anmält det." % (
                greet, issue[0].upper() + issue[1:], addr, rng.choice(_FIRST))
        else:
            body = "%s%s i hörnet av %s och %s." % (
                greet, issue[0].upper() + issue[1:], rng.choice(_STREETS), rng.choice(_STREETS))
        if rng.random() < 0.3:
            body += " Bilen [[R:%s]] står där också." % _plate(rng)
        sign = rng.choice(["Mvh", "Med vänlig hälsning", "Hälsningar", "t.", "/", "//", "–"])
        contact = rng.randint(0, 3)
        tail = "%s [[P:%s]]" % (sign, _maybe_lower(rng, full, 0.1))
        if contact == 1:
            tail += ", [[T:%s]]" % _phone(rng)
        elif contact == 2:
            tail += "\n[[E:%s]]" % _email(rng, first, last)
        elif contact == 3:
            tail += " ([[T:%s]], [[E:%s]])" % (_phone(rng), _email(rng, first, last))
        sep = "\n" if rng.random() < 0.5 else " "
        out.append(("sv", body + sep + tail))
    return out


def _gen_kerro(rng, count):
    stances = ["Jag håller med", "Jag håller inte med", "Bra poäng av", "Helt fel av", "Instämmer med"]
    topics = ["om höjden på husen", "om parkeringen", "om cykelbanan", "om trädfällningen", "om spårvagnen",
              "om skolgården"]
    out = []
    for _ in range(count):
        first, full = _name(rng)
        other, _ = _name(rng, full=False)
        if rng.random() < 0.3:
            text = "Instämmer i [[P:%s]] kommentar %s." % (_maybe_lower(rng, _gen(other), 0.2), rng.choice(topics))
        else:
            text = "%s [[P:%s]] %s." % (rng.choice(stances), _maybe_lower(rng, other, 0.2), rng.choice(topics))
        if rng.random() < 0.5:
            text += " Jag bor själv på [[A:%s]]." % _address(rng)
        else:
            text += " Vi som bor i %s märker det varje dag." % rng.choice(
                ["Tölö", "Berghäll", "Drumsö", "Munksnäs", "Brändö", "Nordsjö", "Kronohagen", "Eira"])
        text += " %s [[P:%s]]" % (rng.choice(["–", "/", "Mvh", "Hälsn."]), full)
        out.append(("sv", text))
    return out


_NEG_OPEN = ["Hej!", "Hej.", "", "God morgon.", "Hej hej!"]
_NEG_PLACES = ["Tölö", "Berghäll", "Drumsö", "Munksnäs", "Brändö", "Nordsjö", "Kronohagen", "Eira", "Hertonäs",
               "Kottby", "Åggelby", "Malm", "Gårdsbacka", "Östra centrum", "Hagalund", "Dickursby", "Myrbacka",
               "Alberga", "Sandvik", "Fiskehamnen", "Degerö", "Sörnäs", "Vallgård"]
_NEG_WORDTRAPS = [
    "Det var en bra dag för en promenad.",
    "Att bo i Helsingfors är fint på sommaren.",
    "Barnen ville se björn i djurparken efteråt.",
    "Ek och björk växer fint här.",
    "Stigen längs stranden är halkig.",
    "Solen sken hela eftermiddagen.",
    "Kajen var full av turister.",
    "Berget bakom skolan är populärt bland pulkaåkare.",
    "Holmen mittemot syns inte längre för vassen.",
    "Vide och vass växer över bryggan.",
    "Rosorna blommade ovanligt länge i år.",
    "Dag och natt hörs trafiken.",
]
_NEG_TAILS = [
    "Mvh, en boende i {p}",
    "Hälsningar från {p}",
    "Tack på förhand!",
    "/ en granne",
    "Med vänlig hälsning, Pensionärsföreningen i {p}",
    "t. en cyklist",
    "",
]


def _gen_negatives(rng, count):
    out = []
    for _ in range(count):
        place = rng.choice(_NEG_PLACES)
        street = rng.choice(_STREETS)
        kind = rng.randint(0, 4)
        if kind == 0:
            body = "%s %s på %s." % (rng.choice(_NEG_OPEN), rng.choice(_ISSUES).capitalize(), street)
        elif kind == 1:
            body = "%s Linje %d är försenad varje morgon kl. %d.%02d vid hållplatsen %s." % (
                rng.choice(_NEG_OPEN), rng.choice([14, 18, 23, 39, 55, 64, 65, 78, 550, 560]),
                rng.randint(6, 9), rng.choice([5, 12, 20, 34, 47, 58]), street)
        elif kind == 2:
            body = "Ärende HEL %d-%06d: %s längs %s har fortfarande inte åtgärdats." % (
                rng.choice([2024, 2025, 2026]), rng.randint(1000, 99999),
                rng.choice(["Belysningen", "Snöröjningen", "Cykelbanan", "Trottoaren", "Staketet"]), street)
        elif kind == 3:
            body = "Förslag: %s i %s. Budget ca %d 000 €." % (
                rng.choice(["Ett utegym", "Fler bänkar", "En hundpark", "Blomsterängar", "Bättre belysning",
                            "En pumptrack", "Gratis bastudag", "En lånebod för sportredskap"]),
                place, rng.randint(5, 90))
        else:
            body = "Bokar %s %s %d.%d kl. %d–%d, postnummer %s. Ca %d deltagare." % (
                rng.choice(_ROOMS), rng.choice(_DAYS), rng.randint(1, 28), rng.randint(1, 12),
                rng.randint(9, 17), rng.randint(18, 21), rng.choice(["00100", "00180", "00200", "00250", "00530",
                                                                     "00980", "02100", "01300"]),
                rng.randint(5, 40))
        if rng.random() < 0.6:
            body += " " + rng.choice(_NEG_WORDTRAPS)
        tail = rng.choice(_NEG_TAILS).format(p=place)
        text = (body.strip() + ("\n" + tail if tail else "")).strip()
        out.append(("sv", text))
    return out


def records():
    rng = random.Random(SEED)
    out = []
    for group in (_OPEN311, _KERROKANTASI, _OMASTADI, _VARAAMO, _TRICKY, _NEGATIVES):
        out.extend(("sv", t) for t in group)
    out.extend(_gen_varaamo(rng, 22))
    out.extend(_gen_open311(rng, 22))
    out.extend(_gen_kerro(rng, 10))
    out.extend(_gen_negatives(rng, 30))
    return out
