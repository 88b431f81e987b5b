"""Blind evaluation block 39 for the personal-data scrubber.

Written by helper "outsider 39" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief itself). I ran no git
commands, did not run the scrubber or any evaluation. The texts are written only from the brief and my own
knowledge of how Helsinki residents write.

Focus: Swedish-speaking Helsinki and Espoo (and some Vantaa) residents. About three quarters of the records are in
Finland-Swedish, the rest in Finnish or English written by the same kind of people. Open311 feedback, Kerrokantasi
hearing comments (with replies and quotes), OmaStadi proposals and comments, and Varaamo booking notes.
Finland-Swedish first names, double names (Ann-Christin, Gun-Britt, Carl-Gustaf), nicknames (Bosse, Micke, Kicki,
Lasse, Janne, Pelle, Nisse), surnames with particles (af Hällström, von Bonsdorff), the Swedish genitive inside the
span (Stinas hund, Mats bil), names after "enligt", "med", "till", "tack", "hälsningar", "mvh" and in signatures,
Swedish street addresses with staircase and flat ("Runebergsgatan 43 B 12", "Tölögatan 5 A lgh 3",
"Bulevarden 9 bst 4"), Swedish-style phone numbers, IBANs, plates after "bil" and "reg.nr". Hard negatives: Swedish
words that look like names (bo, stig, kaj, dag, ros, gun, sten, nisse), Swedish place names (Brändö, Drumsö,
Hagalund, Kronohagen, Tölö, Munksnäs, Gammelstaden), streets without numbers, schools and parks named after people
(Zacharias Topelius skola, Sibeliusparken, Tove Janssons park), famous Finland-Swedes (Tove Jansson, Edith
Södergran, Jean Sibelius, J.L. Runeberg), companies, brands, pets, dates, times, prices and case numbers.

Seed: 3939 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (first, last, full, nickname,
initials joined to a name, any case, possessive/genitive and Finnish case endings inside the span, titles and role
words outside), E e-mail address, T phone number, H Finnish personal identity code, I IBAN / bank account,
R vehicle licence plate, IP IP address, A street address with a house number (street + number + staircase + flat;
postal code and city outside; a street name without a number is not marked). Famous people and names of streets,
parks, buildings, schools, companies and brands are not marked.
"""

import random

SEED = 3939

_HAND = []

# --- Open311 feedback, mostly Swedish -------------------------------------------------------------
_HAND += [
    ("sv", "Hej! Gatlyktan utanför [[A:Runebergsgatan 43 B]] har varit släckt sedan i fredags, det är kolmörkt "
           "på kvällarna när man går hem från spårvagnshållplatsen. Mvh [[P:Gun-Britt Sjöberg]], tfn [[T:040 718 2294]]"),
    ("sv", "Ros och ris: ros till stadens arbetare som plogade Tölögatan redan klockan sex i morse, ris till den "
           "som parkerat på trottoaren vid hörnet av Topeliusgatan. Annars är det fint att bo i Tölö på vintern."),
    ("sv", "Jag bor på [[A:Tölögatan 5 A lgh 3]] och någon har dumpat en gammal soffa och två madrasser på gården "
           "mot Runebergsgatan. Det har legat där sen måndag och barnen klättrar på det."),
    ("sv", "Bilen med reg.nr [[R:KLM-417]] har stått på samma plats på Fredriksgatan i över tre veckor, med "
           "punkterade däck. kan ni flytta den? //[[P:Stig Åberg]]"),
    ("sv", "Stigen genom Sibeliusparken ner mot monumentet är helt isig, någon kommer att bryta benet. Kunde ni "
           "sanda vid trappan mot Mejlansvägen? Samma sak vid Sibeliusmonumentets parkering."),
    ("sv", "Hej, jag skriver för min mammas räkning, [[P:Ann-Christin Holmström]] ([[P:Kicki]] kallar vi henne). Hon "
           "är 84 och kommer inte ut eftersom det är så halt vid porten på [[A:Bulevarden 9 bst 4]]. Ring mig hellre "
           "än henne: [[T:+358 50 344 1290]] / [[P:Lotta]]"),
    ("sv", "Dagiset på Brändö har inget övergångsställe närmast busshållplatsen. Dag efter dag ser man barn springa "
           "över vägen när bussen kommer. Snälla gör något innan det händer en olycka!!"),
    ("sv", "Parkeringsautomaten på Lappviksgatan tog mina pengar (4 €) men gav ingen biljett. Bil [[R:ZXB-903]], "
           "klockan ungefär 14.20 idag. Återbetalning till [[I:FI65 4006 0010 2488 65]], [[P:Mikael Grönroos]]"),
    ("sv", "Fontänen vid Havis Amanda har fortfarande inte startat fast det är juni. Turisterna undrar. Samma med "
           "plaskdammen i Brunnsparken, den var tom i helgen när det var 27 grader."),
    ("fi", "Hei, anteeksi huono suomi. Meidän talon edessä osoitteessa [[A:Lauttasaarentie 28 C 41]] on iso kuoppa, "
           "pyörä meni melkein rikki eilen. Soittakaa jos kysyttävää [[T:044 902 1177]], [[P:Bo Westerlund]]"),
    ("en", "Hi, the bike racks outside [[A:Mechelininkatu 12]] have been full of abandoned bikes since summer, some "
           "without wheels. Could someone tag them and clear them? Regards, [[P:Mats Nyberg]] (sorry, my Finnish is "
           "bad, I normally write in Swedish)"),
    ("sv", "Jag har bott i Kronohagen i fyrtio år och aldrig sett så mycket klotter som nu. Särskilt längs "
           "Unionsgatan och Kronohagens strandväg. Vem ansvarar för att det tvättas bort?"),
    ("sv", "Hundbajs överallt i Kajsaniemiparken. Jag såg själv att grannen [[P:Rolf]] från [[A:Kajsaniemigatan 3 A 7]] "
           "lät sin schäfer göra ifrån sig vid lekplatsen och bara gick därifrån. Inte okej."),
    ("sv", "Kaj 4 i Södra hamnen: sopkärlen töms inte på lördagar och måsarna sprider allt över kajen. Dessutom "
           "ligger det krossat glas nära Kolerabassängen. Ärendenummer från förra gången: 2026-031177."),
    ("sv", "Hej. Vill bara ge en ros till er parkarbetare [[P:Janne]] som hjälpte min far upp när han ramlade vid "
           "Hesperiaparken i tisdags. Pappa frågade inte ens vad han hette men det stod [[P:Janne]] på västen. Tack!!"),
    ("sv", "Klagomål gällande byggarbetsplatsen på [[A:Norra Hesperiagatan 21]]: de börjar borra kl 6.45 varje "
           "morgon, också lördagar. Jag har två småbarn. [[P:Malin Åberg]], [[E:malin.aberg@gmail.com]]"),
    ("sv", "Varför har linje 4 ersatts med buss hela sommaren? Det står ingenting på hållplatsen vid Munksnäs allé. "
           "Och den nya tidtabellen på HRT:s sida stämmer inte, bussen kom 12 minuter sent."),
    ("sv", "Sandlådan på lekparken i Hagalund är full av glassplitter. Jag heter [[P:Stina Lindqvist]] och bor "
           "precis bredvid, på [[A:Havsvindsvägen 11 C 19]], 02100 Esbo. Barnen leker där varje dag."),
    ("sv", "Ishallen i Hagalund har fel öppettider på nätet. Det står 8–21 men dörrarna var låsta kl. 19.30 i går. "
           "Vi åkte ända från Mattby för ingenting."),
    ("sv", "Bussen 615 från Dickursby stannade inte vid hållplatsen trots att jag tryckte på knappen. Kl 07.52, "
           "tisdag 3.12. Föraren verkade stressad. [[P:Nils Holmström]], [[T:041 552 0837]]"),
    ("sv", "Angående ärende HEL-2026-014233: jag har fortfarande inte fått svar. Min adress är [[A:Vandaforsvägen 14 D 60]], "
           "01370 Vanda, och grannen [[P:Boris Sjöberg]] kan intyga att grenen föll på vår bil [[R:GOT-285]] i stormen."),
    ("en", "The Tove Jansson park on Katajanokka has no working lights along the path. Also the Moomin sign was "
           "vandalised again. Not a huge deal but worth fixing before Christmas."),
    ("sv", "Edith Södergrans dikt på väggen vid Tölö bibliotek är så fin, men någon har sprejat över halva texten. "
           "Kan staden restaurera den? Den är ju en del av Tölös historia."),
    ("sv", "Vi vill tacka stadsmiljösektorn och särskilt [[P:Carl-Gustaf von Bonsdorff]] som kom ut och tittade på "
           "vårt problem med dagvattnet på [[A:Drumsövägen 17]]. Hälsningar från husbolaget, [[P:Gunilla Westerlund]], ordförande"),
    ("sv", "Snöhögen vid infarten till [[A:Kottbyvägen 4 A]] gör att ambulansen inte kommer fram. Min man [[P:Kaj]] har "
           "hjärtproblem och vi är rädda. Ring [[T:09 685 2213]] om ni har frågor. /[[P:Gun Nyberg]]"),
    ("sv", "Zacharias Topelius skola har ingen trafikvakt på morgonen längre, och bilarna kör fort längs "
           "Helsingegatan. Vi föräldrar oroar oss. Kan man sätta upp farthinder?"),
    ("sv", "Någon har brutit upp cykelförrådet på [[A:Fleminggatan 27 C 58]] igen. Polisanmälan är gjord. [[P:Stinas]] "
           "cykel är borta och min har inget framhjul. [[P:Pelle]] & [[P:Stina]]"),
    ("sv", "Lekparken i Munksnäs: gungan är trasig sedan juli. ett nytt rep kostar väl inte mycket? Ärendenummer "
           "2026-08812, fick automatiskt svar men inget hände."),
    ("sv", "Till [[P:Bosse]] på trafikplaneringen: som vi diskuterade per telefon är skyltningen vid [[A:Hoplaxvägen 19]] "
           "missvisande, bilarna tror att de får svänga vänster. Mvh [[P:Lasse Grönroos]]"),
    ("fi", "Lauttasaaren uimarannalla ei ole tarpeeksi roskiksia. Viime lauantaina kaikki oli täynnä jo klo 15. "
           "t. Drumsöbo"),
    ("sv", "Vattenläcka!! Det sprutar vatten ur marken vid korsningen Sturegatan / Fleminggatan. Ingen adress men "
           "det är mittemot Alepa. Har ringt men ingen svarar."),
    ("sv", "hej jag heter [[P:micke sjöberg]] och bor på [[A:agricolagatan 6 b 21]] det luktar avlopp i trappuppgången "
           "och ute på gatan sen en vecka. vem ska man kontakta? mitt nr [[T:0505512983]]"),
    ("sv", "Trafikljusen vid Tavastvägen–Helsingegatan har för kort grön tid för fotgängare. Min mamma med rollator "
           "hinner inte över. Det tar 14 sekunder, jag har klockat."),
    ("sv", "Bilen [[R:BNX-72]] har parkerat på handikapplatsen utanför Stockmann i två dagar utan tillstånd i rutan. "
           "Jag har foton om ni vill ha. [[P:Carl-Gustaf Lindqvist]]"),
    ("sv", "Sten och grus överallt på cykelbanan längs Tölöviken efter vinterns sandning. Det är mars nu, när sopar ni?"),
    ("sv", "Jag vill klaga på att återvinningspunkten vid K-Citymarket i Hertonäs alltid är full. Glas och metall "
           "står på marken. Man får gå hem med sina flaskor igen."),
    ("en", "Reporting a fallen tree across the path in Kaivopuisto near the Ursa observatory. Nobody hurt. I'm "
           "[[P:Lotta af Hällström]], phone [[T:+358 45 781 2044]] if the crew needs directions."),
    ("sv", "Hej! En fråga om hyresrätten för båtplatsen vid Hagnäskajen: jag betalade avgiften till fel konto. "
           "Rätt summa 312 € gick från [[I:FI77 8000 1700 4281 96]]. Kan ni flytta betalningen? [[P:Rolf Westerlund]]"),
    ("sv", "Påminnelse: klotter på elskåpet vid Brändö bro, rapporterat 12.10, 4.11 och nu igen. Ingen har gjort något."),
    ("sv", "Grannens husbil, reg.nr [[R:UOP-318]], står på gästparkeringen vid [[A:Kaitaavägen 9 B 14]] sedan april. "
           "Den är inte registrerad i trafik. Vem ska man kontakta i Esbo? /[[P:Stig]]"),
]

