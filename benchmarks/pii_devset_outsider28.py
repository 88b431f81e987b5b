"""Blind evaluation block 28 for the personal-data scrubber.

Written by helper "outsider 28" on 2026-12-07.

Blindness: while writing this block I did not open, list, grep, cat or run anything under
/work/main/harvester/, /work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py file,
or /work/scratch/ (apart from the one brief I was told to read). I ran no git command, did not run the
scrubber and did not run any evaluation. The texts come from the brief and my own knowledge of how
Helsinki residents write to the city.

Focus: Open311 feedback messages to the City of Helsinki, about 65 % Finnish, 20 % Swedish and 15 %
English, as an ordinary month of feedback: snow and gritting, streets, parks, noise, parking, public
transport (HSL, trams, buses, metro), schools and day care, libraries and sports halls. Most messages name
no one; many carry the writer's own name and contact details in a signature or contact line; some name
neighbours, staff, drivers or teachers; a few give a home address with a flat, a car's plate, a bank
account for a refund, or a personal identity code (HETU) for a refund or a day-care matter. Styles vary:
all lower case, all capitals, no punctuation, long run-on messages, very short ones, forwarded e-mails
with headers (Lähettäjä:, Från:, From:, Päivämäärä:, Aihe:), lists. About a third are hard negatives
with no personal data: street names without numbers, districts (Kallio, Töölö, Malmi, Koskela, Pasila),
city services and companies (HSL, Stara, Helen, Elisa, HKL, Kela), famous people, places named after
people, case and reference numbers, bus lines, prices, opening hours, and Finnish / Swedish / English
words that are also first names (Lumi, Tuuli, Valo, Onni, Toivo, Wilma, Helmet, Saga, Bill, Will ...).

Seed: 2828 (random.Random(SEED) is the only source of randomness; the generators draw in a fixed order).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P a person's name (first name,
surname, full name, nickname, initials joined to a name; any case; English possessive 's, Swedish
genitive -s and Finnish case endings inside the span; role words and titles such as Mr., Ms., rouva,
naapuri, rektor, Dr. outside), E e-mail address, T phone number (whole number, country code included),
H Finnish personal identity code (HETU), I IBAN or bank account number, R vehicle licence plate,
IP IP address, A street address with a house number (street + number + staircase + flat; postal code and
city outside; a street name without a number is not marked). Famous people and names of streets, parks,
buildings and brands are not marked.
"""

import datetime
import random
import re

SEED = 2828

_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(rng, year_from, year_to):
    """A valid-looking HETU with a correct check character."""
    year = rng.randint(year_from, year_to)
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    num = rng.randint(2, 899)
    sign = "-" if year < 2000 else "A"
    base = "%02d%02d%02d" % (day, month, year % 100)
    check = _HETU_CHARS[int(base + "%03d" % num) % 31]
    return "%s%s%03d%s" % (base, sign, num, check)


def _iban(rng, spaced):
    """A Finnish IBAN (FIkk + 14 digits) with correct check digits."""
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = int("".join(str(int(c, 36)) for c in bban + "FI00"))
    iban = "FI%02d%s" % (98 - num % 97, bban)
    if spaced:
        return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
    return iban


_TAG = re.compile(r"(\[\[(?:IP|[PETHIRA]):)(.*?)(\]\])")


def _recase(text, mode):
    """Upper- or lower-case a marked text without touching the label tags."""
    if mode not in ("upper", "lower"):
        return text
    out = []
    pos = 0
    for m in _TAG.finditer(text):
        plain = text[pos:m.start()]
        inner = m.group(2)
        out.append(plain.upper() if mode == "upper" else plain.lower())
        out.append(m.group(1))
        out.append(inner.upper() if mode == "upper" else inner.lower())
        out.append(m.group(3))
        pos = m.end()
    rest = text[pos:]
    out.append(rest.upper() if mode == "upper" else rest.lower())
    return "".join(out)


# ---------------------------------------------------------------------------
# Finnish, written by hand
# ---------------------------------------------------------------------------

