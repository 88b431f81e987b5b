"""Blind evaluation block 52 for the personal-data scrubber: "people talked about".

Written by helper "outsider 52" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/, /work/main/tests/,
/work/main/scripts/, /work/main/benchmarks/pii_eval.py, /work/main/benchmarks/pii_build_devset.py, any other
/work/main/benchmarks/pii_devset_outsider*.py file, or /work/scratch/ (apart from the brief I was handed). I ran
no git commands, did not run the scrubber and did not run any evaluation. Everything here comes from the brief and
from my own idea of how residents write.

Focus: Finnish (about 70 %), Swedish (about 15 %) and English (about 15 %) Open311 feedback, Kerrokantasi comments,
OmaStadi proposals and Varaamo booking notes in which residents name OTHER people in the middle of running
sentences: neighbours, caretakers (talonmies), teachers, coaches, city officials they spoke with, children and
relatives, often by first name only and often inflected in Finnish (Liisalle, Pekan, Ainolta, Jussista, Maijan
kanssa). Many first names are also ordinary Finnish words (Onni, Aamu, Ilta, Toivo, Tuuli, Lumi, Satu, Into,
Rauha, Sulo, Armas, Kaino, Valo, Usko, Lempi), surnames are words or places (Mäki, Kallio, Järvi, Koski, Niemi,
Laine, Salo, Kivi, Lehto), and residents of foreign origin have short names inflected in Finnish (Mai, Linh, Nok,
Ali, Omar, Hodan, Olga, Tiit). Many messages are in lower case. About a third are hard negatives in which those
same words are ordinary words or places (onni potkaisi, aamu oli kylmä, Kallion kirjasto, Mäkelänkatu without a
number, Toivon aukio, lumi satoi), plus famous people, streets named after people, brands, pets, dates, bus
lines and case numbers.

Seed: 5252 (random.Random(SEED) drives the small generators; the hand-written records are fixed).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (first name, surname, full
name, nickname, initials joined to a name; any case; English possessive 's, Swedish genitive -s and Finnish case
endings inside the span; role words and titles outside), E e-mail, T phone number, H Finnish personal identity
code, I IBAN / bank account, R licence plate, IP IP address, A street address with a house number (postal code
and city outside; a street without a number is not marked). Famous people and names of streets, parks,
buildings and brands are not marked.
"""

import random
import re

SEED = 5252

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: Finnish, with people named in running sentences
# ---------------------------------------------------------------------------------------------------------------

