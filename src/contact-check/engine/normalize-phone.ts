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

/** Spaces, dashes, dots, slashes and brackets between digit groups, after NFKC turned full-width ones into ASCII. */
const SEPARATORS = /[\s\-.()/\u2010-\u2012\u2212]/g;
const MAINLAND = '86';

function mainland(digits: string, prefix: PhoneNumber['prefix']): PhoneNumber {
  const trunk = /^0\d{9,11}$/.test(digits);
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
  const compact = input.normalize('NFKC').trim().replace(/^tel:/i, '').replace(SEPARATORS, '');
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

/** A mainland mobile number: 1, then 3–9, then nine digits. */
export const isMobileNumber = (phone: PhoneNumber): boolean => phone.mainland && /^1[3-9]\d{9}$/.test(phone.national);

/**
 * Whether digits found in prose are a phone number rather than an amount, an
 * order number or a year: a mobile number, a 400/800 number, an area-code
 * number written with its 0 or +86, a 95xxx/96xxx/100xx/123xx service line, or
 * any international number. Seven- and eight-digit local numbers without an
 * area code are left to the caller, which can see how they were grouped.
 */
export function looksLikePhoneNumber(phone: PhoneNumber): boolean {
  if (!phone.mainland) return phone.national.length >= 8;
  const { national } = phone;
  return (
    isMobileNumber(phone) ||
    /^[48]00\d{7}$/.test(national) ||
    (phone.prefix !== 'none' && /^[1-9]\d{8,10}$/.test(national)) ||
    /^(?:9[56]\d{3}|1(?:00|23)\d{2})$/.test(national)
  );
}
