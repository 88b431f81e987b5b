"""Blind evaluation block 50 for the personal-data scrubber.

Written by helper "outsider 50" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file, or
/work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber and did not run any
evaluation. The texts come only from the brief and my own knowledge of how residents write.

Focus: Kerrokantasi hearing comments and OmaStadi proposal threads; Finnish 60 %, Swedish 20 %, English 20 %.
Residents answer each other by name, quote each other, and name neighbours, children, teachers, coaches and
officials of their own associations, with names in every grammatical case and position (sentence starts without
any cue, lists, brackets, after "kuten"/"som"/"as", before "mukaan"/after "enligt"/"according to"). Hard
negatives: parks, streets, schools and buildings named after people, famous people, organisations, and words
that are also first names used as ordinary words (Toivo, Onni, Rauha, Usko, Björn, Bo, Ask, Will, Grace, Bill...).
A few phones, e-mails and street addresses are included.

Seed: 5050 (random.Random(SEED) is used only by the small generators at the end of the file).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels:
- P: a person's name (first name, surname, full name, nickname, initials joined to a name; any case; English
  possessive 's and Swedish genitive -s inside the span; Finnish case endings inside the span, e.g.
  [[P:Mikolle]], [[P:Virtasen]]). Role words and titles (Mr., Ms., rouva, naapuri, rektor, Dr.) stay OUTSIDE.
- E: e-mail address. T: phone number (whole number, country code included). H: Finnish personal identity code
  (HETU). I: IBAN or bank account number. R: vehicle licence plate. IP: IP address.
- A: a street address WITH a house number (street + number + staircase + flat); postal code and city stay
  outside. A street name without a number is not marked.
Famous people (presidents, artists, athletes) and names of streets/parks/buildings/brands are NOT marked.
"""

import random

SEED = 5050

