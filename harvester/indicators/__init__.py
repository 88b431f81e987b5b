"""Participation indicators (issue 22): the city's yearly participation figures, recomputed from the datasets
this project publishes. One module per system's indicators; `registry` lists them."""