# --- Kerrokantasi hearing comments, replies and quotes --------------------------------------------
_HAND += [
    ("sv", "Jag motsätter mig att Tölö torg byggs om till parkeringshus. Torget är ett av få ställen där man "
           "fortfarande kan sitta i lugn och ro. — [[P:Ann-Christin]], Tölö"),
    ("sv", "Svar till [[P:Ann-Christin]]: håller med helt! Men parkeringsplatserna behövs också för oss som har "
           "handikappkort. /[[P:Stig]]"),
    ("sv", "Planförslaget för Gammelstadsforsen är bra i princip men cykelstigen längs ån bör breddas. Stig och "
           "cykelbana ska inte blandas, särskilt inte på våren när det är halt."),
    ("sv", "Som många redan skrivit: bevara Kronohagens träd! Lindarna längs Mariegatan planterades på 1930-talet "
           "enligt vad jag har läst i stadsmuseets bok."),
    ("sv", "Enligt [[P:Gunilla Holmström]] i stadsdelsföreningen ska detta redan ha diskuterats på mötet i oktober, "
           "men ingen av oss som bor längs Hagnäskajen fick någon information."),
    ("sv", "Ros till planerarna för att ni tagit hänsyn till Musikhuset, ris för att ni glömt bort gång- och "
           "cykeltrafiken över Tölöviken. Det är där folk faktiskt rör sig."),
    ("sv", "Hej [[P:Micke]], jag läste din kommentar om spårvagnen till Brändö. Du har fel om kostnaderna, HBL "
           "skrev i höstas att det handlar om 40 miljoner, inte 400. /[[P:Bo]]"),
    ("sv", "Bo på Brändö och jobba i centrum – det fungerar bara om metron går tätt. Snälla, dra inte ner på "
           "turerna på kvällarna."),
    ("fi", "Olen asunut Munkkiniemessä koko ikäni (olen ruotsinkielinen, anteeksi kieli). Uusi kaava on liian "
           "korkea, kahdeksan kerrosta ei sovi Munkkiniemen puistotien varteen. [[P:Carl-Gustaf Åberg]]"),
    ("sv", "Jag stöder förslaget. Min granne [[P:Kicki Lindqvist]] och jag har samlat namn bland alla i huset på "
           "[[A:Munksnäs allé 12 B]] och nästan alla är för."),
    ("en", "I agree with [[P:Gun-Britt]] above. Writing in English because my husband [[P:Carl]] is the "
           "Swedish-speaker in our family, I'm from Cork. The new bridge to Lauttasaari is ugly, full stop."),
    ("sv", "Tidigare kommentarer nämner Edelfelt och Schjerfbeck, men poängen är att Ateneum redan har stora "
           "utställningsytor. Ett nytt museum i Sörnäs känns onödigt när skolorna saknar pengar."),
    ("sv", "Kommentar från styrelsen (ordf. [[P:Rolf Nyberg]], sekr. [[P:Malin Westerlund]]): vi anser att "
           "gårdsgatan ska förbli bilfri och att sopkärlen inte ska flyttas till gatusidan."),
    ("sv", "Dag Hammarskjöld hade säkert haft en åsikt om det här 😄 Men seriöst, ett nytt kontorshus på "
           "gräsmattan vid Tölöviken? Nej tack."),
    ("sv", "Tack [[P:Nisse]] för länken! Jag hittade planbeskrivningen nu. Ändå konstigt att bilagorna bara finns "
           "på finska."),
    ("sv", "Nissarna i Stockmanns skyltfönster är mysiga men belysningen i Esplanadparken kunde vara ljusare. "
           "Runebergs staty syns knappt efter fyra på eftermiddagen."),
    ("sv", "Jag svarar [[P:Lasse]]: du bor inte ens i området, varför kommenterar du? Vi som bor på "
           "[[A:Bergsmansgatan 2 A]] har haft byggbuller i tre år nu."),
    ("sv", "Förslaget att döpa en park efter Tove Jansson är fint men det finns ju redan en Tove Janssons park på "
           "Skatudden. Varför inte Märta Tikkanen eller Edith Södergran?"),
    ("sv", "Vi är emot den nya bron. Den skulle gå rakt över vår strand. [[P:Mats]] och [[P:Stina Holmström]], "
           "[[A:Drumsövägen 17 A 4]]"),
    ("sv", "Lunchtid 11–13 på Hagalunds bibliotek är läsesalen alltid full. Bygg ut den istället för ett nytt "
           "kafé. Biblioteket är ju för alla, inte bara för dem som dricker latte."),
    ("sv", "Jag håller med [[P:Boris]] ovan. Och till [[P:Gun]]: nej, det var inte staden som beslöt om "
           "cykelbanan på Kaptensgatan, det var nämnden."),
    ("en", "Gun violence is not a Helsinki problem, so I don't understand why the plan talks about security "
           "cameras in Kaivopuisto. Waste of money, use it on lighting."),
    ("sv", "Hälsningar till alla i tråden, [[P:Ann-Christin af Hällström]] (pensionerad lärare från Cygnaeus skola)"),
    ("fi", "Kruununhaan Liisankadun puut pitää säilyttää. Liisankatu on Helsingin kaunein katu ja Engelin "
           "rakennukset ansaitsevat puunsa."),
    ("sv", "Som [[P:Carl-Gustaf]] skrev: planen ignorerar helt att huset på [[A:Sturegatan 8]] är skyddat. Läs "
           "bilaga 4 innan ni röstar."),
    ("sv", "Kommentar inskickad för min fars räkning, [[P:Bo Lindqvist]] (92 år), som inte använder dator: ”Jag har "
           "bott på Brändö sedan 1958 och aldrig sett något så fult som det här tornet.” /dottern [[P:Gunilla]]"),
    ("sv", "> [[P:Stig Nyberg]] skrev:\n> Varför ska vi betala för något som bara gynnar Tölö?\n\nFör att Tölö "
           "också är Helsingfors, [[P:Stig]]. Alla stadsdelar får sin tur. /[[P:Kicki]]"),
    ("sv", "Bra plan överlag. Två saker: 1) Cykelparkering vid Hagalunds metrostation, 2) bänkar längs "
           "Hagalundsdammen. Annars ser det bra ut!"),
    ("sv", "Jag har pratat med [[P:Mats Grönroos]] och [[P:Lotta Sjöberg]] från Drumsö seniorer och vi är alla överens: "
           "bussen 21 måste få stanna kvar vid Drumsö kyrka."),
    ("sv", "[[P:Rolf]]? Nej, jag menade inte dig utan den andra som skrev om parkeringen. Förlåt förväxlingen."),
    ("sv", "Varför heter det Runebergs esplanad i planen när alla säger Esplanaden? Och varför ska Runebergsstatyn "
           "flyttas alls? Den har stått där sedan 1885."),
    ("sv", "Kommentar från [[P:Gun-Britt Åberg]], Hertonäs: jag har inget emot höghusen men vi behöver en "
           "hälsostation först, inte sist."),
    ("sv", "Jag har läst alla 240 kommentarer och ingen nämner skolvägen. Barnen från Drumsö lågstadieskola går "
           "över Drumsövägen vid en plats utan trafikljus."),
    ("sv", "Håller inte med. Sibelius skulle vända sig i graven om han såg vad ni vill göra med parken 😉"),
    ("fi", "Vastaus [[P:Borisille]]: ei, kaavaa ei ole vielä hyväksytty. Lautakunta käsittelee sen tammikuussa. "
           "-[[P:Kaj]]"),
    ("sv", "Vill bara säga att jag och min sambo [[P:Stina]] har bott på [[A:Lappviksgatan 11 B 27]] i tolv år och "
           "vi vill INTE ha en ny hotellbyggnad framför vårt fönster."),
    ("sv", "Till [[P:Malin]] på planläggningen: tack för det fina informationsmötet i Brändö gymnasium i tisdags. "
           "Ni svarade på alla frågor, även de dumma."),
    ("en", "Replying to [[P:Mats]]: the tram line was already in the 2016 master plan, this is not new. Look "
           "at page 37 of the report 🙂 — [[P:Bo-Göran Westerlund]]"),
    ("sv", "Jag stöder båda alternativen men föredrar B. Det sparar fler träd på Fölisöns sida. Tack för "
           "möjligheten att säga sin åsikt."),
    ("sv", "Rektorn för Tölö gymnasium skrev redan 2019 om samma problem. Inget har hänt sedan dess."),
    ("sv", "Vi i Gammelstadens hembygdsförening har diskuterat saken. Kontakt: [[P:Nils-Erik Grönroos]], "
           "[[E:ne.gronroos@gmail.com]], [[T:+358 400 718 226]]"),
    ("sv", "Dag 1 av byggarbetet och redan har de stängt cykelvägen utan omledningsskyltar. Så här kan det inte "
           "fortsätta i två år."),
    ("sv", "Jag har fått brev från staden adresserat till fel person, till [[P:Carl-Gustaf Nyberg]] på "
           "[[A:Topeliusgatan 19 A 6]]. Han har flyttat 2021. Kan ni uppdatera registret? /nuvarande boende"),
    ("sv", "Ett par kommentarer om bullret: mätningen gjordes på en söndag i juli. Gör om den en vanlig "
           "tisdag i november, mellan 7 och 9."),
]

