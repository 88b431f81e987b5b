"""Blind evaluation block 16 for the free-text personal-data scrubber (Swedish and English).

Written by helper "outsider 16" on 2026-12-07.

Blindness: while writing this file I did not open, grep, list or run anything under harvester/, tests/,
scripts/, benchmarks/pii_eval.py, benchmarks/pii_build_devset.py or any other benchmarks/pii_devset_outsider*.py
file, and I ran no scrubber and no evaluation. The texts and their markup were written from the brief alone.

Focus: Swedish (about half) and English (about half) messages by Helsinki residents - Swedish-speaking Finns,
expats, students and immigrants writing in English - as they appear in Open311 feedback, Kerrokantasi hearing
comments, OmaStadi proposals and Varaamo booking notes. Every class is covered: person names (Finland-Swedish
names, nobiliary particles such as "af" and "von", international names, Swedish genitive -s and English
possessive inside the span), e-mails, phones (Finnish formats, +358, 00358, 358 without plus, foreign +46, +44,
+1, +380 ...), HETUs, IBANs (Finnish and foreign, grouped and not), licence plates after Swedish/English cues,
street addresses in Swedish (Båtsmansgatan 3 B 12, Tölögatan 19 bst 4, lgh 5) and in English with Finnish
street names, IP addresses (v4 and v6). Signatures in Swedish/English e-mail style (Mvh, Hälsningar, /Anna,
Regards, Cheers, BR, Sent from my iPhone) and quoted replies ("On Mon, 3 Dec ..., Jane Doe <...> wrote:").
About a third of the records are hard negatives: capitalised Swedish and English words that are also first
names (Stig, Bo, Dag, Klara, Rita, Liv, Will, Mark, Grace, Hope, May, Bill ...), places that are also names
(Sofia, Adelaide, Florence, Victoria, Jordan, Kristinestad, Mariehamn), brands, famous and historical people,
streets named after people without a house number, dates, times, prices, case, order and reference numbers
(including an RF creditor reference), postal codes, bus and tram lines, opening hours and years.

Seed: 1616 (random.Random(1616) fills the template slots and orders the records).

Markup: [[LABEL:text]] around each piece of personal data, with LABEL one of
    P  a living private person's name (any part; role words and titles outside the span; Swedish genitive -s
       and English possessive inside the span; particles such as "af", "von", "de la" inside)
    E  e-mail address          T  phone number (switchboards included)
    H  Finnish personal identity code (HETU)
    I  IBAN or bank account number
    R  vehicle licence plate
    A  street address with a house number, including staircase and flat (postal code and city stay outside)
    IP IP address
Records are (lang, marked_text) with lang "sv" or "en".
"""

from __future__ import annotations

import random
import re
import unicodedata

SEED = 1616

# ---------------------------------------------------------------------------------------------------------------
# Individually written records, Swedish.
# ---------------------------------------------------------------------------------------------------------------

