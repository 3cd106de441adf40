"""Register names, register numbers (BIG's 11-proof) and accreditation rules."""

import pytest

from kcdesk.domain.accreditation import (
    Accreditation,
    big_number_ok,
    initials,
    normalise_number,
    register_name,
    validate_accreditation,
)
from kcdesk.domain.errors import ValidationError
from kcdesk.domain.errors_accreditation import (
    BigNumberNotDigits,
    InvalidRegisterNumber,
    RegisterNameMissing,
    RegisterNumberMissing,
)


def big(body: str) -> str:
    """A BIG number with ``body`` (9 digits) after the fixed 9, and its check digit in front."""
    for check in "0123456789":
        if big_number_ok(check + "9" + body):
            return check + "9" + body
    raise AssertionError(body)


def test_a_published_big_number_passes_and_any_changed_digit_fails():
    good = "79026419101"  # the check digit 7 follows from the other ten
    assert big_number_ok(good)
    for i in (0, 2, 5, 10):
        changed = good[:i] + str((int(good[i]) + 1) % 10) + good[i + 1 :]
        assert not big_number_ok(changed), changed
    assert not big_number_ok("78026419101")  # second digit is always 9


def test_big_numbers_are_stored_as_eleven_digits_and_bad_ones_refused_with_a_reason():
    number = big("123456789")
    spaced = f"{number[:4]} {number[4:8]}-{number[8:]}"
    assert normalise_number("BIG", f"  {spaced} ") == number
    with pytest.raises(InvalidRegisterNumber, match="has 10 digits"):
        normalise_number("BIG", number[:-1])
    with pytest.raises(InvalidRegisterNumber, match="only digits") as err:
        normalise_number("BIG", "1234567890A")
    assert isinstance(err.value, BigNumberNotDigits) and err.value.code == "big-number-not-digits"
    assert err.value.register == "BIG" and err.value.number == "1234567890A"
    wrong = str((int(number[0]) + 1) % 10) + number[1:]
    with pytest.raises(InvalidRegisterNumber, match="check digit"):
        normalise_number("BIG", wrong)


def test_other_registers_keep_the_number_as_typed_trimmed():
    assert normalise_number("Registerplein", "  R-12 345 ") == "R-12 345"
    assert normalise_number("SKJ", "100012345") == "100012345"
    with pytest.raises(RegisterNumberMissing):
        normalise_number("SKJ", "   ")
    with pytest.raises(InvalidRegisterNumber, match="line break"):
        normalise_number("SKJ", "12\n34")
    with pytest.raises(InvalidRegisterNumber, match="longer than"):
        normalise_number("KABIZ", "1" * 41)


def test_register_names_known_by_their_short_name_others_as_typed():
    assert register_name("kwaliteitsregister jeugd") == "SKJ"
    assert register_name("BIG-register") == "BIG"
    assert register_name("V&V") == "V&V"
    assert register_name("registerplein") == "Registerplein"
    assert register_name("  Register   Vaktherapie ") == "Register Vaktherapie"
    with pytest.raises(RegisterNameMissing):
        register_name(" ")


def test_accreditation_rules():
    a = Accreditation(1, "skj", " A-1 ", 2, 1.5, "granted")  # type: ignore[arg-type]
    validate_accreditation(a)
    assert (a.register, a.activity_id, a.granted) == ("SKJ", "A-1", True)
    for bad, field in (
        (Accreditation(1, "SKJ", "x", -1), "points"),
        (Accreditation(1, "SKJ", "x", 1, 25), "hours"),
        (Accreditation(1, "SKJ", "", 1, 1, "granted"), "activity_id"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError) as err:
            validate_accreditation(bad)
        assert err.value.field == field


def test_initials():
    assert initials("anna-maria") == "A.M."
    assert initials("Jan Willem") == "J.W."
    assert initials("") == ""