# ---------------------------------------------------------------- Finnish, hand-written (part 1)
HAND_FI_1 = [
    ("fi", "Olen samaa mieltä kuin [[P:Pirjo]] yllä, Kivikon liikuntapuiston valaistus pitää korjata ennen kuin pimeät illat alkaa."),
    ("fi", "[[P:Mikko]] on oikeassa siinä että pyörätie loppuu kesken Mannerheimintiellä, mutta bussikaistasta en ole samaa mieltä."),
    ("fi", "Vastaus käyttäjälle [[P:Hannele K.]]: ei se puisto ole mikään ”tyhjä tontti”, meidän lapset [[P:Oona]] ja [[P:Eetu]] pelaa siellä joka ilta."),
    ("fi", "Kuten [[P:Juha Lehtonen]] jo edellisessä kommentissa kirjoitti, Malminkartanon kirjaston aukioloaikoja ei saa lyhentää."),
    ("fi", "[[P:Virtasen]] ehdotus on hyvä mutta kuka tätä ylläpitää talvella? Meidän taloyhtiön huoltomies [[P:Reijo]] ei ainakaan ehdi."),
    ("fi", "Sibeliuksen puiston rantaan tarvitaan lisää roska-astioita, varsinkin kesäviikonloppuisin ne ovat täynnä jo klo 14 mennessä."),
    ("fi", "Aleksis Kiven kadulla ja Topeliuksenkadulla on samat ongelmat: autot pysäköivät suojateille. Ehdotan pollareita molempiin."),
    ("fi", "Kiitos [[P:Sannalle]] ja [[P:Timolle]] kun jaksoitte kerätä nimiä! Kerhon valmentaja [[P:Ari Mäkinen]] lupasi tulla kertomaan ehdotuksesta vanhempainiltaan."),
    ("fi", "Tämä on jatkoa [[P:Eevan]] ehdotukselle. Yhdistettiin ehdotukset ”Lisää penkkejä Käpylään” ja ”Katos Käpylän torille”, yhteyshenkilö [[P:Eeva Salminen]], [[E:eeva.salminen@kolumbus.fi]]."),
    ("fi", "Toivo on, että kaupunki vihdoin kunnostaa Paavo Nurmen tien varren kuntoradan. Onni olisi, jos valaistus toimisi myös sunnuntaisin."),
    ("fi", "Rehtori [[P:Kaisa Laaksonen]] kertoi vanhempainillassa, että Aurinkolahden peruskoulun piha remontoidaan vasta 2028. Liian myöhään!"),
    ("fi", "Opettajaltamme [[P:Tuomakselta]] tuli idea ulko-oppimisympäristöstä. Hän on valmis vetämään hanketta, jos se voittaa äänestyksen."),
    ("fi", "Minä ja naapurini [[P:Raili]] ([[P:Raili Nieminen]], [[A:Kontulantie 5]]) olemme käyttäneet tätä reittiä 30 vuotta."),
    ("fi", "Helsingin kaupungin mukaan hanke on budjetoitu vuodelle 2027. HSL:n mukaan linja 55 jatkuu ennallaan."),
    ("fi", "[[P:Pekan]] mukaan koirapuiston aita on rikki jo kolmatta kuukautta. Kävin katsomassa itse, totta on."),
    ("fi", "Ehdottaja: [[P:Marjatta Hämäläinen]]\nYhteystiedot: [[T:040 718 2293]]\nEhdotus: Lisää istutuksia Vuosaaren metroaseman ympärille."),
    ("fi", "moi @[[P:Ville]] luin sun kommentin, mun mielestä skeittiparkki ois parempi Myllypuroon kuin Kontulaan koska siellä on jo tilaa"),
    ("fi", "> [[P:Liisa]] kirjoitti: ”Puistoon ei tarvita lisää valoja.”\nEn ymmärrä tätä. [[P:Liisa]], oletko itse kävellyt siellä marraskuussa kello 17?"),
    ("fi", "Kannatan ehdotusta. Oodin edustan pyöräpysäköinti on aivan liian pieni, Musiikkitalon puolella sama juttu."),
    ("fi", "Meidän jalkapallojaoston puheenjohtaja [[P:Jari Koskinen]] ja rahastonhoitaja [[P:Minna]] allekirjoittivat ehdotuksen. Lisätietoja [[P:Jarilta]], [[T:050 331 8842]]."),
    ("fi", "Armas kotikaupunki, miksi taas kaivetaan Fredrikinkatua? Rauha ja lepo on tästä kaupunginosasta kaukana."),
    ("fi", "Kiitos [[P:Heikki Järvinen]] hyvästä yhteenvedosta. Lisäisin vielä, että [[P:Sirkka-Liisan]] mainitsema liukkaus on ihan todellinen ongelma."),
    ("fi", "Vastaan tässä [[P:Antille]] ja [[P:Korhoselle]]: ei, kaupunki ei ole luvannut mitään, kysyin itse asukasillassa projektipäällikkö [[P:Niina Aaltoselta]]."),
    ("fi", "Mannerheimin patsaan ympäristö ja Kiasman edusta tarvitsevat paremmat opasteet turisteille. Esplanadin puistossa sama."),
    ("fi", "tyttäreni [[P:Helmi]] (8v) ja hänen kaverinsa [[P:Aada]] ja [[P:Siiri]] toivoo että leikkipuisto Lampiin tulisi köysirata"),
    ("fi", "[[P:Sari]], [[P:Kimmo]] ja [[P:Tarja]] meidän yhdistyksestä tulevat paikalle. Ilmoittautumiset [[P:Sarille]] ([[E:sari.lindholm@gmail.com]]) perjantaihin mennessä."),
    ("fi", "Ehdotus nro 1742 yhdistettiin ehdotukseen 1688. Äänestys alkaa 1.10. ja päättyy 14.10. klo 23.59."),
    ("fi", "Hyvä pointti [[P:Markukselta]]. Kuten [[P:Markus]] sanoi, kyse ei ole rahasta vaan kunnossapidosta."),
    ("fi", "Valmentajamme [[P:Petri Heikkinen]] on pyytänyt tätä kenttää jo vuosia, kysy vaikka häneltä: [[T:044 562 1190]]. Harjoitukset on nyt Ruskeasuolla."),
    ("fi", "Lumi ja jää ovat Kalliossa ongelma joka talvi. Tuuli puhaltaa Hakaniemen torilta suoraan Siltasaarenkadulle."),
    ("fi", "Olen asunut osoitteessa [[A:Kaarelantie 7 B 12]] vuodesta 1998 enkä koskaan ole nähnyt näin huonoa katuvalaistusta. t. [[P:Aulis Mattila]]"),
    ("fi", "[[P:Ritvan]] ja [[P:Ollin]] kanssa kävimme läpi kaavaluonnoksen. Meistä kerrostalot ovat liian korkeita, 8 kerrosta Maunulaan on liikaa."),
    ("fi", "Tuo mitä [[P:Kirsi Räsänen]] kirjoittaa koulun pihasta ei pidä paikkaansa, opettaja [[P:Laura]] kertoi että piha on jo suunnitteilla."),
    ("fi", "Tove Janssonin puisto on hieno, mutta sinne pitäisi saada kesällä vessat. Lenininpuistossa Alppilassa on sama ongelma."),
    ("fi", "Terveisin [[P:Matti]] ja [[P:Tiina Väisänen]], Pakilan omakotiyhdistys"),
    ("fi", "En tiedä miksi [[P:Seppo]] vastustaa tätä, hänhän itse ajaa pyörällä joka päivä. [[P:Seppo]], vastaa nyt kunnolla ☺️"),
    ("fi", "Kerhon ohjaaja [[P:Anu Virtanen]] toivoi että hänelle soitetaan mieluummin kuin laitetaan viestiä: [[T:+358 40 912 7734]]."),
    ("fi", "Kannatan! Sade tulee sisään Kontulan ostarin katoksesta, ja Lux Helsinki -tapahtuman aikaan paikka on täynnä ihmisiä."),
    ("fi", "Äitini [[P:Aino Kettunen]] on 84-vuotias ja hänelle tämä bussipysäkin siirto tarkoittaa 400 metriä lisää kävelyä. [[P:Aino]] ei pysty siihen talvella."),
    ("fi", "Veli, sisko ja äiti kaikki samaa mieltä: Pikku Huopalahden puistoon lisää valoja ja penkkejä."),
    ("fi", "Liikuntaseura Kontulan Kiri ry, yhteyshenkilö puheenjohtaja [[P:Esa Karjalainen]], [[E:pj@kontulankiri.fi]]"),
    ("fi", "[[P:Hannu]]: ”Kaupunki säästää väärästä paikasta.” [[P:Maija]]: ”Samaa mieltä, mutta mistä rahat?” Itse olen sitä mieltä että molemmat ovat oikeassa."),
    ("fi", "Muistutan että [[P:Lassen]] isä [[P:Kari Ahonen]] tarjoutui jo viime vuonna rakentamaan linnunpöntöt talkoilla. Miksei se kelvannut?"),
    ("fi", "Arabianrannan rantapuisto, Kustaa Vaasan tie ja Hämeentie: näissä kaikissa pyöräilijät ja jalankulkijat törmäilevät. Ehdotan erottelua."),
    ("fi", "ilmoittautumiset kevään talkoisiin [[P:Jonnalle]] [[T:0451234987]] tai [[P:Jannelle]] [[T:050-887 6120]], tervetuloa kaikki!"),
    ("fi", "Kirjoitin tästä jo 2024 [[P:Outi Hirvosen]] kanssa kaupunginhallitukselle, vastaus tuli apulaispormestarin toimistosta mutta mitään ei tapahtunut."),
    ("fi", "Kuten kaupunkiympäristön toimialan selvityksessä todetaan, Länsimetron jatke ei vaikuta Matinkylän liityntäliikenteeseen."),
    ("fi", "[[P:Nina]] ja [[P:Jussi]] hei, puhuitte että tekisitte yhteisen ehdotuksen. Laittakaa minutkin mukaan, [[P:Kaija]] Laajasalosta."),
    ("fi", "Koulun vanhempainyhdistyksen puolesta: [[P:Petra Lindqvist]] (pj), [[P:Janne Ojala]] (siht.), [[P:Mervi Saarinen]] (rahastonhoitaja)."),
    ("fi", "Hietaniemen hautausmaan portti Runeberginkadun päässä on ollut kiinni kolme viikkoa. Miksi?"),
]

