"""Blind evaluation block 46 for the personal-data scrubber.

Written by helper "outsider 46" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and ran no
evaluation. The texts are written only from the brief and from my own idea of how residents write.

Focus: a representative random sample of what the city receives, in the voice of each source - Open311
feedback (about 35 %), Kerrokantasi hearing comments (about 25 %), OmaStadi proposals and comments (about 20 %)
and Varaamo booking notes (about 20 %); Swedish about 35 %, English about 35 %, Finnish about 30 %. All labels
appear many times: person names (all kinds: Nordic, international, nicknames, initials, capitals, lower case,
inflected, possessive), phone numbers in many formats, e-mail addresses (some obfuscated), street addresses with
house numbers, staircases and flats in Helsinki, Espoo and Vantaa (Finnish and Swedish street names), IBANs,
licence plates with a cue word, HETUs with valid check characters and IP addresses. About one third of the
records are hard negatives (no personal data, or only look-alikes: famous people, streets without numbers,
parks, brands, pets, reference numbers, dates, prices, bus lines).

Seed: 4646 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (any case, possessive 's and
Swedish genitive -s and Finnish case endings inside the span; titles and role words outside), E e-mail address,
T phone number, H Finnish personal identity code (HETU), I IBAN or bank account number, R vehicle licence plate,
IP IP address, A street address with a house number (street + number + staircase + flat; postal code and city
outside). A street name without a number is not marked. Famous people and names of streets, parks, buildings
and brands are not marked.
"""

import random

SEED = 4646

# ---------------------------------------------------------------------------------------------------------
# Open311 feedback, written by hand
# ---------------------------------------------------------------------------------------------------------
OPEN311_HAND = [
    # --- Finnish ---
    ("fi", "Hei, Kaarlenkadun ja Fleminginkadun kulmassa katuvalo on ollut rikki jo kaksi viikkoa. Illalla tosi "
           "pimeetä ja lapset kulkee siitä kouluun. t. [[P:Riikka Lehtonen]] [[T:040 718 2290]]"),
    ("fi", "roskis täynnä taas [[A:Hämeentie 34]] edessä, lokit levittää kaikki pitkin jalkakäytävää. soittakaa "
           "vaikka [[T:0451234987]] jos tarttee lisätietoa"),
    ("fi", "Naapurin auto on seissyt pihalla kohta 3kk, rekkari [[R:KZL-418]], renkaat tyhjät ja tuulilasissa "
           "lehtiä. Osoite [[A:Kontulantie 12 C 41]], 00940 Helsinki. Ilmoittaja [[P:Esa Mäkelä]]"),
    ("fi", "Bussi 55 ei pysähtynyt Koskelan varikon pysäkillä klo 7.42 vaikka näytin kättä. Tämä on jo kolmas "
           "kerta tällä viikolla. Reitti kulkee Mäkelänkatua pitkin ja kuski ajoi vaan ohi."),
    ("fi", "Lumityöt Käpylässä: Pohjolankatu on auraamatta ja [[P:Pirjo Anttilan]] mukaan myös Kullervonkatu. "
           "Hän asuu osoitteessa [[A:Pohjolankatu 48 A 3]] eikä pääse rollaattorilla ulos. Olen hänen tyttärensä "
           "[[P:Sanna]], puh [[T:+358 50 441 2087]]"),
    ("fi", "VASTAUSTA EI OLE TULLUT!!! laitoin viestin jo 12.10. asiasta HEL-2024-011873 eikä kukaan ole "
           "soittanut. [[P:MARKKU HEINONEN]] [[E:markku.heinonen58@luukku.com]]"),
    ("fi", "Toivon että joku korjaa Sibeliuksen puiston penkit ennen kesää, kaksi on ihan rikki ja yksi kaatunut "
           "nurin. Kiitos!"),
    ("fi", "leikkipuisto Kotinummen keinu rikki, ketju katkennut. lapsen äiti [[P:jenni]] / [[T:044-981 2275]]"),
    ("fi", "Ilmoitan, että [[A:Vuosaarentie 9]] pihan läpi ajetaan autolla ja mopoilla joka ilta vaikka siinä on "
           "kävelytie. Eilen yksi auto ajoi ihan nurmikolle, rekkari oli [[R:GHT-72]]. -[[P:Heikki]]"),
    ("fi", "Haluan kiittää puistotyöntekijää nimeltä [[P:Oskari]], joka auttoi meitä Kaivopuistossa kun lapsi "
           "putosi pyörältä ja löi päänsä. Upea tyyppi, toivottavasti viesti menee hänen esihenkilölleen!"),
    ("fi", "Aurinkolahden rannan vessat kiinni vaikka aukioloaikojen mukaan pitäisi olla auki 8–22 toukokuusta "
           "syyskuuhun. Tilausnumero 55012-A ei liity tähän, laitoin sen vahingossa väärään kenttään."),
    ("fi", "Vesivahinko kaupungin vuokra-asunnossa [[A:Myllypurontie 20 B 17]]. Isännöitsijä ei vastaa "
           "puhelimeen. Asunnossa asuu äitini [[P:Aili Koskinen]] ([[H:231037-4609]]), hän on 88-vuotias ja "
           "katosta tippuu vettä. Soittakaa minulle [[T:040 662 8150]] / [[P:Hanna-Maija]]"),
    ("fi", "Sain pysäköintivirhemaksun Ruoholahdessa vaikka maksoin pysäköinnin sovelluksella, kuitti liitteenä. "
           "Auto [[R:SNV-903]]. Palauttakaa 80 € tilille [[I:FI55 0251 1435 5651 88]]. [[P:T. Saarinen]]"),
    ("fi", "moi, hiekotussepeli pitäis harjata pois Töölönlahden reitiltä nyt kun lumet sulanu. pyöräilijänä "
           "liukastelin eilen kaks kertaa. ei tarvi vastata"),
    ("fi", "Kirjoitan isäni [[P:Veikko Rantasen]] puolesta: hänen asuntonsa [[A:Kamreerintie 6 A 8]], Espoo, "
           "alla on tietyö joka jatkuu yöllä klo 23 asti. Hän on 84v ja sydänpotilas. Yhteys minuun "
           "[[E:jari.rantanen@elisanet.fi]] tai [[T:050 311 9084]] ([[P:Jari]])"),
    ("fi", "Moro! Karhupuiston vieressä olevalla pyöräparkilla on hylätty fillari jo puol vuotta, lukko ruostunut "
           "kiinni. [[P:Masa]] täältä [[A:Helsinginkatu 3 D 59]]"),
    ("fi", "Palautejärjestelmä antoi virheilmoituksen kun yritin liittää kuvan. Virhe 502. Koneen IP oli "
           "[[IP:88.114.203.57]] jos siitä on apua teidän IT:lle. [[P:Kaisa Hiltunen]]"),
    ("fi", "Kalasataman metroaseman hissi rikki (itäpää). Onko tiedossa milloin korjataan? Liikun pyörätuolilla "
           "ja joudun menemään Sörnäisiin asti ja takaisin."),
    # --- Swedish ---
    ("sv", "Hej! Gatlyktan utanför [[A:Brändövägen 4]] blinkar hela natten, det går inte att sova när den lyser "
           "rakt in i sovrummet. Mvh [[P:Gunilla Åkerblom]], tel. [[T:040 556 7721]]"),
    ("sv", "Någon har dumpat en soffa och två madrasser vid återvinningspunkten på Runebergsgatan. Det är tredje "
           "gången denna månad."),
    ("sv", "Min granne [[P:Bosse]] har redan ringt två gånger om bilen som står på gräsmattan, reg.nr "
           "[[R:OMV-552]]. Adress [[A:Sturegatan 22 B 13]]. Ingen har gjort något. //[[P:Lena]]"),
    ("sv", "Hundrastgården i Brunnsparken har ett trasigt lås, grinden står öppen hela tiden och hundarna "
           "springer ut på gatan. Ring gärna [[T:+358 44 208 1167]], [[P:Christer Lindqvist]]"),
    ("sv", "Jag vill klaga på snöröjningen på Drumsö. Vid [[A:Drumsövägen 29 A 7]] har det legat en isvall "
           "framför porten i en vecka. [[P:Margareta Ekholm]] ([[E:m.ekholm@kolumbus.fi]])"),
    ("sv", "Varför har spårvagn 4 inte gått till Skatudden på hela helgen? Ingen information på hållplatserna. "
           "Busslinje 16 var också försenad med 25 min på söndag kl 14."),
    ("sv", "Hej, jag heter [[P:Ahmed Yusuf]] och bor på [[A:Tavastvägen 115 C 48]]. Hissen har varit trasig sedan "
           "3.11 och min mamma kan inte gå i trapporna. Snälla hjälp. [[T:041 772 9014]]"),
    ("sv", "Parkeringsautomaten på Högbergsgatan tog mina pengar men gav inget kvitto. 4,20 €. Kontonummer för "
           "återbetalning [[I:FI04 5478 8676 0958 52]], [[P:Ulla-Britt Sjöberg]]"),
    ("sv", "Fina nya bänkar i Esplanadparken, tack! Men Runebergs staty behöver tvättas, fåglarna har varit "
           "flitiga 😄"),
    ("sv", "ang. ärende HEL 2025-004512: jag har fortfarande inte fått svar. Mitt personnummer är "
           "[[H:200489-044H]] om ni behöver det för att hitta ärendet. /[[P:Jonas Westerlund]]"),
    ("sv", "hej!! cykelvägen längs Tölöviken är full av glas. min son [[P:elias]] fick punktering igår och gick "
           "hem i regnet. [[P:katarina]]"),
    ("sv", "Klagomål: byggarbetsplatsen vid [[A:Fredriksgatan 51]] börjar borra kl 6.30 på lördagar. Kontakt: "
           "[[P:Fredrik Holmström]], [[E:fredrik.holmstrom (at) gmail.com]], [[T:+358 40 9921 304]]"),
    ("sv", "Jag bor i Hagalund i Esbo, [[A:Västanvindsvägen 5 B 22]]. Sopkärlen har inte tömts på tre veckor och "
           "råttorna har hittat dem. [[P:Pia Grönroos]]"),
    ("sv", "I Dickursby vid [[A:Dickursbyvägen 44 A 12]] läcker ett avloppsrör ut på trottoaren. Lukten är "
           "hemsk. [[P:Tobias]] [[T:050-118 42 90]]"),
    ("sv", "Tack till stadsmiljösektorn för snabb hjälp med den omkullblåsta björken i Kajsaniemi parken! "
           "Ärendenummer 2025-11-0447."),
    ("sv", "Vill anmäla en bil som parkerat på cykelbanan vid [[A:Mannerheimvägen 96]] varje morgon i två "
           "veckor. Registreringsnummer [[R:XTN-208]]. Vet inte vems den är men föraren går in i porten. /Anonym"),
    ("sv", "Ljuset på Långa bron är fint men det är för mörkt på stigen under. Kan man sätta lampor där? Många "
           "joggar där tidigt på morgonen, särskilt under november–januari."),
    ("sv", "Hej. Datorn gav ett felmeddelande när jag skickade förra responsen, så jag skickar igen. IP-adress "
           "enligt felsidan: [[IP:193.166.24.118]]. Ärendet gäller en trasig skylt vid Berghälls kyrka. "
           "[[P:Nils-Erik Backman]]"),
    ("sv", "[[P:Anna-Karins]] hund har bitit mitt barn i lekparken i Eira. Vi vet var hon bor, "
           "[[A:Kaptensgatan 8 A 2]]. Vad ska man göra?? / [[P:Sofia]]"),
    ("sv", "Ring mig på [[T:+46 70 412 88 39]] (svenskt nummer, jag är på besök hos dottern). Trottoaren vid "
           "Hagnäs torg är farlig, isig och ingen sand. [[P:Birgitta Holm]]"),
    ("sv", "Skylten vid Sibelius-monumentet är trasig och turisterna frågar hela tiden var bussen går. Kunde ni "
           "sätta upp en karta?"),
    # --- English ---
    ("en", "Hi, the street light outside [[A:Lapinlahdenkatu 21 B 15]] has been flickering for ages. It's right "
           "by the entrance so it's pitch black after 4pm. Thanks, [[P:Tom Gallagher]]"),
    ("en", "Someone keeps parking a white van on the bike lane on Hämeentie, plate [[R:JKO-331]]. Every single "
           "morning 7-9am. I cycle to work and have to swerve into traffic."),
    ("en", "Bill for the parking permit came twice (invoice 2025-77310). Paid the first one already on 3 Sept. "
           "Please check and cancel the second."),
    ("en", "My name is [[P:Olena Kovalenko]], I moved to Vantaa in March. The playground next to "
           "[[A:Kielotie 28 C 9]] has broken glass everywhere. my phone [[T:+358 45 782 1163]] (I speak English "
           "and Ukrainian)"),
    ("en", "hey, the bins at Kallio library are overflowing again, also someone sleeping in the stairwell of "
           "[[A:Porvoonkatu 17 A 4]]. not complaining about the person, just worried for them. - [[P:jess]]"),
    ("en", "Grace period for the winter parking ban should be longer. Signs went up on Friday evening and cars "
           "were towed Monday 8am. Not fair for people who were away for the weekend."),
    ("en", "I'm writing on behalf of my neighbour Mrs [[P:Lindholm]] who doesn't use email. The heating in her "
           "flat at [[A:Kaarelantie 2 D 61]] hasn't worked since Sunday. Please call her daughter [[P:Minna]] at "
           "[[T:040-552 1198]]."),
    ("en", "Mark the date: the noise from the construction site in Jätkäsaari starts before 7 every day. Mark my "
           "words, someone will take this to court."),
    ("en", "Reporting a hit and run in Leppävaara, Espoo, in the parking lot of [[A:Leppävaarankatu 9]]. Silver "
           "Toyota, registration [[R:NCY-718]], scraped my car and drove off. Witness: [[P:Rahul Menon]] "
           "[[T:044 901 3320]]. Me: [[P:Daniel O'Connor]], [[E:dan.oconnor@proton.me]]"),
    ("en", "Can someone clean the graffiti from the Alvar Aalto sign near Finlandia Hall? It's been there since "
           "Flow Festival."),
    ("en", "I sent a refund request for the swimming hall card (Itäkeskus) but never heard back. Please transfer "
           "the 45 € to [[I:FI92 6639 3001 2571 46]], account holder [[P:Yuki Tanaka]]. Thanks!"),
    ("en", "FYI the feedback form crashes on Safari. Error ref 0x7741. My IP is [[IP:2001:14ba:a0c3:2e00::5f1]] "
           "in case the logs help. cheers [[P:Marco]]"),
    ("en", "The tree in front of [[A:Munkkiniemen puistotie 14 A 3]] is leaning toward the tram wires after the "
           "storm. Call [[P:Henrik]] on [[T:0500 712 448]] (caretaker) if you need access to the yard."),
    ("en", "Will the Kalasatama swimming pier be open next summer? Will there be lifeguards? Asking for a school "
           "group of 25 kids, ages 9-10."),
    ("en", "URGENT water leaking from the ceiling in the city-owned flat [[A:Itäkatu 5 B 208]], 00930 Helsinki. "
           "Tenant [[P:Abdirahman Hussein Farah]], [[T:+358417008832]]. He doesn't speak Finnish so please reply "
           "in English or Somali."),
    ("en", "Hi there, I'm [[P:Sarah]], my kid's bike got stolen from the rack outside Sibelius High School. Frame "
           "number 4WK1-2289. Not sure if the city can do anything but the camera there might have it. "
           "[[E:sarah.whitfield@gmail.com]]"),
    ("en", "The traffic lights at the Mannerheimintie / Kalevankatu junction have a really short green for "
           "pedestrians, about 8 seconds. Elderly people can't make it across."),
    ("en", "i reported the pothole before (ref HEL-2025-019922) but nothing happened. it's outside "
           "[[A:Vanha Porvoontie 231]] Vantaa and it's getting deeper. my name [[P:kevin lee]] [[T:0503348812]]"),
    ("en", "Please forward to whoever handles noise: my neighbour [[P:Jukka's]] dog barks all night at "
           "[[A:Otaniementie 12 C 33]]. I've tried talking to him. — [[P:Wei Zhang]], "
           "[[E:wzhang (at) aalto (dot) fi]]"),
    ("en", "Great job on the new Oodi bike parking! 10/10."),
    ("en", "Dog poop bag dispenser at Hesperia Park is empty. Has been for 2 weeks."),
]

