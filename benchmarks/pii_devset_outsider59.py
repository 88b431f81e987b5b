"""Blind evaluation block 59 for the personal-data scrubber.

Written by helper "outsider 59" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was given). I ran no git commands and did not run the
scrubber or any evaluation. The texts are written from the brief and from my own knowledge of how
residents and city staff write e-mail.

Focus: "forwarded mail and staff replies": feedback that reaches the city as forwarded e-mails and
the replies of city staff, in Finnish (about 50 %), Swedish (about 25 %) and English (about 25 %).
Header lines (Lähettäjä:, Vastaanottaja:, Från:, Till:, From:, To:, Cc:, Lähetetty:, Aihe:,
Subject:) with names and e-mail addresses, quoted earlier messages ("> ..."), "On ... wrote:"
lines, staff signatures with name, title, unit and phone, residents' signatures, mail-app footers
("Lähetetty iPhonesta"), disclaimers, reference numbers (HEL-2026-001234) and case numbers. Staff
names and staff members' own phone numbers and name-based addresses are personal data; the city's
switchboard, customer-service numbers and service mailboxes (kirjaamo@hel.fi, noreply@hel.fi ...)
are not. About a third of the records are hard negatives: headers and replies with no personal data,
service mailboxes, unit names, dates, case numbers, streets without house numbers, famous people,
words that are also first names.

Seed: 5959 (random.Random(SEED) is used only by the small generators at the end of the file).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person's name (case endings,
possessive 's and Swedish genitive -s inside the span, titles and role words outside), E e-mail
address, T phone number, H Finnish personal identity code, I IBAN / bank account, R licence plate,
IP IP address, A street address with a house number (postal code and city outside).
"""

import datetime
import random

SEED = 5959

# ---------------------------------------------------------------------------
# Finnish, written by hand
# ---------------------------------------------------------------------------

