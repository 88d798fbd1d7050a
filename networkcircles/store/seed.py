"""The five circles every new store starts with (DESIGN.md, from the centre outwards)."""

from typing import NamedTuple


class CircleSeed(NamedTuple):
    key: str
    name: str
    description: str
    colour: str


CIRCLE_SEEDS: tuple[CircleSeed, ...] = (
    CircleSeed(
        "family",
        "Family and friends",
        "Make sure each of them knows you are looking: nobody is too close to ask.",
        "#d9822b",
    ),
    CircleSeed(
        "coworkers",
        "Former co-workers and bosses",
        "They can speak first hand to your work ethic and expertise: ask who will vouch "
        "for you and be a reference.",
        "#2b8a3e",
    ),
    CircleSeed(
        "peers",
        "Fellow job seekers",
        "People met at networking events and job clubs share tools, career fairs and "
        "companies that are hiring.",
        "#1971c2",
    ),
    CircleSeed(
        "associations",
        "Professional and trade associations",
        "Dues can be steep: vet each association and compare them for the highest return.",
        "#7048e8",
    ),
    CircleSeed(
        "acquaintances",
        "Acquaintances",
        "They meet many people every day: tell those with useful contacts who can convey "
        "your situation accurately, and leave out the ones who only pass along gossip.",
        "#c2255c",
    ),
)

CIRCLE_KEYS: tuple[str, ...] = tuple(seed.key for seed in CIRCLE_SEEDS)
