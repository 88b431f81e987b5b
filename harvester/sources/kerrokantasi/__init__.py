"""Kerrokantasi (hearings, comments, poll results): the API walk, the rows, and the source that ties them."""
