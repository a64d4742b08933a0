"""Data the packs look words up in: the name gazetteer (``names``, ``name_data``) and the words
around a name that say whose it is (``people``)."""
