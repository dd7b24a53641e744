/** A letter's register: the formal or the informal address (u/je, Ön/te, Lei/tu, vous/tu). */
export const registers = ['formal', 'informal'] as const;
export type Register = (typeof registers)[number];
