"""Blind evaluation block 22 for the free-text personal-data scrubber.

Written by helper "outsider 22" on 2026-12-07.

Blindness: the author did not open, grep, list or run anything under harvester/, tests/ or scripts/, nor
benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other pii_devset_outsider*.py file, and did not
run any scrubber or evaluation. The texts below were written from the brief alone.

Focus: a general block in Finnish (about 80 %) and Swedish (about 20 %) written the way Helsinki residents
write to the city: Open311 feedback (streets, parks, snow, noise, neighbours, buses, schools, daycare,
libraries, sports halls), Kerrokantasi hearing comments, OmaStadi proposals and Varaamo booking notes. All
labels occur in natural proportions, with the weight on PERSON names in the many ways Finns mention people:
first name alone in passing ("Kysyin asiaa Jarilta"), surname alone ("Virtasen koira"), full names in every
case ("Matti Virtaselle"), people in parentheses or after dashes, named children and teachers, drivers and
guards, councillors and city officials, nicknames, colon endings ("Ahmed:lle"), names without capitals,
immigrant residents' names in Finnish cases, and many kinds of signatures. About a third of the records are
hard negatives: surnames that are also places or words (Koski, Mäki, Salo, Kallio, Lahti, Virta, Kivi, Aalto,
Laine), company names containing surnames, streets and parks named after people, famous people, pets, and
numbers that are not personal data (dates, times, prices, case and order numbers, postal codes, bus lines).

Seed: 2222 (random.Random(2222)); the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data. P = a living private person's name (any part,
nicknames included; city staff and councillors too), E = e-mail, T = phone, H = Finnish personal identity
code, I = IBAN / bank account, R = licence plate, A = street address with a house number (staircase and flat
included), IP = IP address. Titles and role words stay outside P spans; Finnish case endings are inside the
span unless written after a colon ("[[P:Ahmed]]:lle"); Swedish genitive -s is inside.
"""

from __future__ import annotations

import random
import re
import sys

SEED = 2222
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")

