"""Blind evaluation block 47 for the personal-data scrubber.

Written by helper "outsider 47" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was handed). I ran no git commands, did not run the
scrubber and did not run any evaluation. The texts come only from the brief and from my own
knowledge of how residents write to the city.

Focus: where people put their names and contact details - signatures and contact lines in every
form and language (about fi 50 %, sv 25 %, en 25 %): "Terveisin", "Ystävällisin terveisin",
"Terv.", "T:", "t.", "/Sanna", "-- Helmi Saari", "Mvh", "Med vänlig hälsning", "Hälsningar",
"Regards", "Kind regards", "Best", "Cheers", "Sent from my iPhone" after a name, names alone on
the last line, names with a title or role after them, names followed by a phone number or e-mail
on the same or the next line, two or three signers, names in capitals and in lower case,
hyphenated names, names from many countries, and forwarded or quoted mails ("Lähettäjä:",
"Från:", "From:", "> Matti kirjoitti:", "On Mon, 3 Mar 2026, Anna Berg wrote:"). Hard negatives:
signatures of organisations and units only, mail footers and disclaimers, app names ("Sent from
my iPhone" alone), dates and times in headers, subject lines without names, pets, first names
used as ordinary words ("toivon", "tuuli", "Will", "Mark", "frank").

Seed: SEED = 4747. Hand-written records come first in three lists (fi, sv, en); the rest are
made by small generators driven only by random.Random(SEED); the final order is a seeded shuffle.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (any case,
possessive/genitive and Finnish case endings inside the span, titles and role words outside),
E e-mail address, T phone number, H Finnish personal identity code, I IBAN or bank account,
R licence plate, IP IP address, A street address with a house number (postal code and city
outside). Famous people and names of streets, parks, buildings, organisations and brands are
not marked. No nesting.
"""

import random

SEED = 4747

# ---------------------------------------------------------------------------
# Finnish, written by hand (part 1)
# ---------------------------------------------------------------------------
FI_HAND = [
    """Hei, Kaarelantien ja Kantelettarentien risteyksessä katuvalo on ollut pimeänä jo kaksi viikkoa. Illalla ei näe kävelijöitä ollenkaan.

Terveisin
[[P:Sanna Koskinen]]
[[T:040 718 2294]]""",
    """Puisto on täynnä lasinsiruja taas, lapset ei voi leikkiä hiekkalaatikolla. Voisko joku tulla siivoo

Ystävällisin terveisin,
[[P:Jari Heikkilä]]""",
    """Varaan Arabian kirjaston ryhmätilan ke 14.1. klo 17–19 lukupiirille. Avaimet hakee [[P:Marjatta]], p. [[T:050 331 9087]].
Terv. [[P:Eeva-Liisa Nurmi]]""",
    """kiitos hyvästä ehdotuksesta, kannatan! lisää penkkejä Vuosaaren rantaan tarvitaan todella
t. [[P:raija]]""",
    """Roskis Kallion kirjaston edessä on ollut täynnä koko viikonlopun ja varikset levittää roskat pitkin katua.
/[[P:Sanna]]""",
    """Liitteenä yhdistyksen kommentti Pihlajamäen kaavaluonnokseen. Toivomme, että metsäkaistale säilytetään.

-- 
[[P:Helmi Saari]]
Pihlajamäki-Seura ry, sihteeri
[[E:helmi.saari@kolumbus.fi]]""",
    """Hei,

kiitos palautteestasi. Olemme välittäneet asian eteenpäin katujen kunnossapidosta vastaavalle urakoitsijalle.

Ystävällisin terveisin
Kaupunkiympäristön asiakaspalvelu
Helsingin kaupunki""",
    """Pyörätie Mannerheimintiellä Töölön tullin kohdalla on täynnä lumivallia, ei pääse ohi ollenkaan. Aurataanko tätä ollenkaan?

Lähetetty iPhonesta""",
    """Onko mahdollista saada lisää roskiksia Kaivopuistoon kesäksi? Piknikkien jälkeen rannat on ihan kamalassa kunnossa.

Terv. [[P:Tuomas]]

Sent from my iPhone""",
    """Lähettäjä: [[P:Pirjo Lahtinen]] <[[E:pirjo.lahtinen@outlook.com]]>
Lähetetty: maanantai 2. maaliskuuta 2026 9.14
Vastaanottaja: Kirjaamo
Aihe: VL: Malmin lentokentän alueen kaava

Välitän tämän asukasyhdistyksen hallituksen puolesta.

[[P:Pirjo Lahtinen]], puheenjohtaja
Malmin Asukasyhdistys ry""",
    """> [[P:Matti]] kirjoitti:
> Tämä kaava tuhoaa koko Keskuspuiston pohjoisosan.

En ole samaa mieltä, pohjoisosassa on jo nyt paljon rakennettua aluetta ja uudet asunnot tulisivat metsän reunaan, eivät keskelle.
- [[P:Kaisa]]""",
    """Tervehdys! Meidän taloyhtiön pihalle on jätetty romuauto rekisterillä [[R:KTL-418]] jo syyskuussa. Kuka tätä hoitaa?

Terveisin [[P:Veikko Hämäläinen]]
[[A:Kontulantie 23 C 41]], 00940 Helsinki
puh [[T:044 562 0318]]""",
    """Aihe: Tiistaina 3.3. klo 7.45 bussi 506 ei pysähtynyt Meilahden sairaalan pysäkillä

Kuljettaja ajoi suoraan ohi vaikka viittasin. Seuraava tuli vasta 20 min päästä.""",
    """Hyvä ehdotus, mutta kustannusarvio 80 000 € tuntuu isolta yhdelle skeittiparkille. 
Terveisin, [[P:ANTTI MÄKINEN]]""",
    """Varaus: Kannelmäen nuorisotalo, sali, la 21.3. klo 10–16
Varaaja: [[P:Nguyen Thi Lan]] / Vietnamilainen kulttuuriyhdistys
Yhteyshenkilö paikan päällä: [[P:Tran Van Minh]] [[T:045 118 7702]]
Avaimet noudetaan perjantaina.""",
    """Toivon että Kivikon ulkoilupuiston latuja ajettaisiin useammin, nyt ne on kuin perunapelto. Onni oli että lunta tuli edes vähän tammikuussa.
T: Kivikon latuporukka""",
    """Moi! Tässä ehdotuksen tekijät:
[[P:Aino Virtanen]] ja [[P:Lauri Virtanen]]
Yhteys: [[E:virtaset.perhe@gmail.com]]""",
    """Hei [[P:Merja]],
kiitos kun vastasit. Pyysin jo isännöitsijää tarkistamaan asian.
terveisin [[P:Olli]]

Lähettäjä: [[P:Merja Salonen]]
Lähetetty: 4.3.2026 klo 11.20
Aihe: Re: Pihan valaistus
> Hei [[P:Olli]], onko taloyhtiö ilmoittanut lampusta?""",
    """Kerrokantasi-kommenttiin vastaten: ratikka Hämeentielle oli hyvä ratkaisu, pyöräkaistat kuitenkin liian kapeat.
[[P:Jukka P.]]""",
    """Tämä sähköposti ja sen liitteet saattavat sisältää luottamuksellista tietoa. Jos olet saanut viestin vahingossa, ilmoita lähettäjälle ja poista viesti.

Helsingin kaupunki | Kasvatuksen ja koulutuksen toimiala
Nuorisopalvelut""",
    """Hei, varasin Oodin studion perjantaiksi mutta en pääse itse. Kaverini [[P:Eetu Lindqvist]] tulee paikalle, hänen numeronsa [[T:+358 40 665 1290]].
T. [[P:Niklas]]""",
    """Rakennusmelu alkaa Kalasatamassa jo kuudelta aamulla, vaikka lupa on vasta klo 7 alkaen! Asun [[A:Työpajankatu 10 A 15]].

[[P:Liisa Rantanen-Ojala]]
p. [[T:050 489 1173]]""",
    """Sibelius-monumentin ympäristö on hieno mutta parkkipaikka on aina täynnä turistibusseja. Voisiko bussit ohjata Mechelininkadulle?

Terveisin
Töölö-Seura ry:n hallitus""",
    """ok, kiitos tiedosta!!
terv
[[P:marko]]

Lähetetty Android-puhelimesta""",
    """Kommentti [[P:Heikki Järvisen]] ehdotukseen: olen asunut Herttoniemessä 30 vuotta eikä tuolla rannassa ole koskaan ollut uimarantaa. 
[[P:Ritva]]""",
    """Hei,
ehdotamme Maunulan majalle uutta grillikatosta.
Ehdottajat:
[[P:Päivi Grönroos]], [[P:Ahmed Yusuf]] ja [[P:Satu Pelkonen]]
Maunulan asukasfoorumi""",
    """Katu on auki taas, kiitos nopeasta korjauksesta!
Terveisin
Asukas Roihuvuoresta""",
    """Hei!
Palautteen aihe: lumen auraus Siilitiellä
Pyydän että vastaatte sähköpostiin [[E:k.laaksonen75@gmail.com]], en halua puhelua.
[[P:Kari Laaksonen]]""",
    """Lähettäjä: HSL Asiakaspalvelu
Lähetetty: 2. maaliskuuta 2026 15.02
Aihe: Palautteesi numero 2026-0348812

Kiitos palautteestasi. Olemme välittäneet sen liikennöitsijälle.

Ystävällisin terveisin
HSL""",
    """Terveisiä Jakomäestä! Toivottavasti tämä OmaStadi-ehdotus menee läpi, skeittipaikka on toivottu jo vuosia.
- [[P:Jani]] ja [[P:Mirva]] + lapset""",
    """Hei,
Varaamon kautta tehty varaus pitää perua (Malmitalo, kokoushuone 3, 12.3.).
[[P:Irma Kettunen]], Malmin eläkeläiset ry, rahastonhoitaja""",
    """Soitin eilen asiakaspalveluun ja sanoivat että laittaisin kirjallisen palautteen. Meidän kadulla (Myllykallionrinne) on aukko jalkakäytävässä.
Yst. terv. [[P:Aarne]] ja [[P:Tuula Heinonen]]""",
    """Viesti aloittajalle: olen [[P:Juhon]] kanssa samaa mieltä, tämä ei sovi Käpylän puutaloalueelle.
Terv. [[P:Outi S.]]""",
    """Puistossa oli eilen iltapäivällä kolme koiraa irti, yksi niistä oli iso rottweiler nimeltä Rambo kun omistaja huuteli sitä. Koirapuisto on ihan vieressä, miksei sinne?""",
    """HALOO. ROSKAT ON OLLU PIHALLA KOHTA KUUKAUDEN!!!
[[P:EILA MUSTONEN]] [[A:MALMINKAARI 15 B 22]]""",
    """Kiitos [[P:Annelle]] ja [[P:Jussille]] järjestelyistä, kevätsiivoustalkoot Pukinmäessä oli mahtavat!
Terveisin
talkooporukka""",
    """Ehdotus: Lisää valaistusta Tuomarinkylän kartanon ratsastusreitille.
Kustannusarvio: 45 000 €
Alue: Koillinen
Ehdotuksen tila: Jatkoon""",
    """Moikka, kysyisin voiko Itäkeskuksen kirjaston Tila 2:n varata toistuvasti joka tiistai? Me ollaan shakkikerho noin 8 hlöä.
Terv. [[P:Mikko-Pekka Aaltonen]]
[[E:mp.aaltonen@elisanet.fi]] / [[T:041 322 0874]]""",
    """VS: Pyöräparkki Ruoholahdessa

> [[P:Leena]] kirjoitti 1.3.2026 kello 18.42:
> Pyöräparkki on aina täynnä hylättyjä pyöriä.

Sama täällä, laitoin kuvia liitteeksi.
[[P:Tapio]]""",
    """VS: Pyöräparkki Ruoholahdessa

Kiitos ilmoituksesta. Hylättyjen pyörien merkintä tehdään huhtikuussa, ja merkityt pyörät siirretään 4 viikon kuluttua.

Kaupunkiympäristön toimiala
Katu- ja puisto-osasto""",
    """Hei
Olisiko mahdollista saada liikennepeili Tapulikaupungintien pihaliittymään? Autot tulee kovaa mäen takaa.
Terveisin [[P:Abdirahman Farah]], [[P:Hodan Ali]]
[[T:045 922 4410]]""",
    """Kommentoin tätä kaavaa koko perheen puolesta. Lapsemme [[P:Elias]] (8v) ja [[P:Ella]] (5v) käyttävät tätä puistoa päivittäin.
[[P:Hanna]] ja [[P:Petri Lehtonen]]""",
    """Hei! Tässä vielä tiedoksi: Keskuspuiston metsäpolku Laakson kohdalla on kaatuneiden puiden takia suljettu. Kiersimme Ruskeasuon kautta.
Kevätterveisin, Helsingin Latu ry""",
    """Sain viestin naapurilta:
---------- Välitetty viesti ----------
Lähettäjä: [[P:Seppo Kallio]] <[[E:seppo.kallio@saunalahti.fi]]>
Päivä: ti 3.3.2026 klo 20.11
Aihe: Parkkipaikat

Joku pysäköi taas invapaikalle, rekkari [[R:ZXP-902]].
---
Välitän tämän teille. Terv. [[P:Anja Mäkelä]]""",
    """Kiitos vastauksesta, odotan korjausta.
t. [[P:Ville-Pekka]]""",
]

