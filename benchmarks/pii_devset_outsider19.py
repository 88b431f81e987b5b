"""Blind evaluation block 19 for the free-text personal-data scrubber.

Written by helper "outsider 19" on 2026-12-07.

Blindness: the author did not open, grep, list or run anything under harvester/, tests/, scripts/,
benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py file,
and did not run any scrubber or evaluation while writing this block. The texts were written from the brief alone.

Focus: Open311 feedback messages (and some Varaamo booking notes) in Finnish (~60 %), Swedish (~20 %) and
English (~20 %), each written in the voice of a distinct persona: an elderly resident writing a long formal
letter with a full signature block, a teenager writing in lower case with slang and emoji, a non-native speaker
writing simple Finnish with mistakes, a busy professional writing one terse line, an angry neighbour naming the
neighbours and their car plates, a parent naming children and teachers, a housing company's board member naming
other board members, and a sports club coach listing players for a booking. Names occur in every position
(signature blocks, mid-sentence, lists, lower case, capitals, with initials, surname first, "name / role"),
together with addresses with flats, phones, e-mails, HETUs, IBANs, plates and IPs. About a third of the records
are hard negatives (capitalised non-names, people a street or park is named after, companies, pets, dates,
times, prices, case/order/reference numbers, postal codes, bus lines, opening hours, years).

Seed: 1919 (random.Random(1919)); the output is deterministic.

Markup: [[LABEL:text]] around each piece of personal data. Labels: P (name of a living private person, any
part), E (e-mail), T (phone), H (HETU), I (IBAN / bank account number), R (licence plate), A (street address with
house number, including staircase/flat; postal code and town are left outside), IP (IP address). Role words and
titles stay outside P spans; Finnish case endings are inside unless written after a colon.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

SEED = 1919

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: Finnish
# ---------------------------------------------------------------------------------------------------------------

FI_HAND: list[str] = [
    # --- elderly residents, long formal letters ---
    """Arvoisa vastaanottaja,

Kirjoitan Teille koskien Kivikonkaaren puistikon penkkejä, jotka poistettiin viime syksynä. Olen 86-vuotias ja \
kävelen päivittäin rollaattorin kanssa Kivikon ostoskeskukselle. Matkalla ei ole enää yhtään paikkaa, jossa voisi \
levähtää. Naapurini [[P:Aune Lehtonen]] on samaa mieltä, ja hän pyysi minua mainitsemaan, että myös hänen miehensä \
[[P:Erkki]] kaipaa penkkejä takaisin.

Toivon, että asiaan paneudutaan ennen kesää.

Kunnioittavasti

[[P:Helvi Karjalainen]]
[[A:Kivikonkaari 6 C 41]]
00940 Helsinki
puh. [[T:040 718 2293]]
[[E:helvi.karjalainen@kolumbus.fi]]""",
    """Hyvät herrat!

Jo kolmatta kertaa tänä talvena on Roihuvuorentien jalkakäytävä jätetty hiekoittamatta. Liukastuin 14.1. kotini \
edessä ja jouduin Malmin sairaalaan ranteen takia. Lääkäri, tohtori [[P:Sundqvist]], sanoi että olin onnekas kun \
lonkka ei murtunut.

Pyydän, että joku kaupungilta ottaa minuun yhteyttä. Kuulolaitteeni takia soittakaa mieluiten iltapäivällä.

[[T:09 341 2278]]
[[P:TAUNO HEIKKINEN]]
[[A:Roihuvuorentie 17 A 3]]""",
    """Hyvä kaupungin ympäristöpalvelut

Olen asunut Munkkiniemessä vuodesta 1961. Koskaan ennen ei ole ollut näin paljon rottia pihalla kuin nyt, kun \
viereinen tontti on ollut rakennustyömaana. Taloyhtiömme isännöitsijä [[P:Lindfors]] ei ole tehnyt asialle \
mitään, vaikka olen kirjoittanut hänelle kahdesti (8.9. ja 2.10.).

Liitteenä valokuvat (3 kpl).

Ystävällisesti
[[P:E. A. Grönholm]]
[[A:Munkkiniemen puistotie 14 as. 9]]
[[E:ea.gronholm@saunalahti.fi]]
[[T:+358 50 366 1047]]""",
    """Helsingin kaupunki, kaupunkiympäristön toimiala

ASIA: Lumikasat Pihlajamäen kauppakeskuksen pysäkillä

Kuten jo viime vuonna kirjoitin, aurauskone työntää lumen suoraan pysäkin eteen, jolloin bussiin nouseminen on \
meille iäkkäille mahdotonta. Viime tiistaina [[P:Kaarina Mäkelä]] naapurikerroksesta kaatui siihen ja rikkoi \
silmälasinsa. Hänen tyttärensä [[P:Sari]] joutui hakemaan hänet autolla.

Kiittäen etukäteen,

Rouva [[P:Raili Sinervo]], eläkeläinen
[[A:Pihlajamäentie 22 B 17]], 00710 HELSINKI
[[T:044 2210 583]]""",
    """Arvoisa kaupunginvaltuutettu [[P:Heikki Vartiainen]],

luin Helsingin Uutisista, että olette kiinnostunut ikäihmisten liikkumisesta. Haluaisin kutsua Teidät kävelylle \
kanssani Puotilan kartanon ympäri, jotta näkisitte itse, miten vaarallisia juurten nostamat asfalttikohdat ovat.

Olen tavattavissa arkisin klo 10–14.

[[P:Sylvi Rantanen]]
[[T:0400 615 228]]
([[A:Puotilantie 3 D 52]])""",
    """Hyvä vastaanottaja

Pyydän saada tietää, miksi talomme kohdalla oleva roska-astia on poistettu. Olemme mieheni [[P:Veikon]] kanssa \
soittaneet kaupungin neuvontaan numeroon [[T:09 310 11111]], mutta siellä ei osattu kertoa asiasta mitään.

Kunnioittaen
[[P:Veikko]] ja [[P:Anna-Liisa Korhonen-Mäkelä]]
[[A:Lammasrinne 4 A 8]]
Puh. [[T:(09) 387 5510]] tai [[T:050-331 8847]]""",
    """Kirje kaupungille

Hyvä Helsinki. Nimeni on [[P:Oiva Toivonen]] ja täytän ensi kuussa 91 vuotta. Olen asunut [[A:Kulosaaren \
puistotie 40 A 2]]:ssa koko ikäni, ja nyt ensimmäistä kertaa tunnen, ettei kävelyteille voi luottaa. Sähköpotkulaudat \
ovat kaikkialla kumossa. Sanoin tästä myös Lime-yhtiölle, mutta vastaukseksi tuli vain automaattiviesti.

Tyttärenpoikani [[P:Joonas]] kirjoittaa tämän puolestani, koska näköni ei enää riitä.

Kunnioittavasti,
[[P:O. Toivonen]]""",
    # --- teenagers ---
    "moi!! skeittiparkki kontulas on ihan paska, ramppi rikki ja joku [[P:jere]] ja sen kaverit on heittäny "
    "lasipulloja sinne 😤😤 korjatkaa pls",
    "miks kirjaston wifi ei toimi??? mun ip on [[IP:10.41.7.188]] ja se vaan sanoo et estetty lol. me ollaan "
    "[[P:siirin]] kaa tehty ryhmätyötä koko viikko ja nyt ei pääse mihkää 😭",
    "heii mä oon [[P:eetu]] 14v ja haluisin et myllypuroon tulis parkour paikka!! soittakaa [[T:0451239087]] jos "
    "tarviitte lisää ideoita 🔥🔥",
    "ratikka 9 oli taas myöhäs 20min ja missasin koulun alun 🙄 kiitti hsl",
    "oikeesti kuka on suunnitellu tän uuden nuorisotalon?? ei oo ees pistorasioita 💀 t. [[P:ella]] & [[P:iida]] (8C)",
    "ei vittu taas joku on sotkenu koko leikkipuiston liukumäen tussilla... sano ny [[P:Miro]]:lle et se on "
    "huomattu 😂 no mut oikeesti pesun tarpeessa",
    "hei onks mahollista saada koripallokenttään uudet verkot? vanhat on revitty. me pelataan siel aina ma ja ke "
    "klo 17 eteenpäin, [[P:aleksi]], [[P:tuukka]], [[P:oskari]] ja mä. kysykää [[P:Nikolta]] "
    "jos haluutte tietää lisää",
    "uimahallin kaapit 112-140 ei mee lukkoon 😑😑 joku vei mun kaverin [[P:veetin]] kuulokkeet",
    "nuorisotalon ohjaaja [[P:Jani]] on paras!!!! antakaa sille palkankorotus 🙌🙌 t. [[P:kerttu]] 15v",
    # --- non-native speakers ---
    "Hei. Minä olen [[P:Olena Kovalenko]]. Minun talo [[A:Meri-Rastilan tie 12 D 58]] pihalla on paljon roska, "
    "joka päivä. Minä soitin isännöitsijä mutta ei vastaa. Minun puhelin [[T:044 903 1187]]. Kiitos paljon.",
    "hei, minä haluan kysyä pysäkki asia. Bussi 97 ei tule tänään aamulla, minä odottaa 40 minuutti. Lapsi "
    "myöhästyy koulu. Kiitos",
    """Hyvä päivä. Minun nimi on [[P:Ahmed Hassan Warsame]]. Minä asun [[A:Kontulankaari 5 B 30]]. Naapuri ylhäällä \
