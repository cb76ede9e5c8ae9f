"use client";
import { createContext, useContext } from "react";
import type { WorkbenchTransport } from "./transport";

export interface WorkbenchContextValue {
  transport: WorkbenchTransport;
  /** The REST API the learner is working on, shared by every section (test, traffic, metrics). */
  restApiId: string | undefined;
  selectApi: (restApiId: string | undefined) => void;
  /** Bumped after every change, so sections that show derived data reload. */
  revision: number;
  changed: () => void;
}

export const WorkbenchContext = createContext<WorkbenchContextValue | null>(null);

export function useWorkbench(): WorkbenchContextValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error("useWorkbench must be used inside <Workbench>");
  return value;
}