# ---------------------------------------------------------------------------
# Finnish, written by hand (part 2)
# ---------------------------------------------------------------------------
FI_HAND += [
    """Huomenta, Pohjois-Haagan asemalla hissi taas rikki. Rollaattorilla ei pääse laiturille.
[[P:Kyllikki Sundström]], 82 v.""",
    """Lähetetty Outlook for Androidista
________________________________
Lähettäjä: Helsingin kaupunki <ei-vastausta>
Lähetetty: torstai, maaliskuuta 5, 2026 8:02 ap.
Aihe: Varausvahvistus – Kannelmäen kirjasto, Pajahuone""",
    """Hyvä kaupunki,
kannatan ehdotusta. Lähiliikuntapaikka Myllypuroon olisi tosi tärkeä.
Terveisin,
[[P:Olena Kovalenko]]
(muutimme Ukrainasta 2022, asumme Myllypurossa)""",
    """Palaute koskee Vallilan siirtolapuutarhan vesipostia, se vuotaa ja maa on mutavellinä.
-[[P:Kirsi]]
[[T:0400 552 817]]""",
    """Asukaspuiston aukioloajat muuttuvat 1.6. alkaen: ma–pe 9–16. Kesäkaudella suljettu heinäkuussa.
Terv.
Asukaspuisto Pikku Huopalahden henkilökunta""",
    """Re: Ehdotus 2345 - Lisää koripallokoreja

Hei [[P:Samir]], hieno idea! Voisiko korit sijoittaa Kontulan kenttälle eikä puistoon?
 - [[P:tiina k]]""",
    """Liitän tähän vielä isännöitsijän yhteystiedot: [[P:Marko Eskola]], Isännöinti Kivi Oy, [[T:09 4542 1870]], [[E:marko.eskola@isannointikivi.fi]].
Ystävällisesti
[[P:Raimo Turunen]]
hallituksen pj, As Oy Kivikonkaari""",
    """Tervehdys. Meillä on Lauttasaaren kirkon vieressä ongelma: koirat sotkee nurmen.
Tiedoksi myös [[P:Henrikille]]""",
    """Asukasilta to 12.3. klo 18 Malmitalossa. Paikalla kaupunkiympäristön edustajat ja alueen asukasyhdistykset. Tervetuloa!
Järjestäjät: Malmin asukasyhdistys ja Helsingin kaupunki""",
    """Hei, ilmoitin eilen tästä jo puhelimessa mutta laitan vielä kirjallisesti.
yst. terv. [[P:Ismo Peltola]]""",
    """sähkölaatikko kaatunut Vanhan Talvitien kulmassa, johdot näkyy!! soittakaa mulle [[T:0442671903]]
t: [[P:jere]]""",
    """Oulunkylä-Seura jättää oheisen lausunnon Oulunkylän keskustan kaavaluonnoksesta. Pidämme tärkeänä, että vanha puukylämiljöö säilyy.

Terveisin
[[P:Pekka Koivisto]]
Puheenjohtaja
Oulunkylä-Seura ry
[[T:+358 50 914 2276]]""",
    """Kiitos!
Helsingin kaupunki
Kaupunkiympäristön toimiala
Asukas- ja yrityspalvelut

Tämä on automaattinen viesti, älä vastaa tähän viestiin.""",
    """Ehdotan että Kumpulan kyläpuutarhaan saadaan kompostori.

Ehdottaja: [[P:Maija-Riitta Hyvönen]]
Yhteyshenkilö: [[P:Jaakko Mattila]] ([[E:jaakko.mattila@iki.fi]])""",
    """Moi [[P:Teemu]]!
Tässä se palaute mitä pyysit, lähetin sen myös kaupungille.

> Lähettäjä: [[P:Teemu Rautio]]
> Lähetetty: 28.2.2026 21.03
> Voitko laittaa mulle kopion?

t. [[P:Sini]]""",
    """Aihe: Katuvalo rikki, Laajasalontie
Päivämäärä: 2.3.2026
Sijainti: Laajasalontie, bussipysäkki H4322
Kuvaus: Valo vilkkuu eikä sammu päivälläkään.""",
    """Kun [[P:Eino]] (naapurin poika) pyöräili tänään koulusta, auto ajoi suojatien yli punaisia päin. Tämä risteys tarvitsee kameravalvontaa.
Terveisin [[P:Helena Åberg]]""",
    """Pahoittelen myöhäistä kommenttia, kokous venyi.
Ystävällisin terveisin / Med vänliga hälsningar
[[P:Kristina Lindholm]]
Lauttasaari-seura ry""",
    """Valo ei syty Puistolan aseman portaikossa, ja talvella siellä liukastuu helposti. Tuuli puhaltaa lumet portaille.
Terveisin, Puistolan asukkaat""",
    """Mulla on Varaamossa varaus 14.3. Myllypuron mediakirjaston pelihuoneeseen. Jos tulee ongelmia, ottakaa yhteyttä [[P:Pauliina]] [[T:050 776 2309]] tai [[P:Roni]] [[T:044 512 3388]].
-[[P:Pauliina]]""",
    """Kyselisin vaan onko tähän tulossa vastausta, lähetin jo helmikuussa.

Terv. [[P:Rauha Aaltonen]]
Lähetetty iPadista""",
    """Uutiskirje 3/2026
Helsingin kaupunginkirjasto
Peruuta tilaus | Tietosuojaseloste | Saavutettavuusseloste
© Helsingin kaupunki 2026""",
    """[[P:MATTI VIRTANEN]] KIRJOITTI:
> KADUT ON LIUKKAITA
Samaa mieltä, hiekoitus puuttuu kokonaan.
[[P:Liisa]]""",
    """Olen [[P:Marjatta Lindberg]], asun [[A:Kaarelantiellä 7]] ja meidän talon edessä ei ole enää penkkiä.
Terveisin [[P:Marjatta]]""",
    """Hei
Tässä kokousvaraus Kalasataman kirjastoon.
Varaaja: [[P:Jean-Pierre Dubois]]
Organisaatio: Alliance Française Helsinki
Puh: [[T:+33 6 12 34 56 78]] / [[T:045 889 0217]]""",
    """Kiitos kaikille osallistujille! Äänestys päättyy 15.10.2026 klo 23.59. Tulokset julkaistaan OmaStadi-sivustolla marraskuussa.
OmaStadi-tiimi""",
    """Kiitos [[P:Sirpa]] hyvästä kommentista, olen samaa mieltä. Lisäksi Kaisaniemen puistossa tarvitaan enemmän valaistusta.
[[P:Kalle Nieminen]], Kruununhaka""",
    """Terve,
pyörätelineitä puuttuu Itäkeskuksen metroasemalta.
---
[[P:Wei Zhang]]
Ohjelmistokehittäjä
[[T:040 201 9963]]
[[E:wei.zhang@posteo.net]]""",
    """Aleksanterinkadun joulukadun avajaiset oli hienot mutta Esplanadin puistossa oli roskat levällään. Lisää roskiksia sinne.
Terveisin jouluturisti Tampereelta""",
    """Varaaja: [[P:Sofía Hernández]]
Lisätietoja: avaimen hakee [[P:Ilkka]] (ystävä), tunnistaa varauksesta.
Tilaisuus: espanjan kielen keskusteluryhmä""",
    """Tässä ehdotus asukasyhdistyksen puolesta.

[[P:Ritva-Liisa Ahonen]]     [[P:Markus Hietanen]]
puheenjohtaja             sihteeri""",
    """Naapuri [[P:Kuusisto]] on jo monesti valittanut tästä samasta asiasta, nyt minäkin.
Terveisin [[P:A. Pesonen]], [[A:Itäkatu 3 D 68]]""",
    """Bussi 58 kulkee ma–pe 5.30–23.30. Pysäkki siirtyy 9.3.2026 alkaen Kallion virastotalon eteen. Lisätietoja hsl.fi""",
    """Re: Re: Varaus peruttu?

> On 5.3.2026 at 10.12, [[P:Johanna Pulkkinen]] <[[E:johanna.pulkkinen@gmail.com]]> wrote:
> Saitteko viestini?

Joo saatiin, kaikki ok. Nähdään lauantaina.
- [[P:Emma]]""",
    """Varaamme Tikkurilan kirjaston tapahtumatilan 24.4. nuorten illaksi.

Ystävällisin terveisin
[[P:Tanja Ruotsalainen]]
Korson seurakunnan nuorisotyönohjaaja
[[T:050 342 7788]]""",
    """Toivon, että Arabianrannan rantapuistoon saadaan kesäksi kioski. Onneksi naapurikorttelista on jo tullut kannatusta. Kova tuuli tekee rannasta talvella ikävän, joten katos olisi kiva.""",
    """Hei vaan, [[P:Aleksi]] tässä. Voiko saunatuvan varata alle 18-vuotias? Olen 17.
[[T:045 204 8816]]""",
    """Lähettäjä: Kirjaamo
Aihe: Lausuntopyyntö HEL 2026-004512
Liitteet: lausunto.pdf

Ohessa lausuntopyyntö tiedoksi. Lausunnot pyydetään 31.3.2026 mennessä.

Kirjaamo
Helsingin kaupunki""",
    """Tämän kommentin kirjoittivat [[P:Laura Björklund]] ja [[P:Ville Tanskanen]] yhdessä Töölönlahden asukkaiden puolesta.""",
    """portaikon valo räpsyy ja tekee migreeniä, vaihtakaa se.
terkuin
[[P:Kaija]]
ps. Soittakaa jos pitää: [[T:040-123 4567]]""",
]