# --- OmaStadi proposals and comments --------------------------------------------------------------
_HAND += [
    ("sv", "Förslag: Fler bänkar längs Sandvikskajen\nBeskrivning: Äldre personer behöver vila på vägen mellan "
           "Busholmen och Sandvikstorget. Idag finns det en enda bänk. Kostnad ca 15 000 €."),
    ("sv", "Förslag: Boulebana i Hertonäs\nKontaktperson: [[P:Lotta Grönroos]], [[E:lotta.gronroos@welho.com]]\nVi är "
           "en grupp pensionärer som spelar boule varje tisdag på grusplanen bakom metrostationen, men den är full av gropar."),
    ("sv", "Bra förslag! Röstade direkt. Hälsningar från [[P:Kicki]] och [[P:Bosse]] i Gammelstaden 🙂"),
    ("sv", "Förslag: Sommarteater i Brunnsparken\nSvenska Teatern och Lilla Teatern kunde samarbeta om gratis "
           "föreställningar i juli, kl 18. Budget 40 000 €."),
    ("sv", "Ett förslag från Zacharias Topelius skolas elevråd: ett utegym på skolgården. Kontaktlärare "
           "[[P:Mats Åberg]], [[T:050 443 2719]]."),
    ("sv", "Fågelholkar i Centralparken! Vi har sett mesar, nötväckor och till och med en hackspett nära "
           "Brunakärr. Kostnad 2 000 €, vi bygger dem själva på slöjden."),
    ("sv", "Jag och min kompis [[P:Pelle]] har gjort en karta över alla trasiga gatlyktor i Munksnäs. Vill ni ha "
           "den, skriv till [[E:pelle.nyberg07@gmail.com]]"),
    ("sv", "Ros till den som skrev förslaget om bänkar. Men 15 000 € är väl mycket? En parkbänk kostar ca 800 € "
           "enligt stadens prislista."),
    ("en", "Proposal: Swedish-language storytime in Oodi on Saturdays\nContact: [[P:Malin Sjöberg]] "
           "[[T:+358 40 661 3302]]\nMany families in Helsinki speak Swedish at home and the current storytime is "
           "only in Finnish and English."),
    ("sv", "[[P:Stig Westerlund]] här, initiativtagare. Tack för alla röster! Vi har nu 212 röster och behöver "
           "ungefär 50 till före söndag."),
    ("sv", "Kan förslaget om konstgräs flyttas till Gammelstadens idrottsplan? Där spelar både HIFK:s juniorer och "
           "Ponnistus, och planen är i uselt skick."),
    ("fi", "Ehdotus: talviuintipaikka Hietarantaan\nYhteyshenkilö [[P:Kaj Holmström]], Ruoholahti. Vastaan myös "
           "ruotsiksi! [[E:kaj.holmstrom@kolumbus.fi]]"),
    ("sv", "Jag vill påminna om att förslaget är [[P:Gun-Britts]] idé från början, inte föreningens. Ge henne äran!"),
    ("sv", "Kan man rösta flera gånger? Jag har röstat på fyra förslag från samma stadsdel (Tölö). Röstningen "
           "stänger 31.10 kl 23.59 har jag förstått."),
    ("sv", "Förslag: Hundrastgård på Drumsö\nFörslagsställare: [[P:Rolf af Hällström]] och hans tax Sigge\nDen "
           "närmaste hundrastgården ligger i Västra hamnen och är alltid full."),
    ("sv", "[[P:Stinas]] hund Ludde skäller alltid vid staketet, så bygg det högre 😂 (förlåt [[P:Stina]])"),
    ("sv", "Förslaget om en Sibelius-bänk vid Ainola är fint men Ainola ligger i Träskända, inte i Helsingfors. "
           "Fel stad!"),
    ("sv", "Jag är [[P:Bo-Erik Nyberg]] och vill föreslå att Brändö får en bokbusshållplats. Min adress för "
           "frågor: [[A:Brändövägen 24 A 2]], 00570 Helsingfors."),
    ("sv", "Stig in och rösta på förslaget om lekparken i Vallgård! Det tar två minuter. Länk i bion 👇"),
    ("sv", "Förslag: Ljusslingor i träden på Bulevarden under mörkertiden\nKostnad: 25 000 €\nMotivering: "
           "november är så mörk. Bulevarden är en av de vackraste gatorna."),
    ("sv", "Kommentar: Jag stöder, men vem sköter underhållet? Förra gången (2019) gick hälften av lamporna "
           "sönder innan jul. mvh [[P:Carl-Gustaf]]"),
    ("sv", "Mitt förslag fick avslag med motiveringen att det är ”underhåll”. Kan någon förklara? Jag har skickat "
           "mejl till [[P:Annika Lindqvist]] på stadsdelskansliet men fått inget svar."),
    ("sv", "Förslag: Simskola på svenska i Itäkeskus simhall\nDet finns inga svenska simgrupper öster om Sörnäs. "
           "Kontaktperson [[P:Kicki Åberg]], tfn [[T:044 3019 882]]"),
    ("en", "Great idea! Our kids go to Kottby lågstadieskola and they'd love a climbing wall. Voted. — [[P:Janne]] "
           "& [[P:Malin]]"),
    ("sv", "Lasse Maja-utställningen förra året var ett bra exempel på hur man kan använda tomma butikslokaler. "
           "Gör om det i Malm!"),
    ("sv", "Förslag från Drumsö marthaförening: gratis kurser i att laga cyklar. Kontakt via [[P:Gunilla]] "
           "([[E:gunilla.w@drumsomartha.fi]])"),
    ("sv", "Bra att någon tänker på seniorerna! Jag fyller 80 i maj och går inte längre till Centrum för att "
           "där finns inga bänkar. Hälsningar [[P:Boris]]"),
    ("sv", "Förslag: Ros-rabatt vid Brändö kyrka\nRosor i alla färger längs gången till kyrkan, som förr. "
           "Församlingen hjälper till med vattning."),
    ("fi", "Tuen ehdotusta. Naapurini [[P:Stig Grönroos]] (puhuu vain ruotsia) pyysi minua kirjoittamaan että "
           "hänkin tukee. [[P:Stigin]] mielestä pyörätelineitä tarvitaan lisää."),
    ("sv", "Omröstningen är över och vårt förslag vann! Tack till alla som röstade, särskilt [[P:Micke]] som "
           "delade det i alla Facebookgrupper. /[[P:Lotta]] och gänget från Hertonäs"),
    ("sv", "Angående förslag nr 418 (skridskobana på Tölö sportplan): banan fanns redan på 90-talet. Varför togs "
           "den bort? Det var väl Idrottsverket som beslöt det."),
    ("sv", "Till alla som undrar: [[P:Mats]] och jag ([[P:Nisse]]) har pratat med Stadsmiljön och de säger att "
           "kostnaden är realistisk. Ring mig på [[T:040 177 3090]] om ni vill veta mer."),
    ("sv", "Förslag: Dagcenter för närståendevårdare i Kronohagen\nVi som tar hand om våra föräldrar behöver en "
           "plats att vila en dag i veckan. Kostnad ca 60 000 €/år."),
    ("en", "Just wanted to add: the Sibelius Academy students said they could play at the opening for free. "
           "Contact their student union, not me 🙂"),
    ("sv", "Jag heter [[P:Kaj Sjöberg]], 11 år, och bor på [[A:Mattbyvägen 27 C 33]] i Esbo. Kan vi få en "
           "skatepark? Mamma säger att det är Helsingfors som har OmaStadi men vi går i skola i Helsingfors."),
    ("sv", "Är det bara jag som tycker att halva förslagen handlar om hundar? 🐕 Vi har fler barn än hundar i Tölö."),
    ("sv", "Re: förslag 512\n”Förslaget skrivs av [[P:Carl-Gustaf von Bonsdorff]] på uppdrag av föreningen”\n"
           "Stämmer inte. Föreningen har inte fattat något beslut. /[[P:Ann-Christin Grönroos]], kassör"),
    ("sv", "Förslag: Dricksvattenposter längs Strandvägen i Munksnäs. Det finns inte en enda mellan Fölisöbron och "
           "Granö. På sommaren är det hundratals löpare där varje dag."),
]