tekee melu joka yö klo 2. Nimi ovessa [[P:Saarinen]]. Minä olen kirjoittanut isännöitsijä [[P:Laaksonen]]:lle \
mutta hän ei auta.
Email [[E:ahmed.warsame88@hotmail.com]]""",
    "Hei, minä ilmoittautui Kela asia ja kaupunki sanoi minä laittaa henkilötunnus tähän: [[H:190272-476T]]. "
    "Minun nimi [[P:Nguyen Van Minh]]. Miksi minä en saa vastaus kolme viikko?",
    "Kiitos puisto uusi leikkipaikka on hyvä! Mun lapset tykkää paljon. Terveisin [[P:Fatima]]",
    """Hei
Minun poika [[P:Yusuf]] koulu on Itäkeskuksen peruskoulu. Koulu matka on vaarallinen koska ei ole valo \
suojatie. Opettaja [[P:Minna]] sanoi että kirjoita kaupunki. Minä olen äiti [[P:Hodan Abdullahi]], puh \
[[T:+358 46 552 9180]]
kiitos""",
    "Päivää. Minä olen uusi Helsinki, tulin Ukraina 2023. Missä voi viedä vanha sohva? Kierrätyskeskus sanoi ei "
    "ota. Kiitos vastaus.",
    "Mina en ymmarra miksi pysakointi sakko tuli. Auto [[R:VXK-318]] oli oikea paikka, merkki sanoi 2h ja mina oli "
    "1h 50min. Nimi [[P:Svetlana Ivanova]], [[E:svetlana.iv@mail.ru]]",
    "Hei! Voiko varata sauna Kontula talo? Minä ja ystävä [[P:Mehmet]] ja [[P:Emre Yılmaz]] haluaa lauantai. Mina "
    "numero [[T:041 720 6631]]",
    # --- busy professionals, terse ---
    "Katuvalo rikki [[A:Fleminginkatu 20]] edessä. Korjatkaa. – [[P:J. Lindroos]], [[T:040 551 2290]]",
    "Hiekoitus puuttuu [[A:Siilitie 9]] kohdalla. t. [[P:Kari]]",
    "Roskis täynnä Esplanadin puistossa, kolmatta päivää.",
    "Soittakaa takaisin laskusta 2026-44781. [[P:K. Mäkelä]] [[T:050 412 7763]]",
    "Sama vika kuin viime viikolla (HEL 2026-009934). Ei korjattu. /[[P:T. Vuorela]]",
    "Liikennemerkki kaatunut, Itämerenkatu ~ Ruoholahden metron kohdalla.",
    "Pyydän soittoa klo 12 jälkeen: [[P:Laura Sorsa]] p. [[T:+358405129087]]",
    "Tontilla [[A:Malminkaari 15]] kaadettu luvatta kaksi mäntyä. Kuvat liitteenä.",
    "Kiitos nopeasta korjauksesta!",
    "Varaus peruttu, ei tarvita. [[P:Heli N.]]",
    # --- angry neighbours with plates ---
    """Tämä on jo viides ilmoitus!!! Naapurin [[P:Jarmo Peltonen]] ([[A:Pakilantie 61 B]]) pitää kahta autoaan \
jatkuvasti kadulla pysäköintikiellon kohdalla: musta Audi [[R:KMT-552]] ja vanha pakettiauto [[R:GOF-719]]. Hänen \
vaimonsa [[P:Tiina]] vielä nauroi kun huomautin. Pysäköinninvalvonta ei ole käynyt kertaakaan vaikka soitin 3.2. \
ja 11.2.!!!

[[P:Raimo Turunen]] [[A:Pakilantie 63]]""",
    "Naapuri [[P:Kinnunen]] pesee autoaan ([[R:zxl-38]]) pihalla joka lauantai ja saippuavedet valuu suoraan "
    "hulevesikaivoon. Eikö tämä ole kiellettyä?? Sama tyyppi joka ajaa mopolla yöllä. terv. vihainen naapuri",
    """ILMOITUS HYLÄTYSTÄ AUTOSTA

Harmaa Toyota Corolla, rekisterissä [[R:ISO-447]], on seissyt [[A:Vuosaarentie 8]] kohdalla elokuusta asti. \
Renkaat tyhjinä. Auton omistaa tietääkseni [[P:Mikko Hakala]] joka muutti pois keväällä. Hänen veljensä \
[[P:Toni]] sanoi että "kyllä se siitä haetaan" mutta mitään ei ole tapahtunut.""",
    "en jaksa enää. [[P:Rautiaisen]] koira haukkuu joka yö ja niiden poika [[P:Sami Rautiainen]] parkkeeraa "
    "mustan bemarin [[R:XOR-9]] meidän autopaikalle. talon numero [[A:Kaarelantie 44 C 19]], käykää katsomassa",
    """Hei,
ihan vaan tiedoksi että [[A:Lauttasaarentie 50]] pihalla on taas kaksi autoa väärin: [[R:CFH-210]] ja \
[[R:LKO-881]]. Ensimmäinen on [[P:Ville Närhen]] ja toinen hänen tyttöystävänsä. Olen sanonut [[P:Villelle]] \
kolme kertaa.
t. [[P:Marjut]] (A-rappu)""",
    "Pysäköintivalvontaan: kadulla jonka nimeä en kerro (ettei naapurit tunnista 😅) on joka yö sama "
    "pakettiauto. Kyllä te sen löydätte.",
    "NAAPURIN [[P:JUKKA SALOSEN]] PERÄKÄRRY [[R:EP-417]] ON OLLUT KOKO KESÄN KADULLA!!!! MITÄ TEEN????",
    # --- parents naming children and teachers ---
    """Hei,

poikani [[P:Niilo]] (2B) ja hänen kaverinsa [[P:Aaro Laitinen]] liukastuivat eilen koulun pihalla jäisellä \
kohdalla. Opettaja [[P:Marjo Kallio]] oli välitunnilla paikalla ja vei [[P:Niilon]] terkkarille. Hiekoitusta ei \
ollut tehty ollenkaan, vaikka rehtori [[P:Pasi Lundén]] oli pyytänyt sitä jo edellisellä viikolla.

Toivon, että asia korjataan heti.

[[P:Katja Salmi]]
[[T:040 667 3091]]""",
    "Päiväkoti Satakielen aidassa on reikä. [[P:Veeti]] (4v) ja [[P:Ellen]] karkasivat siitä eilen, onneksi "
    "hoitaja [[P:Sanna]] huomasi heti. Reikä on leikkimökin takana, noin 30 cm leveä.",
    """Moi! Tyttäreni [[P:Aino]] harrastaa uintia Itäkeskuksen uimahallissa ja valmentaja [[P:Petri Leinonen]] \
kertoi, että allasvuoroja ollaan vähentämässä syksyllä. Voisiko tätä harkita uudelleen? Samassa ryhmässä on \
[[P:Ainon]] lisäksi 14 muuta lasta.

terv. [[P:Marko]] ([[P:Ainon]] isä), [[E:marko.peltola77@gmail.com]]""",
    "Koulukuljetuksen taksi ei tullut tänään lainkaan. Poikani [[P:Elias Heinonen]] odotti pakkasessa 45 min. "
    "Kuljettaja oli edellisellä kerralla [[P:Reijo]] (auto [[R:TXV-582]]). Äiti [[P:Hanna Heinonen]] "
    "[[T:050 998 2314]]",
    """Hei kaupunki,