_SV: list[str] = [
    "Hej! Gatlampan utanför [[A:Båtsmansgatan 3 B 12]] har varit släckt sedan i tisdags och det är becksvart när "
    "man kommer hem från jobbet. Ring mig gärna om ni behöver mer info, [[T:040 718 2293]].\n\nMvh\n"
    "[[P:Kristina Björklund]]",
    "Bokade bastun för lördag men fick ingen bekräftelse?? min mejl är [[E:j.lindqvist@gmail.com]]\n/[[P:Jonas]]",
    "Det står en övergiven bil (reg.nr [[R:KXB-428]]) på Tölögatan sedan början av oktober. Däcken är punkterade "
    "och någon har krossat bakrutan, glassplitter överallt på trottoaren.",
    "Tack för snabbt svar!\n\nDen tis 1 dec. 2026 kl 09:14 skrev [[P:Maria Holmberg]] <[[E:maria.holmberg@hel.fi]]>:"
    "\n> Hej, vi har tagit emot er anmälan och skickat den vidare till entreprenören.\n> Ärendenummer "
    "HEL-2026-014872.\n\n--\n[[P:Sten Nyström]]\n[[A:Mannerheimvägen 5 A]], 00100 Helsingfors",
    "Min dotter [[P:Elsa]] halkade på isen vid busshållplatsen på [[A:Runebergsgatan 40]] och slog i huvudet. "
    "Ingen hade sandat trots att det varit minusgrader i fyra dagar. Vi satt på jouren på Mejlans hela kvällen.",
    "Förslag till OmaStadi: ett utegym vid Brunnsparken, nära stranden.\nKontaktperson: [[P:Carl-Johan af "
    "Forselles]], [[T:+358 50 441 2087]], [[E:cj.afforselles@kolumbus.fi]]",
    "hej jag har ett problem med min bokning jag heter [[P:ahmed yusuf]] och mitt nummer är [[T:0451234987]]. kan "
    "ni ringa mig efter kl 15",
    "Grannen i [[A:Tölögatan 19 bst 4]] eldar sopor på gården nästan varje kväll. Jag har pratat med honom två "
    "gånger men ingenting händer. Röken kommer in genom ventilationen.",
    "Jag betalade dubbelt för bokningen av Arbis festsal (2 x 85 €). Var snäll och återbetala till kontot "
    "[[I:FI49 2395 8861 4705 19]], kontoinnehavare [[P:Linnea Sjöblom]].",
    "Blanketten krävde personbeteckning fast det bara gällde en bastutur?! Jag skrev in min, [[H:190974-2345]], men "
    "nu ångrar jag mig. Kan ni radera den ur systemet?\n/[[P:Mikael Lindholm]]",
    "[[P:Annas]] och [[P:Jessicas]] barn leker varje eftermiddag på gården vid [[A:Fredriksgatan 48]] och nu har "
    "någon lämnat glasskärvor i sandlådan. Snälla, kan någon komma och städa?",
    "Hälsningar från ett trött hushåll på [[A:Albertsgatan 27 C 31]]. Sopbilen har hoppat över oss tre veckor i "
    "rad, kärlen är överfulla och måsarna har hittat dem.\n\n[[P:Ulla-Britt]] & [[P:Gösta Wikström]]",
    "Formuläret kraschar varje gång jag försöker skicka. Felmeddelandet säger 'blocked request from "
    "[[IP:85.76.112.9]]'. Jag sitter hemma på helt vanligt bredband, ingen VPN.",
    "Jag bor i Stockholm men äger en lägenhet på [[A:Dagmarsgatan 8 A 3]]. Nå mig bäst på [[T:+46 70 312 48 90]] "
    "eller på kontoret [[T:08-612 44 17]] vardagar.",
    "Vill tacka parkarbetaren [[P:Jukka]] och trädgårdsmästaren [[P:Sofia Backman]] som planterade om rabatten vid "
    "Sandvikstorget så fint! 🌷",
    "Hej [[P:Mats]]! Skickar bilderna du bad om. Bilen med nummerplåten [[R:ZTL-907]] stod på invalidplatsen igen "
    "i dag, 9.12, från 8 till minst 17.\n/[[P:Agneta]]",
    "Bokning för [[P:Nyströms]] 70-årskalas. Vi är ca 40 personer. Kontakt: [[P:Eva Nyström]] [[T:050 329 8815]]. "
    "Vi tar med egen tårta och kaffe, behöver bara nyckel till köket.",
    "Problem med inloggningen. Mitt användarnamn är [[E:henrik.von.knorring@outlook.com]] och jag har försökt från "
    "två olika datorer, [[IP:192.168.1.23]] och [[IP:10.0.0.14]] enligt routern.",
    "Lampan i trappan är trasig igen i [[A:Mechelingatan 12 D 48]]\n\nSkickat från min iPhone",
    "Jag vill anmäla att min granne [[P:Håkan]] har parkerat sin husbil ([[R:HBA-31]]) på gatan i tre månader. Den "
    "tar två parkeringsplatser.",
    "Ta kontakt med stadsträdgårdsmästare [[P:Pia Sundström]], [[T:09 310 37842]], hon vet allt om de gamla lindarna "
    "i parken.",
    "Jag ringde stadens växel [[T:09 310 1111]] men fick vänta i 40 minuter innan någon svarade. Inte okej.",
    "Förslag: Pulkabacke i Degerö\nMotivering: Barnen i området har ingenstans att åka, närmaste backe är i "
    "Hertonäs.\nKostnad: ca 15 000 €\nFörslagsställare: [[P:Johanna Lindqvist-Mäkinen]], "
    "[[E:johanna.lm@gmail.com]]",
    "hej, hittade en planbok vid Hagnas torg med kort som tillhor nagon [[P:Stefan Ostman]]. lamnade den at polisen "
    "i Bole idag kl 14",
    "Anmälan till simskolan: [[P:Alva Holmberg]], pbt [[H:201212A535X]]. Vårdnadshavare [[P:Tove Holmberg]], "
    "[[T:+358 40 882 1503]].",
    "Återbetalningen kan göras till mitt svenska konto [[I:SE90 5988 2494 0730 6600 5434]] (Swedbank). Jag bor "
    "numera i Uppsala så finska kontot är avslutat.",
    "Till [[P:Benjamin]] på idrottsverket: tack för hjälpen med nycklarna igår!! 🙏\n//[[P:Lotta]]",
    "Ni kan nå mig på jobbet [[T:09 6962 2480]] mån–fre 8–16, annars mobilen [[T:044-502 7781]].",
    "Min bil [[R:GOP-552]] blev bortbogserad från [[A:Sandvikskajen 13]] fast det inte fanns någon skylt. "
    "Kvitto nr 88213, jag betalade 165 € för att få ut den. Jag vill ha pengarna tillbaka.",
    "Vi är tre familjer från [[A:Sundbergsvägen 7]] i Östersundom: [[P:Nguyen]], [[P:Okafor]] och [[P:Lindgren]]. "
    "Vi önskar en busshållplats närmare, nu går barnen 1,8 km längs en mörk väg.",
    "Hej!\nJag har hittat en katt som heter Mirre (står på halsbandet) vid [[A:Vallgatan 6]]. Ägaren kan ringa "
    "[[T:0400 613 992]].\nHälsningar [[P:Birgitta]]",
    "Nyckeln hämtas av [[P:Oskar Sjöblom]] (ordf. för föreningen). Eventuell återbetalning av depositionen till "
    "föreningens konto [[I:FI6040533691162785]].",
    "Jag är 84 år och bor ensam på [[A:Topeliusgatan 21 A 9]]. Hissen har varit ur funktion i två veckor och jag "
    "kommer inte ner för trapporna. Min son [[P:Lars]] har ringt er flera gånger, hans nummer är "
    "[[T:00358 50 337 1426]].",
    "Bra plan i stort men parkeringsnormen är alldeles för låg för barnfamiljer.\n– [[P:Rolf von Bonsdorff]], "
    "boende i Eira",
    "Med vänlig hälsning\n\n[[P:Anders Wikström]]\nStyrelseordförande, Bostads Ab Lindängen\n"
    "[[T:+358 (0)40 551 8022]]\n[[E:anders.wikstrom@lindangen.fi]]",
    "Det står en svensk bil med reg.nr [[R:MLB 84F]] på boendeparkeringen i Kronohagen, utan tillstånd, sedan "
    "slutet av november.",
    "Hej, har någon hittat en blå barnvagn? Den försvann från cykelrummet på [[A:Kaptensgatan 11 lgh 5]] natten mot "
    "söndag. Ring [[T:358407712280]] om ni sett något. Tack på förhand / [[P:Jenny]]",
    "Jag föreslår att man sätter upp en hundrastgård i Drumsö. Själv har jag ingen hund, men min sambo [[P:Ville]] "
    "och hans tax Sigge skulle bli överlyckliga 😄",
    "Hej hej,\nmin mamma [[P:Margareta Ekholm]] ([[H:250155-792N]]) behöver hjälp med snöskottningen vid "
    "sin ingång, hon har rollator. Adressen är [[A:Stora Robertsgatan 2 B 7]].\nBästa hälsningar,\n[[P:Camilla]]",
    "MVH [[P:Fredrik]]",
    "Vem städar efter festen i Kajsaniemi? [[P:Ebbas]] kompisar hittade sprutor bakom buskarna vid lekparken.",
    "Jag, [[P:Wilhelm Stenbäck]], ger härmed min granne [[P:Ann-Christin Granholm]] rätt att hämta nyckeln till "
    "gårdsbastun i mitt ställe.\nHelsingfors 3.12.2026",
    "Kompletterar min anmälan: bilen som körde på cykelstället var en grå skåpbil, registreringsnummer "
    "[[R:JVT-613]]. Föraren hette [[P:Kent]], det hörde jag när kollegan ropade på honom.",
    "hälsningar\n[[P:maj-lis]]\n\n[[T:+358 9 675 311]]",
    "Ärende: Trasigt staket\nAdress: [[A:Munksnäs allé 19 C 22]]\nBeskrivning: staketet mot vägen har vält, barnen "
    "springer ut på gatan\nKontakt: [[E:b.westerlund@welho.com]]",
    "Kontonummer för återbetalning: [[I:FI02 3915 0752 9757 95]]\nMottagare: [[P:Axel Forsman]]\nMeddelande: "
    "Bokning 44817",
    "Bäste [[P:Magnus]],\njag har fått ditt brev och förstår att ni inte kan göra mer just nu. Men vi grannar på "
    "[[A:Vladimirsgatan 4]] kommer att fortsätta klaga tills trafiken lugnas.\n\nHälsningar\n[[P:Gunilla de la "
    "Chapelle]]",
    "Pappa ([[P:Börje]]) fick en parkeringsbot fast han har handikapptillstånd. Bilen är [[R:CUN-70]] och tillståndet "
    "låg synligt i vindrutan. Boten har nummer 7204-5531.",
    "Hej, jag är utbytesstudent från Tyskland och bor på [[A:Tavastvägen 10 A 45]]. Internet i lägenheten fungerar "
    "inte och jag vet inte vem jag ska ringa. Mitt namn är [[P:Lena Schäfer]].",
    "När kommer snöplogen till Stenhagen? Vi som bor längst in på [[A:Gamla Nyby 3]] har varit insnöade sedan "
    "måndag. [[P:Karl-Erik]] i huset bredvid har redan skottat själv i tre timmar.",
    "Har försökt mejla [[E:kundservice.kirjasto@hel.fi]] flera gånger men får inget svar. Mitt lånekort är "
    "registrerat på [[P:Emil Åberg]].",
    "Vi vill boka ungdomsgårdens studio för ett bandrep. Vi är fyra: [[P:Noah]], [[P:Isak]], [[P:Vilma]] och "
    "[[P:Leo]]. Ansvarig vuxen: [[P:Tomas Mattsson]], [[T:050-8861204]]",
    "Jag bifogar ett foto på cykeln som stals utanför [[A:Helsingegatan 22]]. Den är en svart Crescent med barnsits. "
    "Polisanmälan är gjord, ärendenummer 5500/R/112345/26.",
    "Den ons 2 dec. 2026 kl 21:37 skrev [[P:Ida Strandberg]] <[[E:ida.strandberg@abo.fi]]>:\n> Vet du om "
    "festsalen har projektor?\n\nJa, den har det! Kabeln finns i skåpet.\n/[[P:Heidi]]",
    "Ansökan om gatuförsäljningstillstånd, [[P:Mohammed Al-Hassan]], FO-nummer 3141592-6. Jag säljer kaffe från "
    "en cykel vid Sandviken. Tel. [[T:+358 46 980 2231]]",
    "Hej!\n\nJag skriver å min granne [[P:Dagmars]] vägnar. Hon har ingen dator.",
    "Det är mitt barnbarn [[P:Kasper Blomqvist]] som ska använda lokalen, han har nummer [[T:040 3327719]]. "
    "Faktura till mig: [[P:Ingrid Blomqvist]], [[A:Lappviksgatan 15 A 2]], 00180 Helsingfors.",
]

