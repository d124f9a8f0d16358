"""Who a numeric claim is credited to: :func:`attribute`.

Reads the credits in a sentence ("according to X", "X said", ", said X", "data compiled by
X show"), cleans them to the shortest core name (titles and descriptors dropped, unnamed
sources such as officials or analysts give ``None``), resolves definite descriptions ("the
ministry", "the group's estimate") to the name they point back to, and carries a source
to a neighbouring sentence ("The estimate comes from X"; a following sentence without a
source of its own).  See the attribution row in ``docs/extraction.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from indicators.anaphora import (
    business_name,
    central_bank_named,
    resolve_anaphor,
    sentence_subject,
)
from indicators.catalog import claim_entity
from indicators.claims import Modality, UnitKind
from indicators.dates import MONTH_NAMES, WEEKDAYS
from indicators.lexicon import is_common_word
from indicators.source_names import (
    DEMONYM_RE,
    EMPLOYER_LINK,
    PLACE_DESCRIPTOR,
    PRODUCT_RE,
    clean_source,
)
from indicators.source_words import (
    ADVERBS,
    ANAPHOR,
    BUSINESS,
    COLLECTIVE,
    INSTITUTION_END,
    MEASURE_NOUNS,
    NAME_PARTICLES,
    PERSON_ROLES,
    RATE_SETTERS,
    SRC_STOP,
    TITLE_WORDS,
    UNNAMED,
)
from indicators.units import STOP_WORDS, is_plural
from indicators.words import alternation, any_case, wordset

__all__ = ["Credited", "Source", "attribute", "prev_word", "sentence_sources"]

#: (position in the sentence, cleaned source or None for an unnamed one, scope).
Source = tuple[int, str | None, str]


class Credited(Protocol):
    """What :func:`attribute` reads and sets on a quantity."""

    start: int
    sent: int
    unit: str | None
    unit_kind: UnitKind
    source: str | None
    modality: Modality
    extra: dict[str, str]


_SPACES_RE = re.compile(r"\s+")
_PREV_WORD_CHARS = "_.’'&$-"


def prev_word(text: str, i: int) -> str:
    """The word before ``i`` (within 40 characters): letters, digits and ``_.’'&$-``."""
    seg = text[max(0, i - 40) : i].rstrip()
    k = len(seg)
    while k > 0 and (seg[k - 1].isalnum() or seg[k - 1] in _PREV_WORD_CHARS):
        k -= 1
    return seg[k:]


# Attribution.
_REPORT_VERBS = (
    r"said|says|say|told|tells|reported|reports|estimates|estimate|estimated|forecasts|"
    r"predicts|predicted|expects|expect|showed|show|shows|recorded|logged|noted|"
    r"stated|wrote|writes|calculated|calculates|counted|notes|"
    r"confirmed|confirms|reckons|believes|found|finds|published|sees|see|alleges|alleged|"
    # (what people at a named body think: "Economists at Halden Research think …")
    r"reckon|think|thinks|believe|"
    # (the verbs of an exchange: a hearing, a dispute)
    r"replied|replies|responded|testified|insisted|insists|argued|argues|admitted|conceded|"
    r"acknowledged|"
    # (a monitor's count: "Kpler tracked 41 tankers", "Oryx has documented 1,032 tanks")
    r"tracked|documented|"
    # (an auditor's or a business's finding: "The Commission on Audit flagged 1,043 …")
    r"flagged|"
    # (a warning is a statement: "…, the grid operator warned on Monday")
    r"warned|warns"
)
#: The measure, then the level it is put at: " the 2025/26 crop at a record 183.6".
_LEVEL_AT = (
    r"(?=\s+(?:[\w'’./-]+\s+){1,12}?at\s+(?:(?:about|around|some|roughly|nearly|a|an"
    r"|record|new|estimated|just|over|under|closer\s+to|close\s+to|(?:more|fewer|less)\s+than"
    r"|up\s+to|at\s+least|as\s+(?:many|much)\s+as|almost|between)\s+){0,3}[\d$€£¥])"
)
# The verbs are grouped by first letter (see `alternation`: the same matches, fewer branch
# tries).  A verb opens a word: the pattern opens with the character before it, anything but
# an ASCII word character, so that the engine skips to those characters (spaces, mostly)
# with its first-character table instead of trying every position; the caller drops a verb
# after a letter or digit beyond ASCII (where \b would fail) and loses nothing at the
# sentence's first character (a verb there has no subject before it and credits nothing).
_REPORT_RE = re.compile(
    r"[^0-9A-Z_a-z](?P<verb>"
    + alternation(
        [
            *_REPORT_VERBS.split("|"),
            # "added" reports only when it closes the clause (", the agency added."), not
            # as an action ("the agency added 25 names")
            r"added(?=\s*[.,;:]|\s*$|\s+that\b)",
            # a trailing projection: "…, the budget office projects."
            r"projects(?=\s*[.;,]|\s*$)",
            # (and with where it was published: "…, the IMF projected in its Fiscal Monitor,")
            # (or set off by commas: "…, the Treasury projected, while …"; see the verb loop)
            r"projected(?=\s*[.;,]|\s*$|\s+in\s+(?:its|their|a|the)\s+[^,.;\d]{1,40}?[,.;]"
            # (or with the day: "…, the Congressional Budget Office projected on Tuesday.")
            r"|\s+on\s+[A-Z][a-z]+day\b)",
            # a projection introducing a that-clause: "the IMF projects that debt will …"
            r"projects(?=\s+that\b)",
            r"projected(?=\s+that\b)",
            # "the central bank projects the annual rate will fall to 16%"
            r"projects(?=\s+(?:the|its|inflation|growth|output|revenue|sales|demand|prices|a|an)\b"
            # (or its measure and the figure: "The CBO projects net interest costs of $892bn")
            # (not a noun's phrase: "Solar projects with a capacity of 400 MW")
            r"|\s+(?:(?!(?:with|in|for|worth|on|to|from|by|under|and|that|which|totalling"
            r"|valued|are|were|have|had)\b)[a-z][\w'’-]*\s+){1,3}(?:of|at)\s+"
            r"(?:about\s+|around\s+|some\s+)?[\d$€£¥])",
            r"forecast(?=\s+that\b)",
            # an announcement reports, unless what is announced is an act: "announced a share
            # buyback of up to €500m", "announces plans to …"
            r"announced(?!\s+(?:a|an|its|their|plans?|new)\b)",
            r"announces(?!\s+(?:a|an|its|their|plans?|new)\b)",
            # a company's guidance: "Norveld guided to between $1.9bn and $2bn"
            r"guided(?=\s+(?:to|for)\b)",
            # what a named poll expected: "economists polled by Reuters had expected 10.9%"
            # (the look-behind after the word, so that it joins the "e" group and is tried
            # only after "expected": the same matches as "(?<=had )expected")
            r"expected(?<=had expected)",
            # an estimate given as a level: "the ministry put sunflower oil shipments at 0.41m t"
            # ("… at a record 183.6 bushels")
            # (an abbreviation with its stops too: "put the U.S. corn yield at 186.5")
            # (a bound before the level too: "put the country's demand at fewer than 200,000";
            # a season in the measure: "put the 2025/26 crop at")
            # (a measure of up to twelve words: "put the toll for the whole of 2023 at 3,155")
            r"puts?" + _LEVEL_AT,
            # a price reporter's assessment: "Argus assessed Urals crude at $58.40 a barrel"
            r"assessed" + _LEVEL_AT,
            # a count given by its publisher: "The ministry counts 41,200 arrivals" (a verb
            # before a figure, not "vote counts show")
            r"counts(?=\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least"
            r"|an\s+estimated)\s+)?[\d$€£¥])",
            # the level right after it, its measure before: "the cost, which Wierzba put at
            # roughly 38 billion zlotys"
            r"puts?(?=\s+at\s+(?:(?:about|around|some|roughly|nearly|a|an|record|just|over"
            r"|under|(?:more|fewer|less)\s+than|up\s+to|at\s+least|almost)\s+){0,3}[\d$€£¥])",
            # a report at second hand: '"…," Petra Lind was quoted as saying by the newspaper'
            r"was\s+quoted\s+as\s+saying",
            r"were\s+quoted\s+as\s+saying",
            # "…, the administration forecast on Wednesday.": a trailing report
            # (or set off by commas: "…, the Commission forecast, making it …")
            # (and where it was published: "…, IDC forecast in a report published on Monday.")
            r"forecast(?=\s*[.;,]|\s*$|\s+on\s+[A-Z][a-z]+day\b"
            r"|\s+in\s+(?:its|their|a|the)\s+[^,.;\d]{1,40}?[,.;])",
            # "X forecast full-year revenue of …": a named actor's own forecast
            # (or its measure named at more length: "FAO forecast world cereal output in 2025 at")
            # (a season in the measure: "forecast Brazil's 2025/26 soybean crop at")
            r"forecast(?=\s+(?:[\w'’./-]+\s+){1,2}(?:of|at|to|between|in)\s"
            r"|\s+(?:[\w'’./-]+\s+){3,4}(?:in\s+\d{4}(?:/\d\d)?\s+)?at\s+(?:about\s+|around\s+"
            r"|a\s+record\s+)?[\d$€£¥])",
            # (or the figure itself: "It forecast ¥55 billion for the current year")
            r"forecast(?=\s+(?:about\s+|around\s+|roughly\s+)?[$€£¥]?\d)",
        ]
    )
    + r")\b"
)
#: The market's answer to an actor, as a clause of its own: ", and its shares fell 7.5%".
_MARKET_CLAUSE_RE = re.compile(r"(?:,\s*|\s+)and\s+(?:its|their)\s+(?:shares|stock)\s")
#: When, right after a verb: " on Wednesday", " last week", " earlier".
_WHEN_AFTER_RE = re.compile(r"\s+(?:on|last|this|earlier|yesterday|today)\b")
#: A share of people counted, as a subject: "one in five", "fewer than one in three".
_PROPORTION_RE = re.compile(
    r"(?:(?:fewer|more|less|only|just|nearly|almost|about|around|roughly|over|under)\s+"
    r"(?:than\s+)?)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)"
    r"\s+[a-z\d]+",
    re.I,
)
#: A plural head before a named employer: "analysts at Northgate Capital estimate".
_PLURAL_AT_NAME_RE = re.compile(
    rf"\b[A-Za-z][a-z]+s\s+{EMPLOYER_LINK}\s+(?:(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}"
    # (with its kind in lower case: "Economists at the Ifo institute reckon")
    r"(?:\s+(?:institute|bank|group|consultancy))?"
    # (or a body named by its function: "Officials at the finance ministry estimate")
    r"|the\s+(?:[a-z]+\s+){0,2}(?:ministry|office|agency|bank|bureau|department|authority"
    r"|regulator|institute|council|treasury))"
    # (and what the organisation is or does, set off: "Analysts at Rystad Energy, a
    # consultancy,", "Analysts at Seatrace, which follows ships by satellite,")
    r"(?:,\s+(?:(?:a|an|the)\s+[a-z][\w\s-]{2,40}|which\s+[a-z][\w\s-]{2,60}),)?\s+$"
)
#: Material and whom it was addressed to: "a statement to the London Stock Exchange", "a
#: filing to the SEC" (the receiver is no source).
_MATERIAL_TO_RE = re.compile(
    r"((?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|filing|letter|submission|notice"
    r"|presentation|announcement))\s+to\s+"
)
_ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<src>[^,.;:()]+)")
#: A credited name: capitalised words, joined by "of", "for", "and" or "&".
#: (also "on" and "for the", "of the": "the Council on Foreign Relations", "the Centre for
#: Research on Energy and Clean Air", "the Institute for the Study of War"; not "Reuters on
#: Monday")
_CREDITED_NAME = (
    r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+|&\s+"
    rf"|on\s+(?!(?:{'|'.join(w.capitalize() for w in (*WEEKDAYS, *MONTH_NAMES))})\b)"
    # (a person's name with a particle: "Ursula von der Leyen", "Banco de Portugal")
    rf"|(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+){{1,2}})?"
    r"[A-Z][\w&.'’-]*)*"
)
#: An inverted credit: ", said Reuters.", ", according to Eurostat data, …" (a name, then
#: the clause ends; not ", said August output was …").
_SAID_X_RE = re.compile(
    # (after a quotation too: '…," said farmer John Smith')
    r",[\"”’']?\s+(?:said|says|added|warned|noted|estimates|reports|according\s+to)\s+"
    r"(?P<src>(?:the\s+)?"
    # (a descriptor or title in lower case before the name: "said chief executive X")
    r"(?:(?!(?:on|in|at|by|for|last|this|that|to|with|from|after|before|during|while|when"
    rf"|earlier|late|it|he|she|they|we|i)\b)[a-z-]+\s+){{0,3}}?{_CREDITED_NAME}"
    r"(?:\s+(?:data|figures|estimates))?"
    # (or a body named by its function: "…, warned the central bank", "…, said Ukraine's
    # general staff")
    rf"|(?:the\s+)?(?:{_CREDITED_NAME}['’]s\s+)?(?:[a-z]+\s+){{0,2}}(?:bank|ministry|office"
    r"|agency|staff|service|committee|council|authority|regulator|institute|bureau|department"
    r"|government|operator))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|late|earlier|last|this)\b)"
)
#: A sentence opening on the figure before it: "That was down from …", "This compares
#: with …", "It was the highest since …".
_RESTATES_BEFORE_RE = re.compile(
    r"(?:That|This|It)\s+(?:was|is|marks|marked|represents|represented|compares|compared"
    r"|equals|equalled|amounts|amounted)\b"
)
#: Material set off by commas with its publisher's participle: "The figure, released by".
_MATERIAL_SET_OFF = (
    r"(?:The|These|Those|This|That)\s+(?:latest\s+|new\s+|official\s+)?(?:estimates?|figures?"
    r"|data|numbers?|statistics|count|tally),\s+(?:released|published|compiled|provided|issued"
    r"|collected)\s+by"
)
_META_SOURCE_RE = re.compile(
    r"^(?:(?:The|These|Those|This|That)\s+(?:estimates?|figures?|data|numbers?|count|tally"
    r"|calculations?|projections?|forecasts?|findings|results)\s+(?:comes?|came|is|are|was|were)\s+"
    r"(?:from|based\s+on\s+data\s+from|(?:published|compiled|provided|released|confirmed)\s+"
    # (with the day between: "The figures were released on Tuesday by the federation")
    r"(?:(?:(?:on|in|last|this|earlier)\s+[\w-]+\s+)?by"
    # (or in an owner's report: "The figures were published in the lender's quarterly
    # report", "… in Norvik Bank's annual accounts")
    r"|in(?=\s+(?:the\s+[a-z-]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|results|accounts|statement|filing|update)\b)))"
    # "The figure, released by the Home Office on Friday, is …": the material set off with
    # its publisher
    rf"|{_MATERIAL_SET_OFF}"
    # "That is according to data from X.": a sentence that only credits the one before
    r"|(?:That|This|It|These|Those)\s+(?:is|was|are|were)\s+(?:all\s+)?according\s+to)"
    r"\s+(?P<src>[^,.;]+)"
    # "… confirmed by the bank's country director, Ama Mensah.": the name set off after
    r"(?:,\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*\.?$)?"
)


