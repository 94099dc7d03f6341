import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { enterScript, localize, type ScriptPageProps } from "@/lib/script/request-script";

export async function generateMetadata({ params }: ScriptPageProps): Promise<Metadata> {
  await enterScript(params);
  return { title: localize("页面不存在") };
}

/** What `notFound()` inside a page shows (addresses no route knows get app/global-not-found.tsx). */
export default function NotFound() {
  return <NotFoundMessage />;
}
