"""Word segmentation behind one interface.

Backends:

* ``jieba`` (default): jieba's dictionary and HMM through ``rjieba``, the Rust implementation of
  jieba (same dictionary, same algorithm, several times faster than the pure-Python package).
* ``pkuseg``: ``spacy-pkuseg`` with a model the user supplies (``segmenter.model-path``); no model
  is downloaded, ever.

Either way the medical lexicon shipped in ``dictionaries/`` is loaded so that terms segment as
units. A segmenter is built once per process and per settings and then shared.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import NamedTuple

from medlint.model import MedlintError


class Token(NamedTuple):
    word: str
    start: int
    end: int
    pos: str


class Segmenter:
    """``cut`` is the fast path (words only, concatenating to the text); ``tag`` adds POS tags
    and costs several times more, so rules ask for tags only around a candidate."""

    name = "base"

    def cut(self, text: str) -> list[str]:  # pragma: no cover - interface
        raise NotImplementedError

    def tag(self, text: str) -> list[Token]:  # pragma: no cover - interface
        raise NotImplementedError


def _with_offsets(pairs, text: str) -> list[Token]:
    tokens = []
    pos = 0
    for word, tag in pairs:
        start = text.find(word, pos) if not text.startswith(word, pos) else pos
        if start < 0:  # a backend that rewrote the text: fall back to the running position
            start = pos
        end = start + len(word)
        tokens.append(Token(word, start, end, tag))
        pos = end
    return tokens


def _extra_words():
    from medlint import resources

    return resources.segmenter_words()


def _jieba_class():
    """rjieba's ``Jieba`` class, without running ``rjieba/__init__.py``.

    That file builds a module-level default instance (about 0.15 s of dictionary loading) that
    medlint never uses; loading the compiled module alone halves the cold start.
    """
    import importlib.machinery
    import importlib.util
    import sys

    module = sys.modules.get("rjieba.rjieba")
    if module is None:
        try:
            spec = importlib.util.find_spec("rjieba")
            folder = spec.submodule_search_locations[0]
            binary = next(p for p in __import__("os").listdir(folder)
                          if p.startswith("rjieba.") and p.endswith((".so", ".pyd")))
            loader = importlib.machinery.ExtensionFileLoader(
                "rjieba.rjieba", __import__("os").path.join(folder, binary))
            module = importlib.util.module_from_spec(
                importlib.util.spec_from_loader("rjieba.rjieba", loader))
            loader.exec_module(module)
        except Exception:  # any layout we do not know: the ordinary import
            import rjieba

            return rjieba.Jieba
    return module.Jieba


class JiebaSegmenter(Segmenter):
    name = "jieba"

    def __init__(self, words=()) -> None:
        self._jieba = _jieba_class()()
        self._lock = threading.Lock()
        for word, freq, pos in words:
            self._jieba.add_word(word, freq, pos)

    def cut(self, text: str) -> list[str]:
        with self._lock:
            return self._jieba.cut(text)

    def tag(self, text: str) -> list[Token]:
        with self._lock:
            pairs = self._jieba.tag(text)
        return _with_offsets(pairs, text)


class PkusegSegmenter(Segmenter):
    name = "pkuseg"

    def __init__(self, model_path: str, words=()) -> None:
        try:
            import spacy_pkuseg
        except ImportError:
            raise MedlintError("segmenter backend 'pkuseg' needs spacy-pkuseg "
                               "(pip install 'medlint[pkuseg]')") from None
        user_dict = sorted({word for word, _, _ in words}) or "default"
        try:
            self._seg = spacy_pkuseg.pkuseg(model_name=model_path, user_dict=user_dict)
        except Exception as exc:  # the library raises bare Exceptions for bad models
            raise MedlintError(f"cannot load pkuseg model from '{model_path}': {exc}") from None
        self._lock = threading.Lock()

    def cut(self, text: str) -> list[str]:
        return [token.word for token in self.tag(text)]

    def tag(self, text: str) -> list[Token]:
        with self._lock:
            words = self._seg.cut(text)
        return _with_offsets(((w, "x") for w in words), text)


@lru_cache(maxsize=8)
def get_segmenter(backend: str = "jieba", model_path: str | None = None,
                  extra_words: tuple[tuple[str, int, str], ...] = ()) -> Segmenter:
    words = list(_extra_words()) + list(extra_words)
    if backend == "jieba":
        return JiebaSegmenter(words)
    if backend == "pkuseg":
        if not model_path:
            raise MedlintError("segmenter backend 'pkuseg' needs segmenter.model-path "
                               "(a spacy-pkuseg model folder; nothing is downloaded)")
        return PkusegSegmenter(model_path, words)
    raise MedlintError(f"unknown segmenter backend '{backend}' (choose jieba or pkuseg)")