FI_HAND = [
"""---------- Välitetty viesti ---------
Lähettäjä: [[P:Liisa Mäkelä]] <[[E:liisa.makela@gmail.com]]>
Date: ti 3.3.2026 klo 10.12
Subject: roskis kaatunut
To: <kirjaamo@hel.fi>

Hei, Vallilanlaaksossa on ollut roskis kumossa jo viikon, siinä Sturenkadun puoleisessa päässä. Voisko joku käydä nostamassa ennenku varikset levittää kaiken

[[P:Liisa]]""",

"""Hei [[P:Liisa]],

kiitos palautteestasi. Olemme välittäneet asian alueen kunnossapitourakoitsijalle, joka käy korjaamassa roska-astian tämän viikon aikana.

Ystävällisin terveisin

[[P:Tiina Laaksonen]]
asiakaspalveluasiantuntija
Kaupunkiympäristön asiakaspalvelu
Helsingin kaupunki
puh. 09 310 22111
[[E:tiina.laaksonen@hel.fi]]

ti 3.3.2026 klo 10.12 [[P:Liisa Mäkelä]] ([[E:liisa.makela@gmail.com]]) kirjoitti:
> Hei, Vallilanlaaksossa on ollut roskis kumossa jo viikon, siinä Sturenkadun puoleisessa päässä.
> [[P:Liisa]]""",

"""Lähettäjä: [[P:Rantanen Heikki]] <[[E:heikki.rantanen@hel.fi]]>
Lähetetty: keskiviikko 11. helmikuuta 2026 14.37
Vastaanottaja: [[P:Nurmi Pekka]] <[[E:pekka.nurmi@hel.fi]]>
Kopio: Kirjaamo <kirjaamo@hel.fi>
Aihe: VS: Katuvalo pimeänä Kaarelantiellä, HEL-2026-001873

[[P:Pekka]], tämä kuuluu teidän urakka-alueelle, voitko katsoa? Asukas on soittanut jo kahdesti.

t. [[P:Heikki]]

[[P:Heikki Rantanen]]
valaistusinsinööri
Kaupunkiympäristön toimiala / Rakennetun omaisuuden hallinta
p. [[T:040 334 5128]]""",

"""Aihe: Lumivalli pihaliittymän edessä

Hei
Auraus jätti taas metrin korkuisen vallin meidän pihaliittymän eteen osoitteessa [[A:Kaarelantie 7 A]], 00420 Helsinki. Ei pääse autolla ulos eikä sisään, vaimo joutui jättämään auton ([[R:KXT-482]]) kadunvarteen ja siitä tuli heti lappu!! Pyydän että sakko perutaan ja valli poistetaan.

[[P:Markku]] ja [[P:Sirpa Heinonen]]
[[T:050 418 2276]]

Lähetetty iPhonesta""",

"""Kiitos vastauksesta mutta ei oo vieläkään korjattu, kävin just kattomassa. Eli sama vika edelleen.

-[[P:Jari]]

ma 9.2.2026 klo 8.03 Kaupunkiympäristön asiakaspalvelu <kaupunkiymparisto@hel.fi> kirjoitti:
> Hei,
> kiitos palautteestasi. Korjaustyö on tilattu ja se tehdään arviolta kahden viikon sisällä.
> Ystävällisin terveisin
> Kaupunkiympäristön asiakaspalvelu""",

"""Hei [[P:Annika]],

välitän alla olevan Kerrokantasi-kommentin sinulle tiedoksi, koska se koskee suoraan Malmin lentokentän alueen liikenneratkaisuja. Kirjoittaja toivoo vastausta suoraan sähköpostiinsa.

Terv. [[P:Olli Kettunen]], vuorovaikutussuunnittelija

-----
Kommentin kirjoittaja: [[P:Raimo Sjöblom]] ([[E:raimo.sjoblom@welho.com]])
"Tattarisuon suunnasta ei ole mitään järkevää pyöräreittiä, ja nyt kaavassa sekin vähä katkaistaan. Olen ajanut tätä väliä 30 vuotta."
""",

"""---------- Välitetty viesti ---------
Lähettäjä: Varaamo <noreply@hel.fi>
Päivämäärä: pe 20.2.2026 klo 16.45
Aihe: Varausvahvistus: Kokoushuone Kuusi, Oodi
Vastaanottaja: <[[E:jukka.lehtonen@kolumbus.fi]]>

Varaaja: [[P:Jukka Lehtonen]]
Puhelin: [[T:044 971 3305]]
Aika: la 28.2.2026 klo 12.00–15.00
Varausnumero: 48211

[[P:Mervi]], tässä se vahvistus, sä hoidat avaimet kun mä oon töissä. Kortti pitää näyttää infossa.""",

"""Hei,

sain pysäköintivirhemaksun autolleni [[R:ZLO-915]] 14.1.2026 Runeberginkadulla, vaikka kyltissä luki että maksuton 18 jälkeen. Pyysitte oikaisuvaatimukseen henkilötunnuksen: [[H:020561-754C]].

Maksu on jo maksettu, joten jos oikaisu hyväksytään niin palautus tilille [[I:FI29 2387 7899 5013 19]].

Ystävällisesti
[[P:Seppo Hämäläinen]]
[[A:Museokatu 22 B 17]]
00100 Helsinki""",

"""Hei [[P:Seppo Hämäläinen]],

oikaisuvaatimuksenne on vastaanotettu ja sille on annettu asianumero HEL-2026-002214. Käsittelyaika on tällä hetkellä noin 6–8 viikkoa. Päätös lähetetään Suomi.fi-viesteihin tai kirjeitse.

Huom! Älkää lähettäkö henkilötunnusta jatkossa tavallisella sähköpostilla, käyttäkää turvapostia.

Ystävällisin terveisin
[[P:Kaisa Peltonen]]
lupakäsittelijä
Pysäköinninvalvonta, Kaupunkiympäristön toimiala""",

"""Lähettäjä: Palautejärjestelmä <noreply@hel.fi>
Aihe: Uusi palaute: Liikenne ja kadut / Katuvalot

Palautteen tunniste: 20260227-1193
Lähettäjän nimi: [[P:Anneli Koivisto]]
Sähköposti: [[E:anneli.koivisto58@gmail.com]]
Puhelin: [[T:+358 40 552 1089]]
IP-osoite: [[IP:85.76.134.201]]
Palaute: Kolme lamppua pimeänä Lauttasaarentiellä välillä Isokaari – Gyldénintie, todella pimeää kävellä koiran kanssa.""",

"""hei vaan
mä soitin tästä jo viime viikolla jollekin [[P:Mikolle]] ja se sano että joku tulee katsomaan mut ei oo kuulunut mitään. Nyt taas joku on ajanut auton puiston nurmelle Kannelmäessä, rekkari oli [[R:FJP-37]], kuvat liitteenä.
[[P:Anu K.]]

Lähetetty Samsung Galaxy -älypuhelimesta""",

"""Hei [[P:Anu]],

pahoittelut, ettei asiaan ole palattu. [[P:Mikko]] on ollut lomalla ja viesti jäi valitettavasti hänen laatikkoonsa. Olen nyt itse ilmoittanut asian pysäköinninvalvontaan ja puistokunnossapitoon.

Jos haluat, voit soittaa minulle suoraan numeroon [[T:09 310 38417]].

[[P:Johanna Vainio]]
aluesuunnittelija, Länsi
Helsingin kaupunki / Kaupunkiympäristö""",

"""Lähettäjä: [[P:Kristiina Auvinen]] <[[E:kristiina.auvinen@hel.fi]]>
Lähetetty: 5. maaliskuuta 2026 9.02
Vastaanottaja: [[P:Tapio Lindroos]] <[[E:tapio.lindroos@outlook.com]]>
Aihe: VS: OmaStadi-ehdotus: Pukinmäen skeittipaikka

Hei [[P:Tapio]],

kiitos ehdotuksesta! Yhdistimme sen [[P:Eerikin]] samankaltaiseen ehdotukseen (Pukinmäen liikuntapuisto), jotta ne eivät kilpaile keskenään äänestyksessä. Jos olet eri mieltä, laita viestiä niin katsotaan.

Terveisin
[[P:Kristiina]]
stadiluotsi, Koillinen
[[T:040 673 9921]]""",

"""Hei!

Täällä [[P:Tapio]] taas. Ihan ok että yhdistetään, mutta voitteko laittaa mun ja [[P:Eerik Saarisen]] nimet molemmat ehdottajiksi? Me ollaan jo sovittu yhteistyöstä.

terv. [[P:Tapio Lindroos]]
[[T:045 118 0734]]

> Lähettäjä: [[P:Kristiina Auvinen]] <[[E:kristiina.auvinen@hel.fi]]>
> Hei [[P:Tapio]], kiitos ehdotuksesta!""",

"""Aihe: Kirjastotila Kalasatamassa – avainten nouto

Moi,
meidän lukupiirin varaus ke 18.3. klo 17–19, avaimet hakee [[P:Helena Wikström]] (p. [[T:041 772 6650]]) koska mä en ehdi töistä. Varaus on mun nimissä, [[P:Outi Rautio]].

Kiitos!
[[P:Outi]]

Lähetetty Outlook for Android -sovelluksesta""",

"""Hei [[P:Outi]],

kirjaston tiloihin ei tarvita avainta, vaan [[P:Helena]] voi kertoa varauksen nimen palvelutiskillä ja henkilökunta avaa oven. Varaus on kunnossa.

t. [[P:Niko Harju]]
kirjastovirkailija
Kalasataman kirjasto""",

"""----- Alkuperäinen viesti -----
Lähettäjä: [[P:Ulla-Maija Ström]] <[[E:ullamaija.strom@elisanet.fi]]>
Vastaanottaja: "kirjaamo@hel.fi" <kirjaamo@hel.fi>
Aihe: Naapurin puunkaato

Hyvät herrat,
naapurimme kiinteistöllä [[A:Kalastajantie 4]] kaadettiin eilen kolme isoa koivua. Onko heillä lupa? Meidän tontti on viereinen, [[A:Kalastajantie 6]].
Kunnioittavasti [[P:U-M Ström]]""",

"""Hei,

kiitos viestistänne. Asia on kirjattu ja siirretty rakennusvalvontapalveluille, jossa tarkastaja [[P:Lauri Ojala]] selvittää, onko kaadolle haettu maisematyölupaa.

Asianumero: HEL-2026-003391

Ystävällisin terveisin
Kirjaamo
Helsingin kaupunki""",

"""Moikka [[P:Sanna]] ja [[P:Petri]]!
Laitoin teidät cc:hen koska olette taloyhtiön hallituksessa. Tässä kaupungin vastaus pihakadun hidastetöyssystä, aika ympäripyöreä imo.
[[P:Marjut]]

Lähettäjä: [[P:Jussi Kemppainen]] <[[E:jussi.kemppainen@hel.fi]]>
Aihe: Vs: Hidasteet Ylä-Malmilla
"Hidasteiden lisäämistä arvioidaan osana alueen liikenneturvallisuussuunnitelmaa vuonna 2027."
""",

"""Kopio: [[P:Sanna Honkanen]] <[[E:sanna.honkanen@luukku.com]]>, [[P:Petri Aaltonen]] <[[E:petri.aaltonen@gmail.com]]>
Aihe: Re: Vs: Hidasteet Ylä-Malmilla

Samaa mieltä [[P:Marjutin]] kanssa. Kirjoitan hallituksen nimissä uuden viestin. Voiko joku laittaa mulle sen liikenneinsinöörin suoran numeron?
-[[P:Sanna]]""",

"""Vastaus [[P:Sannalle]]: numero on [[T:09 310 37754]], se on [[P:Kemppaisen]] työnumero. Mutta parempi laittaa sähköpostia, ei se vastaa puhelimeen koskaan 😅""",

"""Hei,

Kiitos että vastasitte nopeasti. Liitteenä kuvat murtuneesta kaiteesta. Osoite on [[A:Siltasaarenkatu 16]], siinä heti Hakaniemen sillan kupeessa.

[[P:Pirjo]]

-- 
[[P:Pirjo Nyström]]
[[T:+358 50 336 7182]]
"Elämä on liian lyhyt huonoon kahviin" ☕""",

"""[[P:Martti]],
katsoitko jo tätä? Sama asukas on laittanut nyt neljännen viestin. Vastaa mielellään tänään, niin kirjataan vastaus samaan asiaan (HEL-2026-000915).
- [[P:Sari]]

[[P:Sari Lehtimäki]] | tiimiesihenkilö | Asiakaspalvelu | Kaupunkiympäristön toimiala
puh. [[T:040 186 2293]]""",

"""Hei [[P:Tuula]],

pahoittelemme vastauksen viivästymistä. Kävin paikan päällä maanantaina [[P:Janne Laitisen]] kanssa ja totesimme, että kaivon kansi on todella painunut. Korjaus on tilattu Stara-urakoitsijalta.

terveisin
[[P:Martti Hyvärinen]]
kunnossapitoinsinööri
[[E:martti.hyvarinen@hel.fi]]
[[T:+358 9 310 21446]]""",

"""Lähetetty: 12.1.2026 22:41
Lähettäjä: [[P:tuulikki.virta]] <[[E:tuulikki.virta@pp.inet.fi]]>
Aihe: Naapurin koira

Naapurin [[P:Ruohosen]] koira haukkuu aina kun ne lähtee töihin, 6.30–16. Asun [[A:Vanha Hämeenkyläntie 14 C 9]], Vantaa. Mitä tälle voi tehdä. Koiran nimi on Ässä jos se auttaa.""",

"""Hei

Välitän Vantaan kaupungille, koska osoite on Vantaalla.

Ystävällisin terveisin
[[P:Emilia Kärkkäinen]]
Helsingin kaupunki, Kirjaamo
kirjaamo@hel.fi""",

"""Lähettäjä: [[P:Ahmed Yusuf]] <[[E:ahmed.yusuf92@hotmail.com]]>
Aihe: jäätelökioski lupa

hei, mä haluun hakea lupaa jäätelö myyntiin Hietaniemen rannalle kesäksi. Mun y-tunnus on 3211456-7 (toiminimi). Voitteko soittaa [[T:0449876123]]. kiitos

[[P:Ahmed]]""",

"""Hei [[P:Ahmed]],

kiitos yhteydenotosta. Myyntipaikkoja haetaan keväällä sähköisesti, haku aukeaa 1.3. ja päättyy 31.3.2026. Lisätietoja: ulkoinen.myynti@hel.fi tai kaupunkiympäristön asiakaspalvelu 09 310 22111.

Ystävällisesti
[[P:Reetta Holm]]
alueidenkäyttö""",

"""Sähköposti-keskustelu Kerrokantasi-kyselystä, välitetty puheenjohtajalle:

> [[P:Kari Nieminen]] kirjoitti 2.2.2026:
> Alueen uudet kerrostalot ovat liian korkeita, ja varjostavat Meilahden huvilapuistoa.
>
> [[P:Leena Tuominen]] vastasi:
> Olen eri mieltä kuin [[P:Kari]]. Asuntoja tarvitaan, ja varjoanalyysi on liitteessä 4.

Tiedoksi [[P:Hannele]], tuo on nyt koko keskustelu.
[[P:Arttu]]""",

"""hei! vaihdoin puhelinnumeron, uusi on [[T:041 908 3312]]. voisitteko päivittää sen tuohon meidän OmaStadi-ehdotukseen yhteyshenkilön tietoihin (ehdotus nro 1184, "Lasten leikkipaikka Myllypuroon"). Vanha oli [[T:040 773 2016]].
[[P:Hanna-Kaisa Mattila]]""",

"""Lähettäjä: [[P:Mattila Hanna-Kaisa]]
Lähetetty: sunnuntai 8. maaliskuuta 2026 21.14
Vastaanottaja: omastadi@hel.fi
Aihe: puhelinnumero

hei! vaihdoin puhelinnumeron...""",

"""Hei [[P:Riitta]] ja kiitos viestistä!

Kysyit kuka vastaa Tapanilan urheilupuiston valaistuksesta. Se on [[P:Ville Puustinen]] liikuntapalveluista, [[E:ville.puustinen@hel.fi]]. Hän on tavoitettavissa ti–to.

Hyvää kevään jatkoa!
[[P:Minna]]""",

"""Lähettäjä: [[P:Pekka Korpela]] <[[E:pekka@korpelat.fi]]>
Vastaanottaja: [[P:Ville Puustinen]]
Aihe: Tapanilan kentän valot

Moi [[P:Ville]], [[P:Riitta Korpela]] (vaimoni) sanoi että sä oot oikea henkilö. Valot sammuu klo 21 vaikka talvella treenataan klo 21.30 asti. Voisko ajastusta muuttaa? Terveisin [[P:Pekka]], P-Tapanilan juniorit""",

"""Hei,

Tässä pyytämänne tiedot vahingonkorvaushakemusta varten:
Nimi: [[P:Irmeli Sundqvist]]
Henkilötunnus: [[H:230795-2790]]
Osoite: [[A:Pohjoinen Hesperiankatu 15 A 8]], 00260 Helsinki
Tilinumero: [[I:FI57 6071 3806 6658 41]]
Puhelin: [[T:050 990 1487]]

Kaaduin jäisellä kävelytiellä 3.2. ja ranne murtui. Lääkärintodistus liitteenä.""",

"""Hei [[P:Irmeli]],

hakemuksenne on kirjattu numerolla HEL-2026-004102. Vahinkoasioita käsittelee [[P:Tero Sivonen]], joka on teihin yhteydessä, jos tarvitaan lisäselvitystä.

Ystävällisin terveisin
Vahingonkorvaukset
Helsingin kaupunki

Tämä sähköposti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin vahingossa, ilmoita lähettäjälle ja poista viesti.""",

"""Lähetetty: torstai 15. tammikuuta 2026 7.58
Lähettäjä: [[P:Tommi Väisänen]]
Aihe: Katujen pesu Pasilassa

Mitä ihmettä? kadunpesukone kasteli mun polkupyörän ja repun kokonaan Ratapihantiellä. Kuljettajalle huudettiin mutta ei pysähtynyt. Auton numero oli joku [[R:HOL-228]] tai [[R:HOL-226]].
T. [[P:T. Väisänen]]""",

"""Hei,

Välitän [[P:Väisäsen]] palautteen Staralle, koska kadunpesu on teidän urakkaa. Voisitteko vastata asiakkaalle suoraan ja laittaa kirjaamon kopioksi.

[[P:Elina Forsman]]
asiakaspalveluasiantuntija
p. 09 310 22111 (asiakaspalvelu)
suora [[T:09 310 26678]]""",

"""Hyvä [[P:Paavo]],

kiitos kommentistanne Kerrokantasi-palvelussa koskien Hernesaaren asemakaavaa. Kommenttinne on kirjattu ja se otetaan huomioon kaavaselostuksen vuorovaikutusraportissa.

Pyysitte vastausta postitse osoitteeseen [[A:Laivurinkatu 35 A 2]]. Lähetämme vastineen sinne, kun raportti on valmis.

Ystävällisin terveisin
[[P:Satu Hietanen]]
arkkitehti, Asemakaavoitus""",

"""Lähettäjä: [[P:Hanna]] <[[E:hannamaria.k@gmail.com]]>
Aihe: Fwd: Re: leikkipuiston hiekka

Tässä viimeisin vastaus. Eli [[P:Kososen]] mukaan hiekka vaihdetaan "keväällä". Sama lupaus oli viime vuonna.

> Hei [[P:Hanna-Maria]],
> leikkipuisto Sepän hiekanvaihto on ohjelmoitu kevään 2026 töihin.
> t. [[P:Arto Kosonen]], puistoinsinööri""",

"""terve

sain teiltä laskun numero 2026-118044 vaikka en oo ikinä varannu sitä salia. Laskussa nimi [[P:Jari Heikkilä]] mut mä oon [[P:Jari Heikkinen]] ja osote on väärin, mä asun [[A:Myllypurontie 20 B 31]] enkä Myllytiellä.

[[P:Jari Heikkinen]]
[[T:0407712345]]""",

"""Hei [[P:Heikkinen]],

pahoittelemme sekaannusta. Lasku on mennyt väärälle henkilölle nimien samankaltaisuuden vuoksi, ja se on nyt mitätöity. Teidän ei tarvitse tehdä mitään.

Ystävällisin terveisin
Tilavaraukset / Varaamo
varaamo@hel.fi""",

"""Hei,
pyydän tietopyyntönä kaikki asiakirjat, joissa minun nimeni ([[P:Marko Juhani Salminen]], s. [[H:310172-042R]]) esiintyy rakennusvalvonnan rekisterissä vuodesta 2020 alkaen.
Vastaus sähköpostiin [[E:m.j.salminen@iki.fi]].

[[P:Marko]]""",

"""Lähettäjä: [[P:Harri]]
Vastaanottaja: [[P:Kaija]]; [[P:Jouni]]
Aihe: Fw: Melu Kruunuvuorenrannassa

[[P:Kaija]] hei, muistatko tämän [[P:Rissasen]] valituksen rakennusmelusta? Nyt on tullut sama asia toiselta asukkaalta. Voidaanko laittaa yksi yhteinen vastaus?""",

"""Hei [[P:Annikki]],

sain viestisi. Se minkä kuvasit (isot kivet Vuosaaren uimarannan hiekassa) on tosiaan vaarallinen. Olen pyytänyt, että ne kerätään ennen uimakauden alkua.

Voin soittaa sinulle ensi viikolla, kun tiedän aikataulun. Numero on varmaan se sama [[T:044 301 8821]]?

[[P:Jaakko]]
[[P:Jaakko Mustonen]], liikuntapaikkamestari, Itä""",

"""RE: Tiedustelu nuorisotalon tilasta

Kiitos [[P:Kirsi Backman]]!
Me ollaan siis 8 hengen kuoro, ja [[P:Pirkko]] meiltä tuo pianistin. Maksaja on yhdistys, mut laskun voi laittaa mulle osoitteeseen [[A:Pihlajamäentie 11 D 47]].
[[P:Aila Nyman]]
Kuoro Laulujoutsenet ry""",

"""---- Välitetty viesti ----
Lähettäjä: [[P:Mika Rautiainen]] <[[E:mika.rautiainen@hel.fi]]>
Aihe: Asukastilaisuus 24.3. – esiintyjät

Hei, tilaisuuteen tulevat puhumaan [[P:Tarja Anttila]] (liikennesuunnittelu) ja [[P:Olli Lassila]] (asemakaavoitus). Moderaattorina minä. Asukkaita voi ohjata lähettämään kysymyksiä etukäteen osoitteeseen kaupunkisuunnittelu@hel.fi.""",

"""Moi,
liitän tähän lomakkeen tiedot, koska sähköinen lomake kaatui:
nimi [[P:Veikko Laaksonen]]
hetu [[H:170649-3945]]
tilinro [[I:FI6399048576597640]]
haen liikkumisen tukea (kuljetuspalvelu)
osoite [[A:Kuusikkotie 3 as 5]], Espoo
puh [[T:09 855 2231]]
Tytär [[P:Leena]] auttoi kirjoittamisessa.""",

"""Hei [[P:Leena]],

isäsi [[P:Veikko Laaksosen]] hakemus on vastaanotettu. Koska hakemuksessa on henkilötunnus ja tilinumero, poistimme alkuperäisen viestin ja tallensimme tiedot suoraan asiakastietojärjestelmään. Jatkossa käytättehän suojattua sähköpostia.

Ystävällisin terveisin
[[P:Marja-Liisa Kangas]]
sosiaaliohjaaja, Vanhusten palvelut, Espoon kaupunki""",

"""Lähettäjä: Kaupunkiympäristön asiakaspalvelu
Vastaanottaja: [[P:Timo Kokkonen]] <[[E:timo.kokkonen77@gmail.com]]>
Aihe: Vastaus palautteeseesi HEL-2026-001034

Hei [[P:Timo]], kiitos palautteestasi koskien bussilinjan 55 pysäkkiä. Pysäkkejä hallinnoi HSL, joten välitimme viestisi sinne.""",

"""mä oon tosi pettynyt teidän vastaukseen. Tää kaikki alko kun naapurin [[P:Kimmo]] rakensi aidan meidän puolelle. Mun isä [[P:Esko]] on jo 87 eikä pysty kiertämään aidan ympäri.""",

"""Hei vielä,
unohdin kertoa, että yhteyshenkilö OmaStadi-hankkeessamme on jatkossa [[P:Jenni Leppänen]], [[E:jenni.leppanen@kolmenkoonpuutarha.fi]], koska muutan ulkomaille. Kiitos kaikesta!
[[P:Sini]]""",

"""Hei [[P:Jenni]],

tervetuloa mukaan! Laitan [[P:Sinin]] vielä cc:ksi tähän viestiin. Seuraava tapaaminen hankkeesta on to 16.4. klo 17 Kontulan asukastalossa. Tuothan kyselyn tulokset mukanasi.

[[P:Kristiina Auvinen]]
stadiluotsi
Cc: [[P:Sini Lampinen]] <[[E:sini.lampinen@gmail.com]]>""",

"""Aihe: VS: VS: VS: Pyöräparkki Itäkeskukseen

[[P:Joonas]] vastaa tähän, hän on nykyään vastuussa Itäkeskuksen asemanseudusta.

[[P:Riikka Salmela]]
projektipäällikkö
[[T:+358 40 520 8814]]""",

"""Lähettäjä: [[P:Arja Kauppinen]] [mailto:[[E:arja.kauppinen@saunalahti.fi]]]
Lähetetty: 2. helmikuuta 2026 18:20
Vastaanottaja: Helsingin kaupunki, Kirjaamo
Aihe: ilkivalta

Taas on joku sotkenut Torkkelinmäen puiston penkit tussilla. Asun ihan vieressä, [[A:Torkkelinkatu 9 A 12]].
[[P:Arja Kauppinen]]""",

"""Moi,
[[P:Kallelta]] sain tämän numeron. Meidän kerhon varaus Malmitalon pienestä salista pitäis siirtää viikolla eteenpäin. Soita mulle kun ehdit, [[T:045-671 2290]].
[[P:Raili]]""",

"""Huomenta [[P:Tero]],
vastaan [[P:Pirkko Hakalan]] puolesta, hän on sairaslomalla. Sain kyllä kuvat ja laitan ne eteenpäin. Terv. [[P:Outi S.]]""",
]

