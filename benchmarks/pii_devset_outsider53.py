"""Blind evaluation block 53 for the personal-data scrubber.

Written by helper "outsider 53" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was handed). I ran no git commands, did not run the
scrubber and did not run any evaluation. The texts come only from the brief and from my own idea of
how residents write to the city.

Focus: "a week of the whole intake": a realistic mix of all four sources (Open311 feedback,
Kerrokantasi hearing comments, OmaStadi proposals and comments, Varaamo booking notes) in Finnish
(about 50 %), Swedish (about 25 %) and English (about 25 %). Each message carries zero to four pieces
of personal data (P, E, T, H, I, R, A, IP), written by elderly people, teenagers, immigrants,
officials, associations and parents; signatures in many styles, forwarded e-mails with headers,
quoted replies, contact lines, participant lists, home addresses with staircase and flat in many
forms (A 5, B12, as. 3, lgh 4, bst 2, C 3 45), HETUs in forms, phone numbers in many formats, and
text written to slip past filters (spaced letters, "at"/"piste"/"snabel-a" e-mails, zero-width and
full-width characters written as Python escapes). Roughly a third are hard negatives (first names
used as ordinary words, streets without numbers, parks, schools, famous people, brands, pets, case
and order numbers, bus lines, postal codes, prices, opening hours).

Seed: 5353. The hand-written records are fixed; the generated ones use random.Random(SEED) only.

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person's name (case endings,
English possessive 's and Swedish genitive -s inside the span; titles and role words outside),
E e-mail address, T phone number, H Finnish personal identity code, I IBAN / bank account number,
R vehicle licence plate, IP IP address, A street address with a house number (staircase and flat
included; postal code and city outside). Famous people and names of streets, parks, buildings and
brands are not marked.
"""

import random

SEED = 5353


# ---------------------------------------------------------------------------
# Hand-written records, Finnish
# ---------------------------------------------------------------------------