# Small patterns, compiled once.
_LEAD_CAP_ARTICLE_RE = re.compile(r"^(?:The|A|An)\s+")
#: A reporting participle after the main clause: "…, saying".
#: (or forecasting: "Analysts at X were less sure, forecasting production of 210,000")
_SAYING_RE = re.compile(r",\s+(?:saying|forecasting|estimating|predicting|projecting)\s")
#: An acronym in brackets after a name, before its verb: " (SIPRI) ".
_ACRONYM_END_RE = re.compile(r"\s*\([A-Z][A-Za-z&.+-]{1,12}\)\s*$")
_SUBJ_TOKEN_RE = re.compile(r"[\w'’&.-]+|[,;:()\"“”]")
_NUMERIC_CHARS = ".,%$€£"
_NUMERIC_TOKEN_RE = re.compile(rf"[\d{_NUMERIC_CHARS}]+")
_ACCORDING_SPLIT_RE = re.compile(r"\s+(?:that|which|who|when|and\s+(?=[a-z]))\s+")
#: Material credited by whoever produced it: "according to figures the finance ministry sent
#: to NATO", "according to data that the customs office released" (the producer, not the
#: recipient and not the material).
_MATERIAL_OWNER_RE = re.compile(
    r"(?:(?:the|its|their|official|latest|new|preliminary|provisional|revised|monthly|weekly"
    r"|quarterly|annual)\s+)*(?:figures|data|estimates|statistics|numbers|calculations)\s+"
    r"(?:that\s+|which\s+)?(?P<owner>(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+){0,5}?)"
    r"(?:\s+(?:has|have|had))?\s+(?:sent|provided|gave|supplied|submitted|published|released|compiled|shared|presented"
    r"|issued|filed|prepared|handed|posted)\b"
)
_DATA_BEFORE_RE = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Rr]ecords)\b[^,.;]{0,50}$"
)
_AUX_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|an)\s+$")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
#: The last words _AUX_BEFORE_RE and _PASSIVE_BEFORE_RE match, for a quick test first (on
#: text ending in whitespace, a match opens at most 5 characters before the last word's end).
_AUX_ENDS = ("is", "are", "was", "were", "be", "been", "an")
_PASSIVE_ENDS = ("was", "were", "is", "are", "been", "being", "be")
_GROUP_GAP_RE = re.compile(
    # (every alternative opens with a literal, the look-behind that is "\b" after a word's
    # first letter: the engine skips to those characters instead of trying every position)
    r",[\"”’']?\s|;|:\s|t(?<!\w.)hat\b|\"\s|”\s"
    # a clause of its own between the figure and the verb: "23% … after the drugmaker said"
    r"|a(?<!\w.)(?:fter|s)\s|w(?<!\w.)(?:hen|hile)\s|b(?<!\w.)(?:ecause|efore)\s|s(?<!\w.)ince\s"
)
_GERUND_RE = re.compile(r"[a-z]+ing")
_COMMA_START_RE = re.compile(r"\s*,")
#: A name coordinated with an unnamed source before a verb: "firm Seatrace and trade sources".
_NAMED_AND_RE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+and\s*$")
_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))
#: A pronoun opening a clause right before the verb: at the start, after a comma or "and".
_PRONOUN_CLAUSE_RE = re.compile(
    # (after a quotation too: '"…," he said', '“…,” she added')
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)(?:[\"“”’']\s*)?(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\s+"
    r"(?:also\s+|now\s+)?$"
)
_UNNAMED_NOT_PRONOUNS = UNNAMED - _PRONOUNS
#: A title opening a description: "head of Poland's armaments agency", "chief executive".
_TITLES = "|".join(sorted(TITLE_WORDS))
#: A name, then its description set off by commas, right before a verb: "…, Maria Okafor,
#: the carmaker's chief financial officer, said".
_NAME_BEFORE_DESC_RE = re.compile(
    # (after a comma, or a conjunction after one: "…, while SovEcon, a consultancy, estimates")
    # (or after a quotation: '"…," Olena Kravets, a farmer near Odesa, told Reuters')
    r",[\"”’']?\s+(?:(?:while|whereas|but|and)\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}),\s+"
    r"(?:(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|the|an?|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?)"
    r"\s+[a-z]"
    # or a title: "…, Colonel Marek Wrona, head of Poland's armaments agency, told reporters"
    rf"|(?:{_TITLES})\b)"
    r"(?:[^,;]|(?<=\d),(?=\d)){2,60},\s+$"
)
#: A description, then a name set off by commas, right before a verb.
_NAME_AFTER_DESC_RE = re.compile(
    # (after a quotation too: '"…," the company's chief executive, Hans Meier, said')
    r"(?:^|,[\"”’']?\s+)(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?)"
    # (a title in capitals too: "The CEO, Marco Ricci, told analysts"; or a description
    # opening with an organisation's name: "The IMF mission chief, Rafael Duarte, told")
    r"\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[a-z][^,;]{2,60}|C[EFO]O\b[^,;]{0,60}),\s+"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
    # (and the party or body the person belongs to: "Her opposition counterpart, Peter Lang of
    # the Alliance party, said")
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;]{1,40})?,\s+$"
)
#: A name with a descriptive appositive before its verb: "Kaiyo, Japan's biggest line, said".
#: A name opening the sentence, set off by a description or relative clause: "Aramco, the
#: state oil giant, …", "The oil giant Aramco, which pumps 12m b/d, …" (a comma between
#: digits, "12,000", is no end of it).
_APPOSITIVE_HEAD = (
    r"^\s*(?:The\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    # (the people of the organisation: "Analysts at Rystad Energy, a consultancy, expect")
    r"(?:(?:[Aa]nalysts|[Ee]conomists|[Oo]fficials|[Ee]xperts|[Rr]esearchers|[Ss]trategists)"
    r"\s+(?:at|from|with)\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}),"
    r"\s+(?P<desc>(?:the|a|an|another|one\s+of\s+the|whose|which|who|[A-Z][\w.-]*['’]s?"
    # a title: "Jane Doe, chief executive of Acme, said"
    rf"|(?:{_TITLES}))\s+(?:[^,;]|(?<=\d),(?=\d)){{3,60}}),"
)
#: … right before a reporting verb: "Aramco, the state oil giant, said".
_APPOSITIVE_RE = re.compile(_APPOSITIVE_HEAD + r"\s+$")
#: … before the main clause's verb: "Aramco, which pumps 12m b/d, spent … and forecast".
_APPOSITIVE_SUBJECT_RE = re.compile(_APPOSITIVE_HEAD + r"\s+(?=[a-z])")
#: A role noun set off the same way: "The miner, which employs 12,000 people, spent …".
_ROLE_APPOSITIVE_SUBJECT_RE = re.compile(
    r"^\s*(?:The|Its|Their)\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+),"
    r"\s+(?:which|who|whose|the|a|an)\s+(?:[^,;]|(?<=\d),(?=\d)){3,60},\s+(?=[a-z])"
)
#: The subject opening the sentence, interrupted by a relative clause or an aside before its
#: reporting verb: "The central bank, which kept its rate at 15.5%, forecasts …", "France's
#: agriculture ministry, in its first estimate for the season, put …", "The Office for Budget
#: Responsibility, in a report released on Wednesday, said …".
_ASIDE_SUBJECT_RE = re.compile(
    rf"\s*(?:(?:The\s+)?(?P<name>{_CREDITED_NAME})"
    rf"|(?P<role>(?:(?:The|Its|Their)\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+)"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(ANAPHOR, key=len, reverse=True))})))"
    r",\s+(?:which|who|in\s+(?:its|their|a|an|the)\b)(?:[^,;]|(?<=\d),(?=\d)){3,80},\s+$"
)
#: A publication opening the sentence, set off with its release before its verb: "UNHCR's
#: Global Trends report, released on Thursday, " (its owner is the source).
_PUBLISHED_SUBJECT_RE = re.compile(
    r"\s*(?:The\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|survey|study|index|review|outlook|assessment|analysis|tracker|yearbook|bulletin))"
    r",\s+(?:released|published|issued|presented|out)\b[^,;]{0,50},\s+$"
)
_UNNAMED_OPENER_RE = re.compile(
    r"\s*(?:(?:Most|Many|Some|Other|Several|The|Few)\s+)?([A-Z][a-z]+)\b"
)
#: A subject's article, dropped before testing for a comma (see _comma_before_subject).
_ARTICLES = ("the", "a", "an", "The", "A", "An")
_ADJUNCT_COMMA_RE = re.compile(
    r"\s+(?:on|in|at|late|early|earlier|later|last|this|yesterday|today)\b[^,;.\d]{0,45}?[,;]"
)
#: A figure followed by a relative clause without "that": "the 40,000 tonnes the ".
_ZERO_RELATIVE_RE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|percent|cent|bn|mn|m))(?:\s+[a-z]+){0,2}"
    r"\s+the\s+$"
)
_CONTRAST_RE = re.compile(r",\s+(?:but|while|whereas)\b|;")
#: A subordinate clause with a named subject: ", as the Red Cross appealed".
_SUB_CLAUSE = (
    r",\s+(?:as|while|whereas|when)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.+-]*(?:\s+(?:of|for|and|&)"
    r"\s+[A-Z][\w&'’.+-]*|\s+[A-Z][\w&'’.+-]*)*)\s+(?=[a-z]+(?:ed|s)\b"
)
_SUB_CLAUSE_RE = re.compile(_SUB_CLAUSE + ")")
#: … which ends a credit covering the sentence with an irregular past too: "…, the consortium
#: said, while the Bank of England cut rates to 4.75%".
_SUB_CLAUSE_END_RE = re.compile(_SUB_CLAUSE + r"|(?:cut|set|sold)\b)")
#: A clause of another actor after ", and": an organisation with a verb of acting or
#: planning ("…, the ministry said, and the central bank held its rate at 9%", "…, and the
#: government will release …"), or people with any finite verb ("…, and ministers want it
#: under 300,000", "and aid agencies are seeking …"); not a pronoun (the speaker goes on),
#: nor a measure ("…, and exports rose 4%": the same report).
_ACTING = r"(?:will|would|plans?|wants?|aims?|intends?|cut|held|kept|set|sold|[a-z]+ed)"
_OTHER_ACTOR_CLAUSE_RE = re.compile(
    r",\s+and\s+(?:(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?P<head>"
    + "|".join(sorted((ANAPHOR | INSTITUTION_END) - BUSINESS - COLLECTIVE, key=len, reverse=True))
    + rf")\s+{_ACTING}"
    r"|(?:[a-z-]+\s+)?(?P<people>ministers|officials|agencies|lawmakers|legislators"
    r"|regulators|governments|authorities|unions|employers|campaigners|donors|lenders)"
    rf"\s+(?:is|are|was|were|has|have|had|{_ACTING}))\b"
)
#: … or after a subordinating word: "…, the union leader told a rally, after health officials
#: offered a 3% rise", "…, the ministry said, as the central bank held its rate at 9%".
_OTHER_ACTOR_SUB_RE = re.compile(
    r",\s+(?:after|as|when|while|whereas|before|once)\s+(?:(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<head>"
    + "|".join(sorted((ANAPHOR | INSTITUTION_END) - BUSINESS - COLLECTIVE, key=len, reverse=True))
    + rf")\s+{_ACTING}"
    r"|(?:[a-z-]+\s+)?(?P<people>ministers|officials|agencies|lawmakers|legislators"
    # (not people whose acts are what the speaker measures: "…, as employers added 120,000 jobs")
    r"|regulators|governments|authorities|unions|campaigners|donors|operators|managers"
    r"|management|bosses)"
    rf"\s+(?:is|are|was|were|has|have|had|{_ACTING}))\b"
)
#: A contrasting clause opened by an institution: ", while the finance ministry is".
_CONTRAST_BODY_RE = re.compile(
    r",\s+(?:while|whereas)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?P<head>"
    + "|".join(sorted((ANAPHOR | INSTITUTION_END) - BUSINESS - COLLECTIVE, key=len, reverse=True))
    + r")\s+(?:is|are|was|were|has|have|had|will|would|[a-z]+(?:ed|s))\b"
)
#: Verbs whose object is the audience told.
_TOLD_VERBS = frozenset(("told", "tells", "warned", "warns"))
#: The audience of a report, a short time or place after it, and the clause's end: " the Nordic
#: Energy Forum,", " MPs.", " investors at a briefing,", " a rally at noon,".
_AUDIENCE_RE = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w'’.&-]*){0,4}"
    r"|(?:[a-z-]+\s+)?(?:conference|briefing|rally|meeting|hearing|committee|forum|summit|panel"
    r"|audience|crowd|parliament|congress|newspaper|broadcaster|gathering|session|reporters"
    r"|journalists|lawmakers|legislators|senators|shareholders|investors|analysts|delegates)"
    r"|[a-z]{3,}s)"
    r"(?:\s+(?:at|in|on|during|after|before|late|earlier|last|this)\b[^,;]{1,40}?)?"
    r"(?:\s*[,;]|\.?\s*$)"
)
#: What a reporting verb reports when a clause follows it: "said the real figure would …",
#: "said that …" (a noun phrase, then a verb; or "that").
_REPORTED_CLAUSE_RE = re.compile(
    r"\s+(?:that\b|(?:(?:the|its|their|this|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    # (or a person speaking of themselves: "…; Vogel said she had no objection"; not "it" or
    # "they", which may be the figures before: "…; Rosagro said it was a record")
    r"|(?:he|she|we)\s+)(?:would|will|is|was|were|are|had|has|could|might|may)\b)"
)
#: An organisation described by its place, not named: "Brussels-based depository",
#: "Oslo-listed shipowner".
_PLACE_DESCRIBED_RE = re.compile(rf"{PLACE_DESCRIPTOR}\s+(?:[a-z-]+\s+)?[a-z]+")
#: A business described by one word before its role: "producer group", "state company",
#: "Danish developer" (not a third party that studies businesses: "research firm").
_DESCRIBED_BUSINESS_RE = re.compile(
    r"(?!(?:research|analytics|data|consulting|advisory|intelligence|tracking|industry|trade"
    r"|lobby|advocacy|campaign|rights|consumer|environmental|motoring|employers|business"
    r"|pressure|interest|aid|monitoring|insurance|investment|rating|ratings|media)\s)"
    r"(?P<mod>[a-z][a-z-]+|[A-Z][a-z]+)\s+(?P<kind>company|group)"
)
_CLAUSE_GAP_RE = re.compile(r"[;:]|,\s")
_THAT_END_RE = re.compile(r"\bthat$")
#: A sentence that only says who reported the figures before: "The group reported the
#: figures on Monday."
_REPORTER_VERBS = ("reported", "published", "released", "announced", "disclosed")
_REPORTER_RE = re.compile(
    r"^(?:The\s+)?(?P<src>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}?)\s+"
    rf"(?:{'|'.join(_REPORTER_VERBS)})\s+(?:the|these|its|their)\s+(?:figures|results|data|numbers)\b"
)
#: A figure credited through a passive reporting verb: "exports are forecast at 42.5 million
#: tonnes by consultancy SovEcon", "the toll was put at 300 by the health ministry".
_PASSIVE_AGENT_RE = re.compile(
    # (the look-behind after the verb's first letter, which is "\b" before it: the engine
    # skips to those four letters instead of trying every position)
    r"(?:i(?<!\w.)s|a(?<!\w.)re|w(?<!\w.)(?:as|ere)|b(?<!\w.)e(?:en)?)\s+(?:now\s+)?"
    r"(?:forecast|estimated|projected|put|seen"
    r"|expected|reported|calculated|valued|assessed|pegged|tallied|counted|recorded)\b"
    # (a thousands comma is no clause break: "put at 1,200 by")
    rf"(?:[^,;:]|(?<=\d),(?=\d)){{0,80}}?\bby\s+(?P<src>(?:[a-z]+\s+){{0,2}}?(?:the\s+)?{_CREDITED_NAME}"
    # (or a body named by its function: "put at 1,200 by the health ministry")
    r"|the\s+(?:[a-z]+\s+){0,2}(?:ministry|office|agency|bureau|department|authority"
    r"|regulator|institute|council|committee|service)\b)"
)
#: A figure and the participle crediting it, from the figure's first character: "2,500 jobs
#: reported by Dagens Industri", "400 cited by local media" (a name, a body named by its
#: function, or unnamed people).
_FIGURE_BY_RE = re.compile(
    r"[^\s,;]+(?:(?<=\d),(?=\d)[^\s,;]+)*(?:\s+(?:[\w$€£%-]|(?<=\d),(?=\d))+){0,3}?\s+"
    r"(?P<verb>reported|cited|quoted|claimed|estimated|predicted|forecast|projected|recorded"
    r"|counted)\s+by\s+"
    # (a name, not a time: "the last 300 projected by March")
    rf"(?P<src>(?!(?:{'|'.join(w.capitalize() for w in (*WEEKDAYS, *MONTH_NAMES))})\b)"
    rf"(?:the\s+)?{_CREDITED_NAME}"
    r"|the\s+(?:[a-z]+\s+){0,2}(?:ministry|office|agency|bureau|department|authority"
    r"|regulator|institute|council|committee|service)\b"
    # (unnamed, unless a poll names them: "analysts polled by Reuters")
    r"|(?P<people>(?:[a-z-]+\s+){0,2}(?:media|press|newspapers|analysts|economists|officials"
    rf"|activists|sources|unions|campaigners|groups|observers)(?:\s+polled\s+by\s+{_CREDITED_NAME})?))"
)
#: A consensus figure and its compiler, from the figure's first character: "the $1.31
#: consensus compiled by LSEG", "the 530 billion won average of analyst estimates compiled by
#: FnGuide" (that figure's credit, not the company's whose result it is measured against).
_CONSENSUS_BY_RE = re.compile(
    r"[^\s,;]+(?:(?<=\d),(?=\d)[^\s,;]+)*(?:\s+[\w$€£%-]+){0,2}?\s+(?:consensus|average|mean"
    r"|median)(?:\s+(?:estimate|forecast|expectation)s?)?(?:\s+of\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:estimates|forecasts|expectations))?\s+(?P<verb>compiled)\s+by\s+"
    rf"(?P<src>(?:the\s+)?{_CREDITED_NAME})"
)
#: A poll's owner, whatever verb its forecast takes: "economists polled by Reuters had called
#: for a 3.4% rise", "a Reuters poll had forecast".
_POLL_RE = re.compile(
    rf"\b(?:polled|surveyed)\s+by\s+(?P<src>{_CREDITED_NAME})|\b(?:[Aa]n?|[Tt]he)\s+(?P<owner>"
    r"[A-Z][\w&.-]*)\s+(?:poll|survey)\b"
)
#: Material whose maker is set off before its verb: "The figures, compiled by the Kiel
#: Institute, show …" (without the commas the verb's subject reads it).
_MATERIAL_BY_RE = re.compile(
    r"\b(?:compiled|published|collected|gathered|released|provided|calculated)\s+by\s+"
    rf"(?P<src>(?:the\s+)?{_CREDITED_NAME})(?:\s+(?:on|in|last|this|earlier)(?:\s+[\w-]+){{1,2}})?"
    r",\s+(?:show(?:s|ed)?|puts?|estimates?|estimated|suggests?|suggested|finds|found)\b"
)
#: Material and its maker opening the sentence as the subject of a verb of showing: "Satellite
#: images published by Orbis show …", "An analysis of port data by Seatrace shows …", "An
#: investigation by the Ledger identified …".
_MATERIAL_SUBJECT_BY_RE = re.compile(
    r"\s*(?:(?:The|An?|New|Recent|Latest)\s+)?(?:[\w-]+\s+){0,2}?(?:[Ii]mages|[Ii]magery"
    r"|[Ff]ootage|[Pp]hotos|[Pp]hotographs|[Aa]nalysis|[Ii]nvestigation|[Ss]tudy|[Rr]eview|[Aa]udit"
    r"|[Ii]nquiry|[Ss]urvey|[Pp]oll|[Rr]eport|[Dd]ocuments|[Rr]ecords|[Dd]ata|[Ff]igures|[Ee]stimates)"
    # (a thousands comma is no clause break: "A survey of 1,030 doctors by")
    r"(?:\s+(?:of|on|into)\s+(?:[^,;]|(?<=\d),(?=\d)){1,50}?)?\s+(?:(?:published|released|compiled|collected"
    r"|gathered|provided|obtained|reviewed|analy[sz]ed|verified|examined|seen)\s+)?by\s+"
    rf"(?P<src>(?:the\s+)?{_CREDITED_NAME})"
    r"\s+(?:(?:also|now)\s+)?(?:shows?|showed|suggests?|suggested|reveals?|revealed|found|finds"
    r"|identified|identifies|indicates?|indicated|estimates?|estimated|counted|puts?"
    r"|documented|recorded|logged)\b"
)
#: Material set off with its publisher, opening the sentence: "The figure, released by the
#: Home Office on Friday, is …".
_MATERIAL_APPOSITION_RE = re.compile(
    rf"{_MATERIAL_SET_OFF}\s+(?P<src>(?:the\s+)?{_CREDITED_NAME})"
    r"(?:\s+(?:on|in|last|this|earlier)(?:\s+[\w-]+){1,2})?,"
)
#: A name given in an apposition right before the verb: "…, known as HUR, estimated".
_KNOWN_AS_RE = re.compile(rf",\s+(?:known|abbreviated)\s+as\s+(?P<name>{_CREDITED_NAME}),\s+$")
_META_SPLIT_RE = re.compile(r"\s+(?:which|that|who)\s+")
#: A verb coordinated with the main verb: "… cut rates and said …", "…, and now sees …".
_AND_BEFORE_RE = re.compile(
    r"\b(?:and|but)\s+(?:(?:also|now|then|later|still|separately|further)\s+)?$"
)
#: The named subject opening a sentence, before its (lower-case) verb: "The Bank of X cut".
#: A verb right after a subject: "Moody's affirmed", "Sainsbury's said" (not a possession:
#: "Germany's debt rose").
_VERB_AFTER_NAME = (
    r"(?:[a-z]+ed|cut|set|kept|put|held|said|says|expects|sees|estimates|forecasts|predicts"
    r"|warns|reports)\b"
)
_VERB_AFTER_NAME_RE = re.compile(_VERB_AFTER_NAME)
_MAIN_SUBJECT_RE = re.compile(
    # (after its country's possessive: "Britain's Office of Financial Sanctions Implementation")
    r"\s*(?:The\s+)?(?:[A-Z][a-z]+['’]s\s+(?=[A-Z]))?((?:[A-Z][\w&.+-]*)(?:\s+(?:of|for|and|on|the)\s+[A-Z][\w&.-]*"
    # (a name ending in "'s" before its verb: "Moody's affirmed")
    rf"|\s+[A-Z][\w&.-]*)*(?:['’]s(?=\s+{_VERB_AFTER_NAME}))?)\s+(?=[a-z])"
)
#: An opening adverbial phrase set off by a comma: "In its latest report, ", "On Monday, ".
_OPENING_PHRASE_RE = re.compile(
    r"\s*(?:In|On|At|After|Before|Under|Since|For|During|Last|This|Earlier|Later|Separately"
    r"|Meanwhile|However|Overall)\b[^,;:]{0,60},\s+"
)
#: What ends the main clause: another subject's clause or a relative clause.
_MAIN_CLAUSE_END_RE = re.compile(
    r"[;:]|\b(?:while|whereas|although|though|because|which|who|whose|when|after|before"
    r"|if|unless|as|said|says|told|according)\b"
    # (not "but" before the subject's next verb: "Moody's affirmed …, but cut the outlook …,
    # saying", "WFP plans … but says it is short of $120m")
    r"|\bbut\b(?!\s*$|\s+(?:also\s+)?(?:[a-z]+ed|cut|set|kept|put|held|says|sees|expects|warns"
    r"|estimates|forecasts|predicts|notes)\b)"
)
#: The next clause of an actor: another past-tense verb after "and", or a result clause.
_NEXT_ACTION_RE = re.compile(
    r"(?:,\s*|\s+)and\s+(?:also\s+)?(?:[a-z]+ed|cut|set|kept|put|sold|bought|won|took|paid"
    # (not a second forecast: "… and lifted projected ending stocks to 2.12 billion")
    r"|made)\s+(?!that\b|(?:its\s+|their\s+)?(?:projected|forecast|estimated|expected)\s)|,\s+(?:sending|pushing|driving|lifting|leaving)\s"
    # the market's answer: "…, and its shares fell 7.5%"
    r"|(?:,\s*|\s+)and\s+(?:its|their)\s+(?:shares|stock|bonds)\s"
    # the actor's plan after "and it": "…, and it plans to spend $2bn on a plant"
    r"|(?:,\s*|\s+)and\s+(?:it|they)\s+(?:also\s+)?(?:plans?|aims?|intends?|wants?|hopes?|will"
    r"|is\s+(?:planning|aiming|seeking)|are\s+(?:planning|aiming|seeking))\b"
    # a clause of its own after a subordinating word, with its subject and a finite verb:
    # "… after third-quarter sales jumped 22%", "… as production at its mine fell 12%" (the
    # results told with the forecast, not the forecast: no reporting verb credits them)
    r"|(?:,\s*|\s+)(?:after|as|while|whereas|because|though|although)\s+"
    r"(?!(?:expected|planned|forecast|estimated|reported)\b)(?:[\w'’.-]+\s+){1,6}?"
    r"(?:rose|fell|grew|sank|shrank|slid|swung|came|beat|hit|lost|won|[a-z]{2,}ed)\s"
)
#: An organisation's people named by "its": "its staff", "their economists".
_ITS_PEOPLE_RE = re.compile(
    r"(?:its|their)\s+(?:own\s+)?(?:staff|economists|analysts|officials|experts|researchers"
    r"|forecasters|executives|managers|governor|chief|chief\s+executive|chairman|chairwoman"
    r"|president|spokesman|spokeswoman|spokesperson|policymakers"
    # (its head by title: "…, its executive director said", "its managing director")
    r"|(?:executive\s+|managing\s+|finance\s+)?director(?:[\s-]+general)?|head|boss"
    r"|chief\s+(?:economist|financial\s+officer|operating\s+officer))",
    re.I,
)
#: The letters that open a match of _ITS_PEOPLE_RE: "its" or "their" in any case, with the
#: letters re.IGNORECASE equates with "i" (see :func:`indicators.words.any_case`).
_ITS_PEOPLE_FIRST = "".join(a[0] for word in ("its", "their") for a in any_case(word))
#: A name and the relative clause on it that reports: "the Gaidar Institute, which says".
_WHICH_NAME_RE = re.compile(rf"(?P<name>{_CREDITED_NAME}),\s+which\s+(?:also\s+)?$")
#: A role noun acting on "its": "the dairy group cut its", "the miner lowered its".
_ROLE_ACTS_ON_ITS_RE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+)\s+[a-z]+\s+its\b")
#: An organisation's own forecast: "X's forecast", "its growth estimate", "their guidance".
_OWN_FORECAST_RE = re.compile(
    r"(?:\b(?P<its>its|their)|(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s?"
    # unnamed forecasters: "below analysts' average estimate of $8.71bn"
    r"|\b(?P<unnamed>analysts|economists|traders|investors|markets?|forecasters)['’])"
    r"\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|guidance|projections?|outlook"
    r"|predictions?)\b"
    # a noun, not a verb: "its forecast for …", "X's estimate of …" (not "X's statistics
    # committee forecast growth of …")
    r"(?=\s+(?:of|for|to|at|from|was|is|has|had|that|on|in|by|and)\b|\s*[,.;)])"
)