_FI_HAND = [
    # --- snow, ice, gritting ---
    "Kaarlenkadun jalkakäytävä on taas ihan luistinrata, kukaan ei ole hiekoittanut kolmeen päivään. Vanhukset ei uskalla lähteä ulos. Toivottavasti Stara hoitaa tämän pian.",
    "lumi on aurattu suoraan meidän pyörätelineiden päälle porvoonkadun ja helsinginkadun kulmassa, ei pääse pyörillä mihinkään. t. [[P:Jukka Lehtinen]] [[T:040 718 2294]]",
    "AURAUSKONE KÄVI TÄNÄÄN KLO 5.40 JA HERÄTTI KOKO TALON. ONKO PAKKO AJAA NIIN AIKAISIN ASUINKADULLA. TERVEISIN [[P:RAILI KOSKINEN]]",
    "Hei, Koskelantien bussipysäkillä (suuntaan Käpylä) on metrin korkuinen lumivalli pysäkin edessä ja bussiin joutuu kiipeämään vallin yli. Lastenvaunujen kanssa mahdotonta. Pysäkin tunnus H2234.",
    "Asun osoitteessa [[A:Malminkaari 19 C 47]], 00700 Helsinki. Talomme edessä oleva kevyen liikenteen väylä on auraamatta jo viikon. Kiinteistöhuolto sanoo että se kuuluu kaupungille. Kuka tämän hoitaa? [[P:Eeva-Liisa Rantanen]], puh. [[T:050 331 8820]]",
    "Lumi tuli taas ja Töölöntorin ympäristössä kulkeminen on ihan mahdotonta. Aurausvallit on niin korkeita ettei suojatielle näe autoja.",
    "katuvalot ei toimi pasilankadulla koko pätkällä, pimeää ja liukasta. Valo sammui jo viime viikon tiistaina.",
    "Hiekoitussepeli jätettiin keväällä kaduille ja nyt toukokuussa se pölisee ikkunoista sisään. Milloin Vaasankatu harjataan? Ja Fleminginkatu myös.\n- [[P:Kimmo Ahola]], Kallio",
    "Moi! Meidän kadulla ([[A:Käpyläntie 8 A 3]]) aura-auto kaatoi postilaatikon ja aidan. Kuvat liitteenä. Korvaako kaupunki vai urakoitsija? Yst. [[P:Timo]] ja [[P:Satu Heikkilä]] [[E:satu.heikkila@gmail.com]]",
    "Tuuli kaatoi ison koivun Alppipuistossa kävelytien poikki, kulku on estynyt. Ei ketään loukkaantunut mutta kannattaa tulla katsomaan ennen pimeää.",
    "Jäätä katolla! Helsinginkadulla yhden talon räystäältä roikkuu isoja jääpuikkoja suoraan jalkakäytävän yläpuolella. Ei numeroa muista, se vaaleanpunainen talo Kallion kirjaston lähellä.",
    "Liukastuin 14.1. Sturenkadulla bussipysäkin kohdalla ja ranne murtui. Jalkakäytävää ei ollut hiekoitettu. Haluan tehdä vahingonkorvaushakemuksen. [[P:Marjatta Salo]], [[A:Sturenkatu 27 B 19]], 00510 Helsinki, hetu [[H:160448-580M]], tilinumero [[I:FI54 7559 6190 6227 05]]. Lääkärintodistus tulee postissa.",

    # --- streets, construction, traffic ---
    "Hämeentien remontti on kestänyt ikuisuuden. Milloin pyörätiet valmistuu?",
    "Mechelininkadun ja Runeberginkadun risteyksessä liikennevalot vaihtaa jalankulkijoille vihreään niin lyhyeksi ajaksi ettei kävelykeppien kanssa ehdi yli. Ei voi olla tarkoitus.",
    "kuoppa tiessä mäkelänkatu koskelan kohdalla rikkoi vanteen. kuka korvaa??? [[P:mikko aaltonen]] [[T:0449871230]]",
    "Hei! Asukastoiveena: voisiko Kumpulantielle saada hidasteen koulun kohdalle? Autot ajaa aamuisin ihan liian kovaa ja lapset menee tien yli. Olen huomannut saman myös Limingantiellä.",
    "Roskis on ollut täynnä kaksi viikkoa Kallion Karhupuistossa. Lokit levittää roskat pitkin nurmikkoa. Vastaus pls [[E:jaana.rautio@gmail.com]]",
    "Rakennustyömaan aita on kaatunut Ratapihantiellä jalkakäytävälle ja siitä pitää kiertää ajoradan kautta. Yhteyshenkilöksi työmaataulussa on merkitty [[P:Kari Nurmi]] puh [[T:040 552 1934]] mutta hän ei vastaa.",
    "Tietyömaan opasteet Pohjolankadulla ohjaa pyöräilijät suoraan bussikaistalle. Vaarallista.",
    "Asemapäällikönkadulla on jätetty sähköpotkulaudat kasaan keskelle jalkakäytävää ja näkövammaisena en pääse ohi. Voin antaa lisätietoa: [[P:Pirjo Virtanen]], [[E:pirjo.virtanen@elisanet.fi]]",
    "Itäkadulla Itäkeskuksen kohdalla suojatien maalaukset on kuluneet täysin pois. Toivon että ne uusitaan keväällä.",
    "MIKSI KAIKKI KADUT KAIVETAAN AUKI YHTÄ AIKAA?? TÖÖLÖSSÄ EI PÄÄSE MINNEKÄÄN",

    # --- parks, playgrounds, nature ---
    "Sinebrychoffin puiston leikkipaikan keinu on rikki, ketju katkennut. Lapsi melkein putosi.",
    "Kiitos Tähtitorninvuoren uusista penkeistä! Ihana paikka istua iltaisin.",
    "Koirapuistossa Koskelassa portin salpa ei pysy kiinni ja koirat pääsee karkuun. Naapurin Hertta (bordercollie) juoksi eilen Koskelantielle, onneksi auto ehti jarruttaa. Omistaja [[P:Liisa Mäkelä]] sanoi että hän on ilmoittanut tästä jo kesällä.",
    "Vanhankaupunginkosken rannassa on joku dumpannut huonekaluja ja patjoja metsään. Sijainti kartalla liitteessä.",
    "puistossa on rotta ongelma. ei pelkästään yksi vaan kymmeniä. alppila",
    "Hei! Ilmoitan että Kivikon ulkoilupuiston latu on tosi huonossa kunnossa, pohja jäinen ja uraa ei ole ajettu. Hyvä lumitalvi mutta latuja ei hoideta. Terv. hiihtäjä",
    "Pakilan puistossa joku on kaatanut nuoria puita, kolme kappaletta. Tapahtui luultavasti lauantain ja sunnuntain välisenä yönä. Ilmoittaja [[P:Veikko Partanen]], [[T:050 449 7781]]",
    "Vanhempi naapurini rouva [[P:Aune Lindqvist]] pyysi minua ilmoittamaan: hänen ikkunansa alla oleva puiston lyhty on vilkkunut jo kuukauden ja valo häiritsee unta. Hänellä ei ole nettiä. Osoite [[A:Kirkonkyläntie 12 A 5]], yhteydet minuun: [[P:Jari Holmström]] [[T:+358 45 672 0091]]",
    "Onni oli matkassa kun huomasin että leikkipuiston liukumäessä oli irtonainen ruuvi, otin sen pois ennen kuin kukaan satutti itseään. Leikkipuisto Linnunlaulu? Ei vaan se toinen, Brahenpuisto. Kannattaa tarkistaa kaikki ruuvit.",

    # --- noise ---
    "Naapurissa ([[A:Vaasankatu 14 B 22]]) soitetaan musiikkia joka yö kolmeen asti. Isännöitsijä ei tee mitään. Voiko kaupunki puuttua?",
    "Lehtipuhallin huutaa joka aamu seitsemältä Mäkelänkadun pihoilla, ja se on Staran vai jonkun yksityisen firman? Oikeasti, haravat on olemassa.",
    "Paalutus Kalasataman työmaalla alkoi tänään klo 6.30 vaikka lupa on klo 7 alkaen. Koko Sörnäisten rantatie tärisee. Asun osoitteessa [[A:Sörnäisten rantatie 25 A 30]] ja pieni lapsi herää joka aamu.",
    "Meluhaitta: Pihlajamäen ostarin edessä nuoriso kokoontuu iltaisin mopojen kanssa ja pärinä jatkuu puoleenyöhön. Poliisille ilmoitettu monta kertaa. [[P:Seppo Hyvönen]], [[E:seppo.hyvonen@luukku.com]]",
    "Kesäisin Kaivopuistossa on konsertteja ja se on ok mutta nyt oli äänentoisto niin kova että ikkunat helisi Eirassa asti. Tapahtuman järjestäjälle terveisiä.",
    "naapurin koira haukkuu koko päivän kun omistajat on töissä. yläkerran asukas [[P:Pekka]], rappu b, ei suostu puhumaan asiasta. mitä voin tehdä",

    # --- parking ---
    "Sain pysäköintivirhemaksun vaikka asukaspysäköintitunnus oli tuulilasissa. Maksun numero 1234-0099-5512. Auto [[R:KTL-482]]. Pyydän oikaisua. [[P:Antti Korhonen]], [[T:045 123 9987]]",
    "Kallion pysäköintialueella H on joku auto ollut paikallaan jo kolme kuukautta, renkaat tyhjinä. Rekisterinumero [[R:ZXP-19]]. Voisiko sen siirtää?",
    "Pysäköinninvalvonta ei koskaan käy meidän kadulla vaikka autot pysäköi suojateiden päälle joka päivä. Kustaankatu, Alppiharju.",
    "PYSÄKÖINTIAUTOMAATTI RIKKI RUNEBERGINKADULLA TÖÖLÖN TORIN PUOLELLA. NÄYTTÖ PIMEÄ.",
    "Hei, autoni ([[R:GJE-715]]) hinattiin 3.10. Kapteeninkadulta vaikka kadulla ei ollut mitään siirtokehotusta. Kuitti siirrosta 205 €. Haluan rahat takaisin tilille [[I:FI9369088922531056]]. [[P:Heidi Saarinen]] [[T:040-8872106]]",
    "Moikka, onko mahdollista saada pysäköintitunnus kotihoitajalle? Äitini [[P:Elsa Heinonen]] asuu osoitteessa [[A:Castréninkatu 6 A 11]] ja kotihoito käy neljästi päivässä eikä hoitajat löydä parkkipaikkaa. Ystävällisin terveisin [[P:Kirsi Heinonen]]",
    "Ohjeistus Easyparkin ja kaupungin oman pysäköintisovelluksen välillä on sekava. Mikä sovellus on virallinen? Maksoin 4,20 € kahdesti.",

    # --- public transport ---
    "Bussi 55 ei pysähtynyt Koskelan pysäkillä vaikka heilutin kättä. Kello oli 7.48, auto oli täynnä mutta ei täysi.\n[[P:Hannele]]",
    "Raitiovaunu 7 oli tänään 20 minuuttia myöhässä Pasilassa eikä näytöillä lukenut mitään. HSL:n sovelluskin näytti että vaunu tulee 2 minuutin päästä koko ajan.",
    "Linjan 506 kuljettaja oli tosi ystävällinen ja odotti kun juoksin pysäkille rollaattorin kanssa. Kiitos! Nimikyltissä luki [[P:Jari]] ehkä, en ole varma.",
    "Kuljettaja [[P:Tero Laaksonen]] (linja 70, tänään klo 16.05 Malmin asemalta) ajoi niin rajusti että vanha mies kaatui bussissa. Hän ei edes pysähtynyt kysymään. Olen valmis todistamaan. [[P:Annika Berg]], [[T:050 449 2031]]",
    "Metro Itäkeskukseen oli taas täynnä ja hissi ei toiminut. Kuinka monta kertaa tästä pitää ilmoittaa?\nt. [[P:Pentti Rajala]] [[T:0400 812 334]]",
    "HKL:n aikaan nää asiat hoitui paremmin. Nykyään ratikkapysäkit on likaisia ja katoksista puuttuu laseja.",
    "matkakortti jäi lukijaan jumiin bussissa 550 ja sitä ei saatu irti. kortin numero 9246 3001 2234 5578. saldo 40 e. kuka korvaa? [[E:ville.k88@hotmail.com]]",
    "Koulumatkalipun hakemus on jumissa. Lapsen nimi [[P:Eino Tuominen]], syntymäaika 18.1.2021? ei vaan henkilötunnus [[H:180121A856E]]... anteeksi väärä lapsi, [[P:Eino]] on syntynyt 2014. Soittakaa [[T:044 719 3302]] niin selvitetään. [[P:Maija Tuominen]]",
    "Raitiolinja 15 on tosi hyvä, kiitos! Mutta Pasilan pysäkin infonäyttö näyttää väärää aikaa.",
    "Bussin 78 kuljettaja kielsi lastenvaunujen kanssa nousemisen vaikka vaunupaikka oli tyhjä. Autonumero oli 1207, Kallion suuntaan klo 13.20. Kiitos jos selvitätte.",

    # --- schools and day care ---
    "Päiväkoti Pikku-Pasilan portti jää auki ja pihalta pääsee suoraan kadulle. Meidän poika [[P:Leevi]] oli eilen jo puoliksi kadulla kun hoitaja huomasi. Ei hoitajien vika, portti on rikki. [[P:Johanna Kallio]], [[T:041 330 2287]]",
    "Hakemus varhaiskasvatukseen: lapsi [[P:Aada Nieminen]] [[H:230121A287A]], toivottu aloitus 1.8. Toive päiväkoti Koskelan läheltä. Huoltaja [[P:Tuomas Nieminen]], [[A:Koskelantie 38 C 41]], [[T:050 912 4456]], [[E:tuomas.nieminen@outlook.com]]",
    "Asiakasmaksu on laskutettu heinäkuulta vaikka lapsi oli koko kuukauden lomalla ja ilmoitimme sen ajoissa. Lapsen hetu [[H:270716A541M]]. Palautus tilille [[I:FI05 0408 9220 2846 65]] (tilinomistaja [[P:Laura Hämäläinen]]).",
    "Koulun ruoka on ollut kylmää koko syksyn, lapset kertoo. Aleksis Kiven peruskoulu, 3.-luokkalaiset.",
    "Wilma ei toimi taas. Tämä on kolmas kerta tällä viikolla.",
    "Opettaja [[P:Heikki Mattila]] huusi lapselleni koko luokan edessä ja nimitteli. Rehtori ei ole vastannut viesteihini. Pyydän että asia käsitellään. Terveisin [[P:Sanna Ojala]] (äiti), [[E:sanna.ojala@gmail.com]]",
    "Koulukuljetustaksi ei tullut tänään ollenkaan, ja [[P:Iidan]] piti kävellä kahden kilometrin matka pakkasessa. Taksiyhtiö väitti että tilaus puuttui.",
    "Hei, kiitos Kalasataman koulun opettajille hienosta joulujuhlasta! Myös Oodin kirjastoauto kävi koululla, lapset innoissaan.",
    "lapseni [[P:onni]] on ollut päiväkoti myllypurossa nyt kaksi vuotta ja nyt yhtäkkiä hoitopaikka siirretään jonnekin muualle ilman mitään perusteluja. mitä ihmettä. [[P:henna virtanen]] [[T:0400 556 782]]",
    "Päiväkodin henkilökunta vaihtuu jatkuvasti, lapset ei ehdi kiintyä keneenkään. Ei kritiikkiä työntekijöille vaan johdolle ja palkkaukselle. Huoltaja [[P:Mervi Kosonen]], [[E:mervi.kosonen@gmail.com]]",
    "Ilmoitan että tyttäreni [[P:Ella Laine]] ei enää tarvitse erityisruokavaliota (maitoallergia parantunut). Lapsen ryhmä Kuukkelit, päiväkoti Vanhakaupunki.",

    # --- libraries, sports halls ---
    "Oodin kolmannen kerroksen vessat on olleet epäkunnossa viikon.",
    "Pasilan kirjaston lukusalissa on aivan liian kylmä. Toivon että lämpötilaa nostetaan edes vähän.\n\nTerveisin [[P:Emilia Kurki]]",
    "Helmet-kirjastokortti katosi, voiko sen kuolettaa tätä kautta? Kortin omistaja [[P:Irja Peltonen]], syntynyt 1948, puhelin [[T:09 728 4401]]",
    "Kirjastotäti Malmin kirjastossa oli ihan paras! [[P:Riitta]] auttoi mua hakemaan töitä koneella koko iltapäivän. Kiitos hänelle.",
    "Töölön kisahallin kuntosalin juomapiste rikki. Myös pukuhuoneen suihku nro 4. [[P:Jouni Lahtinen]]",
    "Myllypuron liikuntamyllyn vuorovaraukset meni taas niin että meidän junioreiden vuoro annettiin aikuisten sählyporukalle. Valmentaja [[P:Marko Lindroos]] [[T:040 661 2738]] [[E:marko.lindroos@kolumbus.fi]]",
    "Kumpulan maauimalan avautumisaika? Viime vuonna se aukesi toukokuussa, nyt ei ole mitään tietoa. Sivuilla lukee vielä talvikauden aukioloajat ma-pe 6.30-21.",
    "URHEILUHALLIT KALLIO: SAUNA KYLMÄ JO KOLMATTA PÄIVÄÄ. KERTALIPPU MAKSAA 6,50 E JA SAUNA EI TOIMI. HALUAN RAHAT TAKAISIN",
    "Malmin uimahallissa yksi valvoja (nimeltään [[P:Jussi]] tms) nauroi kun lapseni pelkäsi hypätä hyppytornista. Ei kovin pedagogista.",
]

