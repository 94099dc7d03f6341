import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Do not advertise the framework in every response.
  poweredByHeader: false,
  reactStrictMode: true,
  // Benchmarks build generated content next to the real build without overwriting it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The font subsetter loads HarfBuzz as WebAssembly from its own folder; bundling breaks that.
  serverExternalPackages: ["subset-font", "harfbuzzjs"],
};

export default nextConfig;