def _name_with_and(toks: list[str], k: int) -> bool | None:
    """Whether the "and" at ``toks[k]`` joins capitalised words of one name introduced by
    "the" ("the Department of Trade and Industry"), not two subjects ("X and Y said");
    ``None`` (taken as no) when the tokens run out before the answer."""
    j = k - 1
    while j >= 0:
        w = toks[j]
        if w in ("the", "The"):
            return j < k - 1 and toks[k - 1][0].isupper()
        if not (w[0].isupper() or w in ("of", "for", "on", "&")):
            return False
        j -= 1
    return None


#: Words that open a clause before its subject: "…, after crop agency Safras Nacional
#: estimated" (the subject is what follows them).
_CLAUSE_OPENERS = wordset(
    "after before as amid despite including while when because although though"
)


#: The punctuation marks that end the walk in _pick_subject.
_WALK_STOPS = ',;:()"“”'
#: The words and first characters the walk in _pick_subject tests for: a word without them
#: is taken as it is.  (A token is a word or one of the punctuation marks.)
_WALK_WORDS = ADVERBS | SRC_STOP | _CLAUSE_OPENERS | {"and", *_ARTICLES}
_WALK_FIRST = _WALK_STOPS + _NUMERIC_CHARS


def _pick_subject(toks: list[str], strict: bool = False) -> tuple[list[str], bool]:
    """The subject words before a verb (last first) from its preceding tokens, and whether
    the walk depended on the first token's predecessor (or ran out of tokens); ``strict``:
    also when the test of a name joined by "and" ran out of tokens."""
    picked: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k]
        lw = w.lower()
        if lw not in _WALK_WORDS and w[0] not in _WALK_FIRST and not w[0].isdecimal():
            # (most words: none of the tests below applies, and the word is taken)
            picked.append(w)
            if len(picked) >= 10:
                break
            continue
        if w in _WALK_STOPS:
            break
        if lw in ADVERBS:
            continue  # "The department now says"
        if lw == "and" and picked and picked[-1][0].isupper():
            joined = _name_with_and(toks, k)
            if joined is None and strict:
                return picked, True
            if joined:
                picked.append(w)  # "the Maritime and Port Authority said"
                continue
        if (
            # (an acronym is a name, not the word it spells: "the WHO said", "the IT ministry
            # said")
            (lw in SRC_STOP and not (w.isupper() and (len(w) > 2 or (len(w) == 2 and picked))))
            or lw in _CLAUSE_OPENERS
            # (a quick test: a match opens with a decimal digit or one of the symbols)
            or ((w[0].isdecimal() or w[0] in _NUMERIC_CHARS) and _NUMERIC_TOKEN_RE.fullmatch(w))
        ):
            break
        if lw in _ARTICLES:  # (lower-cased: "the", "a", "an")
            # "people familiar with the matter": keep going past an article after a preposition
            if k == 0:
                return picked, True
            nxt = toks[k - 1].lower()
            if nxt in ("with", "of", "in", "at", "for", "on", "from") and picked:
                picked.append(w)
                continue
            if lw != "the" and len(picked) == 1 and picked[0].islower():
                picked.append(w)  # "…, a union said": one of many, kept for the reader
            break
        picked.append(w)
        if len(picked) >= 10:
            break
    else:
        return picked, True
    return picked, False


