"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { estimateOverdueCost, parseOverdueCostInput, type OverdueCostEstimate } from "@/lib/tools/overdue-cost";
import { OverdueCostResult, type OverdueCostResultText } from "./overdue-cost-result";

/**
 * With JavaScript, the estimate follows the reader's typing: whenever all three fields are
 * valid, the result below the form is worked out again in the browser with the same pure
 * functions the server uses. Submitting still asks the server, which also shows field errors.
 */
export function LiveOverdueCost({ children, initial, text }: { children: ReactNode; initial: ReactNode; text: OverdueCostResultText }) {
  const [estimate, setEstimate] = useState<OverdueCostEstimate | undefined>(undefined);
  const [typing, setTyping] = useState(false);

  function recalculate(event: FormEvent<HTMLDivElement>) {
    const form = (event.target as HTMLElement).closest("form");
    if (!form) return;
    const fields = Object.fromEntries([...new FormData(form).entries()].map(([name, value]) => [name, String(value)]));
    const parsed = parseOverdueCostInput(fields);
    setTyping(true);
    setEstimate(parsed.ok ? estimateOverdueCost(parsed.input) : undefined);
  }

  return (
    <div onInput={recalculate} className="space-y-6">
      {children}
      <div aria-live="polite">{typing ? estimate ? <OverdueCostResult estimate={estimate} text={text} /> : null : initial}</div>
    </div>
  );
}