FI_HAND_NEG = [
"""Kiitos viestistäsi. Olen lomalla 23.2.–1.3.2026 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä Kaupunkiympäristön asiakaspalveluun, puh. 09 310 22111 tai kaupunkiymparisto@hel.fi.""",

"""Lähettäjä: Kirjaamo <kirjaamo@hel.fi>
Lähetetty: maanantai 2. maaliskuuta 2026 9.15
Vastaanottaja: Kaupunkiympäristön toimiala
Aihe: VS: Palaute HEL-2026-001234

Välitetään toimialalle vastattavaksi. Asia on kirjattu asianhallintajärjestelmään.""",

"""Hei,

kiitos palautteestasi. Palautteesi on vastaanotettu ja se on saanut tunnuksen HEL-2026-002781. Käsittelemme palautteet saapumisjärjestyksessä, tavoitteena vastata viiden arkipäivän kuluessa.

Tähän viestiin ei voi vastata.

Helsingin kaupunki
Kaupunkiympäristön asiakaspalvelu""",

"""Lähetetty iPhonesta""",

"""Aihe: Onni-kampanjan julisteet Töölöntorilla

Kiitos ilmoituksesta. Julisteet kuuluvat kaupungin omaan kampanjaan, ja ne poistetaan 31.3. jälkeen.""",

"""Hei,
toivon että Aleksis Kiven kadun ja Sturenkadun risteykseen saataisiin suojatie. Nykyään siinä ylittää tien joka aamu kymmeniä koululaisia. Koulu alkaa klo 8.15.""",

"""> Asia: Tarja Halosen puiston valaistus
> Lisätietoja: Kaupunkiympäristön asiakaspalvelu, 09 310 22111

Kiitos, tämä riittää meille. Ei tarvitse vastata.""",

"""Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tietoa. Jos olet saanut tämän viestin erehdyksessä, ilmoita siitä lähettäjälle ja tuhoa viesti. Viestin luvaton käyttö on kielletty.""",

"""VS: VS: Linjan 58 pysäkki siirtyy

Pysäkki siirtyy Koskelantieltä Käpyläntielle ajalle 12.1.–30.4.2026 katutöiden vuoksi. Ajantasaiset tiedot reittioppaasta. Kiitos kärsivällisyydestä!""",

"""Lähettäjä: Varaamo <noreply@hel.fi>
Aihe: Varauksesi on peruttu

Varaus 50211 (Kokoushuone Tammi, Kalliolan nuorisotalo, to 9.4.2026 klo 18–20) on peruttu. Jos peruutus tehtiin vahingossa, tee uusi varaus osoitteessa varaamo.hel.fi.""",

"""Satu-ilta kirjastossa la 14.3. klo 11 – lapsille 3–6 v. Paikalla satutäti. Ilmoittautumista ei tarvita. Lisätietoja kirjaston infosta p. 09 310 85000.""",

"""Hei,
Toivo-puiston leikkipaikan keinu on rikki, toinen ketju on irti. Siis se pieni puisto Toivonkadun päässä? Ei tiedä onko virallinen nimi.
Lähetetty Android-puhelimesta""",

"""Palautteeseesi on vastattu. Voit lukea vastauksen osoitteessa palautteet.hel.fi. Palautteen tunnus: 20260312-0441.""",

"""Lähettäjä: noreply@hel.fi
Vastaanottaja: kirjaamo@hel.fi
Aihe: Kerrokantasi: uusi kommentti kyselyyn "Malminkartanon täydennysrakentaminen"

Kyselyyn on jätetty uusi kommentti nimettömänä. Kommentteja yhteensä: 47.""",

"""Hei, Kiitos! Tätä odotinkin. Hyvää viikonloppua teillekin.""",

"""Asianumero HEL 2026-000517, päätös 18.2.2026 § 42. Valitusaika 30 päivää tiedoksisaannista. Muutoksenhakuohjeet liitteenä.""",

"""Hei, Mannerheimintiellä Oopperan kohdalla on liikennevalot olleet vilkkumassa keltaista koko aamun. Ratikat 4 ja 10 seisoo jonossa.""",

"""Hyvä vastaanottaja,

Helsingin kaupungin kirjaamo on siirtynyt uusiin tiloihin. Postiosoite on edelleen PL 10, 00099 Helsingin kaupunki. Sähköposti: helsinki.kirjaamo@hel.fi. Puhelinvaihde 09 310 1641.""",

"""ma 2.3.2026 klo 14.01 Helsingin kaupunki <noreply@hel.fi> kirjoitti:
> Kiitos osallistumisestasi OmaStadi-äänestykseen! Äänesi on tallennettu.

Miten pääsen muuttamaan ääntä?""",

"""Lahja kirjastolle: kaksi laatikkoa Muumi-kirjoja, jätetty infotiskille tiistaina. Ei tarvitse kuittausta.""",

"""Kiitos palautteesta. Kaupunginmuseo Aleksanterinkadulla on avoinna ti–su 11–19. Runebergin päivänä 5.2. museo on auki normaalisti.""",

"""Aihe: Re: Hakaniemen torin remontti

Aikataulu: torikauppa jatkuu väistötorilla syksyyn 2026 asti. Hallin kauppiaat palaavat halliin keväällä. Lisätietoja hakaniementori.fi.""",

"""Lähetetty: perjantai 6. helmikuuta 2026 16.02
Aihe: VL: Lumenkaato Kyläsaaressa

Tiedoksi. Lumenvastaanottopaikka on auki ma–pe 7–22 ja la 8–16. Maksu 9,50 €/kuorma.""",

"""hei, Kekkosen ajan kioski siellä Kaivopuistossa on ihan rapistunut. Kannattais kunnostaa, onhan se historiallinen.""",

"""Ystävällisin terveisin
Helsingin kaupunki
Kaupunkiympäristön toimiala
Asiakaspalvelu
PL 58231, 00099 HELSINGIN KAUPUNKI
puh. 09 310 22111
www.hel.fi/kaupunkiymparisto""",

"""Into oli kova kun puistotalkoot alkoivat klo 10, mutta sade yllätti. Ensi kerralla la 25.4. Ilmoittautumiset asukastalolle.""",

"""VS: Bussi 69 myöhässä
Kiitos, välitetty HSL:n asiakaspalveluun. HSL:n tunnus 2026-HSL-88201.""",
]

