import pytest

from kcdesk.domain.errors import ReadOnlyDatabaseError, ValidationError
from kcdesk.services.preferences import DEFAULT_RETENTION_MONTHS, DatabasePreferences
from kcdesk.store import open_store


def test_retention_months_is_stored_in_the_database(db_file):
    s = open_store(db_file)
    prefs = DatabasePreferences(s)
    assert prefs.retention_months == DEFAULT_RETENTION_MONTHS
    seen = []
    s.subscribe(lambda topic, info: seen.append((topic, info)))
    prefs.set_retention_months(18)
    assert seen == [("settings", {"key": "retention_months"})]
    s.close()
    s = open_store(db_file)
    assert DatabasePreferences(s).retention_months == 18 and s.setting("retention_months") == "18"
    s.close()


@pytest.mark.parametrize("bad", [0, -3, 121])
def test_retention_months_out_of_range_is_refused(store, bad):
    with pytest.raises(ValidationError, match="between 1 and 120 months"):
        DatabasePreferences(store).set_retention_months(bad)


def test_read_only_database_refuses(db_file):
    s = open_store(db_file, readonly=True)
    with pytest.raises(ReadOnlyDatabaseError):
        DatabasePreferences(s).set_retention_months(6)
    s.close()