# --- Varaamo booking notes and misc --------------------------------------------------------------
_HAND += [
    ("sv", "Bokning för körövning, Tölö bibliotek, rummet på andra våningen. Nycklar hämtas av "
           "[[P:Ann-Christin Lindqvist]] ([[T:040 512 8873]]). Faktura till kören."),
    ("sv", "Vi är 12 personer, syjunta. Ansvarig: [[P:Gun-Britt Åberg]], [[E:gbaberg@hotmail.com]], tfn "
           "[[T:09 488 1275]]. Vi tar med eget kaffe och bröd."),
    ("sv", "Bokningen gäller tisdagar 17.00–19.00 hela våren, rum 3. Vi behöver whiteboard och förlängningssladd."),
    ("sv", "Nyckeln lämnas i brevlådan på [[A:Runebergsgatan 43 B 12]] efter att [[P:Micke]] stängt lokalen. "
           "Den som hämtar den på måndag är [[P:Mickes]] bror, han vet var den finns."),
    ("en", "Booking for a birthday party (my daughter turns 7). Keys will be picked up by my husband "
           "[[P:Mats Grönroos]]. If anything, call me [[T:+358 44 217 6630]]. Thanks! [[P:Lotta]]"),
    ("sv", "Betalningen görs från mitt konto [[I:FI24 1234 5600 0789 13]] (kontohavare [[P:Carl-Gustaf Holmström]]) "
           "eftersom föreningen inte har nätbank ännu."),
    ("sv", "Obs! Lokalen ska vara städad senast kl. 22. Stolarna ska stå som de stod. Köket får användas men "
           "inte ugnen, den är trasig."),
    ("sv", "Hej! Jag bokade av misstag rummet i Dickursby i stället för i Malm. Kan ni ändra? Bokningsnummer "
           "448213. [[P:Nils]] / [[T:045 130 9981]]"),
    ("fi", "Varaus: kuoron harjoitukset. Avaimet hakee [[P:Boris Westerlund]] (puh. [[T:050 902 3344]]). "
           "Laskutusosoite [[A:Mannerheimintie 88 A 15]], 00250 Helsinki."),
    ("sv", "Lokalen bokas för Tölö marthaförening. Kontakt [[P:Stina af Hällström]], "
           "[[E:stina.afhallstrom@gmail.com]]. Vi är ca 25 damer."),
    ("sv", "Vi ska visa filmen ”Tove” (om Tove Jansson) för seniorer. Behöver projektor och högtalare. Ca 30 "
           "personer, inga förfriskningar."),
    ("sv", "Kontaktperson på plats: [[P:Pelle Lindqvist]] (tfn [[T:0400 716 552]]). [[P:Pelles]] fru [[P:Kicki]] "
           "kommer med nycklarna om han är sjuk."),
    ("sv", "Vi har tidigare bokat via [[P:Janne Sjöbergs]] konto men han har flyttat till Åbo. Nu är det jag, "
           "[[P:Malin]], som sköter det. [[E:malin.s@kolumbus.fi]]"),
    ("sv", "Kan vi få rummet Saga istället för Mumin? Vi är bara sex personer och Mumin är för stort. Tack på "
           "förhand!"),
    ("sv", "Bokare: [[P:Kaj Nyberg]]\nAdress: [[A:Albergagatan 10 B 33]], 02600 Esbo\nTfn: [[T:+358 40 889 1203]]\n"
           "Ändamål: schackklubbens månadsmöte"),
    ("sv", "Dag: lördag 14.2\nTid: 10–14\nÄndamål: Klädbyte för familjer\nAntal: ca 40\nFörening: Hagalunds hem "
           "och skola rf"),
    ("sv", "Nycklar hämtas av [[P:Lasse]] torsdag kl 16. [[P:Lasses]] nummer är [[T:044-566 1029]] om det "
           "strular med porten."),
    ("en", "Hi, could the keys be left with the caretaker instead? I'm [[P:Stig Holmström]], I live at "
           "[[A:Runeberginkatu 55 C 30]] so I can pick them up any time after 8."),
    ("sv", "Jag försökte boka via Varaamo men fick felmeddelandet ”access denied” – kanske pga min IP "
           "[[IP:85.76.142.19]]? Jag sitter hemma i Esbo. /[[P:Micke Åberg]]"),
    ("en", "Error when submitting the booking form. Browser Firefox 131, IP [[IP:91.153.20.244]], time 21:14. "
           "— [[P:Bosse]]"),
    ("sv", "Simhallskort för pensionärer: jag behöver intyg. [[P:Gunilla Sjöberg]], personbeteckning "
           "[[H:140367-214M]], [[A:Cygnaeusgatan 4 B 18]]."),
    ("sv", "Min son [[P:Elias Westerlund]] ska gå i simskola, hans personbeteckning är [[H:051203A5680]] om ni "
           "behöver den för anmälan. Vårdnadshavare [[P:Malin Westerlund]]."),
    ("fi", "Varaus saunatilalle. Varaaja [[P:Kaj Lindqvist]], henkilötunnus [[H:030958-1278]], koska lomake "
           "kysyi sitä. Maksu tililtä [[I:FI31 1572 3000 3124 57]]."),
    ("sv", "Bokningen på fredag 19–23 ställs in, vi har fått covid i familjen. Ingen ersättning behövs. "
           "Mvh styrelsen"),
    ("sv", "Hej, vi från Arcadas studentkår vill boka Kajsaniemi-lokalen för en sittning. Obs: inga namn på "
           "gästlistan behövs väl? 60 personer."),
    ("sv", "Bokning till [[P:Bosse Grönroos]] 70-årsfest 🎉 Dekorationer sätts upp kl 12. Ansvarig "
           "[[P:Ann-Christin Grönroos]], [[T:+358 (0)50 667 1830]]"),
    ("sv", "Rummet var smutsigt när vi kom, någon hade lämnat pizzakartonger. Bokningen före oss var "
           "kl 14–16. Vi städade själva."),
    ("sv", "Hyran för bastun betalas till [[I:FI19 5790 0120 0988 76]] med referens 1009 enligt [[P:Carl-Gustafs]] "
           "instruktion."),
    ("en", "Hi! Booking the music room for our band. Members: [[P:Lasse Nyberg]], [[P:Micke Sjöberg]], "
           "[[P:Janne]] (drums). We'll bring our own amps. Contact [[E:lassenyberg@outlook.com]]"),
    ("sv", "Stadens kundtjänst sa att jag ska skriva här: vi behöver en ramp till lokalen, min man sitter i "
           "rullstol. [[P:Gun Holmström]], [[A:Sökövägen 8 B 12]], Esbo."),
    ("sv", "Bokningen för bingokvällen (Tölö pensionärer) flyttas från onsdag till torsdag, samma tid 13–15."),
    ("sv", "Kan man betala kontant? Jag har inget nätbankskonto. Jag kommer förbi Medborgarbyrån på Vårdberget "
           "nästa vecka."),
    ("sv", "Nyckel nr 7 har vi inte fått tillbaka, den lånades ut till [[P:Rolf Åberg]] den 3.9. Hans "
           "mejl: [[E:rolf.aberg@elisanet.fi]]"),
    ("sv", "Bil för att lasta ut utrustning: [[R:CMT-509]], står på lastplatsen ca 30 min. Chauffören heter "
           "[[P:Bo]] och har nyckel."),
    ("sv", "Vi bokar för hela vårterminen. Kursledare [[P:Mats Westerlund]] (yoga), vikarie [[P:Stina Nyberg]]. "
           "Båda har fått instruktioner om larmet."),
    ("sv", "Frågan gäller lokalen i Gårdsbacka: finns det parkering? Kommer med bil från Borgå."),
    ("en", "Booking note: the group is 'Helsinki Swedish Speakers' Chess', not a private party. Invoice to "
           "the association address, [[A:Annegatan 26]]. Thanks."),
    ("sv", "[[P:Carl-Gustaf]] och [[P:Gun-Britt]] hämtar nycklarna, de har samma efternamn som jag, [[P:Sjöberg]], "
           "om personalen frågar. /[[P:Lotta Sjöberg]]"),
    ("sv", "Jag vill avboka tiden 5.3. Tack [[P:Nisse]] på Medborgarbyrån för hjälpen i telefon i går, du var "
           "jättevänlig!"),
    ("sv", "Ny adress för fakturor: [[A:Havsvindsvägen 3 A 9]], 02100 Esbo (tidigare [[A:Tölögatan 14 B 22]])."),
]

