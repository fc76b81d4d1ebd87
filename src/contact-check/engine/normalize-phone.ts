/**
 * Phone numbers as people write them: "+86 400-000-0000", "0086 (400) 000 0000",
 * "４００００００００００" typed with a Chinese input method, "tel:4000000000".
 * Everything is reduced to one comparable form so that a number matches
 * however it was written, and only when every digit is the same.
 */

export interface PhoneNumber {
  /**
   * "+86" and the national number for mainland numbers of seven digits or more
   * ("+864000000000", "+862155550100"); short service numbers stay bare
   * ("96110", "110") because nobody dials them with a country code; other
   * countries keep their own prefix ("+14155550100").
   */
  normalized: string;
  /** The digits after the country code and trunk "0": what is compared for near misses. */
  national: string;
  /** false when an international prefix other than +86 was written. */
  mainland: boolean;
  /** How the number was introduced: with a country code, with the trunk "0" of an area code, or bare. */
  prefix: 'country-code' | 'trunk-zero' | 'none';
}

/**
 * What people put between digit groups, after NFKC turned full-width forms into ASCII: spaces,
 * dots, slashes, brackets, every dash (U+2010–2015, minus sign, small and full-width hyphen-minus)
 * and the zero-width characters a copied number can carry.
 */
export const PHONE_SEPARATOR_CHARS = ' \t\u00A0\u3000\\-.()/\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u200B-\u200D\u2060\uFEFF';
const SEPARATORS = new RegExp(`[${PHONE_SEPARATOR_CHARS}]`, 'g');
const SEPARATOR = new RegExp(`[${PHONE_SEPARATOR_CHARS}]`);
/** "+86 (0)21 …": the bracketed trunk 0 after a country code is how the number is printed for callers abroad. */
const BRACKETED_TRUNK = /^(\+|00)86[^\d]*\(0\)/;
/** Numbers with no area code, dialled without a trunk 0: 400/800 lines and 106 SMS senders. */
const NON_GEOGRAPHIC = /^(?:[48]00|106)/;
const MAINLAND = '86';

function mainland(digits: string, prefix: PhoneNumber['prefix']): PhoneNumber {
  // A trunk 0 in front of a 400 number or an SMS sender makes another number, not another writing of ours.
  const trunk = /^0\d{9,11}$/.test(digits) && !NON_GEOGRAPHIC.test(digits.slice(1));
  const national = trunk ? digits.slice(1) : digits;
  return {
    normalized: national.length >= 7 ? `+${MAINLAND}${national}` : national,
    national,
    mainland: true,
    prefix: trunk && prefix === 'none' ? 'trunk-zero' : prefix,
  };
}

/** The comparable form of a pasted phone number; undefined when it is not one (letters, too few or too many digits). */
export function normalizePhone(input: string): PhoneNumber | undefined {
  const compact = input.normalize('NFKC').trim().replace(/^tel:/i, '').replace(BRACKETED_TRUNK, '+86').replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  let digits = compact.replace(/^\+/, '');
  let international = compact.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (international) {
    return digits.startsWith(MAINLAND)
      ? mainland(digits.slice(MAINLAND.length), 'country-code')
      : { normalized: `+${digits}`, national: digits, mainland: false, prefix: 'country-code' };
  }
  // "86 400 000 0000": a bare 86 counts as the country code only when a full national number follows it.
  if (digits.startsWith(MAINLAND) && /^86[1-9]\d{9,10}$/.test(digits)) return mainland(digits.slice(MAINLAND.length), 'country-code');
  return mainland(digits, 'none');
}

/** Letters that pass for digits: Latin, Cyrillic and Greek O for 0; lower-case l and capital I for 1. */
const LETTER_DIGITS: Readonly<Record<string, string>> = {
  O: '0', o: '0', '\u041E': '0', '\u043E': '0', '\u039F': '0', '\u03BF': '0', l: '1', I: '1',
};
const DISGUISED: Readonly<Record<string, string>> = {
  ...LETTER_DIGITS, '〇': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
  // The "capital" numerals of cheques and receipts, and 幺, how 1 is read out in a phone number.
  '壹': '1', '贰': '2', '叁': '3', '肆': '4', '伍': '5', '陆': '6', '柒': '7', '捌': '8', '玖': '9', '幺': '1',
};
/** A letter of a word next to a run: the run is part of that word (FOOD, ООО, Iso), not a number. */
const WORD_LETTER = /[A-Za-z\u0370-\u03FF\u0400-\u04FF]/;

/**
 * Letters and Chinese numerals that stand in for digits, as digits, one code unit for one:
 * "400-000-OOOO", "+86 2l-0000-0000" and "四〇〇-〇〇〇-〇〇〇九" pass for numbers to the eye, but
 * a keypad dials O as 6. Only in a run that holds a real digit or numeral, with no word letter
 * touching it: a letter O or I alone, or in a word (FOOD, ООО), stays a letter.
 */
