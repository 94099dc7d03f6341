/**
 * Part of `npm run build`: writes the pages nginx sends itself (`dist/503.html`, `dist/429.html`;
 * see deploy/nginx.conf), with the deployer's settings in them, so they name the same report
 * address as the site.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { siteConfig } from "../site/config";
import { FRONT_ERROR_STATUSES, frontErrorPage } from "../site/front-error-pages";

mkdirSync("dist", { recursive: true });
for (const status of FRONT_ERROR_STATUSES) writeFileSync(`dist/${status}.html`, frontErrorPage(status, siteConfig));
