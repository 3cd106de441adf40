"""Files kcdesk writes, in one place.

- :mod:`kcdesk.output.atomic`: the one atomic writer (temporary file in the
  target folder, fsync, rename; 0600 for personal data) and the early check
  of a chosen output path.
- :mod:`kcdesk.output.gui`: the one way to get a QGuiApplication (offscreen
  when there is no display) for painting and text layout without widgets.
- :mod:`kcdesk.output.pdf`: the one QPdfWriter set-up (A4, resolution,
  margins, metadata).

Imports only the standard library, the domain and (in ``gui``/``pdf``) QtGui;
the store, services and export import it. Import the submodules directly:
this package imports nothing, so the store can use ``atomic`` without Qt.
"""
