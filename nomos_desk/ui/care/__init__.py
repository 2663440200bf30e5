"""Customer care: the writes that change a customer or a contract, each from a form."""