# ---------------------------------------------------------------------------
# Swedish, written by hand
# ---------------------------------------------------------------------------
SV_HAND = [
    """Hej,
gatlyset på Mannerheimvägen vid Tölö torg har varit släckt i en vecka.

Med vänlig hälsning
[[P:Karin Holmström]]
[[T:040 551 2093]]""",
    """Tack för svaret, då väntar jag på att gungan lagas.
Mvh [[P:Mats]]""",
    """Hembygdsföreningen stöder förslaget om en ny brygga vid Kulosaari strand, men den gamla badstugan måste bevaras.
[[P:Mats Ek]] / Brändö hembygdsförening""",
    """Tack för din respons. Ärendet har förmedlats till gatuunderhållet.

Med vänlig hälsning
Stadsmiljösektorn
Helsingfors stad

Detta meddelande kan innehålla konfidentiell information.""",
    """Hälsningar från Drumsö!
Vi har lagt in ett förslag till OmaStadi om ett utegym vid Drumsö strand.
[[P:Lena]] och [[P:Björn Sjöberg]]""",
    """Från: [[P:Ulla Lindqvist]] <[[E:ulla.lindqvist@kolumbus.fi]]>
Skickat: måndag 2 mars 2026 10:41
Till: Registratur
Ämne: VB: Parkeringen vid Kronohagens strand

Vidarebefordrar min väns meddelande.
/[[P:Gunilla]]""",
    """Cykelbanan längs Österleden är full av grus fortfarande, det är farligt.

Skickat från min iPhone""",
    """Hej! Jag bokar Arabiastrandens biblioteks grupprum tisdag 17.3 kl 18–20 för vår bokcirkel. Nycklarna hämtas av [[P:Sven-Erik Grönqvist]], tel. [[T:050 413 6672]].
Hälsningar [[P:Margareta]]""",
    """> [[P:Anders]] skrev:
> Den här planen förstör hela skogen.

Jag håller inte med, [[P:Anders]]. Centralparken är stor och bebyggelsen hamnar i kanten.
/[[P:Eva]]""",
    """Ämne: Snöplogning på Sibeliusgatan
Datum: 3.3.2026 kl. 07.10

Trottoaren är inte plogad. Barnen måste gå på körbanan.""",
    """Nu är det tredje gången jag anmäler samma trasiga parkbänk i Sinebrychoffs park.
MVH
[[P:PER-OLOF NYSTRÖM]]
[[A:Bulevarden 28 B 9]], Helsingfors""",
    """Hej [[P:Sara]],
tack för att du ordnade bokningen! Vi ses på lördag.
Kram, [[P:Ingrid]]""",
    """Tack för din respons gällande linje 55. Vi har vidarebefordrat den till trafikidkaren.

Hälsningar
HRT kundtjänst""",
    """Förslag: fler bänkar i Kajsaniemiparken.
Förslagsställare: [[P:Johan Wikström]], [[P:Amira Hassan]] och [[P:Tove Lindén]]
Kontakt: [[E:johan.wikstrom@abo.fi]]""",
    """Jag skriver för min mammas räkning, hon heter [[P:Greta Söderlund]] och bor på [[A:Norra Hesperiagatan 17 A 3]]. Hissen har stått still i två veckor.
Mvh [[P:Kristian Söderlund]]
[[T:+358 44 870 3312]]""",
    """Vi i Brändö hembygdsförening välkomnar planen. Styrelsen har diskuterat den på sitt möte 12.2.2026.
Med vänlig hälsning
Styrelsen för Brändö hembygdsförening""",
    """Hej,
tack för [[P:Lindas]] kommentar ovan, jag håller med!
/[[P:Nina]]""",
    """Den 3 mars 2026 skrev [[P:Erik Backman]] <[[E:erik.backman@gmail.com]]>:
> Vem ansvarar för lekparken vid Botby gård?

Hej [[P:Erik]], det är stadsmiljösektorn.
Hälsningar [[P:Hanna]]""",
    """Öppettider för Drumsö simstrand: 1.6–31.8 kl. 10–20. Livräddare på plats.
Idrottstjänster, Kultur- och fritidssektorn""",
    """Hej! Vi är en grupp pensionärer som vill boka Munksnäs bibliotek för ett stickcafé varje onsdag.
Kontaktperson: [[P:Birgitta Lönnqvist]], ordförande för Munksnäs Marthaförening
tel [[T:09 483 2261]]""",
    """Busshållplatsen vid Gårdsbacka har ingen bänk, äldre måste stå i kylan.
Vänligen
[[P:Ahmed Al-Khatib]]""",
    """Förslaget om en utomhusscen vid Tölöviken är utmärkt.
Bästa hälsningar,
[[P:Catharina von Bonsdorff]]
Kulturgruppen, Tölö""",
    """Hej!
Vill bara säga att Björn, vår hund, älskar den nya hundparken i Degerö. Tack!
Hälsningar från en nöjd hundägare""",
    """Tack [[P:Maj-Britt]] för sammanställningen!
//[[P:Roger]]""",
    """Jag har anmält samma sak flera gånger. Bilen med registreringsnummer [[R:JKB-215]] står fortfarande på gården på [[A:Sturegatan 4 C 27]].
Med vänliga hälsningar
[[P:Leif Mattsson]]""",
    """Skickat från Outlook för Android
________________________________
Från: Helsingfors stad <noreply>
Skickat: 5 mars 2026 09:12
Ämne: Bokningsbekräftelse – Varaamo""",
    """Hej, jag heter [[P:Oskar]] och är 15 år. Kan man boka ungdomsgårdens studio i Nordsjö utan vuxen?
mvh [[P:oskar lindgren]]""",
    """Vi vill kommentera planen för Kronohagens strand. Det behövs mer grönområde.
Hälsningar,
[[P:Marianne Fagerström]] & [[P:Tom Fagerström]]
[[A:Kristinegatan 3 A 5]]
00170 Helsingfors
[[T:040 730 5541]]""",
    """Anmälan nr 2026-11873
Status: Behandlad
Plats: Runebergsgatan, vid Tempelplatsens kyrka
Kategori: Klotter""",
    """Från: [[P:Jussi Peltonen]]
Skickat: 4.3.2026 14:02
Till: [[P:Anna Berg]]
Ämne: Fwd: Lekparken

Hej [[P:Anna]], kan du skicka detta vidare på svenska?

---
Hej! Lekparken i Kottby har trasiga gungor.
[[P:Anna Berg]]""",
    """Jag håller helt med förra kommentaren. Kan någon från staden svara?
[[P:Henrika]], Vallgård""",
    """Din respons har tagits emot.

Med vänlig hälsning
Kundtjänsten för stadsmiljön
Helsingfors stad
PB 58200, 00099 HELSINGFORS STAD""",
    """Hej, bokningen för lördag ändras. [[P:Mikael]] hämtar nycklarna istället för mig.
Hälsn. [[P:Pia Karlsson]], [[T:045 672 1190]]""",
    """Det här förslaget skrevs av elevrådet.
Ansvarig lärare: [[P:Annika Westerlund]] ([[E:annika.westerlund@edu.hel.fi]])""",
    """Kära grannar i Kottby! Vårstädningen ordnas lördag 25.4 kl. 10–14 i parken vid Kottby lågstadium. Krattor finns. Välkomna!
Kottby invånarförening""",
    """gatan är så hal att min mormor föll igår. sanda nu!!
hälsningar
[[P:linnea]]""",
    """Vi föreslår att bryggan i Hertonäs renoveras.
Med vänlig hälsning / Ystävällisin terveisin
[[P:Fredrik Lindholm]]
Ordförande, Sydöstra Helsingfors seglarförening
[[T:+358 40 559 8822]] | [[E:fredrik.lindholm@ssf.fi]]""",
    """Den som skrev ovan ([[P:Rolf]]) har rätt – gångtunneln vid Malms station är läskig på kvällen.
Hälsningar, [[P:Siv Nyberg]]""",
    """Hej!
Tack för ditt förslag. Förslaget har granskats och går vidare till röstning.
Hälsningar
OmaStadi-teamet""",
    """Gatlampan utanför Gårdsbacka bibliotek blinkar hela natten.
Mvh
[[P:Dragan Petrović]]
Sent from my iPhone""",
    """Hej, vi vill boka Stoas sal för en konsert 9.5.
Arrangör: [[P:Kwame Mensah]] / Ghana Association in Finland
Vid frågor ring [[P:Akosua]] [[T:044 789 0123]]""",
    """Ämne: Parkeringsbot 3.3.2026 – Mannerheimvägen
Referens: PV-2026-004118
Belopp: 80 €
Förfallodag: 2.4.2026""",
    """[[P:Elsa]] skrev 2.3.2026 kl. 22:15:
> tack för info
Varsågod! /[[P:Kim]]""",
]