# ---------------------------------------------------------------------------------------------------------
# Kerrokantasi hearing comments, written by hand
# ---------------------------------------------------------------------------------------------------------
KERROKANTASI_HAND = [
    # --- Finnish ---
    ("fi", "Vastaus [[P:Liisa K.]]: en ole samaa mieltä. Hakaniemen torin remontti on ollut kesken jo kolme "
           "vuotta ja nyt pitäisi vielä lisätä pyöräkaistat sinne."),
    ("fi", "Kruunusillat on hyvä hanke mutta raitiovaunun pitäisi kulkea myös Laajasalon perälle asti ilman "
           "vaihtoa. Vuonna 2027 valmistuvan osuuden aikataulu kuulostaa optimistiselta."),
    ("fi", "Asun itse [[A:Agricolankatu 7 B 26]] ja täältä näkyy suoraan suunniteltu tornitalo. Se vie valon "
           "koko pihalta iltapäivisin. Kaavamuutos pitäisi hylätä. -[[P:Tuomas Lindroos]]"),
    ("fi", "Lauttasaaren kirjaston pitää pysyä Lauttasaaressa! Moni vanhus ei jaksa mennä Ruoholahteen asti. "
           "Myös Vattuniemen puistossa oleva kenttä pitäisi säilyttää."),
    ("fi", "Olen [[P:Marjatta Huttusen]] kanssa samaa mieltä. Malminkartanon täydennysrakentaminen on liian "
           "tiivistä ja viheralueet katoaa."),
    ("fi", "Kommentti [[P:Virtaselle]]: luitko ollenkaan meluselvitystä? Siinä sanotaan selvästi että melutaso "
           "nousee yli ohjearvon."),
    ("fi", "Aleksis Kiven kadun pyöräkaista on hyvä idea. Samalla voisi miettiä onko Sturenkadulla järkeä pitää "
           "neljää kaistaa."),
    ("fi", "Meidän taloyhtiön ([[A:Pihlajatie 43]]) hallitus on käsitellyt asiaa ja vastustaa "
           "pysäköintipaikkojen poistoa. Hallituksen puheenjohtaja [[P:Raimo Pesonen]], "
           "[[E:raimo.pesonen@kotiposti.net]]"),
    ("fi", "Hei [[P:Aino]], tässä vastaus kysymykseesi: kaavaselostus löytyy liitteestä sivulta 14. Siellä on "
           "myös liikenneselvitys. t. [[P:Pekka]]"),
    ("fi", "Tapiolan keskustan uudistus on ollut onnistunut, mutta Ahertajantien puolelle tarvitaan lisää "
           "penkkejä ja varjoa. Kiitos Espoon kaupungille kuulemisesta."),
    ("fi", "Kysyin asiasta kaupunkisuunnittelija [[P:Heli Aaltoselta]] puhelimessa ja hänen mukaansa päätös "
           "tehdään vasta keväällä lautakunnassa."),
    ("fi", "Onni on että Keskuspuisto on vielä olemassa. Sitä ei saa pilkkoa Vihdintien bulevardin takia."),
    ("fi", "MIKSI KUKAAN EI KUUNTELE ASUKKAITA. TÄÄ ON JO NELJÄS KUULEMINEN SAMASTA ASIASTA. [[P:Eero Kallio]] "
           "[[A:Koskelantie 31 A 12]]"),
    ("fi", "meille tuli tieto vasta kun kaava oli jo nähtävillä. kuka on vastuussa tiedottamisesta? soittakaa "
           "[[P:jussi]] [[T:0405567123]]"),
    # --- Swedish ---
    ("sv", "Svar till [[P:Mikael Strömberg]]: Jokerbanan var också omdebatterad men nu använder alla den. Ge "
           "spårvägen en chans."),
    ("sv", "Planen för Bulevarden är bra men träden måste bevaras. Lindarna är över hundra år gamla och hör till "
           "stadsbilden."),
    ("sv", "Som boende på [[A:Bulevarden 16 B 21]] vill jag påpeka att ljudnivån redan nu är för hög på "
           "nätterna. [[P:Elisabeth Wrede]]"),
    ("sv", "Jag instämmer med [[P:Karins]] kommentar ovan. Det behövs fler daghem i Östersundom innan man bygger "
           "3000 bostäder."),
    ("sv", "Kronbroarna är ett slöseri. 400 miljoner euro för en spårvägsbro medan skolorna i Nordsjö förfaller."),
    ("sv", "Hej [[P:Stina]]! Planbeskrivningen finns på svenska, jag kan skicka den till dig. Mejla mig på "
           "[[E:l.sundqvist@welho.com]] / [[P:Leif Sundqvist]]"),
    ("sv", "Varför ska den nya parken i Fiskehamnen heta Aurora? Namnet borde ha en historisk koppling till "
           "hamnen."),
    ("sv", "Jag bor i Munksnäs, [[A:Munksnäs allé 22 B 9]], och jag är emot att man tar bort parkeringsplatserna "
           "på allén. Vi äldre behöver bilen. Mvh [[P:Gustav af Hällström]]"),
    ("sv", "Tack för ett bra möte på Arbis i tisdags. Presentationen av detaljplanen för Ärtholmen var tydlig "
           "och kartorna bra."),
    ("sv", "@[[P:Johanna Lindberg]] du har helt rätt om skuggorna. Ett höghus på 24 våningar kommer att skugga "
           "hela parken efter kl 15."),
    ("sv", "Min mamma [[P:Sirkka-Liisa]] bor på [[A:Tölögatan 20 A 11]] och har inte fått någon information om "
           "bygget. Hon är 91 år och läser inte på nätet."),
    ("sv", "Jag och [[P:P-O]] gick på infotillfället i Hagalund men ingen kunde svara på frågan om parkering. "
           "[[P:Maj-Len Nyberg]], [[T:050 487 1162]]"),
    ("sv", "Sju våningar är för högt för Kottby. Området byggdes på 1940-talet och trähusen är skyddade. Planen "
           "strider mot stadens egen strategi."),
    ("sv", "Ang. kommentaren från [[P:Tove H.]]: nej, bullerplanket ska inte tas bort, det står i bilaga 3."),
    ("sv", "Vi boende på [[A:Rajatorpsvägen 41 B 10]] i Vanda vill inte att Myrbacka idrottspark flyttas. "
           "[[P:Anders]] & [[P:Ritva Lönnqvist]]"),
    ("sv", "Jag gillar förslaget med gågata på Alexandersgatan. Stockmanns hörn blir mycket trevligare utan "
           "bussarna."),
    # --- English ---
    ("en", "Replying to [[P:Jenna M]]: totally agree, the Hakaniemi bridge looks great but the cycling "
           "connection to Siltasaarenkatu is awkward."),
    ("en", "As a long-time resident of Kallio I think the plan to pedestrianise part of Vaasankatu is "
           "brilliant. More terraces, less traffic."),
    ("en", "I live at [[A:Tallberginkatu 1 C 64]] and I strongly oppose the new tower. It'll block all the "
           "evening sun over the harbour. — [[P:Nora Bergström]]"),
    ("en", "@[[P:Ville]] the noise study is in appendix 5 (page 22). I think your point about the school route "
           "is valid though."),
    ("en", "Frank feedback: the online map doesn't load on mobile and the PDF is 80 MB. Please make these "
           "hearings accessible."),
    ("en", "I'm Dr. [[P:Mohammed Al-Khatib]], GP at the Kalasatama health centre. The plan does not include "
           "enough space for the health station expansion. Contact me at [[E:mohammed.alkhatib@hus.fi]]"),
    ("en", "Sauli Niinistö opened this park in 2015 and now you want to build on half of it? No."),
    ("en", "Agree with [[P:Paul]] and [[P:Ritu]] above. The Meri-Rastila forest is irreplaceable."),
    ("en", "Just to add what [[P:Maria Sundström's]] husband said at the info evening: the parking garage "
           "entrance would be right next to the daycare."),
    ("en", "The proposal says 2,400 new residents by 2035. Where will the kids go to school? Vuosaari schools "
           "are full already."),
    ("en", "We (the residents' association of [[A:Laajalahdentie 20]]) submitted a written statement on 12 May. "
           "Chair: [[P:Ilkka Salonen]], [[T:+358 40 881 2043]]."),
    ("en", "lol @[[P:sirpa]] no one is going to take your parking spot away, read the plan"),
    ("en", "Would love to see a sauna by the sea in Hernesaari like Löyly. Allas Sea Pool works great too."),
    ("en", "I talked to [[P:Matti]] from HSL and he said the tram 9 extension is not funded yet, so this whole "
           "discussion is a bit early."),
    ("en", "Rosa Parks would be proud lol. but seriously, [[P:Rosa]] from our building "
           "([[A:Sturenkatu 27 A 18]]) organised the petition and got 340 signatures."),
]

