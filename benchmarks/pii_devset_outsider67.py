"""Blind evaluation block 67 for the personal-data scrubber (Swedish day sample).

Written by helper "outsider 67" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was given). I ran no git commands, did not run the
scrubber and did not run any evaluation. Everything here was written from the brief and my own
knowledge of how people write.

Focus: "another random day, Swedish" - a realistic sample of one day's feedback (Open311), hearing
comments (Kerrokantasi), participatory-budgeting proposals and comments (OmaStadi) and room booking
notes (Varaamo) sent to the City of Helsinki, 100 % in Swedish. Writers of every kind: Finland-Swedes
young and old (some dialect, some all caps), Swedes who moved here, bilingual families mixing in a
Finnish word, children, associations. Topics: streets, snow, parks, noise, schools, libraries,
traffic, parking, bookings, compensation. Each message carries zero to four pieces of personal data
in the forms people really use: names in every position (lower case, genitive -s, initials,
signatures, forwarded headers), phones in many layouts, e-mails, addresses with "lgh", "bst" and
staircase letters, Finnish and Swedish plates, personbeteckning/HETU, IBAN/kontonummer, IP addresses.
About a third are hard negatives: famous people, places and streets named after people, streets
without numbers, parks, schools, brands, pets, Swedish words that are also first names (sten, stig,
dag, fred, ek, björk, ros, strand, holm), dates, times, prices, case and invoice numbers, version
numbers that look like IP addresses, bus lines, postal codes and opening hours.

Seed: 6767 (random.Random(SEED) drives the small generators; the hand-written part is fixed).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (genitive -s
inside the span, role words and titles outside), E e-mail, T phone, H Finnish personal identity
code, I IBAN or bank account number, R licence plate, IP IP address, A street address with a
house number (staircase and flat included, postal code and city outside). Famous people and
names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 6767

_HAND = [
    # ---- Open311: snow, streets, parking -------------------------------------------------
    "Hej! Snöplogen har igen lämnat en meterhög vall framför vår port på [[A:Runebergsgatan 37]], det går inte att komma ut med barnvagn. Kan ni skicka någon idag? Mvh [[P:Ulla-Britt Sandell]], tel [[T:040 718 2290]]",
    "Gångvägen längs Tölöviken är spegelblank från Sibeliusparken ända till Hesperiaparken. Ingen sand alls sedan i lördags. Snälla sanda innan någon bryter höften.",
    "Bilen med reg.nr [[R:GKT-418]] har stått parkerad på cykelbanan vid [[A:Brändövägen 14]] i tre dagar nu. Den har inga dekaler och en ruta är krossad. Någon borde ta bort den.",
    "Gatlyktorna på Kottbyvägen mellan Koskelavägen och Kottby torg har varit släckta sedan 3.12. Det är kolsvart när man går hem från bussen. Ärendenr HEL-2025-118342 om ni vill kolla.",
    "hej jag bor på [[A:Sturegatan 12 B lgh 31]] och grannens hund skäller hela nätterna, har försökt prata med dem men inget händer. kan staden göra något?? /[[P:Jonna]]",
    "Sten och grus från förra vinterns sandning ligger fortfarande kvar på cykelbanan vid Hagnäs torg, nu är det ju december igen 😅 Sopa bort det innan snön kommer så slipper vi halka på gruset under snön.",
    "Hej, jag vill söka ersättning för en skada på min bil. Jag körde ner i ett stort hål i asfalten på Mechelingatan strax före korsningen med Runebergsgatan den 28.11 kl 17.45. Höger framdäck och fälg förstörda. Bilen: [[R:ZNL-705]]. Kvitto från verkstaden bifogas (412,60 €). Ersättningen kan betalas till [[I:FI38 5798 0040 1122 33]].\n[[P:Mikael Forsström]]\n[[A:Mechelingatan 26 C 44]]\n00100 Helsingfors",
    "Varför har man tagit bort bänkarna i Brunnsparken? Min mamma är 87 och behöver vila på vägen till Kafé Ursula. Sätt tillbaka dem, tack.",
    "Dag efter dag står sopbilen på trottoaren vid Berghälls kyrka kl 7.15 med motorn igång. Det luktar diesel ända in i sovrummen. Kan ni byta rutt eller tid?",
    "Till stadsmiljösektorn. Jag har flera gånger anmält att dagvattenbrunnen utanför [[A:Hoplaksvägen 5]] är igensatt, senast i oktober (ärende 2025-08871). Varje gång det regnar står vattnet 20 cm djupt och nu fryser det till en isbana.\n\nVänliga hälsningar,\n[[P:Gunnar Åberg]], pensionär",
    "Hej hej! Jag flyttade hit från Göteborg i somras och fattar inte riktigt hur man får boendeparkering. Min bil har fortfarande svenska skyltar ([[R:MLB 84C]]). Måste jag registrera om den först? Man når mig på [[T:+46 70 412 88 19]] eller [[E:linnea.karlsson@outlook.com]] /[[P:Linnéa]]",
    "Linnea och vitsippor brukade växa i skogsdungen bakom Gamlas skola, nu är allt uppgrävt för fjärrvärmerören. Återställ marken ordentligt i vår!",
    "Personbeteckning krävs tydligen för ansökan om boendeparkering, så här: [[H:050591-337L]]. Bilen är [[R:MXR-231]] och jag bor på [[A:Fleminggatan 9 B 22]]. Hoppas det räcker. //[[P:Tobias Enqvist]]",
    "Parkeringsautomaten på Georgsgatan tar inte kort. Har försökt tre gånger idag. Automat nr 1172.",
    "Hej, jag har fått en felparkeringsavgift (nr 40981233) fast jag hade betalat i appen. Registreringsnumret i appen är [[R:KIX-380]] men jag råkade skriva [[R:KIX-308]] i parkeringen den dagen. Det är alltså samma bil, kan ni annullera avgiften?",
    "Vit paketbil [[R:FXZ-604]] står varje natt på handikapplatsen vid Stockmanns lastkaj. Inget tillstånd synligt.",
    "Felparkerade igen: [[R:RGN-18]] och [[R:ZZT-771]] på gångbanan utanför [[A:Hämeentie 40]] hela eftermiddagen.",
    "Vad är det för system ni har?! Jag fick 80 euro i böter för att jag parkerade \"för nära ett övergångsställe\" på Museigatan. I Stockholm hade det varit helt ok. Ärende P-445921.",
    "HEJ. JAG HAR FÖRSÖKT RINGA STADENS NUMMER HELA MORGONEN. SNÖN PÅ [[A:ÅGGELBYVÄGEN 12]] HAR INTE PLOGATS. JAG ÄR 88 ÅR OCH KAN INTE GÅ UT. [[P:HOLGER WIKSTRÖM]] [[T:09 378 115]]",
    "SNÖPLOGEN KOM KL 3.40 I NATT OCH VÄCKTE HELA KVARTERET. MÅSTE DET VARA MITT I NATTEN?",
    "Bil utan skyltar står på [[A:Kristinegatan 3]]. Tredje veckan nu.\n\nSkickat från min iPhone",
    "Glömde skriva: lyktstolpen i hörnet av Kristinegatan och Bangatan lutar också.\n\nSkickat från min iPhone",
    "en grå volvo med nr [[R:jlo-229]] kör varje morgon över gångbanan för att slippa kön på Tavastvägen. nån kommer att bli påkörd.",
    "Bussnummer 1107 på linje 550 stannade inte vid hållplatsen Mejlans i morse kl 7.42 trots att vi var fem som vinkade.",
    "Grannens husbil ([[R:MOH-99]]) blockerar sikten vid utfarten från [[A:Hollantilaisentie 5]], man ser inte cyklisterna alls.",
    "Holländarvägen behöver farthinder, bilarna kör 60 där barnen går till skolan.",
    "Ja ha int sett na plogbil på heila veckon här på [[A:Kyrkobyvägen 18]]. Ska man sjölv ta spadan? – [[P:Göran]]",
    "Samma problem som förra vintern. Ring mig om ni behöver mer info [[T:0403556712]] /[[P:gun]]",
    "Tack för snabb plogning i morse 👍",
    "Fick svar efter två veckor, ärendet stängt utan åtgärd. Varför?",
    "Är det staden eller fastigheten som ska sanda trottoaren framför ett hus? Jag får olika svar beroende på vem jag frågar.",
    "Hej, är det här rätt ställe för att anmäla att vår hyresvärd inte sköter snöröjningen? Gården på [[A:Helsingegatan 18]] är full av is. Hyresvärden heter [[P:Timo Grönlund]] och han svarar inte i telefon ([[T:040 311 0291]]).",
    "Gatuadress för leveransen av sandsäckarna: [[A:Kallvikvägen 35 C 2]], Nordsjö. Portkoden är 4471. Fråga efter [[P:Bosse]] (ring [[T:040-555 8821]]).",
    "Det har varit mörkt i gångtunneln under Tavastvägen vid Sörnäs i minst tre veckor. Lamporna är söndriga och det ligger glas på marken.",
    "Berg och dal hela vägen längs Kottbyvägen, asfalten har spruckit efter tjälen. Jag cyklar inte där längre.",
    "Anmälare: [[P:Nils-Gustav Ramsay]] / [[E:ngramsay@welho.com]] / [[T:+358 9 475 2210]] / [[A:Parkgatan 15 A 6]]\nÄrende: trädet utanför vårt fönster lutar farligt mot huset efter stormen.",
    "Den gamla eken vid Kottby torg ser sjuk ut, stora grenar har fallit på trottoaren. Kan en arborist kolla den?",
    "Björkarna längs Stora Allén släpper grenar på parkerade bilar varje gång det blåser. Beskär dem innan någon skadas.",
    # ---- compensation ----------------------------------------------------------------
    "Hej igen. Angående ärende HEL 2025-114773: ni frågade efter kontonummer för återbetalning av den felaktiga parkeringsboten. Det är [[I:FI72 1025 3000 1277 41]], kontoinnehavare [[P:Anders Sjöblom]]. Boten gällde bilen [[R:CUV-92]] och jag hade ett giltigt tillstånd i vindrutan.",
    "Ansökan om skadestånd: ett träd i parken bakom vår tomt i Kottby föll under stormen 2.11 och krossade staketet och växthuset. Försäkringsbolaget hänvisar till staden. Fastighetsägare [[P:Leif]] och [[P:Marita Holmberg]], pbt [[H:300948-151V]]. Ersättning till konto [[I:FI16 1572 3000 3344 55]].",
    "Hej, jag har betalat bokningsavgiften två gånger (2 x 45 €) för mötesrummet i Östra centrums bibliotek. Kvittonummer 88213 och 88214. Returnera gärna den ena till kontot [[I:FI19 4710 0012 3498 76]]. Tack, [[P:Johanna Mäkelä-Strand]]",
    "Hej [[P:Malin]], som vi pratade om i telefon skickar jag kopian på kvittot. Mitt kontonummer för ersättningen är [[I:FI05 3131 3001 2345 67]].\nMvh [[P:Pontus Wallin]]",
    "Jag blev nedstänkt av en snöplog vid Sörnäs metrostation 3.12 kl 8.20. Kappan måste kemtvättas (38 €). Kan staden ersätta? [[P:Helena Sundström]], [[I:FI22 2065 1800 0991 20]]",
    "Snöplogen stänkte ner hela busskuren vid Sörnäs. Ingen skada skedd men kanske de kunde köra lite långsammare.",
    "Jag bor fortfarande delvis i Sverige och har bara svenskt konto. Kan ni betala ersättningen till [[I:SE20 8000 0832 7900 0012 3456]]? Kontoinnehavare: [[P:Karin Bergqvist]]",
    "Bankgiro?? Vi har inte ens bankgiro i Finland 😂 Svar till ovanstående: staden betalar bara till IBAN-konto enligt anvisningarna på sidan.",
    "Fakturanummer 2309-4411-07 har fel förfallodag, det står 31.11 och den dagen finns ju inte 😄",
    "Jag har ännu inte fått beslut om färdtjänst fast jag sökte i augusti. Min personbeteckning är [[H:110457-8703]] om ni behöver söka upp ärendet. [[P:Rolf Backman]], [[T:040 823 1156]]",
    "Färdtjänstbilen kom 45 minuter för sent till Kampens servicecentral. Beställningsnummer 7712093.",
    # ---- noise, neighbours, parks ------------------------------------------------------
    "Anmälan om bullerstörning. Byggarbetsplatsen på [[A:Tavastvägen 105]] börjar borra kl 6 på morgonen, också på lördagar. Enligt miljötillståndet får de börja först kl 7. Jag bor mittemot i [[A:Tavastvägen 110 A 17]].\n[[P:Ronja Lehtinen]] [[T:044 281 9930]]",
    "Min granne [[P:Holmström]] på andra våningen har installerat en luftvärmepump som brummar hela natten. Det hörs in i vårt sovrum på [[A:Sandviksgatan 5 A 8]]. Hur många decibel får en sån ha?",
    "Vi vill bara ha lugn och fred på nätterna. Barerna på Helsingegatan spelar musik till kl 4 och folk skriker på gatan efteråt.",
    "Det dunkar bas från lägenheten ovanför oss varje natt. Vi bor i lgh 14, de i 18, adressen är [[A:Vasagatan 7]]. Vi har pratat med disponenten utan resultat. – [[P:Lotta]] & [[P:Jere]]",
    "[[P:Lindqvists]] hund har igen gjort sina behov mitt i sandlådan i Brahe-parken. Jag har sagt till dem två gånger. Kan parkförvaltningen sätta upp en skylt?",
    "Brahe-planen borde spolas för skridskor senast vecka 51. Förra året var den klar först i januari.",
    "Spolningen av isbanan i Brahe-parken gjordes 5.12 men redan 7.12 var den sönder pga plusgrader. Inget man kan göra åt vädret, men tack för försöket!",
    "Tack för att ni äntligen reparerade gungan i Kajsaniemiparken! Barnen blev jätteglada.",
    "Tove Jansson skulle vända sig i graven om hon såg hur Tove Janssons park ser ut nu. Kullerstenarna är lösa och papperskorgarna överfulla.",
    "Anmälan: lösa hundar i Centralparken vid Hagasvängen varje morgon kl 7. En av ägarna heter [[P:Roope]] tror jag, han har en stor svart labrador som heter Hilma.",
    "Hilma, Alma och Tyra – våra tre hönor – har fått rävbesök tre nätter i rad. Finns det någon på staden som hanterar rävar i stadsmiljö? Vi bor i Mosabacka.",
    "Stranden vid Sandudd har blivit en hundstrand på kvällarna fast det är förbjudet. Ingen övervakning alls.",
    "Stig upp tidigt en söndag och gå ut till Fölisön, så förstår ni varför vi inte vill ha en restaurang där som är öppen till kl 2 på natten.",
    "Ros och ris till vinterunderhållet: ros för att Baana plogas tidigt, ris för att gångvägarna i Böle glöms bort helt.",
    "Hundparken vid Kallviksudden saknar belysning. Kl 16 är det redan mörkt och man ser inte var man kliver.",
    "Sopkärlen på Hagnäs torg töms bara måndagar och torsdagar, på lördagar svämmar de över av pizzakartonger.",
    "Hej! Kan ni flytta bänken som står framför min port? Varje kväll sitter det folk och röker där och röken kommer in genom fönstret. [[A:Tölögatan 51 lgh 3]], [[P:Marianne]]",
    "Vi boende i [[A:Porthansgatan 3]] motsätter oss bestämt att gården mot Agricolagatan görs om till parkeringsplats. Det är den enda gröna plätten i kvarteret.\n\nPå husbolagets vägnar,\n[[P:Kaj-Erik Nordman]], styrelseordförande\nBostads Ab Porthanshuset",
    "Jag vill anmäla att någon har sprejat namnet [[P:JESSE]] och ett telefonnummer på väggen vid lekparken Brahe. Numret är [[T:045 778 2013]], kanske ni kan kontakta personen och be hen tvätta bort det?",
    "Min son [[P:Oliver]] (12 år) blev påkörd av en elsparkcykel på övergångsstället vid [[A:Mannerheimvägen 68]] igår kväll. Föraren körde iväg. Han klarade sig med blåmärken men det här är farligt. Förbjud sparkcyklarna på trottoaren! [[P:Petra Vainio]]",
    "Kl. 12.30 stannade hissen vid Kampens metrostation igen, tredje gången den här månaden.",
    "Helsingforsappen version 10.2.0.15 kraschar när man försöker lägga till ett foto till en felanmälan. Telefonen är en Samsung S21.",
    "Jag föreslår att den nya skolan i Kronbergsstranden får namnet Sibeliusskolan. Eller varför inte efter Edith Södergran?",
    "asså varför finns det inga toaletter vid Tölö bollplan?? vi hänger där typ varje dag efter skolan och måste springa ända till Prisma 😭😭",
    "hej det är [[P:wilma]] och [[P:alva]] vi vill ha en hundpark i nordsjö för vi har hundar och de e alltid kopplade 🐶🐶",
    "Hej! Jag heter [[P:Sigrid]] och jag är 9 år. Jag vill att ni bygger en ny rutschkana i parken vid vår skola för den gamla är trasig. Mamma hjälper mig skriva. 🛝",
    "Tjena! Jag heter [[P:Oscar Lindgren]], pluggar på Hanken och bor på [[A:Dragonvägen 4 A 12]]. Gården bredvid har ett gammalt cykelställ fullt med övergivna cyklar. Kan ni hämta dem? 🚲",
    "Hanken, Arcada och Novia borde få ett gemensamt studenthus vid Böle i stället för ännu ett kontorshus.",
    "Bästa tjänstemän,\n\nJag är en 81-årig änka som bott i Gardesstaden hela mitt liv. Förr sopades trottoarerna av gårdskarlen varje morgon, numera bryr sig ingen. I förrgår halkade jag utanför vårt hus och slog i handleden. Min dotter [[P:Christina]] fick köra mig till Haartmanska sjukhuset. Jag vill veta vem som ansvarar för sandningen här och om jag kan få ersättning för taxikostnaderna.\n\nMed vänlig hälsning\n[[P:Ebba Grotenfelt]]\n[[A:Kaserngatan 46 C 9]]\n00130 Helsingfors\ntel. [[T:09 663 214]]",
    "Jag pendlar från Dickursby med P-tåget varje dag och från Böle station är det halt hela vägen till Mässcentret.",
    "Jag bor i Esbo ([[A:Kauppamiehentie 6 B 20]]) men cyklar till jobbet i Gräsviken varje dag. Cykelbanan vid gränsen till Helsingfors plogas aldrig före kl 9. [[P:Patrik]]",
    # ---- schools, daycare, libraries ---------------------------------------------------
    "Hej! Vi är en tvåspråkig familj i Hertonäs och undrar varför vår son [[P:Elias]] inte fick plats i den svenska skolan trots att han gått i svenskt dagis i fyra år. Skolan vi fick ligger 3,5 km bort. Ansökan skickades 15.2 men beslutet kom först nu. Kan någon ringa mig?\n[[P:Sanna Korhonen-Björklund]] [[T:041 503 7786]]",
    "Skolmaten i Kottby lågstadium har blivit bättre, tack till köket! Men portionerna räcker inte för åk 6.",
    "hej, jag är [[P:Aleksi]] från åk 9 på Botby grundskola och vi vill föreslå en basketplan vid skolan. typ många i vår klass spelar. ni kan kontakta vår lärare [[P:Sofia Nyholm]] [[E:sofia.nyholm@edu.hel.fi]]",
    "Vi vill byta skola för våra barn [[P:Ida]] och [[P:Kasper]] från Lauttasaaren ala-aste till Drumsö lågstadium eftersom vi talar svenska hemma. Vem ska vi kontakta? Vi bor på [[A:Drumsövägen 39 D 51]].",
    "Idag var det tredje gången den här veckan som morgonbussen 21 inte kom alls. Barnen kommer för sent till skolan.",
    "Vem bestämmer om skolskjuts? Min dotter [[P:Astrid]] har 4,8 km till Kottby lågstadium och ni säger att gränsen är 5 km. Vägen saknar trottoar på 400 meter. [[P:Jonas Ek]]",
    "Skolskjuts: taxichauffören som kör vår son varje morgon, [[P:Jari]], kör alldeles för fort på Munksnäs allé. Bilens nummer [[R:TXA-516]].",
    "Taxistolpen vid Munksnäs allé har fått ny skylt men ingen ser den pga snövallen.",
    "Anmälan till förskoleundervisning hösten 2026: barnets namn [[P:Leo Kallio]], personbeteckning [[H:150620A318X]]. Önskad plats: Daghemmet Skogsbacken eller något annat svenskspråkigt i Åggelby.",
    "Zacharias Topelius-skolan har fått nya datorer men wifi fungerar inte i klassrum 204. Det har anmälts tre gånger.",
    "Biblioteket i Oodi har fantastiska öppettider men varför stänger Tölö bibliotek redan kl 16 på lördagar? Förr var det öppet till 18.\nMvh en trogen låntagare",
    "Till den som ansvarar för Drumsö bibliotek: jag glömde min svarta ryggsäck i läsesalen i torsdags. I den finns en plånbok med id-kort. Ring gärna [[T:+358 44 952 1180]] eller mejla [[E:hanna.westerlund82@gmail.com]] om den hittats. Tack på förhand! [[P:Hanna W.]]",
    "Hej bibliotekarier i Sockenbacka! Min dotter [[P:Ella-Maria]] har en försenad bok (Mumintrollet och kometen) men den har försvunnit. Vad kostar en ersättningsbok? Lånekortet är på mitt namn, [[P:Susanne Lindell]].",
    "mamma till [[P:Noel]] här, han har tappat sitt busskort i gymnastiksalen på Brahe eller på vägen hem. det står [[P:Noel Ahlström]] på kortet. ring [[T:0449876102]] om ni hittar",
    "Varför är det bara finska på skylten vid Baggböle bibliotek? Helsingfors är tvåspråkigt!",
    "Tove Jansson-utställningen i Ateneum är fantastisk men kön till garderoben tog 30 minuter.",
    "Vad är öppettiderna för Sörnäs simhall under jullovet? 24–26.12 stängt antar jag men hur är det 27.12?",
    "Jag är ny i stan (från Uppsala) och förstår inte sopsorteringen i vårt hus. Var lämnar man batterier? Det står inget på svenska i soprummet.",
    "Teckenspråkstolk behövs vid invånarmötet 15.1.2026 i Malms kulturhus. Finns det budget för det?",
    "Malms köpcentrum har öppnat en ny ingång från torget men rampen är för brant för rullstol. Lutningen är säkert 10 %.",
    "Om ni behöver nå mig: [[P:Pirjo]], [[T:+358503391220]]. Hellre sms än samtal, jag är hörselskadad.",
    "Till Varaamo-stödet: jag har två konton av misstag, ett med [[E:tove.lindholm@gmail.com]] och ett med [[E:tove.lindholm@arcada.fi]]. Kan ni slå ihop dem? Telefonnumret är samma på båda: [[T:050 612 9934]].",
    "Hej, jag vill byta e-postadress för mina Varaamo-bokningar från [[E:erik.holm@saunalahti.fi]] till [[E:erik.holm71@gmail.com]], den gamla slutar fungera 31.12. /[[P:Erik Holm]]",
    "Eriksgatan har fått nya cykelbanor men målningen är redan sliten. Varför används inte termoplast?",
    "Holmarna utanför Drumsö borde få en pontonbro för gående sommartid.",
    "Hej, jag försöker logga in i Varaamo men får felmeddelandet Access denied varje gång. Min IP-adress enligt sidan är [[IP:85.76.143.201]]. Användarnamnet är min e-post [[E:kaj.stenroos@pp.inet.fi]]. Vad ska jag göra?",
    "Felmeddelande i Kerrokantasi: Error 502 Bad Gateway kl 13.40, Firefox 128. Kommentaren jag skrivit i en halvtimme försvann.",
    "Jag har fått spärrat konto i Kerrokantasi, kanske för att vi delar IP i studenthemmet ([[IP:130.233.16.4]])? Flera av oss kommenterar från samma nät. [[P:Vilhelm Strandberg]]",
    # ---- Kerrokantasi hearing comments -------------------------------------------------
    "Jag håller inte alls med föregående skribent. Att bygga sexvåningshus på bollplanen i Munksnäs förstör det enda öppna området barnen har. Vi har bott här sedan 1974 och sett hur grönområdena krymper år för år.",
    "> Parkeringsplatserna behövs för oss som jobbar i skift\n\nMen [[P:Kristian]], det finns ju ett parkeringshus 300 meter bort vid Fiskehamnen! Vi kan inte planera staden efter bilen år 2026.",
    "Bra förslag med fler cykelställ vid Tölö torg. Men ta inte bort träden! Björkarna där är över 50 år gamla.",
    "@[[P:Birgitta H]] jag tror du missförstått, det handlar inte om att stänga Södra kajen för gott utan bara sommartid. Läs bilaga 3.",
    "Planen för Busholmens södra del är bra men var finns skolan? Redan nu går barnen i baracker. Bygg skolan först, sen bostäderna.",
    "Hej [[P:Rasmus]]! Tack för svaret. Jag håller med om att Vallgårds gård borde bli en park, men vem ska betala underhållet? /[[P:Ingegerd]]",
    "Replik till [[P:Pekka Saarinens]] kommentar: nej, spårvagnen till Nordsjö är inte slöseri. Den som bor i Nordsjö vet hur fulla bussarna är.",
    "[[P:Gustav]] skrev:\n> Ingen använder ju den där parken\n\nJo, vi gör det varje dag med barnvagn. Att du inte ser oss betyder inte att vi inte finns.",
    "Tack [[P:Kim]] för att du tog upp bullerplanket. Jag bor vid Ring I och ljudnivån på balkongen är över 65 dB på dagtid.",
    "Ring I och Västerleden borde ha bullerskydd vid Munkshöjden. Mätningarna från 2019 visar 68 dB.",
    "Jag stöder [[P:Anderssons]] förslag om att göra Brunnsparken bilfri på sommaren, men leveranserna till kaféerna måste fungera.",
    "Till Stadsplaneringsnämnden\n\nAngående detaljplaneändringen för kvarteret 452 i Brändö (diarienr HEL 2024-009812). Som ägare till fastigheten på [[A:Brändövägen 22]] sedan 1968 vill jag framföra följande:\n1) Den planerade byggnadshöjden på 18 m skuggar vår trädgård helt under vinterhalvåret.\n2) Trafiken på Brändövägen ökar redan nu.\n3) Villaområdet förlorar sin historiska karaktär.\n\nJag ber att mina synpunkter beaktas.\n\n[[P:Carl-Johan af Hällström]]\ndiplomingenjör",
    "Kvarter 452? Det heter väl 49065 enligt planen. Läs kartbilagan innan ni skriver.",
    "Jag har läst planbeskrivningen för Tölö torg noga. Förslaget att ta bort 38 parkeringsplatser är bra, men leveranstrafiken till butikerna måste lösas, kl 6–10 behövs lastzoner. Dessutom: varför planeras inga nya träd på torgets västra sida? Klimatanpassning borde vara ett krav i alla nya planer. Sammantaget stöder jag förslaget med reservationer.",
    "Jag tror att någon skriver kommentarer under flera namn i den här diskussionen. Trafikvän, Bilist86 och Sanningen skrev alla inom fem minuter med samma stavfel. Kan moderatorn kolla?",
    "Som [[P:Margit]] redan sa ovan – Vallgård behöver inte fler bostäder, det behöver en simhall.",
    "Instämmer med [[P:Thomas]] och [[P:Eeva-Liisa]]. Spårvägen genom Fiskehamnen borde byggas före nya höghus, inte efter.",
    "Varför planeras bara finskspråkiga skolor i Kronbergsstranden? 12 % av barnen i området har svenska som modersmål enligt stadens egen statistik.",
    "Jag var på invånarkvällen i Arbis 20.11 och stadsplaneraren [[P:Heikki Rautio]] lovade att planen skulle ändras. Nu ser jag ingen ändring alls i den nya versionen.",
    "Ärligt talat, den här planen ser ut som om ingen av planerarna någonsin gått på Norra kajen en blåsig novemberdag.",
    "Som ordförande i Kronohagens hembygdsförening vill jag tacka för att trädraden på Maneschgatan bevaras. Föreningen stöder planen i sin helhet. [[P:Gun-Britt Lindfors]]",
    "Kommentar från Svenska pensionärsförbundets lokalavdelning i Helsingfors: vi önskar fler bänkar längs Mannerheimvägen, helst var hundrade meter, och offentliga toaletter som är öppna också på vintern.",
    # ---- OmaStadi proposals and comments -----------------------------------------------
    "Förslag: Utegym vid Kallviksudden\nNordsjö saknar ett ordentligt utegym för vuxna och äldre. Vi föreslår ett gym med räcken, bänkar och en balansbana nära strandstigen. Kostnad ca 60 000 €. Förslaget görs av Nordsjö marthaförening r.f.",
    "Stöder! Jag springer där varje kväll med min hund Doris och det är livsfarligt i mörkret.",
    "Kommentar av [[P:Liisa V.]]: Bra idé men 60 000 € räcker inte ens till underlaget.",
    "Budgeten för hela östra stordistriktet är 1,2 miljoner euro. Förslaget med utegym tar alltså ungefär 5 %.",
    "Förslag till OmaStadi: belysning på motionsslingan vid Malms gamla flygfält. Förslaget har tagits fram av grannskapsgruppen, kontaktperson [[P:Jukka Lindroos]] ([[E:jukka.lindroos@kolumbus.fi]]).",
    "Förslag: Bokbytarhylla vid Mosabacka station\nEn liten väderskyddad hylla där man kan lämna och ta böcker på finska, svenska och engelska. Pris ca 2 500 €. Vi sköter den själva. Hälsningar [[P:Camilla]] och [[P:Ville]] från [[A:Tapaninkyläntie 51]]",
    "Jättebra förslag! Jag har redan en låda med Astrid Lindgren och Harry Potter som väntar 📚",
    "Förslag från Munksnäs hembygdsförening: restaurera den gamla sommarscenen i Munksnäs park. Beräknad kostnad 35 000 €. Kontakt [[E:munksnas.hembygd@gmail.com]], ordf. [[P:Staffan Ekström]] [[T:044 508 2217]]",
    "Hoppas förslaget går vidare. Min morfar spelade dragspel på den scenen på 50-talet!",
    "Förslag: Julbelysning i Hagnäs saluhalls omgivning. Kostnad 18 000 € inkl. montering. (förslagsställare [[P:a.nyberg]])",
    "Röstade på det här och på konstgräsplanen i Gårdsbacka. Lycka till!",
    "Tyvärr måste vi som moderatorer slå ihop det här förslaget med förslag nr 1142 (Belysning Malms flygfält) eftersom de är nästan identiska. Hälsningar, OmaStadi-teamet",
    "Förslaget borde inte slås ihop! Vårt gäller den norra slingan, nr 1142 den södra. [[P:Jukka L.]]",
    # ---- Varaamo booking notes ---------------------------------------------------------
    "Bokar klubbrummet på Arabiastranden för vår stickcafé-grupp varje tisdag 17–20. Nyckeln hämtas av [[P:Margareta Lund]] ([[T:045 671 0023]]). Fakturan till föreningen, FO-nummer 1234567-8.",
    "Bokning för Annegården, sal 2, lö 13.12 kl 10–15. Julpyssel för Rödbergens föräldraförening. Kontaktperson [[P:Cecilia Grönroos]], [[E:cecilia.gronroos@elisanet.fi]], [[T:0400 188 452]]. Vi städar själva efteråt.",
    "hämtar nyckeln fre, ring om nåt [[T:0505551923]] /[[P:mårten]]",
    "Bokat Gamlas ungdomsgård lö 20.12 för 16-årskalas. Ansvarig vuxen: [[P:Maria Ek]], [[T:+358 50 412 0078]]. Dottern [[P:Vilma]] fyller 16 😊",
    "Ang. bokning 2025-VAR-44912: jag ([[P:Axel]]) är sjuk och kan inte hämta nyckeln. [[P:Fredrika Ståhlberg]] kommer i stället, hon har nummer [[T:041 770 6235]].",
    "Bokning 2025-VAR-45010 avbokas. Vi har hittat en annan lokal. Referens: faktura 770213.",
    "Nyckeln lämnas i nyckelboxen vid huvudingången, koden får ni i bekräftelsemejlet.",
    "Hej! Vi är Folkhälsans lokalförening i Baggböle och vill ordna julfest i Baggböle lågstadiums matsal 13.12 kl 15–18. Ca 60 deltagare. Kontakt: [[P:Annika Blomqvist]] [[T:050 223 4410]]",
    "Kontaktuppgifter för bokningen (Nordsjö ungdomsgård 20.12):\nNamn: [[P:Rami Haddad]]\nTel: [[T:0445550192]]\nE-post: [[E:rami.haddad@luukku.com]]",
    "Vi kommer ungefär 25 personer, vi behöver 5 bord och 25 stolar. Projektorn behövs inte. Vi går senast kl 21.30.",
    "sv: gällande bokningen – nyckeln kan lämnas i postlådan på [[A:Lönnrotsgatan 21 B 18]] efter kl 22, skriv [[P:Sjöberg]] på kuvertet.",
    "Ni ville ha personbeteckning för hyresavtalet, den är [[H:161283-598P]].\nHälsn. [[P:Jenni Laakso]]",
    "Jag, [[P:Henrik Ekholm]], ger härmed [[P:Sara Virtanen]] fullmakt att hämta nycklarna till Kampens ungdomslokal för bokningen 6.12. Min personbeteckning [[H:021199-7231]].",
    "Hej. Nyckelboxen vid Kampens ungdomslokal är trasig, koden 1904 fungerar inte. Vi stod ute i 40 minuter.",
    "Nycklar hämtas av [[P:Janne]] eller [[P:Mirja]], återlämnas måndag av [[P:Janne]].",
    "Nycklarna återlämnades till infodisken i Oodi 16.12 kl 9.05.",
    "Vi vill boka Stoas stora sal för vår Luciakonsert 13.12.2026 kl 18 och behöver också flygeln.\n\nMed vänliga hälsningar\n\n[[P:Pia Lönnblad]]\nverksamhetsledare\nKulturföreningen Vågen rf\n[[T:+358 40 655 7311]]\nwww.vagen.fi",
    "Luciakonserten i Johanneskyrkan 13.12 kl 18 är gratis – men hur ska man ta sig dit när spårvagn 3 inte går?",
    "Drumsö Marthaförening r.f. ansöker om att få använda Drumsö lågstadiums gymnastiksal torsdagar kl 18–20 under våren 2026. Ordförande [[P:Barbro Stenius]], [[E:barbro.stenius@gmail.com]]. Kassör [[P:Anne-Maj Söderlund]], [[T:050 917 3346]].",
    "Hej! Hur bokar man Vuxenskolans lokaler via Varaamo? Jag hittar bara finska sidor. Tack.",
    "Hej, kan ni ge mig kontaktuppgifterna till den som sköter bastun på Fölisön? Vi är ett gäng från [[P:Hasses]] arbetsplats som vill boka den i januari.",
    "Fakturan för bokningen ska skickas till [[P:Mattias Grönqvist]], [[A:Norra Hesperiagatan 17 A bst 9]], 00260 Helsingfors. Inte till föreningens gamla adress.",
    "Bokningen gäller Tölö biblioteks sagorum ons 10.12 kl 9.30–10.30, babyrytmik för 8 familjer. Ledare [[P:Emmi]] (tel [[T:050-44 12 998]])",
    "Kan vi få komma in redan kl 16.30 och duka? Bokningen börjar 17.00. Mvh Schackklubben Springaren",
    "Bokare: [[P:Daniel Sjöholm]]\nTelefon: [[T:044 7203 615]]\nSyfte: rollspelskväll för 6 vuxna\nBehöver: bord, eluttag\nÖvrigt: vi tar med egen kaffekokare, är det ok?",
    # ---- misc / hard ---------------------------------------------------------------
    "---------- Vidarebefordrat meddelande ---------\nFrån: [[P:Kristoffer Lönnqvist]] <[[E:k.lonnqvist@hotmail.com]]>\nDatum: mån 1 dec. 2025 kl. 09:14\nÄmne: Skräp på Rödbergsgatan\n\nHej, skräpet utanför [[A:Rödbergsgatan 22]] har legat där i två veckor nu. Soffor, madrasser och en gammal tv.\n\nSkickar vidare eftersom jag inte fått något svar på tre veckor.",
    "Kontrollera gärna: [[P:Niklas Holmén]], hetu [[H:190786-264l]], ansökan om båtplats i Edesviken skickad 3.3.",
    "Båtplatsen B-114 i Edesviken har inte fått ny boj trots att ansökan skickades i mars.",
    "Varför står det Mannerheim på ena skylten och Mannerheimvägen på den andra vid Glaspalatset? Turister blir förvirrade.",
    "Om man åker spårvagn 4 till Munksnäs och ska vidare till Granö finns ingen skylt alls. Turister står och letar. Sätt upp en karta vid ändhållplatsen.",
    "Vi i Hagalunds pensionärsklubb önskar att buss 551 skulle stanna vid Hagalunds kyrka igen. Många av våra medlemmar går med rullator.",
    "Ni har skrivit fel i tidtabellen på hållplatsen Runebergsgatan: buss 14 går inte längre kl 6.02 på söndagar. Rätta gärna.",
    "Busslinje 55 kör fortfarande omvägen via Sturegatan fast vägarbetet blev klart i november. Ändra tillbaka rutten!",
    "Fiskehamnens köpcentrum Redi har ingen vettig cykelparkering. 40 platser för hela köpcentret räcker inte.",
    "Varför ska alla evenemang i Sibeliusparken sökas 6 veckor i förväg? Det är en park, inte en konsertsal.",
    "Björnarna på Högholmen har gått i ide, så vintertid lönar det sig inte att ta färjan dit bara för dem 😉 Men skyltningen från Skatudden till färjan kunde vara bättre.",
    "[[P:Marja]] här! Vi har ett ärende om en fallen stolpe på [[A:Fredriksgatan 61]], ni har ärendenummer 2025-77120. Den ligger fortfarande kvar. [[E:marja.k.ahonen@gmail.com]]",
    "Hej, vår förening (Stadsodlarna i Vallgård rf) skulle vilja ha odlingslådor i Vallgårds park. Kontakt [[P:Johanna]] [[T:+358 45 238 7710]] eller [[E:styrelsen@stadsodlarna.fi]]",
    "Re: Ert ärende 2025-91203\n\n> Tack för er respons. Vi har överfört ärendet till entreprenören.\n\nDet har gått sex veckor. Entreprenören har inte synts till. Fönstret som krossades när gräsklipparen slungade iväg en sten är fortfarande inte lagat. [[P:Åsa Lindén]], [[A:Hiihtäjäntie 4 A 2]]",
    "Undrar bara: gäller dubbdäcksförbudet på Norra esplanaden också taxibilar?",
    "Hej! [[P:Jocke]] från Sverige här 🇸🇪 Tycker Helsingfors är fantastiskt men varför sandar ni med så grovt grus? Mina hundars tassar blir sönderskurna. Kolla gärna med Stockholm, där använder de salt. [[E:jocke.nilsson79@telia.com]]",
    "Salt förstör skor, hundtassar och träd. Grus är bättre. Svar till inlägget ovan.",
    "Viktigt! Isen på Tölöviken är INTE säker, folk går ut på den redan. Sätt upp varningsskyltar vid Hesperiaparken och Sibeliusmonumentet.",
    "Till er som bokar Bastun i Sompasaari: stäng dörren ordentligt efter er. Förra veckan stod den öppen hela natten och ett rör frös sönder. Faktura på skadorna kom till mig som hade bokat, fast jag lämnade den stängd. Jag bestrider fakturan. [[P:Ville Heino]], bokning 2025-VAR-40077",
    "Lägenheten [[A:Albertsgatan 24 A 7]] har haft vattenläcka från gatuavloppet två gånger i år. Stadens vattenverk säger att det är fastighetens sak. Vem har rätt?",
    "Skicka svaret per post: [[P:Britt-Marie Kronqvist]], [[A:Unionsgatan 40 C bst 15]], 00170 Helsingfors. Jag har ingen e-post.",
    "Hej, OmaStadi-röstningen säger att jag redan har röstat, men det har jag inte! Kanske någon i familjen röstat från samma dator? Vår IP: [[IP:2001:14ba:a0f3:5c00:8d21:3b7e:11a4:9f02]]. Jag heter [[P:Kerstin Aalto]] och vill rösta själv.",
    "Till Varaamo-supporten: betalningen misslyckas hela tiden med meddelandet Transaction blocked from [[IP:62.78.191.30]]. Kortet fungerar annars överallt. /[[P:Pär]]",
]


# ---------------------------------------------------------------------------------------
# Small generators (deterministic, random.Random(SEED) only)
# ---------------------------------------------------------------------------------------

_F_FIRST = ["Anna", "Emma", "Sofia", "Elin", "Camilla", "Jenny", "Heidi", "Katarina", "Minna",
            "Sari", "Tuula", "Maj-Len", "Ann-Sofi", "Gunilla", "Ingrid", "Kristina", "Agneta",
            "Fatima", "Aino", "Saga", "Nora", "Ellen", "Matilda", "Tiina", "Jessica", "Rebecka",
            "Stina", "Mia", "Hedvig", "Eeva"]
_M_FIRST = ["Johan", "Mikael", "Stefan", "Fredrik", "Kalle", "Björn", "Magnus", "Tomas", "Peter",
            "Jesper", "Max", "Oskar", "Jussi", "Markku", "Ahmed", "Dmitri", "Benjamin", "Christer",
            "Lars-Olof", "Ted", "Nicklas", "Joakim", "Krister", "Sebastian", "Tage", "Mathias"]
_SURN = ["Lindholm", "Nyberg", "Sundqvist", "Forsblom", "Westerlund", "Ekström", "Wikström",
         "Lindberg", "Öhman", "Nordström", "Hägglund", "Blomberg", "Karlsson", "Mäkinen",
         "Nieminen", "Laine", "Heikkinen", "Rosenqvist", "von Bonsdorff", "Ahlberg", "Stenbäck",
         "Fagerström", "Strömberg", "Åkerlund", "Holmqvist", "Lindroth", "Sandberg", "Nyström",
         "Berg", "Salo", "Al-Sayed", "Koskinen", "Pettersson", "Granqvist", "Lundell", "Rönnholm"]

_STREETS = [("Mannerheimvägen", "Helsingfors"), ("Runebergsgatan", "Helsingfors"),
            ("Topeliusgatan", "Helsingfors"), ("Fredriksgatan", "Helsingfors"),
            ("Annegatan", "Helsingfors"), ("Albertsgatan", "Helsingfors"),
            ("Högbergsgatan", "Helsingfors"), ("Kaptensgatan", "Helsingfors"),
            ("Unionsgatan", "Helsingfors"), ("Mariegatan", "Helsingfors"),
            ("Helsingegatan", "Helsingfors"), ("Fleminggatan", "Helsingfors"),
            ("Porthansgatan", "Helsingfors"), ("Agricolagatan", "Helsingfors"),
            ("Vasagatan", "Helsingfors"), ("Castréngatan", "Helsingfors"),
            ("Sturegatan", "Helsingfors"), ("Tavastvägen", "Helsingfors"),
            ("Sörnäs strandväg", "Helsingfors"), ("Lönnrotsgatan", "Helsingfors"),
            ("Eriksgatan", "Helsingfors"), ("Georgsgatan", "Helsingfors"),
            ("Drumsövägen", "Helsingfors"), ("Kallvikvägen", "Helsingfors"),
            ("Brändövägen", "Helsingfors"), ("Munksnäs allé", "Helsingfors"),
            ("Kottbyvägen", "Helsingfors"), ("Tölögatan", "Helsingfors"),
            ("Mechelingatan", "Helsingfors"), ("Pasilanraitio", "Helsingfors"),
            ("Vuosaarentie", "Helsingfors"), ("Itäkatu", "Helsingfors"), ("Siilitie", "Helsingfors"),
            ("Kaarelantie", "Helsingfors"), ("Malminkaari", "Helsingfors"),
            ("Kirkkojärventie", "Esbo"), ("Leppävaarankatu", "Esbo"), ("Ahertajantie", "Esbo"),
            ("Tikkurilantie", "Vanda"), ("Myyrmäentie", "Vanda"), ("Peltolantie", "Vanda")]
_PARKS = ["Sibeliusparken", "Brunnsparken", "Kajsaniemiparken", "Hesperiaparken", "Tölöviken",
          "Esplanadparken", "Berghälls kyrkpark", "Vallgårds park", "Kallviksudden", "Centralparken",
          "Alphyddans park", "Mejlans park"]
_ROOMS = ["Annegårdens sal 2", "Kampens ungdomslokal", "Drumsö biblioteks grupprum",
          "Oodis studio 3", "Arabiastrandens klubbrum", "Nordsjö ungdomsgård", "Stoas lilla sal",
          "Malms kulturhus mötesrum", "Tölö biblioteks sagorum", "Hertonäs lågstadiums gymnastiksal",
          "Kottby ungdomslokal", "Sockenbacka biblioteks verkstad", "Östra centrums biblioteks mötesrum",
          "Gamlas ungdomsgård", "Arbis aula", "Busholmens lekparkshus", "Fiskehamnens bastu"]
_PURPOSES = ["styrelsemöte", "barnkalas", "körövning", "schackklubb", "julpyssel", "bokcirkel",
             "språkcafé", "dansträning", "årsmöte", "LAN-kväll", "syjunta", "brädspelskväll",
             "föräldramöte", "släktträff", "pensionärsgympa", "läxhjälp", "mammagrupp"]
_DAYS = ["mån 8.12", "tis 9.12", "ons 10.12", "tors 11.12", "fre 12.12", "lör 13.12",
         "sön 14.12", "15.12", "lö 20.12", "7.1.2026", "den 17 januari", "varje onsdag i januari",
         "2.2", "fre 23.1"]
_TIMES = ["kl 17–20", "kl 10-14", "18.00–21.00", "kl 9.30-11", "12–16", "kl 19–22", "16.30–19.30"]
_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.se", "icloud.com", "kolumbus.fi",
            "pp.inet.fi", "elisanet.fi", "live.se", "abo.fi", "helsinki.fi", "welho.com"]

_CHK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"


def _ascii(s):
    t = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (" ", ""), ("-", "")):
        t = t.replace(a, b)
    return t


def _name(rng, gender=None):
    if gender == "f":
        first = rng.choice(_F_FIRST)
    elif gender == "m":
        first = rng.choice(_M_FIRST)
    else:
        first = rng.choice(_F_FIRST + _M_FIRST)
    return first, rng.choice(_SURN)


def _genitive(n):
    return n if n[-1] in "sxz" else n + "s"


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50", "40", "50"])
    d = "".join(str(rng.randrange(10)) for _ in range(7))
    form = rng.randrange(7)
    if form == 0:
        return "0%s %s %s" % (pre, d[:3], d[3:])
    if form == 1:
        return "0%s%s" % (pre, d)
    if form == 2:
        return "0%s-%s" % (pre, d)
    if form == 3:
        return "+358 %s %s %s" % (pre, d[:3], d[3:])
    if form == 4:
        return "+358%s%s" % (pre, d)
    if form == 5:
        return "0%s %s %s %s" % (pre, d[:2], d[2:4], d[4:])
    d = str(rng.randrange(1, 10)) + d[1:]
    return "09 %s %s" % (d[:3], d[3:])


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    form = rng.randrange(5)
    dom = rng.choice(_DOMAINS)
    if form == 0:
        return "%s.%s@%s" % (f, l, dom)
    if form == 1:
        return "%s%s@%s" % (f, l, dom)
    if form == 2:
        return "%s.%s@%s" % (f[0], l, dom)
    if form == 3:
        return "%s_%s%d@%s" % (f, l, rng.randrange(60, 99), dom)
    return "%s%d@%s" % (f, rng.randrange(1, 999), dom)


def _address(rng, with_city=False):
    st, city = rng.choice(_STREETS)
    num = rng.randrange(1, 75)
    form = rng.randrange(7)
    if form == 0:
        a = "%s %d" % (st, num)
    elif form == 1:
        a = "%s %d %s %d" % (st, num, rng.choice("ABCD"), rng.randrange(1, 60))
    elif form == 2:
        a = "%s %d lgh %d" % (st, num, rng.randrange(1, 90))
    elif form == 3:
        a = "%s %d %s bst %d" % (st, num, rng.choice("ABC"), rng.randrange(1, 40))
    elif form == 4:
        a = "%s %d %s" % (st, num, rng.choice("ABCDE"))
    elif form == 5:
        a = "%s %d %s lgh %d" % (st, num, rng.choice("AB"), rng.randrange(1, 50))
    else:
        a = "%s %d-%d %s %d" % (st, num, num + 2, rng.choice("AB"), rng.randrange(1, 30))
    if with_city:
        return a, city
    return a


def _postcode(rng, city):
    if city == "Esbo":
        return "02%d0" % rng.randrange(10, 99)
    if city == "Vanda":
        return "01%d0" % rng.randrange(30, 99)
    return "00%d0" % rng.randrange(10, 99)


def _plate(rng):
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(rng.choice([3, 3, 3, 2])))
    digits = str(rng.randrange(1, 1000))
    form = rng.randrange(5)
    if form == 0:
        return letters + digits
    if form == 1:
        return (letters + "-" + digits).lower()
    if form == 2:
        return letters + " " + digits
    return letters + "-" + digits


def _hetu(rng, lo=1940, hi=2008, gender=None):
    year = rng.randrange(lo, hi)
    mm = rng.randrange(1, 13)
    dd = rng.randrange(1, 29)
    nnn = rng.randrange(2, 900)
    if gender == "m" and nnn % 2 == 0:
        nnn += 1
    if gender == "f" and nnn % 2 == 1:
        nnn += 1
    ddmmyy = "%02d%02d%02d" % (dd, mm, year % 100)
    sign = "-" if year < 2000 else "A"
    return "%s%s%03d%s" % (ddmmyy, sign, nnn, _CHK[int(ddmmyy + "%03d" % nnn) % 31])


def _iban(rng):
    bban = "".join(str(rng.randrange(10)) for _ in range(14))
    check = 98 - int(bban + "151800") % 97
    s = "FI%02d%s" % (check, bban)
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _pick(rng, *alts):
    return rng.choice(alts)


def _varaamo(rng, k):
    first, last = _name(rng)
    full = "%s %s" % (first, last)
    room, purpose = rng.choice(_ROOMS), rng.choice(_PURPOSES)
    day, tid = rng.choice(_DAYS), rng.choice(_TIMES)
    ref = "2025-VAR-%05d" % rng.randrange(40000, 49999)
    hej = _pick(rng, "Hej!", "Hej,", "Hejsan!", "Hej hej,", "God dag,", "Hei/Hej!", "")
    t = k
    if t == 0:
        return "Bokning: %s, %s %s. %s. Kontaktperson [[P:%s]] tel [[T:%s]]." % (
            room, day, tid, purpose.capitalize(), full, _phone(rng))
    if t == 1:
        f2, l2 = _name(rng)
        return ("%s Jag bokade %s för %s %s. Nyckeln hämtas av [[P:%s %s]] ([[T:%s]]), "
                "fakturan kan mejlas till mig på [[E:%s]]." % (hej, room, purpose, day, f2, l2, _phone(rng),
                                                                _email(rng, first, last))).strip()
    if t == 2:
        return "[[P:%s]] här – vi behöver %s %s %s för %s. %s [[E:%s]]" % (
            first, room, day, tid, purpose,
            _pick(rng, "Jag nås bäst på", "Svara hit:", "Mejla mig på", "Kontakt:"),
            _email(rng, first, last))
    if t == 3:
        return "Namn: [[P:%s]]\nTelefon: [[T:%s]]\nE-post: [[E:%s]]\nLokal: %s\nTid: %s %s\nSyfte: %s" % (
            full, _phone(rng), _email(rng, first, last), room, day, tid, purpose)
    if t == 4:
        f2 = rng.choice(_F_FIRST + _M_FIRST)
        return "Kan [[P:%s]] %s få använda %s också %s? Samma tid som förra gången. /[[P:%s]]" % (
            _genitive(f2), _pick(rng, "grupp", "gäng", "klubb", "kör"), room.replace("s sal", "s sal"), day, first)
    if t == 5:
        a, city = _address(rng, True)
        return "Fakturaadress: [[P:%s]], [[A:%s]], %s %s. Bokning %s." % (
            full, a, _postcode(rng, city), city, ref)
    if t == 6:
        return "Ändring i bokning %s: nyckeln hämtas inte av mig utan av min %s [[P:%s]], [[T:%s]]. Tack!" % (
            ref, _pick(rng, "kollega", "sambo", "man", "fru", "granne", "kompis"), full, _phone(rng))
    if t == 7:
        return "vi e %d pers, %s, %s %s. ring [[T:%s]] om nåt. [[P:%s]]" % (
            rng.randrange(5, 40), purpose, room.lower(), day, _phone(rng), first.lower())
    if t == 8:
        return "Återbetalning för inställd bokning %s (%d,00 €) till konto [[I:%s]], kontoinnehavare [[P:%s]]." % (
            ref, rng.choice([25, 30, 45, 60, 90]), _iban(rng), full)
    if t == 9:
        role = _pick(rng, "mamma", "pappa", "förälder", "vårdnadshavare")
        pf, pl = _name(rng, {"mamma": "f", "pappa": "m"}.get(role))
        return ("%s jag är %d år och bokar %s för %s %s. Min %s [[P:%s %s]] har godkänt bokningen "
                "([[T:%s]])." % (hej or "Hej,", rng.randrange(15, 18), room, purpose, day,
                                 role, pf, pl, _phone(rng))).strip()
    if t == 10:
        return "%s\n\nVi är %d st och behöver %s %s. Kan vi få %s?\n\nMvh\n[[P:%s]]\n[[T:%s]]" % (
            _pick(rng, "Angående bokningen", "Tillägg till bokningen", "Fråga om bokning " + ref),
            rng.randrange(8, 60), room, day,
            _pick(rng, "extra stolar", "komma in en halvtimme tidigare", "använda köket", "låna projektorn"),
            full, _phone(rng))
    if t == 11:
        return "Bokningsbekräftelsen gick till fel adress. Rätt e-post: [[E:%s]] (inte [[E:%s]]). /[[P:%s]]" % (
            _email(rng, first, last), _email(rng, first, last), first)
    if t == 12:
        return "Jag bokar åt %s: %s %s %s. Ansvarig på plats [[P:%s]], nås på [[T:%s]]." % (
            _pick(rng, "Föreningen Svenska Klubben", "Kottby Hem och Skola", "IFK Helsingfors juniorer",
                  "Drumsö seniorer rf", "Arbis kursdeltagare", "scoutkåren Sjöscouterna"),
            room, day, tid, full, _phone(rng))
    return "%s vi har tappat bort nyckeln till %s 😬 Vad kostar en ny? Bokningen var på [[P:%s]] namn, %s." % (
        hej or "Hej,", room, _genitive(full), ref)


_ISSUES = [
    "snövallen blockerar hela trottoaren",
    "det är blankis på gångbanan och ingen har sandat",
    "det finns ett djupt hål i asfalten fyllt med vatten",
    "gatlyktan har varit släckt i två veckor",
    "någon har dumpat en soffa och tre sopsäckar",
    "stora istappar hänger från taket rakt ovanför trottoaren",
    "det ligger krossat glas på cykelbanan",
    "dagvattenbrunnen är igensatt och det bildas en sjö",
    "ett träd har fallit över gångvägen",
    "hela porten är nedklottrad",
    "plogbilen har tryckt in snön på parkeringsplatserna igen",
    "trafikljuset blinkar bara gult",
]


def _street_report(rng, k):
    issue = rng.choice(_ISSUES)
    t = k
    street = rng.choice([x for x in _STREETS if x[1] == "Helsingfors"])[0]
    if t == 0:
        first, last = _name(rng)
        return "Utanför [[A:%s]]: %s. Kan ni åtgärda? [[P:%s %s]]" % (_address(rng), issue, first, last)
    if t == 1:
        return "%s vid [[A:%s]], ring mig på [[T:%s]] om ni behöver mer information." % (
            issue[0].upper() + issue[1:], _address(rng), _phone(rng))
    if t == 2:
        return "Övergiven bil [[R:%s]] står på %s sedan %d.11, inga skyltar om ägaren. Dessutom: %s." % (
            _plate(rng), street, rng.randrange(1, 29), issue)
    if t == 3:
        first = rng.choice(_F_FIRST + _M_FIRST)
        return "hej, vid vårt hus ([[A:%s]]): %s. tack /[[P:%s]]" % (_address(rng), issue, first.lower())
    if t == 4:
        return "%s, i höjd med %s: %s. Ärendenummer %d om ni vill kolla." % (
            street, rng.choice(_PARKS), issue, rng.randrange(100000, 999999))
    if t == 5:
        first, last = _name(rng)
        return "%s: %s. Min bil [[R:%s]] fick en skada av det. Kontakt: [[E:%s]]" % (
            street, issue, _plate(rng), _email(rng, first, last))
    if t == 6:
        return "Tredje gången jag skriver om samma sak: %s på %s nära %s. Ingen har gjort något sedan oktober." % (
            issue, street, rng.choice(_PARKS))
    if t == 7:
        first, last = _name(rng)
        return "Hej!\n%s här på [[A:%s]] 🙄\n\n/[[P:%s]] ([[T:%s]])" % (
            issue[0].upper() + issue[1:], _address(rng), first, _phone(rng))
    if t == 8:
        return "%s bredvid [[A:%s]]. Grannen [[P:%s]] har redan ringt er två gånger." % (
            issue[0].upper() + issue[1:], _address(rng), rng.choice(_SURN))
    first, last = _name(rng)
    return "Felanmälan från [[P:%s %s]]: %s vid korsningen %s/%s. Svar per sms till [[T:%s]]." % (
        first, last, issue, street, rng.choice([x for x in _STREETS if x[1] == "Helsingfors" and x[0] != street])[0],
        _phone(rng))


def _admin(rng, k):
    first, last = _name(rng)
    full = "%s %s" % (first, last)
    t = k
    if t == 0:
        return ("Ansökan om boendeparkeringstillstånd, zon %s. Sökande [[P:%s]], personbeteckning [[H:%s]], "
                "bil [[R:%s]]." % (rng.choice("ABCDEFHIKL"), full, _hetu(rng), _plate(rng)))
    if t == 1:
        return "Jag söker ersättning för %s € (%s). Betala till [[I:%s]]. Mvh [[P:%s]]" % (
            rng.choice(["89,90", "120", "245,50", "38", "610", "74,20"]),
            rng.choice(["en trasig cykelfälg", "ett sönderrivet däck", "kemtvätt", "taxiresan till jouren",
                        "nya glasögon efter fallet", "en spräckt vindruta"]), _iban(rng), full)
    if t == 2:
        return "Mina uppgifter: [[P:%s]], [[A:%s]], [[T:%s]]. Hetu [[H:%s]]." % (
            full, _address(rng), _phone(rng), _hetu(rng))
    if t == 3:
        return "Parkeringsboten gäller [[R:%s]], ägare [[P:%s]]. Jag bestrider den, automaten var ur funktion." % (
            _plate(rng), full)
    if t == 4:
        return "Svara gärna per e-post [[E:%s]] eller per post till [[A:%s]]. /[[P:%s]]" % (
            _email(rng, first, last), _address(rng), first)
    if t == 5:
        return "%s har fått boten men det är jag som kör bilen [[R:%s]]. Jag heter [[P:%s]], hetu [[H:%s]]." % (
            _pick(rng, "Min mamma", "Min sambo", "Firman", "Min pappa"), _plate(rng), full, _hetu(rng, 1975, 2007))
    if t == 6:
        return "Kontonummer: [[I:%s]]\nMottagare: [[P:%s]]\nGäller: ärende %d" % (
            _iban(rng), full, rng.randrange(10000, 99999))
    if t == 7:
        return "Jag glömde skriva min adress i förra meddelandet: [[A:%s]]. Tack på förhand, [[P:%s]]" % (
            _address(rng), _pick(rng, first, full, first.lower()))
    role = _pick(rng, "far", "mor", "farmor", "morfar")
    pf, pl = _name(rng, "m" if role in ("far", "morfar") else "f")
    return "Ombud för min %s [[P:%s %s]] (pbt [[H:%s]]) som inte själv använder internet. Mitt nummer [[T:%s]]." % (
        role, pf, pl, _hetu(rng, 1930, 1956, "m" if role in ("far", "morfar") else "f"), _phone(rng))


def _generated(rng):
    out = []
    for _ in range(35):
        out.append(_varaamo(rng, rng.randrange(14)))
    for _ in range(30):
        out.append(_street_report(rng, rng.randrange(10)))
    for _ in range(25):
        out.append(_admin(rng, rng.randrange(9)))
    return out


def records():
    rng = random.Random(SEED)
    texts = list(_HAND) + _generated(rng)
    return [("sv", t) for t in texts]
