"""Record tabs: a header and declared sections that load and fail on their own."""
