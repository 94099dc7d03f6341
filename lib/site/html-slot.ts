/**
 * A slot in a page's HTML: a part marked by two comments, which readers never see, so a server
 * can put other markup in its place without parsing the page (`fillSlot`). `npm start` answers
 * a search by filling the slot of the prerendered results page with the results of the query.
 */
const SLOT_NAME = /^[a-z][a-z-]*$/;

function markers(name: string): { start: string; end: string } {
  if (!SLOT_NAME.test(name)) throw new Error(`slot name "${name}": lower-case letters and hyphens only`);
  return { start: `<!--slot:${name}-->`, end: `<!--/slot:${name}-->` };
}

/** `html` marked as the slot `name`. */
export function slotted(name: string, html: string): string {
  const { start, end } = markers(name);
  return `${start}${html}${end}`;
}

/** Where the slot's content lies in `page`, or undefined unless each marker occurs exactly once, in order. */
function slotRange(page: string, name: string): { from: number; to: number } | undefined {
  const { start, end } = markers(name);
  const opening = page.indexOf(start);
  const closing = page.indexOf(end);
  if (opening === -1 || closing < opening + start.length) return undefined;
  if (page.indexOf(start, opening + 1) !== -1 || page.indexOf(end, closing + 1) !== -1) return undefined;
  return { from: opening + start.length, to: closing };
}

/** Whether `page` has exactly one slot `name` that `fillSlot` can fill. */
export function hasSlot(page: string, name: string): boolean {
  return slotRange(page, name) !== undefined;
}

/** `page` with the content of its slot `name` replaced by `html` (the markers stay); undefined when `hasSlot` is false. */
export function fillSlot(page: string, name: string, html: string): string | undefined {
  const range = slotRange(page, name);
  if (range === undefined) return undefined;
  return `${page.slice(0, range.from)}${html}${page.slice(range.to)}`;
}
