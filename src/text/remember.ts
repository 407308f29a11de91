/**
 * A pure string function remembered per input, for names and lexicon words read again on every answer. At
 * most `kept` inputs are kept, the oldest dropped first (for inputs that come from questions).
 */
export function remembered(
  fn: (input: string) => string,
  kept = Number.POSITIVE_INFINITY,
): (input: string) => string {
  const known = new Map<string, string>();
  return (input) => {
    let value = known.get(input);
    if (value === undefined) {
      value = fn(input);
      known.set(input, value);
      if (known.size > kept) known.delete(known.keys().next().value as string);
    }
    return value;
  };
}
