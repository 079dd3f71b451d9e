import { describe, expect, it } from 'vitest';
import { ABOUT_LABEL, dropAboutBoilerplate } from './about-boilerplate';
import { blockText } from './text';

const P = (i: number) => `<p>Paragraph ${i} of the story: the council met on Tuesday to discuss the plan, and residents spoke for an hour about parking, deliveries and the safety of children on the street before the vote.</p>`;
const STORY = [1, 2, 3, 4, 5, 6].map(P).join('');
const ABOUT = 'Northfield University is a public research university founded in 1868, with more than 30,000 students in nine schools.';

function run(html: string) {
  const doc = new DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html');
  const root = doc.getElementById('root')!;
  const removed = dropAboutBoilerplate(root);
  return { text: blockText(root), removed };
}

describe('"About <Name>" boilerplate after the story (issue #14)', () => {
  it('goes, as a bold line opening its paragraph, with everything after it', () => {
    const { text, removed } = run(`${STORY}<p><strong>About Northfield University</strong><br>${ABOUT}</p><p>Media contact: press office</p>`);
    expect(text).not.toContain('Northfield University is');
    expect(text).not.toContain('Media contact');
    expect(text).toContain('Paragraph 6');
    expect(removed).toMatchObject([{ label: ABOUT_LABEL, by: 'rule:about-boilerplate' }]);
  });

  it('goes as a heading and the paragraph after it', () => {
    const { text } = run(`${STORY}<h3>About Northfield University</h3><p>${ABOUT}</p>`);
    expect(text.split('\n').at(-1)).toContain('Paragraph 6');
  });

  it('stays when the next words do not name it again (a section of the story)', () => {
    const { text, removed } = run(`${STORY}<h3>About Mars</h3><p>The planet has two small moons and a thin atmosphere of carbon dioxide, which the rover measured.</p>`);
    expect(text).toContain('two small moons');
    expect(removed).toEqual([]);
  });

  it('stays when much of the story follows it', () => {
    const { text } = run(`<h3>About Northfield University</h3><p>${ABOUT}</p>${STORY}`);
    expect(text).toContain(ABOUT);
  });

  it('needs a name: "About the author" is not one', () => {
    const { removed } = run(`${STORY}<h3>About the author</h3><p>the author writes about cities, trains and the people who run them for the paper.</p>`);
    expect(removed).toEqual([]);
  });
});
