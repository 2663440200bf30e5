"""Sales: the checkout lead form with its live quote, the leads list and the lead tab."""
