from nomos_desk.index import fuzzy
from nomos_desk.index.normalize import email_token, fold, index_text, strip, words
from nomos_desk.index.search import parse


def test_fold_transliterates_and_strip_drops_umlauts():
    assert fold("Müller-Lüdenscheidt") == "mueller-luedenscheidt"
    assert strip("Müller") == "muller"
    assert fold("Straße") == "strasse" and strip("Straße") == "strasse"
    assert fold("Léa Žižek") == "lea zizek"
    assert fold("Yılmaz") == "yilmaz" and fold("Ayşe") == "ayse"


def test_index_text_keeps_both_spellings_once():
    assert index_text("Jürgen Müller") == "juergen mueller jurgen muller"
    assert index_text("Anna", None, "Schmidt") == "anna schmidt"


def test_query_variants_and_words():
    # A typed word is searched in its transliterated and its stripped form.
    assert [w.variants for w in parse("Müller")] == [("mueller", "muller")]
    assert [w.variants for w in parse("Mueller")] == [("mueller",)]
    assert words("j.mueller@web.de") == ["j", "mueller", "web", "de"]
    assert email_token("J.Müller@web.de") == "jmuellerwebde"


def test_distance_counts_edits_and_swaps():
    assert fuzzy.distance("schmidt", "schmidt") == 0
    assert fuzzy.distance("schmidt", "schmitd") == 1  # swap
    assert fuzzy.distance("schmidt", "schmid") == 1
    assert fuzzy.distance("schmidt", "schmidtt") == 1
    assert fuzzy.distance("meier", "mayer") == 2
    assert fuzzy.distance("abcdef", "uvwxyz", limit=2) == 3


def test_deletions_share_a_form_within_one_edit():
    for a, b in [("mueller", "muller"), ("schmidt", "schmitd"), ("becker", "bekcer"),
                 ("wagner", "wagnar")]:
        assert fuzzy.deletions(a) & fuzzy.deletions(b)
    assert not fuzzy.eligible("abc") and not fuzzy.eligible("1234") and fuzzy.eligible("abcd")
