"""Add the other spellings rigour knows of the legal forms in ``src/undesirable/data/legal_forms.json``.

    python scripts/derive_legal_forms.py            # print what would be added
    python scripts/derive_legal_forms.py --write    # and add it to the table

The table ships a reduced set of legal forms, each with its own spellings. The rigour package
(https://github.com/opensanctions/rigour, ``resources/names/org_types.yml``, MIT; a test
dependency here) knows more spellings of many of them: ``spol. s r.o.`` for s.r.o., ``Verein`` for
e.V., ``gUG (haftungsbeschränkt)`` for UG. Every spelling in :data:`CANDIDATES` (written from
rigour's data and from the usage of each country) is asked of rigour (``extract_org_types``) and
kept for a form of the table when

- rigour reads the whole spelling as one legal form whose comparison form, folded (case, dots,
  spaces, marks, Cyrillic letters), is the table form's ``compare`` (when several forms share it,
  the one with a word in common with the spelling);
- the project's normalizer does not already read the spelling as a legal form.

A kept spelling of one word (``Verein``, ``Genossenschaft``) may also be an ordinary word, so it
only counts at the start or end of a name: it goes into an entry of its own with ``anywhere``
false next to a form that is recognized anywhere. Spellings of several words keep their form's
``anywhere``. Dev-time only: the project never imports rigour at run time.

A form abbreviated in small letters from two written-out words (``z.s.``, zapsaný spolek; ``e.V.``,
eingetragener Verein) qualifies a noun that names the form by itself (the law's spolek, Verein), as
rigour reads ``Verein`` for e.V. and ``Genossenschaft`` for eG: :func:`derive_head_nouns` adds the
noun (spolek, ústav, yhdistys), save a generic word that names any organization of its kind
(společnost, sdružení) or a noun two forms share.

:data:`EQUIVALENT` lists the forms the table tells apart where rigour reads one form (ПАО and ЗАО
are kinds of АО for rigour): the test that uses rigour as an oracle accepts them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from undesirable.names.normalize import normalize_name, tokenize_name  # noqa: E402
from undesirable.names.translit import skeletonize_token, strip_marks, transliterate  # noqa: E402

TABLE = ROOT / "src" / "undesirable" / "data" / "legal_forms.json"

EQUIVALENT: dict[str, frozenset[str]] = {
    "pao": frozenset({"ao"}),  # public, closed and open joint-stock companies: kinds of АО
    "zao": frozenset({"ao"}),
    "oao": frozenset({"ao"}),
    "tov": frozenset({"ooo"}),  # the Ukrainian limited liability company, ООО's counterpart
    "ug": frozenset({"gug"}),  # a UG for the public benefit (gUG) is a UG
    "aps": frozenset({"ivs"}),  # the Danish IVS, a small ApS (merged into ApS in 2021)
    "ood": frozenset({"eood"}),  # the single-member OOD
    "coltd": frozenset({"ltd"}),  # company forms that end in Ltd (Co. Ltd., Pty Ltd, Ltd. Şti.)
    "ptyltd": frozenset({"ltd"}),
    "ltdsti": frozenset({"ltd"}),
    "lda": frozenset({"ltd"}),  # Portuguese Limitada, French Limitée: rigour reads them as Ltd
    "ltee": frozenset({"ltd"}),
    "sl": frozenset({"ltd", "srl"}),  # Spanish sociedad (de responsabilidad) limitada
    "nko": frozenset({"no"}),  # некоммерческая организация: НКО or НО
}
"""Table compare form -> rigour's compare forms (folded) of the same legal form."""

