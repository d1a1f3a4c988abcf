"""``python -m undesirable`` runs the command line."""

from undesirable.cli import main

main()
