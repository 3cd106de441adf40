"""checkin screen."""