# ---------------------------------------------------------------------------
# Swedish, written by hand
# ---------------------------------------------------------------------------

SV_HAND = [
"""---------- Vidarebefordrat meddelande ---------
Från: [[P:Johanna Lindholm]] <[[E:johanna.lindholm@gmail.com]]>
Date: tis 3 mars 2026 kl 10:12
Subject: Trasig gatlykta
To: <registratur@hel.fi>

Hej! Gatlyktan utanför [[A:Runebergsgatan 41]] har varit släckt i två veckor. Det är väldigt mörkt när man går hem från spårvagnshållplatsen.

Mvh [[P:Johanna]]""",

"""Hej [[P:Johanna]],

tack för din respons. Vi har skickat ärendet vidare till entreprenören som ansvarar för gatubelysningen i området. Lyktan repareras inom två veckor.

Med vänlig hälsning

[[P:Mikael Sundström]]
kundtjänstexpert
Stadsmiljösektorns kundtjänst
Helsingfors stad
tfn 09 310 22111
[[E:mikael.sundstrom@hel.fi]]""",

"""Från: [[P:Ekman Camilla]] <[[E:camilla.ekman@hel.fi]]>
Skickat: den 11 februari 2026 14:37
Till: [[P:Nyberg Fredrik]] <[[E:fredrik.nyberg@hel.fi]]>
Kopia: Registratorskontoret <helsinki.registratur@hel.fi>
Ämne: VB: Snövallar på Drumsövägen, HEL-2026-001455

[[P:Fredrik]], kan du ta en titt på det här? Invånaren har ringt två gånger redan.

/[[P:Camilla]]

[[P:Camilla Ekman]]
trafikingenjör
Stadsmiljösektorn
tfn [[T:+358 40 612 7730]]""",

"""Den tis 3 mars 2026 kl 08:41 skrev [[P:Ulla Forsman]] <[[E:ulla.forsman@kolumbus.fi]]>:
> Hej, jag har fortfarande inte fått något svar om parkeringsboten.
> Bilen [[R:ISF-208]] stod på min egen gård på [[A:Brändövägen 12]].

Hej [[P:Ulla]],
ärendet behandlas och du får ett beslut per post. Vi ber om ursäkt för dröjsmålet.
Hälsningar, [[P:Patrik Holmberg]], Parkeringsövervakningen""",

"""Hej,

bifogar mina uppgifter till ansökan om skadestånd:
Namn: [[P:Birgitta Grönroos]]
Personbeteckning: [[H:061283-2512]]
Kontonummer: [[I:FI60 6816 6681 7781 52]]
Adress: [[A:Sandvikskajen 13 B 22]], 00180 Helsingfors
Tel. [[T:050 223 9018]]

Jag halkade på den isiga trottoaren vid Kampens köpcentrum den 3.2.

Skickat från min iPhone""",

"""Hej [[P:Birgitta]],

din ansökan har registrerats med diarienummer HEL-2026-004187. Handläggaren [[P:Sebastian Åberg]] kontaktar dig om vi behöver ytterligare uppgifter.

Observera att du inte ska skicka personbeteckning med vanlig e-post i fortsättningen, använd säker e-post.

Med vänliga hälsningar
Skadeståndsärenden
Helsingfors stad""",

"""Hej alla,

Jag vidarebefordrar [[P:Henriks]] kommentar från Dela din åsikt till planeraren. Han vill ha svar direkt till sin e-post.

-----
Kommentar av: [[P:Henrik Blomqvist]] ([[E:henrik.blomqvist@outlook.com]])
"Bygg inte på Kottbyängen! Där har barnen lekt i femtio år."

/[[P:Linnea Wikström]], delaktighetsexpert""",

"""Hej!
Vi är en liten kör som vill boka salen i Arbis på lördag 21.3 kl 14–16. Nycklarna hämtas av [[P:Maria Lindroos]] (tel. [[T:044 580 3317]]). Fakturan till mig: [[P:Tor Åkerblom]], [[A:Ulrikasborgsgatan 3 A 5]], 00140 Helsingfors.

Tack på förhand!
[[P:Tor]]""",

"""Hej [[P:Tor]],

bokningen är bekräftad (bokningsnummer 50917). [[P:Maria]] kan hämta nyckeln i receptionen på fredag mellan 9 och 15, ta med legitimation.

Vänliga hälsningar
[[P:Annika Lönnqvist]]
Lokalbokning, Arbis""",

"""Från: [[P:Erik Sjöholm]]
Till: kirjaamo@hel.fi
Ämne: buller

god dag. grannen i [[A:Albertsgatan 27 C 14]] har fest varje natt. jag heter [[P:Erik Sjöholm]] och bor i samma trappa, [[T:040-8812 764]]. snälla gör något""",

"""Hej [[P:Erik]],

störande buller i bostadshus hör tyvärr inte till stadens uppgifter, utan till husbolagets disponent eller polisen vid akuta störningar (112 vid nödsituation). Ta gärna kontakt med disponenten först.

Hälsningar
[[P:Jessica Mattsson]]
Stadsmiljösektorns kundtjänst""",

"""Hej [[P:Sofia]]!
Ja, vi har läst din OmaStadi-idé om en pumptrack i Nordsjö. Den har slagits ihop med [[P:Antons]] liknande förslag. Hör av dig om du har frågor!
[[P:Kim]]
[[P:Kim Söderlund]] | stadsluots, Öst | [[T:040 159 2276]]""",

"""> Från: [[P:Sofia Nylund]] <[[E:sofia.nylund@abo.fi]]>
> Ämne: Pumptrack i Nordsjö
>
> Hej, vem ska jag prata med om vår idé?

Svar: [[P:Kim Söderlund]] på delaktighetsenheten, [[E:kim.soderlund@hel.fi]].""",

"""Tjenare [[P:Bosse]]!
Skickar stadens svar hit så du ser. De säger att gångbron vid Gammelstadsforsen renoveras 2027. Tror det när jag ser det 😂
[[P:Gunnar]]

----- Ursprungligt meddelande -----
Från: Helsingfors stad <noreply@hel.fi>
Ämne: Svar på din respons HEL-2026-002019""",

"""Hej,

Jag skriver för min mammas räkning, [[P:Gunvor Holmström]], som bor på [[A:Mejlansvägen 6 A 3]]. Hennes gata har inte plogats på en vecka och hon kan inte gå till butiken med rollatorn.
Mitt nummer: [[T:+358 45 671 0283]]

Med vänlig hälsning
[[P:Karin Holmström-Lind]]""",

"""Hej [[P:Karin]],

tack för meddelandet. Vi har beställt plogning av Mejlansvägen idag. Om din mamma behöver hjälp med att handla kan hon kontakta Seniorinfo, tfn 09 310 44556.

Vänligen
[[P:Stefan Lindgren]]
underhållsingenjör, Västra distriktet""",

"""Hej!
Min cykel blev påkörd av en skåpbil med reg.nr [[R:GTK-559]] på Helsingegatan i morse. Föraren sa att han jobbar för staden. Kan ni kolla? [[P:Elin]] [[T:0400 381 227]]""",

"""Från: [[P:Nina Strandberg]] <[[E:nina.strandberg@hel.fi]]>
Till: [[P:Oskar Hägglund]] <[[E:oskar.hagglund@gmail.com]]>
Kopia: [[P:Viktor Lindell]] <[[E:viktor.lindell@hel.fi]]>
Ämne: SV: Kerrokantasi, Sörnäs strandväg

Hej [[P:Oskar]], jag skickar din fråga till [[P:Viktor]] som är trafikplanerare för området. Han svarar dig nästa vecka.""",

"""[[P:Viktor]] här. Kort svar: cykelbanan byggs på östra sidan, inte på parksidan. Ritningen finns bifogad.
//[[P:V. Lindell]]""",

"""Hej,
jag har bytt e-post från [[E:tove.bergman@suomi24.fi]] till [[E:tove.bergman@proton.me]]. Kan ni uppdatera det i min lokalbokning? Namn: [[P:Tove Bergman]].""",

"""Hälsningar från Dickursby!
Vi grannar på [[A:Trädgårdsvägen 18]] har samlat namn för farthinder. [[P:Leif Nordström]], [[P:Mirja Salonen]], [[P:Rasmus Ek]] och jag, [[P:Hanna Ek]].
Skickat från min Samsung""",

"""Hej [[P:Hanna]],
vägen hör till Vanda stad, så jag har skickat ert meddelande vidare till deras registratorskontor. Hälsningar [[P:Jonas]], Helsingfors stad.""",

"""Hej,
på begäran: [[P:Lars-Erik Wahlroos]], född 1944, personbeteckning [[H:281166-640L]]... nej förlåt, det är min frus. Min är [[H:190444-3172]]. Jag är förvirrad, ring mig hellre [[T:09 684 1225]].""",

"""Hej [[P:Ann-Sofi]],
jag har bokat Tölö biblioteks grupprum för ert möte. Nyckelkort hämtas av [[P:Rolf]] på torsdag. Ring mig om något ändras, [[T:040 711 5508]].
/[[P:Mats]]""",

"""Från: [[P:Malin Granqvist]] <[[E:malin.granqvist@live.se]]>
Skickat: måndag 9 mars 2026 19:02
Till: palaute@hel.fi
Ämne: Trappan vid Stenudden

Trappan ned till stranden är sönder, ett steg saknas helt. Farligt för barn!""",

"""Hej,
ni frågade efter bankkonto för återbetalning av hyresdepositionen: [[I:FI73 2448 8801 7271 30]], kontoinnehavare [[P:Per Öhman]].
Tack!""",

"""Hej [[P:Ingrid]],
jag såg att din kommentar på Kerrokantasi fick 40 gillamarkeringar, bra jobbat! Vi bjuder in kommentatorerna till ett invånarmöte. Kan jag ringa dig på [[T:050 336 9912]]?
[[P:Emma]] från stadsplaneringen""",
]

