"""Finding terms: the keyed index and ranked lookup."""