#: A subject never opens with a conjunction or preposition: "…, with negative prices recorded
#: in 63 hours" names no reporter.  (The walk in _pick_subject already stops before the
#: clause openers, "after", "as", …; these are the words it can still reach.)
_NOT_SUBJECT_START = wordset("and of for in by with without at on from to")
#: Nor does a comparison: "…, above forecasts, and …" (in lower case only: "Under Secretary
#: Jane Doe said" names one).
_COMPARISON_START = wordset("above below beyond under than versus ahead")
#: Data named before, in a definite description: "the data", "the figures".
_DATA_WORDS = wordset("data figures statistics numbers")


#: Who speaks for an organisation without naming it: "…, a spokesperson said".
_SPOKES_WORDS = ("spokesperson", "spokesman", "spokeswoman")
#: A publication named by a definite description: "the report", "the study".
_REPORT_NOUNS = wordset("report study survey analysis review paper assessment")
#: Anaphors that a named credit earlier in their own sentence resolves: "…, the Directorate
#: said, and it expects …", "The X Institute estimates that …, the report says".
_SAME_SOURCE_ANAPHORS = frozenset(("@pronoun", "@report", "@researchers"))
#: A possessive after a subject's first word makes it a clause, not a name.
_POSSESSIVES = wordset("its their his her our")


#: A business named by its role, as a credit: "@company", "@firm".
_BUSINESS_ANAPHORS = frozenset("@" + w for w in BUSINESS)
#: Adverbs between a subject and its reporting verb: "Analysts at JPMorgan now expect".
_ADVERBS_BEFORE_VERB = wordset("now also still previously recently already separately again")


_JOINT_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*)*"
#: Names listed before the last one of a joint credit, after a comma or at the sentence's
#: start: "…, the World Bank, the UN and [the EU said]" (not "rose 4% in Germany and [the ECB
#: said …]", where the first name is a preposition's object).
_JOINT_NAMES_RE = re.compile(
    rf"(?:^|,\s+)(?P<names>(?:the\s+)?{_JOINT_NAME}(?:,\s+(?:the\s+)?{_JOINT_NAME})*),?\s+and\s+"
    r"(?:the\s+)?$"
)
_LIST_ARTICLE_RE = re.compile(r"(^|,\s+)the\s+")


def _subject_before(sent: str, verb_start: int) -> str | None:
    # (a quick test: every match holds a closing bracket)
    lo = max(0, verb_start - 20)
    macr = _ACRONYM_END_RE.search(sent, lo, verb_start) if ")" in sent[lo:verb_start] else None
    if macr is not None:
        # "the Stockholm International Peace Research Institute (SIPRI) said": the name
        # before its acronym
        verb_start = macr.start()
    # Tokens are read from the verb backwards, rarely far (three tokens on average): tokenise
    # the last ~24 characters (from a space, so the tokens are those of the whole prefix),
    # then, when the walk reaches the first token of that window, the last ~60 characters,
    # and the whole prefix only when the walk reaches the first token of that window.  (The
    # walk in the first window is strict: it stops where the walk in the second could read
    # a token before it, so both give the same subject.)
    lo = sent.rfind(" ", 0, verb_start - 24) + 1 if verb_start > 40 else 0
    reached_first = True
    if lo > 0:
        picked, reached_first = _pick_subject(
            _SUBJ_TOKEN_RE.findall(sent, lo, verb_start), strict=True
        )
    if reached_first:
        lo = 0
        if verb_start > 80:
            lo = sent.rfind(" ", 0, verb_start - 60) + 1
        while True:
            toks: list[str] = _SUBJ_TOKEN_RE.findall(sent, lo, verb_start)
            picked, reached_first = _pick_subject(toks)
            if not reached_first or lo == 0:
                break
            lo = 0
    # (the picked tokens hold no whitespace: they are the subject's words, last first)
    if not picked or picked[-1].lower() in _NOT_SUBJECT_START or picked[-1] in _COMPARISON_START:
        return None
    if not _POSSESSIVES.isdisjoint(picked[:-1]):
        return None  # "Skyline Nordic cut its full-year profit forecast …": a clause, not a name
    src = " ".join(reversed(picked))
    if src[0].isupper() and sent.find(" and ", max(0, verb_start - 100), verb_start) >= 0:
        at = sent.rfind(src, 0, verb_start)
        mjoint = _JOINT_NAMES_RE.search(sent, max(0, at - 90), at) if at > 0 else None
        if mjoint is not None:
            # "…, the World Bank, the UN and the EU said in a joint report": all of them, not
            # the last one alone
            names = _LIST_ARTICLE_RE.sub(r"\1", mjoint.group("names"))
            return f"{names} and {src}"
    return src


