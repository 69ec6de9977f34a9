"""Corpus tokens -> marsad tokens and back, the split, NewsFANE reading."""
from marsad.ner.data import split, to_corpus_tags, to_seq


def test_glued_punctuation_is_split_like_runtime_text():
    q = to_seq([("(د", "O"), ("ب", "O"), ("أ)", "O"), ("أعلن", "O"), ("اتحاد", "B-ORG"), ("الصناعة", "I-ORG")])
    assert [t.text for t in q.tokens] == ["(", "د", "ب", "أ", ")", "أعلن", "اتحاد", "الصناعة"]
    assert all(q.text[t.start:t.end] == t.text for t in q.tokens)
    assert q.labels[-2:] == ["B-ORG", "I-ORG"]
    # each corpus token takes the tag of its first word piece
    pred = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG"]
    assert to_corpus_tags(q, pred, 6) == ["I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]


def test_entity_token_with_glued_quote_spreads_its_tag():
    q = to_seq([("\"حلب", "B-LOC"), ("اليوم", "O")])
    assert [t.text for t in q.tokens] == ['"', "حلب", "اليوم"]
    assert q.labels == ["O", "B-LOC", "O"]  # the quote stays outside the name


def test_split_is_deterministic_tenth():
    train, dev = split(list(range(100)))
    assert dev == [9, 19, 29, 39, 49, 59, 69, 79, 89, 99] and len(train) == 90


def test_block_split_holds_out_contiguous_runs_with_guards():
    from marsad.ner.data import DEV_BLOCK_LEN, DEV_BLOCKS, GUARD, block_ranges, block_split

    n = 3989
    train, dev, guard = block_split(list(range(n)))
    assert len(dev) == DEV_BLOCKS * DEV_BLOCK_LEN == 400
    assert len(guard) == DEV_BLOCKS * 2 * GUARD == 120
    assert sorted(train + dev + guard) == list(range(n))
    ranges = block_ranges(n)
    assert ranges == [(448, 548), (1445, 1545), (2443, 2543), (3440, 3540)]
    for a, b in ranges:  # each run is whole, and nothing within GUARD sentences of it trains
        assert dev[dev.index(a):dev.index(a) + (b - a)] == list(range(a, b))
        assert not any(a - GUARD <= i < b + GUARD for i in train)


def test_block_split_of_a_small_corpus_keeps_most_for_training():
    from marsad.ner.data import block_split

    train, dev, guard = block_split(list(range(160)))
    assert len(dev) == 40 and len(guard) == 8 and len(train) == 112


def test_held_in_blocks_come_from_the_training_part_with_guards():
    """The ensemble's weight and the neural tagger's epoch are chosen on held-in blocks of the
    training sentences: never dev, never a guard, never a sentence the choosing models fit on."""
    from marsad.ner.data import GUARD, HELD_IN_BLOCKS, HELD_IN_LEN, block_split, held_in_split

    train, dev, guard = block_split(list(range(3989)))
    fit, held, held_guard = held_in_split(train)
    assert len(held) == HELD_IN_BLOCKS * HELD_IN_LEN == 240
    assert len(held_guard) == HELD_IN_BLOCKS * 2 * GUARD
    assert sorted(fit + held + held_guard) == sorted(train)
    assert not set(held) & (set(dev) | set(guard))
    # contiguous runs of the training list, each GUARD training sentences away from what fits
    pos = {s: i for i, s in enumerate(train)}
    for k in range(HELD_IN_BLOCKS):
        run = held[k * HELD_IN_LEN:(k + 1) * HELD_IN_LEN]
        a, b = pos[run[0]], pos[run[-1]] + 1
        assert [pos[s] for s in run] == list(range(a, b))
        assert not any(a - GUARD <= pos[s] < b + GUARD for s in fit)