# ---------------------------------------------------------------------------------------------------------
# OmaStadi proposals and comments, written by hand
# ---------------------------------------------------------------------------------------------------------
OMASTADI_HAND = [
    # --- Finnish ---
    ("fi", "Ehdotus: Koirapuisto Malmin lentokentän viereen. Tarvitaan isojen ja pienten koirien aitaukset "
           "erikseen. Ehdottaja ja yhteyshenkilö [[P:Satu Rautiainen]], [[E:satu.rautiainen@outlook.com]]"),
    ("fi", "Kannatan! Meidän Musti ja Rekku tarvii tätä kipeästi 🐕🐕"),
    ("fi", "Olis kiva saada Kontulan ostarille katutaidetta. Tunnen graffitimaalarin, [[P:Jamppa]] eli "
           "[[P:Jani Koivisto]], se vois pitää työpajan nuorille."),
    ("fi", "Tämä ehdotus on yhdistetty ehdotukseen #1023 \"Pyöräkorjauspiste Herttoniemeen\". Äänestys alkaa "
           "1.10. ja päättyy 31.10."),
    ("fi", "Mä ja [[P:Aleksi]] ollaan 14v ja haluttais skeittiparkki Vuosaareen. Meil ei oo mitään tekemistä "
           "iltasin. Mun äidin numero on [[T:044 329 0815]] jos joku haluu kysyy"),
    ("fi", "Kommentti: tää on alun perin [[P:Leenan]] idea, hän esitti tätä jo 2019 asukasillassa."),
    ("fi", "Ehdottaja: [[P:Kirsi Väisänen]] / Roihuvuoren kirjaston ystävät ry. Postia voi lähettää osoitteeseen "
           "[[A:Roihuvuorentie 2 A 5]], 00820 Helsinki."),
    ("fi", "Kesäteatteri Kaivopuistoon! Esim. Aleksis Kiven Nummisuutarit tai Tove Janssonin Muumit. Budjetti "
           "noin 40 000 €."),
    ("fi", "Ei tarvita uutta liikuntapaikkaa, Myllypuron liikuntapuisto riittää ihan hyvin. [[P:K. Heikkilä]]"),
    ("fi", "Lapsiperheiden puolesta: [[P:Hannele]] ja [[P:Juha Laitinen]], [[A:Kiviportintie 12 B 8]]. "
           "Myllypuroon tarvitaan katettu leikkipaikka."),
    # --- Swedish ---
    ("sv", "Förslag: Utegym i Kottby, nära bollplanen. Förslagsställare: [[P:Lars-Erik Grönqvist]], "
           "[[T:040-771 2356]]"),
    ("sv", "Bra idé! Vi behöver fler bänkar längs strandpromenaden i Nordsjö. Röstar för."),
    ("sv", "Kommentar: [[P:Emmas]] förslag om simskola för vuxna borde kombineras med det här."),
    ("sv", "Jag föreslår en konstvägg vid Botbyhöjdens skola. Min dotter [[P:Ebba]] och hennes kompisar har "
           "redan ritat skisser. [[P:Helena Forsman]] ([[E:helena.forsman@edu.hel.fi]])"),
    ("sv", "Detta förslag har kombinerats med förslaget \"Belysning i Centralparken\". Budget totalt 85 000 €. "
           "Genomförs 2026."),
    ("sv", "hej vi är tre mammor från Hertonäs: [[P:Saara]], [[P:Ida]] och [[P:Fatima]]. vi önskar en lekpark "
           "med tak, det regnar ju jämt 🙂"),
    ("sv", "Min man [[P:Göran]] föreslog en båtbrygga på Brändö, där kan man lägga till med kajak. Han har "
           "ritat en skiss, jag bifogar den."),
    ("sv", "Luciatåget vid Domkyrkan är en fin tradition, kunde man ha en liten julmarknad på Senatstorget "
           "samtidigt?"),
    ("sv", "Kontaktperson för projektet: [[P:Åsa Lindroos-Kivelä]], [[T:+358 (0)50 412 3399]]"),
    ("sv", "Tips: Café Regatta vid Sibelius-monumentet har de bästa bullarna. Men vi behöver fler cykelställ där."),
    ("sv", "Röstade på [[P:Jonnas]] förslag om hundbadstrand. Bra jobbat!"),
    ("sv", "Förslaget lämnades in av [[P:MIRJA ÖSTMAN]], [[A:Brändö parkväg 19 A 3]], 00570 Helsingfors."),
    # --- English ---
    ("en", "Proposal: free sauna evenings for students at the Kumpula allotment garden. Proposer: "
           "[[P:Aiko Matsumoto]] ([[E:aiko.m@helsinki.fi]])"),
    ("en", "Voted! Hope this one wins. The Lauttasaari bridge area really needs a safe crossing."),
    ("en", "Comment from [[P:Chris]] (not the proposer): the cost estimate of 120k seems way too low."),
    ("en", "I'm [[P:Linh Nguyen]], mum of two, living at [[A:Turunlinnantie 8 D 77]]. We need a covered "
           "playground in Itäkeskus, the kids have nowhere to go when it rains."),
    ("en", "Cool idea but the rose garden in Kaivopuisto already has something like this. Maybe try Sibelius "
           "Park instead?"),
    ("en", "hi [[P:ahmed]] great proposal!! my son plays at Kontula football field every day, i can help collect "
           "signatures. [[T:045 631 2209]] ([[P:Hodan]])"),
    ("en", "Re: [[P:Tiina Mäki-Kuusela's]] proposal on bike repair stands – we should add a pump at Kalasatama "
           "metro too."),
    ("en", "Will this be finished before summer 2026? Victoria Park in London has a similar setup and it works "
           "great."),
    ("en", "Proposed by [[P:J-P Salminen]] and [[P:Bob Andersson]], Maunula community garden."),
    ("en", "Please include wheelchair access! My brother [[P:Niko]] uses a wheelchair and can't use any of the "
           "Kivikko trails."),
    ("en", "Honestly the best thing OmaStadi ever funded was the Vuosaari beach volleyball courts. More like "
           "that please."),
    ("en", "the proposer's email [[E:mari.koskela123@gmail.com]] bounces, does anyone know how to reach "
           "[[P:Mari]]?"),
]