def sentence_sources(sent: str, qpos: tuple[int, ...] = ()) -> list[Source]:
    """(position, cleaned source or None for unnamed, scope) for each credit in a sentence.

    scope: ``all`` (according to, trailing "X said"), ``after`` or ``prev`` ("that X says").
    """
    out: list[Source] = []
    # (_OWN_FORECAST_RE is case-sensitive, ends with one of these nouns and holds an owner:
    # "its", "their" or an apostrophe; a quick test)
    # (the owner first: it fails more often, and with fewer tests)
    own = ("'" in sent or "’" in sent or "its" in sent or "their" in sent) and (
        "forecast" in sent
        or "estimate" in sent
        or "guidance" in sent
        or "projection" in sent
        or "outlook" in sent
        or "prediction" in sent
    )
    own_spans: list[tuple[int, int]] = []
    for m in _OWN_FORECAST_RE.finditer(sent) if own else ():
        if m.group("its"):
            own_spans.append(m.span())  # (not "X's": "Moody's estimates that" is a verb)
        # an organisation's own forecast credits it: "Nordbank's forecast of 2%", "the
        # agency raised its estimate to 4%" (the main clause's subject)
        if m.group("unnamed"):
            out.append((m.start(), None, "after"))
            continue
        if m.group("its"):
            owner = _main_subject(sent, m.start())
            if owner is None:
                # "… after the dairy group cut its profit forecast": the role noun acting
                # right before "its", resolved by the caller like "The miner …"
                mrole = _ROLE_ACTS_ON_ITS_RE.search(sent, max(0, m.start() - 60), m.start() + 6)
                if mrole is not None and mrole.group("role") in ANAPHOR:
                    owner = f"the {mrole.group('role')}"
        else:
            owner = m.group("name")
            if owner.split()[0] in ("The", "A", "An") and len(owner.split()) == 1:
                owner = None
        if owner is not None:
            out.append((m.start(), clean_source(owner), "after"))
            # the credit covers the forecast, not the next thing the actor did: "…, and
            # announced a buyback of up to €500m, sending its shares up 6.4%"
            mact = _NEXT_ACTION_RE.search(sent, m.end())
            if mact is not None:
                out.append((mact.start(), None, "after"))
    # (the pattern opens with a comma and an "-ing" word: a quick test for both)
    for m in _SAYING_RE.finditer(sent) if "ing " in sent and ", " in sent else ():
        # "The central bank raised its key rate …, saying inflation was running at 9.1%":
        # what the main clause's subject said
        sayer = _main_subject(sent, m.start())
        if sayer is not None:
            out.append((m.start(), clean_source(sayer), "after"))
    # (every match holds "ccording": the search starts at its first one, with its "A")
    first_according = sent.find("ccording")
    for m in (
        _ACCORDING_RE.finditer(sent, max(0, first_according - 1)) if first_according >= 0 else ()
    ):
        producer = _MATERIAL_OWNER_RE.match(m.group("src"))
        src = producer.group("owner") if producer else _ACCORDING_SPLIT_RE.split(m.group("src"))[0]
        if " to " in src and (mto := _MATERIAL_TO_RE.match(src)) is not None:
            src = mto.group(1)  # "a statement to the London Stock Exchange": not the exchange
        if src.startswith(("its ", "their ")) and (owner := _main_subject(sent, m.start())):
            # "The Debt Management Office plans to sell …, according to its revised remit":
            # the named subject whose material it is
            src = owner
        out.append((m.start(), clean_source(src), "all"))
    for m in (
        _SAID_X_RE.finditer(sent)
        # (every match opens with a comma: most sentences without one skip the other tests)
        if "," in sent
        and (
            "said" in sent
            or "says" in sent
            or first_according >= 0
            or ", added" in sent
            or ", warned" in sent
            or ", noted" in sent
            or ", estimates " in sent
            or ", reports " in sent
        )
        else ()
    ):
        out.append((m.start(), clean_source(m.group("src")), "all"))
    # The tests for " by " and the phrases holding it ("ed by ", "d by ", "st by "), made
    # once: most sentences hold none, and each test is a scan of the sentence.
    spaced_by = " by " in sent
    for m in _PASSIVE_AGENT_RE.finditer(sent) if spaced_by else ():
        out.append((m.start(), clean_source(m.group("src")), "all"))
    for m in (
        _MATERIAL_BY_RE.finditer(sent) if spaced_by and "ed by " in sent and ", " in sent else ()
    ):
        out.append((m.start(), clean_source(m.group("src")), "all"))
    if spaced_by:
        mmat = _MATERIAL_SUBJECT_BY_RE.match(sent)
        if mmat is not None:
            # "Satellite images published by Orbis show 32 launchers …": the maker
            out.append((mmat.start("src"), clean_source(mmat.group("src")), "all"))
    if spaced_by and sent.startswith("Th") and "ed by " in sent:
        mapp = _MATERIAL_APPOSITION_RE.match(sent)
        if mapp is not None:
            # "The figure, released by the Home Office on Friday, is 12% higher …"
            out.append((mapp.start("src"), clean_source(mapp.group("src")), "all"))
    # A search from the end of the last match, not finditer: the same matches, without a
    # scanner object for each sentence (most sentences hold no reporting verb).
    scan_at = 0
    while (found := _REPORT_RE.search(sent, scan_at)) is not None:
        m = found
        scan_at = m.end()
        at = m.start("verb")
        if sent[at - 1].isalnum():
            continue  # a letter or digit beyond ASCII before it: the verb is inside a word
        verb = m.group("verb")
        space = sent.rfind(" ", 0, at - 1)
        if space > 0 and sent[space + 1 : at - 1] in _ADVERBS_BEFORE_VERB:
            at = space + 1  # "Analysts at JPMorgan now expect": the subject is before "now"
        if own_spans and any(a < at < b for a, b in own_spans):
            continue  # the noun of an own forecast: "its 2024 profit forecast to £210m"
        pre_end: int | None = None
        if verb in ("reckon", "think", "believe"):
            # (people at a named body only: "Economists at Halden Research think"; not
            # "Many investors think", nor "I think")
            if not _PLURAL_AT_NAME_RE.search(sent, max(0, at - 120), at):
                continue
        elif verb in ("estimate", "expect", "show", "say", "shows", "reports"):
            pw = prev_word(sent, at).lower()
            plural_subject = (
                (is_plural(pw) and pw not in STOP_WORDS)
                or bool(_PLURAL_AT_NAME_RE.search(sent, max(0, at - 80), at))
                # two names joined: "The IEA and OPEC estimate demand at …"
                or (
                    " and " in sent[max(0, at - 60) : at]
                    and bool(
                        _JOINT_NAMES_RE.search(
                            sent, max(0, at - 90), sent.rfind(" ", 0, at - 1) + 1
                        )
                    )
                )
            )
            if (
                not plural_subject
                and not _DATA_BEFORE_RE.search(sent[:at])
                and not (verb in ("show", "shows") and PRODUCT_RE.search(pw))
                # ("The Ministry of Agriculture reports that …": a named reporter)
                and not (verb == "reports" and sent.startswith(" that", m.end()))
            ):
                continue  # ("the KSE's latest tracker shows": a product shows)
        if sent.startswith(" by ", m.end()) and not verb.endswith("saying"):
            continue  # a participle: "a tracker published by the KSE" (credited by "by")
        if verb == "notes" and not sent.startswith(" that", m.end()):
            continue  # ("bank notes", "the notes showed": a noun; "the report notes that")
        # The patterns on the text before the verb end in whitespace: test for it first.
        before_verb = sent[:at]
        spaced = before_verb[-1:].isspace()
        last = before_verb.rstrip() if spaced else ""
        # (where the last word can open a match: see _AUX_ENDS; the last test is whether an
        # ASCII letter comes before the whitespace, what r"[A-Za-z]\s+$" says)
        word_at = max(0, len(last) - 5)
        mknown = _KNOWN_AS_RE.search(sent, max(0, at - 60), at) if last.endswith(",") else None
        if verb in (
            "estimated",
            "predicted",
            "found",
            "published",
            "counted",
            "tracked",
            "documented",
            "flagged",
        ) and (
            not spaced
            or (last.endswith(_AUX_ENDS) and _AUX_BEFORE_RE.search(before_verb, word_at))
            or not (
                (last[-1:].isascii() and last[-1:].isalpha())
                or mknown is not None
                # a name set off by its description: "Frontex, the EU's border agency, counted"
                or (last.endswith(",") and _APPOSITIVE_RE.match(sent, 0, at) is not None)
            )
        ):
            continue
        if last.endswith(_PASSIVE_ENDS) and _PASSIVE_BEFORE_RE.search(before_verb, word_at):
            continue  # passive: "reporters were told", "it was reported"
        subj = _subject_before(sent, at)
        if subj is None and mknown is not None:
            subj = mknown.group("name")  # "the agency, known as HUR, estimated": HUR
        if subj is None and sent.endswith(("which ", "which also "), 0, at):
            # "…, the Gaidar Institute, which says …": the name the relative clause is on
            mwhich = _WHICH_NAME_RE.search(sent, max(0, at - 120), at)
            if mwhich is not None:
                out.append((at, clean_source(mwhich.group("name")), "after"))
                continue
        if (
            subj is not None
            and subj[:1] in _ITS_PEOPLE_FIRST  # (a quick test: most subjects are no "its …")
            and _ITS_PEOPLE_RE.fullmatch(subj)
        ):
            # "The Bank of England held rates, and its staff now see …": the people of the
            # organisation the sentence opens with
            owner = _main_subject(sent, at)
            if owner is not None:
                # (set off by a comma after the figures, it covers them: "Acme cut 500 jobs,
                # its chief executive said")
                trailing_its = sent[: at - len(subj) - 1].rstrip().endswith(",") and bool(qpos)
                out.append((at, clean_source(owner), "all" if trailing_its else "after"))
            continue
        if verb == "see" and not _PLURAL_AT_NAME_RE.search(sent, max(0, at - 120), at):
            # ("see" credits only an organisation's own people: "its staff see" above,
            # "Economists at the central bank see the deficit at 3%" here)
            continue
        if subj is not None and clean_source(subj) is None:
            # "ship-tracking firm Seatrace and trade sources said": the named one of the two
            and_end = at - len(subj) - 1
            mnamed = (
                _NAMED_AND_RE.search(sent, 0, and_end)
                if sent[:and_end].rstrip().endswith("and")  # (where every match ends)
                else None
            )
            if mnamed:
                subj = mnamed.group("name")
        pronoun = prev_word(sent, at) if subj is None else ""
        if pronoun.lower() in _PRONOUNS and _PRONOUN_CLAUSE_RE.search(sent, 0, at):
            # "It expects …", "…, it said.", "… and it expects" (not "the figure it published")
            subj = pronoun
        if subj is None and _AND_BEFORE_RE.search(sent, max(0, at - 30), at):
            # "The Bank of X cut rates … and said …": the main clause's named subject
            subj = _main_subject(sent, at) or _clause_subject(sent, at)
            if subj is not None:
                out.append((at, clean_source(subj), "after"))
            continue
        # (the last figure before the verb, in the order given)
        last_before: int | None = None
        for p in qpos:
            if p < at:
                last_before = p
        rel_end = at - len(subj) - 1 if subj is not None else 0
        # (a match ends in the word "the" and opens in the third word before it at the
        # earliest: the search starts after the fifth word back, not at the sentence start)
        words_before = (
            sent[:rel_end].rsplit(maxsplit=4) if rel_end > 0 and sent[rel_end - 1].isspace() else []
        )
        if words_before[-1:] == ["the"] and _ZERO_RELATIVE_RE.search(
            sent, len(words_before[0]) if len(words_before) == 5 else 0, rel_end
        ):
            # "the $4bn the agency says it needs": a relative clause crediting that figure
            out.append((at, clean_source(subj), "prev"))
            continue
        if (
            last_before is not None
            and (at - last_before < 60)
            and not _GROUP_GAP_RE.search(sent[last_before:at])
            # (not a name of its own after "and": "rose 4% in Germany and the ECB said")
            and not (
                subj is not None
                and subj[0].isupper()
                and " and " in sent[last_before : at - len(subj)]
            )
        ):
            continue  # the counted group acts: "60% of the companies surveyed reported losses"
        mapp = _APPOSITIVE_RE.match(sent, 0, at) if subj is None else None
        if mapp:
            subj = mapp.group("name")
        if subj is None and sent[:at].rstrip().endswith(","):
            # a name set off after its description: "…, its country director, Hsiao-Wei
            # Lee, said", "Japan's largest union federation, Rengo, said"; or before it:
            # "…, Maria Okafor, the carmaker's chief financial officer, said"
            mname = _NAME_AFTER_DESC_RE.search(sent, max(0, at - 140), at)
            if mname:
                subj = mname.group("name")
            else:
                mname = _NAME_BEFORE_DESC_RE.search(sent, max(0, at - 140), at)
                if mname:
                    subj = mname.group("name")
                    # what comes before the set-off name and description, with its comma
                    pre_end = mname.start() + 1
                elif at < 200 and (maside := _ASIDE_SUBJECT_RE.match(sent, 0, at)) is not None:
                    # the sentence's subject, interrupted by a relative clause or an aside
                    if maside.group("role") is not None:
                        subj = _LEAD_CAP_ARTICLE_RE.sub("", maside.group("role"))
                        pre_end = 0
                    elif " " in maside.group("name") or not is_common_word(maside.group("name")):
                        subj = maside.group("name")  # (not "Inflation, in annual terms, …")
                        pre_end = 0
                elif at < 200 and (mpub := _PUBLISHED_SUBJECT_RE.match(sent, 0, at)) is not None:
                    # a publication opening the sentence, set off with when it came out:
                    # "UNHCR's Global Trends report, released on Thursday, counts …"
                    subj = mpub.group("name")
                    pre_end = 0
        if subj is None or (subj.endswith("ing") and _GERUND_RE.fullmatch(subj.split()[-1])):
            continue
        if (
            verb == "published"
            and (subj[0].islower() or " a " in subj or " the " in subj)
            and subj.split()[-1] not in ANAPHOR
            and _WHEN_AFTER_RE.match(sent, m.end()) is not None
        ):
            # a participle after what was published: "under a workforce plan published on
            # Wednesday", "according to results published on Wednesday", "X wrote in a report
            # published on Wednesday" (not "the ministry published on Tuesday …")
            continue
        if " in " in subj and _PROPORTION_RE.fullmatch(subj):
            continue  # a share of those counted answers: "…, while fewer than one in five said"
        if verb == "counts" and not (
            subj.split()[-1].lower() in INSTITUTION_END
            or PRODUCT_RE.search(subj) is not None
            or any(w[0].isupper() and not is_common_word(w.rstrip("'’s")) for w in subj.split())
        ):
            continue  # ("each vote counts 2 points": a body or its publication counts)
        if pre_end is None:
            # (where the subject starts: an acronym or an adverb may stand between it and the
            # verb, "the State Secretariat for Migration (SEM) said", "Reuters had expected")
            pre_end = sent.rfind(subj, 0, at) if subj else 0
            if pre_end < 0:
                pre_end = at - len(subj) - 1
        pre = sent[:pre_end].rstrip()
        rest = sent[m.end() :]
        if (
            verb in ("forecast", "projected")
            and rest.startswith(",")
            and not _comma_before_subject(pre)
        ):
            continue  # a noun: "…, beating the Reuters forecast, …" (a credit is set off)
        # every figure at or before the verb, one before it
        trailing = bool(qpos) and max(qpos) <= at and min(qpos) < at
        # a credit set off by commas mid-sentence ("…, the ministry said on Monday, up from
        # …") covers the whole sentence; the subject's article and a short time or manner
        # adjunct after the verb do not count
        parenthetical = _comma_before_subject(pre) and bool(
            _COMMA_START_RE.match(rest)
            or _ADJUNCT_COMMA_RE.match(rest)
            or rest.lstrip().startswith(";")  # "…, analysts estimated; Fenwick said …"
            # the audience told, then the clause ends: "…, the minister told the Baltic Energy
            # Forum, up from …", "…, chief executive X told investors at a briefing, against …"
            or (verb in _TOLD_VERBS and _AUDIENCE_RE.match(rest) is not None)
        )
        if (
            trailing
            and ";" in pre
            and pre.rfind(";") > max(qpos)
            and (
                _REPORTED_CLAUSE_RE.match(rest) is not None
                # (or the figures before were credited before it: "…, Eurostat says; the
                # ECB expects it to ease")
                or any(x[1] is not None and x[0] < pre.rfind(";") for x in out)
            )
        ):
            # a report after a semicolon with a clause of its own reports that clause, not
            # the figures before: "X put the cost at 95bn; his rival said the real figure …"
            trailing = False
        if (
            trailing
            and ("while" in pre or "whereas" in pre or "but" in pre)
            and sent[: max(0, sent.rfind(subj, 0, at))].rstrip().endswith((", while", ", but"))
            and any(x[1] is not None and x[0] < at for x in out)
        ):
            # a contrasting clause with a subject of its own is no credit of the figures
            # credited before it: "…, the agency said, while analysts polled by Reuters had
            # expected a 400,000-barrel draw"
            trailing = False
        if trailing and verb in ("expects", "expect") and rest.startswith(" to "):
            # what the speaker expects to do or bring about is not the figures before it: "…
            # will climb to €315 a tonne by 2028, a level Brussels expects to shut out most
            # imports"
            trailing = False
        scope = "all" if trailing or parenthetical else "after"
        if pre.endswith("that") and _THAT_END_RE.search(pre):
            scope = "prev"
        # (a possessive opening the sentence is read as one inside it: "Its figures show")
        src = clean_source(
            subj[0].lower() + subj[1:] if subj.startswith(("Its ", "Their ")) else subj
        )
        if (
            src is not None
            and "-" in src
            and _PLACE_DESCRIBED_RE.fullmatch(described := src.split(" of ", 1)[0])
        ):
            # "Euroclear held …, the Brussels-based depository said": the business the
            # sentence named before its description
            kind = described.split()[-1]
            # (else the organisation of that kind named before: "The Paris-based agency now
            # sees …" after the International Energy Agency; or a business described by what
            # it makes, opening the sentence: "The Bremen-based maker of armoured vehicles
            # reported …", the one named before)
            before_kind = kind in ANAPHOR and (
                kind not in BUSINESS or (described != src and pre in ("", "The"))
            )
            src = business_name(sent[: at - len(subj)]) or ("@" + kind if before_kind else src)
        elif (
            src is not None
            and pre.endswith(("the", "The"))
            and (mdesc := _DESCRIBED_BUSINESS_RE.fullmatch(src)) is not None
            and (mdesc.group("mod").islower() or DEMONYM_RE.search(mdesc.group("mod")))
        ):
            # "OPEC cut its forecast …, the producer group said", "QatarEnergy's expansion
            # will …, the state company said": the business opening the sentence
            opener = business_name(sent[: at - len(subj)])
            if (
                opener is not None
                and sent.lstrip().removeprefix("The ").startswith(opener)
                and claim_entity(opener) is None  # (not a place: "Mexico's Pemex")
            ):
                src = opener
        if src is None and subj in _DATA_WORDS and pre.endswith(("the", "The")):
            src = "@data"  # "…, the data showed": the data credited before in the paragraph
        elif src is None and pre.endswith(("the", "The")) and subj in _REPORT_NOUNS:
            # "…, the report says": the report of the body credited before ("The X Institute
            # estimates that …, the report says on page 23"), else of the body the sentence
            # before says published one
            src = "@report"
        elif src is None and scope == "all" and subj.endswith(_SPOKES_WORDS):
            words = subj.split()
            if words[0] != "a" and pre.endswith((" a", " an")):
                words = ["a", *words]  # ("a company spokesman": the article left in pre)
            if len(words) == 2 and words == ["a", words[1]] and words[1] in _SPOKES_WORDS:
                # "The State Department has approved …, a spokesperson said": who speaks for
                # the organisation the sentence opens with (not a country, nor a measure)
                src = _organisation_opening(sent, pre_end)
            elif (
                len(words) == 3
                and words[0] == "a"
                and words[1] in ANAPHOR
                and words[2] in _SPOKES_WORDS
            ):
                # "Maersk cut 1,200 jobs, a company spokesman said", "The Dutch defence ministry
                # has opened a tender …, a ministry spokeswoman said": the organisation of that
                # kind opening the sentence, and no other
                src = _organisation_opening(sent, pre_end, words[1])
        elif src is None and pre.endswith(("the", "The")) and subj == "researchers":
            # "According to the X Research Group, … The researchers estimate …": that body's
            # researchers (a research body credited before, else unnamed)
            src = "@researchers"
        # (a quick test first: the last letter of "it", "they", "he" or "she", in either case,
        # ends the subject, unless whitespace does)
        if (subj[-1] in "tTyYeE" or subj[-1].isspace()) and subj.split()[-1].lower() in (
            "it",
            "they",
            "he",
            "she",
        ):
            src = "@pronoun"  # "She said …": the speaker credited before, if any
        out.append((at, src, scope))
        if " its s" in rest or " their s" in rest:
            # the market's answer after the report is no more of it: "Tallis reported $4.9bn
            # …, and its shares have gained 62% this year"
            mmarket = _MARKET_CLAUSE_RE.search(sent, m.end())
            if mmarket is not None:
                out.append((mmarket.start(), None, "after"))
        if scope == "all":
            # a credit covering the sentence stops at a clause of another named actor: "…,
            # the government said, as the Red Cross appealed for $5 million"
            for mc in _SUB_CLAUSE_END_RE.finditer(sent, m.end()):
                out.append((mc.start(), None, "after"))
                break
            if ", " in rest:
                # (a quick test: every match holds a comma)
                ms = _OTHER_ACTOR_SUB_RE.search(sent, m.end())
                if ms is not None and (ms.group("head") or ms.group("people")) not in subj.lower():
                    out.append((ms.start(), None, "after"))
        elif ", while " in rest or ", whereas " in rest:
            # a leading credit stops at a contrasting clause of another institution: "Economists
            # at the central bank see the deficit at 3%, while the finance ministry is sticking
            # to its 2.5% target"
            mw = _CONTRAST_BODY_RE.search(sent, m.end())
            if mw is not None and mw.group("head") not in subj.lower():
                out.append((mw.start(), None, "after"))
        if ", and " in rest:
            # (and a leading one: "Gavi says it needs $9bn …, and donors pledged $2.4bn")
            mo = _OTHER_ACTOR_CLAUSE_RE.search(sent, m.end())
            # (not the speaker named again: "…, the central bank said, and the bank will …")
            if mo is not None and (mo.group("head") or mo.group("people")) not in subj.lower():
                out.append((mo.start(), None, "after"))
    if qpos and spaced_by and ("d by " in sent or "st by " in sent):
        # a figure credited by a participle right after it: "not the 2,500 reported by Dagens
        # Industri", "below the 400 cited by local media" (that figure only, whoever else the
        # sentence credits)
        for p in qpos:
            mrep = _FIGURE_BY_RE.match(sent, p)
            if mrep is not None:
                people = mrep.group("people")
                src = clean_source(mrep.group("src")) if not people or " by " in people else None
                out.append((mrep.start("verb"), src, "figure"))
    if qpos and "compiled by" in sent:
        # a consensus credited to its compiler: "beating the $1.31 consensus compiled by LSEG"
        for p in qpos:
            mcon = _CONSENSUS_BY_RE.match(sent, p)
            if mcon is not None:
                out.append((mcon.start("verb"), clean_source(mcon.group("src")), "figure"))
    if not out and ("poll" in sent or "survey" in sent):
        # no reporting verb: a poll's owner credits its forecast ("a median forecast of
        # economists polled by Reuters had called for a 3.4% rise")
        for mp in _POLL_RE.finditer(sent):
            # (its forecasts only: "kept its rate at 21%, in line with the forecasts of
            # economists polled by Reuters" credits Reuters with no rate decision)
            name = clean_source(mp.group("src") or mp.group("owner"))
            out.append((mp.start(), name, "forecast"))
    return out