# ---------------------------------------------------------------- Finnish, hand-written (part 2)
HAND_FI_2 = [
    ("fi", "Avaimet on [[P:Hannalla]], ja jos häntä ei tavoita niin [[P:Villeltä]] voi kysyä. Kerhotila on osoitteessa [[A:Kivikonkaari 21 C]]."),
    ("fi", "Valitsimme kokouksessa [[P:Tapion]] yhdistyksen edustajaksi tähän hankkeeseen. Luotamme [[P:Tapioon]] täysin."),
    ("fi", "Kiitos [[P:Hirvoselle]], [[P:Lammelle]] ja [[P:Pelkoselle]] sinnikkyydestä! Ilman teitä kenttä olisi yhä sorapohjainen."),
    ("fi", "Kallion kirjaston aukioloajat: ma–to 9–20, pe 9–18, la 11–17. Kesällä suljettu 24.6.–7.7."),
    ("fi", "[[P:Raimo Salo]] jo ehti sanoa tärkeimmän, mutta lisään: Itäkeskuksen uimahallin remontin aikana koululaiset pitää kuljettaa Jakomäkeen."),
    ("fi", "Minun poikani [[P:Niilo]] käy Pihlajamäen ala-asteella ja opettaja [[P:Sinikka Tuominen]] on itse sanonut että kävelyreitti on vaarallinen."),
    ("fi", "Käpylän peruskoulu, Aleksis Kiven peruskoulu ja Ressun lukio käyttävät samaa liikuntasalia. Tilaa tarvitaan lisää."),
    ("fi", "Tässä vielä [[P:Leenan]] viesti, jonka hän pyysi välittämään:\n---\nHei, olen [[P:Leena Huttunen]] Puistolasta. En pääse kokoukseen, mutta kannatan ehdotusta. Puh [[T:040 220 3391]]"),
    ("fi", "PJ [[P:Kalevi]] sanoi kokouksessa että meidän eläkeläisyhdistys ei ehdi, mutta sihteeri [[P:Irma]] ja minä kyllä ehditään."),
    ("fi", "Stockmannin ja Sokoksen välissä oleva Keskuskatu on kävelykatu, ja sen pitäisi myös pysyä sellaisena."),
    ("fi", "Mikä ihmeen ”[[P:jukka_p]]”? Oletko se sinä [[P:Jukka Partanen]] Malmilta?"),
    ("fi", "[[P:Sofian]] kommenttiin viitaten: Sofiankadulla ei ole tilaa pyöräkaistalle, joten ehdotus ei toimi."),
    ("fi", "[[P:Annan]] ehdotus on hyvä, ja Annankadulla tosiaan tarvitaan hidasteet. Lisäksi Albertinkadun risteys on vaarallinen."),
    ("fi", "Kaikki kunnia [[P:Erkille]]! Ilman häntä tätä lähiliikuntapaikkaa ei olisi Jakomäessä."),
    ("fi", "Usko on mennyt koko osallistuvaan budjetointiin. Ehdotus 2023/0412 voitti ja mitään ei ole rakennettu."),
    ("fi", "tykkäsin [[P:Jennan]] ja [[P:Mirjan]] ideasta. voitaisko tehdä niin että koululaiset maalaa seinän opettaja [[P:Pasi Rantasen]] johdolla?"),
    ("fi", "Olen [[P:Eino]] 11 v ja haluan että Mellunmäkeen tulee parkour-paikka. Äiti [[P:Johanna]] auttoi kirjoittamaan tämän."),
    ("fi", "Sisareni [[P:Marja-Leena]] asuu Maunulassa ([[A:Metsäpurontie 14 A 3]]) ja hänen mukaansa bussi 69 on aina myöhässä."),
    ("fi", "Linjat 69 ja 550 ovat myöhässä aamuisin klo 7.30–8.30. Reittiopas näyttää väärää aikaa, palautteen numero HSL-2025-88412."),
    ("fi", "Kuten [[P:Heinoset]] naapurissa jo huomasivat, työmaa on aloitettu ilman ilmoitusta."),
    ("fi", "Olin yhteydessä [[P:Pirkko Väänäseen]] kaupunkiympäristöstä ja hän lupasi selvittää asian ennen joulua."),
    ("fi", "Urho Kekkosen kadun ja Kampin keskuksen välinen alue on illalla levoton. Kamppi tarvitsee lisää valvontaa."),
    ("fi", "Merkitään pöytäkirjaan: paikalla [[P:Arja]], [[P:Reino]], [[P:Tuula]], [[P:Veikko]] ja allekirjoittanut [[P:Kirsti]]."),
    ("fi", "Lapsemme [[P:Venla]] ja [[P:Lenni]] käyvät Meilahden ala-asteella. Päiväkodin johtaja [[P:Satu Kallio]] tukee ehdotusta."),
    ("fi", "Kallion ja Alppilan välinen Alppipuisto tarvitsee lisää valoja. Linnanmäen puolella on jo hyvin."),
    ("fi", "Vastaus [[P:Rauhalle]]: ymmärrän huolesi, mutta rauha ei häiriinny yhdestä koripallokentästä."),
    ("fi", "[[P:Onnin]] kommenttiin: onni ei ole pysäköintipaikka, vaan toimiva joukkoliikenne 😄"),
    ("fi", "Kysyin asiaa valtuutettu [[P:Laura Kivelältä]] ja hänen mukaansa asia on lautakunnassa keväällä."),
    ("fi", "Tasavallan presidentti Sauli Niinistö avasi aikanaan tämän puiston, ja nyt se on rapistunut. Tarja Halosen puistossa on sama meno."),
    ("fi", "Terv. [[P:Kyllikki]] ([[T:09 752 3318]]), en käytä sähköpostia"),
    ("fi", "Jos joku haluaa liittyä, kirjoita [[P:Reetalle]] [[E:reetta.m@outlook.com]] tai tule tiistaina klo 18 Kontulan nuorisotalolle."),
    ("fi", "Ilo nähdä, että Aurinkolahden ranta on saanut uudet pukukopit. Kiitos kaupunkiympäristön toimialalle!"),
    ("fi", "Tuen [[P:Saaran]], [[P:Mikaelin]] ja [[P:Karoliinan]] kannanottoa. Vartiokylänlahti on suojeltava."),
    ("fi", "Isäni [[P:Veli-Pekka]] oli mukana perustamassa tätä venekerhoa 70-luvulla, ja nyt se halutaan siirtää. Hänen ystävänsä [[P:Hemmo]] on samaa mieltä."),
    ("fi", "Mikonkadulla, Yrjönkadulla ja Eerikinkadulla on kaikilla sama ongelma: jakeluautot seisovat pyöräkaistalla."),
    ("fi", "Eikö se ollut [[P:Kukkonen]] joka aikoinaan vastusti myös metroa? Historia toistaa itseään."),
    ("fi", "Lähettäjä: [[P:Päivi Hakala]] <[[E:paivi.hakala@elisanet.fi]]>\nAihe: VS: Kerrokantasi Meri-Rastilan kaava\n\nHei, liitän tähän [[P:Tommin]] viestin."),
    ("fi", "tässä nimilista ehdotuksen tukijoista: [[P:Nieminen Arto]], [[P:Nieminen Sirpa]], [[P:Lahtinen Jaana]], [[P:Mustonen Kari]]"),
    ("fi", "Postinumero 00940, Kontula. Kaava-alueen rajaus kulkee Kontulantien ja Ostostien välissä. Alueella asuu noin 14 000 ihmistä."),
    ("fi", "Saanko ehdottaa että [[P:Ahosen]] perhe ja [[P:Lindroosit]] hoitavat kukkapenkit kuten viime kesänä? He lupautuivat jo."),
    ("fi", "kysyin [[P:mikolta]] ja [[P:sannalta]] ja kumpikaan ei tiennyt koska kenttä jäädytetään"),
    ("fi", "[[P:Riikka Laineen]] mukaan kaupunki ei ole edes kysynyt asukkailta. Olen samaa mieltä, tämä kuuleminen tuli liian myöhään."),
    ("fi", "Ateneumin ja Amos Rexin välillä kulkee paljon turisteja, Mannerheimintien ylitys on vaarallinen. Ehdotus 0937."),
    ("fi", "Sanoin tästä jo [[P:Tuulalle]], joka on taloyhtiön hallituksessa. Hänen mukaansa isännöitsijä [[P:Rantala]] selvittää asian."),
    ("fi", "Aamu ja ilta ovat pahimmat: Kehä I:n melu kuuluu Pukinmäkeen asti. Meluaidat tarvitaan!"),
]