meidän lapsemme [[P:Lilja]] ja [[P:Eino]] käyvät Pukinmäen päiväkotia. Päiväkodin johtaja \
[[P:Seija Hirvonen]] pyysi vanhempia ilmoittamaan, jos pihan valaistus on huono. No, se on. Porttien luona on \
pilkkopimeää klo 16 jälkeen.

Terveisin [[P:Laura]] & [[P:Antti Lehtinen]]""",
    "Kiitos Kalasataman koulun liikenneturvallisuuspäivästä! Lapset tykkäsivät poliisiautosta.",
    "ope [[P:Hietasen]] luokka (3A) joutui olemaan välkällä sisällä koska piha oli tulvinut. [[P:Lumi]] tuli "
    "kotiin märkänä. eiks tälle voi tehdä mitään?",
    # --- housing company board members ---
    """Hyvä vastaanottaja

As Oy Kivikonrinne pyytää kaupunkia poistamaan kadunvarren kuolleen vaahteran, joka on kallistunut taloyhtiön \
aidan päälle. Asiasta on keskusteltu hallituksen kokouksessa 12.11.2026, jossa läsnä olivat puheenjohtaja \
[[P:Pertti Salminen]], varapuheenjohtaja [[P:Anneli Rautio]] sekä jäsenet [[P:Jussi Koivisto]] ja \
[[P:Merja Lahti]].

Yhteyshenkilö:
[[P:Pertti Salminen]] / hallituksen puheenjohtaja
[[T:040 660 1375]]
[[E:pertti.salminen@kivikonrinne.fi]]""",
    """Kaupungin rakennusvalvontaan

Ilmoitamme, että naapuritontin työmaa on kaivanut taloyhtiömme puolelle noin metrin. Isännöitsijämme \
[[P:Tarja Hämäläinen]] (Isännöintipalvelu Hämäläinen Oy) on ollut yhteydessä urakoitsijaan, mutta vastausta ei \
ole saatu. Hallituksen jäsen [[P:Kalle Mustonen]] on ottanut kuvat 3.10. ja 17.10.

As Oy Vallilan Helmi
hallituksen pj [[P:RISTO VÄISÄNEN]]
[[A:Mäkelänkatu 37 A 6]]
puh [[T:0505 123 884]]""",
    """Terveisiä Laajasalosta.

Meidän taloyhtiön hallitus (pj. [[P:Sirkka-Liisa Ojala]], jäsenet [[P:Tero Manninen]], [[P:Pia Forsblom]] ja \
allekirjoittanut) toivoo, että Reposalmentien bussipysäkille saataisiin katos. Asukkaita on kolmessa talossa \
yhteensä noin 240.

[[P:Markku Ylönen]]
sihteeri, As Oy Laajasalon Kallioranta
[[E:markku.ylonen@elisanet.fi]]""",
    "Isännöitsijä [[P:Hannu Airaksinen]] tässä hei, As Oy Myllypuron Tähti. Pihan kaivon kansi (Myllypurontie "
    "puoleinen) on rikki ja siinä on vaaran paikka. Asukas [[P:Pirkko Leinonen]] ([[A:Myllypurontie 21 A 9]]) "
    "huomasi asian. Soitto [[T:0400 410 227]] kiitos",
    "Taloyhtiön hallitus käsitteli asiaa kokouksessaan 4/2026 ja päätti tukea kaupungin esitystä pyöräkaistasta. "
    "Pöytäkirja saatavilla isännöitsijätoimistosta.",
    # --- sports club coaches / Varaamo booking notes ---
    """Varaus: Myllypuron liikuntamylly, sali B, ti 18.00–19.30
Seura: FC Myllypuro P12
Vastuuvalmentaja: [[P:Jari Koskinen]] [[T:050 5566 778]]
Pelaajat: [[P:Onni Virta]], [[P:Eemil Rantanen]], [[P:Aleksi Huttunen]], [[P:Mohamed Abdi]], \
[[P:Leevi Salo]], [[P:Santeri Korpela]]
Huom. avain haetaan infosta klo 17.45.""",
    """Salibandyvuoro to 19–20.30, Kontulan liikuntahalli

paikalla:
1. [[P:Korhonen Ville]] (mv)
2. [[P:Mäkinen Juho]]
3. [[P:Nieminen Arttu]]
4. [[P:Vesa Kettunen]] – ikä 17, huoltajan lupa
5. [[P:Hamid]]

valmentaja [[P:Tommi Rask]] / [[E:tommi.rask@sbkontula.fi]]""",
    "Vuoro varattu tytöille (F10). Ohjaajat [[P:Päivi]] ja [[P:Noora Lindell]]. Laskutus seuran tilille "
    "[[I:FI97 4140 3707 3974 99]].",
    "Varaus Töölön kisahalli, pe 17–18. Tulossa 18 pelaajaa + 2 valmentajaa. Tarvitsemme pukuhuoneet 3 ja 4.",
    """Koripalloleiri 14.–16.6., Pirkkolan halli.
Leiriläiset: [[P:Anton]], [[P:Eelis]], [[P:Peppi Laakso]], [[P:Siiri Aaltonen]], [[P:Vilja]], [[P:Jasper]] \
([[P:Jasperin]] äiti tulee hakemaan klo 16)
Vastaava: [[P:Kimmo Aaltonen]] p. [[T:044 781 3300]]""",
    # --- refund / identity-code cases ---
    "Pyydän palauttamaan virheellisesti perityn pysäköintivirhemaksun (tunnus 8231 5540 2) tililleni "
    "[[I:FI10 8842 3009 3691 94]]. Tilinomistaja [[P:Marja-Leena Kokko]], hetu [[H:220444-465S]].",
    """Hei,
maksoin uimahallin sarjakortin kahteen kertaan 3.11.2026 (2 x 62,00 €). Palautus tilille \
[[I:FI8086087322832048]], saaja [[P:Tuomas Rinne]].
Henkilötunnus tarvittaessa [[H:170885-3709]].
t. [[P:Tuomas]]""",
    "Tyttäreni [[P:Emilia Sorvali]] ([[H:271009B153R]]) ei ole saanut Kesäseteliä, vaikka hakemus jätettiin "
    "huhtikuussa. Huoltaja [[P:Johanna Sorvali]], [[A:Kontiontie 3 A 14]].",
    "Tilinumero vanhassa muodossa [[I:145258-1685]] (Nordea), omistaja [[P:Aarne Virtanen]]. Palautus "
    "liikaa perityistä vuokrista.",
    "Hakemukseni koskee asukaspysäköintiä. Auto [[R:BMN-624]], omistaja [[P:Riikka Vainio]], hetu "
    "[[H:080767-2472]]. Osoite [[A:Ruusulankatu 10 A 12]], 00250 Helsinki.",
    """Hei, tässä pyytämänne tiedot vuokravakuuden palautusta varten:
Nimi: [[P:Jaana Pöllänen]]
Hetu: [[H:130667-096L]]
Tili: [[I:FI46 8480 1549 8612 34]]
Osoite: [[A:Kallvikintie 28 C 64]], 00980 Helsinki
Puh: [[T:040 935 1172]]""",
    "Minun henkilötunnus on [[H:140285Y504U]] ja nimi [[P:Dmitri Sokolov]]. Sain kirje asuntopalvelu mutta en "
    "ymmärrä. Voiko soittaa [[T:044 560 2218]]? Vaimo [[P:Irina]] puhuu parempi suomi.",
    # --- IPs / web form problems ---
    "Kerrokantasi-kommenttini poistettiin ilman syytä. Kirjoitin nimellä [[P:Raija K.]] IP:stä "
    "[[IP:194.100.32.67]] klo 21.14, tarkistakaa lokit.",
    'Verkkolomake antoi virheen "403 Forbidden". IP-osoitteeni oli [[IP:85.76.114.203]] jos siitä on apua. [[P:Sami]]',
    "Palautejärjestelmä kaatui kun liitin kuvan. Selaimena Firefox 132, käyttöjärjestelmä Windows 11. Aikaleima "
    "14:32:07.",
    "Yritin kirjautua Varaamoon ja se väittää että olen botti. Olen [[P:Mari Saarela]], kotiverkon IP "
    "[[IP:88.114.65.201]], liittymä Elisa.",
    # --- misc positives, names mid-sentence / lower case ---
    "Kaupungin puutarhuri [[P:Juha Miettinen]] lupasi viime keväänä, että Kumpulan siirtolapuutarhan portti "
    "korjataan. Ei ole korjattu.",
    "Kiitos [[P:Riikalle]] kirjaston asiakaspalvelussa, hän auttoi minua löytämään vanhoja lehtiä!",
    "kävin eilen kirjastossa ja [[P:pekka]] siellä tiskillä oli tosi ystävällinen 👍",
    "Asun [[A:Sturenkatu 27 C 61]] ja ikkunoiden alla on bussipysäkki. Busseja seisoo tyhjäkäynnillä yöllä klo 1–5.",
    "Kaupunginvaltuutettu [[P:Anna Berg]] lupasi vaalikeskustelussa, että Herttoniemen rantaan tulee uimaranta.",
    "Soitin palveluneuvojalle [[P:Mervi Kivelälle]] 11.3. ja hän sanoi että asia on käsittelyssä.",
    "Olen [[P:Saku Lehtosen]] naapuri ja hän pyysi minua ilmoittamaan, että talon [[A:Kirkkotie 6]] edessä "
    "vesijohto vuotaa.",
    "Kiitos tosi paljon [[P:Harrille]] ja [[P:Kaisalle]] Kallion nuorisotalolta! Syyslomaleiri oli mahtava.",
    "Hei, unohdin uimahallille avaimet ja sinisen repun, lappu sisällä nimellä [[P:LEEVI K.]] ja puhelinnumero "
    "[[T:040-889 2201]]. Onko löytynyt?",
    # --- hard negatives ---
    "Linjan 55 bussi ei pysähtynyt Koskelan varikon pysäkillä klo 7.42, vaikka painoin nappia. Seuraava tuli vasta "
    "8.05.",
    "Hämeentiellä Sörnäisten metroaseman kohdalla on iso kuoppa. Pyöräilijä voi kaatua siihen helposti, etenkin "
    "pimeällä.",
    "Kiitos! Aleksis Kiven kadun uusi pyöräkaista on tosi hyvä ja turvallinen.",
    "Sibelius-monumentin ympäristössä roskikset ovat täynnä joka viikonloppu. Voisiko tyhjennyksiä lisätä "
    "kesäkuukausina (kesä–elokuu)?",
    "Asia: HEL 2026-004512. Kiitos vastauksesta, mutta ongelma ei ole korjaantunut. Vesi lammikoituu yhä samaan "
    "kohtaan.",
    "Tilasin 4.11. asukaspysäköintitunnuksen (tilausnumero 4400129387), maksoin 120 € mutta tunnusta ei näy "
    "sovelluksessa.",
    "Toivottavasti Oodin aukioloajat pidennetään myös arkipyhinä. Nyt ma–pe 8–22 ja la–su 10–20, mutta "
    "loppiaisena kiinni.",
    "Onneksi kukaan ei loukkaantunut, mutta Tove Janssonin puiston liukumäen reunassa on terävä metallireuna.",
    "Mannerheimintiellä Oopperan kohdalla liikennevalot vaihtuvat jalankulkijoille vain 8 sekunniksi. Se ei riitä, "
    "jos kävelee kepin kanssa.",
    "Lassila & Tikanojan jäteauto tukki koko Porvoonkadun tänä aamuna puoli tuntia. Onko tämä normaali käytäntö?",
    "K-Market Kivikon edessä oleva pyöräteline on rikki ja kolme pyörää on kaatunut sen takia kadulle.",
    "Kaupunkipyöräasema 091 Kalasatama on ollut tyhjä jo kolme päivää.",
    "Toivoisin lisää penkkejä Vanhankaupunginkosken rantaan. Siellä kulkee paljon iäkkäitä ihmisiä.",
    "Paavo Nurmen tien varren valot eivät pala. Pimeää noin 300 metrin matkalla Olympiastadionin ja Urheiluhallin "
    "välillä.",
    "Uimahallin hinta nousi 6,50 eurosta 7,80 euroon. Eläkeläisalennus ei näy kassalla. Kuitti nro 000812334.",
    "Koirapuistossa Kallion kirjaston takana portti ei sulkeudu. Koiramme Musti pääsi karkuun eilen illalla.",
    "Metro seisoi Itäkeskuksen ja Siilitien välillä 25 minuuttia 12.12.2026 klo 17.10–17.35.",
    "Rauhallinen asuinalue on muuttunut meluisaksi, kun Kalasataman työmaa aloittaa jo kello 6.30. Voiko "
    "työaikaa rajoittaa?",
    "Kävin Kannelmäen kirjastossa tiistaina klo 15. Ilmastointi ei toiminut ja sisällä oli +29 astetta.",
    "Laskulla on väärä Y-tunnus 0201256-6, pyydän korjattua laskua. Eräpäivä 31.12.2026.",
    "Viitenumero 1234 5678 9012 3 ei kelpaa verkkopankissa. Lasku 2026/8831.",
    "Matkustin Lahdesta Helsinkiin ja Kampin terminaalin hissi oli taas rikki (hissi nro 4).",
    "Kiven muuri Kaivopuistossa on sortumassa, iso kivi irtosi viime viikolla.",
    "Virta katkesi koko Pakilan alueella 2.2. klo 19.00–21.30, eikä Helenin häiriökartta näyttänyt mitään.",
    "Mäen päällä Malminkartanonhuipulla ei ole yhtään roska-astiaa. Portaita on 428.",
    "Oikeasti, kuka suunnitteli Kampin bussiterminaalin opasteet? Laituri 23 on piilossa.",
    "Tuuli kaatoi puun Keskuspuistossa ulkoilureitille, noin 200 m Pirkkolan urheilupuistosta pohjoiseen.",
    "Varaus 2026-0412-77: sauna ke 19–21 ei ollut siivottu. Edellinen vuoro oli jättänyt pulloja.",
    "Varaamme Kallion kirjaston ryhmätilan 3 joka torstai klo 17–19 kevään ajan (8.1.–28.5.). Osallistujia n. 12.",
    "Kannatan Töölönlahden puiston suunnitelmaa, vaihtoehto B, mutta 400 pyöräpaikkaa on liian vähän.",
    "Ehdotus: Kontulaan kuntoportaat! Arvioitu hinta 85 000 €. Portaat voisivat olla Kontulan kartanon mäessä, "
    "jossa on valmiiksi jyrkkä rinne.",
    "Urho Kekkosen kadun ja Annankadun risteyksessä suojatien maalaukset ovat kuluneet näkymättömiksi.",
    "Tilausviite 250326-0415 (päivämäärä + juokseva numero) ei löydy järjestelmästänne.",
    "Postinumero 00530 näkyy karttapalvelussa väärin Vaasankadun kohdalla.",
    "Hyvä Helsinki! Terveisin huolestunut asukas Vuosaaresta",
    "Kivikon kyläyhdistys ry kiittää kaupunkia uusista istutuksista Kivikon puistoon. Hallitus 2026",
    "Runebergin päivänä Esplanadin patsaan ympäristö oli siisti, kiitos siitä. Ensi vuonna 5.2. sama juttu!",
    "Stara kävi korjaamassa Koskelantien kaiteen 48 tunnissa ilmoituksesta. Hyvää työtä.",
    "Saisiko Kumpulan maauimalan aukeamaan jo 15.5.? Viime kesänä avattiin vasta 1.6.",
    "'Onnikka' eli bussi 18 kulkee liian harvoin illalla: 30 min välein klo 21 jälkeen.",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: Swedish
# ---------------------------------------------------------------------------------------------------------------

SV_HAND: list[str] = [
    """Bästa mottagare,

Jag vill härmed framföra mitt missnöje över att servicelinjen 90 inte längre stannar vid Brändö kyrka. Min man \
[[P:Rolf]] och jag är båda över åttio och har inte längre bil. Vår granne [[P:Gunilla Åkerblom]] har varit vänlig \
och skjutsat oss till hälsostationen, men det kan inte fortsätta så.

Med vänlig hälsning

[[P:Margareta Lindqvist-Sjöholm]]
[[A:Brändövägen 8 B 14]]
00570 Helsingfors
tfn [[T:040 552 9031]]
e-post: [[E:m.lindqvist.sjoholm@gmail.com]]""",
    """Till Helsingfors stad