HAND_FI = [
    # --- Open311 feedback ---
    ("fi", "Moi! meidän talon edessä [[A:Kaarelantie 7 B 12]] on seissyt sama auto kuukauden, rekkari "
           "[[R:KJT-418]], renkaat tyhjinä ja tuulilasissa lappuja. voisko joku tehdä jotain?? "
           "t. [[P:Jari]] [[T:040 718 2290]]"),
    ("fi", "Roskis kaatunut Sibeliuksen puistossa taas ja varikset levittää roskat pitkin nurmikkoa. "
           "Ei tarvitse vastata, kunhan joku käy katsomassa."),
    ("fi", "Hyvä Helsingin kaupunki.\n\nOlen 84-vuotias leski ja asun osoitteessa [[A:Mäkelänkatu 45 A 9]]. "
           "Talon edessä oleva suojatie on niin liukas, etten ole uskaltanut käydä kaupassa viikkoon. "
           "Henkilötunnukseni on [[H:080457-138J]], jos sitä tarvitaan.\n\nYstävällisin terveisin\n"
           "[[P:Helvi Koskinen]]\npuh. [[T:(09) 753 2214]]"),
    ("fi", "miks skeittiparkissa ei oo valoja?? tosi pimeetä jo klo 16 jälkee ja joku kaatu eilen. t. 8B luokka"),
    ("fi", "Hei. Minä asun Vuosaari, [[A:Kallvikintie 22 C 41]]. Meidän pihalla paljon rikottu lasi, lapset "
           "leikkii siellä. Voitteko siivota? Kiitos paljon. [[P:Ahmed Nur]] [[T:+358 44 902 3317]]"),
    ("fi", "---------- Välitetty viesti ---------\nLähettäjä: [[P:Pekka Salminen]] <[[E:pekka.salminen@gmail.com]]>\n"
           "Päivämäärä: ma 2.12.2026 klo 8.14\nAihe: Lumityöt Herttoniemessä\nVastaanottaja: Helsingin kaupunki\n\n"
           "Hei, aura-auto on taas kasannut lumivallin meidän pihatien eteen, [[A:Siilitie 9 D 55]]. "
           "Auto on jumissa enkä pääse töihin.\n\n[[P:Pekka]]"),
    ("fi", "Palaute #48213\nKategoria: Katujen kunnossapito\nLähettäjä: (ei nimeä)\nIP: [[IP:85.76.144.203]]\n"
           "Viesti: Iso kuoppa Hämeentiellä bussipysäkin kohdalla, pyöräilijä voi kaatua pimeässä."),
    ("fi", "Bussi 55 ja ratikka 7 kulkee liian harvoin iltaisin Arabianrannassa. Klo 21 jälkeen vuoroväli on "
           "20 min, toivoisin edes 10 min."),
    ("fi", "Naapurin [[P:Virtasen]] koira haukkuu joka yö klo 2–5, osoite on [[A:Vuorikatu 14 as. 3]]. "
           "en halua omaa nimeäni mukaan tähän."),
    ("fi", "Kuoppa pyörätiellä Itäväylän alikulussa, meinasin lentää tangon yli. Vastaus s-postiin "
           "[[E:m a i j a . l e h t o @ g m a i l . c o m]] (kirjoitin välilyönneillä ettei tule roskapostia)"),
    ("fi", "Katuvalot pois päältä koko Tuomarinkylän kartanon tiellä. jos tarvitte lisätietoa niin "
           "[[E:tuomas piste nieminen at outlook piste com]] tai soita [[T:050 - 441 - 9023]]"),
    ("fi", "Puisto-wc rikki Kaivopuistossa, ovi ei aukea ollenkaan. Soittakaa [[T:040\u2009812\u200b3356]] niin "
           "näytän paikan. -[[P:Kari]]"),
    ("fi", "Meidän kadun ohi, [[A:Agricolankatu 9 B 27]], ajaa mopoja öisin varmaan 80 km/h. Jos poliisi haluaa "
           "kysyä lisää, numero: [[T:\uff10\uff14\uff15 \uff16\uff17\uff18 \uff19\uff10\uff12\uff13]]"),
    ("fi", "Kiitos Stadin puistoväelle! Kaisaniemen puisto näytti upealta juhannuksena ja vessat oli siistit. "
           "Jatkakaa samaan malliin 👍"),
    ("fi", "Vastaus palautteeseen HEL-2026-014522\n\nHei,\nkiitos palautteestasi. Kaatunut puu on poistettu 4.12. "
           "Stara hoitaa alueen kunnossapidon jatkossakin.\n\nYstävällisin terveisin\n[[P:Tiina Korhonen]]\n"
           "asiakaspalveluasiantuntija\nKaupunkiympäristön toimiala\n\n> Alkuperäinen viesti:\n"
           "> Puu kaatunut pyörätielle [[A:Malminkaari 18]] kohdalla, kiertäkää. t. [[P:Ville]]"),
    ("fi", "Lauttasaaren uimahallin sauna on ollut kylmä koko viikon. Kävin ma, ke ja pe klo 7.00–8.30, "
           "joka kerta sama juttu. Lipun hinta 6,80 € ja saunaan ei voi mennä."),
    ("fi", "auto parkissa invapaikalla ilman lupaa Itäkeskuksen Prisman edessä, [[R:ZXO-77]] musta bemari. "
           "joka päivä sama juttu eikä kukaan sakota"),
    ("fi", "Ilmoitan että [[A:Fleminginkatu 22]] pihalla on rottia. Useita. Taloyhtiö ei tee mitään ja "
           "isännöitsijä [[P:Leinonen]] ei vastaa puhelimeen ([[T:09-8765 432]])."),
    ("fi", "Linja 506 myöhässä joka aamu Viikin kampukselta, vaikka aikataulun mukaan pitäisi lähteä 8.12. "
           "Tätä on jatkunut syyskuusta asti."),
    ("fi", "HEI OLEN 79 V EIKÄ MINULLA OLE TIETOKONETTA, TYTTÄRENTYTÄR KIRJOITTAA TÄTÄ. PENKKI PUUTTUU "
           "BUSSIPYSÄKILTÄ MAUNULASSA JA JALKANI EI KESTÄ SEISOA. SOITTAKAA [[T:0407789112]] [[P:AILI PEURA]]"),
    ("fi", "Lähetin tämän jo viime viikolla mutta ei vastausta:\n\nNimi: [[P:Laura Vähäsarja]]\n"
           "Hetu: [[H:241088-604R]]\nOsoite: [[A:Porvoonkatu 31 A 8]], 00510 Helsinki\n"
           "Rekisterinumero: [[R:GLN-235]]\nAsia: asukaspysäköintitunnus ei näy sovelluksessa"),
    ("fi", "Alkon edessä Kalliossa porukkaa aamusta iltaan. Pitäisikö Karhupuistoon saada lisää valvontaa? "
           "Poliisi käy ehkä kerran viikossa."),
    ("fi", "Palautteen lähettäjä: [[P:Mikko Heinonen]]\nSähköposti: [[E:mikko.heinonen@elisanet.fi]]\n"
           "Viesti: Puistonpenkki rikki Aleksis Kiven kadun ja Hämeentien kulmassa, lauta irti."),
    ("fi", "Kumpulan maauimalaan pitäis saada isompi hyppytorni!!! 3 m on liian matala 😤😤"),
    ("fi", "Hyvä päivä. minun nimi on [[P:Olena Kovalenko]], asun [[A:Kivikonkaari 6 b 19]]. ulko ovi ei mene "
           "lukkoon ja joku nukkuu rappukäytävä. Puhelin [[T:+380 67 441 2290]] tai suomen numero "
           "[[T:046 810 3327]]"),
    ("fi", "Lapseni [[P:Eelis]] (7 v) liukastui Tapanilan ala-asteen pihalla ja löi päänsä. Jäätä ei ole "
           "hiekoitettu eikä tämä ole ensimmäinen kerta.\n\n[[P:Hanna Mäkinen]]\n[[E:hanna.makinen82@gmail.com]]"),
    ("fi", "Huom. pysäköinninvalvonnalle: auto [[R:UIF-903]] pysäköi joka yö pelastustielle osoitteessa "
           "[[A:Myllypurontie 14]]. kuvat liitteenä."),
    ("fi", "Asiasta on tehty jo ilmoitus numerolla 2026-HEL-88431, mutta mitään ei ole tapahtunut. Kyse on "
           "Mannerheimintien ja Runeberginkadun risteyksen liikennevaloista, jalankulkijan vihreä kestää 6 sekuntia."),
    ("fi", "Voitto meni kotijoukkueelle, mutta Bolt Arenan ympäristö oli ottelun jälkeen kaaos. Bussit 18 ja "
           "23 täynnä, eikä Töölön kisahallin kohdalla ollut yhtään liikenteenohjaajaa."),
    ("fi", "Hei\n\ntässä vielä yhteystiedot jos tarvitsette:\n[[P:Rauha Lindberg]]\n[[A:Kolmas linja 17 B 31]]\n"
           "00530 Helsinki\n[[T:09-753 8812]]\n\nt. [[P:Rauha]]"),
    ("fi", "Postinumeroalue 00940 (Kontula) on jäänyt lumenauraukselta pois? Kontulantie ja Kontulankaari "
           "auraamatta kolme päivää."),
    ("fi", "Kiitos Tove Janssonin puiston uusista leikkivälineistä Katajanokalla! Muumi-aiheiset keinut ovat ihania."),
    ("fi", "Mun sähköposti ei kelvannut lomakkeeseen joten tässä: [[E:j.aaltonen\u200b@\u200bluukku.com]]. Asiana "
           "vesivuoto Ruoholahden metroaseman portaissa, vettä lattialla klo 17.40."),
    ("fi", "Ilmoittajan nimi: [[P:V i r t a n e n]], [[P:S i r p a]]\nVoitteko kirjoittaa tämän oikein, olen kirjoittanut "
           "nimeni välilyönneillä vahingossa. Asia: pyörätelineet kaatuneet Pasilan asemalla."),
    ("fi", "Lahja kaupungille: puhdistakaa Töölönlahden rannat ennen joulua! 🎄 Roskia on Finlandia-talon edessä asti."),
    ("fi", "Olen yrittänyt soittaa kaupungin asiakaspalveluun kolme kertaa. Soittakaa te minulle: "
           "[[T:+358 (0)50 312 7788]]. Terveisin [[P:E. Saarela]]"),

    # --- Kerrokantasi hearing comments ---
    ("fi", "Vastaus käyttäjälle [[P:Anneli K.]]: olen täysin eri mieltä. Malmin lentokenttäalue on rakennettava, "
           "asuntoja tarvitaan."),
    ("fi", "Kannatan Hakaniemen torin uudistusta, mutta puut on säilytettävä. Torikauppiaat tarvitsevat "
           "huoltoajon klo 6–10."),
    ("fi", "Käpylä-Seura ry:n lausunto Koskelan sairaala-alueen asemakaavaluonnoksesta\n\nSeura pitää tärkeänä, "
           "että alueen vanhat puurakennukset ja puistomainen ilme säilytetään. Kerrosluku 8 on liikaa.\n\n"
           "Hallituksen puolesta\n[[P:Marjatta Hyvönen]], puheenjohtaja\n[[E:marjatta.hyvonen@kapylaseura.fi]]\n"
           "[[T:050 412 6683]]"),
    ("fi", "> [[P:Kalle]] kirjoitti:\n> Pyörätiet on liian kapeita Helsinginkadulla\n\nNo ei ne oo liian "
           "kapeita, ajat vaan liian lujaa 😄"),
    ("fi", "Rauha ja hiljaisuus katoavat Vartiosaaresta, jos sinne rakennetaan. Usko kaupungin päättäjiin on "
           "kyllä koetuksella."),
    ("fi", "Toivo heräsi, kun luin että Keskuspuistoa ei sittenkään kavenneta. Onni on se, että meillä on "
           "vielä tällaisia metsiä keskellä kaupunkia."),
    ("fi", "Olen asunut osoitteessa [[A:Kustaankatu 3 A 12]] vuodesta 1978 ja voin kertoa, että melu on "
           "pahentunut joka vuosi."),
    ("fi", "[[P:Juhani]], et taida itse asua Jätkäsaaressa? Me asutaan ja tiedetään millaista liikenne on "
           "satamaan menevien rekkojen takia."),
    ("fi", "Alvar Aallon suunnittelema Finlandia-talo pitää säilyttää sellaisenaan. Ei lisärakentamista "
           "Hesperian puiston puolelle."),
    ("fi", "Kuten Paavo Nurmi aikanaan, Helsingin pitää juosta muiden edellä: pikaraitiotie Viikkiin ja "
           "Malmille heti eikä vuonna 2035."),
    ("fi", "Kommentti poistettu moderaattorin toimesta (sisälsi asiattomuuksia). Lähettäjän IP "
           "[[IP:91.153.27.4]] estetty 30 päiväksi."),
    ("fi", "Tämä on jo kolmas kerta kun kommentoin. Vastatkaa suoraan minulle: [[P:Raimo Kettunen]], "
           "[[A:Ruskeasuonkatu 2 C 3 45]], [[T:358405512876]]"),
    ("fi", "Asemakaava nro 12760 ei huomioi Kalasataman keskuksen tuulisuutta. Tornit 35 kerrosta = "
           "tuulitunneli valmis."),
    ("fi", "Kaupunkisuunnittelijan vastaus: Kiitos kommenteista. Kaavaluonnosta muutetaan niin, että "
           "Kuusitien puurivi säilyy. Lisätietoja antaa arkkitehti [[P:Sari Niemelä]], [[E:sari.niemela@hel.fi]]."),
    ("fi", "Vastaus [[P:Heikki Mustosen]] kommenttiin: ei kukaan halua asua moottoritien vieressä, ei edes "
           "sinä [[P:Heikki]]."),
    ("fi", "Into oli kova, kun Kalasatamaan tuli Redi, mutta nyt puolet liiketiloista on tyhjinä. Älkää "
           "rakentako samaa virhettä Pasilaan."),
    ("fi", "> Kirjoittanut [[P:pirjo_h]]:\n> liian vähän pysäköintipaikkoja uusille asukkaille\n\nSamaa mieltä "
           "[[P:pirjon]] kanssa, 0,3 autopaikkaa per asunto on naurettava."),
    ("fi", "Olen Munkkiniemen Omakotiyhdistyksen jäsen mutta kirjoitan omissa nimissäni. Tuusulanväylän "
           "bulevardisointi on virhe ja maksaa yli 200 miljoonaa."),
    ("fi", "Minun mummoni [[P:Aino Rinne]] asui [[A:Sturenkatu 27 A 4]] koko ikänsä ja kertoi aina, että "
           "Vallilan puutalot olivat kaupungin sydän. Säilyttäkää ne."),
    ("fi", "Lumi tuli taas yllätyksenä kaupungille: ratikka 10 oli jumissa Pikku Huopalahdessa koko aamun "
           "ja Ilmalan varikolta ei tullut korvaavia vaunuja."),

    # --- OmaStadi proposals and comments ---
    ("fi", "Ehdotus: Kontulan ostarin viereen ulkokuntosali\nKuvaus: Nuorille ja ikäihmisille sopivia "
           "laitteita, valaistus ja katos.\nArvioitu hinta: 60 000 €\nYhteyshenkilö: [[P:Riikka Mustonen]], "
           "[[E:riikka.mustonen@luukku.com]]"),
    ("fi", "Hyvä idea! Meidän ikkunasta ([[A:Kontulankaari 5 B 20]]) näkyy suoraan kentälle, lapset käyttäis varmasti."),
    ("fi", "Äänestin tätä ja Vuosaaren uimarannan valaistusta. 85 000 € kuulostaa realistiselta."),
    ("fi", "Ehdotuksen tekijät: Pihlajiston asukasyhdistys ry / [[P:Pertti Laakso]] ja [[P:Sirpa Ojala]]. "
           "Yhteydenotot: [[E:pertti.laakso@kolumbus.fi]]"),
    ("fi", "me halutaan parkour-alue Malmille!!! ääni tälle 💪 t. [[P:Eetu]] ja [[P:Aaro]] 13v"),
    ("fi", "Tämä ehdotus yhdistettiin ehdotukseen #1432 (Koirapuisto Alppilaan). Arvioitu hinta "
           "40 000–60 000 €, toteutus 2027."),
    ("fi", "Kommentti: ehdotuksen kuvassa näkyy mun auto ja rekkari [[R:fmx-612]], voisko kuvan vaihtaa tai "
           "sumentaa??"),
    ("fi", "Armas Lindgrenin suunnittelema koulurakennus on niin kaunis, että pihan kunnostus on ehdottomasti "
           "tukemisen arvoinen."),
    ("fi", "Kiitos kaikille äänestäjille! Jos haluatte tulla talkoisiin la 17.5. klo 10, ilmoittautukaa "
           "[[P:Minnalle]] numeroon [[T:044-5128 830]]."),
    ("fi", "Valo on tärkeä asia pimeänä vuodenaikana. Kannatan Myllypuron ulkoilureitin valaistusta, nyt "
           "polku on pilkkopimeä klo 16 jälkeen."),
    ("fi", "Ehdotus: Kirjastoon lainattavia lautapelejä\nTekijä: [[P:hilkka.s]]\nKuvaus: Monopoly, Carcassonne, "
           "Alias ja muita klassikoita lainaan Malmin kirjastoon. Hinta n. 3 000 €."),
    ("fi", "Olen maahanmuuttaja ja opiskelen suomea. Haluan ehdottaa kielikahvilan Itäkeskukseen. Voit "
           "kirjoittaa minulle: [[E:nguyen.thi.lan at gmail.com]]"),
    ("fi", "Tämä on jo toteutettu! Hertsin nuorisotalolla on ollut pingispöytä keväästä 2025 asti."),
    ("fi", "Terveisin Maunulan eläkeläiset: kannatamme penkkejä Maunulan majalle johtavan polun varteen. "
           "Allekirjoittaneet [[P:Eila Väisänen]], [[P:Onni Kurki]], [[P:Lea Tuomi]]"),

    # --- Varaamo booking notes ---
    ("fi", "Varaus: Oodi, ryhmätyötila 3, la 14.12. klo 10–14\nVaraaja: [[P:Sanna Heikkinen]]\nAvaimet/kulkukortti "
           "noutaa [[P:Jukka Aalto]] ([[T:0451234987]])\nLisätiedot: tulossa myös [[P:Mira]], tarvitaan näyttö"),
    ("fi", "Laskutustiedot: [[P:Teemu Laaksonen]], [[A:Pihlajamäentie 3 A 1]], 00710 Helsinki, hetu "
           "[[H:130486-615M]]. Vakuuden palautus tilille [[I:FI13 4341 5336 4717 64]]."),
    ("fi", "Varaus peruttu. Varausnumero 2026-VAR-55821, tila: Kallion kirjasto, kokoushuone Ylä, ma 9.12. "
           "klo 17–19. Hinta 0 €."),
    ("fi", "Nuorisotalon bändikämppä joka to klo 18–20. Vastuuhenkilö [[P:Aleksi]] (18 v), äiti "
           "[[P:Päivi Rantanen]] [[T:050 881 2647]] takaa että siivotaan jälkeenpäin."),
    ("fi", "Juhlatila Annalan huvila 21.12., n. 30 hlöä. Laskun maksaa yhdistys, mutta vuokravakuuden "
           "palautus tilille [[I:FI4969973653505432]] (tilinomistaja [[P:Kaija Räsänen]])."),
    ("fi", "Saunavuoro Kumpulan maauimalassa, sekavuoro, 6 hlöä, ti klo 19.00. Ei allergioita. Kiitos!"),
    ("fi", "Osallistujat:\n1. [[P:Matti Hirvonen]]\n2. [[P:Anu Hirvonen]]\n3. [[P:Toivo Hirvonen]] (lapsi, 9 v)\n"
           "4. [[P:Veera Salo]]"),
    ("fi", "avaimen noutaa [[P:Leena]], puh [[T:+358-40-7719035]], email [[E:leena.k@icloud.com]]"),
    ("fi", "Tarvitsemme videotykin ja HDMI-kaapelin. Tilaisuus kestää klo 13:00–15:30, kahvitus omasta "
           "takaa (Fazerin pullaa 😄)."),
    ("fi", "Kokoushuone Stoa, 10.12. klo 18. Varaaja Kallion Eläkeläiset ry, yhteyshenkilö sihteeri "
           "[[P:Tuula Ahonen]], puh. [[T:(09) 753 8812]]"),
    ("fi", "Varaajan henkilötunnus (laskutusta varten): [[H:151154-185E]]. Lasku paperisena osoitteeseen "
           "[[A:Tilkankatu 11 as 14]], 00300 Helsinki."),
    ("fi", "Maunula-talon sali, Tanssikoulu Liikkis. Opettaja [[P:Jenni]] tulee klo 16.30, avaimet "
           "vahtimestarilta. Yhteys [[E:jenni piste tanssii at gmail piste com]]"),
    ("fi", "Malmitalon Lavaklubi 6.12. itsenäisyyspäivän juhla, järjestäjä Malmin Nuorisoseura. Ovet 18.00, "
           "ohjelma 18.30–21.00."),
    ("fi", "Hei, varasin vahingossa väärän päivän (ke 11.12.). Voiko vaihtaa to 12.12.? Varaus tehty "
           "[[P:Kirsi Lampisen]] tunnuksilla mutta minä [[P:Jarmo]] hoidan tämän. [[T:040 55 11 902]]"),
    ("fi", "Avaimet noudetaan Vuotalon infosta, henkilöllisyystodistus mukaan. Tilavuokra 25 €/h, "
           "alv 0 %. Ei alkoholia."),
]

