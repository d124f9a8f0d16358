"""Who a role noun or a pronoun-like description points back to: :func:`resolve_anaphor`
("the department" -> "Lithuania's State Security Department", "the miner" -> "Karoo
Gold"), the first business named in a sentence and the proper-name subject opening one.
Used by :mod:`indicators.sources`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from indicators.catalog import claim_entity
from indicators.dates import MONTHS, WEEKDAYS
from indicators.lexicon import is_common_word
from indicators.source_words import (
    ANAPHOR,
    BUSINESS,
    COLLECTIVE,
    GEO_WORDS,
    INSTITUTION_END,
    PERSON_ROLES,
    SRC_STOP,
    TITLE_WORDS,
    function_authorities,
)
from indicators.units import STOP_WORDS

__all__ = ["business_name", "resolve_anaphor", "sentence_subject"]

_LEAD_CAP_ARTICLE_RE = re.compile(r"^(?:The|A|An)\s+")
_MEMBERS_RE = re.compile(
    r"\b([A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,3})\s+(?:member\s+)?(?:members|countries"
    r"|nations|states|producers)\b|\bmembers\s+of\s+(?:the\s+)?([A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,3})"
)
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
_SENT_SUBJECT_RE = re.compile(r"\s*((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and))*)")
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")

_PROPER_NAME_RE = re.compile(
    r"(?<![\w&'’.-])((?:[A-Z][\w&'’.-]*\+?)(?:\s+(?:of|for|and|&)\s+[A-Z][\w&'’.-]*"
    r"|\s+[A-Z][\w&'’.-]*)*)(?![\w-])"
)
_OWNED_RE = re.compile(r"['’]s?\s+")
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


#: A place: a name after a preposition of place ("in western X", "off the X coast").
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|off|across|outside|into|throughout|around|within|to|from|for)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?$"
)


#: The words before an audience: "speaking to Der Spiegel", "in an interview with the FT".
_TO_AUDIENCE = (
    ["speaking", "to"],
    ["talking", "to"],
    ["spoke", "to"],
    ["interview", "with"],
    ["speaking", "with"],
)


def business_name(sent: str, noun: str = "") -> str | None:
    """The first business named in ``sent``: a proper name that is not a public body ("the
    US Army"), a model designation ("PAC-3 MSE") or a sentence-opening word."""
    for m in _PROPER_NAME_RE.finditer(sent):
        name = _LEAD_CAP_ARTICLE_RE.sub("", m.group(1))
        # the owner of a possession: "Norsk Metall's Vik smelter" -> "Norsk Metall"
        name = _POSSESSIVE_END_RE.sub("", _OWNED_RE.split(name, maxsplit=1)[0])
        name = name.rstrip(".")
        words = name.split()
        if not words or (
            words[-1].lower() in INSTITUTION_END
            and not (noun in _BANK_NOUNS and words[-1].lower() == "bank")
        ):
            continue  # a public body; but "the lender" is "Nordhavn Bank"
        if words[0].lower() in _CALENDAR_WORDS:
            continue  # "on Friday", "in August": a date
        if _PLACE_BEFORE_RE.search(sent, max(0, m.start() - 30), m.start()) and (
            len(words) == 1 or words[-1].lower() in GEO_WORDS or claim_entity(name) is not None
        ):
            continue  # "in Luleå", "off the Red Sea coast"; not "from Pilbara Metals"
        if sent[m.end() : m.end() + 1] in ("-", "\u2011") or any(c.isdigit() for c in name):
            continue  # a model designation
        if (
            _opens(sent, m.start())
            and len(words) == 1
            and (words[0].lower() in STOP_WORDS or is_common_word(words[0]))
        ):
            continue  # "The", "In", "Its"; "Iron ore shipments …": a common word
        if len(words) == 1 and (words[0].lower() in SRC_STOP or words[0].lower() in STOP_WORDS):
            continue
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 3 and m.start() > 0:
            continue  # "US", "EU": a country or bloc, not a firm
        before = sent[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1].lower() in PERSON_ROLES:
            continue  # "plant manager Joe Hart", "chief executive Anna Berg": a person
        if before[-1:] in (["told"], ["tells"], ["telling"]) or before[-2:] in _TO_AUDIENCE:
            continue  # "told Reuters", "speaking to Der Spiegel": the audience, not the business
        if len(words) == 1 and _ROLE_AFTER_RE.match(sent, m.end()):
            continue  # "Norwegian utility Nordvolt Energi": an adjective of the role noun
        head, sep, tail = name.partition(" of ")
        if sep and is_common_word(head.split()[-1]):
            name = tail  # "Shares of Lumeris Pharma": the business is after "of"
        return name
    return None


#: A business's role noun right after a capitalised word: "Norwegian utility …".
_ROLE_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(sorted(BUSINESS))})\b")
#: Role nouns that can point back to a commercial bank ("Nordhavn Bank … the lender").
_BANK_NOUNS = frozenset(("lender", "bank"))


