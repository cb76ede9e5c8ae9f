/** The site's navigation, typed, with the roles that see each item. Used by the header and tests. */
import type { RoleName } from "@/lib/schemas/account";

export interface NavItem {
  href: string;
  label: string;
  description: string;
  /** Shown only to these roles (signed in); undefined = everyone. */
  roles?: readonly RoleName[];
}

export const MAIN_NAV: readonly NavItem[] = [
  { href: "/learn", label: "Learn", description: "Lessons on API Gateway with live widgets" },
  { href: "/labs", label: "Labs", description: "Guided hands-on labs, checked automatically" },
  { href: "/simulator", label: "Simulator", description: "Build and call APIs in a sandbox" },
  { href: "/practice", label: "Practice", description: "Scored questions and timed mock exams" },
  { href: "/calculator", label: "Calculator", description: "API Gateway pricing, tier by tier" },
  { href: "/dashboard", label: "Dashboard", description: "Your progress and account" },
  {
    href: "/instructor",
    label: "Instructor",
    description: "Questions, quizzes and classes",
    roles: ["INSTRUCTOR", "ADMIN"],
  },
  { href: "/admin", label: "Admin", description: "Users and roles", roles: ["ADMIN"] },
];

export function navFor(role: RoleName | undefined): NavItem[] {
  return MAIN_NAV.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href + "/");
}
