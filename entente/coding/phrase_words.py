"""The words reading a noun phrase turns on (references, role and group nouns, partitives, numbers) and the
``Found`` record: an actor found for a phrase, before it becomes an ``Actor``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from entente.record import Actor

SINGULAR_REFERENCES = {"it", "its", "itself"}
PERSON_REFERENCES = {"he", "him", "his", "she", "her", "himself", "herself"}
# nouns naming one person who acts for a state ("Iran's oil minister ... his country")
OFFICE_HOLDERS = {"minister", "president", "premier", "chancellor", "ambassador", "envoy", "diplomat", "spokesman",
                  "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "leader", "king", "queen", "emir",
                  "general", "commander", "secretary", "official", "negotiator"}
PLURAL_REFERENCES = {"they", "them", "their", "themselves", "theirs", "both"}  # "X and Y, both ruled by soldiers"
SINGULAR_NOUNS = {"country", "nation", "state", "regime", "kingdom", "republic", "emirate", "sultanate", "monarchy"}
PLURAL_NOUNS = {"country", "nation", "side", "state", "government", "power", "neighbor", "neighbour", "ally",
                "monarchy", "kingdom", "emirate", "republic"}
STATE_NOUNS = {"country", "nation", "state", "neighbor", "neighbour", "monarchy", "kingdom", "emirate", "republic"}
COLLECTIVE_NOUNS = {"alliance", "partnership", "relationship", "relation", "tie", "bloc", "axis", "coalition",
                    "pact", "friendship", "rapprochement", "cooperation", "treaty", "agreement"}
PARTITIVES = {"thousand", "hundred", "dozen", "million", "billion", "some", "many", "much", "most", "all", "part",
              "number", "group", "contingent", "unit", "battalion", "delegation", "share", "majority", "team"}
DEFINITE_ROLES = {"GOV", "MIL"}
FORCE_NOUNS = {"force", "brigade", "battalion", "contingent", "division", "fleet", "flotilla", "battlegroup"}  # "the
# force" names back "a British naval task force"
DEFINITE_NOUNS = {"junta", "government", "regime", "administration", "army", "military", "ministry", "cabinet",
                  "leadership", "authorities"}
# "Iranian-backed", "Soviet-armed": the backing told by a compound (CAMEO 051 praise or endorse; 07x aid); a backer
# is not the owner of what it backs
BACKING = {"back": "051", "support": "051", "sponsor": "051", "arm": "072", "supply": "072", "train": "072",
           "fund": "071", "finance": "071", "equip": "072"}
BACKERS = frozenset(BACKING)
# one's opposite number, named by the nationality it carries: "his Japanese counterpart" is Japan's official
OPPOSITE_NUMBERS = {"counterpart", "interlocutor"}
BLOC_MEMBERS = {"member", "partner", "ally"}  # "NATO's members", "its partners in the European Community"
# "officials in Washington said the administration ...": verbs that report what a state's own people say
REPORTING_VERBS = {"say", "tell", "announce", "state", "confirm", "add", "insist"}
# what an outlet puts out speaks for the outlet: "a broadcast on Moscow radio accused ..."
BROADCASTS = {"broadcast", "commentary", "editorial", "bulletin", "transmission"}
PERSON_NOUNS = {"leader", "president", "minister", "premier", "head", "chancellor"}
PLACE_NOUNS = {"city", "town", "capital", "village", "street", "province", "region"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
ORGANISATION_NOUNS = {"alliance", "bloc", "organisation", "organization", "agency", "council", "union", "league",
                      "body", "community"}
NOT_ALLIANCES = {"alliance": ("IGOUNO", "IGOIAEA", "IGOWHO", "IGOIMF", "IGOWBK", "IGOEU"),
                 "agency": ("IGONAT", "IGOEU")}
SENT_GROUPS = {"delegation", "envoy", "team", "mission", "emissary", "representative", "negotiator", "official",
               "force", "contingent", "convoy"}
SETTLEMENTS = {"village", "town", "city", "port", "province", "region", "district", "capital", "enclave"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "only", "latest", "next"}
JUNTA_NOUNS = {"junta"}
COUP_WORDS = {"coup", "putsch", "junta", "takeover"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}


@dataclass(frozen=True)
class Found:
    """An actor found for a phrase, before it becomes an ``Actor`` record."""

    country: str
    role: str | None
    name: str | None
    start: int  # character offsets of the words that name it
    end: int
    via: str  # mention | modifier | reference | apposition | context | place | partner

    @classmethod
    def told(cls, actor: Actor, via: str) -> Found:
        """An actor of an event told earlier, found again (as a context target, an accuser, the accused)."""
        return cls(actor.country, actor.role, actor.name, actor.start, actor.end, via)


def _a_place(token: Token) -> bool:
    """"met in Kinshasa": a capital named as the place of an event is not one of the parties."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "from", "near") \
        and token.ent_type_ in ("GPE", "LOC", "FAC")