FI_POS = [
    "Meidän talon talonmies [[P:Pekka]] sanoi jo syyskuussa että roskakatoksen ovi korjataan, mitään ei ole "
    "tapahtunut. soitin [[P:Pekalle]] eilen uudestaan ja hän käski laittaa palautetta kaupungille koska katos on "
    "kuulemma kaupungin maalla??",
    "kysyin [[P:liisalta]] naapurista onko heillä sama juttu ja joo, heidänkin parvekkeelle valuu vettä kun "
    "yläkerran rännit on tukossa",
    "Puhuin rakennusvalvonnan [[P:Ainon]] kanssa puhelimessa 3.11. ja hän lupasi että tarkastaja tulee paikalle "
    "kahden viikon sisällä. Nyt on mennyt kuukausi. Osoite [[A:Kirstinkatu 4 A 12]], 00510 Helsinki.",
    "[[P:Jussista]] en tiedä mutta meidän [[P:Onni]] (7v) ei uskalla enää kulkea Malmin aseman alikulusta kun "
    "siellä on aina porukkaa ryyppäämässä. ajakaa ne pois tai laittakaa valot kuntoon",
    "Kävelin [[P:Maijan]] kanssa eilen illalla Kivikon ulkoilupuistossa ja latu oli ihan pilalla "
    "moottorikelkan jäljistä. Joku ajaa siellä joka ilta.",
    "Valmentajamme [[P:Toivo Kallio]] on pyytänyt jo kahdesti että Myllypuron kentän valot korjataan. Treenit "
    "loppuu puoli viideltä kun tulee pimeää ja 40 lasta menee kotiin. Terveisin joukkueenjohtaja "
    "[[P:Sari Heikkinen]]",
    "Tyttäreni [[P:Lumi]] käy Pihlajamäen ala-astetta ja koulumatkalla Rapakiventien kohdalla ei ole suojatietä. "
    "Autot ajaa 50-60 km/h. Viime viikolla [[P:Lumin]] kaveri oli jäädä auton alle.",
    "Opettaja [[P:Satu Niemi]] ehdotti että tehtäisiin luokan 4B kanssa yhteinen ehdotus: koulun pihalle lisää "
    "penkkejä ja katos sadepäiviä varten. Oppilaat [[P:Eetu]], [[P:Venla]] ja [[P:Aleksi]] piirsivät kuvat "
    "liitteeseen.",
    "naapurin [[P:Ali]] auttoi mua kantamaan pyörän ylös kun pyöräkellari oli taas tulvinut. ei voi olla niin "
    "että joka sade = kellari veden alla",
    "Vastaus [[P:Mäelle]]: olen eri mieltä. Bulevardi ei tuo lisää ruuhkaa, katsokaa vaikka miten Hämeenlinnanväylä "
    "toimii nyt.",
    "Sovin [[P:Hodanin]] kanssa että hän hakee avaimet torstaina klo 16 asukastalolta, me olemme salissa 17-19. "
    "Yhteyshenkilö [[P:Hodan Warsame]], [[T:044 718 2293]]",
    "mun poika [[P:valo]] ja sen kaveri [[P:into]] oli pelaamassa kentällä ku joku isompi jätkä heitti niitä "
    "kivillä. valvontaa kiitos",
    "Kysyin talonmies [[P:Koskelta]] voiko lumet aurata myös pihan takaosasta, hän sanoi että se kuuluu "
    "kaupungille koska se on puistoaluetta. Kumpi nyt pitää paikkansa?",
    "[[P:Armas]]-pappa (89 v.) ei pääse rollaattorilla bussiin Siilitien pysäkillä koska reunakivi on niin matala "
    "ja väli on iso. Kuljettaja joutui nostamaan.",
    "Olin yhteydessä liikuntapalveluiden [[P:Sulo Lehtoon]] jo keväällä ja hän sanoi että kuntoilulaitteet "
    "uusitaan kesällä. Nyt on marraskuu eikä mitään ole tehty.",
    "Kerroin [[P:Olgalle]] ja [[P:Tiitille]] rappukäytävässä tästä kuulemisesta, he eivät osaa hyvin suomea mutta "
    "ovat samaa mieltä: metsää ei saa kaataa tonttien tieltä.",
    "kävin [[P:linhin]] kanssa Malmin kirjastossa ja lastenosaston vessa oli taas rikki, [[P:linh]] joutui "
    "menemään kauppakeskuksen puolelle vauvan kanssa",
    "[[P:Nok]] meidän rapusta kertoi että joku on nukkunut kellarin ovella jo viikon. Hän ei uskalla itse soittaa "
    "mihinkään, joten laitan tämän.",
    "[[P:Omarilta]] kuulin että Kontulan ostarin valot on olleet rikki jo pari viikkoa, kävin itse katsomassa ja "
    "pitää paikkansa",
    "Varaaja [[P:Tuuli Järvinen]], avaimet hakee tyttäreni [[P:Aamu]] [[T:050 412 9937]]. Laskun voi lähettää "
    "osoitteeseen [[E:tuuli.jarvinen@gmail.com]]",
    "pyysin naapurin [[P:Iltaa]] katsomaan autoa kun olin mökillä ja hän huomasi että joku oli rikkonut "
    "sivuikkunan. Auto [[R:ZKT-482]] oli parkissa Kontulankaarella. Onko alueelle tulossa kameravalvontaa?",
    "@[[P:Kaino Salo]] olet oikeassa siinä että bussiyhteydet heikkenee, mutta raitiotie on silti parempi "
    "ratkaisu pitkällä aikavälillä",
    "Ystäväni [[P:Usko]] liikkuu pyörätuolilla eikä pääse Puotilan metroasemalle kun hissi on ollut rikki jo kolme "
    "viikkoa. [[P:Uskon]] puolesta kysyn: milloin korjataan?",
    "Lasten kerhon ohjaaja [[P:Jenni]] kertoi että Kotinummen leikkipuiston hiekkalaatikosta löytyi taas "
    "neuloja. Tämä on vakavaa, siellä leikkii 2-vuotiaita.",
    "Kiitos [[P:Rauhalle]] kirjaston infossa, hän auttoi mun äitiä täyttämään hakemuksen vaikka oli jo "
    "sulkemisaika!",
    "Olen asunut tässä 30 vuotta ja naapuri [[P:Kari Mäkinen]] vielä pidempään, kumpikaan ei muista että tätä "
    "puistoa olisi koskaan hoidettu näin huonosti",
    "mun mies [[P:jukka]] soitti teidän asiakaspalveluun ja siellä joku [[P:Anne]] sanoi että pitää tehdä "
    "kirjallinen palaute. no tässä: bussi 79 ei pysähtynyt vaikka viitattiin",
    "Terveisiä [[P:Pekka Koskiselle]] kaupunkiympäristön toimialalle: te lupasitte asukasillassa että puut "
    "jätetään. Nyt ne on merkitty kaadettaviksi.",
    "Poikani [[P:Sulo]] (4v) putosi kiipeilytelineestä koska yksi askelma puuttuu. Leikkipuisto Kirsikka, "
    "Roihuvuori. Onneksi ei käynyt pahemmin.",
    "Tässä vielä [[P:Niemen]] perheen kanta: ollaan samaa mieltä [[P:Virtasten]] kanssa, pallokenttä on "
    "tärkeämpi kuin parkkipaikat",
    "kysyin koulun rehtori [[P:Harri Lehdolta]] ja hän sanoi ettei koulu voi vaikuttaa katuvaloihin, ne on "
    "kaupungin. eli tässä: Kurkimäentien valot pimeänä",
    "Lapsenvahtimme [[P:Mai]] oli menossa lasten kanssa uimaan mutta Itäkeskuksen uimahalli oli kiinni ilman "
    "mitään ilmoitusta netissä",
    "[[P:Hodan]], [[P:Fatima]] ja [[P:Amina]] meidän äitiryhmästä tekee tätä ehdotusta yhdessä: Kontulan "
    "uimahalliin naisten oma vuoro kerran viikossa",
    "Avaimet noutaa [[P:Tiit Kask]] (puh [[T:+358 45 612 8830]]). Tapahtuma on virolaisen kuoron harjoitus, "
    "osallistujia n. 20. Lasku yhdistyksen nimiin.",
    "Eilen klo 22 jälkeen naapurin [[P:Laineen]] koira haukkui taas kaksi tuntia parvekkeella. En halua riitaa "
    "mutta joku voisi käydä puhumassa.",
    "Olen samaa mieltä kuin [[P:Onni K.]] yllä. Lisäksi pyöräparkki pitäisi katettaa.",
    "[[P:Olga]]-täti asuu Myllypurossa ja hänen mukaansa ostarin alikulussa ei ole ollut valoja koko syksynä",
    "Toimitin lomakkeen [[P:Järvelle]] palvelupisteessä 12.10., sain kuittauksen mutta en päätöstä. Kauanko "
    "tässä menee?",
    "sanoin jo [[P:pekalle]] ja [[P:mikolle]] et ne ei saa pelata tuolla parkkipaikalla mut kyllähän ne pelaa kun "
    "muualla ei oo kenttää. tehkää kenttä niin ongelma poistuu",
    "kummipoikani [[P:Aaro]] asuu [[A:Kaarelantiellä 7]] ja hänen koulureittinsä kulkee Kannelmäen aseman ohi, "
    "jossa ei ole yhtään valoa",
    "Kirjoitan tämän äitini [[P:Kirsti Kiven]] puolesta, hänellä ei ole tietokonetta. Hänen asunnossaan "
    "[[A:Siilitie 9 C 41]] lämpö ei toimi. Voitte soittaa minulle [[T:040 123 8876]], terv. [[P:Tiina]]",
    "Kävin [[P:Armaksen]] ja [[P:Sadun]] kanssa katsomassa uutta siltaa Kruunuvuorenrannassa, hieno mutta "
    "pyörällä aika jyrkkä",
    "Lumitöistä vastaava [[P:Markku]] (urakoitsija) sanoi että pihaa ei aurata ennen kuin lunta on 10 cm. "
    "Meillä on vanhuksia jotka ei pääse ulos.",
    "Sain [[P:Tuulilta]] viestin että kokous on siirretty, mutta Varaamossa varaus on edelleen vanhalla ajalla. "
    "Voiko siirtää la 14.12. klo 12-15?",
    "[[P:Ainolta]] ja [[P:Eliakselta]] varastettiin pyörät koulun telineestä saman viikon aikana. Kamera sinne!",
    "Tämä on vastaus [[P:Ville Korhosen]] kommenttiin. [[P:Ville]], kaikki eivät voi ajaa pyörällä, esim. "
    "minun polveni ei kestä sitä.",
    "Ystäväni [[P:Valo]] on näkövammainen ja hänen mukaansa uusissa liikennevaloissa Sörnäisissä ei ole "
    "äänimerkkiä ollenkaan",
    "Mummu [[P:Lempi]] kertoi että palvelutalon ikkunasta näkee kun nuoret ajaa mopoilla puistossa joka ilta",
    "Olen [[P:Omar Abdullahin]] isä. Nuorisotalolla [[P:Omar]] ja hänen kaverinsa eivät saa enää pelata salissa "
    "koska vuorot on annettu aikuisille. Miksi?",
    "[[P:Kerttu]] ja [[P:Veikko]] alakerrasta on molemmat yli 80 ja hississä on ollut vika jo kuukauden. "
    "Isännöitsijä ei vastaa.",
    "rouva [[P:Salon]] mukaan tämä meteli rakennustyömaalta on jatkunut jo kaksi vuotta",
    "Varaus: kerhohuone 2, ti 5.11. klo 18–20. Varaaja [[P:Aamu Lehtinen]], [[E:aamu.lehtinen@outlook.com]]. "
    "Avaimen hakee [[P:Rasmus]].",
    "kiitos [[P:Lindalle]] nuorisotalolla, hän järjesti meille tilan vaikka varaus oli mennyt sekaisin <3",
    "jäin juttelemaan [[P:Teemun]] kanssa (kaupungin puutarhuri) ja hänen mukaansa puut kaadetaan koska ne on "
    "lahoja, ei rakentamisen takia. Hyvä tietää, mutta miksi tätä ei kerrottu asukkaille?",
    "[[P:Mikko Salosen]] ja [[P:Anna Kallion]] ehdotus on hyvä mutta kustannukset on aliarvioitu, 40 000 € ei "
    "riitä",
    "Isäni [[P:Väinö]] ei jaksa kävellä uudelta pysäkiltä kotiin, matka piteni 400 metriä kun pysäkki "
    "siirrettiin",
    "Kysyin [[P:Ilkalta]] kiinteistöhuollosta ja hän sanoi ettei pihan valaistus kuulu heille",
    "Meidän [[P:Tuuli]] (9v) ja [[P:Lumi]] (6v) kulkee tätä reittiä joka päivä, ja autot ajaa suojatien yli "
    "pysähtymättä",
    "[[P:Hassan]] naapurista ja minä siivottiin puiston roskat lauantaina, kaupunki voisi tuoda isomman "
    "roskiksen",
    "Hei, [[P:Riikka]] täällä taas! Viime viikolla ilmoitin rikkinäisestä penkistä eikä mitään ole tapahtunut.",
    "Sain palautteeseen vastauksen [[P:Katja Niemiseltä]] mutta vastauksessa puhuttiin ihan eri puistosta",
    "asukasyhdistyksen puheenjohtaja [[P:Seppo Mäki]] ([[T:050 331 0478]]) on valmis näyttämään paikan "
    "tarkastajalle",
    "Opettaja [[P:Kivelä]] sanoi vanhempainillassa että koulun piha on liian pieni näin monelle oppilaalle",
    "[[P:onnin]] ja [[P:aamun]] isä tässä moi. koulun edessä autot pysähtyy suojatielle jättämään lapsia",
    "[[P:Dmitri]] ja [[P:Svetlana]] ylhäältä valittaa myös, koko talossa haisee viemäri kun on lämmintä",
    "[[P:Ahmedille]] kerroin jo että tein tästä ilmoituksen, mutta teen nyt toisen koska ensimmäiseen ei "
    "vastattu",
    "Olin [[P:Thu Nguyenin]] kanssa Kontulan ostarilla ja hänen ruokakauppansa edessä on aina roskia, koska "
    "roska-astiat tyhjennetään liian harvoin",
    "Jäimme [[P:Maleen]] kanssa bussista pois Itäkeskuksessa ja hissi oli taas rikki. [[P:Malee]] on raskaana "
    "eikä jaksa portaita.",
    "Kaverini [[P:Rebin]] sai sakon vaikka pysäköintiautomaatti oli rikki. [[P:Rebinin]] mukaan siitä on "
    "ilmoitettu ennenkin.",
    "Mun äiti [[P:Kadri]] on virolainen ja häntä ei ymmärretty palvelupisteessä. Voisiko siellä olla "
    "viroksi ohjeita?",
    "Olen tehnyt hakemuksen äitini [[P:Raili Koskisen]] ([[H:070862-913D]]) puolesta jo elokuussa eikä vieläkään "
    "päätöstä",
    "Palautus tilille [[I:FI2512345600007891]], tilinomistaja [[P:Tuuli Järvinen]]. Varaus peruttiin koska sali "
    "oli vesivahingon takia kiinni.",
    "Palautelomake antoi virheen kaksi kertaa, jos tarvitsette niin IP oli [[IP:85.76.142.19]]. Asia: "
    "[[P:Sulon]] ja [[P:Onnin]] koulun edessä on rikkinäinen aita",
    "[[P:Pirjo]] kiinteistöhuollosta soitti takaisin ja sanoi että vika on kaupungin päässä, en tiedä kenen "
    "kanssa tätä pitäisi hoitaa",
    "tytär [[P:Satu]] kaatui pyörällä Kalasatamassa kun kaivon kansi puuttui. Siinä on nyt pelkkä reikä!!",
    "Valmentaja [[P:Kosken]] pyynnöstä kirjoitan: Kontulan tekonurmen verkot on rikki ja pallot lentää "
    "tielle",
    "Kyselin asiaa [[P:Marjatta Laineelta]] asukastoimikunnasta ja hänkin oli ihmeissään",
    "[[P:Toivolle]] ja [[P:Rauhalle]] (kaksoset, 3v) ei ole Vuosaaressa yhtään leikkipaikkaa jossa olisi "
    "aita ympärillä",
    "Tein tämän ehdotuksen yhdessä [[P:Jarmon]] ja [[P:Leena Salmisen]] kanssa. Idea: Vuosaaren rantaan "
    "talviuintipaikka ja pukukoppi.",
    "Puhelinnumero väärin edellisessä: oikea on [[T:045 882 1067]]. Avaimet hakee [[P:Ilta Virtanen]].",
    "terveisin [[P:Armas Kivinen]], Pitäjänmäki. ps. [[P:Kivisen Armas]] on eri henkilö, ei sukua :)",
    "kerhon vetäjä [[P:Mira]] vie lapset joka tiistai puistoon ja siellä on koirankakkaa joka paikassa",
    "[[P:Esko]] ja [[P:Sirkka]] naapurista on laittaneet tästä palautetta jo 2019, mikään ei ole muuttunut",
]

