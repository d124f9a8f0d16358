"""The cue vocabulary of modality: the words and patterns that mark a figure as a capacity,
a plan or a forecast.

:func:`modality_cue` reads the cue of one figure: the capacity, projected and planned
patterns searched in the text before it (since the previous figure), the "post" patterns
searched just after it, the quick stem tests run before each pattern, and the checks that
a matched word is no cue ("beat forecasts", a plan word inside a name).  The rules that
apply these cues to a sentence's figures live in :mod:`indicators.modality`.
"""

from __future__ import annotations

import re

from indicators.claims import Modality
from indicators.dates import has_odd_case
from indicators.words import WordStartSearch, alternation

__all__ = ["CAPACITY_RE", "modality_cue"]


# Modality cues, searched in the text between the previous quantity and this one.  (The
# case-insensitive ones are written in lower case: see _LOWER_CUES.)
#: Verbs of change, cost or loss: after "could" they forecast ("could cost", "could strip
#: $20bn from revenues"); they state no capacity.
_COULD_CHANGE = (
    "slow|fall|rise|reach|hit|climb|drop|decline|increase|grow|shrink|exceed|top|cost|lose|slip"
    "|ease|widen|narrow|double|triple|halve|surge|jump|plunge|soar|dip|cut|reduce|boost|lift"
    "|raise|lower|shave|wipe|trim|hurt|dent|curb|strip|drain|erase|slash|knock|shed|deprive|sap"
    "|remove|add"
    # (and of use: "data centres could draw as much as 6.6 GW by 2030")
    "|draw|consume|need"
)
#: An adverb between "could" and its verb: "could still shave 0.4 points".
_COULD_ADVERB = r"(?:(?:still|also|eventually|potentially|further|even|yet)\s+)?"
#: Verbs of a measure's own movement: "demand is set to grow" forecasts it (not "is set to
#: cut 500 jobs", an actor's plan).
_SET_TO_MOVE = (
    "reach|hit|rise|fall|top|exceed|grow|climb|decline|slow|shrink|slip|ease|widen|narrow"
    "|surge|jump|plunge|soar|dip|average|total|peak|contract|accelerate|rebound|recover"
)
#: A capacity cue: "capable of", "capacity", "can" … (modality.py reads it outside the cue
#: region too).
CAPACITY_RE = re.compile(
    # (?=[...]): the first letters of the alternatives, a cheap filter (same matches)
    r"\b(?=[acder])(?:capable\s+of|(?<!\bof\s)capacity|can|cannot"
    rf"|could(?!\s+{_COULD_ADVERB}(?:{_COULD_CHANGE}|be|see|face|take|push))|rated\s+at|able\s+to"
    r"|designed\s+to|enough\s+to|can\s+handle)\b",
    re.I,
)
_PROJECTED_RE = re.compile(
    r"\b(?=[acdefghilmoprstw])(?:expects?|expected|expecting|expectations?|forecasts?|forecasted|forecasting"
    r"|projects?(?=\s+(?:that|\w+\s+(?:to|of|at)\b"
    # "the USDA projects wheat output at 790 million tonnes": a figure follows its object
    # (not the noun: "two projects in Kenya at 40 MW each")
    r"|(?!(?:in|across|on|near|with|under|worth|totall?ing|of|for)\b)"
    r"(?:[\w'’-]+\s+){2,3}at\s+(?:$|[$€£¥\d])"
    # (or "of" right before the figure: "the CBO projects net interest costs of $892bn";
    # not the noun's own verb: "its projects generated revenue of", "projects have a cost of")
    # (not the noun after a determiner, "its projects generate revenue of", nor before a
    # verb of its own)
    r"|(?<!\bits\sprojects\s)(?<!\bthe\sprojects\s)(?<!\btheir\sprojects\s)(?<!\bour\sprojects\s)"
    r"(?!(?:in|across|on|near|with|under|worth|totall?ing|of|for|[a-z]+ed|have|has|had|are"
    r"|were|is|was|cost|costs|need|needs|each|will|would|generate|produce|provide|create|employ"
    r"|account|represent|require|include|involve|total)\b)"
    r"(?:[\w'’-]+\s+){2,4}of\s+(?:(?:about|around|some|roughly|nearly)\s+)?$))|projected|projections?|predicts?|predicted|predicting"
    r"|anticipates?|anticipated|estimates?\s+(?:that\s+)?[\w\s'’.-]{0,60}?\b(?:will|would|could|to)\b"
    # a reckoning of what is to come: "economists reckon the fund will add 0.5 points", "the
    # IEA reckons a cold January could take another 6 bcm out" (not of what was: "reckon
    # the group lost $2bn")
    r"|reckon(?:s|ed)?\s+(?:that\s+)?[\w\s'’.-]{0,60}?\b(?:will|would|could|may|might)\b"
    # a forecast revised by an amount: "cut its soybean estimate by 1.1 million tonnes"
    r"|(?:raised|cut|lowered|lifted|trimmed|increased|reduced|revised|raising|cutting|lowering"
    r"|lifting|trimming|increasing|reducing|revising)\s+(?:its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:estimate|forecast|projection|outlook)s?\s+(?:(?:for|of)\s+"
    # (or to a new level: "trimmed its estimate for the 2023/24 harvest to 50 million")
    r"[\w\s'’/.-]{0,60}?)?(?:(?:up\s+|down\s+)?by|to(?=\s+(?:a\s+record\s+|an?\s+)?$))"
    # an estimate put on a measure: "Safras estimated Brazil's harvest at 62.4 million bags"
    r"|estimated\s+(?:[\w'’-]+\s+){1,4}?at(?=\s+$)"
    # the eventual size of something still unfolding: "puts the final bill at"
    r"|(?:estimates?|puts?)\s+(?:the|its|their)\s+(?:final|eventual|ultimate|full)\s+[\w\s'’-]{0,30}?\bat"
    # or a measure of a year not over: "put this year's soft wheat crop at 33.4 million"
    r"|put(?:s|ting)?\s+(?:this|next)\s+year['’]s\s+(?:[\w'’-]+\s+){1,4}?at"
    r"(?=\s+(?:(?:about|around|some|roughly|nearly)\s+)?$)"
    # or a cost with no past event named: "Holm put the cost at 95 billion crowns", "the
    # watchdog now puts the total at £13.6bn" (not "put the cost of the floods at")
    r"|put(?:s|ting)?\s+(?:the|its|their)\s+(?:total\s+|overall\s+|full\s+)?(?:cost|bill"
    r"|price\s+tag|total)\s+at(?=\s+(?:(?:about|around|some|roughly|nearly)\s+)?$)"
    # an analyst's price target, a company's guidance: "raise our price target to $148",
    # "management guided for revenue growth of 18–20%"
    r"|price\s+targets?|guided|guides\s+for"
    r"|sees?\s|(?:is|are)\s+(?:now\s+|still\s+|also\s+)?seen"
    # (in the past, only of a level or a movement: "growth was seen at 1.2%", not "4,780
    # people were seen sleeping rough")
    r"|(?:was|were)\s+(?:now\s+|still\s+|also\s+)?seen(?=\s+(?:at|as|around|near|rising|falling"
    r"|growing|slowing|easing|reaching|hitting|climbing|dropping|declining|increasing|averaging"
    r"|contracting|expanding|accelerating|peaking|topping|exceeding|remaining|staying)\b)"
    r"|outlook"
    # (in reported speech: "the bank saw inflation at 4.1% in December")
    r"|saw\s+(?:[\w'’-]+\s+){1,3}at(?=\s+$)"
    rf"|could\s+{_COULD_ADVERB}(?:{_COULD_CHANGE})"
    r"|stands?\s+to\s+(?:lose|gain|make|earn|receive)"
    r"|(?:should|may|might)\s+(?:reach|hit|rise|fall|climb|grow|top|exceed|decline"
    r"|drop|increase|decrease|slow|widen|narrow|total|average|be\s+around"
    # ("inflation should ease to 2.2% next year": a forecast, as "would ease" is)
    r"|ease|shrink|contract|expand|accelerate|rebound|recover|moderate|slip|dip|soften"
    r"|stabili[sz]e|improve|deteriorate|weaken|strengthen|peak|remain|stay|edge\s+(?:up|down"
    r"|higher|lower)|pick\s+up)"
    rf"|on\s+(?:track|course)\s+(?:to|for)|likely\s+to|(?:set|poised)\s+to\s+(?:{_SET_TO_MOVE})\b"
    # (or a state judged likely: "it said famine was likely in 13 other areas")
    r"|(?:is|are|was|were)\s+(?:more\s+|most\s+)?likely(?!\s+to\s+have)"
    r"|guidance"
    # a modal before a verb of movement or cost is a forecast of something the speaker does
    # not control ("growth would slow", "the change will cost"), not a plan
    r"|(?:will|would)\s+(?:still\s+|also\s+|only\s+|likely\s+|probably\s+|eventually\s+)?"
    r"(?:slow|grow|rise|fall|shrink|contract|expand|accelerate|ease|decline"
    # ("will require" is a plan's: "will require export licences", "a deficit that will
    # require $45bn in financing"; "will need" forecasts a use: "data centres will need 65 GW")
    r"|climb|drop|average|peak|cost|need|reach|affect|be\s+affected|hit|pick\s+up|tick\s+(?:up|down)"
    # ("the harvest will total 55 million bags", "the crop will come in at 54.8 million")
    r"|total|come\s+in\s+at|amount\s+to"
    # (a share foretold: "online sales would make up 50% of the total")
    r"|make\s+up|represent"
    r"|edge\s+(?:up|down|higher|lower)|rebound|recover|moderate|slip|dip|soften|stabili[sz]e"
    r"|narrow|widen|improve|deteriorate|weaken|strengthen|absorb|consume|account\s+for)"
    # the effect a move or a claim would have: "says the union's claim would add £310m a
    # year to the wage bill", "critics said the move would add about 0.3 million tonnes" (not
    # a plan's own act: "the bill would set aside $5bn", "a new deal will raise deliveries")
    r"|(?:move|claim|demand|strike|sanctions|closure|changes?|measures?|cuts?|rises?|increases?"
    r"|hikes?|implementation)\s+would\s+(?:also\s+|only\s+|still\s+)?(?:add|cut|reduce|limit"
    r"|raise|lift|boost|save|lower|increase|push|shave|wipe|trim|knock|take|bring)\b"
    # a cost foretold: "the extra cost would be roughly 60 billion crowns a year"
    r"|costs?\s+(?:would|will)\s+(?:still\s+|also\s+)?be)\b",
    re.I,
)
#: What people seek for themselves, not an actor's plan: "1.1 million people sought asylum".
_NOT_SOUGHT = (
    r"(?!\s+(?:asylum|refuge|protection|shelter|safety|sanctuary|work|jobs?|employment"
    r"|treatment)\b)"
)
#: Verbs whose object "targets" are things aimed at, not a plan: "11 hit targets in five
#: regions", "missed targets".
_STRUCK_TARGETS = (
    "hit", "hits", "struck", "strike", "strikes", "missed", "miss", "misses", "met",
    "meet", "meets", "beat", "beats", "reached", "exceeded", "engaged", "destroyed",
)  # fmt: skip
#: (look-behinds after "target", read only where it is found)
_NOT_STRUCK = "".join(rf"(?<!\b{verb}\starget)" for verb in _STRUCK_TARGETS)
_PLANNED_RE = re.compile(
    r"\b(?=[abcdefghimnopqrstvw])(?:plans?|planned|planning|intends?|intended|intention|will|would|shall|should"
    rf"|(?:is|are)\s+set\s+to(?!\s+(?:{_SET_TO_MOVE})\b)|target(?<!price\starget){_NOT_STRUCK}s?(?!\s+range)|targeted|targeting|aims?|aimed"
    r"|aiming|goal"
    # an amount set down in a plan: "The coalition has pencilled in €51bn", "offshore wind is
    # pencilled in at 6-17 GW" (not what forecasters had: "the €5.4bn analysts had pencilled
    # in", read after its figure)
    r"|pencill?ed\s+in"
    # a drive named as a noun: "part of a push to produce 100,000 rounds a month"
    # (its verb right before the figure: not "In a bid to cut costs, the firm shut 12 plants")
    r"|(?:push|drive|effort|bid|campaign)\s+to\s+(?!(?:date|the|a|an)\b)[a-z]+"
    r"(?=\s+(?:(?:about|around|some|up\s+to|at\s+least|more\s+than|an?)\s+)?$)"
    # what is required: "against a monthly requirement of 62,000 tonnes"
    r"|requirements?\s+of(?=\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$)"
    r"|budgets?(?!-|\s+(?:deficit|surplus|gap|shortfall|support|revenue|receipts|income|transfers))|budgeted|pledges?|pledged|promises?"
    r"|promised|proposes?|proposed|proposal|wants?|wanted|hop(?:es?|ed|ing)\s+to"
    # what a measure is for ("the programme is meant to save €600m a year"), and a right to
    # buy more ("has ordered 40 jets, with options for 20 more")
    r"|(?:is|are)\s+meant\s+to|with\s+(?:an?\s+)?options?\s+(?:for|on)"
    # (people seeking asylum or work are counted, not planned)
    rf"|(?:seeks?|seeking|sought){_NOT_SOUGHT}"
    # a deal still being made: "is negotiating a separate order for four more"
    r"|negotiating|negotiates"
    # a purchase put out to tender: "opened a tender for up to 40 systems", "invited bids for"
    r"|tender\s+for|(?:invit(?:ed|es|ing)|call(?:ed|s|ing)?\s+for)\s+bids"
    # money asked for: "needs $50m", "appealed for $30m", "appealed on Monday for" (any
    # word of two letters or more: a pattern compiled with re.I has no case); an order
    # being prepared
    r"|(?<!will\s)(?<!would\s)(?:needs?|needed)|appeal(?:s|ed|ing)?\s+(?:on\s+[a-z]{2,}\s+)?for|prepar(?:es|ing)\s+(?:to|an?\s+(?:order|bid|offer|purchase))|agreed\s+(?:\w+\s+){0,4}?to"
    # (not a deal made: "agreed to pay $2.1m to settle", "agreed to buy Velstra for …")
    # (nor a loan agreed: "G7 leaders agreed to lend Ukraine $50 billion", as approved)
    r"(?!\s+(?:pay|buy|acquire|purchase|sell|settle|take\s+over|merge|lend)\b)"
    r"|agreed\s+that|approved\s+(?:the\s+|an?\s+)?(?:possible\s+|proposed\s+)?(?:foreign\s+military\s+)?"
    r"(?:sales?|purchases?|procurement"
    r"|acquisition|orders?)"
    # an order or a deal about to be made: "close to ordering four more submarines"
    r"|close\s+to\s+(?:ordering|buying|signing|agreeing|finali[sz]ing|placing|sealing|securing"
    # (money allocated already is done: "have allocated €72bn since 2022"; writers split
    # on "has set aside", which stays a plan)
    # ("The farm bill sets aside $1.47 trillion over the next decade")
    r"|awarding|approving)|(?:set|sets|setting)\s+aside|to\s+be\s+(?:delivered|built"
    r"|spent|disbursed)|earmarked|(?<!has\s)(?<!have\s)(?<!had\s)allocated|allocates?"
    r"|commits?\s+to|committed\s+to"
    # money promised, named as the measure: "New military aid commitments to Ukraine fell to
    # €2.1bn", "bringing its commitments since 2022 to"
    r"|commitments"
    # "demands $5bn", not the noun ("oil demand growth", "demand for", "demand rose")
    r"|demand(?:s|ed)?(?!\s+(?:growth|for|of|outlook|in|at|is|was|are|were|will|would|has|had"
    r"|rose|fell|grew|slowed|eased|to\s+(?:rise|fall|grow|reach)|growing|rising|falling|slowing"
    # (the noun before a participle: "with demand reaching €5.1bn", "demand totalling")
    r"|reaching|totall?ing|topping|exceeding|hitting|running|outstripping"
    r"|easing|could|may|might|should|from|by|and"
    # (the noun before its past verb: "Electricity demand peaked at 26,400 megawatts")
    r"|[a-z]+ed|hit|stood|held|sank|slid|swung|shrank|set)\b)"
    # requests, norms, ceilings and quotas are levels set, not reached
    r"|requests?|requested|requesting|norms?|ceilings?|quotas?"
    # what is asked for, weighed, voted or offered ("has asked for 10 more Patriot systems",
    # "is considering cutting up to 2,000 jobs", "voted to raise spending to 3.5%", "was ready
    # to supply up to 2 million tonnes")
    r"|ask(?:s|ed|ing)?\s+for|consider(?:s|ed|ing)?\s+[a-z]+ing"
    # (a demand, not what a forecast "had called for": "economists polled by Reuters had
    # called for a 3.4% rise")
    r"|(?<!had\s)(?<!forecast\s)(?<!forecasts\s)(?<!consensus\s)(?<!guidance\s)(?<!outlook\s)"
    r"call(?:s|ed|ing)?\s+for"
    # (with its tally: "voted 9-4 to raise parking fees")
    # (not a level kept: "voted 7-2 to hold Bank Rate at 4%" is the rate now)
    r"|voted\s+(?:\d+\s?[-–]\s?\d+\s+|unanimously\s+)?to(?!\s+(?:hold|keep|leave|maintain)\b)"
    # a vote or a demand for a change of a size: "two members voted for a cut of a quarter
    # of a point", "its demand for a 14% rise"
    r"|voted\s+for|demands?\s+for\s+an?(?=\s+$)"
    r"|(?:ready|willing)\s+to"
    # (not a ship's draft: "draft restrictions cut transits to 24 a day")
    r"|draft(?!\s+(?:restrictions?|limits?|levels?|depths?|of)\b)|foresees?|envisages?|is\s+to|are\s+to|going\s+to"
    # an obligation set by a rule: "member states must fill their sites to 90%"
    r"|must|(?:is|are)\s+(?:required|obliged)\s+to"
    # a scheduled step ("is due to raise output"), not a cause ("due to lower prices")
    r"|(?:is|are)\s+due\s+to\s+(?!(?:the|a|an|its|their|lower|higher|weak|weaker|strong"
    r"|stronger|rising|falling)\b)[a-z]+"
    # an offer or a demand on the table: "a pay rise of 6.5%", "the latest offer of 3%"
    # ("an offer that included a 25% pay rise", "a pay offer worth 1% a year")
    r"|demanding|offers?(?=\s+of\b)|offer(?=,?\s+(?:worth|including|(?:that|which)\s+include[sd])\b)|(?<!are\s)(?<!were\s)(?<!is\s)(?<!was\s)(?<!been\s)offered"
    # a ceiling set: "borrowing is capped at €39bn"
    r"|capped\s+at|caps?\s+(?:\w+\s+){0,2}at"
    # a buyback announced or authorised: "announced a share buyback of up to €500m"
    r"|buy-?backs?\s+(?:programme\s+|program\s+|plan\s+)?(?:of|worth|at"
    # (or its new size: "lifted its share buyback to $3.5bn for the next three months")
    r"|to(?=\s+(?:about\s+|up\s+to\s+|as\s+much\s+as\s+)?$)))\b",
    re.I,
)
_POST_PLANNED_RE = re.compile(
    # (not after have/has/had: "15 countries have pledged money" counts the pledgers)
    r"^\s+(?:[a-z-]+\s+)?(?:budget|appeal|pledge|request|bid|proposal|buyback|buy-back)\b(?!-)"
    # money promised, not paid: "had secured $5.5bn in initial commitments", "$2bn in pledges"
    r"|^\s+in\s+(?:[a-z-]+\s+)?(?:commitments|pledges)\b"
    # a part scheduled for later: "…, with the first 12 due in 2027"
    r"|^\s+due\s+(?:in|by|on|before|next|this|later)\b"
    # a target named after the figure: "its 838 million tonne target", "a 2% inflation goal"
    # (not an analyst's price target, a forecast)
    # (or past "of GDP": "the alliance's 2% of GDP guideline")
    rf"|^\s+(?!price\s)(?!(?:{'|'.join(_STRUCK_TARGETS)})\s)(?:of\s+gdp\s+)?(?:[a-z-]+\s+)?"
    r"(?:target|goal|quota|guideline)s?\b(?!-)"
    # a measure that takes effect later: "a 20% tariff … takes effect on 1 August"
    r"|^[^,;.]{0,50}?\b(?:takes?\s+effect|comes?\s+into\s+force|will\s+apply|enters?\s+into\s+force)\b"
    # or from a day named after it: "…, effective May 1", "…, effective from 1 July"
    r"|^[^;.]{0,50}?,\s+effective\s+(?:from\s+)?(?:\d|[A-Z][a-z]+\s+\d|next\b|this\b)"
    # (not an adjective of the whole: "61% of the allocated funds had been disbursed")
    r"|^[^,;.]{0,40}?\b(?<!have\s)(?<!has\s)(?<!had\s)(?<!the\s)(?<!its\s)(?<!their\s)"
    r"(?:planned|budgeted|pledged|promised"
    rf"|sought{_NOT_SOUGHT}|needs|needed|(?<=\bit\s)requires|targeted|earmarked|allocated|requested|will\s+be"
    r"|is\s+to\s+be"
    # an obligation on the figure: "the 90% that member states must reach", "the 90%
    # required by EU rules"
    r"|must|required\s+(?:by|under)\b"
    rf"|are\s+to\s+be|(?:is|are)\s+seeking{_NOT_SOUGHT}|seeks{_NOT_SOUGHT}|set\s+aside"
    r"|(?:is|are)\s+due\s+to\s+be"
    # a delivery or payment scheduled: "the first six guns are due in December"
    r"|(?:is|are)\s+due\s+(?:in|by|on|before|next|this|later)\b"
    # money still to be used: "a €500bn infrastructure fund to be spent over 12 years"
    r"|to\s+be\s+(?:spent|disbursed|invested|paid\s+out|allocated|raised)"
    # a demand named after the figure: "far short of the 9% it is demanding"
    r"|demanded|(?:is|are|was|were)\s+(?:demanding|asking\s+for)"
    r"|(?:is|are)\s+being\s+(?:prepared|negotiated|planned|drawn\s+up|discussed))\b"
    # the object of an actor's aim, in a clause after it: "the $25bn in sponsor capital it
    # aims to raise" (not "… and it plans to")
    r"|^(?:(?!\b(?:and|but)\b)[^,;.]){0,40}?\b(?:it|they|he|she|we)\s+(?:aims|plans|hopes|intends"
    r"|wants)\s+to\b"
    # the counted subject of a modal verb that is not a movement: "4,000 staff at the plant
    # will leave" (not "… and that it will cut")
    r"|^(?:\s+(?!(?:and|that|it|they|he|she|but|which|who|while)\b)[\w'’-]+){0,5}?\s+will\s+"
    r"(?!(?:rise|fall|grow|slow|shrink|climb|drop|decline|increase|ease|average|peak|cost|reach"
    r"|hit|top|exceed|double)\b)[a-z]+\b"
    # (or "would" right after the figure's noun, in reported speech: "about 60% of the money
    # would go", "5,000 homes would be built"; not "55-60 a year the order would take")
    r"|^(?:\s+of\s+(?:the|its|their|this|that)\s+[\w'’-]+|\s+(?:more|additional|further|others?)"
    # (or past a rate: "the extra outlay of roughly €400m a year would be covered by new taxes")
    r"|\s+(?:a|per|each)\s+(?:year|month|week|day))?"
    r"\s+would(?!\s+have\b)\s+"
    r"(?!(?:rise|fall|grow|slow|shrink|climb|drop|decline|increase|ease|average|peak|cost|reach"
    r"|hit|top|exceed|double)\b)[a-z]+\b",
    re.I,
)
_POST_PROJECTED_RE = re.compile(
    # (not across "and": "grew 7% during 2024 and are expected to rise 4% in 2025")
    # (or in reported speech: "that a further 5,000 were expected to arrive monthly")
    r"^(?:(?!\sand\s)[^,;.]){0,40}?\b(?:(?:is|are|was|were)\s+(?:expected|forecast|projected|estimated)\s+to"
    # (or for a period: "growth of 2% is forecast for this year")
    r"|(?:is|are)\s+(?:expected|forecast|projected)\s+(?:for|in)(?=\s+(?:this|next|the|(?:19|20)\d\d)\b)"
    # (or judged likely: "growth of 0.9% was more likely")
    r"|(?:is|are|was|were)\s+(?:more\s+|most\s+)?likely(?!\s+to\s+have))\b"
    # the counted subject of an effect to come: "about forty companies would be affected",
    # "4.3 million people will need food aid"
    r"|^(?:\s+[\w'’-]+){0,3}?\s+(?:will|would)\s+(?:be\s+affected|need)\b"
    # the counted subject of a loss that may come: "up to 80 jobs could go at the plant",
    # "5,000 homes may be lost" (not what a plant could make: a capacity)
    r"|^(?:\s+(?!(?:and|that|it|they|he|she|but|which|who|while)\b)[\w'’-]+){0,4}?\s+(?:could"
    # (or people's movement foretold: "up to 1.2 million could return home")
    r"|may|might)\s+(?:still\s+|also\s+|eventually\s+|soon\s+)?(?:go|disappear|vanish|close"
    r"|return"
    r"|lose|die|flee|be\s+(?:lost|cut|axed|shed|affected|displaced|killed|forced|made\s+redundant"
    r"|evacuated|left|hit))\b",
    re.I,
)

