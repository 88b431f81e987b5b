"""Optional speed-ups: the per-record hot path compiled with Cython, beside the plain modules it stands for."""
