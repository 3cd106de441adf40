"""planning screen."""
