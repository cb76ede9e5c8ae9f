import { describe, expect, it } from "vitest";
import { isActive, navFor } from "@/lib/navigation";

const labels = (role?: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.label);
const everyone = ["Learn", "Labs", "Simulator", "Practice", "Calculator", "Dashboard"];

describe("navigation by role", () => {
  it("shows the six learner areas to guests and students", () => {
    expect(labels(undefined)).toEqual(everyone);
    expect(labels("STUDENT")).toEqual(everyone);
  });
  it("adds Instructor for instructors, and Instructor and Admin for admins", () => {
    expect(labels("INSTRUCTOR")).toEqual([...everyone, "Instructor"]);
    expect(labels("ADMIN")).toEqual([...everyone, "Instructor", "Admin"]);
  });
  it("marks a section active on its own path and below, not on a shared prefix", () => {
    expect(isActive("/learn", "/learn")).toBe(true);
    expect(isActive("/learn/caching", "/learn")).toBe(true);
    expect(isActive("/learning", "/learn")).toBe(false);
  });
});
