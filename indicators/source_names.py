"""The name a credit gives: :func:`clean_source` turns the words of a credit ("chief
executive Ingrid Solberg", "data compiled by Eurostat", "a WFP spokesperson", "analysts at
Northgate Capital") into the shortest core name ("Ingrid Solberg", "Eurostat", "WFP",
"Northgate Capital"); ``None`` for an unnamed source; ``@noun`` for a definite description
("the ministry") that :mod:`indicators.anaphora` resolves.  Used by
:mod:`indicators.sources`.
"""

from __future__ import annotations

import functools
import re

from indicators.dates import MONTH_NAMES, WEEKDAYS
from indicators.lexicon import is_common_word
from indicators.source_words import (
    ANAPHOR,
    BUSINESS,
    INSTITUTION_END,
    NAME_PARTICLES,
    RATE_SETTERS,
    TITLE_WORDS,
    UNNAMED,
    function_authorities,
)
from indicators.units import is_plural
from indicators.words import wordset

__all__ = ["DEMONYM_RE", "EMPLOYER_LINK", "PLACE_DESCRIPTOR", "PRODUCT_RE", "clean_source"]

_SPACES_RE = re.compile(r"\s+")
#: The link between material and its producer: "from", "by", "seen by", "compiled by".
_MATERIAL_LINK = (
    r"(?:(?:seen|reviewed|obtained|analy[sz]ed|compiled|verified|examined|published)\s+)?"
    r"(?:from|by|of)"
)
#: The material a credit names before its publisher: "data from X", "figures compiled by X".
_MATERIAL_RE = re.compile(
    r"^(?:(?:official|preliminary|provisional|latest|new|the|a|an|revised|updated|final|fresh"
    r"|monthly|weekly|annual|quarterly|recent|separate|government|joint|internal|confidential"
    r"|draft|leaked)\s+)*(?:data|figures|statistics|numbers|estimates|calculations|statement"
    r"|report|survey|study|analysis|note|filing|release|tally|review|assessment|poll|document"
    r"|documents|investigation|inquiry|audit|images|imagery|footage|photographs|photos)\s+"
    rf"{_MATERIAL_LINK}\s+",
    re.I,
)
#: Times that own material without publishing it: "Monday's data", "October's figures".
_TIME_OWNERS = frozenset((*WEEKDAYS, *MONTH_NAMES, "today", "yesterday"))
#: An indefinite article opening a credit: "a union", "an analyst".
_INDEFINITE_RE = re.compile(r"\s*(?:an?)\s", re.I)
#: Material named by the period it covers, with no publisher: "data for April", "figures
#: from the first quarter", "statistics for 2024".
_MATERIAL_OF_TIME_RE = re.compile(
    r"^(?:(?:official|preliminary|provisional|latest|new|revised|monthly|weekly|quarterly"
    r"|annual)\s+)*(?:data|figures|statistics|numbers|estimates)\s+(?:for|from|in|on)\s+"
    rf"(?:the\s+)?(?:{'|'.join(MONTH_NAMES)}|(?:19|20)\d\d|(?:first|second|third|fourth)\s+"
    rf"(?:quarter|half)|{'|'.join(WEEKDAYS)}|last\s+\w+|this\s+\w+)\b"
    r"[\w\s]*$",
    re.I,
)
#: The maker after the subject of a material named "of" it: " by (the) CNA".
_OF_BY_RE = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
_LEAD_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: Where an organisation is based or listed, as a descriptor: "Vilnius-based", "Oslo-listed".
PLACE_DESCRIPTOR = r"[A-Z][\w.]*-(?:based|listed|registered|headquartered)"
#: The place before a name: "Vilnius-based Amber Institute".
_PLACE_BEFORE_NAME_RE = re.compile(rf"^{PLACE_DESCRIPTOR}\s+(?=[A-Z])")
#: A time or manner adjunct after a source: "the trust on Monday", "the agency last week".
_TRAIL_ADJUNCT_RE = re.compile(
    r"\s+(?:(?:on|last|this|late|early|earlier|later)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|week|month|year|today|yesterday)$"
    r"|\s+(?:in|on)\s+(?:a|its|their)\s+(?:statement|report|filing|note|post|website)$"
)
_TRAIL_PAREN_RE = re.compile(r"\s*\((?:[^)]*)\)?$")
_BY_RE = re.compile(
    r"\b(?:compiled|published|collected|gathered|provided|released|reviewed|analy[sz]ed|obtained"
    r"|verified|examined|seen|authenticated|prepared|produced|monitored|tracked)"
    r"\s+by\s+"
    # (a name, or a description in lower case to the end: "published by the ministry")
    r"(?:the\s+)?(?=[A-Z]|[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$)"
)
#: Material's participle left after its time was cut: "customs data released (on Monday)".
_TRAIL_PARTICIPLE_RE = re.compile(
    r"(?<=\w)\s+(?:released|published|compiled|issued|posted|collected)$"
)
#: The owner of a named product: "Drewry's World Container Index", "the Kyiv School of
#: Economics' latest tracker", "the IEA's monthly Oil Market Report".
_OWNER_RE = re.compile(
    r"^([A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.-]*)*)(?:['’]s|(?<=s)['’])\s+(.+)$"
)
PRODUCT_RE = re.compile(
    r"\b(?:index|report|survey|monitor|tracker|poll|outlook|review|barometer|bulletin"
    r"|database|study|data|figures|projections?|forecasts?|estimates?|analysis|assessment"
    r"|calculations?|count|tally|model|statement|release|filing)$",
    re.I,
)
#: A body's publication named with a few words of description: "the agriculture ministry's
#: price monitor", "the Bureau of Statistics' weekly price survey" (a body named in lower case
#: ends in its kind: "ministry", "office").
_OWNED_PRODUCT_RE = re.compile(
    r"^(?P<owner>(?:[a-z-]+\s+){0,2}[A-Za-z][\w&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.-]*)*)"
    r"(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){1,3}(?:index|report|survey|monitor|tracker|poll"
    # (or its figures: "the finance ministry's latest estimate")
    r"|outlook|review|barometer|bulletin|database|study|estimates?|forecasts?|projections?"
    r"|figures|data|calculations?|count|tally)$"
)
#: The link after a material's name: " by", " seen by", " from".
_MATERIAL_TAIL_RE = re.compile(rf"\s+{_MATERIAL_LINK}$")
_MATERIAL_AFTER_RE = re.compile(
    r"(['’]s?)?\s+(?:figures|data|statistics|numbers|estimates|documents|records|filings|survey"
    r"|poll|tally|calculations|analysis)$"
)
#: A research body named by its kind: "the think tank said".
_THINK_TANK = frozenset(("think tank", "think-tank", "thinktank"))
_ANAPHOR_SHAPE_RE = re.compile(r"^(?:(\w+)['’]s\s+\w+(?:\s+\w+)?|(\w+))$")
_ANAPHOR_PRODUCT_RE = re.compile(r"^(\w+)['’]s\s+((?:[\w-]+\s+){1,4}[\w-]+)$")
_HEAD_SPLIT_RE = re.compile(r"\s+(?:of|with|in|at|for|from|on|by)\s+")
#: What links unnamed people to the organisation they speak for: "analysts at X",
#: "economists polled by X" (also read by :mod:`indicators.sources`).
EMPLOYER_LINK = (
    r"(?:at|from|polled\s+by|surveyed\s+by"
    # (or the poll they answered: "analysts in a Reuters poll")
    r"|in\s+an?(?=\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:poll|survey)\b))"
)
#: People answering a named poll: "analysts in a Reuters poll".
_IN_A_POLL_RE = re.compile(
    r"^([A-Za-z]+)\s+in\s+an?\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?:poll|survey)$"
)
_EMPLOYER_RE = re.compile(rf"^[A-Za-z][\w\s-]*?\s{EMPLOYER_LINK}\s+((?:the\s+)?[A-Z][^,;]*)$")
#: The same with an organisation named in lower case: "officials at the port authority".
_EMPLOYER_LOWER_RE = re.compile(
    rf"^[A-Za-z][\w\s-]*?\s{EMPLOYER_LINK}\s+(the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})$"
)
#: Who speaks for an organisation, named after: "a spokesman for Rosneft", "a spokesperson
#: for the port authority".
_SPEAKS_FOR_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+"
    r"(?P<org>(?:the\s+)?[A-Za-z].*)$"
)
#: A person named after an organisation and a role: "OCHA spokesperson Jens Laerke",
#: "Airbus chief executive Guillaume Faury".
_ORG_ROLE_NAME_RE = re.compile(
    r"^[A-Z][\w&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,3}(?:['’]s?)?"
    r"\s+(?:(?!(?:of|for|and|on|in|at|de|du|des|der|la|le|the|von|van)\s)[a-z-]+\s+"
    # (or a capitalised title: "ECB President Christine Lagarde")
    r"|(?:(?:Secretary|Director)[-\s]+General|President|Vice\s+President|Governor|Chairman|Chairwoman|Chair|Chief\s+Executive"
    r"|CEO|CFO|COO|Minister|Secretary|Director|Commissioner|Head|Spokesman|Spokeswoman"
    r"|Spokesperson)\s+){1,3}"
    # (with a particle inside: "Commission President Ursula von der Leyen")
    rf"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+){{0,2}}"
    r"[A-Z][\w'’.-]+){1,2})$"
)
#: A spokesperson or official of a named organisation, or its analysts: "an Airbus
#: spokeswoman", "Morgan Stanley economists".
_SPOKES_OF_RE = re.compile(
    r"^(?:an?\s+)?(?:(?:senior|top|junior|high-ranking|former)\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:spokes(?:man|woman|person)"
    r"|official|representative|(?P<people>analysts|economists|strategists|officials|researchers"
    r"|experts))$"
)
#: An age before a person: "45-year-old ".
_AGE_RE = re.compile(r"\d{1,3}-year-old\b\s*")
#: Someone speaking for a body named by its function: "a food ministry official", "a
#: senior trade ministry spokesman" (the body is the source).
_FUNCTION_OFFICIAL_RE = re.compile(
    r"^(?:an?\s+)?(?:(?:senior|top|junior|high-ranking)\s+)?((?:[a-z-]+\s+){1,2}(?:ministry"
    r"|department|agency|office|bureau|regulator|commission|authority))\s+(?:spokes(?:man|woman"
    r"|person)|official|representative)$"
)
#: A people or a region, not an organisation: "a Russian official", "Western analysts".
DEMONYM_RE = re.compile(
    r"(?:ian|ean|ese|ish|ern)$|^(?:American|Mexican|German|African|Moroccan|Venezuelan"
    r"|Colombian|Cuban|Libyan|Kenyan|Ugandan|Rwandan|Afghan|Kazakh|Uzbek|Greek|Thai|Swiss"
    r"|Filipino|French|Dutch|Czech|Nordic|Baltic|Arab|Saudi|Iraqi|Israeli|Kuwaiti|Qatari"
    r"|Emirati|Omani|Yemeni|Somali|Pakistani|Bangladeshi|Nepali|US|U\.S\.|UK|Allied|Foreign"
    r"|Federal|Senior|Top)$"
)
#: Material, not its publisher: a source named only by these is unnamed.
_NOT_A_SOURCE = wordset(
    """
    statement statements report reports data figures survey surveys study studies filing
    filings document documents release analysis estimate estimates calculation calculations
    tracker index poll note post website letter results numbers statistics records
    """
)
#: What an organisation publishes about itself: "its results showed".
_OWN_MATERIAL = wordset("results figures data accounts filing report statement numbers")
#: People who speak for a body named by its role: "Ministry officials", "agency staff".
_BODY_PEOPLE = wordset("officials official staff spokesman spokeswoman spokesperson")
#: What an owner's material is called before its noun: "its latest figures".
_MATERIAL_ADJECTIVES = wordset(
    "latest new own official preliminary provisional revised monthly weekly quarterly annual"
)
_DETERMINERS = wordset("its their his her our this these those")