SV_HAND_NEG = [
"""Tack för ditt meddelande. Jag är på semester 23.2–1.3.2026. I brådskande ärenden kontakta Stadsmiljösektorns kundtjänst, tfn 09 310 22111 eller kaupunkiymparisto@hel.fi.""",

"""Från: Registratorskontoret <helsinki.registratur@hel.fi>
Skickat: måndag 2 mars 2026 09:15
Till: Stadsmiljösektorn
Ämne: VB: Respons HEL-2026-001234

Vidarebefordras för besvarande.""",

"""Skickat från min iPhone""",

"""Hej,
tack för din respons. Den har registrerats med nummer HEL-2026-003302. Vi svarar inom fem vardagar. Du kan inte svara på detta meddelande.
Helsingfors stad""",

"""Detta e-postmeddelande kan innehålla konfidentiell information. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera meddelandet.""",

"""Ämne: SV: Stigen vid Hagnäs strand

Stigen är avstängd 2.3–15.5.2026 på grund av kajrenovering. Omledning via Broholmsgatan.""",

"""Hej, spårvagn 9 har stått still vid Alexandersteatern i en halvtimme. Vad händer?""",

"""Ärende HEL 2026-000812, beslut 12.2.2026 § 18. Besvärstid 30 dagar. Anvisningar bifogas.""",

"""Tove Janssons park på Skatudden behöver fler papperskorgar, särskilt på sommaren när Viking Line-passagerarna passerar.""",

"""Från: noreply@hel.fi
Ämne: Din bokning har bekräftats

Bokning 51102: Mötesrum Björk, Stoa, ons 1.4.2026 kl 17–19. Avbokning senast 24 h innan via varaamo.hel.fi.""",

"""Med vänlig hälsning
Helsingfors stad
Stadsmiljösektorn, Kundtjänst
PB 58231, 00099 HELSINGFORS STAD
tfn 09 310 22111""",

"""Björnen i Högholmens djurpark är tillbaka i sitt hägn. Djurparken öppnar kl 10. Vänligen, Högholmens kundtjänst.""",

"""Tack, det räcker för oss. Ni behöver inte svara.

> Ärende: Sibeliusparkens belysning
> Mer info: kundtjänst 09 310 22111""",
]

# ---------------------------------------------------------------------------
# English, written by hand
# ---------------------------------------------------------------------------

EN_HAND = [
"""On Tue, 3 Mar 2026 at 10:12, [[P:Liisa Mäkelä]] <[[E:liisa.makela@gmail.com]]> wrote:
> Hi, I reported the broken bench at Sinebrychoff Park two weeks ago and nothing has happened.

Hi [[P:Liisa]],

thank you for your feedback and apologies for the delay. The bench has now been ordered for repair.

Kind regards,
[[P:Tiina Laaksonen]]
Customer Service Specialist
Urban Environment Division, City of Helsinki
tel. +358 9 310 22111""",

"""---------- Forwarded message ---------
From: [[P:Sarah Thompson]] <[[E:sarah.thompson@gmail.com]]>
Date: Mon, 16 Feb 2026 at 21:07
Subject: Noise from construction site
To: <kirjaamo@hel.fi>

Hello, I live at [[A:Hietalahdenkatu 9 B 21]] and the construction site across the street starts drilling at 6:30 every morning, including Saturdays. Isn't that against the rules?

Best,
[[P:Sarah]]
[[T:+358 44 905 1188]]

Sent from my iPhone""",

"""Hi [[P:Sarah]],

thank you for your message. Construction noise is regulated by the environmental services. I've forwarded your message to environmental inspector [[P:Jukka Honkanen]] ([[E:jukka.honkanen@hel.fi]]), who will contact you.

Best regards,
[[P:Anna Rask]]
Registry Office, City of Helsinki""",

"""From: [[P:David Okafor]] <[[E:d.okafor@outlook.com]]>
Sent: Wednesday, February 4, 2026 8:15 AM
To: Varaamo <varaamo@hel.fi>
Cc: [[P:Emily Chen]] <[[E:emily.chen@aalto.fi]]>
Subject: Key pickup for Saturday booking

Hi, I booked the music room at Vuosaari House for Sat 7 Feb. My colleague [[P:Emily]] will pick up the key as I'm travelling. Her number is [[T:050 447 2190]].

Thanks,
[[P:David]]""",

"""Hello [[P:David]],

the booking is confirmed. [[P:Emily Chen]] can pick up the key at the info desk on Friday 9–16; please ask her to bring ID.

Best regards,
[[P:Petra Kallio]]
Customer Service, Vuosaari House""",

"""Hi,

Following up on my earlier message below. Still no reply after three weeks.

[[P:James Walsh]]

> On 12 Jan 2026, at 19:44, [[P:James Walsh]] <[[E:jwalsh1979@yahoo.co.uk]]> wrote:
>
> Dear City of Helsinki,
> my car ([[R:JMW-741]]) was towed from [[A:Pursimiehenkatu 26]] on 10 Jan even though there was no sign. I'd like it back without the fee.
> Regards, [[P:James]]""",

"""Dear Mr. [[P:Walsh]],

our apologies for the delay. Your claim has been registered as HEL-2026-001576. The decision will be sent to you by post.

Yours sincerely,
[[P:Kaisa Peltonen]]
Permit Officer, Parking Enforcement
City of Helsinki""",

"""From: [[P:Priya Patel]]
To: omastadi@hel.fi
Subject: Re: Your OmaStadi proposal "Community fridge in Kontula"

Thanks for the update! Can you add my neighbour [[P:Olga Ivanova]] as a co-proposer? Her email is [[E:olga.ivanova88@gmail.com]].

[[P:Priya]]
Sent from Outlook for Android""",

"""Hi [[P:Priya]] and [[P:Olga]],

done, you're both listed now. The next workshop is on Tue 14 April at 18:00 at Kontula library.

Best,
[[P:Kristiina Auvinen]]
Participation Coordinator (Stadiluotsi), North-East
City of Helsinki
mobile [[T:+358 40 673 9921]]""",

"""Subject: Fwd: Fwd: hearing comment re Hernesaari

Forwarding this to you [[P:Mark]], since you're handling the English-language comments. The commenter is [[P:Tom Hughes]], he asked for a reply in English to [[E:tom.hughes@protonmail.com]].""",

"""Hi all,

quick heads up: [[P:Laura Garcia]] from our team is on parental leave from 1 April. Please direct all Kerrokantasi questions to [[P:Antti Nurmela]] ([[E:antti.nurmela@hel.fi]], [[T:09 310 37102]]) instead.

Thanks,
[[P:Heidi]]""",

"""Dear Sir/Madam,

Please find my details for the compensation claim:
Name: [[P:Daniel Kowalski]]
Personal identity code: [[H:250990-338H]]
Bank account: [[I:FI09 0057 4041 0544 01]]
Address: [[A:Kivalterintie 4 A 7]], 00640 Helsinki
Phone: [[T:+358 45 208 6631]]

I tripped over a loose paving stone on Mäkelänkatu on 20 Jan.

Kind regards,
[[P:Daniel]]""",

"""Hi [[P:Daniel]],

thank you, your claim has been received and registered (HEL-2026-004233). For your privacy, please do not send personal identity codes by regular email in future; use our secure mail service instead.

Kind regards,
Damage Claims, City of Helsinki""",

"""From: [[P:Ahonen Ville]] <[[E:ville.ahonen@hel.fi]]>
Sent: 5 March 2026 11:02
To: [[P:Mei Lin]] <[[E:mei.lin@helsinki.fi]]>
Subject: RE: broken ramp at Oodi entrance

Hi [[P:Mei]],

thanks for reporting this. The ramp is being fixed on Monday. If you need assistance before then, our staff at the info desk can help.

Best,
[[P:Ville]]
Facilities Manager, Central Library Oodi""",

"""hey,
someone keeps parking a white van ([[R:CBA-902]]) on the pavement at [[A:Vaasankatu 14]]. my kid's stroller can't get past. this is the 5th time this month

- [[P:Carlos]]

Sent from my Galaxy""",

"""Hi [[P:Carlos]],

Thanks. I've passed the plate number on to parking enforcement.

Regards,
[[P:Elina Forsman]]
Customer Service Specialist
Urban Environment Division""",

"""Hi [[P:Anna]],

I'm forwarding you the feedback from the English-language survey, as discussed with [[P:Matti]] yesterday. Names have been removed, except the two respondents who asked to be contacted: [[P:Grace Müller]] ([[E:grace.mueller@web.de]]) and [[P:Rob Smith]] ([[T:040 882 1154]]).

[[P:Noora]]""",

"""> From: [[P:Helen Novak]] <[[E:helen.novak@icloud.com]]>
> Subject: Dog park fence
> The fence at the Kaisaniemi dog park has a hole, our puppy escaped twice.

Hi [[P:Helen]], we checked the fence today and it's been repaired. Thank you for letting us know! [[P:Juho]], Park Maintenance""",

"""On Thu, Feb 19, 2026 at 3:47 PM Kerrokantasi <noreply@hel.fi> wrote:
> A new reply to your comment has been posted.

Who is this [[P:Kari N.]] person replying to everyone? Can you moderate?
[[P:Steve]]""",

"""Hello,
my name is [[P:Oluwaseun Adeyemi]] and I'd like to book the sports hall at Myllypuro for our church youth group, Sundays 14–16 in March. I can be reached at [[T:0449 120 377]] or [[E:seun.adeyemi@gmail.com]].
God bless,
[[P:Seun]]""",

"""Dear Ms. [[P:Adeyemi]],

regarding your booking request: Sundays in March are already booked, but Saturdays 10–12 are available. Please reply if this works.

[[P:Minna Rautio]]
Sports Services, Facility Bookings""",

"""Thanks [[P:Minna]], Saturday works. FYI I'm Mr., not Ms. 🙂 Please send the invoice to my address: [[A:Kiviportintie 10 C 42]], 00950 Helsinki.
[[P:Seun]]""",

"""Hi,
I'm writing on behalf of my elderly neighbour Mrs. [[P:Aino Koskinen]] who lives at [[A:Laajasuontie 31]], Espoo. Her driveway hasn't been ploughed. She doesn't use email so please call her at [[T:09 502 7716]].
[[P:Rachel]]""",

"""From: [[P:Jonathan Reeves]] [mailto:[[E:jon.reeves@firma-consulting.com]]]
Sent: Friday, 13 February 2026 17:59
To: kerrokantasi@hel.fi
Subject: Comment on the Jätkäsaari plan

Hi, I'm an architect and I'd like to comment on the new plan. Is there a way to attach drawings? Otherwise I'll email them to whoever is in charge. Cheers, [[P:Jon]]""",

"""Hi [[P:Jon]],
you can attach files directly in Kerrokantasi, or send them to the planner [[P:Veera Lahtinen]] at [[E:veera.lahtinen@hel.fi]].
[[P:Olli Kettunen]]
Interaction Planner""",

"""Hey [[P:Nick]],
forwarding the city's reply about our OmaStadi project. Turns out [[P:Sami]] from the city already talked to [[P:Jess]] about it. See below.
[[P:Becky]]""",

"""I'm [[P:Ivan Petrov]], chairman of the residents' association at [[A:Itäkatu 5]]. Attaching the petition from 63 residents. Reply to [[E:ivan.petrov@itakatu5.fi]] please.""",

"""Hi again, my IP seems to be blocked from the feedback form: [[IP:91.153.22.184]]. Could you unblock it? I'm just trying to send a complaint about the tram 7 stop. [[P:Oskari]]""",
]