# ---------------------------------------------------------------------------
# English, written by hand
# ---------------------------------------------------------------------------
EN_HAND = [
    """Hi,
the street light on Fleminginkatu near the church has been out for two weeks.

Kind regards,
[[P:Daniel Okafor]]
[[T:+358 45 671 2230]]""",
    """Thanks for the quick fix on the fence, looks great now!
Cheers,
[[P:Tom]]""",
    """Is the rooftop terrace at Oodi bookable for a small birthday party (12 people)?
Best,
[[P:Priya Raman]]
Sent from my iPhone""",
    """Thank you for your feedback. Your case has been forwarded to the maintenance contractor.

Kind regards,
City of Helsinki Customer Service
Urban Environment Division

This email and any attachments are confidential and intended solely for the addressee.""",
    """On Mon, 3 Mar 2026, [[P:Anna Berg]] wrote:
> Could someone tell me who maintains the playground in Kottby?

It's the city, I reported it last year.
– [[P:Mark]]""",
    """From: [[P:Siobhan O'Connor]] <[[E:siobhan.oconnor@gmail.com]]>
Sent: Tuesday, March 3, 2026 4:17 PM
To: Registry
Subject: FW: noise from construction site in Jätkäsaari

Forwarding my neighbour's complaint as she doesn't speak Finnish.
Regards, [[P:Liam Walsh]]""",
    """The bike lane on Baana is closed without any signs. Please put up a detour sign.

Sent from my iPhone""",
    """Hi! We'd like to propose an outdoor chess table in Alppipuisto.
Proposed by: [[P:Giovanni Rossi]] and [[P:Mehmet Yılmaz]]
Contact: [[E:g.rossi.hki@gmail.com]]""",
    """the elevator at Kalasatama metro is broken again, impossible with a stroller
regards
[[P:aleksandr ivanov]]""",
    """Hello, I booked the Maunula house sauna for Saturday but my friend [[P:Fatima Al-Sayed]] will pick up the keys. Her number is [[T:050 916 4473]].
Thanks,
[[P:Zainab]]""",
    """Subject: Bus 550 skipped the Pasila stop at 8:15 on 4 March
The driver didn't stop even though three of us were waiting. Next bus came 15 minutes later.""",
    """I support the plan for a new health station in Kalasatama but the parking is insufficient.
Best regards,
Dr. [[P:Helena Sjöblom]]""",
    """Hi [[P:Grace]], thanks for your comment! I agree with you on the tram line.
– [[P:Ben]]""",
    """To be frank, the new Hakaniemi market hall is great but the bike parking is a disaster. I hope the city will add more racks before summer. Best of luck with the renovation!""",
    """the pub next door plays music until 4am every weekend. nobody sleeps.
Cheers
[[P:JAMES MCALLISTER]]
[[A:Vaasankatu 14 B 22]]""",
    """This is [[P:Nadia]] from the Kontula international mothers' group. We'd like to book the playroom at Kontula library every Thursday 10–12.
You can reach me at [[E:nadia.benali@outlook.com]] or [[T:0449120385]].
Thank you!""",
    """Regards,
HSL Customer Service

Please do not reply to this message. For further questions, use our feedback form.""",
    """We fully support the proposal to renovate the Töölö sports hall.
Kind regards
[[P:Marie-Claire Dupont]], secretary
Helsinki International Women's Club""",
    """> [[P:Matti]] wrote:
> the plan ignores the existing trees

Agreed, [[P:Matti]]. Also the noise barrier is missing from the drawings.
[[P:Sarah K.]]""",
    """The snow has not been cleared from the pedestrian path along our street for a week.
Thanks,
[[P:Chen Wei]] & [[P:Li Na]]
[[A:Kauppamiehentie 6 A 12]], Espoo""",
    """Hi,
Will the swimming hall in Itäkeskus be open during Easter? Hours last year were 7–21. Thanks!""",
    """From: [[P:Juha Korhonen]] <[[E:juha.korhonen@luukku.com]]>
Date: Wednesday, 4 March 2026 at 9.02
To: [[P:Emily Carter]]
Subject: Re: Varaamo booking

Hi [[P:Emily]], the key is at the library info desk. Ask for [[P:Minna]].
Br, [[P:Juha]]""",
    """Looking forward to the workshop on Saturday, I'll bring the sewing machines.
Best wishes,
[[P:Oluwaseun Adeyemi]]
PhD student, University of Helsinki
[[T:+358 44 301 7789]]""",
    """Thank you for your proposal! The voting period starts on 1 October 2026.
Best,
The OmaStadi team
City of Helsinki""",
    """My son [[P:Lucas]] and I walk this route every day. The crosswalk at Mäkelänkatu needs a traffic light.
[[P:Rebecca Nyström-Hill]]""",
    """Hi all – just adding that [[P:Kevin's]] point about lighting is important.
/[[P:Ana]]""",
    """Opening hours update: Töölö library is closed 6.4.2026 (Easter Monday). Regular hours resume Tuesday 9–20.
Helsinki City Library""",
    """Any news on when the broken fence at Kivinokka will be repaired? It's been months.
Thanks for the reply.
[[P:Bill]]""",
    """Hello,
I am writing about my neighbour's car, plate [[R:GHL-347]], that blocks the rescue road every night at [[A:Leppävaarankatu 9]].
Regards
[[P:Tomasz Nowak]]
[[T:045 332 8871]]""",
    """Mark the date! Spring cleanup talkoot in Arabianranta on 25 April. Bring gloves. Volunteers from the Kaisaniemi Botanic Garden are welcome too.""",
    """Our club supports the marina plan but the winter storage area must stay.
-- 
[[P:Peter Lindgren]] | Board member, Lauttasaari Sailing Club
[[E:peter.lindgren@lsc.fi]] | [[T:+358 50 448 1276]]""",
    """ok so I just go to the library desk with my ID?
thx,
[[P:kate]]

Sent from Yahoo Mail for Android""",
    """Sent from Mail for Windows

From: Varaamo
Sent: 5 March 2026 08:00
Subject: Your booking has been confirmed – Kallio library, Meeting room 1""",
    """We moved to Vuosaari last year and love the beach. Please keep the sauna by the sea open in winter too!
Warm regards,
[[P:Hiroshi Tanaka]] and [[P:Yuki Tanaka]]""",
    """Hey, it's [[P:Sunny]] from the skate group again 😄 The ramp at Kontula skatepark is cracked.
Peace,
[[P:Sunny]]""",
    """Regards from a frustrated commuter in Espoo. The Tapiola bus terminal escalators have been broken since January.""",
    """Quick note: [[P:Olivia]] from our group will be the contact for the booking, [[E:olivia.m.brown@protonmail.com]].
Cheers, [[P:Sam]]""",
    """On 2.3.2026 16.44, "[[P:Heikki Salo]]" <[[E:heikki.salo@kolumbus.fi]]> wrote:
> I'll bring the projector.

Great, thanks!
[[P:Aisha]]""",
    """Thanks for booking! Please remember to return the key to the info desk.
Kind regards,
Helsinki Youth Services
Kalasatama Youth Centre | Open Mon–Fri 14–21""",
    """the streetlight at Kauppamiehentie is blinking
BR
[[P:Niko Hakala]]
(sorry for writing in English, my Finnish is rusty)""",
    """Dear City,
We, the undersigned residents of Pihlajisto, oppose the removal of the forest path.
[[P:Jaana Lehto]]
[[P:Michael Brown]]
[[P:Sirkka Haapala]]""",
    """Hi, I'd like to book a room for a Hope Club meeting (support group for new parents). We are about 10 people. Is there a room with a kitchen? Thanks!
- Hope Club Helsinki""",
]

