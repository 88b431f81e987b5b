"""Blind evaluation block 44 for the personal-data scrubber.

Written by helper "outsider 44" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (the only file read there was the brief
itself, as instructed). I ran no git commands and did not run the scrubber or any evaluation. Every text was
written from the brief and from my own knowledge of how residents write to the city.

Focus: a representative random sample of everything the city receives, in the voice of each source - Open311
feedback (about 40 %), Kerrokantasi hearing comments (about 20 %), OmaStadi proposals and comments (about 20 %)
and Varaamo booking notes (about 20 %); Finnish about 60 %, Swedish about 20 %, English about 20 %. All labels
appear many times: person names (roughly 45 % of spans), phone numbers in many Finnish formats (and a few
foreign), e-mail addresses (plain and obfuscated: "x at y dot com", "x(at)y.fi"), street addresses with house
numbers, staircases and flats in Helsinki, Espoo and Vantaa (also inflected), IBANs (Finnish and a few foreign,
one old domestic account number), licence plates (with and without a cue word, upper and lower case), HETUs
with valid check characters (some with the 2000s "A" sign) and IP addresses (IPv4 and IPv6 in error reports).
Messages range from one line to several paragraphs. About a third are hard negatives: ordinary words that are
also first names, places and streets named after people, streets without numbers, famous people, brands,
pets, dates, times, prices, case / reference / order numbers, business IDs, postal codes and bus lines.
Roughly two thirds of the records are written individually by hand; the rest come from small generators below.

Seed: 4444 (SEED below; the generators use random.Random(SEED) only, so records() is deterministic).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels:
- P: a person's name (first name, surname, full name, nickname, initials joined to a name; any case; English
  possessive 's and Swedish genitive -s inside the span; Finnish case endings inside the span, e.g.
  [[P:Mikolle]], [[P:Virtasen]]). Role words and titles (Mr., Ms., rouva, naapuri, rektor, Dr.) stay OUTSIDE.
- E: e-mail address. T: phone number (whole number, country code included). H: Finnish personal identity code
  (HETU, e.g. 131052-308T). I: IBAN or bank account number. R: vehicle licence plate. IP: IP address.
- A: a street address WITH a house number (street + number + staircase + flat: "Mannerheimintie 12 B 34",
  "Kaarelantiellä 7"); postal code and city stay outside. A street name without a number is not marked.
"""

import random

SEED = 4444

# ---------------------------------------------------------------------------------------------------------
# Hand-written records, part 1: Open311 feedback to the city.
# ---------------------------------------------------------------------------------------------------------
HAND_OPEN311_A = [
    ("fi", """Hei, Kotkankadun ja Sturenkadun risteyksessä katuvalo ollut rikki jo kolme viikkoa. Asun itse osoitteessa [[A:Kotkankatu 9 B 27]], ikkunasta näkyy suoraan. Soittakaa jos tarvii lisätietoja [[T:040 718 2293]]. t. [[P:Raija Heikkinen]]"""),
    ("fi", """Roskis kaatunut Sibeliuksen puistossa monumentin vieressä, tuuli varmaan kaatoi. Lokit levittää roskat joka puolelle. Voisko joku käydä tänään?"""),
    ("fi", """auto [[R:XKT-558]] ollut parkissa invapaikalla Vaasankadulla koko viikon ilman lupaa!!! ei ole ensimmäinen kerta"""),
    ("en", """Hello, I reported this already in March (case HEL 2025-004417) but nothing happened. The pedestrian crossing light at Hämeentie / Kaikukatu is broken again. You can reach me at [[E:oliver.brennan@outlook.com]] or [[T:+358 45 127 8830]]. Thanks, [[P:Oliver Brennan]]"""),
    ("sv", """Hej! Gatubelysningen på Drumsövägen vid busshållplatsen är trasig sedan en vecka. Det är väldigt mörkt på morgonen när barnen går till skolan. Mvh [[P:Camilla Sjöberg]], [[T:050 366 1048]]"""),
    ("fi", """Linja 55 ei taaskaan kulkenut aamulla klo 7.42 Koskelasta, seuraava tuli vasta 8.05. HSL:lle olen jo valittanut mutta laitan tännekin. Pysäkillä oli ainakin 20 ihmistä."""),
    ("fi", """Naapuri [[A:Mäkitorpantie 14 A 3]]:ssa polttaa risuja pihalla joka ilta, savu tulee meidän makuuhuoneeseen. Olen puhunut hänelle mutta ei auta. Nimeä en tiedä, ovessa lukee [[P:Kokkonen]]."""),
    ("fi", """Sain pysäköintivirhemaksun vaikka auto oli huollossa!! Maksun tiedot: rekisteri [[R:GOP-71]], virhemaksu nro 70 8812 3341. Omistaja [[P:Tapio Laaksonen]] [[H:190254-327B]]. Pyydän oikaisua, tilinumero palautusta varten [[I:FI35 4497 8690 7366 25]]."""),
    ("en", """Will someone please clear the snow from the stairs at Kaivopuisto? Grace period for the city's winter maintenance must have ended a month ago lol. The ramp near Café Ursula is totally iced over."""),
    ("fi", """Kallion kirjaston edessä pyöräteline täynnä romupyöriä. Yks niistä ollut siinä ainakin vuoden, punainen Jopo. En tiedä kenen. T. [[P:Emppu]]"""),
    ("fi", """Palautelomake ei toimi! Yritin lähettää kuvan ja tuli "Error 502 Bad Gateway". Selain Firefox 128, IP-osoite [[IP:91.154.23.208]] jos siitä on apua. Yritän myöhemmin uudelleen. -[[P:Jarmo]]"""),
    ("sv", """Parkeringsautomaten vid Tölö torg tar inte kort. Försökte tre gånger i morse kl. 8.15. Den visar bara "Fel 44". Kostar 4,20 €/h och man har ingen chans att betala."""),
    ("fi", """hei teidän työmaa [[A:Hämeentie 67]] kohdalla pitää meteliä klo 6 aamulla lauantaina. eikö ole mitään rajoja?? [[P:m. lindqvist]] [[T:0442183390]]"""),
    ("en", """Broken glass all over the playground in Lapinlahden puisto, near the swings. My daughter almost stepped on it. Pls send someone. - [[P:Priya]] ([[T:044 902 3317]])"""),
    ("fi", """Töölönlahden rannassa, Finlandia-talon takana, on iso kuoppa kevyenliikenteen väylässä. Siihen on jo kaks pyöräilijää kaatunut tällä viikolla. Kuoppa on noin 40 cm leveä."""),
    ("fi", """Hyvä vastaanottaja,

Olen asunut taloyhtiössämme ([[A:Isonnevantie 22 C 41]], 00320 Helsinki) vuodesta 1998 ja tällaista ei ole ennen nähty. Talon edessä oleva puisto on muuttunut yöllä kokoontumispaikaksi, ja meteli jatkuu usein kolmeen asti. Poliisille on soitettu useasti.

Lisäksi puiston valaistus on ollut rikki lokakuusta asti, mikä varmasti pahentaa tilannetta. Toivoisin että valot korjattaisiin ja että alueelle harkittaisiin esimerkiksi kameravalvontaa.

Naapurini [[P:Eeva-Liisa Pulkkinen]] ([[A:Isonnevantie 22 C 38]]) on samaa mieltä ja allekirjoittaa tämän kanssani.

Ystävällisin terveisin
[[P:Heikki Rautiainen]]
puh. [[T:09 478 2216]]
[[E:heikki.rautiainen@kolumbus.fi]]"""),
    ("fi", """Kumpulan maauimala: aukeaako tänä vuonna 15.5. vai vasta kesäkuussa? Viime vuonna aukesi 1.6. ja hinnat nousi 6,50 eurosta 7 euroon. Sivuilla ei lue mitään."""),
    ("sv", """Bilen med registreringsnummer [[R:ENB-903]] har stått parkerad på cykelbanan utanför [[A:Runebergsgatan 43]] sedan i fredags. Kan ni flytta den? [[P:Lars-Erik]]"""),
    ("en", """The tram 7 stop at Pasila has no working timetable screen. Also the elevator to the platform has been out of order since 3 March. Reference 2025-HKL-7731. Not urgent but annoying for people with prams."""),
    ("fi", """Moi! Rappukäytävän ikkuna on rikki ([[A:Kontulankaari 8 F 112]]). Kyseessä on Hekan talo. Soitin jo huoltoyhtiölle ja sieltä käskettiin ilmoittaa tänne. [[P:Sari Mäkinen]] [[T:0400 812 774]]"""),
    ("fi", """Kysymys: saako taloyhtiön pihalle jättää autoa jolla ei ole kilpiä? Pihalla on ollut musta Volvo jo kaksi kuukautta, aiemmin siinä oli kilvet [[R:ivk-302]]. Haluaisin tietää kenen vastuulla poistaminen on."""),
    ("en", """Hi, I got a parking fine (no. 4 11209 55811) while my car [[R:CZL-440]] was parked at my own residents' spot at [[A:Agricolankatu 5]]. I have a valid resident permit. Please cancel. [[P:Martin Kovač]], [[E:martin.kovac@gmail.com]], [[T:+358 40 551 9904]]"""),
    ("sv", """Tack till staden för den nya lekparken i Brunnsparken! Barnen älskar klätterställningen. Men det behövs fler bänkar för föräldrarna och en papperskorg vid sandlådan."""),
    ("fi", """ilmoitan että [[P:Virtasen]] koira haukkuu koko päivän kun ne on töissä. osoite [[A:Kylänvanhimmantie 31 as 4]]. en halua että nimeäni kerrotaan naapurille"""),
    ("fi", """Koira nimeltä Rekku karkasi Paloheinän ulkoilualueella eilen illalla noin klo 19. Musta-valkoinen bordercollie, kaulapanta punainen. Jos joku näkee niin ilmoittakaa Malmin eläinlääkäriasemalle."""),
    ("fi", """Kaupungin sivuilla olevasta maksulinkistä ei pääse eteenpäin, tulee virhe "session expired". Kokeilin kolmella selaimella. IP [[IP:2001:14ba:a0f3:5e00:9c1d:3a2f:1b7e:42c1]], kellonaika 14.32. Pystyttekö katsomaan lokeista? [[P:Antti K]]"""),
    ("en", """Dear City of Helsinki, I'm writing on behalf of my elderly mother, [[P:Helena Sirén]], who lives at [[A:Kalevankatu 31 A 12]]. The lift in her building was removed for renovation and no temporary solution was offered. She can't leave the flat. Her phone is [[T:(09) 694 1187]] and mine is [[T:+44 7700 900461]]. Kind regards, [[P:Daniel Sirén]]"""),
    ("fi", """Leppävaaran asemalla hissi rikki taas. Sellon puoleinen. Onko tiedossa milloin korjataan? Numero hissin kyljessä: HIS-0442."""),
    ("sv", """Grannen på [[A:Sturegatan 12 B 19]] bränner ved i en grill på balkongen varje kväll. Röken kommer in till oss. Kan ni kontrollera om det är tillåtet? Jag vill vara anonym. // [[E:annika.w(at)gmail.com]]"""),
    ("fi", """valo rikki [[A:Fleminginkatu 20]] edessä. [[T:0505812049]]"""),
    ("fi", """Helsingin kaupungin Y-tunnus 0201256-6 pitää lisätä laskuun, sanoi teidän asiakaspalvelu. Mistä löydän oikean verkkolaskuosoitteen? Laskumme numero on 2025-1187."""),
    ("en", """Why are the Mannerheimintie roadworks still not finished? They said October 2024. Every day bus 23 is 10 min late because of it. Mark my words, it'll still be there in 2027."""),
    ("fi", """Palautetta kotihoidosta: äitini [[P:Aili Korhonen]] ([[H:010141-667J]]) ei saanut eilen iltakäyntiä ollenkaan. Hän asuu [[A:Siltavoudintie 4 B 17]]. Tämä on kolmas kerta tässä kuussa. Pyydän että joku ottaa yhteyttä minuun: [[P:Pirjo Korhonen-Lahti]], [[T:+358 50 4411 826]]."""),
    ("sv", """Hej, en omkullvält elsparkcykel (Voi) blockerar trottoaren på Stora Robertsgatan sedan tre veckor. Ingen hämtar den."""),
    ("fi", """[[P:Mikko]] tässä taas. Ette ole vieläkään vastanneet edelliseen palautteeseen (nro 11432/2025). Katu on edelleen auraamatta [[A:Merituulentiellä 20]] Espoossa, vaikka kuulemma kuuluu kaupungille."""),
    ("fi", """Tuuli kaatoi ison koivun Lauttasaaressa Myllykallion kohdalla. Onni onnettomuudessa, ettei kukaan ollut alla. Valo palaa vielä, mutta sähkölinja roikkuu matalalla."""),
    ("en", """Noise complaint: the bar at [[A:Iso Roobertinkatu 21]] plays loud music until 4am on weekdays. Contact: [[P:jen]] [[E:jen.mcallister at protonmail dot com]]"""),
    ("fi", """Hei, olen [[P:Laila]] ja asun [[A:Ruutiportti 3 C 40]]. Meidän talon viereen on kaadettu autonrenkaita kasaan, varmaan 30 kpl. Kuka tämän hoitaa?"""),
    ("fi", """Kannelmäen kirjaston aukioloajat ovat ma–to 10–20, pe 10–16 ja la 10–16. Miksi sunnuntaisin ei ole auki? Ehdotan että edes klo 12–16 olisi."""),
    ("sv", """Till ansvarig för vinterunderhåll: trappan vid [[A:Tavastvägen 110]] är livsfarlig. Min man [[P:Göran]] halkade igår och bröt handleden. Ni får gärna ringa mig, [[P:Birgitta Holmström]], [[T:+358 9 685 3317]]."""),
    ("en", """pothole outside [[A:Porkkalankatu 13]], big one, bike wheel bent. [[P:tom]]"""),
    ("fi", """Löysin Keskuspuistosta lompakon, jossa on [[P:Jukka Salmisen]] ajokortti ja kela-kortti. Toin sen Pasilan poliisiasemalle. Ilmoitan tänne jos hän sattuu kyselemään. -[[P:Marja]] [[T:041 508 2263]]"""),
    ("en", """Love the new Oodi library! But the third floor toilets are always out of paper. Also, is the Lego workshop on Saturday 14.12. at 13:00 free or do we need to book?"""),
    ("fi", """HETU-kenttä lomakkeessa ei hyväksy mun tunnusta vaikka se on oikein: [[H:041204A342A]]. Synnyin 2004, onko teillä bugi vuosituhannen vaihteen tunnuksissa? [[P:Veera Nyström]]"""),
    ("fi", """Pihlajamäen ostarilla ollut rikki oleva penkki jo vuoden. Koko ostari on muutenkin huonossa kunnossa. Pihlajamäki ansaitsee parempaa!"""),
]