# fmt: off
CANDIDATES: tuple[str, ...] = (
    # English company forms
    "Ltd. Co.", "Ltda", "private company with limited liability", "private limited liability company",
    "limited liability co.", "L.L.C", "incorp", "incorporée", "Public Limited Co.", "Public Ltd. Co.",
    "Public Limited", "PLC Company", "Public Limited Corporation", "Publicly Limited Company",
    "Pub. Ltd. Co.", "coltd", "co.ltd", "compañía limitada", "cia ltda", "proprietary limited company",
    "Pty Limited", "limited partnership",
    # German and Austrian forms
    "g.m.b.h", "Gesellschaft mit besch. Haftung", "Gesellschaft mit beschr. Haftung",
    "Gesellschaft mit beschraenkter Haftung", "Ges. mit beschr. Haftung", "mit beschränkter Haftung",
    "г.м.б.х.", "gemeinnützige GmbH", "gemeinnützige Gesellschaft mit beschränkter Haftung",
    "UG (haftungsbeschränkt)", "UG (haftungsbeschr.)", "UG (h.b.)", "Unternehmergesellschaft haftungsbeschränkt",
    "Unternehmergesellschaft (haftungsbeschränkt)", "Unternehmerges. (haftungsbeschränkt)", "Unternehmerges.",
    "gUG (haftungsbeschränkt)", "gemeinnützige UG (haftungsbeschränkt)", "gemeinnützige Unternehmergesellschaft",
    "gemeinnützige Unternehmergesellschaft (haftungsbeschränkt)", "Aktien Gesellschaft", "Aktienges", "Akt. Ges.",
    "Verein", "eingetragene Vereinigung", "gmbh & co kg", "gmbh and co. kg", "GmbH & Co.", "гмбх енд ко. кг",
    "Kommandit-Gesellschaft", "Genossenschaft", "e.Gen.",
    # Czech, Slovak, Polish, Baltic, Nordic forms
    "spol. s r.o.", "spol. s r. o.", "spol. s ručením omezeným", "společnost s r.o.",
    "spoločnosť s ručením obmedzeným", "spol. s r.o", "zapsaný spolek", "zapsaný ústav", "obecně prospěšná spol.",
    "spółka z o.o.", "sp. zoo", "spz o.o.", "sp. z oo", "spolka z ograniczona odpowiedzialnoscia",
    "S.I.A.", "akciju sabiedrība", "aktieselskabet", "uždarosios akcinės bendrovės", "akcinė bendrovė",
    "komanditní společnost", "komandītsabiedrība", "pilnsabiedrība", "abp", "publikt aktiebolag",
    "rekisteröity yhdistys ry", "julkinen osakeyhtiö", "O.Y.", "osuuskunta",
    # Romance and Benelux forms
    "sociedade anónima", "sociedade anônima", "società anonima", "societat anònima", "spółka akcyjna",
    "société par actions", "societate pe acțiuni", "societatea pe acţiuni", "sociedad anonima",
    "societate cu raspundere limitata", "societatea cu răspundere limitată", "s.r.l",
    "societate cu responsabilitate limitata", "intreprinderea cu responsabilitate limitata",
    "sociedad de responsabilidad limitada", "società per azioni", "sociedad por acciones simplificada",
    "sociedades por acciones simplificada", "internationale vereniging zonder winstoogmerk",
    "vereinigung ohne gewinnerzielungsabsicht", "vog", "A.S.B.L.", "N.V", "Sociedade limitada",
    # South-east European and Turkish forms
    "druzhestvo s ogranichena otgovornost", "drujestvo s ogranichena otgovornost", "оод", "еоод",
    "еднолично дружество с ограничена отговорност", "ednolichno druzhestvo s ogranichena otgovornost",
    "društvo sa ograničenom odgovornošću", "družba z omejeno odgovornostjo", "д.о.о.", "доо",
    "друштво са ограниченом одговорношћу", "anonim şirket", "Anonim Ortaklık", "Ltd Sti", "ltd.sti",
    # Russian, Ukrainian and Belarusian forms
    "obshchestvo s ogranichennoj otvetstvennost'yu", "obshchestvo s ogranichennoi otvetstvennostiu",
    "Obshchestvo s ohranychennoi otvetstvennostiu", "ооо", "aktsionernoe obschestvo", "aktsionernoe obshchestvo",
    "акционерная компания с ограниченной ответственностью", "otkrytoe aktsionernoe obshchestvo",
    "zakrytoe aktsionernoe obshchestvo", "публичное акционерное общество", "непубличное акционерное общество",
    "некоммерческое партнёрство", "ано", "тзов", "tovarystvo z obmezhenoyu vidpovidalnistyu",
    "общественная организация", "религиозная организация", "местная религиозная организация",
    "централизованная религиозная организация", "благотворительная организация",
)
"""Spellings to ask rigour about (its own data and each country's usage); rigour decides."""
# fmt: on

_NOT_WORD = re.compile(r"[\W_]+")


@dataclass
class Derived:
    """What :func:`derive` finds: spellings to add per table form (by index), and spellings left out."""

    added: dict[int, list[str]] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def fold_compare(form: str) -> str:
    """A compare form as compared across the table and rigour: case, marks, dots, spaces and
    Cyrillic letters folded (``Kft.`` -> ``kft``, ``ано`` -> ``ano``, ``mtü`` -> ``mtu``)."""
    return _NOT_WORD.sub("", strip_marks(transliterate(form.casefold())))


def rigour_compare(spelling: str) -> str | None:
    """rigour's folded compare form of ``spelling`` when it reads all of it as one legal form."""
    from rigour.names.org_types import extract_org_types

    text = spelling.casefold()
    found = extract_org_types(text)
    if len(found) != 1 or found[0][0] != text:
        return None
    return fold_compare(found[0][1])


def derive(forms: list[dict[str, object]]) -> Derived:
    """The spellings of :data:`CANDIDATES` to add to ``forms`` (see the module docstring)."""
    derived = Derived()
    for spelling in dict.fromkeys(CANDIDATES):
        compare = rigour_compare(spelling)
        if compare is None:
            derived.skipped.append((spelling, "rigour does not read it as one legal form"))
            continue
        known = _known_as(spelling)
        if known is not None:
            derived.skipped.append((spelling, f"already read as {known}"))
            continue
        target = _target(forms, spelling, compare)
        if target is None:
            derived.skipped.append((spelling, f"rigour's form {compare!r}: no one form of the table"))
            continue
        derived.added.setdefault(target, []).append(spelling)
    return derived


