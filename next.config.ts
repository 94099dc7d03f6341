import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { siteSecurityHeaders } from "./lib/server/security-headers";
import { siteConfig } from "./lib/site/config";

const nextConfig: NextConfig = {
  // Do not advertise the framework in every response.
  poweredByHeader: false,
  // `npm start` (lib/server/serve.ts) compresses and tags each body once, not on every request
  // (Next hashes a page's whole text in JavaScript for its ETag on every request).
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // Benchmarks build generated content next to the real build without overwriting it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Article images are plain files under public/; the image optimizer (/_next/image), which
  // would fetch and resize on request, stays off.
  images: { unoptimized: true },
  // `npm test` type-checks the whole project (`tsc --noEmit`, after the build so Next's route
  // types exist); the build does not repeat it: 17 s of every build, whatever the content.
  typescript: { ignoreBuildErrors: true },
  // What is rendered on request and kept (older articles, share images, each query's search
  // results) stays in Next's memory cache, least recently used out first, instead of also being
  // written under the dist folder: queries are endless, the disk is not. 128 MiB holds a few
  // hundred articles in both scripts and a few thousand result pages (Next's default is 50 MB).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    globalNotFound: true,
    isrFlushToDisk: false,
    // Prerender on every core: Next uses one worker fewer than the cores, so on a 2-core
    // machine it generated the pages in one (31.9 s for 300 articles, against 21.9 s in two).
    cpus: availableParallelism(),
    // The site has no server actions and no proxy (`npm start` answers a request naming an
    // action, or a POST outside the form routes, before Next reads its body). Should one ever
    // reach Next, it reads no more than a form's 16 KiB instead of its defaults (1 MB, 10 MB).
    serverActions: { bodySizeLimit: "16kb" },
    proxyClientMaxBodySize: "16kb",
  },
  // The font subsetter loads HarfBuzz as WebAssembly from its own folder; bundling breaks that.
  serverExternalPackages: ["subset-font", "harfbuzzjs"],
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/zh-Hans" },
        // Everything but the scripts' own paths, Next's files and the sitemap files (app/sitemaps/sitemap.ts),
        // which rewrites reach before dynamic routes.
        { source: "/:path((?!zh-Hant(?:/|$)|zh-Hans(?:/|$)|_next/|sitemaps/).+)", destination: "/zh-Hans/:path" },
      ],
      fallback: [],
    };
  },
  // Every response, static files and errors included, carries the security headers (HSTS too
  // when SITE_URL is https at build time, like every other setting).
  async headers() {
    return [{ source: "/:path*", headers: siteSecurityHeaders(siteConfig) }];
  },
};

export default nextConfig;
