"""Blind evaluation block 64 for the personal-data scrubber.

Written by helper "outsider 64" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was given). I ran no git command, did not run the
scrubber and did not run any evaluation. The texts come only from the brief and my own idea of how
people write to the city.

Focus: "a random day of hearings and proposals": a sample of one day's Kerrokantasi hearing
comments and OmaStadi participatory-budgeting proposals and their comments, in Finnish (about 60 %),
Swedish (about 20 %) and English (about 20 %). Opinions, replies to other commenters by name,
proposals signed by their makers, mentions of neighbours, teachers, coaches, officials and
politicians, places and streets named after people, and now and then a phone number, e-mail address,
street address, licence plate, personal identity code or bank account. Each message carries zero to
four pieces of personal data; lengths vary from one word to several paragraphs. About a third are
hard negatives (no personal data, or words that only look like it: first names used as ordinary
words, streets, parks and schools named after people, famous people, brands, pets, dates, prices,
case numbers, bus lines, opening hours).

Seed: 6464. Roughly two thirds of the records are written one by one by hand; the rest come from
small generators below driven by random.Random(SEED) only.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person's name (first name,
surname, full name, nickname, initials joined to a name; Finnish case endings, Swedish genitive -s
and English possessive 's inside the span; titles and role words outside), E e-mail address,
T phone number, H Finnish personal identity code, I IBAN or bank account number, R vehicle licence
plate, IP IP address, A street address with a house number (postal code and city outside).
Famous people and the names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 6464

# ---------------------------------------------------------------------------
# Hand-written records: each one a separate message.
# ---------------------------------------------------------------------------

_HAND_FI = [
    ("fi", "Kannatan ehdotusta! Meidän pihalla ei ole mitään tekemistä isommille lapsille ja ne roikkuu sit Itäkeskuksessa. Ulkokuntosali Kontulaan olis tosi hyvä"),
    ("fi", "@[[P:Pekka L.]] ei se pyöräkaista vie yhtään autopaikkaa Hämeentieltä, lue nyt se suunnitelma ensin ennen kuin huudat."),
    ("fi", "Ehdotus: Frisbeegolfrata Oulunkylän urheilupuistoon\n\nOulunkylässä ei ole lähellä yhtään frisbeegolfrataa, lähin on Kivikossa. Rata voisi kiertää urheilupuiston metsäreunaa, 9 väylää riittäisi alkuun. Olemme puhuneet asiasta Oulunkylä-seuran kanssa ja he tukevat.\n\nTerveisin [[P:Juho Lehtimäki]] ja [[P:Sanni Aaltonen]], Oulunkylän frisbeeporukka"),
    ("fi", "Kaisaniemen puiston remontti on ollut kesken jo liian kauan. Kasvitieteellisen puutarhan puoleinen portti on kiinni ja kiertotie Kaisaniemenkadulle on pimeä illalla. Valaistus kuntoon ennen marraskuuta."),
    ("fi", "Olen asunut Käpylässä 40 vuotta ja naapurini [[P:Railin]] kanssa ollaan kävelty joka aamu tuota Taivaskalliolle vievää polkua. Nyt suunnitelmassa se muutetaan pyörätieksi?? Ei käy."),
    ("fi", "Hyvä idea mutta kuka tätä ylläpitää? Edellinen ulkokuntosali Vuosaaressa on ollut rikki kaksi vuotta. Ilmoitin siitä jo 2023 palautteella, viite HEL-2023-014522, eikä mitään tapahtunut."),
    ("fi", "Kiitos [[P:Tuulalle]] hyvästä kommentista. Olen ihan samaa mieltä että Vallilan kirjaston aukioloajat pitäisi palauttaa entiselleen: ma–to 10–20, pe 10–16 oli hyvä."),
    ("fi", "Tuuli käy Lauttasaaren rannassa niin kovaa että ne uudet penkit pitäisi sijoittaa johonkin suojaan, vaikka Myllykallion puolelle."),
    ("fi", "Lumi sulaa aina ensimmäisenä Sibeliuksen puiston etelärinteeltä, joten pulkkamäki kannattaisi tehdä muualle. Esim. Hesperian puisto tai Taivallahden puoli."),
    ("fi", "Kuntosalilaitteet Malmin kirjaston viereen\n\nKirjaston takana on tyhjä nurmikaistale, johon mahtuisi 4–5 laitetta. Ikäihmisten yhdistyksemme käyttäisi niitä aamuisin ja koululaiset iltapäivisin.\n\nLisätietoja: [[P:Marjatta Kuusisto]], puh. [[T:040 718 2294]]\nMalmin Eläkkeensaajat ry"),
    ("fi", "Opettajamme [[P:Heidi Vainio]] ehdotti tätä koko luokalle ja me äänestettiin että haluamme parkourpuiston Myllypuroon!!! t. 5B luokka"),
    ("fi", "Meri-Rastilan metsä on ainoa iso yhtenäinen metsäalue Vuosaaren länsiosassa. Kaavaehdotuksessa rakennetaan 2 800 asukkaan edestä metsän päälle, vaikka vanhan ostoskeskuksen ympärillä olisi jo valmiiksi kovaa pintaa. Perustelut eivät vakuuta. Myös virkistysreitit Kallahdenniemeen katkeavat. Vastustan kaavaa tässä muodossa."),
    ("fi", "[[P:Mäkisen Jarmo]] kirjoitti aiemmin että ratikka on liian kallis. Jokerirata maksoi vähän yli arvion mutta linja 15 on nyt täynnä joka aamu, eli kyllä niitä tarvitaan."),
    ("fi", "Liikennesuunnittelija [[P:Katriina Holm]] lupasi asukastilaisuudessa 12.9. että Mäkelänkadun suojatie saa liikennevalot. Missä ne on?"),
    ("fi", "Hei [[P:Olli]], kiitos kysymyksestä. Hanke on tarkoitus kilpailuttaa keväällä 2027 ja rakentaminen alkaisi aikaisintaan syksyllä.\nT. Kaupunkiympäristön toimiala / aluesuunnittelu"),
    ("fi", "Asun osoitteessa [[A:Sturenkatu 27 C 41]] ja meidän ikkunan alla tuo työmaa pitää meteliä klo 6 alkaen vaikka lupa on klo 7 alkaen. Kaavaluonnoksessa pitäisi huomioida että rakentaminen kestää vuosia ja ihmiset asuu tässä koko ajan."),
    ("fi", "kannatan, hyvä [[P:Iida]]!! 👏"),
    ("fi", "Toivo on vielä että Vartiosaari jätetään rakentamatta. Saaressa on arvokkaat huvilat ja luontoarvot. Toivottavasti valtuusto lukee nämä kommentit."),
    ("fi", "Oma ehdotukseni viime kierroksella (koirapuisto Herttoniemen rantaan) hylättiin koska \"ei sopivaa paikkaa\". Nyt täällä on melkein sama ehdotus Roihuvuoreen ja se on mennyt jatkoon?? Miten te arvioitte näitä.\n[[P:Kimmo Rautiainen]], Herttoniemi"),
    ("fi", "Ehdotus: Lasten liikennepuisto Kivikkoon\nTekijä: [[P:Anu Hyvönen]]\n\nKivikon urheilupuistossa olisi hyvin tilaa pienelle liikennepuistolle. Päiväkodit Kivikosta ja Kontulasta voisivat käyttää sitä arkisin. Yhteyshenkilö: [[E:anu.hyvonen@gmail.com]]"),
    ("fi", "Bussi 78 kulkee nykyään vain 20 min välein iltaisin, ja viimeinen vuoro Rautatientorilta lähtee 23.40. Jos Malmin lentokentälle rakennetaan 25 000 asukkaan alue, joukkoliikenteen pitää olla kunnossa ennen kuin ensimmäiset muuttaa."),
    ("fi", "Tämä ehdotus on kopioitu suoraan [[P:Lindqvistin]] viime kauden ehdotuksesta, sama teksti ja samat kuvat. Ei reilua."),
    ("fi", "no onks tääl kukaa muu huomannu et se uus pyöräparkki rautatieasemal on ihan täyn jo aamul klo 8 ? lisää paikkoi"),
    ("fi", "Hei kaikki! Olen [[P:Mira]] ja teen tätä ehdotusta yhdessä meidän taloyhtiön hallituksen kanssa. Haluaisimme että Maunulan majan viereen tulisi grillikatos. Jos haluat auttaa tai kysyä lisää niin soita [[T:050 344 9170]] tai laita viestiä ☀️"),
    ("fi", "> Kaupunkibulevardit ovat virhe.\n\nEi ole. Lue Tuusulanväylän selvitys, siinä on ihan hyvät perustelut. Tosin olen samaa mieltä [[P:Harri Peltosen]] kanssa siitä että melu pitää ratkaista ennen kuin rakennetaan."),
    ("fi", "Kallion kirjaston lukusali on ollut remontissa ja se avataan ma 14.12. klo 9. Sitä ennen voi käyttää Oodia tai Rikhardinkadun kirjastoa."),
    ("fi", "Tyttäreni koulussa (Käpylän peruskoulu) liikunnanopettaja [[P:Jukka Salo]] on pyörittänyt välituntifutista jo kymmenen vuotta omalla ajallaan. Tämä tekonurmi olisi hänelle ja lapsille iso juttu."),
    ("fi", "Ollaan FC Kontun P12 joukkue ja valmentajamme [[P:Samu]] sanoo että kentän valot on olleet rikki syyskuusta asti. Treenit pimeessä ei oo kivaa 😢"),
    ("fi", "Hei, olen tämän ehdotuksen laatija. Jos arvioijat haluavat nähdä paikan, voin esitellä sen. Tavoittaa parhaiten numerosta [[T:+358 44 902 3318]] arkisin klo 16 jälkeen.\n– [[P:Tapio Nurmi]]"),
    ("fi", "Paavo Nurmen patsas Olympiastadionin edessä on hyvä kokoontumispaikka, sinne voisi tulla infotaulu OmaStadi-hankkeista."),
    ("fi", "Ehdotan että Tove Janssonin puiston leikkipaikkaan lisätään Muumi-aiheisia leikkivälineitä. Puisto on nimetty Toven mukaan ja siellä käy paljon turisteja Katajanokan terminaalista."),
    ("fi", "Olen samaa mieltä kuin [[P:Satu Heinonen]] ylempänä. [[P:Satu]] puhuu asiaa, lasten turvallisuus ensin."),
    ("fi", "Satutuokiot Pasilan kirjastossa ovat olleet suosittuja. Satu ja laulu -tuokio perjantaisin klo 10 on aina täynnä, isompi tila tarvitaan."),
    ("fi", "Lähetän tähän vielä valokuvat, mutta järjestelmä ei ota vastaan yli 5 Mt tiedostoja. Voitte pyytää ne sähköpostilla [[E:t.koivisto@kolumbus.fi]]. Kuvat on otettu osoitteen [[A:Malminkaari 12]] kohdalta kohti lentokenttää."),
    ("fi", "Kaupunginvaltuutettu [[P:Elina Rautio]] kävi meidän asukasillassa ja lupasi viedä asian lautakuntaan. Saa nähdä."),
    ("fi", "Kiitos kaupunginpuutarhurille ja koko puisto-osastolle, Hesperian puiston uudet istutukset ovat upeat 🌷"),
    ("fi", "Pölyttäjäniitty Kivikon liikuntapuiston reunaan\n\nNykyinen nurmikko leikataan kahdeksan kertaa kesässä eikä sitä käytä kukaan. Ehdotamme että noin 2 000 m² alueesta muutetaan niityksi.\n\nKustannusarvio: kylvö ja opasteet noin 15 000 €.\nHyötyjät: hyönteiset, linnut, koululaisten luontotunnit.\n\nVastaava niitty tehtiin Vantaalla Kuusijärven lähelle vuonna 2022 ja se on onnistunut hyvin."),
    ("fi", "Minna Canthin katu on koulun kohdalta todella vaarallinen aamuisin. Tarvitaan hidasteet ja 30 km/h rajoitus."),
    ("fi", "[[P:Arton]] kommenttiin: ei se ole totta että kaikki Laajasalossa vastustaa Kruunusiltoja. Me käytetään ratikkaa joka päivä kun se valmistuu."),
    ("fi", "Lisään vielä: naapurin [[P:Heikki]] on mitannut melua omalla mittarillaan ja yöllä tulee yli 60 dB. Hänen numeronsa jos haluatte kysyä: [[T:045 632 1180]]."),
    ("fi", "Onni onnettomuudessa että kukaan ei loukkaantunut kun se iso vaahtera kaatui Alppipuistossa viime viikolla. Puiden kunto pitää tarkistaa koko puistossa."),
    ("fi", "Ratikka 9 pitäisi jatkaa Ilmalaan asti. Nyt Pasilasta joutuu vaihtamaan bussiin."),
    ("fi", "Moderaattori poisti tämän kommentin, koska se sisälsi henkilöön kohdistuvaa arvostelua."),
    ("fi", "Vastaan [[P:Laura Mäkelälle]]: kyllä, päiväkoti on aivan tuossa vieressä ja pihat rajautuvat toisiinsa, joten aita tarvitaan."),
    ("fi", "En löytänyt ilmoittautumislomaketta asukastyöpajaan joten laitan tiedot tähän: [[P:Sirpa Lindroos]], [[H:030561-437T]], [[A:Kustaankatu 4 A 9]]. Tuon mukanani myös naapurin."),
    ("fi", "Ehdotus: Kaukalon pukukoppi Pukinmäkeen\n\nJunioreilla ei ole lämmintä paikkaa vaihtaa luistimia. Kontti riittäisi. Seura hoitaa siivouksen ja lämmityskulut, ja kuluihin voi osallistua myös suoraan seuran tilille [[I:FI27 5789 0120 0345 67]].\n\n[[P:Ville Hakala]], puheenjohtaja, Pukinmäen Pallo ry"),
    ("fi", "Tälläkin viikolla sama pakettiauto [[R:ZKT-482]] seisoi koko päivän lastausalueella Fleminginkadulla. Valvonta ei tee mitään."),
    ("fi", "Tämä on jo käsitelty: ks. päätös HEL 2024-008813, kaupunkiympäristölautakunta 3.6.2025 § 312."),
    ("fi", "Terveisiä [[P:Antti Koskiselle]] ja koko Maunulan taideporukalle, mahtava ehdotus!"),
    ("fi", "Olen [[P:Pirjo]], 74 v, enkä osaa käyttää tätä sivua kunnolla. Tyttäreni [[P:Johanna]] kirjoittaa tämän puolestani. Haluan vain sanoa että Malmin sairaalan bussipysäkillä ei ole penkkiä eikä katosta."),
    ("fi", "Armas kotikaupunki on muuttunut. Ennen Hakaniemen torilla oli elämää, nyt remontti on kestänyt vuosia. Milloin kauppahalli oikeasti avataan?"),
    ("fi", "Hei [[P:Niko]]! Tsekkaa myös Kallion nuorisotalon ehdotus, voitaisko yhdistää nää kaks? Laita mulle viestiä [[E:ella.virtanen03@outlook.com]] 😊"),
    ("fi", "Alepan ja K-Marketin välissä oleva jalkakäytävä Vallilassa on aina jäässä. Kauppojen pitäisi hiekoittaa omat edustansa."),
    ("fi", "Komppaan [[P:Pekka Rantasta]], tämä on rahan haaskausta niin kauan kuin koulujen katot vuotaa."),
    ("fi", "Hietaniemen uimarannan (Hietsun) pukukopit ovat surkeassa kunnossa. Ehdotan uusia koppeja ja talviuintipaikan laajentamista niin että sauna olisi auki myös tiistaisin. Hinta voisi olla 5 € / kerta, kausikortti 90 €."),
    ("fi", "Kallion kirkon ympäristön penkit on poistettu, miksi? Vanhukset tarvitsevat niitä kun kävellään Fleminginkadulta kirkolle.\n\nTerv. [[P:Leena]] ja [[P:Markku Jokela]]\n[[A:Kaarlenkatu 11 A 3]]"),
    ("fi", "[[P:Heikkilä]] kirjoitti: ”suomen kielellä pitää olla etusija”. Helsinki on kaksikielinen kaupunki, opasteet kuuluu olla molemmilla kielillä."),
    ("fi", "Aamu on paras aika käydä Vanhankaupunginkoskella, mutta parkkipaikka on täynnä jo klo 7. Lisää pyöräparkkeja sinne."),
    ("fi", "Saanko ehdottaa, että ehdotus nimetään [[P:Maija-Liisa Hämäläisen]] muistolle? Hän perusti Pihlajamäen kirjaston lukupiirin 1982 ja kuoli tänä syksynä."),
    ("fi", "Pihlajamäen ostari on suojeltu ja sen pitää pysyä sellaisena. Ei purkuja!"),
    ("fi", "@[[P:Kaisa]] ei se niin mene, kyllä lautakunta voi muuttaa tätä vielä. Kaisaniemen tapauksessa ne muutti."),
    ("fi", "Olemme [[P:Rintalan]] perhe Tapulikaupungista ja ehdotamme uimapaikkaa Longinojalle. Lapsemme ovat 6 ja 9 ja käymme nyt Pirkkolassa asti."),
    ("fi", "Lisätietoja hankkeesta antaa projektinjohtaja [[P:Mikael Grönroos]], [[E:mikael.gronroos@hel.fi]], puh. [[T:09 310 37442]]."),
    ("fi", "Käyn joka päivä koirapuistossa Rölli-koiran kanssa. Alppipuiston koirapuiston aita on rikki portin vierestä ja Rölli karkasi sieltä jo kerran. Korjatkaa!"),
    ("fi", "Asukasilta pidetään ke 16.12. klo 17.30–19 Malmitalon salissa 2. Kahvitarjoilu. Tervetuloa!"),
    ("fi", "Minä ja [[P:Kalle]] ollaan 12 ja me halutaan isompi skeittiparkki Laajasaloon. Nykyinen on liian pieni ja isot pojat vie sen."),
    ("fi", "Apulaispormestari sanoi lehdessä että rahaa ei ole. Miten sitten Olympiastadionin remonttiin löytyi?"),
    ("fi", "Vastustan."),
    ("fi", "Tää on [[P:Jannen]] idea alun perin, me vaan kirjoitettiin se tähän 😄"),
    ("fi", "Hyvä ehdotus, mutta huomioikaa että Arabianrannan kohdalla ranta on Natura-aluetta. Kysyin asiasta ympäristöpalveluiden [[P:Riikka Sundströmiltä]] ja hänen mukaansa laituri vaatii erillisen luvan."),
    ("fi", "Asun Agricolankadulla ja meillä ei ole ollut kunnon katuvaloja koko syksynä."),
    ("fi", "Ehdotus: Lukupiiri maahanmuuttajanaisille Kontulan kirjastossa\n\nVetäjänä toimisi vapaaehtoisesti suomen kielen opettaja [[P:Hanna Leppänen]]. Kustannukset: kirjat 800 €, kahvit 400 €.\nOta yhteyttä: [[T:0449876521]]"),
    ("fi", "Valmentaja [[P:Timo ”Tipi” Laaksonen]] on vetänyt juniorijääkiekkoa Paloheinässä 25 vuotta ilman palkkaa. Kaukalon katos olisi hieno kiitos hänelle."),
    ("fi", "Paloheinän jäähalli on nimetty uudelleen jonkun pankin mukaan? Brändit pois julkisista rakennuksista."),
    ("fi", "Ehdotus: Lautapeli-illat Kannelmäen kirjastoon. Kerran kuussa lauantaisin klo 12–16. Pelit lahjoittaisi paikallinen pelikauppa.\nEhdottaja: [[P:Ossi Rantala]] / Kannelmäen lautapelikerho"),
    ("fi", "Tosi hyvä! Mun mummi [[P:Aili]] kävi tuolla uimahallissa vielä 90-vuotiaana 💙"),
    ("fi", "Yrjönkadun uimahalli on ihana mutta kallis, 7,50 € kerta. Eläkeläisalennus pitäisi saada myös viikonloppuisin."),
    ("fi", "Eerikinkadun ja Fredrikinkadun risteys on vaarallinen, autot kääntyy punaisia päin. Kamera sinne."),
    ("fi", "Meidän taloyhtiö ([[A:Pohjolankatu 30]]) on valmis antamaan osan pihasta yhteiseksi kaupunkiviljelmäksi, jos kaupunki hoitaa aidan. Yhteyshenkilö isännöitsijä [[P:Kari Westerlund]]."),
    ("fi", "Rauha ja hiljaisuus – sitä Vanhankaupunginlahden lintutorni tarjoaa. Ei mitään kahvilaa sinne, kiitos."),
    ("fi", "[[P:Jari]] hei, missä se sun mainitsema selvitys on? Linkki puuttuu."),
    ("fi", "Ehdotan että Töölön Pallokenttä nimetään Jari Litmasen mukaan. Hän aloitti Lahdessa mutta pelasi myös HJK:ssa."),
    ("fi", "Kävin eilen asukastilaisuudessa Paloheinän majalla. Paikalla oli kaupungilta [[P:Sari Lundén]] ja [[P:Jouni Kettunen]], jotka esittelivät suunnitelman. Naapurini [[P:Eija]] kysyi parkkipaikoista mutta vastaus oli epämääräinen. Toivottavasti tähän tulee vielä tarkennusta ennen lautakuntaa."),
    ("fi", "Keskuspuiston ladut pitää ajaa heti kun lunta on 10 cm. Viime talvena ne ajettiin vasta tammikuun lopussa."),
    ("fi", "Olen [[P:Leo]] 13 v Vuosaaresta. Me halutaan parkour-puisto. Kaikki mun kaverit äänestää tätä!!!"),
    ("fi", "Kaikki puolueet lupasi vaaleissa lisää rahaa kirjastoille. Nyt säästetään. Muistakaa tämä seuraavissa vaaleissa."),
    ("fi", "Kiitos [[P:Tiia Sarlinille]] ja [[P:Karoliina Mäkiselle]] jotka jaksoivat kerätä nimiä Kumpulan kyläjuhlilla!"),
    ("fi", "Meidän kadulla ([[A:Kiskontie 5]]) lumitöitä ei ole tehty kertaakaan tänä talvena."),
    ("fi", "Nurmijärventie ja Vihdintie ovat molemmat ruuhkassa aamuisin, ja Konalan suunnitelmassa lisätään vielä 3 000 asukasta. Miten liikenne hoidetaan?"),
    ("fi", "Viesti [[P:Seppo Aallolle]]: ei kannata kirjoittaa kaikkea isoilla kirjaimilla. Muuten olet ihan oikeassa."),
    ("fi", "Alvar Aallon suunnittelema Finlandia-talo on nyt remontoitu; toivon että sen ympäristö Töölönlahdella säilyy avoimena eikä sinne rakenneta hotellia."),
    ("fi", "Hei [[P:Reija]]! Ehdotuksesi on yhdistetty ehdotukseen ”Lisää penkkejä Kannelmäkeen”, koska ne koskevat samaa aluetta.\nTerveisin OmaStadi-tiimi / [[P:Anniina]]"),
    ("fi", "Kaija Saariahon mukaan nimetty aukio Musiikkitalon eteen olisi hieno idea."),
    ("fi", "Valoa kaivataan! Lux Helsinki on kiva mutta muuna aikana Kaisaniemen puisto on pilkkopimeä."),
    ("fi", "Ehdotuksen tekijä [[P:Mervi Sjöblom]] tässä: kiitos kaikille kommenteista! Päivitin kustannusarvion 25 000 eurosta 32 000 euroon, koska esteetön kulkuramppi lisättiin."),
    ("fi", "tässä vielä mun numero jos joku haluu tulla talkoisiin [[T:0407781395]] soittakaa illalla tai laittakaa whatsappia t. [[P:Petteri]]"),
    ("fi", "Usko pois, tämä ei toimi. Sama kokeilu tehtiin Tikkurilassa 2019 ja se lopetettiin puolen vuoden jälkeen."),
    ("fi", "Hei, yritin äänestää mutta vahva tunnistautuminen ei toimi. Henkilötunnukseni on [[H:290774-9215]] ja nimi [[P:Mika Toivonen]], voitteko lisätä äänen käsin? Äänestän ehdotusta Koirapuisto Kontulaan."),
    ("fi", "+1"),
    ("fi", "Olen pyöräillyt Helsinginkatua pitkin töihin 15 vuotta. Uusi yksisuuntainen pyörätie on parannus, mutta Sturenkadun risteyksessä valot vaihtuu liian nopeasti. Samaa sanoi moni muukin tilaisuudessa."),
    ("fi", "[[P:Sannin]] ja [[P:Eetun]] kanssa käytiin katsomassa paikkaa ja se on tosi märkä keväisin. Salaojitus pitää laskea mukaan budjettiin."),
    ("fi", "Mikonkadun ja Vilhonkadun kulmaus on iltaisin levoton. Valvontakamera ja parempi valaistus auttaisi enemmän kuin uudet istutukset."),
    ("fi", "Anteeksi jos tää on väärä paikka, mutta kenelle voi soittaa Mellunmäen metroaseman hissistä? Se on ollut rikki 3 viikkoa. Voitte soittaa mulle [[T:050 912 44 08]], [[P:Raimo Heino]]"),
    ("fi", "Ehdotus: Penkkejä ja roska-astioita Vuosaaren rantaraitille\n\nRantaraitti Aurinkolahdesta Kallahteen on suosittu, mutta matkalla on vain kaksi penkkiä. Ehdotamme kymmentä uutta penkkiä ja kuutta roska-astiaa.\n\nEhdotuksen tekivät [[P:Tuula]] ja [[P:Reijo Kemppainen]] sekä naapurimme [[P:Amina Yusuf]]."),
    ("fi", "Sulo mieli tuli kun luin että Kumpulan maauimala aukeaa taas toukokuussa. Hinnat samat kuin ennen: aikuiset 6 €, lapset 3 €."),
    ("fi", "Tähän väliin kommentti [[P:Virtasen]] rouvalle: ei se meidän koira ole se joka haukkuu öisin."),
    ("fi", "Länsimetron jatke Kivenlahteen valmistui ja nyt Lauttasaaren asemalla on ruuhkaa. Tämä kaava lisää Vattuniemeen 4 000 asukasta lisää. Tarvitaan lisää junavuoroja ennen kuin hyväksytte."),
]

_HAND_SV = [
    ("sv", "Jag stöder förslaget! Det behövs verkligen fler bänkar längs Tölöviken. Min mamma som är 82 orkar inte gå hela vägen runt utan att vila."),
    ("sv", "Svar till [[P:Mikaela]]: nej, det stämmer inte att simhallen i Tölö stängs för gott. Renoveringen pågår till 2027."),
    ("sv", "Förslag: Lekpark med skugga i Främre Tölö\n\nVi är några familjer som saknar en lekpark där barnen inte bränner sig i solen. Parken vid Runebergsgatan har inga träd alls.\n\nKontakt: [[P:Johan Lindholm]], [[T:040 552 8831]], [[E:johan.lindholm@welho.com]]"),
    ("sv", "Bo i Helsingfors är dyrt, men att bo nära havet är ovärderligt. Låt strandpromenaden på Drumsö vara orörd."),
    ("sv", "Vår lärare [[P:Annika Sjöberg]] har lärt oss om pollinerare och vi vill ha en ängsmark på skolgården! /klass 4B"),
    ("sv", "Håller med [[P:Stefans]] kommentar ovan, helt rätt."),
    ("sv", "Stig av vid Tölö torg och gå mot Runebergsgatan, där ser ni själva hur farligt övergångsstället är på morgonen."),
    ("sv", "Jag heter [[P:Gunilla Ek]] och bor på [[A:Sandvikskajen 13 B 24]]. Byggarbetet i Sandviken börjar redan 6.30 på morgonen, också på lördagar."),
    ("sv", "Spårvagnslinje 4 till Skatudden borde gå tätare på kvällarna. Nu går den bara var tolfte minut efter kl. 21."),
    ("sv", "Tack [[P:Elin]] för att du startade det här förslaget! Vi i hembygdsföreningen på Brändö stöder det fullt ut.\n/ [[P:Rolf Åkerblom]], ordförande"),
    ("sv", "Varför ska man bygga en kiosk precis bredvid Sibeliusmonumentet? Det förstör hela miljön i Sibeliusparken."),
    ("sv", "Stadsfullmäktigeledamot [[P:Karin Holmström]] lovade på invånarmötet att ta upp frågan. Vi väntar fortfarande."),
    ("sv", "Min granne [[P:Bengt]] och jag har samlat 140 underskrifter för att bevara äppelträden vid Degerö gård. Listan kan hämtas hos mig, [[A:Degerövägen 21 A 2]]."),
    ("sv", "Björn och varg i Centralparken? Nej, men rävar ser vi varje kväll. Soptunnorna behöver lock."),
    ("sv", "Jag svarar [[P:Per-Olof]]: cykelbanan på Tavastvägen är ett steg i rätt riktning, även om bygget tar tid."),
    ("sv", "Vi är tre mammor från Hertonäs som vill ha en plaskdamm i strandparken. Kontakta oss på [[E:hertonas.plaskdamm@gmail.com]] eller ring [[P:Sara]], [[T:050 4127 730]]."),
    ("sv", "Kommentaren har tagits bort av moderatorn."),
    ("sv", "Detaljplanen för Böle saknar tillräckligt med grönområden. Av 12 hektar reserveras bara 0,8 för parker. Jämför med Busholmen där förhållandet är mycket bättre. Jag motsätter mig planen i nuvarande form."),
    ("sv", "Jag har försökt nå [[P:Lindbergs]] kontor på stadsmiljösektorn flera gånger utan svar."),
    ("sv", "Tränaren [[P:Micke Nyström]] i juniorlaget säger att konstgräsplanen i Brunakärr är i så dåligt skick att barnen får skador."),
    ("sv", "Esplanadparken på sommaren är underbar, men toaletterna vid Kappeli stänger redan kl. 22."),
    ("sv", "Svar till [[P:Anders K.]]: Du har rätt om bullret. Men lösningen är inte att stoppa spårvägen."),
    ("sv", "Vi har bott på Brändö i 30 år och aldrig sett så mycket trafik på Brändövägen. Gör något!\nHälsningar familjen [[P:Grönqvist]]"),
    ("sv", "Runeberg skulle vända sig i graven om han såg Runebergsgatan idag."),
    ("sv", "Hej! Jag är [[P:Matilda]], 15 år, och vill föreslå en ungdomslokal i Nordsjö. Vi har ingenstans att vara på vintern."),
    ("sv", "Jag heter [[P:Kristina Lund]], personbeteckning [[H:140387-215U]] – jag förstod att det krävs för att rösta?"),
    ("sv", "Tisdag 15.12 kl. 18–20 ordnas ett invånarmöte om Vallgårds bibliotek. Alla välkomna!"),
    ("sv", "Kan [[P:Heidi]] från stadsplaneringen svara på om gångbron till Kronbergsstranden blir klar före sommaren?"),
    ("sv", "Förslag nr 1247 och 1251 handlar om samma sak, de borde slås ihop."),
    ("sv", "Jag och min man [[P:Lasse]] promenerar varje dag längs stranden på Drumsö. Lampor längs gångvägen vore bra."),
    ("sv", "Astrid Lindgren-temat på lekparken i Sörnäs är jättefint, Pippi-huset är barnens favorit."),
    ("sv", "Ring gärna mig på [[T:09 685 2240]] efter kl. 17, jag har ingen e-post.\nMvh [[P:Ulla-Britt Forsman]]"),
    ("sv", "Simhallen är stängd på måndagar. Öppet ti–fr 6.30–21, lö–sö 9–18."),
    ("sv", "Mitt förslag från förra året fick bara 212 röster. Nu försöker jag igen med bättre bilder. Rösta gärna!\n[[P:Åsa]]"),
    ("sv", "[[P:Linnea]] och jag har läst hela planbeskrivningen. Vi tycker att [[P:Thomas Ekholms]] kommentar sammanfattar det bra: för mycket parkering, för lite träd."),
    ("sv", "Tack för alla kommentarer. Vi har lagt till en karta som visar var bänkarna skulle stå."),
]

_HAND_EN = [
    ("en", "I fully support this proposal. The Hakaniemi market square renovation has dragged on for years and the temporary market hall is freezing in winter."),
    ("en", "Reply to [[P:Tom]]: the cycle lane on Hämeentie actually made my commute safer. I cycle from Vallila to the centre every day."),
    ("en", "Proposal: English-language storytime at Itäkeskus library\n\nMany families in Itäkeskus speak neither Finnish nor Swedish at home. A weekly storytime in English would help kids and parents meet each other.\n\nProposed by [[P:Priya Raman]] and [[P:Daniel Okafor]] (parents at the local daycare)"),
    ("en", "Will the new bridge to Kruunuvuorenranta have a separate lane for scooters? Tier and Voi scooters are everywhere already."),
    ("en", "My neighbour Mrs. [[P:Salonen]] is 88 and cannot cross Mannerheimintie at that light before it turns red. Longer green time please."),
    ("en", "Mark the location on the map please, I can't find where exactly this skatepark would go."),
    ("en", "Agree with [[P:Sarah's]] comment above. Also the lighting in the Itäväylä underpass is terrible."),
    ("en", "If the city needs volunteers to plant the trees, I'm in. Email me at [[E:j.mcallister@iki.fi]] or text [[T:+358 45 117 6623]].\n– [[P:James McAllister]], Lauttasaari"),
    ("en", "Our coach [[P:Jere]] has been asking for floodlights at the Myllypuro field for three seasons now."),
    ("en", "May is the best month to see the cherry blossoms in Roihuvuori. Please keep the hanami festival going, it's always on the third Sunday of May."),
    ("en", "I live at [[A:Castréninkatu 6 A 14]] and the noise from the construction site starts well before 7 am, even on Saturdays."),
    ("en", "Hi [[P:Aleksi]], thanks for the reply. But you didn't answer my question about the budget."),
    ("en", "Finlandia Hall by Alvar Aalto has finally reopened. Please make sure the shore path along Töölönlahti stays accessible during the next works."),
    ("en", "As a teacher at an international school in Ruoholahti, I can say our students would use this. My colleague Ms. [[P:Kowalski]] already runs an after-school coding club and needs a bigger room."),
    ("en", "Frank feedback: this proposal is too vague. What exactly would the 50,000 € be spent on?"),
    ("en", "> [[P:Mikko]] wrote: foreigners don't vote in OmaStadi anyway\n\nThat's not true, everyone aged 12 or over who lives in Helsinki can vote."),
    ("en", "Councillor [[P:Nora Berg]] promised at the Kalasatama residents' evening that the bus stop would be moved. Nothing has happened."),
    ("en", "Bus 55 and 56 could be merged into one line with 10-minute intervals. Right now both run every 20 minutes and they're often empty after 21:00."),
    ("en", "There's a car with plates [[R:MLP-39]] that has been parked on the bike lane outside Kallio library for 4 days."),
    ("en", "Grace period for the e-scooter parking rules ends 1.1.2027 according to the decision. After that the fee is 35 €."),
    ("en", "We are the [[P:Nguyen]] family from Kontula and we support the playground renovation. Our kids are 3 and 5 and the current slide is broken."),
    ("en", "Hello, I'm [[P:Olamide]] and I run a small sewing club for women at Kontula library. We'd need a permanent room. You can reach me at [[T:044 329 0187]]."),
    ("en", "Hope this one goes through! The skatepark under the bridge in Kallio is the only one nearby."),
    ("en", "Sorry [[P:Ville]], but I disagree. The dog park would take away the only sunny corner of the playground."),
    ("en", "The Havis Amanda statue needs cleaning before May Day. Students climb it anyway."),
    ("en", "Great idea. Teacher [[P:Minna Lahtinen]] from Vuosaari upper secondary already tried something similar in 2024 and the students loved it."),
    ("en", "Donations for the community garden can go to our association's account [[I:FI20 8000 1400 0587 31]], reference \"garden\". Thanks!\n– [[P:Riku]]"),
    ("en", "Oodi is open Mon–Fri 8–21, Sat–Sun 10–20. The makerspace has to be booked through Varaamo, same as the studios."),
    ("en", "Jack Russells and other small dogs need a separate section in the Kaivopuisto dog park."),
    ("en", "I emailed Mr. [[P:Haapala]] at city planning twice in October and got no answer."),
    ("en", "Support! Also tagging [[P:Emma]] and [[P:Joonas]] who asked about this at the residents' meeting in Pikku Huopalahti."),
    ("en", "Art in public spaces is great but 120,000 € for one sculpture in Kalasatama is too much."),
    ("en", "Lowering the speed limit to 30 km/h on residential streets is long overdue. Studies from Helsinki's own traffic safety reports show that pedestrian deaths dropped to zero in 2019. I don't understand why the main streets like Mannerheimintie and Hämeentie are excluded from this plan. The argument about bus schedules is weak: lines 23 and 69 would lose maybe a minute."),
    ("en", "This was proposed by my late husband [[P:Erkki]] back in 2021, he would have been so happy to see it on the ballot."),
    ("en", "Feel free to come look at our yard at [[A:Kustaa Vaasan tie 12 B]], the broken fence is visible from the street. Contact via [[E:pinja.s@protonmail.com]]."),
    ("en", "Dawn patrol at Hietaniemi beach: the winter swimming pier is covered in ice every morning at 7. Someone needs to salt it."),
]

# ---------------------------------------------------------------------------
# Small generators for the rest.
# ---------------------------------------------------------------------------

# (nominative, genitive, allative, partitive)
_FI_FIRST = [
    ("Mikko", "Mikon", "Mikolle", "Mikkoa"),
    ("Anna", "Annan", "Annalle", "Annaa"),
    ("Jussi", "Jussin", "Jussille", "Jussia"),
    ("Liisa", "Liisan", "Liisalle", "Liisaa"),
    ("Petri", "Petrin", "Petrille", "Petriä"),
    ("Sanna", "Sannan", "Sannalle", "Sannaa"),
    ("Tuomas", "Tuomaksen", "Tuomakselle", "Tuomasta"),
    ("Kirsi", "Kirsin", "Kirsille", "Kirsiä"),
    ("Antero", "Anteron", "Anterolle", "Anteroa"),
    ("Noora", "Nooran", "Nooralle", "Nooraa"),
    ("Heikki", "Heikin", "Heikille", "Heikkiä"),
    ("Outi", "Outin", "Outille", "Outia"),
    ("Päivi", "Päivin", "Päiville", "Päiviä"),
    ("Aleksi", "Aleksin", "Aleksille", "Aleksia"),
    ("Marja", "Marjan", "Marjalle", "Marjaa"),
    ("Veikko", "Veikon", "Veikolle", "Veikkoa"),
]
# (nominative, genitive, allative, partitive)
_FI_SUR = [
    ("Korhonen", "Korhosen", "Korhoselle", "Korhosta"),
    ("Nieminen", "Niemisen", "Niemiselle", "Niemistä"),
    ("Laine", "Laineen", "Laineelle", "Lainetta"),
    ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkistä"),
    ("Järvinen", "Järvisen", "Järviselle", "Järvistä"),
    ("Lehtonen", "Lehtosen", "Lehtoselle", "Lehtosta"),
    ("Salminen", "Salmisen", "Salmiselle", "Salmista"),
    ("Lindström", "Lindströmin", "Lindströmille", "Lindströmiä"),
    ("Hakkarainen", "Hakkaraisen", "Hakkaraiselle", "Hakkaraista"),
    ("Tuominen", "Tuomisen", "Tuomiselle", "Tuomista"),
    ("Kallio", "Kallion", "Kalliolle", "Kalliota"),
    ("Ojala", "Ojalan", "Ojalalle", "Ojalaa"),
]

_FI_BODIES = [
    "pysäköintipaikkojen vähentäminen ei ole ongelma jos joukkoliikenne toimii.",
    "kaavassa ei ole huomioitu koulujen tilatarvetta ollenkaan.",
    "tuo puisto on alueen ainoa isompi viheralue, siihen ei pidä rakentaa.",
    "hidasteet on parempi ratkaisu kuin liikennevalot tuossa kohdassa.",
    "pyöräkaista pitää erottaa jalkakäytävästä kivetyksellä, maali ei riitä.",
    "kustannusarvio on liian pieni, pelkkä perustus maksaa enemmän.",
    "samaa mieltä, mutta aikataulu on epärealistinen.",
    "liikennemäärät on laskettu vuoden 2019 luvuista, ne ovat vanhentuneita.",
    "tuo koirapuisto on jo nyt täynnä iltaisin, toinen tarvitaan.",
    "kirjaston aukioloja ei saa lyhentää, se on monelle ainoa lämmin paikka.",
    "kyllä tuohon mahtuu sekä penkit että pyörätelineet.",
    "asukkaita ei kuultu tarpeeksi, tilaisuus oli kesken työpäivän.",
    "rantareitin pitää olla auki myös talvella.",
    "en ymmärrä miksi vanhat puut pitää kaataa, ne voi kiertää.",
]

_FI_PLACES = [
    "Kontulaan", "Vuosaareen", "Malmille", "Herttoniemeen", "Kannelmäkeen", "Pihlajamäkeen",
    "Maunulaan", "Lauttasaareen", "Jakomäkeen", "Tapanilaan", "Viikkiin", "Pitäjänmäelle",
    "Kalasatamaan", "Laajasaloon", "Myllypuroon", "Oulunkylään",
]
_FI_THINGS = [
    "ulkokuntosali", "koirapuisto", "frisbeegolfrata", "skeittiparkki", "grillikatos", "pulkkamäki",
    "kaupunkiviljelypalsta", "uimalaituri", "lisää penkkejä", "pölyttäjäniitty", "jääkiekkokaukalo",
    "nuorten bändikämppä", "lautapeli-illat kirjastoon", "tuolijumppa ikäihmisille",
]

_SV_NAMES = [
    ("Anna", "Lindqvist"), ("Johan", "Nyberg"), ("Mikael", "Holmberg"), ("Sofia", "Sundberg"),
    ("Henrik", "Ekström"), ("Emma", "Wikström"), ("Oskar", "Blomqvist"), ("Elsa", "Forsberg"),
    ("Patrik", "Söderlund"), ("Maria", "Backman"), ("Jonas", "Strandberg"), ("Ida", "Granholm"),
]
_SV_BODIES = [
    "parkeringen är inte problemet, kollektivtrafiken är det.",
    "planen tar inte hänsyn till skolornas behov.",
    "parken är områdets enda större grönområde, bygg inte där.",
    "farthinder är bättre än trafikljus i den korsningen.",
    "kostnadsberäkningen verkar alldeles för låg.",
    "jag håller med, men tidtabellen är orealistisk.",
    "strandpromenaden måste hållas öppen också på vintern.",
    "varför ska de gamla träden fällas? Man kan bygga runt dem.",
]

_EN_NAMES = [
    ("Sarah", "Collins"), ("Ahmed", "Hassan"), ("Lucas", "Meyer"), ("Fatima", "Ali"),
    ("Ben", "Walker"), ("Yuki", "Tanaka"), ("Ana", "Petrović"), ("Tom", "Hughes"),
    ("Olga", "Ivanova"), ("David", "Kim"), ("Chloe", "Dubois"), ("Marco", "Rossi"),
]
_EN_BODIES = [
    "parking isn't the problem, public transport is.",
    "the plan doesn't say anything about school capacity.",
    "that park is the only proper green space in the area, please don't build on it.",
    "speed bumps would work better than traffic lights at that crossing.",
    "the cost estimate looks way too low to me.",
    "agreed, but the timeline is unrealistic.",
    "the shore path has to stay open in winter too.",
    "why cut down the old trees? Build around them.",
    "the residents' meeting was in the middle of a workday, so most of us couldn't come.",
]

_STREETS_FI = [
    "Mannerheimintie", "Hämeentie", "Fleminginkatu", "Helsinginkatu", "Mechelininkatu",
    "Topeliuksenkatu", "Kontulantie", "Vuotie", "Siilitie", "Laajasalontie", "Pihlajamäentie",
    "Malminkaari", "Kantelettarentie", "Lauttasaarentie", "Suursuontie", "Tikkurilantie",
    "Leppävaarankatu", "Runeberginkatu", "Mäkelänkatu", "Kirkkoherrantie",
]
_STREETS_SV = [
    "Tavastvägen", "Fredriksgatan", "Runebergsgatan", "Mannerheimvägen", "Drumsövägen",
    "Igelkottsvägen", "Degerövägen", "Nordsjövägen", "Albertsgatan", "Sturegatan",
]

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _fold(s):
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ć": "c", "é": "e", "Ä": "a", "Ö": "o", "Å": "a"})
    return s.translate(table).lower()


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 4)
    if style == 0:
        return f"{pre} {digits[:3]} {digits[3:]}"
    if style == 1:
        return pre + digits
    if style == 2:
        return f"+358 {pre[1:]} {digits[:3]} {digits[3:]}"
    if style == 3:
        return f"{pre}-{digits}"
    return f"{pre} {digits[:4]} {digits[4:]}"


def _email(rng, first, last):
    dom = rng.choice(["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "iki.fi", "yahoo.com"])
    f, l = _fold(first), _fold(last)
    style = rng.randint(0, 3)
    if style == 0:
        user = f"{f}.{l}"
    elif style == 1:
        user = f"{f[0]}{l}"
    elif style == 2:
        user = f"{f}{rng.randint(60, 99)}"
    else:
        user = f"{f}_{l[:3]}"
    return f"{user}@{dom}"


def _address(rng, streets):
    st = rng.choice(streets)
    num = rng.randint(1, 120)
    style = rng.randint(0, 2)
    if style == 0:
        return f"{st} {num}"
    if style == 1:
        return f"{st} {num} {rng.choice('ABCDE')} {rng.randint(1, 60)}"
    return f"{st} {num} {rng.choice('ABC')}"


def _hetu(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99)
    n = rng.randint(2, 899)
    dd = f"{d:02d}{m:02d}{y:02d}"
    return f"{dd}-{n:03d}{_HETU_CHARS[int(dd + f'{n:03d}') % 31]}"


def _gen_fi(rng):
    out = []
    # replies to other commenters, with correct Finnish case forms (20)
    for i in range(20):
        f = rng.choice(_FI_FIRST)
        s = rng.choice(_FI_SUR)
        body = rng.choice(_FI_BODIES)
        k = i % 7
        if k == 0:
            txt = f"@[[P:{f[0]} {s[0][0]}.]] {body}"
        elif k == 1:
            txt = f"Vastaus [[P:{f[2]}]]: {body[0].upper() + body[1:]}"
        elif k == 2:
            txt = f"Olen eri mieltä kuin [[P:{f[0]} {s[0]}]] yllä, {body}"
        elif k == 3:
            txt = f"Komppaan [[P:{f[3]}]], {body}"
        elif k == 4:
            txt = f"Kiitos [[P:{f[0]} {s[2]}]] hyvästä huomiosta. Lisäisin että {body}"
        elif k == 5:
            txt = f"[[P:{f[1]}]] kanssa samaa mieltä. Ja {body}"
        else:
            txt = f"[[P:{s[0]}]] kirjoitti aiemmin ihan asiaa: {body} Toivottavasti joku kaupungilta lukee tämän."
        out.append(("fi", txt))
    # OmaStadi proposals / support comments with or without signatures (20)
    for i in range(20):
        thing = rng.choice(_FI_THINGS)
        place = rng.choice(_FI_PLACES)
        f = rng.choice(_FI_FIRST)
        s = rng.choice(_FI_SUR)
        opener = rng.choice([
            f"Ehdotus: {thing[0].upper() + thing[1:]} {place}.",
            f"Kannatan! {thing[0].upper() + thing[1:]} {place} on ollut toiveena jo vuosia.",
            f"Äänestin tätä. {thing[0].upper() + thing[1:]} {place} palvelisi kaikenikäisiä.",
            f"Tarvitaan ehdottomasti: {thing} {place}.",
        ])
        extra = rng.choice([
            " Kustannusarvio noin 40 000 €.",
            " Lähin vastaava on kaukana ja bussilla pääsee vain kerran tunnissa.",
            "",
            " Talkooporukka on jo valmiina.",
            " Paikka on kaupungin omistamaa maata, joten lupien pitäisi olla helppoja.",
        ])
        sig_kind = i % 6
        if sig_kind == 0:
            sig = "" if i % 12 == 0 else f"\n-[[P:{s[1]}]] perhe"
        elif sig_kind == 1:
            sig = f"\n\n[[P:{f[0]} {s[0]}]]"
        elif sig_kind == 2:
            sig = f"\nt. [[P:{f[0]}]] ({_phone_m(rng)})"
        elif sig_kind == 3:
            sig = f"\nYhteystiedot: [[P:{f[0]} {s[0]}]], [[E:{_email(rng, f[0], s[0])}]]"
        elif sig_kind == 4:
            sig = f"\nEhdottaja: [[P:{f[0]} {s[0]}]], [[A:{_address(rng, _STREETS_FI)}]], puh. [[T:{_phone(rng)}]]"
        elif i % 12 == 5:
            sig = " Terveisin asukasyhdistyksen hallitus"
        else:
            sig = f" Terveisin [[P:{f[0]}]] ja [[P:{rng.choice([x for x in _FI_FIRST if x != f])[0]}]] asukasyhdistyksestä"
        out.append(("fi", opener + extra + sig))
    # hard negatives (8)
    neg = [
        "Linja {bus} kulkee {place2} vain {m} minuutin välein iltaisin. Lisää vuoroja!",
        "Asukastilaisuus {d}.{mo}. klo {h}.00 Malmitalolla. Kaava-asiakirjat: HEL {y}-{case}.",
        "{street} on ruuhkainen aamuisin klo 7–9, ja kaavassa lisätään vielä {k} asuntoa.",
        "Hinta-arvio {eur} 000 € on liian suuri yhdelle {thing_gen}. Jakakaa rahat useammalle alueelle.",
        "Uimahalli on auki ma–pe {o}–21 ja la–su 10–18. Remontti alkaa {d}.{mo}.{y}.",
        "Ehdotus nro {case} on yhdistetty ehdotukseen nro {case2}.",
        "Risteykseen {street} / {street2} tarvitaan suojatie. Postinumeroalue 00{pn}0.",
    ]
    for i in range(8):
        tpl = neg[i % len(neg)]
        street, street2 = rng.sample(["Mannerheimintie", "Aleksis Kiven katu", "Topeliuksenkatu",
                                      "Annankatu", "Lönnrotinkatu", "Sibeliuksenkatu", "Mechelininkatu",
                                      "Porthaninkatu", "Agricolankatu", "Castréninkatu"], 2)
        txt = tpl.format(
            bus=rng.choice(["55", "56", "58", "70", "78", "23N", "550", "560", "15"]),
            place2=rng.choice(["Malmille", "Kontulaan", "Itäkeskukseen", "Pasilaan", "Maunulaan"]),
            m=rng.choice([15, 20, 30]), d=rng.randint(1, 28), mo=rng.randint(1, 12),
            h=rng.randint(16, 18), o=rng.choice([6, 7, 8]), y=rng.choice([2025, 2026, 2027]), case=f"{rng.randint(1000, 9999):04d}",
            case2=f"{rng.randint(1000, 9999):04d}", street=street, street2=street2,
            k=rng.choice([400, 800, 1200, 2500]), eur=rng.choice([60, 90, 150, 250]),
            thing_gen=rng.choice(["ulkokuntosalille", "skeittiparkille", "koirapuistolle", "grillikatokselle"]),
            pn=rng.choice(["51", "53", "55", "70", "92", "96"]),
        )
        out.append(("fi", txt))
    # someone pastes a personal identity code when strong authentication fails (2)
    for i in range(2):
        f = rng.choice(_FI_FIRST)
        s = rng.choice(_FI_SUR)
        thing = rng.choice(_FI_THINGS)
        place = rng.choice(_FI_PLACES)
        if i == 0:
            txt = (f"Pankkitunnukset ei toimi äänestyksessä. Tässä tietoni: [[P:{f[0]} {s[0]}]] "
                   f"[[H:{_hetu(rng)}]]. Ääneni menee ehdotukselle {thing} {place}.")
        else:
            txt = (f"hetu [[H:{_hetu(rng)}]] {_fold(f[0])} {_fold(s[0])} haluun äänestää {thing} {place} "
                   f"mut ei pääse sisään??")
            txt = txt.replace(f"{_fold(f[0])} {_fold(s[0])}", f"[[P:{_fold(f[0])} {_fold(s[0])}]]")
        out.append(("fi", txt))
    return out


def _phone_m(rng):
    return "[[T:" + _phone(rng) + "]]"


def _gen_sv(rng):
    out = []
    for i in range(6):
        f, s = rng.choice(_SV_NAMES)
        body = rng.choice(_SV_BODIES)
        k = i % 3
        if k == 0:
            gen = f if f.endswith("s") else f + "s"
            txt = f"Håller med [[P:{gen}]] kommentar: {body}"
        elif k == 1:
            txt = f"Svar till [[P:{f} {s}]]: {body[0].upper() + body[1:]}"
        else:
            txt = f"@[[P:{f}]] {body}"
        out.append(("sv", txt))
    for i in range(5):
        f, s = rng.choice(_SV_NAMES)
        thing = rng.choice(["ett utegym", "en hundpark", "fler bänkar", "en skatepark", "en badbrygga"])
        place = rng.choice(["i Hertonäs", "i Nordsjö", "på Drumsö", "på Brändö", "på Degerö", "i Kottby", "i Månsas"])
        k = i % 3
        if k == 0:
            sig = f"\n/[[P:{f} {s}]], [[T:{_phone(rng)}]]"
        elif k == 1:
            sig = f"\nKontakt: [[E:{_email(rng, f, s)}]]"
        else:
            sig = f"\nMvh [[P:{f}]], [[A:{_address(rng, _STREETS_SV)}]]"
        out.append(("sv", f"Förslag: {thing} {place}. Det finns inget liknande i närheten." + sig))
    negs = [
        "Buss {bus} går bara var {m}:e minut på kvällen. Fler turer behövs.",
        "Invånarmöte {d}.{mo} kl. {h}.00 i biblioteket. Ärende HEL {y}-{case}.",
        "Kostnaden {eur} 000 € är för hög för ett enda projekt. Dela pengarna mellan fler områden.",
        "Runebergsgatan och Mannerheimvägen behöver ett bättre övergångsställe vid Tölö torg.",
        "Förslag nr {case} har slagits ihop med nr {case2}.",
        "Simhallen i Itis har öppet må–fr {o}–21. Biljett 6,50 €.",
    ]
    for i in rng.sample(range(6), 4):
        out.append(("sv", negs[i].format(
            bus=rng.choice(["55", "70", "78", "90"]), m=rng.choice([15, 20, 30]), d=rng.randint(1, 28),
            mo=rng.randint(1, 12), h=rng.randint(16, 19), o=rng.choice([6, 7, 8]), y=rng.choice([2025, 2026]),
            case=f"{rng.randint(1000, 9999):04d}", case2=f"{rng.randint(1000, 9999):04d}",
            eur=rng.choice([80, 120, 200]))))
    return out


def _gen_en(rng):
    out = []
    for i in range(6):
        f, s = rng.choice(_EN_NAMES)
        body = rng.choice(_EN_BODIES)
        k = i % 3
        if k == 0:
            txt = f"Agree with [[P:{f}'s]] point: {body}"
        elif k == 1:
            txt = f"@[[P:{f} {s[0]}.]] {body}"
        else:
            txt = f"Replying to [[P:{f} {s}]]: {body[0].upper() + body[1:]}"
        out.append(("en", txt))
    for i in range(5):
        f, s = rng.choice(_EN_NAMES)
        thing = rng.choice(["an outdoor gym", "a dog park", "more benches", "a skate park", "a swimming pier", "a community garden"])
        place = rng.choice(["Kontula", "Vuosaari", "Kalasatama", "Lauttasaari", "Malmi", "Itäkeskus", "Jätkäsaari"])
        k = i % 3
        if k == 0:
            sig = f"\n– [[P:{f} {s}]], [[E:{_email(rng, f, s)}]]"
        elif k == 1:
            sig = f"\nCall or text [[T:{_phone(rng)}]] if you want to help. [[P:{f}]]"
        else:
            sig = f"\n[[P:{f} {s}]], [[A:{_address(rng, _STREETS_FI)}]]"
        out.append(("en", f"Proposal: {thing} in {place}. There's nothing like it within walking distance." + sig))
    negs = [
        "Bus {bus} only runs every {m} minutes in the evening. We need more departures.",
        "Residents' meeting on {d}.{mo}. at {h}:00 in the library. Case number HEL {y}-{case}.",
        "{eur},000 € is too much for one project. Split the money between more neighbourhoods.",
        "Crossing Aleksis Kiven katu at Sturenkatu is dangerous for kids walking to school.",
        "Proposal #{case} has been merged with #{case2}.",
        "The swimming hall is open Mon–Fri {o}–21. A single ticket is 6.50 €.",
    ]
    for i in rng.sample(range(6), 4):
        out.append(("en", negs[i].format(
            bus=rng.choice(["55", "70", "78", "500", "560"]), m=rng.choice([15, 20, 30]), d=rng.randint(1, 28),
            mo=rng.randint(1, 12), h=rng.randint(16, 19), o=rng.choice([6, 7, 8]), y=rng.choice([2025, 2026]),
            case=f"{rng.randint(1000, 9999):04d}", case2=f"{rng.randint(1000, 9999):04d}",
            eur=rng.choice([80, 120, 200]))))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    gen = _gen_fi(rng) + _gen_sv(rng) + _gen_en(rng)
    recs = list(_HAND_FI) + list(_HAND_SV) + list(_HAND_EN) + gen
    rng.shuffle(recs)
    return recs
