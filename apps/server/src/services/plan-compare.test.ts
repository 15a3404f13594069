import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '../test/plan-data.js';
import { comparePlans } from './plan-compare.js';

describe('comparePlans', () => {
  const server = syntheticPlan(3_000, 'server');

  it('finds no difference when only block ids and whitespace/Unicode form differ', () => {
    const client = syntheticPlan(3_000, 'client');
    client.indicators[0]!.name = `  ${server.indicators[0]!.name.normalize('NFD')}  `;
    client.sections[0]!.text = 'văn bản khác cũng không so'; // only section ids are compared
    expect(comparePlans(client, server)).toEqual([]);
  });

  it('names each differing value with its path and both values', () => {
    const client = structuredClone(server);
    client.indicators[1]!.target2026 = '70%';
    client.tasks[0]!.amountVnd = 1;
    const diff = comparePlans(client, server);
    expect(diff.map((d) => d.path)).toEqual(['indicators[1].target2026', 'tasks[0].amountVnd']);
    expect(diff[0]!.message).toContain('"70%"');
    expect(diff[0]!.message).toContain('"85%"');
  });

  it('reports different section lists and row counts', () => {
    const client = structuredClone(server);
    client.sections.pop();
    client.tasks.pop();
    const paths = comparePlans(client, server).map((d) => d.path);
    expect(paths).toEqual(['sections', 'tasks.length']);
  });
});