# Hard negatives, Swedish: capitalised non-names, places, brands, famous people, numbers that are not personal.
_SV_NEG: list[str] = [
    "Vem ansvarar för snöröjningen på Lönnrotsgatan? Trottoaren mellan Annegatan och Albertsgatan är helt isig, "
    "det är livsfarligt för äldre.",
    "Stängt för renovering 12.1–28.2.2027. Biblioteket i Berghäll öppnar igen måndag 1.3 kl. 10. Frågor: se "
    "hel.fi/bibliotek.",
    "Tycker att Esplanadparken borde få fler bänkar. Runebergs staty är fin men det finns ingenstans att sitta när "
    "man väntar på spårvagn 2 eller 4.",
    "Priset för att hyra gymnastiksalen har höjts från 18 € till 26 € per timme. Varför? Esbo och Vanda tar "
    "betydligt mindre.",
    "Bo inte här om du har små barn, säger folk. Men Kottby har fått två nya lekparker och linje 55 går var tionde "
    "minut, så jag håller inte med.",
    "Stig inte ut på isen vid Tölöviken! Varningsskylten har blåst ner igen.",
    "Mitt ärende HEL 2026-009312 har varit öppet sedan 14.8.2026. Jag har fått tre automatsvar men inget händer.",
    "Mitt flyg till Sofia gick 06:40 och första bussen från Kampen kl 04:55 var inställd. Bygg ut nattrafiken!",
    "Jag motsätter mig planen att fälla björkarna längs Sibeliusgatan. De är säkert över 80 år gamla. Sibelius "
    "själv skulle ha gråtit.",
    "Volvo-bussarna på linje 18 är alldeles för trånga på morgonen. HRT borde sätta in ledbussar mellan 7 och 9.",
    "Konsert med Tove Jansson-tema i Arbetets vänners hus 15.1 kl 18–20. Inträde 12 €, studerande 8 €.",
    "Marimekko-butiken på Norra Esplanaden har ställt ut reklamskyltar på trottoaren så att rullstolar inte kommer "
    "förbi.",
    "Jordan och Libanon var temat på kulturkvällen i Stoa, mycket lyckat! Mer sånt, gärna varje månad.",
    "Gustav Wasa och Mannerheim har båda gator uppkallade efter sig, men varför finns det ingen gata efter en kvinna "
    "i Tölö?",
    "Klara, färdiga, gå! Stadsloppet startar 6.6 kl 11 från Senatstorget. Anmälningsavgift 25 €.",
    "Dag efter dag står samma lastbil på lastzonen vid Stockmann. Vem kontrollerar det här?",
    "Rita gärna in cykelparkeringen på kartan i planförslaget, nu syns den inte alls på sidan 14.",
    "Liv och rörelse i Stensvik på lördag! Julmarknad 10–15, glögg 3 €, pepparkakor 2 €.",
    "Jag flyttade från Kristinestad till Helsingfors 1998 och har aldrig sett så dåligt plogade gator som i år.",
    "Sten och grus från vägbygget på Tavastvägen har hamnat på cykelbanan, punktering två gånger den här veckan.",
    "Björn Borg-butiken på Kampen har fått sin skylt nedsprejad. Inte min butik men ändå tråkigt att se.",
    "Per capita har Helsingfors färre simhallar än Åbo. Siffrorna finns i statistiken för 2025.",
    "Ordernummer 2026-118734, betalat 12.11.2026, belopp 48,00 €. Ingen bekräftelse har kommit.",
    "Postnummer 00530 eller 00510? Paketet från Mariehamn kom aldrig fram.",
    "Fazer-caféet på Gloet är fantastiskt men cykelställen utanför är alltid fulla. Fler ställ, tack!",
    "Öppettider under julen: 24.12 stängt, 25.12 stängt, 26.12 kl 12–16, 31.12 kl 10–14.",
    "Karl Fazers park vid Brunnsparken behöver fler papperskorgar, det blåser skräp överallt efter helgerna.",
    "Mvh från en nöjd invånare i Hagnäs. Tack för att ni lagade gatlyktorna så snabbt!",
    "Referensnummer 1 23457 för fakturan, förfallodag 31.12.2026. Summa 120 €. Varför så dyrt för två timmar?",
    "Tove Janssons park på Skatudden har fel namn på kartan i Kerrokantasi, där står det bara 'park 3'.",
]