# --- more hand-written hard negatives -------------------------------------------------------------
_HAND += [
    ("sv", "Bo tryggt i Helsingfors – så heter stadens kampanj, men på Hagalund i Gamlas är gatubelysningen "
           "släckt varannan natt. Vad är tryggt med det?"),
    ("sv", "Sten, grus och löv igen i dagvattenbrunnen på Albertsgatan. Gatan blir en sjö varje gång det regnar."),
    ("sv", "Trappan från kajen upp till gatan vid Norra kajen saknar räcke på ena sidan. Farligt för cyklister som "
           "leder sina cyklar."),
    ("sv", "Jean Sibelius, Tove Jansson och Edith Södergran – alla finns med på skyltarna i Tölö men ingen "
           "skylt är på svenska! Pinsamt för en tvåspråkig stad."),
    ("sv", "Tidtabellen för färjan till Sveaborg: sista turen 23.20 på vardagar, men skylten vid Salutorget "
           "säger 22.40. Vilken gäller?"),
    ("en", "The poster at the tram stop outside Stockmann is for a Sibelius concert at Musiikkitalo that was "
           "already last Friday. Someone should take down the old ones."),
    ("sv", "Ros till Stadsbiblioteket i Drumsö för nya öppettiderna (mån–tor 9–20). Ris till bussbolaget "
           "som ändrade linje 21 utan att säga något."),
    ("sv", "Helene Schjerfbecks gata i Västra hamnen är en byggarbetsplats sedan 2022. När blir trottoaren klar?"),
    ("sv", "Mannerheimvägen mellan Tölöviken och Ooperan är hemskt bullrig. Behövs bullerplank eller "
           "lägre hastighet, 40 km/h räcker."),
    ("fi", "Kulosaaren metroaseman hissi on ollut rikki kaksi viikkoa. Lastenvaunujen kanssa ei pääse "
           "laiturille ollenkaan. Vika ilmoitettu HSL:lle 2.11."),
    ("sv", "Pelle Svanslös-utställningen i Arbis var underbar, barnbarnen älskade den. Mer sådant för de små!"),
    ("sv", "Gungan, rutschkanan och klätterställningen i Munksnäs lekpark är alla trasiga. Gungan har varit "
           "avstängd sedan maj."),
    ("sv", "Kajen vid Edesvikens strand är sönderfrusen och stora stenar har lossnat. Båtsäsongen börjar i "
           "maj, hinner ni laga den?"),
    ("en", "Dag means day in Swedish, so 'Dag för dag' on the new sign in Gammelstaden is fine. The Finnish "
           "translation is wrong though."),
    ("sv", "Den stora granen på Senatstorget tänds 1.12 kl 17. Kan ni se till att Helsingfors Energi inte "
           "gräver upp torget samma vecka som förra året?"),
    ("sv", "Jag har hittat en katt, svartvit, mycket tam, vid Kronohagens strand. Halsband med namnet Nisse. "
           "Den finns nu hos Djurskyddsföreningen i Gammelstaden."),
    ("sv", "Konserten i Sibeliusakademin 12.12 kl 19 är gratis för pensionärer, men biljetter måste hämtas "
           "från Lippupiste. Varför så krångligt?"),
]

