/**
 * Part of `npm run build`: writes the page nginx sends when no app process answers
 * (`dist/503.html`, see deploy/nginx.conf), with the deployer's settings in it, so it names the
 * same report address as the site.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteConfig } from "../site/config";
import { UNAVAILABLE_PAGE_FILE, unavailablePage } from "../site/unavailable-page";

const file = path.join("dist", UNAVAILABLE_PAGE_FILE);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, unavailablePage(siteConfig));