def _opens(sent: str, at: int) -> bool:
    """Whether ``at`` is where the sentence's first word starts (after quotes, spaces)."""
    return not sent[:at].strip(" \"“‘'(")


#: Authorities and the word before them: "Danish maritime authorities".
_AUTHORITIES_RE = re.compile(r"\b([A-Za-z]+)\s+authorities\b")


#: A research body's name: capitalised words ending in the kind of body a think tank is
#: ("Royal United Services Institute", "Centre for Eastern Studies", "Kyiv School of
#: Economics", "Critical Threats Project").
_RESEARCH_BODY_RE = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+)(?:(?:[A-Z][\w&'’.-]*|of|for|and|on|the)\s+){0,6}?"
    r"(?:Institute|Institution|Centre|Center|Council|Foundation|Forum|Project|Initiative"
    r"|Society|Observatory|Monitor|Lab|Tank|Studies|Research|Economics|Affairs|Policy)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:and\s+)?[A-Z][\w&.-]*)*)?)\b"
)


@functools.lru_cache(maxsize=64)
def _named_kind_re(noun: str) -> re.Pattern[str]:
    """A capitalised name ending in ``noun``: "Federal Statistics Office"."""
    return re.compile(
        r"((?:[A-Z][\w&'’.-]*\s+)(?:(?:[A-Z][\w&'’.-]*|of|for|and|on)\s+){0,6}?"
        + noun.capitalize()
        # and what the name goes on with: "EU Agency for Asylum", "Reserve Bank of India"
        + r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:and\s+)?[A-Z][\w&.-]*)*)?"
        + r")\b"
    )


@functools.lru_cache(maxsize=64)
def _kind_forms_re(noun: str) -> re.Pattern[str]:
    """ "Ministry of Energy" (a name opening with the noun) and "energy ministry" (the noun
    after lower-case descriptors)."""
    cap = noun.capitalize()
    return re.compile(
        rf"\b(?P<of>{cap}\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:and\s+)?[A-Z][\w&'’.-]*)*)"
        rf"|(?<![\w'’-])(?P<desc>(?:[a-z][\w-]*\s+){{1,2}}){noun}\b(?!\s+[A-Z])"
    )


def _latest_of_kind(sent: str, noun: str) -> str | None:
    """The last organisation of the kind ``noun`` named in ``sent``, or None."""
    best: tuple[int, str] | None = None
    named_end = -1
    for m in _named_kind_re(noun).finditer(sent):
        name = _LEAD_CAP_ARTICLE_RE.sub("", m.group(1).strip())
        if name.split()[0].lower() not in STOP_WORDS:
            best = (m.start(), name)
            named_end = m.end()
    for m in _kind_forms_re(noun).finditer(sent):
        if m.start() < named_end:
            continue  # "Bureau of Statistics" inside "National Bureau of Statistics"
        if m.group("of"):
            name = m.group("of")
        else:
            words = m.group("desc").split()
            while words and (words[0].lower() in STOP_WORDS or words[0].lower() in SRC_STOP):
                words.pop(0)
            if not words or any(w in STOP_WORDS or w in SRC_STOP for w in words):
                continue  # "the ministry", "said the ministry": the anaphor itself
            name = " ".join([*words, noun])
        if best is None or m.start() > best[0]:
            best = (m.start(), name)
    return best[1] if best is not None else None


