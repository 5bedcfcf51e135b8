/** Keys of a label map, typed, in declaration order. */
export function enumValues<T extends Record<string, string>>(labels: T): (keyof T & string)[] {
  return Object.keys(labels) as (keyof T & string)[];
}