# ---------------------------------------------------------------------------
# Generators (signatures with names, and organisation-only / footer negatives)
# ---------------------------------------------------------------------------
FI_FIRST = ["Anneli", "Timo", "Sari", "Jouni", "Heli", "Mikael", "Riikka", "Pertti", "Noora", "Esa",
            "Kati", "Juhani", "Minna", "Arto", "Hilkka", "Tero", "Anu", "Kimmo", "Elina", "Joonas",
            "Veera", "Sakari", "Marja-Leena", "Jukka-Pekka", "Iida", "Otto", "Pirkko", "Aleksi"]
FI_LAST = ["Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
           "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Tuominen", "Rantanen", "Karjalainen",
           "Jokinen", "Hiltunen", "Väisänen", "Kinnunen", "Lappalainen", "Räsänen", "Ahola-Kivelä",
           "Manninen", "Huttunen", "Leinonen"]
SV_FIRST = ["Johanna", "Mikaela", "Stefan", "Ulrika", "Rasmus", "Camilla", "Henrik", "Sofia", "Jonas",
            "Malin", "Bengt", "Agneta", "Carl-Johan", "Ann-Sofie", "Viktor", "Ebba", "Gustav", "Frida"]
SV_LAST = ["Lindström", "Holmberg", "Eklund", "Nyman", "Sandell", "Wikström", "Forsman", "Blomqvist",
           "Grönroos", "Ekholm", "Strandberg", "af Hällström", "Lindroos", "Österberg", "Sundqvist"]