# --- generators ------------------------------------------------------------------------------------
_FIRST = ["Ann-Christin", "Gun-Britt", "Carl-Gustaf", "Mikael", "Stina", "Boris", "Kaj", "Bo", "Stig", "Rolf",
          "Nils", "Gunilla", "Lotta", "Malin", "Mats", "Birgitta", "Henrik", "Johan", "Fredrik", "Camilla", "Sofia",
          "Ulla", "Margareta", "Göran", "Eva", "Karin", "Patrik", "Ebba", "Hugo", "Axel", "Elin", "Jonas",
          "Marianne", "Christel", "Maj-Len", "Jan-Erik", "Ulf", "Tove", "Sten", "Dag"]
_NICK = ["Bosse", "Micke", "Kicki", "Lasse", "Janne", "Pelle", "Nisse", "Gurra", "Kalle", "Måns"]
_SUR = ["Lindqvist", "Sjöberg", "Holmström", "Grönroos", "Westerlund", "Åberg", "af Hällström", "von Bonsdorff",
        "Nyberg", "Lindholm", "Forsström", "Ekman", "Blomqvist", "Söderström", "Wikström", "Sundberg", "Lönnqvist",
        "Backman", "Enckell", "Stenroos", "Öhman", "Björklund", "Strandberg", "Rosenlund", "Ahlberg", "Törnqvist"]
_STREETS = [("Runebergsgatan", "00260 Helsingfors"), ("Tölögatan", "00260 Helsingfors"),
            ("Bulevarden", "00120 Helsingfors"), ("Fredriksgatan", "00120 Helsingfors"),
            ("Albertsgatan", "00120 Helsingfors"), ("Högbergsgatan", "00130 Helsingfors"),
            ("Lappviksgatan", "00180 Helsingfors"), ("Topeliusgatan", "00250 Helsingfors"),
            ("Stora Robertsgatan", "00120 Helsingfors"), ("Annegatan", "00100 Helsingfors"),
            ("Mariegatan", "00170 Helsingfors"), ("Helsingegatan", "00500 Helsingfors"),
            ("Fleminggatan", "00510 Helsingfors"), ("Sturegatan", "00510 Helsingfors"),
            ("Drumsövägen", "00200 Helsingfors"), ("Brändövägen", "00570 Helsingfors"),
            ("Munksnäs allé", "00330 Helsingfors"), ("Kottbyvägen", "00610 Helsingfors"),
            ("Åggelbyvägen", "00640 Helsingfors"), ("Cygnaeusgatan", "00100 Helsingfors"),
            ("Nervandersgatan", "00100 Helsingfors"), ("Kaptensgatan", "00140 Helsingfors"),
            ("Mattbyvägen", "02230 Esbo"), ("Sökövägen", "02360 Esbo"), ("Albergagatan", "02600 Esbo"),
            ("Kaitaavägen", "02320 Esbo"), ("Havsvindsvägen", "02100 Esbo"), ("Köpmansvägen", "02100 Esbo"),
            ("Dickursbyvägen", "01300 Vanda"), ("Vandaforsvägen", "01370 Vanda"), ("Myrbackavägen", "01600 Vanda")]
_DOMAINS = ["gmail.com", "hotmail.com", "welho.com", "kolumbus.fi", "outlook.com", "elisanet.fi", "yahoo.se",
            "live.fi", "pp.inet.fi", "icloud.com"]
_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVXYZ"


def _ascii(s):
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("Å", "a"), ("Ä", "a"), ("Ö", "o"), (" ", ""), ("-", "")):
        s = s.replace(a, b)
    return s.lower()


def _genitive(name):
    return name if name[-1] in "sxz" else name + "s"


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50", "400", "9"])
    if pre == "9":
        d = "".join(str(rng.randint(0, 9)) for _ in range(7))
        return rng.choice(["09 %s %s" % (d[:3], d[3:]), "09-%s %s" % (d[:3], d[3:]), "(09) %s" % d,
                           "+358 9 %s %s" % (d[:3], d[3:])])
    n = 6 if pre == "400" else rng.choice([6, 7, 7, 7])
    d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    fm = rng.randint(0, 5)
    if fm == 0:
        return "0%s %s %s" % (pre, d[:3], d[3:])
    if fm == 1:
        return "0%s-%s" % (pre, d)
    if fm == 2:
        return "0%s%s" % (pre, d)
    if fm == 3:
        return "+358 %s %s %s" % (pre, d[:3], d[3:])
    if fm == 4 and n == 7:
        return "0%s %s %s %s" % (pre, d[:3], d[3:5], d[5:])
    return "+358%s%s" % (pre, d)


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    pat = rng.randint(0, 4)
    local = [f + "." + l, f + l + str(rng.randint(40, 99)), f[0] + "." + l, f + "_" + l[:4], l + "." + f][pat]
    return local + "@" + rng.choice(_DOMAINS)


