import type { ParagraphProps, RunProps } from '@cds/model';
import { merge, num, paraPropsOf, runPropsOf, type ThemeFonts } from './props.js';
import { attr, child, childVal, kids, tag, type XNode } from './xml.js';

/** A `w:numPr` reference: numId and level, either possibly unset at this layer. */
export interface NumRef {
  numId?: string;
  ilvl?: number;
}

/** What a paragraph style contributes, resolved through its basedOn chain. */
export interface ParaStyleInfo {
  name?: string;
  outlineLevel?: number;
  numRef?: NumRef;
  pProps: ParagraphProps;
  rProps: RunProps;
}

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  pPr?: XNode;
  rPr?: XNode;
}

/**
 * styles.xml: docDefaults and the style table. Resolution results are cached per
 * style id so a 3,000-paragraph document resolves each style once.
 */
export class Styles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly paraCache = new Map<string, ParaStyleInfo>();
  private readonly charCache = new Map<string, RunProps>();
  readonly defaultRun: RunProps;
  readonly defaultPara: ParagraphProps;
  readonly defaultParaStyle?: string;

  constructor(
    /** styles.xml's root, or its top-level elements (as the stream reader collects them). */
    rootEl: XNode | readonly XNode[] | undefined,
    private readonly theme: ThemeFonts,
  ) {
    let defRPr: XNode | undefined;
    let defPPr: XNode | undefined;
    let defaultParaStyle: string | undefined;
    for (const n of Array.isArray(rootEl) ? rootEl : rootEl ? kids(rootEl as XNode) : []) {
      const t = tag(n);
      if (t === 'w:docDefaults') {
        defRPr = child(child(n, 'w:rPrDefault'), 'w:rPr');
        defPPr = child(child(n, 'w:pPrDefault'), 'w:pPr');
      } else if (t === 'w:style') {
        const id = attr(n, 'w:styleId');
        if (!id) continue;
        const def: StyleDef = {
          id,
          type: attr(n, 'w:type') ?? 'paragraph',
          name: childVal(n, 'w:name'),
          basedOn: childVal(n, 'w:basedOn'),
          pPr: child(n, 'w:pPr'),
          rPr: child(n, 'w:rPr'),
        };
        this.defs.set(id, def);
        const isDefault = attr(n, 'w:default');
        if (def.type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParaStyle = id;
      }
    }
    this.defaultParaStyle = defaultParaStyle;
    this.defaultRun = runPropsOf(defRPr, theme);
    this.defaultPara = paraPropsOf(defPPr);
  }

  /** Display name of a style ("heading 1"). */
  name(id: string): string | undefined {
    return this.defs.get(id)?.name;
  }

  /** Whether styles.xml defines this id. */
  has(id: string): boolean {
    return this.defs.has(id);
  }

  /** A paragraph style resolved from docDefaults down to itself; unknown id = default style. */
  paragraph(styleId: string | undefined): ParaStyleInfo {
    const id = styleId && this.defs.has(styleId) ? styleId : this.defaultParaStyle;
    // Unknown ids still differ: their built-in heading guess depends on the id.
    const key = id ?? `?${styleId ?? ''}`;
    const hit = this.paraCache.get(key);
    if (hit) return hit;
    const chain = this.chain(id);
    const info: ParaStyleInfo = { pProps: this.defaultPara, rProps: this.defaultRun };
    for (const s of chain) {
      info.pProps = merge(info.pProps, paraPropsOf(s.pPr));
      info.rProps = merge(info.rProps, runPropsOf(s.rPr, this.theme));
      const lvl = childVal(s.pPr, 'w:outlineLvl');
      const lvlN = num(lvl);
      if (lvl !== undefined) info.outlineLevel = lvlN !== undefined && lvlN >= 0 && lvlN < 9 ? lvlN : undefined;
      const numPr = child(s.pPr, 'w:numPr');
      if (numPr) {
        const numId = childVal(numPr, 'w:numId');
        const ilvl = childVal(numPr, 'w:ilvl');
        info.numRef = { numId: numId ?? info.numRef?.numId, ilvl: num(ilvl) ?? info.numRef?.ilvl };
      }
    }
    info.name = id ? this.defs.get(id)?.name : undefined;
    // Built-in heading styles the part does not define are still headings (Word defines them implicitly).
    if (info.outlineLevel === undefined) info.outlineLevel = builtInHeading(id === styleId ? info.name : styleId);
    this.paraCache.set(key, info);
    return info;
  }

  /** Run props a character style adds, through its own basedOn chain. */
  character(styleId: string): RunProps {
    const hit = this.charCache.get(styleId);
    if (hit) return hit;
    let out: RunProps = {};
    for (const s of this.chain(styleId)) out = merge(out, runPropsOf(s.rPr, this.theme));
    this.charCache.set(styleId, out);
    return out;
  }

  /** Style chain, base first; guards against basedOn cycles. */
  private chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let s = id ? this.defs.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? this.defs.get(s.basedOn) : undefined) {
      seen.add(s.id);
      out.unshift(s);
    }
    return out;
  }
}

/** Word's built-in "heading N" styles (and their ids, when styles.xml is missing) are outline level N-1. */
function builtInHeading(name: string | undefined): number | undefined {
  const m = name ? /^heading\s?([1-9])$/i.exec(name) : null;
  return m ? Number(m[1]) - 1 : undefined;
}

/** Theme fonts from theme1.xml (a:majorFont / a:minorFont Latin typefaces). */
export function themeFonts(themeRoot: XNode | undefined): ThemeFonts {
  const scheme = child(child(themeRoot, 'a:themeElements'), 'a:fontScheme');
  return {
    major: attr(child(child(scheme, 'a:majorFont'), 'a:latin'), 'typeface') || undefined,
    minor: attr(child(child(scheme, 'a:minorFont'), 'a:latin'), 'typeface') || undefined,
  };
}
