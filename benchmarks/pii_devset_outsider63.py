"""Blind evaluation block 63 for the personal-data scrubber.

Written by helper "outsider 63" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief I was given). I ran no
git commands, did not run the scrubber and did not run any evaluation. The texts come only from the brief and from
my own knowledge of how people write.

Focus: "a random day of feedback, Swedish and English" - a realistic sample of one day's Open311 feedback
messages, half in Swedish and half in English, written by Helsinki residents: complaints, reports, questions,
thanks and compensation claims. Each carries zero to four pieces of personal data of every label as residents
really write them: names in signatures, greetings and running text (capitalised, lower case, possessive, foreign,
names that are ordinary words), phone numbers in many formats, e-mails, home addresses with staircase and flat,
plates (with or without a cue, any case), personal identity codes, bank accounts and IP addresses. Lengths vary
from one line to several paragraphs. About a third are hard negatives (no personal data, or only look-alikes:
names used as ordinary words, places and parks named after people, famous people, brands, streets without
numbers, case/reference/invoice numbers, bus lines, prices, dates and opening hours). Most records are written
one by one by hand; the rest come from small generators below.

Seed: 6363 (random.Random(SEED) only; no time, no set iteration order).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (possessive 's and Swedish
genitive -s inside the span; titles and role words outside), E e-mail, T phone number, H Finnish personal
identity code, I IBAN or bank account number, R vehicle licence plate, IP IP address, A street address with a
house number (staircase and flat included; postal code and city outside). Street names without a number, famous
people and names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 6363

# ---------------------------------------------------------------------------
# Hand-written Swedish messages
# ---------------------------------------------------------------------------
HAND_SV = [
    "Hej! Gatlyktan utanför [[A:Runebergsgatan 43]] har varit släckt i över en vecka. Det är jättemörkt på "
    "kvällarna när man går hem från spårvagnshållplatsen. Mvh [[P:Kristina Lindqvist]]",

    "Snöplogen har inte varit på Åggelbyvägen på tre dagar. Bussen 73 kommer inte fram och äldre människor kan "
    "inte ta sig till butiken. Vad händer??",

    "Ersättningsanspråk\n\nDen 14.11 körde jag ner i ett djupt hål i asfalten på Tavastvägen, i höjd med "
    "[[A:Tavastvägen 112]]. Däcket och fälgen gick sönder. Bilens registernummer är [[R:KLM-482]]. Kvitto från "
    "verkstaden bifogas (312,40 €).\nJag ber att ersättningen betalas till mitt konto [[I:FI84 7004 5629 1830 96]]."
    "\n\nMed vänliga hälsningar\n[[P:Göran Sjöberg]]\n[[A:Forsbyvägen 9 A 3]], 00610 Helsingfors\ntfn "
    "[[T:040 718 2234]]\npersonbeteckning [[H:050752-571P]]",

    "Tack till personalen på Drumsö simhall, särskilt [[P:Linnea]] i kassan som hjälpte min mamma med hissen. "
    "Så vänligt bemött!",

    "Björnarna på Högholmen ser ut att må bra men stigen upp till utsiktsplatsen är i dåligt skick. Stenar och "
    "rötter överallt, min rollator fastnade två gånger. Kunde någon kolla?",

    "hej jag heter [[P:ahmed hussein]] och bor på [[A:Sturegatan 20 b 14]]. vår gård har inte fått sand fast det "
    "är isigt, jag har sett två personer ramla idag. ring gärna [[T:0451234870]]",

    "Varför har skylten vid Topeliusparken fortfarande bara finsk text? Vi är många svenskspråkiga i Tölö. "
    "Ärende HEL-2025-014471.",

    "Min granne [[P:Stig]] har parkerat sin husbil ([[R:ZTU-19]]) på gästplatsen sedan augusti. Den rör sig "
    "aldrig. Kan parkeringsövervakningen komma förbi? // [[P:Maj-Britt]]",

    "Tack för den nya lekparken i Hagnäs! Barnen älskar klätterställningen. Öppettiderna för plaskdammen "
    "(kl. 10–18) borde stå på skylten också.",

    "Hej, jag försökte boka via Varaamo men det gick inte. Kan ni skicka bekräftelsen till "
    "[[E:ulla.blomqvist@welho.com]] istället? Hälsningar [[P:Ulla B.]]",

    "Jag cyklade på Bulevarden den 3 oktober ca kl. 17.30 och åkte ner i en spårvägsskena som var täckt av löv. "
    "Cykeln (Crescent, köpt 2022) fick böjt framhjul och jag fick skrapsår på armen. Jag yrkar ersättning 245 €."
    "\n\n[[P:Elin Forsström]]\n[[A:Albertsgatan 27 C 41]]\n00180 Helsingfors\n[[T:+358 50 447 1290]]\nKonto: "
    "[[I:FI98 0477 8365 7332 78]]",

    "Bra jobbat med julbelysningen på Esplanaden i år! Men Stockmanns hörn är fortfarande mörkt efter kl 22.",

    "Mitt barn [[P:Vilja]] går på dagiset vid Lönnrotsgatan och hon har tappat sin röda overall där. Kan någon "
    "kolla hittegodset? Min e-post är [[E:petra.k.nyman@gmail.com]]",

    "Viljan finns men pengarna saknas, säger skolan. Fönstren i skolan på Sturegatan drar något fruktansvärt och "
    "rektorn har skrivit till er flera gånger. Snälla prioritera det i budgeten för 2026.",

    "Hej. Jag vill klaga på ljudet från byggarbetsplatsen vid [[A:Helsingegatan 26]]. De börjar borra redan "
    "6.45, även lördagar. Jag bor på [[A:Helsingegatan 24 A 9]] och har ett spädbarn. Kan staden kontrollera "
    "tillståndet?\n\n/[[P:Johanna Sirén]], [[T:044-551 7720]]",

    "Sibelius-monumentet är fullt av klotter igen. Senast rengjort i maj. Dessutom är papperskorgen vid "
    "busshållplatsen på Mechelingatan överfull.",

    "Parkeringsbot nr 4471029381 – jag anser att boten är felaktig. Bilen [[R:CGO-557]] stod på en plats där "
    "skylten var täckt av snö (se foto). Bilen är registrerad på min make [[P:Rolf Åström]]. Kontakt: "
    "[[E:rolf.astrom@kolumbus.fi]]",

    "Finns det någon plan för att förlänga spårvagnslinje 4 till Munksnäs? Eller är det redan beslutat? Jag "
    "hittade inget på hemsidan.",

    "Tack [[P:Mikael]] på stadsmiljösektorn som ringde upp och förklarade varför trädet fälldes. Nu förstår jag. "
    "Mvh, [[P:Birgitta]] från Brändö",

    "Hej igen, här kommer uppgifterna ni bad om:\nNamn: [[P:Karl-Erik Nordström]]\nPersonbeteckning: "
    "[[H:190265-7029]]\nAdress: [[A:Brändövägen 18]]\nTelefon: [[T:09 684 1173]]\nKontonummer: "
    "[[I:FI06 8337 7698 3741 08]]\n\nVänligen bekräfta att ni fått detta.",

    "Strömmen gick i hela Kottby i natt mellan 02 och 04. Var det Helen som hade avbrott? Ingen info någonstans.",

    "min dotters cykel blev stulen från cykelstället vid Hertonäs metro igår. den är blå, märke Tunturi. "
    "polisanmälan gjord. om någon hittar den ring [[T:050 3318 204]] tack! //[[P:sanna]]",

    "Ring mig: [[T:+358 40 921 6650]] /[[P:Patrik]]",

    "Hundrastgården i Kaisaniemi: grinden stängs inte ordentligt. Igår sprang en hund ut mot Unionsgatan. "
    "Åtgärda innan någon blir påkörd!",

    "Jag och min sambo [[P:Jonas Berg]] har flera gånger påpekat att vattnet står på gården vid "
    "[[A:Vallgårdsvägen 3 D 52]]. Nu har det frusit till en skridskobana. [[P:Jonas]] halkade i morse och slog "
    "i huvudet. Vem ansvarar?",

    "Det står en övergiven bil utan nummerskyltar vid Fiskehamnen sedan september. Vit Toyota Corolla. Ingen "
    "vet vems den är.",

    "Till [[P:Annika Holmberg]] på byggnadstillsynen: tack för svaret. Vi återkommer med ritningarna nästa "
    "vecka.\n\n> Den 2.12.2025 skrev [[P:Annika Holmberg]] <[[E:annika.holmberg@hel.fi]]>:\n> Hej, ansökan "
    "saknar fortfarande situationsplanen.\n\n[[P:Henrik]] & [[P:Lotta Wiklund]]",

    "Fredriksgatan mellan Bulevarden och Annegatan är avstängd utan förvarning. Hur länge? Bussarna kör omvägar "
    "och tidtabellen i HSL-appen stämmer inte.",

    "Hej! [[P:Rosa]] här, jag bokade klubbrummet i Kampens servicecentral för den 12.1 kl 14–16. Nyckeln "
    "hämtar min kollega [[P:Dragan Petrović]], hans nummer är [[T:046 912 3047]].",

    "Väggarna i gångtunneln vid Kampen är rosa nu? Vem beslöt det? Ser ut som en godisbutik.",

    "Jag får felmeddelande när jag försöker logga in i e-tjänsten för parkeringstillstånd. Felkod 503. Min IP "
    "är [[IP:88.114.203.57]] om det hjälper. Webbläsare Firefox 128.",

    "Kl. 7.45 varje morgon står buss 550 fast vid Ring I-korsningen. Förslag: egen bussfil. Postnummer 00240, "
    "Böle.",

    "Halkolycka 28.1.2025 på trappan vid Järnvägstorget. Jag bröt handleden. Läkarintyg bifogas. Ersättning "
    "önskas till [[I:FI07 1429 3406 1412 21]], [[P:Margareta Lund]] ([[H:190373-2353]]).",

    "Hur kommer man till Tove Janssons park med barnvagn? Trapporna från Skatudden är omöjliga och hissen vid "
    "kajen är ur funktion.",

    "Grannen på nedre våningen, fru [[P:Laaksonen]], röker på balkongen och röken kommer in hos oss. Finns det "
    "regler? Vi bor på [[A:Tölögatan 46 B 20]]. [[P:Sara]] & [[P:Ville]]",

    "Ville bara säga tack till snöröjarna i Degerö. Allt var plogat redan kl 6!",

    "Jag har fått en faktura (nr 2025-88812) för avfallshämtning fast vi inte bor där längre. Vi flyttade från "
    "[[A:Kvarnbäcksvägen 12 A 4]] i juni. Ny adress: [[A:Sandelsgatan 7 C 31]], 00260 Helsingfors. "
    "/[[P:Tuomas]] o [[P:Heidi Grönroos]]",

    "Bra initiativ med stadscyklarna men stationen vid Stenbäcksgatan är alltid tom efter kl 8.",

    "hej. nån har kört på vår parkerade bil på [[A:Hoplaksvägen 32]] och smitit. grön skåpbil, reg.nr typ "
    "[[R:gtx-3]]?? såg inte säkert. vår bil är [[R:MYE-908]]. kan man få se övervakningskameror? "
    "[[P:Jukka Lindroos]] [[T:0407712093]]",

    "Tack!",

    "Hej, när öppnar Oodi på julafton? Och är Ateneum öppet i mellandagarna?",

    "Jag heter [[P:Olena Kovalenko]] och kom från Ukraina 2022. Jag vill fråga om det finns svenskspråkiga "
    "kurser för vuxna. Mitt ukrainska nummer [[T:+380 67 214 5590]] fungerar på WhatsApp, finskt nummer "
    "[[T:041 778 2016]].",

    "Parkeringsautomaten på Ehrensvärdsvägen tar inte kort. Jag betalade via appen, kvittonummer 77120049, men "
    "fick ändå bot. Bot nr 5531420076.",

    "[[P:Hugo]] (8 år) här med pappa. Vi vill ha en skejtramp i Kronohagen!!! 🛹🛹 /[[P:Hugo]] och "
    "[[P:Fredrik Ek]]",

    "Eken i parken vid Kronohagens strand har en stor gren som hänger löst. Farligt!",

    "Hej,\n\nJag skriver för min pappa [[P:Bertil Holm]] ([[H:010144-265B]]) som bor ensam på "
    "[[A:Mannerheimvägen 96 A 12]]. Hemvården har tre gånger den här veckan kommit flera timmar för sent, och i "
    "onsdags kom ingen alls. Han är 81 och har diabetes, han måste få sitt insulin i tid.\n\nJag har ringt "
    "hemvårdsledaren men bara kommit till röstbrevlådan. Vem ska jag vända mig till?\n\nKontakta mig, dottern "
    "[[P:Eva Holm-Saarinen]], på [[E:eva.holmsaarinen@outlook.com]] eller [[T:+358 44 350 9912]].\n\nTack på "
    "förhand\n[[P:Eva]]",

    "Mannerheimstatyn framför Kiasma har fått fågelspillning över hela sig. Kanske dags för tvätt före "
    "självständighetsdagen?",

    "Hittade en plånbok i spårvagn 7 vid Tölö torg. Körkort i namnet [[P:S. Mattsson]]. Lämnade den till "
    "föraren.",

    "Stadens webbplats visar fel adress för hälsostationen i Malm. Kan ni uppdatera? Öppettiderna mån–fre 8–16 "
    "stämmer inte heller.",

    "Skickat från min iPhone\n\n---------- Vidarebefordrat meddelande ---------\nFrån: [[P:Leif Granqvist]] "
    "<[[E:leif.granqvist@elisanet.fi]]>\nDatum: 5 dec. 2025 kl. 09:14\nÄmne: Trafikljus\n\nLjusen vid "
    "korsningen Norra Hesperiagatan–Mannerheimvägen blinkar gult hela tiden. Farligt för skolbarnen.",

    "Snälla lägg ut mer sand på trottoaren vid Lallukka konstnärshem. Det är livsfarligt.",

    "[[P:Noahs]] fotboll landade på taket till omklädningsrummet på Brahe planen. Han är ledsen 😢 Kan "
    "vaktmästaren ta ner den? /mamma [[P:Anna]]",

    "Ett träd föll på min bil natten till 20.11 under stormen. Bilen stod parkerad vid [[A:Munksnäsallén 20]]. "
    "Reg.nr [[R:BVR-714]], ägare [[P:Kaj Sandell]]. Försäkringsbolaget hänvisar till staden. Kontakt "
    "[[E:kaj.sandell@saunalahti.fi]] / [[T:040 5510 337]].",

    "Bokning Varaamo: Mötesrum Tellus, 14.2 kl. 18–21. Ansvarsperson [[P:Mirja Heikkilä]], [[T:050-998 1142]]. "
    "Fakturan till föreningen, FO-nummer 1234567-8.",

    "Vem ansvarar för bron till Skatudden? Det är is på hela bron. Brons nummer är visst 1107 enligt skylten.",

    "Webbformuläret kraschar hela tiden. Tekniska uppgifter: IP [[IP:2001:14ba:a0bd:dd00:5c1e:8f3a:2b41:9d07]], "
    "Chrome 131, Windows 11. Tidpunkt 13:02.",

    "Varför tar det 45 minuter att komma från Nordsjö till centrum med buss? Förr fanns det en direktlinje.",

    "Hej, [[P:Stina]] här igen. Vi pratade i telefon i tisdags med [[P:Pekka]] på kundtjänsten. Jag har "
    "fortfarande inte fått något svar om hålet i gatan vid [[A:Kaptensgatan 8]]. 🙄",

    "Kaptensgatan. Hål i gatan. Stort.",

    "Jag vill anmäla att bilen [[R:OKP 671]] parkerar dagligen på cykelbanan vid Arabiastranden. Den är en svart "
    "BMW.",

    "BMW:n med tyska skyltar som stod vid Arabiastranden är borta nu, tack för snabb åtgärd!",

    "Stort tack till [[P:Ilkka]] och [[P:Mohammed]] från gatuunderhållet som hjälpte mig när min rullstol "
    "fastnade i snövallen vid [[A:Forsbyvägen 40]]! Ni räddade min dag. ❤️ [[P:Gunilla]]",

    "Viking Line-terminalens taxikö är kaos på fredagar. Ingen ordning alls.",

    "Bästa stad,\nJag har två gånger fått parkeringsbot för bilen [[R:XIV-230]] fast jag har "
    "boendeparkeringstillstånd (tillstånd nr 100-44812, zon H). Jag bifogar bild.\n\nHälsningar\n"
    "[[P:Jan-Ove Kock]]\n[[A:Mariegatan 11 A 2]]\n[[E:jo.kock@gmail.com]]",

    "Kan man hyra Tölö sporthall för en privat innebandymatch? 10 spelare, 2 h en lördag. Pris?",

    "Hej hej! Vi är [[P:Aino]], [[P:Lumi]] och [[P:Tuuli]] från 5B i Cygnaeus skola och vi önskar oss fler "
    "bänkar på skolgården 🙂",

    "Det snöar och blåser (tuuli, som vi säger hemma 😄) och ingen har plogat cykelbanan längs Västra leden.",

    "Sjukhusområdet i Mejlans har fel information om parkering. Min fru [[P:Birgitta]] fick bot fast hon var där "
    "för dialys. Hennes bil [[R:FTN-88]]. Vad kan vi göra? [[P:Rune Grönlund]], [[T:(09) 455 2817]]",

    "Parkeringsavgift 4 €/h i Mejlans är orimligt. Patienter har inget val.",

    "Hej. Det ligger glas på lekplatsen i Dianaparken varje måndag morgon. Jag har bilder. Kan ni ringa "
    "[[T:00358 45 672 0081]]? /[[P:Lena]]",

    "Har ni tänkt på att sätta upp en offentlig toalett vid Sandudds begravningsplats? Många äldre besöker "
    "gravarna där.",

    "Hej! Var slänger man gamla möbler? Bor på [[A:Norra Hesperiagatan 17 B 9]], har ingen bil. Mvh "
    "[[P:Astrid Wahlroos]]",

    "Var slänger man gamla möbler i Helsingfors om man inte har bil? Finns det en hämtningstjänst och vad "
    "kostar den?",

    "Mitt kontonummer har ändrats, ny IBAN [[I:FI29 7199 3076 7705 60]]. Gäller ärendet HEL 2025-019902. "
    "[[P:M. Lindfors]]",

    "Kontonummer för inbetalning av felparkeringsavgifter står inte på boten. Var hittar jag det? "
    "Referensnummer 11 22334 45566.",

    "Någon har ställt en moped utan skylt i vår trappuppgång på [[A:Sjömansgatan 14 C]]. Grannen [[P:Harri]] "
    "tror att den tillhör [[P:Nicos]] kompis.",

    "Tack för svaret, det löste sig.",

    "Jag, [[P:Ingrid Sundqvist]] ([[H:210461-010U]]), ger min dotter fullmakt att sköta ärendet om min ansökan "
    "om färdtjänst. Dotterns namn är [[P:Camilla Sundqvist-Lee]], tfn [[T:+358503340918]].",

    "Vem bestämmer namnen på nya gator i Fiskehamnen? Jag föreslår att en gata uppkallas efter Edith Södergran.",

    "Hej ni på stadsmiljön! Hälsningar från [[A:Brunnsgatan 5 A 1]] 😊 Vår innergård behöver nya cykelställ. "
    "Husbolaget har pratat med [[P:Jarmo]] hos er men inget händer.",
]

# ---------------------------------------------------------------------------
# Hand-written English messages
# ---------------------------------------------------------------------------
HAND_EN = [
    "Hi, the streetlight outside [[A:Mechelininkatu 29]] has been flickering for two weeks. It's really creepy "
    "at night. Thanks, [[P:Hannah]]",

    "Will the Kaisaniemi park ice rink open this winter? Last year it opened on 15 December. Opening hours?",

    "Subject: Compensation claim – pothole damage\n\nDear City of Helsinki,\n\nOn Tuesday 25 November around "
    "8:10 am I drove over a large pothole on Lauttasaarentie, just before the bridge. Both right-side tyres "
    "burst. My car ([[R:NJL-302]], a grey Skoda Octavia) had to be towed to a garage in Ruoholahti.\n\nTotal "
    "costs were 486.20 EUR (invoice 88123 attached). Please pay the compensation to my account "
    "[[I:FI56 5029 0665 4176 04]] (account holder [[P:Daniel O'Connor]]).\n\nMy personal identity code is "
    "[[H:270890-706V]].\n\nKind regards,\n[[P:Daniel O'Connor]]\n[[A:Lauttasaarentie 28 C 47]]\n00200 Helsinki\n"
    "[[T:+358 44 981 2076]]",

    "Mark the bike lanes better on Hämeentie please, drivers keep stopping on them. Also the bus stop signs for "
    "55 and 71 are confusing.",

    "hey, my neighbour [[P:Pekka's]] dog barks all day when he's at work. I've tried talking to him. Is this a "
    "city thing or do I call the housing company? thx",

    "Thanks to whoever fixed the swings at the Sinebrychoff park playground! My kids are thrilled.",

    "Hello, I'm [[P:Priya Ramanathan]], a PhD student at Aalto. I lost my HSL card on tram 10 yesterday, card "
    "ending in 5566. Can you check lost and found? Email [[E:priya.ramanathan@aalto.fi]]",

    "The grace period for parking at Kamppi is too short. 10 minutes is nothing if you're loading groceries.",

    "Reporting abandoned car at the [[A:Vuotie 45]] parking lot, plate [[R:KTZ-118]], flat tyres, been there since "
    "summer.",

    "Abandoned bike in the rack outside Itäkeskus metro, rusted chain, both wheels gone. Been there since 2023.",

    "Dear Sir or Madam,\n\nI slipped on the icy steps at the Kamppi metro entrance on 9 January 2025 and broke "
    "my ankle. Hospital bills came to 612 €. I would like to claim compensation.\n\nName: [[P:Grace Mbeki-Laine]]"
    "\nID code: [[H:130901A553R]]\nAccount: [[I:FI15 2537 5190 8350 84]]\nPhone: [[T:045 118 7742]]",

    "Bill for the waste collection came twice this month. Reference 00 12345 67891. Can you cancel one?",

    "[[P:Bill]] here from [[A:Pengerkatu 11 A 6]]. Trash hasn't been picked up in 3 weeks. Smells awful.",

    "Summer events at Esplanadi: who do I contact to rent a stage? We're a non-profit choir, about 40 singers.",

    "Hi! My name is [[P:Summer Nguyen]], I'm booking the Maunula house sauna for Friday 19.12. 17-20. The keys "
    "will be picked up by [[P:Tran Van Long]] ([[T:+358 41 508 3371]]). Thanks!",

    "The sauna at Allas Sea Pool was freezing today. Is the heater broken? Paid 18 € for this.",

    "I'm writing on behalf of my elderly mother, [[P:Marjatta Koskinen]], who lives at [[A:Kontulantie 12 B 27]]. "
    "The elevator in her building has been broken for 10 days and she can't leave the flat. She's 88. Is there "
    "any help the city can provide?\n\nYou can reach me at [[E:j.koskinen.uk@gmail.com]] or "
    "[[T:+44 7700 900412]].\nBest, [[P:Joanna]]",

    "Can someone explain why tram 6 stops running at 9 pm on Sundays? Arabianranta is completely cut off.",

    "pls call [[T:0401187623]] asap re: water leak /[[P:mike]]",

    "Robin Hood would be ashamed of these parking fees. 6 euros for an hour at the zoo?",

    "Feedback about the service at Kallio library: [[P:Robin]] at the info desk was incredibly helpful with my "
    "residence permit printouts. Please pass on my thanks! - [[P:Aisha Warsame]]",

    "Love the new benches at Karhupuisto! But the bear statue could use a cleaning. 🐻",

    "Someone keeps leaving bags of trash by the recycling point on Porthaninkatu. I saw the guy yesterday, he "
    "drove off in a red Golf, [[R:VEP-449]]. Not sure if you can do anything with that.",

    "The recycling point on Porthaninkatu is full again. Cardboard everywhere. Maybe more frequent pickup?",

    "Your e-service gives the error 'session expired' every time I try to submit. Tried three times from "
    "[[IP:91.155.40.212]] between 14:00 and 14:20. Case no HEL-2025-102233.",

    "Error on the website: the map for the Kerrokantasi hearing on the Hakaniemi bridge doesn't load. Firefox "
    "133 on Windows build 10.0.22631.4602. Footer says version 2.4.1.",

    "To whom it may concern,\n\nI am writing to complain about the construction noise at [[A:Kolmas linja 22]]. "
    "Work starts at 7:00 sharp, including Saturdays, which I believe violates the permit. I work night shifts at "
    "Meilahti hospital and cannot sleep.\n\nI have called the number on the site fence twice, no answer.\n\n"
    "Regards,\nDr. [[P:Oliver Brandt]]",

    "Construction at Kalasatama: when will the road along Sörnäistenranta reopen? The detour adds 15 min to my "
    "commute on bus 58.",

    "hi im [[P:jack]] from [[A:toinen linja 9 a 12]] and my bike got stolen from our yard. do u have cameras? my "
    "email [[E:jackattack98@hotmail.com]]",

    "Jack-o'-lanterns were left smashed all over the park after Halloween. Could the cleaners come by "
    "Torkkelinmäki?",

    "Hello, I'm visiting from Munich and got a parking fine (no. 5512009871) for my car, German plate "
    "[[R:M-AB 2381]]. The sign was only in Finnish and Swedish! Please cancel it. [[P:Katrin Vogel]], "
    "[[E:k.vogel@web.de]]",

    "Do you accept foreign-registered cars for residential parking permits? Asking for a friend moving from "
    "Tallinn.",

    "My husband [[P:Arto]] and I want to thank the staff at Kivelä service centre for the lovely Christmas party. "
    "Best regards, [[P:Mary-Ann Lehtonen]]",

    "Thank you Helsinki for the fireworks on New Year's Eve! Senate Square was magical.",

    "URGENT: water pipe burst in the street in front of [[A:Agricolankatu 7]], water flowing into the basement. "
    "Call me [[T:+358-50-221-8870]] – [[P:Fatima]] (building manager)",

    "Water in the basement again at the Kallio youth centre after heavy rain. Same issue as in October.",

    "Hiya, booking request for Oodi meeting room 'Kuutio' 15/1 at 10-12 for our startup pitch. Contact person "
    "[[P:Eero-Matias Salo]], [[E:eeromatias@kuplafoods.fi]], [[T:050 402 81 19]]. Invoice to the company, "
    "business ID 3311204-6.",

    "The meeting room Kuutio at Oodi had no working HDMI. Booking ref VR-2025-4410. Please fix it before next "
    "week.",

    "Hi, I found a wallet near the fountain at Narinkka. ID card says [[P:MATTI JUHANI LAAKSO]], born 1979. "
    "Handed it in at the Pasila police station.",

    "There's an Amazon delivery van parked on the sidewalk at Kamppi every morning 7–9. Please enforce.",

    "Just wanted to say that the new crosswalk at [[A:Hiekkaharjuntie 14]] is dangerous, the paint is already "
    "gone. My daughter [[P:Ella-Rose]] almost got hit last Thursday. / [[P:Tomás Rivera]]",

    "Ella Fitzgerald once played Helsinki, and now we can't even get a decent jazz stage in Kaivopuisto?",

    "refund for double-paid daycare fee to: [[I:fi62 7752 4496 1728 72]] (holder [[P:Nadia El-Amin]]). invoice "
    "number 7003318842. thanks",

    "The daycare fee calculator on the website gives a different result than the invoice. Child age 3, 2 kids, "
    "family of 4. Who can explain?",

    "Dear Ms. [[P:Virtanen]],\n\nThank you for your reply on 3 December. However, the birch in front of our house "
    "([[A:Meripuistotie 3 A 2]]) is still leaning over the playground. Please send someone again.\n\nSincerely,"
    "\n[[P:Harold]] and [[P:June Whitfield]]",

    "In June the playground on Meripuistotie was closed for two weeks without any notice. Please post signs in "
    "advance.",

    "Sorry for writing in English. My name is [[P:Wei Zhang]] and I live at [[A:Leppävaarankatu 9 C 58]] in "
    "Espoo. Our street has had no lights since Monday. Phone [[T:044 7126 598]].",

    "Leppävaara station elevators out of order again. Accessibility matters!",

    "> On 4 Dec 2025, at 10:12, Helsinki Feedback wrote:\n> Your feedback has been forwarded to the responsible "
    "unit.\n\nThat's what you said in October too. The pothole is still there. [[P:Sam]]",

    "\"Your feedback has been forwarded to the responsible unit.\" – that's the auto-reply I got 3 times. No one "
    "actually answers. Case 2025-118002.",

    "Our son [[P:Noah]] (6) has a severe nut allergy. The daycare on [[A:Kustaankatu 3]] still served granola "
    "with nuts last week. Please call [[T:+358 45 3390 117]] or write to "
    "[[E:laura.hietanen-smith@icloud.com]].\n— [[P:Laura Hietanen-Smith]]",

    "A Noah's Ark themed playground would be lovely in Vuosaari! Just an idea for OmaStadi.",

    "The man at [[A:Vaasankatu 19 B 31]] keeps playing loud music until 3 am every weekend. Neighbours have "
    "complained. His name is on the door: [[P:K. Räsänen]].",

    "Noise from the Vaasankatu bars every weekend until 4. The city should limit opening hours.",

    "hello i would like to report that someone put a tent in Keskuspuisto near the Maunula pond, there's a man "
    "living there, i think his name is [[P:Sergei]]. he seems ok but it's -15 at night, maybe social services "
    "can check?",

    "Keskuspuisto skiing tracks: great work! Paloheinä to Pirkkola was perfect today.",

    "hey, the guy upstairs, [[P:Marko]], says the city owns the trees in our yard. is that true? we're at "
    "[[A:Kallvikintie 28]]. thx [[P:dee]]",

    "Is the city responsible for trees in private yards? Asking about the Kallvikintie area.",

    "Booking for Kontula youth space 'Sali', Sat 7.2. 12:00-16:00, kids' birthday (20 kids). Responsible adult: "
    "[[P:Amira Hassan]], [[T:+358 40-771 2208]]. Keys: [[P:Amira's]] sister [[P:Leila]] will pick them up on "
    "Friday.",

    "Kids' birthday at the Kontula youth space was great. Cleaning fee 40 € felt steep though.",

    "compensation claim for my glasses which broke when I tripped over a loose paving stone on Aleksanterinkatu "
    "28.10. Optician receipt 389 €. Name [[P:Antti Väisänen]], henkilötunnus [[H:221259-668M]], account "
    "[[I:FI2687221866079242]]. sorry for typos, my hand is still in a cast 😂",

    "Loose paving stones on Aleksanterinkatu near the Stockmann corner. Someone will trip.",

    "Our cleaner [[P:Dawn]] noticed that the bins at [[A:Ruoholahdenranta 7]] are being emptied by someone at "
    "night. Probably collecting bottles, not a big deal, but they leave a mess.",

    "At dawn the street sweeper on Ruoholahdenranta is SO loud. Can they start after 7?",

    "[[P:Ahmed]] from the park maintenance team did an amazing job at the Tervasaari dog park. Just wanted to "
    "say!",

    "Dog park at Tervasaari: the small dog side gate is broken. Dogs escape.",

    "My name's [[P:Heikki]] but everyone calls me [[P:Hessu]]. I run the chess club at Malmi library and we'd "
    "like to book the hall every Tuesday 17–19 in spring. Contact [[E:hessu.shakki@luukku.com]]",

    "Chess club at Malmi library Tuesdays 17–19, open to all ages, free. Please add it to the events calendar!",

    "I am writing to complain about a city employee. On 2 December at about 10:30 the parking attendant (badge "
    "no. 4412) was extremely rude to my father, [[P:Raimo Hakala]], when I was helping him out of the car at "
    "[[A:Itäkatu 1]]. My father is 82 and has a disabled parking card. I expect an apology.\n\n"
    "[[P:Sanna Hakala]]\n[[T:0500 612 337]]",

    "Parking attendants at Itis are doing a great job, finally someone keeps the disabled spots free.",

    "Hello from Vantaa! I know this is Helsinki feedback but nobody answers at Vantaa. Our car [[R:rrx-660]] was "
    "towed from in front of [[A:Tikkurilantie 68 D 42]] without any sign. Who do I call? [[P:Olu Adebayo]]",

    "I know this is the wrong city but does anyone know who clears snow at Tikkurila station? It's dangerous.",

    "Good morning! Could the city please put up a 'Children playing' sign on Kaarelantie? I live at "
    "[[A:Kaarelantie 19 A 3]] and cars speed like crazy. Signed, worried mum [[P:Rose Kallio]]",

    "Rose bushes in the Kaisaniemi botanic garden look neglected. Are they being moved?",

    "---------- Forwarded message ---------\nFrom: [[P:Tom Lindberg]] <[[E:tom.lindberg@nordea.fi]]>\nTo: "
    "[[P:Emma]]\nSubject: broken fence\n\n[[P:Emma]], can you send this to the city? The fence at the Hietaniemi "
    "beach volleyball courts is broken and kids climb through.\n\n-- \n[[P:Tom]]",

    "Hietaniemi beach volleyball nets were removed already in August. Why so early?",

    "Personal ID for my son [[P:Leo]]: [[H:040603A167K]]. You asked for it for the school transport "
    "application. Mother [[P:Kaisa Mäkelä]].",

    "What documents are needed for a school transport application? The form asks for an ID code, is that the "
    "child's or the parent's?",

    "Three issues on our street (Mäkelänkatu near the stop):\n1. broken bench\n2. graffiti on the electricity "
    "box\n3. a car that hasn't moved in months, [[R:IKL-72]], blue Nissan Micra\nThanks! 🙏 [[P:Sofia]] from "
    "[[A:Mäkelänkatu 56 B 19]]",

    "1. broken bench 2. graffiti 3. no lights. All at the Vallila library park. Please fix before Christmas 🎄",
]

# ---------------------------------------------------------------------------
# Small generators (the remaining records)
# ---------------------------------------------------------------------------
_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

SV_FIRST = ["Anders", "Karin", "Mats", "Maria", "Nils", "Ebba", "Fredrik", "Sofia", "Johan", "Ida", "Björn",
            "Malin", "Tor", "Frida", "Kim", "Erik", "Matilda", "Oskar", "Agneta", "Krister", "Pia", "Rasmus",
            "Saga", "Viktor", "Gun", "Bo"]
FI_FIRST = ["Mikko", "Jaana", "Ville", "Tiina", "Juha", "Satu", "Onni", "Aino", "Toivo", "Kaija", "Pirjo",
            "Janne", "Eveliina", "Lauri", "Riikka", "Taneli"]
FOREIGN_FIRST = ["Abdirahman", "Hodan", "Yusuf", "Mariam", "Dmitri", "Svetlana", "Carlos", "Ana", "Kwame",
                 "Mei", "Raj", "Oksana", "Ali", "Farhad", "Luis", "Thanh"]
EN_FIRST = ["Chris", "Kate", "Ben", "Lucy", "Grace", "Mark", "Hope", "Will", "Joy", "Rob", "Megan", "Patrick",
            "Sean", "Hannah", "Ruby", "Owen"]
SURNAMES = ["Lindholm", "Nyberg", "Westerlund", "Heikkinen", "Korhonen", "Ahonen", "Nieminen", "Stenroos",
            "Fagerström", "Åkerlund", "Mustonen", "Hassan", "Farah", "Ivanova", "Petrov", "Silva", "Tanaka",
            "Mensah", "Kumar", "Rantanen", "Strand", "Backman", "Wikström", "Lehtinen", "Holm", "Kivi",
            "Sundberg", "Ojala"]

SV_STREETS = ["Tölögatan", "Runebergsgatan", "Fredriksgatan", "Högbergsgatan", "Annegatan", "Albertsgatan",
              "Sturegatan", "Helsingegatan", "Fleminggatan", "Tavastvägen", "Åggelbyvägen", "Drumsövägen",
              "Munksnäsallén", "Mechelingatan", "Sandvikskajen", "Lönnrotsgatan", "Malmgatan", "Vasagatan",
              "Porthansgatan", "Kaptensgatan", "Brändövägen", "Forsbyvägen"]
EN_STREETS = ["Töölönkatu", "Runeberginkatu", "Fredrikinkatu", "Korkeavuorenkatu", "Annankatu", "Albertinkatu",
              "Sturenkatu", "Helsinginkatu", "Fleminginkatu", "Hämeentie", "Oulunkyläntie", "Lauttasaarentie",
              "Munkkiniemen puistotie", "Mechelininkatu", "Hietalahdenranta", "Lönnrotinkatu", "Kapteeninkatu",
              "Vaasankatu", "Porthaninkatu", "Itäväylä", "Kontulankaari", "Leppävaarankatu", "Myyrmäentie",
              "Kivikonkaari", "Siilitie"]

EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "elisanet.fi", "welho.com",
                 "kolumbus.fi", "icloud.com", "live.se", "protonmail.com", "saunalahti.fi", "hotmail.fi"]

_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "Å": "A", "Ä": "A", "Ö": "O"})


def _hetu(rng):
    year = rng.randint(1935, 2007)
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    ddmmyy = "%02d%02d%02d" % (day, month, year % 100)
    nnn = "%03d" % rng.randint(2, 899)
    sign = "-" if year < 2000 else "A"
    return ddmmyy + sign + nnn + _HETU_CHARS[int(ddmmyy + nnn) % 31]


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + "FI00")
    check = 98 - int(digits) % 97
    raw = "FI%02d%s" % (check, bban)
    style = rng.randint(0, 3)
    if style == 0:
        return raw
    if style == 3:
        # old domestic style account number
        return "%s-%s" % (bban[:6], bban[6:6 + rng.randint(3, 8)].lstrip("0") or "17")
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50", "400", "46"])
    if rng.random() < 0.12:
        body = "%d%06d" % (rng.randint(1, 8), rng.randint(0, 999999))
        style = rng.randint(0, 2)
        if style == 0:
            return "09 %s %s" % (body[:3], body[3:])
        if style == 1:
            return "09-%s" % body
        return "+358 9 %s %s" % (body[:3], body[3:])
    n = 7 if len(pre) == 2 else 6
    body = "".join(str(rng.randint(0, 9)) for _ in range(n))
    style = rng.randint(0, 7)
    if style == 0:
        return "0%s %s %s" % (pre, body[:3], body[3:])
    if style == 1:
        return "0%s%s" % (pre, body)
    if style == 2:
        return "0%s-%s" % (pre, body)
    if style == 3:
        return "+358 %s %s %s" % (pre, body[:3], body[3:])
    if style == 4:
        return "+358%s%s" % (pre, body)
    if style == 5:
        return "0%s %s %s %s" % (pre, body[:2], body[2:4], body[4:])
    if style == 6:
        return "+358 (0)%s %s" % (pre, body)
    return "0%s %s %s" % (pre, body[:4], body[4:])


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    lets = "".join(rng.choice(letters) for _ in range(rng.choice([2, 3, 3, 3])))
    num = str(rng.randint(1, 999))
    style = rng.randint(0, 4)
    if style == 0:
        return "%s %s" % (lets, num)
    if style == 1:
        return ("%s-%s" % (lets, num)).lower()
    if style == 2:
        return "%s%s" % (lets, num)
    return "%s-%s" % (lets, num)


def _ip(rng):
    if rng.random() < 0.15:
        return "2001:14ba:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff),
                                         rng.randint(1, 0xffff))
    first = rng.choice(["85.76", "91.152", "193.166", "37.33", "62.78", "84.248", "176.72", "80.220"])
    return "%s.%d.%d" % (first, rng.randint(0, 255), rng.randint(1, 254))


def _person(rng, pools):
    first = rng.choice(rng.choice(pools))
    last = rng.choice(SURNAMES)
    return first, last


def _email(rng, first, last):
    f, l = first.lower().translate(_ASCII), last.lower().translate(_ASCII)
    style = rng.randint(0, 4)
    if style == 0:
        user = "%s.%s" % (f, l)
    elif style == 1:
        user = "%s%s%d" % (f, l, rng.randint(1, 99))
    elif style == 2:
        user = "%s.%s" % (f[0], l)
    elif style == 3:
        user = "%s_%s" % (f, l[0])
    else:
        user = "%s%d" % (f, rng.randint(1950, 2005))
    return "%s@%s" % (user, rng.choice(EMAIL_DOMAINS))


def _addr(rng, streets, lang):
    street = rng.choice(streets)
    n = rng.randint(1, 120)
    letter = rng.choice("ABCDEF")
    flat = rng.randint(1, 60)
    style = rng.randint(0, 5)
    if style == 0:
        return "%s %d" % (street, n)
    if style == 1:
        return "%s %d %s %d" % (street, n, letter.lower(), flat)
    if style == 2:
        if lang == "sv":
            return "%s %d %s bost. %d" % (street, n, letter, flat)
        return "%s %d %s, apt %d" % (street, n, letter, flat)
    if style == 3:
        return "%s %d %s%d" % (street, n, letter, flat) if rng.random() < 0.3 else "%s %d as %d" % (street, n, flat)
    return "%s %d %s %d" % (street, n, letter, flat)


def _name_span(rng, first, last, lowercase_ok=True):
    style = rng.randint(0, 5)
    if style == 0:
        text = first
    elif style == 1 and lowercase_ok:
        text = ("%s %s" % (first, last)).lower()
    elif style == 2:
        text = "%s. %s" % (first[0], last)
    else:
        text = "%s %s" % (first, last)
    return "[[P:%s]]" % text


# ---- Swedish generator -------------------------------------------------------------------------------------

SV_ISSUES = [
    "Gatlampan vid {a} är trasig sedan förra veckan",
    "Det finns ett stort hål i trottoaren precis utanför {a}",
    "Ingen har sandat backen vid {a}, det är spegelblankt",
    "Soptunnorna vid {a} har inte tömts på tre veckor",
    "Ett träd lutar farligt över gården vid {a}",
    "Vattnet står i en stor pöl vid porten till {a}",
    "Någon har dumpat en gammal soffa på trottoaren vid {a}",
    "Klotter på hela fasaden mot gatan vid {a}",
]
SV_SIGNOFF = ["Mvh", "Hälsningar", "Med vänlig hälsning", "mvh", "Tack på förhand,", "//", "/", "Vänligen"]
SV_ROOMS = ["mötesrummet i Tölö bibliotek", "festsalen på Kampens servicecentral", "ungdomsgården i Nordsjö",
            "bastun i Drumsö lekpark", "seminarierum 2 på Oodi", "klubbrummet i Degerö"]
SV_UNITS = ["kundtjänsten", "parkeringsövervakningen", "simhallen i Itis", "biblioteket i Hagnäs",
            "stadsmiljösektorn", "hemvården", "lekparken Kottby"]


def _gen_sv(rng):
    kind = rng.randint(0, 6)
    first, last = _person(rng, [SV_FIRST, SV_FIRST, FI_FIRST, FOREIGN_FIRST])
    if kind == 0:
        addr = _addr(rng, SV_STREETS, "sv")
        text = rng.choice(SV_ISSUES).format(a="[[A:%s]]" % addr) + rng.choice([".", "!", "!!", ". Åtgärda snälla."])
        if rng.random() < 0.5:
            text += " Ring gärna [[T:%s]] om ni har frågor." % _phone(rng)
        text += " %s %s" % (rng.choice(SV_SIGNOFF), _name_span(rng, first, last))
        return text
    if kind == 1:
        f2, l2 = _person(rng, [SV_FIRST, FI_FIRST, FOREIGN_FIRST])
        text = "Bokning: %s, %d.%d kl %d–%d. Ansvarig: %s, tfn [[T:%s]]." % (
            rng.choice(SV_ROOMS), rng.randint(1, 28), rng.randint(1, 12), rng.randint(9, 17),
            rng.randint(18, 22), _name_span(rng, first, last, False), _phone(rng))
        if rng.random() < 0.6:
            text += " Nyckeln hämtas av [[P:%s]]." % rng.choice([f2, "%s %s" % (f2, l2)])
        if rng.random() < 0.5:
            text += " Bekräftelse till [[E:%s]]." % _email(rng, first, last)
        return text
    if kind == 2:
        damage = rng.choice(["min cykel gick sönder i en grop", "jag halkade på isen och bröt armen",
                             "bilens vindruta spräcktes av grus från sandningen", "en gren föll på min bil"])
        fields = [("Namn", "[[P:%s %s]]" % (first, last)), ("Personbeteckning", "[[H:%s]]" % _hetu(rng)),
                  ("Kontonummer", "[[I:%s]]" % _iban(rng)), ("Adress", "[[A:%s]]" % _addr(rng, SV_STREETS, "sv")),
                  ("Telefon", "[[T:%s]]" % _phone(rng))]
        keep = [fields[0]] + rng.sample(fields[1:], rng.randint(1, 3))
        lines = ["Ersättningsanspråk: den %d.%d %s. Kvitton bifogas." % (rng.randint(1, 28), rng.randint(1, 12),
                                                                       damage)]
        lines += ["%s: %s" % kv for kv in keep]
        return "\n".join(lines)
    if kind == 3:
        plate = _plate(rng)
        car = rng.choice(["en vit Audi", "en grå Volvo", "en svart paketbil", "en röd Toyota", "en husbil"])
        if rng.random() < 0.5:
            text = "%s med reg.nr [[R:%s]] har stått på %s i %d veckor." % (
                car[0].upper() + car[1:], plate, rng.choice(["gästplatsen", "cykelbanan", "invalidplatsen", "gården"]),
                rng.randint(2, 9))
        else:
            text = "Varje morgon parkerar %s [[R:%s]] på trottoaren vid %s. Barnen måste gå ut på gatan." % (
                car, plate, rng.choice(["skolan", "dagiset", "busshållplatsen"]))
        if rng.random() < 0.5:
            text += " /[[P:%s]]" % rng.choice([first, first.lower()])
        return text
    if kind == 4:
        who = first
        text = "Tack till [[P:%s]] på %s som hjälpte mig %s!" % (
            who, rng.choice(SV_UNITS), rng.choice(["så snabbt", "i går", "med blanketten", "trots kön"]))
        if rng.random() < 0.5:
            text += " %s %s" % (rng.choice(["Hälsningar", "Mvh", "❤️"]), _name_span(rng, *_person(rng, [SV_FIRST])))
        return text
    if kind == 5:
        text = "E-tjänsten ger fel %d när jag skickar formuläret. Min IP-adress är [[IP:%s]]." % (
            rng.choice([500, 502, 403, 404]), _ip(rng))
        if rng.random() < 0.6:
            text += " Svara till [[E:%s]]." % _email(rng, first, last)
        return text
    # kind 6: contact change
    text = "Hej, mina kontaktuppgifter har ändrats. Nytt nummer [[T:%s]]" % _phone(rng)
    if rng.random() < 0.6:
        text += ", ny adress [[A:%s]], %s Helsingfors" % (_addr(rng, SV_STREETS, "sv"),
                                                           rng.choice(["00100", "00250", "00530", "00840"]))
    text += ". Ärende HEL-2025-%06d. [[P:%s %s]]" % (rng.randint(1000, 999999), first, last)
    return text


def _gen_sv_neg(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return "Buss %d var %d minuter sen vid hållplatsen %s kl %d.%02d. Igen." % (
            rng.choice([14, 18, 23, 55, 58, 73, 78]), rng.randint(8, 40),
            rng.choice(["Tölö torg", "Mejlans", "Brändö metro", "Hagnäs"]), rng.randint(6, 9), rng.randint(0, 59))
    if kind == 1:
        return "Plaskdammen i %s är öppen %d–%d enligt skylten men den var stängd i dag. Pris %d € per familj?" % (
            rng.choice(["Sinebrychoffparken", "Tove Janssons park", "Kaisaniemiparken"]), rng.randint(9, 11),
            rng.randint(16, 19), rng.randint(2, 8))
    if kind == 2:
        return "Ärende %d/2025: ni lovade svara inom %d dagar. Det har gått %d. Postnummer %s." % (
            rng.randint(1000, 9999), rng.choice([7, 14, 30]), rng.randint(31, 90),
            rng.choice(["00100", "00250", "00530", "00840"]))
    return "%s ser fantastisk ut efter renoveringen. Tack till alla som jobbat där sedan %d!" % (
        rng.choice(["Runebergsesplanaden", "Aleksis Kivis park", "Sibeliusparken", "Finlandiahuset"]),
        rng.randint(2019, 2024))


# ---- English generator -------------------------------------------------------------------------------------

EN_ISSUES = [
    "The street light in front of {a} has been out for a week",
    "There's a huge pothole right outside {a}",
    "Nobody has gritted the hill by {a}, it's like an ice rink",
    "The bins at {a} haven't been emptied in three weeks",
    "A tree is leaning dangerously over the yard at {a}",
    "Someone dumped an old fridge on the pavement by {a}",
    "Graffiti all over the wall facing the street at {a}",
    "The drain in front of {a} is blocked and the water is freezing",
]
EN_SIGNOFF = ["Thanks,", "Regards,", "Best,", "Cheers", "BR", "-", "Kind regards,", "thx"]
EN_ROOMS = ["the meeting room at Töölö library", "the party hall at Kamppi service centre",
            "the youth space in Vuosaari", "the sauna at Lauttasaari", "group room 2 at Oodi",
            "the club room in Herttoniemi"]
EN_UNITS = ["customer service", "parking enforcement", "the Itäkeskus swimming hall", "Kallio library",
            "the urban environment division", "home care", "the Maunula playground"]


def _gen_en(rng):
    kind = rng.randint(0, 6)
    first, last = _person(rng, [EN_FIRST, EN_FIRST, FI_FIRST, FOREIGN_FIRST])
    if kind == 0:
        addr = _addr(rng, EN_STREETS, "en")
        text = rng.choice(EN_ISSUES).format(a="[[A:%s]]" % addr) + rng.choice([".", "!", "!!", ". Please fix."])
        if rng.random() < 0.5:
            text += " You can call me on [[T:%s]]." % _phone(rng)
        text += " %s %s" % (rng.choice(EN_SIGNOFF), _name_span(rng, first, last))
        return text
    if kind == 1:
        f2, l2 = _person(rng, [EN_FIRST, FI_FIRST, FOREIGN_FIRST])
        text = "Booking %s on %d.%d. from %d to %d. Responsible person: %s, phone [[T:%s]]." % (
            rng.choice(EN_ROOMS), rng.randint(1, 28), rng.randint(1, 12), rng.randint(9, 17),
            rng.randint(18, 22), _name_span(rng, first, last, False), _phone(rng))
        if rng.random() < 0.6:
            text += " Keys will be collected by [[P:%s]]." % rng.choice([f2, "%s %s" % (f2, l2)])
        if rng.random() < 0.5:
            text += " Confirmation to [[E:%s]] please." % _email(rng, first, last)
        return text
    if kind == 2:
        damage = rng.choice(["my bike was wrecked in a pothole", "I slipped on ice and broke my wrist",
                             "my windscreen was cracked by gravel from the gritting",
                             "a branch fell on my car"])
        fields = [("Name", "[[P:%s %s]]" % (first, last)), ("Personal ID", "[[H:%s]]" % _hetu(rng)),
                  ("Bank account", "[[I:%s]]" % _iban(rng)), ("Address", "[[A:%s]]" % _addr(rng, EN_STREETS, "en")),
                  ("Phone", "[[T:%s]]" % _phone(rng))]
        keep = [fields[0]] + rng.sample(fields[1:], rng.randint(1, 3))
        lines = ["Compensation claim: on %d.%d. %s. Receipts attached." % (rng.randint(1, 28), rng.randint(1, 12),
                                                                           damage)]
        lines += ["%s: %s" % kv for kv in keep]
        return "\n".join(lines)
    if kind == 3:
        plate = _plate(rng)
        car = rng.choice(["a white Audi", "a grey Volvo", "a black van", "a red Toyota", "a camper van"])
        if rng.random() < 0.5:
            text = "%s, reg [[R:%s]], has been parked in %s for %d weeks." % (
                car[0].upper() + car[1:], plate, rng.choice(["the guest spot", "the bike lane", "the disabled spot",
                                                      "our yard"]), rng.randint(2, 9))
        else:
            text = "Every morning %s [[R:%s]] parks on the pavement by the %s. Kids have to walk on the road." % (
                car, plate, rng.choice(["school", "daycare", "bus stop"]))
        if rng.random() < 0.5:
            text += " - [[P:%s]]" % rng.choice([first, first.lower()])
        return text
    if kind == 4:
        text = "Big thanks to [[P:%s]] at %s who helped me %s!" % (
            first, rng.choice(EN_UNITS), rng.choice(["so quickly", "yesterday", "with the form",
                                                     "despite the queue"]))
        if rng.random() < 0.5:
            f3, l3 = _person(rng, [EN_FIRST, FOREIGN_FIRST])
            text += " %s %s" % (rng.choice(["Regards,", "Best,", "❤️"]), _name_span(rng, f3, l3))
        return text
    if kind == 5:
        text = "The e-service throws error %d when I submit the form. My IP address is [[IP:%s]]." % (
            rng.choice([500, 502, 403, 404]), _ip(rng))
        if rng.random() < 0.6:
            text += " Reply to [[E:%s]]." % _email(rng, first, last)
        return text
    text = "Hi, my contact details have changed. New number [[T:%s]]" % _phone(rng)
    if rng.random() < 0.6:
        text += ", new address [[A:%s]], %s Helsinki" % (_addr(rng, EN_STREETS, "en"),
                                                          rng.choice(["00100", "00250", "00530", "00840"]))
    text += ". Case HEL-2025-%06d. [[P:%s %s]]" % (rng.randint(1000, 999999), first, last)
    return text


def _gen_en_neg(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return "Bus %d was %d minutes late at the %s stop at %d:%02d. Again." % (
            rng.choice([14, 18, 23, 55, 58, 73, 78]), rng.randint(8, 40),
            rng.choice(["Töölöntori", "Meilahti", "Kulosaari metro", "Hakaniemi"]), rng.randint(6, 9),
            rng.randint(0, 59))
    if kind == 1:
        return "The paddling pool in %s is open %d–%d according to the sign but it was closed today. %d € entry?" % (
            rng.choice(["Sinebrychoff park", "Tove Jansson park", "Kaisaniemi park"]), rng.randint(9, 11),
            rng.randint(16, 19), rng.randint(2, 8))
    if kind == 2:
        return "Case %d/2025: you promised an answer within %d days. It has been %d. Postal code %s." % (
            rng.randint(1000, 9999), rng.choice([7, 14, 30]), rng.randint(31, 90),
            rng.choice(["00100", "00250", "00530", "00840"]))
    return "%s looks amazing after the renovation. Thanks to everyone who has worked there since %d!" % (
        rng.choice(["Runeberg Esplanade", "Aleksis Kivi park", "Sibelius park", "Finlandia Hall"]),
        rng.randint(2019, 2024))


N_GEN_POS = 36
N_GEN_NEG = 4


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = [("sv", t) for t in HAND_SV] + [("en", t) for t in HAND_EN]
    for _ in range(N_GEN_POS):
        out.append(("sv", _gen_sv(rng)))
    for _ in range(N_GEN_POS):
        out.append(("en", _gen_en(rng)))
    for _ in range(N_GEN_NEG):
        out.append(("sv", _gen_sv_neg(rng)))
        out.append(("en", _gen_en_neg(rng)))
    rng.shuffle(out)
    return out