# Quick tests run on the lower-cased text before each case-insensitive cue pattern: every
# match of the pattern, lower-cased, holds a match of one of its stems (a word, or the
# alternative itself without its context checks: "price cap of" or "the plant" pass no
# stem test, where "cap" and "plan" let the whole pattern run).  A stem may use \b, \s
# and \w: str.lower() keeps each character's word and space class (checked for every code
# point but U+0130, one of the characters after which every pattern is run).  Each stem
# opens a word of the match (it follows \b or \s in its pattern), so the tests look for
# stems at word starts only, which skips most positions on one test.  Each stem opens with
# a letter, not a group ("is\s+…", "are\s+…", not "(?:is|are)\s+…"): the engine passes over
# an alternative whose first letter differs in one test, but enters a group at every word.
_CAPACITY_STEM_WORDS = [
    r"capable\s+of", "capacity", "can", "could", r"rated\s+at", r"able\s+to",
    r"designed\s+to", r"enough\s+to",
]  # fmt: skip
_PROJECTED_STEM_WORDS = [
    "expect", "forecast", "project", "predict", "anticipat", "estimate", "reckon",
    r"puts?\s+(?:the|its|their)\s+(?:final|eventual|ultimate|full)\s", r"price\s+target",
    r"put(?:s|ting)?\s+(?:this|next|the|its|their)\s",
    "guid", r"sees?\s", "seen", "outlook", r"could\s", r"stands?\s+to\s", r"should\s",
    r"may\s", r"might\s", r"track\s+(?:to|for)", r"course\s+(?:to|for)", r"poised\s+to\s", r"likely\s+to", r"set\s+to\s", r"will\s",
    r"is\s+(?:more\s+|most\s+)?likely", r"are\s+(?:more\s+|most\s+)?likely",
    r"was\s+(?:more\s+|most\s+)?likely", r"were\s+(?:more\s+|most\s+)?likely",
    r"would\s", r"saw\s",
]  # fmt: skip
_PLANNED_STEM_WORDS = [
    r"plan(?:s?\b|ned|ning)", "inten", "will", "would", "shall", "should", r"set\s+to",
    "target", "aim", "goal", "budget", "pledge", "promis", "propos", "want", "seek",
    "sought", r"hop(?:es?|ed|ing)\s+to", r"is\s+meant", r"are\s+meant", r"with\s+(?:an?\s+)?options?\s",
    "negotiat", r"tender\s+for", "bids", "need", "appeal",
    r"push\s+to\s", r"drive\s+to\s", r"effort\s+to\s", r"bid\s+to\s", r"campaign\s+to\s",
    r"requirements?\s+of", "pencil",
    "prepar", r"agreed\s",
    r"approved\s+(?:the\s+|an?\s+)?(?:possible\s+|proposed\s+)?"
    r"(?:foreign\s+military\s+)?(?:sale|purchase|procurement|acquisition|order)",
    r"close\s+to\s", r"set\s+aside", r"sets\s+aside", r"setting\s+aside", r"to\s+be\s", "earmarked", "allocat", "commit",
    "demand", "request", r"norms?\b", "ceiling", "quota", "draft", "foresee", "envisage",
    r"is\s+to", r"are\s+to", r"going\s+to", "must", r"required\s+to", r"obliged\s+to",
    r"due\s+to\s", r"offers?\s+of\b", r"offer,?\s+(?:worth|including|that|which)\s", "offered", r"capped\s+at", r"buy-?backs?\s",
    r"caps?\s+(?:\w+\s+){0,2}at", r"ask(?:s|ed|ing)?\s+for", "consider", "voted", r"call\w*\s+for",
    r"ready\s+to", r"willing\s+to",
]  # fmt: skip
_POST_PLANNED_STEM_WORDS = [
    "appeal", "pledge", "request", "bid", "proposal", "commitments", "effect", "force", "apply", "budget",
    "target", "goal", "quota", "guideline", "effective", r"to\s+be\s",
    "planned", "budgeted", "pledged", "promised", "sought", "need", "targeted", "earmarked",
    "allocated", "will", "would", r"is\s+to", r"are\s+to", "seek", "being", r"set\s+aside",
    "due", "must", "required", "requires", "requested", "buyback", "buy-back", "demand", r"is\s+ask",
    r"are\s+ask", r"was\s+ask", r"were\s+ask", "aims", "plans", "hopes", "intends", "wants",
]  # fmt: skip
_POST_PROJECTED_STEM_WORDS = [
    r"is\s+(?:expected|forecast|projected|estimated)\s+(?:to|for|in)",
    r"are\s+(?:expected|forecast|projected|estimated)\s+(?:to|for|in)",
    r"was\s+(?:expected|forecast|projected|estimated)\s+to",
    r"were\s+(?:expected|forecast|projected|estimated)\s+to",
    "could",
    r"is\s+(?:more\s+|most\s+)?likely",
    r"are\s+(?:more\s+|most\s+)?likely",
    r"was\s+(?:more\s+|most\s+)?likely",
    r"were\s+(?:more\s+|most\s+)?likely",
    "may",
    "might",
    r"will\s+be\s+affected",
    r"would\s+be\s+affected",
    r"will\s+need",
    r"would\s+need",
]


