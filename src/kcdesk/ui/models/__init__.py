"""Qt models over the store."""