# ---------------------------------------------------------------------------
# Hand-written records, Swedish
# ---------------------------------------------------------------------------

HAND_SV = [
    ("sv", "Hej! Gatlyktan utanför [[A:Sturegatan 21 C 45]] har varit trasig i två veckor. "
           "Mvh [[P:Birgitta Holmström]], [[T:040-551 2378]]"),
    ("sv", "Någon har dumpat en gammal soffa vid Brändö bro. Ingen brådska men den står där ännu."),
    ("sv", "Bästa stad.\nJag är 88 år och bor på [[A:Tölögatan 34 lgh 4]]. Snön har inte plogats på vår "
           "gård sedan i fredags och jag kommer inte ut. Min dotter [[P:Eva]] kan kontaktas på "
           "[[T:+358 50 331 8820]].\nVänligen, [[P:Gunnel Ek]]"),
    ("sv", "asså varför stänger simhallen i Östra centrum kl 20 på fredagar?? helt sjukt"),
    ("sv", "Bo kvar i stan – det borde vara målet med hela planen. Nu flyttar barnfamiljerna till Kyrkslätt."),
    ("sv", "Som ordförande för Munksnäs hembygdsförening vill jag framföra att vi motsätter oss höghusen vid "
           "Munksnäs allén. Skalan passar inte villaområdet.\n\n/[[P:Carl-Johan Sundström]]\nordförande\n"
           "[[T:044 718 2255]]"),
    ("sv", "> [[P:Lotta]] skrev:\n> Spårvägen förstör Kronohagen.\n\nNej, den gör den inte. Titta på Tammerfors."),
    ("sv", "Esplanadparken behöver fler bänkar. Runebergs staty är fin men det finns ingenstans att sitta "
           "på sommaren."),
    ("sv", "Förslag: Ny lekplats i Nordsjö hamn\nBeskrivning: Lekplatsen vid Kallviksstranden är sliten. "
           "Vi föreslår en ny med sjötema.\nKontakt: [[P:Anna-Karin Nylund]], [[E:annakarin.nylund@gmail.com]]"),
    ("sv", "Bokning: bastun på Arbis, lördag 7.12 kl 16–19. Nyckeln hämtas av [[P:Mikael Björk]] tfn "
           "[[T:0400 771 342]]. Vi är 8 personer."),
    ("sv", "Vidarebefordrat meddelande\nFrån: [[P:Stefan Lindroos]] <[[E:stefan.lindroos@kolumbus.fi]]>\n"
           "Datum: 3 december 2026 kl. 21:07\nTill: Helsingfors stad respons\nÄmne: Buller från byggarbetsplats\n\n"
           "Hej, arbetena på Busholmen pågår varje natt till kl 02. Jag bor på [[A:Atlantbågen 10 B 14]] och "
           "kan inte sova."),
    ("sv", "Bilen [[R:RTS-590]] har stått på gästplatsen vid vårt hus i tre veckor. Ingen i huset vet vems den är."),
    ("sv", "Anmälan till simskola i Kampens simhall\nBarnets namn: [[P:Elsa Wikström]]\nBarnets "
           "personbeteckning: [[H:140212A100Y]]\nVårdnadshavare: [[P:Linda Wikström]], [[T:050 772 4419]]"),
    ("sv", "Återbetala depositionen till mitt konto [[I:FI55 2873 4678 8994 30]], kontoinnehavare "
           "[[P:Jonas Grönroos]]. Tack!"),
    ("sv", "skicka svar till [[E:henrik punkt ekholm snabel-a gmail punkt com]] så slipper jag spam"),
    ("sv", "Cykelställen vid Hagnäs torg är fulla av övergivna cyklar. Kan ni rensa? Svar till "
           "[[E:sofia.\u200bnyberg@\u200bhotmail.com]]"),
    ("sv", "Ja, de e int ok att all trafik går genom Hertonäs gård nu. Förr va de lugnt här, nu kör lastbilar "
           "hela dan."),
    ("sv", "Tack för din respons. Ärendet har överförts till Stara och lyktan byts under vecka 51.\n\n"
           "Med vänlig hälsning\n[[P:Johanna Salo]]\nkundtjänst, Stadsmiljösektorn\n[[T:09 310 37221]]"),
    ("sv", "Spårvagn 4 till Munksnäs går var 10:e minut enligt tidtabellen men i praktiken var 20:e på kvällarna."),
    ("sv", "Hans argument håller inte: Centralparken är ingen \"outnyttjad mark\". Den används varje dag "
           "av tusentals."),
    ("sv", "Svar till [[P:Ulf]]: du har fel om Sumparn, där finns redan över 5 000 invånare."),
    ("sv", "Björn och örn i Högholmens djurpark är värda ett besök, men skyltarna på svenska saknas helt."),
    ("sv", "Bokare: Brändö Marthaförening rf\nKontaktperson: [[P:Margareta Fagerholm]]\ntfn "
           "[[T:+358 9 684 1172]]\nAntal deltagare: 12\nLokal: Brändö villastads ungdomslokal"),
    ("sv", "Röstade på detta! Hälsningar från [[A:Mannerheimvägen 85 A 7]] 😊"),
    ("sv", "ja o [[P:Nelli]] vill ha en basketplan i Kvarnbäcken, vi e typ 15 pers som spelar varje dag"),
    ("sv", "Förslaget kostar 120 000 € och skulle genomföras 2027 i Stensböle, nära Stensböleskogen."),
    ("sv", "Till: respons\nÄmne: SV: Ärende HEL-2026-009921\n\n> Hej [[P:Kristina]], ärendet har överförts "
           "till Stara.\n\nTack, men inget har hänt på två månader.\nHälsningar [[P:Kristina Åberg]]"),
    ("sv", "Hej jag heter [[P:Farah Hassan]] och bor i Nordsjö, [[A:Kallviksvägen 22 bst 2]]. Hissen i vårt "
           "hus är sönder och jag har barnvagn. Tack"),
    ("sv", "Öppettiderna på Grani badstrand? Det står 10–18 på skylten men 9–20 på webben."),
    ("sv", "Respons nr 77190\nAvsändare: anonym\nIP-adress: [[IP:176.93.45.210]]\nText: Hundar springer lösa "
           "på Fölisön trots förbudet, barn blir rädda."),
    ("sv", "Jag vill gärna bjuda in [[P:Annika]] från Drumsö Seglarförening, hon vet mest om hamnen. "
           "Kontakta henne via mig: [[T:0 4 0 - 8 8 1 2 3 4 5]]"),
    ("sv", "Kommentar från Svenska pensionärsförbundet, Helsingforsavdelningen: vi stöder förslaget om "
           "fler sittplatser längs Tavastvägen."),
    ("sv", "Nyckeln till Caisa lämnas i brevlådan på [[A:Flemingsgatan 8 A 5]] efter kl 21. /[[P:Patrik]]"),
    ("sv", "[[P:Lottas]] kommentar ovan är helt rätt. Vi i Kronohagen har redan tillräckligt med trafik."),
    ("sv", "Närtåget U går bara var 30:e minut efter kl 21, men VR:s skyltar vid Alberga station säger var "
           "15:e. Vilket gäller?"),
    ("sv", "Ang. bokningen på Kanneltalo 14.12: faktureringsadress [[A:Albergagatan 4 A 11]], 02600 Esbo, "
           "mottagare [[P:Sven-Erik Blomqvist]], personbeteckning [[H:120347-284E]]"),
    ("sv", "Stadens svar 12.11: Åtgärden ingår i budgeten för 2027 (ärende 2026/4412). Byggstart tidigast i maj."),
    ("sv", "Gud vad bra förslag!! Röstar ja 👏 /mamma till tre i Hertonäs"),
    ("sv", "Tillägg till min tidigare respons: registreringsnumret på bilen är [[R:MYK 208]] och den står "
           "fortfarande framför [[A:Helsingegatan 26 B 40]]."),
    ("sv", "Kontonummer för återbetalning: [[I:FI4034212780361397]]. Om det inte går, ring [[T:358 44 612 9087]]."),
    ("sv", "Bor vid Brunnsparken och undrar när belysningen lagas på Ehrensvärdsvägen. Det har varit mörkt "
           "sedan Allhelgona."),
]