def _back(sents: Sequence[tuple[int, int, int]], si: int, most: int | None = None) -> Iterator[int]:
    """Sentence ``si`` and those before it in its paragraph, nearest first: at most ``most``
    of them before it (all when None)."""
    para = sents[si][2]
    stop = -1 if most is None else max(-1, si - most - 1)
    for k in range(si, stop, -1):
        if sents[k][2] != para:
            return
        yield k


def _business_back(
    text: str, sents: Sequence[tuple[int, int, int]], si: int, noun: str, at: int | None = None
) -> str | None:
    """The first business named in sentence ``si`` (before offset ``at``, where the role noun
    is, when given) or, going back, its paragraph's last three."""
    for k in _back(sents, si, 3):
        end = sents[k][1] if k != si or at is None else max(sents[k][0], min(at, sents[k][1]))
        name = business_name(text[sents[k][0] : end], noun)
        if name is not None:
            return name
    return None


def resolve_anaphor(
    text: str,
    sents: Sequence[tuple[int, int, int]],
    si: int,
    noun: str,
    prior: str | None = None,
    at: int | None = None,
) -> str | None:
    """The named source a definite description ``noun`` points back to, or None.  A
    capitalised description ("the Council said", "the Commission") is itself a short name:
    it stands when nothing it could point back to is named.  ``at``: the offset of the
    description in ``text``, when known (a business named after it in its own sentence is
    not what it points back to)."""
    if noun == "pronoun":
        if prior is not None:
            return prior  # "…, chief executive Marta Quist said. She said …"
        # "The Bank of England held rates. It expects …", "Sweden's government will …, it
        # said": the named subject opening this sentence or the one before
        for k in _back(sents, si, 1):
            name = _opening_subject(text[sents[k][0] : sents[k][1]])
            if name is not None:
                return name
        return None
    if noun == "its":
        # "its results showed": the source credited before in the paragraph, else the
        # business it names
        if prior is not None:
            return prior
        # "The X Centre has tracked container traffic since 2020. Its figures show …": the
        # named subject opening the sentence before
        for k in _back(sents, si, 1):
            if k != si and (name := _opening_subject(text[sents[k][0] : sents[k][1]])):
                return name
        noun = "company"
    if noun == "data":
        return prior  # "…, customs data showed. …, the data showed": the same publisher
    if noun == "researchers":
        # "According to the X Research Group, … The researchers estimate …": a research
        # body credited before, not a person or a ministry
        return prior if prior is not None and _RESEARCH_BODY_RE.search(prior) else None
    if noun == "report":
        # "The X Institute estimates that …, the report says": the body credited before;
        # else the named subject of the sentence before, when it says it published one
        # ("The Fiscal Council published its annual review on Tuesday. The report puts …")
        if prior is not None:
            # (not a person credited with a title: "…, Governor X said. The report says …")
            return None if _titled_person(text, sents, si, prior) else prior
        for k in _back(sents, si, 1):
            if k != si:
                prev = text[sents[k][0] : sents[k][1]]
                if _PUBLISHED_RE.search(prev):
                    return _opening_subject(prev)
        return None
    found = _resolve(text, sents, si, noun.lower(), prior, at)
    if found is None and noun[:1].isupper():
        return noun
    return found


#: A sentence saying its subject put out a publication: "published its annual review".
_PUBLISHED_RE = re.compile(
    r"\b(?:published|released|issued|presented|put\s+out)\s+(?:its|their|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:report|study|survey|analysis|review|paper|assessment)\b"
)


