import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Do not advertise the framework in every response.
  poweredByHeader: false,
  // `npm start` (lib/cli/serve.ts) compresses and tags each body once, not on every request
  // (Next hashes a page's whole text in JavaScript for its ETag on every request).
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // Benchmarks build generated content next to the real build without overwriting it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Article images are plain files under public/; the image optimizer (/_next/image), which
  // would fetch and resize on request, stays off.
  images: { unoptimized: true },
  experimental: { globalNotFound: true },
  // The font subsetter loads HarfBuzz as WebAssembly from its own folder; bundling breaks that.
  serverExternalPackages: ["subset-font", "harfbuzzjs"],
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/zh-Hans" },
        { source: "/:path((?!zh-Hant(?:/|$)|zh-Hans(?:/|$)|_next/).+)", destination: "/zh-Hans/:path" },
      ],
      fallback: [],
    };
  },
  // Every response, static files and errors included, carries the security headers.
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