Jag har bott på [[A:Fredriksgatan 42 A 9]] sedan 1972 och aldrig varit med om så mycket nattligt oväsen. \
Restaurangen i gatuplanet har öppet till kl. 4. Jag har pratat med ägaren, herr [[P:Kallio]], utan resultat.

Högaktningsfullt
[[P:GÖRAN SJÖBERG]]
pensionerad lektor
[[T:09 622 1834]]""",
    "Grannen [[P:Sjöberg]] på [[A:Tavastvägen 14 B 22]] har haft sin husbil [[R:IVK-204]] parkerad på "
    "gästplatsen i sex veckor!! Dessutom står hans sons bil ([[R:MLB 47R]], svensk skylt) på gångbanan varje natt. "
    "Jag heter [[P:Ulla Ekström]] och jag kräver åtgärder. [[T:+358 45 781 2204]]",
    "hallå!! basketkorgen i drumsö parken e trasig igen 😩 ja och [[P:alvin]] försökte fixa den men nä. fixa pls 🙏",
    "asså varför e simhallen stängd på söndagar?? jag och [[P:wilma]] kom dit och det va stängt 🙄🙄",
    """Vår dotter [[P:Elsa]] går i 3C i Kottby lågstadieskola. Läraren [[P:Camilla Rosenqvist]] har flera gånger \
påpekat att övergångsstället utanför skolan saknar trafikljus. I går var [[P:Elsa]] och hennes kompis \
[[P:Nora Holm]] nära att bli påkörda.

Mvh [[P:Fredrik Wikström]]
[[T:050 381 7726]]""",
    """Hej!
Jag är ordförande i styrelsen för Bostads Ab Ekbacken. Vid styrelsemötet 20.10 (närvarande: [[P:Christer \
Lindholm]], [[P:Annika Blomqvist]], [[P:Mats Öhman]]) beslöt vi att be staden om fler papperskorgar längs \
Ekbackavägen.

[[P:Christer Lindholm]] / ordförande
[[E:christer.lindholm@ekbacken.fi]]
[[T:+358 40 190 4455]]""",
    """Bokning av Drumsö idrottshall lör 10–12.
Ledare: [[P:Oskar Lindholm]] ([[E:oskar.lindholm@ifkhelsingfors.fi]])
Spelare: [[P:Vilgot]], [[P:Hugo N.]], [[P:Alma]], [[P:Ines Westerlund]], [[P:Frans]]""",
    "Återbetalning till konto [[I:FI76 2287 4266 6146 19]], kontoinnehavare [[P:Birgitta Holmström]], "
    "personbeteckning [[H:050572Y521M]].",
    "Jag betalade för en bastutur som inställdes. Mitt svenska konto: [[I:SE36 5000 5418 9028 6640 7989]]. "
    "/[[P:Sven Holmberg]]",
    "Webbformuläret blockerade mig, min IP-adress är [[IP:91.152.203.77]]. Kan ni kolla? [[P:Linnea]]",
    "Trasig gatlykta vid Sturegatan–Vallgårdsvägen. /[[P:Henrik F.]]",
    """Hej,
min farmor [[P:Elna Sundberg]] ([[H:100638-357L]]) har fått en faktura för hemvård två gånger. Hon bor på \
[[A:Sibeliusgatan 19 B 11]]. Återbetalning kan göras till mitt konto [[I:SE26 5000 7669 4763 6748 6536]], jag sköter \
hennes ärenden.
[[P:Jonas Sundberg]], [[E:jonas.sundberg@telia.se]]""",
    "Gatlyktan utanför [[A:Sturegatan 8 A 5]] har varit släckt i tre veckor. [[P:H. Forsman]]",
    "Tack till [[P:Maja]] på Arabias bibliotek som hjälpte min mamma med datorn!",
    "Min granne [[P:Axel Grönroos]] bad mig rapportera att cykelbanan på [[A:Kustvägen 3]] är full av glas. "
    "Han har själv inte e-post.",
    """Hej,
min son [[P:Otto]] (8 år) och hans tränare [[P:Jonas Strandberg]] blev utkastade från planen i Hagnäs fast vi \
hade bokat den (bokningsnr 55712). Någon annan förening hävdade att de hade turen.
[[P:Sara Strandberg]]""",
    "Skräp överallt i Sandvikens park efter helgen. Kom och städa!",
    "Jag föreslår bättre skyltning till Sveaborg. Många turister hittar inte färjan vid Salutorget.",
    "Kan staden ta bort den övergivna cykeln vid [[A:Runebergsgatan 22]]? Ägaren, [[P:Linus Berg]], flyttade "
    "till Åbo i somras.",
    """Hej! Jag heter [[P:Amina Yusuf]]. Jag bor [[A:Mellungsbackavägen 9 C 33]]. Trappan är hal. Min mamma \
föll. Hjälp tack.
tel [[T:045 117 6602]]""",
    "ordförande [[P:Kent Lindroos]] här från Helsingfors Seglarklubb. vi behöver bokningen av klubbrummet "
    "flyttad till torsdag.",
    "Hundägaren vid [[A:Lappviksgatan 7]] (en [[P:Peter]] något) låter sin hund springa lös på lekplatsen. "
    "Bilen [[R:ODG-219]] står också alltid på trottoaren där.",
    # hard negatives
    "Buss 550 stannade inte vid Brunnsparken i morse kl. 7.15 trots att jag tryckte på knappen.",
    "Tack för de nya bänkarna i Brunnsparken! Mycket uppskattat.",
    "Runebergsgatan har en stor grop vid korsningen med Arkadiagatan. Den har funnits sedan mars.",
    "Ärende HEL 2026-118733: inget har hänt sedan min förra anmälan den 3.10.",
    "Simhallen i Östra centrum har öppet må–fre 6.30–21, stängt på söndagar. Synd för oss som jobbar.",
    "Björkarna längs Tölöviken ser sjuka ut. Kan stadens trädgårdsavdelning titta på dem?",
    "Lindarna i Esplanaden borde beskäras – grenarna hänger ner över cykelbanan.",
    'Vi hittade en katt (grå, halsband med namnet "Sigge") vid Sandvikstorget. Den finns nu hos Djurskyddsföreningen.',
    "Spårvagn 4 har gått med bara en vagn på morgnarna. Det är fullt redan vid Munksnäs allé.",
    "Fakturanummer 900441273 har fel belopp: 48,00 € istället för 24,00 €.",
    "Marken vid Sveaborgsfärjans kaj är hal. Någon kommer att ramla.",
    "Bokning av Arabia bibliotekets mötesrum 2, tors 16–18. Ca 8 deltagare, vi behöver projektor.",
    "Strandpromenaden i Nordsjö saknar belysning på en sträcka av ca 500 m mellan hamnen och badstranden.",
    "Hälsningar från Föräldraföreningen vid Kottby lågstadieskola – tack för den nya klätterställningen!",
    "Postnummer 00100, inte 00101, på era nya parkeringsskyltar vid Stockmann.",
    "Stadens växel svarade inte på 20 minuter i dag kl. 9–9.20. Är det normalt?",
    "Stara arbetar på Tavastvägen i dag kl. 7–15, men hela körfältet stängdes redan i går. Varför?",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: English
# ---------------------------------------------------------------------------------------------------------------

EN_HAND: list[str] = [
    """Dear Sir or Madam,

I write regarding the street lamp outside our building, which has been flickering since early November. As a \
retired engineer I would estimate the ballast has failed. My wife, [[P:Margaret]], is nervous walking home from \
the Lauttasaari library after dark, and so is our downstairs neighbour Mrs [[P:Pulkkinen]], who is 91.

I should be grateful for a reply in English.

Yours faithfully,

[[P:Geoffrey R. Ashworth]] (Mr)
[[A:Lauttasaarentie 31 B 22]]
00200 Helsinki
Tel. [[T:+358 44 912 0375]]
[[E:g.ashworth@btinternet.com]]""",
    "ok so the outdoor gym at kalasatama is literally broken lmao. me and [[P:jonah]] tried the pull up bar and "
    "it just spun 💀 fix it before someone dies fr",
    "The neighbours at no. 4 (the [[P:Hendersons]]) keep leaving their van [[R:BRN-66]] across the cycle lane on "
    "Kulosaaren puistotie. [[P:Mark Henderson]] told me to 'mind my own business'. I have photos with timestamps. "
    "— [[P:Priya Raman]], [[A:Kulosaaren puistotie 22 A 4]]",
    """Hi,

