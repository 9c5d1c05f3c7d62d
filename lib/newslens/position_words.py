"""The vocabularies of policy positions: the stance lexicons (``data/stance_lexicon.csv`` for
verbs, ``data/stance_nouns.csv`` for nouns), demonyms, judging words, and the word sets the
patterns of ``positions`` read sentences with."""
from __future__ import annotations

import csv
from functools import lru_cache

from . import config
from .cues import NAMING_VERBS
from .gazetteer import default_gazetteer
from .source_words import INDEPENDENT_ROLES


STANCES = ("support", "oppose", "threaten", "concede", "negotiate")


#: The stance lexicon's particle for a verb whose object is an agreement of any name ("scrap,
#: *agreement": "scrapped the pact", "terminate the accord").
AGREEMENT_OBJECT = "*agreement"


STOP_VERBS = {"stop", "cease", "drop", "forgo", "forego", "cancel", "abandon", "scrap", "halt", "reverse", "end", "quit",
              "withdraw", "abort", "suspend", "leave", "reconsider", "curb", "cut", "reduce", "lift", "avoid",
              "avert", "prevent", "forestall"}


ADOPT_VERBS = {"buy", "sign", "join", "purchase", "accept", "ratify", "conclude", "back", "support", "continue"}


#: Verbs of carrying on (or trying) that pass the stance to the verb they govern: "ready to keep
#: observing the limits" is observing them, "would work to revive the deal" reviving it.
CARRY_ON_VERBS = {"keep", "continue", "begin", "start", "resume", "remain", "try", "seek", "work", "strive"}


#: Actions of verbs that commit their subject to the infinitive they govern ("agreed to revive
#: the agreement", "refused to sign the deal"): the stance is that of the infinitive.
COMMIT_ACTIONS = {"AGREE", "REFUSE"}


#: Entity types that are when, not what: never a target ("imposed sanctions on Tuesday").
NOT_TARGETS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT"}


#: Doing these to something is acting against it ("decided to expel the ambassador").
HOSTILE_VERBS = {"expel", "attack", "strike", "retaliate", "destroy", "defeat", "bomb", "invade", "annex", "ban",
                 "restrict", "limit", "close", "freeze", "seize", "arrest", "deport", "counter", "confront", "fight",
                 "target", "dismantle", "scrap", "tear", "shut", "downgrade", "sever", "cancel"}


#: Nouns of a harm done to someone: the stance is on the harm, not on those it is done to.
HARM_NOUNS = {"displacement", "occupation", "annexation", "invasion", "blockade", "killing", "bombing",
              "persecution", "expulsion", "detention", "arrest", "harassment", "starvation", "shelling", "deportation",
              "oppression", "repression", "mistreatment", "suppression", "genocide", "massacre", "seizure",
              "confiscation", "listing", "blacklisting", "designation"}


#: Nouns of something done to a place or a people that is no harm, on which the stance is, not
#: on them ("committed to the complete denuclearization of the Korean Peninsula", "demanded the
#: return of Ukrainian children").
DONE_TO_NOUNS = {"denuclearization", "denuclearisation", "demilitarization", "demilitarisation", "reunification",
                 "unification", "reconstruction", "stabilization", "stabilisation", "return", "repatriation",
                 "release", "evacuation"}


#: People who speak for themselves, not for their country's government ("Chinese experts",
#: "Indian analysts", "Japanese critics", "a majority in Northern Ireland", "a poll of Britons").
UNOFFICIAL_HEADS = INDEPENDENT_ROLES | {"critic", "journalist", "activist", "resident", "citizen", "protester",
                                        "voter", "student", "think-tank", "majority", "minority", "electorate",
                                        "public", "poll", "survey", "respondent"}


#: Nouns of what one is able to do, which is no stance on it ("the ability to threaten shipping").
CAPACITY_NOUNS = {"ability", "capability", "capacity", "means", "power", "potential", "wherewithal"}


#: Nouns of one's own act or chance to act: the infinitive after them is the subject's ("had the
#: chance to discuss", "announced a decision to withdraw"); so too what one sets up or gives
#: ("announced a partnership with Kenya to support agriculture": the announcer supports it, not
#: the partner); not a "bid" or "offer", often another's.
OWN_ACT_NOUNS = {"chance", "opportunity", "time", "occasion", "need", "right", "ability", "effort", "attempt",
                 "decision", "readiness", "willingness", "commitment", "plan", "intention", "determination",
                 "measure", "step", "action", "move", "partnership", "package", "programme", "program", "fund",
                 "initiative", "scheme", "project", "loan", "grant", "facility"}