# ---------------------------------------------------------------- Swedish, hand-written
HAND_SV = [
    ("sv", "Jag håller med [[P:Mats]] ovan, cykelbanan på Mannerheimvägen tar slut mitt i korsningen."),
    ("sv", "Som [[P:Lena Forsström]] skrev i sin kommentar behöver Brändö fler parkbänkar vid stranden."),
    ("sv", "Enligt [[P:Johan]] har staden redan lovat att renovera plaskdammen, men ingenting har hänt."),
    ("sv", "Runebergsesplanaden och Sibeliusparken är fina men behöver fler papperskorgar på sommaren."),
    ("sv", "Vår tränare [[P:Kristian Holmberg]] i Tölö IF har frågat efter en konstgräsplan i flera år. Ring honom gärna: [[T:050 448 2017]]."),
    ("sv", "Svar till [[P:Ulla-Britt]]: nej, det är inte staden som ska betala, det är föreningen."),
    ("sv", "Mina barn [[P:Elsa]] och [[P:Vilgot]] går i Kottby lågstadieskola och läraren [[P:Annika]] säger att skolgården är för liten."),
    ("sv", "Mattlidens skola, Tölö gymnasium och Gymnasiet Lärkan delar på samma idrottshall. Det räcker inte."),
    ("sv", "[[P:Birgittas]] förslag är bra men vem sköter det på vintern? Fastighetsskötaren [[P:Roger]] hinner inte."),
    ("sv", "Kontaktperson: [[P:Camilla Lindroos]], [[E:camilla.lindroos@gmail.com]], tfn [[T:+358 44 531 2280]]"),
    ("sv", "Björn och räv har setts i Centralparken nära Brunakärr. Det är inte farligt men bra att veta."),
    ("sv", "Tack [[P:Pia]] och [[P:Henrik]] för att ni samlade underskrifter! Ordförande [[P:Gunilla Sundström]] skickar in förslaget på måndag."),
    ("sv", "> [[P:Stefan]] skrev: ”Ingen använder den här parken.”\nDet stämmer inte, [[P:Stefan]]. Vi är där varje dag med hunden Sixten."),
    ("sv", "Jag bor på [[A:Drumsöleden 8 A 5]] och bullret från bygget börjar kl 6.30. Hälsningar [[P:Marianne]]"),
    ("sv", "Enligt staden börjar bygget 2027. Enligt HRT blir linje 20 kvar som den är."),
    ("sv", "Som min granne [[P:Göran Ek]] påpekade på invånarmötet saknas det belysning vid Degerö kanal."),
    ("sv", "[[P:Nilssons]] på andra sidan gatan har samma problem med dagvattnet, så det är inte bara vårt hus."),
    ("sv", "Linnea och viol blommar i rabatterna vid Kajsaniemi botaniska trädgård. Låt dem vara kvar!"),
    ("sv", "Hej @[[P:Fredrik]], jag tror du missförstått. Planen gäller bara kvarteret vid Hertonäs metrostation."),
    ("sv", "Scoutkåren i Munksnäs: ledarna [[P:Ebba]], [[P:Oskar]] och [[P:Tove Sjöberg]] står bakom förslaget."),
    ("sv", "Tove Janssons park i Skatudden borde få en lekplats. Det skulle passa bra med Mumintemat."),
    ("sv", "Ring mig hellre än mejla, [[T:09 685 2241]], [[P:Kerstin Åberg]] i Kårböle"),
    ("sv", "Jag pratade med rektor [[P:Håkan Lindblad]] och han stöder förslaget om en skolträdgård."),
    ("sv", "[[P:Anders]] har rätt. [[P:Eva]] också. Båda förslagen kan kombineras."),
    ("sv", "Öppettider för Drumsö bibliotek: mån–tor 10–20, fre 10–16. Stängt på midsommarafton."),
    ("sv", "Enligt [[P:Majas]] pappa [[P:Tomas]], som själv jobbar med vinterunderhåll, är det stadens ansvar att ploga gången."),
    ("sv", "Nyckeln hämtas av [[P:Jonas Wikström]], [[T:040 903 1188]]. Vi bokar Kvarnbäckens ungdomsgård varje torsdag för kören."),
    ("sv", "Ask och lönn planteras längs Tavastvägen i vår. Stadsmiljösektorn ansvarar för skötseln."),
    ("sv", "Jag instämmer med [[P:Sirpa]] och [[P:Kalle Grönroos]] – stoppa nybygget!"),
    ("sv", "Förslagsställare: [[P:Amanda Holm]] (ordf. Hagalunds hembygdsförening), [[E:amanda.holm@kolumbus.fi]]"),
    ("sv", "Bo i Kronohagen är dyrt, men det är ingen ursäkt för att ta bort den enda lekparken vid Maneesgatan."),
    ("sv", "Tack [[P:Solveig]]! Hälsa [[P:Rolf]] och barnbarnen."),
    ("sv", "Vasa, Gustav III och Adolf Fredrik har alla gator uppkallade efter sig i Helsingfors, men ingen av dem har en cykelbana värd namnet."),
]