def _organisation_opening(sent: str, at: int, kind: str = "") -> str | None:
    """The organisation named as the subject opening ``sent`` when its clause runs on to
    ``at``: an institution ("The State Department", "The Environment Agency") or a business
    ("Lufthansa"), never a place ("Ukraine") or a common noun ("Prices"); with ``kind`` (a
    role noun: "company", "ministry"), only one of that kind."""
    name = _main_subject(sent, at)
    if name is None or (" " not in name and is_common_word(name)):
        return None
    words = name.split()
    business = claim_entity(name) is None and business_name(sent[:at]) == name
    if kind in BUSINESS:
        return name if business else None
    if kind:
        return name if words[-1].lower() == kind else None
    if any(w.lower() in INSTITUTION_END for w in words):
        return name
    return name if business else None


def _comma_before_subject(pre: str) -> bool:
    r"""Whether the right-stripped text ``pre`` ends with a comma once a final article and
    the whitespace before it are dropped ("…, the"): what ``re.search(r",\s*$",
    re.sub(r"\s+(?:the|a|an|The|A|An)$", "", pre))`` says, without two scans of the whole
    prefix."""
    if not pre.endswith(_ARTICLES):
        return pre.endswith(",")
    for article in _ARTICLES:
        if pre.endswith(article) and pre[-len(article) - 1 : -len(article)].isspace():
            pre = pre[: -len(article)].rstrip()
            break
    return pre.endswith(",")