# ---------------------------------------------------------------------------------------------------------
# Hand-written records, part 2: Kerrokantasi hearing comments (opinions, replies, quotes).
# ---------------------------------------------------------------------------------------------------------
HAND_KERROKANTASI = [
    ("fi", """Vastustan Malmin lentokentän rakentamista. Alue on ainutlaatuinen ja sen kulttuurihistoriallinen arvo on valtava. Lisäksi liito-oravat!"""),
    ("fi", """Vastaus [[P:Matti Hyvösen]] kommenttiin: olet väärässä, ei Hernesaaren kaavassa ole kyse pelkistä luksusasunnoista. Lue itse kaavaselostus sivu 34."""),
    ("fi", """@[[P:Kirsi_L]] samaa mieltä! Mechelininkadun pyöräkaistat on vaarallisia, varsinkin Runeberginkadun kohdalla."""),
    ("sv", """Jag stöder planen för Centralparken, men hoppas att skogen norr om Ring I bevaras. Ekosystemet där är viktigt för hela staden."""),
    ("en", """As a resident of [[A:Lapinlahdenkatu 16 B 9]], I strongly oppose the plan to cut the 18 lindens along the street. They're over 80 years old. – [[P:Sophie Laine]]"""),
    ("fi", """Asun [[A:Meri-Rastilan tie 9 A 6]] ja tämä kaava tuhoaisi meidän lähimetsän kokonaan. Meri-Rastilan länsirannan metsä on ainoa paikka jossa lapset voivat leikkiä luonnossa. Kaupunki lupasi vuonna 2016 että metsä säilyy.

Vaadin että kaavasta järjestetään uusi asukastilaisuus. Olemme keränneet adressiin 1 400 nimeä.

[[P:Riikka Heinonen]], Meri-Rastilan asukasyhdistyksen puheenjohtaja"""),
    ("fi", """Kalasatamaan tarvitaan lisää koulupaikkoja eikä uusia torneja. Redi riittää."""),
    ("en", """Rose-coloured glasses much? The Jätkäsaari plan is great on paper but traffic to West Harbour is already a nightmare. Tallink and Viking Line trucks everywhere."""),
    ("fi", """Olen samaa mieltä kuin [[P:Pekka]] edellä. Lisäksi: miksi kaavassa ei mainita pysäköintiä ollenkaan? Meidän kadulla (Kuusitie) on jo nyt mahdoton löytää paikkaa."""),
    ("sv", """Svar till [[P:Ulla]]: håller inte med. Spårvägen till Östersundom behövs, men inte genom strandskogen. Vänligen, [[P:Henrik Grönroos]]"""),
    ("fi", """Aleksis Kiven katu ansaitsisi puita. Nyt se on pelkkää asfalttia Sörnäisistä Vallilaan. Kiven kunniaksi edes muutama lehmus!"""),
    ("fi", """Kommentoin omasta ja puolisoni [[P:Tuomaksen]] puolesta. Asumme osoitteessa [[A:Koskelantie 48 D 70]] ja raitiotien rakentaminen kulkisi suoraan ikkunamme alta. Melulaskelmat puuttuvat kokonaan. Jos haluatte keskustella, [[E:johanna.p.lehtinen@elisanet.fi]]."""),
    ("en", """Replying to @[[P:mark.h]]: no, the Vartiosaari bridge is not "just a pedestrian bridge". Read the plan, pages 8-11."""),
    ("fi", """Hyvä suunnitelma! Toivottavasti Kaisaniemen puiston uudet valot eivät ole liian kirkkaat, lepakoiden takia."""),
    ("sv", """Varför ska Hagnäs torg förändras igen? Det renoverades ju 2019. Slöseri med skattepengar."""),
    ("fi", """[[P:Jari Toivonen]] kirjoitti:
> Pyöräily on marginaalista, ei siihen pidä panostaa.

Hah. Meidän perheessä pyöräilee neljä ihmistä joka päivä. [[P:Toivonen]] voisi tulla katsomaan Baanaa aamulla kahdeksalta."""),
    ("en", """Will there be a public event about the Kivikko plan? I'd like to ask questions in person. Mondays and Fridays work best, after 17:00."""),
    ("fi", """samaa mieltä [[P:Hannalle]]. puut säilytettävä!!"""),
    ("fi", """Viikin peltoja ei pidä rakentaa. Viikki on Helsingin ruokaturvan kannalta tärkeä ja Vanhankaupunginlahden lintuvesi kärsisi."""),
    ("sv", """Jag bor i Kottby på [[A:Kottbyvägen 7 A 2]] och vill påpeka att planen saknar cykelparkering vid tåghållplatsen. Hälsningar [[P:Åsa]]"""),
    ("en", """Speaking as the chair of our housing company at [[A:Kaupintie 11]], we were never informed of this hearing. Contact me ([[P:Richard Ojala]]) at [[T:050 930 4455]] if you want the board's formal statement."""),
    ("fi", """Tove Janssonin puisto on Katajanokan helmi. Ei sinne mitään kahvilaa tarvita, Sinebrychoffin puistossakin on jo kaksi kioskia."""),
    ("fi", """Minä ([[P:E. Järvinen]], Laajasalo) kannatan raitiotietä. Kruunusillat vihdoin valmiiksi ja sitten jatko Yliskylään."""),
    ("fi", """Kuulin että [[P:Päivi]] ja [[P:Raimo Nurmela]] järjestää torstaina asukasillan Pukinmäen seurakuntatalolla klo 18. Kaikki sinne keskustelemaan kaavasta!"""),
    ("en", """Bill 3 of the proposal (page 12) says the parking norm will be 0.4 per flat. That is way too low for families in Östersundom. Frank opinion: this won't work."""),
    ("sv", """Förslaget om att bygga på Malms flygfält är bra. Helsingfors behöver bostäder, och Sibelius skulle knappast ha sörjt några gamla hangarer heller."""),
    ("fi", """Kiitos [[P:Sannalle]] hyvästä kommentista. Täydennän vielä: meidän pihalla ([[A:Laivalahdenkaari 18 B 22]]) on viime vuonna nähty liito-orava, havainto ilmoitettu Luomukselle."""),
    ("fi", """Kumpi on parempi, Kalasatama vai Jätkäsaari? Kumpaakaan ei ole tehty ihmisille, vaan sijoittajille."""),
    ("en", """I'm [[P:Aleksandr]], living in Kontula for 12 years. The shopping centre plan ignores the Russian-speaking community completely. Please contact me [[E:aleksandr.volkov84@mail.ru]] or [[T:+358 44 091 2286]]."""),
    ("fi", """Olen eri mieltä kuin [[P:Sirpa K.]] Rantareitti pitää avata kaikille eikä vain venekerhon jäsenille. t. [[P:Olli-Pekka]]"""),
]