# ---------------------------------------------------------------- English, hand-written
HAND_EN = [
    ("en", "I agree with [[P:Sarah]] above, the bike lane on Hämeentie ends right at the worst junction."),
    ("en", "As [[P:Tom Nguyen]] already said, the Kallio library can't cut its opening hours."),
    ("en", "According to [[P:Priya]], the city promised to fix the playground in 2025. Nothing happened."),
    ("en", "Will the city ever repair the path in Sibelius Park? The grace period for the contractor ended in June."),
    ("en", "Our coach [[P:Daniel O'Connor]] has asked for a floodlit pitch in Vuosaari for years. Reach him at [[T:+358 45 218 7702]]."),
    ("en", "Reply to [[P:Ahmed]]: no, the proposal doesn't cover Espoo, only Helsinki."),
    ("en", "My kids [[P:Lily]] and [[P:Noah]] go to the English School and their teacher Mrs [[P:Kowalski]] says the yard is far too small."),
    ("en", "The English School, Helsinki International School and Ressu all share the same sports hall. It's not enough."),
    ("en", "[[P:Emma's]] proposal is great, but who maintains it in winter? Our caretaker [[P:Jari]] definitely won't."),
    ("en", "Contact person: [[P:Oliver Bennett]], [[E:oliver.bennett@protonmail.com]], phone [[T:040 661 2390]]"),
    ("en", "Bill for the new benches was 14 500 €. Mark my words, the budget will double by 2027."),
    ("en", "Thanks [[P:Ana]] and [[P:Mikko]] for collecting signatures! Our chair [[P:Rebecca Lindström]] will submit the proposal on Monday."),
    ("en", "> [[P:Kevin]] wrote: “Nobody uses this park.”\nThat's not true, [[P:Kevin]]. We're there every day with our dog Max."),
    ("en", "I live at [[A:Vilhonvuorenkatu 11 C 27]] and the construction noise starts at 6:30. Regards, [[P:Hannah]]"),
    ("en", "According to the city, construction starts in 2027. According to HSL, tram 9 stays as it is."),
    ("en", "As my neighbour Mr. [[P:Hughes]] pointed out at the residents' evening, there's no lighting near the Lauttasaari bridge."),
    ("en", "Hope Street would be a nice name for the new lane, honestly. Joy all round if it finally gets asphalt."),
    ("en", "hey @[[P:Marcus]] i think you misunderstood, the plan only covers the block near Herttoniemi metro"),
    ("en", "Scouts in Munkkiniemi: leaders [[P:Chloe]], [[P:Aleksi]] and [[P:Yusuf Demir]] back this proposal."),
    ("en", "I talked to principal [[P:Helen Carter]] and she supports the idea of a school garden."),
    ("en", "[[P:Jake]] is right. So is [[P:Fatima]]. Both proposals can be combined into one."),
    ("en", "Opening hours for Oodi: Mon–Fri 8–22, Sat–Sun 10–20. Closed on Midsummer Eve."),
    ("en", "Keys will be picked up by [[P:Sebastian Wright]], [[T:050 771 4432]]. We book the Maunula house every Thursday for the choir."),
    ("en", "Sandy paths in Kaivopuisto turn to mud every spring. Dawn walks there are lovely otherwise."),
    ("en", "Proposer: [[P:Maria Gonzalez]] (chair, Kontula Residents' Association), [[E:m.gonzalez@kontula-asukkaat.fi]]"),
    ("en", "Thanks [[P:Aisha]]! Say hi to [[P:Omar]] and the kids."),
    ("en", "My daughter [[P:Sofia]] (9) and her friends [[P:Mia]] and [[P:Ella]] wrote this proposal themselves with help from their teacher Ms. [[P:Laine]]."),
    ("en", "Rose bushes along Mannerheimintie near the Parliament House were removed. Frank question: why?"),
    ("en", "Forwarded message from [[P:Peter Novak]]:\n'Hi all, I can't attend but I support the skatepark. - [[P:Peter]]'"),
    ("en", "[[P:Linda]], [[P:Jukka]] and I walked the route yesterday. It took [[P:Linda's]] mum 25 minutes with a walker."),
    ("en", "Alvar Aalto designed Finlandia Hall and Eliel Saarinen the railway station. Both areas deserve better bike parking."),
    ("en", "per [[P:Riikka]] from our housing company, the gate code changed. ask her or [[P:Tuomas Lehto]] ([[T:044 302 8817]]) for it"),
    ("en", "Like Jean Sibelius and Tove Jansson before them, the city's artists need studios. Make the old Kaapelitehdas spaces cheaper."),
]