_FI_HAND += [
    # --- forwarded e-mails ---
    "Lähettäjä: [[P:Pertti Honkanen]] <[[E:pertti.honkanen@welho.com]]>\nPäivämäärä: 3. joulukuuta 2026 klo 8.12\nAihe: VS: aurausvalli\nVastaanottaja: kaupunkiympäristön asiakaspalvelu\n\nLaitan tämän vielä tätä kautta kun sähköpostiin ei ole vastattu. Aurausvalli on taas ajotien ja talon välissä eikä jätehuolto pääse tyhjentämään astioita. [[A:Pohjolankatu 41]], Käpylä.\n\n--\n[[P:Pertti Honkanen]]\n[[T:+358 50 377 1290]]",
    "---------- Välitetty viesti ----------\nLähettäjä: [[E:kotipizza.kallio@gmail.com]]\nPäivämäärä: ma 23.11.2026 14:02\nAihe: Jäteastiat jalkakäytävällä\n\nHei, ravintolan puolesta ilmoitamme että naapuritalon jäteastiat on siirretty Helsinginkadulle jalkakäytävälle ja estää kulun. Ystävällisin terveisin [[P:Ali Demir]], ravintolapäällikkö",
    "Lähettäjä: Helsingin kaupunki, asiakaspalvelu\nAihe: Palautteesi on vastaanotettu\n\nKiitos palautteestasi. Palautteesi tunnus on HEL-2026-114502. Käsittelemme palautteen 10 arkipäivän kuluessa.\n\n> Miksi Malmin lentokentän alueen ulkoilureitit on suljettu?",
    "Välitän naapurini viestin hänen pyynnöstään:\n\nLähettäjä: [[P:Kaija Räsänen]]\nLähetetty: tiistai 1. joulukuuta 2026 19.44\nVastaanottaja: [[P:Marko Salmi]]\nAihe: rappukäytävän ikkuna\n\n[[P:Marko]] voisitko laittaa kaupungille viestiä kun mulla ei ole tunnuksia. Se tyhjä tontti meidän talon takana Koskelantien puolella on täynnä roskaa ja rottia.\n-[[P:Kaija]]\n\n(t. [[P:Marko]], [[T:045 220 8813]])",
    "Aihe: Re: Re: liikennevalot Sturenkatu\nPäivämäärä: 28.11.2026\n\nKiitos vastauksesta, mutta valot ei ole vieläkään korjattu. Tiketti 887123. Sama ongelma kuin lokakuussa.",
    "Lähettäjä: [[P:Outi Kärkkäinen]] [[E:outi.karkkainen@edu.hel.fi]]\nAihe: koulun pihan valaistus\n\nHei! Olen 4B-luokan opettaja ja meidän koulun pihalla (Pakilan ala-aste) kaksi valopylvästä on rikki. Aamuisin lapset tulee pimeässä. Kiinteistöpuolelta ohjattiin tänne.",

    # --- lists ---
    "Kallion kirjaston ongelmat:\n- hissi rikki\n- lastenosaston valot vilkkuu\n- kopiokone ei ota korttimaksua\n- lehtisalin ovi paukkuu\nKiitos!",
    "Ilmoitus vahingosta\n1. Nimi: [[P:Reijo Karjalainen]]\n2. Osoite: [[A:Kaarelantie 88 B 12]], 00420 Helsinki\n3. Puhelin: [[T:040 992 6610]]\n4. Henkilötunnus: [[H:270672-173D]]\n5. Tilinumero: [[I:FI22 1888 7432 0688 31]]\n6. Vahinko: auton tuulilasi rikkoutui kun tiekone sinkosi kiven 12.11.\n7. Auton rekisterinumero: [[R:MUK-358]]",
    "Asiat jotka pitäis korjata Koskelan kentällä:\n* verkot rikki molemmissa maaleissa\n* pukukoppien ovet\n* valot sammuu klo 21 vaikka vuoroja on klo 22 asti\n* tekonurmen kumirouhe leviää ojiin",
    "Puutteet Pasilan asemalla\n1) rullaportaat\n2) opasteet ruotsiksi puuttuu\n3) pyöräparkki täynnä romupyöriä\n4) HSL-automaatti ei toimi\nTerv. säännöllinen matkustaja",

    # --- run-on, no punctuation, odd styles ---
    "en tiiä kenelle tää kuuluu mut meidän talon edessä malmilla on ollu semmonen iso kuoppa jo kuukauden ja siihen on jo kaks autoa ajanut rengas rikki ja yks pyöräilijä kaatu siinä eilen ja sit joku laitto siihen liikennekartion mut nyt joku vei senkin pois eli pls korjatkaa ennenku joku loukkaantuu oikeesti t [[P:Niko]] [[T:0505512300]]",
    "moi vaan taas, mä olen se sama tyyppi joka ilmoitti viime viikolla siitä roskakatoksesta vallilassa eikä mitään oo tapahtunu, ja nyt siellä on myös vanha sohva ja ehkä jääkaappi, ja naapuri [[P:Arto]] sanoo että siellä on käyny joku yöllä penkomassa, eli ei hyvä tilanne, soittakaa mulle jos tarvitte lisätietoa [[T:044-5567321]] [[P:Jesse Mäkinen]]",
    "Koska tässä kaupungissa ei ilmeisesti kukaan lue palautteita kirjoitan nyt viidennen kerran että Kontulantien ja Ostostien risteyksen kaivonkansi kolisee joka kerta kun bussi ajaa yli ja yöllä busseja menee puolen tunnin välein ja kolina kuuluu makuuhuoneeseen asti ja olen yrittänyt soittaa myös mutta linjat on aina varattuja.",
    "HEI TÄSSÄ [[P:AILA LEHTO]] SOITTAKAA MULLE KUN NETTI EI TOIMI KUNNOLLA. [[T:09 755 2290]]. ASIA ON SE ETTÄ KOTIHOIDON AUTO AJOI PIHALLA MINUN KUKKAPENKKIIN.",
    "hei, joo, eli tää koskee [[P:pasin]] ja mun pihaa [[A:mäkitorpantie 22]], puu on kaatumassa naapurin tontilta meidän puolelle, onks se kaupungin puu vai yksityinen? tontin rajalla kasvaa. [[P:tiina]]",

    # --- short ones ---
    "Hiekkaa!!! Kaarlenkatu.",
    "Liukasta Pasilan sillalla.",
    "Roskikset täynnä Töölönlahdella.",
    "kiitos hyvästä aurauksesta koskelassa :)",
    "Soittakaa: [[T:040 337 1102]] / [[P:Kalle]]. Vesivuoto kadulla.",
    "Puu kaatunut. Vallilanlaakso.",

    # --- other services, companies, names-as-words ---
    "Helenin kaivuutyö Fleminginkadulla jätti kadun kuoppaiseksi ja asfaltti on kuraa. Kuka valvoo että työmaa korjataan? Elisan kaapelimiehet kaivoi samaa kohtaa kaksi kuukautta aiemmin.",
    "Kelan toimisto Itäkeskuksessa suljettu ja nyt kaikki pitää hoitaa netissä. Kaupunki voisi tarjota neuvontaa kirjastoissa, esim. Kontulan kirjastossa.",
    "Toivo on vähissä. Aleksis Kiven katu on edelleen niin pimeä illalla että tarvitaan lisää valoja, kuten jo keväällä luvattiin.",
    "Sibeliusmonumentin ympäristö on tosi siisti, kiitos. Mutta Sibeliuksenpuiston vessa on ollut kiinni koko syksyn.",
    "Armas aika, taas ratikkakiskot jäässä ja vaunu 3 jumissa Kalliossa. Rauha palautui vasta kun Stara tuli.",
    "Ilmoitan vikaantuneen palvelun: verkkoasioinnissa maksu ei mene läpi ja järjestelmä blokkasi IP-osoitteeni [[IP:85.76.142.209]] kun yritin kolmesti. [[P:Olli Vainio]], [[E:olli.vainio@iki.fi]]",
    "Kaupungin verkkosivun lomake antaa virheen 'Session expired' joka kerta, selain Firefox 132, yhteys Elisan mobiilidatan kautta. Ei kiirettä.",
    "Urho Kekkosen kadun ja Fredrikinkadun kulmassa oleva suojatie on vaarallinen, autot ajaa punaisia päin. Kampin keskuksen edessä tilanne on sama.",
    "[[P:Tuula]] ja [[P:Raimo Hakala]], [[A:Ruusulankatu 10 A 7]]: pyydämme että talomme edustalle lisätään invapaikka. [[P:Raimo]] on pyörätuolissa. Yhteys [[E:raimo.hakala@saunalahti.fi]]",
    "Kunnon lumitalvi tulossa ja Koskelantien katuvalot on pimeänä Koskelan sairaalan kohdalla. Helenille ilmoitettu, ohjasivat tänne.",
]


