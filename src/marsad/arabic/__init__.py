"""The Arabic text layer: folding with its offset map, tokens with clitic readings, the one
sentence split, lexicon matching — all offset-exact. Owns no document state (Document caches
these analyses). May import: the standard library, pyahocorasick, marsad.resources; nothing
else of marsad."""
from .normalize import Folded, fold, fold_str, strip_marks
from .tokens import Sentence, Token, iter_tokens, sentences, tokenize

__all__ = ["Folded", "fold", "fold_str", "strip_marks", "Sentence", "Token", "iter_tokens", "sentences", "tokenize"]
