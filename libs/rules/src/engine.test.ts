import { describe, expect, it } from 'vitest';
import { runRules } from './engine.js';
import { allRules, ruleById } from './registry.js';
import type { Rule } from './rule.js';
import { makeContext } from './test-support/context.js';
import { msg, type MessageKey } from './messages.vi.js';

const reporter: Rule = {
  id: 'test-reporter',
  severity: 'warning',
  description: 'Báo một phát hiện cho mỗi mục.',
  run(ctx, report) {
    for (const s of ctx.outline.sections) report({ section: s.id, blockId: s.headingBlockId, messageId: 'sectionEmpty' });
  },
};

const thrower: Rule = {
  id: 'test-thrower',
  severity: 'error',
  description: 'Luôn ném lỗi.',
  run() {
    throw new Error('hỏng');
  },
};

describe('runRules', () => {
  const ctx = () =>
    makeContext({
      sections: [
        { id: 'P2.I', paras: ['x'] },
        { id: 'P2.V', paras: ['y'] },
      ],
    });

  it('stamps the rule id and its default severity, letting a finding raise or lower it', () => {
    const escalating: Rule = {
      ...reporter,
      id: 'test-escalating',
      run: (c, report) => report({ section: null, blockId: null, messageId: 'formatPageNumberMissing', severity: 'error' }),
    };
    const found = runRules(ctx(), [reporter, escalating]);
    expect(found.map((f) => [f.rule, f.severity, f.section])).toEqual([
      ['test-reporter', 'warning', 'P2.I'],
      ['test-reporter', 'warning', 'P2.V'],
      ['test-escalating', 'error', null],
    ]);
  });

  it('renders the message from its id and data, naming the section as the drafter sees it', () => {
    const [f] = runRules(ctx(), [reporter]);
    expect(f).toMatchObject({ messageId: 'sectionEmpty', data: { where: '"I. CĂN CỨ LẬP KẾ HOẠCH" thuộc Phần II' } });
    expect(f!.message).toBe('Mục "I. CĂN CỨ LẬP KẾ HOẠCH" thuộc Phần II chưa có nội dung.');
    expect(f!.message).toBe(msg(f!.messageId as MessageKey, f!.data));
  });

  it('turns a throwing rule into one info finding and keeps running the others', () => {
    const found = runRules(ctx(), [thrower, reporter]);
    expect(found[0]).toMatchObject({ rule: 'rule-crashed', severity: 'info', section: null });
    expect(found[0]!.message).toContain('test-thrower');
    expect(found[0]).toMatchObject({ messageId: 'ruleCrashed', data: { rule: 'test-thrower', error: 'hỏng' } });
    expect(found.slice(1).map((f) => f.rule)).toEqual(['test-reporter', 'test-reporter']);
  });

  it('marks findings the document ignores, matching rule, section and block', () => {
    const c = ctx();
    c.plan.ignores = [{ rule: 'test-reporter', section: 'P2.V', blockId: null, reason: 'Đã thống nhất với Bộ' }];
    const found = runRules(c, [reporter]);
    expect(found[0]!.ignored).toBeUndefined();
    expect(found[1]!.ignored).toEqual({ reason: 'Đã thống nhất với Bộ' });
  });

  it('does not match an ignore for another block', () => {
    const c = ctx();
    c.plan.ignores = [{ rule: 'test-reporter', section: 'P2.V', blockId: 'nowhere', reason: 'x' }];
    expect(runRules(c, [reporter]).every((f) => !f.ignored)).toBe(true);
  });
});

describe('registry', () => {
  it('has unique kebab-case ids, a Vietnamese description and a severity for each rule', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
    expect(ruleById('section-missing')).toBeDefined();
    expect(ruleById('nope')).toBeUndefined();
  });

  it('runs every rule over an empty document without a crash', () => {
    const found = runRules(makeContext(), allRules);
    expect(found.filter((f) => f.rule === 'rule-crashed')).toEqual([]);
  });
});