# ---------------------------------------------------------------------------
# Hand-written records, English
# ---------------------------------------------------------------------------

HAND_EN = [
    ("en", "Hi, I'm an exchange student living at [[A:Leppäsuonkatu 9 B 18]]. The street light in front "
           "of our building has been blinking for two weeks, it's really creepy at night. My number is "
           "[[T:+358 41 778 2290]]. Thanks, [[P:Priya]]"),
    ("en", "From: [[P:John Carter]] <[[E:jcarter77@hotmail.com]]>\nSent: Tuesday, 3 December 2026 09:12\n"
           "To: Helsinki feedback\nSubject: Broken bench in Tokoinranta\n\nHello,\nthe bench near the "
           "playground is missing two boards. Someone will get hurt.\n\nBest,\n[[P:John]]"),
    ("en", "The tram 9 stop at Pasila is missing a timetable. Also the Hesburger next to it leaves trash "
           "everywhere on weekends."),
    ("en", "Replying to [[P:Matti Ranta's]] comment above: no, the bike lanes on Baana are not \"wasted "
           "money\", I use them every day."),
    ("en", "Hi, my name is [[P:Grace O'Connor]] and I live at [[A:Leppävaarankatu 4 A 11]], Espoo, but "
           "I work in Kamppi. The HSL app shows the wrong zone for Leppävaara."),
    ("en", "Will the new bridge to Laajasalo really be ready by 2027? Hope so, the bus 88 detour is "
           "killing me."),
    ("en", "Mark the date: Helsinki Day is June 12. Would be great to have more events in Kontula and "
           "Mellunmäki, not only in the centre."),
    ("en", "Moderator note: comment hidden for spam. Poster IP [[IP:2001:14ba:a0d3:8e00::1f]], 14 similar "
           "comments within 3 minutes."),
    ("en", "Booking: Oodi studio 2, Sat 7 Dec 12–16\nParticipants:\n- [[P:Lucas Silva]]\n- [[P:Amira Haddad]]\n"
           "Key card pickup: [[P:Lucas]], [[T:044 281 7730]]"),
    ("en", "Proposal: free English-Finnish language café at Kannelmäki library\nDescription: Weekly meetups "
           "run by volunteers.\nContact person: [[P:Yuki Tanaka]] ([[E:yuki.tanaka@protonmail.com]])"),
    ("en", "Please reply to [[E:james dot whitfield at protonmail dot com]] - I don't put my real address on "
           "forms anymore."),
    ("en", "Frank feedback: Oodi is amazing but the 3rd floor is way too loud on Saturdays. Maybe a "
           "quiet zone sign?"),
    ("en", "Our dog Max got bitten at the dog park in Kaisaniemi by an unleashed husky. The gate latch is "
           "broken, please fix it before someone's pet gets killed."),
    ("en", "Bill from Helen was sky-high this month, and now the Allas Sea Pool charges 18 € for a swim? "
           "Helsinki is getting too expensive."),
    ("en", "Dear resident,\n\nthank you for your feedback. The traffic lights at Sörnäinen will be "
           "re-timed in January.\n\nKind regards,\n[[P:Jussi Lehtinen]] | Traffic planner | City of Helsinki | "
           "[[T:+358 9 310 37654]]"),
    ("en", "My son [[P:Leo]] (6) and his friend found needles in the sandbox at the Kallio church "
           "playground this morning. This is unacceptable. - [[P:Rachel Moore]], [[T:0503349120]]"),
    ("en", "yo the basketball hoop at Brahenkenttä has no net lol fix pls"),
    ("en", "Key pickup contact: [[P:Daniel Kim]], [[T:358 50 998 1120]]. He'll be there at 17:45."),
    ("en", "Please refund the deposit to IBAN [[I:FI8246365601883084]] (account holder [[P:Sophie Hartley]]). "
           "Booking ref 2026-55102."),
    ("en", "They asked for my personal identity code in the form: [[H:260662-844U]]. Is it safe to put it here? "
           "I'm not sure the form is encrypted."),
    ("en", "The Ed Sheeran concert at the Olympic Stadium left Töölö a mess. Trash along Mannerheimintie all "
           "the way to Hesperia Park."),
    ("en", "Order no. 4471-2026 from Kierrätyskeskus never arrived. Postal code 00580, pickup window was "
           "10–14 on Friday."),
    ("en", "I rent a parking space for my car [[R:CNK-340]] at [[A:Tikkurilantie 44 B 12]], Vantaa, and "
           "someone keeps parking there."),
    ("en", "Hey! I'm [[P:Tomás]], 16, and I think Helsinki needs a proper skatepark in the east. Malmi's is "
           "tiny. Ask my mom if you need to: [[E:maria.gonzalez.fi@gmail.com]]"),
    ("en", "> On Mon, 2 Dec 2026 at 14:03, [[P:Heidi Lampinen]] <[[E:heidi.lampinen@hel.fi]]> wrote:\n"
           "> Could you specify the exact location?\n\nIt's right at the corner of Runeberginkatu and "
           "Mechelininkatu, next to the R-kioski."),
    ("en", "Grace period for parking in Kruununhaka is only 15 minutes? Nobody can unload groceries in that time."),
    ("en", "As a wheelchair user I can't get into the Kallio library from the Viides linja side. The ramp "
           "is icy. - [[P:Ben]] [[T:(09) 685 4021]]"),
    ("en", "We are the Helsinki International Parents' Association. Our chair [[P:Olga Ivanova]] can be reached "
           "at [[E:olga(at)hipa-helsinki.org]]."),
    ("en", "Rose bushes in the Kaisaniemi botanical garden are beautiful, but the path to them from the "
           "metro is muddy."),
    ("en", "Hi, could the booking be changed from Tuesday to Wednesday? Same time 18-20. Thx, [[P:Chen Wei]]"),
    ("en", "Feedback ID 90411 | Channel: web | IP [[IP:188.238.17.92]] | Text: the elevator at Kalasatama "
           "metro station has been out of order since Monday."),
    ("en", "I've lived at [[A:Mannerheimintie 96 C 3 45]] for 10 years and the noise from the tram depot "
           "gets worse every year."),
    ("en", "The Linus Torvalds talk at Aalto was great, but the Otaniemi metro exit was closed afterwards. "
           "Why?"),
    ("en", "Booking note: Birthday party for [[P:Emma]] (turning 8!) at Annantalo, Sat 11–14. Parents: "
           "[[P:Kate]] & [[P:Jonas]] [[T:040 994 2217]]"),
    ("en", "Hope the lights at the Hietalahti shipyard pier get fixed soon. Faith in the city's maintenance "
           "is running low, it's been dark there since October."),
    ("en", "Attachment: scan of my residence permit card. My Finnish ID is [[H:230890-6715]] and the "
           "permit was issued 2024. Name on card [[P:Ahmed Al-Rashid]]."),
    ("en", "Contact me on WhatsApp [[T:+44 7700 900123]] (UK number, I'm here on a work visa) - "
           "[[P:Harriet]]"),
    ("en", "Please, NO more parking garages in the centre. Aleksanterinkatu should be pedestrian only, like "
           "in Copenhagen."),
    ("en", "The van [[R:XOY-41]] from a moving company blocked the bike lane on Hämeentie for 3 hours today."),
    ("en", "Comment on proposal #2210: great idea, but 250 000 € for one playground seems a lot. The one in "
           "Vuosaari cost 90 000 €."),
    ("en", "Sent from my iPhone\n\n---\n[[P:Jenna Lee]]\nProject Coordinator\nHelsinki Tenants' Union\n"
           "m. [[T:+358 45 671 2288]]\ne. [[E:jenna.lee@tenantsunion.fi]]"),
    ("en", "June is too late for snow clearing claims? The form says 31.5. - what about the damage from "
           "March?"),
]


