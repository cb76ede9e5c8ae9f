import type { Metadata } from "next";
import { requirePageRole } from "@/lib/authz";
import { Badge, Card, PageHeader } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Instructor" };

export default async function InstructorPage() {
  const user = await requirePageRole("/instructor", "INSTRUCTOR", "ADMIN");
  return (
    <>
      <PageHeader
        title="Instructor area"
        lead="Author questions and quizzes, run classes and read item statistics."
      >
        <p className="text-sm text-slate-500">
          Signed in as {user.email} · <Badge>{user.role}</Badge>
        </p>
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-3">
        {[
          ["Question bank", "Write and version questions with explanations for every option."],
          ["Quizzes and classes", "Build quizzes by rules or lists, assign them to classes with due dates."],
          ["Item statistics", "Difficulty and discrimination for every question your students answer."],
        ].map(([title, text]) => (
          <Card
            key={title}
            title={
              <span className="flex items-center justify-between gap-2">
                {title}
                <Badge>In development</Badge>
              </span>
            }
          >
            <p className="text-sm text-slate-600 dark:text-slate-300">{text}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