FI_NEG = [
    "onni potkaisi kun löysin lompakon Itäkeskuksen bussilaiturilta, vein sen kioskille. Kiitos bussin 97 "
    "kuljettajalle joka neuvoi!",
    "Aamu oli kylmä ja bussi 55 ei tullut ollenkaan, seisoin Koskelan pysäkillä 7.10–7.45. Linjan 55 pitäisi "
    "kulkea 10 min välein.",
    "Kallion kirjasto on ollut kiinni jo kaksi viikkoa ilman mitään tiedotetta. Milloin aukeaa?",
    "Mäkelänkatu on iltaisin tosi vaarallinen ylittää, valot vaihtuu liian nopeasti punaiselle. Etenkin "
    "vanhuksille.",
    "Toivon aukiolle voisi tuoda lisää penkkejä ja istutuksia, nyt se on pelkkää asfalttia.",
    "Lumi satoi koko yön eikä Koskelantietä ollut aurattu vielä klo 8. pyörätie täysin tukossa",
    "Toivon että Kalliolle saadaan vihdoin kunnon pyöräparkki. Nyt pyörät on kaikkialla jalkakäytävillä.",
    "valo ei toimi Kumpulan siirtolapuutarhan portilla, on pilkkopimeää klo 17 jälkeen",
    "tuuli kaatoi ison koivun Niemenmäentien kevyen liikenteen väylälle, kulku on estynyt",
    "Satutuokio lastenosastolla on ollut tosi suosittu, toivottavasti jatkuu keväällä! Lauantaisin klo 10.30.",
    "kaupungin into rakentaa lisää parkkipaikkoja ei vastaa asukkaiden toiveita. Rauha ja hiljaisuus on se syy "
    "miksi tänne muutettiin.",
    "Kaino toive: voisiko Kivikon koirapuistoon laittaa valot? Talvella siellä ei näe mitään.",
    "usko kaupungin lupauksiin on aika koetuksella kun tämäkin hanke on siirtynyt jo kolme kertaa",
    "Armas kotikaupunki, miksi kaikki hyvät metsät pitää rakentaa täyteen?",
    "Järvi on jäässä mutta jää on heikkoa, eikä Pitkäjärven rannalla ole yhtään varoituskylttiä.",
    "Vanhankaupunginkosken kalaportaat on hieno juttu, koski on tosi kaunis keväällä. Lisää roskiksia kiitos.",
    "joku heitti kiven bussipysäkin lasiin Mäkelänrinteen kohdalla, lasinsirut on edelleen maassa",
    "Laine löi laiturin yli Lauttasaaressa myrskyssä ja laiturin lankkuja on irti. Vaarallinen.",
    "Lehto Kivikon puolella on arvokas luontokohde, sitä ei saa kaataa meluvallin tieltä.",
    "mäki Myllypuron ostarin takana on talvella liian liukas, hiekoitusta tarvitaan aamuisin",
    "Armas Lindgrenin suunnittelema koulurakennus pitää suojella eikä purkaa. Se on osa Helsingin historiaa.",
    "Tove Janssonin puiston leikkipaikka on ihana! Kiitos kaupungille.",
    "Koiramme Onni karkasi eilen Paloheinän ulkoilualueella kun aidassa on iso reikä. Onneksi löytyi. Aita "
    "kuntoon.",
    "Asianumero HEL 2024-014732, palautteeseen ei ole vastattu. Lähetin sen 14.10.2024.",
    "Postinumero 00940, Kontula. Jäteaseman kyltissä lukee ma–pe 8–20 mutta netissä 7–21, kumpi on oikein?",
    "Aleksis Kiven kadun ja Sturenkadun risteyksessä on taas iso kuoppa, rengas meni rikki",
    "Olin Pasilan kirjastossa klo 18 ja ilta oli muuten hiljainen, mutta ilmastointi pitää kovaa ääntä.",
    "Aamun ensimmäinen juna Keravalta oli peruttu ilman ilmoitusta. Taas.",
    "Sulo kevätsää! Kiitos että Esplanadin puiston penkit tuotiin jo ulos.",
    "Liisankadun ja Rauhankadun kulmassa suojatien maalit on ihan kuluneet, ei erota yhtään",
    "Annankadulla ei ole pyöräkaistaa vaikka sitä luvattiin jo 2020",
    "OnniBusin pysäkki Kampissa on huonosti merkitty, turistit eksyy joka päivä",
    "Lux Helsinki -valofestivaali oli upea, mutta Senaatintorilla oli liian vähän vessoja.",
    "Ilta-Sanomien jutun mukaan Kalasataman torneihin ei tule lisää kerroksia, pitääkö paikkansa?",
    "Kallion lukion edessä kadulla on joka aamu autoja pysäköitynä suojatielle",
    "tuuli ja sade kastelee koko pysäkin, katos on liian lyhyt (pysäkki H2045, Pasila)",
    "Varaus #48213, talosauna 3. krs, to klo 19–20. Avain palautettu luukkuun, kiuas ei lämmennyt kunnolla.",
    "Paavo Nurmen patsas Olympiastadionin edessä on töhritty taas",
    "Kaisaniemen puistossa puolet valoista on pois päältä, illalla pelottaa kävellä",
    "Päiväkoti Lumikin pihalla on rikkinäinen liukumäki, lapset voi satuttaa itsensä",
    "Eino Leinon patsaan ympäristö Esplanadilla on täynnä tupakantumppeja",
    "Kiviset kukkaruukut Fredrikinkadulla ovat kaatuneet ja multa levinnyt jalkakäytävälle",
    "Mäkelänkadun varren puut on leikattu tosi rumasti tänä syksynä",
    "Onneksi bussi 506 kulkee nyt myös sunnuntaisin, kiitos HSL!",
    "Into Kalasataman uusille kahviloille on kova, mutta pyörätelineitä on liian vähän",
    "Hanke maksaa 2,4 miljoonaa euroa ja valmistuu kaavan mukaan 2027, eikö rahat kannattaisi käyttää kouluihin?",
    "Rauhanasema Helsingin keskustassa voisi olla asukkaiden käytössä iltaisin",
    "Salon ja Lohjan kautta kulkeva bussi on aina myöhässä Kampissa, väli 17.00–18.30",
    "Aurinkolahden uimaranta on upea, mutta laine tuo rantaan paljon roskaa ja levää",
    "Lempi ja ilo näkyy tässä kaupunginosassa, kiitos Kontulan kirjaston väelle kivasta tapahtumasta!",
    "Toivo on koko ajan ollut että Kivikon hiihtohalli pysyy auki, älkää sulkeko sitä",
    "Lumi ja jää katolla, räystäältä roikkuu isoja jääpuikkoja Sturenkadun puolella",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: Swedish
# ---------------------------------------------------------------------------------------------------------------

SV_POS = [
    "Jag pratade med vår fastighetsskötare [[P:Pekka]] och han sa att snöröjningen på gården hör till staden. "
    "Stämmer det?",
    "Min granne [[P:Britt-Marie Holmström]] har också klagat flera gånger på bullret från bygget på "
    "Drumsövägen, men ingenting händer.",
    "[[P:Annikas]] pojke [[P:Onni]] cyklar till skolan längs Sibeliusgatan och där finns ingen cykelbana alls",
    "Läraren [[P:Johan Lindqvist]] föreslog att klassen skickar in ett förslag till OmaStadi: ett "
    "utomhusklassrum vid skolan.",
    "Nycklarna hämtas av [[P:Elsa Nyberg]], tel. [[T:040 556 1290]]. Fakturan till "
    "[[E:elsa.nyberg@kolumbus.fi]]",
    "Svar till [[P:Mikaela]]: jag håller inte med, en park är viktigare än fler parkeringsplatser.",
    "Jag ringde [[P:Seppo]] på byggnadstillsynen och han lovade att någon kommer och tittar. Det var för tre "
    "veckor sedan.",
    "Vår dotter [[P:Lumi]] och hennes kompis [[P:Aino]] blev nästan påkörda vid övergångsstället på "
    "Drumsövägen i morse",
    "Mormor [[P:Rauha]] bor på servicehuset och kommer inte ut eftersom hissen har varit trasig i två veckor",
    "Tack till [[P:Linh]] på biblioteket som hjälpte min pappa med blanketten!",
    "vicevärden [[P:Koskinen]] svarar inte i telefon och [[P:Koskinens]] mejlbox är full",
    "Jag har pratat med [[P:Ali]] och [[P:Omar]] på ungdomsgården, de vill också ha en basketplan i parken",
    "Min man [[P:Stig]] halkade på isen utanför [[A:Bulevarden 14]] och bröt handleden. Det var inte sandat.",
    "Tränaren [[P:Mats Sjöberg]] har bett om bättre belysning på planen flera gånger, nu skriver jag också",
    "[[P:Tiit]] från grannhuset säger att råttorna kommer från soptunnorna vid parken",
    "Skrivet för min mamma [[P:Gunnels]] räkning, hon har ingen dator. Hon bor på [[A:Runebergsgatan 33 B 18]]. "
    "Ring mig [[T:+358 50 447 2218]] / [[P:Karin]]",
    "[[P:Olga]] och jag städade parken i lördags, men papperskorgarna var redan fulla",
    "Hej [[P:Henrik]], tack för svaret i förra tråden, men du missade poängen om bussarna.",
    "Jag håller med [[P:Sofia W.]] ovan.",
    "min son [[P:valo]] (8 år) vågar inte gå genom tunneln vid Malms station efter skolan",
    "[[P:Maijas]] pappa och jag har samlat 60 namn för förslaget om en ny lekpark",
    "Bokare [[P:Sara Lindholm]], nyckeln hämtas av [[P:Isak]]. Återbetalning till [[I:FI3657890120345678]].",
]

SV_NEG = [
    "Snön föll hela natten och promenaden runt Tölöviken var inte plogad klockan 8.",
    "Kallio bibliotek har varit stängt i två veckor utan någon information.",
    "Tove Janssons park i Kronohagen behöver fler bänkar och en vattenpost.",
    "Stenen som kastades genom busskurens glas ligger kvar vid Mäkelägatan.",
    "Buss 55 kom inte alls i morse, jag väntade vid Forsby hållplats 7.10–7.45.",
    "Ärende HEL 2023-009812: inget svar ännu, skickat 2.9.2023.",
    "Hoppas att Berghäll får en ordentlig cykelparkering nästa år.",
    "Esplanaden, Sibeliusmonumentet och Runebergs staty är stadens ansikte utåt, håll dem rena.",
    "Ljuset i gångtunneln vid Malms station fungerar inte, det är kolsvart.",
    "Lugnet i Brunnsparken förstörs av elsparkcyklar som körs på gångvägarna.",
]

# ---------------------------------------------------------------------------------------------------------------
# Hand-written records: English
# ---------------------------------------------------------------------------------------------------------------

EN_POS = [
    "My neighbour [[P:Liisa]] and I have both reported the broken streetlight on Kirstinkatu, she called and I'm "
    "writing this. It's been dark for 3 weeks.",
    "The caretaker, [[P:Jukka]], told us the bins are the city's responsibility. [[P:Jukka's]] phone is always "
    "off so I can't check with him.",
    "I spoke with Ms. [[P:Kallio]] from building control on the phone on Monday and she said an inspector would "
    "come. Nobody came.",
    "My son [[P:Onni]] (10) plays in a football team at Brahe field and coach [[P:Mikko]] says the goals have "
    "been broken since August.",
    "Booking for Saturday 14:00-17:00, keys will be picked up by my colleague [[P:Nguyen Thi Mai]] "
    "([[T:+358 41 739 0215]]). Invoice to [[E:mai.nguyen@hotmail.com]].",
    "reply to [[P:Satu]]: I agree, the tram line should go through Kalasatama and not around it",
    "Our neighbour [[P:Ahmed]] shovelled the snow from the pavement himself because the contractor never came",
    "I'm writing on behalf of my mother-in-law [[P:Aino Lehto]], who lives at [[A:Myllypurontie 22 A 5]] and "
    "cannot get to the bus stop since it was moved.",
    "Mr. [[P:Salo]], my daughter's teacher, asked us parents to report the broken fence at the school yard, so "
    "here it is.",
    "[[P:Lumi]] and [[P:Tuuli]] (my twins, 6) nearly got hit by a delivery van on the pedestrian crossing "
    "this morning",
    "My Thai friend [[P:Nok]] runs a small shop in Kontula and says the rubbish bins outside are emptied only "
    "once a week",
    "spoke to a guy at the city called [[P:Petri]] and he told me to send this here. so: the underpass in "
    "Malmi floods every time it rains",
    "[[P:Olga's]] kids can't use the playground because it's full of broken glass every morning",
    "Thanks [[P:Rauha]] at the Kallio library for helping me with the form!!",
    "As [[P:Jussi Koskinen]] wrote above, the plan ignores the people who already live here.",
    "i asked [[P:hodan]] from the parents group and she has the same problem with the school bus",
    "[[P:valo]] my 5 yo lost his shoe in the mud at the new park, there's no path at all",
    "Our coach [[P:Tiit]] has been asking for a storage container at the field for two years",
    "my partner [[P:Sami]] was almost hit by an e-scooter on Hämeentie, they drive on the pavement all the time",
    "Dr. [[P:Niemi]] at the health centre told my dad he needs to walk daily, but the path to the park has no "
    "lighting",
    "Signed, [[P:Hanna]] & [[P:Joonas Mäkelä]], parents of three",
    "The guy from the housing company, [[P:Markus Järvi]], said I should contact the city directly: "
    "[[E:markus.jarvi@kiinteistopalvelu.fi]] if you need his confirmation.",
]

EN_NEG = [
    "Hope the city fixes the tram stop at Hakaniemi soon, it's been broken since May.",
    "The snow (lumi, for the Finnish speakers) fell all night and the Mannerheimintie bike lane wasn't ploughed.",
    "Kallio library has been closed for two weeks with no notice.",
    "The area around the Sibelius Monument needs more bins, especially on weekends.",
    "Bill for sauna booking #5521 never arrived, can you resend it?",
    "Bus 23 at 7:45 skipped the stop at Ruskeasuo again.",
    "Mäkelänkatu is dangerous to cross at night, the lights change too fast.",
    "Joy to see Oodi library busy on a Sunday! But more bike racks please.",
    "Alvar Aalto's Finlandia Hall looks great after the renovation, but the park behind it is a mess.",
    "The rose garden at Kaisaniemi is lovely, please add a bench or two.",
]

# ---------------------------------------------------------------------------------------------------------------
# Generators (small, seeded)
# ---------------------------------------------------------------------------------------------------------------

# forms: n (nominative), g (genitive), all (allative -lle), abl (ablative -lta), ela (elative -sta),
# ade (adessive -lla), p (partitive)
FI_NAMES = {
    "Liisa": ("Liisa", "Liisan", "Liisalle", "Liisalta", "Liisasta", "Liisalla", "Liisaa"),
    "Pekka": ("Pekka", "Pekan", "Pekalle", "Pekalta", "Pekasta", "Pekalla", "Pekkaa"),
    "Aino": ("Aino", "Ainon", "Ainolle", "Ainolta", "Ainosta", "Ainolla", "Ainoa"),
    "Jussi": ("Jussi", "Jussin", "Jussille", "Jussilta", "Jussista", "Jussilla", "Jussia"),
    "Maija": ("Maija", "Maijan", "Maijalle", "Maijalta", "Maijasta", "Maijalla", "Maijaa"),
    "Onni": ("Onni", "Onnin", "Onnille", "Onnilta", "Onnista", "Onnilla", "Onnia"),
    "Toivo": ("Toivo", "Toivon", "Toivolle", "Toivolta", "Toivosta", "Toivolla", "Toivoa"),
    "Tuuli": ("Tuuli", "Tuulin", "Tuulille", "Tuulilta", "Tuulista", "Tuulilla", "Tuulia"),
    "Lumi": ("Lumi", "Lumin", "Lumille", "Lumilta", "Lumista", "Lumilla", "Lumia"),
    "Satu": ("Satu", "Sadun", "Sadulle", "Sadulta", "Sadusta", "Sadulla", "Satua"),
    "Valo": ("Valo", "Valon", "Valolle", "Valolta", "Valosta", "Valolla", "Valoa"),
    "Ilta": ("Ilta", "Illan", "Illalle", "Illalta", "Illasta", "Illalla", "Iltaa"),
    "Aamu": ("Aamu", "Aamun", "Aamulle", "Aamulta", "Aamusta", "Aamulla", "Aamua"),
    "Rauha": ("Rauha", "Rauhan", "Rauhalle", "Rauhalta", "Rauhasta", "Rauhalla", "Rauhaa"),
    "Sulo": ("Sulo", "Sulon", "Sulolle", "Sulolta", "Sulosta", "Sulolla", "Suloa"),
    "Armas": ("Armas", "Armaksen", "Armakselle", "Armakselta", "Armaksesta", "Armaksella", "Armasta"),
    "Into": ("Into", "Innon", "Innolle", "Innolta", "Innosta", "Innolla", "Intoa"),
    "Mai": ("Mai", "Main", "Maille", "Mailta", "Maista", "Mailla", "Maita"),
    "Linh": ("Linh", "Linhin", "Linhille", "Linhiltä", "Linhistä", "Linhillä", "Linhiä"),
    "Ali": ("Ali", "Alin", "Alille", "Alilta", "Alista", "Alilla", "Alia"),
    "Omar": ("Omar", "Omarin", "Omarille", "Omarilta", "Omarista", "Omarilla", "Omaria"),
    "Hodan": ("Hodan", "Hodanin", "Hodanille", "Hodanilta", "Hodanista", "Hodanilla", "Hodania"),
    "Olga": ("Olga", "Olgan", "Olgalle", "Olgalta", "Olgasta", "Olgalla", "Olgaa"),
    "Tiit": ("Tiit", "Tiitin", "Tiitille", "Tiitiltä", "Tiitistä", "Tiitillä", "Tiitiä"),
}

FI_SURNAMES = {
    "Mäki": ("Mäki", "Mäen", "Mäelle", "Mäeltä", "Mäestä", "Mäellä", "Mäkeä"),
    "Kallio": ("Kallio", "Kallion", "Kalliolle", "Kalliolta", "Kalliosta", "Kalliolla", "Kalliota"),
    "Järvi": ("Järvi", "Järven", "Järvelle", "Järveltä", "Järvestä", "Järvellä", "Järveä"),
    "Koski": ("Koski", "Kosken", "Koskelle", "Koskelta", "Koskesta", "Koskella", "Koskea"),
    "Niemi": ("Niemi", "Niemen", "Niemelle", "Niemeltä", "Niemestä", "Niemellä", "Niemeä"),
    "Laine": ("Laine", "Laineen", "Laineelle", "Laineelta", "Laineesta", "Laineella", "Lainetta"),
    "Salo": ("Salo", "Salon", "Salolle", "Salolta", "Salosta", "Salolla", "Saloa"),
    "Kivi": ("Kivi", "Kiven", "Kivelle", "Kiveltä", "Kivestä", "Kivellä", "Kiveä"),
    "Lehto": ("Lehto", "Lehdon", "Lehdolle", "Lehdolta", "Lehdosta", "Lehdolla", "Lehtoa"),
}

CASES = {"n": 0, "g": 1, "all": 2, "abl": 3, "ela": 4, "ade": 5, "p": 6}

FI_ISSUES = [
    "pihan valot ovat olleet rikki kolme viikkoa",
    "roskakatoksen ovi ei mene enää kiinni ja linnut levittää roskat",
    "leikkipuiston keinun ketju on poikki",
    "kellariin tulee vettä joka kerta kun sataa kunnolla",
    "pyörätie on jäässä joka aamu eikä sitä hiekoiteta",
    "bussipysäkin katoksen lasi on rikottu ja sirpaleet on maassa",
    "kadulla on niin iso kuoppa että auton rengas hajosi",
    "puistossa juoksee rottia päivälläkin",
    "koirapuiston portti ei sulkeudu ja koirat pääsee tielle",
    "suojatien maalit on kuluneet pois kokonaan",
    "kaatunut puu on ollut kevyen liikenteen väylällä jo viikon",
    "sähköpotkulaudat tukkii jalkakäytävän joka ilta",
]
FI_WHEN = ["eilen", "maanantaina", "viime viikolla", "12.11.", "jo syyskuussa", "aamulla", "toissapäivänä",
           "kaksi viikkoa sitten", "perjantaina klo 15"]
FI_PROMISE = ["asia hoidetaan tällä viikolla", "joku tulee katsomaan", "vika korjataan heti",
              "asia viedään eteenpäin", "tästä tehdään työtilaus"]
FI_ROLES_GEN = ["naapurin ", "talonmies ", "meidän ", "", "", "isännöitsijä ", "kaupungin ", "rakennusvalvonnan ",
                "koulun "]
FI_FROM = ["naapurista", "alakerrasta", "meidän rapusta", "kiinteistöhuollosta", "viereisestä talosta",
           "asukastoimikunnasta"]
FI_OPINION = [
    "puistoa ei saa rakentaa täyteen",
    "raitiotie on parempi kuin bussit",
    "pysäköintipaikkoja ei tarvita lisää",
    "leikkipuisto pitää säilyttää",
    "koulun piha on jo nyt liian pieni",
    "metsä on alueen tärkein asia",
]
FI_STREETS = [("Mäkelänkadun", "Mäkelänkatu"), ("Hämeentien", "Hämeentie"), ("Kaarelantien", "Kaarelantie"),
              ("Siilitien", "Siilitie"), ("Kontulankaaren", "Kontulankaari"), ("Koskelantien", "Koskelantie"),
              ("Sturenkadun", "Sturenkatu"), ("Itäväylän", "Itäväylä"), ("Lauttasaarentien", "Lauttasaarentie"),
              ("Vuotien", "Vuotie"), ("Myllypurontien", "Myllypurontie"), ("Kirkkojärventien", "Kirkkojärventie")]


def _phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050"])
    if rng.random() < 0.3:
        return "+358 %s %s %s" % (pre[1:], rng.randint(100, 999), rng.randint(1000, 9999))
    return "%s %s %s" % (pre, rng.randint(100, 999), rng.randint(1000, 9999))


def _nm(rng, pool=None, surname_p=0.2):
    """Return a function case -> name form (first name, sometimes first + inflected surname)."""
    first = FI_NAMES[rng.choice(pool or sorted(FI_NAMES))]
    if rng.random() < surname_p:
        sur = FI_SURNAMES[rng.choice(sorted(FI_SURNAMES))]
        return lambda c: first[0] + " " + sur[CASES[c]]
    return lambda c: first[CASES[c]]


def _lower_outside(s):
    low = s.lower()
    return re.sub(r"\[\[(p|e|t|h|i|r|a|ip):", lambda m: "[[" + m.group(1).upper() + ":", low)


def _gen_fi_pos(rng, n):
    out = []
    tries = 0
    while len(out) < n and tries < 5000:
        tries += 1
        a = _nm(rng)
        b = _nm(rng, surname_p=0.0)
        if b("n") == a("n").split()[0]:
            continue
        r = rng.choice(FI_ROLES_GEN)
        k = rng.randrange(12)
        if k == 0:
            t = "soitin %s[[P:%s]] %s ja hän lupasi että %s. ei ole kuulunut mitään" % (
                r, a("all"), rng.choice(FI_WHEN), rng.choice(FI_PROMISE))
        elif k == 1:
            t = "kysyin %s[[P:%s]] ja hänen mukaansa %s. Mitä aiotte tehdä?" % (
                r, a("abl"), rng.choice(FI_ISSUES))
        elif k == 2:
            t = "[[P:%s]] %s sanoi että %s, ja huomasin saman itse %s" % (
                a("n"), rng.choice(FI_FROM), rng.choice(FI_ISSUES), rng.choice(FI_WHEN))
        elif k == 3:
            t = "puhuin %s[[P:%s]] kanssa %s: %s" % (r, a("g"), rng.choice(FI_WHEN), rng.choice(FI_ISSUES))
        elif k == 4:
            t = "[[P:%s]] ei ole ollut apua, joten laitan tämän tänne: %s" % (a("ela"), rng.choice(FI_ISSUES))
        elif k == 5:
            t = "kerroin [[P:%s]] ja [[P:%s]] tästä kuulemisesta ja he ovat samaa mieltä: %s" % (
                a("all"), b("all"), rng.choice(FI_OPINION))
        elif k == 6:
            t = "Varaaja [[P:%s]], avaimet hakee [[P:%s]] puh [[T:%s]]. %s" % (
                a("n"), b("n"), _phone(rng),
                rng.choice(["Tila: kerhohuone, klo 17-20.", "Kuoron harjoitus, n. 15 hlö.",
                            "Syntymäpäivät, siivoamme itse.", "Taloyhtiön kokous 12 henkeä."]))
        elif k == 7:
            t = "[[P:%s]] on avain kerhohuoneeseen, soittakaa hänelle [[T:%s]] jos ovi on kiinni" % (
                a("ade"), _phone(rng))
        elif k == 8:
            t = "Vastaus [[P:%s]]: olen eri mieltä, %s" % (a("all"), rng.choice(FI_OPINION).replace(
                "ei saa", "saa kyllä").replace("on parempi", "ei ole parempi"))
        elif k == 9:
            t = "sain [[P:%s]] viestin että %s, onko tästä jo ilmoitettu?" % (a("abl"), rng.choice(FI_ISSUES))
        elif k == 10:
            c = FI_NAMES[rng.choice(["Onni", "Lumi", "Valo", "Tuuli", "Aamu", "Into", "Sulo", "Satu", "Ilta"])]
            t = "lapseni [[P:%s]] (%dv) kulkee %s kautta kouluun ja %s" % (
                c[0], rng.randint(5, 12), rng.choice(FI_STREETS)[0], rng.choice(FI_ISSUES))
        else:
            t = "[[P:%s]] ei voi syyttää, hän on ilmoittanut tästä monta kertaa: %s" % (
                a("p"), rng.choice(FI_ISSUES))
        if rng.random() < 0.35:
            t = _lower_outside(t)
        if t not in out:
            out.append(t)
    return out


FI_WORD_SENT = [
    "lumi satoi koko yön eikä pyörätietä ole aurattu", "tuuli kaatoi ison puun kevyen liikenteen väylälle",
    "valo ei toimi alikulussa", "aamu oli pimeä ja jalkakäytävä peilijäässä",
    "onni oli matkassa kun en kaatunut jäisellä suojatiellä", "into pyöräilyyn hiipuu kun pyörätietä ei aurata",
    "usko kaupunkiin loppuu kun samaa kuoppaa ei korjata", "rauha on mennyttä kun työmaa alkaa joka aamu klo 6",
    "kivi lensi tuulilasiin hiekoitusauton perästä", "mäki on liian jyrkkä rattaille kun sitä ei hiekoiteta",
    "ilta-aikaan katuvalot sammuu puolen tunnin välein", "lumi on kasattu niin että pysäkille ei näe",
    "satu-aiheinen seinämaalaus on töhritty", "koski tulvii keväällä rantapolulle",
]
FI_NEG_TAIL = [
    "{s} kohdalla (linja {bus})", "{s} varrella, huomattu klo {time}", "{s} alussa, viite {case}",
    "{s} pysäkillä {date} aamulla", "{s} puolella, {pc} Helsinki", "{s} ja sivukadun risteyksessä",
]


def _gen_fi_neg(rng, n):
    out = []
    tries = 0
    while len(out) < n and tries < 5000:
        tries += 1
        w = rng.choice(FI_WORD_SENT)
        tail = rng.choice(FI_NEG_TAIL).format(
            s=rng.choice(FI_STREETS)[0],
            bus=rng.choice(["55", "79", "506", "561", "71", "97V", "23N"]),
            time="%d.%02d" % (rng.randint(6, 22), rng.choice([0, 10, 15, 30, 45])),
            case="HEL %d-%06d" % (rng.choice([2023, 2024, 2025]), rng.randint(1000, 99999)),
            date="%d.%d." % (rng.randint(1, 28), rng.randint(1, 12)),
            pc=rng.choice(["00510", "00940", "00920", "00700", "00200", "01300"]),
        )
        t = w + " " + tail + rng.choice([".", "!", "", " :("])
        if rng.random() < 0.5:
            t = t[0].upper() + t[1:]
        if t not in out:
            out.append(t)
    return out


SV_NAMES = ["Elsa", "Johan", "Karin", "Mikaela", "Stig", "Ulla", "Onni", "Lumi", "Linh", "Ali", "Olga", "Henrik"]
SV_SUR = ["Lindqvist", "Nyberg", "Holmström", "Koskinen", "Sjöberg", "Mäki"]


def _gen_sv(rng, npos, nneg):
    out = []
    tries = 0
    while len(out) < npos and tries < 3000:
        tries += 1
        a = rng.choice(SV_NAMES)
        full = a + " " + rng.choice(SV_SUR) if rng.random() < 0.3 else a
        k = rng.randrange(4)
        if k == 0:
            t = "Jag pratade med [[P:%s]] %s och vi har samma problem med belysningen" % (
                full, rng.choice(["i grannhuset", "på kontoret", "i trappan"]))
        elif k == 1:
            t = "Nyckeln hämtas av [[P:%s]], tel. [[T:%s]]" % (full, _phone(rng))
        elif k == 2:
            a = rng.choice(["Karin", "Stig", "Ulla", "Henrik", "Mikaela", "Olga"])
            t = "[[P:%ss]] barn går i skolan vid %s och där saknas ett övergångsställe" % (
                a, rng.choice(["Drumsövägen", "Mäkelägatan", "Tavastvägen"]))
        else:
            t = "Svar till [[P:%s]]: %s" % (full, rng.choice(
                ["håller helt med!", "nej, parken behövs mer än parkeringen", "spårvägen är bättre"]))
        if t not in out:
            out.append(t)
    neg = []
    while len(neg) < nneg and tries < 6000:
        tries += 1
        t = "%s vid %s, buss %s kl. %d.%02d" % (
            rng.choice(["Snön är inte plogad", "Ljuset är trasigt", "Busskuren är sönder", "Stenar på cykelbanan",
                        "Vattenläcka på gatan"]),
            rng.choice(["Mäkelägatan", "Tavastvägen", "Drumsövägen", "Berghälls bibliotek", "Forsby station"]),
            rng.choice(["55", "23", "71", "16"]), rng.randint(6, 22), rng.choice([0, 15, 30, 45]))
        if t not in neg:
            neg.append(t)
    return [("sv", t) for t in out] + [("sv", t) for t in neg]


EN_NAMES = ["Liisa", "Jukka", "Onni", "Tuuli", "Mai", "Nok", "Hodan", "Omar", "Olga", "Tiit", "Satu", "Valo"]
EN_SUR = ["Kallio", "Koski", "Niemi", "Mäki", "Salo", "Laine"]


def _gen_en(rng, npos, nneg):
    out = []
    tries = 0
    while len(out) < npos and tries < 3000:
        tries += 1
        a = rng.choice(EN_NAMES)
        k = rng.randrange(4)
        if k == 0:
            t = "my neighbour [[P:%s]] says the %s has been broken since %s" % (
                a, rng.choice(["streetlight", "playground swing", "bin shelter door", "lift"]),
                rng.choice(["August", "last week", "the storm", "Monday"]))
        elif k == 1:
            t = "Keys picked up by [[P:%s %s]], phone [[T:%s]]" % (a, rng.choice(EN_SUR), _phone(rng))
        elif k == 2:
            t = "[[P:%s's]] kid walks along %s to school and there is no crossing" % (
                a, rng.choice(["Hämeentie", "Mäkelänkatu", "Siilitie", "Kaarelantie"]))
        else:
            t = "I talked to [[P:%s]] from the %s and we both think %s" % (
                a, rng.choice(["residents' association", "caretaker company", "school", "football club"]),
                rng.choice(["the park must stay", "the tram is a good idea", "more bike racks are needed"]))
        if rng.random() < 0.3:
            t = _lower_outside(t)
        if t not in out:
            out.append(t)
    neg = []
    while len(neg) < nneg and tries < 6000:
        tries += 1
        t = "%s near %s, bus %s at %d:%02d" % (
            rng.choice(["Snow not cleared", "Light out", "Broken bus shelter", "Hope someone fixes the pothole",
                        "Rubbish everywhere"]),
            rng.choice(["Mäkelänkatu", "Kallio library", "Hakaniemi market hall", "Toivon aukio",
                        "the Sibelius Monument"]),
            rng.choice(["55", "23", "79", "561"]), rng.randint(6, 22), rng.choice([0, 15, 30, 45]))
        if t not in neg:
            neg.append(t)
    return [("en", t) for t in out] + [("en", t) for t in neg]


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    recs = []
    recs += [("fi", t) for t in FI_POS]
    recs += [("fi", t) for t in FI_NEG]
    recs += [("sv", t) for t in SV_POS]
    recs += [("sv", t) for t in SV_NEG]
    recs += [("en", t) for t in EN_POS]
    recs += [("en", t) for t in EN_NEG]
    recs += [("fi", t) for t in _gen_fi_pos(rng, 40)]
    recs += [("fi", t) for t in _gen_fi_neg(rng, 24)]
    recs += _gen_sv(rng, 6, 5)
    recs += _gen_en(rng, 6, 5)
    return recs