def derive_head_nouns(forms: list[dict[str, object]]) -> dict[int, list[str]]:
    """The nouns that name a form abbreviated in small letters from two written-out words, by the
    form's index (see the module docstring)."""
    found: dict[str, set[int]] = {}
    for i, form in enumerate(forms):
        aliases = [str(form["display"]), *_aliases(form)]
        small = {fold_compare(a) for a in aliases if a[:1].islower() and len(fold_compare(a)) == 2}
        for alias in aliases:
            words = normalize_name(alias).split()
            if [len(w) > 2 for w in words] == [True, True] and fold_compare(words[0][0] + words[1][0]) in small:
                found.setdefault(words[1], set()).add(i)
    added: dict[int, list[str]] = {}
    for noun, owners in found.items():
        if len(owners) == 1 and _known_as(noun) is None and not _is_generic(noun):
            added.setdefault(owners.pop(), []).append(noun)
    return added


def _is_generic(word: str) -> bool:
    from undesirable.names.normalize import analyze_word

    return analyze_word(word).kind == "generic"


def _known_as(spelling: str) -> str | None:
    """The legal form the normalizer reads ``spelling`` as at the end of a name, if all of it."""
    tokens = tokenize_name(f"Qzxw {spelling}")[1:]
    if tokens and all(t.kind == "legal_form" for t in tokens):
        return tokens[-1].legal_form
    return None


def _target(forms: list[dict[str, object]], spelling: str, compare: str) -> int | None:
    """The index of the form ``spelling`` belongs to, among the table's forms with rigour's compare
    form or an :data:`EQUIVALENT` of it: the one with the most words in common with it, a form with
    rigour's own compare form first; None when that leaves a tie."""
    keys = _word_keys(spelling)
    ranked: list[tuple[int, int, int]] = []
    for i, form in enumerate(forms):
        own = fold_compare(str(form["compare"]))
        if own == compare or compare in EQUIVALENT.get(own, ()):
            shared = max((len(keys & _word_keys(a)) for a in _aliases(form)), default=0)
            ranked.append((shared, int(own == compare), i))
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
        return None
    return ranked[0][2]


def _word_keys(text: str) -> set[str]:
    return {skeletonize_token(w) for w in normalize_name(text).split()}


def _aliases(form: dict[str, object]) -> list[str]:
    aliases = form["aliases"]
    assert isinstance(aliases, list)
    return [str(a) for a in aliases]


def apply(forms: list[dict[str, object]], derived: Derived) -> list[dict[str, object]]:
    """``forms`` with the derived spellings added; a one-word spelling of a form recognized
    anywhere goes to an entry of its own recognized only at the start or end of a name."""
    out = [dict(f) for f in forms]
    extra: dict[int, dict[str, object]] = {}
    for index, spellings in derived.added.items():
        form = out[index]
        for spelling in spellings:
            if spelling in _aliases(form):
                continue
            if form["anywhere"] and len(normalize_name(spelling).split()) == 1:
                sibling = _edge_sibling(out, index) or extra.setdefault(index, _edge_entry(form))
                sibling["aliases"] = [*_aliases(sibling), spelling]
            else:
                form["aliases"] = [*_aliases(form), spelling]
    for index in sorted(extra, reverse=True):
        out.insert(index + 1, extra[index])
    return out


def _edge_sibling(forms: list[dict[str, object]], index: int) -> dict[str, object] | None:
    """The entry right after ``forms[index]`` that holds its start-or-end-only spellings, if any."""
    if index + 1 < len(forms):
        after = forms[index + 1]
        if after["display"] == forms[index]["display"] and not after["anywhere"]:
            return after
    return None


def _edge_entry(form: dict[str, object]) -> dict[str, object]:
    return {"display": form["display"], "compare": form["compare"], "anywhere": False, "aliases": []}


def write_table(about: str, forms: list[dict[str, object]]) -> None:
    """Write the table in its own layout: one form a line."""
    lines = ",\n".join("    " + json.dumps(f, ensure_ascii=False) for f in forms)
    head = '{\n  "_about": ' + json.dumps(about, ensure_ascii=False) + ',\n  "forms": [\n'
    TABLE.write_text(head + lines + "\n  ]\n}\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="add the derived spellings to the table")
    args = parser.parse_args()
    table = json.loads(TABLE.read_text("utf-8"))
    forms: list[dict[str, object]] = table["forms"]
    derived = derive(forms)
    for index, nouns in derive_head_nouns(forms).items():
        derived.added.setdefault(index, []).extend(nouns)
    for index, spellings in derived.added.items():
        print(f"{forms[index]['display']}: + {', '.join(spellings)}")
    for spelling, why in derived.skipped:
        print(f"  skipped {spelling!r}: {why}")
    if args.write and derived.added:
        write_table(table["_about"], apply(forms, derived))
        print(f"written: {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
