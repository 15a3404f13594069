/// <reference types="office-js" />
import type { Block, Paragraph } from '@cds/model';
import { paragraphText } from '@cds/model';
import type { Target } from './insert.js';

/**
 * The fallback writer: the same blocks through insertParagraph / insertContentControl /
 * insertTable (WordApi 1.1–1.3), in the same batch. Block controls are made by wrapping
 * their first paragraph and appending the rest inside; a control whose first child is a
 * table wraps the table's range. Row-level controls cannot be created this way.
 */
export function writeBlocksWithApi(context: Word.RequestContext, blocks: Block[], target: Target): void {
  // Insert a first paragraph at the target; everything else goes after it or inside controls.
  const where = target.where === 'Replace' || target.where === 'Start' ? target.where : target.where === 'End' ? 'End' : target.where;
  let first: Word.Paragraph;
  if ('insertParagraph' in target.obj && (where === 'Before' || where === 'After' || where === 'End' || where === 'Start')) {
    first = (target.obj as Word.Range).insertParagraph('', where as 'Before');
  } else {
    (target.obj as Word.Body).clear();
    first = (target.obj as Word.Body).paragraphs.getFirst();
  }
  let cursor = first;
  let used = false;
  const emitParagraph = (container: Word.ContentControl | null, p: Paragraph): Word.Paragraph => {
    let para: Word.Paragraph;
    if (container) para = container.insertParagraph(paragraphText(p), 'End');
    else if (!used) {
      para = cursor;
      para.insertText(paragraphText(p), 'Replace');
      used = true;
    } else para = cursor.insertParagraph(paragraphText(p), 'After');
    if (!container) cursor = para;
    format(context, para, p);
    return para;
  };
  const emit = (container: Word.ContentControl | null, list: Block[]): void => {
    for (const b of list) {
      if (b.kind === 'paragraph') emitParagraph(container, b);
      else if (b.kind === 'table') {
        const values = b.rows.map((r) => r.cells.map((c) => c.blocks.map((x) => (x.kind === 'paragraph' ? paragraphText(x) : '')).join('\n')));
        const anchor = emitParagraph(container, { kind: 'paragraph', id: '', inlines: [] });
        anchor.insertTable(values.length, values[0]?.length ?? 1, 'After', values);
      } else {
        const [head, ...rest] = b.children;
        if (head?.kind !== 'paragraph') {
          const anchor = emitParagraph(container, { kind: 'paragraph', id: '', inlines: [] });
          const cc = anchor.insertContentControl();
          cc.tag = b.cc.tag ?? '';
          cc.title = b.cc.title ?? '';
          emit(cc, b.children);
          continue;
        }
        const para = emitParagraph(container, head);
        const cc = para.insertContentControl();
        cc.tag = b.cc.tag ?? '';
        cc.title = b.cc.title ?? '';
        emit(cc, rest);
      }
    }
  };
  emit(null, blocks);
}

function format(context: Word.RequestContext, para: Word.Paragraph, p: Paragraph): void {
  void context;
  if (p.styleId?.startsWith('Heading')) para.styleBuiltIn = p.styleId as Word.BuiltInStyleName;
  const props = p.props;
  if (!props) return;
  if (props.alignment)
    para.alignment = ({ left: 'Left', center: 'Centered', right: 'Right', justify: 'Justified', distribute: 'Justified' } as const)[props.alignment];
  if (props.firstLineIndentCm !== undefined) para.firstLineIndent = (props.firstLineIndentCm * 72) / 2.54;
  if (props.spacingAfterPt !== undefined) para.spaceAfter = props.spacingAfterPt;
  const r = props.runDefaults;
  if (r?.font) para.font.name = r.font;
  if (r?.sizePt) para.font.size = r.sizePt;
  if (r?.bold !== undefined) para.font.bold = r.bold;
  if (r?.color) para.font.color = `#${r.color}`;
}
