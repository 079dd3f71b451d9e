/**
 * Titles that only ever stand before a person or a character: a place's or a thing's one-word
 * name right after one is part of a name the index lacks ("Captain America", "Father
 * Christmas", "Lady Jersey"), never the place or thing. Offices a place can follow in
 * other word orders ("State", "Foreign", "Prime") are left out.
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Princess',
  'Sheikh', 'Sheikha', 'Emir', 'Sultan', 'Pope', 'Ayatollah', 'Rabbi', 'Imam', 'Cardinal', 'Archbishop',
  'Bishop', 'Father', 'Sister', 'Captain', 'Major', 'Colonel', 'Col', 'Lieutenant', 'Lt', 'Sergeant',
  'Admiral', 'Adm', 'General', 'Gen', 'Brigadier', 'Marshal', 'Senator', 'Sen', 'Governor', 'Gov',
  'President', 'Mayor', 'Judge', 'Ambassador', 'Chancellor', 'Speaker', 'Commander',
]);

/** Words that stand before a name without being part of it ("President Trump", "King Abdullah"):
 *  the personal titles and the words of offices ("Foreign Minister", "Secretary of State"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSONAL_TITLES,
  'Crown', 'Rep', 'Representative', 'Secretary', 'Minister', 'Premier', 'Justice', 'Leader',
  'Envoy', 'Vice', 'Former', 'Deputy', 'Chief', 'Director', 'Chairman', 'Chairwoman', 'Chair',
  'Councillor', 'Councilor', 'Attorney', 'Officer', 'Field', 'Defence', 'Defense', 'Foreign',
  'Finance', 'Interior', 'Treasury', 'State', 'Prime', 'Acting', 'Interim', 'Elect', 'Emeritus',
  'Presidents',
]);

/** Days and months: they stand beside a name without being part of it ("On Tuesday White House
 *  officials", "met in New Delhi Tuesday"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/**
 * Capitalised words that open sentences without being names. A sentence-initial
 * capitalised word NOT in this list before a one-word alias is read as a given name
 * ("Michael Jordan scored"), so the alias is not linked.
 */
export const OPENING_WORDS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'Within', 'By', 'To', 'Of', 'Into',
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'Then', 'Now', 'Still', 'Also', 'Even', 'Only', 'Just',
  'When', 'While', 'Whereas', 'Where', 'Why', 'How', 'What', 'Who', 'Which', 'Whether', 'If', 'Unless',
  'As', 'After', 'Before', 'Since', 'Until', 'Once', 'Because', 'Although', 'Though', 'Despite',
  'Meanwhile', 'However', 'Moreover', 'Indeed', 'Instead', 'Overall', 'Today', 'Yesterday', 'Tomorrow',
  'This', 'That', 'These', 'Those', 'Both', 'Each', 'Every', 'All', 'Many', 'Most', 'Some', 'Several',
  'Unlike', 'Like', 'Under', 'Over', 'Between', 'Among', 'Across', 'Inside', 'Outside', 'Beyond',
  'Against', 'Amid', 'Around', 'Through', 'During', 'Including', 'Following', 'Here', 'There',
  'Why', 'Neither', 'Either', 'Last', 'Next', 'Earlier', 'Later', 'Recently', 'Finally', 'First',
  'Second', 'Third', 'Nearly', 'Almost', 'About', 'Along', 'Behind', 'Near', 'Toward', 'Towards',
  'Per', 'Via', 'Whatever', 'Whoever', 'Whenever', 'Wherever', 'Not', 'No', 'Yes', 'Sources',
  'Officials', 'Critics', 'Supporters', 'Residents', 'Analysts', 'Diplomats', 'Leaders', 'Troops',
  // A part or a count of something opens news sentences before "of": "Parts of Ukraine",
  // "Much of Europe", "Two of Britain's best painters" name the place, not a longer name.
  'Part', 'Parts', 'Much', 'Half', 'Rest', 'Swathes', 'Large', 'Few', 'Any', 'None', 'Others', 'Majority',
  'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Dozens', 'Hundreds',
  'Thousands', 'Millions', 'Citizens', 'People', 'Voters', 'Members', 'Fans', 'Workers', 'Families',
  // … and in business news, what is counted of a company or a country: "Shares of Alphabet".
  'Shares', 'Stocks', 'Sales', 'Exports', 'Imports', 'Profits', 'Prices', 'Areas',
]);

/**
 * A period's adjective before a place names the place in that period ("Georgian London",
 * "Victorian Manchester", "postwar Vienna" in a heading), not a longer name that begins there.
 * Left out: periods whose place has an article of its own ("Ancient Rome", "Nazi Germany",
 * "Imperial Russia"), and "Victorian", which also means the Australian state's ("Victorian
 * Labor"); only places are read this way.
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'Georgian', 'Edwardian', 'Elizabethan', 'Jacobean', 'Regency', 'Tudor', 'Medieval', 'Renaissance',
  'Wartime', 'Postwar', 'Post-war', 'Prewar', 'Pre-war', 'Interwar', 'Modern', 'Contemporary',
]);
