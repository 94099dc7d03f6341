import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { piecesToTraditional } from "./convert";
import { inScript } from "./in-script";

/** The two scripts every page is served in: Simplified (unprefixed URLs) and Traditional (`/zh-Hant/…`). */
export const SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
export type Script = (typeof SCRIPTS)[number];

export function isScript(value: string): value is Script {
  return (SCRIPTS as readonly string[]).includes(value);
}

/** The script a route's `script` param names; Simplified for anything else. */
export function scriptFrom(value: string): Script {
  return isScript(value) ? value : "zh-Hans";
}

/**
 * The script of the page being rendered, kept for the length of one render (React `cache`),
 * the way next-intl's `setRequestLocale` keeps the locale: the layout and each page set it
 * from their `script` param, and any server component below reads it.
 */
const renderState = cache((): { script: Script } => ({ script: "zh-Hans" }));

/**
 * The script of components rendered outside a React render (`renderInScript`), where React's
 * `cache` keeps nothing: `npm start` renders the search results into their page itself.
 */
const scriptOutsideRender = new AsyncLocalStorage<{ script: Script }>();

function scriptState(): { script: Script } {
  return scriptOutsideRender.getStore() ?? renderState();
}

export function setRequestScript(script: Script): void {
  scriptState().script = script;
}

export function requestScript(): Script {
  return scriptState().script;
}

/** Runs `render` (and everything it awaits) with `script` as the script of the page being rendered. */
export function renderInScript<T>(script: Script, render: () => T): T {
  return scriptOutsideRender.run({ script }, render);
}

/** The script the page's language switches lead to. */
export function otherScript(): Script {
  return requestScript() === "zh-Hant" ? "zh-Hans" : "zh-Hant";
}

/** Values put into a sentence as they are: numbers, or text already in the page's script. */
export type Placeholders = Readonly<Record<string, string | number>>;

/**
 * Reader-facing text in the script of the page being rendered. With `values`, each `{name}` in
 * the text is replaced after conversion, so a sentence around a section title or the reader's
 * search words is converted whole while the inserted values are left exactly as they are
 * (a Traditional title is not converted twice, the reader's words are shown as typed).
 */
export function localize(text: string, values?: Placeholders): string {
  const converted = inScript(requestScript(), text);
  return values ? fillPlaceholders(converted, values) : converted;
}

/** `text` with each `{name}` replaced by `values[name]`; a placeholder without a value is a mistake in the code. */
export function fillPlaceholders(text: string, values: Placeholders): string {
  return text.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${text}"`);
    return String(value);
  });
}

/**
 * Pieces of one text (a search passage cut at its hits) in the script of the page being
 * rendered, converted together so that a word cut between two pieces converts as a word.
 */
export function localizePieces(pieces: readonly string[]): readonly string[] {
  return requestScript() === "zh-Hant" ? piecesToTraditional(pieces) : pieces;
}

/** A site path as served in `script`: Traditional pages live under `/zh-Hant`. */
export function scriptPath(script: Script, path: string): string {
  if (script === "zh-Hans") return path;
  return path === "/" ? "/zh-Hant" : `/zh-Hant${path}`;
}

/** A site path in the script of the page being rendered. */
export function localPath(path: string): string {
  return scriptPath(requestScript(), path);
}

/** The props every page under `app/[script]` gets. */
export interface ScriptPageProps {
  params: Promise<{ script: string }>;
}

/** Sets the render's script from a page's params (the first thing each page and its metadata do) and returns it. */
export async function enterScript(params: Promise<{ script: string }>): Promise<Script> {
  const script = scriptFrom((await params).script);
  setRequestScript(script);
  return script;
}