def _stems(*words: list[str]) -> WordStartSearch:
    """A quick test for "does any of these stems open a word", grouped by first character
    (see :func:`alternation`; each stem opens with a letter)."""
    return WordStartSearch(alternation([w for group in words for w in group]))


_CAPACITY_STEMS = _stems(_CAPACITY_STEM_WORDS)
_PROJECTED_STEMS = _stems(_PROJECTED_STEM_WORDS)
_PLANNED_STEMS = _stems(_PLANNED_STEM_WORDS)
_POST_PLANNED_STEMS = _stems(_POST_PLANNED_STEM_WORDS)
_POST_PROJECTED_STEMS = _stems(_POST_PROJECTED_STEM_WORDS)
#: Any stem of the three region patterns, or of the two patterns after a figure: most texts
#: hold none, and one scan for all of them costs half of what three separate scans cost.
_REGION_STEMS = _stems(_CAPACITY_STEM_WORDS, _PROJECTED_STEM_WORDS, _PLANNED_STEM_WORDS)
_POST_STEMS = _stems(_POST_PLANNED_STEM_WORDS, _POST_PROJECTED_STEM_WORDS)
#: What an actor sets (spending, taxes, fares): "defence spending will rise to" is a plan.
_PLAN_SUBJECT_RE = re.compile(
    r"\b(?:spending|expenditures?|outlays|allocations?|investment|funding|taxe?s?|tariffs?"
    r"|quotas?|fares?|wages?|pay|salaries|fees?|levy|levies|surcharges?|duty|duties"
    r"|(?:price\s+)?caps?"
    # (what an actor puts together: "the aid package will total $5 billion")
    r"|packages?|aid|programmes?|programs?|stimulus|budgets?|grants?|loans?"
    # (what an authority pays out: "the state pension will rise by 4.8%", "the payment would
    # rise to €500"; not what a debtor pays: "interest payments will rise")
    r"|pensions?|benefits?|stipends?|allowances?|(?<!interest\s)(?<!debt\s)(?<!mortgage\s)payments?)"
    # ("tariffs on Chinese solar cells will rise", "tuition fees in England will rise")
    r"(?:\s+(?:on|for|of|in)\s+(?:[\w-]+\s+){1,4}?)?\s*(?:will|would|shall)\s+(?!cost)",
    re.I,
)
#: A comparison with what a named forecaster expected: "more than the OBR had forecast".
_THAN_NAMED_RE = re.compile(
    r"\bthan\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+(?:(?:of|for|and)\s+)?){1,6}(?:had\s+|has\s+)?$"
)
_NOT_A_CUE_RE = re.compile(
    r"\b(?:beat(?:ing|s)?|above|below|than|miss(?:ed|ing|es)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?"
    r"|(?:beat\w*|above|below|than|miss\w*|exceed\w*|top\w*|of|with)\s+analysts['’]?|consensus|market"
    r"|earlier|previous|original(?:ly)?"
    # (what a forecast "called for" is forecast: "its guidance, which had called for")
    r"|(?:guidance|forecasts?|outlook|projections?|estimates?),?\s+(?:which|that)\s+(?:had|has)?)"
    r"\s+$",
    re.I,
)


