"""notes screen."""
