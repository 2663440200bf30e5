"""The meter-order board: rollout columns, cohorts, analytics and bulk ordering."""
