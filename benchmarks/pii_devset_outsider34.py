"""Blind evaluation block 34 for the personal-data scrubber.

Written by helper "outsider 34" on 2026-12-08.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief itself). I ran no git commands, did not run the scrubber
and did not run any evaluation. The texts come only from the brief and my own sense of how Helsinki
residents write.

Focus: Kerrokantasi hearing comments and OmaStadi proposal comments, about 80 % Finnish and 20 %
Swedish, long and short, in which residents mention other people in passing: neighbours, children,
officials, teachers, coaches, shopkeepers and earlier commenters they reply to ("Samaa mieltä kuin
Tuulikki yllä", "kuten Harri sanoi"). Names appear in all Finnish cases (genitive, partitive, adessive,
allative, ablative, elative, illative, essive, translative, "Pekan kanssa"), at the very start of a
sentence with no cue, as nicknames and short forms (Jukkis, Pekkis, Make, Sepe, Tepa, Kikka), and as
first names that are also ordinary words (Satu, Tuuli, Lumi, Onni, Toivo, Into, Aamu, Valo, Usva, Rauha,
Ilta, Kaste, Sulo, Armas, Lempi, Tahti/Tähti). The hard negatives use the same words as ordinary words
("Toivo on, että...", "onni oli matkassa", "satu prinsessasta", "lumi sulaa"), plus streets without
numbers, parks, schools, famous people, brands, bus lines, dates, prices and reference numbers.
A few phones, e-mails, addresses, IBANs, HETUs, plates and IPs are included so every label appears,
but most spans are person names (P).

Seed: 3434 (random.Random(SEED) is used only by the small generators at the end).

Markup: [[LABEL:text]] around each piece of personal data. Labels: P person name (case endings,
possessive 's and Swedish genitive -s inside the span; titles and role words outside), E e-mail,
T phone, H Finnish personal identity code, I IBAN / bank account, R licence plate, IP IP address,
A street address with house number (postal code and city outside). Famous people and names of
streets, parks, buildings and brands are not marked.
"""

import random

