"""Plain API-shaped dicts for index tests that need no sandbox."""

from __future__ import annotations

import itertools

_seq = itertools.count(1)


def customer(first: str, last: str, *, company: str | None = None, email: str | None = None,
             created_at: str = "2025-01-01T10:00:00Z", cid: str | None = None) -> dict:
    n = next(_seq)
    data = {"object": "customer", "id": cid or f"cus_{n:06d}", "type": "company" if company
            else "person", "first_name": first, "last_name": last,
            "email": email or f"{first}.{last}{n}@example.de".lower(), "vat_id": None,
            "created_at": created_at}
    if company:
        data["company_name"] = company
    return data


def subscription(customer_id: str, *, number: str, street: str = "Torstraße",
                 house: str = "119", zip_code: str = "10115", city: str = "Berlin",
                 meter: str = "1APA0195124010", malo: str = "50491310272",
                 melo: str = "DE0000001234567890000000000000001", status: str = "active",
                 plan: str = "pln_dyn", updated_at: str = "2025-02-01T10:00:00Z",
                 sid: str | None = None, kind: str = "consumption") -> dict:
    n = next(_seq)
    return {"object": "subscription", "id": sid or f"sub_{n:06d}", "customer": customer_id,
            "plan": plan, "number": number, "status": status, "type": kind,
            "address": {"street": street, "house_number": house, "zip": zip_code, "city": city},
            "meter": {"number": meter, "type": "smart", "malo": malo, "melo": melo},
            "created_at": "2025-01-15T10:00:00Z", "updated_at": updated_at}


PLANS = [{"object": "plan", "id": "pln_dyn", "name": "Nomos Dynamisch"},
         {"object": "plan", "id": "pln_fix", "name": "Ökostrom Fix 24"}]
