"""Following the register: scheduled updates, watchlists, notices by webhook and e-mail."""