# ---------------------------------------------------------------------------------------------------------------
# Individually written records, English.
# ---------------------------------------------------------------------------------------------------------------

_EN: list[str] = [
    "Hi, the street light outside [[A:Fleminginkatu 14 B 22]] has been flickering for a week. Could someone check "
    "it? Thanks, [[P:Priya]]",
    "Thanks [[P:Mikko]], that works for me.\n\nOn Wed, 2 Dec 2026 at 09:41, [[P:Mikko Laaksonen]] "
    "<[[E:mikko.laaksonen@hel.fi]]> wrote:\n> Hi [[P:Jane]],\n> the sauna at Uimastadion is open on Sundays from "
    "10 to 18.\n\n--\n[[P:Jane Doherty]]\nSent from my iPhone",
    "Someone keeps parking a white van (plate [[R:ZKN-331]]) across the bike lane on Hämeentie every morning around "
    "7:30. Photo attached.",
    "My name is [[P:Oluwaseun Adeyemi]], I'm a student at Aalto and I live in Domus Academica "
    "([[A:Hietaniemenkatu 14 A 310]]). The laundry room has been flooded since Friday.",
    "You can reach me on my UK number [[T:+44 7700 900418]] until the 15th, after that on "
    "[[T:+358 44 918 2260]].",
    "Call my cell [[T:+1 (617) 555-0193]], I'm in Boston until January but my wife [[P:Laura]] is at home in "
    "Lauttasaari.",
    "The form asked for my personal identity code so here it is: [[H:270984-541T]]. Not sure why a room booking "
    "needs that tbh.",
    "Please refund the deposit to [[I:GB26 BARC 4237 2152 9117 90]] (Barclays), account holder [[P:Rebecca Shaw]].",
    "My neighbour [[P:Kevin's]] car alarm goes off every night around 3 am. It's a grey Skoda, reg "
    "[[R:FLM-208]]. I've asked him nicely twice.",
    "Your site says my IP [[IP:91.152.44.207]] is blocked. I'm just trying to leave a comment on the Hakaniemi "
    "hearing!!",
    "getting error 403 when uploading the photo, it says client [[IP:2001:14ba:4f2:9e00:1c3d:88ff:fe21:7a10]]. "
    "tried twice",
    "Hi, it's [[P:Dmitri]] from [[A:Kaarlenkatu 9 C 41]]. The bins in our courtyard weren't emptied on Thursday "
    "again.",
    "Booking for our Ukrainian mums' group. Contact person [[P:Oksana Kovalenko]], [[T:+380 67 442 1938]] or "
    "[[E:oksana.kovalenko@ukr.net]]. We need the room with the piano if possible.",
    "hey, im [[P:lucas]] from the erasmus group, we booked the room at Maunula house for friday but nobody came to "
    "open the door?? my number [[T:0413158830]]",
    "As a cyclist commuting from Munkkiniemi to Pasila every day, I strongly support the new bike lane on "
    "Nordenskiöldinkatu. Please do it before 2028.\n– [[P:Hannah W.]]",
    "I've moved back to Germany. Please refund to [[I:DE62 0621 7810 8239 7479 94]], name [[P:Katharina Vogel]]. "
    "Danke!",
    "Dear Sir/Madam,\n\nI am writing to complain about the construction noise at the site next to our building at "
    "[[A:Agricolankatu 7 B 19]]. Work starts at 6:45 every morning, including Saturdays, although the permit "
    "says 7:00–21:00 on weekdays only.\n\nMy partner works night shifts at Meilahti hospital and has not slept "
    "properly in three weeks. We have contacted the contractor (YIT) twice without response.\n\nRegards,\n"
    "[[P:Thomas Bergström]]\n[[T:+358 40 771 0345]]\n[[E:thomas.bergstrom@iki.fi]]",
    "Cheers,\n[[P:Siobhan]]",
    "Thanks!\n– [[P:Wei]] ([[E:wei.zhang88@outlook.com]])",
    "[[P:Rose]] and I run the community garden at Malminkartano. We'd like to book the shed for storage over "
    "winter.",
    "Dr. [[P:Alvarez]] at the Kalasatama health centre told me to walk more, but the pavements are pure ice!",
    "> On 3 Dec 2026, at 18:22, [[P:Karim Haddad]] <[[E:karim.haddad@hotmail.com]]> wrote:\n>\n> Can we move the "
    "meeting to the small room?\n\nSure, I changed the booking. See you Thursday.",
    "BR\n[[P:Arjun Menon]]\n[[T:+358 40 661 0928]]\n[[A:Itämerenkatu 21 B 14]], 00180 Helsinki",
    "A car with British plates ([[R:LK19 XRT]]) has been parked outside [[A:Laivurinkatu 37]] since the summer. "
    "It's covered in leaves now.",
    "My landlord, [[P:Gustaf af Hällström]], refuses to fix the window in the kids' room. It's -15 outside.",
    "Big thanks to [[P:Aino]] and [[P:Fatima]] at the Kontula youth centre for organising the football tournament "
    "🙌⚽",
    "Hello,\nI'm writing on behalf of my elderly mother, [[P:Maria Santos]], who lives at [[A:Kalevankatu 12 as. 4]]. "
    "She fell on the ice outside her door on Monday. Nobody had gritted the pavement. Please call me, "
    "[[P:Tiago]], on [[T:00351 912 345 678]] (I'm in Lisbon).",
    "Is it possible to book the Kallio library meeting room for a book club? We're about 8 people. My email is "
    "[[E:j_smith1987@yahoo.co.uk]] - [[P:Jenny Smith]]",
    "The guy who runs the kiosk, [[P:Bill]], says the city removed the bench on purpose. Is that true?",
    "[[P:May]] from the residents' association asked me to send this: the playground at "
    "[[A:Porthaninkatu 3 B 19]] has a broken swing and a nail sticking out of the slide.",
    "Hey [[P:June]], got your note. The van is a white Transit, number plate [[R:GUB-418]]. It's there every night.",
    "Proposal: Outdoor chess tables in Kaisaniemi park\nWhy: there are lots of players but only one table\n"
    "Estimated cost: 8 000 €\nProposer: [[P:Mateusz Kowalczyk]], [[E:mateusz.kowalczyk@gmail.com]]",
    "I would like to report a suspicious car, registration number [[R:NOP-64]], circling around the Roihuvuori "
    "school every afternoon at 14-15.",
    "pls refund to my account [[I:FI9731000746563520]] thx /[[P:yuki]]",
    "Refund details\nIBAN: [[I:NL41 ABNA 4304 2127 35]]\nBIC: ABNANL2A\nName: [[P:Sophie van Dijk]]\nBooking ref: "
    "VAR-2026-33817",
    "Good morning,\n\nThe radiator in flat 12 at [[A:Vironkatu 5 c 33]] is cold again. My Finnish is not good, "
    "please answer in English. Phone [[T:045 733 1902]].\n\nKind regards\n[[P:Amir Rezaei]]",
    "Regarding case HEL 2026-017443: my father [[P:Kwame Mensah]] ([[H:031071-0896]]) should not have been charged "
    "for the home care visits in November. He's at [[A:Kontulantie 22 D 51]].",
    "Sent from Outlook for Android\n________________________________\nFrom: [[P:Chiara Rossi]] "
    "<[[E:chiara.rossi@helsinki.fi]]>\nSent: Tuesday, December 1, 2026 10:12\nSubject: bike storage\n\n"
    "Hi! Is there any bike storage at Kumpula campus for residents?",
    "hi, my son [[P:Liam]] left his jacket in the gym at the Käpylä sports hall on tuesday. its dark green, size "
    "140, says [[P:L. MacDonald]] on the label",
    "Noise complaint: loud music every weekend from [[A:Sturenkatu 27 A 6]]. I don't know the tenant's name. "
    "It's usually 1-4 am.",
    "Thanks, [[P:Pekka]], for fixing the gate so quickly. Best regards, [[P:Nadia]] & [[P:Omar]] (block C)",
    "My husband [[P:Jack's]] phone is [[T:+44 20 7946 0958]] if you can't reach me.",
    "Please contact our coordinator [[P:Ana García]] ([[T:+34 612 44 89 03]], [[E:ana.garcia@uv.es]]) about the "
    "student group visit on 14 January.",
    "Hi, I'm [[P:Ngozi]] and my kids go to the Itäkeskus swimming hall every Sunday. The changing room lockers "
    "have been broken for weeks. Also, someone stole my daughter's bag there. My number is "
    "[[T:+358408127741]].\n\nThanks",
    "Meeting notes (for the Kerrokantasi comment): present [[P:Jussi]], [[P:Elina]], [[P:Karen]], "
    "[[P:Dev]]. Agreed that the plan for Hernesaari lacks green areas.",
    "Booking note: keys picked up by [[P:Alexander Petrov]], car [[R:OHT-219]] parked in the yard during the "
    "event, permission from the caretaker.",
    "Hi [[P:Sara]],\nthe reference number you gave me doesn't work in my bank app. Could you send the IBAN again? "
    "Mine for the refund is [[I:EE59 4123 0468 0674 4022]] (LHV).\nThanks,\n[[P:Kadri]]",
    "wtf the tram stop at Hakaniemi has no shelter for 2 weeks now. ppl waiting in the rain. fix it pls\n\n"
    "Sent from my iPhone",
    "I'd like the city to know that [[P:Hanna-Leena]] at the Malmi service centre was incredibly helpful with my "
    "residence permit questions. Please pass on my thanks!\n[[P:Ravi Kumar]]",
    "The IP address shown in the confirmation email was [[IP:62.78.190.3]], which isn't mine. Has someone else "
    "logged into my account? My login is [[E:nikolai.ivanov@protonmail.com]].",
    "Car blocking the garage exit at [[A:Arabiankatu 12]], plate [[R:abc-123]]. Been there 2 hours.",
    "Hello, we are the [[P:Nordqvist]] family from [[A:Kulosaarentie 30 A 2]]. Our daughter [[P:Olivia]] would like "
    "to apply for the summer job programme. Her HETU is [[H:121205A194Y]].",
    "PS. My wife's name is [[P:Sanna]], not [[P:Susanna]] as on the invoice.",
    "On Thu, Dec 3, 2026 at 7:58 AM [[P:Emily Carter]] <[[E:emily.carter@gmail.com]]> wrote:\n> Do I need to "
    "bring my own towels?",
    "Hi there,\n\nI'm trying to book the rooftop sauna in Kalasatama but the system says my phone number "
    "[[T:+1 415 555 0132]] is invalid. I'm American, just moved here. Do I need a Finnish number?\n\nThanks,\n"
    "[[P:Tyler]]",
]