# Hand-written records. Records are separated by a line holding only "%%". A line ending in a backslash
# continues the same paragraph (joined with a single space); every other line break is a real line break.
_FI_HAND = r"""
Kysyin asiaa [[P:Jarilta]] alakerrasta ja hänkin on huomannut, että roskakatoksen ovi ei mene enää lukkoon. \
Joku tyhjentää sinne remonttijätteitä öisin, eilen siellä oli kokonainen vessanpönttö.
%%
[[P:Pirjo]] alakerrasta sanoi että taloyhtiö on jo soittanut teille, mutta mitään ei ole tapahtunut. Katuvalo \
on ollut pimeänä kolme viikkoa [[A:Kirsikkatie 14]]:n kohdalla ja siinä kulkee paljon koululaisia.
%%
[[P:Virtasen]] koira haukkuu parvekkeella joka ilta klo 22-01. Olen puhunut asiasta isännöitsijälle mutta ei auta.
%%
[[P:Heikkinen]] teki ilmoituksen jo lokakuussa (tunnus HEL-2026-118734), mutta vastausta ei ole kuulunut. \
Kaivonkansi on edelleen rikki.
%%
Lähetin kuvat [[P:Matti Virtaselle]] rakennusvalvontaan 3.11. mutta hän on ilmeisesti lomalla. Voisiko joku \
muu katsoa asian? Aita on kaatumassa jalkakäytävälle.
%%
Ehdotus on tehty yhdessä [[P:Anna-Liisa Mäkisen]] kanssa, joka vetää Maunulan senioreiden kävelyryhmää. \
Toivomme penkkejä Pirkkolan metsän reitin varrelle noin 300 metrin välein, koska moni meistä ei jaksa kävellä \
kilometriä yhtä soittoa.

Kustannusarvio n. 12 000 €.
%%
Bussin 58 kuljettaja (nimikyltin mukaan [[P:Kari]]) ajoi pysäkin ohi vaikka näytin kättä. Tapahtui 14.11. \
klo 7.42 Itäkeskuksen suuntaan. Seuraava bussi tuli vasta 20 min päästä ja myöhästyin töistä.
%%
Kiitos [[P:Ahmed]]:lle Kontulan uimahallin kassalta! Auttoi mummoani pukuhuoneessa ja etsi kadonneen \
lompakon. Tällaista palvelua harvoin näkee 👍
%%
poikani [[P:Onni]] (6v) on päiväkodin Kotiranta-ryhmässä ja opettaja [[P:Riikka Salonen]] kertoi että \
pihan liukumäki on rikki jo toista viikkoa. kuka tämän korjaa? lapset ei pääse ulos kunnolla
%%
Kannatan ehdotusta. Olen asunut Koskelassa 40 vuotta ja [[P:Tapani]] naapurista on samaa mieltä. \
Koskelantien puut pitää säilyttää.
– [[P:Raili Koskinen]]
%%
Terveisin
[[P:Marja-Leena Hyvönen]]
[[A:Sturenkatu 27 C 41]]
[[T:040 718 2290]]
%%
Hei! Varasin salin torstaille mutta [[P:Outi]] palvelupisteestä sanoi ettei avainta voi hakea ennen klo 16. \
Voisiko avaimen jättää [[P:Jussi Lehtoselle]], hän on ryhmän vetäjä? Puh. [[T:050 334 1187]]
%%
kysyin jo [[P:pekalta]] ja [[P:ville ahoselta]] mut kumpikaan ei tiä kuka vastaa tästä puistosta. \
penkit on ollu nurin koko syksyn
%%
Ilmoitin asiasta puhelimessa, vastaaja oli joku [[P:Koski]] tai [[P:Koskinen]], en muista tarkkaan. Hän lupasi \
että aura käy illalla. Ei käynyt.
%%
Naapuri [[P:Timo Mäki]] on kolannut lunta meidän autopaikalle koko talven. Auto [[R:KTN-418]] jäi kiinni \
kahdesti ja myöhästyin töistä. Voiko kaupunki puuttua tähän vai onko tämä taloyhtiön asia?
%%
[[P:Mäen]] perhe yläkerrasta pitää juhlia arkiöisin, poliisi kävi viimeksi 2.12. Onko kaupungilla jotain \
sovittelupalvelua?
%%
[[P:Fatima Hassanille]] kuuluu iso kiitos, hän järjesti koko Meri-Rastilan naisten uintivuoron. \
Toivottavasti vuoro jatkuu myös keväällä!!
%%
Olen soittanut [[P:Nguyenille]] (kiinteistöhuolto) kolme kertaa. Ei vastaa. Porraskäytävän lamppu on rikki, \
osoite [[A:Kontulankaari 5 B]].
%%
Tyttäreni [[P:Aino]] ja hänen kaverinsa [[P:Lumi]] liukastuivat Latokartanon koulun portilla. Hiekoitusta \
tarvitaan heti aamulla ennen kahdeksaa!
%%
Kaupunginvaltuutettu [[P:Sari Nieminen]] lupasi asukasillassa 5.10. että Malmin kirjaston aukioloajat \
palautetaan ennalleen. Mitä tapahtui? Kirjasto on edelleen kiinni sunnuntaisin.
%%
Hiekkalaatikossa on taas lasinsiruja – [[P:Eeva]] Vallilan leikkipuistosta löysi niitä eilen ja kaikki \
lapset piti siirtää pois.
%%
Lumityöt on hoidettu hienosti tänä vuonna (kiitos myös talkkarimme [[P:Jaskan]], joka aurasi jalkakäytävän \
ennen kuin kaupunki ehti).
%%
[[P:Masa]] ja [[P:Pena]] pelaa joka ilta Kumpulan kentällä ja valot sammuu klo 21. Voisiko valoja pitää 22 \
asti? Monella on työvuoro niin myöhään
%%
Vastaukset mieluummin sähköpostiin [[E:hanna.lindroos@gmail.com]] kiitos.
- [[P:Hanna]]
%%
Ilmoittaja: [[P:Juha-Pekka Räsänen]], [[T:+358 44 902 1165]]
Paikka: Hakaniemen tori, Sörnäisten rantatien puoli
Kuvaus: torin laidalla on kolme kaatunutta liikennemerkkiä ja yksi niistä on pyörätien päällä.
%%
Sähköposti [[P:Jukalle]] palautui. Onko [[E:jukka.heinonen@hel.fi]] enää käytössä? Asia koskee \
Kannelmäen liikuntapuiston valaistusta.
%%
Laskutustiedot: [[P:Leena Ahola]], henkilötunnus [[H:120384-234C]], koska meillä ei ole y-tunnusta \
(yksityishenkilö). Varaus koskee Tapulikaupungin nuorisotalon salia la 17.1.
%%
Palauttakaa peruutetun varauksen maksu tilille [[I:FI21 1234 5600 0007 85]] ([[P:Mikko Laaksonen]]). \
Peruutin varauksen jo 10.11., eli yli kaksi viikkoa etukäteen.
%%
> Hei, olemme välittäneet palautteenne alueurakoitsijalle.
> Ystävällisin terveisin, [[P:Satu Kallio]], Kaupunkiympäristön asiakaspalvelu

Ei ole mitään tapahtunut! Jäätä on edelleen 10 cm eikä hiekkaa näy missään.
%%
Kävelin Aleksis Kiven kadulla ja katu oli täysin peilijäässä. [[P:Liisa]] naapurista kaatui ja mursi \
ranteensa. Tämä on jo kolmas kerta tänä talvena kun joku meidän talosta kaatuu.
%%
Sibelius-puiston koirat ovat irti aamuisin. Eräs rouva, [[P:Marjatta]] nimeltään, sanoi että "kaikki täällä \
pitää koiria irti". Ei pidä, ja lapset pelkäävät.
%%
Olemme [[P:Ville]] ja [[P:Katja Lahtinen]], asumme [[A:Mäkelänkatu 56 A 12]]:ssa ja raitiovaunu kirskuu \
kaarteessa joka yö klo 0.30 jälkeen. Voisiko kiskoja rasvata?
%%
[[P:Kirsillä]] on avain salin kaappiin, soittakaa hänelle [[T:045 612 7730]] jos ovi on lukossa.
%%
Tilasin liikuntasalin [[P:Pirkko Laineen]] nimissä, mutta vahvistus tuli minulle. Laskun voi lähettää \
suoraan [[P:Pirkolle]], hän hoitaa kerhon raha-asiat.
%%
Koulukuljetuksen taksikuski [[P:Arto]] on aina ajoissa, mutta tällä viikolla tuli joku toinen joka ei \
löytänyt koulua ja lapsi myöhästyi tunnin.
[[P:Eliaksen]] äiti
%%
Rakennusvalvonnan tarkastaja [[P:Hakala]] kävi paikalla 28.10. ja totesi aidan olevan luvaton. Naapuri \
([[P:Kivinen]], [[A:Kelkkamäentie 4]]) ei ole purkanut sitä vieläkään.
%%
Talvella Kallion kirjaston edessä on tosi liukasta. Kirjastonhoitaja [[P:Tuula]] sanoi että he ovat \
ilmoittaneet tästä monesti.
%%
Lapseni [[P:Veeti Korhonen]] (2C) sai kiven päähänsä välitunnilla. Opettaja [[P:Merja Lindholm]] kertoi \
että pihalla ei ollut valvojaa ollenkaan. Olen tästä erittäin huolissani ja haluan että rehtori vastaa.
%%
Itäkeskuksen metroaseman vartija, jonka nimi oli [[P:Niko]] jotain, käyttäytyi asiattomasti nuoria kohtaan. \
Tapahtui pe 21.11. noin klo 23.
%%
Kiitos liikunnanohjaaja [[P:Jannelle]] Myllypuron liikuntamyllystä! Senioreiden kuntosalivuoro on paras 💪
%%
[[P:Anneli Virta]] soitti minulle ja kertoi, että Vuosaaren sataman puoleinen pyörätie on suljettu ilman \
kiertotietä. Kävin katsomassa, ja pitää paikkansa.
%%
Minusta koko asemakaavaluonnos on virhe. Tämä on [[P:Kari Aallon]] henkilökohtainen mielipide eikä edusta \
taloyhtiötä.
%%
aamulla linjan 506 kuski (pitkä tummatukkainen, nimi ehkä [[P:Mehmet]]) ei päästänyt lastenvaunuja kyytiin \
vaikka tilaa oli
%%
Ystävällisin terveisin

[[P:Irmeli Saarinen]]
puheenjohtaja, Pakilan Omakotiyhdistys ry
[[E:irmeli.saarinen@pakilanomakoti.fi]]
%%
[[P:Svetlana Ivanovan]] lapsi ei saanut hoitopaikkaa läheltä, vaan päiväkoti on 4 km päässä. Hän ei vielä \
puhu suomea kovin hyvin, joten kirjoitan hänen puolestaan.
t. [[P:Helena]] (naapuri)
%%
Välitin viestin [[P:Jean-Pierre]]:lle, hän on salivuoron yhteyshenkilö ensi kaudella.
%%
Puhuin [[P:Abdirahman Ali]]:n kanssa, joka on yhdistyksen puolesta pyytänyt vuoroa Jakomäen liikuntahallista \
lauantaisin klo 18–20. Vuoro on tyhjä, miksei sitä voi antaa?
%%
Asukas [[P:O. Lehtinen]] ilmoittaa: [[A:Mechelininkatu 19 B 22]]:n alapuolella oleva kaivonkansi on irti ja \
kolisee joka kerta kun auto ajaa yli.
%%
Roskis täynnä taas Hesperian puistossa, lokit levittää kaiken nurmelle. t. [[P:Sanna]]
%%
Kaupunginpuutarhuri [[P:Outi Saarela]] vastasi palautteeseeni nopeasti, kiitos. Toivottavasti lahoava koivu \
saadaan kaadettua ennen seuraavaa myrskyä.
%%
[[P:Laine]] (se kolmannen kerroksen poika) heittelee lumipalloja bussien ikkunoihin Munkkiniemen aukion \
pysäkillä. Kuljettajat ovat jo valittaneet.
%%
Pyydän että [[P:Esa Salo]] poistetaan tämän hankkeen yhteyshenkilöistä, hän muutti Saloon jo keväällä. \
Uusi yhteyshenkilö on [[P:Tiia Ranta]], [[E:tiia.ranta@kapylanseura.fi]].
%%
Varaamo-varaus tehtiin nimellä [[P:Aleksi Kivi]], ei siis mitään tekemistä kirjailijan kanssa 😄 \
Varaustunnus 7HQ-2213. Tarvitsemme tilaan 30 tuolia.
%%
Hei [[P:Minna]], kiitos vastauksesta. Tarkennan vielä: kuoppa on Sturenkadun ja Mäkelänkadun risteyksessä, \
ei Vallilan puolella vaan Alppilan.
%%
Koulun vahtimestari [[P:Rauno]] on tehnyt kaikkensa, mutta liikuntasalin katto vuotaa edelleen. Ämpäreitä \
on nyt viisi.
%%
Hyvä [[P:Jarmo Kiiskinen]],

viittaan sähköpostiinne 19.11. Ette vastanneet kysymykseeni siitä, miksi Oulunkylän siirtolapuutarhan \
vesijohto suljettiin jo syyskuussa. Pyydän vastausta kirjallisesti.

[[P:Eila Forsman]]
%%
Meidän [[P:Emma]] 🥰 oppi uimaan Itäkeskuksen maauimalassa kesällä, kiitos uimaopettaja [[P:Tiinalle]]!! 🏊
%%
Allekirjoittaneet (Lepolantien asukkaat):
- [[P:Päivi Hakkarainen]], [[A:Lepolantie 12]]
- [[P:Jorma Leino]], [[A:Lepolantie 14 as 3]]
- [[P:Riitta]] ja [[P:Seppo Turunen]], [[A:Lepolantie 16]]
Vaadimme, että läpiajo kielletään koulun kohdalla.
%%
Naapurin [[P:Keijo]] parkkeeraa asuntoautonsa ([[R:JMY-392]]) jalkakäytävälle joka viikonloppu. \
Rattaiden kanssa ei mahdu ohi.
%%
kuka on tämä [[P:paavo]] joka vastaa teidän palautteisiin? ei vastannut yhteenkään kysymykseen mitä kysyin
%%
Lomake ei toimi. Virheilmoitus: "Request blocked for [[IP:91.153.44.208]]". Yritin kolme kertaa eri selaimilla.
[[P:Tero]]
%%
Ehdotuksen tekijät: [[P:Laura]], [[P:Joonas]] ja [[P:Wilma]] Herttoniemen yläasteelta (9B).

Ehdotamme, että koulun viereen tulee katettu oleskelupaikka nuorille, jossa on pistorasioita ja valot. \
Nyt nuoret istuvat ostarin edessä, koska muualla ei ole katosta.
%%
Kiitos [[P:Heli Kosken]] aktiivisuudesta, ilman häntä tätä ehdotusta ei olisi. Toivottavasti äänestäjät \
löytävät sen!
%%
[[P:Kiven Marko]] naapurista sanoi että viime talvena aura kävi täällä vain kaksi kertaa. Sama meno näyttää \
jatkuvan.
%%
Oliko se [[P:Lahtisen]] vai [[P:Lehtosen]] auto joka seisoi koko viikon pelastustiellä? Kumminkin rekkari \
oli [[R:ZOP-77]] ja se on siellä taas.
%%
Hei, olen [[P:Kaarina]] ja asun Puotilassa. Lumet on taas aurattu suoraan meidän portille, \
[[A:Puotilantie 9]]. Kolmas kerta tällä viikolla!!!
%%
Tässä vielä yhteystiedot jos tarvitsette: [[P:Reijo Peltonen]], [[T:0400 318 552]]. Parhaiten tavoittaa \
iltaisin.
%%
Kallahdenniemen laavulle tarvitaan uusi katos. Idea tuli [[P:Leolta]] (11 v), joka käy siellä partiossa \
joka viikko. Nykyinen katos vuotaa ja polttopuut ovat aina märkiä.
%%
Minulle vastasi joku [[P:Johanna]] ja lupasi soittaa takaisin. Ei soittanut.
%%
Yhdyn [[P:Mikko Heinosen]] kommenttiin yllä. Rantareitti pitää säilyttää yleisenä, eikä sitä saa aidata \
uusien talojen pihoiksi.
%%
Vastaus käyttäjälle [[P:Pertti K.]]: ei, tämä ei koske Roihuvuoren puolta, vaan vain Herttoniemenrantaa.
%%
Koulun rehtori [[P:Harri Mattila]] ei ole vastannut viesteihin. Luokan 4B opettaja on ollut sairaslomalla \
ja sijaisia vaihtuu joka päivä.
%%
Päiväkodin [[P:Tiina]]-täti kertoi että pihan aita on rikki ja lapset pääsevät kadulle. Pyydän korjausta HETI.
%%
Meidän [[P:Iida]] ja naapurin [[P:Eetu]] leikkivät Pikku Huopalahden puistossa ja löysivät käytettyjä \
neuloja pensaan alta. Alue pitää siivota ja tarkastaa!
%%
Tein liikuntavuoron hakemuksen, hakijana [[P:Raimo Suominen]] ([[H:241058-3316]]). Hakemus palautui \
virheellisenä, koska yhdistyksellä ei ole y-tunnusta. Miten yksityishenkilö voi hakea vuoroa?
%%
Hyvä että puisto vihdoin kunnostettiin!! —[[P:Ritva]], 78 v
%%
Ystävällisin terveisin / Med vänliga hälsningar
[[P:Kristiina Öhman]]
Asukastoimikunta, Myllypuro
%%
Ilmoitus koskee naapuria, [[P:Teuvo Hiltusta]], joka syöttää lokkeja parvekkeelta. Pihalla on lokinpaskaa \
joka paikassa ja ne hyökkäävät lasten kimppuun.
%%
Kävin [[P:Pentti Lindroosin]] luona [[A:Kustaankatu 3 A 15]]:ssä ja hänen ikkunastaan näkee, että \
rakennustyömaan nosturi kääntyy kerrostalon yli. Onko tämä sallittua?
%%
Sähköpostiin [[E:t.hamalainen72@hotmail.com]] ei tarvitse vastata, soittakaa mieluummin.
[[P:Tarja Hämäläinen]]
%%
hei oon [[P:jenni]] ja meiän luokka 6c haluis että koulun pihalle tulis koriskenttä. herra [[P:lindberg]] \
sano et pitää tehä omastadi ehdotus nii tässä se on
%%
kiitos vaan [[P:Sakelle]] ja koko kenttähenkilökunnalle, Talin tekonurmi on ollut loistavassa kunnossa koko \
syksyn ⚽
%%
Naapurimme ([[P:Järvinen]], 2. krs) on asentanut parvekkeelle lämpöpumpun, joka hurisee yötä päivää. \
Saako näin tehdä ilman lupaa?
%%
Ohjaaja [[P:Heidi Pakarisen]] vesijumpat ovat aivan parhaita. Toivoisin lisää vuoroja Jakomäen uimahalliin.
%%
Pyydän, että asia välitetään alueen valvojalle [[P:Antti Rantaselle]] tai hänen esihenkilölleen.
%%
Tämä on jo kolmas ilmoitukseni. Edelliset: 2026-09-14 ([[P:Nieminen]] vastasi) ja 2026-10-02 (ei vastausta).
%%
[[P:Dmitri]] naapurista auttoi työntämään auton pois kinoksesta. Aurauskone oli jättänyt metrin vallin \
[[A:Ilmattarentie 7]]:n eteen.
%%
Katulamppu vilkkuu Siltamäessä koko yön, ei pysty nukkumaan.
Allekirjoitus: [[P:Maija-Riitta K.]], Malmi
%%
Päiväkoti Satakielen johtaja [[P:Sanna-Kaisa Rautio]] ei ole vastannut hakemukseemme. Lapsemme [[P:Nooa]] \
tarvitsee paikan 1.3. alkaen, koska aloitan työt.
%%
Tässä tytön nimi ja henkilötunnus hakemusta varten: [[P:Selma Nurmi]], [[H:070621A0468]]. Hakemus koskee \
kesän uimakoulua.
%%
Lähettäjä: [[P:Kimmo Rantanen]] <[[E:kimmo.rantanen@hel.fi]]>
Lähetetty: 3. marraskuuta 2026 14.02
Aihe: RE: Palaute 2026-118211

> Hei, katu on aurattu 2.11.

No ei ole! Kävin juuri katsomassa. Kuva liitteenä.
%%
Kuten valtuutettu [[P:Mäkelä]] totesi lautakunnassa, tämä kaava ei huomioi lainkaan koululaisten \
turvallisuutta. Kannatan hänen muutosehdotustaan.
%%
Olemme tämän ehdotuksen takana. – [[P:Tuija]] ja [[P:Markku]] Pukinmäestä
%%
Vartija [[P:Hämäläinen]] Kampin keskuksessa oli todella asiallinen ja auttoi, kun lapseni katosi hetkeksi. \
Kiitos!
%%
Päiväkodin ryhmässä on [[P:Oskarin]] lisäksi kolme muuta allergista lasta, ja silti ruoka tulee samasta \
keittiöstä ilman erillistä merkintää.
%%
Terv. [[P:Lea Ström]]
[[A:Kirkkoharjuntie 8 as. 2]]
00750 Helsinki
[[T:09 351 2204]]
%%
Kirjaston [[P:Maarit]] suositteli että laitan tänne palautetta: Pohjois-Haagan kirjastoon tarvitaan \
hiljainen lukutila. Nyt koululaiset pelaavat kovaäänisesti joka iltapäivä.
%%
Liitteenä kuva. Pihassa on seissyt romuauto [[R:FOX-812]] kolme kuukautta, kilvet vielä paikoillaan. \
Omistaja lienee [[P:Savolainen]] B-rapusta.
%%
Oppilas [[P:Wiljami]] (5A) ja isoveli [[P:Eino]] (8C) kulkevat Konalantietä kouluun. Suojatie koulun kohdalla \
on ilman valoja ja autot ajavat 60 km/h.
%%
Kiitos [[P:Li Wei]]:lle ja [[P:Oksana]]:lle kielikahvilasta Kannelmäen kirjastossa, tärkeä paikka meille \
uusille asukkaille.
%%
Olen [[P:Mohamed Abdullahi]] ja asun [[A:Kaarelantie 14 C 35]]. Hissi on ollut rikki 3 viikkoa ja äitini \
ei pääse ulos. Puh [[T:046 581 9920]]
%%
Tämä palaute on kirjoitettu [[P:Jaana Mustosen]] puolesta, hän ei osaa käyttää nettiä. Hänen numeronsa on \
[[T:040-5127788]] jos tarvitsette lisätietoja.
%%
Lähes joka ilta joku ajaa mopolla Kivikon ulkoilureitillä. Luulen että se on [[P:Kalle]] meidän rapusta mutta \
en ole varma.
%%
Varaajan nimi: [[P:Tuomas Kallio]]
Sähköposti: [[E:tuomas.kallio@outlook.com]]
Lisätiedot: tarvitsemme pingispöydät esille, ja [[P:Joni]] tulee hakemaan avaimen.
%%
Apulaispormestari [[P:Hannu Pelkonen]] lupasi viime keväänä, että Kontulan ostarin valaistus uusitaan. \
Mitään ei ole tehty ja ostarilla on pimeää jo klo 16.
%%
Terkut [[P:Hennalle]] ja [[P:Villelle]] sinne Roihuvuoren leikkipuistoon, olette ihania 💚 Lapset puhuvat \
teistä kotona koko ajan.
%%
Syntymäpäiväjuhlien varaus: [[P:Nelli]] täyttää 7 ja haluaisimme Kalasataman leikkipuiston sisätilan \
la 7.2. klo 12–15. Yhteys äiti [[P:Minna Heikkilä]], [[T:044 771 3390]].
%%
Anteeksi jo etukäteen pitkästä viestistä.

Asun Vuosaaressa ja käytän bussia 90 töihin. Tänä syksynä bussi on myöhästellyt lähes joka aamu, ja usein \
tulee kaksi peräkkäin ja sitten ei mitään 25 minuuttiin.

Naapurini [[P:Sirkka]] on 84-vuotias ja hänen on pakko seistä pysäkillä pakkasessa. Pysäkillä ei ole \
katosta eikä penkkiä.

Toivon että asiaan puututaan.
[[P:Arja Nyman]]
%%
Naapurin poika [[P:Aleksi]] ja hänen kaverinsa [[P:Rasmus Laaksonen]] rakensivat hienon lumilinnan puistoon, \
ja aurakone purki sen samana yönä. Lapset olivat ihan itkuissaan 😢
%%
ps. [[P:Helmi]] kysyy, voisiko Kumpulan kirjastoon tulla taas satutunteja lauantaisin?
%%
[[P:Jyrki]] ([[T:050 913 4420]]) hoitaa pallokentän jäädytyksen talkoilla, mutta vesiposti on lukossa. Voiko \
joku kaupungilta tuoda avaimen?
%%
Vastineena [[P:Hannele Lampiselle]] ja [[P:Kai Nurmelle]]: olen eri mieltä. Asun itse \
[[A:Vallilantie 31 D 62]]:ssa ja näen joka päivä, miten rekat ajavat asuinkadun läpi.

Pelkkä nopeusrajoitus ei auta, tarvitaan fyysisiä hidasteita.

[[P:Seppo Kinnunen]]
[[T:044 508 3317]]
%%
Tiimi: [[P:Aada Heinonen]] (vetäjä, [[E:aada.heinonen@gmail.com]]), [[P:Ronja]], [[P:Elmeri]] ja [[P:Iivo]]. \
Ohjaavana opettajana toimii [[P:Marjo Kuusela]].
%%
Varaaja: [[P:Sinikka Lehtola]], Kurkimäen Marttayhdistys
Laskutusosoite: [[A:Kurkimäentie 11 A 5]], 00940 Helsinki
Avaimen noutaa [[P:Sinikan]] tytär [[P:Hanna-Mari]], puh. [[T:040 902 7163]].
%%
[[P:Raimo]] B-rapusta ja hänen kaverinsa ([[P:Tepi]] ja joku [[P:Jykä]]) istuvat joka ilta leikkipuiston \
katoksessa ja soittavat musiikkia kovalla klo 2 asti. Olen soittanut poliisille kahdesti.
%%
Hei rehtori [[P:Mäkinen]],
[[P:Lotta]] ja [[P:Aatu]] (molemmat 3B) kertoivat, että välitunnilla isommat heittävät jäälohkareita. \
Pyydän, että valvontaa lisätään.
Äiti [[P:Kirsi Vainio]], [[T:050 611 2489]]
%%
Linjan 78 kuljettaja 12.12. klo 16.05 Rautatientorilta, mies jolla nimilappu "[[P:Juha P.]]", huusi \
vanhukselle joka ei löytänyt korttiaan. Ei näin.
Terveisin [[P:Eija Laitinen]], [[E:eija.laitinen@elisanet.fi]]
%%
Minun nimi on [[P:Amina Yusuf]]. Minun poika [[P:Abdi]] on päiväkoti Meri-Rastilassa ja opettaja [[P:Sanna]] \
sanoo että ryhmä on liian iso. Voinko vaihtaa? puhelin [[T:041 722 0945]]
%%
valo on rikki taas portin kohdalla. t. [[P:mikko kivi]], [[A:kiviportintie 12 b 4]]
%%
Minna Canthin kadulla ei ole yhtään roska-astiaa koko korttelin matkalla. – [[P:Minna Laakso]]
%%
Osoitteessa [[A:Aleksis Kiven katu 17 C 39]] asuva naapuri [[P:Virtanen]] on vuokrannut asuntoaan \
lyhytaikaisesti ja rappukäytävässä käy jatkuvasti turisteja matkalaukkujen kanssa öisin.
%%
Toivon että tämä välitetään myös [[P:Laineelle]] ja [[P:Salolle]] (lautakunnan jäsenet), koska he olivat \
mukana päättämässä asiasta viime keväänä.
%%
Valtuutettu [[P:Lahti]] sanoi kokouksessa, että Lahden mallin mukainen pyöräteiden auraus tulee Helsinkiin. \
Milloin?
%%
Kiitos [[P:Kalliolle]] ja [[P:Aallolle]] kaupungin viherpalveluista nopeasta reagoinnista – kaatunut puu \
oli poistettu jo aamulla.
%%
Tilinumero palautusta varten [[I:FI24 5720 0420 1537 71]], tilinomistaja [[P:Marketta Koivisto]].
%%
Yritin kirjautua Varaamoon, mutta sain viestin "liikaa yrityksiä osoitteesta [[IP:84.248.101.17]]". \
Varaus jäi tekemättä ja vuoro meni muille.
%%
Penkki on irti Lammassaaren pitkospuiden alussa.

[[P:Eppu]]

Lähetetty iPhonesta
%%
[[P:Pasi Virta]] ([[T:040 818 2275]]) on lupautunut yhteyshenkilöksi, ja [[P:Virran]] perhe hoitaa \
kukkaistutusten kastelun kesällä.
"""