# ---------------------------------------------------------------------------------------------------------
# Varaamo booking notes, written by hand
# ---------------------------------------------------------------------------------------------------------
VARAAMO_HAND = [
    # --- Finnish ---
    ("fi", "Varaaja: [[P:Petri Manninen]], Kallion nuorisotalo, bändiharjoitus. Avaimet hakee [[P:Joonas]], "
           "puh. [[T:050 668 2134]]"),
    ("fi", "Kokoushuone Kuusi, Oodi. Laskutus: [[P:Merja Salo]], [[A:Kauppamiehentie 6 B 14]], 02150 Espoo. "
           "Hetu laskutusta varten [[H:030274-861D]]"),
    ("fi", "Saunavuoro Vuosaaren asukastilassa ke 18–20. Muistakaa viedä roskat. Avain palautetaan luukkuun."),
    ("fi", "Juhlat: [[P:Eetun]] 5v-synttärit, tulee n. 15 lasta ja 10 aikuista. Yhteyshenkilö "
           "[[P:Laura Vesterinen]] [[T:+358 44 7712 905]]"),
    ("fi", "avaimet hakee mun puoliso [[P:antti]], hänellä ei ole omaa tunnusta"),
    ("fi", "Varattu 3D-tulostin, Kirjasto 10, 2 h. Tulostan PLA:lla, oma filamentti mukana."),
    ("fi", "Laskun saa lähettää [[P:Tiina Hämäläiselle]], [[E:tiina.hamalainen@kolumbus.fi]]. Y-tunnusta ei "
           "ole, yksityishenkilö."),
    ("fi", "Kerhon puolesta varaaja [[P:Ossi]]. Jos jotain kysyttävää, soita [[T:09 4452 718]] (kotinumero)"),
    ("fi", "Liikuntasalivaraus: sählyporukka, 12 pelaajaa. Vastuuhenkilö [[P:Mikko Turunen]], "
           "henkilötunnus [[H:010489-896R]]"),
    ("fi", "Tila: Maunulatalo, sali. Tilaisuus: muistotilaisuus [[P:Aarne Lehtisen]] muistolle. Varaaja tytär "
           "[[P:Päivi Lehtinen-Ruotsalainen]]."),
    # --- Swedish ---
    ("sv", "Bokare: [[P:Camilla Sjöblom]], Arbis kursrum 3. Nyckeln hämtas av [[P:Viktor]] på fredag. Tel "
           "[[T:040 312 5570]]"),
    ("sv", "Bokning för körövning varje tisdag 17–19, Ungdomsgården i Hertonäs. Vi flyttar pianot tillbaka "
           "efteråt."),
    ("sv", "Faktura till [[P:Mats Nordström]], [[A:Borgågatan 9 A 12]], 00500 Helsingfors. Depositionen kan "
           "återbetalas till [[I:FI91 1782 3626 3738 13]]"),
    ("sv", "Hej! [[P:Linnea]] och [[P:Moa]] bokar rummet för läxhjälp. Vi är 16 år. Förälders nummer: "
           "[[T:+358 50 901 4478]] ([[P:Annika Berg]])"),
    ("sv", "Kalas för [[P:Wilmas]] 7-årsdag! Vi tar med egen tårta. Kontakt [[E:jessica.wikstrom@gmail.com]]"),
    ("sv", "Bastun i Drumsö bibliotek? Nej, fel lokal. Vi vill boka Vallgårds bibliotek grupprum 2 i stället, "
           "samma tid 14.00–15.30."),
    ("sv", "Nycklarna lämnas till vaktmästaren, [[P:Kjell]]. Han vet om det."),
    ("sv", "Bokningen gjord av [[P:Sven-Åke Lindgren]] för pensionärsföreningen. Tel. [[T:(09) 612 3390]]"),
    ("sv", "Vi är en liten bokcirkel, den här gången läser vi Mumintrollen av Tove Jansson. Bokare: "
           "[[P:Marianne]] [[T:0407719285]]"),
    ("sv", "Personnummer för fakturering: [[H:120158-8542]], [[P:Rebecka Lund]], [[A:Sandvikskajen 5 C 31]]"),
    ("sv", "Grupprum Ek, Oodi, bokat för studiegrupp i statistik. 4 personer. Vi behöver whiteboard och "
           "HDMI-kabel."),
    ("sv", "Obs! Bokningen ändrad från [[P:Pias]] namn till mitt. [[P:Tom Wallin]] "
           "[[E:tom.wallin snabel-a saunalahti.fi]]"),
    ("sv", "Hyresgästföreningen på [[A:Vasagatan 11 B 29]] bokar festsalen för julfest 14.12. Ansvarig "
           "[[P:Iris Söderlund]]."),
    # --- English ---
    ("en", "Booked by [[P:Emily Clarke]] for the Helsinki Expat Board Games meetup. Keys picked up by "
           "[[P:Tomasz]] (he'll show ID). Phone [[T:+358 46 552 8870]]"),
    ("en", "Room booked for a Python study group, 6 people, every Thursday 17:00-19:00 until end of May. We'll "
           "need the projector."),
    ("en", "hi, I'm [[P:Hamid]], booking the music room for my band. my friend [[P:Leo]] will come with me. "
           "email [[E:hamid.rezaei99@yahoo.com]]"),
    ("en", "Invoice to: [[P:Grace Okafor]], [[A:Ulappakatu 1 B 12]], 02320 Espoo. Reference: birthday party."),
    ("en", "Please note the sewing machines in Kalasatama library room 2 need new needles, ours broke during "
           "the workshop. Booking ref V-2025-88412."),
    ("en", "Deposit refund to [[I:FI47 6274 1661 5984 62]], name [[P:Ana Souza]]. Thanks!"),
    ("en", "Contact person on the day: [[P:Ben]] (my husband) [[T:+44 7700 900 318]] — UK number, we're "
           "visiting."),
    ("en", "Booking for my mother [[P:Ritva Koskinen]] (she is 80 and doesn't use the internet). Her ID code "
           "[[H:020145-3566]]. Please send the confirmation to me, [[P:Paula]], "
           "[[E:paula.k.lindell@gmail.com]]."),
    ("en", "Frank Zappa tribute night, Kanneltalo music room, 20:00-23:00. We bring our own amps."),
    ("en", "Key pick-up: [[P:LUCAS MEYER]], passport shown. ph [[T:0449823117]]"),
    ("en", "Parking for the event: guests can park at the back. our van's plate is [[R:xmu-642]], please don't "
           "tow it lol"),
    ("en", "booking for the chess club, organiser [[P:Rajesh]] – call him at [[T:040-884 3312]] if the room is "
           "locked."),
]