def _iban(rng, spaced=True):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    digits = "".join(str(int(c, 36)) for c in bban + "FI00")
    full = "FI%02d%s" % (98 - int(digits) % 97, bban)
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4)) if spaced else full


def _plate(rng):
    return "".join(rng.choice(_PLATE_LETTERS) for _ in range(3)) + "-" + str(rng.randint(1, 999))


def _hetu(rng):
    year = rng.randint(1935, 2012)
    dd, mm = rng.randint(1, 28), rng.randint(1, 12)
    ddmmyy = "%02d%02d%02d" % (dd, mm, year % 100)
    nnn = "%03d" % rng.randint(2, 899)
    return ddmmyy + ("-" if year < 2000 else "A") + nnn + _HETU_CHARS[int(ddmmyy + nnn) % 31]


def _address(rng, with_city=True):
    street, city = rng.choice(_STREETS)
    n = rng.randint(1, 60)
    st = rng.choice("ABCDE")
    fl = rng.randint(1, 70)
    form = rng.choice(["%s %d", "%s %d %s", "%s %d %s %d", "%s %d %s %d", "%s %d %s lgh %d", "%s %d bst %d"])
    if form == "%s %d":
        a = form % (street, n)
    elif form == "%s %d %s":
        a = form % (street, n, st)
    elif form == "%s %d bst %d":
        a = form % (street, n, fl)
    else:
        a = form % (street, n, st, fl)
    return "[[A:%s]]" % a + (", " + city if with_city else "")


def _cycle(rng, n_templates, k):
    ids = []
    while len(ids) < k:
        block = list(range(n_templates))
        rng.shuffle(block)
        ids += block
    return ids[:k]


def _person(rng):
    first = rng.choice(_FIRST + _NICK)
    last = rng.choice(_SUR)
    return first, last


def _gen_bookings(rng, k):
    out = []
    order = _cycle(rng, 8, k)
    purposes = ["körövning", "syjunta", "styrelsemöte", "bridgeklubb", "barnkalas", "släktträff", "bokcirkel",
                "föreningens årsmöte", "dansövning", "stickcafé", "skrivarverkstad", "pensionärsgympa"]
    places = ["Tölö bibliotek", "Arbis", "Drumsö bibliotek", "Hagalunds kulturcentrum", "Stoa", "Malms bibliotek",
              "Ungdomsgården i Munksnäs", "Annegården", "Oodi", "Dickursby bibliotek"]
    for i in range(k):
        first, last = _person(rng)
        name = "%s %s" % (first, last)
        ph, em = _phone(rng), _email(rng, first, last)
        t = order[i]
        day = "%d.%d" % (rng.randint(1, 28), rng.randint(1, 12))
        tid = "%d–%d" % (rng.choice([9, 10, 13, 16, 17, 18]), rng.choice([20, 21, 22]))
        pur, pl = rng.choice(purposes), rng.choice(places)
        if t == 0:
            out.append(("sv", "Bokning: %s, %s %s kl %s\nAnsvarig: [[P:%s]]\nTfn: [[T:%s]]\nE-post: [[E:%s]]"
                        % (pur, pl, day, tid, name, ph, em)))
        elif t == 1:
            out.append(("sv", "Nycklarna hämtas av [[P:%s]] ([[T:%s]]). Vi är ca %d personer, %s. Tack!"
                        % (first, ph, rng.randint(5, 40), pur)))
        elif t == 2:
            out.append(("sv", "Hej! Vi har %s i %s den %s. Faktura till [[P:%s]], %s. mvh [[P:%s]]"
                        % (pur, pl, day, name, _address(rng), first)))
        elif t == 3:
            other, olast = _person(rng)
            out.append(("sv", "Kontaktperson ändras från [[P:%s]] till [[P:%s %s]], [[E:%s]]. Övrigt som förut."
                        % (name, other, olast, _email(rng, other, olast))))
        elif t == 4:
            out.append(("fi", "Varaus: %s %s klo %s. Yhteyshenkilö [[P:%s]], puh. [[T:%s]]. Avaimet hakee "
                              "[[P:%s]]." % (pl, day, tid, name, ph, _person(rng)[0])))
        elif t == 5:
            epur = rng.choice(["a choir rehearsal", "our book club", "a board meeting", "a kids' party",
                               "a family reunion", "a knitting evening"])
            out.append(("en", "Booking for %s at %s on %s. Contact: [[P:%s]], [[E:%s]]. Payment from "
                              "[[I:%s]]." % (epur, pl, day, name, em, _iban(rng, rng.random() < 0.7))))
        elif t == 6:
            out.append(("sv", "Obs till personalen: [[P:%s]] man kommer med nyckeln, [[P:%s]] själv kommer med "
                              "kaffet. Ring [[T:%s]] om dörren är låst." % (_genitive(first), first, ph)))
        else:
            out.append(("sv", "Bokare [[P:%s]]\nAdress %s\n%s, %s, kl %s. Parkering för bil [[R:%s]] behövs."
                        % (name, _address(rng), pl, day, tid, _plate(rng))))
    return out


def _gen_feedback(rng, k):
    out = []
    order = _cycle(rng, 9, k)
    issues = ["gatlyktan är släckt", "det är isigt på trottoaren", "sopkärlen har inte tömts på två veckor",
              "någon har dumpat en kyl", "det luktar avlopp", "ett träd lutar mot elledningen",
              "cykelbanan är full av glas", "porten är klottrad", "vattnet står i stora pölar",
              "rötter har lyft asfalten"]
    for i in range(k):
        first, last = _person(rng)
        name = "%s %s" % (first, last)
        issue = rng.choice(issues)
        t = order[i]
        if t == 0:
            out.append(("sv", "Utanför %s: %s. Har varit så sedan förra veckan. [[P:%s]], [[T:%s]]"
                        % (_address(rng, False), issue, name, _phone(rng))))
        elif t == 1:
            out.append(("sv", "Hej, jag bor på %s och %s. Kan någon komma och titta? Mvh [[P:%s]]"
                        % (_address(rng), issue, name)))
        elif t == 2:
            plate = _plate(rng)
            out.append(("sv", "Bil [[R:%s]] står på cykelbanan vid %s varje morgon. Dessutom: %s. "
                              "/[[P:%s]]" % (plate, _address(rng, False), issue, first)))
        elif t == 3:
            out.append(("sv", "Min granne [[P:%s]] säger att %s vid %s. Jag kan bekräfta det. Ring [[T:%s]]."
                        % (name, issue, _address(rng, False), _phone(rng))))
        elif t == 4:
            out.append(("fi", "Osoitteessa %s: %s (kirjoitan ruotsiksi ajatellen, sori). [[P:%s]], [[E:%s]]"
                        % (_address(rng, False), rng.choice(["katulamppu ei pala", "roskikset ovat täynnä",
                                                              "jalkakäytävä on liukas", "kaivo on tukossa"]),
                           name, _email(rng, first, last))))
        elif t == 5:
            out.append(("sv", "Reg.nr [[R:%s]] har stått på gästplatsen vid %s i tre veckor. Ägaren är visst "
                              "[[P:%s]] i grannhuset. Tack för hjälpen! [[P:%s]]"
                        % (_plate(rng), _address(rng, False), rng.choice(_FIRST), name)))
        elif t == 7:
            out.append(("fi", "Auto [[R:%s]] on pysäköity pyörätielle osoitteessa %s jo viikon. Soittakaa "
                              "[[T:%s]] jos tarvitsette lisätietoja. [[P:%s]]"
                        % (_plate(rng), _address(rng, False), _phone(rng), name)))
        else:
            out.append(("en", "Hi, at %s %s. Please send someone. Thanks, [[P:%s]] ([[T:%s]])"
                        % (_address(rng, False), rng.choice(["the street light is out", "the pavement is icy",
                                                             "someone dumped a fridge",
                                                             "the drain is blocked"]), name, _phone(rng))))
    return out