_FI_NEG = r"""
Koski on kaunein toukokuussa, mutta Vanhankaupunginkosken portaat ovat liukkaat ja kaide puuttuu kokonaan \
yhdeltä osuudelta. Korjatkaa ennen kuin joku putoaa.
%%
Mäki Paloheinän ulkoilualueella on tänä talvena ollut huonossa kunnossa, latu kulkee suoraan jäisen kohdan yli.
%%
Salon ja Lahden suuntaan lähtevät bussit lähtevät Kampista, mutta Kampin terminaalin opasteet ovat ihan \
sekaisin. Laituri 12 on merkitty kahteen kertaan.
%%
Kallio on ihana kaupunginosa, mutta Karhupuisto on joka viikonloppu täynnä roskia. Ehdotan lisää \
roska-astioita ja tyhjennystä myös sunnuntaiaamuna.
%%
Virta-latauspisteet Kalasataman parkkihallissa ovat olleet rikki jo kaksi viikkoa. Sovellus näyttää "offline".
%%
Kivi lensi aurauskoneen alta ja rikkoi tuulilasin Tuusulanväylän vieressä 3.1. noin klo 8.15. \
Vahinkoilmoitus on tehty, asianumero HEL 2026-000347.
%%
Aalto-yliopiston kampuksella Otaniemessä on hyvät pyöräparkit, miksei Helsingissä? Esim. Pasilan asemalle \
tarvittaisiin vähintään 500 katettua paikkaa.
%%
Laine rantaan oli niin iso eilen, että Hietaniemen uimarannan laiturista irtosi lautoja. Kannattaa sulkea \
laituri ennen kuin joku loukkaantuu.
%%
Runeberginkadun ja Topeliuksenkadun risteyksen liikennevalot vaihtuvat niin nopeasti, ettei jalankulkija \
ehdi yli. Sama vika Mannerheimintiellä Tukholmankadun kohdalla.
%%
Tove Janssonin puiston leikkipaikka on hyvä, mutta aitaa tarvittaisiin Kanavakadun puolelle.
%%
Kaisaniemen puistossa on rotta-ongelma. Näin viisi rottaa yhden illan aikana klo 20–21 suihkulähteen luona.
%%
Annankadulla ja Fredrikinkadulla ajetaan ylinopeutta iltaisin. Hidastetöyssyjä tarvitaan. Myös Albertinkatu \
on ongelma, varsinkin viikonloppuisin.
%%
Kuulin että Sanna Marin kävi Oodissa viime viikolla ja kirjasto oli ihan täynnä. Olisi kiva jos Oodissa olisi \
enemmän istumapaikkoja kolmannessa kerroksessa.
%%
Paavo Nurmen patsas Olympiastadionin edessä on graffitien peitossa. Myös Paavo Nurmen tien alikulku on \
sotkettu.
%%
Stockmannin ja Sokoksen välissä Aleksanterinkadulla talvikunnossapito on surkeaa. Lassila & Tikanoja ei \
ilmeisesti hoida tätä aluetta enää?
%%
Hesburgerin edustalla Hakaniemessä on joka aamu oksennusta ja pulloja. Linjan 55 pysäkki on samassa kohdassa.
%%
Kadonnut kissa! Mirri, harmaa naaras, viimeksi nähty Kumpulan siirtolapuutarhan luona 9.11. Jos näette \
hänet, ilmoittakaa tämän palautteen kautta 🐈
%%
Musti-koira ja Otto-beagle käyvät joka päivä Kivinokan koirapuistossa, mutta portin salpa on rikki. Koirat \
pääsevät karkuun.
%%
Vastustan Malmin lentokentän alueen rakentamista. Alue on historiallisesti arvokas ja siellä pesii mm. kiuru. \
Vuonna 1936 avattu lentoasema kuuluu kaikille helsinkiläisille.
%%
Linja 23N ei kulkenut lauantaina klo 2.15 ollenkaan. Odotin Kaisaniemenkadulla 40 minuuttia −15 asteen \
pakkasessa.
%%
OmaStadi-ehdotus: Kalasatamaan ulkokuntosali
Kustannusarvio 45 000 €
Sijainti: Työpajankadun ja Kalasatamankadun kulma, 00580
Perustelu: alueella asuu paljon nuoria aikuisia eikä yhtään ulkoliikuntapaikkaa.
%%
Varaus: Kallion kirjaston ryhmätila "Kuutti", 12.1.2027 klo 17–19, 8 henkilöä. Tarvitsemme videotykin ja \
HDMI-kaapelin.
%%
Lomakkeessa lukee Kirjaamo, PL 10, 00099 Helsingin kaupunki. Onko tämä oikea osoite, kun postini palautui?
%%
Kruunuvuorensilta avataan raitioliikenteelle milloin? Ratikat 11 ja 13 kulkevat silloin keskustaan, \
mutta Laajasalon bussit lakkautetaan jo aiemmin?
%%
Koskelan sairaalan alueen uudet kerrostalot ovat hienoja, mutta Koskelantiellä ei ole kunnollista pyöräkaistaa.
%%
Virtaa ei ollut Vallilan liikuntasalissa koko iltana (ti 18.11. klo 18–21), joten lentopallovuoromme jäi \
väliin. Pyydämme hyvitystä 42 € varauksesta.
%%
Aallot löivät yli rantamuurin Kaivopuistossa myrskyssä, ja Ehrenströmintie oli kokonaan veden alla.
%%
Lahden junaan ei mahdu pyörää aamulla. Tämä ei ehkä ole teidän asianne, mutta Pasilan asemalle voisi tehdä \
lisää kaupunkipyöräasemia.
%%
Kivikon hiihtohallissa oli 6.12. vain kaksi latua auki. Liput maksoivat silti 15 € aikuiselta ja 7,50 € \
lapselta.
%%
Maria 01 -kampuksen pihalla ei ole ollenkaan roska-astioita. Myös Lapinlahden lähteen puolelle tarvittaisiin.
%%
Sinebrychoffin puiston mäenlaskua ei saa kieltää! Lapset ovat laskeneet siellä aina. Vuonna 2024 mäki oli \
auki koko talven eikä kukaan loukkaantunut.
%%
Mikael Agricolan kirkon edessä Tehtaankadulla on iso kuoppa. Auto ajoi siihen ja rengas puhkesi.
%%
Asiakaspalvelu vastasi, että asia on käsittelyssä numerolla 2026-KYMP-08841. Olen odottanut 62 päivää.
%%
Palautteen aihe: bussipysäkki H1532 (Mäkelänrinne). Katos on rikottu, lasia maassa.
%%
Pakilan yläasteen liikuntasali, vuoro ke 19.00–20.30, koko kausi 1.9.2026–31.5.2027. Lasku yhdistykselle, \
y-tunnus 2784511-3.
%%
Ehdotan että Alppilan, Linjojen ja Kallion alue yhdistetään yhdeksi pysäköintivyöhykkeeksi. Nykyinen \
F- ja I-vyöhykkeen raja kulkee keskeltä kortteleita.
%%
Kumpulan maauimala avautuu 15.5., mutta lämmitetty allas vasta 1.6.? Miksi näin? Lippu maksaa 6,50 €.
%%
Lumiaura kävi Pihlajamäessä klo 4.30 ja uudestaan 5.10. Meteli oli hirveä. Ymmärrän että lunta pitää aurata, \
mutta kahdesti?
%%
Alvar Aallon suunnittelema Finlandia-talo on upea, mutta sen vieressä oleva Töölönlahden puisto tarvitsee \
parempaa valaistusta.
%%
Jean Sibeliuksen syntymäpäivänä 8.12. liput Sibelius-monumentilla olivat repeytyneet. Korjatkaa ensi vuonna ajoissa.
%%
Mäkisen Leipomon edessä Malmin raitilla bussipysäkin katos on ollut rikki jo kuukauden.
%%
Tapanilan urheilupuiston tekonurmi on jäässä ja kuoppainen. Tapaninvainion puolella sama juttu.
%%
Marjaniemen uimarannan pukukopit on sotkettu, ja Kallahden rannalla on sama juttu. Siivotkaa kesää varten.
%%
Hartwall Arenan (tai mikä sen nimi nyt onkaan) edustalla on tapahtumien jälkeen kaaos, kun ratikat 7 ja 9 \
eivät riitä. Voisiko tapahtumailtoina ajaa lisävuoroja?
%%
K-Citymarket Itäkeskuksen pyöräparkki on aina täynnä. Ostarille tarvitaan 50 uutta paikkaa.
%%
Kallion kirjaston aukioloajat: ma–to 8–20, pe 8–18, la 10–16. Nettisivuilla lukee eri ajat. Kumpi pitää \
paikkansa?
%%
Salo-Helsinki-kimppakyyti ei ole teidän asianne, mutta liityntäpysäköinti Kalasatamassa on aina täynnä.
%%
Valaisin nro 45-112 Lahdenväylän alikulussa ei toimi. Alikulku on pimeä ja pelottava.
%%
Kerrokantasi: kannatan ehdotusta kävelykadusta. Esplanadi, Aleksanterinkatu ja Mikonkatu olisivat hyvä kolmio, \
kun autot ohjataan Pohjoisrantaan.
%%
Vanha Kirkkopuisto eli Ruttopuisto on kaunis, mutta sen penkit ovat lahoja. 1700-luvun hautakivet pitäisi \
suojata paremmin.
%%
Laineen muotoinen betoniteos Jätkäsaaren rannassa on hieno, mutta sen päällä kiipeillään ja reunat ovat \
terävät. Kenen vastuulla taideteokset ovat?
%%
Kalliossa, Kivikossa ja Mäkelänrinteessä on kaikissa sama ongelma: sähköpotkulaudat jätetään keskelle \
jalkakäytävää.
%%
Keskuskirjasto Oodin 3. kerroksen ravintolan edessä on liukasta, kun lattiaa pestään klo 11 ruuhkan aikaan.
%%
Malmin jäähalli, vuoro su 20.15–21.30. Olemme maksaneet 210 €, mutta jää oli pehmeää koko ajan.
%%
Virran vuoksi Vantaanjoen uimapaikalla ei saa uida, mutta varoituskyltti puuttuu Pikkukosken rannasta.
%%
Kiven heitosta rikkoutunut ikkuna Itäkeskuksen kirjastossa on ilmoitettu poliisille (ilmoitus 5500/2026/12345).
%%
Lahdessa pyörätiet aurataan ennen autoteitä. Miksei Helsingissä? Baana oli 4.12. aamulla auraamatta klo 9 asti.
%%
Muumikahvilan edessä Esplanadilla lokit vievät jäätelön lasten kädestä. Kyltti "älä ruoki lokkeja" auttaisi.
%%
Kivi-Hirvonen Oy:n työmaa Vallilassa aloittaa klo 6.30, vaikka lupa on klo 7 alkaen.
"""

