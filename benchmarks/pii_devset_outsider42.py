"""Blind evaluation block 42 for the personal-data scrubber.

Written by helper "outsider 42" on 2026-12-08.

Blindness: I did not open, list, grep, cat or run anything under /work/main/harvester/,
/work/main/tests/, /work/main/scripts/, /work/main/benchmarks/pii_eval.py,
/work/main/benchmarks/pii_build_devset.py, any other /work/main/benchmarks/pii_devset_outsider*.py
file, or /work/scratch/ (apart from the brief I was given). I ran no git commands, did not run the
scrubber or any evaluation. The texts were written only from the brief and my own knowledge of how
people write.

Focus: English-language feedback, hearing comments and booking notes (about 90 % English, 10 % mixed
English-Finnish) from expats, students and researchers in Helsinki and Espoo, with British, Irish,
American, Canadian, Australian, German, French, Italian, Spanish, Portuguese, Dutch, Polish, Greek
and Brazilian names: first names alone, full names, surnames after titles (Dr., Prof., Ms.), names
with apostrophes and particles (O'Connor, D'Angelo, van der Berg, de la Cruz, dos Santos),
possessives, names in sign-offs, cc lines and forwarded headers. Hard negatives: English words that
are also first names used as ordinary words (will, may, bill, mark, grace, hope, frank, ...), also at
the start of sentences, brands and shops named after people, famous people, streets, places,
university buildings and rooms named after people. Some phones, e-mails, addresses with house
numbers, IBANs and plates after "car"/"plate".

Seed: 4242 (random.Random(SEED) is used only by the small generators at the end).

Markup: `[[LABEL:text]]` around each piece of personal data. Labels: P person name (possessive 's
inside the span, titles and role words outside), E e-mail, T phone, H Finnish identity code, I IBAN /
bank account, R licence plate, IP IP address, A street address with a house number (postal code and
city outside). Famous people and names of streets, parks, buildings and brands are not marked.
"""

import random

SEED = 4242