def _titled_person(text: str, sents: Sequence[tuple[int, int, int]], si: int, name: str) -> bool:
    """Whether ``name`` is named after a person's role in sentence ``si`` or the paragraph
    before it ("union chairman Piet Smit")."""
    for k in _back(sents, si):
        at = text.rfind(name, sents[k][0], sents[k][1])
        if at > 0:
            words = text[max(sents[k][0], at - 30) : at].split()
            return bool(words) and words[-1].lower() in PERSON_ROLES
    return False


def _resolve(
    text: str,
    sents: Sequence[tuple[int, int, int]],
    si: int,
    noun: str,
    prior: str | None,
    at: int | None = None,
) -> str | None:
    """The named source a definite description points back to: "the department" ->
    "Lithuania's State Security Department"; "the company" -> the subject opening the
    paragraph ("Streamwell added ...")."""
    if noun == "think tank":
        # "The Royal United Services Institute published … The think tank said": the last
        # research body named in the paragraph, else no one
        para = sents[si][2]
        for k in range(si, max(-1, si - 6), -1):
            if sents[k][2] != para:
                break
            found = _RESEARCH_BODY_RE.findall(text, sents[k][0], sents[k][1])
            if found:
                return _LEAD_CAP_ARTICLE_RE.sub("", str(found[-1]).strip())
        return prior
    rx = _named_kind_re(noun)
    if noun == "authorities":
        # "…, Danish maritime authorities said. …, the authorities added": only authorities
        # named by their function before ("the authorities" alone, or after a source of
        # another kind, are unnamed)
        for k in _back(sents, si):
            for m in reversed(list(_AUTHORITIES_RE.finditer(text, sents[k][0], sents[k][1]))):
                named = function_authorities(m.group(1))
                if named is not None:
                    return named
        return None
    if noun not in ANAPHOR:
        # a common noun naming its source ("figures published by the trust"): the name
        # ending in it, else the noun itself
        for k in range(si, max(-1, si - 3), -1):
            found = rx.findall(text, sents[k][0], sents[k][1])
            if found:
                return _LEAD_CAP_ARTICLE_RE.sub("", str(found[-1]).strip())
        if prior is not None:
            return prior  # "…, Drewry's index showed. The consultancy expects …"
        if noun.endswith(("maker", "builder", "producer", "giant", "major")):
            # "the steelmaker said": a business named in the paragraph
            return _business_back(text, sents, si, noun, at) or noun
        if noun in TITLE_WORDS:
            return None  # (a person's title alone names no one: "the minister told reporters")
        # "Heathrow handled 7.2 million passengers in May, the airport said": the proper name
        # opening this sentence or the one before (not a place: "Germany …, the port said")
        for k in _back(sents, si, 1):
            sent = text[sents[k][0] : sents[k][1]]
            name = sentence_subject(_THE_NAME_RE.sub("", sent, count=1), owner_ok=False)
            if name is not None and claim_entity(name) is None:
                return name
        return noun
    if noun not in BUSINESS and noun not in COLLECTIVE and noun != "government":
        # the latest organisation of that kind in this sentence or the one before: "the
        # Federal Statistics Office", "the Ministry of Energy", "Norway's energy ministry"
        for k in range(si, max(-1, si - 2), -1):
            found_kind = _latest_of_kind(text[sents[k][0] : sents[k][1]], noun)
            if found_kind is not None:
                return found_kind
    for k in range(si, max(-1, si - 12), -1):
        a, b, _ = sents[k]
        found = rx.findall(text[a:b])
        if found:
            return _LEAD_CAP_ARTICLE_RE.sub("", str(found[-1]).strip())
    para = sents[si][2]
    if noun == "government":
        return "government"  # "the government expects": not the country named before
    # the noun as a descriptor before a name: "statistics institute Statcom" -> "Statcom",
    # before the source credited just before (a person citing it: "…, Interior Minister
    # Jonas Brandt said, citing figures from the migration office BAMF. Since January, the
    # office has logged …": BAMF)
    rx_desc = re.compile(r"\b" + noun + r"\s+((?:[A-Z][\w&'’.+-]*)(?:\s+[A-Z][\w&'’.+-]*){0,3})")
    for k in range(si, max(-1, si - 4), -1):
        if sents[k][2] != para:
            break
        found = rx_desc.findall(text, sents[k][0], sents[k][1])
        if found:
            return str(found[-1]).rstrip(".")  # (the sentence's full stop)
    if prior is not None and not (
        noun in BUSINESS
        and (
            prior.split()[-1].lower() in INSTITUTION_END
            # (nor a person credited with a title: "…, chief executive Anna Berg said. The
            # company said …" is the business, not its chief executive)
            or _titled_person(text, sents, si, prior)
        )
    ):
        # "…, Frontex said. The agency said …": the source credited just before goes on
        return prior
    if noun in COLLECTIVE:
        # "Chile and five other XYZ members …, the group said": the named collective
        for k in _back(sents, si):
            mm = list(_MEMBERS_RE.finditer(text, sents[k][0], sents[k][1]))
            if mm:
                return str(mm[-1].group(1) or mm[-1].group(2))
    if noun in COLLECTIVE or noun in BUSINESS:
        # "OPEC+ will raise …, the group said", "the company": the first business named in
        # this sentence or, going back, the paragraph's last three
        return _business_back(text, sents, si, noun, at)
    # an acronym whose last letter is the noun's initial: "the fund" -> "the XMF"
    for k in _back(sents, si):
        acr = [
            w
            for w in _ACRONYM_RE.findall(text, sents[k][0], sents[k][1])
            if w[-1] == noun[0].upper()
        ]
        if acr:
            return str(acr[-1])
    # else a proper name opening this sentence or the one before ("Roscosmos launched …
    # The agency says"), not an owner ("X's energy ministry") nor anything further back; a
    # ministry is always named by its country or field, never by a name of its own ("Black
    # Sea ports handled …, the ministry said" credits no sea)
    if noun == "ministry":
        return None
    for k in _back(sents, si, 1):
        sent = text[sents[k][0] : sents[k][1]]
        name = sentence_subject(_THE_NAME_RE.sub("", sent, count=1), owner_ok=False)
        if name is not None:
            return name
    return None  # no organisation of that kind is named: no guess