#: The region's cue patterns (capacity, projected, planned, not a cue), and the same
#: compiled without re.IGNORECASE to read the lower-cased region, 2-2.5 times faster: the
#: engine skips an alternative on its first letter only when that is a case-sensitive
#: literal.  They match alike unless the text holds an odd-case letter (has_odd_case):
#: str.lower() keeps each other character's word, space and digit class and length, and
#: maps to an ASCII letter only that letter in either case, which is all re.IGNORECASE
#: equates with it.
_CASELESS_CUES = (CAPACITY_RE, _PROJECTED_RE, _PLANNED_RE, _NOT_A_CUE_RE)
#: A preposition opening a modifier, right before an adjective: "waiting for ", "of the ".
_IN_MODIFIER_BEFORE_RE = re.compile(r"\b(?:for|of|in|on|into|after|before|with)\s+(?:the\s+)?$")
#: A noun after an adjective ("planned hospital"), not a verb's infinitive ("planned to").
_NOUN_AFTER_RE = re.compile(r"\s+(?!to\b)[a-z]")
#: A capitalised word right before a capitalised plan word, both of one name: "Joint
#: Response ", "Controller of ".
_NAME_WORD_BEFORE_RE = re.compile(r"\b[A-Z][\w'’.&-]*\s+(?:(?:of|for|and)\s+)?$")
#: A lower-case word of prose (a headline in title case has none).
_LOWER_WORD_RE = re.compile(r"\b[a-z]{4,}\b")
#: Money paid into a budget, right before the word: "revenues to Russia's federal budget".
_INTO_BUDGET_RE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_LOWER_CUES = tuple(re.compile(rx.pattern) for rx in _CASELESS_CUES)