SEED = 3434

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 1 (Kerrokantasi comments)
# ---------------------------------------------------------------------------
HAND_FI_1 = [
    ("fi", "Samaa mieltä kuin [[P:Tuulikki]] yllä. Puistoa ei pidä kaventaa metriäkään, lapset pelaa siellä joka ilta."),
    ("fi", "kuten [[P:Harri]] sanoi, tää kaavamuutos vie viimeisen viheralueen koko korttelista. ei käy."),
    ("fi", "[[P:Sanna]] hoiti tämän viime vuonna ja silloin asukasilta oli oikeasti hyödyllinen. Nyt kukaan ei kerro mitään mistään."),
    ("fi", "Vastaus [[P:Pekalle]]: ei, linja 58 ei kulje sunnuntaiaamuisin ennen klo 7, tarkistin Reittioppaasta."),
    ("fi", "Olen [[P:Mikon]] kanssa täysin eri mieltä. Pyöräkaista on tarpeen vaikka muutama pysäköintipaikka häviäisikin."),
    ("fi", "Naapurin [[P:Jukkis]] (siis [[P:Jukka Lindroos]] kolmannesta kerroksesta) keräsi nimiä adressiin, mulla on vielä yks lista jos joku haluaa allekirjoittaa."),
    ("fi", "Kysyin asiasta [[P:Virtaselta]] kaupunkiympäristön toimialalta jo elokuussa, mutta vastausta ei ole kuulunut."),
    ("fi", "Lähetin [[P:Koskiselle]] sähköpostia 3.10. eikä hän ole vastannut. Onko tälle hankkeelle joku muu vastuuhenkilö???"),
    ("fi", "Meidän [[P:Onni]] (7v) kysyi eilen miksi leikkipuistosta viedään keinut. En osannut vastata hänelle mitään järkevää."),
    ("fi", "Toivo on, että kaupunki kuuntelee tällä kertaa asukkaita eikä pelkästään rakennuttajaa."),
    ("fi", "Onni oli matkassa kun myrsky kaatoi koivun vasta yöllä eikä kukaan ollut alla. Mutta nuo puut on pakko tarkastaa ennen seuraavaa syysmyrskyä!"),
    ("fi", "Lumi sulaa huhtikuussa ja kaikki hiekoitussora jää kadulle kesäkuuhun asti. Harjaus pitäisi aloittaa aiemmin, tämä toistuu joka vuosi."),
    ("fi", "Ehdotan että koulun pihalle tehdään satupolku: jokaisella rastilla on taulu, jossa on pätkä satua prinsessasta ja lohikäärmeestä. Pienet tykkää."),
    ("fi", "Ehdotuksen tekivät [[P:Satu Lehtonen]] ja [[P:Lumi Aaltonen]] Kannelmäen ala-asteen vanhempainyhdistyksestä. Kannatan lämpimästi!"),
    ("fi", "Kiitos [[P:Tuulille]] hyvästä kommentista! Juuri näin, valaistus on se isoin ongelma tuolla rantareitillä."),
    ("fi", "Äänestin tätä, koska [[P:Valon]] koulumatka kulkee juuri tuon risteyksen kautta ja siellä ajetaan ylinopeutta joka ikinen aamu."),
    ("fi", "valo palaa katulampussa koko päivän mutta illalla on pimeää, joku ajastin on varmaan rikki. Lamppu on heti Itäkeskuksen uimahallin parkkipaikan kulmalla."),
    ("fi", "Kaste oli vielä nurmella kun kävelin aamulla puiston läpi ja huomasin että koko nurmikko on täynnä lasinsiruja viikonlopun jäljiltä."),
    ("fi", "Saanko kysyä [[P:Usvalta]], mistä hän on kuullut että kirjasto suljetaan? Meille asukkaille ei ole kerrottu mitään."),
    ("fi", "Usva nousi joelta ja näkyvyys Vanhankaupunginkosken sillalla oli ihan nolla. Lisää valoja sinne, ennen kuin joku jää auton alle."),
    ("fi", "Valmentaja [[P:Sepe]] sanoi että tekonurmea ei saada käyttöön ennen toukokuuta. Junnut treenaa siis taas koulun parkkipaikalla 🙄"),
    ("fi", "Olin [[P:Tepan]] kanssa katsomassa paikkaa ja siellä on tilaa vaikka kolmelle ulkokuntosalin laitteelle."),
    ("fi", "[[P:Kikka]] ja [[P:Make]] lupasivat tuoda grillin talkoisiin, joten makkaraa riittää kaikille 🌭🌭"),
    ("fi", "Rehtori [[P:Hannele Nurmiselle]] on jo viety vanhempien yhteinen kirje, joten toivottavasti asia etenee tätäkin kautta."),
    ("fi", "Terveisiä [[P:Armakselle]], joka jaksaa joka kevät siivota rannan roskat ihan yksin! Hänelle kuuluisi mitali."),
    ("fi", "Ilta on se aika jolloin nuoriso kokoontuu kioskin taakse ja mopot pärisee. Silloin pitäisi olla valvontaa, ei päivällä."),
    ("fi", "Mummoni [[P:Lempi]] asui tässä talossa yli 50 vuotta, ja hän muisti että puisto istutettiin joskus 60-luvun alussa. Sitä ei saa kaataa."),
    ("fi", "[[P:Rauhan]] ehdotus oli parempi: penkit puiden varjoon eikä keskelle paahdetta."),
    ("fi", "Rauha ja hiljaisuus on tämän alueen ainoa vahvuus. Jos tästä tehdään tapahtuma-alue, se on sitten siinä."),
    ("fi", "Äänet [[P:Tähdelle]] ja hänen skeittiparkkiehdotukselleen! Vihdoin joku ajattelee myös teinejä."),
    ("fi", "Into loppui, kun kolmatta kertaa sama ehdotus hylättiin 'teknisistä syistä'. Ei jaksa enää."),
    ("fi", "[[P:Intolla]] on kuulemma kaikki vanhat piirustukset tallessa, kysykää häneltä ennen kuin suunnitellaan uusiksi."),
    ("fi", "Aamu on pahin: vanhemmat ajaa koulun eteen ja tukkii koko kadun kello 8 ja 8.15 välillä."),
    ("fi", "[[P:Aamun]] kanssa mietittiin että kenttä voisi olla talvella luistelukäytössä, jos joku vaan jäädyttäisi sen."),
    ("fi", "Tiedän [[P:Heikistä]] sen verran, että hän on istunut taloyhtiön hallituksessa parikymmentä vuotta ja tuntee nämä kaavat paremmin kuin kukaan."),
    ("fi", "Luotan [[P:Jarmoon]] tässä asiassa, hän on kulkenut sen reitin joka päivä vuodesta 1998."),
    ("fi", "Talossa kaikki tuntee hänet [[P:Kikkana]], oikeasti hän on [[P:Kristiina Salo]]. Mutta asiaan: hänen ehdotuksensa roska-astioista on hyvä."),
    ("fi", "Älkää syyttäkö [[P:Jussia]], hän vain välitti kaupungin viestin eteenpäin taloyhtiön Whatsapp-ryhmään."),
    ("fi", "Sain [[P:Laineelta]] kunnossapidosta vastauksen että aurausta tehostetaan. Katsotaan."),
    ("fi", "> [[P:Hannu K.]] kirjoitti: 'Tämä on täysin turha hanke.'\n\nEi ole turha. Meillä on kaksi lasta ja kulkemme tuota reittiä päivittäin."),
    ("fi", "[[P:Pekkis]] ja mä oltiin lauantaina siivoustalkoissa ja löydettiin kolme ostoskärryä ojasta. Lisää roskiksia!!"),
    ("fi", "Satu on hyvä, mutta totuus on se, että kevyenliikenteen silta maksaa kaupungin omien laskelmien mukaan 4,2 miljoonaa euroa."),
    ("fi", "Kaupunginpuutarhuri sanoi asukasillassa, että Alppipuiston lehmukset ovat terveitä. Miksi ne sitten kaadetaan?"),
    ("fi", "Kannatan. Kirjastossa voisi olla lauantaisin satutunti, ja vaikka nukketeatteri kerran kuussa."),
    ("fi", "Tuuli on Lauttasaaren rannassa niin kova, että tuulensuojat olisi paras investointi koko alueelle."),
    ("fi", "Hei [[P:Onni]], vastaan kysymykseesi: kyllä, ehdotuksessa on mukana myös esteetön luiska."),
    ("fi", "Kysyin [[P:Sulolta]] naapurista, joka on ollut rakennusmestarina 40 vuotta, ja hänen mielestään tuo hulevesiratkaisu ei toimi."),
    ("fi", "Ruoholahden ostarin kauppias [[P:Ahmed]] sanoi, että asiakkaat valittavat pimeästä alikulusta joka päivä."),
    ("fi", "Kauppias [[P:Liisa]] Kontulan kioskilta kertoi että nuoret istuu siellä iltaisin koska muualla ei ole lämmintä paikkaa. Nuorisotila auki myöhempään!"),
    ("fi", "Opettaja [[P:Merja Hakala]] on vienyt luokan koko syksyn ajan metsään, ja juuri sitä metsää nyt kaavoitetaan. Ajatelkaa vähän."),
    ("fi", "Oon samaa mieltä kuin [[P:Mira]] ja [[P:Juha]] ylempänä. Lisäksi: miksi kävelytie päättyy keskelle peltoa?"),
    ("fi", "Armas aika, taas tämä sama kaavamuutos! Tätä on vastustettu jo kahdesti."),
    ("fi", "Kuntalaisaloite asiasta (diaarinumero HEL 2025-008812) on jätetty jo viime keväänä."),
    ("fi", "Pysäkki Kalasataman metroasemalla on aivan liian ahdas ruuhka-aikaan. Linjat 55, 56 ja 58 kaikki samaan aikaan."),
    ("fi", "Hyvä ehdotus. Kulttuurikeskus Stoa tarvitsee enemmän tekemistä nuorille, ei vain konsertteja aikuisille."),
    ("fi", "Ehdotus on hieno, mutta Tähtitorninvuoren puisto on jo nyt täynnä kesäisin. Toinen paikka olisi parempi."),
]

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 2 (OmaStadi proposals and comments,
# longer comments, a few with contact details)
# ---------------------------------------------------------------------------
HAND_FI_2 = [
    ("fi", "Ehdotus: Ulkokuntosali Myllypuroon\n\nMyllypuron liikuntapuistossa ei ole yhtään ulkokuntosalia, vaikka alueella asuu paljon ikäihmisiä. Ehdotamme 6-8 laitetta lenkkipolun varteen.\n\nEhdotuksen tekijät: [[P:Paula Rinne]] ja [[P:Tapani Mäkelä]]\nLisätietoja: [[E:paula.rinne@kolumbus.fi]]"),
    ("fi", "Tosi hyvä idea! Meidän [[P:Lumi]] ja [[P:Aaron]] kävisivät siellä varmasti joka päivä koulun jälkeen."),
    ("fi", "Ehdotus yhdistettiin [[P:Anu Heinosen]] ehdotukseen 'Lisää penkkejä Vuosaaren rantaan', koska ne koskevat samaa aluetta. T. OmaStadi-tiimi"),
    ("fi", "Kiitos kaupungin [[P:Pirjolle]] nopeasta vastauksesta kommentteihin. Harvoin saa näin selkeää tietoa."),
    ("fi", "Olen asunut [[A:Kontulantie 11 B 23]]:ssa vuodesta 2004 ja tämä puisto on ollut koko ajan huonossa kunnossa. Toivoisin että joku tulisi katsomaan. [[P:Raili Hyvönen]], [[T:040 718 2254]]"),
    ("fi", "Äänestäkää tätä! T. [[P:Tiina]], [[P:Riku]] ja koko Pihlajiston pihaporukka"),
    ("fi", "[[P:Marja-Leenan]] ehdotus koirapuistosta on hyvä, mutta se pitäisi sijoittaa kauemmas leikkipuistosta. Koiranomistajana sanon tämän."),
    ("fi", "Kaveri [[P:Oskari]] teki tästä graffitiseinästä kuvan ja laittoi sen someen, sai yli 2000 tykkäystä. Eli kiinnostusta on!"),
    ("fi", "Ehdotan että skeittiparkin suunnitteluun otetaan mukaan paikalliset skeittaajat. Esim. [[P:Veeti Laaksonen]] ja [[P:Eemil]] ovat rakentaneet rampit itse ja tietävät mitä tarvitaan."),
    ("fi", "Tämä on jo kolmas vuosi kun ehdotan samaa. Edellisellä kierroksella ehdotus sai 412 ääntä mutta jäi niukasti ulos. Kiitos kaikille jotka äänestitte, ja erityisesti [[P:Aino-Maijalle]] joka jakoi flyereitä ostarilla!"),
    ("fi", "terveisiä [[P:Hesulle]] joka kysyi tapaamisesta: asukasilta on to 14.11. klo 18 Malmitalossa."),
    ("fi", "Kuten [[P:Tommi Rantanen]] jo edellisellä kierroksella kirjoitti, Pukinmäen pyörätie on vaarallinen talvella. Ei mitään ole tapahtunut."),
    ("fi", "Asia on käsitelty. Vastuuhenkilö kaupungin puolesta [[P:Katja Lehto]], [[E:katja.lehto@hel.fi]], puh. [[T:09 310 23451]]."),
    ("fi", "Ehdotin tätä jo [[P:Koivistolle]] kun hän oli vielä aluerakentamisprojektissa, mutta sen jälkeen hän siirtyi muualle eikä asia edennyt."),
    ("fi", "Kävin [[P:Niinan]] ja [[P:Ollin]] kanssa kävelyllä ja laskimme: Maunulan majan ja metsän välillä on 14 kaatunutta puuta polun poikki."),
    ("fi", "Pidin tätä ensin huonona ideana, mutta [[P:Eerikin]] kommentti sai minut muuttamaan mieltäni. Kannatan."),
    ("fi", "Hyvä ehdotus, mutta miksei tätä tehdä Kivikon ulkoilupuistoon, jossa on jo valmiit sähköt?"),
    ("fi", "Olen Pasilan peruskoulun opettaja ja kannatan tätä. Oppilaat tarvitsevat välituntitekemistä, ja nykyinen piha on yhtä asfalttia."),
    ("fi", "Äänestys päättyy 31.10. klo 23.59. Voit äänestää vahvalla tunnistautumisella. Kannattaa!"),
    ("fi", "Kaupungin vastaus: Ehdotuksen kustannusarvio on 85 000 €. Toteutus vaatii maanomistajan luvan. Ehdotus etenee äänestykseen."),
    ("fi", "Luontopolku on ihan satu - ei sellaista ole ikinä ollut siellä, vaikka kartassa lukee niin."),
    ("fi", "[[P:Tuuli Rauhala]] ja [[P:Onni Salminen]] (7B) ovat tehneet ehdotuksen yläkoulun oppilaskunnan puolesta. Äänestäkää meitä! 🙏"),
    ("fi", "Tähän liittyen: [[P:Eila]]-mummo naapurista kaatui viime talvena juuri tuossa portaassa ja mursi ranteensa. Kaiteet, kiitos."),
    ("fi", "Kyllä [[P:Armaksen]] kanssa on samaa mieltä: ilman kaiteita tuo rinne on hengenvaarallinen jäisellä kelillä."),
    ("fi", "en tiiä mitä [[P:Make]] tarkoitti tolla 'turhaa rahanhaaskausta', kyl mun mielest nuorille pitää olla jotain tekemistä."),
    ("fi", "Vaimoni [[P:Helena]] ja minä käymme joka aamu uimassa Pihlajasaaressa. Laiturin kunto on surkea, lautoja puuttuu."),
    ("fi", "Ehdotuksen yhteyshenkilö: [[P:Juho Kettunen]], [[A:Malminkaari 5 A 12]], 00700 Helsinki. [[T:+358 50 441 9027]]"),
    ("fi", "[[P:Jukkiksen]] ja [[P:Pekkiksen]] ideana oli alun perin että kenttä jäädytetään talvella, sitten tuli tämä koripalloidea. Molemmat käy!"),
    ("fi", "Haluan kiittää [[P:Marjatta Vesteristä]], joka teki ison työn kerätessään kannatusta."),
    ("fi", "Ei kannata luottaa siihen mitä [[P:Koponen]] lautakunnassa lupasi, sama lupaus annettiin jo 2019."),
    ("fi", "Vastaan [[P:Seijalle]] ja [[P:Terolle]]: kyllä, suunnitelman mukaan polku valaistaan koko matkalta."),
    ("fi", "Oletteko kysyneet [[P:Eskolta]]? Hän vetää sitä lasten sählykerhoa ja tietää paljonko salivuoroja oikeasti tarvitaan."),
    ("fi", "Valmentaja [[P:Timo]] '[[P:Tepa]]' [[P:Pesonen]] on valmentanut junioreita Herttoniemessä 30 vuotta, ja hänen mukaansa kentän kunto on huonoin ikinä."),
    ("fi", "Olisi kiva jos joku kaupungilta tulisi paikan päälle. Vaikka [[P:Anttilan Jarkko]], joka kävi viimeksi 2022."),
    ("fi", "Samaa mieltä [[P:Lempin]] kanssa. Ja lisään vielä: roska-astioita pitäisi tyhjentää myös viikonloppuisin."),
    ("fi", "Sulo kesäilta Tove Janssonin puistossa menee pilalle, kun roskikset on täynnä jo perjantaina. Lisää tyhjennyksiä!"),
    ("fi", "Pitäisi tehdä niin kuin Tukholmassa tehtiin: kävelykatu, ei autoja ollenkaan. Minna Canthin katu voisi olla ensimmäinen kokeilu."),
    ("fi", "Aleksis Kiven katu on jo nyt tukossa ruuhka-aikaan, eikä tämä suunnitelma ainakaan auta."),
    ("fi", "Kuten Tove Jansson kirjoitti, pitää olla paikka jossa voi olla rauhassa. Rantaan ei tarvita lisää kahviloita."),
    ("fi", "Onnea hankkeelle! Toivottavasti toteutuu jo ensi kesänä."),
    ("fi", "Lumitöitä ei ole tehty Vihdintien pyörätiellä kertaakaan tänä talvena. Tietääkö kukaan kuka tämän alueen urakoitsija on?"),
    ("fi", "Tähtitaivasta ei täällä näe, kun valosaaste Jumbosta on niin kova. Ehdotan himmeämpiä valoja parkkialueelle."),
    ("fi", "Tilauksen viite 2025-OS-11847. Ehdotuksen budjetti 120 000 euroa. Toteutus Lähiörahaston kautta."),
    ("fi", "Minulla on lapsena ollut ihan sama ongelma tuon alikulun kanssa, ja nyt minun lapseni kulkevat samaa reittiä. 30 vuotta eikä mikään ole muuttunut."),
    ("fi", "Onneksi tuota metsää ei enää kaavoiteta! Kiitos kaikille jotka kirjoittivat lausuntoja."),
    ("fi", "[[P:Saara]] sanoi jo kaiken olennaisen. Lisään vain, että pyöräpysäköinti kannattaisi katettuna."),
    ("fi", "[[P:Kirsi Väisänen]] oli se joka aikoinaan sai sen lentopallokentän sinne, nyt se pitäisi vain kunnostaa."),
    ("fi", "Minä ja [[P:Pentti]] (naapurin vanha herra) kävimme mittaamassa: kevyen liikenteen väylä on paikoin vain 1,8 m leveä."),
    ("fi", "Oon asunut tässä 20 vuotta ja [[P:Riston]] kioski oli ainoa paikka illalla mistä sai jotain. Nyt se on kiinni ja koko ostari kuollut."),
    ("fi", "Kiitos palautteesta. Välitämme kommenttisi liikennesuunnitteluun. Ystävällisin terveisin, [[P:Noora]] / Kerrokantasi-ylläpito"),
]

# ---------------------------------------------------------------------------
# Hand-written Swedish records (Kerrokantasi / OmaStadi på svenska)
# ---------------------------------------------------------------------------
HAND_SV = [
    ("sv", "Håller med [[P:Mikaela]] ovan. Parken behövs precis som den är, vi behöver inte fler parkeringsplatser."),
    ("sv", "Som [[P:Stefan]] skrev: cykelbanan på Brändövägen tar slut mitt i korsningen. Det är livsfarligt för barnen."),
    ("sv", "Min granne [[P:Birgitta Holmström]] har klagat på belysningen i flera år men ingenting har hänt."),
    ("sv", "[[P:Johannas]] förslag är bättre än det här, ärligt talat. Lägg bänkarna i skuggan."),
    ("sv", "Tränaren [[P:Micke]] sa att planen inte blir klar före maj, så juniorerna får träna på skolgården igen."),
    ("sv", "Vi pratade med [[P:Lindqvist]] på stadsmiljösektorn och han lovade att återkomma. Det var i augusti."),
    ("sv", "Stig gärna in och kommentera! Förslaget röstas om i oktober."),
    ("sv", "[[P:Stig]] på nedre våningen har redan samlat över 200 namn till adressen. Bra jobbat!"),
    ("sv", "En stig genom skogen räcker, vi behöver ingen asfalterad väg till Kasberget."),
    ("sv", "Bo i Helsingfors och ha barn utan bil - det är möjligt bara om kollektivtrafiken fungerar. Linje 20 går för sällan."),
    ("sv", "Jag och [[P:Bo]] gick dit i lördags och räknade: 11 trasiga lampor längs strandpromenaden."),
    ("sv", "Vilja finns hos invånarna, men staden verkar inte lyssna. Samma förslag för tredje gången."),
    ("sv", "Vår dotter [[P:Vilja]] (9 år) ritade en bild av hur lekparken kunde se ut. Den finns bifogad."),
    ("sv", "Solen skiner inte ens på den här gården efter klockan 14, så varför ska man bygga ett sexvåningshus framför?"),
    ("sv", "Tack [[P:Sol]] för en klok kommentar! Precis så, belysningen är huvudproblemet."),
    ("sv", "Rektor [[P:Ann-Christin Lönnqvist]] har redan fått föräldrarnas brev, hoppas det hjälper."),
    ("sv", "Jag är inte alls enig med [[P:Kaj]]. En hundpark bredvid lekparken är ingen bra idé."),
    ("sv", "Förslaget slogs ihop med [[P:Henrik Sundbergs]] förslag om fler bänkar i Nordsjö hamn."),
    ("sv", "Hälsningar till [[P:Bettan]] som orkar städa stranden varje vår helt själv ❤️"),
    ("sv", "Fråga [[P:Pelle]] i kiosken vid torget, han vet exakt när ungdomarna samlas där."),
    ("sv", "Kontaktperson för förslaget: [[P:Ulrika Wikström]], [[E:ulrika.wikstrom@gmail.com]], [[T:044 562 8810]]"),
    ("sv", "Jag har bott på [[A:Drumsövägen 3 C 41]] sedan 1995 och aldrig sett så mycket trafik som nu."),
    ("sv", "Det står i Runebergs dikter att man ska älska sitt land, men jag tror inte han tänkte på Tölötorgs parkeringshus 😅"),
    ("sv", "Björnen i Högholmen är faktiskt en av de bästa sakerna i stan. Förslaget om en ny bro dit är bra."),
    ("sv", "[[P:Björn]] och jag röstade på det här förslaget. Hoppas det vinner."),
    ("sv", "Viola-blommorna i rabatten vid Sandvikstorget ser ut att ha frusit. Plantera något tåligare."),
    ("sv", "Öppettider: må-fr 8-20, lö 10-16. Bastun är öppen onsdagar och fredagar."),
    ("sv", "Förslaget kostar enligt staden 65 000 euro. Det går vidare till omröstningen."),
    ("sv", "Som läraren [[P:Marianne]] sa på föräldramötet: skolvägen måste vara säker innan man bygger något nytt."),
    ("sv", "Ska vi verkligen lita på vad [[P:Öhman]] lovade i nämnden? Samma sak sades redan 2020."),
    ("sv", "Svar till [[P:Tove]]: ja, planen innehåller också en ramp för rullstolar."),
    ("sv", "Tove Jansson-parken på Skatudden borde få fler bänkar, den är full varje sommardag."),
    ("sv", "Jag håller med alla ovan, utom [[P:Göran]] som tydligen tycker att barn inte behöver lekparker 🙄"),
    ("sv", "Ros till staden för snabb plogning i år! Ris till den som parkerade på cykelbanan på Stora Robertsgatan."),
    ("sv", "Min svärmor [[P:Ros-Marie]] halkade i trappan vid Kampens centrum i januari och bröt handleden. Ledstänger behövs."),
    ("sv", "Hej [[P:Linnea]]! Svar på din fråga: mötet är torsdag 14.11 kl. 18 i Arbis."),
    ("sv", "Linnean trivs i skuggan under granarna, så låt bli att hugga ner dem. Det är en av få platser där den växer här."),
    ("sv", "Bilen med registernummer [[R:ZKT-418]] har stått på gästparkeringen i tre veckor. Vem ska man kontakta?"),
    ("sv", "Förslagsställare: [[P:Ebba]] och [[P:Alva Nyström]], Botby gårds lågstadium, klass 4B."),
    ("sv", "[[P:Sussi]] och [[P:Jocke]] lovade att ta med grillen till talkot, så korv blir det 🌭"),
    ("sv", "Pappa [[P:Anders]] fick åka till jouren efter att ha cyklat ner i gropen vid Munksnäs allé. Laga den nu!"),
    ("sv", "Stadens svar: Vi har tagit emot er respons och vidarebefordrat den. Med vänliga hälsningar, [[P:Camilla]] / Kerrokantasi"),
]

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 3 (replies, dialect, quoted threads,
# booking notes, more hard negatives)
# ---------------------------------------------------------------------------
HAND_FI_3 = [
    ("fi", "@[[P:Tuulikki Saarinen]] juuri näin! Ja lisäksi meluvalli pitäisi jatkaa Kehä I:n varteen asti."),
    ("fi", "Vastaus kommenttiin #14 ([[P:Riitta]]): olen samaa mieltä, mutta rahoitus pitäisi hakea muualta kuin koulujen budjetista."),
    ("fi", "Muistan kun [[P:Sirpa]] ja [[P:Kalevi]] vielä pitivät sitä kahvilaa rannassa, silloin paikka eli. Nyt siellä ei ole mitään."),
    ("fi", "Kyselin [[P:Kimmolta]] taloyhtiön isännöitsijältä ja hänenkin mukaansa piha-alue kuuluu kaupungille, ei meille."),
    ("fi", "Kato [[P:Jonin]] kuvaa tossa ylempänä, siinä näkyy hyvin miten vesi seisoo koko pyörätiellä sateen jälkeen."),
    ("fi", "Naapurin poika [[P:Eetu]] kaatui pyörällä juuri siinä montussa viime viikolla. Ei pahasti onneksi, mutta silti."),
    ("fi", "Mä oon ollu [[P:Tuomaksen]] kans tosta samaa mieltä jo kauan: bussipysäkki pitää siirtää lähemmäs koulua."),
    ("fi", "[[P:Mirjami]] kirjoitti hyvin aiemmin. Lisäisin, että talvella rinne on niin liukas, ettei sinne pääse rollaattorilla."),
    ("fi", "Isäni [[P:Toivo]] (88 v) ei pääse enää kotoaan ulos ollenkaan talvella, koska lähin bussipysäkki on 700 metrin päässä mäen päällä."),
    ("fi", "Toivoa on vielä, eli kaavoitus ei ole lopullinen ennen lautakunnan päätöstä. Kirjoittakaa lausuntoja!"),
    ("fi", "[[P:Lumi]] (tyttäreni, 10 v) toivoo että koulun pihalle tulisi kiipeilyteline. Tämä on hänen ideansa, minä vain kirjoitin sen tänne."),
    ("fi", "Tämä vanha kunnon lumi-hanki-pakkanen-talvi on kai mennyttä, nyt on vain loskaa marraskuusta huhtikuuhun."),
    ("fi", "Eli yhteenvetona, kuten [[P:Leena]] totesi ja [[P:Matti]] vahvisti: kenttä kunnostetaan 2027, ei aiemmin."),
    ("fi", "Kirjoitan tämän [[P:Anjan]] puolesta, koska hänellä ei ole pankkitunnuksia: hän toivoo penkkiä bussipysäkille Paloheinäntien kohdalle."),
    ("fi", "Kiitos [[P:Villelle]] linkistä, en tiennyt että asukasiltojen tallenteet löytyy netistä."),
    ("fi", "Kerrokantasi-kyselyyn vastasin jo, mutta haluan vielä sanoa: Kalasataman puisto ei ole puisto jos siinä on 80 % asfalttia."),
    ("fi", "Pihla on nätti puu, mutta sen marjat sotkee koko jalkakäytävän syksyllä. Vaihtakaa lajia."),
    ("fi", "Korjaus edelliseen: tarkoitin [[P:Onnin]] koulua eli poikani koulua, en sitä toista. Pahoittelen."),
    ("fi", "VARAUS: Itäkeskuksen kirjaston ryhmätyötila 3, la 16.11. klo 10-14. Avaimet hakee [[P:Sami Heikkinen]], puh. [[T:045 113 7862]]. Laskutus yhdistykselle, tilinumero [[I:FI39 4006 0010 2855 14]]."),
    ("fi", "Vanhempainyhdistyksen puolesta: lasku ulkokuntosalin esittelytilaisuudesta voidaan maksaa tilille [[I:FI14 1234 5600 0078 95]]. Kuittaus [[P:Henna]] / rahastonhoitaja"),
    ("fi", "Kuka ihme parkkeeraa joka päivä koulun portille? Valkoinen pakettiauto, rekisteri [[R:KLP-327]]. Lapset joutuu kiertämään autotien kautta."),
    ("fi", "Hei, mulla ei ollut verkkopankkia, joten lähetän ehdotuksen näin: [[P:Raimo Kallio]], hetu [[H:281149-936S]], osoite [[A:Kirkkoherrantie 4 C 18]], 00940 Helsinki."),
    ("fi", "Palautelomake antoi virheen ja IP-osoitteeksi näytti [[IP:91.152.44.207]], onko tämä joku esto?"),
    ("fi", "Lapseni tietoja ei saa julkaista, mutta mainittakoon että hän (s. 2005, [[H:020605A1187]]) on ollut aloitteen takana alusta asti. Vai pitäisikö tuo poistaa?"),
    ("fi", "Mainio Vinkki, Prisma, K-Citymarket, Lidl - kaikki samalla ostarilla eikä yhtään pyörätelinettä."),
    ("fi", "Kannattaisi ottaa mallia Oodista: sinne on helppo tulla, ja tilaa riittää kaikille."),
    ("fi", "Sibeliuksen puistossa on ihan liian vähän roskiksia kesällä, ne on täynnä jo perjantaina puoleltapäivin."),
    ("fi", "Bussi 78 ajoi tänään pysäkin ohi klo 7.42, vaikka kolme ihmistä heilutti. Sama kuski kuin viime viikolla."),
    ("fi", "Yhteystiedot: Helsingin kaupunki, kirjaamo, PL 10, 00099 HELSINGIN KAUPUNKI. Aukioloajat ma-pe 8.15-16.00."),
    ("fi", "Sepeli-kasat on olleet Käpylän kentän laidalla elokuusta asti. Kuka ne vie pois?"),
    ("fi", "Makeaa ja suolaista: kioskin valikoima on hyvä, mutta aukioloajat on surkeat, ma-pe 10-17."),
    ("fi", "Kunhan ei tule toista Kalasataman keskusta. Se on suunnittelun helmi vain paperilla."),
    ("fi", "Ei tähän tarvita mitään kikkakolmosta, kunhan roskikset tyhjennetään kesällä kaksi kertaa viikossa eikä kerran kahdessa viikossa."),
    ("fi", "Kiitos [[P:Kaisulle]] ja [[P:Maijulle]] jotka jaksoivat jakaa flyereitä koko lauantain Malmin asemalla!"),
    ("fi", "Jos joku haluaa lisätietoja, soittakaa [[P:Päiville]] numeroon [[T:050 362 1948]] iltaisin."),
    ("fi", "Tämän ehdotuksen jätti alun perin [[P:Kaarina Lund]], mutta hän muutti Turkuun, joten minä jatkan sen ajamista. t. [[P:Ville-Pekka]]"),
    ("fi", "Ollaan [[P:Susannan]] kans pohdittu, että jos skeittiparkki tulee, niin sen viereen pitää tehdä myös istuskelupaikka vanhemmille."),
    ("fi", "[[P:Hilkka]]-tädin mukaan ennen sotia tässä oli kauppapuutarha. Ehkä siksi maa on niin hyvää, ja ehdotus viljelypalstoista on loistava."),
]

# ---------------------------------------------------------------------------
# Hand-written Finnish records, part 4 (long comments and threads)
# ---------------------------------------------------------------------------
HAND_FI_4 = [
    ("fi", "Pitkä kommentti, pahoittelut.\n\n1) Pysäköinti: [[P:Harrin]] laskelma on väärä, pihalla on 42 paikkaa eikä 60.\n2) Puusto: kuten [[P:Tuulikki]] jo sanoi, rinteen männyt ovat yli satavuotiaita.\n3) Liikenne: kysyin [[P:Virtaselta]] liikennesuunnittelusta ja hänen mukaansa uusi liittymä tulee Kivikonlaidalle, ei meidän kadullemme. Tämä pitäisi kertoa kaikille!\n\nt. [[P:Ossi]], Kivikko"),
    ("fi", "Ketjuun vielä: [[P:Sannalta]] kuulin, että asukasyhdistys on tehnyt tästä jo virallisen muistutuksen. [[P:Jarkko]] ja [[P:Sirkku]] allekirjoittivat sen hallituksen puolesta. Eli ei tarvitse jokaisen erikseen kirjoittaa, mutta kannattaa silti."),
    ("fi", "Lapsiperheen näkökulma: meillä [[P:Onni]] 9 v ja [[P:Aamu]] 6 v. Molemmat kulkee kouluun tuon alikulun läpi. Aamulla siellä on pimeää, illalla vielä pimeämpää. Aamu on meillä kiireinen eikä ehdi saattamaan joka päivä. Lamput kuntoon!"),
    ("fi", "Asuin ennen Vuosaaressa ja siellä [[P:Maken]] ja [[P:Jonnan]] kanssa perustettiin aikanaan pihakirppis, joka toimi kymmenen vuotta. Samanlaista tänne Kannelmäkeen! Tila löytyy vaikka Sitratorilta."),
    ("fi", "Hyvää työtä [[P:Rauha Lindqvist]]! Ehdotuksesi on selkeä ja perusteltu. Itse lisäisin vielä esteettömän reitin bussipysäkiltä. Rauha ja hiljaisuus säilyy kyllä, vaikka penkkejä tulisikin muutama lisää."),
    ("fi", "[[P:Satu]]-tätini asuu Puotilassa ja sanoi että sielläkin on sama ongelma: kirjastoauto ei enää pysähdy, ja iäkkäät jää ilman kirjoja. Satua lapsille lukiessa huomaa, miten tärkeä kirjasto on."),
    ("fi", "Mun mielestä [[P:Kastetta]] ei pitäis syyllistää, hän vain kysyi asiallisesti miksi suunnitelma muuttui. Kaikilla on oikeus kysyä."),
    ("fi", "Kaste-ilmiö tekee aamuisin pitkospuista liukkaita, siksi niihin pitäisi laittaa liukuesteet. Kävin katsomassa 12.10. klo 7 ja puu oli ihan märkä."),
    ("fi", "Vastaus [[P:Illalle]] ja muille kysyjille: suunnitelma-aineisto löytyy kaupungin sivuilta kohdasta Kaavoitus. Illalla on asukastilaisuus Kontulan kirjastossa klo 18."),
    ("fi", "Ilta-aurinko paistaa suoraan pihalle vain jos tuota kerrostaloa ei rakenneta. Varjostustutkimus on tehty vain kesäkuulle, ei keväälle eikä syksylle."),
    ("fi", "Tyttäreni [[P:Tähti]] (12) kirjoitti tämän ehdotuksen itse, minä vain autoin lähettämisessä. Hän toivoo että Myllypuron skeittiparkkiin saataisiin katos. Äänestäkää!"),
    ("fi", "Viesti välitetty eteenpäin:\n\n---------- Välitetty viesti ----------\nLähettäjä: [[P:Mervi Kärkkäinen]] <[[E:mervi.karkkainen@luukku.com]]>\nAihe: Re: Puistosuunnitelma\n\nHei [[P:Antti]], kiitos kun veit asiaa eteenpäin. Voisitko kysyä vielä [[P:Kososelta]], onko puiden kaato jo päätetty?\n\n- [[P:Mervi]]"),
    ("fi", "[[P:Pertti]] tuossa ylempänä kysyi, onko ehdotus jo toteutunut. Ei ole. Olin yhteydessä [[P:Lahtiseen]] kaupungilta ja hän sanoi että toteutus siirtyy ensi vuoteen. Eli taas odotetaan."),
    ("fi", "[[P:Jukkis]] tossa jo vähän kärjisti, mut on siinä pointti: jos kenttä lukitaan iltaisin, nuoret menee sitten vaan ostarille."),
    ("fi", "Olen kuullut [[P:Tepasta]] ja [[P:Kikasta]] paljon hyvää - he ovat vetäneet lasten sählyä vapaaehtoisina vuosia. Kannatan heidän ehdotustaan kenttävalaistuksesta."),
    ("fi", "Kotikatu: Vanha Porvoontie. Ei numeroa, koska en halua tänne omaa osoitettani. Liikennemäärä on kasvanut valtavasti sen jälkeen kun Kehä III:n liittymä avattiin."),
    ("fi", "Tämä ei ole mikään satu: Lauttasaaren siltaa on korjattu kolme vuotta ja vieläkin pyöräilijät ohjataan ajoradalle."),
    ("fi", "Ääni annettu! Mut hei, mitä tapahtui sille [[P:Lassen]] ehdotukselle kuntoportaista? Se oli tosi hyvä."),
]

# ---------------------------------------------------------------------------
# Small generators (the minority of the block)
# ---------------------------------------------------------------------------
# Finnish names with their case forms:
# nom, gen, part, ade, all, abl, ela, ill, ess
_FI_NAMES = [
    ("Tuulikki", "Tuulikin", "Tuulikkia", "Tuulikilla", "Tuulikille", "Tuulikilta", "Tuulikista", "Tuulikkiin", "Tuulikkina"),
    ("Harri", "Harrin", "Harria", "Harrilla", "Harrille", "Harrilta", "Harrista", "Harriin", "Harrina"),
    ("Satu", "Sadun", "Satua", "Sadulla", "Sadulle", "Sadulta", "Sadusta", "Satuun", "Satuna"),
    ("Lumi", "Lumin", "Lumia", "Lumilla", "Lumille", "Lumilta", "Lumista", "Lumiin", "Lumina"),
    ("Toivo", "Toivon", "Toivoa", "Toivolla", "Toivolle", "Toivolta", "Toivosta", "Toivoon", "Toivona"),
    ("Pekka", "Pekan", "Pekkaa", "Pekalla", "Pekalle", "Pekalta", "Pekasta", "Pekkaan", "Pekkana"),
    ("Jukkis", "Jukkiksen", "Jukkista", "Jukkiksella", "Jukkikselle", "Jukkikselta", "Jukkiksesta", "Jukkikseen", "Jukkiksena"),
    ("Sepe", "Sepen", "Sepeä", "Sepellä", "Sepelle", "Sepeltä", "Sepestä", "Sepeen", "Sepenä"),
    ("Kikka", "Kikan", "Kikkaa", "Kikalla", "Kikalle", "Kikalta", "Kikasta", "Kikkaan", "Kikkana"),
    ("Usva", "Usvan", "Usvaa", "Usvalla", "Usvalle", "Usvalta", "Usvasta", "Usvaan", "Usvana"),
    ("Ilta", "Illan", "Iltaa", "Illalla", "Illalle", "Illalta", "Illasta", "Iltaan", "Iltana"),
    ("Kaste", "Kasteen", "Kastetta", "Kasteella", "Kasteelle", "Kasteelta", "Kasteesta", "Kasteeseen", "Kasteena"),
    ("Make", "Maken", "Makea", "Makella", "Makelle", "Makelta", "Makesta", "Makeen", "Makena"),
    ("Sulo", "Sulon", "Suloa", "Sulolla", "Sulolle", "Sulolta", "Sulosta", "Suloon", "Sulona"),
    ("Tähti", "Tähden", "Tähteä", "Tähdellä", "Tähdelle", "Tähdeltä", "Tähdestä", "Tähteen", "Tähtenä"),
    ("Marja-Liisa", "Marja-Liisan", "Marja-Liisaa", "Marja-Liisalla", "Marja-Liisalle", "Marja-Liisalta", "Marja-Liisasta", "Marja-Liisaan", "Marja-Liisana"),
    ("Virtanen", "Virtasen", "Virtasta", "Virtasella", "Virtaselle", "Virtaselta", "Virtasesta", "Virtaseen", "Virtasena"),
    ("Nieminen", "Niemisen", "Niemistä", "Niemisellä", "Niemiselle", "Niemiseltä", "Niemisestä", "Niemiseen", "Niemisenä"),
    ("Tepa", "Tepan", "Tepaa", "Tepalla", "Tepalle", "Tepalta", "Tepasta", "Tepaan", "Tepana"),
    ("Valo", "Valon", "Valoa", "Valolla", "Valolle", "Valolta", "Valosta", "Valoon", "Valona"),
]

_CASE_INDEX = {"nom": 0, "gen": 1, "part": 2, "ade": 3, "all": 4, "abl": 5, "ela": 6, "ill": 7, "ess": 8}

_FI_TEMPLATES = [
    ("nom", "Samaa mieltä kuin {n} yllä. {t}"),
    ("nom", "kuten {n} sanoi, {t_low}"),
    ("nom", "{n} on tässä täysin oikeassa. {t}"),
    ("nom", "{n} kirjoitti jo olennaisen, mutta toistan: {t_low}"),
    ("gen", "Olen {n} kanssa samaa mieltä. {t}"),
    ("gen", "Kannatan {n} ehdotusta! {t}"),
    ("gen", "{n} kommentti ylempänä on hyvä. {t}"),
    ("part", "En ymmärrä {n}, miksi tätä vastustetaan? {t}"),
    ("part", "Tuen {n} tässä asiassa. {t}"),
    ("ade", "{n} oli hyvä pointti tuosta valaistuksesta. {t}"),
    ("ade", "Onko {n} vielä ne kuvat tallessa? {t}"),
    ("all", "Vastaus {n}: {t_low}"),
    ("all", "Kiitos {n} aktiivisuudesta! {t}"),
    ("abl", "Kysyin {n} asiasta ja vastaus oli sama: {t_low}"),
    ("abl", "Kuulin {n} että asukasilta siirtyy. {t}"),
    ("ela", "Puhuttiin {n} eilen pihalla, ja hänkin on huolissaan. {t}"),
    ("ela", "Tiedän {n} sen verran, että hän on asunut täällä pitkään. {t}"),
    ("ill", "Otin yhteyttä {n} ja hän lupasi viedä asiaa eteenpäin. {t}"),
    ("ill", "Luotan {n} tässä, hän tuntee alueen. {t}"),
    ("ess", "Täällä hänet tunnetaan {n}, mutta asiaan: {t_low}"),
]

_FI_TAILS = [
    "Puistoa ei pidä rakentaa täyteen.",
    "Pyöräkaista pitää erottaa ajoradasta kivetyksellä.",
    "Leikkipuiston aitaa ei ole korjattu kahteen vuoteen.",
    "Bussipysäkille tarvitaan katos ja penkki.",
    "Koulun edessä ajetaan ihan liian lujaa.",
    "Roskikset on täynnä jo perjantaina.",
    "Talvella rinne on niin liukas ettei siellä pysy pystyssä.",
    "Koirapuisto ei sovi leikkipuiston viereen.",
    "Metsää ei saa kaataa, se on lasten ainoa lähimetsä.",
    "Uimarannalle tarvitaan lisää valvontaa kesällä.",
    "Nuorille pitää olla iltaisin joku paikka olla.",
    "Katuvalot on olleet rikki lokakuusta asti.",
]

# Swedish names: (nominative, genitive)
_SV_NAMES = [
    ("Mikaela", "Mikaelas"), ("Stefan", "Stefans"), ("Birgitta", "Birgittas"), ("Kaj", "Kajs"),
    ("Linnea", "Linneas"), ("Stig", "Stigs"), ("Vilja", "Viljas"), ("Bo", "Bos"),
    ("Henrik", "Henriks"), ("Micke", "Mickes"), ("Ulla-Britt", "Ulla-Britts"), ("Jonas", "Jonas"),
]

_SV_TEMPLATES = [
    ("nom", "Håller med {n} ovan. {t}"),
    ("nom", "Som {n} skrev: {t_low}"),
    ("nom", "{n} har helt rätt. {t}"),
    ("gen", "{n} förslag är det bästa hittills. {t}"),
    ("gen", "Jag stöder {n} kommentar. {t}"),
    ("nom", "Svar till {n}: {t_low}"),
]

_SV_TAILS = [
    "Parken ska inte bebyggas.",
    "Cykelbanan måste skiljas från bilvägen.",
    "Busshållplatsen behöver ett tak.",
    "Det körs alldeles för fort framför skolan.",
    "Gatubelysningen har varit trasig sedan oktober.",
    "Ungdomarna behöver en plats att vara på kvällarna.",
]


def _low(s):
    return s[0].lower() + s[1:]


def _gen_fi_replies(rng, count):
    out = []
    for _ in range(count):
        name = rng.choice(_FI_NAMES)
        case, tpl = rng.choice(_FI_TEMPLATES)
        form = name[_CASE_INDEX[case]]
        tail = rng.choice(_FI_TAILS)
        text = tpl.format(n="[[P:%s]]" % form, t=tail, t_low=_low(tail))
        if text.startswith("[[P:"):
            pass
        elif rng.random() < 0.25:
            text = text[0].lower() + text[1:]
        if rng.random() < 0.3:
            text += rng.choice([" 👍", " Kiitos.", " T. naapuri", " -asukas"])
        out.append(("fi", text))
    return out


def _gen_sv_replies(rng, count):
    out = []
    for _ in range(count):
        nom, gen = rng.choice(_SV_NAMES)
        case, tpl = rng.choice(_SV_TEMPLATES)
        form = nom if case == "nom" else gen
        tail = rng.choice(_SV_TAILS)
        text = tpl.format(n="[[P:%s]]" % form, t=tail, t_low=_low(tail))
        if rng.random() < 0.25:
            text += rng.choice([" 👍", " /granne", " Mvh en förälder"])
        out.append(("sv", text))
    return out


# Hard negatives: the same name-words as ordinary words, places, numbers.
_NEG_FI_OPENERS = [
    "Toivo on, että {thing} korjataan ennen {season}.",
    "Onni oli matkassa, kun {thing} hajosi yöllä eikä kukaan ollut paikalla.",
    "Lumi sulaa ja {thing} on taas ihan mutavellissä.",
    "Tuuli on rannassa niin kova, että {thing} on talvella ihan jäässä.",
    "Valo ei riitä: {thing} on pimeänä koko illan.",
    "Usva nousee aamuisin niin sakeana, ettei {thing} näy ollenkaan.",
    "Rauha on mennyt, kun {thing} rakennettiin.",
    "Into on kova, mutta {thing} on yhä korjaamatta.",
    "Ilta-aurinko paistaa suoraan silmiin juuri siinä, mistä {thing} alkaa.",
    "Kaste on aamuisin niin runsas, että {thing} on liukas kuin saippua.",
    "Satu tai ei, mutta {thing} oli ennen paljon paremmassa kunnossa.",
    "Armas kotikaupunki, miksi {thing} on yhä tuossa kunnossa?",
]

_NEG_FI_THINGS = [
    "Mäkelänkadun pyörätie", "Itäväylän alikulku", "Kaisaniemen puiston portti", "Kumpulan kartanon aita",
    "Vuosaaren sataman kevyen liikenteen silta", "Töölönlahden rantareitti", "Tapiolan uimahallin piha",
    "Tikkurilan aseman laituri", "Arabianrannan leikkipuisto", "Keskuspuiston latu",
    "Herttoniemen rannan uimalaituri", "Malmin lentokentän ulkoilureitti", "Pasilan aseman itäinen sisäänkäynti",
    "Hakaniemen torin pyöräparkki",
]

_NEG_FI_SEASONS = ["ensi talvea", "kesää", "juhannusta", "koulujen alkua", "joulua"]

_NEG_FI_CLOSERS = [
    "Linja {bus} on myös jatkuvasti myöhässä.",
    "Palautteen tunnus {ref}.",
    "Korjaus maksaisi arviolta {price} euroa.",
    "Ilmoitin tästä jo {date}.",
    "Postinumero {zip}, jos sillä on väliä.",
    "Asukasilta {date} klo 18.",
]


def _gen_fi_negatives(rng, count):
    out = []
    for _ in range(count):
        text = rng.choice(_NEG_FI_OPENERS).format(
            thing=rng.choice(_NEG_FI_THINGS), season=rng.choice(_NEG_FI_SEASONS))
        closer = rng.choice(_NEG_FI_CLOSERS).format(
            bus=rng.choice(["55", "78", "506", "560", "18N", "23"]),
            ref="HEL-%d-%06d" % (rng.choice([2025, 2026]), rng.randint(1000, 999999)),
            price="%d %03d" % (rng.randint(5, 240), rng.choice([0, 500, 0, 250])),
            date="%d.%d." % (rng.randint(1, 28), rng.randint(1, 12)),
            zip=rng.choice(["00500", "00940", "00980", "01300", "02100"]))
        out.append(("fi", text + " " + closer))
    return out


_NEG_SV = [
    "Hoppet är att {thing} blir lagad före vintern.",
    "Solen bländar när man cyklar förbi {thing} på eftermiddagen.",
    "Det finns ingen stig förbi {thing}, man måste gå på bilvägen.",
    "Vi som bor nära {thing} vill ha lugn och ro på kvällarna.",
]

_NEG_SV_THINGS = ["Tölöviken", "Brändö bro", "Kampens centrum", "Botby gård", "Nordsjö hamn", "Sumparn"]


def _gen_sv_negatives(rng, count):
    out = []
    for _ in range(count):
        text = rng.choice(_NEG_SV).format(thing=rng.choice(_NEG_SV_THINGS))
        text += " " + rng.choice([
            "Buss %s går för sällan." % rng.choice(["20", "55", "58", "90"]),
            "Ärendenummer HEL-2026-%06d." % rng.randint(1000, 999999),
            "Kostnaden är ca %d 000 euro." % rng.randint(10, 200),
        ])
        out.append(("sv", text))
    return out


# Booking / contact notes with every label family
_CONTACT_PEOPLE = [
    ("Anneli Koskinen", "Annelille", "anneli.koskinen@elisanet.fi"),
    ("Jari Mattila", "Jarille", "jari.mattila70@gmail.com"),
    ("Heidi Räsänen", "Heidille", "heidi.rasanen@outlook.com"),
    ("Markku Ojala", "Markulle", "m.ojala@kolumbus.fi"),
    ("Sari Peltonen", "Sarille", "sari.peltonen@hotmail.com"),
]

_CONTACT_STREETS = [
    "Mannerheimintie", "Hämeentie", "Kaarelantie", "Itäväylä", "Tapiolantie", "Myyrmäentie",
    "Siilitie", "Kontulantie", "Ruusulankatu", "Vuosaarentie",
]


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    if rng.random() < 0.4:
        return "+358 %s %03d %04d" % (pre[1:], rng.randint(100, 999), rng.randint(0, 9999))
    return "%s %03d %04d" % (pre, rng.randint(100, 999), rng.randint(0, 9999))


def _gen_contacts(rng, count):
    out = []
    for _ in range(count):
        full, allat, mail = rng.choice(_CONTACT_PEOPLE)
        first = full.split()[0]
        addr = "%s %d %s %d" % (rng.choice(_CONTACT_STREETS), rng.randint(1, 60),
                                rng.choice("ABCD"), rng.randint(1, 80))
        form = rng.randrange(3)
        if form == 0:
            text = ("Avaimet hakee [[P:%s]], puh. [[T:%s]]. Varaus la klo 10-14, asukastila." % (full, _phone(rng)))
        elif form == 1:
            text = ("Ehdotuksen yhteyshenkilö [[P:%s]], [[A:%s]], [[E:%s]]. Lisätietoja saa myös soittamalla [[P:%s]]." % (
                full, addr, mail, allat))
        else:
            text = ("Kysymykset [[P:%s]]: [[E:%s]] tai [[T:%s]]. Terv. [[P:%s]]" % (
                allat, mail, _phone(rng), first))
        out.append(("fi", text))
    return out


def records():
    rng = random.Random(SEED)
    out = []
    out.extend(HAND_FI_1)
    out.extend(HAND_FI_2)
    out.extend(HAND_SV)
    out.extend(HAND_FI_3)
    out.extend(HAND_FI_4)
    out.extend(_gen_fi_replies(rng, 36))
    out.extend(_gen_sv_replies(rng, 10))
    out.extend(_gen_fi_negatives(rng, 22))
    out.extend(_gen_sv_negatives(rng, 6))
    out.extend(_gen_contacts(rng, 6))
    unique = []
    for rec in out:
        if rec not in unique:
            unique.append(rec)
    return unique