_EN_NEG: list[str] = [
    "Florence and Adelaide are both lovely cities with great tram systems. Helsinki should learn from them instead "
    "of cutting tram line 3.",
    "Victoria Park in London has a fantastic outdoor pool. Why can't Kaivopuisto have one?",
    "Jordan is where we came from in 2019. The Finnish course at Stadin AO on Tuesdays 17-19 was very helpful, "
    "thank you!",
    "Will the library at Oodi be open on Christmas Eve? Last year it closed at 12:00.",
    "Mark the date: 14 March 2027, community clean-up day in Kallio. Bring gloves!",
    "Grace period for the parking fine was only 14 days. Case no. HEL 2026-021554, fine 80 EUR.",
    "Apple Pay doesn't work on the Varaamo payment page. Tried with Safari and Chrome on iOS 18.",
    "Sanna Marin and Alexander Stubb both jogged in Kaivopuisto back in the day, so surely the paths could be lit "
    "better?",
    "Nordenskiöldinkatu, Mannerheimintie and Runeberginkatu all need better pedestrian crossings, especially near "
    "schools.",
    "Hope the new swimming hall in Malmi opens on schedule (autumn 2027?). Our swim club has nowhere to train.",
    "Jackson Pollock exhibition at Amos Rex was sold out, maybe extend the opening hours to 21:00 on Fridays?",
    "Lidl, Prisma and K-Citymarket all sell HSL cards but the ticket machines at Kamppi are always broken.",
    "Ordered a new bin through the recycling service, order no. 2026-11-48213, still nothing after 3 weeks.",
    "The invoice says reference RF18 5390 0754 7034 and due date 30.12.2026, amount 142,50 €. Is this right for a "
    "one-hour booking?",
    "May I suggest more benches along Baana? In June it's packed and there's nowhere to sit.",
    "Bill for the room booking arrived twice (invoice 70012-44 and 70012-45). I only booked once.",
    "Frank answer needed: is the Hietaniemi beach sauna closing permanently or only for 2027?",
    "Sandy playgrounds are great but the one in Töölönlahti has broken glass in it. Postcode 00250.",
    "August is the worst month for the mosquitoes in Vuosaari, please don't plan the outdoor cinema then!",
    "Arnolds on Kaivokatu leaves its trash bags outside every evening and the seagulls rip them open.",
    "Alvar Aalto would be sad to see the state of Finlandia Hall's surroundings. Fix the stairs!",
    "Aleksis Kiven katu needs a proper bike lane. Cars drive 50+ km/h there.",
    "Sofia, Bulgaria has free public wifi on every tram. Just saying.",
    "Opening hours: Mon–Fri 8–20, Sat 10–16, Sun closed. Phone service only 9–15.",
    "Regards from Vuosaari. Keep up the good work with the beach clean-ups!",
    "Tesla owners keep blocking the EV chargers at Ruoholahti after charging. 2 h limit please.",
    "The 550 bus was 25 minutes late on 1.12.2026 at 7:45, and again on 2.12. Line 500 was fine.",
    "Drew up a list of broken streetlights on my walk: Kaisaniemenkatu, Unioninkatu near the university, and the "
    "stairs down from Tähtitorninvuori.",
    "Victoria, BC has a great harbour ferry system. Why not Helsinki to Suomenlinna every 15 minutes in winter too?",
    "Kind regards from the Hakaniemi market hall vendors' association. Meeting on 10.1.2027 at 18:00, room 2.",
]