# ---------------------------------------------------------------------------------------------------------
# Longer and odd-shaped messages written by hand (forwards, quoted replies, lists, signatures, one-liners)
# ---------------------------------------------------------------------------------------------------------
EXTRA_HAND = [
    # Open311, forwarded e-mail
    ("en", "---------- Forwarded message ---------\n"
           "From: [[P:Graham Whitley]] <[[E:graham.whitley@gmail.com]]>\n"
           "Date: Mon, 3 Nov 2025 at 9.14\n"
           "Subject: broken fence\n"
           "To: [[P:Laura]] <[[E:laura.peltonen@iki.fi]]>\n\n"
           "[[P:Laura]] can you send this to the city, my Finnish isn't good enough for the form lol\n\n"
           "> The fence around the playground in Myllypuro (next to [[A:Myllymestarintie 6]]) is broken on the\n"
           "> side facing the road. Toddlers can walk straight out. Photo attached.\n\n"
           "Sent from my iPhone"),
    # Open311, list
    ("fi", "Useita ongelmia taloyhtiömme ympäristössä ([[A:Kylänvanhimmantie 29 C 14]], Oulunkylä):\n"
           "1) katuvalo pimeänä jo marraskuusta\n"
           "2) hulevesikaivo tukossa, vesi lammikoituu bussipysäkille\n"
           "3) roska-astia kaatunut\n"
           "4) naapuritalon pihalla romuauto, kilvet [[R:BOR-19]], ollut siinä keväästä asti\n"
           "Terveisin [[P:Seppo]] ja [[P:Marja-Leena Nurmi]]"),
    # Open311, formal Swedish letter
    ("sv", "Till den det berör,\n\n"
           "Jag har i över ett år försökt få staden att göra något åt farten på Kottbyvägen. Bilarna kör 50–60 "
           "km/h förbi daghemmet trots 30-gräns. Jag har skickat ärenden 2024-1188 och 2025-0342 utan svar.\n\n"
           "Jag bor själv på [[A:Kottbyvägen 18 B 6]] och ser det varje dag.\n\n"
           "Med vänlig hälsning\n[[P:Ingrid Mattsson]]\n[[T:+358 40 715 3308]]\n[[E:ingrid.mattsson@pp.inet.fi]]"),
    # Open311, Swedish genitive
    ("sv", "[[P:Pers]] cykel stals från cykelstället vid [[A:Hagnäsgatan 3]] igår kväll. Kameran på hörnet borde "
           "ha sett det. Polisanmälan är gjord. /[[P:Malin]], [[P:Pers]] sambo"),
    # Open311, English, HETU and address in Vantaa
    ("en", "They asked for my personal identity code on the phone so here it is: [[H:170505A174W]]. I'm "
           "[[P:Emil Virtanen]], 20, and the landlord won't fix the mould in my student flat at "
           "[[A:Asematie 10 A 14]], 01300 Vantaa. It's been 4 months."),
    # Open311, long negative
    ("en", "The new bike lane on Baana is great but at the end near Ruoholahti metro the markings just "
           "disappear. Also the bench near the Kamppi Chapel is gone. Ref #HEL-2025-031777, postcode 00180."),
    # Open311, tiny negative
    ("fi", "Kiitos nopeasta vastauksesta!"),
    # Kerrokantasi, quoted reply
    ("sv", "> [[P:Barbro Lindahl]] skrev:\n> Ingen har frågat oss som bor här.\n\n"
           "Jo, det fanns ett invånarmöte 4.9 i Nordhemmet, men det annonserades dåligt. Jag håller med dig om "
           "resten. /[[P:Kim]]"),
    # Kerrokantasi, IP
    ("en", "The hearing page says \"your IP [[IP:91.152.37.204]] has been temporarily blocked\" every time I try "
           "to comment. Please fix, the deadline is Friday. [[P:Oliver Grant]]"),
    # Kerrokantasi, long negative
    ("fi", "Hyvä suunnitelma kaiken kaikkiaan. Muutama huomio:\n"
           "– Mannerheimintien ja Runeberginkadun risteyksessä suojatien valo on liian lyhyt\n"
           "– raitiolinja 10 pitäisi jatkaa Pikku-Huopalahteen\n"
           "– Hesperian puiston itäpäähän lisää valaistusta\n"
           "– Töölön kisahallin edustalle pyöräpysäköintiä\n"
           "Kiitos että saa kommentoida."),
    # Kerrokantasi, Swedish negative
    ("sv", "Öppettiderna för simhallen i Forsby: mån–fre 6.30–21, lör–sön 9–18. Varför är den stängd på "
           "midsommar och 6 december när simhallen i Itis var öppen?"),
    # OmaStadi, structured English proposal
    ("en", "PROPOSAL: Night-time basketball for 13–17 year olds in Itäkeskus\n\n"
           "What: open gym on Friday nights 21–01 at the Itäkeskus sports hall, two adult coaches, free snacks.\n"
           "Who: [[P:Abdi Warsame]] (coach), [[P:Jonna]] from the youth centre, and me.\n"
           "Budget: 18 000 €/year\n"
           "Contact: [[P:Samuel Osei]], [[T:+358 40 228 1904]], [[E:samuel.osei@hotmail.com]]"),
    # OmaStadi, IPv6 in Finnish
    ("fi", "En pääse kirjautumaan äänestämään, sivu sanoo että IP-osoite [[IP:2a00:1d50:3:5c1::1f]] on estetty. "
           "Mitä teen? -[[P:Irmeli]]"),
    # Varaamo, substitute with compact IBAN
    ("fi", "Varaus tehty [[P:Liisa-Maria Keinäsen]] nimissä, mutta hän on sairaana. Tilalle tulee "
           "[[P:Outi Rask]] ([[T:045 118 2207]]). Takuumaksu palautetaan [[P:Outin]] tilille "
           "[[I:FI1214640235033652]]."),
    # Varaamo, camp registration with a child's HETU
    ("fi", "Syysleirin ilmoittautuminen: [[P:Vilma Koskela]] [[H:200809A685S]], huoltaja [[P:Tanja Koskela]] "
           "[[T:044 5201 336]]. [[P:Vilmalla]] on pähkinäallergia."),
    # Varaamo, lower case name
    ("en", "[[P:kim]] picks up the keys, i'm at work till 5"),
    # Varaamo, Swedish one-liner
    ("sv", "tack [[P:Sanna]]!! nyckeln är tillbaka i lådan"),
    # Varaamo, English negative one-liner
    ("en", "ok thx, see you Tuesday"),
]

# ---------------------------------------------------------------------------------------------------------
# Small generators (the remaining records); everything is drawn from random.Random(SEED)
# ---------------------------------------------------------------------------------------------------------
FI_FIRST = ["Matti", "Jukka", "Timo", "Anne", "Päivi", "Sari", "Mikko", "Laura", "Janne", "Heidi", "Tuula",
            "Kari", "Eveliina", "Veeti", "Aada", "Onni", "Lempi", "Toivo", "Ilona", "Riku"]
SV_FIRST = ["Erik", "Karin", "Johan", "Ulrika", "Mats", "Annika", "Henrik", "Frida", "Björn", "Ebba", "Rasmus",
            "Linnéa", "Kaj", "Gun", "Viveka", "Axel"]
INTL_FIRST = ["Mohamed", "Aisha", "Ivan", "Svetlana", "Carlos", "Mei", "Arjun", "Fatuma", "Piotr", "Noor",
              "Hassan", "James", "Oksana", "Tuan", "Chloé", "Kwame"]
FI_LAST = ["Korhonen", "Virtanen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
           "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Tuominen", "Rantanen", "Karjalainen", "Kettunen"]
SV_LAST = ["Lindqvist", "Sjöberg", "Holmberg", "Nyström", "Wikström", "Lindholm", "Grönroos", "Forsström",
           "Ekström", "Blomqvist", "Söderholm", "Åström"]
INTL_LAST = ["Hassan", "Ivanova", "García", "Chen", "Sharma", "Nowak", "Ali", "Smith", "Petrov", "Nguyen",
             "Mensah", "Rossi", "Dubois", "Abdullahi"]
NICKS = ["Pekkis", "Jonttu", "Kaitsu", "Tintti", "Bosse", "Lasse", "Micke", "Nicke", "Tessa", "Jimbo", "Ressu"]
# Finnish names already in genitive (case ending belongs inside the span)
FI_GEN = ["Matti Virtasen", "Sari Laineen", "Jukan", "Annen", "Tuula Heikkisen", "Mikon", "Päivin",
          "Kari Niemisen", "Riikan", "Ilonan", "ONNI KETTUSEN", "lempi järvisen"]

STREETS_FI = [("Mannerheimintie", "00250", "Helsinki"), ("Fleminginkatu", "00510", "Helsinki"),
              ("Mechelininkatu", "00100", "Helsinki"), ("Runeberginkatu", "00260", "Helsinki"),
              ("Hämeentie", "00530", "Helsinki"), ("Lauttasaarentie", "00200", "Helsinki"),
              ("Mäkelänkatu", "00510", "Helsinki"), ("Kallvikintie", "00980", "Helsinki"),
              ("Leppävaarankatu", "02600", "Espoo"), ("Länsituulentie", "02100", "Espoo"),
              ("Matinkatu", "02230", "Espoo"), ("Piispansilta", "02230", "Espoo"),
              ("Tikkurilantie", "01300", "Vantaa"), ("Peltolantie", "01300", "Vantaa"),
              ("Hakunilantie", "01200", "Vantaa"), ("Martinlaaksontie", "01620", "Vantaa")]
STREETS_SV = [("Mannerheimvägen", "00250", "Helsingfors"), ("Flemingsgatan", "00510", "Helsingfors"),
              ("Mechelingatan", "00100", "Helsingfors"), ("Runebergsgatan", "00260", "Helsingfors"),
              ("Tavastvägen", "00530", "Helsingfors"), ("Drumsövägen", "00200", "Helsingfors"),
              ("Albertsgatan", "00120", "Helsingfors"), ("Brunnsgatan", "00100", "Helsingfors"),
              ("Västanvindsvägen", "02100", "Esbo"), ("Österleden", "02100", "Esbo"),
              ("Dickursbyvägen", "01300", "Vanda"), ("Håkansbölevägen", "01200", "Vanda")]