# ---------------------------------------------------------------------------
# Swedish, written by hand
# ---------------------------------------------------------------------------

_SV_HAND = [
    "Trottoaren på Runebergsgatan är spegelblank, ingen har sandat sedan i fredags. Min mamma halkade och slog i huvudet. Hälsningar [[P:Camilla Sjöberg]], [[T:040 558 1207]]",
    "Snövallen vid busshållplatsen på Forsbyvägen är så hög att man inte ser bussen komma. Gäller hållplatsen mot Kottby.",
    "Hej! Vi bor på [[A:Tavastvägen 45 A 12]] och sedan renoveringen började i augusti har vi inte kunnat sova. Arbetet börjar kl 6 varje morgon, också lördagar. Vänligen [[P:Johan]] och [[P:Ulrika Lindholm]]",
    "Gatubelysningen på Helsingegatan fungerar inte mellan Berghälls kyrka och Tavastvägen. Mörkt och halt.",
    "Från: [[P:Gunilla Åström]] <[[E:gunilla.astrom@kolumbus.fi]]>\nDatum: 2 december 2026 kl. 09:15\nÄmne: VB: parkeringsbot\n\nJag fick en parkeringsbot fast min boendeparkeringstillstånd låg synligt i bilen ([[R:BNY-274]]). Kan ni makulera den? Tack.\n\n[[P:Gunilla Åström]]\n[[T:+358 50 662 1848]]",
    "Daghemmet i Hagnäs har inte svarat på mina meddelanden på två veckor. Min son [[P:Elias]] ska börja i januari och vi vet inte ens vilken grupp han hamnar i. [[P:Sofia Backman]], [[E:sofia.backman@gmail.com]]",
    "Tack till chauffören på linje 55 i morse som väntade på min dotter! Han hette [[P:Mikael]] enligt namnskylten.",
    "Bibliotekarien [[P:Maria Ekholm]] på Böle bibliotek var fantastisk och hjälpte oss med släktforskningen. Tack!",
    "Varför är Simhallen i Forsby stängd igen? Sidan säger öppet må-fre 6.30-21 men dörren var låst i går kväll.",
    "HRT:s app visade att spårvagn 9 skulle komma om 3 minuter i en halvtimme. Stod på Tölö torg i snöstormen.",
    "Lekparken i Drumsö har en trasig gunga och sanden är full av glas. Någon borde titta på det innan barnen skadar sig.",
    "Jag vill ansöka om återbetalning av dagvårdsavgiften för juli då barnet var borta hela månaden. Barnets personbeteckning [[H:030100A808T]]... förlåt, det är min äldsta. Rätt: [[H:230121A287A]]. Konto [[I:FI36 8556 3664 0579 53]], kontoinnehavare [[P:Henrik Wikström]].",
    "Stora hål i asfalten på Mannerheimvägen vid Tölö sjukhus. Cyklister måste svänga ut i bilfilen. /[[P:Kaj]]",
    "Grannen i trappa C ([[P:Lasse Nyberg]]) har en hund som skäller hela dagarna. Vi har pratat med disponenten men inget händer. Vad kan staden göra? Mvh [[P:Anneli]]",
    "Parkeringsautomaten på Sturegatan tar inte kort. Jag betalade 3,60 € med appen istället. [[P:Tove Eriksson]]",
    "Saga-biblioteket? Nej, jag menar sagostunden på Berghälls bibliotek, den var inställd utan förvarning. Barnen var ledsna.",
    "Min bil [[R:XTH-803]] bogserades från Borgågatan fast det inte fanns någon skylt. Kvittot på 205 euro bifogas. Betala tillbaka till [[I:FI7187981849173331]]. [[P:Patrik Söderström]], [[A:Borgågatan 9 B 33]], 00500 Helsingfors",
    "Dålig snöröjning i Malm, speciellt på gång- och cykelvägen längs Malmbågen. Stara måste göra bättre.",
    "JAG HAR RINGT TRE GÅNGER OCH INGEN SVARAR. GATLYKTAN UTANFÖR [[A:FLEMINGSGATAN 18]] HAR VARIT SLÄCKT SEDAN OKTOBER. [[P:BIRGITTA HOLM]]",
    "hej vi är några föräldrar i kottby som undrar varför skolskjutsen slutade utan förvarning, min dotter [[P:ebba]] har nu 2,5 km att gå längs kottbyvägen som saknar trottoar på en del av sträckan. ring gärna [[T:0445219087]] /[[P:jonas]]",
    "Cygnaeus skola: taket läcker i gymnastiksalen. Bollar och mattor blir blöta.",
    "Rektor [[P:Kerstin Blomqvist]] lovade i september att skolgården skulle få nya lekredskap. Inget har hänt. Kan någon ge besked? [[P:Fredrik Lund]], förälder",
    "Kära staden: Sten och grus överallt i Brunnsparken efter vintern. När kommer sopmaskinen?",
    "Ros till Helsingfors stad för de nya cykelstråken i Kronohagen! Ris till de som parkerar på dem.",
    "Från: [[P:Mats Grönqvist]]\nSkickat: den 30 november 2026 21:47\nTill: stadens kundtjänst\nÄmne: oväsen från restaurangen\n\nRestaurangen på [[A:Vasagatan 7]] har utomhusmusik till 02 varje helg. Jag bor i samma hus. [[T:050 441 9023]]",
    "Kan man boka idrottshallen i Nordsjö via Varaamo? Jag hittar inte den i listan. Vår förening tränar tisdagar kl. 18-20.",
    "Metron till Östra centrum stod stilla 20 min vid Hertonäs utan information. HRT borde informera bättre. [[P:Leif Sandberg]], [[T:+358 40 551 2093]]",
    "Vi har fått en räkning från FPA som borde gå till staden. Ärendenummer 2026-778102. Vem ska vi kontakta?",
    "Tack [[P:Anna-Karin]] på Nordsjö bibliotek för hjälpen med e-böckerna! /[[P:Rolf]], 82 år",
    "Fortfarande halt vid Gumtäkt station. Någon kommer att bryta benet.",
    "Linnea och jag (alltså min hund Linnea) går varje dag i Centralparken och hundlatrinerna är fulla. Töm dem oftare tack. [[P:Ulla Berglund]] [[E:ulla.berglund@hotmail.com]]",
    "bo i tölö är inte lätt när man har bil. inga parkeringsplatser och boendeparkering kostar nu över 300 € om året",
    "Förskolläraren [[P:Jenny]] i gruppen Humlorna är helt underbar. Skicka henne vårt tack! Mamma till [[P:Alva Lindgren]]",
]