def modality_cue(region: str, post: str) -> Modality | None:
    """The modality cued in ``region`` (the text before a figure since the previous one)
    or, failing that, in ``post`` (the text just after it); ``None`` when none is."""
    # Quick tests before each case-insensitive cue pattern (slow to scan): its stems occur
    # in the lower-cased text, or the text holds a character re.IGNORECASE equates with
    # "i" or "s" that str.lower() does not map to it (then every pattern is run).
    odd = has_odd_case(region)
    low = region.lower()
    if odd or _REGION_STEMS.search(low) is not None:
        cue = _region_cue(region, low, odd)
        if cue is not None:
            return cue
    odd = has_odd_case(post)
    low = post.lower()
    if not odd and not _POST_STEMS.search(low):
        return None
    if (odd or _POST_PROJECTED_STEMS.search(low)) and _POST_PROJECTED_RE.search(post):
        return "projected"
    if (odd or _POST_PLANNED_STEMS.search(low)) and _POST_PLANNED_RE.search(post):
        return "planned"
    return None


def _region_cue(region: str, low: str, odd: bool) -> Modality | None:
    """The modality cued in ``region`` (``low`` is its lower-cased copy, ``odd`` whether
    it holds an odd-case letter), ``None`` when none is."""
    text, (capacity_re, projected_re, planned_re, not_a_cue_re) = (
        (region, _CASELESS_CUES) if odd else (low, _LOWER_CUES)
    )
    if (odd or _CAPACITY_STEMS.search(low)) and capacity_re.search(text):
        return "capacity"
    best: tuple[int, int, Modality] | None = None
    best_modal = False
    projected_seen = plan_seen = False
    for rx, stems, mod, pri in (
        (projected_re, _PROJECTED_STEMS, "projected", 1),
        (planned_re, _PLANNED_STEMS, "planned", 0),
    ):
        if not odd and not stems.search(low):
            continue
        for m in rx.finditer(text):
            start = m.start()
            if not_a_cue_re.search(text, max(0, start - 24), start) or (
                region.find("than", max(0, start - 80), start) >= 0
                and _THAN_NAMED_RE.search(region, max(0, start - 80), start)
            ):
                continue  # "beat forecasts", "above expectations", "than planned", "£2.3bn
                # more than the Office for Budget Responsibility had forecast"
            cue = m.group(0).lower()
            if (
                pri == 0
                and region[start].isupper()
                and _NAME_WORD_BEFORE_RE.search(region, max(0, start - 40), start)
                and _LOWER_WORD_RE.search(region)
                and not region.startswith(" to ", m.end())
            ):
                continue  # "The Joint Response Plan for the Rohingya has received", "The
                # Controller of Budget said …": a plan word inside a name is no plan (not a
                # named plan's aim, "signed the Global Methane Pledge to cut emissions by 30%",
                # nor a headline set in title case, "Acme Plans To Cut 500 Jobs")
            if cue.startswith("budget") and _INTO_BUDGET_RE.search(text, max(0, start - 30), start):
                continue  # "revenues to the federal budget fell 26%": money paid into it
            if (
                cue == "planned"
                and _IN_MODIFIER_BEFORE_RE.search(text, max(0, start - 16), start)
                and _NOUN_AFTER_RE.match(text, m.end())
            ):
                continue  # "people waiting for planned hospital treatment fell to": a kind
                # of treatment in a modifier of the figure's noun, no plan of the figure
            # ("set to rise" reads like "will rise": a plan when a plan moves)
            modal = cue.startswith(("will", "would", "shall", "set", "poised"))
            projected_seen = projected_seen or (pri == 1 and not modal)
            # (a cue word inside a name, "Office for Budget Responsibility", is no plan)
            plan_seen = plan_seen or (pri == 0 and not modal and region[start].islower())
            key = (m.end(), pri)
            if best is None or key > (best[0], best[1]):
                best = (m.end(), pri, mod)  # type: ignore[assignment]
                best_modal = modal
    if best is None:
        return None
    if best_modal and best[2] == "planned" and projected_seen:
        return "projected"  # "X forecast that borrowing would …": the modal of a forecast
    if best_modal and best[2] == "projected" and (plan_seen or _PLAN_SUBJECT_RE.search(region)):
        return "planned"  # "the budget will rise to …": the movement of a plan
    return best[2]
