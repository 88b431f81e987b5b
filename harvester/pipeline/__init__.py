"""One run of one job: extract → normalise → anonymise → validate → publish → commit, and its parallel map."""