_SV_HAND = r"""
Grannen [[P:Bosse]] på tredje våningen säger att hissen har stått still sedan fredag. Fastighetsskötaren \
svarar inte i telefon.
%%
[[P:Lindholms]] hund skäller varje natt på balkongen, [[A:Runebergsgatan 34 B 18]]. Vi har pratat med dem \
men ingenting händer.
%%
Tack till badvakten [[P:Emil]] i Östra centrums simhall som hjälpte min dotter [[P:Ellen]] när hon slog huvudet i \
kanten! Ni är guld värda.
%%
Jag har pratat med [[P:Anna-Karin Sjöberg]] på stadsmiljösektorn och hon lovade att gatlampan vid \
Brunnsparken skulle lagas före jul. Nu är det januari.
%%
Med vänliga hälsningar
[[P:Göran Westerlund]]
[[T:+358 50 441 9023]]
[[E:goran.westerlund@kolumbus.fi]]
%%
Min son [[P:Axel]] går i klass 3A i Kottby lågstadieskola och läraren [[P:Maria Holmström]] berättade att \
gympasalen har varit stängd i tre veckor på grund av mögel. Varför har föräldrarna inte informerats?
%%
Busschauffören på linje 55 (hette [[P:Mikael]] enligt namnskylten) körde förbi hållplatsen vid \
Arabiastranden fast jag vinkade.
%%
Hej [[P:Camilla]], tack för svaret! Men snöröjningen på Nordsjö hamnväg har fortfarande inte gjorts.
%%
Fullmäktigeledamot [[P:Johan Lindqvist]] lovade på invånarmötet att Berghälls bibliotek ska hålla öppet på \
söndagar. Vad hände med det?
%%
Jag bokade salen i [[P:Pia Strandbergs]] namn men fakturan kom till mig, [[A:Mannerheimvägen 95 A 3]], \
00270 Helsingfors. Kan ni rätta det?
%%
Tack till [[P:Ahmed]] i kundtjänsten, och till [[P:Olena]] som översatte för min mamma. Mycket bra service.
%%
Hälsningar [[P:Stina]] (mamma till [[P:Alva]] i Ekorrens grupp)
%%
frågade redan [[P:bosse]] och [[P:lasse]] om vem som äger båten som ligger på stranden men ingen vet. den har \
legat där sen augusti
%%
[[P:Berg]] på nedre våningen har parkerat sin bil [[R:HMP-205]] på räddningsvägen i två veckor.
%%
Jag stöder förslaget helt. Strandpromenaden behöver fler bänkar.
[[P:Ulla Strand]], Drumsö
%%
Kontaktperson för bokningen: [[P:Fredrik Ek]], [[T:040 552 8831]]. Nyckeln hämtas från Stoa.
%%
Tjänsteinnehavaren [[P:Lundberg]] på byggnadstillsynen har inte svarat sedan oktober (ärende HEL 2026-009812).
%%
Min granne [[P:Karl-Erik]] fick en parkeringsbot fast skylten var helt täckt av snö. Kan ni kolla det?
%%
Återbetalningen till mitt konto [[I:FI80 8000 1234 5678 91]], kontoinnehavare [[P:Sofia Nyberg]].
%%
Vi har bott här i 30 år och aldrig sett så mycket skräp i parken.
Hälsningar från [[P:Nina]] och [[P:Jonas Blomqvist]]
%%
Läraren [[P:Kaj]] i gympasalen sa att duscharna har varit kalla sedan augusti. Barnen duschar inte längre \
efter gympan.
%%
/[[P:Kicki]]
%%
Ang. förslaget om hundpark i Kronohagen: jag håller med [[P:Malin Öster]] i kommentaren ovan, platsen vid \
Sjötullsgatan är för liten.
%%
Daghemmets föreståndare [[P:Tove Lindén]] svarar aldrig på e-post. Vår dotter [[P:Saga]] har väntat på \
plats sedan augusti.
%%
Vi som undertecknat:
[[P:Henrik Åberg]], [[A:Sandviksgatan 4 C 22]]
[[P:Marianne Wikström]], [[A:Sandviksgatan 6]]
Vi motsätter oss att lindarna fälls.
%%
Ring gärna [[P:Ingrid]] på [[T:050-338 1245]], hon har nyckeln till klubbrummet.
%%
Ordningsvakten [[P:Niklas]] vid Östra centrums metro var väldigt hjälpsam när min väska blev stulen. Tack!
%%
Personbeteckning för fakturan: [[H:151199-883K]], [[P:Oscar Grönqvist]]. Jag har inget FO-nummer.
%%
Hälsningar,
[[P:Ann-Sofie Lindroos]]
[[A:Tölögatan 15 A 9]]
[[T:09 443 2107]]
%%
Min granne [[P:Greta]] (85) och hennes hemvårdare [[P:Jelena]] kan inte ta sig ut när trappan inte är sandad. \
Det har hänt tre gånger denna vecka.
"""

