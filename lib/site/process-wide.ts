/**
 * One value per server process, made on first use and shared by every route. Next bundles each
 * route on its own, so a plain module variable gives each route that imports the module a copy
 * of its own (at 10,000 articles, a copy of the site data per route); this lives on `globalThis`
 * under a registered symbol instead, which every bundle's copy of this module finds.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`jiebei-overdue-guide.${name}`);
  const shared = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  shared[key] ??= create();
  return shared[key];
}