PARKS = ["Sibeliuksen puisto", "Alppipuisto", "Kaivopuisto", "Hesperian puisto", "Topeliuksen puisto",
         "Sinebrychoffin puisto", "Karhupuisto", "Esplanadin puisto"]
PARKS_SV = ["Sibeliusparken", "Alphyddans park", "Brunnsparken", "Hesperiaparken", "Topeliusparken",
            "Sinebrychoffs park", "Björnparken", "Tjärholmen"]
PARKS_EN = ["Sibelius Park", "Alppila Park", "Kaivopuisto Park", "Hesperia Park", "Esplanadi Park",
            "Sinebrychoff Park", "Central Park", "Töölönlahti Bay Park"]
FAMOUS = ["Jean Sibelius", "Tove Jansson", "Alvar Aalto", "Paavo Nurmi", "Kimi Räikkönen", "Sanna Marin",
          "Eliel Saarinen", "Helene Schjerfbeck", "Linus Torvalds", "Teemu Selänne"]
BRANDS = ["Stockmann", "Fazer", "Alepa", "K-Citymarket", "S-market", "Lidl", "Hartwall Areena", "Sokos",
          "Kone", "Marimekko"]


def _fold(s):
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("é", "e"), ("á", "a"), ("Ä", "A"), ("Ö", "O"),
                 ("Å", "A"), ("í", "i")):
        s = s.replace(a, b)
    return s


def _hetu(rng):
    year = rng.randint(1932, 2008)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    n = rng.randint(2, 899)
    six = f"{day:02d}{month:02d}{year % 100:02d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(six + f"{n:03d}") % 31]
    return f"{six}{'-' if year < 2000 else 'A'}{n:03d}{check}"


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = "".join(str(int(c, 36)) for c in bban + "FI00")
    full = f"FI{98 - int(num) % 97:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def _phone(rng, lang):
    pre = rng.choice(["40", "41", "44", "45", "50", "46"])
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(100, 999)
    forms = [f"0{pre} {a} {b}{str(c)[:2]}", f"0{pre}{a}{b}{c}"[:10], f"0{pre}-{a} {b}{str(c)[:2]}",
             f"+358 {pre} {a} {b}{str(c)[:2]}", f"+358{pre}{a}{b}{str(c)[:2]}",
             f"+358 (0){pre} {a} {b}{str(c)[:2]}", f"0{pre} {str(a)[:2]} {str(a)[2]}{b} {c}",
             f"09 {a} {b}{str(c)[:2]}", f"(09) {a} {c}", f"+358 9 {a} {b}{str(c)[0]}"]
    return rng.choice(forms)


def _plate(rng):
    letters = "ABCDEFGHIJKLMNOPRSTUVXYZ"
    p = "".join(rng.choice(letters) for _ in range(rng.choice([2, 3, 3, 3])))
    p += "-" + str(rng.randint(1, 999))
    r = rng.random()
    if r < 0.2:
        return p.lower()
    if r < 0.3:
        return p.replace("-", "")
    return p


def _ip(rng):
    if rng.random() < 0.2:
        return f"2001:14ba:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x100, 0xffff):x}::{rng.randint(1, 0xfff):x}"
    first = rng.choice([62, 80, 83, 84, 85, 87, 88, 91, 94, 176, 193, 195, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _name(rng, lang, style=None):
    pool = {"fi": (FI_FIRST, FI_LAST), "sv": (SV_FIRST, SV_LAST), "en": (INTL_FIRST, INTL_LAST)}[lang]
    if rng.random() < 0.25:  # mix origins: Helsinki is not monolingual
        pool = rng.choice([(FI_FIRST, FI_LAST), (SV_FIRST, SV_LAST), (INTL_FIRST, INTL_LAST)])
    first, last = rng.choice(pool[0]), rng.choice(pool[1])
    style = style or rng.choice(["full", "full", "full", "first", "initial", "upper", "lower", "nick"])
    if style == "full":
        return f"{first} {last}"
    if style == "first":
        return first
    if style == "initial":
        return f"{first[0]}. {last}"
    if style == "upper":
        return f"{first} {last}".upper()
    if style == "lower":
        return f"{first} {last}".lower()
    return rng.choice(NICKS)


def _email(rng, name=None):
    if name is None or " " not in name or "." in name:
        first = rng.choice(FI_FIRST + SV_FIRST + INTL_FIRST)
        last = rng.choice(FI_LAST + SV_LAST + INTL_LAST)
    else:
        first, last = name.split(" ", 1)
    first, last = _fold(first.lower()), _fold(last.lower().replace(" ", ""))
    local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}.{last}",
                        f"{first}_{last[:3]}", f"{last}.{first}"])
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "elisanet.fi", "kolumbus.fi",
                      "luukku.com", "welho.com", "iki.fi", "protonmail.com", "saunalahti.fi"])
    r = rng.random()
    if r < 0.12:
        return f"{local} at {dom.replace('.', ' dot ')}"
    if r < 0.24:
        return f"{local}(at){dom}"
    return f"{local}@{dom}"


def _addr(rng, lang):
    street, postal, city = rng.choice(STREETS_SV if lang == "sv" else STREETS_FI)
    n = rng.randint(1, 140)
    r = rng.random()
    if r < 0.2:
        num = f"{n}"
    elif r < 0.35:
        num = f"{n} {rng.choice('ABCD')}"
    elif r < 0.5:
        num = f"{n} {rng.choice('abcd')} {rng.randint(1, 80)}"
    elif r < 0.6:
        num = f"{n} as {rng.randint(1, 40)}"
    else:
        num = f"{n} {rng.choice('ABCDEF')} {rng.randint(1, 99)}"
    return f"{street} {num}", postal, city


def _m(label, text):
    return f"[[{label}:{text}]]"


def _contact(rng, lang, name=None):
    """Phone or e-mail (sometimes both), marked; the e-mail usually follows the writer's name."""
    if name is not None and rng.random() < 0.35:
        name = None
    r = rng.random()
    if r < 0.45:
        return _m("T", _phone(rng, lang))
    if r < 0.8:
        return _m("E", _email(rng, name))
    return _m("T", _phone(rng, lang)) + ", " + _m("E", _email(rng, name))


ISSUES = {
    "fi": ["Katuvalo on rikki", "Roska-astiat on tyhjentämättä", "Jalkakäytävällä on iso kuoppa",
           "Pihalle on jätetty huonekaluja", "Leikkipuiston liukumäki on rikki", "Ei ole hiekoitettu, tosi liukasta",
           "Portin valot ei toimi", "Rappukäytävässä haisee viemäri", "Lumikasa peittää suojatien"],
    "sv": ["Gatlyktan är trasig", "Soptunnorna har inte tömts", "Det finns ett stort hål i trottoaren",
           "Någon har lämnat möbler på gården", "Rutschkanan i lekparken är trasig", "Ingen sandning, jättehalt",
           "Belysningen vid porten fungerar inte", "Det luktar avlopp i trappan", "En snöhög täcker övergångsstället"],
    "en": ["The street light is broken", "The bins haven't been emptied", "There's a huge pothole in the pavement",
           "Someone dumped furniture in the yard", "The slide in the playground is broken",
           "No gravel on the ice, super slippery", "The lights at the gate don't work",
           "The stairwell smells of sewage", "A snow pile blocks the zebra crossing"],
}
SIGN = {"fi": ["t.", "terv.", "Ystävällisin terveisin", "-", "Kiitos,"],
        "sv": ["Mvh", "Hälsningar", "/", "Tack på förhand,", "mvh"],
        "en": ["Thanks,", "Regards,", "-", "Cheers,", "Best,"]}


def _open311_pos(rng, lang):
    name = _name(rng, lang)
    issue = rng.choice(ISSUES[lang])
    addr, postal, city = _addr(rng, lang)
    k = rng.randrange(4)
    if lang == "fi":
        if k == 0:
            return f"{issue} osoitteessa {_m('A', addr)}, {postal} {city}. {rng.choice(SIGN['fi'])} {_m('P', name)} {_contact(rng, lang, name)}"
        if k == 1:
            return f"Väärin pysäköity auto talon {_m('A', addr)} edessä jo kolmatta päivää, {rng.choice(['rekkari', 'rek.nro', 'rekisterinumero', 'kilvet'])} {_m('R', _plate(rng))}. Ilmoittaja {_m('P', name)}"
        if k == 2:
            return f"{issue.lower()} meidän talon kohdalla. asun {_m('A', addr)}. pyysitte tunnistautumaan, hetu {_m('H', _hetu(rng))}, {_m('P', name)}"
        return f"Palaute ei mennyt läpi, sivu näytti IP:n {_m('IP', _ip(rng))}. Asia: {issue.lower()}, {_m('A', addr)}. {_m('P', name)}, {_contact(rng, lang, name)}"
    if lang == "sv":
        if k == 0:
            return f"{issue} vid {_m('A', addr)}, {postal} {city}. {rng.choice(SIGN['sv'])} {_m('P', name)} {_contact(rng, lang, name)}"
        if k == 1:
            return f"Felparkerad bil utanför {_m('A', addr)} sedan i måndags, {rng.choice(['reg.nr', 'registreringsnummer', 'regnummer', 'skylt'])} {_m('R', _plate(rng))}. Anmälare {_m('P', name)}"
        if k == 2:
            return f"{issue} och min cykel skadades på grund av det. Ersättningen kan betalas till konto {_m('I', _iban(rng))}. {_m('P', name)}, {_m('A', addr)}"
        return f"hej, {issue.lower()} här vid oss på {_m('A', addr)}. ring {_m('P', _name(rng, lang, rng.choice(['first', 'nick'])))} {_m('T', _phone(rng, lang))}"
    if k == 0:
        return f"{issue} at {_m('A', addr)}, {postal} {city}. {rng.choice(SIGN['en'])} {_m('P', name)} {_contact(rng, lang, name)}"
    if k == 1:
        return f"Car parked on the pavement outside {_m('A', addr)} for days now, {rng.choice(['plate', 'licence plate', 'reg', 'registration'])} {_m('R', _plate(rng))}. Reported by {_m('P', name)}"
    if k == 2:
        return f"{issue} and my bike got damaged because of it. Compensation please, IBAN {_m('I', _iban(rng))}, {_m('P', name)}, {_m('A', addr)}"
    return f"the form kept failing (IP {_m('IP', _ip(rng))}) so trying again: {issue.lower()} outside {_m('A', addr)}. {_m('P', name)}"