My daughter [[P:Aisha]] (age 7) and her classmate [[P:Leo Virtanen]] were nearly hit by a delivery van at the \
crossing on Ruoholahdenkatu this morning at 8:05. Their teacher, Ms [[P:Hyvönen]], saw it too and said she'd \
report it, but I wanted to make sure it reaches you.

[[P:Omar Siddiqui]]
[[T:+358 50 774 1290]]""",
    "Booking for futsal, Sat 14–16. Coach: [[P:Daniel O'Brien]]. Players: [[P:Kai]], [[P:Mateo]], [[P:Yusuf]], "
    "[[P:Ben T.]] + 4 guests. Invoice to club account [[I:FI33 8468 3103 8491 98]].",
    "Please refund the double-charged swimming hall card to my account [[I:FI02 1964 7065 2902 31]] (name on "
    "account: [[P:Rajesh Kumar]]). My Finnish ID is [[H:211172-4993]].",
    "your booking site blocked me, IP [[IP:2001:14ba:9c3:4f00::2a]]. pls whitelist. [[P:Tom]]",
    "Streetlight out at [[A:Tehtaankatu 25]]. — [[P:S. Whitfield]]",
    """Hello,
I'm writing on behalf of the board of As Oy Eira Garden. Our chair, [[P:James McAllister]], and treasurer \
[[P:Liisa Koivunen]] asked me to flag that the tree in front of [[A:Laivurinkatu 9]] is leaning badly after the \
storm.

Best,
[[P:Emily Chen]] | board secretary | [[E:emily.chen@eiragarden.fi]]""",
    """U12 girls football – field booking request, Brahenkenttä, Sundays 10–11:30