@functools.lru_cache(maxsize=4096)
def clean_source(src: str) -> str | None:
    """The shortest core name in the words of a credit; ``None`` when unnamed, ``@noun``
    for a definite description the caller resolves.

    >>> clean_source("chief executive Ingrid Solberg")
    'Ingrid Solberg'
    >>> clean_source("analysts at Northgate Capital")
    'Northgate Capital'
    """
    s = _SPACES_RE.sub(" ", src).strip(" ,.;:'\"“”()")
    s = _LEAD_ARTICLE_RE.sub("", s)
    if "-" in s:
        s = _PLACE_BEFORE_NAME_RE.sub("", s)  # "Vilnius-based Amber Institute": the name
    s = _TRAIL_PAREN_RE.sub("", s)
    s = _TRAIL_ADJUNCT_RE.sub("", s)
    s = _TRAIL_PARTICIPLE_RE.sub("", s)
    if _MATERIAL_OF_TIME_RE.match(s):
        return None  # "Data for April showed", "figures from March": a period, no publisher
    mmat = _MATERIAL_RE.match(s)
    if mmat:
        owner = _LEAD_ARTICLE_RE.sub("", s[mmat.end() :])
        if (
            owner.islower()
            and owner.endswith("s")
            and owner.split()[-1] not in INSTITUTION_END
            and owner.split()[-1] not in ANAPHOR
        ):
            # an owner described, not named ("a joint report by the lenders"): the material
            # names the source ("joint report")
            s = _MATERIAL_TAIL_RE.sub("", _LEAD_ARTICLE_RE.sub("", mmat.group(0).strip()))
        else:
            s = owner
            # the material's subject, then its maker: "an analysis of satellite images by
            # CNA", "a review of shipping data by Lloyd's List"
            if mmat.group(0).rstrip().endswith(" of") and (mof := _OF_BY_RE.search(s)):
                s = s[mof.end() :]
    mby = _BY_RE.search(s)
    if mby:
        s = s[mby.end() :]
        s = _LEAD_ARTICLE_RE.sub("", s)
    if not s:
        return None
    head, of, _rest = s.partition(" of ")
    if of and _MATERIAL_AFTER_RE.search(head):
        s = head  # "a Reuters survey of OPEC output": the survey's owner
    mpoll = _IN_A_POLL_RE.match(s)
    if mpoll is not None and mpoll.group(1).lower() in UNNAMED:
        return mpoll.group(2)  # "analysts in a Reuters poll": the poll's owner
    mown = _OWNED_PRODUCT_RE.match(s) if ("'" in s or "’" in s) else None
    if mown is not None and (
        mown.group("owner")[0].isupper()
        or mown.group("owner").split()[-1].lower() in INSTITUTION_END
    ):
        # "the agriculture ministry's price monitor", "the Pakistan Bureau of Statistics'
        # weekly price survey": the body owning the publication
        if mown.group("owner").lower() in _TIME_OWNERS:
            return None  # "Monday's weekly survey": a time, no publisher
        s = mown.group("owner")
    mat = _MATERIAL_AFTER_RE.search(s)
    if (
        mat
        and mat.start() > 0
        and (
            s[0].isupper()
            or mat.group(1)
            # (a body named by its function: "finance ministry data", "customs office figures")
            or s[: mat.start()].split()[-1].lower() in INSTITUTION_END - {"government"}
        )
    ):
        s = s[: mat.start()]  # "UN figures", "Eurostat data": the publisher
        if s.rstrip("'’s").lower() in _TIME_OWNERS:
            return None  # "Monday's data", "October's figures": a time, no publisher
    words = s.split()
    # possessive owner of a named product: "Drewry's World Container Index" -> "Drewry"
    m = _OWNER_RE.match(s)
    if m and PRODUCT_RE.search(m.group(2)):
        if m.group(1).lower() in _TIME_OWNERS:
            return None  # "Monday's data", "October's figures": a time, no publisher
        s = m.group(1)
        words = s.split()
    # "the group's estimate", "the department": a definite description of a source named
    # earlier, resolved by the caller
    if s.lower() in _THINK_TANK:
        return "@think tank"  # the research body named before, resolved by the caller
    ma = _ANAPHOR_SHAPE_RE.match(s)
    if ma is None:
        # "the bank's latest commodity outlook": the owner of a publication, however long
        mp = _ANAPHOR_PRODUCT_RE.match(s)
        if mp and mp.group(1).lower() in ANAPHOR and PRODUCT_RE.search(mp.group(2)):
            return "@" + mp.group(1).lower()
    if ma and (ma.group(1) or ma.group(2) or "").lower() in ANAPHOR:
        word = ma.group(1) or ma.group(2) or ""
        # (case kept: a capitalised "Council" is a short name if nothing else resolves)
        return "@" + (word if word[:1].isupper() and not ma.group(1) else word.lower())
    # a business's trade opening the sentence before its name: "Carmaker Volkswagen",
    # "Shipping giant Maersk", "Oil major Shell" (not "General Motors")
    lead = (
        1 if words[0].lower() in BUSINESS else 2 if len(words) > 2 and words[1] in BUSINESS else 0
    )
    if lead and len(words) > lead and all(w[0].isupper() for w in words[lead:]):
        words = words[lead:]
        s = " ".join(words)
    # leading lower-case descriptors and titles before a name: "chief executive Ingrid Solberg"
    # (after a people's adjective too: "Dutch chip-equipment maker Vosmeer")
    i = 1 if len(words) > 2 and words[1].islower() and DEMONYM_RE.search(words[0]) else 0
    while i < len(words) - 1 and (words[i].islower() or words[i].lower() in TITLE_WORDS):
        i += 1
    if (
        0 < i < len(words)
        and not (i == len(words) - 1 and words[i].lower() in ANAPHOR | INSTITUTION_END)
        # capitalised title words inside an institution's name: "General Administration of
        # Customs", "Defense Security Cooperation Agency" (not "Finance Minister X Y")
        and not (
            all(w[0].isupper() for w in words[:i])
            and any(
                w.lower() in INSTITUTION_END
                for w in _HEAD_SPLIT_RE.split(" ".join(words[i:]), maxsplit=1)[0].split()
            )
        )
        and all(
            w[0].isupper() or w in ("of", "for", "and", "the", "&") or w in NAME_PARTICLES
            for w in words[i:]
        )
        and not any(w in ("in", "at", "of", "for", "from", "on", "by") for w in words[:i])
        # a capitalised title word opening a company's name: "General Motors", "General
        # Dynamics", "Energy Transfer" (not "President Putin": no common word is left)
        and not (
            i == len(words) - 1
            and words[0][0].isupper()
            and not words[0].islower()
            and is_common_word(words[-1])
        )
    ):
        s = " ".join(words[i:])
        words = s.split()
    mrole = _ORG_ROLE_NAME_RE.match(s)
    if mrole:
        return mrole.group("name")  # "OCHA spokesperson Jens Laerke" -> "Jens Laerke"
    head_words = _HEAD_SPLIT_RE.split(s, maxsplit=1)[0].split()
    if s[:1].isdigit() and (mage := _AGE_RE.match(s)) is not None:
        # "the 45-year-old former banker": a person described, unnamed unless a name follows
        s = s[mage.end() :]
        if not any(ch.isupper() for ch in s):
            return None
    mfun = _FUNCTION_OFFICIAL_RE.match(s)
    if mfun:
        return mfun.group(1)  # "a food ministry official" -> "food ministry"
    mspk = _SPOKES_OF_RE.match(s)
    if mspk and not (
        # (people named by a common word are unnamed: "Many economists", "Health officials"; a
        # name is not: "NATO officials", "RUSI researchers")
        mspk.group("people") and " " not in mspk.group(1) and is_common_word(mspk.group(1))
    ):
        org = mspk.group(1)
        # "a WFP spokesperson" -> "WFP"; "a Russian official", "US officials": unnamed
        return None if DEMONYM_RE.search(org.split()[-1]) else org
    named, sep, others = s.partition(" and ")
    if sep and named and all(w.islower() for w in others.split()):
        return clean_source(named)  # "ship-tracking firm Seatrace and trade sources"
    mfor = _SPEAKS_FOR_RE.match(s)
    if mfor:
        return clean_source(mfor.group("org"))  # "a spokesman for Rosneft" -> "Rosneft"
    if (
        len(head_words) >= 2
        and head_words[-1] == "authorities"
        and (authorities := function_authorities(head_words[-2])) is not None
    ):
        return authorities  # "Danish maritime authorities"
    # (a capitalised word of unnamed people opening a name of capitalised words is part of
    # that name: "Police Scotland", "Doctors Without Borders"; not "Police", "Officials")
    proper = (
        len(head_words) >= 2
        and head_words[0][0].isupper()
        and all(w[0].isupper() or w in ("of", "for", "and", "the") for w in s.split()[1:])
        and head_words[-1][0].isupper()
    )
    if (
        len(head_words) == 2
        and head_words[0].lower() in ANAPHOR
        and head_words[0].lower() not in BUSINESS
        and head_words[0].lower() != "government"
        and head_words[1] in _BODY_PEOPLE
        # (not one of many: "a ministry spokeswoman", read with the sentence's opening)
        and _INDEFINITE_RE.match(src) is None
    ):
        # "Ministry officials estimate …": the ministry named before
        return "@" + head_words[0].lower()
    if any(
        w.lower() in UNNAMED
        and (k == 0 or not w[0].isupper())
        and not (k == 0 and proper)
        # (an acronym is a name, not the word it spells: "the IT ministry")
        and not (w.isupper() and len(w) > 1)
        for k, w in enumerate(head_words)
    ):
        # unnamed people at a named organisation credit the organisation: "analysts at
        # Northgate Capital" -> "Northgate Capital"; "officials at the ministry" -> "@ministry"
        mo = _EMPLOYER_RE.search(s) or _EMPLOYER_LOWER_RE.search(s)
        if mo and len(head_words) <= 3:
            return clean_source(mo.group(1))
        return None
    if len(s) < 2:
        return None
    first, *rest = s.split()
    if (
        not rest
        and first == src.strip()
        and first.endswith("s")
        and first[1:].islower()
        and (first.islower() or is_common_word(first))
        and first.lower() not in ANAPHOR
        and first.lower() not in RATE_SETTERS
        and is_plural(first)
    ):
        return None  # "growers warned", "Employers say": a bare plural names people, unnamed
    if not rest and first.islower() and first.isalpha() and len(first) > 2:
        if first == "results" and _INDEFINITE_RE.match(src) is None:
            # "according to results published on Wednesday": the business reporting them
            return "@its"
        if first in _NOT_A_SOURCE or _INDEFINITE_RE.match(src):
            # "according to a statement published on Monday": whose is unsaid; "…, a union
            # said": one of many, not one named before
            return None
        return "@" + first  # "figures published by the trust": the name ending in it
    if (
        first.lower() in ("its", "their")
        and rest
        and rest[-1] in _OWN_MATERIAL
        and all(w in _MATERIAL_ADJECTIVES for w in rest[:-1])
    ):
        # "its results showed", "according to its latest figures": the business the
        # paragraph reports on, or the source credited before
        return "@its"
    if first.lower() in _DETERMINERS:
        # "its union" is the union; "its results", "their figures" are a misread clause,
        # not a source, and no source beats a wrong one
        return " ".join(rest) if rest and rest[-1].lower() in INSTITUTION_END | ANAPHOR else None
    return s
