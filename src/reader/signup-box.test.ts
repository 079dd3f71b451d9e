import { describe, expect, it } from 'vitest';
import { isSignupBox, signupBoxes } from './signup-box';

const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
const STORY = '<p>The council met on Tuesday to discuss the plan, and residents spoke for more than an hour about parking, deliveries and the safety of children on the street, before the vote was taken late in the evening. It passed by two votes.</p>';

describe('sign-up boxes (issue #14)', () => {
  it('are the widest short block around an e-mail field that pitches a newsletter', () => {
    const doc = page(`<div id="story">${STORY}<div id="box"><div><p>Get the morning briefing</p><p>Sign up for our newsletter.</p>`
      + '<form><input type="email"><button>Go</button></form></div><p>By subscribing you agree to our terms.</p></div></div>');
    expect([...signupBoxes(doc)].map((b) => b.id)).toEqual(['box']);
    expect(isSignupBox(doc.getElementById('story')!)).toBe(false);
  });

  it('need the words of a pitch: an e-mail field alone is a contact form', () => {
    const doc = page('<div id="box"><p>Write to the editor</p><form><input type="email"><input name="subject"></form></div>');
    expect(signupBoxes(doc).size).toBe(0);
  });

  it('leave comment forms, which have a text area, to the comment rules', () => {
    const doc = page('<div id="box"><h3>Leave a reply</h3><form><textarea></textarea><input type="email">'
      + '<label><input type="checkbox"> Notify me of new posts by email (subscribe)</label></form></div>');
    expect(signupBoxes(doc).size).toBe(0);
  });

  it('never grow into the story around the field', () => {
    const doc = page(`<div id="story">${STORY}${STORY}${STORY}<form id="f"><p>Subscribe</p><input type="email"></form></div>`);
    expect([...signupBoxes(doc)].map((b) => b.id)).toEqual(['f']);
  });
});