INTL_NAMES = [("Amina", "Warsame"), ("Dmitri", "Sokolov"), ("Mariana", "Costa"), ("Thabo", "Nkosi"),
              ("Leila", "Karimi"), ("Arjun", "Mehta"), ("Kateryna", "Shevchenko"), ("Pablo", "Ortega"),
              ("Nkechi", "Eze"), ("Lucas", "Moreau"), ("Ewa", "Kowalska"), ("Haruto", "Sato"),
              ("Bilal", "Qureshi"), ("Ingrid", "Solberg"), ("Ayşe", "Demir"), ("Sean", "Murphy"),
              ("Mai", "Pham"), ("Omar", "Haddad"), ("Laura", "Bennett"), ("Ryan", "Fletcher"),
              ("Chloe", "Harrison"), ("Ngozi", "Okonkwo"), ("Anh", "Tran"), ("Tariq", "Hussein")]

_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "ş": "s", "ı": "i",
                        "ć": "c", "í": "i", "ñ": "n", " ": "", "'": ""})

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "kolumbus.fi", "elisanet.fi",
                 "saunalahti.fi", "icloud.com", "yahoo.com", "welho.com", "iki.fi", "live.fi"]

LANG = {
    "fi": {
        "closings": ["Terveisin", "Ystävällisin terveisin", "Terv.", "T:", "t.", "terv", "Yst. terv.",
                     "Kiittäen", "Parhain terveisin", "Terkuin", "Ystävällisesti", "terveisin",
                     "Kiitos jo etukäteen!", "Hyvää kevättä toivottaen", "Terveisin,", "TERVEISIN"],
        "and": "ja",
        "phone_label": ["puh.", "p.", "puh:", "gsm", "Puhelin:"],
        "roles": ["puheenjohtaja", "sihteeri", "hallituksen jäsen", "rahastonhoitaja",
                  "vanhempaintoimikunnan pj", "talkoovastaava", "taloyhtiön hallituksen pj"],
        "orgs": ["Pukinmäki-Seura ry", "Kannelmäen asukasyhdistys", "Vuosaaren kyläyhdistys",
                 "As Oy Kivitaskunrinne", "Malmin partiolaiset", "Lauttasaaren kotiseutuyhdistys",
                 "Kumpulan kyläpuutarhaseura"],
        "apps": ["Lähetetty iPhonesta", "Lähetetty Samsung Galaxy -älypuhelimesta", "Sent from my iPhone",
                 "Lähetetty Outlook for Androidista", "Lähetetty Android-puhelimesta", "Lähetetty iPadista"],
        "greetings": ["Hei,", "Hei!", "Moi,", "Hyvä vastaanottaja,", "Terve,", "Päivää,", ""],
        "bodies": [
            "Katuvalo on ollut rikki Kustaankartanontien varrella jo viikon.",
            "Pyöräteillä Vuosaaressa on vieläkin hiekoitussepeliä, renkaat puhkeaa.",
            "Kannatan ehdotusta uudesta koirapuistosta Malmille, nykyinen on liian pieni.",
            "Lasten leikkipuiston keinu on rikki Pikku-Huopalahdessa, ketjut on irti.",
            "Varaan Vuotalon kokoushuoneen ti 10.3. klo 18–20 yhdistyksen kokoukseen.",
            "Kaavaluonnos on muuten hyvä, mutta rakennukset on liian korkeita rantaan nähden.",
            "Roska-astiat Hesperian puistossa tyhjennetään liian harvoin, lokit levittää kaiken.",
            "Bussipysäkin katos on rikottu Itäväylän varrella, lasit on maassa.",
            "Jalkakäytävä on jäässä Sturenkadulla ja kaatumisia on ollut jo monta.",
            "Kiitos nopeasta vastauksesta, asia on nyt kunnossa.",
            "Voisiko Töölönlahden puistoon saada juomapisteen kesäksi?",
            "Ehdotan, että Kontulan ostarille tehdään katettu oleskelupaikka nuorille.",
            "Varaamme Kannelmäen kirjaston pajan lasten askartelukerholle joka keskiviikko.",
            "Kierrätyspisteellä Herttoniemenrannassa on taas jätesäkkejä maassa.",
            "Tämä kaava on hyvä, mutta liikenne ruuhkautuu Lahdenväylän liittymässä.",
            "Portti asukaspuistossa ei mene kiinni, pienet lapset pääsee kadulle.",
            "Uimarannan pukukopit Pihlajasaaressa on sotkettu tussilla.",
            "Pyydän, että kaupunki tarkistaa kaatumassa olevan koivun Paloheinän ulkoilualueella.",
            "Palauttakaa penkit Kaisaniemen puistoon, talven jälkeen niitä ei ole tuotu takaisin.",
            "avain ei toiminut eilen Maunulatalon ovessa, jouduttiin odottamaan pihalla puoli tuntia",
        ],
        "quotes": ["Tämä suunnitelma ei huomioi pyöräilijöitä ollenkaan.",
                   "Kuka vastaa tämän puiston kunnossapidosta?",
                   "Onko salissa projektori?", "Rakentakaa mieluummin kirjasto kuin parkkitalo."],
        "replies": ["Olen eri mieltä, pyöräkaista on piirretty ihan selvästi.",
                    "Kaupunki vastaa, ilmoitin asiasta viime vuonna.",
                    "On, mutta kaapeli pitää tuoda itse.", "Samaa mieltä, kirjasto on tärkeämpi."],
        "wrote": "kirjoitti:",
        "fwd": ("Lähettäjä:", "Lähetetty:", "Aihe: VL:"),
        "dates": ["ti 3.3.2026 klo 14.05", "maanantai 2. maaliskuuta 2026 9.31", "27.2.2026 klo 22.48",
                  "keskiviikko 4. maaliskuuta 2026 7.12"],
        "subjects": ["Katuvalo rikki", "Lumenauraus", "Varausvahvistus", "Palaute bussilinjasta 55",
                     "Roskis täynnä", "Kaavaluonnos", "Leikkipuisto", "Avaimen nouto"],
        "in_body_phone": ["Minut tavoittaa numerosta [[T:{p}]].", "Soittakaa tarvittaessa [[T:{p}]].",
                          "Puhelinnumeroni on [[T:{p}]]."],
        "org_sigs": ["Kaupunkiympäristön asiakaspalvelu", "Kaupunkiympäristön toimiala\nHelsingin kaupunki",
                     "HSL", "HSL Asiakaspalvelu", "Helsingin kaupunki, Kirjaamo",
                     "Nuorisopalvelut, itäinen alue", "Varaamo-tiimi",
                     "Helsingin kaupunginkirjasto", "Espoon kaupunki, Tilapalvelut",
                     "Vantaan kaupunki, asiakaspalvelu", "Stara, viheralueiden ylläpito",
                     "Liikuntapalvelut\nKulttuurin ja vapaa-ajan toimiala"],
        "city_bodies": ["Kiitos palautteestasi. Asia on välitetty alueen kunnossapitourakoitsijalle.",
                        "Varauksesi on vahvistettu. Muistathan palauttaa avaimen infotiskille.",
                        "Palautteesi on käsitelty ja vika on korjattu 4.3.2026.",
                        "Ehdotuksesi on siirtynyt arviointivaiheeseen. Tuloksista tiedotetaan syksyllä.",
                        "Pahoittelemme viivästystä. Katuvalojen korjaukset tehdään viikolla 11.",
                        "Varaus on peruttu. Mahdollinen maksu palautetaan 14 päivän kuluessa."],
        "footers": ["Tämä viesti on lähetetty automaattisesti, älä vastaa siihen.",
                    "Tämä sähköposti voi sisältää luottamuksellista tietoa. Jos viesti ei kuulu sinulle, poista se.",
                    "Tietosuojaseloste: hel.fi/tietosuoja",
                    "Palautteesi tunnus: HEL-2026-{n}",
                    "Asiakaspalvelu palvelee ma–pe klo 8–16."],
        "group_sigs": ["Terveisin, Puistolan asukkaat", "t. naapurit kolmoskerroksesta",
                       "Terveisin huolestunut asukas", "Terv. Roihuvuoren lapsiperheet",
                       "Asukas Kannelmäestä", "Terveisin talon asukkaat", "T: vanhempainyhdistys"],
        "traps": ["Toivon, että Tuulimyllyntien puistoon tulee lisää penkkejä. Onneksi valaistus on jo hyvä.",
                  "Kova tuuli kaatoi aidan Hietaniemen uimarannalla yöllä.",
                  "Armas kotikatumme on ollut auraamatta kolme päivää. Usko alkaa loppua.",
                  "Sade tulvii alikulkuun Kalasataman metroasemalla aina kun sataa vähänkin.",
                  "Valo on palanut Aleksis Kiven kadun alikulussa koko päivän turhaan.",
                  "Musti-koira karkasi eilen koirapuistosta, koska portin salpa on rikki."],
    },
    "sv": {
        "closings": ["Med vänlig hälsning", "Mvh", "MVH", "Hälsningar", "Hälsningar,", "Vänliga hälsningar",
                     "Bästa hälsningar", "Hälsn.", "mvh", "Med vänliga hälsningar", "Tack på förhand!",
                     "Ha det bra!"],
        "and": "och",
        "phone_label": ["tel.", "Tel:", "mobil", "tfn"],
        "roles": ["ordförande", "sekreterare", "styrelsemedlem", "kassör", "föräldraföreningens ordförande"],
        "orgs": ["Brändö hembygdsförening", "Kottby invånarförening", "Drumsö hembygdsförening",
                 "Munksnäs Marthaförening", "Hertonäs seglarförening", "Tölö hembygdsförening"],
        "apps": ["Skickat från min iPhone", "Sent from my iPhone", "Skickat från Outlook för Android",
                 "Skickat från min Samsung Galaxy"],
        "greetings": ["Hej,", "Hej!", "Hejsan,", "God dag,", ""],
        "bodies": [
            "Gatlyset vid Runebergsgatan är trasigt sedan förra veckan.",
            "Cykelbanan i Nordsjö är full av sand fortfarande.",
            "Jag stöder förslaget om en ny hundpark i Malm.",
            "Gungan i lekparken vid Kottby är trasig.",
            "Jag bokar Vuxis mötesrum tisdag 10.3 kl. 18–20 för föreningens möte.",
            "Planen är bra, men husen är för höga nära stranden.",
            "Soptunnorna i Hesperiaparken töms för sällan.",
            "Busskuren vid Österleden är sönderslagen.",
            "Trottoaren på Tavastvägen är isig och folk har halkat.",
            "Tack för det snabba svaret, nu är allt i ordning.",
            "Kunde man få en vattenpost i Tölöviksparken till sommaren?",
            "Nyckeln fungerade inte i Månsas ungdomsgård i går kväll.",
        ],
        "quotes": ["Den här planen glömmer cyklisterna.", "Vem sköter parken?",
                   "Finns det projektor i salen?"],
        "replies": ["Jag håller inte med, cykelbanan finns med i ritningen.",
                    "Det är staden, jag anmälde det i fjol.", "Ja, men kabeln måste man ta med själv."],
        "wrote": "skrev:",
        "fwd": ("Från:", "Skickat:", "Ämne: VB:"),
        "dates": ["tisdag 3 mars 2026 14:05", "måndag 2 mars 2026 09:31", "27.2.2026 kl. 22:48"],
        "subjects": ["Gatlyset", "Snöplogning", "Bokningsbekräftelse", "Lekparken", "Nyckeln"],
        "in_body_phone": ["Ni når mig på [[T:{p}]].", "Ring gärna [[T:{p}]]."],
        "org_sigs": ["Stadsmiljösektorn", "Stadsmiljösektorn\nHelsingfors stad", "HRT", "HRT kundtjänst",
                     "Kundtjänsten för stadsmiljön", "Helsingfors stads registratur",
                     "Ungdomstjänsterna", "Helsingfors stadsbibliotek", "Esbo stad, lokaltjänster",
                     "Vanda stad, kundtjänst", "Idrottstjänster"],
        "city_bodies": ["Tack för din respons. Ärendet har förmedlats till entreprenören.",
                        "Din bokning är bekräftad. Kom ihåg att lämna tillbaka nyckeln.",
                        "Din respons har behandlats och felet har åtgärdats 4.3.2026.",
                        "Ditt förslag har gått vidare till bedömning."],
        "footers": ["Detta meddelande har skickats automatiskt, svara inte på det.",
                    "Detta e-postmeddelande kan innehålla konfidentiell information.",
                    "Dataskyddsbeskrivning: hel.fi/dataskydd", "Ärendenummer: HEL-2026-{n}"],
        "group_sigs": ["Hälsningar, invånarna i Kottby", "Mvh en orolig förälder",
                       "Hälsningar från grannarna i trappa B", "En nöjd invånare i Drumsö"],
        "traps": ["Björnen i Högholmens djurpark verkar må bra, men gångvägen dit är full av hål.",
                  "Hoppas att Runebergsesplanaden snöröjs snart, det är omöjligt att gå där.",
                  "Sibelius-monumentet är fint men parkeringen är alltid full av turistbussar.",
                  "Vår katt Sigge sprang bort vid Brändö strand, kanske någon från staden sett honom?"],
    },
    "en": {
        "closings": ["Regards", "Kind regards", "Kind regards,", "Best", "Best,", "Cheers", "Cheers,",
                     "Thanks,", "Best regards", "Many thanks", "BR", "Br,", "Warm regards,", "thx",
                     "Thanks in advance!", "All the best,"],
        "and": "and",
        "phone_label": ["tel.", "Tel:", "mob.", "phone:", "m:"],
        "roles": ["chair", "secretary", "board member", "treasurer", "volunteer coordinator"],
        "orgs": ["Helsinki Expat Parents", "Kallio Climbing Club", "Espoo International Choir",
                 "Vuosaari Cricket Club", "Töölö Book Circle"],
        "apps": ["Sent from my iPhone", "Sent from my Android", "Sent from Outlook for iOS",
                 "Get Outlook for Android", "Sent from Yahoo Mail"],
        "greetings": ["Hi,", "Hello,", "Hi there,", "Dear City of Helsinki,", ""],
        "bodies": [
            "The streetlight on Runeberginkatu has been out since last week.",
            "The bike path in Vuosaari is still full of gravel.",
            "I support the proposal for a new dog park in Malmi.",
            "The swing at the playground in Pikku-Huopalahti is broken.",
            "I'd like to book the meeting room at Vuotalo on Tuesday 10.3 from 18 to 20.",
            "The plan is fine but the buildings are too tall next to the shore.",
            "The bins in Hesperia park are emptied far too rarely.",
            "The bus shelter on Itäväylä has been smashed.",
            "The pavement on Sturenkatu is icy and people have fallen.",
            "Thanks for the quick reply, everything is sorted now.",
            "Could we get a water fountain in Töölönlahti park for the summer?",
            "The key didn't work at Maunula house last night, we waited outside for 30 minutes.",
        ],
        "quotes": ["This plan forgets about cyclists.", "Who maintains this park?",
                   "Is there a projector in the hall?"],
        "replies": ["I disagree, the bike lane is clearly in the drawings.",
                    "It's the city, I reported it last year.", "Yes, but bring your own HDMI cable."],
        "wrote": "wrote:",
        "fwd": ("From:", "Sent:", "Subject: FW:"),
        "dates": ["Tuesday, March 3, 2026 2:05 PM", "Mon, 2 Mar 2026 at 09:31", "27 February 2026 22:48"],
        "subjects": ["Streetlight", "Snow clearing", "Booking confirmation", "Playground", "Key pickup"],
        "in_body_phone": ["You can reach me on [[T:{p}]].", "Call me at [[T:{p}]] if needed."],
        "org_sigs": ["City of Helsinki Customer Service", "Urban Environment Division\nCity of Helsinki",
                     "HSL", "HSL Customer Service", "Helsinki City Library", "Helsinki Youth Services",
                     "The Varaamo team", "City of Espoo, Facility Services", "City of Vantaa"],
        "city_bodies": ["Thank you for your feedback. The matter has been forwarded to the contractor.",
                        "Your booking is confirmed. Please return the key to the info desk.",
                        "Your feedback has been processed and the fault was fixed on 4 March 2026.",
                        "Your proposal has moved on to the evaluation phase."],
        "footers": ["This is an automated message, please do not reply.",
                    "This email may contain confidential information. If you received it by mistake, please delete it.",
                    "Privacy notice: hel.fi/privacy", "Case number: HEL-2026-{n}"],
        "group_sigs": ["Regards, the residents of building C", "Cheers from a tired parent in Kallio",
                       "Best, a daily cyclist", "Thanks, your neighbours on the 4th floor"],
        "traps": ["Will the Hakaniemi market hall be open on Sundays? Mark my words, people would come.",
                  "My water bill went up again. Frank question: why is the sauna at Allas Sea Pool so expensive?",
                  "Hope the city fixes the path to Seurasaari before summer, the Urho Kekkonen museum is worth a visit.",
                  "Our dog Charlie loves the new dog park in Herttoniemi. Grace and patience are needed at the gate though."],
    },
}