# ---------------------------------------------------------------------------
# Generators
# ---------------------------------------------------------------------------

FI_FIRST = ["Matti", "Liisa", "Jukka", "Aino", "Mikko", "Sari", "Antti", "Heli", "Juha", "Katja", "Ville",
            "Noora", "Petri", "Elina", "Timo", "Riikka", "Janne", "Tiina", "Olli", "Hanna", "Eino", "Iida",
            "Veikko", "Leena", "Arja", "Kimmo"]
FI_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
           "Lehtonen", "Saarinen", "Salminen", "Turunen", "Hyvärinen", "Kinnunen", "Pesonen", "Lindholm",
           "Karjalainen", "Tuominen", "Rantala", "Honkanen"]
# (nominative, allative "-lle" form) for case-ending spans
FI_ALLATIVE = [("Mikko", "Mikolle"), ("Liisa", "Liisalle"), ("Jukka", "Jukalle"), ("Sari", "Sarille"),
               ("Antti", "Antille"), ("Katja", "Katjalle"), ("Timo", "Timolle"), ("Hanna", "Hannalle"),
               ("Petri", "Petrille"), ("Tiina", "Tiinalle")]
SV_FIRST = ["Johan", "Annika", "Mats", "Sofia", "Henrik", "Camilla", "Fredrik", "Linnea", "Patrik",
            "Jessica", "Kaj", "Ulla", "Tobias", "Maria", "Niklas", "Ebba"]
SV_LAST = ["Lindqvist", "Holmström", "Nyberg", "Sundberg", "Ekholm", "Grönroos", "Wikström", "Forsman",
           "Blomqvist", "Lindroos", "Åberg", "Fagerström", "Björklund", "Söderholm"]
EN_FIRST = ["James", "Emily", "Ahmed", "Priya", "Chen", "Olga", "Daniel", "Fatima", "Lucas", "Amira",
            "Tom", "Sara", "Diego", "Yuki", "Kofi", "Anna"]
EN_LAST = ["Smith", "Khan", "Patel", "Wang", "Ivanova", "Garcia", "Okafor", "Nguyen", "Müller", "Silva",
           "Brown", "Haddad", "Tanaka", "Novak"]

STREETS_FI = ["Mannerheimintie", "Hämeentie", "Mäkelänkatu", "Sturenkatu", "Kaarelantie", "Siilitie",
              "Kontulankaari", "Kallvikintie", "Fleminginkatu", "Agricolankatu", "Pihlajamäentie",
              "Malminkaari", "Helsinginkatu", "Porvoonkatu", "Itäkatu", "Kivikonkaari", "Myllypurontie",
              "Kurkimäentie", "Leppävaarankatu", "Tikkurilantie", "Hakunilantie", "Kivenlahdenkatu",
              "Vuosaarentie", "Tilkankatu", "Runeberginkatu", "Laajasalontie"]
STREETS_SV = ["Mannerheimvägen", "Tavastvägen", "Helsingegatan", "Sturegatan", "Berggatan",
              "Flemingsgatan", "Agricolagatan", "Tölögatan", "Runebergsgatan", "Fredriksgatan",
              "Drumsövägen", "Brändövägen", "Kallviksvägen", "Albergagatan", "Dickursbyvägen"]
STREETS_EN = STREETS_FI[:12] + ["Runeberginkatu", "Fredrikinkatu", "Lapinlahdenkatu", "Otakaari"]

UNIT_FI = ["", "", " A 5", " B12", " as. 3", " C 3 45", " D 55", " a 14", " B 7", " as 21", " F 102"]
UNIT_SV = ["", " A 5", " lgh 4", " bst 2", " B 12", " C 3 45", " A 17", " lgh 31"]
UNIT_EN = ["", " A 5", " B12", " apt 4", " C 3 45", " A 22", " flat 12"]

SPACES_FI = ["Oodi, ryhmätyötila 2", "Kallion kirjasto, kokoushuone", "Maunula-talo, sali", "Stoa, musiikkiluokka",
             "Caisa, kokoustila", "Kanneltalo, studio", "Malmitalo, kerhohuone", "Vuotalo, liikuntasali",
             "Annantalo, työpaja", "Itäkeskuksen nuorisotalo, keittiö", "Pasilan kirjasto, neuvotteluhuone"]
SPACES_SV = ["Oodi, grupprum 4", "Arbis, klassrum 12", "Caisa, mötesrum", "Stoa, salen", "Annegården, verkstad",
             "Drumsö bibliotek, mötesrum", "Kanneltalo, studio"]
SPACES_EN = ["Oodi studio 1", "Oodi sewing room", "Kallio library meeting room", "Maunula House hall",
             "Caisa meeting room", "Kanneltalo studio", "Malmitalo club room", "Annantalo workshop"]

DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "elisanet.fi", "kolumbus.fi",
           "luukku.com", "icloud.com", "protonmail.com", "welho.com"]

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PLATE_LETTERS = "ABCEFGHIJKLMNOPRSTUVXYZ"


def _ascii(s):
    return (s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a").replace("ü", "u")
            .replace("é", "e").replace(" ", ""))