# ---------------------------------------------------------------------------
# English, written by hand
# ---------------------------------------------------------------------------

_EN_HAND = [
    "Hi, the sidewalk on Fleminginkatu hasn't been gritted in days and I've seen three people fall this morning alone. Please send someone. Thanks, [[P:Daniel Okafor]]",
    "The tram 9 stop at Pasila station has no working display and the app is showing ghost trams again. Very frustrating in -15 C. Cheers, [[P:Niamh]]",
    "From: [[P:Sarah McAllister]] <[[E:sarah.mcallister@outlook.com]]>\nDate: Tue, 1 Dec 2026 07:55\nSubject: Fwd: daycare fee refund\n\nHello, I'm forwarding this again as I got no reply. We were charged the daycare fee for July even though our son [[P:Oliver]] was on holiday all month. His personal identity code is [[H:180121A856E]]. Please refund to [[I:FI71 4251 6289 8494 27]] (account holder [[P:Sarah McAllister]]).\n\nBest,\n[[P:Sarah]]\n[[T:+358 44 901 2276]]",
    "Noise complaint: the bar downstairs at [[A:Helsinginkatu 15]] plays music until 4am every weekend. I live in the same building, B stairwell. Name: [[P:Priya Raman]], phone [[T:045 7781 220]]",
    "Bill arrived for the swimming hall season ticket twice. Invoice reference 11 22334 45566. I only bought one!",
    "Can someone fix the broken streetlight in Koskela? Whole park path is dark. Not safe for kids walking home from school. [[P:Olga]] ([[E:olga.m@yandex.ru]])",
    "My neighbour Mr. [[P:Juhani Salonen]] has been feeding pigeons from his balcony and now the whole yard is full of birds and droppings. We have asked him nicely many times.",
    "THE BUS DRIVER ON LINE 23 TODAY AT 8.10 SLAMMED THE DOOR ON MY DAUGHTER'S ARM. SHE IS 7. I WANT AN APOLOGY. [[P:KEVIN BROOKS]] [[T:0401129834]]",
    "Parking fine dispute: my car [[R:LOF-226]] was parked legally on Töölönkatu with a valid resident permit. Fine number 7721-0034. Please cancel. [[P:Anna Kowalska]], [[E:anna.kowalska@gmail.com]]",
    "Just wanted to say the Oodi library is amazing and the staff are so helpful. Special thanks to [[P:Riikka]] at the 3D printer desk!",
    "Will the outdoor gym in Kaivopuisto be repaired before spring? Two machines are broken.",
    "quick one: snow plough blocked our driveway again on [[A:Mäkitorpantie 14]], 3rd time this week. can't get the car out. [[P:tom]]",
    "Hello, I'm a teacher at an English-language school in Töölö. The school crossing guard is missing every morning now and cars are speeding on Topeliuksenkatu. Could the city look into it?",
    "Our daughter [[P:Maya Chen]] has been on the waiting list for a daycare place in Kallio for 5 months. We were promised a place within 4 months by law. Father: [[P:Wei Chen]], [[A:Agricolankatu 4 C 58]], 00530 Helsinki, [[T:+358 40 662 9910]], [[E:wei.chen@aalto.fi]]",
    "Rose bushes in the Esplanadi park have been trampled by the Christmas market tents. Hope they get replanted.",
    "Hi, who do I contact about the heating in Pasila sports hall? It's freezing in the locker rooms. We rent the hall Tue and Thu 19-21.",
    "The Kela office sent me to the city and the city sent me to Kela. Customer service ticket 2026-5519004. Can anyone actually help?",
    "Forwarded message\nFrom: [[P:Mark Ellison]]\nTo: [[P:Jenna Ellison]]\nSubject: that pothole\n\n[[P:Jen]], can you report the pothole at the end of Käpyläntie? The one by the tram turnaround. My tyre's done.\n\n---\nReporting as asked. [[P:Jenna Ellison]] [[T:050 338 4417]]",
    "Metro escalators at Kalasatama out of order for the 2nd week. No elevator either. HSL please.",
    "Library card lost. Name [[P:Giulia Romano]], born 1991, library card number 2100 1234 5678. Email [[E:giulia.romano91@libero.it]]",
    "May I suggest benches along the Vantaa river path near Pikkukoski? There's nowhere to sit for 2 km.",
    "The staff at Malmi swimming hall (esp. the lifeguard [[P:Antti]]) handled an emergency really well on Sunday. Please pass on our gratitude.",
    "Construction at Kalasatama starts at 6:30 every day, even Saturdays. The permit says 7. This is the third complaint from our building. Contact: [[P:Ahmed Yusuf]] [[E:a.yusuf@protonmail.com]] [[T:041 4409 715]]",
    "Frank question: why is it so hard to get a resident parking permit as a foreigner? The form asks for a Finnish bank ID which I don't have.",
    "I was charged twice for the Urheiluhallit Kallio 10-visit card, 62 € each. Please refund to IBAN [[I:FI2217079101411907]]. Receipt attached. [[P:Lucas Moreau]]",
]


# ---------------------------------------------------------------------------
# Small generators (pools of values and many differently worded pieces)
# ---------------------------------------------------------------------------

_FI_FIRST = ["Matti", "Jari", "Kimmo", "Petri", "Juha", "Mika", "Ville", "Sami", "Harri", "Tapani",
             "Aleksi", "Joonas", "Eetu", "Rasmus", "Veikko", "Leena", "Päivi", "Minna", "Tiina",
             "Hanna", "Marja", "Kaisa", "Noora", "Emmi", "Aino-Maria", "Sirpa", "Tuulikki",
             "Jenni", "Anu", "Riikka", "Helka"]
_FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Niemi", "Kinnunen",
            "Turunen", "Väisänen", "Ahonen", "Leinonen", "Hirvonen", "Kettunen", "Ström",
            "Karppinen", "Pesonen", "Räty", "Öhman", "Ylönen", "Kallio-Mäkelä"]
_SV_FIRST = ["Anders", "Mikael", "Stefan", "Björn", "Henrik", "Kristian", "Peter", "Eva", "Karin",
             "Maria", "Annika", "Susanne", "Pia", "Malin", "Ingrid"]
_SV_LAST = ["Lindström", "Holmberg", "Nyström", "Forsman", "Björklund", "Sundqvist", "Ekström",
            "Wahlroos", "Granholm", "Fagerström", "Enqvist", "Backlund"]
_EN_FIRST = ["James", "Emily", "Hannah", "Michael", "Olga", "Dmitri", "Fatima", "Carlos", "Aisha",
             "Tom", "Laura", "Ben", "Sofia", "Rahul", "Mei"]
_EN_LAST = ["Smith", "Walker", "Ivanova", "Petrov", "Hassan", "Garcia", "Patel", "O'Brien",
            "Novak", "Kim", "Schneider", "Nguyen", "Da Silva"]

_STREETS_FI = ["Mannerheimintie", "Hämeentie", "Sturenkatu", "Fleminginkatu", "Helsinginkatu",
               "Vaasankatu", "Porvoonkatu", "Agricolankatu", "Runeberginkatu", "Mechelininkatu",
               "Töölönkatu", "Topeliuksenkatu", "Koskelantie", "Käpyläntie", "Pohjolankatu",
               "Mäkelänkatu", "Kumpulantie", "Pasilankatu", "Kaarelantie", "Vihdintie",
               "Kontulantie", "Turunlinnantie", "Meripellontie", "Vuotie", "Malminkaari",
               "Kirkonkyläntie", "Leppävaarankatu", "Tikkurilantie", "Peltolantie",
               "Lauttasaarentie", "Munkkiniementie", "Kivihaantie", "Siltasaarenkatu"]
