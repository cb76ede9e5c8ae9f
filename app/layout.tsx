import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { inter, mono } from "./fonts";
import { Providers } from "./_components/providers";
import { SiteFooter, SiteHeader } from "./_components/site-header";
import { themeScript } from "./_components/theme-script";

export const metadata: Metadata = {
  title: { default: "Gatewise: learn Amazon API Gateway", template: "%s · Gatewise" },
  description:
    "Learn Amazon API Gateway and prepare for the AWS exams that test it: lessons, a sandboxed API Gateway simulator, practice exams and a cost calculator.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-10 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
