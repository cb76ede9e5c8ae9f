import type { Metadata } from "next";
import { FeaturePage } from "@/app/_components/feature-page";

export const metadata: Metadata = { title: "Simulator" };

export default function Page() {
  return <FeaturePage href="/simulator" />;
}
