"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut, useSession } from "next-auth/react";
import { useEffect, useState } from "react";
import { isActive, navFor } from "@/lib/navigation";
import { ThemeToggle } from "./theme-toggle";

/**
 * Navigation and account menu. Pages stay static: the session comes from /api/auth/session in the browser.
 * The role here only decides which links show; every instructor and admin page checks it on the server.
 */
export function SiteNav() {
  const pathname = usePathname();
  const { data: session, status } = useSession();
  const [open, setOpen] = useState(false);
  const items = navFor(session?.user?.role);

  useEffect(() => setOpen(false), [pathname]);

  const linkClass = (href: string) =>
    `rounded-md px-3 py-2 text-sm font-medium ${
      isActive(pathname, href)
        ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white"
        : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    }`;

  const account =
    status === "loading" ? (
      <span
        className="h-8 w-20 animate-pulse rounded-md bg-slate-200 dark:bg-slate-800"
        aria-label="Loading account"
      />
    ) : session?.user ? (
      <div className="flex items-center gap-1">
        <Link href="/profile" className={linkClass("/profile")} data-testid="account-link">
          {session.user.name ?? session.user.email}
        </Link>
        <button
          type="button"
          onClick={async () => {
            // Stay on the host the browser used: Auth.js builds an absolute redirect from the request URL,
            // and Next.js rewrites 127.0.0.1 and [::1] to "localhost" there, which would switch origins.
            await signOut({ redirect: false });
            // A full load on purpose: every part of the page should forget the session at once.
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination
            window.location.assign("/");
          }}
          className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          Sign out
        </button>
      </div>
    ) : (
      <div className="flex items-center gap-1">
        <Link href="/signin" className={linkClass("/signin")}>
          Sign in
        </Link>
        <Link
          href="/signup"
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Sign up
        </Link>
      </div>
    );

  return (
    <>
      <nav aria-label="Main" className="hidden flex-1 items-center gap-1 lg:flex">
        {items.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            className={linkClass(item.href)}
            aria-current={isActive(pathname, item.href) ? "page" : undefined}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="ml-auto flex items-center gap-1">
        <ThemeToggle />
        <div className="hidden lg:block">{account}</div>
        <button
          type="button"
          className="rounded-lg p-2 text-slate-700 hover:bg-slate-100 lg:hidden dark:text-slate-200 dark:hover:bg-slate-800"
          aria-expanded={open}
          aria-controls="mobile-nav"
          onClick={() => setOpen((v) => !v)}
        >
          <span className="sr-only">{open ? "Close menu" : "Open menu"}</span>
          <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        </button>
      </div>
      {open ? (
        <nav
          id="mobile-nav"
          aria-label="Main"
          className="absolute inset-x-0 top-full border-b border-slate-200 bg-white p-4 shadow-lg lg:hidden dark:border-slate-800 dark:bg-slate-950"
        >
          <ul className="grid gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={`block ${linkClass(item.href)}`}>
                  {item.label}
                  <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                    {item.description}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">{account}</div>
        </nav>
      ) : null}
    </>
  );
}