def _phone(rng, landline_ok=True):
    if landline_ok and rng.random() < 0.18:
        a = str(rng.randint(100, 899))
        b = str(rng.randint(1000, 9999))
        form = rng.randrange(5)
        if form == 0:
            return "(09) %s %s" % (a, b)
        if form == 1:
            return "09 %s %s" % (a, b)
        if form == 2:
            return "09-%s%s" % (a, b)
        if form == 3:
            return "+358 9 %s %s" % (a, b)
        return "09-%s %s" % (a, b)
    p = rng.choice(["40", "41", "44", "45", "50", "46", "42", "400"])
    b = "".join(str(rng.randint(0, 9)) for _ in range(7 if p != "400" else 6))
    form = rng.randrange(12)
    if form == 0:
        return "+358 %s %s %s" % (p, b[:3], b[3:])
    if form == 1:
        return "+358%s%s" % (p, b)
    if form == 2:
        return "358%s%s" % (p, b)
    if form == 3:
        return "0%s%s" % (p, b)
    if form == 4:
        return "0%s-%s %s" % (p, b[:3], b[3:])
    if form == 5:
        return "0%s %s %s" % (p, b[:3], b[3:])
    if form == 6:
        return "0%s-%s" % (p, b)
    if form == 7:
        return "+358 (0)%s %s %s" % (p, b[:3], b[3:])
    if form == 8:
        return "0%s %s %s %s" % (p, b[:3], b[3:5], b[5:])
    if form == 9:
        return "0%s\u200b%s" % (p, b)
    if form == 10:
        return "+358-%s-%s" % (p, b)
    return "358 %s %s" % (p, b)


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    user = rng.choice(["%s.%s" % (f, l), "%s%s" % (f, l), "%s.%s%d" % (f, l, rng.randint(1, 99)),
                       "%s_%s" % (f[0], l), "%s%d" % (f, rng.randint(60, 99))])
    dom = rng.choice(DOMAINS)
    form = rng.randrange(8)
    if form == 5:
        name, tld = dom.rsplit(".", 1)
        return "%s at %s dot %s" % (user.replace(".", " dot "), name, tld)
    if form == 6:
        return "%s(at)%s" % (user, dom)
    if form == 7:
        return "%s@\u200b%s" % (user, dom)
    return "%s@%s" % (user, dom)


def _address(rng, lang):
    streets = {"fi": STREETS_FI, "sv": STREETS_SV, "en": STREETS_EN}[lang]
    units = {"fi": UNIT_FI, "sv": UNIT_SV, "en": UNIT_EN}[lang]
    return "%s %d%s" % (rng.choice(streets), rng.randint(1, 120), rng.choice(units))


def _plate(rng):
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice([2, 3, 3, 3])))
    num = str(rng.randint(1, 999))
    form = rng.randrange(5)
    if form == 0:
        return "%s %s" % (letters, num)
    if form == 1:
        return (letters + "-" + num).lower()
    return letters + "-" + num


def _hetu(rng):
    y = rng.randint(1938, 2011)
    d, m, n = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 899)
    s = "%02d%02d%02d" % (d, m, y % 100)
    return "%s%s%03d%s" % (s, "-" if y < 2000 else "A", n, HETU_CHECK[int(s + "%03d" % n) % 31])


def _iban(rng):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = "".join(str(int(c, 36)) for c in bban + "FI00")
    ib = "FI%02d%s" % (98 - int(num) % 97, bban)
    if rng.random() < 0.5:
        return " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    return ib


def _ip(rng):
    first = rng.choice([(85, 76), (91, 153), (84, 248), (188, 238), (62, 78), (193, 166), (176, 93),
                        (87, 95), (80, 220)])
    return "%d.%d.%d.%d" % (first[0], first[1], rng.randint(0, 255), rng.randint(1, 254))


def _name(rng, lang):
    if lang == "fi":
        return rng.choice(FI_FIRST), rng.choice(FI_LAST)
    if lang == "sv":
        return rng.choice(SV_FIRST), rng.choice(SV_LAST)
    pool = rng.choice(["en", "en", "fi"])
    if pool == "fi":
        return rng.choice(FI_FIRST), rng.choice(FI_LAST)
    return rng.choice(EN_FIRST), rng.choice(EN_LAST)


