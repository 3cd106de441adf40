from kcdesk.domain.codes import ALPHABET, new_code, normalise_code
from kcdesk.domain.names import fold, query_words, search_text, sort_key, split_name


def test_fold_removes_accents_and_case():
    assert fold("Zoë Çelik") == "zoe celik"
    assert fold("Straße Øster") == "strasse oster"


def test_split_name_recognises_particles():
    assert split_name("Nicole van Dijk") == ("Nicole", "van", "Dijk")
    assert split_name("Jan de la Fontaine") == ("Jan", "de la", "Fontaine")
    assert split_name("Ingrid van der Linden") == ("Ingrid", "van der", "Linden")
    assert split_name("Madonna") == ("Madonna", "", "")
    # a family name that is itself a particle word stays a family name
    assert split_name("Piet Van") == ("Piet", "", "Van")


def test_sort_key_sorts_under_family_name():
    names = [("Nicole", "van", "Dijk"), ("Anna", "", "Bakker"), ("Kees", "de", "Zwart")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [n[2] for n in ordered] == ["Bakker", "Dijk", "Zwart"]


def test_search_text_joins_particle_and_keeps_organisation():
    text = search_text("Nicole", "van", "Dijk", "Museum Rotterdam", "n.vandijk@example.org")
    assert "vandijk" in text.split()
    assert "museum" in text.split() and "rotterdam" in text.split()


def test_query_words_drop_particles_unless_alone():
    assert query_words("van Dijk") == ["dijk"]
    assert query_words("van") == ["van"]


def test_codes_are_unambiguous_and_normalised():
    code = new_code()
    assert len(code) == 6 and set(code) <= set(ALPHABET)
    assert normalise_code(" ab-cd1o ") == "ABCD10"
    assert normalise_code("123456789012") == "123456789012"