EN_HAND_NEG = [
"""Thank you for your message. I am out of the office until 2 March 2026 with limited access to email. For urgent matters please contact Urban Environment Customer Service, tel. +358 9 310 22111, kaupunkiymparisto@hel.fi.""",

"""From: City of Helsinki Registry <kirjaamo@hel.fi>
Sent: Monday, 2 March 2026 9:15
To: Urban Environment Division
Subject: FW: Feedback HEL-2026-001234

Forwarded for reply.""",

"""Sent from my iPhone""",

"""Hello,
thank you for your feedback. It has been registered as HEL-2026-002841 and will be answered within five working days. Please do not reply to this message.
City of Helsinki""",

"""This e-mail and any attachments may contain confidential information. If you have received it in error, please notify the sender and delete it. Any unauthorised use is prohibited.""",

"""Will the Mannerheimintie roadworks be finished before May? The detour for bus 23 adds 15 minutes to my commute.""",

"""The Alvar Aalto exhibition at the Finlandia Hall was great, but the signs to the entrance from Mannerheimintie are confusing. Could you add some?""",

"""Subject: RE: Bill for room booking 2026-04411

The invoice has been cancelled. No further action is needed.""",

"""Hi, Grace period for the parking permit renewal is 14 days? My permit (zone K) expires on 31 March.""",

"""On Mon, 2 Mar 2026 at 14:01, City of Helsinki <noreply@hel.fi> wrote:
> Thank you for voting in OmaStadi! Your vote has been saved.

How can I change my vote?""",

"""Kind regards,
City of Helsinki
Urban Environment Division
Customer Service
P.O. Box 58231, FI-00099 City of Helsinki
tel. +358 9 310 22111""",

"""Mark the date: residents' evening on Herttoniemi parks, Wed 22 April 18:00–20:00, Herttoniemi library. Coffee served. No registration needed.""",

"""The Rose Garden in Kaisaniemi is lovely but the gate on the Kaisaniementie side is stuck. Case ref: HEL-2026-003018.""",

"""Booking 52019 (Meeting room Lokki, Stoa, Thu 2 April 17:00–19:00) is confirmed. Cancel at least 24 h in advance at varaamo.hel.fi.""",
]

# ---------------------------------------------------------------------------
# Small generators (the rest of the block). Everything below draws only from
# random.Random(SEED) and from lists, so the output is deterministic.
# ---------------------------------------------------------------------------

_FI_FIRST = ["Liisa", "Jari", "Minna", "Timo", "Sanna", "Mikko", "Päivi", "Antti", "Heidi", "Juha",
             "Katja", "Ville", "Outi", "Petri", "Riikka", "Janne", "Eeva", "Tuomas", "Hanna", "Ossi",
             "Marjatta", "Kalle", "Noora", "Aleksi", "Sirkka", "Eino", "Tiia", "Ilkka"]
_FI_LAST = ["Mäkelä", "Virtanen", "Korhonen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtinen", "Saarinen", "Salminen", "Kinnunen", "Turunen", "Salo",
            "Ahonen", "Väisänen", "Lindqvist", "Björklund", "Pöllänen", "Räsänen", "Öhman"]
_SV_FIRST = ["Johanna", "Mikael", "Annika", "Henrik", "Camilla", "Fredrik", "Sofia", "Patrik", "Ulla",
             "Maria", "Erik", "Linnea", "Tor", "Gustav", "Ebba", "Joakim", "Siv", "Kristoffer"]
_SV_LAST = ["Lindholm", "Sundström", "Ekman", "Nyberg", "Forsman", "Holmberg", "Wikström", "Grönroos",
            "Blomqvist", "Åberg", "Lindroos", "Sjöberg", "Westerlund", "Enqvist", "Hägg"]
_EN_FIRST = ["Sarah", "David", "Emily", "James", "Priya", "Ahmed", "Olga", "Tom", "Laura", "Daniel",
             "Mei", "Carlos", "Anna", "Fatima", "Lucas", "Zoe", "Kenji", "Marta"]
_EN_LAST = ["Thompson", "Novak", "Patel", "Okafor", "Ivanova", "Chen", "Smith", "Garcia", "Walsh",
            "Hughes", "Kowalski", "Müller", "Rossi", "Nguyen", "Haddad", "O'Brien"]

_MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "kolumbus.fi", "elisanet.fi",
                 "saunalahti.fi", "welho.com", "icloud.com", "yahoo.com", "luukku.com", "proton.me"]

_FI_STREETS = ["Mannerheimintie", "Hämeentie", "Mechelininkatu", "Fleminginkatu", "Kaarelantie",
               "Vuosaarentie", "Kontulantie", "Mäkelänkatu", "Lapinlahdenkatu", "Tehtaankatu",
               "Kaironkatu", "Pakilantie", "Siilitie", "Meripellontie", "Otaniementie", "Tikkurilantie",
               "Leppävaarankatu", "Myyrmäentie", "Itäväylä", "Helsinginkatu"]
_SV_STREETS = ["Mannerheimvägen", "Tavastvägen", "Mechelingatan", "Fleminggatan", "Nordsjövägen",
               "Helsingegatan", "Fabriksgatan", "Sjömansgatan", "Ulrikasborgsgatan", "Drumsövägen",
               "Kyrkoherdevägen", "Vallgårdsvägen"]

_REF_PREFIX = ["HEL-2026-", "HEL 2026-", "HEL-2025-"]


def _ascii(s):
    table = {"ä": "a", "ö": "o", "å": "a", "ü": "u", "é": "e", "'": ""}
    return "".join(table.get(c, c) for c in s.lower())


def _email(rng, first, last, staff_domain=None):
    f, l = _ascii(first), _ascii(last)
    if staff_domain:
        return "%s.%s@%s" % (f, l, staff_domain)
    style = rng.randrange(6)
    dom = rng.choice(_MAIL_DOMAINS)
    if style == 0:
        return "%s.%s@%s" % (f, l, dom)
    if style == 1:
        return "%s%s@%s" % (f, l, dom)
    if style == 2:
        return "%s.%s@%s" % (f[0], l, dom)
    if style == 3:
        return "%s.%s%d@%s" % (f, l, rng.randint(50, 99), dom)
    if style == 4:
        return "%s_%s@%s" % (l, f, dom)
    return "%s%s%d@%s" % (f, l[0], rng.randint(1, 999), dom)


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046"])
    a = "%03d" % rng.randint(100, 999)
    b = "%04d" % rng.randint(0, 9999)
    style = rng.randrange(5)
    if style == 0:
        return "%s %s %s" % (pre, a, b)
    if style == 1:
        return "+358 %s %s %s" % (pre[1:], a, b)
    if style == 2:
        return "%s%s%s" % (pre, a, b)
    if style == 3:
        return "%s-%s%s" % (pre, a, b)
    return "+358%s%s%s" % (pre[1:], a, b)


def _staff_phone(rng):
    style = rng.randrange(3)
    if style == 0:
        return "09 310 %05d" % rng.randint(20000, 49999)
    if style == 1:
        return "+358 9 310 %05d" % rng.randint(20000, 49999)
    return _phone(rng)


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    return "%s-%d" % ("".join(rng.choice(letters) for _ in range(3)), rng.randint(1, 999))


def _address(rng, streets):
    st = rng.choice(streets)
    n = rng.randint(1, 120)
    style = rng.randrange(4)
    if style == 0:
        return "%s %d" % (st, n)
    if style == 1:
        return "%s %d %s %d" % (st, n, rng.choice("ABCDEF"), rng.randint(1, 60))
    if style == 2:
        return "%s %d %s%d" % (st, n, rng.choice("ABC"), rng.randint(1, 40))
    return "%s %d as. %d" % (st, n, rng.randint(1, 90))


def _ref(rng):
    return "%s%06d" % (rng.choice(_REF_PREFIX), rng.randint(100, 9999))


def _date(rng):
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 150))
    return d, rng.randint(7, 22), rng.randint(0, 59)


_FI_WD = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
_FI_WD_SHORT = ["ma", "ti", "ke", "to", "pe", "la", "su"]
_FI_MON = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta"]
_SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
_SV_WD_SHORT = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
_SV_MON = ["januari", "februari", "mars", "april", "maj", "juni"]
_EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_EN_WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MON = ["January", "February", "March", "April", "May", "June"]


