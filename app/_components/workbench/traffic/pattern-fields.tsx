"use client";
/** The arrival pattern of a run: constant rate, bursts, or a linear ramp between two rates. */
import { SelectInput } from "../controls";
import type { PatternKind, TrafficFormErrors, TrafficFormState } from "./build-traffic-plan";
import { CheckedInput } from "./checked-input";

const PATTERNS: ReadonlyArray<{ value: PatternKind; label: string }> = [
  { value: "constant", label: "Constant rate" },
  { value: "burst", label: "Bursts" },
  { value: "ramp", label: "Ramp" },
];

const HINTS: Record<PatternKind, string> = {
  constant: "Requests arrive evenly spaced at this rate.",
  burst:
    "Every S seconds, N requests arrive at the same instant: a burst bigger than the stage's burst limit is throttled.",
  ramp: "The rate grows (or falls) linearly from the first value to the second over the run.",
};

export function PatternFields({
  form,
  errors,
  update,
}: {
  form: TrafficFormState;
  errors: TrafficFormErrors;
  update: (patch: Partial<TrafficFormState>) => void;
}) {
  const number = (field: keyof TrafficFormState, label: string, step = "any") => (
    <CheckedInput
      label={label}
      type="number"
      inputMode="decimal"
      min={0}
      step={step}
      value={form[field] as string}
      error={errors[field]}
      onChange={(e) => update({ [field]: e.target.value })}
    />
  );
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Arrival pattern</legend>
      <SelectInput
        label="Pattern"
        hint={HINTS[form.pattern]}
        options={PATTERNS}
        value={form.pattern}
        onChange={(e) => update({ pattern: e.target.value as PatternKind })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {form.pattern === "constant" ? number("ratePerSecond", "Rate (requests/s)") : null}
        {form.pattern === "burst" ? (
          <>
            {number("burstSize", "Requests per burst", "1")}
            {number("everySeconds", "Every (seconds)")}
          </>
        ) : null}
        {form.pattern === "ramp" ? (
          <>
            {number("fromRatePerSecond", "From (requests/s)")}
            {number("toRatePerSecond", "To (requests/s)")}
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
