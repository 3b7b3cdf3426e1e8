/** Deterministic incident-like Markdown of about `words` words, for benchmarks and stress tests. */
const SENTENCES = [
  'Between 14:02 and 14:47 UTC, customers could not print shipping labels from the dashboard.',
  'A small number of users saw elevated error rates when loading tracking pages.',
  'We rolled back the release and confirmed that label printing works again.',
  'About 12% of API requests failed with server errors during this time.',
  'We apologize for any inconvenience this may have caused.',
  'The cause was a configuration change that sent traffic to a database replica that was still starting.',
  'No data was lost; scans received during the incident were processed by 15:10 UTC.',
  'We added a check that blocks this configuration from being deployed again.',
  'Our on-call engineer was alerted at 14:05 and started the investigation.',
  'We will utilize a second region in order to keep tracking pages available.',
  'Webhooks were delayed by up to 40 minutes for customers in Europe.',
  'We are improving monitoring and will share more details in the next update.',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateDocument(words: number, seed: number): string {
  const next = random(seed);
  const parts = ['---\ntype: summary\nstatus: resolved\nstarted: 2026-03-04T14:02:00Z\nresolved: 2026-03-04T14:47:00Z\n---\n\n# Label printing outage\n'];
  let count = 4;
  let section = 0;
  while (count < words) {
    if (next() < 0.08) {
      parts.push(`## Part ${++section}\n`);
      count += 2;
      continue;
    }
    const list = next() < 0.2;
    const sentences: string[] = [];
    const length = 2 + Math.floor(next() * 4);
    for (let i = 0; i < length; i++) sentences.push(SENTENCES[Math.floor(next() * SENTENCES.length)]!);
    const paragraph = list ? sentences.map((sentence) => `- ${sentence}`).join('\n') : sentences.join(' ');
    parts.push(`${paragraph}\n`);
    count += paragraph.split(/\s+/).length;
  }
  return parts.join('\n');
}