def _date_long(lang, rng):
    d, h, m = _date(rng)
    if lang == "fi":
        return "%s %d. %s %d %d.%02d" % (_FI_WD[d.weekday()], d.day, _FI_MON[d.month - 1], d.year, h, m)
    if lang == "sv":
        return "den %d %s %d %02d:%02d" % (d.day, _SV_MON[d.month - 1], d.year, h, m)
    return "%s, %d %s %d %d:%02d" % (_EN_WD[d.weekday()], d.day, _EN_MON[d.month - 1], d.year, h, m)


def _wrote(lang, rng, name, mail):
    d, h, m = _date(rng)
    who = "[[P:%s]]" % name
    if lang == "fi":
        if rng.random() < 0.5:
            return "%s %d.%d.%d klo %d.%02d %s ([[E:%s]]) kirjoitti:" % (
                _FI_WD_SHORT[d.weekday()], d.day, d.month, d.year, h, m, who, mail)
        return "%s <[[E:%s]]> kirjoitti %d.%d.%d kello %d.%02d:" % (who, mail, d.day, d.month, d.year, h, m)
    if lang == "sv":
        return "Den %s %d %s %d kl %02d:%02d skrev %s <[[E:%s]]>:" % (
            _SV_WD_SHORT[d.weekday()], d.day, _SV_MON[d.month - 1][:3], d.year, h, m, who, mail)
    if rng.random() < 0.5:
        return "On %s, %d %s %d at %d:%02d, %s <[[E:%s]]> wrote:" % (
            _EN_WD_SHORT[d.weekday()], d.day, _EN_MON[d.month - 1][:3], d.year, h, m, who, mail)
    return "On %s %d, %d, at %d:%02d %s, %s <[[E:%s]]> wrote:" % (
        _EN_MON[d.month - 1][:3], d.day, d.year, (h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM", who, mail)


_HDR = {
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe", "VS", "VL"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne", "SV", "VB"),
    "en": ("From", "Sent", "To", "Cc", "Subject", "RE", "FW"),
}

_TOPICS = {
    "fi": [
        ("Rikkinäinen katuvalo", "Katuvalo on ollut pimeänä kohta kaksi viikkoa, tosi pimeää kulkea illalla."),
        ("Lumivalli", "Aura-auto jätti taas vallin pihaliittymän eteen, autolla ei pääse ulos."),
        ("Kuoppa kadussa", "Kadussa on syvä kuoppa, pyöräilijä kaatui siihen eilen."),
        ("Roskat puistossa", "Puiston roska-astiat on täynnä ja roskia lentää pitkin nurmea."),
        ("Melu työmaalta", "Työmaalla porataan jo kuudelta aamulla, myös lauantaisin."),
        ("Väärin pysäköity auto", "Sama auto on pysäköity jalkakäytävälle jo viikon."),
        ("Tilavaraus", "Haluaisimme varata kerhohuoneen torstai-illaksi kuukauden ajaksi."),
        ("OmaStadi-ehdotus", "Lisäisin ehdotukseemme vielä penkit ja roskiksen leikkipaikan viereen."),
        ("Kerrokantasi-kommentti", "Kaavaluonnoksessa puisto pienenee liikaa, vastustan tätä."),
        ("Liukas jalkakäytävä", "Jalkakäytävä on peilijäässä eikä hiekkaa ole näkynyt."),
    ],
    "sv": [
        ("Trasig gatlykta", "Gatlyktan har varit släckt i två veckor, väldigt mörkt på kvällen."),
        ("Snövall", "Plogbilen lämnade en vall framför vår infart igen."),
        ("Grop i gatan", "Det finns en djup grop i gatan, en cyklist föll i går."),
        ("Skräp i parken", "Papperskorgarna i parken är fulla och skräpet blåser omkring."),
        ("Buller från bygget", "Man borrar redan klockan sex på morgonen, även på lördagar."),
        ("Lokalbokning", "Vi vill boka klubbrummet på torsdagskvällar i en månad."),
        ("Halt på trottoaren", "Trottoaren är blank is och ingen sand har strötts."),
        ("Kommentar om detaljplanen", "Parken blir för liten i planutkastet, jag motsätter mig det."),
    ],
    "en": [
        ("Broken street light", "The street light has been out for almost two weeks, it's really dark in the evening."),
        ("Snow bank blocking driveway", "The plough left a huge snow bank in front of our driveway again."),
        ("Pothole", "There's a deep pothole in the street, a cyclist fell yesterday."),
        ("Litter in the park", "The bins in the park are overflowing and rubbish is blowing everywhere."),
        ("Construction noise", "They start drilling at 6 am, even on Saturdays."),
        ("Room booking", "We'd like to book the club room on Thursday evenings for a month."),
        ("Icy pavement", "The pavement is pure ice and no grit has been spread."),
        ("Comment on the draft plan", "The park gets far too small in the draft plan, I object to this."),
    ],
}

_TITLES = {
    "fi": ["asiakaspalveluasiantuntija", "liikenneinsinööri", "aluesuunnittelija", "projektipäällikkö",
           "stadiluotsi", "palvelusihteeri", "kunnossapitoinsinööri", "vuorovaikutussuunnittelija",
           "tilavarauskoordinaattori", "ympäristötarkastaja"],
    "sv": ["kundtjänstexpert", "trafikingenjör", "områdesplanerare", "projektchef", "stadsluots",
           "servicesekreterare", "underhållsingenjör", "växelverkansplanerare", "miljöinspektör"],
    "en": ["Customer Service Specialist", "Traffic Engineer", "Area Planner", "Project Manager",
           "Participation Coordinator", "Service Secretary", "Maintenance Engineer",
           "Interaction Planner", "Environmental Inspector"],
}
_UNITS = {
    "fi": ["Kaupunkiympäristön asiakaspalvelu", "Kaupunkiympäristön toimiala", "Kulttuurin ja vapaa-ajan toimiala",
           "Liikuntapalvelut", "Nuorisopalvelut, Itäinen alue", "Asemakaavoitus", "Pysäköinninvalvonta",
           "Rakennusvalvontapalvelut", "Kirjastopalvelut"],
    "sv": ["Stadsmiljösektorns kundtjänst", "Stadsmiljösektorn", "Kultur- och fritidssektorn",
           "Idrottstjänster", "Ungdomstjänster", "Detaljplanering", "Parkeringsövervakningen"],
    "en": ["Urban Environment Customer Service", "Urban Environment Division",
           "Culture and Leisure Division", "Sports Services", "Youth Services", "Detailed Planning",
           "Parking Enforcement"],
}
_CITY = {"fi": ["Helsingin kaupunki", "Espoon kaupunki", "Vantaan kaupunki"],
         "sv": ["Helsingfors stad", "Esbo stad", "Vanda stad"],
         "en": ["City of Helsinki", "City of Espoo", "City of Vantaa"]}
_SERVICE_MAIL = ["kirjaamo@hel.fi", "helsinki.kirjaamo@hel.fi", "kaupunkiymparisto@hel.fi", "varaamo@hel.fi",
                 "omastadi@hel.fi", "kerrokantasi@hel.fi", "palaute@hel.fi", "kirjaamo@espoo.fi",
                 "kirjaamo@vantaa.fi"]
_SERVICE_PHONE = ["09 310 22111", "09 310 1641", "09 310 11111", "+358 9 310 22111", "09 816 21", "09 839 11"]
_FOOTER = {
    "fi": ["Lähetetty iPhonesta", "Lähetetty Samsung Galaxy -älypuhelimesta", "Hanki Outlook Androidille",
           "Lähetetty Postista Windowsille", ""],
    "sv": ["Skickat från min iPhone", "Skickat från min Samsung Galaxy", "Hämta Outlook för iOS", ""],
    "en": ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from Mail for Windows", ""],
}
_GREET = {"fi": ["Hei", "Hei", "Moi", "Hyvä"], "sv": ["Hej", "Hej", "Bästa"], "en": ["Hi", "Hello", "Dear"]}
_CLOSE = {"fi": ["Ystävällisin terveisin", "Terveisin", "t.", "Kiitos!"],
          "sv": ["Med vänlig hälsning", "Hälsningar", "Mvh", "Tack!"],
          "en": ["Kind regards,", "Best,", "Thanks,", "Regards,"]}
_STAFF_BODY = {
    "fi": ["kiitos palautteestasi. Asia on välitetty alueen urakoitsijalle ja korjaus tehdään kahden viikon kuluessa.",
           "pahoittelemme viivettä. Kävimme paikalla ja totesimme asian, korjaus on tilattu.",
           "varauksesi on vahvistettu. Avaimen voi noutaa palvelupisteestä arkisin 9–15.",
           "ehdotuksesi on käsitelty ja se etenee äänestykseen syksyllä.",
           "kommenttisi on kirjattu ja se huomioidaan vuorovaikutusraportissa."],
    "sv": ["tack för din respons. Ärendet har skickats vidare till entreprenören och åtgärdas inom två veckor.",
           "vi ber om ursäkt för dröjsmålet. Vi har besökt platsen och beställt en reparation.",
           "din bokning är bekräftad. Nyckeln kan hämtas vid servicepunkten vardagar 9–15.",
           "din kommentar har registrerats och beaktas i växelverkansrapporten."],
    "en": ["thank you for your feedback. The matter has been passed on to the contractor and will be fixed within two weeks.",
           "apologies for the delay. We visited the site and have ordered a repair.",
           "your booking is confirmed. The key can be picked up at the service point on weekdays 9–16.",
           "your comment has been registered and will be considered in the interaction report."],
}
_ASK = {"fi": "voitko katsoa tämän? Asukas odottaa vastausta.",
        "sv": "kan du titta på det här? Invånaren väntar på svar.",
        "en": "could you take a look at this? The resident is waiting for a reply."}
_ADDR_LEAD = {"fi": ["Osoite:", "Asun osoitteessa", "Paikka:"], "sv": ["Adress:", "Jag bor på", "Plats:"],
              "en": ["Address:", "I live at", "Location:"]}
_PLATE_LEAD = {"fi": "Auton rekisterinumero:", "sv": "Bilens registernummer:", "en": "Licence plate:"}
_FWD = {"fi": "---------- Välitetty viesti ---------", "sv": "---------- Vidarebefordrat meddelande ---------",
        "en": "---------- Forwarded message ---------"}


def _person(rng, lang):
    if lang == "fi":
        return rng.choice(_FI_FIRST), rng.choice(_FI_LAST)
    if lang == "sv":
        return rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    # English-language writers in Helsinki are a mix
    if rng.random() < 0.75:
        return rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    return rng.choice(_FI_FIRST), rng.choice(_FI_LAST)


def _staff_sig(rng, lang, first, last):
    lines = ["[[P:%s %s]]" % (first, last), rng.choice(_TITLES[lang]), rng.choice(_UNITS[lang])]
    if rng.random() < 0.5:
        lines.append(rng.choice(_CITY[lang]))
    r = rng.random()
    tel = {"fi": "puh.", "sv": "tfn", "en": "tel."}[lang]
    if r < 0.45:
        lines.append("%s [[T:%s]]" % (tel, _staff_phone(rng)))
    elif r < 0.7:
        lines.append("%s %s" % (tel, rng.choice(_SERVICE_PHONE)))
    if rng.random() < 0.5:
        lines.append("[[E:%s]]" % _email(rng, first, last, "hel.fi"))
    return "\n".join(lines)


def _gen_positive(rng, lang):
    h = _HDR[lang]
    rf, rl = _person(rng, lang)
    rmail = _email(rng, rf, rl)
    sf, sl = _person(rng, "fi" if lang == "en" and rng.random() < 0.7 else lang)
    topic, body = rng.choice(_TOPICS[lang])
    streets = _SV_STREETS if lang == "sv" else _FI_STREETS
    layout = rng.randrange(4)
    if layout == 0:  # forwarded resident mail
        parts = [_FWD[lang],
                 "%s: [[P:%s %s]] <[[E:%s]]>" % (h[0], rf, rl, rmail),
                 "%s: %s" % (h[1], _date_long(lang, rng)),
                 "%s: %s" % (h[2], rng.choice(_SERVICE_MAIL)),
                 "%s: %s" % (h[4], topic), "", body]
        if rng.random() < 0.6:
            parts.append("%s [[A:%s]]" % (rng.choice(_ADDR_LEAD[lang]), _address(rng, streets)))
        if rng.random() < 0.3:
            parts.append("%s [[R:%s]]" % (_PLATE_LEAD[lang], _plate(rng)))
        parts += ["", "[[P:%s]]" % rf]
        if rng.random() < 0.5:
            parts.append("[[T:%s]]" % _phone(rng))
        foot = rng.choice(_FOOTER[lang])
        if foot:
            parts += ["", foot]
        return "\n".join(parts)
    if layout == 1:  # staff reply quoting the resident
        greet = rng.choice(_GREET[lang])
        parts = ["%s [[P:%s]]," % (greet, rf if greet not in ("Hyvä", "Dear", "Bästa") else rf + " " + rl), "",
                 rng.choice(_STAFF_BODY[lang]), "", rng.choice(_CLOSE[lang]), _staff_sig(rng, lang, sf, sl), "",
                 _wrote(lang, rng, "%s %s" % (rf, rl), rmail), "> " + body]
        if rng.random() < 0.4:
            parts.append("> [[P:%s]]" % rf)
        return "\n".join(parts)
    if layout == 2:  # internal forward between two staff members
        of, ol = _person(rng, "fi" if lang != "sv" else "sv")
        parts = ["%s: [[P:%s %s]] <[[E:%s]]>" % (h[0], sl, sf, _email(rng, sf, sl, "hel.fi")),
                 "%s: %s" % (h[1], _date_long(lang, rng)),
                 "%s: [[P:%s %s]] <[[E:%s]]>" % (h[2], ol, of, _email(rng, of, ol, "hel.fi"))]
        if rng.random() < 0.6:
            parts.append("%s: %s" % (h[3], rng.choice(_SERVICE_MAIL)))
        parts += ["%s: %s: %s, %s" % (h[4], h[6], topic, _ref(rng)), "",
                  "[[P:%s]], %s" % (of, _ASK[lang]), "", "[[P:%s]]" % sf]
        if rng.random() < 0.5:
            parts += ["", "> %s [[P:%s %s]]: %s" % ({"fi": "Asukas", "sv": "Invånare", "en": "Resident"}[lang],
                                                     rf, rl, body)]
        return "\n".join(parts)
    # web-form notification forwarded by mail
    lab = {"fi": ("Uusi palaute", "Nimi", "Sähköposti", "Puhelin", "Lähettäjän IP", "Viesti", "Tunniste"),
           "sv": ("Ny respons", "Namn", "E-post", "Telefon", "Avsändarens IP", "Meddelande", "ID"),
           "en": ("New feedback", "Name", "Email", "Phone", "Sender IP", "Message", "ID")}[lang]
    parts = ["%s: Palautejärjestelmä <noreply@hel.fi>" % h[0] if lang == "fi" else "%s: noreply@hel.fi" % h[0],
             "%s: %s: %s" % (h[4], lab[0], topic), "",
             "%s: 2026%02d%02d-%04d" % (lab[6], rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 9999)),
             "%s: [[P:%s %s]]" % (lab[1], rf, rl), "%s: [[E:%s]]" % (lab[2], rmail)]
    if rng.random() < 0.6:
        parts.append("%s: [[T:%s]]" % (lab[3], _phone(rng)))
    if rng.random() < 0.5:
        parts.append("%s: [[IP:%d.%d.%d.%d]]" % (lab[4], rng.choice([84, 85, 91, 62, 188, 193]),
                                                 rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)))
    parts.append("%s: %s" % (lab[5], body))
    return "\n".join(parts)


