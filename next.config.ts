import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Do not advertise the framework in every response.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