#: What talks may range over without a stance on anything ("discussed various bilateral issues",
#: "discussed ways to deepen cooperation").
GENERIC_TOPICS = {"issue", "matter", "way", "topic", "development", "question", "subject", "aspect", "area", "range",
                  "idea", "option", "possibility", "step", "thing", "situation", "relation", "tie", "cooperation"}


#: What the formulas of diplomatic courtesy offer ("presents its compliments", "sends its regards",
#: "renews the assurances of its highest consideration"), which takes no stance on anything.
COURTESIES = {"compliment", "greeting", "regard", "consideration"}


#: Entity types that can hold a stance (a weapon or an agreement cannot).
ACTOR_TYPES = {"GPE", "NORP", "ORG", "PERSON"}


#: Nouns of a stance held, whose object is the target when it is reaffirmed or stated.
HELD_STANCES = {"commitment": "support", "support": "support", "backing": "support", "opposition": "oppose",
                "objection": "oppose", "veto": "oppose"}


#: Nouns of being resolved to do something ("reaffirmed their resolve to safeguard ..."), which
#: are no target themselves.
RESOLVE_NOUNS = {"resolve", "determination", "readiness", "willingness", "commitment", "intention", "pledge",
                 "promise", "desire", "wish"}


#: Nouns of ending what follows them ("an end to arms deliveries", "the lifting of sanctions", "a
#: freeze on settlements"): backing the ending opposes the thing ended, and opposing it backs it.
ENDING_NOUNS = {"end": ("to", "of"), "halt": ("to", "in", "on"), "stop": ("to",), "cessation": ("of",),
                "suspension": ("of",), "freeze": ("on", "of"), "moratorium": ("on",), "lifting": ("of",),
                "removal": ("of",), "cancellation": ("of",), "repeal": ("of",), "easing": ("of",),
                "rollback": ("of",), "scrapping": ("of",)}


#: Measures taken against a country ("sanctions on Russia", "an embargo against Cuba"): the stance
#: is on the measure, not on the country it is against.
MEASURE_NOUNS = {"sanction", "sanctions", "embargo", "tariff", "tariffs", "restriction", "restrictions", "ban", "curb",
                 "curbs", "penalty", "penalties", "boycott", "blockade", "levy", "levies", "duty", "duties",
                 "fee", "fees", "surcharge", "surcharges", "quota", "quotas"}


#: Money or help given to a country ("EU loans to Kyiv", "the EU's financial package for Ukraine"):
#: a stance on it is on the country that gets it, never on the one that gives it.
AID_NOUNS = {"aid", "assistance", "funding", "funds", "loan", "loans", "grant", "grants", "package", "credit",
             "credits", "financing", "tranche", "bailout"}


#: Objects of a verb of diplomatic relations ("normalised relations with Israel", "recalled its
#: ambassador from Australia", "lodged a protest with China"): the stance is on the country named
#: with them, never on the object itself.
#: A country's envoys, whom it recalls or withdraws from a country it protests against.
ENVOYS = {"ambassador", "envoy", "diplomat", "diplomats", "commissioner", "attache"}


RELATION_OBJECTS = {"relation", "relations", "tie", "ties", "ambassador", "envoy", "diplomat", "diplomats", "commissioner",
                    "protest", "adviser", "advisers", "attache", "trade", "airspace"}


#: A country's missions abroad, whose staff are its own ("the advisers at Pakistan's High Commission").
MISSIONS = {"embassy", "commission", "consulate", "mission", "legation"}


#: A country's own goods, which as a bare target name no one ("defend its sovereignty").
SELF_GOODS = {"sovereignty", "interests", "security", "territorial integrity", "integrity", "independence",
              "dignity", "national interests", "national security", "core interests", "territory", "homeland",
              "borders", "sovereign rights", "sovereign right", "land", "soil"}


#: Nouns of a kind of something, which a stance on the kind is on ("any form of interaction").
KIND_NOUNS = {"form", "forms", "kind", "kinds", "type", "types", "sort", "sorts"}
#: Nouns of carrying an agreement or a measure out, a stance on which is on what is carried out
#: ("suspending the implementation of a peace declaration with Cambodia": the declaration).
CARRYING_OUT_NOUNS = {"implementation", "enforcement", "application", "execution", "fulfilment", "fulfillment"}