# ---------------------------------------------------------------- small generators (the rest)
# (nominative, genitive, allative, ablative)
_FI_FIRST = [
    ("Mikko", "Mikon", "Mikolle", "Mikolta"), ("Liisa", "Liisan", "Liisalle", "Liisalta"),
    ("Pekka", "Pekan", "Pekalle", "Pekalta"), ("Antti", "Antin", "Antille", "Antilta"),
    ("Satu", "Sadun", "Sadulle", "Sadulta"), ("Riikka", "Riikan", "Riikalle", "Riikalta"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomakselta"), ("Katja", "Katjan", "Katjalle", "Katjalta"),
    ("Heikki", "Heikin", "Heikille", "Heikiltä"), ("Outi", "Outin", "Outille", "Outilta"),
    ("Jaakko", "Jaakon", "Jaakolle", "Jaakolta"), ("Elina", "Elinan", "Elinalle", "Elinalta"),
    ("Teemu", "Teemun", "Teemulle", "Teemulta"), ("Hanna", "Hannan", "Hannalle", "Hannalta"),
    ("Ilkka", "Ilkan", "Ilkalle", "Ilkalta"), ("Merja", "Merjan", "Merjalle", "Merjalta"),
]
_FI_LAST = [
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta"), ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta"),
    ("Mäkinen", "Mäkisen", "Mäkiselle", "Mäkiseltä"), ("Laine", "Laineen", "Laineelle", "Laineelta"),
    ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkiseltä"), ("Koskinen", "Koskisen", "Koskiselle", "Koskiselta"),
    ("Rantanen", "Rantasen", "Rantaselle", "Rantaselta"), ("Lehtinen", "Lehtisen", "Lehtiselle", "Lehtiseltä"),
    ("Saarela", "Saarelan", "Saarelalle", "Saarelalta"), ("Kokkonen", "Kokkosen", "Kokkoselle", "Kokkoselta"),
    ("Hiltunen", "Hiltusen", "Hiltuselle", "Hiltuselta"), ("Pesonen", "Pesosen", "Pesoselle", "Pesoselta"),
]
_FI_TOPICS = [
    "Kontulan kentälle tarvitaan valot", "Malmin lentokentän alueelle pitää jättää viheralue",
    "Vuosaaren uimarannan pukukopit ovat huonossa kunnossa", "Itäväylän pyörätie pitää aurata aiemmin",
    "Kannelmäen leikkipuistoon tarvitaan varjoa", "Herttoniemen rantaan kaivataan uutta laituria",
    "koulun pihan liukuesteet eivät riitä", "Siilitien pysäkille tarvitaan katos",
    "Pasilan sillan alikulku pitää valaista", "Maunulan saunalle tarvitaan lisää vuoroja",
]
_FI_ROLES = ["valmentaja", "opettaja", "rehtori", "puheenjohtaja", "isännöitsijä", "ohjaaja"]
_FI_PLACES = [
    "Sibeliuksen puisto", "Tove Janssonin puisto", "Tarja Halosen puisto", "Lenininpuisto",
    "Aleksis Kiven peruskoulu", "Sibelius-lukio", "Elielinaukio", "Oodi", "Musiikkitalo", "Amos Rex",
    "Paavo Nurmen tien kuntorata", "Kustaa Vaasan tien alikulku", "Topeliuksenkadun puistikko",
]
_FI_STREETS = ["Mannerheimintie", "Runeberginkatu", "Mechelininkatu", "Lönnrotinkatu", "Fredrikinkatu",
               "Urho Kekkosen katu", "Albertinkatu", "Annankatu", "Hämeentie", "Sturenkatu"]
