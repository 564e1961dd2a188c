/** Thrown when there is no finite number to format. */
export class KrwFormatError extends Error {
  readonly value: unknown;
  constructor(value: unknown) {
    super(`${JSON.stringify(value) ?? String(value)} is not a number of won (원화 금액이 아님).`);
    this.name = "KrwFormatError";
    this.value = value;
  }
}

const GROUPS: readonly { unit: bigint; name: string }[] = [
  { unit: 10n ** 16n, name: "경" },
  { unit: 10n ** 12n, name: "조" },
  { unit: 10n ** 8n, name: "억" },
  { unit: 10n ** 4n, name: "만" },
];

const withCommas = (group: bigint): string => group.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * Won in Korean reading order, grouped by 만 (10^4) with thousands commas inside each group, as
 * press releases and budget documents write them: 6.7e12 → "6조 7,000억 원", 700000 → "70만 원",
 * 12345678 → "1,234만 5,678 원", 0 → "0 원", -700000 → "-70만 원". Zero groups are left out.
 *
 * Won has no minor unit, so a fraction is rounded to the nearest whole won, halves away from
 * zero (0.5 → "1 원", -0.5 → "-1 원"), the way Excel's ROUND does. The split into groups is
 * done in BigInt, so every integer a double can hold is grouped exactly.
 */
export function formatKrw(value: number): string {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new KrwFormatError(value);
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  if (rounded === 0) return "0 원";
  let rest = BigInt(Math.abs(rounded));
  const parts: string[] = [];
  for (const { unit, name } of GROUPS) {
    const group = rest / unit;
    rest %= unit;
    if (group > 0n) parts.push(`${withCommas(group)}${name}`);
  }
  if (rest > 0n) parts.push(withCommas(rest));
  return `${rounded < 0 ? "-" : ""}${parts.join(" ")} 원`;
}