#: A named subject opening a sentence, with an owned role noun: "The Bank of England held",
#: "Sweden's government will".
_OPENING_SUBJECT_RE = re.compile(
    r"\s*(?:The\s+)?((?:[A-Z][\w&.-]*)(?:\s+(?:of|for|and|on|the|de)\s+[A-Z][\w&.-]*"
    r"|\s+[A-Z][\w&.-]*)*)(?P<owned>['’]s?\s+[a-z][a-z-]*)?\s+(?=[a-z])"
)
#: A measure of a named business opening a sentence: "Net profit at Banca Orione rose …".
_MEASURE_AT_RE = re.compile(
    r"\s*(?P<measure>[A-Z][a-z-]+(?:\s+[a-z-]+){0,3})\s+at\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*)\s+(?=[a-z])"
)


#: The lower-case words an opening owner owns: "'s sovereign wealth fund".
_OWNED_WORDS_RE = re.compile(r"(?P<mark>['’]s?)(?P<words>(?:\s+[a-z][a-z-]*){1,3})")


def _opening_subject(sent: str) -> str | None:
    m = _OPENING_SUBJECT_RE.match(sent)
    mm = _MEASURE_AT_RE.match(sent)
    if mm and all(is_common_word(w) for w in mm.group("measure").split()):
        return mm.group("name")  # "Net profit at Banca Orione rose …, it said"
    if not m:
        return None
    name = m.group(1)
    owned = m.group("owned")
    if owned:
        # "Sweden's government will …", "Norway's wealth fund, the world's largest, …": the
        # institution; "Torvane's fourth-quarter revenue rose …": the owner
        owns = _OWNED_WORDS_RE.match(sent, m.start("owned"))
        tail = owns.group("words").split() if owns else []
        role = next((k for k, w in enumerate(tail) if w in ANAPHOR or w in INSTITUTION_END), None)
        if owns is not None and role is not None:
            name = name + owns.group("mark") + " " + " ".join(tail[: role + 1])
        elif claim_entity(name) is not None:
            return None  # "Norway's oil output rose …, it said": not the country
    first = name.split()[0].lower().rstrip("'’s")
    if first in STOP_WORDS or first in SRC_STOP or (" " not in name and is_common_word(name)):
        return None  # "It expects", "Output rose": no name
    return name


