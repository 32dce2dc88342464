"""Targets and actors from context: the events a noun points back to ("the agreement", "the decision"),
the other side of the latest meeting, the target of earlier events of the same kind."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from entente.coding.grammar import (
    AGGRESSORS,
    ANAPHORIC_NOUNS,
    COUNTERPARTS,
    EVENT_KINDS,
    REACTIONS,
    RECALL,
    Trigger,
)
from entente.coding.phrase_words import Found
from entente.coding.state import CoderState
from entente.coding.tables import lookup
from entente.record import Actor, Event

PRESSING = {"REQUEST", "AGREE", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT"}

if TYPE_CHECKING:
    from spacy.tokens import Token


TIES_BROKEN = {"161", "164"}  # breaking off relations or talks: with someone, if unnamed the one dealt with
NEARBY = 2  # how many sentences back a withdrawal is taken for the same one
PLACED = {"MOBILIZE", "ASSAULT", "COERCE", "RETREAT", "CONCEDE", "AID"}  # where an actor's forces are
DEALINGS = {"CONSULT", "COOPERATE", "SUPPORT", "AGREE", "AID", "SANCTION", "ACCUSE", "REQUEST", "REJECT"}


LIFTINGS = {"081", "085", "0872"}  # lifting restrictions, sanctions or a blockade


# sentences: how far back the one an actor last dealt with still sets the scene (on long history pages a partner
# further back belongs to another story: of 12 such targets checked by hand in the corpus, 4 were right)
SCENE = 12


class ContextStage(CoderState):
    """References to what the text told before: earlier events, their actors and targets."""

    @staticmethod
    def _contextual(event: Event) -> bool:
        return event.target is not None and event.target.start < event.sentence.start

    def _context_target(self, event: str, trigger: Trigger, sentence: int) -> Found | None:
        """The target of the latest event of the same kind in the last six sentences, if any. A refusal counts
        as what it refuses ("ruled out sending troops" is about troops for Haiti); a pledge of aid (CAMEO 033)
        and a deployment are aid."""
        if trigger.cameo.startswith("033"):
            event = "AID"
        mine = {s.country for s in trigger.sources}
        candidates: list[Event] = []
        for earlier in reversed(self.history[-RECALL:]):
            kind = self.refused_kinds.get(earlier.id, earlier.event)
            if earlier.cameo.startswith("033"):
                kind = "AID"
            same_kind = kind == event or {kind, event} <= {"AID", "MOBILIZE"}
            # ("Xi has not spoken to Zelensky ... Xi arrived": what did not happen sets no scene; and a guess is not
            # built on a guess)
            if same_kind and earlier.target is not None and earlier.target.country not in mine \
                    and earlier.modality != "negated" \
                    and not (self._contextual(earlier) and earlier.cameo in TIES_BROKEN):
                candidates.append(earlier)
        # the one this actor dealt with in the last dozen sentences ("Poland did not rule out further expulsions"),
        # else the latest such event of the last six sentences
        recent = [e for e in candidates if e.sentence.index >= sentence - 6]
        pick = next((e for e in candidates if e.source.country in mine and e.sentence.index >= sentence - SCENE),
                    recent[0] if recent else None)
        if (pick is None or pick.target is None) and trigger.cameo in TIES_BROKEN:
            # "Maduro broke off relations": with the other side of the latest dealings the text told of him
            other = self._last_other(mine, DEALINGS, {"asserted", "future"})
            return Found.told(other, "context") if other is not None else None
        if pick is None and event == "SANCTION" and len(mine) == 1:
            # "The United States withdrew from the treaty ... Moscow suspended its own obligations": a measure
            # answering one taken against its actor is aimed back at the one who took it (tit for tat; not a
            # measure of two states, "the inter-Korean agreement that banned flights")
            taken = next((e for e in reversed(self.history[-RECALL:]) if e.event == "SANCTION"
                          and e.sentence.index >= sentence - 6 and e.target is not None and e.target.country in mine
                          and e.source.country not in mine and e.modality in ("asserted", "future")), None)
            return Found.told(taken.source, "context") if taken is not None else None
        if pick is None or pick.target is None:
            return None
        return Found.told(pick.target, "context")

    def _retaliated(self, trigger: Trigger) -> Found | None:
        """"Pakistani jets struck back", "Iran retaliated", "an Israeli counterattack": against the latest one who
        attacked or coerced them."""
        verb = trigger.token
        back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children) \
            or verb.lemma_.lower() in ("retaliate", "counterattack") or any(
                p.lower_ == "in" and any(o.lemma_.lower() == "retaliation" for o in p.children) for p in verb.children)
        # "did not order a retaliatory strike": the strike answers an attack
        back = back or any(c.dep_ in ("amod", "compound") and c.lower_ in ("retaliatory", "reprisal")
                           for w in [verb, *trigger.words] for c in w.children)
        if not back:
            return None
        attacker = self._last_other({s.country for s in trigger.sources}, {"ASSAULT", "COERCE", "THREATEN"},
                                    {"asserted"}, from_mine=False)
        return Found.told(attacker, "context") if attacker is not None else None

    def _anaphora(self, objects: list[Token], sources: list[Found], any_noun: bool = False) -> list[Found]:
        """"Moscow called the decision a hostile act": the decision is the last event's, so is its actor. With
        ``any_noun``, any definite noun is taken for an event told before ("described the forced landing as ...")."""
        for obj in objects:
            lemma = obj.lemma_.lower()
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children):
                continue
            mine = {s.country for s in sources}
            # ("condemned the forced landing" after "described the forced landing as ...": any noun, named so before)
            echoed = self._echoed(obj, mine) if obj.pos_ == "NOUN" and obj.i not in self.resolver.by_token else []
            if echoed:
                return echoed
            if lemma not in ANAPHORIC_NOUNS and lemma not in self.patterns.nouns and not (
                    any_noun and obj.pos_ == "NOUN" and obj.i not in self.resolver.by_token):
                continue
            if lemma in EVENT_KINDS:  # "condemned the agreement": the parties of the agreement just told
                latest = self._referent_event(EVENT_KINDS[lemma], mine, obj.sent.start_char)
                return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in latest]
            known = lemma in ANAPHORIC_NOUNS or lemma in self.patterns.nouns
            noun = self.patterns.nouns.get(lemma)
            kind = lookup(noun.cameo).event if noun is not None else None
            if kind is not None:  # "called the launch a brazen violation": the last launch told, not the last news
                latest = self._referent_event(frozenset({kind}), mine, obj.sent.start_char)
                if latest:
                    return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in latest]
            told = self._previous_news(mine, obj) if known else []
            if told:  # "called the decision illegal": the main news of the sentence before
                return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in told]
            # the actor whose doings the text has reported most, those aimed at the speaker counting double
            scores: dict[str, float] = {}
            for rank, event in enumerate(self.history[-RECALL:]):
                if event.source.country in mine or event.modality != "asserted":
                    continue
                if not known and event.event not in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"):
                    continue  # "described the forced landing as terrorism": a deed, not a word
                weight = 2.0 if event.target is not None and event.target.country in mine else 1.0
                scores[event.source.country] = scores.get(event.source.country, 0.0) + weight + rank * 1e-6
            if scores:
                country = max(scores, key=lambda c: scores[c])
                return [Found(country, None, None, obj.idx, obj.idx + len(obj), "reference")]
        return []

    def _echoed(self, obj: Token, mine: set[str]) -> list[Found]:
        """"Stoltenberg called the applications a historic step ... Ryabkov called the applications a serious
        error": a judgement of what an earlier judgement named in the same words is aimed at the same ones."""
        phrase = " ".join(t.lower_ for t in obj.doc[obj.left_edge.i:obj.i + 1])  # "the applications"
        for event in reversed(self.history[-RECALL:]):
            if event.sentence.start >= obj.sent.start_char or event.event not in REACTIONS or event.target is None:
                continue
            told = self.text[event.evidence.start:event.evidence.end + len(phrase) + 2]
            if phrase not in " ".join(told.split()).lower():
                continue
            judged = [e.target.country for e in self.history[-RECALL:] if e.evidence == event.evidence
                      and e.target is not None and e.target.country not in mine]
            return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in dict.fromkeys(judged)]
        return []

    def _previous_news(self, mine: set[str], noun: Token) -> list[str]:
        """The actors of the first event (by others than ``mine``) of the sentence just before, in the same
        paragraph."""
        last = bisect.bisect_right(self.resolver.sentence_starts, noun.sent.start) - 2
        earlier = [e for e in self.history[-RECALL:] if e.sentence.index == last]
        first = next((e for e in earlier if e.source.country not in mine and e.modality in ("asserted", "future")
                      and e.id not in self.reversed_ids), None)
        if first is None or "\n" in self.text[first.sentence.end:noun.sent.start_char]:
            return []
        return list(dict.fromkeys(e.source.country for e in earlier if e.evidence == first.evidence
                                  and e.source.country not in mine))

    def _referent_event(self, kinds: frozenset[str], mine: set[str], before: int) -> list[str]:
        """The actors of the latest event of the kind a noun names ("the agreement", "the raid") told before
        by others than ``mine``."""
        # a deed ("the launch", "the attack") is one that was done, before any that is only planned; an agreement
        # may be one announced
        passes = [("asserted", "future")] if kinds & {"AGREE", "SUPPORT", "COOPERATE"} else [("asserted",),
                                                                                            ("asserted", "future")]
        for modalities in passes:
            for event in reversed(self.history[-RECALL:]):
                if event.sentence.start >= before:
                    continue
                if event.source.country in mine or event.modality not in modalities:
                    continue
                if event.event not in kinds or (event.target is None and event.event not in (
                        "MOBILIZE", "AGREE", "SUPPORT", "COOPERATE")):
                    continue  # ("the invasion" is not the army that stayed in its barracks; "the agreement" Iran
                    # reached with six world powers is Iran's)
                actors = [e.source.country for e in self.history[-RECALL:]
                          if e.evidence == event.evidence and e.source.country not in mine]
                return list(dict.fromkeys(actors))
        return []

    def _referent_targets(self, kinds: frozenset[str], mine: set[str], before: int) -> list[Found]:
        """The targets of the latest event of one of ``kinds`` told before ("took part in the invasion")."""
        for event in reversed(self.history[-RECALL:]):
            if event.sentence.start < before and event.event in kinds and event.target is not None \
                    and event.target.country not in mine and event.modality in ("asserted", "future"):
                return [Found.told(event.target, "context")]
        return []

    def _withdrawn_from(self, trigger: Trigger) -> Found | None:
        """Where forces withdrawn with no place named leave: the target of the latest deployment, attack or
        withdrawal of the same actor told before, or the one who demanded they leave."""
        mine = {s.country for s in trigger.sources}
        for event in reversed(self.history[-RECALL:]):
            if event.target is None or event.modality not in ("asserted", "future"):
                continue
            if event.source.country in mine and event.target.country not in mine and event.event in PLACED:
                return Found.told(event.target, "context")
            if event.target.country in mine and event.source.country not in mine and event.event == "REQUEST" \
                    and event.cameo.startswith("10"):  # "the junta demanded that French troops leave"
                return Found.told(event.source, "context")
        # "France withdrew its troops from Mali last August ... Britain and Sweden said they would pull their
        # contingents out": withdrawals told one after another, near each other, leave the same place
        sentence = bisect.bisect_right(self.resolver.sentence_starts, trigger.token.sent.start) - 1
        for event in reversed(self.history[-RECALL:]):
            if event.sentence.index < sentence - NEARBY:
                break
            if event.event == "RETREAT" and event.target is not None and event.target.country not in mine \
                    and event.source.country not in mine and event.modality in ("asserted", "future"):
                places = [e.target for e in self.history[-RECALL:] if e.evidence == event.evidence
                          and e.target is not None and e.target.country not in mine]
                return Found.told(places[0], "context")  # (the place it names first)
        return None

    def _adversary(self, sources: list[Found]) -> list[Found]:
        """The other side of the latest hostile event the text told of ``sources`` (as actor or target)."""
        hostile = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "MOBILIZE"}
        other = self._last_other({s.country for s in sources}, hostile, {"asserted", "future"})
        return [Found.told(other, "context")] if other is not None else []

    def _last_party(self, sources: list[Found], sentence: int, reach: int = 3) -> list[Found]:
        """The other side of the latest event of the last ``reach`` sentences in which one of ``sources`` pressed,
        asked, offered or was pressed, asked or offered (not a meeting or help): "Erdogan has refused to apologise"
        answers the one his country shot at."""
        mine = {s.country for s in sources}
        # one who pressed them earlier in the sentence first ("Orban invited Kristersson, but he saw no reason to
        # negotiate"; not the sentence's own acts of theirs: "recalled its ambassadors and said it would never ...")
        pressed = [e for e in self.told_here if e.target is not None and e.event in PRESSING
                   and e.target.country in mine and e.source.country not in mine]
        if pressed:
            return [Found.told(pressed[-1].source, "context")]
        for event in reversed(self.history[-RECALL:]):
            if event.sentence.index < sentence - reach:
                break
            if event.target is None or event.event not in PRESSING or (
                    event.source.country in mine and event.target.country in mine):
                continue
            if event.source.country in mine:
                return [Found.told(event.target, "context")]
            if event.target.country in mine:
                return [Found.told(event.source, "context")]
        return []

    def _aggressors(self, nouns: list[Token], sources: list[Found]) -> list[Found]:
        """"would drive the invaders back": the invaders, aggressors or attackers are the last ones who attacked
        one of ``sources``."""
        if not sources or not any(n.lemma_.lower() in AGGRESSORS and n.i not in self.resolver.by_token
                                  for n in nouns):
            return []
        attacker = self._last_other({s.country for s in sources}, {"ASSAULT", "COERCE"}, {"asserted"},
                                    from_mine=False)
        return [Found.told(attacker, "context")] if attacker is not None else []

    def _belligerents(self, sources: list[Found], token: Token) -> list[Found]:
        """"China urged both sides to exercise restraint": the two sides of the latest hostile event the text told,
        neither of them the one who speaks."""
        mine = {s.country for s in sources}
        for event in reversed(self.history[-RECALL:]):
            if event.event in ("ASSAULT", "COERCE", "THREATEN") and event.target is not None \
                    and event.modality == "asserted" and not {event.source.country, event.target.country} & mine \
                    and not any(a.country.startswith("IGO") for a in (event.source, event.target)):
                return [Found(a.country, None, None, token.idx, token.idx + len(token), "reference")
                        for a in (event.source, event.target)]
        salient = self.resolver.salient(token)
        if salient is not None and salient not in mine and any(c.lower_ == "warring" for c in token.children):
            # "accused both warring parties of war crimes", with no war between states told: a civil war, whose
            # parties are of the state the text is about
            return [Found(salient, None, None, token.idx, token.idx + len(token), "reference")]
        return []

    def _accusers(self, sources: list[Found], kinds: frozenset[str] | set[str] = frozenset({"ACCUSE"})) -> list[Found]:
        """Who last accused one of ``sources`` in the text (for a denial), or last did one of ``kinds`` to them."""
        accuser = self._last_other({s.country for s in sources}, set(kinds), None, from_mine=False)
        return [Found.told(accuser, "context")] if accuser is not None else []

    def _counterpart(self, objects: list[Token], sources: list[Found]) -> list[Found]:
        """"Lula praised his guest": the other side of the latest meeting or visit the source took part in."""
        for obj in objects:
            if obj.lemma_.lower() not in COUNTERPARTS or obj.i in self.resolver.by_token:
                continue
            other = self._last_other({s.country for s in sources}, {"CONSULT"}, None)
            if other is not None:
                return [Found(other.country, other.role, other.name, obj.idx, obj.idx + len(obj), "reference")]
        return []

    def _last_other(self, mine: set[str], kinds: set[str], modalities: set[str] | None,
                    from_mine: bool = True) -> Actor | None:
        """The other side of the latest event of ``kinds`` (in ``modalities``, if given) that one of ``mine`` did
        (``from_mine``) or that was done to one of them."""
        for event in reversed(self.history[-RECALL:]):
            if event.event not in kinds or event.target is None \
                    or (modalities is not None and event.modality not in modalities):
                continue
            if from_mine and event.source.country in mine and event.target.country not in mine:
                return event.target
            if event.target.country in mine and event.source.country not in mine:
                return event.source
        return None

    def _relieved(self, mine: set[str]) -> Found | None:
        """"in case the Russians reimposed restrictions": a measure imposed again bears on the one the same actor
        last lifted a measure from (CAMEO 081, 085 or the 0872 lifting of a blockade)."""
        for event in reversed(self.history[-RECALL:]):
            if event.cameo in LIFTINGS and event.target is not None and event.source.country in mine \
                    and event.target.country not in mine and event.modality == "asserted":
                return Found.told(event.target, "context")
        return None
