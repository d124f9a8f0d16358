"""Word tables for attribution (:mod:`indicators.sources`): unnamed sources, definite
descriptions of organisations, titles and the words that stop a subject."""

from __future__ import annotations

from indicators.words import wordset

UNNAMED = wordset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople source sources
    analyst analysts expert experts people person diplomat diplomats observers insiders
    traders shipbrokers brokers economists agencies documents developers it they
    he she we residents witnesses executives investors lawmakers researchers scientists
    aides someone others critics bankers dealers reporters journalists respondents
    authorities police prosecutors investigators lawyers attorneys negotiators inspectors
    medics doctors activists campaigners opposition rivals
    """
)
#: What "authorities" may be named by, a body named by its function ("maritime
#: authorities", "Danish tax authorities"), unlike "the authorities" or "Russian authorities".
FUNCTION_AUTHORITIES = wordset(
    """
    maritime port tax customs health aviation competition border migration immigration
    energy financial banking monetary food safety environmental nuclear transport railway
    antitrust securities veterinary fisheries prison electoral election regulatory
    """
)


def function_authorities(word: str) -> str | None:
    """The name of authorities that ``word`` names by function ("maritime" -> "maritime
    authorities"), ``None`` for any other word ("the", "Russian", "local")."""
    low = word.lower()
    return f"{low} authorities" if low in FUNCTION_AUTHORITIES else None


ANAPHOR_EXTRA = (
    "department office bureau service institute committee council commission agency authority"
    " authorities"
)
#: Anaphors for a collective of members: "the group" after "Chile and five other XYZ members".
COLLECTIVE = wordset("group alliance bloc coalition cartel organisation organization")
#: A business named by its role: "the developer", "the carmaker" (the firm named before).
BUSINESS = wordset(
    """
    company firm carrier lender miner producer operator airline insurer developer
    manufacturer maker carmaker automaker chipmaker shipbuilder builder retailer utility
    supplier contractor exporter importer refiner shipper owner startup conglomerate
    giant major steelmaker drugmaker planemaker brewer grocer chain trader consultancy
    """
)
ANAPHOR = (
    wordset(
        """
    agency group bank ministry government regulator fund
    """
    )
    | BUSINESS
)
ANAPHOR = ANAPHOR | frozenset(ANAPHOR_EXTRA.split()) | COLLECTIVE
#: A central bank's people: credited as the bank named before them.
RATE_SETTERS = frozenset(("policymakers", "policy-makers", "policy makers", "rate-setters"))
TITLE_WORDS = wordset(
    """
    minister president governor commissioner chairman chairwoman chair chancellor secretary
    director prime defence defense finance foreign economy economic deputy chief executive
    ceo cfo spokesman spokeswoman general admiral ambassador mayor senator representative
    king queen prince premier vice head interior trade energy colonel lieutenant captain
    brigadier commander marshal sergeant councillor councilor cllr alderman councilman
    councilwoman spokesperson professor superintendent inspector sheriff
    """
)
#: A person's role before their name: "chief executive Anna Berg", "plant manager Joe Hart".
PERSON_ROLES = TITLE_WORDS | frozenset(
    ("manager", "officer", "organiser", "organizer", "leader", "founder", "economist")
)
SRC_STOP = wordset(
    """
    that which it they he she we who and but while as because since if when although though
    or so also then meanwhile however this these those there where said says had has have
    not was were is are be been will would did does do never also
    """
)

ADVERBS = frozenset(
    [
        "now",
        "also",
        "still",
        "already",
        "previously",
        "later",
        "recently",
        "separately",
        "earlier",
        "again",
        "further",
        "additionally",
        "meanwhile",
        "currently",
        "initially",
        "subsequently",
        "reportedly",
        # an auxiliary or a reflexive between a subject and its verb: "Fenwick itself has said"
        "has",
        "have",
        "had",
        "itself",
        "themselves",
    ]
)

#: The last word of a public body's name: not what "the company" points back to.
#: What a sentence measures when a capitalised common word opens it: "Gold output", "Wheat
#: exports", "Oil prices" (a measure of a thing, not an actor).
MEASURE_NOUNS = wordset(
    """
    output production exports imports prices price sales demand supply supplies shipments
    reserves stocks inventories revenue revenues inflation consumption deliveries volumes
    yields harvest harvests crop crops futures
    """
)
INSTITUTION_END = wordset(
    """
    army navy forces force ministry government department agency office commission council
    committee parliament court police guard authority administration bank fund union
    board bureau service institute directorate inspectorate
    """
)

#: Last words of a place's name ("the Red Sea coast", "Western Cape province").
GEO_WORDS = wordset(
    """
    region province state states coast basin sea gulf river valley county district oblast
    island islands peninsula territory territories republic kingdom city mountains desert
    strait bay lake ocean
    """
)

#: Lower-case particles inside a person's name: "Ursula von der Leyen", "Jan de Vries",
#: "Lula da Silva".
NAME_PARTICLES = frozenset(("von", "van", "der", "den", "de", "du", "da", "di", "del", "della"))
