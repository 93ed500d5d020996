// Which way a language is written, from the script its tag implies (ar → Arab, fa → Arab, he → Hebr).

const RIGHT_TO_LEFT_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);

export type Direction = "ltr" | "rtl";

/** "rtl" for a language written right to left, such as Arabic or Hebrew; "ltr" otherwise. */
export function directionOf(locale: string): Direction {
  const { script } = new Intl.Locale(locale).maximize();
  return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? "rtl" : "ltr";
}
