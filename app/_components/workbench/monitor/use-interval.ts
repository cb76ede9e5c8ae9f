"use client";
import { useEffect, useRef } from "react";

/** Calls `callback` every `ms` while `enabled`, with the latest callback, and stops on unmount. */
export function useInterval(callback: () => void, ms: number, enabled: boolean): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms, enabled]);
}
