import type { Section } from "@/lib/content/schema";
import { ConsequencesSection } from "./consequences-section";
import { DefinitionSection } from "./definition-section";
import { GeneralSection } from "./general-section";
import { NegotiationSection } from "./negotiation-section";
import { PreventionSection } from "./prevention-section";
import { ProcessSection } from "./process-section";

/** Renders a section with the component of its kind; adding a kind fails to compile until it has one. */
export function ArticleSection({ section, articlePath }: { section: Section; articlePath: string }) {
  switch (section.kind) {
    case "general":
      return <GeneralSection section={section} articlePath={articlePath} />;
    case "definition":
      return <DefinitionSection section={section} articlePath={articlePath} />;
    case "consequences":
      return <ConsequencesSection section={section} articlePath={articlePath} />;
    case "process":
      return <ProcessSection section={section} articlePath={articlePath} />;
    case "negotiation":
      return <NegotiationSection section={section} articlePath={articlePath} />;
    case "prevention":
      return <PreventionSection section={section} articlePath={articlePath} />;
    default:
      return assertNever(section);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled section kind: ${JSON.stringify(value)}`);
}