#: What a response may be made with that makes it a threat ("respond with full force").
FORCE_NOUNS = {"force", "strength", "might", "firmness", "means"}  # ("with all means at its disposal")


#: Nouns for a country's partners that name none ("stands with its ally").
UNNAMED_PARTNERS = {"ally", "partner", "friend", "neighbour", "neighbor"}


#: Nouns of two countries' bond ("deepen their strategic partnership").
PARTNERSHIP_NOUNS = {"partnership", "cooperation", "alliance", "friendship", "relationship", "bond", "bonds"}


#: Conflicts, whose sides are named after "with" or "between".
CONFLICT_NOUNS = {"war", "conflict", "dispute", "fighting", "hostility", "row", "standoff", "stand-off", "tension",
                  "confrontation", "feud", "clash"}


#: Texts put to a vote ("vetoed a UN resolution on Gaza"): the stance is on the text, not on the
#: body or country that drafted it.
MOTION_HEADS = {"resolution", "motion", "bill", "draft"}


#: A policy named after a country or a people is the policy ("our one China policy").
POLICY_HEADS = {"policy", "policies", "doctrine", "principle", "strategy"}


#: ... and so is an invitation ("opposed an invitation to NATO"): not a stance on the body one is
#: invited to; and a proposal or an offer ("accept the Gaza truce proposal", "rejected the Egyptian
#: proposal"): not a stance on the place or the mediator. (A country's own act is the country's:
#: "will not approve Finland's bid" opposes Finland, "dissatisfaction with the US decision" the
#: United States.)
STEP_HEADS = {"invitation", "invitations", "proposal", "proposals", "offer", "offers"}


LEAVE_VERBS = {"withdraw", "pull", "exit", "quit"}


#: Of these, those whose object is what is taken out ("withdraw troops"), not what is left.
PULLING_OUT_VERBS = {"withdraw", "pull"}


#: Verbs of handing something over ("sent tanks to Ukraine", "supplies drones to Russia") and
#: what, handed to a country, backs it: arms and aid (not troops, which may be an invasion).
SUPPLY_VERBS = {"supply", "send", "deliver", "provide", "ship", "transfer", "give", "sell", "donate", "gift"}


SUPPLIES = {"arms", "weapon", "weapons", "ammunition", "munitions", "shell", "shells", "missile", "missiles", "drone",
            "drones", "tank", "tanks", "jet", "jets", "fighter", "fighters", "aircraft", "system", "systems", "artillery",
            "rocket", "rockets", "howitzer", "howitzers", "vehicle", "vehicles", "equipment", "aid", "assistance",
            "loan", "loans", "funding", "grant", "grants", "interceptor", "interceptors"}


#: Verbs that voice a stance named by a noun ("expressed support for", "voiced concern over").
EXPRESS_VERBS = {"express", "voice", "register", "convey", "signal", "show", "extend", "declare", "pledge"}


#: Objects that are the subject itself ("distanced itself from the proposal").
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}


#: Punitive steps promised ("vowed retaliation", "pledged countermeasures"): a threat.
PUNITIVE_NOUNS = {"countermeasure", "countermeasures", "retaliation", "response", "revenge", "reprisal", "reprisals",
                  "measure", "measures", "action", "sanction", "sanctions", "consequence", "consequences",
                  "punishment", "attack", "attacks", "strike", "strikes", "assault", "assaults", "raid", "raids",
                  "offensive", "bombardment"}


#: Punitive steps promised with a verb ("vowed to retaliate against ..."): a threat.
REPRISAL_VERBS = {"retaliate", "punish", "avenge"}


#: Acts of armed force: being ready, vowing or planning to do them to someone threatens them
#: ("ready to invade Taiwan by 2027", "vowed to strike the militia's bases").
FORCE_VERBS = {"invade", "attack", "strike", "bomb", "annex", "seize", "shell", "target"}


#: Verbs whose subject takes part in the talks they govern ("held talks with Japan").
TALKS_VERBS = {"hold", "have", "begin", "start", "resume", "open", "conduct", "launch", "continue", "enter",
               "join", "restart", "attend"}


#: Lemmas of buying and selling: heads of a phrase about a country's goods ("oil purchases from
#: Iran", "Iran's oil exports"), and what halting gives way on.
TRADE_WORDS = {"import", "purchase", "export", "buying", "supply", "shipment", "trade", "delivery", "sale"}


#: Trade the actor sends out, which halting restricts the other side on ("halted arms sales").
OUTGOING_TRADE = {"export", "sale", "delivery", "shipment"}


