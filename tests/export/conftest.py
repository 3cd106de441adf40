import pytest


@pytest.fixture(autouse=True)
def _qt_app(qapp):
    """PDF writing needs a Qt application; let pytest-qt make the QApplication first."""
    return qapp


@pytest.fixture
def user_templates():
    from kcdesk import paths

    return paths.user_templates_dir()
