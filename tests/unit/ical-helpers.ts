import ICAL from "ical.js";

/** The calendar component of a calendar text, parsed by ical.js. */
export function parseCalendar(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

/** The only VEVENT of a calendar text. */
export function parseEvent(ics: string): ICAL.Event {
  const vevent = parseCalendar(ics).getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return new ICAL.Event(vevent);
}

/** Every occurrence ical.js expands from the calendar, as YYYY-MM-DD (stops at 100). */
export function expand(ics: string): string[] {
  const iterator = parseEvent(ics).iterator();
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < 100; next = iterator.next()) dates.push(next.toString());
  return dates;
}