_SV_NEG = r"""
Forsby är en fin stadsdel men Forsbyvägen behöver en ny trottoar. Många äldre går där till hälsostationen.
%%
Sibeliusparken: hundar lösa hela tiden. Skylten vid Mechelingatan är borta sedan i höstas.
%%
Runebergsgatan och Topeliusgatan – trafikljusen är för korta för fotgängare, särskilt för äldre.
%%
Berg av snö på Brunnsparkens parkering, 2–3 meter höga. Bilarna kommer inte ut.
%%
Stranden i Sandvik är full av glas efter helgen. Spårvagn 8 och buss 65 stannar precis där.
%%
Lindarna på Bulevarden beskärs alldeles för hårt. Det finns över 100 träd längs gatan och de ser ut som stubbar.
%%
Linje 550 var 25 minuter sen igen, avgångstid 7.48 från Östra centrum.
%%
Bokning: Stoa, sal 2, fredag 6.2.2027 kl. 18–22. Pris 120 €. Ordernummer 4500231177.
%%
Tove Jansson-parken på Skatudden behöver bättre belysning, det är beckmörkt efter kl. 16.
%%
Alexandersgatan och Annegatan: vattnet har varit brunt sedan 3.12. Är det något fel på rören?
%%
Stockmanns julskyltning är fin, men Esplanadparken är mörk och halkig.
%%
Stadsfullmäktige behandlar ärendet 14.1.2027 kl. 18.00 (§ 12). Varför kan invånare inte kommentera före det?
%%
Holmen utanför Degerö har fått en ny brygga, men skyltarna säger fortfarande "privat område".
%%
Ek och björk planterades i Kajsaniemi parken 2023, men hälften har redan dött. Vem vattnar dem?
"""