# ---------------------------------------------------------------------------
# Hand-written records, part 1: Open311 feedback to the city
# ---------------------------------------------------------------------------
_HAND_FEEDBACK = [
    ("en", "Hi, the streetlight outside [[A:Runeberginkatu 41]] has been blinking for two weeks. It's really annoying at night. Best, [[P:Oliver Hughes]]"),
    ("en", "Will the outdoor pool in Kumpula open before Midsummer? The website still says closed."),
    ("en", "May I suggest that the city puts more bins along the Baana? Every weekend it's full of pizza boxes."),
    ("en", "Frank feedback: the new bus timetable for the 55 is a disaster. I waited 25 minutes at Kalasatama this morning."),
    ("en", "Broken swing at the playground in Alppipuisto. My daughter almost fell. Please fix asap! - [[P:Siobhan]]"),
    ("en", "hello, there's an abandoned bike locked to the rack at [[A:Fleminginkatu 14]] since september, flat tyres and rusty chain. can someone remove it? thx [[P:Pedro Alves]] [[T:045 783 2291]]"),
    ("en", "Grace period for the parking permit renewal is too short. I got a fine two days after it expired. Can this be reviewed? Ref 2026-HEL-04471"),
    ("en", "Bill me later option doesn't work in the parking app, it just crashes after the payment screen."),
    ("en", "The ice on the pavement on Mannerheimintie near Stockmann is terrible, nobody has sanded it since Monday."),
    ("en", "Someone dumped an old sofa in the yard behind [[A:Kolmas linja 9]]. Not from our building. Photo attached. Regards, [[P:Marta Kowalczyk]]"),
    ("en", "Dear city of Helsinki,\nI'm writing on behalf of my neighbour Mrs. [[P:Gallagher]] who doesn't use email. The stairs to the tram stop at Hakaniemi are icy and she fell last week.\nPlease contact me at [[E:niamh.obrien@outlook.ie]] or [[T:+358 40 918 3365]].\nThanks,\n[[P:Niamh O'Brien]]"),
    ("en", "Noise from construction on Hämeentie starts at 6:45 every morning. The permit says 7:00. Mark my words, people will start complaining louder."),
    ("en", "the bike lane on Pohjoisesplanadi is blocked by delivery vans every day between 9 and 11. hope someone does something about it"),
    ("en", "Hope this is the right place. A street sign at the corner of Fredrikinkatu and Bulevardi has been turned around so it points the wrong way."),
    ("en", "Rats near the recycling point at [[A:Porvoonkatu 23]]. Saw at least three last night. The bins are overflowing. [[P:Giulia Rossi]], resident"),
    ("en", "Joy! The new benches at Sibelius Park are lovely. Thank you to whoever designed them."),
    ("en", "The tram 4 stop at Munkkiniemi has no shelter anymore. Elderly people wait in the rain. Please bring it back."),
    ("en", "I would like to report graffiti on the wall of the Alvar Aalto building at Otaniemi. Probably not the city's property but maybe you can forward it to Aalto University."),
    ("en", "Hi! my car ([[R:KZT-418]]) got towed from Sturenkatu although there was no sign about street cleaning. I have photos of the street with no signs. How do I appeal?\n[[P:Thomas Becker]]\n[[T:050 441 7208]]"),
    ("en", "Summer opening hours for the Vallila library are not updated online. It says 9-20 but the door said 12-18."),
    ("en", "Autumn leaves are clogging the drain on Helsinginkatu, water is flooding the crossing every time it rains."),
    ("en", "Dawn to dusk lighting in Kaisaniemi park would help a lot, it's pitch dark by 4pm in november and I don't feel safe walking through."),
    ("en", "Rose bushes at Töölönlahti have been cut down completely. Was this intentional? They were beautiful."),
    ("en", "Miles of cycle paths and not one of them connects Pasila to Kumpula properly. Please fix the gap near the railway."),
    ("en", "The drinking fountain at Hietaniemi beach is broken again. Sandy water coming out of it, not drinkable."),
    ("en", "Reporting a pothole, quite deep, in front of [[A:Tehtaankatu 27]]. A cyclist nearly crashed yesterday.\n\nCheers,\n[[P:Liam]]"),
    ("en", "good morning, the elevator at Kalasatama metro station has been out of order since Friday. I'm in a wheelchair and had to go to Sörnäinen instead. [[P:Ana Beatriz dos Santos]]"),
    ("en", "Why is McDonald's at Rautatientori allowed to have their delivery scooters parked on the pavement? It's impossible to walk past."),
    ("en", "Wendy's opened in Kamppi and now the rubbish bins outside are always full of their cups. Please empty them more often."),
    ("en", "The Ben & Jerry's kiosk at the Market Square leaves its generator running all night. Very loud for the hotel next door."),
    ("en", "Hi, I live at [[A:Vironkatu 6 A 12]] and the street cleaning machine comes at 4 am on Tuesdays. Is that really necessary? Best regards, [[P:Claire Dubois]]"),
    ("en", "Frank and honest: the Helsinki city bikes are great but there's never a bike at Töölöntori station in the mornings."),
    ("en", "A tree fell across the path in Keskuspuisto near the Pirkkola sports park. Nobody hurt but the path is blocked."),
    ("en", "Please reply to my colleague Dr. [[P:Anneke van der Berg]] instead of me, I'm on leave."),
    ("en", "the traffic light at Sörnäisten rantatie x Hermannin rantatie is green for pedestrians only 6 seconds!! my mum can't cross in time. [[P:Kostas]]"),
    ("en", "Feedback regarding the Oodi library: the 3D printers on the second floor are fantastic, but the booking system keeps logging me out."),
    ("en", "Could the snow be cleared from the bus stop at Meilahti hospital? Patients with crutches are slipping. Sent by [[P:Jessica Turner]], nurse at HUS"),
    ("en", "My neighbour's dog barks all day when he's at work. I've talked to him. Nothing changed. Neighbour is Mr. [[P:Wojciech Nowak]] in flat 15."),
    ("en", "There is a broken glass bottle all over the sandpit at the Lapinlahti playground. Kids play there! Please clean ASAP."),
    ("en", "Just a thank you to the guy who fixed the bench at the Tervasaari dog park so quickly. Great service."),
    ("en", "Hi, I reported the same leaking hydrant on Pengerkatu three times already (case 2026-03311, 2026-03590, 2026-04102). Still leaking. Sincerely, [[P:Sean Fitzgerald]]"),
    ("en", "Art installation at Esplanadi park is fantastic, but someone has already sprayed a tag on it."),
    ("en", "can the city put up a sign at the end of Kapteeninkatu saying it's a dead end? trucks keep trying to turn there"),
    ("en", "Skateboarders at Kaisaniemi until 1am. Music too loud. I'm at [[A:Kaisaniemenkatu 3 B 21]] if someone wants to come and listen. – [[P:H. Schneider]]"),
    ("en", "Victor Hugo would be ashamed of the state of the French school's fence on Raatimiehenkatu lol. Seriously though, it's broken in two places."),
    ("en", "Parking fine appeal for car [[R:BFL-772]], 12.11.2026 at Arkadiankatu. The meter was out of order, I have a photo. [[P:Maximilian Graf]], [[E:max.graf@helsinki.fi]]"),
    ("en", "Moi! Vähän feedbackia: the sauna at Allas Sea Pool was closed without any notice on Sunday. Not cool, we came from Espoo just for that. t. [[P:Elodie]]"),
    ("en", "Kiitos for fixing the streetlights on Mäkelänkatu! Much better now."),
    ("en", "The recycling container for glass at [[A:Kulosaaren puistotie 18]] is always overflowing. Could it be emptied weekly? - [[P:Rachel]] & [[P:Tom Whitaker]]"),
    ("en", "I'm an exchange student from Brazil. The HSL ticket machine at Aalto University metro only accepts Finnish cards? My Nubank card doesn't work. Obrigado, [[P:Rafael Ferreira]]"),
    ("en", "The Marks & Spencer style paper bags from the Stockmann food hall are littering Kluuvi street, maybe more bins?"),
    ("en", "Tim Hortons queue blocks the entire pavement at Kamppi every morning lol, at least put a rope or something"),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 2: Kerrokantasi hearing comments
# ---------------------------------------------------------------------------
_HAND_HEARING = [
    ("en", "I fully oppose the plan to build a tower next to the Hietalahti shipyard. It will block the sea view for hundreds of residents."),
    ("en", "Replying to [[P:Markus]]: I disagree, the tower would bring more housing and the area needs it. Not everyone can afford Eira."),
    ("en", "@[[P:Jenny Walsh]] totally agree with you about the trees. Keep Kivinokka green!"),
    ("en", "As a researcher at the University of Helsinki I'd like to point out that the noise study cited in the plan is from 2009. Prof. [[P:Catherine O'Neill]] from our department has newer data, happy to connect you."),
    ("en", "Will the new tram line to Viikki go through Latokartanontie or Viikintie? The map is not clear."),
    ("en", "The Malmi airport area should remain a green area. Alvar Aalto and Eliel Saarinen would have understood the value of open space."),
    ("en", "May this hearing actually listen to residents this time. Last time 800 comments were ignored."),
    ("en", "Comment on the Hernesaari plan: The cruise ship terminal is fine, but where will the buses turn? Ruoholahdenkatu can't handle more traffic."),
    ("en", "I agree with the previous commenter ([[P:Sophie]]) that cycle parking is missing from the plan."),
    ("en", "Hope is not a strategy. The city keeps hoping that people will take the metro, but the feeder buses in Espoo are a mess."),
    ("en", "As a parent of two kids at the English School on Mäntytie, I support the speed bumps. Ms. [[P:Ferguson]], the principal, has asked for them for years."),
    ("en", "Quoting @[[P:dimitris_p]]: \"nobody walks there at night\" - well, I do, every day from the Kalasatama metro. It needs lighting."),
    ("en", "The proposed name Tove Janssonin puisto is great! Much better than the working name."),
    ("en", "I'm against removing parking places on Pursimiehenkatu. Small businesses like the bakery rely on customers with cars. - [[P:Francesca D'Angelo]], owner of Caffè Rosa"),
    ("en", "Thanks to the planners for the open evening at the Laituri. Very informative. Special thanks to [[P:Ville]] who explained the zoning map to us foreigners in English."),
    ("en", "Reply to [[P:Patrick]]: the metro is not the answer for Östersundom, it's too expensive per resident. Light rail would be better."),
    ("en", "[[P:Patrick's]] point about the bus connections is valid though."),
    ("en", "[[P:Grace]] and I have lived in Munkkivuori for 12 years and we have never seen such a badly planned project."),
    ("en", "Re: Töölönlahti park extension. Finlandia Hall deserves a better surrounding. Please keep the view towards the National Museum."),
    ("en", "The Sibelius monument area should not become a parking lot for tour buses. Move the buses to Mechelininkatu."),
    ("en", "Regarding the consultation on Kaisaniemenranta: my colleague [[P:Jakub Wiśniewski]] and I walked the route and measured 14 places where the footpath is less than 1.5 metres wide."),
    ("en", "The plan to turn Senate Square into a car-free zone is long overdue. Even Tsar Alexander II's statue looks happier without cars around."),
    ("en", "I live on Laivurinkatu, no number needed, you know which block has the mould problem."),
    ("en", "All the buildings in the Jätkäsaari plan look the same. Where is the architecture? Where is the next Aalto?"),
    ("en", "Agree 100% with [[P:Laura Schmidt's]] comment above. The bike bridge is urgently needed."),
    ("en", "Another thing: the Aleksis Kivi statue at the Railway Square should stay where it is, don't move it for the construction."),
    ("en", "I don't understand why the plan shows a school on Pasilanraitio without any playground. Our kids deserve better. [[P:Carmen de la Cruz]], mother of three"),
    ("en", "Frankly the hearing period of two weeks over Christmas is not acceptable. Please extend until end of January."),
    ("en", "Ray of hope: the new park in Kalasatama is beautiful. More of this please."),
    ("en", "Chase up the contractor please: the fence around the old wooden houses in Käpylä is still lying on the ground."),
    ("en", "As Dr. [[P:Ioannis Papadopoulos]] wrote in the earlier thread, the flood risk in Vanhankaupunginlahti is underestimated."),
    ("en", "In reply to [[P:Mick]]: I've lived here for 30 years, I can tell you that road was never a bus route."),
    ("en", "Strongly support. Signed, [[P:Helen]] and [[P:Gareth Price]], Lauttasaari"),
    ("en", "Joy Division posters aside, the youth house in Kontula is the only place teenagers have. Don't close it."),
    ("en", "The plan mentions Runeberg's esplanade heritage but then proposes glass pavilions. Seems contradictory."),
    ("en", "I work at Nokia in Karaportti and the 550 bus is always full. The Jokeri light rail helped a bit but Espoo side still needs more."),
    ("en", "Sue the contractor if they don't restore the park after the works. Seriously, last time they left it as mud for two years."),
    ("en", "Hi all, I'm [[P:Nuno Carvalho]], I chair the residents' association in Ruoholahti. We'll submit a joint statement by Friday."),
    ("en", "Responding to Ms. [[P:Kowalska]]: the noise barrier would also block light to the ground floor flats. It's not a simple decision."),
    ("en", "Great idea with the sauna in Hernesaari! Löyly is always full anyway."),
    ("en", "Why does every new street in Kalasatama get named after some fish? Not complaining, just curious lol"),
    ("en", "The Paavo Nurmi statue should get better lighting, tourists try to photograph it at night."),
    ("en", "I am strongly in favour. Kind regards, [[P:Bernadette Kelly]] (Kallio)"),
    ("en", "Reply to [[P:anna_k]] and [[P:Robbie]]: you're both right, but the budget is the real question here."),
    ("en", "Tämä on tärkeä asia! Sorry, my Finnish is bad. I mean: this is important, the dog park in Pihlajamäki must stay. [[P:Luca Bianchi]]"),
    ("en", "Espoo's Otaniemi campus has the Dipoli building and Väre, both named in Finnish and nobody can pronounce them, lol. Anyway, the bike path there is good, copy it."),
    ("en", "Comment from the Kumpula campus: Physicum and Exactum need a safer crossing on Gustaf Hällströmin katu. Students run across the road every morning."),
    ("en", "The Chydenia building on Runeberginkatu has nothing to do with the plan, please correct the map caption."),
    ("en", "Well said [[P:Bridget]]! 👏"),
    ("en", "Mark this as my formal objection to the demolition of the old fire station in Kallio."),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 3: OmaStadi participatory budgeting
# ---------------------------------------------------------------------------
_HAND_OMASTADI = [
    ("en", "Proposal: outdoor gym in Myllypuro next to the ice rink. Lots of young people would use it all year round. Proposed by [[P:Aidan Murphy]] and the Myllypuro Runners club."),
    ("en", "Proposal: English-language story hour at the Itäkeskus library for immigrant families. Contact: [[P:Isabel Martínez]], [[E:isabel.martinez.hki@gmail.com]]"),
    ("en", "Comment: Great proposal! My kids would love it. Could it also be in Portuguese once a month? – [[P:Juliana]]"),
    ("en", "Urban garden boxes for the courtyard of Kallio library. We already have 14 volunteers. Coordinator: [[P:Emma Clarke]] ([[T:044 213 9087]])"),
    ("en", "Will the proposal for more benches in Vuosaari be merged with the similar one from last year? They look almost identical."),
    ("en", "Hope this gets votes! Skate park lights in Herttoniemi so we can skate after 4pm in winter."),
    ("en", "I vote for this. [[P:Bill]] from the skate crew said the same thing at the meeting lol."),
    ("en", "Bike repair station at Aalto University metro exit. Students from Otaniemi would use it daily. The Startup Sauna guys said they'd promote it."),
    ("en", "My proposal is a community fridge in Kannelmäki to reduce food waste. We could partner with Lidl and S-market. Cheers, [[P:Joanna Zielińska]]"),
    ("en", "Comment on 'Lights for Kivikko': agreed, it's really dark. But please use warm white, the blue LEDs are awful."),
    ("en", "Proposal: free sauna evening for students at Kumpula. No names needed, just do it :)"),
    ("en", "Dear OmaStadi team, the proposal I submitted (ID 2026-1184) disappeared from the map. Could you check? [[P:Matthew Collins]], [[E:m.collins@aalto.fi]]"),
    ("en", "The proposal for a Pride crosswalk in Kallio got 2300 votes last time. Why has it not been built yet?"),
    ("en", "Love the idea of an outdoor chess table in Sibelius Park, Magnus Carlsen would approve 😂"),
    ("en", "Proposal: more signs in English at Kalasatama health centre. Written together with my neighbours [[P:Yiannis]], [[P:Maria]] and [[P:Beatriz]]."),
    ("en", "Comment: [[P:Maria's]] idea about multilingual signs is so needed. My mum got lost there last week."),
    ("en", "Proposed by [[P:Sinéad Ní Bhriain]] on behalf of the Irish Society in Finland: a bilingual (English-Finnish) noticeboard at Kamppi service centre."),
    ("en", "Summer camp for kids of international families in Espoo? I know it's Helsinki OmaStadi but many of us work in Helsinki and live in Espoo."),
    ("en", "Frank proposal: just fix the existing playgrounds before building new ones."),
    ("en", "[[P:Victor's]] proposal about shade sails at the Kallio playground is the best one in this round. Voted! – [[P:Agnieszka]]"),
    ("en", "Sandy beach volleyball court at Hietaniemi needs new nets, the old ones are torn. Easy and cheap."),
    ("en", "Gene pool of Helsinki's rabbits is clearly thriving in Kivikko, maybe a proposal for fencing the allotments? 🐇"),
    ("en", "Some guy from the next block already volunteered to maintain the garden boxes, so the running costs are zero."),
    ("en", "Proposal: Wi-Fi at Kaivopuisto park. Posted by [[P:Lucas Meyer]], contact via [[E:lucas.meyer@posteo.de]]"),
    ("en", "Comment by proposer: thanks everyone for 400 votes!! Special shoutout to [[P:Chloé Lefèvre]] who translated the text into French for the community group."),
    ("en", "I like this proposal but the budget of 80 000 € looks way too high for two benches and a bin."),
    ("en", "Drew up a map of all the broken benches in Malmi, it's in the attachments. 23 of them!"),
    ("en", "Proposal for Vallila: a repair café once a month at the Vallila library. Contact person [[P:Sarah Jennings]], [[T:+358 50 377 1942]]."),
    ("en", "Joining [[P:Sarah's]] repair café idea: I can bring my sewing machine. [[P:Filipa]]"),
    ("en", "Art walls in Itäkeskus, legal graffiti like in Suvilahti. Yes please!"),
    ("en", "Dog agility park in Lauttasaari. Our dogs Bruno and Rosie say woof 🐶"),
    ("en", "Rich neighbourhoods get everything, what about Kontula and Mellunmäki? Vote for the eastern proposals!"),
    ("en", "hi my name is [[P:Tomasz]] i am 14 and i want a basketball court in Jakomäki. my friends [[P:Olek]] and [[P:Kacper]] too"),
    ("en", "Proposal: Jack-o'-lantern carving event in the Vanhankaupunginkoski park every October. Kids love it."),
    ("en", "Carol singing evening at the Helsinki Cathedral steps in December, organised by the Anglican chaplaincy. No budget needed except lighting."),
    ("en", "Lähettäjä / From: [[P:Pieter de Vries]]\nEhdotus: more cycle racks at Pasila station. Nykyiset ovat aina täynnä, always full. Kiitos!"),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 4: Varaamo booking notes
# ---------------------------------------------------------------------------
_HAND_VARAAMO = [
    ("en", "Booking for the Maunula house meeting room on 14.1. 17-20. Keys will be picked up by [[P:Daniel Wright]], [[T:040 556 1273]]. Invoice to the association."),
    ("en", "Hi, we'd like to book the music studio at Oodi for our band practice. Contact [[P:Lorenzo Greco]] [[E:lorenzo.greco@gmail.com]]. 4 people."),
    ("en", "Booking note: Room 'Kuutio' at Kalasatama library, board game evening for international students. Responsible person [[P:Hannah Fischer]]."),
    ("en", "May we use the kitchen in the Vallila youth house for a bake sale prep? It's for the school's Christmas fair. - [[P:Kate]] from the parents' committee"),
    ("en", "Invoice to: [[P:Chris Donovan]], [[A:Pohjoinen Rautatiekatu 21 C 40]], 00100 Helsinki. Reference: birthday party, sauna room, Saturday 16-21."),
    ("en", "The key will be collected by my husband [[P:Ricardo]] as I'm still at work. His phone: [[T:+351 912 445 780]] (Portuguese number, works in Finland)."),
    ("en", "Booking the Aalto room at the Töölö library for a reading group. Not the architect, the room lol. 8 people, 18-20."),
    ("en", "Please refund the deposit to [[I:FI21 1234 5600 0007 85]], account holder [[P:Sebastian Krüger]]. The event was cancelled due to illness."),
    ("en", "Booking cancelled. Refund to IBAN [[I:FI0540060010123457]] please. Thanks! [[P:Aoife]]"),
    ("en", "We need a projector and HDMI cable. The presentation is by Prof. [[P:Martin Keller]] from Aalto, he'll arrive 30 min early to test."),
    ("en", "Recurring booking every Wednesday 19-21, badminton, Pirkkola hall court 3. Responsible: [[P:Jan Kowalski]] / [[P:Piotr Lewandowski]] as backup."),
    ("en", "Hi! Is parking available at the Kannelmäki hall? We come with a van, plate [[R:ZNL-305]], to bring instruments."),
    ("en", "Will there be someone to open the door at 7am? Our yoga group starts early. Contact [[E:sunrise.yoga.hki@gmail.com]]"),
    ("en", "Grace period for cancellation is 7 days according to the terms, we're cancelling 10 days before, so full refund please. Booking 88213."),
    ("en", "Pickup of keys: [[P:Manon Girard]] (co-organiser), Monday between 12 and 14 at the Kontula service point."),
    ("en", "Hello, I booked the sauna at Kumpula campus for Friday but I see it's also reserved by someone else. Could you check? [[P:Benjamin Harris]] [[T:045 612 0088]]"),
    ("en", "Booking: Dawn yoga on the Allas terrace, 6:30-7:30, every Sunday in June. Organiser is the Helsinki Expat Yoga group."),
    ("en", "Art workshop for kids in the Annantalo room 12. Supplies brought by us. Teacher: Ms. [[P:Valentina Esposito]]."),
    ("en", "Note to staff: the organiser's contact is [[P:Eoin Byrne]], [[E:eoin.byrne@helsinki.fi]], [[T:+358 44 720 6613]]. Invoice address [[A:Leppäsuonkatu 9 D 58]], 00100 Helsinki."),
    ("en", "The Miles Davis tribute concert needs the stage at Stoa on 3.3. Our group: Helsinki Jazz Collective. Sound engineer is [[P:Rui]]."),
    ("en", "[[P:Bob]], the caretaker at the Malmitalo, was super helpful last time - please thank him from us."),
    ("en", "Booking for the Espoo Sello library meeting room 'Tapiola'. 6 people. Organiser [[P:Kasia Dąbrowska]]."),
    ("en", "Cancelling my booking for the Otaniemi sports hall. [[P:Alexandre Moreau]]\nSent from my iPhone"),
    ("en", "Fwd: Booking confirmation\n---------- Forwarded message ---------\nFrom: Varaamo (automatic message)\nTo: [[P:Emily Foster]] <[[E:emily.foster@protonmail.com]]>\nSubject: Your booking 120934\n\nYour booking for the Oodi studio 2 on 21.2. is confirmed."),
    ("en", "From: [[P:Konstantinos Georgiou]] <[[E:k.georgiou@aalto.fi]]>\nCc: [[P:Eleni Dimitriou]] <[[E:eleni.d@aalto.fi]]>\nSubject: room for thesis defence rehearsal\n\nHi, could we book the Kumpula room for Monday? BR, [[P:Kostas]]"),
    ("en", "We're a group of Brazilian students, the organiser is [[P:Gabriela Oliveira]] and the key will be picked up by [[P:Thiago Souza]]. Festa junina!"),
    ("en", "Booking room 'Ruuti' in Kamppi youth center. Our group leader Mr. [[P:Hendriks]] will bring the IDs."),
    ("en", "Invoice please to the company: Rich Media Oy, Business ID 2845571-3, reference PO-4471."),
    ("en", "Hi there, I'd like to book the Chase room... sorry, I mean the Chaos room at the youth house, for a D&D session. 5 people."),
    ("en", "Contact person changed: now [[P:Pat]] ([[T:050 918 2274]]), not [[P:Siobhan]]."),
    ("en", "Jos mahdollista, we need the room until 22:00. Avaimet hakee [[P:Joost van Dijk]], puh. [[T:041 778 3390]]."),
    ("en", "Varaus ok? We didn't get the confirmation email. Meidän varaus number is 77120. Thx, [[P:Sofia Mendes]]"),
    ("en", "Booking note: Room in the Lasipalatsi block, not the Amos Rex museum, the small room upstairs. 10 people."),
    ("en", "Sauna booking for Friday 18-20, name on the door: [[P:McAllister]]."),
    ("en", "Our group needs the Grace Hopper room at the Maria 01 startup campus, but I think that's not a city room? Please advise."),
    ("en", "Pls note my new number [[T:+44 7700 900 412]], the old Finnish one doesn't work anymore. [[P:Gemma]]"),
    ("en", "Jack sockets on the mixing desk in room 204 are broken, just so you know. Also the whiteboard markers are dry."),
    ("en", "Booking by Fr. [[P:Dominic O'Sullivan]] for the Catholic student group, Tuesday evenings."),
    ("en", "Deposit paid from account [[I:FI18 8000 1802 3745 12]] ([[P:Agata Wójcik]]). Please confirm!"),
    ("en", "Hi, I booked the ceramics studio for 6 people but we are 8 now, is that ok? Cheers, [[P:Ollie]] xx"),
    ("en", "Will the sauna be heated when we arrive or do we do it ourselves? Booking 55310."),
    ("en", "We'll be using the hall for a birthday party for my son [[P:Leo]] (7). Parents will park on Kontulankaari."),
    ("en", "Joy of Singing choir, rehearsal room at Musiikkitalo, Mondays. Contact through the choir's email [[E:info@joyofsinging.fi]]."),
]

# ---------------------------------------------------------------------------
# Hand-written records, part 5: mixed threads, cc lines, signatures
# ---------------------------------------------------------------------------
_HAND_MIXED = [
    ("en", "To: City of Helsinki feedback\nCc: [[P:Rosa Navarro]] <[[E:rosa.navarro@uniarts.fi]]>, [[P:Will Hayes]] <[[E:will.hayes@aalto.fi]]>\nSubject: noise at the Sörnäinen construction site\n\nDear all, the pile driving continues past 22:00. Regards, [[P:Mark Sheridan]]"),
    ("en", "Moi, I'm [[P:Grace O'Donnell]] from [[A:Kaarelantie 7 A 3]], 00420 Helsinki. Our yard lighting is broken, valot ei toimi since Friday. Soita [[T:040 662 1879]] jos tarvitsette lisätietoja."),
    ("en", "On Tue, 3 Nov 2026 at 14:12, [[P:Joy Adeyemi-Clarke]] <[[E:joy.ac@gmail.com]]> wrote:\n> the bench in Kivikko is broken\nThanks [[P:Joy]], we've forwarded this to the park maintenance. \u2013 City of Helsinki feedback team"),
    ("en", "[[P:May]] and I will both come to the hearing evening. Signed: [[P:May Lindqvist-Harper]], [[P:Dawn Reilly]]"),
    ("en", "Reply to [[P:Frank Mueller]]: your numbers for bus 560 are wrong, it runs every 10 min in rush hour."),
    ("en", "Booking for my research group (Dr. [[P:Summer Okafor]], Prof. [[P:Rich Delgado]] and me). My details: [[P:Victor Almeida]], [[T:+358 45 119 7736]]."),
    ("en", "Parking in the Kumpula campus yard: our guest's car [[R:GLK-91]] got a ticket even though [[P:Drew]] registered it at the reception. Please cancel, [[P:Hope Castellano]]"),
    ("en", "Hei! Kiitos varauksesta. Deposit returned to [[I:FI94 5798 0020 4588 31]] ([[P:Bill Papadakis]]). Best, Varaamo customer service"),
    ("en", "Hi, my ID for the resident parking was entered wrong. The correct one is [[H:140389-2748]], name [[P:Sandy McIntyre]]. Car plate [[R:CUV-527]]."),
    ("en", "Our wifi at the Maunula house room dropped all evening. The router showed our laptop as [[IP:192.168.1.47]], if that helps IT. [[P:Ray Kwan]]"),
    ("en", "Ehdotus: benches for Kannelmäki. Tekijät / authors: [[P:Jack Doherty]] & [[P:Autumn Reyes]]. Yhteyshenkilö [[E:autumn.reyes@hotmail.com]]"),
    ("en", "Re: Re: key pickup\n> Can [[P:Carol]] pick up the keys?\nYes, [[P:Carol Brennan]] can pick them up from the Kontula service point. Bring ID.\n\nBR\n[[P:Guy Lemaire]]"),
    ("en", "Hi, the invoice for booking 93011 went to [[A:Laivurinkatu 33 B 8]] but I moved. New address [[A:Metsänneidonkuja 4 C 17]], 02130 Espoo. [[P:Gene Hartmann]]"),
    ("en", "[[P:Miles]], [[P:Jack]] and I (yes those are our names, [[P:Miles Doyle]] and [[P:Jack Tierney]]) run the Sunday football for dads in Myllypuro. Can we book the field at 10?"),
    ("en", "Lähetetty / Forwarded by [[P:Chase Whitfield]]: \"the ramp at [[A:Itälahdenkatu 22]] is too steep for prams\". Agree with him!"),
]

# ---------------------------------------------------------------------------
# Small generators (the minority of the block)
# ---------------------------------------------------------------------------
_FIRST = [
    "Oliver", "Charlotte", "Aoife", "Ciarán", "Madison", "Tyler", "Brooke", "Connor", "Isla", "Lachlan",
    "Jonas", "Lena", "Mathilde", "Théo", "Chiara", "Matteo", "Lucía", "Álvaro", "Inês", "João",
    "Sanne", "Bram", "Zofia", "Michał", "Eleni", "Giorgos", "Larissa", "Gustavo", "Fiona", "Declan",
]
_LAST = [
    "Thompson", "O'Connor", "McCarthy", "Sullivan", "Anderson", "MacLeod", "Campbell", "Hoffmann",
    "Weber", "Lefebvre", "Rousseau", "Ricci", "Conti", "García", "Fernández", "Pereira", "Costa",
    "van den Broek", "de Jong", "Nowicki", "Kamińska", "Nikolaidis", "Vlachou", "da Silva",
    "dos Reis", "D'Amico", "de la Fuente", "Fitzpatrick", "Brennan", "Janssen",
]
_STREETS = [
    "Mannerheimintie", "Hämeentie", "Fleminginkatu", "Agricolankatu", "Kalevankatu", "Albertinkatu",
    "Kasarmikatu", "Museokatu", "Mechelininkatu", "Topeliuksenkatu", "Otakaari", "Tekniikantie",
    "Leppävaarankatu", "Tapiontori", "Sturenkatu", "Aleksis Kiven katu", "Vaasankatu", "Itämerenkatu",
]
_ROOMS = [
    "the meeting room at Kallio library", "Oodi studio 3", "the sauna at Kumpula", "the Stoa dance hall",
    "the kitchen at Maunula house", "room 'Kuutio' in Kalasatama", "the Malmitalo small hall",
    "the Pirkkola gym, court 2", "the Entresse library group room", "the Itäkeskus youth house studio",
]


def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", "").replace(" ", "").replace("ł", "l").lower()


def _phone(rng):
    pre = rng.choice(["40", "41", "44", "45", "50"])
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 9999)
    form = rng.randrange(6)
    if form == 0:
        return "0%s %d %d" % (pre, a, c)
    if form == 1:
        return "0%s%d%d" % (pre, a, c)
    if form == 2:
        return "+358 %s %d %d" % (pre, a, c)
    if form == 3:
        return "+358%s%d%d" % (pre, a, c)
    if form == 4:
        return "0%s-%d %d" % (pre, a, b)
    return "09 %d %d" % (rng.randint(3000, 4999), c)


def _email(rng, first, last):
    dom = rng.choice(["gmail.com", "aalto.fi", "helsinki.fi", "outlook.com", "gmx.de", "hotmail.co.uk",
                      "yahoo.com.br", "libero.it", "protonmail.com", "wp.pl"])
    f, l = _ascii(first), _ascii(last)
    form = rng.randrange(4)
    if form == 0:
        loc = f + "." + l
    elif form == 1:
        loc = f[0] + l
    elif form == 2:
        loc = f + "_" + l + str(rng.randint(1, 99))
    else:
        loc = l + "." + f[0]
    return loc + "@" + dom


def _address(rng):
    st = rng.choice(_STREETS)
    num = rng.randint(1, 60)
    form = rng.randrange(3)
    if form == 0:
        return "%s %d" % (st, num)
    if form == 1:
        return "%s %d %s %d" % (st, num, rng.choice("ABCDE"), rng.randint(1, 80))
    return "%s %d as. %d" % (st, num, rng.randint(1, 40))


def _gen_bookings(rng, n):
    out = []
    for i in range(n):
        f, l = rng.choice(_FIRST), rng.choice(_LAST)
        room = rng.choice(_ROOMS)
        day = "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12))
        t0 = rng.randint(8, 19)
        form = i % 5
        if form == 0:
            txt = "Booking %s on %s %d-%d. Keys picked up by [[P:%s %s]], [[T:%s]]." % (
                room, day, t0, t0 + 2, f, l, _phone(rng))
        elif form == 1:
            txt = "hi, can we get %s for %s? about %d people. contact me at [[E:%s]]\n\n%s\n[[P:%s]]" % (
                room, day, rng.randint(4, 20), _email(rng, f, l),
                rng.choice(["Cheers,", "Best,", "BR", "Thanks!", "Kiitos,", "xx"]), f)
        elif form == 2:
            txt = "Responsible person: [[P:%s]] (tel. [[T:%s]]). Invoice to [[A:%s]], %s. Booking %s, %s" % (
                "%s %s" % (f, l), _phone(rng), _address(rng), rng.choice(["00530 Helsinki", "02150 Espoo", "00100 Helsinki"]),
                room, day)
        elif form == 3:
            txt = "%s %s will open the door, I'm travelling. Reach [[P:%s]] at [[E:%s]] if needed. Booking %d." % (
                rng.choice(["My colleague", "Our treasurer", "My flatmate", "Our coach"]),
                "[[P:%s %s]]" % (f, l), f, _email(rng, f, l), rng.randint(40000, 99999))
        else:
            title = rng.choice(["Dr.", "Prof.", "Ms.", "Mr."])
            txt = "The guest lecture by %s [[P:%s]] needs %s on %s, starting %d:00. Coordinator [[T:%s]]." % (
                title, l, room, day, t0, _phone(rng))
        out.append(("en", txt))
    return out


_WORD_STARTS = [
    "Will the {b} be open on {day}?",
    "May I ask why the {b} was closed on {day}?",
    "Bill for the room at the {b} was {price}, that seems high.",
    "Mark the {b} entrance better, nobody finds it.",
    "Grace period for returning the keys to the {b} should be longer than one day.",
    "Hope {o} gets new lights before {day}.",
    "Frank question: is the {b} accessible by wheelchair?",
    "Summer hours at the {b} are confusing, please post them on the door.",
    "Rose bushes in {o} need watering, they're very dry.",
    "Sandy paths in {o} are slippery for bikes after the rain.",
    "Art classes at the {b} were cancelled on {day} without notice.",
    "Chase the contractor about the fence in {o}, still broken.",
    "Ray of sunshine: the {b} staff were super kind on {day}.",
    "Drew a small map of the paths in {o} for visitors, can you put it online?",
    "Joy to see the {b} renovated finally!",
    "Miles of queue at the {b} on {day}, need more staff.",
    "Rich choice of events at the {b} this month, well done.",
    "Pat on the back for the cleaners at the {b}, spotless on {day}.",
    "Jack up the heating in the {b}, it was freezing on {day}.",
]
_BUILDINGS = [
    "Kumpula Physicum", "Oodi library", "Musiikkitalo", "Dipoli building", "Väre building", "Töölö library",
    "Stoa culture centre", "Annantalo", "Kallio library", "Cygnaeus Gallery", "Hakaniemi market hall",
    "Sello library", "Malmitalo",
]
_OUTDOOR = [
    "Sibelius Park", "Alvar Aalto Park", "Tove Jansson park", "Kaisaniemi park", "the Runeberg esplanade",
    "Topeliuksen puisto", "Kaivopuisto", "the park by Elielinaukio", "Leppävaara sports park",
]
_DAYS = ["Monday", "Saturday", "Christmas Eve", "Midsummer", "May Day", "1 December", "Easter Monday", "the 24th"]


def _gen_negatives(rng, n):
    out = []
    starts = list(_WORD_STARTS)
    rng.shuffle(starts)
    for i in range(n):
        tpl = starts[i % len(starts)]
        txt = tpl.format(b=rng.choice(_BUILDINGS), o=rng.choice(_OUTDOOR), day=rng.choice(_DAYS),
                         price="%d,%02d €" % (rng.randint(20, 140), rng.choice([0, 50, 90])))
        if rng.random() < 0.35:
            txt += " " + rng.choice(["Case %d." % rng.randint(100000, 999999), "Bus 55 or tram 7.",
                                     "Order no. HEL-%d." % rng.randint(1000, 9999), "00100 Helsinki.",
                                     "Open 8-20 weekdays.", "Thanks!", ":)", "Greetings from Espoo."])
        out.append(("en", txt))
    return out


_ISSUES = [
    "the stairwell light has been out for a week",
    "someone dumped a fridge on the pavement",
    "the bike rack is completely rusted and broken",
    "there is a huge puddle every time it rains",
    "a street lamp fell over during the storm",
    "the bins haven't been emptied in two weeks",
    "car alarms go off every night in the yard",
    "the crossing is dangerous, cars don't stop",
]
_SIGNOFFS = ["Cheers,", "Best,", "BR,", "Thanks,", "Kind regards,", "Regards,", "Terveisin,", "xx", "--"]


def _gen_signoff_feedback(rng, n):
    out = []
    for i in range(n):
        f, l = rng.choice(_FIRST), rng.choice(_LAST)
        issue = rng.choice(_ISSUES)
        addr = _address(rng)
        sign = rng.choice(_SIGNOFFS)
        name = rng.choice(["[[P:%s]]" % f, "[[P:%s %s]]" % (f, l), "[[P:%s. %s]]" % (f[0], l)])
        if i % 4 == 0:
            txt = "Hello, at [[A:%s]] %s. %s\n%s" % (addr, issue, sign, name)
        elif i % 4 == 1:
            txt = "%s at [[A:%s]] since last %s!! pls fix\n%s %s" % (
                issue[0].upper() + issue[1:], addr, rng.choice(["Monday", "weekend", "month"]), sign, name)
        elif i % 4 == 2:
            txt = "Reporting that %s near [[A:%s]]. You can call me on [[T:%s]]. %s %s" % (
                issue, addr, _phone(rng), sign, name)
        else:
            txt = "Hi! I'm writing for my neighbour %s - %s outside our building ([[A:%s]]). %s\n%s" % (
                "[[P:%s's]] mum" % rng.choice([x for x in _FIRST if x != f]), issue, addr, sign, name)
        out.append(("en", txt))
    return out


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
def records() -> list[tuple[str, str]]:
    """Return the (lang, marked_text) pairs of block 42, deterministic for SEED."""
    rng = random.Random(SEED)
    out = []
    out.extend(_HAND_FEEDBACK)
    out.extend(_HAND_HEARING)
    out.extend(_HAND_OMASTADI)
    out.extend(_HAND_VARAAMO)
    out.extend(_HAND_MIXED)
    out.extend(_gen_bookings(rng, 25))
    out.extend(_gen_negatives(rng, len(_WORD_STARTS)))
    out.extend(_gen_signoff_feedback(rng, 20))
    return list(out)
