import { PageSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton />;
}