_STREETS_HKI = [st for st in _STREETS_FI if st not in ("Leppävaarankatu", "Tikkurilantie", "Peltolantie")]
_STREETS_SV = ["Mannerheimvägen", "Tavastvägen", "Sturegatan", "Flemingsgatan", "Helsingegatan",
               "Vasagatan", "Borgågatan", "Runebergsgatan", "Mechelingatan", "Tölögatan",
               "Topeliusgatan", "Forsbyvägen", "Kottbyvägen", "Drumsövägen", "Munksnäsvägen"]
_DISTRICTS_FI = ["Kallio", "Töölö", "Malmi", "Koskela", "Pasila", "Käpylä", "Vallila", "Kumpula",
                 "Herttoniemi", "Vuosaari", "Kontula", "Myllypuro", "Lauttasaari", "Munkkiniemi",
                 "Kannelmäki", "Pihlajamäki", "Itäkeskus", "Kruununhaka", "Alppila", "Pakila"]
_DISTRICTS_SV = ["Berghäll", "Tölö", "Malm", "Forsby", "Böle", "Kottby", "Vallgård", "Gumtäkt",
                 "Hertonäs", "Nordsjö", "Gårdsbacka", "Kvarnbäcken", "Drumsö", "Munksnäs",
                 "Gamlas", "Kronohagen"]
_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "elisanet.fi", "welho.com", "luukku.com",
            "kolumbus.fi", "suomi24.fi", "yahoo.com", "iki.fi", "saunalahti.fi"]


def _ascii(text):
    table = str.maketrans("äöåÄÖÅé'", "aoaAOAe-")
    return text.translate(table).lower().replace(" ", "")


def _email(rng, first, last):
    f, l = _ascii(first), _ascii(last)
    style = rng.randint(0, 4)
    if style == 0:
        local = "%s.%s" % (f, l)
    elif style == 1:
        local = "%s%s" % (f[0], l)
    elif style == 2:
        local = "%s_%s%d" % (f, l[:4], rng.randint(60, 99))
    elif style == 3:
        local = "%s.%s%d" % (f, l, rng.randint(1, 9))
    else:
        local = "%s%s" % (f, rng.randint(1970, 2005))
    return "%s@%s" % (local, rng.choice(_DOMAINS))


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "046", "09"])
    if pre == "09":
        a, b = rng.randint(100, 999), rng.randint(1000, 9999)
        return rng.choice(["09 %d %d" % (a, b), "09-%d%d" % (a, b), "(09) %d %d" % (a, b)])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randint(0, 5)
    if style == 0:
        return "%s %s %s" % (pre, digits[:3], digits[3:])
    if style == 1:
        return pre + digits
    if style == 2:
        return "%s-%s" % (pre, digits)
    if style == 3:
        return "+358 %s %s %s" % (pre[1:], digits[:3], digits[3:])
    if style == 4:
        return "+358%s%s" % (pre[1:], digits)
    return "%s %s %s %s" % (pre, digits[:2], digits[2:5], digits[5:])


def _address(rng, streets):
    street = rng.choice(streets)
    num = rng.randint(1, 120)
    style = rng.randint(0, 3)
    if style == 0:
        return "%s %d" % (street, num)
    if style == 1:
        return "%s %d %s %d" % (street, num, rng.choice("ABCDEF"), rng.randint(1, 90))
    if style == 2:
        return "%s %d %s%d" % (street, num, rng.choice("ABC"), rng.randint(1, 60))
    return "%s %d as. %d" % (street, num, rng.randint(1, 40))


def _plate(rng):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    return "%s-%d" % ("".join(rng.choice(letters) for _ in range(3)), rng.randint(1, 999))


def _name(rng, firsts, lasts):
    return rng.choice(firsts), rng.choice(lasts)


_FI_BODIES = [
    "{street}n jalkakäytävä on ollut liukas jo viikon, hiekoitusta ei ole näkynyt.",
    "Aurausvalli tukkii suojatien {street}n ja sivukadun risteyksessä.",
    "Katuvalo ei toimi {district}ssa, {street}n varrella, kolmen pylvään matkalta.",
    "Bussipysäkin katos on rikottu, lasinsiruja joka puolella. {district}, {street}.",
    "Leikkipuiston hiekkalaatikossa on lasia ja tupakantumppeja.",
    "Rakennustyömaa aloittaa melun ennen seitsemää joka arkiaamu.",
    "Roska-astiat tyhjennetään liian harvoin, {district}n urheilukentän vieressä.",
    "Pyörätie on täynnä sepeliä vielä toukokuussa, renkaat puhki jo kahdesti.",
    "Raitiovaunupysäkin näyttö on ollut pimeänä kaksi viikkoa.",
    "Päiväkodin pihan aita on rikki ja lapset pääsevät kadulle.",
    "Uimahallin saunat ovat olleet kylmiä koko viikon, vaikka lippu maksaa täyden hinnan.",
    "Kirjaston lukusalissa on jatkuvasti liian kuuma ja ilmanvaihto ei toimi.",
    "Koiranomistajat eivät kerää jätöksiä {district}n puistossa, voisiko kylttejä lisätä?",
    "Jäteautot ajavat pihalle jo viideltä aamulla.",
    "Tekonurmikentän valot jäävät päälle koko yöksi, mikä on energian tuhlausta.",
    "Liikennevalot vaihtuvat jalankulkijoille liian nopeasti {street}lla.",
    "Kaupungin vuokra-asuntojen pihalla on hylätty auto jo kuukausia.",
    "Ulkoilureitin sillan kaide on irronnut {district}n kohdalla.",
    "Koulun edessä autot pysäköivät saattoliikennealueelle koko päivän.",
    "Lumet pudotettiin katolta eikä aluetta merkitty, melkein osui ohikulkijaan.",
    "Pysäköintiautomaatti ei hyväksy korttia eikä kolikoita.",
    "Kuntosalin laitteet ovat rikki ja niistä on ilmoitettu jo monta kertaa.",
]

# Finnish street names with a ready genitive stem for the templates above.
_FI_STREET_STEM = [("Sturenkatu", "Sturenkadu", "Sturenkadu"), ("Helsinginkatu", "Helsinginkadu", "Helsinginkadu"),
                   ("Koskelantie", "Koskelantie", "Koskelantie"), ("Käpyläntie", "Käpyläntie", "Käpyläntie"),
                   ("Vaasankatu", "Vaasankadu", "Vaasankadu"), ("Kontulantie", "Kontulantie", "Kontulantie"),
                   ("Pasilankatu", "Pasilankadu", "Pasilankadu"), ("Vuotie", "Vuotie", "Vuotie"),
                   ("Mäkelänkatu", "Mäkelänkadu", "Mäkelänkadu"), ("Kivihaantie", "Kivihaantie", "Kivihaantie")]
# district -> stem used before "ssa" / "n"
_FI_DISTRICT_FORMS = {"Kallio": ("Kalliossa", "Kallion"), "Töölö": ("Töölössä", "Töölön"),
                      "Malmi": ("Malmilla", "Malmin"), "Koskela": ("Koskelassa", "Koskelan"),
                      "Pasila": ("Pasilassa", "Pasilan"), "Käpylä": ("Käpylässä", "Käpylän"),
                      "Vallila": ("Vallilassa", "Vallilan"), "Kontula": ("Kontulassa", "Kontulan"),
                      "Myllypuro": ("Myllypurossa", "Myllypuron"), "Herttoniemi": ("Herttoniemessä", "Herttoniemen"),
                      "Vuosaari": ("Vuosaaressa", "Vuosaaren"), "Pihlajamäki": ("Pihlajamäessä", "Pihlajamäen")}


def _fi_fill(rng, body):
    street, gen_stem, _ = rng.choice(_FI_STREET_STEM)
    district = rng.choice(sorted(_FI_DISTRICT_FORMS))
    iness, gen = _FI_DISTRICT_FORMS[district]
    adess = "llä" if gen_stem.endswith("tie") else "lla"
    text = body.replace("{street}n", gen_stem + "n").replace("{street}lla", gen_stem + adess)
    text = text.replace("{district}ssa", iness).replace("{district}n", gen).replace("{street}", street)
    text = text.replace("{district}", district)
    return text