# ---------------------------------------------------------------------------------------------------------
# Hand-written records, part 3: OmaStadi participatory budgeting proposals and their comments.
# ---------------------------------------------------------------------------------------------------------
HAND_OMASTADI = [
    ("fi", """Ehdotus: Kontulan ostarille ulkokuntosali. Perustelu: alueella ei ole yhtään ulkokuntoilupaikkaa ja ostarin takana on tyhjä nurmikenttä. Arvioitu hinta 60 000 €. Ehdottaja: [[P:Kalle Mustonen]]"""),
    ("fi", """Tosi hyvä idea! Äänestän tätä. Vuosaaren uimarannalle lisää pukukoppeja, nykyiset on 80-luvulta."""),
    ("sv", """Förslag: Bänkar och skugga vid den gamla eken vid Botby gård. Många äldre promenerar där. Kontaktperson [[P:Margareta Lindqvist]], [[E:m.lindqvist@netti.fi]]"""),
    ("en", """Proposal: multilingual storytelling hours at the Itäkeskus library for kids aged 3–7. I can volunteer as a reader in Somali and English. My name is [[P:Hodan Abdi]], phone [[T:046 571 2209]]."""),
    ("fi", """Kommentti: ehdotus on hyvä mutta 200 000 euroa on aivan liikaa yhdelle skeittiparkille. Jakomäessä on jo yksi."""),
    ("fi", """Ehdotus nro 2468: Pukinmäen rantaan laituri. Tätä on toivottu vuosia. Lisätietoja antaa [[P:Teuvo Lindroos]] ([[T:050-322 6718]])."""),
    ("en", """Great proposal! Hope it passes this time. Last year's vote in OmaStadi 2023 was so close (only 87 votes difference)."""),
    ("fi", """Meidän koulun 6B-luokka ehdottaa: Roihuvuoren kirsikkapuistoon lisää roska-astioita ja vessa hanamin ajaksi! Opettaja [[P:Niina Saarela]], [[E:niina.saarela@edu.hel.fi]]"""),
    ("sv", """Jag röstade på den här! Hoppas att plaskdammen i Kvarnbäcken renoveras äntligen. Den har varit stängd sedan 2021."""),
    ("fi", """Kommentti ehdotukseen "Lasten liikennepuisto Malmille": [[P:Jonna]] täällä, meillä on kaksi pientä ja käytäisiin varmasti joka viikko. Jos tarvitsette talkooväkeä niin laittakaa viestiä [[E:jonna.k(at)hotmail.com]]"""),
    ("fi", """Ehdotan että Itäkeskuksen Tallinnanaukiolle tuodaan kesäksi kukkaistutuksia ja penkkejä. Aukio on nyt aika karu."""),
    ("en", """Hi all, [[P:James]] here from Lauttasaari. Our proposal for a free community sauna near Kasinonranta got moved to "not feasible". Who decided that? Please email me back: [[E:james.whitfield at gmail dot com]]"""),
    ("fi", """Ehdottaja: [[P:Aino Lepistö]]
Alue: Koillinen
Kuvaus: Tapanilan urheilupuistoon valaistu ulkoilureitti. Nykyinen reitti on pimeä marraskuusta helmikuuhun.
Kustannusarvio: 120 000 €
Yhteystiedot: [[T:+358407731105]], [[A:Päivöläntie 17]], 00730 Helsinki"""),
    ("sv", """Det vore fint med en hundpark i Degerö. Närmaste är i Hertonäs och den är alltid full. Hundarna Bosse och Lilla My skulle bli glada!"""),
    ("fi", """Miksi tämä ehdotus yhdistettiin Maunulan ehdotukseen? Ne on ihan eri asioita. Toivon että OmaStadi-tiimi selittää."""),
    ("fi", """[[P:Esa]] ja [[P:Leena Halonen]] kannattavat tätä lämpimästi! Pihlajiston metsään kaivataan luontopolkua. Me voidaan tehdä opasteet, ollaan eläkkeellä ja aikaa on 😊"""),
    ("en", """Joy to see so many proposals for Malmi this year. Hope the Ala-Malmin tori renovation finally gets funded."""),
    ("fi", """Ehdotus: Vesalan yläasteen viereen parkour-alue. Nuorisotalolla ollaan kyselty ja 40 nuorta on kiinnostunut. Yhteyshenkilö nuorisotyöntekijä [[P:Ville Rantanen]], [[T:09 310 71833]]."""),
    ("sv", """Jag håller med [[P:Kristinas]] kommentar ovan. Men förslaget borde också omfatta belysning. /[[P:Pia]]"""),
    ("fi", """Ehdotukset 1123, 1125 ja 1140 ovat kaikki samasta asiasta: Herttoniemen rantaraitin valaistus. Voisiko ne yhdistää?"""),
    ("en", """Comment: I'm [[P:Liam's]] mom (he's the 12-year-old who wrote the original proposal). He is so excited. If there are any questions contact me, [[P:Sarah O'Neill]], [[E:sarah.oneill@yahoo.co.uk]]."""),
    ("fi", """Hei! Ehdottaisin Myllypuron ostarin viereen ulkoshakkilaudan. Isoisäni [[P:Veikko]] pelasi aina Kallion ulkoshakissa ja se oli yhteisön kohtauspaikka. Terv. [[P:Sanni Blomqvist]]"""),
    ("fi", """Kiitos kaikille äänestäjille! Ehdotuksemme "Kesäteatteri Kivikon puistoon" voitti Itäisessä suurpiirissä 2 134 äänellä. Toteutus alkaa keväällä 2026."""),
    ("sv", """Förslag: Fler sittplatser vid Arabiastranden och en liten båtbrygga. Kostnaden uppskattas till 45 000 €."""),
    ("fi", """Olisiko mahdollista, että Kannelmäen kirjaston edustalle tulisi pyörien korjauspiste? Voin itse auttaa ylläpidossa. [[P:Risto]], [[A:Kantelettarentie 10 A 4]], [[T:045 633 0182]]"""),
    ("en", """Frankly this is the best proposal in the list. The Vuosaari harbour park deserves an outdoor gym. Voted!"""),
    ("fi", """Kommentoin tätä ehdotusta koska olen [[P:Harrin]] naapuri. Hän on tehnyt vuosia vapaaehtoisesti tätä talkootyötä, rahoitus auttaisi tosi paljon."""),
    ("fi", """Ei taas! Jo kolmas ehdotus koirapuistosta Munkkiniemeen. Ehdotan että yhdistetään ne kaikki."""),
    ("fi", """Ehdotus: Koulujen pihoihin lisää varjoa. Liite: kuvia Kalasatamasta. Yhteyshenkilö [[P:anu vainio]] / [[E:anu.vainio@iki.fi]]"""),
    ("sv", """Föreslår fler träd i Kajsaniemi och en staty av Tove Jansson på Skatudden. Hälsningar [[P:Mats]]"""),
    ("en", """Hi, [[P:Nadia]] and [[P:Tariq Hussain]] here. Our proposal for a women-only swimming hour at Itäkeskus swimming hall got rejected because "the hall is state property"?? It is the city's. Please explain. [[T:+358 41 702 5581]]"""),
    ("fi", """Hyvä ehdotus, mutta Roihupellon skeittiparkki on jo 2 km päässä. Bussilla 95 pääsee suoraan."""),
]