def _clause_subject(sent: str, at: int) -> str | None:
    """The named subject of the subordinate clause that runs on to ``at`` ("…, as the Red
    Cross appealed for aid and said …")."""
    found = None
    for mc in _SUB_CLAUSE_RE.finditer(sent, 0, at):
        found = mc
    if found is None or _CLAUSE_GAP_RE.search(sent, found.end(), at):
        return None
    return found.group("name")


def _main_subject(sent: str, at: int) -> str | None:
    """The named subject opening ``sent`` when its clause runs on to ``at`` ("The Bank of X
    cut rates by 0.25 points and said …"); None for a possessive ("X's debt rose … and")."""
    mopen = _OPENING_PHRASE_RE.match(sent)
    if mopen is not None and mopen.end() < at:
        # "In its latest report, the World Bank cut its forecast …": the subject after the
        # opening phrase
        rest = sent[mopen.end() :]
        return _main_subject(rest[:1].upper() + rest[1:], at - mopen.end())
    memp = _EMPLOYER_OPENER_RE.match(sent, 0, at)
    if (
        memp is not None
        and memp.group("who").lower() in UNNAMED
        and not _MAIN_CLAUSE_END_RE.search(sent, memp.end(), at)
    ):
        # "Analysts at Kyiv-based AgriPulse raised their forecast …": their employer
        return clean_source(memp.group("name"))
    m = _MAIN_SUBJECT_RE.match(sent)
    owned = _OWNED_ROLE_RE.match(sent)
    if owned is not None and owned.end() <= at:
        # "Chile's central bank cut … and said": the owner's institution, named by its role
        return None if _MAIN_CLAUSE_END_RE.search(sent, owned.end(), at) else owned.group(0)
    if m is None:
        # the name set off by a description or relative clause: "Aramco, which pumps
        # 12m b/d, spent … and forecast …"
        ma = _APPOSITIVE_SUBJECT_RE.match(sent, 0, at)
        if ma is None or _MAIN_CLAUSE_END_RE.search(sent, ma.end(), at):
            return None
        return ma.group("name")
    mrole = _ROLE_APPOSITIVE_SUBJECT_RE.match(sent, 0, at)
    if (
        mrole is not None
        and mrole.group("role") in ANAPHOR
        and not _MAIN_CLAUSE_END_RE.search(sent, mrole.end(), at)
    ):
        return f"the {mrole.group('role')}"  # resolved by the caller, like "The miner …"
    if m.end() > at or _MAIN_CLAUSE_END_RE.search(sent, m.end(), at):
        return None
    name = m.group(1)
    if name in ("The", "Its", "Their"):
        # "The miner expects …, and said …": the role noun, resolved by the caller
        mr = _ROLE_OPENER_RE.match(sent)
        if mr is not None and mr.group(1) not in ANAPHOR:
            # (the role noun alone, before its verb: "The carmaker will invest …", where the
            # adjective slot took the noun and the verb was read as the noun)
            mr = _ROLE_OPENER_BARE_RE.match(sent)
        return f"the {mr.group(1)}" if mr and mr.group(1) in ANAPHOR else None
    if name.endswith(("'s", "’s", "'", "’")) and not _VERB_AFTER_NAME_RE.match(sent, m.end()):
        return None  # (a name ending in "'s" before its verb is a name: "Moody's affirmed")
    if name.lower() in SRC_STOP:
        return None
    if " " not in name:
        mtitle = _TITLED_NAME_RE.match(sent, m.start(1))
        if mtitle is not None and mtitle.end() <= at:
            return mtitle.group("name")  # "British finance minister Rachel Reeves … and said"
        # a word describing the name after it: "Crop agency Conab raised …", "Danish
        # shipping group Sørhavn cut its guidance"
        mdesc = _DESCRIBED_NAME_RE.match(sent, m.start(1))
        if mdesc is not None and mdesc.end() <= at:
            return mdesc.group("name")
        if is_common_word(name) and sent[m.end() :].split(" ", 1)[0].lower() in MEASURE_NOUNS:
            return None  # a capitalised common word naming a measure: "Gold output rose …"
    return name


#: A person after a capitalised word and a title: "British finance minister Rachel Reeves".
_TITLED_NAME_RE = re.compile(
    rf"[A-Z][a-z-]+\s+(?:(?:{alternation(sorted(TITLE_WORDS, key=len, reverse=True))})\s+){{1,3}}"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})(?=\s+[a-z]|,)"
)
#: A name after a capitalised common word and a descriptor noun: "Crop agency Conab",
#: "Consultancy firm SovEcon".
_DESCRIBED_NAME_RE = re.compile(
    r"[A-Z][a-z-]+\s+(?:[a-z-]+\s+){0,2}?(?:agency|firm|consultancy|group|company|regulator"
    r"|operator|producer|maker|association|body|institute|lender|carrier|miner|broker|exchange"
    r"|utility|watchdog|researcher|consultant|provider|ministry|office|bank|authority"
    r"|council|committee|union|fund"
    # (or a business's trade: "Grain trader Halvorsen Agri", "Oil refiner Petrova")
    rf"|{'|'.join(sorted(BUSINESS))})"
    r"\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)(?=\s+[a-z])"
)


#: Unnamed people at a named employer opening a sentence: "Analysts at Kyiv-based AgriPulse".
_EMPLOYER_OPENER_RE = re.compile(
    rf"\s*(?P<who>[A-Z][a-z]+)\s+{EMPLOYER_LINK}\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*-based\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?=[a-z])"
)
#: A possessive name and the role noun it owns: "Chile's central bank", "Norway's wealth fund".
_OWNED_ROLE_RE = re.compile(
    rf"\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(ANAPHOR))})"
    r"(?=\s+[a-z])"
)
_ROLE_OPENER_RE = re.compile(r"\s*(?:The|Its|Their)\s+(?:[a-z-]+\s+)?([a-z]+)(?=\s+[a-z]|,)")
_ROLE_OPENER_BARE_RE = re.compile(r"\s*(?:The|Its|Their)\s+([a-z]+)(?=\s+[a-z]|,)")


#: A sentence opening with an organisation by its role: "The central bank cut …".
_ROLE_SUBJECT_RE = re.compile(r"\s*(?:The|Its|Their)((?:\s+[a-z-]+){1,3})")
_PRONOUN_OPENER_RE = re.compile(r"\s*(?:It|They|He|She)\b")
#: A pronoun reporting: "he said", "It expects" (the source named before goes on).
_PRONOUN_REPORT_RE = re.compile(
    # (not in a relative clause on what the sentence's own subject acts on: "The EU listed an
    # exporter that it says shipped …")
    # (the pronoun's first letter read first, the look-behinds after it, each one character
    # wider, and the rest of the pronoun told by that letter: "\b(?:he|she|it|they|He|…)"
    # after "(?<!\bthat\s)(?<!\bwhich\s)", matched where the engine skips to those letters
    # instead of trying every position)
    r"[hsitHSIT](?<!\bthat\s.)(?<!\bwhich\s.)(?<!\w.)"
    r"(?:(?<=[hH])e|(?<=[sS])he|(?<=[iI])t|(?<=[tT])hey)"
    r"\s+(?:also\s+|now\s+|further\s+)?(?:said|says|added"
    r"|adds|told|expects|expected|estimates|estimated|forecasts|sees|noted|predicts)\b"
)


#: A sentence restating the figure before it as a figure or comparison: "That was 18% more
#: than …", "This is the highest since 2023" (not "That was before the bank raised rates").
_RESTATES_FIGURE_RE = re.compile(
    r"\s*(?:That|This)\s+(?:was|is|marks|marked|represents|represented|equals|equalled"
    r"|amounts\s+to|amounted\s+to)\s+(?:up|down|an?|the|about|around|some|nearly|almost|roughly"
    r"|more|less|over|under|just|only|[\d$€£¥])"
)
#: A sentence opening on the actor's own plan: "It aims to …", "The agency plans to …" (an
#: act of the actor named before, not more of its report).
_OWN_PLAN_OPENER_RE = re.compile(
    r"\s*(?:It|They|The\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(ANAPHOR, key=len, reverse=True))
    + r"))\s+(?:also\s+|now\s+|still\s+)?(?:(?:aims|plans|intends|hopes|wants|seeks|aim|plan"
    r"|intend|hope|want|seek)\s+to\b"
    # (or what it will do: "It will also pay a dividend of CHF 3.05 a share")
    r"|will\s+(?:also\s+)?(?!be\b|have\b|see\b|report\b|publish\b)[a-z]+\s"
    # (or what it has done since: "It has idled two of its five blast furnaces")
    r"|has\s+(?:also\s+)?(?!been\b|seen\b|said\b|reported\b|estimated\b|forecast\b)[a-z]+ed\s)"
)


#: A sentence opening on the material of the source before: "Its count of …", "Their
#: latest figures …".
_OWN_MATERIAL_OPENER_RE = re.compile(
    r"\s*(?:Its|Their)\s+(?:(?:own|latest|new|monthly|weekly|quarterly|annual)\s+)?(?:count"
    r"|tally|figures|data|estimates?|numbers|records|calculations)\b"
)
#: A part of the figures before: "3,800 of them", "about 5,000 of those".
_PART_OF_BEFORE_RE = re.compile(r"\d\s+of\s+(?:them|those)\b")
#: A market share: "with a 20.8% share", "held 24.1% of the market".
_MARKET_SHARE_RE = re.compile(
    r"\d\s*%\s+(?:(?:market\s+)?share|of\s+the\s+(?:global\s+|world\s+)?market)\b"
)
#: What something can do: "can produce", "will be able to handle", "is capable of".
_ABILITY_RE = re.compile(r"\b(?:can|could|able\s+to|capable\s+of|designed\s+to)\s")


def _same_measure(q: Credited, p: Credited) -> bool:
    if q.unit_kind != p.unit_kind:
        return False
    return q.unit == p.unit or q.unit_kind in ("physical", "percent")


#: A company's results: "net income", "revenue", "operating profit", "orders".
_RESULTS_RE = re.compile(
    r"\b(?:[Rr]evenues?|[Pp]rofits?|[Ii]ncome|[Ee]arnings|[Ss]ales|[Oo]rders|[Tt]urnover|EBITDA"
    r"|[Nn]et\s+loss|[Oo]perating\s+loss)\b"
)


def _titled(sent: str, name: str) -> bool:
    """Whether ``name`` is named in ``sent`` right after a person's role ("chief executive
    Daniel Cho")."""
    at = sent.rfind(name) if name else -1
    if at <= 0:
        return False
    words = sent[max(0, at - 30) : at].split()
    return bool(words) and words[-1].lower() in PERSON_ROLES


