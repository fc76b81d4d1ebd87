/**
 * E-mail headers as a mail program reads them: address lists with display
 * names, angle brackets, quoted mailboxes and groups. The parsing is
 * nodemailer's addressparser (a linear tokenizer, kept with nodemailer), loaded
 * only when the text has an "@", so the checker page stays small.
 */
export interface Mailbox {
  /** The display name in front of the address; "" when there is none. */
  name: string;
  address: string;
  /** The address was written in angle brackets after its name: "Name <address>". */
  bracketed: boolean;
  /** The name of the group the address is listed in ("Example Wallet Security: a@…, b@…;"); "" when none. */
  group: string;
}

/** Every mailbox in every line of `text` that has an "@". */
export async function readAddressLists(text: string): Promise<Mailbox[]> {
  const { default: addressparser } = await import('nodemailer/lib/addressparser');
  return text.split('\n').flatMap((written) => {
    const line = written.replace(/\uFF20/g, '@');
    if (!line.includes('@')) return [];
    return addressparser(line)
      .flatMap((entry) => (entry.group ? entry.group.map((member) => ({ member, group: entry.name })) : [{ member: entry, group: '' }]))
      .filter(({ member }) => member.address?.includes('@') === true)
      .map(({ member, group }) => {
        const address = member.address ?? '';
        return { name: member.name, address, bracketed: line.includes(`<${address}>`), group };
      });
  });
}