# ---------------------------------------------------------------------------------------------------------
# Templated records (a minority). Finnish persons carry their own case forms; "|" marks where a colon ending
# starts, which stays outside the span.
# forms: nominative, genitive, allative (-lle), ablative (-lta), adessive (-lla)
_FI_PEOPLE = [
    ("Jari", "Jarin", "Jarille", "Jarilta", "Jarilla"),
    ("Pirjo", "Pirjon", "Pirjolle", "Pirjolta", "Pirjolla"),
    ("Tuomas Kallio", "Tuomas Kallion", "Tuomas Kalliolle", "Tuomas Kalliolta", "Tuomas Kalliolla"),
    ("Heikki Koski", "Heikki Kosken", "Heikki Koskelle", "Heikki Koskelta", "Heikki Koskella"),
    ("Minna Lahti", "Minna Lahden", "Minna Lahdelle", "Minna Lahdelta", "Minna Lahdella"),
    ("Juha Mäki", "Juha Mäen", "Juha Mäelle", "Juha Mäeltä", "Juha Mäellä"),
    ("Sirpa Salo", "Sirpa Salon", "Sirpa Salolle", "Sirpa Salolta", "Sirpa Salolla"),
    ("Tommi Virta", "Tommi Virran", "Tommi Virralle", "Tommi Virralta", "Tommi Virralla"),
    ("Marko Kivi", "Marko Kiven", "Marko Kivelle", "Marko Kiveltä", "Marko Kivellä"),
    ("Elina Aalto", "Elina Aallon", "Elina Aallolle", "Elina Aallolta", "Elina Aallolla"),
    ("Kaija Laine", "Kaija Laineen", "Kaija Laineelle", "Kaija Laineelta", "Kaija Laineella"),
    ("Virtanen", "Virtasen", "Virtaselle", "Virtaselta", "Virtasella"),
    ("Oksana Kovalenko", "Oksana Kovalenkon", "Oksana Kovalenkolle", "Oksana Kovalenkolta",
     "Oksana Kovalenkolla"),
    ("Mohamed", "Mohamedin", "Mohamedille", "Mohamedilta", "Mohamedilla"),
    ("Ahmed", "Ahmed|:n", "Ahmed|:lle", "Ahmed|:lta", "Ahmed|:lla"),
    ("Nguyen Van Minh", "Nguyen Van Minh|:n", "Nguyen Van Minh|:lle", "Nguyen Van Minh|:ltä",
     "Nguyen Van Minh|:llä"),
    ("Eveliina", "Eveliinan", "Eveliinalle", "Eveliinalta", "Eveliinalla"),
    ("Sami", "Samin", "Samille", "Samilta", "Samilla"),
    ("Ilkka Jokinen", "Ilkka Jokisen", "Ilkka Jokiselle", "Ilkka Jokiselta", "Ilkka Jokisella"),
    ("Tiina-Maria Hakala", "Tiina-Maria Hakalan", "Tiina-Maria Hakalalle", "Tiina-Maria Hakalalta",
     "Tiina-Maria Hakalalla"),
    ("Korhonen", "Korhosen", "Korhoselle", "Korhoselta", "Korhosella"),
    ("Seppo", "Sepon", "Sepolle", "Sepolta", "Sepolla"),
    ("Aija Kärkkäinen", "Aija Kärkkäisen", "Aija Kärkkäiselle", "Aija Kärkkäiseltä", "Aija Kärkkäisellä"),
    ("Yusuf", "Yusufin", "Yusufille", "Yusufilta", "Yusufilla"),
    ("Priya Sharma", "Priya Sharman", "Priya Sharmalle", "Priya Sharmalta", "Priya Sharmalla"),
    ("kaisa", "kaisan", "kaisalle", "kaisalta", "kaisalla"),
    ("Kosonen", "Kososen", "Kososelle", "Kososelta", "Kososella"),
    ("Jaakko Lahtela", "Jaakko Lahtelan", "Jaakko Lahtelalle", "Jaakko Lahtelalta", "Jaakko Lahtelalla"),
]