Coach: [[P:Sarah Lindgren]] ([[T:+358 40 227 9015]])
Assistant: [[P:Matti Hurme]]
Roster: [[P:Olivia Nieminen]], [[P:Zara Ahmed]], [[P:Ella-Rose Carter]], [[P:Venla Koski]], \
[[P:Iris Lehto]], [[P:Noor]], [[P:Hilla]], [[P:Mia S.]]""",
    "Thanks to [[P:Juha]] at the Oodi front desk for helping me print my visa forms! Legend.",
    "I live at [[A:Vironkatu 7 B 18]] and the construction next door starts at 6 am every Saturday. Who do I "
    "call? My number is [[T:044 318 7724]] — [[P:Natalia Romero]]",
    "Re: case HEL 2026-020171 — [[P:Kevin Walsh]] here again. The graffiti is back. Call me on "
    "[[T:+44 7700 900412]] (UK number, I'm in Helsinki till May).",
    "Our upstairs neighbour Mr [[P:Laaksonen]] said the city owns the tree that fell on his car ([[R:JZT-150]]). "
    "Is that correct?",
    "my bike got stolen from the rack outside the Itis mall, my friend [[P:Lucas]] saw someone with bolt "
    "cutters around 5pm. pls check cameras 🙏",
    "Hi, I am [[P:Ngozi Okafor]], a PhD student at the university. The bike path near [[A:Kaarlenkatu 11 C 44]] "
    "floods every time it rains. Photos attached. [[E:ngozi.okafor@helsinki.fi]]",
    "I think [[P:Matti's]] dog keeps getting out through the hole in the Koirapuisto fence — he lives at "
    "[[A:Kumpulantie 5 A 2]], you might want to tell him.",
    "Booking note: I'm bringing my personal trainer [[P:Alex Moreau]] to the gym slot on Thursday, is that allowed?",
    "The caretaker, [[P:Reijo]], is amazing. Please tell his boss.",
    "Refund for the cancelled course please: [[I:DE31 3704 0044 9377 5883 80]] (German account, I'm an exchange "
    "student). Name [[P:Lena Hoffmann]], Finnish ID [[H:050404A3891]], phone [[T:+49 151 2398 4410]].",
    "IP [[IP:185.20.138.9]] got rate-limited on your feedback API while I was testing the open data. Sorry! "
    "- [[P:Anders]] ([[E:anders.k@protonmail.com]])",
    # hard negatives
    "Hope someone can fix the fountain at Esplanadi before summer, it's been dry since 2024.",
    "Bill for my resident parking permit came twice (invoice 2026-55102, 120 €). Please cancel one.",
    "Will the Oodi library be open on 24 December? Website says 10–16 but the door sign says closed.",
    "The tram 6 stop at Hietalahdentori has no shelter and the timetable screen shows 'Error 404' all day.",
    "Great job on the new Baana cycle path extension! Mark the crossings better though, cars don't stop.",
    "Pothole on Mechelininkatu near the Hietaniemi bus stop, roughly 40 cm across. Sent from my iPhone",
    "Suggestion for OmaStadi: outdoor table tennis at Kaisaniemi park, est. 12 000 €.",
    "The lift at Kamppi metro station (exit towards Runeberginkatu) has been out of order since 3 March.",
    "Swimming hall in Yrjönkatu: the sauna was 55 °C at 18:30 on Tuesday. Not really a sauna.",
    "Rose bushes in the Kaisaniemi botanic garden were trampled by an event crew last weekend.",
    "Booking ref VRM-88213: the room at Maunula house had no chairs. We were 15 people.",
    "Is the Sibelius monument going to be fenced off during renovation? Tour groups keep asking us.",
    "App version 4.12.0 on Android 14 crashes when I try to attach a photo to feedback.",
    "Bus 500 skipped the Itäkeskus stop at 22:47 on Friday, next one came 23:17.",
    "Kind regards, the Kallio Residents' Association (est. 1987)",
    "Why is Stockmann's loading truck always parked on the Aleksanterinkatu tram tracks at 7am?",
    "Grace period for parking at Hakaniemi market is 10 min? Sign says 15. Which is it?",
    "Summer hours for Suomenlinna ferries: every 20 min 6:20–1:00? The HSL app says otherwise.",
]

# ---------------------------------------------------------------------------------------------------------------
# Template material (signature blocks, bodies, booking lists)
# ---------------------------------------------------------------------------------------------------------------

FI_PEOPLE = [
    ("Seppo", "Nieminen"),
    ("Tuula", "Hämäläinen"),
    ("Jorma", "Koskinen"),
    ("Marjatta", "Järvinen"),
    ("Ritva", "Saarinen"),
    ("Tapio", "Kinnunen"),
    ("Sirpa", "Turunen"),
    ("Päivi", "Mäki"),
    ("Jukka", "Salo"),
    ("Hannele", "Lahti"),
    ("Toivo", "Kivi"),
    ("Lahja", "Koski"),
    ("Rauha", "Virta"),
    ("Onni", "Aalto"),
    ("Kaisu", "Tuominen"),
    ("Eija", "Kokkonen"),
    ("Arto", "Väänänen"),
    ("Pentti", "Hyvärinen"),
    ("Abdi", "Farah"),
    ("Olga", "Smirnova"),
    ("Lan", "Tran"),
    ("Ville-Veikko", "Ylä-Outinen"),
]
SV_PEOPLE = [
    ("Birgitta", "Lindqvist"),
    ("Ebba", "Nyström"),
    ("Sven", "Holmberg"),
    ("Karin", "Björk"),
    ("Erik", "Strand"),
    ("Linnea", "Westerlund"),
    ("Henrik", "Forsman"),
    ("Gunnel", "Ek"),
    ("Anders", "Lind"),
    ("Stina", "Berg"),
]
EN_PEOPLE = [
    ("Sarah", "Whitfield"),
    ("Tom", "O'Connor"),
    ("Rachel", "Hope"),
    ("Will", "Baker"),
    ("Grace", "Miller"),
    ("Carlos", "Mendes"),
    ("Hannah", "Rose"),
    ("Mark", "Bishop"),
    ("Daniel", "King"),
    ("Ayesha", "Malik"),
]
STREETS = [
    ("Porvoonkatu", "00510"),
    ("Vuorikatu", "00100"),
    ("Kallvikintie", "00980"),
    ("Itäkatu", "00930"),
    ("Albertinkatu", "00180"),
    ("Siltasaarenkatu", "00530"),
    ("Mellunmäentie", "00970"),
    ("Linnanrakentajantie", "00880"),
    ("Vaskiniemenkuja", "00200"),
    ("Kirstinkatu", "00510"),
    ("Kustaankatu", "00500"),
    ("Jakomäentie", "00770"),
]
SV_STREETS = [
    ("Tavastvägen", "00500"),
    ("Sandvikskajen", "00180"),
    ("Sibeliusgatan", "00250"),
    ("Brunnsgatan", "00170"),
    ("Vallgårdsvägen", "00530"),
]

FI_BODIES = [
    "Pihan kohdalla oleva katuvalo on ollut pimeänä kaksi viikkoa. Illalla ei näe mitään.",
    "Bussipysäkin katoksen lasi on rikottu ja sirpaleet ovat yhä maassa.",
    "Roskakatos on ollut täynnä jo viikon, jäteauto ei ole käynyt.",
    "Jalkakäytävän reunakivi on irronnut ja siihen kompastuu helposti, varsinkin pimeällä.",
    "Toivon että kadulle saataisiin hidastetöyssy. Autot ajavat 50–60 km/h vaikka rajoitus on 30.",
    "Lähipuiston keinu on ollut rikki koko syksyn. Lapset kysyvät joka päivä milloin se korjataan.",
    "Lumitöitä ei ole tehty jalkakäytävällä lainkaan tämän viikon aikana.",
    "Kiitos uusista istutuksista! Kukat piristävät koko katua.",
    "Naapuritalon remontti alkaa joka aamu klo 7 ja jatkuu viikonloppuisin. Onko lupa kunnossa?",
    "Kadun toisella puolella oleva suojatie on niin kulunut, ettei sitä näe ollenkaan.",
    "Leikkipuiston hiekkalaatikossa oli taas lasinsiruja, lapseni haavoitti kätensä.",
    "Korttelin ainoa postilaatikko poistettiin. Lähin on nyt 1,2 km päässä.",
    "Kadun tulvakaivo on tukossa ja vesi nousee porraskäytävään asti.",
    "Ilmoitan rotista talon takana olevassa kompostissa. Niitä näkyy jo päiväsaikaan.",
    "Pyörätie on peitetty rakennustyömaan aidalla ilman mitään kiertotieopasteita.",
    "Mopoautot kaahaavat iltaisin parkkipaikalla klo 22 jälkeen. Melu on kova.",
    "Voisiko lähikirjastoon saada lisää suomenkielisiä äänikirjoja? Näkö on heikentynyt.",
    "Suojatien liikennevalo ei vaihdu vihreälle jalankulkijalle ollenkaan, pitää kävellä punaisia päin.",
]
SV_BODIES = [
    "Gatlyktan framför huset har varit släckt i två veckor.",
    "Busshållplatsens glasvägg är krossad och glasbitarna ligger kvar.",
    "Sandningen på trottoaren har inte gjorts på hela veckan.",
    "Tack för de nya blomsterrabatterna, de gör hela gatan trevligare!",
    "Bilarna kör för fort här. Kan ni sätta upp ett farthinder?",
    "Lekparkens gunga har varit trasig hela hösten.",
    "Det luktar avlopp från brunnen utanför porten, speciellt när det regnar.",
    "Cykelbanan är avstängd på grund av bygget men det finns ingen omväg utmärkt.",
    "Mopedbilar kör i ring på parkeringen sent på kvällarna.",
    "Papperskorgarna i parken töms för sällan, måsarna sprider skräpet överallt.",
    "Trafikljuset för fotgängare blir aldrig grönt om man inte trycker tre gånger.",
]
EN_BODIES = [
    "The street light outside our building has been out for two weeks.",
    "Glass from a smashed bus shelter is still on the pavement, kids walk through it every day.",
    "Nobody has gritted the pavement this week and it's like an ice rink.",
    "Thanks for the new flower beds on our street, they look lovely!",
    "Cars are doing 50+ in the 30 zone. Could we get a speed bump?",
    "The swing at the local playground has been broken since September.",
    "Rubbish bins in our yard haven't been emptied for ten days and the rats are back.",
    "Scooters are dumped across the pavement every morning, a blind neighbour tripped yesterday.",
    "The pedestrian light at our crossing gives you about 6 seconds. Not enough.",
    "There is a burst water pipe under the pavement, water has been bubbling up since last night.",
    "A dead tree in the park behind our house is leaning over the footpath. It will fall soon.",
    "Could the library near us stock more English picture books? The shelf is tiny.",
]
FI_ROLES = [
    "hallituksen puheenjohtaja",
    "isännöitsijä",
    "hallituksen jäsen",
    "asukastoimikunnan pj",
    "asukas",
    "huoltaja",
]
SV_ROLES = ["styrelseordförande", "disponent", "boende", "vårdnadshavare"]
EN_ROLES = ["board chair", "property manager", "resident", "parent rep"]
HOUSING = [
    "As Oy Kalliorinne",
    "As Oy Kustaankartano",
    "Asunto Oy Vuosaaren Helmi",
    "As Oy Jakomäen Koivu",
    "Bostads Ab Sandvikshöjden",
    "As Oy Linnanrakentaja",
]

DOMAINS = ["gmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "hotmail.fi", "icloud.com"]
ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", "'": "", " ": "."})


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "sv" and rng.random() < 0.3:
        return f"+46 70 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    pre = rng.choice(["040", "050", "044", "045", "041", "046"])
    a, b = rng.randint(100, 999), rng.randint(1000, 9999)
    return rng.choice(
        [
            f"{pre} {a} {b}",
            f"{pre}-{a}{b}",
            f"{pre}{a}{b}",
            f"+358 {pre[1:]} {a} {b}",
            f"+358{pre[1:]}{a}{b}",
            f"{pre} {a} {str(b)[:2]} {str(b)[2:]}",
        ]
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f, s = first.lower().translate(ASCII), last.lower().translate(ASCII)
    user = rng.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{rng.randint(50, 99)}", f"{s}.{f}", f"{f}_{s[:3]}"])
    return f"{user}@{rng.choice(DOMAINS)}"


def _address(rng: random.Random, streets: list[tuple[str, str]]) -> tuple[str, str]:
    street, postal = rng.choice(streets)
    n = rng.randint(1, 60)
    flat = rng.choice(
        [
            f" {rng.choice('ABCDEF')} {rng.randint(1, 80)}",
            f" as. {rng.randint(1, 80)}",
            f" {rng.choice('ABC')}{rng.randint(1, 40)}",
            "",
            f" {rng.choice('AB')} {rng.randint(1, 30)}",
        ]
    )
    return f"{street} {n}{flat}", postal


def _signature(rng: random.Random, lang: str, people: list[tuple[str, str]]) -> str:
    first, last = rng.choice(people)
    full = f"{first} {last}"
    phone = _phone(rng, lang)
    mail = _email(rng, first, last)
    addr, postal = _address(rng, SV_STREETS if lang == "sv" and rng.random() < 0.6 else STREETS)
    town = {"fi": "Helsinki", "sv": "Helsingfors", "en": "Helsinki"}[lang]
    roles = {"fi": FI_ROLES, "sv": SV_ROLES, "en": EN_ROLES}[lang]
    role = rng.choice(roles)
    greet = rng.choice(
        {
            "fi": [
                "Ystävällisin terveisin",
                "Terveisin",
                "Kiittäen",
                "Yst. terv.",
                "T:",
                "Parhain terveisin",
            ],
            "sv": ["Med vänlig hälsning", "Hälsningar", "MVH", "Vänliga hälsningar"],
            "en": ["Best regards,", "Kind regards,", "Cheers,", "Thanks,", "Regards"],
        }[lang]
    )
    tel = {
        "fi": rng.choice(["puh.", "p.", "Puh:", "tel."]),
        "sv": rng.choice(["tfn", "tel.", "mobil"]),
        "en": rng.choice(["tel.", "mob.", "Phone:"]),
    }[lang]
    layout = rng.randrange(14)
    if layout == 0:
        return f"{greet}\n[[P:{full}]]\n[[A:{addr}]]\n{postal} {town}\n[[T:{phone}]]\n[[E:{mail}]]"
    if layout == 1:
        return f"{greet}\n[[T:{phone}]]\n[[P:{full}]]"
    if layout == 2:
        return f"{greet}\n[[P:{full.upper()}]]\n{tel} [[T:{phone}]]"
    if layout == 3:
        return f"{greet.rstrip(',')} [[P:{full}]], {tel} [[T:{phone}]]"
    if layout == 4:
        return f"[[P:{full}]] / {role}\n[[E:{mail}]]"
    if layout == 5:
        return f"{greet}\n[[P:{first[0]}. {last}]]\n[[A:{addr}]], {postal} {town.upper()}"
    if layout == 6:
        house = rng.choice(HOUSING)
        return f"-- \n[[P:{full}]]\n{role.capitalize()}, {house}\n[[T:{phone}]]"
    if layout == 7:
        return f"{role.capitalize()} [[P:{full}]]\n[[T:{phone}]] | [[E:{mail}]]"
    if layout == 8:
        return f"{greet}\n[[P:{last} {first}]]\n[[E:{mail}]]"
    if layout == 9:
        return f"{greet.rstrip(',')} / [[P:{first}]] ([[T:{phone}]])"
    if layout == 10:
        return f"[[P:{full}]] | [[T:{phone}]] | [[E:{mail}]] | [[A:{addr}]]"
    if layout == 11:
        label = {"fi": "Lähettäjä", "sv": "Från", "en": "From"}[lang]
        return f"{label}: [[P:{full}]] <[[E:{mail}]]>"
    if layout == 12:
        return f"{greet.lower()} [[P:{first.lower()}]]\n[[T:{phone}]]"
    return f"[[E:{mail}]]\n[[T:{phone}]]\n[[P:{first} {last[0]}.]]"


def _templated_signatures(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    plan = [
        ("fi", FI_BODIES, FI_PEOPLE, 34),
        ("sv", SV_BODIES, SV_PEOPLE, 10),
        ("en", EN_BODIES, EN_PEOPLE, 10),
    ]
    for lang, bodies, people, n in plan:
        for _ in range(n):
            body = rng.choice(bodies)
            sig = _signature(rng, lang, people)
            sep = rng.choice(["\n\n", "\n", "\n\n"])
            out.append((lang, f"{body}{sep}{sig}"))
    return out


FI_PLAYERS = [
    "Onni",
    "Eetu",
    "Leo",
    "Elias",
    "Oliver",
    "Väinö",
    "Aatos",
    "Hugo",
    "Emil",
    "Ilmari",
    "Toivo",
    "Valtteri",
    "Amir",
    "Luka",
    "Daniel",
    "Nooa",
]
FI_SURNAMES = [
    "Laine",
    "Heikkinen",
    "Lehtonen",
    "Salminen",
    "Kivi",
    "Mäkelä",
    "Rantala",
    "Koivisto",
    "Hassan",
    "Nguyen",
    "Öhman",
    "Aaltonen",
    "Pelkonen",
]


def _templated_bookings(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    halls = [
        "Kontulan liikuntahalli",
        "Myllypuron liikuntamylly",
        "Oulunkylän liikuntapuisto",
        "Latokartanon liikuntahalli",
        "Töölön kisahalli",
        "Pirkkolan jäähalli",
    ]
    for i in range(12):
        coach_f, coach_l = rng.choice(FI_PEOPLE)
        hall = rng.choice(halls)
        day = rng.choice(["ma", "ti", "ke", "to", "pe", "la"])
        start = rng.randint(15, 19)
        players = rng.sample(FI_PLAYERS, rng.randint(3, 6))
        fmt = i % 4
        if fmt == 0:
            plist = ", ".join(f"[[P:{p} {rng.choice(FI_SURNAMES)}]]" for p in players)
        elif fmt == 1:
            plist = "\n" + "\n".join(f"#{rng.randint(2, 99)} [[P:{p}]]" for p in players)
        elif fmt == 2:
            plist = "\n" + "\n".join(f"- [[P:{rng.choice(FI_SURNAMES).upper()} {p}]]" for p in players)
        else:
            plist = " ".join(f"[[P:{p.lower()}]]" for p in players)
        head = rng.choice(
            [
                f"Vuorovaraus {hall}, {day} klo {start}–{start + 1}.30.",
                f"{hall}: varaus {day} {start}.00-{start + 2}.00, junioriryhmä.",
                f"VARAUS / {hall} / {day} {start}:00",
            ]
        )
        tail = rng.choice(
            [
                f"\nVastuuhenkilö [[P:{coach_f} {coach_l}]], [[T:{_phone(rng, 'fi')}]]",
                f"\n\nvalmentaja [[P:{coach_f}]]",
                f"\n-[[P:{coach_l}]] ({rng.choice(['joukkueenjohtaja', 'apuvalmentaja', 'huoltaja'])})",
                rng.choice(
                    [
                        "\nSeuran toimisto hoitaa laskutuksen, viite 7001 2359.",
                        "\nKentät 1 ja 2, pukukoppi 5.",
                        "\nMaalivahdin varusteet tuodaan itse. Laskutus seuralle (asiakasnro 40021).",
                    ]
                ),
            ]
        )
        out.append(("fi", f"{head}\nPelaajat: {plist}{tail}"))
    return out


def _templated_negatives(rng: random.Random) -> list[tuple[str, str]]:
    """Org-signed or unsigned messages with numbers that are not personal data."""
    out: list[tuple[str, str]] = []
    fi_sign = [
        "Terveisin, Kivikon asukasyhdistys ry",
        "t. huolestunut äiti",
        "Ystävällisesti, As Oy Kalliorinne",
        "– nimetön asukas",
        "Lähetetty Samsung Galaxy -puhelimesta",
        "Terveisin\nPuotilan omakotiyhdistys",
    ]
    sv_sign = ["Hälsningar, Brändö villaförening", "/ en orolig förälder", "Skickat från min iPhone"]
    en_sign = ["Regards, a concerned resident", "Sent from Outlook for Android", "— Helsinki Cyclists' Club"]
    extras_fi = [
        "Asianumero HEL 2026-0{n}.",
        "Bussi {b} kulkee ohi klo {h}.{m:02d}.",
        "Postinumero 00{p}.",
        "Ilmoitettu jo {d}.{mo}.2026.",
        "Sama ongelma on ollut vuodesta 20{y}.",
    ]
    extras_sv = [
        "Ärendenummer HEL 2026-0{n}.",
        "Buss {b} går förbi kl. {h}.{m:02d}.",
        "Anmält redan {d}.{mo}.2026.",
    ]
    extras_en = [
        "Case no. HEL 2026-0{n}.",
        "Bus {b} passes at {h}:{m:02d}.",
        "Already reported on {d}/{mo}/2026.",
    ]
    plan = [
        ("fi", FI_BODIES, fi_sign, extras_fi, 8),
        ("sv", SV_BODIES, sv_sign, extras_sv, 3),
        ("en", EN_BODIES, en_sign, extras_en, 3),
    ]
    for lang, bodies, signs, extras, n in plan:
        for _ in range(n):
            extra = rng.choice(extras).format(
                n=rng.randint(10000, 99999),
                b=rng.choice([55, 58, 78, 97, 560]),
                h=rng.randint(7, 10),
                d=rng.randint(1, 28),
                mo=rng.randint(1, 11),
                y=rng.randint(10, 24),
                m=rng.randint(0, 59),
                p=rng.choice([100, 510, 940, 970]) // 10 * 10,
            )
            out.append((lang, f"{rng.choice(bodies)} {extra}\n\n{rng.choice(signs)}"))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    recs: list[tuple[str, str]] = []
    recs += [("fi", t) for t in FI_HAND]
    recs += [("sv", t) for t in SV_HAND]
    recs += [("en", t) for t in EN_HAND]
    recs += _templated_signatures(rng)
    recs += _templated_bookings(rng)
    recs += _templated_negatives(rng)
    rng.shuffle(recs)
    return recs


LABELS = {"P", "E", "T", "H", "I", "R", "A", "IP"}
SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")


def _check(recs: list[tuple[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for lang, text in recs:
        assert lang in {"fi", "sv", "en"}, lang
        assert text.count("[[") == text.count("]]"), text
        for label, inner in SPAN.findall(text):
            assert label in LABELS, (label, text)
            assert inner == inner.strip(), (inner, text)
            counts[label] += 1
        rest = SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = _check(recs)
    langs = Counter(lang for lang, _ in recs)
    neg = sum(1 for _, t in recs if "[[" not in t)
    print(f"{len(recs)} records, {sum(counts.values())} spans, {neg} without spans")
    print("languages:", dict(langs))
    print("spans per label:", dict(sorted(counts.items())))
    for lang, text in recs[:6]:
        sys.stdout.write(f"--- {lang}\n{text}\n")
