import type { Paragraph } from '@cds/model';

/**
 * Built-in paragraph styles the host knows by id, display name (as `Paragraph.style`
 * returns it in an English Word) and `Word.BuiltInStyleName` value.
 * Outline levels are 0-based in the model (Heading 1 = 0).
 */
interface BuiltIn {
  id: string;
  name: string;
  builtIn: string;
  outline?: number;
}

const BUILT_INS: BuiltIn[] = [
  { id: 'Normal', name: 'Normal', builtIn: 'Normal' },
  { id: 'Title', name: 'Title', builtIn: 'Title' },
  { id: 'Subtitle', name: 'Subtitle', builtIn: 'Subtitle' },
  { id: 'ListParagraph', name: 'List Paragraph', builtIn: 'ListParagraph' },
  { id: 'Quote', name: 'Quote', builtIn: 'Quote' },
  ...Array.from({ length: 9 }, (_, i) => ({ id: `Heading${i + 1}`, name: `Heading ${i + 1}`, builtIn: `Heading${i + 1}`, outline: i })),
];

const byKey = new Map<string, BuiltIn>();
for (const b of BUILT_INS) {
  byKey.set(b.id.toLowerCase(), b);
  byKey.set(b.name.toLowerCase(), b);
}

/** `Paragraph.style`: the style's display name. */
export function styleName(p: Paragraph): string {
  const b = byKey.get((p.styleId ?? 'Normal').toLowerCase()) ?? (p.styleName ? byKey.get(p.styleName.toLowerCase()) : undefined);
  return b ? b.name : (p.styleName ?? p.styleId ?? 'Normal');
}

/** `Paragraph.styleBuiltIn`: a Word.BuiltInStyleName, or "Other" for custom styles. */
export function styleBuiltIn(p: Paragraph): string {
  return byKey.get((p.styleId ?? 'Normal').toLowerCase())?.builtIn ?? 'Other';
}

/** Applies a style given by display name, id or built-in name. */
export function applyStyle(p: Paragraph, nameOrId: string): void {
  const b = byKey.get(nameOrId.toLowerCase()) ?? BUILT_INS.find((x) => x.builtIn.toLowerCase() === nameOrId.toLowerCase());
  if (b) {
    if (b.id === 'Normal') {
      delete p.styleId;
      delete p.styleName;
    } else {
      p.styleId = b.id;
      p.styleName = b.name.toLowerCase();
    }
    if (b.outline === undefined) delete p.outlineLevel;
    else p.outlineLevel = b.outline;
    return;
  }
  p.styleId = nameOrId.replace(/\s+/g, '');
  p.styleName = nameOrId;
}

/** `Paragraph.outlineLevel` is 1–9, and 10 for body text (Word.OutlineLevel). */
export function apiOutlineLevel(p: Paragraph): number {
  return p.outlineLevel === undefined ? 10 : p.outlineLevel + 1;
}