_FI_ROLES = ["naapuri", "talonmies", "ohjaaja", "kuljettaja", "isännöitsijä", "rehtori", "valvoja",
             "aluevalvoja", "kirjastonhoitaja", "vahtimestari", "valtuutettu", "lautakunnan jäsen"]

_FI_ISSUES = [
    "roskakatoksen ovi ei mene lukkoon",
    "katuvalo on ollut pimeänä viikkoja",
    "jalkakäytävä on ihan peilijäässä",
    "leikkipuiston keinu on rikki",
    "hiekkalaatikossa on lasinsiruja",
    "pyörätietä ei ole aurattu koko viikkona",
    "bussipysäkin katos on rikottu",
    "kaivonkansi kolisee joka auton alla",
    "puisto on täynnä roskia",
    "liikuntasalin suihkut ovat kylmiä",
    "koirat juoksevat irti leikkipuistossa",
    "työmaa aloittaa paukuttelun jo klo 6",
    "lumikinos peittää koko suojatien",
    "kirjaston ovi ei aukea pyörätuolilla",
]

_FI_PLACES = ["Kontulassa", "Vallilassa", "Malmilla", "Herttoniemessä", "Pasilassa", "Töölössä", "Kannelmäessä",
              "Lauttasaaressa", "Vuosaaressa", "Munkkivuoressa", "Pihlajistossa", "Tapulikaupungissa"]

_FI_STREETS = ["Mannerheimintie", "Hämeentie", "Fleminginkatu", "Kustaankatu", "Kirkkoharjuntie", "Isonnevantie",
               "Kivikonkaari", "Koskelantie", "Mäkitorpantie", "Aallonhuippu", "Laineenkatu", "Salomonkatu",
               "Kalliolanrinne", "Kiviportintie", "Virtakatu"]

_PLATES = ["BLC-904", "KZU-71", "ORI-338", "XNE-12", "MTV-550", "GLA-806", "UUP-4"]
_PHONES = ["040 223 8871", "050-771 2036", "+358 45 118 4402", "044 9021 776", "0400 661 903", "045-130 2298",
           "+358401234987", "050 559 01 44"]
_MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "kolumbus.fi", "elisanet.fi"]

_PRAISE = [
    "Palvelu oli ystävällistä ja nopeaa.",
    "Ilman teitä tästä ei olisi tullut mitään.",
    "Lapset tykkäsivät tosi paljon 😊",
    "Harvoin saa näin hyvää apua.",
    "Teette tärkeää työtä!",
]

_SIGS = ["t. {nom}", "terveisin {nom}", "- {nom}", "–{nom}", "/{nom}", "Ystävällisin terveisin\n{nom}",
         "Mvh {nom}", "t: {nom}"]


def _p(form: str) -> str:
    """Wrap one inflected name form; a colon ending stays outside the span."""
    inside, sep, outside = form.partition("|")
    return f"[[P:{inside}]]{outside}" if sep else f"[[P:{form}]]"


def _email_for(name: str, rng: random.Random) -> str:
    base = name.lower().replace(" ", ".").replace("ä", "a").replace("ö", "o").replace("-", "")
    return f"{base}{rng.choice(['', '', '77', '.hki', '2'])}@{rng.choice(_MAIL_DOMAINS)}"


def _addr(rng: random.Random) -> str:
    street = rng.choice(_FI_STREETS)
    tail = rng.choice(["", " A", " B 4", " C 31", " as. 7", " D 118", " b 9"])
    return f"{street} {rng.randint(1, 88)}{tail}"


def _fi_templated(rng: random.Random) -> list[str]:
    frames = [
        "Kysyin asiaa {abl} ja hänkin on huomannut, että {issue}.",
        "{Role} {nom} sanoi, että {issue}. Toivottavasti joku tekee jotain.",
        "Soitin {all} {date}, mutta vieläkään ei ole tehty mitään: {issue}.",
        "{Issue} {place}. {sig}",
        "{gen} kanssa kävimme paikalla {date} ja totesimme, että {issue}.",
        "Yhteyshenkilö: {nom}, puh. {phone}",
        "Asun osoitteessa {addr} ja {issue}. Korjatkaa pian.",
        "Varaus on tehty {gen} nimissä. Lisätietoja antaa {nom2} ({email2}).",
        "Kiitos {all}! {praise}",
        "Ilmoitin jo viime viikolla {all}, että {issue}.\n{sig2}",
        "{Issue}, kuvat lähetin {all} sähköpostilla {date}",
        "Pyydän että {role} {nom} ottaa minuun yhteyttä numeroon {phone}.",
        "{gen} auto ({plate}) on taas pysäköity jalkakäytävälle {place}.",
        "{ade} on avain, soittakaa {phone} jos ovi on kiinni.",
        "Sain {abl} tiedon, että {issue} {place}. Onko tämä totta?",
        "Tämä koskee {addr}:n pihaa: {issue}. Ilmoittaja {nom}",
        "Vastaus {all}: en tarkoittanut että {issue}, vaan että asia on ollut näin jo vuoden.",
    ]
    out = []
    people = _FI_PEOPLE[:]
    rng.shuffle(people)
    for i in range(44):
        person = people[i % len(people)]
        nom, gen, all_, abl, ade = (_p(f) for f in person)
        frame = frames[i % len(frames)]
        issue = rng.choice(_FI_ISSUES)
        role = rng.choice(_FI_ROLES)
        other = people[(i + 7) % len(people)]
        nom2 = _p(other[0])
        sig = rng.choice(_SIGS).format(nom=nom)
        sig2 = rng.choice(_SIGS).format(nom=nom2)
        plain = other[0].replace("|", "")
        text = frame.format(
            nom=nom, gen=gen, all=all_, abl=abl, ade=ade, issue=issue, Issue=issue[0].upper() + issue[1:],
            role=role, Role=role[0].upper() + role[1:], place=rng.choice(_FI_PLACES),
            date=f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.", phone=f"[[T:{rng.choice(_PHONES)}]]",
            addr=f"[[A:{_addr(rng)}]]", praise=rng.choice(_PRAISE),
            sig=sig, sig2=sig2, nom2=nom2, email2=f"[[E:{_email_for(plain, rng)}]]",
            plate=f"[[R:{rng.choice(_PLATES)}]]",
        )
        out.append(text)
    return out


