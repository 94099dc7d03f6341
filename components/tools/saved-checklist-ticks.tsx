"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { CHECKLIST_TICKS_KEY, readTicks, writeTicks } from "@/lib/tools/checklist-ticks";

/** The wording shown with JavaScript, in the page's script (the server converts it). */
export interface ChecklistTicksText {
  /** That the ticks stay on this device. */
  deviceOnly: string;
  /** The clear button. */
  clear: string;
  /** Announced once the ticks are cleared. */
  cleared: string;
}

/** The browser's localStorage, or undefined where it is refused (storage switched off, some private modes). */
function deviceStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem(CHECKLIST_TICKS_KEY);
    return storage;
  } catch {
    return undefined;
  }
}

/** Storage is there or not for the page's whole life: nothing to subscribe to. */
const neverChanges = () => () => undefined;
/** On the server (and in the HTML it sends) there is no storage, so the controls stay out. */
const noStorageOnTheServer = () => undefined;

/**
 * With JavaScript, the checklist's ticks survive a reload or a locked phone: they are kept in
 * localStorage under each checkbox's id (which changes with the item's wording) and restored
 * on load, and a button clears them. Nothing leaves the device. Without JavaScript, or where
 * the browser refuses storage, only the server-rendered checklist shows.
 */
export function SavedChecklistTicks({ children, text }: { children: ReactNode; text: ChecklistTicksText }) {
  const container = useRef<HTMLDivElement>(null);
  const storage = useSyncExternalStore(neverChanges, deviceStorage, noStorageOnTheServer);
  const [status, setStatus] = useState("");

  const checkboxes = () => [...(container.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];

  // Ticks the boxes stored on this device, once the server's checklist is on screen.
  useEffect(() => {
    if (!storage) return;
    const ticked = readTicks(storage.getItem(CHECKLIST_TICKS_KEY));
    for (const checkbox of container.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
      if (ticked.has(checkbox.id)) checkbox.checked = true;
    }
  }, [storage]);

  function save() {
    if (!storage) return;
    const ticked = checkboxes()
      .filter((checkbox) => checkbox.checked)
      .map((checkbox) => checkbox.id);
    setStatus("");
    try {
      if (ticked.length > 0) storage.setItem(CHECKLIST_TICKS_KEY, writeTicks(ticked));
      else storage.removeItem(CHECKLIST_TICKS_KEY);
    } catch {
      // Storage full: the boxes still work, the ticks are just not kept.
    }
  }

  function clear() {
    for (const checkbox of checkboxes()) checkbox.checked = false;
    save();
    setStatus(text.cleared);
  }

  return (
    <div ref={container} onChange={save}>
      {storage ? (
        <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{text.deviceOnly}</p>
          <button
            type="button"
            onClick={clear}
            className="rounded-md border border-blue-800 px-3 py-1 font-bold text-blue-800 hover:bg-blue-50 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950"
          >
            {text.clear}
          </button>
          <p aria-live="polite" className="text-sm font-bold">
            {status}
          </p>
        </div>
      ) : null}
      {children}
    </div>
  );
}
