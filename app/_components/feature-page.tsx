import { featureOrThrow } from "@/lib/features";
import { Badge, Card, PageHeader } from "./ui/card";
import { ButtonLink } from "./ui/button";

/** The page of an area that has not opened yet: what it will do, said plainly, and nothing pretended. */
export function FeaturePage({ href }: { href: string }) {
  const feature = featureOrThrow(href);
  return (
    <div className="max-w-3xl">
      <PageHeader title={feature.title} lead={feature.summary}>
        {feature.available ? null : <Badge>In development</Badge>}
      </PageHeader>
      <Card title="What this area will give you">
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {feature.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">
          This area is not open yet. Create an account now and your progress will be kept when it opens.
        </p>
      </Card>
      <div className="mt-6 flex gap-3">
        <ButtonLink href="/signup">Create an account</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          Back to the overview
        </ButtonLink>
      </div>
    </div>
  );
}
