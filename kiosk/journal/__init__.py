"""The local journal of cases: drafts, outcomes, audit; personal data encrypted at rest."""
