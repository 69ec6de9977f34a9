"""The Arabic text layer: folding, tokens, clitics, sentences — all offset-exact."""
from .normalize import Folded, fold, fold_str, strip_marks
from .tokens import Sentence, Token, iter_tokens, sentences, tokenize

__all__ = ["Folded", "fold", "fold_str", "strip_marks", "Sentence", "Token", "iter_tokens", "sentences", "tokenize"]