_FI_NEG_LOCS = ["Kallion kirjaston edessä", "Koskelan varikon kohdalla", "Mäkelänrinteen uimahallin luona",
                "Lahdenväylän alikulussa", "Salomonkadun päässä", "Kivikon liikuntapuistossa",
                "Aallonhuipun rannassa", "Laajasalon kirkon luona", "Sibelius-puistossa", "Alvar Aallon kadulla",
                "Topeliuksenkadulla", "Runebergin patsaan luona", "Minna Canthin kadulla",
                "Tove Janssonin puistossa", "Kaisaniemenkadulla", "Annankadulla", "Mäkitorpantiellä",
                "Kivinokassa", "Virkamiehenkadulla", "Kallioniemen rannassa", "Lauri Kristian Relanderin tiellä"]
_LINES = ["55", "58B", "506", "23N", "550", "78", "69", "18", "570", "97V", "39B", "64"]
_VENUES = ["Kallion kirjaston Kuutti-tila", "Stoan sali 2", "Kivikon liikuntapuiston kenttä 3",
           "Oodin Kuutio", "Malmitalon Kerhotila", "Vuotalon pieni sali", "Aalto-salin alakerta",
           "Koskelan nuorisotalon bänditila", "Maunulan kirjaston Kuusi-tila"]


def _fi_neg_templated(rng: random.Random) -> list[str]:
    frames = [
        "{Loc} {issue}. Havaittu {date} klo {time}.",
        "{Loc}: linja {line} myöhässä taas {mins} min. Lähdön piti olla {time}.",
        "Palautteen {case} jatkoksi: {loc} {issue} edelleen.",
        "Varaus: {venue}, {date}{year} klo {trange}, {n} hlöä, hinta {price}.",
        "{Loc} {issue}, postinumero {zip}. Valaisimen numero on {lamp}.",
        "Tilausnumero {order}, {venue}. Laskun eräpäivä {date}{year}, summa {price}.",
        "Bussi {line} ei pysähtynyt {loc} klo {time}, vaikka nappia painettiin.",
    ]
    out = []
    for i in range(16):
        loc = rng.choice(_FI_NEG_LOCS)
        out.append(frames[i % len(frames)].format(
            Loc=loc[0].upper() + loc[1:], loc=loc, issue=rng.choice(_FI_ISSUES),
            date=f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.", year=rng.choice(["", "2026", "2027"]),
            time=f"{rng.randint(5, 23)}.{rng.choice(['00', '05', '15', '30', '42', '55'])}",
            line=rng.choice(_LINES), mins=rng.randint(6, 40),
            case=rng.choice(["HEL 2026-", "2026-KYMP-", "nro 2026-", "#"]) + str(rng.randint(1000, 129999)),
            venue=rng.choice(_VENUES), trange=rng.choice(["17–19", "8.30–10", "18.00–21.00", "12–15", "19.15–20.45"]),
            n=rng.randint(4, 60), price=rng.choice(["42 €", "15,50 €", "120 euroa", "0 €", "7,80€", "260,00 €"]),
            zip=rng.choice(["00100", "00530", "00560", "00980", "00700", "00420"]),
            lamp=f"{rng.randint(10, 99)}-{rng.randint(100, 999)}", order=str(rng.randint(4500000000, 4509999999)),
        ))
    return out


_SV_PEOPLE = ["Bosse Lindqvist", "Kaj", "Anna-Karin Berg", "Ahmed Hassan", "Lotta Strand", "Mikael Ek",
              "Gunilla", "Svensson", "Hanna Holm", "Mats Lind", "Jonas", "Agneta Sjöholm", "Yasmin"]
_SV_ROLES = ["grannen", "fastighetsskötaren", "läraren", "chauffören", "vaktmästaren", "ledamoten",
             "bibliotekarien"]
_SV_ISSUES = ["gatlampan har varit släckt i veckor", "trottoaren är spegelblank", "gungan i lekparken är trasig",
              "sandlådan är full av glasbitar", "cykelvägen har inte plogats", "busskuren är sönderslagen",
              "parken är full av skräp", "duscharna i gympasalen är kalla", "hundar springer lösa i lekparken"]
_SV_PLACES = ["Berghäll", "Tölö", "Drumsö", "Nordsjö", "Kottby", "Forsby", "Hertonäs", "Östra centrum",
              "Munksnäs", "Vallgård", "Malm", "Brunnsparken"]


def _sv_gen(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


def _sv_templated(rng: random.Random) -> list[str]:
    frames = [
        "Jag frågade {nom} och hen har också märkt att {issue}.",
        "{Role} {nom} sa att {issue}.",
        "Kontaktperson: {nom}, tfn {phone}",
        "Tack till {nom}! Ni gör ett fantastiskt jobb i {place}.",
        "{gen} bil ({plate}) står igen på trottoaren i {place}.",
        "Bokningen är gjord i {gen} namn. E-post: {email}",
        "I {place}: {issue}.\nHälsningar {nom}",
    ]
    out = []
    people = _SV_PEOPLE[:]
    rng.shuffle(people)
    for i in range(14):
        name = people[i % len(people)]
        role = rng.choice(_SV_ROLES)
        out.append(frames[i % len(frames)].format(
            nom=f"[[P:{name}]]", gen=f"[[P:{_sv_gen(name)}]]", issue=rng.choice(_SV_ISSUES),
            Role=role[0].upper() + role[1:], place=rng.choice(_SV_PLACES), phone=f"[[T:{rng.choice(_PHONES)}]]",
            plate=f"[[R:{rng.choice(_PLATES)}]]", email=f"[[E:{_email_for(name, rng)}]]",
        ))
    neg = [
        "I {place}: {issue}. Observerat {date} kl. {time}.",
        "Buss {line} var {mins} minuter sen i {place}, avgång kl. {time}.",
        "Bokning: {venue}, {date} kl. {trange}, pris {price}, ordernummer {order}.",
    ]
    for i in range(6):
        out.append(neg[i % len(neg)].format(
            place=rng.choice(_SV_PLACES), issue=rng.choice(_SV_ISSUES),
            date=f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.", time=f"{rng.randint(6, 22)}.{rng.randint(10, 59)}",
            line=rng.choice(_LINES), mins=rng.randint(6, 30), venue=rng.choice(["Stoa, sal 2", "Gamlas, klubbrum",
                                                                              "Arbis, sal 5", "Nordsjö bibliotek"]),
            trange=rng.choice(["17–19", "18.00–21.00", "10–12"]), price=rng.choice(["45 €", "120 €", "0 €"]),
            order=str(rng.randint(4500000000, 4509999999)),
        ))
    return out


def _split(block: str) -> list[str]:
    out = []
    for chunk in block.strip("\n").split("\n%%\n"):
        text = chunk.strip("\n").replace("\\\n", "")
        if text:
            out.append(text)
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    recs: list[tuple[str, str]] = []
    recs += [("fi", t) for t in _split(_FI_HAND)]
    recs += [("fi", t) for t in _split(_FI_NEG)]
    recs += [("sv", t) for t in _split(_SV_HAND)]
    recs += [("sv", t) for t in _split(_SV_NEG)]
    recs += [("fi", t) for t in _fi_templated(rng)]
    recs += [("fi", t) for t in _fi_neg_templated(rng)]
    recs += [("sv", t) for t in _sv_templated(rng)]
    rng.shuffle(recs)
    return recs


_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")


def check(recs: list[tuple[str, str]]) -> dict[str, int]:
    """Validate the markup and return the number of spans per label."""
    counts = {label: 0 for label in LABELS}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        assert text.count("[[") == text.count("]]"), text
        for label, inner in _SPAN.findall(text):
            assert label in LABELS, (label, text)
            assert inner == inner.strip(), (inner, text)
            counts[label] += 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = check(recs)
    print(f"{len(recs)} records, {sum(counts.values())} spans")
    print("spans per label:", counts)
    print("records without spans:", sum(1 for _, t in recs if "[[" not in t))
    print("languages:", {lang: sum(1 for x, _ in recs if x == lang) for lang in ("fi", "sv", "en")})
    for lang, text in recs[:6]:
        sys.stdout.write(f"--- {lang}\n{text}\n")