# ---------------------------------------------------------------------------------------------------------
# Hand-written records, part 4: Varaamo booking notes (who books, who picks up keys, contact details).
# ---------------------------------------------------------------------------------------------------------
HAND_VARAAMO = [
    ("fi", """Varaus yhdistyksen kevätkokoukselle. Avaimet noutaa puheenjohtaja [[P:Marketta Huovinen]], [[T:040 553 1872]]. Lasku yhdistykselle, Y-tunnus 2918451-3."""),
    ("fi", """Tarvitsemme tilaan videotykin ja 30 tuolia. Tilaisuus alkaa klo 18.00 ja päättyy 20.30. Kahvitarjoilu omasta takaa."""),
    ("sv", """Bokning för körövning varje tisdag 18–20. Nyckeln hämtas av [[P:Stina Backman]] ([[T:0400 217 389]], [[E:stina.backman@kolumbus.fi]])."""),
    ("en", """Birthday party for my son, 15 kids aged 7. I'll pick up the keys myself. [[P:Emily Carter]] / [[T:+358 50 388 0147]] / [[E:emily.carter.fi@gmail.com]]"""),
    ("fi", """Kerhotila Maunulatalo, la 14.3. klo 12–16. Vastuuhenkilö [[P:Pasi Ahonen]]. Laskutus: [[P:Pasi Ahonen]], [[A:Suursuontie 3 A 11]], 00630 Helsinki. Tilisiirto palautuksille [[I:FI72 8517 8128 6570 70]]."""),
    ("fi", """Varaus nro 48211 peruttu, koska tila on remontissa. Uusi aika sovittu 22.4."""),
    ("fi", """Vuoro sählylle Myllypuron liikuntamyllyssä. Yhteyshenkilö [[P:Juha-Matti]] [[T:044 7081 223]] jos myöhästytään."""),
    ("sv", """Lokalen behöver vara tillgänglig med rullstol. Vi är ca 12 personer. Kaffe och bulle ingår inte."""),
    ("en", """Hi! Booking the Kalasatama youth room for our band practice. Members: [[P:Joonas]], [[P:Aleksi]] and me ([[P:Noah Virtanen]]). We'll bring our own amps. Keys: I'll pick up, [[T:0451234987]]."""),
    ("fi", """Hakemus: Lasten kuoron konsertti Stoassa, 45 osallistujaa. Maksaja: [[P:Kati Rinne]], henkilötunnus [[H:080883-298M]], osoite [[A:Turunlinnantie 8 E 59]]. Tarvitsemme flyygelin."""),
    ("fi", """Huomio: sauna ei ole käytettävissä lauantaisin 2.11. alkaen. Avaimet palautetaan Kalliolan infoon klo 16 mennessä."""),
    ("en", """Is the Oodi studio available for a podcast recording on Friday 10–12? We're students from Aalto University, course ELEC-C9821."""),
    ("fi", """Avaimen noutaa [[P:Aki]] (poikani), minä maksan. [[P:Tuula Kivelä]] [[T:09-873 2210]]"""),
    ("sv", """Vi är en pensionärsförening från Hagalund. Kontakt [[P:Gunnel Åberg]], [[A:Kalevalavägen 4 B 7]], 02100 Esbo. Telefon [[T:+358 9 455 6612]]."""),
    ("fi", """Hei, kävin hakemassa avaimet mutta [[P:Karita]] infossa sanoi että varausta ei löydy? Varausvahvistus tuli kuitenkin sähköpostiin [[E:heli.vuorinen85@gmail.com]]. Voisitteko tarkistaa. [[P:Heli V.]]"""),
    ("fi", """Tila jäi siistiksi, tuolit pinottu ja roskat viety. Kiitos Kalliolan henkilökunnalle!"""),
    ("en", """Booking for a Diwali celebration, about 60 guests. Responsible person: [[P:Ravi Menon]], [[T:+358 40 209 6631]]. Food will be brought in; is there a fridge?"""),
    ("fi", """Varauksen tekijä: [[P:Minna Lahtinen]]
Yhdistys: Roihuvuoren Martat ry
Puh: [[T:050 477 29 10]]
Sähköposti: [[E:minna.lahtinen@roihuvuorenmartat.fi]]
Lisätiedot: tarvitaan keittiö, 20 hlö"""),
    ("fi", """Kellarin bänditila on varattu joka keskiviikko 17–21 syyskauden ajan (1.9.–15.12.). Hinta 8 €/h."""),
    ("sv", """Hej, jag kan inte komma och hämta nyckeln själv. [[P:Pontus]] (min sambo) hämtar den, han har körkort som legitimation. Mvh [[P:Elin Forsman]]"""),
    ("en", """hey its [[P:kev]] again, last time the door code didnt work. pls text me the code to [[T:0407 812 334]] instead of email"""),
    ("fi", """Maksu peruutetusta varauksesta pitäisi palauttaa tilille [[I:FI51 4999 6228 3038 83]] (tilinomistaja [[P:Seppo Hämäläinen]]). Varausnumero 55120."""),
    ("fi", """Onko Vuotalossa mahdollista varata tila sunnuntaiksi? Järjestämme kirpputorin Vuosaaren lapsiperheille, noin 15 myyjää."""),
    ("en", """Our choir is based in Tallinn, payment will come from our Estonian account [[I:EE60 6858 7831 0122 2834]]. Invoice to our treasurer [[P:Kadri Tamm]], [[E:kadri.tamm(at)gmail.com]]"""),
    ("fi", """Lauantain varaukseen tulee meidän puolesta [[P:Irma]] ja [[P:Lasse]]. Pysäköimme pihalle, auto on harmaa Skoda [[R:LNY-616]]. Onko pihaan lupa?"""),
    ("sv", """Fungerar projektorn i sal 3? Förra gången fick vi låna en från Arbis. Vi börjar kl. 17.30."""),
    ("fi", """Täydennys varaukseen 61002: laskutusosoite muuttunut, uusi osoite [[A:Leppävaarankatu 9 B 31]], 02600 Espoo. [[P:Saara Hyvärinen]]"""),
    ("en", """Booking request: Saturday 7 June, 10:00–15:00, Malmitalo hall. Our choir "Helsinki Harmony" (about 25 singers). Piano needed."""),
    ("fi", """avaimet: [[P:k. lehtonen]] [[T:0440 221 873]]"""),
    ("sv", """Bokningen gäller vår dotters konfirmationsfest. Ansvarig vuxen: [[P:Johan Westerlund]], [[T:+358 40 738 2155]]. Vi vill också hyra kaffekokaren."""),
    ("fi", """Tilasin vahingossa kaksi kertaa saman tilan. Poistakaa toinen (varaus 77431). Palautus tilille [[I:FI03 6859 5748 9068 28]], [[P:Merja Anttila]]"""),
    ("fi", """Voiko tilassa käyttää kynttilöitä? Järjestämme Lucia-juhlan 13.12. klo 18."""),
    ("en", """keys picked up by [[P:Ingrid]], deposit refund to my Norwegian account [[I:NO84 5984 5551 439]] pls"""),
]

# ---------------------------------------------------------------------------------------------------------
# Hand-written records, part 5: more Open311 feedback (Espoo / Vantaa, error reports, refunds, care).
# ---------------------------------------------------------------------------------------------------------
HAND_OPEN311_B = [
    ("fi", """Vantaan puolelta: [[A:Tikkurilantie 44 C 18]] kohdalla katuvalot pimeänä. Tiedän että tämä on Helsingin palaute mutta Vantaan lomake ei toimi, antaa "virhe 500". [[P:Sinikka]]"""),
    ("fi", """Virheraportti: kirjautuminen Helsinki-profiiliin epäonnistuu. Viesti: "Access denied from [[IP:85.76.142.19]]". Olen kotona enkä käytä VPN:ää. Tunnus on [[E:petteri.honkanen@luukku.com]]."""),
    ("en", """Hi, we moved from Sweden and I paid the daycare fee from my Swedish account [[I:SE94 3972 9806 3513 9693 7164]] but it still shows unpaid. Child's name [[P:Elsa Lindgren]], ID [[H:150321A5121]]. Could you check? [[P:Per Lindgren]]"""),
    ("sv", """Hej, jag fick ett felaktigt beslut om boendeparkering. Bilens registreringsnummer är [[R:CHT-88]] och jag bor på [[A:Norra Järnvägsgatan 7 A 5]]. Personbeteckning [[H:010774-7043]]. Tacksam för snabbt svar. [[P:Rolf Nyberg]]"""),
    ("fi", """Kuka vastaa Sörnäisten rantatien pyörätien aurauksesta? Tänään klo 7 vielä 15 cm lunta. Baana oli aurattu hyvin."""),
    ("fi", """Veljeni [[P:Kalevi Mononen]] ([[H:250178-7143]]) on kehitysvammainen ja hänen asumisyksikössään ([[A:Kauppakartanonkatu 7 A 2]]) palvelut ovat heikentyneet. Henkilökuntaa on liian vähän ja iltaisin ei ole ketään.

Pyydän kirjallista vastausta osoitteeseen [[E:r.mononen@suomi24.fi]].

[[P:Riitta Mononen]]"""),
    ("en", """Hope someone reads this. The Hakaniemi market hall toilets have been closed since the Easter weekend. Ticket #88231 at the info desk, no reply yet."""),
    ("fi", """Joku on maalannut graffiteja koko seinään [[A:Vironkatu 6]]. Näin tekijän, nuori mies, ja kaverit huusivat häntä nimellä [[P:Joni]]. Kuvat liitteenä."""),
    ("fi", """Rautatientorin ratikkapysäkillä linjojen 3 ja 9 näyttötaulu näyttää väärin. Sanoo "Kauppatori 0 min" koko ajan."""),
    ("fi", """Espoon puolella [[A:Itätuulenkuja 11 B 25]] pihalla on hylätty auto, rekkari [[R:bxn-474]]. Ei liikkunut puoleen vuoteen. [[T:+358 45 788 1230]]"""),
    ("sv", """Fönstret i gymnastiksalen i Zacharias Topelius skola har varit sönder i en månad. Ingen reagerar."""),
    ("en", """Hello, I'm a tourist. My rental car [[R:NLS-207]] got towed from Eteläranta? How do I get it back, I leave Friday. [[P:Marco Bianchi]], [[T:+39 347 612 8890]], [[E:marco.bianchi77@libero.it]]"""),
    ("fi", """Maksoin pysäköintivirhemaksun kahteen kertaan. Pyydän palautusta tilille [[I:FI32 8360 7598 3867 56]]. Maksaja [[P:Anneli Sundqvist]], maksun viite 11 22334 45566."""),
    ("fi", """Esplanadin puistossa Runebergin patsaan vieressä on kaatunut roska-astia. Joku on myös kirjoittanut tussilla patsaan jalustaan."""),
    ("fi", """Vantaa Hakunila: [[A:Hakunilantie 36 D 45]] edessä liikennevalot pimeänä. Bussi 561 meinasi ajaa päälle. [[P:Timo]]"""),
    ("en", """I run the housing company website and we keep getting spam sign-ups to our residents' board from [[IP:185.220.101.47]] and [[IP:185.220.101.52]]. Is this linked to the city's newsletter form? [[P:Anna Petrova]], [[E:anna.petrova@kolumbus.fi]]"""),
    ("fi", """Onko Kalasataman terveysaseman puhelinpalvelu oikeasti auki klo 8–16? Yritin soittaa 10 kertaa, jonossa aina 45 min."""),
    ("fi", """[[P:Raili]] ja [[P:Pertti Saarinen]], [[A:Martinlaaksontie 20 B 14]], Vantaa: meidän pihatielle levitetty hiekkaa vain puoleen väliin. Loppuosa on peilijäätä. [[P:Pertti]] on 84-vuotias ja liikkuu rollaattorilla."""),
    ("sv", """Varför har Sibeliusmonumentet ingen belysning på kvällarna längre? Turister undrar. Mvh en Tölöbo"""),
    ("en", """To whom it may concern: my landlord, Mr. [[P:Heikkilä]], refuses to fix the mould in our flat at [[A:Myllypurontie 22 A 9]]. Can the city's environmental health inspect? Tenant: [[P:Fatima Yusuf]], [[T:+358 41 493 0072]]"""),
    ("fi", """Kaupunkiympäristön asiakaspalveluun: lähetin teille jo 3.11. sähköpostia, ei vastausta. Uudelleen: pyytäisin ilmoittamaan käsittelijän nimen. Asia koskee naapurikiinteistön ([[A:Kirkkojärventie 6 as. 12]], Espoo) luvatonta rakentamista. Terveisin [[P:Veli-Matti Ojanperä]], [[E:vmo at elisanet dot fi]]"""),
    ("fi", """Lumi, lumi, lumi. Joka talvi sama juttu Pakilantiellä, ja aina yhtä yllättäen. Aura-auto kulkee klo 5 ja sen jälkeen ei kukaan."""),
    ("en", """Hi there, the lock on the bike shelter at [[A:Kivikonkaari 21]] is broken. Our building manager ([[P:Nieminen]]) says it's the city's. [[P:Abdi]], [[T:0449 671 205]]"""),
    ("fi", """Huom! Osoitteessa [[A:Peltolantie 5 A 7]] (Vantaa, Tikkurila) asuva vanhus on ollut yksin useita päiviä, posti kasaantunut ovelle. Nimi ovessa [[P:Lyytikäinen]]. Ilmoitin myös hätäkeskukseen. [[P:Satu]] naapurista"""),
    ("fi", """Arabian rantapuistoon tarvitaan lisää valaistusta. Iltaisin siellä on pimeää ja pelottavaa, erityisesti marras–helmikuussa."""),
    ("sv", """Registreringsskylten [[R:KJV-315]] – bilen står på handikapplatsen vid Munksnäs torg varje dag utan tillstånd. Jag har foton. [[P:Lotta]]"""),
    ("en", """Noise report: the construction site near Kalasatama metro station is working past 22:00. Site sign says "YIT – Redi phase 4". Started around 21.10."""),
    ("en", """Refund request for the cancelled summer camp, child [[P:Lena Müller]]. Please refund to my German account [[I:DE88 8705 9640 2359 2563 41]] (holder [[P:Katrin Müller]]). Thanks!"""),
    ("en", """UK student here, paid the Finnish course from [[I:GB55 NWBK 7298 1506 1622 51]] but the receipt never arrived. [[P:Hannah Price]] [[E:h.price@student.ucl.ac.uk]]"""),
    ("fi", """Palautus vanhalle tilinumerolleni [[I:128530-21657]] ei mennyt läpi, ilmeisesti pitää olla IBAN. Uusi: [[I:FI56 4114 4269 4208 09]]. [[P:Eino Koskela]]"""),
    ("fi", """Mun poika [[P:Eetu]] ([[H:030719A2385]]) ei ole saanut päiväkotipaikkaa vaikka haettiin jo tammikuussa. Asutaan [[A:Kaivokselantie 9 C 33]] Vantaalla mutta töissä ollaan Helsingissä. Soittakaa [[T:+358 50 612 8874]] kiitos. [[P:Jenni Lappalainen]]"""),
    ("sv", """Min pappa [[P:Bror-Erik Sandell]], personnummer [[H:091135-286X]], bor ensam på [[A:Albertsgatan 25 C 44]]. Hemtjänsten kommer för sent varje morgon. Kontakta mig på [[E:c.sandell@outlook.com]]. /[[P:Charlotta]]"""),
    ("en", """Bug report: the Varaamo payment page loops back to the login. Tried from home ([[IP:2a00:1d50:2:1::3f7]]) and from work ([[IP:193.166.4.21]]), same result. Browser: Safari 17. – [[P:Greta Holm]]"""),
    ("fi", """[[R:kmt-207]] on ajanut jo kolmena iltana nurmikolle Kivikon puistossa ja tehnyt syvät renkaanjäljet. Kuvat liitteenä."""),
    ("sv", """[[R:UEP-44]] har stått vid Kallviksvägen i tre veckor med en husvagn efter sig. Husvagnen blockerar infarten till parkeringen."""),
    ("fi", """Pihapiirissä ([[A:Ostostie 4 B 20]]) liikkuu joka yö sama auto, valkoinen pakettiauto [[R:ZFA-912]], ja joku purkaa siitä tavaraa varastoon. Epäilen että kyse on jostain laittomasta. [[P:Ilkka]]"""),
]