#: "The" before a capitalised name opening a sentence ("The US Treasury imposed …").
_THE_NAME_RE = re.compile(r"^\s*The\s+(?=[A-Z])")


def sentence_subject(sent: str, owner_ok: bool = True) -> str | None:
    """The proper-name subject opening a sentence ("Roscosmos launched ..."), if any; with
    ``owner_ok`` false, not an owner ("X's ministry")."""
    m = _SENT_SUBJECT_RE.match(sent)
    if not m:
        return None
    name = m.group(1).strip()
    if (
        name.startswith("The ")
        and (
            any(w.lower() in INSTITUTION_END for w in name.split()[1:])
            # (or an acronym: "The EU listed …", "The IMF expects …")
            or (
                len(name.split()) == 2
                and name[4:].isupper()
                and name[4:].isalpha()
                and len(name) > 5
            )
        )
    ):
        name = name[4:]  # "The Bank of Russia has kept …": an institution after its article
        if name.isupper():
            return name  # (an acronym is a name, whatever word it spells: "The EU listed")
    if not owner_ok and _POSSESSIVE_END_RE.search(name):
        return None
    if name.split()[-1] in ("and", "of", "for"):
        return None  # a coordination or a cut name ("Chile and five other …"): not a name
    if name.split()[0].lower() in (
        "the",
        "a",
        "an",
        "in",
        "on",
        "since",
        "according",
        "it",
        "this",
        "that",
        "some",
        "more",
        "about",
        "around",
        "its",
    ):
        return None
    if " " not in name and is_common_word(name):
        return None  # "Output rose …", "Refiners bought …": a common noun, not a name
    if name.split()[0].lower().rstrip("'’s") in _CALENDAR_WORDS:
        return None  # "December arrivals reached …", "Monday's figures": a time, not a name
    return _POSSESSIVE_END_RE.sub("", name)


#: A central bank's own name: "the Reserve Bank of India", "Bank of England", "the
#: People's Bank of China", "Norges Bank", "the Bundesbank".
_CENTRAL_BANK_NAME_RE = re.compile(
    r"\b(?:(?:[A-Z][\w'’]*\s+){0,3}(?:Central|Reserve|National|People['’]s)\s+Bank"
    r"(?:\s+of(?:\s+[A-Z][\w'’]*){1,3})?"
    r"|Bank\s+of(?:\s+[A-Z][\w'’]*){1,3}|Norges\s+Bank|Bundesbank|Riksbank|Banque\s+de\s+France"
    r"|Federal\s+Reserve"
    # (or its usual short name: "the Fed", "the ECB", "the BoE")
    r"|(?:Fed|ECB|BoE|BOE|BoJ|BOJ|BoC|RBA|RBI|RBNZ|SNB|PBOC|PBoC|CBRT|NBP|CNB|NBU|SARB|Banxico)\b"
    # (or a country's, named by its role: "Brazil's central bank")
    r"|[A-Z][\w-]*['’]s?\s+central\s+bank)"
)


def central_bank_named(
    text: str, sents: Sequence[tuple[int, int, int]], si: int, at: int
) -> str | None:
    """The central bank named before offset ``at`` in sentence ``si`` or in the two sentences
    before it in its paragraph ("The Reserve Bank of India cut … The central bank expects …"),
    the nearest one; None when none is."""
    for k in _back(sents, si, 2):
        end = at if k == si else sents[k][1]
        found = _CENTRAL_BANK_NAME_RE.findall(text, sents[k][0], max(sents[k][0], end))
        if found:
            return _LEAD_CAP_ARTICLE_RE.sub("", str(found[-1]).strip())
    return None
