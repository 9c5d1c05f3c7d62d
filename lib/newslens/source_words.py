"""The words a source is known by (heads of anonymous sources, documents and outlets, pronouns,
offices one person holds, a country's bodies, roles that speak for themselves), how a joint side
is written (``JOINT``), and the country an entity speaks for (``entity_country``)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from .pipeline import PERSON_TITLES


#: Head words of a source that name no one by themselves ("a source", "officials", "the ministry").
ANONYMOUS_HEADS = {
    "source", "official", "diplomat", "aide", "person", "people", "insider", "officer", "spokesperson",
    "spokesman", "spokeswoman", "analyst", "expert", "observer", "executive", "adviser", "advisor",
    "staffer", "member", "someone", "lawmaker", "negotiator", "envoy", "minister", "leader",
    "administration", "government", "ministry", "department", "authority", "authorities", "officials",
    # scholars, who speak for themselves, not for the university named beside them
    "professor", "researcher", "scholar", "economist", "academic", "fellow",
}
#: Head words of a document that speaks ("the statement", "a report", "the law").
DOCUMENT_HEADS = {
    "report", "statement", "document", "letter", "study", "survey", "memo", "release", "readout",
    "communique", "filing", "law", "act", "agreement", "data", "poll", "order", "resolution", "declaration",
    "transcript", "email", "tweet", "post", "website", "analysis", "paper", "record", "note", "text",
    "brief", "briefing", "draft", "bill", "assessment", "cable", "remark", "remarks", "recording", "footage",
    # the model's lemma of "data"; not "figure", which is as often a person ("a senior party figure")
    "datum", "finding", "statistic", "census", "copy", "ruling", "verdict", "judgment", "judgement", "award",
    "commentary", "editorial", "column", "article", "op-ed", "sheet",  # ("the joint fact sheet")
    "indictment", "complaint", "affidavit", "lawsuit", "petition", "subpoena",  # a court's papers
    "film", "documentary", "photograph", "photo",  # ("as documented in the film", "shown in a photograph")
}
#: Head words of a news organisation or one of its people.
OUTLET_HEADS = {"newspaper", "daily", "agency", "channel", "broadcaster", "outlet", "magazine", "network", "reporter",
                "journalist", "correspondent", "media", "medium", "press", "tabloid", "wire"}
#: Last words of a newspaper's name ("The Jakarta Post", "the Kyiv Independent").
NEWSPAPER_NAME_ENDS = {"Post", "Times", "Tribune", "Herald", "Journal", "Gazette", "Telegraph", "Guardian",
                       "Independent", "Chronicle", "Inquirer", "Observer", "Mirror", "Monitor", "Express", "Dispatch"}
#: Words in the name of a news organisation ("Korean Central News Agency", "Radio Free Asia").
NEWSROOM_NAME = re.compile(r"\b(?:News|Broadcasting|Television|Radio|TV)\b")
#: Pronouns for a person, for a body, and the speaker's own.
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}
PRONOUNS_BODY = {"it", "they", "them", "its", "their"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}  # ("Our position is that ...")
#: Titles only a person's name takes, before a speaker label ("Mr. Price:") or in one ("MR PRICE").
HONORIFICS = ("Shri", "Smt", "Mr", "Ms", "Mrs", "Dr")
HONORIFIC = re.compile(r"(?i)(?:" + "|".join(HONORIFICS) + r")\.?\s")
#: Upper-case labels of a transcript's turns that name no one.
TURN_WORDS = {"Q", "A", "QUESTION", "ANSWER", "MODERATOR", "AUDIENCE", "PARTICIPANT", "REPORTER", "VOICE", "CROWD"}
#: Those who speak for the person whose "his" or "her" they are ("his spokesman", "her foreign
#: minister"), and so for that person's side.
AIDE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "office", "envoy", "minister",
              "secretary", "deputy", "government", "administration", "cabinet"}
#: Newsrooms (the outlet heads that are no person).
NEWSROOMS = OUTLET_HEADS - {"reporter", "journalist", "correspondent"}
#: Bodies among the words for who speaks ("the administration"), which describe no person.
BODY_WORDS = {"administration", "government", "ministry", "department", "authority", "authorities"}
#: Bodies known by the person they serve or lead ("the Prime Minister's office", "Trump's campaign",
#: "Netanyahu's Likud party").
PERSONS_BODIES = {"office", "campaign", "administration", "government", "party", "bloc", "camp", "movement"}
#: Those who speak for a body, and for the one the sentence before named when no other is named.
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman"}
#: Gazetteer roles of bodies that are a side of their own, which a source can speak for: bodies
#: of several countries and armed groups ("A Hamas official", "Houthi spokesman Yahya Saree").
OWN_SIDE_ROLES = {"grouping", "alliance", "international organisation", "armed group"}
#: Offices one person holds at a time, so that "the Chinese ambassador" names someone.
ONE_HOLDER_OFFICES = {"minister", "secretary", "ambassador", "president", "chancellor", "premier", "governor",
                      "mayor", "chairman", "chairwoman", "envoy", "representative", "head", "leader",
                      "general"}  # (a secretary, director or attorney general, and a general)
#: Bodies a country has one of ("China's foreign ministry", "the US administration", "Japan's
#: coast guard", "Ukraine's security service", "the Indian air force"), and the country itself
#: as a party ("the Chinese side").
COUNTRY_BODIES = {"ministry", "department", "government", "administration", "embassy", "cabinet", "parliament",
                  "military", "army", "navy", "side", "guard", "police", "legislature", "bank", "service", "force",
                  "court", "regulator", "intelligence", "customs", "senate", "congress", "presidency", "junta",
                  "agency", "office"}
#: How the side of a source that speaks for several countries is written ("India + United States").
JOINT = " + "
#: The gazetteer's role of a news agency its state runs (KCNA, Xinhua, TASS, IRNA ...): an outlet
#: still, but one that speaks for its country.
STATE_MEDIA_ROLE = "state news agency"
#: Those who speak for no government: a country named in their description is where they work.
INDEPENDENT_ROLES = {"expert", "analyst", "scholar", "academic", "economist", "observer", "commentator", "researcher",
                     "professor", "scientist", "fellow", "lecturer", "historian", "columnist", "specialist",
                     "watcher"}
#: Those known by whom they stand with or against ("U.S. allies", "Russia's neighbours"), who do
#: not speak for that country.
RELATION_HEADS = {"ally", "partner", "neighbour", "neighbor", "rival", "adversary", "foe", "enemy", "critic",
                  "opponent"}


def title_word(head: Token) -> str:
    """The office word a head names, singular ("Ministers": "minister"), or its lemma."""
    word = head.lemma_.lower()
    return word[:-1] if word not in PERSON_TITLES and word.endswith("s") and word[:-1] in PERSON_TITLES else word


def entity_with_id(entities: list[dict[str, Any]], entity_id: str | None) -> dict[str, Any] | None:
    """The entity with id ``entity_id``, or None (also for no id)."""
    return next((x for x in entities if x["id"] == entity_id), None) if entity_id else None


def entity_country(x: dict[str, Any] | None) -> str | None:
    """The country an entity speaks for; none for a news outlet (a paper is not its country),
    unless its state runs it."""
    if not x or not x.get("country"):
        return None
    role = x.get("role") or ""
    return x["country"] if "news" not in role or role == STATE_MEDIA_ROLE else None