def _open311_neg(rng, lang):
    pool = STREETS_SV if lang == "sv" else STREETS_FI
    s1, postal, city = rng.choice(pool)
    s2 = rng.choice([s for s, _, c in pool if c == city and s != s1])
    park_issue = rng.choice([0, 1, 4, 5])
    ref = f"HEL-{rng.choice([2024, 2025])}-{rng.randint(1000, 99999):06d}"
    bus = rng.choice(["55", "23N", "70", "561", "14", "7", "4", "110T", "9"])
    t = f"{rng.randint(6, 22)}.{rng.choice(['00', '15', '30', '45'])}"
    k = rng.randrange(4)
    if lang == "fi":
        return [f"Paikka: {s1} / {s2}, {postal} {city}. {rng.choice(ISSUES['fi'])}. Viite {ref}.",
                f"Linja {bus} myöhästyi taas klo {t}, {rng.randint(10, 40)} min. Pysäkillä ({s1}) oli ihan täyttä.",
                f"{rng.choice(PARKS)}: {ISSUES['fi'][park_issue].lower()}. Kävin katsomassa {rng.randint(1, 28)}.{rng.randint(1, 12)}. klo {t}.",
                f"{rng.choice(BRANDS)}: pyörätelineet täynnä hylättyjä pyöriä ({s1}), ainakin {rng.randint(5, 30)} kpl."][k]
    if lang == "sv":
        return [f"Plats: {s1} / {s2}, {postal} {city}. {rng.choice(ISSUES['sv'])}. Ärende {ref}.",
                f"Linje {bus} var {rng.randint(10, 40)} min försenad kl {t}. Hållplatsen vid {s1} var full.",
                f"{rng.choice(PARKS_SV)}: {ISSUES['sv'][park_issue].lower()}. Jag såg det {rng.randint(1, 28)}.{rng.randint(1, 12)} kl {t}.",
                f"Utanför {rng.choice(BRANDS)} på {s1} står cykelställen fulla av övergivna cyklar, minst {rng.randint(5, 30)} st."][k]
    return [f"Location: {s1} / {s2}, {postal} {city}. {rng.choice(ISSUES['en'])}. Ref {ref}.",
            f"Bus {bus} was {rng.randint(10, 40)} min late again at {t}. The stop on {s1} was packed.",
            f"{rng.choice(PARKS_EN)}: {ISSUES['en'][park_issue].lower()}. Saw it on {rng.randint(1, 28)}.{rng.randint(1, 12)}. at {t}.",
            f"Outside {rng.choice(BRANDS)} on {s1} the bike racks are full of abandoned bikes, at least {rng.randint(5, 30)}."][k]


def _kerro_pos(rng, lang):
    other, me = _name(rng, lang, rng.choice(["full", "first", "lower", "initial"])), _name(rng, lang)
    first = _name(rng, lang, "first")
    addr = _addr(rng, lang)[0]
    k = rng.randrange(4)
    if k == 3:
        ip = _m("IP", _ip(rng))
        return {"fi": f"Kommentointi ei onnistu, sivu väittää että osoitteesta {ip} on lähetetty liikaa viestejä. {_m('P', me)}",
                "sv": f"Kan inte kommentera, sidan säger att {ip} är spärrad. Vad gör jag? /{_m('P', me)}",
                "en": f"Can't post my comment, the page says too many requests from {ip}. {_m('P', me)}"}[lang]
    if lang == "fi":
        return [f"Vastaus {_m('P', other)}: olen eri mieltä, lisärakentaminen on tarpeen. -{_m('P', me)}",
                f"Asun osoitteessa {_m('A', addr)} ja vastustan kaavaa, varjostus ja liikenne lisääntyvät. {_m('P', me)}",
                f"Olen samaa mieltä kuin {_m('P', rng.choice(FI_GEN))} kommentissa. Yhteys {_contact(rng, lang)}"][k]
    if lang == "sv":
        return [f"Svar till {_m('P', other)}: jag håller inte med, staden behöver fler bostäder. /{_m('P', me)}",
                f"Jag bor på {_m('A', addr)} och motsätter mig planen, den ger skugga och mer trafik. {_m('P', me)}",
                f"Jag håller med {_m('P', first + ('' if first.endswith('s') else 's'))} kommentar. Kontakt {_contact(rng, lang)}"][k]
    return [f"Replying to {_m('P', other)}: I disagree, the city needs more housing. — {_m('P', me)}",
            f"I live at {_m('A', addr)} and I oppose this plan, more shade and more traffic. {_m('P', me)}",
            f"Agree with {_m('P', first + chr(39) + 's')} comment. You can reach me at {_contact(rng, lang)}"][k]


def _kerro_neg(rng, lang):
    year = rng.randint(2026, 2040)
    homes = rng.randint(3, 60) * 100
    f = rng.choice(FAMOUS)
    if lang == "fi":
        return rng.choice([f"Kaava tuo {homes} asukasta vuoteen {year} mennessä, mutta koulut ovat jo täynnä. Liikenneselvitys on puutteellinen.",
                           f"{f} olisi tuskin hyväksynyt tällaista rakentamista {rng.choice(PARKS)}n viereen.",
                           f"Kannatan suunnitelmaa. {rng.choice(STREETS_FI)[0]} tarvitsee puita ja leveämmät jalkakäytävät."])
    if lang == "sv":
        return rng.choice([f"Planen ger {homes} nya invånare till år {year}, men skolorna är redan fulla.",
                           f"{f} skulle knappast ha gillat det här bygget intill {rng.choice(PARKS_SV)}.",
                           f"Jag stöder planen. {rng.choice(STREETS_SV)[0]} behöver träd och bredare trottoarer."])
    return rng.choice([f"The plan adds {homes} residents by {year} but the schools are already full.",
                       f"{f} would hardly have approved building right next to {rng.choice(PARKS_EN)}.",
                       f"I support the plan. {rng.choice(STREETS_FI)[0]} needs trees and wider pavements."])


IDEAS = {"fi": ["ulkokuntosali", "koirapuisto", "katettu leikkipaikka", "pyöränkorjauspiste", "talviuintipaikka"],
         "sv": ["utegym", "hundpark", "lekpark med tak", "cykelreparationsställe", "vinterbadplats"],
         "en": ["outdoor gym", "dog park", "covered playground", "bike repair stand", "winter swimming spot"]}
AREAS = ["Kontula", "Malmi", "Pasila", "Vuosaari", "Kannelmäki", "Herttoniemi", "Maunula", "Lauttasaari"]


def _oma_pos(rng, lang):
    name = _name(rng, lang)
    idea, area = rng.choice(IDEAS[lang]), rng.choice(AREAS)
    k = rng.randrange(4)
    if k == 3:
        ip = _m("IP", _ip(rng))
        return {"fi": f"Ääni ei tallennu, virheviesti: 'duplicate vote from {ip}'. Äänestin vain kerran! {_m('P', name)}",
                "sv": f"Min röst registrerades inte, felmeddelandet visar {ip}. /{_m('P', name)}",
                "en": f"My vote didn't register, error says 'duplicate vote from {ip}'. I only voted once! {_m('P', name)}"}[lang]
    if lang == "fi":
        return [f"Ehdotus: {idea} ({area}). Ehdottaja {_m('P', name)}, {_contact(rng, lang, name)}",
                f"Kannatan! t. {_m('P', name)} naapurista, {_m('A', _addr(rng, lang)[0])}",
                f"Tämä on {_m('P', rng.choice(FI_GEN))} ehdotus, kysykää häneltä: {_contact(rng, lang)}"][k]
    if lang == "sv":
        return [f"Förslag: {idea} i {area}. Förslagsställare {_m('P', name)}, {_contact(rng, lang, name)}",
                f"Röstar för! /{_m('P', name)}, granne, {_m('A', _addr(rng, lang)[0])}",
                f"Kontakta {_m('P', name)} om förslaget: {_contact(rng, lang)}"][k]
    return [f"Proposal: {idea} in {area}. Proposer {_m('P', name)}, {_contact(rng, lang, name)}",
            f"Voted for this! - {_m('P', name)}, living nearby at {_m('A', _addr(rng, lang)[0])}",
            f"Contact {_m('P', name)} about this one: {_contact(rng, lang)}"][k]


