"""Build harvester/anonymise/text/data/first_names_world.txt and surnames_world.txt: first names and surnames
of many countries and languages, so that the person detector knows names outside the Nordic stock (about
one Helsinki resident in six speaks a foreign language).

    .venv/bin/pip install faker english-words wordfreq babel && .venv/bin/python scripts/build_name_lists.py

Sources (credited in data/SOURCES.md):
- the first-name lists of Faker's person providers (https://github.com/joke2k/faker, MIT licence), every
  locale written in Latin script (af..zu: English, Spanish, Portuguese, French, German, Italian, Turkish,
  Polish, Estonian, Latvian, Lithuanian, Indonesian, Vietnamese, Swahili, Yoruba, romanised Japanese and
  Chinese, ...), and the Cyrillic lists transliterated to Latin letters the Finnish, the English and the
  Ukrainian national way (Sergei / Sergey / Serhii);
- names written for this project (Somali, Arabic, Persian, Kurdish, Vietnamese, Chinese, Indian, Nepali
  given names in their common Latin spellings), below in ADDED.

Faker is needed only to rebuild the list, not at run time. gender-guesser's dictionary was not used: its
data (Jörg Michael's nam_dict) is under the GNU FDL and could not ship in this MIT package as is.

Dropped (they would cost precision): words of two letters or fewer, words Voikko reads as Finnish
common words or places in their basic form and never as names ("Jos", "Desi"), Swedish and Finnish function words (STOP), the places and
organisations in not_names.txt and names already in the hand-kept lists. Names that are also English words
(lower-case entries of Webster's Second, public domain, read through the `english-words` package, and
Faker's English lorem words: "Dawn", "Server", "Mark") go to ambiguous_names_world.txt: names only next to
another name or a cue."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "harvester" / "anonymise" / "text" / "data"
LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ'’-]{3,}")

# Written for this project: given names common among Helsinki's foreign-language residents that the Faker
# lists lack or spell otherwise.
_ADDED_TEXT = """
Abdi Abdiaziz Abdikarim Abdirahman Abdirashid Abdirizak Abdiwali Abdullahi Abshir Adan Ahmed Ayaan Ayan
Asha Axmed Barkhad Bashir Cabdi Cabdullahi Deeqa Dahir Faadumo Fadumo Farah Farhan Fartun Filsan Guled
Hamdi Hawa Hibo Hodan Hussein Ifrah Ilhan Ismail Jama Khadar Khadra Maryan Mohamed Mohamud Muna Muse
Mustafe Nasra Nimco Nuur Nur Osman Qorsho Sagal Sahra Samatar Shukri Sucaad Ubah Warsame Yasmin Yonis
Yusuf Zamzam Zahra Zeinab Deqa Hamza Idil Sadia Sabrina Libaan Liban Mahad Mahamed Mohamed Muxumed
Abdallah Abdelkader Abdul Abdulla Abdullah Abdulrahman Ahmad Ahmet Aisha Aischa Alaa Ali Amal Amani Amin
Amina Amir Amira Anas Asma Aya Ayman Bilal Dalia Fadi Fahad Faisal Farid Fatima Fatma Fouad Ghada Hadi
Hala Hamid Hana Hani Haroun Hasan Hassan Hatem Hiba Hind Hisham Hossam Hussam Husam Ibrahim Imad Iman
Jamal Jamila Kareem Karim Khaled Khalid Khadija Laila Layla Leila Lina Mahmoud Mahmud Majid Malak Mariam
Maryam Mazen Mohammad Mohammed Muhammad Muhammed Mustafa Nabil Nada Nadia Nadim Najib Nasser Nour Noor
Omar Osama Rami Rana Rania Rashid Reem Safa Said Saeed Salah Saleh Salim Salma Sami Samir Samira Sara
Sarah Shadi Tariq Tarek Walid Yara Yasin Yassin Yasser Youssef Yousef Zainab Zaid Zeyad Ziad Rasha Huda
Arash Babak Dariush Farhad Farzaneh Golnar Hamed Hossein Leyla Mahsa Mehdi Mehran Mina Mohsen Nasrin
Parisa Parviz Reza Roya Saeid Shirin Soheil Yalda Zahra Niloofar Behnam Azad Dilan Rojda Shilan Zana
Hozan Berivan Baran Roza Dilshad Kawa Soran Sherko Karwan Hawre
Anh Binh Chau Cuong Dung Duc Giang Hai Hanh Hieu Hoa Hoang Hung Huong Huy Khanh Lan Linh Loan Mai Minh
Ngoc Nguyen Nhung Phuong Quang Quynh Tam Thanh Thao Thu Thuy Trang Trung Tuan Tung Van Vinh Xuan Yen
Huyen Phuc Thang Hanh Dat Hiep
Wei Jing Li Ming Xiaoming Xiaoli Yan Yang Ying Hui Jun Lei Fang Hong Jie Qiang Xin Yu Zhen Zhiwei
Aarav Aditi Amit Anil Anjali Arjun Deepak Divya Ganesh Kavya Krishna Manoj Neha Nikhil Pooja Priya
Rahul Rajesh Ravi Rohit Sandeep Sanjay Sunil Suresh Vijay Vikram Anita Sunita Lakshmi Pradeep Bishnu
Prakash Ramesh Sita Gita Binod Sabina Suman Sushila
"""
ADDED = _ADDED_TEXT.split()

# Russian to Latin, the Finnish way (SFS 4900: Сергей → Sergei, Юрий → Juri) and the English way
# (Sergey, Yuriy); both are seen in Helsinki.
_FI = dict(zip("абвгдезийклмнопрстуфцыэ", "abvgdezijklmnoprstufcye", strict=True)) | {
    "ё": "jo", "ж": "zh", "х": "h", "ч": "tš", "ш": "š", "щ": "štš", "ъ": "", "ь": "", "ю": "ju", "я": "ja",
    "й": "i", "ц": "ts", "і": "i", "ї": "ji", "є": "je", "ґ": "g",
}  # fmt: skip
_EN = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)) | {
    "ё": "yo", "ж": "zh", "х": "kh", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu",
    "я": "ya", "ц": "ts", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip


# Ukrainian, the national way (KMU 2010: Максим → Maksym, Софія → Sofiia, Юрій → Yurii), as Ukrainians in
# Helsinki write their names in their passports; the first letter of "є", "ї", "й", "ю", "я" as in _UK_FIRST.
_UK = dict(zip("абвгґдезиіклмнопрстуфьъ", "abvhgdezyiklmnoprstuf''", strict=True)) | {
    "є": "ie", "ж": "zh", "ї": "i", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io",
}  # fmt: skip
_UK_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate(name: str, table: dict[str, str]) -> str:
    lower = name.lower()
    first = _UK_FIRST.get(lower[:1], table.get(lower[:1], lower[:1])) if table is _UK else table.get(lower[:1], lower[:1])
    out = (first + "".join(table.get(ch, ch) for ch in lower[1:])).replace("'", "")
    return out[:1].upper() + out[1:]


FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")


def faker_first_names(attributes: tuple[str, ...] = FIRST_NAME_ATTRIBUTES) -> tuple[set[str], set[str]]:
    """(Latin-script names, Cyrillic names) of every Faker person provider, from the given lists."""
    import faker.providers.person as providers

    latin: set[str] = set()
    cyrillic: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attributes:
            value = getattr(provider, attr, None)
            if value is None or isinstance(value, property):
                continue
            try:
                names = list(value.keys() if isinstance(value, dict) else value)
            except TypeError:
                continue
            for name in names:
                if not isinstance(name, str):
                    continue
                if LATIN.fullmatch(name):
                    latin.add(name)
                elif re.fullmatch(r"[А-Яа-яЁёІіЇїЄєҐґ'-]{3,}", name):
                    cyrillic.add(name)
    return latin, cyrillic


def read_list(name: str) -> set[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return {line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#")}


# Swedish and English function words and Finnish words that some locale lists as a first name.
_STOP_TEXT = """
min din sin man men han hon den det var vad som med till från för och att inte kan ska har hade eller när
där här alla bara och även efter eller utan under över mellan hela heller aldrig alltid också mycket
olen jos sinä minä hän nyt vain kun niin kuin jo vielä myös
"""
STOP = set(_STOP_TEXT.split())


def finnish_reading(name: str, voikko) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """(Voikko reads it as a name, Voikko reads it as a Finnish word or place in its basic form). An
    inflected reading alone ("Alain" = "ala" + genitive) is an accident of spelling and is ignored."""
    key = name.casefold()
    as_name = as_word = False
    for analysis in voikko.analyze(name):
        if analysis.get("CLASS") in ("etunimi", "sukunimi"):
            as_name = True
        elif analysis.get("CLASS") != "nimi" and analysis.get("BASEFORM", "").casefold() == key:
            as_word = True  # ("nimi" is any proper name to Voikko: "Oscar" stays a first name)
    return as_name, as_word


def only_a_name(name: str, voikko) -> bool:  # type: ignore[no-untyped-def]
    """Voikko reads the word as a first name or a surname only, or does not know it."""
    return all(analysis.get("CLASS") in ("etunimi", "sukunimi") for analysis in voikko.analyze(name))


def cldr_places_and_calendar() -> set[str]:
    """One-word names of countries and regions (English, Swedish, Finnish), of languages (English) and of
    months and weekdays (English, Swedish), weekdays also in the English plural ("Sundays"): from the
    Unicode CLDR through Babel. Capitalised, they stand where a name could ("in Spain", "in English")."""
    from babel import Locale

    words: set[str] = set()
    for code in ("en", "sv", "fi"):
        locale = Locale(code)
        words |= {name for name in locale.territories.values() if " " not in name}
        if code != "fi":
            for context in ("format", "stand-alone"):
                words |= {name.capitalize() for name in locale.months[context]["wide"].values()}
                words |= {name.capitalize() for name in locale.days[context]["wide"].values()}
    words |= {name for name in Locale("en").languages.values() if " " not in name and name[:1].isupper()}
    words |= {name + "s" for name in Locale("en").days["format"]["wide"].values()}
    return {word for word in words if LATIN.fullmatch(word)}


def main() -> None:
    import libvoikko
    from english_words import get_english_words_set
    from faker.providers.lorem.en_US import Provider as EnglishWords

    voikko = libvoikko.Voikko("fi")
    # Webster's Second (public domain, through the english-words package): its lower-case entries are
    # common English words ("mark", "dawn", "server"); its capitalised entries are names and places.
    english = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    english |= {word.casefold() for word in EnglishWords.word_list}
    known = read_list("not_names.txt") | read_list("first_names.txt") | read_list("ambiguous_names.txt")
    # The thousand commonest words of Swedish and Finnish (wordfreq, used only to filter): a name among them
    # is a word there too ("Bil", "Liv", "Tack", "Aina") and needs another name or a cue beside it.
    from wordfreq import top_n_list

    home_words = set(top_n_list("sv", 1000)) | set(top_n_list("fi", 1000))
    strong, ambiguous = split_names(all_names(FIRST_NAME_ATTRIBUTES) | set(ADDED), voikko, english, known)
    ambiguous |= {name for name in strong if name.casefold() in home_words}
    strong -= ambiguous
    # A hand-kept name is a name first ("Mari" is also a language)
    hand_names = read_list("first_names.txt") | read_list("surnames.txt") | read_list("ambiguous_names.txt")
    places = sorted(
        (p for p in cldr_places_and_calendar() if p.casefold() not in hand_names), key=lambda w: (w.casefold(), w)
    )
    # Surnames are taken alone, so fewer: no English word in use ("Baker", "Rose") nor its plural ("Roses"),
    # that is a word of Webster's Second among the 10,000 commonest English words of wordfreq (used only to
    # filter: an obscure dictionary entry such as "pereira" keeps the surname); no country or language
    # ("Spain", "English"); four letters or more; nothing Voikko reads as other than a name ("Soita").
    common_english = english & set(top_n_list("en", 10_000)) | {w.casefold() for w in EnglishWords.word_list}
    not_surnames = read_list("not_names.txt") | {place.casefold() for place in places}
    surnames, _ = split_names(all_names(SURNAME_ATTRIBUTES), voikko, common_english, not_surnames)
    surnames = {
        name for name in surnames
        if len(name) >= 4 and only_a_name(name, voikko) and name.casefold() not in common_english | home_words
        and not (name[-1] == "s" and name[:-1].casefold() in common_english)
    }  # fmt: skip
    write_list(
        "places_world.txt",
        "# Countries, regions, languages, months and weekdays (generated by scripts/build_name_lists.py from the\n"
        "# Unicode CLDR through Babel; Unicode licence; do not edit by hand). See SOURCES.md.\n",
        places,
    )
    # The 25,000 commonest English words of wordfreq that are no name of any list: capitalised at the start
    # of a sentence or in a title they are words ("Login", "Organisers", "Sports Services").
    names = read_list("first_names.txt") | read_list("surnames.txt") | read_list("ambiguous_names.txt")
    names |= {name.casefold() for name in strong | ambiguous | surnames}
    words = sorted(
        word for word in top_n_list("en", 25_000)
        if len(word) >= 4 and word.isalpha() and word.isascii() and word not in names
    )  # fmt: skip
    write_list(
        "english_words.txt",
        "# The commonest English words that are no listed name (generated by scripts/build_name_lists.py from\n"
        "# wordfreq's English list, Robyn Speer et al., data CC BY-SA 4.0; this file carries that licence).\n",
        words,
    )
    header = (
        "# {what} (generated by scripts/build_name_lists.py; do not edit by hand).\n"
        "# Sources: Faker's person providers (MIT licence, https://github.com/joke2k/faker), Russian and\n"
        "# Ukrainian names transliterated, and names written for this project. See SOURCES.md.\n"
    )
    for filename, what, kept in (
        ("first_names_world.txt", "First names of many countries", strong),
        ("ambiguous_names_world.txt", "First names of many countries that are also English words", ambiguous),
        ("surnames_world.txt", "Surnames of many countries that are no English or Finnish word", surnames),
    ):
        write_list(filename, header.format(what=what), sorted(kept, key=lambda name: (name.casefold(), name)))
    write_swedish_words()


def write_swedish_words() -> None:
    """data/swedish_words.txt: the 20,000 commonest Swedish words of wordfreq, of four letters or more, that are
    in no name or place list written above. Voikko, a Finnish analyser, knows none of them: capitalised at the
    start of a Swedish sentence ("Annars ok", "Finns det ...") they are words, not unknown names. Reads the
    lists from data/, so it can be run alone: `python -c "import build_name_lists as b; b.write_swedish_words()"`
    from scripts/."""
    from wordfreq import top_n_list

    listed = set()
    for filename in ("first_names.txt", "surnames.txt", "ambiguous_names.txt", "first_names_world.txt",
                     "ambiguous_names_world.txt", "surnames_world.txt", "not_names.txt", "places_world.txt"):  # fmt: skip
        listed |= read_list(filename)
    # wordfreq lower-cases what it counts, so names are among its words: not a listed name's genitive
    # ("eriks", "saras"; a word as common as "finns" or "annars" stays), nor Swedish nicknames and name
    # particles that no list has
    from wordfreq import zipf_frequency

    nicknames = {"bosse", "nisse", "kalle", "pelle", "olle", "lasse", "janne", "micke", "putte", "dela"}
    words = sorted(
        word for word in top_n_list("sv", 20_000)
        if len(word) >= 4 and word.isalpha() and word not in listed and word not in nicknames
        and not (word.endswith("s") and word[:-1] in listed and zipf_frequency(word, "sv") < 5)
    )  # fmt: skip
    write_list(
        "swedish_words.txt",
        "# The commonest Swedish words that are no listed name or place (generated by scripts/build_name_lists.py\n"
        "# from wordfreq's Swedish list, Robyn Speer et al., data CC BY-SA 4.0; this file carries that licence).\n",
        words,
    )


def write_list(filename: str, header: str, entries: list[str]) -> None:
    """One entry a line under its header, in data/."""
    (DATA / filename).write_text(header + "\n".join(entries) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries written to {DATA / filename}")


def all_names(attributes: tuple[str, ...]) -> set[str]:
    """Faker's names of those lists, Cyrillic ones transliterated both ways."""
    latin, cyrillic = faker_first_names(attributes)
    names = set(latin)
    for name in cyrillic:
        names.add(transliterate(name, _FI))
        names.add(transliterate(name, _EN))
        names.add(transliterate(name, _UK))
    return names


def split_names(names: set[str], voikko, english: set[str], known: set[str]) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    """(names, names that are also English words), without Finnish words, places and `known` entries."""
    strong, ambiguous = set(), set()
    for name in names:
        key = name.casefold()
        if not LATIN.fullmatch(name) or key in known or key in STOP:
            continue
        as_name, as_word = finnish_reading(name, voikko)
        if as_word and not as_name:
            continue  # a Finnish word or place to Voikko ("Jos", "Desi")
        # A name Voikko knows is never made ambiguous here ("Johannes").
        (ambiguous if key in english and not as_name else strong).add(name)
    return strong, ambiguous


if __name__ == "__main__":
    main()
