"""The sign-off round: versions of a letter's text, an append-only approval ledger, redlines
between versions, and partners' returned drafts read back."""