# ---------------------------------------------------------------------------------------------------------------
# Templated records: many frames, slots filled with seeded choices.
# ---------------------------------------------------------------------------------------------------------------

_SV_FIRST = [
    "Anna",
    "Kristina",
    "Johan",
    "Mikael",
    "Henrik",
    "Fredrik",
    "Linnea",
    "Sofia",
    "Oskar",
    "Axel",
    "Emil",
    "Ebba",
    "Stina",
    "Bengt",
    "Rolf",
    "Camilla",
    "Mathias",
    "Nina",
    "Pia",
    "Ulf",
    "Magnus",
    "Annika",
    "Patrik",
    "Sebastian",
    "Malin",
    "Jan-Erik",
    "Marita",
    "Tove",
    "Rasmus",
    "Hedvig",
]
_SV_LAST = [
    "Björklund",
    "Lindqvist",
    "Nyström",
    "Holmberg",
    "Sjöblom",
    "Lindholm",
    "Wikström",
    "Lindgren",
    "Sundström",
    "Backman",
    "Öhman",
    "Grönroos",
    "Westerlund",
    "Åberg",
    "Ekholm",
    "Forsman",
    "Mattsson",
    "Strandberg",
    "Blomqvist",
    "af Forselles",
    "von Bonsdorff",
    "von Knorring",
    "af Schultén",
    "Stenbäck",
    "Fagerström",
    "Granholm",
    "Enckell",
    "Wrede",
    "Sandström",
    "Söderholm",
]
_INT_NAMES = [
    ("Priya", "Sharma"),
    ("Wei", "Zhang"),
    ("Mohammed", "Al-Rashid"),
    ("Siobhan", "O'Connor"),
    ("Lucas", "Ferreira"),
    ("Dmitri", "Volkov"),
    ("Yuki", "Tanaka"),
    ("Hannah", "Weber"),
    ("Fatima", "Hassan"),
    ("Kwame", "Asante"),
    ("Lan", "Nguyen"),
    ("Sophie", "Dubois"),
    ("Amir", "Karimi"),
    ("Emily", "Watson"),
    ("James", "O'Neill"),
    ("Chiara", "Bianchi"),
    ("Liam", "MacDonald"),
    ("Tiago", "Oliveira"),
    ("Aisha", "Abdullahi"),
    ("Marta", "Nowak"),
    ("Olga", "Ivanova"),
    ("Daniel", "Cohen"),
    ("Mei", "Lin"),
    ("Carlos", "Mendoza"),
    ("Zeynep", "Yılmaz"),
    ("Hamid", "Noori"),
    ("Grace", "Okonkwo"),
    ("Ahmed", "Warsame"),
    ("Ingrid", "Hansen"),
    ("Tomás", "Ruiz"),
]
_FI_NAMES = [
    ("Mikko", "Laaksonen"),
    ("Aino", "Virtanen"),
    ("Juha", "Heikkinen"),
    ("Satu", "Koskinen"),
    ("Antti", "Mäkelä"),
    ("Riikka", "Salminen"),
    ("Ville", "Hämäläinen"),
    ("Laura", "Nieminen"),
]

_SV_STREETS = [
    "Båtsmansgatan",
    "Mannerheimvägen",
    "Tölögatan",
    "Runebergsgatan",
    "Fredriksgatan",
    "Albertsgatan",
    "Annegatan",
    "Bulevarden",
    "Högbergsgatan",
    "Fabriksgatan",
    "Berggatan",
    "Tavastvägen",
    "Helsingegatan",
    "Aleksis Kivis gata",
    "Sturegatan",
    "Vasagatan",
    "Nordenskiöldsgatan",
    "Mechelingatan",
    "Dagmarsgatan",
    "Topeliusgatan",
    "Lilla Robertsgatan",
    "Skarpskyttegatan",
    "Kaptensgatan",
    "Munksnäs allé",
    "Brändövägen",
    "Kvarnbäcksvägen",
    "Gårdsbyvägen",
    "Tallbackavägen",
]
_FI_STREETS = [
    "Fleminginkatu",
    "Hämeentie",
    "Kaarlenkatu",
    "Itämerenkatu",
    "Laivurinkatu",
    "Fredrikinkatu",
    "Runeberginkatu",
    "Mechelininkatu",
    "Kalevankatu",
    "Vironkatu",
    "Porthaninkatu",
    "Sturenkatu",
    "Hietaniemenkatu",
    "Agricolankatu",
    "Helsinginkatu",
    "Aleksis Kiven katu",
    "Töölönkatu",
    "Arabiankatu",
    "Kulosaarentie",
    "Myllypurontie",
    "Kontulantie",
    "Meripellontie",
    "Pohjoisranta",
    "Lapinlahdenkatu",
    "Vuorikatu",
    "Siltasaarenkatu",
    "Mustikkamaanpolku",
    "Kivikonkaari",
]
_SV_POSTCODES = [
    "00100 Helsingfors",
    "00170 Helsingfors",
    "00250 Helsingfors",
    "00530 Helsingfors",
    "00330 H:fors",
]
_EN_POSTCODES = ["00100 Helsinki", "00510 Helsinki", "00940 Helsinki", "00260 Helsinki", "00980 Helsinki"]