def _gen_fi_signed(rng, count):
    out = []
    for _ in range(count):
        body = _fi_fill(rng, rng.choice(_FI_BODIES))
        first, last = _name(rng, _FI_FIRST, _FI_LAST)
        phone = _phone(rng)
        mail = _email(rng, first, last)
        style = rng.randint(0, 9)
        if style == 0:
            sig = "\n\nt. [[P:%s]]" % first
        elif style == 1:
            sig = "\n\nTerveisin\n[[P:%s %s]]\n[[T:%s]]" % (first, last, phone)
        elif style == 2:
            sig = " [[P:%s %s]], [[E:%s]]" % (first, last, mail)
        elif style == 3:
            sig = "\nYhteystiedot: [[P:%s %s]], puh. [[T:%s]], [[E:%s]]" % (first, last, phone, mail)
        elif style == 4:
            sig = " -[[P:%s]] [[T:%s]]" % (first.lower(), phone)
        elif style == 5:
            sig = "\n\nYstävällisin terveisin [[P:%s %s]] ([[T:%s]])" % (first, last, phone)
        elif style == 6:
            sig = " Vastaus sähköpostiin [[E:%s]] kiitos." % mail
        elif style == 7:
            addr = _address(rng, _STREETS_HKI)
            sig = "\n\n[[P:%s %s]]\n[[A:%s]]\n00%d0 Helsinki\n[[T:%s]]" % (first, last, addr, rng.randint(10, 99), phone)
        elif style == 8:
            sig = " Voitte soittaa numeroon [[T:%s]] arkisin klo 9-17." % phone
        else:
            sig = "\n--\n[[P:%s. %s]]" % (first[0], last)
        text = body + sig
        mode = rng.choice(["", "", "", "", "lower", "upper"])
        out.append(("fi", _recase(text, mode)))
    return out


_FI_NEG_ISSUES = [
    "liukas jalkakäytävä", "kuoppa ajoradalla", "katuvalo rikki", "täynnä olevat roskikset",
    "hylätty polkupyörä telineessä", "graffiteja sähkökaapissa", "kaatunut liikennemerkki",
    "tulviva sadevesikaivo", "rikkinäinen penkki", "aurausvalli suojatiellä", "lasinsiruja pyörätiellä",
    "haiseva jäteastia", "sammunut liikennevalo", "rikottu bussikatos",
]
_FI_NEG_EXTRA = [
    "Havaittu {d}.{m}. klo {h}.{mm}.", "Bussit {line} kulkevat tästä ohi.", "Sama vika oli jo viime talvena.",
    "Palautteen tunnus HEL-2026-{case}.", "Postinumero 00{pc}0.", "Lähin pysäkki on linjan {line} pysäkki.",
    "Stara kävi paikalla viime viikolla mutta vika jäi.", "Helenin mukaan kyse ei ole heidän laitteestaan.",
    "HSL:lle ilmoitettu myös.", "Kuva liitteenä.", "Kiireellinen!", "Ei kiirettä mutta olisi kiva jos korjattaisiin ennen kesää.",
    "Tilanne jatkunut {n} päivää.", "Korjauksen arvioitu hinta tuskin yli 200 €.", "",
]


def _gen_fi_negative(rng, count):
    out = []
    for _ in range(count):
        district = rng.choice(_DISTRICTS_FI)
        street = rng.choice(_STREETS_FI)
        issue = rng.choice(_FI_NEG_ISSUES)
        extra = rng.choice(_FI_NEG_EXTRA).format(
            d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(6, 22), mm="%02d" % rng.randint(0, 59),
            line=rng.choice(["55", "506", "550", "70", "78", "23", "18", "7 ja 9", "3", "15"]),
            case="%06d" % rng.randint(1000, 999999), pc=rng.randint(10, 99), n=rng.randint(2, 30))
        style = rng.randint(0, 4)
        if style == 0:
            text = "%s, %s: %s. %s" % (district, street, issue, extra)
        elif style == 1:
            text = "%s %s. %s" % (issue.capitalize(), "kadulla " + street, extra)
        elif style == 2:
            text = "%s\n%s\n%s" % (district.upper(), issue, extra)
        elif style == 3:
            text = "ilmoitus: %s / %s / %s %s" % (issue, street.lower(), district.lower(), extra.lower())
        else:
            text = "Hei, %s %s-alueella, %s. %s Kiitos." % (issue, district, street, extra)
        out.append(("fi", text.replace("  ", " ").strip()))
    return out


def _gen_fi_claim(rng, count):
    out = []
    reasons = [
        ("pysäköintivirhemaksun palautus", "Maksoin virhemaksun {e} € vaikka asukastunnus oli näkyvillä."),
        ("vahingonkorvaus", "Auton rengas rikkoutui kadun kuoppaan, korjaus {e} €."),
        ("päivähoitomaksun hyvitys", "Lapsi oli poissa koko kuukauden, mutta maksu {e} € veloitettiin."),
        ("uimahallikortin hyvitys", "Sarjakortti {e} € veloitettiin kahteen kertaan."),
        ("hinauskulut", "Auto siirrettiin ilman kylttiä, siirtomaksu {e} €."),
    ]
    for _ in range(count):
        subject, reason = rng.choice(reasons)
        reason = reason.format(e=rng.choice(["80", "205", "62", "148,50", "295", "30"]))
        first, last = _name(rng, _FI_FIRST, _FI_LAST)
        lines = ["Aihe: %s" % subject, reason,
                 "Nimi: [[P:%s %s]]" % (first, last)]
        if rng.random() < 0.6:
            lines.append("Osoite: [[A:%s]]%s" % (_address(rng, _STREETS_HKI), rng.choice(["", "", ", 00%d0" % rng.randint(10, 99)])))
        if "päivähoito" in subject:
            child = rng.choice(["Aatu", "Venla", "Oiva", "Lilja", "Eemil", "Helmi", "Väinö"])
            lines.append("Lapsi: [[P:%s %s]], hetu [[H:%s]]" % (child, last, _hetu(rng, 2019, 2023)))
        elif rng.random() < 0.4:
            lines.append("Henkilötunnus: [[H:%s]]" % _hetu(rng, 1950, 1999))
        if "pysäköinti" in subject or "hinaus" in subject or "rengas" in reason:
            lines.append("Rekisterinumero: [[R:%s]]" % _plate(rng))
        lines.append("Tilinumero: [[I:%s]]" % _iban(rng, rng.random() < 0.5))
        if rng.random() < 0.7:
            lines.append("Puh: [[T:%s]]" % _phone(rng))
        sep = rng.choice(["\n", "\n", " ", "; "])
        out.append(("fi", sep.join(lines)))
    return out


_FI_FWD_SUBJECTS = ["VL: palaute", "VS: ilmoitus", "Fwd: korjauspyyntö", "VL: asia jäi hoitamatta",
                    "VS: Re: palaute", "VL: ei vastausta", "Fwd: vika"]
_FI_FWD_BODIES = [
    "Laitan tämän eteenpäin kun en saanut vastausta. Asia on yhä ajankohtainen.",
    "Naapuri pyysi välittämään tämän, hänellä ei ole tunnuksia palautejärjestelmään.",
    "Tässä alkuperäinen viestini kuukauden takaa. Mitään ei ole tapahtunut.",
    "Isännöitsijä käski ottaa yhteyttä suoraan kaupunkiin.",
]
_FI_MONTHS = ["marraskuuta", "lokakuuta"]


def _gen_fi_forward(rng, count):
    out = []
    for _ in range(count):
        first, last = _name(rng, _FI_FIRST, _FI_LAST)
        mail = _email(rng, first, last)
        date = "%d. %s 2026 klo %d.%02d" % (rng.randint(1, 30), rng.choice(_FI_MONTHS), rng.randint(7, 23), rng.randint(0, 59))
        head = "Lähettäjä: [[P:%s %s]] <[[E:%s]]>\nPäivämäärä: %s\nAihe: %s\n\n" % (first, last, mail, date, rng.choice(_FI_FWD_SUBJECTS))
        if rng.random() < 0.3:
            head = "---------- Välitetty viesti ---------\n" + head
        body = rng.choice(_FI_FWD_BODIES) + " " + _fi_fill(rng, rng.choice(_FI_BODIES))
        tail = ""
        r = rng.random()
        if r < 0.4:
            tail = "\n\n[[P:%s]]\n[[T:%s]]" % (first, _phone(rng))
        elif r < 0.7:
            tail = "\n\nt. [[P:%s %s]]" % (first, last)
        out.append(("fi", head + body + tail))
    return out


_SV_BODIES = [
    "Trottoaren på {street} är isig och ingen har sandat.",
    "Snövallen blockerar övergångsstället vid {street}.",
    "Gatlyktorna i {district} är släckta längs hela {street}.",
    "Busskuren vid {street} är sönderslagen, glas överallt.",
    "Soptunnorna i parken i {district} töms för sällan och fåglarna sprider skräpet.",
    "Byggarbetsplatsen börjar borra före kl 7 varje morgon.",
    "Spårvagnshållplatsens skärm har varit svart i två veckor.",
    "Daghemmets staket är trasigt och barnen kan springa ut på gatan.",
    "Bastun i simhallen har varit kall hela veckan.",
    "Cykelbanan längs {street} är full av grus fast det är maj.",
    "Det står en övergiven bil på gården sedan i somras.",
    "Skolans gård saknar belysning, barnen går i mörker på morgonen.",
]