_NEG_STREETS = {
    "fi": ["Mannerheimintiellä", "Hämeentiellä", "Itäväylällä", "Sturenkadulla", "Pasilansillalla",
           "Kehä I:llä", "Tuusulanväylällä", "Porvoonkadulla"],
    "sv": ["Mannerheimvägen", "Tavastvägen", "Österleden", "Sturegatan", "Böle bro", "Ring I"],
    "en": ["Mannerheimintie", "Hämeentie", "Itäväylä", "Sturenkatu", "the Pasila bridge", "Ring I"],
}
_NEG_SHORT = {
    "fi": ["Bussi %d on ollut myöhässä joka aamu tällä viikolla %s, lähtö klo %d.%02d.",
           "Liikennevalot %s vilkkuvat keltaista, linja %d seisoo jonossa klo %d.%02d asti.",
           "Kiitos nopeasta vastauksesta! Linjan %d pysäkki %s on nyt kunnossa, tarkistin klo %d.%02d."],
    "sv": ["Buss %d har varit sen varje morgon den här veckan på %s, avgång kl %d.%02d.",
           "Trafikljusen på %s blinkar gult, linje %d står i kö till kl %d.%02d.",
           "Tack för snabbt svar! Hållplatsen för linje %d på %s är nu i skick, kollade kl %d.%02d."],
    "en": ["Bus %d has been late every morning this week on %s, departure %d:%02d.",
           "The traffic lights on %s are flashing yellow, line %d is stuck in a queue until %d:%02d.",
           "Thanks for the quick reply! The line %d stop on %s is fine now, I checked at %d:%02d."],
}
_AUTO = {
    "fi": ["Kiitos palautteestasi. Palautteesi on kirjattu tunnuksella %s. Vastaamme %d arkipäivän kuluessa. Tähän viestiin ei voi vastata.",
           "Olen poissa toimistolta %d.%d.–%d.%d.2026. Kiireellisissä asioissa ota yhteyttä: %s, %s.",
           "Asia %s on siirretty yksikölle %s. Lisätietoja: %s."],
    "sv": ["Tack för din respons. Den har registrerats med nummer %s. Vi svarar inom %d vardagar. Du kan inte svara på detta meddelande.",
           "Jag är borta från kontoret %d.%d–%d.%d.2026. I brådskande ärenden kontakta %s, %s.",
           "Ärende %s har överförts till enheten %s. Mer information: %s."],
    "en": ["Thank you for your feedback. It has been registered as %s. We will reply within %d working days. Please do not reply to this message.",
           "I am out of the office %d.%d.–%d.%d.2026. For urgent matters please contact %s, %s.",
           "Case %s has been transferred to %s. More information: %s."],
}


def _gen_negative(rng, lang):
    h = _HDR[lang]
    kind = rng.randrange(4)
    if kind == 0:
        t = rng.randrange(3)
        tpl = _AUTO[lang][t]
        if t == 0:
            return tpl % (_ref(rng), rng.choice([3, 5, 10]))
        if t == 1:
            m = rng.randint(1, 5)
            d = rng.randint(1, 20)
            return tpl % (d, m, d + rng.randint(3, 8), m, rng.choice(_UNITS[lang]), rng.choice(_SERVICE_PHONE))
        return tpl % (_ref(rng), rng.choice(_UNITS[lang]), rng.choice(_SERVICE_MAIL))
    if kind == 1:
        topic, _ = rng.choice(_TOPICS[lang])
        return "\n".join(["%s: %s <%s>" % (h[0], rng.choice(_UNITS[lang]), rng.choice(_SERVICE_MAIL)),
                          "%s: %s" % (h[1], _date_long(lang, rng)),
                          "%s: %s" % (h[2], rng.choice(_SERVICE_MAIL)),
                          "%s: %s: %s %s" % (h[4], h[5], topic, _ref(rng)), "",
                          {"fi": "Välitetään vastattavaksi.", "sv": "Vidarebefordras för besvarande.",
                           "en": "Forwarded for reply."}[lang]])
    if kind == 2:
        tpl = rng.choice(_NEG_SHORT[lang])
        st = rng.choice(_NEG_STREETS[lang])
        line = rng.choice([23, 39, 55, 58, 69, 70, 78, 500, 550, 560])
        hh, mm = rng.randint(6, 9), rng.choice([0, 5, 12, 20, 35, 47])
        if tpl.startswith(("Liikennevalot", "Trafikljusen", "The traffic")):
            txt = tpl % (st, line, hh, mm)
        else:
            txt = tpl % (line, st, hh, mm)
        foot = rng.choice(_FOOTER[lang])
        return txt + ("\n\n" + foot if foot else "")
    lines = [rng.choice(_CLOSE[lang]), rng.choice(_CITY[lang]), rng.choice(_UNITS[lang]),
             "%s %s" % ({"fi": "puh.", "sv": "tfn", "en": "tel."}[lang], rng.choice(_SERVICE_PHONE)),
             rng.choice(_SERVICE_MAIL)]
    if rng.random() < 0.5:
        lines += ["", {"fi": "Tämä viesti voi sisältää luottamuksellista tietoa.",
                       "sv": "Detta meddelande kan innehålla konfidentiell information.",
                       "en": "This message may contain confidential information."}[lang]]
    return "\n".join(lines)


_GEN_PLAN = [("fi", 29, 16), ("sv", 14, 8), ("en", 16, 7)]


def _generated():
    rng = random.Random(SEED)
    out = []
    for lang, npos, nneg in _GEN_PLAN:
        for _ in range(npos):
            out.append((lang, _gen_positive(rng, lang)))
        for _ in range(nneg):
            out.append((lang, _gen_negative(rng, lang)))
    return out


def records() -> list[tuple[str, str]]:
    out = []
    for lang, group in (("fi", FI_HAND), ("fi", FI_HAND_NEG), ("sv", SV_HAND), ("sv", SV_HAND_NEG),
                        ("en", EN_HAND), ("en", EN_HAND_NEG)):
        out.extend((lang, text) for text in group)
    out.extend(_generated())
    return out