COMMODITIES = {"oil", "gas", "crude", "energy", "arms", "weapons", "equipment", "coal", "goods", "grain", "wheat",
               "corn", "maize", "rice", "soybeans", "fertilizer", "fertiliser", "steel", "aluminium", "aluminum",
               "lng", "minerals"}


FIRST_PLURAL = {"we", "us", "our"}


CONFIDENCE = {"verb": 0.7, "demand": 0.75, "threat": 0.75, "noun": 0.55, "negated": 0.6}


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, list[dict[str, str]]]:
    """lemma -> entries (particle, stance, action, negated stance)."""
    out: dict[str, list[dict[str, str]]] = {}
    with open(config.DATA_DIR / "stance_lexicon.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["lemma"], []).append(row)
    return out


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, dict[str, str]]:
    with open(config.DATA_DIR / "stance_nouns.csv", newline="", encoding="utf-8") as fh:
        return {row["noun"]: row for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """country -> adjective (Iran -> Iranian), from the gazetteer's NORP rows."""
    gaz = default_gazetteer()
    return {e.country: e.name for e in gaz.entries.values() if e.type == "NORP" and e.country}


#: Prepositions of where a thing is or runs ("the militia in Yemen", "a corridor through
#: Armenia", "drills off Taiwan"): a place there is no stance on.
PLACE_PREPS = {"in", "at", "near", "inside", "across", "through", "along", "via", "off", "around"}


#: Heads of talks and truces, which are what a stance on them is about, not the parties they
#: name ("backs talks between Iran and the United States", "rejects a ceasefire with Hamas").
TALKS_HEADS = {"talks", "negotiations", "negotiation", "dialogue", "ceasefire", "truce", "armistice"}


#: Nouns of asking someone to act ("pressure on India to stop ...", "calls for Israel to withdraw").
DEMAND_NOUNS = {"pressure", "demand", "call", "request", "plea", "appeal", "push", "ultimatum"}


#: The action a stance reached by turning or stopping another takes ("will not accept": REJECT).
ACTION_OF_STANCE = {"support": "SUPPORT", "oppose": "REJECT", "concede": "YIELD"}


#: Verbs whose stance is only that of what they order done ("ordered the troops to leave").
ORDERING_VERBS = {"order"}


#: Verbs of intending, whose stance is only that of the doing intended ("plans to buy the S-400").
INTENT_VERBS = {"plan"}


#: Verbs of going away ("ordered the troops to leave") and who may be sent away.
DEPARTING_VERBS = {"leave", "depart", "go"}


FORCES_NOUNS = {"troop", "troops", "soldier", "soldiers", "force", "forces", "diplomat", "diplomats", "envoy",
                "ambassador", "personnel", "contingent", "mission", "staff", "peacekeeper", "peacekeepers", "rebel",
                "rebels", "militant", "militants", "fighter", "fighters", "militia", "militias"}


#: Nouns of a place one may leave ("leave the country").
PLACE_NOUNS = {"country", "region", "territory", "city", "capital", "area", "island", "islands", "state", "zone",
               "premises", "building", "port", "airport", "border"}


#: Places and posts whose leaving takes no stance on them ("has refused to leave office").
LEFT_POSTS = PLACE_NOUNS | {"office", "post", "power"}


#: Verbs of conduct that one is told to stop, with nothing it is done to, against the one told
#: ("stop meddling in Hong Kong").
MISCONDUCT_VERBS = {"meddle", "interfere", "provoke", "harass", "intimidate", "spy", "obstruct", "undermine",
                    "destabilise", "destabilize", "incite", "smear", "slander", "hype"}


#: Verbs of weighing an act not yet decided ("is considering lifting sanctions"): the act takes
#: no stance yet.
WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate", "explore", "study", "ponder", "eye"}


#: Verbs of thinking something over, which asked of someone take no stance on what is thought of.
THINKING_VERBS = {"reflect", "think", "ponder", "contemplate", "mull", "consider", "weigh", "study", "examine"}


#: Nouns of heeding something ("take notice of", "take note of", "pay attention to").
ATTENTION_NOUNS = {"notice", "note", "attention", "cognizance", "cognisance", "heed", "account", "stock"}


#: Doings that back what they are done to, whatever the lexicon says of them ("stop arming Taiwan",
#: "stop filling the dam"): stopping them opposes it.
DOING_TO_VERBS = {"arm", "fill", "build", "supply", "send", "sell", "export", "import", "fund", "finance", "deploy",
                  "expand", "develop", "test", "release", "construct", "enrich"}


#: Nouns of asking someone to do something ("calls to join the talks").
CALL_NOUNS = {"call", "demand", "request", "appeal", "plea", "pressure", "proposal", "invitation", "offer", "ultimatum"}


#: What a party gives up when it gives way: its objection to something ("dropped its veto").
OBJECTION_NOUNS = {"veto", "opposition", "objection", "objections", "reservation", "reservations", "block",
                   "blockade", "boycott", "resistance", "hold"}


#: Verbs that answer such a call: turning it down, or taking it up.
ANSWER_VERBS = {"reject": "REJECT", "dismiss": "REJECT", "rebuff": "REJECT", "spurn": "REJECT", "resist": "REJECT",
                "accept": "SUPPORT", "heed": "SUPPORT", "welcome": "SUPPORT"}


#: Nouns of trying to do something ("attempts to impose sanctions", "efforts to isolate Iran"):
#: a stance on the trying is one on what it would do to.
ATTEMPT_NOUNS = {"attempt", "effort", "bid", "push", "drive", "campaign", "move", "plan", "scheme"}


#: Verbs of drawing a reaction ("drew sharp criticism from Beijing") and the reactions that oppose.
DRAW_VERBS = {"draw", "face", "receive", "attract", "provoke", "spark", "trigger", "prompt", "meet"}


HOSTILE_REACTIONS = {"criticism", "condemnation", "protest", "protests", "rebuke", "anger", "ire", "objection",
                     "objections", "backlash", "opposition", "outrage", "censure", "warning", "warnings"}


#: Verbs of angering someone ("The sale angered Beijing"): the one angered opposes the cause.
ANGER_VERBS = {"anger", "irk", "upset", "alarm", "infuriate", "enrage", "annoy", "outrage", "dismay", "provoke",
               "rile", "antagonise", "antagonize"}


#: Verbs of letting someone do something ("will not allow Sweden to join NATO").
PERMIT_VERBS = {"allow", "let", "permit"}


#: Verbs that say what one takes something for ("called the drills a provocation").
JUDGING_VERBS = NAMING_VERBS | {"consider", "regard", "view", "see", "deem", "designate", "declare"}


@lru_cache(maxsize=1)
def judgment_words() -> dict[str, str]:
    """Words that judge what they are said of, with the stance they take on it (``data/judgment_words.csv``)."""
    with open(config.DATA_DIR / "judgment_words.csv", newline="", encoding="utf-8") as fh:
        return {r["word"].lower(): r["stance"] for r in csv.DictReader(fh)}


#: Nouns of what someone does, which endanger rather than threaten ("Chinese practices are
#: threatening the integrity of the single market").
ACT_NOUNS = {"practice", "policy", "action", "move", "measure", "step", "decision", "plan", "rhetoric", "behaviour",
             "behavior", "activity", "expansion", "programme", "program", "test", "launch", "deployment", "buildup"}


#: Nouns of what is said, whose topic ("accusations over Ukraine") is not what a stance on them is on.
CLAIM_NOUNS = {"accusation", "claim", "allegation", "remark", "comment", "criticism", "charge", "report", "rumour",
               "rumor", "speculation"}


#: Nouns of a batch of measures, which stand for the measures ("a 14th package of sanctions").
BATCH_NOUNS = {"package", "round", "raft", "slew", "set", "series", "batch", "wave", "tranche"}


#: Prepositions of when, whose phrase on a noun says when, not what ("peace, a year after the invasion").
TIME_PREPS = {"after", "before", "since", "during", "until"}


#: Texts a body adopts, whose words are then the body's ("adopted a resolution demanding ...").
ADOPTED_TEXTS = {"resolution", "declaration", "statement", "communique", "communiqué", "decision", "text"}


#: Verbs of adopting a text.
ADOPTING_VERBS = {"adopt", "pass", "approve", "endorse", "issue"}


#: Nouns of what must be had ("stressed the need for an immediate ceasefire").
NEED_NOUNS = {"need", "necessity"}


#: Nouns of a held view, which "in support of" or "against" may follow.
POSITION_NOUNS = {"position", "stance", "stand"}


#: Doings of yielding to what they are done to ("comply with the ruling", "adhere to the
#: ceasefire"): asking for them backs it, where giving something up opposes it.
YIELD_TO_VERBS = {"comply", "adhere", "conform", "obey", "submit", "abide"}