def _phone(rng):
    if rng.random() < 0.12:
        d = "".join(str(rng.randrange(10)) for _ in range(7))
        return rng.choice(["09 %s %s" % (d[:3], d[3:]), "09-%s" % d, "+358 9 %s %s" % (d[:3], d[3:])])
    pre = rng.choice(["040", "041", "044", "045", "050", "0400", "0457"])
    d = "".join(str(rng.randrange(10)) for _ in range(7 if len(pre) == 3 else 6))
    style = rng.randrange(5)
    if style == 0:
        return "%s %s %s" % (pre, d[:3], d[3:])
    if style == 1:
        return pre + d
    if style == 2:
        return "%s-%s" % (pre, d)
    if style == 3:
        return "+358 %s %s %s" % (pre[1:], d[:3], d[3:])
    return "+358" + pre[1:] + d


def _email(rng, first, last):
    f = first.lower().translate(_ASCII)
    l = last.lower().translate(_ASCII)
    style = rng.randrange(4)
    if style == 0:
        local = "%s.%s" % (f, l)
    elif style == 1:
        local = "%s%s" % (f[0], l)
    elif style == 2:
        local = "%s.%s%d" % (f, l, rng.randrange(1, 99))
    else:
        local = "%s_%s" % (f, l[:4])
    return "%s@%s" % (local, rng.choice(EMAIL_DOMAINS))