export function revealDisguisedDigits(text: string): string {
  // Code units, not code points: every stand-in is one code unit, so positions stay positions.
  const chars = text.split('');
  const isSeparator = (char: string | undefined): boolean => char !== undefined && char !== '(' && char !== ')' && SEPARATOR.test(char);
  const isLetter = (char: string | undefined): boolean => char !== undefined && LETTER_DIGITS[char] !== undefined;
  const isNumeral = (char: string | undefined): boolean => char !== undefined && ((char >= '0' && char <= '9') || (DISGUISED[char] !== undefined && !isLetter(char)));
  // A letter stands in for a digit only in a stretch of letters that are all stand-ins, two or more
  // of them or one right against a digit: "ОООО" and "2l-0000" are disguised; "Call", "FOOD" and the
  // pronoun in "I 400-000-0000" are words.
  // 一 between two digits is a dash drawn with the numeral one ("400一000一0000"): read as a dash, so
  // the number it spells is found, and named as disguised because it is not how we write it.
  chars.forEach((char, at) => {
    if (char === '一' && /[0-9]/.test(chars[at - 1] ?? '') && /[0-9]/.test(chars[at + 1] ?? '')) chars[at] = '-';
  });
  const digitLike = chars.map(isNumeral);
  for (let from = 0; from < chars.length; ) {
    if (!WORD_LETTER.test(chars[from] ?? '')) {
      from++;
      continue;
    }
    let to = from;
    while (to < chars.length && WORD_LETTER.test(chars[to] ?? '')) to++;
    // One letter between spaced-out digits counts too: "0 0 O 0".
    const spaced = isSeparator(chars[from - 1]) && isNumeral(chars[from - 2]) && isSeparator(chars[to]) && isNumeral(chars[to + 1]);
    const standsIn = chars.slice(from, to).every(isLetter) && (to - from >= 2 || isNumeral(chars[from - 1]) || isNumeral(chars[to]) || spaced);
    if (standsIn) digitLike.fill(true, from, to);
    from = to;
  }
  const isDigitLike = (at: number): boolean => digitLike[at] === true;
  let out = '';
  let start = 0;
  // Runs of digit-like characters joined by single separators; a run is revealed when it holds a real digit or a Chinese numeral and no other letter touches it.
  while (start < chars.length) {
    if (!isDigitLike(start)) {
      out += chars[start] ?? '';
      start++;
      continue;
    }
    let end = start;
    while (end < chars.length && (isDigitLike(end) || (isSeparator(chars[end]) && isDigitLike(end + 1) && end > start))) end++;
    const run = chars.slice(start, end);
    const hasAnchor = run.some(isNumeral);
    const glued = WORD_LETTER.test(chars[start - 1] ?? '') || WORD_LETTER.test(chars[end] ?? '');
    out += hasAnchor && !glued ? run.map((char) => DISGUISED[char] ?? char).join('') : run.join('');
    start = end;
  }
  return out;
}

/** A mainland mobile number: 1, then 3–9, then nine digits. */
export const isMobileNumber = (phone: PhoneNumber): boolean => phone.mainland && /^1[3-9]\d{9}$/.test(phone.national);

/**
 * Whether digits found in prose are a phone number rather than an amount, an
 * order number or a year: a mobile number, a 400/800 number, an area-code
 * number written with its 0 or +86, a 95xxx/96xxx/100xx/123xx service line, an
 * emergency number (110, 119, 120, 122), or any international number. Seven- and eight-digit local numbers without an
 * area code are left to the caller, which can see how they were grouped.
 */
export function looksLikePhoneNumber(phone: PhoneNumber): boolean {
  if (!phone.mainland) return phone.national.length >= 8;
  const { national } = phone;
  return (
    isMobileNumber(phone) ||
    // A 400/800 number, or one with a trunk 0 or a digit too many or too few: not dialable as ours, written to pass for it.
    /^0?[48]00\d{6,8}$/.test(national) ||
    /^106\d{5,17}$/.test(national) ||
    (phone.prefix !== 'none' && /^[1-9]\d{8,10}$/.test(national)) ||
    // 95xxx and 96xxx service numbers, alone or with the menu digits a script adds ("95566-0000 转人工").
    /^(?:9[56]\d{3}(?:\d{1,4})?|1(?:00|23)\d{2})$/.test(national) ||
    // The emergency numbers (police, fire, ambulance, traffic police): "再拨打 110 报警" names a line that is not ours.
    /^(?:11[09]|12[02])$/.test(national)
  );
}