_SV_CLUBS = ["Tölö Marthaförening", "Drumsö hembygdsförening", "IF Sandviken"]
_PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def _strip(text: str) -> str:
    """ASCII form of a name for e-mail addresses (Björklund -> bjorklund, af Forselles -> afforselles)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z-]", "", text.lower().replace(" ", ""))


def _hetu(rng: random.Random) -> str:
    year = rng.choice([rng.randint(1938, 1999), rng.randint(2000, 2011)])
    sign = rng.choice("------YXWVU") if year < 2000 else rng.choice("AAAAABCDEF")
    day, month, serial = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 899)
    number = int(f"{day:02d}{month:02d}{year % 100:02d}{serial:03d}")
    return f"{day:02d}{month:02d}{year % 100:02d}{sign}{serial:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[number % 31]}"


def _iban_from(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _iban(rng: random.Random, foreign: bool = False) -> str:
    if foreign:
        country, length = rng.choice([("SE", 20), ("DE", 18), ("NO", 11), ("DK", 14), ("EE", 16), ("ES", 20)])
    else:
        country, length = "FI", 14
    prefix = rng.choice(["1", "2", "5", "8", "39", "405", "497", "31", "6", "47"]) if country == "FI" else ""
    bban = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
    iban = _iban_from(country, bban)
    style = rng.random()
    if style < 0.55:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style < 0.9:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)).lower()


def _phone(rng: random.Random) -> str:
    sub = rng.choice(["40", "50", "44", "45", "41", "46", "400", "457"])
    a, b = rng.randint(100, 999), rng.randint(1000, 9999)
    if len(sub) == 3:  # 0400 and 0457 numbers have six digits after the prefix
        b //= 10
    style = rng.randrange(9)
    if style == 0:
        return f"0{sub} {a} {b}"
    if style == 1:
        return f"0{sub}-{a}{b}"
    if style == 2:
        return f"0{sub}{a}{b}"
    if style == 3:
        return f"+358 {sub} {a} {b}"
    if style == 4:
        return f"+358{sub}{a}{b}"
    if style == 5:
        return f"00358 {sub} {a}{b}"
    if style == 6:
        return f"358{sub}{a}{b}"
    if style == 7:
        return f"09 {rng.randint(100, 899)} {rng.randint(1000, 9999)}"
    return f"+358 (0){sub} {a} {b}"


def _foreign_phone(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+46 7{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            f"+1 {rng.randint(201, 989)}-555-0{rng.randint(100, 199)}",
            f"+49 151 {rng.randint(1000000, 9999999)}",
            f"+372 5{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            f"+47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}",
        ]
    )


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(rng.choice([2, 3, 3, 3])))
    digits = str(rng.randint(1, 999))
    style = rng.random()
    if style < 0.65:
        return f"{letters}-{digits}"
    if style < 0.8:
        return f"{letters} {digits}"
    if style < 0.9:
        return f"{letters.lower()}-{digits}"
    return f"{letters}{digits}"


def _address(rng: random.Random, streets: list[str], lang: str) -> str:
    street, number = rng.choice(streets), rng.randint(1, 64)
    stair, flat = rng.choice("ABCDEF"), rng.randint(1, 90)
    style = rng.randrange(7)
    if style == 0:
        return f"{street} {number}"
    if style == 1:
        return f"{street} {number} {stair}"
    if style in (2, 3):
        return f"{street} {number} {stair} {flat}"
    if style == 4:
        return f"{street} {number} {stair.lower()} {flat}"
    if lang == "sv":
        return f"{street} {number} {'bst' if style == 5 else 'lgh'} {flat}"
    return f"{street} {number} {'as.' if style == 5 else 'as'} {flat}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:14ba:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    return ".".join(
        str(x)
        for x in (
            rng.choice([85, 91, 62, 84, 193, 80, 37]),
            *(rng.randint(0, 255) for _ in "ab"),
            rng.randint(1, 254),
        )
    )


def _person(rng: random.Random, lang: str) -> tuple[str, str]:
    roll = rng.random()
    if (lang == "sv" and roll < 0.7) or (lang == "en" and roll < 0.25):
        return rng.choice(_SV_FIRST), rng.choice(_SV_LAST)
    if roll < 0.85:
        return rng.choice(_INT_NAMES)
    return rng.choice(_FI_NAMES)


def _email(rng: random.Random, first: str, last: str) -> str:
    f, l_ = _strip(first), _strip(last)
    domain = rng.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "kolumbus.fi",
            "welho.com",
            "yahoo.se",
            "abo.fi",
            "helsinki.fi",
            "icloud.com",
            "aalto.fi",
            "elisanet.fi",
        ]
    )
    pattern = rng.randrange(5)
    if pattern == 0:
        local = f"{f}.{l_}"
    elif pattern == 1:
        local = f"{f[0]}.{l_}"
    elif pattern == 2:
        local = f"{f}{l_}{rng.randint(60, 99)}"
    elif pattern == 3:
        local = f"{f}_{l_[:4]}"
    else:
        local = f"{l_}.{f}"
    return f"{local}@{domain}"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.choice([2025, 2026, 2027])}"


def _price(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(5, 250)} €",
            f"{rng.randint(5, 250)},{rng.choice(['00', '50', '90'])} €",
            f"EUR {rng.randint(5, 250)}",
            f"{rng.randint(5, 250)} euro",
        ]
    )


def _sv_positive(rng: random.Random, frame: int) -> str:
    first, last = _person(rng, "sv")
    full, mail = f"{first} {last}", _email(rng, first, last)
    phone, addr = _phone(rng), _address(rng, _SV_STREETS, "sv")
    genitive = first if first[-1] in "sxz" else f"{first}s"
    frames = [
        f"Hej! Soptunnorna vid [[A:{addr}]] har inte tömts sedan {_date(rng)}. Ring [[T:{phone}]] vid frågor.\n"
        f"Mvh [[P:{first}]]",
        f"Bokningen gäller lilla mötesrummet. Ansvarsperson: [[P:{full}]], tfn [[T:{phone}]], e-post [[E:{mail}]].",
        f"Trafikfarlig korsning utanför [[A:{addr}]], {rng.randint(2, 6)} olyckor i år. /[[P:{last}]]",
        f"Jag heter [[P:{full}]] och vill klaga på att gatlyktan utanför mitt hus är trasig. Mitt hus är "
        f"[[A:{addr}]], {rng.choice(_SV_POSTCODES)}.",
        f"En skåpbil med registreringsnummer [[R:{_plate(rng)}]] blockerar infarten hela dagarna. "
        f"Kontakta mig på [[E:{mail}]].",
        f"Återbetalning till [[I:{_iban(rng)}]], [[P:{full}]]. Bokningsnummer {rng.randint(10000, 99999)}.",
        f"Med vänlig hälsning\n[[P:{full}]]\n[[A:{addr}]]\n[[T:{phone}]]",
        f"Hälsningar,\n[[P:{first}]]\n\nDen {rng.choice(['mån', 'tis', 'ons', 'tors', 'fre'])} "
        f"{rng.randint(1, 28)} nov. 2026 kl {rng.randint(7, 22)}:{rng.randint(10, 59)} skrev [[P:{full}]] "
        f"<[[E:{mail}]]>:\n> Hej, fungerar bastun igen?",
        f"Personbeteckning för faktureringen: [[H:{_hetu(rng)}]] ([[P:{first}]]). Faktura per post till "
        f"[[A:{addr}]].",
        f"Bil [[R:{_plate(rng)}]] står parkerad på gångbanan framför [[A:{addr}]] varje natt.",
        f"Min mobil är [[T:{_phone(rng)}]] och min mans [[T:{_phone(rng)}]] om jag inte svarar. "
        f"Bästa hälsningar [[P:{first}]]",
        f"Bästa hälsningar,\n[[P:{full}]]\nkassör, {rng.choice(_SV_CLUBS)}",
        f"Jag loggade in från [[IP:{_ip(rng)}]] och fick felkod 500. Konto: [[E:{mail}]]",
        f"Mitt svenska nummer: [[T:{_foreign_phone(rng)}]]. Finskt: [[T:{phone}]]. /[[P:{first}]]",
        f"Pengarna kan sättas in på [[P:{genitive}]] konto [[I:{_iban(rng, foreign=rng.random() < 0.5)}]].",
    ]
    return frames[frame % len(frames)]


def _en_positive(rng: random.Random, frame: int) -> str:
    first, last = _person(rng, "en")
    full, mail = f"{first} {last}", _email(rng, first, last)
    phone, addr = _phone(rng), _address(rng, _FI_STREETS, "en")
    weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    frames = [
        f"Hi, the bike rack outside [[A:{addr}]] was removed without notice. Where can we park now?\nThanks, "
        f"[[P:{first}]]",
        f"Contact for the booking: [[P:{full}]], [[T:{phone}]], [[E:{mail}]]",
        f"On {weekday}, {rng.randint(1, 28)} Nov 2026 at {rng.randint(7, 22)}:{rng.randint(10, 59)}, [[P:{full}]] "
        f"<[[E:{mail}]]> wrote:\n> Has anyone reported the broken lift yet?\n\nYes, I did yesterday.",
        f"There's a car (reg. [[R:{_plate(rng)}]]) parked on the pavement at [[A:{addr}]] every weekday.",
        f"Please refund to [[I:{_iban(rng, foreign=rng.random() < 0.4)}]] - account holder [[P:{full}]]",
        f"Regards,\n[[P:{full}]]\n[[A:{addr}]], {rng.choice(_EN_POSTCODES)}\nmobile: [[T:{phone}]]",
        f"My partner [[P:{first}]] and I live at [[A:{addr}]]. Water has been leaking from the roof since "
        f"{_date(rng)}.",
        f"I'm visiting from abroad, best number is [[T:{_foreign_phone(rng)}]]. Email [[E:{mail}]]. - [[P:{first}]]",
        f"The form rejected my ID code [[H:{_hetu(rng)}]], is something wrong? Name: [[P:{full}]]",
        f"BR, [[P:{first}]]\n\nSent from my iPhone",
        f"Number plate [[R:{_plate(rng)}]] - this van has been dumping rubbish behind the shop at [[A:{addr}]].",
        f"Login issue from IP [[IP:{_ip(rng)}]], account [[E:{mail}]]. Can't see my bookings.",
        f"[[P:{first}'s]] bike was stolen from the yard at [[A:{addr}]] last night. Police report filed.",
        f"Cheers [[P:{first}]]! See you at the meeting.\n/[[P:{rng.choice(_SV_FIRST)}]]",
        f"Hi! I'm [[P:{first.lower()}]], call me on [[T:{phone}]] pls",
    ]
    return frames[frame % len(frames)]


def _sv_negative(rng: random.Random, frame: int) -> str:
    street = rng.choice(_SV_STREETS)
    frames = [
        f"Ärende HEL {rng.choice([2025, 2026])}-{rng.randint(1000, 99999):06d} gäller gatubelysningen på {street}. "
        f"Anmält {_date(rng)}.",
        f"Bastun kostar {_price(rng)} per tur och är öppen kl {rng.randint(7, 12)}–{rng.randint(17, 22)}.",
        f"Buss {rng.choice(['14', '18', '55', '66', '78N', '500', '550', '560'])} var försenad {rng.randint(5, 40)} "
        f"minuter den {_date(rng)}.",
        f"Fakturanummer {rng.randint(100000, 999999)}, förfallodag {_date(rng)}, summa {_price(rng)}.",
        f"Trottoaren på {street} är full av hål, särskilt vid korsningen mot {rng.choice(_SV_STREETS)}.",
        f"Planförslaget för {rng.choice(['Kronohagen', 'Tölö', 'Sörnäs', 'Hertonäs', 'Nordsjö'])} "
        f"({rng.randint(2026, 2030)}) saknar {rng.choice(['cykelbanor', 'grönområden', 'lekparker'])}.",
    ]
    return frames[frame % len(frames)]


def _en_negative(rng: random.Random, frame: int) -> str:
    street = rng.choice(_FI_STREETS)
    frames = [
        f"Order no. {rng.randint(2025, 2026)}-{rng.randint(10000, 99999)} paid {_date(rng)}, {_price(rng)}. "
        f"Still no confirmation.",
        f"The potholes on {street} are getting worse. Tram {rng.choice(['1', '3', '4', '6', '7', '9', '10'])} "
        f"rattles like crazy.",
        f"Opening hours {rng.randint(7, 10)}:00-{rng.randint(16, 21)}:00 are too short for people who work. "
        f"Since {_date(rng)} it's even worse.",
        f"Case {rng.randint(1000, 9999)}/{rng.randint(2025, 2026)} about noise on {street} was closed without any "
        f"reply.",
        f"Postcode {rng.choice(['00100', '00530', '00940', '00200', '00980'])}, {rng.randint(2, 40)} households "
        f"without hot water since {rng.randint(6, 9)} am.",
        f"Room booking {rng.randint(1, 5)} h × {_price(rng)} = way too expensive for a student group.",
    ]
    return frames[frame % len(frames)]


def _templated(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i in range(30):
        out.append(("sv", _sv_positive(rng, i)))
        out.append(("en", _en_positive(rng, i)))
    for i in range(12):
        out.append(("sv", _sv_negative(rng, i)))
        out.append(("en", _en_negative(rng, i)))
    return out


def records() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = [("sv", t) for t in _SV + _SV_NEG] + [("en", t) for t in _EN + _EN_NEG]
    out += _templated(rng)
    rng.shuffle(out)
    return out


_SPAN = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")
LABELS = ("P", "E", "T", "H", "I", "R", "A", "IP")


def _check(recs: list[tuple[str, str]]) -> dict[str, int]:
    counts = {label: 0 for label in LABELS}
    for lang, text in recs:
        assert lang in ("fi", "sv", "en"), lang
        assert text.count("[[") == text.count("]]"), text
        for match in _SPAN.finditer(text):
            assert match.group(1) in LABELS, match.group(0)
            assert match.group(2) == match.group(2).strip(), match.group(0)
            counts[match.group(1)] += 1
        rest = _SPAN.sub("", text)
        assert "[[" not in rest and "]]" not in rest, text
    return counts


if __name__ == "__main__":
    recs = records()
    counts = _check(recs)
    negatives = sum(1 for _, t in recs if "[[" not in t)
    print(f"{len(recs)} records, {sum(counts.values())} spans, {negatives} without spans")
    print("by label:", counts)
    print("by lang:", {lang: sum(1 for x, _ in recs if x == lang) for lang in ("sv", "en")})
    for lang, text in recs[:6]:
        print(f"--- {lang}\n{text}")