def _day(rng, lang):
    d = rng.randint(1, 28)
    m = rng.choice([12, 1, 2, 3])
    t1 = rng.choice([8, 9, 10, 12, 14, 16, 17, 18])
    t2 = t1 + rng.choice([1, 2, 3, 4])
    wd = {"fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
          "sv": ["mån", "tis", "ons", "tor", "fre", "lör", "sön"],
          "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}[lang]
    if lang == "en":
        return "%s %d.%d. %d–%d" % (rng.choice(wd), d, m, t1, t2)
    return "%s %d.%d. klo %d–%d" % (rng.choice(wd), d, m, t1, t2) if lang == "fi" else \
        "%s %d.%d kl %d–%d" % (rng.choice(wd), d, m, t1, t2)


def gen_varaamo(rng, lang):
    """Booking note: booker, key pickup, contact; 1-4 pieces of personal data."""
    f1, l1 = _name(rng, lang)
    f2, l2 = _name(rng, lang)
    space = rng.choice({"fi": SPACES_FI, "sv": SPACES_SV, "en": SPACES_EN}[lang])
    when = _day(rng, lang)
    phone = _phone(rng)
    style = rng.randrange(6)
    extra = ""
    if rng.random() < 0.4:
        extra = "[[E:%s]]" % _email(rng, f1, l1)
    if lang == "fi":
        if style == 0:
            t = "Tila: %s\nAika: %s\nVaraaja: [[P:%s %s]]\nAvaimet noutaa: [[P:%s]], puh. [[T:%s]]" % (
                space, when, f1, l1, f2, phone)
        elif style == 1:
            t = "%s %s. Yhteyshenkilö [[P:%s %s]] [[T:%s]]%s" % (
                space, when, f1, l1, phone, (", " + extra) if extra else "")
        elif style == 2:
            nom, alla = rng.choice(FI_ALLATIVE)
            t = "Kulkukortti annetaan [[P:%s]], hän tulee paikalle 15 min ennen (%s). Tarvittaessa soittakaa "\
                "[[T:%s]]." % (alla, when, phone)
        elif style == 3:
            t = "Osallistujat (%s): [[P:%s %s]], [[P:%s %s]] + 5 muuta. Vastuuhenkilö tavoitettavissa "\
                "numerosta [[T:%s]]" % (space, f1, l1, f2, l2, phone)
        elif style == 4:
            t = "varasin %s %s, avaimet hakee [[P:%s]]. laskutus osoitteeseen [[A:%s]], %s Helsinki" % (
                space.lower(), when, f2, _address(rng, "fi"), rng.choice(["00510", "00930", "00420", "00700"]))
        else:
            t = "Yhdistyksen kokous, %s, %s. Sihteeri [[P:%s %s]]%s" % (
                space, when, f1, l1, (" / " + extra) if extra else " / [[T:%s]]" % phone)
    elif lang == "sv":
        if style == 0:
            t = "Lokal: %s\nTid: %s\nBokare: [[P:%s %s]]\nNyckeln hämtas av [[P:%s]], tfn [[T:%s]]" % (
                space, when, f1, l1, f2, phone)
        elif style == 1:
            t = "%s %s. Kontaktperson [[P:%s %s]] [[T:%s]]%s" % (
                space, when, f1, l1, phone, (", " + extra) if extra else "")
        elif style == 2:
            t = "Deltagare: [[P:%s %s]], [[P:%s %s]] och några till. %s, %s." % (f1, l1, f2, l2, space, when)
        elif style == 3:
            t = "Nyckelkortet hämtas av [[P:%s]] (%s). Nås på [[T:%s]] om något är oklart." % (f2, when, phone)
        elif style == 4:
            t = "bokade %s %s, fakturan till [[A:%s]], %s Helsingfors, mottagare [[P:%s %s]]" % (
                space, when, _address(rng, "sv"), rng.choice(["00100", "00250", "00530", "00570"]), f1, l1)
        else:
            t = "Föreningsmöte, %s, %s. Sekreterare [[P:%s %s]]%s" % (
                space, when, f1, l1, (" / " + extra) if extra else " / [[T:%s]]" % phone)
    else:
        if style == 0:
            t = "Space: %s\nTime: %s\nBooked by: [[P:%s %s]]\nKey pickup: [[P:%s]], phone [[T:%s]]" % (
                space, when, f1, l1, f2, phone)
        elif style == 1:
            t = "%s, %s. Contact [[P:%s %s]] [[T:%s]]%s" % (
                space, when, f1, l1, phone, (", " + extra) if extra else "")
        elif style == 2:
            t = "Participants: [[P:%s %s]], [[P:%s %s]] + 4 friends. %s, %s." % (f1, l1, f2, l2, space, when)
        elif style == 3:
            t = "[[P:%s]] will pick up the key card (%s). Call [[T:%s]] if the door code doesn't work." % (
                f2, when, phone)
        elif style == 4:
            t = "booked %s %s, invoice to [[A:%s]], %s Helsinki, attn. [[P:%s %s]]" % (
                space, when, _address(rng, "en"), rng.choice(["00100", "00180", "00500", "00990"]), f1, l1)
        else:
            t = "Club meeting, %s, %s. Organiser [[P:%s %s]]%s" % (
                space, when, f1, l1, (" / " + extra) if extra else " / [[T:%s]]" % phone)
    return (lang, t)


ISSUES = {
    "fi": ["Katuvalo pimeänä", "Roskakori täynnä", "Kuoppa ajoradalla", "Liukas jalkakäytävä",
           "Graffiti bussikatoksessa", "Hylätty polkupyörä", "Lumikasa näkemäesteenä", "Vesivuoto katukaivosta"],
    "sv": ["Gatlyktan släckt", "Papperskorgen full", "Grop i körbanan", "Halt på trottoaren",
           "Klotter i busskuren", "Övergiven cykel", "Snöhög skymmer sikten"],
    "en": ["Street light out", "Bin overflowing", "Pothole on the road", "Icy sidewalk",
           "Graffiti on bus shelter", "Abandoned bike", "Snow pile blocking view"],
}


def gen_open311(rng, lang):
    """Open311 form dump with metadata; 1-4 pieces of personal data."""
    f, l = _name(rng, lang)
    issue = rng.choice(ISSUES[lang])
    addr = _address(rng, lang)
    fields = []
    if lang == "fi":
        fields.append("Aihe: %s" % issue)
        fields.append("Sijainti: [[A:%s]]" % addr)
        if rng.random() < 0.6:
            fields.append("Nimi: [[P:%s %s]]" % (f, l))
        if rng.random() < 0.5:
            fields.append("Sähköposti: [[E:%s]]" % _email(rng, f, l))
        elif rng.random() < 0.5:
            fields.append("Puhelin: [[T:%s]]" % _phone(rng))
        if rng.random() < 0.5:
            fields.append("IP: [[IP:%s]]" % _ip(rng))
        fields.append("Palautenumero: HEL-2026-%06d" % rng.randint(1000, 99999))
    elif lang == "sv":
        fields.append("Ämne: %s" % issue)
        fields.append("Plats: [[A:%s]]" % addr)
        if rng.random() < 0.6:
            fields.append("Namn: [[P:%s %s]]" % (f, l))
        if rng.random() < 0.5:
            fields.append("E-post: [[E:%s]]" % _email(rng, f, l))
        elif rng.random() < 0.5:
            fields.append("Telefon: [[T:%s]]" % _phone(rng))
        if rng.random() < 0.5:
            fields.append("IP-adress: [[IP:%s]]" % _ip(rng))
        fields.append("Ärendenummer: HEL-2026-%06d" % rng.randint(1000, 99999))
    else:
        fields.append("Subject: %s" % issue)
        fields.append("Location: [[A:%s]]" % addr)
        if rng.random() < 0.6:
            fields.append("Name: [[P:%s %s]]" % (f, l))
        if rng.random() < 0.5:
            fields.append("Email: [[E:%s]]" % _email(rng, f, l))
        elif rng.random() < 0.5:
            fields.append("Phone: [[T:%s]]" % _phone(rng))
        if rng.random() < 0.5:
            fields.append("Client IP: [[IP:%s]]" % _ip(rng))
        fields.append("Ticket: HEL-2026-%06d" % rng.randint(1000, 99999))
    head, rest = fields[:2], fields[2:]
    rng.shuffle(rest)
    return (lang, "\n".join(head + rest))


def gen_sensitive(rng, lang):
    """Short messages with HETU / IBAN / plate, 2-3 pieces."""
    f, l = _name(rng, lang)
    k = rng.randrange(6)
    if lang == "fi":
        opts = [
            lambda: "Vuokravakuus palautetaan tilille [[I:%s]], saaja [[P:%s %s]]." % (_iban(rng), f, l),
            lambda: "Henkilötunnus: [[H:%s]]\nNimi: [[P:%s %s]]\n(lomake täytetty paperilla, skannattu)" % (
                _hetu(rng), l, f),
            lambda: "auto [[R:%s]] tukkii taas pyörätien, omistaja asuu kai [[A:%s]]" % (
                _plate(rng), _address(rng, "fi")),
            lambda: "Tilinro palautusta varten [[I:%s]]. Kysyttävää? [[P:%s]] [[T:%s]]" % (
                _iban(rng), f, _phone(rng)),
            lambda: "hetu [[H:%s]] (tarvitaan kuulemma laskua varten??) t. [[P:%s]]" % (_hetu(rng), f),
            lambda: "Ajoneuvo [[R:%s]], väri harmaa, ollut paikallaan 3 viikkoa. Ilmoittaja [[P:%s %s]]." % (
                _plate(rng), f, l),
        ]
    elif lang == "sv":
        opts = [
            lambda: "Depositionen återbetalas till kontot [[I:%s]], mottagare [[P:%s %s]]." % (_iban(rng), f, l),
            lambda: "Personbeteckning: [[H:%s]]\nNamn: [[P:%s %s]]" % (_hetu(rng), f, l),
            lambda: "bilen [[R:%s]] står på cykelbanan igen vid [[A:%s]]" % (_plate(rng), _address(rng, "sv")),
            lambda: "Mitt kontonummer är [[I:%s]]. Ring [[T:%s]] om ni undrar något. /[[P:%s]]" % (
                _iban(rng), _phone(rng), f),
            lambda: "Fordonet [[R:%s]] har inte flyttats på en månad. Anmälare [[P:%s %s]]." % (_plate(rng), f, l),
            lambda: "pers.beteckn. [[H:%s]], [[P:%s %s]], [[A:%s]]" % (_hetu(rng), f, l, _address(rng, "sv")),
        ]
    else:
        opts = [
            lambda: "Refund to [[I:%s]], account holder [[P:%s %s]], thanks." % (_iban(rng), f, l),
            lambda: "Personal identity code: [[H:%s]]\nFull name: [[P:%s %s]]" % (_hetu(rng), f, l),
            lambda: "Car [[R:%s]] parked on the bike lane again outside [[A:%s]]." % (
                _plate(rng), _address(rng, "en")),
            lambda: "my bank account for the refund: [[I:%s]] - text me on [[T:%s]] if anything is missing" % (
                _iban(rng), _phone(rng)),
            lambda: "Vehicle [[R:%s]] has been abandoned here for weeks. Reported by [[P:%s %s]]." % (
                _plate(rng), f, l),
            lambda: "ID code [[H:%s]] / [[P:%s %s]] / [[A:%s]]" % (_hetu(rng), l.upper(), f, _address(rng, "en")),
        ]
    return (lang, opts[k]())


NEG_PLACES = ["Kaisaniemen puisto", "Sibeliuksen puisto", "Tove Janssonin puisto", "Alppipuisto",
              "Keskuspuisto", "Kaivopuisto", "Töölönlahti", "Vanhankaupunginkoski", "Lapinlahden lähteet",
              "Annalan puutarha", "Arabianranta", "Kalasatama", "Jätkäsaari", "Herttoniemen kartano"]
NEG_PLACES_SV = ["Kajsaniemiparken", "Sibeliusparken", "Tove Janssons park", "Brunnsparken", "Centralparken",
                 "Tölöviken", "Gammelstadsforsen", "Fiskehamnen", "Busholmen", "Hertonäs gård"]
NEG_PLACES_EN = ["Kaisaniemi Park", "Sibelius Park", "Tove Jansson Park", "Esplanadi", "Central Park",
                 "Töölö Bay", "Old Town rapids", "Kalasatama", "Jätkäsaari", "Suomenlinna"]
NEG_STREETS = ["Mannerheimintie", "Aleksanterinkatu", "Runeberginkatu", "Lönnrotinkatu", "Topeliuksenkatu",
               "Minna Canthin katu", "Fredrikinkatu", "Albertinkatu", "Annankatu", "Eerikinkatu",
               "Urho Kekkosen katu", "Mikonkatu", "Yrjönkatu", "Siltasaarenkatu", "Sturenkatu"]
NEG_STREETS_SV = ["Mannerheimvägen", "Alexandersgatan", "Runebergsgatan", "Lönnrotsgatan", "Topeliusgatan",
                  "Minna Canths gata", "Fredriksgatan", "Albertsgatan", "Annegatan", "Eriksgatan",
                  "Urho Kekkonens gata", "Mikaelsgatan", "Georgsgatan", "Broholmsgatan", "Sturegatan"]
NEG_SCOOTERS = ["Tier", "Voi", "Dott", "Lime"]
NEG_BRANDS = ["Alko", "Lidl", "Prisma", "K-Supermarket", "Stockmann", "R-kioski", "Hesburger", "Fazer",
              "Wolt", "Posti", "Valio", "Foodora"]
NEG_FAMOUS = [("Helene Schjerfbeck", "Helene Schjerfbeckin"), ("Akseli Gallen-Kallela", "Akseli Gallen-Kallelan"),
              ("Tove Jansson", "Tove Janssonin"), ("Alvar Aalto", "Alvar Aallon"),
              ("Jean Sibelius", "Jean Sibeliuksen"), ("Eero Saarinen", "Eero Saarisen")]
NEG_VENUES = ["Ateneum", "Kiasma", "Amos Rex", "HAM", "Musiikkitalo", "Kansallismuseo"]


def _fi_gen(street):
    if street.endswith("katu"):
        return street[:-4] + "kadun"
    return street + "n"


def gen_negative(rng, lang):
    """Hard negatives: places, streets without numbers, times, prices, case numbers, lines, famous people."""
    bus = rng.choice(["55", "58", "64", "69", "78", "506", "510", "550", "560", "18", "23", "97", "39", "70"])
    tram = rng.choice(["1", "2", "3", "4", "6", "7", "8", "9", "10", "13", "15"])
    street = rng.choice(NEG_STREETS)
    brand = rng.choice(NEG_BRANDS)
    scooter = rng.choice(NEG_SCOOTERS)
    price = "%d,%02d" % (rng.randint(4, 14), rng.choice([0, 50, 90, 20]))
    case = rng.choice(["HEL-2026-%06d" % rng.randint(1000, 99999), "%d/2026" % rng.randint(100, 9999),
                       "#%d" % rng.randint(1000, 9999)])
    postal = rng.choice(["00100", "00130", "00180", "00500", "00530", "00560", "00700", "00810", "00940", "00980"])
    t1 = rng.choice(["7.00", "8.30", "9.00", "10.00", "11.30"])
    t2 = rng.choice(["16.00", "18.00", "20.00", "21.30"])
    year = rng.choice(["2025", "2026", "2027", "2028"])
    famous, famous_gen = rng.choice(NEG_FAMOUS)
    venue = rng.choice(NEG_VENUES)
    k = rng.randrange(10)
    if lang == "fi":
        place = rng.choice(NEG_PLACES)
        g = _fi_gen(street)
        opts = [
            "Linja %s ei pysähtynyt %s pysäkillä klo %s. Sama toistunut koko viikon." % (bus, g, t1),
            "%s: roskikset täynnä, viimeksi tyhjennetty ennen viikonloppua. Viite %s." % (place, case),
            "Ratikka %s seisoi %s kohdalla vartin, koska %s-auto oli pysäköity kiskoille." % (tram, g, brand),
            "Aukioloajat eivät täsmää: ovessa lukee ma–pe %s–%s, nettisivuilla eri. Postinumero %s." % (t1, t2, postal),
            "%s-potkulaudat tukkivat %s jalkakäytävän, yli 20 kpl yhdessä kasassa." % (scooter, g),
            "Uimahallin kertalippu nousi %s euroon. Onko tämä oikein? Asia %s." % (price, case),
            "Kiitos! %s on taas siisti ja valaistu, käyn siellä joka ilta klo %s jälkeen." % (place, t2),
            "%s näyttely (%s) oli upea, mutta jono oli klo %s jo kadulla asti." % (famous_gen, venue, t1),
            "Milloin %s remontti valmistuu? Kyltissä luki %s, nyt on jo joulukuu." % (g, year),
            "Koirapuistossa (%s) portti rikki, %s-kauppakassi sidottu kiinni narulla." % (place, brand),
        ]
    elif lang == "sv":
        place = rng.choice(NEG_PLACES_SV)
        street = NEG_STREETS_SV[NEG_STREETS.index(street)]
        opts = [
            "Linje %s stannade inte vid hållplatsen på %s kl %s. Samma sak hela veckan." % (bus, street, t1),
            "%s: papperskorgarna fulla sedan helgen. Ärende %s." % (place, case),
            "Spårvagn %s stod stilla i en kvart eftersom en %s-bil stod på spåret." % (tram, brand),
            "Öppettiderna stämmer inte: på dörren står mån–fre %s–%s. Postnummer %s." % (t1, t2, postal),
            "%s-sparkcyklar blockerar trottoaren på %s, över 20 st i en hög." % (scooter, street),
            "Simhallens engångsbiljett kostar nu %s €. Stämmer det? Ärende %s." % (price, case),
            "Tack! %s är ren och upplyst igen, jag går där varje kväll efter kl %s." % (place, t2),
            "Utställningen om %s på %s var fin, men kön var lång redan kl %s." % (famous, venue, t1),
            "När blir renoveringen på %s klar? Skylten sa %s." % (street, year),
            "Hundparken vid %s: grinden trasig, någon har knutit fast den med en %s-kasse." % (place, brand),
        ]
    else:
        place = rng.choice(NEG_PLACES_EN)
        opts = [
            "Bus %s didn't stop on %s at %s. Same thing all week." % (bus, street, t1),
            "%s: bins full since the weekend. Ref %s." % (place, case),
            "Tram %s was stuck for 15 minutes because a %s van was parked on the tracks." % (tram, brand),
            "Opening hours don't match: the door says Mon–Fri %s–%s, website says otherwise. Postcode %s." % (
                t1, t2, postal),
            "%s scooters are blocking the sidewalk on %s, more than 20 in one pile." % (scooter, street),
            "A single swim ticket is now %s €? Is that right? Case %s." % (price, case),
            "Thanks! %s is clean and lit again, I walk there every night after %s." % (place, t2),
            "The %s exhibition at %s was lovely but the queue was out the door at %s." % (famous, venue, t1),
            "When will the roadworks on %s be finished? The sign said %s." % (street, year),
            "Dog park at %s: gate broken, someone tied it shut with a %s bag." % (place, brand),
        ]
    return (lang, opts[k])


def gen_omastadi(rng, lang):
    """Short OmaStadi comment, sometimes signed (0-2 pieces)."""
    f, l = _name(rng, lang)
    k = rng.randrange(5)
    if lang == "fi":
        base = rng.choice(["Hyvä ehdotus, ääni annettu!", "Tätä tarvitaan meidän alueella.",
                           "Liian kallis, 150 000 € yhteen kenttään?", "Kannatan, lapset ilahtuu.",
                           "Miksi tämä ei ole jo toteutettu?"])
        if k == 0:
            return (lang, base)
        if k == 1:
            return (lang, "%s t. [[P:%s]]" % (base, f))
        if k == 2:
            return (lang, "%s\n-- \n[[P:%s %s]]\n[[T:%s]]" % (base, f, l, _phone(rng)))
        if k == 3:
            nom, alla = rng.choice(FI_ALLATIVE)
            return (lang, "%s Kiitos [[P:%s]] ehdotuksesta!" % (base, alla))
        return (lang, "%s Asun itse [[A:%s]], ihan vieressä." % (base, _address(rng, "fi")))
    if lang == "sv":
        base = rng.choice(["Bra förslag, har röstat!", "Det här behövs i vårt område.",
                           "För dyrt, 150 000 € för en plan?", "Stöder, barnen blir glada.",
                           "Varför är det här inte redan gjort?"])
        if k == 0:
            return (lang, base)
        if k == 1:
            return (lang, "%s /[[P:%s]]" % (base, f))
        if k == 2:
            return (lang, "%s\nMvh [[P:%s %s]], [[T:%s]]" % (base, f, l, _phone(rng)))
        if k == 3:
            gen = f if f[-1] in "sxz" else f + "s"
            return (lang, "Håller med [[P:%s]] kommentar. %s" % (gen, base))
        return (lang, "%s Jag bor själv på [[A:%s]], alldeles intill." % (base, _address(rng, "sv")))
    base = rng.choice(["Great proposal, voted!", "Our area really needs this.",
                       "Too expensive, 150 000 € for one field?", "Support, the kids will love it.",
                       "Why hasn't this been done already?"])
    if k == 0:
        return (lang, base)
    if k == 1:
        return (lang, "%s - [[P:%s]]" % (base, f))
    if k == 2:
        return (lang, "%s\nCheers, [[P:%s %s]] [[T:%s]]" % (base, f, l, _phone(rng)))
    if k == 3:
        return (lang, "Agree with [[P:%s's]] point. %s" % (f, base))
    return (lang, "%s I live at [[A:%s]], right next to it." % (base, _address(rng, "en")))


def records():
    rng = random.Random(SEED)
    out = list(HAND_FI) + list(HAND_SV) + list(HAND_EN)
    plan = ([("varaamo", "fi")] * 12 + [("varaamo", "sv")] * 6 + [("varaamo", "en")] * 6 +
            [("open311", "fi")] * 8 + [("open311", "sv")] * 4 + [("open311", "en")] * 4 +
            [("sensitive", "fi")] * 6 + [("sensitive", "sv")] * 3 + [("sensitive", "en")] * 3 +
            [("negative", "fi")] * 16 + [("negative", "sv")] * 7 + [("negative", "en")] * 7 +
            [("omastadi", "fi")] * 6 + [("omastadi", "sv")] * 3 + [("omastadi", "en")] * 3)
    gens = {"varaamo": gen_varaamo, "open311": gen_open311, "sensitive": gen_sensitive,
            "negative": gen_negative, "omastadi": gen_omastadi}
    seen = {t for _, t in out}
    for kind, lang in plan:
        rec = gens[kind](rng, lang)
        while rec[1] in seen:
            rec = gens[kind](rng, lang)
        seen.add(rec[1])
        out.append(rec)
    return out
