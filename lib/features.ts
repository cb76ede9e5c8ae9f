/**
 * What each area of Gatewise is for and whether it is open yet. The landing page and the area pages read
 * this, so they always tell the same, honest story. Flip `available` when an area ships.
 */
export interface Feature {
  href: string;
  title: string;
  summary: string;
  points: string[];
  available: boolean;
}

export const FEATURES: readonly Feature[] = [
  {
    href: "/learn",
    title: "Learn",
    summary: "A course on Amazon API Gateway in short lessons, with widgets you can try inside the page.",
    points: [
      "REST, HTTP and WebSocket APIs and how to choose between them",
      "Integrations, mapping templates, authorizers, throttling, caching, pricing",
      "Exam tips for SAA-C03, DVA-C02, SAP-C02 and ANS-C01",
    ],
    available: false,
  },
  {
    href: "/simulator",
    title: "Simulator",
    summary:
      "Build APIs in a sandboxed API Gateway simulator and call them from the browser, curl or the AWS SDKs.",
    points: [
      "Same status codes, error bodies, headers and limits as the real service",
      "Sandboxed Lambda functions, VTL mapping templates, stages and deployments",
      "An execution trace for every request, stage by stage",
    ],
    available: true,
  },
  {
    href: "/labs",
    title: "Labs",
    summary: "Guided, hands-on tasks in the simulator, checked automatically as you go.",
    points: [
      "Step-by-step goals with hints",
      "Automatic checks against your API",
      "Progress saved to your account",
    ],
    available: false,
  },
  {
    href: "/practice",
    title: "Practice",
    summary:
      "Scenario questions and timed mock exams, scored by exam domain, with an explanation for every option.",
    points: [
      "Practice and timed exam modes",
      "Domain-by-domain reports",
      "Spaced repetition of what you missed",
    ],
    available: false,
  },
  {
    href: "/calculator",
    title: "Cost calculator",
    summary: "Price API Gateway usage exactly, tier by tier, and compare REST, HTTP and WebSocket APIs.",
    points: ["Every line item with its arithmetic", "Charts with the tier breakpoints", "Shareable results"],
    available: false,
  },
];

export function featureOrThrow(href: string): Feature {
  const feature = FEATURES.find((f) => f.href === href);
  if (!feature) throw new Error(`No feature at ${href}`);
  return feature;
}