_FI_STREETS_NUM = ["Siilitie", "Kontulantie", "Kannelmäentie", "Vuotie", "Malminkaari", "Mäkelänkatu",
                   "Sturenkatu", "Pihlajamäentie", "Meri-Rastilan tie", "Kivikonkaari"]
_FI_NEEDS = ["uudet penkit", "lisää valoja", "roska-astioita", "kesävessan", "pyörätelineitä", "juomapisteen"]

_SV_FIRST = ["Mats", "Lena", "Johan", "Anna", "Erik", "Karin", "Peter", "Sofia", "Henrik", "Ingrid", "Nils", "Ulrika"]
_SV_LAST = ["Lindholm", "Forsström", "Nyström", "Backman", "Sjöberg", "Wikström", "Grönroos", "Lindqvist", "Holmström"]
_SV_TOPICS = ["plaskdammen i Tölö behöver renoveras", "Drumsö behöver fler parkbänkar",
              "cykelbanan vid Hertonäs måste plogas tidigare", "lekparken i Månsas behöver skugga",
              "skolgården i Kottby är för liten", "belysningen vid Degerö kanal saknas helt"]
_SV_PLACES = ["Sibeliusparken", "Runebergsesplanaden", "Tove Janssons park", "Alvar Aaltos gata",
              "Topeliusgatan", "Fredriksgatan", "Annegatan", "Mannerheimvägen"]

_EN_FIRST = ["Sarah", "James", "Emily", "Daniel", "Olivia", "Ryan", "Grace", "Lucas", "Hannah", "Ben", "Chloe", "Adam"]
_EN_LAST = ["Smith", "Brown", "Taylor", "Wilson", "Evans", "Clarke", "Murphy", "Patel", "Walsh"]
_EN_TOPICS = ["the Kallio library needs longer opening hours", "Vuosaari beach needs new changing rooms",
              "the bike path on Itäväylä must be ploughed earlier", "the Pasila underpass needs lighting",
              "Herttoniemi shore needs a new pier", "the Kannelmäki playground needs shade"]
_EN_PLACES = ["Sibelius Park", "Tove Jansson Park", "Alvar Aallon katu", "Runeberginkatu", "Oodi",
              "the Music Centre", "Amos Rex", "Mannerheimintie", "Aleksis Kivi school"]

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A"})


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    form = rng.randint(0, 3)
    if form == 0:
        return f"{pre} {d[:3]} {d[3:]}"
    if form == 1:
        return pre + d
    if form == 2:
        return f"+358 {pre[1:]} {d[:3]} {d[3:]}"
    return f"{pre}-{d[:3]} {d[3:]}"


def _email(rng, first, last):
    f, l = first.lower().translate(_FOLD), last.lower().translate(_FOLD)
    dom = rng.choice(["gmail.com", "outlook.com", "kolumbus.fi", "elisanet.fi", "hotmail.com", "luukku.com"])
    return rng.choice([f"{f}.{l}@{dom}", f"{f}{l[0]}@{dom}", f"{f[0]}.{l}@{dom}"])


def _addr(rng):
    s = rng.choice(_FI_STREETS_NUM)
    n = rng.randint(1, 40)
    return rng.choice([f"{s} {n}", f"{s} {n} A {rng.randint(1, 30)}", f"{s} {n} C"])