def _oma_neg(rng, lang):
    idea, area = rng.choice(IDEAS[lang]), rng.choice(AREAS)
    cost = rng.randint(2, 90) * 1000
    num = rng.randint(100, 2400)
    if lang == "fi":
        return rng.choice([f"Ehdotus #{num}: {idea}, {area}. Kustannusarvio {cost} €. Yhdistetty ehdotukseen #{num + 7}.",
                           f"Kannatan! {idea} ({area}) olisi tosi tarpeen, ääni annettu 👍",
                           f"Toteutus {rng.choice(['keväällä', 'syksyllä'])} {rng.randint(2026, 2028)}, budjetti {cost} €."])
    if lang == "sv":
        return rng.choice([f"Förslag #{num}: {idea}, {area}. Kostnad {cost} €. Kombinerat med #{num + 7}.",
                           f"Röstade för {idea} i {area}! 👍",
                           f"Genomförs {rng.choice(['våren', 'hösten'])} {rng.randint(2026, 2028)}, budget {cost} €."])
    return rng.choice([f"Proposal #{num}: {idea}, {area}. Cost estimate {cost} €. Merged with #{num + 7}.",
                       f"Voted for the {idea} in {area}! 👍",
                       f"To be built in {rng.choice(['spring', 'autumn'])} {rng.randint(2026, 2028)}, budget {cost} €."])


ROOMS = ["Oodi ryhmätila Kuusi", "Kallion kirjasto, kokoushuone", "Maunulatalo sali", "Vuotalo studio",
         "Kanneltalo musiikkihuone", "Stoa auditorio", "Tapiolan kirjasto Pajahuone", "Tikkurilan kirjasto Sali"]


def _varaamo_pos(rng, lang):
    booker, picker = _name(rng, lang), _name(rng, lang, rng.choice(["first", "nick", "lower", "full"]))
    room = rng.choice(ROOMS)
    d = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}."
    k = rng.randrange(5)
    if k == 4:
        plate = _m("R", _plate(rng))
        return {"fi": f"{room} {d} Tuomme kamat pakulla, {rng.choice(['rekkari', 'rek.nro'])} {plate}, saako pihaan ajaa? {_m('P', booker)}",
                "sv": f"{room} {d} Vi kommer med paketbil, {rng.choice(['reg.nr', 'registreringsnummer'])} {plate}, får vi köra in på gården? {_m('P', booker)}",
                "en": f"{room} {d} We'll bring the gear in a van, {rng.choice(['plate', 'reg'])} {plate}, ok to drive into the yard? {_m('P', booker)}"}[lang]
    if lang == "fi":
        return [f"Varaaja {_m('P', booker)}, {room} {d} Avaimet hakee {_m('P', picker)}, puh. {_m('T', _phone(rng, lang))}",
                f"Laskutus: {_m('P', booker)}, {_m('A', _addr(rng, lang)[0])}. Hetu {_m('H', _hetu(rng))}",
                f"Takuumaksun palautus tilille {_m('I', _iban(rng))} ({_m('P', booker)})",
                f"Varaus {_m('P', rng.choice(FI_GEN))} puolesta, yhteys {_contact(rng, lang)}"][k]
    if lang == "sv":
        return [f"Bokare {_m('P', booker)}, {room} {d} Nyckeln hämtas av {_m('P', picker)}, tel. {_m('T', _phone(rng, lang))}",
                f"Faktura: {_m('P', booker)}, {_m('A', _addr(rng, lang)[0])}. Personbeteckning {_m('H', _hetu(rng))}",
                f"Depositionen tillbaka till {_m('I', _iban(rng))}, kontoinnehavare {_m('P', booker)}",
                f"Bokat för {_m('P', picker + ('' if picker.endswith('s') else 's'))} räkning, kontakt {_contact(rng, lang)}"][k]
    return [f"Booked by {_m('P', booker)}, {room} {d} Keys picked up by {_m('P', picker)}, tel. {_m('T', _phone(rng, lang))}",
            f"Invoice: {_m('P', booker)}, {_m('A', _addr(rng, lang)[0])}. ID code {_m('H', _hetu(rng))}",
            f"Deposit back to {_m('I', _iban(rng))}, account holder {_m('P', booker)}",
            f"Booking on behalf of {_m('P', picker)}, contact {_contact(rng, lang)}"][k]


def _varaamo_neg(rng, lang):
    room = rng.choice(ROOMS)
    h = rng.randint(8, 19)
    span = f"{h}–{h + rng.randint(1, 3)}"
    n = rng.randint(3, 40)
    if lang == "fi":
        return rng.choice([f"{room}, {span}, {n} henkeä. Tarvitaan videotykki ja kahvinkeitin.",
                           f"Varausnumero V-{rng.randint(100000, 999999)}. Siivoamme jälkeemme.",
                           f"Kerhon tapaaminen joka toinen tiistai klo {span}, {room}."])
    if lang == "sv":
        return rng.choice([f"{room}, kl {span}, {n} personer. Vi behöver projektor och kaffekokare.",
                           f"Bokningsnummer V-{rng.randint(100000, 999999)}. Vi städar efter oss.",
                           f"Klubbträff varannan tisdag kl {span}, {room}."])
    return rng.choice([f"{room}, {span}, {n} people. We need a projector and a coffee maker.",
                       f"Booking number V-{rng.randint(100000, 999999)}. We'll clean up after ourselves.",
                       f"Club meeting every other Tuesday {span}, {room}."])


# (generator, lang, how many)
QUOTAS = [
    (_open311_pos, "fi", 4), (_open311_neg, "fi", 3), (_open311_pos, "sv", 5), (_open311_neg, "sv", 3),
    (_open311_pos, "en", 5), (_open311_neg, "en", 3),
    (_kerro_pos, "fi", 2), (_kerro_neg, "fi", 2), (_kerro_pos, "sv", 3), (_kerro_neg, "sv", 2),
    (_kerro_pos, "en", 3), (_kerro_neg, "en", 2),
    (_oma_pos, "fi", 2), (_oma_neg, "fi", 2), (_oma_pos, "sv", 3), (_oma_neg, "sv", 2),
    (_oma_pos, "en", 2), (_oma_neg, "en", 2),
    (_varaamo_pos, "fi", 2), (_varaamo_neg, "fi", 2), (_varaamo_pos, "sv", 3), (_varaamo_neg, "sv", 2),
    (_varaamo_pos, "en", 3), (_varaamo_neg, "en", 2),
]


def _base_records(rng):
    out = list(OPEN311_HAND) + list(KERROKANTASI_HAND) + list(OMASTADI_HAND) + list(VARAAMO_HAND) + list(EXTRA_HAND)
    seen = {t for _, t in out}
    for gen, lang, count in QUOTAS:
        made = 0
        while made < count:
            text = gen(rng, lang)
            if text in seen:
                continue
            seen.add(text)
            out.append((lang, text))
            made += 1
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------------------------------------
# A last handful written by hand (more plates, HETUs, IBANs and IPs, plus negatives to keep the third)
# ---------------------------------------------------------------------------------------------------------
LAST_HAND = [
    ("sv", "Min bil ([[R:FOX-311]]) blev bortbogserad från Brunnsgatan trots att skylten var täckt av snö. Jag "
           "kräver att avgiften på 180 € återbetalas till [[I:FI03 6709 1523 3888 29]]. [[P:Henrik Lassas]], "
           "personbeteckning [[H:080860-818F]]"),
    ("en", "My comment was removed as spam?? The email says it was flagged because of 'repeated posts from "
           "[[IP:85.76.140.22]]' but that's the whole student housing network at [[A:Servin Maijan tie 10 D 4]], "
           "half of Otaniemi posts from there. Please restore it. [[P:Aleksandra Nowicka]]"),
    ("fi", "Sali 14.3. klo 12–16, sukujuhlat: mummon 102-vuotissynttärit! Laskun maksaja [[P:Raili Hakkarainen]] "
           "itse, hetu [[H:240624-440P]] (hän halusi ehdottomasti maksaa itse 😊). Yhteyshenkilö lapsenlapsi "
           "[[P:Niina]] [[T:050 772 6180]]"),
    ("en", "the same black bmw (reg [[R:lpt-9]]) is doing donuts in the Kivikko sports park parking lot every "
           "Friday night around 23.00. someone is going to get killed"),
    ("sv", "Jag har fått en faktura för parkeringstillstånd till [[A:Albertsgatan 38]] fast jag bor på "
           "[[A:Albertsgatan 33 C 40]]. Betalade den ändå av misstag, återbetalning till mitt svenska konto "
           "[[I:SE45 5000 0000 0583 9825 7466]]. Mvh [[P:Lotta Sundberg]]"),
    ("fi", "Sähköposti ei mene teille perille, viesti palautui ja siinä luki 'blocked [[IP:62.78.191.130]]'. "
           "Vastatkaa tänne: [[E:kalle.o.makinen(a)gmail.com]]. [[P:Kalle Mäkinen]]"),
    ("en", "Deposit 50 € was paid from my partner's account [[I:FI79 6414 8126 0189 65]] "
           "([[P:Sofia Andersson-Rahimi]]), so refund there pls"),
    ("fi", "Pysäköintipaikkojen vähentäminen Kallvikintiellä on virhe. Jo nyt joku ajaa joka yö meidän pihaan, "
           "rekisterinumero [[R:MKV-207]], ja jättää auton pelastustielle. [[P:Ari-Pekka]]"),
    ("sv", "Buss 561 kör via Ring I, inte via Hagalund. Rätta tidtabellen vid hållplatsen Tapiola station, "
           "avgången kl 00.15 saknas."),
    ("en", "Paid 12,50 € for parking at Tapiola on 4.12., receipt number 0045-2291-77. The machine said "
           "'error 3' but charged me anyway."),
    ("fi", "Martti Ahtisaaren puistossa ei ole yhtään roska-astiaa. Entä Urho Kekkosen kadun kulmalla?"),
    ("en", "The Victor Hugo quote on the Kalasatama wall has a typo. Minor, but tourists photograph it every "
           "day."),
]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = _base_records(rng)
    for item in LAST_HAND:
        out.insert(rng.randrange(len(out) + 1), item)
    return out