def _sv_fill(rng, body):
    return body.replace("{street}", rng.choice(_STREETS_SV)).replace("{district}", rng.choice(_DISTRICTS_SV))


def _gen_sv_signed(rng, count):
    out = []
    for _ in range(count):
        body = _sv_fill(rng, rng.choice(_SV_BODIES))
        first, last = _name(rng, _SV_FIRST, _SV_LAST)
        phone = _phone(rng)
        mail = _email(rng, first, last)
        style = rng.randint(0, 6)
        if style == 0:
            sig = "\n\nMvh [[P:%s]]" % first
        elif style == 1:
            sig = "\n\nMed vänliga hälsningar\n[[P:%s %s]]\n[[T:%s]]" % (first, last, phone)
        elif style == 2:
            sig = " /[[P:%s %s]], [[E:%s]]" % (first, last, mail)
        elif style == 3:
            sig = "\nKontakt: [[P:%s %s]], tfn [[T:%s]]" % (first, last, phone)
        elif style == 4:
            sig = " Ring mig gärna på [[T:%s]]." % phone
        elif style == 5:
            sig = "\n\nHälsningar [[P:%s %s]], [[A:%s]], Helsingfors" % (first, last, _address(rng, _STREETS_SV))
        else:
            sig = " Svara till [[E:%s]] tack." % mail
        mode = rng.choice(["", "", "", "lower", "upper"])
        out.append(("sv", _recase(body + sig, mode)))
    return out


_SV_NEG_EXTRA = [
    "Observerat {d}.{m}. kl. {h}.{mm}.", "Linje {line} går förbi här.", "Samma fel fanns förra vintern.",
    "Ärendenummer HEL-2026-{case}.", "Postnummer 00{pc}0.", "Stara var här förra veckan men felet finns kvar.",
    "HRT har också fått meddelande.", "Bild bifogad.", "Brådskande!", "",
]
_SV_NEG_ISSUES = ["halt på trottoaren", "hål i asfalten", "trasig gatlykta", "fulla papperskorgar",
                  "övergiven cykel", "klotter på elskåpet", "nedfallen trafikskylt", "översvämmad brunn",
                  "trasig parkbänk", "snövall på övergångsstället"]


def _gen_sv_negative(rng, count):
    out = []
    for _ in range(count):
        extra = rng.choice(_SV_NEG_EXTRA).format(
            d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(6, 22), mm="%02d" % rng.randint(0, 59),
            line=rng.choice(["55", "506", "550", "7", "9", "15", "23"]),
            case="%06d" % rng.randint(1000, 999999), pc=rng.randint(10, 99))
        district = rng.choice(_DISTRICTS_SV)
        street = rng.choice(_STREETS_SV)
        issue = rng.choice(_SV_NEG_ISSUES)
        style = rng.randint(0, 2)
        if style == 0:
            text = "%s, %s: %s. %s" % (district, street, issue, extra)
        elif style == 1:
            text = "Hej, %s på %s i %s. %s Tack." % (issue, street, district, extra)
        else:
            text = "%s\n%s\n%s" % (district.upper(), issue, extra)
        out.append(("sv", text.strip()))
    return out


def _gen_sv_forward(rng, count):
    out = []
    for _ in range(count):
        first, last = _name(rng, _SV_FIRST, _SV_LAST)
        mail = _email(rng, first, last)
        head = "Från: [[P:%s %s]] <[[E:%s]]>\nDatum: %d %s 2026 kl. %d:%02d\nÄmne: %s\n\n" % (
            first, last, mail, rng.randint(1, 30), rng.choice(["oktober", "november"]), rng.randint(7, 23),
            rng.randint(0, 59), rng.choice(["VB: respons", "Fwd: klagomål", "VB: inget svar"]))
        body = rng.choice(["Jag skickar detta igen eftersom ingen svarat.", "Min granne bad mig vidarebefordra detta."])
        body += " " + _sv_fill(rng, rng.choice(_SV_BODIES))
        if rng.random() < 0.5:
            body += "\n\n[[P:%s]]\n[[T:%s]]" % (first, _phone(rng))
        out.append(("sv", head + body))
    return out


_EN_BODIES = [
    "The sidewalk on {street} is pure ice, nobody has gritted it.",
    "A snowbank is blocking the pedestrian crossing on {street}.",
    "Street lights are out along {street} in {district}.",
    "The bus shelter on {street} has been smashed, broken glass everywhere.",
    "Bins in the {district} park are overflowing and crows spread the rubbish.",
    "The construction site starts drilling before 7am every day.",
    "The tram stop display has been dark for two weeks.",
    "The daycare fence is broken and the kids can get out onto the street.",
    "The sauna at the swimming hall has been cold all week.",
    "There is an abandoned car in our yard since summer.",
    "No lights in the school yard, children walk in the dark every morning.",
]


def _en_fill(rng, body):
    return body.replace("{street}", rng.choice(_STREETS_FI)).replace("{district}", rng.choice(_DISTRICTS_FI))


def _gen_en_signed(rng, count):
    out = []
    for _ in range(count):
        body = _en_fill(rng, rng.choice(_EN_BODIES))
        first, last = _name(rng, _EN_FIRST, _EN_LAST)
        phone = _phone(rng)
        mail = _email(rng, first, last)
        style = rng.randint(0, 5)
        if style == 0:
            sig = "\n\nThanks, [[P:%s]]" % first
        elif style == 1:
            sig = "\n\nBest regards,\n[[P:%s %s]]\n[[T:%s]]" % (first, last, phone)
        elif style == 2:
            sig = " - [[P:%s %s]] ([[E:%s]])" % (first, last, mail)
        elif style == 3:
            sig = "\nContact: [[P:%s %s]], tel. [[T:%s]], flat at [[A:%s]]" % (first, last, phone, _address(rng, _STREETS_FI))
        elif style == 4:
            sig = " Please reply by email: [[E:%s]]" % mail
        else:
            sig = " Call me on [[T:%s]] if needed." % phone
        mode = rng.choice(["", "", "", "lower", "upper"])
        out.append(("en", _recase(body + sig, mode)))
    return out


def _gen_en_negative(rng, count):
    out = []
    issues = ["icy pavement", "pothole", "broken street light", "overflowing bins", "abandoned bike",
              "graffiti on the tram shelter", "fallen road sign", "flooded drain", "broken bench"]
    extras = ["Seen on {d}/{m} around {h}:{mm}.", "Bus {line} passes here.", "Same thing last winter.",
              "Ticket number HEL-2026-{case}.", "Postcode 00{pc}0.", "Photo attached.", "Urgent!", ""]
    for _ in range(count):
        extra = rng.choice(extras).format(
            d=rng.randint(1, 28), m=rng.randint(1, 12), h=rng.randint(6, 22), mm="%02d" % rng.randint(0, 59),
            line=rng.choice(["55", "506", "550", "70", "23"]), case="%06d" % rng.randint(1000, 999999),
            pc=rng.randint(10, 99))
        text = rng.choice(["%s on %s, %s. %s", "%s - %s (%s) %s"]) % (
            rng.choice(issues).capitalize(), rng.choice(_STREETS_FI), rng.choice(_DISTRICTS_FI), extra)
        out.append(("en", text.strip()))
    return out


def _gen_en_forward(rng, count):
    out = []
    for _ in range(count):
        first, last = _name(rng, _EN_FIRST, _EN_LAST)
        mail = _email(rng, first, last)
        day = datetime.date(2026, rng.choice([10, 11]), rng.randint(1, 30))
        head = "From: [[P:%s %s]] <[[E:%s]]>\nSent: %s, %d %s 2026 %d:%02d\nSubject: %s\n\n" % (
            first, last, mail, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()], day.day,
            {10: "Oct", 11: "Nov"}[day.month], rng.randint(7, 23),
            rng.randint(0, 59),
            rng.choice(["Fwd: feedback", "Fw: no reply yet", "Re: complaint"]))
        body = "Sending this again as I got no answer. " + _en_fill(rng, rng.choice(_EN_BODIES))
        if rng.random() < 0.5:
            body += "\n\n[[P:%s]]\n[[T:%s]]" % (first, _phone(rng))
        out.append(("en", head + body))
    return out


def records():
    rng = random.Random(SEED)
    out = []
    out += [("fi", t) for t in _FI_HAND]
    out += [("sv", t) for t in _SV_HAND]
    out += [("en", t) for t in _EN_HAND]
    out += _gen_fi_signed(rng, 32)
    out += _gen_fi_negative(rng, 4)
    out += _gen_fi_claim(rng, 8)
    out += _gen_fi_forward(rng, 6)
    out += _gen_sv_signed(rng, 10)
    out += _gen_sv_negative(rng, 2)
    out += _gen_sv_forward(rng, 3)
    out += _gen_en_signed(rng, 8)
    out += _gen_en_negative(rng, 2)
    out += _gen_en_forward(rng, 2)
    rng.shuffle(out)
    return out
