"use client";
/** The API's resources as an indented tree, each with its methods, like the console's Resources pane. */
import type { Resource } from "@/lib/gateway/control/types";

export interface TreeSelection {
  resourceId: string;
  httpMethod?: string;
}

interface TreeNode {
  resource: Resource;
  depth: number;
}

/** Depth-first order by path, so children follow their parent. */
export function toTreeOrder(resources: readonly Resource[]): TreeNode[] {
  const children = new Map<string | undefined, Resource[]>();
  for (const r of resources) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const ids = new Set(resources.map((r) => r.id));
  const roots = resources.filter((r) => !r.parentId || !ids.has(r.parentId));
  const out: TreeNode[] = [];
  const visit = (resource: Resource, depth: number) => {
    out.push({ resource, depth });
    const kids = [...(children.get(resource.id) ?? [])].sort((a, b) => a.path.localeCompare(b.path));
    for (const child of kids) visit(child, depth + 1);
  };
  for (const root of roots.sort((a, b) => a.path.localeCompare(b.path))) visit(root, 0);
  return out;
}

const METHOD_COLOURS: Record<string, string> = {
  GET: "text-emerald-700 dark:text-emerald-300",
  POST: "text-amber-700 dark:text-amber-300",
  PUT: "text-sky-700 dark:text-sky-300",
  DELETE: "text-red-700 dark:text-red-300",
  PATCH: "text-violet-700 dark:text-violet-300",
};

export function ResourceTree({
  resources,
  selection,
  onSelect,
}: {
  resources: readonly Resource[];
  selection: TreeSelection | undefined;
  onSelect: (selection: TreeSelection) => void;
}) {
  return (
    <ul aria-label="Resources" className="space-y-0.5 font-mono text-sm">
      {toTreeOrder(resources).map(({ resource, depth }) => {
        const resourceSelected = selection?.resourceId === resource.id && !selection.httpMethod;
        return (
          <li key={resource.id} style={{ paddingLeft: `${depth * 0.9}rem` }}>
            <button
              type="button"
              onClick={() => onSelect({ resourceId: resource.id })}
              aria-current={resourceSelected ? "true" : undefined}
              className={`w-full truncate rounded px-1.5 py-0.5 text-left ${resourceSelected ? "bg-brand-600 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
            >
              {depth === 0 ? "/" : `/${resource.pathPart ?? ""}`}
            </button>
            <ul>
              {Object.keys(resource.resourceMethods ?? {})
                .sort()
                .map((verb) => {
                  const active = selection?.resourceId === resource.id && selection.httpMethod === verb;
                  return (
                    <li key={verb} className="pl-4">
                      <button
                        type="button"
                        onClick={() => onSelect({ resourceId: resource.id, httpMethod: verb })}
                        aria-current={active ? "true" : undefined}
                        aria-label={`${verb} ${resource.path}`}
                        className={`rounded px-1.5 py-0.5 text-xs font-semibold ${active ? "bg-brand-600 text-white" : `${METHOD_COLOURS[verb] ?? "text-slate-700 dark:text-slate-300"} hover:bg-slate-100 dark:hover:bg-slate-800`}`}
                      >
                        {verb}
                      </button>
                    </li>
                  );
                })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
