import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site/url";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
