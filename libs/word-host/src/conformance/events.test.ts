/// <reference types="office-js" />
/**
 * ContentControl.onSelectionChanged (WordApi 1.5) and the Document.onAnnotation* events (WordApi 1.7/1.8).
 * https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-onselectionchanged-member
 * https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-onannotationinserted-member
 * https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events
 */
import { sectionTag } from '@cds/template';
import { describe, expect, it } from 'vitest';
import { createWordHostCore } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';
import { rejectsWith } from '../testing/expect.js';

describe('selection and annotation events', () => {
  it('onSelectionChanged fires for the control the cursor moves within', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const seen: string[] = [];
    await host.Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag(sectionTag('P1.I')).getFirst();
      cc.onSelectionChanged.add(async (e) => void seen.push(e.eventType));
      await context.sync();
    });
    await host.user.moveCursor('b1.2.0', 2);
    await host.user.moveCursor('b1.2.0', 4);
    await host.user.moveCursor('b0');
    expect(seen).toEqual(['ContentControlSelectionChanged', 'ContentControlSelectionChanged']);
  });

  it('onAnnotationInserted and onAnnotationRemoved follow the API; clicked, hovered and popup actions come from the user', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const seen: unknown[] = [];
    let id = '';
    await host.Word.run(async (context) => {
      const d = context.document;
      d.onAnnotationInserted.add(async (e) => void seen.push(['inserted', e.ids.length]));
      d.onAnnotationRemoved.add(async (e) => void seen.push(['removed', e.ids.length]));
      d.onAnnotationClicked.add(async (e) => void seen.push(['clicked', e.id === id]));
      d.onAnnotationHovered.add(async () => void seen.push(['hovered']));
      d.onAnnotationPopupAction.add(async (e) => void seen.push(['popup', e.action]));
      const ids = d.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 0, length: 3, colorScheme: 'Red' }] } as never);
      await context.sync();
      id = ids.value[0]!;
    });
    await host.settle();
    await host.user.annotation(id, 'click');
    await host.user.annotation(id, 'hover');
    await host.user.annotation(id, { action: 'Thêm đơn vị', critiqueSuggestion: '%' });
    await host.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getAnnotations().getFirst().delete();
      await context.sync();
    });
    await host.settle();
    expect(seen).toEqual([['inserted', 1], ['clicked', true], ['hovered'], ['popup', 'Thêm đơn vị'], ['removed', 1]]);
  });

  it('onAnnotationPopupAction is WordApi 1.8: ApiNotFound with WordApi 1.7', async () => {
    const host = createWordHostCore({ requirementSets: { WordApi: '1.7' }, document: sampleDocument() });
    await rejectsWith(
      host.Word.run(async (context) => {
        context.document.onAnnotationPopupAction.add(async () => undefined);
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});
