"""`make bench`: speed figures measured on this machine, written to bench/RESULTS.md."""
