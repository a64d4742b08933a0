"""One module per pack, each ending in ``RULES = (...)``; core.registry lists them."""