def _gen_negatives(rng, k):
    out = []
    order = _cycle(rng, 11, k)
    places = ["Brändö", "Drumsö", "Hagalund", "Kronohagen", "Tölö", "Munksnäs", "Gammelstaden", "Hertonäs",
              "Kottby", "Vallgård", "Berghäll", "Rödbergen", "Eira", "Mattby", "Alberga", "Dickursby", "Myrbacka"]
    streets = ["Runebergsgatan", "Tölögatan", "Bulevarden", "Mannerheimvägen", "Fredriksgatan", "Topeliusgatan",
               "Helsingegatan", "Drumsövägen", "Brändövägen", "Munksnäs allé", "Sturegatan", "Mattbyvägen"]
    named = ["Sibeliusparken", "Tove Janssons park", "Zacharias Topelius skola", "Runebergs esplanad",
             "Topeliusparken", "Cygnaeus skola", "Edelfeltsgatan", "Mannerheimmuseet", "Schjerfbecks gata",
             "Ainola", "Amos Rex", "Alvar Aaltos hus"]
    brands = ["Stockmann", "Fazer", "Alepa", "S-market", "K-Citymarket", "Hesburger", "Alko", "Aktia",
              "Lidl", "R-kioski", "Instrumentarium", "Tokmanni"]
    parks = ["Sibeliusparken", "Tove Janssons park", "Topeliusparken", "Runebergs esplanad", "Hesperiaparken",
             "Brunnsparken", "Kajsaniemiparken", "Centralparken"]
    wordsy = ["Bo i {p} är dyrt men värt det", "Stig och trappa mot stranden i {p} är hala",
              "Dag för dag blir det mer trafik i {p}", "Ros och ris till stadsdelsfesten i {p}",
              "Kaj 2 i {p}s båthamn har ingen belysning", "Sten och grus ligger kvar på gångbanan i {p}"]
    for i in range(k):
        p, s, n, b = rng.choice(places), rng.choice(streets), rng.choice(named), rng.choice(brands)
        hh = "%d.%02d" % (rng.randint(6, 22), rng.choice([0, 15, 30, 45]))
        case = "HEL-2026-%06d" % rng.randint(1000, 99999)
        t = order[i]
        if t == 0:
            out.append(("sv", rng.choice(wordsy).format(p=p) + ". " + rng.choice(
                ["Gör något åt saken.", "Tack på förhand.", "Hälsningar från en granne.", "Bara så ni vet."])))
        elif t == 1:
            out.append(("sv", "Vid %s finns inga soptunnor längre. Ärendenummer %s, anmält kl %s." % (n, case, hh)))
        elif t == 2:
            out.append(("sv", "Linje %d stannar inte längre vid %s. Senaste bussen %s. Biljetten kostar %s." %
                        (rng.choice([14, 16, 18, 20, 21, 55, 65, 102, 550]), s, hh,
                         rng.choice(["2,95 €", "3,20 €", "4,10 €", "5,90 €"]))))
        elif t == 3:
            out.append(("sv", "%s har stängt sin butik i %s och nu står lokalen tom. Kunde staden hyra ut den "
                              "till föreningar?" % (b, p)))
        elif t == 4:
            out.append(("sv", "Postnummer %s, %s: gatan har grävts upp tre gånger i år. Vem planerar detta?"
                        % (rng.choice(["00100", "00170", "00200", "00250", "00260", "00330", "00570", "02100"]), s)))
        elif t == 5:
            out.append(("en", "The path through %s is not ploughed again. Happened also in %d." %
                        (rng.choice(parks), rng.choice([2021, 2022, 2023, 2024, 2025]))))
        elif t == 6:
            out.append(("fi", "%s: valaistus ei toimi klo %s jälkeen. %s on kaunis paikka, korjatkaa." %
                        (n, hh, p)))
        elif t == 7:
            out.append(("sv", "Öppettider för simhallen i %s: mån–fre %s–21, lör 10–18. Inträde %s för "
                              "pensionärer." % (p, rng.choice(["6.00", "6.30", "7.00"]),
                                                "%d,%02d €" % (rng.randint(3, 7), rng.choice([0, 50])))))
        elif t == 8:
            out.append(("sv", "Trottoaren längs %s (%s) är fortfarande avstängd. Skylten säger att arbetet blir klart "
                              "%d.%d.%d, men ingen arbetar där." % (s, p, rng.randint(1, 28), rng.randint(1, 12),
                                                                    rng.choice([2026, 2027]))))
        elif t == 9:
            out.append(("en", "Why does %s close at %s on Sundays? Families in %s have nowhere to go when it "
                              "rains." % (rng.choice(["Oodi", "Amos Rex", "the Sibelius Academy library",
                                                      "Arbis", "Stoa"]), hh, p)))
        else:
            out.append(("sv", "%s i %s: ingen lampa fungerar efter kl %s och det är kolsvart. Ärende %s." %
                        (n, p, hh, case)))
    return out


def _gen_replies(rng, k):
    out = []
    order = _cycle(rng, 10, k)
    for i in range(k):
        first, last = _person(rng)
        t = order[i]
        if t == 0:
            out.append(("sv", "Håller med [[P:%s]] ovan, helt rätt." % first))
        elif t == 1:
            out.append(("sv", "Tack [[P:%s]] för sammanfattningen! /[[P:%s %s]]" % (first, rng.choice(_FIRST), last)))
        elif t == 2:
            out.append(("sv", "Enligt [[P:%s %s]] är mötet flyttat till torsdag kl 18." % (first, last)))
        elif t == 3:
            out.append(("sv", "Jag åker med [[P:%s]] i [[P:%s]] bil till mötet. Hälsningar, [[P:%s]]"
                        % (first, _genitive(first), rng.choice(_NICK))))
        elif t == 4:
            out.append(("fi", "Samaa mieltä kuin [[P:%s]]. T. [[P:%s %s]]" % (first, rng.choice(_FIRST), last)))
        elif t == 5:
            out.append(("en", "Agree with [[P:%s]]'s point about the trees. — [[P:%s]]" % (first, rng.choice(_NICK))))
        elif t == 6:
            out.append(("fi", "Kiitos [[P:%s]] hyvästä kommentista, olen samaa mieltä. Terveisin [[P:%s]]"
                        % (first + ("ille" if first[-1] not in "aeiouyäö" else "lle"), "%s %s" % (rng.choice(_FIRST), last))))
        elif t == 7:
            out.append(("en", "As [[P:%s %s]] said at the residents' meeting, the bus stop should stay where it is. "
                              "Best, [[P:%s]] ([[E:%s]])" % (first, last, rng.choice(_FIRST), _email(rng, first, last))))
        elif t == 8:
            out.append(("fi", "Vastaus [[P:%s]]: lomakkeen voi täyttää myös ruotsiksi. -[[P:%s]], [[T:%s]]"
                        % (first + ("ille" if first[-1] not in "aeiouyäö" else "lle"), rng.choice(_NICK), _phone(rng))))
        else:
            out.append(("en", "Thanks [[P:%s]]! I forwarded this to [[P:%s %s]] in our housing company board."
                        % (first, rng.choice(_FIRST), rng.choice(_SUR))))
    return out


def records():
    rng = random.Random(SEED)
    gen = (_gen_bookings(rng, 24) + _gen_feedback(rng, 28) + _gen_negatives(rng, 16) + _gen_replies(rng, 24))
    out, seen = [], set()
    for rec in list(_HAND) + gen:
        if rec[1] not in seen:
            seen.add(rec[1])
            out.append(rec)
    rng.shuffle(out)
    return out
