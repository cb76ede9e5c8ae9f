import type { Metadata } from "next";
import { FeaturePage } from "@/app/_components/feature-page";

export const metadata: Metadata = { title: "Cost calculator" };

export default function Page() {
  return <FeaturePage href="/calculator" />;
}
