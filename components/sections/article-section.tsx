import type { Section } from "@/lib/content/schema";
import { ConsequencesSection } from "./consequences-section";
import { DefinitionSection } from "./definition-section";
import { GeneralSection } from "./general-section";
import { NegotiationSection } from "./negotiation-section";
import { PreventionSection } from "./prevention-section";
import { ProcessSection } from "./process-section";

/** Renders a section with the component of its kind; adding a kind fails to compile until it has one. */
export function ArticleSection({ section }: { section: Section }) {
  switch (section.kind) {
    case "general":
      return <GeneralSection section={section} />;
    case "definition":
      return <DefinitionSection section={section} />;
    case "consequences":
      return <ConsequencesSection section={section} />;
    case "process":
      return <ProcessSection section={section} />;
    case "negotiation":
      return <NegotiationSection section={section} />;
    case "prevention":
      return <PreventionSection section={section} />;
    default:
      return assertNever(section);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled section kind: ${JSON.stringify(value)}`);
}
