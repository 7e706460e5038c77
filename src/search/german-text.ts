/**
 * German text normalisation for the service search: tokenizing, case and
 * umlaut folding, stop words.
 *
 * Every term has a *canonical* form (lower case, ä→ae, ö→oe, ü→ue, ß→ss,
 * other accents removed), so "Führerschein", "FUEHRERSCHEIN" and
 * "führerschein" meet, and words with an umlaut also a *plain* form
 * (ä→a …) for people who type without umlauts: "Fuhrerschein".
 */

const UMLAUT = /[äöüß]/g;
const CANONICAL: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
const NON_ASCII = /[^\x00-\x7f]/;

/** A word: letters with their marks, and digits, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Removes accents other than the umlauts (é → e), after the umlauts are replaced. */
function stripAccents(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

/**
 * Splits text into lower-case words, umlauts still in place. Hyphenated words
 * come apart ("Kfz-Zulassung" → kfz, zulassung); the compound splitter finds
 * the parts of written-together compounds. No Unicode normalisation here:
 * `canonical` does that per word. (The index build splits the same way with
 * WordTable, which numbers words without cutting out every occurrence.)
 */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The words of a text as written (case kept), split as `tokenize` splits them. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The canonical form of a lower-case word: ä→ae, ö→oe, ü→ue, ß→ss, no accents. */
export function canonical(word: string): string {
  // NFC first so a decomposed "a" + U+0308 (macOS input) is the same ä.
  return stripAccents(nfc(word).replace(UMLAUT, (c) => CANONICAL[c]!));
}

/** The form typed without umlauts (ä→a), or undefined when the word has none. */
export function plain(word: string): string | undefined {
  const composed = nfc(word);
  return /[äöü]/.test(composed) ? stripAccents(composed.replace(UMLAUT, (c) => PLAIN[c]!)) : undefined;
}

const nfc = (word: string) => (NON_ASCII.test(word) ? word.normalize('NFC') : word);

/**
 * Words that carry no meaning in a search ("wo bekomme ich einen neuen
 * Perso", "how do I get a passport"), in canonical form. Kept short: a
 * missing stop word costs little (rare in service texts, so low weight), a
 * wrong one hides a service.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ich du er sie es wir ihr man mein meine meinen meinem meiner mir mich sich ' +
    'der die das den dem des ein eine einen einem einer eines kein keine ' +
    'und oder aber auch nur noch schon mal bitte denn dann wenn ob dass ' +
    'in im ins an am auf aus bei mit nach von vom zu zum zur fuer ueber um als bis durch gegen ohne ' +
    'wo wie was wann wer wen wem welche welcher welches warum woher wohin ' +
    'ist sind bin war habe hat haben hatte kann koennen muss muessen will wollen moechte soll ' +
    'brauche benoetige bekomme bekommt kriege kriegt gibt mache macht ' +
    'neu neue neuer neuen neues hier dort da jetzt so ' +
    'i me my we you your a an the and or to for of in on at by with from how do does can get want need where what is are apply new please'
  ).split(' '),
);

export function isStopWord(canonicalWord: string): boolean {
  return STOP_WORDS.has(canonicalWord);
}