def _gen_fi(rng, k):
    out = []
    for i in range(k):
        f, f2 = rng.sample(_FI_FIRST, 2)
        l = rng.choice(_FI_LAST)
        top = rng.choice(_FI_TOPICS)
        top_c = top[0].upper() + top[1:]
        kind = i % 10
        if kind == 0:
            t = f"Kuten [[P:{f[0]} {l[0]}]] totesi asukasillassa, {top}."
        elif kind == 1:
            t = f"[[P:{f[0]} {l[1]}]] mukaan {top}. Olen samaa mieltä."
        elif kind == 2:
            t = f"Vastaus [[P:{f[2]}]]: olen osin eri mieltä, mutta totta on, että {top}."
        elif kind == 3:
            t = f"Ehdottaja: [[P:{f[0]} {l[0]}]]\nPuhelin: [[T:{_phone(rng)}]]\n{top_c}."
        elif kind == 4:
            t = f"Kysyin {rng.choice(_FI_ROLES)} [[P:{f[0]} {l[3]}]] ja hänen mukaansa {top}."
        elif kind == 5:
            t = f"Asun osoitteessa [[A:{_addr(rng)}]] ja {top}. t. [[P:{f[0]}]]"
        elif kind == 6:
            t = f"[[P:{f[0]}]] ja [[P:{f2[0]}]] ovat oikeassa: {top}."
        elif kind == 7:
            t = (f"{top_c}. Lisätietoja antaa [[P:{f[0]} {l[0]}]], "
                 f"[[E:{_email(rng, f[0], l[0])}]]")
        elif kind == 8:
            s, s2 = rng.sample(_FI_STREETS, 2)
            t = (f"{s} on suljettu {rng.randint(1, 28)}.{rng.randint(1, 12)}. klo {rng.randint(6, 9)}.00 alkaen, "
                 f"kiertoreitti: {s2}. Bussi {rng.choice(['55', '69', '23N', '550', '14'])} kulkee poikkeusreittiä.")
        else:
            p = rng.choice(_FI_PLACES)
            t = (f"{p} tarvitsee {rng.choice(_FI_NEEDS)}. Kustannusarvio {rng.randint(3, 90) * 1000} €, "
                 f"ehdotus nro {rng.randint(100, 2999)}.")
        if kind in (2, 6) and rng.random() < 0.75:
            # turn some into hard negatives: word-names used as ordinary words
            w = rng.choice(["Toivo", "Usko", "Onni", "Rauha", "Ilo"])
            t = f"{w} ei maksa mitään, mutta {rng.choice(_FI_PLACES)} tarvitsee {rng.choice(_FI_NEEDS)}."
        elif kind == 4 and rng.random() < 0.7:
            org = rng.choice(["Staran", "HSY:n", "Helenin", "Kaupunkiympäristön toimialan", "HSL:n"])
            t = f"{org} mukaan {rng.choice(_FI_PLACES)} kunnostetaan vuonna {rng.randint(2026, 2031)}."
        out.append(("fi", t))
    return out


def _gen_sv(rng, k):
    out = []
    for i in range(k):
        f, f2 = rng.sample(_SV_FIRST, 2)
        l = rng.choice(_SV_LAST)
        top = rng.choice(_SV_TOPICS)
        kind = i % 6
        if kind == 0:
            t = f"Som [[P:{f}]] skrev tidigare: {top}."
        elif kind == 1:
            t = f"Enligt [[P:{f} {l}]] är det så att {top}."
        elif kind == 2:
            gen = f if f.endswith("s") else f + "s"
            t = f"[[P:{gen}]] förslag är bra, {top}. Hälsningar [[P:{f2}]]"
        elif kind == 3:
            t = f"Kontakt: [[P:{f} {l}]], [[E:{_email(rng, f, l)}]], [[T:{_phone(rng)}]]"
        else:
            p = rng.choice(_SV_PLACES)
            t = (f"{p} behöver {rng.choice(['fler bänkar', 'bättre belysning', 'en toalett', 'papperskorgar'])}. "
                 f"Kostnad cirka {rng.randint(2, 60) * 1000} €, förslag nr {rng.randint(100, 2999)}.")
        out.append(("sv", t))
    return out


def _gen_en(rng, k):
    out = []
    for i in range(k):
        f, f2 = rng.sample(_EN_FIRST, 2)
        l = rng.choice(_EN_LAST)
        top = rng.choice(_EN_TOPICS)
        kind = i % 6
        if kind == 0:
            t = f"As [[P:{f}]] said, {top}."
        elif kind == 1:
            t = f"According to [[P:{f} {l}]], {top}."
        elif kind == 2:
            t = f"[[P:{f}'s]] idea is good: {top}. Cheers, [[P:{f2}]]"
        elif kind == 3:
            t = f"Contact: [[P:{f} {l}]], [[T:{_phone(rng)}]], [[E:{_email(rng, f, l)}]]"
        else:
            p = rng.choice(_EN_PLACES)
            t = (f"{p[0].upper() + p[1:]} needs {rng.choice(['more benches', 'better lighting', 'a summer toilet', 'bike racks'])}. "
                 f"Estimated cost {rng.randint(2, 60) * 1000} €, proposal #{rng.randint(100, 2999)}.")
        out.append(("en", t))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    hand_fi = HAND_FI_1 + HAND_FI_2
    out = list(hand_fi) + list(HAND_SV) + list(HAND_EN)
    out += _gen_fi(rng, 132 - len(hand_fi))
    out += _gen_sv(rng, 44 - len(HAND_SV))
    out += _gen_en(rng, 44 - len(HAND_EN))
    return out
