// A checkout rendered on the server and hydrated: the README's component (Hydrated.tsx,
// written from README.md by the test) and the contribution it reports, in React state.
import { useState } from "react";
import { Footprint } from "./Hydrated.tsx";

export const ORDER = {
  shipments: [
    {
      id: "seller-17",
      from: { country: "FR", lat: 45.76, lon: 4.84 },
      to: { country: "DE" },
      service: "standard",
      items: [{ category: "laptop", quantity: 1 }],
    },
  ],
};

export function App() {
  const [contribution, setContribution] = useState(null);
  return (
    <main>
      <h1>Checkout</h1>
      <Footprint order={ORDER} onContribution={setContribution} />
      <p id="contribution">
        {contribution ? `${contribution.selected} ${contribution.amountMinor} ${contribution.currency}` : "none"}
      </p>
    </main>
  );
}