# ---------------------------------------------------------------------------------------------------------
# Generators (the remaining third). Small pools of realistic values, many sentence shapes and contact styles.
# ---------------------------------------------------------------------------------------------------------
_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

FI_FIRST = ["Aino", "Anne", "Antti", "Elina", "Erkki", "Hanna", "Harri", "Heidi", "Ilona", "Janne", "Jaana",
            "Johanna", "Juha", "Kaisa", "Kari", "Katja", "Lauri", "Leena", "Markku", "Marjut", "Mervi", "Niko",
            "Outi", "Paula", "Petri", "Riikka", "Sami", "Teemu", "Tiina", "Tuomas", "Vesa", "Viivi", "Ari",
            "Eija", "Jouni", "Kirsi", "Oskari", "Pirkko", "Reijo", "Sanna"]
FI_LAST_NEN = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Heikkinen", "Koskinen", "Järvinen",
               "Lehtonen", "Saarinen", "Salminen", "Lehtinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen",
               "Leinonen", "Kinnunen", "Hiltunen", "Huttunen", "Savolainen", "Pesonen"]
FI_LAST_OTHER = ["Laine", "Heino", "Kallio", "Ojala", "Rautio", "Peltola", "Vainio", "Lindberg", "Mattila",
                 "Kivelä", "Hakala", "Lahti", "Anttila", "Seppälä"]
SV_FIRST = ["Anders", "Annika", "Birgitta", "Björn", "Camilla", "Emil", "Fredrik", "Gustav", "Ingrid", "Karin",
            "Kristian", "Linnea", "Mikael", "Nils", "Sofia", "Ulrika", "Viktor", "Ebba", "Henrika", "Tor"]
SV_LAST = ["Andersson", "Backman", "Blomqvist", "Ekström", "Forsberg", "Holmström", "Lindholm", "Lindroos",
           "Nyman", "Sjöholm", "Strandberg", "Wikström", "Åkerlund", "Grönqvist", "Fagerström"]
EN_FIRST = ["Adam", "Chloe", "David", "Emma", "Hassan", "Ivan", "Julia", "Kevin", "Laura", "Mohammed", "Olga",
            "Pedro", "Rachel", "Samuel", "Yasmin", "Wei", "Ahmed", "Maria", "Tomasz", "Aisha"]
EN_LAST = ["Smith", "Johnson", "Brown", "Ali", "Novak", "Garcia", "Kim", "Ivanova", "Osei", "Rossi", "Nguyen",
           "Wilson", "Schmidt", "Kowalski", "Haddad", "Okafor"]

# (nominative, adessive, city, postal-code prefix)
FI_STREETS = [
    ("Mannerheimintie", "Mannerheimintiellä", "Helsinki", "00250"), ("Hämeentie", "Hämeentiellä", "Helsinki", "00550"),
    ("Mäkelänkatu", "Mäkelänkadulla", "Helsinki", "00510"), ("Sturenkatu", "Sturenkadulla", "Helsinki", "00510"),
    ("Porvoonkatu", "Porvoonkadulla", "Helsinki", "00510"), ("Helsinginkatu", "Helsinginkadulla", "Helsinki", "00500"),
    ("Fredrikinkatu", "Fredrikinkadulla", "Helsinki", "00120"), ("Albertinkatu", "Albertinkadulla", "Helsinki", "00180"),
    ("Lauttasaarentie", "Lauttasaarentiellä", "Helsinki", "00200"), ("Kontulantie", "Kontulantiellä", "Helsinki", "00940"),
    ("Vuotie", "Vuotiellä", "Helsinki", "00980"), ("Kallvikintie", "Kallvikintiellä", "Helsinki", "00980"),
    ("Pohjolankatu", "Pohjolankadulla", "Helsinki", "00610"), ("Malminkaari", "Malminkaarella", "Helsinki", "00700"),
    ("Latokartanontie", "Latokartanontiellä", "Helsinki", "00790"), ("Pakilantie", "Pakilantiellä", "Helsinki", "00660"),
    ("Vanha Viertotie", "Vanhalla Viertotiellä", "Helsinki", "00350"), ("Kolmas linja", "Kolmannella linjalla", "Helsinki", "00530"),
    ("Kauppamiehentie", "Kauppamiehentiellä", "Espoo", "02150"), ("Ahertajantie", "Ahertajantiellä", "Espoo", "02100"),
    ("Revontulentie", "Revontulentiellä", "Espoo", "02100"), ("Piispansilta", "Piispansillalla", "Espoo", "02230"),
    ("Matinkatu", "Matinkadulla", "Espoo", "02230"), ("Säterinkatu", "Säterinkadulla", "Espoo", "02600"),
    ("Kalevalantie", "Kalevalantiellä", "Espoo", "02100"), ("Suomenlahdentie", "Suomenlahdentiellä", "Espoo", "02230"),
    ("Tikkurilantie", "Tikkurilantiellä", "Vantaa", "01300"), ("Kielotie", "Kielotiellä", "Vantaa", "01300"),
    ("Asematie", "Asematiellä", "Vantaa", "01300"), ("Myyrmäenraitti", "Myyrmäenraitilla", "Vantaa", "01600"),
    ("Hakunilantie", "Hakunilantiellä", "Vantaa", "01200"), ("Martinlaaksontie", "Martinlaaksontiellä", "Vantaa", "01620"),
]
SV_STREETS = [
    ("Mannerheimvägen", "Helsingfors", "00250"), ("Tavastvägen", "Helsingfors", "00550"),
    ("Fredriksgatan", "Helsingfors", "00120"), ("Georgsgatan", "Helsingfors", "00120"),
    ("Bulevarden", "Helsingfors", "00120"), ("Runebergsgatan", "Helsingfors", "00100"),
    ("Nylandsgatan", "Helsingfors", "00120"), ("Drumsövägen", "Helsingfors", "00200"),
    ("Helsingegatan", "Helsingfors", "00500"), ("Sturegatan", "Helsingfors", "00510"),
    ("Kalevalavägen", "Esbo", "02100"), ("Köpmansvägen", "Esbo", "02150"), ("Dickursbyvägen", "Vanda", "01300"),
]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "luukku.com", "welho.com",
           "iki.fi", "yahoo.com", "suomi24.fi", "icloud.com", "live.fi"]
PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _ascii(s):
    table = {"ä": "a", "ö": "o", "å": "a", "é": "e", "Ä": "A", "Ö": "O", "Å": "A"}
    return "".join(table.get(c, c) for c in s)


class _Gen:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    # --- personal values ---
    def person(self, lang):
        r = self.r
        if lang == "fi" or (lang == "en" and r.random() < 0.35):
            first = self.c(FI_FIRST)
            last = self.c(FI_LAST_NEN + FI_LAST_OTHER)
        elif lang == "sv":
            first = self.c(SV_FIRST)
            last = self.c(SV_LAST)
        else:
            first = self.c(EN_FIRST)
            last = self.c(EN_LAST)
        return first, last

    def name_span(self, lang, style=None):
        first, last = self.person(lang)
        style = style if style is not None else self.r.randrange(6)
        if style == 0:
            txt = first
        elif style == 1:
            txt = first[0] + ". " + last
        elif style == 2:
            txt = (first + " " + last).lower()
        elif style == 3:
            txt = first + " " + last[0] + "."
        else:
            txt = first + " " + last
        return "[[P:%s]]" % txt, first, last

    def phone(self, landline_ok=True):
        r = self.r
        if landline_ok and r.random() < 0.15:
            d = "%03d%04d" % (r.randint(100, 999), r.randint(0, 9999))
            fmt = r.randrange(4)
            if fmt == 0:
                s = "09 %s %s" % (d[:3], d[3:])
            elif fmt == 1:
                s = "(09) %s %s" % (d[:4], d[4:])
            elif fmt == 2:
                s = "+358 9 %s %s" % (d[:3], d[3:])
            else:
                s = "09-%s" % d
            return "[[T:%s]]" % s
        pre = self.c(["40", "41", "44", "45", "50", "50", "40", "46", "400", "440", "457"])
        n = 7 if len(pre) == 2 else 6
        d = "".join(str(r.randint(0, 9)) for _ in range(n))
        fmt = r.randrange(8)
        if fmt == 0:
            s = "0%s %s %s" % (pre, d[:3], d[3:])
        elif fmt == 1:
            s = "0%s-%s" % (pre, d)
        elif fmt == 2:
            s = "0%s%s" % (pre, d)
        elif fmt == 3:
            s = "+358 %s %s %s" % (pre, d[:3], d[3:])
        elif fmt == 4:
            s = "+358%s%s" % (pre, d)
        elif fmt == 5:
            s = "0%s %s %s %s" % (pre, d[:3], d[3:5], d[5:]) if n == 7 else "0%s %s %s" % (pre, d[:3], d[3:])
        elif fmt == 6:
            s = "+358 (0)%s %s %s" % (pre, d[:3], d[3:])
        else:
            s = "00358 %s %s" % (pre, d)
        return "[[T:%s]]" % s

    def email(self, first, last):
        r = self.r
        user = self.c([
            _ascii(first).lower() + "." + _ascii(last).lower(),
            _ascii(first).lower() + _ascii(last).lower()[:3] + str(r.randint(1, 99)),
            _ascii(first)[0].lower() + "." + _ascii(last).lower(),
            _ascii(first).lower() + "_" + _ascii(last).lower(),
        ])
        dom = self.c(DOMAINS)
        k = r.randrange(10)
        if k == 0:
            s = "%s at %s" % (user, dom.replace(".", " dot "))
        elif k == 1:
            s = "%s(at)%s" % (user, dom)
        elif k == 2:
            s = "%s (at) %s" % (user, dom)
        elif k == 3:
            s = ("%s@%s" % (user, dom)).upper() if r.random() < 0.5 else "%s@%s" % (user.capitalize(), dom)
        else:
            s = "%s@%s" % (user, dom)
        return "[[E:%s]]" % s

    def house(self):
        r = self.r
        num = str(r.randint(1, 120))
        k = r.randrange(8)
        if k == 0:
            return num
        if k == 1:
            return "%s %s" % (num, self.c("ABCDEF"))
        if k == 2:
            return "%s %s %d" % (num, self.c("ABCDEFGH"), r.randint(1, 140))
        if k == 3:
            return "%s %s%d" % (num, self.c("ABCD"), r.randint(1, 60))
        if k == 4:
            return "%s as. %d" % (num, r.randint(1, 40))
        if k == 5:
            return "%s %s %d" % (num, self.c("abcd"), r.randint(1, 60))
        if k == 6:
            return "%s-%d %s %d" % (num, int(num) + 2, self.c("ABC"), r.randint(1, 50))
        return "%s %s %d" % (num, self.c("ABCDEF"), r.randint(1, 90))

    def addr_fi(self, case="nom"):
        nom, ade, city, pc = self.c(FI_STREETS)
        street = nom if case == "nom" else ade
        return "[[A:%s %s]]" % (street, self.house()), city, pc

    def addr_sv(self):
        street, city, pc = self.c(SV_STREETS)
        return "[[A:%s %s]]" % (street, self.house()), city, pc

    def plate(self):
        r = self.r
        letters = "".join(self.c(PLATE_LETTERS) for _ in range(self.c([2, 3, 3, 3])))
        digits = str(r.randint(1, 999))
        s = letters + self.c(["-", "-", "-", "", " "]) + digits
        if r.random() < 0.25:
            s = s.lower()
        return "[[R:%s]]" % s

    def hetu(self):
        r = self.r
        cent = "A" if r.random() < 0.2 else "-"
        year = r.randint(2000, 2007) if cent == "A" else r.randint(1930, 1999)
        dd, mm = r.randint(1, 28), r.randint(1, 12)
        n = r.randint(2, 899)
        base = "%02d%02d%02d" % (dd, mm, year % 100)
        return "[[H:%s%s%03d%s]]" % (base, cent, n, _HETU_CHARS[int(base + "%03d" % n) % 31])

    def iban(self):
        r = self.r
        bban = "".join(str(r.randint(0, 9)) for _ in range(14))
        check = 98 - int(bban + "151800") % 97
        s = "FI%02d%s" % (check, bban)
        if r.random() < 0.6:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return "[[I:%s]]" % s

    def ip(self):
        r = self.r
        if r.random() < 0.15:
            return "[[IP:2001:%x:%x:%x::%x]]" % (r.randint(0x1000, 0x2fff), r.randint(0, 0xffff),
                                                r.randint(0, 0xffff), r.randint(1, 0xffff))
        first = self.c([62, 78, 80, 84, 85, 87, 88, 91, 94, 109, 176, 188, 193, 195, 213])
        return "[[IP:%d.%d.%d.%d]]" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    # --- neutral values (hard-negative material) ---
    def time(self):
        return "%d.%02d" % (self.r.randint(6, 22), self.c([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def date(self):
        return "%d.%d." % (self.r.randint(1, 28), self.r.randint(1, 12))

    def case_no(self):
        return self.c(["HEL %d-%06d" % (self.r.randint(2023, 2026), self.r.randint(1, 99999)),
                       "%d/%d" % (self.r.randint(100, 99999), self.r.randint(2023, 2026)),
                       "#%d" % self.r.randint(10000, 999999)])


def _values(g, lang):
    """One bag of fresh values for a generated message (personal ones already marked up)."""
    r = g.r
    v = {}
    name, first, last = g.name_span(lang)
    v["name"] = name
    v["email"] = g.email(first, last)
    v["name2"] = g.name_span(lang, style=r.choice([4, 4, 1]))[0]
    v["first"] = "[[P:%s]]" % g.person(lang)[0]
    v["phone"] = g.phone()
    if lang == "sv":
        v["addr"], v["city"], v["pc"] = g.addr_sv()
        v["addr_nom"] = v["addr"]
    else:
        v["addr_nom"], v["city"], v["pc"] = g.addr_fi("nom")
        v["addr"] = v["addr_nom"]
    v["addr_ade"] = g.addr_fi("ade")[0]
    v["plate"] = g.plate()
    v["ip"] = g.ip()
    v["iban"] = g.iban()
    v["hetu"] = g.hetu()
    # genitives / possessives inside the span
    v["gen_fi"] = "[[P:%s]]" % (g.c(FI_LAST_NEN)[:-3] + "sen")
    sv_first = g.c([n for n in SV_FIRST if not n.endswith("s")])
    v["gen_sv"] = "[[P:%ss]]" % sv_first
    v["poss_en"] = "[[P:%s's]]" % g.c(EN_FIRST)
    f2, l2 = g.person(lang)
    v["nick"] = "[[P:%s]]" % g.c([_ascii(f2).lower() + str(r.randint(1, 99)), f2 + "_" + l2[0], _ascii(l2).lower()])
    # neutral values
    v["n"] = r.randint(2, 14)
    v["time"] = g.time()
    v["date"] = g.date()
    v["case"] = g.case_no()
    v["err"] = g.c(["500", "502 Bad Gateway", "ERR_CONNECTION_RESET", "403 Forbidden", "E-1042", "timeout"])
    v["ref"] = g.c(["11 22334 45566", "RF18 5390 0754 7034", "%d" % r.randint(10000, 9999999)])
    v["bus"] = g.c(["55", "506", "78", "14", "560", "23", "39N", "615", "94A"])
    v["tram"] = g.c(["1", "3", "4", "7", "9", "10", "15"])
    v["price"] = g.c(["12,50", "4,20", "7", "35", "8,90", "22", "150"])
    v["budget"] = g.c(["8 500", "15 000", "40 000", "60 000", "120 000", "250 000"])
    v["hours"] = g.c(["9–20", "8–16", "10–18", "10–19.30", "12–16"])
    v["order"] = "%d-%d" % (r.randint(100, 999), r.randint(10000, 99999))
    v["num"] = r.randint(1000, 99999)
    return v


def _fill(g, lang, templates):
    return g.c(templates).format(**_values(g, lang))


# --- Open311 ------------------------------------------------------------------------------------------------
O311_BODY = {
    "fi": [
        "Katuvalo pimeänä {addr_nom} kohdalla jo {n} päivää. Pimeällä ei näe mitään.",
        "Roska-astia täynnä ja roskia maassa talon {addr_nom} edessä. Lokit ja rotat kiittää.",
        "Pihalla ({addr_nom}, {pc} {city}) on seissyt romuauto kuukausia, rekisterinumero {plate}.",
        "Jalkakäytävä on peilijäässä {addr_ade}, joku kaatuu vielä. Hiekkaa ei ole näkynyt koko talvena.",
        "auto {plate} parkissa jalkakäytävällä taas {addr_ade}, lastenvaunuilla ei pääse ohi",
        "Lomake kaatuu lähetyksessä, virhekoodi {err}. IP-osoitteeni on {ip}, jos siitä on apua.",
        "Pysäköintivirhemaksu {case} on mielestäni aiheeton, auto {plate} oli omalla asukaspaikallaan.",
        "Maksoin saman laskun kahdesti (viite {ref}). Palautus tilille {iban}.",
        "Naapurin työmaa {addr_ade} aloittaa porauksen klo 6.30, vaikka lupa on klo 7 alkaen.",
        "Kotihoidon käynti jäi taas väliin. Asiakas {name2}, henkilötunnus {hetu}, osoite {addr_nom}.",
        "Rappukäytävässä ({addr_nom}) haisee kaasulle. Soitin jo huoltoon, mutta ilmoitan varmuuden vuoksi myös tänne.",
        "Pyöräteline talon {addr_nom} edessä on kaatunut ja pyörät lojuvat kadulla.",
        "Kirjautuminen ei onnistu, palvelu sanoo \"blocked IP {ip}\". Olen yrittänyt {n} kertaa.",
        "{plate} seisoo joka yö palotiellä {addr_ade}, eilen siinä oli toinenkin auto. Kuka valvoo?",
    ],
    "sv": [
        "Gatubelysningen vid {addr} har varit trasig i {n} dagar.",
        "Bilen {plate} står på trottoaren utanför {addr} varje natt.",
        "Sopkärlen vid {addr} har inte tömts på två veckor.",
        "Formuläret ger felet {err} och min IP-adress {ip} blockeras tydligen.",
        "Jag betalade felparkeringsavgiften två gånger (ref. {ref}). Återbetalning till {iban}, tack.",
        "Isigt och halt på trottoaren vid {addr}, ingen sandning alls.",
        "Byggarbetsplatsen vid {addr} bullrar redan kl. 6.",
        "Hemvården kom inte i dag. Klient {name2}, personbeteckning {hetu}, adress {addr}.",
    ],
    "en": [
        "Streetlight out in front of {addr} for {n} days now.",
        "A car (plate {plate}) has been parked on the bike lane at {addr} since Monday.",
        "The feedback form crashes with error {err}. My IP is {ip} in case you need it for the logs.",
        "I paid the same parking fine twice (ref {ref}). Please refund to {iban}.",
        "Ice everywhere on the pavement outside {addr}, no grit at all.",
        "Bins overflowing at {addr}, nobody has emptied them in two weeks.",
    ],
}
SIGS = {
    "fi": ["t. {name}", "Terveisin\n{name}\n{phone}", "-{name}", "{name}, puh. {phone}", "{name} / {email}",
           "Yhteystiedot: {email}, {phone}", "Soittakaa {phone}. {name}", "{name}\n{addr_nom}\n{phone}",
           "terv {first}", "Ystävällisin terveisin,\n{name}\n{email}"],
    "sv": ["Mvh {name}", "Hälsningar\n{name}\n{phone}", "/{name}", "{name}, tfn {phone}", "{name} – {email}",
           "Kontakt: {email}", "Vänliga hälsningar,\n{name}\n{addr}"],
    "en": ["Thanks, {name}", "Regards,\n{name}\n{phone}", "- {name} ({email})", "{name} / {phone}",
           "Contact: {email}", "Cheers, {first}"],
}
NEG_SENT = {
    "fi": [
        "Bussi {bus} ajoi pysäkin ohi klo {time}.", "Aleksis Kiven kadulla on taas kuoppa Sturenkadun risteyksessä.",
        "Kaivopuistossa roskikset täynnä viikonlopun jälkeen.", "Sibeliuksen puiston vessat ovat kiinni {date} asti.",
        "Asia {case} on edelleen käsittelyssä.", "Sisäänpääsy maksoi {price} €, mikä on aivan liikaa.",
        "Toivo on, että tämä korjataan ennen juhannusta.", "Onni oli, ettei kukaan loukkaantunut.",
        "Kirjasto on auki ma–pe {hours}.", "Sama ongelma koko postinumeroalueella {pc}.",
        "Stockmannin edessä jalkakäytävän kiveys on rikki.",
        "Paavo Nurmen patsas stadionin edessä on sotkettu spraymaalilla.",
        "Mannerheimintiellä ratikkakiskot ovat rikki Oopperan kohdalla.",
        "Koiramme Musti liukastui Pitkällä sillalla ja satutti tassunsa.",
        "Tilaus {order} toimitettiin väärään paikkaan.", "Ratikka {tram} seisoi Hakaniemessä {n} minuuttia.",
        "Lumi on tukkinut koko Kallion kirjaston edustan.", "Tapiolan uimahalli on kiinni remontin vuoksi {date} alkaen.",
        "Tikkurilan asemalla liukuportaat pysähtyvät kesken.",
        "Valo vaihtuu Hämeentien suojatiellä liian nopeasti, vanhukset eivät ehdi yli.",
        "Runeberginkadun ja Mechelininkadun risteyksessä on ollut vesivuoto {n} päivää.",
        "Ilta oli rauhallinen, mutta aamulla roskat olivat taas pitkin pihaa.",
        "Hesburgerin edessä Itäkeskuksessa on aina lasinsiruja.", "Vastasin kyselyyn {date}, mutta en saanut kuittausta.",
        "Viitenumero on {ref}, jos sitä tarvitaan.",
    ],
    "sv": [
        "Buss {bus} körde förbi hållplatsen kl. {time}.", "Vid Sibeliusmonumentet ligger skräp överallt.",
        "Ärendet {case} är fortfarande öppet.", "Inträdet kostade {price} €, det är för mycket.",
        "Biblioteket är öppet mån–fre {hours}.", "Samma problem i hela postnummerområdet {pc}.",
        "Spårvagn {tram} stod stilla vid Hagnäs i {n} minuter.", "Stigen i Centralparken är översvämmad.",
        "Vår hund Sixten halkade på Långa bron.", "Runebergsesplanaden behöver fler bänkar.",
        "Simhallen i Hagalund är stängd från {date}.", "Tove Janssons park på Skatudden är jättefin nu.",
        "Vägen mot Arabiastranden saknar belysning.", "Referensnumret är {ref}.",
    ],
    "en": [
        "Bus {bus} skipped the stop at {time}.", "The Sibelius Monument area is full of litter again.",
        "Case {case} is still open.", "The entrance fee was {price} €, which is a lot.",
        "The library is open Mon–Fri {hours}.", "Same problem in the whole {pc} postcode area.",
        "Tram {tram} was stuck at Hakaniemi for {n} minutes.", "Will anyone fix the stairs at Kaivopuisto?",
        "Our dog Buster slipped on the ice on the Pitkäsilta bridge.", "Mark the date: the pool closes on {date}",
        "Grace and patience are running out in Kallio.", "Order {order} never arrived.",
        "Stockmann's corner on Aleksanterinkatu has a broken paving stone.",
    ],
}


def _neg(g, lang, extra=()):
    pool = list(NEG_SENT[lang]) + list(extra)
    k = g.r.choice([1, 2, 2, 3])
    picked = g.r.sample(pool, k)
    v = _values(g, lang)
    return " ".join(p.format(**v) for p in picked)


def gen_open311(g, lang, neg):
    if neg:
        return _neg(g, lang)
    v = _values(g, lang)
    body = g.c(O311_BODY[lang]).format(**v)
    sig = g.c(SIGS[lang]).format(**v)
    sep = g.c([" ", "\n", "\n\n"])
    opener = {"fi": ["", "Hei, ", "Moi! ", "Hyvä vastaanottaja,\n\n"],
              "sv": ["", "Hej, ", "Hej!\n"], "en": ["", "Hi, ", "Hello,\n\n"]}[lang]
    return g.c(opener) + body + sep + sig


# --- Kerrokantasi -------------------------------------------------------------------------------------------
KK_OP = {
    "fi": ["Kaava on liian tiivis, vihreää jää liian vähän.", "Raitiotie on hyvä idea, mutta pysäkkiväli on liian pitkä.",
           "Pyöräkaistat pitää erottaa autoista kivetyksellä.", "Puistoa ei saa kaventaa yhtään.",
           "Lisää vuokra-asuntoja perheille, ei pelkkiä yksiöitä.", "Pysäköintinormi on liian alhainen.",
           "Melulaskelmat pitää tehdä uudelleen.", "Kannatan suunnitelmaa sellaisenaan.",
           "Kaavaselostuksessa on virheitä sivulla {n}.", "Koulun piha jää liian pieneksi.",
           "Keskuspuiston metsää ei saa pilkkoa.", "Miksi Kuninkaantammessa ei ole yhtään kauppaa?"],
    "sv": ["Planen är för tät, det blir för lite grönt.", "Spårvägen är en bra idé, men hållplatserna ligger för glest.",
           "Cykelbanorna måste separeras från biltrafiken.", "Parken får inte krympa.",
           "Fler hyresbostäder för barnfamiljer!", "Bullerutredningen måste göras om.", "Jag stöder planen som den är.",
           "Skolgården blir alldeles för liten."],
    "en": ["The plan is far too dense.", "The tram line is a good idea but the stops are too far apart.",
           "Bike lanes must be physically separated.", "Keep the park as it is.",
           "We need more family-size rental flats.", "I support the plan as it is."],
}
KK_REPLY = {
    "fi": ["Olen täysin eri mieltä.", "Juuri näin!", "Tämä ei pidä paikkaansa, lue selvitys uudelleen.",
           "Hyvä pointti, mutta entä liikenne?"],
    "sv": ["Jag håller inte alls med.", "Precis så!", "Det stämmer inte, läs utredningen igen."],
    "en": ["Completely disagree.", "Exactly this!", "That's not true, read the report again."],
}
KK_POS = {
    "fi": ["Vastaus käyttäjälle {name}: {op}", "@{nick} {op}",
           "{op} Asun itse osoitteessa {addr_nom}, joten asia koskee minua suoraan. {sig}",
           "{name} kirjoitti:\n> {op2}\n\n{reply} {op}", "{op}\n\n{name}, {district}",
           "Olen samaa mieltä kuin {gen_fi} edellä. {op}", "{op} Lisätietoja: {email}",
           "{op} {op2}\n\n{name}\n{phone}"],
    "sv": ["Svar till {name}: {op}", "@{nick} {op}", "{op} Jag bor själv på {addr}. {sig}",
           "{name} skrev:\n> {op2}\n\n{reply} {op}", "Håller med {gen_sv} kommentar. {op}",
           "{op}\n\n{name}, {district}"],
    "en": ["Replying to {name}: {op}", "@{nick} {op}", "{op} I live at {addr} myself. {sig}",
           "I agree with {poss_en} point above. {op}"],
}
DISTRICTS = {"fi": ["Käpylä", "Herttoniemi", "Vuosaari", "Kannelmäki", "Maunula", "Tapiola", "Myyrmäki"],
             "sv": ["Kottby", "Hertonäs", "Nordsjö", "Gårdsbacka", "Åggelby", "Hagalund"],
             "en": ["Kallio", "Vuosaari"]}


def gen_kerrokantasi(g, lang, neg):
    v = _values(g, lang)
    op, op2 = g.r.sample(KK_OP[lang], 2)
    v["op"] = op.format(**v)
    v["op2"] = op2.format(**v)
    v["reply"] = g.c(KK_REPLY[lang])
    v["district"] = g.c(DISTRICTS[lang])
    v["sig"] = g.c(SIGS[lang]).format(**v)
    if neg:
        shapes = {"fi": ["{op} {op2}", "{reply} {op}", "{op}\n\nKaavaluonnos {case}, sivu {n}.",
                         "Toivo on, että {op_l}", "{op} Nähdään asukasillassa {date} klo {time}."],
                  "sv": ["{op} {op2}", "{reply} {op}", "{op} Planutkast {case}, sida {n}."],
                  "en": ["{op} {op2}", "{reply} {op}", "{op} See draft {case}, page {n}."]}[lang]
        v["op_l"] = v["op"][0].lower() + v["op"][1:]
        return g.c(shapes).format(**v)
    return g.c(KK_POS[lang]).format(**v)


# --- OmaStadi -----------------------------------------------------------------------------------------------
OS_IDEA = {"fi": ["Ulkokuntosali", "Koirapuisto", "Lisää penkkejä", "Valaistu pulkkamäki", "Yhteisöpuutarha",
                  "Skeittiparkki", "Frisbeegolfrata", "Uimalaituri", "Lukunurkka", "Kahluuallas"],
           "sv": ["Utegym", "Hundpark", "Fler bänkar", "Belyst pulkabacke", "Odlingslotter", "Skejtpark",
                  "Frisbeegolfbana", "Badbrygga"],
           "en": ["Outdoor gym", "Dog park", "More benches", "Community garden", "Skate park", "Swimming pier"]}
OS_PLACE = {"fi": ["Kontula", "Malmi", "Pasila", "Herttoniemi", "Vuosaari", "Lauttasaari", "Pihlajamäki",
                   "Maunula", "Kannelmäki", "Viikki"],
            "sv": ["Malm", "Böle", "Hertonäs", "Nordsjö", "Drumsö", "Kottby", "Gårdsbacka", "Åggelby"],
            "en": ["Kontula", "Malmi", "Pasila", "Vuosaari", "Kallio"]}
OS_POS = {
    "fi": ["Ehdotus: {idea} ({place}). Arvioitu hinta {budget} €. Ehdottaja: {name}",
           "Ehdotus: {idea} ({place}).\nYhteyshenkilö: {name}, {phone}",
           "Kannatan! {idea} olisi tosi tarpeen täällä. {sig}",
           "{gen_fi} ehdotus on paras tänä vuonna. Äänestin jo.",
           "Kommentti: voin auttaa talkoissa, {email}. {name}",
           "Ehdottaja {name}, {addr_nom}, {pc} {city}.\n{idea} ({place}), hinta-arvio {budget} €."],
    "sv": ["Förslag: {idea} ({place}). Uppskattad kostnad {budget} €. Förslagsställare: {name}",
           "Kontaktperson: {name}, {phone}. {idea} i {place} behövs verkligen!",
           "Jag håller med {gen_sv} kommentar. {sig}", "Bra förslag! Jag kan hjälpa till, {email}."],
    "en": ["Proposal: {idea} in {place}. Estimated cost {budget} €. Contact: {name}, {email}",
           "Love this! Count me in for the volunteer days. {name} ({phone})"],
}
OS_NEG = {
    "fi": ["Ehdotus {num}: {idea} ({place}). Arvioitu hinta {budget} €.", "Äänestin tätä! {idea} on tarpeen.",
           "{idea} ({place}) yhdistettiin ehdotukseen {num}.", "Hyvä idea, mutta {budget} € on liikaa."],
    "sv": ["Förslag {num}: {idea} ({place}). Kostnad {budget} €.", "Jag röstade på det här! {idea} behövs.",
           "Bra idé, men {budget} € är för mycket."],
    "en": ["Proposal {num}: {idea} ({place}). Cost {budget} €.", "Voted! {idea} is much needed."],
}


def gen_omastadi(g, lang, neg):
    v = _values(g, lang)
    v["idea"] = g.c(OS_IDEA[lang])
    v["place"] = g.c(OS_PLACE[lang])
    v["sig"] = g.c(SIGS[lang]).format(**v)
    if neg:
        a, b = g.r.sample(OS_NEG[lang], 2)
        return (a + " " + b).format(**v) if g.r.random() < 0.6 else a.format(**v)
    return g.c(OS_POS[lang]).format(**v)


# --- Varaamo ------------------------------------------------------------------------------------------------
VA_EXTRA = {"fi": ["Tarvitaan videotykki.", "Noin 20 osallistujaa.", "Tilaisuus päättyy klo 21.",
                   "Kahvinkeitin lainaan, kiitos.", "Tarvitsemme pöydät U-muotoon.", "Tila pitää olla esteetön."],
            "sv": ["Vi behöver en projektor.", "Cirka 20 deltagare.", "Tillställningen slutar kl. 21.",
                   "Vi vill låna kaffebryggaren."],
            "en": ["We need a projector.", "About 20 people.", "The event ends at 21:00.", "Can we use the kitchen?"]}
VA_ROOM = {"fi": ["Kerhohuone 2", "Sali A", "Bänditila", "Kokoushuone Kuusi", "Sauna", "Liikuntasali"],
           "sv": ["Klubbrum 2", "Sal A", "Bandrum", "Mötesrum Gran"],
           "en": ["Club room 2", "Hall A", "Band room", "Meeting room Kuusi"]}
VA_POS = {
    "fi": ["Varaaja: {name}\nPuh: {phone}\nSähköposti: {email}\nLisätiedot: {extra}",
           "Avaimet noutaa {name} ({phone}). {extra}", "Laskutus: {name}, {addr_nom}, {pc} {city}. {extra}",
           "Henkilötunnus laskutusta varten {hetu}. Varaaja {name}.",
           "Tulemme autolla, rekisterinumero {plate}. Saako pihaan pysäköidä? {sig}",
           "{extra} Yhteyshenkilö {name}, {email}", "Palautus tilille {iban}, tilinomistaja {name}."],
    "sv": ["Bokare: {name}\nTelefon: {phone}\nE-post: {email}\nÖvrigt: {extra}",
           "Nyckeln hämtas av {name} ({phone}).", "Faktura till {name}, {addr}, {pc} {city}.",
           "Vi kommer med bil, reg.nr {plate}. {sig}"],
    "en": ["Booked by: {name}\nPhone: {phone}\nEmail: {email}\nNotes: {extra}",
           "Keys will be picked up by {name}, {phone}.", "Refund to {iban}, account holder {name}."],
}
VA_NEG = {"fi": ["Varaus {num}: {room}, {date} klo {hours}. {extra}", "{room} varattu {date} klo {hours}. {extra}",
                 "Peruutus: varaus {num} ({room}). Hinta {price} € palautetaan."],
          "sv": ["Bokning {num}: {room}, {date} kl. {hours}. {extra}", "Avbokning: bokning {num} ({room})."],
          "en": ["Booking {num}: {room}, {date} {hours}. {extra}", "Cancellation: booking {num} ({room})."]}


def gen_varaamo(g, lang, neg):
    v = _values(g, lang)
    v["extra"] = g.c(VA_EXTRA[lang])
    v["room"] = g.c(VA_ROOM[lang])
    v["sig"] = g.c(SIGS[lang]).format(**v)
    if neg:
        return g.c(VA_NEG[lang]).format(**v)
    return g.c(VA_POS[lang]).format(**v)


# (generator, fi, sv, en, negatives) - chosen so that the whole block is about 60/20/20 fi/sv/en,
# about 40/20/20/20 Open311/Kerrokantasi/OmaStadi/Varaamo and about one third hard negatives.
_PLAN = [
    (gen_open311, 17, 7, 4, 8),
    (gen_kerrokantasi, 14, 6, 3, 7),
    (gen_omastadi, 13, 6, 2, 6),
    (gen_varaamo, 12, 5, 3, 4),
]


def _generated(rng):
    g = _Gen(rng)
    out = []
    for fn, nfi, nsv, nen, nneg in _PLAN:
        langs = ["fi"] * nfi + ["sv"] * nsv + ["en"] * nen
        negs = [True] * nneg + [False] * (len(langs) - nneg)
        rng.shuffle(langs)
        rng.shuffle(negs)
        for lang, neg in zip(langs, negs):
            text = fn(g, lang, neg)
            while any(text == t for _, t in out):
                text = fn(g, lang, neg)
            out.append((lang, text))
    return out


def records():
    rng = random.Random(SEED)
    hand = HAND_OPEN311_A + HAND_KERROKANTASI + HAND_OMASTADI + HAND_VARAAMO + HAND_OPEN311_B
    out = list(hand) + _generated(rng)
    rng.shuffle(out)
    return out