def _continues_report(
    sent: str, para_text: str, qlist: Sequence[Credited], credited: Sequence[Credited]
) -> bool:
    """Whether a sentence without a credit of its own continues the report credited in the
    sentence before: a pronoun reports or opens it ("…, he said"), or its figures measure the same thing
    ("… 480 MW, BWE said. Capacity stands at 9.7 GW") and no other organisation or named
    actor opens it ("The central bank cut its rate …" after a statistics office's figure)."""
    if ("to" in sent or "will" in sent or "has" in sent) and _OWN_PLAN_OPENER_RE.match(sent):
        return False  # "…, the agency said. It aims to reach 60,000 families": its own plan
    if (
        sent.lstrip().startswith(("That ", "This "))
        and _RESTATES_FIGURE_RE.match(sent)
        # (not a goal it names: "…, the OECD said. That was the first time they had met a
        # goal, set in 2009, of $100bn a year")
        and not (
            all(q.modality == "planned" for q in qlist)
            and all(p.modality == "actual" for p in credited)
        )
    ):
        return True  # "…, according to X. That was 18% more than in the previous quarter."
    if _PRONOUN_REPORT_RE.search(sent) or _PRONOUN_OPENER_RE.match(sent):
        return True  # "…, he said.", "It now handles …": the same speaker goes on
    if sent.lstrip().startswith(("Its ", "Their ")) and _OWN_MATERIAL_OPENER_RE.match(sent):
        return True  # "…, WarSpotting logged 27 … Its count of Ukrainian systems lost was 9."
    if (" of them" in sent or " of those" in sent) and _PART_OF_BEFORE_RE.search(sent):
        return True  # "… 9,400 people, X figures showed. Enforced returns made up 3,800 of them."
    if not any(_same_measure(q, p) for q in qlist for p in credited) and not (
        # (a forecast going on with another measure: "The CBO projects interest costs of
        # $892bn … Debt held by the public would reach 122% of GDP by then")
        all(q.modality == "projected" for q in qlist)
        and all(p.modality in ("projected", "planned") for p in credited)
        and " would " in sent
    ):
        return False
    if (
        all(q.modality == "planned" for q in qlist)
        and all(p.modality == "actual" for p in credited)
        and not _PRONOUN_OPENER_RE.match(sent)
        and " says " not in sent
        and " said " not in sent
        and not ((mrole := _ROLE_OPENER_BARE_RE.match(sent)) and mrole.group(1) in ANAPHOR)
    ):
        # a target or a policy after a report of what happened is no more of it: "…, the
        # ministry said. That took the total to 130 GW, short of the 280 GW the government
        # wants by 2030" (unless the reporter goes on: "The agency is targeting $12bn")
        return False
    if (
        all(q.modality == "capacity" for q in qlist)
        and all(p.modality != "capacity" for p in credited)
        and _ABILITY_RE.search(sent) is not None
    ):
        # what something can do is no more of a report of what was done: "… reached about 9
        # million tonnes last year, estimates CRU. A new terminal will be able to handle 7
        # million tonnes a year." (a stock still is: "… BWE said. Installed capacity now
        # stands at 9.7 GW")
        return False
    if (
        _RESULTS_RE.search(sent)
        and all(p.modality in ("planned", "projected") for p in credited)
        and all(q.modality == "actual" for q in qlist)
        and _titled(para_text, credited[-1].source or "")
    ):
        # a person's plan or forecast does not make them the source of the company's results
        # told next: "X will spend $30bn this year, chief executive Daniel Cho said.
        # Fourth-quarter net income rose 31%." (published by the company, not told by him)
        return False
    source = (credited[-1].source or "").lower()
    m = _ROLE_SUBJECT_RE.match(sent)
    if m and any(w in ANAPHOR and w not in source for w in m.group(1).split()):
        return False
    name = sentence_subject(sent, owner_ok=False)
    if name is None or name.split()[0].lower() in source:
        return True
    if ("share" in sent or "of the market" in sent) and _MARKET_SHARE_RE.search(sent):
        # a market's ranking told after its tracker's total: "…, IDC said. Samsung regained
        # the top spot with a 20.8% share" (the tracker's figures, not the company's report)
        return True
    # a common noun opening the sentence is no actor: "Runs stood at …" after "refinery runs"
    return " " not in name and _has_word(para_text, name.lower())


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` between word boundaries: what
    ``re.search(rf"\b{re.escape(word)}\b", text)`` says, without compiling a pattern for
    every new word (a name differs in each paragraph, so the pattern cache never hits)."""
    n = len(word)
    if not n:
        return False
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + n] if at + n < len(text) else ""
        if (first != (before != "" and _is_word_char(before))) and (
            last != (after != "" and _is_word_char(after))
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _adjacent_sources(
    text: str,
    sents: Sequence[tuple[int, int, int]],
    by_sent: dict[int, list[Credited]],
    known: dict[int, list[Source]],
) -> None:
    """Credit a sentence without a source of its own from its neighbours.

    ``known`` holds the :func:`sentence_sources` of every sentence in ``by_sent`` (the
    quantities of each sentence, in text order)."""
    for si, qlist in by_sent.items():
        para = sents[si][2]
        own = known[si]
        nxt = si + 1
        m = None
        if nxt < len(sents) and sents[nxt][2] == para:
            a, b, _ = sents[nxt]
            nxt_text = text[a:b].strip()
            # (the next sentence may add figures of its own: "That estimate comes from X,
            # which says …"; every match opens with "The", "These", "Those", "This", "That"
            # or "It")
            m = _META_SOURCE_RE.match(nxt_text) if nxt_text.startswith(("Th", "It")) else None
            if m and any(
                scope == "all" and name is not None and name not in ("@report", "@researchers")
                for _, name, scope in own
            ):
                # the sentence credits its own figures (an unnamed credit, "…, the researchers
                # said", is named by the next: "The findings were published by X")
                m = None
            if m is None and not own and nxt not in by_sent:
                # "The group reported the figures on Monday": the organisation named before
                # (every match holds one of the verbs; map, not a generator, whose frame
                # costs more than the five tests)
                m = (
                    _REPORTER_RE.match(nxt_text)
                    if any(map(nxt_text.__contains__, _REPORTER_VERBS))
                    else None
                )
                if m and not (clean_source(m.group("src")) or "").startswith("@"):
                    m = None
        if m is None and own:
            # (a figure credited in attribute was credited from its sentence's own sources,
            # so a sentence without any has no credited figure)
            continue
        if (
            m is None
            and nxt < len(sents)
            and sents[nxt][2] == para
            and nxt_text.startswith(("Th", "It"))
            and _RESTATES_BEFORE_RE.match(nxt_text)
        ):
            # "India imported 1.8 million bpd in August. That was down from 2.1 million bpd
            # in July, according to Kpler.": the next sentence restates this one's figure and
            # credits it
            # (without figures of its own, a credit there covers what it restates)
            scopes = ("all",) if nxt in known else ("all", "after")
            nxt_sources = known[nxt] if nxt in known else sentence_sources(text[a:b])
            names = [name for _, name, scope in nxt_sources if scope in scopes and name]
            if names:
                credit = names[-1]
                if credit.startswith("@"):
                    credit = resolve_anaphor(text, sents, nxt, credit[1:]) or ""
                if credit:
                    for q in qlist:
                        q.source = credit
                    continue
        if m is not None:
            src = (
                clean_source(m.group("name"))
                if m.groupdict().get("name")
                else clean_source(_META_SPLIT_RE.split(m.group("src"))[0])
            )
            if src is not None and src.startswith("@"):
                src = resolve_anaphor(text, sents, si, src[1:])
            for q in qlist:
                q.source = src
            continue
        prv = si - 1
        if prv >= 0 and sents[prv][2] == para:
            # only a report that the previous sentence's own figures were credited to
            credited = [
                q for q in by_sent.get(prv, []) if q.source and q.extra.get("credited") != "figure"
            ]
            if not credited:
                continue
            a, b, _ = sents[si]
            # (tested only here, where a source could carry over: most sentences have none)
            opener = _UNNAMED_OPENER_RE.match(text, a, b)
            if opener and opener.group(1).lower() in _UNNAMED_NOT_PRONOUNS:
                continue  # "Analysts had expected …": a new, unnamed source; nothing carries over
            if _continues_report(text[a:b], text[sents[prv][0] : sents[prv][1]], qlist, credited):
                name = credited[-1].source
                for q in qlist:
                    q.source = name


#: A person's name: two or three capitalised words.
_PERSON_NAME_RE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")


def _person_credited_before(
    text: str, sents: Sequence[tuple[int, int, int]], si: int
) -> str | None:
    """The person named as the subject of a reporting verb in one of the two sentences
    before ``si`` in its paragraph (sentences without figures, whose credits were not read),
    the nearest; None when the nearest credit there is no person's name."""
    para = sents[si][2]
    for k in range(si - 1, max(-1, si - 3), -1):
        if sents[k][2] != para:
            break
        named = [x[1] for x in sentence_sources(text[sents[k][0] : sents[k][1]]) if x[1]]
        if named:
            name = named[-1]
            words = name.split()
            if _PERSON_NAME_RE.fullmatch(name) and not any(
                w.lower() in INSTITUTION_END or w.lower() in ANAPHOR for w in words
            ):
                return name
            return None
    return None


def attribute(text: str, sents: Sequence[tuple[int, int, int]], qs: Sequence[Credited]) -> None:
    """Set ``source`` on each quantity in ``qs`` (in text order; ``sent`` indexes ``sents``,
    the (start, end, paragraph) of each sentence): first the credits in its own sentence,
    then, for a sentence without any, those of its neighbours."""
    by_sent: dict[int, list[Credited]] = {}
    for q in qs:
        by_sent.setdefault(q.sent, []).append(q)
    sent_sources: dict[int, list[Source]] = {}
    #: the last named source credited in each paragraph so far: "The agency said" after
    #: "…, Frontex said." is Frontex
    last_source: dict[int, str] = {}
    for si, qlist in by_sent.items():
        s0, s1, para = sents[si]
        sent = text[s0:s1]
        # (a list comprehension: a generator's per-item resume costs more for so few items)
        srcs = sentence_sources(sent, tuple([q.start - s0 for q in qlist]))
        sent_sources[si] = srcs
        for q in qlist:
            pos = q.start - s0
            chosen: Source | None = None
            for s in srcs:
                p, _name, scope = s
                if (
                    scope == "all"
                    or (scope == "after" and p < pos)
                    or (scope == "forecast" and q.modality == "projected")
                ):
                    if chosen is not None and chosen[2] == scope == "after" and chosen[0] > p:
                        continue  # of two credits before the figure, the nearer is its own
                    chosen = s
                elif scope in ("prev", "figure"):
                    before_q = [x for x in qlist if x.start - s0 < p]
                    if before_q and before_q[-1] is q:
                        chosen = s
            if chosen is not None and chosen[2] == "after":
                # a leading credit ends at a contrasting clause whose figure is credited
                # after it: "Agencies say X, but only Y arrived, according to Z"
                later = [x for x in srcs if x[2] == "all" and x[0] > pos]
                if later and _CONTRAST_RE.search(sent, chosen[0], pos):
                    chosen = later[0]
                elif (
                    chosen[1] is None
                    and later
                    and later[0][1] is not None
                    and sent.startswith(("according", "According"), later[0][0])
                    and not _CONTRAST_RE.search(sent, pos, later[0][0])
                ):
                    # an unnamed subject's finding credited after it in the same clause:
                    # "Investigators found 211 components, according to a report by the
                    # Forensic Lab" (not "Agencies say 500 are needed, but only 87 entered,
                    # according to UN figures")
                    chosen = later[0]
            if chosen is not None:
                name = chosen[1]
                if name is not None and name.startswith("@"):
                    prior = last_source.get(para)
                    if name in _SAME_SOURCE_ANAPHORS or name in _BUSINESS_ANAPHORS:
                        # "…, the Directorate said on Thursday, and it expects …", "A
                        # spokesperson for Maersk said the company expects …": a named credit
                        # earlier in the same sentence goes on
                        before = [
                            x[1]
                            for x in srcs
                            if x[0] < chosen[0]
                            and x[1]
                            and x[2] != "figure"
                            # (for a business, a credit by a verb of saying only: not the
                            # subject of "raised its outlook")
                            and (
                                name == "@pronoun"
                                or _REPORT_RE.match(sent, max(0, x[0] - 1)) is not None
                            )
                        ]
                        named = [
                            x if not x.startswith("@") else resolve_anaphor(text, sents, si, x[1:])
                            for x in before
                            if x != "@pronoun"
                        ]
                        named = [x for x in named if x]
                        if named:
                            prior = named[-1]
                    if (
                        prior is None
                        and name == "@pronoun"
                        and prev_word(sent, chosen[0]) in ("he", "she", "He", "She")
                    ):
                        # '"…," Governor Lena Brandt told a press conference. Inflation
                        # eased to 3.2% in May, she said': the person who spoke before
                        prior = _person_credited_before(text, sents, si)
                    name = resolve_anaphor(text, sents, si, name[1:], prior, s0 + chosen[0])
                elif name == "central bank":
                    # "The Reserve Bank of India cut … The central bank expects …": the bank
                    # named before
                    name = central_bank_named(text, sents, si, s0 + chosen[0]) or name
                if name is not None and name.lower().lstrip("@") in RATE_SETTERS:
                    # "The Federal Reserve held rates … Policymakers' median projection showed
                    # …": the central bank named before, else no one
                    name = central_bank_named(text, sents, si, s0 + chosen[0])
                q.source = name
                q.extra["credited"] = "figure" if chosen[2] == "figure" else "1"
        for q in qlist:
            # (not a figure credited by a participle after it: "not the 2,500 reported by
            # Dagens Industri" credits the newspaper with that figure, while the speaker goes on)
            if q.source is not None and q.extra.get("credited") != "figure":
                last_source[para] = q.source
    _adjacent_sources(text, sents, by_sent, sent_sources)
