"""WordNet for the normalizer: provisioning (offline-capable) and lazy, thread-safe loading.

NLTK reads corpora only from its data path and rejects symlinks leading out of it, so
provisioning copies files into `<sys.prefix>/nltk_data` (a path NLTK searches by default).
Order: an existing NLTK WordNet; `nltk.download` where a network answers; else Debian's
`wordnet-base` files plus a `lexnames` file written here (Debian does not ship it).

`index.sense` is written empty: NLTK reads it at load (2.4 s, 220 MB) but lemmatization never
uses sense keys, and with it empty the lemmas are the same (0.9 s, 106 MB).
"""

from __future__ import annotations

import shutil
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

DEBIAN_WORDNET = Path("/usr/share/wordnet")
DEFAULT_TARGET = Path(sys.prefix) / "nltk_data"
REQUIRED_FILES = (
    "data.noun",
    "data.verb",
    "data.adj",
    "data.adv",
    "index.noun",
    "index.verb",
    "index.adj",
    "index.adv",
    "noun.exc",
    "verb.exc",
    "adj.exc",
    "adv.exc",
)

# The 45 lexicographer files of WordNet 3.0 (lexnames(5WN)): number, name, syntactic category.
LEXNAMES = """\
adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location
noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process
noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body
verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact
verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social
verb.stative verb.weather adj.ppl""".split()
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


class WordNetMissing(RuntimeError):
    """WordNet data is not installed where NLTK can read it."""


def lexnames_text() -> str:
    lines = [f"{i:02d}\t{name}\t{_CATEGORY[name.split('.')[0]]}" for i, name in enumerate(LEXNAMES)]
    return "\n".join(lines) + "\n"


def corpus_dir(target: Path = DEFAULT_TARGET) -> Path:
    return target / "corpora" / "wordnet"


def is_provisioned(target: Path = DEFAULT_TARGET) -> bool:
    folder = corpus_dir(target)
    names = (*REQUIRED_FILES, "lexnames", "index.sense")
    return all((folder / name).is_file() for name in names)


def provision_from_debian(target: Path, source: Path = DEBIAN_WORDNET) -> Path:
    """Copy Debian's WordNet 3.0 files into an NLTK data dir (atomically: temp dir, rename)."""
    missing = [name for name in REQUIRED_FILES if not (source / name).is_file()]
    if missing:
        raise WordNetMissing(
            f"{source} lacks {', '.join(missing)}; install Debian's wordnet-base package"
        )
    final = corpus_dir(target)
    staging = final.with_name("wordnet.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in REQUIRED_FILES:
        shutil.copyfile(source / name, staging / name)
    (staging / "lexnames").write_text(lexnames_text(), encoding="utf-8")
    (staging / "index.sense").write_text("", encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    return final


def _try_nltk_download(target: Path, timeout_s: float = 5.0) -> bool:
    """Where NLTK's server answers, take its WordNet; here it usually does not."""
    import socket

    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout_s)
    try:
        import nltk

        ok = bool(nltk.download("wordnet", download_dir=str(target), quiet=True))
        zipped = target / "corpora" / "wordnet.zip"
        if ok and zipped.is_file() and not corpus_dir(target).is_dir():
            import zipfile

            with zipfile.ZipFile(zipped) as archive:
                archive.extractall(target / "corpora")
        return ok and corpus_dir(target).is_dir()
    except Exception:
        return False
    finally:
        socket.setdefaulttimeout(previous)


def provision(target: Path = DEFAULT_TARGET, *, online: bool = True) -> str:
    """Make WordNet available to NLTK under `target`; say where it came from."""
    if is_provisioned(target):
        return f"already provisioned in {corpus_dir(target)}"
    if online and _try_nltk_download(target):
        folder = corpus_dir(target)
        if not (folder / "lexnames").is_file():
            (folder / "lexnames").write_text(lexnames_text(), encoding="utf-8")
        (folder / "index.sense").write_text("", encoding="utf-8")
        return f"downloaded by nltk into {folder}"
    folder = provision_from_debian(target)
    return f"copied from {DEBIAN_WORDNET} into {folder}"


class LazyLemmatizer:
    """Loads NLTK's WordNetLemmatizer once, on first use or in a background thread.

    Thread-safe: the first caller loads, others wait. If the data is missing the failure is
    remembered (`error`) so callers fall back without retrying the load on every request.
    """

    def __init__(self, extra_paths: tuple[Path, ...] = (DEFAULT_TARGET,)) -> None:
        self._extra_paths = extra_paths
        self._lock = threading.Lock()
        self._lemmatize: Callable[[str, str], str] | None = None
        self.error: str | None = None
        self.ready = threading.Event()

    def _load(self) -> None:
        try:
            import nltk

            for path in self._extra_paths:
                if str(path) not in nltk.data.path:
                    nltk.data.path.append(str(path))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from nltk.corpus import wordnet
                from nltk.stem import WordNetLemmatizer

                wordnet.ensure_loaded()
                lemmatizer = WordNetLemmatizer()
                lemmatizer.lemmatize("students", pos="n")
            self._lemmatize = lemmatizer.lemmatize
        except LookupError:
            self.error = "WordNet data not found; run `make install` (or `baes doctor`)"
        except Exception as exc:  # a corrupt corpus must not break recognition
            self.error = f"WordNet failed to load: {exc}"
        finally:
            self.ready.set()

    def load(self) -> bool:
        """Load now (blocking) unless already done; True when WordNet is usable."""
        if not self.ready.is_set():
            with self._lock:
                if not self.ready.is_set():
                    self._load()
        return self._lemmatize is not None

    def load_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.load, name="wordnet-loader", daemon=True)
        thread.start()
        return thread

    def lemmatize(self, word: str, pos: str) -> str:
        if self._lemmatize is None and not self.load():
            raise WordNetMissing(self.error or "WordNet unavailable")
        assert self._lemmatize is not None
        return self._lemmatize(word, pos)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_TARGET
    try:
        print(provision(target, online="--offline" not in args))
    except WordNetMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
