"""Agreements an article describes without a name ("reached an agreement on patrolling", "a
trade deal", "the 1996 agreement on confidence-building measures", weapon deals: "the S-400 deal")
and which agreement each description is: the record's of its year and parties, the one of its kind
named before, the weapon's deal, or a new one; a headline's description as the body's agreement."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from .agreement_parties import countries_in, not_parties, parties_in_sentences, sentence_parties, signatories
from .agreement_words import DESCRIBED_HEADS, SIGNING_VERBS, STATUS_NOUNS_ONLY, TRUCE_HEADS, status_lexicon
from .doctools import sent_of_span, word_lemma
from .entities import party_of


#: Heads of a deal for goods ("the S-400 deal", "a purchase of 26 Rafale jets").
DEAL_HEADS = {"deal", "contract", "agreement", "purchase", "order", "sale"}
#: Modifiers that say what an agreement described without a name is about ("a trade deal", "the
#: 1996 agreement on confidence-building measures"), the words that reach one, and the
#: prepositions that say what it is on.
DESCRIBING_WORDS = {"trade", "peace", "ceasefire", "nuclear", "defence", "defense", "security", "arms", "border",
                    "patrolling", "cooperation", "free-trade", "bilateral", "military", "gas", "oil", "energy",
                    "investment", "maritime", "grain", "prisoner", "hostage", "swap", "exchange", "framework",
                    "confidence-building", "fishing", "water", "basing", "logistics", "intelligence-sharing", "sharing",
                    "tariff", "visa", "extradition", "debt", "loan", "fighter", "jet", "missile", "submarine",
                    "mineral", "minerals", "strategic", "partnership", "normalisation", "normalization", "transit",
                    "humanitarian", "migration", "climate", "troop", "access", "pandemic", "health"}
#: Describing words that say nothing of the kind of agreement ("a bilateral agreement").
_NO_KIND = {"bilateral", "strategic", "partnership", "cooperation", "framework", "exchange"}
#: Kind words that say the same kind ("a security pact" ... "the defence agreement").
_KIND_OF = {"defense": "defence", "security": "defence", "military": "defence", "free-trade": "trade"}
#: Verbs of a third party bringing an agreement about ("a deal brokered by China").
_BROKERING = {"broker", "mediate"}
#: Participles of an agreement made ("the ceasefire agreed in Doha", "a deal reached last year").
_MADE_PARTICIPLES = {"agree", "reach", "strike"}
_REACHING = {"reach", "strike", "hammer", "broker", "clinch", "secure", "agree", "lead"}
_ON_PREPS = {"on", "for", "over", "to", "between", "with"}

#: A model number among a described deal's words ("GE F414 engine deal").
_GOODS_NAMED = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z]*\b")


def _names_its_goods(deal: Token) -> bool:
    """'the GE F414 engine deal for the Tejas Mk2 fighter': a deal whose modifiers name what is
    bought (a name or a model number), so the weapon after it is what the goods are for."""
    return any(c.dep_ in ("compound", "nmod") and c.i < deal.i and c.ent_type_ not in ("MONEY", "GPE", "NORP", "DATE", "CARDINAL")
               and (c.pos_ == "PROPN" or _GOODS_NAMED.fullmatch(c.text)) for c in deal.subtree)


def _agreement_for(deal: Token) -> Token | None:
    """The agreement a purchase or sale is the "for" of, whether the parser hangs the "for" on the
    agreement or on the verb that has it as object ("signed an agreement with France for the
    purchase of 26 Rafale jets"), or None."""
    if deal.dep_ != "pobj" or deal.head.lower_ != "for":
        return None
    above = deal.head.head
    if above.pos_ == "VERB":
        above = next((c for c in above.children if c.dep_ in ("dobj", "nsubjpass") and c.i < deal.i), above)
    return above if above.pos_ == "NOUN" and above.lower_ in DEAL_HEADS | DESCRIBED_HEADS else None


def weapon_deals(doc: Doc, entities: list[dict[str, Any]]) -> list[tuple[int, int, dict]]:
    """'S400 deal', 'S-400 anti-missile deal', 'the S-400 contract': a deal for a weapon system."""
    out = []
    for x in entities:
        if x["type"] != "WEAPON":
            continue
        for s, e in x["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            found = False
            for t in doc[span.end : min(len(doc), span.end + 4)]:
                if t.lower_ in DEAL_HEADS:
                    out.append((s, t.idx + len(t.text), x))
                    found = True
                    break
                if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX", "ADP"):
                    break
            if found:
                continue
            # "the contract for the delivery of the S-400": a deal noun above the weapon
            node, hops = span.root, 0
            while node.head is not node and hops < 5:
                node, hops = node.head, hops + 1
                if node.lower_ in DEAL_HEADS and node.pos_ == "NOUN":
                    outer = _agreement_for(node)
                    if outer is not None:  # "signed an agreement with France for the purchase of 26 Rafale jets"
                        node = outer
                    if not _names_its_goods(node):  # (not "the GE F414 engine deal for the Tejas")
                        out.append((node.idx, node.idx + len(node.text), x))
                    found = True
                    break
                if node.pos_ in ("VERB", "AUX"):
                    break
            if found:
                continue
            # "Turkey's costly deal with Moscow for S-400 batteries" (the parser often hangs the
            # 'for' phrase on the verb): a deal noun shortly before, with no verb between
            for t in reversed(doc[max(0, span.start - 8) : span.start]):
                if t.pos_ in ("VERB", "AUX") or t.is_sent_start:
                    break
                if t.lower_ in DEAL_HEADS and t.pos_ == "NOUN" and doc[span.start - 1].lower_ in ("for", "of"):
                    out.append((t.idx, t.idx + len(t.text), x))
                    break
    return out


class Described(NamedTuple):
    """An agreement described, not named: where, the name made of its words, the year it gives
    ("the 1996 agreement"), whether it is definite ("the deal", "this missile deal": perhaps one
    named before) and what it is for ("a deal for the anti-aircraft systems": "system")."""
    start: int
    end: int
    name: str
    year: str | None
    definite: bool
    for_what: str | None
    kinds: tuple[str, ...] = ()
    phrase_end: int = 0  # the end of what it is on, when the name leaves that out


def _modifiers_start(head: Token, lex: dict[str, str]) -> Token:
    """The first of the words before an agreement's head word that modify it ("the long-delayed
    Mercosur-EU trade deal"), up to a verb, a conjunction, a superlative ("the largest prisoner
    swap") or a status word ("Minsk sign missile deal", a headline the model misreads); words
    joined by hyphens stay together."""
    doc, first = head.doc, head
    while first.i > head.sent.start:
        prev = doc[first.i - 1]
        joined = prev.whitespace_ == "" and not prev.is_punct or prev.text in "-–"  # "government-to-government"
        # (a participle that modifies the head is a word of its kind: "intelligence-sharing agreement")
        gerund = prev.tag_ == "VBG" and prev.dep_ in ("compound", "amod") and prev.head.i == head.i
        if not joined and (prev.pos_ in ("VERB", "AUX", "CCONJ", "ADP", "PRON") and not gerund
                           or prev.is_punct or prev.tag_ == "JJS"
                           or prev.lower_ in lex or prev.lemma_.lower() in lex
                           or not any(a.i == head.i for a in prev.ancestors)):
            break
        first = prev
    return first


def _name_words(head: Token, first: Token, last: Token, on: Token | None, most: int = 8) -> Span:
    """The words that name a described agreement, from ``first`` to ``last``; when that is more
    than ``most`` words or runs over a paragraph break, up to what it is on ("agreement on
    patrolling" of "an agreement on patrolling along the Line of Actual Control", with its "of"
    phrase when short: "agreement on the deployment of Oreshnik missiles"), else up to the head."""
    doc = head.doc
    words = doc[first.i : last.i + 1]
    if (len(words) > most or "\n" in words.text) and on is not None and on.lower_ == "between" \
            and on.i - first.i <= most:
        # the words before the pair (half of it misleads: "memorandum of understanding between Ethiopia")
        return doc[first.i : on.i]
    if (len(words) > most or "\n" in words.text) and on is not None:
        what = next(g for g in on.children if g.dep_ in ("pobj", "pcomp"))
        while what.i + 2 < len(doc) and doc[what.i + 1].text == "-" and not doc[what.i + 1].whitespace_:
            what = doc[what.i + 2]  # (a word joined by a hyphen: "co-production")
        words = doc[first.i : what.i + 1]
        of = next((c for c in what.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.right_edge.i - first.i < most:
            words = doc[first.i : of.right_edge.i + 1]
    if len(words) > most or "\n" in words.text:
        words = doc[first.i : head.i + 1]
    return words


#: Heads that are an agreement only when signed, agreed on or reached on something ("sign a new
#: 10-year framework for defence cooperation", "reached a provisional understanding on ..."); "a
#: broader framework" alone seldom is one.
_SIGNED_ONLY_HEADS = {"framework", "arrangement", "understanding"}


def _signed_framework(t: Token) -> bool:
    """Whether ``t`` is a framework or arrangement the text says is (to be) signed, or agreed on
    ("India and China have agreed on a patrolling arrangement"), or an understanding or
    arrangement reached on something ("reached a provisional understanding on resupply missions")."""
    if t.lemma_.lower() not in _SIGNED_ONLY_HEADS:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() == "agree":
        return True
    if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _REACHING - {"lead"} \
            and any(c.dep_ == "prep" and c.lower_ in ("on", "over") for c in (*t.children, *t.head.children)):
        return True  # "have reached a provisional understanding on the resupply of troops"
    if t.lemma_.lower() == "understanding":
        return False  # (signing or renewing "an understanding" is a memorandum's business)
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in SIGNING_VERBS | {"finalise", "finalize", "renew"}


#: Memoranda, which are agreements by their names ("a Memorandum of Understanding on
#: semiconductors", "an MoU on semiconductors", "the Memorandum of Cooperation in the field of ...").
_MEMORANDA = {"mou", "moc", "memorandum", "declaration", "letter"}
#: What a memorandum is one of ("of Understanding", "of Cooperation", "of Intent").
_MEMORANDUM_OF = {"understanding", "cooperation", "intent", "agreement"}
#: "in the field of semiconductors", "in the area of defence": what an agreement is on.
_FIELD_PREPS = {"in"}
_FIELD_WORDS = {"field", "area", "sphere", "domain"}


def _memorandum(t: Token) -> Token | None:
    """For a memorandum's head word, the word after which what it is on follows ("on" after
    "Understanding" in "a Memorandum of Understanding on ...", after "MoU" itself); else None."""
    if t.lower_ not in _MEMORANDA or t.tag_ in ("NNS", "NNPS") or t.pos_ not in ("NOUN", "PROPN"):
        return None
    of = next((g for c in t.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1
               for g in c.children if g.dep_ == "pobj" and g.lower_ in _MEMORANDUM_OF), None)
    if of is None and t.lower_ in ("memorandum", "declaration", "letter") \
            or t.lower_ in ("declaration", "letter") and of.lower_ != "intent":
        return None  # (a "memorandum" alone may be any memo; a "declaration of intent" is one, a "letter" is not)
    return of or t


def _infinitive(v: Token) -> bool:
    """Whether ``v`` is a bare verb right after "to" ("to hand over", "to restore")."""
    return v.tag_ == "VB" and v.i > 0 and v.doc[v.i - 1].lower_ == "to" and v.doc[v.i - 1].head.i == v.i


#: Words before an agreement that praise or date it without saying what it is ("a landmark
#: agreement", "the historic deal"): no description of their own.
_PRAISING_MODS = {"landmark", "historic", "new", "major", "key", "final", "first", "broad", "long-awaited",
                  "so-called", "proposed", "big", "important", "significant", "fresh"}
#: Words that judge an agreement without saying which ("a comprehensive and balanced agreement"):
#: after one named, the one named.
_JUDGING_MODS = {"comprehensive", "balanced", "ambitious", "fair", "good", "great", "strong", "robust", "modern",
                 "high-quality", "win-win", "beneficial", "unprecedented", "best", "mutually"}


def _definite(t: Token) -> bool:
    """Whether a noun is made definite ("the code of conduct", "this cessation of hostilities")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)


def _code_of_conduct(t: Token) -> Described | None:
    """'a code of conduct in the South China Sea': rules agreed between states, an agreement by
    its name (with where it holds, when that is short)."""
    doc = t.doc
    if t.lower_ != "code" or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of" or doc[t.i + 2].lower_ != "conduct":
        return None
    end = doc[t.i + 2]
    where = next((c for c in end.rights if c.dep_ == "prep" and c.lower_ in ("in", "for", "on")), None) \
        or next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in ("in", "for", "on") and c.i > end.i), None)
    if where is not None and where.i == end.i + 1 and where.right_edge.i - t.i <= 8:
        end = where.right_edge
    return Described(t.idx, end.idx + len(end.text), doc[t.i : end.i + 1].text, None, _definite(t), None, (),
                     end.idx + len(end.text))


def _cessation(t: Token) -> Described | None:
    """'agreed on a cessation of firing', 'a cessation of hostilities': a truce by other words."""
    if t.lower_ != "cessation":
        return None
    what = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ in ("hostilities", "firing", "fire")), None)
    gov = t.head.head if t.dep_ == "pobj" else t.head
    if what is None or word_lemma(gov) not in _REACHING | SIGNING_VERBS | {"announce", "declare", "observe", "violate"}:
        return None  # (not "called for it to become a lasting cessation of hostilities")
    return Described(t.idx, what.idx + len(what.text), f"cessation of {what.text}", None, _definite(t), None,
                     ("ceasefire",), what.idx + len(what.text))


def _contracts_for_goods(t: Token) -> Described | None:
    """Contracts signed for a number of things, one purchase however many papers it takes ("signed
    two contracts worth ₹62,700 crore with HAL for 156 helicopters"), named "contracts for" what
    they buy; else None."""
    if t.lower_ not in ("contracts", "deals") or t.dep_ != "dobj" or word_lemma(t.head) not in SIGNING_VERBS:
        return None
    # (the "for" in the contracts' phrase or on the verb after them)
    goods = next((g for c in [*t.subtree, *(c for c in t.head.rights if c.i > t.i)] if c.dep_ == "prep"
                  and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)), None)
    if goods is None:
        return None
    words = t.doc[goods.left_edge.i : goods.i + 1]
    if len(words) > 6:
        return None
    return Described(t.idx, goods.idx + len(goods.text), f"{t.text} for {words.text}", None, False, word_lemma(goods),
                     (), goods.idx + len(goods.text))


def _without(t: Token) -> bool:
    """'end Alaska summit without Ukraine deal', 'talks ended without an agreement': none was made."""
    return t.dep_ == "pobj" and t.head.lower_ == "without"


def _each_of_a_pair(t: Token) -> list[Described]:
    """'finalizing their tariff and security agreements', 'the trade and defence pacts': one
    agreement of each kind the plural head has joined before it (only words of a kind, joined by
    "and")."""
    mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod")]
    kinds = sorted({m for c in mods for m in (c, *c.conjuncts) if m.i < t.i}, key=lambda m: m.i)
    if len(kinds) < 2 or not all(m.lower_ in DESCRIBING_WORDS for m in kinds) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for m in kinds for c in m.children):
        return []
    head = t.lemma_.lower()
    # (each over its own words, which do not overlap: "tariff", then "security agreements")
    ends = [m.idx + len(m.text) for m in kinds[:-1]] + [t.idx + len(t.text)]
    return [Described(m.idx, end, f"{m.lower_} {head}", None, _definite(t), None, (_KIND_OF.get(m.lower_, m.lower_),))
            for m, end in zip(kinds, ends)]


def described_agreements(doc: Doc) -> list[Described]:
    """Agreements the text describes without naming them: a head word
    (agreement, deal, pact, ...) that a year or a word of its kind modifies ("the 1996 agreement",
    "a trade deal", "a confidence-building agreement"), or that says what it is on and is reached,
    signed, negotiated or proposed ("reached an agreement on patrolling along the LAC"). Not
    agreement as accord of views ("broad agreement that ...", "in agreement with"), nor a set of
    them ("the four foundational agreements"). The name is the phrase without its article,
    relative clauses and participles, up to eight words (ten for a memorandum, an agreement by
    its name: "an MoU on semiconductors", "the Memorandum of Cooperation in the field of ...")."""
    lex = status_lexicon()
    out = []
    for t in doc:
        # agreements by words of their own: "signed two contracts ... for 156 helicopters", "agreed
        # on a cessation of firing", "a code of conduct in the South China Sea"
        own_words = _contracts_for_goods(t) or _cessation(t) or _code_of_conduct(t)
        if own_words is not None:
            out.append(own_words)
            continue
        memorandum = _memorandum(t)
        if memorandum is None and (t.pos_ != "NOUN" or t.lower_ not in DESCRIBED_HEADS
                                   and t.lemma_.lower() not in DESCRIBED_HEADS and not _signed_framework(t)):
            continue
        if t.text[:1].isupper() and t.i > t.sent.start and memorandum is None:
            continue  # part of a name, which the patterns above read
        if t.tag_ in ("NNS", "NNPS"):
            out += _each_of_a_pair(t)  # "their tariff and security agreements": each of the kinds joined
            continue  # (else a set of agreements, each named, or not, on its own)
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nummod", "nmod")]
        # (and those joined to them: "a fair and balanced trade agreement", "trade" a conjunct of "fair")
        mods += [g for c in mods for g in c.conjuncts if g.i < t.i and g not in mods]
        kinds = tuple(_KIND_OF.get(m.lower_, m.lower_) for m in mods
                      if m.lower_ in DESCRIBING_WORDS or m.lemma_.lower() in DESCRIBING_WORDS)
        # "the GE F414 engine deal"; a memorandum is an agreement by its name
        # (or a name of the bloc or place it is with: "the Mercosur agreement", "the Doha accord")
        named_by = t.dep_ != "compound" and any(m.pos_ == "PROPN" and m.ent_type_ in ("ORG", "GPE", "NORP")
                                                and m.i + 1 == t.i for m in mods)  # (not "a Sudan ceasefire resolution")
        kind_word = bool(kinds) or (t.lower_ in DEAL_HEADS and _names_its_goods(t)) or memorandum is not None \
            or named_by
        year = next((m.text for m in mods if m.like_num and len(m.text) == 4 and m.text[:2] in ("19", "20")), None)
        # (a memorandum's "on" may hang on it, on its "Understanding", on the verb right after it,
        # or on the noun it is the "of" of: "the signing of the MoC in the field of ...")
        heads_of_on = [t] if memorandum is None else [memorandum, t] + [
            x for x in doc[memorandum.i + 1 : memorandum.i + 2] if x.dep_ == "prep" and x.head.pos_ == "VERB"] + (
            [t.head.head] if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" else [])
        on = next((c for h in heads_of_on for c in ([h] if h.dep_ == "prep" and h.i > t.i else h.rights)
                   if c.dep_ == "prep" and c.i > t.i and c.lower_ in _ON_PREPS | _FIELD_PREPS
                   and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                           and (c.lower_ not in _FIELD_PREPS or g.lemma_.lower() in _FIELD_WORDS) for g in c.children)),
                  None)  # (not "signed an agreement on Wednesday": when, not what on)
        if on is None and t.dep_ == "dobj" and memorandum is None:
            # "finalising a deal for the co-production of GE F414 engines": the "for" hung on the verb
            on = next((c for c in t.head.rights if c.dep_ == "prep" and c.lower_ in ("for", "on")
                       and c.i == t.right_edge.i + 1 and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                                                             for g in c.children)), None)
        if on is None and t.lower_ in TRUCE_HEADS:  # "agreed to a ceasefire in Gaza": where it holds
            on = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in ("in", "across", "along")
                       and any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN")
                               for g in c.children)), None)
        gov = t.head if t.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj") else None
        if gov is not None and gov.dep_ == "prep":
            gov = gov.head
        # (or the talks the verb has as object: "launch negotiations on an agreement on ...")
        reached = gov is not None and (gov.lemma_.lower() in _REACHING or (
            gov.lemma_.lower() in lex and not (gov.pos_ == "VERB" and gov.lemma_.lower() in STATUS_NOUNS_ONLY)) or (
            t.dep_ == "pobj" and gov.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex
                                                              for c in gov.children)))
        if t.lower_ in ("agreement",) and any(c.dep_ in ("acl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in t.children):
            continue  # "agreement that Europe should spend more": views, not a deal
        # what a reached agreement does ("signed an agreement on Wednesday giving Washington a
        # share of ...") names it when nothing else does
        doing = next((c for c in t.rights if c.dep_ == "acl" and (c.tag_ == "VBG" or _infinitive(c))), None) \
            if reached and on is None and not mods else None
        if doing is None and reached and on is None and not mods and t.dep_ == "dobj":
            # "signed a deal to hand over the islands", the infinitive hung on the verb (with no
            # more than "with Mauritius" between)
            # (or a participle after a date: "signed a treaty on Thursday settling the border")
            doing = next((c for c in gov.rights if c.dep_ in ("advcl", "xcomp") and (
                _infinitive(c) or c.tag_ == "VBG" and c.dep_ == "advcl" and doc[c.i - 1].text != ",")
                          and all(x.dep_ == "prep" and (x.lower_ == "with" or any(
                              g.ent_type_ in ("DATE", "TIME") for g in x.children)) for x in gov.rights
                                  if t.i < x.i < c.i)), None)
        # "a memorandum signed by the three countries in Madrid": signed, so an agreement
        # (or "a memorandum signed with Turkey and Finland in Madrid": with whom)
        # (or one a third party brokered: "in a deal brokered by China", "a truce mediated by Qatar")
        # (or one agreed somewhere or some time: "the ceasefire agreed in Doha last month", the
        # participle right after it, which the parser may take for a verb of the sentence)
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        agreed = [after] if after is not None and after.lemma_.lower() in _MADE_PARTICIPLES \
            and after.tag_ in ("VBN", "VBD") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in after.children) else []
        signed = next((c for c in [*agreed, *t.rights] if (c.dep_ == "acl" and c.tag_ == "VBN" or c in agreed) and (
            c.lemma_.lower() in SIGNING_VERBS and any(g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "with"
                                                       for g in c.children)
            or c.lemma_.lower() in _BROKERING and any(g.dep_ == "agent" for g in c.children)
            or c.lemma_.lower() in _MADE_PARTICIPLES
            and any(g.dep_ in ("prep", "npadvmod", "agent") for g in c.children))),
                      None) if on is None and not mods else None
        doing = doing or (signed if signed is not None and signed.lemma_.lower() not in _MADE_PARTICIPLES else None)
        telling = [m for m in mods if m.lower_ not in _PRAISING_MODS]  # (not "a landmark agreement" alone)
        if not (kind_word or year or signed is not None or ((on is not None or telling or doing is not None) and reached)):
            continue
        det = next((c for c in t.children if c.dep_ in ("det", "poss")), None)
        if any(c.dep_ == "predet" and c.lower_ == "such" for c in t.children):
            continue  # "the first to sign such a pact", "in talks on such a pact": one of a kind, none in particular
        if det is not None and det.lower_ in ("any", "no", "every", "each") or (
                det is not None and det.i > 0 and doc[det.i - 1].lower_ in ("not", "never")) or _without(t):
            continue  # "opposes any military pact that ...", "a ceasefire, not a peace treaty": none in particular
        first = _modifiers_start(t, lex)
        last = t if memorandum is None else memorandum  # ("Memorandum of Cooperation")
        if on is not None:
            skip = {x.i for c in on.subtree if c.dep_ in ("relcl", "acl", "appos") for x in c.subtree}
            tail = [x for x in on.subtree if x.i not in skip and not x.is_punct]
            last = max(tail, key=lambda x: x.i) if tail else t
        # (a memorandum's name is longer: "Memorandum of Cooperation in the field of semiconductors")
        # (too long, a memorandum keeps its own words: "memorandum of understanding")
        words = _name_words(t if memorandum is None else memorandum, first, last, on, 8 if memorandum is None else 10)
        name = words.text
        if words[0].lower_ in ("a", "an", "the", "this", "that", "its", "their", "his", "her"):
            name = doc[words.start + 1 : words.end].text
        name = re.sub(r"^(?:own|similar)\s+", "", name)  # ("its own 15-year deal", "a similar pact with Canberra")
        for when in (c for c in t.rights if c.dep_ == "prep" and words.start <= c.i < words.end - 1
                     and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            # "an agreement in October on patrolling": when is no part of the name
            name = name.replace(" " + doc[when.i : when.right_edge.i + 1].text, "", 1)
        if doing is not None:  # the participle up to its object: "agreement giving Washington a share"
            obj = next((c for c in doing.children if c.dep_ == "dobj"), None) \
                or next((c for c in doing.children if c.dep_ == "dative"), None) \
                or next((g for c in doing.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            to = doing.i - 1 if _infinitive(doing) else doing.i  # ("to hand over the Chagos Islands")
            tail = doc[to : (obj.i if obj is not None else doing.i) + 1]
            partner = next((g for c in doing.children if c.dep_ == "prep" and c.lower_ == "with"
                            for g in c.children if g.dep_ == "pobj"), None) if obj is None else None
            if partner is not None:  # "a memorandum signed with Turkey and Finland": with whom
                tail = doc[partner.head.i : partner.right_edge.i + 1]
            if len(tail) <= 6:
                name = f"{name} {tail.text}"
        if signed is not None and signed.lemma_.lower() in _MADE_PARTICIPLES:
            # "ceasefire agreed in Doha", "deal reached last year": the participle and where or when
            where = next((c for c in signed.children if c.dep_ in ("prep", "npadvmod")), None)
            tail = doc[signed.i : (where.right_edge.i if where is not None else signed.i) + 1]
            if len(tail) <= 5:
                name = f"{name} {tail.text}"
        # without the quotation marks a phrase of it is in: 'a "provisional arrangement" for resupply'
        name = re.sub(r"\s+", " ", re.sub(r"[\"“”«»]", "", name)).strip()
        if len(name.split()) < 2:
            continue  # "the deal" alone: an anaphor, read below
        definite = det is not None and det.lower_ not in ("a", "an", "another", "any", "no")
        pobj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None and on.lower_ == "for" else None
        out.append(Described(words.start_char, words.end_char, name, year, definite,
                             pobj.lemma_.lower() if pobj is not None else None, kinds,
                             max(words.end_char, last.idx + len(last.text))))
    return out


#: What a deal for weapons is for ("a deal for the anti-aircraft systems").
_WEAPON_NOUNS = {"system", "missile", "jet", "aircraft", "fighter", "submarine", "frigate", "helicopter", "drone",
                 "tank", "howitzer", "battery", "interceptor", "warship", "vessel", "rifle", "gun", "radar"}


def _kind_words(g: dict[str, Any], entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]) -> set[str]:
    """The words that say what kind of agreement a group is: of its name, expansion and record,
    and for a weapon deal of the weapon's role ("air defence missile system")."""
    parts = [g.get("name") or "", g.get("expansion") or ""]
    rec = recs.get(g.get("ref_id") or "")
    if rec:
        parts += [rec.get("kind") or "", rec.get("full_name") or ""]
    if g["key"].startswith("DEAL:"):
        weapon = next((x for x in entities if x["id"] == g.get("entity_id")), None)
        parts += [(weapon or {}).get("role") or "", "arms defence defense military weapons"]
    return _words_of_kind(parts)


def _words_of_kind(parts: list[str]) -> set[str]:
    """The lower-case words of ``parts``, one kind word for each kind ("security" is "defence")."""
    return {_KIND_OF.get(w, w) for part in parts for w in re.findall(r"[a-z][a-z-]+", part.lower())}


def _other_parties(doc: Doc, d: Described, group: dict[str, Any], entities: list[dict[str, Any]],
                   recs: dict[str, dict[str, Any]]) -> bool:
    """Whether a described agreement names parties of its own that an agreement named before it
    does not have, in its words or as those who sign it: "the EU-Mercosur trade deal", "a trade
    deal with Japan", "the UK and India signed a free trade agreement" after a free trade
    agreement of India and the EU. Unknown parties on either side are no sign, nor are the
    countries of the sentence around the description ("Iran insists on ... staying in an
    international nuclear deal, European diplomats said": the JCPOA still)."""
    mine = countries_in(entities, d.start, max(d.end, d.phrase_end)) or signatories(doc, entities, [(d.start, d.end)])
    theirs = (recs.get(group.get("ref_id") or "") or {}).get("parties") or [
        c for a, b in group["mentions"] for c in sentence_parties(doc, entities, a, b)]
    return bool(mine) and bool(theirs) and not set(mine) <= set(theirs)


def _stems(name: str) -> set[str]:
    """The words of a name, lower case, without a plural -s ("patrolling arrangements")."""
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[\w-]+", name.lower())}


def described_key(d: Described, entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]],
                  mentions: list[tuple[int, int, str]], weapons_at: list[tuple[int, int, dict]],
                  groups: dict[str, dict[str, Any]], doc: Doc) -> str | None:
    """Which agreement already known a described one is, as a group key, or None for a new one:
    the one agreement of that year the article names (of the kind the words name, if they do);
    the record's agreement of that year with a party named in the words ("the 2015 accord between
    Iran and six world powers": the JCPOA); the deal for the weapon named just before ("a deal for
    the anti-aircraft systems"); with no year, the agreement named last before it whose kind the
    words name ("this missile deal" after the S-400 deal, "an international nuclear deal" after
    the JCPOA; not "the trade deal" after a security annex), or, for a definite description that
    names no kind, the agreement named last before it; an unqualified deal, the weapon deal
    named last before it ("a $2 billion deal" after the S-400 deal)."""
    if d.year:
        # an agreement the article names, of that year, of the kind the words name, if any ("the
        # 2015 nuclear deal" and the JCPOA, named before or after)
        named = [k for k, g in groups.items() if (recs.get(g.get("ref_id") or "", {}).get("date_signed") or "")
                 .startswith(d.year) and (not d.kinds or set(d.kinds) & _kind_words(g, entities, recs))]
        if len(named) == 1:
            return named[0]
        # (or one described before with that year: "the 1974 agreement" after "the 1974
        # disengagement agreement")
        described = [k for k, g in groups.items() if k.startswith("DESC:") and d.year in (g.get("name") or "").split()
                     and any(b <= d.start for _, b in g["mentions"])]
        if not named and len(described) == 1:
            return described[0]
        countries = {x["country"] for x in entities for a, b in x["mentions"]
                     if x.get("country") and d.start <= a and b <= max(d.end, d.phrase_end)}
        hits = [k for k, r in recs.items() if (r.get("date_signed") or "").startswith(d.year)
                and countries & set(r.get("parties") or [])]
        if not hits and not countries and d.kinds:
            # "the 2015 nuclear deal" in an article on Iran: the record's one nuclear agreement of
            # that year with a party the article names (the JCPOA)
            named_here = {x.get("country") for x in entities if x.get("country")}
            hits = [k for k, r in recs.items() if (r.get("date_signed") or "").startswith(d.year)
                    and set(d.kinds) <= _words_of_kind([r.get("kind") or "", r.get("full_name") or "", r.get("name") or ""])
                    and named_here & set(r.get("parties") or [])]
        return hits[0] if len(hits) == 1 else None
    if _GOODS_NAMED.search(" ".join(d.name.split()[:-1])):
        return None  # "the GE F414 engine deal for the Tejas": a deal of its own, not a weapon's named before
    if set(doc.text[d.start:d.end].lower().split()) & _ANOTHER_WORDS:
        return None  # "Germany signed its own 15-year deal with Qatar": not the one named before
    term = _TERM.search(d.name)
    before_terms = [t for m in mentions if m[1] <= d.start for t in [_TERM.search(groups[m[2]]["name"] or "")] if t]
    if term and before_terms and before_terms[-1].group() != term.group():
        return None  # "a 15-year deal" after "a 27-year agreement": another one
    if d.for_what in _WEAPON_NOUNS:
        near = [w for w in weapons_at if w[1] <= d.start and d.start - w[1] < 1500]
        if near:
            return f"DEAL:{near[-1][2]['key']}"
    before = [m for m in mentions if m[1] <= d.start]
    made_there = _made_in_the_place_named(doc, d, before, entities)
    if made_there is not None:  # "the Washington deal" after a deal signed in Washington
        return made_there
    if d.kinds:
        same = [m for m in before if set(d.kinds) & _kind_words(groups[m[2]], entities, recs)]
        if same and _other_parties(doc, d, groups[same[-1][2]], entities, recs):
            return None  # (a trade deal between others is another trade deal)
        return same[-1][2] if same else None
    near = [m for m in before if d.start - m[1] < 1500]
    if d.name.lower().startswith("code of conduct") and near \
            and not groups[near[-1][2]]["name"].lower().startswith("code of conduct"):
        return None  # "the Code of Conduct in the South China Sea" after a digital economy agreement: its own
    if d.definite and near and not _named_otherwise(doc, d, groups[near[-1][2]], entities, recs):
        return near[-1][2]
    judged = set(doc.text[d.start:d.end].lower().replace(",", " ").split()[:-1]) - {"a", "an", "and"}
    if judged and judged <= _JUDGING_MODS | _PRAISING_MODS and near and not near[-1][2].startswith(("DESC:", "TYPE:")):
        return near[-1][2]  # "we have concluded a comprehensive and balanced agreement" after the CETA: the CETA
    # "an agreement on patrolling arrangements" after "agreed on a patrolling arrangement": the same
    said = _stems(d.name)
    same = [m for m in near if m[2].startswith("DESC:") and len(_stems(groups[m[2]]["name"])) > 1
            and _stems(groups[m[2]]["name"]) <= said]
    if same:
        return same[-1][2]
    weapons = [w for w in weapons_at if w[1] <= d.start and d.start - w[1] < 600]
    if d.definite and weapons and d.name.split()[-1].lower() in ("deal", "contract"):
        return f"DEAL:{weapons[-1][2]['key']}"  # "The $5 billion deal" after the S-400 system: its deal
    deals = [m for m in near if m[2].startswith("DEAL:")]
    if deals and d.name.split()[-1].lower() in ("deal", "contract"):
        return deals[-1][2]  # "a government-to-government deal" after the Rafale deal: that deal
    return None


def _made_in_the_place_named(doc: Doc, d: Described, before: list[tuple[int, int, str]],
                             entities: list[dict[str, Any]]) -> str | None:
    """The agreement a definite description named for a city stands for ("the Washington deal",
    "the Doha agreement"): the latest one before it whose paragraph (its dateline included) names
    that city; None for a description that names no city, or with no such agreement."""
    if not d.definite:
        return None
    cities = [x for x in entities if x["type"] == "GPE" and x.get("role") in ("capital", "city")
              and any(d.start <= a and b <= d.end for a, b in x["mentions"])]
    text = doc.text
    for s, e, key in reversed(before):
        para = (text.rfind("\n", 0, s) + 1, len(text) if text.find("\n", e) < 0 else text.find("\n", e))
        if any(para[0] <= a and b <= para[1] for x in cities for a, b in x["mentions"]):
            return key
    return None


#: Words that make a described agreement another than the one before it ("its own deal").
_ANOTHER_WORDS = {"own", "separate", "another", "parallel", "rival"}
#: An agreement's term in years ("27-year", "15-year").
_TERM = re.compile(r"\b\d+-year\b")


def _named_otherwise(doc: Doc, d: Described, group: dict[str, Any], entities: list[dict[str, Any]],
                     recs: dict[str, dict[str, Any]]) -> bool:
    """Whether a described agreement's words name a bloc or a country that is no party to the
    agreement before it, by its record or by the sentence it is first named in ("the Mercosur
    agreement" after the EU-Mexico Global Agreement; not "the Indo-US agreement" after COMCASA)."""
    named = [p for x in entities if any(d.start <= a and b <= d.end for a, b in x["mentions"])
             for p in [party_of(x)] if p]
    if not named or not group["mentions"]:
        return False
    parties = set(recs.get(group.get("ref_id") or "", {}).get("parties") or []) \
        or set(sentence_parties(doc, entities, *min(group["mentions"])))
    return any(p not in parties for p in named)


def headline_end_at(text: str) -> int:
    """Where a headline ends: the first line, when it is short and has no full stop at its end
    ("Japan, Philippines sign troop pact"); 0 when the text opens with a sentence."""
    line = text.split("\n", 1)[0].rstrip()
    if not line or line[-1] in ".?!”\"" or len(line.split()) > 25 or "\n" not in text:
        return 0
    return len(line)


def headline_descriptions_to_body(text: str, groups: dict[str, dict[str, Any]], mentions: list[tuple[int, int, str]],
                                  entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]
                                  ) -> list[tuple[int, int, str]]:
    """A headline describes in short what the body names in full ("Japan, Philippines sign troop
    pact" ... "signed a reciprocal access agreement"): an agreement described only in the headline
    is the body's agreement of its kind, or the body's only agreement, when there is one."""
    end = headline_end_at(text)
    if not end:
        return mentions
    for key in [k for k, g in groups.items() if k.startswith("DESC:") and all(b <= end for _, b in g["mentions"])]:
        body = [k for k in dict.fromkeys(m[2] for m in mentions if m[0] > end) if k != key]
        kinds = set(groups[key]["name"].lower().split()[:-1])
        head = groups[key]["name"].lower().split()[-1]
        # the body's agreement of the same kind ("free trade agreement" ... "a free trade agreement
        # (FTA)", not the "investment protection agreement" below it), else of the same head word
        # ("10-year defence framework" ... "a new 10-year framework"), else the only one
        kind = {_KIND_OF.get(w, w) for w in kinds} & (DESCRIBING_WORDS - _NO_KIND)
        same = [k for k in body if kind & _kind_words(groups[k], entities, recs)] \
            or [k for k in body if k.startswith("DESC:") and groups[k]["name"].lower().split()[-1] == head] \
            or [k for k in body if kinds & _kind_words(groups[k], entities, recs)]
        target = same[0] if same else (body[0] if len(body) == 1 else None)
        if target is None or (not same and "new" in kinds and groups[target].get("ref_id")):
            continue  # ("Iran, IAEA agree on new inspection framework" is not the 2015 deal the body names)
        other = (_kind_words(groups[target], entities, recs) & (DESCRIBING_WORDS - _NO_KIND)) if not same else set()
        if kind and other and not kind & other:
            continue  # ("UK and EU agree defence pact and fishing deal": the defence pact is not the fishing deal)
        if target.startswith("DESC:") and kind and re.search(r"\b(?:brokered|mediated) by\b", groups[target]["name"]):
            # the body describes it by who brought it about ("a deal brokered by Turkey"), the
            # headline by its kind ("prisoner swap"): the kind names it
            groups[target]["name"] = groups[key]["name"]
        groups[target]["mentions"] += groups.pop(key)["mentions"]
        mentions = [(a, b, target if k == key else k) for a, b, k in mentions]
    return mentions


def descriptions_before_names(doc: Doc, groups: dict[str, dict[str, Any]], mentions: list[tuple[int, int, str]],
                              entities: list[dict[str, Any]], recs: dict[str, dict[str, Any]]
                              ) -> list[tuple[int, int, str]]:
    """A lead describes what the next sentences name ("A defence agreement between Japan and the
    Philippines ... came into force on Thursday. The Reciprocal Access Agreement (RAA), signed in
    Manila ..."): an agreement described between two countries or more is the agreement named
    first after it, within a few sentences and with nothing named between, when that one's
    parties (its record's, or those of its sentence, its leaders included) include them all, or it has none and opens
    its sentence; and when the lead says what kind of agreement it is and the record says what
    kind the named one is, the two agree."""

    def countries(s: int, e: int, leaders: bool = False) -> list[str]:
        sent = sent_of_span(doc.char_span(s, e, alignment_mode="expand"))
        return countries_in(entities, sent.start_char, sent.end_char,
                            aside=not_parties(doc, sent.start_char, sent.end_char, (s, e)), leaders=leaders)

    # (a known agreement's name written in lower case of other parties is a description too: "a
    # mutual defence treaty" between Papua New Guinea and Australia, then "The Pukpuk Treaty")
    for key in [k for k in groups if k.startswith("DESC:") or (k.startswith("OTHER:") and groups[k]["name"].islower())]:
        for s, e in sorted(groups[key]["mentions"]):
            nxt = next((m for m in mentions if m[0] >= e and m[2] != key), None)
            if nxt is None or nxt[0] - e > 600 or nxt[2].startswith(("DESC:", "DEAL:", "TYPE:")) \
                    or min(groups[nxt[2]]["mentions"])[0] < nxt[0]:
                continue  # (not an agreement named before, nor one named far off)
            named, described = nxt[2], countries(s, e)
            # (those of the named one's sentence include the leaders there: "signed in London by ... in
            # the presence of Prime Minister Narendra Modi and his British counterpart Keir Starmer")
            theirs = (recs.get(groups[named].get("ref_id") or "") or {}).get("parties") \
                or countries(nxt[0], nxt[1], leaders=True)
            # (a name with no parties of its own that opens the next sentence goes on with the lead:
            # "The Comprehensive Strategic Partnership Treaty, signed by Kim and Putin, ...")
            opens = not theirs and \
                sent_of_span(doc.char_span(nxt[0], nxt[1], alignment_mode="expand")).start_char >= nxt[0] - 4
            kinds = _words_of_kind([groups[key]["name"]]) & (DESCRIBING_WORDS - _NO_KIND)
            if kinds and (recs.get(groups[named].get("ref_id") or "") or {}).get("kind") \
                    and not kinds & _kind_words(groups[named], entities, recs):
                continue  # ("signed a free trade agreement. The Paris Agreement ...": not the same)
            # (or the one named is of fewer of them, and its name says the lead's kind: "terminate a
            # military intelligence-sharing agreement with Japan ... the General Security of
            # Military Information Agreement")
            fewer = bool(theirs) and set(theirs) < set(described) and bool(kinds) \
                and bool(kinds & _words_of_kind([groups[named]["name"], groups[named].get("expansion") or ""]))
            if len(described) >= 2 and (set(described) <= set(theirs) or opens or fewer):
                groups[named]["mentions"] += groups[key]["mentions"]
                groups[named]["notes"].append(f"described first as '{groups.pop(key)['name']}'")
                mentions = [(a, b, named if k == key else k) for a, b, k in mentions]
                break
    return mentions