def _person(rng, lang):
    x = rng.random()
    if lang == "fi":
        pool = "fi" if x < 0.75 else ("intl" if x < 0.92 else "sv")
    elif lang == "sv":
        pool = "sv" if x < 0.7 else ("fi" if x < 0.85 else "intl")
    else:
        pool = "intl" if x < 0.6 else ("fi" if x < 0.8 else "sv")
    if pool == "fi":
        return rng.choice(FI_FIRST), rng.choice(FI_LAST)
    if pool == "sv":
        return rng.choice(SV_FIRST), rng.choice(SV_LAST)
    return rng.choice(INTL_NAMES)


def _display(rng, first, last):
    style = rng.randrange(9)
    if style <= 2:
        return "%s %s" % (first, last)
    if style == 3:
        return first
    if style == 4:
        return ("%s %s" % (first, last)).upper()
    if style == 5:
        return first.lower()
    if style == 6:
        return ("%s %s" % (first, last)).lower()
    if style == 7:
        return "%s. %s" % (first[0], last)
    return "%s %s." % (first, last[0])


def _sig(rng, lang):
    L = LANG[lang]
    first, last = _person(rng, lang)
    full = "%s %s" % (first, last)
    n = _display(rng, first, last)
    cl = rng.choice(L["closings"])
    style = rng.randrange(14)
    if style == 0:
        return "%s\n[[P:%s]]" % (cl, n)
    if style == 1:
        return "%s [[P:%s]]" % (cl, first)
    if style == 2:
        return "%s\n[[P:%s]]\n[[T:%s]]" % (cl, n, _phone(rng))
    if style == 3:
        return "%s\n[[P:%s]], %s" % (cl, full, rng.choice(L["roles"]))
    if style == 4:
        return "%s\n[[P:%s]] / %s" % (cl, full, rng.choice(L["orgs"]))
    if style == 5:
        return "/[[P:%s]]" % rng.choice([first, first.lower()])
    if style == 6:
        return "-- \n[[P:%s]]\n[[E:%s]]" % (full, _email(rng, first, last))
    if style == 7:
        return "%s\n[[P:%s]]\n\n%s" % (cl, n, rng.choice(L["apps"]))
    if style == 8:
        return "[[P:%s]] ([[T:%s]])" % (full, _phone(rng))
    if style == 9:
        f2, l2 = _person(rng, lang)
        while f2 == first:
            f2, l2 = _person(rng, lang)
        return "%s\n[[P:%s]] %s [[P:%s %s]]" % (cl, first, L["and"], f2, l2)
    if style == 10:
        f2, l2 = _person(rng, lang)
        f3, l3 = _person(rng, lang)
        return "%s\n[[P:%s]], [[P:%s %s]] %s [[P:%s %s]]" % (cl, full, f2, l2, L["and"], f3, l3)
    if style == 11:
        return "%s\n[[P:%s]]\n%s [[T:%s]] | [[E:%s]]" % (
            cl, full, rng.choice(L["phone_label"]), _phone(rng), _email(rng, first, last))
    if style == 12:
        return "- [[P:%s]], [[T:%s]]" % (n, _phone(rng))
    return "[[P:%s]]" % n


def _signed(rng, lang):
    L = LANG[lang]
    kind = rng.randrange(8)
    body = rng.choice(L["bodies"])
    if rng.random() < 0.2:
        body += " " + rng.choice(L["in_body_phone"]).format(p=_phone(rng))
    if kind == 0:
        first, last = _person(rng, lang)
        return "> [[P:%s]] %s\n> %s\n\n%s\n%s" % (
            first, L["wrote"], rng.choice(L["quotes"]), rng.choice(L["replies"]), _sig(rng, lang))
    if kind == 1:
        first, last = _person(rng, lang)
        frm, sent, subj = L["fwd"]
        return "%s [[P:%s %s]] <[[E:%s]]>\n%s %s\n%s %s\n\n%s\n\n%s" % (
            frm, first, last, _email(rng, first, last), sent, rng.choice(L["dates"]),
            subj, rng.choice(L["subjects"]), body, _sig(rng, lang))
    greet = rng.choice(L["greetings"])
    head = (greet + "\n") if greet else ""
    sep = rng.choice(["\n", "\n\n"])
    return head + body + sep + _sig(rng, lang)


def _negative(rng, lang):
    L = LANG[lang]
    kind = rng.choice([0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 6, 6, 6])
    cl = rng.choice(L["closings"])
    if kind == 0:
        return "%s\n\n%s\n%s" % (rng.choice(L["city_bodies"]), cl, rng.choice(L["org_sigs"]))
    if kind == 1:
        return "%s\n\n%s" % (rng.choice(L["bodies"]), rng.choice(L["apps"]))
    if kind == 2:
        frm, sent, subj = L["fwd"]
        return "%s %s\n%s %s\n\n%s" % (sent, rng.choice(L["dates"]), subj.replace(" VL:", "").replace(
            " VB:", "").replace(" FW:", ""), rng.choice(L["subjects"]), rng.choice(L["bodies"]))
    if kind == 3:
        foot = rng.choice(L["footers"]).format(n=rng.randrange(10000, 99999))
        return "%s\n\n%s\n%s\n\n%s" % (rng.choice(L["city_bodies"]), cl, rng.choice(L["org_sigs"]), foot)
    if kind == 4:
        frm, sent, subj = L["fwd"]
        org = rng.choice(L["org_sigs"]).split("\n")[0]
        return "%s %s\n%s %s\n%s %s\n\n%s" % (frm, org, sent, rng.choice(L["dates"]), subj,
                                              rng.choice(L["subjects"]), rng.choice(L["city_bodies"]))
    if kind == 5:
        return "%s\n%s" % (rng.choice(L["bodies"]), rng.choice(L["group_sigs"]))
    trap = rng.choice(L["traps"])
    if rng.random() < 0.5:
        trap += "\n\n" + rng.choice(L["apps"])
    return trap


GEN_PLAN = [("fi", "signed", 25), ("fi", "negative", 20), ("sv", "signed", 12), ("sv", "negative", 10),
            ("en", "signed", 13), ("en", "negative", 10)]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = [("fi", t) for t in FI_HAND] + [("sv", t) for t in SV_HAND] + [("en", t) for t in EN_HAND]
    seen = [t for _, t in out]
    for lang, kind, count in GEN_PLAN:
        made = 0
        tries = 0
        while made < count and tries < 2000:
            tries += 1
            text = _signed(rng, lang) if kind == "signed" else _negative(rng, lang)
            if text in seen:
                continue
            seen.append(text)
            out.append((lang, text))
            made += 1
    rng.shuffle(out)
    return out
