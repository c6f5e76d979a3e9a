import { kvs } from '@forge/kvs';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

let forge: LocalForge;
beforeEach(() => {
  forge = tinyForge({ siteIdentity: { cloudId: 'cloud-1' } });
});
afterEach(() => forge.close());

const sprintClosed = {
  eventType: 'avi:jira-software:closed:sprint',
  sprint: { id: '7', originBoardId: '1', name: 'Sprint 7', state: 'closed' },
};

describe('product events, queue and consumer', () => {
  it('calls the trigger with the event and the context Forge adds', async () => {
    await forge.appHost.deliverProductEvent(sprintClosed);
    expect(await kvs.get('sprint-7')).toEqual({
      eventType: 'avi:jira-software:closed:sprint',
      moduleKey: 'tiny-sprint-closed',
      installContext: 'ari:cloud:jira::site/cloud-1',
    });
  });

  it('calls no trigger when none listens for the event type', async () => {
    expect(await forge.appHost.deliverProductEvent({ eventType: 'avi:jira:created:issue' })).toEqual([]);
  });

  it('delivers a pushed event to the consumer after the push returns', async () => {
    await forge.appHost.deliverProductEvent(sprintClosed);
    const before = await kvs.get('consumed-sprint-7');
    await forge.drainQueues();
    expect([before, await kvs.get('consumed-sprint-7')]).toEqual([undefined, { jobId: expect.any(String) }]);
  });

  it('gives the consumer the job id the push returned', async () => {
    const pushed = await forge.appHost.invokeResolver({ moduleKey: 'tiny-panel', functionKey: 'enqueue', payload: { id: 'e1' } });
    await forge.drainQueues();
    expect(await kvs.get('consumed-e1')).toEqual({ jobId: (pushed as { value: { jobId: string } }).value.jobId });
  });

  it('records a failure when a queue has no consumer', async () => {
    forge.queue.publish({ queueName: 'nobody-listens', jobId: 'j1', payload: [{ body: {} }] });
    await forge.drainQueues();
    expect(forge.queue.failures).toHaveLength(1);
  });
});
