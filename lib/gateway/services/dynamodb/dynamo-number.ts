import { validationError } from "./dynamodb-errors";

/**
 * DynamoDB's Number: up to 38 significant digits, magnitudes from 1E-130 to 9.99...E+125, exact decimal
 * arithmetic. A value is `sign × coefficient × 10^exponent` with no trailing zeros in the coefficient.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html#HowItWorks.DataTypes.Number
 */
export interface DynamoNumber {
  readonly sign: -1 | 0 | 1;
  /** Significant digits without leading or trailing zeros ("" for zero). */
  readonly digits: string;
  readonly exponent: number;
}

const NUMBER_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX_DIGITS = 38;
const ZERO: DynamoNumber = { sign: 0, digits: "", exponent: 0 };

function normalize(sign: -1 | 1, rawDigits: string, exponent: number): DynamoNumber {
  const leading = rawDigits.replace(/^0+/, "");
  if (leading === "") return ZERO;
  const digits = leading.replace(/0+$/, "");
  return { sign, digits, exponent: exponent + (leading.length - digits.length) };
}

/** Parsed numbers by text: sort-key comparisons parse the same few texts again and again. */
const parsedNumbers = new Map<string, DynamoNumber>();
const MAX_CACHED_NUMBERS = 50_000;

/** Parses a Number's text, or throws DynamoDB's conversion error. Range and precision are not checked here. */
export function parseDynamoNumber(text: string): DynamoNumber {
  const cached = parsedNumbers.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(text);
  if (parsedNumbers.size >= MAX_CACHED_NUMBERS) parsedNumbers.clear();
  parsedNumbers.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): DynamoNumber {
  const match = NUMBER_PATTERN.exec(text);
  const whole = match?.[2] ?? "";
  const fraction = match?.[3] ?? "";
  if (match === null || whole + fraction === "") {
    throw validationError("A value provided cannot be converted into a number");
  }
  const exponent = Number(match[4] ?? "0") - fraction.length;
  return normalize(match[1] === "-" ? -1 : 1, whole + fraction, exponent);
}

/** Throws DynamoDB's errors for a number it cannot store. */
export function checkDynamoNumber(value: DynamoNumber): DynamoNumber {
  if (value.sign === 0) return value;
  if (value.digits.length > MAX_DIGITS) {
    throw validationError("Attempting to store more than 38 significant digits in a Number");
  }
  const magnitude = value.exponent + value.digits.length - 1;
  if (magnitude > 125) {
    throw validationError(
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    );
  }
  if (magnitude < -130) {
    throw validationError(
      "Number underflow. Attempting to store a number with magnitude smaller than supported range",
    );
  }
  return value;
}

/** The canonical text DynamoDB returns: plain notation, no exponent, no redundant zeros ("1.5E2" -> "150"). */
export function formatDynamoNumber(value: DynamoNumber): string {
  if (value.sign === 0) return "0";
  const sign = value.sign < 0 ? "-" : "";
  if (value.exponent >= 0) return sign + value.digits + "0".repeat(value.exponent);
  const point = value.digits.length + value.exponent;
  if (point > 0) return `${sign}${value.digits.slice(0, point)}.${value.digits.slice(point)}`;
  return `${sign}0.${"0".repeat(-point)}${value.digits}`;
}

/** Parses, range-checks and canonicalizes a Number's text. */
export function canonicalDynamoNumber(text: string): string {
  return formatDynamoNumber(checkDynamoNumber(parseDynamoNumber(text)));
}

function compareMagnitude(a: DynamoNumber, b: DynamoNumber): number {
  const magnitudeA = a.exponent + a.digits.length;
  const magnitudeB = b.exponent + b.digits.length;
  if (magnitudeA !== magnitudeB) return magnitudeA < magnitudeB ? -1 : 1;
  const width = Math.max(a.digits.length, b.digits.length);
  const digitsA = a.digits.padEnd(width, "0");
  const digitsB = b.digits.padEnd(width, "0");
  if (digitsA === digitsB) return 0;
  return digitsA < digitsB ? -1 : 1;
}

/** Numeric order of two numbers' texts: negative, zero or positive. */
export function compareDynamoNumbers(a: string, b: string): number {
  const left = parseDynamoNumber(a);
  const right = parseDynamoNumber(b);
  if (left.sign !== right.sign) return left.sign < right.sign ? -1 : 1;
  if (left.sign === 0) return 0;
  return left.sign * compareMagnitude(left, right);
}

function toScaledBigInt(value: DynamoNumber, exponent: number): bigint {
  const coefficient =
    BigInt(value.digits === "" ? "0" : value.digits) * 10n ** BigInt(value.exponent - exponent);
  return value.sign < 0 ? -coefficient : coefficient;
}

/** Exact `a + b` (or `a - b` with `negate`), checked against DynamoDB's range and precision. */
export function addDynamoNumbers(a: string, b: string, negate = false): string {
  const left = parseDynamoNumber(a);
  const parsedRight = parseDynamoNumber(b);
  const right: DynamoNumber = negate
    ? { ...parsedRight, sign: (-parsedRight.sign || 0) as -1 | 0 | 1 }
    : parsedRight;
  const exponent = Math.min(left.exponent, right.exponent);
  const sum = toScaledBigInt(left, exponent) + toScaledBigInt(right, exponent);
  const sign = sum < 0n ? -1 : 1;
  const digits = (sum < 0n ? -sum : sum).toString();
  return formatDynamoNumber(checkDynamoNumber(normalize(sign, digits, exponent)));
}

/**
 * A number's share of the item size: 1 byte, plus a byte per two significant digits on each side of the decimal
 * point (rounded up), plus 1 if negative. Measured against real DynamoDB by the dynamodb-conformance project
 * (its `numberBytes`); the developer guide's "one byte per two digits plus one" is an approximation of this.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function dynamoNumberSize(text: string): number {
  const value = parseDynamoNumber(text);
  if (value.sign === 0) return 1;
  const point = value.digits.length + value.exponent;
  const integerDigits = point <= 0 ? "" : value.digits.slice(0, Math.max(0, point)).padEnd(point, "0");
  const fractionDigits = point >= value.digits.length ? "" : value.digits.slice(Math.max(0, point));
  const integerSignificant =
    fractionDigits === "" ? integerDigits.replace(/0+$/, "").length : integerDigits.length;
  const fractionSignificant =
    integerDigits === "" ? fractionDigits.replace(/^0+/, "").length : fractionDigits.length;
  return (
    1 + Math.ceil(integerSignificant / 2) + Math.ceil(fractionSignificant / 2) + (value.sign < 0 ? 1 : 0)
  );
}
