"""The words a user reads, shared by the app and the command line: engine refusals and dates in
the user's language (Qt Linguist texts; QtCore only, no widgets)."""
